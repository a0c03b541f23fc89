"""val23 personal templates, part B: minutes, transcript, json, toolcall, csv, tsv,
markdown_table, html, xml, yaml."""

from __future__ import annotations

from appliance.testing.pii_corpus.val23_gen import T

TEMPLATES = [
    # ---------------------------------------------------------------- minutes
    T(
        "minutes.exam_board",
        "minutes",
        "university",
        """
Exam Board – {d1:module} – minutes
Present: Prof. {p1.last} (chair), Dr {p2.last}, Dr {p3.last}, {p4} (external examiner)
Apologies: {p5}

1. Marks for {d1:module} approved; cohort mean {d:pct}.
2. Mitigating circumstances: candidate {p6} granted a deferral to the {d:month} sitting.
3. {p4}'s report praised the quality of feedback; {p2.last} to circulate it.
4. Next board: {d:date}.
""",
    ),
    T(
        "minutes.trustees",
        "minutes",
        "charity",
        """
Minutes of the trustees' meeting, {d:date}
Attendees: {p1} (Chair), {p2} (Treasurer), {p3}, {w1}
1. The Treasurer reported reserves of {d:price}; the restricted fund for the {c1} water project is on track.
2. Major donor {p4} has pledged a further {d:price}; {p1.first} to send a thank-you letter.
3. {w1.first} to draft the safeguarding policy by {d:month}.
AOB: next meeting {d:day} {d:date}.
""",
    ),
    T(
        "minutes.sprint_retro",
        "minutes",
        "software",
        """
Sprint 42 retro – {d:dateiso}
Attendees: {p1.first}, {p2.first}, {p3.first}, {p4.first}, {w1.first}
Went well: {d:vversion} shipped with no rollback
Didn't: flaky payments test (again) – {p2.first} to quarantine it
Actions: {p3.first} + {w1.first} pair on the Kafka consumer lag; {p1.first} books the room for planning
""",
    ),
    T(
        "minutes.leaseholders",
        "minutes",
        "mortgage",
        """
Leaseholders' meeting – {c1.addr}
Present: {p1} (Flat 1), {p2} (Flat 3), {p3} (Flat 6), managing agent {p4}
- Roof repair quote {d:price}; two more quotes requested
- {p2.first} reported damp in the bathroom; {p4.first} to arrange a survey ({ph4})
- Service charge arrears on Flat 6: {p3.hon} {p3.last} agreed a payment plan
""",
    ),
    T(
        "minutes.freight_ops",
        "minutes",
        "logistics",
        """
Weekly ops call – {d:dateiso}
Attendees: {p1} (Ops), {p2} (Customs), {p3} (Warehouse, {c1})
- Vessel {d:ship} delayed {d:days}; {d:qty} containers affected
- {p2.first}: new tariff ruling for {d:hs}; broker contact {p4}, {p4.email:org}
- Forklift near-miss at the {c1} dock, no injuries; {p3.first} to file the report
""",
    ),
    # ---------------------------------------------------------------- transcript
    T(
        "transcript.clinic_cuts",
        "transcript",
        "journalism",
        """
[Interview – recorded {d:date}]
{p1.ulast}: Thanks for making time. Can you spell your name for the record?
{p2.ulast}: Sure, it's {p2}. I've run the clinic in {c1} since {d:year}.
{p1.ulast}: And the funding cut?
{p2.ulast}: We lost {d:price} overnight. My colleague {p3} had to let two nurses go.
{p1.ulast}: Would {p3.first} talk to us?
{p2.ulast}: Probably. Try {ph3}.
""",
    ),
    T(
        "transcript.outage_call",
        "transcript",
        "telecom",
        """
Agent: Thank you for calling Meridian, you're speaking with {p1.first}. Who do I have the pleasure of speaking to?
Caller: Hi, it's {p2}.
Agent: Thanks, {p2.first}. Can you confirm the number on the account?
Caller: {ph2:c1}
Agent: And the first line of the address?
Caller: {c1.addr}
Agent: Perfect. I can see an outage affecting {c1.region}; engineers expect a fix by {d:time}.
""",
    ),
    T(
        "transcript.witness_interview",
        "transcript",
        "legal",
        """
RECORDED INTERVIEW – {p1.ufull}
Q ({p2.init}): Where were you on the evening of {d:date}?
A: At my sister's flat, {c1.addr}.
Q: Who else was there?
A: My sister {p3:=p1,f} and her partner, {p4}.
Q: Did you see the defendant that night?
A: Yes. {p5.first} came in at about {d:time}.
""",
    ),
    T(
        "transcript.podcast_keeper",
        "transcript",
        "sports",
        """
HOST ({p1.first}): Welcome back to Touchline Talk. With me is {p2}, head coach at Fernhill Rovers.
{p2.ulast}: Good to be here.
HOST: Your keeper {p3.last} had a blinder on {d:day}.
{p2.ulast}: {p3.first}'s been brilliant since coming over from {c1}. Credit to our goalkeeping coach, {p4}, too.
""",
    ),
    T(
        "transcript.panel_interview",
        "transcript",
        "hr",
        """
Interviewer ({p1}): Tell us about a time you handled conflict at work.
Candidate ({w1}): At my last job in {c1}, two drivers kept swapping shifts without telling dispatch.
Interviewer: And how did you resolve it?
{w1.first}: I sat down with both of them, {p2.first} and {p3.first}, and we built a shared rota.
Panel note ({p4.init}): strong answer; check the reference with {p5} on {ph5}.
""",
    ),
    # ---------------------------------------------------------------- json
    T(
        "json.pnr",
        "json",
        "airline",
        """
{
  "pnr": "{d:booking}",
  "segments": [{"flight": "{d:flight}", "date": "{d:dateiso}", "from": "{d:iata}", "to": "{d:iata}"}],
  "passengers": [
    {"name": "{p1.ufull}", "seat": "{d:seat}", "phone": "{ph1.e164}"},
    {"name": "{p2.ufull}", "seat": "{d:seat}", "ssr": "VGML"}
  ],
  "contact_email": "{p1.email}"
}
""",
    ),
    T(
        "json.donor_record",
        "json",
        "charity",
        """
{
  "donor_id": "{d:ref}",
  "full_name": "{p1}",
  "address": "{c1.addr}",
  "email": "{p1.email}",
  "phone": "{ph1}",
  "gift_aid": true,
  "last_gift": {"amount": "{d:price}", "date": "{d:dateiso}"},
  "relationship_manager": "{p2}"
}
""",
    ),
    T(
        "json.payroll_record",
        "json",
        "hr",
        """
{
  "employee": {"id": "{d:ref}", "name": "{p1.lf}", "ssn": "{ssn1}"},
  "pay_period": "{d:dateiso}",
  "gross": "{d:price}",
  "deposit": {"type": "checking", "account_number": "{acct1:us}", "bank": "Cobalt Ridge Bank"},
  "approved_by": "{p2}"
}
""",
    ),
    T(
        "json.fraud_alert",
        "json",
        "bank",
        """
{"alert_id":"{d:uuid}","rule":"velocity_3ds_fail","card":"{cc1.plain}","cardholder":"{p1}","ip":"{ip1}","geo":"{c1}, {c1.barecountry}","device":"{d:serial}","score":0.{d:qty},"analyst":"{p2.email:org}"}
""",
    ),
    T(
        "json.incident_timeline",
        "json",
        "software",
        """
{
  "incident": "{d:ticket}",
  "severity": "SEV2",
  "commander": "{p1}",
  "responders": ["{p2}", "{p3}", "{p4.handle}"],
  "timeline": [
    {"t": "{d:ts}", "note": "{p2.first} paged, error rate {d:pct}"},
    {"t": "{d:ts}", "note": "blocked {ip1} at the edge"},
    {"t": "{d:ts}", "note": "{p3.first} rolled back to {d:vversion}"}
  ]
}
""",
    ),
    T(
        "json.applicant",
        "json",
        "university",
        """
{
  "applicant": {"given_name": "{p1.given}", "family_name": "{p1.family}", "email": "{p1.email}", "phone": "{ph1.intl}"},
  "programme": "{d:module}",
  "previous_institution": {"city": "{c1}", "country": "{c1.barecountry}"},
  "referees": [{"name": "Dr {p2}", "email": "{p2.email:org}"}, {"name": "{p3}"}]
}
""",
    ),
    # ---------------------------------------------------------------- toolcall
    T(
        "toolcall.send_sms",
        "toolcall",
        "airline",
        """
{"tool": "send_sms", "arguments": {"to": "{ph1.e164}", "body": "Hi {p1.first}, flight {d:flight} now departs at {d:time} from gate {d:gate}. – Kestrel Air"}}
""",
    ),
    T(
        "toolcall.create_contact",
        "toolcall",
        "charity",
        """
create_contact(
    name="{p1}",
    email="{p1.email}",
    phone="{ph1}",
    address="{c1.addr}",
    tags=["major-donor", "appeal-{d:year}"],
    owner="{p2.first}",
)
""",
    ),
    T(
        "toolcall.refund",
        "toolcall",
        "hotel",
        """
<tool_call>
{"name": "issue_refund", "arguments": {"reservation": "{d:booking}", "guest_name": "{p1}", "card_number": "{cc1}", "amount": "{d:price}", "reason": "double charge, approved by {p2.init}"}}
</tool_call>
""",
    ),
    T(
        "toolcall.transfer",
        "toolcall",
        "bank",
        """
Function call: initiate_transfer
{
  "from_iban": "{ib1.compact}",
  "to_iban": "{ib2}",
  "beneficiary": "{p1}",
  "amount": "{d:price}",
  "reference": "{d:invoice}",
  "requested_by": "{p2.email:org}"
}
""",
    ),
    T(
        "toolcall.geoip",
        "toolcall",
        "it",
        """
assistant → tool: geoip_lookup({"ip": "{ip1}"})
tool → assistant: {"ip": "{ip1}", "city": "{c1}", "region": "{c1.region}", "asn": "AS{d:pid}"}
assistant → tool: suspend_user({"user": "{p1.email:org}", "display_name": "{p1}", "reason": "impossible travel: {c1.barecountry}"})
""",
    ),
    T(
        "toolcall.book_physio",
        "toolcall",
        "health",
        """
{"function":"book_appointment","parameters":{"patient":"{p1.lf}","dob":"{d:dateiso}","clinician":"{p2}","service":"physiotherapy – lower back","slot":"{d:ts}","mobile":"{ph1}"}}
""",
    ),
    # ---------------------------------------------------------------- csv
    T(
        "csv.donor_export",
        "csv",
        "charity",
        """
donor_id,name,email,phone,city,gift
{d:ref},{p1},{p1.email},{ph1.e164},{c1},{d:qty}
{d:ref},{p2},{p2.email},{ph2.e164},{c2},{d:qty}
{d:ref},"{p3.lf}",{p3.email},,{c3},{d:qty}
{d:ref},{p4},,{ph4.e164},{c4},{d:qty}
""",
    ),
    T(
        "csv.bacs_payroll",
        "csv",
        "hr",
        """
emp_no,surname,forename,sort_code,account_no,net_pay
{d:qty},{p1.ulast},{p1.given},{d:sortcode},{acct1:uk},{d:qty}.00
{d:qty},{p2.ulast},{p2.given},{d:sortcode},{acct2:uk},{d:qty}.00
{d:qty},{p3.ulast},{p3.given},{d:sortcode},{acct3:uk},{d:qty}.00
""",
    ),
    T(
        "csv.manifest",
        "csv",
        "airline",
        """
flight,date,seq,passenger,seat,ssr,contact
{d1:flight},{d2:dateiso},1,{p1.ufull},{d:seat},WCHR,{ph1.e164}
{d1:flight},{d2:dateiso},2,{p2.ufull},{d:seat},,{ph2.e164}
{d1:flight},{d2:dateiso},3,{p3.ufull},{d:seat},VGML,
{d1:flight},{d2:dateiso},4,{p4.ufull},{d:seat},,{ph4.e164}
""",
    ),
    T(
        "csv.claims_payees",
        "csv",
        "insurance",
        """
claim_ref,policyholder,loss_date,peril,reserve,payee_iban
{d:claim},{p1},{d:dateiso},escape of water,{d:qty}0,{ib1.compact}
{d:claim},{p2},{d:dateiso},storm,{d:qty}0,{ib2.compact}
{d:claim},{p3},{d:dateiso},theft,{d:qty}0,
""",
    ),
    T(
        "csv.junior_registrations",
        "csv",
        "sports",
        """
player,dob,team,guardian,guardian_phone,guardian_email
{p1},{d:dateiso},U11 Blue,{p2:~p1},{ph2},{p2.email}
{p3},{d:dateiso},U11 Blue,{p4:~p3},{ph4},
{p5},{d:dateiso},U13 Girls,{p6:~p5},{ph6},{p6.email}
""",
    ),
    T(
        "csv.benefits_enrolment",
        "csv",
        "hr",
        """
employee,ssn,plan,dependents
{p1},{ssn1},PPO,"{p2:~p1}; {p3:~p1}"
{p4},{ssn2},HDHP,
{p5},{ssn3},PPO,{p6:~p5}
""",
    ),
    # ---------------------------------------------------------------- tsv
    T(
        "tsv.arrivals",
        "tsv",
        "hotel",
        """
arrival\tguest\troom\tnights\tphone\tnotes
{d1:dateiso}\t{p1.lf}\t{d:room}\t{d:qty}\t{ph1}\tlate check-in
{d1:dateiso}\t{p2.lf}\t{d:room}\t{d:qty}\t{ph2}\t
{d1:dateiso}\t{p3.lf}\t{d:room}\t{d:qty}\t\tVIP – GM {p4.first} to greet
""",
    ),
    T(
        "tsv.login_audit",
        "tsv",
        "it",
        """
name\tuser\tsource_ip\tlast_login\tmfa
{p1}\t{p1.email:org}\t{ip1}\t{d:ts}\ttrue
{p2}\t{p2.email:org}\t{ip2:v6}\t{d:ts}\tfalse
{p3}\t{p3.handle}\t{ip3:priv}\t{d:ts}\ttrue
""",
    ),
    T(
        "tsv.family_tree",
        "tsv",
        "genealogy",
        """
id\tname\tborn\tbirthplace\tfather\tmother
I1\t{p1:m}\t{alt:1868|1871|1874|1879}\t{c1}\t\t
I2\t{p2:=p1,f}\t{alt:1870|1873|1876|1881}\t{c1}\t\t
I3\t{p3:~p1}\t{alt:1899|1902|1905}\t{c2}\t{p1}\t{p2}
I4\t{p4:~p1}\t{alt:1907|1910|1912}\t{c2}\t{p1}\t{p2}
""",
    ),
    T(
        "tsv.exam_marks",
        "tsv",
        "university",
        """
candidate\tname\tmodule\tmark\tgrade
{d:ref}\t{p1.lf}\t{d1:module}\t{d:qty}\t{d:grade}
{d:ref}\t{p2.lf}\t{d1:module}\t{d:qty}\t{d:grade}
{d:ref}\t{p3.lf}\t{d1:module}\t{d:qty}\t{d:grade}
{d:ref}\t{p4.lf}\t{d1:module}\t{d:qty}\t{d:grade}
""",
    ),
    # ---------------------------------------------------------------- markdown_table
    T(
        "md.oncall_rota",
        "markdown_table",
        "it",
        """
| Week | Primary | Secondary | Phone |
|---|---|---|---|
| {d:dateiso} | {p1} | {p2} | {ph1} |
| {d:dateiso} | {p2} | {p3} | {ph2} |
| {d:dateiso} | {p3} | {w1} | {ph3} |
""",
    ),
    T(
        "md.viewings",
        "markdown_table",
        "mortgage",
        """
Viewings for {c1.addr} this week:

| Day | Time | Applicant | Contact | Notes |
|-----|------|-----------|---------|-------|
| {d:day} | {d:time} | {p1} | {ph1} | first-time buyer, AIP {d:price} |
| {d:day} | {d:time} | {p2} & {p3} | {ph2} | selling in {c2} |
| {d:day} | {d:time} | {p4} | {p4.email} | cash buyer |
""",
    ),
    T(
        "md.witness_schedule",
        "markdown_table",
        "legal",
        """
## Witness schedule – {d:case}

| Witness | Called by | Date | Interpreter |
|---|---|---|---|
| {p1} | Claimant | {d:date} | {p2} |
| {p3} | Claimant | {d:date} | — |
| Dr {p4} (expert) | Defendant | {d:date} | — |
""",
    ),
    T(
        "md.speakers",
        "markdown_table",
        "academic",
        """
| Session | Speaker | Affiliation | Title |
|---|---|---|---|
| 1 | {p1} | {c1} | Kinship and migration, 1850–1914 |
| 2 | {p2} | {c2} | Ledgers as evidence |
| 3 | {p3} & {p4} | {c3}, {c3.barecountry} | Oral history after the archive |

Chair: Prof. {p5.last}. Queries to {p5.email:org}.
""",
    ),
    T(
        "md.shipment_contacts",
        "markdown_table",
        "logistics",
        """
| Leg | Carrier | Contact | Phone | Email |
|:--|:--|:--|:--|:--|
| Pickup | Ironbark Logistics | {p1} | {ph1} | {p1.email:org} |
| Ocean | {d:ship} | {p2} | {ph2} | {role:ops} |
| Delivery | local haulier | {p3} | {ph3:c1} | |

Final delivery: {c1.addr}
""",
    ),
    # ---------------------------------------------------------------- html
    T(
        "html.staff_list",
        "html",
        "university",
        """
<h2>Department of Marine Science – academic staff</h2>
<ul>
  <li><a href="mailto:{p1.email:org}">{p1}</a>, Senior Lecturer (room {d:room})</li>
  <li><a href="mailto:{p2.email:org}">Dr {p2}</a>, Reader in Oceanography</li>
  <li>{p3}, Teaching Fellow – on leave until {d:month}</li>
</ul>
""",
    ),
    T(
        "html.booking_confirmation",
        "html",
        "hotel",
        """
<table class="confirmation">
  <tr><td>Guest</td><td>{p1}</td></tr>
  <tr><td>Reservation</td><td>{d:booking}</td></tr>
  <tr><td>Check-in</td><td>{d:date}, from {d:time}</td></tr>
  <tr><td>Address</td><td>{c1.addr}</td></tr>
  <tr><td>Card</td><td>{cc1.spaced}</td></tr>
  <tr><td>Phone</td><td>{ph1}</td></tr>
</table>
""",
    ),
    T(
        "html.obituary",
        "html",
        "funeral",
        """
<article class="notice">
<h3>{p1.ufull}</h3>
<p>{p1} of {c1} passed away peacefully on {d:date}, aged {d:age}. Beloved partner of {p2} and much-loved parent of {p3.first} and {p4.first}.</p>
<p>The funeral will take place on {d:day} at {d:time}. Family flowers only; donations to Alzheimer's Society, c/o Evergreen Funeral Care.</p>
</article>
""",
    ),
    T(
        "html.byline",
        "html",
        "journalism",
        """
<div class="byline">By <a href="/authors/{d:qty}">{p1}</a> in {c1} and {p2} in {c2}</div>
<p class="lede">Residents of {c3} say the new ferry timetable leaves them stranded. "We found out from a poster," said {p3}, who runs a café by the pier.</p>
<p class="credit">Photo: {p4} for the Ledger</p>
""",
    ),
    T(
        "html.team_sheet",
        "html",
        "sports",
        """
<h1>Team sheet – {d:date}</h1>
<ol>
<li>{p1.ulast} (GK)</li><li>{p2.ulast}</li><li>{p3.ulast}</li><li>{p4.ulast} (C)</li><li>{p5.ulast}</li>
</ol>
<p>Manager: {p6}. Physio: {w1}. Kit manager mobile: {ph7}</p>
""",
    ),
    # ---------------------------------------------------------------- xml
    T(
        "xml.sepa_credit",
        "xml",
        "bank",
        """
<CdtTrfTxInf>
  <PmtId><EndToEndId>{d:invoice}</EndToEndId></PmtId>
  <Amt><InstdAmt Ccy="EUR">{d:qty}.00</InstdAmt></Amt>
  <Cdtr><Nm>{p1}</Nm></Cdtr>
  <CdtrAcct><Id><IBAN>{ib1.compact}</IBAN></Id></CdtrAcct>
  <RmtInf><Ustrd>Invoice {d:invoice} / contact {p2}</Ustrd></RmtInf>
</CdtTrfTxInf>
""",
    ),
    T(
        "xml.customs_entry",
        "xml",
        "logistics",
        """
<Declaration ref="{d:ref}">
  <Consignee>
    <Name>{p1}</Name>
    <Address>{c1.addr}</Address>
    <Phone>{ph1:c1}</Phone>
  </Consignee>
  <Item hs="{d:hs}" qty="{d:qty}" weight="{d:weight}"/>
  <Declarant email="{p2.email:org}">{p2}</Declarant>
</Declaration>
""",
    ),
    T(
        "xml.patient",
        "xml",
        "health",
        """
<Patient id="{d:ref}">
  <name family="{p1.family}" given="{p1.given}"/>
  <telecom system="phone" value="{ph1}"/>
  <telecom system="email" value="{p1.email}"/>
  <address>{c1.addr}</address>
  <generalPractitioner>Dr {p2}</generalPractitioner>
</Patient>
""",
    ),
    T(
        "xml.tei_letter",
        "xml",
        "genealogy",
        """
<correspDesc>
  <correspAction type="sent"><persName>{p1}</persName><placeName>{c1}</placeName><date when="{alt:1912|1923|1931|1908}-05-02"/></correspAction>
  <correspAction type="received"><persName>{p2:~p1}</persName><placeName>{c2}, {c2.country}</placeName></correspAction>
</correspDesc>
<note>Mentions the baptism of {p3:~p1} and a debt owed to {p4}.</note>
""",
    ),
    T(
        "xml.hris_feed",
        "xml",
        "hr",
        """
<employee status="active">
  <displayName>{p1}</displayName>
  <workEmail>{p1.email:org}</workEmail>
  <mobile>{ph1}</mobile>
  <manager>{p2}</manager>
  <location>{c1}</location>
  <costCentre>{d:costcentre}</costCentre>
</employee>
""",
    ),
    # ---------------------------------------------------------------- yaml
    T(
        "yaml.service_owners",
        "yaml",
        "software",
        """
service: checkout-api
tier: 1
owners:
  - name: {p1}
    email: {p1.email:org}
    github: {p1.handle}
  - name: {p2}
    email: {p2.email:org}
escalation:
  phone: "{ph3}"
  after_hours: {p3}
runbook: https://wiki.corvid.dev/runbooks/checkout
""",
    ),
    T(
        "yaml.group_booking",
        "yaml",
        "airline",
        """
group: {d:booking}
event: offsite {d:year}
lead_contact:
  name: {p1}
  phone: "{ph1}"
travellers:
  - {p2.ufull}
  - {p3.ufull}
  - {p4.ufull}
hotel: {c1.addr}
notes: "{p3.first} needs an aisle seat"
""",
    ),
    T(
        "yaml.claim_intake",
        "yaml",
        "insurance",
        """
claim:
  reference: {d:claim}
  policy: {d:policy}
  insured: {p1}
  loss_address: {c1.addr}
  contact_phone: "{ph1:c1}"
  peril: escape of water
  adjuster: {p2}
  payee:
    iban: {ib1}
""",
    ),
    T(
        "yaml.squad",
        "yaml",
        "sports",
        """
squad: veterans
season: {d:year}
captain: {p1}
players:
  - {p2}
  - {p3}
  - {w1}
  - {p4.lf}
physio: {p5}
emergency_contact: "{ph5}"
""",
    ),
    T(
        "yaml.ci_maintainers",
        "yaml",
        "software",
        """
# .github/CODEOWNERS is generated from this file
maintainers:
  - name: "{p1}"
    email: {p1.email}
    handle: "@{p1.handle}"
  - name: "{p2}"
    email: {p2.email}
    handle: "@{p2.handle}"
bots:
  - "@release-bot"
  - dependabot
""",
    ),
]
