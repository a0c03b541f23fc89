"""Clean templates for val19 (no personal data at all) and the decoy things that clean and
personal prompts share: brands, shops and products that carry a person's name, fictional
and game characters, mascots and bots, dishes, drinks and cocktails, grape, apple and rose
varieties, paint colours, perfumes, yoga and dance styles, ships, racehorses, storms,
awards, laws, diseases and theorems named after people, codenames and hostnames. None of
them is a PERSON or a LOCATION under the corpus's conventions.

Written by hand and blind (the author read only the package's `__init__.py` and
`validity.py`). Slots are explained in `val19_gen`; in a clean template every slot is a
decoy.
"""

from __future__ import annotations

from appliance.testing.pii_corpus.val19_gen import Template as T


def _t(*items: str) -> tuple[str, ...]:
    return tuple(items)


THINGS: dict[str, tuple[str, ...]] = {
    "brand": _t(
        "Tesla",
        "Ford",
        "Bosch",
        "Ben & Jerry's",
        "Dell",
        "Porsche",
        "Ferrari",
        "Cadbury",
        "Heinz",
        "Kellogg's",
        "Levi's",
        "Boeing",
        "Chanel",
        "Gucci",
        "Michelin",
        "Philips",
        "McDonald's",
        "Wendy's",
        "Tim Hortons",
        "Dr. Martens",
        "Jack Daniel's",
        "Hugo Boss",
        "Ralph Lauren",
        "Tommy Hilfiger",
        "Calvin Klein",
        "Ted Baker",
        "John Lewis",
        "Sainsbury's",
        "Betty Crocker",
        "Sara Lee",
        "Mrs Fields",
        "Dyson",
        "Hasselblad",
        "Siemens",
        "Peugeot",
        "Renault",
        "Citroën",
        "Marks & Spencer",
        "Harvey Nichols",
        "Jo Malone",
        "Le Creuset",
        "Lamborghini",
        "Hewlett-Packard",
        "Walt Disney",
    ),
    "fict": _t(
        "Sherlock Holmes",
        "Hermione Granger",
        "Lara Croft",
        "Geralt of Rivia",
        "Master Chief",
        "Arthur Morgan",
        "Samus Aran",
        "Bilbo Baggins",
        "Elizabeth Bennet",
        "Jay Gatsby",
        "Atticus Finch",
        "Homer Simpson",
        "Peppa Pig",
        "Paddington",
        "Miss Marple",
        "Hercule Poirot",
        "Captain Nemo",
        "Ebenezer Scrooge",
        "Dorian Gray",
        "Tony Stark",
        "Bruce Wayne",
        "Princess Peach",
        "Luigi",
        "Zelda",
        "Kratos",
        "Aloy",
        "Cloud Strife",
        "Tifa Lockhart",
        "Commander Shepard",
        "Ellie Williams",
        "Jon Snow",
        "Walter White",
    ),
    "mascot": _t(
        "Ronald McDonald",
        "Colonel Sanders",
        "Mr. Peanut",
        "Tony the Tiger",
        "Bibendum",
        "the Duolingo owl",
        "Captain Birdseye",
        "Aunt Bessie",
        "the Pillsbury Doughboy",
    ),
    "bot": _t("Alexa", "Siri", "Cortana", "Clippy", "Jeeves", "Jarvis", "Marvin", "Cleo", "Ada"),
    "dish": _t(
        "Eggs Benedict",
        "Caesar salad",
        "Peach Melba",
        "Pavlova",
        "pizza Margherita",
        "Chicken à la King",
        "Oysters Rockefeller",
        "Sachertorte",
        "Crêpes Suzette",
        "Bananas Foster",
        "Garibaldi biscuits",
        "Battenberg cake",
        "beef Stroganoff",
        "Lobster Thermidor",
        "Carpaccio",
        "Nachos",
        "Waldorf salad",
        "Shepherd's pie",
    ),
    "drink": _t(
        "Bloody Mary",
        "Tom Collins",
        "Shirley Temple",
        "Arnold Palmer",
        "Rob Roy",
        "Harvey Wallbanger",
        "Bellini",
        "Negroni",
        "Earl Grey",
        "Lady Grey",
        "Dr Pepper",
        "John Collins",
        "Rossini",
        "Americano",
    ),
    "grape": _t(
        "Pinot Noir",
        "Cabernet Sauvignon",
        "Müller-Thurgau",
        "Grüner Veltliner",
        "Merlot",
        "Sangiovese",
        "Zinfandel",
        "Carménère",
        "Tempranillo",
        "Chardonnay",
        "Malbec",
    ),
    "apple": _t(
        "Granny Smith",
        "Pink Lady",
        "Cox's Orange Pippin",
        "Braeburn",
        "Jonagold",
        "Golden Delicious",
        "Honeycrisp",
        "Egremont Russet",
        "Discovery",
        "Worcester Pearmain",
    ),
    "rose": _t(
        "Gertrude Jekyll",
        "Graham Thomas",
        "Lady of Shalott",
        "Munstead Wood",
        "Queen Elizabeth",
        "Boscobel",
        "Olivia Rose Austin",
        "Darcey Bussell",
        "Peace",
    ),
    "paint": _t(
        "Rose Gold",
        "Amber Glow",
        "Hague Blue",
        "Elephant's Breath",
        "Sulking Room Pink",
        "Ruby Red",
        "Olive Grove",
        "Sage Whisper",
        "Hazel Mist",
        "Ivory Lace",
        "Violet Dusk",
        "Jade Lagoon",
        "Pearl Grey",
        "Holly Berry",
        "Heather Mist",
        "Jasper Slate",
    ),
    "perfume": _t(
        "Chanel No. 5",
        "Miss Dior",
        "Daisy by Marc Jacobs",
        "Coco Mademoiselle",
        "Angel by Mugler",
        "Black Opium",
        "Baccarat Rouge 540",
        "Light Blue",
        "J'adore",
    ),
    "style": _t(
        "Iyengar yoga",
        "Ashtanga",
        "Bikram yoga",
        "Kundalini",
        "Pilates",
        "Feldenkrais",
        "the Vaganova method",
        "Graham technique",
        "Lindy Hop",
        "Zumba",
        "the Cecchetti method",
    ),
    "ship": _t(
        "Queen Mary 2",
        "Cutty Sark",
        "HMS Victory",
        "the Mayflower",
        "RRS Sir David Attenborough",
        "Boaty McBoatface",
        "MV Ocean Explorer",
    ),
    "horse": _t(
        "Frankel",
        "Red Rum",
        "Seabiscuit",
        "Secretariat",
        "Desert Orchid",
        "Kauto Star",
        "Sea The Stars",
        "Winx",
        "Black Caviar",
        "Arkle",
    ),
    "storm": _t(
        "Storm Babet",
        "Storm Eunice",
        "Hurricane Katrina",
        "Storm Dudley",
        "Typhoon Haiyan",
        "Hurricane Otis",
        "Storm Isha",
        "Storm Arwen",
    ),
    "award": _t(
        "Nobel Prize",
        "Pulitzer",
        "Booker Prize",
        "Turner Prize",
        "Fields Medal",
        "Ballon d'Or",
        "Heisman Trophy",
        "Stirling Prize",
        "Stanley Cup",
        "Davis Cup",
        "Ryder Cup",
        "Webby Award",
        "Oscar",
    ),
    "law": _t(
        "Megan's Law",
        "Sarbanes-Oxley",
        "Dodd-Frank",
        "Martyn's Law",
        "Moore's law",
        "Murphy's law",
        "Godwin's law",
        "Hooke's law",
    ),
    "disease": _t(
        "Alzheimer's",
        "Parkinson's",
        "Crohn's disease",
        "Hodgkin lymphoma",
        "Tourette syndrome",
        "Hashimoto's thyroiditis",
        "Raynaud's",
        "Bell's palsy",
    ),
    "theorem": _t(
        "Pythagoras' theorem",
        "Fermat's Last Theorem",
        "Bayes' theorem",
        "Noether's theorem",
        "Dijkstra's algorithm",
        "Euler's identity",
        "a Gaussian blur",
        "a Kalman filter",
        "Levenshtein distance",
        "a Fourier transform",
        "a Markov chain",
        "Bézier curves",
        "a Bloom filter",
        "Huffman coding",
        "Tarjan's algorithm",
    ),
    "product": _t(
        "Galaxy S24",
        "iPhone 15 Pro",
        "ThinkPad X1 Carbon",
        "Model Y",
        "Aeron chair",
        "KitchenAid Artisan",
        "Dyson V15",
        "Vitamix E310",
        "Brompton C Line",
        "Ninja Foodi",
        "Kindle Paperwhite",
        "Pixel 8",
        "PlayStation 5",
        "Instax Mini 12",
        "Leica Q3",
        "Canon EOS R6",
        "Fujifilm X-T5",
        "Moccamaster",
        "Stanley Quencher",
        "Converse Chuck Taylor",
        "Air Jordan 1",
        "Ford Fiesta",
        "Tesla Model 3",
        "Porsche Taycan",
        "Mercedes-Benz Sprinter",
        "Peugeot 208",
    ),
    "codename": _t(
        "Project Jasper",
        "Operation Nightjar",
        "Hopper",
        "Blackwell",
        "Lovelace",
        "Turing",
        "Bookworm",
        "Noble Numbat",
        "Sonoma",
        "Raptor Lake",
        "Jenkins",
        "Django",
        "Ruby",
        "Julia",
        "Pascal",
        "Haskell",
        "Kotlin",
        "Ada",
    ),
    "host": _t(
        "db-prod-hopper",
        "turing-07",
        "bastion-ada-01",
        "charger-ev-114",
        "dock-node-22",
        "web-fermi-3",
        "cache-babbage",
        "ingest-curie-2",
        "edge-tesla-9",
        "build-noether",
    ),
    "team": _t(
        "Team Falcon",
        "Platform Squad",
        "the Otters",
        "Riverside Rovers FC",
        "Harriers AC",
        "Red Kites",
        "the Night Owls",
        "Kestrels RC",
        "Blue Herons",
    ),
    "route": _t(
        "Marvin the Paranoid Android",
        "Lara's Traverse",
        "Crimpy McCrimpface",
        "Dr. Strangelove",
        "Sloper Tuesday",
        "the Gandalf Arete",
    ),
    "boat": _t("Sea Biscuit", "Wind Dancer", "Salty Dog", "Boaty Two", "Kestrel", "Mischief"),
    "box": _t(
        "Snack Attack",
        "Brew Crew",
        "Little Sprouts",
        "Curiosity Crate",
        "Bloom & Wild",
        "Cheese Club",
        "Sock of the Month",
    ),
    "kit": _t(
        "Family Classic",
        "Veggie Four",
        "Quick & Easy",
        "Lean & Green",
        "Date Night",
        "Fiesta Friday",
    ),
    "venue": _t(
        "The Old Granary",
        "Kestrel Hall",
        "The Boathouse",
        "Orangery",
        "The Glasshouse",
        "Mill Barn",
        "The Tithe Barn",
        "Long Gallery",
    ),
    "paper": _t("350gsm cotton", "Conqueror laid", "recycled kraft", "300gsm silk"),
    "book": _t(
        "The Lost Rivers of Industry",
        "Bricks and Mortar",
        "A Field Guide to Moss",
        "Tide Tables and Tall Tales",
        "The Quiet Orchard",
    ),
    "garage": _t("AutoCare", "Spark & Sons", "QuickFit Centre", "Tyre Town", "Gearbox Garage"),
    "race": _t("Spring Half", "Harbour 10K", "Midnight Mile", "Trail Ultra 50", "Park Relay"),
    "month": _t("March", "April", "September", "October", "November"),
    "weekday": _t("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"),
}

