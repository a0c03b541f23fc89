"""val42 templates, tables: TSV, markdown tables and YAML.

`PERSONAL` and `CLEAN` hold (shape, domain, text) triples; the slots are described in
`val42_render`. Written for val42.
"""

from __future__ import annotations

PERSONAL = [
    (
        "tsv",
        "esports",
        """\
player\thandle\tpayout_iban
{P1}\t{P1.handle}\t{IBAN}
{P2}\t{P2.handle}\t{IBAN2}
Convert to JSON for the payroll tool.""",
    ),
    (
        "tsv",
        "hotel",
        """\
Arrivals for {date}:
room\tguest\tphone\tnotes
{room}\t{P1.lastfirst}\t{PHONE}\tlate arrival, {dish}
{room2}\t{W1}\t{PHONE2}\tVIP, {drink}
Write the housekeeping brief.""",
    ),
    (
        "tsv",
        "registry",
        """\
entry\tparty_1\tparty_2\tdate\tvenue
{ref}\t{P1}\t{P2}\t{date}\tEllerby Glasshouse
{ref2}\t{P3}\t{P4}\t{date2}\tregister office, {CITY}
Produce the weekly marriages list for the notice board.""",
    ),
    (
        "tsv",
        "customs",
        """\
consignee\taddress\tphone\tstatus
{P1}\t{ADDR}\t{PHONE.intl}\theld
{P2}\t{ADDR2}\t{PHONE2.intl}\tcleared
Draft hold notices for the held consignments.""",
    ),
    (
        "tsv",
        "driving",
        """\
pupil\tssn\tpermit_expiry\tinstructor
{P1.lastfirst}\t{SSN}\t{date}\t{P2}
{P3.lastfirst}\t{SSN2}\t{date2}\t{P2}
Which permits expire first?""",
    ),
    (
        "tsv",
        "insurance",
        """\
claimant\taddress\tcause\treserve
{P1}\t{ADDR}\t{storm}\t{amount}
{P2}\t{ADDR2}\tescape of water\t{amount2}
Total the reserves by cause.""",
    ),
]

CLEAN = [
    (
        "tsv",
        "theatre",
        """\
prop\tscene\tpreset\tnotes
skull\tV.1\tSR table\tYorick, handle with care
letter\tII.2\tDSL\tOphelia's, re-age paper
staff\tIV.1\tprompt side\tProspero's, check tip
Format as a props checklist.""",
    ),
    (
        "tsv",
        "polar",
        """\
station\tposition\tdepth_m\tstatus
CTD-{num}\t{coord}\t{depth}\tdone
CTD-{num2}\t{coord2}\t{depth2}\tpostponed (force 9)
Estimate the remaining ship time at 6 h per station.""",
    ),
    (
        "tsv",
        "subtitling",
        """\
index\tstart\tend\ttext
{num}\t{tc}\t{tc2}\tINSPECTOR VALLANCE: You will never leave this house.
{num2}\t{tc3}\t{tc4}\tCOUNTESS VEXMOOR: Then I shall haunt it.
Check the reading speed at 17 CPS.""",
    ),
    (
        "tsv",
        "tailoring",
        """\
cloth\tweight\tmetres\tprice_per_m
{product} herringbone\t13oz\t{num}\t{price}
Raglan-coat melton\t22oz\t{num2}\t{price2}
Bemberg lining\t-\t{num3}\t{price3}
What's the stock value?""",
    ),
]

PERSONAL += [
    (
        "markdown_table",
        "theatre",
        """\
| Role | Name | Phone | Call |
|---|---|---|---|
| Director | {P1} | {PHONE} | {time} |
| Stage manager | {P2} | {PHONE2} | {time2} |
| Lady Bracknell (understudy) | {W1} | {PHONE3} | {time3} |
Make this a printable contact sheet and mark who is on tonight.""",
    ),
    (
        "markdown_table",
        "estate",
        """\
| Time | Property | Applicant | Contact |
|------|----------|-----------|---------|
| {time} | {ADDR} | {P1} | {P1.email} |
| {time2} | {ADDR2} | {P2.title} | {PHONE} |
Plan a driving route between the viewings.""",
    ),
    (
        "markdown_table",
        "polar",
        """\
| Member | Role | Home base | Emergency contact |
|---|---|---|---|
| {P1} | chief scientist | {CITY} | {P2}, {PHONE.intl} |
| {P3} | CTD technician | {CITY2} | {P4}, {PHONE2.intl} |
Write the emergency-contacts annex for the cruise plan.""",
    ),
    (
        "markdown_table",
        "podcast",
        """\
| Ep | Guest | Recorded | Release form |
|---|---|---|---|
| {num} | {P1} | {date} | signed |
| {num2} | {P2} | {date2} | **missing**, chase {P2.email} |
Draft the chaser.""",
    ),
    (
        "markdown_table",
        "cruise",
        """\
| Cabin | Guest | Nationality | Excursion |
|---|---|---|---|
| {room} | {P1.reg} | {COUNTRY} | glacier viewpoint |
| {room2} | {P2.reg} | {COUNTRY2} | kayak and wildlife |
Which guests need the Portuguese-language briefing?""",
    ),
    (
        "markdown_table",
        "antiques",
        """\
| Consignor | Item | Reserve | Paid to |
|---|---|---|---|
| {P1.title} | Davenport desk | {price} | acct {ACCT} |
| {P2} | Toby-style jug | {price2} | IBAN {IBAN} |
Calculate the commission at 15%.""",
    ),
]

