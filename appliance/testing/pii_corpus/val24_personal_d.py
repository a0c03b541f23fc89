"""val24 personal templates, part D: pensions and tax advisers, immigration and visa services,
ports, shipping and aviation maintenance."""

from __future__ import annotations

from .val24_gen import Ctx, personal

ADVISER = ("thistlepensions.co.uk", "ledgerline-tax.com", "brightpath-cpa.com")
VISA = ("clearpathvisas.com", "bordersmart-law.co.uk", "newroots-immigration.ca")
PORT = ("harbourline-shipping.com", "quayside-agency.nl", "aerotech-mro.aero")


@personal("pension-transfer-letter", "letter", "pensions")
def t_pension_letter(r: Ctx):
    a, adv = r.people_n(2)
    return [
        r.full(a),
        "\n",
        r.address(p=a),
        f"\n\n{r.date('long')}\n\nDear ",
        r.titled(a),
        f",\n\nTransfer of your pension (plan {r.code('PP-#######')})\n\nWe have received the "
        f"transfer value of {r.money('£', 20000, 400000)} from your previous scheme. As "
        "requested, the tax-free cash will be paid to account number ",
        r.acct("uk"),
        f", sort code {r.sort_code()}, within 10 working days.\n\nIf any of these details are "
        "wrong, please call me on ",
        r.phone("GB"),
        ".\n\nYours sincerely,\n\n",
        r.full(adv),
        "\nPensions Administrator",
    ]


@personal("tax-intake-form", "form", "tax")
def t_tax_form(r: Ctx):
    a = r.person()
    b = r.person(a.culture if a.culture not in ("burmese",) else None)
    kids = [r.person(a.culture if r.chance(0.7) else None) for _ in range(r.rng.randint(1, 2))]
    out = [
        f"CLIENT INTAKE – TAX YEAR {r.num(2023, 2025)}\n\nTaxpayer: ",
        r.full(a),
        "\nSSN: ",
        r.ssn(),
        "\nSpouse: ",
        r.full(b),
        "\nSpouse SSN: ",
        r.ssn(),
        "\nFiling status: Married filing jointly\nAddress: ",
        r.address("US"),
        "\nPhone: ",
        r.phone("US"),
        "\nEmail: ",
        r.email(a),
        "\n\nDependents:\n",
    ]
    for k in kids:
        out += ["  - ", r.full(k), f", born {r.dob('us')}, SSN ", r.ssn(), "\n"]
    return out + ["\nRefund by direct deposit to checking account ", r.acct("us"), "\n"]


@personal("tax-client-email", "email", "tax")
def t_tax_email(r: Ctx):
    a, adv = r.people_n(2)
    return [
        "To: ",
        r.email(adv, r.pick(ADVISER)),
        "\nSubject: 1099s and my new SSN card\n\nHi ",
        r.given(adv),
        ",\n\nAttached are the two 1099-NEC forms. The SSN on my old card was "
        "issued before my name change – the correct number is ",
        r.ssn(),
        " and the name on it is now ",
        r.full(a),
        f".\n\nI also moved in {r.month()}; new address is ",
        r.address("US"),
        ".\n\nBest,\n",
        r.given(a),
        "\n",
        r.phone("US"),
    ]


@personal("pension-rollover-csv", "csv", "pensions")
def t_pension_csv(r: Ctx):
    rows = []
    for _ in range(r.rng.randint(3, 4)):
        p = r.person(plain=True)
        rows += [
            r.caps(p, with_given=False),
            ",",
            r.given(p),
            ",",
            r.ssn("-"),
            f",{r.dob('iso')},{r.money('$', 2000, 90000).strip('$').replace(',', '')},"
            f"{r.pick(['401k', '403b', 'IRA'])}\n",
        ]
    return ["last_name,first_name,ssn,dob,balance,plan_type\n", rows]


