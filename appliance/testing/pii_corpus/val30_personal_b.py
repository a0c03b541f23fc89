"""val30 templates with personal data: form, ticket, notes, minutes, transcript and slack."""

from __future__ import annotations

from appliance.testing.pii_corpus.val30_gen import (
    AC,
    CC,
    IB,
    IP,
    SSN,
    E,
    L,
    N,
    P,
    Registry,
    t,
)

T = Registry()


def handle(g) -> str:
    """A chat handle that is not a name."""
    return g.pick(("ops", "dev", "qa", "fx", "snd", "cam", "eng", "sec")) + str(g.n(2, 99))


@T("rental-form-agreement", "form")
def rental_form(g):
    a, b = g.p(), g.p()
    return t(
        """
        RENTAL AGREEMENT {ra}
        Vehicle: {car} / reg {reg}
        Main driver (surname, first name): {caps}
        Home address: {addr}
        Mobile: {phone}
        E-mail: {mail}
        Additional driver: {b}
        Payment card: {cc}   Expiry: {mm}/{yy}
        Pick-up: {city}, {date} {time}""",
        ra=f"RA-{g.n(1000000, 9999999)}",
        car=g.pick(("Ford Transit Custom", "Dacia Duster", "Tesla Model 3", "Fiat 500")),
        reg=f"{g.d.code(2)}{g.n(10, 99)} {g.d.code(3)}",
        caps=N(a.caps),
        addr=L(g.addr()),
        phone=P(g.ph()),
        mail=E(g.em(a)),
        b=N(b.full),
        cc=CC(g.cc()),
        mm=f"{g.n(1, 12):02d}",
        yy=str(g.n(26, 31)),
        city=L(g.city()),
        date=g.d.date(),
        time=g.d.time(),
    )


@T("gym-form-sepa", "form")
def gym_form(g):
    a = g.p(("german", "dutch", "flemish", "french"))
    return t(
        """
        MITGLIEDSANTRAG / MEMBERSHIP FORM - {gym}
        Name: {name}
        Anschrift: {addr}
        Telefon: {phone}
        Tarif: Flex 12 ({price}/Monat)
        SEPA-Lastschriftmandat - Kontoinhaber: {holder}
        IBAN: {iban}
        Ort, Datum: {city}, {date}""",
        gym=g.pick(("FitFabrik", "Kraftwerk Gym", "Urban Athletics")),
        name=N(a.full),
        addr=L(g.addr()),
        phone=P(g.ph(g.pick(("DE", "NL", "FR")))),
        price=g.d.price(),
        holder=N(a.full),
        iban=IB(g.iban(g.pick(("DE", "NL", "BE", "AT", "FR")))),
        city=L(g.city()),
        date=g.d.date(),
    )


@T("claims-form-us", "form")
def claims_form_us(g):
    a = g.p()
    return t(
        """
        AUTO CLAIM INTAKE
        Policyholder ..... {name}
        SSN .............. {ssn}
        Address .......... {addr}
        Phone (day) ...... {phone}
        Date of loss ..... {date}
        Description ...... rear-ended at a light, {car}, no injuries
        Payout to checking account {acct}
        Adjuster ......... {adj}""",
        name=N(a.full),
        ssn=SSN(g.ssn()),
        addr=L(
            g.pick(
                (
                    "2217 Alder Creek Rd, Boise, ID 83702",
                    "77 Sandusky St, Pittsburgh, PA 15212",
                    "418 W Catalina Dr, Tucson, AZ 85705",
                    "3120 Kapiolani Blvd, Honolulu, HI 96816",
                )
            )
        ),
        phone=P(g.ph("US")),
        date=g.d.date(),
        car=g.pick(("2019 Honda Civic", "Ford F-150", "Subaru Outback")),
        acct=AC(g.acct()),
        adj=N(g.p().init),
    )


@T("trial-form-prescreen", "form")
def trial_form(g):
    a, gp = g.p(), g.p()
    return t(
        """
        Pre-screening log - EMBER trial (Parkinson's disease, early stage)
        Participant: {lf}
        Year of birth: {year}
        Contact: {phone} / {mail}
        Referring GP: Dr {gp}, {city}
        Preferred pharmacy: {addr}
        Eligible: pending MRI
        Screened by: {by}""",
        lf=N(a.lf),
        year=str(g.n(1948, 1975)),
        phone=P(g.ph()),
        mail=E(g.em(a)),
        gp=N(gp.last),
        city=L(g.city()),
        addr=L(g.addr()),
        by=N(g.p().init),
    )


