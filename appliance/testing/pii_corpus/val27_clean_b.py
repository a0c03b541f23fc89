"""val27 clean templates, part B (no personal data, many decoys): json, toolcall, csv, tsv,
markdown_table, html, xml, yaml, code, log, git, diff, stacktrace, slack, jira, bibliography,
ics."""

TEMPLATES = r"""
=== cb-json-01 | json | host
Is this availability response valid JSON?
{"listing_id": "«uuid»", "name": "Shepherd's Hut «n:2»", "available": ["«date»", "«date2»"], "price_per_night": "«price»", "min_nights": 2, "pets": false}
=== cb-json-02 | json | zoo
{"enclosure": "Savanna House", "animals": [{"name": "Gerald", "species": "giraffe", "weight_kg": 1180}, {"name": "Mabel", "species": "giraffe", "weight_kg": 830}], "last_vet_check": "«date»", "keeper_team": "Hoofstock"}
Write this up as a visitor sign.
=== cb-json-03 | json | tickets
{"fixture_id": «n:6», "home": "Eastfield Rovers", "away": "Harbour Athletic", "kickoff": "«date» «time»", "stands": {"Sir Tom Finney Stand": "sold out", "North Bank": «n:3»}, "price_band": "B"}
Summarise availability for the newsletter.
=== cb-json-04 | json | crypto
Explain these fields:
{"pair": "ETH/EUR", "side": "sell", "qty": "3.25", "price": "2841.10", "fee_bps": 15, "order_id": "«uuid»", "status": "filled", "ts": "«date»T«time»:00Z"}
=== cb-json-05 | json | solar
{"device": "Zappi v2.1", "serial": "«part»", "firmware": "«ver»", "mode": "ECO+", "session_kwh": 23.4, "grid_import_kwh": 1.2, "charger_id": "«tkt»"}
Why would the car charge from the grid in ECO+ mode?
=== cb-tool-01 | toolcall | optic
Call: check_stock({"sku": "«sku»", "store": "FocalPoint High St", "qty": 2})
Result: {"in_stock": true, "eta": null}
Write a one-line reply to the customer.
=== cb-tool-02 | toolcall | dc
{"name": "scale_cluster", "arguments": {"cluster": "knuth-prod", "nodes": 12, "instance_type": "m7i.2xlarge", "reason": "Black Friday load test", "ticket": "«tkt»"}}
Is 12 nodes enough for «pct» headroom?
=== cb-tool-03 | toolcall | print
tool: quote_print_job
input: {"product": "PVC banner", "width_mm": 3000, "height_mm": 1000, "qty": 2, "eyelets": true, "colour": "«hex»"}
output: {"price": "«price»", "lead_time_days": 3}
=== cb-tool-04 | toolcall | pest
schedule_visit(job="«tkt»", service="wasp nest", window="«date» AM", technician_id="T-«n:3»", van="Ford Transit «n:2»")
=== cb-tool-05 | toolcall | books
search_catalogue(query="Jane Eyre", format="large print") -> [{"isbn": "«isbn»", "copies": 3}, {"isbn": "«isbn»", "copies": 0}]
Tell the reader which copy is available.
=== cb-csv-01 | csv | print
sku,product,stock,gsm,price
«sku»,A5 flyer silk,12000,350,«price»
«sku»,A4 poster gloss,4300,170,«price»
«sku»,Business card matt,25000,400,«price»
Which product is lowest in stock?
=== cb-csv-02 | csv | fire
appliance,type,station,last_service,mileage
23P1,Scania P280,23,«date»,«n:5»
23P5,Volvo FL,23,«date2»,«n:5»
41R1,Land Rover Defender,41,«date3»,«n:5»
=== cb-csv-03 | csv | tickets
block,row,seats,price_band,status
«n:3»,A,1-24,B,sold
«n:3»,K,5-18,C,available
«n:3»,Z,1-30,A,held
=== cb-csv-04 | csv | dc
host,rack,cpu,ram_gb,os
turing-07,B14,EPYC 9354,512,Ubuntu 22.04
lovelace-02,B14,Xeon Gold 6430,256,Rocky 9.3
gauss-01,C02,EPYC 7443,128,Debian 12
=== cb-tsv-01 | tsv | stable
Horse	Breed	Age	Feed
Biscuit	Welsh Cob	14	2 scoops
Mr Darcy	Irish Draught	9	1.5 scoops
Pickle	Shetland	22	handful
Duchess	Thoroughbred	7	3 scoops
=== cb-tsv-02 | tsv | solar
Panel	Watts	Efficiency	Price
JA Solar JAM54	430	22.0%	«price»
Aiko Neostar	450	23.3%	«price»
REC Alpha Pure-R	430	22.3%	«price»
=== cb-tsv-03 | tsv | union
Society	Members	Budget	Room
Chess	«n:2»	«price»	«room»
Film	«n:3»	«price»	«room»
Rowing	«n:2»	«price»	Boathouse
=== cb-md-01 | markdown_table | arts
| Ballet | Act | Cast size | Duration |
|---|---|---|---|
| Giselle | I & II | 24 | «dur» |
| Coppélia | I | 18 | «dur» |
| The Nutcracker | II | 30 | «dur» |
Turn this into a programme running order.
=== cb-md-02 | markdown_table | optic
| Lens | Material | Index | Price |
|---|---|---|---|
| Single vision | CR-39 | 1.50 | «price» |
| Varifocal | Polycarbonate | 1.59 | «price» |
| Thin & light | MR-8 | 1.67 | «price» |
=== cb-md-03 | markdown_table | coast
| Boat | Class | Station | Built |
|---|---|---|---|
| Spirit of the Fells | Shannon | North Cove | «yr» |
| ATB-«n:2» | Atlantic 85 | North Cove | «yr» |
=== cb-md-04 | markdown_table | crypto
| Rule | Threshold | Alerts («mon») |
|---|---|---|
| rapid_in_out | €10,000 / 24h | «n:3» |
| mixer_exposure | any | «n:2» |
| dormant_reactivation | 365 days | «n:2» |
=== cb-html-01 | html | host
<section class="amenities"><h2>Amenities</h2><ul><li>Hot tub (drained every «day»)</li><li>Wi-Fi, 100 Mbps</li><li>EV charger (7 kW)</li></ul><p>Check-in from 4pm. Booking ref «bk».</p></section>
=== cb-html-02 | html | music
<div class="event"><h3>La traviata</h3><p>Opera in three acts. Violetta, Alfredo and Germont. Sung in Italian with English surtitles.</p><p>«date», «time». Running time «dur».</p></div>
=== cb-html-03 | html | pest
<h1>Wasp nest removal</h1><p>From «price». Same-day service. We treat nests in lofts, sheds and eaves. Guaranteed for 30 days.</p><button style="background:«hex»">Book now</button>
=== cb-html-04 | html | books
<article><h2>Book of the month: Wuthering Heights</h2><p>Join us to discuss Heathcliff and Catherine. Copies at the desk, ISBN «isbn».</p></article>
=== cb-xml-01 | xml | fire
<appliance id="23P1"><make>Scania</make><model>P280</model><pump lpm="3000"/><lastService>«date»</lastService></appliance>
=== cb-xml-02 | xml | music
<score title="Requiem in D minor" catalogue="K. 626"><part name="Soprano" pages="48"/><part name="Alto" pages="48"/><edition publisher="Bärenreiter" sku="«sku»"/></score>
=== cb-xml-03 | xml | dc
<server name="noether-cache"><cpu>EPYC 7443</cpu><ram unit="GB">128</ram><port>«port»</port><uuid>«uuid»</uuid></server>
=== cb-yaml-01 | yaml | dc
service: booking-api
image: registry.internal/booking-api:«ver»
replicas: 3
resources:
  limits: {cpu: "2", memory: 4Gi}
env:
  - name: LOG_LEVEL
    value: info
  - name: PORT
    value: "«port»"
=== cb-yaml-02 | yaml | zoo
feeding:
  penguins: "«time»"
  sea_lions: "«time»"
  otters: "«time»"
talks:
  - title: Meet Winston the tiger
    where: Tiger Lodge
=== cb-yaml-03 | yaml | solar
install:
  job: «tkt»
  panels: 12
  inverter: Fronius Primo 4.0
  battery_kwh: 9.5
  scaffold_days: 2
=== cb-code-01 | code | dc
Explain this function:
def shortest_path(graph, src, dst):
    # Dijkstra's algorithm with a binary heap
    dist = {src: 0}
    heap = [(0, src)]
    ...
=== cb-code-02 | code | optic
// apply a Gaussian blur before edge detection on the retinal image
const kernel = gaussianKernel(5, 1.4);
const out = convolve(img, kernel); // build «hash»
Why does the output look shifted?
=== cb-code-03 | code | tickets
SELECT block, COUNT(*) AS sold
FROM tickets
WHERE fixture_id = «n:6» AND status = 'sold'
GROUP BY block
ORDER BY sold DESC;
Add the price band to this query.
=== cb-code-04 | code | crypto
func smooth(prices []float64) []float64 {
	// simple Kalman filter, q=0.01 r=0.1
	kf := NewKalman(0.01, 0.1)
	out := make([]float64, len(prices))
	for i, p := range prices {
		out[i] = kf.Update(p)
	}
	return out
}
Is this a correct Kalman filter?
=== cb-log-01 | log | dc
«date» «time» INFO  deploy booking-api «ver» to knuth-prod (3 replicas)
«date» «time» WARN  readiness probe failed on port «port» (attempt 2/5)
«date» «time» INFO  rollout complete in «ms»
=== cb-log-02 | log | solar
inverter «date» 06:00:01 boot fw «ver»
inverter «date» 12:30:11 pv_power=3.92kW grid=-1.20kW battery_soc=«pct»
inverter «date» 19:45:09 mode=discharge
=== cb-log-03 | log | tickets
«time» GET /api/fixtures/«n:6»/availability 200 «ms»
«time» POST /api/basket 201 «ms» items=2
«time» POST /api/checkout 402 «ms» reason=insufficient_funds
=== cb-git-01 | git | dc
«hash» Bump nginx to «ver»
«hash» Rename host hopper-11 to hopper-12
«hash» Fix Prometheus scrape interval
«hash» Merge pull request #«n:4» from ops/lovelace-retire
Write release notes.
=== cb-git-02 | git | arts
commit «hash»«hash»
Merge: «hash» «hash»
Date:   «date»

    Add Coppélia costume list and timetable v«ver»
=== cb-git-03 | git | union
«hash» (HEAD -> main) society page: add Rowing and Chess
«hash» fix broken link to room booking form
«hash» chore: bump eleventy to «ver»
=== cb-diff-01 | diff | dc
--- a/nginx.conf
+++ b/nginx.conf
@@ -4,3 +4,3 @@
-    listen «port»;
+    listen 8443 ssl;
     server_name booking.internal;
=== cb-diff-02 | diff | music
-Programme: Requiem in D minor, Mass in Time of War
+Programme: Requiem in D minor, Stabat Mater
 Venue: St Cecilia's Hall
 Start: «time»
=== cb-diff-03 | diff | host
-  "checkin": "15:00",
+  "checkin": "16:00",
   "checkout": "10:00",
-  "price": "«price»"
+  "price": "«price»"
=== cb-trace-01 | stacktrace | dc
Traceback (most recent call last):
  File "/srv/inventory/sync.py", line 51, in <module>
    main()
  File "/srv/inventory/sync.py", line 44, in main
    rack = racks[host]
KeyError: 'babbage-02'
=== cb-trace-02 | stacktrace | tickets
java.lang.NullPointerException: Cannot invoke "Seat.getBlock()" because "seat" is null
	at com.turnstile.seating.Allocator.allocate(Allocator.java:77)
	at com.turnstile.orders.Checkout.run(Checkout.java:58)
=== cb-trace-03 | stacktrace | crypto
panic: runtime error: index out of range [5] with length 5

goroutine 1 [running]:
main.parseCandles(...)
	/build/candles.go:88 +0x2a4
=== cb-slack-01 | slack | dc
[09:30] build-bot: deploy «build» succeeded (booking-api «ver»)
[09:31] @ops-oncall: thanks, will do the smoke tests
[09:40] jdoe42: lovelace-02 fans look fine now
=== cb-slack-02 | slack | zoo
#keepers
[08:12] feed-bot: penguin feed at «time», otters at «time»
[08:15] @hoofstock-team: Gerald ate well this morning 🦒
=== cb-slack-03 | slack | tickets
#box-office
[11:02] ticketing-bot: «n:3» tickets sold in the last hour
[11:05] @box-office-leads: we hope the new turnstiles are fixed by «day»
=== cb-jira-01 | jira | dc
OPS-«n:4»: Upgrade kernel on hopper hosts to «ver»
Automation for Jira commented: Change window approved for «date» «time».
svc-deploy commented: Rolled out to 12/12 hosts.
=== cb-jira-02 | jira | print
PRINT-«n:3»: Colour mismatch on banner job «ord»
Description: Pantone 186 C printed too orange. Target «hex». Reprint at our cost.
=== cb-jira-03 | jira | union
SU-«n:3»: Website — society pages load slowly
Comment: Images not compressed; total page weight «n:2» MB. We will do a fix in sprint «n:2».
=== cb-bib-01 | bibliography | optic
References
1. Royal College of Optometrists («yr»). Guidance for Professional Practice. London: RCO.
2. World Health Organization («yr»). World report on vision. Geneva: WHO. doi:«doi»
3. NICE («yr»). Hearing loss in adults: assessment and management (NG98).
=== cb-bib-02 | bibliography | books
Reading list (classics):
- Jane Eyre («yr» edition). Penguin Classics. ISBN «isbn»
- Wuthering Heights («yr» edition). Oxford World's Classics. ISBN «isbn»
- The Remains of the Day. Faber. ISBN «isbn»
=== cb-bib-03 | bibliography | forces
Sources
Imperial War Museum («yr»). Oral history collection, catalogue «n:5».
Ministry of Defence («yr»). Armed Forces Covenant annual report. doi:«doi»
=== cb-ics-01 | ics | music
BEGIN:VEVENT
SUMMARY:Dress rehearsal — The Magic Flute
DTSTART:«n:8»T183000
DTEND:«n:8»T220000
LOCATION:Main Stage
DESCRIPTION:Full costume. Orchestra call «time».
END:VEVENT
=== cb-ics-02 | ics | union
BEGIN:VEVENT
SUMMARY:Freshers' Fair
DTSTART:«n:8»T100000
LOCATION:Sports Hall
DESCRIPTION:Stall map v«ver». Bring extension leads.
END:VEVENT
=== cb-ics-03 | ics | optic
BEGIN:VCARD
VERSION:3.0
FN:FocalPoint Opticians
ORG:FocalPoint Opticians
URL:https://focalpoint-opticians.example
NOTE:Open Mon-Sat 9-5:30
END:VCARD
"""
