"""Templates with personal data for val15 (the fifteenth blind part of the labelled PII
corpus), second half: what applications and developers send (json, csv, markdown_table,
html, xml, code, log, yaml, toolcall, sql, ics, vcard, latex). Written by hand by an
author who read only the package's `__init__.py` and `validity.py`; the slot syntax is
described in `val15_gen`.
"""

from __future__ import annotations

from appliance.testing.pii_corpus.val15_gen import Template, templates

RAW: list[tuple[str, str]] = [
    # ---- json
    (
        "json",
        """Why does this payload fail schema validation?
{"order_id": "«order»", "buyer": {"name": "«p1»", "email": "«p1.email»", "phone": "«phone1»"}, "items": [{"sku": "«sku»", "title": "«model»"}], "ship_to": "«l1.addr»"}""",
    ),
    (
        "json",
        """{
  "event": "ride.completed",
  "driver": {"first_name": "«p1.first»", "last_name": "«p1.last»", "rating": 4.92},
  "rider": {"display": "«p2.finit»", "phone": "«phone1»"},
  "pickup_city": "«l1.city»",
  "fare": "«price»"
}
explain why rider.display is shortened""",
    ),
    (
        "json",
        """Fixture for the payout tests is leaking real-looking data, can you mask it?
[{"courier": "«p1»", "iban": "«iban1»", "last_ip": "«ip1»"},
 {"courier": "«p2»", "iban": "«iban2»", "last_ip": "«ipsix1»"}]""",
    ),
    (
        "json",
        """{"campaign": "«codename»", "backers": [{"name": "«p1»", "tier": "early bird", "card": "«card1»"}, {"name": "«p2.lf»", "tier": "«price»"}], "creator_contact": "«p3.email»"}""",
    ),
    (
        "json",
        """{"loan_id": "«acc»", "lender": "«p1»", "lender_phone": "«phone1»", "object": "«year» bronze", "venue": "«l1.city», «l1.country»", "registrar": "«p2»"}
Generate a loan receipt in plain English from this.""",
    ),
    (
        "json",
        """{"patient_owner":"«p1.upper»","species":"feline","referring_vet":"«p2.init»","clinic_phone":"«phone1»","notes":"query «disease»"}""",
    ),
    (
        "json",
        """tool output:
{"search_results": [{"guest": "«p1»", "listing": "Loft near «l1.city» old town", "nights": 3}, {"guest": "«p2»", "listing": "«thing» Suite", "nights": 1}], "host": "«p3.first»"}
Which guest stays longest?""",
    ),
    # ---- csv
    (
        "csv",
        """Clean up this export, the phone column is a mess:
name,email,phone,city
«p1»,«p1.email»,«phone1»,«l1.city»
«p2»,«p2.email»,«phone2»,«l2.city»
«p3.lf»,,«phone3»,""",
    ),
    (
        "csv",
        """sample_id,collected_by,verified_by,site
«sample»,«p1.init»,«p2.init»,«l1.city»
«sample»,«p1.init»,«p3.init»,«l1.city»
«sample»,«p3.init»,,«l2.city»""",
    ),
    (
        "csv",
        """Date;Payee;IBAN;Amount;Reference
«date»;«p1.upper»;«iban1»;«price»;«inv»
«date»;«p2.upper»;«iban2»;«price»;«inv»""",
    ),
    (
        "csv",
        """rider_id,first,last,ssn_last_check,ssn
R-«qty»,«p1.first»,«p1.last»,ok,«ssn1»
R-«qty»,«p2.first»,«p2.last»,pending,«ssn2»
explain what's wrong with storing this""",
    ),
    (
        "csv",
        """"Backer","Pledge","Card","Country"
"«p1»","«price»","«card1»","«l1.country»"
"«p2»","«price»","«card2»","«l2.country»" """,
    ),
    (
        "csv",
        """seat,player,instrument,phone
1,«p1»,violin,«phone1»
2,«p2.sf»,viola,«phone2»
3,«p3.first»,cello,""",
    ),
    # ---- markdown table
    (
        "markdown_table",
        """| Tenant | Room | Deposit paid to | Phone |
|---|---|---|---|
| «p1» | «room» | «iban1» | «phone1» |
| «p2» | «room» | «iban1» | «phone2» |

Please turn this into a reminder e-mail for anyone who hasn't paid.""",
    ),
    (
        "markdown_table",
        """| Role | Cast | Understudy |
| --- | --- | --- |
| «character» | «p1» | «p2.init» |
| Narrator | «p3.first» «p3.last» | «p4» |""",
    ),
    (
        "markdown_table",
        """|Host|Listing|City|Payout acct|
|-|-|-|-|
|«p1.first»|Garden studio|«l1.city»|«acct1»|
|«p2.first»|«thing» loft|«l2.city»|«acct2»|""",
    ),
    (
        "markdown_table",
        """Shipping manifest draft
| Container | Shipper | Consignee | Contact |
|---|---|---|---|
| «container» | «p1» | «p2» | «p2.email» |
| «container» | «p1» | «p3.lf» | «phone1» |""",
    ),
    (
        "markdown_table",
        """| reviewer | PR | verdict |
|---|---|---|
| @«p1.mention» | «pr» | approve |
| @«p2.mention» | «pr» | changes requested |
cc «p3.first», can you merge after?""",
    ),
    # ---- html
    (
        "html",
        """<div class="seller-card"><h3>«p1»</h3><p>Top-rated seller in «l1.city», «l1.country»</p><a href="tel:«phone1»">Call</a><a href="mailto:«p1.email»">E-mail</a></div>
Why does the tel link not work on desktop?""",
    ),
    (
        "html",
        """<table><tr><th>Donor</th><th>Gift</th></tr><tr><td>«p1»</td><td>«price»</td></tr><tr><td>«p2.init»</td><td>«price»</td></tr><tr><td>The «brand» Foundation</td><td>«price»</td></tr></table>""",
    ),
    (
        "html",
        """<form action="/checkout"><input name="cardholder" value="«p1.upper»"><input name="pan" value="«card1»"><input name="addr" value="«l1.addr»"></form>
Is it OK that our test page pre-fills these values?""",
    ),
    (
        "html",
        """<!-- TODO remove before release: contact «p1» («phone1») -->
<p class="byline">Letter from «p2», «l1.city»</p>
<p>Your correspondent «p3.last» is wrong about the bus lanes...</p>""",
    ),
    (
        "html",
        """<ul class="crew"><li>Courier: «p1.first»</li><li>Restaurant: «thing» Kitchen</li><li>Customer: «p2.finit»</li></ul> <a href="https://admin.quaykitchen.co.uk/search?q=«p2.url»">open</a>""",
    ),
    # ---- xml
    (
        "xml",
        """<Consignment ref="«awb»"><Shipper><Name>«p1»</Name><Phone>«phone1»</Phone></Shipper><Consignee><Name>«p2»</Name><Address>«l1.addr»</Address></Consignee><HSCode>«hs»</HSCode></Consignment>""",
    ),
    (
        "xml",
        """<Payment><Debtor>«p1»</Debtor><DebtorIBAN>«iban1»</DebtorIBAN><Creditor>«p2»</Creditor><CreditorIBAN>«iban2»</CreditorIBAN><Amount>«price»</Amount></Payment>
convert to the JSON shape our API expects""",
    ),
    (
        "xml",
        """<specimen id="«sample»"><collector>«p1.lf»</collector><site>«l1.city»</site><contact>«p1.email»</contact></specimen>""",
    ),
    (
        "xml",
        """<?xml version="1.0"?>
<cast production="«character» (revival)">
  <member role="lead">«p1»</member>
  <member role="chorus">«p2»</member>
  <agent phone="«phone1»">«p3»</agent>
</cast>""",
    ),
    (
        "xml",
        """<claim><claimant>«p1»</claimant><ssn>«ssn1»</ssn><bank><acct>«acct1»</acct></bank><city>«l1.city»</city></claim>""",
    ),
    # ---- code
    (
        "code",
        """def test_invoice_total():
    inv = Invoice(client="«p1»", email="«p1.email»", iban="«iban1»")
    inv.add_line("«thing» logo", 12, 45.0)
    assert inv.total() == 540.0
Why does this test fail on CI but not locally?""",
    ),
    (
        "code",
        """const seed = [
  { name: '«p1»', phone: '«phone1»', city: '«l1.city»' },
  { name: '«p2»', phone: '«phone2»', city: '«l2.city»' },
];
// «p3.first» said the second phone breaks libphonenumber - why?""",
    ),
    (
        "code",
        """# author: «p1» <«p1.email»>
# reviewed-by: «p2.init»
class BackerExport:
    HEADER = ["name", "card"]
    SAMPLE = [("«p3»", "«card1»")]""",
    ),
    (
        "code",
        """func TestGeoBlock(t *testing.T) {
    ip := net.ParseIP("«ip1»")
    v6 := net.ParseIP("«ipsix1»")
    // reported by «p1» in «ticket»
    if blocked(ip) || blocked(v6) { t.Fatal("should pass") }
}""",
    ),
    (
        "code",
        """UPDATE riders SET phone = '«phone1»' WHERE name = '«p1»';  -- asked by «p2.first», see «ticket»""",
    ),
    (
        "code",
        """it('formats the host name', () => {
  expect(formatHost({ given: '«p1.first»', family: '«p1.last»' })).toBe('«p1.finit»');
});
what should formatHost do with «p2»?""",
    ),
    (
        "code",
        """diff --git a/fixtures/users.yml b/fixtures/users.yml
-  name: «p1»
-  ssn: «ssn1»
+  name: «p2»
+  ssn: «ssn2»
Reviewer «p3.first»: please never commit real SSNs""",
    ),
    # ---- log
    (
        "log",
        """«iso» WARN auth: 5 failed logins for «p1.email» from «ip1»
«iso» INFO auth: lockout applied user="«p1»" ip=«ip1»
What does the lockout policy look like?""",
    ),
    (
        "log",
        """[dispatch] «time» assigned order «order» to courier «p1» (vehicle «model»)
[dispatch] «time» customer «p2.finit» called from «phone1»
[dispatch] «time» delivered to «l1.addr»""",
    ),
    (
        "log",
        """ERROR payments.payout failed: account_number=«acct1» holder="«p1»" reason=INVALID_BENEFICIARY
ERROR payments.payout failed: account_number=«acct2» holder="«p2»" reason=INVALID_BENEFICIARY""",
    ),
    (
        "log",
        """nginx: «ip1» - - [«date»] "GET /admin/export?user=«p1.url» HTTP/1.1" 403
nginx: «ipsix1» - - [«date»] "POST /login HTTP/1.1" 200
Who is «ip1» and why is it probing exports? Ticket owner: «p2»""",
    ),
    (
        "log",
        """«date» game-qa build «build» tester=«p1.mention» crash=NullRef scene=«character»_boss
«date» game-qa build «build» tester=«p2.mention» crash=OOM scene=menu""",
    ),
    # ---- yaml
    (
        "yaml",
        """oncall:
  primary: «p1»
  phone: "«phone1»"
  secondary: «p2.first»
  escalation: «p3.email»
services: [«software», «codename»]""",
    ),
    (
        "yaml",
        """- name: «p1»
  role: host
  payout_iban: «iban1»
  listing_city: «l1.city»
- name: «p2»
  role: co-host
  payout_iban: «iban2»""",
    ),
    (
        "yaml",
        """contributors:
  - «p1.lf»
  - «p2.lf»
maintainer: «p3» <«p3.email»>
license: MIT""",
    ),
    (
        "yaml",
        """ethics_submission:
  protocol: «protocol»
  pi: "«p1.init»"
  coordinator: «p2»
  coordinator_phone: «phone1»
  sites: ["«l1.city»", "«l2.city»"]""",
    ),
    # ---- toolcall
    (
        "toolcall",
        """{"tool": "send_sms", "arguments": {"to": "«phone1»", "body": "Hi «p1.first», your «dish» is on its way with «p2.first»."}}""",
    ),
    (
        "toolcall",
        """call create_refund(customer_name="«p1»", card="«card1»", amount="«price»", reason="«model» damaged")""",
    ),
    (
        "toolcall",
        """<tool_call>{"name": "lookup_guest", "args": {"full_name": "«p1»", "check_in": "«date»", "email": "«p1.email»"}}</tool_call>""",
    ),
    (
        "toolcall",
        """function_call: block_ip
arguments: {"ip": "«ip1»", "reason": "credential stuffing against «p1.email»", "requested_by": "«p2»"}""",
    ),
    (
        "toolcall",
        """{"tool_calls": [{"function": {"name": "verify_identity", "arguments": "{\\"name\\": \\"«p1»\\", \\"ssn\\": \\"«ssn1»\\", \\"zip_city\\": \\"«l1.city»\\"}"}}]}""",
    ),
    # ---- sql
    (
        "sql",
        """SELECT * FROM guests WHERE last_name = '«p1.last»' AND city = '«l1.city»';
-- returns 0 rows but «p1.first» is definitely booked for «date». Why?""",
    ),
    (
        "sql",
        """INSERT INTO donors (name, email, phone, pledged) VALUES
('«p1»', '«p1.email»', '«phone1»', 500),
('«p2»', '«p2.email»', '«phone2»', 1250);""",
    ),
    (
        "sql",
        """ id | holder       | account_number | iban
----+--------------+----------------+------
  1 | «p1»  | «acct1»     | «iban1»
  2 | «p2»  | «acct2»     | «iban2»
(2 rows)
why is the join on holder duplicating rows?""",
    ),
    (
        "sql",
        """-- migration by «p1.init»
UPDATE couriers SET last_login_ip = '«ip1»' WHERE email = '«p2.email»';""",
    ),
    # ---- ics
    (
        "ics",
        """BEGIN:VEVENT
SUMMARY:Callback - «p1»
DTSTART:20250412T150000Z
LOCATION:«l1.addr»
DESCRIPTION:Audition for «character». Accompanist: «p2». Phone «phone1»
ORGANIZER;CN=«p3»:mailto:«p3.email»
END:VEVENT""",
    ),
    (
        "ics",
        """BEGIN:VEVENT
SUMMARY:Vet referral «thing» (owner «p1.last»)
DTSTART;TZID=Europe/London:20250302T091500
DESCRIPTION:Referring vet «p2.init». Owner mobile «phone1».
END:VEVENT""",
    ),
    (
        "ics",
        """BEGIN:VEVENT
SUMMARY:Move-in «room»
ATTENDEE;CN=«p1»:mailto:«p1.email»
ATTENDEE;CN=«p2»:mailto:«p2.email»
LOCATION:«l1.city»
END:VEVENT""",
    ),
    (
        "ics",
        """BEGIN:VEVENT
SUMMARY:Book club at «w1.first»'s
LOCATION:«l1.addr»
DESCRIPTION:Reading «isbn». Bring «dish»! «w1.first»'s number: «phone1»
END:VEVENT""",
    ),
    # ---- vcard
    (
        "vcard",
        """BEGIN:VCARD
VERSION:3.0
FN:«p1»
N:«p1.last»;«p1.first»;;;
TEL;TYPE=CELL:«phone1»
EMAIL:«p1.email»
ADR;TYPE=HOME:;;«l1.addr»
END:VCARD
Why does my import show the name twice?""",
    ),
    (
        "vcard",
        """BEGIN:VCARD
VERSION:4.0
FN:«p1.upper»
ORG:«thing» Catering
TEL;VALUE=uri:tel:«phone1»
NOTE:referred by «p2.first»
END:VCARD""",
    ),
    (
        "vcard",
        """BEGIN:VCARD
VERSION:3.0
FN:«w1»
TEL;TYPE=WORK:«phone1»
TEL;TYPE=HOME:«phone2»
END:VCARD""",
    ),
    (
        "vcard",
        """BEGIN:VCARD
VERSION:3.0
FN:«p1.init»
EMAIL;TYPE=INTERNET:«p1.email»
ADR:;;«l1.addr»;;;;
NOTE:Customs broker for «l2.country» shipments
END:VCARD""",
    ),
    # ---- latex
    (
        "latex",
        """\\author{«p1» \\and «p2» \\and «p3.init»}
\\title{Sample degradation in the «codename» biobank}
\\thanks{Corresponding author: \\texttt{«p1.email»}}
Why does the \\and break the line?""",
    ),
    (
        "latex",
        """\\begin{letter}{«p1» \\\\ «l1.addr»}
\\opening{Dear «p1.last»,}
Thank you for lending «character» to the exhibition.
\\closing{Yours, «p2»}
\\end{letter}""",
    ),
    (
        "latex",
        """\\section*{Acknowledgements}
We thank «p1», «p2.init» and the «l1.city» hospital ethics board (protocol «protocol»). «p3.first» «p3.last» ran the «method» analysis.""",
    ),
    (
        "latex",
        """\\invoiceitem{«thing» logo design}{«price»}
\\billto{«p1» \\\\ «l1.addr» \\\\ «phone1»}
\\payto{IBAN «iban1»}""",
    ),
    (
        "yaml",
        """identity_check:
  applicant: «p1»
  ssn: "«ssn1»"
  phone: "«phone1»"
  address: "«l1.addr»"
  reviewer: «p2.init»""",
    ),
    (
        "sql",
        """SELECT ip, COUNT(*) FROM logins WHERE user_email = '«p1.email»' GROUP BY ip;
   ip            | count
-----------------+------
 «ip1»   |   41
 «ip2»   |    3""",
    ),
    (
        "ics",
        """BEGIN:VEVENT
SUMMARY:Pickup «flight» - «p1»
DESCRIPTION:Driver «p2.first» («phone1»). Guest mobile «phone2».
LOCATION:«l1.city»
END:VEVENT""",
    ),
    (
        "vcard",
        """BEGIN:VCARD
VERSION:3.0
FN:«p1»
TITLE:Registrar
ORG:«brand» Foundation
TEL;TYPE=WORK:«phone1»
EMAIL:«p1.email»
ADR;TYPE=WORK:;;«l1.addr»
END:VCARD""",
    ),
    (
        "latex",
        """\\textbf{Backer credits}: «p1», «p2», «p3.init», and «w1».
\\footnote{Card payments handled by «brand»; contact «p4.email».}""",
    ),
    (
        "json",
        """{"user": "«p1.mention»", "full_name": "«p1»", "ssn": "«ssn1»", "card": "«card1»", "ip": "«ip1»"}
Which of these fields should our logger redact?""",
    ),
    (
        "log",
        """«date» «time» kyc: applicant="«p1»" ssn=«ssn1» result=MATCH ip=«ip1»
«date» «time» kyc: applicant="«p2»" ssn=«ssn2» result=NO_MATCH ip=«ipsix1»""",
    ),
    (
        "csv",
        """name,card,expiry,city
«p1»,«card1»,09/27,«l1.city»
«p2»,«card2»,01/26,«l2.city»""",
    ),
    (
        "code",
        """# reproduces «ticket» reported by «p1.first»
resp = client.post("/kyc", json={"name": "«p2»", "ssn": "«ssn1»", "phone": "«phone1»"})
assert resp.status_code == 422""",
    ),
]

PERSONAL_B: list[Template] = templates("pb", RAW, personal=True)
