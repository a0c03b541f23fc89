"""Clean templates of val20 (no personal data at all): every shape of the part, in its
domains, full of decoys: order numbers, dates, versions, prices, tracking codes, ISBNs,
ticket ids, hashes, and things named like people that are not people (brands, characters,
bots, mascots, dishes, cocktails, grapes, apples, paint colours, perfumes, yoga styles,
ships, racehorses, storms, awards, laws, diseases, theorems, car models, codenames).

Written by hand by the val20 author, who read only the package's `__init__.py` and
`validity.py`. Slots are described in `val20_gen`; no slot here makes a gold span.
"""

from __future__ import annotations

from appliance.testing.pii_corpus.val20_gen import Template, templates

_T: list[tuple[str, str]] = [
    # ------------------------------------------------------------------ chat
    (
        "chat",
        "Is «ep.character» a good theme for a 7th birthday at the trampoline park? "
        "Budget «price», about «n» kids.",
    ),
    ("chat", "Which goes better with «ep.dish»: a «ep.grape» or a «ep.cocktail»?"),
    (
        "chat",
        "My «ep.brand» dishwasher shows error E24 again after the «ver» firmware. "
        "Order «order», bought «date». Worth fixing?",
    ),
    ("chat", "Explain «ep.theorem» like I'm a tattoo artist who hated maths."),
    (
        "chat",
        "What's the difference between «ep.style» and hot yoga? Our gym timetable "
        "lists both on «date» at «time».",
    ),
    (
        "chat",
        "Suggest five names for a dive school boat. Not «ep.ship», taken. Something "
        "like «ep.horse» but nautical.",
    ),
    (
        "chat",
        "I'm redoing the salon: «ep.paint» walls or «ep.paint» with brass? Invoice "
        "«order» came to «price».",
    ),
    (
        "chat",
        "Can «ep.bot» set a reminder for the dentist? It keeps saying \"I didn't catch "
        'that". Running «ver».',
    ),
    (
        "chat",
        "write a short bio for our hotel's robot concierge, Atlas-«n». it speaks "
        "«n» languages and loves «ep.dish»",
    ),
    # ------------------------------------------------------------------ email
    (
        "email",
        "Subject: Storage unit price change\n\nDear customer,\n\nfrom «date» the "
        "monthly fee for a «n» sq ft unit rises to «price». Your reference «ref» "
        "stays the same.\n\nBoxroom Storage",
    ),
    (
        "email",
        "Subject: Your «ep.perfume» order «order» has shipped\n\nTracking: «track». "
        "Expected «date». Questions? Reply to this email.\n\nThe Scent Shop team",
    ),
    (
        "email",
        "Hi all,\n\nthe «ep.codename» release («ver») is frozen. Please don't merge "
        "to main until «date» «time». Changelog: «hash».\n\nPlatform team",
    ),
    (
        "email",
        "Subject: Wedding menu tasting\n\nStarter: «ep.dish»\nMain: «ep.dish»\nDessert: "
        "«ep.dish»\nWine: «ep.grape»\nTotal per head «price». Confirm by «date».",
    ),
    # ------------------------------------------------------------------ sms
    ("sms", "Your ClearSight order «order» is ready to collect. Frames «sku». Open till «time»."),
    ("sms", "Box office: 2 tickets for «ep.character» LIVE, «date» «time», row F. Ref «ref»."),
    ("sms", "Gym: the «ep.style» class at «time» is cancelled today. Code «tid» for a free pass."),
    # ------------------------------------------------------------------ whatsapp
    (
        "whatsapp",
        "[«date», «time»] Campsite Info: Pitch «room» is ready ⛺ Wi-Fi code "
        "«hash»\n[«date», «time»] Campsite Info: quiet hours from 22:00",
    ),
    (
        "whatsapp",
        "Book club 📚\n- next month: ISBN «isbn»\n- snacks: «ep.dish»\n- drinks: «ep.cocktail»",
    ),
    (
        "whatsapp",
        "Salon Team: price list «ver» is live. Balayage «price», cut & «ep.paint» gloss «price2»",
    ),
    # ------------------------------------------------------------------ letter
    (
        "letter",
        "Dear Parent/Carer,\n\nthe nursery will close on «date» for staff training. "
        "Fees for the term remain «price». Our theme this month is «ep.character».\n\n"
        "Yours faithfully,\nThe Nursery Manager",
    ),
    (
        "letter",
        "Dear Member,\n\nyour museum membership (no. «ref») renews on «date». This "
        "year's exhibition: «ep.ship» and the age of sail.\n\nMembership Office",
    ),
    (
        "letter",
        "To the Resident,\n\nscaffolding for the chapel roof goes up on «date». Works "
        "order «order», contractor ref «tid».\n\nParish Office",
    ),
    # ------------------------------------------------------------------ form
    (
        "form",
        "EQUIPMENT HIRE\nItem: ski boots size 42\nItem: helmet M\nDeposit: «price»\n"
        "Return by: «date» «time»\nRef: «ref»",
    ),
    (
        "form",
        "Product registration\nModel: «ep.model»\nSerial: «hash»\nPurchased: «date»\n"
        "Retailer: «ep.brand» outlet\nWarranty: «n» years",
    ),
    (
        "form",
        "Lane booking\nPool: 25 m\nLane: «n»\nSlot: «time»\nMember type: Gold\n"
        "Promo: SUMMERSPLASH«year»",
    ),
    # ------------------------------------------------------------------ review
    (
        "review",
        "★★★★☆ The «ep.dish» was perfect, the «ep.cocktail» a bit sweet. Table for "
        "«n» on «date». Would go back.",
    ),
    (
        "review",
        "Stayed three nights, room «room». Bed was great, but the «ep.brand» kettle "
        "was broken. 3/5",
    ),
    (
        "review",
        "Tattoo studio review: clean, friendly, they did a «ep.character» piece on "
        "my forearm in «n» hours. Price «price» was fair.",
    ),
    (
        "review",
        "Bought «ep.apple» trees from the nursery, 4 of them, order «order». Two "
        "died by «date». Not impressed.",
    ),
    # ------------------------------------------------------------------ notes
    (
        "notes",
        "Standup «date»\n- «ep.codename»: blocked on «tid»\n- perf regression in «ver»\n"
        "- «ep.theorem» impl needs tests",
    ),
    ("notes", "Physio CPD: reading on «ep.disease» and gait; quiz on «date»; «n» CPD points"),
    (
        "notes",
        "Shopping: «ep.apple» apples x6, «ep.brand» beans, tea (Earl Grey), «ep.dish» "
        "ingredients, bin bags",
    ),
    # ------------------------------------------------------------------ transcript
    (
        "transcript",
        "AGENT: Thanks for calling, how can I help?\nCALLER: My «ep.model» "
        "booking, reference «ref», shows the wrong date.\nAGENT: I can see «date». "
        "I'll change it now.",
    ),
    (
        "transcript",
        "[00:00:01] Narrator: In «year», «ep.horse» won by «n» lengths.\n"
        "[00:00:06] Narrator: A record that stood for decades.",
    ),
    (
        "transcript",
        "speaker 1 so the «ep.storm» damage at the campsite\nspeaker 2 yeah "
        "insurance claim «tid» went in on «date»",
    ),
    # ------------------------------------------------------------------ ticket
    (
        "ticket",
        "Ticket «tid»\nTitle: «ep.bot» skill fails on «ver»\nSeverity: S3\nSteps: "
        "ask for opening hours\nExpected: 9-5",
    ),
    (
        "ticket",
        "Issue «tid»: door code rotation job failed on «host» at «time». Stack hash "
        "«hash». Retry scheduled.",
    ),
    (
        "ticket",
        "Bug «tid»: dating app crashes when a bio mentions «ep.character» with an "
        "emoji. Build «ver», Android 14.",
    ),
    (
        "ticket",
        "Refund «tid»: order «order», item «sku», amount «price». Reason: arrived "
        "damaged (tracking «track»).",
    ),
    # ------------------------------------------------------------------ ocr
    (
        "ocr",
        "T1CKET  THEATRE\n«ep.character»  THE MUSICAL\n«date»  «time»\nSTALLS  F12\n"
        "PRICE «price»   REF «ref»",
    ),
    ("ocr", "PHARMACY LABEL\nIbuprofen 400mg\nTake 1 tablet 3x daily\nBatch «hash»\nExp «date»"),
    (
        "ocr",
        "MENU\n«ep.dish» ....... «price»\n«ep.dish» ....... «price2»\n«ep.cocktail» ... «price»",
    ),
    # ------------------------------------------------------------------ srt
    (
        "srt",
        "1\n00:00:01,000 --> 00:00:04,000\nWelcome to the «ep.codename» product tour.\n\n"
        "2\n00:00:04,100 --> 00:00:07,500\nVersion «ver» brings dark mode.",
    ),
    (
        "srt",
        "7\n00:02:11,000 --> 00:02:14,000\n«ep.character»: We have to go back!\n\n8\n"
        "00:02:14,100 --> 00:02:16,000\n[thunder]",
    ),
    (
        "srt",
        "1\n00:00:00,000 --> 00:00:03,000\nHow to fold a «ep.dish» wrap\n\n2\n"
        "00:00:03,100 --> 00:00:06,000\nStep one: warm the tortilla.",
    ),
    # ------------------------------------------------------------------ json
    (
        "json",
        '{"order": "«order»", "items": [{"sku": "«sku»", "name": "«ep.perfume» 50ml", '
        '"price": "«price»"}], "tracking": "«track»"}',
    ),
    (
        "json",
        '{"build": "«ver»", "commit": "«hash»", "codename": "«ep.codename»", "host": "«host»"}',
    ),
    ("json", '{"paint": "«ep.paint»", "finish": "eggshell", "litres": «n», "batch": "«ref»"}'),
    (
        "json",
        '{"assistant": "«ep.bot»", "intent": "book_class", "slots": {"class": '
        '"«ep.style»", "time": "«time»"}}',
    ),
    # ------------------------------------------------------------------ csv
    (
        "csv",
        "sku,product,price\n«sku»,«ep.brand» hair dryer,«price»\n«sku»,«ep.brand» "
        "straightener,«price2»",
    ),
    ("csv", "date,class,capacity,booked\n«date»,«ep.style»,20,«n»\n«date2»,Spin,16,«n2»"),
    ("csv", "isbn,title,copies\n«isbn»,«ep.theorem» for beginners,«n»"),
    # ------------------------------------------------------------------ markdown_table
    (
        "markdown_table",
        "| Cocktail | Price |\n|---|---|\n| «ep.cocktail» | «price» |\n"
        "| «ep.cocktail» | «price2» |",
    ),
    (
        "markdown_table",
        "| Version | Date | Notes |\n|---|---|---|\n| «ver» | «date» | «ep.codename» GA |",
    ),
    (
        "markdown_table",
        "| Grape | Region type | Score |\n|--|--|--|\n| «ep.grape» | cool "
        "climate | 91 |\n| «ep.grape» | warm | 88 |",
    ),
    # ------------------------------------------------------------------ html
    ("html", "<h2>Our «ep.paint» Collection</h2><p>From «price» per tin. Code «sku».</p>"),
    (
        "html",
        '<nav><a href="/memberships">Memberships</a> | <a href="/classes">'
        '«ep.style»</a> | <a href="/faq">FAQ</a></nav>',
    ),
    ("html", "<p>Now showing: <em>«ep.character»</em> — «date», «time». Tickets from «price».</p>"),
    # ------------------------------------------------------------------ xml
    (
        "xml",
        '<product sku="«sku»"><brand>«ep.brand»</brand><model>«ep.model»</model>'
        "<price>«price»</price></product>",
    ),
    ("xml", '<release version="«ver»" codename="«ep.codename»"><hash>«hash»</hash></release>'),
    (
        "xml",
        '<menu><item course="main">«ep.dish»</item><item course="drink">«ep.cocktail»'
        "</item></menu>",
    ),
    # ------------------------------------------------------------------ code
    (
        "code",
        'def levenshtein(a: str, b: str) -> int:\n    """«ep.theorem»? no, edit '
        'distance."""\n    ...\n# bump to «ver»',
    ),
    ("code", 'ASSISTANT_NAME = "«ep.bot»"\nMAX_RETRIES = «n»\nBUILD = "«hash»"'),
    ("code", "enum Finish { «ep.paint», Matte, Satin }  // see «tid»"),
    ("code", "Why does `sorted(['«ep.apple»', 'Gala', 'Fuji'])` put capitals first? Python «ver»."),
    # ------------------------------------------------------------------ log
    ("log", "«date» «time» INFO deploy «ver» to «host» ok (commit «hash»)"),
    ("log", "[WARN] order «order» payment retry 2/3 gateway=stripe ref=«ref»"),
    ("log", "«date» «time» ERROR «ep.codename»-worker OOM on «host», restarting"),
    ("log", "kiosk-«n»: printed ticket «ref» for «ep.character» matinee at «time»"),
    # ------------------------------------------------------------------ yaml
    ("yaml", "service: «ep.codename»\nversion: «ver»\nreplicas: «n»\nhost: «host»"),
    ("yaml", "menu:\n  - «ep.dish»\n  - «ep.dish»\ndrinks:\n  - «ep.cocktail»"),
    ("yaml", 'classes:\n  - name: «ep.style»\n    time: "«time»"\n    room: «room»'),
    # ------------------------------------------------------------------ toolcall
    ("toolcall", '{"tool": "track_parcel", "arguments": {"tracking": "«track»"}}'),
    ("toolcall", 'call: get_stock(sku="«sku»", store="«n»") -> {"«ep.brand»": «n2»}'),
    ("toolcall", '{"name": "convert_currency", "args": {"amount": "«price»", "to": "EUR"}}'),
    # ------------------------------------------------------------------ sql
    ("sql", "SELECT sku, price FROM products WHERE brand = '«ep.brand»' AND price < 100;"),
    ("sql", "UPDATE releases SET codename = '«ep.codename»' WHERE version = '«ver»';"),
    ("sql", "SELECT COUNT(*) FROM bookings WHERE class = '«ep.style»' AND date = '«date»';"),
    # ------------------------------------------------------------------ ics
    (
        "ics",
        "BEGIN:VEVENT\nSUMMARY:Sprint «n» retro\nDTSTART:«year»0301T150000\nLOCATION:"
        "Room «room»\nEND:VEVENT",
    ),
    (
        "ics",
        "BEGIN:VEVENT\nSUMMARY:«ep.grape» wine tasting\nDESCRIPTION:Tickets «price», ref "
        "«ref»\nEND:VEVENT",
    ),
    ("ics", "BEGIN:VEVENT\nSUMMARY:Matinee: «ep.character»\nLOCATION:Main stage\nEND:VEVENT"),
    # ------------------------------------------------------------------ vcard
    (
        "vcard",
        "Why does my parser choke on this?\nBEGIN:VCARD\nVERSION:3.0\nPRODID:-//Acme"
        "//CardKit «ver»//EN\nEND:VCARD",
    ),
    (
        "vcard",
        "Explain the vCard fields FN, N, ORG and TEL. Our CRM «ep.codename» («ver») "
        "exports them empty.",
    ),
    # ------------------------------------------------------------------ latex
    ("latex", "\\begin{theorem}[«ep.theorem»]\nLet $x \\in \\mathbb{R}$ ...\n\\end{theorem}"),
    (
        "latex",
        "\\section{Results}\nPatients with «ep.disease» improved by «pct» (\\textit{n}=«n»).",
    ),
    ("latex", "\\caption{Sales of «ep.brand» appliances, «year»}\\label{fig:sales}"),
]

TEMPLATES: list[Template] = templates(_T, "val20_clean")
