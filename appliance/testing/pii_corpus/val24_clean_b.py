"""val24 clean templates, part B (no personal data, many decoys): publishing, gaming and
esports, local government, police and dispatch, schools."""

from __future__ import annotations

from .val24_gen import Ctx, clean


@clean("pub-blurb-chat", "chat", "publishing")
def c_pub_chat(r: Ctx):
    ch = r.d("character")
    return [
        f'Tighten this back-cover blurb to under 80 words: "In a town where the tide never '
        f"turns, a retired ferry pilot finds a ledger that shouldn't exist. Fans of {ch} will "
        f'love this twisty, warm mystery." Keep the comparison to {ch} and mention it was '
        f"shortlisted for {r.d('award')}.",
    ]


@clean("pub-onix-xml", "xml", "publishing")
def c_pub_xml(r: Ctx):
    return [
        f"<Product>\n  <RecordReference>{r.code('PK-######')}</RecordReference>\n"
        f'  <ProductIdentifier type="15">{r.isbn().replace("-", "")}</ProductIdentifier>\n'
        f"  <Title>{r.pick(['The Quiet Ferry', 'Small Hours', 'Winter Ledger'])}</Title>\n"
        f'  <Subject scheme="BISAC">{r.pick(["FIC022000", "FIC019000", "FIC045000"])}</Subject>\n'
        f"  <PublishingDate>{r.date('iso').replace('-', '')}</PublishingDate>\n"
        f'  <Price currency="GBP">{r.num(8, 22)}.99</Price>\n  <Extent>{r.num(240, 480)}'
        "</Extent>\n</Product>",
    ]


@clean("pub-corporate-biblio", "bibliography", "publishing")
def c_pub_biblio(r: Ctx):
    refs = [
        "World Health Organization ({y}) Guidelines on physical activity. Technical report "
        "series no. {n}.",
        "International Organization for Standardization ({y}) ISO 9001:2015 Quality "
        "management systems – Requirements.",
        "Office for National Statistics ({y}) Household expenditure, table {n}.",
        "British Standards Institution ({y}) BS 8536-1 Briefing for design and construction.",
        "Anon. ({y}) The ferryman's almanac. Reprint, {n} pp.",
        "Publishers Association ({y}) Annual book market report.",
    ]
    out = []
    for ref in r.sample(refs, 4):
        out.append(ref.format(y=r.num(1990, 2024), n=r.num(10, 400)) + f" doi:{r.doi()}\n")
    return out


@clean("pub-typeset-jira", "jira", "publishing")
def c_pub_jira(r: Ctx):
    return [
        f"PROD-{r.num(100, 999)}  Widows and orphans in chapter {r.num(2, 30)}\n\n"
        "Comment (production bot): Proof pass 2 generated, "
        f"{r.num(300, 480)} pages, ISBN {r.isbn()}.\nComment (Typesetting): Fixed with "
        f"tracking -{r.num(5, 15)} on pp. {r.num(20, 80)}–{r.num(81, 120)}. Font is Minion Pro, "
        f"{r.num(10, 11)}.5/14. Will mark as done once the index reflows.",
    ]


@clean("pub-schedule-email", "email", "publishing")
def c_pub_email(r: Ctx):
    return [
        f"Subject: Production schedule – {r.pick(['Small Hours', 'The Quiet Ferry'])}\n\n"
        f"Hi team,\n\nCopy-edit back: {r.date('long')}\nFirst proofs: {r.date('long')}\n"
        f"Cover final: {r.date('long')} (Pantone {r.num(100, 700)} C, spot UV)\n"
        f"Print run: {r.num(2, 20)},000, {r.pick(['B-format', 'hardback', 'trade paperback'])}\n"
        f"Publication: {r.date('long')}\n\nWe hope to submit it for {r.d('award')}.\n\n"
        "Rights & Permissions",
    ]


