"""Templates with personal data for val14, part B: care, learning, travel, clubs, family and
developers.

Hospitals' outpatient clinics and GP surgeries, physiotherapy, care agencies, nurseries and
childminders, school admissions and exam boards, university libraries, hotels' front desks,
ferries and coaches, courier depots, municipal sports centres, chess and choir clubs,
personal use, and developer traffic (code review, error reports, fixtures, chat-ops, data
exports). Written by hand for this part; slots are explained in `val14_gen`.
"""

from __future__ import annotations

TEMPLATES: list[tuple[str, str]] = [
    # ------------------------------------------------------------ hospitals, GP surgeries
    (
        "email",
        "Subject: Outpatient appointment – {{p1.full}}\n\nDear {{p1.first}},\n\nYour appointment at the fracture clinic is on {{d.date}} at {{d.time}} with Dr {{p2.last}}. If you cannot attend, call {{phone}} or reply to {{p3.wemail}}.\n\nOutpatients Booking",
    ),
    (
        "chat",
        'Rewrite this referral in plain English: "Pt {{p1.LF}}, 67, known Parkinson\'s, lives alone at {{addr}}, daughter {{p2.first}} ({{phone}}) is NOK. Seen by Dr. {{p3.full}}."',
    ),
    (
        "sms",
        "{{p1.first}}, your GP surgery: your flu jab is booked {{d.date}} {{d.time}}. Reply C to cancel or ring {{phone_gb}}.",
    ),
    (
        "transcript",
        "receptionist: surgery good morning\ncaller: hi yeah its {{p1.lower}} i need to see doctor {{p2.last:low}} about my sons rash\nreceptionist: date of birth for him\ncaller: hes {{p3.firstl}} same surname\nreceptionist: ok we can do {{d.time}}",
    ),
    (
        "form",
        "NEW PATIENT REGISTRATION\nFull name: {{p1.full}}\nPrevious GP: Dr {{p2.full}}, {{city}}\nAddress: {{addr}}\nMobile: {{phone}}\nEmergency contact: {{p3.full}} – {{phone#2}}",
    ),
    (
        "notes",
        "ward round {{d.date}}\nbed {{d.n}}: {{p1.full}}, post-op day 2, pain ok\nbed {{d.n}}: {{w1.full}}, for discharge once OT seen\nfamily: {{p2.first}} wants a call on {{phone}}\n— {{p3.init}}, F1",
    ),
    (
        "json",
        '{"resourceType": "Patient", "name": [{"family": "{{p1.last}}", "given": ["{{p1.first}}"]}], "telecom": [{"system": "phone", "value": "{{phone}}"}, {"system": "email", "value": "{{p1.email}}"}], "address": [{"text": "{{addr}}"}], "generalPractitioner": [{"display": "Dr {{p2.full}}"}]}',
    ),
    (
        "hl7",
        "MSH|^~\\&|PAS|OUTPT|||{{d.date}}||ADT^A04|{{d.n}}{{d.n}}|P|2.5\nPID|1||{{d.n}}{{d.n}}{{d.n}}||{{p1.lastup}}^{{p1.first:up}}||19{{d.n}}0101|F|||{{addr:up}}||{{phone}}\nNK1|1|{{p2.lastup}}^{{p2.first:up}}|SPO|||{{phone#2}}",
    ),
    (
        "email",
        "Hi {{w1.first}},\n\nThanks for covering the Alzheimer's clinic. Note that {{p1.full}} (room {{d.room}}) prefers to be called {{p1.first}} and her husband {{p2.first}} will bring her from {{city}}.\n\n{{p3.first}}",
    ),
    (
        "review",
        "Fantastic physio! {{p1.first}} sorted my knee in four sessions after my Pilates injury. The receptionist {{w1.first}} always remembers my name. – {{p2.full}}",
    ),
    (
        "chat",
        "physio notes to tidy: {{p1.full}} dob {{d.date}}, lower back pain since lifting at work, does Iyengar yoga twice a week, phone {{phone}}, referred by {{p2.init}}",
    ),
    (
        "sms",
        "Hi {{p1.first}}, this is {{p2.first}} from the physio clinic. Can we move you to {{d.time}}? Otherwise text {{phone}}.",
    ),
    # ------------------------------------------------------------ care agencies
    (
        "csv",
        'client,address,carer,visit,phone\n{{p1.full}},"{{addr}}",{{p2.first}},{{d.time}},{{phone}}\n{{p3.full}},"{{addr#2}}",{{w1.first}},{{d.time}},{{phone#2}}',
    ),
    (
        "whatsapp",
        "[{{d.time}}] {{p1.first}}: Mrs {{p2.last}} refused her lunch again\n[{{d.time}}] {{p3.first}}: ok I'll ring her son {{p4.first}} on {{phone}}\n[{{d.time}}] {{p1.first}}: thanks. off to {{addr}} next",
    ),
    (
        "notes",
        "Care plan review – {{p1.full}}\nLives: {{addr}}\nKey safe code given to {{w1.first}} only\nGP: Dr {{p2.last}}\nNext of kin: {{p3.full}} ({{phone}})",
    ),
    (
        "email",
        "Dear {{p1.first}},\n\nYour rota for next week: Monday {{p2.full}} at {{d.time}}, Wednesday {{p3.full}} at {{d.time}}. Mileage is paid to the account number you gave us ({{acct}}).\n\nCare Coordinator",
    ),
    # ------------------------------------------------------------ nurseries, childminders
    (
        "sms",
        "Hi {{p1.first}}, it's {{p2.first}} from nursery. {{p3.first}} has a temperature, can you or {{p4.first}} collect? {{phone}}",
    ),
    (
        "form",
        "Child's name: {{p1.full}}\nParent/carer 1: {{p2.full}}, {{phone}}\nParent/carer 2: {{p3.full}}, {{phone#2}}\nAllowed to collect: {{w1.full}}\nAddress: {{addr}}",
    ),
    (
        "chat",
        "can you write a cute end of term note for the childminder {{w1.first}}? my kids {{p1.first}} and {{p2.first}} love her, she does the Peppa Pig songs",
    ),
    (
        "whatsapp",
        "{{p1.first}}: Is {{p2.first}} coming to {{p3.first}}'s party Saturday? 🎈\n{{p4.first}}: yes! what's the address again\n{{p1.first}}: {{addr}}, ring {{phone}} when you're outside",
    ),
    (
        "email",
        "Hi {{p1.first}} and {{p2.first}},\n\nInvoice {{d.invoice}} for {{p3.first}}'s sessions is attached. Please pay to IBAN {{iban}} (Little Acorns). Thanks!\n\n{{w1.first}}",
    ),
    # ------------------------------------------------------------ school admissions, exam boards
    (
        "letter",
        "Dear {{p1.full}},\n\nWe are pleased to offer {{p2.first}} a place in Year 7 from {{d.date}}. Please confirm by emailing {{p3.wemail}}.\n\nYours sincerely,\n{{p3.full}}\nAdmissions Officer",
    ),
    (
        "csv",
        "candidate_no,surname,forename,centre,grade\n{{d.n}}{{d.n}}{{d.n}},{{p1.lastup}},{{p1.first}},{{city}},A\n{{d.n}}{{d.n}}{{d.n}},{{p2.lastup}},{{p2.first}},{{city}},B\n{{d.n}}{{d.n}}{{d.n}},{{p3.lastup}},{{p3.first}},{{city}},C",
    ),
    (
        "chat",
        "Exam board says {{p1.full}}'s Bayes theorem answer was marked wrong. Write an appeal; her teacher {{p2.full}} agrees. Our school phone is {{phone}}.",
    ),
    (
        "ticket",
        "Admissions query #{{d.n}}{{d.n}}\nParent: {{p1.full}} <{{p1.email}}>\nChild: {{p2.full}}\nMoving from {{country}} to {{city}} in September, asking for a school place.",
    ),
    (
        "form",
        "STUDENT APPLICATION (FORM 2B)\nLast name: {{p1.lastup}}\nFirst name: {{p1.first:up}}\nSSN: {{ssn}}\nHome address: {{addr}}\nParent/guardian: {{p2.full}}\nPhone: {{phone_us}}",
    ),
    (
        "email",
        "Subject: Special consideration – candidate {{d.n}}{{d.n}}\n\nHello,\n\n{{w1.full}} missed her chemistry paper because of a family bereavement. Her mother, {{p1.full}}, can be reached on {{phone}}.\n\nRegards,\n{{p2.gf}}\nExams Officer",
    ),
    # ------------------------------------------------------------ university libraries
    (
        "email",
        'Dear {{p1.first}},\n\nThe item "Fermat\'s Last Theorem" (ISBN {{d.isbn}}) you requested is ready at the main desk. It was returned by {{p2.init}}.\n\nLibrary Services',
    ),
    (
        "chat",
        "write a reminder to {{p1.full}} ({{p1.email}}) that the Sherlock Holmes first edition is overdue since {{d.date}}",
    ),
    (
        "sql",
        "SELECT loan_id, due FROM loans WHERE borrower = '{{p1.full}}' OR borrower_email = '{{p1.email}}';\n-- asked by {{p2.first}} at the help desk",
    ),
    (
        "log",
        "{{d.date}} {{d.time}} ezproxy login user={{p1.firstl}}.{{p1.last:low}} ip={{ip4}} ok\n{{d.date}} {{d.time}} ezproxy login user={{p2.firstl}}.{{p2.last:low}} ip={{ip6}} ok\n# note: user names are staff ids, {{p1.full}} and {{p2.full}}",
    ),
    # ------------------------------------------------------------ hotels' front desks
    (
        "email",
        "Subject: Booking {{d.ref}}\n\nDear {{p1.full}},\n\nWe look forward to welcoming you and {{p2.first}} on {{d.date}}. Your card {{card}} will be charged on arrival. Late check-in? Call the front desk on {{phone}}.\n\n{{p3.first}}, Front Office",
    ),
    (
        "chat",
        "Guest {{p1.full}} in room {{d.room}} wants a Caesar salad and two Bloody Marys sent up, and she wants {{p2.first}} from housekeeping to bring extra towels. Draft the order note.",
    ),
    (
        "csv",
        'room,guest,arrival,nights,card\n{{d.room}},"{{p1.lf}}",{{d.date}},3,{{card}}\n{{d.room}},"{{p2.lf}}",{{d.date}},1,{{card#2}}',
    ),
    (
        "review",
        "Stayed 3 nights. {{p1.first}} at reception upgraded us for our anniversary! Only issue was the wifi. – {{p2.first}} & {{p3.first}} from {{country}}",
    ),
    (
        "transcript",
        "FRONT DESK: Good evening, name on the booking?\nGUEST: {{p1.full}}. My wife {{p2.first}} booked it.\nFRONT DESK: I have you for two nights. Phone number?\nGUEST: {{phone}}.\nFRONT DESK: Lovely, and we'll take card {{card}} for incidentals.",
    ),
    # ------------------------------------------------------------ ferries, coaches
    (
        "json",
        '{"booking": "{{d.ref}}", "route": "{{city}} - {{city#2}}", "passengers": [{"name": "{{p1.full}}", "type": "adult"}, {"name": "{{p2.full}}", "type": "child"}], "vehicle": "Toyota Corolla", "contact": "{{phone}}"}',
    ),
    (
        "sms",
        "FERRY: {{p1.first}}, sailing {{d.time}} tomorrow is cancelled due to Storm Ciarán. Call {{phone}} to rebook.",
    ),
    (
        "email",
        "Hi,\n\nI'm {{p1.full}} and I left a bag on the coach from {{city}} to {{city#2}} on {{d.date}}. Please call me on {{phone}} or email {{p1.email}}.\n\nThanks",
    ),
    (
        "ocr",
        "BOARDING PASS\nPASSENGER {{p1.upper}}\nFROM {{city:up}}\nTO {{city#2:up}}\nDEPART {{d.time}}  SEAT {{d.n}}C\nREF {{d.code}}",
    ),
    # ------------------------------------------------------------ courier depots
    (
        "chat",
        "driver {{p1.firstl}} says parcel {{d.track}} for {{p2.full}} at {{addr}} was refused. customer phone {{phone}}. what do we tell the sender?",
    ),
    (
        "log",
        '{{d.date}} {{d.time}} depot.scan {{d.track}} status=OUT_FOR_DELIVERY driver="{{p1.full}}" recipient="{{p2.full}}" addr="{{addr}}"\n{{d.date}} {{d.time}} depot.scan {{d.track}} status=DELIVERED signed_by="{{p2.lastup}}"',
    ),
    (
        "sms",
        "Your parcel {{d.track}} will arrive {{d.time}}-{{d.time}}. Your driver is {{p1.first}}. Not home? Leave with neighbour {{w1.first}}? Reply Y.",
    ),
    (
        "markdown_table",
        "| Tracking | Recipient | Address | Phone |\n|---|---|---|---|\n| {{d.track}} | {{p1.full}} | {{addr}} | {{phone}} |\n| {{d.track}} | {{p2.full}} | {{addr#2}} | {{phone#2}} |",
    ),
    # ------------------------------------------------------------ sports centres, chess and choir clubs
    (
        "email",
        "Hi {{p1.first}},\n\nYour swimming lessons for {{p2.first}} start {{d.date}}. We took {{d.price}} from card {{card}}. Coach {{w1.first}} will meet you by the Speedo shop.\n\nLeisure Centre",
    ),
    (
        "chat",
        "make a rota for our chess club: {{p1.first}}, {{p2.first}}, {{p3.first}} and {{w1.first}} take turns setting up the boards. {{p1.first}} keeps the Sicilian Defence notes",
    ),
    (
        "markdown_table",
        "# Choir contacts\n\n| Part | Name | Mobile |\n|---|---|---|\n| Soprano | {{w1.full}} | {{phone}} |\n| Alto | {{p1.full}} | {{phone#2}} |\n| Tenor | {{p2.full}} | {{phone#3}} |\n| Bass | {{p3.full}} | {{phone#4}} |",
    ),
    (
        "whatsapp",
        "{{p1.first}}: choir practice moved to Thursday\n{{w1.first}}: can't, working late\n{{p2.first}}: @{{w1.first}} we'll record it for you\n{{p1.first}}: subs to {{iban}} please, {{d.price}} each",
    ),
    (
        "csv",
        "member,rating,club,email\n{{p1.full}},{{d.n}}00,{{city}} Chess Club,{{p1.email}}\n{{p2.full}},{{d.n}}00,{{city}} Chess Club,{{p2.email}}",
    ),
    (
        "notes",
        "court bookings sat\n9:00 {{p1.lower}} + {{p2.lower}} (squash)\n10:00 {{w1.firstl}}\n11:00 badminton club, contact {{p3.firstl}} {{phone}}",
    ),
    # ------------------------------------------------------------ personal use
    (
        "chat",
        "write a birthday poem for my grandma {{p1.first}}, she's turning 90 in {{city}} and loves Earl Grey and Miss Marple mysteries",
    ),
    (
        "chat",
        "My neighbour {{w1.first}} is lovely but her dog barks all night. She lives at {{addr}}. How do I politely bring it up?",
    ),
    (
        "voice",
        "{{p1.firstl}} tell {{p2.firstl}} im running late the train from {{city:low}} is delayed call me on {{phone:compact}}",
    ),
    (
        "voice",
        "hey siri text {{p1.lower}} saying happy birthday and call {{w1.firstl}} at {{phone:compact}}",
    ),
    (
        "email",
        "Hi {{p1.first}},\n\nIt was great seeing you and {{p2.first}} in {{city}}! Send me the recipe for that Pavlova. My new number is {{phone}}.\n\nLove,\n{{w1.first}}",
    ),
    (
        "sms",
        "{{w1.first}} said she'll bring the Margherita pizzas. {{p1.first}} still owes me for the tickets lol",
    ),
    (
        "whatsapp",
        "Mum: has {{w1.first}} called you?\n{{p1.first}}: no why\nMum: she's at {{p2.first}}'s in {{city}}, her phone died, use {{phone}}",
    ),
    (
        "chat",
        "{{p1.full}}, {{p2.full}}, {{w1.full}}: put these names in alphabetical order by surname and make name badges",
    ),
    (
        "chat",
        "Is it rude to ask {{p1.first}} (my boss) to write me a reference? My old manager was {{p2.full}} in {{country}}.",
    ),
    (
        "notes",
        "Xmas card list\n{{p1.full}} – {{addr}}\n{{p2.full}} – {{addr#2}}\n{{w1.full}} – moved to {{country}}, ask {{p3.first}}",
    ),
    (
        "voice",
        "remind me to pay {{p1.firstl}} back for the ferry and to ask {{w1.firstl}} if shes free on friday",
    ),
    (
        "chat",
        'Translate to Polish: "Dear {{p1.first}}, thank you for hosting us in {{city}}. {{p2.first}} says hi!"',
    ),
    (
        "review",
        "Our dog walker {{w1.first}} is amazing. Highly recommend, message her on {{phone}}. – {{p1.first}} ({{region}})",
    ),
    # ------------------------------------------------------------ developer traffic
    (
        "code",
        '# fixtures/customers.py\nCUSTOMERS = [\n    {"name": "{{p1.full}}", "email": "{{p1.email}}", "phone": "{{phone}}"},\n    {"name": "{{p2.full}}", "email": "{{p2.email}}", "phone": "{{phone#2}}"},\n]\n# TODO({{p3.firstl}}): anonymise before merging',
    ),
    (
        "code",
        "it('shows the account holder', () => {\n  render(<AccountCard holder=\"{{p1.full}}\" iban=\"{{iban}}\" />);\n  expect(screen.getByText('{{p1.full}}')).toBeInTheDocument();\n});",
    ),
    (
        "log",
        "Traceback (most recent call last):\n  File \"billing/export.py\", line {{d.n}}, in render\nValueError: bad postcode in address '{{addr}}' for customer '{{p1.full}}' (id={{d.n}}{{d.n}})",
    ),
    (
        "log",
        "{{d.date}} {{d.time}} ERROR auth: too many attempts for {{p1.email}} from {{ip4}}\n{{d.date}} {{d.time}} ERROR auth: too many attempts for {{p1.email}} from {{ip4#2}}\n{{d.date}} {{d.time}} INFO auth: locked, notified {{p2.full}}",
    ),
    (
        "chat",
        "@{{p1.firstl}} can you look at the failing test? it's the one with the fixture for {{p2.full}} from {{city}}. cc @{{p3.firstl}}",
    ),
    (
        "code",
        'diff --git a/tests/test_iban.py b/tests/test_iban.py\n+def test_valid_iban():\n+    # from {{p1.first}}\'s bug report\n+    assert validate("{{iban}}")\n+    assert validate("{{ibanc#2}}")',
    ),
    (
        "yaml",
        '# inventory.yaml – owner: {{p1.full}}\nhosts:\n  db-primary:\n    ansible_host: {{ip4}}\n  db-replica:\n    ansible_host: {{ip4#2}}\n  bastion:\n    ansible_host: {{ip6}}\noncall: "{{phone}}"',
    ),
    (
        "toolcall",
        '{"name": "create_ticket", "arguments": {"title": "Export leaks customer data", "body": "CSV export shows {{p1.full}} with card {{card}} and SSN {{ssn}}", "assignee": "{{p2.full}}"}}',
    ),
    (
        "json",
        '{"level": "error", "msg": "webhook failed", "customer": "{{p1.full}}", "ip": "{{ip4}}", "phone": "{{phone}}", "retry_by": "{{p2.firstl}}"}',
    ),
    (
        "sql",
        "-- export for {{p1.first}}\nCOPY (SELECT name, ssn, phone FROM members WHERE name IN ('{{p2.full}}', '{{p3.full}}')) TO STDOUT CSV;\n-- sample row: {{p2.full}},{{ssn}},{{phone}}",
    ),
    (
        "chat",
        "Why does this regex not match the phone {{phone}}? Test case from {{p1.full}}: `^\\+?[0-9 ]+$`",
    ),
    (
        "ticket",
        "BUG-{{d.n}}{{d.n}}: login from {{ip6}} shows another user's name ({{p1.full}}) on the dashboard\nReporter: {{p2.full}}\nSteps: log in as {{p2.email}}, open /account",
    ),
    (
        "html",
        '<table class="users"><tr><td>{{p1.full}}</td><td>{{p1.email}}</td><td>{{ip4}}</td></tr><tr><td>{{p2.full}}</td><td>{{p2.email}}</td><td>{{ip4#2}}</td></tr></table>\n<!-- seeded by {{p3.firstl}} -->',
    ),
    (
        "xml",
        "<testcase name=\"test_address_parsing\"><failure>expected '{{addr}}' for {{p1.full}}, got None</failure></testcase>\n<testcase name=\"test_phone\"><failure>'{{phone}}' rejected</failure></testcase>",
    ),
    (
        "chat",
        "chat-ops: /page {{p1.firstl}} db at {{ip4}} is down, {{p2.first}} is on holiday in {{country}}",
    ),
    (
        "code",
        "const CONTACT = {\n  name: '{{p1.full}}', // support lead\n  phone: '{{phone}}',\n  backup: '{{p2.full}}',\n};\n// link: https://crm.internal/search?q={{p1.url}}",
    ),
    (
        "csv",
        "id,name,ip,last_seen\n{{d.n}},{{p1.full}},{{ip4}},{{d.date}}\n{{d.n}},{{p2.full}},{{ip6}},{{d.date}}\n{{d.n}},{{p3.full}},{{ip4#2}},{{d.date}}",
    ),
    (
        "srt",
        "1\n00:00:01,000 --> 00:00:04,000\nHi, I'm {{p1.full}}, welcome to the physio channel.\n\n2\n00:00:04,100 --> 00:00:07,000\nToday {{w1.first}} shows us three stretches.",
    ),
    (
        "ics",
        "BEGIN:VEVENT\nSUMMARY:Outpatient review – {{p1.full}}\nDTSTART:{{d.ymd}}T1015\nLOCATION:{{addr}}\nORGANIZER;CN=Dr {{p2.full}}:mailto:{{p2.wemail}}\nDESCRIPTION:Call {{phone}} if running late\nEND:VEVENT",
    ),
    (
        "vcard",
        "BEGIN:VCARD\nVERSION:4.0\nFN:{{p1.full}}\nTITLE:Childminder\nTEL;TYPE=cell:{{phone}}\nEMAIL:{{p1.email}}\nNOTE:Looks after {{p2.first}} and {{p3.first}}\nEND:VCARD",
    ),
    (
        "latex",
        "\\documentclass{letter}\n\\signature{{{p1.full}}}\n\\address{{{addr}}}\n\\begin{document}\n\\begin{letter}{{{p2.full}}}\n\\opening{Dear {{p2.first}},}\nThank you for the choir solo.\n\\end{letter}\n\\end{document}",
    ),
    (
        "yaml",
        'choir:\n  conductor: {{p1.full}}\n  treasurer:\n    name: {{w1.full}}\n    iban: {{iban}}\n  venue: "{{addr}}"',
    ),
    (
        "toolcall",
        'book_appointment(patient="{{p1.full}}", clinician="{{p2.full}}", phone="{{phone}}", clinic="Physio – lower limb")',
    ),
    (
        "ocr",
        "PATIENT LABEL\n{{p1.upper}}\nDOB {{d.date}}   MRN {{d.n}}{{d.n}}{{d.n}}\n{{addr:up}}\nCONSULTANT: DR {{p2.lastup}}",
    ),
    (
        "sms",
        "{{phone}} missed call from {{p1.first}}. She says the coach leaves {{city}} at {{d.time}}.",
    ),
    (
        "email",
        "{{p1.first}},\n\nThe payroll office needs a copy of {{w1.full}}'s SSN card ({{ssn}}) for the payroll set-up, plus checking acct {{acct_us}}. Please send securely.\n\n{{p2.full}}",
    ),
    ("chat", "is {{ssn}} a valid format? it's from {{p1.full}}'s onboarding form"),
    (
        "form",
        "Sports centre membership\nName: {{p1.full}}\nJunior member: {{p2.first}} (same surname)\nPhone: {{phone}}\nEmail: {{p1.email}}\nPayment: card {{card}}",
    ),
    (
        "transcript",
        "Speaker 1 ({{p1.full}}): OK let's start the chess committee meeting.\nSpeaker 2 ({{p2.full}}): Minutes from last time are up.\nSpeaker 1 ({{p1.full}}): {{w1.first}}, you wanted to raise the tournament fee?\nSpeaker 3 ({{w1.full}}): Yes.",
    ),
    # ------------------------------------------------------------ more contacts, SSNs, cards, IPs
    (
        "email",
        "From: {{p1.email}}\nTo: {{p2.wemail}}\nCc: {{p3.email}}\nSubject: Re: nursery fees\n\nHi {{p2.first}}, {{p3.first}} will pay this term. – {{p1.first}}",
    ),
    (
        "chat",
        "Merge these contacts and keep the newest e-mail: {{p1.full}} <{{p1.email}}>, {{p1.init}} <{{p1.wemail}}>, {{p2.full}} <{{p2.email}}>",
    ),
    (
        "csv",
        "name,email,club\n{{p1.full}},{{p1.email}},choir\n{{p2.full}},{{p2.email}},chess\n{{w1.full}},{{w1.email}},choir",
    ),
    (
        "ticket",
        "Ticket {{d.ticket}}: bounced mail\nOriginal recipient: {{p1.wemail}}\nSender: {{p2.email}}\nNote from {{p3.first}}: address changed after the merger",
    ),
    (
        "json",
        '{"to": ["{{p1.email}}", "{{p2.email}}"], "subject": "Ferry booking {{d.ref}}", "body": "Dear {{p1.first}} and {{p2.first}}, your crossing is confirmed."}',
    ),
    (
        "sms",
        "Hi {{p1.first}}, please email your payslips to {{p2.wemail}} before {{d.date}}. – {{p2.first}}, mortgage team",
    ),
    (
        "notes",
        "hotel front desk handover\n- room {{d.room}} {{p1.full}} late checkout, email receipt to {{p1.email}}\n- room {{d.room}} {{p2.full}} lost key card\n- wake-up call {{d.time}} for {{w1.first}}",
    ),
    (
        "form",
        "W-4 / onboarding\nEmployee: {{p1.full}}\nSSN: {{ssn}}\nSpouse: {{p2.full}} (SSN {{ssn#2}})\nDirect deposit – checking account number: {{acct_us}}\nRouting: 0{{d.n}}000{{d.n}}",
    ),
    (
        "chat",
        "My mom {{p1.first}} needs to update her Social Security details, her number is {{ssn}} and she moved to {{addr}}. what form do we need",
    ),
    (
        "csv",
        'employee,ssn,dept,hire_date\n"{{p1.lf}}",{{ssn}},HR,{{d.date}}\n"{{p2.lf}}",{{ssn#2}},OPS,{{d.date}}\n"{{p3.lf}}",{{ssn#3}},IT,{{d.date}}',
    ),
    (
        "json",
        '{"applicant": {"name": "{{p1.full}}", "ssn": "{{ssn}}", "phone": "{{phone_us}}"}, "co_applicant": {"name": "{{p2.full}}", "ssn": "{{ssn#2}}"}, "loan_type": "auto"}',
    ),
    (
        "voice",
        "my social is {{ssn}} and my name is {{p1.lower}} i am calling about the hospital bill",
    ),
    (
        "transcript",
        "Agent: For security, the last four of your social?\nCaller: I'll give you the whole thing, {{ssn}}.\nAgent: Thank you, {{p1.first}}. And the card on file, {{card}}?\nCaller: Yes, that's mine.",
    ),
    (
        "code",
        '# test data – DO NOT SHIP\nSAMPLE_CARDS = ["{{card}}", "{{card#2}}"]\nSAMPLE_HOLDER = "{{p1.full}}"  # real card, ask {{p2.firstl}} to rotate',
    ),
    (
        "chat",
        "Is this a real card? {{card}} exp 0{{d.n}}/27, it was on a receipt {{p1.first}} found at the ferry terminal.",
    ),
    (
        "markdown_table",
        "| Guest | Card | Deposit |\n|---|---|---|\n| {{p1.full}} | {{card}} | {{d.price}} |\n| {{p2.full}} | {{card#2}} | {{d.price}} |",
    ),
    (
        "log",
        "sshd[{{d.n}}{{d.n}}]: Accepted publickey for deploy from {{ip4}} port {{d.port}}\nsshd[{{d.n}}{{d.n}}]: Failed password for invalid user admin from {{ip4#2}} port {{d.port}}\n# on-call: {{p1.full}}, {{phone}}",
    ),
    (
        "chat",
        "our nursery webcam at {{ip4}} is exposed, {{p1.first}} says the router admin page at {{ip4#2}} still has the default password",
    ),
    (
        "yaml",
        "allowlist:\n  - {{ip4}}   # {{p1.full}} home office\n  - {{ip6}}   # {{p2.full}} laptop\n  - {{ip4#2}}   # depot scanner",
    ),
    (
        "sql",
        "SELECT user_name, login_ip FROM audit WHERE login_ip IN ('{{ip4}}', '{{ip6}}');\n-- hits: {{p1.full}}, {{p2.full}}",
    ),
]
