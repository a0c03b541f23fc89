"""val30 clean templates (no personal data, many decoys): chat, email, sms, letter, form,
ticket, notes, minutes and transcript."""

from __future__ import annotations

from appliance.testing.pii_corpus.val30_gen import Registry, low, t

T = Registry()


@T("c-music-chat-tempo", "chat")
def music_tempo(g):
    return t(
        "For our karaoke backing track of '{song}' (catalogue {cat}), is {bpm1} or {bpm2} BPM "
        "closer to the original? We'll hope to ship version {ver} before {day}. Also, can you "
        "suggest a key change that suits most voices?",
        song=g.pick(("Jolene", "Roxanne", "Layla", "Billie Jean", "Hey Jude")),
        cat=f"LRK-{g.n(1000, 9999)}",
        bpm1=str(g.n(96, 110)),
        bpm2=str(g.n(111, 128)),
        ver=g.d.version(),
        day=g.pick(("Friday", "Monday", "the 14th")),
    )


@T("c-esports-chat-bracket", "chat")
def esports_bracket(g):
    return t(
        """
        Explain how a double-elimination bracket works for {n} teams. Our Spring Split starts on
        {date}, matches are best-of-3, and the grand final is best-of-5 with a one-map
        advantage for the upper-bracket winner. How many matches is that in total?""",
        n=str(g.pick((8, 12, 16))),
        date=g.d.date(),
    )


@T("c-fitness-chat-murph", "chat")
def fitness_murph(g):
    return t(
        "How should a beginner scale Murph? The standard is a 1-mile run, 100 pull-ups, 200 "
        "push-ups, 300 squats and another mile, with a {w} lb vest. I did Fran in {m}:{s} last "
        "week and Cindy for {r} rounds, if that helps.",
        w=str(g.pick((14, 20))),
        m=str(g.n(4, 12)),
        s=f"{g.n(0, 59):02d}",
        r=str(g.n(9, 22)),
    )


@T("c-soc-chat-loaders", "chat")
def soc_loaders(g):
    return t(
        "What's the practical difference between Emotet and Qakbot as loaders? We saw "
        "T1566.001 and T1204.002 in the alert from sensor {sensor}, hash {sha}. Is it worth "
        "checking for Lazarus or Charming Kitten overlap, or is that a stretch?",
        sensor=f"EDR-{g.n(100, 999)}",
        sha=g.d.sha(64),
    )


@T("c-lease-chat-compare", "chat")
def lease_compare(g):
    return t(
        "Compare leasing a Ford Transit Custom against a Renault Master: {term} months, "
        "{km},000 km a year, {p1}/month vs {p2}/month, {dep} down. Which has the lower total "
        "cost once the excess mileage charge of {ex} per km is included?",
        term=str(g.pick((24, 36, 48))),
        km=str(g.pick((10, 15, 20, 25))),
        p1=g.d.price(),
        p2=g.d.price(),
        dep=g.d.price(),
        ex=g.pick(("€0.12", "£0.09", "€0.15")),
    )


@T("c-music-chat-lowercase", "chat")
def music_lower(g):
    return low(
        t(
            "quick one, whats the difference between a sync licence and a master licence? we "
            "want to use '{song}' in a {sec} sec ad, budget about {price}",
            song=g.pick(("Layla", "Gloria", "Angie", "Valerie")),
            sec=str(g.pick((15, 30, 60))),
            price=g.d.price(),
        )
    )


@T("c-cowork-email-newsletter", "email")
def cowork_news(g):
    return t(
        """
        Subject: What's new at Harbourline - {month}

        Hi members,

        - The Lovelace room has new screens (HDMI and USB-C). Book it in the app.
        - Wi-Fi: network "HL-Members", the password rotates on {day}.
        - Day passes go up to {price} from {date}; your current plan is unaffected.
        - Friday socials return at {time} on floor 3.

        We hope to see you there. Questions? Reply to this e-mail.

        The Harbourline team""",
        month=g.pick(("March", "June", "October")),
        day=g.pick(("Mondays", "the 1st of each month")),
        price=g.d.price(),
        date=g.d.date(),
        time=g.d.time(),
    )


