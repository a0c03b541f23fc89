"""Personal templates of the train_e generator: prompts that name people and places (every
one a placeholder, so every one becomes a gold span), some with contacts and bank data.

Written blind, from its author's head. One template a line, "shape | text"; "\\n" is a line
break. Placeholders: {p1}..{p4} a person's full name in a random written form, {n1} the
plain "Given Family" form, {f1} the given name alone, {s1} the family name alone, {e1} the
person's e-mail, {ev1} an everyday-word given name ("Hope", "Will") used as a person,
{city1} {region} {country} {addr} places, {phone1} {card} {iban} {ip} {ssn} {acct} values,
and the decoys of train_e_values ({order} {ver} {product} {brand} {role} ...)."""

from __future__ import annotations

PERSONAL = r"""
# media, journalism, publishing
press_release | FOR IMMEDIATE RELEASE\n{city1}, {date} — {company} today named {p1} as {role}, succeeding {p2}, who retires after twelve years.\nMedia contact: {n3}, {phone1}, {e3}
press_release | PRESS RELEASE\n\n{heading}\n\n{company} ({country}) announced on {day} that author {p1} will headline the {year} festival in {city1}. "{f1} brings something rare," said {p2}, the festival's {role}.
transcript | INTERVIEWER: Thanks for joining us, {f1}.\n{s1}: Happy to be here. I grew up in {city1} and moved to {country} in {year}.\nINTERVIEWER: And {p2} was your first editor?\n{s1}: Yes, {f2} took a chance on me.
transcript | [00:03:12] {p1}: we pulled the story after {f2} called from {city1}\n[00:03:20] Q: who else knew?\n[00:03:24] {p1}: just {p3} and the night editor
srt | 1\n00:00:01,200 --> 00:00:04,000\n{f1}, you can't print that.\n\n2\n00:00:04,500 --> 00:00:07,900\nWatch me. {p2} already signed off in {city1}.
srt | 14\n00:12:03,040 --> 00:12:05,500\n- Is that {f1}?\n- No, it's {f2}. She flew in from {country}.\n\n15\n00:12:06,000 --> 00:12:08,100\nTell {ev1} we're rolling.
credits | Written by {p1}\nDirected by {p2}\nProduced by {p3} and {p4}\nFilmed on location in {city1}, {country}\nMusic: {brand} Sessions, {company}
latex | \documentclass{article}\n\title{{heading}}\n\author{{p1} \and {p2}}\n\begin{document}\maketitle\nFieldwork was carried out in {region} (see {s3}, {year}).\n\end{document}
latex | % draft {ver}, reviewer {p1}\n\section{Acknowledgements}\nWe thank {p2} and {p3} of {company}, {city1}, for comments. Correspondence: \texttt{{e2}}.
chat | can you proofread the piece on {p1} before {time}? {f2} says the {city1} angle is thin
email | Hi {f1},\n\nThe manuscript from {p2} arrived. I'd like {s3} to copy-edit it before it goes to {company} in {city1}.\n\nBest,\n{p4}\n{role}
bio | {p1} is a journalist based in {city1}. Before joining {company} in {year}, {f1} reported from {country} and {region}. Follow {f1} on Mastodon.
bio | ABOUT THE AUTHOR\n{p1} was born in {city1} and lives in {country} with two cats. Her debut novel was shortlisted in {year}.
slack | [{time}] {n1}: has anyone heard from {f2}? the {city1} copy is late\n[{time}] {n3}: @{f2} is on a train, back {day}
code | # TODO({s1}): ask {p2} about the {city1} byline before {ver}\nbyline = "{p3}"
json | {"article_id": "{order}", "author": "{p1}", "dateline": "{city1}", "editor": "{p2}", "status": "proofing"}
# weddings and events
guest_list | Guest list — {s1} / {s2} wedding\n1. {p1} (+1)\n2. {p2}\n3. {p3} — vegetarian\n4. {p4} — arriving from {city1}
seating_plan | Table 4: {p1}, {p2}, {f3}, {ev1}\nTable 5: {p4} and guest\nHead table: the couple, {role}
seating_plan | TABLE,SEAT,GUEST,MEAL\n7,1,{p1},{food}\n7,2,{p2},{food2}\n7,3,{p3},{food}
ics | BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:Rehearsal dinner\nLOCATION:{addr}\nORGANIZER;CN={n1}:mailto:{e1}\nATTENDEE;CN={n2}:mailto:{e2}\nDTSTART:20250614T180000Z\nEND:VEVENT\nEND:VCALENDAR
ics | BEGIN:VEVENT\nSUMMARY:Venue walkthrough with {n1}\nLOCATION:{city1}\nDESCRIPTION:{f2} will bring the {colour} samples\nDTSTART:20260302T100000\nEND:VEVENT
email | Dear {p1},\n\nThank you for choosing us for your wedding at {addr}. Your planner, {f2}, will call you on {phone1} to confirm the {colour} linens.\n\nWarm regards,\n{p2}
chat | {ev1} and {ev2} are late again lol. {ev3} says the cake is in {city1} still
chat | ask {ev1} if she can cover the {time} shift at the reception
chat | {ev1} and {ev2} are doing the flowers, {f1} has the rings
voice | hi its {f1} calling about the booking for saturday can {f2} ring me back on {phone1} thanks
invoice | INVOICE {order}\nBill to: {p1}\n{addr}\n\nCatering for 120 guests .... {price}\nPay to IBAN {iban}\nQuestions: {e2}
# real estate
email | Hello {f1},\n\nThe flat at {addr} is free from {date}. {p2} from the agency can show it on {day}; call {phone1}.\n\nThanks, {p3}
chat | tell {ev1} the flat is free. {f2} wants to see it before {day}
crm_export | lead_id,name,email,phone,area,budget\n{order},{n1},{e1},{phone1},{city1},{price}
spreadsheet | Unit\tTenant\tRent\tStart\n4B\t{p1}\t{price}\t{date}\n5A\t{p2}\t{price2}\t{date2}
vcard | BEGIN:VCARD\nVERSION:4.0\nFN:{n1}\nN:{s1};{f1};;;\nORG:{company}\nTITLE:{role}\nTEL;TYPE=cell:{phone1}\nEMAIL:{e1}\nADR:;;{addr}\nEND:VCARD
note | Viewing notes: {p1} liked the kitchen, {p2} worried about parking. Both relocating from {country}. Deposit via account number {acct}.
# construction
log | {date} {time} site=BLOCK-C gate=2 badge_in name="{p1}" employer="{company}" ip={ip}
roster | SITE ROSTER week {num}\nMon–Wed: {p1} ({role})\nThu–Fri: {p2}\nOn call: {f3}, {phone1}
email | {f1} — scaffold inspection at {addr} moved to {day}. {p2} signs off. Regards, {s3}
chat | {s1} says the concrete pour in {city1} slips to {day}, can you let {f2} know
slack | [{time}] {n1}: crane is down again at the {city1} site\n[{time}] {n2}: @{f1} {f3} is on it, ETA {time2}
json | {"ticket": "{ticket}", "reported_by": "{p1}", "site": "{addr}", "assigned_to": "{p2}"}
# manufacturing
log | level=WARN line=3 operator="{p1}" shift=B batch={order} msg="torque out of range" station_ip={ip}
email | Hi {f1}, QA flagged lot {order}. {p2} in {city1} will re-test on {day}. — {s3}
roster | Line 2 — {day}\nEarly: {p1}, {p2}\nLate: {p3}\nNights: {f4}
xml | <operator id="{num}"><name>{p1}</name><plant>{city1}</plant><supervisor>{p2}</supervisor></operator>
# logistics and shipping
shipping_label | SHIP TO:\n{p1}\n{addr}\nTEL {phone1}\n\nFROM: {company}, {city2}\nTRACKING {track}
shipping_label | DELIVER TO {P1U}\n{addr}\nREF {order} · {qty} pcs · {brand}
manifest | MANIFEST {order} / vessel {ship}\nConsignee: {p1}, {city1}, {country}\nNotify party: {p2} ({phone1})\nContainer: {track}
manifest | #,consignee,destination,pieces\n1,{p1},{city1},{qty}\n2,{p2},{city2},{qty2}\n3,{p3},{country},{qty3}
chat | driver {f1} is stuck outside {city1}, {f2} can you reroute {track}
log | {date}T{time}Z dispatch courier="{p1}" stop="{addr}" status=DELIVERED signed_by="{p2}"
email | Dear {p1},\n\nYour pallet left {city1} on {day} and should reach {city2} by {date}. Your driver {f2} will call from {phone1}.\n\n{company}
voice | this is {f1} from the depot in {city1} the load for {p2} is ready call me on {phone1}
# agriculture
email | Hi {f1},\n\nThe agronomist, {p2}, will walk the fields near {city1} on {day}. Invoice to account number {acct}.\n\nCheers, {f3}
chat | {f1} said the harvest in {region} is two weeks early, {s2} is sending the combine
spreadsheet | Farm,Owner,Region,Hectares\nNorth Paddock,{p1},{region},{num}\nRiverside,{p2},{region2},{num2}
bio | {p1} farms 400 hectares in {region}, {country}, with her brother {f2}.
# energy
log | {date} {time} meter={num} customer="{p1}" addr="{addr}" reading=OK src_ip={ip}
email | Dear {p1},\n\nWe will install your smart meter at {addr} on {day}. Our engineer {f2} will arrive between {time} and {time2}.\nDirect debit from IBAN {iban}.\n\n{company}
chat | grid engineer {p1} is on site in {city1}, {f2} has the permits
json | {"customer": "{p1}", "supply_address": "{addr}", "iban": "{iban}", "tariff": "{codename}"}
# HR and recruiting
cv | {P1U}\n{addr} · {phone1} · {e1}\n\nEXPERIENCE\n{role}, {company}, {city1} ({year}–present)\n\nREFERENCES\n{p2}, {company2}, {phone2}
cv | Curriculum Vitae\nName: {p1}\nBorn: {city1}, {country}\nEmail: {e1}\n\nReferee: {p2}, {role}
cover_letter | Dear {p1},\n\nI am applying for the {role} position in {city1}. {p2}, my manager at {company}, suggested I write to you.\n\nYours sincerely,\n{p3}
cover_letter | Dear Hiring Manager,\n\nMy name is {p1} and I am moving from {country} to {city1} in {month}. I would welcome a call on {phone1}.\n\nKind regards,\n{f1}
crm_export | "Candidate","Stage","Recruiter","City"\n"{p1}","Onsite","{p2}","{city1}"\n"{p3}","Offer","{p2}","{city2}"
email | Hi {f1},\n\nPayroll needs {p2}'s SSN ({ssn}) and checking account {acct} before {day}.\n\nThanks,\n{f3}
json | {"employee": "{p1}", "ssn": "{ssn}", "bank": {"account_number": "{acct}"}, "office": "{city1}"}
slack | [{time}] {n1}: interview with {p2} moved to {day}\n[{time}] {n3}: ok, @{f1} I'll tell {f4}
chat | {c1} starts {day}, can {f1} set up the laptop
roster | Interview panel: {p1} ({role}), {p2}, {p3}. Candidate: {p4}.
# sales and CRM
crm_export | Id;Name;Company;Phone;Email;Owner\n{num};{n1};{company};{phone1};{e1};{n2}
email | Hi {f1},\n\nFollowing up on the {product} quote. {p2} from our {city1} office can demo on {day}.\n\n{p3}\n{role}\n{phone1}
signature | --\n{p1}\n{role} | {company}\n{addr}\nM: {phone1}\n{e1}
signature | Best,\n{f1}\n\n{p1} · {role}\n{company} · {city1}\n{phone1}
slack | [{date} {time}] {n1}: closed {company}! thanks @{f2}\n[{date} {time2}] {n2}: 🎉 {f1} and {f3} did the hard part
chat | {p1} from {company} wants a callback on {phone1}, she is in {city1} till {day}
json | {"contact": {"name": "{p1}", "email": "{e1}", "phone": "{phone1}", "city": "{city1}"}, "deal": "{order}"}
html | <tr><td>{p1}</td><td>{city1}</td><td>{e1}</td></tr>\n<tr><td>{p2}</td><td>{city2}</td><td>{e2}</td></tr>
# nonprofits and fundraising
email | Dear {p1},\n\nThank you for your gift to the Hope Foundation. Your card ending {num} was charged; full card {card} — please check.\n\nWith gratitude,\n{p2}
spreadsheet | Donor,Amount,Method,Town\n{p1},{price},card {card},{city1}\n{p2},{price2},IBAN {iban},{city2}
chat | {f1} is running the stall in {city1}, {ev1} has the collection tins
bio | {p1} founded the charity in {city1} in {year} after volunteering in {country}.
note | Gift Aid declaration\nDonor: {p1}\nAddress: {addr}\nSigned by {f1} on {date}
# sports clubs
roster | U12 squad\nGK {p1}\nDEF {p2}, {p3}\nMID {f4}\nCoach: {p4}
email | Hi {f1},\n\n{p2} can't make {day}'s match in {city1}. Could {ev1} play instead?\n\n{s3}
chat | great goal by {f1} today, {s2} says the away game is in {city1}
spreadsheet | Member\tPaid\tPhone\n{p1}\tyes\t{phone1}\n{p2}\tno\t{phone2}
# music and arts
credits | Vocals: {p1}\nGuitar: {p2}\nMixed by {p3} at {company}, {city1}\nMastered by {p4}
bio | {p1} (born {year}, {city1}) is a cellist. She studied with {p2} in {city2} and now lives in {country}.
chat | {f1} from the quartet says {f2} can't do {city1}, ask {ev1}?
json | {"gig": "{order}", "artist": "{p1}", "venue_city": "{city1}", "promoter_phone": "{phone1}"}
ics | BEGIN:VEVENT\nSUMMARY:Gallery opening — {n1}\nLOCATION:{addr}\nDTSTART:20260411T190000\nEND:VEVENT
# mixed shapes and positions
chat | "{p1}" or "{p2}"? which one booked {room}
chat | ({p1}) called twice about {order}
chat | {p1}, {p2} and {p3} are coming from {city1}
chat | {p1}; {p2}; {p3} — all confirmed
chat | {f1} {f2} and {f3} are late
chat | thanks {f1}!
chat | {f1}?
chat | ok {f1}
chat | where is {city1}'s office again, {f2}?
chat | ping {f1} about {codename}
chat | @{f1} can you check the {software} export
chat | @{n1} pls review {ticket}
chat | is {s1} still at {company}? last I heard {f1} moved to {city1}
chat | I met Dr. {s1} in {city1} — {f1} says hi
chat | Mr {s1} and Ms {s2} will sign on {day}
chat | Prof. {p1} sends regards from {country}
chat | {p1}'s flight from {city1} lands at {time}
chat | is this {f1}'s laptop or {f2}'s
chat | {P1U} IS IN {CITY1U} TODAY
chat | tell {ev1} the {colour} one is fine
chat | will {ev1} be there or not
chat | {ev1} and {ev2} said they will bring the {food}
chat | can you send {f1} the {heading}
chat | omg {f1} just called, shes in {city1}
chat | I'll forward it to {p1} in {country}
chat | meet {f1} at {addr} at {time}
chat | the new {role} is {p1}, starts in {city1} on {day}
email | {f1},\n\nQuick one: does {p2} still live at {addr}?\n\n— {f3}
email | To: {e1}\nCc: {e2}\nSubject: {heading}\n\nHi {f1} and {f2},\nsee attached.\n{f3}
email | Hello team,\nplease welcome {p1}, who joins from {company} in {city1}.\n{p2}
log | {date} {time} INFO login ok user="{p1}" from {ip}
log | [{date} {time}] auth: failed login for {e1} from {ip}
log | ts={date} lvl=info actor="{p1}" action=export target={order} city="{city1}"
code | // reviewed by {p1} ({e1})\nconst owner = "{p2}";
code | assert user.full_name == "{p1}"  # {city1} fixture
code | SELECT * FROM contacts WHERE name = '{p1}' AND city = '{city1}';
json | [{"name": "{p1}"}, {"name": "{p2}"}, {"name": "{p3}"}]
json | {"from": "{p1}", "to": "{p2}", "ip": "{ip}", "card": "{card}"}
xml | <guest><name>{p1}</name><plusone>{p2}</plusone><city>{city1}</city></guest>
html | <p>Contact <strong>{p1}</strong> in {city1} or <a href="mailto:{e1}">{e1}</a>.</p>
html | <li>{p1}</li><li>{p2}</li><li>{p3}</li>
voice | yeah so {f1} said {f2} would pick up the keys from {addr} tomorrow
voice | call {f1} on {phone1} she lives in {city1}
voice | can you text {p1} that the van is outside
voice | remind me to email {f1} about the {month} invoice
note | Met {p1} ({role}, {company}) in {city1}. Follow up {day}. Mobile {phone1}.
note | {p1} — {e1} — {phone1}
note | Card on file for {p1}: {card}, exp {num}
note | Wire to {p1}, IBAN {iban}, ref {order}
note | {p1} SSN {ssn}
note | acct no. {acct} (checking) — {p1}, {city1}
roster | {day}: {p1}\n{day2}: {p2}\n{day3}: {p3}
guest_list | {p1}\n{p2}\n{p3}\n{p4}
guest_list | Confirmed: {f1}, {f2}, {f3}. Maybe: {ev1}. Regrets: {p4} (in {country}).
signature | {f1}\nSent from my phone
signature | Kind regards,\n{p1}\n{phone1}
signature | Cheers — {f1} ({city1})
slack | {n1}  {time}\nhey @{f2}, {f3} is OOO till {day}
slack | {time} <{n1}> anyone in {city1} this week?\n{time2} <{n2}> me and {f3}
crm_export | Name,Title,City,Country\n{n1},{role},{city1},{country}\n{n2},{role2},{city2},{country2}
spreadsheet | | Name | City | Phone |\n|---|---|---|\n| {p1} | {city1} | {phone1} |\n| {p2} | {city2} | {phone2} |
invoice | Invoice {order}\nCustomer: {p1}, {addr}\nAmount due: {price}\nPay by card {card} or to account number {acct}.
invoice | RECHNUNG {order}\n{p1}\n{addr}\nIBAN: {iban}\nBearbeiter: {p2}
cv | {p1}\n{role} · {city1}\n{e1} · {phone1}\nLanguages: English, {lang}
bio | {p1} grew up in {region} and studied in {city1}. {f1} now works as a {role} in {country}.
press_release | {CITY1U}, {date} /PRNewswire/ — {company} appoints {p1} as {role}. "{quote}," said {p2}.
transcript | {S1U}: I wasn't in {city1} that night.\n{S2U}: {f1}, you were seen there.\n{S1U}: Ask {f3}.
"""

WORDS_FOR_QUOTES = (
    "We are thrilled",
    "This is a big step for us",
    "I couldn't be prouder of the team",
    "The season starts now",
)
LANGS = ("Spanish", "French", "Polish", "Yoruba", "Tagalog", "Hindi", "German", "Swahili")
