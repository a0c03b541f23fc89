"""val31 personal templates, part B: minutes, transcripts, JSON, tool calls, CSV, TSV and
markdown tables."""

from __future__ import annotations

from appliance.testing.pii_corpus.val31_gen import P

TEMPLATES = [
    # ------------------------------------------------------------- minutes
    P(
        "pb-minutes-chess-1",
        "minutes",
        "chess",
        """
Minutes - Chess Club committee, {{date}}
Present: {{p1}} (chair), {{p2}}, {{p3}}, {{p4.first}} (minutes)
Apologies: {{p5.ilast}}

1. Treasurer's report. {{p2.first}} reported a balance of {{price}}. Junior subs unchanged.
2. League. The A team lost 2.5-3.5; {{p3.first}} asked that the board order be reviewed.
3. Simul. {{p1.first}} has contacted {{p6}} about a 20-board simul in {{month}}; the fee is to \
be paid to IBAN {{iban}}.
4. AOB. New sets and clocks ordered ({{order}}).
Next meeting: {{date}}.
""",
    ),
    P(
        "pb-minutes-ngo-1",
        "minutes",
        "ngo",
        """
Case review meeting - {{date}}
Attendees: {{p1.ilast}}, {{p2.ilast}}, {{p3.ilast}}, interpreter {{p4}}

Case {{case}}: {{p5}} (age {{n:17-60}}). Asylum interview moved to {{date}}. Current address \
{{l1.addr}}. Solicitor {{p6.hon}} {{p6.last}} to be informed.
Action: {{p1.first}} to call the client on {{ph1:l1}} with {{p4.first}} interpreting.

Case {{case}}: family of four from {{l2.country}}, housed temporarily in {{l3.city}}. School \
places pending; {{p2.first}} to chase.
""",
    ),
    P(
        "pb-minutes-orchestra-1",
        "minutes",
        "music",
        """
Orchestra management meeting
Date: {{date}}   Venue: {{building}}, green room
Present: {{p1}} (GM), {{p2}} (orchestra manager), {{p3}} (librarian)

- Season opener: {{musicwork}} with guest conductor {{p4}}; {{p4.first}}'s agent ({{p5}}, \
{{p5.work}}) has confirmed the fee.
- The soloist for {{musicwork}} has withdrawn; {{p2.first}} to approach {{p6}} ({{ph1}}).
- Parts for {{musicwork}} received; {{p3.first}} to mark bowings by {{date}}.
""",
    ),
    P(
        "pb-minutes-wedding-1",
        "minutes",
        "wedding",
        """
Planning call - {{p1.first}} & {{p2.first}} - {{date}}
Attendees: {{p1}}, {{p2}}, {{p3}} (planner)

Venue: deposit paid; balance {{price}} due {{date}}.
Catering: tasting booked; {{p2.first}}'s grandmother, {{p4:f:kin2}}, needs a gluten-free menu.
Music: string trio to play {{musicwork}} for the processional.
Guests from abroad: {{p5}} flying in from {{l1.city}}; pick-up needed, mobile {{ph1:l1}}.
Actions: {{p3.first}} to send revised timeline to {{p1.email}}.
""",
    ),
    P(
        "pb-minutes-election-1",
        "minutes",
        "election",
        """
Count planning meeting, {{date}}
Chair: {{p1}} (Returning Officer)
Present: {{p2.ilast}}, {{p3.ilast}}, {{p4.ilast}}; agents {{p5}} and {{p6}}

1. Verification to start at 22:30. Boxes from the {{l1.city}} district arrive by van; \
{{p2.first}} to log seal numbers.
2. Agents asked about postal votes; {{p1.first}} confirmed opening sessions on {{date}}.
3. Press: accreditation requests to {{em:press}}.
""",
    ),
    P(
        "pb-minutes-school-1",
        "minutes",
        "school",
        """
Governors' meeting - {{date}}
Present: {{p1}} (chair), {{p2}} (head), {{p3}}, {{p4}}
1. Tutoring: {{p2.first}} reported {{n:30-120}} pupils on the catch-up scheme.
2. Safeguarding: {{p3.first}} completed training; certificate on file.
3. New governor: {{p5}} from {{l1.city}}, nominated by parents. Contact {{p5.email}}.
""",
    ),
    # ---------------------------------------------------------- transcript
    P(
        "pb-transcript-news-1",
        "transcript",
        "news",
        """
[Podcast transcript - episode {{n:40-212}}, recorded {{date}}]

{{p1}}: Welcome back. My guest spent ten years covering the port for the local paper. \
{{p2.first}}, thanks for coming in.
{{p2}}: Thanks for having me.
{{p1.first}}: You broke the dredging contract story. How did that start?
{{p2.first}}: A tip from a crane operator, {{p3.first}}, who rang me from {{l1.city}} at two \
in the morning. I won't give their surname.
{{p1.first}}: And it ended up on the shortlist for the {{award}}.
{{p2.first}}: It did, though my editor, {{p4}}, deserves half of it.
""",
    ),
    P(
        "pb-transcript-rescue-1",
        "transcript",
        "rescue",
        """
[14:02] COASTGUARD: Vessel calling, this is the coastguard, go ahead.
[14:02] CALLER: This is the yacht {{pick:Kittiwake|Moonraker|Sea Otter|Blue Heron}}, skipper \
{{p1}}. We have a crew member, {{p2.first}}, with a head injury.
[14:03] COASTGUARD: Understood. Your position?
[14:03] CALLER: Two miles south of the harbour entrance at {{l1.city}}. The mobile on board is \
{{ph1:l1}}.
[14:04] COASTGUARD: Lifeboat tasked. Coordinator {{p3.ilast}} will call that mobile.
""",
    ),
    P(
        "pb-transcript-hr-1",
        "transcript",
        "hr",
        """
Interview - {{job}} - {{date}}
Panel: {{p1}}, {{p2}}
Candidate: {{p3}}

{{p1.first}}: Can you tell us about a difficult project?
{{p3.first}}: At my last job in {{l1.city}} I took over a hackathon that lost its sponsor two \
weeks out. I called {{p4}}, who ran {{pick:a food bank|a maker space|a coding school}} there, \
and we moved it into their hall.
{{p2.first}}: Who could we speak to as a referee?
{{p3.first}}: {{p4.first}}, and my former manager, {{p5}} - {{p5.work}}.
""",
    ),
    P(
        "pb-transcript-election-1",
        "transcript",
        "election",
        """
Count centre recording - {{date}}, {{time}}
RETURNING OFFICER ({{p1}}): Ballot box {{n:1-60}} from the {{l1.city}} polling district has a \
broken seal.
AGENT ({{p2}}): We want that noted.
RETURNING OFFICER: Noted. Presiding officer {{p3.ilast}} will be asked for the seal log.
AGENT ({{p4}}): Can we see the doubtful ballots before they are adjudicated?
RETURNING OFFICER: Yes, after verification.
""",
    ),
    P(
        "pb-transcript-dental-1",
        "transcript",
        "dental",
        """
Call recording - reception - {{date}}
RECEPTION: Good morning, Clearview Opticians, {{p1.first}} speaking.
CALLER: Hi, it's {{p2}}. I had an eye test with {{p3.ilast}} last week and the glasses still \
haven't come.
RECEPTION: Let me look... order {{order}}. They were sent to {{l1.addr}}.
CALLER: That's my old flat! I'm at my partner's now. Can you ring me on {{ph1:l1}} when you \
know more?
""",
    ),
    P(
        "pb-transcript-translation-1",
        "transcript",
        "translation",
        """
[Remote interpreting session {{ref}}]
INTERPRETER ({{p1}}): I will interpret everything said in the first person.
CLINICIAN (Dr {{p2.last}}): Can you tell me your full name and date of birth?
PATIENT: My name is {{p3}}, born {{date}}.
CLINICIAN: And who should we call in an emergency?
PATIENT: My brother-in-law, {{p4:m}}. His number is {{ph1}}.
""",
    ),
    # ---------------------------------------------------------------- json
    P(
        "pb-json-ship-1",
        "json",
        "shipping",
        """
{
  "booking": "{{booking}}",
  "vessel": "{{vessel}}",
  "voyage": "{{voyage}}",
  "shipper": {"name": "{{p1}}", "email": "{{p1.work}}", "phone": "{{ph1}}"},
  "consignee": {"name": "{{p2}}", "address": "{{l1.addr}}", "phone": "{{ph2:l1}}"},
  "notify": "{{p3.ilast}}",
  "containers": ["{{container}}", "{{container}}"],
  "pol": "{{locode}}",
  "pod": "{{locode}}"
}
""",
    ),
    P(
        "pb-json-hr-1",
        "json",
        "hr",
        """
{"candidate_id": "{{uuid}}", "name": "{{p1}}", "email": "{{p1.email}}", "phone": "{{ph1}}",
 "location": "{{l1.city}}, {{l1.country}}", "stage": "{{pick:phone screen|onsite|offer}}",
 "referees": [{"name": "{{p2}}", "phone": "{{ph2}}"}, {"name": "{{p3}}", "email": "{{p3.work}}"}],
 "ssn": "{{ssn}}", "source": "{{pick:referral|job board|careers site}}"}
""",
    ),
    P(
        "pb-json-weather-1",
        "json",
        "weather",
        """
{"subscription": {"id": "{{uuid}}", "alerts": ["{{pick:wind|flood|snow}}", "{{pick:lightning|heat|fog}}"],
  "contact": {"name": "{{p1}}", "sms": "{{ph1}}", "email": "{{p1.email}}"},
  "area": {"city": "{{l1.city}}", "region": "{{l1.region}}"},
  "created_from_ip": "{{ip}}", "last_storm_notified": "{{storm}}"}}
""",
    ),
    P(
        "pb-json-museum-1",
        "json",
        "museum",
        """
{
  "accession": "{{ref}}",
  "title": "Study after {{artwork}}",
  "medium": "oil on panel",
  "provenance": [
    {"owner": "{{p1}}", "place": "{{l1.city}}", "from": {{year}}},
    {"owner": "{{p2}}", "place": "{{l2.city}}", "from": {{year}}}
  ],
  "lender_contact": {"name": "{{p3}}", "phone": "{{ph1}}", "email": "{{p3.email}}"},
  "insurance_value": "{{bigprice}}"
}
""",
    ),
    P(
        "pb-json-ngo-1",
        "json",
        "ngo",
        """
Extract the key facts from this record and flag anything missing:
{"case": "{{case}}", "client": {"name": "{{p1}}", "dob": "{{isodate}}", "phone": "{{ph1}}"},
 "household": ["{{p2}}", "{{p3}}"], "origin": "{{l1.country}}", "address": "{{l2.addr}}",
 "grant": {"amount": "{{price}}", "paid_to_iban": "{{iban}}"}, "worker": "{{p4.ilast}}"}
""",
    ),
    P(
        "pb-json-sport-1",
        "json",
        "sport",
        """
[
  {"shirt": {{n:1-30}}, "player": "{{p1}}", "position": "GK", "guardian_phone": "{{ph1}}"},
  {"shirt": {{n:1-30}}, "player": "{{p2}}", "position": "CB", "guardian_phone": "{{ph2}}"},
  {"shirt": {{n:1-30}}, "player": "{{p3}}", "position": "ST", "guardian_phone": "{{ph3}}"}
]
""",
    ),
    # ------------------------------------------------------------ toolcall
    P(
        "pb-toolcall-wedding-1",
        "toolcall",
        "wedding",
        """
Assistant tool call:
create_booking({
  "venue": "{{pick:The Old Barn|The Orangery|The Walled Garden}}",
  "date": "{{isodate}}",
  "couple": ["{{p1}}", "{{p2}}"],
  "contact_email": "{{p1.email}}",
  "contact_phone": "{{ph1}}",
  "guests": {{n:40-180}},
  "deposit": {"amount": "{{price}}", "card": "{{card}}"}
})
""",
    ),
    P(
        "pb-toolcall-rail-1",
        "toolcall",
        "rail",
        """
{"name": "issue_refund", "arguments": {"booking_ref": "{{booking}}", "passenger": "{{p1}}", \
"train": "{{loco}} dining special", "amount": "{{price}}", "refund_to_card": "{{card}}", \
"notify_email": "{{p1.email}}"}}
""",
    ),
    P(
        "pb-toolcall-translation-1",
        "toolcall",
        "translation",
        """
tool_use: schedule_interpreter
input:
  language_pair: {{pick:Somali-English|Dari-English|Tigrinya-English|Polish-English}}
  client_name: {{p1}}
  interpreter: {{p2}}
  appointment: {{isodate}} {{time}}
  location: {{l1.addr}}
  interpreter_phone: "{{ph1:l1}}"
  notes: client prefers a {{pick:female|male}} interpreter; GP is Dr {{p3.last}}
""",
    ),
    P(
        "pb-toolcall-dental-1",
        "toolcall",
        "dental",
        """
call send_sms(to="{{ph1}}", body="Hi {{p1.first}}, your check-up with Dr {{p2.last}} is due. \
Book online or call us.")
""",
    ),
    P(
        "pb-toolcall-hr-1",
        "toolcall",
        "hr",
        """
functions.run_background_check({
  "full_name": "{{p1}}",
  "ssn": "{{ssn}}",
  "current_address": "{{l1.addr:US}}",
  "consent_signed": true,
  "requested_by": "{{p2.work}}"
})
""",
    ),
    P(
        "pb-toolcall-farm-1",
        "toolcall",
        "farm",
        """
<tool_call>{"tool": "order_supplies", "args": {"customer": "{{p1}}", "deliver_to": \
"{{l1.addr}}", "items": [{"sku": "{{sku}}", "qty": {{n:1-12}}}, {"sku": "{{sku}}", "qty": \
{{n:1-4}}}], "pay": {"method": "card", "number": "{{card}}"}, "phone": "{{ph1:l1}}"}}</tool_call>
""",
    ),
    P(
        "pb-toolcall-ship-1",
        "toolcall",
        "shipping",
        """
function_call: update_delivery_contact
arguments: {"bl": "{{bl}}", "contact_name": "{{p1.lf}}", "contact_phone": "{{ph1}}", \
"contact_email": "{{p1.work}}", "reason": "original contact {{p2}} on leave"}
""",
    ),
    # ----------------------------------------------------------------- csv
    P(
        "pb-csv-election-1",
        "csv",
        "election",
        """
station_id,station_name,presiding_officer,po_phone,district
{{n:100-199}},St Anne's Hall,{{p1}},{{ph1}},{{l1.city}}
{{n:200-299}},Scout Hut,{{p2}},{{ph2}},{{l1.city}}
{{n:300-399}},Public Library,"{{p3.lf}}",{{ph3}},{{l2.city}}
""",
    ),
    P(
        "pb-csv-farm-1",
        "csv",
        "farm",
        """
ear_tag,breed,dob,dam,keeper,keeper_phone
UK{{n:100000-999999}} {{n:10000-99999}},Holstein Friesian,{{isodate}},{{n:100-999}},{{p1}},{{ph1}}
UK{{n:100000-999999}} {{n:10000-99999}},Belted Galloway,{{isodate}},{{n:100-999}},{{p1}},{{ph1}}
UK{{n:100000-999999}} {{n:10000-99999}},Simmental,{{isodate}},{{n:100-999}},{{p2}},{{ph2}}
""",
    ),
    P(
        "pb-csv-hr-1",
        "csv",
        "hr",
        """
employee_id,last_name,first_name,ssn,bank_account_number,city
E{{n:1000-9999}},{{p1.LAST}},{{p1.first}},{{ssn}},{{acct}},{{l1.city}}
E{{n:1000-9999}},{{p2.LAST}},{{p2.first}},{{ssn}},{{acct}},{{l2.city}}
E{{n:1000-9999}},{{p3.LAST}},{{p3.first}},{{ssn}},{{acct}},{{l3.city}}
""",
    ),
    P(
        "pb-csv-wine-1",
        "csv",
        "wine",
        """
Can you find duplicate customers in this export?
customer,email,phone,last_order
"{{p1.lf}}",{{p1.email}},{{ph1}},{{wine}}
"{{p2.lf}}",{{p2.email}},{{ph2}},{{wine}}
"{{p1.lf}}",{{p1.work}},{{ph1}},{{wine}}
""",
    ),
    P(
        "pb-csv-ngo-1",
        "csv",
        "ngo",
        """
date,beneficiary,amount,iban,approved_by
{{isodate}},{{p1}},"{{price}}",{{iban}},{{p3.ilast}}
{{isodate}},{{p2}},"{{price}}",{{iban}},{{p3.ilast}}
""",
    ),
    # ----------------------------------------------------------------- tsv
    P(
        "pb-tsv-wine-1",
        "tsv",
        "wine",
        """
order\tcustomer\temail\twine\tqty\tcard
{{order}}\t{{p1}}\t{{p1.email}}\t{{wine}} {{vintage}}\t{{n:1-12}}\t{{card}}
{{order}}\t{{p2}}\t{{p2.email}}\t{{wine}} {{vintage}}\t{{n:1-12}}\t{{card}}
""",
    ),
    P(
        "pb-tsv-school-1",
        "tsv",
        "school",
        """
student\ttutor\tsubject\tparent_contact\tparent_phone
{{p1}}\t{{p2.ilast}}\t{{pick:maths|physics|chemistry}}\t{{p3}}\t{{ph1}}
{{p4}}\t{{p2.ilast}}\t{{pick:English|French|history}}\t{{p5}}\t{{ph2}}
""",
    ),
    P(
        "pb-tsv-rescue-1",
        "tsv",
        "rescue",
        """
callsign\tname\tmobile\tqualification
{{pick:Alpha|Bravo|Charlie}} 1\t{{p1}}\t{{ph1}}\tparty leader
{{pick:Alpha|Bravo|Charlie}} 2\t{{p2}}\t{{ph2}}\tcasualty care
{{pick:Alpha|Bravo|Charlie}} 3\t{{p3}}\t{{ph3}}\tdog handler
""",
    ),
    P(
        "pb-tsv-ip-1",
        "tsv",
        "oss",
        """
user\tdisplay_name\tlast_ip\tlast_seen
{{p1.handle}}\t{{p1}}\t{{ip}}\t{{isodate}}
{{p2.handle}}\t{{p2}}\t{{ip:v6}}\t{{isodate}}
{{bot}}\tRelease Bot\t{{ip}}\t{{isodate}}
""",
    ),
    # ------------------------------------------------------ markdown_table
    P(
        "pb-mdtable-sport-1",
        "markdown_table",
        "sport",
        """
Can you turn this into a short paragraph for the club newsletter?

| Role | Name | Contact |
|---|---|---|
| Captain | {{p1}} | {{ph1}} |
| Vice-captain | {{p2}} | {{p2.email}} |
| Scorer | {{p3.ilast}} | {{ph2}} |
| Groundsman | {{p4.first}} | - |

Nets at the club ground are closed until {{date}} because of damage from {{storm}}.
""",
    ),
    P(
        "pb-mdtable-mining-1",
        "markdown_table",
        "mining",
        """
| Hole | Logged by | Depth (m) | Notes |
|------|-----------|-----------|-------|
| DH-{{n:100-400}} | {{p1.ilast}} | {{n:40-300}} | {{mineral}} veinlets |
| DH-{{n:100-400}} | {{p2.ilast}} | {{n:40-300}} | {{mineral}} in skarn |
| DH-{{n:100-400}} | {{p1.ilast}} | {{n:40-300}} | core loss 2 m |

Summarise the logging above for {{p3.first}}, who is writing the quarterly report for the \
{{l1.region}} licence.
""",
    ),
    P(
        "pb-mdtable-wedding-1",
        "markdown_table",
        "wedding",
        """
| Supplier | Contact | Phone | Paid |
|---|---|---|---|
| Florist | {{p1}} | {{ph1}} | deposit |
| Photographer | {{p2}} | {{ph2}} | in full |
| Cake | {{p3.first}} at {{pick:Sugar & Co|The Bake House}} | {{ph3}} | no |

Please draft a thank-you message to each supplier from {{p4.first}} and {{p5.first}}.
""",
    ),
    P(
        "pb-mdtable-brewery-1",
        "markdown_table",
        "brewery",
        """
| Brew | Brewer | Batch | Notes |
| --- | --- | --- | --- |
| Harbour Stout | {{p1.ilast}} | {{n:100-400}} | collab with {{p2}} |
| Pale No. {{n:2-9}} | {{p3.ilast}} | {{n:100-400}} | dry-hopped |
| {{cocktail}} sour | {{p1.ilast}} | {{n:100-400}} | for the taproom only |

Write tasting notes for these and credit the brewers by name.
""",
    ),
    P(
        "pb-mdtable-hr-1",
        "markdown_table",
        "hr",
        """
Rank these candidates for the {{job}} role and explain briefly:

| Candidate | Location | Years | Referee |
|---|---|---|---|
| {{p1}} | {{l1.city}}, {{l1.country}} | {{n:2-15}} | {{p4}} |
| {{p2}} | {{l2.city}} | {{n:2-15}} | {{p5.ilast}} |
| {{p3}} | remote ({{l3.country}}) | {{n:2-15}} | - |
""",
    ),
]