@T("airport-form-lost", "form")
def lost_form(g):
    a = g.p()
    return t(
        """
        LOST PROPERTY REPORT - Terminal {term}
        Flight: {flight}   Seat: {seat}
        Item: {item}
        Owner name: {name}
        Home address: {addr}
        Phone: {phone}
        Email: {mail}
        Reported to: {desk}""",
        term=str(g.n(1, 5)),
        flight=g.d.flight(),
        seat=g.d.seat(),
        item=g.pick(("black Samsonite cabin bag", "Kindle in red cover", "child's car seat")),
        name=N(a.full),
        addr=L(g.addr()),
        phone=P(g.ph()),
        mail=E(g.em(a)),
        desk=N(g.p().first),
    )


@T("auction-form-us", "form")
def auction_form(g):
    a = g.p()
    return t(
        """
        Foreclosure auction - bidder pre-qualification
        Full legal name: {name}
        Social Security No.: {ssn}
        Mailing address: {addr}
        Proof of funds: cashier's check from acct no. {acct}
        Cell: {phone}
        Signature: ____________   Date: {date}""",
        name=N(a.full),
        ssn=SSN(g.ssn()),
        addr=L(
            g.pick(
                (
                    "1550 N Prospect Ave, Apt 12B, Milwaukee, WI 53202",
                    "2217 Alder Creek Rd, Boise, ID 83702",
                    "77 Sandusky St, Pittsburgh, PA 15212",
                )
            )
        ),
        acct=AC(g.acct()),
        phone=P(g.ph("US", g.pick(("national", "dashes")))),
        date=g.d.date(),
    )


@T("karaoke-ticket-pos", "ticket")
def karaoke_ticket(g):
    a = g.p()
    return t(
        """
        Ticket #{n} | Priority: High | Queue: Venue IT
        Requester: {name} ({mail})
        Venue: Neon Mic, {city}
        Subject: Song tablet in room 6 frozen on "{song}"
        Description: Guests can't queue songs. Restarted twice. POS at {ip} still answers ping.
        Callback: {phone}""",
        n=str(g.n(40000, 99999)),
        name=N(a.full),
        mail=E(g.em(a, "neonmic.co")),
        city=L(g.city()),
        song=g.pick(("Roxanne", "Jolene", "Bohemian Rhapsody", "Dancing Queen")),
        ip=IP(g.ip4()),
        phone=P(g.ph()),
    )


@T("mro-ticket-workorder", "ticket")
def mro_ticket(g):
    a, b = g.p(), g.p()
    return t(
        """
        WORK ORDER {wo} - A320 {reg} ("St Brendan")
        Defect: No. 2 engine bleed valve fault light, intermittent
        Raised by: {a} (B1 engineer), shift {shift}
        Parts: P/N {part} x1 from stores at {city}
        Duplicate inspection: {b}
        Contact for release: {phone}""",
        wo=f"WO-{g.n(100000, 999999)}",
        reg=f"EI-{g.d.code(3)}",
        a=N(a.full),
        shift=g.pick(("A", "B", "C", "night")),
        part=g.d.part(),
        city=L(g.city()),
        b=N(b.init),
        phone=P(g.ph()),
    )


@T("locker-ticket-stuck", "ticket")
def locker_ticket(g):
    a = g.p()
    return t(
        """
        [Locker incident] {site} - door {door} won't open
        Customer: {name}, {phone}
        Parcel: {track}
        Customer says the app showed "collected" but the door stayed shut. Wants the parcel
        delivered to {addr} instead. Please call before 6pm.""",
        site=f"PL-{g.n(100, 999)}",
        door=str(g.n(1, 48)),
        name=N(a.full),
        phone=P(g.ph()),
        track=g.d.tracking(),
        addr=L(g.addr()),
    )


@T("soc-ticket-phish", "ticket")
def soc_ticket(g):
    a = g.p()
    return t(
        """
        INC{n} - Suspected Charming Kitten spear-phish
        Reporter: {name} <{mail}>
        Lure: fake conference invite, link to credential page hosted on {ip}
        User clicked but didn't enter password (per {first}). Source IPv6 of the session:
        {ip6}
        Next: block domain, reset tokens, brief {mgr}""",
        n=str(g.n(100000, 999999)),
        name=N(a.full),
        mail=E(g.em(a, g.pick(("orbitline.space", "kestrel-labs.io")))),
        ip=IP(g.ip4()),
        first=N(a.first),
        ip6=IP(g.ip6()),
        mgr=N(g.p().full),
    )


