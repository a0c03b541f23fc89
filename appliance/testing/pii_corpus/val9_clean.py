"""Clean templates of val9, a blind part of the labelled PII corpus: prompts with no personal
data at all, written by hand without reading the other parts.

They hold hard decoys instead: brands, shops and products that carry a person's name (Tesla,
Ben & Jerry's, Jo Malone), fictional and game characters, mascots, assistants and bots,
dishes, drinks, cocktails, grape and apple varieties, paint colours, perfume lines, yoga
styles, ships, racehorses, storms, awards, laws, diseases and theorems named after people,
codenames and hostnames, and numbers that look like phones, cards or accounts but are order
numbers, tracking codes, ISBNs and versions (val9_values' decoys). No person, place, e-mail
address or phone number stands in any of them.
"""

from __future__ import annotations

from appliance.testing.pii_corpus.val9_gen import Template, templates

ROWS: list[tuple[str, str]] = [
    # ---- chat ----
    (
        "chat",
        "Does my home insurance cover a Dyson V15 that died after a power surge? Policy «ref», claim would be about «price».",
    ),
    (
        "chat",
        "Explain the difference between an excess and a deductible for a Porsche Macan owner. Keep it to 5 bullet points.",
    ),
    (
        "chat",
        "We're a letting agency. Draft a mould-prevention leaflet for tenants, friendly tone, mention the Bosch dehumidifiers we lend out.",
    ),
    (
        "chat",
        "My router (Archer AX55, firmware «ver») keeps rebooting. Order «ord» was the replacement. What logs should I check?",
    ),
    (
        "chat",
        "Give me a planting calendar for Granny Smith and Pink Lady apple trees, plus a note on fireblight.",
    ),
    (
        "chat",
        "Our bakery wants to name three new cakes after famous desserts: Pavlova, Peach Melba and Sachertorte are taken. Suggest alternatives.",
    ),
    (
        "chat",
        "Is Tom Collins or Bloody Mary the better brunch cocktail for a wine bar that mostly sells Malbec and Grenache?",
    ),
    (
        "chat",
        "Explain Dijkstra's algorithm like I'm a ride-hailing dispatcher choosing the fastest route.",
    ),
    (
        "chat",
        "Write a job ad for a Kubernetes engineer at a freelancing platform. Stack: Go «ver», Postgres, Kafka. Salary band «price»–«price».",
    ),
    (
        "chat",
        "Which is better for a first car, a Ford Fiesta or a Škoda Fabia? Budget «price», mostly short trips.",
    ),
    (
        "chat",
        "I'm listing a Barbie Dreamhouse and a LEGO Millennium Falcon on a second-hand marketplace. Write both listings.",
    ),
    ("chat", "What's Murphy's law and how does it apply to release day? We ship «ver» on «date»."),
    (
        "chat",
        "Summarise Parkinson's law for a team that keeps missing sprint goals. Ticket «tkt» is the latest example.",
    ),
    ("chat", "Compare Iyengar, Ashtanga and Vinyasa yoga for a beginner with a stiff back."),
    (
        "chat",
        "Help me choose between Chanel No. 5 and Miss Dior as a gift. I only know she likes powdery scents.",
    ),
    ("chat", "Can Alexa and Siri both control Philips Hue lights at once, or will they fight?"),
    (
        "chat",
        "In Zelda: Tears of the Kingdom, where does Link find the Master Sword? No spoilers beyond that please.",
    ),
    (
        "chat",
        "Is Mario Kart 8 or Sonic Racing better for a 7-year-old? Both are on sale, order «ord».",
    ),
    (
        "chat",
        "Explain how Bayes' theorem helps a fraud team flag suspicious card transactions, with a toy example.",
    ),
    (
        "chat",
        "I run a tax-prep office. Write a checklist for clients who sold crypto this year; mention Form 8949 and the wash-sale debate.",
    ),
    (
        "chat",
        "What is a Marshall Plan-style approach to fixing a neglected codebase? Keep it light-hearted.",
    ),
    ("chat", "We sell Le Creuset and Staub cookware secondhand. How do I spot fakes?"),
    (
        "chat",
        "Which paint is warmer, Farrow & Ball Elephant's Breath or Skimming Stone? Room faces north.",
    ),
    (
        "chat",
        "My team codename is Jasper and the staging host is amber-db-02. Suggest names for the next two services in the same theme.",
    ),
    # ---- email ----
    (
        "email",
        "Subject: Claim «ref» – update\n\nHello,\n\nThe assessor has approved the repair of the Tesla Model 3 bumper. Payment of «price» will follow within 5 working days.\n\nClaims Team",
    ),
    (
        "email",
        "Subject: New arrivals\n\nDear readers,\n\nThis month: the Booker Prize shortlist, a new Paddington picture book (ISBN «isbn») and Jane Eyre in a cloth edition.\n\nThe Bookshop Team",
    ),
    (
        "email",
        "Subject: Price list «date»\n\nHi all,\n\nAttached: new wholesale prices for Merlot, Tempranillo and Riesling. Pinot Noir is up «price» per case. Order ref «ord».\n\nSales",
    ),
    (
        "email",
        "Subject: Fixture change\n\nSupporters,\n\nThe home game moves to «date», kick-off «time». Season tickets stay valid. The Stanley Cup replica will be on display in the fan shop.\n\nFan Services",
    ),
    (
        "email",
        "Subject: Maintenance window\n\nThe billing API will be down on «date» from «time» for the Postgres «ver» upgrade. Change ticket «tkt».\n\nPlatform Team",
    ),
    (
        "email",
        "Subject: Recall notice – toy «sku»\n\nDear customer,\n\nThe Buzz Lightyear launcher (batch «ord») may shed small parts. Please stop using it and return it for a full refund.\n\nCustomer Care",
    ),
    (
        "email",
        "Subject: Your cosmetics order\n\nThanks for ordering the Estée Lauder Advanced Night Repair serum and Jo Malone Wood Sage & Sea Salt. Tracking: «trk».\n\nBeauty Desk",
    ),
    # ---- sms / whatsapp ----
    ("sms", "Your order «ord» has shipped. Track: «trk». Reply HELP for help."),
    ("sms", "Reminder: MOT for your Ford Focus is due «date». Book online or reply BOOK."),
    ("sms", "Your ride is arriving: white Toyota Corolla. Trip «tkt». Enjoy!"),
    (
        "sms",
        "Tickets for Les Misérables on «date»: gates open «time». Show this code at entry: «hash».",
    ),
    (
        "sms",
        "AMBER weather alert for tomorrow. Storm Babet remnants: expect delays on all deliveries. Ref «ref».",
    ),
    (
        "whatsapp",
        "[«date», «time»] Dad: did the Bosch drill come back from repair?\n[«date», «time»] Me: yes, order «ord», all fixed\n[«date», «time»] Dad: 👍",
    ),
    (
        "whatsapp",
        "Book club 📚\nQ: next month Hercule Poirot or Miss Marple?\nA: Poirot, obviously\nQ: ok Murder on the Orient Express it is",
    ),
    (
        "whatsapp",
        "Allotment group 🌱\n- who has the Honeycrisp cuttings?\n- in the shed, shelf 2\n- also the Rose Gold watering can is broken again",
    ),
    (
        "whatsapp",
        "Team kit order closes «date». Sizes to me by tonight. Price «price» incl. printing. Captain's armband is extra.",
    ),
    # ---- letter ----
    (
        "letter",
        "Dear Policyholder,\n\nYour renewal for policy «ref» is due on «date». The premium is «price». No action is needed if you pay by direct debit.\n\nYours faithfully,\nThe Underwriting Team",
    ),
    (
        "letter",
        "Dear Resident,\n\nThe lifts in Block C will be serviced on «date». The Otis engineers expect the work to take two days. We apologise for the inconvenience.\n\nProperty Management",
    ),
    (
        "letter",
        "To the Permits Office,\n\nWe request an extension of permit «ref» for the scaffolding at unit «n». The Hilti anchors failed inspection and are being replaced.\n\nSite Management",
    ),
    (
        "letter",
        "Dear Customer,\n\nThank you for your bank visit. Your new debit card will arrive within 7 days. For security we never ask for your PIN.\n\nBranch Services",
    ),
    # ---- form / ocr ----
    (
        "form",
        "RETURN FORM\nOrder: «ord»\nItem: Dr. Martens 1460 boots, size 42\nReason: wrong colour (Cherry Red)\nRefund method: original payment",
    ),
    (
        "form",
        "Vehicle check-in\nMake/model: Mercedes-Benz C-Class\nMileage: «n»,412\nJob: brake fluid, «sku»\nPromised: «date» «time»",
    ),
    (
        "form",
        "Permit application – fields to fill\nProject name: ____\nPermit type: Change of use\nReference: «ref»\nFee: «price»",
    ),
    (
        "form",
        "Fan survey\nFavourite player: ____\nFavourite kit: Home / Away / Third\nWould you buy the retro Jules Rimet shirt? Y/N",
    ),
    (
        "ocr",
        "RECEIPT\nCRUMB & CORK\n1 x FLAT WHITE 3.20\n1 x EGGS BENEDICT 9.50\n1 x CAESAR SALAD 8.90\nTOTAL «price»\nORDER «ord»",
    ),
    ("ocr", "WARRANTY CARD\nMODEL BRAUN SERIES 9\nSERIAL «sku»\nPURCHASED «date»\nKEEP THIS CARD"),
    ("ocr", "TICKET\nROMEO AND JULIET\nSTALLS ROW F SEAT «n»\n«date» «time»\nCODE «hash»"),
    # ---- review ----
    (
        "review",
        "★★★★☆ The Arnold Palmer here is great and the Margherita is the best in town. Slow service on Saturday.",
    ),
    (
        "review",
        "Bought the Tom Ford Oud Wood tester. Lasts all day. Packaging dented (order «ord»).",
    ),
    ("review", "The Geralt figure is beautiful but the sword snapped in a week. 3/5."),
    (
        "review",
        "1/5 – the Cadbury advent calendar arrived melted. Support ticket «tkt» still open.",
    ),
    ("review", "Perfect Peppa Pig party set. Kids loved George's dinosaur. Arrived in 2 days."),
    # ---- notes ----
    (
        "notes",
        "Standup «date»\n- billing: Kalman filter experiment for ETA, still noisy\n- mobile: «ver» in review\n- blocker: «tkt»",
    ),
    (
        "notes",
        "Wine shop restock\n- Malbec x 12\n- Grenache x 6\n- Zinfandel x 6\n- check price of Veuve Clicquot",
    ),
    (
        "notes",
        "Toy shop window ideas: Sylvanian Families village, Paddington display, Harry Potter Lego castle, Polly Pocket corner.",
    ),
    (
        "notes",
        "Underwriting notes\n- claim «ref»: hail, roof\n- vehicle: Lamborghini Urus (needs specialist)\n- reserve «price»",
    ),
    # ---- transcript ----
    (
        "transcript",
        "AGENT: Thanks for calling. How can I help?\nCALLER: My broadband has been dropping since the «ver» update.\nAGENT: I'll run a line test now.\nCALLER: Thanks.",
    ),
    (
        "transcript",
        "HOST: Tonight we're tasting Pinot Noir against Merlot.\nGUEST: And a surprise: a Zinfandel from the back shelf.\nHOST: Let's begin.",
    ),
    (
        "transcript",
        "Q: What does Moore's law mean for our hardware budget?\nA: Less than it used to. Plan for «price» per node.\nQ: And the Ryzen refresh?\nA: Next quarter.",
    ),
    # ---- ticket ----
    ("ticket", "«tkt» | Bug: Mario Kart leaderboard shows wrong times after «ver»"),
    (
        "ticket",
        "«tkt» Refund request: Taylor-made golf driver arrived cracked. Order «ord», value «price».",
    ),
    (
        "ticket",
        "«tkt» App store review flagged: 'Clippy Returns' mod uses a trademarked assistant name. Please rename before «date».",
    ),
    ("ticket", "«tkt» Concert ticket resale blocked for order «ord»: duplicate barcode «hash»."),
    (
        "ticket",
        "Ticket «tkt» – Loyalty points not credited for the Jimmy Choo purchase (order «ord», «price»).",
    ),
    # ---- voice ----
    ("voice", "add earl grey tea and two granny smith apples to the shopping list"),
    (
        "voice",
        "whats the weather tomorrow and remind me to renew the car insurance before the first",
    ),
    ("voice", "play the lo-fi beats playlist in the kitchen and set a timer for the sourdough"),
    (
        "voice",
        "how long does a cherry tree take to fruit and does the honeycrisp need a pollinator",
    ),
    # ---- json ----
    (
        "json",
        '{"order": "«ord»", "items": [{"sku": "«sku»", "name": "Ben & Jerry\'s Cookie Dough", "qty": 2}], "tracking": "«trk»"}',
    ),
    (
        "json",
        '{"product": "Jo Malone English Pear & Freesia", "size_ml": 100, "price": "«price»", "version": "«ver»"}',
    ),
    (
        "json",
        '{"claim": "«ref»", "status": "approved", "vehicle": {"make": "Ford", "model": "Mustang Mach-E"}, "amount": "«price»"}',
    ),
    (
        "json",
        '{"character": "Lara Croft", "game": "Tomb Raider", "dlc": ["Shadow", "Cold Darkness"], "patch": "«ver»"}',
    ),
    (
        "json",
        '{"ticket": "«tkt»", "assistant": "Cortana", "intent": "cancel_subscription", "confidence": 0.91}',
    ),
    # ---- csv ----
    (
        "csv",
        "sku,product,price\n«sku»,Tesla Wall Connector,«price»\n«sku»,Bosch Serie 6 dishwasher,«price»\n«sku»,Miele Triflex,«price»",
    ),
    (
        "csv",
        "isbn,title,stock\n«isbn»,Anne of Green Gables,4\n«isbn»,Matilda,12\n«isbn»,Sherlock Holmes: The Complete Stories,2",
    ),
    (
        "csv",
        "horse,race,odds\nRed Rum,Grand National replay,5/1\nSeabiscuit,Match Race,3/1\nShergar,Triple Crown,7/2",
    ),
    ("csv", "order_id,tracking,amount\n«ord»,«trk»,«price»\n«ord»,«trk»,«price»"),
    # ---- markdown_table ----
    (
        "markdown_table",
        "| Cocktail | Base | Price |\n|---|---|---|\n| Tom Collins | Gin | «price» |\n| Shirley Temple | none | «price» |\n| Bellini | sparkling wine | «price» |",
    ),
    (
        "markdown_table",
        "| Award | Category |\n|---|---|\n| Pulitzer | Fiction |\n| Grammy | Album |\n| Emmy | Drama |",
    ),
    (
        "markdown_table",
        "| Service | Owner team | Version |\n|---|---|---|\n| athena-api | Payments | «ver» |\n| hermes-queue | Platform | «ver» |",
    ),
    (
        "markdown_table",
        "| Apple | Use |\n|--|--|\n| Granny Smith | Baking |\n| Pink Lady | Eating |\n| Golden Delicious | Sauce |",
    ),
    # ---- html ----
    (
        "html",
        "<h2>Autumn Collection</h2><ul><li>Marc Jacobs Daisy – «price»</li><li>Carolina Herrera Good Girl – «price»</li></ul>",
    ),
    (
        "html",
        '<div class="product"><h3>Hugo Boss Bottled</h3><span class="sku">«sku»</span><button>Add to basket</button></div>',
    ),
    ("html", "<p>Order <b>«ord»</b> ships on «date». Track it with <code>«trk»</code>.</p>"),
    (
        "html",
        "<table><tr><th>Storm</th><th>Alert</th></tr><tr><td>Otis</td><td>Amber</td></tr><tr><td>Babet</td><td>Red</td></tr></table>",
    ),
    # ---- xml ----
    ("xml", "<book><isbn>«isbn»</isbn><title>Winnie-the-Pooh</title><price>«price»</price></book>"),
    (
        "xml",
        '<vehicle vin-suffix="«sku»"><make>Citroën</make><model>C4</model><service due="«date»"/></vehicle>',
    ),
    ("xml", '<release codename="Bionic Beaver" version="«ver»"><build>«hash»</build></release>'),
    # ---- code ----
    (
        "code",
        "def levenshtein(a: str, b: str) -> int:\n    # classic DP, see Wagner–Fischer\n    ...\n\nassert levenshtein('kitten', 'sitting') == 3",
    ),
    (
        "code",
        "HOSTS = ['gandalf-01', 'gandalf-02', 'athena-db']\nfor h in HOSTS:\n    ping(h)  # ticket «tkt»",
    ),
    (
        "code",
        "class HuffmanNode:\n    def __init__(self, freq: int, char: str | None = None) -> None:\n        self.freq, self.char = freq, char",
    ),
    ("code", "const product = { name: 'Johnnie Walker Black', sku: '«sku»', price: «n».99 };"),
    (
        "code",
        "// Bloom filter for seen order ids like «ord»\nconst bf = new BloomFilter(1e6, 0.01);",
    ),
    # ---- log ----
    (
        "log",
        "«date» «time» INFO deploy: service=athena-api version=«ver» commit=«hash»\n«date» «time» WARN deploy: healthcheck slow (812 ms)",
    ),
    (
        "log",
        "[payments] order=«ord» amount=«price» status=captured\n[payments] order=«ord» amount=«price» status=refunded",
    ),
    ("log", "ERROR matchmaker: queue 'kratos-ranked' stalled after «n» s; build «ver»"),
    ("log", "courier-sync: parcel «trk» scanned at HUB-«n», next hop DEPOT-«n»"),
    # ---- yaml ----
    ("yaml", "service: hermes-queue\nversion: «ver»\nalerts:\n  level: amber\n  runbook: RB-«n»"),
    ("yaml", "product:\n  name: Rose Gold iPhone case\n  sku: «sku»\n  price: «price»"),
    (
        "yaml",
        "season:\n  league: Sunday League Division 2\n  trophy: Davis Cup replica\n  fixtures: «n»",
    ),
    # ---- toolcall ----
    ("toolcall", '{"tool": "track_parcel", "arguments": {"tracking_number": "«trk»"}}'),
    (
        "toolcall",
        '{"tool": "search_catalog", "arguments": {"query": "Estée Lauder Double Wear", "max_price": "«price»"}}',
    ),
    ("toolcall", '{"name": "get_order", "parameters": {"order_id": "«ord»"}}'),
    ("toolcall", 'call lookup_isbn(isbn="«isbn»")  # Goosebumps boxed set?'),
    # ---- sql ----
    (
        "sql",
        "SELECT sku, name FROM products WHERE brand IN ('Tesla', 'Ford', 'Porsche') AND price < «n»000;",
    ),
    ("sql", "UPDATE orders SET status = 'shipped' WHERE id = '«ord»';"),
    ("sql", "SELECT title FROM books WHERE isbn = '«isbn»' OR title LIKE '%Paddington%';"),
    # ---- srt ----
    (
        "srt",
        "1\n00:00:01,200 --> 00:00:03,000\nIt's-a me, Mario!\n\n2\n00:00:03,500 --> 00:00:05,000\nLet's-a go!",
    ),
    (
        "srt",
        "7\n00:01:12,000 --> 00:01:15,400\n[Narrator] The Queen Mary 2 left port at dawn.\n\n8\n00:01:16,000 --> 00:01:18,000\n[Music]",
    ),
    # ---- ics ----
    (
        "ics",
        "BEGIN:VEVENT\nSUMMARY:Sprint review «ver»\nLOCATION:Room Juniper\nDTSTART:20250314T140000\nEND:VEVENT",
    ),
    (
        "ics",
        "BEGIN:VEVENT\nSUMMARY:Wine tasting – Malbec & Merlot\nDESCRIPTION:Tickets «price»\nEND:VEVENT",
    ),
    # ---- vcard ----
    (
        "vcard",
        "What does each line mean?\nBEGIN:VCARD\nVERSION:4.0\nFN:Pixelforge Support Bot\nORG:Pixelforge Games\nURL:https://pixelforge.games/help\nEND:VCARD",
    ),
    ("vcard", "BEGIN:VCARD\nFN:Clippy\nNOTE:Assistant mascot, version «ver»\nEND:VCARD"),
    # ---- latex ----
    (
        "latex",
        "\\begin{theorem}[Pythagoras]\n$a^2 + b^2 = c^2$\n\\end{theorem}\nProve it using Euler's formula as well.",
    ),
    (
        "latex",
        "\\section{Gaussian blur}\nWe apply a Gaussian kernel and a Fourier transform; see Table~\\ref{tab:«n»}.",
    ),
]

CLEAN: list[Template] = templates("v9c", ROWS)