@clean("game-patch-table", "markdown_table", "gaming")
def c_game_md(r: Ctx):
    rows = []
    for agent in r.sample(["Jett", "Sova", "Reyna", "Killjoy", "Sage"], 4):
        rows.append(
            f"| {agent} | {r.pick(['ult cost', 'cooldown', 'damage', 'duration'])} | "
            f"{r.num(5, 40)} → {r.num(5, 40)} |\n"
        )
    return [
        f"Patch {r.version()} balance changes\n\n| Agent | Stat | Change |\n|---|---|---|\n",
        rows,
    ]


@clean("game-match-json", "json", "gaming")
def c_game_json(r: Ctx):
    return [
        f'{{"match_id": "{r.uuid()}", "map": "{r.pick(["Ascent", "Haven", "Lotus", "Pearl"])}", '
        f'"score": [{r.num(8, 13)}, {r.num(8, 13)}], "mvp_handle": "{r.code("@@@##").lower()}", '
        f'"duration_s": {r.num(1500, 3200)}, "server_tick": 128, "patch": "{r.version()}", '
        f'"agents": ["{r.d("game_agent")}", "{r.d("game_agent")}"]}}',
    ]


@clean("game-server-log", "log", "gaming")
def c_game_log(r: Ctx):
    return [
        f"{r.date('iso')} {r.clock()} gs-{r.num(10, 99)} INFO match {r.code('M-########')} "
        f"started tick=128 players=10\n"
        f"{r.date('iso')} {r.clock()} gs-{r.num(10, 99)} WARN packet loss {r.num(2, 9)}% "
        f"on shard {r.code('@@#')}\n"
        f"{r.date('iso')} {r.clock()} gs-{r.num(10, 99)} INFO match ended winner=team_{r.pick('AB')} "
        f"rounds={r.num(13, 20)}\n"
        f"{r.date('iso')} {r.clock()} anticheat INFO scan {r.sha(12)} clean\n",
    ]


@clean("game-matchmaker-go", "code", "gaming")
def c_game_go(r: Ctx):
    return [
        "// Package mm pairs lobbies by rating band.\npackage mm\n\nconst (\n"
        f"\tbandWidth  = {r.num(50, 200)}\n\tmaxWaitSec = {r.num(30, 180)}\n)\n\n"
        "// Score uses the Elo expectation; see Dijkstra's algorithm note in docs/routing.md.\n"
        "func Score(a, b float64) float64 {\n\treturn 1 / (1 + math.Pow(10, (b-a)/400))\n}\n",
    ]


@clean("game-bug-ticket", "ticket", "gaming")
def c_game_ticket(r: Ctx):
    return [
        f"BUG-{r.num(1000, 9999)}  {r.d('game_agent')} ability clips through wall on "
        f"{r.pick(['Ascent', 'Haven', 'Lotus'])}\nBuild: {r.version()} ({r.sha(8)})\n"
        f"Platform: PC, {r.pick(['DX12', 'Vulkan'])}\nRepro: 4/5\n\nSteps: stand at B site "
        f"default plant, cast ability at {r.num(30, 80)}° pitch. Expected: blocked. Actual: "
        "passes through.\nCrash dump: ",
        r.uuid(),
        ".dmp",
    ]


@clean("game-mod-slack", "slack", "gaming")
def c_game_slack(r: Ctx):
    return [
        f"#mod-queue  {r.date('short')}\n@automod  {r.time()}\n  flagged {r.num(3, 40)} "
        f"messages in #general (slur filter v{r.num(2, 9)})\n@mod-lead  {r.time()}\n  will do a "
        f"sweep after the stream. anything over severity {r.num(2, 4)} goes to Trust and Safety\n"
        f"@null-bot  {r.time()}\n  Tournament check-in closes at {r.time()}\n",
    ]


