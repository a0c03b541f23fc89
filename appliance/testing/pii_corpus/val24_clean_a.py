"""val24 clean templates, part A (no personal data, many decoys): manufacturing and quality,
garages and fleets, construction, film and TV, music."""

from __future__ import annotations

from .val24_gen import Ctx, clean


@clean("mfg-cpk-chat", "chat", "manufacturing")
def c_mfg_cpk(r: Ctx):
    return [
        f"Our Cpk on bore diameter dropped from 1.{r.num(40, 70)} to 0.{r.num(80, 99)} after the "
        f"tooling change on {r.date('long')}. We run {r.dn('eponym')} checks every shift and "
        f"the Shewhart chart shows a shift of about {r.num(8, 20)} microns. Part number "
        f"{r.code('####-####-##')}, spec 25.000 ±0.015 mm. What should we look at first? "
        "We hope to avoid a full 8D if it's just the gauge.",
    ]


@clean("mfg-8d-status", "email", "manufacturing")
def c_mfg_8d(r: Ctx):
    return [
        f"Subject: 8D {r.code('NCR-####')} – D5/D6 status\n\nHi all,\n\nD5: the new clamp design "
        f"(drawing {r.code('DRW-#####')} rev {r.code('@')}) passed {r.num(30, 120)} trial parts "
        f"with zero defects.\nD6: rollout to lines 1–3 by {r.date('long')}; line 4 waits for "
        f"the {r.dn('tool')} delivery "
        f"(PO {r.code('45########')}).\nD7: PFMEA and control plan updated to rev "
        f"{r.code('@')}.\n\nCost of poor quality so far: {r.money('€', 2000, 40000)}.\n\n"
        "Will do the D8 review at the next quality meeting.\n\nQuality Assurance",
    ]


@clean("mfg-bom-csv", "csv", "manufacturing")
def c_mfg_bom(r: Ctx):
    rows = []
    parts = [
        "Housing, die-cast",
        "O-ring 32x2 NBR",
        "Bearing 6204-2RS",
        "PCB assy main",
        "Screw M4x12 A2",
        "Gasket, silicone",
        "Label, rating plate",
        "Cable loom 12-way",
    ]
    for i, p in enumerate(r.sample(parts, r.rng.randint(5, 7))):
        rows.append(
            f'{(i + 1) * 10},{r.code("####-####-###")},"{p}",{r.num(1, 8)},'
            f"{r.money('€', 0, 40)},{r.pick(['make', 'buy', 'buy'])}\n"
        )
    return ["item,part_no,description,qty,unit_cost,make_buy\n", rows]


@clean("mfg-plc-log", "log", "manufacturing")
def c_mfg_plc(r: Ctx):
    return [
        f"{r.date('iso')} {r.clock()} PLC3 INFO  cycle {r.num(10000, 99999)} OK "
        f"t={r.num(40, 60)}.{r.num(0, 9)}s\n"
        f"{r.date('iso')} {r.clock()} PLC3 WARN  E{r.num(100, 999)} gripper pressure "
        f"{r.num(4, 5)}.{r.num(0, 9)} bar (min 5.5)\n"
        f"{r.date('iso')} {r.clock()} PLC3 INFO  recipe {r.code('RCP-@@-##')} loaded "
        f"fw {r.version()}\n"
        f"{r.date('iso')} {r.clock()} PLC3 ERR   E{r.num(100, 999)} servo axis 2 following "
        f"error {r.num(1, 9)}.{r.num(10, 99)} mm, line stopped\n",
    ]


@clean("mfg-capa-jira", "jira", "manufacturing")
def c_mfg_jira(r: Ctx):
    return [
        f"CAPA-{r.num(100, 999)}  Weld spatter on bracket {r.code('BRK-####')}\n"
        f"Status: In Progress   Priority: Major   Component: Welding cell {r.num(1, 6)}\n\n"
        "Comment (automation):\nLinked NCRs: ",
        ", ".join(r.code("NCR-####") for _ in range(3)),
        f"\n\nComment (Quality Engineer):\nShielding gas flow was {r.num(8, 12)} l/min, spec is "
        f"15–18. Regulator {r.code('SN ########')} replaced. Weibull analysis attached; "
        f"we'll mark as resolved after {r.num(3, 10)} clean shifts.",
    ]


