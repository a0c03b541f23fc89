"""val29 personal templates in the technical shapes (code in SQL, JavaScript, Go and Python,
diffs, stack traces, logs, git, YAML, TSV, Jira, tool calls) across the part's domains (see
val29.py and val29_gen.py for the slots)."""

from __future__ import annotations

from .val29_gen import T

TEMPLATES = [
    T(
        "tec-p01",
        "code",
        "admissions",
        """Why does this insert fail on the second row?

INSERT INTO applicants (child_name, parent_name, parent_email, phone, area)
VALUES ('{{b}}', '{{a}}', '{{a.mail}}', '{{a.ph}}', 'NW'),
       ('{{d}}', '{{c}}', '{{c.mail}}', '{{c.ph}}', NULL, 'SE');""",
        "b=^a d=^c",
    ),
    T(
        "tec-p02",
        "code",
        "bakery",
        """// cypress/e2e/order.cy.js
describe("cake order", () => {
  it("submits the celebration form", () => {
    cy.get("#name").type("{{a}}");
    cy.get("#email").type("{{a.mail}}");
    cy.get("#phone").type("{{a.ph}}");
    cy.get("#inscription").type("Happy birthday {{b.g}}!");
    cy.get("#card").type("{{cc:,n}}");
    cy.contains("Place order").click();
  });
});

This test uses real-looking data. Suggest fixtures instead.""",
    ),
    T(
        "tec-p03",
        "code",
        "softwareops",
        """func TestNotifyOnCall(t *testing.T) {
	oc := OnCall{Name: "{{a}}", Phone: "{{a.ph:e164}}", Email: "{{a.mail}}"}
	backup := OnCall{Name: "{{b}}", Phone: "{{b.ph:e164}}"}
	if err := notify(oc, backup, "{{ip:priv}}:9093"); err != nil {
		t.Fatal(err)
	}
}

Make this table-driven and add a case for a missing phone.""",
    ),
    T(
        "tec-p04",
        "diff",
        "translation",
        """Summarise this change for the bookings team:

--- a/contacts/interpreters.csv
+++ b/contacts/interpreters.csv
@@ -3,4 +3,5 @@
 name,language,mobile
 {{a}},Tigrinya,{{a.ph}}
-{{b}},Pashto,{{b.ph}}
+{{b}},Pashto,{{ph}}
+{{c}},Somali,{{c.ph}}""",
        "a=ethiopian c=somali",
    ),
    T(
        "tec-p05",
        "stacktrace",
        "wedding",
        """TypeError: Cannot read properties of undefined \
(reading 'dietary')
    at formatGuest (/app/src/rsvp.js:42:31)
    at Array.map (<anonymous>)
    at sendSummary (/app/src/rsvp.js:88:18)
  guest: { name: '{{a}}', email: '{{a.mail}}', plusOne: '{{b}}' }
  request from {{ip:pub}}

Where should the null check go?""",
    ),
    T(
        "tec-p06",
        "log",
        "theatre",
        """What happened to the first customer's booking?

2025-06-03 19:02:11 INFO  booking.create perf=TOSCA-0603 seats=C12,C13 customer="{{a}}" \
email={{a.mail}} ip={{ip:pub}}
2025-06-03 19:02:14 WARN  payment.retry gateway=timeout customer="{{a}}" \
card=****{{n:1000-9999}}
2025-06-03 19:03:40 INFO  booking.create perf=TOSCA-0603 seats=F1 customer="{{b}}" \
email={{b.mail}} ip={{ipx}}
2025-06-03 19:05:02 ERROR refund.failed customer="{{c}}" reason="card expired\"""",
    ),
    T(
        "tec-p07",
        "log",
        "wedding",
        """Which of our RSVP reminders bounced?

Jun  4 09:12:01 mail postfix/smtp[{{pid}}]: 4F2A1C0: to=<{{a.mail}}>, \
relay=aspmx.l.google.com[{{ip:pub}}]:25, status=sent
Jun  4 09:12:03 mail postfix/smtp[{{pid}}]: 4F2A1C3: to=<{{b.mail}}>, status=bounced \
(user unknown)
Jun  4 09:12:05 mail postfix/qmgr[{{pid}}]: 4F2A1C3: \
from=<{{em:hello@everafterplanning.co.uk}}>, size=48211
Jun  4 09:12:09 mail postfix/smtp[{{pid}}]: 4F2A1C7: to=<{{c.mail}}>, \
relay=mx1.{{|outlook.com|icloud.com|proton.me}}[{{ip:pub}}]:25, status=deferred""",
    ),
    T(
        "tec-p08",
        "git",
        "theatre",
        """Turn these commits into a changelog entry for the \
website.

commit {{sha:40}}
Author: {{a}} <{{a.mail:rivergatetheatre.org.uk}}>
Date:   Fri Jun 6 16:40:02 2025 +0100

    Update Tosca cast page: add {{b}} as Scarpia, fix photo credit for {{c}}

commit {{sha:40}}
Author: {{d}} <{{d.mail}}>
Date:   Thu Jun 5 10:11:45 2025 +0100

    Replace the old box office number with the access line {{ph:GB}}""",
        "sex_b=m",
    ),
    T(
        "tec-p09",
        "yaml",
        "climbing",
        """Check for gaps in the warden rota, weeks 27-34:

wardens:
  - name: {{a}}
    weeks: [27, 28]
    phone: "{{a.ph}}"
  - name: {{b}}
    weeks: [29, 30, 31]
    phone: "{{b.ph}}"
    radio_callsign: HUT-2
  - name: {{c.gi}}
    weeks: [32]
    email: {{c.mail}}
helicopter_base: {{city:CH}}""",
    ),
    T(
        "tec-p10",
        "tsv",
        "devoffice",
        """constituent_id\tfull_name\tsalutation\temail\tcity\t\
lifetime_giving
{{n:100000-999999}}\t{{a}}\tDear {{a.g}}\t{{a.mail}}\t{{a.city}}\t{{price:£}}
{{n:100000-999999}}\t{{b}}\tDear {{b.mr}} {{b.f}}\t{{b.mail}}\t{{b.city}}\t{{price:£}}
{{n:100000-999999}}\t{{c.lf}}\tDear {{c.g}}\t\t{{c.city}}\t{{price:£}}

Fix the salutations so they are consistent.""",
    ),
    T(
        "tec-p11",
        "jira",
        "hospital",
        """HIT-{{n:1000-9999}}: Duplicate patient record created \
by the check-in kiosk
Reporter: {{a}} (Medical Records)
Description: Two MRNs for the same patient, {{b}} (DOB {{dob:eu}}), one with phone \
{{b.ph}} and one with {{ph}}. Merge needed before the clinic on {{date:long}}.
Comment ({{c}}): merged; kiosk firmware {{ver}} has the known bug, vendor ticket {{case}}.""",
    ),
    T(
        "tec-p12",
        "toolcall",
        "climbing",
        """book_hut(hut_id="cabane-aiguilles", \
nights=["{{date:iso}}"], party=[{"name": "{{a}}", "phone": "{{a.ph}}"}, {"name": "{{b}}"}, \
{"name": "{{w}}"}], payment={"iban": "{{iban:CH}}"}, notes="vegetarian x1")""",
    ),
    T(
        "tec-p13",
        "code",
        "hospital",
        """SELECT appt_id, clinic, starts_at
FROM appointments
WHERE patient_ssn = '{{ssn}}' AND clinician = 'Dr {{a.f}}';
-- patient is {{b}}; this returns 2 rows but the portal shows 1. Why?""",
    ),
    T(
        "tec-p14",
        "stacktrace",
        "devoffice",
        """Traceback (most recent call last):
  File "crm/sync.py", line 77, in push_donor
    resp.raise_for_status()
requests.exceptions.HTTPError: 422 Client Error for url: \
https://api.crm.example.com/v2/constituents
payload={"name": "{{a}}", "email": "{{a.mail}}", "iban": "{{iban}}", "gift_aid": true}

What is the CRM likely rejecting?""",
    ),
]
