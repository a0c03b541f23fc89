"""Templates with personal data for val22 (first half), written by hand by its author without
reading any other part of the corpus: utilities, letting agents, parking and towing,
libraries, museums, wedding planners, places of worship, vets, nurseries, care homes,
tradespeople and removal firms, in chat, e-mail, SMS, forms, tickets, logs, JSON, CSV,
markdown, HTML, XML, code, YAML, tool calls, SQL, subtitles, calendars, vCards, LaTeX and OCR.
"""

from __future__ import annotations

from appliance.testing.pii_corpus.val22_gen import Template, templates

_ROWS: list[tuple[str, str]] = [
    # ---- utilities ---------------------------------------------------------------------
    (
        "chat",
        """
§p1.full§ here, account holder at §a1:GB§. My smart meter (serial §$meter§) stopped sending readings after firmware §$ver§. Can someone call me on §ph1:GB§ before §$time§? If I'm out, ask for my partner, §p2.first§.""",
    ),
    (
        "email",
        """
Subject: Direct debit change – supply address §a1:DE§

Hello,

please move the monthly gas payment for contract §$order§ to my new IBAN §ib1:DE§. The old account ends in 4471 and can be closed.

Mit freundlichen Grüßen
§p1:de.full§
§ph1:DE.intl§""",
    ),
    (
        "sms",
        """
NorthVale Water: Hi §p1.first§, our engineer §p2.first§ will arrive between §$time§ and §$time2§ to fix the leak at §a1§. Reply STOP to opt out. Questions? §ph1.intl§""",
    ),
    (
        "form",
        """
ELECTRICITY – MOVING HOME FORM
Full name: §p1.caps§
Previous address: §a1:GB.caps§
New address: §a2:GB.caps§
Phone: §ph1:GB.nat§
Email: §p1.email§
Final meter reading: 0412{$num} kWh""".replace("{$num}", "§$num§"),
    ),
    (
        "ticket",
        """
[UTIL-§$ticket§] Customer §p1.lastfirst§ reports a supply interruption in §c1§ since §$date§.
Priority: P2 · Region: §r1§ · Callback: §ph1§
Notes: neighbour §p2.full§ (same street) has power; likely the service fuse. Assigned to field tech §p3.init§.""",
    ),
    (
        "json",
        """
{"event": "payment_failed", "customer": {"name": "§p1.full§", "email": "§p1.email§", "phone": "§ph1.e164§"}, "card": "§cc1.plain§", "tariff": "Fixed Saver §$ver§", "amount": "§$price§"}""",
    ),
    (
        "voice",
        """
hi this is §p1.lower§ calling about my water bill the account is under my late husband §p2.lower§ and i need it moved into my name my number is §ph1:GB.plain§ thanks""",
    ),
    # ---- letting agents and property ----------------------------------------------------
    (
        "email",
        """
Hi §p1.first§,

Thanks for viewing the two-bed flat at §a1:GB§ yesterday. The landlord, §p2.full§, is happy to accept the offer subject to references. Please send the holding deposit to:

Account name: Thamesbridge Lettings Client Account
Sort code: 20-44-91
Account number: §ac1.0§

Reference your surname (§p1.last§) so we can match it.

Kind regards,
§p3.full§
Lettings Negotiator · §ph1:GB.nat§""",
    ),
    (
        "whatsapp",
        """
[§$date§, §$time§] §p1.first§: the boiler at flat 3 is making that noise again 😩
[§$date§, §$time2§] §p2.full§: I'll ask §p3.first§ the plumber to pop round tomorrow, is 9 ok?
[§$date§, §$time2§] §p1.first§: yes!! my number if he needs it §ph1.nat§
[§$date§, §$time2§] §p2.full§: 👍""",
    ),
    (
        "csv",
        """
tenant,unit,move_in,phone,email,rent_account
"§p1.lastfirst§",2B,§$date§,§ph1.intl§,§p1.email§,§ac1.1§
"§p2.lastfirst§",4A,§$date2§,§ph2.intl§,§p2.email§,§ac2.1§
"§p3.lastfirst§",1C,§$date3§,§ph3.nat§,,""",
    ),
    (
        "letter",
        """
§p1.full§
§a1:GB§

§$date§

Dear §p1.first§,

NOTICE OF RENT INCREASE

Following the annual review, your monthly rent will change from §$price§ to §$price2§. If you wish to discuss this, please contact your property manager, §p2.full§, on §ph1:GB§.

Yours sincerely,

§p3.full§
Director""",
    ),
    (
        "markdown_table",
        """
| Unit | Tenant | Deposit scheme ref | Contact |
|------|--------|--------------------|---------|
| 12 | §p1.full§ | §$order§ | §ph1.intl§ |
| 14 | §p2.init§ | §$order2§ | §p2.email§ |
| 15 | vacant | – | – |
| 17 | §p3.surfirst§ | §$order3§ | §ph2.intl§ |""",
    ),
    (
        "notes",
        """
Inspection – §a1§
- tenant present: §p1.first§ (partner §p2.first§ at work)
- mould in bathroom corner, photos 14–19
- smoke alarm battery low → replaced
- landlord §p3.lastcaps§ wants quote for new extractor fan (Vent-Axia, ~§$price§)
next visit: §$date§""",
    ),
    # ---- parking and towing -------------------------------------------------------------
    (
        "ticket",
        """
Appeal §$ticket§ – Penalty charge notice
Appellant: §p1.full§, §a1§
Phone: §ph1§
Statement: "I was loading shopping for my mother, §p2.full§, who has a blue badge. The bay sign was covered."
Outcome: pending review by §p3.first§ (appeals team).""",
    ),
    (
        "log",
        """
§$date§ 08:14:22 INFO  gate-3 ANPR match plate=REDACTED permit=§$order§ holder="§p1.full§"
§$date§ 08:14:23 WARN  gate-3 permit expired, notifying §p1.email§
§$date§ 08:20:05 INFO  tow-dispatch job=§$ticket§ driver="§p2.init§" from=§ip1§
§$date§ 08:31:40 INFO  tow-dispatch driver §p2.last§ on site""",
    ),
    (
        "sms",
        """
Your car has been moved to the Riverside pound (bay §$plate§). To release it, pay by card or call §ph1§. Collected by someone else? They need a letter signed by §p1.full§. – TowRight""",
    ),
    (
        "html",
        """
<div class="permit">
  <h2>Resident permit §$order§</h2>
  <p>Holder: <strong>§p1.full§</strong></p>
  <p>Address: <span>§a1§</span></p>
  <p>Second driver: §p2.full§</p>
  <a href="https://permits.example.org/renew?holder=§p1.asciilower§">Renew</a>
</div>""",
    ),
    # ---- libraries ------------------------------------------------------------------------
    (
        "chat",
        """
hey, can u renew my library books? card is under §p1.lowerfirst§ §p1.lowerlast§, born 1987. there's "§$eponym§" cookbook and a kids one my kid §p2.first§ picked, due §$date§""",
    ),
    (
        "xml",
        """
<loan>
  <borrower id="B-§$num§§$num2§">
    <name>§p1.lastfirst§</name>
    <email>§p1.email§</email>
    <phone>§ph1.intl§</phone>
  </borrower>
  <item isbn="§$isbn§">Poirot short stories</item>
  <due>§$date§</due>
</loan>""",
    ),
    (
        "email",
        """
From: Central Library Events
To: §p1.email§

Dear §p1.first§,

Your room booking for the Tuesday knitting circle is confirmed (room §$room§, §$time§–§$time2§). Our volunteer §p2.full§ will unlock the room; if you're running late, text §p2.first§ on §ph1.nat§.

Library Events Team""",
    ),
    # ---- museums and galleries ----------------------------------------------------------
    (
        "review",
        """
★★★★☆ Lovely afternoon at the gallery. The Sunflowers room was packed but our guide §p1.first§ was brilliant and knew everything about the Sunflowers. Only gripe: café ran out of Earl Grey. – §p2.full§, visiting from §c1§""",
    ),
    (
        "form",
        """
Loan agreement – object §$sku§
Lender: §p1.full§
Lender address: §a1§
Insurance contact: §p2.full§, §ph1.intl§
Courier accompanying: §p3.init§
Signed in §c2§ on §$date§""",
    ),
    (
        "yaml",
        """
exhibition: "Light & Salt"
opening: §$date§
curator:
  name: §p1.full§
  email: §p1.email§
artists:
  - name: §p2.full§
    from: §n1§
  - name: §p3.full§
    from: §n2§
press_contact: §ph1.intl§""",
    ),
    # ---- weddings and events -------------------------------------------------------------
    (
        "whatsapp",
        """
§p1.first§: ok final seating for table 4!!
§p1.first§: §p2.full§, §p3.full§, cousin §p4.first§ and their new partner §w1.first§
§p5.first§: wait is §w1.first§ vegetarian? caterer needs to know by §$date§
§p1.first§: yes + no nuts. number is §ph1.nat§ if they need her""",
    ),
    (
        "email",
        """
Hi §p1.first§ & §p2.first§,

Final invoice for your wedding on §$date§ at the barn is attached (§$price§). Balance can be paid to IBAN §ib1§ or by card over the phone.

Florist: §p3.full§ (§ph1.intl§)
Band: The Marigolds – contact §p4.full§

Can't wait!
§p5.first§ @ Evergreen Events""",
    ),
    (
        "ics",
        """
BEGIN:VCALENDAR
BEGIN:VEVENT
UID:§$hash§@evergreen-events
DTSTART:20250614T140000
SUMMARY:Wedding rehearsal – §p1.full§ & §p2.full§
LOCATION:§a1§
DESCRIPTION:Officiant §p3.full§ arrives 13:30. Call §ph1.intl§ if the gate is locked.
ORGANIZER;CN=§p4.full§:mailto:§p4.email§
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "toolcall",
        """
{"tool": "send_invitation", "arguments": {"guest_name": "§p1.full§", "plus_one": "§p2.first§", "email": "§p1.email§", "rsvp_by": "§$date§", "dietary": "no shellfish"}}""",
    ),
    # ---- places of worship ---------------------------------------------------------------
    (
        "notes",
        """
Parish council – minutes §$date§
Present: §p1.full§ (chair), §p2.full§, §p3.init§, Rev. §p4.last§
1. Roof appeal: §$price§ raised; Gift Aid forms to §p2.first§.
2. Hall hire: the Saturday toddler group run by §w1.full§ moves to room B.
3. Next meeting after Evensong.""",
    ),
    (
        "email",
        """
Assalamu alaikum §p1.first§,

Jazakallah khair for volunteering at the iftar on Friday. Please bring the urns from §p2.full§'s house (§a1§) by 6pm. Brother §p3.first§ will coordinate parking – his number is §ph1§.

§p4.full§
Community Centre Committee""",
    ),
    (
        "sms",
        """
Shabbat rota: §p1.first§ is on kiddush this week, §p2.first§ next. Keys with §p3.full§ – §ph1.nat§.""",
    ),
    # ---- vets --------------------------------------------------------------------------
    (
        "chat",
        """
My dog Bilbo (a beagle, named after Bilbo Baggins, lol) needs his booster. I'm §p1.full§, registered at the §c1§ branch. Can I bring him on §$date§ after §$time§? Vet last time was §p2.last§ – we'd love to see them again.""",
    ),
    (
        "json",
        """
{"patient": {"name": "Pavlova", "species": "cat", "breed": "Ragdoll"}, "owner": {"name": "§p1.full§", "phone": "§ph1.intl§", "address": "§a1§"}, "vet": "§p2.full§", "payment": {"card": "§cc1.dash§"}, "notes": "Pavlova is the cat, §p1.first§ is the owner"}""",
    ),
    (
        "transcript",
        """
RECEPTION: Kestrel Vets, §p1.first§ speaking.
CALLER: Hi, it's §p2.full§, my rabbit isn't eating.
RECEPTION: Oh no. Is that Hazelnut? And you're still at §a1§?
CALLER: Yes, and my mobile's changed, it's §ph1§.
RECEPTION: Got it. §p3.last§ can see you at §$time§.""",
    ),
    # ---- nurseries and childminders -----------------------------------------------------
    (
        "form",
        """
BRIGHT STEPS NURSERY – COLLECTION PERMISSIONS
Child: §p1.caps§
Parent/guardian: §p2.caps§  Tel: §ph1.nat§
Authorised to collect:
  1. §p3.caps§ (grandmother)  Tel: §ph2.nat§
  2. §w1.caps§ (family friend)
Password: "Tetris"
Allergies: none known""",
    ),
    (
        "whatsapp",
        """
Hi §p1.first§! §p2.first§ had a great day 😊 ate all the pasta, napped 1h20. Then with §p3.first§ built a castle for Peppa Pig. Pick up by §$time§ pls, I'm off to the dentist. – §p4.first§""",
    ),
    (
        "email",
        """
Dear §p1.full§,

Your tax-free childcare payment of §$price§ for §p2.first§ has not arrived. Please pay to account number §ac1.0§ (sort code 30-92-16) quoting §p2.last§.

Thank you,
§p3.full§, Childminder, §c1§""",
    ),
    # ---- care homes ----------------------------------------------------------------------
    (
        "notes",
        """
Handover – Rowan wing, night shift
Room 4 §p1.full§: settled, fluids ok. Next of kin §p2.first§ called at 21:10, wants update tmrw on §ph1.nat§.
Room 7 §p3.init§: refused meds 22:00, retry 06:00, GP §p4.last§ informed.
Room 9 §w1.full§: family visiting from §c1§ at 10.""",
    ),
    (
        "letter",
        """
Dear §p1.full§,

We are writing to confirm that your mother, §p2.full§, will move to a ground floor room at Oak Hollow Care Home on §$date§. Her NHS number and medication list have been shared with her new GP. Fees will continue to be collected from the account ending §$num§.

If you have any questions, please contact the home manager, §p3.full§, on §ph1:GB§ or §p3.email§.

Yours sincerely,
Oak Hollow Care Home""",
    ),
    (
        "sql",
        """
INSERT INTO residents (full_name, room, next_of_kin, nok_phone, admitted)
VALUES ('§p1.full§', 12, '§p2.full§', '§ph1.intl§', '§$date§'),
       ('§p3.full§', 14, '§p4.full§', '§ph2.intl§', '§$date2§');""",
    ),
    # ---- trades: plumbers, electricians, builders ---------------------------------------
    (
        "sms",
        """
Hi its §p1.first§ the electrician, running 20 min late, stuck behind a Ford Transit on the ring road. Be with you at §a1§ by §$time§. If no answer at door will call §ph1§""",
    ),
    (
        "review",
        """
Used a local firm for a new boiler. The plumber, §p1.last§, and the apprentice, §p2.first§, were tidy and fast. Invoice came to §$price§, paid by card. Would recommend to anyone in §c1§. – §p3.full§""",
    ),
    (
        "ticket",
        """
Job §$ticket§ – Full rewire
Customer: §p1.full§ · §a1§ · §ph1§
Site contact: §p2.first§ (daughter) §ph2§
Subcontractor: §p3.full§ (NICEIC no. §$num§§$num2§)
Access: key safe, code given by phone""",
    ),
    (
        "code",
        """
# quote_builder.py – one-off script for a kitchen job
CUSTOMER = {"name": "§p1.full§", "phone": "§ph1.e164§", "site": "§a1§"}
BUILDER = "§p2.full§"  # lead on site
items = [("Bosch Serie 6 dishwasher", 549.0), ("farmhouse sink", 310.0)]
total = sum(price for _, price in items)
print(f"Quote for {CUSTOMER['name']}: £{total:.2f}")""",
    ),
    # ---- removals ----------------------------------------------------------------------
    (
        "email",
        """
Subject: Quote §$order§ – §c1§ to §c2§

Hi §p1.first§,

Thanks for your survey call. Two crew (§p2.first§ and §p3.first§) plus a 7.5t lorry, packing on §$date§, delivery the next morning to §a1§.
Deposit §$price§ by card; we'll call you on §ph1§ to take it.

§p4.full§
RapidMove Removals""",
    ),
    (
        "csv",
        """
job_id,customer,from_city,to_city,contact,notes
§$order§,§p1.full§,§c1§,§c2§,§ph1.intl§,piano on 2nd floor
§$order2§,§p2.full§,§c3§,§c1§,§ph2.intl§,"fragile: Rubik's Cube collection, 3 boxes"
§$order3§,"§p3.lastfirst§",§c2§,§n1§,§p3.email§,international""",
    ),
    # ---- mixed: payments and identity -----------------------------------------------
    (
        "chat",
        """
I'm §p1.full§, a US customer of your utility app. It keeps asking for my SSN for the credit check; I typed §ssn1§ but it says invalid. My card on file is §cc1§. Can you fix it?""",
    ),
    (
        "form",
        """
Tenant application (US)
Applicant: §p1.full§
SSN: §ssn1.dash§
Current address: §a1:US§
Employer reference: §p2.full§, §ph1:US.nat§
Checking account: §ac1.1§
Co-applicant: §p3.full§  SSN: §ssn2.dash§""",
    ),
    (
        "log",
        """
[§$date§ 11:02:17] auth  user=§p1.email§ ip=§ip1§ result=ok
[§$date§ 11:02:19] auth  user=§p1.email§ ip=§ip2.v6§ result=mfa_required
[§$date§ 11:03:40] admin changed owner of account §$order§ to "§p2.full§"
[§$date§ 11:04:02] payout iban=§ib1.compact§ amount=§$price§""",
    ),
    (
        "vcard",
        """
BEGIN:VCARD
VERSION:3.0
N:§p1.last§;§p1.first§;;;
FN:§p1.firstlast§
ORG:Kestrel Veterinary Group
TITLE:Practice Manager
TEL;TYPE=WORK:§ph1.intl§
EMAIL:§p1.email§
ADR;TYPE=WORK:;;§a1§
END:VCARD""",
    ),
    (
        "srt",
        """
12
00:01:03,200 --> 00:01:06,100
§p1.caps§: Welcome back to Open House, I'm here with §p2.full§.

13
00:01:06,300 --> 00:01:09,900
§p2.caps§: Thanks, §p1.first§. We bought this place in §c1§ in 2019.

14
00:01:10,000 --> 00:01:13,000
§p1.caps§: And the kitchen? Pure Farrow & Ball's Hague Blue.""",
    ),
    (
        "latex",
        """
\\documentclass{letter}
\\signature{§p1.full§}
\\address{§a1§}
\\begin{document}
\\begin{letter}{§p2.full§ \\\\ §a2§}
\\opening{Dear §p2.first§,}
Thank you for hosting the hobby club's model railway show. Please reimburse §$price§ to §ib1§.
\\closing{Best wishes,}
\\end{letter}
\\end{document}""",
    ),
    (
        "ocr",
        """
0AK H0LLOW CARE H0ME    VISITOR LOG     §$date§
NAME              VISITING             TIME IN   SIGN
§p1.caps§         §p2.caps§             10:05    ~~
§p3.caps§         §p2.caps§             10:07    ~~
§p4.caps§         rm 9 §w1.caps§        11:40    ~/""",
    ),
    (
        "html",
        """
<table class="staff">
<tr><th>Role</th><th>Name</th><th>Direct line</th></tr>
<tr><td>Head of nursery</td><td>§p1.full§</td><td>§ph1.intl§</td></tr>
<tr><td>SENCo</td><td>§p2.full§</td><td>§ph2.intl§</td></tr>
<tr><td>Cook</td><td>§p3.first§</td><td>–</td></tr>
</table>""",
    ),
    (
        "yaml",
        """
# on-call rota – water network control
week: §$date§
primary:
  name: "§p1.full§"
  mobile: "§ph1.intl§"
secondary:
  name: "§p2.full§"
  mobile: "§ph2.intl§"
escalation: §p3.email§
vpn_gateway: §ip1§""",
    ),
    (
        "toolcall",
        """
<tool_call>{"name": "create_service_visit", "arguments": {"customer": "§p1.full§", "address": "§a1§", "phone": "§ph1§", "engineer": "§p2.init§", "slot": "§$date§ §$time§"}}</tool_call>""",
    ),
    (
        "sql",
        """
-- duplicate borrower accounts found by the library migration
SELECT * FROM borrowers WHERE lower(name) IN ('§p1.asciilower§', '§p2.asciilower§') OR email = '§p3.email§';""",
    ),
    (
        "ics",
        """
BEGIN:VEVENT
DTSTART:20250302T091500
SUMMARY:Boiler service – §p1.full§
LOCATION:§a1§
DESCRIPTION:Tenant §p1.first§ works nights\\, ring §ph1§ first. Landlord §p2.full§ pays.
END:VEVENT""",
    ),
    (
        "markdown_table",
        """
### Volunteer drivers – food bank
| Driver | Area | Phone |
|---|---|---|
| §p1.full§ | §c1§ | §ph1.nat§ |
| §w1.full§ | §c2§ | §ph2.nat§ |
| §p2.init§ | §r1§ | §ph3.nat§ |""",
    ),
    (
        "xml",
        """
<booking ref="§$order§">
  <venue>Lumen Gallery, Studio 2</venue>
  <client>§p1.full§</client>
  <billing><iban>§ib1§</iban></billing>
  <guests count="40"/>
  <contact phone="§ph1.intl§">§p2.full§</contact>
</booking>""",
    ),
    (
        "letter",
        """
§c1§, §$date§

Estimado/a §p1.full§:

Le confirmamos la reserva del salón parroquial para el bautizo de §p2.first§. El padre §p3.last§ oficiará la ceremonia. Para cualquier duda, llame a §p4.full§ al §ph1:ES.nat§.

Atentamente,
La secretaría""",
    ),
]

TEMPLATES: list[Template] = templates("pa", _ROWS)
