"""val25 templates with personal data: minutes, transcript, json, toolcall, csv, tsv,
markdown_table."""

from __future__ import annotations

from appliance.testing.pii_corpus.val25_gen import t

TEMPLATES = [
    # --- minutes -------------------------------------------------------------------------
    t(
        "farm-minutes-1",
        "minutes",
        """
GreenFurrow Grain Co-operative - Marketing Committee
Minutes of meeting held {{date:long}}
Present: {{p1}} (chair), {{p2}}, {{p3}}, {{p4.init}}
Apologies: {{p5}}

1. Forward contracts. {{p2.first}} reported 1,200 t of feed wheat sold forward at {{price:160-240}}/t for November movement. The buyer's trader, {{p6}}, wants weekly updates.
2. Drying charges. Agreed to hold at last year's rate. {{p3.first}} to write to members.
3. Store at {{city1}}. {{p4.last}} raised damp in bay 4; quote to follow.
4. AOB. {{p1.first}} thanked {{p7}} for 22 years as secretary.
Next meeting: {{date:day}}.
""",
        cur="£",
    ),
    t(
        "charity-minutes-1",
        "minutes",
        """
Trustee Board - draft minutes
Attendees: {{p1}} (Chair), {{p2}} (Treasurer), {{p3}}, {{p4}}; in attendance {{p5}} (CEO)

Item 1 - Finance. {{p2.first}} presented Q3 accounts. Unrestricted reserves {{price:80000-900000}}. Trustees approved moving the legacy from the estate of {{p6}} into the designated fund.
Item 2 - Safeguarding. {{p5.first}} reported one concern, handled under policy; details held by the DSL.
Item 3 - Major donors. {{p3.first}} to thank {{p7}} and {{w1}} personally for the matched-giving pledge.
Actions: {{p1.init}} to sign the Gift Aid return.
""",
        cur="£",
    ),
    t(
        "events-minutes-1",
        "minutes",
        """
Venue operations meeting - {{date:short}}
Present: {{p1.first}} (GM), {{p2.first}} (events), {{p3.first}} (kitchen), {{p4.first}} (front of house)

- Saturday wedding ({{p5}} & {{p6}}): 140 day guests, 60 evening. Ceremony in the Orangery at {{time}}. Band arrives {{time}}; their contact {{p7}} on {{ph1}}.
- Sunday christening: family contact {{p8}}, {{ph2}}. Buffet for 45.
- Kitchen short two porters - {{p3.first}} to call the agency.
- Marquee inspection {{date:day}}.
""",
    ),
    t(
        "care-minutes-1",
        "minutes",
        """
Multi-disciplinary review - {{p1:f}} (Room 12)
Date: {{date:long}}
Present: {{p2}} (deputy manager), {{p3.title}} {{p3.last}} (GP), {{p4}} (social worker), {{p5:f}} (daughter, by phone)

- Weight down 3kg in 6 weeks; dietitian referral made.
- Two falls this month, both at night. Bed lowered, sensor mat in place.
- {{p5.first}} asked about moving her mother nearer to her home in {{city1}}. {{p4.first}} will look at placements and call {{p5.first}} on {{ph1}}.
- Lasting power of attorney held by {{p5.first}} and her brother {{p6:m}}.
""",
    ),
    t(
        "software-minutes-1",
        "minutes",
        """
Kick-off - Statement of Work 07 (data platform)
Client: Ashgrove Mills plc   Supplier: CodeHarbour
Attendees: {{p1}}, {{p2}} (client); {{p3}}, {{p4}} (CodeHarbour)

1. Scope: ingest from 14 sites, nightly loads, dashboards in Power BI.
2. Day rate {{price:500-1100}}, 60 days, invoices monthly; payment to CodeHarbour IBAN {{iban1}}.
3. Access: VPN accounts for {{p3.first}} and {{p4.first}}; client IT ({{p5}}) to allowlist {{ip1}}.
4. Risks: source system vendor slow to respond.
Next: {{p2.first}} to send sample extracts by {{date:short}}.
""",
        cur="£",
    ),
    # --- transcript ----------------------------------------------------------------------
    t(
        "insurance-transcript-1",
        "transcript",
        """
[Call recording - claims line - {{date:iso}} {{time}}]
AGENT: Thanks for calling ShieldLine, this is {{p1.first}}. Can I take your name?
CALLER: Yes, it's {{p2}}.
AGENT: And the registration of the car?
CALLER: Um, it's the blue Ford Focus. I was rear-ended at the lights on {{addr1}}.
AGENT: I'm sorry to hear that. Was anyone hurt?
CALLER: No. The other driver's name is {{p3:m}}, I've got his number, {{ph1}}.
AGENT: Great. To pay the excess today I can take a card.
CALLER: Sure, it's {{cc1}}, expiry 08/27.
AGENT: Thank you. Your claim number is {{ref}}.
""",
    ),
    t(
        "media-transcript-1",
        "transcript",
        """
PRESENTER: ...and on line two we've got {{p1.first}} from {{city1}}. Morning, {{p1.first}}!
{{p1.upper}}: Morning! Long-time listener. I wanted to say thanks to {{p2}}, the paramedic who looked after my dad last week.
PRESENTER: Lovely. Do you want to give {{p2.first}} a shout-out?
{{p1.upper}}: Yes - {{p2.first}}, if you're listening, he's home and driving us all mad.
PRESENTER: Ha! Producer {{p3.nick}} will take your details off air for the hamper. Next up, the travel with {{p4}}.
""",
    ),
    t(
        "translation-transcript-1",
        "transcript",
        """
Interpreting session log - booking {{booking}}
Language: {{pick:Tigrinya|Dari|Romanian|Somali|Polish|Vietnamese}}   Mode: telephone   Duration: 24 min
Interpreter: {{p1}} (ID {{n:1000-9999}})

CLINICIAN ({{p2.title}} {{p2.last}}): Can you ask her to confirm her date of birth and address?
INTERPRETER: She says {{date:dob}}, and she lives at {{addr1}}.
CLINICIAN: Is her husband {{p3.first:m}} still the best contact?
INTERPRETER: Yes, on {{ph1}}. She also asks if her sister {{p4:f}} can come to the next appointment.
CLINICIAN: Of course.
""",
    ),
    t(
        "energy-transcript-1",
        "transcript",
        """
Speaker 1 (agent): Power Networks, you're through to {{p1.first}}.
Speaker 2 (customer): Hi, our whole street's been off since four. I'm at {{addr1}}.
Speaker 1: Let me check... yes, there's a fault on the low-voltage cable, reference {{ref}}. Is anyone in the house on medical equipment?
Speaker 2: My mother-in-law, {{p2:f}}, has an oxygen concentrator.
Speaker 1: I'll add her to the priority register. Best number to reach you?
Speaker 2: {{ph1}}. I'm {{p3}}.
Speaker 1: Thanks {{p3.first}}. Estimated restoration {{time}}.
""",
    ),
    t(
        "recruit-transcript-1",
        "transcript",
        """
Phone screen - transcript (auto-generated)
Recruiter {{p1.first}}: So tell me about your current role.
Candidate {{p2.first}}: I'm a payroll specialist at a hospital trust, about 4,000 employees. I report to {{p3}}.
Recruiter {{p1.first}}: And why are you looking to move?
Candidate {{p2.first}}: Mainly commute. I moved to {{city1}} last year.
Recruiter {{p1.first}}: Understood. Can I confirm your email is {{p2.mail}}?
Candidate {{p2.first}}: Yes, and my mobile is {{ph1}}.
""",
    ),
    # --- json ----------------------------------------------------------------------------
    t(
        "energy-json-1",
        "json",
        """
Why does this customer record fail schema validation?
{
  "account_id": "{{ref}}",
  "customer": {"name": "{{p1}}", "phone": "{{ph1}}", "email": "{{p1.mail}}"},
  "supply_address": "{{addr1}}",
  "meters": [
    {"serial": "{{meter}}", "type": "SMETS2", "last_read": {{kwh}}, "read_date": "{{date:iso}}"}
  ],
  "payment": {"method": "direct_debit", "iban": "{{iban1}}", "backup_card": "{{cc1}}"},
  "priority_services": true
}
""",
    ),
    t(
        "travel-json-1",
        "json",
        """
{"booking_ref": "{{booking}}", "tour": "Castles & Coastlines 8-day", "lead_passenger": {"first_name": "{{p1.first}}", "last_name": "{{p1.last}}", "mobile": "{{ph1}}", "email": "{{p1.mail}}"}, "passengers": [{"name": "{{p1}}", "room": "{{room}}"}, {"name": "{{p2}}", "room": "{{room}}", "diet": "gluten free"}, {"name": "{{p3}}", "room": "{{room}}"}], "payment": {"card": "{{cc1}}", "amount": "{{price:900-6000}}"}, "pickup": "{{addr1}}"}
""",
    ),
    t(
        "secops-json-1",
        "json",
        """
Explain this alert to a non-technical manager:
{
  "alert_id": "{{uuid}}",
  "rule": "Impossible travel",
  "severity": "high",
  "user": {"upn": "{{p1.work}}", "display_name": "{{p1}}"},
  "events": [
    {"time": "{{date1:iso}}T08:12:09Z", "src_ip": "{{ip1}}", "geo": "{{city1}}, {{city1.country}}"},
    {"time": "{{date1:iso}}T08:41:55Z", "src_ip": "{{ip2}}", "geo": "{{city2}}, {{city2.country}}"}
  ],
  "analyst": "{{p2}}"
}
""",
    ),
    t(
        "charity-json-1",
        "json",
        """
[
  {"donor_id": {{n:10000-99999}}, "name": "{{p1}}", "postcode_district": "{{bin}}", "giftaid": true, "total_2024": "{{price:20-1500}}", "phone": "{{ph1}}"},
  {"donor_id": {{n:10000-99999}}, "name": "{{p2}}", "giftaid": false, "total_2024": "{{price:20-1500}}", "email": "{{p2.mail}}", "iban": "{{iban1}}"},
  {"donor_id": {{n:10000-99999}}, "name": "{{p3}}", "giftaid": true, "total_2024": "{{price:20-1500}}", "notes": "in memory of {{p4}}"}
]
Write a thank-you letter template that works for all three.
""",
    ),
    t(
        "vet-json-1",
        "json",
        """
Response from the booking API, the owner says the reminder went to the wrong person:
{"appointment": {"id": "{{uuid}}", "pet": {"name": "Teddy", "species": "dog", "breed": "cockapoo"}, "owner": {"name": "{{p1}}", "mobile": "{{ph1}}"}, "secondary_contact": {"name": "{{p2}}", "mobile": "{{ph2}}"}, "vet": "{{p3.title}} {{p3.last}}", "slot": "{{date:iso}}T{{time}}:00", "card_on_file": "{{cc1}}"}}
""",
    ),
    t(
        "recruit-json-1",
        "json",
        """
{
  "candidate_id": "C-{{n:100000-999999}}",
  "full_name": "{{p1}}",
  "location": "{{city1:US}}",
  "contact": {"email": "{{p1.mail}}", "phone": "{{ph1}}"},
  "ssn": "{{ssn1}}",
  "stage": "offer",
  "interviewers": ["{{p2}}", "{{p3}}"],
  "recruiter": "{{p4.work}}"
}
Which fields here should not be sent to the hiring manager?
""",
        ph="US",
    ),
    # --- toolcall ------------------------------------------------------------------------
    t(
        "travel-toolcall-1",
        "toolcall",
        """
{"tool": "create_booking", "arguments": {"product": "RAIL-PASS-15D", "travellers": [{"name": "{{p1}}", "dob": "{{date:dobiso}}"}, {"name": "{{p2}}", "dob": "{{date:dobiso}}"}], "contact_phone": "{{ph1}}", "contact_email": "{{p1.mail}}", "payment_card": "{{cc1}}", "deliver_to": "{{addr1}}"}}
""",
    ),
    t(
        "dental-toolcall-1",
        "toolcall",
        """
assistant called send_sms with:
{"to": "{{ph1}}", "patient_name": "{{p1}}", "template": "RECALL_6M", "variables": {"dentist": "{{p2.title}} {{p2.last}}", "first_name": "{{p1.first}}", "practice_phone": "{{ph2}}"}}
tool returned: {"status": "queued", "message_id": "{{uuid}}"}
""",
    ),
    t(
        "property-toolcall-1",
        "toolcall",
        """
Function call: create_maintenance_job
Arguments:
  property_address = "{{addr1}}"
  tenant_name = "{{p1}}"
  tenant_phone = "{{ph1}}"
  category = "plumbing"
  description = "Kitchen tap dripping, tenant {{p1.first}} available weekdays after 4pm"
  contractor = "{{p2}}"
  approve_up_to = {{amount}}
""",
    ),
    t(
        "customs-toolcall-1",
        "toolcall",
        """
<function_call name="update_consignee">
{"shipment": "{{track}}", "consignee_name": "{{p1}}", "consignee_address": "{{addr1}}", "consignee_phone": "{{ph1}}", "consignee_email": "{{p1.mail}}", "eori": "GB{{n:100000000-999999999}}000", "notify_party": "{{p2}}"}
</function_call>
""",
    ),
    t(
        "insurance-toolcall-1",
        "toolcall",
        """
Tool: claims.create
Input: {"policy": "HO-{{n:100000-999999}}", "insured": "{{p1}}", "insured_ssn": "{{ssn1}}", "loss_type": "burst pipe", "loss_date": "{{date:iso}}", "property": "{{addr1:US}}", "phone": "{{ph1:US}}", "payee_account": "{{acct1:us}}"}
Output: {"claim_id": "{{ref}}", "adjuster": "{{p2}}"}
""",
        ph="US",
    ),
    # --- csv -----------------------------------------------------------------------------
    t(
        "farm-csv-1",
        "csv",
        """
member_no,name,cph,phone,iban,shares
{{n:100-999}},{{p1}},{{n:10-99}}/{{n:100-999}}/{{n:1000-9999}},{{ph1}},{{iban1}},{{n:5-80}}
{{n:100-999}},{{p2}},{{n:10-99}}/{{n:100-999}}/{{n:1000-9999}},{{ph2}},{{iban2}},{{n:5-80}}
{{n:100-999}},{{p3}},{{n:10-99}}/{{n:100-999}}/{{n:1000-9999}},{{ph3}},{{iban3}},{{n:5-80}}
{{n:100-999}},"{{p4.lf}}",{{n:10-99}}/{{n:100-999}}/{{n:1000-9999}},{{ph4}},,{{n:5-80}}
""",
    ),
    t(
        "travel-csv-1",
        "csv",
        """
Rooming list {{booking}} - hotel check-in {{date:short}}
room,guest_1,guest_2,type,notes
1,{{p1}},{{p2}},double,anniversary
2,{{p3}},,single,
3,{{p4}},{{w1}},twin,ground floor please
4,{{p6}},{{p7}},twin,
Tour leader: {{p8}} {{ph1}}
Deposit taken on card {{cc1}}
""",
    ),
    t(
        "gym-csv-1",
        "csv",
        """
first_name,last_name,email,mobile,membership,ride_level
{{p1.first}},{{p1.last}},{{p1.mail}},{{ph1}},full,A
{{p2.first}},{{p2.last}},{{p2.mail}},{{ph2}},full,B
{{p3.first}},{{p3.last}},{{p3.mail}},{{ph3}},social,C
{{p4.first}},{{p4.last}},{{p4.mail}},{{ph4}},junior,B
Can you find duplicates and normalise the phone numbers to E.164?
""",
    ),
    t(
        "charity-csv-1",
        "csv",
        """
Title,Name,House,Address,Date,Amount
{{p1.title}},{{p1}},,"{{addr1:GB}}",{{date:uk}},{{price:10-500}}
{{p2.title}},{{p2}},,"{{addr2:GB}}",{{date:uk}},{{price:10-500}}
{{p3.title}},{{p3}},,"{{addr3:GB}}",{{date:uk}},{{price:10-500}}
Gift Aid schedule for HMRC - check formatting before upload
""",
        cur="£",
    ),
    t(
        "software-csv-1",
        "csv",
        """
week_ending,consultant,email,client,project,hours,rate
{{date:iso}},{{p1}},{{p1.work}},Ashgrove Mills,SOW-07,37.5,{{amount}}
{{date:iso}},{{p2}},{{p2.work}},Ashgrove Mills,SOW-07,30,{{amount}}
{{date:iso}},{{p3}},{{p3.work}},Quaylight Energy,SOW-12,40,{{amount}}
Sum the hours per client and flag anyone over 37.5.
""",
    ),
    t(
        "insurance-csv-1",
        "csv",
        """
claim_id,claimant,ssn,dob,line,reserve
{{ref}},{{p1}},{{ssn1}},{{date:dobiso}},auto,{{amount}}
{{ref}},{{p2}},{{ssn2}},{{date:dobiso}},home,{{amount}}
{{ref}},{{p3}},{{ssn3}},{{date:dobiso}},auto,{{amount}}
""",
    ),
    # --- tsv -----------------------------------------------------------------------------
    t(
        "events-tsv-1",
        "tsv",
        """
table	seat	guest	dietary	plus_one_of
1	1	{{p1}}	-	-
1	2	{{p2}}	vegan	{{p1.first}}
2	1	{{p3}}	-	-
2	2	{{p4}}	coeliac	-
3	1	{{p5.init}}	-	-
""",
    ),
    t(
        "museum-tsv-1",
        "tsv",
        """
accession	object	donor	date_received	donor_contact
{{n:1990-2024}}.{{n:1-300}}	brass ship's bell	{{p1}}	{{date:iso}}	{{ph1}}
{{n:1990-2024}}.{{n:1-300}}	sampler, silk on linen	{{p2}}	{{date:iso}}	{{p2.mail}}
{{n:1990-2024}}.{{n:1-300}}	photograph album	estate of {{p3}}	{{date:iso}}	via {{p4}}
""",
    ),
    t(
        "energy-tsv-1",
        "tsv",
        """
callback	name	phone	address	reason
{{time}}	{{p1}}	{{ph1}}	{{addr1}}	high bill dispute
{{time}}	{{p2}}	{{ph2}}	{{addr2}}	PSR registration
{{time}}	{{p3}}	{{ph3}}	{{addr3}}	meter exchange
""",
    ),
    t(
        "recruit-tsv-1",
        "tsv",
        """
Shortlist - Lettings Negotiator
name	current_employer	notice	expected	phone
{{p1}}	Moveline Homes	4 weeks	{{price:24000-38000}}	{{ph1}}
{{p2}}	self-employed	none	{{price:24000-38000}}	{{ph2}}
{{p3}}	Keystone Lettings	1 month	{{price:24000-38000}}	{{ph3}}
""",
        cur="£",
    ),
    # --- markdown_table ------------------------------------------------------------------
    t(
        "translation-md-1",
        "markdown_table",
        """
| Interpreter | Languages | Based in | Mobile | Rate |
|---|---|---|---|---|
| {{p1}} | Arabic, French | {{city1}} | {{ph1}} | {{price:25-70}}/h |
| {{p2}} | Portuguese, Spanish | {{city2}} | {{ph2}} | {{price:25-70}}/h |
| {{p3}} | Mandarin, Cantonese | {{city3}} | {{ph3}} | {{price:25-70}}/h |
| {{p4}} | Turkish, Kurdish | {{city4}} | {{ph4}} | {{price:25-70}}/h |
""",
    ),
    t(
        "media-md-1",
        "markdown_table",
        """
Running order - Saturday Breakfast
| Time | Item | Guest | Contact |
|---|---|---|---|
| 07:05 | News | - | - |
| 07:12 | Interview: allotments | {{p1}} | {{ph1}} |
| 07:30 | Sport | {{p2.first}} (studio) | - |
| 07:45 | Book review | {{w1}} | {{w1.mail}} |
| 08:10 | Live music | {{p4}} + band | {{ph2}} |
""",
    ),
    t(
        "property-md-1",
        "markdown_table",
        """
Key register - block C
| Flat | Tenant | Keys held | Emergency contact |
|---|---|---|---|
| C1 | {{p1}} | 2 + fob | {{p2}} {{ph1}} |
| C2 | {{w1}} | 1 | {{ph2}} |
| C3 | void | 3 | - |
| C4 | {{p4}} | 2 | {{p5}} {{ph3}} |
""",
    ),
    t(
        "gym-md-1",
        "markdown_table",
        """
| Swimmer | Squad | Coach | Parent contact |
|---|---|---|---|
| {{p1}} | Performance | {{p5.first}} | {{p2}} - {{ph1}} |
| {{p3}} | Development | {{p5.first}} | {{ph2}} |
| {{p4}} | Masters | {{p6.first}} | self - {{p4.mail}} |
""",
    ),
    t(
        "legal-md-1",
        "markdown_table",
        """
Estate of {{p1}} - schedule of assets
| Asset | Detail | Value |
|---|---|---|
| Property | {{addr1}} | {{price:120000-700000}} |
| Current account | account number {{acct1}} | {{price:300-45000}} |
| Savings | IBAN {{iban1}} | {{price:300-45000}} |
| Premium bonds | holder no. {{n:10000000-99999999}} | {{price:50-50000}} |
Executors: {{p2}}, {{p3}}
""",
        cur="£",
    ),
]
