"""Decoys for the training part (`train.py`): what a clean prompt is full of and what sits
beside personal data in the others. None of them is personal data: invented brands and
companies, products, software, codenames, venues, rooms, titles, teams, drugs, headings, code
identifiers, weekdays, months, and numbers of every kind (orders, invoices, tickets,
tracking, dates, times, versions, builds, prices, SKUs, ISBNs, UUIDs, hashes, timestamps).
No decoy holds a person's name or a place. Every draw takes a `random.Random`.
"""

from __future__ import annotations

import random
import string
import uuid

_BRAND_HEADS = ("Nex", "Vel", "Quor", "Zen", "Lum", "Brio", "Cor", "Ax", "Ori", "Tal", "Vant",
                "Sol", "Kin", "Pyr", "Ver", "Oct", "Hal", "Mer", "Zyn", "Fly", "Cad", "Ion")
_BRAND_TAILS = ("ora", "trix", "via", "ly", "io", "ant", "ex", "ify", "oro", "ent", "yx",
                "ara", "eon", "ico", "ux", "ava", "ism", "ona", "ix", "ent")
_BRAND_WORDS = ("Brightwave", "Cloudbase", "Ironleaf", "Bluefin", "Quickstep", "Silverline",
                "Greenleaf", "Redwire", "Clearpath", "Highmark", "Deepwell", "Openloop",
                "Starling", "Copperleaf", "Wavecrest", "Stonework", "Tideline", "Sparkline")
_INDUSTRY = ("Analytics", "Logistics", "Robotics", "Labs", "Systems", "Software", "Foods",
             "Energy", "Health", "Media", "Studios", "Networks", "Dynamics", "Works",
             "Capital", "Biotech", "Pharma", "Outfitters", "Interactive", "Cloud")
_LEGAL = ("Inc.", "Ltd", "LLC", "GmbH", "S.A.", "B.V.", "AG", "plc", "Pty Ltd", "S.r.l.", "SAS",
          "Co.", "Corp.", "")


def brand(rng: random.Random) -> str:
    """An invented brand word: "Quorvia", "Brightwave"."""
    if rng.random() < 0.6:
        return rng.choice(_BRAND_HEADS) + rng.choice(_BRAND_TAILS)
    return rng.choice(_BRAND_WORDS)


def company(rng: random.Random) -> str:
    legal = rng.choice(_LEGAL)
    name = f"{brand(rng)} {rng.choice(_INDUSTRY)}" if rng.random() < 0.7 else brand(rng)
    return f"{name} {legal}".strip()


