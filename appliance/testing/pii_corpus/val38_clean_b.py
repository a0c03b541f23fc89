"""val38 clean templates, part B (no personal data; full of decoys): EV charging and fleets,
trading cards, observatories, agriculture, aviation, law, pet insurance, elections, maths
tutoring, dance, hotels, heritage trusts."""

from __future__ import annotations

from appliance.testing.pii_corpus.val38_gen import T

CLEAN_B = [
    T(
        "c-ev-chat-1",
        "chat",
        """Compare a Tesla Model Y and an Opel Ampera-e for a small delivery fleet doing 180 km a day. Consider charging speed on 50 kW DC, battery degradation, and total cost over 5 years at <<price1>> per kWh.""",
    ),
    T(
        "c-ev-log-1",
        "log",
        """[2025-02-11 07:42:10] charger=CP-0412 connector=2 state=Charging power_kw=48.7 fw=<<ver1>>
[2025-02-11 07:42:11] ocpp heartbeat interval=300s port=<<port1>>
[2025-02-11 08:55:37] charger=CP-0412 state=Finishing energy_kwh=41.2 tx=<<uuid1>>
[2025-02-11 09:03:02] charger=CP-0413 state=Faulted code=GroundFailure""",
    ),
    T(
        "c-ev-json-1",
        "json",
        """{"fleet": "west-depot",
 "vehicles": [
   {"id": "VAN-14", "model": "Ford Transit EV", "soc": 0.8},
   {"id": "CAR-03", "model": "Tesla Model 3", "soc": 0.42}
 ],
 "tariff": {"peak": "<<price1>>", "offpeak": "<<price2>>"},
 "report_id": "<<uuid1>>"}""",
    ),
    T(
        "c-ev-toolcall-1",
        "toolcall",
        """{"tool": "get_charger_status", "arguments": {"charger_ids": ["CP-0412", "CP-0413", "CP-0414"], "include_history": true, "since": "<<date1>>"}}""",
    ),
    T(
        "c-ev-yaml-1",
        "yaml",
        """ocpp:
  version: "1.6J"
  central_system_port: <<port1>>
  heartbeat_s: 300
chargers:
  - id: CP-0412
    vendor: Kempower
    max_kw: 50
  - id: CP-0413
    vendor: Alfen
    max_kw: 22""",
    ),
    T(
        "c-cards-chat-1",
        "chat",
        """Which is rarer: a 1st edition Charizard holo or a Pikachu Illustrator? And how do PSA and BGS grades compare – is a BGS 9.5 roughly a PSA 10?""",
    ),
    T(
        "c-cards-csv-1",
        "csv",
        """sku,card,set,condition,price
<<sku1>>,Charizard,Base Set,LP,<<price1>>
<<sku2>>,Dark Magician,LOB,NM,<<price2>>
<<sku3>>,Gandalf the Grey,LTR,NM,<<price3>>
<<sku4>>,Mewtwo,Base Set,MP,<<price4>>""",
    ),
    T(
        "c-cards-email-1",
        "email",
        """Subject: Pre-order <<order1>> update

Hi,

Good news – the Dark Magician tins arrive on <<date1>>. Your pre-order is reserved and will ship with tracking (<<track1>>) the same day. If you'd like to add sleeves, reply before Friday.

DeckVault""",
    ),
    T(
        "c-obs-chat-1",
        "chat",
        """For a public observing night, what can we show through a 200 mm Dobsonian in March: Jupiter, the Orion Nebula (Messier 42), the Pleiades? Write a 10-minute script for the volunteers, with a bit about Herschel and Kepler.""",
    ),
    T(
        "c-obs-notes-1",
        "notes",
        """Observing log
Seeing 3/5, transparency good. Jupiter's Great Red Spot transited 22:10.
Imaged M42 with the ZWO camera, gain 120, 60×30 s.
Dome firmware <<ver1>>; encoder error E-<<num1>> once at 23:40.
Next session: <<date1>>, Hubble Deep Field talk at <<time1>>.""",
    ),
    T(
        "c-obs-code-1",
        "code",
        """import numpy as np

# Kalman filter for dome azimuth tracking (see ticket <<order1>>)
def kalman_step(x, p, z, q=1e-4, r=0.05):
    p = p + q
    k = p / (p + r)
    return x + k * (z - x), (1 - k) * p

# Gaussian blur before star detection, sigma from config v<<ver1>>""",
    ),
    T(
        "c-agri-chat-1",
        "chat",
        """Which apple varieties store best over winter: Granny Smith, Braeburn or Pink Lady? And for potatoes, Maris Piper vs King Edward for roasting – which is floury and which holds its shape?""",
    ),
    T(
        "c-agri-csv-1",
        "csv",
        """animal_id,name,breed,weight_kg,show_class
UK-302114,Duchess,Hereford,612,heifer
UK-302199,Big Tom,Texel ram,118,ram
UK-302250,Bella,Jersey,430,dairy
UK-302311,Shadowfax,Shire stallion,980,heavy horse""",
    ),
    T(
        "c-agri-minutes-1",
        "minutes",
        """Co-op board minutes – <<date1>>
1. Cold store quote <<inv1>> accepted (<<price1>>).
2. Granny Smith grading line to be serviced; part <<part1>> on order.
3. Stallion "King Arthur" standing at stud again; fee unchanged.
4. Tractor fleet: two new units, order <<order1>>.
AOB: will do a site visit after harvest.""",
    ),
    T(
        "c-agri-voice-1",
        "voice",
        """remind me to order forty bags of maris piper seed and ten of king edward and call the feed merchant about the price of rolled barley before friday""",
    ),
    T(
        "c-aviation-log-1",
        "log",
        """2025-01-08 06:40 MX-LOG tail=EI-FNH fleetname="Saint Patrick" task=A-check status=OPEN wo=WO-<<num1>>
2025-01-08 07:12 MX-LOG tail=EI-FNH task=tyre-change pn=<<part1>> status=DONE
2025-01-08 08:03 MX-LOG tail=PH-BXA fleetname="Sir Frank Whittle" deferred=MEL-21-3
2025-01-08 09:15 MX-LOG tail=N812XA fleetname="Amelia Earhart" status=AOG""",
    ),
    T(
        "c-aviation-email-1",
        "email",
        """Subject: AOG – <<flight1>> aircraft "Roald Amundsen"

All,

Aircraft "Roald Amundsen" (reg G-EZTB) is AOG with a hydraulic leak at the outstation. Replacement actuator P/N <<part1>> is on <<flight2>>, ETA <<time1>>. Work order WO-<<num1>>.

Maintenance Control""",
    ),
    T(
        "c-aviation-xml-1",
        "xml",
        """<workorder id="WO-<<num1>>">
  <aircraft reg="G-EZTB" name="Spirit of Brooklands" type="A320neo"/>
  <task code="32-11-00">Main gear inspection</task>
  <part pn="<<part1>>" qty="2"/>
  <due><<date1>></due>
</workorder>""",
    ),
    T(
        "c-law-chat-1",
        "chat",
        """Explain the neighbour principle from Donoghue v Stevenson and how it differs from the test in Caparo v Dickman. Keep it to 200 words for first-year law students.""",
    ),
    T(
        "c-law-json-1",
        "json",
        """{"matter": "M-<<num1>>",
 "search_terms": ["duty of care", "snail", "ginger beer"],
 "cited": ["Donoghue v Stevenson [1932] AC 562", "Roe v. Wade, 410 U.S. 113 (1973)", "Miranda v. Arizona, 384 U.S. 436"],
 "doc_count": 48211,
 "export_id": "<<uuid1>>"}""",
    ),
    T(
        "c-law-bib-1",
        "bibliography",
        """Check these citations for OSCOLA style:

Donoghue v Stevenson [1932] AC 562 (HL).
Caparo Industries plc v Dickman [1990] 2 AC 605 (HL).
Roe v. Wade, 410 U.S. 113 (1973).
Law Commission, Damages for Personal Injury (Law Com No 257, 1999).""",
    ),
    T(
        "c-pet-chat-1",
        "chat",
        """My cat is called Captain Fluffington and my dog is Winston Churchill (Winnie). The pet insurer's form keeps flagging their names. Any tips for filling in a claim for a cruciate ligament op on the dog?""",
    ),
    T(
        "c-pet-email-1",
        "email",
        """Subject: Claim <<ref1>> – received

Thank you for your claim for Biscuit (Labrador). We've received invoice <<inv1>> for <<price1>>. Claims are usually assessed within 10 working days. There is a 14-day grace period for any missing documents.

PawSure Claims Team""",
    ),
    T(
        "c-pet-form-1",
        "form",
        """PET DETAILS
Pet name: Mr Whiskers
Species: cat   Breed: Maine Coon   Microchip: <<part1>>
Condition: hyperthyroidism
Policy: P-<<num1>>   Excess: <<price1>>
Vet invoice: <<inv1>>""",
    ),
    T(
        "c-poll-email-1",
        "email",
        """Subject: Polling day logistics – <<date1>>

All presiding officers,

Ballot boxes BB-1142 to BB-1190 will be delivered between 06:00 and 06:45. Tendered ballot papers are in the blue envelope. The count starts at 22:15 at the Leisure Centre; verification software <<ver1>>.

Electoral Services""",
    ),
    T(
        "c-poll-tsv-1",
        "tsv",
        """station_code\tstation\tballot_boxes\topens\tcloses
PS-01\tWard 7 Leisure Centre\t3\t07:00\t22:00
PS-02\tSt Columba's Church Hall\t2\t07:00\t22:00
PS-03\tRiverside Primary School\t2\t07:00\t22:00""",
    ),
    T(
        "c-poll-slack-1",
        "slack",
        """2025-05-01 21:58 @<<handle1>>: boxes from PS-01 sealed, seal numbers logged
2025-05-01 22:04 @<<handle2>>: PS-03 van left, ETA 22:20
2025-05-01 22:15 @<<handle1>>: verification started, table 4
2025-05-01 22:16 @<<handle2>>: will do the turnout sheet""",
    ),
    T(
        "c-maths-chat-1",
        "chat",
        """Explain Fermat's Last Theorem to a 15-year-old, then show why Euler's number e appears in continuous compound interest. Finish with one puzzle about Pascal's triangle.""",
    ),
    T(
        "c-maths-notes-1",
        "notes",
        """Lesson plan – Year 11
- Starter: Pythagoras' theorem with 3-4-5 triangles (10 min)
- Main: Bayes' theorem via the Monty Hall problem
- Extension: Dijkstra's algorithm on a tube map
- Homework: sheet <<sku1>>, due <<date1>>""",
    ),
    T(
        "c-maths-code-1",
        "code",
        """package main

import "fmt"

// Euler's method for dy/dx = y, y(0) = 1; approximates Euler's number.
func main() {
	y, h := 1.0, 0.001
	for i := 0; i < 1000; i++ {
		y += h * y
	}
	fmt.Printf("%.5f\\n", y) // build <<sha1>>
}""",
    ),
    T(
        "c-dance-chat-1",
        "chat",
        """What's the difference between the Charleston, the Lindy Hop and the Balboa? I'm planning a swing taster night and want a 5-minute history intro for beginners.""",
    ),
    T(
        "c-dance-sms-1",
        "sms",
        """Step By Step: tango tonight moved to Studio 2, 8pm. Bring clean shoes. Will do a Charleston warm-up first!""",
    ),
    T(
        "c-dance-csv-1",
        "csv",
        """class,day,time,room,price
Charleston,Mon,<<time1>>,Studio 1,<<price1>>
Lindy Hop,Tue,19:30,Studio 2,<<price2>>
Salsa On2,Thu,20:00,Studio 1,<<price3>>
Balboa,Sat,11:00,Studio 3,<<price4>>""",
    ),
    T(
        "c-hotel-chat-1",
        "chat",
        """Write three short descriptions for our hotel's suites: the Churchill Suite (library, leather chairs), the Einstein Suite (modern, glass desk) and the Nightingale Room (quiet, garden view). 40 words each.""",
    ),
    T(
        "c-hotel-email-1",
        "email",
        """Subject: Booking <<ref1>> – confirmation

Thank you for booking the Einstein Suite for 2 nights from <<date1>>. Check-in is from 15:00, check-out by 11:00. Total: <<price1>>, payable on arrival.

Breakfast is served in the Orangery from 07:00. We hope you enjoy your stay.

Harbourview Hotel""",
    ),
    T(
        "c-hotel-html-1",
        "html",
        """<ul class="rooms">
  <li data-room="<<room1>>">Churchill Suite – from <<price1>></li>
  <li data-room="<<room2>>">Einstein Suite – from <<price2>></li>
  <li data-room="<<room3>>">Nightingale Room – from <<price3>></li>
</ul>""",
    ),
    T(
        "c-lighthouse-chat-1",
        "chat",
        """Write a 150-word panel for our lighthouse museum about the first-order Fresnel lens: how it works, why it was revolutionary, and why ours was replaced by an LED in 2009.""",
    ),
    T(
        "c-lighthouse-minutes-1",
        "minutes",
        """Trustees' meeting – <<date1>>
1. Lamp room repaint quote <<inv1>> (<<price1>>) approved.
2. Grace Darling Museum loan of the coble replica: agreed for six months.
3. Fresnel lens cleaning contract renewed, ref <<ref1>>.
4. Shop: new tea towels (SKU <<sku1>>).
AOB: the chair will do the grant report.""",
    ),
    T(
        "c-heritage-jira-1",
        "jira",
        """HER-<<num1>> Shop till rounding error
Description: After update <<ver1>>, the gift aid flag is lost on refunds over <<price1>>.
Comment: reproduced with order <<order1>>; fix in <<sha1>>.
Comment: deployed to the keeper's cottage shop terminal.""",
    ),
    T(
        "c-heritage-diff-1",
        "diff",
        """diff --git a/exhibits.yaml b/exhibits.yaml
@@ -4,5 +4,6 @@ galleries:
   - id: fresnel-lens
     room: <<room1>>
-    label_version: <<ver1>>
+    label_version: <<ver2>>
+    audio_guide: track-07
   - id: keepers-log""",
    ),
    T(
        "c-generic-stack-1",
        "stacktrace",
        """Exception in thread "main" java.lang.NullPointerException: Cannot invoke "Booking.getRoom()" because "b" is null
    at hotel.pms.SuiteAllocator.allocate(SuiteAllocator.java:57)
    at hotel.pms.Main.main(Main.java:19)
Build <<sha1>>, pms <<ver1>>, request <<uuid1>>""",
    ),
    T(
        "c-generic-git-1",
        "git",
        """commit <<sha1>>
Author: <<handle1>> <ci@localhost>
Date:   Wed Jan 22 16:44:09 2025 +0000

    Bump charger firmware manifest to <<ver1>>

    Signed-off-by: <<handle2>>""",
    ),
    T(
        "c-paste-de-1",
        "paste",
        """Fasse diesen Text auf Englisch zusammen:

"Die Ladesäule CP-0413 ist seit Montag defekt. Der Fehlercode lautet GroundFailure. Ein Techniker kommt am Donnerstag zwischen 8 und 12 Uhr. Bitte nutzen Sie bis dahin die Säulen CP-0412 und CP-0414." """,
    ),
    T(
        "c-paste-it-1",
        "paste",
        """Riassumi in inglese in due frasi:

"Il corso di pizza Margherita del sabato è spostato alle 18:00. Portate un grembiule. Il prezzo resta di 45 euro a persona, bevande incluse." """,
    ),
    T(
        "c-paste-nl-1",
        "paste",
        """Vertaal naar het Engels:

"De dansles Lindy Hop begint volgende week om 19:30 in studio 2. Nieuwe leerlingen zijn welkom; de eerste les is gratis." """,
    ),
    T(
        "c-paste-pl-1",
        "paste",
        """Przetłumacz na angielski:

"Zebranie klubu kolekcjonerów monet odbędzie się w czwartek o 18:00. Tematem będą monety z wizerunkiem monarchów." """,
    ),
    T(
        "c-paste-sv-1",
        "paste",
        """Översätt till engelska:

"Kooperativets kylhus är stängt på måndag för service. Leveranser av Granny Smith tas emot tisdag till fredag." """,
    ),
    T(
        "c-paste-tr-1",
        "paste",
        """İngilizceye çevir:

"Cumartesi günkü Charleston atölyesi saat 14:00'te başlayacak. Katılım ücretsizdir, ancak yer sınırlıdır." """,
    ),
    T(
        "c-paste-id-1",
        "paste",
        """Ringkas dalam bahasa Inggris:

"Kelas memasak Beef Stroganoff hari Minggu dibatalkan karena dapur sedang diperbaiki. Biaya akan dikembalikan dalam 5 hari kerja." """,
    ),
    T(
        "c-paste-vi-1",
        "paste",
        """Dịch sang tiếng Anh:

"Buổi ngắm sao tối thứ Bảy bị hoãn vì trời nhiều mây. Chúng tôi sẽ thông báo lịch mới sớm." """,
    ),
    T(
        "c-paste-pt-1",
        "paste",
        """Extrai em JSON os campos data, hora e preço:

"O workshop de Peach Melba será no dia 12 de abril às 15h. O preço é de 35 euros por pessoa." """,
    ),
    T(
        "c-paste-es-1",
        "paste",
        """Extract as JSON (date, time, price):

"La clase de Lindy Hop para principiantes empieza el 3 de marzo a las 19:30. Cuesta 60 euros el trimestre." """,
    ),
    T(
        "c-ics-obs-1",
        "ics",
        """BEGIN:VCALENDAR
BEGIN:VEVENT
UID:<<uuid1>>
SUMMARY:Planetarium show – Kepler's Worlds
DTSTART:20250315T140000
DTEND:20250315T144500
DESCRIPTION:School group booking <<ref1>>. Dome <<room1>>.
END:VEVENT
END:VCALENDAR""",
    ),
    T(
        "c-vcard-obs-1",
        "vcard",
        """BEGIN:VCARD
VERSION:4.0
FN:Dark Sky Observatory Front Desk
ORG:Dark Sky Observatory
TITLE:Visitor Services
NOTE:Public nights every second Saturday. Ticket ref <<ref1>>.
END:VCARD""",
    ),
    T(
        "c-mdtable-ev-1",
        "markdown_table",
        """Which charger should we replace first? Explain briefly.

| Charger | Sessions/day | Faults (30d) | Firmware |
|---|---|---|---|
| CP-0412 | 14 | 1 | <<ver1>> |
| CP-0413 | 9 | 7 | <<ver2>> |
| CP-0414 | 11 | 0 | <<ver1>> |""",
    ),
    T(
        "c-transcript-ev-1",
        "transcript",
        """AGENT: VoltFleet support, how can I help?
CALLER: Our Ford Transit EV won't charge past eighty percent.
AGENT: Is that at the depot charger CP-0412?
CALLER: Yes, connector two.
AGENT: Okay, I've logged ticket <<order1>>. We'll push firmware <<ver1>> tonight.""",
    ),
]