@clean("mfg-inspection-yaml", "yaml", "manufacturing")
def c_mfg_yaml(r: Ctx):
    return [
        f'inspection_plan: {r.code("IP-####")}\npart: "{r.code("####-####-##")}"\n'
        f"revision: {r.code('@')}\ncharacteristics:\n"
        f"  - id: C{r.num(1, 9)}\n    name: bore_diameter\n    nominal: 25.000\n    tol: 0.015\n"
        f"    gauge: {r.code('GA-####')}\n    frequency: every {r.num(5, 50)} parts\n"
        f"  - id: C{r.num(10, 19)}\n    name: surface_finish_ra\n    max: 0.8\n"
        f"    method: profilometer\nsampling: {r.pick(['AQL 0.65', 'AQL 1.0', '100%'])}\n",
    ]


@clean("garage-quote-sms", "sms", "garage")
def c_garage_sms(r: Ctx):
    return [
        f"Your quote for {r.plate()}: front pads & discs {r.money('£', 180, 420)}, "
        f"aircon regas {r.money('£', 49, 99)}. Reply YES to book {r.weekday()} {r.time()}. "
        f"Ref {r.code('Q-######')}. Bill me later is fine for account customers.",
    ]


@clean("fleet-telemetry-json", "json", "fleet")
def c_fleet_json(r: Ctx):
    return [
        f'{{\n  "vin": "{r.code("W@@@@@####@######")}",\n  "model": "{r.d("vehicle")}",\n'
        f'  "odometer_km": {r.num(1000, 250000)},\n  "fuel_pct": {r.num(3, 100)},\n'
        f'  "dtc": ["P{r.num(100, 999):0>4}", "U{r.num(100, 999):0>4}"],\n'
        f'  "next_service": "{r.date("iso")}",\n  "tyre_kpa": [{r.num(210, 260)}, '
        f"{r.num(210, 260)}, {r.num(210, 260)}, {r.num(210, 260)}],\n"
        f'  "firmware": "{r.version()}"\n}}',
    ]


@clean("garage-invoice-table", "markdown_table", "garage")
def c_garage_md(r: Ctx):
    lines = [
        ("Oil filter", "buy"),
        ("5W-30 oil, 5 l", "buy"),
        ("Labour, service", "hours"),
        ("Wiper blades", "buy"),
        ("Brake fluid flush", "hours"),
        ("Cabin filter", "buy"),
    ]
    rows = []
    for name, _ in r.sample(lines, 4):
        rows.append(f"| {r.code('P-#####')} | {name} | {r.num(1, 3)} | {r.money('£', 8, 120)} |\n")
    return [
        f"Invoice {r.code('INV-######')} – {r.d('vehicle')}, reg {r.plate()}\n\n"
        "| Code | Item | Qty | Price |\n|---|---|---|---|\n",
        rows,
        f"\nTotal inc. VAT: {r.money('£', 150, 900)}. Grace period for payment: 14 days.",
    ]


@clean("fleet-fuel-tsv", "tsv", "fleet")
def c_fleet_tsv(r: Ctx):
    rows = []
    for _ in range(r.rng.randint(4, 6)):
        rows.append(
            f"{r.plate()}\t{r.d('vehicle')}\t{r.num(800, 4000)}\t{r.num(50, 400)}.{r.num(0, 9)}"
            f"\t{r.num(5, 12)}.{r.num(0, 9)}\n"
        )
    return [f"month\t{r.month()} {r.num(2024, 2026)}\nreg\tmodel\tkm\tlitres\tl_per_100km\n", rows]


@clean("con-method-statement", "notes", "construction")
def c_con_method(r: Ctx):
    return [
        f"METHOD STATEMENT MS-{r.num(10, 99)} – installation of precast stair units\n\n"
        f"1. Crane: {r.num(50, 100)} t mobile, outriggers on {r.num(1, 2)}.{r.num(0, 9)} m pads.\n"
        f"2. Exclusion zone {r.num(5, 15)} m; banksman in radio contact (channel {r.num(1, 16)}).\n"
        f"3. Units {r.code('ST-##')} to {r.code('ST-##')} lifted with 4-leg chain, SWL "
        f"{r.num(5, 12)} t.\n4. Fix with resin anchors, torque {r.num(20, 60)} Nm; "
        f"use {r.d('tool')}.\n5. Acrow props left for 24 h.\n\nReviewed by the Site Manager, rev "
        f"{r.code('@')}.",
    ]


@clean("con-snag-trades", "markdown_table", "construction")
def c_con_snag(r: Ctx):
    trades = ["Decorator", "Electrician", "Joiner", "Plumber", "Plasterer", "Tiler"]
    items = [
        "Mastic gap at window",
        "Door rubs frame",
        "Socket faceplate cracked",
        "Grout missing",
        "Paint drips on skirting",
        "Radiator valve weeps",
    ]
    rows = [
        f"| {r.code('B#-##')} | {i} | {r.pick(trades)} | {r.date('uk')} |\n"
        for i in r.sample(items, 5)
    ]
    return ["| Room | Snag | Trade | Due |\n|---|---|---|---|\n", rows]


