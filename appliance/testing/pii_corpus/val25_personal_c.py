"""val25 templates with personal data: html, xml, yaml, code, log, git, diff, stacktrace,
slack, jira."""

from __future__ import annotations

from appliance.testing.pii_corpus.val25_gen import t

TEMPLATES = [
    # --- html ----------------------------------------------------------------------------
    t(
        "events-html-1",
        "html",
        """
<h2>RSVP received</h2>
<table>
  <tr><td>Guest</td><td>{{p1}}</td></tr>
  <tr><td>Plus one</td><td>{{p2}}</td></tr>
  <tr><td>Email</td><td><a href="mailto:{{p1.mail}}">{{p1.mail}}</a></td></tr>
  <tr><td>Phone</td><td>{{ph1}}</td></tr>
  <tr><td>Dietary</td><td>pescatarian</td></tr>
  <tr><td>Message</td><td>So happy for you both! {{p1.first}} &amp; {{p2.first}} x</td></tr>
</table>
""",
    ),
    t(
        "museum-html-1",
        "html",
        """
<div class="loan-record">
  <p><strong>Borrower:</strong> {{p1.lf}}</p>
  <p><strong>Card no.:</strong> {{n:20000000-29999999}}</p>
  <p><strong>Address:</strong> {{addr1}}</p>
  <ul>
    <li>Parish registers 1780-1812 (microfilm) - due {{date:short}}</li>
    <li>Estate map, reproduction - due {{date:short}}</li>
  </ul>
  <p class="staff">Issued by {{p2.init}}</p>
</div>
Rewrite this as a plain-text overdue reminder.
""",
    ),
    t(
        "property-html-1",
        "html",
        """
<form-submission id="{{uuid}}">
<p>Name: {{p1}}</p>
<p>Phone: <a href="tel:{{ph1.e164}}">{{ph1.e164}}</a></p>
<p>Interested in: 2-bed flat, {{addr1}}</p>
<p>Message: Hi, my partner {{p2.first}} and I would like a viewing on {{date:day}}. We have a dog (Biscuit, very calm!).</p>
</form-submission>
""",
    ),
    t(
        "charity-html-1",
        "html",
        """
<html><body>
<p>Dear {{p1.first}},</p>
<p>Thank you for your gift of <b>{{price:10-500}}</b> on {{date:long}}. Your payment from card ending {{cc1.last4}} was received.</p>
<p>Your fundraiser, {{p2}}, will be in touch about the Sponsored Walk.</p>
<p style="font-size:small">Donor ref {{n:100000-999999}} &middot; {{addr1}}</p>
</body></html>
""",
        cur="£",
    ),
    # --- xml -----------------------------------------------------------------------------
    t(
        "customs-xml-1",
        "xml",
        """
<Declaration type="IM">
  <Importer>
    <Name>{{p1.upper}}</Name>
    <Address>{{addr1}}</Address>
    <Phone>{{ph1}}</Phone>
  </Importer>
  <Agent>{{p2}}</Agent>
  <GoodsItem seq="1">
    <Commodity>6907210000</Commodity>
    <Description>Glazed ceramic tiles</Description>
    <Value currency="EUR">{{amount}}</Value>
  </GoodsItem>
  <Payment method="transfer" iban="{{iban1}}"/>
</Declaration>
""",
    ),
    t(
        "travel-xml-1",
        "xml",
        """
<Reservation ref="{{booking}}">
  <Guest primary="true"><GivenName>{{p1.first}}</GivenName><Surname>{{p1.last}}</Surname><Email>{{p1.mail}}</Email><Phone>{{ph1}}</Phone></Guest>
  <Guest><GivenName>{{p2.first}}</GivenName><Surname>{{p2.last}}</Surname></Guest>
  <Stay checkIn="{{date:iso}}" nights="4" room="{{room}}"/>
  <Guarantee cardNumber="{{cc1.compact}}" holder="{{p1.upper}}"/>
</Reservation>
""",
    ),
    t(
        "museum-xml-1",
        "xml",
        """
<record>
  <accession>{{n:1950-2023}}.{{n:1-400}}</accession>
  <title>Letters and diaries</title>
  <creator>{{p1.lf}}</creator>
  <scopecontent>Correspondence between {{p1.first}} and {{p2}}, 1931-1958, mostly from {{city1}}.</scopecontent>
  <acqinfo>Deposited by {{p3:f}}, great-niece, {{date:iso}}.</acqinfo>
  <accessrestrict>Open</accessrestrict>
</record>
""",
    ),
    t(
        "health-xml-1",
        "xml",
        """
<Prescription id="{{uuid}}">
  <Patient><Name>{{p1}}</Name><BirthDate>{{date:dobiso}}</BirthDate><Address>{{addr1}}</Address></Patient>
  <Prescriber>{{p2.title}} {{p2.last}}</Prescriber>
  <Item><Drug>Amoxicillin 500mg capsules</Drug><Qty>21</Qty><Dose>one three times a day</Dose></Item>
  <Pharmacy contact="{{ph1}}"/>
</Prescription>
""",
    ),
    # --- yaml ----------------------------------------------------------------------------
    t(
        "software-yaml-1",
        "yaml",
        """
# on-call rota - platform team
rotation: weekly
handover: "Mon 10:00"
members:
  - name: {{p1}}
    phone: "{{ph1}}"
    email: {{p1.work}}
  - name: {{p2}}
    phone: "{{ph2}}"
    email: {{p2.work}}
  - name: {{p3}}
    phone: "{{ph3}}"
escalation: {{p4}}
""",
    ),
    t(
        "secops-yaml-1",
        "yaml",
        """
incident: {{ticket}}
title: Credential stuffing against client portal
reported_by: {{p1}}
lead: {{p2}}
indicators:
  - {{ip1}}
  - {{ip2}}
  - {{ip3:6}}
affected_accounts:
  - {{p3.work}}
  - {{p4.mail}}
status: contained
""",
    ),
    t(
        "events-yaml-1",
        "yaml",
        """
event: wedding-{{date:iso}}
couple: ["{{p1}}", "{{p2}}"]
suppliers:
  florist: {name: "{{p3}}", phone: "{{ph1}}"}
  photographer: {name: "{{p4}}", phone: "{{ph2}}", email: "{{p4.mail}}"}
  band: {name: "The Velvet Owls", contact: "{{p5}}", iban: "{{iban1}}"}
venue_contact: {{p6.first}}
""",
    ),
    t(
        "gym-yaml-1",
        "yaml",
        """
club: Chainring CC
season: 2025
committee:
  chair: {{p1}}
  secretary: {{p2}}
  treasurer: {{p3}}
  welfare_officer: {name: {{p4}}, phone: "{{ph1}}"}
bank:
  account_name: Chainring Cycling Club
  sort_code: "{{sort}}"
  account_number: "{{acct1:uk}}"
""",
    ),
    # --- code ----------------------------------------------------------------------------
    t(
        "software-code-1",
        "code",
        """
Why does this test fail on CI but not locally?

def test_invoice_pdf(tmp_path):
    customer = Customer(
        name="{{p1}}",
        email="{{p1.mail}}",
        phone="{{ph1}}",
        address="{{addr1}}",
    )
    card = "{{cc1}}"  # TODO remove real-looking number
    pdf = render_invoice(customer, card, out=tmp_path / "inv.pdf")
    assert "{{p1.last}}" in pdf.text
""",
    ),
    t(
        "energy-code-1",
        "code",
        """
INSERT INTO customers (id, full_name, phone, supply_address, iban) VALUES
  ({{n:1000-9999}}, '{{p1}}', '{{ph1}}', '{{addr1}}', '{{iban1}}'),
  ({{n:1000-9999}}, '{{p2}}', '{{ph2}}', '{{addr2}}', '{{iban2}}');
-- loaded by {{p3.first}} from the legacy billing export, {{date:iso}}
Rewrite this as an upsert for Postgres.
""",
    ),
    t(
        "farm-code-1",
        "code",
        """
// seed data for the co-op app
const members = [
  { id: 1, name: "{{p1}}", phone: "{{ph1}}", herd: "H-{{n:1000-9999}}" },
  { id: 2, name: "{{p2}}", phone: "{{ph2}}", herd: "H-{{n:1000-9999}}" },
  { id: 3, name: "{{p3}}", phone: "{{ph3}}", herd: "H-{{n:1000-9999}}" },
];
// {{p4.first}} asked for the milk-volume chart to default to litres
""",
    ),
    t(
        "recruit-code-1",
        "code",
        """
package ats

var fixtures = []Candidate{
	{Name: "{{p1}}", Email: "{{p1.mail}}", SSN: "{{ssn1}}", City: "{{city1:US}}"},
	{Name: "{{p2}}", Email: "{{p2.mail}}", SSN: "{{ssn2}}", City: "{{city2:US}}"},
}

// Reviewer: {{p3}} - please mask SSNs before this ships
""",
    ),
    t(
        "secops-code-1",
        "code",
        """
# blocklist built from the SOC ticket raised by {{p1}}
BLOCKED = {
    "{{ip1}}",   # password spray, 300 attempts
    "{{ip2}}",   # same ASN
    "{{ip3:6}}",  # IPv6 from the same provider
}

def is_blocked(addr: str) -> bool:
    return addr in BLOCKED
""",
    ),
    t(
        "insurance-code-1",
        "code",
        """
SELECT c.claim_id, p.holder_name, p.ssn, c.amount
FROM claims c JOIN policies p ON p.id = c.policy_id
WHERE c.status = 'OPEN';

claim_id | holder_name | ssn | amount
{{ref}} | {{p1}} | {{ssn1}} | {{amount}}
{{ref}} | {{p2}} | {{ssn2}} | {{amount}}
Why do I get duplicate rows?
""",
    ),
    # --- log -----------------------------------------------------------------------------
    t(
        "secops-log-1",
        "log",
        """
{{date1:iso}}T03:14:07Z sshd[2211]: Failed password for invalid user admin from {{ip1}} port 51122 ssh2
{{date1:iso}}T03:14:09Z sshd[2211]: Failed password for invalid user admin from {{ip1}} port 51140 ssh2
{{date1:iso}}T03:15:42Z sshd[2240]: Accepted publickey for {{p1.handle}} from {{ip2}} port 40022 ssh2
{{date1:iso}}T03:16:01Z sudo: {{p1.handle}} : TTY=pts/0 ; PWD=/home/{{p1.handle}} ; COMMAND=/usr/bin/systemctl restart nginx
Is the first IP related to the accepted login?
""",
    ),
    t(
        "energy-log-1",
        "log",
        """
[{{date1:iso}} {{tick}}:02] HES INFO  comms hub {{meter}} online via {{ip1:6}}
[{{date1:iso}} {{tick}}:15] HES WARN  tariff push failed for MPAN {{mpan}} (account holder {{p1}})
[{{date1:iso}} {{tick}}:16] CRM INFO  callback scheduled, customer phone {{ph1}}
[{{date1:iso}} {{tick}}:40] HES INFO  retry ok, read {{kwh}} Wh
""",
    ),
    t(
        "software-log-1",
        "log",
        """
2025-03-0{{n1:1-9}} 10:22:41,118 INFO  auth login ok user={{p1.work}} ip={{ip1}}
2025-03-0{{n1:1-9}} 10:22:43,502 ERROR billing export failed for customer "{{p2}}" <{{p2.mail}}>: timeout
2025-03-0{{n1:1-9}} 10:23:10,009 INFO  auth login ok user={{p3.work}} ip={{ip2}}
""",
    ),
    t(
        "travel-log-1",
        "log",
        """
booking-engine | {{tick}} | POST /payments status=402 pax="{{p1.upper}}" card={{cc1.compact}} amount={{price:300-5000}}
booking-engine | {{tick}} | retry pax="{{p1.upper}}" card={{cc1.compact}}
booking-engine | {{tick}} | POST /payments status=200 pax="{{p2.upper}}" ref={{booking}}
Our PCI auditor flagged this. What should the logger do instead?
""",
        cur="$",
    ),
    t(
        "dental-log-1",
        "log",
        """
sms-gw {{date1:iso}} {{tick}} DELIVERED to={{ph1}} name="{{p1}}" tpl=RECALL
sms-gw {{date1:iso}} {{tick}} FAILED to={{ph2}} name="{{p2}}" tpl=RECALL err=unreachable
sms-gw {{date1:iso}} {{tick}} DELIVERED to={{ph3}} name="{{p3}}" tpl=APPT_24H
""",
    ),
    t(
        "secops-log-2",
        "log",
        """
{{ip1:6}} - - [{{n1:10-28}}/Mar/2025:11:02:33 +0000] "POST /wp-login.php HTTP/1.1" 200 4521 "-" "python-requests/2.31"
{{ip1:6}} - - [{{n1:10-28}}/Mar/2025:11:02:34 +0000] "POST /wp-login.php HTTP/1.1" 200 4521 "-" "python-requests/2.31"
{{ip2}} - {{p1.handle}} [{{n1:10-28}}/Mar/2025:11:05:10 +0000] "GET /wp-admin/ HTTP/1.1" 200 18877 "-" "Mozilla/5.0"
Write a fail2ban filter for the first pattern.
""",
    ),
    # --- git -----------------------------------------------------------------------------
    t(
        "software-git-1",
        "git",
        """
commit {{sha}}
Author: {{p1}} <{{p1.work}}>
Date:   {{date:git}}

    Fix rounding in VAT export

    Co-authored-by: {{p2}} <{{p2.mail}}>

commit {{sha}}
Author: {{p3}} <{{p3.work}}>
Date:   {{date:git}}

    Bump pdf renderer to {{ver}}
""",
    ),
    t(
        "software-git-2",
        "git",
        """
Summarise these commits for the release notes:

{{short}} Add Welsh translations for tenant portal (Signed-off-by: {{p1}} <{{p1.work}}>)
{{short}} Handle null move-out date (Reviewed-by: {{p2}})
{{short}} Merge pull request #{{n:100-999}} from {{p3.handle}}/deposit-fix
{{short}} Deposit return emails now cc the landlord ({{p3}})
""",
    ),
    t(
        "museum-git-1",
        "git",
        """
$ git log -3 --format='%an <%ae> %s'
{{p1}} <{{p1.work}}> Add scans for box 14 (donor: {{p2}})
{{p3}} <{{p3.mail}}> Correct dates on oral history OH-{{n:100-999}}
{{p1}} <{{p1.work}}> Metadata: mark {{p4}} interview as closed until 2040
""",
    ),
    t(
        "charity-git-1",
        "git",
        """
commit {{sha}}
Author: {{p1}} <{{p1.work}}>
Date:   {{date:git}}

    Import legacy donors from spreadsheet

    Contains test record for {{p2}}, remove before go-live.

    Signed-off-by: {{p1}} <{{p1.work}}>
    Signed-off-by: {{p3}} <{{p3.work}}>
""",
    ),
    # --- diff ----------------------------------------------------------------------------
    t(
        "software-diff-1",
        "diff",
        """
--- a/tests/fixtures/customers.json
+++ b/tests/fixtures/customers.json
@@ -1,4 +1,9 @@
 [
+  {"name": "{{p1}}", "email": "{{p1.mail}}", "card": "{{cc1}}"},
+  {"name": "{{p2}}", "email": "{{p2.mail}}", "card": "{{cc2}}"},
   {"name": "Test User", "email": "test@example.invalid"}
 ]
Should I block this PR?
""",
    ),
    t(
        "property-diff-1",
        "diff",
        """
diff --git a/config/branches.yaml b/config/branches.yaml
@@ -12,7 +12,7 @@ branches:
   - id: north
-    manager: {{p1}}
-    phone: "{{ph1}}"
+    manager: {{p2}}
+    phone: "{{ph2}}"
     out_of_hours: "{{ph3}}"
""",
    ),
    t(
        "secops-diff-1",
        "diff",
        """
--- a/firewall/allowlist.txt
+++ b/firewall/allowlist.txt
@@ -3,3 +3,5 @@
 # vendor VPN
 {{ip1}}
+# home office - {{p1}} (approved by {{p2}})
+{{ip2}}
+{{ip3:6}}
""",
    ),
    # --- stacktrace ----------------------------------------------------------------------
    t(
        "software-stack-1",
        "stacktrace",
        """
Traceback (most recent call last):
  File "/app/payroll/export.py", line 88, in build_row
    row["ni_number"] = employee.ni_number.upper()
AttributeError: 'NoneType' object has no attribute 'upper'

During handling of the above exception, another exception occurred:
  File "/app/payroll/export.py", line 91, in build_row
    raise ExportError(f"bad employee record: {employee!r}")
payroll.errors.ExportError: bad employee record: Employee(name='{{p1}}', email='{{p1.work}}', ssn='{{ssn1}}')
""",
    ),
    t(
        "travel-stack-1",
        "stacktrace",
        """
com.wayfarer.pay.CardDeclinedException: Card {{cc1}} declined for booking {{booking}} (holder {{p1.upper}})
	at com.wayfarer.pay.Gateway.charge(Gateway.java:214)
	at com.wayfarer.booking.Checkout.complete(Checkout.java:97)
	at com.wayfarer.api.BookingController.pay(BookingController.java:61)
""",
    ),
    t(
        "energy-stack-1",
        "stacktrace",
        """
TypeError: Cannot read properties of undefined (reading 'postcode')
    at formatAddress (src/account/address.ts:14:22)
    at renderBill (src/billing/render.ts:203:9)
Context: account {{ref}}, holder "{{p1}}", raw address "{{addr1}}"
""",
    ),
    # --- slack ---------------------------------------------------------------------------
    t(
        "secops-slack-1",
        "slack",
        """
#soc-alerts export
[{{tick}}] {{p1}}: new alert - impossible travel for {{p2.work}}
[{{tick}}] {{p1}}: logins from {{ip1}} and {{ip2}} 20 min apart
[{{tick}}] {{p3}}: I know {{p2.first:f}}, she's on leave in {{city1}} this week, could be legit
[{{tick}}] {{p1}}: @{{p3.handle}} can you call her? {{ph1}}
[{{tick}}] {{p3}}: :thumbsup:
""",
        cult="in af",
    ),
    t(
        "events-slack-1",
        "slack",
        """
#wedding-ops
{{p1.nick}} [{{tick}}]: the {{p2.last}} party has changed again, now 112
{{p3.first}} [{{tick}}]: ugh ok. who's the day-of contact?
{{p1.nick}} [{{tick}}]: bride's sister {{p4:f}}, {{ph1}}
{{p3.first}} [{{tick}}]: and the cake lady? @{{p5.handle}} had her number
{{p5}} [{{tick}}]: {{p6:f}} - {{ph2}}
""",
    ),
    t(
        "media-slack-1",
        "slack",
        """
{{date1:iso}} {{tick}} {{p1}}: guest for Thursday cancelled :(
{{date1:iso}} {{tick}} {{p2}}: try {{w1:f}}? she did the book festival panel. {{w1.mail}}
{{date1:iso}} {{tick}} {{p1}}: on it. @{{p4.handle}} can you hold the studio?
{{date1:iso}} {{tick}} {{p4}}: done, studio B 2-4
""",
    ),
    t(
        "farm-slack-1",
        "slack",
        """
#coop-haulage
{{p1.fl}} {{tick}}: lorry for {{p2}}'s barley is stuck, driver {{p3.first:m}} says the lane is flooded
{{p4.fl}} {{tick}}: tell him to try the back gate, {{p2.first:f}} can open it. her mobile {{ph1}}
{{p1.fl}} {{tick}}: done :+1:
""",
    ),
    t(
        "software-slack-1",
        "slack",
        """
#client-quayside
{{p1}}  {{tick}}
@{{p2.handle}} the client wants the SOW amended, {{p3}} is the new sponsor

{{p2}}  {{tick}}
ok, can you send me {{p3.first}}'s email?

{{p1}}  {{tick}}
{{p3.work}} - and their PM is {{p4}} ({{ph1}})
""",
    ),
    # --- jira ----------------------------------------------------------------------------
    t(
        "software-jira-1",
        "jira",
        """
{{ticket}} - Export timesheets to client portal
Reporter: {{p1}}   Assignee: {{p2}}
Comment ({{p3}}, {{date:short}}): Tested with {{w1}}'s account, the CSV drops the last row.
Comment ({{p2}}, {{date:short}}): Fixed in {{ver}}. {{p3.first}} please retest.
""",
    ),
    t(
        "insurance-jira-1",
        "jira",
        """
CLAIMS-{{n:100-999}}: Duplicate payment to claimant
Description: Claimant {{p1}} (SSN {{ssn1}}) received the settlement twice, to checking account {{acct1:us}}.
Comment by {{p2}}: finance confirmed the second payment on {{date:iso}}. Contacting {{p1.first}} on {{ph1:US}}.
Comment by {{p3}}: root cause is the retry in the payout job.
""",
        ph="US",
    ),
    t(
        "secops-jira-1",
        "jira",
        """
SEC-{{n:100-999}} Phishing campaign "Invoice overdue"
Reporter: {{p1}}
Labels: phishing, triage
Description: 14 users received it. Sender {{p2.mail}}. Landing page on {{ip1}}. {{p3}} entered credentials - password reset done, sessions revoked.
Comment ({{p4}}): blocked {{ip1}} and {{ip2}} at the proxy.
""",
    ),
    t(
        "translation-jira-1",
        "jira",
        """
LING-{{n:100-999}}: Certified translation of birth certificate
Client: {{p1}} ({{p1.mail}})
Translator: {{p2}}   Proofreader: {{p3}}
Comment ({{p2.first}}): The certificate names the father as {{p4}} and place of birth {{city1}}; the client's passport spells it differently. Asked the client.
Comment ({{p1.first}}): Please use the certificate spelling.
""",
    ),
]
