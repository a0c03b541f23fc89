"""val40 templates with personal data, part C: XML, YAML, code, logs, git, diffs, stack
traces and Slack exports. The slot language is described in `val40_gen`."""

from __future__ import annotations

from .val40_gen import parse_block

RAW = """
=== p-hosp-xml-referral | xml | hospital
<referral id="{d:uuid}">
  <patient>
    <family>{A.fam}</family><given>{A.giv}</given>
    <address>{addr}</address>
    <telecom use="mobile">{phone}</telecom>
  </patient>
  <referrer>Dr {B}</referrer>
  <reason>Suspected Hodgkin lymphoma; B symptoms for 6 weeks</reason>
</referral>
Is this valid against a FHIR-like schema? What's missing?

=== p-bank-xml-sepa | xml | bank
<CdtTrfTxInf>
  <PmtId><EndToEndId>{d:inv}</EndToEndId></PmtId>
  <Amt><InstdAmt Ccy="EUR">{d:qty}50.00</InstdAmt></Amt>
  <Cdtr><Nm>{A.U}</Nm></Cdtr>
  <CdtrAcct><Id><IBAN>{iban.compact}</IBAN></Id></CdtrAcct>
  <RmtInf><Ustrd>Invoice {d:inv2}</Ustrd></RmtInf>
</CdtTrfTxInf>
Our bank rejected this SEPA file. Anything wrong in this block?

=== p-transl-xml-tmx | xml | translation
<tu tuid="{d:qty}">
  <tuv xml:lang="de"><seg>Sehr geehrte Frau {A.l}, anbei der Vertrag mit {B}.</seg></tuv>
  <tuv xml:lang="en"><seg>Dear Ms {A.l}, please find attached the contract with {B}.</seg></tuv>
</tu>
<tu tuid="{d:qty2}">
  <tuv xml:lang="de"><seg>Rückfragen bitte an {C} unter {phone}.</seg></tuv>
  <tuv xml:lang="en"><seg>Please direct questions to {C} on {phone}.</seg></tuv>
</tu>

=== p-sport-xml-lineup | xml | sport
<matchSheet venue="Santiago Bernabéu" date="{d:iso}">
  <team name="Visitors">
    <player no="4">{A}</player>
    <player no="9">{B}</player>
    <player no="11">{C.il}</player>
  </team>
  <referee>{D}</referee>
</matchSheet>
Turn this into a press-ready line-up sentence.

=== p-energy-xml-wellreport | xml | energy
<wellReport field="Prudhoe" well="DS-{d:n}">
  <supervisor>{A}</supervisor>
  <contact phone="{phone}" email="{A.work}"/>
  <crew>{B}; {C}; {D.fl}</crew>
  <scadaHost>{ip4.priv}</scadaHost>
</wellReport>
Write a one-paragraph shift summary from this.

=== p-climate-yaml-oncall | yaml | climate
# forecast desk on-call, do not commit
oncall:
  primary:
    name: {A}
    phone: "{phone}"
  secondary:
    name: {B}
    phone: "{phone:2}"
  escalation: {role.duty_manager}
storms_this_season:
  - Ciarán
  - Éowyn

=== p-bank-yaml-fixture | yaml | bank
# test fixture that uses a real customer – please anonymise it
customer:
  name: "{A}"
  ssn: "{ssn}"
  address: "{addr}"
  accounts:
    - type: checking
      account_number: "{acct}"
    - type: card
      pan: "{card}"

=== p-grants-yaml-speakers | yaml | grants
speakers:
  - name: Prof. {A}
    affiliation: Humboldt alumni network, {city}
    email: {A.work}
  - name: Dr {B}
    affiliation: Fulbright Commission
    email: {B.mail}
    phone: "{phone}"
session_chair: {C.il}

=== p-music-yaml-release | yaml | music
release:
  title: "Goldberg Variations (live)"
  label: Blue Fern Records
  performer: {A}
  producer: {B}
  engineer: {C.fl}
  instruments: "Steinway D, Hammond B3"
  royalties_iban: "{iban}"
  contact: {B.mail}

=== p-nursery-yaml-rota | yaml | nursery
rooms:
  caterpillars:
    lead: {A}
    assistants: [{B.f}, {C.f}]
  butterflies:
    lead: {D}
    assistants: [{W.f}]
first_aid_lead: {A.f}
manager_mobile: "{phone}"

=== p-bank-code-fixture | code | bank
Can you rewrite this test so it doesn't use real data?

def test_kyc_match():
    customer = Customer(name="{A}", ssn="{ssn}", phone="{phone.US}")
    assert kyc.match(customer, "{A.U}")
    assert kyc.normalise_phone(customer.phone) == "{phone.e164}"

=== p-hosp-code-sql | code | hospital
-- why does this return nobody?
SELECT patient_id, dx_code
FROM episodes
WHERE consultant = 'Dr {A.l}'
  AND patient_name IN ('{B.lf}', '{C.lf}')
  AND dx_code LIKE 'K50%';  -- Crohn's

=== p-games-code-js | code | games
// NPC dialogue table – the voice actors' names leaked into the build, please remove them
const npcs = [
  { id: "grimbald", line: "None shall pass", voicedBy: "{A}" },
  { id: "mother_hen", line: "Eat your greens", voicedBy: "{B}" },
];
const supportEmail = "{role.support}";

=== p-energy-code-go | code | energy
// seed data for the field-ops app; remove before release
var crew = []Engineer{
\t{Name: "{A}", Phone: "{phone}", Site: "Johan Sverdrup"},
\t{Name: "{B}", Phone: "{phone:2}", Site: "Prudhoe"},
}

const scadaGateway = "{ip4}"

=== p-climate-code-py | code | climate
import requests

SUBSCRIBERS = {
    "{A}": "{phone.e164}",
    "{B}": "{phone:2.e164}",
}
# TODO: move to config; {C.f} says the El Niño alert should also go to {C.mail}
for name, number in SUBSCRIBERS.items():
    requests.post(API_URL, json={"to": number, "msg": "La Niña advisory"}, timeout=10)

=== p-news-code-cms | code | news
# the byline parser fails on this one – why?
raw = "By {A} and {B.il}, {city} | Edited by {C}"
m = re.match(r"By (.+?) and (.+?), (.+?) \\| Edited by (.+)", raw)
print(m.groups())

=== p-games-log-auth | log | games
{d:ts} INFO auth login ok user={A.handle} name="{A}" ip={ip4}
{d:ts2} WARN auth failed password user={A.handle} ip={ip6}
{d:ts3} INFO auth 2fa sms sent to {phone}
{d:ts3} INFO store purchase card={card.compact} amount={d:price}
{d:ts4} INFO profile email changed to {A.mail}
Is this an account takeover? Explain the sequence.

=== p-bank-log-nginx | log | bank
{ip6} - - [{d:date}] "POST /api/v2/transfer HTTP/2" 403 512 "-" "okhttp/4.12"
{ip4} - - [{d:date}] "GET /statements?acct={acct} HTTP/1.1" 200 18734 "-" "Mozilla/5.0"
{ip4:2} - - [{d:date}] "POST /login HTTP/1.1" 302 0 "-" "curl/8.5.0"
Why is the account number in the query string a problem?

=== p-hosp-log-pager | log | hospital
[{d:time}] PAGE -> bleep {d:bleep} ({A}) "Bay {d:bed}: GCS 8, review now"
[{d:time2}] ACK  <- {A.il}
[{d:time3}] PAGE -> {phone} ({B}, on-call anaesthetist) "Heimlich done, airway ok"
[{d:time4}] ESCALATE -> Dr {C.l}

=== p-news-log-mail | log | news
{d:ts} postfix/smtp[{d:pid}]: to=<{A.work}>, relay=mx.{org}[{ip4}]:25, status=sent
{d:ts2} postfix/smtp[{d:pid2}]: to=<{B.mail}>, relay=none, status=deferred (timed out)
{d:ts3} postfix/qmgr[{d:pid3}]: from=<{role.newsdesk}>, size={d:qty}, nrcpt=2
Why was the second message deferred?

=== p-bridges-log-sensors | log | bridges
{d:ts} sensor-gw[{d:pid}]: piezometer P{d:n} offline, peer [{ip6}]:{d:port}
{d:ts2} sensor-gw[{d:pid}]: alert sent to {A} ({phone})
{d:ts3} sensor-gw[{d:pid}]: ack by {A.handle} from {ip4}
{d:ts4} sensor-gw[{d:pid}]: escalation to {B} cancelled

=== p-cars-log-telematics | log | cars
{d:ts} unit={d:stock} event=late_return renter="{A}" branch="{city}"
{d:ts2} unit={d:stock} event=sms_reminder to={phone}
{d:ts3} unit={d:stock} event=card_hold amount={d:price} card={card}
{d:ts4} unit={d:stock} event=note author="{B}" text="customer called from {phone:2}"

=== p-hosp-git-log | git | hospital
commit {d:sha}
Author: {A} <{A.work}>
Date:   {d:gitdate}

    Fix GCS (Glasgow Coma Scale) validation in the triage form

    Co-authored-by: {B} <{B.work}>
    Signed-off-by: {A} <{A.work}>

Write release notes from this commit.

=== p-games-git-shortlog | git | games
$ git shortlog -sne {d:ver}..HEAD
    42  {A} <{A.mail}>
    17  {B} <{B.work}>
     9  build-bot <{role.ci}>
     3  {C.nick} <{C.mail}>
Who should I thank in the patch notes?

=== p-bank-git-blame | git | bank
$ git blame -L 40,43 risk/sharpe.py
{d:hash} ({A} {d:iso} 40) def sharpe_ratio(returns, rf=0.0):
{d:hash} ({A} {d:iso} 41)     excess = returns - rf
{d:hash2} ({B} {d:iso2} 42)     # Black-Scholes vol, not realised vol? ask {C.f}
{d:hash2} ({B} {d:iso2} 43)     return excess.mean() / excess.std()
Explain who changed what.

=== p-news-git-commit | git | news
commit {d:sha}
Author: {A} <{A.mail}>
Date:   {d:gitdate}

    CMS: stop auto-linking bylines to author pages

    The Bloomberg feed put {B}'s name into the slug
    (https://news.{org}/authors/{B.slug}). Reported by {C}.

    Reported-by: {C} <{C.work}>

=== p-uni-git-log | git | university
$ git log --format='%h %an <%ae> %s' -3
{d:hash} {A} <{A.work}> timetable: add Wolfson Hall capacity
{d:hash2} {B} <{B.mail}> fix Darwin Lecture recurring event
{d:hash3} {C} <{C.work}> Merge branch 'rhodes-scholarship-form'

=== p-hosp-diff-rota | diff | hospital
--- a/rota/ward_{d:ward}.yaml
+++ b/rota/ward_{d:ward}.yaml
@@ -3,4 +3,4 @@
 night:
-  registrar: {A}
-  phone: "{phone}"
+  registrar: {B}
+  phone: "{phone:2}"
   consultant: Dr {C.l}
Review this change: who is on nights now?

=== p-sport-diff-agents | diff | sport
diff --git a/data/agents.csv b/data/agents.csv
@@ -10,3 +10,3 @@
-{A},{A.mail},{phone}
+{A},{A.mail},{phone:2}
 {B},{B.work},{phone:3}
Which agent changed number?

=== p-grants-diff-fixture | diff | grants
Does this diff remove all the personal data?
-    applicant = {lb}"name": "{A}", "iban": "{iban}"{rb}
+    applicant = {lb}"name": APPLICANT_NAME, "iban": TEST_IBAN{rb}
-    referee_email = "{B.mail}"
+    referee_email = REFEREE_EMAIL
     panel_chair = "{C}"

=== p-bridges-diff-allowlist | diff | bridges
--- a/scada/allowlist.conf
+++ b/scada/allowlist.conf
@@ -1,3 +1,4 @@
 allow {ip4.priv};   # control room
-allow {ip4:2};   # {A} home (temporary)
+allow {ip4:3};   # {B}, site laptop
+allow {ip6};
 deny all;

=== p-transl-diff-glossary | diff | translation
--- a/glossary.tsv
+++ b/glossary.tsv
@@ -4,3 +4,3 @@
-client_contact\t{A}\t{A.work}
+client_contact\t{B}\t{B.work}
 author\t{C}\t(do not translate the name)
 place\t{city}\t{city}

=== p-bank-stack-py | stacktrace | bank
Traceback (most recent call last):
  File "/srv/kyc/worker.py", line {d:line}, in process
    validate_ssn(record["ssn"], record["name"])
  File "/srv/kyc/rules.py", line {d:line2}, in validate_ssn
    raise IssuerLookupError(ssn, name)
rules.IssuerLookupError: ('{ssn}', '{A}')

=== p-hosp-stack-java | stacktrace | hospital
Exception in thread "hl7-listener" java.lang.IllegalArgumentException: \
Invalid phone '{phone}' for patient {A.LF}
\tat org.northmoor.hl7.PidParser.telecom(PidParser.java:{d:line})
\tat org.northmoor.hl7.PidParser.parse(PidParser.java:{d:line2})
\tat org.northmoor.hl7.Listener.onMessage(Listener.java:{d:line3})

=== p-cars-stack-js | stacktrace | cars
Error: payment declined for booking {d:ref}
    at charge (/app/src/payments.js:{d:line}:11)
    at async confirm (/app/src/booking.js:{d:line2}:5) {lb}
  driver: '{A}',
  email: '{A.mail}',
  card: '{card}',
  pickup: '{city}'
{rb}

=== p-energy-stack-go | stacktrace | energy
panic: dial tcp {ip4}:502: connect: connection refused

goroutine 1 [running]:
main.pollModbus(0xc000012345, 0x1f)
\t/src/fieldops/modbus.go:{d:line} +0x1a5
main.main()
\t/src/fieldops/main.go:{d:line2} +0x85
(last operator login before the crash: {A}, {A.work})

=== p-prob-stack-django | stacktrace | probation
Request Method: POST
Request URL: https://cases.{org}/person/{d:qty}/update/
Exception Type: IntegrityError
Exception Value: duplicate key value violates unique constraint "person_email_key"
DETAIL:  Key (email)=({A.mail}) already exists.
Local vars: officer='{B}', person_name='{A}', mobile='{phone}'

=== p-news-slack-desk | slack | news
[09:02] {A} (@{A.handle}): who's on the dam story?
[09:03] {B} (@{B.handle}): me + @{C.handle}. {C.f} is driving to {city} now
[09:05] {A} (@{A.handle}): ok. source {D} says call after 11 on {phone}
[09:06] @newsbot: reminder – no phone numbers in the CMS

=== p-games-slack-playtest | slack | games
#playtest-feedback
{A.f}  10:14 AM
the Grimbald boss fight is too hard, {B.f} died 14 times lol
{B}  10:15 AM
in my defence the level "Peppa's Revenge" has no checkpoints
{C}  10:20 AM
@{A.handle} can you send the build to {C.mail}? my VPN IP is {ip4}

=== p-hosp-slack-theatre | slack | hospital
[{d:iso} 07:41] {A}: theatre 2 list changed – Whipple for {B.lf} moved to tomorrow
[{d:iso} 07:43] {C}: who's telling the family? NOK is {D.f}, {phone}
[{d:iso} 07:44] {A}: I'll call. Dr {E.l} wants the Apgar audit done too

=== p-bank-slack-payments | slack | bank
*{A}* [11:41]: payment to {B} bounced, IBAN {iban} – anyone know why?
*{C}* [11:43]: check digits are fine, it's the BIC. ask {D.f} in ops
*{D}* [11:47]: fixed. the customer rang from {phone} to complain too

=== p-cosm-slack-launch | slack | cosmetics
[14:10] {W} (@{W.handle}): shoot for the new serum moved to {d:weekday}
[14:12] {A} (@{A.handle}): makeup artist is {B}, {B.mail}
[14:13] {W.f}: perfect, and the studio in {city} confirmed
"""

TEMPLATES = parse_block(RAW)
