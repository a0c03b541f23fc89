"""val40 templates with personal data, part B: meeting minutes, transcripts, JSON, tool
calls, CSV, TSV, Markdown tables and HTML. The slot language is described in `val40_gen`."""

from __future__ import annotations

from .val40_gen import parse_block

RAW = """
=== p-uni-minutes-timetable | minutes | university
Minutes – Timetabling Committee, {d:date}, Wolfson Hall room {d:room}
Present: {A} (chair), {B}, {C.il}, {D}
Apologies: {E}
1. The Darwin Lecture clashes with the Nobel Prize webinar; {B.f} to move the webinar.
2. Rhodes Chair: Prof. {F.l} retires in July; interim holder {C.l}.
3. AOB: {D.f} asked for step-free access to the Newton Room.
Actions: {A.f} to email {role.timetabling} with the new slots.

=== p-vet-minutes-agm | minutes | veterans
{region} Veterans' Association – AGM minutes
Present: Capt. {A.l} (chair), Sgt {B}, Mrs {C}, {D} and {d:n} members
1. Treasurer {C.f} reported {d:price} in the welfare fund; the fund's account is at sort \
code {d:sort}, account number {acct}.
2. Remembrance collection: {B.f} to co-ordinate with the {city} branch.
3. Standard bearer: {D.f} ({phone}).
Next meeting: {d:date}.

=== p-news-minutes-conference | minutes | news
Morning conference {d:date}, 09:30
Chair: {A.f} (Editor)
Front: storm damage – {B} in {city} filing by 16:00; photos {C.fl}
Business: Dow Jones down 2%; Nasdaq comment from {D.il}, with a Sharpe ratio explainer
Sport: {E}'s column on the Santiago Bernabéu refurbishment
Legal: {F} wants to see the probation piece before it runs

=== p-sport-minutes-transfer | minutes | sport
Transfer committee – minutes
Attendees: {A} (DoF), {B} (head scout), {C} (legal)
Target 1: {D}, centre back; agent {E} ({phone}); fee ceiling {d:price}
Target 2: {F.lf}, watched at the Santiago Bernabéu on {d:date}; medical at the Anfield \
partner clinic if we proceed
Decision: {A.f} to call {E.f} by {d:weekday}.

=== p-climate-minutes-ops | minutes | climate
Ops review – Hurricane Katrina anniversary exercise
Attendees: {A}, {B}, {C.il}, {W} (comms)
- La Niña watch continues; {A.f} to brief emergency managers in {region}
- {W.f} drafts the public message; sign-off by {B.f}
- Duty phone this week: {phone}
- Radar feed from {ip4} failed twice; {C.l} investigating

=== p-hosp-transcript-triage | transcript | hospital
[Call transcript, urgent care line, {d:date}]
CALL HANDLER: Can I take the patient's full name?
CALLER: It's my dad, {A}.
CALL HANDLER: And your name?
CALLER: {B.f}. {B.fam}.
CALL HANDLER: The address?
CALLER: {addr}.
CALL HANDLER: Is he conscious? Did anyone try the Heimlich manoeuvre?
CALLER: Yes, he's breathing now. His GP is Dr {C.l}.
CALL HANDLER: A callback number?
CALLER: {phone}.

=== p-bank-transcript-fraud | transcript | bank
AGENT ({A.f}): Thanks for calling Harbourline, you're through to fraud. Who am I speaking to?
CUSTOMER: {B}.
AGENT: Can you confirm the account number?
CUSTOMER: {acct}. And my social is {ssn} if you need it.
AGENT: And the last payment you recognise?
CUSTOMER: The Bloomberg subscription. Then a card payment in {city} I never made.
AGENT: I'm blocking card {card} now. Is {phone} still the best number?
CUSTOMER: Yes. Or my partner, {C.f}.

=== p-prob-transcript-supervision | transcript | probation
PO {A.l}: Morning, {B.f}. Still living at {addr}?
{B.U}: Yeah. My cousin {C} moved in though.
PO {A.l}: I'll need {C.f}'s date of birth for the check. Phone still {phone}?
{B.U}: New one: {phone:2}.
PO {A.l}: Noted. Same time in a fortnight.

=== p-news-transcript-podcast | transcript | news
{A.U}: Welcome back. My guest today is the fashion historian {B}.
{B.U}: Thanks, {A.f}.
{A.U}: You've written that Gucci and Prada were family workshops long before they were logos.
{B.U}: Right, and people forget that the Armani label began with menswear.
{A.U}: Listeners can write to {role.podcast}. {B.f}, where can people find the book?
{B.U}: Any bookshop in {city}, I hope.

=== p-games-transcript-vo | transcript | games
[VO session – Thornwick Keep, level 3, {d:date}]
DIRECTOR ({A}): Line 14, the blacksmith Grimbald. Again, angrier.
ACTOR ({B}): "None shall pass the gate!"
DIRECTOR: Good. {C.f}, can you slate it?
ENGINEER ({C}): Take 6, slated. Session files go to {C.work} tonight.

=== p-hosp-json-roster | json | hospital
Convert this roster JSON to a table grouped by role:
{"ward": "{d:ward}", "week": "{d:iso}", "staff": [
  {"name": "{A}", "role": "Registrar", "bleep": "{d:bleep}"},
  {"name": "{B}", "role": "FY2", "mobile": "{phone.intl}"},
  {"name": "{C.lf}", "role": "Charge nurse", "mobile": "{phone:2.intl}"},
  {"name": "{D}", "role": "Locum", "agency_email": "{role.locums}"}
]}

=== p-bank-json-webhook | json | bank
Why does our reconciliation reject this webhook?
{
  "event": "payment.failed",
  "id": "{d:uuid}",
  "amount": "{d:amount}",
  "debtor": {"name": "{A.U}", "iban": "{iban.compact}"},
  "creditor": {"name": "Kestrel Pay Ltd", "iban": "{iban:2.GB}"},
  "card": {"pan": "{card.compact}", "holder": "{A}"},
  "ip": "{ip4}"
}

=== p-sport-json-player | json | sport
Summarise this player record for the scouting report:
{"player": {"full_name": "{A}", "known_as": "{A.nick}", "dob": "{d:dob}",
 "nationality": "{country}", "club": "Galatasaray",
 "agent": {"name": "{B}", "phone": "{phone}", "email": "{B.mail}"},
 "stadium": "Ali Sami Yen", "scout": "{C.il}"}}

=== p-nursery-json-daily | json | nursery
Write a short daily note for the parents from this:
{"child": "{A.f}", "room": "Peppa room", "nap": "12:40-14:05", "meals": ["pasta", "pear"],
 "keyworker": "{B}", "collected_by": "{C}", "notes": "played Barbie and Ken with {D.f}"}

=== p-climate-json-subs | json | climate
Dedupe these alert subscribers and tell me which phone numbers are not E.164:
[
 {"name": "{A}", "phone": "{phone.e164}", "region": "{region}"},
 {"name": "{B}", "phone": "{phone:2}", "region": "{region}"},
 {"name": "{A.lc}", "phone": "{phone.e164}", "region": "{region}"},
 {"name": "{C}", "phone": "{phone:3}", "email": "{C.mail}"}
]

=== p-transl-json-segments | json | translation
Check these translated segments for consistent names:
{"job": "{d:order}", "pair": "fr-FR>en-GB", "segments": [
 {"src": "Madame {A.l} réside à {city}.", "tgt": "Mrs {A.l} lives in {city}."},
 {"src": "Le témoin, {B}, a signé.", "tgt": "The witness, {B}, signed."},
 {"src": "Contact : {phone}", "tgt": "Contact: {phone}"}
]}

=== p-hosp-toolcall-page | toolcall | hospital
Assistant tool call:
send_page(recipient="{A}", bleep="{d:bleep}", message="Bay {d:bed}: pt {B.lf} GCS down \
to 9, please review", cc=["{C.work}"])

=== p-bank-toolcall-transfer | toolcall | bank
{"tool": "create_transfer", "arguments": {"from_account": "{acct}", "to_iban": "{iban}",
 "beneficiary": "{A}", "amount": "{d:price}", "reference": "{d:inv}",
 "notify_sms": "{phone}"}}

=== p-cars-toolcall-crm | toolcall | cars
Call: crm.update_lead({"lead_id": "{d:stock}", "name": "{A}", "phone": "{phone}",
  "interest": "Lamborghini Urus", "trade_in": "Citroën C4", "salesperson": "{B.f}",
  "notes": "partner {C.f} prefers the Ferrari Roma"})

=== p-games-toolcall-invite | toolcall | games
function_call: invite_playtesters
arguments: {"build": "{d:ver}", "testers": [{"name": "{A}", "email": "{A.mail}"},
 {"name": "{B}", "email": "{B.mail}"}, {"name": "{C}", "email": "{C.mail}"}],
 "nda_signed_by": "{D.lf}"}

=== p-climate-toolcall-sms | toolcall | climate
tool_use: send_sms
input: {"to": ["{phone}", "{phone:2}", "{phone:3}"], "body": "Storm Éowyn red warning for \
{region} from {d:time}. Stay indoors. – {A.f}, duty team"}

=== p-vet-csv-members | csv | veterans
Fix the broken rows in this CSV (some phones have the wrong country code):
member_no,rank,surname,first_name,phone,town
{d:stock},Sgt,{A.L},{A.giv},{phone},{city}
{d:stock2},Cpl,{B.L},{B.giv},{phone:2},{city:2}
{d:stock3},Maj,{C.L},{C.giv},{phone:3},{city:3}

=== p-bank-csv-ach | csv | bank
Which of these ACH returns should we retry?
date,name,ssn,checking_account,amount,code
{d:iso},{A},{ssn},{acct},"{d:amount}",R01
{d:iso2},{B},{ssn:2},{acct:2},"{d:amount2}",R03
{d:iso3},"{C.LF}",{ssn:3},{acct:3},"{d:amount3}",R01

=== p-uni-csv-lectures | csv | university
Make a seating plan from this export (Darwin Lecture Theatre, {d:qty} seats):
student_id;name;email;tutor
{d:studentid};{A};{A.mail};Dr {D.l}
{d:studentid2};{B};{B.mail};Dr {D.l}
{d:studentid3};{C.lf};{C.mail};Prof. {E.l}

=== p-cars-csv-fleet | csv | cars
model,driver,driver_phone,return_branch
Tesla Model Y,{A},{phone},{city}
Citroën ë-C4,{B},{phone:2},{city:2}
Mercedes EQA,{C.fl},{phone:3},{city}
Total the late returns per branch please.

=== p-energy-csv-contractors | csv | energy
Contractor payments for the Johan Sverdrup shutdown – check the IBANs look right:
contractor;contact;iban;currency
Nordic Rope Access AS;{A};{iban.NO};NOK
Hafen Schweisstechnik GmbH;{B};{iban:2.DE};EUR
Deepline Subsea Ltd;{C};{iban:3.GB};GBP

=== p-church-csv-volunteers | csv | church
name,role,phone,email
{A},Reader,{phone},{A.mail}
{B},Flowers,{phone:2},
{W},Choir,{phone:3},{W.mail}
{C},Tea rota,,{C.mail}
Sort by role and flag anyone without a phone.

=== p-hosp-tsv-coding | tsv | hospital
episode\tpatient\tconsultant\tprimary_dx\tprocedure
{d:case}\t{A.LF}\tDr {B.l}\tK50.0 Crohn's disease\tWhipple procedure
{d:case2}\t{C.LF}\tDr {B.l}\tC81.1 Hodgkin lymphoma\tnone
{d:case3}\t{D.LF}\tMr {E.l}\tG20 Parkinson's disease\tnone
Are these codes consistent with the procedures?

=== p-grants-tsv-reviewers | tsv | grants
proposal\tPI\treviewer\treviewer_email\tscore
{d:grant}\t{A}\t{B}\t{B.work}\t5
{d:grant2}\t{C}\t{D}\t{D.mail}\t3
{d:grant3}\t{E.il}\t{B}\t{B.work}\t4
Flag conflicts of interest (same institution).

=== p-fashion-tsv-casting | tsv | fashion
model\tagency\tcity\tphone\tnotes
{A}\tElite\t{city}\t{phone}\tVersace show, confirmed
{B}\tIMG\t{city:2}\t{phone:2}\tCalvin Klein campaign
{C.fl}\tStorm\t{city:3}\t{phone:3}\tTommy Hilfiger option

=== p-games-tsv-credits | tsv | games
role\tname\thandle
Lead designer\t{A}\t{A.handle}
Narrative\t{B}\t{B.handle}
QA\t{C}\t{C.handle}
Voice of Grimbald\t{D}\t-
Format these for the end credits: names only, alphabetical by surname.

=== p-music-md-timetable | markdown_table | music
| Time | Student | Instrument | Teacher | Parent phone |
|------|---------|------------|---------|--------------|
| {d:time} | {A.f} | Hammond organ | {B} | {phone} |
| {d:time2} | {C.f} | violin (Stradivarius copy) | {B} | {phone:2} |
| {d:time3} | {D.fl} | Rhodes piano | {E} | {phone:3} |
Is any teacher double-booked?

=== p-news-md-sources | markdown_table | news
| Source | Role | Contact | Can quote? |
|---|---|---|---|
| {A} | dam engineer, {city} | {phone} | yes |
| {B} | council press officer | {B.work} | yes |
| {C.il} | former prison officer | Signal only | no |
Write a sourcing note for the editor.

=== p-prob-md-caseload | markdown_table | probation
| Case officer | Person on probation | Risk | Next appointment |
|---|---|---|---|
| {A} | {B.LF} | medium | {d:date} |
| {A} | {C.LF} | high | {d:date2} |
| {D} | {E.LF} | low | {d:date3} |
Summarise the workload per officer.

=== p-cars-md-leads | markdown_table | cars
| Lead | Customer | Phone | Car |
|---|---|---|---|
| {d:stock} | {A} | {phone} | Porsche Taycan |
| {d:stock2} | {B} | {phone:2} | Ford Transit Custom |
| {d:stock3} | {C} | {phone:3} | Tesla Model Y |
Draft a follow-up text for each.

=== p-cosm-md-creators | markdown_table | cosmetics
| Creator | Handle | Email | Based in |
|---|---|---|---|
| {A} | @{A.handle} | {A.mail} | {city} |
| {B} | @{B.handle} | {B.mail} | {city:2} |
| {W} | @{W.handle} | {W.mail} | {city:3} |
Which of these creators already posted about Maybelline?

=== p-uni-html-staff | html | university
Extract name, phone and email as JSON from this staff page:
<div class="staff-card">
  <h3>Prof. {A}</h3>
  <p>Holder of the Rhodes Chair of Economic History</p>
  <p>Tel: <a href="tel:{phone.e164}">{phone.intl}</a></p>
  <p><a href="mailto:{A.work}">{A.work}</a></p>
</div>
<div class="staff-card">
  <h3>Dr {B}</h3>
  <p>Darwin Fellow</p>
  <p><a href="mailto:{B.work}">{B.work}</a></p>
</div>

=== p-news-html-byline | html | news
Proofread this article HTML; don't change the quotes:
<article>
<p class="byline">By {A} in {city}</p>
<p>"We lost everything," said {B}, whose house by the river flooded during Storm Ciarán.</p>
<p>The engineer {C.il} said the Hoover Dam-style spillway "did its job".</p>
<footer>Tips: {role.tips}</footer>
</article>

=== p-nursery-html-newsletter | html | nursery
<h2>Butterfly Room news</h2>
<ul>
<li>Welcome to {A.f} and {B.f}, who joined this month!</li>
<li>Thanks to {C}'s grandparents for the Paddington books.</li>
<li>Room lead: {D} – questions to {role.butterfly_room} or {phone}.</li>
</ul>
Turn this into a plain-text email.

=== p-cars-html-booking | html | cars
<table class="booking">
<tr><td>Booking</td><td>{d:ref}</td></tr>
<tr><td>Driver</td><td>{A.U}</td></tr>
<tr><td>Car</td><td>Ford Mustang convertible</td></tr>
<tr><td>Pick-up</td><td>{addr}</td></tr>
<tr><td>Card</td><td>{card}</td></tr>
</table>
Why is the full card number visible here? Rewrite the template so it masks it.

=== p-church-html-event | html | church
<div class="event">
 <h4>Feast of St Mary – parish lunch</h4>
 <p>Hosted by {A} and {B} at {addr}.</p>
 <p>RSVP to {A.f}: <a href="mailto:{A.mail}">{A.mail}</a> or {phone}</p>
</div>
Make it more welcoming, keep it short.
"""

TEMPLATES = parse_block(RAW)
