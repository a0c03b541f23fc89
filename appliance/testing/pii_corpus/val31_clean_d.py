"""val31 clean templates, part D (no personal data): the domains the other clean parts touch
least (orchards, sport, funerals, elections, translation, choirs, opticians), across shapes."""

from __future__ import annotations

from appliance.testing.pii_corpus.val31_gen import C

TEMPLATES = [
    C(
        "cd-chat-orchard-1",
        "chat",
        "orchard",
        """
Which is better for a small garden, a {{cultivar}} on M9 or a {{cultivar}} on MM106? I also \
want a climbing rose - is {{rose}} hardy enough for a north wall? Budget {{price}}.
""",
    ),
    C(
        "cd-email-orchard-1",
        "email",
        "orchard",
        """
Subject: Order {{order}} dispatched

Good news - your bare-root trees are on their way. Tracking number: {{tracking}}.

Contents: 1 x {{cultivar}} (M26), 1 x {{cultivar}} (MM106), 3 x {{rose}}.
Plant within 7 days or heel in. Care sheet: brambleyardnursery.co.uk/care

Nursery Dispatch Team
""",
    ),
    C(
        "cd-notes-sport-1",
        "notes",
        "sport",
        """
Groundsman's notes {{date}}
- square: cut to {{n:4-8}} mm, rolled {{n:20-40}} min
- outfield: worm casts near the pavilion, brush {{weekday}}
- sightscreen at the {{pick:north|south|river}} end needs a new wheel (part {{part}})
- rain {{n:2-30}} mm overnight, covers on by {{time}}
""",
    ),
    C(
        "cd-json-sport-1",
        "json",
        "sport",
        """
{"fixture_id": {{n:10000-99999}}, "competition": "County League Div {{n:1-4}}",
 "kickoff": "{{isodate}}T15:00:00Z", "venue": "{{stadium}}", "referee_id": "R-{{n:100-999}}",
 "result": "{{score}}", "attendance": {{n:200-70000}}, "kit_colour": "{{hex}}"}
""",
    ),
    C(
        "cd-letter-funeral-1",
        "letter",
        "funeral",
        """
Dear Family,

Thank you for choosing us. This letter confirms the arrangements under reference {{ref}}:
Service: {{weekday}} at {{time}}, chapel {{n:1-3}}
Music: {{musicwork}} on entry; the family's own choice at the close
Vehicles: hearse and {{n:1-3}} limousine(s)
Estimated total: {{price}} (itemised estimate enclosed)

We hope everything is as you wished. Please call the office if anything needs to change.
""",
    ),
    C(
        "cd-csv-funeral-1",
        "csv",
        "funeral",
        """
item,code,price,vat
Simple coffin,{{sku}},"{{price}}",0
Hearse,{{sku}},"{{price}}",0
Order of service (x100),{{sku}},"{{price}}",20%
Floral tribute,{{sku}},"{{price}}",20%
""",
    ),
    C(
        "cd-minutes-election-1",
        "minutes",
        "election",
        """
Elections board - {{date}}
1. Ballot design approved; font size {{n:12-16}} pt, colour {{hex}}.
2. Polling station count: {{n:40-200}}; {{n:2-9}} moved because of building works.
3. Postal vote opening sessions on {{weekday}}s from {{time}}.
4. Training: presiding officer sessions in {{room}}, booking code {{alnum}}.
""",
    ),
    C(
        "cd-toolcall-election-1",
        "toolcall",
        "election",
        """
{"name": "get_turnout", "arguments": {"district": {{n:1-40}}, "as_of": "{{isodate}}T{{n:10-21}}:00", \
"breakdown": ["postal", "in_person"]}}
""",
    ),
    C(
        "cd-email-translation-1",
        "email",
        "translation",
        """
Subject: Quote {{ref}} - technical manual

Hello,

Thank you for the files. Our quote for translating the {{tractor}} operator manual \
({{n:20000-60000}} words) into {{pick:Portuguese|Polish|Turkish|Indonesian}} is {{price}}, \
delivery in {{n:10-25}} working days. Terminology will follow your glossary {{ver}}.

Will do our best to start on {{weekday}} if you confirm today.

Project Management
""",
    ),
    C(
        "cd-ticket-translation-1",
        "ticket",
        "translation",
        """
Job {{ticket}}
Language pair: {{pick:EN>ES|EN>FR|EN>DE|EN>VI}}
Volume: {{n:800-9000}} words
Files: manual_{{ver}}.docx, glossary.xlsx
Deadline: {{date}} {{time}}
Notes: keep product names ({{brand}}, {{software}}) untranslated
""",
    ),
    C(
        "cd-chat-music-1",
        "chat",
        "music",
        """
Our choir is doing {{musicwork}} and {{musicwork}} this {{month}}. Can you suggest a running \
order so the sopranos get a rest between the two, and a 30-second spoken introduction for each?
""",
    ),
    C(
        "cd-html-music-1",
        "html",
        "music",
        """
<div class="event">
  <h3>{{musicwork}}</h3>
  <p>{{weekday}} {{date}}, {{time}} - {{building}}</p>
  <p>Tickets {{price}} / concessions {{price}} - code {{alnum}}</p>
</div>
""",
    ),
    C(
        "cd-form-optician-1",
        "form",
        "dental",
        """
FRAME REPAIR DOCKET
Docket no.: {{n:10000-99999}}
Frame: {{frames}} {{sku}}   Colour: {{pick:tortoiseshell|black|sky blue|jade green}}
Fault: {{pick:hinge screw missing|nose pad broken|arm snapped}}
Promised: {{date}}   Charge: {{price}}
""",
    ),
    C(
        "cd-sms-wedding-1",
        "sms",
        "wedding",
        """
Reminder: final numbers for your reception are due by {{date}}. Your booking ref is \
{{booking}}. Bill me queries? Reply HELP.
""",
    ),
    C(
        "cd-yaml-orchard-1",
        "yaml",
        "orchard",
        """
# irrigation schedule
zones:
  - name: apple rows 1-4
    valve: V{{n:1-9}}
    minutes: {{n:10-40}}
  - name: rose beds
    valve: V{{n:1-9}}
    minutes: {{n:5-20}}
controller_firmware: {{ver}}
""",
    ),
    C(
        "cd-markdown-sport-1",
        "markdown_table",
        "sport",
        """
| Pos | Team | P | W | D | L | Pts |
|---|---|---|---|---|---|---|
| 1 | {{team}} | {{n:20-30}} | {{n:10-20}} | {{n:1-6}} | {{n:1-6}} | {{n:40-60}} |
| 2 | Harbour Rovers | {{n:20-30}} | {{n:10-20}} | {{n:1-6}} | {{n:1-6}} | {{n:40-60}} |
| 3 | Riverside FC | {{n:20-30}} | {{n:10-20}} | {{n:1-6}} | {{n:1-6}} | {{n:40-60}} |
""",
    ),
]
