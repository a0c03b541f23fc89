"""val30 templates with personal data: json, toolcall, csv, tsv, markdown_table and yaml."""

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


def rows(g, k, fn, sep=","):
    """k rows joined by newlines, each made by fn(g) -> list of pieces."""
    out = []
    for i in range(k):
        if i:
            out.append("\n")
        out.extend(fn(g))
    return out


@T("music-json-profile", "json")
def music_json(g):
    a = g.p()
    return t(
        """
        Explain why this listener got the "{song} fans" playlist, in plain words:
        {
          "user_id": "u_{uid}",
          "display_name": "{name}",
          "email": "{mail}",
          "signup_country": "{country}",
          "top_tracks": ["{song}", "{song2}", "Midnight City"],
          "plan": "family",
          "last_login_ip": "{ip}"
        }""",
        song=g.pick(("Jolene", "Layla", "Roxanne")),
        uid=g.d.sha(10),
        name=N(a.full),
        mail=E(g.em(a)),
        country=L(g.country()),
        song2=g.pick(("Hey Jude", "Billie Jean", "Gloria")),
        ip=IP(g.ip()),
    )


@T("esports-json-player", "json")
def esports_json(g):
    a = g.p()
    return t(
        """
        {"player": {"gamertag": "{tag}", "real_name": "{name}", "nationality": "{country}",
          "team": "Kestrel", "role": "IGL", "contact": {"email": "{mail}", "phone": "{phone}"},
          "rating": {rating}}}
        Turn this into a two-line bio for the broadcast overlay.""",
        tag=g.pick(("kairos", "Vexa", "zeroshot", "Bluejay", "m0th")),
        name=N(a.full),
        country=L(g.country()),
        mail=E(g.em(a)),
        phone=P(g.ph(style="e164")),
        rating=f"{g.n(90, 140) / 100:.2f}",
    )


@T("lease-json-application", "json")
def lease_json(g):
    a = g.p()
    return t(
        """
        Validate this lease application payload and list missing fields:
        {"applicant": {"first_name": "{first}", "last_name": "{last}", "ssn": "{ssn}",
          "address": "{addr}", "phone": "{phone}"},
         "vehicle": {"model": "Ford Mustang Mach-E", "term_months": 36},
         "bank": {"routing": "0{routing}", "account_number": "{acct}"}}""",
        first=N(a.given),
        last=N(a.family or a.given),
        ssn=SSN(g.ssn()),
        addr=L(
            g.pick(
                (
                    "418 W Catalina Dr, Tucson, AZ 85705",
                    "3120 Kapiolani Blvd, Honolulu, HI 96816",
                    "1550 N Prospect Ave, Apt 12B, Milwaukee, WI 53202",
                )
            )
        ),
        phone=P(g.ph("US")),
        routing=str(g.n(10000000, 99999999)),
        acct=AC(g.acct()),
    )


@T("dating-json-report", "json")
def dating_json(g):
    a, b = g.p(), g.p()
    return t(
        """
        {"report_id": "R-{rid}", "reporter": {"name": "{a}", "member_since": 2021},
         "reported": {"display_name": "{b}", "age": {age}, "city": "{city}"},
         "excerpt": "add me on telegram or call {phone}, I can't talk here",
         "ip_at_signup": "{ip}"}
        Classify: scam, harassment, or off-platform solicitation?""",
        rid=str(g.n(100000, 999999)),
        a=N(a.first),
        b=N(b.first),
        age=str(g.n(24, 58)),
        city=L(g.city()),
        phone=P(g.ph()),
        ip=IP(g.ip()),
    )


