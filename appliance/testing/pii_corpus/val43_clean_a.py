"""Clean templates of val43, part A: texts of the same domains without any personal data,
full of decoys (codes, dates, versions, prices, and things named after people that are not
people here: eponymous laws, tests, scales, units, brands, software, horses, songs, rooms)."""

from __future__ import annotations

from appliance.testing.pii_corpus.val43_engine import T

CLEAN_A = [
    T("k_chat_agedcare_menu", "chat",
      "Can we switch Thursday's lunch to the soft-food menu for the whole memory-care unit? The Braden scale "
      "reviews are due on «date» and the Barthel index forms are in the blue folder."),
    T("k_chat_ski_lifts", "chat",
      "Lift status at «time»: «pick:Gondola 2|Chair 5|T-bar 9» on wind hold (gusts «int:55-90» km/h), the "
      "Sunrise Express is running, magic carpet closed for grooming. Avalanche danger level «pick:2|3|4»."),
    T("k_sms_rescue_training", "sms",
      "Training night moved to «date», «time». Topic: Stokes litter rigging and the new Sked. Bring harness, "
      "helmet and headtorch."),
    T("k_email_radio_licence", "email",
      "Subject: Licence renewal for the FM transmitter\n\nHi all,\n\nThe regulator confirmed renewal ref "
      "«order». Output stays at 250 W ERP on 94.7 MHz. The Yagi on the mast needs re-tensioning before winter; "
      "quote «inv» came in at «price».\n\nThanks,\nStation committee"),
    T("k_release_notes", "git",
      "## Release «ver»\n\n- Upgraded Django to 5.1 and pinned Pandas\n- Jenkins pipeline now caches wheels\n"
      "- Fixed Gerrit hook timeout on large patch sets\n- Build «build», commit «hash»"),
    T("k_json_build", "json",
      '{"pipeline": "release", "build": "«build»", "commit": "«hash»", "artifacts": ["app-«ver».tar.gz"], '
      '"duration_s": «int:100-900», "status": "passed"}'),
    T("k_log_ci", "log",
      "[«time»] Jenkins: job release-train #«int:100-999» SUCCESS\n[«time»] Sentry: 0 new issues since «ver»\n"
      "[«time»] Artifact signed, sha256 «hash»"),
    T("k_mining_gas", "notes",
      "Gas readings, level «int:3-9»: CH4 «pick:0.2|0.4|0.1»%, CO 3 ppm, O2 20.8%. Geiger counter background "
      "normal. Davy lamp display case cleaned. Next test at «time»."),
    T("k_wine_catalogue", "notes",
      "Lot «int:100-400»: Dom Pérignon «int:1996-2012», 6 x 75 cl, original wooden case. Estimate «price» to "
      "«price». Stored in bond since release; buyer's premium 22%."),
    T("k_wine_tasting", "chat",
      "Tasting note for the catalogue: Riesling Spätlese «int:2011-2021», petrol and lime, long finish. Suggested "
      "pairing on the dinner menu: Peach Melba or a mild Caesar salad."),
    T("k_tram_fault", "ticket",
      "Fault «ticket»: Flexity car «int:2001-2060» pantograph arcing between stops 14 and 15. Service reduced to "
      "8-minute headways until «time». Spare pantograph «sku» requested."),
    T("k_tram_timetable", "csv",
      "route,first_tram,last_tram,headway_min\n1,05:12,00:41,«int:5-8»\n3,05:30,23:58,«int:7-10»\n7,06:02,"
      "22:45,«int:10-15»"),
    T("k_fertility_lab", "log",
      "Embryology log «date»: «int:6-14» oocytes retrieved, ICSI performed at «time». Day 5: 2 blastocysts "
      "(4AA, 3BB) vitrified, straw batch «serial». Petri dishes discarded per protocol."),
    T("k_physio_protocol", "notes",
      "Post-op ACL protocol\n- Weeks 0-2: quad sets 3x10, heel slides, straight-leg raises\n- Week 6: Lachman "
      "test, single-leg squat to 45°\n- If calf pain: Thompson test, refer back\n- Avoid open-chain extension "
      "below 45°"),
    T("k_cemetery_grounds", "notes",
      "Grounds schedule: mow sections A to D on «date», re-level headstones in row «int:3-20», clear leaves in the "
      "Garden of Remembrance. The Book of Remembrance page is turned daily at «time»."),
    T("k_parking_zone_yaml", "yaml",
      "zone: K2\nbays: «int:20-80»\nmax_stay_min: 120\ntariff:\n  - hours: 1\n    price: \"«price»\"\n"
      "enforcement: camera\nsigns_version: «ver»"),
    T("k_airamb_fleet", "notes",
      "Aircraft status «time»: H145 serviceable, AW169 in the hangar (gearbox chip light), King Air on standby "
      "for fixed-wing transfers. Fuel «int:55-95»%. Next check «date»."),
    T("k_lis_westgard", "ticket",
      "QC rule violation on analyser «serial»: Westgard 1-3s on potassium level 2, Levey-Jennings chart "
      "attached. Rerun after recalibration; reagent lot «sku»."),
    T("k_festival_stages", "md_table",
      "| Stage | Opens | Capacity |\n|---|---|---|\n| Main Stage | 12:00 | «int:12000-20000» |\n| Big Top | 14:00 | "
      "«int:3000-5000» |\n| Woodland | 16:00 | «int:600-1200» |"),
    T("k_festival_setlist", "notes",
      "Closing set: 1. 'Jolene' (cover) 2. 'Valerie' 3. 'Layla' (extended outro) 4. new song, working title "
      "'Neon Harbour'. Curfew «time», fireworks cue at 22:58."),
    T("k_dive_physics", "llm_explain",
      "Quiz questions for the Rescue Diver course: explain Boyle's law at 20 m, Dalton's law for EAN32, and "
      "Henry's law in decompression sickness. Bonus: which gradient factors does the Bühlmann ZHL-16C model "
      "default to?"),
    T("k_dive_gear_order", "invoice",
      "Order «order»\n2 x regulator service kit «sku»   «price»\n1 x BCD inflator hose   «price»\nShipping "
      "3-5 working days."),
    T("k_patent_claim", "notes",
      "Claim 1: a compound of formula (I) selected from the Markush group consisting of R1 = methyl, ethyl. "
      "Claim 7 is drafted as a Jepson claim over the prior-art crystalliser. Examiner's deadline «date»."),
    T("k_trademark_classes", "form",
      "Class 9: downloadable software\nClass 41: entertainment services, namely organizing music festivals\n"
      "Filing fee: «price» per class\nDeadline: «date»\nApplication type: word mark"),
    T("k_exchange_ects", "email",
      "Subject: Learning agreements\n\nReminder: Erasmus+ learning agreements need 30 ECTS per semester, at least "
      "20 passed. Fulbright applications close on «date». The grade conversion table is version «ver».\n\n"
      "International Office"),
    T("k_noc_capacity", "notes",
      "Core ring utilisation peaked at «int:70-95»% at «time». Erlang B for the voice trunk: 42 erlangs offered, "
      "1% blocking needs 55 circuits. Fresnel zone clearance on the microwave hop is fine after the crane left."),
    T("k_noc_change_yaml", "yaml",
      "change: «ticket»\nwindow: «date» 01:00-03:00\nrollback: revert config «hash»\nrisk: medium\ndevices: "
      "«int:4-30»\napprover_role: CAB"),
    T("k_ham_contest", "radio_log",
      "Contest summary: «int:300-500» QSOs on 20 m, «int:100-200» on 40 m, FT8 on 14.074 MHz. Beam rotated at "
      "«time» when the band opened; SWR 1.3 on the Yagi."),
    T("k_ham_morse", "notes",
      "Morse practice plan: 18 wpm with Farnsworth timing, five-character groups, then Q-codes (QTH, QSL, QRM). "
      "Key and oscillator kits cost «price»."),
    T("k_hack_rules", "notes",
      "Hackathon rules\n• Teams of 2-5\n• Code freeze at «time» Sunday\n• Demos max 4 minutes\n• Rooms: Turing "
      "Lab (hardware), Lovelace Suite (quiet), Hopper Hall (food)"),
    T("k_crossword_theme", "chat",
      "Theme for the «int:1200-1400»th crossword: typefaces. Entries include GARAMOND, BASKERVILLE, FUTURA and "
      "BODONI; 15x15 grid, 28 answers, no more than three unches."),
    T("k_crossword_clues", "notes",
      "Clue 12 across: Scale for a quake (7) = RICHTER\nClue 4 down: Lab dish (5) = PETRI\nClue 9 down: "
      "Fibonacci number after eight (8) = THIRTEEN\nPrize: «price» voucher"),
    T("k_modelrail_layout", "notes",
      "Layout notes: OO gauge, Peco code 75 track, DCC with 4-pin decoders. Loco list: Class 47 (Bachmann), "
      "Class 08 shunter (Hornby), Class 66 in freight livery. Next running session «date»."),
    T("k_riding_horses", "notes",
      "Horse allocation: Biscuit (14.2hh, beginners), Duchess (16hh, jumping), Captain (hacking only), Pepper "
      "(rest day, farrier «date»)."),
    T("k_riding_feed", "notes",
      "Feed chart: 2 scoops chaff + 1 scoop pony nuts for the ponies; hay nets weighed at 6 kg. Worming due "
      "«date». Order «order» for 40 bales of shavings."),
    T("k_agedcare_norton", "code_py",
      "def norton_score(condition, mental, activity, mobility, incontinence):\n    \"\"\"Norton scale, 5-20; "
      "below 14 means at risk.\"\"\"\n    total = condition + mental + activity + mobility + incontinence\n"
      "    return total, total < 14"),
    T("k_sql_lis", "code_sql",
      "SELECT specimen_id, test_code, result\nFROM results\nWHERE verified_at > '«date»' AND analyser = "
      "'COBAS-«int:1-9»'\nORDER BY verified_at; -- Westgard flags in a separate table"),
    T("k_js_festival", "code_js",
      "const STAGES = ['Main Stage', 'Big Top', 'Woodland'];\n// curfew enforced after «time»\nexport function "
      "isOpen(t) { return t < CURFEW && !windHold; }"),
    T("k_search_geiger", "search", "how often to calibrate a geiger counter underground mine"),
    T("k_search_buhlmann", "search", "bühlmann gradient factors 30/70 vs 40/85 recreational"),
    T("k_llm_summarise_release", "llm_summarise",
      "Summarise this release note in one sentence: release «ver» drops support for the old sample-tube barcodes, adds "
      "HL7 v2.5 ORU export, and speeds up the worklist by 40%."),
    T("k_llm_translate_depot", "llm_translate",
      "Translate into German: \"The tram depot will close at 22:00 on «date» for rail grinding. Night buses "
      "replace routes 1 and 3.\""),
    T("k_chat_lower_tram", "chat_lower",
      "ngl the new timetable is kinda mid, the 22:14 is always late and the 22:29 just vanishes lol"),
    T("k_ticket_kibana", "ticket",
      "Ticket «ticket»\nCategory: software\nSummary: Kibana dashboard 'Lift Throughput' times out after upgrade "
      "to «ver»\nSteps: open dashboard, set range to 7 days\nPriority: P3"),
]
