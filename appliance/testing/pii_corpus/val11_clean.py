"""Clean templates for val11 of the labelled PII corpus: prompts with no personal data at all,
full of decoys (things named like people that are not people: brands, characters, mascots,
bots, dishes, drinks, grape and apple varieties, colours, dance styles, ships, racehorses,
storms, awards, laws, diseases, theorems, codenames, hostnames; and numbers that look like
phones, cards or accounts but are orders, tracking codes, ISBNs and versions), written by
hand by val11's author without reading any other part of the corpus. Placeholders here are
decoys only (see `val11_gen`)."""

from __future__ import annotations

TEMPLATES: list[tuple[str, str]] = [
    # chat
    (
        "chat",
        "What's the difference between a Tom Collins and a John Collins? Our cocktail menu for the «date» tasting needs a short description of each.",
    ),
    (
        "chat",
        "Is the Rose Gold finish on the Aurora frame («sku») more scratch-resistant than the Gunmetal one? A customer asked at the optician counter.",
    ),
    (
        "chat",
        "Explain Pythagoras' theorem like I'm twelve, then give three practice questions with answers.",
    ),
    (
        "chat",
        "Which grape is better for a beginner wine club evening, Pinot Noir or Grenache? Budget «price» a bottle.",
    ),
    (
        "chat",
        "Our kennel mascot is a cartoon beagle called Sergeant Biscuit. Write five Instagram captions for him.",
    ),
    (
        "chat",
        "In Zelda: Tears of the Kingdom, how do I get past the Colgera fight without running out of arrows?",
    ),
    ("chat", "What does Murphy's law mean for planning a food truck festival? Give examples."),
    ("chat", "Summarise the plot of Mrs Dalloway in 100 words for a book club handout."),
    (
        "chat",
        "Storm Ciarán knocked out our solar monitoring for 3 days. How do I tell customers without sounding alarmist?",
    ),
    (
        "chat",
        "Amber alert level in our warehouse dashboard means what exactly, compared with Red? We use Jasper as the project name for the new WMS.",
    ),
    # email
    (
        "email",
        "Subject: Order «ord» - Eames replica chair\n\nHello, the chair arrived with a cracked leg. Tracking «trk». Can you advise on a return? Thanks.",
    ),
    (
        "email",
        "Subject: Q3 newsletter draft\n\nTeam, the headline is 'Meet the Tesla Model Y in our car-share fleet'. Second story: the new Moulton-style folding bikes at the station dock. Third: price changes from «date».",
    ),
    (
        "email",
        "Please rewrite politely: 'Your Ray-Ban order «ord» is delayed because the supplier in the EU warehouse is out of stock of the Clubmaster model until «date».'",
    ),
    (
        "email",
        "Subject: Re: Auction lot 212\n\nThe Tiffany-style lamp sold for «price» (hammer). Buyer's premium is 25%. Please invoice under reference «ord».",
    ),
    (
        "email",
        "Subject: Ski pass renewal\n\nHi all, season passes («sku») go on sale «date». The Black Diamond run reopens after grooming. Reply with sizes for the Helly Hansen jackets.",
    ),
    # sms
    (
        "sms",
        "Your parcel «trk» is out for delivery today between «time» and 18:00. Manage delivery in the app.",
    ),
    (
        "sms",
        "Pedal & Go: your bike hire code is «n»77. Dock at any station. Need help? Use the chat in the app.",
    ),
    (
        "sms",
        "Reminder: wine club pickup «date». This month: Sauvignon Blanc, Cabernet Franc and a Pedro Ximénez sherry.",
    ),
    ("sms", "Your verification code is «n»4971. It expires in 10 minutes. Never share it."),
    # whatsapp
    (
        "whatsapp",
        "[«date», «time»] Admin: reminder, Salsa Cubana moved to studio B\n[«date», «time»] Admin: Lindy Hop unchanged\nsummarise for the noticeboard",
    ),
    (
        "whatsapp",
        "Translate: 'prendo io il Tiramisù e il Bellini per la festa, tu porti la Margherita?'",
    ),
    (
        "whatsapp",
        "Group 'Brewery volunteers': the Hazy Jane clone is ready to keg, batch «n», OG 1.064. Who can help Saturday?",
    ),
    (
        "whatsapp",
        "Can you explain this message: 'Delivery «trk» pending — customs fee €3.20'? Is it legit?",
    ),
    # letter
    (
        "letter",
        "Dear Member,\n\nThe Old Tom Course refurbishment starts on «date». The Nelson Bar will stay open and the Ballesteros Salver is postponed.\n\nThe Committee",
    ),
    (
        "letter",
        "To the Residents' Association,\n\nThe Herbert Protocol forms are now available at reception for anyone caring for a relative with Alzheimer's.\n\nKind regards, the Office",
    ),
    (
        "letter",
        "Dear Customer,\n\nYour energy tariff 'Fixed Saver «n»' ends on «date». Your account reference is «ord», which is not your bank account. No action needed.\n\nCustomer Services",
    ),
    (
        "letter",
        "Help me write a cover letter for a job at a genealogy service: mention DNA kits, Mendelian inheritance basics and archive work.",
    ),
    # form
    (
        "form",
        "RETURN FORM\nOrder no.: «ord»\nItem: Le Creuset casserole, Volcanic\nReason: chipped enamel\nRefund to: original payment method\nWhat's missing?",
    ),
    (
        "form",
        "Fill in a sample vet intake form for a made-up pet (use placeholders like [OWNER NAME] instead of real names).",
    ),
    (
        "form",
        "WAREHOUSE GOODS-IN\nPO: «ord»\nSKU: «sku»\nQty: «n»0\nPallet ID: «long»\nCarrier ref: «trk»",
    ),
    (
        "form",
        "Driving test booking form fields: licence category, test centre, preferred slot («date» «time»), theory pass certificate no. «long».",
    ),
    # review
    (
        "review",
        "★★★★★ The Earl Grey macarons at this food truck are unreal. Also try the Beef Stroganoff wrap.",
    ),
    (
        "review",
        "★★☆☆☆ Bought the Marc Jacobs Daisy perfume here, turned out to be a tester. Store credit only. Meh.",
    ),
    (
        "review",
        "Respond to: '3 stars. The Pilates class was good but the Bikram room was too hot and the Zumba playlist was stuck on repeat.'",
    ),
    (
        "review",
        "★★★★☆ Rented a Vespa and a Specialized Rockhopper for the weekend, bikes great, app crashed twice (v«ver»).",
    ),
    # notes
    (
        "notes",
        "Tasting notes: Granny Smith cider «n»% - sharp; Pink Lady perry - soft; Bramley chutney pairing. Reorder «sku».",
    ),
    (
        "notes",
        "Sprint notes\n- Project Hermes: carrier webhook retries\n- Project Athena: label printing\n- bump to «ver»\n- ticket «tkt» blocked",
    ),
    (
        "notes",
        "Gallery hang: the Campbell's Soup screen prints east wall, the Blue Nude poster in the window, the Art Deco postcards in the shop.",
    ),
    (
        "notes",
        "Physio handout topics: Osgood-Schlatter disease, Achilles tendinopathy, Baker's cyst, Bell's palsy exercises.",
    ),
    # transcript
    (
        "transcript",
        "AGENT: Thanks for calling, what's the order number?\nCALLER: «ord».\nAGENT: That's the Dyson V15, shipped with tracking «trk».\nCALLER: Great, thanks.\nSummarise this call.",
    ),
    (
        "transcript",
        "HOST: Welcome back to Brewing Hour. Today: the Guinness clone recipe and why the Beck's yeast is different.\nGUEST: Thanks for having me.\nMake this into show notes.",
    ),
    (
        "transcript",
        "[00:00:12] NARRATOR: The ship HMS Victory was launched in 1765.\n[00:00:18] NARRATOR: The Queen Mary 2 is its modern cousin.\nfact-check these lines",
    ),
    # voice
    (
        "voice",
        "remind me to order more granny smith apples and the earl grey for the cafe on monday",
    ),
    (
        "voice",
        "set an alarm for six thirty and add oat milk and the ben and jerrys cookie dough to the shopping list",
    ),
    ("voice", "what time does the golf club close on sundays and is the ryder cup on tv"),
    ("voice", "play the new coldplay album on the kitchen speaker"),
    # ticket
    (
        "ticket",
        "«tkt»: Hostname frodo-db-02 out of disk. Gandalf cron job filling /var/log. Please rotate logs.",
    ),
    (
        "ticket",
        "«tkt»: Customer asks whether the Hoover vacuum bags («sku») fit the Henry Xtra. Stock check needed.",
    ),
    (
        "ticket",
        "Bug «tkt»: chatbot 'Ask Alfie' replies in German when the locale is en-GB since release «ver».",
    ),
    (
        "ticket",
        "«tkt»: Tracking number «trk» shows delivered but the locker at station 14 is empty.",
    ),
    # ocr
    (
        "ocr",
        "Fix OCR: 'THE JOLLY MILLER PUB\\nFish & Chips  «price»\\nEggs Benedict  «price»\\nTOTAL  «price»\\nVAT No. GB «long»'",
    ),
    ("ocr", "Scanned label: MODEL: ALEXA ECHO DOT 5  S/N: «long»  FW «ver»"),
    (
        "ocr",
        "OCR text of a wine label: 'Domaine Mary-Lou, Cuvée Victor, 2019, 13.5% vol' — which fields are the producer and which the cuvée?",
    ),
    # json
    (
        "json",
        '{"order": "«ord»", "items": [{"sku": "«sku»", "name": "Barbie Dreamhouse"}, {"sku": "«sku»", "name": "Ken Roller Skates"}], "total": "«price»"} - compute VAT',
    ),
    (
        "json",
        '{"bot": "Alexa", "intent": "OrderFlowers", "slots": {"bouquet": "Peony Perfection", "delivery_date": "«date»"}}',
    ),
    ("json", '{"build": "«ver»", "commit": "«hash»", "codename": "Picasso", "pipeline": "«n»1"}'),
    (
        "json",
        '{"tracking": "«trk»", "status": "IN_TRANSIT", "hub": "HUB-07", "eta": "«date»", "weight_kg": 12.4}',
    ),
    # csv
    (
        "csv",
        "sku,name,colour,price\n«sku»,Trek Marlin 5,Matte Black,«price»\n«sku»,Scott Aspect,Rose Gold,«price»\nfind the cheapest",
    ),
    (
        "csv",
        "isbn,title,author_field_blank\n«isbn»,Dracula,\n«isbn»,Sherlock Holmes Omnibus,\nwhy is the author column empty?",
    ),
    (
        "csv",
        "date,order_id,amount\n«date»,«ord»,«price»\n«date»,«ord»,«price»\n«date»,«ord»,«price»",
    ),
    (
        "csv",
        "horse,odds,trainer_code\nFrankel's Echo,5/1,T«n»\nRed Rum Legacy,9/2,T«n»\nWhich is the favourite?",
    ),
    # markdown_table
    (
        "markdown_table",
        "| Cocktail | Base | Price |\n|---|---|---|\n| Bloody Mary | vodka | «price» |\n| Margarita | tequila | «price» |\n| Tom Collins | gin | «price» |",
    ),
    (
        "markdown_table",
        "| Release | Codename | Date |\n|---|---|---|\n| «ver» | Turing | «date» |\n| «ver» | Lovelace | «date» |\nwrite a changelog intro",
    ),
    (
        "markdown_table",
        "| Paint | Brand | Finish |\n|--|--|--|\n| Elephant's Breath | Farrow & Ball | Estate Emulsion |\n| Railings | Farrow & Ball | Eggshell |",
    ),
    (
        "markdown_table",
        "| Class | Style | Level |\n| --- | --- | --- |\n| Mon | Vinyasa | all |\n| Wed | Iyengar | beginners |\n| Fri | Ashtanga | advanced |",
    ),
    # html
    (
        "html",
        "<h1>Our Menu</h1><ul><li>Caesar Salad</li><li>Beef Wellington</li><li>Peach Melba</li><li>Pavlova</li></ul> make this responsive",
    ),
    (
        "html",
        '<p class="promo">Save 20% on the Dyson Airwrap with code «sku»!</p> why is the class not applied?',
    ),
    (
        "html",
        '<button aria-label="Chat with Max the helper bot">?</button> — is this label good enough for screen readers?',
    ),
    (
        "html",
        "<table><tr><td>Order</td><td>«ord»</td></tr><tr><td>Tracking</td><td>«trk»</td></tr></table>",
    ),
    # xml
    (
        "xml",
        "<product><name>Nespresso Vertuo</name><sku>«sku»</sku><colour>Matte Black</colour><price>«price»</price></product>",
    ),
    (
        "xml",
        '<shipment id="«trk»"><status>AT_HUB</status><weight unit="kg">«n»</weight></shipment> convert to JSON',
    ),
    (
        "xml",
        "<dependency><groupId>org.apache</groupId><artifactId>tomcat-jasper</artifactId><version>«ver»</version></dependency> why is maven complaining?",
    ),
    # code
    (
        "code",
        "def luhn_demo():\n    # order numbers are NOT card numbers\n    order = '«long»'\n    return order[-4:]\n\nwhat does this return?",
    ),
    (
        "code",
        'class Jarvis(Assistant):\n    name = "Jarvis"\n    def greet(self):\n        return "Good evening."\n# refactor to dataclass',
    ),
    (
        "code",
        "docker run -d --name sherlock -p 8080:80 nginx:«ver»  # container keeps restarting, logs attached",
    ),
    (
        "code",
        "from scipy.stats import poisson, bernoulli\n# fit a Poisson to daily parcel counts at depot 7\nprint(poisson.pmf(3, 2.4))",
    ),
    (
        "code",
        "const hosts = ['gandalf.internal', 'aragorn.internal', 'legolas.internal'];\n// round-robin these with retries",
    ),
    # log
    (
        "log",
        "2025-01-09T10:00:01Z INFO build «ver» commit «hash» deployed to prod-eu\n2025-01-09T10:00:07Z INFO healthcheck ok",
    ),
    (
        "log",
        "[label-svc] printed label for order=«ord» tracking=«trk» carrier=DPD\n[label-svc] printer ZEBRA-3 low on ribbon",
    ),
    (
        "log",
        "WARN kafka consumer group 'hermes' lag=«n»000 on topic parcels.v2\nWARN rebalance triggered",
    ),
    (
        "log",
        "java.lang.NullPointerException at com.example.kennel.BookingService.reserve(BookingService.java:«n»)",
    ),
    # yaml
    (
        "yaml",
        "services:\n  web:\n    image: ghcr.io/acme/booking:«ver»\n    ports: ['8080:80']\n  worker:\n    image: ghcr.io/acme/worker:«ver»",
    ),
    (
        "yaml",
        "features:\n  sherlock_search: true\n  watson_suggestions: false\n  release: «ver»\n# what does watson_suggestions do?",
    ),
    (
        "yaml",
        "catalogue:\n  - sku: «sku»\n    name: Le Corbusier sofa replica\n  - sku: «sku»\n    name: Wassily chair replica",
    ),
    # toolcall
    (
        "toolcall",
        'get_order_status({"order_id": "«ord»"}) -> {"status": "shipped", "tracking": "«trk»"}. Tell the customer.',
    ),
    ("toolcall", 'search_products(query="Rose Gold earrings", max_price=«n»0)'),
    (
        "toolcall",
        'create_ticket(title="Cortana integration broken", priority="P2", version="«ver»")',
    ),
    # sql
    (
        "sql",
        "SELECT sku, name FROM products WHERE name LIKE '%Wellington%' OR name LIKE '%Melba%';",
    ),
    (
        "sql",
        "UPDATE orders SET status = 'SHIPPED' WHERE order_id = '«ord»' AND tracking = '«trk»';",
    ),
    ("sql", "CREATE INDEX idx_isbn ON books (isbn); -- sample row: '«isbn»', 'Frankenstein'"),
    # srt
    (
        "srt",
        "1\n00:00:01,000 --> 00:00:04,000\nPreviously on Game of Thrones...\n\n2\n00:00:04,500 --> 00:00:07,000\nWinter is coming.\nfix the timing overlap",
    ),
    (
        "srt",
        "5\n00:01:10,000 --> 00:01:12,500\nWelcome to the Thunderbolt Express tutorial.\n\n6\n00:01:13,000 --> 00:01:15,000\nPress Start to begin.",
    ),
    # ics
    (
        "ics",
        "BEGIN:VEVENT\nSUMMARY:Viennese Waltz workshop\nDTSTART:20250412T180000\nDESCRIPTION:Bring dance shoes. Code «sku».\nEND:VEVENT",
    ),
    (
        "ics",
        "BEGIN:VEVENT\nSUMMARY:Release «ver» (codename Hopper)\nDTSTART:20250301T090000\nEND:VEVENT\nadd a 1-day reminder",
    ),
    # vcard
    (
        "vcard",
        "BEGIN:VCARD\nVERSION:4.0\nKIND:org\nFN:Front Desk\nORG:Harbour Lights Marina\nNOTE:Gate code changes monthly\nEND:VCARD\nIs KIND:org valid in vCard 3.0?",
    ),
    (
        "vcard",
        "What fields are mandatory in a vCard 4.0? Show a skeleton with placeholders only, like FN:[NAME].",
    ),
    # latex
    (
        "latex",
        "\\begin{theorem}[Fermat]\nThere are no positive integers $a,b,c$ with $a^n+b^n=c^n$ for $n>2$.\n\\end{theorem}\nwhy is the theorem number missing?",
    ),
    (
        "latex",
        "\\section{Bayes' theorem}\n$P(A|B)=\\frac{P(B|A)P(A)}{P(B)}$ — explain with a hearing-test example",
    ),
    ("latex", "\\newcommand{\\version}{«ver»}\n\\title{Depot Operations Manual v\\version}"),
    # more decoys
    (
        "chat",
        "Which racehorse is the better each-way bet, Golden Mozart at 7/2 or Sir Bartholomew at 11/4?",
    ),
    (
        "chat",
        "Write a product description for our Audrey cat-eye frame in Tortoiseshell, and the Clark frame in Crystal Grey.",
    ),
    (
        "code",
        "AWS_ACCOUNT_ID = '«long»'  # not a bank account, it is the cloud account\nREGION = 'eu-west-1'\nwhy does boto3 say AccessDenied?",
    ),
    (
        "sql",
        "SELECT tracking, status FROM parcels WHERE tracking LIKE '1Z%' AND updated_at > '«date»' LIMIT «n»;",
    ),
    (
        "email",
        "Subject: Reprint of ISBN «isbn»\n\nHi, the reprint of 'The Adventures of Tom Sawyer' (ISBN «isbn») is delayed to «date». Order ref «ord».",
    ),
    (
        "notes",
        "Paint shortlist: Duck Egg, Mole's Breath, Sulking Room Pink, Cook's Blue. Sample pots «price» each.",
    ),
    (
        "json",
        '{"alert": "Storm Babet", "level": "Amber", "depots_closed": ["D4", "D9"], "updated": "«date»"}',
    ),
    ("chat", "Is Parkinson's law the same as Hofstadter's law? Asking for our sprint planning."),
]