@T("space-json-station", "json")
def station_json(g):
    a, b = g.p(), g.p()
    return t(
        """
        {
          "station": "GS-{code}",
          "location": "{city}",
          "antennas": [{"id": "A1", "band": "X"}, {"id": "A2", "band": "Ka"}],
          "contacts": [
            {"name": "{a}", "role": "station manager", "phone": "{pa}"},
            {"name": "{b}", "role": "RF engineer", "email": "{mb}"}
          ],
          "mgmt_ip": "{ip}"
        }
        Is anything missing for the Artemis support agreement annex?""",
        code=g.d.code(3),
        city=L(g.city()),
        a=N(a.full),
        pa=P(g.ph()),
        b=N(b.full),
        mb=E(g.em(b, "groundnet.space")),
        ip=IP(g.ip4()),
    )


@T("pharmacy-json-order", "json")
def pharmacy_json(g):
    a = g.p()
    return t(
        """
        {"order": "{order}", "patient": "{name}", "dob": "{dob}",
         "items": [{"sku": "{sku}", "name": "Amoxicillin 500mg", "qty": 21}],
         "ship_to": "{addr}", "payment": {"card": "{cc}", "exp": "{mm}/{yy}"}}
        Why would this fail the pharmacy's address verification?""",
        order=g.d.order(),
        name=N(a.full),
        dob=g.d.dob(),
        sku=g.d.sku(),
        addr=L(g.addr()),
        cc=CC(g.cc(sep="")),
        mm=f"{g.n(1, 12):02d}",
        yy=str(g.n(26, 30)),
    )


@T("film-toolcall-event", "toolcall")
def film_toolcall(g):
    a, b, c = g.ps(3)
    return t(
        """
        {"tool": "calendar.create_event", "arguments": {
          "title": "Costume fitting - {show}",
          "start": "{ts}",
          "location": "{addr}",
          "attendees": ["{ma}", "{mb}"],
          "notes": "{a} and {b} (stunt double for the Inspector). Wardrobe: {c}."}}""",
        show=g.pick(("Lantern House", "Echo Tide")),
        ts=g.d.ts(),
        addr=L(g.addr()),
        ma=E(g.em(a)),
        mb=E(g.em(b)),
        a=N(a.full),
        b=N(b.full),
        c=N(c.full),
    )


@T("rental-toolcall-book", "toolcall")
def rental_toolcall(g):
    a = g.p()
    return t(
        """
        assistant -> book_rental({"driver_name": "{name}", "driver_phone": "{phone}",
          "pickup_city": "{city}", "pickup_at": "{ts}", "category": "compact",
          "payment_card": "{cc}", "loyalty_no": "{loyal}"})""",
        name=N(a.full),
        phone=P(g.ph()),
        city=L(g.city()),
        ts=g.d.ts(),
        cc=CC(g.cc()),
        loyal=f"GR{g.n(1000000, 9999999)}",
    )


@T("courier-toolcall-sms", "toolcall")
def courier_toolcall(g):
    a = g.p()
    return t(
        """
        Function call:
        send_sms(
          to="{phone}",
          body="Hi {first}, your parcel {track} is in locker {locker} at {addr}. Code {code}."
        )""",
        phone=P(g.ph()),
        first=N(a.first),
        track=g.d.tracking(),
        locker=f"PL-{g.n(100, 999)}",
        addr=L(g.addr()),
        code=str(g.n(100000, 999999)),
    )


@T("soc-toolcall-block", "toolcall")
def soc_toolcall(g):
    a = g.p()
    return t(
        """
        {"name": "firewall_block", "arguments": {"ips": ["{ip1}", "{ip2}"],
          "reason": "Fancy Bear C2 per intel feed; requested by {who}",
          "ticket": "INC{n}", "notify": "{mail}"}}""",
        ip1=IP(g.ip4()),
        ip2=IP(g.ip()),
        who=N(a.full),
        n=str(g.n(100000, 999999)),
        mail=E(
            g.pick(("soc", "secops", "cert"))
            + "@"
            + g.pick(("orbitline.space", "northbank-fin.com"))
        ),
    )


