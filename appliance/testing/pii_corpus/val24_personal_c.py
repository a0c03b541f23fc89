"""val24 personal templates, part C: local government and council services, emergency dispatch
and non-emergency police reports, primary and secondary schools."""

from __future__ import annotations

from .val24_gen import Ctx, personal

COUNCIL = ("civic-services.gov.uk", "council-online.org.uk", "localgov.ie")
SCHOOL = ("oakfield-academy.sch.uk", "riverside-primary.org", "stmarys-high.edu.au")


@personal("council-planning-letter", "letter", "council")
def t_council_planning(r: Ctx):
    a, agent, officer = r.people_n(3)
    return [
        "Development Management\n\n",
        r.full(a),
        "\n",
        r.address("GB", p=a),
        f"\n\nOur ref: {r.code('##/#####/HOU')}\nDate: {r.date('long')}\n\nDear ",
        r.titled(a),
        ",\n\nTOWN AND COUNTRY PLANNING ACT 1990\nProposal: single storey rear extension and "
        "replacement garage\nSite: ",
        r.address("GB"),
        "\nAgent: ",
        r.full(agent),
        "\n\nYour application is valid and has been given the reference above. Neighbours "
        f"will be consulted for 21 days and a decision is due by {r.date('long')}.\n\n"
        "Your case officer is ",
        r.full(officer),
        " (",
        r.phone("GB"),
        ", ",
        r.email(officer, r.pick(COUNCIL)),
        ").\n\nYours faithfully,\n\nPlanning Services",
    ]


@personal("council-tax-form", "form", "council")
def t_council_tax(r: Ctx):
    a, b = r.people_n(2)
    return [
        "COUNCIL TAX – TELL US YOU ARE MOVING\n\nAccount reference: ",
        r.code("########"),
        "\nFull name: ",
        r.full(a),
        "\nOther adult at property: ",
        r.full(b),
        "\nOld address: ",
        r.address("GB"),
        "\nNew address: ",
        r.address("GB"),
        f"\nMoving date: {r.date('uk')}\nPhone: ",
        r.phone("GB"),
        "\nEmail: ",
        r.email(a),
        "\n\nDirect Debit\nName of account holder: ",
        r.caps(a),
        f"\nSort code: {r.sort_code()}\nAccount number: ",
        r.acct("uk"),
        f"\nPayment date: {r.pick(['1st', '15th', '28th'])} of the month",
    ]


@personal("council-bins-chat", "chat", "council")
def t_council_bins(r: Ctx):
    a = r.person()
    return [
        "Assistant: Hi, I'm the council's virtual assistant. How can I help?\nResident: my "
        "recycling wasn't collected again, third week running\nAssistant: Sorry about that. "
        "What is the address?\nResident: ",
        r.address("GB", p=a),
        "\nAssistant: Thanks. Can I take a name and contact number?\nResident: ",
        r.full(a),
        ", ",
        r.phone("GB", p=a),
        f"\nAssistant: I've logged case {r.code('WST-######')}. "
        "A crew will return within 2 working days.",
    ]


@personal("council-permit-email", "email", "council")
def t_council_permit(r: Ctx):
    a = r.person()
    return [
        "Subject: Resident parking permit – zone ",
        r.code("@#"),
        f"\n\nHello,\n\nPlease renew my permit for {r.d('vehicle')} {r.plate()}. I'd like to "
        "pay by card over email as the portal keeps timing out: ",
        r.card(),
        f", exp {r.num(1, 12):0>2}/{r.num(26, 30)}, security code to follow by phone.\n\nAddress: ",
        r.address("GB", p=a),
        "\nDaytime number: ",
        r.phone(p=a),
        "\n\nThanks,\n",
        r.full(a),
    ]


@personal("council-crm-case", "json", "council")
def t_council_json(r: Ctx):
    a, off = r.people_n(2)
    return [
        '{\n  "case_id": "',
        r.code("CRM-#######"),
        '",\n  "type": "',
        r.pick(["fly_tipping", "pothole", "noise", "streetlight"]),
        '",\n  "reported_at": "',
        r.date("iso"),
        "T",
        r.clock(),
        'Z",\n  "reporter": {\n    "name": "',
        r.full(a),
        '",\n    "phone": "',
        r.phone(p=a),
        '",\n    "email": "',
        r.email(a),
        '",\n    "address": "',
        r.address(p=a),
        '"\n  },\n  "assigned_to": "',
        r.full(off),
        '",\n  "ward": "',
        r.pick(["North", "Central", "Riverside", "East"]),
        '",\n  "priority": ',
        r.num(1, 4),
        "\n}",
    ]