PRODUCTS = (
    "Aurora Pro", "Galaxy Tab", "Pixel Buds", "ThinkStation P5", "Nimbus 2000 Vacuum",
    "Zenbook Flip", "PowerCore 20K", "QuietComfort Ultra", "Echo Dot", "Surface Laptop 5",
    "Orbit Max", "Titan X Blender", "HydroFlask Lite", "Vortex Air Fryer", "AeroPress Go",
    "Kindle Paperwhite", "Nova Watch 3", "StreamDeck XL", "Comet Scooter S2", "Helix Desk Lamp",
    "Atlas Backpack 28L", "Flux Capacitor Kit", "Ember Mug 2", "Polaris Tent 4P", "Quantum SSD",
    "Sonic Toothbrush 9", "Prism Monitor 27", "Cascade Dishwasher", "Falcon Drone Mini",
    "Glacier Cooler 45", "Spectra Router AX6000", "Pulse Oximeter Pro", "Nebula Projector",
)
SOFTWARE = (
    "Kubernetes", "PostgreSQL", "NumPy", "React", "TensorFlow", "Redis", "Django", "Jenkins",
    "Terraform", "Ansible", "Grafana", "Prometheus", "Kafka", "Elasticsearch", "FastAPI",
    "Pandas", "PyTorch", "Airflow", "Celery", "Nginx", "Docker Compose", "GitLab CI",
    "Spring Boot", "Next.js", "Svelte", "Rust Analyzer", "Webpack", "Vite", "SQLAlchemy",
    "Pydantic", "Flask", "Express", "Hugging Face Transformers", "spaCy", "Presidio", "vLLM",
    "Supervisor", "RabbitMQ", "MongoDB", "ClickHouse", "Snowflake", "BigQuery", "Tableau",
    "Jupyter", "VS Code", "IntelliJ IDEA", "Postman", "Sentry", "Datadog", "Splunk", "Jira",
    "Confluence", "Salesforce", "SAP HANA", "Power BI", "Excel", "Figma", "Slack", "Zoom",
)
CODENAMES = (
    "Project Falcon", "Project Nightjar", "Operation Bluebird", "Project Halcyon", "Moonshot",
    "Project Ironclad", "Bluefin", "Project Cobalt", "Project Lantern", "Skylark",
    "Project Timberline",
    "Project Quicksilver", "Operation Clean Slate", "Project Hummingbird", "Northstar",
    "Project Tundra", "Project Basalt", "Greenlight", "Project Kestrel", "Thunderbolt",
)
VENUES = (  # ships, hotels, restaurants, venues: not places in the gold sense
    "MV Ocean Crest", "SS Silver Horizon", "the Emerald Voyager", "Hotel Meridian",
    "The Grand Azure Hotel", "Harbour Light Inn", "The Copper Kettle", "Blue Fig Bistro",
    "Golden Lantern Noodle Bar", "The Rusty Anchor", "Sunrise Diner", "Cedar & Smoke",
    "Hotel Solstice", "The Velvet Room", "Pier Seven Oyster House", "The Green Olive",
    "Starlight Cinema", "Maple Leaf Bakery", "The Iron Skillet", "Riverside Suites",
)
TITLES = (
    "The Glass Orchard", "Midnight Protocol", "A Field of Quiet Engines", "The Last Lighthouse",
    "Paper Moons", "Echoes of Tomorrow", "The Salt Road", "Clockwork Hearts", "Deep Blue Static",
    "The Winter Archive", "Ten Thousand Doors", "Small Gods of Summer", "The Hollow Crown",
    "Northbound", "Iron Lullaby", "The Quiet Algorithm", "Ashes and Ember", "Kingdom of Rust",
)
TEAMS = (
    "Team Nebula", "the Platform Squad", "Red Kites", "the Data Guild", "Blue Team",
    "the Night Owls", "Team Orion", "Payments Core", "the Growth Pod", "SRE On-Call",
    "the Thunderbirds", "Team Rocket Science", "the Iron Wolves", "Checkout Crew",
)
DRUGS = (
    "Amoxicillin", "Metformin", "Atorvastatin", "Ibuprofen", "Paracetamol", "Lisinopril",
    "Omeprazole", "Levothyroxine", "Salbutamol", "Sertraline", "Prednisolone", "Cetirizine",
    "Vitamin D3", "Sodium Chloride", "Acetylsalicylic Acid", "Magnesium Sulfate",
    "Insulin Glargine", "Potassium Citrate", "Amlodipine", "Doxycycline", "Loratadine",
)
CONDITIONS = (
    "Hypertension", "Type 2 Diabetes", "Asthma", "Migraine", "Influenza B", "COVID-19",
    "Hypothyroidism", "Tachycardia", "Pneumonia", "Atrial Fibrillation", "Anaemia",
    "Chronic Kidney Disease", "Appendicitis", "Bronchitis", "Sciatica",
)
LAB_TESTS = ("Hemoglobin A1c", "TSH", "Vitamin B12", "Ferritin", "LDL Cholesterol", "CRP",
             "eGFR", "Serum Sodium")