@T("claims-toolcall-create", "toolcall")
def claims_toolcall(g):
    a = g.p()
    return t(
        """
        tool_call: create_claim
        args: {"policy": "HH-{pol}", "claimant": "{name}", "loss_address": "{addr}",
               "payout_iban": "{iban}", "contact_phone": "{phone}", "peril": "escape of water"}""",
        pol=str(g.n(1000000, 9999999)),
        name=N(a.full),
        addr=L(g.addr()),
        iban=IB(g.iban()),
        phone=P(g.ph()),
    )


@T("waste-toolcall-pickup", "toolcall")
def waste_toolcall(g):
    a = g.p()
    return t(
        """
        Calling schedule_bulky_pickup with:
          resident: {name}
          address: {addr}
          items: ["washing machine", "garden waste x3"]
          phone: {phone}
          email: {mail}""",
        name=N(a.full),
        addr=L(g.addr()),
        phone=P(g.ph()),
        mail=E(g.em(a)),
    )


def _karaoke_row(g):
    a = g.p()
    return t(
        "{name},{mail},{phone},{city},{pts}",
        name=N(a.full),
        mail=E(g.em(a)),
        phone=P(g.ph(style=g.pick(("e164", "intl", "national")))),
        city=L(g.city()),
        pts=str(g.n(0, 4000)),
    )


@T("karaoke-csv-loyalty", "csv")
def karaoke_csv(g):
    return t(
        "Dedupe this loyalty export and tell me which rows look like test accounts:\n"
        "name,email,phone,city,points\n{rows}",
        rows=rows(g, g.n(4, 6), _karaoke_row),
    )


def _site_row(g):
    a = g.p()
    return t(
        "{site},{city},Dr {pi},{phone},{mail}",
        site=str(g.n(101, 399)),
        city=L(g.city()),
        pi=N(a.west),
        phone=P(g.ph()),
        mail=E(g.em(a)),
    )


@T("trial-csv-sites", "csv")
def trial_csv(g):
    return t(
        "site_id,city,principal_investigator,phone,email\n{rows}\n\nWhich sites are missing "
        "from the HORIZON-HF activation tracker?",
        rows=rows(g, g.n(3, 5), _site_row),
    )


def _roster_row(g):
    a = g.p()
    return t(
        "{tag},{name},{country},{mail}",
        tag=g.pick(("Vexa", "kairos", "n0va", "Bluejay", "Paprika", "m0th", "Grimlock")),
        name=N(a.full),
        country=L(g.country()),
        mail=E(g.em(a)),
    )


@T("esports-csv-roster", "csv")
def esports_csv(g):
    return t(
        "tag,real_name,country,email\n{rows}",
        rows=rows(g, g.n(4, 6), _roster_row),
    )


def _payout_row(g):
    a = g.p()
    return t(
        "{name};{iban};{amt};{song}",
        name=N(a.full),
        iban=IB(g.iban()),
        amt=f"{g.n(10, 9000)},{g.n(10, 99)}",
        song=g.pick(("Layla", "Jolene", "Valerie", "Gloria", "Angie", "Roxanne")),
    )


@T("label-csv-payouts", "csv")
def label_csv(g):
    return t(
        "Sum the payouts per artist (semicolon CSV, decimal comma):\n"
        "artist;iban;amount_eur;top_track\n{rows}",
        rows=rows(g, g.n(3, 5), _payout_row),
    )


def _gym_row(g):
    a = g.p()
    return t(
        "{id},{name},{cc},{plan}",
        id=str(g.n(10000, 99999)),
        name=N(a.full),
        cc=CC(g.cc(sep="")),
        plan=g.pick(("monthly", "annual", "student")),
    )


@T("gym-csv-billing", "csv")
def gym_csv(g):
    return t(
        "Our old gym software exported this. Is it PCI compliant to keep it in a spreadsheet?\n"
        "member_id,name,card_number,plan\n{rows}",
        rows=rows(g, g.n(3, 4), _gym_row),
    )


