"""val42 templates, office: forms, helpdesk tickets and notes (minutes
and Jira issues are in `val42_tpl_meetings`).

`PERSONAL` and `CLEAN` hold (shape, domain, text) triples; the slots are described in
`val42_render`. Written for val42.
"""

from __future__ import annotations

PERSONAL = [
    (
        "form",
        "registry",
        """\
Check this completed form for missing or inconsistent fields:
BIRTH REGISTRATION – DRAFT
Child's surname: {P1.family}
Child's forename(s): {P1.given}
Date of birth: {date}    Time: {time}
Place of birth: {CITY}
Mother's full name: {F2}
Mother's usual address: {ADDR}
Informant's phone: {PHONE}
District ref: {ref}""",
    ),
    (
        "form",
        "driving",
        """\
Is anything missing from this learner enrolment form?
Student name (Last, First): {P1.lastfirst}
Date of birth: {date}
SSN: {SSN}
Home address: {ADDR}
Parent/guardian: {W1}
Guardian phone: {PHONE}
Lesson car: school Toyota Corolla, dual controls
Package: 10 lessons, {price}""",
    ),
    (
        "form",
        "insurance",
        """\
Fill the gaps in this claim form from the notes below it.
Claimant surname: {P1.family}
Claimant forename: {P1.given}
Policy no.: {policy}
Date of loss: {date}
Address of loss: {ADDR}
Bank for settlement – IBAN: {IBAN}
Notes: water ingress after {storm}, ceiling collapse in bedroom 2, roofer's quote {price}.""",
    ),
    (
        "form",
        "hotel",
        """\
Translate this guest registration card into Spanish:
GUEST REGISTRATION
Surname: {P1.reg}
Nationality: {COUNTRY}
Arrival: {date}   Departure: {date2}
Room: {room}   Rate: {price}/night
Mobile: {PHONE.intl}
E-mail: {P1.email}
Signature: ______""",
    ),
    (
        "form",
        "zoo",
        """\
Turn this booking form into a confirmation e-mail:
Keeper-for-a-day experience
Booked by: {P1}
Participant (if different): {P2.given}
Phone: {PHONE.natl}
E-mail: {P2.email}
Date: {date}, meet at {time} at the Marchetti Wing
Animals: Przewalski's horses, Humboldt penguins
Paid: {price}""",
    ),
    (
        "form",
        "tailoring",
        """\
Make this repair docket readable as a customer receipt:
COBBLER REPAIR DOCKET {order}
Customer: {P1.title}
Tel: {PHONE}
Item: brown oxfords, Goodyear welt, Dainite soles
Work: resole + heel, new welt stitching
Deposit taken on card ending ..., full card {CARD}
Ready: {date}""",
    ),
]

CLEAN = [
    (
        "form",
        "mountaineering",
        """\
Turn this kit form into a printable checklist:
ALPINE COURSE – KIT DECLARATION
Harness (UIAA/CE): yes / no
Helmet: yes / no
Crampons, 12-point, anti-balling plates: yes / no
Avalanche transceiver (Mammut Barryvox or similar): yes / no
Route grade on the course: {grade}, max altitude {alt}
Course code: {ref}""",
    ),
    (
        "form",
        "archaeology",
        """\
Check this context sheet for errors:
CONTEXT RECORD SHEET
Site code: {ref}   Trench: 3   Context: {ctx}
Type: fill   Colour (Munsell): {munsell}
Compaction: firm   Inclusions: charcoal flecks, CBM
Above: [{num}0]   Below: [{num2}1]   Same as: none
Harris matrix updated: yes   Small finds: SF {num3}""",
    ),
    (
        "form",
        "antiques",
        """\
Write a catalogue description from this condition report:
Object: Wedgwood jasperware vase, blue and white
Date: c. 1790   Height: 24 cm
Condition: hairline crack to foot rim, minor rubbing to gilding
Hardness test (Mohs) on the base repair: 3
Estimate: {estimate}
Stock no.: {sku}
Insurer's item ref: {fphone}""",
    ),
    (
        "form",
        "botanic",
        """\
Is this accession form complete?
ACCESSION {acc}
Taxon: Rhododendron yakushimanum
Provenance: garden origin, cultivar 'Morning Cloud'
Source: seed exchange, index {num}
Bed: Temperate House 12   Date received: {date}""",
    ),
]

PERSONAL += [
    (
        "ticket",
        "hotel",
        """\
Ticket #{num}{num2} – Lost property
Guest: {P1}   Room: {room}
Reported: {date} {time}
Item: silver fountain pen, engraved "{P1.init}", storage tag {fphone}
Call back on {PHONE}; forward to {ADDR} if found.
Status: open

Write the reply to the guest.""",
    ),
    (
        "ticket",
        "cruise",
        """\
Summarise this guest-services ticket:
[{ticket}] Onboard account dispute
Guest: {P1.lastfirst}, cabin {room}
Card on file: {CARD.16}
Charged twice for {drink} at the captain's dinner ({price}).
Travelling with: {P2}
Agent note: refund one charge, apologise.""",
    ),
    (
        "ticket",
        "podcast",
        """\
Help me answer this hosting support ticket:
Subject: RSS feed broken since {date}
From: {P1} <{P1.email}>
Our feed validator says "invalid enclosure". Show is Deep Cuts, ep {num}. Our uploads come from {IP} and, since Tuesday, {IP2.v6}. Can you whitelist both?""",
    ),
    (
        "ticket",
        "betting",
        """\
Classify this customer ticket and suggest next steps:
Account holder: {P1}
Request: close my account and pay out the balance of {price}
Payout to: {IBAN}
Reason given: "I'd like to take a break, self-exclusion please"
Last bet: Lucky 15 on {horse}, {date}""",
    ),
    (
        "ticket",
        "customs",
        """\
Ticket {ticket} – shipment on hold
Consignee: {P1}, {ADDR}
Contact: {PHONE.intl} / {P1.email}
AWB {awb}, HS {hs}, declared value {price}
Hold reason: missing commercial invoice
Please draft the message to the consignee.""",
    ),
    (
        "ticket",
        "estate",
        """\
Maintenance request #{num}{num2}
Tenant: {W1}
Property: {ADDR}
Issue: boiler shows fault F28, no hot water since {date}
Access: tenant home after {time}, mobile {PHONE}
Priority?""",
    ),
]

