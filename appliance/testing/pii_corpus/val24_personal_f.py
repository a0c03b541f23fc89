"""val24 personal templates, part F: horse racing and sports clubs, personal admin (family
calendars, household bills, moving house), pasted texts in Swedish, Turkish, Indonesian and
German, dictated notes, and the templates that plant word-names (Hope, Will, Grace ...) where
the text says they are people."""

from __future__ import annotations

from .val24_gen import Ctx, personal

CLUB = ("harriers-ac.org.uk", "longstride-racing.com", "rowingclub.ie", "fc-eintracht.de")


@personal("race-declarations-csv", "csv", "racing")
def t_race_csv(r: Ctx):
    course = r.city(r.pick(["GB", "IE", "FR", "AU"]))
    rows = []
    for i in range(r.rng.randint(3, 5)):
        tr, jk = r.person(plain=True), r.person(plain=True)
        rows += [
            f"{i + 1},{r.d('horse')},{r.num(3, 9)},",
            r.full(tr),
            ",",
            r.initial(jk),
            f",{r.num(9, 12)}-{r.num(0, 13)}\n",
        ]
    return [
        "meeting,",
        course,
        f",{r.date('iso')},race {r.num(1, 7)}\nno,horse,age,trainer,jockey,weight\n",
        rows,
    ]


@personal("syndicate-update-email", "email", "racing")
def t_syndicate_email(r: Ctx):
    mgr, trainer, jockey = r.people_n(3)
    return [
        f"Subject: {r.d('horse')} – runs {r.weekday()}!\n\nDear members,\n\nGreat news: ",
        r.full(trainer),
        f" has declared {r.d('horse')} for the {r.time()} at ",
        r.city(),
        ". ",
        r.full(jockey),
        " rides. Prize money from the last win "
        f"({r.money('£', 2000, 12000)}) is in the syndicate account, IBAN ",
        r.iban("GB"),
        ", and will be shared out at the end of the month.\n\nOwners' badges: reply to me or text ",
        r.phone(p=mgr),
        ".\n\nBest,\n",
        r.full(mgr),
    ]


@personal("stewards-transcript", "transcript", "racing")
def t_stewards(r: Ctx):
    chair, j1, j2 = r.people_n(3)
    return [
        "STEWARDS' ENQUIRY – race ",
        r.num(1, 7),
        "\nChair (",
        r.full(chair),
        "): ",
        r.full(j1),
        f", you came off the rail on {r.d('horse')} a furlong out. Why?\n",
        r.given(j1),
        ": She hung left, sir, I corrected as soon as I could.\nChair: ",
        r.titled(j2),
        f", you were on {r.d('horse')} on the inside. Were you impeded?\n",
        r.fam(j2),
        ": Yes, I had to snatch up. Cost me second.\nChair: We'll review the "
        "head-on. Both riders remain.",
    ]


@personal("club-membership-form", "form", "sports_club")
def t_club_form(r: Ctx):
    a = r.person()
    kid = r.person(a.culture)
    return [
        f"MEMBERSHIP FORM {r.num(2025, 2026)}/{r.num(26, 27)}\n\nMember: ",
        r.full(a),
        "\nJunior member: ",
        r.full(kid),
        f" (U{r.num(9, 16)})\nAddress: ",
        r.address(p=a),
        "\nMobile: ",
        r.phone(p=a),
        "\nEmail: ",
        r.email(a),
        "\nEmergency contact: ",
        r.full(r.person()),
        ", ",
        r.phone(),
        "\n\nDirect Debit: acct no. ",
        r.acct("uk"),
        f"  sort code {r.sort_code()}\nFamily membership {r.money('£', 90, 400)} per year",
    ]


@personal("club-slack", "slack", "sports_club")
def t_club_slack(r: Ctx):
    a, b, c = r.people_n(3)
    return [
        f"#u12-squad  {r.date('short')}\n",
        r.full(a),
        f"  {r.time()}\n  lifts for saturday: ",
        r.nick(b),
        " can take 3 from the clubhouse, ",
        r.given(c),
        " has 2 seats\n",
        r.full(b),
        f"  {r.time()}\n  yes, leaving 8:15 sharp. pitch is near ",
        r.city(),
        ", postcode in the fixture email\n@fixtures-bot  Kick-off 10:30, away, bring both kits\n",
    ]


