"""val42 templates, meetings: minutes and Jira issues.

`PERSONAL` and `CLEAN` hold (shape, domain, text) triples; the slots are described in
`val42_render`. Written for val42.
"""

from __future__ import annotations

PERSONAL = [
    (
        "minutes",
        "theatre",
        """\
Production meeting minutes, {date}. Please list the action items with owners:
Present: {P1} (director), {P2.lastfirst} (stage manager), {P3} (LX), {W1} (wardrobe)
1. Lady Bracknell's costume: {W1.given} to fit understudy by {date2}.
2. Fly bar 7 repaired; {P3.given} to re-plot cue 41.
3. {P2.given} to confirm get-in at the Gielgud for {time}.""",
    ),
    (
        "minutes",
        "estate",
        """\
Summarise these branch minutes:
{CITY} branch meeting
Attendees: {P1}, {P2}, {P3.given}
- {P1.given} reported 14 new instructions, 3 sales agreed
- complaint from tenant {P4} at {ADDR}: damp, deposit dispute
- {P2.given} to chase the landlord, {P5}, on {PHONE}""",
    ),
    (
        "minutes",
        "esports",
        """\
Team meeting notes, write them up properly:
Present: coach {P1}, players {P2.lower}, {P3.lower}, {P4.lower}, manager {P5}
- {P2.glower} contract renewal: agreed, salary paid to account {ACCT}
- {P3.glower} to relocate from {CITY} by {date}
- bootcamp hotel booked, patch {ver} review next week""",
    ),
    (
        "minutes",
        "botanic",
        """\
Trustees' minutes, extract the decisions:
Chair: {P1}. Treasurer: {P2}.
1. Bequest from the estate of {W1} accepted ({amount}) for the Ellerby Glasshouse.
2. Naming: the new bench to read "in memory of {W1.given}".
3. Treasurer reported the reserve account ({ACCT}) stands at {amount2}.""",
    ),
    (
        "minutes",
        "registry",
        """\
Staff meeting, {date}. Turn into a short note for the manager:
- complaint from {P1} ({PHONE}): death certificate misspelled the deceased's name as "{P2.family}" instead of the correct spelling
- correction form CF-2 issued, fee waived
- {P3.title} to review the {CITY} office's spelling checks""",
    ),
    (
        "minutes",
        "antiques",
        """\
AGM minutes, antiques dealers' association. Summarise the treasurer's report:
Treasurer {P1.title} reported subscriptions of {price}; the association's current account {ACCT}, sort code {sortcode}, holds {amount2}.
{P2} proposed a stand at the {CITY} fair; seconded by {P3.given}.""",
    ),
]

CLEAN = [
    (
        "minutes",
        "insurance",
        """\
Claims committee, {date}. Attendees: Chair, Head of Claims, two senior adjusters, Reinsurance.
1. {storm}: {big} claims open, reserve raised by {pct}.
2. Fraud indicators reviewed; Benford's law test flagged {num} suppliers.
3. Next meeting {date2}.
Write the summary for the board.""",
    ),
    (
        "minutes",
        "mountaineering",
        """\
Safety committee minutes. Make a bulleted summary:
Attendees: chief guide, two aspirant guides, hut warden.
- avalanche level 3 policy reaffirmed
- Raynaud's and frostbite briefing added to course day 1
- rope inspection log ({sku}) overdue
- the Solvay hut bivouac closed until {date}""",
    ),
    (
        "minutes",
        "subtitling",
        """\
Retro minutes, subtitling team. Turn into three lessons learned:
- ep 104 missed delivery by {num} hours
- CPS rule broken {num2} times; Countess Vexmoor's monologue too dense
- new QC checklist in {product}
- next release {date}""",
    ),
    (
        "minutes",
        "betting",
        """\
Compliance meeting. Summarise for the licence holder:
- Heinz and Yankee bets: settlement bug fixed in v{num}
- self-exclusion requests: {big} this quarter
- odds display audit passed; 'evens' label now consistent
- next audit {date}""",
    ),
]

PERSONAL += [
    (
        "jira",
        "esports",
        """\
Rewrite this Jira issue so it's clearer:
ESP-{num}{num2}: Contract upload fails for player {P1}
Reporter: {P2}   Assignee: {P3}
Steps: upload signed PDF on roster page for {P1.given}; 413 error
Player's current address on file: {ADDR}
Priority: High""",
    ),
    (
        "jira",
        "hotel",
        """\
OPS-{num}{num2}: PMS merged two guest profiles
Reporter: {P1}
Description: profiles of {P2} ({P2.email}) and {P3} ({P3.email}) were merged on {date}; stays, loyalty points and the card on file ({CARD}) now show on one profile.
Please write acceptance criteria for the fix.""",
    ),
    (
        "jira",
        "customs",
        """\
CUS-{num}{num2} Integration: consignee payload truncated
Sample payload: name="{P1}", street="{ADDR}", phone="{PHONE.e164}"
Symptom: the street field is cut at 35 chars in the broker API.
Assignee: {P2}
Suggest a fix and a test.""",
    ),
    (
        "jira",
        "podcast",
        """\
POD-{num}: Guest release form missing
Guest: {P1}, recorded {date}
Producer: {P2.given}
Guest's contact: {PHONE}, {P1.email}
Action: chase signature before ep {num2} publishes
Draft the chaser e-mail.""",
    ),
    (
        "jira",
        "registry",
        """\
REG-{num}{num2} Data fix request
Record: marriage entry {ref}
Field 'Name of party 2' reads "{P1.upper}"; should read "{P1}" (accents lost on import)
Requested by: {P2.title}, {CITY} office
Write the SQL-free description for the data team.""",
    ),
    (
        "jira",
        "subtitling",
        """\
SUB-{num}{num2}: credit list typo
Dub cast: {P1} voices Countess Vexmoor, {P2} voices Doctor Quillfeather
Credit reads "{P1.family}" twice; the second should be "{P2.family}".
Reporter: {P3}
Fix before delivery {date}.""",
    ),
]

CLEAN += [
    (
        "jira",
        "auction",
        """\
LOT-{num}{num2}: image upload fails for lots over 25 MB
Steps: upload TIFF for the Chippendale chair (lot {lot}); spinner never stops
Env: {product} {ver}
Acceptance: files up to 100 MB upload, thumbnails generated
Rewrite as a user story.""",
    ),
    (
        "jira",
        "zoo",
        """\
ZOO-{num}{num2}: feed schedule app shows wrong times after DST change
Example: penguin feed shows {time} instead of {time2}
Affected: KeeperLog {ver}
Suggest the likely bug.""",
    ),
    (
        "jira",
        "driving",
        """\
DRV-{num}{num2}: booking app double-books the Clio on Saturdays
Repro: book 09:00 then 09:30 lesson, both succeed
Build {ver}, device id {fphone}
Write test cases.""",
    ),
    (
        "jira",
        "polar",
        """\
DATA-{num}{num2}: CTD parser drops casts with negative temperatures
Example file cast_{num3}.cnv, temperature column {temp}
Parser {ver}, checksum {hash}
Explain the probable cause.""",
    ),
]
