"""val30 templates with personal data: chat, email, sms and letter shapes."""

from __future__ import annotations

from appliance.testing.pii_corpus.val30_gen import AC, CC, IB, IP, E, L, N, P, Registry, low, t

T = Registry()

SONGS = ("Jolene", "Roxanne", "Layla", "Hey Jude", "Billie Jean", "Valerie", "Gloria", "Angie")


@T("music-chat-sync", "chat")
def music_chat_sync(g):
    a, m = g.p(), g.p()
    return t(
        """
        Can you tighten this sync pitch? Keep it under 120 words.

        "{artist}'s stripped-back cover of '{song}' would sit perfectly under the final scene.
        We control 100% of the master. For the publishing side please talk to {mgr} directly
        on {phone} or {mail}."

        Also flag anything that sounds too salesy.""",
        artist=N(a.full),
        song=g.pick(SONGS),
        mgr=N(m.full),
        phone=P(g.ph()),
        mail=E(g.em(m)),
    )


@T("karaoke-chat-booking", "chat")
def karaoke_chat(g):
    a, b = g.p(), g.p()
    return low(
        t(
            "ok so booking for {day}, room {room} under {a}, {n} of us. if the room isnt ready "
            "text {phone}. {b} is paying the deposit. oh and can we have {song} queued first "
            "lol its a birthday thing",
            day=g.pick(("saturday", "friday", "sunday")),
            room=str(g.n(2, 9)),
            a=N(a.full),
            n=str(g.n(6, 14)),
            phone=P(g.ph(style=g.pick(("national", "compact")))),
            b=N(b.first),
            song=g.pick(SONGS),
        )
    )


@T("esports-chat-roster", "chat")
def esports_chat(g):
    a, b, c = g.p(), g.p(), g.p()
    tag1, tag2 = g.sample(("Vexa", "n0va", "Grimlock", "kairos", "zeroshot", "Paprika"), 2)
    return t(
        """
        Write three punchy roster announcement tweets. Facts:
        - {tag1} ({a}) from {city}, 19, joins as entry fragger
        - {tag2} ({b}) moves to substitute
        - head coach {c} stays through the {event} qualifier
        No hashtags except #{team}.""",
        tag1=tag1,
        a=N(a.full),
        city=L(g.city()),
        tag2=tag2,
        b=N(b.full),
        c=N(c.full),
        event=g.pick(("Spring Split", "Masters", "Challengers")),
        team=g.pick(("NorthwindGG", "TeamKestrel", "OrbitEsports")),
    )


@T("dating-chat-moderation", "chat")
def dating_chat(g):
    a = g.p(gender="f")
    return t(
        """
        I'm on the trust & safety queue. A member reported a match who calls herself "{first}"
        and moved the chat to WhatsApp. Screenshot text: "babe just send the flight money,
        my card is {cc} you can check it's real, my number {phone}". Is this the usual
        romance-scam pattern and which policy section should I cite?""",
        first=N(a.first),
        cc=CC(g.cc()),
        phone=P(g.ph()),
    )


@T("fitness-chat-coach", "chat")
def fitness_chat(g):
    coach, me = g.p(), g.word()
    wod = g.pick(("Murph", "Fran", "Cindy", "Helen", "Diane"))
    return t(
        "Coach {coach} programmed {wod} for Saturday and I'm coming back from a shoulder "
        "strain. Can you suggest a scaled version? For context I'm {me}, 41, member since "
        "{year}. If it helps, my physio's report went to {mail}.",
        coach=N(coach.first),
        wod=wod,
        me=N(me.first),
        year=str(g.n(2016, 2023)),
        mail=E(g.em(me)),
    )


@T("rental-chat-pickup", "chat")
def rental_chat(g):
    a = g.p()
    return t(
        """
        Hi, I'm {name}, booking {ref}. I'm picking up the {car} at {city} airport on {date}
        around {time}. The address on my licence is {addr} - is that a problem if I'm
        staying somewhere else? You can reach me on {phone}.""",
        name=N(a.full),
        ref=g.d.booking(),
        car=g.pick(("Ford Transit", "VW Polo", "Toyota Corolla", "Škoda Octavia estate")),
        city=L(g.city()),
        date=g.d.date(),
        time=g.d.time(),
        addr=L(g.addr()),
        phone=P(g.ph()),
    )


@T("space-chat-presser", "chat")
def space_chat(g):
    a, b, c = g.p(), g.p(), g.p()
    mission = g.pick(("Juno", "Cassini", "Artemis II", "Galileo", "Hubble"))
    return t(
        """
        Draft a short press release paragraph. The {mission} tracking pass tonight will be
        run from our station near {city}. Quote Dr {a} (mission scientist) and flight director
        {b}. Media contact: {c}, {phone}.""",
        mission=mission,
        city=L(g.city()),
        a=N(a.last),
        b=N(b.full),
        c=N(c.full),
        phone=P(g.ph()),
    )