@clean("council-bins-html", "html", "council")
def c_council_html(r: Ctx):
    return [
        '<h1>Bin collection days</h1>\n<form action="/bins" method="get">\n  <label>Enter '
        'your postcode</label>\n  <input name="pc" placeholder="e.g. AB1 2CD">\n'
        "  <button>Find</button>\n</form>\n<p>Garden waste subscriptions cost "
        f"{r.money('£', 40, 70)} a year. Holiday changes: collections move by one day "
        f"from {r.date('long')}.</p>",
    ]


@clean("council-fee-form", "form", "council")
def c_council_form(r: Ctx):
    return [
        f"PLANNING FEE CALCULATOR\n\nApplication type: {r.pick(['Householder', 'Full', 'Prior approval'])}\n"
        f"Number of dwellings: {r.num(0, 9)}\nFloor area (m²): {r.num(10, 400)}\n"
        f"Fee: {r.money('£', 120, 4000)}\nFast-track option: {r.pick(['yes', 'no'])}\n"
        f"Reference: {r.code('PP-########')}\nValid until: {r.date('long')}",
    ]


@clean("council-minutes-roles", "minutes", "council")
def c_council_minutes(r: Ctx):
    return [
        f"LICENSING SUB-COMMITTEE – {r.date('long')}\n\nPresent: the Chair and two members; "
        "the Licensing Officer; the applicant's representative.\n\n1. Application "
        f"{r.code('LIC/####/##')} for a premises licence until {r.time()}.\n2. Environmental "
        "Health raised noise concerns; conditions agreed (windows closed after 22:00).\n"
        "3. Resolved: granted with conditions. A grace period of 28 days applies for the "
        "signage.\n",
    ]


@clean("council-bill-letter", "letter", "council")
def c_council_letter(r: Ctx):
    return [
        f"Dear Resident,\n\nYour council tax bill for {r.num(2025, 2026)}/{r.num(26, 27)}\n\n"
        f"Band {r.pick('ABCDEFGH')} charge: {r.money('£', 1200, 3400)}\n"
        f"Single person discount: {r.pick(['applied', 'not applied'])}\n"
        f"Instalments: {r.pick(['10', '12'])} monthly payments from {r.date('long')}\n\n"
        "If you pay by Direct Debit you need do nothing. If you cannot pay, contact Revenues "
        "and Benefits as soon as possible – we will not take action while a query is open.\n\n"
        "Yours faithfully,\n\nHead of Revenues",
    ]


@clean("cad-perf-log", "log", "dispatch")
def c_cad_log(r: Ctx):
    return [
        f"{r.clock()} cad-core INFO  queue depth={r.num(0, 30)} p95_ms={r.num(40, 400)}\n"
        f"{r.clock()} cad-core WARN  avl feed lag {r.num(5, 60)}s (vendor {r.code('AVL-##')})\n"
        f"{r.clock()} cad-core INFO  {r.num(100, 900)} incidents open, {r.num(10, 90)} units "
        "available\n"
        f"{r.clock()} cad-core INFO  nightly archive {r.uuid()} complete\n",
    ]


@clean("police-ref-sms", "sms", "police")
def c_police_sms(r: Ctx):
    return [
        f"Thank you for reporting online. Your crime reference is {r.code('##/#####/' + r.num(23, 26))}. "
        "An officer will review it within 5 working days. For updates quote the reference. "
        "Do not reply.",
    ]


@clean("dispatch-training-transcript", "transcript", "dispatch")
def c_dispatch_transcript(r: Ctx):
    pet = r.d("pet")
    return [
        "[Training scenario 7 – lost dog]\nCall handler: Police, how can I help?\n"
        f"Caller: Our dog {pet} ran off in the park about twenty minutes ago.\n"
        f"Call handler: What breed and colour is {pet}?\nCaller: Spaniel, brown and white, "
        "red collar.\nCall handler: Is the dog microchipped?\nCaller: Yes.\nCall handler: "
        "I'll log it and pass it to the dog warden. Reference "
        f"{r.code('######')}.",
    ]


