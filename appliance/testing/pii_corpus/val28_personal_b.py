"""val28: personal templates, part B (html, xml, yaml, code, log, git, diff, stacktrace,
slack, jira, bibliography, ics, vcard, paste, voice). Slots: see `val28_gen`."""

# ruff: noqa: E501

from __future__ import annotations

TEMPLATES = [
    # html
    (
        "html",
        '<div class="contact"><h3>{P1}</h3><p>Master perfumer, {L1}</p><a href="mailto:{P1.e}">{P1.e}</a></div>',
    ),
    (
        "html",
        "<tr><td>{P1}</td><td>{PH1}</td><td>{A1}</td></tr>\n<tr><td>{P2}</td><td>{PH2}</td><td>{L1}</td></tr>",
    ),
    (
        "html",
        "Clean up this HTML: <p>Our new collection was shot in {C1} by <b>{P1}</b>, styled by <i>{P2}</i>.</p>",
    ),
    ("html", '<form><input name="name" value="{P1}"><input name="iban" value="{IB1}"></form>'),
    # xml
    ("xml", "<consignee><name>{P1}</name><address>{A1}</address><phone>{PH1}</phone></consignee>"),
    (
        "xml",
        '<burial id="{NUM}"><deceased>{P1.lf}</deceased><informant>{P2}</informant><parish>{L1}</parish></burial>',
    ),
    (
        "xml",
        "<payment><debtor>{P1}</debtor><iban>{IB1}</iban><creditor>Glenbrae Distillers</creditor></payment>",
    ),
    ("xml", '<station code="WX{NUM}"><observer>{P1.i}</observer><host>{IP1}</host></station>'),
    # yaml
    (
        "yaml",
        "inventor:\n  name: {P1}\n  address: {A1}\n  email: {P1.e}\nattorney: {P2}\ntitle: Self-levelling tripod head",
    ),
    (
        "yaml",
        'on_call:\n  - name: {P1}\n    phone: "{PH1}"\n  - name: {P2}\n    phone: "{PH2}"\nescalation: {R1}',
    ),
    (
        "yaml",
        "allowlist:\n  - {IP1}\n  - {IPS1}\nowner: {P1.e}\n# added by {P1.g} for the plant SCADA",
    ),
    ("yaml", "taster: {P1}\nhome: {L1}\nbank:\n  iban: {IB1}\n  holder: {P1}"),
    # code
    (
        "code",
        '# TODO({P1.gl}): remove the hard-coded recipient before release\nRECIPIENT = "{P1.e}"\nFALLBACK_PHONE = "{PH1}"',
    ),
    ("code", 'const owner = { name: "{P1}", card: "{CC1}" }; // test data from {P2.g}, delete!'),
    ("code", "INSERT INTO customers (name, email, city) VALUES ('{P1}', '{P1.e}', '{L1}');"),
    (
        "code",
        'func TestParseCrew(t *testing.T) {\n\tgot := parse("{P1.F},{P1.g},{PH1}")\n\tif got.Surname != "{P1.F}" {\n\t\tt.Fatal(got)\n\t}\n}',
    ),
    (
        "code",
        'Why does this fail?\n```python\nsend_invoice(to="{E1}", iban="{IB1}", name="{P1}")\n```\nIt says ValueError on the iban.',
    ),
    # log
    (
        "log",
        "{DATE} {TIME}:12 INFO  auth: user {P1.e} logged in from {IP1}\n{DATE} {TIME}:40 WARN  auth: 3 failed attempts for {P2.e} from {IPS1}",
    ),
    ("log", "[{DATE} {TIME}] sms-gateway: delivered to {PH1} (customer {P1})"),
    ("log", 'payment-svc ERROR declined card={CC1} holder="{P1}" reason=insufficient_funds'),
    (
        "log",
        'ts={DATE} level=info msg="booking created" applicant="{P1}" phone="{PH1}" consulate="{L1}"',
    ),
    # git
    (
        "git",
        "commit {HASH}\nAuthor: {P1} <{P1.e}>\nDate:   {DATE}\n\n    Fix rounding in cask volume report\n\n    Co-authored-by: {P2} <{P2.e}>",
    ),
    (
        "git",
        "Summarise these commits:\n{HASH} Add tide table parser ({P1.g})\n{HASH} Signed-off-by: {P2} <{P2.e}>\n{HASH} Merge branch 'fix/auction' by {P3}",
    ),
    (
        "git",
        "commit {HASH}\nAuthor: {P1.i} <{P1.e}>\n\n    Update contact page\n\n    Signed-off-by: {P1.i} <{P1.e}>\n    Reviewed-by: {P2}",
    ),
    # diff
    (
        "diff",
        '--- a/contacts.yml\n+++ b/contacts.yml\n@@ -3,2 +3,2 @@\n-lab_manager: {P1}\n+lab_manager: {P2}\n-phone: "{PH1}"\n+phone: "{PH2}"',
    ),
    (
        "diff",
        'Review this diff:\n-ALLOWED = ["{IP1}"]\n+ALLOWED = ["{IP1}", "{IP2}"]  # {P1.g}\'s laptop',
    ),
    ("diff", "diff --git a/payees.csv b/payees.csv\n+{P1},{IB1}\n+{P2},{IB2}"),
    # stacktrace
    (
        "stacktrace",
        'Traceback (most recent call last):\n  File "bill.py", line 88, in charge\n    gateway.charge("{CC1}")\nCardError: card declined for customer \'{P1}\' ({P1.e})',
    ),
    (
        "stacktrace",
        'Exception in thread "main" java.lang.IllegalStateException: duplicate crew member {P1.F} {P1.g} (phone {PH1})\n\tat fleet.Roster.add(Roster.java:{NUM})',
    ),
    (
        "stacktrace",
        "ValidationError: 1 validation error for Applicant\nssn\n  value '{SSN1}' already registered to {P1}",
    ),
    # slack
    (
        "slack",
        "[{TIME}] @mira.k: {P1} from the {L1} office is coming Thursday\n[{TIME}] @ops-bot: reminder set\n[{TIME}] {P2.g}: I'll pick her up, her cell is {PH1}",
    ),
    (
        "slack",
        "#cellar-door\n{P1.g} {TIME}: anyone know {P2}'s email? she wants the club order changed\n{P3.g} {TIME}: it's {P2.e}",
    ),
    (
        "slack",
        "{P1} [{TIME}]\n@here the Storm Kathleen warning is out for {G1}. {P2.g}, can you update the web banner?",
    ),
    (
        "slack",
        "{P1.g} {TIME}: the new model for the Lumen collection is {P2}, booked via her agent {P3}\n:tada: 3",
    ),
    # jira
    (
        "jira",
        "WTL-{NUM}: Sample intake form stores analyst name\nComment ({P1}): we are logging {P2}'s full name and phone {PH1} in plain text. Please mask.",
    ),
    (
        "jira",
        "Reporter: {P1}\nAssignee: {P2}\nDescription: Customer {P3} ({E1}) was double charged on {CC1}.",
    ),
    (
        "jira",
        "{P1.g} commented:\nAsteroid designation request rejected by MPC. {P2.i} will resubmit with the corrected orbit.",
    ),
    # bibliography
    (
        "bibliography",
        "Format these references in APA:\n{P1.bib} & {P2.bib} ({NUM}). Sawmill dust and respiratory health. Journal of Forest Work, 12(3), 45-61.\n{P3.bib} (2019). Chalk quarries of the south. Oxford.",
    ),
    (
        "bibliography",
        "{P1.bib}, {P2.bib} and {P3.bib} (2021) 'Storm naming and public response', Weather 76, doi:{DOI}",
    ),
    (
        "bibliography",
        "@article{key{NUM},\n  author = {{P1.lf} and {P2.lf}},\n  title = {Light curves of long-period comets},\n  year = {2018}\n}",
    ),
    (
        "bibliography",
        "Sources cited:\n1. {P1.bib} (1998) The Cheesemakers of the Alps. ISBN {ISBN}\n2. {P2.bib} (2004) Washed rinds. ISBN {ISBN}",
    ),
    # ics
    (
        "ics",
        "BEGIN:VEVENT\nSUMMARY:Visa interview - {P1}\nDTSTART:20250314T093000\nLOCATION:{A1}\nATTENDEE;CN={P2}:mailto:{P2.e}\nEND:VEVENT",
    ),
    (
        "ics",
        "BEGIN:VEVENT\nSUMMARY:Piano tuning ({P1.f})\nDESCRIPTION:Call {PH1} on arrival\nEND:VEVENT",
    ),
    # vcard
    (
        "vcard",
        "BEGIN:VCARD\nVERSION:3.0\nFN:{P1}\nN:{P1.f};{P1.g};;;\nTEL;TYPE=cell:{PH1}\nEMAIL:{P1.e}\nADR:;;{A1}\nEND:VCARD",
    ),
    (
        "vcard",
        "BEGIN:VCARD\nFN:{P1}\nORG:Kestrel Chandlery\nTEL:{PH1}\nEND:VCARD\nBEGIN:VCARD\nFN:{P2}\nTEL:{PH2}\nEND:VCARD",
    ),
    # paste
    (
        "paste",
        'Summarise this email for me:\n\n"Hola {P1.g}, soy {P2}. Te escribo desde {L1}. El envío de atún llegará el martes; llámame al {PH1} si hay problemas."',
    ),
    (
        "paste",
        "Translate into English:\n\nSehr geehrter Herr {P1.f},\nIhre Uhr ist repariert. Bitte überweisen Sie den Betrag auf {IB1}.\nMit freundlichen Grüßen\n{P2}",
    ),
    (
        "paste",
        "Extract as JSON (name, phone, city):\n\n« Bonjour, je m'appelle {P1}, j'habite à {L1}. Mon numéro : {PH1}. »",
    ),
    (
        "paste",
        'Reply politely to this:\n\n"Olá, aqui é {P1}. Gostaria de agendar a renovação do passaporte no consulado. O meu e-mail é {P1.e}."',
    ),
    (
        "paste",
        'Summarise:\n\n"Buongiorno, sono {P1} del caseificio. Il signor {P2.f} ha ordinato dieci forme. Il suo IBAN è {IB1}."',
    ),
    ("paste", "Translate:\n\nBeste {P1.g}, de houtlevering voor {A1} is verschoven. Groeten, {P2}"),
    (
        "paste",
        "Extract as JSON:\n\nDzień dobry, nazywam się {P1}. Proszę o kontakt pod numerem {PH1}.",
    ),
    (
        "paste",
        "Summarise:\n\nHej {P1.g}! Provtagningen vid {L1} är klar. Ring mig på {PH1}. /{P2.g}",
    ),
    (
        "paste",
        "Translate to English:\n\nMerhaba {P1.g} Hanım, kahve siparişiniz {A1} adresine gönderildi. İyi günler, {P2}",
    ),
    (
        "paste",
        "Reply to this:\n\nHalo {P1.g}, saya {P2} dari {L1}. Tolong kirim faktur ke {P2.e}. Terima kasih.",
    ),
    ("paste", "Translate:\n\nChào anh {P1.f}, tôi là {P2}. Số điện thoại của tôi là {PH1}."),
    # voice
    ("voice", "remind me to call {P1.l} about the oak delivery tomorrow at nine"),
    ("voice", "text {P1.gl} saying the storm warning is lifted and the boats can go out"),
    (
        "voice",
        "new note {P1.l} wants the gold tooling redone on the second volume her number is {PH1}",
    ),
    ("voice", "email {P1.gl} and {P2.gl} the tasting notes and copy {P3.l}"),
    ("voice", "book a table for {W1.gl} and me at the cheese bar in {L1.l} friday"),
    # money, ids and numbers (several per prompt)
    (
        "csv",
        "employee,ssn,checking_account,phone\n{P1},{SSN1},{AC1},{PH1}\n{P2},{SSN2},{AC2},{PH2}\n{P3},{SSN3},{AC3},{PH3}",
    ),
    (
        "form",
        "PAYROLL CHANGE (Oregon sawmill)\nEmployee: {P1}\nSSN: {SSN1}\nSpouse: {P2}, SSN {SSN2}\nNew acct no. {AC1}\nPhone: {PH1}",
    ),
    (
        "email",
        "Hi payroll,\n\nPlease move {P1}'s direct deposit (SSN {SSN1}) to checking account {AC1}. The old a/c {AC2} is closed. She is on {PH1}.\n\n{P2.g}",
    ),
    (
        "json",
        '{"name": "{P1}", "ssn": "{SSN1}", "account_number": "{AC1}", "card": "{CC1}", "last_ip": "{IP1}"}',
    ),
    (
        "log",
        "fraud-check card={CC1} ip={IP1} score=0.91\nfraud-check card={CC2} ip={IP2} score=0.12\nfraud-check card={CC3} ip={IPS1} score=0.55",
    ),
    (
        "chat",
        "My account number is {AC1}, sort code 40-22-19. Why did the cheese club payment to {P1} fail? I also tried my card {CC1}.",
    ),
    ("sms", "{P1.g}, call me on {PH1} or the office {PH2}. If no answer try {P2.g} {PH3}"),
    (
        "markdown_table",
        "| Skipper | Vessel | Phone |\n|---|---|---|\n| {P1} | Silver Dart | {PH1} |\n| {P2} | Kittiwake | {PH2} |\n| {P3} | Northern Star | {PH3} |",
    ),
    ("tsv", "applicant\tssn\tphone\n{P1}\t{SSN1}\t{PH1}\n{P2}\t{SSN2}\t{PH2}"),
    (
        "ticket",
        "Chargeback on cards {CC1} and {CC2} (holder {P1}). Orders placed from {IP1} and {IP2}.",
    ),
]