@personal("council-planning-xml", "xml", "council")
def t_council_xml(r: Ctx):
    a, agent = r.people_n(2, plain=True)
    return [
        '<PlanningApplication ref="',
        r.code("##/#####/FUL"),
        '">\n  <Applicant>\n    <Name>',
        r.full(a),
        "</Name>\n    <Address>",
        r.address(p=a),
        "</Address>\n    <Phone>",
        r.phone(p=a),
        "</Phone>\n  </Applicant>\n  <Agent>\n    <Name>",
        r.full(agent),
        "</Name>\n    <Email>",
        r.email(agent),
        "</Email>\n  </Agent>\n  <Site>",
        r.address(),
        '</Site>\n  <Fee currency="GBP">',
        r.num(250, 600),
        "</Fee>\n</PlanningApplication>",
    ]


@personal("council-committee-minutes", "minutes", "council")
def t_council_minutes(r: Ctx):
    chair, obj1, obj2, agent = r.people_n(4)
    return [
        f"PLANNING COMMITTEE – MINUTES, {r.date('long')}\n\nPresent: Councillor ",
        r.full(chair),
        " (Chair) and 8 members\n\nItem 5: ",
        r.address("GB"),
        f" – erection of {r.num(4, 30)} dwellings\n\n",
        r.full(obj1),
        " spoke against, citing traffic on the school road. ",
        r.titled(obj2),
        " (",
        r.address("GB"),
        ") raised drainage concerns. The agent, ",
        r.full(agent),
        ", responded for the applicant.\n\nResolved: deferred for a site visit. Councillor ",
        r.fam(chair),
        " asked officers to report back on flood data.",
    ]


@personal("police-lost-property", "form", "police")
def t_police_lost(r: Ctx):
    a = r.person()
    item = r.pick(
        [
            "black rucksack with laptop",
            "brown leather wallet",
            "silver bracelet",
            "child's scooter",
            "set of keys with a red fob",
        ]
    )
    return [
        "LOST PROPERTY REPORT\nReference: ",
        r.code("LP/####/##"),
        "\n\nReported by: ",
        r.full(a),
        "\nDate of birth: ",
        r.dob(),
        "\nContact number: ",
        r.phone(p=a),
        "\nEmail: ",
        r.email(a),
        "\nHome address: ",
        r.address(p=a),
        f"\n\nItem: {item}\nWhere lost: bus route ",
        r.num(1, 99),
        " towards ",
        r.city(),
        f"\nWhen: {r.date('long')}, around {r.time()}\nValue: {r.money('£', 20, 1500)}",
    ]


@personal("police-noise-ticket", "ticket", "police")
def t_police_noise(r: Ctx):
    a, b = r.people_n(2)
    return [
        "NON-EMERGENCY REPORT ",
        r.code("NE-########"),
        "\nCategory: Noise / ASB\nComplainant: ",
        r.full(a),
        "  Tel: ",
        r.phone(p=a),
        "\nLocation: ",
        r.address(),
        "\n\nDetails: Loud music from the flat above every night after midnight. Complainant "
        "says the occupant is called ",
        r.given(b),
        " and has ignored two letters. Neighbour ",
        r.full(r.person()),
        " will give a statement.\n\nAction: passed to neighbourhood team, "
        f"PCSO to visit by {r.date('long')}.",
    ]


@personal("dispatch-cad-log", "log", "dispatch")
def t_dispatch_log(r: Ctx):
    a, b = r.people_n(2, plain=True)
    inc = r.code("INC-#######")
    return [
        f'{r.clock()} {inc} CREATED type=RTC_NON_INJURY caller="',
        r.full(a),
        '" ani=',
        r.phone(style="e164"),
        "\n",
        f"{r.clock()} {inc} LOCATION ",
        r.address(),
        "\n",
        f"{r.clock()} {inc} NOTE caller reports second driver ",
        r.full(b),
        " left scene on foot\n",
        f"{r.clock()} {inc} ASSIGN unit={r.code('@@##')} eta={r.num(4, 25)}m\n",
        f"{r.clock()} {inc} CLOSE disposition=advice_given\n",
    ]


@personal("dispatch-call", "transcript", "dispatch")
def t_dispatch_call(r: Ctx):
    a, b = r.person(), r.person(female=True)
    return [
        "Call handler: Police, what's the address of your emergency?\nCaller: It's not an "
        "emergency really. I'm at ",
        r.address(),
        ". Someone's been sleeping in the garden shed.\nCall handler: Can I take your name?\n"
        "Caller: ",
        r.full(a),
        ".\nCall handler: And a number in case we get cut off?\nCaller: ",
        r.phone(p=a),
        ".\nCall handler: Is anyone with you?\nCaller: My neighbour, ",
        r.full(b),
        ". She saw him leave about ten minutes ago.\n"
        f"Call handler: Thank you. I've logged it as {r.code('######')}; a unit will attend.",
    ]


