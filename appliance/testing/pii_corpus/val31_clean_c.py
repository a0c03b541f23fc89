"""val31 clean templates, part C (no personal data): logs, git, diffs, stack traces, Slack,
Jira, bibliographies, calendar and contact cards, pasted text in other languages and voice."""

from __future__ import annotations

from appliance.testing.pii_corpus.val31_gen import C

TEMPLATES = [
    # ----------------------------------------------------------------- log
    C(
        "cc-log-oss-1",
        "log",
        "oss",
        """
{{isodate}}T10:00:01Z INFO  server: listening on :{{port}}
{{isodate}}T10:00:02Z INFO  db: connected pool=10 version={{ver}}
{{isodate}}T10:00:09Z WARN  cache: {{software}} latency {{n:200-900}}ms > 150ms
{{isodate}}T10:00:15Z ERROR jobs: task {{uuid}} failed after 3 retries
""",
    ),
    C(
        "cc-log-ship-1",
        "log",
        "shipping",
        """
{{time}} TOS  {{container}} discharged from {{vessel}} bay {{n:10-80}} row {{n:1-20}}
{{time}} TOS  {{container}} moved to block {{pcode}}
{{time}} GATE truck {{n:100-999}} gate-out {{container}} seal {{n:100000-999999}}
""",
    ),
    C(
        "cc-log-rail-1",
        "log",
        "rail",
        """
[{{isodate}} {{time}}] SIG  token issued section {{n:1-9}} to {{loco}}
[{{isodate}} {{time}}] SIG  token returned section {{n:1-9}}
[{{isodate}} {{time}}] OPS  water taken at tank {{n:1-3}}, {{n:1000-4000}} gal
""",
    ),
    C(
        "cc-log-weather-1",
        "log",
        "weather",
        """
{{isodate}} {{time}} ingest: model run {{ver}} complete ({{n:100-900}} grids)
{{isodate}} {{time}} alert: threshold exceeded gust>{{n:50-70}}kt area={{pcode}}
{{isodate}} {{time}} alert: warning {{uuid}} published for {{storm}}
""",
    ),
    # ----------------------------------------------------------------- git
    C(
        "cc-git-oss-1",
        "git",
        "oss",
        """
$ git log --oneline -6
{{hash}} (HEAD -> main) Bump {{software}} to {{ver}}
{{hash}} Fix grace period calculation in invoice reminders
{{hash}} Add hex colour picker ({{hex}} default)
{{hash}} Merge pull request #{{n:100-999}} from feature/storm-alerts
{{hash}} docs: explain {{eponym}} in README
{{hash}} Initial commit
""",
    ),
    C(
        "cc-git-oss-2",
        "git",
        "oss",
        """
commit {{sha}}
Merge: {{hash}} {{hash}}
Date:   {{date}}

    Merge branch 'release/{{ver}}'

    * ci: cache {{software}} layers
    * fix: port {{port}} conflict in docker-compose
""",
    ),
    C(
        "cc-git-oss-3",
        "git",
        "oss",
        """
Write a changelog entry from this:
$ git log v{{n:1-3}}.{{n:0-9}}.0..HEAD --format='%h %s'
{{hash}} feat(export): CSV export of hive weights
{{hash}} fix(ui): sky blue theme contrast
{{hash}} chore: bump {{software}} from {{ver}} to {{ver}}
""",
    ),
    # ---------------------------------------------------------------- diff
    C(
        "cc-diff-oss-1",
        "diff",
        "oss",
        """
--- a/config/app.yaml
+++ b/config/app.yaml
@@ -4,7 +4,7 @@ server:
-  port: {{port}}
+  port: {{port}}
   workers: {{n:2-16}}
-  theme: "{{hex}}"
+  theme: "{{hex}}"
""",
    ),
    C(
        "cc-diff-wine-1",
        "diff",
        "wine",
        """
diff --git a/data/wines.csv b/data/wines.csv
@@ -10,3 +10,4 @@
 {{sku}},{{wine}},{{vintage}},"{{price}}"
-{{sku}},{{wine}},{{vintage}},"{{price}}"
+{{sku}},{{wine}},{{vintage}},"{{price}}"
+{{sku}},{{grape}} reserve,{{vintage}},"{{price}}"
""",
    ),
    C(
        "cc-diff-rail-1",
        "diff",
        "rail",
        """
Explain this change to the timetable generator:
-    DEPARTURES = ["{{time}}", "{{time}}"]
+    DEPARTURES = ["{{time}}", "{{time}}", "{{time}}"]
-    LOCO = "{{loco}}"
+    LOCO = "{{loco}}"  # swap while the boiler ticket is renewed
""",
    ),
    # ---------------------------------------------------------- stacktrace
    C(
        "cc-stack-py-1",
        "stacktrace",
        "oss",
        """
Traceback (most recent call last):
  File "/app/worker.py", line {{n:10-300}}, in run
    result = pipeline.process(batch_id="{{uuid}}")
  File "/app/pipeline.py", line {{n:10-300}}, in process
    raise ValueError(f"unknown SKU {sku!r}")
ValueError: unknown SKU '{{sku}}'
""",
    ),
    C(
        "cc-stack-java-1",
        "stacktrace",
        "shipping",
        """
java.lang.NumberFormatException: For input string: "{{container}}"
\tat java.base/java.lang.Integer.parseInt(Integer.java:{{n:600-700}})
\tat com.terminal.gate.SealParser.parse(SealParser.java:{{n:20-90}})
\tat com.terminal.gate.GateService.checkIn(GateService.java:{{n:100-300}})
""",
    ),
    C(
        "cc-stack-js-1",
        "stacktrace",
        "weather",
        """
RangeError: Invalid time value
    at Date.toISOString (<anonymous>)
    at formatWarning (warnings.js:{{n:10-200}}:22)
    at render (app.js:{{n:10-200}}:5)
warning = {"id":"{{uuid}}","name":"{{storm}}","valid":"{{date}}"}
""",
    ),
    # --------------------------------------------------------------- slack
    C(
        "cc-slack-oss-1",
        "slack",
        "oss",
        """
[{{time}}] {{bot}}: :white_check_mark: Deploy {{ver}} to staging succeeded ({{hash}})
[{{time}}] {{bot}}: :x: Nightly build failed on {{software}} tests
[{{time}}] {{bot}}: will retry in 15 min
""",
    ),
    C(
        "cc-slack-brewery-1",
        "slack",
        "brewery",
        """
#cellar
[{{time}}] @cellar-team: FV{{n:1-9}} dry hop done, {{n:5-20}} kg
[{{time}}] @cellar-team: CIP on line {{n:1-4}} at {{time}}
[{{time}}] @taproom: we're out of {{beer}} - will do a {{cocktail}} promo instead
""",
    ),
    C(
        "cc-slack-news-1",
        "slack",
        "news",
        """
[{{time}}] @newsdesk: Splash for tomorrow: {{storm}} aftermath. Pics by {{time}} please
[{{time}}] @pictures: on it, drone team up at first light
[{{time}}] @newsdesk: and the {{award}} piece moves to p{{n:4-20}}
""",
    ),
    # ---------------------------------------------------------------- jira
    C(
        "cc-jira-oss-1",
        "jira",
        "oss",
        """
{{ticket}}: Upgrade {{software}} to {{ver}}
Type: Task   Priority: Medium   Sprint: {{n:20-60}}
Description: Current version {{ver}} hits CVE-{{n:2023-2025}}-{{n:10000-49999}}. Update the \
Helm chart and pin image digest sha256:{{sha}}.
Acceptance: green CI, no change to port {{port}}.
""",
    ),
    C(
        "cc-jira-museum-1",
        "jira",
        "museum",
        """
{{ticket}}: Update wall text for {{artwork}}
Type: Content   Due: {{date}}
Description: Curatorial wants the dimensions corrected ({{n:20-200}} x {{n:20-200}} cm) and the \
credit line changed to "Purchased with support from the Art Fund, {{year}}".
""",
    ),
    C(
        "cc-jira-weather-1",
        "jira",
        "weather",
        """
{{ticket}} Storm naming list for next season
Please load the new list into the warning system before {{date}}. {{storm}} and {{storm}} are \
retired. Colour for amber warnings changes to {{hex}}.
""",
    ),
    # -------------------------------------------------------- bibliography
    C(
        "cc-bib-weather-1",
        "bibliography",
        "weather",
        """
References
World Meteorological Organization ({{pubyear}}) Manual on Codes, Volume I.1. WMO-No. 306. \
ISBN {{isbn}}.
Met Office ({{pubyear}}) Storm naming: how and why. Technical note {{n:100-900}}.
Royal Meteorological Society ({{pubyear}}) Weather, 76(4). https://doi.org/{{doi}}
""",
    ),
    C(
        "cc-bib-orchard-1",
        "bibliography",
        "orchard",
        """
Royal Horticultural Society ({{pubyear}}) Pests and diseases of apples. ISBN {{isbn}}.
National Fruit Collection ({{pubyear}}) Catalogue of dessert apples, including {{cultivar}} and \
{{cultivar}}. Technical bulletin {{n:10-99}}.
Anon. ({{pubyear}}) The rose {{rose}}: a cultivation guide. https://doi.org/{{doi}}
""",
    ),
    C(
        "cc-bib-mining-1",
        "bibliography",
        "mining",
        """
Format as Harvard:
- Geological Survey, {{pubyear}}. Mineral occurrence of {{mineral}}. Open report {{ref}}.
- International Mineralogical Association, {{pubyear}}. List of minerals. doi:{{doi}}
- Mining Journal, {{pubyear}}. Heap leach economics, vol. {{n:10-99}}, pp. {{n:1-50}}-{{n:51-99}}.
""",
    ),
    # ----------------------------------------------------------------- ics
    C(
        "cc-ics-rail-1",
        "ics",
        "rail",
        """
BEGIN:VCALENDAR
BEGIN:VEVENT
UID:{{uuid}}
SUMMARY:Steam gala - {{loco}} in steam
DTSTART:2025{{pick:05|06|07|08}}1{{n:0-9}}T100000
DTEND:2025{{pick:05|06|07|08}}1{{n:0-9}}T170000
LOCATION:Platform {{n:1-3}}
END:VEVENT
END:VCALENDAR
""",
    ),
    C(
        "cc-ics-wedding-1",
        "ics",
        "wedding",
        """
BEGIN:VEVENT
UID:{{uuid}}
SUMMARY:Tasting - {{cocktail}} and canapés
DTSTART:2025{{pick:01|02|03}}2{{n:0-8}}T1800
LOCATION:Function room {{n:1-4}}
DESCRIPTION:Bring the seating plan draft. Quote {{order}}.
END:VEVENT
""",
    ),
    C(
        "cc-ics-chess-1",
        "ics",
        "chess",
        """
BEGIN:VEVENT
SUMMARY:Club night - {{opening}} theme tournament
RRULE:FREQ=WEEKLY;BYDAY={{pick:TU|WE|TH}}
DTSTART:2025{{pick:09|10}}0{{n:1-9}}T193000
LOCATION:{{room}}
END:VEVENT
""",
    ),
    # --------------------------------------------------------------- vcard
    C(
        "cc-vcard-ship-1",
        "vcard",
        "shipping",
        """
BEGIN:VCARD
VERSION:3.0
FN:Marine Operations Desk
ORG:{{brand}} Logistics
TITLE:24/7 operations
URL:https://northquay-freight.com/ops
NOTE:Quote booking number and container number ({{container}})
END:VCARD
""",
    ),
    C(
        "cc-vcard-museum-1",
        "vcard",
        "museum",
        """
BEGIN:VCARD
VERSION:4.0
FN:Collections Enquiries
ORG:{{building}}
URL:https://museumfriends.org.uk/enquiries
NOTE:Object enquiries take up to {{n:10-30}} working days. Ref {{ref}}.
END:VCARD
""",
    ),
    # --------------------------------------------------------------- paste
    C(
        "cc-paste-es-1",
        "paste",
        "wine",
        """
Translate into English:

Vino tinto {{grape}}, cosecha {{vintage}}. Crianza de {{n:12-24}} meses en barrica de roble \
francés. Notas de cereza negra y regaliz. Precio por caja de seis: {{price}}. Pedido mínimo: \
{{n:2-6}} cajas. Código de producto: {{sku}}.
""",
    ),
    C(
        "cc-paste-de-1",
        "paste",
        "rail",
        """
Summarise in English:

Wegen Bauarbeiten verkehrt der Dampfzug mit {{loco}} am {{weekday}} nur bis zum \
Haltepunkt {{n:2-5}}. Fahrkarten behalten ihre Gültigkeit. Die Abfahrt ist um {{time}} Uhr \
von Gleis {{n:1-3}}. Buchungsnummer bitte bereithalten: {{booking}}.
""",
    ),
    C(
        "cc-paste-fr-1",
        "paste",
        "museum",
        """
Traduis en anglais :

La vente aux enchères du {{n:1-28}} {{pick:mars|avril|juin}} comprend {{n:80-300}} lots, dont \
une copie d'après {{artwork}}. Les frais acheteur sont de {{pct}}. Exposition publique la \
veille, de 10 h à 18 h, salle {{n:1-9}}.
""",
    ),
    C(
        "cc-paste-pt-1",
        "paste",
        "farm",
        """
Summarise in English:

A colheita de mel deste ano foi de {{n:200-900}} kg, cerca de {{pct}} acima do ano passado. \
O lote {{n:100-999}} será vendido em frascos de 500 g a {{price}}. A próxima inspeção das \
colmeias está marcada para {{weekday}}.
""",
    ),
    C(
        "cc-paste-it-1",
        "paste",
        "music",
        """
Translate to English:

Il concerto di {{pick:sabato|domenica|venerdì}} prevede {{musicwork}} e {{musicwork}}. \
Durata complessiva circa {{n:90-140}} minuti con intervallo. I biglietti costano {{price}}; \
ridotto per studenti con codice {{alnum}}.
""",
    ),
    C(
        "cc-paste-nl-1",
        "paste",
        "shipping",
        """
Vertaal naar het Engels / translate to English:

Het schip {{vessel}} komt {{weekday}} aan bij ligplaats {{n:1-30}}. Containers met \
referentie {{bl}} worden na inspectie vrijgegeven. Opslagkosten vanaf dag {{n:4-8}}: {{price}} \
per dag.
""",
    ),
    C(
        "cc-paste-pl-1",
        "paste",
        "mining",
        """
Translate to English:

Próbki z otworu DH-{{n:100-400}} zawierały {{mineral}} i {{mineral}}. Zawartość złota: \
{{n:1-9}},{{n:10-99}} g/t. Raport nr {{ref}} zostanie przesłany do {{n:1-28}}.{{n:1-12}}.
""",
    ),
    C(
        "cc-paste-sv-1",
        "paste",
        "rescue",
        """
Översätt till engelska:

Fjällräddningen övade med helikopter ({{aircraft}}) på {{weekday}}. Övningen pågick i \
{{n:3-6}} timmar. Ny utrustning har beställts, ordernummer {{order}}.
""",
    ),
    C(
        "cc-paste-tr-1",
        "paste",
        "wedding",
        """
Translate to English:

Düğün paketi {{n:100-300}} kişilik yemek, müzik ve süsleme içerir. Fiyat {{price}}. Kapora \
ödendikten sonra tarih kesinleşir. Rezervasyon kodu: {{booking}}.
""",
    ),
    C(
        "cc-paste-id-1",
        "paste",
        "school",
        """
Translate to English:

Ujian akhir semester dimulai pada hari {{pick:Senin|Selasa|Kamis}}. Siswa wajib membawa kartu \
ujian nomor {{n:1000-9999}}. Ruang ujian: {{room}}. Biaya les tambahan {{price}} per bulan.
""",
    ),
    C(
        "cc-paste-vi-1",
        "paste",
        "translation",
        """
Translate to English:

Hợp đồng dịch thuật số {{ref}} có hiệu lực từ ngày ký. Phí dịch là {{price}} cho mỗi trang. \
Thời hạn giao bản dịch: {{n:5-15}} ngày làm việc.
""",
    ),
    C(
        "cc-paste-en-1",
        "paste",
        "hr",
        """
Summarise this job advert in two sentences:

"We're hiring: {{job}}, {{dept}} team. Salary {{price}}, hybrid working, {{n:25-33}} \
days' holiday. Apply by {{date}} quoting REQ-{{n:1000-9999}}. We hope to interview in \
{{month}}."
""",
    ),
    # --------------------------------------------------------------- voice
    C(
        "cc-voice-farm-1",
        "voice",
        "farm",
        """
remind me to order more syrup for the bees on {{weekday}} and check the grace period on \
invoice {{invoice}} before the end of {{month}}
""",
    ),
    C(
        "cc-voice-wine-1",
        "voice",
        "wine",
        """
add six bottles of {{wine}} to the order and mark the {{grape}} as sold out will do the \
stock take after lunch
""",
    ),
    C(
        "cc-voice-rescue-1",
        "voice",
        "rescue",
        """
log entry team stood down at {{time}} all members accounted for vehicle rescue {{n:1-6}} back \
at base fuel at half
""",
    ),
    C(
        "cc-voice-chess-1",
        "voice",
        "chess",
        """
note for the club blog the {{opening}} is this months theme and the simul is on \
{{weekday}} entry {{price}}
""",
    ),
]
