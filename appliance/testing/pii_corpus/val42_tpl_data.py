"""val42 templates, data: JSON, tool calls and CSV (TSV, markdown
tables and YAML are in `val42_tpl_tables`).

`PERSONAL` and `CLEAN` hold (shape, domain, text) triples; the slots are described in
`val42_render`. Written for val42.
"""

from __future__ import annotations

PERSONAL = [
    (
        "json",
        "insurance",
        """\
Validate this claim payload against our schema and list problems:
{"claim_ref": "{claim}", "policy": "{policy}",
 "claimant": {"name": "{P1}", "ssn": "{SSN}", "phone": "{PHONE}"},
 "loss": {"date": "{date}", "cause": "{storm}", "address": "{ADDR}"},
 "reserve": "{amount}"}""",
    ),
    (
        "json",
        "hotel",
        """\
{"reservation": {"id": "{order}", "guest": {"family_name": "{P1.family}", "given_name": "{P1.given}", "email": "{P1.email}"},
 "room": "Escoffier Suite", "nights": {num}, "card": "{CARD}", "notes": "{dish} on arrival"}}
Why does our PMS reject this? It says "card: invalid format".""",
    ),
    (
        "json",
        "esports",
        """\
Add a "country" field to each player, then return the JSON:
[{"display_name": "{P1}", "handle": "{P1.handle}", "role": "support", "payout_iban": "{IBAN}"},
 {"display_name": "{P2}", "handle": "{P2.handle}", "role": "carry", "home": "{CITY}"}]""",
    ),
    (
        "json",
        "customs",
        """\
Map this declaration to the broker API fields:
{"consignor": {"name": "{P1}", "address": "{ADDR}", "tel": "{PHONE.intl}"},
 "consignee": {"name": "{P2}", "address": "{ADDR2}", "tel": "{PHONE2.intl}"},
 "hs_code": "{hs}", "incoterm": "DAP", "container": "{container}", "value": "{price}"}""",
    ),
    (
        "json",
        "registry",
        """\
Summarise this death-registration record for the bereavement letter:
{"entry": "{ref}", "deceased": {"surname": "{P1.family}", "forenames": "{P1.given}", "died": "{date}", "place": "{CITY}"},
 "informant": {"name": "{F2}", "relationship": "daughter", "address": "{ADDR}"}, "certificate_copies": 3}""",
    ),
    (
        "json",
        "auction",
        """\
{"bidder": {"paddle": {lot}, "name": "{W1}", "email": "{W1.email}", "phone": "{PHONE}"},
 "registered_card": "{CARD}", "lots_won": [{lot2}, {lot3}], "premium": "25%"}
Write the invoice e-mail for this bidder.""",
    ),
]

CLEAN = [
    (
        "json",
        "zoo",
        """\
Convert to CSV:
[{"animal": "Percy", "species": "Atlantic puffin", "studbook": "SB {num}", "enclosure": "Seabird cliff"},
 {"animal": "Gus", "species": "leopard gecko", "studbook": null, "enclosure": "Reptile house"},
 {"animal": "unnamed foal", "species": "Przewalski's horse", "studbook": "SB {depth}", "enclosure": "Paddock 4"}]""",
    ),
    (
        "json",
        "polar",
        """\
Explain what each field means:
{"cast": {num}, "vessel": "{ship}", "position": "{coord}", "max_depth_m": {depth},
 "bottles": {"type": "Niskin", "fired": 12}, "secchi_depth_m": 14.5, "sha": "{hash}"}""",
    ),
    (
        "json",
        "theatre",
        """\
Sort these cues by number and flag duplicates:
{"show": "Hamlet", "cues": [{"lx": 41, "label": "Ophelia exits"}, {"lx": 12, "label": "ghost special"},
 {"sq": 7, "label": "{storm} thunder"}, {"lx": 41, "label": "Prospero special (wrong show?)"}]}""",
    ),
    (
        "json",
        "betting",
        """\
Parse this odds feed and list the favourite:
{"race": "{time} handicap", "runners": [{"horse": "{horse}", "odds": "{odds}"}, {"horse": "{horse2}", "odds": "{odds2}"},
 {"horse": "{horse3}", "odds": "{odds3}"}], "each_way": "1/4 odds, 4 places"}""",
    ),
]