@clean("con-product-html", "html", "construction")
def c_con_html(r: Ctx):
    return [
        f'<div class="product">\n  <h3>PIR insulation board {r.num(50, 150)} mm</h3>\n'
        f"  <p>SKU {r.code('PIR-###-####')} · λ 0.022 W/mK · pack of {r.num(4, 10)}</p>\n"
        f'  <p>Price: {r.money("£", 20, 90)} per board</p>\n  <p style="color:{r.hexcol()}">'
        f"In stock – next-day delivery before {r.time()}</p>\n</div>",
    ]


@clean("con-pour-ics", "ics", "construction")
def c_con_ics(r: Ctx):
    d = r.date("iso").replace("-", "")
    return [
        f"BEGIN:VEVENT\nUID:{r.uuid()}\nDTSTART:{d}T070000\nDTEND:{d}T160000\n"
        f"SUMMARY:Concrete pour – level {r.num(1, 8)} slab ({r.num(60, 240)} m³ C32/40)\n"
        f"LOCATION:Block {r.pick('ABCD')}, level {r.num(1, 8)}\n"
        "DESCRIPTION:Pump booked. Cube tests x6. Weather check 05:30.\nEND:VEVENT",
    ]


@clean("con-bim-diff", "diff", "construction")
def c_con_diff(r: Ctx):
    return [
        "--- a/params/level3.json\n+++ b/params/level3.json\n@@ -8,6 +8,6 @@\n"
        f'   "slab_thickness_mm": {r.num(200, 300)},\n-  "riser_R2_width_mm": {r.num(400, 600)},\n'
        f'+  "riser_R2_width_mm": {r.num(601, 800)},\n   "fire_rating": "REI 90",\n'
        f'   "ifc_guid": "{r.code("%%%%%%%%%%%%%%%%%%%%%%")}"\n',
    ]


@clean("film-schedule-form", "form", "film")
def c_film_schedule(r: Ctx):
    out = [f"SHOOTING SCHEDULE – Day {r.num(1, 40)}   Unit: Main\n\n"]
    for _ in range(r.rng.randint(3, 4)):
        out.append(
            f"Sc {r.num(1, 120)}{r.pick(['', 'A', 'B'])}  {r.pick(['INT', 'EXT'])}. "
            f"{r.pick(['FARMHOUSE KITCHEN', 'HARBOUR WALL', 'CAR PARK', 'FERRY DECK'])} – "
            f"{r.pick(['DAY', 'NIGHT', 'DUSK'])}   {r.num(1, 4)} 2/8 pgs   Cast: 1, {r.num(2, 9)}\n"
        )
    return out + [f"\nCamera: {r.d('film_kit')}. Unit move {r.time()}. Wrap est. {r.time()}."]


@clean("film-edl-log", "log", "film")
def c_film_edl(r: Ctx):
    out = [f"TITLE: REEL_{r.num(1, 6)}_V{r.num(2, 9)}\nFCM: NON-DROP FRAME\n\n"]
    for i in range(r.rng.randint(3, 5)):
        out.append(
            f"{i + 1:03d}  {r.code('A###C###')} V     C        "
            f"{r.num(10, 23)}:{r.num(10, 59)}:{r.num(10, 59)}:{r.num(10, 23)} "
            f"{r.num(10, 23)}:{r.num(10, 59)}:{r.num(10, 59)}:{r.num(10, 23)}\n"
            f"* FROM CLIP NAME: {r.code('SC##_TK#')}.mov\n"
        )
    return out


@clean("film-post-slack", "slack", "film")
def c_film_slack(r: Ctx):
    return [
        f"#post-production  {r.date('short')}\n@render-bot  {r.time()}\n  Job {r.code('RND-#####')} "
        f"finished: 4K ProRes 4444, {r.num(20, 90)} min, {r.num(100, 900)} GB\n"
        f"@colour-suite  {r.time()}\n  grade for reel 3 locked, LUT {r.code('LUT_v##')} in "
        f"/shared/grading. DaVinci Resolve {r.version()} needed to open the project\n"
        f"@qc-bot  {r.time()}\n  QC: 2 flash frames at 01:0{r.num(2, 9)}:{r.num(10, 59)}:12, "
        "Dolby Atmos stems OK\n",
    ]


