"""Templates with personal data for val16 (second half): wedding planners, funeral homes,
pharmacies, dental practices, city and state services (permits, licences, vehicle
registration), utilities (electricity, water and gas meters), farm co-ops, fishing and boat
charters, personal use (family, friends, neighbours, hobby clubs) and developer traffic (code
review, error reports, fixtures, chat-ops, data exports).

Hand-written by an author who read only the package's `__init__.py` and `validity.py`; slot
syntax in `val16_gen`. Given names that are everyday words (slots W and V) stand where only
the context says they are people.
"""

from __future__ import annotations

from appliance.testing.pii_corpus.val16_gen import templates

ROWS: list[tuple[str, str]] = [
    # --- wedding planners --------------------------------------------------------------
    (
        "email",
        """
Subject: Seating plan v3

Hi «A.first»,

Final changes from the couple: move «B.full» to table 2 (away from «C.full»!), «D.first» and «E.first» together on table 5, and «W.full» at the top table since «W.first» is officiating.

Venue contact on the day: «F.full», «tel».
""",
    ),
    (
        "chat",
        "write a short toast for my sister «W.first»'s wedding to «A.first», mention how they met at the «cocktail» bar in «L.city» and that «W.first» still can't cook «dish»",
    ),
    (
        "csv",
        """
guest,plus_one,meal,rsvp
«A.full»,«B.first»,«dish»,yes
«C.full»,,vegan,yes
«D.lf»,«E.full»,fish,no
«V.full»,,«dish2»,yes
""",
    ),
    (
        "whatsapp",
        """
«A.first»: the florist says peonies are out, «paint» roses instead?
«B.first»: ask «W.first», it's her day 😂
«A.first»: «W.first» said whatever «C.first» thinks
«C.first»: peonies or nothing!!
""",
    ),
    (
        "ics",
        """
BEGIN:VEVENT
SUMMARY:Tasting — «A.first» & «B.first» wedding
DTSTART:20250503T140000
LOCATION:«L.addr»
DESCRIPTION:Planner «C.full» ( «tel» ). Bring the «grape» samples.
END:VEVENT
""",
    ),
    (
        "letter",
        """
«A.full» and «B.full»
request the pleasure of your company
at their marriage
on «date»
at «L.addr»

RSVP to «C.first» — «tel» or «C.email»
""",
    ),
    # --- funeral homes -----------------------------------------------------------------
    (
        "email",
        """
Dear «A.first»,

We are so sorry for the loss of your father, «B.full». The service is arranged for «day» at «time». «C.full» will lead it. Flowers can be sent c/o Stillwater Funeral Home, «L.addr».

With sympathy,
«D.full»
«tel@L»
""",
    ),
    (
        "chat",
        "help me write an obituary for my grandmother «A.full» (née «A.first» «B.last»), born in «L.city», «L.country», survived by «C.first», «D.first» and «E.first»; she loved «apple» pie and the «award» winning novels",
    ),
    (
        "form",
        """
ARRANGEMENT FORM
Deceased: «A.LF»
Date of death: «date»
SSN of deceased: «ssn»
Informant: «B.full» (son)   Phone: «tel»
Payment: card «card»
""",
    ),
    (
        "notes",
        """
«A.full» service — to do
- call «B.first» re: eulogy
- pallbearers: «C.first»; «D.first»; «E.first»; «F.first»
- hymn: Abide With Me 🙏 (ask «W.first» to sing)
""",
    ),
    # --- pharmacies --------------------------------------------------------------------
    (
        "sms",
        "Corner Pharmacy: «A.first», your prescription is ready. Collect by «date» at our «L.city» store. Questions? «tel»",
    ),
    (
        "chat",
        "I'm a pharmacist. Draft a message to Dr «A.last» about patient «B.full» (DOB «date»): the «brand» antihistamine interacts with what «C.init» prescribed. Dr «A.last»'s fax won't go through, so use «A.email».",
    ),
    (
        "ticket",
        """
«ticket»: Refund request
Customer «A.full» was charged twice for order «order». Card «card». Customer prefers refund to bank, account number «acct».
Handled by: «B.first»
""",
    ),
    (
        "transcript",
        """
Pharmacist: Can I have the name please?
Caller: It's for my mum, «A.full».
Pharmacist: And your name?
Caller: «B.first». «B.full».
Pharmacist: Thanks «B.first». Date of birth for «A.first»?
Caller: «date».
""",
    ),
    # --- dental practices --------------------------------------------------------------
    (
        "email",
        """
Hi «A.first»,

This is a reminder of your hygiene appointment with «B.full» on «day» at «time». If you need to cancel, please call «tel» at least 24 hours ahead.

Smileworks Dental
""",
    ),
    (
        "form",
        """
Dental Patient Registration
Name: «A.full»
Preferred name: «nick»
Address: «L.addr»
Mobile: «tel@L»
Previous dentist: Dr «B.last», «M.city»
Insurance member ID: «sku»
""",
    ),
    (
        "review",
        "Dr «A.last» is the gentlest dentist I've ever had. The receptionist «B.first» squeezed me in same day. Only downside: parking near «L.addr».",
    ),
    (
        "chat",
        "my dentist charged my card «card» twice for the crown. the practice manager is «A.full». write me a firm but friendly email",
    ),
    # --- city and state services -------------------------------------------------------
    (
        "form",
        """
APPLICATION FOR BUILDING PERMIT
Applicant: «A.full»
Property: «L.addr»
Owner (if different): «B.full»
Contractor: Ironside Builders, contact «C.full» «tel»
SSN or EIN: «ssn»
""",
    ),
    (
        "email",
        """
Subject: Vehicle registration renewal – «A.full»

Hello DMV,

My registration for the «model» expired on «date». I moved from «L.city» to «M.addr» and never got the renewal notice. My SSN is «ssn» and my phone is «tel».

«A.full»
""",
    ),
    (
        "chat",
        "is this parking fine legit? it says the vehicle registered to «A.upper», «L.uaddr» was seen on «date». pay online or call «tel». I'm «A.first» btw",
    ),
    (
        "letter",
        """
Department of Licensing

«date»

«A.full»
«L.addr»

Dear «A.full»:

Your application for a commercial fishing licence (ref. «ref») has been approved. Fees of «price» will be debited from checking account «acct» as authorised.

«B.init», Licensing Officer
""",
    ),
    (
        "ocr",
        """
STATE OF «L.uregion»
DRIVER LICENSE
LN «A.ulast»
FN «A.first»
«L.uaddr»
DOB «date»  EXP «date2»
""",
    ),
    (
        "json",
        """
{"permit_id": "«ref»", "type": "street_party", "applicant": "«A.full»", "contact_phone": "«tel»", "street": "«L.addr»", "neighbours_consulted": ["«B.full»", "«C.full»", "«D.full»"], "status": "approved"}
""",
    ),
    # --- utilities --------------------------------------------------------------------
    (
        "email",
        """
Subject: Meter reading dispute, meter «meter»

Hi,

The estimated reading on my last statement is far too high. Actual reading today: «num»4. Account holder: «A.full», «L.addr». Direct debit from IBAN «iban».

Please call me on «tel@L».
«A.first»
""",
    ),
    (
        "chat",
        "Write a letter to the water company: my neighbour «A.full» at «L.addr» has a leak on their side and it's flooding my garden. I'm «B.full», same street.",
    ),
    (
        "csv",
        """
account_holder,supply_address,meter,iban,phone
«A.full»,"«L.addr»",«meter»,«iban»,«tel»
«B.full»,"«M.addr»",«meter2»,«iban2»,«tel2»
""",
    ),
    (
        "sms",
        "NorthGrid: «A.first», a technician («B.first») will read your gas meter on «day» between «time» and «time2». Reschedule: «tel»",
    ),
    (
        "voice",
        "yeah hi my name is «A.lower» account number «acct» the power has been off since this morning on «L.laddr» can someone call me back on «tel@L»",
    ),
    (
        "transcript",
        """
Agent: NorthGrid, you're speaking with «A.first».
Customer: Hi «A.first», I'm calling about my mum's account, she's «B.full».
Agent: Are you on the account?
Customer: Yes, «C.full». Account number «acct».
Agent: And the address?
Customer: «L.addr».
""",
    ),
    # --- farm co-ops -------------------------------------------------------------------
    (
        "notes",
        """
Co-op meeting «date»
present: «A.full», «B.full», «C.init», «D.first» (minutes)
- «A.first» proposes shared «brand» tractor, «price»
- «B.last» farm in «L.region» to host the «apple» tasting
- payments to co-op IBAN «iban»
""",
    ),
    (
        "email",
        """
Subject: Grain delivery «ref»

«A.first»,

«B.full» delivered 18 t of barley on «day». Payment to his account number «acct» please, not the old one. Cc «C.full».

«D.first»
""",
    ),
    (
        "markdown_table",
        """
| Member | Farm | Phone | Shares |
|---|---|---|---|
| «A.full» | «L.region» | «tel» | «n» |
| «B.full» | «M.region» | «tel2» | «n2» |
| «W.full» | «L.region» | «tel3» | «n» |
""",
    ),
    # --- fishing and boat charters -----------------------------------------------------
    (
        "email",
        """
Subject: Charter booking – «date»

Hi Captain «A.last»,

We'd like the full-day charter for 4: me («B.full»), «C.first», «D.first» and my dad «E.full». Deposit paid by card «card». My number: «tel».

See you at the «L.city» marina!
«B.first»
""",
    ),
    (
        "whatsapp",
        """
«A.first»: tides look good for «day» 🎣
«B.first»: is «W.first» coming? the boat takes 6
«A.first»: «W.first» + «C.first» + «D.first» so far
«B.first»: I'll ask «V.first»
""",
    ),
    (
        "review",
        "Went out with «A.first» on the «ship» from «L.city». Caught three snapper! «A.first» and deckhand «B.first» were patient with the kids.",
    ),
    (
        "form",
        """
Boat Registration Transfer
Vessel: «ship»
Seller: «A.full», «L.addr»
Buyer: «B.full», «M.addr»
Buyer phone: «tel@M»
Price: «price»
""",
    ),
    # --- personal use: family, friends, neighbours, hobby clubs -------------------------
    (
        "chat",
        "«W.first» said she'd bring the salad but «V.first» thinks we need two. plan a bbq for 12 with «A.first», «B.first» and the «C.last» family",
    ),
    (
        "chat",
        "my brother «A.first» keeps borrowing money. he owes me «price». how do i bring it up without a fight? our mum «B.first» always takes his side",
    ),
    ("sms", "hey it's «A.first», new number. save it! old one was «tel2». also tell «B.first»"),
    (
        "whatsapp",
        """
Neighbourhood watch 🏡
«A.full»: white van parked outside no. «n» again
«B.first»: that's «C.first»'s builder I think
«A.first»: ok ta. @«D.first» did your parcel turn up?
«D.first»: yes thanks «A.first»!
""",
    ),
    (
        "chat",
        "«W.first» and «V.first» are coming for dinner, one is vegan. suggestions? also «A.first» might come",
    ),
    (
        "email",
        """
Hi «A.first»,

Book club is at mine on «day». We're reading «character» fan fiction (don't ask, «B.first» chose it). My address is «L.addr» — the blue door.

Please RSVP to «C.first» on «tel».

x «D.first»
""",
    ),
    (
        "chat",
        "I found a wallet with a card in the name of «A.full» and a library card with address «L.addr». what should I do?",
    ),
    (
        "notes",
        """
Birthdays
«A.first» — «date»
«B.full» — «date2»
«W.first» (neighbour) — «date3»
Gran («C.first») — «date4»
""",
    ),
    ("chat", "Can «W.first» borrow the ladder? He said he'd return it by «day»."),
    (
        "chat",
        "translate to Spanish for my au pair: «A.first» has swim class at «time», «B.first» has a playdate with «C.first» at «L.addr»",
    ),
    (
        "letter",
        """
Dear «A.first»,

Thank you so much for looking after «pet» while we were away. The kids loved your photos. «B.first» says hi.

Love,
«C.first» & «D.first»
""",
    ),
    ("sms", "«A.first»"),
    (
        "chat",
        "whats the best way to split rent 3 ways? me, «A.lfirst» and «B.lfirst». «A.lfirst» has the big room",
    ),
    (
        "review",
        "Our neighbour «A.full» recommended this plumber and he was great. Tell them «A.first» sent you.",
    ),
    # --- developer traffic -------------------------------------------------------------
    (
        "code",
        """
# fixtures/customers.py
CUSTOMERS = [
    {"name": "«A.full»", "email": "«A.email»", "phone": "«tel»"},
    {"name": "«B.full»", "email": "«B.email»", "phone": "«tel2»"},
    {"name": "«C.ascii»", "email": "«C.email»", "phone": "«tel3»"},
]
""",
    ),
    (
        "log",
        """
«date» «time» ERROR payment failed card=«card» user="«A.full»" ip=«ip»
«date» «time» INFO  retry scheduled user="«A.full»"
«date» «time» WARN  login from new device ip=«ip2» user=«A.email»
""",
    ),
    (
        "chat",
        "Why does this 500? request from «ip» for user «A.full» (id «uuid») — stack trace points at the «codename» service. «B.first» said it started after deploy «ver».",
    ),
    (
        "json",
        """
{"level": "error", "msg": "address validation failed", "input": {"name": "«A.full»", "street": "«L.addr»"}, "client_ip": "«ip»", "trace_id": "«hash»"}
""",
    ),
    (
        "sql",
        """
SELECT * FROM customers WHERE email = '«A.email»' OR full_name ILIKE '%«A.last»%';
-- returned 2 rows: «A.full» and «B.full» (dupes?)
""",
    ),
    (
        "code",
        """
// TODO(«A.lfirst»): remove hardcoded test account before release
const TEST_USER = {
  name: "«B.full»",
  ssn: "«ssn»",
  iban: "«iban»",
};
""",
    ),
    (
        "ticket",
        """
Bug «ticket»: export drops diacritics
Steps: create customer «A.full», export CSV
Expected: «A.full»
Actual: «A.ascii»
Reported by «B.full» via support; assignee @«C.first»
""",
    ),
    (
        "yaml",
        """
# seed data for staging
users:
  - name: «A.full»
    email: «A.email»
    role: admin
  - name: «B.full»
    email: «B.email»
    role: viewer
allowed_ips: [«ip», «ip2»]
""",
    ),
    (
        "log",
        """
[«time»] sshd: Accepted publickey for deploy from «ip» port «port»
[«time»] sshd: Failed password for «A.lfirst» from «ip2» port «port»
[«time»] sudo: «B.lfirst» : COMMAND=/usr/bin/systemctl restart «host»
""",
    ),
    (
        "chat",
        "@«A.at» can you review PR #«num»? it masks «card» style numbers in logs. @«B.first» already approved",
    ),
    (
        "toolcall",
        """
{"name": "create_contact", "arguments": {"first_name": "«A.first»", "last_name": "«A.last»", "phone": "«tel»", "email": "«A.email»", "notes": "met at «product» launch via «B.full»"}}
""",
    ),
    (
        "csv",
        """
id,name,ip,last_login
«num»,«A.full»,«ip»,«date»
«num2»,«B.full»,«ipsix»,«date2»
«num3»,«C.full»,«ip2»,«date3»
""",
    ),
    (
        "code",
        """
def test_ssn_masking():
    text = "Applicant «A.full», SSN «ssn», lives in «L.city»"
    assert mask(text).count("***") == 1
""",
    ),
    (
        "chat",
        "my server at «ip» keeps getting hit from «ip2» and «ipsix». how do I block them with ufw? also is «ip3» mine? — «A.first»",
    ),
    (
        "html",
        """
<table class="customers">
<tr><th>Name</th><th>Phone</th><th>City</th></tr>
<tr><td>«A.full»</td><td>«tel»</td><td>«L.city»</td></tr>
<tr><td>«B.full»</td><td>«tel2»</td><td>«M.city»</td></tr>
</table>
""",
    ),
    (
        "xml",
        """
<payment>
  <debtor><name>«A.full»</name><iban>«iban»</iban></debtor>
  <creditor><name>«B.full»</name><iban>«iban2»</iban></creditor>
  <remittance>«invoice»</remittance>
</payment>
""",
    ),
    (
        "log",
        """
«date»T«time»Z gateway client=«ipsix» route=/api/v2/payments status=402
«date»T«time»Z gateway client=«ip» route=/api/v2/payments status=200 payer="«A.full»" iban=«iban»
""",
    ),
    (
        "json",
        """
[
  {"ssn": "«ssn»", "name": "«A.full»", "state": "«L.region»"},
  {"ssn": "«ssn2»", "name": "«B.full»", "state": "«M.region»"}
]
""",
    ),
    (
        "chat",
        """
here's the payout export that failed (columns: name;bank account number;amount), can you spot the bad row?
«A.full»;«acct»;«price»
«B.full»;«acct2»;«price2»
«C.full»;;«price3»
""",
    ),
    (
        "markdown_table",
        """
| host | ip | owner |
|---|---|---|
| «host» | «ip» | «A.first» |
| «host2» | «ip2» | «B.first» |
| «host3» | «ipsix» | «A.first» |
""",
    ),
    (
        "sql",
        """
UPDATE accounts SET account_number = '«acct»', holder = '«A.full»' WHERE id = «num»;
UPDATE accounts SET account_number = '«acct2»', holder = '«B.full»' WHERE id = «num2»;
""",
    ),
    (
        "srt",
        """
3
00:00:09,100 --> 00:00:12,400
- «A.first»! Over here!
- «B.first»? What are you doing in «L.city»?
""",
    ),
    (
        "latex",
        """
\\author{«A.full» \\and «B.full»}
\\date{«date»}
\\maketitle
Correspondence: «A.email», «L.addr».
""",
    ),
    (
        "vcard",
        """
BEGIN:VCARD
VERSION:4.0
FN:«A.full»
TEL;TYPE=home:«tel»
TEL;TYPE=work:«tel2»
EMAIL:«A.email»
NOTE:Met via «B.full»; ask about «brand» referral
END:VCARD
""",
    ),
    (
        "email",
        """
Hi team,

Please update the payroll file: «A.full» (SSN «ssn») moved from checking account «acct» to «acct2». «B.full» (SSN «ssn2») is on unpaid leave from «date».

Thanks, «C.first»
""",
    ),
    (
        "chat",
        "Ich brauche eine Mail an «A.full»: die Rechnung «invoice» bitte an «B.full», «L.addr» schicken. Danke, «C.first»",
    ),
    (
        "form",
        """
DIRECT DEBIT MANDATE
Account holder: «A.full»
IBAN: «iban»
Creditor: Bluefin Charters
Signed by: «A.init» on «date»
""",
    ),
    (
        "chat",
        "card declined again?? «card» is the one on file. name on card is «A.upper». please retry, billing address «L.addr»",
    ),
    (
        "ticket",
        """
«ticket» | chat-ops
/whois «ip»
→ assigned to «A.full» (desk «n»), last seen «date»
/page «B.lfirst» «time»
""",
    ),
    (
        "notes",
        """
Contacts for the «L.city» trip:
hotel – «tel@L»
guide «A.full» – «tel2@L»
driver «B.first» – «tel3»
""",
    ),
    ("chat", "Could you sort these names alphabetically: «A.full»; «B.full»; «C.full»; «D.full»"),
    (
        "email",
        """
«A.first»,

Per our call: «B.full»'s SSN on the W-2 is wrong, it should read «ssn». The checking account for the refund is «acct».

Thanks,
«C.full»
«tel»
""",
    ),
    (
        "code",
        """
# parse the owner's contact line
line = "«A.full» <«A.email»>, «tel»"
name, rest = line.split(" <", 1)
""",
    ),
    (
        "log",
        """
«date» «time» audit user=«A.email» action=view_ssn subject="«B.full»" from=«ip»
«date» «time» audit user=«A.email» action=export subject="«C.full»" from=«ip»
""",
    ),
    (
        "chat",
        "need a cover letter for «A.full» applying to the «L.city» clinic as a dental nurse, references «B.full» and «C.full»",
    ),
    (
        "whatsapp",
        """
«A.first»: did you pay «B.first» back for the tickets?
«C.first»: yes, sent to «iban» this morning
«A.first»: 🙏
""",
    ),
    (
        "voice",
        "send a message to «A.lfirst» saying ill be late and ask «B.lower» to feed «pet» thanks",
    ),
    (
        "chat",
        "«A.first», «B.first» and I are splitting a cabin near «L.city». «A.first»'s card «card» paid the deposit; «B.first» pays the rest to «A.first» by IBAN «iban».",
    ),
    # --- more cards and SSNs, across domains ----------------------------------------------
    (
        "chat",
        "Someone called saying they were from my bank and I read out my card number «card» and my SSN «ssn». I'm «A.full», in «L.city». What do I do first?",
    ),
    (
        "form",
        """
CREDIT APPLICATION — DEALER FINANCE
Applicant: «A.LF»
SSN: «ssn»
Co-applicant: «B.LF»   SSN: «ssn2»
Current address: «L.addr»
Card for deposit: «card»
""",
    ),
    (
        "code",
        """
TEST_CARDS = {
    "visa_ok": "«card»",  # owner in fixture: «A.full»
    "amex_ok": "«card2»",
}
TEST_SSN = "«ssn»"  # «B.full» (QA), do not use in prod
""",
    ),
    (
        "transcript",
        """
Agent: I can take the payment now. Name on the card?
Caller: «A.upper». No, sorry, «A.full».
Agent: And the long number?
Caller: «card».
Agent: Thank you «A.first», that's gone through.
""",
    ),
    (
        "json",
        """
{"return_year": «year», "filer": {"name": "«A.full»", "ssn": "«ssn»"}, "spouse": {"name": "«B.full»", "ssn": "«ssn2»"}, "refund": {"routing": "«num»«num2»", "checking_account": "«acct»"}}
""",
    ),
    (
        "email",
        """
Subject: Payment plan – «B.full»

Hi «A.first»,

Per our chat, the remaining «price» for «B.first»'s braces will be taken monthly from card «card». First payment «date».

Front desk, Smileworks Dental
""",
    ),
    (
        "csv",
        """
employee,ssn,state,checking_account
«A.full»,«ssn»,«L.region»,«acct»
«B.full»,«ssn2»,«M.region»,«acct2»
""",
    ),
    (
        "chat",
        "cc «A.first» — the gym double-charged «B.full»'s card «card» on «date». «B.first»'s member no. is «sku». Can you reverse one?",
    ),
    (
        "whatsapp",
        """
«A.first»: can u book the boat for sat, use my card «card» exp «n»/«year»
«B.first»: done. name on booking «A.full»
«A.first»: ❤️
""",
    ),
]

TEMPLATES = templates("pb", ROWS)