@T("label-ticket-royalty", "ticket")
def label_ticket(g):
    a = g.p()
    return t(
        """
        Royalty query {ref}
        Artist: {name} (performs as "{alias}")
        Issue: Q{q} statement shows streams of "{song}" but no payment arrived.
        Bank details on file: account number {acct}, {bank}
        Artist phone: {phone}""",
        ref=f"RQ-{g.n(1000, 9999)}",
        name=N(a.full),
        alias=g.pick(("Midnight Tapes", "DJ Parallax", "Lowtide", "Velour")),
        q=str(g.n(1, 4)),
        song=g.pick(("Layla", "Gloria", "Valerie", "Hey Jude")),
        acct=AC(g.acct()),
        bank=g.pick(("Nationwide", "Monzo", "Barclays", "Revolut")),
        phone=P(g.ph()),
    )


@T("claims-notes-visit", "notes")
def claims_notes(g):
    a, b = g.p(), g.p()
    return t(
        """
        Site visit {date}
        - met insured {a} at {addr}; neighbour {b} also present
        - ceiling collapse in kitchen, photos 1-14
        - insured says plumber (Aqua-Fix, invoice {inv}) was there a week before
        - bank for payout: {iban}
        - call back {phone} after the loss adjuster's report""",
        date=g.d.date(),
        a=N(a.full),
        addr=L(g.addr()),
        b=N(b.full),
        inv=g.d.invoice(),
        iban=IB(g.iban()),
        phone=P(g.ph()),
    )


@T("pharmacy-notes-handover", "notes")
def pharmacy_notes(g):
    a, b, dr = g.p(), g.p(gender="f"), g.p()
    return t(
        """
        handover notes {date}
        * {a}: methotrexate query, called Dr {dr} ({phone}), confirmed weekly dose
        * {b} collecting for her mum - ID checked
        * fridge log ok, Ozempic delivery short by 3
        * controlled drugs count done by {me}""",
        date=g.d.date(),
        a=N(a.init),
        dr=N(dr.last),
        phone=P(g.ph()),
        b=N(b.full),
        me=N(g.p().first),
    )


@T("lab-notes-hela", "notes")
def lab_notes(g):
    a, b = g.p(), g.p()
    return t(
        """
        Lab notebook - {date}
        HeLa p{p} and HEK293T seeded in 6-well plates.
        Sonic hedgehog (Shh) knockdown: siRNA transfection done by {a}, Lipofectamine 3000.
        {b} to image at 48 h on the Zeiss. Cell line from {city} biobank, MTA ref {mta}.
        Remember: Kruppel and tinman antibodies are in box 4.""",
        date=g.d.date(),
        p=str(g.n(8, 40)),
        a=N(a.full),
        b=N(b.first),
        city=L(g.city()),
        mta=f"MTA-{g.n(1000, 9999)}",
    )


@T("film-notes-casting", "notes")
def casting_notes(g):
    a, b, c = g.p(), g.p(), g.p()
    return t(
        """
        Casting notes - "{show}", day 2 of callbacks
        {a} for Captain Voss: strong, a bit old for the part. Agent: {agent}, {phone}.
        {b} for Mags: lovely stillness, needs a dialect coach for the {region} accent.
        {c} - reader today, not for casting.""",
        show=g.pick(("The Salt Road", "Lantern House", "Ninefold")),
        a=N(a.full),
        agent=N(g.p().full),
        phone=P(g.ph()),
        b=N(b.full),
        region=L(g.region()),
        c=N(c.full),
    )


@T("archive-notes-box", "notes")
def archive_notes(g):
    a, b = g.p(), g.p()
    return t(
        """
        Box 7, folder 3 - correspondence {y1}-{y2}
        Letters from {a} to {b}, mostly from {city}. Mentions the printing works in {city2}
        and a trip to {country}. Fragile: one letter torn along fold, sleeve it.
        Catalogued by {me}.""",
        y1=str(g.n(1921, 1960)),
        y2=str(g.n(1961, 1979)),
        a=N(a.full),
        b=N(b.full),
        city=L(g.city()),
        city2=L(g.city()),
        country=L(g.country()),
        me=N(g.p().init),
    )


@T("cowork-minutes-council", "minutes")
def cowork_minutes(g):
    a, b, c, d = g.p(), g.p(), g.p(), g.word()
    return t(
        """
        Members' council - minutes, {date}
        Present: {a} (chair), {b}, {c}, {d}
        Apologies: {e}
        1. Noise in the Curie room: {b} to draft quiet-hours sign.
        2. Wi-Fi drops on floor 2: IT contractor (contact {phone}) booked for {day}.
        3. AOB: {c} asked about bike storage; {d}'s dog Pickle is welcome on floor 1 only.
        Next meeting: {date2}""",
        date=g.d.date(),
        a=N(a.full),
        b=N(b.full),
        c=N(c.full),
        d=N(d.full),
        e=N(g.p().full),
        phone=P(g.ph()),
        day=g.pick(("Monday", "Thursday")),
        date2=g.d.date(),
    )


