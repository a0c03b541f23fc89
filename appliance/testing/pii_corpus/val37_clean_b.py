"""val37 clean templates, part B (no personal data, full of decoys): parishes, vets, property
management, weather services, chess clubs, orchestras, yacht charters, fintech support,
language schools, funeral homes and fire brigades. Slot language: val37_gen (decoy slots)."""

from __future__ import annotations

from appliance.testing.pii_corpus.val37_gen import templates

GROUPS: dict[str, list[tuple[str, str]]] = {
    "parish": [
        (
            "notes",
            """Parish notices for {date}
- St Jude's hall: new booking rate {price}/hour from {month}.
- St Mary's choir practice moves to {day} {time}.
- Harvest collection raised {price}. Thank you!
- Faith and film night: "Chariots of Fire", {day} {time}.""",
        ),
        (
            "ics",
            """BEGIN:VEVENT
UID:{uuid}
SUMMARY:Coffee morning - St Jude's hall
DTSTART:20250510T100000
DTEND:20250510T120000
LOCATION:St Jude's Church Hall, room {n}
DESCRIPTION:Cakes welcome. Float {price}.
END:VEVENT""",
        ),
        (
            "letter",
            """St Cuthbert's Parochial Church Council
{date}

To all hall users,

From {month} the hall heating will run on a timer ({time}-{time}). The roof appeal has reached {price} of its {price} target. We hope to start work in the summer. Please return keys to the parish office by {day}.

The Churchwardens""",
        ),
        (
            "csv",
            """date,event,hall,attendance,income
{date},Jumble sale,St Jude's,{num},{price}
{date},Quiz night,St Mary's,{n},{price}
{date},Brownies,St Jude's,{n},{price}
Which event earned most per attendee?""",
        ),
        (
            "paste",
            """Traduza para inglês o aviso:

A quermesse da paróquia será no domingo, das {time} às {time}. Haverá bolos, rifas e música. O valor arrecadado ({price}) irá para a reforma do telhado.""",
        ),
    ],
    "vet": [
        (
            "sms",
            """Paws & Claws: Max and Bella are booked for dental checks on {day} at {time}. Please fast from midnight. Ref {ref}.""",
        ),
        (
            "chat",
            """my cat Oscar is 14 and has started drinking loads of water. could that be kidney disease or Cushing's? what tests would a vet usually run""",
        ),
        (
            "yaml",
            """clinic: Harbour Vets
opening_hours:
  weekdays: "{time}-{time}"
  saturday: "{time}-{time}"
vaccines_in_stock:
  - {sku}
  - {sku}
price_list_version: {ver}""",
        ),
        (
            "ticket",
            """#{num} Practice management system slow
Site: Harbour Vets, consult room {n}
Build: {ver} ({sha})
X-ray viewer takes {n}s to open the Pepper/Luna test studies (sample patients in training DB).
Please chase the vendor; grace period on the licence ends {date}.""",
        ),
        (
            "vcard",
            """BEGIN:VCARD
VERSION:3.0
FN:Harbour Vets Reception
ORG:Harbour Veterinary Group
URL:https://{org}/contact
NOTE:Out of hours - see website
END:VCARD
Is this vCard valid?""",
        ),
    ],
    "property": [
        (
            "json",
            """{"listing_id": "{uuid}", "type": "flat", "beds": {n}, "baths": 1, "rent_pcm": "{price}", "deposit_weeks": 5, "epc": "C", "available": "{date}", "features": ["Victoria Court block", "lift", "bike store"]}""",
        ),
        (
            "tsv",
            """unit	beds	rent	status
Flat {n}	2	{price}	let
Flat {n}	1	{price}	void
Flat {n}	3	{price}	let
Flat {n}	2	{price}	notice given
What's the void rate?""",
        ),
        (
            "form",
            """MAINTENANCE REQUEST
Unit: Flat {n}, Victoria Court
Category: heating
Priority: urgent
Contractor job no: {ord}
Access: keys in safe, code {ref}
Notes: tenant reports no hot water since {day}.""",
        ),
        (
            "jira",
            """PM-{num}: Annual gas safety checks
Comment (scheduler): {n} units booked for {month}, {n} outstanding.
Comment (compliance): certificate template {ver} uploaded. Chase up the rest by {date}.""",
        ),
        (
            "chat",
            """what's a fair service charge for a block of 24 flats with a lift, a concierge and a communal garden? the current one is {price} a year per flat""",
        ),
    ],
    "weather": [
        (
            "log",
            """{ts} radar[{num}]: composite updated, max reflectivity 52 dBZ
{ts} warnings: amber wind warning issued for Storm Eunice, valid {time}-{time}
{ts} warnings: yellow rain warning for Storm Babet extended
{ts} ingest: {n} buoy messages late""",
        ),
        (
            "toolcall",
            """{"function": "get_forecast", "arguments": {"model": "ECMWF", "run": "{ts}", "variables": ["wind_gust", "precip"], "lead_hours": {n}}}
Explain what lead_hours means.""",
        ),
        (
            "csv",
            """storm,year,peak_gust_kmh,pressure_hpa
Storm Babet,2023,{num},{num}
Hurricane Otis,2023,{num},{num}
Hurricane Beryl,2024,{num},{num}
Typhoon Haikui,2023,{num},{num}
Rank by pressure.""",
        ),
        (
            "email",
            """Subject: Forecast desk rota - summer

All,

The summer rota is out. Shifts start at {time}; handover notes go in the shared drive by {time}. Storm names for the new season have been published. Will do a refresher on the amber/red thresholds on {day}.

Ops""",
        ),
        (
            "paste",
            """Översätt till engelska:

Varning klass 2 för mycket höga vattenflöden gäller från {day} kl. {time}. Stormen väntas ge byvindar upp till {n} m/s. Undvik onödiga resor.""",
        ),
    ],
    "chess": [
        (
            "chat",
            """Explain the main ideas behind the Caro-Kann, the Ruy Lopez and the Sicilian Najdorf for a 1400-rated player. Which is easiest to learn in {n} weeks?""",
        ),
        (
            "git",
            """Write a changelog from this (git log --oneline):
{sha} feat(pairing): Swiss-system tie-breaks (Buchholz, Sonneborn-Berger)
{sha} fix: Elo K-factor for juniors
{sha} docs: add Ruy Lopez sample PGN
{sha} release {ver}""",
        ),
        (
            "csv",
            """opening,eco,games,white_win_pct
Ruy Lopez,C60,{num},{n}
Caro-Kann,B10,{num},{n}
Sicilian Najdorf,B90,{num},{n}
Nimzo-Indian,E20,{num},{n}
Which opening scores best for white?""",
        ),
        (
            "sms",
            """Chess club: league match {day} {time}, boards 1-6. Bring clocks. Subs {price}. Caro-Kann prep session moved to {date}.""",
        ),
        (
            "diff",
            """--- a/openings.pgn
+++ b/openings.pgn
@@ -1,3 +1,3 @@
-[Opening "Ruy Lopez"]
+[Opening "Ruy Lopez, Marshall Attack"]
 [ECO "C65"]
-[Result "1/2-1/2"]
+[Result "1-0"]
Is the ECO code still right?""",
        ),
    ],
    "orchestra": [
        (
            "minutes",
            """Orchestra planning meeting {date}
1. Season: Brahms' Fourth (opener), Goldberg Variations (strings), Mahler 5 (finale).
2. Ticket prices held at {price}; concessions {price}.
3. Hall hire {price}, deposit due {date}.
4. Will do a survey of subscribers in the autumn.""",
        ),
        (
            "markdown_table",
            """| Work | Duration | Forces |
|---|---|---|
| Brahms' Fourth | {n} min | full orchestra |
| Goldberg Variations (arr.) | {n} min | strings |
| Elgar's Enigma Variations | {n} min | full orchestra |
Fit this into a 2-hour concert with an interval.""",
        ),
        (
            "paste",
            """Übersetze ins Englische:

Liebe Abonnentinnen und Abonnenten, das Konzert am {date} (Brahms' Vierte) beginnt ausnahmsweise um {time}. Die Karten behalten ihre Gültigkeit. Wir hoffen auf Ihr Verständnis.""",
        ),
        (
            "voice",
            """memo bill the hall for the extra rehearsal hour and mark the goldberg parts as returned we hope to get the brahms scores back by {day.low}""",
        ),
        (
            "xml",
            """<concert id="{ref}" date="{date}">
  <work composer-ref="BRA" title="Symphony No. 4"/>
  <work composer-ref="BAC" title="Goldberg Variations (arr. strings)"/>
  <hall seats="{num}" price="{price}"/>
</concert>""",
        ),
    ],
    "yacht": [
        (
            "yaml",
            """fleet:
  - name: "Lady Philippa"
    length_m: 14.2
    berths: {n}
    weekly_rate: "{price}"
  - name: "Miss Tillie"
    length_m: 11.8
    berths: {n}
    weekly_rate: "{price}"
season_start: {date}""",
        ),
        (
            "slack",
            """#marina
@marina-bot: berth {n} - Annabel Lee departed {time}
@marina-bot: fuel dock pump 2 out of order, ticket {num}
@ops-desk: Spirit of Juno back {day}, hull clean booked
@marina-bot: wind NW {n} kn""",
        ),
        (
            "chat",
            """What safety gear is legally required for a 12 m sailing yacht on a week-long charter? We carry {n} passengers plus skipper. Also what's a sensible grace period for late returns in the contract?""",
        ),
        (
            "paste",
            """Terjemahkan ke bahasa Inggris:

Kapal pesiar tersedia mulai {date}. Harga sewa {price} per minggu, sudah termasuk bahan bakar. Pemesanan dengan kode {ref}.""",
        ),
        (
            "stacktrace",
            """Exception in thread "main" java.lang.NullPointerException: berth is null
    at com.marina.booking.Allocator.assign(Allocator.java:{n})
    at com.marina.booking.Api.book(Api.java:{num})
    at com.marina.Main.main(Main.java:{n})
Happens when booking "Lady Philippa" for {date}.""",
        ),
    ],
    "fintech": [
        (
            "ticket",
            """Ticket #{num} - Card payments declined (3DS)
Affected BINs: several, all issuer-side
Error code: 05 Do not honour
Started: {ts}
Status page: https://status.{org}/incidents/{num}
Customers get a grace period on late fees until {date}.""",
        ),
        (
            "json",
            """{"event": "payout.failed", "id": "{uuid}", "amount": "{price}", "reason": "beneficiary_bank_unavailable", "retry_at": "{ts}", "idempotency_key": "{sha}"}""",
        ),
        (
            "stacktrace",
            """Traceback (most recent call last):
  File "ledger/reconcile.py", line {n}, in run
    assert debit == credit, f"mismatch on {batch}"
AssertionError: mismatch on batch {ref}
Why would a Decimal rounding issue cause this?""",
        ),
        (
            "log",
            """{ts} INFO  wallet.sync chain=btc height={num} peers={n}
{ts} WARN  wallet.sync satoshi dust output ignored value=546
{ts} INFO  api GET /v2/rates 200 {n}ms
{ts} ERROR api POST /v2/transfers 502 upstream timeout""",
        ),
        (
            "code",
            """// Go: mask everything but the last 4 of a PAN
func Mask(pan string) string {
    if len(pan) < 4 {
        return pan
    }
    return strings.Repeat("*", len(pan)-4) + pan[len(pan)-4:]
}
// test: Mask("{sku}") - does this handle spaces?""",
        ),
    ],
    "language": [
        (
            "paste",
            """İngilizceye çevir:

Kurs kayıtları {date} tarihinde başlıyor. B1 seviyesi dersleri salı ve perşembe {time}'da. Ücret {price}. Kayıt kodu: {ref}.""",
        ),
        (
            "paste",
            """Dịch sang tiếng Anh:

Lớp tiếng Đức trình độ A2 bắt đầu vào {date}. Học phí là {price}. Vui lòng mang theo sách giáo khoa, mã {isbn}.""",
        ),
        (
            "email",
            """Subject: Timetable change - DELE and Goethe-Zertifikat prep

Dear students,

From {date}, DELE B2 prep moves to room {room} ({day}s, {time}). Goethe-Zertifikat C1 mock exams will be held on {date}. Fees for the summer term ({price}) are due by {date}.

Lingua Haus Admissions""",
        ),
        (
            "chat",
            """Explain the difference between "will" and "going to" for an A2 class, with 5 example sentences. Keep the vocabulary simple.""",
        ),
        (
            "transcript",
            """[Placement test recording, candidate {num}]
EXAMINER: Please describe your last holiday.
CANDIDATE: Last summer I go... I went to the sea with my family. We hope to go again.
EXAMINER: Thank you. Part two now.""",
        ),
    ],
    "funeral": [
        (
            "letter",
            """Gentle Rest Funeral Services
{date}

Price list effective {date}
Simple cremation: {price}
Traditional service: {price}
Memorial stone engraving: {price} per letter set

We hope this helps families plan ahead.""",
        ),
        (
            "notes",
            """Chapel schedule {date}
{time} service, "Abide with Me", Psalm 23
{time} service, "Amazing Grace", bagpiper booked (ref {ref})
Hearse {sku} at garage {day}""",
        ),
        (
            "html",
            """<section>
  <h2>Planning a memorial</h2>
  <p>Our chapel seats {num}. Orders of service from {price} for 50 copies.</p>
  <p>Popular readings: Psalm 23, "Do not stand at my grave and weep".</p>
</section>
Rewrite this in a warmer tone.""",
        ),
        (
            "email",
            """Subject: Florist invoice {inv#a}

Hello,

Please find invoice {inv#a} for the lily wreaths ({n}) and the rose spray. Total {price}, payment terms 30 days. Bill me separately for the delivery.

Accounts""",
        ),
        (
            "form",
            """ORDER OF SERVICE PRINT FORM
Job no: {ord}
Copies: {num}
Paper: 170gsm ivory
Font: Garamond 12pt, headings in Gill Sans
Proof by: {date}""",
        ),
    ],
    "fire": [
        (
            "log",
            """{ts} CAD incident {num} type=AFA (automatic fire alarm) unit=Engine 12
{ts} CAD incident {num} stop message: false alarm, good intent
{ts} CAD unit Tender 2 available
{ts} CAD pager test OK""",
        ),
        (
            "minutes",
            """Brigade meeting {date}
1. Rosenbauer pump service done, cost {price}.
2. Dennis Sabre tyres due in {month}.
3. {n} members completed breathing apparatus refresher.
4. Will do hydrant survey in the summer.""",
        ),
        (
            "sms",
            """PAGER TEST {time}: this is a test of the Station 4 pager system. No response required.""",
        ),
        (
            "ticket",
            """IT-{num}: tablets on Engine 12 not syncing mapping layer
Version {ver}, layer id {uuid}
Retry interval {n} min. Will do a manual sync before the {day} drill.""",
        ),
        (
            "voice",
            """station four log engine twelve returned at {time} all equipment checked hose {pn} needs replacing will do it {day.low}""",
        ),
    ],
}

TEMPLATES = templates("cb", GROUPS)