MEDICAL = DRUGS + CONDITIONS + LAB_TESTS
HEADINGS = (
    "Quarterly Review", "Action Items", "Release Notes", "Executive Summary", "Next Steps",
    "Known Issues", "Open Questions", "Risk Register", "Budget Overview", "Key Results",
    "Customer Feedback", "Root Cause Analysis", "Migration Plan", "Acceptance Criteria",
    "Terms And Conditions", "Getting Started", "Frequently Asked Questions", "Change Log",
)
DEPARTMENTS = (
    "Accounts Payable", "Customer Success", "Human Resources", "Legal", "Procurement",
    "Facilities", "Engineering", "Quality Assurance", "Marketing", "Finance", "Operations",
    "Research and Development", "IT Service Desk", "Compliance", "Supply Chain",
)
CAMEL = (
    "UserAccountService", "InvoiceBatchJob", "getOrderTotal", "PaymentGatewayClient",
    "OrderRepository", "parseConfigFile", "RetryPolicy", "ShippingRateCalculator",
    "CustomerProfileView", "TokenBucketLimiter", "HealthCheckHandler", "ReportExporter",
    "MaxRetriesExceeded", "InventorySyncWorker", "CartItemSerializer", "FeatureFlagStore",
)
ROOMS = (  # place-like, but rooms and spots inside a building: not places in the gold sense
    "the Oak Room", "Meeting Room Orion", "Building 7, Level 3", "Gate B12", "Dock 4",
    "Terminal 2", "Aisle 17", "Lab 3", "Server Room B", "the North Wing", "the Boardroom",
    "Studio A", "Suite 410", "the Blue Lounge", "Hall C", "Room 4B", "the Atrium",
    "Platform 6", "Bay 12", "the Maple Room", "Floor 2 kitchen", "Warehouse Zone D",
)
JOB_TITLES = ("Senior Data Engineer", "Product Manager", "Nurse Practitioner", "UX Designer",
              "Account Executive", "Warehouse Supervisor", "Financial Analyst", "Paralegal",
              "Site Reliability Engineer", "Head of Marketing", "Chef de Partie",
              "Data Analyst", "Office Manager", "Solutions Architect", "Pharmacist")
HOSTNAMES = ("api-01", "db-primary-3", "cache-blue-2", "worker-7f3a", "ci-runner-12",
             "web-frontend-4", "kafka-broker-2", "gpu-node-17", "etl-batch-9")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")


def date(rng: random.Random) -> str:
    y, m, d = rng.randint(2019, 2027), rng.randint(1, 12), rng.randint(1, 28)
    mon = MONTHS[m - 1]
    return rng.choice((
        f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y}", f"{m}/{d}/{y}", f"{mon} {d}, {y}",
        f"{d} {mon[:3]} {y}", f"{d}.{m}.{y}", f"{mon} {d}", f"{d} {mon}",
        f"{y}-{m:02d}-{d:02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:00Z",
        f"{WEEKDAYS[(d + m) % 7][:3]}, {d} {mon[:3]} {y}", f"Q{(m - 1) // 3 + 1} {y}",
        f"{mon} {y}", f"{d:02d}-{mon[:3].upper()}-{y}", f"{y}/{m:02d}/{d:02d}",
    ))


def time_of_day(rng: random.Random) -> str:
    h, mi = rng.randint(0, 23), rng.choice((0, 0, 15, 30, 45, rng.randint(0, 59)))
    return rng.choice((f"{h:02d}:{mi:02d}", f"{(h % 12) or 12}:{mi:02d} {'am' if h < 12 else 'pm'}",
                       f"{h:02d}:{mi:02d} UTC", f"{(h % 12) or 12}{'am' if h < 12 else 'pm'}",
                       f"{h:02d}:{mi:02d}:{rng.randint(0, 59):02d}"))


def version(rng: random.Random) -> str:
    a, b, c = rng.randint(0, 12), rng.randint(0, 40), rng.randint(0, 30)
    return rng.choice((
        f"{a}.{b}.{c}", f"v{a}.{b}.{c}", f"{a}.{b}", f"{a}.{b}.{c}-rc.{rng.randint(1, 5)}",
        f"v{a}.{b}.{c}-beta.{rng.randint(1, 9)}", f"{a}.{b}.{c}+build.{rng.randint(100, 9999)}",
    ))


