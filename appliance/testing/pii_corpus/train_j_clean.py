"""Clean templates for `train_j`: work and science prompts with no person, place or contact,
full of things named like people (libraries, bots, theorems, laws, units, diseases,
procedures, instruments, funds, trophies, ships, storms, awards, brands, characters) and of
decoy numbers, none of them labelled.

Written by hand from its author's head (blind: only `pii_corpus/__init__.py` and
`validity.py` were read). Same placeholders as `train_j_personal`, less the people, places
and contacts. Given names that are everyday words appear here only as words or things
("we hope", "Amber alert", "Rose Gold").
"""

from __future__ import annotations

CLEAN: tuple[tuple[str, str], ...] = (
    # ------------------------------------------------------------------ code with comments
    (
        "code",
        "# Uses the {t:algo}; see {t:theorem} for why it converges\ndef solve(graph, source):\n    ...",
    ),
    (
        "code",
        'class {t:camel}(Base):\n    """Wraps the {t:lib} client. Added in {d:ver}."""\n    retries = {d:small}',
    ),
    (
        "code",
        "from {t:lib|lc} import Client  # pinned to {d:ver}, see {d:ticket}\nclient = Client(timeout={d:small})",
    ),
    (
        "code",
        "// HACK: {t:bot} sends duplicate webhooks, dedupe on {d:hash}\nif (seen.has(id)) return;",
    ),
    ("code", 'const HOST = "{t:host}.internal";  // migrated off {t:host2} in {d:month}'),
    ("code", "# {t:law}: this will take longer than you think\nMAX_WAIT_S = {d:num}"),
    ("code", "def {t:camel|snake}(x):\n    # {t:stat} with continuity correction\n    return x"),
    (
        "code",
        'optimizer = Adam(lr=3e-4)  # {t:algo} variant, warmup {d:num} steps\nmodel = {t:model}.from_pretrained("{t:model|lc}-base")',
    ),
    (
        "code",
        "SELECT ship, storm FROM voyages WHERE ship = '{t:ship}' AND storm = '{t:storm}'; -- {d:ticket}",
    ),
    (
        "code",
        'assert convert(1.0, "{t:unit}") == pytest.approx(0.001)  # regression for {d:ticket}',
    ),
    (
        "code",
        "# TODO: replace {t:camel} with {t:camel2} before {d:ver}\n# FIXME: {t:lib} leaks file handles on {t:host}",
    ),
    ("code", 'ENV = {"BOT_NAME": "{t:bot}", "MODEL": "{t:model}", "REGION": "r{d:small}"}'),
    (
        "code",
        "test('renders {t:character} avatar', () => {\n  expect(render('{t:character}')).toMatchSnapshot();\n});",
    ),
    ("code", '#include "{t:camel}.h"  /* {t:theorem}, eq. {d:small} */'),
    ("code", "docker run -d --name {t:lib|lc} -p {d:port}:{d:port} registry/{t:lib|lc}:{d:ver}"),
    # ------------------------------------------------------------------ logs
    ("log", "{d:iso} INFO {t:lib|lc} worker started on {t:host} (pid {d:pid}, {d:ver})"),
    ("log", "{d:iso} WARN {t:camel} slow query {d:ms}ms trace={d:hash}"),
    ("log", "{d:iso} ERROR {t:bot}: intent 'weather' failed, upstream {d:num} returned 503"),
    ("log", "[{d:time}] build #{d:num} on {t:host} passed ({t:lib} {d:ver}, {d:ms}ms)"),
    ("log", "{d:iso} INFO order {d:order} shipped, tracking {d:track}, carrier code {d:small}"),
    ("log", "{d:iso} AUDIT role '{t:role}' granted to service account svc-{t:lib|lc}-{d:small}"),
    ("log", 'level=warn component={t:camel} msg="{t:algo} did not converge" iter={d:num}'),
    ("log", "{d:iso} INFO sensor S{d:small} field={d:pct} {t:unit} threshold exceeded"),
    ("log", "{d:iso} DEBUG cache hit ratio {d:pct} on {t:host}; {t:lib} eviction ok"),
    ("log", "{d:iso} INFO alert level set to Amber by rule {d:ticket} ({t:law})"),
    (
        "log",
        "{d:iso} ERROR PaymentService invoice {d:invoice} total {d:price} status=DECLINED reason=limit",
    ),
    # ------------------------------------------------------------------ tickets
    (
        "ticket",
        "{d:ticket}: {t:camel} returns NaN for inputs above 1e6\nComponent: {t:lib}\nFix version: {d:ver}",
    ),
    (
        "ticket",
        "Title: {t:bot} answers with the {t:character} persona after the {d:ver} update\nSeverity: minor",
    ),
    (
        "ticket",
        "Upgrade {t:lib} {d:ver} -> {d:ver2} on all {t:codename} hosts. Blocked by {d:ticket}.",
    ),
    (
        "ticket",
        "Spike: compare {t:algo} and {t:algo2} for the routing engine. Timebox {d:small} days.",
    ),
    (
        "ticket",
        "Customer reports the {t:brand} dock drops the {t:colour} monitor after sleep. Order {d:order}.",
    ),
    (
        "ticket",
        "Epic {d:ticket} - {t:codename} GA\n- [ ] {t:lib} migration\n- [ ] {t:bot} skill\n- [x] load test ({d:num} rps)",
    ),
    ("ticket", "Rename the {t:team} in the booking system; it still shows as '{t:team2}'."),
    (
        "ticket",
        "{d:ticket} reopened: the {t:camel} fix in {d:hash} regressed the {t:stat} benchmark by {d:pct}.",
    ),
    (
        "ticket",
        "Procurement: 3x {t:instrument}, 1x {t:instrument2}. PO {d:order}, budget line {d:small}.",
    ),
    (
        "ticket",
        "Support macro 'Hope this helps' is missing for the {t:brand} queue; add it before {t:holiday}.",
    ),
    # ------------------------------------------------------------------ commit messages
    ("commit", "fix({t:lib|lc}): guard against empty input in {t:camel}\n\nCloses {d:ticket}."),
    ("commit", "Merge pull request #{d:num} from org/{t:branch}"),
    ("commit", "feat: implement {t:algo} for the scheduler ({d:pct} faster)"),
    ("commit", "refactor: split {t:camel} into {t:camel2} and helpers"),
    ("commit", "chore(deps): bump {t:lib|lc} from {d:ver} to {d:ver2}"),
    ("commit", "docs: explain {t:law} in CONTRIBUTING.md"),
    ("commit", "{d:hash} test: add property tests with {t:lib} for the {t:theorem} bound"),
    ("commit", 'Revert "use {t:model} tokenizer"\n\nThis reverts commit {d:hash}.'),
    # ------------------------------------------------------------------ meeting notes
    (
        "meeting",
        "Standup {d:date}\n- {t:codename}: {t:lib} upgrade done\n- {t:codename2}: waiting on {d:ticket}\n- risks: {t:law}",
    ),
    (
        "meeting",
        "Agenda ({t:team}, {d:time}):\n1. {t:bot} roadmap\n2. {t:model} eval\n3. {t:holiday} cover rota",
    ),
    (
        "meeting",
        "Decision log: we adopt the {t:style} for planning; the {t:style2} was rejected. Review {d:month}.",
    ),
    (
        "meeting",
        "Retro: Sunny spells in the metrics, but the {t:camel} incident cost {d:num} minutes. Action: alerts at Amber.",
    ),
    (
        "meeting",
        "Notes - the {t:role} and the {t:role2} agreed the {t:econ} policy. Next sync {d:weekday}.",
    ),
    (
        "meeting",
        "Minutes {d:date}: the Hope Foundation grant for the {t:codename} pilot will be renewed; amount {d:price}.",
    ),
    (
        "meeting",
        "quick sync: {t:lib|lc} perf regressed, {t:host} swapped, {t:codename} demo moved to {d:weekday}",
    ),
    (
        "meeting",
        "All-hands Q{d:q}: the {t:award} nomination went in; the {t:trophy} sweepstake is back.",
    ),
    # ------------------------------------------------------------------ lab notebooks
    (
        "lab",
        "{d:date} - Ran the {t:method} on batch {d:sample}. Yield {d:pct}. {t:instrument} recalibrated.",
    ),
    (
        "lab",
        "Exp {d:small}: measured {d:num} {t:unit} across the {t:instrument}. Compare with the {t:theorem} prediction.",
    ),
    (
        "lab",
        "Protocol v{d:small}: {t:method}, then {t:method2}; store at 4 C. Reagent lot {d:lot}.",
    ),
    (
        "lab",
        "Stats: {t:stat} (p = 0.0{d:small}), effect size via {t:stat2}. Plots saved as fig_{d:small2}.png.",
    ),
    ("lab", "Note: the {t:instrument} in the {t:team} is booked; use the {t:instrument2} instead."),
    (
        "lab",
        "Simulated the {t:theorem} with the {t:algo}; error below 1e-{d:small} after {d:num} steps.",
    ),
    ("lab", "Calibration: Reynolds {d:num}, Mach 0.{d:small}; {t:law} holds within {d:pct}."),
    ("lab", 'Seminar {d:weekday} {d:time}: "{t:algo} and the {t:theorem}" in the {t:team}.'),
    # ------------------------------------------------------------------ clinical notes
    (
        "clinical",
        "Teaching note: distinguish {t:disease} from {t:disease2}; {t:procedure} helps. See the {t:anatomy} diagram.",
    ),
    (
        "clinical",
        "Protocol {d:ticket}: {t:procedure} under sedation; monitor with a {t:procedure2}. Dose {d:dose}.",
    ),
    ("clinical", "Audit: {d:num} {t:procedure} cases in Q{d:q}, complication rate {d:pct}."),
    (
        "clinical",
        "Quiz: which sign suggests {t:disease}? a) {t:procedure} b) {t:anatomy} c) neither",
    ),
    (
        "clinical",
        "Ward stock: {d:small} x {t:procedure}, {d:small2} x {t:procedure2}. Reorder code {d:sku}.",
    ),
    (
        "clinical",
        "Guideline update {d:ver}: screen for {t:disease} at {d:age}+; the {t:role} signs off.",
    ),
    (
        "clinical",
        "Handover template: bed __, age __, dx __ ({t:disease}?), plan __. BP {d:bp}, HR {d:small}.",
    ),
    (
        "clinical",
        "Research summary: {t:disease} and {t:anatomy} - cohort of {d:num}, HR 1.{d:small}.",
    ),
    # ------------------------------------------------------------------ reports with tables
    (
        "table",
        "| Service | Host | Version |\n|---|---|---|\n| {t:lib} | {t:host} | {d:ver} |\n| {t:lib2} | {t:host2} | {d:ver2} |",
    ),
    (
        "table",
        "Index                         Close     Change\n{t:fund}    {d:num}    {d:pct}\n{t:fund2}    {d:num2}    {d:pct2}",
    ),
    (
        "table",
        "Model       Score   Notes\n{t:model}   {d:pct}   baseline\n{t:model2}   {d:pct2}   +{t:algo}",
    ),
    (
        "table",
        "| Storm | Category | Losses |\n|---|---|---|\n| {t:storm} | {d:small} | {d:price} |\n| {t:storm2} | {d:small2} | {d:price2} |",
    ),
    (
        "table",
        "Year  Trophy  Result\n{d:year}  {t:trophy}  runner-up\n{d:year2}  {t:trophy2}  winner",
    ),
    (
        "table",
        "| Test | Statistic | p |\n|---|---|---|\n| {t:stat} | {d:small}.4 | 0.03 |\n| {t:stat2} | {d:small2}.1 | 0.20 |",
    ),
    ("table", "Fleet list\n{t:ship} | IMO {d:imo} | in service\n{t:ship2} | IMO {d:imo2} | refit"),
    (
        "table",
        "Award            Year   Field\n{t:award}   {d:year}   physics\n{t:award2}   {d:year2}   computing",
    ),
    # ------------------------------------------------------------------ JSON
    (
        "json",
        '{"service": "{t:lib|lc}", "host": "{t:host}", "version": "{d:ver}", "status": "degraded"}',
    ),
    (
        "json",
        '{"bot": "{t:bot}", "model": "{t:model}", "temperature": 0.{d:small}, "persona": "{t:character}"}',
    ),
    (
        "json",
        '{"order": "{d:order}", "items": [{"sku": "{d:sku}", "name": "{t:brand} blender, {t:colour}"}], "total": "{d:price}"}',
    ),
    ("json", '{"storm": "{t:storm}", "wind_kt": {d:num}, "advisory": "{d:ticket}"}'),
    ("json", '{"theorem": "{t:theorem}", "proof_status": "checked", "lean_version": "{d:ver}"}'),
    ("json", '{"messages": [{"role": "user", "content": "Explain the {t:algo} with an example"}]}'),
    ("json", '{"race": "{d:year} Gold Cup", "favourite": "{t:horse}", "odds": "{d:small}/1"}'),
    (
        "json",
        '{"fund": "{t:fund}", "benchmark": "{t:fund2}", "screen": "{t:econ}", "ter": "0.{d:small}%"}',
    ),
    # ------------------------------------------------------------------ YAML
    (
        "yaml",
        "service: {t:lib|lc}\nimage: registry/{t:lib|lc}:{d:ver}\nreplicas: {d:small}\nnode: {t:host}",
    ),
    (
        "yaml",
        "bot:\n  name: {t:bot}\n  model: {t:model}\n  fallback: {t:model2}\n  max_tokens: {d:num}",
    ),
    (
        "yaml",
        'on:\n  push:\n    branches: [main, "{t:branch}"]\njobs:\n  test:\n    runs-on: {t:host}',
    ),
    ("yaml", 'theme:\n  accent: "{t:colour}"\n  font: "{t:lib}"\nrelease: {t:codename}'),
    ("yaml", "rota:\n  {d:weekday}: {t:team}\n  {d:weekday2}: {t:team2}\nholiday: {t:holiday}"),
    (
        "yaml",
        "experiment: {t:codename}\nmethod: {t:method}\ninstrument: {t:instrument}\nunits: {t:unit}",
    ),
    # ------------------------------------------------------------------ CSV
    (
        "csv",
        "sku,product,finish,price\n{d:sku},{t:brand} kettle,{t:colour},{d:price}\n{d:sku2},{t:brand2} toaster,Rose Gold,{d:price2}",
    ),
    ("csv", "ticket,component,status\n{d:ticket},{t:camel},open\n{d:ticket2},{t:camel2},closed"),
    (
        "csv",
        "horse,race,odds\n{t:horse},{d:year} Guineas,{d:small}/1\n{t:horse2},{d:year} Oaks,{d:small2}/1",
    ),
    ("csv", 'vessel,class,launched\n"{t:ship}",frigate,{d:year}\n"{t:ship2}",tanker,{d:year2}'),
    # ------------------------------------------------------------------ HTML/XML
    (
        "markup",
        "<h2>Release notes {d:ver}</h2><ul><li>{t:camel} is faster</li><li>{t:bot} now speaks {d:small} languages</li></ul>",
    ),
    (
        "markup",
        "<dependency><groupId>org.{t:lib|lc}</groupId><version>{d:ver}</version></dependency>",
    ),
    (
        "markup",
        '<meta name="generator" content="{t:lib} {d:ver}"><title>{t:theorem} explained</title>',
    ),
    (
        "markup",
        '<product sku="{d:sku}"><name>{t:brand} {t:colour} edition</name><price>{d:price}</price></product>',
    ),
    ("markup", "<menu><item>{t:food}</item><item>{t:food2}</item></menu>"),
    # ------------------------------------------------------------------ chat
    ("chat", "can you explain the {t:algo} in simple terms?"),
    ("chat", "what's the difference between {t:disease} and {t:disease2}?"),
    ("chat", "is {t:lib} or {t:lib2} better for a small team?"),
    ("chat", "Write a limerick about {t:law}."),
    ("chat", "who won the {t:trophy} in {d:year}? just the team, no players please"),
    ("chat", "why does {t:bot} keep saying it can't help with that"),
    ("chat", "I hope the {t:codename} build goes green this time, it will save us a day"),
    ("chat", "give me 5 names for a {t:lib|lc} plugin, like {t:character} puns"),
    ("chat", "our {t:model} fine-tune keeps calling itself {t:bot}, how do I stop it"),
    ("chat", "Recipe for {t:food} for six people?"),
    ("chat", "What colour goes with {t:colour} in a kitchen?"),
    ("chat", "Explain the {t:theorem} to a first-year student."),
    ("chat", "How did {t:storm} compare with {t:storm2} in damage?"),
    ("chat", "what was special about {t:horse}?"),
    ("chat", "Is {t:style} good for back pain?"),
    ("chat", "Summarise the plot of the {t:game} games in three lines."),
    ("chat", "Ruby on Rails or {t:lib} for a quick admin panel?"),
    ("chat", "grace period for the {t:fund} fund redemption is how long?"),
    ("chat", "Will the {t:ship} replica be open to visitors on {t:holiday}?"),
    ("chat", "Mark the {t:camel} tests as flaky and bill the hours to {d:ticket}."),
    # ------------------------------------------------------------------ email
    (
        "email",
        "Hi all,\n\nThe {t:lib} cluster moves to {t:host} on {d:weekday}. Expect {d:small} minutes of downtime.\n\nThanks,\nPlatform team",
    ),
    (
        "email",
        "Subject: {t:award} nominations open\n\nNominations close {d:date}. See the portal, ref {d:ticket}.",
    ),
    (
        "email",
        "Dear customer,\nYour order {d:order} ({t:brand} {t:colour}) has shipped. Tracking: {d:track}.\nCustomer Care",
    ),
    (
        "email",
        "Reminder: the {t:holiday} freeze starts {d:date}. No deploys of {t:codename} after {d:time}.",
    ),
    (
        "email",
        "Hello,\nInvoice {d:invoice} for the {t:instrument} service contract is attached: {d:price} due in 30 days.\nAccounts Payable",
    ),
    (
        "email",
        "Team, the {t:role} asked us to read up on {t:law} before the planning session. Slides in the wiki.",
    ),
    # ------------------------------------------------------------------ voice-to-text
    ("voice", "hey {t:bot|lc} whats the status of the {t:lib|lc} build"),
    ("voice", "remind me to order the {t:instrument|lc} before {d:weekday|lc}"),
    ("voice", "play the {t:character|lc} episode again"),
    ("voice", "how many {t:unit} in a kilo one"),
    ("voice", "add {t:food|lc} to the shopping list and set the amber lights to forty percent"),
    ("voice", "what time does the {t:trophy|lc} final start"),
    # ------------------------------------------------------------------ reports
    (
        "report",
        "Incident {d:ticket}: {t:host} disk full during {t:algo} batch. Impact {d:small} min. Root cause: log rotation.",
    ),
    (
        "report",
        "Weekly KPIs: {t:bot} resolved {d:pct} of chats; {t:model} latency {d:ms}ms; NPS {d:small}.",
    ),
    (
        "report",
        "Risk note: {t:storm} may delay the {t:ship} by {d:small} days; cargo insured, ref {d:order}.",
    ),
    ("report", "Market wrap: {t:fund} up {d:pct}, {t:fund2} flat; the {t:econ} debate continues."),
    ("report", "Product review: the {t:brand} {t:colour} finish scratches easily; 3/5."),
    ("report", "Award citation: the {t:award} recognises work that extended the {t:theorem}."),
    (
        "report",
        "Postmortem {d:date}: the {t:camel} deadlock, found with {t:lib}; fixed in {d:ver}.",
    ),
)
