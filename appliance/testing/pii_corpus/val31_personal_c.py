"""val31 personal templates, part C: HTML, XML, YAML, code, logs, git, diffs and stack
traces."""

from __future__ import annotations

from appliance.testing.pii_corpus.val31_gen import P

TEMPLATES = [
    # ---------------------------------------------------------------- html
    P(
        "pc-html-wedding-1",
        "html",
        "wedding",
        """
<div class="rsvp">
  <h2>RSVP - {{p1.first}} &amp; {{p2.first}}</h2>
  <p>Guest: <strong>{{p3}}</strong> (+1: {{p4}})</p>
  <p>Meal: {{pick:fish|vegetarian|beef}}; allergies: {{pick:none|nuts|gluten}}</p>
  <p>Contact: <a href="mailto:{{p3.email}}">{{p3.email}}</a>, {{ph1}}</p>
</div>
""",
    ),
    P(
        "pc-html-museum-1",
        "html",
        "museum",
        """
<article class="lot">
  <h3>Lot {{n:1-300}}: Copy after {{artwork}}, 19th century</h3>
  <p class="provenance">Provenance: {{p1}}, {{l1.city}}; by descent to {{p2}}; sold to the \
present owner.</p>
  <p class="estimate">Estimate {{bigprice}}</p>
  <p class="specialist">Specialist: {{p3}} &middot; {{ph1}} &middot; \
<a href="mailto:{{p3.work}}">{{p3.work}}</a></p>
</article>
""",
    ),
    P(
        "pc-html-news-1",
        "html",
        "news",
        """
<header>
  <h1>{{storm}} leaves thousands of homes without power</h1>
  <p class="byline">By {{p1}} and {{p2}} in {{l1.city}}</p>
</header>
<p>"We lost the roof at three in the morning," said {{p3}}, 67, whose family has farmed near \
{{l2.city}} since {{year}}.</p>
<footer>Contact the newsdesk: {{em:newsdesk}} &middot; Tips: {{ph1}}</footer>
""",
    ),
    P(
        "pc-html-orchestra-1",
        "html",
        "music",
        """
<section id="artists">
  <h2>{{musicwork}} - {{date}}</h2>
  <ul>
    <li>Conductor: <a href="https://cityphilharmonic.org/artists/{{p1.slug}}">{{p1}}</a></li>
    <li>Soprano: {{p2}}</li>
    <li>Chorus master: {{p3.ilast}}</li>
  </ul>
  <p>Box office: {{ph1}}</p>
</section>
""",
    ),
    P(
        "pc-html-school-1",
        "html",
        "school",
        """
Fix the broken table in this page:
<table class="staff">
  <tr><th>Name</th><th>Role</th><th>Email</th></tr>
  <tr><td>{{p1.hon}} {{p1.last}}</td><td>Head of {{pick:Maths|Science|English}}</td><td>{{p1.work}}</td>
  <tr><td>{{p2}}</td><td>Tutor</td><td>{{p2.work}}</td></tr>
</table>
""",
    ),
    P(
        "pc-html-hr-1",
        "html",
        "hr",
        """
<form action="/apply" method="post">
  <input name="full_name" value="{{p1}}">
  <input name="email" value="{{p1.email}}">
  <input name="phone" value="{{ph1}}">
  <input name="city" value="{{l1.city}}">
  <textarea name="cover">I was referred by {{p2}} in your {{dept}} team.</textarea>
</form>
""",
    ),
    # ----------------------------------------------------------------- xml
    P(
        "pc-xml-ship-1",
        "xml",
        "shipping",
        """
<Manifest vessel="{{vessel}}" voyage="{{voyage}}">
  <Consignment bl="{{bl}}">
    <Shipper>{{p1}}</Shipper>
    <Consignee>
      <Name>{{p2}}</Name>
      <Address>{{l1.addr}}</Address>
      <Phone>{{ph1:l1}}</Phone>
    </Consignee>
    <Container>{{container}}</Container>
  </Consignment>
</Manifest>
""",
    ),
    P(
        "pc-xml-hr-1",
        "xml",
        "hr",
        """
<Candidate id="{{uuid}}">
  <PersonName><GivenName>{{p1.first}}</GivenName><FamilyName>{{p1.last}}</FamilyName></PersonName>
  <Contact><Email>{{p1.email}}</Email><Mobile>{{ph1}}</Mobile></Contact>
  <Location><City>{{l1.city}}</City><Country>{{l1.country}}</Country></Location>
  <Reference><Name>{{p2}}</Name><Email>{{p2.work}}</Email></Reference>
</Candidate>
""",
    ),
    P(
        "pc-xml-bank-1",
        "xml",
        "ngo",
        """
<CdtTrfTxInf>
  <PmtId><EndToEndId>{{ref}}</EndToEndId></PmtId>
  <Amt><InstdAmt Ccy="EUR">{{n:50-900}}.00</InstdAmt></Amt>
  <Cdtr><Nm>{{p1.UPLF}}</Nm><PstlAdr><AdrLine>{{l1.addr}}</AdrLine></PstlAdr></Cdtr>
  <CdtrAcct><Id><IBAN>{{iban}}</IBAN></Id></CdtrAcct>
  <RmtInf><Ustrd>Grant {{case}} approved by {{p2.ilast}}</Ustrd></RmtInf>
</CdtTrfTxInf>
""",
    ),
    P(
        "pc-xml-weather-1",
        "xml",
        "weather",
        """
<alert>
  <identifier>{{uuid}}</identifier>
  <event>{{storm}} - amber wind warning</event>
  <area><areaDesc>{{l1.region}}</areaDesc></area>
  <contact>Duty forecaster {{p1}}, {{ph1}}</contact>
  <note>Issued by {{p2.ilast}}; checked by {{p3.ilast}}</note>
</alert>
""",
    ),
    # ---------------------------------------------------------------- yaml
    P(
        "pc-yaml-rescue-1",
        "yaml",
        "rescue",
        """
# callout roster - {{date}}
team: {{pick:Fell Team A|Coastal Unit 2|Alpine Section}}
duty_coordinator:
  name: {{p1}}
  phone: "{{ph1}}"
members:
  - name: {{p2}}
    phone: "{{ph2}}"
    role: {{pick:medic|driver|dog handler|swiftwater}}
  - name: {{p3}}
    phone: "{{ph3}}"
    role: {{pick:navigator|radio|party leader}}
base: {{l1.addr}}
""",
    ),
    P(
        "pc-yaml-oss-1",
        "yaml",
        "oss",
        """
# MAINTAINERS.yaml
project: {{software}}-{{pick:exporter|operator|plugin}}
maintainers:
  - name: {{p1}}
    email: {{p1.email}}
    github: {{p1.handle}}
  - name: {{p2}}
    email: {{p2.work}}
    github: {{p2.handle}}
security_contact: {{em:security}}
emeritus:
  - {{p3}}
""",
    ),
    P(
        "pc-yaml-hack-1",
        "yaml",
        "oss",
        """
# hackathon judges
event: Hack the Harbour {{year}}
venue_city: {{l1.city}}
judges:
  - {name: "{{p1}}", org: "{{brand}}", phone: "{{ph1}}"}
  - {name: "{{p2}}", org: "{{brand}}", phone: "{{ph2}}"}
prize_payout_iban: {{iban}}
wifi_gateway: {{ip}}
""",
    ),
    P(
        "pc-yaml-museum-1",
        "yaml",
        "museum",
        """
loan:
  object: "Bronze after {{artwork}}"
  lender: {{p1.lf}}
  lender_address: "{{l1.addr}}"
  courier: {{p2}}
  courier_phone: "{{ph1}}"
  insurance: {{bigprice}}
""",
    ),
    # ---------------------------------------------------------------- code
    P(
        "pc-code-school-1",
        "code",
        "school",
        """
# seed data for the tutoring app - replace with fixtures before release
TUTORS = [
    {"name": "{{p1}}", "email": "{{p1.work}}", "subjects": ["maths", "physics"]},
    {"name": "{{p2}}", "email": "{{p2.work}}", "subjects": ["{{pick:French|Spanish|German}}"]},
]
PARENT_CONTACT = {"{{p3.first}}": "{{ph1}}"}
""",
    ),
    P(
        "pc-code-hr-1",
        "code",
        "hr",
        """
-- fix the bad import from the {{l1.city}} office
UPDATE employees
SET ssn = '{{ssn}}', last_name = '{{p1.last}}'
WHERE employee_id = {{n:1000-9999}};

INSERT INTO emergency_contacts (employee_id, name, phone)
VALUES ({{n:1000-9999}}, '{{p2}}', '{{ph1}}');
""",
    ),
    P(
        "pc-code-weather-1",
        "code",
        "weather",
        """
// TODO: move to config - on-call forecasters for {{storm}}
const onCall = [
  { name: '{{p1}}', phone: '{{ph1}}', region: '{{l1.region}}' },
  { name: '{{p2}}', phone: '{{ph2}}', region: '{{l2.region}}' },
];
sendPager(onCall[0].phone, `Amber warning issued for ${onCall[0].region}`);
""",
    ),
    P(
        "pc-code-ship-1",
        "code",
        "shipping",
        """
func TestNotifyConsignee(t *testing.T) {
\tc := Consignee{Name: "{{p1}}", Phone: "{{ph1}}", Email: "{{p1.email}}"}
\t// regression: the {{vessel}} arrival notice went to {{p2.ilast}} instead
\tif err := notify(c, "{{container}}"); err != nil {
\t\tt.Fatalf("notify: %v", err)
\t}
}
""",
    ),
    P(
        "pc-code-bank-1",
        "code",
        "ngo",
        """
Why does this test fail?

def test_payout_iban():
    payee = Payee(name="{{p1}}", iban="{{iban}}")
    assert payee.iban_valid()
    assert payee.masked() == "{{pick:****|XXXX}}"
""",
    ),
    P(
        "pc-code-card-1",
        "code",
        "brewery",
        """
# quick repro for the double-charge bug, card from the customer's complaint
charge = client.charges.create(
    amount={{n:1200-9900}},
    currency="{{pick:gbp|eur|usd}}",
    card="{{card}}",
    description="Taproom order {{order}} for {{p1}}",
    receipt_email="{{p1.email}}",
)
""",
    ),
    P(
        "pc-code-sql-2",
        "code",
        "dental",
        """
SELECT patient_id, last_name, phone
FROM patients
WHERE last_name = '{{p1.last}}' OR phone = '{{ph1}}';
-- {{p2.first}} says there are two records for this patient after the merge
""",
    ),
    # ----------------------------------------------------------------- log
    P(
        "pc-log-oss-1",
        "log",
        "oss",
        """
{{isodate}}T09:14:02Z INFO  auth: login ok user={{p1.handle}} ip={{ip}}
{{isodate}}T09:14:07Z WARN  mailer: bounce for {{p1.email}} (550 mailbox full)
{{isodate}}T09:15:31Z INFO  auth: login ok user={{p2.handle}} ip={{ip:v6}}
{{isodate}}T09:16:00Z ERROR billing: card declined for customer "{{p2}}" card={{card::plain}}
""",
    ),
    P(
        "pc-log-rail-1",
        "log",
        "rail",
        """
{{time}} OPS  {{loco}} departed platform 2, driver {{p1.ilast}}, guard {{p2.ilast}}
{{time}} OPS  passenger taken ill in coach C; first aider {{p3.first}} attending
{{time}} OPS  ambulance requested via control, callback {{ph1}}
{{time}} OPS  line clear, service resumed; report to {{p4.work}}
""",
    ),
    P(
        "pc-log-ngo-1",
        "log",
        "ngo",
        """
{{ip}} - - [12/Mar/2025:10:02:11 +0000] "POST /cases/{{n:1000-9999}}/notes HTTP/1.1" 201 512
{{ip}} - {{p1.handle}} [12/Mar/2025:10:02:15 +0000] "GET /cases/{{n:1000-9999}} HTTP/1.1" 200 2048
{{ip:v6}} - - [12/Mar/2025:10:03:40 +0000] "GET /healthz HTTP/1.1" 200 2
""",
    ),
    P(
        "pc-log-mail-1",
        "log",
        "wedding",
        """
Mar 12 08:41:09 mx1 postfix/smtp[{{n:1000-30000}}]: {{hash}}: to=<{{p1.email}}>, relay=none, \
status=deferred (connect to {{ip}}:25: timed out)
Mar 12 08:41:10 mx1 postfix/qmgr[{{n:1000-30000}}]: {{hash}}: from=<{{em:hello}}>, size=48211
Mar 12 08:44:51 mx1 postfix/smtp[{{n:1000-30000}}]: {{hash}}: to=<{{p2.email}}>, status=sent
""",
    ),
    P(
        "pc-log-dental-1",
        "log",
        "dental",
        """
[{{isodate}} {{time}}] reminder-job: sent SMS to {{ph1}} (patient {{p1.lf}}) ok
[{{isodate}} {{time}}] reminder-job: sent SMS to {{ph2}} (patient {{p2.lf}}) FAILED 30003
[{{isodate}} {{time}}] reminder-job: done, 2 attempted
""",
    ),
    # ----------------------------------------------------------------- git
    P(
        "pc-git-oss-1",
        "git",
        "oss",
        """
commit {{sha}}
Author: {{p1}} <{{p1.email}}>
Date:   {{date}}

    Fix off-by-one in tide table parser

    Reported-by: {{p2}} <{{p2.work}}>
    Co-authored-by: {{p3}} <{{p3.email}}>
    Signed-off-by: {{p1}} <{{p1.email}}>
""",
    ),
    P(
        "pc-git-hack-1",
        "git",
        "oss",
        """
$ git log --format='%an <%ae> %s' -3
{{p1}} <{{p1.email}}> feat: add beehive weight sensor dashboard
{{p2}} <{{p2.email}}> fix: {{software}} healthcheck on port {{port}}
dependabot[bot] <{{em:bot}}> chore(deps): bump {{software}} to {{ver}}
""",
    ),
    P(
        "pc-git-oss-2",
        "git",
        "oss",
        """
Can you write release notes from these commits?

{{hash}} Merge pull request #{{n:100-999}} from {{p1.handle}}/fix-locale
{{hash}} Add Vietnamese translation (thanks {{p2}})
{{hash}} docs: credit {{p3}} for the {{software}} integration
{{hash}} Revert "bump {{software}}" - broke CI for {{p4.first}}
""",
    ),
    P(
        "pc-git-shortlog-1",
        "git",
        "oss",
        """
$ git shortlog -sne v{{n:1-4}}.0..HEAD
    {{n:20-90}}  {{p1}} <{{p1.email}}>
    {{n:5-19}}  {{p2}} <{{p2.work}}>
     {{n:1-4}}  {{p3}} <{{p3.email}}>
""",
    ),
    # ---------------------------------------------------------------- diff
    P(
        "pc-diff-oss-1",
        "diff",
        "oss",
        """
diff --git a/CONTRIBUTORS.md b/CONTRIBUTORS.md
index {{hash}}..{{hash}} 100644
--- a/CONTRIBUTORS.md
+++ b/CONTRIBUTORS.md
@@ -12,6 +12,8 @@
 - {{p1}} ({{p1.handle}})
 - {{p2}} ({{p2.handle}})
+- {{p3}} ({{p3.handle}}) - translations
+- {{p4}} <{{p4.email}}>
 - {{p5}}
""",
    ),
    P(
        "pc-diff-school-1",
        "diff",
        "school",
        """
--- a/config/contacts.yml
+++ b/config/contacts.yml
@@ -3,7 +3,7 @@ safeguarding:
-  lead: {{p1}}
-  phone: "{{ph1}}"
+  lead: {{p2}}
+  phone: "{{ph2}}"
   deputy: {{p3}}
   email: {{em:safeguarding}}
""",
    ),
    P(
        "pc-diff-ship-1",
        "diff",
        "shipping",
        """
Review this change please:
--- a/fixtures/consignees.json
+++ b/fixtures/consignees.json
@@ -1,4 +1,4 @@
 {
-  "name": "{{p1}}", "phone": "{{ph1}}",
+  "name": "{{p1}}", "phone": "{{ph2}}",
   "address": "{{l1.addr}}"
 }
""",
    ),
    # ---------------------------------------------------------- stacktrace
    P(
        "pc-stack-oss-1",
        "stacktrace",
        "oss",
        """
Traceback (most recent call last):
  File "/srv/app/bookings/views.py", line {{n:40-400}}, in confirm
    send_confirmation(booking.guest_email)
  File "/srv/app/bookings/mail.py", line {{n:10-99}}, in send_confirmation
    raise SMTPRecipientsRefused(refused)
smtplib.SMTPRecipientsRefused: {'{{p1.email}}': (550, b'5.1.1 User unknown')}
booking={{booking}} guest="{{p1}}" client_ip={{ip}}
""",
    ),
    P(
        "pc-stack-farm-1",
        "stacktrace",
        "farm",
        """
Exception in thread "sync-worker-3" java.lang.IllegalStateException: duplicate herd owner
\tat com.agri.herd.OwnerIndex.put(OwnerIndex.java:88)
\tat com.agri.herd.Sync.run(Sync.java:{{n:100-300}})
Caused by: owner[name={{p1}}, phone={{ph1}}, holding={{l1.region}}] conflicts with \
owner[name={{p2}}, phone={{ph2}}]
""",
    ),
    P(
        "pc-stack-js-1",
        "stacktrace",
        "wedding",
        """
Uncaught TypeError: Cannot read properties of undefined (reading 'seat')
    at renderGuest (table-plan.js:{{n:40-300}}:17)
    at Array.map (<anonymous>)
    at renderTable (table-plan.js:{{n:40-300}}:9)
guest = {"name":"{{p1}}","plusOne":"{{p2}}","email":"{{p1.email}}","table":null}
""",
    ),
    P(
        "pc-stack-rail-1",
        "stacktrace",
        "rail",
        """
ERROR [booking-api] ValidationError: card number rejected by processor
  at PaymentService.charge (payment.ts:{{n:50-300}})
  at BookingController.confirm (booking.ts:{{n:50-300}})
  context: {"passenger":"{{p1}}","card":"{{card}}","email":"{{p1.email}}","train":"{{loco}}"}
""",
    ),
]
