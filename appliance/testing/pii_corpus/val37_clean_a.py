"""val37 clean templates, part A (no personal data, full of decoys): university estates,
hospital wards, museums, typography, labs, bakeries, breweries, fashion, railway heritage and
motorsport. Slot language: val37_gen (only decoy slots)."""

from __future__ import annotations

from appliance.testing.pii_corpus.val37_gen import templates

GROUPS: dict[str, list[tuple[str, str]]] = {
    "university": [
        (
            "email",
            """Subject: Hartley Building - planned power outage {date}

Dear colleagues,

Estates will isolate power to floors 2-4 of the Hartley Building on {day} from {time} to {time} (work order {ord}). Freezers in rooms {room} and {room} are on the backup circuit. We hope this causes minimal disruption; the grace period for returning loan laptops is extended to {date}.

Estates Helpdesk""",
        ),
        (
            "form",
            """FELLOWSHIP BUDGET FORM (Marie Curie Fellowship, call {year})
Project code: {sku}
Host department: Materials Science
Months requested: {n}
Living allowance: {price}
Mobility allowance: {price}
Research costs: {price}
Ethics approval ref: {ref}
Signed by: Head of Department (pending)""",
        ),
        (
            "bibliography",
            """Turn these into Harvard style:
World Health Organization ({year}) Global report on infection prevention. WHO Press. ISBN {isbn}
Royal Society of Chemistry ({year}) Safe handling of cryogens, 4th edn. doi:{doi}
NumPy Developers ({year}) NumPy {ver} reference manual.
Nobel Prize Outreach ({year}) Lectures in Physics {year}-{year}.""",
        ),
        (
            "csv",
            """room,building,capacity,av_kit,last_inspected
{room},Hartley Building,{n},projector,{date}
{room},Turing Lecture Theatre,{num},dual screen,{date}
{room},Rhodes House annex,{n},none,{date}
{room},Darwin Wing,{n},projector,{date}
Which rooms haven't been inspected this year?""",
        ),
        (
            "git",
            """Here's our git log --oneline for the timetable service, write release notes for {ver}:
{sha} fix: clash detection for Hartley Building lecture slots
{sha} feat: add Rhodes Scholarship intake to the reporting view
{sha} chore(deps): bump django from {ver} to {ver}
{sha} fix: off-by-one in week numbering (closes #{num})""",
        ),
    ],
    "hospital": [
        (
            "notes",
            """Ward stock check - Nightingale Ward {date}
Saline 0.9% 1L: {n} bags (reorder at 20)
Apgar charts: plenty
Parkinson's meds to be given on time - pharmacy to deliver by {time}
Florence Ward borrowed {n} pumps, asset tags {pn}, {pn}
Fridge temp {n}.4C, logged.""",
        ),
        (
            "ticket",
            """INC{num} - Theatre 3 (Lister Theatre) display flickering
Priority: P2
Location: Jenner Wing, level {n}
Asset: {pn}
Notes: Started after firmware {ver}. Biomed will bill me later, said the on-call engineer. Workaround: use display in Theatre 4.""",
        ),
        (
            "json",
            """{"ward": "Seacole", "date": "{date}", "beds_total": {n}, "beds_free": {n},
 "escalation": "amber", "theatre_lists": [{"theatre": "Lister", "start": "{time}", "cases": {n}}],
 "alerts": ["Alzheimer's pathway audit due", "Hodgkin lymphoma MDT moved to {day}"]}""",
        ),
        (
            "sms",
            """Fleming Unit: clinic on {day} {date} runs from {time}. Please bring your medication list. Parking code {ref}. Reply STOP to opt out.""",
        ),
        (
            "voice",
            """note for the ward manager the nightingale ward drug fridge alarmed at {time} again engineer ticket {num} we hope it will be fixed by {day.low} the summer rota goes out on the {n}th""",
        ),
    ],
    "museum": [
        (
            "markdown_table",
            """| Lot | Title | Estimate | Condition |
|---|---|---|---|
| {n} | Portrait of Madame X (studio copy) | {price} | relined |
| {n} | Whistler's Mother, lithograph | {price} | foxing |
| {n} | The Arnolfini Portrait, engraving | {price} | good |
| {n} | Girl with a Pearl Earring, poster | {price} | creased |
Convert estimates to USD at 1.08.""",
        ),
        (
            "yaml",
            """exhibition: "Faces of the Salon"
opens: {date}
closes: {date}
rooms: [{room}, {room}]
loans_expected: {n}
insurance_ref: {ref}
lighting: 50 lux max for works on paper
colour_wall: "{hexc}"
Is 50 lux right for watercolours?""",
        ),
        (
            "log",
            """{ts} INFO  tickets.sold event=late-opening qty={n} total={price}
{ts} INFO  tickets.sold event=late-opening qty={n} total={price}
{ts} ERROR tickets.gateway timeout after 30s order={ord}
{ts} INFO  shop.stock sku={sku} remaining={n}
Summarise errors and revenue.""",
        ),
        (
            "paste",
            """Riassumi in inglese:

Il restauro del Ritratto di Madame X è terminato. L'opera tornerà in sala {room} il {date}. Il costo finale è stato di {price}, inferiore al preventivo. La cornice originale resta in deposito (inventario {sku}).""",
        ),
        (
            "letter",
            """To the Friends of the Museum

{date}

Thank you for your support this year. Your membership (no. {num}) now includes the late openings on Thursdays and {n}% off in the shop. The Whistler's Mother study day is on {date}; tickets are {price}.

The Membership Team""",
        ),
    ],
    "typography": [
        (
            "chat",
            """Compare Garamond, Baskerville and Caslon for a 300-page novel at 10.5/14. Also is Gill Sans ok for chapter heads, or should I go with Futura? Print run {num} copies.""",
        ),
        (
            "code",
            """/* tokens.css, v{ver} */
:root {
  --font-body: "Baskerville", Georgia, serif;
  --font-head: "Futura", "Gill Sans", sans-serif;
  --accent: {hexc};
  --muted: {hexc};
}
Why does Safari fall back to Georgia here?""",
        ),
        (
            "diff",
            """--- a/fonts.json
+++ b/fonts.json
@@ -1,5 +1,5 @@
 {
-  "body": "Helvetica Neue",
+  "body": "Frutiger",
   "display": "Bodoni Moda",
-  "version": "{ver}"
+  "version": "{ver}"
 }
Does the version bump match semver for a font swap?""",
        ),
        (
            "tsv",
            """font	foundry	licence	seats	renewal
Garamond Premier	Adobe	desktop	{n}	{date}
Gill Sans Nova	Monotype	web	{num}	{date}
Futura PT	ParaType	app	{n}	{date}
Which licence renews first?""",
        ),
        (
            "jira",
            """TYPE-{num} Kerning pairs broken in Didot display cut
Comment by type-bot ({date}):
  Build {sha} failed: 14 kerning classes missing.
Comment (Design lead):
  Will do a manual pass on AV, To, Wa pairs. Mark as blocked until the {ver} build lands.""",
        ),
    ],
    "lab": [
        (
            "stacktrace",
            """Traceback (most recent call last):
  File "sweep.py", line {n}, in <module>
    field = hall.measure(current=1e-3)
  File "instruments/hall_effect.py", line {num}, in measure
    raise ValueError("Kelvin stage not at setpoint")
ValueError: Kelvin stage not at setpoint
What's the safest way to add a wait-until-stable loop?""",
        ),
        (
            "log",
            """{ts} fridge[{num}]: mixing chamber 12 mK
{ts} fridge[{num}]: Kalman filter reset, drift {n}.3 uK/h
{ts} fridge[{num}]: compressor service due in {n} days (part {pn})
{ts} fridge[{num}]: listening on port {port}""",
        ),
        (
            "toolcall",
            """{"tool": "convert_units", "arguments": {"value": 4.2, "from": "kelvin", "to": "celsius"}}
{"tool": "convert_units", "arguments": {"value": {n}, "from": "newton", "to": "pound-force"}}
Explain the results in one line each.""",
        ),
        (
            "html",
            """<article>
  <h2>Doppler cooling demo</h2>
  <p>Our Faraday cage and Bunsen burner are back from calibration ({date}). The Geiger counter (asset {pn}) needs a new tube.</p>
  <p>Open day: {day} {time}, room {room}.</p>
</article>
Summarise for the department newsletter.""",
        ),
        (
            "ics",
            """BEGIN:VCALENDAR
BEGIN:VEVENT
UID:{uuid}
DTSTART:20250402T090000Z
DTEND:20250402T110000Z
SUMMARY:Fourier optics practical - group B
LOCATION:Room {room}
DESCRIPTION:Bring lab coats. Planck constant kit {sku}.
END:VEVENT
END:VCALENDAR""",
        ),
    ],
    "bakery": [
        (
            "sms",
            """Crumb & Crust: your order {ord} (Victoria sponge + {n} madeleines) is ready to collect from {time}. Total {price}.""",
        ),
        (
            "chat",
            """scaling a pavlova recipe from 6 to {n} servings - how many egg whites and how long in the oven? also can I make the Battenberg the day before""",
        ),
        (
            "csv",
            """sku,product,price,allergens
{sku},Victoria sponge,{price},gluten;egg;milk
{sku},Charlotte russe,{price},gluten;egg;milk
{sku},Pavlova,{price},egg
{sku},Battenberg,{price},gluten;egg;nuts
Which products are nut-free?""",
        ),
        (
            "paste",
            """Traduis ce panneau pour la vitrine en anglais :

Nouveau ! Madeleines au miel, {price} les six. Tarte Tatin du jour. Fermé le {day} pour inventaire. Commandes avant {time}.""",
        ),
        (
            "form",
            """WHOLESALE ORDER FORM
Account: {ref}
Delivery window: {time}-{time}
Item 1: Battenberg x{n}
Item 2: Madeleine tray x{n}
Item 3: Charlotte russe x{n}
PO number: {ord}
Bill me at month end: yes""",
        ),
    ],
    "brewery": [
        (
            "json",
            """{"batch": "{ref}", "recipe": "Saison Dupont clone", "og": 1.0{n}, "hops": [{"variety": "Fuggle", "g": {num}}, {"variety": "Goldings", "g": {num}}], "yeast": "{sku}", "brewed": "{date}"}""",
        ),
        (
            "slack",
            """#cellar  {date}
[{time}] @cellar-bot: FV2 gravity {num}, temp 19.1C
[{time}] @cellar-bot: FV4 CIP complete
[{time}] @brewer-oncall: dry hop FV2 with Citra + Fuggle tomorrow, will do
[{time}] @cellar-bot: glycol chiller alarm cleared""",
        ),
        (
            "transcript",
            """Taproom staff briefing (transcribed)
MANAGER: Tonight's specials are the Fuggle bitter and the Goldings IPA, {price} a pint.
BAR STAFF: Is the Saison on?
MANAGER: Yes, keg {n}. Card machine {ref} is playing up, so bill tabs on the other till.
BAR STAFF: Got it.""",
        ),
        (
            "paste",
            """Vertaal naar het Engels:

Beste klant, uw bestelling {ord} wordt op {day} geleverd tussen {time} en {time}. Het statiegeld bedraagt {price}. Met vriendelijke groet, de brouwerij.""",
        ),
        (
            "code",
            """SELECT style, SUM(litres) AS vol
FROM batches
WHERE brewed >= '{date}' AND hop IN ('Fuggle', 'Goldings', 'Saaz')
GROUP BY style
ORDER BY vol DESC;
-- why is Saison missing from the result?""",
        ),
    ],
    "fashion": [
        (
            "email",
            """Subject: Autumn/Winter {year} line sheet

Team,

Line sheet v{n} is attached. Style {sku} (the Chanel No. 5-inspired gift box) moves to drop 2. The Louis Vuitton monogram reference images must not go in the lookbook. Sample room closes {day} at {time}.

Merchandising""",
        ),
        (
            "xml",
            """<product sku="{sku}">
  <name>Wool trench, camel</name>
  <collection>AW{n}</collection>
  <price currency="EUR">{price}</price>
  <reference>Calvin Klein 90s minimalism</reference>
  <colour hex="{hexc}"/>
</product>""",
        ),
        (
            "csv",
            """style,colour,size_run,units,landed_cost
{sku},ivory,XS-XL,{num},{price}
{sku},jade,XS-XL,{num},{price}
{sku},black,S-L,{num},{price}
Which style has the highest landed cost per unit?""",
        ),
        (
            "paste",
            """Traduce al inglés esta ficha de producto:

Vestido midi de seda, color rosa empolvado. Inspirado en Yves Saint Laurent. Lavar en seco. Referencia {sku}. Precio {price}.""",
        ),
        (
            "voice",
            """note to self chase the mill about the hunter green wool order {ord} and bill the showroom for the {n} samples will do it {day.low}""",
        ),
    ],
    "railway": [
        (
            "minutes",
            """Heritage Society - minutes of meeting {date}
1. Sir Nigel Gresley boiler ticket renewed until {year}.
2. Flying Scotsman visit: {n} tickets sold, {price} raised.
3. Carriage {sku} reupholstery quote {price} approved.
4. AOB: the secretary will chase the insurer. Next meeting {day}.""",
        ),
        (
            "html",
            """<ul class="timetable">
  <li>{time} - Evening Star, platform 1</li>
  <li>{time} - Tornado, platform 2</li>
  <li>{time} - Mallard (static display)</li>
</ul>
<p>Fares from {price}. Dogs welcome.</p>
Make this accessible.""",
        ),
        (
            "bibliography",
            """Format as APA:
British Railways Board ({year}). Locomotive working timetables. Archive ref {ref}.
National Railway Museum ({year}). Gresley's Pacifics, exhibition catalogue. ISBN {isbn}.""",
        ),
        (
            "sms",
            """Valley Line: the {time} service hauled by Sir Nigel Gresley is cancelled today due to a hot axle box. Refunds via booking ref. Sorry!""",
        ),
        (
            "paste",
            """Przetłumacz na angielski ogłoszenie:

Pociąg specjalny z parowozem odjedzie o {time}. Bilety kosztują {price}. Rezerwacja nr {ref}. Zapraszamy całe rodziny!""",
        ),
    ],
    "motorsport": [
        (
            "slack",
            """#strategy
@timing-bot: SC deployed lap {n}
@strategy-desk: box this lap, mediums
@timing-bot: Senna S purple sector, car 44
@strategy-desk: McLaren pitted both cars, Ferrari stayed out""",
        ),
        (
            "log",
            """{ts} tyre-model stint=2 compound=C3 deg=0.{n}s/lap
{ts} tyre-model stint=2 compound=C3 deg=0.{n}s/lap
{ts} telemetry dropped {n} frames on port {port}
{ts} ers deploy map 4 at Copse""",
        ),
        (
            "json",
            """{"session": "FP2", "date": "{date}", "weather": {"air": {n}, "track": {n}}, "fastest": {"car": 16, "time": "1:27.{num}"}, "red_flags": 1, "notes": "Ferrari and McLaren on softs"}""",
        ),
        (
            "markdown_table",
            """| Corner | Name | Apex speed (km/h) |
|---|---|---|
| 1 | Copse | {num} |
| 7 | Senna S | {num} |
| 12 | Ascari chicane | {num} |
Which corner is slowest?""",
        ),
        (
            "transcript",
            """RADIO (transcribed)
ENGINEER: Plan B, plan B. Box in two laps.
DRIVER: Tyres are fine, I'm not sure about that.
ENGINEER: Understood, we'll chase the undercut. Williams has pitted.
DRIVER: Copy.""",
        ),
    ],
}

TEMPLATES = templates("ca", GROUPS)