PERSONAL += [
    (
        "toolcall",
        "estate",
        """\
The assistant produced this tool call. Is it well-formed?
{"type": "tool_use", "name": "book_viewing", "input": {"applicant": "{P1}", "phone": "{PHONE}", "property": "{ADDR}", "slot": "{date} {time}"}}""",
    ),
    (
        "toolcall",
        "cruise",
        """\
tool_calls: [{"function": {"name": "create_excursion_booking", "arguments": "{\\"guest\\": \\"{P1.reg}\\", \\"cabin\\": \\"{room}\\", \\"tour\\": \\"{ref}\\", \\"email\\": \\"{P1.email}\\"}"}}]
The arguments string won't parse. Fix it.""",
    ),
    (
        "toolcall",
        "driving",
        """\
Call schedule_lesson for this pupil:
schedule_lesson(pupil_name="{P1}", pickup="{ADDR}", guardian_phone="{PHONE.natl}", car="Renault Clio", start="{date} {time}")
Did I pass the arguments correctly?""",
    ),
    (
        "toolcall",
        "registry",
        """\
{"name": "lookup_birth_record", "arguments": {"surname": "{P1.family}", "forename": "{P1.given}", "date_of_birth": "{date}", "district": "{CITY}"}}
The tool returned "no match". Suggest alternative queries (spelling variants, nearby districts).""",
    ),
    (
        "toolcall",
        "podcast",
        """\
Here is the tool call my agent made, and the error. What went wrong?
send_guest_release({"to": "{P1.email}", "guest_name": "{P1}", "episode": {num}, "cc": "{EMAIL.role}"})
Error: 422 cc must be a list""",
    ),
    (
        "toolcall",
        "betting",
        """\
{"tool": "initiate_payout", "params": {"customer": "{P1}", "account_number": "{ACCT}", "sort_code": "{sortcode}", "amount": "{price}"}}
Check this against the rule that payouts over £2,000 need a second approver.""",
    ),
]

CLEAN += [
    (
        "toolcall",
        "botanic",
        """\
{"name": "search_accessions", "arguments": {"taxon": "Wollemia nobilis", "bed": "Temperate House 12", "accession_like": "{acc}"}}
Rewrite this call to also return the cultivar 'Gertrude Jekyll'.""",
    ),
    (
        "toolcall",
        "subtitling",
        """\
shift_subtitles(file="ep104_de.srt", offset_ms=-400, from_tc="{tc}", to_tc="{tc2}")
The tool says offsets must be positive. How do I shift back?""",
    ),
    (
        "toolcall",
        "archaeology",
        """\
{"tool": "add_context", "args": {"site": "{ref}", "context": {num}, "munsell": "{munsell}", "above": [{num2}], "below": [{num3}]}}
Does this keep the Harris matrix consistent if {num2} is already below {num3}?""",
    ),
    (
        "toolcall",
        "antiques",
        """\
convert_currency(amount=4200, from="GBP", to="EUR", date="{date}")
Use the result to price the Fabergé-style box and the Davenport desk for the fair.""",
    ),
]

PERSONAL += [
    (
        "csv",
        "zoo",
        """\
Which keepers are on the early shift? Data:
surname,forename,section,shift,mobile
{P1.family},{P1.given},big cats,early,{PHONE}
{P2.family},{P2.given},aquarium,late,{PHONE2}
{P3.family},{P3.given},penguins,early,{PHONE3}""",
    ),
    (
        "csv",
        "betting",
        """\
Check the payout file before it goes to the bank:
winner,town,prize,account_number
"{P1}",{CITY},"{amount}",{ACCT}
"{P2.lastfirst}",{CITY2},"{amount2}",{ACCT2}""",
    ),
    (
        "csv",
        "mountaineering",
        """\
client,age,emergency_contact,contact_phone,route
{P1},34,{P2},{PHONE.intl},{grade} ridge
{P3},51,{P4},{PHONE2.intl},glacier walk
Flag anyone missing an emergency contact.""",
    ),
    (
        "csv",
        "courts",
        """\
witness,role,address,available
{P1},ship's master,"{ADDR}","{date}"
{P2},surveyor,"{ADDR2}","{date2}"
Turn this into a witness timetable for the arbitration hearing.""",
    ),
    (
        "csv",
        "hair",
        """\
Dedupe this client export (same person, two rows):
name,email,phone,last_visit
{P1},{P1.email},{PHONE},"{date}"
{P1.lower},{P1.email},{PHONE},"{date2}"
{W1},{W1.email},{PHONE2},"{date3}\"""",
    ),
    (
        "csv",
        "archaeology",
        """\
volunteer,home_town,first_aid,days
{P1},{CITY},yes,Mon-Fri
{P2},{CITY2},no,weekends
"{P3.lastfirst}",{CITY3},yes,Tue
How many volunteers have first aid, and who covers weekends?""",
    ),
]

CLEAN += [
    (
        "csv",
        "auction",
        """\
lot,description,estimate_low,estimate_high
{lot},"Steinway model B grand, ebonised",30000,45000
{lot2},"pair of Christofle candelabra",400,600
{lot3},"Chippendale-style mahogany chair",250,350
Write catalogue blurbs for each lot.""",
    ),
    (
        "csv",
        "botanic",
        """\
accession,taxon,bed,status
{acc},Wollemia nobilis,TH12,alive
{acc2},Welwitschia mirabilis,ARID3,alive
{acc3},Rosa 'Gertrude Jekyll',R7,dead
Which records should be deaccessioned?""",
    ),
    (
        "csv",
        "cruise",
        """\
excursion,code,duration_h,price,capacity
glacier viewpoint,{ref},4,"{price}",40
kayak and wildlife,{ref2},3,"{price2}",12
old town walk,{ref3},2,"{price3}",60
Which excursions sell out first if demand is even?""",
    ),
    (
        "csv",
        "podcast",
        """\
episode,title,downloads,avg_listen_pct
{num},"Goodhart's law and charts","{big}",{pct}
{num2},"The Turing test, revisited","{big2}",{pct2}
{num3},"Why Elo ratings work","{big3}",{pct3}
Plot-ready summary please.""",
    ),
]
