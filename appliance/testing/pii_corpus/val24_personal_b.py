"""val24 personal templates, part B: film and TV production, the music industry, publishing
and literary agents, gaming and esports."""

from __future__ import annotations

from .val24_gen import Ctx, personal

FILM = ("lanternfilms.tv", "greyowl-productions.com", "reelhouse.studio")
MUSIC = ("bluenotebookings.com", "loudhalf.agency", "northbeat-records.com")
PUB = ("inkwell-lit.co.uk", "paperkite-books.com", "marginalia-agency.com")
GAME = ("nullsector.gg", "rookforge.games", "pixelbastion.com")


@personal("film-call-sheet", "form", "film")
def t_film_callsheet(r: Ctx):
    cast = r.people_n(3)
    crew = r.people_n(3)
    roles = ["Line Producer", "1st AD", "Location Manager"]
    lines = []
    for i, p in enumerate(cast):
        role = r.pick(["DET. HALE", "THE FERRYMAN", "THE LANDLORD", "NURSE", "DRIVER"])
        lines += [f"  {i + 1}. ", r.caps(p), f" as {role}  P/U {r.time()}  Makeup {r.time()}\n"]
    for role, p in zip(roles, crew, strict=True):
        lines += [f"  {role}: ", r.full(p), "  ", r.phone(p=p), "\n"]
    return [
        f"CALL SHEET – DAY {r.num(2, 38)} of 40   {r.date('long')}\nUnit base: ",
        r.address(),
        f"\nCrew call {r.time()}   Sunrise 06:12   Weather: showers\nNearest A&E: see map\n\nCAST\n",
        lines,
        f"\nCamera: {r.d('film_kit')}. No drones over the school.\n",
    ]


@personal("film-credits-table", "markdown_table", "film")
def t_film_credits(r: Ctx):
    jobs = [
        "Director",
        "Producer",
        "Director of Photography",
        "Editor",
        "Composer",
        "Production Designer",
        "Costume Designer",
        "Sound Mixer",
    ]
    rows = []
    for job in r.sample(jobs, r.rng.randint(4, 6)):
        rows += [f"| {job} | ", r.full(r.person()), " |\n"]
    return [
        f"End credits draft v{r.num(2, 9)} – please check spelling of names\n\n"
        "| Role | Name |\n|---|---|\n",
        rows,
    ]


@personal("film-casting-email", "email", "film")
def t_film_casting(r: Ctx):
    agent, actor, cd = r.people_n(3)
    dom = r.pick(FILM)
    return [
        "From: ",
        r.email(cd, dom),
        "\nTo: ",
        r.email(agent),
        "\n"
        f"Subject: Recall – {r.pick(['Low Tide', 'The Glasshouse', 'Common Ground'])} ep. "
        f"{r.num(1, 6)}\n\nHi ",
        r.given(agent),
        ",\n\nWe'd love to see ",
        r.full(actor),
        f" again for the role of the harbour master. Recall is on {r.weekday()} at {r.time()} "
        "in our studio near ",
        r.city(),
        ". Self-tapes are fine if travel is tricky – please use "
        "the link, not WeTransfer.\n\nCould you confirm availability for a ",
        f"{r.num(3, 12)}-day shoot from {r.date('long')}? If easier, call me on ",
        r.phone(p=cd),
        ".\n\nBest,\n",
        r.full(cd),
        "\nCasting Director",
    ]


@personal("film-payroll-csv", "csv", "film")
def t_film_payroll(r: Ctx):
    rows = []
    for _ in range(r.rng.randint(3, 4)):
        p = r.person(plain=True)
        cc = r.pick(["GB", "IE", "DE", "FR", "ES", "NL", "BE", "PT", "IT"])
        rows += [
            r.full(p),
            f",{r.d('job')},",
            f"{r.money('£', 180, 900).replace(',', '')},",
            r.iban(cc, spaced=False),
            f",{r.pick(['PAYE', 'Ltd', 'Self-employed'])}\n",
        ]
    return ["name,role,day_rate,iban,status\n", rows]