def build(rng: random.Random) -> str:
    """A four-part build number that is not an IPv4 address (a part above 255)."""
    return rng.choice((
        f"10.0.{rng.randint(17000, 26100)}.{rng.randint(1, 4000)}",
        f"{rng.randint(1, 9)}.{rng.randint(0, 9)}.{rng.randint(256, 9999)}.{rng.randint(0, 99)}",
        f"{rng.randint(100, 130)}.0.{rng.randint(4000, 6999)}.{rng.randint(0, 300)}",
    ))


def price(rng: random.Random) -> str:
    whole = rng.choice((rng.randint(1, 99), rng.randint(100, 9999), rng.randint(10000, 250000)))
    cents = rng.randint(0, 99)
    grouped = f"{whole:,}"
    return rng.choice((
        f"${grouped}.{cents:02d}", f"€{whole},{cents:02d}", f"£{grouped}.{cents:02d}",
        f"{grouped} USD", f"EUR {grouped}", f"¥{whole * 100:,}", f"CHF {whole}.{cents:02d}",
        f"{whole} kr", f"₹{grouped}", f"R$ {whole},{cents:02d}", f"A${grouped}",
        f"{whole},{cents:02d} €", f"US${grouped}", f"C${whole}.{cents:02d}",
    ))


def digits(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(rng.choice(string.digits) for _ in range(n - 1))


def letters(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.ascii_uppercase) for _ in range(n))


def order_number(rng: random.Random) -> str:
    return rng.choice((
        digits(rng, rng.randint(8, 12)), f"#{digits(rng, rng.randint(6, 10))}",
        f"ORD-{rng.randint(2019, 2027)}-{digits(rng, 6)}", f"PO-{digits(rng, 5)}",
        f"{letters(rng, 2)}{digits(rng, 9)}", f"{digits(rng, 3)}-{digits(rng, 7)}-{digits(rng, 7)}",
        f"SO{digits(rng, 8)}", f"W{digits(rng, 9)}",
    ))


def invoice(rng: random.Random) -> str:
    return rng.choice((f"INV-{rng.randint(2019, 2027)}-{digits(rng, 5)}", f"INV{digits(rng, 8)}",
                       f"{rng.randint(2019, 2027)}/{digits(rng, 4)}", f"F-{digits(rng, 6)}"))


def ticket_id(rng: random.Random) -> str:
    return rng.choice((f"{letters(rng, rng.randint(2, 5))}-{rng.randint(1, 9999)}",
                       f"#{rng.randint(1000, 999999)}", f"CASE-{digits(rng, 8)}",
                       f"INC{digits(rng, 7)}", f"SR-{digits(rng, 6)}"))


def tracking(rng: random.Random) -> str:
    alnum = string.ascii_uppercase + string.digits
    return rng.choice((
        "1Z" + "".join(rng.choice(alnum) for _ in range(16)),
        " ".join(digits(rng, 4) for _ in range(5)) + " " + digits(rng, 2),
        digits(rng, 12), f"JD{digits(rng, 16)}",
        f"{letters(rng, 2)}{digits(rng, 9)}{letters(rng, 2)}",
        f"TBA{digits(rng, 12)}",
    ))


def isbn(rng: random.Random) -> str:
    body = rng.choice(("978", "979")) + "".join(rng.choice(string.digits) for _ in range(9))
    check = (10 - sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body)) % 10) % 10
    full = body + str(check)
    if rng.random() < 0.5:
        return full
    return f"{full[:3]}-{full[3]}-{full[4:8]}-{full[8:12]}-{full[12]}"


