"""Clean templates of val22 (no personal data at all), written by hand by its author without
reading any other part of the corpus. They are full of hard decoys: things named like people
(brands, products, dishes, drinks, grape and apple varieties, paint colours, fictional and game
characters, mascots, assistants, ships, racehorses, storms, laws, diseases, theorems,
codenames, hostnames), numbers that look like phones, cards or accounts but are order numbers,
tracking codes, ISBNs, meter serials and versions, and Title Case headings, in the same shapes
and domains as the personal templates.
"""

from __future__ import annotations

from appliance.testing.pii_corpus.val22_gen import Template, templates

_ROWS: list[tuple[str, str]] = [
    # chat
    (
        "chat",
        """
Is Earl Grey or English Breakfast better with a slice of Victoria sponge? Asking for the café menu, version §$ver§.""",
    ),
    (
        "chat",
        """
My order §$order§ (a Dyson V15 and a Henry hoover bag pack) says delivered but nothing arrived. Tracking §$track§. What should I do?""",
    ),
    (
        "chat",
        """
In The Witcher 3, is Geralt of Rivia stronger with the Griffin or the Cat school gear at level §$num§? I keep dying to the Kratos-style boss.""",
    ),
    (
        "chat",
        """
Our smart meter shows serial §$meter§ and the display reads 0{$n}8 4471 2290, is that a reading or a code?""".replace(
            "{$n}", "§$num§"
        ),
    ),
    (
        "chat",
        """
For a pub quiz: which came first, the Bloody Mary or the Tom Collins? And is an Arnold Palmer just iced tea and lemonade?""",
    ),
    (
        "chat",
        """
Can a Bunsen burner be used for the Year 9 flame test, or do we need the Meker type? Lab order §$order§.""",
    ),
    # email
    (
        "email",
        """
Subject: Stock update – Pink Lady and Granny Smith

Hi team,

Orchard delivery §$order§ arrives §$date§: 40 crates of Pink Lady, 25 of Granny Smith and 10 of Cox's Orange Pippin. Please clear bay §$room§ before §$time§.

Thanks,
Produce Desk""",
    ),
    (
        "email",
        """
Subject: Your parking permit renewal (ref §$order§)

Your resident permit expires on §$date§. Renewal costs §$price§ and can be paid online. Permit zone: CPZ-§$num§. Please do not reply to this automated message.""",
    ),
    (
        "email",
        """
Subject: Library overdue notice

The item "Fermat's Last Theorem" (ISBN §$isbn§) was due back on §$date§. A fine of §$price§ has been added. Renew online before the next notice on §$date2§.""",
    ),
    (
        "email",
        """
Subject: Exhibition preview – The Sunflowers Room

Members' preview of our new gallery opens §$date§ at §$time§. Expect the Venus de Milo replica, a Rubik's Cube installation and a pop-up bar serving Bellini cocktails. Ticket code: §$order§.""",
    ),
    # sms
    (
        "sms",
        """
Your Wendy's order §$order§ is on its way. ETA §$time§. Track: §$track§""",
    ),
    (
        "sms",
        """
SupplyAlert: planned water interruption §$date§ §$time§–§$time2§ for valve work, job §$ticket§. Amber alert level until restored.""",
    ),
    (
        "sms",
        """
Your prescription §$order§ is ready. Collection code §$num§§$num2§. Store closes §$time§.""",
    ),
    (
        "sms",
        """
Boiler service booked for §$date§, slot §$time§. Engineer ref §$ticket§. Reply 1 to confirm, 2 to rebook.""",
    ),
    # whatsapp
    (
        "whatsapp",
        """
[§$time§] Team: is the Ferris wheel hire confirmed for the fete?
[§$time2§] Team: yes, order §$order§, §$price§ deposit paid
[§$time2§] Team: 🎡 and the Mr Kipling cakes for the tea tent?""",
    ),
    (
        "whatsapp",
        """
[§$date§] Club: Tonight's quiz round is storms — Storm Babet, Hurricane Ida and the rest 🌪️
[§$date§] Club: bring pens, table §$num§ is reserved""",
    ),
    (
        "whatsapp",
        """
[§$time§] Group: anyone want to share a Margherita and a Caesar salad?
[§$time§] Group: I'm in 🍕 order code §$order§""",
    ),
    # letter
    (
        "letter",
        """
Dear Resident,

RE: Planned gas main replacement, job §$ticket§

Works will start on §$date§ and last approximately §$num§ days. Temporary parking bays (§$plate§ to BAY-410) will be suspended. We apologise for any inconvenience.

Yours faithfully,
Network Operations""",
    ),
    (
        "letter",
        """
Dear Patient,

Your new glasses (frame model "Holmes 52", lens code §$sku§) are ready for collection. Please bring this letter and your order number §$order§.

Kind regards,
The Optical Team""",
    ),
    (
        "letter",
        """
Dear Member,

The Annual Dinner will be held on §$date§. The menu: Beef Wellington or a vegetarian Chateaubriand, followed by Peach Melba. Tickets §$price§.

The Committee""",
    ),
    # form
    (
        "form",
        """
EQUIPMENT RETURN FORM
Asset tag: §$sku§
Model: Kenwood Chef KVL4100
Serial: §$lookcard§
Condition: [x] Good [ ] Damaged
Returned on: §$date§""",
    ),
    (
        "form",
        """
VEHICLE CHECK-OUT
Vehicle: Ford Transit Custom, fleet no. §$num§
Fuel: 3/4   Mileage: §$num2§ 412
Agreement: §$order§
Damage noted: rear bumper scuff (see photo 3)""",
    ),
    (
        "form",
        """
ROOM HIRE REQUEST
Event title: Lindy Hop Social
Room: §$room§
Date: §$date§   Time: §$time§–§$time2§
Expected attendance: §$num§
Catering: Earl Grey, scones""",
    ),
    # review
    (
        "review",
        """
★★★★★ The Henry hoover is indestructible. Ours is §$num§ years old and still going. Bought the §$sku§ filter too.""",
    ),
    (
        "review",
        """
★★☆☆☆ Ordered the Tom Collins and a Shirley Temple for the kids, both flat. Table §$num§, receipt §$order§.""",
    ),
    (
        "review",
        """
★★★★☆ Great museum café. The Sachertorte was excellent, the Earl Grey slightly stewed. Audio guide app version §$ver§ crashed twice.""",
    ),
    (
        "review",
        """
★★★☆☆ Lara Croft remaster looks great but the controls feel dated. Patch §$ver§ fixed the save bug.""",
    ),
    # notes
    (
        "notes",
        """
Cocktail menu ideas
- Bellini (prosecco, peach)
- Tom Collins
- Bloody Mary (brunch only)
- Arnold Palmer (alcohol-free)
Costing sheet: §$sku§, target margin §$pct§""",
    ),
    (
        "notes",
        """
Paint schedule – flat refurb
Living room: Farrow & Ball's Hague Blue
Hall: Elephant's Breath paint
Kitchen tap: Rose Gold finish (§$sku§)
Budget §$price§, order by §$date§""",
    ),
    (
        "notes",
        """
Revision – Year 11 maths
- Pythagorean theorem: a² + b² = c²
- Bayes' theorem, tree diagrams
- Euler's identity (extension)
Past paper §$order§ due §$date§""",
    ),
    (
        "notes",
        """
Vet stock check §$date§
- wormer tablets x §$num§
- Pavlova-brand cat treats (discontinued?)
- Petri dish pack §$sku§""",
    ),
    # transcript
    (
        "transcript",
        """
HOST: Welcome back to Game Night. Tonight: Mario Kart versus Sonic the Hedgehog.
GUEST: Honestly, Princess Peach on Rainbow Road is unbeatable.
HOST: Bold. And Master Chief?
GUEST: Wrong console!""",
    ),
    (
        "transcript",
        """
AGENT: Gas emergency line, what's the reference on your card?
CALLER: It's §$ticket§.
AGENT: And the meter serial?
CALLER: §$meter§.
AGENT: Thanks. An engineer will be with you by §$time§.""",
    ),
    (
        "transcript",
        """
TEACHER: Who can tell me what Murphy's law says?
STUDENT: Anything that can go wrong will go wrong.
TEACHER: And Moore's law?
STUDENT: Transistors double roughly every two years.""",
    ),
    # ticket
    (
        "ticket",
        """
[§$ticket§] Checkout fails for Ben & Jerry's multipack (§$sku§)
Env: prod, build §$ver§
Steps: add to basket → apply code SUMMER25 → 500 error
Hash: §$hash§""",
    ),
    (
        "ticket",
        """
[§$ticket§] Towing app: bay §$plate§ shows as free while occupied
Priority: P3   Component: sensor-gw   Firmware §$ver§""",
    ),
    (
        "ticket",
        """
[§$ticket§] Library self-checkout rejects ISBN §$isbn§
Reproducible on kiosk §$num§. Barcode scanner firmware §$ver§.""",
    ),
    (
        "ticket",
        """
[§$ticket§] Alexa skill "Meter Reader" times out
Intent: ReadMeterIntent   Latency p95: §$num§s   Release: the Darwin release""",
    ),
    # json
    (
        "json",
        """
{"order_id": "§$order§", "items": [{"sku": "§$sku§", "name": "Dr. Martens 1460 boots", "qty": 1}, {"sku": "§$sku2§", "name": "Tommy Hilfiger scarf", "qty": 2}], "total": "§$price§", "placed": "§$date§"}""",
    ),
    (
        "json",
        """
{"storm": "Storm Babet", "category": "amber", "affected_assets": §$num§, "incident": "§$ticket§", "updated": "§$date§"}""",
    ),
    (
        "json",
        """
{"character": "Solid Snake", "game": "Metal Gear Solid", "level": §$num§, "loadout": ["SOCOM", "cardboard box"], "save_id": "§$hash§"}""",
    ),
    (
        "json",
        """
{"meter": "§$meter§", "reading": §$num§§$num2§, "unit": "kWh", "tariff": "Octopus Go", "read_at": "§$date§T§$time§"}""",
    ),
    # csv
    (
        "csv",
        """
sku,product,colour,price
§$sku§,Kettle,Rose Gold,§$price§
§$sku2§,Toaster,Hague Blue,§$price2§
§$sku3§,Mixer,Amber,§$price3§""",
    ),
    (
        "csv",
        """
horse,trainer_code,odds,last_run
Frankel,TR-§$num§,2/1,§$date§
Red Rum,TR-§$num2§,9/2,§$date2§
Seabiscuit,TR-§$num3§,7/1,§$date3§""",
    ),
    (
        "csv",
        """
order,tracking,carrier,status
§$order§,§$track§,DPD,delivered
§$order2§,§$track2§,Royal Mail,in transit""",
    ),
    # markdown_table
    (
        "markdown_table",
        """
| Grape | Style | Pairing |
|---|---|---|
| Merlot | soft red | Beef Wellington |
| Pinot Grigio | crisp white | Caesar salad |
| Zinfandel | jammy red | barbecue |
| Chardonnay | oaked white | Eggs Benedict |""",
    ),
    (
        "markdown_table",
        """
| Release | Codename | Date |
|---|---|---|
| §$ver§ | Jasper | §$date§ |
| §$ver2§ | Marigold | §$date2§ |
| §$ver3§ | Blue Heron | §$date3§ |""",
    ),
    (
        "markdown_table",
        """
| Asset | Host | Status |
|---|---|---|
| DB primary | turing-db-1 | ok |
| Web | lovelace-prod | degraded |
| Batch | hopper-02 | ok |""",
    ),
    # html
    (
        "html",
        """
<section class="menu">
  <h2>Afternoon Tea</h2>
  <ul><li>Earl Grey</li><li>Victoria sponge</li><li>Peach Melba</li></ul>
  <p class="price">§$price§ per person</p>
</section>""",
    ),
    (
        "html",
        """
<div class="product" data-sku="§$sku§">
  <h3>Miss Dior Eau de Parfum 50ml</h3>
  <span class="price">§$price§</span>
  <button>Add to basket</button>
</div>""",
    ),
    (
        "html",
        """
<footer>© 2025 Lumen Gallery · Registered charity §$num§§$num2§ · <a href="/accessibility">Accessibility</a> · v§$ver§</footer>""",
    ),
    # xml
    (
        "xml",
        """
<catalogue>
  <item sku="§$sku§"><title>Paddington Bear plush</title><price>§$price§</price></item>
  <item sku="§$sku2§"><title>Thomas the Tank Engine set</title><price>§$price2§</price></item>
</catalogue>""",
    ),
    (
        "xml",
        """
<reading meter="§$meter§" at="§$date§T§$time§"><value unit="m3">§$num§.§$num2§</value><status>estimated</status></reading>""",
    ),
    (
        "xml",
        """
<book isbn="§$isbn§"><title>The Curious Case of Halley's Comet</title><shelf>§$room§</shelf><copies>§$num§</copies></book>""",
    ),
    # code
    (
        "code",
        """
def luhn_valid(number: str) -> bool:
    # order numbers like §$lookcard§ must NOT pass this
    digits = [int(d) for d in number if d.isdigit()]
    return sum(digits[-1::-2] + [sum(divmod(2 * d, 10)) for d in digits[-2::-2]]) % 10 == 0""",
    ),
    (
        "code",
        """
HOSTS = ["hopper-02", "turing-db-1", "lovelace-prod"]
BUILD = "§$ver§"
for host in HOSTS:
    deploy(host, BUILD, codename="Jasper")""",
    ),
    (
        "code",
        """
class Cocktail(Enum):
    TOM_COLLINS = "Tom Collins"
    BLOODY_MARY = "Bloody Mary"
    BELLINI = "Bellini"
    SHIRLEY_TEMPLE = "Shirley Temple"  # alcohol-free""",
    ),
    (
        "code",
        """
// feature flag for the Clippy-style onboarding helper
export const FLAGS = { clippyHelper: false, release: "§$ver§", experiment: "§$hash§" };""",
    ),
    # log
    (
        "log",
        """
§$date§ §$time§:02 INFO  meter-ingest received §$num§ readings from gw-§$num2§
§$date§ §$time§:03 WARN  meter-ingest serial §$meter§ duplicate, skipped
§$date§ §$time§:05 INFO  meter-ingest batch §$hash§ committed""",
    ),
    (
        "log",
        """
[§$date§] build §$ver§ deployed to lovelace-prod by ci-bot
[§$date§] smoke tests: 48 passed, 0 failed
[§$date§] release tag: Darwin""",
    ),
    (
        "log",
        """
GET /api/orders/§$order§ 200 41ms
GET /api/track/§$track§ 404 12ms
POST /api/refunds 201 88ms order=§$order2§""",
    ),
    # yaml
    (
        "yaml",
        """
service: parking-sensors
version: §$ver§
replicas: 3
codename: Blue Heron
alerts:
  level: amber
  threshold: §$pct§""",
    ),
    (
        "yaml",
        """
menu:
  - dish: Eggs Benedict
    price: "§$price§"
  - dish: Beef Wellington
    price: "§$price2§"
  - drink: Arnold Palmer
    price: "§$price3§\"""",
    ),
    (
        "yaml",
        """
bot:
  name: Sunny the Support Bot
  model: §$ver§
  escalation_queue: tier2
  greeting: "Hi! I'm here to help with meters, bills and outages.\"""",
    ),
    # toolcall
    (
        "toolcall",
        """
{"tool": "lookup_order", "arguments": {"order_id": "§$order§", "include": ["items", "tracking"]}}""",
    ),
    (
        "toolcall",
        """
{"tool": "search_catalogue", "arguments": {"query": "Granny Smith apples 1kg", "max_price": "§$price§"}}""",
    ),
    (
        "toolcall",
        """
<tool_call>{"name": "get_weather_warning", "arguments": {"storm": "Storm Babet", "level": "amber"}}</tool_call>""",
    ),
    # sql
    (
        "sql",
        """
SELECT sku, name, price FROM products WHERE name ILIKE '%Ben & Jerry%' AND price < 6.00 ORDER BY price;""",
    ),
    (
        "sql",
        """
UPDATE meters SET status = 'replaced' WHERE serial = '§$meter§' AND replaced_on = '§$date§';""",
    ),
    (
        "sql",
        """
SELECT count(*) FROM loans WHERE isbn = '§$isbn§' AND due < now();  -- Poirot titles""",
    ),
    # srt
    (
        "srt",
        """
1
00:00:01,000 --> 00:00:04,000
[Narrator] The Cutty Sark was built for speed.

2
00:00:04,200 --> 00:00:07,800
[Narrator] Her rival clipper was just as fast.""",
    ),
    (
        "srt",
        """
7
00:02:10,500 --> 00:02:13,000
SHERLOCK HOLMES: You have been in Afghanistan, I perceive.

8
00:02:13,200 --> 00:02:15,000
WATSON: How on earth did you know?""".replace("Afghanistan", "the war"),
    ),
    (
        "srt",
        """
3
00:00:09,000 --> 00:00:12,500
[Music: Lindy Hop medley]

4
00:00:12,600 --> 00:00:15,000
Step, step, triple step. Again!""",
    ),
    # ics
    (
        "ics",
        """
BEGIN:VEVENT
DTSTART:20250410T190000
SUMMARY:Quiz night – storms and racehorses
LOCATION:Function Room 2
DESCRIPTION:Teams of 4\\, entry §$price§
END:VEVENT""",
    ),
    (
        "ics",
        """
BEGIN:VEVENT
DTSTART:20250601T080000
SUMMARY:Release §$ver§ (codename Marigold)
DESCRIPTION:Deploy window §$time§–§$time2§. Rollback plan in §$ticket§.
END:VEVENT""",
    ),
    (
        "ics",
        """
BEGIN:VEVENT
DTSTART:20250315T100000
SUMMARY:Pilates beginners
LOCATION:Studio B
RRULE:FREQ=WEEKLY;COUNT=6
END:VEVENT""",
    ),
    # vcard
    (
        "vcard",
        """
BEGIN:VCARD
VERSION:3.0
FN:{{display_name}}
ORG:{{organisation}}
TEL:{{phone}}
NOTE:template §$ver§ – fields filled by the CRM
END:VCARD""",
    ),
    (
        "vcard",
        """
BEGIN:VCARD
VERSION:4.0
KIND:org
FN:Front Desk
ORG:Kestrel Veterinary Group
NOTE:Shared mailbox; staff names are not listed on this card.
END:VCARD""",
    ),
    (
        "vcard",
        """
BEGIN:VCARD
VERSION:3.0
FN:Sunny the Support Bot
KIND:application
NOTE:Automated assistant\\, build §$ver§
END:VCARD""",
    ),
    # latex
    (
        "latex",
        """
\\begin{theorem}[Bayes' theorem]
$P(A \\mid B) = \\frac{P(B \\mid A)\\,P(A)}{P(B)}$
\\end{theorem}
See also Euler's identity and Fermat's Last Theorem (Problem Set §$num§).""",
    ),
    (
        "latex",
        """
\\section{Results}
The Richter scale readings (Table §$num§) and the Hubble constant estimate differ by §$pct§.""",
    ),
    (
        "latex",
        """
\\begin{tabular}{lr}
Item & Price \\\\
Rubik's Cube & §$price§ \\\\
Ferris wheel ticket & §$price2§ \\\\
\\end{tabular}""",
    ),
    # ocr
    (
        "ocr",
        """
W4TER B1LL     Account ref §$order§
Period: §$date§ - §$date2§
Meter: §$meter§   Reading: §$num§§$num2§
AMOUNT DUE  §$price§
Pay by §$date3§""",
    ),
    (
        "ocr",
        """
RECEIPT  #§$num§§$num2§
1x Earl Grey .......... 2.40
1x Eggs Benedict ...... 9.50
1x Bloody Mary ........ 8.00
TOTAL ................ 19.90
Card ****  APPROVED  §$time§""",
    ),
    (
        "ocr",
        """
GIFT CARD  §$lookcard§
Valid until §$date§  Not a payment card""",
    ),
    # paste (instructions over pasted text)
    (
        "paste",
        """
Summarise this release note in one line:

"Version §$ver§ (codename Jasper) fixes the meter-reading sync, adds support for the Kenwood Chef integration and retires the Clippy-style tips.\"""",
    ),
    (
        "paste",
        """
Translate to English:

«Pedido §$order§: dos botellas de Jack Daniel's y un paquete de manzanas Pink Lady. Entrega prevista el §$date§.»""",
    ),
    (
        "paste",
        """
Übersetze ins Englische:

„Die Lieferung §$order§ (Sachertorte, 2 Stück) kommt am §$date§. Bitte Kühlkette beachten.""",
    ),
    (
        "paste",
        """
Traduis en anglais : « La réunion du club de Pilates est déplacée au §$date§ à §$time§. Apportez vos tapis. »""",
    ),
    (
        "paste",
        """
Fix the grammar: "the Henry hoover are broken since the update §$ver§ and the Dyson V15 battery dont charge".""",
    ),
    (
        "paste",
        """
Extract the order numbers and dates as JSON:

Orders §$order§ (§$date§), §$order2§ (§$date2§) and §$order3§ (§$date3§) were refunded after Storm Babet delayed the van.""",
    ),
    (
        "paste",
        """
Reply politely to this review: "Ordered the Beef Wellington, waited 50 minutes, got a Caesar salad instead. Table §$num§.\"""",
    ),
    (
        "paste",
        """
Vertaal naar het Engels: "Bestelling §$order§ met twee Ben & Jerry's bakjes is beschadigd aangekomen.\"""",
    ),
    (
        "paste",
        """
Przetłumacz: "Zamówienie §$order§ — zestaw Thomas the Tank Engine — zostanie wysłane §$date§.\"""",
    ),
    (
        "paste",
        """
Türkçeden çevir: "Sipariş §$order§ kargoya verildi, takip numarası §$track§.\"""",
    ),
    (
        "paste",
        """
Summarise:

```
Incident §$ticket§: the water pressure alarm (Amber alert level) triggered at §$time§ on pump station PS-§$num§. Firmware §$ver§. Resolved by reboot.
```""",
    ),
    # voice
    (
        "voice",
        """
hey siri add granny smith apples earl grey and a henry hoover bag to the shopping list""",
    ),
    (
        "voice",
        """
alexa what time is the pilates class on thursday and remind me to renew the parking permit""",
    ),
    (
        "voice",
        """
ok so the order number is §$order§ and the tracking is §$track§ can you check where it is""",
    ),
    (
        "voice",
        """
play the lindy hop playlist and set a timer for §$num§ minutes""",
    ),
    # more chat: fans, shoppers, students asking about namesakes
    (
        "chat",
        """
Was the Ferris wheel really named after its engineer? And is the Eiffel Tower older? Homework due §$date§.""",
    ),
    (
        "chat",
        """
Which is sweeter for a crumble, Cox's Orange Pippin or Braeburn? Buying for order §$order§.""",
    ),
    (
        "chat",
        """
Can you explain Hashimoto's thyroiditis versus Crohn's disease in plain English for a care home training slide (deck version §$ver§)?""",
    ),
    (
        "chat",
        """
I loved Hercule Poirot in the new adaptation. Is Miss Marple in the same universe, or is that fan fiction?""",
    ),
    (
        "chat",
        """
Is the Heimlich manoeuvre safe to teach in a nursery first-aid course? We use course code §$sku§.""",
    ),
    (
        "chat",
        """
Does a Rolls-Royce hire for a wedding usually include ribbons? The quote §$order§ says §$price§ for 3 hours.""",
    ),
    (
        "chat",
        """
How do I explain to kids why Paddington Bear likes marmalade? It's for story time at the library, session §$ticket§.""",
    ),
    (
        "chat",
        """
What was the Queen Mary 2's top speed, and is the Cutty Sark faster under sail?""",
    ),
    (
        "email",
        """
Subject: Ticket §$ticket§ – gift card balance

Hello,

I have a gift card §$lookcard§ (not a credit card) that shows a zero balance after buying Tommy Hilfiger socks. Order §$order§. Please advise.

Thanks""",
    ),
    (
        "email",
        """
Subject: Esports league – season §$num§ schedule

All teams: group stage starts §$date§. Map pool updated in patch §$ver§. Team Falcon and Team Nimbus play the opening match at §$time§.

League Admin""",
    ),
    (
        "form",
        """
PET REGISTRATION
Pet name: Kratos
Species: dog (Greyhound)
Microchip: §$track§
Vaccination batch: §$sku§
Registered: §$date§""",
    ),
    (
        "json",
        """
{"assistant": "Cortana", "skill": "meter_readings", "version": "§$ver§", "phone_like_ref": "§$lookphone§", "note": "ref is an internal case code, not a phone"}""",
    ),
    (
        "notes",
        """
Removal checklist
- book Ford Transit for §$date§
- wrap Rubik's Cube collection
- Dyson V15 charger in box 12
- ref §$order§, deposit §$price§""",
    ),
]

TEMPLATES: list[Template] = templates("cl", _ROWS)
