"""Templates with personal data of val12 (second half): json, csv, markdown_table, html, xml,
code, log, yaml, toolcall, sql, ics, vcard and latex shapes: what applications and
developers send through the gateway (fixtures, exports, error reports, chat-ops).

Written by hand by val12's author, blind to every other part of the corpus (only
`__init__.py` and `validity.py` were read). Slots are explained in `val12_gen`.
"""

from __future__ import annotations

TEMPLATES: tuple[tuple[str, str], ...] = (
    # more: payments and contact lists seen by support bots
    (
        "json",
        '{"cardholder": "[[p1.uc]]", "pan": "[[card]]", "backup_pan": "[[card2]]", '
        '"billing_phone": "[[phone]]", "merchant": "Harbour Bowl"}',
    ),
    (
        "csv",
        "card,holder,last_used\n[[card]],[[p1.lf]],[[~date]]\n[[card2]],[[p2.lf]],"
        "[[~date2]]\n[[card3]],[[p3.lf]],[[~date3]]",
    ),
    (
        "log",
        '[[~time]] DEBUG tokenize pan=[[card]] holder="[[p1]]" ok\n[[~time2]] DEBUG '
        'tokenize pan=[[card2]] holder="[[p2.i]]" ok',
    ),
    (
        "yaml",
        'emergency_contacts:\n  - name: [[p1]]\n    tel: "[[phone]]"\n  - name: '
        '[[p2]]\n    tel: "[[phone2]]"\n  - name: [[w1]]\n    tel: "[[phone3]]"',
    ),
    (
        "xml",
        "<Refund><Payee>[[p1]]</Payee><PayeeIBAN>[[iban]]</PayeeIBAN><Contact>[[p1.e]]"
        "</Contact><AltIBAN>[[iban2]]</AltIBAN></Refund>",
    ),
    (
        "sql",
        "INSERT INTO payroll (employee, ssn, checking_account) VALUES ('[[p1.lf]]', "
        "'[[ssn]]', '[[acct]]'), ('[[p2.lf]]', '[[ssn2]]', '[[acct2]]');",
    ),
    (
        "code",
        'SEED_USERS = [\n    {"name": "[[p1]]", "email": "[[p1.e]]"},\n    '
        '{"name": "[[p2]]", "email": "[[p2.e]]"},\n    {"name": "[[w1]]", '
        '"email": "[[w1.e]]"},\n]',
    ),
    # json
    (
        "json",
        '{"patron": {"name": "[[p1]]", "email": "[[p1.e]]", "phone": "[[phone]]"}, '
        '"holds": [{"isbn": "[[~isbn]]", "branch": "[[city]]"}]}\nWhy does this patron record fail '
        "schema validation?",
    ),
    (
        "json",
        'Explain this webhook payload: {"event": "payment.failed", "customer": "[[p1.lf]]", '
        '"card": "[[card]]", "ip": "[[ip]]", "amount": "[[~price]]", "sku": "[[~sku]]"}',
    ),
    (
        "json",
        '[{"keeper": "[[p1.f]]", "animal": "Sir Reginald (tortoise)"}, {"keeper": '
        '"[[p2.f]]", "animal": "Cleopatra (python)"}, {"keeper": "[[w1.f]]", "animal": '
        '"Baloo (bear)"}]',
    ),
    (
        "json",
        '{"refund_to": {"holder": "[[p1]]", "iban": "[[iban]]"}, "claim": "[[~ref]]", '
        '"dentist": "Dr. [[p2.l]]", "notes": "patient called from [[phone]]"}',
    ),
    (
        "json",
        '{"applicant":{"surname":"[[p1.l]]","given":"[[p1.f]]","ssn":"[[ssn]]",'
        '"address":"[[addr]]"},"status":"pending"}  <- mask this before logging please',
    ),
    (
        "json",
        '{"tool": "send_sms", "to": "[[phone]]", "body": "Hi [[p1.f]], your cinema tickets '
        'for Paddington 3 are ready. - [[p2.f]]"}',
    ),
    # csv
    (
        "csv",
        "name,phone,unit,paid\n[[p1]],[[phone]],A12,yes\n[[p2]],[[phone2]],C03,no\n"
        "[[p3]],[[phone3]],B07,yes",
    ),
    (
        "csv",
        "surname;forename;ssn;dept\n[[p1.l]];[[p1.f]];[[ssn]];billing\n[[p2.l]];[[p2.f]];"
        "[[ssn2]];pharmacy",
    ),
    (
        "csv",
        '"[[p1.lf]]","[[p1.e]]","[[city]]","Rose Gold","[[~sku]]"\n'
        '"[[p2.lf]]","[[p2.e]]","[[city2]]","Midnight Black","[[~sku2]]"',
    ),
    (
        "csv",
        "member_id,member_name,iban,monthly\n[[~n]]01,[[p1]],[[iban]],12.00\n[[~n]]02,"
        "[[p2]],[[iban2]],12.00",
    ),
    (
        "csv",
        "scout,group,parent,emergency_tel\n[[p1.f]],Beavers,[[p2]],[[phone]]\n[[p3.f]],"
        "Cubs,[[p4]],[[phone2]]",
    ),
    # markdown_table
    (
        "markdown_table",
        "| Resident | Room | Family contact |\n|---|---|---|\n| [[p1]] | 4 | "
        "[[p2]], [[phone]] |\n| [[p3]] | 9 | [[p4.i]], [[phone2]] |",
    ),
    (
        "markdown_table",
        "Clean up this table:\n| who | owes | for |\n|--|--|--|\n| [[p1.flc]] "
        "| [[~price]] | bowling |\n| [[w1.f]] | [[~price2]] | pizza |\n| [[p2.flc]] | 0 | - |",
    ),
    (
        "markdown_table",
        "| Juror | Number | Contact |\n| --- | --- | --- |\n| [[p1.lf]] | "
        "[[~n]] | [[p1.e]] |\n| [[p2.lf]] | [[~n2]] | [[p2.e]] |",
    ),
    (
        "markdown_table",
        "| Client | Card | IP |\n|---|---|---|\n| [[p1]] | [[card]] | "
        "[[ip]] |\n| [[p2]] | [[card2]] | [[ip2]] |",
    ),
    (
        "markdown_table",
        "### Visa appointments\n| Applicant | From | Slot |\n|---|---|---|\n"
        "| [[p1]] | [[country]] | [[~time]] |\n| [[p2]] | [[country2]] | [[~time2]] |",
    ),
    # html
    (
        "html",
        '<div class="contact"><h3>[[p1]]</h3><p>Volunteer, Toy Library</p><a '
        'href="mailto:[[p1.e]]">[[p1.e]]</a> &middot; <span>[[phone]]</span></div>',
    ),
    (
        "html",
        '<tr><td>[[p1.lf]]</td><td>[[addr]]</td><td><a href="https://portal.example/'
        'resident?user=[[p1.slug]]">view</a></td></tr>',
    ),
    (
        "html",
        "<p>Dear [[p1.f]],</p><p>Your pawn loan is due on [[~date]]. Pay to account "
        "number <b>[[acct]]</b>.</p><p>&mdash; [[p2]]</p>",
    ),
    (
        "html",
        '<form><input name="fullname" value="[[p1]]"><input name="ssn" value="[[ssn]]">'
        '<input name="city" value="[[city]]"></form> why is the submit button greyed out?',
    ),
    (
        "html",
        "<!-- TODO ask [[p1.f]] about the [[~thing]] banner --><footer>Site by [[p2]] "
        "&copy; 2025</footer>",
    ),
    # xml
    (
        "xml",
        '<booking id="[[~order]]"><guest>[[p1]]</guest><phone>[[phone]]</phone>'
        "<room>Jungle Temple</room><players>[[~n]]</players></booking>",
    ),
    (
        "xml",
        "<Transfer><Debtor><Nm>[[p1]]</Nm><IBAN>[[iban]]</IBAN></Debtor><Creditor><Nm>"
        "[[p2]]</Nm><IBAN>[[iban2]]</IBAN></Creditor></Transfer>",
    ),
    (
        "xml",
        "<animal><name>Mango</name><species>parrot</species><adopter>[[p1.lf]]</adopter>"
        "<adopterEmail>[[p1.e]]</adopterEmail><region>[[region]]</region></animal>",
    ),
    ("xml", '<log host="[[ip]]"><user>[[p1.flc]]</user><msg>login ok</msg></log>'),
    # code
    (
        "code",
        'def test_refund():\n    customer = Customer(name="[[p1]]", email="[[p1.e]]")\n'
        '    card = "[[card]]"  # [[p2.f]]\'s test card, do not reuse\n    assert refund(customer, '
        "card).ok",
    ),
    (
        "code",
        "// reviewer: [[p1.f]] - please don't hardcode this\nconst FALLBACK_PHONE = "
        '"[[phone]]";\nconst OWNER = "[[p2]]";',
    ),
    (
        "code",
        'fixtures = [\n    ("[[p1]]", "[[ssn]]", "[[addr]]"),\n    ("[[p2]]", '
        '"[[ssn2]]", "[[addr2]]"),\n]',
    ),
    (
        "code",
        '# Why does this throw KeyError?\nstaff = {"[[p1.f]]": "locks", "[[p2.f]]": '
        '"alarms"}\nprint(staff["[[w1.f]]"])',
    ),
    (
        "code",
        'ALLOWED_IPS = ["[[ip]]", "[[ip2]]", "[[ipv6]]"]  # added by [[p1.i]]\n'
        'app.run(host="0.0.0.0", port=8080)',
    ),
    (
        "code",
        "git log --format='%an %s'\n[[p1]] fix pawn-ticket rounding\n[[p2]] add Jasper "
        "feature flag\n[[p1]] bump to v[[~ver]]",
    ),
    # log
    ("log", "[[~date]]T[[~time]]:07Z WARN auth failed user=[[p1.flc]] src=[[ip]] attempts=3"),
    (
        "log",
        "[[~date]] [[~time]] ERROR payment: card [[card]] declined for [[p1]] "
        "(order [[~order]], build [[~hash]])",
    ),
    (
        "log",
        'INFO sms.send to=[[phone]] template=pickup_ready name="[[p1.f]]"\n'
        'INFO sms.send to=[[phone2]] template=pickup_ready name="[[p2.f]]"',
    ),
    (
        "log",
        '[[ip]] - - [[[~date]]] "GET /api/v2/visa/status?applicant=[[p1.slug]] HTTP/1.1" '
        '200 512\n[[ipv6]] - - [[[~date]]] "POST /api/v2/visa/upload HTTP/1.1" 413 0',
    ),
    (
        "log",
        "audit: [[p1.e]] changed payout IBAN from [[iban]] to [[iban2]] at [[~time]] from [[ip]]",
    ),
    (
        "log",
        'job=waste-routes status=failed driver="[[p1]]" depot=[[city]] err="no route for [[addr]]"',
    ),
    # yaml
    (
        "yaml",
        'on_call:\n  primary: [[p1]]\n  phone: "[[phone]]"\n  backup: [[p2]]\n'
        '  backup_phone: "[[phone2]]"\nescalation: [[email]]',
    ),
    (
        "yaml",
        'camp:\n  name: Camp Kestrel\n  leader: "[[p1.lf]]"\n  location: [[region]]\n'
        "  nurse: [[p2.f]]\n  mascot: Captain Pinecone",
    ),
    (
        "yaml",
        'payee:\n  name: [[p1]]\n  account_number: "[[acct]]"\n  routing: "0[[~n]]'
        '000[[~n]]"\nmemo: window cleaning Q3',
    ),
    ("yaml", "allowlist:\n  - [[ip]]\n  - [[ip2]]\n  - [[ipv6]]\nowner: [[p1.e]]"),
    # toolcall
    (
        "toolcall",
        'call lookup_customer({"full_name": "[[p1]]", "postcode_hint": null, '
        '"phone": "[[phone]]"})',
    ),
    (
        "toolcall",
        'Tool result: create_booking -> {"ok": true, "guest": "[[p1]]", '
        '"lane": 7, "shoes": "[[~n]]"}\nNow tell [[p1.f]] the booking worked.',
    ),
    (
        "toolcall",
        'function_call: charge_card(card_number="[[card]]", holder="[[p1.uc]]", amount=[[~price]])',
    ),
    (
        "toolcall",
        'send_email(to="[[p1.e]]", subject="Your jury service", body="Dear [[p1.f]], '
        'please report to the court in [[city]] on [[~date]].")',
    ),
    (
        "toolcall",
        '{"name": "transfer", "arguments": {"from_account": "[[acct]]", "to_iban": '
        '"[[iban]]", "beneficiary": "[[p1]]"}}',
    ),
    # sql
    (
        "sql",
        "INSERT INTO patrons (name, email, phone) VALUES ('[[p1]]', '[[p1.e]]', "
        "'[[phone]]'), ('[[p2]]', '[[p2.e]]', '[[phone2]]');",
    ),
    ("sql", "SELECT * FROM donors WHERE ssn = '[[ssn]]' OR last_name = '[[p1.l]]';"),
    ("sql", "UPDATE accounts SET account_number = '[[acct]]' WHERE holder = '[[p1.lf]]';"),
    (
        "sql",
        "-- [[p1.f]] asked for this export\nSELECT name, city FROM movers WHERE city IN "
        "('[[city]]', '[[city2]]') AND name <> '[[p2]]';",
    ),
    ("sql", "DELETE FROM sessions WHERE client_ip = '[[ip]]'; -- flagged by [[p1.i]]"),
    # ics
    (
        "ics",
        "BEGIN:VEVENT\nSUMMARY:Dental check-up - [[p1]]\nDTSTART:20250314T093000\n"
        "LOCATION:[[addr]]\nDESCRIPTION:Call [[phone]] to rebook\nEND:VEVENT",
    ),
    (
        "ics",
        "BEGIN:VEVENT\nSUMMARY:Scout hike\nORGANIZER;CN=[[p1]]:mailto:[[p1.e]]\n"
        "ATTENDEE;CN=[[p2]]:mailto:[[p2.e]]\nLOCATION:[[region]]\nEND:VEVENT",
    ),
    (
        "ics",
        "BEGIN:VEVENT\nSUMMARY:Move day ([[city]] -> [[city2]])\nDESCRIPTION:Crew: [[p1.f]], "
        "[[p2.f]], [[w1.f]]\nEND:VEVENT",
    ),
    (
        "ics",
        "BEGIN:VEVENT\nSUMMARY:Funeral of [[p1]]\nLOCATION:[[addr]]\nDESCRIPTION:Contact "
        "[[p2]] [[phone]]\nEND:VEVENT",
    ),
    # vcard
    (
        "vcard",
        "BEGIN:VCARD\nVERSION:3.0\nFN:[[p1]]\nN:[[p1.l]];[[p1.f]];;;\nTEL;TYPE=cell:"
        "[[phone]]\nEMAIL:[[p1.e]]\nADR;TYPE=home:;;[[addr]]\nEND:VCARD",
    ),
    (
        "vcard",
        "BEGIN:VCARD\nFN:[[p1]]\nORG:Kestrel Pest Control\nTEL;TYPE=work:[[phone]]\n"
        "TEL;TYPE=cell:[[phone2]]\nEND:VCARD\nMerge this into our CRM.",
    ),
    (
        "vcard",
        "BEGIN:VCARD\nVERSION:4.0\nFN:[[w1]]\nNOTE:Tailor - hems and zips\nTEL:[[phone]]\n"
        "END:VCARD",
    ),
    (
        "vcard",
        "BEGIN:VCARD\nFN:[[p1.i]]\nTITLE:Locksmith\nTEL:[[phone]]\nURL:https://locks."
        "example/[[p1.slug]]\nEND:VCARD",
    ),
    # latex
    (
        "latex",
        "\\section*{Acknowledgements}\nWe thank [[p1]] and [[p2.i]] of the [[city]] city "
        "archive for access to the 1911 census rolls, and [[p3.f]] for proofreading.",
    ),
    (
        "latex",
        "\\begin{tabular}{ll}\nName & [[p1]] \\\\\nPhone & [[phone]] \\\\\nEmail & "
        "[[p1.e]] \\\\\n\\end{tabular}",
    ),
    (
        "latex",
        "\\author{[[p1]] \\and [[p2]]}\n\\title{Foot traffic at public libraries in "
        "[[region]]}\n\\date{[[~date]]}",
    ),
    (
        "latex",
        "\\signature{[[p1]]}\n\\address{[[addr]]}\n\\begin{letter}{Council Tax Office}"
        "\\opening{Dear Sir,} I enclose my account number, [[acct]].\\closing{Yours,}"
        "\\end{letter}",
    ),
)
