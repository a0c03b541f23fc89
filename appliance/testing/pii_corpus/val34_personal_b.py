"""val34 personal templates, part B: json, toolcall, csv, tsv, markdown_table, html, xml, yaml
and code prompts (see `val34_gen` for the placeholder language)."""

from __future__ import annotations

from appliance.testing.pii_corpus.val34_gen import T

TEMPLATES = [
    # --- json -------------------------------------------------------------------------------
    T(
        "bio-json-sample",
        "json",
        """
Validate this LIMS record and tell me which required fields are missing:
{
  "sample_id": "FS-{{batch}}",
  "matrix": "ready-to-eat salad",
  "tests": ["Listeria spp.", "Salmonella", "E. coli (Escherichia coli) enumeration"],
  "client": {"name": "{{p1}}", "phone": "{{phone1}}", "email": "{{p1.email}}"},
  "site_address": "{{addr1}}",
  "sampled_by": "{{p2.fl}}",
  "received": "{{isodate}}T{{time}}:00Z"
}
""",
    ),
    T(
        "rest-json-order",
        "json",
        """
{"order_id": "{{order}}", "event": "retirement lunch", "covers": 24,
 "menu": ["Caesar salad", "Chicken Tetrazzini", "Pavlova"],
 "customer": {"name": "{{p1}}", "mobile": "{{phone1}}"},
 "deliver_to": "{{addr1}}",
 "payment": {"method": "card", "pan": "{{card1}}", "amount": "{{price}}"},
 "notes": "call {{p2.first}} on arrival: {{phone2}}"}

Why does our kitchen printer reject this payload? It only prints the first line.
""",
    ),
    T(
        "fellow-json-applicant",
        "json",
        """
Here's one applicant record from the scholarship portal export. Write a Python function that masks it before we share it with the external panel.

{
  "applicant": "{{p1}}",
  "ssn": "{{ssn1}}",
  "address": "{{addr1}}",
  "phone": "{{phone1}}",
  "programme": "Fulbright Graduate Award – Statistics",
  "referees": ["{{p2}}", "{{p3}}"],
  "essay_title": "Beyond Student's t-test: robust inference for small samples"
}
""",
        where=("US",),
    ),
    T(
        "auction-json-bid",
        "json",
        """
Fraud team asked whether this online bid looks suspicious:
{
  "lot": {{lot}}, "sale": "Modern British & Irish Art",
  "bidder": {"name": "{{p1}}", "email": "{{p1.email}}", "paddle": {{n}}},
  "max_bid_gbp": 18500,
  "client_ip": "{{ip1}}",
  "card_on_file": "{{card1}}",
  "registered_address": "{{addr1}}"
}
The IP geolocates far from the registered address. What else should we check?
""",
    ),
    T(
        "ferry-json-manifest",
        "json",
        """
Convert this manifest to CSV with columns name, nationality, phone:
[
  {"name": "{{p1}}", "nationality": "{{country1}}", "phone": "{{phone1}}", "cabin": "4{{n}}"},
  {"name": "{{p2}}", "nationality": "{{country2}}", "phone": "{{phone2}}", "cabin": "5{{n}}"},
  {"name": "{{p3}}", "nationality": "{{country1}}", "phone": null, "cabin": "5{{n}}"}
]
""",
    ),
    T(
        "hike-json-members",
        "json",
        """
GET /api/v2/members?section=alpine returned:
{"count": 2, "results": [
 {"id": 311, "display_name": "{{p1}}", "email": "{{p1.email}}", "phone": "{{phone1}}", "routes": ["Walker Spur", "Cassin Ridge"]},
 {"id": 312, "display_name": "{{p2}}", "email": "{{p2.email}}", "phone": "{{phone2}}", "routes": ["Bonatti Pillar"]}
]}
Is it a problem that the API returns phone numbers to every logged-in member?
""",
    ),
    # --- toolcall ---------------------------------------------------------------------------
    T(
        "rest-toolcall-reserve",
        "toolcall",
        """
{"tool": "create_reservation", "arguments": {"guest_name": "{{p1}}", "party_size": 6, "date": "{{isodate}}", "time": "{{time}}", "phone": "{{phone1}}", "requests": "window table; one Eggs Benedict without ham", "deposit_card": "{{card1}}"}}
""",
    ),
    T(
        "care-toolcall-sms",
        "toolcall",
        """
send_sms(to="{{phone1}}", body="Hello {{p1.first}}, {{p2.first}} had a good day at Willowbank and is looking forward to your visit on {{day}}. – {{p3.first}}, Seacole wing")
""",
    ),
    T(
        "school-toolcall-contact",
        "toolcall",
        """
Call this tool for me:
create_contact({
  "student": "{{p1}}",
  "guardian": "{{p2}}",
  "guardian_email": "{{p2.email}}",
  "guardian_phone": "{{phone1}}",
  "house": "Faraday",
  "tutor_group": "10R"
})
""",
        kin={"p2": "p1"},
    ),
    T(
        "wedding-toolcall-payment",
        "toolcall",
        """
{"function": "schedule_payment", "arguments": {"payee": "{{p1}}", "iban": "{{iban1}}", "amount_eur": 1450, "reference": "Wedding {{p2.last}} / {{p3.last}} – florals", "execute_on": "{{isodate}}"}}
""",
        where=("DE", "NL", "FR", "ES", "IT", "PT", "BE", "AT", "IE"),
    ),
    T(
        "gen-toolcall-tree",
        "toolcall",
        """
add_person(tree_id="{{uuid}}", name="{{p1}}", born="{{year}}", birthplace="{{city1}}", father="{{p2}}", mother="{{p3}}", spouse="{{p4}}", notes="see census with {{p5.first}}")
""",
        kin={"p1": "p2"},
        sex={"p2": "m", "p3": "f"},
    ),
    T(
        "harbour-toolcall-pilot",
        "toolcall",
        """
notify_pilot({"vessel": "MV Northern Lantern", "imo": "{{imo}}", "eta": "{{time}}", "pilot": "{{p1}}", "pilot_mobile": "{{phone1}}", "tug": "Kittiwake", "agent_email": "{{email1.dispatch}}"})
""",
    ),
    # --- csv --------------------------------------------------------------------------------
    T(
        "row-csv-regatta",
        "csv",
        """
Please check this regatta entry file for duplicate crews:
event,boat,seat,name,club_contact_phone
W4+,Agnes Ellen,stroke,{{p1}},{{phone1}}
W4+,Agnes Ellen,3,{{p2}},{{phone1}}
M2x,Old Tom,bow,{{p3}},{{phone2}}
M2x,Old Tom,stroke,{{p4}},{{phone2}}
W4+,Agnes Ellen,stroke,{{p1}},{{phone1}}
""",
    ),
    T(
        "nursery-csv-contacts",
        "csv",
        """
child,room,parent,parent_phone,collect_password
{{p1.first}},Caterpillars,{{p2}},{{phone1}},acorn
{{p3.first}},Butterflies,{{p4}},{{phone2}},moomin
{{p5.first}},Caterpillars,{{p6}},{{phone3}},pickle
Turn this into a fire-drill register sorted by room.
""",
        kin={"p2": "p1", "p4": "p3", "p6": "p5"},
    ),
    T(
        "stats-csv-survey",
        "csv",
        """
respondent_id,email,ip_address,q1_likert,q2_likert,completed
{{n}}01,{{p1.email}},{{ip1}},4,5,{{date}}
{{n}}02,{{p2.email}},{{ip2}},2,2,{{date}}
{{n}}03,{{p3.email}},{{ip3.v6}},5,4,{{date}}
Compute Cronbach's alpha for q1 and q2 – but first tell me which columns I should drop before sharing this.
""",
    ),
    T(
        "tailor-csv-orders",
        "csv",
        """
order,customer,item,delivery_address,card
{{order}},{{p1}},"Oxford, black calf, UK 8","{{addr1}}",{{card1}}
{{order}},{{p2}},"Chesterfield overcoat, navy","{{addr2}}",{{card2}}
Which orders are still awaiting a fitting? (both, I think)
""",
    ),
    T(
        "care-csv-payroll",
        "csv",
        """
employee,role,sort_code,account_number,hours
{{p1}},senior carer,{{sortcode}},{{acct1.uk}},151
{{p2}},night carer,{{sortcode}},{{acct2.uk}},140
{{p3}},cook,{{sortcode}},{{acct3.uk}},96
Sum the hours and flag anyone over 150.
""",
        where=("GB",),
    ),
    # --- tsv --------------------------------------------------------------------------------
    T(
        "gen-tsv-index",
        "tsv",
        """
name	event	place	year
{{p1}}	baptism	{{city1}}	{{year}}
{{p2}}	marriage	{{city1}}	{{year}}
{{p3}}	burial	{{city2}}	{{year}}
{{p1.lf}}	census	{{addr1}}	1891
Group these by family and order by year.
""",
        kin={"p2": "p1", "p3": "p1"},
    ),
    T(
        "lib-tsv-signin",
        "tsv",
        """
date	name	phone	collection
{{date}}	{{p1}}	{{phone1}}	parish registers
{{date}}	{{p2}}	{{phone2}}	tithe maps
{{date}}	{{p3}}		trade directories
""",
    ),
    T(
        "hosp-tsv-rota",
        "tsv",
        """
name	ward	shift	bleep / mobile
{{p1}}	Nightingale	early	{{phone1}}
{{p2}}	Seacole	late	{{phone2}}
{{p3}}	Lister	night	{{phone3}}
Fill in the missing weekend cover.
""",
    ),
    T(
        "bio-tsv-inspections",
        "tsv",
        """
inspector	premises	address	contact
{{p1.fl}}	bakery	{{addr1}}	{{phone1}}
{{p2.fl}}	sushi bar	{{addr2}}	{{phone2}}
{{p1.fl}}	care home kitchen	{{addr3}}	{{phone3}}
""",
    ),
    # --- markdown_table ---------------------------------------------------------------------
    T(
        "wedding-md-seating",
        "markdown_table",
        """
| Table | Guests |
|---|---|
| 1 (top) | {{p1}}, {{p2}}, {{p3}}, {{p4}} |
| 2 | {{p5}}, {{p6}}, {{p7.first}} (+1) |
| 3 | {{p8}}, {{p9}} |

Can you balance table 2 and table 3 so each has four guests? Keep {{p5.first}} away from {{p8.first}}.
""",
    ),
    T(
        "hike-md-roster",
        "markdown_table",
        """
| Day | Route | Leader | Mobile |
|-----|-------|--------|--------|
| Sat | Striding Edge to the summit | {{p1}} | {{phone1}} |
| Sun | Walker Spur (approach only) | {{p2}} | {{phone2}} |
| Mon | Everest viewpoint walk | {{p3.fl}} | {{phone3}} |

Rewrite as a WhatsApp message for the group.
""",
    ),
    T(
        "math-md-invigilation",
        "markdown_table",
        """
| Exam | Room | Invigilator | Email |
|---|---|---|---|
| MA2041 Galois theory | Turing LT | {{p1}} | {{p1.wemail}} |
| MA3120 Hilbert spaces | Noether Room | {{p2}} | {{p2.wemail}} |
| PH2203 Thermodynamics (joule, kelvin, watt problems) | Maxwell LT | {{p3}} | {{p3.wemail}} |
""",
    ),
    T(
        "auction-md-settlement",
        "markdown_table",
        """
Settlement run for sale {{n}}:

| Vendor | Lots | Net proceeds | IBAN |
|---|---|---|---|
| {{p1}} | {{lot}}, {{lot}} | €4,120.00 | {{iban1}} |
| {{p2}} | {{lot}} | €860.50 | {{iban2}} |
| {{p3.lf}} | {{lot}} | €12,300.00 | {{iban3}} |

Double-check the totals add up to €17,280.50.
""",
        where=("DE", "NL", "FR", "BE", "IT", "ES", "AT", "IE", "PT"),
    ),
    T(
        "xword-md-payments",
        "markdown_table",
        """
| Pseudonym | Setter | Puzzles | Acct no. |
|---|---|---|---|
| Nutmeg | {{p1}} | 4 | {{acct1}} |
| Quantum | {{p2}} | 2 | {{acct2}} |
| Corvid | {{p3}} | 3 | {{acct3}} |
Rate is £95 per cryptic; compute each fee.
""",
    ),
    # --- html -------------------------------------------------------------------------------
    T(
        "school-html-staff",
        "html",
        """
<section class="staff">
  <h2>Science faculty</h2>
  <ul>
    <li>{{p1}} – Head of Physics, <a href="mailto:{{p1.wemail}}">{{p1.wemail}}</a></li>
    <li>{{p2}} – Chemistry (Bunsen safety officer)</li>
    <li>{{p3}} – Biology, tel. <a href="tel:{{phone1}}">{{phone1}}</a></li>
  </ul>
</section>
Make this list accessible (headings, link text) without changing the content.
""",
    ),
    T(
        "rest-html-confirm",
        "html",
        """
<table class="confirm">
<tr><td>Guest</td><td>{{p1}}</td></tr>
<tr><td>Phone</td><td>{{phone1}}</td></tr>
<tr><td>Date</td><td>{{date}}, {{time}}</td></tr>
<tr><td>Menu</td><td>Oysters Rockefeller, Beef Wellington, Crêpes Suzette</td></tr>
<tr><td>Billing address</td><td>{{addr1}}</td></tr>
</table>
Why does this render without borders in Outlook?
""",
    ),
    T(
        "care-html-contact",
        "html",
        """
<footer>
  <p>Willowbank Care Home · {{addr1}}</p>
  <p>Home manager: {{p1}} · <a href="tel:{{phone1}}">{{phone1}}</a> · {{email1.enquiries}}</p>
  <p>Registered with the Care Quality Commission. Visiting 10:00–20:00.</p>
</footer>
""",
        where=("GB",),
    ),
    T(
        "lib-html-event",
        "html",
        """
<article>
<h1>Talk: Streets named after people</h1>
<p>Local historian {{p1}} explains how {{addr1}} got its name, with photographs lent by {{p2}}.</p>
<p>Free, booking essential: <a href="mailto:{{email1.events}}">{{email1.events}}</a></p>
<!-- speaker mobile for the day: {{phone1}} -->
</article>
""",
    ),
    # --- xml --------------------------------------------------------------------------------
    T(
        "ferry-xml-booking",
        "xml",
        """
<Booking ref="{{booking}}">
  <Sailing route="north" departs="{{isodate}}T{{time}}"/>
  <Lead name="{{p1}}" phone="{{phone1}}" email="{{p1.email}}"/>
  <Passenger name="{{p2}}"/>
  <Vehicle make="Ford" model="Transit Custom" length="5.3"/>
  <Payment type="card" number="{{card1}}"/>
</Booking>
""",
    ),
    T(
        "care-xml-sepa",
        "xml",
        """
<CdtTrfTxInf>
  <PmtId><EndToEndId>FEES-{{n}}</EndToEndId></PmtId>
  <Amt><InstdAmt Ccy="EUR">3120.00</InstdAmt></Amt>
  <Cdtr><Nm>{{p1}}</Nm></Cdtr>
  <CdtrAcct><Id><IBAN>{{iban1}}</IBAN></Id></CdtrAcct>
  <RmtInf><Ustrd>Pflegeheim Lindenhof – {{p2}}</Ustrd></RmtInf>
</CdtTrfTxInf>
Explain each element of this SEPA fragment.
""",
        names=("de",),
        where=("DE", "AT"),
    ),
    T(
        "hosp-xml-patient",
        "xml",
        """
<patient>
  <name family="{{p1.last}}" given="{{p1.first}}"/>
  <ssn>{{ssn1}}</ssn>
  <ward>Nightingale</ward>
  <contact relation="daughter" name="{{p2}}" phone="{{phone1}}"/>
  <diagnosis>Suspected Legionella pneumonia</diagnosis>
</patient>
""",
        where=("US",),
        kin={"p2": "p1"},
        sex={"p2": "f"},
    ),
    T(
        "fellow-xml-application",
        "xml",
        """
<application programme="Humboldt Research Fellowship">
  <candidate>{{p1}}</candidate>
  <address>{{addr1}}</address>
  <phone>{{phone1}}</phone>
  <host>Prof. {{p2}}</host>
  <topic>Navier-Stokes regularity and the Kolmogorov cascade</topic>
</application>
""",
    ),
    # --- yaml -------------------------------------------------------------------------------
    T(
        "bio-yaml-oncall",
        "yaml",
        """
oncall:
  - name: {{p1}}
    phone: "{{phone1}}"
    email: {{p1.wemail}}
  - name: {{p2}}
    phone: "{{phone2}}"
escalation: "Listeria or Salmonella positive in RTE food -> call both"
""",
    ),
    T(
        "harbour-yaml-pilots",
        "yaml",
        """
pilots:
  {{p1.handle}}:
    name: "{{p1}}"
    mobile: "{{phone1}}"
    licence: class A
  {{p2.handle}}:
    name: "{{p2}}"
    mobile: "{{phone2}}"
    licence: class B
""",
    ),
    T(
        "math-yaml-cluster",
        "yaml",
        """
cluster: hilbert
admins:
  - {{p1.wemail}}
  - {{p2.wemail}}
allowed_ssh_from:
  - {{ip1}}/32
  - {{ip2.v6}}/64
scheduler: slurm-{{ver}}
Why does sshd ignore the IPv6 range?
""",
    ),
    T(
        "wedding-yaml-event",
        "yaml",
        """
event: wedding
couple: ["{{p1}}", "{{p2}}"]
venue:
  address: "{{addr1}}"
  contact: {{p3}}
  phone: "{{phone1}}"
menu: [canapés, Beef Wellington, Peach Melba]
""",
    ),
    # --- code -------------------------------------------------------------------------------
    T(
        "rest-code-fixture",
        "code",
        """
Refactor this test fixture so it stops using production-looking data:

```python
def make_booking():
    return Booking(
        guest="{{p1}}",
        email="{{p1.email}}",
        phone="{{phone1}}",
        card="{{card1}}",
        dishes=["Beef Wellington", "Pavlova"],
    )
```
""",
    ),
    T(
        "row-code-sql",
        "code",
        """
INSERT INTO members (name, phone, iban, boat_pref) VALUES
  ('{{p1}}', '{{phone1}}', '{{iban1}}', 'single scull'),
  ('{{p2}}', '{{phone2}}', '{{iban2}}', 'C2x');
-- the second row fails with "value too long for type character varying(22)", why?
""",
        where=("NL", "BE", "DE"),
    ),
    T(
        "school-code-js",
        "code",
        """
```js
// emergency contacts for the Year 9 Everest-viewpoint trip
const contacts = [
  { pupil: "{{p1}}", parent: "{{p2}}", phone: "{{phone1}}" },
  { pupil: "{{p3}}", parent: "{{p4}}", phone: "{{phone2}}" },
];
contacts.forEach(c => sendText(c.phone, `Coach leaves at 07:30 – ${c.pupil}`));
```
Why does sendText get called twice for the same number?
""",
        kin={"p2": "p1", "p4": "p3"},
    ),
    T(
        "fellow-code-go",
        "code",
        """
```go
var applicant = Applicant{
    Name:    "{{p1}}",
    SSN:     "{{ssn1}}",
    Email:   "{{p1.email}}",
    Program: "Rhodes",
}
```
golint says the struct literal is fine but the review bot flagged it. What is it complaining about?
""",
    ),
    T(
        "stats-code-comment",
        "code",
        """
```python
# TODO(ask Dr {{p1.ref}}, {{phone1}}): is Bonferroni too strict for 40 tests?
# data from {{p2}}'s export, see email {{date}}
from scipy import stats
t, p = stats.ttest_ind(a, b, equal_var=False)  # Welch's t-test
```
""",
    ),
    T(
        "hike-code-sqlquery",
        "code",
        """
SELECT id, display_name, last_login_ip
FROM members
WHERE email = '{{p1.email}}' OR last_login_ip = '{{ip1}}';
-- returns {{p2}} as well – shared house? Explain how to check.
""",
    ),
    T(
        "care-code-payroll",
        "code",
        """
```python
PAYEE = {
    "name": "{{p1}}",
    "sort_code": "{{sortcode}}",
    "account_number": "{{acct1.uk}}",
}
# {{p2.first}} says this should come from the vault, not the repo
```
Move this into an environment variable and show me the code.
""",
        where=("GB",),
    ),
]