@T("beauty-chat-reaction", "chat")
def beauty_chat(g):
    a = g.p(gender="f")
    return t(
        "customer complaint to summarise for QA: {name} says the {line} scalp serum (batch "
        "{batch}) gave her a rash within 2 days. wants a refund to the card she used, "
        "{cc}. she's at {addr} if we send a returns bag. tone: apologetic",
        name=N(a.full),
        line=g.pick(("Velvet Root", "Copperleaf", "Marula Gold", "Silk Theory")),
        batch=g.d.sku(),
        cc=CC(g.cc()),
        addr=L(g.addr()),
    )


@T("film-email-callsheet", "email")
def film_callsheet(g):
    a, b, d = g.p(), g.p(), g.p()
    return t(
        """
        Subject: Call sheet - Day {day} - "{show}"

        Hi all,

        Unit call {call} at {loc}. {actor} (DI Halloran) is picked up from
        {addr} at 05:40; driver {driver}, mobile {phone}.
        {actor2} (young Marguerite) is on a chaperone call, please keep the green room free.

        Catering: breakfast from 06:00. Rain cover: stage 3.

        {ad}
        2nd AD""",
        day=str(g.n(3, 41)),
        show=g.pick(("The Salt Road", "Lantern House", "Blackwater Lane", "Echo Tide")),
        call=g.d.time(),
        loc=L(g.city()),
        actor=N(a.full),
        addr=L(g.addr()),
        driver=N(d.full),
        phone=P(g.ph()),
        actor2=N(b.full),
        ad=N(g.word().full),
    )


@T("claims-email-payout", "email")
def claims_email(g):
    a, adj = g.p(), g.p()
    return t(
        """
        Dear {title} {last},

        Thank you for the photos of the water damage at {addr}. I have approved the claim
        ({claim}) for {amount}. The payment will go to the account you gave us, IBAN {iban},
        within five working days.

        If anything is unclear, call me on {phone}.

        Kind regards,
        {adj}
        Claims Adjuster""",
        title=g.title(a),
        last=N(a.last),
        addr=L(g.addr()),
        claim=f"CLM-{g.n(100000, 999999)}",
        amount=g.d.price(),
        iban=IB(g.iban()),
        phone=P(g.ph()),
        adj=N(adj.full),
    )


@T("auction-email-bidder", "email")
def auction_email(g):
    a = g.p()
    return t(
        """
        Subject: Bidder registration - Lot {lot}

        Hello {first},

        You're registered for the online auction of {addr} on {date}. Your bidder number is
        {bidder}. The 10% deposit will be taken from the account you nominated (sort code
        {sort}, account number {acct}) if your bid wins.

        We'll send the legal pack to {mail}.""",
        lot=str(g.n(4, 88)),
        first=N(a.first),
        addr=L(g.addr()),
        date=g.d.date(),
        bidder=str(g.n(100, 999)),
        sort=f"{g.n(10, 99)}-{g.n(10, 99)}-{g.n(10, 99)}",
        acct=AC(g.acct()),
        mail=E(g.em(a)),
    )


@T("trial-email-site", "email")
def trial_email(g):
    a, b = g.p(), g.p()
    trial = g.pick(("HORIZON-HF", "PARAGON-3", "ATLAS-CKD", "EMBER"))
    return t(
        """
        Subject: {trial} - site {site} activation

        Dear Dr {a},

        Your site in {city} is now active for {trial}. Please send the delegation log
        signed by {b} (sub-investigator) before the first screening visit. Drug
        shipments go to the pharmacy at {addr}.

        Questions: {mail} or {phone}.""",
        trial=trial,
        site=str(g.n(101, 340)),
        a=N(a.last),
        city=L(g.city()),
        b=N(b.full),
        addr=L(g.addr()),
        mail=E(g.pick(("ctops", "trial-support", "site.activation")) + "@meridian-cro.com"),
        phone=P(g.ph()),
    )


@T("archive-email-access", "email")
def archive_email(g):
    a, b = g.p(), g.p()
    return t(
        """
        Hello,

        I'm a doctoral researcher at the university in {city} and would like to consult the
        correspondence of {subject} (boxes 14-19) in your reading room. My supervisor,
        Prof. {sup}, can confirm. My reader ticket is RT-{ticket}.

        Best wishes,
        {me}
        {mail}""",
        city=L(g.city()),
        subject=N(g.p().full),
        sup=N(b.full),
        ticket=str(g.n(10000, 99999)),
        me=N(a.full),
        mail=E(g.em(a)),
    )


