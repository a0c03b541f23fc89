"""Clean templates of val43, part B: more shapes (calendars, invoices, labels, transcripts,
exports, tables, configs, code, tool calls, other languages) without personal data."""

from __future__ import annotations

from appliance.testing.pii_corpus.val43_engine import T

CLEAN_B = [
    T("k_cal_ski_week", "calendar",
      "Mon «time»  Lift inspection, Chair 5\nTue «time»  Snowcat maintenance\nWed «time»  Avalanche beacon drill, "
      "car park B\nThu «time»  Piste-basher driver refresher"),
    T("k_invoice_headstone_kit", "invoice",
      "INVOICE «inv»\nAnnual maintenance, headstone-cleaning equipment   1 x «price»\nVAT 20%\nPayment "
      "reference: «order»\nTerms: 30 days from «date»"),
    T("k_receipt_skipass", "receipt",
      "Receipt «order»\n2 x day pass   «price»\n1 x locker   «price»\nPaid contactless, «date» «time»\nKeep this "
      "receipt for refunds."),
    T("k_label_reagents", "shipping_label",
      "PACKAGE 1 OF 3\nWeight: «int:2-30».4 kg\nTracking: «serial»\nContents: lab reagent kits, keep at 2-8 °C\n"
      "Service: next-day, address label on the lid"),
    T("k_meeting_roles", "meeting",
      "Chair: Item 4, the new mixing desk.\nTreasurer: We can afford it if the fundraiser clears «price».\n"
      "Secretary: Minuted. Vote next meeting, «date».\nChair: Thanks, everyone."),
    T("k_call_parking_helpline", "call",
      "Agent: Thanks for calling the parking helpline, how can I help?\nCaller: Can motorcycles use bay 14 in "
      "zone K2?\nAgent: Yes, up to 120 minutes, same tariff as cars.\nCaller: Great, thanks."),
    T("k_export_bots", "chat_export",
      "[09:12] gate-bot: north gate scanners online\n[09:14] ops-bot: «int:1500-3000» wristbands validated\n"
      "[09:30] weather-bot: gust warning 55 km/h, secure the Big Top flaps"),
    T("k_log_tram_vehicle", "log",
      "2026-03-14 05:12:03 VEH2041 door_cycle ok\n2026-03-14 05:12:09 VEH2041 traction fault E-471 raised\n"
      "2026-03-14 05:13:40 VEH2041 fault cleared, speed limit 25 km/h"),
    T("k_csv_dive_log", "csv",
      "dive_no,max_depth_m,bottom_time_min,gas,gf\n«int:30-60»,28.4,42,EAN32,30/80\n«int:61-90»,18.2,55,air,"
      "40/85\n«int:91-99»,33.0,25,EAN28,30/70"),
    T("k_md_physio_tests", "md_table",
      "| Test | Positive sign |\n|---|---|\n| Lachman | anterior tibial translation |\n| McMurray | click on "
      "rotation |\n| Thomas | hip flexion contracture |\n| Ober | tight iliotibial band |"),
    T("k_yaml_lis_interface", "yaml",
      "interface: hl7\nversion: \"2.5\"\nmessage_types: [ORU^R01, ORM^O01]\nretry_seconds: «int:10-90»\n"
      "archive_days: 3650\nrelease: «ver»"),
    T("k_xml_rollingstock", "xml",
      "<vehicle id=\"«int:2001-2060»\" type=\"Citadis\"><mileage unit=\"km\">«int:100000-900000»</mileage>"
      "<nextService>«date»</nextService></vehicle>"),
    T("k_ini_stream_clean", "ini",
      "[stream]\nbitrate = 128k\ncodec = opus\nbackup_mount = /fallback\n\n[silence_detector]\nthreshold_db = "
      "-50\nseconds = «int:10-40»"),
    T("k_tool_lift_status", "toolcall",
      '{"tool": "get_lift_status", "arguments": {"lift": "«pick:Chair 5|Gondola 2|T-bar 9»", "since": "«time»", '
      '"include_wind": true}}'),
    T("k_json_parking", "json",
      '{"zone": "K2", "bays_free": «int:0-40», "tariff_per_hour": "«price»", "updated": "«date»", "sensor_fw": '
      '"«ver»"}'),
    T("k_form_equipment_loan", "form",
      "Equipment loan form\nItem: avalanche transceiver\nSerial: «serial»\nCondition: good\nBattery: «int:40-100»%\n"
      "Return by: «date»"),
    T("k_notes_mining_ba", "notes",
      "- Toolbox talk: Dräger BG4 breathing apparatus checks\n- Refuge chamber 3 seals replaced\n- Caterpillar "
      "R1700 loader back in service\n- Permit «ticket» closed"),
    T("k_sms_dive_tide", "sms",
      "Tide window tomorrow 10:40-12:10, viz 15 m. Boat leaves pier 2 at «time». Reply YES to keep your slot."),
    T("k_email_hack_judging", "email",
      "Subject: Judging criteria\n\nHi mentors,\n\nScoring this year: impact 30%, technical depth 30%, design 20%, "
      "pitch 20%. Trophies are in the Turing Lab cupboard; the Grace Hopper Award goes to the best first-time "
      "team.\n\nOrganising committee"),
    T("k_email_exchange_fees", "email",
      "Subject: Programme fees «int:2026-2027»\n\nThe exchange administration fee is «price», due by «date». "
      "Insurance is included. Erasmus+ grants are paid in two instalments (70% / 30%).\n\nThanks"),
    T("k_ticket_lis_barcode", "ticket",
      "«ticket»\nSummary: LIMS rejects tube barcodes with prefix 77\nVersion: «ver»\nWorkaround: relabel tubes at "
      "reception\nImpact: «int:20-80» samples/day"),
    T("k_llm_rewrite_bunsen", "llm_rewrite",
      "Rewrite more concisely: \"Due to the fact that the Bunsen burner in lab 3 has been observed to be "
      "producing a yellow flame on a number of occasions, it is requested that it be serviced.\""),
    T("k_search_cocktails", "search", "tom collins vs rob roy cocktail recipe festival bar"),
    T("k_rose_varieties", "notes",
      "Memorial garden planting plan: 12 x 'Gertrude Jekyll' (pink), 8 x 'Graham Thomas' (yellow), 6 x 'Iceberg' "
      "(white). Prune in «pick:February|March»; mulch after «date»."),
    T("k_chess_column", "notes",
      "Puzzle page, chess corner: this week's position comes from a Caro-Kann; last week's was a Ruy Lopez with "
      "an early Alekhine-style knight jump. White to play and mate in «int:2-4»."),
    T("k_fonts_style", "notes",
      "Style guide: clues set in Garamond 10/12 pt, grid numbers in Futura Bold, answers page in Gill Sans. "
      "Proofs due «date»."),
    T("k_storm_closure", "chat",
      "Upper mountain closed until Storm Jocelyn passes; forecast gusts «int:90-140» km/h on the ridge. Lower "
      "lifts reopen at «time» if the wind drops."),
    T("k_boat_schedule", "calendar",
      "Boat schedule «date»\n08:30 MV Sea Wren, wall dive, max 12 divers\n13:30 RIB 'Lady Margaret', reef "
      "drift, max 8 divers\nNight dive cancelled (swell)"),
    T("k_award_radio", "chat",
      "We've been shortlisted for the Marconi Award for community broadcasting! Ceremony on «date», black tie, "
      "tickets «price» each."),
    T("k_csv_lab_stock", "csv",
      "item,qty,location\nErlenmeyer flask 250 ml,«int:10-40»,cupboard 3\nPasteur pipettes (box),«int:5-20»,"
      "drawer 7\nEppendorf tubes 1.5 ml,2000,shelf B\nBunsen burner,6,bench 2"),
    T("k_memorial_bench", "form",
      "Memorial bench order\nMaterial: oak, 1.8 m\nPlaque: brass, inscription 'In loving memory' (24 characters)"
      "\nLead time: 6 weeks\nPrice: «price»"),
    T("k_py_decompression", "code_py",
      "def ceiling(pressure_bar, gf_low=0.3, gf_high=0.85):\n    \"\"\"Bühlmann ZHL-16C ceiling with gradient "
      "factors.\"\"\"\n    a, b = COEFFS[«int:0-15»]\n    return (pressure_bar - a * gf_low) / (gf_low / b - gf_low + 1)"),
    T("k_sql_pcn_stats", "code_sql",
      "SELECT bay_id, COUNT(*) AS pcns\nFROM pcn_issued\nWHERE issued_on BETWEEN '«date»' AND '«date»'\nGROUP BY "
      "bay_id\nHAVING COUNT(*) > «int:5-20»;"),
    T("k_js_playlist", "code_js",
      "// rotation for the late show\nconst PLAYLIST = ['Jolene', 'Roxanne', 'Layla', 'Heart of Glass'];\n"
      "const JINGLE_EVERY = «int:3-6»;"),
    T("k_retro_release", "notes",
      "Sprint «int:30-60» retro\n+ Jenkins migration done\n- flaky Gerrit hooks again\n? pin Pandas to «ver»\n"
      "Action: Kubernetes upgrade window on «date»"),
    T("k_fertility_faq", "notes",
      "FAQ: How long can embryos be stored? Standard storage is 10 years, renewable. Annual fee «price». Our "
      "embryologists grade blastocysts with the Gardner scale."),
    T("k_airamb_weather", "notes",
      "Weather check «time»: wind 270/18G30, visibility 8 km, cloud broken at 2,000 ft. HEMS minima met. Night "
      "vision goggles checked, battery «int:70-100»%."),
    T("k_physio_sms_policy", "sms",
      "Reminder: bring shorts and trainers. Sessions last 45 min; cancellations with less than 24 h notice are "
      "charged «price»."),
    T("k_json_ski_rental", "json",
      '{"rental_stock": {"skis_160cm": «int:5-40», "boots_eu42": «int:5-30», "helmets_m": «int:10-50»}, '
      '"reorder_sku": "«sku»", "checked": "«date»"}'),
    T("k_modelrail_club_chat", "chat",
      "Club night reminder: the A4 Pacific is back from the paint shop, and the new Peco turnouts arrived "
      "(order «order»). Running session starts «time»."),
    T("k_clean_ru_release", "chat",
      "Релиз «ver» выходит «date». Сборка «build», хеш «hash». Блокеров нет, откат по инструкции из вики."),
    T("k_clean_ja_lift", "notice",
      "本日のリフト運行状況：第5リフトは強風のため運休、ゴンドラは«time»から運行再開の予定です。"),
    T("k_clean_de_depot", "notice",
      "Bitte die Straßenbahnwagen 2041 bis 2046 bis «date» in die Werkstatt bringen. Fehlercode E-471, "
      "Auftrag «order»."),
]
