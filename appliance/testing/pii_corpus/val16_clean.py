"""Clean templates for val16 (no personal data at all): the same domains and shapes as the
personal ones, full of decoys instead of people, places and contacts.

Hand-written by an author who read only the package's `__init__.py` and `validity.py`. The
decoys are things named like people that are not people (brands, shops and products carrying
a name, fictional and game characters, assistants and bots, dishes, cocktails, grapes, apples,
paints, perfumes, dance and yoga styles, ships, racehorses, storms, awards, laws, diseases and
theorems named after people, car models, codenames, hostnames, pets) and numbers that look
like phones, cards or accounts but are order numbers, tracking codes, ISBNs and versions.
These texts avoid, as whole words, every name and place the personal templates can plant,
including the given names that are everyday words (the tests check it).
"""

from __future__ import annotations

from appliance.testing.pii_corpus.val16_gen import templates

ROWS: list[tuple[str, str]] = [
    # airlines and travel
    (
        "chat",
        "What's the difference between the «brand» lounge and the priority lane on flight «flight»? My boarding pass says group 3, seat «seat», gate «gate».",
    ),
    (
        "email",
        """
Subject: Schedule change «pnr»

Dear customer,

Flight «flight» on «date» now departs at «time» instead of «time2». Your seat «seat» is unchanged. No action is needed unless you wish to rebook; the fare difference is waived until «date2».

Customer Care Team
""",
    ),
    (
        "sms",
        "SKYHARBOUR: Flight «flight» is delayed. New boarding time «time», gate «gate». Meal voucher code «pnr» valid at «brand» and «brand2» outlets.",
    ),
    (
        "notes",
        """
Cabin defects log «date»
- row «num» reading light u/s
- galley oven 2 error E-«n»4, reset ok
- «product» charger missing from crew rest
- ref «ticket», next check «date2»
""",
    ),
    (
        "json",
        """
{"flight": "«flight»", "std": "«time»", "etd": "«time2»", "gate": "«gate»", "pax_booked": «num», "pax_boarded": «num2», "aircraft": "A320neo", "tail": "«pnr»", "catering_code": "«sku»"}
""",
    ),
    (
        "form",
        """
SPECIAL MEAL REQUEST
Booking reference: «pnr»
Flight: «flight»   Date: «date»
Meal code: VGML / «dish»
Seat: «seat»
""",
    ),
    (
        "review",
        "The «cocktail» on the upgraded cabin was great and the «dish» surprisingly good for plane food. Legroom in row «num» is poor though. 3/5.",
    ),
    (
        "csv",
        """
flight,date,std,gate,load_factor
«flight»,«date»,«time»,«gate»,«pct»
«flight2»,«date»,«time2»,«gate2»,«pct2»
«flight3»,«date2»,«time3»,«gate3»,«pct3»
""",
    ),
    (
        "chat",
        "I'm planning a 10-day itinerary with a budget of «price». Suggest a mix of hiking, a «dance» class, and a food tour with «dish» and «cocktail». No hotel names please.",
    ),
    (
        "ticket",
        """
«ticket» — Baggage tag printer jams
Station printer model «sku», firmware «ver».
Tags print half then stop. Tried a new roll (batch «order»). Escalated to vendor ref «ref».
""",
    ),
    # car dealers and rental
    (
        "chat",
        "Is the «model» or the «model2» better for a family of five? We tow a small trailer and want «paint» or a dark colour. Budget «price».",
    ),
    (
        "email",
        """
Subject: Your rental is confirmed – «ref»

Thank you for choosing us. Vehicle group: compact SUV («model» or similar). Pick-up: «date» «time». Return: «date2» «time2».
Fuel policy: full to full. Optional extras: child seat («price»), GPS («price2»).
""",
    ),
    (
        "review",
        "The «model» in «paint» looks even better in person. Sales process took «n» hours though and the coffee machine was a «brand» that only made «cocktail»-coloured sludge.",
    ),
    (
        "json",
        """
{"vin": "«hash»", "model": "«model»", "trim": "«codename»", "colour": "«paint»", "mileage_km": «num»00, "price": "«price»", "stock_no": "«sku»", "status": "reserved"}
""",
    ),
    (
        "markdown_table",
        """
| Stock no. | Model | Colour | Price | Days on lot |
|---|---|---|---|---|
| «sku» | «model» | «paint» | «price» | «num» |
| «sku2» | «model2» | «paint2» | «price2» | «num2» |
| «sku3» | «model3» | «paint3» | «price3» | «n» |
""",
    ),
    (
        "sms",
        "Kestrel Motors: your «model» service is booked for «date» at «time». Courtesy car reserved. Ref «ref». Reply 1 to confirm.",
    ),
    # estate agents and property
    (
        "chat",
        "Write a listing for a 2-bed flat: south-facing balcony, walls in «paint», «brand» kitchen appliances, «product» in the utility room, «n» minutes to the tram. Asking «price».",
    ),
    (
        "email",
        """
Subject: Annual gas safety inspection – block B

Dear residents,

Inspections run «date» to «date2», «time»–«time2». Please leave access to boilers. Contractor ref «ticket». The lift is serviced on «day».

Property Management Office
""",
    ),
    (
        "notes",
        """
Inventory – flat 4
lounge: sofa («brand»), rug, lamp x2
kitchen: «product», kettle, toaster
bedroom: wardrobe (door sticks), blinds in «paint»
keys issued: «n»  fobs: «n2»
""",
    ),
    (
        "csv",
        """
unit,beds,rent,available,epc
«sku»,2,«price»,«date»,C
«sku2»,1,«price2»,«date2»,B
«sku3»,3,«price3»,«date3»,D
""",
    ),
    (
        "whatsapp",
        """
Block B residents
Resident (flat 2): lift out again 🙄
Resident (flat 9): reported, ticket «ticket»
Resident (flat 2): thanks! also who parks the «model» across two bays
Resident (flat 5): 😂 not me
""",
    ),
    # law firms and courts
    (
        "chat",
        "Explain «law» in plain English, and how it differs from the rule in «law2». No case names please, just the idea.",
    ),
    (
        "email",
        """
Subject: Court closure

Please note the registry closes at «time» on «date» for system maintenance (release «ver»). E-filing remains available. Hearings listed that afternoon move to courtroom «n».

Registry Team
""",
    ),
    (
        "form",
        """
COURT FEE SCHEDULE (excerpt)
Filing, small claims up to «price»: «price2»
Copy of order: «price3»
Appeal bundle: per page «price4»
Form version «ver», effective «date»
""",
    ),
    (
        "transcript",
        """
CLERK: All rise.
JUDGE: Please be seated. We are on matter «ref». Counsel, are the exhibits in order?
COUNSEL: They are, Your Honour, exhibits 1 to «n».
JUDGE: Then we'll begin at «time». The interpreter is booked until «time2».
""",
    ),
    (
        "notes",
        """
Research note: elements of negligence
1. duty  2. breach  3. causation  4. damage
cf. «law»; also «theorem» used as a metaphor in the expert report (irrelevant)
file «ref», time spent «n».5 h
""",
    ),
    # HR and recruiting
    (
        "chat",
        "Draft a job ad for a Ground Operations Coordinator: shift work, salary «price» per month, «n» weeks holiday, «brand» gym discount. Equal-opportunity wording please.",
    ),
    (
        "email",
        """
Subject: Benefits enrolment opens «date»

Hi all,

Open enrolment runs until «date2». New this year: «product» stipend, «dance» classes on site, and the «award» for volunteering. Plan documents are on the intranet (v«ver»).

People Team
""",
    ),
    (
        "yaml",
        """
job:
  id: «sku»
  title: Cabin Crew Trainer
  grade: «n»
  salary_band: "«price»-«price2»"
  team: «team»
  posted: «date»
  closes: «date2»
""",
    ),
    (
        "markdown_table",
        """
| Requisition | Role | Team | Openings | Status |
|---|---|---|---|---|
| «ticket» | Data Analyst | «team» | «n» | open |
| «ticket2» | Mechanic | «team2» | «n2» | on hold |
| «ticket3» | Recruiter | «team3» | 1 | filled |
""",
    ),
    (
        "letter",
        """
«date»

To all staff

From «date2» the canteen serves «dish» on Mondays and a «cocktail» mocktail on Fridays. The «product» in the break room has been replaced (asset «sku»).

Facilities
""",
    ),
    # schools
    (
        "email",
        """
Dear parents and carers,

Book Week is on «date»! Children may dress as a character: «character», «character2» or «character3» are all welcome. Please keep costumes simple. Bake sale raises funds for the «product».

The School Office
""",
    ),
    (
        "chat",
        "Give me a 45-minute lesson plan on «theorem» for 12-year-olds, with a warm-up puzzle and an exit ticket. Class code «sku».",
    ),
    (
        "sms",
        "Oakridge School: early closure «date» at «time» due to «storm». Buses leave at «time2». Clubs cancelled.",
    ),
    (
        "csv",
        """
class,subject,room,period
«n»A,Maths,«num»,1
«n»B,Science,«num2»,2
«n»C,Art («paint» project),«num3»,3
""",
    ),
    (
        "notes",
        """
Staff meeting «date»
- «product» trolley booking via form v«ver»
- sports day moved to «date2»
- reading scheme: «character» books for year 2
- action: order «num» glue sticks (PO «order»)
""",
    ),
    # sports and gyms
    (
        "chat",
        "Build me a 4-week plan mixing «dance», «dance2» and strength work, 3 sessions a week, I have a «product» and kettlebells.",
    ),
    (
        "review",
        "The new «dance» studio is great and the «product» smoothies are a nice touch. Lockers still broken (ticket «ticket»). 4/5.",
    ),
    (
        "json",
        """
{"class_id": "«sku»", "style": "«dance»", "studio": "«n»", "starts": "«date»T«time»", "capacity": «num», "booked": «num2», "instructor_id": "«uuid»"}
""",
    ),
    (
        "sms",
        "IronBarbell: your «dance» class on «day» at «time» is confirmed. Waitlist position for «dance2»: «n». Booking «ref».",
    ),
    (
        "ics",
        """
BEGIN:VEVENT
SUMMARY:«dance» – beginners
DTSTART:20250610T180000
DTEND:20250610T190000
LOCATION:Studio «n»
DESCRIPTION:Bring water. Booking «ref».
END:VEVENT
""",
    ),
    # event ticketing
    (
        "chat",
        "Are tickets for the «character» musical refundable if I bought them through the app? Order «order», paid «price».",
    ),
    (
        "email",
        """
Subject: Your tickets – order «order»

Thanks for your purchase! 2 x Standing, «codename» Tour, «date». Doors «time». Present the QR code at entry. Barcode: «hash».
""",
    ),
    (
        "html",
        """
<section class="event">
  <h1>«codename» Tour «year»</h1>
  <p>Doors open «time» · Support act: «team»</p>
  <ul><li>Standing – «price»</li><li>Seated – «price2»</li><li>VIP with «cocktail» – «price3»</li></ul>
  <a href="/checkout?event=«sku»">Buy tickets</a>
</section>
""",
    ),
    (
        "xml",
        """
<event id="«sku»">
  <title>«codename» Live</title>
  <date>«date»</date>
  <tiers><tier name="GA" price="«price»"/><tier name="VIP" price="«price2»"/></tiers>
  <sponsor>«brand»</sponsor>
</event>
""",
    ),
    # weddings and funerals
    (
        "chat",
        "Suggest a signature cocktail menu for a wedding: something like a «cocktail», a «cocktail2» twist, and a non-alcoholic option. Colour scheme is «paint».",
    ),
    (
        "notes",
        """
Wedding checklist
- cake: «dish»-inspired, 3 tiers
- wine: «grape» and «grape2»
- favours: mini «perfume» samples
- deposit for marquee paid (inv «invoice»)
""",
    ),
    (
        "email",
        """
Subject: Price list «year»

Thank you for your enquiry. Our packages: Simple («price»), Traditional («price2»), Woodland («price3»). Each includes a «paint» casket finish option and printed orders of service.

With care,
The team
""",
    ),
    (
        "form",
        """
FLORAL ORDER
Arrangement: wreath, «paint» and white
Card message: "Forever in our hearts"
Delivery date: «date»   Time: «time»
Order: «order»   Total: «price»
""",
    ),
    # pharmacies and dental
    (
        "chat",
        "What's the difference between ibuprofen and paracetamol for toothache? I already take something for «disease».",
    ),
    (
        "review",
        "Fast service at the pharmacy counter, they had the «brand» plasters and the «product» refills. Queue of «n» people at «time» though.",
    ),
    (
        "sms",
        "Corner Pharmacy: your order «order» is ready. Collection code «pnr». Open until «time».",
    ),
    (
        "email",
        """
Subject: New opening hours

From «date» our practice opens «time» to «time2» on weekdays. Emergency slots are released at «time3». We now offer «product» whitening kits («price»).

Smileworks Dental
""",
    ),
    (
        "chat",
        "Explain the difference between gingivitis and periodontitis, and whether «disease» affects gum health. Keep it simple.",
    ),
    # city services and utilities
    (
        "chat",
        "How do I read a smart meter display? Mine shows «num».«n» kWh and a code E«n2»-«num2». Model «sku», firmware «ver».",
    ),
    (
        "email",
        """
Subject: Planned water outage

Water supply is interrupted on «date» from «time» to «time2» for main replacement (works order «order»). Please store drinking water in advance.

Customer Operations
""",
    ),
    (
        "form",
        """
PERMIT FEES («year»)
Street party: «price»
Skip on highway: «price2» per week
Scaffold licence: «price3»
Form «sku», revision «ver»
""",
    ),
    (
        "csv",
        """
meter_id,read_date,reading,estimated
«meter»,«date»,«num»,no
«meter2»,«date2»,«num2»,yes
«meter3»,«date3»,«num3»,no
""",
    ),
    (
        "sms",
        "NorthGrid: planned maintenance «date» «time»-«time2». Supply may be interrupted. Ref «ref». Your meter «meter» needs no action.",
    ),
    (
        "ocr",
        """
ELECTRICITY STATEMENT
Statement no. «invoice»
Period: «date» – «date2»
Meter «meter»  Prev «num»  Curr «num2»
Standing charge  «price»
TOTAL DUE  «price2»
""",
    ),
    (
        "ticket",
        """
«ticket»: Streetlight out
Pole number «sku», reported via app v«ver».
Contractor job «order», ETA «date».
""",
    ),
    # farm co-ops and charters
    (
        "notes",
        """
Co-op orchard report
«apple»: «num» crates, good colour
«apple2»: scab on «pct» of fruit
«apple3»: new rootstock trial
press booked «date», cider blend «grape» barrels «n»
""",
    ),
    (
        "chat",
        "Which apple varieties store longest: «apple», «apple2» or «apple3»? We have a cold room at 2 °C.",
    ),
    (
        "markdown_table",
        """
| Lot | Crop | Grade | Tonnes | Price/t |
|---|---|---|---|---|
| «sku» | barley | malting | «num» | «price» |
| «sku2» | wheat | feed | «num2» | «price2» |
| «sku3» | «apple» apples | class I | «n» | «price3» |
""",
    ),
    (
        "email",
        """
Subject: Charter conditions «date»

Skipper's note: small-craft advisory from «time». The «ship» stays in port; the «ship2» sails if gusts stay under 25 kn. Refund or rebook code «pnr».
""",
    ),
    (
        "review",
        "Great day on the «ship»! Caught a dozen fish, the crew cooked «dish» on board. Seasick bags were «brand» branded, which made us laugh.",
    ),
    # personal use
    ("chat", "What should I name my new puppy? I like «pet», «pet2» and «pet3». He's a beagle."),
    ("chat", "Is «character» a good role model for kids? My son keeps quoting «character2» too."),
    (
        "chat",
        "Recommend a paint colour for a north-facing hallway: «paint» or «paint2»? Finish: eggshell or satin.",
    ),
    (
        "chat",
        "Which perfume is lighter for daytime, «perfume» or «perfume2»? I wore «perfume3» last year.",
    ),
    (
        "chat",
        "Who won the «award» the year «product» came out? And is «theorem» really on the exam?",
    ),
    (
        "chat",
        "Which racehorse has the better odds: «horse» or «horse2»? Asking for a sweepstake, «price» entry.",
    ),
    (
        "voice",
        "add eggs milk and «apple» apples to the shopping list and remind me to water the tomatoes at «time»",
    ),
    ("voice", "play the next episode of the «character» podcast and turn the volume to «n»"),
    (
        "whatsapp",
        """
Book club 📚
Member: next pick is the «award» winner?
Member: only if it's shorter than the «character» one 😅
Member: vote by «day» pls
""",
    ),
    ("sms", "Your «brand» order «order» has shipped. Track: «track». Estimated delivery «date»."),
    (
        "review",
        "Tried the «dish» and a «cocktail» at the new place on the high street. Both excellent, service slow. 4/5.",
    ),
    ("chat", "Is «storm» expected to get worse on «day»? Should I bring the garden furniture in?"),
    ("chat", "Compare «product» and «product2» for a small kitchen. Budget «price»."),
    # developer traffic
    (
        "code",
        """
def apply_discount(order_id: str, pct: float) -> float:
    # «ticket»: discount applied twice for «brand» promo codes
    order = repo.get(order_id)  # e.g. "«order»"
    return round(order.total * (1 - pct / 100), 2)
""",
    ),
    (
        "log",
        """
«date» «time» INFO  deploy «codename» v«ver» to «host» started
«date» «time» WARN  migration «num» took «n».4s
«date» «time» INFO  healthcheck ok commit=«hash»
""",
    ),
    (
        "yaml",
        """
service: «codename»
image: registry.internal/«host»:«ver»
replicas: «n»
env:
  FEATURE_FLAGS: "dark_mode,new_checkout"
  CACHE_HOST: «host2»
  CACHE_PORT: "«port»"
""",
    ),
    (
        "sql",
        """
SELECT order_id, sku, status
FROM orders
WHERE created_at >= '«date»' AND status = 'shipped'
ORDER BY created_at DESC
LIMIT «num»;
""",
    ),
    (
        "json",
        """
{"build": "«ver»", "commit": "«hash»", "tests": {"passed": «num», "failed": «n»}, "runner": "«host»", "pipeline": "«codename»-nightly"}
""",
    ),
    (
        "toolcall",
        """
{"tool": "lookup_order", "arguments": {"order_id": "«order»", "include": ["items", "tracking"]}}
""",
    ),
    (
        "toolcall",
        """
{"name": "create_ticket", "arguments": {"title": "«product» sync fails on v«ver»", "priority": "P2", "labels": ["«codename»", "mobile"], "related": "«ticket»"}}
""",
    ),
    (
        "chat",
        "Why does `git bisect` point at commit «hash»? The «codename» build broke between «ver» and «ver2». Order numbers like «phonelike» now fail validation.",
    ),
    (
        "ticket",
        """
«ticket»: Tracking numbers rejected
Input «track» fails the regex in checkout v«ver». Also «cardlike» (a gift card serial, not a payment card) is flagged as a credit card.
""",
    ),
    (
        "code",
        """
ISBN_RE = r"^97[89]-\\d-\\d{4}-\\d{4}-\\d$"
assert re.match(ISBN_RE, "«isbn»")
# order refs look like phone numbers: «phonelike»
""",
    ),
    (
        "markdown_table",
        """
| Service | Version | Host | Port | Owner |
|---|---|---|---|---|
| «codename» | «ver» | «host» | «port» | «team» |
| «codename2» | «ver2» | «host2» | «port2» | «team2» |
""",
    ),
    (
        "log",
        """
[«time»] GET /api/orders/«order» 200 «num»ms
[«time»] GET /api/track/«track» 404 «num2»ms
[«time»] POST /api/giftcards/verify 422 serial=«cardlike»
""",
    ),
    (
        "html",
        """
<form action="/subscribe" method="post">
  <label>Plan</label>
  <select name="plan"><option>«codename»</option><option>«codename2»</option></select>
  <button>Start trial («n» days)</button>
</form>
""",
    ),
    (
        "xml",
        """
<config version="«ver»">
  <feature name="«codename»" enabled="true"/>
  <cache host="«host»" port="«port»"/>
</config>
""",
    ),
    (
        "csv",
        """
sku,product,price,stock
«sku»,«product»,«price»,«num»
«sku2»,«product2»,«price2»,«num2»
«sku3»,«apple» apple juice 1L,«price3»,«num3»
""",
    ),
    (
        "srt",
        """
1
00:00:01,000 --> 00:00:04,000
[«character» theme music]

2
00:00:04,500 --> 00:00:07,200
Previously, on «codename»...
""",
    ),
    (
        "srt",
        """
14
00:02:10,300 --> 00:02:13,000
Add the «grape» slowly, then stir.

15
00:02:13,100 --> 00:02:16,800
This is how «dish» gets its shine.
""",
    ),
    (
        "vcard",
        """
BEGIN:VCARD
VERSION:4.0
FN:{{display_name}}
ORG:«brand»
TITLE:{{job_title}}
NOTE:template v«ver» – placeholders only
END:VCARD
""",
    ),
    (
        "vcard",
        """
BEGIN:VCARD
VERSION:3.0
KIND:org
FN:«codename» Help Desk Bot
ORG:«team»
URL:https://status.example.com/«sku»
END:VCARD
""",
    ),
    (
        "latex",
        """
\\begin{theorem}[«theorem»]
For every $n \\geq «n»$, the sequence converges.
\\end{theorem}
See Table «num» for the «codename» benchmark (v«ver»).
""",
    ),
    (
        "latex",
        """
\\section{Results}
We compare «product» with «product2» over «num» runs; the «award» baseline is omitted.
""",
    ),
    (
        "ics",
        """
BEGIN:VEVENT
SUMMARY:«codename» release «ver»
DTSTART:20250701T090000
DESCRIPTION:Freeze from «time». Rollback plan in «ticket».
END:VEVENT
""",
    ),
    (
        "ocr",
        """
R E C E I P T
«brand»
«product»  «price»
«dish»  «price2»
TOTAL  «price3»
ORDER «order»  «date» «time»
""",
    ),
    (
        "transcript",
        """
Agent: Thanks for calling support, can I have the order number?
Caller: It's «order».
Agent: I see a «product» and a «product2». The «product2» is back-ordered until «date».
Caller: Okay, then cancel just that one.
""",
    ),
    (
        "letter",
        """
«date»

Dear customer,

We are recalling «product» units with serial numbers starting «sku». Please stop using the device and return it to any «brand» store for a full refund.

Product Safety Team
""",
    ),
    (
        "form",
        """
WARRANTY CLAIM
Product: «product»
Serial: «hash»
Purchase date: «date»   Order: «order»
Fault: won't power on after update «ver»
""",
    ),
    (
        "whatsapp",
        """
Dev team 💻
Dev: «host» is down again
Dev: rolling back to «ver»
Dev: root cause was «theorem» in the scheduler lol
Dev: 😂 ticket «ticket»
""",
    ),
    (
        "email",
        """
Subject: Incident review «ticket»

Summary: «codename» returned 502s from «time» to «time2». Cause: connection pool exhaustion on «host». Fix shipped in «ver». Action items tracked in «ticket2».
""",
    ),
    (
        "notes",
        """
Sprint «num» retro
+ «codename» launched on time
- flaky test in «host»
? should we rename «codename2»
""",
    ),
    ("chat", "Can you write a haiku about «character» drinking a «cocktail» during «storm»?"),
    ("chat", "Is the «bot» assistant able to read my «product» calendar? The «bot2» one can't."),
    (
        "review",
        "The «model» hybrid is quiet and frugal, «num» miles on a tank. The infotainment («bot» built in) is laggy. Version «ver» fixed some of it.",
    ),
    (
        "json",
        """
{"menu": [{"item": "«dish»", "price": "«price»"}, {"item": "«dish2»", "price": "«price2»"}, {"item": "«cocktail»", "price": "«price3»"}], "valid_until": "«date»"}
""",
    ),
    (
        "sql",
        """
CREATE TABLE wines (id SERIAL PRIMARY KEY, grape TEXT, vintage INT);
INSERT INTO wines (grape, vintage) VALUES ('«grape»', «year»), ('«grape2»', «year2»);
""",
    ),
    (
        "yaml",
        """
paints:
  - name: «paint»
    finish: matt
    code: «sku»
  - name: «paint2»
    finish: satin
    code: «sku2»
""",
    ),
    (
        "email",
        """
Subject: Your «brand» loyalty statement

You earned «num» points this month. Redeem them for a «product» or the «dish» meal deal. Points expire «date».
""",
    ),
    (
        "chat",
        "Fact check: was the «ship» named after a real person? And which «award» did the documentary about it win?",
    ),
    (
        "notes",
        """
Museum visit ideas
- «ship» exhibit (closes «date»)
- «character» costume gallery
- café does a decent «dish»
""",
    ),
]

TEMPLATES = templates("cl", ROWS)
