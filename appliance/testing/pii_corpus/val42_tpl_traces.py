"""val42 templates, traces: diffs and stack traces.

`PERSONAL` and `CLEAN` hold (shape, domain, text) triples; the slots are described in
`val42_render`. Written for val42.
"""

from __future__ import annotations

PERSONAL = [
    (
        "diff",
        "hotel",
        """\
Review this config change:
--- a/concierge.yaml
+++ b/concierge.yaml
@@ -3,4 +3,4 @@
-duty_manager: {P1}
-duty_phone: "{PHONE}"
+duty_manager: {P2}
+duty_phone: "{PHONE2}"
 escalation: {EMAIL.role}""",
    ),
    (
        "diff",
        "insurance",
        """\
Good change? We are removing real data from fixtures:
-    claimant = "{P1}"
-    ssn = "{SSN}"
-    address = "{ADDR}"
+    claimant = fake.name()
+    ssn = fake.ssn()
+    address = fake.address()""",
    ),
    (
        "diff",
        "esports",
        """\
--- a/roster.csv
+++ b/roster.csv
@@ -1,3 +1,3 @@
 display_name,handle,country
-{P1},{P1.handle},{COUNTRY}
+{P2},{P2.handle},{COUNTRY2}
Explain this roster change in one sentence.""",
    ),
    (
        "diff",
        "podcast",
        """\
--- a/README.md
+++ b/README.md
@@ -10,3 +10,4 @@ ## Maintainers
 - {P1} ({P1.email})
+- {P2} ({P2.email})
Write the PR description.""",
    ),
    (
        "diff",
        "mountaineering",
        """\
--- a/guides.yaml
+++ b/guides.yaml
@@ -7,0 +8,3 @@
+- name: {P1}
+  phone: "{PHONE.intl}"
+  base: {CITY}
Does the YAML still parse?""",
    ),
    (
        "diff",
        "estate",
        """\
--- a/seed.sql
+++ b/seed.sql
-INSERT INTO tenants VALUES (1, '{P1}', '{ADDR}');
+INSERT INTO tenants VALUES (1, '{P1}', '{ADDR2}');
Why did the tenant's address change in the seed?""",
    ),
]

CLEAN = [
    (
        "diff",
        "betting",
        """\
--- a/odds.py
+++ b/odds.py
-    return numerator / denominator
+    return numerator / denominator + 1  # decimal odds
Is the comment right for fractional odds like {odds}?""",
    ),
    (
        "diff",
        "auction",
        """\
--- a/lot.css
+++ b/lot.css
-.lot h2 { font-size: 1.2rem; }
+.lot h2 { font-size: 1.4rem; letter-spacing: .02em; }
Will this break the Steinway lot header on mobile?""",
    ),
    (
        "diff",
        "subtitling",
        """\
--- a/ep104_de.srt
+++ b/ep104_de.srt
-{tc} --> {tc2}
+{tc3} --> {tc4}
 INSPECTOR VALLANCE: Sie werden dieses Haus nie verlassen.
Is the new timing within 17 CPS?""",
    ),
    (
        "diff",
        "botanic",
        """\
--- a/labels/th12.txt
+++ b/labels/th12.txt
-Wollemia nobilis (Wollemi pine), acc. {acc}
+Wollemia nobilis (Wollemi pine), acc. {acc}, planted {date}
Any style issue with this label change?""",
    ),
]

PERSONAL += [
    (
        "stacktrace",
        "courts",
        """\
Traceback (most recent call last):
  File "bundle/build.py", line 88, in add_party
    validate_email(party.email)
  File "bundle/validate.py", line 12, in validate_email
    raise ValueError("invalid email for party: " + email)
ValueError: invalid email for party: {P1.email}
It looks valid to me. Why does it fail?""",
    ),
    (
        "stacktrace",
        "hotel",
        """\
com.pms.guest.DuplicateProfileException: Duplicate guest profile for "{P1}" <{P1.email}>
    at com.pms.guest.ProfileService.merge(ProfileService.java:214)
    at com.pms.guest.ProfileController.create(ProfileController.java:77)
How should the controller handle this?""",
    ),
    (
        "stacktrace",
        "driving",
        """\
Error: Invalid phone number: "{PHONE}" for pupil {P1}
    at parsePhone (src/pupils/phone.js:19:11)
    at savePupil (src/pupils/save.js:42:5)
The number is real. What's wrong with the parser?""",
    ),
    (
        "stacktrace",
        "betting",
        """\
Traceback (most recent call last):
  File "payouts/run.py", line 51, in main
    acct = ACCOUNTS[customer_id]
KeyError: 'payout account for {P1}: {IBAN}'
Explain the bug.""",
    ),
    (
        "stacktrace",
        "customs",
        """\
java.lang.IllegalArgumentException: address exceeds 35 chars: "{ADDR}" (consignee {P1})
    at broker.api.AddressField.validate(AddressField.java:40)
    at broker.api.DeclarationBuilder.build(DeclarationBuilder.java:118)
Suggest how to split the address.""",
    ),
    (
        "stacktrace",
        "driving",
        """\
sqlalchemy.exc.IntegrityError: (psycopg2.errors.UniqueViolation) duplicate key value violates unique constraint "pupils_ssn_key"
DETAIL:  Key (ssn)=({SSN}) already exists.
[SQL: INSERT INTO pupils (name, ssn) VALUES ('{P1}', '{SSN}')]
How do we handle re-enrolling pupils?""",
    ),
]

CLEAN += [
    (
        "stacktrace",
        "polar",
        """\
Traceback (most recent call last):
  File "parser/ctd.py", line 40, in parse_line
    temp = float(fields[2])
ValueError: could not convert string to float: '-1.9*'
The asterisk flags a bad bottle. How should the parser handle it?""",
    ),
    (
        "stacktrace",
        "auction",
        """\
java.lang.NullPointerException: Cannot invoke "Lot.getEstimate()" because "lot" is null
    at saleroom.catalogue.LotService.price(LotService.java:61)
    at saleroom.catalogue.LotController.show(LotController.java:33)
Lot {lot} exists. Why is it null?""",
    ),
    (
        "stacktrace",
        "podcast",
        """\
TypeError: Cannot read properties of undefined (reading 'enclosure')
    at buildItem (rss/build.js:88:23)
    at Array.map (<anonymous>)
    at buildFeed (rss/build.js:40:17)
Episode {num} has no audio yet. How do I skip it?""",
    ),
    (
        "stacktrace",
        "esports",
        """\
Traceback (most recent call last):
  File "ratings/elo.py", line 22, in update
    expected = 1 / (1 + 10 ** ((rb - ra) / 400))
OverflowError: (34, 'Numerical result out of range')
Ratings were {big} and 12. How can that happen?""",
    ),
]
