"""val40 clean templates, part A (no personal data, full of decoys): chat, email, sms,
letter, form, ticket, notes, minutes, transcript, JSON, tool calls, CSV, TSV and Markdown
tables. The slot language is described in `val40_gen`; clean templates use only decoy
slots."""

from __future__ import annotations

from .val40_gen import parse_block

RAW = """
=== c-hosp-chat-coding | chat | hospital
What's the ICD-10 code for Crohn's disease of the small intestine with a fistula? And is \
nodular sclerosis Hodgkin lymphoma C81.1 or C81.2? We're auditing {d:qty} episodes from \
ward {d:ward} before the {d:date} deadline.

=== c-bank-chat-bs | chat | bank
Explain the Black-Scholes formula to a new analyst in plain English, then show how a Sharpe \
ratio of 1.4 compares with the Nasdaq-100 over the same period. Use a risk-free rate of \
{d:pct} and keep it under 300 words; we'll paste it into the onboarding wiki.

=== c-games-chat-npc | chat | games
Write five lines of dialogue for Grimbald, the grumpy blacksmith NPC in Thornwick Keep. He \
should hint that the Moonforge key is behind the waterfall in level {d:n} without saying it \
outright. Tone: dry humour, no swearing, max 20 words a line.

=== c-fashion-chat-trends | chat | fashion
Compare the Gucci, Prada and Versace resort collections for a buyer's note: silhouettes, \
colour palette (the Prada one leans on {d:hex}), price points around {d:price}, and which \
pieces will still sell in the summer sale. Bullet points, please.

=== c-vet-chat-pet | chat | veterans
Our branch mascot, a retired regimental goat called Corporal Biscuit, turns 14 on \
{d:weekday}. Can you write a short, warm post for the newsletter? Mention the Spitfire \
flypast at the {d:year} reunion and that the cake fund reached {d:price}.

=== c-grants-chat-ethics | chat | grants
For a Humboldt Research Fellowship application, how long should the "scientific \
achievements" section be, and do they still want the ORCID iD in the header? Our internal \
deadline is {d:date}; budget ceiling {d:price}.

=== c-uni-email-rooms | email | university
Subject: Room bookings for the {d:month} exams

Hi all,

The Darwin Lecture Theatre and Wolfson Hall are both closed for maintenance from {d:date} to \
{d:date2}. Exams scheduled there move to the Sports Centre (Hall B, {d:qty} desks). The \
Rhodes Room is still available for the resit panel on {d:weekday}.

Invigilation rota {d:ver} is on the intranet. We hope this causes minimal disruption.

Timetabling Office

=== c-bank-email-statement | email | bank
Subject: Your statement for {d:month} is ready

Your Roth IRA statement is now available in online banking. Closing balance: {d:price}. \
Dividends reinvested: {d:price2}. The Dow Jones Industrial Average rose {d:pct} over the \
quarter.

Reminder: the grace period for this year's contribution ends on {d:date}. Please do not \
reply to this message; we never ask for your PIN or one-time passcodes.

=== c-news-email-style | email | news
Subject: Style note – storms, hurricanes and eponyms

Team, quick reminders for tonight's edition:
- "Storm Ciarán" and "Hurricane Katrina" take capitals; "storm" alone does not.
- It's "Alzheimer's disease", "Parkinson's disease", "the Nobel Prize in Physics".
- Tickers: write "the Nasdaq Composite", not "the NASDAQ".
- Word count for the weather explainer is {d:qty}; deadline {d:time}.
Thanks,
Subs desk

=== c-energy-email-shutdown | email | energy
Subject: Johan Sverdrup phase 2 – planned shutdown {d:ticket}

All,
Planned maintenance on the Johan Sverdrup riser platform starts {d:date} at {d:time} UTC \
and lasts {d:n} days. Flow will be routed through separator train B. Permits PTW-{d:qty} \
and PTW-{d:qty2} must be closed beforehand. Toolbox talks on {d:weekday}; will do the \
walk-down the day before.
Operations Planning

=== c-cars-sms-service | sms | cars
Your Citroën C3 (job {d:order}) is ready for collection. Total {d:price}. Open until 18:00, \
Sat 9-1. Reply STOP to opt out.

=== c-climate-sms-warning | sms | climate
AMBER WARNING: Storm Éowyn. Gusts 70-80 mph from {d:time} {d:weekday}. Avoid coastal roads. \
Updates on the alerts page. Ref {d:ref}

=== c-nursery-sms-closure | sms | nursery
Little Acorns: we're closed on {d:date} for staff training. The Peppa Pig party moves to \
{d:weekday}. Fees invoice {d:inv} due by the 5th. Thank you!

=== c-prob-letter-policy | letter | probation
Dear Colleague,

Re: Revised curfew monitoring guidance ({d:ver})

From {d:date}, electronic monitoring alerts will be triaged by the central hub before they \
reach case officers. Please update local procedures by {d:date2}. Training sessions run \
on {d:weekday}s at {d:time} in Room {d:room}.

Yours faithfully,

Head of Practice Quality

=== c-church-letter-appeal | letter | church
Dear parishioners,

Thank you for your generosity at the feast of San Juan and at the St Mary's harvest supper. \
Together we raised {d:price} for the roof fund. The scaffolding goes up on {d:date}; Sunday \
Mass moves to the parish hall until {d:month}.

With every blessing,
The Parish Council

=== c-vet-letter-reunion | letter | veterans
Dear Member,

The annual reunion dinner will be held on {d:date} aboard the museum ship Cutty Sark. \
Dress: regimental blazer and medals. Tickets {d:price} per head; the bar opens at \
{d:time}. Please reply by {d:date2} using the enclosed slip, quoting membership reference \
{d:stock}. The raffle prize is a day at the races to cheer on the association's horse, \
Copper Kettle.

Yours aye,
Reunion Committee

=== c-hosp-form-audit | form | hospital
CLINICAL AUDIT – DATA COLLECTION FORM
Audit ID: {d:case}
Ward: {d:ward}    Bed: {d:bed}
Primary diagnosis: K50.0 Crohn's disease of small intestine
Procedure: Whipple procedure (pancreaticoduodenectomy) – yes / no
Apgar score at 5 min (obstetrics only): n/a
Glasgow Coma Scale on arrival: 15
Completed by: Audit Nurse (band 6)
Date: {d:iso}

=== c-cars-form-inspection | form | cars
PRE-DELIVERY INSPECTION
Stock no.: {d:stock}
Model: Ford Mustang Mach-E Premium
Colour: Grabber Blue ({d:hex})
Mileage: {d:qty} mi
Tyres: 4 x Michelin Pilot Sport EV
Battery state of health: {d:pct}
Sign-off: Workshop Bay {d:n}

=== c-grants-form-budget | form | grants
BUDGET FORM – Marie Skłodowska-Curie Doctoral Network
Project acronym: TIDELINE
Grant agreement no.: {d:grant}
Researcher months: {d:qty}
Living allowance: {d:price}
Mobility allowance: {d:price2}
Family allowance: {d:price3}
Deadline for amendments: {d:date}

=== c-games-ticket-crash | ticket | games
Ticket #{d:pr} – Crash on launch after patch {d:ver}
Platform: PC (handheld builds also affected)
Build: {d:build}
Steps: new game > choose the "Peppa's Revenge" level > crash at the loading screen ({d:pct})
Log excerpt: EXCEPTION_ACCESS_VIOLATION at 0x00007FF6{d:hash}
Priority: P2

=== c-bridges-ticket-inspection | ticket | bridges
SR-{d:pr}: Annual bearing inspection – Golden Gate retrofit study, span {d:n}
Assets: expansion joint EJ-{d:qty}, bearings B{d:n2} to B{d:n3}
Findings: corrosion grade 2, no section loss
Next action: schedule rope access using the Hoover Dam crew template
Due: {d:date}

=== c-cosm-ticket-batch | ticket | cosmetics
QA-{d:pr}: {d:lot} – SPF 50 sunscreen viscosity out of spec
Line: filling line 3
Measured: {d:qty}00 cP (spec 8,000-12,000)
Impact: {d:qty2} units on hold; Maybelline co-pack order {d:order} delayed
Owner: QA Lab

=== c-music-notes-repertoire | notes | music
Repertoire notes – spring recital
- Moonlight Sonata, 1st mvt (grade 6 students)
- Goldberg Variations: Aria + var. 1-3 on the Rhodes piano? check with keyboard dept
- jazz set on the Hammond organ with the Leslie speaker, room {d:room}
- Stradivarius loan instrument insured to {d:price}
- programme printing: {d:qty} copies

=== c-climate-notes-enso | notes | climate
ENSO briefing notes ({d:date})
* El Niño conditions fading; La Niña watch issued, {d:pct} chance by {d:month}
* Niño 3.4 SST anomaly -0.6 °C
* storm names used so far: Ciarán, Debi, Éowyn
* amber warnings issued: {d:n}; red: 0
* next model run {d:time} UTC

=== c-nursery-notes-room | notes | nursery
Caterpillar room – weekly notes
- New toys: Peppa Pig house, Paddington plush, two Elmo puppets, Barbie camper
- Topic: "people who help us" (firefighters, nurses, lollipop crossing patrol)
- Class rabbit Biscuit goes home with a family each weekend (sign-up sheet)
- Ratio check: 1:3 under twos, {d:n} children on {d:weekday}
- Parents' evening {d:date}, 17:30

=== c-uni-minutes-senate | minutes | university
Minutes of Senate, {d:date}
1. The Vice-Chancellor's report was received.
2. The Rhodes scholarship nominations deadline was confirmed as {d:date2}.
3. Estates: Wolfson Hall refurbishment budget {d:price}; completion in {d:month}.
4. The Darwin Lecture will be livestreamed; capacity {d:qty}.
5. AOB: none. The meeting closed at {d:time}.

=== c-bank-minutes-alco | minutes | bank
ALCO minutes – {d:date}
Present: CFO, Treasurer, Head of Risk, Head of Retail
1. Liquidity coverage ratio {d:pct}; Basel III buffers met.
2. The Sharpe ratio of the treasury book fell to 0.9; Black-Scholes vol assumptions to be \
reviewed by Market Risk.
3. Grace period on SME loans extended by {d:n} days.
4. Next meeting {d:date2}.

=== c-sport-minutes-stadium | minutes | sport
Stadium working group – minutes
Attendees: Head of Operations, Safety Officer, Ticketing Lead, Head Groundsman
- Capacity for the derby: {d:amount}; away end {d:qty} seats
- Lessons from the Santiago Bernabéu roof visit: retractable pitch trays
- Anfield-style safe standing pilot in block {d:seat}
- Pitch renovation window: {d:date} to {d:date2}

=== c-church-minutes-council | minutes | church
Parish council minutes, {d:date}
Present: the parish priest, two churchwardens, the treasurer and the secretary
1. St Mary's roof: second quote received ({d:price}).
2. Feast of San Juan procession route unchanged; stewards needed.
3. Safeguarding training renewals due in {d:month}.
4. Hall hire rises to {d:price2} per session.

=== c-climate-transcript-briefing | transcript | climate
PRESENTER: Good evening. Storm Éowyn is moving in faster than expected.
FORECASTER: That's right. An amber warning covers most coastal areas from {d:time}, with \
gusts of 80 mph.
PRESENTER: And is this linked to La Niña?
FORECASTER: Not directly. La Niña shifts the odds over a season; a single storm is weather, \
not climate.
PRESENTER: Thank you. More after the break.

=== c-cars-transcript-review | transcript | cars
HOST 1: So this is the Ferrari Roma, {d:price} before options.
HOST 2: And next to it a Porsche 911 and a Lamborghini Urus for comparison.
HOST 1: The Ferrari does 0-62 in 3.4 seconds. The Tesla Model S Plaid? 2.1.
HOST 2: Nobody buys a Roma for the acceleration figures, though.
HOST 1: Fair. Full numbers are on the show notes page.

=== c-hosp-transcript-teaching | transcript | hospital
CONSULTANT: Right, what's this patient's Glasgow Coma Scale?
REGISTRAR: E3 V4 M6, so 13.
CONSULTANT: Good. And if the airway is obstructed by food?
FY1: Back blows first, then abdominal thrusts, the Heimlich manoeuvre.
CONSULTANT: And a newborn's Apgar score at one minute?
FY1: Out of ten, five criteria, repeated at five minutes.

=== c-games-json-level | json | games
Validate this level config against the schema and list any errors:
{"level": "Thornwick Keep", "id": "{d:uuid}",
 "npcs": ["Grimbald", "Mother Hen", "Pip the Squire"],
 "music": "track_{d:n}.ogg", "spawn": [12, 0, -4], "boss_hp": {d:qty}, "version": "{d:ver}"}

=== c-climate-json-storms | json | climate
Turn this into a short public summary:
{"season": "{d:year}", "storms": [
 {"name": "Ciarán", "peak_gust_mph": 104, "warnings": "red"},
 {"name": "Debi", "peak_gust_mph": 77, "warnings": "amber"},
 {"name": "Éowyn", "peak_gust_mph": 100, "warnings": "red"}
], "enso": "La Niña watch"}

=== c-bank-json-quote | json | bank
Why does this quote fail validation?
{"instrument": "option", "model": "Black-Scholes", "underlying": "NDX", "strike": {d:qty}00,
 "expiry": "{d:iso}", "vol": 0.23, "rate": 0.0425, "quote_id": "{d:uuid}"}

=== c-fashion-json-sku | json | fashion
Generate product descriptions from these:
[{"sku": "{d:sku}", "brand": "Versace", "item": "silk scarf", "colour": "{d:hex}",
  "price": "{d:price}"},
 {"sku": "{d:sku2}", "brand": "Calvin Klein", "item": "leather belt", "price": "{d:price2}"},
 {"sku": "{d:sku3}", "brand": "Tommy Hilfiger", "item": "polo shirt", "price": "{d:price3}"}]

=== c-cars-toolcall-stock | toolcall | cars
{"tool": "search_inventory", "arguments": {"make": "Porsche", "model": "Taycan",
 "max_price": {d:qty}000, "colour": ["{d:hex}", "black"], "in_stock": true,
 "branch_id": {d:n}}}

=== c-uni-toolcall-room | toolcall | university
Assistant tool call:
book_room(room="Wolfson Hall", date="{d:iso}", start="{d:time}", duration_min=90,
          event="Darwin Lecture rehearsal", av=["lectern mic", "Rhodes piano"])

=== c-energy-toolcall-telemetry | toolcall | energy
function_call: get_well_telemetry
arguments: {"field": "Johan Sverdrup", "well": "D-{d:n}", "from": "{d:ts}", "to": "{d:ts2}",
 "metrics": ["choke_pct", "whp_bar", "water_cut"], "resolution": "5m"}

=== c-music-csv-instruments | csv | music
asset_tag,instrument,maker,room,insured_value
MUS-{d:qty},Rhodes piano Mk I,Fender Rhodes,{d:room},"{d:price}"
MUS-{d:qty2},Hammond B3 organ,Hammond,{d:room2},"{d:price2}"
MUS-{d:qty3},Violin (Stradivarius copy),workshop copy,{d:room3},"{d:price3}"
Which items need re-valuing?

=== c-bank-csv-fx | csv | bank
date,pair,open,close,change
{d:iso},EUR/USD,1.0821,1.0794,-0.25%
{d:iso2},GBP/USD,1.2650,1.2711,+0.48%
{d:iso3},USD/JPY,151.20,150.85,-0.23%
Plot these and comment on the Dow Jones move in the same week.

=== c-cosm-csv-shades | csv | cosmetics
sku,brand,shade,hex,price
{d:sku},Maybelline,Warm Honey,{d:hex},"{d:price}"
{d:sku2},Estée Lauder,Desert Beige,{d:hex2},"{d:price2}"
{d:sku3},own brand,Rose Quartz,{d:hex3},"{d:price3}"
Group these by undertone.

=== c-hosp-tsv-beds | tsv | hospital
ward\tbeds\toccupied\tdelayed_discharges
{d:ward}\t{d:n}\t{d:n2}\t{d:n3}
{d:ward2}\t{d:n4}\t{d:n5}\t{d:n6}
{d:ward3}\t{d:n7}\t{d:n8}\t0
Summarise occupancy and flag wards over 95%.

=== c-sport-tsv-fixtures | tsv | sport
date\thome\taway\tvenue\tkick_off
{d:iso}\tAjax\tCeltic\tJohan Cruijff ArenA\t{d:time}
{d:iso2}\tBenfica\tGalatasaray\tEstádio da Luz\t{d:time2}
{d:iso3}\tJuventus\tArsenal\tAllianz Stadium\t{d:time3}
Which fixtures clash with the Santiago Bernabéu friendly?

=== c-transl-tsv-glossary | tsv | translation
en\tde\tfr\tes
grace period\tKulanzfrist\tdélai de grâce\tperíodo de gracia
invoice\tRechnung\tfacture\tfactura
bill of lading\tKonnossement\tconnaissement\tconocimiento de embarque
Add Italian and Dutch columns.

=== c-grants-md-calls | markdown_table | grants
| Call | Funder | Deadline | Budget |
|---|---|---|---|
| Postdoctoral Fellowships | Marie Skłodowska-Curie Actions | {d:date} | {d:price} |
| Research Fellowship | Humboldt Foundation | {d:date2} | {d:price2} |
| Scholar Award | Fulbright Program | {d:date3} | {d:price3} |
Which of these fit an early-career climate scientist?

=== c-cars-md-compare | markdown_table | cars
| Model | Range | 0-60 | Price |
|---|---|---|---|
| Tesla Model Y | 330 mi | 4.8 s | {d:price} |
| Ford Mustang Mach-E | 310 mi | 5.1 s | {d:price2} |
| Citroën ë-C4 | 220 mi | 9.4 s | {d:price3} |
| Porsche Taycan | 300 mi | 3.8 s | {d:price4} |
Which is the best value for a rental fleet?

=== c-bridges-md-dams | markdown_table | bridges
| Structure | Type | Last inspection | Status |
|---|---|---|---|
| Hoover Dam (benchmark) | arch-gravity | {d:date} | n/a |
| Golden Gate Bridge (benchmark) | suspension | {d:date2} | n/a |
| Client dam D-{d:n} | embankment | {d:date3} | amber |
Draft the inspection summary.
"""

TEMPLATES = parse_block(RAW)
