"""val23 personal templates, part C: code, log, git, diff, stacktrace, slack, jira,
bibliography, ics, vcard."""

from __future__ import annotations

from appliance.testing.pii_corpus.val23_gen import T

TEMPLATES = [
    # ---------------------------------------------------------------- code
    T(
        "code.py_fixture",
        "code",
        "software",
        """
# tests/fixtures/users.py  -- TODO: these are real customers from the bug report, replace before merging!
USERS = [
    {"name": "{p1}", "email": "{p1.email}", "phone": "{ph1.e164}"},
    {"name": "{p2}", "email": "{p2.email}", "phone": "{ph2.e164}"},
]
# card {p1.first} used when the checkout crashed
TEST_CARD = "{cc1.plain}"
""",
    ),
    T(
        "code.sql_restore",
        "code",
        "bank",
        """
-- restore rows deleted by mistake ({d:ticket}), checked with {p3.first}
INSERT INTO customers (id, full_name, city, iban, phone) VALUES
  ({d:qty}, '{p1}', '{c1}', '{ib1.compact}', '{ph1}'),
  ({d:qty}, '{p2}', '{c2}', '{ib2.compact}', '{ph2}');
""",
    ),
    T(
        "code.js_prefill",
        "code",
        "charity",
        """
Why does this test pass locally but fail in CI?

// prefill for testing the donation form
const donor = {
  firstName: "{p1.given}",
  lastName: "{p1.family}",
  email: "{p1.email}",
  card: "{cc1.spaced}",
  address: "{c1.addr}",
};
expect(await submitDonation(donor)).toEqual({ status: "ok" });
""",
    ),
    T(
        "code.go_msisdn",
        "code",
        "telecom",
        """
func TestNormalizeMSISDN(t *testing.T) {
	cases := []struct{ in, want string }{
		{"{ph1.nat:KE}", "{ph1.e164}"},
		{"{ph2.zz:GB}", "{ph2.e164}"},
		{"{ph3.dots:FR}", "{ph3.e164}"},
	}
	// regression from {d:ticket}, reported by {p4} ({p4.email:org})
	for _, c := range cases {
		if got := NormalizeMSISDN(c.in); got != c.want {
			t.Errorf("NormalizeMSISDN(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
""",
    ),
    T(
        "code.py_bank_fix",
        "code",
        "hr",
        """
# one-off fix for {d:ticket}: {p1}'s salary was paid into the wrong account
OLD_ACCOUNT_NUMBER = "{acct1}"
NEW_ACCOUNT_NUMBER = "{acct2}"

update_bank_details(
    employee_id={d:qty},
    account_number=NEW_ACCOUNT_NUMBER,
    approved_by="{p2.email:org}",
)
""",
    ),
    T(
        "code.sql_roster",
        "code",
        "university",
        """
SELECT s.student_id, s.surname, s.email
FROM students s
WHERE s.surname IN ('{p1.family}', '{p2.family}')
   OR s.email = '{p3.email}';
-- Dr {p4.last} asks why these three are missing from the {d:module} roster
""",
    ),
    T(
        "code.firewall_regex",
        "code",
        "it",
        """
# example line from the firewall export:
#   {d:ts} DENY src={ip1} dst={ip2:priv}:{d:port} user={p1.email:org}
# the regex below misses IPv6 sources like {ip3:v6}, can you fix it?
PATTERN = re.compile(r"(?P<ts>\\S+) (?P<action>ALLOW|DENY) src=(?P<src>[\\d.]+)")
""",
    ),
    # ---------------------------------------------------------------- log
    T(
        "log.auth_events",
        "log",
        "it",
        """
{d:ts} INFO  auth  login ok user_id={d:qty} name="{p1}" ip={ip1}
{d:ts} WARN  auth  5 failed logins user="{p2.email:org}" ip={ip2}
{d:ts} INFO  auth  password reset requested email={p3.email} ip={ip3:v6}
{d:ts} INFO  auth  mfa enrolled name="{p3}" device=totp
""",
    ),
    T(
        "log.sms_gateway",
        "log",
        "telecom",
        """
[{d:ts}] DLR status=DELIVERED to={ph1.e164} msgid={d:uuid}
[{d:ts}] DLR status=FAILED to={ph2.e164} err=EC_ABSENT_SUBSCRIBER
[{d:ts}] MO from={ph3.e164} text="STOP" account_holder="{p3}"
""",
    ),
    T(
        "log.booking_engine",
        "log",
        "hotel",
        """
{d:ts} INFO  reservation.created id={d1:booking} guest="{p1.lf}" email={p1.email} nights={d:qty}
{d:ts} WARN  payment.declined id={d1:booking} card=****{d:last4} reason=insufficient_funds
{d:ts} INFO  guest.message id={d1:booking} from="{p1.first}" body="arriving late, around {d:time}, please call {ph1}"
""",
    ),
    T(
        "log.payment_debug",
        "log",
        "bank",
        """
DEBUG PaymentRequest(amount={d:price}, pan={cc1.plain}, holder='{p1.ufull}', ip={ip1})
ERROR gateway timeout after {d:ms} (acquirer ref {d:ref})
DEBUG retry 1/3 for holder='{p1.ufull}'
""",
    ),
    T(
        "log.dispatch",
        "log",
        "logistics",
        """
{d:time} DRIVER {p1.ulast} checked in at depot ({c1})
{d:time} STOP 4 delivered – signed by {p2.lf}
{d:time} STOP 5 failed – {p3} not home, called {ph3}
{d:time} STOP 6 delivered to {c2.addr}
""",
    ),
    T(
        "log.web_access",
        "log",
        "journalism",
        """
{ip1} - - [{alt:12/Mar/2025:10:14:03 +0000|02/Nov/2025:21:40:17 +0100}] "GET /newsletter/confirm?email={p1.email} HTTP/1.1" 200 512
{ip2:v6} - - [{alt:12/Mar/2025:10:14:09 +0000|02/Nov/2025:21:41:02 +0100}] "POST /tips HTTP/1.1" 201 88 "-" "Mozilla/5.0"
{ip3} - editor [{alt:12/Mar/2025:10:15:44 +0000|02/Nov/2025:21:44:30 +0100}] "GET /admin/articles/{d:qty}/edit HTTP/1.1" 200 20411
""",
    ),
    # ---------------------------------------------------------------- git
    T(
        "git.log_coauthor",
        "git",
        "software",
        """
commit {d:sha}
Author: {p1} <{p1.email}>
Date:   {alt:Tue Mar 4 10:12:55 2025 +0100|Fri Nov 14 17:40:02 2025 +0000}

    Fix rounding in invoice totals ({d:ticket})

    Co-authored-by: {p2} <{p2.email:org}>

commit {d:sha}
Author: {p3} <{p3.email:org}>
Date:   {alt:Mon Mar 3 16:01:12 2025 +0100|Thu Nov 13 09:22:47 2025 +0000}

    Bump {d:software} to {d:version}

    Signed-off-by: {p3} <{p3.email:org}>
""",
    ),
    T(
        "git.shortlog",
        "git",
        "software",
        """
$ git shortlog -sne --since="{d:month} 1"
    42  {p1} <{p1.email:org}>
    17  {p2} <{p2.email}>
     9  {w1} <{w1.email}>
     3  release-bot <{role:ci}>
Who should review the auth changes?
""",
    ),
    T(
        "git.blame",
        "git",
        "software",
        """
$ git blame -L 40,43 billing/tax.py
{d:hash} ({p1} {d:dateiso} 40)     rate = lookup_rate(country)
{d:hash} ({p1} {d:dateiso} 41)     if rate is None:
{d:hash} ({p2} {d:dateiso} 42)         # TODO ask {p3.first} about reverse charge
{d:hash} ({p2} {d:dateiso} 43)         rate = Decimal("0")
Who should I ask about line 42?
""",
    ),
    T(
        "git.merge_msg",
        "git",
        "software",
        """
Merge pull request #{d:pr} from {p1.handle}/fix-timezone

Fix timezone handling for stores in {c1}

Reviewed-by: {w1} <{w1.email:org}>
Reported-by: {p2} <{p2.email}>
""",
    ),
    T(
        "git.purge_seed",
        "git",
        "software",
        """
Please write a commit message for removing this and tell me how to purge it from history. The bad commit was:

commit {d:sha}
Author: {p1} <{p1.email:org}>

    add sample data

diff --git a/seed/customers.csv b/seed/customers.csv
+{p2},{p2.email},{ph2},{cc1.plain}
+{p3},{p3.email},{ph3},{cc2.plain}
""",
    ),
    # ---------------------------------------------------------------- diff
    T(
        "diff.oncall_config",
        "diff",
        "it",
        """
--- a/config/alerts.yml
+++ b/config/alerts.yml
@@ -12,7 +12,8 @@ oncall:
-  primary: {p1.email:org}
-  phone: "{ph1}"
+  # {p2} covers while {p1.first} is on parental leave
+  primary: {p2.email:org}
+  phone: "{ph2}"
   escalate_after: 15m
""",
    ),
    T(
        "diff.fixture_scrub",
        "diff",
        "software",
        """
Review this diff please — did I get all of it?

diff --git a/tests/data/patients.json b/tests/data/patients.json
@@ -1,4 +1,4 @@
 [
-  {"name": "{p1}", "phone": "{ph1}", "email": "{p1.email}"},
+  {"name": "Test Patient", "phone": "REDACTED", "email": "test@example.invalid"},
   {"name": "{p2}", "phone": "{ph2}"}
 ]
""",
    ),
    T(
        "diff.acknowledgements",
        "diff",
        "academic",
        """
@@ -88,3 +88,4 @@ \\section*{Acknowledgements}
-We thank {p1} for comments on an earlier draft.
+We thank {p1} and {p2} for comments on an earlier draft, and {p3} for access to
+the parish records in {c1}.
 All errors are our own.
""",
    ),
    T(
        "diff.allowlist",
        "diff",
        "it",
        """
--- a/firewall/allowlist.txt
+++ b/firewall/allowlist.txt
-allow {ip1}/32      # {p1} home
+allow {ip2}/32      # {p1} home (new ISP)
+allow {ip3:v6}/128  # {p2} laptop
""",
    ),
    # ---------------------------------------------------------------- stacktrace
    T(
        "stack.python_charge",
        "stacktrace",
        "software",
        """
Traceback (most recent call last):
  File "/srv/app/billing/charge.py", line 88, in charge
    resp = gateway.charge(card="{cc1.plain}", amount=amount)
  File "/srv/app/billing/gateway.py", line 41, in charge
    raise GatewayError(f"declined for {customer}")
billing.gateway.GatewayError: declined for {p1} <{p1.email}>
""",
    ),
    T(
        "stack.java_iban",
        "stacktrace",
        "bank",
        """
com.cobalt.payments.ValidationException: beneficiary '{p1}' rejected, IBAN {ib1.compact} not reachable via SEPA Instant
	at com.cobalt.payments.IbanValidator.validate(IbanValidator.java:57)
	at com.cobalt.payments.TransferService.submit(TransferService.java:212)
	at com.cobalt.api.TransferController.create(TransferController.java:64)
Caused by: java.net.SocketTimeoutException: connect timed out ({ip1}:{d:port})
""",
    ),
    T(
        "stack.node_confirmation",
        "stacktrace",
        "hotel",
        """
TypeError: Cannot read properties of undefined (reading 'roomType')
    at buildConfirmation (/app/src/email.js:42:31)
    at async sendConfirmation (/app/src/jobs.js:18:5)
Job payload:
  { reservation: '{d:booking}', guest: { name: '{p1}', email: '{p1.email}', phone: '{ph1}' } }
""",
    ),
    T(
        "stack.go_address",
        "stacktrace",
        "logistics",
        """
panic: runtime error: index out of range [3] with length 3

goroutine 1 [running]:
main.parseAddress({0xc0001a2000, 0x3c})
	/app/addr.go:77 +0x1d4
main.main()
	/app/main.go:31 +0x85
input was: "{c1.addr}" (consignee {p1}, tel {ph1})
""",
    ),
    # ---------------------------------------------------------------- slack
    T(
        "slack.deploy",
        "slack",
        "software",
        """
[{d:time}] {p1}: @{p2.handle} can you look at the failing deploy? build {d:build} is red
[{d:time}] {p2}: on it, looks like the {d:software} token expired
[{d:time}] {p3}: fyi I'm out tomorrow, {w1} is covering for me
""",
    ),
    T(
        "slack.people_ops",
        "slack",
        "hr",
        """
#people-ops (exported {d:dateiso})
{p1} [{d:time}]: Reminder: it's {p2}'s last day on Friday, the card is going round 💐
{p3} [{d:time}]: payroll question: {p4.first} says this month's pay went to the old account no. {acct1}, can someone check?
{p1} [{d:time}]: on it
""",
    ),
    T(
        "slack.incident",
        "slack",
        "it",
        """
#inc-{d:qty}-checkout
{d:ts} {p1}: declaring SEV1, I'm IC
{d:ts} {p2}: seeing spikes from {ip1} and {ip2}, looks like a scraper
{d:ts} {p1}: @{p3.handle} please page {p4:f} (db), her number is {ph4}
""",
    ),
    T(
        "slack.newsroom",
        "slack",
        "journalism",
        """
{p1.first} [{d:time}]: who's got the quote from the mayor's office?
{p2.first} [{d:time}]: me: spokesperson {p3}, on the record. direct line {ph3}
{p1.first} [{d:time}]: great. byline {p2} and {p4}, dateline {c1}
""",
    ),
    T(
        "slack.club_minibus",
        "slack",
        "sports",
        """
{p1.lower}  {d:time}
who's got the minibus keys for sat?
{p2.lower}  {d:time}
{p3.lfirst} has them. also {w1.lfirst}'s mum says the away game moved to {c1.lower}
""",
    ),
    # ---------------------------------------------------------------- jira
    T(
        "jira.checkout_bug",
        "jira",
        "software",
        """
PLAT-{d:qty}: Checkout fails for card numbers with spaces
Reporter: {p1}   Assignee: {p2}
Steps: enter {cc1.spaced} as the card number, submit → HTTP 500
Comment ({p2.first}, {d:date}): reproduced with {p3.first}'s test account ({p3.email:org}).
""",
    ),
    T(
        "jira.new_starter",
        "jira",
        "it",
        """
HELP-{d:qty}: New starter – laptop and accounts
Comment from {p1} ({d:ts}):
{p2} starts on {d:day} in the {c1} office. Please create {p2.email:org}, add them to the Finance group and send the laptop to {c1.addr}. Mobile for MFA: {ph2:c1}.
""",
    ),
    T(
        "jira.dsar",
        "jira",
        "legal",
        """
DSAR-{d:qty}: Subject access request
Requester: {p1}, {c1.addr}
Verified by: {p2.init} (ID checked on {d:date})
Comment: the requester also asks for call recordings from {ph1}. Legal ({p3}) to review before release.
""",
    ),
    T(
        "jira.mule_account",
        "jira",
        "bank",
        """
FRAUD-{d:qty}: Suspected mule account
Account number: {acct1}
Holder: {p1.ufull}
Linked IBAN: {ib1}
Login IPs: {ip1}, {ip2}
Comment ({p2}): funds moved out within {d:hours} of arriving; escalating to the MLRO, {p3}.
""",
    ),
    T(
        "jira.sim_swap",
        "jira",
        "telecom",
        """
CX-{d:qty}: Disputed SIM swap
Customer {p1} says they never asked for a SIM swap on {ph1:c1}. The swap was done at a store in {c1} on {d:date} by agent {p2.handle}.
Comment ({p3}, {d:date}): CCTV requested from the store manager, {p4}.
""",
    ),
    # ---------------------------------------------------------------- bibliography
    T(
        "bib.apa",
        "bibliography",
        "academic",
        """
Can you fix the formatting of this reference list (APA 7)?

{p1.bib}, & {p2.bib} ({d:year}). Kinship registers and rural credit. Journal of Historical Sociology, 33(2), 211–230. https://doi.org/{d:doi}
{p3.bib} ({d:year}). The ledger and the parish. Saltmarsh University Press.
{p4.bib}, {p5.bib}, & {p1.bib} ({d:year}) Migration chains in the long nineteenth century, Past & Present 12 (4), 55-80
""",
    ),
    T(
        "bib.bibtex",
        "bibliography",
        "academic",
        """
@article{hist{d:qty},
  author  = {{p1.lf} and {p2.lf} and {p3.lf}},
  title   = {Credit, kin and the parish},
  journal = {Journal of Historical Sociology},
  year    = {{d:year}},
  doi     = {{d:doi}}
}
""",
    ),
    T(
        "bib.footnotes",
        "bibliography",
        "journalism",
        """
1. {p1}, interview by the author, {c1}, {d:date}.
2. {p2}, "Letter to the editor," The Ledger, {d:date}.
3. Ibid.
4. {p3} and {p4}, The Harbour Years ({c2}: Quillfeather Press, {d:year}), 88.
""",
    ),
    T(
        "bib.harvard",
        "bibliography",
        "university",
        """
References

{p1.bib} ({d:year}) 'Tidal energy in small island states', Marine Policy, 41, pp. 10–19.
{p2.bib} and {p3.bib} ({d:year}) Coastal futures. {c1}: Ashby Press.
{p4.bib} et al. ({d:year}) 'Seagrass recovery after dredging', Estuarine, Coastal and Shelf Science, 212, pp. 1–9. doi: {d:doi}.
""",
    ),
    T(
        "bib.vancouver",
        "bibliography",
        "health",
        """
1. {p1.vanc}, {p2.vanc}, {p3.vanc}. Early mobilisation after knee replacement: a randomised trial. Physiotherapy. {d:year};107(3):{d:qty}-9. doi:{d:doi}
2. {p4.vanc}, {p1.vanc}. Dental anxiety in adults: a cohort study. Br Dent J. {d:year};229:{d:qty}-60.
""",
    ),
    # ---------------------------------------------------------------- ics
    T(
        "ics.interview",
        "ics",
        "hr",
        """
BEGIN:VCALENDAR
BEGIN:VEVENT
SUMMARY:Interview – {p1} ({d:jobtitle})
DTSTART:{alt:20250314T093000Z|20251102T140000Z|20260119T101500Z}
ORGANIZER;CN={p2}:mailto:{p2.email:org}
ATTENDEE;CN={p1}:mailto:{p1.email}
LOCATION:{c1.addr}
DESCRIPTION:Call {ph1} if running late
END:VEVENT
END:VCALENDAR
""",
    ),
    T(
        "ics.funeral",
        "ics",
        "funeral",
        """
BEGIN:VEVENT
SUMMARY:Funeral of {p1}
DTSTART;TZID=GMT Standard Time:{alt:20250322T110000|20251008T140000}
LOCATION:{c1.addr:GB}
DESCRIPTION:Cars leave the family home at 10:15. Contact {p2} on {ph2:GB}.
END:VEVENT
""",
    ),
    T(
        "ics.physio",
        "ics",
        "health",
        """
BEGIN:VEVENT
UID:{d:uuid}
SUMMARY:Physio – {p1.lf}
ORGANIZER;CN=Brightwater Physio:mailto:{role:bookings}
ATTENDEE;CN={p1}:mailto:{p1.email}
DESCRIPTION:With {p2.first}. Bring shorts. Reschedule: {ph3:GB}
END:VEVENT
""",
    ),
    T(
        "ics.viewing",
        "ics",
        "mortgage",
        """
BEGIN:VEVENT
SUMMARY:Viewing – {c1.addr}
DTSTART:{alt:20250405T103000|20251115T160000}
ATTENDEE;CN={p1}:mailto:{p1.email}
ATTENDEE;CN={p2}:mailto:{p2.email:org}
DESCRIPTION:Vendor {p3} will be in; ring {ph3:c1} on arrival.
END:VEVENT
""",
    ),
    # ---------------------------------------------------------------- vcard
    T(
        "vcard.donor",
        "vcard",
        "charity",
        """
BEGIN:VCARD
VERSION:3.0
N:{p1.family};{p1.given};;;
FN:{p1}
TEL;TYPE=CELL:{ph1}
EMAIL:{p1.email}
ADR;TYPE=HOME:;;{c1.addr}
NOTE:Legacy pledger – contact via {p2}
END:VCARD
""",
    ),
    T(
        "vcard.source",
        "vcard",
        "journalism",
        """
BEGIN:VCARD
VERSION:4.0
FN:{p1}
TITLE:Spokesperson
TEL;TYPE=work:{ph1.intl}
TEL;TYPE=cell:{ph2:c1}
EMAIL:{p1.email:org}
ADR:;;{c1.addr}
END:VCARD
""",
    ),
    T(
        "vcard.two_contacts",
        "vcard",
        "telecom",
        """
Can you merge these two contacts?
BEGIN:VCARD
FN:{p1}
TEL:{ph1}
END:VCARD
BEGIN:VCARD
FN:{p1.nick} {alt:(work)|(mobile)}
TEL:{ph1.e164}
EMAIL:{p1.email}
END:VCARD
""",
    ),
    T(
        "vcard.counsel",
        "vcard",
        "legal",
        """
BEGIN:VCARD
VERSION:3.0
FN:{p1}
ORG:Stonebridge Chambers
TITLE:Barrister
TEL;TYPE=WORK:{ph1:GB}
EMAIL;TYPE=WORK:{p1.email:org}
NOTE:Clerk: {p2}, {ph2:GB}
END:VCARD
""",
    ),
]