@T("c-airline-email-swap", "email")
def airline_swap(g):
    return t(
        """
        Subject: Aircraft swap on {flight} - {date}

        Dear customer,

        Due to an unscheduled maintenance check, {flight} will be operated by an A321neo
        instead of the A320 shown on your booking {ref}. Your seat {seat} has been moved to
        {seat2}. Departure remains {time}.

        You don't need to do anything. Extra legroom fees will be refunded within 7 days.""",
        flight=g.d.flight(),
        date=g.d.date(),
        ref=g.d.booking(),
        seat=g.d.seat(),
        seat2=g.d.seat(),
        time=g.d.time(),
    )


@T("c-trial-email-amendment", "email")
def trial_amend(g):
    return t(
        """
        Subject: HORIZON-HF protocol amendment {v} - all sites

        Dear investigators,

        Amendment {v} (dated {date}) widens the visit window for week 12 to +/- {w} days and
        adds an NT-proBNP sample at week 24. Please file it in the ISF and update your
        delegation log. Ethics approvals already received: {n} of {m}.

        Kind regards,
        Clinical Operations""",
        v=f"{g.n(2, 6)}.{g.n(0, 3)}",
        date=g.d.date(),
        w=str(g.n(3, 7)),
        n=str(g.n(10, 40)),
        m=str(g.n(41, 60)),
    )


@T("c-waste-email-hours", "email")
def waste_hours(g):
    return t(
        """
        Subject: Recycling centre - winter opening hours

        From {date} the centre opens {t1}-{t2} on weekdays and {t3}-{t4} at weekends. Van and
        trailer permits are still required (apply online, allow 5 working days). We accept
        mattresses, fridges and paint; we no longer accept asbestos or gas bottles.

        Please bill any trade waste to your business account.""",
        date=g.d.date(),
        t1=g.d.time(),
        t2=g.d.time(),
        t3=g.d.time(),
        t4=g.d.time(),
    )


@T("c-label-email-release", "email")
def label_release(g):
    return t(
        """
        Subject: Release schedule Q{q}

        Team,

        1. "{a}" (single) - ISRC GB-LRK-25-{i1}, out {d1}
        2. "{b}" (EP, 5 tracks) - cat. LRK{c}, out {d2}
        3. Remaster of "Hey Jude (1968 live)" is on hold pending clearance.

        Artwork deadlines are 6 weeks before release. Hex for the new logo is {hexc}.""",
        q=str(g.n(1, 4)),
        a=g.pick(("Neon Harbour", "Paper Lanterns", "Low Orbit")),
        i1=f"{g.n(10000, 99999)}",
        d1=g.d.date(),
        b=g.pick(("Saltwater Radio", "Night Bus", "Glasshouse")),
        c=str(g.n(100, 999)),
        d2=g.d.date(),
        hexc=g.d.hexc(),
    )


@T("c-courier-sms-window", "sms")
def courier_window(g):
    return t(
        "SwiftDrop: your parcel {track} arrives today {t1}-{t2}. Not in? Choose a locker or "
        "safe place at swiftdrop.example/c/{code}. Reply STOP to opt out",
        track=g.d.tracking(),
        t1=g.d.time(),
        t2=g.d.time(),
        code=g.d.code(8).lower(),
    )


@T("c-gym-sms-waitlist", "sms")
def gym_waitlist(g):
    return t(
        "IronWorks: {wod} at {time} is full. You're #{n} on the waitlist. Reply 1 to keep "
        "your place, 2 to cancel.",
        wod=g.pick(("Cindy", "Fran", "Murph prep", "Helen")),
        time=g.d.time(),
        n=str(g.n(1, 9)),
    )


@T("c-pharmacy-sms-ready", "sms")
def pharmacy_ready(g):
    return t(
        "Your order {order} is ready for collection. Collection code {code}. Open until {time}. "
        "Pay on collection; we can't bill you later for prescriptions.",
        order=g.d.order(),
        code=str(g.n(1000, 9999)),
        time=g.d.time(),
    )


@T("c-claims-letter-renewal", "letter")
def claims_renewal(g):
    return t(
        """
        Dear Policyholder,

        Your home insurance policy {pol} renews on {date}. Your new premium is {price}
        (last year {price2}), mainly because of increased claims for escape of water in your
        area band. You have a 14-day grace period after renewal to change your cover.

        If you pay by direct debit, you don't need to do anything.

        Yours faithfully,
        Customer Services""",
        pol=f"HH-{g.n(1000000, 9999999)}",
        date=g.d.date(),
        price=g.d.price(),
        price2=g.d.price(),
    )


