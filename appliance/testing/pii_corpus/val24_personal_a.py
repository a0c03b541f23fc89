"""val24 personal templates, part A: manufacturing and quality control, car dealers, garages
and fleets, construction and architecture."""

from __future__ import annotations

from .val24_gen import Ctx, personal

MFG = ("kestrelforge.co.uk", "arcline-components.com", "tessaro-plastics.eu", "northwire.de")
CAR = ("brightwater-motors.com", "northstarfleet.io", "gearhouse-garage.co.uk")
BUILD = ("oaklinebuild.co.uk", "studio-lintel.com", "quarrystone-arch.net", "rebar-and-co.com")


@personal("mfg-8d-email", "email", "manufacturing")
def t_mfg_8d(r: Ctx):
    a, b, c, d = r.people_n(4)
    dom = r.pick(MFG)
    ncr = r.code("NCR-####")
    return [
        "From: ",
        r.email(a, dom),
        "\nTo: ",
        r.email(b, dom),
        "\nCc: ",
        r.role("quality", dom),
        f"\nSubject: 8D {ncr} – D3 containment update\n\nHi ",
        r.given(b),
        ",\n\n",
        f"Containment is in place for lot {r.code('L#####-@')}. ",
        r.full(c),
        f" sorted {r.num(300, 4000)} housings at the ",
        r.city(),
        " plant and found ",
        f"{r.num(3, 60)} with porosity above the {r.num(2, 5)}% limit. We used {r.d('eponym')} "
        "to rank the causes.\n\nD1 team: ",
        r.full(a),
        " (lead), ",
        r.initial(c),
        ", ",
        r.full(d),
        f" (supplier SQE).\nD4 root cause due {r.date('long')}.\n\nThanks,\n",
        r.given(a),
        "\n",
        r.phone(),
    ]


@personal("mfg-batch-record", "form", "manufacturing")
def t_mfg_batch(r: Ctx):
    a, b, c = r.people_n(3)
    return [
        f"BATCH MANUFACTURING RECORD  BMR-{r.num(2024, 2026)}-{r.code('####')}\n"
        f"Product: {r.code('SKU @@-####')}  Batch size: {r.num(200, 900)} kg\n"
        f"Line: {r.pick(['Blending 2', 'Granulation 1', 'Coating 3'])}   Start: {r.date('iso')} "
        f"{r.time()}\n\nStep 4 Dispensing        Performed by: ",
        r.caps(a),
        "   Checked by: ",
        r.initial(b, dot=False),
        f"\nStep 7 Granulation end point {r.num(60, 95)} A   Performed by: ",
        r.full(c),
        "\nStep 9 Line clearance   Verified: ",
        r.caps(b, with_given=False),
        f"\n\nDeviation: DEV-{r.code('#####')} (torque spike, closed)\nQA release: ",
        r.full(b),
        f"  Date: {r.date('uk')}\nSite: ",
        r.city(),
    ]


@personal("mfg-ncr-jira", "jira", "manufacturing")
def t_mfg_jira(r: Ctx):
    a, b, c = r.people_n(3)
    return [
        f"QMS-{r.num(1000, 9999)} Supplier NCR: bore diameter out of tolerance\n\n",
        r.full(a),
        f" added a comment – {r.date('short')} {r.time()}\n",
        "Spoke to ",
        r.full(b),
        " at the supplier (",
        r.city(),
        f"). They confirm the {r.dn('tool')} "
        f"setting on cell {r.num(1, 9)} drifted after the {r.version()} firmware update. Their "
        "8D owner is ",
        r.titled(c),
        " – ",
        r.email(c),
        ", ",
        r.phone(),
        ".\n\n",
        r.full(c),
        " said the corrective action will be ready by ",
        f"{r.date('long')}.\n",
        "@",
        r.given(b),
        " please attach the CMM report when you get it.",
    ]


@personal("mfg-supplier-csv", "csv", "manufacturing")
def t_mfg_csv(r: Ctx):
    rows = []
    for _ in range(r.rng.randint(3, 5)):
        p = r.person(plain=True)
        rows += [
            f"{r.code('SUP-####')},{r.d('company').replace(',', '')},",
            r.full(p),
            ",",
            r.city(),
            ",",
            r.phone(),
            ",",
            r.email(p),
            f",{r.pick(['A', 'B', 'C'])}\n",
        ]
    return ["supplier_id,company,sqe_contact,city,phone,email,rating\n", rows]