@personal("pension-contrib-json", "json", "pensions")
def t_pension_json(r: Ctx):
    a = r.person()
    return [
        '{\n  "employer_ref": "',
        r.code("EMP-#####"),
        '",\n  "period": "',
        r.date("iso")[:7],
        '",\n  "member": {\n    "name": "',
        r.full(a),
        '",\n    "member_id": "',
        r.code("M########"),
        '",\n    "salary_sacrifice": true\n  },\n  "contribution": {"employee_pct": ',
        r.num(3, 10),
        ', "employer_pct": ',
        r.num(3, 12),
        '},\n  "refund_account": {"iban": "',
        r.iban(r.pick(["IE", "NL", "DE", "BE", "FI"]), spaced=False),
        '", "account_holder": "',
        r.full(a),
        '"}\n}',
    ]


@personal("tax-help-chat", "chat", "tax")
def t_tax_chat(r: Ctx):
    a = r.person()
    return [
        "I'm filling in form W-9 for a client who paid me for freelance editing. My name is ",
        r.full(a),
        ", SSN ",
        r.ssn(),
        ", address ",
        r.address("US", p=a),
        ". Which box do I tick for a single-member LLC, and do I put the SSN or the EIN?",
    ]


@personal("tax-call-transcript", "transcript", "tax")
def t_tax_transcript(r: Ctx):
    a, adv = r.people_n(2)
    return [
        "[00:00:04] Adviser (",
        r.full(adv),
        "): Thanks for calling. Can you confirm your full name?\n[00:00:07] Client: ",
        r.full(a),
        ".\n[00:00:10] Adviser: And the last four of "
        "your social? Actually, read me the whole number, the system needs it.\n"
        "[00:00:15] Client: ",
        r.ssn(" "),
        ".\n[00:00:21] Adviser: Thank you. I see the "
        f"estimated payment of {r.money('$', 400, 9000)} posted on {r.date('us')}.\n"
        "[00:00:30] Client: Great. Can you send the summary to ",
        r.email(a),
        "?",
    ]


@personal("visa-application-form", "form", "immigration")
def t_visa_form(r: Ctx):
    a, sponsor = r.people_n(2)
    return [
        "VISA APPLICATION – VISITOR\n\nSurname: ",
        r.caps(a, with_given=False),
        "\nGiven names: ",
        r.given(a),
        "\nCountry of birth: ",
        r.country(),
        "\nCurrent address: ",
        r.address(p=a),
        "\nTelephone: ",
        r.phone(p=a),
        "\nEmail: ",
        r.email(a),
        f"\nIntended arrival: {r.date('long')}\nPurpose: visiting family\n\nHost in the UK: ",
        r.full(sponsor),
        "\nHost address: ",
        r.address("GB"),
        "\nRelationship: ",
        r.pick(["sister", "cousin", "son", "friend"]),
        f"\n\nApplication ref: {r.code('GWF0########')}",
    ]


@personal("visa-invitation-letter", "letter", "immigration")
def t_visa_letter(r: Ctx):
    host, guest, g2 = r.person(), r.person(female=False), r.person(female=True)
    return [
        r.full(host),
        "\n",
        r.address(p=host),
        "\n",
        r.phone(p=host),
        f"\n\n{r.date('long')}\n\nTo the Visa Officer,\n\nI am writing to invite my "
        "brother-in-law, ",
        r.full(guest),
        ", and his wife, ",
        r.full(g2),
        ", who live in ",
        r.city(),
        ", ",
        r.country(),
        f", to stay with me from {r.date('long')} to "
        f"{r.date('long')} for my daughter's graduation.\n\nThey will stay at my home and I "
        "will cover their costs. My bank statements are enclosed; my account number is ",
        r.acct(),
        ".\n\nYours faithfully,\n\n",
        r.full(host),
    ]