def _delivery_row(g):
    a = g.p()
    return t(
        '{track},{name},"{addr}",{phone}',
        track=g.d.tracking(),
        name=N(a.full),
        addr=L(g.addr()),
        phone=P(g.ph()),
    )


@T("courier-csv-manifest", "csv")
def courier_csv(g):
    return t(
        "tracking,recipient,address,phone\n{rows}\nSort these into a route starting from the "
        "depot.",
        rows=rows(g, g.n(3, 5), _delivery_row),
    )


def _loan_row(g):
    a = g.p()
    return t(
        "{card}\t{name}\t{title}\t{due}",
        card=f"2{g.n(1000000, 9999999)}",
        name=N(a.lf),
        title=g.pick(
            (
                "The Left Hand of Darkness",
                "Middlemarch",
                "Things Fall Apart",
                "One Hundred Years of Solitude",
                "The Wind-Up Bird Chronicle",
            )
        ),
        due=g.d.iso_date(),
    )


@T("library-tsv-overdue", "tsv")
def library_tsv(g):
    return t(
        "Write polite overdue reminders for these:\nborrower_card\tname\ttitle\tdue\n{rows}",
        rows=rows(g, g.n(3, 5), _loan_row),
    )


def _crew_row(g):
    a = g.p()
    return t(
        "{role}\t{name}\t{phone}",
        role=g.pick(("CPT", "FO", "SCCM", "CC", "CC")),
        name=N(a.caps),
        phone=P(g.ph()),
    )


@T("airport-tsv-crew", "tsv")
def crew_tsv(g):
    return t(
        "Crew list {flight} {date}\nrole\tname\tmobile\n{rows}",
        flight=g.d.flight(),
        date=g.d.date(),
        rows=rows(g, g.n(4, 6), _crew_row),
    )


def _claim_row(g):
    a = g.p()
    return t(
        "CLM-{n}\t{name}\t{ssn}\t{acct}\t{amt}",
        n=str(g.n(100000, 999999)),
        name=N(a.full),
        ssn=SSN(g.ssn()),
        acct=AC(g.acct()),
        amt=g.d.price(),
    )


@T("claims-tsv-export", "tsv")
def claims_tsv(g):
    return t(
        "claim\tclaimant\tssn\tpayout_acct\tamount\n{rows}\n\nFlag duplicates by SSN.",
        rows=rows(g, g.n(3, 4), _claim_row),
    )


def _member_row(g):
    a = g.p()
    return t(
        "{name}\t{co}\t{mail}\t{desk}",
        name=N(a.full),
        co=g.pick(("Fernweh Studio", "Lumen Analytics", "Kōwhai Design", "Bytefield")),
        mail=E(g.em(a)),
        desk=f"D-{g.n(1, 80)}",
    )


@T("cowork-tsv-members", "tsv")
def cowork_tsv(g):
    return t(
        "name\tcompany\temail\tdesk\n{rows}",
        rows=rows(g, g.n(4, 6), _member_row),
    )


def _cast_row(g, i):
    a = g.p()
    return t(
        "| {i} | {char} | {actor} | {time} | {phone} |",
        i=str(i),
        char=g.pick(("Inspector Halloran", "Mags", "Captain Voss", "Old Silas", "the Ferryman")),
        actor=N(a.full),
        time=g.d.time(),
        phone=P(g.ph()),
    )


@T("film-mdtable-cast", "markdown_table")
def film_md(g):
    out = ["| # | Character | Artist | Pickup | Mobile |\n|---|---|---|---|---|\n"]
    for i in range(1, g.n(5, 7)):
        out += _cast_row(g, i) + ["\n"]
    out.append("\nAdd a column for the unit driver.")
    return out


@T("auction-mdtable-results", "markdown_table")
def auction_md(g):
    out = [
        "Summarise results for the newsletter:\n\n| Lot | Property | Buyer | Price |\n"
        "|---|---|---|---|\n"
    ]
    for lot in range(1, g.n(4, 6)):
        out += t(
            "| {lot} | {addr} | {buyer} | {price} |\n",
            lot=str(lot),
            addr=L(g.addr()),
            buyer=N(g.p().full),
            price=g.d.price(),
        )
    return out


