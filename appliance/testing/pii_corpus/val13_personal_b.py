"""Templates of val13 with personal data, part B: structured and developer shapes (json,
csv, markdown_table, html, xml, code, log, yaml, toolcall, sql, ics, vcard, latex).

Hand-written for val13 (see `val13_gen` for the «slot» syntax): data exports, fixtures, error
reports, chat-ops, code review and calendar or contact files from the same domains as part A.
Names stand in JSON values, CSV cells, code strings and comments, log lines, SQL literals,
and a name inside an e-mail address is never a PERSON span.
"""

from __future__ import annotations

from appliance.testing.pii_corpus.val13_gen import Template

TEMPLATES: list[Template] = [
    # ---------------------------------------------------------------- json
    (
        "b_claim_json",
        "json",
        """Validate this payload against our schema and list the problems:
{"claim_id": "«order»", "type": "travel", "claimant": {"name": "«p1»", "phone": "«phone»", "email": "«p1.email»"}, "incident": {"city": "«city»", "date": "«date»"}, "payout_iban": "«iban»"}""",
    ),
    (
        "b_donor_json",
        "json",
        """[
  {"donor": "«p1.lastfirst»", "amount": «qty», "card": "«card»", "consent": true},
  {"donor": "«p2»", "amount": «qty2», "iban": "«iban»", "consent": false}
]
Why does the second record fail the Gift Aid check?""",
    ),
    (
        "b_applicant_json",
        "json",
        """{
  "applicant": "«p1»",
  "nationality": "«country»",
  "address": "«addr»",
  "sponsor": {"name": "«p2»", "ssn": "«ssn»"},
  "notes": "interpreter: «p3.first»"
}""",
    ),
    (
        "b_roster_json",
        "json",
        """Turn this roster into a table sorted by role:
{"team": "«team»", "players": [{"ign": "«character»", "name": "«p1»", "role": "IGL"}, {"ign": "kestrel_«qty»", "name": "«p2»", "role": "entry"}, {"ign": "Moss", "name": "«p3.lower»", "role": "support"}], "manager": "«p4»", "manager_phone": "«phone»"}""",
    ),
    (
        "b_lead_json",
        "json",
        """{"lead": {"first_name": "«p1.first»", "last_name": "«p1.last»", "mobile": "«phone»", "looking_for": "2-bed flat", "area": "«region»", "budget": "«price»"}, "agent": "«p2.first»", "source_ip": "«ip»"}""",
    ),
    (
        "b_webhook_json",
        "json",
        """Our Stripe-like webhook body looks like this, why is "billing_details" null for some events?
{"id": "evt_«hash»", "data": {"customer_name": "«p1»", "card_number": "«card»", "billing_details": {"address": "«addr»"}}, "ip": "«ipfour»"}""",
    ),
    # ---------------------------------------------------------------- csv
    (
        "b_members_csv",
        "csv",
        """member_id,name,phone,email,town
«qty»,«p1»,«phone»,«p1.email»,«city»
«qty2»,«p2»,«phone2»,«p2.email»,«city2»
«qty3»,«p3.lower»,«phone3»,,«city»
Dedupe these members and flag the row missing an email.""",
    ),
    (
        "b_payroll_csv",
        "csv",
        """Check this payroll export for mistakes:
employee,ssn,account,hours
"«p1.lastfirst»",«ssn»,«acct»,38
"«p2.lastfirst»",«ssn2»,«acct2»,41""",
    ),
    (
        "b_refunds_csv",
        "csv",
        """date;customer;iban;amount
«date»;«p1»;«iban»;«price»
«date2»;«p2»;«iban2»;«price2»""",
    ),
    (
        "b_guests_csv",
        "csv",
        """guest,table,diet,plus_one
«p1»,1,vegan,«p2.first»
«p3»,2,,
«w1»,2,gluten free,«p4.first»
«p5.first» (photographer),-,,""",
    ),
    (
        "b_orders_csv",
        "csv",
        """order_no,sku,qty,ship_to,tracking
«order»,«sku»,2,"«addr»",«track»
«order2»,«sku2»,1,"«addr2»",«track2»
Customer for both: «p1», «phone»""",
    ),
    # ---------------------------------------------------------------- markdown_table
    (
        "b_rota_md",
        "markdown_table",
        """| Day | Volunteer | Phone |
|---|---|---|
| Mon | «p1» | «phone» |
| Wed | «p2» | «phone2» |
| Sat | «p3.first» | «phone3» |

Can you fill Tue/Thu from the waiting list?""",
    ),
    (
        "b_quotes_md",
        "markdown_table",
        """Compare these quotes for the kitchen refit:
| Trader | Contact | Quote | Start |
|---|---|---|---|
| «p1» Joinery | «phone» | «price» | «date» |
| «p2.last» & Sons | «p2.email» | «price2» | «date2» |""",
    ),
    (
        "b_league_md",
        "markdown_table",
        """| Pos | Player | Club | Goals |
|---|---|---|---|
| 1 | «p1» | «team» | 14 |
| 2 | «p2.initials» | «team2» | 11 |
| 3 | «p3» | «team» | 9 |""",
    ),
    (
        "b_trial_md",
        "markdown_table",
        """| ID | Initials | Site | Phone | Status |
|---|---|---|---|---|
| «ref» | «p1.initials» | «city» | «phone» | randomised |
| «ref2» | «p2.initials» | «city2» | «phone2» | withdrawn |""",
    ),
    (
        "b_calls_md",
        "markdown_table",
        """QA scores for «date»
| Agent | Call | Score | Comment |
|---|---|---|---|
| «p1» | «ticket» | 82 | read full card back («card») |
| «p2» | «ticket2» | 95 | great empathy |""",
    ),
    # ---------------------------------------------------------------- html
    (
        "b_staff_html",
        "html",
        """<ul class="team">
  <li><strong>«p1»</strong> – Head of Lettings, <a href="mailto:«p1.work»">«p1.work»</a></li>
  <li><strong>«p2»</strong> – Property Manager, <a href="tel:«phone.e164»">«phone.e164»</a></li>
</ul>
Make this list responsive.""",
    ),
    (
        "b_signature_html",
        "html",
        """<p>Warm regards,<br><b>«p1»</b><br>Wedding Planner<br>«addr»<br>☎ «phone»</p>
Why does Outlook strip the line breaks in this signature?""",
    ),
    (
        "b_form_html",
        "html",
        """<form action="/donate">
  <input name="name" value="«p1»">
  <input name="card" value="«card»">
  <input name="postcode" value="…">
</form>
The browser autofilled this; how do I disable autocomplete on the card field?""",
    ),
    (
        "b_page_html",
        "html",
        """<h1>Meet your coach</h1>
<p>Hi, I'm «p1.first»! I grew up in «city» and teach «style» and HIIT. Book via <a href="https://fitforge.app/book?coach=«hash»">my page</a> (or <a href="https://fitforge.app/c?name=«p1.urlq»">this link</a>) or WhatsApp «phone».</p>""",
    ),
    (
        "b_obit_html",
        "html",
        """<article><h2>«p1» (died «year»)</h2><p>Born in «city», «p1.first» served the congregation for 40 years. Survived by «p2» and grandchildren «p3.first» and «p4.first».</p></article>""",
    ),
    # ---------------------------------------------------------------- xml
    (
        "b_policy_xml",
        "xml",
        """<Policy id="«order»">
  <Holder>«p1»</Holder>
  <Address>«addr»</Address>
  <Phone>«phone»</Phone>
  <Pet name="«character»" species="cat"/>
  <PaymentIBAN>«iban»</PaymentIBAN>
</Policy>""",
    ),
    (
        "b_booking_xml",
        "xml",
        """<booking ref="«pnr»"><pax><surname>«p1.lastupper»</surname><given>«p1.firstupper»</given><contact>«phone»</contact></pax><pax><surname>«p2.lastupper»</surname><given>«p2.firstupper»</given></pax><route from="«city»" to="«city2»"/></booking>""",
    ),
    (
        "b_sepa_xml",
        "xml",
        """<CdtTrfTxInf>
  <Amt><InstdAmt Ccy="EUR">«amount».00</InstdAmt></Amt>
  <Cdtr><Nm>«p1»</Nm></Cdtr>
  <CdtrAcct><Id><IBAN>«iban»</IBAN></Id></CdtrAcct>
  <RmtInf><Ustrd>Translation «order»</Ustrd></RmtInf>
</CdtTrfTxInf>
Why does the bank reject this pain.001 file?""",
    ),
    (
        "b_feed_xml",
        "xml",
        """<item><title>Ep. «qty»: «p1» on «award» juries</title><itunes:author>«p2»</itunes:author><description>Recorded in «city». Contact «email».</description></item>""",
    ),
    (
        "b_device_xml",
        "xml",
        """<device serial="«sku»" model="«model»">
  <owner>«p1»</owner>
  <wan>«ipfour»</wan>
  <lan>«ipfour2»</lan>
  <ipv6>«ipsix»</ipv6>
</device>""",
    ),
    # ---------------------------------------------------------------- code
    (
        "b_fixture_code",
        "code",
        """def test_claim_summary():
    claim = Claim(
        holder="«p1»",
        phone="«phone»",
        iban="«iban»",
    )
    # «p2.first» said the summary should mention the city
    assert "«city»" in summarize(claim)""",
    ),
    (
        "b_review_code",
        "code",
        """Review this diff please:
-    ADMIN_EMAILS = ["«p1.work»"]
+    ADMIN_EMAILS = ["«p1.work»", "«p2.work»"]
+    # TODO(«p2.firstlower»): remove «p3.first»'s test card «card» before merge""",
    ),
    (
        "b_seed_code",
        "code",
        """const users = [
  { name: '«p1»', ssn: '«ssn»', city: '«city»' },
  { name: '«p2»', ssn: '«ssn2»', city: '«city2»' },
];
// seed data from «p3.first», swap for fakes before prod""",
    ),
    (
        "b_ts_code",
        "code",
        """export const DEFAULT_CONTACT = {
  name: "«p1»",
  phone: "«phone»",
  email: "«p1.email»",
} as const; // «p2.first» asked for this on «date»
Why does TypeScript infer a readonly type here?""",
    ),
    (
        "b_go_code",
        "code",
        """func TestTranslator(t *testing.T) {
	got := Greet("«p1.first»")
	if got != "Hello, «p1.first»!" {
		t.Fatalf("unexpected: %s", got) // flaky on «p2.first»'s machine, IP «ipfour»
	}
}""",
    ),
    (
        "b_sh_code",
        "code",
        """# deploy.sh (written by «p1»)
ssh deploy@«ipfour» 'sudo systemctl restart «host»'
curl -X POST https://hooks.example/notify -d 'who=«p2.first»&phone=«phone»'""",
    ),
    # ---------------------------------------------------------------- log
    (
        "b_auth_log",
        "log",
        """«date» «time» WARN auth: 5 failed logins for user "«p1.lower»" from «ipfour»
«date» «time» INFO auth: password reset mailed to «p1.email»
«date» «time» INFO auth: login ok for "«p1.lower»" from «ipsix»""",
    ),
    (
        "b_payment_log",
        "log",
        """[payments] «date» ERROR charge failed card=«card» name="«p1»" code=do_not_honor
[payments] «date» INFO retry scheduled for «p1.first», notify «phone»
[payments] «date» DEBUG client_ip=«ip» ver=«ver»""",
    ),
    (
        "b_router_log",
        "log",
        """Jan 12 03:14:07 «host» pppd[«qty»]: local  IP address «ipfour»
Jan 12 03:14:07 «host» pppd[«qty»]: remote IP address «ipfour2»
Jan 12 03:14:09 «host» acs: subscriber «p1» line «phone» re-synced""",
    ),
    (
        "b_sms_log",
        "log",
        """2025-02-03T09:12:44Z sms.out to=«phone» tmpl=appointment_reminder name="«p1.first»"
2025-02-03T09:12:45Z sms.out to=«phone2» tmpl=appointment_reminder name="«p2.first»"
2025-02-03T09:12:45Z sms.err to=«phone3» reason=unreachable name="«p3»\"""",
    ),
    (
        "b_access_log",
        "log",
        """«ipfour» - - [10/Mar/2025:14:02:11 +0000] "GET /applicants?name=«p1.urlq» HTTP/1.1" 200 5123
«ipfour» - - [10/Mar/2025:14:02:12 +0000] "GET /applicants/«qty»/notes HTTP/1.1" 200 880
«ipfour2» - - [10/Mar/2025:14:02:13 +0000] "POST /upload HTTP/1.1" 413 0
Applicant in question: «p1». Who is «ipfour2» and why 413?""",
    ),
    (
        "b_bot_log",
        "log",
        """[chatops] «p1.mention» ran /deploy «codename» to prod («ver»)
[chatops] «p2.mention» approved
[chatops] on-call today: «p3», «phone»""",
    ),
    # ---------------------------------------------------------------- yaml
    (
        "b_oncall_yaml",
        "yaml",
        """oncall:
  primary:
    name: «p1»
    phone: "«phone»"
  secondary:
    name: «p2»
    phone: "«phone2»"
escalation_host: «host»""",
    ),
    (
        "b_event_yaml",
        "yaml",
        """event: «team» charity 5k
date: «date»
venue: «addr»
marshals:
  - «p1»
  - «p2.lower»
  - «w1»
contact: «p3.email»""",
    ),
    (
        "b_payee_yaml",
        "yaml",
        """payees:
  - name: «p1»
    iban: «iban»
  - name: «p2»
    account_number: "«acct»"
Which of these will the SEPA batch accept?""",
    ),
    (
        "b_inventory_yaml",
        "yaml",
        """hosts:
  «host»:
    ansible_host: «ipfour»
    owner: «p1.firstlower»
  «host2»:
    ansible_host: «ipsix»
    owner: «p2.firstlower»""",
    ),
    # ---------------------------------------------------------------- toolcall
    (
        "b_crm_toolcall",
        "toolcall",
        """{"tool": "crm.create_contact", "arguments": {"full_name": "«p1»", "phone": "«phone»", "email": "«p1.email»", "company": "«brand»"}}""",
    ),
    (
        "b_refund_toolcall",
        "toolcall",
        """Assistant called: payments.refund(card_number="«card»", amount="«price»", customer="«p1»")
Tool result: {"status": "pending", "ref": "«ref»"}""",
    ),
    (
        "b_route_toolcall",
        "toolcall",
        """{"name": "maps.route", "arguments": {"from": "«addr»", "to": "«city»", "traveller": "«p1.first»"}}""",
    ),
    (
        "b_lookup_toolcall",
        "toolcall",
        """<tool_call>{"name": "kyc.lookup", "args": {"name": "«p1.upper»", "ssn": "«ssn»", "ip": "«ipfour»"}}</tool_call>""",
    ),
    (
        "b_sms_toolcall",
        "toolcall",
        """function_call: send_sms
to: «phone»
body: "Hi «p1.first», your match with «p2.first» is confirmed for «date» at «time». – Kindred"
""",
    ),
    # ---------------------------------------------------------------- sql
    (
        "b_insert_sql",
        "sql",
        """INSERT INTO customers (name, phone, email, city) VALUES
  ('«p1»', '«phone»', '«p1.email»', '«city»'),
  ('«p2»', '«phone2»', '«p2.email»', '«city2»');""",
    ),
    (
        "b_update_sql",
        "sql",
        """UPDATE donors SET iban = '«iban»' WHERE full_name = '«p1»';
-- requested by «p2.first» on «date»""",
    ),
    (
        "b_select_sql",
        "sql",
        """Why is this slow?
SELECT * FROM claims WHERE holder_name ILIKE '%«p1.last»%' AND holder_ssn = '«ssn»' ORDER BY created_at DESC;""",
    ),
    (
        "b_result_sql",
        "sql",
        """ id  | name          | account_no   | branch
-----+---------------+--------------+--------
 «qty» | «p1» | «acct» | «city»
 «qty2» | «p2» | «acct2» | «city2»
(2 rows)""",
    ),
    (
        "b_audit_sql",
        "sql",
        """SELECT user_name, login_ip FROM audit WHERE login_ip IN ('«ipfour»', '«ipfour2»');
-- returns «p1.lower» twice and «p2.lower» once""",
    ),
    # ---------------------------------------------------------------- ics
    (
        "b_viewing_ics",
        "ics",
        """BEGIN:VEVENT
SUMMARY:Viewing with «p1»
LOCATION:«addr»
DESCRIPTION:Agent «p2.first» «phone»
ORGANIZER;CN=«p2»:mailto:«p2.work»
END:VEVENT""",
    ),
    (
        "b_session_ics",
        "ics",
        """BEGIN:VEVENT
DTSTART:20250314T070000Z
SUMMARY:PT session – «p1.first»
DESCRIPTION:Focus: «style». Nutrition check-in with «p2».
ATTENDEE;CN=«p1»:mailto:«p1.email»
END:VEVENT""",
    ),
    (
        "b_match_ics",
        "ics",
        """BEGIN:VEVENT
SUMMARY:«team» vs «team2»
LOCATION:«city»
DESCRIPTION:Referee: «p1». Captain: «p2» («phone»)
END:VEVENT""",
    ),
    # ---------------------------------------------------------------- vcard
    (
        "b_client_vcard",
        "vcard",
        """BEGIN:VCARD
VERSION:3.0
FN:«p1»
N:«p1.last»;«p1.first»;;;
TEL;TYPE=CELL:«phone.intl»
EMAIL:«p1.email»
ADR;TYPE=HOME:;;«addr»;;;;
END:VCARD""",
    ),
    (
        "b_vendor_vcard",
        "vcard",
        """BEGIN:VCARD
VERSION:4.0
FN:«p1»
ORG:«p1.last» Florist
TEL:«phone»
NOTE:Sister-in-law of «p2.first»; pay to IBAN «iban»
END:VCARD""",
    ),
    (
        "b_two_vcards",
        "vcard",
        """BEGIN:VCARD
FN:«p1»
TEL:«phone»
END:VCARD
BEGIN:VCARD
FN:«p2»
TEL:«phone2»
EMAIL:«p2.work»
END:VCARD
Merge these into one CSV.""",
    ),
    # ---------------------------------------------------------------- latex
    (
        "b_thesis_latex",
        "latex",
        """\\author{«p1» \\and «p2»}
\\title{Translation Memory in Low-Resource Settings}
\\thanks{Corresponding author: «p1.work», «city», «country»}""",
    ),
    (
        "b_letter_latex",
        "latex",
        """\\begin{letter}{«p1» \\\\ «addr»}
\\opening{Dear «p1.first»,}
Your sponsorship for «p2» has been approved. Please call «phone».
\\closing{Yours, «p3»}
\\end{letter}""",
    ),
    (
        "b_table_latex",
        "latex",
        """\\begin{tabular}{lll}
Name & Phone & City \\\\
«p1» & «phone» & «city» \\\\
«p2» & «phone2» & «city2» \\\\
\\end{tabular}
Why does this tabular overflow the margin?""",
    ),
    (
        "b_ack_latex",
        "latex",
        """\\section*{Acknowledgements}
We thank «p1», «p2.initials» and the volunteers of the «region» screening centre, and «p3.first» for the «theorem» derivation.""",
    ),
    # ---------------------------------------------------------------- more, mixed shapes
    (
        "b_chargeback_json",
        "json",
        """{"dispute": "«ref»", "cardholder": "«p1»", "card": "«card»", "merchant": "«brand» Rentals", "amount": "«price»", "agent_notes": "spoke to «p2.first», asked for receipts"}""",
    ),
    (
        "b_stipend_csv",
        "csv",
        """participant,initials,ssn,iban,visits
«ref»,«p1.initials»,«ssn»,«iban»,3
«ref2»,«p2.initials»,«ssn2»,«iban2»,2""",
    ),
    (
        "b_invoice_md",
        "markdown_table",
        """Invoice «order» – WordBridge Translations
| Translator | Language pair | Words | Pay to |
|---|---|---|---|
| «p1» | AR→EN | «amount» | «iban» |
| «p2» | PL→EN | «amount2» | «iban2» |""",
    ),
    (
        "b_chargeops_log",
        "log",
        """«date» «time» INFO billing: card «card» tokenised for customer «p1.lower»
«date» «time» WARN billing: card «card2» expired for customer «p2.lower»
«date» «time» INFO billing: notified «p2.email»""",
    ),
]
