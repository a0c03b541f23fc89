"""val36 templates with personal data, part B: json, toolcall, csv, tsv, markdown_table,
html, xml, yaml, code and log. Each template: (id, shape, text)."""

from __future__ import annotations

TEMPLATES: list[tuple[str, str, str]] = [
    # ---------------------------------------------------------------- json
    (
        "game-json-1",
        "json",
        """Why does this fail schema validation?
{"player_id": "{{D9}}", "display_name": "Agent 47", "owner": {"name": "{{P1}}", "email": "{{E1}}", "phone": "{{PH}}"}, "pets": [{"name": "Biscuit", "species": "fox"}], "last_ip": "{{IP}}", "client": "{{ver}}"}""",
    ),
    (
        "iot-json-1",
        "json",
        """{
  "home_id": "{{uuid}}",
  "owner": "{{P1}}",
  "members": ["{{P2.first}}", "{{P3.first}}"],
  "devices": [
    {"name": "Kitchen Echo", "ip": "{{IP}}", "fw": "{{ver}}"},
    {"name": "Rosie", "type": "vacuum", "ip": "{{IPV}}"}
  ],
  "emergency_contact": {"name": "{{P4}}", "phone": "{{PH}}"}
}
Summarise the setup for the installer.""",
    ),
    (
        "dna-json-1",
        "json",
        """Convert these matches to a family-tree CSV:
[{"match": "{{P1}}", "shared_cm": {{n:40-900}}, "location": "{{C}}"}, {"match": "{{P2}}", "shared_cm": {{n:40-900}}, "location": "{{CO}}"}, {"match": "{{P3.init}}", "shared_cm": {{n:8-60}}, "location": null}]""",
    ),
    (
        "bet-json-1",
        "json",
        """{"event": "kyc.submitted", "ts": "{{ts}}", "customer": {"full_name": "{{P1}}", "ssn": "{{SSN}}", "dob": "{{date}}", "address": "{{A}}", "phone": "{{PH.US}}"}, "ip": "{{IP}}"}""",
    ),
    (
        "pharmacy-json-1",
        "json",
        """{"member": {"card": "{{d4}}{{d4}}{{d4}}", "name": "{{P1.lf}}", "mobile": "{{PH}}", "email": "{{E1}}"}, "points": {{n:100-9000}}, "last_store": "{{C}}", "payment": {"card_number": "{{CC}}"}}""",
    ),
    (
        "ship-json-1",
        "json",
        """Please check this booking payload before we send it to the carrier API:
{"booking": "{{u4}}{{d7}}", "vessel": "MV Coral Tern", "pol": "{{C}}", "pod": "{{C}}", "shipper": {"contact": "{{P1}}", "tel": "{{PH}}", "email": "{{E1.work}}"}, "notify": {"contact": "{{P2}}", "tel": "{{PH}}"}, "containers": [{"id": "TGHU{{d7}}", "type": "40HC"}]}""",
    ),
    # ---------------------------------------------------------------- toolcall
    (
        "iot-toolcall-1",
        "toolcall",
        """Assistant tool call:
send_notification({"recipient_name": "{{P1}}", "phone": "{{PH}}", "message": "Garage door left open — 'Jarvis' closed it at {{time}}", "device_ip": "{{IP}}"})""",
    ),
    (
        "theatre-toolcall-1",
        "toolcall",
        """{"tool": "create_booking", "arguments": {"show": "Hamlet", "date": "{{date}}", "seats": ["C{{n:1-20}}", "C{{n:1-20}}"], "customer_name": "{{P1}}", "customer_email": "{{E1}}", "card_number": "{{CC}}"}}""",
    ),
    (
        "bike-toolcall-1",
        "toolcall",
        """function_call: refund_ride
arguments: {"rider": "{{P1.lf}}", "rider_phone": "{{PH}}", "bike_name": "Beatrice", "ride_id": "{{uuid}}", "amount_eur": {{amt}}, "iban": "{{IBAN}}"}""",
    ),
    (
        "podcast-toolcall-1",
        "toolcall",
        """<tool_call name="schedule_recording">
{"host": "{{P1}}", "guest": "{{P2}}", "guest_email": "{{E2}}", "studio": "{{C}}", "start": "{{ts}}"}
</tool_call>""",
    ),
    (
        "cruise-toolcall-1",
        "toolcall",
        """call lookup_crew_member(name="{{P1}}", cabin="{{n:1000-9999}}") -> {"name": "{{P1}}", "role": "dance captain", "home_phone": "{{PH}}", "next_of_kin": "{{P2}}", "ssn": "{{SSN}}", "payroll_account": "{{ACCT}}"}""",
    ),
    # ---------------------------------------------------------------- csv
    (
        "fantasy-csv-1",
        "csv",
        """Sort these by points and tell me who's top:
manager,team,points,phone
{{P1}},Gridiron Goats,{{n:80-160}},{{PH}}
{{P2}},Waiver Wizards,{{n:80-160}},{{PH}}
{{P3}},Hail Marys,{{n:80-160}},{{PH}}
{{P4}},Monday Mayhem,{{n:80-160}},{{PH}}""",
    ),
    (
        "comiccon-csv-1",
        "csv",
        """badge_id,name,character,email
{{d6}},{{P1}},Miss Scarlett,{{E1}}
{{d6}},{{P2}},Captain Price,{{E2}}
{{d6}},"{{P3.lf}}",Princess Peach,{{E3}}
{{d6}},{{P4}},Sherlock,{{E4}}""",
    ),
    (
        "choir-csv-1",
        "csv",
        """voice,member,mobile,subs_paid
S1,{{P1}},{{PH}},yes
A2,{{P2}},{{PH}},no
T1,{{P3}},{{PH}},yes
B2,{{W1}},{{PH}},yes""",
    ),
    (
        "pharmacy-csv-1",
        "csv",
        """card_no;surname;forename;postcode_area;ssn
{{d8}};{{P1.LAST}};{{P1.first}};{{u2}};{{SSN}}
{{d8}};{{P2.LAST}};{{P2.first}};{{u2}};{{SSN}}
{{d8}};{{P3.LAST}};{{P3.first}};{{u2}};{{SSN}}""",
    ),
    (
        "royalty-csv-1",
        "csv",
        """Find the payee with the largest balance:
payee,pen_name,iban,balance_gbp
{{P1}},{{P4.init}},{{IBAN}},{{amt}}
{{P2}},{{P5}},{{IBAN}},{{amt}}
{{P3}},—,{{IBAN}},{{amt}}""",
    ),
    # ---------------------------------------------------------------- tsv
    (
        "bike-tsv-1",
        "tsv",
        """rider	bike	dock	card
{{P1}}	Mabel	{{C}} Central	{{CC}}
{{P2}}	Winston	{{C}} Harbour	{{CC}}""",
    ),
    (
        "reunion-tsv-1",
        "tsv",
        """name_at_school	lives_in	email	phone
{{P1}}	{{C}}	{{E1}}	{{PH}}
{{P2}}	{{CO}}	{{E2}}	{{PH}}
{{P3}}	{{C}}		{{PH}}""",
    ),
    (
        "iot-tsv-1",
        "tsv",
        """device	owner	ip	last_seen
Living Room Echo	{{P1.first}}	{{IP}}	{{ts}}
Porch Cam	{{P1.first}}	{{IP}}	{{ts}}
Study Lamp	{{P2.first}}	{{IPV}}	{{ts}}""",
    ),
    (
        "wine-tsv-1",
        "tsv",
        """Make this into a tidy staff rota:
staff	role	phone	account_no
{{P1}}	sommelier	{{PH}}	{{ACCT}}
{{P2}}	bartender	{{PH}}	{{ACCT}}""",
    ),
    # ---------------------------------------------------------------- markdown_table
    (
        "escape-md-1",
        "markdown_table",
        """| Team | Captain | Phone | Time |
|---|---|---|---|
| The Red Herrings | {{P1}} | {{PH}} | 42:10 |
| Mustard Cutters | {{P2}} | {{PH}} | 51:33 |
| Lock Ness | {{P3}} | {{PH}} | 58:02 |""",
    ),
    (
        "stream-md-1",
        "markdown_table",
        """Rewrite as bullet points:
| Profile | Real name | Country | Last login IP |
|---|---|---|---|
| Wednesday | {{P1}} | {{CO}} | {{IP}} |
| Ted Lasso fan | {{P2}} | {{CO}} | {{IP}} |""",
    ),
    (
        "cruise-md-1",
        "markdown_table",
        """| Show | Performer | Agent | Agent phone |
|---|---|---|---|
| Broadway Nights | {{P1}} | {{P2}} | {{PH}} |
| Magic at Sea | {{P3}} | {{P4}} | {{PH}} |
| Piano Bar | {{P5}} | — | — |""",
    ),
    (
        "garden-md-1",
        "markdown_table",
        """| Class | Winner | Variety |
|---|---|---|
| Dahlia (decorative) | {{P1}} | Bishop of Llandaff |
| Shrub rose | {{P2}} | Gertrude Jekyll |
| Sweet pea | {{W1}} | Cupani |""",
    ),
    # ---------------------------------------------------------------- html
    (
        "theatre-html-1",
        "html",
        """<div class="booking">
  <h2>Evita — your tickets</h2>
  <p>Lead booker: <strong>{{P1}}</strong></p>
  <p>Guests: {{P2}}, {{P3}}</p>
  <p>Contact: <a href="mailto:{{E1}}">{{E1}}</a></p>
</div>""",
    ),
    (
        "podcast-html-1",
        "html",
        """<section id="hosts">
  <h3>Meet the hosts</h3>
  <ul>
    <li>{{P1}} — {{C}}</li>
    <li>{{P2}} — {{CO}}</li>
  </ul>
  <p>Press: {{ER.press}} · {{PH}}</p>
</section>""",
    ),
    (
        "reunion-html-1",
        "html",
        """<table><tr><th>Name</th><th>Then</th><th>Now</th></tr>
<tr><td>{{P1}}</td><td>head girl</td><td>{{C}}</td></tr>
<tr><td>{{P2}}</td><td>captain of the chess club</td><td>{{CO}}</td></tr>
<tr><td>{{P3}}</td><td>drama</td><td>{{A}}</td></tr></table>""",
    ),
    (
        "toy-html-1",
        "html",
        """<form action="/gift-wrap">
<input name="to" value="{{P1.first}}">
<input name="from" value="{{P2}}">
<input name="deliver_to" value="{{A}}">
<input name="phone" value="{{PH}}">
<textarea>Happy birthday! Love, Nana and Grandad</textarea>
</form>""",
    ),
    # ---------------------------------------------------------------- xml
    (
        "ship-xml-1",
        "xml",
        """<ShippingInstruction>
  <BookingRef>{{u3}}{{d8}}</BookingRef>
  <Shipper><Contact>{{P1}}</Contact><Phone>{{PH}}</Phone></Shipper>
  <Consignee><Contact>{{P2}}</Contact><Address>{{A}}</Address></Consignee>
  <PortOfDischarge>{{C}}</PortOfDischarge>
</ShippingInstruction>""",
    ),
    (
        "royalty-xml-1",
        "xml",
        """<payee id="{{d5}}">
  <legalName>{{P1}}</legalName>
  <penName>{{P2}}</penName>
  <taxId type="SSN">{{SSN}}</taxId>
  <bank><iban>{{IBAN}}</iban></bank>
</payee>""",
    ),
    (
        "iot-xml-1",
        "xml",
        """<event type="door_unlock" time="{{ts}}">
  <user>{{P1}}</user>
  <device name="Front Door" ip="{{IP}}"/>
  <notify phone="{{PH}}"/>
</event>""",
    ),
    (
        "choir-xml-1",
        "xml",
        """<concert title="Messiah" date="{{date}}">
  <soloist voice="soprano">{{P1}}</soloist>
  <soloist voice="alto">{{P2}}</soloist>
  <soloist voice="tenor">{{P3}}</soloist>
  <conductor>{{P4}}</conductor>
</concert>""",
    ),
    # ---------------------------------------------------------------- yaml
    (
        "escape-yaml-1",
        "yaml",
        """game: murder-at-the-manor
date: {{date}}
host: {{P1}}
characters:
  - role: Colonel Mustard
    played_by: {{P2}}
  - role: Miss Scarlett
    played_by: {{P3}}
contact_phone: "{{PH}}"
""",
    ),
    (
        "iot-yaml-1",
        "yaml",
        """# home-assistant people.yaml
person:
  - name: {{P1}}
    device_tracker: phone_{{x6}}
  - name: {{P2}}
    device_tracker: phone_{{x6}}
notify:
  sms_number: "{{PH}}"
  admin_email: {{E1}}""",
    ),
    (
        "car-yaml-1",
        "yaml",
        """member:
  name: {{P1}}
  licence_country: {{CO}}
  payment:
    card: "{{CC}}"
  home: "{{A}}"
vehicle_nickname: Herbie""",
    ),
    (
        "bet-yaml-1",
        "yaml",
        """payout:
  customer: {{P1}}
  checking_account: "{{ACCT}}"
  routing: "{{D9}}"
  amount_usd: {{amt}}
  ssn_last4_verified: true""",
    ),
    # ---------------------------------------------------------------- code
    (
        "game-code-1",
        "code",
        """# TODO(remove before release): test account for {{P1}}
TEST_USER = {
    "email": "{{E1}}",
    "phone": "{{PH}}",
    "character": "Princess Peach",
}
Why does the login test still use this account?""",
    ),
    (
        "pharmacy-code-1",
        "code",
        """SELECT member_id, name FROM loyalty_members
WHERE name = '{{P1}}' OR email = '{{E1}}' OR phone = '{{PH}}';
-- {{P2.first}} says this returns duplicates for the same customer, why?""",
    ),
    (
        "bike-code-1",
        "code",
        """// fixture for the refund flow
const rider = {
  name: "{{P1}}",
  card: "{{CC}}",
  homeDock: "{{C}}",
};
// ask {{P2.first}} before changing the card number""",
    ),
    (
        "ship-code-1",
        "code",
        """func TestNotifyConsignee(t *testing.T) {
	c := Contact{Name: "{{P1}}", Phone: "{{PH}}", Email: "{{E1}}"}
	if err := Notify(c, "TGHU{{d7}}"); err != nil {
		t.Fatal(err)
	}
}""",
    ),
    (
        "dna-code-1",
        "code",
        """matches = [
    ("{{P1}}", {{n:50-900}}),
    ("{{P2}}", {{n:50-900}}),
    ("{{P3.init}}", {{n:8-49}}),
]
# {{P4.first}}: filter out anything under 20 cM
print(sorted(matches, key=lambda m: -m[1]))""",
    ),
    (
        "wine-code-1",
        "code",
        """INSERT INTO reservations (guest, phone, party, notes)
VALUES ('{{P1}}', '{{PH}}', {{n:2-10}}, 'Negroni on arrival'),
       ('{{P2}}', '{{PH}}', {{n:2-10}}, 'Tom Collins x2');""",
    ),
    # ---------------------------------------------------------------- log
    (
        "iot-log-1",
        "log",
        """{{ts}} INFO  hub[{{n:100-999}}]: device "Kitchen Echo" joined from {{IP}}
{{ts}} INFO  hub[{{n:100-999}}]: presence: {{P1.first}} arrived home
{{ts}} WARN  hub[{{n:100-999}}]: unknown device {{IPV}} tried to pair
{{ts}} INFO  hub[{{n:100-999}}]: SMS sent to {{PH}}""",
    ),
    (
        "game-log-1",
        "log",
        """[{{ts}}] auth ok user_id={{D8}} email={{E1}} ip={{IP}}
[{{ts}}] iap purchase sku=gems_1200 price=9.99 card={{CC}}
[{{ts}}] support note: player {{P1}} asked to rename pet "Agent 47\"""",
    ),
    (
        "bet-log-1",
        "log",
        """{{ts}} kyc.check name="{{P1}}" ssn={{SSN}} result=PASS
{{ts}} deposit acct={{ACCT}} amount={{amt}} source_ip={{IP}}
{{ts}} bet placed runner="Mister Moonlight" stake={{amt}}""",
    ),
    (
        "stream-log-1",
        "log",
        """{{ts}} login profile="Wednesday" account_owner="{{P1}}" ip={{IP}}
{{ts}} playback title="Sherlock S02E03" device=tv ip={{IPV}}
{{ts}} email_change old={{E1}} new={{E2}}""",
    ),
    (
        "car-log-1",
        "log",
        """{{ts}} unlock vehicle=VAN-{{d3}} member="{{P1}}" phone={{PH}}
{{ts}} trip_end vehicle=VAN-{{d3}} km={{n:3-140}} location="{{C}}"
{{ts}} charge card={{CC}} amount={{amt}}""",
    ),
    (
        "ship-log-1",
        "log",
        """{{ts}} gate-in TGHU{{d7}} truck={{u2}}{{d4}} driver="{{P1}}" tel={{PH}}
{{ts}} vgm submitted by {{E2}} weight=24310kg
{{ts}} release pin sent to {{P2}} at {{PH}}""",
    ),
]