@personal("club-agm-minutes", "minutes", "sports_club")
def t_club_minutes(r: Ctx):
    chair, treas, sec, new = r.people_n(4)
    return [
        f"ANNUAL GENERAL MEETING – {r.date('long')}\nChair: ",
        r.full(chair),
        "\nPresent: ",
        f"{r.num(18, 60)} members\n\n1. Treasurer's report (",
        r.full(treas),
        f"): surplus of {r.money('£', 500, 9000)}; subs unchanged.\n2. Secretary ",
        r.full(sec),
        " steps down after six years; thanks recorded.\n3. Elected: ",
        r.full(new),
        " as secretary, proposed by ",
        r.initial(chair),
        ", seconded by ",
        r.initial(treas),
        ".\n4. AOB: new floodlights quote from a firm in ",
        r.city(),
        ".\n",
    ]


@personal("club-fixture-sms", "sms", "sports_club")
def t_club_sms(r: Ctx):
    a, b = r.people_n(2)
    return [
        "Coach ",
        r.given(a),
        ": match moved to ",
        r.address(),
        " sat 2pm. ",
        r.given(b),
        " is captain. Can't make it? Text ",
        r.phone(p=a),
        " by thurs",
    ]


@personal("family-calendar-ics", "ics", "personal_admin")
def t_family_ics(r: Ctx):
    a = r.person()
    kid = r.person(a.culture)
    return [
        "BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:",
        r.given(kid),
        " – orthodontist\nDTSTART:",
        f"{r.date('iso').replace('-', '')}T154500\nLOCATION:",
        r.address(p=a),
        "\nDESCRIPTION:Dr ",
        r.fam(r.person()),
        ". Bring retainer.\nEND:VEVENT\nBEGIN:VEVENT\n"
        "SUMMARY:Grandma visiting – pick up from station\nDTSTART:",
        f"{r.date('iso').replace('-', '')}T1100\nDESCRIPTION:Her number ",
        r.phone(p=a),
        "\nORGANIZER;CN=",
        r.full(a),
        ":mailto:",
        r.email(a),
        "\nEND:VEVENT\nEND:VCALENDAR",
    ]


@personal("household-bills-table", "markdown_table", "personal_admin")
def t_bills_md(r: Ctx):
    a, b = r.people_n(2)
    rows = [
        ["Energy", r.acct("uk")],
        ["Water", r.acct("uk")],
        ["Broadband", None],
        ["Council tax", r.acct("uk")],
    ]
    out = [
        "Household bills (",
        r.given(a),
        " & ",
        r.given(b),
        ")\n\n| Bill | Monthly | Paid from | Account no. |\n|---|---|---|---|\n",
    ]
    for name, acct in rows:
        out += [
            f"| {name} | {r.money('£', 20, 220)} | joint | ",
            acct if acct else "card ",
            "" if acct else r.card(sep=""),
            " |\n",
        ]
    return out


@personal("moving-checklist", "notes", "personal_admin")
def t_moving(r: Ctx):
    a, b = r.people_n(2)
    return [
        f"MOVING – {r.date('long')}\nFrom: ",
        r.address(p=a),
        "\nTo: ",
        r.address(p=a),
        "\n\n[ ] removals booked – ask for ",
        r.given(b),
        " (",
        r.phone(),
        ")\n[ ] redirect post, ref ",
        r.code("RM-#########"),
        "\n[ ] tell the bank new address – current account ",
        r.acct(),
        "\n[x] meter readings photographed\n[ ] new GP, register "
        f"both of us\n[ ] {r.d('pet')}'s microchip details!\n",
    ]


@personal("landlord-letter-chat", "chat", "personal_admin")
def t_landlord_chat(r: Ctx):
    a, ll = r.people_n(2)
    return [
        "Help me write a firm but polite email to my landlord, ",
        r.full(ll),
        f", asking for my deposit of {r.money('£', 600, 3000)} back. I moved out of ",
        r.address(p=a),
        f" on {r.date('long')}, left it clean, and it's been 6 weeks. Sign it from ",
        r.full(a),
        " and ask for the money to go to ",
        r.iban(r.pick(["GB", "IE"])),
        ".",
    ]


