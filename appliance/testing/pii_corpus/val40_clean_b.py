"""val40 clean templates, part B (no personal data, full of decoys): HTML, XML, YAML, code,
logs, git, diffs, stack traces, Slack, Jira, bibliographies, calendar events, vCards,
pasted texts in eleven languages and dictation. The slot language is described in
`val40_gen`; clean templates use only decoy slots."""

from __future__ import annotations

from .val40_gen import parse_block

RAW = """
=== c-nursery-html-menu | html | nursery
<h2>Lunch menu – week {d:n}</h2>
<table><tr><th>Day</th><th>Main</th><th>Pudding</th></tr>
<tr><td>Monday</td><td>Shepherd's pie</td><td>Apple crumble</td></tr>
<tr><td>Tuesday</td><td>Veggie pasta bake</td><td>Pavlova</td></tr>
<tr><td>Wednesday</td><td>Fish fingers</td><td>Banana custard</td></tr></table>
Convert this to a parent-friendly text.

=== c-fashion-html-product | html | fashion
<div class="product">
 <h1>Versace Medusa silk scarf</h1>
 <span class="price">{d:price}</span>
 <p>Also from the season: the Gucci Jackie 1961 bag and the Prada Re-Nylon jacket.</p>
 <button data-sku="{d:sku}" style="background:{d:hex}">Add to bag</button>
</div>
Write alt text for the image and tighten the copy.

=== c-news-html-weather | html | news
<section class="weather">
<h3>Storm Éowyn: what we know</h3>
<p>An amber warning is in force from {d:time} on {d:weekday}. Gusts could reach 80 mph.</p>
<p>Forecasters say La Niña is unlikely to be a factor this time.</p>
</section>
Summarise this for the homepage ticker.

=== c-bank-xml-rates | xml | bank
<Rates date="{d:iso}">
  <Rate ccy="EUR" value="1.0821"/>
  <Rate ccy="GBP" value="1.2650"/>
  <Index name="Dow Jones" close="{d:amount}"/>
  <Index name="Nasdaq Composite" close="{d:amount2}"/>
</Rates>
Parse this into a table.

=== c-music-xml-score | xml | music
<score-partwise version="4.0">
  <work><work-title>Goldberg Variations, Aria</work-title></work>
  <part-list><score-part id="P1"><part-name>Rhodes Piano</part-name></score-part></part-list>
  <part id="P1"><measure number="1"><attributes><divisions>{d:n}</divisions></attributes>
  </measure></part>
</score-partwise>
Why won't this MusicXML open in the notation app?

=== c-transl-xml-xliff | xml | translation
<trans-unit id="{d:qty}">
  <source>Your grace period ends on {d:iso}.</source>
  <target xml:lang="de">Ihre Kulanzfrist endet am {d:iso}.</target>
</trans-unit>
<trans-unit id="{d:qty2}">
  <source>We hope to see you at the Darwin Lecture.</source>
  <target xml:lang="de">Wir hoffen, Sie bei der Darwin Lecture zu sehen.</target>
</trans-unit>
Check the German.

=== c-climate-yaml-pipeline | yaml | climate
pipeline:
  name: enso-nowcast
  schedule: "0 */6 * * *"
  model: ensemble-{d:ver}
  inputs: [sst_anomaly, wind_stress, oni_index]
  alerts:
    amber_threshold: 0.5
    red_threshold: 1.5
storm_names_file: storms_{d:year}.txt
Explain what this does.

=== c-games-yaml-build | yaml | games
build:
  version: "{d:ver}"
  target: [win64, linux, handheld]
  levels:
    - thornwick_keep
    - peppas_revenge
  npc_voice_bank: vo_{d:build}
  crash_reporter: enabled
Is the levels list in the right order for the loader?

=== c-uni-yaml-timetable | yaml | university
term: autumn
lectures:
  - title: Darwin Lecture
    venue: Wolfson Hall
    slot: "{d:weekday} {d:time}"
  - title: Rhodes Seminar in Economic History
    venue: Room {d:room}
    slot: "{d:weekday2} {d:time2}"
capacity_warning: {d:qty}
Check for clashes.

=== c-bank-code-sharpe | code | bank
def sharpe_ratio(returns, rf=0.0):
    excess = returns - rf
    return excess.mean() / excess.std(ddof=1)

# Why does this disagree with the Bloomberg terminal by about 0.1?
print(sharpe_ratio(daily_returns, rf=0.0002))

=== c-games-code-dijkstra | code | games
// NPC pathfinding: Dijkstra's algorithm is too slow on the big map, switch to A*?
function shortestPath(graph, start, goal) {
  const dist = new Map([[start, 0]]);
  const queue = new MinHeap();
  queue.push([0, start]);
  while (queue.size) {
    const [d, node] = queue.pop();
    if (node === goal) return d;
    for (const [next, w] of graph.get(node)) queue.push([d + w, next]);
  }
  return Infinity;
}

=== c-climate-code-kalman | code | climate
import numpy as np
from filterpy.kalman import KalmanFilter

kf = KalmanFilter(dim_x=2, dim_z=1)
kf.F = np.array([[1.0, 1.0], [0.0, 1.0]])
# apply a Gaussian blur to the SST grid first, sigma={d:n}
Why does the Kalman filter diverge after {d:qty} steps?

=== c-hosp-code-sql | code | hospital
-- count Crohn's and Hodgkin admissions per month
SELECT date_trunc('month', admitted_at) AS month,
       SUM(CASE WHEN dx_code LIKE 'K50%' THEN 1 ELSE 0 END) AS crohns,
       SUM(CASE WHEN dx_code LIKE 'C81%' THEN 1 ELSE 0 END) AS hodgkin
FROM episodes
WHERE admitted_at >= '{d:iso}'
GROUP BY 1 ORDER BY 1;

=== c-cars-code-go | code | cars
// price calculator: why does the Porsche surcharge apply twice?
func Quote(model string, days int) float64 {
\tbase := rates[model] * float64(days)
\tif strings.HasPrefix(model, "Porsche") {
\t\tbase *= 1.25
\t}
\treturn applySurcharge(base, model)
}

=== c-bridges-log-sensors | log | bridges
{d:ts} sensor-gw[{d:pid}]: piezometer P{d:n} reading 4.21 m (ok)
{d:ts2} sensor-gw[{d:pid}]: strain gauge G{d:n2} drift 0.3% (amber)
{d:ts3} sensor-gw[{d:pid}]: uplink latency {d:ms} ms
{d:ts4} sensor-gw[{d:pid}]: backup to s3://dam-telemetry/{d:year}/ complete
Anything worrying?

=== c-games-log-server | log | games
[{d:ts}] INFO  matchmaker: queue=ranked players={d:qty}
[{d:ts2}] WARN  shard-{d:n}: tick overrun {d:ms}ms (Thornwick Keep, wave 7)
[{d:ts3}] ERROR npc-ai: Grimbald path not found, falling back to Dijkstra
[{d:ts4}] INFO  deploy: build {d:build} live on port {d:port}

=== c-bank-log-batch | log | bank
{d:ts} batch=EOD job=interest-accrual status=OK records={d:amount}
{d:ts2} batch=EOD job=fx-revaluation status=WARN msg="Nasdaq feed late by {d:mins} min"
{d:ts3} batch=EOD job=statement-render status=OK pages={d:amount2}
{d:ts4} batch=EOD job=grace-period-sweep status=OK flagged=0
Summarise last night's batch.

=== c-hosp-log-hl7 | log | hospital
{d:ts} hl7-listener INFO ADT^A01 received msg_id={d:uuid}
{d:ts2} hl7-listener WARN PID-13 empty, telecom skipped
{d:ts3} hl7-listener INFO ORU^R01 Apgar observation stored (obs {d:qty})
{d:ts4} hl7-listener ERROR ack timeout after {d:ms} ms, retry 1/3

=== c-games-git-log | git | games
$ git log --oneline -5
{d:hash} fix Grimbald pathing near the waterfall
{d:hash2} bump engine to {d:ver}
{d:hash3} Peppa's Revenge: add a checkpoint before the boss
{d:hash4} localisation: German and Turkish strings
{d:hash5} Merge pull request #{d:pr} from feature/dijkstra-cache
Write patch notes for players.

=== c-bank-git-stat | git | bank
$ git show --stat {d:hash}
    risk: switch the Sharpe ratio to sample std; cite the Black-Scholes notes

 risk/sharpe.py        | 12 ++++++------
 risk/black_scholes.py |  4 ++--
 tests/test_sharpe.py  | 27 +++++++++++++++++++++++++++
 3 files changed, 37 insertions(+), 8 deletions(-)
Explain the change.

=== c-uni-git-tag | git | university
$ git tag -n3 timetable-{d:year}
timetable-{d:year}   Autumn timetable: Darwin Lecture moved to Wolfson Hall,
                     Rhodes Seminar split into two groups,
                     capacity checks for rooms over {d:qty} seats
Draft an announcement from this tag message.

=== c-bridges-diff-thresholds | diff | bridges
--- a/config/thresholds.yaml
+++ b/config/thresholds.yaml
@@ -2,5 +2,5 @@
 piezometer:
-  amber: 4.5
-  red: 5.0
+  amber: 4.2
+  red: 4.8
 strain_gauge:
   drift_pct: 0.5
Is the new amber threshold sensible for an embankment dam?

=== c-cosm-diff-formula | diff | cosmetics
--- a/formulas/spf50_{d:ver}.txt
+++ b/formulas/spf50_{d:ver2}.txt
@@ -4,4 +4,4 @@
 Aqua 62.0%
-Octocrylene 10.0%
+Octocrylene 7.0%
 Glycerin 5.0%
-Parfum (rose) 0.3%
+Parfum (jade tea) 0.2%
Does this change need a new stability test?

=== c-music-diff-programme | diff | music
--- a/programme.md
+++ b/programme.md
@@ -1,4 +1,4 @@
-1. Moonlight Sonata (complete)
+1. Moonlight Sonata, 1st movement
 2. Goldberg Variations, Aria
-3. Improvisation on the Hammond organ
+3. Improvisation on the Rhodes piano
 Interval: {d:mins} min

=== c-games-stack-unity | stacktrace | games
NullReferenceException: Object reference not set to an instance of an object
  at NpcController.UpdatePath () [0x0001a] in Assets/Scripts/NpcController.cs:{d:line}
  at Pathfinding.Dijkstra.Run (Graph g) [0x00042] in Assets/Scripts/Dijkstra.cs:{d:line2}
  at UnityEngine.Events.InvokableCall.Invoke () [0x00010]
What's null here?

=== c-climate-stack-py | stacktrace | climate
Traceback (most recent call last):
  File "nowcast.py", line {d:line}, in <module>
    kf.update(z)
  File "filterpy/kalman/kalman_filter.py", line {d:line2}, in update
    self.S = dot(H, PHT) + R
ValueError: operands could not be broadcast together with shapes (1,1) (2,2)

=== c-bank-stack-java | stacktrace | bank
java.lang.ArithmeticException: / by zero
\tat com.kestrel.risk.Sharpe.ratio(Sharpe.java:{d:line})
\tat com.kestrel.risk.Report.build(Report.java:{d:line2})
\tat com.kestrel.batch.Eod.run(Eod.java:{d:line3})
Could an empty returns series for fund {d:sku} cause this?

=== c-news-slack-desk | slack | news
[08:55] @newsbot: embargo lifts at {d:time} – Nobel Prize in Chemistry
[08:57] @subs-desk: style check: "Alzheimer's disease", not "alzheimers"
[09:01] @weather-desk: Storm Éowyn amber warning extended, copy updated
[09:02] @subs-desk: will do, thanks

=== c-cars-slack-fleet | slack | cars
#fleet-ops
[10:02] fleet-bot: due for service: Tesla Model Y ({d:stock}), Ford Transit ({d:stock2}), \
Citroën C5 ({d:stock3})
[10:05] @rental-desk: can we bill the damage on {d:stock2} to the corporate customer?
[10:06] @fleet-lead: yes, and bill me for the wiper blades, I broke them

=== c-hosp-slack-audit | slack | hospital
[14:20] @audit-team: Apgar audit at {d:pct}, ward {d:ward} still missing {d:n} forms
[14:22] @coding-lead: Crohn's vs ulcerative colitis coding guidance is pinned
[14:25] @audit-team: will chase, grace period till {d:weekday}; mark the forms as done
[14:26] @coding-lead: thanks, bed waits are sky-high today anyway

=== c-games-jira-bug | jira | games
GAME-{d:pr}: Grimbald dialogue plays twice after reload
Type: Bug   Priority: Minor   Fix version: {d:ver}
Steps: 1) Load a save in Thornwick Keep 2) Talk to Grimbald 3) Reload
Expected: the line plays once. Actual: it plays twice.
Comment: repro on build {d:build}.

=== c-energy-jira-maint | jira | energy
OPS-{d:pr}: Replace choke valve on well D-{d:n} (Johan Sverdrup)
Type: Task   Due: {d:date}
Parts: PN {d:part}, qty 2
Comment: permit PTW-{d:qty} approved; crane slot {d:time}.

=== c-fashion-jira-content | jira | fashion
SHOP-{d:pr}: Update the size guide for Calvin Klein and Tommy Hilfiger denim
Acceptance: waist/inseam table in cm and inches; alt text; banner colour {d:hex}
Comment: we hope to ship this before the summer campaign.

=== c-climate-bib-reports | bibliography | climate
IPCC (2021). Climate Change 2021: The Physical Science Basis. Working Group I.
WMO (2023). State of the Global Climate 2022. WMO-No. 1316.
NOAA Climate Prediction Center ({d:year}). ENSO: Recent Evolution, Current Status and \
Predictions.
Format these in Harvard style.

=== c-hosp-bib-guidelines | bibliography | hospital
[1] World Health Organization. Guidelines on basic newborn resuscitation. WHO; 2012.
[2] National Institute for Health and Care Excellence. Crohn's disease: management (NG129). 2019.
[3] Resuscitation Council. Adult basic life support guidelines. 2021.
Convert these to Vancouver style with an access date of {d:date}.

=== c-bank-bib-standards | bibliography | bank
Basel Committee on Banking Supervision (2017). Basel III: Finalising post-crisis reforms. BIS.
ISO (2020). ISO 13616-1: Financial services – International bank account number (IBAN).
IFRS Foundation (2014). IFRS 9 Financial Instruments.
List these in date order with one-line summaries.

=== c-uni-ics-lecture | ics | university
BEGIN:VEVENT
UID:{d:uuid}
SUMMARY:Darwin Lecture {d:year}
DTSTART:{d:icsdt}
DURATION:PT1H30M
LOCATION:Wolfson Hall\\, Lecture Theatre B
DESCRIPTION:Livestream and captions available. Doors open 30 min before.
END:VEVENT

=== c-church-ics-feast | ics | church
BEGIN:VEVENT
UID:{d:uuid}
SUMMARY:Feast of San Juan – evening procession
DTSTART:{d:icsdt}
LOCATION:St Mary's parish hall
DESCRIPTION:Stewards meet at 18:30. Bring a torch.
RRULE:FREQ=YEARLY
END:VEVENT

=== c-sport-ics-fixture | ics | sport
BEGIN:VEVENT
UID:{d:uuid}
SUMMARY:Friendly at the Santiago Bernabéu (TV)
DTSTART:{d:icsdt}
DESCRIPTION:Squad list due 48 h before; away kit (hex {d:hex}).
END:VEVENT

=== c-bridges-vcard-resource | vcard | bridges
BEGIN:VCARD
VERSION:4.0
KIND:location
FN:Control Room B (Dam D-{d:n})
NOTE:Shared resource for inspection bookings. Capacity {d:n2}.
CATEGORIES:room,telemetry
END:VCARD
Can our booking system import this?

=== c-music-vcard-org | vcard | music
BEGIN:VCARD
VERSION:4.0
KIND:org
FN:Blue Fern Records
ORG:Blue Fern Records
NOTE:Catalogue includes the Goldberg Variations (live) and the Moonlight Sessions.
URL:https://bluefernrecords.com/catalogue
END:VCARD

=== c-transl-paste-de | paste | translation
Translate into English:

"Die Kulanzfrist für Ihre Rechnung Nr. {d:inv} endet am {d:iso}. Bitte überweisen Sie den \
Betrag von {d:price} fristgerecht. Bei Fragen hilft Ihnen unser Kundenservice werktags von \
8 bis 18 Uhr."

=== c-hosp-paste-es | paste | hospital
Resume en inglés para el informe:

"Paciente de 34 años con enfermedad de Crohn ileal, índice de Harvey-Bradshaw {d:few}. Se \
descarta linfoma de Hodgkin. Escala de coma de Glasgow 15 al ingreso. Se programa \
colonoscopia para el {d:iso}."

=== c-fashion-paste-fr | paste | fashion
Summarise in English:

"La maison présentera sa collection croisière le {d:iso}. Les pièces phares : une veste en \
tweed, des escarpins et un sac en cuir. Les prix démarreront à {d:price}. Les ventes \
privées commenceront après la Fashion Week."

=== c-energy-paste-pt | paste | energy
Traduza para inglês:

"A parada programada da plataforma começa em {d:iso} e durará {d:n} dias. As licenças de \
trabalho PTW-{d:qty} e PTW-{d:qty2} devem ser encerradas antes. O relatório final será \
enviado na versão {d:ver}."

=== c-music-paste-it | paste | music
Translate into English:

"Il saggio di primavera si terrà il {d:iso} nell'aula {d:room}. In programma: la Sonata al \
chiaro di luna, alcune Variazioni Goldberg e un brano per organo Hammond. Biglietti a \
{d:price}."

=== c-nursery-paste-nl | paste | nursery
Vat samen in het Engels:

"Vanaf {d:iso} gaat de peuterspeelzaal om 7.30 uur open. Het thema deze maand is Nijntje \
en vriendjes. Vergeet niet de regenlaarzen te labelen. De ouderavond is op donderdag."

=== c-cars-paste-pl | paste | cars
Przetłumacz na angielski:

"Samochód zastępczy Ford Focus jest dostępny od {d:iso}. Kaucja wynosi {d:price}. Zwrot \
pojazdu do godziny 18:00, z pełnym bakiem."

=== c-climate-paste-sv | paste | climate
Översätt till engelska:

"Meteorologerna varnar för höga vattenstånd längs kusten från {d:iso}. Stormen väntas nå \
sin kulmen under natten med vindbyar upp till 30 m/s. Nästa uppdatering kommer klockan \
{d:time}."

=== c-sport-paste-tr | paste | sport
İngilizceye çevir:

"Kulübümüz yeni sezon formasını {d:iso} tarihinde tanıtacak. Biletler {d:price} fiyatla \
satışa çıktı. Maç saat {d:time}'da başlayacak."

=== c-church-paste-id | paste | church
Terjemahkan ke bahasa Inggris:

"Misa Paskah akan diadakan pukul {d:time} di aula paroki. Paduan suara berlatih setiap \
Kamis malam. Sumbangan untuk renovasi atap telah mencapai {d:price}."

=== c-cosm-paste-vi | paste | cosmetics
Tóm tắt bằng tiếng Anh:

"Sản phẩm kem chống nắng SPF 50 mới sẽ được bán từ ngày {d:iso}. Giá niêm yết là \
{d:price}. Sản phẩm không chứa cồn và phù hợp với da nhạy cảm."

=== c-climate-voice-reminder | voice | climate
remind me to update the storm page at six amber warning for the coast gusts up to eighty \
and mention that la niña is not the cause

=== c-hosp-voice-audit | voice | hospital
add to the audit list check the apgar scores for last month and the glasgow coma scale \
entries on ward {d:ward} will do it after the huddle

=== c-cars-voice-fleet | voice | cars
note for monday order two tesla model y for the rental fleet ask the workshop about the \
ford transit brakes and bill the corporate customer for the wiper blades
=== c-grants-notes-handbook | notes | grants
Draft FAQ for applicants – please tighten the wording and fix the numbering

1. Which schemes does the office support?
   Marie Skłodowska-Curie Postdoctoral Fellowships, Humboldt Research Fellowships and the
   Fulbright Scholar Award. Internal deadline: {d:date}.
2. How long is the research proposal?
   10 pages for the Marie Skłodowska-Curie scheme (font 11, margins 15 mm).
3. Is there a budget template?
   Yes, version {d:ver} on the intranet; unit costs are fixed by the funder.
4. Do I need ethics approval before submitting?
   No, but the ethics self-assessment must be complete. Allow {d:few} weeks.
5. Can I apply to two schemes at once?
   Yes, we hope you will, but tell us so we can plan reviews.
6. Who checks the budget?
   The Research Office finance team (desk {d:room}), within {d:few2} working days.
7. What if I miss the internal deadline?
   There is no grace period; late drafts are reviewed only if capacity allows.
8. Where are past successful proposals?
   In the shared drive, folder {d:uuid}, read-only.
9. How are results announced?
   By the funder, usually in {d:month}.
10. Anything else?
   Keep the Gantt chart simple and cite datasets with their DOIs ({d:doi}).
"""

TEMPLATES = parse_block(RAW)
