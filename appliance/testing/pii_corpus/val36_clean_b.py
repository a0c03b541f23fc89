"""val36 clean templates (no personal data, full of decoys), part B: json, toolcall, csv,
tsv, markdown_table, html, xml, yaml, code and log. (id, shape, text)."""

from __future__ import annotations

TEMPLATES: list[tuple[str, str, str]] = [
    # ---------------------------------------------------------------- json
    (
        "c-game-json-1",
        "json",
        """{"sku": "gems_{{n:100-5000}}", "price": {{amt}}, "currency": "GBP", "character": "Agent 47", "event": "halloween_{{n:2019-2026}}", "build": "{{ver}}", "hash": "{{x40}}"}""",
    ),
    (
        "c-iot-json-1",
        "json",
        """Why is "rssi" negative here?
{"device": "Kitchen Echo", "id": "{{uuid}}", "fw": "{{ver}}", "rssi": -{{n:40-90}}, "port": {{n:1024-65000}}, "color": "#{{x6}}", "uptime_s": {{D7}}}""",
    ),
    (
        "c-ship-json-1",
        "json",
        """{"container": "MSKU{{d7}}", "iso_type": "45G1", "vessel": "MV Coral Tern", "voyage": "{{n:100-999}}E", "pol": "NLRTM", "pod": "SGSIN", "vgm_kg": {{n:10000-30000}}, "seal": "{{u2}}{{d7}}"}""",
    ),
    (
        "c-bet-json-1",
        "json",
        """{"market_id": "1.{{D9}}", "race": "{{time}} greyhounds", "runners": [{"trap": 1, "name": "Mister Moonlight"}, {"trap": 4, "name": "Ballymac Kylie"}], "status": "OPEN", "overround": 1.{{d2}}}""",
    ),
    # ---------------------------------------------------------------- toolcall
    (
        "c-theatre-toolcall-1",
        "toolcall",
        """{"tool": "check_availability", "arguments": {"show": "Hedda Gabler", "date": "{{date}}", "section": "stalls", "quantity": 2, "max_price": {{n:30-90}}}}""",
    ),
    (
        "c-iot-toolcall-1",
        "toolcall",
        """set_scene({"scene": "movie night", "devices": ["Kitchen Echo", "Rosie", "Hall Lamp"], "brightness": {{n:5-40}}, "colour": "#{{x6}}", "delay_s": 30})""",
    ),
    (
        "c-astro-toolcall-1",
        "toolcall",
        """<tool_call name="get_star">{"name": "Barnard's Star", "fields": ["ra", "dec", "pm", "parallax"], "epoch": "J2000"}</tool_call>""",
    ),
    (
        "c-pharmacy-toolcall-1",
        "toolcall",
        """function_call: lookup_product
arguments: {"sku": "{{d8}}", "name": "Ibuprofen 200 mg x 16", "store_id": {{n:100-999}}, "include_offers": true}""",
    ),
    # ---------------------------------------------------------------- csv
    (
        "c-wine-csv-1",
        "csv",
        """drink,base,price_gbp,abv
Tom Collins,gin,{{n:8-13}}.50,12
Bloody Mary,vodka,{{n:8-13}}.00,9
Rob Roy,scotch,{{n:9-14}}.00,28
Shirley Temple,none,4.50,0""",
    ),
    (
        "c-toy-csv-1",
        "csv",
        """sku,product,stock,rrp
{{u3}}-{{d6}},Barbie Dreamhouse,{{n:0-40}},{{amt}}
{{u3}}-{{d6}},Ken Surf Set,{{n:0-40}},{{amt}}
{{u3}}-{{d6}},Sylvanian Families Chocolate Rabbit Family,{{n:0-40}},{{amt}}""",
    ),
    (
        "c-fantasy-csv-1",
        "csv",
        """Which team should I start in week 9?
team,opp,proj_pts,injury
Gridiron Goats,Waiver Wizards,{{n:80-140}},none
Hail Marys,Monday Mayhem,{{n:80-140}},questionable
Kicker Club,Bye Week Blues,{{n:80-140}},out""",
    ),
    # ---------------------------------------------------------------- tsv
    (
        "c-bike-tsv-1",
        "tsv",
        """bike	frame_no	battery	last_service
Dolores	{{d10}}	{{n:10-100}}%	{{date}}
Beatrice	{{d10}}	{{n:10-100}}%	{{date}}
Gertrude	{{d10}}	{{n:10-100}}%	{{date}}""",
    ),
    (
        "c-choir-tsv-1",
        "tsv",
        """work	composer_catalogue	duration	parts
Messiah	HWV 56	2h 15m	SATB
Requiem	Op. 48	40m	SATB
Gloria	RV 589	30m	SSAATB""",
    ),
    (
        "c-ship-tsv-1",
        "tsv",
        """container	type	weight_kg	seal
TGHU{{d7}}	40HC	{{n:5000-28000}}	{{u2}}{{d6}}
MSKU{{d7}}	20GP	{{n:5000-28000}}	{{u2}}{{d6}}""",
    ),
    # ---------------------------------------------------------------- markdown_table
    (
        "c-stream-md-1",
        "markdown_table",
        """| Show | Seasons | Rating | Runtime |
|---|---|---|---|
| Ted Lasso | 3 | 8.8 | 30m |
| Wednesday | 1 | 8.1 | 50m |
| Sherlock | 4 | 9.1 | 90m |""",
    ),
    (
        "c-escape-md-1",
        "markdown_table",
        """| Room | Difficulty | Record | Price |
|---|---|---|---|
| The Pharaoh's Tomb | 4/5 | 38:12 | £{{n:20-30}} pp |
| Murder at Mustard Manor | 3/5 | 41:55 | £{{n:20-30}} pp |
| Lock Ness | 2/5 | 29:40 | £{{n:20-30}} pp |""",
    ),
    (
        "c-garden-md-1",
        "markdown_table",
        """| Variety | Type | Height | Flowering |
|---|---|---|---|
| Bishop of Llandaff | dahlia | 90 cm | Jul-Oct |
| Gertrude Jekyll | shrub rose | 120 cm | Jun-Sep |
| Café au Lait | dahlia | 120 cm | Aug-Oct |""",
    ),
    # ---------------------------------------------------------------- html
    (
        "c-theatre-html-1",
        "html",
        """<ul class="season">
  <li>Hamlet — from {{datel}}</li>
  <li>Hedda Gabler — studio, 14:00 matinees</li>
  <li>Evita — main house, {{n:80-150}} performances</li>
</ul>""",
    ),
    (
        "c-toy-html-1",
        "html",
        """<div class="product" data-sku="{{u3}}-{{d6}}">
  <h2>Sylvanian Families Cosy Cottage</h2>
  <span class="price">£{{amt}}</span>
  <button style="background:#{{x6}}">Add to basket</button>
</div>""",
    ),
    (
        "c-podcast-html-1",
        "html",
        """<audio controls src="/episodes/midnight-ledger-{{n:100-300}}.mp3"></audio>
<p>Episode {{n:100-300}}: Why the Kalman filter is everywhere. Runtime 48:12.</p>""",
    ),
    # ---------------------------------------------------------------- xml
    (
        "c-ship-xml-1",
        "xml",
        """<VesselCall>
  <Vessel imo="9{{d6}}">MV Northern Juniper</Vessel>
  <PortCode>NLRTM</PortCode>
  <Berth>{{n:1-40}}</Berth>
  <ETA>{{ts}}</ETA>
</VesselCall>""",
    ),
    (
        "c-iot-xml-1",
        "xml",
        """<event type="firmware_update" time="{{ts}}">
  <device name="Porch Cam" model="PC-{{d3}}"/>
  <from>{{ver}}</from><to>{{ver}}</to>
</event>""",
    ),
    (
        "c-choir-xml-1",
        "xml",
        """<programme>
  <item order="1">Fauré: Requiem, Op. 48</item>
  <item order="2">Handel: Messiah, Part I</item>
  <interval minutes="20"/>
</programme>""",
    ),
    # ---------------------------------------------------------------- yaml
    (
        "c-escape-yaml-1",
        "yaml",
        """room: murder-at-mustard-manor
capacity: 8
duration_min: 60
characters: [Colonel Mustard, Miss Scarlett, Professor Plum, Mrs Peacock]
hints: 3
reset_checklist_version: {{ver}}""",
    ),
    (
        "c-iot-yaml-1",
        "yaml",
        """automation:
  - alias: night mode
    trigger: {platform: time, at: "23:00:00"}
    action:
      - service: vacuum.start
        target: {entity_id: vacuum.rosie}
      - service: light.turn_off
        target: {area_id: kitchen}""",
    ),
    (
        "c-game-yaml-1",
        "yaml",
        """release: {{ver}}
platforms: [ios, android]
features:
  - pet_rename
  - halloween_event
build_hash: {{x12}}
min_os: {ios: "15.0", android: "9"}""",
    ),
    # ---------------------------------------------------------------- code
    (
        "c-astro-code-1",
        "code",
        """def proper_motion(ra_mas, dec_mas):
    # Barnard's Star has the largest known proper motion (~10.3 arcsec/yr)
    return (ra_mas**2 + dec_mas**2) ** 0.5
Can you vectorise this with numpy?""",
    ),
    (
        "c-iot-code-1",
        "code",
        """// Kalman filter for the thermostat readings
const q = 0.{{d3}}, r = 0.{{d2}};
let x = 20.0, p = 1.0;
function update(z) { p += q; const k = p / (p + r); x += k * (z - x); p *= 1 - k; return x; }""",
    ),
    (
        "c-ship-code-1",
        "code",
        """SELECT container_no, vessel, eta
FROM bookings
WHERE vessel = 'MV Coral Tern' AND eta > '{{date}}'
ORDER BY eta; -- uses index idx_bookings_eta, rows ~{{n:1000-90000}}""",
    ),
    (
        "c-bike-code-1",
        "code",
        """// Dijkstra's algorithm over the dock graph; weights in metres
func nearestDock(g Graph, from int) int {
	dist := dijkstra(g, from)
	return argmin(dist, 4) // at least 4 free slots
}""",
    ),
    # ---------------------------------------------------------------- log
    (
        "c-iot-log-1",
        "log",
        """{{ts}} INFO  hub[{{n:100-999}}]: firmware {{ver}} applied
{{ts}} INFO  hub[{{n:100-999}}]: device "Rosie" docked, battery 100%
{{ts}} WARN  hub[{{n:100-999}}]: zigbee channel 25 noisy, retrying
{{ts}} INFO  hub[{{n:100-999}}]: listening on port {{n:1024-9999}}""",
    ),
    (
        "c-game-log-1",
        "log",
        """[{{ts}}] iap verify sku=gems_1200 txn={{d16}} status=OK
[{{ts}}] pet rename "Princess Peach" -> "Agent 47" ok
[{{ts}}] gc pause 12ms heap=412MB build={{x8}}""",
    ),
    (
        "c-stream-log-1",
        "log",
        """{{ts}} playback title="Ted Lasso S03E01" bitrate=15800 cdn=edge-{{n:10-99}}
{{ts}} drm license ok keyid={{uuid}}
{{ts}} buffer underrun count=3 session={{x16}}""",
    ),
    (
        "c-car-log-1",
        "log",
        """{{ts}} unlock vehicle=VAN-{{d3}} method=app
{{ts}} trip_end vehicle=VAN-{{d3}} km={{n:3-140}} fuel=62%
{{ts}} invoice INV-{{d8}} total={{amt}} status=issued""",
    ),
]
