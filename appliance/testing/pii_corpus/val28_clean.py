"""val28: clean templates (no personal data, full of decoys). Decoy slots: see `val28_gen`."""

# ruff: noqa: E501

from __future__ import annotations

TEMPLATES = [
    # chat
    (
        "chat",
        "Explain the difference between a Kalman filter and a moving average for smoothing tide-gauge data.",
    ),
    (
        "chat",
        "We hope to finish the sawmill upgrade by {DATE}. Draft a notice for staff about the grace period for old safety boots.",
    ),
    (
        "chat",
        "Write a product description for our new fragrance 'Velvet Harbour' ({SKU}): notes of bergamot, iris and smoked cedar.",
    ),
    (
        "chat",
        "Will do. Can you also bill me for the extra {NUM} kg of Ceylon orange pekoe on invoice {INV}?",
    ),
    (
        "chat",
        "What does Storm Agnes's central pressure of 958 hPa tell us compared with Storm Babet?",
    ),
    ("chat", "Is Dijkstra's algorithm a good fit for routing timber lorries between 14 depots?"),
    # email
    (
        "email",
        "Subject: Order {ORD} shipped\n\nHello,\n\nYour order of 6 bottles of the Islay single malt has shipped with tracking {TRK}. Expected delivery {DATE}.\n\nThe Cellar Team",
    ),
    (
        "email",
        "Subject: Lab results batch {LOT}\n\nAll,\n\nColiform counts are within limits for the {DATE} run. pH 7.4, chlorine 0.6 mg/L. Next calibration on {DATE}.\n\nWater Quality Unit",
    ),
    (
        "email",
        "Subject: Spring line\n\nTeam,\n\nThe Lumière capsule goes to production on {DATE}. Fabric codes {SKU} and {SKU}; hex {HEX} for the labels.\n\nDesign Office",
    ),
    (
        "email",
        "Subject: Consulate closure\n\nThe consular section will be closed on {DATE} for a public holiday. Bookings for that day (ref. {REF}) will be moved automatically.",
    ),
    # sms
    ("sms", "Your booking {REF} is confirmed for {DATE} {TIME}. Gate 3, seat {SEAT}."),
    ("sms", "Parcel {TRK} out for delivery today between {TIME} and {TIME}."),
    ("sms", "Tuning slot moved to Tue {TIME}. Reply YES to confirm."),
    # letter
    (
        "letter",
        "Dear Customer,\n\nThank you for your purchase of the Model {PART} chronograph. Your warranty runs until {DATE}. Please keep invoice {INV}.\n\nYours faithfully,\nCustomer Care",
    ),
    (
        "letter",
        "Dear Member,\n\nThe Society's annual lecture, 'Parish registers before 1837', will be held in the Old Library, Room {ROOM}, on {DATE}.\n\nThe Committee",
    ),
    (
        "letter",
        "To the Planning Department,\n\nWe object to application {REF} for a second quarry face. Blasting at 120 dB exceeds the limits agreed in {DATE}.\n\nResidents' Association",
    ),
    # form
    (
        "form",
        "Sample submission\nSample ID: {LOT}\nMatrix: raw water\nCollected: {DATE} {TIME}\nPreservative: HNO3\nTests: Pb, Cu, Fe",
    ),
    (
        "form",
        "Warranty claim\nProduct: Tourbillon {PART}\nPurchase date: {DATE}\nInvoice: {INV}\nFault: loses 40 s/day",
    ),
    (
        "form",
        "Cask order\nCask type: ex-sherry butt\nLot: {LOT}\nPrice: {PRICE}\nDelivery: bonded warehouse B",
    ),
    # ticket
    (
        "ticket",
        "Ticket #{NUM}: Tide API returns 500 on /v{VER}/stations. Build {HASH}. Port {PORT}.",
    ),
    (
        "ticket",
        "Bug: planetarium show 'Kepler's Laws' crashes at 14:32 on projector {ROOM}. Firmware {VER}.",
    ),
    (
        "ticket",
        "Request: add SKU {SKU} (Gouda, 24 months) to the wholesale price list at {PRICE}/kg.",
    ),
    # notes
    (
        "notes",
        "Kiln schedule\n- load oak boards {DATE}\n- target MC 8%\n- check sensor {PART}\n- unload {DATE}",
    ),
    (
        "notes",
        'Observing log\nTarget: comet 12P\nSeeing 2.1"\nExposure 120 s x 40\nFilter: Ha\nNotes: Gaussian blur helps the tail',
    ),
    (
        "notes",
        "To do: order Parmesan rinds, call the Bloomberg terminal rep about the renewal, pay invoice {INV}.",
    ),
    # minutes
    (
        "minutes",
        "Minutes, quarry safety committee, {DATE}\n1. Dust readings below limits.\n2. Crusher {PART} to be replaced.\n3. Next review {DATE}.",
    ),
    (
        "minutes",
        "Minutes of the tasting panel\nPresent: Head Distiller, Blender, Quality Lead\nItem 1: Batch {LOT} approved.\nItem 2: Cask strength release priced at {PRICE}.",
    ),
    (
        "minutes",
        "Fleet meeting {DATE}: fuel up 4%; the Ocean Ranger to dry dock; new sonar {VER} installed.",
    ),
    # transcript
    (
        "transcript",
        "AGENT: Thank you for calling the embassy. Press one for visas.\nCALLER: Hi, I've a booking, reference {REF}.\nAGENT: Your appointment is {DATE} at {TIME}.",
    ),
    (
        "transcript",
        "Forecaster: Storm Ciarán will deepen to 950 hPa.\nPresenter: Will the ferries run?\nForecaster: Not before {TIME}.",
    ),
    (
        "transcript",
        "Guide: This chronometer, the Harrison H4 replica, keeps time to a fifth of a second a day.\nVisitor: And the price?\nGuide: {PRICE}.",
    ),
    # json
    (
        "json",
        '{"order": "{ORD}", "items": [{"sku": "{SKU}", "qty": 2}], "total": "{PRICE}", "created": "{DATE}"}',
    ),
    (
        "json",
        '{"station": "WX-{NUM}", "wind_kt": 42, "gust_kt": 61, "pressure": 987, "storm": "Storm Agnes"}',
    ),
    ("json", '{"id": "{UUID}", "isbn": "{ISBN}", "binding": "half calf", "price": "{PRICE}"}'),
    # toolcall
    ("toolcall", 'get_weather(station="WX-{NUM}", from="{DATE}", hours=48)'),
    (
        "toolcall",
        '{"name": "create_order", "arguments": {"sku": "{SKU}", "qty": 12, "warehouse": "bond-B"}}',
    ),
    ("toolcall", 'track_shipment(tracking="{TRK}", carrier="DHL")'),
    # csv
    (
        "csv",
        "sku,name,price,stock\n{SKU},Reserve Darjeeling,{PRICE},40\n{SKU},Earl Grey Blue,{PRICE},112",
    ),
    ("csv", "sample,ph,turbidity,date\n{LOT},7.2,0.4,{DATE}\n{LOT},7.5,1.1,{DATE}"),
    ("csv", "board_id,species,length_mm,grade\n{PART},oak,2400,A\n{PART},ash,1800,B"),
    # tsv
    ("tsv", "asteroid\tmag\tepoch\n2024 XK3\t18.2\t{DATE}\n(4179) Toutatis\t15.1\t{DATE}"),
    ("tsv", "lot\tcheese\tage_months\n{LOT}\tComté\t18\n{LOT}\tStilton\t9"),
    ("tsv", "port\tservice\n{PORT}\tpostgres\n{PORT}\tredis"),
    # markdown_table
    (
        "markdown_table",
        "| Blend | Origin | Price |\n|---|---|---|\n| Lady Grey | Ceylon | {PRICE} |\n| Russian Caravan | China | {PRICE} |",
    ),
    (
        "markdown_table",
        "| Storm | Date | Max gust |\n|---|---|---|\n| Storm Agnes | {DATE} | 79 mph |\n| Storm Babet | {DATE} | 70 mph |",
    ),
    (
        "markdown_table",
        "| Part | Qty | Unit |\n|---|---|---|\n| {PART} | 4 | {PRICE} |\n| {PART} | 10 | {PRICE} |",
    ),
    # html
    (
        "html",
        '<h1>Spring sale</h1><p>Up to 30% off Chanel No. 5 and Dior Sauvage until {DATE}.</p><span style="color:{HEX}">Code SPRING{NUM}</span>',
    ),
    (
        "html",
        "<ul><li>Open: {TIME}-{TIME}</li><li>Room {ROOM}</li><li>Shows: 'Halley's Comet', 'Nobel Prize in Physics'</li></ul>",
    ),
    ("html", "Fix the alignment in this: <table><tr><td>{SKU}</td><td>{PRICE}</td></tr></table>"),
    # xml
    (
        "xml",
        '<shipment id="{TRK}"><vessel>MV Northern Light</vessel><eta>{DATE}</eta><containers>12</containers></shipment>',
    ),
    ("xml", '<book isbn="{ISBN}"><title>Bleak House</title><binding>full calf</binding></book>'),
    ("xml", '<reading sensor="{PART}" unit="mg/L">0.42</reading>'),
    # yaml
    (
        "yaml",
        "service: tide-api\nversion: {VER}\nport: {PORT}\nreplicas: 3\nimage: registry.local/tide:{HASH}",
    ),
    ("yaml", "collection: Noir Tide\nseason: AW25\npantone: {HEX}\nlooks: 42"),
    ("yaml", "kiln:\n  id: K-{NUM}\n  target_mc: 8\n  schedule: oak-40mm"),
    # code
    (
        "code",
        "def luhn_digit(body: str) -> int:\n    # standard Luhn check digit\n    return (10 - checksum(body)) % 10",
    ),
    ("code", "SELECT sku, SUM(qty) FROM orders WHERE created > '{DATE}' GROUP BY sku;"),
    (
        "code",
        "// apply a Gaussian blur to the star field\nconst img = blur(frame, { sigma: 1.4 }); // build {HASH}",
    ),
    (
        "code",
        'if err := db.Ping(); err != nil {\n\tlog.Fatalf("tide db on port {PORT}: %v", err)\n}',
    ),
    # log
    (
        "log",
        "{DATE} {TIME}:01 INFO  kiln-ctl: zone 3 at 64C\n{DATE} {TIME}:05 WARN  kiln-ctl: sensor {PART} drift",
    ),
    ("log", "GET /api/v2/orders/{ORD} 200 38ms\nPOST /api/v2/orders 201 112ms"),
    ("log", "deploy {VER} ({HASH}) to prod by @release-bot: ok"),
    # git
    ("git", "commit {HASH}\nAuthor: build-bot <bot@ci.local>\n\n    Bump tide-api to {VER}"),
    (
        "git",
        "Summarise:\n{HASH} fix: storm naming table for the season\n{HASH} chore: update deps\n{HASH} feat: add Kalman filter to gauge",
    ),
    ("git", "Write a commit message for: renamed Dijkstra helper, added tests for the Luhn check"),
    # diff
    (
        "diff",
        "--- a/config.yml\n+++ b/config.yml\n-port: {PORT}\n+port: {PORT}\n-version: {VER}\n+version: {VER}",
    ),
    ("diff", "-PRICE_PER_KG = 14.50\n+PRICE_PER_KG = 15.20  # Comté 18m"),
    ("diff", "Review:\n-    timeout = 30\n+    timeout = 60  # slow LIMS export"),
    # stacktrace
    (
        "stacktrace",
        'Traceback (most recent call last):\n  File "kiln.py", line 41, in read\n    value = sensor.read()\nTimeoutError: sensor {PART} did not answer on port {PORT}',
    ),
    (
        "stacktrace",
        "java.lang.NullPointerException\n\tat tide.Gauge.smooth(Gauge.java:{NUM})\n\tat tide.Kalman.step(Kalman.java:88)",
    ),
    (
        "stacktrace",
        "Error: ENOENT: no such file 'collections/AW25/{UUID}.json'\n    at Object.openSync (fs.js:498)",
    ),
    # slack
    ("slack", "[{TIME}] @deploy-bot: tide-api {VER} deployed\n[{TIME}] @ops: :white_check_mark:"),
    (
        "slack",
        "#cellar {TIME}: the Riesling from lot {LOT} is corked, pull it from the tasting list",
    ),
    ("slack", "[{TIME}] @forecast-bot: Storm Babet amber warning issued, ref {REF}"),
    # jira
    ("jira", "DIST-{NUM}: Bottling line stops at 1,200 bph. Firmware {VER}. Reproduced on line 2."),
    ("jira", "OBS-{NUM}: Dome shutter sticks at 40 degrees. Part {PART} ordered, ETA {DATE}."),
    ("jira", "Comment: will do after the freeze. Grace period for old API keys ends {DATE}."),
    # bibliography
    (
        "bibliography",
        "Format in Chicago style: The Chemistry of Whisky, 3rd edn, ISBN {ISBN}; Water Treatment Handbook, doi:{DOI}",
    ),
    (
        "bibliography",
        "References: [1] Standard Methods for Water, 24th edn (2023). [2] IAU Minor Planet Circular {NUM}.",
    ),
    ("bibliography", "Cite: Chronometry in Practice (2012), ISBN {ISBN}, pp. 45-60."),
    # ics
    (
        "ics",
        "BEGIN:VEVENT\nSUMMARY:Kiln maintenance\nDTSTART:20250410T080000\nLOCATION:Room {ROOM}\nEND:VEVENT",
    ),
    (
        "ics",
        "BEGIN:VEVENT\nSUMMARY:Planetarium show - Halley's Comet\nDTSTART:20250501T190000\nEND:VEVENT",
    ),
    # vcard
    ("vcard", "BEGIN:VCARD\nFN:Reception Desk\nORG:Old Quarry Visitor Centre\nEND:VCARD"),
    (
        "vcard",
        "BEGIN:VCARD\nFN:Sales Team\nORG:Velvet Harbour Parfums\nNOTE:order ref {REF}\nEND:VCARD",
    ),
    # paste
    (
        "paste",
        'Translate to English:\n\n"El pedido {ORD} saldrá del puerto el martes. El precio total es {PRICE}."',
    ),
    ("paste", 'Summarise:\n\n"Die Probe {LOT} zeigt erhöhte Trübung. Nachmessung am {DATE}."'),
    (
        "paste",
        "Extract as JSON:\n\n« Commande {ORD}, 3 flacons de parfum, total {PRICE}, livraison le {DATE}. »",
    ),
    ("paste", 'Translate:\n\n"Il formaggio stagionato 24 mesi è disponibile. Codice {SKU}."'),
    ("paste", 'Summarise:\n\n"De zaagmachine {PART} is gerepareerd. Nieuwe zaagbladen besteld."'),
    ("paste", 'Reply to:\n\n"Zamówienie {ORD} zostało wysłane. Numer przesyłki {TRK}."'),
    ("paste", 'Translate:\n\n"Beställning {ORD} levereras den {DATE}."'),
    ("paste", 'Translate:\n\n"Kahve siparişi {ORD} yola çıktı. Takip numarası {TRK}."'),
    ("paste", 'Translate:\n\n"Pesanan teh {ORD} sudah dikirim. Nomor resi {TRK}."'),
    ("paste", 'Translate:\n\n"Đơn hàng {ORD} đã được giao. Tổng tiền {PRICE}."'),
    ("paste", 'Reply to:\n\n"O pedido {ORD} de vinho do Porto foi enviado. Chega dia {DATE}."'),
    # voice
    ("voice", "remind me to order more oak barrels on monday at nine"),
    ("voice", "whats the forecast for the harbour tomorrow morning and will storm babet reach us"),
    ("voice", "add two kilos of comte to the order and bill me later"),
    ("voice", "set a timer for forty minutes for the kiln"),
]
