"""val39 clean templates, part C (no personal data, many decoys): funeral homes and
genealogy services, veterinary clinics and stables, escape rooms and board-game cafés, real
estate, tax advisers and notaries, ferries and buses, and more shapes of every domain."""

from __future__ import annotations

from appliance.testing.pii_corpus.val39_gen import t

TEMPLATES = [
    t("c-funeral-html-1", "html", """
<section id="pricing">
  <h2>Our funeral packages</h2>
  <table>
    <tr><td>Direct cremation</td><td>⟦d.fee⟧</td></tr>
    <tr><td>Simple service</td><td>⟦d2.fee⟧</td></tr>
    <tr><td>Traditional service with limousine</td><td>⟦d3.fee⟧</td></tr>
  </table>
  <p>Prices valid from ⟦d.date⟧. Third-party fees (cemetery, celebrant) are extra.</p>
</section>
"""),
    t("c-funeral-chat-1", "chat", """
What's the difference between a pre-paid funeral plan and a life insurance policy for funeral
costs? Which protections apply if the provider goes bust, and what's a typical grace period
for missed instalments?
"""),
    t("c-genealogy-chat-1", "chat", """
How do I read a 19th-century parish baptism register? Which columns usually matter (date,
abode, quality or profession), and how reliable are ages in the 1851 and 1881 census returns?
"""),
    t("c-genealogy-json-1", "json", """
{"dna_kit": "⟦d.serial⟧", "status": "processed", "matches": 212,
 "ethnicity_estimate": {"region_a": "⟦d.pct⟧", "region_b": "⟦d2.pct⟧", "other": "⟦d3.pct⟧"},
 "shared_cM_top_match": 1744, "tree_attached": false, "report_version": "⟦d.version⟧"}
"""),
    t("c-funeral-notes-1", "notes", """
Vehicle & staff plan ⟦d.day⟧
- Hearse 2 (Mercedes E-class, plate ⟦d.plate⟧) serviced, tyres ok
- Limousine booked for 10:30 and 14:00 services
- Chapel flowers: white lilies, ivy, rosemary
- Crematorium slot confirmation ⟦d.ref⟧
- Order of service proofs due ⟦d.time⟧ (print run 150)
"""),
    t("c-vet-email-1", "email", """
Subject: New vaccination protocol from ⟦d.date⟧

Dear colleagues,

From ⟦d.date⟧ we move dogs to a three-yearly core booster. Kennel cough stays annual. Please
update reminder templates in the practice system (version ⟦d.version⟧) and use stock from
lot ⟦d.lot⟧ first. Luna, Biscuit and Waffles on today's list are all due anyway.

Clinical Director
"""),
    t("c-vet-csv-1", "csv", """
patient,species,breed,weight_kg,next_due
Biscuit,dog,cocker spaniel,14.2,⟦d.iso⟧
Mochi,cat,British shorthair,5.1,⟦d2.iso⟧
Waffles,rabbit,lionhead,1.8,⟦d3.iso⟧
Pickle,dog,dachshund,8.9,⟦d4.iso⟧
Marmite,cat,domestic shorthair,4.4,⟦d5.iso⟧
"""),
    t("c-stable-sms-1", "sms", """
Yard update: farrier day moved to ⟦d.day⟧. Sir Galahad, Tinker and Copper Kettle first, then
Treacle. Hay delivery ⟦d.time⟧, 40 bales. Invoice ⟦d.invoice⟧ to follow.
"""),
    t("c-stable-voice-1", "voice", """
feed chart change duchess half scoop less hard feed from monday marquis keeps the joint
supplement and dandelion goes out in the top paddock with the ponies
"""),
    t("c-escape-chat-1", "chat", """
Design a 60-minute escape room puzzle chain based on Cluedo: players must work out whether it
was Colonel Mustard, Professor Plum or Miss Scarlett, in which room, with which weapon. Give
me 6 puzzles with padlock codes (3 and 4 digits) and a hint ladder for each.
"""),
    t("c-escape-markdown-1", "markdown_table", """
| Room | Theme | Difficulty | Record | Price per group |
|---|---|---|---|---|
| The Study | Professor Plum | 3/5 | 38:12 | ⟦d.price⟧ |
| Nautilus | Captain Nemo | 4/5 | 44:50 | ⟦d2.price⟧ |
| Castle Keep | Count Dracula | 5/5 | 51:09 | ⟦d3.price⟧ |
| 221B | Sherlock Holmes | 2/5 | 29:31 | ⟦d4.price⟧ |
"""),
    t("c-boardgame-xml-1", "xml", """
<inventory cafe="Quillstone" updated="⟦d.iso⟧">
  <game title="Catan" copies="4" condition="good"/>
  <game title="Wingspan" copies="2" condition="missing 3 eggs"/>
  <game title="Ticket to Ride" copies="3" condition="good"/>
  <game title="Terraforming Mars" copies="1" condition="worn"/>
  <game title="Codenames" copies="5" condition="good" sku="⟦d.sku⟧"/>
</inventory>
"""),
    t("c-boardgame-transcript-1", "transcript", """
Speaker 1: Okay, rules for Everdell, quick version. You place workers, collect berries,
  resin, pebbles and twigs.
Speaker 2: And the cards go into your city, fifteen max?
Speaker 1: Fifteen. Critters can be played free if you have the matching construction.
Speaker 3: Can we do the Pearlbrook expansion too?
Speaker 1: Not tonight, the table's booked again at ⟦d.time⟧.
"""),
    t("c-realestate-email-1", "email", """
Subject: Market update ⟦d.month⟧

Hello,

Average asking prices rose ⟦d.pct⟧ this quarter; two-bed flats now list at around
⟦d.house⟧. Time to sale fell to 41 days. Our new valuation tool (v⟦d.version⟧) is live on
the website. Book a free valuation with reference ⟦d.ref⟧.

The Valuations Team
"""),
    t("c-realestate-json-1", "json", """
{"listing_id": "⟦d.ref⟧", "type": "flat", "bedrooms": 2, "bathrooms": 1, "floor": 3,
 "epc": "C", "price": "⟦d.house⟧", "service_charge": "⟦d2.fee⟧", "lease_years": 117,
 "features": ["balcony", "lift", "bike store"], "photos": ⟦d.qty⟧, "updated": "⟦d.iso⟧"}
"""),
    t("c-realestate-voice-1", "voice", """
listing note two bed flat third floor south facing balcony new boiler last year epc band c
service charge about twelve hundred a year no chain viewings from next week
"""),
    t("c-tax-email-1", "email", """
Subject: Reminder - quarterly estimates due ⟦d.date⟧

Dear client,

Your next estimated payment is due on ⟦d.date⟧. If you expect a refund, please mark us as
read-only on your bank portal rather than sharing passwords. We can bill you later for the
amended return. A frank conversation about bonus income before year end would help.

Your Tax Team
"""),
    t("c-tax-tsv-1", "tsv", """
form	purpose	deadline	penalty
1040	individual return	April 15	5% per month
1065	partnership return	March 15	⟦d.fee:USD⟧ per partner per month
W-9	taxpayer ID request	on request	-
1099-NEC	non-employee pay	January 31	⟦d2.fee:USD⟧ per form
"""),
    t("c-notary-letter-1", "letter", """
Madame, Monsieur,

Nous accusons réception de votre dossier n° ⟦d.ref⟧. Les frais d'acte s'élèvent à
⟦d.fee:EUR⟧, dont ⟦d2.fee:EUR⟧ de droits d'enregistrement. Merci de nous retourner le projet
signé avant le ⟦d.dmy⟧.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.
L'Étude
"""),
    t("c-notary-ics-1", "ics", """
BEGIN:VEVENT
UID:⟦d.uuid⟧
DTSTART:20250603T080000Z
DTEND:20250603T090000Z
SUMMARY:Signing - sale deed (file ⟦d.ref⟧)
LOCATION:Meeting room 2
DESCRIPTION:Bring ID and the original deed. Fee ⟦d.fee⟧.
END:VEVENT
"""),
    t("c-ferry-html-1", "html", """
<table class="timetable">
  <caption>Winter timetable from ⟦d.date⟧</caption>
  <tr><th>Sailing</th><th>Departs</th><th>Arrives</th><th>Vessel</th></tr>
  <tr><td>⟦d.ticket⟧</td><td>07:15</td><td>08:45</td><td>MV Oscar Wilde</td></tr>
  <tr><td>⟦d2.ticket⟧</td><td>12:30</td><td>14:00</td><td>MV W.B. Yeats</td></tr>
  <tr><td>⟦d3.ticket⟧</td><td>18:05</td><td>19:35</td><td>MV Oscar Wilde</td></tr>
</table>
"""),
    t("c-ferry-toolcall-1", "toolcall", """
{"function": "search_sailings", "arguments": {"route": "R4", "date": "⟦d.iso⟧",
 "passengers": {"adults": 2, "children": 1}, "vehicle": {"type": "van", "length_m": 5.4,
 "model": "Ford Transit"}, "cabin": false}}
"""),
    t("c-bus-csv-1", "csv", """
route,first_bus,last_bus,frequency_min,vehicle_type,depot
7,05:42,23:10,12,Volvo B5LH hybrid,Depot North
12,06:05,22:40,15,Alexander Dennis Enviro400,Depot North
X4,06:30,20:30,30,coach,Depot East
N7,23:40,04:40,30,single-deck,Depot North
"""),
    t("c-bus-jira-1", "jira", """
OPS-⟦d.pr⟧ Real-time arrival boards freeze after firmware ⟦d.version⟧

Reporter: service desk (automated)
Description: 17 of 212 stop displays stopped updating after the overnight push. Boards
reboot into a loop with error 0x⟦d.short⟧.
Comment: rollback package ⟦d.sku⟧ staged; deploy window ⟦d.day⟧ 01:00-03:00.
"""),
    t("c-ferry-log-1", "log", """
⟦d.iso⟧T05:58:11Z AIS  mmsi=⟦d.num⟧⟦d2.num⟧ vessel="Peter Pan" sog=0.0 status=moored
⟦d.iso⟧T06:01:40Z AIS  mmsi=⟦d.num⟧⟦d2.num⟧ vessel="Peter Pan" sog=3.2 status=underway
⟦d.iso⟧T06:20:02Z GATE vehicle deck closed, 212 cars, 14 freight
⟦d.iso⟧T06:21:55Z WEATHER gust=41kn (Storm Isha) advisory=amber
"""),
    t("c-funeral-paste-tr-1", "paste", """
İngilizceye çevir:

Cenaze hizmetlerimiz hakkında bilgi almak için web sitemizi ziyaret edebilirsiniz. Paket
fiyatları ⟦d.fee:TRY⟧'dan başlamaktadır. Randevular hafta içi 09:00 ile 17:00 arasında
verilmektedir. Dosya numaranızı (⟦d.ref⟧) yanınızda getirmeyi unutmayınız.
"""),
    t("c-tax-paste-id-1", "paste", """
Ringkas dalam bahasa Inggris:

Batas waktu pelaporan SPT Tahunan untuk wajib pajak orang pribadi adalah ⟦d.dmy⟧. Denda
keterlambatan sebesar Rp100.000. Nomor tiket layanan Anda adalah ⟦d.ticket⟧. Simpan bukti
penerimaan elektronik dengan kode ⟦d.booking⟧.
"""),
    t("c-bus-paste-vi-1", "paste", """
Dịch sang tiếng Anh:

Từ ngày ⟦d.dmy⟧, tuyến xe buýt số 12 sẽ chạy thêm chuyến lúc ⟦d.hm⟧. Giá vé không đổi,
⟦d.qty⟧.000 đồng một lượt. Hành khách có thể mua vé tháng qua ứng dụng, mã khuyến mãi
⟦d.booking⟧.
"""),
    t("c-realestate-paste-es-1", "paste", """
Redacta una respuesta breve en español a esta consulta:

"Buenas tardes, quería saber si el piso de referencia ⟦d.ref⟧ sigue disponible, si admite
mascotas y cuánto son los gastos de comunidad. Gracias."
"""),
    t("c-escape-paste-de-1", "paste", """
Bitte auf Englisch zusammenfassen:

Unser neuer Escape Room „Das Arbeitszimmer von Professor Plum" öffnet am ⟦d.dmy⟧. Spielzeit
60 Minuten, 2 bis 6 Personen, Preis ab ⟦d.price:EUR⟧ pro Gruppe. Gutscheincode ⟦d.booking⟧ gilt
bis Ende des Monats.
"""),
    t("c-vet-paste-fr-1", "paste", """
Traduis en anglais pour notre site :

Notre clinique vétérinaire est ouverte du lundi au samedi. Les urgences sont assurées
24h/24. Vaccins chiens et chats à partir de ⟦d.price:EUR⟧. Pensez à apporter le carnet de santé
et le numéro de puce électronique de votre animal.
"""),
    t("c-ferry-paste-it-1", "paste", """
Traduci in inglese:

A causa del maltempo, le corse delle ⟦d.hm⟧ e delle ⟦d2.hm⟧ sono cancellate. I biglietti
possono essere rimborsati entro il ⟦d.dmy⟧ indicando il codice di prenotazione ⟦d.booking⟧.
La nave Pont-Aven riprenderà il servizio regolare appena possibile.
"""),
    t("c-genealogy-paste-nl-1", "paste", """
Vertaal naar het Engels:

Het archief is gesloten van ⟦d.dmy⟧ tot en met ⟦d2.dmy⟧ wegens verhuizing. Inzage in de
doop-, trouw- en begraafregisters is daarna weer mogelijk op afspraak. Aanvraagnummer
⟦d.ref⟧.
"""),
    t("c-bakery-paste-pt-1", "paste", """
Traduz para inglês:

A nossa pastelaria tem pastéis de nata acabados de sair do forno a partir das ⟦d.hm⟧.
Encomendas para festas com ⟦d.qty⟧ horas de antecedência. Código do pedido ⟦d.order⟧.
"""),
    t("c-marina-paste-pl-1", "paste", """
Przetłumacz na angielski:

Z powodu sztormu pomosty C i D będą zamknięte od ⟦d.hm⟧. Prosimy sprawdzić cumy i odbijacze.
Opłata za miejsce postojowe wynosi ⟦d.price:PLN⟧ za dobę. Numer rezerwacji ⟦d.booking⟧.
"""),
    t("c-bar-paste-sv-1", "paste", """
Översätt menyn till engelska:

Rob Roy - whisky, söt vermouth, bitter. ⟦d.price:SEK⟧
Tom Collins - gin, citron, socker, sodavatten. ⟦d2.price:SEK⟧
Alkoholfri: Shirley Temple eller Arnold Palmer. ⟦d3.price:SEK⟧
"""),
    t("c-opera-paste-id-1", "paste", """
Terjemahkan ke bahasa Inggris:

Pertunjukan opera Madama Butterfly akan dimulai pukul ⟦d.hm⟧. Penonton diharap hadir 30
menit sebelumnya. Tiket dapat ditukar di loket dengan kode pemesanan ⟦d.booking⟧.
"""),
    t("c-awards-paste-tr-1", "paste", """
Bunu İngilizceye çevir ve kısalt:

Altın Küre ve BAFTA adaylıklarının ardından film, ⟦d.dmy⟧ tarihinde vizyona girecek.
Galaya davetiye kodu ⟦d.booking⟧ ile giriş yapılabilir. Süre: 2 saat 14 dakika.
"""),
    t("c-lab-paste-vi-1", "paste", """
Tóm tắt bằng tiếng Anh:

Phòng thí nghiệm vật lý sẽ bảo trì hệ thống làm lạnh từ ⟦d.dmy⟧. Nhiệt độ mẫu phải giữ dưới
4 kelvin. Mã thiết bị ⟦d.serial⟧, phiên bản phần mềm ⟦d.version⟧.
"""),
    t("c-ferry-sms-1", "sms", """
Tidemark Ferries: sailing ⟦d.ticket⟧ on ⟦d.date⟧ is cancelled due to Storm Ciarán. Rebook
free of charge online with ref ⟦d.booking⟧.
"""),
    t("c-opera-vcard-1", "vcard", """
BEGIN:VCARD
VERSION:4.0
KIND:org
FN:Kestrel Opera Box Office
ORG:Kestrel Opera
URL:https://kestrel-opera.org/box-office
CATEGORIES:arts,opera,tickets
NOTE:Open Tue-Sat 10:00-18:00; closed ⟦d.date⟧
END:VCARD
"""),
    t("c-genealogy-bibliography-1", "bibliography", """
Format these as MLA works-cited entries:
National Archives (1911). Census of Population: Enumerators' Instructions. Stationery Office.
Royal Horticultural Society (2020). RHS Plant Finder 2020-2021. ISBN ⟦d.isbn⟧.
Society of Genealogists (2018). Parish Register Copies, 12th edn. ISBN ⟦d2.isbn⟧.
"""),
    t("c-escape-form-1", "form", """
WAIVER (template - do not fill in)
Room: ____________    Date: ____/____/______    Group size: ___
I confirm that all players are over 14 or accompanied by an adult.  [ ] yes
Emergency exits are shown in the briefing video (version ⟦d.version⟧).
Staff use: booking ⟦d.booking⟧, price band ⟦d.price⟧
"""),
    t("c-realestate-minutes-1", "minutes", """
Branch meeting ⟦d.date⟧
Present: branch manager, two negotiators, lettings lead
1. Listings up ⟦d.pct⟧ on last month; 14 new instructions.
2. Portal fees rise to ⟦d.fee⟧ per month from ⟦d.month⟧.
3. New CRM release ⟦d.version⟧ - duplicate contacts fixed.
4. Mark as read the compliance update on deposits before ⟦d.day⟧.
"""),
    t("c-tax-code-1", "code", """
def late_penalty(tax_due: float, months_late: int, rate: float = 0.05) -> float:
    \"\"\"Failure-to-file penalty: 5% of unpaid tax per month, capped at 25%.\"\"\"
    months = min(months_late, 5)
    return round(tax_due * rate * months, 2)

assert late_penalty(1000.0, 2) == 100.0
assert late_penalty(1000.0, 9) == 250.0
"""),
    t("c-ferry-git-1", "git", """
$ git tag -l "release/*" --sort=-creatordate | head -5
release/⟦d.version⟧
release/⟦d2.version⟧
release/⟦d3.version⟧
$ git show --stat ⟦d.short⟧
 timetable/winter.yaml | 24 ++++++------
 vessels/peter_pan.yaml |  3 +-
 2 files changed, 15 insertions(+), 12 deletions(-)
"""),
    t("c-bus-diff-1", "diff", """
--- a/timetables/route_7.csv
+++ b/timetables/route_7.csv
@@ -3,4 +3,5 @@ stop_id,stop_name,first,last
 1040,Interchange,05:42,23:10
-1041,Hospital Gate,05:50,23:18
+1041,Hospital Main Entrance,05:50,23:18
+1042,Science Park,05:55,23:23
 1045,Marie Curie Hospice,06:01,23:29
"""),
    t("c-vet-yaml-1", "yaml", """
reminders:
  vaccination:
    lead_days: 21
    channels: [sms, email]
    template: vax_v⟦d.version⟧
  dental:
    lead_days: 14
clinic_hours:
  weekday: "08:00-19:00"
  saturday: "09:00-13:00"
"""),
    t("c-escape-slack-1", "slack", """
#game-masters  exported ⟦d.iso⟧
[17:02] U03GM0001: Plum room reset done, padlock 3 code changed to ⟦d.qty⟧⟦d2.qty⟧
[17:05] booking-bot: new booking ⟦d.booking⟧ for Count Dracula, 6 players, 19:30
[17:06] U03GM0002: hint screen in Nemo is flickering again
[17:10] facilities-bot: ticket ⟦d.ticket⟧ opened
"""),
    t("c-funeral-jira-1", "jira", """
WEB-⟦d.pr⟧ Obituary page renders HTML entities
Reporter: service desk (automated)   Component: cms
Steps: publish a notice containing "&amp;" - page shows the raw entity.
Expected: "&" rendered. Affects version ⟦d.version⟧; fix targeted for ⟦d2.version⟧.
"""),
    t("c-funeral-transcript-1", "transcript", """
[Enquiry line, transcribed]
OPERATOR: Good morning, how can I help?
CALLER: I'm just after prices for a direct cremation, nothing booked yet.
OPERATOR: Of course. Our direct cremation is ⟦d.fee⟧, which includes collection and the
  crematorium fee. Ashes are returned within ten working days.
CALLER: Thanks, that's all for now.
"""),
    t("c-airport-voice-1", "voice", """
remind me to check in online for the flight to the conference gate closes forty minutes before
departure and the shuttle from terminal two leaves every fifteen minutes
"""),
    t("c-ferry-ticket-1", "ticket", """
Ticket ⟦d.ticket⟧ - Booking engine: vehicle length rounding
Priority: high
Vans over 5.0 m are priced as cars when the length has a decimal comma (e.g. "5,4").
Example booking ⟦d.booking⟧, sailing ⟦d.date⟧, fare difference ⟦d.price⟧.
Build ⟦d.version⟧.
"""),
    t("c-space-toolcall-1", "toolcall", """
Use the archive_search tool:
{"tool": "archive_search", "args": {"mission": "Kepler", "quarter": ⟦d.qty⟧,
 "cadence": "long", "target_kic": ⟦d.num⟧⟦d2.num⟧, "format": "fits", "limit": 50}}
"""),
    t("c-awards-ics-1", "ics", """
BEGIN:VEVENT
UID:⟦d.uuid⟧
DTSTART:20250302T230000Z
SUMMARY:Oscars ceremony - live stream
LOCATION:Screening Room B
DESCRIPTION:Watch party for the Emmy and Tony shortlist teams. Snacks ⟦d.price⟧ per head.
END:VEVENT
"""),
    t("c-space-paste-en-1", "paste", """
Summarise this press release in two sentences for a school newsletter:

"The James Webb Space Telescope has captured the most detailed infrared image yet of a
star-forming region ⟦d.num⟧ light-years away. Combined with archival Hubble data, the image
reveals jets from newborn stars. The data (proposal ID ⟦d2.num⟧) are public from ⟦d.date⟧."
"""),
    t("c-perfume-paste-en-1", "paste", """
Extract as JSON (name, concentration, size_ml, notes, price):

Miss Dior Eau de Parfum, 100 ml. A floral bouquet of rose and lily of the valley over a soft
musk base. Price ⟦d.price⟧. Product code ⟦d.sku⟧. Ships within ⟦d.qty⟧ working days.
"""),
    t("c-bar-paste-en-1", "paste", """
Reply politely to this review, no more than 60 words:

"Great negronis and the Bloody Mary was the best I've had, but we waited 25 minutes for a
table even though we'd booked (ref ⟦d.booking⟧). Will do better next time, I'm sure."
"""),
    t("c-warehouse-csv-1", "csv", """
pick_zone,bin,sku,qty,carrier_code,dest_code
75008-B,⟦d.room⟧,⟦d.sku⟧,⟦d.qty⟧,DPD-10115,ZONE 4
10115-A,⟦d2.room⟧,⟦d2.sku⟧,⟦d2.qty⟧,UPS-2000,ZONE 2
SW1-C,⟦d3.room⟧,⟦d3.sku⟧,⟦d3.qty⟧,DHL-3011,ZONE 7
"""),
    t("c-lab-chat-2", "chat", """
For my thesis intro, give two sentences each on ⟦d.eponym⟧, ⟦d2.eponym⟧ and Dijkstra's
algorithm, and say which Nobel Prize (if any) is linked to each idea.
"""),
    t("c-bar-notes-2", "notes", """
Ideas for the charity night (⟦d.day⟧):
- signature cocktail named after ⟦d.character⟧ - gin base, ⟦d.price⟧
- quiz round on ⟦d.storm⟧ and other named storms
- raffle prize: a ⟦d.product⟧ donated by the landlord
- the pub dog ⟦d.pet⟧ as mascot for the photos
"""),
    t("c-airport-email-2", "email", """
Subject: Aircraft swap on ⟦d.flight⟧

Hi team,

Tomorrow's rotation is swapped to the A350 "Lady Penelope" (reg. G-VPOP) after a bird strike
on the usual aircraft. Seat map changes: row 31 loses the bassinet positions; seats ⟦d.seat⟧
to ⟦d2.seat⟧ are blocked. Catering order ⟦d.order⟧ stays as it is.

Ops Control
"""),
    t("c-health-chat-1", "chat", """
My grandfather was just diagnosed with ⟦d.disease⟧. In plain language, what does that mean,
how is it different from Alzheimer's, and what should we ask at the next appointment on
⟦d.day⟧?
"""),
    t("c-finance-chat-1", "chat", """
Is a Bloomberg terminal worth it for a two-person tax practice, or are there cheaper data
services? We mostly need bond prices and FX rates; budget is about ⟦d.fee⟧ a month. Also,
would leasing a Ford Transit for client visits be deductible?
"""),
]  # fmt: skip