@T("ir-email-emotet", "email")
def ir_email(g):
    a, b = g.p(), g.p()
    return t(
        """
        Subject: [IR-{case}] Emotet beacon from finance laptop

        Team,

        EDR flagged Emotet-style traffic from {ip} (laptop assigned to {a}) to {c2} over
        port {port}. The host is isolated. {b} from the SOC has the triage notes; reach them on
        {phone} if you're on the bridge.

        No evidence of Lazarus or Fancy Bear TTPs so far, despite what the vendor blog says.""",
        case=str(g.n(1000, 9999)),
        ip=IP(g.ip4()),
        a=N(a.full),
        c2=IP(g.ip4()),
        port=g.d.port(),
        b=N(b.full),
        phone=P(g.ph()),
    )


@T("cowork-email-invoice", "email")
def cowork_email(g):
    a = g.p()
    room = g.pick(("Lovelace", "Turing", "Hypatia", "Curie", "Hopper"))
    return t(
        """
        Hi {first},

        Thanks for booking the {room} room for {date}, {t1}-{t2}. We charged {price} to the
        card on file ({cc}). The invoice is on its way to {mail}.

        See you soon,
        Front desk, Harbourline Cowork""",
        first=N(a.first),
        room=room,
        date=g.d.date(),
        t1=g.d.time(),
        t2=g.d.time(),
        price=g.d.price(),
        cc=CC(g.cc()),
        mail=E(g.em(a)),
    )


@T("locker-email-pickup", "email")
def locker_email(g):
    a = g.p()
    return t(
        """
        Your parcel is waiting for you, {first}!

        Locker: {locker} ({addr})
        Pickup code: {code}
        Collect by: {date}

        Sender: {sender}. Questions? Reply here or call {phone}.""",
        first=N(a.first),
        locker=f"PL-{g.n(100, 999)}",
        addr=L(g.addr()),
        code=f"{g.n(100, 999)} {g.n(100, 999)}",
        date=g.d.date(),
        sender=N(g.p().full),
        phone=P(g.ph()),
    )


@T("waste-email-bulky", "email")
def waste_email(g):
    a = g.p()
    return t(
        """
        Bulky waste collection - booking {ref}

        Name: {name}
        Collection address: {addr}
        Items: sofa, 2 mattresses, fridge (CFC)
        Date: {date}
        Paid: {price} by card {cc}

        We'll text {phone} the evening before.""",
        ref=g.d.booking(),
        name=N(a.full),
        addr=L(g.addr()),
        date=g.d.date(),
        price=g.d.price(),
        cc=CC(g.cc(sep=" ")),
        phone=P(g.ph()),
    )


@T("radio-email-guest", "email")
def radio_email(g):
    host, guest = g.p(), g.p()
    return t(
        """
        Hi {guest_first},

        Lovely to have you on "{show}" with {host} next {day}. We'll call you on {phone}
        at {time} for a sound check. The studio is at {addr}; ask for {producer} at reception.

        Cheers""",
        guest_first=N(guest.first),
        show=g.pick(("Late Shift", "Vinyl Hour", "The Drive Home", "Sunday Crate")),
        host=N(host.full),
        day=g.pick(("Monday", "Tuesday", "Thursday")),
        phone=P(g.ph()),
        time=g.d.time(),
        addr=L(g.addr()),
        producer=N(g.p().first),
    )


@T("courier-sms-driver", "sms")
def courier_sms(g):
    a, d = g.p(), g.p()
    text = g.pick(("Hi {first}, your", "{first}, your", "{first}: your"))
    return t(
        text + " parcel {track} is out for delivery between {t1} and {t2}. Your "
        "driver today is {driver}. Not home? Call {phone}.",
        first=N(a.first),
        track=g.d.tracking(),
        t1=g.d.time(),
        t2=g.d.time(),
        driver=N(d.first),
        phone=P(g.ph()),
    )


@T("gym-sms-session", "sms")
def gym_sms(g):
    a, c = g.p(), g.p()
    return t(
        "{gym}: {first}, your PT session with {coach} moved to {time} on {day}. Today's WOD "
        "is {wod}. Questions: {phone}. Reply STOP to opt out",
        gym=g.pick(("IronWorks", "Kettlebell Club", "Northside CrossFit")),
        first=N(a.first),
        coach=N(c.full),
        time=g.d.time(),
        day=g.pick(("Mon", "Wed", "Fri")),
        wod=g.pick(("Cindy", "Fran", "Murph")),
        phone=P(g.ph()),
    )


