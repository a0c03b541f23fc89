"""val42 templates, extra: more prompts for the domains the other template modules cover
least, and for the decoys named after people (laws, diseases, scores, methods, landmarks,
prizes, feasts, pets, bots, characters, aircraft, research stations) in every shape.

`PERSONAL` and `CLEAN` hold (shape, domain, text) triples; the slots are described in
`val42_render`. Written for val42.
"""

from __future__ import annotations

CLEAN = [
    (
        "chat",
        "estate",
        """\
Write a 60-word listing for a flat a short walk from {landmark}: 2 bed, EPC C, council tax band D, {rent} pcm, deposit five weeks, available {date}. Don't mention the car park view, and keep it free of clichés like "nestled".""",
    ),
    (
        "email",
        "customs",
        """\
Explain to a new client, in a short e-mail, the difference between DAP and DDP for their shipment of {machine} spare parts: HS {hs}, container {container}, ETA {date}, invoice {invoice}, declared value {price}. They keep asking who pays the import VAT.""",
    ),
    (
        "form",
        "customs",
        """\
Fill in what you can of this declaration from the invoice details below, leaving blanks where unknown.
Commodity code: ____   Origin: ____   Incoterm: ____
Gross mass (kg): ____   Packages: ____   Container no.: ____
Invoice: {invoice}, {big} kg, 14 pallets, DAP, container {container}, seal {fphone}, commodity {hs}.""",
    ),
    (
        "markdown_table",
        "estate",
        """\
| Ref | Beds | EPC | Rent | Garden |
|---|---|---|---|---|
| {ref} | 2 | C | {rent} | no |
| {ref2} | 3 | D | {rent2} | yes |
| {ref3} | 1 | B | {rent3} | shared |
Which is best value per bedroom? Show the sums.""",
    ),
    (
        "notes",
        "registry",
        """\
Procedure notes for new registration officers, make them a checklist:
- births: register within 42 days, form BD-3, fee for certificate {price}
- deaths: medical certificate first; coroner's cases wait
- office closed on {feast}; ceremonies still run in the Ellerby Glasshouse
- audit ref {ref}""",
    ),
    (
        "chat",
        "courts",
        """\
explain {law} in the context of case-management deadlines, with a joke for the clerks' newsletter. our listing system ({product} {ver}) adds {num} days to every estimate anyway""",
    ),
    (
        "ticket",
        "hotel",
        """\
Ticket {ticket}: pet-friendly room {room}
Guest's dog {pet} barked from {time} to {time2}; neighbouring rooms complained
Housekeeping found the {dish} room-service tray outside the door
Draft the note to the guest (polite, mention the house rules).""",
    ),
    (
        "sms",
        "tailoring",
        """\
Your alterations are ready: raglan coat shortened 2cm, trousers hemmed. Collect from {time} any weekday. Balance due {price}. Ticket {order}. Bring this text.""",
    ),
    (
        "json",
        "hair",
        """\
{"salon": "Fade Studio", "services": [{"name": "Caesar cut", "mins": 20, "price": "{price}"},
 {"name": "Marcel wave", "mins": 45, "price": "{price2}"}, {"name": "Hot towel shave", "mins": 30, "price": "{price3}"}],
 "clippers": "Wahl Senior", "booking_bot": "{bot}"}
Generate a price-list web page from this.""",
    ),
    (
        "yaml",
        "antiques",
        """\
stock_system:
  hardness_test: the Mohs scale
  valuation_method: comparables
  default_currency: GBP
  consignment_rate: {pct}
  lot_prefix: {sku}
Is 'hardness_test' a sensible field name for the gemstone lots?""",
    ),
    (
        "paste",
        "esports",
        """\
Summarise these patch notes for casual players:
---
Patch {ver}
- {character}: ultimate cooldown 90s → 110s
- Captain Quillon: shield now blocks ranged knockback
- Ranked: Elo adjustments reduced by {pct} for placement games
- Bug fix: the {mascot} emote no longer freezes the client
---""",
    ),
    (
        "chat",
        "cruise",
        """\
our onboard assistant {bot} keeps recommending {dish} to guests with shellfish allergies. write a system-prompt rule to stop that, and a line it can say instead. the {aircraft} charter guests board on {date}""",
    ),
    (
        "log",
        "polar",
        """\
{date} {time} {station} uplink ok, {ms}
{date} {time2} {station} generator 2 fault, switching to battery
{date} {time3} {ship} position {coord}, ice concentration {pct}
Summarise for the ops bulletin.""",
    ),
    (
        "stacktrace",
        "zoo",
        """\
Traceback (most recent call last):
  File "keeperlog/health.py", line 31, in flag
    risk = DISEASES["{zoonosis}"]
KeyError: "{zoonosis}"
Add a fallback so unknown diseases are logged rather than crashing.""",
    ),
    (
        "minutes",
        "archaeology",
        """\
Finds committee, {date}. Summarise:
- SF {num} (Roman coin) to conservation; photo under raking light
- Harris matrix for trench 3 checked against the radiocarbon phasing
- lecture night: {lecture}, {time}, in {landmark}
- spoil heap moved""",
    ),
]

