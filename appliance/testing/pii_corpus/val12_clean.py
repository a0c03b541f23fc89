"""Clean templates of val12 (no personal data at all), in every shape of the part.

Written by hand by val12's author, blind to every other part of the corpus (only
`__init__.py` and `validity.py` were read). They are hard decoys: things named like people
that are not people (brands, characters, mascots, bots, dishes, drinks, apple and grape
varieties, colours, perfumes, dance styles, ships, racehorses, storms, awards, laws,
diseases, theorems, product lines, codenames, hosts) and numbers that look like phones,
cards or accounts but are orders, tracking codes, ISBNs and versions. Only `[[~kind]]`
filler slots are used, so nothing here is ever gold.
"""

from __future__ import annotations

TEMPLATES: tuple[tuple[str, str], ...] = (
    # chat
    (
        "chat",
        "Which finish hides fingerprints better on the fridge, Rose Gold or Graphite? "
        "Order [[~order]] hasn't shipped yet so I can still change it.",
    ),
    (
        "chat",
        "My daughter wants a Peppa Pig cake and a Bluey piñata for her party. Can you "
        "write a shopping list under [[~price]]?",
    ),
    (
        "chat",
        "Is the Amber alert level on the air quality dashboard worse than Yellow? The "
        "widget changed after v[[~ver]].",
    ),
    (
        "chat",
        "Explain Pythagoras' theorem to a ten-year-old using a pizza, then Fermat's Last "
        "Theorem in one sentence.",
    ),
    (
        "chat",
        "What's the difference between a Tom Collins, a John Collins and a Shirley "
        "Temple? Writing the mocktail menu for the bowling alley bar.",
    ),
    (
        "chat",
        "Our escape room has a Sherlock room and a Professor Moriarty room. Suggest five "
        "riddles for the Moriarty one, solvable in [[~n]] minutes.",
    ),
    (
        "chat",
        "Can a Granny Smith replace a Pink Lady in tarte Tatin? The toy library bake sale "
        "is on [[~date]].",
    ),
    (
        "chat",
        "Order [[~order]] says tracking [[~track]] but the courier site shows a "
        "different number, 0800 is their helpline prefix right? I just want the Le Creuset pan.",
    ),
    (
        "email",
        "Subject: Printing the detective season posters\n\nPlease print [[~n]]0 "
        "copies of the Poirot and Miss Marple posters, job [[~order]], by [[~date]].\n\nCinema "
        "marketing",
    ),
    (
        "notes",
        "Apple varieties for the zoo's fruit bats: Braeburn, Jazz, Honeycrisp, Cox's "
        "Orange Pippin. Perfume range for the gift shop: Daisy, Miss Dior, Angel.",
    ),
    (
        "review",
        "The Aeron chair is worth it. The Eames lounge copy from order [[~order]] squeaks. 3/5",
    ),
    # email
    (
        "email",
        "Subject: Stock for the gift shop\n\nHi all,\n\nPlease reorder the Wallace & "
        "Gromit mugs (SKU [[~sku]]) and the Paddington plushies (SKU [[~sku2]]). Invoice "
        "[[~order]] is paid.\n\nThanks,\nRetail team",
    ),
    (
        "email",
        "Subject: Depot rota change\n\nFrom Monday the blue-bin rounds start at [[~time]] "
        "instead of 06:00. Vehicle fleet update v[[~ver]] is on the intranet.\n\nOperations",
    ),
    (
        "email",
        "Subject: Ticket [[~ticket]] closed\n\nThe Alexa skill for opening hours now "
        'answers "when does the library close". Build [[~hash]].\n\nDigital services',
    ),
    (
        "email",
        "Subject: Menu tasting\n\nFor the retirement home's summer menu we'll try Beef "
        "Wellington, eggs Benedict and a Caesar salad, with Bellini for the toast. Budget "
        "[[~price]] per head.\n\nCatering",
    ),
    # sms
    ("sms", "Your parcel [[~track]] is out for delivery today between [[~time]] and 18:00."),
    ("sms", "Cinema: 2x Dune Part Two, Screen [[~n]], [[~date]] [[~time]]. Booking [[~ref]]."),
    ("sms", "Storage: your unit payment of [[~price]] was received. Ref [[~order]]. Thank you!"),
    ("sms", "Blood bank: thank you for donating! Your next eligible date is [[~date]]."),
    # whatsapp
    (
        "whatsapp",
        "[[~date]], [[~time]] - Book Club: next month is The Count of Monte Cristo, "
        "bring snacks\n[[~date]], [[~time]] - Book Club: 👍",
    ),
    (
        "whatsapp",
        "Hiking group: storm warning for the weekend, Storm Ophelia or whatever "
        "they're calling it, trip moved to [[~date]]",
    ),
    (
        "whatsapp",
        "Choir group: rehearse the Hallelujah chorus and the Christmas cantata, page "
        "[[~n]]. Parking code [[~ref]].",
    ),
    # letter
    (
        "letter",
        "Dear Resident,\n\nFrom [[~date]] garden waste collections move to a "
        "fortnightly schedule. Your reference is [[~ref]].\n\nYours faithfully,\n\nWaste "
        "Services",
    ),
    (
        "letter",
        "Dear Customer,\n\nYour Tesla Model Y service appointment [[~ticket]] is "
        "confirmed for [[~date]] at [[~time]].\n\nKind regards,\nService Centre",
    ),
    (
        "letter",
        "To the Committee,\n\nThe Nobel Prize lecture screening drew [[~n]]0 visitors. "
        "We propose a Marie Curie evening next spring.\n\nProgramme Office",
    ),
    # form
    (
        "form",
        "RETURNS FORM\nOrder no: [[~order]]\nItem: Dyson V15 Detect\nReason: faulty "
        "battery\nTracking: [[~track]]",
    ),
    (
        "form",
        "ROOM BOOKING\nRoom: Jungle Temple\nPlayers: [[~n]]\nTime: [[~time]]\nPromo code: "
        "ESCAPE[[~n]]\nTotal: [[~price]]",
    ),
    (
        "form",
        "Paint order\nColour: Elephant's Breath\nFinish: eggshell\nQty: [[~n]] L\nBatch: [[~sku]]",
    ),
    (
        "form",
        "Lost item (no owner details yet)\nItem: blue Adidas Stan Smith trainers, size 9\n"
        "Found: platform 2, [[~date]]\nShelf: [[~sku]]",
    ),
    # review
    ("review", "★★★★☆ The Bosch washing machine is quiet but the Eco 40-60 cycle takes forever."),
    (
        "review",
        "The home kit jersey arrived with the wrong number; the customer service "
        "bot Max was useless.",
    ),
    ("review", "Loved the Starry Night immersive show, hated the queue. Tickets were [[~price]]."),
    ("review", "Chanel No. 5 smelled different from the tester. Batch [[~sku]]. 2/5"),
    # notes
    (
        "notes",
        "Zoo newsletter ideas:\n- Kimba the lion cub turns one\n- Aquarium's new "
        "Nautilus tank\n- penguin feeding moves to [[~time]]",
    ),
    (
        "notes",
        "Grape list for the wine night: Pinot Noir, Cabernet Sauvignon, Grüner "
        "Veltliner, Sauvignon Blanc. Budget [[~price]].",
    ),
    (
        "notes",
        "Dance class timetable: Zumba [[~time]], Salsa 18:00, Lindy Hop Thursdays, "
        "Iyengar yoga Sundays",
    ),
    (
        "notes",
        "Release notes v[[~ver]]: Project Jasper flag removed, Hermes queue retired, "
        "commit [[~hash]]",
    ),
    # transcript
    (
        "transcript",
        "AGENT: Thanks for calling, how can I help?\nCALLER: I bought the "
        "Ninja air fryer, order [[~order]], and it won't heat.\nAGENT: Let me check the "
        "batch number.",
    ),
    (
        "transcript",
        "GUIDE: On your left, the Mona Lisa replica. On your right, a bronze "
        "cast.\nVISITOR: Is the Louvre one bigger?\nGUIDE: Much.",
    ),
    (
        "transcript",
        "HOST: Welcome to Trivia Night! Round [[~n]]: which storm hit in "
        "2005, Katrina or Rita?\nTEAM: Katrina.",
    ),
    # ticket
    (
        "ticket",
        "[[~ticket]] | P2 | Kiosk build [[~ver]] crashes when the Mickey Mouse ears "
        "SKU [[~sku]] is scanned.",
    ),
    ("ticket", "[[~ticket]]: Parkinson's awareness banner is cropped on mobile. Commit [[~hash]]."),
    (
        "ticket",
        "Feature request: add Down syndrome and Asperger resources to the toy library "
        "catalogue filter.",
    ),
    # voice
    ("voice", "hey google add granny smith apples earl grey and oat milk to the shopping list"),
    ("voice", "remind me to renew the library books on [[~date]] and cancel the netflix trial"),
    ("voice", "what time does the aquarium open tomorrow and is the shark tunnel open"),
    # ocr
    (
        "ocr",
        "INVOICE [[~order]]\nQTY 2 ADIDAS SAMBA OG [[~price]]\nQTY 1 LEVI'S 501 "
        "[[~price2]]\nTOTAL DUE BY [[~date]]",
    ),
    ("ocr", "ADMIT ONE\nTHE LION KING\nSTALLS ROW F SEAT [[~n]]\n[[~date]] [[~time]]"),
    ("ocr", "PARKING PERMIT [[~ref]]\nZONE C\nVALID TO [[~date]]\nVEHICLE: FORD FIESTA"),
    # srt
    (
        "srt",
        "1\n00:00:01,000 --> 00:00:04,000\nPreviously on Downton Abbey...\n\n2\n"
        "00:00:04,500 --> 00:00:06,000\n[dramatic music]",
    ),
    (
        "srt",
        "5\n00:02:11,000 --> 00:02:13,400\nMario, the princess is in another castle!\n\n6\n"
        "00:02:13,500 --> 00:02:15,000\n[coin sound]",
    ),
    # json
    (
        "json",
        '{"order": "[[~order]]", "items": [{"name": "Earl Grey tea", "sku": "[[~sku]]"}, '
        '{"name": "Rose Gold kettle", "sku": "[[~sku2]]"}], "total": "[[~price]]"}',
    ),
    (
        "json",
        '{"bot": "Ask Ada", "version": "[[~ver]]", "intents": ["opening_hours", '
        '"renew_loan"], "fallback": "Sorry, I did not get that."}',
    ),
    (
        "json",
        '{"storm": "Ophelia", "category": 2, "advisory": "[[~ref]]"} - summarise for '
        "the transport status page",
    ),
    ("json", '{"racehorse": "Desert Orchid", "odds": "5/1", "race": "[[~n]]:30 handicap"}'),
    # csv
    (
        "csv",
        "sku,product,colour,price\n[[~sku]],Stanley tumbler,Rose Quartz,[[~price]]\n"
        "[[~sku2]],Le Creuset pot,Volcanic,[[~price2]]",
    ),
    (
        "csv",
        "isbn,title,copies\n[[~isbn]],Harry Potter and the Goblet of Fire,3\n[[~isbn2]],Matilda,2",
    ),
    (
        "csv",
        "tracking,status,updated\n[[~track]],in transit,[[~date]]\n[[~track2]],delivered,"
        "[[~date2]]",
    ),
    # markdown_table
    (
        "markdown_table",
        "| Cocktail | Base |\n|---|---|\n| Bloody Mary | vodka |\n| Tom Collins "
        "| gin |\n| Margarita | tequila |",
    ),
    (
        "markdown_table",
        "| Host | Role | Version |\n|---|---|---|\n| gandalf-01 | db | "
        "[[~ver]] |\n| frodo-02 | cache | [[~ver2]] |",
    ),
    (
        "markdown_table",
        "| Award | Category |\n|---|---|\n| Pulitzer Prize | journalism |\n| "
        "Turing Award | computing |\n| Fields Medal | mathematics |",
    ),
    # html
    (
        "html",
        "<h2>Meet Captain Pinecone!</h2><p>Our camp mascot returns on [[~date]]. "
        "Tickets [[~price]].</p>",
    ),
    (
        "html",
        "<ul><li>Halley's Comet night</li><li>Newton's cradle workshop</li><li>Tesla coil "
        "demo</li></ul>",
    ),
    ("html", '<button data-sku="[[~sku]]">Add Ben &amp; Jerry\'s Cookie Dough</button>'),
    # xml
    (
        "xml",
        "<product><line>Hugo Boss Bottled</line><size>100ml</size><ean>[[~order]]</ean></product>",
    ),
    ("xml", '<ship name="Queen Mary 2" imo="9241061"><berth>[[~n]]</berth></ship>'),
    ("xml", '<release codename="Bartholomew" version="[[~ver]]" commit="[[~hash]]"/>'),
    # code
    (
        "code",
        "def dijkstra(graph, start):\n    # classic Dijkstra's algorithm, see ticket "
        "[[~ticket]]\n    dist = {start: 0}\n    return dist",
    ),
    (
        "code",
        'const BOT_NAME = "Clippy";\nconst VERSION = "[[~ver]]";\nexport default '
        "{ BOT_NAME, VERSION };",
    ),
    (
        "code",
        'class Bayes:\n    """Naive Bayes filter for the shelter\'s spam inbox."""\n'
        "    threshold = 0.[[~n]]",
    ),
    # log
    ("log", "[[~date]] [[~time]] INFO deploy service=jasper-api version=[[~ver]] sha=[[~hash]]"),
    ("log", "WARN printer=Brother-HL2350 queue=[[~n]] job=[[~order]] status=paper_jam"),
    ("log", "[[~date]] ERROR bot=Alexa-skill intent=RenewLoan latency_ms=[[~n]]00"),
    # yaml
    ("yaml", "service: hermes\nreplicas: [[~n]]\nimage: registry.local/hermes:[[~ver]]"),
    ("yaml", "theme:\n  primary: Cornflower Blue\n  accent: Rose Gold\n  font: Gill Sans"),
    # toolcall
    ("toolcall", 'call search_catalogue({"query": "Matilda box set", "isbn": "[[~isbn]]"})'),
    ("toolcall", 'get_order_status(order_id="[[~order]]", carrier_tracking="[[~track]]")'),
    ("toolcall", 'call book_lane({"lane": [[~n]], "time": "[[~time]]", "bumpers": true})'),
    # sql
    ("sql", "SELECT sku, name FROM products WHERE name LIKE '%Wellington%' AND price < [[~n]];"),
    ("sql", "UPDATE releases SET codename = 'Hermione' WHERE version = '[[~ver]]';"),
    # ics
    ("ics", "BEGIN:VEVENT\nSUMMARY:Harry Potter quiz night\nDTSTART:20250607T190000\nEND:VEVENT"),
    (
        "ics",
        "BEGIN:VEVENT\nSUMMARY:Sprint review - Project Jasper\nDESCRIPTION:Ticket "
        "[[~ticket]]\nEND:VEVENT",
    ),
    # vcard
    (
        "vcard",
        "BEGIN:VCARD\nVERSION:3.0\nFN:Sparky the Fire Dog\nNOTE:mascot, no contact "
        "details\nEND:VCARD",
    ),
    # latex
    (
        "latex",
        "\\begin{theorem}[Cauchy--Schwarz]\nFor all vectors $u, v$: $|\\langle u,v "
        "\\rangle| \\le \\|u\\|\\|v\\|$.\n\\end{theorem}",
    ),
    (
        "latex",
        "\\section{Results}\nThe Kaplan--Meier curve and Pearson correlation "
        "($r=0.[[~n]]$) are in Table~[[~n]].",
    ),
)
