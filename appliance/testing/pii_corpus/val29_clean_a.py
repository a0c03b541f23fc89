"""val29 clean templates (no personal data, many decoys): bakeries, cocktail bars, type
foundries, motor trade and motorsport, software operations, teaching labs."""

from __future__ import annotations

from .val29_gen import T

TEMPLATES = [
    # ------------------------------------------------------------------ bakery
    T(
        "bak-c01",
        "chat",
        "bakery",
        """I need to scale our Pavlova recipe from 8 to 30 \
portions. Current: 6 egg whites, 330 g caster sugar, 2 tsp cornflour, 1 tsp white vinegar, \
300 ml double cream. Oven 120 °C for 75 min. How many 22 cm bases is that? Batch code \
{{lot}}, we hope to have it ready for the {{wd}} market.""",
    ),
    T(
        "bak-c02",
        "csv",
        "bakery",
        """Which of these overlap on the same oven?

sku,product,batch_size,oven,start,end
{{sku}},Madeleine (classic),{{n:48-240}},Deck 2,04:30,05:10
{{sku}},Charlotte russe 18cm,{{n:6-20}},none,05:00,07:30
{{sku}},Battenberg loaf,{{n:10-40}},Rack 1,05:15,06:40
{{sku}},Sachertorte 22cm,{{n:4-12}},Deck 1,06:00,07:10
{{sku}},Lamington tray,{{n:4-12}},Deck 2,05:00,05:35""",
    ),
    T(
        "bak-c03",
        "markdown_table",
        "bakery",
        """Can you turn this allergen matrix into a \
printable shelf card?

| Product | Gluten | Egg | Milk | Tree nuts | Sesame |
|---|---|---|---|---|---|
| Pavlova (individual) | - | Y | Y | - | - |
| Peach Melba tartlet | Y | Y | Y | almond | - |
| Bakewell slice | Y | Y | Y | almond | - |
| Anzac biscuit | Y | - | Y | - | - |
| Garibaldi biscuit | Y | Y | Y | - | - |""",
    ),
    T(
        "bak-c04",
        "log",
        "bakery",
        """Why did till 2 total differ from the card terminal \
yesterday?

{{ts}} POS-02 SALE {{ord}} Pavlova (ind.) x2 {{price:£}} card=****{{n:1000-9999}}
{{ts}} POS-02 SALE {{ord}} Madeleine box x1 {{price:£}} cash
{{ts}} POS-02 VOID {{ord}} reason=keyed twice
{{ts}} POS-02 REFUND {{ord}} Sachertorte slice {{price:£}} card=****{{n:1000-9999}}
{{ts}} POS-02 Z-REPORT total={{price:£}} txn={{n:80-240}}""",
    ),
    T(
        "bak-c05",
        "letter",
        "bakery",
        """Dear Sales Team,

Re: invoice {{inv}}

We ordered 40 x 16 kg bags of T55 flour at the contract price but were billed at the list \
price, a difference of {{price:£}}. Our customer reference is CUST-{{n:10000-99999}} and the \
delivery note was {{ord}}, signed for on {{date:long}}.

Please issue a credit note; we will hold payment until then. As agreed last year there is a \
30-day grace period on disputed lines, so no late fee should apply.

Yours faithfully,
Purchasing, Crumb & Crust Bakehouse""",
    ),
    T(
        "bak-c06",
        "yaml",
        "bakery",
        """catalogue:
  - sku: {{sku}}
    name: "Victoria sponge (8\\")"
    price_gbp: 18.50
    allergens: [gluten, egg, milk]
  - sku: {{sku}}
    name: "Black Forest gâteau"
    price_gbp: 24.00
    allergens: [gluten, egg, milk, kirsch]
  - sku: {{sku}}
    name: "Chelsea bun"
    price_gbp: 2.40
    allergens: [gluten, milk]
updated: {{date:iso}}""",
    ),
    # ------------------------------------------------------------------ cocktail
    T(
        "bar-c01",
        "chat",
        "cocktail",
        """What's the difference between a Tom Collins and a John \
Collins? Also give me specs for a Shirley Temple and a Rob Roy; the menus go to print on \
{{date:long}}.""",
    ),
    T(
        "bar-c02",
        "markdown_table",
        "cocktail",
        """Cost these out at a 22% pour cost target:

| Drink | Spec | Glass | Price |
|---|---|---|---|
| Negroni | 30/30/30, orange twist | rocks | {{price:£}} |
| Bloody Mary | 50 ml vodka, 120 ml mix | highball | {{price:£}} |
| Harvey Wallbanger | 45 ml vodka, 90 ml OJ, 15 ml Galliano | highball | {{price:£}} |
| Arnold Palmer (0%) | iced tea, lemonade | highball | {{price:£}} |""",
    ),
    T(
        "bar-c03",
        "transcript",
        "cocktail",
        """Bartending class, module 3, recording {{ref}}
Instructor: Right, shaken or stirred? Who knows the rule?
Student 1: Stir anything that's all spirits.
Instructor: Good. So the Sazerac?
Student 2: Stirred. And the Bellini is built, not shaken.
Instructor: Will do for now. Next week: the Rossini and the Bloody Mary bar.""",
    ),
    T(
        "bar-c04",
        "email",
        "cocktail",
        """Subject: Stocktake on {{wd}}

Team,

Stocktake starts at {{time}} sharp. Please count the back bar by SKU, not by bottle name: \
the Campari and Aperol have new codes ({{sku}}, {{sku}}). The delivery from the wine \
merchant (order {{ord}}, {{price:£}}) is due before lunch.

If the count is off by more than {{pct}} we redo it. Thanks all!

Bar management""",
    ),
    T(
        "bar-c05",
        "ics",
        "cocktail",
        """BEGIN:VCALENDAR
VERSION:2.0
BEGIN:VEVENT
UID:{{uuid}}
DTSTART:20250701T150000Z
DTEND:20250701T170000Z
SUMMARY:Supplier tasting - amaro and vermouth range
LOCATION:Upstairs bar
DESCRIPTION:Bring the Negroni and Manhattan glassware. Budget cap {{price:£}}.
END:VEVENT
END:VCALENDAR""",
    ),
    T(
        "bar-c06",
        "sms",
        "cocktail",
        """Juniper & Ash: happy hour is back! 2-for-1 Tom \
Collins and Paloma {{wd}}-Thursday 5-7pm. Book with code {{ref}}. Reply STOP to opt out""",
    ),
    # ------------------------------------------------------------------ type foundry
    T(
        "typ-c01",
        "code",
        "typefoundry",
        """Why does Safari ignore the second weight?

@font-face {
  font-family: "Bodoni Moda";
  src: url("/fonts/BodoniModa-Regular.woff2") format("woff2");
  font-weight: 400;
}
@font-face {
  font-family: "Bodoni Moda";
  src: url("/fonts/BodoniModa-Bold.woff2") format("woff2");
  font-weight: 700;
}
h1 { font-family: "Bodoni Moda", Garamond, serif; color: {{hex}}; }""",
    ),
    T(
        "typ-c02",
        "diff",
        "typefoundry",
        """Does this feature file change break kerning in \
Caslon Text?

--- a/features/kern.fea
+++ b/features/kern.fea
@@ -41,7 +41,8 @@ feature kern {
-    pos @T_UC @o_LC -80;
+    pos @T_UC @o_LC -65;
+    pos @V_UC @a_LC -40;
     pos [A Agrave Aacute] [V W] -90;
     enum pos f quoteright 30;""",
    ),
    T(
        "typ-c03",
        "bibliography",
        "typefoundry",
        """Format these references consistently:

International Organization for Standardization ({{year}}) ISO 9541-1: Information \
technology, Font information interchange. Geneva: ISO.
Adobe Systems ({{year}}) The Compact Font Format Specification, Technical Note #5176.
Unicode Consortium ({{year}}) The Unicode Standard, Version {{n:13-16}}.0. ISBN {{isbn}}.
Microsoft Typography ({{year}}) OpenType specification {{ver}}.""",
    ),
    T(
        "typ-c04",
        "email",
        "typefoundry",
        """Subject: Proof for job {{ord}}

Hello,

The second proof for the shop fascia is attached: Gill Sans Bold caps at 300 mm, gold leaf \
on {{hex}} ground. Please mark any changes directly on the PDF and send it back by \
{{wd}}; we will do the rest. Price as quoted, {{price:£}} inc. fitting.

The sign shop""",
    ),
    T(
        "typ-c05",
        "log",
        "typefoundry",
        """Build log, can you tell what broke?

[{{clock}}] fontmake -m Baskerville.designspace -o variable
[{{clock}}] INFO: Building master "Baskerville Display Regular"
[{{clock}}] WARNING: glyph 'Eng' has incompatible contours (master 2)
[{{clock}}] INFO: Compiling GPOS (kern, mark, mkmk)
[{{clock}}] ERROR: Baskerville[wght].ttf failed validation: 3 issues (build {{sha}})""",
    ),
    T(
        "typ-c06",
        "tsv",
        "typefoundry",
        """glyph\tadvance\tlsb\trsb
A\t{{n:600-700}}\t{{n:5-20}}\t{{n:5-20}}
B\t{{n:580-640}}\t{{n:60-90}}\t{{n:30-50}}
C\t{{n:620-680}}\t{{n:40-60}}\t{{n:40-60}}
ampersand\t{{n:700-780}}\t{{n:30-50}}\t{{n:20-40}}

Spot the sidebearing outliers in this Didot revival.""",
    ),
    # ------------------------------------------------------------------ motor
    T(
        "mot-c01",
        "json",
        "motor",
        """Which of these have been in stock longest?

[{"stock_no": "{{n:10000-99999}}", "make": "Porsche", "model": "911 Carrera", "year": 2021, \
"mileage": {{n:5000-40000}}, "price": "{{price:£}}", "arrived": "{{date:iso}}"},
 {"stock_no": "{{n:10000-99999}}", "make": "Ferrari", "model": "Roma", "year": 2022, \
"mileage": {{n:2000-20000}}, "price": "{{price:£}}", "arrived": "{{date:iso}}"},
 {"stock_no": "{{n:10000-99999}}", "make": "Ford", "model": "Transit Custom", "year": 2020, \
"mileage": {{n:30000-90000}}, "price": "{{price:£}}", "arrived": "{{date:iso}}"}]""",
    ),
    T(
        "mot-c02",
        "csv",
        "motor",
        """service_code,description,interval_miles,labour_h,parts_gbp
S-{{n:100-999}},Oil and filter (Mercedes-AMG),10000,1.0,{{n:60-140}}
S-{{n:100-999}},Brake fluid,20000,0.8,{{n:15-40}}
S-{{n:100-999}},Spark plugs (Lamborghini V10),30000,3.5,{{n:200-480}}
S-{{n:100-999}},Cambelt kit (Ford EcoBoost),60000,4.2,{{n:150-320}}

Turn this into a menu-priced service plan.""",
    ),
    T(
        "mot-c03",
        "jira",
        "motor",
        """WS-{{n:100-999}}: Diagnostic tablet loses connection on \
bay 3
Reporter: workshop-kiosk
Priority: Medium
Description: The McLaren diagnostic tablet drops Wi-Fi every time the ramp is raised. \
Firmware {{ver}}. Happens on bay 3 only; bays 1-2 fine.
Comment: Will do a site survey on {{wd}}; suspect the steel lift is shadowing the access \
point.""",
    ),
    T(
        "mot-c04",
        "notes",
        "motor",
        """Race strategy notes, round 6
- Stint 1: mediums, target lap {{n:1-2}}:{{n:10-59}}.4, box lap {{n:18-24}}
- Safety car window laps 25-32; pit if gap > 22 s
- Tyre blankets at 80 °C, pressures 23.5/22.0 psi
- Weather radar: rain probability {{pct}} after {{time}}
- Backup car chassis {{part}} ready in garage 2""",
    ),
    T(
        "mot-c05",
        "voice",
        "motor",
        """parts order for the workshop please two front pads for \
the porsche macan one oil filter for the ford transit part number {{part}} and a set of \
wiper blades mark it urgent we need them by {{wd.low}}""",
    ),
    T(
        "mot-c06",
        "form",
        "motor",
        """PRE-DELIVERY INSPECTION
Stock no.: {{n:10000-99999}}    Model: Lamborghini Urus
VIN: ZPBUA1ZL{{n:1000000-9999999}}KLA
Tyre tread (mm): FL {{n:6-8}}.0  FR {{n:6-8}}.0  RL {{n:6-8}}.0  RR {{n:6-8}}.0
Software version: {{ver}}
Paint defects: none / minor / major
Valet completed: yes
Inspector initials: ____""",
    ),
    # ------------------------------------------------------------------ software ops
    T(
        "ops-c01",
        "yaml",
        "softwareops",
        """Review this Kafka config for a 3-broker cluster:

broker:
  num.partitions: 12
  default.replication.factor: 3
  min.insync.replicas: 2
  log.retention.hours: {{n:24-336}}
  zookeeper.connect: zk-0.kafka.svc:2181,zk-1.kafka.svc:2181
listeners: PLAINTEXT://0.0.0.0:{{port}}
jmx_exporter:
  port: {{port}}""",
    ),
    T(
        "ops-c02",
        "log",
        "softwareops",
        """Jenkins keeps failing on this stage, any idea?

[Pipeline] stage (Build)
[Pipeline] sh
+ ./gradlew assemble --no-daemon
> Task :app:compileJava FAILED
error: cannot find symbol Cassandra.Session (version {{ver}})
[Pipeline] }
Finished: FAILURE (build #{{n:1000-9999}}, {{dur}}, commit {{sha}})""",
    ),
    T(
        "ops-c03",
        "json",
        "softwareops",
        """{"alert": "HighDiskUsage", "source": "Grafana", \
"severity": "warning", "labels": {"cluster": "hadoop-prod", "node": "dn-07", "mount": \
"/data"}, "value": {{n:85-99}}.{{n:0-9}}, "threshold": 85, "dashboard": \
"https://grafana.tidewave.io/d/{{sha}}/hdfs", "starts_at": "{{ts}}"}

Write a runbook step for this alert.""",
    ),
    T(
        "ops-c04",
        "stacktrace",
        "softwareops",
        """Exception in thread "main" \
java.lang.IllegalStateException: Kalman filter diverged after {{n:100-900}} steps
    at io.tidewave.tracking.KalmanFilter.update(KalmanFilter.java:{{n:40-300}})
    at io.tidewave.tracking.Pipeline.run(Pipeline.java:{{n:20-120}})
    at io.tidewave.Main.main(Main.java:18)
Caused by: java.lang.ArithmeticException: matrix not positive definite (det={{n:1-9}}e-17)

Is this numerical instability or a bug in our covariance update?""",
    ),
    T(
        "ops-c05",
        "git",
        "softwareops",
        """git log --oneline -6
{{sha}} (HEAD -> main) Bump grafana/grafana from {{ver}} to {{ver}}
{{sha}} Use Dijkstra's algorithm for service dependency ordering
{{sha}} Fix Hadoop balancer threshold (closes #{{n:100-999}})
{{sha}} Add Julia and Ada syntax to the log viewer
{{sha}} Merge pull request #{{n:100-999}} from release/{{ver}}
{{sha}} Revert "Enable Cassandra speculative retry"

Summarise what changed for the changelog.""",
    ),
    T(
        "ops-c06",
        "code",
        "softwareops",
        """Is this Dijkstra implementation correct for graphs \
with zero-weight edges?

import heapq

def dijkstra(graph, source):
    dist = {source: 0}
    heap = [(0, source)]
    while heap:
        d, node = heapq.heappop(heap)
        if d > dist.get(node, float("inf")):
            continue
        for nxt, w in graph[node]:
            nd = d + w
            if nd < dist.get(nxt, float("inf")):
                dist[nxt] = nd
                heapq.heappush(heap, (nd, nxt))
    return dist""",
    ),
    T(
        "ops-c07",
        "slack",
        "softwareops",
        """#deploys
deploy-bot  14:02  :rocket: kafka-connect {{ver}} rolling out to prod (3/12 pods)
deploy-bot  14:09  :white_check_mark: rollout complete, error rate {{pct}}
grafana-alerts  14:15  [FIRING] ConsumerLag > 10000 on orders-v2
deploy-bot  14:16  :rewind: auto-rollback triggered (build {{sha}})
grafana-alerts  14:31  [RESOLVED] ConsumerLag""",
    ),
    T(
        "ops-c08",
        "diff",
        "softwareops",
        """--- a/helm/values-prod.yaml
+++ b/helm/values-prod.yaml
@@ -8,7 +8,7 @@ cassandra:
   replicas: 6
-  heapSize: 8G
+  heapSize: 12G
   image:
-    tag: "{{ver}}"
+    tag: "{{ver}}"

Will this need a rolling restart?""",
    ),
    T(
        "ops-c09",
        "toolcall",
        "softwareops",
        """scale_deployment(namespace="streaming", \
name="kafka-consumer-invoices", replicas={{n:3-24}}, reason="lag spike after {{ver}} \
release", dry_run=true)""",
    ),
    # ------------------------------------------------------------------ teaching labs
    T(
        "lab-c01",
        "minutes",
        "labteaching",
        """Minutes - Physics Teaching Lab meeting, \
{{date:long}}
Present: lab manager, two technicians, module leads for Year 1 and Year 2
1. Geiger counters: 2 of 8 failing calibration; order replacements (budget {{price:£}}).
2. The newton meters in Lab {{room}} read 0.2 N high; recalibrate before {{wd}}.
3. Liquid nitrogen dewar inspection due {{date:long}}.
Actions: technicians to update the kelvin-scale posters.""",
    ),
    T(
        "lab-c02",
        "tsv",
        "labteaching",
        """time_s\ttemp_K\tfield_T
0\t{{n:290-300}}.1\t0.000
30\t{{n:280-289}}.4\t0.012
60\t{{n:260-279}}.9\t0.025
90\t{{n:240-259}}.2\t0.037

Plot temperature against field and estimate the slope.""",
    ),
    T(
        "lab-c03",
        "notes",
        "labteaching",
        """Prep list for {{wd}} (Year 12 titration)
- 24 x 250 ml Erlenmeyer flasks, 24 burettes, 12 Bunsen burners (backup only)
- 0.100 M NaOH, 5 L; phenolphthalein, 2 bottles
- Petri dishes for the Biology overflow, batch {{lot}}
- Check fume cupboard airflow > 0.5 m/s""",
    ),
    T(
        "lab-c04",
        "email",
        "labteaching",
        """Subject: Lab closures this week

Dear all,

Lab {{room}} is closed on {{wd}} for the annual gas safety check. The Bunsen burner \
practicals move to Lab {{room}} at the same times. The Van de Graaff generator is also out \
for repair until {{date:long}}.

We hope this causes minimal disruption.

Teaching Labs Office""",
    ),
    T(
        "lab-c05",
        "chat",
        "labteaching",
        """Explain to 14-year-olds why a Bunsen burner flame \
turns blue when the air hole is opened, and why the Erlenmeyer flask has a narrow neck. Keep \
it under 150 words.""",
    ),
    T(
        "lab-c06",
        "xml",
        "labteaching",
        """<inventory lab="{{room}}" updated="{{date:iso}}">
  <item code="{{sku}}" qty="{{n:4-30}}">Geiger-Müller tube, end-window</item>
  <item code="{{sku}}" qty="{{n:4-30}}">Newton meter 10 N</item>
  <item code="{{sku}}" qty="{{n:4-30}}">Liebig condenser 300 mm</item>
  <item code="{{sku}}" qty="{{n:4-30}}">Büchner funnel 90 mm</item>
</inventory>

Which items are below the reorder level of 10?""",
    ),
]
