"""val31 clean templates, part A (no personal data, many decoys): chat, e-mail, SMS, letters,
forms, tickets, notes, minutes and transcripts."""

from __future__ import annotations

from appliance.testing.pii_corpus.val31_gen import C

TEMPLATES = [
    # ---------------------------------------------------------------- chat
    C(
        "ca-chat-ship-1",
        "chat",
        "shipping",
        """
What's the difference between a house bill and a master bill of lading? We have {{bl}} on the \
{{vessel}} (voyage {{voyage}}) and the NVOCC issued its own paper. Will the consignee need both \
at {{locode}}?
""",
    ),
    C(
        "ca-chat-rail-1",
        "chat",
        "rail",
        """
Can you explain why {{loco}} was converted to oil firing in the 1940s and back again, and why \
the {{gauge}} line could never take her? Our museum panel has room for about 120 words. We hope to print it by \
{{weekday}}.
""",
    ),
    C(
        "ca-chat-wine-1",
        "chat",
        "wine",
        """
I'm a trainee sommelier. Give me five food pairings for a {{vintage}} {{grape}} and explain \
why {{wine}} is so much more expensive than a village-level {{grape}}. Keep it under 200 words.
""",
    ),
    C(
        "ca-chat-chess-1",
        "chat",
        "chess",
        """
Explain the main ideas behind the {{opening}} for a 1400-rated player, then compare it with the \
{{opening}}. Which is easier to learn if I only have 20 minutes a day until {{month}}?
""",
    ),
    C(
        "ca-chat-orchard-1",
        "chat",
        "orchard",
        """
My {{cultivar}} tree has brown spots on the leaves and the {{rose}} next to it has black spot. \
Is it the same fungus? I sprayed once in {{month}}. Product code on the bottle is {{sku}}.
""",
    ),
    C(
        "ca-chat-weather-1",
        "chat",
        "weather",
        """
Why do storms get names like {{storm}} and {{storm}}, and who decides the list? Also how does \
{{eponym}} relate to the wind speeds in a warning?
""",
    ),
    C(
        "ca-chat-brewery-1",
        "chat",
        "brewery",
        """
Give me a batch recipe for 40 {{cocktail}} serves for a wedding, plus a zero-proof version. The \
bar manager says we can bill the client for garnish separately. Budget is {{price}}.
""",
    ),
    C(
        "ca-chat-mining-1",
        "chat",
        "mining",
        """
How do I tell {{mineral}} from {{mineral}} in hand specimen? I have a loupe, a streak plate and \
a steel nail. Field sample {{ref}}, collected {{date}}.
""",
    ),
    C(
        "ca-chat-museum-1",
        "chat",
        "museum",
        """
Write a 60-word label for a school trip about {{artwork}}. The kids are 9-10. Mention why \
people queue to see it and one fun fact. Room {{n:1-40}}, case {{n:1-20}}.
""",
    ),
    C(
        "ca-chat-hr-1",
        "chat",
        "hr",
        """
What's a fair notice period for a {{job}} in a small charity? The contract says one month but \
we'd like to offer a grace period for handover. Will that cause problems with holiday pay?
""",
    ),
    C(
        "ca-chat-farm-1",
        "chat",
        "farm",
        """
Our {{tractor}} throws error code {{n:100-999}}-{{n:10-99}} when the PTO engages. It's done \
{{n:1200-9000}} hours. Is that the clutch solenoid? Part number on the old one: {{part}}.
""",
    ),
    C(
        "ca-chat-sport-1",
        "chat",
        "sport",
        """
Which grounds have stands named after players, like {{stand}}? I'm writing a quiz for the \
supporters' club and need ten questions with answers, nothing older than {{pubyear}}.
""",
    ),
    # --------------------------------------------------------------- email
    C(
        "ca-email-ship-1",
        "email",
        "shipping",
        """
Subject: Rate request - {{n:2-8}} x 40HC {{locode}} to {{locode}}

Hello,

Please quote all-in ocean freight for {{n:2-8}} x 40HC, commodity {{pick:furniture|machinery \
parts|ceramic tiles}}, ready {{date}}. Incoterm FOB. We would prefer sailings on the \
{{vessel}} rotation if space allows.

Please include THC, BAF and documentation fees. Our reference: {{ref}}.

Thank you,
Procurement Team
""",
    ),
    C(
        "ca-email-museum-1",
        "email",
        "museum",
        """
Subject: Condition report - {{lot}}

Dear colleagues,

The frame of {{lot}} ("After {{artwork}}") has a 4 cm loss at the lower left corner and old \
retouching in the sky. UV shows two campaigns of varnish. Photos are in the shared folder \
under {{ref}}. The buyer's premium remains {{pct}} on the hammer price.

Best,
Collections Care
""",
    ),
    C(
        "ca-email-orchestra-1",
        "email",
        "music",
        """
Subject: Rehearsal schedule change

Dear all,

Because of {{storm}}, {{weekday}}'s rehearsal of {{musicwork}} moves to {{time}} in \
{{building}}. Parts for {{musicwork}} are on the stands; please return the folders marked \
{{ref}} to the library desk.

Thanks for your patience,
Orchestra Management
""",
    ),
    C(
        "ca-email-wedding-1",
        "email",
        "wedding",
        """
Subject: Your quote {{order}}

Hello!

Thank you for your enquiry. Our summer package includes the marquee, lighting in sky blue or \
{{hex}}, and a bar serving {{cocktail}} and {{cocktail}}. The total is {{price}}; a deposit of \
{{pct}} secures the date. We hope to hear from you soon.

The Events Team
""",
    ),
    C(
        "ca-email-dental-1",
        "email",
        "dental",
        """
Subject: Practice update - {{month}}

Dear patients,

From {{date}} our surgery opens at {{time}} on {{weekday}}s. Hygiene appointments now cost \
{{price}}, and our new {{maker}} scanner means fewer impressions. If you have a payment plan, \
there is a 14-day grace period before any late fee.

Reception
""",
    ),
    C(
        "ca-email-election-1",
        "email",
        "election",
        """
Subject: Ballot paper order {{order}}

Hi,

Please print {{n:20000-90000}} ballot papers for district {{n:1-40}}, serial range \
{{n:100000-499999}} to {{n:500000-999999}}, on 80 gsm paper, colour {{hex}}. Proofs to be \
signed off by the Returning Officer by {{date}}. Delivery to the count centre store, bay \
{{n:1-12}}.

Electoral Services
""",
    ),
    C(
        "ca-email-oss-1",
        "email",
        "oss",
        """
Subject: [announce] {{software}} {{ver}} released

Hi all,

{{software}} {{ver}} is out. Highlights: faster startup, a new exporter on port {{port}}, and \
a fix for the regression in {{ver}} (issue #{{n:1000-9999}}). Checksums are in the release \
notes; the tarball SHA-256 starts with {{hash}}.

Thanks to everyone who tested the release candidates.
The Release Team
""",
    ),
    C(
        "ca-email-funeral-1",
        "email",
        "funeral",
        """
Subject: Price list and options

Thank you for your enquiry. Our simple cremation is {{price}}; an attended service adds \
{{price}}. Limousines are charged per hour. We can arrange {{musicwork}} to be played live by \
a string quartet. Please quote reference {{ref}} when you call.

With kind regards,
The Funeral Home
""",
    ),
    # ----------------------------------------------------------------- sms
    C(
        "ca-sms-ship-1",
        "sms",
        "shipping",
        """
Your parcel {{tracking}} is out for delivery today between {{time}} and {{time}}. Reply STOP \
to opt out.
""",
    ),
    C(
        "ca-sms-dental-1",
        "sms",
        "dental",
        """
Reminder: your appointment is on {{date}} at {{time}}. Please arrive 10 min early. Ref \
{{booking}}.
""",
    ),
    C(
        "ca-sms-rail-1",
        "sms",
        "rail",
        """
Service update: the {{time}} steam special hauled by {{loco}} is delayed approx {{n:10-45}} \
min due to a hot axle box. Seat {{seat}}, coach {{pick:A|B|C|D}} unchanged.
""",
    ),
    C(
        "ca-sms-weather-1",
        "sms",
        "weather",
        """
AMBER WARNING: {{storm}}. Gusts {{n:60-110}} mph on coasts from {{time}} {{weekday}}. Avoid \
travel where possible. More at metdesk dot org.
""",
    ),
    C(
        "ca-sms-bank-1",
        "sms",
        "ngo",
        """
Your donation of {{price}} (ref {{ref}}) has been received. Thank you - will do our best to \
make it count!
""",
    ),
    # -------------------------------------------------------------- letter
    C(
        "ca-letter-election-1",
        "letter",
        "election",
        """
ELECTORAL REGISTRATION OFFICE
{{date}}

Dear Resident,

Your household enquiry form (reference {{ref}}) has not yet been returned. Please complete it \
online using security code {{alnum}} or return the paper form in the prepaid envelope by \
{{date}}.

If nobody at the address is eligible to vote, you still need to respond.

Electoral Registration Officer
""",
    ),
    C(
        "ca-letter-school-1",
        "letter",
        "school",
        """
Dear Parents and Carers,

The autumn term ends on {{date}}. Reports will be available in the parent portal from \
{{date}}. The {{pick:Year 8|Year 10|Year 12}} trip to {{building}} costs {{price}}; please \
pay via the portal under item {{sku}}. Payments received after the grace period cannot be \
refunded.

Yours faithfully,
The Head Teacher
""",
    ),
    C(
        "ca-letter-funeral-1",
        "letter",
        "funeral",
        """
IN LOVING MEMORY

The family wishes to thank everyone for their kind messages and flowers. The service will be \
held on {{date}} at {{time}}. Donations in lieu of flowers to {{eponym}} research may be left \
at the door. Hymn numbers: {{n:100-700}}, {{n:100-700}}.
""",
    ),
    # ---------------------------------------------------------------- form
    C(
        "ca-form-ship-1",
        "form",
        "shipping",
        """
VERIFIED GROSS MASS DECLARATION
Booking no.: {{booking}}
Container no.: {{container}}
Seal no.: {{n:100000-999999}}
VGM (kg): {{n:8000-30000}}
Method: {{pick:1 (weighing)|2 (calculation)}}
Weighbridge ticket: {{ref}}
Signature: authorised signatory, {{dept}}
""",
    ),
    C(
        "ca-form-rescue-1",
        "form",
        "rescue",
        """
EQUIPMENT CHECK - STRETCHER {{n:1-6}}
Date: {{date}}   Checked by: duty officer
Wheel: {{pick:OK|replace}}   Straps: {{pick:OK|frayed}}
Vacuum mattress serial: {{part}}
Next service due: {{month}}
Location: store {{pcode}}
""",
    ),
    C(
        "ca-form-dental-1",
        "form",
        "dental",
        """
LAB PRESCRIPTION
Case no.: {{case}}
Tooth: {{n:11-48}}   Shade: {{pick:A2|A3|B1|B2}}
Material: {{pick:zirconia|e.max|PFM}}
Return by: {{date}}
Box: {{n:1-90}}   Courier: {{tracking}}
""",
    ),
    C(
        "ca-form-farm-1",
        "form",
        "farm",
        """
MOVEMENT LICENCE
Holding no.: {{n:10-99}}/{{n:100-999}}/{{n:1000-9999}}
Species: {{pick:cattle|sheep|pigs}}   Number: {{n:2-60}}
Date of movement: {{date}}
Haulier vehicle reg: {{pick:YX|LK|SN|WA}}{{n:10-75}} {{alnum3}}
Purpose: {{pick:sale|slaughter|grazing}}
""",
    ),
    # -------------------------------------------------------------- ticket
    C(
        "ca-ticket-oss-1",
        "ticket",
        "oss",
        """
Ticket {{ticket}}
Title: {{software}} upgrade to {{ver}} fails on ARM runners
Component: CI   Severity: major
Steps: run the pipeline on runner pool {{n:2-9}}; container image digest sha256:{{sha}}.
Expected: green build. Actual: segfault in {{software}} after {{n:20-90}} s.
Linked: {{ticket}}, {{ticket}}
""",
    ),
    C(
        "ca-ticket-museum-1",
        "ticket",
        "museum",
        """
[{{ticket}}] Gallery {{n:1-40}} humidity alarm
Sensor {{uuid}} reported {{n:62-80}}% RH at {{time}}. Objects at risk: panel paintings incl. \
copy after {{artwork}}. Facilities to check the {{maker}} dehumidifier in plant room \
{{room}}.
""",
    ),
    C(
        "ca-ticket-rail-1",
        "ticket",
        "rail",
        """
DEFECT {{ticket}}
Asset: carriage {{n:1000-9999}} (Mk1 TSO)
Reported: {{date}} {{time}}
Description: door {{n:1-8}} droplight seized; interlock light stays on.
Parts: {{part}} x2 ordered ({{order}}).
Status: open - awaiting parts
""",
    ),
    # --------------------------------------------------------------- notes
    C(
        "ca-notes-wine-1",
        "notes",
        "wine",
        """
Tasting notes - trade fair, stand {{n:1-300}}
- {{wine}} {{vintage}}: tight, needs time; {{price}} trade
- {{grape}} (amphora): orange hue, apricot, tannic
- {{grape}} {{vintage}}: great value, order 3 cases, SKU {{sku}}
- skip the {{grape}} - too oaky
""",
    ),
    C(
        "ca-notes-beekeeping-1",
        "notes",
        "farm",
        """
Hive log {{date}}
Hive A: 8 frames brood, queen marked {{pick:blue|white|yellow}}, calm
Hive B: supersedure cells x2, leave
Feed: 2:1 syrup, {{n:2-6}} L each
Varroa drop {{n:1-20}}/day - treat after harvest in {{month}}
Honey: {{n:10-40}} kg, batch {{n:100-999}}
""",
    ),
    C(
        "ca-notes-news-1",
        "notes",
        "news",
        """
Ideas list - {{month}}
1. Why storm names like {{storm}} get retired
2. Inside the {{award}} judging room
3. How {{brand}} became a verb
4. Port congestion: what the {{vessel}} grounding changed
5. Explainer: {{eponym}}
""",
    ),
    # ------------------------------------------------------------- minutes
    C(
        "ca-minutes-chess-1",
        "minutes",
        "chess",
        """
Minutes - AGM
Date: {{date}}   Quorum: yes ({{n:12-40}} members)
1. Accounts approved; subscription rises to {{price}}.
2. Tournament: rapidplay moves to {{month}}; the arbiter fee is {{price}}.
3. Openings course: 6 weeks on the {{opening}} and the {{opening}}.
4. Equipment: 20 DGT clocks, order {{order}}.
Meeting closed at {{time}}.
""",
    ),
    C(
        "ca-minutes-ngo-1",
        "minutes",
        "ngo",
        """
Programme meeting - {{date}}
1. Cash assistance: {{n:200-900}} households reached in {{month}}; average transfer {{price}}.
2. Shelter kits: {{n:100-500}} delivered, {{n:10-90}} pending customs (ref {{ref}}).
3. Safeguarding: refresher training for all caseworkers by {{date}}.
4. Risks: {{storm}} forecast; warehouse {{pcode}} to be sandbagged.
""",
    ),
    C(
        "ca-minutes-brewery-1",
        "minutes",
        "brewery",
        """
Production meeting {{date}}
- FV{{n:1-9}}: stuck at {{n:1010-1020}} SG, rouse yeast
- New canning line ({{maker}}) commissioning {{weekday}}, part {{part}} on back order
- {{beer}}-style stout trial: batch {{n:100-400}}, {{abv}} ABV
- Taproom: Tom Collins and {{cocktail}} on the summer menu
""",
    ),
    # ---------------------------------------------------------- transcript
    C(
        "ca-transcript-weather-1",
        "transcript",
        "weather",
        """
PRESENTER: Good evening. {{storm}} is moving in from the west tonight.
FORECASTER: That's right - gusts of {{n:60-90}} miles an hour on exposed coasts, and the \
pressure has dropped {{n:20-40}} millibars in 24 hours, what we call a weather bomb.
PRESENTER: Will it be as bad as {{storm}}?
FORECASTER: Not quite, but on the Beaufort scale we're looking at force {{n:9-11}} at sea.
""",
    ),
    C(
        "ca-transcript-podcast-1",
        "transcript",
        "news",
        """
HOST 1: This week: the {{award}} shortlist, and why everybody is suddenly talking about \
{{eponym}}.
HOST 2: Also our listener question - does a ship named after a person, like {{vessel}}, \
count as "she"?
HOST 1: Spoiler: yes, by tradition. Episode {{n:100-300}}, recorded {{date}}.
""",
    ),
    C(
        "ca-transcript-chess-1",
        "transcript",
        "chess",
        """
COMMENTATOR A: White goes for the {{opening}} again - third time this event.
COMMENTATOR B: And Black answers with the {{opening}} setup. Clock times {{n:10-59}}:{{n:10-59}} \
against {{n:10-59}}:{{n:10-59}}.
COMMENTATOR A: A draw here puts both on {{n:4-6}}.5 points going into round {{n:7-9}}.
""",
    ),
]
