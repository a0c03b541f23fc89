"""val30 templates with personal data, money-heavy: stipends, payroll, wires, refunds and
payment logs (US SSNs, bank account numbers, cards and IBANs) in several shapes."""

from __future__ import annotations

from appliance.testing.pii_corpus.val30_gen import AC, CC, IB, IP, SSN, E, L, N, P, Registry, low, t

T = Registry()

US_ADDRESSES = (
    "2217 Alder Creek Rd, Boise, ID 83702",
    "418 W Catalina Dr, Tucson, AZ 85705",
    "1550 N Prospect Ave, Apt 12B, Milwaukee, WI 53202",
    "77 Sandusky St, Pittsburgh, PA 15212",
    "3120 Kapiolani Blvd, Honolulu, HI 96816",
)


@T("trial-form-stipend", "form")
def stipend_form(g):
    a = g.p()
    return t(
        """
        PARTICIPANT STIPEND FORM - Study EMBER-US, site {site}
        Name (as on tax records): {name}
        SSN (required for IRS 1099 if > $600/yr): {ssn}
        Mailing address: {addr}
        Direct deposit - routing no. (9 digits): 0{routing}
                         checking account number: {acct}
        Phone: {phone}
        Visit payments: $75 per completed visit, paid within 10 business days.""",
        site=str(g.n(101, 199)),
        name=N(a.full),
        ssn=SSN(g.ssn()),
        addr=L(g.pick(US_ADDRESSES)),
        routing=str(g.n(10000000, 99999999)),
        acct=AC(g.acct()),
        phone=P(g.ph("US")),
    )


@T("esports-email-payroll", "email")
def esports_payroll(g):
    a, b = g.p(), g.p()
    return t(
        """
        Subject: Re: prize money for {event}

        Hey {b},

        Sorry for the delay! Here's what payroll asked for:
        Legal name: {name}
        SSN: {ssn}
        Bank: checking account {acct} (the routing number is on the voided cheque I attached)

        Can you confirm it's going out before the {city} event? Thanks!
        {first} ({tag})""",
        event=g.pick(("Spring Split", "Kestrel Invitational", "Masters")),
        b=N(b.first),
        name=N(a.full),
        ssn=SSN(g.ssn()),
        acct=AC(g.acct()),
        city=L(g.city()),
        first=N(a.first),
        tag=g.pick(("Vexa", "kairos", "zeroshot", "n0va")),
    )


def _freelancer_row(g):
    a = g.p()
    return t(
        "{name},{ssn},{acct},{rate}",
        name=N(a.full),
        ssn=SSN(g.ssn()),
        acct=AC(g.acct()),
        rate=str(g.pick((150, 200, 275, 320))),
    )


@T("radio-csv-freelancers", "csv")
def radio_freelancers(g):
    out = [
        "Check this freelancer payroll file before we upload it to the bank:\n"
        "presenter,ssn,account_number,rate_per_show\n"
    ]
    for i in range(3):
        if i:
            out.append("\n")
        out += _freelancer_row(g)
    return out


@T("auction-chat-wire", "chat")
def auction_wire(g):
    a, b = g.p(), g.p()
    return t(
        """
        Does this wire instruction look legit? The "solicitor" e-mailed it an hour before the
        deadline for the deposit on {addr}:

        Beneficiary: {a}
        Account number: {acct}
        IBAN (for international transfers): {iban}
        Reference: LOT {lot} / {b}

        The sender was {mail} - not the address we had before.""",
        addr=L(g.addr()),
        a=N(a.full),
        acct=AC(g.acct()),
        iban=IB(g.iban()),
        lot=str(g.n(1, 90)),
        b=N(b.last),
        mail=E(g.em(a)),
    )


@T("claims-voice-ssn", "voice")
def claims_voice_ssn(g):
    a = g.p()
    return low(
        t(
            "new claim for {name} social security {ssn} pay the settlement into account number "
            "{acct} and call {phone} to confirm",
            name=N(a.full),
            ssn=SSN(g.ssn(" ")),
            acct=AC(g.acct().replace("-", "")),
            phone=P(g.ph("US", "spaced")),
        )
    )


@T("hr-toolcall-payee", "toolcall")
def payee_toolcall(g):
    a = g.p()
    return t(
        """
        {"name": "create_payee", "arguments": {"full_name": "{name}", "ssn": "{ssn}",
          "bank_account_number": "{acct}", "address": "{addr}",
          "corporate_card": "{cc}"}}""",
        name=N(a.full),
        ssn=SSN(g.ssn()),
        acct=AC(g.acct()),
        addr=L(g.pick(US_ADDRESSES)),
        cc=CC(g.cc()),
    )


