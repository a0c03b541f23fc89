"""val29 personal templates: motor dealers, garages and motorsport teams, software operations
teams, chemistry and physics teaching labs (see val29.py and val29_gen.py for the slots)."""

from __future__ import annotations

from .val29_gen import T

TEMPLATES = [
    # ------------------------------------------------------------------ motor
    T(
        "mot-p01",
        "form",
        "motor",
        """VEHICLE FINANCE APPLICATION - Harlow Motors (Porsche \
Centre)
Vehicle: 2022 Porsche Macan S, stock #{{n:10000-99999}}
Applicant: {{a.lf}}
SSN: {{ssn}}
Date of birth: {{dob:us}}
Home address: {{addr:US}}
Time at address: {{n:1-12}} years
Mobile: {{ph:US}}
Employer: {{|Lockheed Martin|Boeing|Kaiser Permanente|Dell Technologies}}, gross monthly \
income ${{n:4000-15000}}
Checking account no.: {{acct:us}}   Routing: {{n:100000000-999999999}}
Co-applicant: {{b}}, SSN {{ssn}}""",
        "reg=US",
    ),
    T(
        "mot-p02",
        "email",
        "motor",
        """Subject: Service booking - Ferrari Roma

Dear {{a.mr}} {{a.f}},

Thank you for booking your annual service with us. Your appointment is on {{date:long}} at \
{{time}} at our {{city}} workshop. A courtesy car (Ford Fiesta) will be ready; please bring \
your driving licence.

Technician {{b}} will call you on {{a.ph}} if we find anything beyond the standard schedule.

Kind regards,
{{c}}
Service Advisor, Prestige Cars""",
    ),
    T(
        "mot-p03",
        "sms",
        "motor",
        """Hi {{a.g}}, your McLaren 720S is ready for collection \
from {{|Bay 4|the main showroom|the Brooklands site}}. Balance due {{price:£}}. Any \
questions call {{b.g}} on {{ph}}""",
    ),
    T(
        "mot-p04",
        "transcript",
        "motor",
        """[Call recording {{ref}}, inbound, {{n:2-14}} min]
Agent ({{a.g}}): Good morning, Harlow Motors, {{a.g}} speaking.
Caller: Hi, it's {{b}}, I test drove the Lamborghini Urus on Saturday.
Agent: Of course, {{b.mr}} {{b.f}}. What can I do for you?
Caller: My partner {{c}} wants to see it too. Can you send the brochure to {{b.mail}}? And \
my number changed, it's {{b.ph}} now.
Agent: Done. I'll get {{d}} from finance to give you a ring this afternoon.""",
    ),
    T(
        "mot-p05",
        "json",
        "motor",
        """Summarise this lead for the sales manager:

{"lead_id": "{{uuid}}", "source": "website", "model_interest": "Mercedes-AMG GT", \
"contact": {"first_name": "{{a.g}}", "last_name": "{{a.f}}", "email": "{{a.mail}}", \
"mobile": "{{a.ph}}", "town": "{{a.city}}"}, "trade_in": {"make": "Ford", "model": "Focus", \
"mileage": {{n:10000-90000}}}, "assigned_to": "{{b}}", "consent_marketing": false}""",
    ),
    T(
        "mot-p06",
        "slack",
        "motor",
        """#race-ops (exported)
{{a}}  08:02  Flights for round 9: {{b.nick}} and {{c.nick}} on {{flight}}, I'm on the later one
{{b}}  08:05  hotel confirmation went to my old address, can someone update it to {{b.mail}}
{{d}}  08:11  done. also the telemetry laptop IP changed to {{ip:priv}}, pit wall screens \
need repointing
{{c}}  08:14  my mobile won't roam, use {{c.ph}} for WhatsApp until Sunday""",
    ),
    T(
        "mot-p07",
        "csv",
        "motor",
        """Which salesperson has the most test drives booked?

date,time,customer,phone,email,model,salesperson
{{date:iso}},{{time}},{{a}},{{a.ph}},{{a.mail}},Porsche Taycan 4S,{{e.gi}}
{{date:iso}},{{time}},{{b}},{{b.ph}},{{b.mail}},Lamborghini Huracán,{{f.gi}}
{{date:iso}},{{time}},{{c}},{{c.ph}},,McLaren Artura,{{e.gi}}
{{date:iso}},{{time}},{{d}},{{d.ph}},{{d.mail}},Ferrari 296 GTB,{{e.gi}}""",
    ),
    T(
        "mot-p08",
        "paste",
        "motor",
        """Riassumi in inglese questa email di un cliente:

"Buongiorno, sono {{a}}. Ho lasciato la mia Alfa Romeo Stelvio in officina il \
{{date:eu}} per il tagliando e nessuno mi ha ancora richiamato. Il meccanico, {{b.g}}, \
aveva promesso una risposta entro venerdì. Potete contattarmi al {{ph:IT}} oppure scrivere \
a {{a.mail}}? Grazie, {{a.g}}\"""",
        "all=italian,romanian,serbian,maghrebi",
    ),
    T(
        "mot-p09",
        "voice",
        "motor",
        """hey it's {{a.lowg}} from the garage the lamborghini \
needs a new clutch we can get the part friday it's about {{price:£}} plus labour call me \
back on {{ph:GB,natc}} or ask for {{b.low}} thanks""",
    ),
    T(
        "mot-p10",
        "yaml",
        "motor",
        """event: round-07
booking_ref: {{ref}}
crew:
  - name: {{a}}
    role: race engineer
    phone: "{{a.ph}}"
  - name: {{b}}
    role: data engineer
    phone: "{{b.ph}}"
    laptop_ip: {{ip:priv}}
  - name: {{c}}
    role: driver
    email: {{c.mail}}
telemetry_uplink: {{ipx}}""",
    ),
    T(
        "mot-p11",
        "letter",
        "motor",
        """{{a}}
{{addr:US}}

Re: your 2021 Dodge Charger, agreement {{case}}

Dear {{a.mr}} {{a.f}},

Our records show that the payment of ${{n:300-900}}.00 due on {{date:long}} has not been \
received. Payments are collected by ACH from checking account {{acct:us}}; the bank \
returned the last debit as unpaid.

Please call our collections team on {{ph:US}} within 10 days. If you have already paid, \
please disregard this letter.

Sincerely,
{{b}}
Harlow Auto Finance""",
    ),
    # ------------------------------------------------------------------ software ops
    T(
        "ops-p01",
        "stacktrace",
        "softwareops",
        """Why does this fail? Only happens for some \
customers.

Traceback (most recent call last):
  File "/srv/orders/app/handlers/checkout.py", line 212, in submit
    customer = Customer.from_form(form)
  File "/srv/orders/app/models/customer.py", line 88, in from_form
    phone = normalise_phone(form["phone"], region=form["country"])
  File "/srv/orders/app/utils/phone.py", line 41, in normalise_phone
    raise InvalidPhone(f"cannot parse {raw!r} for {region}")
app.utils.phone.InvalidPhone: cannot parse '{{ph}}' for ZZ
request: POST /checkout from {{ip:pub}} user={{a.mail}} name="{{a}}\"""",
    ),
    T(
        "ops-p02",
        "log",
        "softwareops",
        """Is this a credential-stuffing attempt?

{{ip1:pub}} - - [12/May/2025:10:14:22 +0000] "POST /api/login HTTP/1.1" 401 62 "-" \
"python-requests/2.31" user={{a.mail}}
{{ip1:pub}} - - [12/May/2025:10:14:23 +0000] "POST /api/login HTTP/1.1" 401 62 "-" \
"python-requests/2.31" user={{b.mail}}
{{ip2:pub}} - - [12/May/2025:10:14:25 +0000] "POST /api/login HTTP/1.1" 200 512 "-" \
"Mozilla/5.0" user={{c.mail}}
{{ipx}} - - [12/May/2025:10:15:02 +0000] "GET /api/orders?customer={{c.handle}} HTTP/2.0" \
200 5120 "-" "Mozilla/5.0\"""",
    ),
    T(
        "ops-p03",
        "git",
        "softwareops",
        """commit {{sha:40}}
Author: {{a}} <{{a.mail:tidewave.io}}>
Date:   Thu May 15 11:20:04 2025 +0100

    kafka: raise consumer max.poll.interval.ms for the invoices topic

    The Hadoop export job blocks for up to 9 minutes.

    Co-authored-by: {{b}} <{{b.mail:tidewave.io}}>
    Signed-off-by: {{a}} <{{a.mail:tidewave.io}}>

commit {{sha:40}}
Author: renovate-bot <{{em:renovate-bot@ci.tidewave.io}}>
Date:   Thu May 15 09:00:12 2025 +0000

    chore(deps): update grafana/grafana to {{ver}}

commit {{sha:40}}
Author: {{c}} <{{c.mail}}>
Date:   Wed May 14 17:45:39 2025 +0200

    jenkins: pin agent image, reviewed by {{d.i}}""",
    ),
    T(
        "ops-p04",
        "diff",
        "softwareops",
        """Review this diff please, is the YAML still valid?

--- a/oncall/rota.yaml
+++ b/oncall/rota.yaml
@@ -12,9 +12,9 @@ primary:
-  - name: {{a}}
-    phone: "{{a.ph}}"
+  - name: {{b}}
+    phone: "{{b.ph}}"
 secondary:
   - name: {{c}}
     phone: "{{c.ph}}"
     email: {{c.mail}}""",
    ),
    T(
        "ops-p05",
        "yaml",
        "softwareops",
        """escalation_policy: kafka-brokers-prod
levels:
  - after_minutes: 0
    notify: [{{a.mail}}]
  - after_minutes: 15
    notify: [{{b.mail}}, "{{b.ph:e164}}"]
  - after_minutes: 30
    notify: [{{em:sre-leads@tidewave.io}}]
owner: {{c}}
runbook: https://wiki.tidewave.io/runbooks/kafka-isr-shrink""",
    ),
    T(
        "ops-p06",
        "slack",
        "softwareops",
        """#inc-4412-cassandra-latency
{{a}}  10:02  p99 on the Cassandra ring is 4s, node {{ip1:priv}} looks hot
{{b}}  10:03  Grafana shows a compaction backlog on that node too
pagerbot  10:03  Escalated to @{{c.handle}}
{{c}}  10:07  on it. {{a.g}} can you drain {{ip1:priv}}?
{{a}}  10:08  draining. {{d}} ({{d.mail}}) from the customer side says checkout is \
timing out, can someone reply to {{d.him}}?""",
    ),
    T(
        "ops-p07",
        "jira",
        "softwareops",
        """OPS-{{n:1000-9999}}: duplicate orders after \
deploy {{ver}}
Reporter: {{a}}
Priority: High

Description:
Customer {{b}} ({{b.mail}}, {{b.ph}}) was charged twice for order {{ord}}. Kafka consumer \
lag on orders-v2 spiked right after the deploy.

Comment by {{c}}:
Jenkins job #{{n:100-999}} replayed the partition. Refund issued; {{a.g}} please confirm with \
the customer before closing.

Comment by {{w}}:
Customer confirmed the refund arrived.""",
    ),
    T(
        "ops-p08",
        "code",
        "softwareops",
        """Can you turn this fixture into pytest parametrize \
cases?

CUSTOMERS = [
    {"name": "{{a}}", "email": "{{a.mail}}", "card": "{{cc}}", "country": "{{country}}"},
    {"name": "{{b}}", "email": "{{b.mail}}", "card": "{{cc}}", "country": "{{country}}"},
]
# copied from prod by {{c.gi}} - remove before merging!""",
    ),
    T(
        "ops-p09",
        "toolcall",
        "softwareops",
        """create_incident(service="grafana-alerting", \
title="Disk 95% on hadoop-dn-07", urgency="high", assignee_email="{{a.mail}}", \
notify_phone="{{a.ph:e164}}", notes="Paged {{a}} after {{b}} did not ack; host \
{{ip:priv}}")""",
    ),
    T(
        "ops-p10",
        "json",
        "softwareops",
        """{"event": "user.password_reset", "actor": \
{"id": {{n:1000-99999}}, "name": "{{a}}", "email": "{{a.mail}}"}, "ip": "{{ip:pub}}", \
"target": {"name": "{{b}}", "email": "{{b.mail}}", "phone": "{{b.ph}}"}, "at": "{{ts}}"}""",
    ),
    T(
        "ops-p11",
        "chat",
        "softwareops",
        """Can you write a regex that pulls the IPs and emails \
out of lines like these?

May 12 10:14:22 gw01 sshd[{{pid}}]: Failed password for {{a.handle}} from {{ip:pub}} port \
{{port}} ssh2
May 12 10:14:29 gw01 sshd[{{pid}}]: Accepted publickey for deploy from {{ip:priv}} port \
{{port}} ssh2
May 12 10:15:02 gw01 postfix/smtp[{{pid}}]: to=<{{a.mail}}>, relay=mx.tidewave.io\
[{{ip:pub}}]:25, status=sent""",
    ),
    # ------------------------------------------------------------------ teaching labs
    T(
        "lab-p01",
        "email",
        "labteaching",
        """Subject: Near miss in Lab 2 - Bunsen burner tubing

Hi {{a.g}},

During Tuesday's Year 10 practical, {{b}}'s Bunsen burner tubing slipped off the gas tap. No \
injury, but {{c}} (lab technician) isolated the supply. I've logged it as {{case}}. Could \
you replace the tubing on benches 4-6 before Thursday?

{{b.g}}'s parents were informed by phone ({{ph}}).

Thanks,
{{d}}
Head of Chemistry""",
    ),
    T(
        "lab-p02",
        "form",
        "labteaching",
        """RISK ASSESSMENT - Radioactivity practical (Geiger \
counter, sealed sources)
Sources: Sr-90 (S3), Co-60 (S7). Max handling time 10 min.
Prepared by: {{a.i}}    Date: {{date:eu}}
Checked by (RPS): {{b}}
Technician: {{c}}    Ext. {{n:2000-2999}}    Mobile: {{c.ph}}
Signed: {{a.gi}}""",
    ),
    T(
        "lab-p03",
        "csv",
        "labteaching",
        """Balance these lab groups so no bench has two \
students from the same tutor group:

group,student_1,student_2,student_1_email,tutor,bench
A,{{a}},{{b}},{{a.mail:students.northgate.ac.uk}},{{e.i}},3
B,{{c}},{{d}},{{c.mail:students.northgate.ac.uk}},{{e.i}},4
C,{{f}},{{g}},{{f.mail:students.northgate.ac.uk}},{{h.i}},5""",
    ),
    T(
        "lab-p04",
        "minutes",
        "labteaching",
        """Minutes - Teaching Lab Safety Committee, \
{{date:long}}
Present: {{a}} (chair), {{b}}, {{c}}, {{d.i}}
Apologies: {{e}}, {{w}}
1. Erlenmeyer flask breakages up 30% this term; {{b.g}} to trial thicker-walled \
borosilicate.
2. Fume cupboard 3 failed its face velocity test (0.31 m/s). {{c.g}} has booked the \
contractor for {{date:long}}.
3. {{d.f}} asked whether the tesla meter can be lent to Physics; agreed.
Actions: {{a.g}} to circulate the revised COSHH forms.""",
    ),
    T(
        "lab-p05",
        "notes",
        "labteaching",
        """Loans book
- Geiger counter #3 -> {{a.i}} (Physics), due back {{date:short}}
- 2 x digital newton meters -> {{b}}, mob {{b.ph}}
- Petri dishes (sterile, 50) -> Biology, collected by {{c.g}}
Chase {{a.f}} about the kelvin thermometer, missing since {{mon}}.""",
    ),
    T(
        "lab-p06",
        "tsv",
        "labteaching",
        """student_id\tsurname\tforename\temail\tprac_1\tprac_2
{{n:2100000-2199999}}\t{{a.F}}\t{{a.g}}\t{{a.mail:students.northgate.ac.uk}}\t{{n:40-95}}\t\
{{n:40-95}}
{{n:2100000-2199999}}\t{{b.F}}\t{{b.g}}\t{{b.mail:students.northgate.ac.uk}}\t{{n:40-95}}\t\
{{n:40-95}}
{{n:2100000-2199999}}\t{{c.F}}\t{{c.g}}\t{{c.mail:students.northgate.ac.uk}}\tabsent\t\
{{n:40-95}}

Flag anyone below 50 in either practical.""",
    ),
    T(
        "lab-p07",
        "paste",
        "labteaching",
        """Przetłumacz na angielski:

"Szanowni Państwo, informuję, że zajęcia laboratoryjne z fizyki (pomiar indukcji w teslach) \
prowadzone przez dr {{a}} zostają przeniesione na czwartek. W razie pytań proszę kontaktować \
się z sekretariatem ({{b}}), tel. {{ph:PL}}, e-mail {{b.mail}}. Z poważaniem, {{c}}\"""",
        "all=polish,ukrainian,czech,lithuanian",
    ),
    T(
        "lab-p08",
        "sms",
        "labteaching",
        """Northgate College Science: {{a.g}}'s chemistry \
resit practical is on {{date:short}} at {{time}}, Lab {{room}}. Bring a lab coat and goggles. \
Queries to {{b.gi}} on {{ph:GB}}""",
    ),
]
