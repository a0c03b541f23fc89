"""Templates with personal data for val8, the blind part of the labelled PII corpus (second
half): libraries, museums, charities' donor management, political campaigns' volunteer
lists, religious communities, funeral homes, pet sitting, home cleaning and repair
marketplaces, crypto exchanges' support, cybersecurity incident reports, personal use
(family, flatmates, sports teams, travel with friends) and developer traffic (bug reports,
CI logs, database seeds, analytics events, CRM webhooks). Filled by `val8_gen.fill`.

Every sentence was written by hand for this part by an author who read no other part."""

from __future__ import annotations

TEMPLATES: list[tuple[str, str]] = [
    # ---- libraries
    (
        "email",
        "Dear «p1.f»,\n\nThe interlibrary loan you requested («isbn») has arrived at the «city» branch. It will be held for you until «dmy». Questions: «ph».\n\n«p2»\nLibrary Services",
    ),
    (
        "csv",
        "card_no,borrower,phone,overdue_items\nLB«big»,«p1.lf»,«ph»,3\nLB«big2»,«p2.lf»,«ph2»,1\nLB«big3»,«w1»,«ph3»,5",
    ),
    (
        "chat",
        "Help me write a polite overdue notice to «p1» — she has had four books out since March and the branch in «city» needs them back.",
    ),
    ("sms", "Library: «p1.f», your hold on «isbn» is ready. Pick up at the front desk. Info «ph»"),
    # ---- museums
    (
        "email",
        "Hello «p1»,\n\nThank you for lending the 1920s tram poster. Our registrar «p2» will collect it from «addr» on «dmy». Her mobile is «ph».\n\nCollections team",
    ),
    (
        "notes",
        "Donor file — bequest of «p1» (d. 2019), executor «p2.lf», «p2.em». Objects to be photographed by «p3.f». Insurance valuation pending.",
    ),
    (
        "review",
        "Guided tour with «p1.f» was the highlight of our trip to «city». Ask for «p1.f» — she knows every painting!",
    ),
    # ---- charities' donor management
    (
        "json",
        '{"donor_id": "D-«n»«n»", "name": "«p1»", "email": "«p1.em»", "gift_aid": true, "bank": {"iban": "«iban»"}, "address": "«addr»"}',
    ),
    (
        "email",
        "Dear «p1.f»,\n\nThank you for your monthly gift. We will collect £15 from account number «acct» on the 1st. If your details change, call «p2» on «ph».\n\nBrightwater Trust",
    ),
    (
        "csv",
        "Name,Email,Amount,Method,City\n«p1»,«p1.em»,50.00,card «card»,«city»\n«p2»,«p2.em»,25.00,direct debit,«city2»\n«w1»,«p3.em»,120.00,cheque,«city»",
    ),
    (
        "chat",
        "Draft a thank-you note for «w1», who raised £3,200 running the «city» marathon in memory of her father «p1».",
    ),
    (
        "ticket",
        "Donor complaint «tkt»\n«p1» says she was charged twice on «card». Wants refund to IBAN «iban». Callback «ph».",
    ),
    # ---- political campaigns' volunteer lists
    (
        "csv",
        "volunteer,ward,phone,email,can_drive\n«p1»,North,«ph»,«p1.em»,yes\n«p2.lo»,North,«ph2»,,no\n«p3.U»,East,«ph3»,«p3.em»,yes",
    ),
    (
        "sms",
        "Hi «p1.f», it's «p2.f» from the campaign! Can you canvass «addr» on Saturday? Reply YES or call «ph»",
    ),
    (
        "chat",
        "Summarise: «p1» and «w1» will run the phone bank, «p2.f» handles leaflets in «reg», and «p3» is our data lead.",
    ),
    (
        "markdown_table",
        "| Volunteer | Shift | Phone |\n|---|---|---|\n| «p1» | Sat AM | «ph» |\n| «w1» | Sat PM | «ph2» |\n| «p2» | Sun | «ph3» |",
    ),
    # ---- religious communities
    (
        "email",
        "Dear friends,\n\nPlease keep «p1» and her family in your prayers. The service will be held at «addr» on «dmy». To help with meals contact «p2» («ph»).\n\nFather «p3.l»",
    ),
    (
        "whatsapp",
        "[08:30] «p1»: Choir practice moved to 7pm\n[08:31] «w1»: I'll bring the music folders\n[08:33] «p2.f»: thank you «w1»! «p3.f» can you open the hall?\n[08:40] «p3.f»: yes",
    ),
    (
        "notes",
        "Hospital visits this week: «p1» (ward 6), «p2.i» (home, «addr»). Rota: «p3.f» Tue, «w1» Thu.",
    ),
    # ---- funeral homes
    (
        "letter",
        "«p1»\n«addr»\n\nDear «p1.f»,\n\nWe are sorry for the loss of your father, «p2». The service is confirmed for «dmy» at «time». Our director «p3» is available on «ph».\n\nWith sympathy,\nRestful Meadows",
    ),
    (
        "form",
        "ARRANGEMENT FORM\nDeceased: «p1.U»\nDate of death: «dmy»\nNext of kin: «p2» (son), «ph»\nSSN of deceased: «ssn»\nPayment: card «card»",
    ),
    (
        "chat",
        "Help me write a eulogy for my grandmother «p1». She grew up in «city», married «p2» in 1961 and loved her garden.",
    ),
    # ---- pet sitting
    (
        "sms",
        "Hi «p1.f»! It's «p2.f», I'll be sitting Biscuit and Pepper from Friday. Vet's number «ph» just in case",
    ),
    (
        "review",
        "«p1» looked after our two cats for a week. Daily photos, tidy flat, would book again. Thanks «p1.f»!",
    ),
    (
        "json",
        '{"booking": "PS-«n»", "sitter": {"name": "«p1»", "phone": "«ph»"}, "owner": {"name": "«p2»", "address": "«addr»", "email": "«p2.em»"}, "pets": ["Biscuit"]}',
    ),
    # ---- home cleaning and repair marketplaces
    (
        "chat",
        "«p1.f» the plumber never showed. Booked through FixFolk for «addr». Can you draft a complaint? His phone was «ph».",
    ),
    (
        "ticket",
        "Job «ord»: deep clean, 3-bed\nClient: «p1», «ph»\nAddress: «addr»\nCleaner: «p2.f» (rating 4.9)\nPayout IBAN: «iban»",
    ),
    (
        "review",
        "Booked «p1» for a boiler service in «city». Turned up on time, explained everything, fair price. Recommend «p1.f».",
    ),
    ("sms", "FixFolk: «p1» is on the way to «addr», ETA 25 min. Call them on «ph»"),
    # ---- crypto exchanges' support
    (
        "ticket",
        "Support case «tkt»\nUser: «p1» («p1.em»)\nIssue: withdrawal stuck; last login from «ip», previous «ip2»\nKYC: SSN «ssn»\nAgent: «p2.f»",
    ),
    (
        "chat",
        "I'm «p1», my CoinHarbor account was accessed from «ip» which is not me. My phone is «ph», please freeze it.",
    ),
    (
        "email",
        "Hello «p1.f»,\n\nTo complete your fiat withdrawal, please confirm the IBAN «iban» belongs to you. Name on the account must match «p1».\n\nCoinHarbor Support",
    ),
    (
        "log",
        '«date» 02:11:07 kyc.verify user_id=88«n» name="«p1»" ssn=«ssn» result=pass ip=«ip»\n«date» 02:11:09 kyc.notify email=«p1.em»',
    ),
    # ---- cybersecurity incident reports
    (
        "notes",
        "INCIDENT «tkt»\nPhishing mail reached «p1» and «p2» from «em». Payload beaconed to «ip». «p1.f» entered credentials; reset done by «p3».\nAttacker IP also seen: «ipsix»",
    ),
    (
        "log",
        "Feb 11 03:22:14 vpn-gw sshd[4411]: Failed password for «p1.fl» from «ip» port 52234 ssh2\nFeb 11 03:22:19 vpn-gw sshd[4411]: Accepted password for «p1.fl» from «ip» port 52240 ssh2",
    ),
    (
        "email",
        "Team,\n\nTimeline for the ransomware case: «p1» noticed encrypted shares at 07:40; «p2» isolated host «ip» at 08:05. Contact «p2.f» on «ph» for the forensic image.\n\n«p3»\nSentinel Cyber",
    ),
    (
        "yaml",
        "incident:\n  id: «tkt»\n  reporter: «p1»\n  affected_user: «p2.em»\n  source_ip: «ip»\n  dest_ip: «ip2»\n  owner: «p3»",
    ),
    # ---- personal use: family, flatmates, sports teams, travel
    ("chat", "«w1» says she'll be late, so dinner at 8. Can you text «p1.f»? New number: «ph»"),
    (
        "whatsapp",
        "[21:10] «p1.f»: who finished the milk again\n[21:11] «p2.f»: not me\n[21:12] «w1»: ok it was me sorry, buying more\n[21:12] «p1.f»: rent is due, send your share to «iban» pls",
    ),
    (
        "chat",
        "Split this bill for the flat: «p1.f» paid £42.10 gas, «p2.f» £18 internet, «w1» nothing yet. Who owes whom?",
    ),
    (
        "sms",
        "Match moved to 10:30! «p1.f» and «p2.f» bring the goals. Pitch is at «addr». Coach «p3.l» «ph»",
    ),
    (
        "markdown_table",
        "| Player | Position | Parent | Phone |\n|---|---|---|---|\n| «p1.f» | GK | «p2» | «ph» |\n| «p3.f» | DEF | «p4» | «ph2» |\n| «w1» | MID | «p5» | «ph3» |",
    ),
    (
        "chat",
        "plan a 5 day trip for me, «p1.f», «p2.f» and «w1»: start in «city», end in «city2», we like hiking and cheap food",
    ),
    (
        "voice",
        "remind me to call «p1.lo» tomorrow at nine about the flights to «city.lo» and ask «w1» if she still has my passport",
    ),
    (
        "email",
        "Hi all,\n\nBooked the villa in «reg» for 12–19 July. Deposit paid by «p1» with card «card». Please transfer your share to «p1.f»'s account: IBAN «iban».\n\nSee you there,\n«p2.f»",
    ),
    (
        "chat",
        "Will you help me plan a surprise party for «w1»? Her brother «p1» will keep her busy, and «p2.f» is doing the cake.",
    ),
    (
        "chat",
        "Grace under pressure is what my manager praised; now write a thank-you to «w1», my mentor, and cc «p1».",
    ),
    ("sms", "Mum said «w1» lands at 6. Can you pick her up? Her phone's dead, use «ph»"),
    (
        "chat",
        "«p1.fl»: hey did you send the photos from «city» to «p2.fl» yet? she keeps asking lol",
    ),
    (
        "chat",
        "Write a birthday message for my dad «p1» turning 70. Mention our trips to «ctry» and his dog Rolo. Sign from «p2.f» and «w1».",
    ),
    # ---- developer traffic: bug reports
    (
        "ticket",
        "BUG «tkt»: profile page crashes on names with diacritics\nSteps: create user «p1» (email «p1.em»), open /profile.\nExpected: name shown. Actual: 500.\nReporter: «p2»",
    ),
    (
        "code",
        '# seed users for local dev\nUSERS = [\n    {"name": "«p1»", "email": "«p1.em»", "phone": "«ph»"},\n    {"name": "«p2»", "email": "«p2.em»", "phone": "«ph2»"},\n]',
    ),
    (
        "sql",
        "UPDATE customers SET phone = '«ph»', city = '«city»' WHERE full_name = '«p1»';\n-- requested by «p2» in «tkt»",
    ),
    (
        "log",
        "«date»T10:01:44.112Z ERROR [crm-webhook] payload rejected: contact.email=«p1.em» contact.name=«p1» reason=duplicate\n«date»T10:01:44.118Z INFO  [crm-webhook] retry scheduled for «p1.l» from «ip»",
    ),
    (
        "json",
        '{"event": "signup_completed", "properties": {"user_name": "«p1»", "email": "«p1.em»", "ip": "«ip»", "city": "«city»", "plan": "pro"}, "ts": "«date»"}',
    ),
    (
        "toolcall",
        '{"name": "crm.create_contact", "arguments": {"first_name": "«p1.f»", "last_name": "«p1.l»", "phone": "«ph»", "email": "«p1.em»", "owner": "«p2»"}}',
    ),
    (
        "yaml",
        '# CI fixture: billing e2e\ncustomer:\n  name: "«p1»"\n  card: "«card»"\n  iban: "«iban»"\n  account_number: "«acct»"\n  ssn: "«ssn»"',
    ),
    (
        "log",
        "step 7/12: run integration tests\n  ✓ sends invoice to «p1.em»\n  ✗ charges card «card» — declined (owner «p1»)\n  runner ip «ip»",
    ),
    (
        "xml",
        '<contact id="c-«n»">\n  <name>«p1»</name>\n  <phone type="mobile">«ph»</phone>\n  <email>«p1.em»</email>\n  <city>«city»</city>\n</contact>',
    ),
    (
        "code",
        'const assignee = "«p1»"; // TODO(«p2.fl»): stop hardcoding «p1.f»\nsendPage(assignee, "«ph»");',
    ),
    (
        "sql",
        "SELECT * FROM accounts WHERE account_number = '«acct»' OR holder = '«p1»'; -- checking account flagged by «p2.f»",
    ),
    (
        "html",
        '<form><label>Name</label><input value="«p1»"><label>Phone</label><input value="«ph»"><label>Card</label><input value="«card»"></form>',
    ),
    (
        "json",
        '[{"id": 1, "name": "«p1»", "ip": "«ip»"}, {"id": 2, "name": "«p2»", "ip": "«ip2»"}, {"id": 3, "name": "«p3»", "ip": "«ipsix»"}]',
    ),
    # ---- more varied placement
    (
        "chat",
        "Is this a scam? Someone called «p1» texted me from «ph» asking for my acct number «acct» and SSN «ssn».",
    ),
    (
        "email",
        "Re: wire\n\n«p1.f», the funds go to acct «acct» at the «city» branch, beneficiary «p2». Confirm by phone («ph»).\n\n— «p3.i»",
    ),
    (
        "form",
        "DIRECT DEPOSIT\nEmployee: «p1.LF»\nChecking account: «acct»\nRouting: 0210000«n»\nSSN: «ssn»\nAddress: «addr»",
    ),
    (
        "notes",
        "Met «p1» and «p2» at the «city» conference; follow up with «p2.f» («p2.em») re: pilot. «p1.f» prefers «ph».",
    ),
    ("chat", "Send this to «p1.em» and «p2.em»: meeting moved, «p3» will chair. Thanks — «p4.f»"),
    (
        "transcript",
        "[00:00:03] «p1.U»: Good morning, you're through to CoinHarbor.\n[00:00:06] CALLER: Hi, it's «p2», I can't log in.\n[00:00:09] «p1.U»: Can you confirm the email, «p2.f»?\n[00:00:12] CALLER: «p2.em»",
    ),
    (
        "srt",
        "1\n00:00:01,000 --> 00:00:03,500\nThis is «p1», reporting from «city».\n\n2\n00:00:03,600 --> 00:00:06,000\nBack to you, «p2.f».",
    ),
    (
        "vcard",
        "BEGIN:VCARD\nVERSION:4.0\nFN:«p1.i»\nORG:Harbour Line\nTEL;TYPE=work:«ph»\nTEL;TYPE=cell:«ph2»\nADR;TYPE=work:;;«addr»;;;;\nEND:VCARD",
    ),
    (
        "latex",
        "\\author{«p1» \\and «p2» \\and «p3.i»}\n\\title{Dust exposure in open-pit mines of «reg»}\n\\date{«date»}",
    ),
    ("ocr", "RECEIPT\nCUSTOMER «p1.U»\nCARD ****«n» / FULL «card»\nTEL «ph»\nSERVED BY «p2.fU»"),
    (
        "whatsapp",
        "[12:01] «p1.f»: landed in «city»!!\n[12:02] «p2.f»: yay, taxi from the airport is ~40min\n[12:03] «p1.f»: «p2.f» what's the address again\n[12:03] «p2.f»: «addr»",
    ),
    (
        "email",
        "«p2.f»,\n\nJust to confirm — «w1» handles the invoices now, not me. Her direct line is «ph».\n\n«p1.f»",
    ),
    (
        "chat",
        "Translate to French: «w1» and «p1.f» will arrive in «city» on Friday; please call «p2» at «ph» if the train is late.",
    ),
    (
        "ics",
        "BEGIN:VEVENT\nSUMMARY:Flat viewing with «p1.f»\nLOCATION:«addr»\nDESCRIPTION:Landlord «p2» «ph»\nEND:VEVENT",
    ),
    ("toolcall", '{"function": "lookup_member", "args": {"query": "«p1.lf»", "region": "«reg»"}}'),
    (
        "voice",
        "send a text to «p1.fl» saying running late stuck on the ring road tell «w1.fl» to start without me",
    ),
    (
        "markdown_table",
        "| Name | IBAN | Amount |\n|---|---|---|\n| «p1» | «iban» | €120.00 |\n| «p2» | «iban2» | €85.50 |",
    ),
    (
        "review",
        "Terrible experience at the «city» store. The manager, «p1», refused a refund. I asked for «p2» at head office instead.",
    ),
    (
        "letter",
        "«p1.U»\n«addr»\n«ctry»\n\nDear «p1.f»,\nYour account number «acct» will be closed on «dmy». Please contact «p2» on «ph».\nSincerely,\n«p3»",
    ),
    ("ocr", "ID CARD\nNAME: «p1.U»\nSSN «ssn»\nADDR «addr»\nPHONE «ph»"),
    # ---- payments across domains
    (
        "chat",
        "The refund went to the wrong card. It should be «card», not «card2». Account holder «p1», acct «acct» — can you write that up for the bank?",
    ),
    (
        "csv",
        "payee,iban,amount,reference\n«p1»,«iban»,420.00,INV-«n»\n«p2»,«iban2»,75.50,INV-«n»1\n«p3.lf»,«iban3»,1200.00,INV-«n»2",
    ),
    (
        "email",
        "Hi «p1.f»,\n\nFrom next month your salary goes into checking account «acct» (IBAN «iban») as requested. HR contact: «p2» («p2.em»).\n\nPayroll",
    ),
    (
        "json",
        '{"type": "payment.failed", "data": {"cardholder": "«p1»", "card_number": "«card»", "bank_account_number": "«acct»", "billing_city": "«city»"}}',
    ),
    ("sms", "Card «card» was used at a funeral home in «city» for £2,450. Not you? Call «ph» now."),
    (
        "ticket",
        "CHARGEBACK «tkt»\nCardholder: «p1.U»\nCard: «card»\nRefund account number: «acct»\nMerchant: Swift Wheels «city»\nAgent: «p2.f»",
    ),
    (
        "notes",
        "Deposit for the film location at «addr»: paid by card «card»; balance to IBAN «iban» (owner «p1»). Sort out with «p2.f» on «ph».",
    ),
    (
        "voice",
        "pay «p1.fl» back for the concert tickets her account number is «acct» and the iban is «iban»",
    ),
    (
        "form",
        "W-4 WORKSHEET\nFirst name: «p1.f»   Last name: «p1.l»\nSocial Security number: «ssn»\nHome address: «addr»\nSpouse: «w1», SSN «ssn2»",
    ),
    (
        "chat",
        "my ssn is «ssn» and my name is «p1.lo», is it safe to paste into the scholarship form for the «city» campus?",
    ),
]