@personal("visa-caseworker-email", "email", "immigration")
def t_visa_email(r: Ctx):
    cw, client, kid = r.people_n(3)
    dom = r.pick(VISA)
    return [
        "From: ",
        r.email(cw, dom),
        "\nTo: ",
        r.email(client),
        "\nSubject: Your spouse visa – next steps\n\nDear ",
        r.titled(client),
        ",\n\nThe biometrics appointment for you and ",
        r.given(kid),
        " is booked at the centre in ",
        r.city(),
        f" on {r.date('long')} at {r.time()}. Bring both passports and the TB certificate.\n\n"
        "If you need to rebook, call our office on ",
        r.phone(p=cw),
        " or reply to ",
        r.role("casework", dom),
        ".\n\nKind regards,\n",
        r.full(cw),
        "\nImmigration Caseworker",
    ]


@personal("visa-funds-jira", "jira", "immigration")
def t_visa_jira(r: Ctx):
    a, cw = r.people_n(2)
    return [
        f"IMM-{r.num(1000, 9999)}  Proof of funds – ",
        r.full(a),
        "\n\nComment (",
        r.full(cw),
        f", {r.date('short')}):\nStatements show {r.money('€', 8000, 60000)} held for 28 days in ",
        r.iban(),
        ". The account holder name matches the passport. Sponsor ",
        r.full(r.person()),
        " has sent a separate letter.\nNext: upload to the portal, flag to senior caseworker.",
    ]


@personal("visa-paste-es", "paste", "immigration")
def t_visa_es(r: Ctx):
    a, b = r.person("es"), r.person("es", female=True)
    return [
        r.pick(
            [
                "Translate into English for the case file:",
                "Resume en inglés, por favor:",
                "Pull out every person and address as JSON:",
            ]
        ),
        "\n\n«Yo, ",
        r.full(a),
        ", con domicilio en ",
        r.address("ES"),
        ", declaro que mi hermana ",
        r.full(b),
        " vivirá conmigo durante su estancia en ",
        r.city("ES"),
        ". Me hago cargo de todos sus gastos. Teléfono de contacto: ",
        r.phone("ES"),
        ".»",
    ]


@personal("visa-paste-vi", "paste", "immigration")
def t_visa_vi(r: Ctx):
    a, b = r.person("vi", female=True), r.person("vi", female=False)
    return [
        "Translate this letter into English:\n\nKính gửi Đại sứ quán,\n\nTôi tên là ",
        r.full(a),
        ", hiện sống tại ",
        r.address("VN"),
        ". Tôi xin xác nhận rằng em trai tôi, ",
        r.full(b),
        ", sẽ đi du lịch cùng tôi đến ",
        r.country(),
        ". Số điện thoại của tôi là ",
        r.phone("VN"),
        ".\n\nTrân trọng,\n",
        r.full(a),
    ]


@personal("visa-biometrics-toolcall", "toolcall", "immigration")
def t_visa_tool(r: Ctx):
    a = r.person()
    return [
        'book_biometrics_appointment(applicant_name="',
        r.full(a),
        '", email="',
        r.email(a),
        '", phone="',
        r.phone(p=a, style="e164"),
        '", centre_city="',
        r.city(),
        f'", earliest_date="{r.date("iso")}", dependants={r.num(0, 3)})',
    ]


@personal("port-crew-list", "tsv", "shipping")
def t_port_crew(r: Ctx):
    ranks = ["Master", "Chief Officer", "2nd Officer", "Chief Engineer", "AB", "Cook", "Oiler"]
    rows = []
    for rank in r.sample(ranks, r.rng.randint(4, 6)):
        p = r.person(plain=True)
        rows += [f"{rank}\t", r.caps(p), "\t", r.country(), f"\t{r.code('@########')}\n"]
    return [
        f"CREW LIST – {r.d('ship')}  Voyage {r.code('##@')}\n"
        "rank\tname\tnationality\tseaman_book\n",
        rows,
    ]


@personal("port-arrival-email", "email", "shipping")
def t_port_email(r: Ctx):
    agent, master, pilot = r.people_n(3)
    dom = r.pick(PORT)
    return [
        f"Subject: {r.d('ship')} – ETA {r.date('short')} {r.time()}\n\nDear ",
        r.titled(master),
        ",\n\nWe confirm berth ",
        r.num(2, 40),
        " at ",
        r.city(),
        ". Pilot boarding at the fairway buoy; the duty pilot is ",
        r.full(pilot),
        ". Please send the updated crew list and stores declaration to ",
        r.role("ops", dom),
        ".\n\nAgent on duty (24h): ",
        r.full(agent),
        ", ",
        r.phone(p=agent),
        ".\n\nBest regards,\nQuayside Agency",
    ]


