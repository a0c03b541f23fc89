"""val36 clean templates (no personal data, full of decoys), part A: chat, email, sms,
letter, form, ticket, notes, meeting minutes, transcript and voice. (id, shape, text)."""

from __future__ import annotations

TEMPLATES: list[tuple[str, str, str]] = [
    # ---------------------------------------------------------------- chat
    (
        "c-game-chat-1",
        "chat",
        """In Kingdom Tails, is it worth upgrading Princess Peach's castle to level {{n:5-20}} before the Halloween event? I have {{n:1000-9000}} gems and the Captain Price skin bundle costs 1,499. Build {{ver}}.""",
    ),
    (
        "c-iot-chat-1",
        "chat",
        """My Kitchen Echo and the Roomba called Rosie both drop off the Wi-Fi every night at 02:00. Router firmware {{ver}}, channel 11, the mesh node is in the hallway. Is it a DHCP lease thing? Lease time is set to 86400 seconds.""",
    ),
    (
        "c-stream-chat-1",
        "chat",
        """Rank these for a rainy weekend: Ted Lasso, Wednesday, Sherlock, The Bear, Slow Horses. I've got about 14 hours and I hate cliffhangers. We hope to finish one series by Sunday night.""",
    ),
    (
        "c-wine-chat-1",
        "chat",
        """Give me a cocktail menu for a 1920s murder-mystery night: a Tom Collins, a Bloody Mary, a Rob Roy and something non-alcoholic like a Shirley Temple. Price each around £{{n:8-14}} and keep descriptions under 15 words.""",
    ),
    (
        "c-astro-chat-1",
        "chat",
        """How far is Barnard's Star compared with Kapteyn's Star, and which one is easier to find with a 70 mm refractor? The app says magnitude 9.5 for Barnard's Star and RA 17h 57m.""",
    ),
    # ---------------------------------------------------------------- email
    (
        "c-royalty-email-1",
        "email",
        """Subject: Q3 royalty run — timetable

Hi all,

Statements for the Inspector Halloran series and the Captain Moonbeam picture books will be generated on {{datel}}. Please make sure all returns are booked against ISBN 978-1-{{d4}}-{{d4}}-{{d1}} and the audio edition (ASIN B0{{u2}}{{d6}}) before then. The grace period for late sales reports is five working days.

Thanks,
Royalties Team""",
    ),
    (
        "c-theatre-email-1",
        "email",
        """Subject: Hamlet — revised running times

Dear colleagues,

From {{datel}} the performance of Hamlet will run 3h 05m including one interval. Latecomers will be admitted at the first suitable break. Hedda Gabler's matinee moves to 14:00 and Evita keeps its 19:30 start. Seat blocks R-{{n:10-30}} to R-{{n:31-40}} stay on hold for the press night.

Box Office""",
    ),
    (
        "c-ship-email-1",
        "email",
        """Subject: Vessel schedule change, voyage {{n:100-999}}W

Please note the MV Northern Juniper will omit its second call this week due to Storm Babet. Cut-off for reefers is now {{date}} 12:00 local. Affected bookings: {{u4}}{{d7}}, {{u4}}{{d7}}, {{u4}}{{d7}}. Port code NLRTM remains unchanged for the following voyage.

Customer Service, Harbourline Shipping""",
    ),
    (
        "c-pharmacy-email-1",
        "email",
        """Subject: Double points week

Good news! From Monday, every purchase over £{{n:10-30}} earns double points on your wellness card. Offer excludes prescriptions, infant formula and gift cards. Points expire 12 months after they are earned. Offer code DBL-{{u3}}{{d3}}.

We hope to see you soon.""",
    ),
    (
        "c-cruise-email-1",
        "email",
        """Subject: Entertainment schedule, deck 7 and 11

Tonight: 19:00 Broadway Nights (Lyric Lounge), 21:00 Magic at Sea (Starlight Theatre), 22:30 silent disco on the pool deck. The ABBA tribute moves to Thursday. Cabin {{n:7000-7999}} guests please collect wristbands from Guest Services before 18:00.""",
    ),
    # ---------------------------------------------------------------- sms
    (
        "c-bike-sms-1",
        "sms",
        """PedalShare: your ride {{u2}}{{d6}} ended at 18:42. 27 min, £{{amt}}. Rate your bike "Dolores" in the app. Reply STOP to opt out.""",
    ),
    (
        "c-escape-sms-1",
        "sms",
        """Locked In: booking {{ref}} confirmed for Sat 19:30, room "The Pharaoh's Tomb", 6 players. Arrive 15 min early. We will do our best to keep the clues fair!""",
    ),
    (
        "c-pharmacy-sms-1",
        "sms",
        """Your order {{D7}} is ready for collection. Show code {{u3}}-{{d4}} at the counter. Open until 21:00.""",
    ),
    # ---------------------------------------------------------------- letter
    (
        "c-choir-letter-1",
        "letter",
        """Dear Friends of the Choir,

Our spring concert pairs Handel's Messiah (Part I) with the Fauré Requiem. Tickets are £{{n:12-25}} (concessions £{{n:5-10}}), and the retiring collection will support the organ restoration fund. Rehearsals move to Wednesday evenings from {{datel}}.

With thanks for your continued support,

The Committee""",
    ),
    (
        "c-garden-letter-1",
        "letter",
        """Dear Members,

The rose pruning demonstration will cover 'Gertrude Jekyll', 'Lady of Shalott' and 'Bishop of Llandaff' dahlias for contrast. Please bring secateurs and gloves. Annual subscriptions (£{{n:10-20}}) are due by {{datel}}; after that, a grace period of one month applies.

The Secretary""",
    ),
    (
        "c-dna-letter-1",
        "letter",
        """Dear Customer,

Thank you for returning kit {{u2}}{{d8}}. Our laboratory received your sample on {{datel}}. Processing normally takes 6-8 weeks. You will be notified when your ancestry composition and relative matches are available. Sample batch: {{u3}}-{{d5}}.

Yours faithfully,
Laboratory Services""",
    ),
    # ---------------------------------------------------------------- form
    (
        "c-car-form-1",
        "form",
        """Vehicle damage report
Vehicle: Ford Transit (fleet no. {{d4}})
Registration: {{u2}}{{d2}} {{u3}}
Odometer: {{n:10000-90000}} km
Damage: rear nearside light cluster
Part number: 6C1{{d2}}-{{d5}}-{{u2}}
Reported: {{dmy}} {{time}}""",
    ),
    (
        "c-bet-form-1",
        "form",
        """Bet slip {{D10}}
Event: {{time}} greyhounds, trap 4
Runner: Ballymac Kylie
Stake: £{{n:2-20}}.00 each-way
Odds: 9/2
Status: PENDING""",
    ),
    (
        "c-toy-form-1",
        "form",
        """Returns form
Order no.: TT-{{D8}}
Item: Barbie Dreamhouse (SKU {{u3}}-{{d6}})
Item: Sylvanian Families Cosy Cottage (SKU {{u3}}-{{d6}})
Reason: duplicate gift
Refund method: original payment
Return label: {{u2}}{{d9}}GB""",
    ),
    # ---------------------------------------------------------------- ticket
    (
        "c-game-ticket-1",
        "ticket",
        """Ticket #{{D6}} — Bug — Pocket Farm {{ver}}
Summary: Pet "Agent 47" disappears after the tutorial
Steps: install build {{x8}}, finish tutorial, open barn.
Expected: pet visible. Actual: empty barn, error E-{{d4}}.
Devices: iPhone 13 (iOS 17.4), Pixel 7 (Android 14)""",
    ),
    (
        "c-iot-ticket-1",
        "ticket",
        """INC{{d7}} | Hub "Jarvis" reboot loop
Model: BN-HUB-{{d3}}  Firmware: {{ver}}
Symptom: reboots every 4 minutes after the Zigbee channel change to 25.
Workaround: factory reset via pin hole, hold 10 s.
Priority: P3""",
    ),
    (
        "c-stream-ticket-1",
        "ticket",
        """Support ticket {{D7}}
Issue: 4K not available for "Sherlock" on the living room TV
App version: {{ver}}; HDCP 2.2 reported as false; HDMI port 3.
Status: waiting on customer""",
    ),
    (
        "c-ship-ticket-1",
        "ticket",
        """CASE {{u3}}-{{d5}}: Reefer TGHU{{d7}} alarm code AL{{d2}}
Setpoint -18.0C, supply -12.4C at {{ts}}.
Genset serial {{d12}}. Technician requested for berth 7.""",
    ),
    # ---------------------------------------------------------------- notes
    (
        "c-fantasy-notes-1",
        "notes",
        """league admin to-do
- set trade deadline to week 11
- waiver budget $100 FAAB, ties by reverse standings
- kicker scoring: 50+ yards = 5 pts
- bill me for the trophy engraving, £{{n:20-40}}
- will do the draft order lottery on Friday""",
    ),
    (
        "c-comiccon-notes-1",
        "notes",
        """Cosplay contest rules
* Categories: Novice, Journeyman, Master
* Props under 2 m; no real blades
* Judging at {{time}} in Hall B, stage 2
* Popular last year: Colonel Mustard, Miss Scarlett, Princess Peach, Captain Price
* Prize: £{{n:100-500}} voucher""",
    ),
    (
        "c-astro-notes-1",
        "notes",
        """observing plan {{date}}
moon 12% waxing, sets 21:40
targets: M13, Barnard's Star, Kapteyn's Star, Albireo
scope: 8" Dobsonian, 25 mm and 10 mm eyepieces
seeing forecast 3/5""",
    ),
    # ---------------------------------------------------------------- minutes
    (
        "c-reunion-minutes-1",
        "minutes",
        """Reunion committee — minutes
1. Budget: £{{n:800-2000}} agreed; ticket price £{{n:25-45}}.
2. Catering quote Q-{{d5}} accepted.
3. DJ booking ref {{ref}}.
4. Photo slideshow: scanning the 2009 yearbook, pages 1-64.
Action: treasurer to open the grace period for refunds until the 1st.""",
    ),
    (
        "c-podcast-minutes-1",
        "minutes",
        """Network planning — minutes
- Downloads up 14% month on month; episode {{n:100-300}} peaked at {{n:20-90}}k.
- Sponsor read for the Bloomberg terminal ad runs in slots 2 and 4.
- Audio chain: switch to 48 kHz / 24-bit, loudness -16 LUFS.
- Next review: {{datel}}.""",
    ),
    (
        "c-theatre-minutes-1",
        "minutes",
        """Front of house briefing — Othello, evening
- House opens 19:00; running time 2h 50m.
- Accessible seats A1-A4 booked; hearing loop tested.
- Bar: interval orders to be ready by 20:25.
- Incident log ref FOH-{{d4}}: none.""",
    ),
    # ---------------------------------------------------------------- transcript
    (
        "c-iot-transcript-1",
        "transcript",
        """Agent: Thanks for calling, how can I help?
Caller: The thermostat says error E{{d2}} after the update.
Agent: Which firmware version is shown under Settings?
Caller: {{ver}}.
Agent: That build has a known bug; I'll push {{ver}} to your hub now. Please keep it powered for ten minutes.""",
    ),
    (
        "c-bet-transcript-1",
        "transcript",
        """[00:00:02] AGENT: How can I help today?
[00:00:05] CUSTOMER: My cash-out button is greyed out on bet {{D9}}.
[00:00:12] AGENT: Cash-out is suspended while a race is off. The 20:14 greyhound race has just started.
[00:00:20] CUSTOMER: Ok, will do, I'll try again after.""",
    ),
    (
        "c-cruise-transcript-1",
        "transcript",
        """DIRECTOR: Tonight's line-up: quiz at seven, then the magic show, then the ABBA tribute.
STAGE MANAGER: Deck 7 lounge has the lighting fault again.
DIRECTOR: Move the quiz to the Crow's Nest, table 12 to 20.
STAGE MANAGER: Copy that.""",
    ),
    # ---------------------------------------------------------------- voice
    (
        "c-car-voice-1",
        "voice",
        """note to self the shared van is booked from nine till twelve booking ref {{d6}} and the fuel card pin is in the glovebox will do the return form later""",
    ),
    (
        "c-garden-voice-1",
        "voice",
        """remind me to plant the dahlia tubers on saturday and order more rose feed we hope the frost is over by then""",
    ),
    (
        "c-iot-voice-1",
        "voice",
        """hey assistant turn off the kitchen echo at eleven and set the thermostat to nineteen degrees and start rosie in the living room""",
    ),
]
