"""val25 clean templates (no personal data, many decoys): html, xml, yaml, code, log, git,
diff, stacktrace, slack, jira, bibliography, ics, vcard, paste, voice."""

from __future__ import annotations

from appliance.testing.pii_corpus.val25_gen import c

TEMPLATES = [
    # --- html ----------------------------------------------------------------------------
    c(
        "gym-html-c1",
        "html",
        """
<section class="plans">
  <h2>Membership plans</h2>
  <ul>
    <li>Off-peak - {{price:20-45}}/month - access 10:00-16:00</li>
    <li>Full - {{price:40-75}}/month - all hours, all classes</li>
    <li>Student - {{price:15-30}}/month - valid card required</li>
  </ul>
  <p>Joining fee waived until {{date:long}}. Promo code <code>SPRING{{n:10-30}}</code>.</p>
</section>
Make this section more persuasive without changing the prices.
""",
        cur="£",
    ),
    c(
        "museum-html-c1",
        "html",
        """
<article>
<h1>Threads of Time: Textiles 1750-1950</h1>
<p>Gallery 3 &middot; Open daily 10:00-17:00 &middot; Free entry</p>
<p>Dementia-friendly tours for visitors living with Alzheimer's or Parkinson's run on the first Tuesday of each month at {{time}}. The Nobel Prize medal on loan is displayed in case 7.</p>
<p>Accessibility: step-free access, Braille guide (ask at reception), hearing loop.</p>
</article>
Check this for accessibility wording.
""",
    ),
    c(
        "property-html-c1",
        "html",
        """
<div class="listing" data-id="{{uuid}}">
  <h3>Two-bed flat, second floor</h3>
  <p>{{price:750-2200}} pcm &middot; EPC C &middot; available {{date:short}}</p>
  <p>Open-plan kitchen with Bosch appliances, allocated parking space {{n:1-40}}, bike store. No smokers. Pets considered.</p>
  <span class="ref">Ref {{ref}}</span>
</div>
""",
        cur="£",
    ),
    # --- xml -----------------------------------------------------------------------------
    c(
        "customs-xml-c1",
        "xml",
        """
<TariffLine>
  <CommodityCode>{{n:8400000000-8499999999}}</CommodityCode>
  <Description>Parts suitable for use solely with harvesting machinery</Description>
  <ThirdCountryDuty>0.00%</ThirdCountryDuty>
  <VAT>20%</VAT>
  <Measures><Measure type="103" validFrom="{{date:iso}}"/></Measures>
</TariffLine>
What does measure type 103 mean here?
""",
    ),
    c(
        "museum-xml-c1",
        "xml",
        """
<object id="{{n:1950-2023}}.{{n:1-400}}">
  <name>Ship model, RRS Ernest Shackleton, 1:200</name>
  <materials>resin, brass, paint</materials>
  <dimensions unit="cm" h="{{n:20-60}}" w="{{n:80-160}}" d="{{n:20-40}}"/>
  <condition>good; one lifeboat detached</condition>
  <store>{{bin}}</store>
</object>
""",
    ),
    c(
        "energy-xml-c1",
        "xml",
        """
<MeterConfig serial="{{meter}}">
  <Firmware>{{ver}}</Firmware>
  <Tariff id="TOU-3" peak="16:00-19:00"/>
  <Comms type="SMWAN" heartbeat="1800"/>
  <Thresholds voltageHigh="253" voltageLow="216"/>
</MeterConfig>
Explain each setting to a new engineer.
""",
    ),
    # --- yaml ----------------------------------------------------------------------------
    c(
        "software-yaml-c1",
        "yaml",
        """
name: ci
on: [push, pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with: {python-version: "3.12"}
      - run: pip install -r requirements.txt
      - run: pytest -q --maxfail=1
Why does the cache never hit?
""",
    ),
    c(
        "secops-yaml-c1",
        "yaml",
        """
apiVersion: apps/v1
kind: Deployment
metadata:
  name: alert-router
spec:
  replicas: 2
  template:
    spec:
      containers:
        - name: router
          image: registry.internal/alert-router:{{ver}}
          ports: [{containerPort: {{port}}}]
          env:
            - {name: SEVERITY_FLOOR, value: "medium"}
""",
    ),
    c(
        "events-yaml-c1",
        "yaml",
        """
run_sheet:
  - time: "{{time}}"
    item: doors open, welcome drinks (Bellini, elderflower spritz)
  - time: "{{time}}"
    item: ceremony, Orangery
  - time: "{{time}}"
    item: wedding breakfast, Great Hall
  - time: "{{time}}"
    item: first dance, band set 1
  - time: "23:45"
    item: carriages
""",
    ),
    # --- code ----------------------------------------------------------------------------
    c(
        "software-code-c1",
        "code",
        """
import heapq

def shortest_path(graph, start):
    # Dijkstra's algorithm; graph maps node -> [(neighbour, weight)]
    dist = {start: 0}
    queue = [(0, start)]
    while queue:
        d, node = heapq.heappop(queue)
        for nxt, w in graph.get(node, []):
            if d + w < dist.get(nxt, float("inf")):
                dist[nxt] = d + w
                heapq.heappush(queue, (d + w, nxt))
    return dist
Why is this slow on a graph with {{n:100000-900000}} edges?
""",
    ),
    c(
        "travel-code-c1",
        "code",
        """
SELECT tour_code, COUNT(*) AS bookings, SUM(total_gbp) AS revenue
FROM bookings
WHERE departure_date BETWEEN '{{date:iso}}' AND '{{date:iso}}'
  AND status <> 'CANCELLED'
GROUP BY tour_code
HAVING COUNT(*) > 10
ORDER BY revenue DESC;
-- returns 0 rows since the {{ver}} migration, why?
""",
    ),
    c(
        "media-code-c1",
        "code",
        """
// apply a Gaussian blur to episode artwork thumbnails
function blur(ctx, radius = {{n:2-9}}) {
  ctx.filter = `blur(${radius}px)`;
  ctx.drawImage(ctx.canvas, 0, 0);
  ctx.filter = "none";
}
// brand colours: {{hex}} (primary), {{hex}} (accent)
""",
    ),
    c(
        "energy-code-c1",
        "code",
        """
type Reading struct {
	MeterID  string    // e.g. "{{meter}}"
	At       time.Time
	KWh      float64
	Estimated bool
}

// smooth noisy half-hourly reads with a Kalman filter before billing
func Smooth(rs []Reading) []Reading { /* TODO */ return rs }
""",
    ),
    # --- log -----------------------------------------------------------------------------
    c(
        "software-log-c1",
        "log",
        """
{{date1:iso}}T{{tick}}:01.223Z INFO  api req_id={{uuid}} route=/v2/timesheets status=200 dur_ms={{n:20-300}}
{{date1:iso}}T{{tick}}:01.911Z WARN  api req_id={{uuid}} route=/v2/invoices status=429 retry_after=30
{{date1:iso}}T{{tick}}:02.004Z ERROR worker job=pdf-render attempt=3 err="context deadline exceeded" host=worker-{{n:1-9}}
""",
    ),
    c(
        "energy-log-c1",
        "log",
        """
[{{date1:iso}} {{tick}}] HES batch {{ref}}: 48,211 reads received, 312 missing, 17 rejected (checksum)
[{{date1:iso}} {{tick}}] HES meter {{meter}}: clock drift 94s, resync ok
[{{date1:iso}} {{tick}}] VEE estimated 312 reads using profile class 1
""",
    ),
    c(
        "secops-log-c1",
        "log",
        """
{{date1:iso}} {{tick}} edr[411]: quarantine file=C:\\\\Users\\\\Public\\\\invoice_{{n:1000-9999}}.js sha256={{sha}} verdict=malicious
{{date1:iso}} {{tick}} edr[411]: process tree wscript.exe -> powershell.exe blocked (rule SIG-{{n:1000-9999}})
{{date1:iso}} {{tick}} edr[411]: host WS-{{n:100-999}} isolated by policy
Write the ticket summary for this.
""",
    ),
    c(
        "software-log-c2",
        "log",
        """
#14 [build 3/7] RUN npm ci
#14 added 1,204 packages in 41s
#15 [build 4/7] RUN npm run build
#15 vite v{{n:4-6}}.{{n:0-9}}.{{n:0-9}} building for production...
#15 ERROR: Could not resolve "./components/Chart" from "src/pages/Usage.tsx"
ERROR: failed to solve: process "/bin/sh -c npm run build" did not complete successfully: exit code: 1
""",
    ),
    # --- git -----------------------------------------------------------------------------
    c(
        "software-git-c1",
        "git",
        """
$ git log --oneline -6
{{short}} (HEAD -> main) Bump django from 4.2.{{n:10-16}} to 4.2.{{n:17-20}}
{{short}} Fix timezone bug in timesheet export
{{short}} Add Levenshtein matching for client names
{{short}} Merge pull request #{{n:100-999}} from feature/sow-templates
{{short}} Release {{ver}}
{{short}} CI: cache pip downloads
Write release notes from this.
""",
    ),
    c(
        "museum-git-c1",
        "git",
        """
$ git log --format='%h %ad %s' --date=short -4
{{short}} {{date1:iso}} Add IIIF manifests for glass-plate negatives
{{short}} {{date1:iso}} Normalise accession numbers to YYYY.NNN
{{short}} {{date1:iso}} Remove duplicate thumbnails ({{n:100-999}} files)
{{short}} {{date1:iso}} Update Spectrum field mapping
""",
    ),
    c(
        "software-git-c2",
        "git",
        """
$ git tag -n
v{{n:1-3}}.{{n:0-9}}.0    Payments: Bloomberg terminal price feed adapter
v{{n:1-3}}.{{n:0-9}}.1    Hotfix: rounding on VAT export
v{{n:4-5}}.0.0    Drop Python 3.8, new Kafka consumer
""",
    ),
    # --- diff ----------------------------------------------------------------------------
    c(
        "software-diff-c1",
        "diff",
        """
--- a/billing/vat.py
+++ b/billing/vat.py
@@ -10,7 +10,7 @@ def vat_amount(net: Decimal, rate: Decimal) -> Decimal:
-    return (net * rate).quantize(Decimal("0.01"))
+    return (net * rate).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
Is ROUND_HALF_UP right for UK VAT?
""",
    ),
    c(
        "secops-diff-c1",
        "diff",
        """
--- a/nginx/conf.d/portal.conf
+++ b/nginx/conf.d/portal.conf
@@ -4,6 +4,8 @@ server {
     listen {{port}} ssl;
-    ssl_protocols TLSv1 TLSv1.1 TLSv1.2;
+    ssl_protocols TLSv1.2 TLSv1.3;
+    add_header Strict-Transport-Security "max-age=63072000" always;
     client_max_body_size 20m;
""",
    ),
    c(
        "media-diff-c1",
        "diff",
        """
--- a/running_order.md
+++ b/running_order.md
@@ -3,4 +3,4 @@
-| 07:12 | Interview: allotments | tbc |
+| 07:12 | Interview: allotments | confirmed |
-| 07:45 | Book review: Sherlock Holmes box set | tbc |
+| 07:45 | Book review: Miss Marple collection | confirmed |
""",
    ),
    # --- stacktrace ----------------------------------------------------------------------
    c(
        "software-stack-c1",
        "stacktrace",
        """
Traceback (most recent call last):
  File "/srv/reports/monthly.py", line 41, in <module>
    df = df.pivot(index="week", columns="client_code", values="hours")
  File "/usr/lib/python3.12/site-packages/pandas/core/frame.py", line 9339, in pivot
    return pivot(self, index=index, columns=columns, values=values)
ValueError: Index contains duplicate entries, cannot reshape
""",
    ),
    c(
        "travel-stack-c1",
        "stacktrace",
        """
java.lang.NullPointerException: Cannot invoke "Room.getRate()" because "room" is null
	at com.tours.pricing.Quote.total(Quote.java:88)
	at com.tours.pricing.QuoteService.price(QuoteService.java:142)
	at com.tours.api.QuoteController.create(QuoteController.java:57)
Request: tour=TOUR-{{n:100-999}} nights=7 rooms=[TWN, DBL, null]
""",
    ),
    c(
        "vet-stack-c1",
        "stacktrace",
        """
Uncaught (in promise) RangeError: Invalid time value
    at Date.toISOString (<anonymous>)
    at formatSlot (reminders.js:{{n:20-200}}:18)
    at sendVaccineReminders (reminders.js:{{n:200-400}}:5)
Reminder batch {{ref}}: 214 pets, 3 failed (Max, Luna, Pepper)
""",
    ),
    # --- slack ---------------------------------------------------------------------------
    c(
        "software-slack-c1",
        "slack",
        """
#deploys
[{{tick}}] build-bot: :white_check_mark: tenant-portal {{ver}} deployed to staging ({{short}})
[{{tick}}] build-bot: :x: billing-api {{ver}} failed smoke test /health
[{{tick}}] oncall-payments: looking
[{{tick}}] oncall-payments: flaky Redis connection on port {{port}}, re-running
[{{tick}}] build-bot: :white_check_mark: billing-api {{ver}} deployed to staging
""",
    ),
    c(
        "farm-slack-c1",
        "slack",
        """
#coop-weather
[{{tick}}] weatherbot: Amber warning for wind, gusts 60-70 mph from {{time}} tomorrow
[{{tick}}] grain-desk: dryers at store 2 running at full, 480 t in
[{{tick}}] haulage-rota: lorries paused until the warning lifts, will do a new rota at 6
""",
    ),
    c(
        "events-slack-c1",
        "slack",
        """
#venue-ops
[{{tick}}] frontdesk: the Orangery heaters are on the blink again
[{{tick}}] maintenance: part {{part}} on order, due {{date:short}}
[{{tick}}] frontdesk: ok, moving the drinks reception to the Great Hall
[{{tick}}] kitchen: fine by us, canapes at {{time}}
""",
    ),
    # --- jira ----------------------------------------------------------------------------
    c(
        "software-jira-c1",
        "jira",
        """
{{ticket}} Timesheet export ignores bank holidays
Type: Bug   Priority: Medium   Fix version: {{ver}}
Steps: 1) set locale en-GB 2) export March 3) compare with the calendar
Expected: 20 working days. Actual: 21.
Comment (QA): reproduced on staging build {{short}}.
Comment (Dev): the holiday calendar cache expired, fix in PR #{{n:100-999}}.
""",
    ),
    c(
        "insurance-jira-c1",
        "jira",
        """
CLAIMS-{{n:100-999}}: Premium calculator returns NaN for vans over 3.5 t
Component: pricing   Sprint: {{n:30-60}}
Description: quotes for Ford Transit and Mercedes Sprinter chassis cabs return NaN when gross weight > 3500 kg.
Comment (Underwriting): these should be referred, not priced.
""",
    ),
    c(
        "translation-jira-c1",
        "jira",
        """
LING-{{n:100-999}}: CAT tool drops non-breaking spaces in French
Reported via service desk. Segments with "%" and ":" lose the thin space after export.
Comment (Localisation): confirmed in versions {{ver}} and {{ver}}; workaround is the QA checker profile FR-TYPO.
""",
    ),
    # --- bibliography --------------------------------------------------------------------
    c(
        "farm-bib-c1",
        "bibliography",
        """
AHDB (2024) Recommended Lists for cereals and oilseeds 2024/25. AHDB Publications.
DEFRA (2023) Farming statistics: land use, livestock and crops. National Statistics.
Food and Agriculture Organization of the United Nations (2023) The State of Food and Agriculture. doi:{{doi}}
Sort alphabetically and convert to APA.
""",
    ),
    c(
        "secops-bib-c1",
        "bibliography",
        """
References
[1] NIST (2012). Computer Security Incident Handling Guide, SP 800-61 Rev. 2.
[2] ISO/IEC 27001:2022. Information security management systems - Requirements.
[3] OWASP Foundation (2021). OWASP Top 10.
[4] IETF (2009). RFC 5545: Internet Calendaring and Scheduling Core Object Specification.
""",
    ),
    c(
        "museum-bib-c1",
        "bibliography",
        """
Collections Trust (2022) Spectrum 5.1: the UK collections management standard. ISBN {{isbn}}.
ICOM (2017) Code of Ethics for Museums. Revised edition.
Museums Association (2023) Measuring socially engaged practice. doi:{{doi}}
Which of these is the primary standard for accession records?
""",
    ),
    # --- ics -----------------------------------------------------------------------------
    c(
        "software-ics-c1",
        "ics",
        """
BEGIN:VCALENDAR
BEGIN:VEVENT
UID:{{uuid}}
DTSTART:{{n:2025-2026}}0{{n:1-9}}1{{n:0-9}}T140000Z
DURATION:PT1H
SUMMARY:Sprint {{n:30-60}} review
LOCATION:{{room}}
DESCRIPTION:Demo of release {{ver}}; burndown; risks. Join: https://meet.example.com/abc-defg-hij
END:VEVENT
END:VCALENDAR
""",
    ),
    c(
        "events-ics-c1",
        "ics",
        """
BEGIN:VEVENT
SUMMARY:Marquee safety inspection
DTSTART:{{n:2025-2026}}0{{n:1-9}}0{{n:1-9}}T080000Z
LOCATION:North lawn
DESCRIPTION:Annual inspection, certificate {{ref}}. Generator test at 09:00.
END:VEVENT
Turn this into a checklist.
""",
    ),
    # --- vcard ---------------------------------------------------------------------------
    c(
        "software-vcard-c1",
        "vcard",
        """
Why does Outlook reject this card?
BEGIN:VCARD
VERSION:4.0
KIND:org
FN:Accounts Payable
ORG:Quayside Consulting Ltd
URL:https://quayside-cs.com/accounts
NOTE:Invoices via the supplier portal only; PO number required
END:VCARD
""",
    ),
    c(
        "customs-vcard-c1",
        "vcard",
        """
BEGIN:VCARD
VERSION:3.0
FN:Import Desk
ORG:ClearPath Customs Brokers;Imports
TITLE:Shared desk
URL:https://clearpath-customs.com/imports
NOTE:Office hours 08:00-18:00, same-day clearance cut-off 15:30
END:VCARD
""",
    ),
    # --- paste ---------------------------------------------------------------------------
    c(
        "farm-paste-c-es",
        "paste",
        """
Summarise in English:

La cooperativa informa de que la campaña de cereal se cerrará el {{date:uk}}. El precio del trigo blando se fija en {{price:180-260}} por tonelada y el de la cebada en {{price:160-230}}. Los socios que aún no hayan entregado el grano deberán pedir cita en la báscula. Recordamos que la humedad máxima admitida es del 14 %.
""",
        cur="€",
    ),
    c(
        "software-paste-c-de",
        "paste",
        """
Translate into English:

Das Update auf Version {{ver}} behebt einen Fehler beim Export von Stundenzetteln, bei dem Feiertage doppelt gezählt wurden. Außerdem wurde die Ladezeit der Projektübersicht um etwa 40 % verkürzt. Bitte leeren Sie nach der Installation den Browser-Cache.
""",
    ),
    c(
        "events-paste-c-fr",
        "paste",
        """
Reply to this in French, saying yes and asking for the final headcount:

Bonjour,
Nous souhaitons réserver la salle pour un séminaire de 40 personnes le {{date:uk}}, de 9 h à 17 h, avec deux pauses café et un déjeuner buffet. Pourriez-vous nous envoyer un devis ? Notre budget est d'environ {{price:1500-6000}}.
Merci d'avance.
""",
        cur="€",
    ),
    c(
        "health-paste-c-it",
        "paste",
        """
Translate into English:

Gentile paziente, le ricordiamo che lo studio resterà chiuso per ferie per due settimane a partire dal {{date:uk}}. Per le urgenze odontoiatriche può rivolgersi al servizio di guardia medica. Le prenotazioni online restano attive.
""",
    ),
    c(
        "insurance-paste-c-nl",
        "paste",
        """
Summarise in English:

Uw autoverzekering wordt per {{date:uk}} verlengd. De premie stijgt met 4% naar {{price:35-120}} per maand door hogere schadekosten. Uw eigen risico blijft {{price:150-500}}. Wilt u de dekking wijzigen, dan kan dat tot 30 dagen na de verlengingsdatum.
""",
        cur="€",
    ),
    c(
        "gym-paste-c-sv",
        "paste",
        """
Translate into English:

Från och med måndag har gymmet nya öppettider: vardagar 06.00-22.00 och helger 08.00-18.00. Spinningpassen flyttas till sal B. Glöm inte att boka pass i appen senast två timmar innan.
""",
    ),
    # --- voice ---------------------------------------------------------------------------
    c(
        "farm-voice-c1",
        "voice",
        """
remind me to order forty bags of ewe nuts and chase the invoice from the feed merchant it was {{invoice}} and they still havent sent the credit note
""",
    ),
    c(
        "gym-voice-c1",
        "voice",
        """
add chain lube inner tubes and two bottles of electrolyte to the shopping list and bill me for the club subs will do it tonight
""",
    ),
    c(
        "property-voice-c1",
        "voice",
        """
set up a meeting with the plumbing contractor next tuesday at ten about the boiler in flat two b and mark it as urgent
""",
    ),
    c(
        "energy-notes-c2",
        "notes",
        """
Runbook: smart-meter comms outage triage (v{{n:3-7}})

1. Check the head-end dashboard (Grafana board "HES overview"). If more than 2% of meters in a
   region have missed two reads, open a P2 ticket in the OPS queue.
2. Confirm whether the outage is on our side: compare with the DCC service status page and
   the comms-hub heartbeat graph. Heartbeats arrive every 1800 s.
3. If only SMETS1 meters are affected, page the SMETS1 adapter team; otherwise the platform
   on-call.
4. Do not trigger estimated reads until the outage is older than 48 hours; VEE rules
   (profile class 1 and 2) apply after that.
5. Customer comms: use template OUT-{{n:10-40}}. Never promise a restoration time before the
   network operator confirms one.
6. After recovery, re-request missing half-hourly reads for the affected window (batch job
   backfill-reads, max 5,000 meters per run, port {{port}}).
7. Write up the incident within 5 working days; attach the Gantt chart of the recovery and
   the read-completeness figures (target 98.5%).

Escalation matrix: shift lead, then head of metering ops, then duty director.
Last reviewed {{date:long}}; next review due in six months.
""",
    ),
]
