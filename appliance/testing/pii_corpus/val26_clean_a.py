"""val26 clean templates, part A (no personal data, many decoys): chat, email, sms, letter,
form, ticket, notes, minutes, transcript, json, toolcall, csv, tsv, markdown_table."""

from __future__ import annotations

from .val26_gen import T

TEMPLATES = [
    # ---------------------------------------------------------------- chat
    T(
        "ca-chat-ward",
        "chat",
        "hospital",
        """
        Explain the difference between Parkinson's disease and Lewy body dementia for a new
        healthcare assistant on the Nightingale Wing. Keep it under 200 words; we hope to use it
        in the ⟦month⟧ induction pack.
    """,
    ),
    T(
        "ca-chat-permit",
        "chat",
        "mining",
        """
        what's the usual order of steps for a permit to work on a conveyor? our template
        ⟦permit⟧ has isolation before the toolbox talk and the Area Authority thinks that's
        wrong. will do whatever the standard says
    """,
    ),
    T(
        "ca-chat-beer",
        "chat",
        "brewery",
        """
        Give me tasting notes for three beers on our autumn list: ⟦beer⟧ (⟦num:4-9⟧.⟦num:0-9⟧% ABV),
        ⟦beer⟧ and Old Nellie Porter. Mention the Maris Otter malt and the Cascade hops.
    """,
    ),
    T(
        "ca-chat-boardgame",
        "chat",
        "boardgames",
        """
        Which is easier for six-year-olds, Ticket to Ride: First Journey or Carcassonne Junior?
        My son loves Peppa Pig and Pikachu but gets bored after 20 minutes.
    """,
    ),
    T(
        "ca-chat-drone",
        "chat",
        "drones",
        """
        Summarise the CAA rules for flying a 900 g drone in the Open category A2 subcategory.
        Our Mavic 3 Enterprise is on firmware ⟦version⟧. We'd like a checklist for the team.
    """,
    ),
    T(
        "ca-chat-garden",
        "chat",
        "garden",
        """
        When should I prune Clematis 'Nelly Moser'? It's group 2, I think. Also is potato 'King
        Edward' any good for roasting, or should I grow Maris Piper? Plot is ⟦num:5-90⟧ m².
    """,
    ),
    T(
        "ca-chat-grace",
        "chat",
        "bank",
        """
        What's a typical grace period on a trade finance facility, and how does it differ from
        a payment holiday? Please bill me for the consultation as before – just kidding 🙂
    """,
    ),
    # ---------------------------------------------------------------- email
    T(
        "ca-email-rota",
        "email",
        "hospital",
        """
        Subject: Rota for weeks ⟦num:10-20⟧–⟦num:21-30⟧

        Hi all,

        The new rota is on the shared drive (Rota_v⟦num:3-9⟧.xlsx). Night shifts on Lister Ward
        now start at 19:30 instead of 20:00. Please check your lines before ⟦weekday⟧ and
        raise any swaps through the e-rostering app. We hope this makes handover smoother.

        Thanks,
        Ward Manager
    """,
    ),
    T(
        "ca-email-invoice",
        "email",
        "removals",
        """
        Subject: Invoice ⟦invoice⟧ – storage and handling

        Please find attached invoice ⟦invoice⟧ for ⟦price:£⟧ covering storage unit C-⟦num:10-99⟧
        (⟦month⟧) and the two-man handling on order ⟦order⟧. Payment terms 30 days. Will do a
        credit note for the damaged crate separately.

        Accounts Team
    """,
    ),
    T(
        "ca-email-newsletter",
        "email",
        "faith",
        """
        Subject: ⟦month⟧ newsletter

        Dear friends,

        Harvest festival is on ⟦date:long⟧ at 10:30. Please bring tinned food for the food bank.
        The choir will sing "Amazing Grace" and the youth group is selling Pavlova and Eggs
        Benedict at the brunch (⟦price:£⟧ a plate). Coffee rota sign-up sheet is in the porch.

        Parish Office
    """,
    ),
    T(
        "ca-email-grant",
        "email",
        "university",
        """
        Subject: Grant submission checklist – deadline ⟦date:long⟧

        Colleagues,

        Before submitting through the research portal please check: budget justification
        (max 2 pages), data management plan, ethics reference (ETH-⟦num:1000-9999⟧), and
        letters from partner organisations. The Research Office closes at 16:00 on the day.

        Research Funding Team
    """,
    ),
    T(
        "ca-email-flight",
        "email",
        "airline",
        """
        Subject: Disruption – ⟦flight1⟧ ⟦date:short⟧

        Crew,

        Due to ⟦storm⟧, ⟦flight1⟧ is delayed to ⟦time⟧ and will operate with aircraft ⟦reg⟧
        (A320neo). Report time moved by 90 minutes. Hotel rooms are held under booking ref
        ⟦booking⟧. Crew Control
    """,
    ),
    # ---------------------------------------------------------------- sms
    T(
        "ca-sms-delivery",
        "sms",
        "storage",
        """
        Your parcel ⟦tracking⟧ will be delivered today between ⟦time⟧ and ⟦time⟧. Reply STOP to
        opt out.
    """,
    ),
    T(
        "ca-sms-appt",
        "sms",
        "salon",
        """
        Reminder: cut & colour tomorrow ⟦time⟧. Patch test needed 48h before. Reply Y to
        confirm, or reschedule at shearandshade.salon/book
    """,
    ),
    T(
        "ca-sms-bus",
        "sms",
        "bus",
        """
        Service update: route 42 diverted via the ring road until ⟦date:short⟧ due to
        roadworks. Stops 14–19 not served. Ref ⟦ticket:OPS⟧.
    """,
    ),
    T(
        "ca-sms-dive",
        "sms",
        "diving",
        """
        Boat dive ⟦weekday⟧ cancelled – swell 2.5 m. Full refund or rebook, code ⟦booking⟧.
    """,
    ),
    # ---------------------------------------------------------------- letter
    T(
        "ca-letter-tenants",
        "letter",
        "housing",
        """
        Dear Resident,

        Gas safety inspections

        Our contractor will visit all flats in Brunel House between ⟦date:long⟧ and
        ⟦date:long⟧. Access is a legal requirement. If the time slot on the enclosed card does
        not suit, please call the repairs line and quote reference ⟦case⟧.

        Yours faithfully,

        Property Services Manager
    """,
    ),
    T(
        "ca-letter-tribunal",
        "letter",
        "tribunal",
        """
        NOTICE OF PRELIMINARY HEARING (CASE MANAGEMENT)

        Case number: ⟦num:1000000-9999999⟧/2024

        The hearing will take place by video (CVP) on ⟦date:long⟧ at 10:00 and is listed for
        2 hours. The parties must agree a list of issues and a bundle index seven days before.
        The Tribunal will not grant a postponement without good reason.
    """,
    ),
    T(
        "ca-letter-bank",
        "letter",
        "bank",
        """
        Important changes to your terms

        From ⟦date:long⟧ the arranged overdraft rate will change to ⟦pct⟧ EAR and the monthly
        fee on Premier accounts will rise to ⟦price:£⟧. You don't need to do anything. If you
        would like to switch accounts, visit any branch or use the app (version ⟦version⟧ or
        later).
    """,
    ),
    # ---------------------------------------------------------------- form
    T(
        "ca-form-permit",
        "form",
        "oilgas",
        """
        PERMIT TO WORK – HOT WORK
        Permit no: ⟦permit⟧
        Equipment tag: PV-⟦num:1000-9999⟧
        Gas test: LEL 0%, O2 20.9%, H2S 0 ppm at ⟦time⟧
        Fire watch: required, 60 min after completion
        Isolation cert: IC-⟦num:100-999⟧
        Valid: ⟦date:iso⟧ 07:00 – 19:00
    """,
    ),
    T(
        "ca-form-incident",
        "form",
        "rail",
        """
        INCIDENT FORM (ANONYMISED)
        Ref: ⟦ticket:RAIL⟧
        Unit: ⟦num:150001-159999⟧   Headcode: 2K⟦num:10-99⟧
        Category: SPAD risk – caution aspect
        Weather: ⟦storm⟧, visibility poor
        Action: driver stood down pending interview (standard procedure)
    """,
    ),
    T(
        "ca-form-ethics",
        "form",
        "university",
        """
        ETHICS SELF-ASSESSMENT
        Project code: ⟦pick:GLAC|ORBIT|SOIL|CROP⟧-⟦num:100-999⟧
        Human participants? Yes – adults only
        Personal data collected? Pseudonymised survey responses
        Storage: university OneDrive, retained 10 years
        Risk level: Low
        Submitted: ⟦date:uk⟧
    """,
    ),
    T(
        "ca-form-hire",
        "form",
        "carshare",
        """
        VEHICLE CONDITION REPORT
        Vehicle: Ford Transit Custom, fleet ⟦num:100-999⟧
        Mileage out: ⟦num:10000-90000⟧
        Fuel: 3/4
        Damage: scuff rear bumper (existing, photo ⟦hash:8⟧.jpg)
        Booking: ⟦booking⟧
    """,
    ),
    # ---------------------------------------------------------------- ticket
    T(
        "ca-ticket-ac",
        "ticket",
        "hotel",
        """
        ⟦ticket:HSK⟧ – Air conditioning noisy in ⟦num:101-940⟧
        Priority: P3
        Category: Engineering / HVAC
        Steps: replaced filter, still rattling; fan motor part ⟦part⟧ ordered
        Due: ⟦date:short⟧
    """,
    ),
    T(
        "ca-ticket-uplink",
        "ticket",
        "space",
        """
        OPS-⟦num:1000-9999⟧ – S-band uplink drops during pass
        Component: ground segment
        Affects: CubeSat ⟦pick:ORBIT-2|LARK-1|HALO-3⟧ passes above 70° elevation
        Notes: Doppler correction table older than the last TLE; regenerate after ⟦date:iso⟧.
    """,
    ),
    T(
        "ca-ticket-crew",
        "ticket",
        "airline",
        """
        CREW-⟦num:100-9999⟧ Catering short-loaded on ⟦flight⟧
        Missing: 24 special meals (VGML, KSML)
        Galley: aft, carts 7-9
        Station engineering informed at ⟦time⟧
    """,
    ),
    # ---------------------------------------------------------------- notes
    T(
        "ca-notes-shiftlog",
        "notes",
        "mining",
        """
        Shift log – pit 3, ⟦date:iso⟧
        06:00 pre-start complete, haul trucks 401-412 available
        08:20 crusher 2 down, liner change, permit ⟦permit⟧
        12:45 blast cleared, all-clear siren
        16:30 rain ⟦num:10-40⟧ mm, ramp closed
    """,
    ),
    T(
        "ca-notes-bakery",
        "notes",
        "bakery",
        """
        Prep list ⟦weekday⟧
        - ⟦bread⟧ x 40
        - Sally Lunn buns x 60
        - croissant dough: 3 batches, lamination at 4 °C
        - order flour (T55) – supplier code ⟦sku⟧
    """,
    ),
    T(
        "ca-notes-subtitles",
        "notes",
        "subtitles",
        """
        Style guide notes for the dub:
        - keep character names as in the source (Tintin, Captain Haddock, Snowy)
        - max 42 characters per line, 2 lines
        - reading speed 17 cps
        - italics for off-screen voices
        - ⟦num:20-60⟧ episodes, delivery as .srt and .stl
    """,
    ),
    T(
        "ca-notes-housekeeping",
        "notes",
        "hotel",
        """
        Housekeeping briefing
        - floors 3–7 VIP turndown with Earl Grey and shortbread
        - rooms ⟦num:301-399⟧, ⟦num:401-499⟧ deep clean (Legionella flush)
        - lost property log moved to the new app ⟦version⟧
        - linen count due ⟦weekday⟧
    """,
    ),
    # ---------------------------------------------------------------- minutes
    T(
        "ca-minutes-safety",
        "minutes",
        "oilgas",
        """
        HSE committee – minutes, ⟦date:long⟧
        Present: OIM, Medic, Safety Rep (deck), Safety Rep (process), Catering Supervisor
        1. Dropped object near the crane (⟦ticket:OPS⟧) – exclusion zone widened.
        2. H2S drill scored 4/5; muster time ⟦num:8-15⟧ min.
        3. Next rotation brings the new Bloomberg-style dashboard for production data.
    """,
    ),
    T(
        "ca-minutes-garden",
        "minutes",
        "allotments",
        """
        Allotment committee – ⟦date:long⟧
        1. Water charges rise to ⟦price:£⟧ per plot.
        2. Rat problem near the compost bays; pest control booked.
        3. Show categories: heaviest onion, Rosa 'Gertrude Jekyll' bloom, best runner bean
           ('Scarlet Emperor').
        4. Will do the hedge trimming after the nesting season.
    """,
    ),
    T(
        "ca-minutes-faith",
        "minutes",
        "faith",
        """
        Temple management committee
        Items: Diwali lamps order (⟦num:200-900⟧ diyas, ⟦price:£⟧), car park marshals, langar
        kitchen deep clean, new hymn books (ISBN ⟦isbn⟧).
        Decision: the faith-and-community breakfast moves to the second ⟦weekday⟧.
    """,
    ),
    # ---------------------------------------------------------------- transcript
    T(
        "ca-transcript-brief",
        "transcript",
        "airline",
        """
        CAPTAIN: Morning. We're operating ⟦flight⟧, aircraft ⟦reg⟧, flight time 3h20.
        PURSER: Catering is complete, two wheelchairs, one unaccompanied minor in ⟦seat⟧.
        CAPTAIN: Weather en route: ⟦storm⟧ is moving north, expect chop after top of descent.
        PURSER: Understood, we'll do the service early.
    """,
    ),
    T(
        "ca-transcript-support",
        "transcript",
        "rideshare",
        """
        AGENT: Thanks for calling, can I take your trip ID?
        CALLER: It's ⟦uuid⟧.
        AGENT: I see a surge multiplier of 1.8 was applied at ⟦time⟧. I can refund the
        difference, ⟦price:€⟧, to your wallet.
        CALLER: Great, will do. Thanks.
    """,
    ),
    T(
        "ca-transcript-podcast",
        "transcript",
        "newsroom",
        """
        HOST: This week: how picture desks verify user-generated video.
        GUEST: First we pull the metadata, then geolocate with shadows and signage. A Gaussian
        blur on a number plate is usually a sign it's been edited.
        HOST: And the Pulitzer-winning work you mentioned?
        GUEST: That used the same open-source tools, version ⟦version⟧.
    """,
    ),
    # ---------------------------------------------------------------- json
    T(
        "ca-json-telemetry",
        "json",
        "space",
        """
        {"sat": "LARK-1", "pass_id": "⟦uuid⟧", "aos": "⟦date:iso⟧T⟦time⟧:00Z",
         "max_el_deg": ⟦num:10-89⟧, "snr_db": ⟦num:3-20⟧.4, "firmware": "⟦version⟧",
         "filter": "Kalman", "build": "⟦hash:12⟧"}
        Is this SNR normal for an S-band downlink?
    """,
    ),
    T(
        "ca-json-order",
        "json",
        "toys",
        """
        {"order": "⟦order⟧", "items": [
          {"sku": "⟦sku⟧", "name": "Moomintroll plush", "qty": 2, "price": "⟦price:€⟧"},
          {"sku": "⟦sku⟧", "name": "Paddington wooden train", "qty": 1, "price": "⟦price:€⟧"}],
         "ship_by": "⟦date:iso⟧", "carrier_tracking": "⟦tracking⟧"}
    """,
    ),
    T(
        "ca-json-room",
        "json",
        "hotel",
        """
        {"room": "⟦num:101-940⟧", "status": "OOO", "reason": "leak", "since": "⟦date:iso⟧",
         "engineer_ticket": "⟦ticket:HSK⟧", "colour_scheme": "⟦hex⟧"}
        Write a one-line status for the front desk.
    """,
    ),
    T(
        "ca-json-recipe",
        "json",
        "bakery",
        """
        Scale this recipe to 3x:
        {"name": "⟦bread⟧", "flour_g": 1000, "water_g": 720, "salt_g": 20, "levain_g": 200,
         "bulk_h": 4.5, "bake": {"temp_c": 240, "min": 45}}
    """,
    ),
    # ---------------------------------------------------------------- toolcall
    T(
        "ca-tool-weather",
        "toolcall",
        "marina",
        """
        {"tool": "get_marine_forecast", "arguments": {"area": "sea area 14", "hours": 48,
         "units": "knots"}}
        → {"wind": "SW 5-6", "sea": "moderate", "warning": "⟦storm⟧ approaching"}
    """,
    ),
    T(
        "ca-tool-stock",
        "toolcall",
        "garden",
        """
        call: check_stock(sku="⟦sku⟧", product="Hosta 'Frances Williams' 2L", store_id=⟦num:10-99⟧)
        result: {"on_hand": ⟦num:0-40⟧, "next_delivery": "⟦date:iso⟧"}
    """,
    ),
    T(
        "ca-tool-rota",
        "toolcall",
        "rail",
        """
        <function_call name="get_roster">{"depot": "D⟦num:1-9⟧", "week": ⟦num:1-52⟧,
        "grade": "driver", "include_spare_turns": true}</function_call>
    """,
    ),
    # ---------------------------------------------------------------- csv
    T(
        "ca-csv-sku",
        "csv",
        "toys",
        """
        sku,name,price,stock
        ⟦sku⟧,Colonel Mustard figure,⟦price:£⟧,⟦num:0-50⟧
        ⟦sku⟧,Professor Plum figure,⟦price:£⟧,⟦num:0-50⟧
        ⟦sku⟧,Meeple bag (50),⟦price:£⟧,⟦num:0-50⟧
        Which items need reordering if the minimum is 10?
    """,
    ),
    T(
        "ca-csv-flights",
        "csv",
        "ground",
        """
        flight,stand,sta,eta,pax
        ⟦flight⟧,⟦num:1-60⟧,⟦time⟧,⟦time⟧,⟦num:40-300⟧
        ⟦flight⟧,⟦num:1-60⟧,⟦time⟧,⟦time⟧,⟦num:40-300⟧
        ⟦flight⟧,⟦num:1-60⟧,⟦time⟧,⟦time⟧,⟦num:40-300⟧
    """,
    ),
    T(
        "ca-csv-brews",
        "csv",
        "brewery",
        """
        batch,beer,og,fg,abv
        B⟦num:100-999⟧,⟦beer⟧,1.0⟦num:40-80⟧,1.01⟦num:0-4⟧,⟦num:4-9⟧.⟦num:0-9⟧%
        B⟦num:100-999⟧,⟦beer⟧,1.0⟦num:40-80⟧,1.01⟦num:0-4⟧,⟦num:4-9⟧.⟦num:0-9⟧%
    """,
    ),
    # ---------------------------------------------------------------- tsv
    T(
        "ca-tsv-tide",
        "tsv",
        "marina",
        """
        date\thigh_water\theight_m\tlow_water
        ⟦date:iso⟧\t⟦time⟧\t⟦num:3-6⟧.2\t⟦time⟧
        ⟦date:iso⟧\t⟦time⟧\t⟦num:3-6⟧.5\t⟦time⟧
    """,
    ),
    T(
        "ca-tsv-parts",
        "tsv",
        "mining",
        """
        part_no\tdesc\tqty\tbin
        ⟦part⟧\tconveyor idler 152mm\t⟦num:2-40⟧\tB-⟦num:10-99⟧
        ⟦part⟧\tbelt scraper blade\t⟦num:2-40⟧\tB-⟦num:10-99⟧
        ⟦part⟧\tCaterpillar 793 filter\t⟦num:2-40⟧\tC-⟦num:10-99⟧
    """,
    ),
    T(
        "ca-tsv-subs",
        "tsv",
        "subtitles",
        """
        id\tstart\tend\ttext
        1\t00:00:01,200\t00:00:03,000\tPreviously on Harbour Lights...
        2\t00:00:03,400\t00:00:05,900\tThe ship is called the Ever Given?
        3\t00:00:06,000\t00:00:08,100\tWill do. Mark the position on the chart.
        Translate to Dutch.
    """,
    ),
    # ---------------------------------------------------------------- markdown_table
    T(
        "ca-md-kpi",
        "markdown_table",
        "bus",
        """
        | Route | Punctuality | Lost km | Complaints |
        |---|---|---|---|
        | 7 | ⟦pct⟧ | ⟦num:10-300⟧ | ⟦num:0-20⟧ |
        | 42 | ⟦pct⟧ | ⟦num:10-300⟧ | ⟦num:0-20⟧ |
        | X1 | ⟦pct⟧ | ⟦num:10-300⟧ | ⟦num:0-20⟧ |
        Write a short commentary for the board pack.
    """,
    ),
    T(
        "ca-md-treatments",
        "markdown_table",
        "salon",
        """
        | Treatment | Time | Price |
        |---|---|---|
        | Skin fade | 45 min | ⟦price:£⟧ |
        | Balayage | 3 h | ⟦price:£⟧ |
        | Gel nails | 1 h | ⟦price:£⟧ |
    """,
    ),
    T(
        "ca-md-horses",
        "markdown_table",
        "newsroom",
        """
        | Race | Favourite | Odds |
        |---|---|---|
        | Champion Hurdle | Constitution Hill | 1/2 |
        | Gold Cup | Galopin Des Champs | 6/4 |
        Write a 50-word preview for the sports page.
    """,
    ),
]