@clean("school-term-letter", "letter", "school")
def c_school_letter(r: Ctx):
    return [
        "Dear Parents and Carers,\n\nTerm dates\nAutumn term: ",
        f"{r.date('long')} – {r.date('long')} (INSET days on {r.weekday()}s)\n"
        f"Half term: {r.date('long')}\n\nNon-uniform day raises money for the Nobel Prize "
        "outreach project; donations of £1 please. Reading books go home on "
        f"{r.weekday()}s.\n\nWe hope you have a restful break.\n\nThe School Office",
    ]


@clean("school-exam-csv", "csv", "school")
def c_school_csv(r: Ctx):
    subjects = [
        "Mathematics",
        "English Language",
        "Biology",
        "Chemistry",
        "History",
        "Geography",
        "Computer Science",
        "French",
    ]
    rows = []
    for s in r.sample(subjects, 5):
        rows.append(
            f"{s},Paper {r.num(1, 3)},{r.date('iso')},{r.pick(['AM', 'PM'])},"
            f"{r.num(60, 135)},Sports Hall {r.pick('AB')}\n"
        )
    return ["subject,paper,date,session,minutes,room\n", rows]


@clean("school-inset-ics", "ics", "school")
def c_school_ics(r: Ctx):
    return [
        f"BEGIN:VEVENT\nSUMMARY:INSET day – school closed to pupils\n"
        f"DTSTART;VALUE=DATE:{r.date('iso').replace('-', '')}\nLOCATION:Main building\n"
        "DESCRIPTION:Safeguarding training 09:00, department time 13:30.\nEND:VEVENT",
    ]


@clean("school-lesson-plan", "notes", "school")
def c_school_notes(r: Ctx):
    return [
        f"Lesson plan – Year {r.num(7, 10)} maths, period {r.num(1, 6)}\nObjective: apply "
        "Pythagoras' theorem to 3D problems.\nStarter (10 min): recap squares and roots.\n"
        f"Main (30 min): worksheet {r.code('WS-##')}, questions 1–{r.num(8, 15)}; extension "
        "uses Cartesian coordinates.\nPlenary: exit ticket.\nResources: mini whiteboards, "
        f"room {r.code('@##')} projector.",
    ]


@clean("school-timetable-yaml", "yaml", "school")
def c_school_yaml(r: Ctx):
    return [
        f'timetable:\n  week: {r.pick("AB")}\n  periods:\n    - start: "08:50"\n      end: '
        f'"09:50"\n    - start: "09:50"\n      end: "10:50"\n  rooms:\n    '
        f'science: ["{r.code("S#")}", "{r.code("S#")}"]\n    computing: ["{r.code("C##")}"]\n'
        f'  bell_colour: "{r.hexcol()}"\n',
    ]


@clean("council-bins-json", "json", "council")
def c_council_json(r: Ctx):
    return [
        f'{{"uprn": "{r.code("10########")}", "collections": ['
        f'{{"type": "refuse", "next": "{r.date("iso")}"}}, '
        f'{{"type": "recycling", "next": "{r.date("iso")}"}}, '
        f'{{"type": "garden", "next": null, "subscribed": false}}], '
        f'"round": "{r.code("R##@")}"}}',
    ]


@clean("game-loadout-diff", "diff", "gaming")
def c_game_diff(r: Ctx):
    return [
        "--- a/config/loadouts.yml\n+++ b/config/loadouts.yml\n@@ -3,4 +3,4 @@\n"
        f" default:\n-  primary: {r.pick(['vandal', 'phantom'])}\n+  primary: "
        f'{r.pick(["spectre", "guardian"])}\n   crosshair: "{r.hexcol()}"\n'
        f"   sensitivity: 0.{r.num(20, 60)}\n",
    ]


@clean("school-trip-voice", "voice", "school")
def c_school_voice(r: Ctx):
    return [
        f"note for the office the year {r.num(5, 9)} trip coach leaves at {r.num(7, 9)} "
        f"fifteen not eight please text all parents forty two places paid so far we will "
        f"chase the rest on {r.weekday().lower()} and bill the balance to the trips budget",
    ]