@personal("film-prod-meeting", "transcript", "film")
def t_film_transcript(r: Ctx):
    a, b, c = r.people_n(3)
    return [
        r.full(a),
        ": Right, locations. Where are we with the farmhouse?\n",
        r.full(b),
        ": The owner, ",
        r.titled(c),
        ", wants a second recce. They're only free ",
        f"{r.weekday()}.\n",
        r.full(a),
        ": Fine. Can we still do the night exterior in ",
        r.city(),
        "?\n",
        r.full(b),
        ": If the council signs off. I've emailed ",
        r.email(c),
        " with the risk assessment.\n",
        r.full(a),
        f": And the {r.dn('film_kit')}? Budget line {r.code('##-###')} is already over.\n",
    ]


@personal("film-scout-slack", "slack", "film")
def t_film_slack(r: Ctx):
    a, b = r.people_n(2)
    return [
        f"#locations  {r.date('iso')}\n",
        r.full(a),
        f"  {r.time()}\n  found a mill conversion outside ",
        r.city(),
        ", owner happy for 3 days. photos in the drive\n",
        r.full(b),
        f"  {r.time()}\n  nice. address? need it for the unit move\n",
        r.full(a),
        f"  {r.time()}\n  ",
        r.address(),
        "\n  owner is ",
        r.full(r.person()),
        ", ",
        r.phone(),
        "\n@scout-bot  added 14 photos to /locations/mill\n",
    ]


@personal("music-royalty-tsv", "tsv", "music")
def t_music_royalty(r: Ctx):
    rows = []
    for _ in range(r.rng.randint(3, 5)):
        p = r.person(plain=True)
        rows += [
            f"{r.code('ISRC @@-@@@-##-#####')}\t",
            r.lastfirst(p),
            f"\t{r.pick(['Writer', 'Composer', 'Performer'])}\t{r.num(10, 99)}.{r.num(0, 9)}%\t"
            f"{r.money('£', 3, 900)}\t",
            r.iban(r.pick(["GB", "DE", "SE", "NL", "FR", "IE", "NO"]), spaced=False)
            if r.chance(0.6)
            else r.acct("uk"),
            "\n",
        ]
    return [
        f"statement_period\tQ{r.num(1, 4)} {r.num(2023, 2025)}\n"
        "isrc\tpayee\trole\tshare\tamount\tpay_to\n",
        rows,
    ]


@personal("music-booking-email", "email", "music")
def t_music_booking(r: Ctx):
    agent, promoter = r.people_n(2)
    dom = r.pick(MUSIC)
    return [
        "Subject: Hold confirmed – ",
        r.city(),
        f" {r.date('long')}\n\nHi ",
        r.given(promoter),
        ",\n\nConfirming the first hold for the band at your venue. Guarantee "
        f"{r.money('€', 1500, 9000)} vs 80% of the door, doors {r.time()}. Deposit of 50% to our "
        "client account: ",
        r.iban(r.pick(["NL", "DE", "BE", "GB", "FR"])),
        ".\n\nTour manager on the day: ",
        r.full(r.person()),
        ", ",
        r.phone(),
        ". Rider attached – they need the Marshall stack and a Hammond on stage left.\n\nCheers,\n",
        r.full(agent),
        "\n",
        r.email(agent, dom),
    ]


@personal("music-setlist-notes", "notes", "music")
def t_music_setlist(r: Ctx):
    a, b, c, d = r.people_n(4)
    songs = r.sample(
        [
            "Glass Harbour",
            "Paper Moons",
            "Slow Signal",
            "Copper Sky",
            "Undertow",
            "Salt Lines",
            "Foxglove",
            "Northbound",
            "Static Bloom",
            "Hollow Year",
        ],
        6,
    )
    return [
        "SET – ",
        r.city(),
        f", {r.date('short')}\n\n",
        "\n".join(f"{i + 1}. {s}" for i, s in enumerate(songs)),
        "\n\nNotes:\n- ",
        r.given(a),
        " switches to the Rhodes for song 4\n- capo 2 on ",
        f"{songs[2]} (",
        r.given(b),
        ")\n- ",
        r.full(c),
        " guests on vocals for the encore\n- FOH: ",
        r.full(d),
        " ",
        r.phone(p=d),
        "\n",
    ]


