"""Templates with personal data for val16 (first half): airlines' crews and passengers,
travel agencies, car dealerships and rental desks, estate agents and property managers, law
firms' client intake and court clerks, HR and recruiting, K-12 schools, sports clubs and gyms,
event ticketing.

Hand-written by an author who read only the package's `__init__.py` and `validity.py`; slot
syntax in `val16_gen`. Names stand first and last in texts, in quotes, brackets, after
colons and after "per", "via", "cc", "attn", "c/o", "fao", "for", "from", "with", "by"; split
across lines and fields; alone on a line; in lists with slashes and semicolons; possessive;
inside Spanish, German and French lines.
"""

from __future__ import annotations

from appliance.testing.pii_corpus.val16_gen import templates

ROWS: list[tuple[str, str]] = [
    # --- airlines: crews and passengers -------------------------------------------------
    (
        "chat",
        "«A.full» here, purser on «flight» tomorrow. Can you swap my standby with «B.first»? «B.first»'s roster shows «date», mine shows «day». Crew phone is «tel».",
    ),
    (
        "email",
        """
Subject: Lost bag claim «ref»

Hello,

My suitcase did not arrive on flight «flight» from «L.city». Claim is under «A.LF». Please deliver it to «L.addr» — sorry, to «M.addr» where I am staying until «date».
You can reach me at «tel@M» or «A.email».

Thanks,
«A.first»
""",
    ),
    (
        "sms",
        "SKYHARBOUR: «A.upper», your seat «seat» on «flight» is confirmed. Gate «gate» closes «time». Changes? Call «tel».",
    ),
    (
        "form",
        """
PASSENGER NAME RECORD «pnr»
SURNAME: «A.ulast»
GIVEN NAME(S): «A.first»
NATIONALITY: «L.ucountry»
CONTACT: «tel@L»
EMERGENCY CONTACT: «B.full» («tel2»)
""",
    ),
    (
        "transcript",
        """
[Crew briefing «time»]
CAPTAIN «A.ulast»: Right, welcome everyone. First officer today is «B.full».
«B.last»: Morning. Weather at «L.city» looks fine, some crosswind.
«A.last»: Cabin, who's senior?
«C.first»: Me, «C.full». We have a wheelchair passenger in «seat», a Ms «D.last».
""",
    ),
    (
        "json",
        """
{"pnr": "«pnr»", "passengers": [{"name": "«A.LF»", "ff_number": "«sku»"}, {"name": "«B.LF»", "infant": true}], "contact": {"phone": "«tel»", "email": "«A.email»"}, "routing": "«L.city» – «M.city»"}
""",
    ),
    (
        "notes",
        """
Ops handover «date»
- «A.init» (FA) sick, replaced by «B.init» per crew control
- pax complaint re: meal, seat «seat», passenger «C.full», wants callback on «tel»
- «D.first» / «E.first» / «F.first» swapped the «L.city» turn
""",
    ),
    (
        "review",
        "Flew «L.city» to «M.city» last week. The cabin crew were lovely, especially «A.first» who found my daughter's «character» plush under row «num». Five stars for «A.first»!",
    ),
    (
        "whatsapp",
        """
[«time»] «A.first»: landed 🙌
[«time»] «B.first»: finally!! is «C.first» with you?
[«time»] «A.first»: yes, «C.first»'s getting the bags
[«time»] «B.first»: ok I'm at arrivals, grey «model»
""",
    ),
    (
        "voice",
        "hi this is «A.lower» calling about my booking reference «pnr» i was supposed to fly to «L.lcity» on «day» but the flight got cancelled please call me back on «tel» thank you",
    ),
    # --- travel agencies ----------------------------------------------------------------
    (
        "email",
        """
Dear «A.first»,

Thank you for booking with us. Your package: 7 nights in «L.city», «L.country», departing «date». Travellers: «A.full»; «B.full»; «C.first» «A.last» (child).
The deposit of «price» was charged to the card ending in your booking form; the balance is due by «date2».

Kind regards,
«D.full»
Senior Travel Consultant | «tel»
""",
    ),
    (
        "chat",
        "can you write a polite message to my client «A.full» saying the hotel in «L.city» is overbooked and we moved them to a sister property, same price, and that «B.first» from our «M.city» office will meet them at the airport",
    ),
    (
        "form",
        """
Travel Insurance — Claim Form
1. Policy holder: «A.gf»
2. Date of birth: «date»
3. Home address: «L.addr»
4. Phone: «tel@L»   E-mail: «A.email»
5. Bank account for refund (IBAN): «iban»
6. Destination: «M.country»
""",
    ),
    (
        "csv",
        """
booking_ref,lead_traveller,party,destination,phone
«ref»,"«A.lf»",«n»,«L.city»,«tel»
«ref2»,"«B.lf»",«n2»,«M.city»,«tel2»
«ref3»,"«C.lf»",1,«N.city»,«tel3»
""",
    ),
    (
        "letter",
        """
«A.full»
«L.addr»

«date»

Re: Refund for cancelled tour «ref»

Dear Sir or Madam,

I booked the «codename» tour for myself and «B.full» and paid «price» by card «card». The tour was cancelled on «date2». I ask for a full refund within 14 days.

Yours faithfully,

«A.full»
""",
    ),
    (
        "chat",
        'Traduce esto al inglés por favor: "Hola «A.first», soy «B.full» de la agencia. Su vuelo a «L.city» sale el «date» y el traslado lo hace «C.first». Cualquier cosa me llama al «tel@L»."',
    ),
    # --- car dealerships and rental desks ----------------------------------------------
    (
        "email",
        """
From: «A.wemail»
To: «B.email»
Subject: Your «model» test drive

Hi «B.first»,

Great to meet you and «C.first» on «day». As promised, the «model» in «paint» is held for you until «date». Finance quote attached, ref «ref».

Best,
«A.full»
Sales Executive, Kestrel Motors
Direct: «tel»
""",
    ),
    (
        "ticket",
        """
Ticket «ticket» — Rental damage dispute
Customer: «A.full» («A.email»)
Vehicle: «model», agreement «ref»
Pick-up: «L.city», return: «M.city»
Notes: customer says the scratch was there at pick-up; agent on shift was «B.first» «B.last». Card on file «card» was pre-authorised «price».
""",
    ),
    (
        "sms",
        "Hi «A.first», your «model» is ready for collection at our «L.city» branch. Please bring the card you booked with (ending as on your voucher). Any questions: «tel@L». – «B.first»",
    ),
    (
        "form",
        """
RENTAL AGREEMENT «ref»
Renter: «A.LF»
Additional driver: «B.LF»
Licence issued in: «L.country»
Local address: «M.addr»
Mobile: «tel@M»
Card: «card»
""",
    ),
    (
        "chat",
        "my neighbour «A.first» wants to buy my old «model» for «price», how do I write a simple bill of sale between me («B.full») and «A.full»? we're both in «L.region»",
    ),
    (
        "review",
        "Bought a used «model» from «A.first» at the dealership on «L.city»'s ring road. «A.first» was honest about the service history, no pressure. Ask for «A.full».",
    ),
    (
        "json",
        """
{"lead_id": "«uuid»", "source": "web", "customer": {"first_name": "«A.first»", "last_name": "«A.last»", "phone": "«tel»", "email": "«A.email»"}, "vehicle_interest": "«model»", "trade_in": {"make": "«brand»", "mileage": «num»000}, "assigned_to": "«B.full»"}
""",
    ),
    # --- estate agents and property managers -------------------------------------------
    (
        "email",
        """
Subject: Viewing confirmed – «L.addr»

Dear «A.full»,

Your viewing is booked for «day» «time». Our negotiator «B.first» will meet you outside. The landlord, «C.init», asks that shoes come off inside.

Please bring photo ID. Holding deposit can be paid to account number «acct» (sort code on the invoice).

«B.full»
Tidewell Lettings · «tel@L»
""",
    ),
    (
        "notes",
        """
Tenancy check-out «date» — «L.addr»
Tenants: «A.full» / «B.full»
Meter readings: elec «num», gas «num2»
Damage: «paint» wall in bedroom 2 repainted badly
Forwarding address: «M.addr»
New contact: «tel@M»
""",
    ),
    (
        "whatsapp",
        """
«A.first»: hi it's «A.first» from flat 3, the boiler is off again 😩
Property manager: Hi «A.first», sorry! I'll send «B.first» tomorrow morning
«A.first»: thanks. «C.first» (my flatmate) will be in, her number is «tel»
""",
    ),
    (
        "markdown_table",
        """
| Unit | Tenant | Phone | Rent | Arrears |
|---|---|---|---|---|
| 1A | «A.full» | «tel» | «price» | 0 |
| 2B | «B.full» | «tel2» | «price2» | 1 month |
| 3C | «C.lf» | «tel3» | «price3» | 0 |
""",
    ),
    (
        "letter",
        """
NOTICE TO QUIT

To: «A.full» and «B.full»
Of: «L.addr»

From: «C.full», landlord, c/o Tidewell Lettings

Take notice that I require possession of the above premises on «date». Rent arrears at the date of this notice: «price».

Signed: «C.init»
""",
    ),
    (
        "chat",
        "Kannst du diese Nachricht ins Englische übersetzen? „Sehr geehrte Frau «A.last», die Wohnungsübergabe in der «L.addr» findet am «date» statt. Herr «B.last» bringt die Schlüssel mit. Rückfragen bitte an «tel@L».“",
    ),
    (
        "csv",
        """
property_id;owner;manager;address;iban
«sku»;«A.full»;«B.first»;«L.addr»;«iban»
«sku2»;«C.full»;«B.first»;«M.addr»;«iban2»
""",
    ),
    # --- law firms' intake and court clerks --------------------------------------------
    (
        "form",
        """
CLIENT INTAKE — CONFIDENTIAL
Matter type: tenancy dispute
Client: «A.full»
Opposing party: «B.full»
Referred by: «C.full»
SSN (for conflict check): «ssn»
Address: «L.addr»
Best phone: «tel@L»
""",
    ),
    (
        "email",
        """
Subject: RE: Hearing date, case «ref»

Counsel,

The clerk confirms the hearing before Judge «A.last» is moved to «date» at «time». Witnesses listed: «B.full», «C.full». Please file the bundle by «day».

Regards,
«D.full»
Court Clerk's Office
«tel»
""",
    ),
    (
        "transcript",
        """
THE COURT: Please state your name for the record.
THE WITNESS: «A.full».
THE COURT: And spell the last name.
THE WITNESS: «A.last», as in my father's.
MR. «B.ulast»: Ms «A.last», where were you living in «year»?
THE WITNESS: At «L.addr».
""",
    ),
    (
        "chat",
        "summarise this intake call for the file: caller «A.full» (phone «tel»), wants to sue former employer over unpaid overtime, manager was «B.first» «B.last», witness «C.first», started work «date», lives in «L.city»",
    ),
    (
        "notes",
        """
Conflict check «date»: searched «A.LF»; «B.LF»; «C.LF» — no hits.
Retainer paid from acct «acct». Matter opened by «D.init».
""",
    ),
    (
        "letter",
        """
PRIVILEGED & CONFIDENTIAL

«date»

«A.full»
«L.addr»

Dear «A.first»,

Further to our meeting with «B.full» on «day», we enclose the draft separation agreement. Please note clause 4 concerning the joint account number «acct».

Yours sincerely,
«C.full»
Partner
""",
    ),
    (
        "ocr",
        """
SUPERI0R COURT — FILING RECE1PT
Case No. «ref»
Plaintiff: «A.upper»
Defendant: «B.upper»
Filed by: «C.full» , Esq.
Fee paid: «price»   Card: ****
Clerk: «D.init»
""",
    ),
    # --- HR and recruiting -------------------------------------------------------------
    (
        "email",
        """
Subject: Offer of employment – «A.full»

Dear «A.first»,

We are delighted to offer you the role of Ground Operations Coordinator, reporting to «B.full», starting «date». Salary «price» per month, paid to the bank account you provide.

Please return the signed offer and your SSN («ssn» as you gave it is on file) by «date2».

«C.full»
People Team | «C.wemail»
""",
    ),
    (
        "chat",
        "Can you rewrite this reference to sound more professional: «A.first» worked under me for three years at the «L.city» depot, always on time, great with customers, I'd hire «A.first» again. — «B.full», shift supervisor, «tel»",
    ),
    (
        "form",
        """
NEW HIRE FORM
Last name: «A.last»
First name: «A.first»
Address line 1: «L.addr»
Country: «L.country»
SSN: «ssn»
Direct deposit — checking account: «acct»
Emergency contact: «B.full», «tel»
""",
    ),
    (
        "csv",
        """
candidate,email,phone,stage,recruiter
«A.full»,«A.email»,«tel»,phone screen,«D.first»
«B.full»,«B.email»,«tel2»,onsite,«D.first»
«C.full»,«C.email»,«tel3»,offer,«E.first»
""",
    ),
    (
        "json",
        """
{"applicant": {"given_name": "«A.first»", "family_name": "«A.last»", "location": "«L.city», «L.country»", "phone": "«tel@L»"}, "referees": ["«B.full»", "«C.full»"], "position": "Cabin Crew", "source": "«brand» careers page"}
""",
    ),
    (
        "notes",
        """
Interview panel «date»
«A.full» — strong on safety questions, weak on rostering
«B.ascii» — ok; said she knows «C.first» from «L.city»
Recommend «A.last» for 2nd round. — «D.init»
""",
    ),
    (
        "markdown_table",
        """
| Employee | Manager | Start | Location |
|---|---|---|---|
| «A.full» | «B.full» | «date» | «L.city» |
| «C.full» | «B.full» | «date2» | «M.city» |
| «D.full» | «E.full» | «date3» | «L.city» |
""",
    ),
    (
        "letter",
        """
To whom it may concern,

I am writing to recommend «A.full», who volunteered with our youth programme from «year» to «year2». «A.first» organised the «dance» classes and raised funds for the minibus.

Please contact me on «tel» or at «B.email» if you need more.

«B.full»
Programme Lead
""",
    ),
    # --- K-12 schools and parents ------------------------------------------------------
    (
        "email",
        """
Dear Mr «A.last»,

«B.first» was absent on «day» and «day2». If this was illness, please send a note. We noticed «B.first» has not returned the permission slip for the «product» workshop either.

Many thanks,
«C.full»
Year 6 Teacher
""",
    ),
    (
        "whatsapp",
        """
Class 4B parents 🍎
«A.first»: who's bringing the cupcakes for «B.first»'s birthday?
«C.first»: me!! 🧁 «D.first» can you do drinks?
«D.first»: yes. also «E.full» says pick-up moved to «time»
«A.first»: 👍
""",
    ),
    (
        "sms",
        "Oakridge School: «A.first» «A.last» was collected today at «time» by «B.full». If you did not authorise this, call the office on «tel».",
    ),
    (
        "form",
        """
Student Emergency Card
Student: «A.last», «A.first»      Grade: «n»
Parent/Guardian 1: «B.full»   Phone: «tel»
Parent/Guardian 2: «C.full»   Phone: «tel2»
Home address: «L.addr»
Allergies: tree nuts
""",
    ),
    (
        "chat",
        "help me write a note to «A.first»'s teacher, «B.init», explaining «A.first» will miss the «character» themed book day because we're at her grandma's in «L.city»",
    ),
    (
        "csv",
        """
student_id,student,homeroom,guardian,guardian_email
«sku»,«A.full»,«n»B,«B.full»,«B.email»
«sku2»,«C.full»,«n2»A,«D.full»,«D.email»
«sku3»,«E.full»,«n»B,«F.full»,«F.email»
""",
    ),
    (
        "voice",
        "reminder for «A.lfirst» dentist thursday then pick up «B.lfirst» from football at six and call «C.lower» about the school trip to «L.lcity»",
    ),
    # --- sports clubs and gyms ---------------------------------------------------------
    (
        "email",
        """
Subject: Membership freeze

Hi,

I'd like to freeze my membership (no. «sku») while I recover from knee surgery. My physio, «A.full», says 8 weeks. Direct debit is from IBAN «iban».

Cheers,
«B.full»
«tel»
""",
    ),
    (
        "chat",
        "@«A.first» can you cover my 7am «dance» class on «day»? «B.first» asked too but she's away. If not I'll ask «C.full» from the «L.city» branch",
    ),
    (
        "csv",
        """
member,belt,dob,phone
«A.lf»,green,«date»,«tel»
«B.lf»,blue,«date2»,«tel2»
«C.lf»,white,«date3»,«tel3»
«D.lf»,brown,«date4»,«tel4»
""",
    ),
    (
        "notes",
        """
U12 squad for «day»
GK: «A.first»
DEF: «B.first»; «C.first»; «D.first»
MID: «E.first» (captain)
lift: «F.full» driving, meet at clubhouse «time»
""",
    ),
    (
        "review",
        "Joined the gym in «L.city» in January. The PT «A.first» is amazing but the front desk lost my card twice. «B.full» the manager sorted it out eventually.",
    ),
    (
        "json",
        """
{"event": "checkin", "member_id": "«sku»", "member_name": "«A.full»", "club": "«L.city» Central", "coach": "«B.first»", "card_last4": null, "ts": "«date»T«time»:00Z"}
""",
    ),
    (
        "sms",
        "Coach «A.first» here. Training moved to «time» because of the «storm» forecast. Reply STOP to leave. Queries → «B.first» «tel»",
    ),
    # --- event ticketing ---------------------------------------------------------------
    (
        "email",
        """
Subject: Transfer tickets to «A.full»

Hi there,

I can't make the «date» show. Please transfer my 2 tickets (order «order») to «A.full», e-mail «A.email». I paid with «card».

Thanks, «B.first» «B.last»
""",
    ),
    (
        "ticket",
        """
[«ticket»] Chargeback
Buyer: «A.full» <«A.email»>
Event: «codename» Live, «L.city»
Card: «card»
IP at purchase: «ip»
Agent: «B.first»
""",
    ),
    (
        "chat",
        "write an apology to «A.full» whose wheelchair-space booking for the «L.city» arena got cancelled by mistake; say «B.first» from accessibility will call them on «tel@L» today",
    ),
    (
        "html",
        """
<div class="ticket">
  <h2>«codename» Festival – Weekend Pass</h2>
  <p class="holder">Ticket holder: <strong>«A.full»</strong></p>
  <p>Order «order» · Seat «seat»</p>
  <p class="contact">Questions? <a href="mailto:«B.wemail»">«B.wemail»</a></p>
</div>
""",
    ),
    (
        "ics",
        """
BEGIN:VEVENT
SUMMARY:«codename» concert with «A.first»
DTSTART:20250614T193000
LOCATION:«L.addr»
DESCRIPTION:Tickets under «B.full»\\, order «order». Meet «A.first» and «C.first» at the bar.
ORGANIZER;CN=«B.full»:mailto:«B.email»
END:VEVENT
""",
    ),
    # --- mixed shapes in these domains ------------------------------------------------
    (
        "xml",
        """
<booking id="«ref»">
  <traveller type="lead"><name>«A.full»</name><phone>«tel»</phone></traveller>
  <traveller><name>«B.full»</name></traveller>
  <hotel city="«L.city»">«brand» Suites</hotel>
  <payment iban="«iban»"/>
</booking>
""",
    ),
    (
        "yaml",
        """
crew_pairing: «ref»
captain: «A.full»
first_officer: «B.full»
cabin:
  - «C.full»
  - «D.init»
  - «E.first»
layover: «L.city»
hotel_phone: "«tel@L»"
""",
    ),
    (
        "vcard",
        """
BEGIN:VCARD
VERSION:3.0
FN:«A.full»
N:«A.last»;«A.first»;;;
ORG:Tidewell Lettings
TEL;TYPE=cell:«tel»
EMAIL:«A.wemail»
ADR;TYPE=work:;;«L.addr»
END:VCARD
""",
    ),
    (
        "sql",
        """
INSERT INTO drivers (full_name, licence_country, phone, email) VALUES
  ('«A.full»', '«L.country»', '«tel»', '«A.email»'),
  ('«B.full»', '«M.country»', '«tel2»', '«B.email»');
""",
    ),
    (
        "srt",
        """
12
00:01:04,200 --> 00:01:07,900
«A.upper»: Welcome aboard, I'm your captain.

13
00:01:08,000 --> 00:01:11,500
Today we fly to «L.city» with «B.first» on the flight deck.
""",
    ),
    (
        "latex",
        """
\\section*{Referees}
\\begin{itemize}
  \\item «A.full», Head of Cabin Services --- \\texttt{«A.wemail»}
  \\item «B.full», Base Manager, «L.city» --- «tel»
\\end{itemize}
""",
    ),
    (
        "toolcall",
        """
{"tool": "send_sms", "arguments": {"to": "«tel»", "body": "Hi «A.first», your rental «model» is due back at «time». – «B.first»"}}
""",
    ),
    (
        "code",
        """
def test_transfer_ticket():
    order = make_order(holder="«A.full»", email="«A.email»")
    # «B.first» reported this bug: transferring to «C.full» kept the old name
    transfer(order, to_name="«C.full»", to_email="«C.email»")
    assert order.holder == "«C.full»"
""",
    ),
    (
        "log",
        """
«date» «time» INFO  checkin passenger="«A.LF»" pnr=«pnr» seat=«seat»
«date» «time» WARN  apis mismatch passenger="«A.LF»" doc_country=«L.ucountry»
«date» «time» INFO  agent=«B.lfirst» override ok from «ip»
""",
    ),
    ("chat", "«A.first»"),
    (
        "email",
        """
FAO «A.full», Accounts

Attn «B.first» — per «C.full», the invoice for the «codename» event should go to «D.full» c/o «L.addr», not to us. Cc «E.first».

Thanks
""",
    ),
    (
        "chat",
        "Who is the better hire: «A.full» (10 yrs ramp ops) or «B.full»? notes from «C.first»: «A.first»'s references are from «L.country»; «B.first»'s from «M.country»",
    ),
    (
        "notes",
        """
«A.first»
«A.last»
«L.addr»
paid deposit by card «card»
""",
    ),
    (
        "chat",
        "J'ai besoin d'aide : ma fille «A.first» est inscrite au club de tennis, mais «B.full» dit que le paiement n'est pas passé. Mon IBAN est «iban@FR». Merci !",
    ),
    (
        "ocr",
        """
BOARDING PASS / CARTE D'EMBARQUEMENT
«A.LF»
FROM «L.ucity»   TO «M.ucity»
FLIGHT «flight»   SEAT «seat»   GATE «gate»
""",
    ),
    (
        "whatsapp",
        """
«A.first»: where r u
«B.first»: car rental queue, forever
«A.first»: tell the guy «C.first» «C.last» booked it, use my card «card»
«B.first»: ok
""",
    ),
    (
        "email",
        """
Subject: Coaching session with «A.full»

Hi «B.first», just confirming «A.first» "«nick»" «A.last» (yes, the lads only call him «nick») will run the goalkeeping clinic on «day». His mobile is «tel».

«C.first»
""",
    ),
]

TEMPLATES = templates("pa", ROWS)
