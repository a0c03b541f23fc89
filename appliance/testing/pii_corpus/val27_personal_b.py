"""val27 personal templates, part B: json, toolcall, csv, tsv, markdown_table, html, xml, yaml,
code."""

TEMPLATES = r"""
=== pb-json-01 | json | host
Extract the guest details from this booking webhook and tell me if anything is missing:
{"booking_id": "«bk»", "listing": "Cliffside Shepherd's Hut", "guest": {"name": "«p1»", "email": "«p1|e»", "phone": "«ph1»"}, "guests": 2, "checkin": "«date»", "nights": 3, "total": "«price»"}
=== pb-json-02 | json | crypto
Summarise this alert for the MLRO:
{
  "alert_id": "«uuid»",
  "rule": "rapid_in_out",
  "customer": {"id": "C-«n:7»", "name": "«p1»", "country": "«c1|n»"},
  "login_ip": "«ip1»",
  "withdrawal": {"iban": "«ib1»", "beneficiary": "«p2»", "amount_eur": 18950},
  "risk_score": 0.87
}
=== pb-json-03 | json | optic
{"patient":{"first":"«p1|g»","last":"«p1|f»","dob":"«date»","mobile":"«ph1»"},"rx":{"od":{"sph":-2.25,"cyl":-0.5,"axis":180},"os":{"sph":-2.0,"cyl":0,"axis":0}},"dispensed_by":"«p2|i»","frame":"Ray-Ban RB5154 Clubmaster"}
Convert this to a plain-English summary for the patient letter.
=== pb-json-04 | json | zoo
Write an adoption certificate from this record:
{"adopter": "«p1»", "animal": {"name": "Winston", "species": "Sumatran tiger"}, "gift_from": "«p2|g»", "address": "«a1»", "package": "Gold", "paid_with": "«cc1»"}
=== pb-json-05 | json | tickets
[{"seat":"«seat»","holder":"«p1»","email":"«p1|e»"},{"seat":"«seat»","holder":"«p2»","email":"«p2|e»"},{"seat":"«seat»","holder":"«p3|g»","email":null}]
Which of these ticket holders is missing an email?
=== pb-json-06 | json | forces
Validate this JSON against our schema and list errors:
{"member_no": "«n:6»", "name": "«p1|lf»", "service": "RAF", "years": "1988-2010", "ssn": "«ssn1»", "phone": "«ph1:US»", "spouse": "«p2|g»", "address": "«a1:US»"}
=== pb-json-07 | json | forces
Fill in the missing fields of this benefits claim:
{"veteran": "«p1»", "branch": "US Army", "ssn": "«ssn1»", "spouse": {"name": "«p2»", "ssn": "«ssn2»"}, "direct_deposit": {"routing_number": "«n:9»", "account_number": "«ac1:10»", "type": "checking"}, "phone": "«ph1:US»"}
=== pb-tool-01 | toolcall | optic
Call: book_appointment({"patient_name": "«p1»", "clinic": "Hearing Centre, 2nd floor", "practitioner": "«p2|i»", "slot": "«date»T«time»", "contact": "«ph1»"})
Result: {"status": "confirmed", "ref": "«bk»"}
Write the confirmation SMS.
=== pb-tool-02 | toolcall | dc
The assistant called:
{"name": "open_firewall_rule", "arguments": {"src": "«ip1»", "dst": "«ipx1»", "port": «port», "requested_by": "«p1» <«p1|e»>", "approver": "«p2»"}}
Explain what this rule does and whether it looks risky.
=== pb-tool-03 | toolcall | trades
function_call: create_job
arguments:
{"customer": "«p1»", "phone": "«ph1»", "address": "«a1»", "trade": "roofer", "notes": "slipped tiles after storm, water in back bedroom", "payment": {"card": "«cc1»"}}
=== pb-tool-04 | toolcall | crypto
tool: screen_counterparty
input: {"full_name": "«p1»", "dob": "«date»", "nationality": "«c1|n»", "iban": "«ib1»", "ssn": "«ssn1»"}
output: {"pep": false, "sanctions_hits": 0}
Draft the note for the case file.
=== pb-tool-05 | toolcall | solar
send_email(to="«p1|e»", cc="«re1:surveys@sunward-energy.co.uk»", subject="Your survey on «date»", body="Hi «p1|g», «p2» will arrive between 8 and 10. Questions? Call «ph1».")
=== pb-tool-06 | toolcall | host
lookup_guest(phone="«ph1»") -> {"name": "«p1»", "stays": 3, "last_site": "«c1»", "notes": "asked for ground-floor lodge"}
Reply to the guest's WhatsApp asking about late check-out.
=== pb-tool-07 | toolcall | solar
submit_rebate_application({"applicant": "«p1»", "ssn": "«ssn1»", "property": "«a1:US»", "system_kw": 7.6, "installer": "Sunward Energy", "refund_to": {"bank": "credit union", "checking_account": "«ac1:12»"}})
Result: {"status": "received", "ref": "«tkt»"}
Explain the next steps to the homeowner.
=== pb-csv-01 | csv | union
name,email,society,role,phone
«p1»,«p1|e»,Film Society,President,«ph1»
«p2»,«p2|e»,Film Society,Treasurer,«ph2»
«p3|lf»,«p3|e»,Debating,Secretary,
Dedupe this and sort by society.
=== pb-csv-02 | csv | coast
crew_id,name,role,pager,qualified
«n:4»,«p1»,Helm,«ph1»,2019
«n:4»,«p2»,Crew,«ph2»,2022
«n:4»,«p3»,Tractor driver,«ph3»,2015
Which crew members qualified before 2020?
=== pb-csv-03 | csv | print
order,customer,product,qty,card,deliver_to
«ord»,«p1»,Business cards,500,«cc1»,«a1»
«ord»,«p2»,Vinyl banner 3x1m,1,«cc2»,«a2»
Total the orders and flag any with the same card.
=== pb-csv-04 | csv | music
"Surname","First","Section","Fee (EUR)","IBAN"
"«p1|f»","«p1|g»","Violin I",450,"«ib1»"
"«p2|f»","«p2|g»","Cello",450,"«ib2»"
"«p3|f»","«p3|g»","Horn",520,"«ib3»"
Make the payment file for the concert on «date».
=== pb-csv-05 | csv | fire
incident,date,address,caller,caller_phone
F«n:6»,«date»,«a1»,«p1»,«ph1»
F«n:6»,«date2»,«a2»,«p2|i»,«ph2»
=== pb-csv-06 | csv | music
player,instrument,fee,iban,account_no
«p1»,Oboe,380,«ib1»,
«p2»,Bassoon,380,,«ac1»
«p3|lf»,Timpani,420,«ib2»,
«p4»,Harp,520,«ib3»,
Check the IBANs look right before we pay for the «mon» concert.
=== pb-tsv-01 | tsv | stable
Horse	Owner	Owner phone	Livery
Bramble	«p1»	«ph1»	Full
Mr Darcy	«p2»	«ph2»	DIY
Captain Fudge	«p3|lf»	«ph3»	Part
Please turn this into a feeding rota.
=== pb-tsv-02 | tsv | dc
hostname	ip	owner	contact
knuth-db-01	«ip1»	«p1|h»	«p1|e»
ritchie-web-03	«ipx1»	«p2|h»	«p2|e»
noether-cache	«ip2»	platform-team	«re1:platform@hostwise.io»
=== pb-tsv-03 | tsv | mental
Client	Counsellor	Next	Phone
«p1|gi»	«p2|g»	«date»	«ph1»
«p3|gi»	«p2|g»	«date2»	«ph2»
«p4|gi»	«p5|g»	«date3»	«ph3»
=== pb-tsv-04 | tsv | crypto
account	holder	ssn	linked_bank
«n:8»	«p1»	«ssn1»	acct «ac1»
«n:8»	«p2»	«ssn2»	acct «ac2»
=== pb-md-01 | markdown_table | arts
| Role | Dancer | Understudy |
|---|---|---|
| Giselle | «p1» | «p2» |
| Albrecht | «p3» | «p4|i» |
| Myrtha | «p5|g» | TBC |

Make this into a programme insert.
=== pb-md-02 | markdown_table | zoo
| Animal | Keeper | Vet check | Keeper phone |
|--------|--------|-----------|--------------|
| Otis (sea lion) | «p1|g» | «date» | «ph1» |
| Doris (tortoise) | «p2|g» | «date2» | «ph2» |
| Kevin (emu) | «p1|g» | «date3» | «ph1» |
=== pb-md-03 | markdown_table | tickets
| Player | Position | Signed | Agent |
|---|---|---|---|
| «p1» | GK | «date» | «p2» («ph1») |
| «p3» | CB | «date2» | «p4» («ph2») |
Write a tweet announcing both signings.
=== pb-md-04 | markdown_table | solar
| Customer | Address | System | Phone |
| --- | --- | --- | --- |
| «p1» | «a1» | 4.8 kWp + 5 kWh | «ph1» |
| «p2» | «a2» | 6.2 kWp | «ph2» |
Summarise the installs for the week.
=== pb-md-05 | markdown_table | family
| Carer | Approved | Placements | Contact |
|---|---|---|---|
| «p1» & «p2» | «yr» | 2 | «p1|e» |
| «p3» | «yr» | 1 | «ph1» |
=== pb-md-06 | markdown_table | stable
| Dog | Owner | Nights | Card |
|---|---|---|---|
| Bonnie (collie) | «p1» | 4 | «cc1» |
| Rolo (spaniel) | «w1» | 7 | «cc2» |
| Basil (pug) | «p2|lf» | 2 | «cc3» |
Total the kennel bills.
=== pb-html-01 | html | host
<div class="host-card"><h3>Your host: «p1|g»</h3><p>Superhost since «yr». Call or text <a href="tel:«ph1»">«ph1»</a>.</p><p>Address: <span class="addr">«a1»</span></p></div>
Rewrite this widget text to sound friendlier.
=== pb-html-02 | html | books
<ul class="speakers">
  <li><strong>«p1»</strong> — author of <em>The Lighthouse Keeper's Daughter</em></li>
  <li><strong>«p2»</strong> — poet, «c1»</li>
  <li><strong>«p3|i»</strong> — chair</li>
</ul>
<p>Tickets: <a href="mailto:«re1:events@lanternbooks.org»">«re1:events@lanternbooks.org»</a></p>
=== pb-html-03 | html | optic
<table><tr><th>Patient</th><td>«p1|Lf»</td></tr><tr><th>Phone</th><td>«ph1»</td></tr><tr><th>Audiologist</th><td>«p2»</td></tr><tr><th>Device</th><td>Phonak Audéo L90</td></tr></table>
Extract as JSON.
=== pb-html-04 | html | print
<form><label>Text on sign</label><input value="Harbourside Physiotherapy"><label>Contact name</label><input value="«p1»"><label>Contact email</label><input value="«p1|e»"><label>Deliver to</label><textarea>«a1»</textarea></form>
=== pb-html-05 | html | pest
<p>Thank you, «p1|g». Your booking for <b>ant treatment</b> at «a1» is confirmed. Technician: «p2». Need to change it? Call <a href="tel:«ph1»">«ph1»</a>.</p>
=== pb-html-06 | html | tickets
<div class="receipt"><p>Thanks «p1|g»! Order «ord» confirmed.</p><p>Paid with <span class="card">«cc1»</span></p><p>Tickets for «p1» and «w1|g» «p2|f» are in your app. Questions: <a href="mailto:«re1:help@turnstiletickets.com»">«re1:help@turnstiletickets.com»</a></p></div>
=== pb-xml-01 | xml | fire
<incident id="«n:7»"><type>chimney fire</type><location>«a1»</location><caller name="«p1»" phone="«ph1»"/><oic>«p2|i»</oic></incident>
=== pb-xml-02 | xml | music
<castList production="La traviata"><role name="Violetta">«p1»</role><role name="Alfredo">«p2»</role><role name="Germont">«p3»</role><conductor>«p4»</conductor></castList>
Write a press release from this.
=== pb-xml-03 | xml | crypto
<Payment><Dbtr><Nm>«p1»</Nm></Dbtr><DbtrAcct><IBAN>«ib1|c»</IBAN></DbtrAcct><Cdtr><Nm>«p2»</Nm></Cdtr><CdtrAcct><IBAN>«ib2|c»</IBAN></CdtrAcct><Amt Ccy="EUR">2450.00</Amt></Payment>
Explain this SEPA message.
=== pb-xml-04 | xml | trades
<quote><customer><name>«p1»</name><tel>«ph1»</tel><email>«p1|e»</email></customer><site>«a1»</site><item>uPVC back door, anthracite</item></quote>
=== pb-xml-05 | xml | family
<feePayment case="«tkt»"><payer>«p1»</payer><card>«cc1»</card><refundAccount type="account number">«ac1:8»</refundAccount><sortCode>«sc»</sortCode></feePayment>
=== pb-yaml-01 | yaml | dc
# on-call rota
primary:
  name: «p1»
  phone: "«ph1»"
  email: «p1|e»
secondary:
  name: «p2»
  phone: "«ph2»"
bastion: «ip1»
=== pb-yaml-02 | yaml | union
society: Korean Culture Society
committee:
  - president: «p1»
  - treasurer: «p2»
    bank_account: "«ac1»"  # account number for grants
  - social_sec: «p3|g»
contact: «re1:koreansoc@su-mail.ac.uk»
=== pb-yaml-03 | yaml | solar
site:
  owner: «p1»
  address: «a1»
  phone: «ph1»
charger:
  model: Zappi v2
  serial: «part»
  wifi_ip: «ip1|p»
=== pb-yaml-04 | yaml | coast
launch:
  time: «time»
  casualty: «p1»
  casualty_phone: "«ph1»"
  coxswain: «p2»
  boat: Shannon class, "Spirit of the Fells"
=== pb-yaml-05 | yaml | host
listing: Birch Lodge
hosts:
  - «p1»
  - «p2|g»
wifi: BirchLodge-5G
emergency_contact: «ph1»
cleaner: «p3» («ph2»)
=== pb-yaml-06 | yaml | host
payout_settings:
  host: «p1»
  co_host: «w1»
  method: bank_transfer
  iban: «ib1»
  backup_card: "«cc1»"
  currency: EUR
=== pb-code-01 | code | dc
Why does this test fail?
def test_lookup_owner():
    inv = load_inventory("racks.yaml")
    assert inv["babbage-02"].owner == "«p1»"
    assert inv["babbage-02"].ip == "«ip1»"  # moved to «ip2» last week
=== pb-code-02 | code | tickets
// seed data for local dev
const fans = [
  { name: "«p1»", email: "«p1|e»", seat: "«seat»" },
  { name: "«p2»", email: "«p2|e»", seat: "«seat»" },
];
// TODO «p3|g»: remove before prod
Refactor this to load from fixtures.
=== pb-code-03 | code | crypto
-- flag accounts for review
UPDATE customers SET kyc_status = 'review'
WHERE full_name = '«p1»' OR iban = '«ib1|c»' OR last_login_ip = '«ip1»';
Is this query safe to run on prod?
=== pb-code-04 | code | optic
package recall

// Recall list built by «p1» on «date». Contact «p1|e» for questions.
var patients = []string{"«p2»", "«p3»", "«p4»"}
Rewrite this in Python.
=== pb-code-05 | code | arts
# generates certificates for the summer intensive
students = {
    "«p1»": "Grade 5 Ballet",
    "«p2»": "Grade 3 Tap",
    "«p3»": "Intermediate Foundation",
}
teacher = "«p4|i»"
Add a function that writes one PDF per student.
=== pb-code-06 | code | solar
# EV charger provisioning script
CHARGERS = {"Ohme-«n:5»": "«ip1»", "Pod-«n:5»": "«ip2»"}
OWNER = "«p1»"  # «ph1»
NOTIFY = "«p1|e»"
Add retries to the provisioning loop.
=== pb-code-07 | code | fire
SELECT * FROM callouts WHERE caller_phone = '«ph1»' AND address LIKE '%«a1»%';
-- asked by «p1|g» on the audit team
Why is this slow?
=== pb-code-08 | code | crypto
# fixtures/kyc_test.py — DO NOT COMMIT REAL DATA
CUSTOMERS = [
    {"name": "«p1»", "ssn": "«ssn1»", "card": "«cc1»", "iban": "«ib1»"},
    {"name": "«p2»", "ssn": "«ssn2»", "card": "«cc2»", "iban": "«ib2»"},
]
Are these real-looking values a problem?
"""
