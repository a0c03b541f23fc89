"""Places, structured personal values and decoys for train_c.

Written blind, from the author's own head (only `__init__.py` and `validity.py` of the corpus
were read). Places are hand-written cities, regions and countries, and street addresses of
several countries built from hand-written parts. Phones are made from `phonenumbers`' example
numbers with new trailing digits and kept only when `phonenumbers.is_valid_number` accepts the
text as written; cards pass Luhn's check, IBANs carry computed check digits, SSNs follow the
issuing rules. Decoys are the developer-traffic words that look like names or contacts but are
not: products, codenames, teams, hosts, hashes, versions, order and tracking numbers.
"""

from __future__ import annotations

import ipaddress
import random
import string

import phonenumbers

from appliance.testing.pii_corpus.train_c_names import Person, ascii_fold

CITIES: tuple[str, ...] = (
    "Lisbon", "Porto", "Madrid", "Seville", "Bilbao", "Barcelona", "Lyon", "Marseille",
    "Toulouse", "Bordeaux", "Paris", "Brussels", "Antwerp", "Ghent", "Amsterdam", "Rotterdam",
    "Utrecht", "Eindhoven", "Hamburg", "Munich", "Berlin", "Cologne", "Leipzig", "Dresden",
    "Stuttgart", "Vienna", "Graz", "Salzburg", "Zurich", "Geneva", "Basel", "Milan", "Turin",
    "Bologna", "Naples", "Palermo", "Krakow", "Gdansk", "Wroclaw", "Poznan", "Warsaw",
    "Prague", "Brno", "Bratislava", "Budapest", "Debrecen", "Bucharest", "Cluj-Napoca",
    "Sofia", "Thessaloniki", "Athens", "Izmir", "Ankara", "Istanbul", "Tbilisi", "Yerevan",
    "Kyiv", "Lviv", "Vilnius", "Riga", "Tallinn", "Helsinki", "Tampere", "Stockholm",
    "Gothenburg", "Malmo", "Oslo", "Bergen", "Copenhagen", "Aarhus", "Reykjavik", "Dublin",
    "Galway", "Edinburgh", "Glasgow", "Cardiff", "Manchester", "Leeds", "Sheffield",
    "Bristol", "Birmingham", "Liverpool", "Belfast", "Toronto", "Montreal", "Vancouver",
    "Calgary", "Winnipeg", "Seattle", "Portland", "Sacramento", "San Diego", "Denver",
    "Albuquerque", "Houston", "Dallas", "Minneapolis", "Milwaukee", "Chicago", "Detroit",
    "Cleveland", "Pittsburgh", "Baltimore", "Boston", "Philadelphia", "Atlanta", "Nashville",
    "Raleigh", "Tampa", "New Orleans", "Guadalajara", "Monterrey", "Bogota", "Medellin",
    "Lima", "Quito", "Santiago", "Valparaiso", "Buenos Aires", "Cordoba", "Montevideo",
    "Sao Paulo", "Curitiba", "Recife", "Porto Alegre", "Lagos", "Ibadan", "Abuja", "Accra",
    "Kumasi", "Nairobi", "Mombasa", "Kampala", "Kigali", "Dar es Salaam", "Addis Ababa",
    "Johannesburg", "Durban", "Cape Town", "Casablanca", "Marrakesh", "Tunis", "Cairo",
    "Alexandria", "Amman", "Beirut", "Riyadh", "Jeddah", "Doha", "Muscat", "Dubai",
    "Karachi", "Lahore", "Islamabad", "Mumbai", "Pune", "Bengaluru", "Chennai", "Hyderabad",
    "Kolkata", "Ahmedabad", "Colombo", "Dhaka", "Kathmandu", "Bangkok", "Chiang Mai",
    "Hanoi", "Da Nang", "Ho Chi Minh City", "Kuala Lumpur", "Penang", "Jakarta", "Surabaya",
    "Manila", "Cebu", "Shenzhen", "Guangzhou", "Shanghai", "Chengdu", "Hangzhou", "Taipei",
    "Busan", "Seoul", "Osaka", "Yokohama", "Sapporo", "Fukuoka", "Tokyo", "Brisbane",
    "Melbourne", "Adelaide", "Perth", "Auckland", "Wellington", "Christchurch",
)  # fmt: skip
REGIONS: tuple[str, ...] = (
    "Bavaria", "Saxony", "Catalonia", "Andalusia", "Galicia", "Brittany", "Normandy",
    "Provence", "Tuscany", "Lombardy", "Sicily", "Flanders", "Wallonia", "Silesia",
    "Moravia", "Transylvania", "Scania", "Lapland", "Ontario", "Quebec", "Alberta",
    "British Columbia", "Nova Scotia", "California", "Oregon", "Nevada", "Arizona",
    "Colorado", "Texas", "Minnesota", "Ohio", "Pennsylvania", "Massachusetts", "North Carolina",
    "Florida", "Queensland", "Tasmania", "Victoria", "Kerala", "Karnataka", "Maharashtra",
    "Punjab", "Gauteng", "Patagonia", "Yucatan", "Hokkaido", "Kyushu", "Sichuan", "Bali",
    "Mindanao", "Scottish Highlands", "Yorkshire", "Cornwall",
)  # fmt: skip
COUNTRIES: tuple[str, ...] = (
    "Portugal", "Spain", "France", "Belgium", "the Netherlands", "Germany", "Austria",
    "Switzerland", "Italy", "Poland", "Czechia", "Slovakia", "Hungary", "Romania", "Bulgaria",
    "Greece", "Ukraine", "Lithuania", "Latvia", "Estonia", "Finland", "Sweden", "Norway",
    "Denmark", "Iceland", "Ireland", "Scotland", "Wales", "the UK", "the United Kingdom",
    "Canada", "the United States", "the USA", "Mexico", "Colombia", "Peru", "Chile",
    "Argentina", "Uruguay", "Brazil", "Nigeria", "Ghana", "Kenya", "Uganda", "Rwanda",
    "Tanzania", "Ethiopia", "South Africa", "Morocco", "Tunisia", "Egypt", "Lebanon",
    "Saudi Arabia", "Qatar", "Oman", "the UAE", "Pakistan", "India", "Sri Lanka",
    "Bangladesh", "Nepal", "Thailand", "Vietnam", "Malaysia", "Indonesia", "the Philippines",
    "Taiwan", "South Korea", "Japan", "Australia", "New Zealand", "Armenia", "Kazakhstan",
    "Uzbekistan",
)  # fmt: skip