CLEAN += [
    (
        "ticket",
        "esports",
        """\
Ticket {ticket}: scrim server lag spikes
Region: EU-West, host scrim-03.internal
Patch: {ver}
Symptom: ping jumps to {ms} every 90 s, only on the Captain Quillon map
Attached: netgraph screenshot, hash {hash}
Suggest likely causes.""",
    ),
    (
        "ticket",
        "subtitling",
        """\
QC ticket {ticket}
Title: ep 104, German subtitles
Issues: CPS above 17 at {tc} and {tc2}; Inspector Vallance's line split mid-phrase; italics missing on off-screen voice
Style guide: {product} template v{num}
Write the QC summary for the vendor.""",
    ),
    (
        "ticket",
        "theatre",
        """\
Ticket {ticket} – lighting desk
Desk: ETC console, serial {fphone}, showfile v{num}
Fault: cue {num2} fades to black instead of the Prospero special
First seen: tech rehearsal, {date}
Workaround: go to cue {num3} manually
What should the board operator check?""",
    ),
    (
        "ticket",
        "auction",
        """\
Bug ticket {ticket}
Page: online catalogue, lot {lot}
Expected: image of the Steinway model B
Actual: image of lot {lot2} (Chippendale-style chair)
Browser: Firefox {ver}
Please write reproduction steps.""",
    ),
]

PERSONAL += [
    (
        "notes",
        "courts",
        """\
Tidy up my case notes:
- client {P1} (claimant), lives {ADDR}
- other side's agent {P2.title}, call {PHONE} after 2
- key date {date}: oral assurance re shipment from the {CITY} warehouse
- Bolam irrelevant; argue Hadley-style remoteness
- bundle due {date2}""",
    ),
    (
        "notes",
        "hair",
        """\
Make these consultation notes into a client record:
{P1.given} – wants to go from box black to copper
allergy test {date}: clear
formula: Wella Koleston 7/43 + 6% on lengths
{P1.gposs} sister {F2.given} also booked, same day
contact {PHONE.natl}""",
    ),
    (
        "notes",
        "polar",
        """\
Field notes, day 12. Turn into a daily report:
team: {P1.given}, {P2.given}, {P3}
CTD cast 14 at {coord}, {temp}
{P2.given} has mild frostnip, treated
emergency contacts: {P1.given} → {P4} ({PHONE.intl}); {P3.given} → {P5} ({PHONE2.intl})
{ship} ETA {date}""",
    ),
    (
        "notes",
        "archaeology",
        """\
Write a thank-you letter from these notes:
landowner: {P1}, farm at {ADDR}
allowed access to field 7 for the dig, {date} to {date2}
found: Beaker sherds, flint scraper, SF {num}
wants a copy of the report and the Munsell photos
neighbour {P2} lent the spoil tractor""",
    ),
    (
        "notes",
        "insurance",
        """\
Site visit notes, loss adjuster. Draft the report section:
insured: {W1.title}, present with son {M1.given}
property: {ADDR}
cause: {storm}, ridge tiles lifted, water through bedroom ceiling
estimate {amount}, contents {amount2}
insured's mobile {PHONE}""",
    ),
    (
        "notes",
        "tailoring",
        """\
measurements for {P1} (bespoke 2-piece):
chest 40, waist 34, seat 41, sleeve 25
left shoulder low ½", stoops slightly
cloth: {product} 13oz, Bemberg lining, raglan not wanted
deliver to {ADDR}
Format this as an order sheet.""",
    ),
]

CLEAN += [
    (
        "notes",
        "zoo",
        """\
Enrichment notes, turn into a weekly plan:
- tapirs: scatter feed, new log pile
- Przewalski's horses: hay nets higher
- Percy the puffin and the colony: ice fish blocks {time}
- Rothschild's giraffe: browse hung at 4 m
- check pool filter 2 seal ({sku})""",
    ),
    (
        "notes",
        "driving",
        """\
Lesson plan notes, make them into a handout:
1. cockpit drill (DSSSM)
2. moving off, hill starts, clutch control
3. roundabouts: MSPSL, lane discipline
4. emergency stop, Highway Code rule {num}
Car: Renault Clio, dual controls, mileage {big}""",
    ),
    (
        "notes",
        "cruise",
        """\
Galley notes for the gala dinner, turn into a menu:
starter: Carpaccio, or Oysters Rockefeller
main: Beef Wellington / Tournedos Rossini
dessert: Peach Melba, Pavlova
drinks: {drink}, Negroni
covers: {lot}, service {time}""",
    ),
    (
        "notes",
        "podcast",
        """\
Episode outline, make it a running order:
cold open: the Turing test bit
segment 1: why sports use the Elo rating
ad break: {product}, code POD{num}
segment 2: Goodhart's law and podcast charts
outro, ep {num2} teaser""",
    ),
]