@personal("police-officer-voice", "voice", "police")
def t_police_voice(r: Ctx):
    a, b = r.person(female=True), r.person()
    addr = r.address()[1].lower()
    return [
        "pocket notebook entry attended ",
        ("LOCATION", addr),
        " spoke to the homeowner ",
        r.lower(a),
        " who says her bike was taken from the front "
        "garden overnight suspect described as wearing a grey hoodie neighbour ",
        r.lower(b),
        " has a doorbell camera and will send footage contact number ",
        r.phone(style="natc"),
    ]


@personal("police-update-sms", "sms", "police")
def t_police_sms(r: Ctx):
    a, off = r.people_n(2)
    return [
        "Hello ",
        r.given(a),
        ", this is PC ",
        r.fam(off),
        " about crime ref ",
        r.code("##/#####/25"),
        ". We have recovered a bicycle matching yours. Please call ",
        r.phone("GB"),
        " to arrange viewing at the station. Do not reply to this message.",
    ]


@personal("school-trip-letter", "letter", "school")
def t_school_trip(r: Ctx):
    teacher, parent = r.people_n(2)
    child = r.person(parent.culture)
    return [
        f"{r.date('long')}\n\nDear ",
        r.titled(parent),
        ",\n\nYear 8 residential trip\n\n",
        r.given(child),
        f" has a place on the outdoor education trip ({r.date('long')} to "
        f"{r.date('long')}). The balance of {r.money('£', 80, 300)} is due by {r.date('long')}"
        ". If you would like to pay by card over the phone, call the office on ",
        r.phone("GB"),
        ".\n\nPlease return the medical form; we note ",
        r.given(child),
        f" has {r.pick(['a nut allergy', 'asthma', 'Crohn’s disease', 'no conditions listed'])}."
        "\n\nIf you have questions, email me at ",
        r.email(teacher, r.pick(SCHOOL)),
        ".\n\nYours sincerely,\n\n",
        r.titled(teacher),
        "\nTrip Leader",
    ]


@personal("school-report-notes", "notes", "school")
def t_school_report(r: Ctx):
    kids = r.people_n(3)
    t = r.person()
    out = [f"Report comments – Year {r.num(3, 6)}, draft for ", r.titled(t), " to check\n\n"]
    comments = [
        " has made excellent progress in reading this term and now chooses longer books.",
        " works well in groups; next step is to check calculations carefully.",
        " has grown in confidence and contributed a brilliant poem to the assembly.",
        " needs to practise times tables at home, especially 7s and 8s.",
    ]
    for k, c in zip(kids, r.sample(comments, 3), strict=True):
        out += ["- ", r.given(k), c, " (parent meeting booked)\n" if r.chance(0.3) else "\n"]
    return out


@personal("school-consent-csv", "csv", "school")
def t_school_csv(r: Ctx):
    rows = []
    for _ in range(r.rng.randint(3, 5)):
        kid, parent = r.person(plain=True), r.person(plain=True)
        rows += [
            r.full(kid),
            f",{r.num(7, 11)}{r.pick('ABC')},",
            r.full(parent),
            ",",
            r.phone(p=parent),
            f",{r.pick(['yes', 'yes', 'no'])},"
            f"{r.pick(['none', 'asthma inhaler', 'EpiPen', 'none'])}\n",
        ]
    return ["pupil,form,parent_carer,emergency_phone,photo_consent,medical\n", rows]


@personal("school-parent-email", "email", "school")
def t_school_email(r: Ctx):
    parent, teacher = r.person(), r.person()
    child = r.person(parent.culture, female=True)
    return [
        "Hi ",
        r.titled(teacher),
        ",\n\n",
        r.given(child),
        " has a dentist appointment on ",
        f"{r.weekday()} at {r.time()} so I'll collect her from reception at lunchtime. Her dad, ",
        r.full(r.person(female=False)),
        ", will bring her back for the afternoon.\n\nAlso – our new mobile number is ",
        r.phone(p=parent),
        ". Could you update the emergency contacts?\n\nThanks,\n",
        r.full(parent),
    ]


@personal("school-evening-ics", "ics", "school")
def t_school_ics(r: Ctx):
    parent, teacher, child = r.people_n(3)
    return [
        "BEGIN:VEVENT\nSUMMARY:Parents' evening – ",
        r.full(child),
        " (",
        r.titled(teacher),
        f")\nDTSTART:{r.date('iso').replace('-', '')}T17{r.num(10, 50)}00\n"
        "LOCATION:Main hall, table 14\nATTENDEE;CN=",
        r.full(parent),
        ":mailto:",
        r.email(parent),
        "\nDESCRIPTION:5 minute slot. Please arrive early.\nEND:VEVENT",
    ]