CLEAN += [
    (
        "markdown_table",
        "esports",
        """\
| Character | Pick rate | Win rate | Patch |
|---|---|---|---|
| Countess Vexmoor | {pct} | {pct2} | {ver} |
| Captain Quillon | {pct3} | {pct4} | {ver} |
| Doctor Quillfeather | {pct5} | {pct6} | {ver} |
Which pick is overperforming?""",
    ),
    (
        "markdown_table",
        "betting",
        """\
| Horse | Odds | Form | Trainer's yard |
|---|---|---|---|
| {horse} | {odds} | 1-2-1 | Yard A |
| {horse2} | {odds2} | 3-0-4 | Yard B |
Explain what a £5 each-way bet returns on each if it places.""",
    ),
    (
        "markdown_table",
        "hair",
        """\
| Service | Price | Time |
|---|---|---|
| Caesar cut | {price} | 20 min |
| Balayage + toner (Wella) | {price2} | 3 h |
| Beard trim, Wahl clippers | {price3} | 15 min |
Rewrite as a menu board with friendlier names.""",
    ),
    (
        "markdown_table",
        "driving",
        """\
| Month | Tests | Passes | Pass rate |
|---|---|---|---|
| {date} | {num} | {num2} | {pct} |
| {date2} | {num3} | {num4} | {pct2} |
Compute the pass rate correctly; mine look wrong.""",
    ),
]

PERSONAL += [
    (
        "yaml",
        "esports",
        """\
roster:
  - display_name: "{P1}"
    handle: {P1.handle}
    email: {P1.email}
    country: {COUNTRY}
  - display_name: "{P2}"
    handle: {P2.handle}
Why does the loader say 'mapping values are not allowed here'?""",
    ),
    (
        "yaml",
        "hotel",
        """\
rota:
  concierge_desk:
    morning: {P1}
    evening: {P2}
  escalation_phone: "{PHONE}"
  duty_manager: {W1}
Convert this to a table.""",
    ),
    (
        "yaml",
        "subtitling",
        """\
project: ep104-de
translator:
  name: {P1}
  email: {P1.email}
  based_in: {CITY}
reviewer: {P2}
style: netflix-timed-text
max_cps: 17
Write the kickoff message to the translator.""",
    ),
    (
        "yaml",
        "mountaineering",
        """\
expedition: north ridge, {date}
leader: {P1}
members:
  - {P2}
  - {P3.lastfirst}
sat_phone: "{PHONE.intl}"
base_ip: {IP}
Check the YAML for mistakes.""",
    ),
    (
        "yaml",
        "insurance",
        """\
assignment:
  claim: {claim}
  adjuster: {P1}
  insured:
    name: {P2}
    address: "{ADDR}"
    phone: "{PHONE}"
  cause: {storm}
Write the appointment letter.""",
    ),
    (
        "yaml",
        "zoo",
        """\
volunteers:
  {P1.given}:
    surname: {P1.family}
    phone: "{PHONE.natl}"
    section: penguins
  {P2.given}:
    surname: {P2.family}
    email: {P2.email}
Merge these into one line per volunteer.""",
    ),
]

CLEAN += [
    (
        "yaml",
        "auction",
        """\
name: deploy-catalogue
on: [push]
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: make images LOTS={lot}-{lot2}
      - run: ./upload --bucket saleroom-{ver}
Why does the upload step run before images finish?""",
    ),
    (
        "yaml",
        "podcast",
        """\
feed:
  title: Deep Cuts
  episodes: {num}
  explicit: false
  categories: [Society, Science]
  sponsor_code: POD{num2}
  loudness_lufs: -16
Is this valid for the Podcasting 2.0 namespace?""",
    ),
    (
        "yaml",
        "registry",
        """\
office_hours:
  monday: "09:00-16:30"
  wednesday: "10:00-19:00"
  saturday: closed
fees:
  certificate: {price}
  priority: {price2}
Write a friendly opening-hours notice.""",
    ),
    (
        "yaml",
        "botanic",
        """\
sensors:
  - id: th12-soil
    type: moisture
    threshold: {pct}
  - id: palm-house-air
    type: temperature
    alert_above: 31
firmware: {ver}
Add a sensor for the Wollemi pine bed.""",
    ),
]