@personal("mfg-mes-log", "log", "manufacturing")
def t_mfg_log(r: Ctx):
    a, b = r.people_n(2, plain=True)
    ts = f"{r.date('iso')}T{r.num(10, 23)}:{r.num(10, 59)}"
    return [
        f"{ts}:01Z INFO  mes.station[{r.code('ST-##')}] login user=",
        r.full(a),
        " host=",
        r.ipv4(),
        "\n",
        f"{ts}:14Z WARN  mes.torque batch={r.code('B######')} value={r.num(11, 19)}.{r.num(0, 9)}Nm "
        "limit=15.0Nm operator=",
        r.caps(a, with_given=False),
        "\n",
        f"{ts}:40Z INFO  mes.andon line=3 raised_by=",
        r.given(b),
        " source=",
        r.ip(),
        "\n",
        f"{ts}:52Z INFO  mes.quality hold placed lot={r.code('L#####')} approver=",
        r.initial(b),
        "\n",
    ]


@personal("mfg-audit-minutes", "minutes", "manufacturing")
def t_mfg_minutes(r: Ctx):
    a, b, c, d = r.people_n(4)
    return [
        f"Supplier audit – close-out meeting ({r.date('long')})\nLocation: supplier site, ",
        r.city(),
        "\nPresent: ",
        r.full(a),
        " (lead auditor), ",
        r.full(b),
        ", ",
        r.full(c),
        "\nApologies: ",
        r.titled(d),
        "\n\n"
        f"1. Findings: {r.num(2, 6)} minor, 0 major. Calibration records for the {r.dn('eponym')} "
        "rig were missing.\n2. ",
        r.given(b),
        " to send the updated control plan by ",
        f"{r.weekday()}.\n3. ",
        r.given(c),
        f" showed the {r.d('software')} dashboard; scrap rate is "
        f"{r.pct()} against a {r.pct()} target.\n\nActions\n- ",
        r.initial(b),
        ": revise PFMEA rev ",
        r.code("@"),
        "\n- ",
        r.initial(a),
        ": issue report\n",
    ]


@personal("mfg-toolcall-hold", "toolcall", "manufacturing")
def t_mfg_tool(r: Ctx):
    a, b = r.people_n(2)
    return [
        '{"name": "create_quality_hold", "arguments": {"lot": "',
        r.code("L#####-@"),
        '", "reason": "burr on flange face", "inspector": "',
        r.full(a),
        '", "notify": ["',
        r.email(a),
        '", "',
        r.email(b),
        '"], "escalate_to": "',
        r.full(b),
        '", "callback": "',
        r.phone(),
        f'", "qty": {r.num(20, 900)}}}}}',
    ]


@personal("mfg-slack-stop", "slack", "manufacturing")
def t_mfg_slack(r: Ctx):
    a, b, c = r.people_n(3)
    return [
        f"[{r.time()}] ",
        r.full(a),
        ": line 2 is down again, same sensor fault as last week\n",
        f"[{r.time()}] ",
        r.full(b),
        ": @",
        r.given(a),
        " on my way. is it the ",
        f"{r.dn('tool')} again?\n[{r.time()}] @andon-bot: Stoppage {r.code('STP-#####')} open "
        f"for {r.num(5, 80)} min\n[{r.time()}] ",
        r.full(c),
        ": maintenance called ",
        r.full(b),
        "'s cover, they're on ",
        r.phone(),
        "\n",
    ]


@personal("car-mot-sms", "sms", "garage")
def t_car_sms(r: Ctx):
    a = r.person()
    return [
        "Hi ",
        r.given(a),
        f", your {r.d('vehicle')} ({r.plate()}) passed its MOT. Two advisories: "
        f"rear tyres at 2mm. Total {r.money('£', 40, 400)}. Ready from {r.time()}. Call ",
        r.pick(["Gearhouse", "the workshop"]),
        " on ",
        r.phone("GB"),
        " with questions.",
    ]


@personal("car-credit-app", "form", "car_dealer")
def t_car_credit(r: Ctx):
    a, b = r.people_n(2)
    return [
        "CREDIT APPLICATION – RETAIL INSTALLMENT\nDeal #",
        r.code("D-#####"),
        f"   Vehicle: {r.d('vehicle')}  VIN {r.code('1@@@@####@@######')}\n\nApplicant: ",
        r.lastfirst(a),
        "\nSSN: ",
        r.ssn(),
        "\nHome address: ",
        r.address("US"),
        "\nMobile: ",
        r.phone("US"),
        "\nEmail: ",
        r.email(a),
        "\nEmployer: ",
        f"{r.d('company')}, {r.d('job')}, {r.num(1, 14)} yrs\nCo-applicant: ",
        r.full(b),
        "   SSN: ",
        r.ssn(),
        f"\nAmount financed: {r.money('$', 9000, 60000)}  Term: {r.pick(['48', '60', '72'])} mo\n",
    ]