TEMPLATES: list[T] = [
    # ---- chat ------------------------------------------------------------------------------
    T(
        "clean_chat_character",
        "chat",
        "Who would win in a fight, «fict» or «fict2»? Asking for my «brand» themed quiz night. "
        "Need «n» questions, medium difficulty.",
    ),
    T(
        "clean_chat_cocktail",
        "chat",
        "What's the difference between a «drink» and a «drink2»? Planning the bar menu for "
        "the «venue», budget «price» per head.",
    ),
    T(
        "clean_chat_paint",
        "chat",
        "Does «paint» go with «paint2» in a north-facing room? The tin code is «sku».",
    ),
    T(
        "clean_chat_apple",
        "chat",
        "Which keeps longer, «apple» or «apple2»? The allotment has «n» trees and plot «plot» "
        "gets the afternoon sun.",
    ),
    T(
        "clean_chat_theorem",
        "chat",
        "Explain «theorem» like I'm twelve, then show how it relates to «theorem2».",
    ),
    T(
        "clean_chat_horse",
        "chat",
        "Was «horse» better than «horse2»? My grandad keeps saying so. Give me stats.",
    ),
    T(
        "clean_chat_will_word",
        "chat",
        "Will the «product» fit in a «product2» box? If not, I will return it. Order «order».",
    ),
    T(
        "clean_chat_hope_word",
        "chat",
        "I hope the refund for «order» comes through by «weekday». Any grace period on the "
        "«box» subscription after I cancel?",
    ),
    T(
        "clean_chat_ops",
        "chat",
        "@here «host» is at «pct» disk again after the «codename» rollout («ver»). Rolling back "
        "to «ver2» unless someone objects in «dur».",
    ),
    # ---- email -----------------------------------------------------------------------------
    T(
        "clean_email_restock",
        "email",
        "Subject: Back in stock: «product»\n\nGood news! The «product» in «paint» is back. "
        "Use code SPRING«n» for «pct» off until «date». Order ref format: «order».\n\n"
        "Unsubscribe any time.",
    ),
    T(
        "clean_email_menu",
        "email",
        "Subject: Tasting menu v«n»\n\nStarter: «dish»\nMain: «dish2»\nDessert: «dish3»\n"
        "Wine: «grape»\nPrice per cover «price». Allergen sheet attached (rev «ver»).",
    ),
    T(
        "clean_email_release",
        "email",
        "Subject: Release «ver» is out\n\nHighlights: faster «theorem» in the matcher, the "
        "«codename» build pipeline, and a fix for ticket «ticket». Checksum «hash».",
    ),
    T(
        "clean_email_ill",
        "email",
        "Subject: Interlibrary loan policy change\n\nFrom «date», loans of items like "
        '"«book»" (ISBN «isbn») will be «n» weeks. Fees rise to «price» per request.',
    ),
    # ---- sms -------------------------------------------------------------------------------
    T(
        "clean_sms_delivery",
        "sms",
        "Your meal kit «kit» (box «order») arrives «weekday» between «time» and «time2». "
        "Track: «track»",
    ),
    T(
        "clean_sms_charging",
        "sms",
        "Charging complete: «kwh» delivered, cost «price». Session «hash». Thanks for using "
        "«host».",
    ),
    T(
        "clean_sms_gift",
        "sms",
        "Your «brand» gift card «giftcode» has a balance of «price». Expires «date».",
    ),
    T(
        "clean_sms_storm",
        "sms",
        "«storm» warning: sailing on «date» cancelled. Refunds automatic. Ref «ticket».",
    ),
    # ---- whatsapp --------------------------------------------------------------------------
    T(
        "clean_whatsapp_quiz",
        "whatsapp",
        "[«date», «time»] quiz team: tonight's theme is «fict» 😂\n[«date», «time2»] quiz "
        "team: I'm bringing «dish», someone get «drink» stuff",
    ),
    T(
        "clean_whatsapp_allotment",
        "whatsapp",
        "Reminder: water butts on plots «plot» to «plot2» are empty. The «apple» tree needs "
        "pruning. Meeting «weekday» «time» at the hut 🌱",
    ),
    T(
        "clean_whatsapp_climb",
        "whatsapp",
        "new set tonight!! «route» is a V«n», and the «route2» got reset 🧗 entry «price»",
    ),
    T(
        "clean_whatsapp_sunny",
        "whatsapp",
        "Sunny all weekend apparently ☀️ summer is back. Joy. Bring the «brand» cool box",
    ),
    # ---- letter ----------------------------------------------------------------------------
    T(
        "clean_letter_notice",
        "letter",
        "Dear Resident,\n\nWork on the communal boiler (job «ticket») will take place on «date» "
        "between «time» and «time2». Hot water will be off. The contractor's van is a white "
        "«product».\n\nYours faithfully,\nThe Management Committee",
    ),
    T(
        "clean_letter_award",
        "letter",
        "Dear Member,\n\nWe are delighted that our club has been shortlisted for the "
        "«award». The ceremony is on «date». Tickets cost «price».\n\nWith best wishes,\n"
        "The Secretary",
    ),
    T(
        "clean_letter_archive",
        "letter",
        "Dear Reader,\n\nThe reading room will close from «date» to «date2» for "
        "conservation work on collection «shelf». Pencil only, as always.\n\nThe Archivist",
    ),
    # ---- form ------------------------------------------------------------------------------
    T(
        "clean_form_return",
        "form",
        "RETURN AUTHORISATION\nRMA: «order»\nItem: «product»\nSKU: «sku»\nCondition: "
        "unopened\nRefund method: original payment\nLabel tracking: «track»",
    ),
    T(
        "clean_form_print",
        "form",
        "PRINT JOB «ticket»\nStock: «paper»\nFinish: «paint»\nQty: «n»00\nProof version: "
        "«ver»\nDue: «date»",
    ),
    T(
        "clean_form_venue",
        "form",
        "Room: «venue»\nCapacity: «n»0\nLayout: cabaret\nCatering: «dish» / «dish2»\n"
        "Deposit: «price»\nBooking ref: «order»",
    ),
    T(
        "clean_form_caps",
        "form",
        "VEHICLE: «product»\nREG: «plate»\nSERVICE: FULL\nNEXT DUE: «date»\nMILEAGE: «n»,«n2»0",
    ),
    # ---- review ----------------------------------------------------------------------------
    T(
        "clean_review_product",
        "review",
        "★★★★☆ The «product» is great but the «brand» app keeps logging me out (v«ver»). "
        "Battery lasts «dur».",
    ),
    T(
        "clean_review_perfume",
        "review",
        "«perfume» lasts all day, unlike «perfume2». Bottle arrived with a dent though "
        "(order «order»). 3/5",
    ),
    T(
        "clean_review_wine",
        "review",
        "The «grape» from this box was lovely, the «grape2» less so. Good value at «price».",
    ),
    T(
        "clean_review_car_wash",
        "review",
        "Quick, cheap («price»), and they vacuumed the boot. Queue of «n» cars at «time».",
    ),
    # ---- notes -----------------------------------------------------------------------------
    T(
        "clean_notes_meal_plan",
        "notes",
        "Mon: «dish»\nTue: leftovers\nWed: «dish2»\nThu: «kit» kit\nFri: pizza\nShopping: "
        "«apple» apples, «drink» mix",
    ),
    T(
        "clean_notes_standup",
        "notes",
        "Standup «date»\n- «codename»: blocked on «ticket»\n- «host» migration done\n- "
        "perf: «theorem» path «pct» faster",
    ),
    T(
        "clean_notes_reading",
        "notes",
        "Reading list: «book»; «book2»; anything on «ship». Return «isbn» by «date».",
    ),
    T(
        "clean_notes_class",
        "notes",
        "Studio timetable\n«time» «style»\n«time2» «style2»\n«time3» Spin «n»\nAll classes "
        "«price» drop-in",
    ),
    # ---- transcript ------------------------------------------------------------------------
    T(
        "clean_transcript_ivr",
        "transcript",
        "BOT: Welcome to the returns line. Say your order number.\nCALLER: «order».\n"
        "BOT: I found an order for a «product». Is that right?\nCALLER: Yes.",
    ),
    T(
        "clean_transcript_assistant",
        "transcript",
        "USER: «bot», add «dish» ingredients to my list\nASSISTANT: Added «n» items. Anything "
        "else?\nUSER: set a timer for «dur»",
    ),
    T(
        "clean_transcript_podcast",
        "transcript",
        "HOST 1: This week we rank every «fict» game.\nHOST 2: Controversial, but «fict2» "
        "is top.\nHOST 1: Sponsored by «brand».",
    ),
    # ---- ticket ----------------------------------------------------------------------------
    T(
        "clean_ticket_bug",
        "ticket",
        "«ticket» | Sev 2 | Component: checkout\nSteps: add «product» (SKU «sku») → apply "
        "code → 500\nBuild «build», trace id «hash»",
    ),
    T(
        "clean_ticket_dock",
        "ticket",
        "Dock «host» reports lock fault code E«n». Last firmware «ver». Bikes stranded: «n2».",
    ),
    T(
        "clean_ticket_lost",
        "ticket",
        "«ticket»: Found item — «brand» umbrella, «paint» colour, route «n», «date». No "
        "owner details.",
    ),
    # ---- ocr -------------------------------------------------------------------------------
    T(
        "clean_ocr_receipt",
        "ocr",
        "«brand» CAFE\n«dish» «price»\n«drink» «price2»\nTOTAL «price3»\nTXN «onum»\n"
        "THANK Y0U FOR VISITING",
    ),
    T(
        "clean_ocr_label",
        "ocr",
        "«paint:up»\nINTERIOR EMULSION 2.5L\nBATCH «sku»\nBEST BEFORE «date»",
    ),
    T(
        "clean_ocr_book",
        "ocr",
        "«book:up»\nISBN «isbn»\nSHELFMARK «shelf»\nINTERLIBRARY LOAN — RETURN BY «date»",
    ),
    # ---- srt -------------------------------------------------------------------------------
    T(
        "clean_srt_trailer",
        "srt",
        "1\n00:00:00,500 --> 00:00:03,000\nThis winter, «fict» returns.\n\n2\n00:00:03,100 --> "
        "00:00:05,800\nIn cinemas «date».",
    ),
    T(
        "clean_srt_howto",
        "srt",
        "7\n00:01:12,000 --> 00:01:15,500\nNow sand the edge and apply «paint».\n\n8\n"
        "00:01:15,600 --> 00:01:18,000\nLet it dry for «dur».",
    ),
    T(
        "clean_srt_race",
        "srt",
        "44\n00:22:10,000 --> 00:22:13,000\nAnd «horse» takes the lead at the final fence!",
    ),
    # ---- json ------------------------------------------------------------------------------
    T(
        "clean_json_product",
        "json",
        '{"sku": "«sku»", "name": "«product»", "finish": "«paint»", "price": "«price»", '
        '"stock": «n», "version": "«ver»"}',
    ),
    T(
        "clean_json_menu",
        "json",
        '{"menu_id": "«onum»", "courses": ["«dish»", "«dish2»", "«dish3»"], "pairing": "«grape»"}',
    ),
    T(
        "clean_json_bot",
        "json",
        '{"assistant": "«bot»", "intent": "order_status", "slots": {"order": "«order»"}, '
        '"confidence": 0.«n»}',
    ),
    T(
        "clean_json_error",
        "json",
        '{"error": "RateLimited", "retry_after": «n», "request_id": "«hash»", "build": "«build»"}',
    ),
    # ---- csv -------------------------------------------------------------------------------
    T(
        "clean_csv_stock",
        "csv",
        "sku,product,colour,qty\n«sku»,«product»,«paint»,«n»\n«sku2»,«product2»,«paint2»,«n2»",
    ),
    T(
        "clean_csv_races",
        "csv",
        "year,winner,jockey_silks,odds\n«year»,«horse»,blue,«n»/1\n«year2»,«horse2»,green,«n2»/1",
    ),
    T(
        "clean_csv_orders",
        "csv",
        "order,date,status,tracking\n«order»,«date»,shipped,«track»\n«order2»,«date2»,returned,"
        "«track2»",
    ),
    T(
        "clean_csv_classes",
        "csv",
        "class;day;time;price\n«style»;«weekday»;«time»;«price»\n«style2»;«weekday2»;«time2»;"
        "«price2»",
    ),
    # ---- markdown table --------------------------------------------------------------------
    T(
        "clean_md_compare",
        "markdown_table",
        "| Model | Price | Rating |\n|---|---|---|\n| «product» | «price» | 4.«n» |\n| "
        "«product2» | «price2» | 3.«n2» |",
    ),
    T(
        "clean_md_roses",
        "markdown_table",
        "| Variety | Colour | Scent |\n|---|---|---|\n| «rose» | apricot | strong |\n| «rose2» "
        "| yellow | light |",
    ),
    T(
        "clean_md_incidents",
        "markdown_table",
        "| Incident | Host | Duration |\n|---|---|---|\n| «ticket» | «host» | «dur» |\n| "
        "«ticket2» | «host2» | «dur2» |",
    ),
    # ---- html ------------------------------------------------------------------------------
    T(
        "clean_html_product",
        "html",
        '<div class="product"><h2>«product»</h2><p>Finish: «paint»</p><span class="price">'
        '«price»</span><button data-sku="«sku»">Add to basket</button></div>',
    ),
    T(
        "clean_html_menu",
        "html",
        "<h3>Cocktails</h3><ul><li>«drink» — «price»</li><li>«drink2» — «price2»</li></ul>",
    ),
    T(
        "clean_html_help",
        "html",
        '<p>Need help? Ask <b>«bot»</b>, our assistant, or read <a href="/faq#returns">the '
        "returns FAQ</a>. Ticket «ticket».</p>",
    ),
    # ---- xml -------------------------------------------------------------------------------
    T(
        "clean_xml_feed",
        "xml",
        "<item><title>«product»</title><g:id>«sku»</g:id><g:price>«price»</g:price>"
        "<g:color>«paint»</g:color></item>",
    ),
    T(
        "clean_xml_config",
        "xml",
        '<service name="«codename»" host="«host»" port="«port»" version="«ver»"/>',
    ),
    T(
        "clean_xml_catalogue",
        "xml",
        "<record><title>«book»</title><isbn>«isbn»</isbn><shelf>«shelf»</shelf></record>",
    ),
    # ---- code ------------------------------------------------------------------------------
    T(
        "clean_code_algo",
        "code",
        "Can you review this?\n```python\ndef shortest(graph, src):\n    # «theorem», "
        "O(E log V)\n    ...\n```\nIt times out for «n»k nodes on «host».",
    ),
    T(
        "clean_code_enum",
        "code",
        'class Finish(Enum):\n    ROSE_GOLD = "«paint»"\n    MATTE = "«paint2»"\n'
        "# added in «ver», see «ticket»",
    ),
    T(
        "clean_code_test",
        "code",
        'def test_sku():\n    assert parse_sku("«sku»").size == "M"\n    assert '
        'order_id("«order»").year == «year»',
    ),
    T(
        "clean_code_characters",
        "code",
        'NPCS = ["«fict»", "«fict2»", "«fict3»"]  # dialogue trees in «codename»',
    ),
    # ---- log -------------------------------------------------------------------------------
    T(
        "clean_log_app",
        "log",
        "«date» «time» INFO checkout: order «order» paid, total «price»\n«date» «time2» WARN "
        "stock: «sku» below threshold («n»)",
    ),
    T(
        "clean_log_build",
        "log",
        "[«codename»] build «build» started\n[«codename»] tests passed in «dur»\n"
        "[«codename»] artifact sha «hash»",
    ),
    T(
        "clean_log_charger",
        "log",
        "«host» status=Charging energy=«kwh» session=«hash»\n«host» status=Available",
    ),
    # ---- yaml ------------------------------------------------------------------------------
    T(
        "clean_yaml_deploy",
        "yaml",
        "service: «codename»\nimage: registry.local/«codename:lo»:«ver»\nreplicas: «n»\n"
        "host: «host»",
    ),
    T(
        "clean_yaml_menu",
        "yaml",
        "menu:\n  - «dish»\n  - «dish2»\ndrinks:\n  - «drink»\nprice_per_head: «price»",
    ),
    T(
        "clean_yaml_league",
        "yaml",
        "league: Sunday Five-a-side\nteams: [«team», «team2»]\nkickoff: «time»\nfee: «price»",
    ),
    # ---- toolcall --------------------------------------------------------------------------
    T(
        "clean_toolcall_search",
        "toolcall",
        'search_catalogue({"query": "«product»", "colour": "«paint»", "max_price": "«price»"})',
    ),
    T(
        "clean_toolcall_track",
        "toolcall",
        '{"tool": "shipping.track", "arguments": {"tracking": "«track»", "order": "«order»"}}',
    ),
    T(
        "clean_toolcall_weather",
        "toolcall",
        '<tool_call>{"name": "regatta.forecast", "args": {"event": "«race»", "storm": '
        '"«storm»"}}</tool_call>',
    ),
    # ---- sql -------------------------------------------------------------------------------
    T(
        "clean_sql_products",
        "sql",
        "SELECT sku, name FROM products WHERE finish = '«paint»' AND price < «n»;",
    ),
    T(
        "clean_sql_insert",
        "sql",
        "INSERT INTO drinks (name, abv) VALUES ('«drink»', «n»), ('«drink2»', «n2»);",
    ),
    T(
        "clean_sql_join",
        "sql",
        "SELECT o.id, t.code FROM orders o JOIN tracking t ON t.order_id = o.id WHERE o.id = "
        "'«order»'; -- slow on «host»",
    ),
    # ---- ics -------------------------------------------------------------------------------
    T(
        "clean_ics_class",
        "ics",
        "BEGIN:VEVENT\nSUMMARY:«style» (beginners)\nDTSTART:«icsdate»\nDESCRIPTION:Bring a "
        "mat\\, «price»\nEND:VEVENT",
    ),
    T(
        "clean_ics_release",
        "ics",
        "BEGIN:VEVENT\nSUMMARY:«codename» release «ver»\nDTSTART:«icsdate»\nEND:VEVENT",
    ),
    T(
        "clean_ics_race",
        "ics",
        "BEGIN:VEVENT\nSUMMARY:«race» — bib collection\nDTSTART:«icsdate»\nDESCRIPTION:Bibs "
        "«bib»-«bib2»\nEND:VEVENT",
    ),
    # ---- vcard -----------------------------------------------------------------------------
    T(
        "clean_vcard_bot",
        "vcard",
        "BEGIN:VCARD\nVERSION:3.0\nFN:«bot» Assistant\nORG:«brand» Support\nNOTE:automated, "
        "build «build»\nEND:VCARD",
    ),
    T(
        "clean_vcard_shop",
        "vcard",
        "BEGIN:VCARD\nFN:«venue» Bookings\nORG:«venue»\nURL:https://example.com/venues/"
        "«n»\nEND:VCARD",
    ),
    T(
        "clean_vcard_mascot",
        "vcard",
        "BEGIN:VCARD\nFN:«mascot»\nORG:«brand»\nNOTE:mascot account\\, not monitored\nEND:VCARD",
    ),
    # ---- latex -----------------------------------------------------------------------------
    T(
        "clean_latex_theorem",
        "latex",
        "\\begin{theorem}[«theorem»]\nLet $G$ be a graph with $«n»$ vertices.\n\\end{theorem}"
        "\nSee also «theorem2».",
    ),
    T(
        "clean_latex_table",
        "latex",
        "\\begin{tabular}{lr}\n«grape» & «price» \\\\\n«grape2» & «price2» \\\\\n\\end{tabular}",
    ),
    T(
        "clean_latex_award",
        "latex",
        "\\section{Background}\nThe «award» of «year» went to a study of «disease».",
    ),
]