CLEAN += [
    (
        "chat",
        "podcast",
        """\
For our trivia episode, write three 40-word explainers, each ending in a quiz question: {score}, {law} and {algorithm}. Keep it light; the episode runs {num} minutes and the sponsor is {product}.""",
    ),
    (
        "notes",
        "zoo",
        """\
Staff health briefing notes, turn them into a poster:
- {zoonosis}: who is at risk, gloves, hand-washing
- first-aid refresher: {manoeuvre}
- report bites to the duty vet on radio channel {num}
- next briefing {date}, Marchetti Wing""",
    ),
    (
        "markdown_table",
        "hotel",
        """\
| Sight | From the lobby | Note |
|---|---|---|
| {landmark} | {num} min walk | closed Mondays |
| {landmark2} | {num2} min by tram | book ahead |
| {landmark3} | taxi, {price} | {award} winners' exhibition |
Write a half-day walking plan for a guest, no street names needed.""",
    ),
]

PERSONAL = [
    (
        "chat",
        "polar",
        """\
{P1.title} just won {prize} for the sea-ice work at {station}! Draft a 100-word staff bulletin item: career at our {CITY} office, fifteen years of CTD casts, and the {ship} cruise of {date}. Quote from {P2.given}, their line manager, welcome.""",
    ),
    (
        "email",
        "auction",
        """\
Please summarise this consignment e-mail for the wine department:
From: {P1} <{P1.email}>
I'd like to consign twelve bottles of {champagne} (1996) and a case of Penfolds Grange. Stored in a bonded warehouse in {CITY} since purchase. Proceeds to {IBAN}, please. My phone: {PHONE.intl}.
{P1.given}""",
    ),
    (
        "csv",
        "botanic",
        """\
donor,town,gift,named_for
{P1},{CITY},"{amount}",Wollemi pine bed
"{P2.lastfirst}",{CITY2},"{price2}",{landmark} bench
{W1},{CITY3},"{price3}",seed bank fridge
Write thank-you letters to each donor.""",
    ),
    (
        "letter",
        "tailoring",
        """\
Dear {P1.title},
Your bespoke overcoat (Loro Piana cloth, raglan sleeve declined, Bemberg lining) is ready for its final fitting on {date}. We can also deliver to {ADDR}. The balance of {price} can be paid by card or bank transfer.
Yours,
{P2}, Head Cutter

Make this letter more personal.""",
    ),
    (
        "sms",
        "antiques",
        """\
{P1.given}, your {maker} carriage clock is back from the restorer: new mainspring, case re-polished. Collect from the shop after {time}. Balance {price}. Questions: {PHONE}""",
    ),
    (
        "transcript",
        "archaeology",
        """\
Summarise this site-tour transcript for the newsletter:
GUIDE: This is trench 3. {P1} found the Beaker sherds here on {date}.
VISITOR: Is that the Harris matrix on the board?
GUIDE: It is. {P2.title}, our finds supervisor, keeps it up to date.
VISITOR: And the farmhouse?
GUIDE: That belongs to {P3}; we thank them for access.""",
    ),
    (
        "notes",
        "mountaineering",
        """\
Guide's notes, write them up as a client report:
- client {P1}, from {CITY}
- ascent of the {grade} ridge, turned at {alt} because of wind (Beaufort 7)
- early signs of Raynaud's, warmed up in the Solvay hut
- next booking {date}; contact {P1.email}""",
    ),
    (
        "vcard",
        "polar",
        """\
BEGIN:VCARD
VERSION:4.0
FN:{P1}
ORG:Polar Survey;{station}
TITLE:Station leader
TEL;TYPE=sat:{PHONE.intl}
EMAIL:{P1.email}
END:VCARD
Write a two-line signature block from this card.""",
    ),
    (
        "ticket",
        "zoo",
        """\
Gift-shop ticket {ticket}
Buyer: {P1}, card {CARD}
Bought: adoption of {pet} the red panda + plush {mascot}
Recipient: {P2.given}, certificate to {ADDR}
Status: certificate not sent. Write the apology e-mail.""",
    ),
    (
        "slack",
        "courts",
        """\
#listings
{P1} (clerk): {case} moved to Court 4, {time}
{P2.given}: counsel {P3.title} says the expert is stuck in {CITY}, storm delays
@listing-bot: reminder, {law} applies to all estimates 😉
{P1.given}: ok, I'll ring {P3.title} on {PHONE}
Summarise for the judge's clerk.""",
    ),
    (
        "form",
        "antiques",
        """\
Check this consignment form:
Consignor: {P1}
Address: {ADDR}
Item: {maker} enamel box, c. 1900
Reserve: {price}
Proceeds to account number {ACCT}, sort code {sortcode}
Signed: {P1.init}""",
    ),
    (
        "email",
        "insurance",
        """\
Draft a response to this travel-insurance claim:
From: {P1} <{P1.email}>
Subject: cancelled cruise, policy {policy}
I had to cancel our cruise on {ship} ({date}) after a flare-up of my {condition}; my consultant, {P2.title}, has written a letter. The booking cost {price} per person for two. Please pay the refund to my account {ACCT}.
{P1.given}, {CITY}""",
    ),
    (
        "json",
        "hair",
        """\
{"appointment": {"client": "{W1}", "stylist": "{P1.given}", "service": "Marcel wave", "at": "{date} {time}"},
 "contact": {"phone": "{PHONE}", "email": "{W1.email}"}, "notes": "patch test done"}
Write the confirmation text message.""",
    ),
]