def _strip_the(s: str) -> str:
    return s[4:] if s.startswith("the ") else s


# Place names as a model should know them (the leading "the" is outside the span).
PLACE_NAMES: tuple[str, ...] = CITIES + REGIONS + tuple(_strip_the(c) for c in COUNTRIES)

_US_STREETS = ("Maple Ridge Dr", "Oakhurst Ave", "W 38th St", "Cedar Hollow Ln", "Elmwood Blvd",
               "N Halsted St", "Sycamore Ct", "Pinecrest Rd")  # fmt: skip
_US_CITY_STATE = (("Austin", "TX", "787"), ("Columbus", "OH", "432"), ("Tucson", "AZ", "857"),
                  ("Omaha", "NE", "681"), ("Boise", "ID", "837"), ("Richmond", "VA", "232"),
                  ("Madison", "WI", "537"), ("Spokane", "WA", "992"))  # fmt: skip
_UK_STREETS = ("Kingsley Road", "Alderney Gardens", "Wellfield Lane", "Ashgrove Terrace",
               "Blackthorn Close", "Mill Hill Crescent")  # fmt: skip
_UK_TOWNS = (("Leeds", "LS6"), ("Norwich", "NR2"), ("Bristol", "BS7"), ("York", "YO31"),
             ("Derby", "DE22"), ("Glasgow", "G12"))  # fmt: skip
_DE_STREETS = ("Lindenstraße", "Am Mühlbach", "Goethestraße", "Hauptstraße", "Birkenweg",
               "Kastanienallee")  # fmt: skip
