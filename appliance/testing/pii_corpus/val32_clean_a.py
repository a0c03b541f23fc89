"""val32 clean templates, part A (chat, email, sms, letter, form, ticket, notes, minutes,
transcript): no personal data, but full of decoys - products, suites, ships, pets and prizes
named after people, order numbers, dates, prices, codes."""

from __future__ import annotations

from appliance.testing.pii_corpus.val32_gen import t

TEMPLATES = [
    t(
        "c-hotel-chat-1",
        "chat",
        "hotel",
        r"""
        Rewrite our room descriptions so they sound less stiff. The Hemingway Suite has a \
        writing desk, a clawfoot bath and a view over the garden; the Garbo Suite is \
        smaller but has its own terrace. Both include breakfast at the Escoffier \
        restaurant and two drinks at the Chaplin Bar. Keep each under 80 words.
    """,
    ),
    t(
        "c-toys-chat-1",
        "chat",
        "toys",
        r"""
        We stock Barbie, Ken, Sindy and Polly Pocket. Which of them sold best in Q3 \
        according to this: Barbie [[big1]] units, Ken [[big2]], Sindy [[big3]], Polly \
        Pocket [[big4]]? Give me a one-paragraph summary for the buyers' meeting and \
        suggest whether to reorder the Ken Beach Day set (SKU [[sku1]]).
    """,
    ),
    t(
        "c-cars-chat-1",
        "chat",
        "cars",
        r"""
        Compare the Renault Zoe, the Nissan Juke and the VW Polo for a small delivery \
        fleet: running cost per 100 km, boot space and warranty. Assume [[big1]] km a year \
        and fuel at 1.79 per litre. A table is fine. We will lease, not buy - the \
        grace period on our current Ford Transit lease ends [[date1]].
    """,
    ),
    t(
        "c-games-chat-1",
        "chat",
        "games",
        r"""
        I'm designing the Lady Morwenna boss fight. Phase 1: she summons two ravens every \
        30 s. Phase 2 at 60% HP: the arena floods. Phase 3 at 25%: Old Jebediah joins as \
        an add. Suggest three mechanics that reward players who bring Sir Aldric's \
        shield, and balance numbers for a 4-player party at item level [[num1]]0.
    """,
    ),
    t(
        "c-crypto-chat-1",
        "chat",
        "crypto",
        r"""
        Explain to a beginner the difference between a satoshi, a gwei and a Dogecoin. \
        Then explain why our app shows a network fee of [[amount1]] DOGE for a \
        withdrawal, and what "[[num1]] confirmations" means. Avoid jargon; we hope to \
        put it in the help centre.
    """,
    ),
    t(
        "c-research-chat-1",
        "chat",
        "research",
        r"""
        Draft a two-sentence description of each prize for the conference website: the \
        Fields Medal, the Abel Prize, the Turing Award and the Kavli Prize in \
        Nanoscience. Mention that the Nobel lecture on day two starts at [[time1]] in the \
        Bohr auditorium and that the poster session has [[num1]] boards.
    """,
    ),
    t(
        "c-hotel-email-1",
        "email",
        "hotel",
        r"""
        Subject: Rate update for the Hemingway and Garbo suites - from [[date1]]

        Hi team,

        From [[date1]] the Hemingway Suite goes to [[price1.m]] per night (BAR) and the \
        Garbo Suite to [[price2.m]]. Packages with dinner at the Escoffier are unchanged. \
        Please update the channel manager before Friday and mark the old rate plans \
        ([[code1]], [[code2]]) as closed.

        Will do the OTA descriptions myself.

        Revenue team
    """,
    ),
    t(
        "c-furniture-email-1",
        "email",
        "furniture",
        r"""
        Subject: Stock alert - Billy bookcase (oak veneer)

        Automated message from the warehouse system.

        Item: Billy bookcase 80x202 cm, oak veneer  SKU [[sku1]]
        On hand: [[num1]]   Reserved: [[num2]]   Reorder point: 60
        Next delivery: container [[track1]], ETA [[date1]]

        Related items below reorder point: Ingrid floor lamp ([[sku2]]), Astrid sofa \
        cover, moss green ([[sku3]]).
    """,
    ),
    t(
        "c-cruise-email-1",
        "email",
        "cruise",
        r"""
        Subject: Dry-dock schedule for MS Gunhild and Queen Isolde

        Fleet operations,

        MS Gunhild enters dry dock on [[date1]] for hull cleaning and a new stabiliser; \
        sailings [[code1]] and [[code2]] are cancelled and guests re-accommodated on \
        Queen Isolde. The Magellan Deck refit will finish by [[date2]]; the Darwin Lounge \
        stays open throughout. Budget approved: [[price1.l]].

        Marine Operations
    """,
    ),
    t(
        "c-vet-email-1",
        "email",
        "vet",
        r"""
        Subject: Your pet insurance renewal - policy [[policy1]]

        Hello,

        Your cover for Gerald (cat, British Shorthair) renews on [[date1]]. The new \
        annual premium is [[price1.m]], up [[pct1]] because Gerald turns 9 this year. \
        Payments continue by direct debit and there is nothing you need to do. There is \
        a 14-day grace period if you want to change your excess.

        Pawsure Customer Care
    """,
    ),
    t(
        "c-council-email-1",
        "email",
        "council",
        r"""
        Subject: Garden waste subscriptions open [[date1]]

        Garden waste collections restart in spring. A subscription costs [[price1.s]] for \
        the year (one brown bin, collected fortnightly). Subscribe online before \
        [[date2]] to be included in the first round; permits are posted within 10 \
        working days. Bins are emptied from 7am, so please put yours out the night before.

        Waste and Recycling Services
    """,
    ),
    t(
        "c-research-email-1",
        "email",
        "research",
        r"""
        Subject: Call for papers - Workshop on Gaussian Processes and Kalman Filtering

        Submissions are open until [[date1]] (AoE). Papers are limited to 8 pages plus \
        references, double-blind. Accepted papers will appear in the proceedings (ISBN \
        [[isbn1]]). The best paper receives the Dijkstra Prize of [[price1.l]].

        Important dates: notification [[date2]], camera-ready [[date3]].
    """,
    ),
    t(
        "c-hotel-sms-1",
        "sms",
        "hotel",
        r"""
        Casa Azul: your booking [[booking1]] is confirmed for [[date1]]. Check-in from \
        15:00, door code sent on the day. Breakfast 7-10 in the Frida Room.
    """,
    ),
    t(
        "c-telecom-sms-1",
        "sms",
        "telecoms",
        r"""
        Helio Mobile: you've used 80% of your 30GB allowance. Add 10GB for [[price1.s]] - \
        reply DATA10. Bill date [[date1]]. Ref [[ref1]].
    """,
    ),
    t(
        "c-energy-sms-1",
        "sms",
        "utilities",
        r"""
        Reminder: submit your meter reading for meter [[meter1]] by [[date1]] to avoid \
        an estimated bill. Reply with the numbers on the display, e.g. 0[[build1]].
    """,
    ),
    t(
        "c-council-letter-1",
        "letter",
        "council",
        r"""
        Dear Resident,

        Changes to your bin collection day

        From the week beginning [[date1]] your recycling and general waste will be \
        collected on Tuesdays instead of Mondays. We hope this causes little disruption. Bins \
        should be at the kerb by 7am. Assisted collections continue as before.

        Yours faithfully,

        Head of Waste Services
    """,
    ),
    t(
        "c-golf-letter-1",
        "letter",
        "golf",
        r"""
        Dear Member,

        The committee is pleased to announce the summer competitions. The Margaret \
        Hollis Salver will be played on [[date1]] and the Old Tom Cup on [[date2]]. \
        Entry is [[price1.s]]; please sign up in the clubhouse by [[date3]].

        The 14th hole ("Braid's Leap") reopens after re-turfing next month.

        Yours sincerely,
        The Competitions Committee
    """,
    ),
    t(
        "c-vet-form-1",
        "form",
        "vet",
        r"""
        VACCINATION RECORD
        Pet name: Hector          Species: dog          Breed: Border Terrier
        Microchip: on file        Weight: 8.4 kg
        Vaccine: DHP + L4         Batch: [[code1]][[build1]]       Date: [[date1]]
        Next due: [[date2]]
        Clinic: Fernhill Vets, consulting room [[num1]]
    """,
    ),
    t(
        "c-ski-form-1",
        "form",
        "ski",
        r"""
        LIFT PASS ORDER (group)
        Pass type: 6-day adult          Quantity: [[num1]]
        Pass type: 6-day child          Quantity: [[num2]]
        Valid from: [[date1]]           Area: Kaiserin + Romy sectors
        Insurance add-on: yes           Price: [[price1.l]]
        Collection: ticket office at the Gräfin Sophie chairlift
        Voucher code: [[code1]]
    """,
    ),
    t(
        "c-marina-form-1",
        "form",
        "marina",
        r"""
        VISITOR BERTH REQUEST
        Vessel name: Lady Marjorie        LOA: 11.2 m    Beam: 3.6 m
        Arrival: [[date1]]   Departure: [[date2]]
        Pontoon preference: Nelson (C) or Hood (D)
        Shore power: 16A     Water: yes
        Quote: [[price1.s]] per night
    """,
    ),
    t(
        "c-toys-ticket-1",
        "ticket",
        "toys",
        r"""
        [[ticket1]] - Product defect report
        Product: Sindy Riding Club set ([[sku1]]), batch [[code1]]
        Issue: the pony's saddle strap snaps at the buckle; [[num1]] returns this month
        Severity: Medium
        Next step: QA to test 20 units from batch [[code1]]; mark as resolved if under 2%
    """,
    ),
    t(
        "c-telecom-ticket-1",
        "ticket",
        "telecoms",
        r"""
        [[ticket1]] | Network | P2
        Cell site KX-[[build1]] reporting packet loss of [[pct1]] since [[time1]].
        Affected: 4G band 20, roughly [[big1]] subscribers.
        Workaround: traffic moved to band 3. Field team dispatched, ETA [[time2]].
    """,
    ),
    t(
        "c-games-ticket-1",
        "ticket",
        "games",
        r"""
        BUG [[ticket1]]: Sir Aldric's shield clips through the Old Jebediah arena wall
        Build: [[ver1]] ([[hash1.short]])
        Repro: 1) start the raid on Bertha-NA, 2) use Shield Wall at the north pillar
        Expected: shield stops at the wall. Actual: it passes through and the boss resets.
        Frequency: 7/10
    """,
    ),
    t(
        "c-furniture-ticket-1",
        "ticket",
        "furniture",
        r"""
        Case [[ticket1]] - assembly instructions wrong
        Product: KLARA side table ([[sku1]]), instruction leaflet v3
        Step 6 shows the HENRIK armchair bolts (M6x40) instead of M6x30. Reported by \
        several stores; print run [[code1]] affected. Fix ships with leaflet v4 on \
        [[date1]].
    """,
    ),
    t(
        "c-ski-notes-1",
        "notes",
        "ski",
        r"""
        snow report draft - [[date1]]
        - overnight: 18 cm fresh, base 140 cm
        - Kaiserin run groomed, Franz-Josef run closed (avalanche control)
        - Romy lift on wind hold until [[time1]]
        - hut Rifugio Ottone open, soup of the day: barley
    """,
    ),
    t(
        "c-fashion-notes-1",
        "notes",
        "fashion",
        r"""
        Colette collection - shoot list
        look 03: Mathilde coat, camel - hex [[hex1]] for the web swatch
        look 07: Anouk slip dress, ink
        look 11: Ottoline bag, oxblood - needs a new strap sample (PO [[order1]])
        Eau de Margaux bottles x12 for props; return to the archive after
    """,
    ),
    t(
        "c-crypto-notes-1",
        "notes",
        "crypto",
        r"""
        listing checklist - DOGE/EUR pair
        - min order 10 DOGE, tick size 0.00001
        - hot wallet threshold [[big1]] DOGE, cold sweep daily [[time1]] UTC
        - fee tier 1: [[pct1]] maker / 0.10% taker
        - tx for the first sweep: [[tx1]]
    """,
    ),
    t(
        "c-hotel-minutes-1",
        "minutes",
        "hotel",
        r"""
        Operations meeting - [[date1]]
        Present: GM, Head of Rooms, F&B Manager, Revenue, Spa
        1. Occupancy last week [[pct1]]; Hemingway Suite booked every night.
        2. Escoffier restaurant: new tasting menu from [[date2]] at [[price1.m]].
        3. Chaplin Bar refurbishment quote [[price2.l]]; approved subject to a second quote.
        4. Spa opening hours stay 7am-9pm. Next meeting [[date3]].
    """,
    ),
    t(
        "c-carehome-minutes-1",
        "minutes",
        "carehome",
        r"""
        Residents' activities meeting - [[date1]]
        1. Music group moves to the Cavell lounge on Thursdays at [[time1]].
        2. Nightingale wing garden: raised beds delivered; planting in May.
        3. Pets as therapy: the visiting dogs, Bella and Monty, come fortnightly.
        4. Budget for the summer fete: [[price1.l]]. Actions recorded on the board.
    """,
    ),
    t(
        "c-research-minutes-1",
        "minutes",
        "research",
        r"""
        Grant panel - minutes, [[date1]]
        Applications reviewed: [[num1]]. Funding available: [[price1.l]].
        1. Proposals [[grant1]] and [[grant2]] ranked 1 and 2; both funded.
        2. Panel noted the Marie Sklodowska-Curie fellowships close on [[date2]].
        3. Conflicts of interest were declared and recorded by the secretariat.
    """,
    ),
    t(
        "c-telecom-transcript-1",
        "transcript",
        "telecoms",
        r"""
        AGENT: Helio Mobile, how can I help?
        CALLER: Hi, my router shows a red light since this morning.
        AGENT: I'm sorry about that. Is it the Fritz!Box or the Helio Hub 2?
        CALLER: The Hub 2, firmware [[ver1]] I think.
        AGENT: There's a known fault in your area; engineers expect it fixed by [[time1]].
        CALLER: Okay, will do. Can you bill me for the month minus the outage?
        AGENT: Yes, a credit of [[price1.s]] will show on your next bill.
    """,
    ),
    t(
        "c-toys-transcript-1",
        "transcript",
        "toys",
        r"""
        [00:00] HOST: Welcome to the toy fair podcast. Today: fashion dolls.
        [00:05] GUEST: Thanks. Barbie still leads, but Sindy's relaunch surprised us.
        [00:12] HOST: And action figures?
        [00:14] GUEST: Action Man is back with a [[price1.s]] mission pack, and Captain \
        Vortex sold out in [[num1]] days.
        [00:22] HOST: We hope to see more of that next year.
    """,
    ),
    t(
        "c-subs-transcript-1",
        "transcript",
        "subtitling",
        r"""
        INSPECTOR GARNET: You're late.
        MISS PEMBLE: The ferry was late, Inspector.
        INSPECTOR GARNET: The ferry is always late. Sit down.
        [door slams]
        MISS PEMBLE: Will the Hemingway file be enough to hold him?
        INSPECTOR GARNET: Only if the lab finds a match by [[time1]].
    """,
    ),
]
