"""Clean templates of the train_e generator: prompts with no person, place or contact at all,
full of decoys a news-trained model takes for people or places (brands named after people,
software, codenames, teams, rooms, ships, horses, colours, foods, holidays, job titles,
Title Case headings, CamelCase identifiers, weekdays, months, numbers that look like
contacts), and everyday words that are also given names used as things ("Hope" foundation,
"Will" as a verb, "Rose Gold").

Written blind, from its author's head. Same line format and decoy placeholders as
train_e_personal; no person or place placeholder may appear here."""

from __future__ import annotations

CLEAN = r"""
# media, journalism, publishing
press_release | FOR IMMEDIATE RELEASE\n{company} launches {product} ({ver}) on {date}.\nThe {role} said the {heading} will be published {day}.\nMedia kit: ref {order}
press_release | {heading}\n\n{brand} and {company} extend their partnership through {year}. Pricing starts at {price}. Ticket {ticket}.
transcript | HOST: Welcome back to the {software} podcast.\nGUEST: Thanks. Version {ver} changed everything.\nHOST: Will it ship before {holiday}?\nGUEST: That's the hope.
srt | 1\n00:00:01,000 --> 00:00:03,200\nPreviously on {codename}...\n\n2\n00:00:03,400 --> 00:00:06,000\nThe {role} will decide by {day}.
srt | 42\n00:21:10,500 --> 00:21:12,900\n[{brand} jingle plays]\n\n43\n00:21:13,000 --> 00:21:15,000\nGrace period ends {month}.
credits | Produced with {software}\nColour grading: {colour} LUT {ver}\nCatering: {food}\nFilmed in {room}\n© {year} {company}
latex | \documentclass{article}\n\title{{heading}}\n\begin{document}\nThe {camel} module ({ver}) reduces latency by {pct}.\n\end{document}
latex | \section{Results}\nTable~\ref{tab:{num}} compares {software} and {software2}; commit \texttt{{hash}}.
chat | can you proofread the {heading} before {time}? the {role} wants it by {day}
email | Hi all,\n\nThe {month} issue closes on {date}. Features desk needs copy by {time}; {software} templates are on the share.\n\nThanks,\nThe {team}
json | {"article_id": "{order}", "section": "Features", "status": "proofing", "cms": "{software}", "rev": "{hash}"}
# weddings and events
seating_plan | Table {num}: {colour} centrepieces, {food} starter\nTable {num2}: {colour2} runners\nHead table: {room}
guest_list | RSVP summary {date}\nConfirmed: {qty}\nDeclined: {qty2}\nDietary: {food} x{num}\nVenue: {room}
ics | BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:{heading}\nLOCATION:{room}\nDESCRIPTION:Bring the {colour} swatches\nDTSTART:20260614T180000Z\nEND:VEVENT\nEND:VCALENDAR
chat | the Rose Gold table numbers are back ordered, go with {colour}?
chat | will the {food} be vegan or should we ask the {role}
chat | Hope Hall is booked for {holiday}, deposit {price}
invoice | INVOICE {order}\nEvent: {heading}\nCatering ({food}) .... {price}\nFlorals ({colour}) .... {price2}\nDue {date}
email | Hello,\n\nYour booking {order} for {room} on {date} is confirmed. The {role} will send the running order by {day}.\n\n{company}
# real estate
crm_export | listing_id,type,beds,price,status\n{order},flat,2,{price},let agreed\n{order2},house,4,{price2},viewing
spreadsheet | Unit\tFinish\tRent\tAvailable\n4B\t{colour}\t{price}\t{date}\n5A\t{colour2}\t{price2}\t{month}
chat | the show flat has {colour} taps and a {brand} oven, viewings {day}
email | Dear applicant,\n\nThe {role} has reviewed reference {order}. Holding deposit: {price}. Keys on {date}.\n\n{company}
# construction
log | {date} {time} site=BLOCK-C gate=2 badge_in crew="{team}" plant={brand}
roster | SITE ROSTER week {num}\nMon–Wed: {team}\nThu–Fri: {team2}\nOn call: {role}
chat | concrete pour slips to {day}, can you tell the {role}
json | {"ticket": "{ticket}", "site": "Block C", "trade": "Scaffolding", "assigned_to": "{team}"}
email | Scope Of Works rev {ver} attached. {brand} drills on order {order}. {role} signs off {day}.
# manufacturing
log | level=WARN line=3 shift=B batch={order} msg="torque out of range" tool={brand}
xml | <batch id="{order}"><product>{product}</product><finish>{colour}</finish><qa>pass</qa></batch>
code | class {camel}:\n    # TODO: handle {ver} schema\n    VERSION = "{ver}"
code | def {camel}(order_id: str) -> None:\n    # stub for {ticket}\n    raise NotImplementedError
chat | line 2 is down again, {brand} tech coming {day} at {time}
# logistics and shipping
shipping_label | FROM: {company}\nTRACKING {track}\nWEIGHT {qty} kg\nSERVICE: Express\nREF {order}
manifest | MANIFEST {order} / vessel {ship}\nContainer: {track}\nPieces: {qty}\nContents: {product}
manifest | #,container,pieces,contents\n1,{track},{qty},{product}\n2,{track2},{qty2},{product2}
chat | {track} is stuck in customs, bill of lading {order} attached
log | {date}T{time}Z dispatch route=R{num} status=DELIVERED pod={hash}
email | Your pallet {order} left the hub on {day} and should arrive by {date}. Tracking: {track}.\n{company}
chat | call 0800 number? no, {fakephone} is the order ref not a phone
# agriculture
chat | harvest is two weeks early, {brand} combine booked for {day}
spreadsheet | Field,Crop,Hectares,Yield\nNorth Paddock,wheat,{num},{pct}\nRiverside,barley,{num2},{pct2}
email | The agronomist report for {month} is in {software}. Soil pH up {pct}. Order {order} of seed arrives {day}.
# energy
log | {date} {time} meter={num} reading=OK tariff={codename} fw={ver}
email | Your smart meter install ({order}) is booked for {day} between {time} and {time2}. Tariff: {codename}.\n{company}
chat | amber alert on the grid tonight, {company} says demand peaks at {time}
json | {"meter": "{num}", "tariff": "{codename}", "status": "active", "fw": "{ver}"}
# HR and recruiting
cv | CURRICULUM VITAE — TEMPLATE\n\nEXPERIENCE\n{role}, {company} ({year}–present)\nSkills: {software}, {software2}\nREFERENCES\nAvailable on request
cover_letter | Dear Hiring Manager,\n\nI am applying for the {role} position (ref {order}). I have used {software} since {year}.\n\nYours faithfully
crm_export | "Req","Stage","Role","Team"\n"{order}","Onsite","{role}","{team}"\n"{order2}","Offer","{role2}","{team2}"
slack | [{time}] hiring-bot: req {ticket} moved to Offer\n[{time2}] hiring-bot: {role} pipeline at {pct}
chat | the Dean wants the {heading} by {day}, will you draft it
chat | Account Manager role is open again, ref {order}
# sales and CRM
crm_export | Id;Account;Stage;Amount;Owner\n{num};{company};Negotiation;{price};{team}
email | Hi,\n\nFollowing up on the {product} quote {order}. Our {role} can demo {software} on {day}.\n\n{company} Sales
signature | --\n{role} | {company}\nOrder line: {fakephone}\nTicket: {ticket}
slack | [{date} {time}] deal-bot: {company} closed at {price}\n[{date} {time2}] deal-bot: next up {codename}
html | <tr><td>{product}</td><td>{sku}</td><td>{price}</td></tr>\n<tr><td>{product2}</td><td>{sku2}</td><td>{price2}</td></tr>
json | {"deal": "{order}", "account": "{company}", "stage": "won", "amount": "{price}"}
# nonprofits and fundraising
email | Dear supporter,\n\nThe Hope Foundation raised {price} at the {holiday} appeal. Your gift reference is {order}.\n\nWith gratitude,\nThe {team}
spreadsheet | Appeal,Raised,Target\n{holiday},{price},{price2}\n{codename},{price3},{price4}
chat | the Grace Fund match ends {month}, can the {role} confirm
bio | ABOUT US\nFounded in {year}, the Summer Meadow Trust runs {num} food banks. Our {role} reports to the board each {month}.
# sports clubs
roster | U12 squad — {day}\nKit: {colour} away\nMeet: {time} at the clubhouse\nBring {food}
chat | great goal in the {team} match today, next one is {day}
spreadsheet | Fixture\tDate\tKick-off\nHome\t{date}\t{time}\nAway\t{date2}\t{time2}
email | The {horse} Cup draw is on {day}. Entries close {date}. Fee {price}.
chat | put a fiver on {horse} in the {time}
# music and arts
credits | Recorded in {room}\nMixed in {software}\nMastered {date}\nArtwork: {colour} edition\n© {year} {company}
chat | the {brand} synth is {price} refurbished, ship it before {holiday}?
ics | BEGIN:VEVENT\nSUMMARY:{heading}\nLOCATION:{room}\nDTSTART:20260411T190000\nEND:VEVENT
bio | The {team} was formed in {year} and plays {num} concerts a season. Its {role} also leads the {codename} outreach.
# mixed shapes and positions
chat | "{product}" or "{product2}"? which one for {room}
chat | ({codename}) moved to {day}
chat | {brand}, {brand2} and {brand3} all quoted over {price}
chat | {day}? {month}? whenever the {role} is free
chat | will do
chat | ok will check {ticket} tomorrow
chat | I will send the {heading} after {holiday}
chat | mark it as done
chat | drew up the plan, sage green for the walls
chat | ruby on rails or django for {camel}?
chat | miles per gallon on the {brand} van dropped {pct}
chat | frank feedback on {codename}: too slow
chat | pat the dough dry and add the {food}
chat | dawn shift starts at {time}
chat | olive oil and {food} for {num} people
chat | can we chase {ticket} again
chat | jack up the van and check the tyre
chat | penny for your thoughts on {product}
chat | iris scanner at gate 2 is down
chat | the ivy on the east wall needs cutting before {month}
chat | holly wreaths for {holiday}, {qty} of them
chat | {PRODUCTU} IS BACK IN STOCK
chat | summer schedule starts {date}
chat | grace period on {order} ends {day}
chat | what's {pct} of {price}?
chat | restart {software} and try {ver}
email | To: the {team}\nSubject: {heading}\n\nsee attached. Order {order}, tracking {track}.
email | Hello,\nplease welcome our new {role}, who joins the {team} on {day}.\nHR
log | {date} {time} INFO job={camel} status=ok took={num}ms rev={hash}
log | [{date} {time}] deploy {ver} to prod by ci ({hash})
log | ts={date} lvl=info action=export target={order} job={camel}
code | // see {ticket}\nconst RELEASE = "{ver}";
code | assert order.status == "shipped"  # {order}
code | SELECT * FROM orders WHERE ref = '{order}' AND sku = '{sku}';
json | [{"sku": "{sku}"}, {"sku": "{sku2}"}, {"sku": "{sku3}"}]
json | {"ref": "{fakephone}", "colour": "{colour}", "food": "{food}"}
xml | <item><name>{product}</name><finish>{colour}</finish><price>{price}</price></item>
html | <p>Order <strong>{order}</strong> ships {day}. Finish: {colour}.</p>
voice | hey can you order another {product} and a {food} for the {team} thanks
voice | remind me to pay the {brand} invoice on {day}
voice | set a timer for {num} minutes
note | {heading}: {product} x{qty}, {sku}, {price}
note | Order {order} — {track} — {date}
note | Version {ver} ({hash}) passed QA on {day}
roster | {day}: {team}\n{day2}: {team2}\n{day3}: {team3}
signature | The {team}\n{company}\nTicket desk: {ticket}
slack | [{time}] ci-bot: build {hash} green\n[{time2}] ci-bot: released {ver}
spreadsheet | | SKU | Qty | Price |\n|---|---|---|\n| {sku} | {qty} | {price} |\n| {sku2} | {qty2} | {price2} |
invoice | Invoice {order}\nAmount due: {price}\nPO {order2}\nPayable by {date}\nTerms And Conditions apply
cv | Skills: {software}, {software2}, {software3}\nCertifications: {codename} ({year})
press_release | {COMPANYU} ANNOUNCES {PRODUCTU} FOR {year}
transcript | Q: Is {codename} on track?\nA: Yes, {ver} ships {day}.\nQ: And {product}?\nA: After {holiday}.
"""
