"""val29 clean templates (no personal data, many decoys): theatres, climbing, rowing,
cricket and sailing clubs, weddings and florists, locksmiths and roofers, school
admissions."""

from __future__ import annotations

from .val29_gen import T

TEMPLATES = [
    # ------------------------------------------------------------------ theatre
    T(
        "the-c01",
        "markdown_table",
        "theatre",
        """Draft a short synopsis from this character \
list:

| Character | Voice | Notes |
|---|---|---|
| Tosca | soprano | celebrated singer |
| Cavaradossi | tenor | painter |
| Scarpia | baritone | chief of police |
| Spoletta | tenor | police agent |""",
    ),
    T(
        "the-c02",
        "ics",
        "theatre",
        """BEGIN:VCALENDAR
BEGIN:VEVENT
SUMMARY:Hamlet - preview
DTSTART:20250910T191500
LOCATION:Main House
DESCRIPTION:Running time 3h 10m incl. interval. Relaxed performance. Band B {{price:£}}.
END:VEVENT
BEGIN:VEVENT
SUMMARY:The Marriage of Figaro - opening night
DTSTART:20250912T183000
LOCATION:Main House
END:VEVENT
END:VCALENDAR""",
    ),
    T(
        "the-c03",
        "html",
        "theatre",
        """<article class="show">
  <h1>Carmen</h1>
  <p>Sung in French with English surtitles. Running time approx. 3 hours including one \
interval.</p>
  <p>Tickets from {{price:£}}. Audio-described performance on {{date:long}}.</p>
  <p>Contains smoking (herbal cigarettes) and a staged knife fight.</p>
</article>

Write the accessibility section of the programme from this.""",
    ),
    T(
        "the-c04",
        "jira",
        "theatre",
        """BOX-{{n:100-999}}: Seat map shows row C as available \
after sale
Reporter: boxoffice-kiosk
Steps: book C12-C14 for Tosca on {{date:iso}}, refresh, seats still green.
Version {{ver}}. Workaround: manual hold with code {{ref}}.""",
    ),
    T(
        "the-c05",
        "sms",
        "theatre",
        """Rivergate Theatre: Hamlet tonight, doors 18:45. E-ticket \
ref {{ref}}. Interval pre-orders (Negroni, Aperol spritz) at the Circle bar. We hope you \
enjoy the show!""",
    ),
    T(
        "the-c06",
        "paste",
        "theatre",
        """Traduis en anglais :

"Dans cette nouvelle production de Tosca, la mise en scène transpose l'action dans les \
années 1940. Durée : 2 h 50 avec entracte. Le spectacle contient des scènes de violence et \
l'usage d'armes à feu. Surtitres en anglais.\"""",
    ),
    T(
        "the-c07",
        "transcript",
        "theatre",
        """[Technical rehearsal, cue-to-cue, recording \
{{ref}}]
Stage manager: Standing by LX 42 and sound cue 17.
Lighting desk: Standing by.
Stage manager: LX 42, go. Sound 17, go.
Sound desk: Sound 17 complete. The thunder needs to come down 3 dB.
Stage manager: Will do. Hold, please, we're resetting the Act 2 trapdoor.""",
    ),
    # ------------------------------------------------------------------ climbing
    T(
        "cli-c01",
        "chat",
        "climbing",
        """Convert these climbing grades to French sport grades: \
E2 5c, HVS 5a, VS 4c, and Font 6B to the V-scale. Also, is a 9.5 mm single rope fine for \
top-roping?""",
    ),
    T(
        "cli-c02",
        "notes",
        "climbing",
        """Crag notes, north buttress
1. Bramble Crack, VS 4c, 22 m - polished start
2. The Overhang, E1 5b, 18 m - poor gear
3. Dawn Wall variation, HVS 5a, 25 m - loose flake at 12 m
Belay stakes replaced {{date:short}}. Bird nesting restriction {{mon}} to {{mon}}.""",
    ),
    T(
        "cli-c03",
        "csv",
        "climbing",
        """date,beds_booked,beds_total,half_board,notes
{{date:iso}},{{n:10-40}},40,{{n:5-30}},guardian's day off
{{date:iso}},{{n:10-40}},40,{{n:5-30}},
{{date:iso}},{{n:10-40}},40,{{n:5-30}},helicopter resupply

Average occupancy for these nights?""",
    ),
    T(
        "cli-c04",
        "voice",
        "climbing",
        """gear list for saturday two sixty metre ropes eight \
quickdraws a set of nuts cams one to three helmets for everyone and the first aid kit mark \
anything missing and bill me for the new slings""",
    ),
    T(
        "cli-c05",
        "yaml",
        "climbing",
        """hut:
  name: Cabane des Aiguilles
  altitude_m: {{n:2200-3200}}
  beds: 40
  season: ["{{mon}}", "{{mon}}"]
  booking:
    deposit_eur: 20
    cancellation_hours: 48
    grace_period_minutes: 30

Write the booking terms in plain English from this config.""",
    ),
    T(
        "cli-c06",
        "sms",
        "climbing",
        """Club alert: avalanche risk 3 (considerable) above \
2400 m this weekend. Saturday meet moved to the lower crag, {{time}} at the usual car park. \
Ref {{ref}}""",
    ),
    # ------------------------------------------------------------------ clubs
    T(
        "clu-c01",
        "csv",
        "clubs",
        """Regatta results - Senior Eights
position,boat,club_code,time,margin
1,Grace Darling II,RRC,5:{{n:10-59}}.{{n:1-9}},-
2,Endeavour,HBC,5:{{n:10-59}}.{{n:1-9}},half a length
3,Spirit of Ecstasy,MBR,5:{{n:10-59}}.{{n:1-9}},2 lengths

Write a two-line report for the club website.""",
    ),
    T(
        "clu-c02",
        "markdown_table",
        "clubs",
        """Which day is best for the dinghy race?

| Day | High water | Height | Low water |
|---|---|---|---|
| {{wd}} | {{time}} | {{n:4-6}}.{{n:0-9}} m | {{time}} |
| {{wd}} | {{time}} | {{n:4-6}}.{{n:0-9}} m | {{time}} |
| {{wd}} | {{time}} | {{n:4-6}}.{{n:0-9}} m | {{time}} |""",
    ),
    T(
        "clu-c03",
        "minutes",
        "clubs",
        """Cricket Club AGM - {{date:long}}
Present: Chair, Treasurer, Fixtures Secretary, 24 members
1. Accounts approved; surplus {{price:£}}.
2. Subs unchanged for {{year}}; grace period for payment until the end of {{mon}}.
3. New covers for the square ordered (quote {{inv}}).
4. Duckworth-Lewis tables to be printed for the scorers' hut.""",
    ),
    T(
        "clu-c04",
        "sms",
        "clubs",
        """Rowing club: outing cancelled tonight, river on red flag \
(stream {{n:2-4}}.{{n:0-9}} kn). Ergs available in the gym 18:00-20:00. Will update \
tomorrow.""",
    ),
    T(
        "clu-c05",
        "ics",
        "clubs",
        """BEGIN:VEVENT
SUMMARY:First XI v Harbourside CC (away)
DTSTART;VALUE=DATE:20250621
DESCRIPTION:Start 13:00, teas provided. Minibus leaves 11:15. Kit fee {{price:£}}.
END:VEVENT""",
    ),
    T(
        "clu-c06",
        "json",
        "clubs",
        """{"regatta": "Head of the River", "entries": [{"boat": \
"Grace Darling II", "class": "J18 4x", "crn": "{{n:1000-9999}}"}, {"boat": "Endeavour", \
"class": "MasC 8+", "crn": "{{n:1000-9999}}"}], "fee_gbp": {{n:40-120}}, "deadline": \
"{{date:iso}}"}

How much do we owe in entry fees?""",
    ),
    # ------------------------------------------------------------------ weddings
    T(
        "wed-c01",
        "chat",
        "wedding",
        """What do peonies, Dahlias and garden roses symbolise at \
a wedding? We want a short card for each table. Also, is Gypsophila still fashionable?""",
    ),
    T(
        "wed-c02",
        "csv",
        "wedding",
        """stem,variety,colour,qty,unit_price
Garden rose,'Juliet',apricot,{{n:20-120}},"£{{n:2-6}}.{{|20|50|80}}"
Dahlia,'Café au Lait',blush,{{n:20-120}},"£{{n:1-4}}.{{|10|40|90}}"
Peony,'Coral Charm',coral,{{n:20-120}},"£{{n:3-7}}.{{|00|50}}"
Eucalyptus,cinerea,silver,{{n:5-30}},"£{{n:1-3}}.{{|00|25|60}}"

Total this order and add 20% VAT.""",
    ),
    T(
        "wed-c03",
        "notes",
        "wedding",
        """Day-of timeline (template v{{ver}})
08:00 florist set-up
11:30 ceremony
13:00 drinks reception
15:00 speeches
17:30 first dance
23:30 carriages
Notes: keep a 15 min buffer before speeches; confirm the cake stand (Victoria sponge, 3 \
tiers).""",
    ),
    T(
        "wed-c04",
        "markdown_table",
        "wedding",
        """Cost this menu for 120 guests at our usual \
margins:

| Course | Dish | Dietary |
|---|---|---|
| Starter | Caesar salad | V option |
| Main | Beef Wellington | GF on request |
| Dessert | Pavlova with passionfruit | GF |
| Late | Eggs Benedict sliders | - |""",
    ),
    T(
        "wed-c05",
        "yaml",
        "wedding",
        """site:
  theme: "sage-garden"
  rsvp_deadline: {{date:iso}}
  pages: [our-story, schedule, travel, rsvp]
  hashtag: "#HappilyEverAfter{{year}}"
  registry_url: "https://registry.example.com/r/{{n:100000-999999}}"

Add a FAQ page to this config.""",
    ),
    T(
        "wed-c06",
        "email",
        "wedding",
        """Subject: Autumn trade catalogue

Hello florists,

Our autumn catalogue is out: 40 new Dahlia varieties, dried Gypsophila and Eucalyptus by the \
bunch. Trade prices are frozen until {{date:long}}; orders over {{price:£}} ship free. We \
hope you like it!

Petal Wholesale""",
    ),
    T(
        "wed-c07",
        "slack",
        "wedding",
        """#orders
order-bot  08:01  New order {{ord1}}: 3 bridal bouquets, 12 buttonholes, delivery \
{{date:short}}
order-bot  08:05  Payment received {{price:£}}
stock-bot  08:10  Low stock: Dahlia 'Café au Lait' ({{n:2-9}} stems)
order-bot  08:30  Order {{ord1}} marked ready""",
    ),
    # ------------------------------------------------------------------ locksmiths, roofers
    T(
        "loc-c01",
        "chat",
        "locksmith",
        """Explain the difference between a BS3621 mortice \
lock, an anti-snap euro cylinder (TS007 3-star) and a Yale night latch, for a customer \
leaflet.""",
    ),
    T(
        "loc-c02",
        "csv",
        "locksmith",
        """part,description,qty,bin
{{part}},Euro cylinder 35/45 3*,{{n:0-20}},A3
{{part}},Chubb 5-lever deadlock,{{n:0-20}},A4
{{part}},Yale night latch,{{n:0-20}},B1
{{part}},Lead flashing code 4 (3 m),{{n:0-20}},C2

What needs reordering if the minimum is 5?""",
    ),
    T(
        "loc-c03",
        "ticket",
        "locksmith",
        """JOB {{tkt:RF}} | Type: planned
Site: commercial unit, rear yard access
Task: replace 6 m of cast-iron guttering, clear the valley, reseal lead flashing
Materials: {{sku}} x4, {{sku}} x2
Scaffold: tower, 6 m
Estimated: {{dur}}, quote {{inv}}""",
    ),
    T(
        "loc-c04",
        "voice",
        "locksmith",
        """van stock check we need four more euro cylinders the \
thirty five forty five ones and a box of snap locks the yale lock on the workshop door is \
sticking will do it monday""",
    ),
    T(
        "loc-c05",
        "log",
        "locksmith",
        """Is this tamper alert a fault or a real event?

{{ts}} ZONE 3 (rear door) OPEN
{{ts}} ZONE 3 CLOSED
{{ts}} SYSTEM ARMED by keypad 2 (user code 04)
{{ts}} TAMPER zone 7 (PIR hall)
{{ts}} SYSTEM DISARMED by fob 12""",
    ),
    T(
        "loc-c06",
        "json",
        "locksmith",
        """{"price_list": "{{year}}-Q{{n:1-4}}", "currency": \
"GBP", "items": [{"code": "LCK-EMR", "name": "Emergency call-out (08:00-20:00)", "price": \
{{n:60-90}}}, {"code": "LCK-NGT", "name": "Night call-out", "price": {{n:100-160}}}, \
{"code": "RF-GUT", "name": "Gutter clear (per metre)", "price": {{n:8-20}}}]}

Turn this into a price table for the website.""",
    ),
    # ------------------------------------------------------------------ admissions
    T(
        "adm-c01",
        "html",
        "admissions",
        """Shorten this for a text message:

<main>
  <h1>Open Morning - {{date:long}}</h1>
  <p>Tours run every 20 minutes from 09:00. Talks by the Headteacher at 09:30 and 11:00 in \
the Britten Hall.</p>
  <p>No booking needed. Parking on the field; follow the signs from Gate {{n:1-4}}.</p>
</main>""",
    ),
    T(
        "adm-c02",
        "csv",
        "admissions",
        """year_group,capacity,on_roll,applications,offers
Reception,60,{{n:50-60}},{{n:80-180}},60
Year 7,180,{{n:170-180}},{{n:300-600}},180
Year 12,120,{{n:90-120}},{{n:100-250}},{{n:100-140}}

What's the oversubscription ratio for each year group?""",
    ),
    T(
        "adm-c03",
        "letter",
        "admissions",
        """Dear Parent/Carer,

Secondary school offers will be released on 1 March. You will be able to accept or decline \
through the online portal until {{date:long}}. If you wish to appeal, the deadline is \
{{date:long}}; appeals are heard by an independent panel.

Please do not contact individual schools about waiting list positions.

School Admissions Team""",
    ),
    T(
        "adm-c04",
        "jira",
        "admissions",
        """ADM-{{n:100-999}}: Upload of birth certificate \
fails for PDFs over 5 MB
Reporter: admissions-portal-monitor
Environment: prod, build {{sha}}
Steps: upload a 6 MB PDF, see HTTP 413.
Fix: raise nginx client_max_body_size to 10m; will do in release {{ver}}.""",
    ),
    T(
        "adm-c05",
        "stacktrace",
        "admissions",
        """Traceback (most recent call last):
  File "/srv/admissions/portal/views.py", line 144, in submit_application
    ranking = rank_preferences(form.cleaned_data["preferences"])
  File "/srv/admissions/portal/ranking.py", line 37, in rank_preferences
    return sorted(prefs, key=lambda p: p["distance_km"])
KeyError: 'distance_km'
Request ID {{uuid}}, release {{ver}}

Which preference rows are missing the distance?""",
    ),
    T(
        "adm-c06",
        "form",
        "admissions",
        """IN-YEAR ADMISSION REQUEST (blank)
Child's legal name: ______________
Date of birth: __/__/____
Year group requested: ____
Reason for move: relocation / exclusion / other
Office use: received {{date:eu}}, ref {{ref}}

Rewrite this form so it is easier for parents with little English.""",
    ),
]
