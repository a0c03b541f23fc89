"""val37 personal templates, part C: chess clubs, symphony orchestras, yacht charters, crypto
and fintech support, language schools, funeral homes and volunteer fire brigades. Slot
language: val37_gen."""

from __future__ import annotations

from appliance.testing.pii_corpus.val37_gen import templates

GROUPS: dict[str, list[tuple[str, str]]] = {
    "chess": [
        (
            "chat",
            """Annotate this for our club newsletter: {p1} beat {p2} with the Ruy Lopez, Exchange Variation, in round {n}. {p2.first} had won last week with a Sicilian Najdorf. Keep it under 100 words.""",
        ),
        (
            "csv",
            """rank,player,rating,club_city,email
1,{p1},{num},{city},{p1.email}
2,{p2.lf},{num},{city},{p2.email}
3,{p3},{num},{city},
Who is missing an email? Also compute the average rating.""",
        ),
        (
            "email",
            """Subject: League fixture {date}

Hi {p1.first},

Our board order for the Caro-Kann cup match: 1. {p2}, 2. {p3}, 3. {p4}, 4. yourself. Venue: {addr}. Captain's phone on the day: {ph}. Match fees to the club IBAN {iban} please.

Cheers, {p5.first}""",
        ),
        (
            "git",
            """commit {sha}
Author: {p1} <{p1.email}>
Date:   {date}

    pairing: fix Swiss-system tie-break for withdrawn players

    Reported-by: {p2} <{p2.email}>
    Signed-off-by: {p1} <{p1.email}>

Write a changelog entry from this commit.""",
        ),
        (
            "sms",
            """{p1.first} - I'm stuck on the train, can you start my clock at {time}? Board {n} vs {p2}. Call me on {ph} if the arbiter objects""",
        ),
        (
            "jira",
            """CHESS-{num} Rating import fails for new members
Reporter: {p1}
Comment: the import from the federation API skips {p2} and {p3}. Server log shows requests from {ip} timing out.
Comment by {p4}: I'll rerun it tonight from {ip}.""",
        ),
    ],
    "orchestra": [
        (
            "email",
            """Subject: Extra players - Brahms' Fourth

Dear {p1.first},

For the Brahms' Fourth and the Goldberg Variations (string arrangement) on {date} we need two extra violas. {p2} and {p3} have both said yes. Fees ({price} each) will go by transfer; {p2.first}'s IBAN is {iban} and {p3.first}'s is {iban}.

Orchestra manager""",
        ),
        (
            "minutes",
            """Orchestra board minutes {date}
Attendees: {p1}, {p2}, {p3}, {p4}
- Season opener: Mahler 5, conductor {p2.last} confirmed.
- {p3.first} to approach the Elgar Society about sponsorship.
- Patron {p5} ({city}) pledged {price} by transfer from {iban}; thank-you letter to {addr}.
- Next meeting {day}.""",
        ),
        (
            "markdown_table",
            """| Chair | Player | Instrument | Mobile |
|---|---|---|---|
| Leader | {p1} | Violin | {ph} |
| Principal | {p2} | Cello | {ph} |
| Co-principal | {p3} | Horn | {ph} |
Add a column for dress rehearsal call times.""",
        ),
        (
            "vcard",
            """BEGIN:VCARD
VERSION:4.0
FN:{p1}
TITLE:Principal Oboe
TEL;TYPE=cell:{ph}
EMAIL:{p1.wmail}
NOTE:Dep for {p2} during Sibelius tour
END:VCARD""",
        ),
        (
            "paste",
            """İngilizceye çevir lütfen:

Merhaba {p1.first} Hanım, konser biletleriniz hazır. {p2} Bey salı günü {city:TR} gişesinden alabilir. Sorunuz olursa {ph:TR} numarasından bize ulaşabilirsiniz. İyi günler!""",
        ),
        (
            "voice",
            """reminder to self email {p1.low} about the rachmaninoff parts and ask {p2.lfirst} if she can dep on second violin on {date} her number is {ph.plain}""",
        ),
    ],
    "yacht": [
        (
            "email",
            """Subject: Charter of "Lady Philippa" - {date}

Dear {p1.title} {p1.last},

We confirm your charter of the yacht Lady Philippa from {city} for {n} nights. Skipper {p2} and cook {p3} will be aboard. The balance of {price} is due by {date} to IBAN {iban}.
Skipper's mobile: {ph}

Bluewater Charters""",
        ),
        (
            "form",
            """CREW LIST / PASSENGER MANIFEST
Vessel: Miss Tillie   Flag: {country}
1. {p1.caps}   Skipper   tel {ph}
2. {p2.caps}   Crew
3. {p3.caps}   Guest   emergency contact {p4} {ph}
Port of departure: {city}""",
        ),
        (
            "slack",
            """#charter-ops
{p1.first} [{time}]: Annabel Lee back in the marina, minor scratch on the hull
{p2.first} [{time}]: guest was {p3}? I'll call them, {ph}
@marina-bot [{time}]: berth {n} invoiced {inv}
{p1.first} [{time}]: yes. card on file {card}, don't charge yet""",
        ),
        (
            "chat",
            """Can you write a welcome note for our charter guests {p1} and {w1}? They board in {city} on {day} and paid the deposit with {card}. Mention the snorkelling gear and that the skipper is {p2.first}.""",
        ),
        (
            "yaml",
            """charter:
  yacht: "Spirit of Juno"
  guests:
    - name: "{p1}"
      phone: "{ph}"
    - name: "{p2}"
  embark: "{city}"
  disembark: "{city}"
  deposit_card: "{card}"
  refund_iban: "{iban}"
""",
        ),
        (
            "paste",
            """Terjemahkan ke bahasa Inggris:

Halo Pak {p1.last}, kapal akan berangkat dari {city:ID} jam {time}. Mohon konfirmasi ke {p2} di nomor {ph:ID}. Pembayaran ke rekening atas nama {p3}. Terima kasih!""",
        ),
    ],
    "fintech": [
        (
            "ticket",
            """Ticket #{num} - Wallet "Satoshi's Stash" frozen
Customer: {p1} ({p1.email})
SSN on file: {ssn}
Linked checking account: {acct}
Last login IP: {ip}
Customer says the wallet was frozen after a transfer to {p2}. Please review KYC.""",
        ),
        (
            "json",
            """{"kyc_submission": {"full_name": "{p1}", "dob": "{date}", "ssn": "{ssn}", "address": "{addr:US}",
 "phone": "{ph:US}", "employer": "Ledgerly", "device_ip": "{ip}", "reviewer": "{p2}"}}""",
        ),
        (
            "stacktrace",
            """ERROR 2025-02-11 09:14:03 payout-service
java.lang.IllegalStateException: IBAN check failed for beneficiary {p1} ({iban})
    at io.paystream.payout.IbanValidator.validate(IbanValidator.java:{n})
    at io.paystream.payout.PayoutJob.run(PayoutJob.java:{num})
Caused by: request from {ip} with account_holder="{p1}"
Why would a valid-looking IBAN fail here?""",
        ),
        (
            "chat",
            """A user named {p1} says they sent 0.02 BTC to the wrong wallet (the label was "Vitalik fund" lol). Their card ending {n} was also charged twice: full number {card}. Draft a reply from support.""",
        ),
        (
            "email",
            """Subject: Re: Direct deposit form

Hi {p1.first},

Thanks. To switch your payroll deposit we need: your SSN ({ssn} - please confirm), routing number, and checking account number. You wrote {acct}; our records show a different account. Could you call {ph:US}?

{p2}, PayStream Support""",
        ),
        (
            "diff",
            """--- a/tests/fixtures/customers.py
+++ b/tests/fixtures/customers.py
@@ -10,4 +10,4 @@
-CUSTOMER = {"name": "{p1}", "ssn": "{ssn}", "card": "{card}"}
+CUSTOMER = {"name": "{p2}", "ssn": "{ssn}", "card": "{card}"}
Is it ok to commit this fixture?""",
        ),
        (
            "log",
            """{ts} auth ok user={p1.email} ip={ip} 2fa=sms:{ph}
{ts} transfer from acct no. {acct} to IBAN {iban} amount={price}
{ts} auth fail user={p2.email} ip={ip6}
Flag anything suspicious.""",
        ),
        (
            "csv",
            """employee,ssn,bank,checking_account,state
"{p1.lf}",{ssn},First Federal,{acct},OH
"{p2.lf}",{ssn},Credit Union,{acct},VT
"{p3.lf}",{ssn},First Federal,{acct},OR
Convert this payroll export to JSON, one object per employee.""",
        ),
        (
            "voice",
            """hi i need help my name is {p1.low} my social is {ssn} and my account number is {acct} i cant log in since {day.low} please call me at {ph:US.plain}""",
        ),
    ],
    "language": [
        (
            "email",
            """Subject: Placement test - {p1}

Dear {p1.first},

Welcome to Lingua Haus! Your Goethe-Zertifikat B1 course starts on {date} in room {room}. Your teacher will be {p2}.
The fee of {price} was charged to the card ending in {n}; we hold {card} on file. Transfers go to IBAN {iban:DE}. Questions: {ph:DE}.

Best wishes,
{p3}""",
        ),
        (
            "paste",
            """Dịch sang tiếng Anh giúp tôi:

Chào {p1.first}, tôi là {p2}, giáo viên tiếng Anh của bạn. Lớp học tuần này dời sang thứ Sáu lúc {time}. Nếu có câu hỏi, hãy gọi cho tôi theo số {ph:VN}. Cảm ơn!""",
        ),
        (
            "csv",
            """student,level,home_country,phone,email
{p1},B2,{country},{ph},{p1.email}
{p2},A1,{country},{ph},{p2.email}
{p3},C1,{country},{ph},{p3.email}
Group these students into classes of similar level.""",
        ),
        (
            "chat",
            """my student {p1.first} wrote this for the DELE exam: "Yo vivo en {city} con mi hermana." can you give feedback in simple spanish?""",
        ),
        (
            "bibliography",
            """Check the formatting of our reading list:
{p1.bib} ({year}). Teaching pronunciation to adults. Instituto Cervantes.
{p2.bib} & {p3.bib} ({year}). Second language writing. ISBN {isbn}
{p4.lf} ({year}) "Code-switching in the classroom", doi:{doi}""",
        ),
        (
            "transcript",
            """Interviewer: Could you tell me your name and where you're from?
Candidate: My name is {p1}, I'm from {city}.
Interviewer: And who is your emergency contact?
Candidate: My host family, {w2.full}. The number is {ph}.""",
        ),
    ],
    "funeral": [
        (
            "letter",
            """Hollins Funeralcare
{date}

Dear {p1.first},

We are so sorry for the loss of your mother, {p2}. As discussed, the service will be held at St Cuthbert's at {time} on {day}, with "Abide with Me" and Psalm 23. Afterwards the family welcomes guests at {addr}.
The invoice will be sent to {p1.email}. Please call {p3} on {ph} with any questions.

With deepest sympathy""",
        ),
        (
            "form",
            """ARRANGEMENT FORM
Deceased: {p1.caps}
Date of death: {date}
Informant: {p2.caps} (son/daughter)
Informant address: {addr}
Informant phone: {ph}
Deceased SSN (for the death certificate): {ssn}
Payment: card {card}""",
        ),
        (
            "notes",
            """Call notes {date} - {w1} took the call: {p1} rang about her brother {p2}. Wants cremation, no flowers, donations to the Marie Curie nurses. Brother lived in {city}. Callback {ph}. Celebrant: {p3}.""",
        ),
        (
            "chat",
            """help me write a short eulogy for my grandfather {p1}. he was a fisherman from {city}, loved crosswords and his dog Biscuit. my grandma {p2.first} will be there""",
        ),
        (
            "email",
            """Subject: Memorial notice wording

Hi,

Please publish: "{p1}, of {city}, peacefully on {date}, aged {n}. Beloved wife of the late {p2} and mother of {p3} and {p4}." Payment for the notice from account number {acct}.

{p3}""",
        ),
        (
            "html",
            """<div class="obituary">
  <h1>{p1}</h1>
  <p>Born in {city}, {year}. Died {date}.</p>
  <p>Service at Gentle Rest Chapel. Enquiries: <a href="mailto:{role:arrangements}">{role:arrangements}</a> or {ph}.</p>
  <p>Survived by {p2} and {p3}.</p>
</div>""",
        ),
    ],
    "fire": [
        (
            "log",
            """{ts} CAD incident {num} created by dispatcher {p1.handle} type=CHIMNEY FIRE
{ts} CAD incident {num} address="{addr}" caller="{p2}" callback="{ph}"
{ts} CAD unit Engine 12 (Dennis Sabre) assigned, crew lead {p3}
{ts} CAD incident {num} closed""",
        ),
        (
            "minutes",
            """Volunteer Fire Brigade - monthly meeting {date}
Present: Chief {p1.last}, {p2}, {p3}, {p4}
1. New Rosenbauer pump arrived; {p2.first} to schedule training.
2. {p3.first} moving to {city}; resignation accepted with thanks.
3. Fundraiser: donations to account number {acct}.
Meeting closed {time}.""",
        ),
        (
            "sms",
            """PAGER: Turnout Station 4, road traffic collision near {city}. {p1.first} and {p2.first} to Tender 2. Chief {p3.last} on {ph}""",
        ),
        (
            "ticket",
            """IT-{num}: station laptop can't reach the roster system
Station 12, reported by {p1}
Laptop IP {ip}, roster server {ip}
{p2.first} also has this problem. Call {ph} when fixed.""",
        ),
        (
            "form",
            """VOLUNTEER FIREFIGHTER APPLICATION
Name: {p1.caps}
Home address: {addr:US}
Cell: {ph:US}
SSN (background check): {ssn}
Emergency contact: {p2} ({ph:US})
Current EMT certificate no.: {num}""",
        ),
        (
            "voice",
            """station four volunteer log {p1.low} and {p2.low} attended a bonfire complaint at {addr.low} no action taken owner {p3.low} advised contact number {ph.plain}""",
        ),
        (
            "paste",
            """Fasse diese Nachricht auf Englisch zusammen:

Hallo {p1.first}, die Übung am Samstag fällt aus. Kommandant {p2.last} ist krank. Bitte informiere {p3} und {p4}. Erreichbar bin ich unter {ph:AT}. Kameradschaftliche Grüße, {p5.first}""",
        ),
    ],
}

TEMPLATES = templates("pc", GROUPS)