def sku(rng: random.Random) -> str:
    return rng.choice((
        f"SKU-{letters(rng, 2)}-{digits(rng, 4)}-{rng.choice(('BLK', 'WHT', 'RED', 'XL', 'M'))}",
        "B0" + "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(8)),
        f"{letters(rng, 3)}{digits(rng, 5)}",
        f"{digits(rng, 2)}{letters(rng, 2)}-{digits(rng, 4)}-{letters(rng, 1)}{digits(rng, 2)}",
        f"MPN {digits(rng, 2)}{letters(rng, 2)}{digits(rng, 4)}-{letters(rng, 1)}{digits(rng, 5)}",
    ))


def uuid_text(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def hex_hash(rng: random.Random) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice((7, 12, 40, 64))))


def unix_ts(rng: random.Random) -> str:
    return str(rng.randint(1_500_000_000, 1_800_000_000) * rng.choice((1, 1, 1000)))


def big_number(rng: random.Random) -> str:
    n = rng.randint(10_000, 9_999_999_999)
    return rng.choice((str(n), f"{n:,}", str(rng.randint(10**11, 10**16))))


def port(rng: random.Random) -> str:
    return str(rng.choice((80, 443, 8080, 8443, 5432, 3306, 6379, 9092, 27017, 3000, 5000, 8000,
                           9090, rng.randint(1024, 65535))))


def http_code(rng: random.Random) -> str:
    return str(rng.choice((200, 201, 204, 301, 302, 400, 401, 403, 404, 409, 422, 429, 500, 502,
                           503, 504)))


def amount(rng: random.Random) -> str:
    return rng.choice((f"{rng.randint(1, 500)} units", f"{rng.randint(1, 99)}%",
                       f"{rng.randint(1, 999)}.{rng.randint(0, 9)} GB", f"{rng.randint(2, 48)} kg",
                       f"{rng.randint(1, 120)} min", f"{rng.randint(10, 9999)} ms",
                       f"{rng.randint(1, 30)} x {rng.randint(1, 30)} cm"))


def date_iso(rng: random.Random) -> str:
    return f"{rng.randint(2019, 2027)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def clock(rng: random.Random) -> str:
    return f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"