@personal("port-customs-xml", "xml", "shipping")
def t_port_xml(r: Ctx):
    a, b = r.people_n(2, plain=True)
    return [
        f'<Declaration mrn="{r.code("##@@#############")}">\n  <Consignor>\n    <Name>',
        r.full(a),
        "</Name>\n    <Address>",
        r.address(),
        "</Address>\n  </Consignor>\n  <Consignee>\n    <Name>",
        r.full(b),
        "</Name>\n    <Address>",
        r.address(),
        "</Address>\n    <Email>",
        r.email(b),
        '</Email>\n  </Consignee>\n  <Goods hs="',
        r.code("########"),
        '">household effects, ',
        r.num(2, 40),
        " cartons</Goods>\n</Declaration>",
    ]


@personal("mro-system-log", "log", "aviation")
def t_mro_log(r: Ctx):
    a, b = r.people_n(2, plain=True)
    tail = r.code("@-@@@@")
    return [
        f"{r.date('iso')} {r.clock()} amos.auth   login ",
        r.initial(a),
        " from ",
        r.ip(),
        "\n",
        f"{r.date('iso')} {r.clock()} amos.wo     WO-{r.num(100000, 999999)} {tail} "
        f"{r.d('aircraft')} task 32-11-01 signed by ",
        r.full(a),
        "\n",
        f"{r.date('iso')} {r.clock()} amos.crs    CRS issued {tail} certifying=",
        r.full(b),
        " licence=",
        r.code("UK.66.#####"),
        "\n",
        f"{r.date('iso')} {r.clock()} amos.auth   logout ",
        r.initial(a),
        "\n",
    ]


@personal("mro-techlog", "form", "aviation")
def t_mro_techlog(r: Ctx):
    a, b = r.people_n(2)
    return [
        f"TECH LOG  Sector {r.num(1000, 9999)}   A/C {r.code('@-@@@@')} ({r.d('aircraft')})\n"
        "Defect: No. 2 engine bleed fault light on climb, reset IAW QRH.\nReported by: Capt ",
        r.fam(a),
        "\n\nAction: Bleed valve replaced, P/N ",
        r.code("#####-##"),
        ", S/N ",
        r.code("@#####"),
        f". Ops check satisfactory. {r.d('engine')}.\nCertified by: ",
        r.initial(b),
        f"  Auth: {r.code('@@-###')}\nStation: ",
        r.city(),
    ]


@personal("mro-slack", "slack", "aviation")
def t_mro_slack(r: Ctx):
    a, b = r.people_n(2)
    return [
        f"#line-maintenance  {r.date('iso')}\n[{r.time()}] ",
        r.full(a),
        f": AOG at stand 14, {r.d('aircraft')}, brake wear pin at limit\n[{r.time()}] ",
        r.full(b),
        ": spare is in stores at ",
        r.city(),
        ", can have it on the first flight. ",
        "call me on ",
        r.phone(p=b),
        f"\n[{r.time()}] @mx-bot: WO ",
        r.code("WO-######"),
        " opened\n",
    ]


@personal("mro-reliability-minutes", "minutes", "aviation")
def t_mro_minutes(r: Ctx):
    a, b, c = r.people_n(3)
    return [
        f"Reliability review – {r.month()} {r.num(2024, 2026)}\nAttendees: ",
        r.full(a),
        ", ",
        r.full(b),
        ", ",
        r.full(c),
        " (OEM rep, joined from ",
        r.city(),
        f")\n\n1. ATA 21 pack faults up {r.pct()} on the {r.d('aircraft')} fleet.\n2. ",
        r.given(c),
        f" says a service bulletin is due in {r.month()}.\n3. {r.d('engine')} "
        "borescope findings: no action.\n\nActions: ",
        r.initial(a),
        " – draft SB assessment; ",
        r.initial(b),
        " – update the Weibull analysis.",
    ]