_DE_TOWNS = (("10115", "Berlin"), ("80331", "München"), ("50667", "Köln"), ("04109", "Leipzig"),
             ("70173", "Stuttgart"), ("24103", "Kiel"))  # fmt: skip
_FR_STREETS = ("rue des Lilas", "avenue Jean Jaurès", "boulevard Voltaire", "rue de la Paix",
               "impasse des Tilleuls")  # fmt: skip
_FR_TOWNS = (("69003", "Lyon"), ("75011", "Paris"), ("31000", "Toulouse"), ("44000", "Nantes"),
             ("67000", "Strasbourg"))  # fmt: skip
_NL_STREETS = ("Keizersgracht", "Prinsengracht", "Oudegracht", "Lange Voorhout", "Vondelstraat")
_NL_TOWNS = (("1015 CW", "Amsterdam"), ("3511 AK", "Utrecht"), ("2514 JK", "Den Haag"),
             ("9711 LV", "Groningen"))  # fmt: skip
_PL_STREETS = ("ul. Długa", "ul. Piękna", "ul. Mickiewicza", "al. Jerozolimskie", "ul. Floriańska")
_PL_TOWNS = (("00-238", "Warszawa"), ("31-019", "Kraków"), ("80-831", "Gdańsk"),
             ("50-077", "Wrocław"))  # fmt: skip
_ES_STREETS = ("Calle Mayor", "Calle de Alcalá", "Avenida de la Constitución", "Carrer de Mallorca")
_ES_TOWNS = (("28013", "Madrid"), ("08013", "Barcelona"), ("41004", "Sevilla"),
             ("46002", "Valencia"))  # fmt: skip
_IT_STREETS = ("Via Roma", "Via Garibaldi", "Corso Vittorio Emanuele", "Via dei Mille")
_IT_TOWNS = (("20121", "Milano"), ("10123", "Torino"), ("40126", "Bologna"), ("80134", "Napoli"))
_IN_STREETS = ("MG Road", "Residency Road", "Linking Road", "Anna Salai", "Park Street")
_IN_TOWNS = (("Bengaluru", "560001"), ("Mumbai", "400050"), ("Chennai", "600002"),
             ("Kolkata", "700016"))  # fmt: skip
_BR_STREETS = ("Rua Augusta", "Avenida Paulista", "Rua das Flores", "Rua XV de Novembro")
_BR_TOWNS = (("São Paulo", "SP", "01310-100"), ("Curitiba", "PR", "80020-310"),
             ("Belo Horizonte", "MG", "30130-010"))  # fmt: skip
_AU_STREETS = ("Bourke St", "George St", "Queen St", "Flinders Lane", "Hindley St")
_AU_TOWNS = (("Melbourne", "VIC", "3000"), ("Sydney", "NSW", "2000"), ("Brisbane", "QLD", "4000"),
             ("Adelaide", "SA", "5000"))  # fmt: skip
_JP_TOWNS = ("Shibuya-ku, Tokyo", "Chuo-ku, Osaka", "Naka-ku, Yokohama", "Kita-ku, Sapporo")


