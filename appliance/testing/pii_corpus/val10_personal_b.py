"""Templates with personal data of val10 (structured and developer shapes: json, csv,
markdown_table, html, xml, code, log, yaml, toolcall, sql, srt, ics, vcard, latex), written by
hand by the val10 author. Slot syntax: see `val10_gen`."""

from __future__ import annotations

RAW = """
== json pb_json_patient
Validate this payload: {"patient": {"name": "«P1.full»", "phone": "«phone»", "city": "«city»"}, "carer": "«P2.full»", "ward": "B«n»"}
== json pb_json_members
[{"member": "«P1.rev»", "email": "«P1.email»", "tel": "«phone»"}, {"member": "«P2.rev»", "email": "«P2.email»", "tel": "«phone2»"}]
== json pb_json_payout
why does the API reject this? {"payee":"«P1.full»","iban":"«iban»","amount":«n»00,"ref":"«order»"}
== json pb_json_booking
{"booking_id": "«order»", "guests": ["«P1.full»", "«P2.first»", "«P3.full»"], "lead_phone": "«phone»", "origin": "«country»"}
== json pb_json_fixture
Is this test fixture OK to commit? {"user": {"first_name": "«P1.first»", "last_name": "«P1.last»", "ssn": "«ssn»", "card": "«card»", "last_ip": "«ip»"}}
== json pb_json_tripbot
{"role":"user","content":"book «city» → «city2» for «P1.full» and «Q1.full»; pay with «card»"}
== csv pb_csv_roster
Clean this CSV: name,role,phone,email
«P1.full»,coach,«phone»,«P1.email»
«P2.full»,captain,«phone2»,«P2.email»
«P3.full»,physio,«phone3»,
== csv pb_csv_payroll
emp_id;name;account_number;ssn
«n»01;«P1.revc»;«acct»;«ssn»
«n»02;«P2.revc»;«acct2»;«ssn2»
== csv pb_csv_guests
"Guest","Room","Country","Card"
"«P1.full»","«room»","«country»","«card»"
"«P2.full»","«room2»","«country2»","«card2»"
== csv pb_csv_loyalty
member_no|name|city|phone
«longnum»|«P1.caps»|«city»|«phone»
«longnum2»|«P2.caps»|«city2»|«phone2»
== markdown_table pb_md_rota
| Shift | Carer | Client | Phone |
|---|---|---|---|
| AM | «P1.first» | «P2.full» | «phone» |
| PM | «P3.first» | «P4.full» | «phone2» |
== markdown_table pb_md_results
| Player | Team | Contact |
|--------|------|---------|
| «P1.init» | Rovers | «P1.email» |
| «P2.init» | Athletic | «phone» |
== markdown_table pb_md_donors
Summarise donors: | Donor | IBAN | Country |
| «P1.full» | «iban» | «country» |
| «P2.full» | «iban2» | «country2» |
== html pb_html_profile
<div class="profile"><h2>«P1.full»</h2><p>Based in «city», «country»</p><a href="mailto:«P1.email»">email</a> <a href="tel:«phone»">«phone»</a></div>
== html pb_html_staff
<ul><li>«P1.full» – Head Chef</li><li>«P2.full» – Sommelier (ask about the Pinot Noir flight)</li><li>Bookings: «phone»</li></ul>
== html pb_html_form
<input name="fullname" value="«P1.full»"><input name="ssn" value="«ssn»"><input name="acct" placeholder="Account number" value="«acct»">
== xml pb_xml_order
<order id="«order»"><customer>«P1.full»</customer><ship>«addr»</ship><phone>«phone»</phone><card>«card»</card></order>
== xml pb_xml_hl7ish
<Patient><Name family="«P1.last»" given="«P1.first»"/><Contact>«phone»</Contact><NextOfKin>«P2.full»</NextOfKin></Patient>
== xml pb_xml_sepa
<CdtTrf><Cdtr><Nm>«P1.caps»</Nm></Cdtr><CdtrAcct><IBAN>«iban»</IBAN></CdtrAcct><Dbtr><Nm>«P2.caps»</Nm></Dbtr></CdtTrf>
== code pb_code_test
Why does this test fail?
def test_signup():
    user = make_user(name="«P1.full»", email="«P1.email»", phone="«phone»")
    assert user.city == "«city»"
== code pb_code_seed
// seed data for staging — TODO remove real people!
const users = [
  { name: '«P1.full»', card: '«card»' },
  { name: '«P2.full»', card: '«card2»' },
];
== code pb_code_comment
# «P1.first» wrote this hack; ask «P2.full» before touching it (see «ticket»)
ALLOWED_IPS = ["«ip»", "«ip2»", "«ipsix»"]
== code pb_code_review
Review my PR: `send_sms(to="«phone»", body=f"Hi {name}")` is called with name=«P1.first» in the demo. Also «P2.first» said the IBAN check for «iban» fails.
== code pb_code_go
func TestPayout(t *testing.T) {
	p := Payee{Name: "«P1.full»", Account: "«acct»", SSN: "«ssn»"}
	if err := p.Validate(); err != nil { t.Fatal(err) }
}
== log pb_log_auth
«date» «time»:01 WARN auth failed user=«P1.email» ip=«ip»
«date» «time»:07 WARN auth failed user=«P1.email» ip=«ip2»
«date» «time»:09 INFO password reset sent to «phone»
== log pb_log_booking
[INFO] booking «order» created for «P1.full» («P1.email») from «ipsix»
[INFO] payment card «card» authorised
[WARN] guest «P2.full» missing passport country
== log pb_log_chatops
«time» <«P1.lcf»> deploying «ver» to prod
«time» <«P2.lcf»> @«P1.lcf» hold on, «P3.first» is still on the migration
«time» <«P1.lcf»> ok, ping me on «phone» if it breaks
== yaml pb_yaml_contacts
oncall:
  primary: «P1.full»
  phone: "«phone»"
  secondary: «P2.full»
  phone2: "«phone2»"
escalation_email: «email»
== yaml pb_yaml_fixture
- name: «P1.full»
  iban: «iban»
  address: «addr»
- name: «P2.full»
  iban: «iban2»
  address: «addr2»
== toolcall pb_tool_sms
{"tool": "send_sms", "arguments": {"to": "«phone»", "message": "Hi «P1.first», your table at Kettlehouse is confirmed."}}
== toolcall pb_tool_crm
call crm.update_contact(id=«n», name="«P1.full»", email="«P1.email»", phone="«phone»", city="«city»")
== toolcall pb_tool_refund
{"name":"issue_refund","parameters":{"customer":"«P1.full»","card":"«card»","amount":"«price»"}}
== toolcall pb_tool_lookup
function_call: lookup_member({"account_number": "«acct»", "holder": "«P1.full»", "ssn": "«ssn»"})
== sql pb_sql_insert
INSERT INTO members (name, phone, email) VALUES ('«P1.full»', '«phone»', '«P1.email»'), ('«P2.full»', '«phone2»', '«P2.email»');
== sql pb_sql_where
Optimise: SELECT * FROM payments WHERE iban = '«iban»' OR holder = '«P1.caps»' OR ip = '«ip»';
== sql pb_sql_update
UPDATE employees SET ssn='«ssn»', account_number='«acct»' WHERE full_name='«P1.full»';
== srt pb_srt_interview
1
00:00:01,000 --> 00:00:04,000
«P1.caps»: I grew up in «city».

2
00:00:04,500 --> 00:00:07,000
«P2.caps»: And you moved to «country» with «P3.first»?
== srt pb_srt_wedding
12
00:03:10,200 --> 00:03:13,900
Please welcome the bride, «P1.full», and her father «P2.full»!
== ics pb_ics_visit
BEGIN:VEVENT
SUMMARY:Home visit – «P1.full»
LOCATION:«addr»
DESCRIPTION:Carer «P2.first»\\, call «phone» on arrival
ATTENDEE;CN=«P2.full»:mailto:«P2.email»
END:VEVENT
== ics pb_ics_match
BEGIN:VEVENT
SUMMARY:Under-12s v «city» — coach «P1.full»
DTSTART:«n»
DESCRIPTION:Lift from «P2.first» («phone»)
END:VEVENT
== vcard pb_vcard_client
BEGIN:VCARD
VERSION:3.0
FN:«P1.full»
N:«P1.last»;«P1.first»;;;
TEL;TYPE=CELL:«phone»
EMAIL:«P1.email»
ADR:;;«addr»
END:VCARD
== vcard pb_vcard_partner
BEGIN:VCARD
FN:«P1.mid»
ORG:Harbour Credit Union
TEL:«phone»
TEL;TYPE=WORK:«phone2»
END:VCARD
== latex pb_latex_thanks
\\section*{Acknowledgements}
We thank «P1.full» and «P2.init» for fieldwork in «region», and «P3.full» («P3.email») for the Kalman filter code.
== latex pb_latex_letter
\\begin{letter}{«P1.full» \\\\ «addr»}
\\opening{Dear «P1.first»,}
Your deposit reached IBAN «iban». \\closing{«P2.full»}
\\end{letter}
== json pb_json_ngo
{"report":"field","site":"«city»","country":"«country»","staff":["«P1.full»","«P2.full»"],"sat_phone":"«phone»","beneficiary_contact":"«phone2»"}
== log pb_log_payment
2025-«n»-01T«time»Z payment.failed account=«acct» holder="«P1.full»" reason=NSF
2025-«n»-01T«time»Z retry scheduled; notify «P1.email»
== csv pb_csv_transfers
date,from,to_iban,amount
«date»,«P1.full»,«iban»,«price»
«date2»,«P2.full»,«iban2»,«price2»
== yaml pb_yaml_ci
# owner: «P1.full» («P1.email»)
deploy:
  hosts: [«ip», «ip2»]
  notify: "@«P2.lcf»"
== html pb_html_review
<blockquote>“«Q1.first» at the front desk was amazing” — «P1.full», «city»</blockquote><p>Reply from manager «P2.full»</p>
== sql pb_sql_select_names
SELECT name FROM guests WHERE name IN ('«P1.full»', '«P2.full»', '«Q1.full»') AND country = '«country»';
"""