@T("karaoke-sms-deposit", "sms")
def karaoke_sms(g):
    a = g.p()
    return t(
        "hey it's {first} from Neon Mic! deposit for sat is {price}, IBAN {iban}, ref "
        "KARAOKE-{code}. Any probs ring me {phone}",
        first=N(a.first),
        price=g.d.price(),
        iban=IB(g.iban(spaced=False)),
        code=g.d.code(4),
        phone=P(g.ph(style="national")),
    )


@T("rental-sms-ready", "sms")
def rental_sms(g):
    a = g.p()
    return t(
        "{name}, your {car} is ready in bay {bay} at {city} airport. Keys at desk 3. Return "
        "by {time} {date}. Roadside help: {phone}",
        name=N(a.full),
        car=g.pick(("Corolla", "Clio", "Ford Puma", "Kia Niro")),
        bay=str(g.n(1, 60)),
        city=L(g.city()),
        time=g.d.time(),
        date=g.d.date(),
        phone=P(g.ph()),
    )


@T("pharmacy-sms-ready", "sms")
def pharmacy_sms(g):
    a = g.p()
    return t(
        "{pharm}: Prescription for {name} is ready to collect. Bring photo ID. Open till "
        "{time}. Questions {phone}",
        pharm=g.pick(("Kingsway Pharmacy", "Farmacia Centrale", "CarePoint Chemist")),
        name=N(g.pick((a.init, a.full))),
        time=g.d.time(),
        phone=P(g.ph()),
    )


@T("claims-letter-inspection", "letter")
def claims_letter(g):
    a, adj = g.p(), g.p()
    return t(
        """
        {name}
        {addr}

        {date}

        Our reference: {ref}

        Dear {title} {last},

        Following the damage to your property during Storm {storm}, our loss adjuster {adj} will
        visit on {date2} between 9am and 1pm. Please have the roofer's quote ready.

        If this appointment doesn't suit, phone {phone} quoting the reference above.

        Yours sincerely,

        {mgr}
        Property Claims Team""",
        name=N(a.full),
        addr=L(g.addr()),
        date=g.d.date(),
        ref=f"HX/{g.n(10000, 99999)}/{g.n(10, 99)}",
        title=g.title(a),
        last=N(a.last),
        storm=g.pick(("Ciarán", "Babet", "Isha", "Jocelyn", "Otis")),
        adj=N(adj.full),
        date2=g.d.date(),
        phone=P(g.ph()),
        mgr=N(g.p().full),
    )


@T("library-letter-donation", "letter")
def library_letter(g):
    a, donor = g.p(), g.p(gender="m")
    return t(
        """
        Dear {title} {last},

        On behalf of the Special Collections team I want to thank you for depositing the
        papers of your late father, {donor}, with the archive. The 23 boxes arrived safely in
        {city} and have been given accession number ACC/{acc}.

        A copy of the deposit agreement is enclosed. Please sign and return it to me, or scan it
        to {mail}.

        With gratitude,
        {me}
        Archivist""",
        title=g.title(a),
        last=N(a.last),
        donor=N(donor.full),
        city=L(g.city()),
        acc=f"{g.n(2019, 2025)}/{g.n(10, 99)}",
        mail=E(g.pick(("special.collections", "archives", "deposits")) + "@library.example.org"),
        me=N(g.p().full),
    )


@T("trial-letter-participant", "letter")
def trial_letter(g):
    a, dr = g.p(), g.p()
    return t(
        """
        {addr}

        Dear {first},

        Thank you for taking part in the PARAGON-3 study at our clinic. Your next visit is
        on {date} at {time}. Please do not take your study tablets that morning; bring them
        with you.

        If you feel unwell, call the study nurse {nurse} on {phone} (24 hours).

        Dr {dr}
        Principal Investigator""",
        addr=L(g.addr()),
        first=N(a.first),
        date=g.d.date(),
        time=g.d.time(),
        nurse=N(g.p().full),
        phone=P(g.ph()),
        dr=N(dr.full),
    )


@T("waste-letter-fine", "letter")
def waste_letter(g):
    a = g.p()
    return t(
        """
        FIXED PENALTY NOTICE - FLY-TIPPING

        To: {caps}
        Address: {addr}

        On {date} waste bearing your name was found dumped at the recycling centre entrance in
        {city}. You may pay {price} within 14 days to discharge liability. Pay online with
        reference FPN-{ref} or by bank transfer to IBAN {iban}.

        Enforcement officer: {officer}""",
        caps=N(a.caps),
        addr=L(g.addr()),
        date=g.d.date(),
        city=L(g.city()),
        price=g.d.price(),
        ref=str(g.n(100000, 999999)),
        iban=IB(g.iban()),
        officer=N(g.p().init),
    )