def address(rng: random.Random) -> str:
    n = rng.randint(1, 240)
    kind = rng.randrange(10)
    if kind == 0:
        city, state, zip3 = rng.choice(_US_CITY_STATE)
        return f"{rng.randint(100, 9899)} {rng.choice(_US_STREETS)}, {city}, {state} {zip3}{rng.randint(10, 99)}"
    if kind == 1:
        town, out = rng.choice(_UK_TOWNS)
        inward = f"{rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        return f"{n} {rng.choice(_UK_STREETS)}, {town} {out} {inward}"
    if kind == 2:
        plz, town = rng.choice(_DE_TOWNS)
        return f"{rng.choice(_DE_STREETS)} {n}, {plz} {town}"
    if kind == 3:
        cp, town = rng.choice(_FR_TOWNS)
        return f"{n} {rng.choice(_FR_STREETS)}, {cp} {town}"
    if kind == 4:
        pc, town = rng.choice(_NL_TOWNS)
        return f"{rng.choice(_NL_STREETS)} {n}, {pc} {town}"
    if kind == 5:
        pc, town = rng.choice(_PL_TOWNS)
        return f"{rng.choice(_PL_STREETS)} {n}/{rng.randint(1, 40)}, {pc} {town}"
    if kind == 6:
        if rng.random() < 0.5:
            pc, town = rng.choice(_ES_TOWNS)
            return f"{rng.choice(_ES_STREETS)} {n}, {pc} {town}"
        pc, town = rng.choice(_IT_TOWNS)
        return f"{rng.choice(_IT_STREETS)} {n}, {pc} {town}"
    if kind == 7:
        town, pin = rng.choice(_IN_TOWNS)
        return f"{n}, {rng.choice(_IN_STREETS)}, {town} {pin}"
    if kind == 8:
        town, uf, cep = rng.choice(_BR_TOWNS)
        return f"{rng.choice(_BR_STREETS)}, {n * 7} - {town} - {uf}, {cep}"
    if rng.random() < 0.5:
        town, st, pc = rng.choice(_AU_TOWNS)
        return f"{n} {rng.choice(_AU_STREETS)}, {town} {st} {pc}"
    return f"{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 20)} {rng.choice(_JP_TOWNS)}"


# --- phones ---------------------------------------------------------------------------
PHONE_REGIONS = ("US", "CA", "GB", "IE", "DE", "AT", "CH", "FR", "BE", "NL", "PL", "CZ", "IT",
                 "ES", "PT", "SE", "NO", "DK", "FI", "IN", "BR", "MX", "AR", "AU", "NZ", "JP",
                 "KR", "SG", "PH", "ZA", "NG", "KE", "AE", "TR")  # fmt: skip
_PT = phonenumbers.PhoneNumberType


def _examples() -> list[tuple[str, phonenumbers.PhoneNumber]]:
    out = []
    for region in PHONE_REGIONS:
        for t in (_PT.MOBILE, _PT.FIXED_LINE):
            ex = phonenumbers.example_number_for_type(region, t)
            if ex is not None:
                out.append((region, ex))
    return out


_EXAMPLES = _examples()


def phone(rng: random.Random) -> str:
    """A valid phone number, written in one of several formats."""
    for _ in range(30):
        region, ex = rng.choice(_EXAMPLES)
        nsn = str(ex.national_number)
        keep = max(3, len(nsn) - rng.randint(3, 5))
        digits = nsn[:keep] + "".join(rng.choice(string.digits) for _ in range(len(nsn) - keep))
        num = phonenumbers.PhoneNumber(country_code=ex.country_code, national_number=int(digits))
        if ex.italian_leading_zero:
            num.italian_leading_zero = True
        if not phonenumbers.is_valid_number(num):
            continue
        fmt = rng.randrange(6)
        if fmt == 0:
            text = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
        elif fmt in (1, 2):
            text = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
            if fmt == 2:
                text = text.replace(" ", "-") if rng.random() < 0.5 else text.replace(" ", ".")
        elif fmt == 3:
            text = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
        elif fmt == 4:
            nat = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
            text = "".join(ch for ch in nat if ch.isdigit())
        else:
            text = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
            text = "+" + text[1:].replace(" ", "")
        if phone_ok(text, region):
            return text
    return "+44 20 7946 0018"


def phone_ok(text: str, region: str | None = None) -> bool:
    regions = (region,) if region else (None,) + PHONE_REGIONS
    for r in regions:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(text, r)):
                return True
        except phonenumbers.NumberParseException:
            continue
    return False


