"""val39 clean templates, part A (no personal data, many decoys): opera houses, theatres and
orchestras, perfumeries, distilleries, breweries and bars, marinas, nurseries, bakeries."""

from __future__ import annotations

from appliance.testing.pii_corpus.val39_gen import t

TEMPLATES = [
    t("c-opera-chat-1", "chat", """
Write a 120-word programme note for a family matinee of The Marriage of Figaro. Explain who
Figaro and Susanna are without spoilers, mention that the running time is 3h 10m with one
interval, and that tickets start at ⟦d.price⟧. Keep it playful.
"""),
    t("c-opera-email-1", "email", """
Subject: Season 2025/26 on-sale dates

Hi team,

Quick summary of the on-sale plan:
- Members' priority window: ⟦d.date⟧ to ⟦d2.date⟧
- General sale: ⟦d3.date⟧ at ⟦d.time⟧
- Tosca and Don Giovanni go on sale first; Madama Butterfly follows a week later
- Price bands A-E unchanged; band F rises to ⟦d.price⟧

Bill me for the extra print run if the brochure changes again - will do the proofing on
⟦d.day⟧.

Box Office Manager
"""),
    t("c-theatre-ticket-1", "ticket", """
Ticket ⟦d.ticket⟧ | Component: seat-map | Severity: minor
Summary: Row K seats 14-18 show as available for Othello on ⟦d.date⟧ although they were
released to the press allocation.
Steps: open performance ⟦d.num⟧, choose Stalls, zoom to Row K.
Expected: seats greyed out (hold code PRESS).
Build: ⟦d.version⟧ (commit ⟦d.short⟧)
"""),
    t("c-orchestra-yaml-1", "yaml", """
programme:
  - work: Symphony No. 5
    movements: 4
    duration_min: 31
  - work: Suite from Rusalka
    duration_min: 22
  - work: Overture to Fidelio
    duration_min: 7
rehearsal_rooms: [⟦d.room⟧, ⟦d2.room⟧]
stage_plot_version: ⟦d.version⟧
tuning_a: 442 hertz
"""),
    t("c-opera-csv-1", "csv", """
production,performances,avg_occupancy,gross,season
Carmen,12,⟦d.pct⟧,⟦d.fee⟧,2024/25
Tosca,9,⟦d2.pct⟧,⟦d2.fee⟧,2024/25
Eugene Onegin,8,⟦d3.pct⟧,⟦d3.fee⟧,2024/25
Lucia di Lammermoor,6,⟦d4.pct⟧,⟦d4.fee⟧,2024/25
"""),
    t("c-theatre-html-1", "html", """
<div class="show-card">
  <img src="/img/hedda-gabler.jpg" alt="Hedda Gabler poster">
  <h3>Hedda Gabler</h3>
  <p class="dates">⟦d.date⟧ - ⟦d2.date⟧ · Main House</p>
  <p class="price">from ⟦d.price⟧</p>
  <a class="btn" href="/book?show=⟦d.num⟧" style="background:⟦d.hex⟧">Book now</a>
</div>
"""),
    t("c-opera-transcript-1", "transcript", """
[IVR transcript, box office line]
SYSTEM: Welcome to the opera box office. For Carmen, press 1. For Tosca, press 2.
CALLER: (presses 2)
SYSTEM: Tosca performances are on ⟦d.date⟧ and ⟦d2.date⟧. For accessible seating, press 3.
CALLER: (presses 3)
SYSTEM: Please hold. Your call is number ⟦d.qty⟧ in the queue.
"""),
    t("c-theatre-minutes-1", "minutes", """
Production meeting - Macbeth (week 3)
Present: Director, Stage Manager, Head of Wardrobe, Lighting Designer, Sound
1. Banquet scene: chair count reduced from 14 to 11.
2. Blood effects: new recipe tested, washes out at 40 °C.
3. Haze: fire panel isolation needed from ⟦d.time⟧ on tech days.
4. Budget: props overspend of ⟦d.fee⟧ approved.
Next meeting ⟦d.day⟧ ⟦d2.time⟧, ⟦d.room⟧.
"""),
    t("c-perfume-chat-1", "chat", """
Compare the structure of Shalimar and Opium for a beginner: top, heart and base notes, how each
has aged since reformulation, and which is safer as a blind gift. Under 200 words please, and
mention the vanilla and iris in the first and the clove in the second.
"""),
    t("c-perfume-json-1", "json", """
{"sku": "⟦d.sku⟧", "name": "Wood Sage & Sea Salt", "brand": "Jo Malone",
 "size_ml": 100, "price": "⟦d.price⟧", "notes": {"top": ["ambrette"],
 "heart": ["sea salt"], "base": ["sage", "grapefruit"]}, "barcode": "⟦d.part⟧",
 "restock_date": "⟦d.iso⟧"}
"""),
    t("c-perfume-markdown-1", "markdown_table", """
| Fragrance | House | Family | 50 ml | Stock |
|---|---|---|---|---|
| Chanel No. 5 | Chanel | floral aldehyde | ⟦d.price⟧ | ⟦d.qty⟧ |
| Miss Dior | Dior | floral chypre | ⟦d2.price⟧ | ⟦d2.qty⟧ |
| Mitsouko | Guerlain | chypre | ⟦d3.price⟧ | ⟦d3.qty⟧ |
| Black Opium | YSL | gourmand | ⟦d4.price⟧ | 0 |
"""),
    t("c-perfume-paste-fr-1", "paste", """
Traduis cette fiche produit en anglais :

« Une eau de parfum boisée et ambrée. En tête, la bergamote et le poivre rose ; en cœur,
l'iris et la rose centifolia ; en fond, le santal et la vanille. Flacon de 75 ml, référence
⟦d.sku⟧, prix conseillé ⟦d.price:EUR⟧. Disponible dès le ⟦d.dmy⟧ en boutique et en ligne. »
"""),
    t("c-bar-chat-1", "chat", """
Give me a tight spec card for these five: Tom Collins, Rob Roy, Bloody Mary, a Shirley Temple
and an Arnold Palmer. Volumes in ml, glassware, garnish, and a batching note for 40 serves.
"""),
    t("c-bar-notes-1", "notes", """
Stocktake ⟦d.date⟧
- Jameson: 4 bottles (par 6) - order
- Jack Daniel's: 7
- Hendrick's: 2 + 1 open
- Johnnie Walker Black: 3
- Grand Marnier: 1, check expiry on lot ⟦d.lot⟧
- Bitters: Angostura ok, orange low
- Ice machine service booked ⟦d.day⟧ ⟦d.time⟧, ref ⟦d.ref⟧
"""),
    t("c-brewery-log-1", "log", """
⟦d.iso⟧ 04:00:01 fermenter-03 temp=18.4C sg=1.012 status=OK
⟦d.iso⟧ 04:15:01 fermenter-03 temp=18.5C sg=1.012 status=OK
⟦d.iso⟧ 04:30:01 fermenter-04 temp=21.9C sg=1.020 status=WARN threshold=21.0C
⟦d.iso⟧ 04:30:02 glycol-pump state=ON duty=⟦d.pct⟧
⟦d.iso⟧ 04:45:01 fermenter-04 temp=20.7C sg=1.019 status=OK
⟦d.iso⟧ 05:00:00 backup job ⟦d.uuid⟧ finished in ⟦d.ms⟧ ms
"""),
    t("c-distillery-email-1", "email", """
Subject: Cask fill schedule - week ⟦d.qty⟧

Morning all,

Casks ⟦d.num⟧ to ⟦d2.num⟧ (first-fill bourbon) will be filled on ⟦d.day⟧ at 63.5% ABV. The
sherry butts from the last shipment (invoice ⟦d.invoice⟧) need a water test first. Spirit
safe readings look normal. Please log every fill against batch ⟦d.lot⟧.

Production Team
"""),
    t("c-bar-paste-es-1", "paste", """
Traduce al inglés esta carta de cócteles:

Bloody Mary - vodka, tomate, limón, salsa inglesa, apio. ⟦d.price:EUR⟧
Tom Collins - ginebra, limón, azúcar, soda. ⟦d2.price:EUR⟧
Rob Roy - whisky, vermut rojo, angostura. ⟦d3.price:EUR⟧
Shirley Temple (sin alcohol) - ginger ale, granadina, cereza. ⟦d4.price:EUR⟧
Happy hour de 18:00 a 20:00, excepto los viernes.
"""),
    t("c-marina-sms-1", "sms", """
NORTH QUAY MARINA: Storm Eunice warning. Pontoons C & D closed from ⟦d.time⟧. Check lines and
fenders. Fuel berth reopens ⟦d.day⟧. Ref ⟦d.ref⟧
"""),
    t("c-marina-form-1", "form", """
BERTH WAITING LIST - APPLICATION (blank)
Vessel name: ____________  LOA (m): ____  Beam (m): ____  Draft (m): ____
Hull type: [ ] mono  [ ] cat  [ ] tri
Preferred pontoon: [ ] A  [ ] B  [ ] C
Annual fee band: up to 10 m ⟦d.fee⟧ / 10-12 m ⟦d2.fee⟧ / over 12 m on request
Form version ⟦d.version⟧, printed ⟦d.date⟧
"""),
    t("c-marina-xml-1", "xml", """
<tideTable station="HARBOUR-ENTRANCE" datum="CD" version="⟦d.version⟧">
  <event type="HW" time="⟦d.iso⟧T04:12" height="4.8"/>
  <event type="LW" time="⟦d.iso⟧T10:31" height="0.9"/>
  <event type="HW" time="⟦d.iso⟧T16:40" height="5.1"/>
  <event type="LW" time="⟦d.iso⟧T22:55" height="0.7"/>
</tideTable>
"""),
    t("c-yachtclub-voice-1", "voice", """
note for the race committee the winter series starts on the second sunday boats need a valid
rating certificate the entry fee is forty pounds and lady margaret is the committee boat again
"""),
    t("c-nursery-email-1", "email", """
Subject: Bare-root season - order cut-off

Dear customer,

Bare-root roses ship from ⟦d.date⟧ until the ground freezes. Popular this year: Gertrude
Jekyll, Munstead Wood, Boscobel and the rambler Albertine. The Queen Elizabeth floribunda is
back in stock. Orders over ⟦d.price⟧ ship free; use code ⟦d.booking⟧ at checkout.

Happy planting,
The Nursery Team
"""),
    t("c-nursery-csv-1", "csv", """
cultivar,type,colour,scent,height_cm,price,stock
Gertrude Jekyll,shrub,pink,strong,120,⟦d.price⟧,⟦d.qty⟧
Albertine,rambler,salmon,medium,450,⟦d2.price⟧,⟦d2.qty⟧
Munstead Wood,shrub,crimson,strong,90,⟦d3.price⟧,⟦d3.qty⟧
Bramley (apple),tree,green,-,400,⟦d4.price⟧,⟦d4.qty⟧
Granny Smith (apple),tree,green,-,350,⟦d5.price⟧,0
"""),
    t("c-nursery-paste-sv-1", "paste", """
Översätt till engelska:

Barrotade rosor levereras från vecka ⟦d.qty⟧. Gertrude Jekyll och Munstead Wood trivs i sol
eller halvskugga och behöver vattnas rikligt första sommaren. Beställningar över ⟦d.price:SEK⟧
skickas fraktfritt. Ordernummer ⟦d.order⟧ gäller fram till den ⟦d.dmy⟧.
"""),
    t("c-nursery-notes-1", "notes", """
Propagation bench - ⟦d.date⟧
- Hardwood cuttings of Albertine taken, tray ⟦d.lot⟧ (40 cuttings)
- Rose sickness in bed 3: rotate to lavender and sage next season
- Bramley rootstock MM106 arrived, 25 units, invoice ⟦d.invoice⟧
- Mist unit fault code E-41, engineer visit ⟦d.day⟧
"""),
    t("c-bakery-chat-1", "chat", """
Scale this madeleine recipe from 24 to 180 pieces and convert cups to grams: 2 eggs, 2/3 cup
sugar, 1 cup flour, 1/2 cup melted butter, zest of 1 lemon, 1 tsp baking powder. Also, what
oven temperature for a convection oven at 60% fan?
"""),
    t("c-bakery-tsv-1", "tsv", """
product	batch	units	waste	margin
Sachertorte	⟦d.lot⟧	18	1	⟦d.pct⟧
Pavlova	⟦d2.lot⟧	24	3	⟦d2.pct⟧
Linzer torte	⟦d3.lot⟧	12	0	⟦d3.pct⟧
Charlotte russe	⟦d4.lot⟧	10	2	⟦d4.pct⟧
Napoleon slice	⟦d5.lot⟧	60	4	⟦d5.pct⟧
"""),
    t("c-bakery-paste-de-1", "paste", """
Bitte ins Englische übersetzen:

Unsere Sachertorte wird nach Originalrezept gebacken: Schokoladenbiskuit, Marillenmarmelade,
Schokoladenglasur. Haltbarkeit 14 Tage, ungekühlt. Bestellungen bis Donnerstag ⟦d.hm⟧ Uhr für
die Abholung am Wochenende. Artikelnummer ⟦d.sku⟧, Preis ⟦d.price:EUR⟧.
"""),
    t("c-bakery-paste-nl-1", "paste", """
Vertaal naar het Engels en maak er een korte Instagram-post van:

Vanaf ⟦d.dmy⟧ in de vitrine: tompoucen, Linzer koekjes en onze Pavlova met rood fruit.
Bestellen kan tot ⟦d.hm⟧ via de website, bestelnummer komt per sms. Prijs vanaf ⟦d.price:EUR⟧.
"""),
    t("c-bakery-sms-1", "sms", """
Your order ⟦d.order⟧ (2 x pavlova, 1 x Battenberg) is ready for collection at ⟦d.time⟧. Show
this code at the counter: ⟦d.booking⟧
"""),
    t("c-theatre-letter-1", "letter", """
Dear Friend of the Theatre,

Thank you for your continued support. This season your membership (number ⟦d.num⟧) includes
two free tickets for Uncle Vanya and priority booking for Romeo and Juliet from ⟦d.date⟧.
We look forward to welcoming you to the new studio space, which opens on ⟦d2.date⟧.

With best wishes,
The Membership Team
"""),
    t("c-opera-ics-1", "ics", """
BEGIN:VCALENDAR
VERSION:2.0
BEGIN:VEVENT
UID:⟦d.uuid⟧
DTSTART:20250412T170000Z
DTEND:20250412T200000Z
SUMMARY:Sitzprobe - Turandot
LOCATION:Rehearsal Hall ⟦d.room⟧
DESCRIPTION:Full orchestra + chorus. Call time ⟦d.time⟧.
END:VEVENT
END:VCALENDAR
"""),
    t("c-orchestra-slack-1", "slack", """
#stage-crew  (exported ⟦d.iso⟧)
[08:02] deploy-bot: rehearsal schedule v⟦d.version⟧ published
[08:05] U04KQ2H7M: riser 3 still wobbly from the Nabucco run
[08:06] U07AB91CX: on it, spare bolts in cage ⟦d.room⟧
[08:11] facilities-bot: ticket ⟦d.ticket⟧ created: "riser 3 wobble"
"""),
    t("c-perfume-code-1", "code", """
# scent_blend.py - normalise a formula to 100 parts
FORMULA = {
    "bergamot": 12.0, "iris butter": 1.5, "jasmine absolute": 3.0,
    "sandalwood": 18.0, "vanilla": 6.0, "ambroxan": 4.0,
}

def normalise(formula: dict[str, float]) -> dict[str, float]:
    total = sum(formula.values())
    return {k: round(v * 100 / total, 2) for k, v in formula.items()}
"""),
    t("c-distillery-stacktrace-1", "stacktrace", """
Exception in thread "main" java.lang.NumberFormatException: For input string: "63,5"
    at jdk.internal.math.FloatingDecimal.readJavaFormatString(FloatingDecimal.java:2054)
    at java.base/java.lang.Double.parseDouble(Double.java:651)
    at com.ironhollow.casks.FillParser.abv(FillParser.java:88)
    at com.ironhollow.casks.FillParser.parse(FillParser.java:41)
    at com.ironhollow.casks.Main.main(Main.java:17)
"""),
    t("c-marina-json-1", "json", """
{"berths": [
  {"id": "⟦d.berth⟧", "loa_max_m": 12, "shore_power": "16A", "occupied_by": "Sea Anna"},
  {"id": "⟦d2.berth⟧", "loa_max_m": 15, "shore_power": "32A", "occupied_by": "Lady Margaret"},
  {"id": "⟦d3.berth⟧", "loa_max_m": 9, "shore_power": null, "occupied_by": null}],
 "generated": "⟦d.iso⟧T06:00:00Z"}
"""),
    t("c-bar-toolcall-1", "toolcall", """
{"name": "update_menu_item", "arguments": {"item_id": "⟦d.sku⟧", "name": "Rob Roy",
 "price": "⟦d.price⟧", "available": true, "allergens": [], "tags": ["classic", "stirred"]}}
"""),
    t("c-opera-paste-it-1", "paste", """
Riassumi in inglese questo comunicato:

La stagione lirica si apre il ⟦d.dmy⟧ con Rigoletto, seguito da Turandot e Nabucco. I
biglietti saranno in vendita dalle ore ⟦d.hm⟧, con riduzioni per gli under 30. Durata dello
spettacolo: circa 2 ore e 40 minuti, con un intervallo. Codice promozione ⟦d.booking⟧.
"""),
]  # fmt: skip