@personal("family-vcard", "vcard", "personal_admin")
def t_family_vcard(r: Ctx):
    a = r.person()
    return [
        "BEGIN:VCARD\nVERSION:3.0\nFN:",
        r.full(a),
        "\nN:",
        r.fam(a),
        ";",
        r.given(a),
        ";;;\nNICKNAME:",
        r.nick(a),
        "\nTEL;TYPE=HOME:",
        r.phone(p=a),
        "\nTEL;TYPE=CELL:",
        r.phone(p=a),
        "\nEMAIL:",
        r.email(a),
        "\nADR;TYPE=HOME:;;",
        r.address(p=a),
        f"\nBDAY:{r.dob('iso')}\nEND:VCARD",
    ]


@personal("admin-voice-memo", "voice", "personal_admin")
def t_admin_voice(r: Ctx):
    a, b = r.person(female=False), r.person()
    return [
        "okay so tomorrow pay the gas bill transfer to account number ",
        r.acct("uk"),
        " then call ",
        r.lower(a),
        " about the boiler service his number is ",
        r.phone(style="natc"),
        " and remind ",
        r.lower(b, full=False),
        " that the parking permit runs out on friday",
    ]


@personal("deposit-return-email", "email", "personal_admin")
def t_deposit_email(r: Ctx):
    a, agent = r.people_n(2)
    return [
        "From: ",
        r.email(a),
        "\nTo: ",
        r.email(agent, "lettings-hub.co.uk"),
        "\nSubject: Deposit return – ",
        r.address(p=a),
        "\n\nDear ",
        r.titled(agent),
        f",\n\nThe tenancy ended on {r.date('long')} and the check-out report had no issues. "
        "Please return the deposit to:\n\nAccount name: ",
        r.full(a),
        "\nIBAN: ",
        r.iban(r.pick(["GB", "IE", "NL", "DE", "FR", "ES"])),
        "\n\nMany thanks,\n",
        r.given(a),
    ]


@personal("finance-app-json", "json", "personal_admin")
def t_finance_json(r: Ctx):
    a = r.person()
    return [
        '{\n  "user": "',
        r.full(a),
        '",\n  "accounts": [\n    {"type": "checking", "number": "',
        r.acct("us"),
        '", "balance": ',
        r.num(100, 9000),
        ".",
        r.num(10, 99),
        '},\n    {"type": "card", "number": "',
        r.card(sep=""),
        '", "limit": ',
        r.num(1000, 15000),
        '}\n  ],\n  "last_login_ip": "',
        r.ip(),
        '",\n  "ssn_last_verified": "',
        r.ssn(),
        '"\n}',
    ]


@personal("paste-sv-club", "paste", "sports_club")
def t_paste_sv(r: Ctx):
    a, b = r.person("sv"), r.person("sv")
    return [
        r.pick(["Translate to English:", "Sammanfatta på engelska:", "Summarise in one line:"]),
        "\n\nHej alla!\n\nTräningen på lördag flyttas till ",
        r.address("SE"),
        ". ",
        r.full(a),
        " leder passet och ",
        r.given(b),
        " tar med bollar. Frågor? Ring mig på ",
        r.phone("SE"),
        ".\n\nMvh\n",
        r.full(b),
    ]


@personal("paste-tr-admin", "paste", "personal_admin")
def t_paste_tr(r: Ctx):
    a, b = r.person("tr", female=True), r.person("tr", female=False)
    return [
        "Translate this message from my neighbour into English:\n\nMerhaba, ben ",
        r.full(a),
        ". Yarın ",
        r.city("TR"),
        " şehrine gidiyorum, kargonuz gelirse ",
        r.given(b),
        " Bey teslim alacak. Numaram ",
        r.phone("TR"),
        ". Adresim: ",
        r.address("TR"),
        ". Teşekkürler!",
    ]


