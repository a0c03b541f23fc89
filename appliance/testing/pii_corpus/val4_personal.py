"""The templates of the val4 part's prompts with personal data (appliance.testing.pii_corpus.val4):
(shape, text) pairs whose «slots» are filled by appliance.testing.pii_corpus.val4_gen. A slot
«p1.first» is person 1 written by first name; «loc1.addr» a street address; «ph1.intl» a phone
number in international format; «iban1», «card1», «acct1», «ssn1», «ip1», «ipsix1», «em1»;
«order1», «date1» and the like are decoys, never gold."""

from __future__ import annotations

PERSONAL: list[tuple[str, str]] = [
    # --- chat: people typing to an assistant --------------------------------------------
    (
        "chat",
        "hey can you help me write a quick thank you note to «p1.lfirst»? she covered my shift on «day1» and i want to get her something small. her number is «ph1» if i decide to text instead lol",
    ),
    (
        "chat",
        "pls summarise this msg from my landlord: 'hi its «p1.first», boiler guy coming tmrw between 8 and 12 to «loc1.addr», if ur not in call me «ph1.nat»'",
    ),
    (
        "chat",
        "my coworker «p1.lower» keeps cc'ing me on evrything. how do i politely ask him to stop without sounding passive agressive",
    ),
    (
        "chat",
        "translate into formal German pls: «p1.first» and «p2.first» arrive in «loc1_DE.city» on the 14th, could someone pick them up from the Hauptbahnhof",
    ),
    (
        "chat",
        "whats a good gift for my mother in law? shes from «loc1.country», loves gardening and old films, budget is around «price1»",
    ),
    (
        "chat",
        "can u check this iban is formatted right before i send the rent «iban1» its for «p1.lower»",
    ),
    (
        "chat",
        "draft a reply to «p1.first» saying we cant refund the deposit but we can move the booking to «month1». keep it friendly, she's been a regular for years",
    ),
    (
        "chat",
        "i got a text from «ph1.e164» claiming to be my bank asking me to confirm my card «card1» and the code they sent. is this a scam??",
    ),
    (
        "chat",
        "rewrite this for my linkedin about section: I'm «p1.full», a pediatric nurse from «loc1.city» who moved to «loc2.country» in 2019 and retrained as a UX researcher.",
    ),
    (
        "chat",
        "my little sister «p1.lfirst» wants to learn python, she's 15. what should she start with? she already did scratch at school",
    ),
    (
        "chat",
        "«p1.first» from accounts asked me for my ssn «ssn1» over email, is that normal for payroll setup or should i push back",
    ),
    (
        "chat",
        "ok so my flight to «loc1.city» got cancelled and the airline wants me to call «ph1.intl» but the line is always busy. can you write a complaint email i can send instead. booking ref «sku1»",
    ),
    (
        "chat",
        "who should i invite to the baby shower, list so far: «p1.lfirst», «p2.lfirst», «p3.lower», and my cousin «p4.lnick». help me write the invite text",
    ),
    (
        "chat",
        "is this a legit phone number or a premium rate one? «ph1_GB» someone left it on a parking ticket",
    ),
    (
        "chat",
        "need a polite way to remind «p1.nick» he still owes me for the concert tickets, he's sensitive about money",
    ),
    (
        "chat",
        "what does it mean when the bank says 'beneficiary name mismatch'? i entered «p1.upper» and account number «acct1» exactly like on the invoice",
    ),
    (
        "chat",
        "write a short toast for my parents 30th anniversary. dad is «p1.first», mum is «p2.first», they met in «loc1.city» in 1994 at a bus stop",
    ),
    (
        "chat",
        "«p1.first» here. i moved from «loc1.city» to «loc2.city» last week, how do i update my address on all the government sites at once?",
    ),
    (
        "chat",
        "whats the timezone difference between me and «loc1.city»? my client «p1.gf» wants a call at 9am her time",
    ),
    (
        "chat",
        "can you make this sound less angry: «p1.lfirst» you said you would send the files by monday and its thursday. call me «ph1.tight»",
    ),
    # --- email: pasted for summarising, rewriting, answering ----------------------------
    (
        "email",
        "Summarise this customer email in three bullet points:\n\nFrom: «p1.full» <«p1.email»>\nSubject: Order «order1» never arrived\n\nHello,\nI ordered a «prod1» on «date1» and the tracking («track1») has said in transit for two weeks. I live at «loc1.addr» and nobody has left a card. Please call me on «ph1» or reply here.\n\nRegards,\n«p1.first»",
    ),
    (
        "email",
        "Can you make this more professional?\n\nhi «p1.first», as discussed here are my bank details for the invoice: «iban1» (account holder «p2.full»). let me know when its paid. thanks, «p2.first»",
    ),
    (
        "email",
        "Please proofread:\n\nDear «p1.first»,\n\nWe are pleased to offer you the position of Data Analyst at our «loc1.city» office, starting «date1». Your line manager will be «p2.full», who will contact you before your first day. Please return the signed contract to «p2.email».\n\nKind regards,\nPeople Team",
    ),
    (
        "email",
        "What is this person actually asking for?\n\n---------- Forwarded message ---------\nFrom: «p1.gf» <«p1.email»>\nDate: «date1»\nTo: «em1»\n\nHi there, I was charged twice for my annual plan. The card was «card1». Can one of the charges be reversed? I'm on «ph1.intl» most afternoons.\n\n«p1.first»",
    ),
    (
        "email",
        "Write a short reply declining this meeting:\n\nHello «p1.title»,\n\nI'm «p2.full», procurement lead at «co1». We'd love to show you our new platform. Would «day1» at «time1» work? My direct line is «ph1» and my mobile «ph2».\n\nBest,\n«p2.first»",
    ),
    (
        "email",
        "Translate to Spanish, keep the tone warm:\n\nDear «p1.gf»,\nThank you for staying with us. Your invoice is attached. If anything is unclear, please write to «em1» or ring reception on «ph1_ES.nat».\nWe hope to welcome you back to «loc1_ES.city» soon!",
    ),
    (
        "email",
        "Extract the sender's name, phone and address as JSON:\n\nGood afternoon,\nplease update my details on file. New address: «loc1.addr». New mobile: «ph1». Old number «ph2» can be deleted.\nMany thanks,\n«p1.full»",
    ),
    (
        "email",
        "Summarise the thread for my manager:\n\n> On «day1», «p1.full» wrote:\n> The supplier in «loc1.city» cannot ship before the 20th.\n\n«p2.first» replied: I spoke to «p3.full» there, she can split the shipment. Her number is «ph1.intl».\n\n«p1.first»: OK, go ahead, but copy «p4.email» on the PO.",
    ),
    (
        "email",
        "Is this phishing?\n\nFrom: Account Security <«em1»>\nDear customer «p1.upper»,\nUnusual sign-in detected from IP «ip1» («loc1.city», «loc1.country»). If this was not you, verify your identity by replying with your card number and SSN within 24 hours.",
    ),
    (
        "email",
        "Turn this into a polite chaser email:\n\n«p1.first» - still waiting on the signed NDA. Need it before «day1». Also pls confirm the billing address is still «loc1.addr».",
    ),
    (
        "email",
        "Reword this out-of-office: I am away until «date1» with limited access to e-mail. For urgent matters contact «p1.full» («p1.email», «ph1») or «p2.full» («p2.email»).",
    ),
    (
        "email",
        "Can you tidy this signature block?\n\n«p1.full» | Senior Account Manager\n«co1» Partner Sales\nT: «ph1.intl»\nM: «ph2.intl»\nE: «p1.email»\n«loc1.addr»",
    ),
    # --- tickets ------------------------------------------------------------------------
    (
        "ticket",
        "Classify this ticket (billing / technical / account) and suggest a reply:\n\nTicket «tkt1»\nRequester: «p1.full» («p1.email»)\nChannel: web form\nMessage: I moved to «loc1.city» and the app still shows prices for «loc2.country». Also I cant change my phone number from «ph1» to «ph2».",
    ),
    (
        "ticket",
        "Redact nothing, just summarise for the handover:\n\n[«tkt1»] Caller «p1.rev» rang from «ph1» about a failed payment. Card on file «card1» was declined twice. Agent «p2.first» advised to try again after «time1». Follow-up owner: «p3.full».",
    ),
    (
        "ticket",
        "Priority: P2\nReporter: «p1.first» («p1.email»)\nAssignee: «p2.gf»\nSummary: Login blocked after password reset\nDetails: user locked out, last successful login from «ip1», failed attempts from «ip2» and «ip3». Please unblock and confirm with the user on «ph1».",
    ),
    (
        "ticket",
        "Write the customer-facing update for this incident ticket:\n\nAffected customer: «p1.full», «loc1.addr»\nIssue: fibre outage since «date1»\nEngineer visit booked with «p2.first» for «day1» «time1»\nCustomer callback number: «ph1.nat»",
    ),
    (
        "ticket",
        "Ticket «tkt1» - HR portal\nEmployee «p1.urev» cannot see her W-2. SSN on the profile is «ssn1», payroll says it should be «ssn2». Please check which one matches the IRS record before we reissue.",
    ),
    (
        "ticket",
        "Help me reply to this. The customer is upset.\n\n«p1.full» wrote: 'Third time I'm writing. You debited «price1» from my account «acct1» for a subscription I cancelled in «month1». My case number is «order1». Call me on «ph1» today or I'm going to my bank.'",
    ),
    (
        "ticket",
        "#«num1» opened by «p1.lower» via chat\n> hi my parcel for «p2.full» at «loc1.addr» shows delivered but its not there\nAgent note: checked GPS, driver was 400m away. Offer reship.",
    ),
    (
        "ticket",
        "Please summarise:\nCustomer: «p1.gf»\nAccount: «em1»\nIssue: refund to wrong IBAN. Original «iban1», customer says it should have gone to «iban2». Finance contact «p2.first» ext. 4471.",
    ),
    # --- JSON: CRM, bookings, HR records, API payloads ---------------------------------
    (
        "json",
        'Convert this record to a vCard:\n{\n  "id": "«uuid1»",\n  "name": "«p1.full»",\n  "email": "«p1.email»",\n  "phone": "«ph1.e164»",\n  "city": "«loc1.city»",\n  "country": "«loc1.country»",\n  "created": "«date1»"\n}',
    ),
    (
        "json",
        'Why does this fail schema validation?\n{"customer": {"first_name": "«p1.first»", "last_name": "«p1.last»", "phone": «ph1.e164», "address": "«loc1.addr»"}, "items": [{"sku": "«sku1»", "qty": 2}]}',
    ),
    (
        "json",
        'Summarise these bookings:\n[\n  {"guest": "«p1.full»", "room": 214, "nights": 3, "contact": "«p1.email»"},\n  {"guest": "«p2.full»", "room": 118, "nights": 1, "contact": "«ph1»"},\n  {"guest": "«p3.full»", "room": 305, "nights": 5, "contact": "«p3.email»"}\n]',
    ),
    (
        "json",
        'Map this HR export to our payroll fields:\n{"employee": "«p1.urev»", "ssn": "«ssn1»", "bank": {"routing": "021000021", "account_number": "«acct1»"}, "home_address": "«loc1_US.addr»", "manager": "«p2.full»"}',
    ),
    (
        "json",
        'Explain what this webhook payload means:\n{"event": "payment.failed", "amount": 4999, "currency": "eur", "billing_details": {"name": "«p1.full»", "email": "«p1.email»", "phone": "«ph1.intl»", "address": {"line1": "«loc1.addr»"}}, "iban": "«iban1.raw»"}',
    ),
    (
        "json",
        '{"ticket": "«tkt1»", "reporter": "«p1.email»", "client_ip": "«ip1»", "user_agent": "Mozilla/5.0", "message": "cannot upload avatar"}\nWhat HTTP status should we return for this?',
    ),
    (
        "json",
        'Fill in the missing \'country\' fields:\n[{"name": "«p1.full»", "city": "«loc1.city»", "country": null}, {"name": "«p2.full»", "city": "«loc2.city»", "country": null}, {"name": "«p3.full»", "city": "«loc3.city»", "country": "«loc3.country»"}]',
    ),
    (
        "json",
        'Is this a valid patient resource? {"resourceType": "Patient", "name": [{"family": "«p1.last»", "given": ["«p1.first»"]}], "telecom": [{"system": "phone", "value": "«ph1»"}], "birthDate": "1979-04-02", "address": [{"text": "«loc1.addr»"}]}',
    ),
    (
        "json",
        'Generate a friendly confirmation SMS from this order:\n{"order": "«order1»", "recipient": "«p1.first»", "mobile": "«ph1.e164»", "delivery_window": "«time1»-«time2»", "address": "«loc1.addr»"}',
    ),
    # --- CSV / spreadsheets ---------------------------------------------------------------
    (
        "csv",
        "Find duplicate people in this list:\nname,email,phone,city\n«p1.full»,«p1.email»,«ph1»,«loc1.city»\n«p2.full»,«p2.email»,«ph2»,«loc2.city»\n«p1.upper»,«p1.email»,«ph1»,«loc1.city»\n«p3.full»,«p3.email»,«ph3»,«loc3.city»",
    ),
    (
        "csv",
        "Which payouts are over 1000?\npayee;iban;amount\n«p1.rev»;«iban1»;1250.00\n«p2.rev»;«iban2»;310.50\n«p3.rev»;«iban3»;2200.00",
    ),
    (
        "csv",
        "Sort by last name and output markdown:\nfirst,last,dept,ext\n«p1.first»,«p1.last»,Finance,2231\n«p2.first»,«p2.last»,Legal,2290\n«p3.first»,«p3.last»,IT,2145\n«p4.first»,«p4.last»,Ops,2308",
    ),
    (
        "csv",
        "Count rows per country:\nid,customer,country\n1,«p1.full»,«loc1.country»\n2,«p2.full»,«loc2.country»\n3,«p3.full»,«loc1.country»",
    ),
    (
        "csv",
        "These card numbers came from a legacy export, which ones look truncated?\nholder,card,exp\n«p1.upper»,«card1»,08/27\n«p2.upper»,«card2»,11/26\n«p3.upper»,«card3»,02/28",
    ),
    (
        "csv",
        "Turn this attendance sheet into a table:\nDate | Name | Mobile\n«date1» | «p1.full» | «ph1»\n«date1» | «p2.full» | «ph2»\n«date2» | «p3.nick» | «ph3»",
    ),
    (
        "csv",
        "volunteer,shift,phone,emergency contact\n«p1.gf»,Sat AM,«ph1»,«p2.full» «ph2»\n«p3.gf»,Sun PM,«ph3»,«p4.full» «ph4»\nWho is missing a Saturday partner?",
    ),
    (
        "csv",
        "account_name,account_number,sort_code,balance\n«p1.full»,«acct1_uk»,20-45-77,1520.33\n«p2.full»,«acct2_uk»,40-11-62,88.10\nCan you calculate the total balance?",
    ),
    # --- code with fixtures -----------------------------------------------------------------
    (
        "code",
        'Why does this test fail with KeyError?\n\ndef test_signup(client):\n    payload = {"name": "«p1.full»", "email": "«p1.email»", "phone": "«ph1.e164»"}\n    r = client.post("/signup", json=payload)\n    assert r.json()["user"]["name"] == "«p1.full»"',
    ),
    (
        "code",
        'Refactor this into a dataclass:\n\nCUSTOMERS = [\n    ("«p1.full»", "«loc1.city»", "«ph1»"),\n    ("«p2.full»", "«loc2.city»", "«ph2»"),\n]\nfor name, city, phone in CUSTOMERS:\n    print(name, city, phone)',
    ),
    (
        "code",
        "// seed.js\nawait db.users.insertMany([\n  { name: '«p1.full»', email: '«p1.email»', role: 'admin' },\n  { name: '«p2.full»', email: '«p2.email»', role: 'viewer' },\n]);\nHow do I make this idempotent in MongoDB?",
    ),
    (
        "code",
        'My regex for IBANs doesn\'t match this one, why?\n\nimport re\nIBAN = re.compile(r"^[A-Z]{2}\\d{2}[A-Z0-9]{11,30}$")\nprint(IBAN.match("«iban1.sp»"))',
    ),
    (
        "code",
        "Write a unit test for this function using the values below.\n\ndef mask_card(number: str) -> str: ...\n\nexamples: «card1», «card2»",
    ),
    (
        "code",
        'Kotlin: why is this null?\nval user = User(name = "«p1.full»", phone = "«ph1.intl»", city = "«loc1.city»")\nprintln(user.address?.city)',
    ),
    (
        "code",
        '# config/admins.py\nADMINS = [\n    ("«p1.full»", "«p1.email»"),\n    ("«p2.full»", "«p2.email»"),\n]\nMANAGERS = ADMINS\nDjango says my email backend isn\'t sending, what should I check?',
    ),
    (
        "code",
        'Fix the validation in this Go struct, phone should allow + prefix:\n\nu := User{Name: "«p1.full»", Phone: "«ph1.e164»", SSN: "«ssn1»"}\nif err := validate.Struct(u); err != nil { log.Fatal(err) }',
    ),
    (
        "code",
        'curl -X POST https://api.example-crm.io/v2/contacts -H \'Content-Type: application/json\' -d \'{"name":"«p1.full»","phone":"«ph1.e164»","email":"«p1.email»"}\'\nreturns 422, what\'s wrong with the body?',
    ),
    (
        "code",
        "Explain this firewall rule set:\niptables -A INPUT -s «ip1» -j ACCEPT\niptables -A INPUT -s «ip2» -j DROP\niptables -A INPUT -s «ip3» -p tcp --dport 22 -j ACCEPT",
    ),
    # --- logs --------------------------------------------------------------------------------
    (
        "log",
        'What\'s happening here?\n«ip1» - - [«date1» 10:14:02] "POST /login HTTP/1.1" 401 312\n«ip1» - - [«date1» 10:14:05] "POST /login HTTP/1.1" 401 312\n«ip1» - - [«date1» 10:14:09] "POST /login HTTP/1.1" 200 1044\n«ip2» - - [«date1» 10:15:30] "GET /admin HTTP/1.1" 403 98',
    ),
    (
        "log",
        "sshd[«num1»]: Failed password for invalid user admin from «ip1» port 52144 ssh2\nsshd[«num1»]: Failed password for root from «ip2» port 40122 ssh2\nsshd[«num2»]: Accepted publickey for deploy from «ip3» port 61020 ssh2\nShould I be worried?",
    ),
    (
        "log",
        "2025-03-02T08:12:44Z INFO auth: login ok user=«p1.email» ip=«ip1»\n2025-03-02T08:13:10Z WARN auth: mfa timeout user=«p2.email» ip=«ipsix1»\n2025-03-02T08:13:55Z INFO auth: login ok user=«p2.email» ip=«ipsix1»\nsummarise the auth events",
    ),
    (
        "log",
        "Parse these mail server lines into a table (time, from, to, status):\n«time1» postfix/smtp: to=<«p1.email»>, relay=mx1, status=sent\n«time2» postfix/smtp: to=<«p2.email»>, status=bounced (mailbox full)\n«time3» postfix/smtp: to=<«em1»>, status=deferred",
    ),
    (
        "log",
        "[worker-3] ERROR sms.send failed to=«ph1.e164» err=InvalidRecipient\n[worker-1] INFO sms.send ok to=«ph2.e164»\n[worker-3] ERROR sms.send failed to=«ph3.e164» err=Unreachable\nwhy would twilio reject the first one?",
    ),
    (
        "log",
        "connection from «ipsix1» refused, too many connections (max 100)\nconnection from «ip1» accepted\nconnection from «ipsix2» refused\nIs my Postgres max_connections too low?",
    ),
    (
        "log",
        "kernel: [UFW BLOCK] IN=eth0 SRC=«ip1» DST=«ip2» PROTO=TCP DPT=23\nkernel: [UFW BLOCK] IN=eth0 SRC=«ip3» DST=«ip2» PROTO=TCP DPT=3389\nwhat are these",
    ),
    (
        "log",
        "audit: user «p1.email» exported report «uuid1» from «ip1»\naudit: user «p1.email» changed role of «p2.email» to owner\nDoes this look like privilege escalation?",
    ),
    # --- SQL -----------------------------------------------------------------------------------
    (
        "sql",
        "Why does this insert fail on the unique constraint?\nINSERT INTO customers (name, email, phone) VALUES\n  ('«p1.full»', '«p1.email»', '«ph1»'),\n  ('«p2.full»', '«p1.email»', '«ph2»');",
    ),
    (
        "sql",
        "Optimise this query:\nSELECT o.id, o.total FROM orders o JOIN customers c ON c.id = o.customer_id WHERE c.email = '«p1.email»' OR c.phone = '«ph1.e164»';",
    ),
    (
        "sql",
        "INSERT INTO employees (full_name, ssn, city) VALUES ('«p1.full»', '«ssn1»', '«loc1.city»');\nINSERT INTO employees (full_name, ssn, city) VALUES ('«p2.full»', '«ssn2»', '«loc2.city»');\nhow do I encrypt the ssn column in postgres?",
    ),
    (
        "sql",
        "UPDATE payees SET iban = '«iban1.raw»' WHERE payee_name = '«p1.full»';\nthis updated 0 rows, but the row is there. collation issue?",
    ),
    (
        "sql",
        "Write the down migration for:\nINSERT INTO staff(first_name, last_name, office) VALUES ('«p1.first»', '«p1.last»', '«loc1.city»'), ('«p2.first»', '«p2.last»', '«loc2.city»');",
    ),
    (
        "sql",
        "SELECT * FROM bank_accounts WHERE account_no = '«acct1»';\n-- returns the row for «p1.full» but the app shows another holder. cache?",
    ),
    (
        "sql",
        "DELETE FROM sessions WHERE ip = '«ip1»' OR ip = '«ipsix1»';\nIs there a faster way if the table has 80M rows?",
    ),
    # --- SMS ----------------------------------------------------------------------------------
    (
        "sms",
        "Hi «p1.first», your appointment at Bright Smile Dental is confirmed for «day1» «time1». Reply C to cancel or call «ph1.nat». -- is this text too long for one SMS segment?",
    ),
    (
        "sms",
        "Classify as spam or not: 'Congrats «p1.lfirst»! You won a voucher. Claim at «ph1» before midnight'",
    ),
    (
        "sms",
        "«p1.first» its «p2.first», lost my phone, this is my new number «ph1». can u send me «p3.lfirst»'s address, the party one",
    ),
    (
        "sms",
        "Reply to this text in Portuguese: 'Oi, aqui é «p1.first». Chego em «loc1_BR.city» amanhã, me liga no «ph1_BR»'",
    ),
    (
        "sms",
        "Your driver «p1.first» is arriving in a silver Corolla. Contact: «ph1.intl». Pickup: «loc1.addr». -- rewrite as a push notification under 80 chars",
    ),
    (
        "sms",
        "«ph1»: Mum the bus broke down near «loc1.city», «p1.lfirst» is picking me up, home by 9",
    ),
    # --- meeting notes ---------------------------------------------------------------------------
    (
        "notes",
        "Turn these into action items:\n\nWeekly sync «date1»\nAttendees: «p1.full», «p2.full», «p3.first» («loc1.city» office)\n- «p2.first» to send the vendor shortlist by «day1»\n- «p3.first» blocked on legal review\n- «p1.first» will call the landlord in «loc2.city» about the lease",
    ),
    (
        "notes",
        "Clean up my notes:\ncall w/ «p1.lower» - wants quote for 40 seats, decision by end of «month1»\nhis boss «p2.lower» signs off. follow up on «ph1»",
    ),
    (
        "notes",
        "Retro notes - «code1»\nWent well: «p1.first» fixed the flaky tests, «p2.nick» ran a great demo\nTo improve: handover between «loc1.city» and «loc2.city» teams\nActions: «p3.full» to set up a shared channel",
    ),
    (
        "notes",
        "Summarise the interview panel notes:\nCandidate: «p1.full» (applied via referral from «p2.full»)\nInterviewers: «p3.init», «p4.init»\nCurrently based in «loc1.city», open to relocating to «loc2.country».\nStrong on SQL, weaker on system design.",
    ),
    (
        "notes",
        "1:1 «p1.first» / «p2.first»\n- «p2.first» back from parental leave on «date1»\n- wants to move to the «loc1.city» team in Q3\n- mentioned burnout, suggest fewer on-call weeks",
    ),
    (
        "notes",
        "board minutes draft, fix grammar:\npresent: «p1.title» (chair), «p2.full», «p3.full», «p4.full»\napologies: «p5.full»\n«p2.last» presented the budget, «p3.last» raised the «loc1.region» expansion risk.",
    ),
    (
        "notes",
        "Client visit «date1» - «loc1.addr»\nMet «p1.full» (facilities) and «p2.first» (IT). Server room access via «p1.first», mobile «ph1».\nNext visit: «month1».",
    ),
    # --- letters ----------------------------------------------------------------------------------
    (
        "letter",
        "Please check the tone of this letter:\n\n«p1.full»\n«loc1.addr»\n\n«date1»\n\nDear «p2.title»,\n\nI am writing to formally dispute the charge of «price1» on my account. I have attached my receipts. Please contact me at «p1.email» or «ph1».\n\nYours sincerely,\n«p1.full»",
    ),
    (
        "letter",
        "Rewrite as a reference letter:\n\n«p1.first» worked with me at «co1» for four years. «p1.first» managed our supplier relations across «loc1.country» and «loc2.country» and I would hire «p1.first» again. You can reach me on «ph1».\n«p2.full»",
    ),
    (
        "letter",
        "To whom it may concern,\nThis is to certify that «p1.upper», residing at «loc1.addr», has been employed with us since «date1» as Senior Technician.\nFor verification call «ph1» or write to «p2.email».\n\n-- Make this sound more formal.",
    ),
    (
        "letter",
        "Tenancy reference request. Draft a reply:\n\nDear Sir or Madam, your former tenant «p1.full» has applied to rent «loc1.addr». Could you confirm rent was paid on time? Please respond to «p2.full» at «p2.email».",
    ),
    (
        "letter",
        "Condolence card text for «p1.first» whose father «p2.full» passed away last week in «loc1.city». Short, sincere, not religious.",
    ),
    (
        "letter",
        "Help me write a cover letter. I am «p1.full», I live in «loc1.city» and I'm applying for the logistics coordinator role. Contact «p1.email», «ph1.intl».",
    ),
    # --- forms ------------------------------------------------------------------------------------
    (
        "form",
        "Check this insurance claim form for missing fields:\n\nPolicyholder: «p1.urev»\nDate of birth: 03/14/1986\nSSN: «ssn1.raw»\nAddress: «loc1_US.addr»\nPhone: «ph1_US»\nClaim type: water damage\nDate of loss: «date1»",
    ),
    (
        "form",
        "Patient intake\nName: «p1.full»\nEmergency contact: «p2.full» («ph1»)\nGP: «p3.title»\nAllergies: penicillin\nInsurer ID: «sku1»\nSummarise for the nurse.",
    ),
    (
        "form",
        "Direct deposit form - please check it is complete:\nEmployee name: «p1.full»\nBank: First Harbor Credit Union\nRouting number: 021000021\nChecking account number: «acct1»\nSSN: «ssn1»\nSignature: ____",
    ),
    (
        "form",
        "NAME: «p1.upper»\nNATIONALITY: «loc1.country»\nPLACE OF BIRTH: «loc2.city»\nPASSPORT NO: «sku1»\nPHONE: «ph1.intl»\nEMAIL: «p1.email»\n\nConvert this visa form data into a JSON object.",
    ),
    (
        "form",
        "Rental application\nApplicant: «p1.full»\nCurrent address: «loc1.addr»\nEmployer: «co1»\nMonthly income: «price1»\nSSN: «ssn1»\nReference: «p2.full», «ph1»\nWhat else should a landlord ask for?",
    ),
    (
        "form",
        "Card payment authorisation\nCardholder: «p1.urev»\nCard number: «card1»\nExpiry: 09/27\nBilling address: «loc1.addr»\nAmount: «price1»\nIs it OK to store this form in our shared drive?",
    ),
    (
        "form",
        "Wire transfer request\nBeneficiary: «p1.full»\nBeneficiary IBAN: «iban1»\nBeneficiary address: «loc1.addr»\nOrdering customer: «p2.full», IBAN «iban2»\nReference: «inv1»\nTranslate the field names into French.",
    ),
    (
        "form",
        "Workers' comp claim\nEmployee: «p1.rev»\nSSN: «ssn1.sp»\nSupervisor: «p2.full»\nWork site: «loc1_US.addr»\nInjury: sprained wrist, ladder slip\nWrite the incident summary paragraph.",
    ),
    (
        "form",
        "Enrolment form\nStudent: «p1.full»\nParent/guardian: «p2.full», «ph1»\nSecond contact: «p3.full», «ph2»\nHome: «loc1.addr»\nCheck the phone numbers look right.",
    ),
    # --- Slack-style threads ---------------------------------------------------------------------
    (
        "slack",
        "Summarise this thread:\n[10:42] «p1.first»: @«p2.lfirst» can you restart the ingest box at «ip1»?\n[10:44] «p2.first»: on it\n[10:51] «p2.first»: done, also bumped the disk on «ip2»\n[10:52] «p3.first»: ty both",
    ),
    (
        "slack",
        "#sales-partners\n«p1.lower»: anyone have a contact at the «loc1.city» distributor?\n«p2.lower»: yeah «p3.full», «ph1.intl», tell her you got it from me\n«p1.lower»: legend",
    ),
    (
        "slack",
        "what's the vibe of this channel, is the team ok?\n«p1.first»: deploy failed again\n«p2.first»: third time this week\n«p1.first»: @«p3.lfirst» can we talk about the pipeline\n«p3.first»: tomorrow, I'm in «loc1.city» today",
    ),
    (
        "slack",
        "@here «p1.full» joins the support team on «day1», she'll be working from «loc1.city». Her desk phone is «ph1». Say hi! 👋\n-- make this announcement a bit more fun",
    ),
    (
        "slack",
        "«p1.first» [9:02 AM]\nwho has the customer's number for the escalation?\n«p2.first» [9:04 AM]\n«ph1» - ask for «p3.first», not the front desk\n«p1.first» [9:05 AM]\nthx",
    ),
    (
        "slack",
        "thread from #it-help:\n«p1.lnick»: vpn keeps dropping, my ip is «ip1»\n«p2.lfirst»: try the «ipsix1» gateway instead\n«p1.lnick»: works now 🙏\nwrite a KB article from it",
    ),
    (
        "slack",
        "#travel\n«p1.first»: booked «p2.first» and me on the 7:10 to «loc1.city», hotel is «loc2.addr»\n«p2.first»: can you send the confirmation to «p2.email»\n«p1.first»: done",
    ),
    # --- tool-call arguments ------------------------------------------------------------------
    (
        "toolcall",
        '{"tool": "send_sms", "arguments": {"to": "«ph1.e164»", "body": "Hi «p1.first», your table for 4 is confirmed for «time1»."}}',
    ),
    (
        "toolcall",
        'create_calendar_event(title="Interview: «p1.full»", attendees=["«p1.email»", "«p2.email»"], location="«loc1.addr»", start="«date1»T14:00")',
    ),
    (
        "toolcall",
        '{"name": "lookup_customer", "arguments": {"phone": "«ph1»"}}\n{"name": "lookup_customer", "result": {"name": "«p1.full»", "tier": "gold", "city": "«loc1.city»"}}',
    ),
    (
        "toolcall",
        "Call the refund tool with: customer «p1.full», card «card1», amount «price1», reason 'duplicate charge'.",
    ),
    (
        "toolcall",
        '{"function": "transfer_funds", "parameters": {"from_account_number": "«acct1»", "to_iban": "«iban1»", "beneficiary": "«p1.full»", "amount": 250}}',
    ),
    (
        "toolcall",
        'tool_use: geocode\ninput: {"address": "«loc1.addr»"}\nresult: {"lat": 41.88, "lng": -12.6}\nnow call send_email to «p1.email» with the map link',
    ),
    (
        "toolcall",
        '{"action": "block_ip", "ips": ["«ip1»", "«ip2»", "«ipsix1»"], "reason": "credential stuffing", "requested_by": "«p1.email»"}',
    ),
    (
        "toolcall",
        'search_contacts(query="«p1.lower»") -> [{"name": "«p1.full»", "phone": "«ph1»", "email": "«p1.email»"}]\nWhich of these should I call first?',
    ),
    # --- CV snippets ------------------------------------------------------------------------------
    (
        "cv",
        "Improve this CV header:\n\n«p1.upper»\n«loc1.city», «loc1.country» · «ph1.intl» · «p1.email»\n\nPROFILE\nOperations lead with 9 years in cold-chain logistics.",
    ),
    (
        "cv",
        "References section, format consistently:\n- «p1.full», Head of Engineering, «co1», «p1.email»\n- «p2.title», supervisor at the «loc1.city» plant, «ph1»",
    ),
    (
        "cv",
        "«p1.full»\nMobile: «ph1» | Email: «p1.email» | LinkedIn: /in/«p1.lfirst»-dev\nEXPERIENCE\n«co1», «loc1.city» — Backend Engineer (2021–now)\nShorten this to fit one page.",
    ),
    (
        "cv",
        "Translate my CV summary into English:\n«p1.full», Pflegefachkraft aus «loc1_DE.city». Telefon: «ph1_DE». Berufserfahrung: 12 Jahre.",
    ),
    (
        "cv",
        "Personal details\nName: «p1.rev»\nAddress: «loc1.addr»\nPhone: «ph1»\nCitizenship: «loc2.country»\nLanguages: English C1, Spanish B2\nIs it still normal to put a photo and date of birth on a CV?",
    ),
    # --- payments: cards, accounts and IBANs where people paste them -------------------
    (
        "chat",
        "i think i typed my card wrong at checkout, is «card1» a valid number or did i mess up a digit? name on the card is «p1.upper»",
    ),
    (
        "log",
        "2025-02-11 14:02:17 WARN payment-api: card number found in free-text field 'notes': customer wrote 'use my other card «card1» instead' (order «order1», user «p1.email»)\nhow do we stop people pasting card numbers into notes?",
    ),
    (
        "email",
        "Please reply to this customer:\n\nHi, I need to update the card for my gym membership. Old one: «card1». New one: «card2», expiry 04/29. Thanks, «p1.full»",
    ),
    (
        "form",
        "Direct debit mandate\nAccount holder: «p1.full»\nBank account number: «acct1_uk»\nSort code: 30-96-26\nAddress: «loc1_GB.addr»\nIs this filled in correctly?",
    ),
    (
        "chat",
        "my employer needs my acct number for salary, is it the «acct1» one on my statement or the longer iban «iban1»? bank is in «loc1.country»",
    ),
    (
        "notes",
        "Call notes - «p1.full», collections\n- agreed payment plan «price1»/month from checking account «acct1»\n- next review «date1»\n- prefers calls to «ph1» after 6pm",
    ),
    (
        "ticket",
        "[«tkt1»] Chargeback dispute\nCardholder: «p1.full»\nCard: «card1»\nMerchant ref: «order1»\nRefund sent to a/c «acct1» on «date1». Draft the response to the card network.",
    ),
    (
        "json",
        '{"payout": {"beneficiary": "«p1.full»", "bank_account": {"account_number": "«acct1»", "iban": "«iban1»"}, "email": "«p1.email»"}}\nWhich field should we use for a SEPA transfer?',
    ),
    (
        "sms",
        "«p1.first» pls send the deposit to my account «acct1», or iban «iban1» if its easier. thx «p2.first»",
    ),
    (
        "slack",
        "«p1.first»: finance says the refund for «p2.full» bounced, card «card1» is closed\n«p3.first»: pay it to her IBAN then, «iban1»\n«p1.first»: 👍",
    ),
    (
        "chat",
        "doing the paperwork for our new nanny «p1.lower», she gave me her social «ssn1». do i need anything else from her for the W-4?",
    ),
    (
        "csv",
        "emp_id,name,ssn,state\n«num1»,«p1.full»,«ssn1»,«loc1_US.region»\n«num2»,«p2.full»,«ssn2»,«loc2_US.region»\nGive me an Excel formula that masks the ssn column except the last 4 digits.",
    ),
    # --- names as family and forms write them -----------------------------------------
    (
        "form",
        "W-9 request\nName (as shown on your income tax return): «p1_american.sfx»\nBusiness name: «co1» contractor\nSSN: «ssn1»\nAddress: «loc1_US.addr»\nWhich box should an individual contractor tick?",
    ),
    (
        "letter",
        "Draft a jury duty deferral letter for «p1_american.mid», «loc1_US.addr». Reason: scheduled surgery on «date1». Daytime phone «ph1_US».",
    ),
    (
        "chat",
        "my grandpa «p1_american.sfx» turns 90 next month, i need a funny but kind speech. he delivered mail in «loc1_US.city» for 40 years",
    ),
    (
        "chat",
        "can you write a birthday message for «p1_polish.nick»? thats what everyone calls her, her full name is «p1_polish.gf». she just moved to «loc1.city»",
    ),
    (
        "slack",
        "@«p1_russian.nick» the staging box «ip1» is green again, you can merge\n— «p2.first»",
    ),
    (
        "sms",
        "«p1_greek.nick»! landed in «loc1.city», taxi to the hotel now. call «ph1» if the plan changes",
    ),
    (
        "chat",
        "«p1_yoruba.lnick» sent me this voice note, can u tidy it into a text: 'we go reach «loc1.city» by friday, abeg tell mummy make she no worry'",
    ),
    (
        "email",
        "Is this a classic invoice-redirection fraud email?\n\nHello, please note our new bank details for all future invoices: IBAN «iban1.sp». The old IBAN «iban2» closes on «date1». Regards, «p1.full», Accounts Payable",
    ),
    (
        "code",
        '# test_payments.py\n@pytest.mark.parametrize("card", ["«card1»", "«card2»", "«card3»"])\ndef test_luhn_accepts(card):\n    assert luhn_ok(card)\n\nwhy does one of them fail after I strip the separators?',
    ),
]