# --- cards, IBANs, SSNs, accounts, IPs -------------------------------------------------
def _luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def card(rng: random.Random) -> str:
    kind = rng.randrange(4)
    if kind == 0:
        body = "4" + "".join(rng.choice(string.digits) for _ in range(14))
    elif kind == 1:
        body = str(rng.randint(51, 55)) + "".join(rng.choice(string.digits) for _ in range(13))
    elif kind == 2:
        body = rng.choice(("34", "37")) + "".join(rng.choice(string.digits) for _ in range(12))
    else:
        body = "6011" + "".join(rng.choice(string.digits) for _ in range(11))
    num = body + _luhn_digit(body)
    sep = rng.choice((" ", "-", "", " "))
    if len(num) == 15:
        return sep.join((num[:4], num[4:10], num[10:]))
    return sep.join(num[i : i + 4] for i in range(0, 16, 4))


_IBAN_BBAN = {  # country: BBAN pattern, n = digit, a = upper letter, c = letter or digit
    "DE": "nnnnnnnnnnnnnnnnnn", "GB": "aaaannnnnnnnnnnnnn", "FR": "nnnnnnnnnnccccccccccnnn"[:23],
    "NL": "aaaannnnnnnnnn", "ES": "nnnnnnnnnnnnnnnnnnnn", "IT": "annnnnnnnnncccccccccccc"[:23],
    "PL": "nnnnnnnnnnnnnnnnnnnnnnnn", "BE": "nnnnnnnnnnnn", "AT": "nnnnnnnnnnnnnnnn",
    "CH": "nnnnnccccccccccccc"[:17], "PT": "nnnnnnnnnnnnnnnnnnnnn", "IE": "aaaannnnnnnnnnnnnn",
    "SE": "nnnnnnnnnnnnnnnnnnnn", "FI": "nnnnnnnnnnnnnn", "DK": "nnnnnnnnnnnnnn",
}  # fmt: skip


def iban(rng: random.Random) -> str:
    cc = rng.choice(tuple(_IBAN_BBAN))
    chars = {"n": string.digits, "a": string.ascii_uppercase,
             "c": string.digits + string.ascii_uppercase}  # fmt: skip
    bban = "".join(rng.choice(chars[k]) for k in _IBAN_BBAN[cc])
    moved = bban + cc + "00"
    check = 98 - int("".join(str(int(ch, 36)) for ch in moved)) % 97
    compact = f"{cc}{check:02d}{bban}"
    if rng.random() < 0.5:
        return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
    return compact


def ssn(rng: random.Random) -> str:
    area = rng.randint(667, 899) if rng.random() < 0.3 else rng.randint(1, 665)
    a, g, s = f"{area:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"
    return rng.choice((f"{a}-{g}-{s}", f"{a}-{g}-{s}", f"{a} {g} {s}", f"{a}{g}{s}"))


def account(rng: random.Random) -> str:
    n = "".join(rng.choice(string.digits) for _ in range(rng.randint(8, 12)))
    n = str(rng.randint(1, 9)) + n[1:]
    r = rng.random()
    if r < 0.2:
        return f"{n[:4]}-{n[4:]}"
    if r < 0.3:
        return f"{n[:3]} {n[3:6]} {n[6:]}"
    return n


def ipv4(rng: random.Random) -> str:
    first = rng.choice((10, 172, 192, 34, 52, 81, 91, 104, 185, 203, 62, 213, 77, 100))
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng: random.Random) -> str:
    prefix = rng.choice(("2001:db8", "2a02:8108", "2600:1f18", "fd12:3456", "2a01:4f8"))
    groups = [f"{rng.randrange(65536):x}" for _ in range(rng.choice((2, 3, 6)))]
    if len(groups) == 6:
        text = prefix + ":" + ":".join(groups)
    else:
        text = prefix + "::" + ":".join(groups)
    return str(ipaddress.IPv6Address(text)) if rng.random() < 0.5 else text


def ip(rng: random.Random) -> str:
    return ipv6(rng) if rng.random() < 0.2 else ipv4(rng)


_MAIL_DOMAINS = ("gmail.com", "outlook.com", "yahoo.co.uk", "proton.me", "web.de", "orange.fr",
                 "acme-corp.io", "northwind.dev", "contoso.com", "globex.net", "initech.co",
                 "hooli.xyz", "fastmail.fm", "example.org", "umbrella-labs.eu")  # fmt: skip