@T("pharmacy-json-insurance", "json")
def pharmacy_insurance(g):
    a = g.p()
    return t(
        """
        {"patient": "{name}", "member_ssn": "{ssn}", "plan": "PPO Silver",
         "rx": ["lisinopril 10mg", "metformin 500mg"], "copay_card": "{cc}",
         "pharmacy": "{addr}"}
        Why is the claim rejected with NCPDP code 70?""",
        name=N(a.full),
        ssn=SSN(g.ssn()),
        cc=CC(g.cc(sep="")),
        addr=L(g.pick(US_ADDRESSES)),
    )


@T("gym-email-chargeback", "email")
def gym_chargeback(g):
    a, b = g.p(gender="f"), g.p()
    return t(
        """
        Hi {b},

        The member {name} has disputed the annual fee on card {cc}. She says she cancelled in
        writing. If you agree, refund {price} to her IBAN {iban} instead of the card, the card is
        closed. Her number is {phone}.

        Thanks""",
        b=N(b.first),
        name=N(a.full),
        cc=CC(g.cc()),
        price=g.d.price(),
        iban=IB(g.iban()),
        phone=P(g.ph()),
    )


@T("cowork-mdtable-invoices", "markdown_table")
def cowork_invoices(g):
    out = ["| Member | Invoice | Pay by | Details |\n|---|---|---|---|\n"]
    for _ in range(3):
        a = g.p()
        if g.chance(0.6):
            how, pay = "SEPA", IB(g.iban())
        else:
            how, pay = "card", CC(g.cc())
        out += t(
            "| {name} | {inv} | {how} | {pay} |\n",
            name=N(a.full),
            inv=g.d.invoice(),
            how=how,
            pay=pay,
        )
    out.append("\nWhich invoices will fail if the card processor is down?")
    return out


@T("rental-log-payments", "log")
def rental_payments(g):
    out = []
    for _ in range(3):
        out += t(
            "{ts} payments INFO preauth ok amount={amt} card={cc} booking={ref}\n",
            ts=g.d.ts(),
            amt=g.d.price(),
            cc=CC(g.cc(sep="")),
            ref=g.d.booking(),
        )
    out.append("Why are we logging full card numbers here?")
    return out


# ---------------------------------------------------------------- many people at once


@T("esports-csv-bracket", "csv")
def esports_bracket(g):
    out = [
        "Seed the bracket so players from the same country don't meet in round 1:\n"
        "seed,tag,player,country\n"
    ]
    tags = g.sample(
        (
            "Vexa",
            "kairos",
            "n0va",
            "Bluejay",
            "Paprika",
            "m0th",
            "Grimlock",
            "zeroshot",
            "Tidewalker",
            "Quasar",
        ),
        8,
    )
    for seed, tag in enumerate(tags, 1):
        out += t(
            "{seed},{tag},{name},{country}\n",
            seed=str(seed),
            tag=tag,
            name=N(g.p().full),
            country=L(g.country()),
        )
    return out


@T("film-notes-crewlist", "notes")
def film_crewlist(g):
    out = [
        f'Crew list - "{g.pick(("Echo Tide", "Lantern House", "Ninefold"))}", block {g.n(1, 4)}\n'
    ]
    for role in g.sample(
        (
            "DoP",
            "1st AC",
            "Gaffer",
            "Key grip",
            "Sound mixer",
            "Boom op",
            "Script supervisor",
            "Make-up HOD",
            "Costume",
            "Locations",
        ),
        g.n(5, 7),
    ):
        a = g.p()
        out += t(
            "{role}: {name} ({phone})\n",
            role=role,
            name=N(g.pick((a.full, a.full, a.init))),
            phone=P(g.ph()),
        )
    out.append("Turn this into a table sorted by department.")
    return out


@T("library-bib-harvard", "bibliography")
def library_harvard(g):
    out = ["Alphabetise this reading list (Harvard):\n\n"]
    titles = (
        "Archives of the harbour towns",
        "Cataloguing letters, 1900-1960",
        "Paper, damp and mould: a conservator's guide",
        "Donors and their families",
        "Reading rooms in the digital age",
    )
    for title in g.sample(titles, g.n(3, 5)):
        k = g.n(1, 2)
        for i in range(k):
            if i:
                out.append(" and ")
            out.append(N(g.p().bib))
        out += t(
            " ({y}) {title}. {city}: Tidewater Books.\n",
            y=str(g.n(1975, 2023)),
            title=title,
            city=L(g.city()),
        )
    return out


@T("trial-email-distribution", "email")
def trial_distribution(g):
    people = g.ps(g.n(4, 5))
    out = ["To: "]
    for i, a in enumerate(people):
        if i:
            out.append("; ")
        out += [N(a.west), " <", E(g.em(a)), ">"]
    out.append("\n")
    out += t(
        """
        Subject: HORIZON-HF investigator meeting, {date}

        Dear all,

        The investigator meeting will be held at {addr} on {date}. Dr {last} will present the
        interim safety data. Please confirm attendance by {date2}.

        Clinical Operations""",
        date=g.d.date(),
        addr=L(g.addr()),
        last=N(people[0].last),
        date2=g.d.date(),
    )
    return out