@personal("school-club-rota", "markdown_table", "school")
def t_school_rota(r: Ctx):
    staff = r.people_n(4)
    clubs = ["Chess", "Robotics", "Netball", "Choir", "Gardening", "Coding"]
    rows = []
    for day, p in zip(["Mon", "Tue", "Wed", "Thu"], staff, strict=True):
        rows += [f"| {day} | {r.pick(clubs)} | ", r.titled(p), f" | Room {r.num(1, 30)} |\n"]
    return [
        "After-school clubs, spring term\n\n| Day | Club | Staff | Room |\n|---|---|---|---|\n",
        rows,
        "\nCover if absent: ",
        r.full(r.person()),
        " (",
        r.phone(),
        ")",
    ]


@personal("school-staff-slack", "slack", "school")
def t_school_slack(r: Ctx):
    a, b, kid = r.people_n(3)
    return [
        f"#year9-pastoral  {r.date('short')}\n",
        r.full(a),
        f"  {r.time()}\n  heads up, ",
        r.full(kid),
        " was upset after PE again. mum (",
        r.phone(),
        ") asked for a call back\n",
        r.full(b),
        f"  {r.time()}\n  I'll ring her after period 4. @",
        r.given(a),
        " can you log it on CPOMS?\n@cover-bot  Period 4 cover: Room 12\n",
    ]


@personal("council-paste-nl", "paste", "council")
def t_council_nl(r: Ctx):
    a, b = r.people_n(2, "nl")
    return [
        r.pick(
            [
                "Vat deze klacht samen in het Engels:",
                "Summarise this complaint in English:",
                "Extract name, address and phone as JSON:",
            ]
        ),
        "\n\nGeachte heer/mevrouw,\n\nAl drie weken wordt het grofvuil in onze straat niet "
        "opgehaald. Ik woon op ",
        r.address("NL"),
        " en heb al twee keer gebeld. Mijn buurman, ",
        r.full(b),
        ", heeft hetzelfde probleem. U kunt mij bereiken op ",
        r.phone("NL"),
        ".\n\nMet vriendelijke groet,\n",
        r.full(a),
    ]


@personal("council-paste-pl", "paste", "council")
def t_council_pl(r: Ctx):
    a, b = r.person("pl"), r.person("pl", female=True)
    return [
        "Translate this letter from a resident into English, keep the tone:\n\nSzanowni "
        "Państwo,\n\nzwracam się z prośbą o zmianę terminu odbioru odpadów. Mieszkam przy ",
        r.address("PL"),
        ". Moja sąsiadka, Pani ",
        r.fam(b),
        ", również czeka na odpowiedź. Proszę o kontakt pod numerem ",
        r.phone("PL"),
        " lub mailowo: ",
        r.email(a),
        ".\n\nZ poważaniem,\n",
        r.full(a),
    ]


@personal("council-notify-yaml", "yaml", "council")
def t_council_yaml(r: Ctx):
    a, b = r.people_n(2)
    return [
        "# ward notifications – do not commit personal data (too late)\nsmtp_relay: ",
        r.ipv4(),
        '\nrecipients:\n  councillors:\n    - name: "',
        r.full(a),
        '"\n      email: "',
        r.email(a),
        '"\n      mobile: "',
        r.phone("GB"),
        '"\n    - name: "',
        r.full(b),
        '"\n      email: "',
        r.email(b),
        '"\n  out_of_hours: "',
        r.phone("GB"),
        '"\n',
    ]


@personal("police-records-trace", "stacktrace", "police")
def t_police_trace(r: Ctx):
    a = r.person(plain=True)
    return [
        'java.lang.IllegalStateException: duplicate person record for "',
        r.full(a),
        '" at "',
        r.address(),
        '"\n\tat uk.records.merge.PersonMerger.merge(PersonMerger.java:',
        r.num(80, 400),
        ")\n\tat uk.records.api.CaseController.update(CaseController.java:",
        r.num(40, 200),
        ")\n\tat java.base/java.lang.Thread.run(Thread.java:1583)\nCaused by: request from ",
        r.ipv4(),
        " user=svc-records",
    ]


@personal("council-councillors-html", "html", "council")
def t_council_html(r: Ctx):
    out = ['<h2>Your ward councillors</h2>\n<ul class="councillors">\n']
    for _ in range(r.rng.randint(2, 3)):
        p = r.person()
        out += [
            "  <li><strong>Cllr ",
            r.full(p),
            "</strong> – ",
            r.pick(["Labour", "Independent", "Green", "Liberal Democrat", "Conservative"]),
            '<br>\n    <a href="mailto:',
            r.email(p, r.pick(COUNCIL)),
            '">email</a> · ',
            r.phone("GB"),
            "</li>\n",
        ]
    return out + ["</ul>\n<p>Surgeries are held on the first ", r.weekday(), " of the month.</p>"]