def email(rng: random.Random, p: Person) -> str:
    g = ascii_fold(p.given).lower().replace(" ", "").replace("'", "")
    f = ascii_fold(p.family).lower().replace(" ", "").replace("'", "")
    local = rng.choice((f"{g}.{f}", f"{g[0]}{f}", f"{g}_{f}", f"{g}", f"{f}.{g}",
                        f"{g}.{f}{rng.randint(1, 99)}", f"{g}{f[0]}"))  # fmt: skip
    return f"{local}@{rng.choice(_MAIL_DOMAINS)}"


def plain_email(rng: random.Random) -> str:
    """An address with no name in it (still personal data: someone's inbox)."""
    local = rng.choice(("blue.otter", "k7.runner", "nightowl", "pixelfox", "quietharbor",
                        "tinkerer", "greenkettle", "cyclist", "moonbeam"))  # fmt: skip
    return f"{local}{rng.randint(1, 999)}@{rng.choice(_MAIL_DOMAINS)}"


# --- decoys ------------------------------------------------------------------------------
PRODUCTS = ("Kubernetes", "Terraform", "Grafana", "Prometheus", "Postgres", "Redis", "Kafka",
            "Airflow", "Snowflake", "BigQuery", "Datadog", "PagerDuty", "Jira", "Confluence",
            "GitLab", "Jenkins", "Vault", "Consul", "Nomad", "Elasticsearch", "Kibana",
            "Sentry", "Okta", "Auth0", "Keycloak", "Zendesk", "Salesforce", "HubSpot",
            "Stripe", "Twilio", "Slack", "Notion", "Figma", "Docker", "Helm", "ArgoCD",
            "Istio", "Envoy", "Nginx", "Traefik", "Ansible", "Pulumi", "dbt", "Spark",
            "Flink", "ClickHouse", "MongoDB", "Cassandra", "RabbitMQ", "Celery", "FastAPI",
            "Django", "Flask", "React", "Svelte", "Next.js", "Webpack", "Vite", "Ruby on Rails",
            "Jupyter", "Pandas", "NumPy", "PyTorch", "Excel", "Outlook", "Teams", "Zoom",
            "Windows 11", "macOS Sonoma", "Ubuntu", "Debian", "Alpine", "Fedora")  # fmt: skip
BRANDS = ("Tesla", "Ford", "Bosch", "Philips", "Dell", "Lenovo", "Logitech", "Cisco", "Fortinet",
          "Palo Alto Networks", "Ben & Jerry's", "Heineken", "Siemens", "Porsche", "Ferrari",
          "Lamborghini", "Dyson", "Hewlett Packard", "Adidas", "Chanel", "Mercedes-Benz",
          "Honda", "Toyota", "Disney", "McDonald's", "Kellogg's", "Boeing")  # fmt: skip
COMPANIES = ("Acme Corp", "Northwind Traders", "Globex", "Initech", "Hooli", "Umbrella Labs",
             "Contoso", "Stark Industries", "Wayne Enterprises", "Soylent Ltd", "Vandelay Imports",
             "Cyberdyne Systems", "Blue Harbor Analytics", "Quantum Pickle GmbH")  # fmt: skip
CODENAMES = ("Project Falcon", "Operation Tidewater", "Bluebird", "Jasper", "Nightjar",
             "Orion", "Hydra", "Phoenix", "Kestrel", "Aurora", "Borealis", "Cobalt", "Sparrow",
             "Halcyon", "Mercury", "Atlas", "Gemini", "Titan", "Ember", "Zephyr", "Nimbus",
             "Granite", "Lighthouse", "Pegasus", "Voyager", "Sentinel")  # fmt: skip
TEAMS = ("Platform Team", "SRE Guild", "Team Rocket", "Payments Squad", "Growth Pod",
         "Data Platform", "Identity & Access", "Blue Team", "Red Team", "Tiger Team",
         "Infra Chapter", "Core Services", "Mobile Crew", "Release Council")  # fmt: skip