@T("space-minutes-ops", "minutes")
def space_minutes(g):
    a, b, c = g.ps(3)
    return t(
        """
        Sentinel-6 / Cassini heritage ops review - minutes
        Attendees: {a}, {b} (flight dynamics), {c} ({city} ground station), {d} (FDIR)
        - Pass schedule for week {wk} approved.
        - Anomaly AR-{ar}: star tracker dropout, {b} to analyse telemetry.
        - Uplink from {c_last}'s station moved to antenna 2.
        Actions due {date}.""",
        a=N(a.full),
        b=N(b.full),
        c=N(c.full),
        city=L(g.city()),
        wk=str(g.n(1, 52)),
        ar=str(g.n(100, 999)),
        c_last=N(c.last),
        d=N(g.p().init),
        date=g.d.date(),
    )


@T("waste-minutes-community", "minutes")
def waste_minutes(g):
    a, b, c = g.ps(3)
    return t(
        """
        Recycling centre liaison meeting, {city}
        Chair: Cllr {a}
        Residents: {b}, {c}, {d}
        {b} raised the queue on Saturdays; operator will trial a booking system from {month}.
        {c} asked for a textile bank. Contact for follow-up: {mail}, {phone}.""",
        city=L(g.city()),
        a=N(a.full),
        b=N(b.full),
        c=N(c.full),
        d=N(g.p().full),
        month=g.pick(("March", "June", "September")),
        mail=E(g.em(c)),
        phone=P(g.ph()),
    )


@T("esports-minutes-team", "minutes")
def esports_minutes(g):
    a, b, c = g.ps(3)
    return t(
        """
        Team meeting {date}
        - {a} ("Vexa") visa for the {city} LAN still pending; manager {b} calling embassy
        - bootcamp house: {addr}, check-in {date2}
        - {c} on stream duty, sponsor read for Razer
        - travel desk: {phone}""",
        date=g.d.date(),
        a=N(a.full),
        city=L(g.city()),
        b=N(b.full),
        addr=L(g.addr()),
        date2=g.d.date(),
        c=N(c.first),
        phone=P(g.ph()),
    )


@T("radio-transcript-phonein", "transcript")
def radio_transcript(g):
    host, caller = g.p(), g.p()
    return t(
        """
        [00:14:02] HOST ({host}): You're on Late Shift, who's this?
        [00:14:05] CALLER: Hi, it's {first}, calling from {city}.
        [00:14:08] HOST: Lovely. What are we playing for you?
        [00:14:10] CALLER: "{song}", for my husband {spouse}, it's our anniversary.
        [00:14:15] HOST: Beautiful. Stay on the line and my producer will take your address for
        the prize.""",
        host=N(host.full),
        first=N(caller.first),
        city=L(g.city()),
        song=g.pick(("Layla", "Jolene", "Valerie", "Billie Jean")),
        spouse=N(g.p(gender="m").first),
    )


@T("claims-transcript-call", "transcript")
def claims_transcript(g):
    a, agent = g.p(), g.p()
    return t(
        """
        Agent: Thanks for calling, my name's {agent}. Can I take the policyholder's name?
        Caller: {name}.
        Agent: And the first line of the address?
        Caller: {addr}.
        Agent: I'll need a card for the excess of {price}.
        Caller: It's {cc}.
        Agent: And a number to reach you?
        Caller: {phone}.""",
        agent=N(agent.first),
        name=N(a.full),
        addr=L(g.addr()),
        price=g.d.price(),
        cc=CC(g.cc()),
        phone=P(g.ph()),
    )


@T("pharmacy-transcript-refill", "transcript")
def pharmacy_transcript(g):
    a, b = g.p(gender="f"), g.p()
    return t(
        """
        PHARMACIST: {pharm} Pharmacy, {me} speaking.
        PATIENT: Hi, I'm calling about a repeat for {name}, date of birth {dob}.
        PHARMACIST: Is that you?
        PATIENT: No, I'm her son, {son}.
        PHARMACIST: OK, I can see the atorvastatin. Best number to text when ready?
        PATIENT: {phone}""",
        pharm=g.pick(("Riverside", "Kingsway", "Hillcrest")),
        me=N(b.first),
        name=N(a.full),
        dob=g.d.dob(),
        son=N(g.p(gender="m").first),
        phone=P(g.ph()),
    )


