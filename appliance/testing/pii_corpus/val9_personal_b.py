"""Personal templates of val9 (second half: structured and developer shapes), a blind part of
the labelled PII corpus, written by hand without reading the other parts.

Shapes: json, csv, markdown_table, html, xml, code, log, yaml, toolcall, sql, srt, ics,
vcard, latex. Names stand in JSON values, CSV cells, code strings and comments, log lines,
signatures; names inside URLs and e-mail addresses are not PERSON spans («slug»).
Placeholders are those of val9_gen.
"""

from __future__ import annotations

from appliance.testing.pii_corpus.val9_gen import Template, templates

ROWS: list[tuple[str, str]] = [
    # ---- json ----
    (
        "json",
        '{"claim_id": "«ref»", "insured": {"name": "«full1»", "phone": "«phone1»", "email": "«email1»"}, "vehicle": "Mazda CX-5", "adjuster": "«ini2»"}',
    ),
    (
        "json",
        'Why does this fail schema validation?\n{"tenant": "«lf1»", "unit": "4B", "address": "«addr1»", "iban": "«iban1»", "rent": 1250}',
    ),
    (
        "json",
        '[{"rider": "«full1»", "pickup": "«addr1»", "card": "«card1»"}, {"rider": "«full2»", "pickup": "«city2»", "card": null}]',
    ),
    (
        "json",
        '{"event": "login_failed", "user": {"display_name": "«full1»", "ip": "«ip1»", "phone": "«phone1»"}, "client": "«ver»"}',
    ),
    (
        "json",
        'Parse this webhook and tell me who to notify:\n{"order": "«ord»", "buyer": "«full1»", "seller": "«full2»", "item": "Le Creuset casserole", "seller_phone": "«phone2»"}',
    ),
    (
        "json",
        '{"applicant":{"given_name":"«first1»","family_name":"«last1»","ssn":"«ssn1»","employer":"Gigloom"},"preparer":"«full2»"}',
    ),
    (
        "json",
        '{"messages": [{"role": "user", "content": "My name is «full1» and my account number is «acct1», please check my balance"}]}',
    ),
    (
        "json",
        '{"fan_id": 8812, "name": "«full1»", "season_ticket": "Block «n»", "favourite_player": "«full2»", "city": "«city1»"}',
    ),
    # ---- csv ----
    (
        "csv",
        'name,phone,city,plan\n«full1»,«phone1»,«city1»,Fibre 500\n«full2»,«phone2»,«city2»,Fibre 100\n"«lf3»",«phone3»,«city3»,Mobile Max',
    ),
    (
        "csv",
        "driver_id;driver_name;iban;rating\nD-«n»;«full1»;«iban1»;4.9\nD-«n»;«full2»;«iban2»;4.7",
    ),
    (
        "csv",
        "Clean up this export:\nResident,Room,Next of kin,Contact\n«full1»,12,«full2»,«phone2»\n«full3»,14,«full4»,«phone4»",
    ),
    (
        "csv",
        "farm,owner,tonnes,bank_account_number\nHillcrest,«full1»,42,«acct1»\nMeadowbrook,«full2»,17,«acct2»",
    ),
    (
        "csv",
        "ticket,holder,email,seat\n«tkt»,«full1»,«email1»,«seat»\n«tkt»,«full2»,«email2»,«seat»",
    ),
    # ---- markdown_table ----
    (
        "markdown_table",
        "| Candidate | Role | Location | Phone |\n|---|---|---|---|\n| «full1» | Backend dev | «city1» | «phone1» |\n| «full2» | Designer | «city2» | «phone2» |",
    ),
    (
        "markdown_table",
        "Rewrite as prose:\n\n| Seller | Item | Price |\n|--|--|--|\n| «first1» | Dyson V11 | «price» |\n| «first2» | Bugaboo pram | «price» |\n| «full3» | Barbie Dreamhouse | «price» |",
    ),
    (
        "markdown_table",
        "| Team | Captain | Contact |\n| --- | --- | --- |\n| Red Kites | «full1» | «email1» |\n| Harbour FC | «full2» | «phone2» |",
    ),
    (
        "markdown_table",
        "| Step | Owner |\n|---|---|\n| Verify SSN «ssn1» | «ini1» |\n| File amended return | «full2» |",
    ),
    # ---- html ----
    (
        "html",
        '<div class="card"><h3>«full1»</h3><p>Senior broker, «city1»</p><a href="tel:«phone1»">«phone1»</a> / <a href="tel:«phone2»">office</a> <a href="mailto:«email1»">Email</a></div>',
    ),
    (
        "html",
        '<form><label>Cardholder</label><input value="«full1»"><label>Card</label><input value="«card1»"><label>Billing</label><input value="«addr1»"></form>',
    ),
    (
        "html",
        '<p>Congratulations to <strong>«full1»</strong> (under-12s) and <em>«full2»</em>, players of the month!</p><img src="/img/«slug1».jpg" alt="«full1»">',
    ),
    (
        "html",
        '<a href="https://pixelforge.games/profile?user=«slug1»&ref=mail">View profile</a> — reported by «first2» from IP «ip2»',
    ),
    # ---- xml ----
    (
        "xml",
        "<passenger><name>«LF1»</name><pnr>«ref»</pnr><phone>«phone1»</phone><email>«email1»</email></passenger>",
    ),
    (
        "xml",
        "<Payment><Debtor><Nm>«cap1»</Nm><IBAN>«iban1»</IBAN></Debtor><Creditor><Nm>«cap2»</Nm><IBAN>«iban2»</IBAN></Creditor></Payment>",
    ),
    (
        "xml",
        '<property id="P-«n»"><landlord>«full1»</landlord><address>«addr1»</address><agent phone="«phone2»">«full2»</agent></property>',
    ),
    # ---- code ----
    (
        "code",
        'Review this test fixture:\n\nUSERS = [\n    {"name": "«full1»", "email": "«email1»", "phone": "«phone1»"},\n    {"name": "«full2»", "email": "«email2»", "phone": "«phone2»"},\n]',
    ),
    (
        "code",
        '# TODO(«lowf1»): remove hardcoded card before merge\nTEST_CARD = "«card1»"\nTEST_CARD_DECLINED = "«card2»"\nassert charge(TEST_CARD, amount=«n»00)',
    ),
    (
        "code",
        'def test_iban_roundtrip():\n    acct = Account(owner="«full1»", iban="«iban1»")\n    assert parse(str(acct)).owner == "«full1»"',
    ),
    (
        "code",
        "// added by «full1»\nconst ALLOWED_IPS = ['«ip1»', '«ip2»'];\nfunction isAllowed(ip) { return ALLOWED_IPS.includes(ip); }",
    ),
    (
        "code",
        'customer = Customer(\n    name="«full1»",\n    ssn="«ssn1»",\n    address="«addr1»",\n)\n# why does pydantic reject this?',
    ),
    (
        "code",
        'git blame says «full1» wrote this:\n\n    if user.ip == "«ipsix1»":\n        return True  # bypass for «first2»\'s laptop',
    ),
    # ---- log ----
    (
        "log",
        "«date»T«time»:11Z INFO auth: login ok user=«email1» ip=«ip1»\n«date»T«time»:15Z WARN auth: 3 failed attempts user=«email2» ip=«ip2»",
    ),
    (
        "log",
        "[dispatch] order=«ord» courier=«full1» status=ASSIGNED eta=«time»\n[dispatch] order=«ord» courier=«full1» status=DELIVERED recipient=«full2»",
    ),
    (
        "log",
        "ERROR payment_gateway: card declined card=«card1» holder=«cap1» reason=insufficient_funds\nINFO payment_gateway: retry card=«card2» holder=«cap1» ok",
    ),
    (
        "log",
        "sshd[2231]: Accepted publickey for deploy from «ip1» port 52144\nsshd[2240]: Failed password for invalid user admin from «ipsix2»\nsshd[2241]: Failed password for root from «ip3» port 40022",
    ),
    (
        "log",
        "W «time» crm.sync: duplicate contact merged: '«full1»' <«email1»> + '«ini1»' <«email2»>",
    ),
    # ---- yaml ----
    (
        "yaml",
        'oncall:\n  primary: «full1»\n  phone: «phone1»\n  secondary: «full2»\nalerts:\n  channel: "#ops-amber"',
    ),
    (
        "yaml",
        "landlord:\n  name: «full1»\n  bank:\n    iban: «iban1»\nproperty:\n  address: «addr1»",
    ),
    (
        "yaml",
        'fixtures:\n  - name: «full1»\n    ssn: "«ssn1»"\n  - name: «full2»\n    ssn: "«ssn2»"',
    ),
    ("yaml", "speakers:\n  - «full1» (keynote)\n  - «full2»\nvenue: «city1»"),
    # ---- toolcall ----
    (
        "toolcall",
        '{"tool": "send_sms", "arguments": {"to": "«phonee1»", "body": "Hi «first1», your car is ready at Motorcraft."}}',
    ),
    (
        "toolcall",
        '{"name": "create_ticket", "parameters": {"customer_name": "«full1»", "ip": "«ip1»", "summary": "VPN drops every 10 min"}}',
    ),
    (
        "toolcall",
        'Calling refund_payment(card_number="«card1»", amount=«price», customer="«full1»", notify_phone="«phonee1»")',
    ),
    (
        "toolcall",
        '{"function": "lookup_account", "args": {"account_number": "«acct1»", "holder": "«full1»"}}',
    ),
    (
        "toolcall",
        '{"tool": "book_ride", "args": {"passenger": "«full1»", "from": "«addr1»", "to": "«city1» airport", "phone": "«phonei1»"}}',
    ),
    # ---- sql ----
    ("sql", "SELECT * FROM policyholders WHERE surname = '«last1»' AND phone = '«phone1»';"),
    (
        "sql",
        "INSERT INTO tenants (name, email, iban) VALUES ('«full1»', '«email1»', '«iban1»'), ('«full2»', '«email2»', '«iban2»');",
    ),
    (
        "sql",
        "UPDATE accounts SET account_number = '«acct1»' WHERE holder = '«full1»'; -- requested by «first2»",
    ),
    (
        "sql",
        "-- why is this slow?\nSELECT o.id FROM orders o JOIN customers c ON c.id = o.customer_id WHERE c.city = '«city1»' AND c.name LIKE '«first1»%';",
    ),
    # ---- more exports and fixtures ----
    (
        "json",
        '{"players": [{"name": "«full1»", "card": "«card1»", "last_ip": "«ip1»"}, {"name": "«full2»", "card": "«card2»", "last_ip": "«ipsix2»"}]}',
    ),
    (
        "csv",
        "employee,ssn,phone,email\n«full1»,«ssn1»,«phone1»,«email1»\n«full2»,«ssn2»,«phone2»,«email2»",
    ),
    (
        "log",
        "fraud-svc: velocity hit card=«card1» ip=«ip1» email=«email1»\nfraud-svc: velocity hit card=«card2» ip=«ip1» email=«email2»",
    ),
    (
        "code",
        "# seed data for the staging DB, don't ship\nclients = [\n    ('«full1»', '«phone1»', '«ssn1»'),\n    ('«full2»', '«phone2»', '«ssn2»'),\n]",
    ),
    (
        "yaml",
        'contacts:\n  landlord: {name: «full1», phone: "«phone1»"}\n  agent: {name: «full2», phone: "«phone2»", email: «email2»}',
    ),
    (
        "html",
        '<footer>«full1» · Wine &amp; Cheese Club · <a href="mailto:«email1»">«email1»</a> · «phone1»</footer>',
    ),
    (
        "csv",
        "payee,iban,amount,memo\n«full1»,«iban1»,«price»,deposit return\n«full2»,«iban2»,«price»,overpaid rent\n«full3»,«iban3»,«price»,key fob refund",
    ),
    (
        "json",
        '{"payout": {"freelancer": "«full1»", "iban": "«iban1»", "backup_account_number": "«acct1»", "phone": "«phone1»"}}',
    ),
    (
        "sql",
        "SELECT holder, acct_no FROM savings WHERE acct_no IN ('«acct1»', '«acct2»'); -- checking account lookups for «full1» and «full2»",
    ),
    (
        "xml",
        '<Transfer><From acct="«acct1»">«full1»</From><To iban="«iban2»">«full2»</To><Note>wine club dues</Note></Transfer>',
    ),
    # ---- chat-ops ----
    (
        "log",
        "#deploys\n@«first1» the canary on «ip1» is flapping again\n@«lowf2» can you roll back to «ver»? cc @«first3»\n«first2»: on it",
    ),
    (
        "chat",
        "@«first1» @«first2» standup moved to «time». «first3» is out sick, «mid4» covers the on-call pager («phone4»).",
    ),
    (
        "form",
        "KYC FORM (surname first)\nNAME: «rev1»\nMIDDLE INITIAL NAME: «mid1»\nALIAS: «lf1»\nPHONE: «phonei1»\nCOUNTRY OF RESIDENCE: «country1»",
    ),
    (
        "ocr",
        "CERTIFICATE OF COMPLETION\nTHIS IS TO CERTIFY THAT\n«cap1»\nHAS COMPLETED FOOD HYGIENE LEVEL 2\nASSESSOR: «LF2»  «date»",
    ),
    # ---- srt ----
    (
        "srt",
        "1\n00:00:01,000 --> 00:00:03,500\n«first1», is that you?\n\n2\n00:00:04,000 --> 00:00:06,200\nIt's me. «first2» sent me from «city1».",
    ),
    (
        "srt",
        "12\n00:02:10,400 --> 00:02:13,000\n[«cap1»] Welcome to the family bakery.\n\n13\n00:02:13,500 --> 00:02:15,900\n[«cap2»] Thanks, «first1».",
    ),
    # ---- ics ----
    (
        "ics",
        "BEGIN:VEVENT\nSUMMARY:Viewing with «full1»\nLOCATION:«addr1»\nDESCRIPTION:Call «phone1» on arrival\nDTSTART:20250412T100000\nEND:VEVENT",
    ),
    (
        "ics",
        "BEGIN:VEVENT\nSUMMARY:Tax prep – «full1»\nATTENDEE;CN=«full1»:mailto:«email1»\nORGANIZER;CN=«full2»:mailto:«email2»\nEND:VEVENT",
    ),
    # ---- vcard ----
    (
        "vcard",
        "BEGIN:VCARD\nVERSION:3.0\nFN:«full1»\nN:«last1»;«first1»;;;\nTEL;TYPE=CELL:«phone1»\nEMAIL:«email1»\nADR:;;«addr1»\nEND:VCARD",
    ),
    (
        "vcard",
        "BEGIN:VCARD\nFN:«full1»\nORG:Sunhaven Care\nTEL:«phone1»\nTEL;TYPE=WORK:«phone2»\nEND:VCARD",
    ),
    # ---- latex ----
    (
        "latex",
        "\\documentclass{letter}\n\\signature{«full1»}\n\\address{«addr1»}\n\\begin{document}\n\\begin{letter}{«full2»}\n\\opening{Dear «first2»,}",
    ),
    (
        "latex",
        "\\author{«full1» \\and «full2»}\n\\title{Soil moisture and yield in «region1»}\n\\date{\\today}",
    ),
]

PERSONAL_B: list[Template] = templates("v9b", ROWS)