ROLES = ("Account Manager", "Dean", "Head of Engineering", "Staff Engineer", "Site Reliability Engineer",
         "Product Owner", "Scrum Master", "Data Protection Officer", "CFO", "VP Sales",
         "Service Desk Analyst", "Tech Lead", "Release Manager", "On-call Engineer",
         "Security Champion", "Chief Architect", "Intern", "Principal Engineer")  # fmt: skip
ROOMS = ("Boardroom 3", "the Everest room", "Huddle Room B", "Meeting Room Kilimanjaro",
         "the Fishbowl", "Lab 2", "Conference Room Saturn", "Focus Pod 7")  # fmt: skip
SHIPS_HORSES_PETS = ("the MV Northern Spirit", "HMS Resolute", "Sea Sprite", "Thunderbolt",
                     "Silver Comet", "Red Rum", "Whiskers Premium kibble", "PawPal Deluxe",
                     "Tail Waggers Crunchy", "Dreamliner")  # fmt: skip
COLOURS = ("Rose Gold", "Midnight Blue", "Space Grey", "Amber", "Jade Green", "Ruby Red",
           "Pearl White", "Graphite", "Sage", "Ivory", "Matte Black", "Champagne",
           "Violet Haze", "Holly Green", "Olive", "Sky Blue")  # fmt: skip
FOODS = ("Margherita", "Caesar salad", "flat white", "Earl Grey", "Pinot Grigio", "chai latte",
         "Mushroom Risotto", "Eggs Benedict", "Peach Melba", "Bloody Mary", "Tom Collins",
         "Shirley Temple", "Granny Smith", "Pink Lady", "matcha", "sourdough")  # fmt: skip
HOLIDAYS = ("Christmas", "Easter Monday", "Thanksgiving", "Diwali", "Lunar New Year", "Eid",
            "Boxing Day", "Labor Day", "Good Friday", "Hanukkah")  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")  # fmt: skip
HEADINGS = ("Quarterly Business Review", "Known Issues", "Release Notes", "Getting Started",
            "Incident Timeline", "Root Cause Analysis", "Action Items", "Next Steps",
            "Migration Plan", "Open Questions", "Acceptance Criteria", "Rollback Procedure",
            "Service Level Objectives", "Executive Summary")  # fmt: skip
CAMEL = ("UserService", "OrderRepository", "PaymentGatewayClient", "InvoiceBuilder",
         "AuthTokenProvider", "RetryPolicy", "HttpClientFactory", "CustomerDTO",
         "ShipmentTracker", "LeaderElection", "FeatureFlagStore", "BillingCycleJob")  # fmt: skip
SERVICES = ("billing-api", "auth-svc", "orders-worker", "ledger", "notifier", "search-indexer",
            "checkout", "gateway", "inventory-sync", "report-builder", "etl-nightly")  # fmt: skip
WORDS_AS_THINGS = ("the Hope Foundation", "Grace period", "Will-call pickup", "Ruby gems",
                   "the Iris dataset", "Amber alert level", "Rose Gold finish", "Jade template",
                   "Holly theme", "Ivy dependency manager", "Daisy chain", "Summer sale",
                   "the Max plan", "Dawn patrol build", "Hunter mode", "Sunny-day scenario",
                   "Frank discussion", "Joy-Con controller", "Faith-based charity fund",
                   "Robin Hood mode", "Penny stock tracker", "Violet theme", "Iris scanner",
                   "River City release")  # fmt: skip