@personal("car-deposit-email", "email", "car_dealer")
def t_car_deposit(r: Ctx):
    a, b = r.people_n(2)
    dom = r.pick(CAR)
    return [
        "Hello ",
        r.given(b),
        ",\n\nI'd like to go ahead with the ",
        f"{r.d('vehicle')} we test drove on {r.weekday()} (stock no. {r.code('ST####')}). "
        f"Please take the {r.money('£', 200, 1000)} holding deposit from my card ",
        r.card(),
        f", expiry {r.num(1, 12):0>2}/{r.num(26, 30)}.\n\nI can collect it from your ",
        r.city(),
        " branch any weekday after 4pm. My mobile is ",
        r.phone(p=a),
        ".\n\nMany thanks,\n",
        r.full(a),
        "\n\nFrom: ",
        r.email(a),
        "\nTo: ",
        r.email(b, dom),
    ]


@personal("fleet-assign-json", "json", "fleet")
def t_fleet_json(r: Ctx):
    items = []
    for _ in range(r.rng.randint(2, 3)):
        p = r.person()
        items += [
            '    {"vehicle": "',
            r.plate(),
            '", "model": "',
            r.d("vehicle"),
            '", "driver": "',
            r.full(p),
            '", "mobile": "',
            r.phone(),
            '", "depot": "',
            r.city(),
            f'", "odometer_km": {r.num(1000, 190000)}}},\n',
        ]
    items[-1] = items[-1].rstrip(",\n") + "\n"
    return [
        '{\n  "fleet": "',
        r.code("FL-###"),
        f'",\n  "updated": "{r.date("iso")}",\n',
        '  "assignments": [\n',
        items,
        "  ]\n}",
    ]


@personal("fleet-telematics-yaml", "yaml", "fleet")
def t_fleet_yaml(r: Ctx):
    a, b = r.people_n(2)
    return [
        "telematics:\n  gateway: ",
        r.ipv4(),
        f"\n  port: {r.port()}\n  poll_seconds: "
        f"{r.num(10, 120)}\nalerts:\n  harsh_braking:\n    threshold_g: 0.{r.num(3, 6)}\n"
        '    notify:\n      - name: "',
        r.full(a),
        '"\n        sms: "',
        r.phone(),
        '"\n      - name: "',
        r.full(b),
        '"\n        email: "',
        r.email(b),
        '"\ndepots:\n  - "',
        r.city(),
        '"\n  - "',
        r.city(),
        '"\n',
    ]


@personal("car-service-call", "transcript", "garage")
def t_car_call(r: Ctx):
    a, b = r.people_n(2)
    return [
        "Advisor: Gearhouse service desk, ",
        r.given(a),
        " speaking.\nCustomer: Hi, it's ",
        r.full(b),
        f". My {r.d('vehicle')} is booked in for "
        f"{r.weekday()}, reg {r.plate()}.\nAdvisor: Got you, ",
        r.titled(b),
        ". Is the number ending ",
        r.num(10, 99),
        " still best?\nCustomer: No, use ",
        r.phone(p=b),
        " now. And I've moved – it's ",
        r.address(),
        ".\n"
        f"Advisor: Updated. Brake fluid and a {r.dn('tool')} check, about {r.money('£', 80, 300)}.",
    ]


@personal("car-voice-note", "voice", "garage")
def t_car_voice(r: Ctx):
    a, b = r.people_n(2)
    return [
        "note to self call back ",
        r.lower(a),
        " about the brake pads on the ",
        r.d("vehicle").lower(),
        " number is ",
        r.phone(style="natc"),
        " then ask ",
        r.lower(b, full=False),
        " if the courtesy car is back from ",
        ("LOCATION", r.city()[1].lower()),
    ]