@T("dating-transcript-appeal", "transcript")
def dating_transcript(g):
    a, agent = g.p(), g.p()
    return t(
        """
        Trust & Safety call - ban appeal
        T&S ({agent}): The account was flagged because a photo matched a profile in another
        country. Can you confirm your name?
        Member: {name}. I live in {city}, I've never been to {country}.
        T&S: Thanks. We'll ask you to verify with ID. The link goes to {mail}.
        Member: Fine.""",
        agent=N(agent.first),
        name=N(a.full),
        city=L(g.city()),
        country=L(g.country()),
        mail=E(g.em(a)),
    )


@T("label-transcript-podcast", "transcript")
def label_transcript(g):
    a, b = g.p(), g.p()
    return t(
        """
        {a_first}: Welcome back to Crate Diggers. With me today is producer {b}.
        {b_first}: Thanks for having me.
        {a_first}: You recorded the "{song}" demo in {city}, right?
        {b_first}: Yeah, in a garage, with {c} on bass. Took two takes.""",
        a_first=N(a.first),
        b=N(b.full),
        b_first=N(b.first),
        song=g.pick(("Roxanne", "Gloria", "Angie")),
        city=L(g.city()),
        c=N(g.p().full),
    )


@T("ir-slack-incident", "slack")
def ir_slack(g):
    a, b, u = g.p(), g.p(), g.p(gender="f")
    return t(
        """
        #inc-{n}
        [09:12] {a}: blocking {ip} at the edge now
        [09:13] @{h1}: ack, seeing Lazarus-style loader on FIN-WS-{ws}
        [09:15] {b}: user is {u} ({mail}), I've called her on {phone}
        [09:21] {a}: firewall rule in, ticket updated""",
        n=str(g.n(100, 999)),
        a=N(a.full),
        ip=IP(g.ip()),
        h1=handle(g),
        ws=str(g.n(10, 99)),
        b=N(b.full),
        u=N(u.full),
        mail=E(g.em(u, "northbank-fin.com")),
        phone=P(g.ph()),
    )


@T("film-slack-production", "slack")
def film_slack(g):
    a, b, c = g.ps(3)
    return t(
        """
        #production-office  {date}
        {a}  07:02  unit base moved to {addr}, parking for 14 trucks
        {b}  07:05  @{a} thanks! can someone tell {c}'s driver?
        @{h}  07:06  done, driver is {d} ({phone})""",
        date=g.d.date(),
        a=N(a.full),
        addr=L(g.addr()),
        b=N(b.full),
        c=N(c.full),
        h=handle(g),
        d=N(g.p().first),
        phone=P(g.ph()),
    )


@T("lab-slack-sequencing", "slack")
def lab_slack(g):
    a, b = g.p(), g.p()
    return t(
        """
        [{day} 14:31] {a}: sequencing run for the Pikachurin knockout is done
        [{day} 14:33] {b}: great, can you share the BAMs? VPN from {ip} keeps dropping
        [{day} 14:40] {a}: put them on the cluster, ping @{h} if it fails""",
        day=g.d.iso_date(),
        a=N(a.full),
        b=N(b.first),
        ip=IP(g.ip()),
        h=handle(g),
    )


@T("courier-slack-dispatch", "slack")
def courier_slack(g):
    a, b = g.p(), g.p()
    return t(
        """
        dispatch-{city_tag}
        {time}  {a}: van 14 broke down near {city}, 36 drops left
        {time2}  {b}: sending {c} from the depot, customer at {addr} has a fridge, needs 2-man
        {time2}  {a}: customer's number is {phone}, she asked for a call 30 min before""",
        city_tag=g.pick(("north", "south", "east", "west")),
        time=g.d.time(),
        a=N(a.full),
        city=L(g.city()),
        time2=g.d.time(),
        b=N(b.full),
        c=N(g.p().full),
        addr=L(g.addr()),
        phone=P(g.ph()),
    )


@T("esports-slack-lan", "slack")
def esports_slack(g):
    a, b = g.p(), g.p()
    return t(
        """
        #lan-ops
        {a} [18:02]: stage PCs re-imaged, admin box is {ip}
        {b} [18:04]: who has the badge list? {c} says her name is spelled wrong on it
        {a} [18:05]: fixed, reprinting. also {d} is the referee for tonight's bo3""",
        a=N(a.full),
        ip=IP(g.ip4()),
        b=N(b.full),
        c=N(g.p(gender="f").full),
        d=N(g.p().full),
    )
