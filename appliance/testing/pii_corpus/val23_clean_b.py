"""val23 clean templates, part B (no personal data, many decoys): markdown_table, html, xml,
yaml, code, log, git, diff, stacktrace, slack, jira, bibliography, ics, vcard, paste, voice."""

from __future__ import annotations

from appliance.testing.pii_corpus.val23_gen import T

TEMPLATES = [
    # ---------------------------------------------------------------- markdown_table
    T(
        "c.md.sla",
        "markdown_table",
        "it",
        """
| Priority | Response | Resolution | Example |
|---|---|---|---|
| P1 | 15 min | 4h | {d:software} down for all users |
| P2 | 1h | 1 day | VPN client {d:vversion} failing for one site |
| P3 | 4h | 5 days | Printer jam, asset {d:serial} |
""",
    ),
    T(
        "c.md.fares",
        "markdown_table",
        "airline",
        """
| Fare | Bag | Change fee | Seat | Price |
|------|-----|-----------|------|-------|
| Light | none | not allowed | {d:price} | {d:price} |
| Classic | 23 kg | {d:price} | free | {d:price} |
| Flex | 2 x 23 kg | free | free | {d:price} |
""",
    ),
    T(
        "c.md.benchmark",
        "markdown_table",
        "software",
        """
| Build | Commit | p95 latency | Memory | Notes |
|:--|:--|--:|--:|:--|
| {d:build} | {d:hash} | {d:ms} | {d:size} | baseline |
| {d:build} | {d:hash} | {d:ms} | {d:size} | Levenshtein distance cache |
| {d:build} | {d:hash} | {d:ms} | {d:size} | Boolean flag refactor |
""",
    ),
    # ---------------------------------------------------------------- html
    T(
        "c.html.menu",
        "html",
        "hotel",
        """
<section class="menu">
  <h2>Room service</h2>
  <ul>
    <li>Caesar salad – {d:price}</li>
    <li>Eggs Benedict – {d:price}</li>
    <li>Margherita pizza – {d:price}</li>
    <li>Peach Melba – {d:price}</li>
  </ul>
  <p>Orders after {d:time} carry a {d:pct} service charge. Dial 0 from your room.</p>
</section>
""",
    ),
    T(
        "c.html.course",
        "html",
        "university",
        """
<div class="course">
  <h1>{d:module}: Statistical Methods</h1>
  <p>Topics: Bayesian priors, the Kaplan-Meier curve, Euclidean distance and clustering.</p>
  <p>Assessment: 40% coursework (due {d:date}), 60% exam ({d:month}).</p>
  <a href="https://vle.saltmarsh.ac.uk/course/view.php?id={d:qty}">Course page</a>
</div>
""",
    ),
    T(
        "c.html.status",
        "html",
        "telecom",
        """
<div class="status-banner warning">
  <strong>Service notice:</strong> Some customers may see slower broadband speeds between {d:between} on {d:day} while we upgrade equipment (ref {d:ref}). Mobile services are not affected.
</div>
""",
    ),
    # ---------------------------------------------------------------- xml
    T(
        "c.xml.invoice",
        "xml",
        "logistics",
        """
<Invoice>
  <ID>{d:invoice}</ID>
  <IssueDate>{d:dateiso}</IssueDate>
  <OrderReference>{d:order}</OrderReference>
  <InvoiceLine><Item sku="{d:sku}">Pallet wrap 500mm</Item><Quantity>{d:qty}</Quantity><Price>{d:price}</Price></InvoiceLine>
  <InvoiceLine><Item sku="{d:sku}">Corner boards</Item><Quantity>{d:qty}</Quantity><Price>{d:price}</Price></InvoiceLine>
  <PayableAmount currency="EUR">{d:amount}.00</PayableAmount>
</Invoice>
""",
    ),
    T(
        "c.xml.pom",
        "xml",
        "software",
        """
<dependency>
  <groupId>org.apache.kafka</groupId>
  <artifactId>kafka-clients</artifactId>
  <version>{d:version}</version>
</dependency>
<dependency>
  <groupId>com.fasterxml.jackson.core</groupId>
  <artifactId>jackson-databind</artifactId>
  <version>{d:version}</version>
</dependency>
""",
    ),
    T(
        "c.xml.fare_rules",
        "xml",
        "airline",
        """
<FareRule code="{d:booking}">
  <Cabin>Y</Cabin>
  <Refundable>false</Refundable>
  <ChangeFee currency="GBP">{d:qty}.00</ChangeFee>
  <ValidFrom>{d:dateiso}</ValidFrom>
  <Equipment>{d:aircraft}</Equipment>
</FareRule>
""",
    ),
    # ---------------------------------------------------------------- yaml
    T(
        "c.yaml.deploy",
        "yaml",
        "software",
        """
apiVersion: apps/v1
kind: Deployment
metadata:
  name: checkout-api
spec:
  replicas: 3
  template:
    spec:
      containers:
        - name: api
          image: registry.corvid.dev/checkout-api:{d:version}
          ports:
            - containerPort: {d:port}
          env:
            - name: FEATURE_GRACE_PERIOD_DAYS
              value: "14"
""",
    ),
    T(
        "c.yaml.alerts",
        "yaml",
        "it",
        """
groups:
  - name: edge
    rules:
      - alert: HighErrorRate
        expr: rate(http_requests_total{code=~"5.."}[5m]) > 0.05
        for: 10m
        labels: {severity: page, team: platform}
        annotations:
          runbook: "{d:ref}"
""",
    ),
    T(
        "c.yaml.season",
        "yaml",
        "sports",
        """
season: {d:year}
divisions:
  - name: Veterans XI
    teams: 10
    match_fee: "{d:price}"
  - name: Under-14s
    teams: 12
    match_fee: "{d:price}"
kit_colours: ["{d:hex}", "{d:hex}"]
registration_deadline: {d:dateiso}
""",
    ),
    # ---------------------------------------------------------------- code
    T(
        "c.code.py_luhn",
        "code",
        "bank",
        """
def luhn_ok(number: str) -> bool:
    \"\"\"Card check digit, e.g. for the test PAN in docs.\"\"\"
    digits = [int(d) for d in number if d.isdigit()]
    checksum = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        checksum += d
    return checksum % 10 == 0
# why does this fail for 15-digit numbers? ({d:ticket})
""",
    ),
    T(
        "c.code.sql_revenue",
        "code",
        "hotel",
        """
SELECT property_code,
       DATE_TRUNC('month', stay_date) AS month,
       SUM(room_revenue) / NULLIF(SUM(rooms_sold), 0) AS adr
FROM fact_stays
WHERE stay_date >= DATE '{d:dateiso}'
GROUP BY 1, 2
ORDER BY 1, 2;
-- ADR looks {d:pct} too high for HLH-{d:qty}, can you spot why?
""",
    ),
    T(
        "c.code.go_retry",
        "code",
        "software",
        """
func withRetry(ctx context.Context, attempts int, fn func() error) error {
	var err error
	for i := 0; i < attempts; i++ {
		if err = fn(); err == nil {
			return nil
		}
		time.Sleep(time.Duration(1<<i) * 100 * time.Millisecond)
	}
	return fmt.Errorf("after %d attempts: %w", attempts, err)
}
// TODO({d:ticket}): add jitter, see Fibonacci backoff discussion
""",
    ),
    T(
        "c.code.js_dijkstra",
        "code",
        "logistics",
        """
// shortest path between depots; weights are minutes
function dijkstra(graph, source) {
  const dist = new Map([[source, 0]]);
  const queue = new MinHeap([[0, source]]);
  while (queue.size) {
    const [d, node] = queue.pop();
    for (const [next, w] of graph.get(node) ?? []) {
      if (d + w < (dist.get(next) ?? Infinity)) { dist.set(next, d + w); queue.push([d + w, next]); }
    }
  }
  return dist;
}
""",
    ),
    T(
        "c.code.sql_exam",
        "code",
        "university",
        """
-- marks below the compensation threshold, per module
SELECT module_code, COUNT(*) AS candidates
FROM marks
WHERE mark BETWEEN 35 AND 39
  AND sitting = '{d:month} {d:year}'
GROUP BY module_code
HAVING COUNT(*) > 5;
""",
    ),
    # ---------------------------------------------------------------- log
    T(
        "c.log.nginx",
        "log",
        "it",
        """
{d:ts} [error] {d:pid}#0: *{d:qty} upstream timed out (110: Connection timed out) while reading response header from upstream, upstream: "http://backend:{d:port}/api/v2/orders"
{d:ts} [warn] {d:pid}#0: *{d:qty} an upstream response is buffered to a temporary file
{d:ts} [notice] {d:pid}#0: signal process started
""",
    ),
    T(
        "c.log.worker",
        "log",
        "software",
        """
{d:ts} INFO  worker[{d:pid}] job=invoice.render id={d:uuid} took={d:ms}
{d:ts} WARN  worker[{d:pid}] job=email.send retry=2 err={d:errcode}
{d:ts} INFO  worker[{d:pid}] job=report.daily rows={d:qty} size={d:size}
""",
    ),
    T(
        "c.log.scanner",
        "log",
        "logistics",
        """
{d:time} SCAN {d:tracking} ARRIVED HUB-{d:qty}
{d:time} SCAN {d:tracking} SORTED LANE 14
{d:time} SCAN {d:tracking} EXCEPTION: label unreadable, manual key required
{d:time} SCAN {d:tracking} OUT FOR DELIVERY
""",
    ),
    T(
        "c.log.ci",
        "log",
        "software",
        """
#{d:qty} [build 3/7] RUN pip install -r requirements.txt
#{d:qty} DONE {d:secs}
#{d:qty} [test 5/7] RUN pytest -q
#{d:qty} 412 passed, 3 skipped, 1 failed in {d:secs}
#{d:qty} ERROR: failed to solve: process did not complete successfully: exit code: 1
""",
    ),
    # ---------------------------------------------------------------- git
    T(
        "c.git.oneline",
        "git",
        "software",
        """
$ git log --oneline -6
{d:hash} (HEAD -> main, origin/main) Merge pull request #{d:pr} from release/{d:version}
{d:hash} Bump kafka-clients to {d:version}
{d:hash} Fix grace period calculation for annual plans
{d:hash} Add Levenshtein distance to fuzzy search
{d:hash} Revert "Use Gaussian blur for thumbnails"
{d:hash} Mark flaky payments test as xfail ({d:ticket})
""",
    ),
    T(
        "c.git.conflict",
        "git",
        "software",
        """
$ git rebase origin/main
Auto-merging billing/tax.py
CONFLICT (content): Merge conflict in billing/tax.py
error: could not apply {d:hash}... Use reverse charge for B2B invoices
hint: Resolve all conflicts manually, mark them as resolved with
hint: "git add/rm <conflicted_files>", then run "git rebase --continue".
What's the safest way to finish this?
""",
    ),
    T(
        "c.git.commit_msg",
        "git",
        "software",
        """
Write a better commit message for this change:

"fix stuff"

Changes: retry with exponential backoff in the webhook sender (max 5 attempts), new metric webhook_retry_total, timeout raised from 5s to {d:secs}, closes {d:ticket}.
""",
    ),
    # ---------------------------------------------------------------- diff
    T(
        "c.diff.timeout",
        "diff",
        "software",
        """
--- a/config/settings.py
+++ b/config/settings.py
@@ -41,7 +41,7 @@
 DATABASE_POOL_SIZE = 20
-REQUEST_TIMEOUT_S = 5
+REQUEST_TIMEOUT_S = 15
 CACHE_TTL_S = 300
-FEATURE_FLAGS = {"new_checkout": False}
+FEATURE_FLAGS = {"new_checkout": True}
""",
    ),
    T(
        "c.diff.fares",
        "diff",
        "airline",
        """
@@ -3,5 +3,5 @@ fares:
   light:
-    price: {d:price}
+    price: {d:price}
     bag: none
   classic:
-    change_fee: {d:price}
+    change_fee: 0
""",
    ),
    T(
        "c.diff.readme",
        "diff",
        "software",
        """
 ## Running locally
-Requires Python 3.10 and Postgres 14.
+Requires Python 3.11 and PostgreSQL {d:version}.
+Set `PORT={d:port}` if the default clashes with Grafana.
 Run `make dev` and open the dashboard.
""",
    ),
    # ---------------------------------------------------------------- stacktrace
    T(
        "c.stack.python_key",
        "stacktrace",
        "software",
        """
Traceback (most recent call last):
  File "/srv/app/jobs/export.py", line 112, in run
    row["total"] = order["lines"][0]["unit_price"] * qty
KeyError: 'unit_price'
During handling of the above exception, another exception occurred:
  File "/srv/app/jobs/base.py", line 40, in wrapper
    raise JobFailed(job_id="{d:uuid}") from exc
jobs.base.JobFailed: job {d:uuid} failed after {d:secs}
""",
    ),
    T(
        "c.stack.java_npe",
        "stacktrace",
        "insurance",
        """
java.lang.NullPointerException: Cannot invoke "Policy.getExcess()" because "policy" is null
	at com.tallgrass.claims.ReserveCalculator.compute(ReserveCalculator.java:88)
	at com.tallgrass.claims.ClaimService.open(ClaimService.java:141)
	at com.tallgrass.api.ClaimController.create(ClaimController.java:52)
Request: POST /claims policy={d:policy} peril=storm
""",
    ),
    T(
        "c.stack.js_fetch",
        "stacktrace",
        "it",
        """
Uncaught (in promise) TypeError: Failed to fetch
    at loadDashboard (dashboard.js:214:19)
    at async init (main.js:12:3)
GET https://status.opsline.dev/api/incidents?since={d:dateiso} net::ERR_CONNECTION_RESET
""",
    ),
    # ---------------------------------------------------------------- slack
    T(
        "c.slack.deploy_bot",
        "slack",
        "software",
        """
[{d:time}] @release-bot: :rocket: checkout-api {d:vversion} deployed to production (build {d:build})
[{d:time}] @release-bot: :white_check_mark: smoke tests passed in {d:secs}
[{d:time}] @oncall: will do the canary analysis after lunch
""",
    ),
    T(
        "c.slack.channel_topic",
        "slack",
        "it",
        """
#help-desk topic: P1s → page @oncall | VPN client {d:vversion} is the only supported version | Printer asset tags start with SN | Mark tickets resolved only after the user confirms
""",
    ),
    T(
        "c.slack.standup",
        "slack",
        "software",
        """
standup thread {d:dateiso}
• yesterday: finished the Kafka consumer lag dashboard, reviewed #{d:pr}
• today: Dijkstra's algorithm benchmarks, then pairing on {d:ticket}
• blockers: staging DB is on {d:version}, prod on {d:version}
""",
    ),
    # ---------------------------------------------------------------- jira
    T(
        "c.jira.perf",
        "jira",
        "software",
        """
PLAT-{d:qty}: Search latency regression after {d:vversion}
Priority: High   Component: search   Labels: performance
Description: p95 rose from {d:ms} to {d:ms} after enabling Levenshtein distance matching. Flame graph attached ({d:size}).
Acceptance: p95 under 300 ms on the benchmark set.
""",
    ),
    T(
        "c.jira.content",
        "jira",
        "charity",
        """
COMMS-{d:qty}: Update donate page copy for the summer appeal
Description: swap hero image ({d:hex} overlay), change the ask ladder to {d:price} / {d:price} / {d:price}, and add the Gift Aid explainer. We hope to go live {d:day}.
""",
    ),
    T(
        "c.jira.hardware",
        "jira",
        "it",
        """
HELP-{d:qty}: Replace laptop battery
Asset: {d:serial} (Dell Latitude 5440)
Warranty until {d:dateiso}
Comment: battery health {d:pct}; part number {d:part} ordered.
""",
    ),
    # ---------------------------------------------------------------- bibliography
    T(
        "c.bib.corporate",
        "bibliography",
        "academic",
        """
World Health Organization ({d:year}) Global report on infection prevention and control. WHO Press. ISBN {d:isbn}.
Office for National Statistics ({d:year}) Labour market overview, {d:month}. Statistical bulletin.
Institute for Fiscal Studies ({d:year}) Green Budget. doi:{d:doi}
""",
    ),
    T(
        "c.bib.standards",
        "bibliography",
        "software",
        """
[1] IETF, "HTTP Semantics," RFC 9110, {d:year}.
[2] ISO, "Information security management systems," ISO/IEC 27001:{d:year}.
[3] NIST, "Digital Identity Guidelines," SP 800-63B, {d:year}. doi:{d:doi}
""",
    ),
    T(
        "c.bib.reports",
        "bibliography",
        "health",
        """
1. National Institute for Health and Care Excellence. Osteoarthritis in over 16s: diagnosis and management. NG226. {d:year}.
2. Alzheimer's Society. Dementia statistics hub. {d:year}.
3. Cochrane Oral Health Group. Fluoride varnishes for preventing dental caries. Cochrane Database Syst Rev. {d:year}. doi:{d:doi}
""",
    ),
    # ---------------------------------------------------------------- ics
    T(
        "c.ics.planning",
        "ics",
        "software",
        """
BEGIN:VCALENDAR
BEGIN:VEVENT
UID:{d:uuid}
SUMMARY:Sprint planning
DTSTART:{alt:20250310T090000Z|20251103T093000Z}
DURATION:PT2H
LOCATION:Room {d:room}
DESCRIPTION:Agenda in {d:ticket}. Bring estimates.
END:VEVENT
END:VCALENDAR
""",
    ),
    T(
        "c.ics.exam",
        "ics",
        "university",
        """
BEGIN:VEVENT
SUMMARY:{d:module} exam
DTSTART:{alt:20250512T093000|20250603T140000}
DTEND:{alt:20250512T123000|20250603T170000}
LOCATION:{d:building}
DESCRIPTION:Seat numbers posted 24h before. Calculators: Casio fx-83GT only.
END:VEVENT
""",
    ),
    T(
        "c.ics.maintenance",
        "ics",
        "it",
        """
BEGIN:VEVENT
SUMMARY:Maintenance window – {d:software} upgrade to {d:version}
DTSTART:{alt:20250405T220000Z|20251018T230000Z}
DTEND:{alt:20250406T020000Z|20251019T030000Z}
DESCRIPTION:Change {d:ref}. Read-only mode expected for {d:mins}.
END:VEVENT
""",
    ),
    # ---------------------------------------------------------------- vcard
    T(
        "c.vcard.room",
        "vcard",
        "university",
        """
BEGIN:VCARD
VERSION:4.0
KIND:location
FN:Seminar Room {d:room}
ORG:Saltmarsh University;Estates
NOTE:Capacity 30. Hybrid camera. Book via the room booking system.
END:VCARD
""",
    ),
    T(
        "c.vcard.template",
        "vcard",
        "software",
        """
Our vCard export template renders blank fields, why?
BEGIN:VCARD
VERSION:3.0
FN:{{ contact.display_name }}
TEL;TYPE=CELL:{{ contact.mobile }}
EMAIL:{{ contact.email }}
END:VCARD
""",
    ),
    # ---------------------------------------------------------------- paste
    T(
        "c.paste.es_return_policy",
        "paste",
        "hotel",
        """
Traduce al inglés:

"Política de cancelación: las reservas con tarifa flexible pueden cancelarse sin coste hasta las 18:00 del día anterior a la llegada. Las tarifas no reembolsables se cobran en el momento de la reserva ({d:price}). El desayuno se sirve de 07:00 a 10:30 en la planta baja."
""",
    ),
    T(
        "c.paste.de_maintenance",
        "paste",
        "it",
        """
Please summarise in English:

Wartungsfenster am {alt:Samstag|Sonntag} von 22:00 bis 02:00 Uhr: Die Datenbank wird auf Version {d:version} aktualisiert. Während dieser Zeit sind Buchungen nicht möglich. Ticket {d:inc} bleibt offen, bis alle Tests grün sind.
""",
    ),
    T(
        "c.paste.fr_return",
        "paste",
        "logistics",
        """
Translate to English:

Bonjour, le colis {d:tracking} est bloqué en douane depuis {alt:trois jours|une semaine|dix jours}. Il manque la facture commerciale ({d:invoice}) et le code SH {d:hs}. Merci de nous les envoyer avant vendredi pour éviter des frais de stockage de {d:price} par jour.
""",
    ),
    T(
        "c.paste.pt_policy",
        "paste",
        "insurance",
        """
Resuma em inglês:

A apólice {d:policy} cobre danos causados por tempestades, inundações e incêndios. O prazo de carência é de 30 dias. A franquia é de {d:price} por sinistro. Para abrir um sinistro, use o portal e informe o número da apólice.
""",
    ),
    T(
        "c.paste.it_terms",
        "paste",
        "telecom",
        """
Traduci in inglese:

"L'offerta include 100 GB al mese, minuti illimitati e roaming incluso. Il costo di attivazione è di {d:price}. In caso di recesso entro 30 giorni non è previsto alcun costo. Codice offerta: {d:sku}."
""",
    ),
    T(
        "c.paste.nl_roster",
        "paste",
        "sports",
        """
Vertaal naar het Engels:

Beste leden, de trainingen verhuizen vanaf {alt:maandag|dinsdag} naar het kunstgrasveld. De contributie voor het nieuwe seizoen is {d:price}. Betalen kan tot {d:dateiso}; daarna rekenen we administratiekosten.
""",
    ),
    T(
        "c.paste.pl_invoice",
        "paste",
        "bank",
        """
Przetłumacz na angielski:

Faktura {d:invoice} z dnia {d:dateiso} na kwotę {d:price} nie została jeszcze opłacona. Prosimy o wpłatę w terminie 7 dni. W razie pytań prosimy o kontakt przez formularz na stronie.
""",
    ),
    T(
        "c.paste.tr_schedule",
        "paste",
        "airline",
        """
Translate to English:

Değerli yolcumuz, {d:flight} sefer sayılı uçuşunuz teknik nedenlerle {alt:45 dakika|2 saat|90 dakika} rötarlıdır. Yeni kalkış saati {d:time}. Biniş kartınız geçerliliğini korumaktadır. Anlayışınız için teşekkür ederiz.
""",
    ),
    T(
        "c.paste.sv_notice",
        "paste",
        "university",
        """
Sammanfatta på engelska:

Tentamen i kursen {d:module} flyttas till {alt:onsdag|torsdag} den {d:dateiso} klockan 08:00 i sal {d:room}. Anmälan stänger tio dagar innan. Miniräknare är tillåten.
""",
    ),
    T(
        "c.paste.id_checkin",
        "paste",
        "hotel",
        """
Translate to English:

Check-in mulai pukul 14.00 dan check-out paling lambat pukul 12.00. Sarapan tersedia setiap hari dari pukul 06.30 sampai 10.00. Kode Wi-Fi ada di kartu kamar Anda. Nomor pemesanan: {d:booking}.
""",
    ),
    # ---------------------------------------------------------------- voice
    T(
        "c.voice.reminder",
        "voice",
        "it",
        """
remind me at four to restart the build server and mark the ticket as resolved if the tests pass
""",
    ),
    T(
        "c.voice.shopping",
        "voice",
        "health",
        """
add to the surgery order two boxes of nitrile gloves size medium and one box of lidocaine cartridges and we hope the delivery comes before friday
""",
    ),
    T(
        "c.voice.note",
        "voice",
        "journalism",
        """
note to self the council meeting moved to thursday at six the agenda item on bin collections is item seven check the budget figure of two point four million
""",
    ),
    T(
        "c.voice.search",
        "voice",
        "airline",
        """
find me flights next tuesday morning economy two adults one bag each under three hundred pounds
""",
    ),
    T(
        "c.voice.vi_note",
        "voice",
        "logistics",
        """
ghi chú kiểm tra lại mã vận đơn {d:tracking} giao trước thứ sáu nhớ gọi kho lúc chín giờ sáng
""",
    ),
]