@T("c-library-letter-hours", "letter")
def library_hours(g):
    return t(
        """
        Dear Reader,

        From {date} the reading room will open {t1}-{t2} Tuesday to Saturday. Orders for
        archive boxes must be placed by {t3} the day before. Pencils only; laptops and phones
        are allowed without flash. Items from the harbour collection remain closed for
        conservation until {month}.

        With thanks for your patience,
        Reader Services""",
        date=g.d.date(),
        t1=g.d.time(),
        t2=g.d.time(),
        t3=g.d.time(),
        month=g.pick(("April", "September", "the new year")),
    )


@T("c-auction-letter-terms", "letter")
def auction_terms(g):
    return t(
        """
        Dear Bidder,

        Thank you for registering for our {month} sale. Lots {a}-{b} are sold subject to
        reserve; lot {c} has been withdrawn. The buyer's premium is {pct}% plus VAT. Completion
        is 28 days after the auction. Guide prices start at {price}.

        Auction Department""",
        month=g.pick(("March", "July", "November")),
        a=str(g.n(1, 20)),
        b=str(g.n(21, 80)),
        c=str(g.n(1, 80)),
        pct=str(g.pick((2, 3, 4))),
        price=g.d.price(),
    )


@T("c-safety-form-blank", "form")
def safety_form(g):
    return t(
        """
        INCIDENT REPORT FORM (v{ver})
        Site: ____________  Date: ___/___/______  Time: ____
        Type: [ ] slip/trip  [ ] manual handling  [ ] equipment  [ ] other
        Equipment ID (if any): ____________
        Description: _________________________________
        First aid given? [ ] yes [ ] no
        Reference (office use): IR-{ref}""",
        ver=g.d.version(),
        ref=str(g.n(10000, 99999)),
    )


@T("c-rental-form-inspection", "form")
def rental_inspection(g):
    return t(
        """
        VEHICLE CHECK-OUT
        Unit: {unit}   Model: {model}
        Mileage: {km} km   Fuel: {fuel}/8
        Damage: front bumper scuff (existing), windscreen chip {mm} mm
        Tyres: {psi} psi all round
        Checked by: desk 2   Bay: {bay}""",
        unit=f"U{g.n(1000, 9999)}",
        model=g.pick(("Ford Transit", "Kia Niro", "VW Polo", "Tesla Model Y")),
        km=f"{g.n(1, 98)},{g.n(100, 999)}",
        fuel=str(g.n(1, 8)),
        mm=str(g.n(2, 9)),
        psi=str(g.n(32, 41)),
        bay=str(g.n(1, 60)),
    )


@T("c-mro-form-taskcard", "form")
def mro_taskcard(g):
    return t(
        """
        TASK CARD {tc}  ATA {ata}
        Aircraft type: A320-214   MSN {msn}
        Task: inspect bleed valve, replace if leak > {leak} scfm
        Part: P/N {part}  Alt P/N {part2}
        Torque: {tq} in-lb
        Mechanic: ______  Inspector: ______  Stamp: ______""",
        tc=f"TC-{g.n(1000, 9999)}",
        ata=f"{g.n(21, 80)}-{g.n(10, 99)}-{g.n(0, 99):02d}",
        msn=str(g.n(1000, 9999)),
        leak=str(g.n(1, 5)),
        part=g.d.part(),
        part2=g.d.part(),
        tq=str(g.n(40, 180)),
    )


@T("c-venue-ticket-printer", "ticket")
def venue_printer(g):
    return t(
        """
        Ticket #{n} | Priority: Medium
        Requester: Front desk (venue 3)
        Subject: Receipt printer offline after update {ver}
        Description: the POS shows error E{err}. Power cycled twice. Firmware {fw}.
        Port {port} closed on the print server?""",
        n=str(g.n(40000, 99999)),
        ver=g.d.version(),
        err=str(g.n(100, 999)),
        fw=g.d.version(),
        port=g.d.port(),
    )


@T("c-locker-ticket-sensor", "ticket")
def locker_sensor(g):
    return t(
        """
        [Hardware] PL-{a}: door sensor reports open on doors {d1}, {d2}
        Firmware: {fw}   Board rev: {rev}
        Since {date} {time}. No parcels affected yet. Spare board SKU {sku} in van stock.""",
        a=str(g.n(100, 999)),
        d1=str(g.n(1, 24)),
        d2=str(g.n(25, 48)),
        fw=g.d.version(),
        rev=g.pick(("C", "D2", "E1")),
        date=g.d.date(),
        time=g.d.time(),
        sku=g.d.sku(),
    )