def sha(rng: random.Random, n: int = 7) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def decoy(rng: random.Random, kind: str) -> str:
    """A decoy value: text that looks like a name, place or contact and is none."""
    r = rng.randint
    match kind:
        case "order":
            return rng.choice(("ORD-", "SO-", "PO#", "order-", "INV-")) + str(r(100000, 9999999))
        case "ver":
            return f"{r(0, 12)}.{r(0, 30)}.{r(0, 40)}" + rng.choice(("", "", "-rc.1", "-beta.2"))
        case "sha":
            return sha(rng, rng.choice((7, 8, 12, 40)))
        case "ticket":
            return rng.choice(("JIRA-", "OPS-", "INC", "SR-", "PLAT-", "SEC-", "HD-")) + str(
                r(100, 99999)
            )
        case "track":
            return rng.choice(("1Z", "TRK", "JD", "LX")) + "".join(
                rng.choice(string.ascii_uppercase + string.digits) for _ in range(r(10, 16))
            )
        case "uuid":
            return f"{sha(rng, 8)}-{sha(rng, 4)}-4{sha(rng, 3)}-a{sha(rng, 3)}-{sha(rng, 12)}"
        case "int":
            return str(r(2, 9999))
        case "ms":
            return str(r(3, 4800))
        case "port":
            return str(rng.choice((80, 443, 5432, 6379, 8080, 8443, 9092, 3000)))
        case "price":
            return rng.choice(("$", "€", "£", "")) + f"{r(1, 4999)}.{r(0, 99):02d}"
        case "pct":
            return f"{r(1, 99)}.{r(0, 9)}%"
        case "date":
            return f"20{r(23, 26)}-{r(1, 12):02d}-{r(1, 28):02d}"
        case "time":
            return f"{r(0, 23):02d}:{r(0, 59):02d}"
        case "ts":
            return f"20{r(23, 26)}-{r(1, 12):02d}-{r(1, 28):02d}T{r(0, 23):02d}:{r(0, 59):02d}:{r(0, 59):02d}Z"
        case "product":
            return rng.choice(PRODUCTS)
        case "brand":
            return rng.choice(BRANDS)
        case "company":
            return rng.choice(COMPANIES)
        case "codename":
            return rng.choice(CODENAMES)
        case "team":
            return rng.choice(TEAMS)
        case "role":
            return rng.choice(ROLES)
        case "room":
            return rng.choice(ROOMS)
        case "vessel":
            return rng.choice(SHIPS_HORSES_PETS)
        case "colour":
            return rng.choice(COLOURS)
        case "food":
            return rng.choice(FOODS)
        case "holiday":
            return rng.choice(HOLIDAYS)
        case "weekday":
            return rng.choice(WEEKDAYS)
        case "month":
            return rng.choice(MONTHS)
        case "heading":
            return rng.choice(HEADINGS)
        case "camel":
            return rng.choice(CAMEL)
        case "svc":
            return rng.choice(SERVICES)
        case "thing":
            return rng.choice(WORDS_AS_THINGS)
        case "env":
            return rng.choice(("prod", "staging", "dev", "qa", "canary", "sandbox"))
        case "host":
            return f"{rng.choice(SERVICES)}-{sha(rng, 5)}.{rng.choice(('internal', 'svc.cluster.local', 'corp.lan'))}"
        case "pod":
            return f"{rng.choice(SERVICES)}-{sha(rng, 9)}-{sha(rng, 5)}"
        case "branch":
            return rng.choice(("feature/", "fix/", "chore/", "hotfix/")) + rng.choice(
                (
                    "retry-backoff",
                    "csv-export",
                    "sso-login",
                    "rate-limit",
                    "null-check",
                    "bump-deps",
                )
            )
        case "pr":
            return str(r(10, 9999))
        case "hostip":  # a version-like decoy that is not an IP
            return f"v{r(1, 9)}.{r(0, 20)}.{r(0, 99)}"
        case "lvl":
            return rng.choice(("INFO", "WARN", "ERROR", "DEBUG"))
        case "status":
            return str(
                rng.choice((200, 201, 204, 301, 400, 401, 403, 404, 409, 422, 500, 502, 503))
            )
        case "method":
            return rng.choice(("GET", "POST", "PUT", "PATCH", "DELETE"))
        case "path":
            return rng.choice(("/api/v2/orders", "/v1/users/me", "/healthz", "/login", "/api/invoices",
                               "/graphql", "/v3/tickets", "/oauth/token"))  # fmt: skip
        case "line":
            return str(r(12, 980))
    raise ValueError(f"unknown decoy {kind!r}")