@personal("paste-id-race", "paste", "racing")
def t_paste_id(r: Ctx):
    a, b = r.person("id", female=False), r.person("id", female=True)
    return [
        r.pick(
            [
                "Ringkas pesan ini dalam bahasa Inggris:",
                "Translate to English:",
                "Extract the people and phone numbers as JSON:",
            ]
        ),
        "\n\nSelamat pagi Bapak ",
        r.given(a),
        ",\n\nLatihan kuda besok dimulai jam 06.00 di ",
        r.city("ID"),
        ". Ibu ",
        r.full(b),
        " akan membawa dokter hewan. Kalau ada perubahan, hubungi saya di ",
        r.phone("ID"),
        ".\n\nTerima kasih,\n",
        r.full(r.person("id")),
    ]


@personal("paste-de-club", "paste", "sports_club")
def t_paste_de(r: Ctx):
    a, b = r.person("de", female=True), r.person("de")
    return [
        "Reply in English to this email from the German club we are visiting:\n\nHallo ",
        r.given(b),
        ",\n\nwir freuen uns auf euren Besuch in ",
        r.city("DE"),
        "! Treffpunkt ist am Vereinsheim, ",
        r.address("DE"),
        ". Bei Fragen ruft mich unter ",
        r.phone("DE"),
        " an oder schreibt an ",
        r.email(a),
        ".\n\nViele Grüße\n",
        r.full(a),
    ]


@personal("sms-send-toolcall", "toolcall", "personal_admin")
def t_sms_tool(r: Ctx):
    a, b = r.people_n(2)
    return [
        '{"function": "send_sms", "arguments": {"to": "',
        r.phone(p=a, style="e164"),
        '", "body": "Hi ',
        r.given(a),
        ", ",
        r.given(b),
        " will collect the keys from ",
        r.address(),
        ' at 6. Thanks!"}}',
    ]


@personal("club-members-js", "code", "sports_club")
def t_club_js(r: Ctx):
    a, b = r.people_n(2, plain=True)
    return [
        '// temporary until the membership API is back\nconst committee = [\n  { name: "',
        r.full(a),
        '", role: "chair", phone: "',
        r.phone(p=a),
        '" },\n  { name: "',
        r.full(b),
        '", role: "welfare officer", email: "',
        r.email(b),
        '" },\n];\n\nexport default committee;\n',
    ]


@personal("contacts-diff", "diff", "personal_admin")
def t_contacts_diff(r: Ctx):
    a, b, c = r.people_n(3, plain=True)
    return [
        "--- contacts.csv\n+++ contacts.csv\n@@ -12,3 +12,4 @@\n ",
        r.full(a),
        ",",
        r.phone(),
        "\n-",
        r.full(b),
        ",",
        r.phone(),
        "\n+",
        r.full(b),
        ",",
        r.phone(),
        "\n+",
        r.full(c),
        ",",
        r.email(c),
        "\n",
    ]


@personal("dotfiles-git", "git", "personal_admin")
def t_dotfiles_git(r: Ctx):
    a, b = r.people_n(2, plain=True)
    return [
        f"commit {r.sha(40)}\nMerge: {r.sha(7)} {r.sha(7)}\nAuthor: ",
        r.full(a),
        " <",
        r.email(a),
        f">\nDate:   {r.date('short')} {r.clock()} 2024 +0200\n\n    Merge family "
        "calendar sync script\n\n    Reviewed-by: ",
        r.full(b),
        " <",
        r.email(b),
        ">\n    Signed-off-by: ",
        r.full(a),
        " <",
        r.email(a),
        ">\n",
    ]


@personal("club-results-html", "html", "sports_club")
def t_club_html(r: Ctx):
    out = [
        "<table>\n<caption>Parkrun-style 5k, ",
        r.city(),
        f", {r.date('long')}</caption>\n<tr><th>Pos</th><th>Runner</th><th>Time</th></tr>\n",
    ]
    for i in range(r.rng.randint(3, 5)):
        out += [
            f"<tr><td>{i + 1}</td><td>",
            r.full(r.person()),
            f"</td><td>{r.num(16, 24)}:{r.num(10, 59)}</td></tr>\n",
        ]
    return out + ["</table>"]