@T("c-soc-ticket-ioc", "ticket")
def soc_ioc(g):
    return t(
        """
        ALERT-{n}: IOC match (Fancy Bear feed)
        Indicator: update-check[.]net, SHA256 {sha}
        Hits: {h} endpoints in OU=Finance, first seen {ts}
        Recommended: block domain at proxy, hunt for parent process winword.exe""",
        n=str(g.n(100000, 999999)),
        sha=g.d.sha(64),
        h=str(g.n(1, 9)),
        ts=g.d.ts(),
    )


@T("c-lab-notes-hela", "notes")
def lab_hela(g):
    return t(
        """
        {date}
        - HeLa p{p}: split 1:{s}, mycoplasma test negative (kit lot {lot})
        - Shh knockdown: 25 nM siRNA, harvest at 48 h
        - Yamanaka factors plasmids arrived, stored at -20 box 3
        - order more DMEM ({sku}) and FBS""",
        date=g.d.date(),
        p=str(g.n(10, 40)),
        s=str(g.n(4, 10)),
        lot=g.d.code(6),
        sku=g.d.sku(),
    )


@T("c-film-notes-continuity", "notes")
def film_continuity(g):
    return t(
        """
        Continuity - sc {sc}, take {tk}
        Inspector Halloran: coat buttoned, hat in left hand, tea cup 2/3 full
        Mags: wet hair (use spray), scarf knot on the right
        Clock on set reads {time}. Prop phone screen: lock screen only.
        Next setup: {sc2}A, lens {lens} mm""",
        sc=str(g.n(10, 90)),
        tk=str(g.n(1, 9)),
        time=g.d.time(),
        sc2=str(g.n(10, 90)),
        lens=str(g.pick((24, 35, 50, 85))),
    )


@T("c-trial-notes-reading", "notes")
def trial_reading(g):
    return t(
        """
        Reading notes - neurodegeneration trials
        * Parkinson's: most phase 2 trials use MDS-UPDRS part III as primary endpoint
        * Alzheimer's: amyloid PET vs plasma p-tau217, cost {price} vs far less
        * Huntington's: CAG repeat > 39, trials stratify by CAP score
        * check the Kaplan-Meier curves in fig. {fig}""",
        price=g.d.price(),
        fig=str(g.n(1, 6)),
    )


@T("c-esports-minutes-board", "minutes")
def esports_board(g):
    return t(
        """
        Board meeting - {date}
        1. Budget: {price} approved for the {event} bootcamp.
        2. Sponsor renewal (Razer) - draft due {date2}.
        3. Roster: two trials next week; no signings before the transfer window.
        4. AOB: new jersey colours {h1} / {h2}.
        Actions: ops to book flights (budget code ESP-{code}).""",
        date=g.d.date(),
        price=g.d.price(),
        event=g.pick(("Spring Split", "Masters", "Challengers")),
        date2=g.d.date(),
        h1=g.d.hexc(),
        h2=g.d.hexc(),
        code=str(g.n(100, 999)),
    )


@T("c-waste-minutes-group", "minutes")
def waste_group(g):
    return t(
        """
        Recycling working group - minutes
        Tonnage {month}: paper {a} t, glass {b} t, mixed plastics {c} t.
        Contamination rate {pct}% (target 8%). Glass bank at site 4 to be emptied weekly.
        Decision: trial a reuse shop in the old weighbridge cabin from {date}.
        Next meeting {date2}.""",
        month=g.pick(("January", "May", "August")),
        a=str(g.n(100, 900)),
        b=str(g.n(100, 900)),
        c=str(g.n(100, 900)),
        pct=str(g.n(5, 19)),
        date=g.d.date(),
        date2=g.d.date(),
    )


@T("c-space-minutes-anomaly", "minutes")
def space_anomaly(g):
    return t(
        """
        Anomaly review board - AR-{ar}
        Spacecraft: Sentinel-{n}. Related heritage: Galileo, Cassini.
        Finding: star tracker B dropout lasting {s} s during eclipse exit.
        Cause: stray light; software patch {ver} uploaded at orbit {orbit}.
        Status: closed, lessons learned filed as LL-{ll}.""",
        ar=str(g.n(100, 999)),
        n=str(g.n(1, 6)),
        s=str(g.n(2, 90)),
        ver=g.d.version(),
        orbit=str(g.n(1000, 60000)),
        ll=str(g.n(100, 999)),
    )


