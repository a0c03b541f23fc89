"""Clean templates of the val21 part of the labelled PII corpus: no person, no place, no
contact, but many decoys. Things named like people (brands, characters, dishes, cocktails,
apple and grape varieties, paints, perfumes, yoga styles, ships, racehorses, storms,
awards, laws, diseases, theorems, models, codenames, hostnames) and numbers shaped like
phones, cards or accounts that are order numbers, tracking codes, ISBNs and versions.
Written by hand for this part; the decoy slots are those of `val21_gen`.
"""

from __future__ import annotations

from appliance.testing.pii_corpus.val21_gen import Template as T

TEMPLATES: tuple[T, ...] = (
    # --- chat -----------------------------------------------------------------------------
    T("c_chat_tractor", "chat",
      "Is the John Deere 6R or the Massey Ferguson 7S better for a co-op with «n» members "
      "sharing one machine? Budget «price»."),
    T("c_chat_cocktails", "chat",
      "Give me a spec for a Tom Collins, a Bloody Mary and a Shirley Temple for «n» guests, "
      "plus a non-alcoholic Arnold Palmer."),
    T("c_chat_apples", "chat",
      "Which keeps longer in cold store: Granny Smith, Pink Lady or Cox's Orange Pippin? Our "
      "orchard lot is «lot»."),
    T("c_chat_storm", "chat",
      "Storm Babet and Storm Ciarán both hit during harvest. Summarise how the Met Office "
      "names storms, and why the list skips Q, U, X, Y and Z."),
    T("c_chat_zelda", "chat",
      "In Tears of the Kingdom, where does Link find the Master Sword? And is Zelda playable "
      "at all?"),
    T("c_chat_order", "chat",
      "My order «order» (tracking «track») says delivered on «date» but nothing came. What "
      "should I write to support?"),
    T("c_chat_theorem", "chat",
      "Explain Bayes' theorem and the Monty Hall problem to a first-year admissions "
      "interviewee, in under «n» lines."),
    T("c_chat_amber", "chat",
      "The blood stock level is at Amber for O negative. Draft an internal notice asking "
      "departments to defer elective work until it returns to Green."),
    # --- email ----------------------------------------------------------------------------
    T("c_email_release", "email",
      "Subject: Release «ver» of the manifest tool\n\nHi all,\n\nBuild «build» fixes the "
      "Hapag and Maersk booking imports. Hash «hash». Please test before «date».\n\nRelease "
      "Engineering"),
    T("c_email_newsletter", "email",
      "Subject: Co-op bulletin «date»\n\nGrain price is «price»/t. The Ford Ranger pool is "
      "full. Reminder: the Claas Lexion is in for service (job «ticket»).\n\nThe Board"),
    T("c_email_award", "email",
      "Subject: Nominations open\n\nThe Pulitzer and the Orwell Prize deadlines are both in "
      "«n» weeks. Newsroom entries go through the Awards Desk, form ref «ref»."),
    T("c_email_invoice", "email",
      "Subject: Invoice INV-«build» overdue\n\nDear Customer,\n\nInvoice INV-«build» for "
      "«price» (PO «order») is now «n» days overdue. Please quote the PO on payment.\n\n"
      "Accounts Receivable"),
    # --- sms / whatsapp -------------------------------------------------------------------
    T("c_sms_delivery", "sms",
      "Your parcel «track» will arrive «date» between «time» and «time». Reply STOP to opt "
      "out."),
    T("c_sms_code", "sms", "Your verification code is «n»«n». It expires in 10 minutes."),
    T("c_sms_blood", "sms",
      "Thank you for donating! Your donation «ref» is on its way to a hospital. Next "
      "eligible date: «date»."),
    T("c_sms_alert", "sms",
      "CAD ALERT «ticket»: RTC, 2 vehicles, units E«n» and A«n» assigned «time»."),
    T("c_whatsapp_quiz", "whatsapp",
      "Pub quiz team chat\nQ7: Who is Sherlock Holmes's landlady? Q8: Which ship was the Mary "
      "Rose's sister? lol\nAnswers by «time» pls"),
    T("c_whatsapp_baking", "whatsapp",
      "🍰 Victoria sponge or lemon drizzle for the fête? I've got «n» eggs and the Be-Ro "
      "book. Also trifle for the kids"),
    T("c_whatsapp_gaming", "whatsapp",
      "- Mario Kart tonight at «time»?\n- only if I can be Princess Peach\n- Bowser gang 😤\n"
      "- lobby code «n»«n»"),
    T("c_whatsapp_racing", "whatsapp",
      "Red Rum's record still stands lol. Putting «price» on Frankel's grandson in the «time» "
      "race, slip «ref»"),
    # --- letter ---------------------------------------------------------------------------
    T("c_letter_notice", "letter",
      "NOTICE TO ALL SHAREHOLDERS\n\nThe annual meeting of the Dairy Co-operative will be "
      "held on «date» at «time». Agenda item «n»: replacement of the Alfa Laval separator."),
    T("c_letter_policy", "letter",
      "Dear Policyholder,\n\nYour policy «ref» renews on «date». The premium of «price» will "
      "be collected as before. Nothing else changes.\n\nCustomer Services"),
    T("c_letter_court", "letter",
      "NOTICE OF HEARING\nCase no. «ref»\nThe hearing listed for «date» at «time» is "
      "vacated. A new date will be sent by post. — The Listing Office"),
    T("c_letter_lab", "letter",
      "To the Research Ethics Committee:\nProtocol «ref» (version «ver») amends the Hodgkin "
      "lymphoma arm. The Kaplan-Meier analysis plan is unchanged."),
    # --- form -----------------------------------------------------------------------------
    T("c_form_order", "form",
      "ORDER FORM\nSKU: «sku»\nQty: «n»\nUnit price: «price»\nPO number: «order»\nDelivery "
      "window: «date»"),
    T("c_form_lab", "form",
      "Sample submission\nSample ID: «lot»\nAssay: Western blot\nStorage: -80°C\nRack: «n»\n"
      "Project code: JASPER"),
    T("c_form_incident", "form",
      "INCIDENT FORM\nCategory: Equipment\nRef: «ticket»\nDate: «date»\nDescription: Bosch "
      "drill overheated in bay «n»."),
    T("c_form_survey", "form",
      "Feedback (anonymous)\nQ1 Service: 4/5\nQ2 Wait time: «n» min\nQ3 Comments: the "
      "kiosk crashed on version «ver»"),
    # --- review ---------------------------------------------------------------------------
    T("c_review_perfume", "review",
      "★★★★☆ Miss Dior lasts longer than Chanel No. 5 on me, but the Jo Malone candle "
      "wins for the house. Order «order»."),
    T("c_review_paint", "review",
      "Used Farrow & Ball Elephant's Breath in the hall and Rose Gold trim. Two coats, batch "
      "«lot». Five stars."),
    T("c_review_restaurant", "review",
      "The Eggs Benedict were cold and the Caesar salad was mostly croutons. Table «n», "
      "bill «price». 2/5."),
    T("c_review_phone", "review",
      "The Galaxy S24 beats the Pixel 8 on battery. Firmware «ver» fixed the Bluetooth bug. "
      "4 stars."),
    # --- notes ----------------------------------------------------------------------------
    T("c_notes_standup", "notes",
      "Standup «date»\n- Project Kestrel: migration «ver» done\n- Gandalf cluster disk at "
      "«n»%\n- Blocker: ticket «ticket»"),
    T("c_notes_yoga", "notes",
      "Class plan: 20 min Iyengar, 20 min Ashtanga, then Pilates core. Room booking «ref»."),
    T("c_notes_wine", "notes",
      "Tasting notes: Pinot Noir «n», Müller-Thurgau crisp, Sauvignon Blanc grassy. Case "
      "price «price»."),
    T("c_notes_medical", "notes",
      "CPD reading: Parkinson's vs essential tremor; Crohn's flare protocol; Alzheimer's "
      "screening cut-offs. Module «ref»."),
    # --- transcript -----------------------------------------------------------------------
    T("c_transcript_podcast", "transcript",
      "HOST 1: Welcome to episode «n».\nHOST 2: Today: is Batman a better detective than "
      "Hercule Poirot?\nHOST 1: Obviously Poirot."),
    T("c_transcript_meeting", "transcript",
      "[00:01:02] SPEAKER 1: Version «ver» is live.\n[00:01:09] SPEAKER 2: Did the Ticket "
      "«ticket» fix land?\n[00:01:12] SPEAKER 1: Yes, in build «build»."),
    T("c_transcript_radio", "transcript",
      "PRESENTER: That was the Moonlight Sonata. Coming up at «time», traffic, and the "
      "weather with Storm Agnes moving off."),
    T("c_transcript_voice", "transcript",
      "voice note ok so order number «order» is wrong it should be «n» units of the «sku» "
      "not «n» thanks"),
    # --- ticket ---------------------------------------------------------------------------
    T("c_ticket_bug", "ticket",
      "«ticket»: Crash in export on «ver»\nSteps: open the Lovelace dashboard, click Export "
      "CSV.\nExpected: file. Actual: 500. Build «build»."),
    T("c_ticket_feature", "ticket",
      "Feature request «ticket»: add Dark Mode to the Athena console and a Darwin-style "
      "changelog view."),
    T("c_ticket_infra", "ticket",
      "«ticket» — host athena-db-02 at «n»% disk. Runbook «ref». Priority P2."),
    T("c_ticket_support", "ticket",
      "Ticket «ticket»: the customer's Tesla Model Y charger shows error «n». Firmware "
      "«ver». Replacement part «sku»."),
    # --- json -----------------------------------------------------------------------------
    T("c_json_order", "json",
      '{"order_id": "«order»", "items": [{"sku": "«sku»", "qty": «n»}], "total": "«price»", '
      '"created": "«date»"}'),
    T("c_json_config", "json",
      '{"model": "llama-3-8b", "temperature": 0.«n», "max_tokens": «build», "assistant_name": '
      '"Alexa-clone"}'),
    T("c_json_product", "json",
      '{"name": "Ben & Jerry\'s Phish Food", "size": "465ml", "ean": "50«build»«build»", '
      '"price": "«price»"}'),
    T("c_json_ship", "json",
      '{"vessel": "Queen Mary 2", "imo": "«imo»", "eta": "«iso»T«time»", "berth": «n»}'),
    # --- csv ------------------------------------------------------------------------------
    T("c_csv_inventory", "csv",
      "sku,description,qty,price\n«sku»,Dyson V15 filter,«n»,«price»\n«sku»,Philips Hue bulb,"
      "«n»,«price»"),
    T("c_csv_catch", "csv",
      "species,kg,lot,vessel_imo\ncod,«n»,«lot»,«imo»\nhaddock,«n»,«lot»,«imo»"),
    T("c_csv_books", "csv",
      "isbn,title,price\n«isbn»,Fermat's Last Theorem,«price»\n«isbn»,The Hobbit,«price»"),
    T("c_csv_versions", "csv",
      "service,version,build\ngateway,«ver»,«build»\nscheduler,«ver»,«build»"),
    # --- markdown tables ------------------------------------------------------------------
    T("c_md_cocktails", "markdown_table",
      "| Drink | Spirit |\n|---|---|\n| Margarita | tequila |\n| Rob Roy | whisky |\n"
      "| Tom Collins | gin |"),
    T("c_md_release", "markdown_table",
      "| Component | Version | Commit |\n|---|---|---|\n| api | «ver» | «hash» |\n| web | «ver» "
      "| «hash» |"),
    T("c_md_awards", "markdown_table",
      "| Award | Field |\n|--|--|\n| Turing Award | computing |\n| Fields Medal | maths |\n"
      "| Booker Prize | fiction |"),
    T("c_md_shift", "markdown_table",
      "| Shift | Start | Crew size |\n|---|---|---|\n| Alpha | «time» | «n» |\n| Bravo | «time» "
      "| «n» |"),
    # --- html -----------------------------------------------------------------------------
    T("c_html_shop", "html",
      '<div class="product"><h2>Le Creuset Signature Casserole</h2><span class="price">'
      '«price»</span><span class="sku">«sku»</span></div>'),
    T("c_html_nav", "html",
      '<nav><a href="/orders">Orders</a> | <a href="/orders/«order»">Order «order»</a> | '
      '<a href="/help">Help</a></nav>'),
    T("c_html_recipe", "html",
      "<h1>Beef Stroganoff</h1><ol><li>Brown the beef</li><li>Add «n» g mushrooms</li></ol>"),
    T("c_html_error", "html",
      "<h1>502 Bad Gateway</h1><hr><center>nginx/«ver»</center>\nWhat causes this?"),
    # --- xml ------------------------------------------------------------------------------
    T("c_xml_pom", "xml",
      "<dependency>\n  <groupId>org.apache.commons</groupId>\n  <artifactId>commons-lang3"
      "</artifactId>\n  <version>«ver»</version>\n</dependency>"),
    T("c_xml_order", "xml",
      "<Order id=\"«order»\"><Line sku=\"«sku»\" qty=\"«n»\"/><Total>«price»</Total></Order>"),
    T("c_xml_feed", "xml",
      "<item><title>Ep «n»: Why Ada is the best language for rail</title><guid>«hash»</guid>"
      "</item>"),
    T("c_xml_android", "xml",
      '<TextView android:id="@+id/title" android:text="Cortana Settings" '
      'android:textSize="«n»sp"/>'),
    # --- code -----------------------------------------------------------------------------
    T("c_code_python", "code",
      "def luhn_total(order_no: str) -> int:\n    # order numbers like «order» are not cards\n"
      "    return sum(int(c) for c in order_no if c.isdigit())"),
    T("c_code_regex", "code",
      "Why doesn't r'\\d{3}-\\d{2}-\\d{4}' match build ids like «build»-«n»? I only want "
      "version strings like «ver»."),
    T("c_code_js", "code",
      "const characters = ['Mario', 'Luigi', 'Yoshi'];\ncharacters.forEach(c => "
      "console.log(c));\n// v«ver»"),
    T("c_code_rust", "code",
      "fn main() {\n    let codename = \"Kestrel\";\n    println!(\"{codename} build «build»\");\n}"),
    # --- log ------------------------------------------------------------------------------
    T("c_log_build", "log",
      "[«time»] Building gateway «ver» (commit «hash»)\n[«time»] Tests: «n» passed, 0 failed"),
    T("c_log_k8s", "log",
      "«iso»T«time»:03Z pod/jasper-worker-«n» OOMKilled, restarting (attempt «n»)"),
    T("c_log_payment", "log",
      "INFO order=«order» amount=«price» status=captured processor=Stripe latency=«n»ms"),
    T("c_log_cron", "log",
      "cron[«build»]: job nightly-export finished in «n»s, «build» rows, checksum «hash»"),
    # --- yaml -----------------------------------------------------------------------------
    T("c_yaml_ci", "yaml",
      "jobs:\n  test:\n    runs-on: ubuntu-22.04\n    steps:\n      - uses: actions/checkout@v4\n"
      "      - run: make test VERSION=«ver»"),
    T("c_yaml_helm", "yaml",
      "image:\n  repository: registry.local/hermes-api\n  tag: \"«ver»\"\nreplicas: «n»"),
    T("c_yaml_roster_codes", "yaml",
      "shifts:\n  - code: ALPHA\n    start: \"«time»\"\n  - code: BRAVO\n    start: \"«time»\""),
    T("c_yaml_product", "yaml",
      "product: Hermès Birkin 30\ncolour: Gold\nserial: «sku»\nprice: «price»"),
    # --- tool calls -----------------------------------------------------------------------
    T("c_tool_weather", "toolcall",
      '{"tool": "get_storm_track", "arguments": {"storm": "Storm Ciarán", "hours": «n»}}'),
    T("c_tool_order", "toolcall",
      'call: orders.get(order_id="«order»")\nresult: {"status": "shipped", "tracking": '
      '"«track»"}'),
    T("c_tool_search", "toolcall",
      '<tool_call>{"name": "search_catalogue", "args": {"query": "Granny Smith apples '
      '12kg", "max": «n»}}</tool_call>'),
    T("c_tool_isbn", "toolcall",
      'lookup_book(isbn="«isbn»") -> {"title": "Gödel, Escher, Bach", "pages": «build»}'),
    # --- sql ------------------------------------------------------------------------------
    T("c_sql_orders", "sql",
      "SELECT order_id, total FROM orders WHERE created >= '«date»' AND total > «n» "
      "ORDER BY total DESC;"),
    T("c_sql_catch", "sql",
      "INSERT INTO landings (lot, species, kg) VALUES ('«lot»', 'cod', «n»), ('«lot»', "
      "'hake', «n»);"),
    T("c_sql_products", "sql",
      "UPDATE products SET name = 'McVitie''s Digestives' WHERE sku = '«sku»';"),
    T("c_sql_schema", "sql",
      "CREATE TABLE visits (id serial PRIMARY KEY, slot timestamptz, room int, ref text);"),
    # --- ics / vcard ----------------------------------------------------------------------
    T("c_ics_release", "ics",
      "BEGIN:VEVENT\nSUMMARY:Release «ver» freeze\nDTSTART:20250402T090000Z\nDESCRIPTION:"
      "see ticket «ticket»\nEND:VEVENT"),
    T("c_ics_maintenance", "ics",
      "BEGIN:VEVENT\nSUMMARY:Centrifuge maintenance (Eppendorf 5810)\nDTSTART:20250611T"
      "070000Z\nEND:VEVENT"),
    T("c_ics_drive", "ics",
      "BEGIN:VEVENT\nSUMMARY:Blood drive — Mobile Unit «n»\nDESCRIPTION:Amber stock alert\n"
      "END:VEVENT"),
    T("c_vcard_company", "vcard",
      "BEGIN:VCARD\nVERSION:4.0\nFN:Support Desk\nORG:Kestrel Logistics\nNOTE:ticket "
      "«ticket»\nEND:VCARD"),
    T("c_vcard_bot", "vcard",
      "BEGIN:VCARD\nFN:Siri Shortcuts Bot\nNOTE:build «build»\nEND:VCARD\nWhy won't iOS import "
      "this?"),
    T("c_vcard_empty", "vcard",
      "BEGIN:VCARD\nVERSION:3.0\nFN:\nNOTE:placeholder for SKU «sku»\nEND:VCARD"),
    # --- latex ----------------------------------------------------------------------------
    T("c_latex_theorem", "latex",
      "\\begin{theorem}[Noether]\nEvery differentiable symmetry has a conserved quantity.\n"
      "\\end{theorem}\nAdd the Pythagorean theorem and Euler's identity too?"),
    T("c_latex_table", "latex",
      "\\begin{tabular}{lr}\nSample & OD600 \\\\\n«lot» & 0.«n» \\\\\n«lot» & 0.«n»\n"
      "\\end{tabular}"),
    T("c_latex_fig", "latex",
      "\\caption{Kaplan-Meier curves for arm B (protocol «ref», version «ver»).}"),
    # --- srt / ocr ------------------------------------------------------------------------
    T("c_srt_film", "srt",
      "12\n00:01:22,000 --> 00:01:25,500\nSIRENS WAIL\n\n13\n00:01:25,600 --> 00:01:28,000\n"
      "All units, code «n»."),
    T("c_srt_cartoon", "srt",
      "1\n00:00:01,000 --> 00:00:03,000\nIt's Peppa Pig! And George!\n\n2\n00:00:03,100 --> "
      "00:00:05,000\n*OINK*"),
    T("c_srt_tutorial", "srt",
      "5\n00:02:00,000 --> 00:02:04,000\nNow open the Hermes panel and set version «ver»."),
    T("c_ocr_receipt", "ocr",
      "FARM SUPPLIES CO-OP\nTILL 0«n»  «date»  «time»\nBAlER TWINE x«n»  «price»\nTOTAL  "
      "«price»\nVAT NO GB«build»«build»"),
    T("c_ocr_label", "ocr",
      "PR0DUCT: Granny Smith\nLOT «lot»\nBEST BEFORE «date»\nNET WT 12KG"),
    T("c_ocr_manual", "ocr",
      "M0DEL: Kärcher K5\nSERIAL «sku»\nFW «ver»\nREAD MANUAL BEF0RE USE"),
)  # fmt: skip