@personal("fleet-drivers-tsv", "tsv", "fleet")
def t_fleet_tsv(r: Ctx):
    rows = []
    for _ in range(r.rng.randint(3, 5)):
        p = r.person(plain=True)
        rows += [
            r.caps(p, with_given=False),
            "\t",
            r.given(p),
            "\t",
            r.phone(),
            "\t",
            f"{r.code('@@######')}\t{r.date('iso')}\t",
            r.city(),
            "\n",
        ]
    return ["surname\tfirst_name\tmobile\tlicence_check_ref\tchecked_on\tbase\n", rows]


@personal("con-site-diary", "notes", "construction")
def t_con_diary(r: Ctx):
    a, b, c = r.people_n(3)
    return [
        f"SITE DIARY – {r.date('long')}\nProject: ",
        r.address(),
        f"\nWeather: dry, {r.num(4, 24)}°C. Labour on site: {r.num(6, 40)}.\n\n"
        "- Scaffold inspection by ",
        r.full(a),
        f", tag renewed.\n- Concrete pour for slab level {r.num(1, 6)} delayed; pump driver rang ",
        r.given(b),
        " at ",
        r.time(),
        ".\n- ",
        r.full(c),
        f" (M&E) needs the riser drawings rev {r.code('@')}. Call ",
        r.phone(),
        f".\n- Delivery: {r.num(4, 40)} bags of cement, {r.d('tool')}.\nSigned: ",
        r.initial(b),
    ]


@personal("con-snag-table", "markdown_table", "construction")
def t_con_snag(r: Ctx):
    people = r.people_n(3)
    rows = []
    for i in range(r.rng.randint(4, 6)):
        p = people[i % 3]
        who = r.pick([r.full, r.given, r.initial])(p)
        item = r.pick(
            [
                "Chipped skirting",
                "Door closer noisy",
                "Silicone gap at bath",
                "Socket not flush",
                "Paint run on stair rail",
                "Loose balustrade",
            ]
        )
        rows += [f"| {i + 1} | Plot {r.num(1, 60)} | {item} | ", who, f" | {r.date('uk')} |\n"]
    return [
        "Snagging list for ",
        r.address("GB"),
        "\n\n| # | Unit | Item | Assigned | Due |\n|---|---|---|---|---|\n",
        rows,
    ]


@personal("con-rfi-email", "email", "construction")
def t_con_rfi(r: Ctx):
    a, b, c = r.people_n(3)
    dom = r.pick(BUILD)
    return [
        "To: ",
        r.email(b),
        "\nCc: ",
        r.email(c, dom),
        ", ",
        r.role("rfi", dom),
        f"\nSubject: RFI-{r.num(100, 400)} lintel bearing at grid C4\n\nDear ",
        r.titled(b),
        ",\n\nThe structural drawing shows a 150mm bearing but the "
        f"{r.d('software')} model gives 100mm. Please confirm before we order steel for ",
        r.address(),
        ".\n\n",
        r.full(c),
        " from our office will attend the site meeting on ",
        f"{r.weekday()}.\n\nKind regards\n",
        r.full(a),
        f"\n{r.d('job')}, Studio Lintel\nT ",
        r.phone(),
    ]


@personal("con-payment-letter", "letter", "construction")
def t_con_pay(r: Ctx):
    a, b = r.people_n(2)
    cc = r.pick(["DE", "NL", "GB", "IE", "FR", "BE", "AT", "PL"])
    return [
        r.full(a),
        "\n",
        r.address(),
        f"\n\n{r.date('long')}\n\nPayment notice – application no. {r.num(3, 14)}\n\nDear ",
        r.titled(a),
        ",\n\nWe will pay ",
        f"{r.money('€', 4000, 90000)} for groundworks completed to {r.date('long')}. The amount "
        "will be sent to the IBAN on file, ",
        r.iban(cc),
        f", within {r.pick(['14', '21', '30'])} days. Retention of 5% is held until practical "
        "completion.\n\nYours sincerely,\n\n",
        r.full(b),
        "\nCommercial Manager",
    ]


@personal("con-site-visit-ics", "ics", "construction")
def t_con_ics(r: Ctx):
    a, b, c = r.people_n(3)
    return [
        "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:",
        r.uuid(),
        "\nDTSTART:",
        f"{r.date('iso').replace('-', '')}T0{r.num(7, 9)}3000Z\nSUMMARY:Pre-plaster inspection\n"
        "LOCATION:",
        r.address(),
        "\nORGANIZER;CN=",
        r.full(a),
        ":mailto:",
        r.email(a),
        "\nATTENDEE;CN=",
        r.full(b),
        ":mailto:",
        r.email(b),
        "\nATTENDEE;CN=",
        r.full(c),
        ":mailto:",
        r.email(c),
        "\nDESCRIPTION:Bring hi-vis. Gate code ",
        r.num(1000, 9999),
        "\nEND:VEVENT\nEND:VCALENDAR",
    ]