@personal("music-tour-yaml", "yaml", "music")
def t_music_yaml(r: Ctx):
    tm, drv = r.people_n(2)
    return [
        f"tour: autumn-{r.num(2024, 2026)}\nleg: {r.num(1, 3)}\ndays:\n"
        f'  - date: {r.date("iso")}\n    city: "',
        r.city(),
        '"\n    hotel: "',
        r.address(),
        '"\n    load_in: "',
        r.time(),
        '"\n  - date: ',
        r.date("iso"),
        '\n    city: "',
        r.city(),
        '"\n    day_off: true\ncontacts:\n  tour_manager:\n    name: "',
        r.full(tm),
        '"\n    phone: "',
        r.phone(p=tm),
        '"\n  driver:\n    name: "',
        r.full(drv),
        '"\n    email: "',
        r.email(drv),
        '"\n',
    ]


@personal("music-rehearsal-ics", "ics", "music")
def t_music_ics(r: Ctx):
    a, b = r.people_n(2)
    return [
        "BEGIN:VEVENT\nSUMMARY:Full band rehearsal + ",
        r.given(a),
        " on keys\nDTSTART:",
        f"{r.date('iso').replace('-', '')}T180000\nDTEND:{r.date('iso').replace('-', '')}T220000\n"
        "LOCATION:",
        r.address(),
        '\nORGANIZER;CN="',
        r.full(b),
        '":mailto:',
        r.email(b),
        "\nDESCRIPTION:Room B. Bring in-ears. Parking code ",
        r.num(100, 999),
        "\nEND:VEVENT",
    ]


@personal("pub-submission-letter", "letter", "publishing")
def t_pub_letter(r: Ctx):
    author, agent = r.people_n(2)
    return [
        r.full(author),
        "\n",
        r.address(p=author),
        "\n",
        r.phone(p=author),
        " · ",
        r.email(author),
        f"\n\n{r.date('long')}\n\nDear ",
        r.titled(agent),
        ",\n\n"
        f"I am seeking representation for THE SALT ORCHARD, a literary novel of {r.num(78, 96)},000 "
        "words. It follows two sisters who inherit a failing cider farm and the letters their "
        "grandmother hid in the walls. Readers of ",
        r.pick(["quiet family sagas", "rural noir"]),
        " may enjoy it.\n\nI live in ",
        r.city(),
        " and teach part time. My short fiction was "
        f"longlisted for {r.d('award')}.\n\nThe first three chapters are attached.\n\n"
        "Yours sincerely,\n",
        r.full(author),
    ]


@personal("pub-contract-xml", "xml", "publishing")
def t_pub_xml(r: Ctx):
    a, b, ag = r.people_n(3, plain=True)
    return [
        f'<contract id="{r.code("PUB-####-###")}">\n  <title>{r.pick(["Winter Ledger", "The Quiet Ferry", "Small Hours"])}'
        "</title>\n  <isbn>",
        r.isbn(),
        '</isbn>\n  <contributor role="author">',
        r.full(a),
        '</contributor>\n  <contributor role="translator">',
        r.full(b),
        "</contributor>\n  <agent>\n    <name>",
        r.full(ag),
        "</name>\n    <email>",
        r.email(ag),
        '</email>\n  </agent>\n  <advance currency="EUR">',
        r.num(3000, 40000),
        "</advance>\n  <payee_iban>",
        r.iban(r.pick(["DE", "FR", "NL", "IT", "ES"])),
        "</payee_iban>\n</contract>",
    ]


@personal("pub-reference-list", "bibliography", "publishing")
def t_pub_biblio(r: Ctx):
    out = ["References (check against the author's list before copy-edit):\n\n"]
    titles = [
        "Cider and Kin: Orchard Labour in the West",
        "Letters Under the Floorboards",
        "The Economics of Small Farms",
        "Salt, Soil and Memory",
        "Apple Varieties of Europe",
        "Women's Correspondence 1890–1930",
        "Rural Households in Transition",
    ]
    for t in r.sample(titles, r.rng.randint(3, 5)):
        p, q = r.person(), r.person()
        two = r.chance(0.4)
        out += [
            r.biblio(p),
            (", & ", r.biblio(q)) if two else "",
            f" ({r.num(1988, 2024)}). {t}. {r.pick(['Press', 'Books', 'University Press'])}"
            f" of the Commons. https://doi.org/{r.doi()}\n",
        ]
    return out