@T("radio-mdtable-rota", "markdown_table")
def radio_rota(g):
    out = ["| Slot | Show | Presenter | Producer |\n|---|---|---|---|\n"]
    shows = ("Breakfast", "Vinyl Hour", "The Drive Home", "Late Shift", "Sunday Crate", "Jazz Loft")
    for show in g.sample(shows, g.n(4, 6)):
        out += t(
            "| {slot} | {show} | {a} | {b} |\n",
            slot=g.d.time(),
            show=show,
            a=N(g.p().full),
            b=N(g.p().first),
        )
    out.append("\nWho is presenting twice?")
    return out


@T("space-tsv-shifts", "tsv")
def space_shifts(g):
    out = [f"Ground station shift roster - week {g.n(1, 52)}\nshift\toperator\tmobile\n"]
    for shift in ("night", "early", "late", "night", "early", "late")[: g.n(4, 6)]:
        out += t("{s}\t{name}\t{phone}\n", s=shift, name=N(g.p().full), phone=P(g.ph()))
    out.append("Find gaps where the same operator works two shifts in a row.")
    return out


@T("gym-json-class", "json")
def gym_class(g):
    out = ['{"class": "Murph prep", "coach": "']
    out += [N(g.p().full), '", "attendees": [\n']
    k = g.n(4, 6)
    for i in range(k):
        a = g.p()
        out += ['  {"name": "', N(a.full), '", "email": "', E(g.em(a)), '"}']
        out.append(",\n" if i < k - 1 else "\n")
    out.append("]}\nWrite a reminder e-mail to everyone on this list.")
    return out


@T("dating-log-reports", "log")
def dating_reports(g):
    out = []
    for _ in range(g.n(3, 5)):
        out += t(
            '{ts} t&s report reporter="{a}" reported="{b}" reason={why} queue=T{q}\n',
            ts=g.d.ts(),
            a=N(g.p().first),
            b=N(g.p().full),
            why=g.pick(("spam", "scam", "harassment", "underage", "impersonation")),
            q=str(g.n(1, 3)),
        )
    out.append("Which reports should be escalated first?")
    return out


@T("archive-csv-donors", "csv")
def archive_donors(g):
    out = ["accession,donor,papers_of,place\n"]
    for _ in range(g.n(3, 5)):
        out += t(
            "ACC/{y}/{n},{donor},{subject},{city}\n",
            y=str(g.n(2001, 2025)),
            n=str(g.n(10, 99)),
            donor=N(g.p().full),
            subject=N(g.p().full),
            city=L(g.city()),
        )
    out.append("Draft thank-you letters for the 2024 accessions.")
    return out


@T("courier-json-route", "json")
def courier_route(g):
    out = ['{"route": "R', str(g.n(1, 40)), '", "driver": "', N(g.p().full), '", "stops": [\n']
    k = g.n(3, 5)
    for i in range(k):
        out += [
            '  {"recipient": "',
            N(g.p().full),
            '", "address": "',
            L(g.addr()),
            '", "parcel": "',
            g.d.tracking(),
            '"}',
        ]
        out.append(",\n" if i < k - 1 else "\n")
    out.append("]}\nEstimate the route time if each stop takes 4 minutes.")
    return out


# ---------------------------------------------------------------- values at the very start


@T("carrier-sms-missed", "sms")
def carrier_missed(g):
    return t(
        "{phone} tried to call you {n} times. Last call: {time}. Call back free with *{code}#",
        phone=P(g.ph()),
        n=str(g.n(2, 5)),
        time=g.d.time(),
        code=str(g.n(100, 999)),
    )


@T("stream-log-nginx", "log")
def stream_nginx(g):
    out = []
    for _ in range(g.n(3, 4)):
        ip = g.ip()
        out += t(
            '{ip} - - [{ts}] "GET /api/v2/tracks/{track}/stream HTTP/1.1" {code} {size}\n',
            ip=IP(ip),
            ts=g.d.ts(),
            track=str(g.n(1000, 99999)),
            code=g.pick(("200", "200", "206", "403", "429")),
            size=str(g.n(200, 90000)),
        )
    out.append("Are these requests from one scraper?")
    return out


@T("karaoke-paste-quoted", "paste")
def karaoke_quoted(g):
    a = g.p()
    return t(
        """
        {name} <{mail}> wrote on {date}:
        > We'd like the big room for 20 people on the 14th, and could the DJ play "Billie Jean"
        > at 11pm sharp? It's a surprise for my partner. My number is {phone}.

        Draft a friendly reply confirming the booking and the song request.""",
        name=N(a.full),
        mail=E(g.em(a)),
        date=g.d.date(),
        phone=P(g.ph()),
    )
