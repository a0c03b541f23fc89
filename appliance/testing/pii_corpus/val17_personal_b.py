"""Templates of val17 with personal data, structured shapes (forms, tickets, JSON, CSV,
Markdown tables, HTML, XML, code, logs, YAML, tool calls, SQL, iCalendar, vCard, LaTeX),
written by hand by its author for the part's domains; slots are described in `val17_gen`."""

from __future__ import annotations

from appliance.testing.pii_corpus.val17_gen import T

TEMPLATES = (
    # ---- form ----
    T(
        "form_enrol",
        "form",
        """
ENROLMENT FORM — EVENING CLASSES
First name: [[first#1]]
Last name: [[last#1]]
Email: [[email#1]]
Phone: [[phone#1]]
Course: Spanish B1 (code [[sku]])
Emergency contact: [[full#2]], [[phone#2]]""",
    ),
    T(
        "form_caps",
        "form",
        """
NAME (SURNAME FIRST): [[LF#1]]
ADDRESS: [[addr#1]]
SOCIAL SECURITY NO.: [[ssn#1]]
EMPLOYER: BRICKFIELD BUILD LTD
SIGNATURE: ____  DATE: [[date]]""",
    ),
    T(
        "form_direct_debit",
        "form",
        """
Direct debit mandate
Account holder: [[full#1]]
IBAN: [[iban#1]]
Creditor: Alpspitz Ski School
Mandate ref: [[order]]
Place, date: [[city#1]], [[date]]""",
    ),
    T(
        "form_care_admission",
        "form",
        """
Resident: [[full#1]]
Preferred name: "[[first#1]]"
Next of kin: [[full#2]] (daughter) — [[phone#2]]
Second contact: [[full#3]] (son-in-law) — [[phone#3]]
GP surgery: see file. Room [[qty]]""",
    ),
    T(
        "form_dive_waiver",
        "form",
        """
DIVER MEDICAL / WAIVER
Participant: [[full#1]]      Nationality: [[country#1]]
Local address: [[addr#1]]
Card for equipment deposit: [[card#1]]
Witness: [[full#2]]""",
    ),
    T(
        "form_tax",
        "form",
        """
Client intake — tax year [[date]]
Taxpayer: [[full#1]]    SSN: [[ssn#1]]
Spouse: [[full#2]]    SSN: [[ssn#2]]
Refund to checking acct [[acct#1]]
Preparer: [[init#3]]""",
    ),
    # ---- ticket ----
    T(
        "ticket_helpdesk",
        "ticket",
        """
[[ticket]] | Priority: High | Reporter: [[full#1]]
Summary: Till 3 in the [[city#2]] store declines every loyalty card
Assignee: [[full#2]]
Notes: customer [[full#3]] was charged twice, card [[card#3]]; refund requested.""",
    ),
    T(
        "ticket_bug_ip",
        "ticket",
        """
Bug [[ticket]]: Driver app loses GPS after firmware [[ver]]
Reported by [[first#1]] via the depot tablet ([[ip#1]]). Repro on [[poss#2]] phone too. Assigned to @[[handle#3]].""",
    ),
    T(
        "ticket_moving_claim",
        "ticket",
        """
Claim [[ticket]] — damaged wardrobe
Customer: [[full#1]], [[email#1]], [[phone#1]]
Crew: [[first#2]]; [[first#3]]; [[first#4]]
Refund to account number [[acct#1]] once approved by [[full#5]].""",
    ),
    T(
        "ticket_ngo",
        "ticket",
        """
Request [[ticket]]: cash transfer for beneficiary household
Head of household: [[full#1]]
Village: near [[city#1]]
Mobile money: [[phonei#1]]
Field officer: [[full#2]]""",
    ),
    T(
        "ticket_library",
        "ticket",
        """
Patron complaint [[ticket]]: [[full#1]] says the fine on "Orlando" ([[isbn]]) was already paid at the [[city#1]] branch. Staff on duty: [[first#2]]. Call back: [[phone#1]].""",
    ),
    # ---- json ----
    T(
        "json_driver",
        "json",
        """
{"driver": {"name": "[[full#1]]", "licence_class": "CE", "mobile": "[[phone#1]]"}, "route": {"from": "[[city#1]]", "to": "[[city#2]]"}, "trailer": "[[sku]]", "eta": "[[time]]"}""",
    ),
    T(
        "json_loyalty",
        "json",
        """
{
  "member_id": "[[num]]",
  "first_name": "[[first#1]]",
  "last_name": "[[last#1]]",
  "email": "[[email#1]]",
  "points": [[qty]],
  "last_store": "[[city#1]]"
}""",
    ),
    T(
        "json_error",
        "json",
        """
{"level":"error","msg":"payment declined","customer":"[[full#1]]","pan":"[[card#1]]","client_ip":"[[ip#1]]","trace":"[[hash]]"}""",
    ),
    T(
        "json_transcript",
        "json",
        """
[{"speaker": "[[full#1]]", "start": 0.0, "text": "Hi, this is [[first#1]] from accounts."}, {"speaker": "[[full#2]]", "start": 3.2, "text": "Hi [[first#1]], it's about the IBAN, [[iban#2]]."}]""",
    ),
    T(
        "json_booking",
        "json",
        """
{"tour": "Coastal villages 3-day", "lead_guest": "[[full#1]]", "guests": ["[[full#2]]", "[[full#3]]"], "pickup": "[[addr#1]]", "phone": "[[phone#1]]", "notes": "vegetarian x2"}""",
    ),
    T(
        "json_fixture_split",
        "json",
        """
{"given": "[[first#1]]", "family": "[[last#1]]", "aka": "[[knickonly#2]]", "ssn": "[[ssn#1]]", "emergency": {"name": "[[lf#3]]", "tel": "[[phone#3]]"}}""",
    ),
    # ---- csv ----
    T(
        "csv_roster",
        "csv",
        """
name,role,phone,city
[[full#1]],driver,[[phone#1]],[[city#1]]
[[full#2]],driver,[[phone#2]],[[city#2]]
[[full#3]],planner,[[phone#3]],[[city#3]]""",
    ),
    T(
        "csv_payroll",
        "csv",
        """
emp_id;surname;given;iban
[[num]];[[last#1]];[[first#1]];[[iban#1]]
[[num]];[[last#2]];[[first#2]];[[iban#2]]""",
    ),
    T(
        "csv_export_email",
        "csv",
        """
"id","customer","email","ip"
[[qty]],"[[lf#1]]","[[email#1]]","[[ip#1]]"
[[qty]],"[[lf#2]]","[[email#2]]","[[ip#2]]"
""",
    ),
    T(
        "csv_volunteers",
        "csv",
        """
Volunteer,Day,Notes
[[full#1]],Mon,drives the minibus
[[full#2]],Wed,"speaks Tigrinya, helps [[first#3]]"
[[full#3]],Wed,new""",
    ),
    # ---- markdown_table ----
    T(
        "md_callsheet",
        "markdown_table",
        """
| Role | Name | Mobile | Call |
|---|---|---|---|
| Gaffer | [[full#1]] | [[phone#1]] | [[time]] |
| Sound | [[full#2]] | [[phone#2]] | [[time]] |
| Catering | Rolling Pin Ltd | — | [[time]] |""",
    ),
    T(
        "md_subs",
        "markdown_table",
        """
| Subcontractor | Contact | Email |
|---|---|---|
| Brightline Electrical | [[full#1]] | [[email#1]] |
| Hollow Oak Joinery | [[full#2]] | [[email#2]] |
| Kestrel Roofing | [[full#3]] | [[email#3]] |""",
    ),
    T(
        "md_students",
        "markdown_table",
        """
Class B2 — placement results

| Student | From | Score |
|---|---|---|
| [[sf#1]] | [[country#1]] | 71 |
| [[sf#2]] | [[country#2]] | 64 |
| [[full#3]] | [[country#3]] | 88 |""",
    ),
    T(
        "md_incidents",
        "markdown_table",
        """
| Time | Incident | Caller | Location |
|---|---|---|---|
| [[time]] | RTC | [[full#1]] | [[addr#1]] |
| [[time]] | fall | [[full#2]] | [[addr#2]] |""",
    ),
    # ---- html ----
    T(
        "html_staff",
        "html",
        """
<ul class="staff">
  <li><strong>[[full#1]]</strong> — Head of Kitchen, <a href="mailto:[[email#1]]">[[email#1]]</a></li>
  <li><strong>[[full#2]]</strong> — Care Lead, tel. [[phone#2]]</li>
</ul>""",
    ),
    T(
        "html_form_post",
        "html",
        """
<form action="/donate" method="post">
<input name="donor" value="[[full#1]]">
<input name="card" value="[[card#1]]">
<input name="city" value="[[city#1]]">
</form>
<!-- test donation, [[first#2]] said to delete after QA -->""",
    ),
    T(
        "html_url_query",
        "html",
        """
<p>Thank you, [[first#1]]! Your booking link: <a href="https://bookings.example/confirm?guest=[[urlfull#1]]&ref=[[order]]">manage booking</a>. We'll call you on [[phone#1]].</p>""",
    ),
    T(
        "html_church",
        "html",
        """
<h2>This week's readers</h2>
<p>Sunday: [[full#1]] &amp; [[full#2]]<br>Flowers: [[first#3]]<br>Prayer requests to [[email#4]]</p>""",
    ),
    # ---- xml ----
    T(
        "xml_shipment",
        "xml",
        """
<shipment id="[[order]]">
  <consignee>
    <name>[[full#1]]</name>
    <address>[[addr#1]]</address>
    <phone>[[phone#1]]</phone>
  </consignee>
  <driver>[[init#2]]</driver>
</shipment>""",
    ),
    T(
        "xml_payment",
        "xml",
        """
<Pmt><Cdtr><Nm>[[upper#1]]</Nm></Cdtr><CdtrAcct><IBAN>[[iban#1]]</IBAN></CdtrAcct><RmtInf>Invoice [[order]]</RmtInf><Dbtr><Nm>[[full#2]]</Nm></Dbtr></Pmt>""",
    ),
    T(
        "xml_subtitle_meta",
        "xml",
        """
<tt><head><metadata><ttm:agent xml:id="spk1"><ttm:name>[[full#1]]</ttm:name></ttm:agent><ttm:agent xml:id="spk2"><ttm:name>[[full#2]]</ttm:name></ttm:agent></metadata></head></tt>""",
    ),
    T(
        "xml_access_log",
        "xml",
        """
<event time="[[date]]T[[time]]" user="[[handle#1]]" src="[[ip#1]]" action="login_failed"/>
<event time="[[date]]T[[time]]" user="[[handle#1]]" src="[[ip#2]]" action="login_ok"/>""",
    ),
    # ---- code ----
    T(
        "code_fixture",
        "code",
        """
def make_fixture():
    # customer reported by [[first#3]] in [[ticket]]
    return Customer(
        name="[[full#1]]",
        email="[[email#1]]",
        phone="[[phone#1]]",
        ssn="[[ssn#1]]",
    )""",
    ),
    T(
        "code_review",
        "code",
        """
- assert user.display_name == "[[full#1]]"
+ assert user.display_name == "[[full#2]]"
# review: why did we change the fixture? @[[handle#3]] this was [[poss#4]] test data""",
    ),
    T(
        "code_seed_ts",
        "code",
        """
const seedUsers = [
  { id: 1, name: '[[full#1]]', city: '[[city#1]]', ip: '[[ip#1]]' },
  { id: 2, name: '[[full#2]]', city: '[[city#2]]', ip: '[[ip#2]]' },
];  // TODO ask [[first#3]] before committing real data""",
    ),
    T(
        "code_config_comment",
        "code",
        """
# maintainer: [[full#1]] <[[email#1]]>
DB_HOST = "[[ip#1]]"
BILLING_IBAN = "[[iban#2]]"  # [[poss#2]] company account, replace before merge""",
    ),
    T(
        "code_go_test",
        "code",
        """
func TestFormatName(t *testing.T) {
	got := FormatName("[[first#1]]", "[[last#1]]")
	if got != "[[LF#1]]" {
		t.Fatalf("got %q", got)
	}
}""",
    ),
    # ---- log ----
    T(
        "log_gateway",
        "log",
        """
[[date]] [[time]]:01 INFO auth user=[[email#1]] ip=[[ip#1]] ok
[[date]] [[time]]:07 WARN auth user=[[email#2]] ip=[[ip#2]] bad password
[[date]] [[time]]:09 INFO session owner="[[full#2]]" ttl=3600""",
    ),
    T(
        "log_dispatch",
        "log",
        """
[[time]] UNIT M14 enroute
[[time]] caller [[full#1]] cb [[phone#1]]
[[time]] pt [[full#2]], 82y, conscious
[[time]] UNIT M14 on scene [[addr#1]]""",
    ),
    T(
        "log_till",
        "log",
        """
POS03 [[date]] [[time]] SALE [[price]] cashier=[[first#1]] loyalty=[[full#2]] card=[[card#2]] APPROVED""",
    ),
    T(
        "log_chatops",
        "log",
        """
[deploy-bot] [[handle#1]] started deploy of [[ver]] to prod (host [[ip#1]])
[deploy-bot] approval by [[handle#2]]
[deploy-bot] rollback requested by [[full#3]]""",
    ),
    # ---- yaml ----
    T(
        "yaml_oncall",
        "yaml",
        """
oncall:
  primary: [[full#1]]
  phone: "[[phonei#1]]"
  secondary: [[full#2]]
  escalation_email: [[email#2]]
servers:
  - [[ip#1]]
  - [[ip#2]]""",
    ),
    T(
        "yaml_crew",
        "yaml",
        """
production: "Lighthouse, ep 3"
crew:
  director: [[full#1]]
  dop: [[full#2]]
  runner: [[first#3]]
unit_base: [[addr#1]]""",
    ),
    T(
        "yaml_school",
        "yaml",
        """
group: Ski school Bambini
instructor: [[full#1]]
kids:
  - [[first#2]]
  - [[first#3]]
  - [[first#4]]
parent_contact: [[phone#2]]""",
    ),
    # ---- toolcall ----
    T(
        "toolcall_sms",
        "toolcall",
        """
{"tool": "send_sms", "arguments": {"to": "[[phonei#1]]", "body": "Hi [[first#1]], your driver [[first#2]] is 10 minutes away."}}""",
    ),
    T(
        "toolcall_crm",
        "toolcall",
        """
call crm.update_contact(id="[[num]]", name="[[full#1]]", email="[[email#1]]", address="[[addr#1]]")""",
    ),
    T(
        "toolcall_payment",
        "toolcall",
        """
<tool_call>{"name": "refund", "args": {"customer": "[[full#1]]", "iban": "[[iban#1]]", "amount": "[[price]]", "approved_by": "[[init#2]]"}}</tool_call>""",
    ),
    T(
        "toolcall_lookup",
        "toolcall",
        """
Assistant → lookup_patron({"name": "[[lower#1]]", "branch": "[[city#1]]"})
Result: 1 match, card expires [[date]], phone on file [[phone#1]]""",
    ),
    # ---- sql ----
    T(
        "sql_insert",
        "sql",
        """
INSERT INTO residents (name, room, next_of_kin, nok_phone) VALUES ('[[full#1]]', [[qty]], '[[full#2]]', '[[phone#2]]');""",
    ),
    T(
        "sql_where",
        "sql",
        """
SELECT * FROM accounts WHERE holder = '[[full#1]]' AND account_no = '[[acct#1]]';
-- [[first#2]]: this returns two rows, duplicate import?""",
    ),
    T(
        "sql_update",
        "sql",
        """
UPDATE clients SET ssn = '[[ssn#1]]', city = '[[city#1]]' WHERE last_name = '[[last#1]]' AND first_name = '[[first#1]]';""",
    ),
    T(
        "sql_result",
        "sql",
        """
 id | name | email | last_login_ip
----+------+-------+--------------
 [[qty]] | [[full#1]] | [[email#1]] | [[ip#1]]
 [[qty]] | [[full#2]] | [[email#2]] | [[ip#2]]""",
    ),
    # ---- ics ----
    T(
        "ics_visit",
        "ics",
        """
BEGIN:VEVENT
SUMMARY:Home visit — [[full#1]]
LOCATION:[[addr#1]]
ORGANIZER;CN=[[full#2]]:mailto:[[email#2]]
DTSTART:20250312T100000
END:VEVENT""",
    ),
    T(
        "ics_lesson",
        "ics",
        """
BEGIN:VEVENT
SUMMARY:Private lesson [[first#1]] / [[first#2]]
DESCRIPTION:Meet at the lift. Parent mobile [[phone#1]]
ATTENDEE;CN=[[full#3]]:mailto:[[email#3]]
END:VEVENT""",
    ),
    T(
        "ics_notary",
        "ics",
        """
BEGIN:VEVENT
SUMMARY:Signing, estate of the late [[full#1]]
LOCATION:[[city#2]]
DESCRIPTION:Heirs: [[full#2]]; [[full#3]]. Bring ID.
END:VEVENT""",
    ),
    # ---- vcard ----
    T(
        "vcard_contact",
        "vcard",
        """
BEGIN:VCARD
VERSION:3.0
N:[[last#1]];[[first#1]];;;
FN:[[full#1]]
TEL;TYPE=cell:[[phone#1]]
EMAIL:[[email#1]]
ADR;TYPE=home:;;[[addr#1]]
END:VCARD""",
    ),
    T(
        "vcard_two",
        "vcard",
        """
BEGIN:VCARD
FN:[[full#1]]
ORG:Bluefin Dive Centre
TEL:[[phonei#1]]
END:VCARD
BEGIN:VCARD
FN:[[full#2]]
TEL:[[phone#2]]
NOTE:referred by [[first#1]]
END:VCARD""",
    ),
    # ---- latex ----
    T(
        "latex_report",
        "latex",
        """
\\section*{Field report}
Prepared by [[full#1]] and [[full#2]] (translator). The camp near [[city#3]] hosted 412 families.
\\footnote{Contact: \\texttt{[[email#1]]}}""",
    ),
    T(
        "latex_letter",
        "latex",
        """
\\begin{letter}{[[full#1]] \\\\ [[addr#1]]}
\\opening{Dear [[first#1]],}
Your tax return is ready. Please sign and return. The refund will be paid to account number [[acct#1]].
\\closing{Best regards, [[full#2]]}
\\end{letter}""",
    ),
    T(
        "latex_thanks",
        "latex",
        """
\\section*{Acknowledgements}
We thank [[init#1]], [[init#2]] and the staff of the library in [[city#3]]; special thanks to [[knick#4]].
""",
    ),
    # ---- more, mixed shapes ----
    T(
        "email_cc_per",
        "email",
        """
To: [[email#1]]
Cc: [[full#2]]; [[full#3]]
Subject: Re: crane lift

Per [[first#2]], the mobile crane arrives at [[time]]. Sent via [[possfull#3]] phone, sorry for typos. Site office: [[phone#3]].
— [[init#1]]""",
    ),
    T(
        "chat_by_with",
        "chat",
        """
Photos by [[full#1]], edit with [[first#2]] this week, voice-over by [[knick#3]]. Invoice to [[role]]; pay to IBAN [[iban#1]] (in the name of [[upper#1]]).""",
    ),
    T(
        "sms_card_nanny",
        "sms",
        """
Hi [[first#1]], paid the childminder fees online with my card [[card#2]] — can you check it went through? [[first#2]]""",
    ),
    T(
        "notes_tax_advisor",
        "notes",
        """
Client: [[lf#1]]
SSN [[ssn#1]]; spouse [[full#2]] SSN [[ssn#2]]
Brokerage 1099s missing. Savings acct [[acct#1]], checking account [[acct#2]].
Paid retainer by card [[card#1]]. Next call with [[first#1]] on [[date]].""",
    ),
    T(
        "email_ascii",
        "email",
        """
Hello,
this is [[ascii#1]] (sorry, no accents on this keyboard, it's [[full#1]] properly). I booked the Old Town walking tour for [[date]], confirmation [[order]]. My phone in [[country#1]] is [[phonei#1]].
Regards""",
    ),
    T(
        "form_spanish",
        "form",
        """
Nombre: [[first#1]]
Apellidos: [[last#1]]
Teléfono: [[phone#1]]
Ciudad: [[city#1]]
Persona de contacto: [[full#2]] ([[phone#2]])""",
    ),
    T(
        "ticket_callcentre_card",
        "ticket",
        """
Case [[ticket]] — disputed charge
Customer: [[full#1]]  DOB on file
Card: [[card#1]]
SSN (last verified): [[ssn#1]]
Agent: [[first#2]] → escalated to [[full#3]]""",
    ),
    T(
        "json_tax_record",
        "json",
        """
{"client": "[[full#1]]", "ssn": "[[ssn#1]]", "refund_account": "[[acct#1]]", "iban_eu": "[[iban#1]]", "adviser": "[[init#2]]"}""",
    ),
    T(
        "csv_dispatch",
        "csv",
        """
job,customer,phone,pickup,driver
[[order]],[[full#1]],[[phone#1]],[[addr#1]],[[first#3]]
[[order]],[[full#2]],[[phone#2]],[[city#2]],[[first#3]]""",
    ),
    T(
        "log_payment_fail",
        "log",
        """
[[date]]T[[time]]Z ERROR checkout: card [[card#1]] declined (insufficient funds) user=[[email#1]] ip=[[ip#1]]
[[date]]T[[time]]Z INFO retry scheduled for [[full#1]]""",
    ),
    T(
        "transcript_card_readout",
        "transcript",
        """
AGENT: Can I take the long number on the card, please?
CALLER: yes it's [[card#1]]
AGENT: and the name as it appears?
CALLER: [[upper#2]], it's my partner's card, we're together here
AGENT: Could I speak to [[first#2]] briefly?""",
    ),
    T(
        "whatsapp_german",
        "whatsapp",
        """
[[time]] - [[first#1]]: Kannst du bitte [[full#2]] anrufen? Nummer: [[phone#2]]
[[time]] - [[first#3]]: mach ich. Immer noch in [[city#2]]?
[[time]] - [[first#1]]: ja, [[addr#2]]""",
    ),
    T(
        "letter_tax_ssn",
        "letter",
        """
Dear [[full#1]],

we have filed your return. Please keep this letter: it lists your SSN [[ssn#1]] and the refund account number [[acct#1]]. For questions ask for [[first#2]] at our office, [[phone#2]].

Sincerely,
[[full#2]], EA""",
    ),
    T(
        "email_translation_lower",
        "email",
        """
hi, pls translate the attached birth certificate for [[asciilower#1]], born in [[lcity#1]]. the other parent is [[asciilower#2]]. deadline [[date]]. quote to [[email#3]] thx [[lowfirst#3]]""",
    ),
    T(
        "sql_insert_cards",
        "sql",
        """
INSERT INTO payment_methods (customer, pan, ip) VALUES
  ('[[full#1]]', '[[card#1]]', '[[ip#1]]'),
  ('[[full#2]]', '[[card#2]]', '[[ip#2]]');""",
    ),
    T(
        "code_iban_test",
        "code",
        """
@pytest.mark.parametrize("iban", ["[[iban#1]]", "[[iban#2]]"])
def test_iban_valid(iban):  # from [[poss#3]] export, scrub before release
    assert is_valid(iban)""",
    ),
    T(
        "yaml_payroll",
        "yaml",
        """
employee:
  name: "[[full#1]]"
  iban: "[[iban#1]]"
  ssn: "[[ssn#1]]"
  manager: "[[full#2]]"
  site: [[city#1]]""",
    ),
    T(
        "review_ski_wordname",
        "review",
        """
Our kids loved [[wfirst#1]] — had them on the red run by day 3! [[wfull#2]] at the rental desk sorted the boots in minutes. Family [[last#3]], [[city#3]]""",
    ),
    T(
        "chat_possessives",
        "chat",
        """
[[poss#1]] and [[poss#2]] kids are both in the nativity play; [[first#3]] is doing the costumes. Ring [[first#3]] on [[phone#3]] if you can help.""",
    ),
    T(
        "sms_via",
        "sms",
        """
Booked via [[first#1]] at the agency: Zodiac trip [[time]], 2 pax. Questions: [[phone#1]]""",
    ),
    T(
        "chat_french_line",
        "chat",
        """
The client pasted this, can someone check the French? "Merci de contacter [[full#1]] au [[phone#1]] avant le [[date]], c'est urgent." Also: is "[[first#1]]" a man or a woman, for the Mr/Ms field?""",
    ),
    T(
        "notes_semicolons",
        "notes",
        """
Parents' evening sign-ups: [[full#1]]; [[full#2]]; [[lf#3]]; [[initf#4]]. Interpreter needed for [[first#2]] (Arabic), booked with [[full#5]].""",
    ),
    T(
        "csv_emergency_contacts",
        "csv",
        """
child,contact,relation,phone
[[first#1]],[[full#2]],mother,[[phone#2]]
[[first#1]],[[full#3]],grandfather,[[phone#3]]
[[first#4]],[[full#5]],father,[[phone#5]]""",
    ),
    T(
        "form_bank_transfer",
        "form",
        """
Beneficiary: [[full#1]]
Beneficiary account number: [[acct#1]]
Bank address: [[city#1]], [[country#1]]
Reference: ORPHAN FUND [[order]]
Authorised by: [[full#2]]  Tel [[phone#2]]""",
    ),
)
