"""Clean templates (no personal data) for val7, a blind part of the labelled PII corpus.

Written by hand for val7 alone, in every shape the personal templates use: hard decoys from
the same domains, with no person, place or contact in them. They hold order numbers,
tracking codes, ISBNs, versions, hashes, prices, dates and ticket ids (slots of `val7_gen`
that are never gold), numbers shaped like phones, cards or accounts that are something else,
and capitalised things named like people or places: software (Jasper, Ruby, Django),
products and finishes ("Amber" alert level, "Olive" colourway, "Sierra" tent), codenames,
teams, foods and brands (Tesla, Bosch, Ben & Jerry's).
"""

from __future__ import annotations

from appliance.testing.pii_corpus.val7_gen import T

TEMPLATES: list[T] = [
    # ---- chat ----
    T(
        "c_chat_hotel_policy",
        "chat",
        "Rewrite our late checkout policy so it sounds friendlier: checkout is 11:00, late checkout until 14:00 costs «price», suites get it free. Keep it under 60 words.",
    ),
    T(
        "c_chat_concrete",
        "chat",
        "What's the curing time for C30/37 concrete at 8°C? We poured slab B on «date» and the Bosch moisture meter reads 4.2%.",
    ),
    T(
        "c_chat_esports_patch",
        "chat",
        "Summarise patch «ver» for our team channel: Jasper got a nerf to his dash cooldown, the Amber map is back in rotation, ranked decay starts after 14 days.",
    ),
    T(
        "c_chat_vet_dosage",
        "chat",
        "Is meloxicam at 0.1 mg/kg safe for a 4 kg cat for 3 days? The clinic stocks Metacam «sku».",
    ),
    T(
        "c_chat_dating_feature",
        "chat",
        "Brainstorm names for a feature in our dating app that suggests a first-date spot. We already have Spark, Nudge and Slow Burn.",
    ),
    T(
        "c_chat_recipe",
        "chat",
        "I have olive oil, two aubergines, feta and a tin of chickpeas. Dinner idea for 3 in under 40 minutes?",
    ),
    T(
        "c_chat_code_review",
        "chat",
        "Explain what this regex does: ^(?:[A-Z]{2}\\d{2})[ -]?\\d{4}$ and why it matches order code «ticket».",
    ),
    T(
        "c_chat_gym_plan",
        "chat",
        "Give me a push/pull/legs split for 5 days a week, 45 minutes each, for someone who can deadlift 120 kg.",
    ),
    T(
        "c_chat_translation_glossary",
        "chat",
        "Build a German-English glossary for a wind turbine manual: Rotorblatt, Gondel, Getriebe, Pitchsystem. Client job «ticket», due «date».",
    ),
    T(
        "c_chat_music_theory",
        "chat",
        "Explain the circle of fifths to a 10-year-old piano student in three short sentences, and suggest one Czerny etude for the left hand.",
    ),
    T(
        "c_email_decoy_numbers",
        "email",
        "Subject: Batch «long» released\n\nThe QC batch passed: lot «sku», 1,200 vials, expiry «date». Certificate number 4000 1234 5678 9011 is printed on the outer box only.\n\nQA",
    ),
    T(
        "c_notes_ab_test",
        "notes",
        "A/B test Nudge vs Slow Burn: +3.1% matches on Nudge, p=0.04, n=48,210. Ship Nudge in «ver».",
    ),
    # ---- email ----
    T(
        "c_email_maintenance",
        "email",
        "Subject: Planned maintenance «date» «time» UTC\n\nHi all,\n\nThe Orion cluster goes read-only for about 40 minutes while we upgrade PostgreSQL to «ver». Ticket: «ticket». No action needed.\n\nPlatform Team",
    ),
    T(
        "c_email_supplier",
        "email",
        "Subject: PO «order» — revised lead time\n\nHello,\n\nThe M8 anchor bolts («sku») are delayed to week 51. The partial shipment left the warehouse under tracking «track». Price stays at «price» per box.\n\nProcurement",
    ),
    T(
        "c_email_newsletter",
        "email",
        "Subject: This month at the studio\n\nNew classes: Kettlebell Basics (Mon 18:30), Yin Yoga (Thu 07:00). The Sage smoothie is back at the bar for «price». Members' night is «date».",
    ),
    T(
        "c_email_trial_protocol",
        "email",
        "Subject: Protocol amendment 3 (v«ver»)\n\nDear investigators,\n\nVisit window for week 12 widens to ±5 days. Updated eCRF build «sha» is live. Please retrain site staff by «date».\n\nStudy Management",
    ),
    # ---- sms ----
    T(
        "c_sms_order",
        "sms",
        "Your DishDash order «order» is on its way! ETA «time». Track: dishdash.io/t/«sha»",
    ),
    T(
        "c_sms_otp",
        "sms",
        "Your verification code is 418 207. It expires in 10 minutes. Never share it.",
    ),
    T(
        "c_sms_outage",
        "sms",
        "Gridwise: planned outage in your area «date» 09:00-13:00 for line works. Ref «ticket». Reply INFO for details.",
    ),
    T(
        "c_sms_parcel",
        "sms",
        "Parcel «track» is at the pickup locker. Code 5531. Collect within 72h.",
    ),
    # ---- whatsapp ----
    T(
        "c_wa_team",
        "whatsapp",
        "[08:02] ops-bot: build «sha» deployed to staging\n[08:05] ops-bot: smoke tests 48/48 passed\n[08:06] ops-bot: promote to prod? reply YES",
    ),
    T(
        "c_wa_recipe_group",
        "whatsapp",
        "Sunday Bakers\n> sourdough at 78% hydration was too slack again 😩\n> try 72% and a longer cold proof\n> also the Kenwood hook is better than the spatula",
    ),
    T(
        "c_wa_game_night",
        "whatsapp",
        "[21:10] Ranked tonight? Diamond 2 grind\n[21:11] only if we don't pick Ruby support again lol\n[21:12] patch «ver» nerfed her anyway",
    ),
    # ---- letter ----
    T(
        "c_letter_policy",
        "letter",
        "Dear Customer,\n\nFrom «date» the monthly account fee for the Everyday Plus package changes to «price». Your reference is «order». No action is needed if you wish to keep the package.\n\nCustomer Services",
    ),
    T(
        "c_letter_recall",
        "letter",
        "PRODUCT SAFETY NOTICE\n\nBatch «sku» of the Coral 2-in-1 kettle may overheat. Please stop using it and return it to any store for a full refund. Serial numbers 4410-0000 to 4410-9999 are affected.",
    ),
    T(
        "c_letter_court_form",
        "letter",
        "NOTICE OF CHANGE OF COURT HOURS\n\nFrom «date», the civil registry counter opens at 08:30 and closes at 15:00. Filings after 15:00 are recorded the next working day. Reference: Practice Direction «num».",
    ),
    # ---- form ----
    T(
        "c_form_inspection",
        "form",
        "SITE INSPECTION CHECKLIST\nScaffold tags: ☑\nHarness anchors: ☑\nFire extinguisher serviced: «date»\nPermit no.: «ticket»\nWeather: 6°C, wind 22 km/h",
    ),
    T(
        "c_form_product",
        "form",
        "Product return form\nOrder number: «order»\nItem: Sierra 3P tent, Olive\nReason: zip broken\nRefund method: original payment\nRMA: «long»",
    ),
    T(
        "c_form_lab_booking",
        "form",
        "Instrument booking\nInstrument: Orbitrap Exploris 480\nSlot: «date» «time»-«time2»\nProject code: «sku»\nSamples: 96",
    ),
    T(
        "c_form_gym",
        "form",
        "CLASS FEEDBACK\nClass: HIIT Express\nInstructor rating: 5/5\nMusic volume: too loud\nWould recommend: yes",
    ),
    # ---- review ----
    T(
        "c_review_app",
        "review",
        "★★☆☆☆ Version «ver» broke the dark mode and the Jade theme is unreadable. Please roll back.",
    ),
    T(
        "c_review_hotel",
        "review",
        "★★★★★ Lovely rooms, the spa is worth it and the breakfast buffet had proper croissants. Parking «price»/night is steep though.",
    ),
    T(
        "c_review_headphones",
        "review",
        "The Sony WH-1000XM5 in Midnight Blue are comfy for long flights. Battery lasts ~30h. Case feels cheap for «price».",
    ),
    T(
        "c_review_course",
        "review",
        "Great beginner guitar course. Module 4 on barre chords is tough but the practice tracks help. Book ISBN «isbn» is a good companion.",
    ),
    # ---- notes ----
    T(
        "c_notes_sprint",
        "notes",
        "Sprint 42 retro\n- Jasper reports migrated to Metabase\n- flaky test in checkout (BUG-«num») still open\n- on-call load down 30%\n- next: Redis upgrade to «ver»",
    ),
    T(
        "c_notes_lab",
        "notes",
        "Run 17: buffer pH 7.4, 37°C, 200 rpm. OD600 at 4h = 0.82. Plate reader firmware «ver». Batch «sku».",
    ),
    T(
        "c_notes_wedding_menu",
        "notes",
        "Menu tasting: starter beetroot tartare, main lamb or mushroom risotto, dessert pavlova. 120 covers, «price» per head.",
    ),
    T(
        "c_notes_plant",
        "notes",
        "Line 3 downtime 47 min on «date», root cause: worn bearing on conveyor C-12. Spare ordered, PO «order».",
    ),
    # ---- transcript ----
    T(
        "c_transcript_ivr",
        "transcript",
        "IVR: Press 1 for card services, 2 for mortgages.\nCALLER: [presses 1]\nIVR: Please enter your 8-digit reference followed by hash.\nCALLER: [enters reference]\nIVR: Thank you. Your wait time is about 4 minutes.",
    ),
    T(
        "c_transcript_standup",
        "transcript",
        "SPEAKER 1: Staging is green.\nSPEAKER 2: The Kafka lag alert fired twice overnight, Amber level only.\nSPEAKER 1: Okay, ticket it as «ticket».",
    ),
    T(
        "c_transcript_podcast",
        "transcript",
        "HOST: Today we're comparing the Fender Stratocaster and the Gibson Les Paul.\nGUEST: Honestly it comes down to neck profile.\nHOST: And price, the Les Paul Standard is around «price».",
    ),
    # ---- ticket ----
    T(
        "c_ticket_bug",
        "ticket",
        "«ticket»: Export to CSV drops the last row when the file has more than 65,536 lines. Seen on «ver», build «sha». Priority: P2.",
    ),
    T(
        "c_ticket_facilities",
        "ticket",
        "«ticket» — Meeting room Atlas: HDMI adapter missing, projector bulb flickers. Floor 3.",
    ),
    T(
        "c_ticket_delivery",
        "ticket",
        "«ticket» Restaurant partner 4471 reports tablet offline since «time». Router rebooted, still offline. Escalate to hardware.",
    ),
    T(
        "c_ticket_refund",
        "ticket",
        "Refund «order» approved, amount «price», reason: item not as described (Olive colourway shipped instead of Sand).",
    ),
    # ---- ocr ----
    T(
        "c_ocr_receipt",
        "ocr",
        "CAFE RECEIPT\n2x Flat White  7.80\n1x Almond Croissant  3.90\nTOTAL  11.70\nAUTH CODE 031447\nTHANK YOU",
    ),
    T(
        "c_ocr_label",
        "ocr",
        "SHIP TO: PICKUP LOCKER 22\nTRACKING «track»\nWEIGHT 2.4 KG\nORDER «order»",
    ),
    T(
        "c_ocr_nutrition",
        "ocr",
        "Nutrition per 100 g\nEnergy 1632 kJ / 389 kcal\nFat 19 g\nCarbohydrate 47 g\nLot «sku»  Best before «date»",
    ),
    # ---- srt ----
    T(
        "c_srt_tutorial",
        "srt",
        "1\n00:00:01,000 --> 00:00:04,000\nIn this video we set up Django «ver».\n\n2\n00:00:04,500 --> 00:00:08,000\nFirst, create a virtual environment.",
    ),
    T(
        "c_srt_cooking",
        "srt",
        "7\n00:01:12,000 --> 00:01:15,500\nNow add the garlic and let it sizzle.\n\n8\n00:01:16,000 --> 00:01:19,000\nNot too long, or it turns bitter.",
    ),
    T(
        "c_srt_game",
        "srt",
        "3\n00:00:09,000 --> 00:00:12,000\n[CROWD CHEERING]\n\n4\n00:00:12,500 --> 00:00:15,000\nWhat a clutch in round 24!",
    ),
    # ---- json ----
    T(
        "c_json_order",
        "json",
        '{"order_id": "«order»", "items": [{"sku": "«sku»", "qty": 2, "price": "«price»"}], "tracking": "«track»", "status": "shipped"}',
    ),
    T(
        "c_json_config",
        "json",
        '{"service": "jasper-reports", "version": "«ver»", "replicas": 3, "alert_level": "amber", "commit": "«sha»"}',
    ),
    T(
        "c_json_metrics",
        "json",
        '{"match_id": «long», "map": "Ascent", "rounds": 24, "mvp_agent": "Sage", "duration_s": 2710}',
    ),
    T(
        "c_json_book",
        "json",
        '{"title": "Practical Statistics", "isbn": "«isbn»", "edition": 3, "price": "«price»"}',
    ),
    # ---- csv ----
    T(
        "c_csv_inventory",
        "csv",
        "sku,desc,qty,price\n«sku»,Sierra tent Olive,14,«price»\n«sku2»,Trail mug Coral,200,«price2»",
    ),
    T("c_csv_energy", "csv", "meter_id,date,kwh\nMTR-«num»,«date»,12.4\nMTR-«num2»,«date2»,9.8"),
    T("c_csv_results", "csv", "sample,od600,ph\nS01,0.82,7.4\nS02,0.79,7.3\nS03,0.91,7.5"),
    T(
        "c_csv_orders",
        "csv",
        "order,tracking,total\n«order»,«track»,«price»\n«order2»,«track2»,«price2»",
    ),
    # ---- markdown_table ----
    T(
        "c_md_release",
        "markdown_table",
        "| Component | Version | Status |\n|---|---|---|\n| api | «ver» | ✅ |\n| worker | «ver2» | ⚠️ |\n| web | «ver3» | ✅ |",
    ),
    T(
        "c_md_rooms",
        "markdown_table",
        "| Room type | Rate | Breakfast |\n|---|---|---|\n| Standard | «price» | no |\n| Deluxe | «price2» | yes |",
    ),
    T(
        "c_md_workout",
        "markdown_table",
        "| Exercise | Sets | Reps |\n|--|--|--|\n| Squat | 5 | 5 |\n| Bench | 5 | 5 |\n| Row | 3 | 8 |",
    ),
    T(
        "c_md_tickets",
        "markdown_table",
        "| Ticket | Sev | Owner team |\n|---|---|---|\n| «ticket» | P1 | Payments |\n| «ticket2» | P3 | Growth |",
    ),
    # ---- html ----
    T(
        "c_html_menu",
        "html",
        "<ul><li>Margherita — «price»</li><li>Quattro Formaggi — «price2»</li><li>Ben &amp; Jerry's tub — «price3»</li></ul>",
    ),
    T(
        "c_html_status",
        "html",
        '<div class="banner amber">Degraded performance on EU checkout since «time» UTC. Incident «ticket».</div>',
    ),
    T(
        "c_html_product",
        "html",
        "<h2>Coral 2-in-1 Kettle</h2><p>1.7 L, 3000 W, model «sku».</p><button>Add to basket</button>",
    ),
    T(
        "c_html_docs",
        "html",
        "<pre><code>pip install jasper-cli==«ver»</code></pre><p>Requires Python 3.11+.</p>",
    ),
    # ---- xml ----
    T(
        "c_xml_build",
        "xml",
        "<project><groupId>org.opencollab</groupId><artifactId>atlas-core</artifactId><version>«ver»</version></project>",
    ),
    T(
        "c_xml_invoice",
        "xml",
        '<Invoice><ID>«order»</ID><IssueDate>«date»</IssueDate><LineItem sku="«sku»" qty="12"/><Total>«price»</Total></Invoice>',
    ),
    T("c_xml_feed", "xml", "<item><title>Patch notes «ver»</title><guid>«sha»</guid></item>"),
    # ---- code ----
    T(
        "c_code_python",
        "code",
        "def luhn_ok(n: str) -> bool:\n    total = 0\n    for i, ch in enumerate(reversed(n)):\n        d = int(ch) * (2 if i % 2 else 1)\n        total += d - 9 if d > 9 else d\n    return total % 10 == 0\nWhy does this return True for '0000'?",
    ),
    T(
        "c_code_sql_schema",
        "code",
        "CREATE TABLE orders (\n  id BIGINT PRIMARY KEY,\n  tracking VARCHAR(32),\n  total_cents INT\n);\n-- add an index for tracking lookups?",
    ),
    T(
        "c_code_js",
        "code",
        "const theme = { primary: 'Jade', accent: 'Coral', bg: '#1e1e2e' };\nexport default theme; // why doesn't Tailwind pick this up?",
    ),
    T(
        "c_code_dockerfile",
        "code",
        'FROM python:3.12-slim\nRUN pip install django==«ver» gunicorn\nCMD ["gunicorn", "app.wsgi", "-b", "0.0.0.0:8000"]',
    ),
    # ---- log ----
    T(
        "c_log_deploy",
        "log",
        "«date» «time» INFO deploy: release «ver» (commit «sha») rolled out to 12/12 pods\n«date» «time2» INFO healthcheck ok latency_p99=182ms",
    ),
    T(
        "c_log_payment",
        "log",
        "[payments] order=«order» status=captured amount=«price» retries=0\n[payments] webhook delivered in 212ms",
    ),
    T(
        "c_log_game",
        "log",
        "[match «long»] round 24 end, score 13-11\n[match «long»] tickrate 128, avg ping 23ms",
    ),
    T(
        "c_log_meter",
        "log",
        "meter MTR-«num» reading=«num2» kWh quality=GOOD\nmeter MTR-«num3» reading=NULL quality=ESTIMATED",
    ),
    # ---- yaml ----
    T(
        "c_yaml_ci",
        "yaml",
        "jobs:\n  test:\n    runs-on: ubuntu-24.04\n    steps:\n      - uses: actions/checkout@v4\n      - run: pytest -q",
    ),
    T(
        "c_yaml_helm",
        "yaml",
        'image:\n  repository: registry.local/atlas\n  tag: "«ver»"\nresources:\n  limits:\n    memory: 512Mi',
    ),
    T(
        "c_yaml_menu",
        "yaml",
        "menu:\n  - name: Sage & Butternut Soup\n    price: «price»\n  - name: Olive Focaccia\n    price: «price2»",
    ),
    # ---- toolcall ----
    T(
        "c_toolcall_weather",
        "toolcall",
        '{"tool": "get_forecast", "arguments": {"station_id": "WX-«num»", "days": 3}}',
    ),
    T(
        "c_toolcall_order",
        "toolcall",
        'call lookup_order(order_id="«order»", include_tracking=True)',
    ),
    T(
        "c_toolcall_search",
        "toolcall",
        '{"name": "search_docs", "parameters": {"query": "rotate api keys", "product": "Jasper", "version": "«ver»"}}',
    ),
    T(
        "c_toolcall_refund",
        "toolcall",
        '{"function": "refund", "args": {"order": "«order»", "amount": "«price»", "reason": "damaged"}}',
    ),
    # ---- sql ----
    T(
        "c_sql_report",
        "sql",
        "SELECT date_trunc('week', created_at) AS wk, count(*) FROM orders WHERE status = 'refunded' GROUP BY 1 ORDER BY 1;",
    ),
    T(
        "c_sql_update",
        "sql",
        "UPDATE products SET price_cents = 2499 WHERE sku = '«sku»' AND colourway = 'Olive';",
    ),
    T("c_sql_tracking", "sql", "SELECT * FROM shipments WHERE tracking_code = '«track»';"),
    # ---- ics ----
    T(
        "c_ics_maintenance",
        "ics",
        "BEGIN:VEVENT\nSUMMARY:Maintenance window (Orion cluster)\nDTSTART:20260110T020000Z\nDTEND:20260110T040000Z\nDESCRIPTION:Ticket «ticket»\nEND:VEVENT",
    ),
    T(
        "c_ics_class",
        "ics",
        "BEGIN:VEVENT\nSUMMARY:Kettlebell Basics\nRRULE:FREQ=WEEKLY;BYDAY=MO\nDTSTART:20260105T183000\nEND:VEVENT",
    ),
    T(
        "c_ics_release",
        "ics",
        "BEGIN:VEVENT\nSUMMARY:Code freeze for «ver»\nDTSTART;VALUE=DATE:20260302\nEND:VEVENT",
    ),
    # ---- vcard ----
    T(
        "c_vcard_org",
        "vcard",
        "BEGIN:VCARD\nVERSION:4.0\nKIND:org\nFN:DishDash Partner Support\nNOTE:open 24/7, ticket portal only\nEND:VCARD",
    ),
    T(
        "c_vcard_device",
        "vcard",
        "BEGIN:VCARD\nVERSION:3.0\nFN:Front Desk Tablet 02\nORG:IronPulse Fitness\nNOTE:asset tag «sku»\nEND:VCARD",
    ),
    T(
        "c_vcard_team",
        "vcard",
        "BEGIN:VCARD\nFN:Newsdesk Night Shift\nORG:Daily Ledger\nCATEGORIES:editorial,rota\nEND:VCARD",
    ),
    # ---- latex ----
    T(
        "c_latex_table",
        "latex",
        "\\begin{tabular}{lrr}\nSample & OD600 & pH \\\\\nS01 & 0.82 & 7.4 \\\\\nS02 & 0.79 & 7.3\n\\end{tabular}\nWhy is the last row missing a line?",
    ),
    T(
        "c_latex_eq",
        "latex",
        "Make this render: $\\sum_{i=1}^{n} x_i^2 \\leq \\lambda$ inside an align environment.",
    ),
    T(
        "c_latex_cite",
        "latex",
        "\\cite{attention2017} breaks with biblatex «ver», but natbib works. Any idea?",
    ),
]
