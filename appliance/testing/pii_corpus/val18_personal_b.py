"""Templates with personal data for val18 (blind part eighteen of the PII corpus), second half.

Written by hand for val18 alone: coworking spaces, cleaning and facilities contractors,
security guards' incident logs, parking enforcement, airports' lost property, embassies' visa
appointments, credit bureaus' disputes, crypto exchanges' KYC support, mobile number porting,
smart-home installers, personal use (family, friends, neighbours, hobby clubs) and developer
traffic (code review, error reports, fixtures, chat-ops, data exports). Slots are explained in
`val18_gen`.
"""

from __future__ import annotations

from appliance.testing.pii_corpus.val18_gen import T

TEMPLATES: tuple[T, ...] = (
    # ---- coworking -------------------------------------------------------------------------------
    T(
        "cowork_access",
        "ticket",
        """Ticket [[ticket]] - Access card not working
Requester: [[p1.full]] (Hot desk, Floor 3)
Company: Brightloom Studio
Details: my fob stopped working at the [[loc1.city]] space this morning; [[p2.first]] from
reception let me in. New member [[p3.full]] starts Monday and needs a fob too.
Callback: [[phone]]""",
    ),
    T(
        "cowork_invoice_email",
        "email",
        """Hi [[p1.first]],

Your invoice INV-[[num]] for the Fixed Desk (Jan) failed: the card ending in your profile,
[[card]], was declined. Could you update it or pay by transfer to our IBAN [[iban]] quoting
the invoice number?

Thanks,
[[p2.full]]
Member Success, The Foundry Rooms, [[loc1.addr]]""",
    ),
    T(
        "cowork_slack",
        "chat",
        """#general-[[loc1.cityslug]]
[[p1.firstlower]]: who left a Le Creuset pot in the kitchen 😂
[[p2.firstlower]]: that's [[p3.first]]'s, she's in the Tesla room till 3
[[p1.firstlower]]: ok cc @[[p4.first]] for lost & found""",
    ),
    T(
        "cowork_meeting_room_xml",
        "xml",
        """<booking id="MR-[[num]]">
  <room>Hopper</room>
  <organiser>[[p1.full]]</organiser>
  <attendees>
    <person>[[p2.full]]</person>
    <person>[[p3.full]]</person>
  </attendees>
  <guestWifi ip="[[ip]]"/>
  <contact>[[p1.email]]</contact>
</booking>""",
    ),
    # ---- cleaning & facilities -----------------------------------------------------------------
    T(
        "cleaning_rota_csv",
        "csv",
        """site,address,cleaner,cleaner_mobile,shift
Block A,[[loc1.addr]],[[p1.full]],[[phone]],06:00-09:00
Block B,[[loc1.addr]],[[p2.full]],[[phone2]],18:00-21:00
Atrium,[[loc1.addr]],"[[p3.lf]]",[[phone3]],22:00-02:00""",
    ),
    T(
        "facilities_helpdesk",
        "email",
        """Subject: Leak above desk 4.12 - urgent

Hello FM team,
water is dripping from the ceiling tile above desk 4.12 again. Please send someone today. Our
floor warden is [[p1.full]] (ext 4431, mobile [[phone]]). The last contractor, [[p2.full]]
from AquaSeal, said it was the aircon drain.
[[p3.full]]
Office Manager""",
    ),
    T(
        "cleaner_payroll",
        "form",
        """Contractor payment details
Name: [[p1.full]]
Home address: [[loc1.addr]]
Bank: Sterling Union - account number [[acct]]
IBAN (EU payments): [[iban]]
Supervisor: [[p2.first]] [[p2.last]]
Phone: [[phone]]""",
    ),
    T(
        "cleaning_voice",
        "transcript",
        """[00:00:03] Caller: hi yeah its [[p1.lower]] from sparkle \
pro cleaning we're at the unit on [[loc1.addr]] and the alarm code isnt working
[00:00:11] Agent: ok can I take a callback number
[00:00:13] Caller: [[phone]]
[00:00:17] Agent: thanks [[p1.first]], I'll get [[p2.first]] from security to call you""",
    ),
    # ---- security guards' incident logs --------------------------------------------------------
    T(
        "security_incident",
        "log",
        """INCIDENT REPORT #[[num]] - Riverside Retail Park
[[time]] Guard [[p1.full]] observed a male (later identified as [[p2.full]]) attempting to
remove a bike from rack C. Police informed (ref CAD-[[num2]]). Witness: [[p3.full]],
[[phone]], lives at [[loc1.addr]].
[[time2]] Subject left on foot. CCTV clip saved to NVR [[ip]].
Supervisor notified: [[p4.init]]""",
    ),
    T(
        "security_patrol_log",
        "log",
        """2025-03-04T22:10:44Z guard=[[p1.firstlower]] checkpoint=CP-07 status=ok
2025-03-04T22:31:02Z guard=[[p1.firstlower]] checkpoint=CP-08 status=door_unlocked note="propped open, told [[p2.full]] (tenant)"
2025-03-04T23:02:19Z guard=[[p3.firstlower]] checkpoint=CP-01 status=ok src_ip=[[ip]]
2025-03-04T23:05:55Z handover from=[[p1.firstlower]] to=[[p3.firstlower]]""",
    ),
    T(
        "security_guard_whatsapp",
        "whatsapp",
        """[22:14] [[p1.first]]: lad on the car park \
again, same as tuesday
[22:15] [[p2.first]]: did he give a name
[22:15] [[p1.first]]: said [[p3.full]], lives on [[loc1.addr]] apparently
[22:16] [[p2.first]]: log it, I'll tell [[p4.first]] in the morning""",
    ),
    # ---- parking enforcement --------------------------------------------------------------------
    T(
        "pcn_appeal",
        "letter",
        """[[p1.full]]
[[loc1.addr]]

Penalty Charge Notice [[ref]] - vehicle [[plate]]

Dear Sir or Madam,
I am appealing this PCN. The bay signage was obscured by scaffolding, and I had
a valid ticket bought via the app (screenshot attached). My blue badge is held by my mother,
[[p2.full]], who was a passenger.
Please reply to [[p1.email]].
Yours faithfully,
[[p1.init]]""",
    ),
    T(
        "parking_officer_notes",
        "notes",
        """CEO 114 - [[date]] - zone K3
[[time]] vehicle [[plate]] on double yellows outside no. 41. Driver returned, gave name \
[[p1.full]], abusive. Bodycam on. Second officer [[p2.first]] present.
[[time2]] PCN issued. Driver phone (volunteered): [[phone]]""",
    ),
    T(
        "parking_permit_json",
        "json",
        """{"permit_id": "RES-[[num]]", "holder": {"name": "[[p1.full]]",
  "address": "[[loc1.addr]]", "email": "[[p1.email]]", "phone": "[[phone]]"},
 "vehicles": ["[[plate]]"], "zone": "D", "paid_with": {"card": "[[card]]"}}""",
    ),
    # ---- airports' lost property ---------------------------------------------------------------
    T(
        "lost_property_form",
        "form",
        """LOST PROPERTY REPORT - TERMINAL 2
FAMILY NAME: [[p1.lastupper]]
GIVEN NAME(S): [[p1.firstupper]]
FLIGHT: [[ref]]   DATE: [[date]]
ITEM: grey Samsonite cabin bag, Paddington Bear luggage tag
ADDRESS FOR RETURN: [[loc1.addr]]
TEL: [[phone.intl]]
EMAIL: [[p1.email]]""",
    ),
    T(
        "lost_property_chat",
        "chat",
        """I left my kid's teddy (a Buzz Lightyear) at security in \
[[loc1.city]] airport yesterday. Can you help me write to lost property? My name is \
[[p1.full]], flight from [[loc2.city]], seat [[seat]], phone [[phone]].""",
    ),
    T(
        "lost_property_db",
        "sql",
        """SELECT item_id, description, finder, owner_name, owner_phone
FROM lost_items WHERE terminal = 'T1' AND found_at > '[[date]]';
-- item 8812: "black iPad, sticker 'Hogwarts'", finder '[[p1.full]]', owner '[[p2.full]]', owner_phone '[[phone]]'
-- item 8813: "Apple Watch", finder '[[p1.full]]', owner NULL""",
    ),
    # ---- embassies' visa appointments ----------------------------------------------------------
    T(
        "visa_appointment_email",
        "email",
        """Dear [[p1.full]],

Your visa appointment at the Consular Section in [[loc1.city]] is confirmed for [[date]] at
[[time]]. Please bring your passport, two photographs and the bank statements for the account
you declared (account number [[acct]]). Applicant(s) on this booking:
1. [[p1.LF]]
2. [[p2.LF]]
For changes call [[phone]].

Visa Section""",
    ),
    T(
        "visa_invitation",
        "letter",
        """Invitation letter

I, [[p1.full]], residing at [[loc1.addr]], invite my cousin [[p2.full]], born in \
[[loc2.city]], [[loc2.country]], to stay with me from [[date]] to [[date2]]. I will cover \
accommodation and food. My phone: [[phone]]. Email: [[p1.email]].
Signature: [[p1.init]]""",
    ),
    T(
        "visa_portal_log",
        "log",
        """[[date]] 09:12:01 INFO  booking.create applicant="[[p1.full]]" passport_country="[[loc1.country]]" slot=09:30 client_ip=[[ip]]
[[date]] 09:12:04 WARN  sms.send to=[[phone]] status=retry
[[date]] 09:12:09 INFO  booking.confirm ref=[[ref]] email=[[p1.email]]""",
    ),
    # ---- credit bureaus' disputes --------------------------------------------------------------
    T(
        "credit_dispute_letter",
        "letter",
        """[[p1.full]]
[[loc1.addr@US]]
SSN: [[ssn]]

To the Disputes Department,

I am disputing an account on my credit report that is not mine: a Synchrony store card,
account number [[acct]], opened [[date]]. I have never lived in [[loc2.city@US]]. I believe
my ex-partner, [[p2.full]], opened it. Please investigate and remove it.

Sincerely,
[[p1.full]]
[[phone@US]]""",
    ),
    T(
        "credit_dispute_chat",
        "chat",
        """help me word a dispute to the credit bureau: there's a \
collections account ([[acct]]) under my name [[p1.lower]] and my ssn [[ssn]] but the address is \
[[loc1.addr@US]] where i've never lived. my sister [[p2.firstlower]] had the same thing""",
    ),
    T(
        "credit_report_json",
        "json",
        """{"consumer": {"name": "[[p1.full]]", "aka": ["[[p1.init]]"],
  "ssn": "[[ssn]]", "addresses": ["[[loc1.addr@US]]"]},
 "tradelines": [{"creditor": "Capital Orchard", "account_number": "[[acct]]", "status": "disputed"},
                {"creditor": "Jenny Craig", "status": "closed"}],
 "inquiries": [{"by": "Wells & Hart Auto", "date": "[[date]]"}]}""",
    ),
    # ---- crypto exchanges' KYC -----------------------------------------------------------------
    T(
        "kyc_support_ticket",
        "ticket",
        """#[[num]] KYC stuck at "Pending review"
From: [[p1.full]] <[[p1.email]]>
Hi, I uploaded my passport and a utility bill for [[loc1.addr]] four days ago. Still pending.
My withdrawal address is fine, I just need to move EUR to my bank (IBAN [[iban]]).
Login IPs you might see: [[ip]] (home), [[ipsix]] (phone).
- [[p1.first]]""",
    ),
    T(
        "kyc_agent_notes",
        "notes",
        """KYC L2 review - user 77[[num]]
Name on ID: [[p1.upper]]; selfie match 0.93.
Name on bank: [[p1.ascii]] (diacritics dropped, OK).
Address proof: council tax bill, [[loc1.addr]].
Source of funds: salary + sale of Bitcoin bought 2017. Referred by [[p2.full]].
Decision: approve. Reviewer: [[p3.init]]""",
    ),
    T(
        "kyc_chatbot",
        "chat",
        """User: why is my account frozen
Bot: Hi! I'm Nova, the Coinhaven assistant. Can you confirm your full name and phone?
User: [[p1.full]], [[phone]]
Bot: Thanks [[p1.first]]. I can see a login from [[ip]] that we flagged. Was that you?
User: no!! i'm in [[loc1.city]]""",
    ),
    # ---- mobile number porting -----------------------------------------------------------------
    T(
        "porting_request",
        "form",
        """Number Port-In Request
Account holder: [[p1.full]]
Number to port: [[phone]]
Current provider account number: [[acct]]
PIN / PAC: [[ref]]
Service address: [[loc1.addr]]
Authorised user (optional): [[p2.full]]
Signature: [[p1.full]]""",
    ),
    T(
        "porting_sms",
        "sms",
        """Your PAC code is [[ref]] for [[phone]], valid 30 days. \
Account holder [[p1.full]]. If you did not request this call us on [[phone2]].""",
    ),
    T(
        "porting_agent_chat",
        "chat",
        """Agent [[p1.first]]: I see the port for [[phone]] failed \
because the account name doesn't match. We have [[p2.LF]], but the donor network shows \
[[p2.init]].
Customer: that's me, [[p2.first]] [[p2.last]], same person
Agent [[p1.first]]: Understood, I'll resubmit with the initial.""",
    ),
    # ---- smart-home installers -----------------------------------------------------------------
    T(
        "smarthome_job",
        "ticket",
        """JOB [[ticket]] - Install: 3x Hue bulbs, Nest thermostat, \
Ring doorbell
Customer: [[p1.full]], [[loc1.addr]]
Access: key safe code given by phone; dog (Alexa - yes really) is friendly
Installer: [[p2.first]]
Hub IP after setup: [[ip]]; customer mobile [[phone]]""",
    ),
    T(
        "smarthome_yaml",
        "yaml",
        """# home-assistant secrets for the [[p1.last]] install (do not commit)
homeowner: "[[p1.full]]"
notify_phone: "[[phone.e164]]"
notify_email: "[[p1.email]]"
router_ip: [[ip]]
installer: "[[p2.full]] via Brightnest Installs"
""",
    ),
    T(
        "smarthome_review",
        "review",
        """5 stars for Brightnest! [[p1.first]] and [[p2.first]] \
fitted our Sonos and smart lock in under two hours and explained everything to my dad \
([[p3.first]], 82). Highly recommend. - [[p4.full]], [[loc1.city]]""",
    ),
    # ---- personal use -----------------------------------------------------------------------
    T(
        "family_birthday",
        "chat",
        """planning mum's 60th!! guests so far: auntie [[p1.firstlower]], \
uncle [[p2.firstlower]], [[p3.full]] + kids, [[p4.first]] (maybe). venue is the bowling place \
in [[loc1.city]]. can you draft an invite that sounds fun but not cringe""",
    ),
    T(
        "neighbour_note",
        "notes",
        """Hi neighbours! We're [[p1.first]] & [[p2.first]] at no. 12. \
We're having our kitchen redone [[date]]-[[date2]], sorry for the noise. Our builder is \
[[p3.full]] ([[phone]]). If anything's in your way knock or text us on [[phone2]].""",
    ),
    T(
        "hobby_club_vcard",
        "vcard",
        """BEGIN:VCARD
VERSION:3.0
N:[[p1.last]];[[p1.first]];;;
FN:[[p1.full]]
ORG:[[loc1.city]] Birdwatching Society
TEL;TYPE=CELL:[[phone]]
EMAIL:[[p1.email]]
ADR;TYPE=HOME:;;[[loc1.addr]];;;;
NOTE:Treasurer. Ask for "[[nick1]]".
END:VCARD""",
    ),
    T(
        "friends_group_chat",
        "whatsapp",
        """[19:02] [[p1.first]]: who's coming to quiz night
[19:03] [[p2.first]]: me + [[p3.first]]
[19:03] [[p4.first]]: can't, babysitting for [[p5.first]]
[19:05] [[p1.first]]: [[p3.first]]'s team name idea is "Quizteama Aguilera" lol
[19:06] [[p2.first]]: 😂""",
    ),
    T(
        "word_names_family",
        "chat",
        """Can you help me write a thank-you card? [[p1.first@wordf]] \
and her husband [[p2.first@wordm]] [[p2.last]] looked after our cat all summer, and their \
daughter [[p3.first@wordf]] walked the dog. Sign it from [[p4.first]].""",
    ),
    T(
        "voice_to_text",
        "transcript",
        """ok google text [[p1.firstlower]] saying running late \
stuck on the ring road tell [[p2.firstlower]] to start without me and call [[p3.lower]] about \
the keys""",
    ),
    T(
        "landlord_german",
        "email",
        """Hi, my landlord sent this, what does it mean?

"Sehr geehrte Frau [[p1.last@turkish]], die Nebenkostenabrechnung für die Wohnung \
[[loc1.addr@DE]] liegt bei. Bitte überweisen Sie den Betrag bis zum [[date]] auf das Konto \
[[iban@DE]]. Mit freundlichen Grüßen, [[p2.full@german]]"

Thanks, [[p1.first@turkish]]""",
    ),
    T(
        "secret_santa_py",
        "code",
        """import random

# Secret Santa for the climbing club - don't let [[p1.first]] see this
people = ["[[p1.full]]", "[[p2.full]]", "[[p3.full]]", "[[p4.full]]", "[[p5.full]]"]
emails = {"[[p1.full]]": "[[p1.email]]", "[[p2.full]]": "[[p2.email]]"}
random.seed(2025)
random.shuffle(people)
print(list(zip(people, people[1:] + people[:1])))""",
    ),
    T(
        "wedding_seating_md",
        "markdown_table",
        """| Table | Guests |
|---|---|
| 1 | [[p1.full]]; [[p2.full]]; [[p3.first]] (+1) |
| 2 | [[p4.full]] / [[p5.full]] |
| 3 | kids table - [[p6.first]] in charge |

Venue: The Old Boathouse, [[loc1.addr]]""",
    ),
    T(
        "nickname_quotes",
        "chat",
        """my grandad [[p1.full]] - everyone calls him "[[nick1]]" - \
turns 90 next month in [[loc1.city]]. write a short speech from me and my cousin [[p2.first]]""",
    ),
    # ---- developer traffic ---------------------------------------------------------------------
    T(
        "pr_review",
        "code",
        """Review this diff please:

-    owner = "[[p1.full]]"
+    owner = os.environ.get("OWNER", "[[p2.full]]")
     # TODO([[p3.firstlower]]): remove the hardcoded phone before release
-    SUPPORT_PHONE = "[[phone]]"
+    SUPPORT_PHONE = settings.support_phone""",
    ),
    T(
        "error_report",
        "log",
        """Traceback (most recent call last):
  File "/srv/app/billing/charge.py", line 88, in charge
    gateway.charge(card="[[card]]", name="[[p1.full]]")
PaymentDeclined: 05 Do not honour (customer_id=cus_[[hash]], ip=[[ip]])
Reported by: [[p2.full]] <[[p2.email]]>""",
    ),
    T(
        "test_fixture",
        "code",
        """@pytest.fixture
def customer():
    return Customer(
        name="[[p1.full]]",
        email="[[p1.email]]",
        phone="[[phone]]",
        address="[[loc1.addr]]",
        ssn="[[ssn]]",
    )""",
    ),
    T(
        "chatops",
        "chat",
        """[[p1.firstlower]]: /deploy billing-api v[[ver]] to prod
deploybot: ⏳ deploying billing-api v[[ver]] (requested by [[p1.first]] [[p1.last]])
deploybot: ✅ done. Pods healthy on [[ip]], [[ip2]]
[[p2.firstlower]]: thx. cc @[[p3.first]] the Sentry alert from [[ipsix]] should clear now""",
    ),
    T(
        "data_export_csv",
        "csv",
        """user_id,full_name,email,signup_ip,country,phone
[[num]],[[p1.full]],[[p1.email]],[[ip]],[[loc1.country]],[[phone]]
[[num2]],[[p2.full]],[[p2.email]],[[ipsix]],[[loc2.country]],
[[num3]],"[[p3.lf]]",[[p3.email]],[[ip2]],[[loc3.country]],[[phone2]]""",
    ),
    T(
        "html_signup",
        "html",
        """<form id="signup">
  <input name="name" value="[[p1.full]]">
  <input name="email" value="[[p1.email]]">
  <input name="tel" value="[[phone]]">
  <input name="city" value="[[loc1.city]]">
</form>
<!-- prefilled from CRM for [[p1.first]]; ask [[p2.full]] before shipping -->""",
    ),
    T(
        "sql_fixture",
        "sql",
        """INSERT INTO customers (id, name, email, phone, card_number, ip)
VALUES ([[num]], '[[p1.full]]', '[[p1.email]]', '[[phone]]', '[[card]]', '[[ip]]'),
       ([[num2]], '[[p2.full]]', '[[p2.email]]', '[[phone2]]', '[[card2]]', '[[ipsix]]');""",
    ),
    T(
        "srt_interview",
        "srt",
        """1
00:00:01,200 --> 00:00:04,000
[[p1.upper]]: Thanks for coming in, [[p2.first]].

2
00:00:04,500 --> 00:00:08,100
[[p2.upper]]: Happy to. I grew up in [[loc1.city]], so this story matters.

3
00:00:08,600 --> 00:00:11,000
[[p1.upper]]: Your mother, [[p3.full]], was there too?""",
    ),
    T(
        "url_query_name",
        "log",
        """GET /api/v2/members?name=[[p1.url]]&club=7 200 34ms ip=[[ip]]
lookup ok: member "[[p1.full]]" (id [[num]]), phone [[phone]]""",
    ),
    T(
        "attn_fao_letter",
        "letter",
        """FAO: [[p1.full]]
c/o [[p2.full]]
[[loc1.addr]]

Attn [[p3.last]] - per [[p4.first]], the signed lease is enclosed. Please call \
[[phone]] with any questions.
From [[p5.full]], with thanks""",
    ),
    T(
        "possessive_priya",
        "chat",
        """Is it rude to ask for [[p1.first]]'s number at the coworking \
space? I only know it's [[p1.first]] [[p1.last]] and she works for the Oatly team. Mine's \
[[phone]] if she wants it 😅 - [[p2.first]]""",
    ),
    T(
        "semicolon_list",
        "email",
        """To: [[p1.email]]; [[p2.email]]; [[p3.email]]
Subject: lab rota

[[p1.first]]; [[p2.first]]; [[p3.first]] - you're on the centrifuge this week.
Keys are with [[p4.full]].
by [[p5.init]]""",
    ),
    T(
        "toolcall_crm",
        "toolcall",
        """{"name": "crm.update_contact", "arguments": {"contact_id": \
"c_[[hash]]", "full_name": "[[p1.full]]", "phone": "[[phone]]", "mobile": "[[phone2]]", \
"address": "[[loc1.addr]]", "notes": "spoke with [[p1.first]] via [[p2.full]]"}}""",
    ),
    T(
        "xml_claim",
        "xml",
        """<claim>
  <insured>[[p1.full]]</insured>
  <pet name="Bramble" species="dog"/>
  <payee iban="[[iban]]">[[p1.full]]</payee>
  <vet>[[p2.full]]</vet>
  <address>[[loc1.addr]]</address>
  <phone>[[phone]]</phone>
</claim>""",
    ),
    T(
        "html_staff_page",
        "html",
        """<ul class="staff">
  <li><strong>[[p1.full]]</strong> - Ward Manager, <a href="mailto:[[p1.email]]">[[p1.email]]</a></li>
  <li><strong>[[p2.full]]</strong> - Matron, tel. [[phone]]</li>
  <li><strong>[[p3.full]]</strong> - Discharge Coordinator</li>
</ul>""",
    ),
    T(
        "ics_visa",
        "ics",
        """BEGIN:VEVENT
SUMMARY:Visa appointment - [[p1.full]]
LOCATION:[[loc1.addr]]
DTSTART:20250612T083000
DESCRIPTION:Bring passport. Contact [[p2.full]] on [[phone]] if late.
END:VEVENT""",
    ),
    T(
        "vcard_installer",
        "vcard",
        """BEGIN:VCARD
VERSION:4.0
FN:[[p1.full]]
N:[[p1.last]];[[p1.first]];;;
TEL;TYPE=work:[[phone]]
TEL;TYPE=home:[[phone2]]
EMAIL:[[p1.email]]
END:VCARD""",
    ),
    T(
        "latex_cv",
        "latex",
        """\\name{[[p1.first]]}{[[p1.last]]}
\\address{[[loc1.addr]]}
\\phone[mobile]{[[phone]]}
\\email{[[p1.email]]}
\\section{References}
\\cvitem{}{[[p2.full]], Head of Security, available on request}""",
    ),
    T(
        "ocr_receipt",
        "ocr",
        """BRIGHTNEST INSTALLS LTD
INVOICE NO [[num]]
CUSTOMER: [[p1.upper]]
[[loc1.addr]]
VISA ****  PAID  [[price]]
CARD NO [[card]]
TECH: [[p2.firstupper]]  TEL [[phone]]""",
    ),
    T(
        "srt_bowling_ad",
        "srt",
        """12
00:01:02,000 --> 00:01:05,500
Happy birthday, [[p1.first]]! From [[p2.first]], [[p3.first]] and all at Strike Zone.

13
00:01:06,000 --> 00:01:09,000
Call [[phone]] to book your party.""",
    ),
    # ---- payments across the domains -----------------------------------------------------------
    T(
        "double_charge_chat",
        "chat",
        """I was charged twice for the bowling party on [[date]], \
both times on card [[card]]. The booking was under my wife's name, [[p1.full]], and the duty \
manager ([[p2.first]]) said to email head office. Can you write that email? I'm [[p3.first]].""",
    ),
    T(
        "resale_whatsapp",
        "whatsapp",
        """[21:40] [[p1.first]]: got 2 tickets for the Harbourlights \
gig, do you want one?
[21:41] [[p2.first]]: YES how much
[21:41] [[p1.first]]: [[price]], just pay me back. I used my card [[card]] so send to IBAN \
[[iban]] (name [[p1.full]])
[21:43] [[p2.first]]: done 🙌""",
    ),
    T(
        "visa_fee_form",
        "form",
        """VISA FEE PAYMENT
APPLICANT: [[p1.LFU]]
PASSPORT COUNTRY: [[loc1.country]]
CARDHOLDER: [[p2.upper]]
CARD NUMBER: [[card]]
EXPIRY: 09/27
BILLING ADDRESS: [[loc2.addr]]""",
    ),
    T(
        "guard_payroll_csv",
        "csv",
        """employee,ssn,bank_account_number,site,hourly
"[[p1.lf]]",[[ssn]],[[acct]],Riverside Retail Park,19.50
"[[p2.lf]]",[[ssn2]],[[acct2]],Harbour Point,18.75
"[[p3.lf]]",[[ssn3]],,Harbour Point,18.75""",
    ),
    T(
        "loan_autopay_sql",
        "sql",
        """-- autopay setup for borrower [[p1.full]] (ticket [[ticket]])
UPDATE borrowers SET ssn = '[[ssn]]', checking_account = '[[acct]]', routing = '021000021'
WHERE borrower_id = [[num]];
-- co-signer [[p2.full]] keeps card [[card]] on file""",
    ),
    T(
        "credit_freeze_transcript",
        "transcript",
        """Agent: Thank you for calling, I can help \
place a freeze. Can I have your full name?
Caller: [[p1.full]].
Agent: And your social?
Caller: [[ssn]].
Agent: Thanks. I see a new card application with card number [[card]] from yesterday.
Caller: That's not me! Maybe my roommate [[p2.first]].""",
    ),
    T(
        "conf_refund_email",
        "email",
        """Dear [[p1.full]],

We're sorry you can't attend. Your registration fee will be refunded to the card used,
[[card]], within 10 days. If that card is closed, reply with an IBAN and we'll transfer it;
your colleague [[p2.full]] sent hers already ([[iban]]).

Registration Desk""",
    ),
    T(
        "cowork_member_json",
        "json",
        """{"member": {"name": "[[p1.full]]", "company": "Northlight Design",
  "billing": {"card": "[[card]]", "fallback_iban": "[[iban]]"},
  "emergency_contact": {"name": "[[p2.full]]", "phone": "[[phone]]"}}, "desk": "F3-12"}""",
    ),
    T(
        "spanish_card_chat",
        "chat",
        """Mi cliente escribió: "Hola, soy [[p1.full@spanish]], pagué \
con la tarjeta [[card]] y me cobraron dos veces en [[loc1.city@ES]]." Translate and suggest a \
reply in English and Spanish.""",
    ),
    T(
        "smarthome_finance_form",
        "form",
        """Smart Home Finance Application
Applicant: [[p1.full]]   SSN: [[ssn]]
Co-applicant: [[p2.full]]   SSN: [[ssn2]]
Address: [[loc1.addr@US]]
Savings account number: [[acct]]
Package: Nest Pro bundle, 36 months""",
    ),
    T(
        "html_payment",
        "html",
        """<form action="/pay" method="post">
  <label>Name on card <input name="cc-name" value="[[p1.full]]"></label>
  <label>Card <input name="cc-number" value="[[card]]"></label>
  <input type="hidden" name="client_ip" value="[[ip]]">
</form>""",
    ),
    T(
        "only_name_line_chat",
        "chat",
        """who's the contact for the cinema refund?
[[p1.full]]
ok and for the bowling one?
[[p2.first]]""",
    ),
    T(
        "label_advance_letter",
        "letter",
        """[[p1.full]]
[[loc1.addr]]

Dear [[p1.first]],
Further to our call, your recording advance of £6,000 will be paid to account number
[[acct]] (sort code 30-94-57) on signature. Royalty statements will go to [[p1.email]].
Please sign and return to [[p2.full]], A&R.

Kind regards,
[[p3.full]]""",
    ),
    T(
        "mh_billing_notes",
        "notes",
        """Billing - private therapy, client [[p1.init]]
Invoices to [[p1.email]]; card on file [[card]] (expires 11/26).
Insurance: member ID [[ref]], policyholder [[p2.full]], SSN [[ssn]].
Therapist: [[p3.full]]""",
    ),
    T(
        "embassy_fee_ticket",
        "ticket",
        """Ticket [[ticket]] - fee paid twice
Applicant [[p1.full]] paid the visa fee twice (card [[card]] and card [[card2]]). Refund the
second charge. Contact: [[p1.email]], [[phone]].""",
    ),
    T(
        "student_loan_letter_upper",
        "ocr",
        """NOTICE OF DEFAULT
BORROWER: [[p1.upper]]
SSN: XXX-XX-[[num]] / FULL SSN ON FILE [[ssn]]
LOAN ACCOUNT NUMBER [[acct]]
MAILING ADDRESS [[loc1.addr@US]]""",
    ),
    T(
        "yaml_oncall",
        "yaml",
        """oncall:
  primary: {name: "[[p1.full]]", phone: "[[phone]]"}
  secondary: {name: "[[p2.full]]", phone: "[[phone2]]"}
  escalation: "[[p3.email]]"
bastion: [[ip]]
""",
    ),
)