# Decoys that a NER model reads as people or places, for clean prompts of everyday
# LLM-API use: software, assistants and models named like people, single-word codenames,
# colours and finishes, foods named after places or people.
NAMED_SOFTWARE = (
    "Julia", "Jasmine", "Jenkins", "Ruby", "Rails", "Hugo", "Jekyll", "Sphinx", "Alexa", "Siri",
    "Cortana", "Bixby", "Clippy", "Ollama", "Claude", "Gemma", "Mistral", "Falcon", "Phi-3",
    "Llama 3", "Vicuna", "Alpaca", "Dolly", "Orca", "Grok", "Copilot", "Jupyter", "Luigi",
    "Dagster", "Kafka", "Celery", "Sidekiq", "Oscar", "Mercurial", "Ansible", "Chef", "Puppet",
    "Vagrant", "Homer", "Hermes", "Apollo", "Athena", "Ariadne", "Cassandra", "Sonar", "Thanos",
    "Loki", "Tempo", "Mimir", "Cypress", "Jest", "Mocha", "Karma", "Nancy", "Sinatra",
    "Flutter", "Dart", "Cassidy", "Harvey", "Watson", "Einstein", "Ada", "Pascal", "Elixir",
    "Phoenix", "Crystal", "Nim", "Zig", "Bob", "Lisa", "Ask Jeeves", "Mycroft", "Rasa",
)
BIRDS = (  # single-word codenames, as teams list them
    "Kestrel", "Bluebird", "Juniper", "Nova", "Orion", "Willow", "Aspen", "Falcon", "Sparrow",
    "Cedar", "Lyra", "Vega", "Luna", "Iris", "Heron", "Osprey", "Magpie", "Wren", "Finch",
    "Robin", "Raven", "Comet", "Ember", "Sable", "Indigo", "Hazel", "Maple", "Rowan", "Sage",
    "Aurora", "Stella", "Phoenix", "Atlas", "Echo", "Piper", "Skye", "Lark", "Dove",
)
COLOURS = (
    "Rose Gold", "Ivory", "Olive", "Hazel", "Amber", "Ruby Red", "Jade", "Sienna", "Lavender",
    "Violet", "Coral", "Champagne", "Midnight Blue", "Sage Green", "Taupe", "Charcoal",
    "Navy", "Scarlet", "Magnolia", "Heather Grey", "Forest Green", "Pearl White", "Dusty Rose",
    "Burgundy", "Teal", "Mauve", "Saffron", "Cobalt", "Lilac", "Ginger", "Crimson", "Rosewood",
)
FOODS = (  # named after places or people; no place and no person in the gold sense
    "Brussels sprouts", "Dijon mustard", "Parmesan", "Cheddar", "Camembert", "Bolognese",
    "Hamburgers", "Frankfurters", "Buffalo wings", "Peking duck", "Swiss roll", "Boston cream pie",
    "Philly cheesesteak", "Black Forest cake", "Cornish pasties", "Worcestershire sauce",
    "Key lime pie", "Baked Alaska", "Caesar salad", "Eggs Benedict", "Beef Wellington",
    "Margherita pizza", "Pavlova", "Nachos", "Earl Grey", "Peach Melba", "Bananas Foster",
    "Waldorf salad", "Granny Smith apples", "Bellini", "Tom Collins", "Shirley Temple",
    "Chicken Kiev", "Neapolitan ice cream", "Mississippi mud pie", "Turkish delight",
)
LLM_MODELS = (
    "Llama 3.1 8B", "Mistral 7B", "Gemma 2 9B", "Qwen2.5 14B", "Phi-3 mini", "Falcon 40B",
    "Mixtral 8x7B", "DeepSeek-V3", "Claude Sonnet", "GPT-4o", "Gemini Flash", "Command R",
    "Granite 3", "OLMo 2", "Yi 34B", "StarCoder2", "CodeLlama", "Zephyr 7B", "Hermes 3",
)
WORD_USES = (  # sentences that open with a given name used as a word
    "Pat dry the chicken before searing it.", "Frank question: is the plan realistic?",
    "Jack up the contrast a little.", "Sue the landlord or settle out of court?",
    "Grace Period applied to the invoice.", "Will this scale to a million rows?",
    "May I ask a follow-up?", "Mark the ticket as resolved.", "Bill the client for the extra hours.",
    "Rich text is pasted as plain text.", "Chase the supplier about the late pallets.",
    "Hope this helps!", "Drew a diagram of the flow, attached.", "Faith in the forecast is low.",
    "Joy of cooking aside, how long do eggs keep?", "Rose by 4% this quarter.",
    "Summer sale starts next week.", "Dawn patrol shift moves to 5 am.", "Hunter boots or wellies?",
    "Penny stocks are risky, right?", "Holly and ivy for the wreath?", "Amber alert on the dashboard.",
    "Ruby gems fail to install.", "Jade plants need little water.", "Crystal clear audio, finally.",
    "Misty mornings make the drive slow.", "Skye terriers shed a lot?", "Ginger tea or mint?",
    "Heather grows well in acid soil.", "Violet light is around 400 nm.", "Robin eggs are blue, right?",
    "Carter bars or drop bars for touring?", "Cooper tyres are cheaper.", "Piper plane or Cessna?",
    "Willow bark was an early painkiller.", "Hazel nuts are ripe in autumn.", "Sage butter sauce?",
    "Olive oil or butter for this?", "Lily pads cover the pond.", "Iris scanners at the gate?",
    "Daisy chain the monitors?", "Autumn leaves clog the gutter.", "June gloom again.",
    "April showers, then what?", "Angel investors want a deck.", "Sunny side up or scrambled?",
    "Ray tracing on this card?", "Nova launcher or the stock one?", "Echo cancellation is off.",
)
