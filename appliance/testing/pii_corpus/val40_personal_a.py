"""val40 templates with personal data, part A: chat, email, sms, letter, form, ticket and
notes. The slot language is described in `val40_gen`."""

from __future__ import annotations

from .val40_gen import parse_block

RAW = """
=== p-hosp-chat-rota | chat | hospital
Can you turn this into a clean rota table? Night shifts, ward {d:ward}, week of {d:date}.

Mon/Tue – {A} (reg), {B.f} as SHO
Wed – Dr {C.l} covering, {B.f} again
Thu/Fri – locum {D} via agency, bleep {d:bleep}
If anyone swaps, ping {A.f} on {phone} before 18:00.

=== p-hosp-chat-coding | chat | hospital
quick coding question. patient {A.lf}, DOB {d:dob}, admitted under Mr {B.l} with a Crohn's \
flare, later had a Whipple procedure. Do I code the Crohn's (K50.x) as primary or the \
pancreatic lesion? Discharge summary signed by {C} but the op note says {D.il}.

=== p-sport-chat-scout | chat | sport
Need a short scouting summary for the transfer committee, bullet points please.
Player: {A} (left back, 21), currently on loan at Benfica B
Seen by: {B.f} and {C.fl}, Estádio da Luz, {d:date}
Agent: {D} – {phone} / {D.mail}
Notes from {B.f}: quick, weak in the air, played the full 90 despite a knock.

=== p-cars-chat-testdrive | chat | cars
hey can u draft a reply to {A.lc}? they want to move the porsche cayenne test drive from \
saturday to {d:weekday}. their number is {phone} and they'd like {B.lcf} from our {city} \
branch to handle it again. keep it short and friendly

=== p-music-chat-lesson | chat | music
Write a friendly reminder to {A.f}'s parents: Saturday's lesson on the Rhodes piano moves to \
{d:time} in room {d:room}. {B} is covering and wants to start the Goldberg Variations \
warm-up. If the time doesn't suit, they can call the office on {phone} or email \
{role.lessons}.

=== p-climate-chat-storm | chat | climate
Storm Ciarán update for the field team – please rewrite as a calm, SMS-length message:
gusts 80+ mph over {region} from {d:time}; duty forecaster tonight is {W}, backup {A}. \
Anyone stuck on the road should ring {W.f} directly on {phone}, not the main desk.

=== p-uni-email-darwin | email | university
Subject: Darwin Lecture – room change and speaker travel

Dear {A.f},

The Darwin Lecture on {d:date} moves from Wolfson Hall to the Rhodes Lecture Theatre \
(capacity {d:qty}). Prof. {B.l} arrives from {city} the evening before; could you book the \
usual hotel and send the confirmation to {B.work}? Mobile for the driver: {phone}.

Thanks,
{C}
Timetabling Office

=== p-bank-email-dispute | email | bank
Subject: Chargeback {d:case} – customer {A.LF}

Hi team,
{A} disputes two payments on card {card} ({d:date}: {d:price} and {d:price2}). They say the \
card never left {city}. Please freeze it and call them on {phone}; correspondence address \
is {addr}.
Refund to IBAN {iban} once the scheme claim closes.
– {B.f}, Disputes

=== p-news-email-source | email | news
From: {A} <{A.work}>
To: {role.newsdesk}
Subject: Source for the dam piece

{B.f} – the engineer I mentioned is {C}, formerly with the water authority in {country}, now \
consulting near {city}. Spoke to them for 40 min on {d:date}; happy to be named. Direct \
line {phone}, personal mail {C.mail}. Please don't put the number in the CMS.

=== p-prob-email-handover | email | probation
Subject: Case transfer – {A.LF} (CRN {d:case})

Hello {B.f},
As discussed, {A.f} moves to your caseload from {d:date}. Address on licence: {addr}. \
Mobile {phone}. The next appointment with me (Ms {C.l}) is {d:weekday} at {d:time}; after \
that please contact the hostel manager, {D}, on {phone:2}.
Regards,
{C}

=== p-fashion-email-fitting | email | fashion
Subject: Fitting for the resort capsule – model details

Bonjour {A.f},
For the {d:date} fitting, {B} (agency office in {city}) is confirmed; measurements \
attached. Please invoice the agency, not the model, and keep the Gucci and Versace samples \
on separate rails. Their booker is {C} ({C.work}, {phone}).
Merci,
{D.f}

=== p-grants-email-msca | email | grants
Subject: Marie Skłodowska-Curie fellowship – host agreement for {A}

Dear Dr {B.l},
Thank you for agreeing to host {A} under the Marie Skłodowska-Curie Postdoctoral \
Fellowship ({d:grant}). Before the consortium meeting in {city}, could you confirm the \
supervision line: {B}, with {C.il} as co-supervisor? The fellow's details for the mobility \
allowance: IBAN {iban}, account holder {A.U}.
Best wishes,
{D}
Research Office ({role.grants_office})

=== p-nursery-sms-pickup | sms | nursery
Hi {A.f}, it's {B.f} from Little Acorns. {C.f} is ok but has a temp of 38.1, can someone \
collect by 3? Grandad {D} is on the list too ({phone}). Paddington is in the bag :)

=== p-cars-sms-rental | sms | cars
RENTAGO: {A.f}, your Tesla Model Y (ref {d:ref}) is ready at the airport in {city}, bay {d:n}. \
Desk: {phone}. Reply STOP to opt out.

=== p-vet-sms-parade | sms | veterans
Sgt {A.l} here – parade forms up 10:15 at the cenotaph. Cpl {B} can't drive this year, can \
you collect from {addr}? Next of kin number {phone}

=== p-church-sms-rota | sms | church
St Mary's flower rota: {A.f} & {B.f} this Sat, {C} next week (feast of San Juan). Keys from \
Fr {D.l}, {phone}. God bless

=== p-sport-sms-medical | sms | sport
Medical for {A.l} moved to 08:30 tmrw, clinic beside Anfield. Driver {B.f} meets the \
player at the hotel. Agent {C.f}: {phone.00}

=== p-hosp-letter-gp | letter | hospital
Department of Gastroenterology

{d:date}

Dr {A.l}
{addr}

Dear Dr {A.l},

Re: {B.U}, DOB {d:dob}

I reviewed {B.f} in clinic today. The Crohn's disease remains active despite azathioprine; \
Harvey-Bradshaw index {d:few}. We discussed a choking episode at home last month (Heimlich \
manoeuvre by a relative, resolved). Please refer to {C} (IBD nurse specialist, {phone}) \
if symptoms worsen.

Yours sincerely,

{D}
Consultant Gastroenterologist

=== p-prob-letter-appointment | letter | probation
{A.LF}
{addr}

{d:date}

Dear {A},

Your next supervision appointment is on {d:date2} at {d:time} at the {city} probation \
office. Your case officer is {B}. If you cannot attend you must phone {phone} before the \
appointment. Failure to attend without good reason may be reported to the court.

Yours sincerely,
{C.il}
Senior Probation Officer

=== p-grants-letter-award | letter | grants
Fundación Alba – Programa de Becas Humboldt-Alba

Estimada Dra. {A.l}:

Nos complace comunicarle que su proyecto conjunto con el Prof. {B} ({city}) ha sido \
seleccionado. La dotación se abonará en la cuenta IBAN {iban.ES}. Para cualquier consulta, \
contacte con {C} en {C.work} o en el {phone}.

Atentamente,
{D}
Directora de Programas

=== p-vet-letter-welcome | letter | veterans
Old Comrades Association – {region} Branch

Dear Major (retd) {A.l},

On behalf of the committee, welcome. Your membership number is {d:stock}. Our welfare \
officer, WO2 {B}, plans to visit you at {addr} on {d:date}. If the date is unsuitable, \
ring {B.f} on {phone} or the branch secretary, Lt Col {C.l}, on {phone:2}.

Yours aye,
{C}
Branch Secretary

=== p-cosm-letter-complaint | letter | cosmetics
{A}
{addr}
{A.mail}

To: Customer Care, Lumière Beauty

I bought the Estée Lauder Double Wear foundation and your own-brand vitamin C serum at your \
{city} store on {d:date}. The serum caused a reaction (photo attached). Please refund the \
{d:price} to the card I paid with ({card}), or call me on {phone}.

Regards,
{A.f}

=== p-hosp-form-admission | form | hospital
ADMISSION FORM – WARD {d:ward}
Surname: {A.L}
Forename(s): {A.giv}
Address: {addr}
Tel: {phone}
Next of kin: {B} (sibling)   Tel: {phone:2}
GP: Dr {C.l}, {city}
Allergies: penicillin
Scores: Apgar n/a, Glasgow Coma Scale 14/15

=== p-uni-form-rhodes | form | university
Rhodes Scholarship – referee form
Candidate name: {A}
Candidate e-mail: {A.mail}
Referee: Prof. {B}
Referee institution: Halden University ({city} campus)
Referee phone: {phone}
How long have you known the candidate? {d:few} years
Comments: {A.f} chaired the Darwin Lecture student panel and tutors first-years in \
Black-Scholes pricing.

=== p-cars-form-rental | form | cars
RENTAL AGREEMENT {d:ref}
Vehicle: Ford Mustang Mach-E, stock {d:stock}
Main driver: {A.LF}
Licence issued in: {country}
Home address: {addr}
Mobile: {phone}
E-mail: {A.mail}
Additional driver: {B}
Payment card: {card}
Pick-up: {city} downtown, {d:date} {d:time}

=== p-nursery-form-reg | form | nursery
KITA SONNENHOF – Anmeldung / Registration
Child's full name: {A}
Known as: {A.nick}
Favourite toy: Elmo (please label!)
Parent/guardian 1: {B}, {phone}
Parent/guardian 2: {C}, {phone:2}
Authorised to collect: {D.f} (au pair)
Fees: monthly by card {card}
Home address: {addr}
Notes: no allergies; naps with the Barbie blanket

=== p-bank-form-kyc | form | bank
NEW ACCOUNT – KYC CHECKLIST
Applicant: {A}
SSN: {ssn}
Date of birth: {d:dob}
Residential address: {addr}
Phone (mobile): {phone.US}
Email: {A.mail}
Product: Roth IRA + checking
Funding source: external checking account {acct}
Debit card requested: yes (replaces {card})
Introduced by: {B}, Wealth desk

=== p-prob-form-visit | form | probation
VISITING ORDER REQUEST – HMP Northmoor
Prisoner name: {A.LF}      Prison no.: {d:ref}
Visitor 1: {B}      Relationship: partner
Visitor 1 address: {addr}
Visitor 1 phone: {phone}
Visitor 2: {C.f} (child, age 6)
Requested slot: {d:weekday} {d:time}
Case officer: Mr {D.l}

=== p-games-ticket-ban | ticket | games
Ticket #{d:pr} – Account appeal
Player handle: {A.handle}
Real name (from billing): {A}
Billing email: {A.mail}
Last login IP: {ip4}
Summary: player says the ban for "exploiting the Thornwick Keep glitch" was a mistake; \
their brother {B.f} was using the account from {city}. Requesting review by {C.fl} (T2).

=== p-energy-ticket-vpn | ticket | energy
[{d:ticket}] VPN drops on the Johan Sverdrup platform laptop
Reporter: {A} ({A.work})
Site: Johan Sverdrup field, module {d:room}
Affected host: {ip4.priv}, gateway {ip4:2.pub}
Phone on the platform: {phone.NO}
Notes: {A.f} says it started after the {d:ver} update. {B} (onshore, {city}) can remote \
in after 14:00.

=== p-hosp-ticket-pager | ticket | hospital
INCIDENT {d:case}: bleeps not delivered to theatre 3
Raised by: Sister {A.l}, ext. {d:bleep}
Callback: {phone}
Impact: Dr {B.il} and Mr {C.l} missed two trauma calls (Glasgow Coma Scale <8 pathway).
Assigned: {D} (Clinical Systems)

=== p-transl-ticket-job | ticket | translation
Job {d:order} | DE>EN legal | 4,200 words | due {d:date}
Client contact: {A}, {A.work}
Translator: {B} ({city})
Reviewer: {C.lf}
Issue: the source names the testator as "{D}" on p. 1 but "{D.il}" on p. 7 – keep both as \
written? The client asked us to call {phone} with questions.

=== p-bridges-ticket-sensor | ticket | bridges
SR-{d:pr}: strain gauge G{d:n} offline (Golden Gate retrofit, north tower)
Logger IP: {ip4}
Field engineer: {A} – mobile {phone}
Escalated to: {B.fl}
Notes: {A.f} replaced the SIM on {d:date}; still no data. Same model as the Hoover Dam \
install. Site access via {C} at the {city} depot.

=== p-news-notes-interview | notes | news
interview notes – flood story ({d:date})
- {A} (resident, {addr}) – water 40cm in the kitchen by 6am
- neighbour {B.f} says the council ignored warnings after Storm Ciarán
- council press office: {C}, {phone}
- photos from {D.fl}, credit as "{D}"
- follow up: ask {A.f} about insurance (Lloyd's syndicate?)

=== p-grants-notes-panel | notes | grants
Fulbright panel – my notes
1. {A} ({city}): strong, Humboldt alumnus; refs from {B.il} and {C.il}
2. {D}: project on El Niño forecasting; weak budget
3. {E.lf}: withdrew (email {E.mail})
Chair: Prof. {F.l}. Shortlist to {role.fulbright_panel} by Fri.

=== p-energy-notes-well | notes | energy
Prudhoe pad DS-{d:n} – well integrity review
Met {A} (well integrity) and {B} (HSE). Choke valve issue again.
{A.f}'s sat phone: {phone}
Flights via {city}; {C.f} is booking.
Action: send logs to {A.work}; ask {B.f} about the Johan Sverdrup comparison.

=== p-music-notes-anr | notes | music
A&R notes, {d:date}
Band: The Moonlight Sonatas
Singer {A}, guitarist {B.nick}, drummer {C.f}
Manager: {D}, {phone}, {D.mail}
Gig in {city} was packed; the Hammond organ player is a session musician ({E.fl})
Next: send the draft contract to {D.f}

=== p-church-notes-parish | notes | church
Parish council – notes for the newsletter
* Baptism of {A.f}, child of {B} and {C}, at St Mary's on {d:date}
* Fr {D.l} away until the feast of San Juan; Deacon {E} covering ({phone})
* Bereavement visits: {F} at {addr}
* Collection for the San Pedro mission: {d:price}
"""

TEMPLATES = parse_block(RAW)
