"""val36 clean templates (no personal data, full of decoys), part C: git, diff,
stacktrace, slack, jira, bibliography, ics and paste (several languages). (id, shape, text)."""

from __future__ import annotations

TEMPLATES: list[tuple[str, str, str]] = [
    # ---------------------------------------------------------------- git
    (
        "c-game-git-1",
        "git",
        """commit {{x40}}
Author: build-bot <ci@localhost>
Date:   {{ts}}

    Bump version to {{ver}} and regenerate asset manifest ({{n:1000-9000}} files)""",
    ),
    (
        "c-iot-git-1",
        "git",
        """{{x7}} (HEAD -> main, tag: v{{ver}}) Add Roomba "Rosie" battery sensor
{{x7}} Fix Kitchen Echo reconnect storm (#{{n:100-999}})
{{x7}} Merge branch 'release/{{ver}}'
{{x7}} chore(deps): bump paho-mqtt from 1.6.1 to 2.0.0""",
    ),
    (
        "c-astro-git-1",
        "git",
        """Write release notes from this log:
{{x7}} feat: add Barnard's Star and Kapteyn's Star to high-PM catalogue
{{x7}} fix: Gaussian blur radius on the night-mode sky chart
{{x7}} perf: cache star tiles (hit rate {{n:80-99}}%)""",
    ),
    # ---------------------------------------------------------------- diff
    (
        "c-ship-diff-1",
        "diff",
        """--- a/config/ports.yaml
+++ b/config/ports.yaml
@@ -3,3 +3,4 @@ ports:
   - NLRTM
   - BEANR
+  - DEHAM
   - SGSIN""",
    ),
    (
        "c-game-diff-1",
        "diff",
        """diff --git a/src/pets.py b/src/pets.py
@@ -10,7 +10,7 @@ MAX_NAME = 24
-DEFAULT_PET = "Princess Peach"
+DEFAULT_PET = "Agent 47"
 PET_COLOURS = ["#{{x6}}", "#{{x6}}"]""",
    ),
    (
        "c-pharmacy-diff-1",
        "diff",
        """--- a/offers.json
+++ b/offers.json
@@ -1,4 +1,4 @@
 {
-  "double_points_min_spend": 10,
+  "double_points_min_spend": 15,
   "code": "DBL-{{u3}}{{d3}}",""",
    ),
    # ---------------------------------------------------------------- stacktrace
    (
        "c-stream-trace-1",
        "stacktrace",
        """Exception in thread "main" java.lang.IllegalStateException: manifest {{uuid}} has no 4K rendition
	at com.streamvault.player.Manifest.pick(Manifest.java:{{n:50-300}})
	at com.streamvault.player.Session.start(Session.java:{{n:50-300}})""",
    ),
    (
        "c-iot-trace-1",
        "stacktrace",
        """Traceback (most recent call last):
  File "/opt/hub/zigbee.py", line {{n:10-400}}, in pair
    dev = self.devices[ieee]
KeyError: '00:17:88:01:{{x2}}:{{x2}}:{{x2}}:{{x2}}'
Happens whenever the Kitchen Echo is plugged in.""",
    ),
    (
        "c-bike-trace-1",
        "stacktrace",
        """panic: runtime error: index out of range [4] with length 4

goroutine 1 [running]:
main.nearestDock(...)
	/app/docks.go:{{n:10-200}} +0x1d4
exit status 2""",
    ),
    # ---------------------------------------------------------------- slack
    (
        "c-comiccon-slack-1",
        "slack",
        """#badge-desk
[{{time}}] @badge-bot: printer 2 out of ribbon (model ZC-{{d3}})
[{{time}}] @ops-lead: will do, spare ribbons are in crate 14
[{{time}}] @badge-bot: queue length {{n:10-99}}""",
    ),
    (
        "c-wine-slack-1",
        "slack",
        """#bar-team
[{{time}}] @rota-bot: tonight's specials are the Negroni flight and a Tom Collins twist
[{{time}}] @rota-bot: reminder: corkage £{{n:10-25}}, grace period on tabs ends 23:30""",
    ),
    (
        "c-fantasy-slack-1",
        "slack",
        """[{{time}}] @league-bot: Trade accepted: Gridiron Goats ⇄ Waiver Wizards
[{{time}}] @league-bot: Waivers process Wednesday 03:00 UTC
[{{time}}] @league-bot: Week 9 high score: Hail Marys, {{n:120-170}}.4 pts""",
    ),
    # ---------------------------------------------------------------- jira
    (
        "c-game-jira-1",
        "jira",
        """PF-{{n:1000-9999}}: Crash on pet rename with emoji
Priority: Major   Fix version: {{ver}}
Comment: repro on build {{x8}}, stack points to TextMeshPro glyph lookup.
Comment: fixed in PR #{{n:100-999}}, mark as resolved once QA passes.""",
    ),
    (
        "c-ship-jira-1",
        "jira",
        """OPS-{{n:100-999}} EDI IFTSTA messages delayed
Affects: ports NLRTM, DEHAM
Comment: queue depth {{n:1000-9000}}, consumer lag 42 min; scaled workers from 4 to 12.""",
    ),
    (
        "c-stream-jira-1",
        "jira",
        """SV-{{n:1000-9999}} Subtitle drift on "Wednesday" S01E04
Drift grows ~0.4 s per 10 min; affects the 25 fps encode only.
Comment: re-encode job {{uuid}} queued.""",
    ),
    # ---------------------------------------------------------------- bibliography
    (
        "c-dna-bib-1",
        "bibliography",
        """Format as APA:
World Health Organization ({{n:2010-2024}}). Genomics and world health. Geneva: WHO Press.
International Society of Genetic Genealogy ({{n:2010-2024}}). Y-DNA haplogroup tree, version {{ver}}.""",
    ),
    (
        "c-astro-bib-1",
        "bibliography",
        """References
1. Gaia Collaboration ({{n:2016-2024}}). Gaia Data Release 3: summary of the contents. A&A, 674, A1. doi:10.1051/0004-6361/{{D9}}
2. European Space Agency ({{n:2016-2024}}). Hipparcos catalogue, ESA SP-1200.""",
    ),
    (
        "c-choir-bib-1",
        "bibliography",
        """Sources for the programme:
- Royal School of Church Music ({{n:1990-2023}}). Guide to the Fauré Requiem, 2nd edn. ISBN 978-0-{{d3}}-{{d5}}-{{d1}}
- Novello & Co. ({{n:1990-2023}}). Handel's Messiah, vocal score, cat. NOV{{d6}}""",
    ),
    # ---------------------------------------------------------------- ics
    (
        "c-theatre-ics-1",
        "ics",
        """BEGIN:VEVENT
SUMMARY:Evita — matinee
DTSTART:{{date}}T143000
DURATION:PT2H30M
UID:{{uuid}}
END:VEVENT""",
    ),
    (
        "c-garden-ics-1",
        "ics",
        """BEGIN:VCALENDAR
BEGIN:VEVENT
SUMMARY:Dahlia show — staging 'Bishop of Llandaff' class
DTSTART:{{date}}T090000
RRULE:FREQ=YEARLY
END:VEVENT
END:VCALENDAR""",
    ),
    # ---------------------------------------------------------------- paste
    (
        "c-wine-paste-es",
        "paste",
        """Translate into English:

"Nuestra carta de cócteles incluye el Tom Collins, el Bloody Mary y un vermut de la casa. El descorche cuesta 12 € por botella. Los pedidos para grupos de más de ocho personas llevan un recargo del 10 %.\"""",
    ),
    (
        "c-bike-paste-de",
        "paste",
        """Fasse zusammen:

Die Leihräder der Baureihe E-{{d3}} erhalten ab dem {{dmy}} neue Akkus mit 630 Wh. Die Ausleihe kostet weiterhin 1 € pro angefangene 15 Minuten. Tarif-Code {{u3}}-{{d4}}.""",
    ),
    (
        "c-theatre-paste-fr",
        "paste",
        """Summarise in English:

La saison prochaine propose « Hamlet », « Cyrano » et « Hedda Gabler ». Les abonnements à 4 spectacles coûtent 96 €. Réservations ouvertes dès le {{dmy}}, référence SAI-{{d5}}.""",
    ),
    (
        "c-toy-paste-nl",
        "paste",
        """Vertaal naar het Engels:

De Barbie Dreamhouse is weer op voorraad (artikelnummer {{d8}}). Bestellingen vóór 22:00 worden de volgende werkdag geleverd. Retourneren kan binnen 30 dagen.""",
    ),
    (
        "c-ship-paste-pl",
        "paste",
        """Summarise in English:

Statek MV Coral Tern ma opóźnienie około 36 godzin z powodu sztormu. Nowy termin zamknięcia przyjęć kontenerów: {{dmy}}, godz. 12:00. Numer rejsu {{n:100-999}}W.""",
    ),
    (
        "c-cruise-paste-tr",
        "paste",
        """Bunu İngilizceye çevir:

Bu akşamki program: saat 19:00'da bilgi yarışması, 21:00'de sihirbazlık gösterisi ve 22:30'da havuz başında sessiz disko. Kabin kartınızı yanınızda getirin.""",
    ),
    (
        "c-pharmacy-paste-id",
        "paste",
        """Balas dalam bahasa Inggris:

Apakah poin belanja bisa dipakai untuk membeli vitamin? Saya punya {{n:100-900}} poin dan kode promo VIT-{{d4}}.""",
    ),
    (
        "c-escape-paste-vi",
        "paste",
        """Dịch sang tiếng Anh:

Phòng "Lời nguyền của Pharaoh" dành cho 4 đến 6 người, thời gian 60 phút. Giá vé là 250.000 đồng mỗi người. Mã đặt chỗ {{u3}}{{d4}}.""",
    ),
]