@personal("pub-production-jira", "jira", "publishing")
def t_pub_jira(r: Ctx):
    a, b = r.people_n(2)
    author = r.person(female=True)
    return [
        f"PROD-{r.num(200, 999)}  Proofs for {r.pick(['Small Hours', 'The Quiet Ferry'])} – "
        "author corrections\n\nComment by ",
        r.full(a),
        ":\nAuthor (",
        r.full(author),
        ") sent 40 corrections by post, mostly in chapter 12. Scanned copy on the share. "
        "Please call her on ",
        r.phone(p=author),
        " before changing the epigraph.\n\nComment by ",
        r.full(b),
        ":\nDone. Typesetter confirms the index will reflow, new "
        f"extent {r.num(280, 420)}pp. ISBN stays {r.isbn()}.",
    ]


@personal("pub-paste-fr", "paste", "publishing")
def t_pub_fr(r: Ctx):
    a, b = r.person("fr", female=True), r.person("fr")
    return [
        r.pick(
            [
                "Summarise this email from our French author in two sentences:",
                "Reply politely in English to this:",
                "Extract the dates and people as JSON:",
            ]
        ),
        "\n\nBonjour ",
        r.given(b),
        ",\n\nJe vous envoie la version corrigée du manuscrit. Mon éditrice, ",
        r.titled(a, "Madame"),
        ", souhaite une réponse avant le ",
        f"{r.num(2, 28)} {r.pick(['mars', 'juin', 'octobre', 'novembre'])}. Je serai à ",
        r.city("FR"),
        " toute la semaine prochaine, joignable au ",
        r.phone("FR"),
        ".\n\nBien cordialement,\n",
        r.full(a),
    ]


@personal("game-roster-json", "json", "gaming")
def t_game_roster(r: Ctx):
    players = []
    for i in range(5):
        p = r.person()
        handle = r.code(r.pick(["@@@##", "x@@@@x", "@@@_@@"])).lower()
        players += [
            '    {"ign": "',
            handle,
            '", "name": "',
            r.full(p),
            '", "country": "',
            r.country(),
            f'", "role": "{r.pick(["duelist", "controller", "sentinel", "igl"])}",'
            f' "main": "{r.d("game_agent")}"}}{"," if i < 4 else ""}\n',
        ]
    return [
        '{\n  "team": "Null Sector",\n  "season": "',
        r.num(2024, 2026),
        '",\n  "players": [\n',
        players,
        "  ]\n}",
    ]


@personal("game-moderation-log", "log", "gaming")
def t_game_modlog(r: Ctx):
    a, mod = r.people_n(2)
    uid = r.num(100000, 999999)
    return [
        f"{r.date('iso')} {r.clock()} mod.report  target_uid={uid} reason=harassment reported_by=",
        r.email(a),
        "\n",
        f"{r.date('iso')} {r.clock()} mod.lookup  uid={uid} last_ip=",
        r.ip(),
        " alt_ip=",
        r.ipv4(),
        "\n",
        f"{r.date('iso')} {r.clock()} mod.action  uid={uid} action=mute_72h by=",
        r.full(mod),
        "\n",
        f'{r.date("iso")} {r.clock()} mod.appeal  uid={uid} real_name="',
        r.full(a),
        '" status=open\n',
    ]


@personal("game-chargeback-ticket", "ticket", "gaming")
def t_game_ticket(r: Ctx):
    a, agent = r.people_n(2)
    return [
        f"Ticket #{r.num(300000, 999999)}  Priority: High  Queue: Payments\n\nCustomer: ",
        r.full(a),
        " <",
        r.email(a),
        ">\n"
        f"Subject: charged twice for {r.pick(['1,000 Gems', 'Season Pass', 'Founders Pack'])}\n\n"
        "I was charged twice on my card ",
        r.card(),
        f" ({r.money('$', 5, 100)} each) on {r.date('long')}. My account email is the one above "
        "and I was playing from ",
        r.ip(),
        ". Please refund one of them.\n\n---\nInternal note (",
        r.full(agent),
        "): two captures confirmed in the PSP dashboard, refund raised.",
    ]


@personal("game-team-chat", "chat", "gaming")
def t_game_chat(r: Ctx):
    a, b, c = r.people_n(3)
    return [
        "write a short hype post for our socials announcing the new roster. the players are ",
        r.full(a),
        ", ",
        r.full(b),
        " and ",
        r.full(c),
        ". ",
        r.nick(b),
        " is joining from a team in ",
        r.country(),
        ". mention we bootcamp in ",
        r.city(),
        f" next month and that {r.d('game_agent')} mains are welcome in tryouts",
    ]


