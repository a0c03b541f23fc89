"""val31 clean templates, part B (no personal data): JSON, tool calls, CSV, TSV, markdown
tables, HTML, XML, YAML and code."""

from __future__ import annotations

from appliance.testing.pii_corpus.val31_gen import C

TEMPLATES = [
    # ---------------------------------------------------------------- json
    C(
        "cb-json-ship-1",
        "json",
        "shipping",
        """
{
  "booking": "{{booking}}",
  "vessel": "{{vessel}}",
  "imo": "{{imo}}",
  "voyage": "{{voyage}}",
  "pol": "{{locode}}",
  "pod": "{{locode}}",
  "containers": [
    {"id": "{{container}}", "type": "40HC", "vgm_kg": {{n:8000-30000}}},
    {"id": "{{container}}", "type": "20DV", "vgm_kg": {{n:8000-30000}}}
  ],
  "eta": "{{isodate}}T{{n:10-23}}:00:00Z"
}
""",
    ),
    C(
        "cb-json-weather-1",
        "json",
        "weather",
        """
{"warning_id": "{{uuid}}", "name": "{{storm}}", "level": "{{pick:yellow|amber|red}}",
 "valid_from": "{{isodate}}T06:00Z", "gust_mph": {{n:50-110}}, "colour": "{{hex}}",
 "issued_by": "Duty Forecaster", "scale": "Beaufort", "model_run": "{{ver}}"}
""",
    ),
    C(
        "cb-json-museum-1",
        "json",
        "museum",
        """
Validate this JSON against our schema:
{"object_number": "{{ref}}", "title": "Copy after {{artwork}}", "date": "c. {{year}}",
 "dimensions_cm": [{{n:20-200}}, {{n:20-200}}], "location": "Gallery {{n:1-40}}, case {{n:1-20}}",
 "on_loan_to": "{{building}}", "insurance": "{{bigprice}}"}
""",
    ),
    C(
        "cb-json-chess-1",
        "json",
        "chess",
        """
{"event": "Spring Rapidplay", "round": {{n:1-7}}, "board": {{n:1-30}},
 "opening": "{{opening}}", "eco": "{{pick:C65|B12|B90|D35|E60}}", "result": "1/2-1/2",
 "pgn_url": "https://openingsclub.net/games/{{n:10000-99999}}.pgn"}
""",
    ),
    C(
        "cb-json-hr-1",
        "json",
        "hr",
        """
{"requisition": "REQ-{{n:1000-9999}}", "title": "{{job}}", "department": "{{dept}}",
 "salary_band": "{{price}} - {{price}}", "openings": {{n:1-4}}, "remote": {{pick:true|false}},
 "hiring_manager": "TBC", "approved": "{{isodate}}"}
""",
    ),
    # ------------------------------------------------------------ toolcall
    C(
        "cb-toolcall-ship-1",
        "toolcall",
        "shipping",
        """
{"name": "track_container", "arguments": {"container": "{{container}}", "carrier": \
"{{pick:MSC|Maersk|Hapag-Lloyd|CMA CGM}}", "include_events": true}}
""",
    ),
    C(
        "cb-toolcall-weather-1",
        "toolcall",
        "weather",
        """
get_forecast(lat={{n:10-60}}.{{n:1000-9999}}, lon=-{{n:1-9}}.{{n:1000-9999}}, hours={{n:12-72}}, \
units="metric", model="{{pick:ECMWF|GFS|UKV}}")
""",
    ),
    C(
        "cb-toolcall-wine-1",
        "toolcall",
        "wine",
        """
Assistant tool call:
search_inventory({"query": "{{wine}}", "vintage_from": {{n:1996-2010}}, "vintage_to": \
{{n:2011-2022}}, "max_price": "{{price}}", "in_stock": true})
""",
    ),
    C(
        "cb-toolcall-rail-1",
        "toolcall",
        "rail",
        """
<tool_call>{"tool": "check_seats", "args": {"service": "{{loco}} Dining Special", "date": \
"{{isodate}}", "coach": "{{pick:A|B|C}}", "seats": ["{{seat}}", "{{seat}}"]}}</tool_call>
""",
    ),
    C(
        "cb-toolcall-farm-1",
        "toolcall",
        "farm",
        """
function_call: order_parts
arguments: {"machine": "{{tractor}}", "parts": ["{{part}}", "{{part}}"], "po": "{{order}}", \
"deliver_by": "{{isodate}}"}
""",
    ),
    # ----------------------------------------------------------------- csv
    C(
        "cb-csv-wine-1",
        "csv",
        "wine",
        """
sku,wine,vintage,grape,price,stock
{{sku}},{{wine}},{{vintage}},{{grape}},"{{price}}",{{n:0-48}}
{{sku}},{{wine}},{{vintage}},{{grape}},"{{price}}",{{n:0-48}}
{{sku}},{{wine}},{{vintage}},{{grape}},"{{price}}",{{n:0-48}}
""",
    ),
    C(
        "cb-csv-orchard-1",
        "csv",
        "orchard",
        """
variety,rootstock,pot_size,price,qty
{{cultivar}},M26,12L,"{{price}}",{{n:5-80}}
{{cultivar}},MM106,15L,"{{price}}",{{n:5-80}}
"{{rose}} (rose)",own root,4L,"{{price}}",{{n:5-80}}
"{{rose}} (rose)",own root,4L,"{{price}}",{{n:5-80}}
""",
    ),
    C(
        "cb-csv-mining-1",
        "csv",
        "mining",
        """
sample_id,hole,from_m,to_m,au_gpt,mineral
{{ref}},DH-{{n:100-400}},{{n:10-99}}.0,{{n:100-200}}.0,{{n:0-9}}.{{n:10-99}},{{mineral}}
{{ref}},DH-{{n:100-400}},{{n:10-99}}.0,{{n:100-200}}.0,{{n:0-9}}.{{n:10-99}},{{mineral}}
""",
    ),
    C(
        "cb-csv-election-1",
        "csv",
        "election",
        """
district,registered,ballots_issued,turnout,spoilt
{{n:1-40}},{{n:2000-9000}},{{n:1000-6000}},{{pct}},{{n:2-40}}
{{n:1-40}},{{n:2000-9000}},{{n:1000-6000}},{{pct}},{{n:2-40}}
{{n:1-40}},{{n:2000-9000}},{{n:1000-6000}},{{pct}},{{n:2-40}}
""",
    ),
    C(
        "cb-csv-sport-1",
        "csv",
        "sport",
        """
Make a chart from this:
match,date,venue,score,attendance
{{n:1-38}},{{isodate}},{{stadium}},{{score}},{{n:20000-80000}}
{{n:1-38}},{{isodate}},{{stadium}},{{score}},{{n:20000-80000}}
""",
    ),
    # ----------------------------------------------------------------- tsv
    C(
        "cb-tsv-ship-1",
        "tsv",
        "shipping",
        """
container\tseal\tvgm_kg\tstatus
{{container}}\t{{n:100000-999999}}\t{{n:8000-30000}}\tgate-in
{{container}}\t{{n:100000-999999}}\t{{n:8000-30000}}\tloaded
{{container}}\t{{n:100000-999999}}\t{{n:8000-30000}}\tcustoms hold
""",
    ),
    C(
        "cb-tsv-brewery-1",
        "tsv",
        "brewery",
        """
beer\tstyle\tabv\tibu\tkeg_code
{{beer}}\tstout\t{{abv}}\t{{n:20-60}}\tK-{{n:1000-9999}}
House Pale\tpale ale\t{{abv}}\t{{n:20-60}}\tK-{{n:1000-9999}}
{{cocktail}} Sour\tsour\t{{abv}}\t{{n:5-15}}\tK-{{n:1000-9999}}
""",
    ),
    C(
        "cb-tsv-weather-1",
        "tsv",
        "weather",
        """
station\ttime\tpressure_hpa\tgust_kt
WX{{n:100-999}}\t{{time}}\t{{n:950-1030}}\t{{n:20-80}}
WX{{n:100-999}}\t{{time}}\t{{n:950-1030}}\t{{n:20-80}}
""",
    ),
    # ------------------------------------------------------ markdown_table
    C(
        "cb-mdtable-rail-1",
        "markdown_table",
        "rail",
        """
| Loco | Class | Built | Status |
|---|---|---|---|
| {{loco}} | A3 | {{year}} | in service |
| {{loco}} | A4 | {{year}} | overhaul due {{month}} |
| {{loco}} | 7MT | {{year}} | static display |

Turn this into a paragraph for the timetable leaflet.
""",
    ),
    C(
        "cb-mdtable-chess-1",
        "markdown_table",
        "chess",
        """
| Opening | ECO | Games | White wins |
|---|---|---|---|
| {{opening}} | C6x | {{n:100-900}} | {{pct}} |
| {{opening}} | B1x | {{n:100-900}} | {{pct}} |
| {{opening}} | B9x | {{n:100-900}} | {{pct}} |
""",
    ),
    C(
        "cb-mdtable-museum-1",
        "markdown_table",
        "museum",
        """
| Lot | Description | Estimate | Hammer |
|---|---|---|---|
| {{lot}} | after {{artwork}} | {{price}} | {{price}} |
| {{lot}} | bronze after {{artwork}} | {{price}} | unsold |
| {{lot}} | {{pick:Delft charger|Meissen figure|Tang horse}} | {{price}} | {{price}} |
""",
    ),
    C(
        "cb-mdtable-dental-1",
        "markdown_table",
        "dental",
        """
| Item | Code | NHS band | Private |
|---|---|---|---|
| Check-up | {{sku}} | 1 | {{price}} |
| Filling | {{sku}} | 2 | {{price}} |
| Crown | {{sku}} | 3 | {{price}} |
""",
    ),
    # ---------------------------------------------------------------- html
    C(
        "cb-html-wine-1",
        "html",
        "wine",
        """
<div class="product">
  <h1>{{wine}} {{vintage}}</h1>
  <p class="grape">{{grape}}</p>
  <span class="price">{{price}}</span>
  <button data-sku="{{sku}}" style="background:{{hex}}">Add to basket</button>
</div>
""",
    ),
    C(
        "cb-html-rail-1",
        "html",
        "rail",
        """
<table class="timetable">
  <tr><th>Dep</th><th>Train</th><th>Platform</th></tr>
  <tr><td>{{time}}</td><td>{{loco}}</td><td>{{n:1-4}}</td></tr>
  <tr><td>{{time}}</td><td>{{loco}}</td><td>{{n:1-4}}</td></tr>
</table>
""",
    ),
    C(
        "cb-html-news-1",
        "html",
        "news",
        """
<article>
  <h2>The {{award}} shortlist announced</h2>
  <p>Judges praised reporting on {{storm}} and on the grounding of {{vessel}}.</p>
  <p><a href="https://thecoastalherald.com/awards/{{year}}">Full list</a></p>
</article>
""",
    ),
    C(
        "cb-html-orchard-1",
        "html",
        "orchard",
        """
<ul class="roses">
  <li>{{rose}} - <em>repeat flowering</em> - {{price}}</li>
  <li>{{rose}} - <em>climber</em> - {{price}}</li>
  <li>{{cultivar}} apple, bare root - {{price}}</li>
</ul>
""",
    ),
    # ----------------------------------------------------------------- xml
    C(
        "cb-xml-ship-1",
        "xml",
        "shipping",
        """
<VesselCall imo="{{imo}}">
  <Name>{{vessel}}</Name>
  <Voyage>{{voyage}}</Voyage>
  <Berth>{{n:1-30}}</Berth>
  <ETA>{{isodate}}T{{n:10-23}}:00</ETA>
  <Port>{{locode}}</Port>
</VesselCall>
""",
    ),
    C(
        "cb-xml-music-1",
        "xml",
        "music",
        """
<programme season="{{n:2024-2026}}">
  <work>{{musicwork}}</work>
  <work>{{musicwork}}</work>
  <venue>{{building}}</venue>
  <duration unit="min">{{n:60-140}}</duration>
</programme>
""",
    ),
    C(
        "cb-xml-weather-1",
        "xml",
        "weather",
        """
<observation station="WX{{n:100-999}}" time="{{isodate}}T{{n:10-23}}:00Z">
  <wind dir="{{n:0-359}}" gust="{{n:20-90}}"/>
  <pressure>{{n:950-1030}}</pressure>
  <remark>{{storm}} remnants</remark>
</observation>
""",
    ),
    # ---------------------------------------------------------------- yaml
    C(
        "cb-yaml-oss-1",
        "yaml",
        "oss",
        """
name: ci
on: [push, pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    services:
      db:
        image: postgres:{{n:13-17}}
        ports: ["{{port}}:5432"]
    steps:
      - uses: actions/checkout@v4
      - run: make test
""",
    ),
    C(
        "cb-yaml-hack-1",
        "yaml",
        "oss",
        """
# hackathon config
event: Hack the Harbour
dates: ["{{isodate}}", "{{isodate}}"]
tracks: [beekeeping-iot, shipping-data, weather-alerts]
prizes:
  first: "{{price}}"
  second: "{{price}}"
theme_colour: "{{hex}}"
""",
    ),
    C(
        "cb-yaml-rescue-1",
        "yaml",
        "rescue",
        """
vehicles:
  - callsign: Rescue {{n:1-9}}
    type: {{tractor}}
    next_mot: {{isodate}}
  - callsign: Rescue {{n:1-9}}
    type: Land Rover Defender 110
    next_mot: {{isodate}}
radio_channel: {{n:1-16}}
""",
    ),
    # ---------------------------------------------------------------- code
    C(
        "cb-code-ship-1",
        "code",
        "shipping",
        """
def iso6346_check_digit(code: str) -> int:
    # e.g. "{{container}}"
    values = {c: v for c, v in zip(LETTERS, LETTER_VALUES)}
    total = sum((values.get(ch) or int(ch)) * 2**i for i, ch in enumerate(code[:10]))
    return total % 11 % 10
""",
    ),
    C(
        "cb-code-weather-1",
        "code",
        "weather",
        """
// smooth the gust series with a Kalman filter before plotting
const series = await fetchGusts("WX{{n:100-999}}", "{{isodate}}");
const smoothed = kalman(series, { q: 0.{{n:1-9}}, r: {{n:1-9}} });
chart.line(smoothed, { color: "{{hex}}" });
""",
    ),
    C(
        "cb-code-sql-1",
        "code",
        "wine",
        """
SELECT sku, wine, vintage, SUM(qty) AS sold
FROM orders
WHERE order_date >= '{{isodate}}' AND grape = '{{grape}}'
GROUP BY sku, wine, vintage
HAVING SUM(qty) > {{n:5-50}};
""",
    ),
    C(
        "cb-code-chess-1",
        "code",
        "chess",
        """
# classify an opening from its first moves
OPENINGS = {
    "e4 e5 Nf3 Nc6 Bb5": "{{opening}}",
    "e4 c6": "{{opening}}",
    "e4 c5 Nf3 d6 d4 cxd4 Nxd4 Nf6 Nc3 a6": "{{opening}}",
}
""",
    ),
    C(
        "cb-code-go-1",
        "code",
        "oss",
        """
func shortestPath(g *Graph, src, dst int) []int {
\t// Dijkstra's algorithm with a binary heap; see issue #{{n:100-999}}
\tdist := make([]int, g.N)
\tfor i := range dist {
\t\tdist[i] = math.MaxInt32
\t}
\treturn walk(g, dist, src, dst)
}
""",
    ),
]