@personal("race-entries-xml", "xml", "racing")
def t_race_xml(r: Ctx):
    o, t, j = r.people_n(3, plain=True)
    return [
        f'<Entry race="{r.code("R#-####")}" horse="{r.d("horse")}">\n  <Owner>',
        r.full(o),
        "</Owner>\n  <OwnerPhone>",
        r.phone(p=o),
        "</OwnerPhone>\n  <Trainer>",
        r.full(t),
        "</Trainer>\n  <Jockey>",
        r.full(j),
        "</Jockey>\n  <Course>",
        r.city(),
        "</Course>\n</Entry>",
    ]


@personal("router-log", "log", "personal_admin")
def t_router_log(r: Ctx):
    a, b = r.people_n(2)
    return [
        f"{r.date('iso')} {r.clock()} dhcpd: DHCPACK on ",
        r.ipv4(),
        " to ",
        r.code("%%:%%:%%:%%:%%:%%"),
        " (",
        r.given(a),
        f"-iPhone)\n{r.date('iso')} {r.clock()} dhcpd: DHCPACK on ",
        r.ipv4(),
        " to ",
        r.code("%%:%%:%%:%%:%%:%%"),
        " (Pixel-of-",
        r.given(b),
        f")\n{r.date('iso')} {r.clock()} firewall: blocked inbound from ",
        r.ipv4(),
        " port 23\n",
    ]


# Word-names: planted only where the text says they are people ---------------------------------


@personal("word-site-handover", "notes", "construction")
def t_word_site(r: Ctx):
    w, p = r.word_person(), r.person()
    return [
        "Handover notes\n- ",
        r.given(w),
        " (site manager) signs off the scaffold on Friday; ring ",
        r.given(w),
        " on ",
        r.phone(),
        " before any alterations.\n- ",
        r.full(p),
        f" takes over the snag list from {r.date('long')}.\n",
    ]


@personal("word-cast-email", "email", "film")
def t_word_cast(r: Ctx):
    w, p = r.word_person(female=True), r.person()
    return [
        "Hi ",
        r.given(p),
        ",\n\nThe actor playing the daughter is ",
        r.full(w),
        " – she's 19, so no chaperone needed. Her agent is ",
        r.full(r.person()),
        " (",
        r.phone(),
        "). ",
        r.given(w),
        " is free from the 14th.\n\nThanks,\n",
        r.full(p),
    ]


@personal("word-school-sms", "sms", "school")
def t_word_sms(r: Ctx):
    w = r.word_person()
    return [
        "Reminder from the school office: ",
        r.full(w),
        "'s trip form is still missing. Please return it by Friday or call ",
        r.phone("GB"),
        ".",
    ]


@personal("word-racing-chat", "chat", "racing")
def t_word_racing(r: Ctx):
    w, p = r.word_person(), r.person()
    return [
        "draft a thank-you note to our jockey ",
        r.full(w),
        " after the win at ",
        r.city(),
        f" on {r.d('horse')}. the trainer ",
        r.full(p),
        " wants to sign it too",
    ]


@personal("word-admin-ics", "ics", "personal_admin")
def t_word_ics(r: Ctx):
    w = r.word_person()
    return [
        "BEGIN:VEVENT\nSUMMARY:Dinner at ",
        r.given(w),
        "'s\nDTSTART:",
        f"{r.date('iso').replace('-', '')}T1930\nLOCATION:",
        r.address(),
        "\nATTENDEE;CN=",
        r.full(w),
        ":mailto:",
        r.email(w),
        "\nEND:VEVENT",
    ]


@personal("word-band-notes", "notes", "music")
def t_word_band(r: Ctx):
    w1, w2 = r.word_person(), r.word_person()
    return [
        "Band line-up for the wedding gig:\n- vocals: ",
        r.full(w1),
        "\n- bass: ",
        r.full(w2),
        "\n- drums: ",
        r.full(r.person()),
        "\nPay ",
        r.given(w1),
        " and ",
        r.given(w2),
        " on the night; their numbers are in the group chat.",
    ]


@personal("word-lab-handover", "chat", "lab")
def t_word_lab(r: Ctx):
    w = r.word_person()
    return [
        "Our lab manager ",
        r.full(w),
        " is off next week. Write a short out-of-office that says to contact ",
        r.full(r.person()),
        " (",
        r.phone(),
        ") for freezer alarms and to email ",
        r.given(w),
        " only for orders.",
    ]
