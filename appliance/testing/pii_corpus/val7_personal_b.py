"""Templates with personal data for val7 (structured and machine shapes), a blind part of
the corpus.

Written by hand for val7 alone: json, csv, markdown_table, html, xml, code, log, yaml,
toolcall, sql, ics, vcard and latex texts as an LLM gateway sees them from applications and
developers (booking systems, CRMs, payroll exports, server logs, test fixtures) in the
domains of val7. Slots are those of `val7_gen`.
"""

from __future__ import annotations

from appliance.testing.pii_corpus.val7_gen import T

TEMPLATES: list[T] = [
    # ---- json ----
    T(
        "json_booking",
        "json",
        '{"booking_id": "«order»", "guest": {"name": "«p1.full»", "phone": "«phone1»", "email": "«p1.email»"}, "hotel": "«city1» Harbour", "nights": 3}',
    ),
    T(
        "json_trial_participant",
        "json",
        'Summarise adverse events for this record:\n{"subject": "«p1.full»", "site_city": "«city1»", "investigator": "«p2.comma»", "ssn": "«ssn1»", "events": ["headache", "nausea"]}',
    ),
    T(
        "json_payment",
        "json",
        '{\n  "payer": "«p1.upper»",\n  "card_number": "«card1»",\n  "billing_address": "«addr1»",\n  "ip": "«ip1»"\n}',
    ),
    T(
        "json_dating_match",
        "json",
        '[{"user": "«p1.first»", "city": "«city1»", "match": "«p2.first»", "msg": "hey «p2.lfirst», coffee this week?"}]',
    ),
    T(
        "json_payout",
        "json",
        '{"driver": "«p1.full»", "iban": "«iban1»", "phone": "«phone1»", "zone": "«city1»-north"}',
    ),
    T(
        "json_oss_contributors",
        "json",
        '{"contributors": [{"name": "«p1.full»", "email": "«p1.email»"}, {"name": "«p2.full»", "email": "«p2.email»"}], "license": "Apache-2.0"}',
    ),
    # ---- csv ----
    T(
        "csv_event_guests",
        "csv",
        "name,table,phone,diet\n«p1.full»,4,«phone1»,vegan\n«p2.full»,4,«phone2»,none\n«p3.full»,7,«phone3»,halal",
    ),
    T(
        "csv_payroll",
        "csv",
        "Fix the header of this export:\nemp;ssn;acct\n«p1.comma»;«ssn1»;«acct1»\n«p2.comma»;«ssn2»;«acct2»",
    ),
    T(
        "csv_gym_members",
        "csv",
        "member_id,first,last,city,card\nM-«num»,«p1.first»,«p1.last»,«city1»,«card1»",
    ),
    T(
        "csv_translators",
        "csv",
        '"Translator","Languages","Phone","Email"\n"«p1.full»","de>en","«phone1»","«p1.email»"\n"«p2.full»","ja>en","«phone2»","«p2.email»"',
    ),
    T(
        "csv_outage_calls",
        "csv",
        "time,caller,number,location\n«time»,«p1.lower»,«phone1»,«city1»\n«time2»,«p2.lower»,«phone2»,«city2»",
    ),
    # ---- markdown_table ----
    T(
        "md_oncall",
        "markdown_table",
        "| Week | Primary | Backup | Phone |\n|---|---|---|---|\n| 49 | «p1.full» | «p2.full» | «phone1» |\n| 50 | «w1.full» | «p1.full» | «phone2» |",
    ),
    T(
        "md_tour_group",
        "markdown_table",
        "Tour group for «date»:\n\n| Guest | From | Room |\n|--|--|--|\n| «p1.full» | «country1» | 214 |\n| «p2.full» | «country2» | 215 |\n| «p3.full» | «city1» | 301 |",
    ),
    T(
        "md_vet_schedule",
        "markdown_table",
        "| Time | Owner | Pet | Vet |\n|---|---|---|---|\n| 09:00 | «p1.init» | Rex | «p2.first» |\n| 09:30 | «p3.init» | Luna | «p2.first» |",
    ),
    T(
        "md_bank_accounts",
        "markdown_table",
        "| Holder | IBAN | Branch |\n|---|---|---|\n| «p1.full» | «iban1» | «city1» |\n| «p2.full» | «iban2» | «city2» |",
    ),
    T(
        "md_crew_list",
        "markdown_table",
        "Site crew «city1»\n| Name | Trade | Mobile |\n|-|-|-|\n| «p1.full» | electrician | «phone1» |\n| «p2.full» | plumber | «phone2» |",
    ),
    # ---- html ----
    T(
        "html_contact_page",
        "html",
        '<div class="staff"><h3>«p1.full»</h3><p>Head of Sales, «city1»</p><a href="mailto:«p1.email»">«p1.email»</a> <a href="tel:«phone1»">«phone1»</a></div>',
    ),
    T(
        "html_press_release",
        "html",
        "<p><strong>«city1», «date»</strong> — Gridwise Energy today named «p1.full» as chief operating officer, succeeding «p2.full».</p><p>Media: «email1»</p>",
    ),
    T(
        "html_invoice",
        "html",
        "<table><tr><td>Bill to:</td><td>«p1.full»<br>«addr1»</td></tr><tr><td>Paid with</td><td>«card1»</td></tr></table>",
    ),
    T(
        "html_comment",
        "html",
        '<li class="comment"><span class="author">«p1.lower»</span> «date»: «p2.first» and I tried this recipe in «city1», loved it!</li>',
    ),
    T(
        "html_form_prefill",
        "html",
        '<input name="full_name" value="«p1.full»"><input name="ssn" value="«ssn1»"><input name="phone" value="«phone1»">',
    ),
    # ---- xml ----
    T(
        "xml_patient",
        "xml",
        "<patient><name>«p1.full»</name><owner_phone>«phone1»</owner_phone><address>«addr1»</address></patient>",
    ),
    T(
        "xml_sepa",
        "xml",
        "<CdtTrfTxInf><Cdtr><Nm>«p1.upper»</Nm></Cdtr><CdtrAcct><Id><IBAN>«iban1»</IBAN></Id></CdtrAcct><RmtInf>Invoice «order»</RmtInf></CdtTrfTxInf>",
    ),
    T(
        "xml_court_filing",
        "xml",
        '<filing case="«ticket»"><party role="plaintiff">«p1.full»</party><party role="defendant">«p2.full»</party><venue>«city1»</venue></filing>',
    ),
    T("xml_device_log", "xml", '<session user="«p1.full»" ip="«ip1»" started="«date»T«time»"/>'),
    T(
        "xml_crew",
        "xml",
        "<crew><member>«p1.rev»</member><member>«p2.rev»</member><base>«city1», «country1»</base></crew>",
    ),
    # ---- code ----
    T(
        "code_test_fixture",
        "code",
        'Why does this test fail?\n\ndef test_signup():\n    user = make_user(name="«p1.full»", email="«p1.email»", phone="«phone1»")\n    assert user.city == "«city1»"',
    ),
    T(
        "code_comment_owner",
        "code",
        '// TODO(«p1.lfirst»): remove after the «city1» migration, ask «p2.full» first\nconst LEGACY_HOST = "«ip1»";',
    ),
    T(
        "code_seed_sql_python",
        "code",
        'ADMINS = [\n    ("«p1.full»", "«p1.email»"),\n    ("«p2.full»", "«p2.email»"),\n]  # «p3.first» asked for these to be removed from the repo',
    ),
    T(
        "code_js_card",
        "code",
        "// repro for the checkout bug\nconst card = '«card1»';\nconst holder = '«p1.upper»';\nsubmitPayment({ card, holder, zip: '«num»' });",
    ),
    T(
        "code_shell_ssh",
        "code",
        "ssh deploy@«ip1» -p 2222\n# «p1.first»'s key was removed, use «p2.first»'s\nscp build.tar.gz deploy@«ip2»:/srv/app",
    ),
    T(
        "code_git_blame",
        "code",
        "git log output:\ncommit «sha»\nAuthor: «p1.full» <«p1.email»>\n\n    fix race in scheduler (reported by «p2.full»)",
    ),
    # ---- log ----
    T(
        "log_auth",
        "log",
        "«date» «time» WARN auth: 5 failed logins for user «p1.lower» from «ip1»\n«date» «time» INFO auth: password reset mail sent to «p1.email»",
    ),
    T(
        "log_payment",
        "log",
        "[payments] declined card=«card1» name=«p1.upper» reason=insufficient_funds\n[payments] retry scheduled",
    ),
    T(
        "log_nginx",
        "log",
        '«ip1» - - [04/Dec/2025:10:12:01 +0000] "GET /account HTTP/1.1" 200 5120\n«ip2» - - [04/Dec/2025:10:12:03 +0000] "POST /login HTTP/1.1" 302 0',
    ),
    T(
        "log_sms_gateway",
        "log",
        "sms.send to=«phone1» template=delivery_eta rider=«p1.first» status=OK\nsms.send to=«phone2» template=delivery_eta rider=«p2.first» status=FAILED",
    ),
    T(
        "log_game_server",
        "log",
        "[match «num»] «p1.lfirst» joined from «ip1» (region «country1»)\n[match «num»] «p2.lfirst» kicked: ping 400ms",
    ),
    T(
        "log_bank_core",
        "log",
        "TXN «long» debit acct=«acct1» iban_dest=«iban1» amount=«price» by=«p1.init»",
    ),
    # ---- yaml ----
    T(
        "yaml_oncall",
        "yaml",
        'oncall:\n  primary: «p1.full»\n  phone: "«phone1»"\n  backup: «p2.full»\n  escalation: «email1»',
    ),
    T(
        "yaml_event",
        "yaml",
        "event: Spring Gala\nvenue: «addr1»\nhost: «p1.full»\nspeakers:\n  - «p2.full»\n  - «p3.full»",
    ),
    T(
        "yaml_infra",
        "yaml",
        "servers:\n  - name: db-primary\n    ip: «ip1»\n  - name: db-replica\n    ip: «ip2»\nowner: «p1.lower»  # ping «p1.lfirst» before restarts",
    ),
    T(
        "yaml_research",
        "yaml",
        "study: sleep-deprivation-pilot\npi: «p1.init»\ncoordinator: «p2.full»\nsite: «city1», «country1»\ncontact: «phone1»",
    ),
    # ---- toolcall ----
    T(
        "toolcall_send_sms",
        "toolcall",
        '{"tool": "send_sms", "arguments": {"to": "«phone1»", "body": "Hi «p1.first», your table for 4 is confirmed."}}',
    ),
    T(
        "toolcall_create_contact",
        "toolcall",
        'call create_contact(name="«p1.full»", phone="«phone1»", email="«p1.email»", city="«city1»")',
    ),
    T(
        "toolcall_refund",
        "toolcall",
        '{"name": "issue_refund", "parameters": {"customer": "«p1.full»", "card": "«card1»", "amount": "«price»"}}',
    ),
    T(
        "toolcall_transfer",
        "toolcall",
        '{"function": "sepa_transfer", "args": {"from_iban": "«iban1»", "to_iban": "«iban2»", "beneficiary": "«p1.full»"}}',
    ),
    T(
        "toolcall_lookup_ssn",
        "toolcall",
        'tool_use: verify_identity\ninput: {"full_name": "«p1.full»", "ssn": "«ssn1»", "state": "«region1»"}',
    ),
    # ---- sql ----
    T(
        "sql_insert_customer",
        "sql",
        "INSERT INTO customers (name, phone, city) VALUES ('«p1.full»', '«phone1»', '«city1»'), ('«p2.full»', '«phone2»', '«city2»');",
    ),
    T(
        "sql_where",
        "sql",
        "Why is this slow?\nSELECT * FROM orders WHERE customer_email = '«p1.email»' OR customer_name = '«p1.full»';",
    ),
    T(
        "sql_update_account",
        "sql",
        "UPDATE accounts SET account_number = '«acct1»', holder = '«p1.comma»' WHERE id = «num»;",
    ),
    T(
        "sql_ban_ip",
        "sql",
        "DELETE FROM sessions WHERE ip IN ('«ip1»', '«ip2»'); -- abuse report from «p1.full»",
    ),
    # ---- ics ----
    T(
        "ics_viewing",
        "ics",
        "BEGIN:VEVENT\nSUMMARY:Venue viewing with «p1.full»\nLOCATION:«addr1»\nDTSTART:20260314T150000Z\nDESCRIPTION:Call «phone1» if late\nEND:VEVENT",
    ),
    T(
        "ics_hearing",
        "ics",
        "BEGIN:VEVENT\nSUMMARY:Hearing — «p1.last» v. «p2.last»\nLOCATION:«city1» District Court\nORGANIZER:mailto:«p3.email»\nEND:VEVENT",
    ),
    T(
        "ics_lesson",
        "ics",
        "BEGIN:VEVENT\nSUMMARY:Violin lesson («p1.first»)\nDESCRIPTION:Teacher «p2.full», parent phone «phone1»\nEND:VEVENT",
    ),
    T(
        "ics_trial_visit",
        "ics",
        "BEGIN:VEVENT\nSUMMARY:Week 4 visit, «p1.init»\nLOCATION:«city1»\nATTENDEE;CN=«p2.full»:mailto:«p2.email»\nEND:VEVENT",
    ),
    # ---- vcard ----
    T(
        "vcard_client",
        "vcard",
        "BEGIN:VCARD\nVERSION:3.0\nFN:«p1.full»\nN:«p1.last»;«p1.first»;;;\nTEL;TYPE=CELL:«phone1»\nEMAIL:«p1.email»\nADR:;;«addr1»\nEND:VCARD",
    ),
    T(
        "vcard_journalist",
        "vcard",
        "BEGIN:VCARD\nFN:«p1.full»\nORG:Daily Ledger\nTEL;TYPE=WORK:«phone1»\nTEL;TYPE=HOME:«phone2»\nEND:VCARD",
    ),
    T(
        "vcard_plumber",
        "vcard",
        "BEGIN:VCARD\nFN:«p1.full»\nTITLE:Master plumber\nTEL:«phone1»\nNOTE:recommended by «p2.first», works around «city1»\nEND:VCARD",
    ),
    # ---- latex ----
    T(
        "latex_paper",
        "latex",
        "\\author{«p1.full»\\thanks{«p1.email»} \\and «p2.full» \\\\ «city1», «country1»}\nFix the author block so both names show.",
    ),
    T(
        "latex_ack",
        "latex",
        "\\section*{Acknowledgements}\nWe thank «p1.full» and «p2.init» for the samples, and «w1.full» for help in «city1».\n",
    ),
    T(
        "latex_cv",
        "latex",
        "\\name{«p1.full»}\n\\phone{«phone1»}\n\\email{«p1.email»}\n\\address{«addr1»}",
    ),
    T(
        "latex_letter",
        "latex",
        "\\begin{letter}{«p1.full» \\\\ «addr1»}\n\\opening{Dear «p1.first»,}\nYour refund to «iban1» is on its way.\n\\end{letter}",
    ),
]