@T("soc-mdtable-oncall", "markdown_table")
def soc_md(g):
    out = ["| Week | Primary | Phone | Backup |\n|---|---|---|---|\n"]
    start = g.n(10, 40)
    for wk in range(start, start + g.n(4, 7)):
        out += t(
            "| {wk} | {a} | {phone} | {b} |\n",
            wk=str(wk),
            a=N(g.p().full),
            phone=P(g.ph()),
            b=N(g.p().first),
        )
    return out


@T("gym-mdtable-leaderboard", "markdown_table")
def gym_md(g):
    out = ["Murph leaderboard (with vest)\n\n| Rank | Athlete | Box | Time |\n|---|---|---|---|\n"]
    for rank in range(1, g.n(5, 7)):
        out += t(
            "| {r} | {a} | {city} | {m}:{s} |\n",
            r=str(rank),
            a=N(g.p().full),
            city=L(g.city()),
            m=str(g.n(38, 59)),
            s=f"{g.n(0, 59):02d}",
        )
    return out


@T("trial-mdtable-ae", "markdown_table")
def trial_md(g):
    out = ["| AE | Site | Reported by | Contact |\n|---|---|---|---|\n"]
    for _ in range(g.n(3, 4)):
        a = g.p()
        out += t(
            "| {ae} | {city} | Dr {a} | {mail} |\n",
            ae=g.pick(("headache", "nausea", "rash", "dizziness", "ALT raised")),
            city=L(g.city()),
            a=N(a.init),
            mail=E(g.em(a)),
        )
    out.append("\nAre any of these likely SUSARs?")
    return out


@T("space-yaml-contacts", "yaml")
def space_yaml(g):
    a, b = g.p(), g.p()
    return t(
        """
        mission: juno-relay
        ground_stations:
          - name: GS-{code}
            site: {city}
            mgmt_ip: {ip}
        contacts:
          - name: {a}
            role: ops lead
            phone: "{pa}"
          - name: {b}
            role: backup
            email: {mb}""",
        code=g.d.code(3),
        city=L(g.city()),
        ip=IP(g.ip4()),
        a=N(a.full),
        pa=P(g.ph()),
        b=N(b.full),
        mb=E(g.em(b)),
    )


@T("soc-yaml-oncall", "yaml")
def soc_yaml(g):
    a, b = g.p(), g.p()
    return t(
        """
        # pagerduty-ish escalation, imported from the old wiki
        escalation:
          level1: { name: "{a}", phone: "{pa}" }
          level2: { name: "{b}", email: "{mb}" }
        allowlist:
          - {ip1}
          - {ip2}""",
        a=N(a.full),
        pa=P(g.ph()),
        b=N(b.full),
        mb=E(g.em(b)),
        ip1=IP(g.ip4()),
        ip2=IP(g.ip6()),
    )


@T("esports-yaml-staff", "yaml")
def esports_yaml(g):
    a, b, c = g.ps(3)
    return t(
        """
        event: Kestrel Invitational
        venue: {addr}
        staff:
          head_admin: {a}
          observers: [{b}, {c}]
        emergency_contact: "{phone}"
        """,
        addr=L(g.addr()),
        a=N(a.full),
        b=N(b.full),
        c=N(c.full),
        phone=P(g.ph()),
    )


@T("cowork-yaml-access", "yaml")
def cowork_yaml(g):
    a, b = g.p(), g.p()
    return t(
        """
        door_access:
          building: Harbourline, {city}
          rooms:
            Lovelace: [{a_mail}, {b_mail}]
            Hopper: [{b_mail}]
          owners:
            - {a}
            - {b}""",
        city=L(g.city()),
        a_mail=E(g.em(a)),
        b_mail=E(g.em(b)),
        a=N(a.full),
        b=N(b.full),
    )
