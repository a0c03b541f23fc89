"""val36 templates with personal data, part C: git, diff, stacktrace, slack, jira,
bibliography, ics, vcard and paste (with pasted text in eleven languages besides English).
Each template: (id, shape, text)."""

from __future__ import annotations

TEMPLATES: list[tuple[str, str, str]] = [
    # ---------------------------------------------------------------- git
    (
        "game-git-1",
        "git",
        """commit {{x40}}
Author: {{P1}} <{{E1.work}}>
Date:   Tue {{datel}} 14:02:11 +0100

    Fix pet rename crash when the name is "Princess Peach"

    Co-authored-by: {{P2}} <{{E2}}>
    Signed-off-by: {{P1}} <{{E1.work}}>""",
    ),
    (
        "iot-git-1",
        "git",
        """Can you write a changelog entry from these commits?

{{x7}} (HEAD -> main) Add Roomba "Rosie" battery sensor [{{P1}}]
{{x7}} Handle Kitchen Echo reconnect storm [{{P2}}]
{{x7}} Merge pull request #{{n:100-999}} from {{P3.handle}}/fix-mdns
{{x7}} Bump firmware to {{ver}} [build-bot]""",
    ),
    (
        "podcast-git-1",
        "git",
        """commit {{x40}}
Merge: {{x7}} {{x7}}
Author: {{P1.lf}} <{{E1}}>
Date:   {{ts}}

    Add RSS fields for guest {{P2}} (episode {{n:10-300}})

    Reviewed-by: {{P3}} <{{E3.work}}>""",
    ),
    (
        "astro-git-1",
        "git",
        """git log --format='%an <%ae> %s'
{{P1}} <{{E1}}> Add Barnard's Star to the high proper motion list
{{P2}} <{{E2}}> Fix Kapteyn's Star magnitude
{{P3.nick}} <{{E3}}> Night mode for the sky chart""",
    ),
    # ---------------------------------------------------------------- diff
    (
        "reunion-diff-1",
        "diff",
        """--- a/attendees.csv
+++ b/attendees.csv
@@ -12,4 +12,5 @@
 {{P1}},yes,veg
-{{P2}},maybe,
+{{P2}},yes,
+{{P3}},yes,{{PH}}
 {{P4}},no,""",
    ),
    (
        "game-diff-1",
        "diff",
        """Review this change please:
diff --git a/tests/fixtures/support.py b/tests/fixtures/support.py
@@ -4,6 +4,6 @@ SUPPORT_AGENTS = [
-    {"name": "{{P1}}", "phone": "{{PH}}"},
+    {"name": "{{P2}}", "phone": "{{PH}}"},
     {"name": "{{P3}}", "ext": "{{d3}}"},""",
    ),
    (
        "ship-diff-1",
        "diff",
        """--- a/config/notify.yaml
+++ b/config/notify.yaml
@@ -1,5 +1,5 @@
 terminal_contacts:
-  - {{E1.work}}
+  - {{E2.work}}
   - {{ER.ops}}
-night_phone: "{{PH}}"
+night_phone: "{{PH}}\"""",
    ),
    # ---------------------------------------------------------------- stacktrace
    (
        "pharmacy-trace-1",
        "stacktrace",
        """Traceback (most recent call last):
  File "/srv/loyalty/api/members.py", line 212, in update_member
    validate_phone(payload["phone"])
  File "/srv/loyalty/api/validators.py", line 48, in validate_phone
    raise ValueError(f"bad phone {value!r} for {member}")
ValueError: bad phone '{{PH}}' for {{P1}}
What's wrong with this number?""",
    ),
    (
        "stream-trace-1",
        "stacktrace",
        """Exception in thread "billing-worker-3" com.streamvault.billing.CardDeclinedException: card {{CC}} declined for account owner {{P1}} ({{E1}})
	at com.streamvault.billing.Charger.charge(Charger.java:118)
	at com.streamvault.billing.RenewalJob.run(RenewalJob.java:64)
	at java.base/java.lang.Thread.run(Thread.java:833)""",
    ),
    (
        "bike-trace-1",
        "stacktrace",
        """panic: refund failed: iban {{IBAN}} rejected for rider "{{P1}}"

goroutine 17 [running]:
main.(*Refunder).Refund(0xc000{{x6}}, {0xc000{{x6}}, 0x2a})
	/app/refund.go:91 +0x2f4
main.handleRide(...)
	/app/rides.go:40""",
    ),
    # ---------------------------------------------------------------- slack
    (
        "comiccon-slack-1",
        "slack",
        """#guest-ops export
[{{time}}] {{P1}}: flights for {{P2}} are booked, lands in {{C}} Friday
[{{time}}] {{P3}}: @{{P1.first}} who is picking her up?
[{{time}}] {{P1}}: @{{P4.first}} is, his number is {{PH}}
[{{time}}] build-bot: deployed badge-printer {{ver}}""",
    ),
    (
        "fantasy-slack-1",
        "slack",
        """{{P1.first}} {{P1.last}}  {{time}}
who has the waiver priority this week?
{{P2.first}}  {{time}}
@{{P3.first}} does, he dropped his kicker. also {{P4.first}} still hasn't paid, IBAN is {{IBAN}} if you forgot""",
    ),
    (
        "escape-slack-1",
        "slack",
        """[{{date}} {{time}}] <{{P1}}> the 8pm group asked for a Colonel Mustard hint card
[{{date}} {{time}}] <{{P2}}> ok. also the booker, {{P3}}, left her phone: call {{PH}}
[{{date}} {{time}}] <{{P1}}> 👍""",
    ),
    (
        "iot-slack-1",
        "slack",
        """{{P1}} [{{time}}]: customer's hub "Jarvis" keeps dropping, it's at {{IP}}
{{P2}} [{{time}}]: I see the same for {{IPV}} — is that hers too?
{{P1}} [{{time}}]: yes, {{P3}}, {{A}}
{{P2}} [{{time}}]: escalating to {{P4.first}}""",
    ),
    (
        "wine-slack-1",
        "slack",
        """#bar-team
{{P1.first}}: who took the booking for 12 under {{P2}}?
{{P3.first}}: me — she paid the deposit with {{CC}}, wants the Negroni flight
{{P1.first}}: thanks {{P3.nick}}""",
    ),
    # ---------------------------------------------------------------- jira
    (
        "game-jira-1",
        "jira",
        """PF-{{n:1000-9999}}: Players lose pet "Captain Price" after cloud restore
Reporter: {{P1}}   Assignee: {{P2}}

{{P1}} added a comment — {{datel}}
Repro from player {{P3}} ({{E3}}): restore on device with IP {{IP}}.

{{P2}} added a comment — {{datel}}
Cannot repro. @{{P4.first}} can you check the save service logs?""",
    ),
    (
        "ship-jira-1",
        "jira",
        """OPS-{{n:100-999}} Customs hold on TGHU{{d7}}
Comment by {{P1}}: broker {{P2}} ({{PH}}) says the invoice shows a different consignee address: {{A}}.
Comment by {{P3.lf}}: updated, sent to {{ER.dispatch}}.""",
    ),
    (
        "pharmacy-jira-1",
        "jira",
        """LOY-{{n:100-999}}: Duplicate members after merge
Description: {{P1}} and {{P1.LF}} are the same person (same mobile {{PH}}).
Comment ({{P2}}): there's also an SSN on one of them, {{SSN}} — why do we store that?""",
    ),
    (
        "stream-jira-1",
        "jira",
        """SV-{{n:1000-9999}} Geo-block false positive
Steps: user {{P1}} in {{CO}} sees "not available" for Ted Lasso. IPs: {{IP}}, {{IPV}}.
Comment ({{P2}}): IP range belongs to a VPN provider.""",
    ),
    # ---------------------------------------------------------------- bibliography
    (
        "dna-bib-1",
        "bibliography",
        """Format these references in APA:
{{P1.bib}} & {{P2.bib}} ({{n:2005-2024}}) Population structure in admixed cohorts. Genetic Epidemiology, 44(3), 210-225.
{{P3.bib}} ({{n:2005-2024}}) Identity by descent in consumer DNA kits. Human Heredity, 81, 12-30.
{{P4.bib}}, {{P5.bib}} & {{P6.bib}} ({{n:2005-2024}}) Genealogy and privacy. Nature Genetics, 52, 1001-1004.""",
    ),
    (
        "astro-bib-1",
        "bibliography",
        """References
1. {{P1.bib}} ({{n:1990-2024}}). Proper motion of Barnard's Star revisited. Astronomical Journal, 160, 44.
2. {{P2.bib}}, {{P3.bib}} ({{n:1990-2024}}). Kapteyn's Star and its planets. MNRAS, 498, 2134.""",
    ),
    (
        "choir-bib-1",
        "bibliography",
        """Programme note sources:
- {{P1.bib}} ({{n:1980-2023}}) Handel's Messiah: a performance history. Oxford.
- {{P2.lf}} ({{n:1980-2023}}) "The Fauré Requiem and its versions", Music & Letters 98(2).""",
    ),
    # ---------------------------------------------------------------- ics
    (
        "theatre-ics-1",
        "ics",
        """BEGIN:VEVENT
SUMMARY:Hamlet — 2 tickets
DTSTART:{{date}}T193000
LOCATION:{{A}}
ORGANIZER;CN={{P1}}:mailto:{{E1}}
ATTENDEE;CN={{P2}}:mailto:{{E2}}
END:VEVENT""",
    ),
    (
        "reunion-ics-1",
        "ics",
        """BEGIN:VCALENDAR
BEGIN:VEVENT
SUMMARY:Class of 2009 — 15 years on
DTSTART:{{date}}T180000
LOCATION:{{A}}
DESCRIPTION:Organised by {{P1}}. Questions to {{P2.first}} on {{PH}}.
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "garden-ics-1",
        "ics",
        """BEGIN:VEVENT
SUMMARY:Dahlia lifting workshop with {{P1}}
LOCATION:{{A}}
ATTENDEE;CN={{P2}}:mailto:{{E2}}
ATTENDEE;CN={{W1}}:mailto:{{ER.membership}}
END:VEVENT""",
    ),
    # ---------------------------------------------------------------- vcard
    (
        "podcast-vcard-1",
        "vcard",
        """BEGIN:VCARD
VERSION:3.0
FN:{{P1}}
N:{{P1.last}};{{P1.first}};;;
TITLE:Host, Midnight Ledger
TEL;TYPE=cell:{{PH}}
EMAIL:{{E1}}
END:VCARD""",
    ),
    (
        "cruise-vcard-1",
        "vcard",
        """Import this contact:
BEGIN:VCARD
VERSION:4.0
FN:{{P1}}
ORG:Seabreeze Cruises;Entertainment
TEL;TYPE=work:{{PH}}
TEL;TYPE=home:{{PH}}
LABEL;TYPE=home:{{A}}
END:VCARD""",
    ),
    (
        "dna-vcard-1",
        "vcard",
        """BEGIN:VCARD
VERSION:3.0
FN:{{P1}}
NOTE:2nd cousin via {{P2}} (DNA match {{n:100-400}} cM)
EMAIL:{{E1}}
TEL:{{PH}}
END:VCARD""",
    ),
    # ---------------------------------------------------------------- paste
    (
        "wine-paste-es",
        "paste",
        """Translate into English:

"Hola {{P1.first}}, te confirmo la reserva para la cata de vinos del viernes a las 20:00. Seremos ocho: {{P2}}, {{P3}} y su pareja, y yo. Si hay algún cambio, llámame al {{PH.ES}}. Un abrazo, {{P4.first}}\"""",
    ),
    (
        "bike-paste-de",
        "paste",
        """Fasse diese Beschwerde zusammen:

Sehr geehrte Damen und Herren, am {{dmy}} wurde mir für das Leihrad „Hildegard“ eine Gebühr von 45 € berechnet, obwohl ich es korrekt in {{C}} abgestellt habe. Bitte erstatten Sie den Betrag auf mein Konto {{IBAN.DE}}. Mit freundlichen Grüßen, {{P1.t_de}} {{P1}}, Tel. {{PH.DE}}""",
    ),
    (
        "theatre-paste-fr",
        "paste",
        """Reply politely in French to this customer:

Bonjour, j'ai réservé deux places pour « Cyrano » au nom de {{P1.t_fr}} {{P1.last}} mais je n'ai jamais reçu les billets. Mon adresse électronique est {{E1}} et mon numéro est le {{PH.FR}}. Merci, {{P1}}""",
    ),
    (
        "car-paste-pt",
        "paste",
        """Extract as JSON (name, phone, plate, problem):

Olá, sou a {{P1}} e aluguei um carro partilhado em {{C}}. O carro tinha um pneu furado. Podem ligar-me para o {{PH.PT}}? Matrícula {{u2}}-{{d2}}-{{u2}}. Obrigada!""",
    ),
    (
        "choir-paste-it",
        "paste",
        """Riassumi questa email in inglese:

Cari coristi, le prove del Requiem di Fauré si terranno martedì in parrocchia. Il soprano solista sarà {{P1}}, al pianoforte {{P2}}. Per informazioni chiamate {{P3.t_it}} {{P3.last}} al {{PH.IT}}. Grazie!""",
    ),
    (
        "toy-paste-nl",
        "paste",
        """Vertaal naar het Engels:

Beste {{P1.first}}, de Sylvanian-huisjes zijn binnen! Je kunt ze ophalen bij {{A}}. Betaling kan via IBAN {{IBAN.NL}} t.n.v. {{P2}}. Groetjes, {{P3.first}}""",
    ),
    (
        "ship-paste-pl",
        "paste",
        """Summarise in English:

Dzień dobry, kontener TGHU{{d7}} czeka w porcie w {{C}}. Proszę o kontakt z {{P1.t_pl}} {{P1}} pod numerem {{PH.PL}} w sprawie odprawy celnej. Opłatę proszę przelać na rachunek {{IBAN.PL}}. Pozdrawiam, {{P2}}""",
    ),
    (
        "garden-paste-sv",
        "paste",
        """Translate to English:

Hej! Trädgårdsföreningens växtbytardag blir på lördag. {{P1}} tar med dahliaknölar och {{P2}} ansvarar för kaffet. Frågor? Ring {{P3.first}} på {{PH.SE}}.""",
    ),
    (
        "cruise-paste-tr",
        "paste",
        """Bunu İngilizceye çevir:

Merhaba, ben {{P1}}. Gemideki eğlence ekibinde dans kaptanıyım. Maaşımın yatırılacağı hesap: {{IBAN.TR}}. Acil durumda annem {{P2}} ile {{PH.TR}} numarasından iletişime geçebilirsiniz.""",
    ),
    (
        "pharmacy-paste-id",
        "paste",
        """Please reply to this in Indonesian, saying the points will be added:

Selamat siang, saya {{P1}}. Poin loyalitas apotek saya belum masuk sejak {{dmy}}. Nomor HP saya {{PH.ID}} dan email {{E1}}. Terima kasih.""",
    ),
    (
        "escape-paste-vi",
        "paste",
        """Dịch sang tiếng Anh giúp tôi:

Xin chào, tôi muốn đặt phòng thoát hiểm "Lời nguyền của Pharaoh" cho 5 người vào tối thứ Sáu. Tên tôi là {{P1}}, số điện thoại {{PH.VN}}. Nhóm có {{P2}} và {{P3}}.""",
    ),
    (
        "fantasy-paste-en",
        "paste",
        """Reply to this as the league commissioner, firmly but kindly:

"Mate, {{P1.first}} traded me a player who was already injured and {{P2}} approved it in five minutes. I want the trade reversed. Also I sent my £20 entry to account number {{ACCT}} as {{P3.first}} told me, please confirm. {{P4}}\"""",
    ),
]
