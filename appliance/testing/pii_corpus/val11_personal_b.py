"""Templates with personal data for val11 of the labelled PII corpus, part B: structured and
developer shapes (json, csv, markdown_table, html, xml, code, log, yaml, toolcall, sql, srt,
ics, vcard, latex), written by hand by val11's author without reading any other part of the
corpus. Placeholders are explained in `val11_gen`."""

from __future__ import annotations

TEMPLATES: list[tuple[str, str]] = [
    # json
    (
        "json",
        'Validate this payload:\n{"customer": {"name": "«full»", "email": "«email»", "phone": "«phone»"}, "pet": {"name": "Mochi", "breed": "Shiba Inu"}, "clinic": "«city»"}',
    ),
    (
        "json",
        '{"shipment_id": "«trk»", "consignee": "«u_full»", "delivery_address": "«addr»", "contact_phone": "«intl»", "broker": "«full2»"} <- why does the carrier API reject this?',
    ),
    (
        "json",
        'Convert to CSV: [{"tutor": "«full»", "subject": "maths"}, {"tutor": "«full2»", "subject": "physics"}, {"tutor": "«full3»", "subject": "Mandarin"}]',
    ),
    (
        "json",
        '{"event": "payment_failed", "member": "«lf»", "iban": "«iban»", "club": "Hoppy Days Brewery Club", "amount": "«price»"}',
    ),
    (
        "json",
        'The fixture for test_refund still has real data in it, can you fake it? {"holder": "«full»", "card": "«card»", "ssn": "«ssn»", "ip": "«ip»"}',
    ),
    # csv
    (
        "csv",
        "Find duplicates:\nname,phone,city\n«full»,«phone»,«city»\n«full2»,«phone2»,«city2»\n«u_full»,«phone»,«city»",
    ),
    (
        "csv",
        "member_id,surname,first_name,account_number,joined\nM-«n»01,«last»,«first»,«acct»,«date»\nM-«n»02,«last2»,«first2»,«acct2»,«date»",
    ),
    (
        "csv",
        "Explain why Excel mangles this export:\ncustomer;iban;email\n«sf»;«iban»;«email»\n«sf2»;«iban2»;«email2»",
    ),
    (
        "csv",
        '"driver","licence_class","instructor","mobile"\n"«full»","B","«full2»","«nat»"\n"«full3»","A2","«full2»","«nat2»"',
    ),
    # markdown_table
    (
        "markdown_table",
        "Sort by date:\n| Guide | Client | Phone | Route |\n|---|---|---|---|\n| «first» | «full2» | «phone» | Couloir |\n| «first3» | «full4» | «phone2» | Ridge traverse |",
    ),
    (
        "markdown_table",
        "| Lot | Item | Consignor | Location |\n|----|------|-----------|----------|\n| 14 | Fabergé-style egg | «full» | «city» |\n| 15 | Eames lounge chair | «full2» | «city2» |\nWrite catalogue blurbs for these.",
    ),
    (
        "markdown_table",
        "| Name | Role | Email |\n| --- | --- | --- |\n| «full» | Head chef | «email» |\n| «full2» | Sommelier | «email2» |\nturn this into a staff rota intro",
    ),
    (
        "markdown_table",
        "Check the totals:\n| Patient | Device | Card | Paid |\n|--|--|--|--|\n| «lf» | Phonak Audéo | «card» | «price» |\n| «lf2» | Oticon More | «card2» | «price» |",
    ),
    # html
    (
        "html",
        '<div class="customer"><h2>«full»</h2><p>Delivery: «addr»</p><a href="tel:«phone»">«phone»</a></div> — why does the tel link not work on iOS?',
    ),
    (
        "html",
        '<tr><td>«full»</td><td><a href="mailto:«email»">«email»</a></td><td>«city»</td></tr>\n<tr><td>«full2»</td><td><a href="mailto:«email2»">«email2»</a></td><td>«city2»</td></tr>',
    ),
    (
        "html",
        "<p>Congratulations to <strong>«full»</strong>, winner of the Ryder Cup sweepstake at the golf club, and to «first2» for the Nearest the Pin!</p>",
    ),
    (
        "html",
        '<form><input name="name" value="«full»"><input name="iban" value="«iban»"><input name="phone" value="«phone»"></form> make this accessible',
    ),
    # xml
    (
        "xml",
        "<booking><guest>«full»</guest><boat>Sir Francis</boat><berth>C-12</berth><phone>«intl»</phone><home>«country»</home></booking>",
    ),
    (
        "xml",
        'Parse this:\n<patient id="P«n»"><name>«lf»</name><ssn>«ssn»</ssn><referrer>«full2»</referrer></patient>',
    ),
    (
        "xml",
        '<order id="«ord»"><florist>Bloom &amp; Wild Things</florist><recipient>«full»</recipient><address>«addr»</address><note>Happy birthday «first»! love, «first2»</note></order>',
    ),
    (
        "xml",
        "<consignment><shipper>«u_full»</shipper><ip>«ip»</ip><contact>«phone»</contact><origin>«city»</origin><destination>«city2»</destination></consignment>",
    ),
    # code
    (
        "code",
        'Why does this test fail?\n\ndef test_greeting():\n    user = User(name="«full»", email="«email»")\n    assert greet(user) == "Hello, «first»!"',
    ),
    (
        "code",
        '# TODO(«l_first»): remove hardcoded contact before release\nSUPPORT_PHONE = "«phone»"\nFALLBACK_OWNER = "«full2»"',
    ),
    (
        "code",
        'const seed = [\n  { name: "«full»", city: "«city»", card: "«card»" },\n  { name: "«full2»", city: "«city2»", card: "«card2»" },\n];\n// review this seed file',
    ),
    (
        "code",
        'Review this PR comment from @«first»: \'ALLOWED_IPS = ["«ip»", "«ipsix»"] — «first2», can you confirm the office range?\'',
    ),
    (
        "code",
        'curl -X POST https://api.example-vet.app/owners -d \'{"owner":"«full»","phone":"«phone»"}\'  # returns 422, why?',
    ),
    (
        "code",
        "git log says: Author: «full» <«email»>  'fix rounding in gift voucher totals'. Co-authored-by: «full2» <«email2»>. Write release notes.",
    ),
    # log
    (
        "log",
        "2024-11-02T09:14:22Z WARN auth failed for user=«email» from «ip»\n2024-11-02T09:14:25Z WARN auth failed for user=«email» from «ip»\n2024-11-02T09:15:01Z INFO lockout applied\nis this a brute force?",
    ),
    (
        "log",
        '[booking-svc] created reservation «ord» guest="«full»" phone=«phone» slot=«time»\n[booking-svc] sms sent to «phone»',
    ),
    (
        "log",
        "ERROR payout failed: beneficiary=«lf» iban=«iban» reason=INVALID_BIC\nERROR payout failed: beneficiary=«lf2» iban=«iban2» reason=INVALID_BIC",
    ),
    (
        "log",
        "Nov 12 03:11:09 gw sshd[2211]: Accepted publickey for deploy from «ipsix» port 52114\nNov 12 03:12:40 gw sshd[2215]: Failed password for invalid user admin from «ip2» port 40022",
    ),
    # yaml
    (
        "yaml",
        'oncall:\n  primary: «full»\n  phone: "«intl»"\n  secondary: «full2»\n  phone_secondary: "«intl2»"\n# convert to the PagerDuty format',
    ),
    (
        "yaml",
        'studio:\n  name: Pirouette Dance Lab\n  owner: «full»\n  address: «addr»\n  billing:\n    account_number: "«acct»"\n    contact: «email»',
    ),
    (
        "yaml",
        "allowlist:\n  - «ip»   # «first»'s home office\n  - «ip2»  # «first2», «city»\nwhy does the second line not parse?",
    ),
    # toolcall
    (
        "toolcall",
        'Tool call: send_sms({"to": "«phone»", "body": "Hi «first», your eye test is at «time» tomorrow."})',
    ),
    (
        "toolcall",
        'assistant -> create_contact(name="«full»", email="«email»", phone="«phone»", company="Northwind Freight")',
    ),
    (
        "toolcall",
        'lookup_customer(query="«l_full»") returned {"id": 771, "address": "«addr»", "card_last4": "4242", "ssn": "«ssn»"}. Summarise for the agent.',
    ),
    (
        "toolcall",
        'function_call: book_lesson {"student": "«full»", "teacher": "«full2»", "instrument": "cello", "parent_phone": "«phone»"}',
    ),
    # sql
    (
        "sql",
        "SELECT * FROM members WHERE surname = '«last»' AND city = '«city»'; -- returns nothing, but «full» is definitely a member",
    ),
    (
        "sql",
        "INSERT INTO customers (name, email, phone) VALUES ('«full»', '«email»', '«phone»'), ('«full2»', '«email2»', '«phone2»');",
    ),
    (
        "sql",
        "UPDATE payouts SET account_number = '«acct»' WHERE artist = '«full»'; -- is this safe without a transaction?",
    ),
    ("sql", "SELECT name, ssn FROM tenants WHERE ssn = '«ssn»'; result: «u_full» | «ssn»"),
    # srt
    (
        "srt",
        "Translate these subtitles:\n1\n00:00:01,000 --> 00:00:03,500\n«u_first»: Welcome to «city», everyone.\n\n2\n00:00:04,000 --> 00:00:06,000\n«u_first2»: Thanks, «first»!",
    ),
    (
        "srt",
        "12\n00:05:10,200 --> 00:05:13,900\nAnd this is my mother, «full», who moved here from «country».\n\n13\n00:05:14,000 --> 00:05:16,000\nCall her at «phone».",
    ),
    # ics
    (
        "ics",
        "BEGIN:VEVENT\nSUMMARY:Wine tasting with «full»\nLOCATION:«addr»\nORGANIZER;CN=«full2»:mailto:«email2»\nDTSTART:20250314T190000\nEND:VEVENT\nwhy doesn't Outlook import this?",
    ),
    (
        "ics",
        "BEGIN:VEVENT\nSUMMARY:Hearing test - «lf»\nDESCRIPTION:Call «phone» if late\nLOCATION:«city»\nEND:VEVENT",
    ),
    # vcard
    (
        "vcard",
        "BEGIN:VCARD\nVERSION:3.0\nFN:«full»\nTEL;TYPE=cell:«phone»\nEMAIL:«email»\nADR:;;«addr»\nEND:VCARD\nMerge this with the CRM record.",
    ),
    (
        "vcard",
        "Convert to CSV:\nBEGIN:VCARD\nFN:«full»\nTEL:«intl»\nEND:VCARD\nBEGIN:VCARD\nFN:«full2»\nTEL:«intl2»\nEND:VCARD",
    ),
    # latex
    (
        "latex",
        "\\author{«full» \\and «full2»}\n\\title{Ringing in the Valleys: a history of brass bands in «region»}\nfix the author block so the affiliations show",
    ),
    (
        "latex",
        "\\begin{tabular}{ll}\nTutor & «full» \\\\\nPhone & «phone» \\\\\nStudent & «full2» \\\\\n\\end{tabular}",
    ),
    # more money, ids and addresses
    (
        "chat",
        "My bank says the transfer to account number «acct» failed. The landlord «full» also gave me IBAN «iban». Which one do I use?",
    ),
    (
        "email",
        "Subject: Payroll – ski instructors\n\n«full»: SSN «ssn», checking account «acct»\n«full2»: SSN «ssn2», checking account «acct2»\nPlease set up direct deposit before «date».",
    ),
    (
        "form",
        "W-4 helper — check my entries:\nEmployee: «u_full»\nSSN: «ssn»\nHome address: «addr»\nPhone: «phone»",
    ),
    (
        "csv",
        "name,ssn,routing,acct\n«full»,«ssn»,021000021,«acct»\n«full2»,«ssn2»,026009593,«acct2»\nwhich rows fail validation?",
    ),
    (
        "json",
        '{"payee": "«full»", "iban": "«iban»", "alt_iban": "«iban2»", "memo": "Gallery consignment lot 48"}',
    ),
    (
        "log",
        "fraud-check card=«card» ip=«ip» name=«u_full» result=REVIEW\nfraud-check card=«card2» ip=«ipsix» name=«u_full2» result=PASS",
    ),
    (
        "sms",
        "Hi «first», rent for «addr» is due. Pay to IBAN «iban», ref FLAT«n». Thanks, «first2»",
    ),
    (
        "whatsapp",
        "«first»: can u send me the acct no for the choir kitty\n«first2»: acct «acct», sort code 30-91-42, in the name of «full3»",
    ),
    (
        "ticket",
        "«tkt»: Tutor payout to «full» failed, account number «acct» closed. New IBAN: «iban». Approved by «init2».",
    ),
    (
        "transcript",
        "AGENT: Can I take your social security number?\nCALLER: Sure, «ssn».\nAGENT: Thank you, «first». And you're still at «addr»?\nCALLER: Yes.\nAGENT: Your claim is with «full2».",
    ),
    (
        "voice",
        "my social security number is «ssn» and my name is «l_full» please send the forms to «email»",
    ),
    (
        "yaml",
        'customers:\n  - name: «full»\n    card: "«card»"\n    billing_ip: «ip»\n  - name: «full2»\n    card: "«card2»"\n    billing_ip: «ip2»',
    ),
    (
        "markdown_table",
        "| Employee | SSN | Account number |\n|---|---|---|\n| «lf» | «ssn» | «acct» |\n| «lf2» | «ssn2» | «acct2» |\nredact the middle column",
    ),
    (
        "html",
        '<a href="https://crm.example.com/search?q=«urlname»">«full»</a> opened ticket «tkt» from «ip»; the link breaks when the name has accents',
    ),
    (
        "chat",
        "@«first» can you check why «full2»'s booking at the «city» marina was charged to card «card»? The Beneteau they rented was fine.",
    ),
    (
        "code",
        '# reported by «full» («email»)\nassert parse_iban("«iban»") == parse_iban("«iban2»")  # fails, why?',
    ),
]