@T("c-podcast-transcript-songs", "transcript")
def podcast_songs(g):
    return t(
        """
        HOST 1: So this week it's songs with a woman's name in the title.
        HOST 2: "Jolene", obviously. "Layla". "Roxanne".
        HOST 1: And "Billie Jean", which people forget is about a paternity claim.
        HOST 2: We'll do the top {n} after the break. You're listening to episode {ep}.""",
        n=str(g.pick((5, 10))),
        ep=str(g.n(40, 300)),
    )


@T("c-bot-transcript-support", "transcript")
def bot_support(g):
    return t(
        """
        User: my locker code isn't working
        Bot: Sorry about that. Is it the 6-digit code from the app for parcel {track}?
        User: yes, door {d} at PL-{pl}
        Bot: I've reset the door. Try again within {m} minutes. Anything else?
        User: ok will do, no that's all thanks""",
        track=g.d.tracking(),
        d=str(g.n(1, 48)),
        pl=str(g.n(100, 999)),
        m=str(g.n(5, 15)),
    )


@T("c-radio-transcript-traffic", "transcript")
def radio_traffic(g):
    return t(
        """
        PRESENTER: {time}, here's the travel.
        TRAVEL DESK: Thanks. A broken-down van on the ring road near junction {j}, queues back
        two miles. Trains are running {m} minutes late because of a signal fault. The ferry
        is on time.
        PRESENTER: Next up, "{song}" on your {freq} FM.""",
        time=g.d.time(),
        j=str(g.n(2, 30)),
        m=str(g.n(5, 40)),
        song=g.pick(("Valerie", "Gloria", "Layla")),
        freq=f"{g.n(88, 107)}.{g.n(1, 9)}",
    )


# ---------------------------------------------------------------- named things, not people


@T("c-claims-email-storms", "email")
def claims_storms(g):
    return t(
        """
        Subject: Claims volumes after Storm {s1} and Storm {s2}

        Team,

        We logged {n} new property claims in the {d} days after Storm {s1}, mostly roof tiles
        and fallen trees; Storm {s2} added another {m}. Average reserve is {price}. Please
        prioritise escape-of-water claims where the home is uninhabitable.""",
        s1=g.pick(("Ciarán", "Babet", "Isha", "Eunice")),
        s2=g.pick(("Jocelyn", "Dudley", "Franklin", "Otis")),
        n=str(g.n(200, 3000)),
        d=str(g.n(3, 10)),
        m=str(g.n(100, 900)),
        price=g.d.price(),
    )


@T("c-courier-sms-vessel", "sms")
def courier_vessel(g):
    return t(
        "Update on order {order}: your container is on the vessel {ship}, ETA port {date}. "
        "Customs clearance usually takes {d} working days. Track at cargo.example/{code}",
        order=g.d.order(),
        ship=g.pick(("Ever Ace", "Queen Mary 2", "MSC Gülsün", "Maersk Mc-Kinney Møller")),
        date=g.d.date(),
        d=str(g.n(2, 6)),
        code=g.d.code(8).lower(),
    )


@T("c-gym-chat-food", "chat")
def gym_food(g):
    return t(
        "After Murph I'm starving. Is a Caesar salad or Eggs Benedict the better recovery "
        "meal, and is an Arnold Palmer or a Shirley Temple a bad idea sugar-wise? I'm at about "
        "{kcal} kcal a day, {p} g protein.",
        kcal=str(g.n(1800, 3200)),
        p=str(g.n(90, 200)),
    )


@T("c-dating-ticket-pet", "ticket")
def dating_pet(g):
    return t(
        """
        Appeal #{n} - photo rejected
        Member says: "The only photo of me is with my dog, {pet}. The app says 'no face
        detected'." Photo ID {uuid}. Face is visible at 20% of the frame.
        Suggested action: approve, add a note about the {pct}% face-size rule.""",
        n=str(g.n(10000, 99999)),
        pet=g.pick(("Dave", "Biscuit", "Nigel", "Pickle", "Mr Whiskers")),
        uuid=g.d.uuid(),
        pct=str(g.pick((25, 30))),
    )