@clean("music-setlist", "notes", "music")
def c_music_setlist(r: Ctx):
    songs = r.sample(
        [
            "Glass Harbour",
            "Paper Moons",
            "Slow Signal",
            "Undertow",
            "Salt Lines",
            "Static Bloom",
            "Hollow Year",
            "Northbound",
            "Foxglove",
        ],
        6,
    )
    keys = ["C", "D", "E♭", "F#m", "A", "Bm", "G"]
    return [
        "SET (acoustic, 45 min)\n\n",
        "\n".join(
            f"{i + 1}. {s} – {r.pick(keys)} – {r.num(70, 140)} bpm" for i, s in enumerate(songs)
        ),
        f"\n\nChangeover {r.num(10, 20)} min. Backline: {r.d('instrument')}. No encore "
        "unless the stage manager says will do.",
    ]


@clean("music-dsp-tsv", "tsv", "music")
def c_music_tsv(r: Ctx):
    rows = []
    for dsp in r.sample(
        ["Spotify", "Apple Music", "YouTube Music", "Deezer", "Tidal", "Amazon Music"], 4
    ):
        rows.append(
            f"{dsp}\t{r.code('ISRC @@@@@#######')[5:]}\t{r.num(1000, 900000)}\t"
            f"{r.money('$', 3, 3000)}\n"
        )
    return [f"period\t{r.date('iso')[:7]}\ndsp\tisrc\tstreams\tnet\n", rows]


@clean("music-release-xml", "xml", "music")
def c_music_xml(r: Ctx):
    tracks = r.sample(["Glass Harbour", "Paper Moons", "Slow Signal", "Undertow", "Copper Sky"], 3)
    out = [
        f'<Release upc="{r.code("############")}" label="Northbeat Records">\n'
        f"  <ReleaseDate>{r.date('iso')}</ReleaseDate>\n"
    ]
    for i, t in enumerate(tracks):
        out.append(
            f'  <Track no="{i + 1}" isrc="{r.code("@@@@@#######")}" '
            f'duration="PT{r.num(2, 5)}M{r.num(10, 59)}S">{t}</Track>\n'
        )
    return out + ["</Release>"]


@clean("music-stats-toolcall", "toolcall", "music")
def c_music_tool(r: Ctx):
    return [
        f'{{"name": "get_streaming_stats", "arguments": {{"isrc": "{r.code("@@@@@#######")}", '
        f'"period": "{r.date("iso")[:7]}", "dsp": ["spotify", "apple_music"], '
        f'"group_by": "week", "currency": "{r.pick(["EUR", "GBP", "USD"])}"}}}}',
    ]


@clean("film-set-transcript", "transcript", "film")
def c_film_transcript(r: Ctx):
    return [
        f"1st AD: Going again, scene {r.num(1, 90)} take {r.num(2, 9)}. Quiet please.\n"
        "Sound: Speed.\nCamera A: Rolling.\n2nd AC: Mark it.\n"
        f"Director: ...and action.\n1st AD: Cut. Check the gate. We'll move to the "
        f"{r.dn('film_kit')} for the reverse.\nScript supervisor: That was {r.num(1, 3)} min "
        f"{r.num(10, 59)}, continuity note on the coffee cup.",
    ]


@clean("mfg-spc-trace", "stacktrace", "manufacturing")
def c_mfg_trace(r: Ctx):
    return [
        'Traceback (most recent call last):\n  File "/srv/spc/jobs/nightly.py", line '
        f"{r.num(20, 200)}, in run\n    chart = build_xbar(subgroups)\n"
        f'  File "/srv/spc/charts.py", line {r.num(20, 200)}, in build_xbar\n'
        "    sigma = statistics.stdev(values)\nstatistics.StatisticsError: stdev requires at "
        f"least two data points (part {r.code('####-####-##')}, gauge {r.code('GA-####')})",
    ]


@clean("con-diary-voice", "voice", "construction")
def c_con_voice(r: Ctx):
    return [
        f"site diary {r.weekday().lower()} concrete pour on level {r.num(2, 6)} put back to "
        f"tomorrow because of rain pump booked for seven scaffold tag renewed on the east "
        f"elevation {r.num(20, 60)} bags of cement delivered and the skip swap is still "
        "outstanding chase the hire firm we hope it comes before noon",
    ]


@clean("garage-booking-chat", "chat", "garage")
def c_garage_chat(r: Ctx):
    return [
        f"Can you explain the difference between a full service and an interim service for a "
        f"{r.d('vehicle')} with {r.num(40, 160)},000 miles? The garage quoted "
        f"{r.money('£', 150, 400)} and {r.money('£', 90, 200)}. Also what does advisory code "
        f"{r.code('@#')} on the MOT mean?",
    ]