@personal("game-seed-python", "code", "gaming")
def t_game_code(r: Ctx):
    ps = r.people_n(3, plain=True)
    lines = []
    for p in ps:
        lines += [
            '    Player(name="',
            r.full(p),
            '", email="',
            r.email(p),
            f'", seed={r.num(1, 64)}),\n',
        ]
    return [
        "# seed data for the spring cup bracket – delete before prod\nfrom cup.models import "
        "Player\n\nPLAYERS = [\n",
        lines,
        "]\n\n# TODO ask ",
        r.given(ps[0]),
        " whether the seeding uses Elo or the old points table\n",
    ]


@personal("game-players-sql", "code", "gaming")
def t_game_sql(r: Ctx):
    a, b = r.people_n(2, plain=True)
    return [
        "-- fix city for two players flagged in moderation\nUPDATE players SET city = '",
        r.city(),
        "' WHERE email = '",
        r.email(a),
        "';\nUPDATE players SET display_name = '",
        r.full(b),
        "', phone = '",
        r.phone(style="e164"),
        "' WHERE id = ",
        r.num(1000, 99999),
        ";\n",
    ]


@personal("game-roster-diff", "diff", "gaming")
def t_game_diff(r: Ctx):
    a, b, c = r.people_n(3, plain=True)
    return [
        "diff --git a/roster.yml b/roster.yml\n--- a/roster.yml\n+++ b/roster.yml\n"
        "@@ -4,7 +4,7 @@ players:\n   - ign: ",
        r.code("@@@##").lower(),
        '\n     name: "',
        r.full(a),
        '"\n-  - ign: ',
        r.code("@@@##").lower(),
        '\n-    name: "',
        r.full(b),
        '"\n+  - ign: ',
        r.code("@@@##").lower(),
        '\n+    name: "',
        r.full(c),
        '"\n+    contact: "',
        r.email(c),
        '"\n',
    ]


@personal("music-promoter-vcard", "vcard", "music")
def t_music_vcard(r: Ctx):
    a = r.person()
    return [
        "BEGIN:VCARD\nVERSION:3.0\nN:",
        r.fam(a),
        ";",
        r.given(a),
        ";;;\nFN:",
        r.full(a),
        f"\nORG:{r.pick(['Loud Half Promotions', 'Bluenote Bookings'])}\nTITLE:Promoter\n"
        "TEL;TYPE=CELL:",
        r.phone(p=a),
        "\nEMAIL:",
        r.email(a),
        "\nADR;TYPE=WORK:;;",
        r.address(p=a),
        "\nEND:VCARD",
    ]


@personal("film-producer-voice", "voice", "film")
def t_film_voice(r: Ctx):
    a, b = r.person(), r.person(female=True)
    return [
        "remind me to ring ",
        r.lower(a),
        " tomorrow about the extras for the market scene and tell ",
        r.lower(b, full=False),
        " the catering truck can park behind the church in ",
        ("LOCATION", r.city()[1].lower()),
        " her number is ",
        r.phone(style="natc", p=b),
    ]


@personal("pub-author-sms", "sms", "publishing")
def t_pub_sms(r: Ctx):
    a, b = r.people_n(2)
    return [
        r.given(a),
        " here – the festival moved my panel to 3pm. Can you tell ",
        r.full(b),
        "? I'm on the train to ",
        r.city(),
        ", signal patchy. Ring ",
        r.phone(p=a),
        " if urgent x",
    ]


@personal("game-discord-slack", "slack", "gaming")
def t_game_slack(r: Ctx):
    a, b = r.people_n(2)
    return [
        f"[{r.date('iso')} {r.time()}] ",
        r.full(a),
        ": tryout results are in. ",
        r.given(b),
        f" was the standout on {r.d('game_agent')}.\n[{r.time()}] @null-bot: reminder – bootcamp "
        f"check-in {r.weekday()}\n[{r.time()}] ",
        r.full(b),
        ": thanks!! can someone send the address again, I'm flying into ",
        r.city(),
        f"\n[{r.time()}] ",
        r.full(a),
        ": ",
        r.address(),
        ", ring the bell for unit 4",
    ]