@personal("con-tender-html", "html", "construction")
def t_con_html(r: Ctx):
    a, b = r.people_n(2)
    return [
        '<section class="tender">\n  <h2>Tender ',
        r.code("T-####-##"),
        "</h2>\n"
        f"  <p>Works: extension and loft conversion, budget {r.money('£', 40000, 200000)}</p>\n"
        "  <p>Site: ",
        r.address("GB"),
        '</p>\n  <div class="contact">\n    <span>',
        r.full(a),
        '</span>, Project Architect<br>\n    <a href="mailto:',
        r.email(a),
        '">',
        'email</a> · <a href="tel:',
        r.phone(style="e164"),
        '">call</a>\n  </div>\n  <p>Quantity surveyor: ',
        r.full(b),
        "</p>\n</section>",
    ]


@personal("con-bim-git", "git", "construction")
def t_con_git(r: Ctx):
    a, b, c = r.people_n(3, plain=True)
    return [
        f"commit {r.sha(40)}\nAuthor: ",
        r.full(a),
        " <",
        r.email(a),
        f">\nDate:   {r.date('short')}"
        f" {r.clock()} 2025 +0100\n\n    Update level 3 slab openings for riser R{r.num(1, 9)}\n\n"
        "    Co-authored-by: ",
        r.full(b),
        " <",
        r.email(b),
        f">\n\ncommit {r.sha(40)}\nAuthor: ",
        r.full(c),
        " <",
        r.email(c),
        ">\n"
        f"Date:   {r.date('short')} {r.clock()} 2025 +0100\n\n    Clash fixes after "
        f"{r.d('software')} run {r.version()}\n\n    Signed-off-by: ",
        r.full(a),
        " <",
        r.email(a),
        ">",
    ]


@personal("con-paste-de", "paste", "construction")
def t_con_de(r: Ctx):
    a, b = r.people_n(2, "de")
    return [
        'Translate this site report into English:\n\n"Baustellenbericht vom ',
        r.date("dot"),
        ". Herr ",
        r.fam(a),
        " hat die Bewehrung im zweiten Obergeschoss abgenommen. Frau ",
        r.fam(b),
        " vom Planungsbüro in ",
        r.city("DE"),
        " bittet um Rückruf unter ",
        r.phone("DE"),
        ". Die Betonage verschiebt sich wegen "
        f'Regen auf {r.pick(["Montag", "Dienstag", "Donnerstag"])}."',
    ]


@personal("mfg-label-trace", "stacktrace", "manufacturing")
def t_mfg_trace(r: Ctx):
    a = r.person(plain=True)
    return [
        'Traceback (most recent call last):\n  File "/opt/labels/print.py", line ',
        r.num(40, 300),
        ', in print_batch\n    printer.send(zpl)\n  File "/opt/labels/zebra.py", line ',
        r.num(20, 90),
        ", in send\n"
        "    sock.connect((self.host, 9100))\nConnectionRefusedError: [Errno 111] printer ",
        r.ipv4(),
        ":9100 refused (job ",
        r.code("J-######"),
        " queued by ",
        r.full(a),
        ")",
    ]


@personal("mfg-capa-chat", "chat", "manufacturing")
def t_mfg_chat(r: Ctx):
    a, b = r.people_n(2)
    return [
        "Can you turn this into a short CAPA summary for the management review? ",
        r.full(a),
        f" found {r.num(2, 30)} cracked brackets during incoming inspection on ",
        f"{r.date('long')}. Supplier contact is ",
        r.full(b),
        " (",
        r.email(b),
        f"). Root cause looks like a worn die; they replaced it. We used {r.d('eponym')} to check "
        "the trend. Keep it under 120 words please.",
    ]


@personal("fleet-fuelcard-chat", "chat", "fleet")
def t_fleet_chat(r: Ctx):
    a = r.person()
    return [
        "one of our drivers, ",
        r.given(a),
        ", lost the fuel card ending in the number below and I need to write to the provider to "
        "cancel it. card is ",
        r.card(r.pick(["visa", "mastercard"])),
        f", vehicle {r.d('vehicle')} reg {r.plate()}, last used at a station near ",
        r.city(),
        ". keep it formal",
    ]