@personal("ais-gateway-yaml", "yaml", "shipping")
def t_ais_yaml(r: Ctx):
    a = r.person()
    return [
        "ais_gateway:\n  listen: 0.0.0.0\n  upstream: ",
        r.ipv4(),
        f"\n  port: {r.num(2000, 9999)}\n  vessels:\n    - mmsi: ",
        r.num(200000000, 799999999),
        f'\n      name: "{r.d("ship")}"\n  owner_contact:\n    name: "',
        r.full(a),
        '"\n    phone: "',
        r.phone(p=a),
        '"\n    email: "',
        r.email(a),
        '"\n  fallback_ipv6: "',
        r.ipv6(),
        '"\n',
    ]


@personal("pension-voice", "voice", "pensions")
def t_pension_voice(r: Ctx):
    a, b = r.person(female=True), r.person(female=False)
    return [
        "file note client ",
        r.lower(a),
        " called about the 401k rollover she wants it paid to her checking account number ",
        r.acct("us"),
        " social is ",
        r.ssn(" "),
        " her husband ",
        r.lower(b, full=False),
        " will call back about his plan",
    ]


@personal("tax-reminder-sms", "sms", "tax")
def t_tax_sms(r: Ctx):
    a, adv = r.people_n(2)
    return [
        "Hi ",
        r.given(a),
        ", ",
        r.given(adv),
        " from the tax office here. Your return is ready to sign. Refund goes to acct no. ",
        r.acct("us"),
        ". Reply YES or call ",
        r.phone("US"),
        ".",
    ]


@personal("visa-lawyer-vcard", "vcard", "immigration")
def t_visa_vcard(r: Ctx):
    a = r.person()
    dom = r.pick(VISA)
    return [
        "BEGIN:VCARD\nVERSION:4.0\nFN:",
        r.full(a),
        "\nN:",
        r.fam(a),
        ";",
        r.given(a),
        ";;;\nTITLE:Immigration Solicitor\nORG:New Roots Immigration\nEMAIL;TYPE=work:",
        r.email(a, dom),
        "\nTEL;TYPE=work,voice:",
        r.phone(p=a),
        "\nTEL;TYPE=cell:",
        r.phone(),
        "\nADR;TYPE=work:;;",
        r.address(),
        "\nEND:VCARD",
    ]


@personal("port-agent-html", "html", "shipping")
def t_port_html(r: Ctx):
    a, b = r.people_n(2)
    return [
        '<table class="agents">\n  <tr><th>Port</th><th>Agent</th><th>24h phone</th></tr>\n'
        "  <tr><td>",
        r.city(),
        "</td><td>",
        r.full(a),
        "</td><td>",
        r.phone(p=a),
        "</td></tr>\n  <tr><td>",
        r.city(),
        "</td><td>",
        r.full(b),
        "</td><td>",
        r.phone(p=b),
        '</td></tr>\n</table>\n<p>Out of hours: <a href="mailto:',
        r.email(b),
        '">email the duty agent</a></p>',
    ]


@personal("us-i9-onboarding", "form", "immigration")
def t_i9(r: Ctx):
    a, hr = r.people_n(2)
    return [
        "EMPLOYMENT ELIGIBILITY – SECTION 1 (copy for payroll)\n\nLast name: ",
        r.caps(a, with_given=False),
        "   First name: ",
        r.given(a),
        "\nAddress: ",
        r.address("US"),
        f"\nDate of birth: {r.dob('us')}\nU.S. Social Security Number: ",
        r.ssn(),
        "\nEmail: ",
        r.email(a),
        "\nTelephone: ",
        r.phone("US"),
        "\nCitizenship: lawful permanent resident\n\nReviewed by: ",
        r.full(hr),
        f", HR, {r.date('us')}",
    ]
