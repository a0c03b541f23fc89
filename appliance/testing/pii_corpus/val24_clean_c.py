"""val24 clean templates, part C (no personal data, many decoys): pensions and tax, immigration
and visas, ports, shipping and aviation, restaurants, wine and spirits."""

from __future__ import annotations

from .val24_gen import Ctx, clean


@clean("pension-allowance-chat", "chat", "pensions")
def c_pension_chat(r: Ctx):
    return [
        f"Explain in plain English how the annual allowance of {r.money('£', 40000, 60000)} "
        "interacts with carry forward from the last three tax years. Assume salary sacrifice "
        f"of {r.num(3, 10)}% and employer contributions of {r.num(3, 12)}%. Use a Markov chain "
        "analogy only if it actually helps – I doubt it will.",
    ]


@clean("tax-deadlines-email", "email", "tax")
def c_tax_email(r: Ctx):
    return [
        "Subject: Key tax dates this quarter\n\nHello,\n\nA reminder of upcoming deadlines:\n"
        f"- {r.date('long')}: second payment on account\n- {r.date('long')}: VAT return for "
        f"period {r.code('##/##')}\n- {r.date('long')}: P11D filing\n\nOur fees for the "
        f"self-assessment package remain {r.money('£', 250, 600)} + VAT. Bill me is an option "
        "for existing clients – we invoice after filing.\n\nClient Services",
    ]


@clean("fund-performance-csv", "csv", "pensions")
def c_fund_csv(r: Ctx):
    funds = [
        "Global Equity Index",
        "Ethical Growth",
        "Corporate Bond",
        "Cash",
        "Property",
        "Lifestyle 2040",
        "Emerging Markets",
    ]
    rows = [
        f"{f},{r.code('GB00@@######')},{r.num(-9, 25)}.{r.num(0, 9)},0.{r.num(10, 95)}\n"
        for f in r.sample(funds, 5)
    ]
    return ["fund,isin,return_1y_pct,ocf_pct\n", rows]


@clean("tax-calc-toolcall", "toolcall", "tax")
def c_tax_tool(r: Ctx):
    return [
        f"calculate_income_tax(gross={r.num(20000, 180000)}, pension_pct={r.num(3, 15)}, "
        f'student_loan_plan={r.num(1, 5)}, tax_code="{r.num(1000, 1400)}L", '
        f'year="{r.num(2024, 2026)}-{r.num(25, 27)}")',
    ]


@clean("fund-factsheet-json", "json", "pensions")
def c_fund_json(r: Ctx):
    return [
        f'{{"fund": "Lifestyle 20{r.num(30, 60)}", "isin": "{r.code("GB00@@######")}", '
        f'"nav": {r.num(1, 4)}.{r.num(1000, 9999)}, "ocf": 0.{r.num(10, 60)}, '
        f'"risk_level": {r.num(1, 7)}, "top_holdings": ["Apple", "Microsoft", "Nestlé", '
        f'"Toyota"], "as_of": "{r.date("iso")}"}}',
    ]


@clean("visa-checklist", "notes", "immigration")
def c_visa_notes(r: Ctx):
    return [
        "Document checklist – skilled worker route\n[ ] passport (valid 6+ months)\n"
        f"[ ] certificate of sponsorship no. {r.code('@##@#######')}\n[ ] TB test certificate\n"
        f"[ ] English test, CEFR B1 or above\n[ ] maintenance funds {r.money('£', 1200, 1300)} "
        "held for 28 days\n[ ] biometric appointment confirmation\n\nFee: "
        f"{r.money('£', 700, 1500)} + health surcharge {r.money('£', 600, 1100)} per year.",
    ]


@clean("visa-fees-form", "form", "immigration")
def c_visa_form(r: Ctx):
    return [
        "FEE SCHEDULE (internal)\n\n"
        f"Visitor, standard: {r.money('£', 100, 130)}   Processing: 3 weeks\n"
        f"Student: {r.money('£', 480, 520)}   Processing: 3 weeks\n"
        f"Priority service: +{r.money('£', 500, 600)}\nSuper priority: +{r.money('£', 900, 1000)}\n"
        f"Valid from: {r.date('long')}   Form version: {r.version()}",
    ]


@clean("visa-portal-jira", "jira", "immigration")
def c_visa_jira(r: Ctx):
    return [
        f"VPORT-{r.num(100, 999)}  Upload fails for PDFs over {r.num(5, 20)} MB\n"
        "Environment: production, build ",
        r.sha(8),
        "\n\nComment (support bot): "
        f"{r.num(3, 40)} users affected since {r.time()}.\nComment (Platform): nginx "
        f"client_max_body_size was 10m; raised to 25m in config {r.version()}. Will do a "
        "post-incident review on Monday.",
    ]


@clean("visa-webinar-ics", "ics", "immigration")
def c_visa_ics(r: Ctx):
    return [
        "BEGIN:VEVENT\nSUMMARY:Webinar – graduate route Q&A\n"
        f"DTSTART:{r.date('iso').replace('-', '')}T{r.num(10, 17)}0000Z\nDURATION:PT1H\n"
        f"LOCATION:Online (meeting ID {r.num(100, 999)} {r.num(1000, 9999)} {r.num(1000, 9999)})\n"
        "DESCRIPTION:Slides will be shared afterwards.\nEND:VEVENT",
    ]


@clean("berth-schedule-xml", "xml", "shipping")
def c_berth_xml(r: Ctx):
    out = ['<BerthSchedule terminal="B">\n']
    for _ in range(3):
        out.append(
            f'  <Call vessel="{r.d("ship")}" imo="{r.num(9100000, 9899999)}" '
            f'berth="{r.num(1, 24)}" eta="{r.date("iso")}T{r.clock()}" '
            f'moves="{r.num(200, 3000)}"/>\n'
        )
    return out + ["</BerthSchedule>"]


@clean("container-list-tsv", "tsv", "shipping")
def c_container_tsv(r: Ctx):
    rows = [
        f"{r.code('@@@U#######')}\t{r.pick(['22G1', '45G1', '45R1'])}\t{r.code('SL######')}\t"
        f"{r.num(4000, 30000)}\t{r.pick(['FCL', 'LCL'])}\n"
        for _ in range(r.rng.randint(4, 6))
    ]
    return [
        f"vessel\t{r.d('ship')}\tvoyage\t{r.code('###@')}\ncontainer\ttype\tseal\tgross_kg\tmode\n",
        rows,
    ]


@clean("cutoff-email", "email", "shipping")
def c_cutoff_email(r: Ctx):
    return [
        f"Subject: Cut-offs for {r.d('ship')} voyage {r.code('###@')}\n\nDear shipper,\n\n"
        f"Documentation cut-off: {r.date('long')} {r.time()}\nVGM cut-off: {r.date('long')} "
        f"{r.time()}\nReefer plug-in from gate {r.num(1, 9)} only.\n\n{r.d('storm')} may "
        "delay the vessel; we will confirm ETA 24 h ahead.\n\nOperations Desk",
    ]


@clean("acars-log", "log", "aviation")
def c_acars_log(r: Ctx):
    return [
        f"{r.clock()}Z ACARS {r.code('@-@@@@')} FLT {r.flight()} OOOI OUT\n"
        f"{r.clock()}Z ACARS {r.code('@-@@@@')} MAINT MSG 21-{r.num(10, 99)} PACK 2 TEMP HI\n"
        f"{r.clock()}Z ACARS {r.code('@-@@@@')} FUEL {r.num(4000, 22000)} KG\n"
        f"{r.clock()}Z ACARS {r.code('@-@@@@')} FLT {r.flight()} OOOI IN\n",
    ]


@clean("techlog-stamp-form", "form", "aviation")
def c_techlog_form(r: Ctx):
    return [
        f"TECH LOG  Page {r.num(1000, 9999)}   A/C {r.code('@-@@@@')} ({r.d('aircraft')})\n"
        f"Defect: cabin PA inoperative row {r.num(1, 40)}.\nAction: amplifier "
        f"P/N {r.code('###-####-##')} replaced, ops check good.\n"
        f"MEL item 23-{r.num(10, 99)} cleared.\nCertified: stamp {r.num(100, 999)}   "
        f"Date: {r.date('uk')}   {r.d('engine')}",
    ]


@clean("ad-compliance-table", "markdown_table", "aviation")
def c_ad_md(r: Ctx):
    rows = [
        f"| {r.code('20##-##-##')} | {r.pick(['Fuel pump', 'Slat track', 'Cargo door', 'APU starter'])}"
        f" | {r.pick(['Complied', 'Repetitive', 'N/A'])} | {r.num(1000, 60000)} FH |\n"
        for _ in range(4)
    ]
    return [
        f"AD status – {r.d('aircraft')}\n\n| AD | Subject | Status | Next due |\n"
        "|---|---|---|---|\n",
        rows,
    ]


@clean("mro-scheduler-yaml", "yaml", "aviation")
def c_mro_yaml(r: Ctx):
    return [
        f"check_types:\n  A:\n    interval_fh: {r.num(500, 800)}\n  C:\n    interval_months: "
        f"{r.num(18, 36)}\nhangar:\n  bays: {r.num(2, 6)}\n  door_clearance_m: "
        f'{r.num(20, 30)}.{r.num(0, 9)}\nfleet:\n  - type: "{r.d("aircraft")}"\n    count: '
        f"{r.num(2, 40)}\n",
    ]


@clean("menu-html", "html", "restaurant")
def c_menu_html(r: Ctx):
    dishes = r.sample(
        list(
            r.rng.sample(
                [
                    "Caesar salad",
                    "Eggs Benedict",
                    "Beef Stroganoff",
                    "Peach Melba",
                    "Pavlova",
                    "Fettuccine Alfredo",
                    "Crêpes Suzette",
                    "beef carpaccio",
                    "Tarte Tatin",
                ],
                4,
            )
        ),
        4,
    )
    items = "".join(
        f'  <li>{d} <span class="price">{r.money("£", 6, 32)}</span> '
        f"<small>({r.pick(['G', 'D', 'E', 'N', 'GF', 'V'])})</small></li>\n"
        for d in dishes
    )
    return [
        f'<h2>Lunch menu</h2>\n<ul style="color:{r.hexcol()}">\n',
        items,
        "</ul>\n<p>Allergen key: G gluten, D dairy, E egg, N nuts. Please ask your server.</p>",
    ]


@clean("table-ready-sms", "sms", "restaurant")
def c_resto_sms(r: Ctx):
    return [
        f"Your table is ready! Please come to the host stand within 10 min. Booking "
        f"{r.code('@@####')}, {r.num(2, 8)} guests. Happy hour 5–7pm: {r.d('drink')} "
        f"{r.money('£', 6, 12)}.",
    ]


@clean("allergen-matrix-csv", "csv", "restaurant")
def c_allergen_csv(r: Ctx):
    dishes = r.sample(
        [
            "Caesar salad",
            "Eggs Benedict",
            "Pavlova",
            "Sachertorte",
            "nachos",
            "Waldorf salad",
            "Margherita pizza",
        ],
        5,
    )
    rows = [f"{d},{','.join(r.pick(['Y', 'N', 'N']) for _ in range(6))}\n" for d in dishes]
    return ["dish,gluten,dairy,egg,nuts,sesame,fish\n", rows]


@clean("dish-copy-chat", "chat", "restaurant")
def c_dish_chat(r: Ctx):
    return [
        f"Write a two-line menu description for our twist on {r.d('dish')}: charred leeks, "
        f"brown butter, hazelnut crumb, {r.num(60, 90)}-day aged parmesan. Price "
        f"{r.money('£', 9, 19)}. No puns, and don't call it 'deconstructed'.",
    ]


@clean("wine-tasting-notes", "notes", "wine")
def c_wine_notes(r: Ctx):
    out = [f"Trade tasting – {r.date('long')}\n"]
    for _ in range(3):
        out.append(
            f"- {r.d('grape')} {r.num(2015, 2023)}, lot {r.code('L##-###')}: "
            f"{r.pick(['cherry, cedar, firm tannin', 'citrus, wet stone, saline', 'plum, clove, soft'])}. "
            f"{r.num(86, 96)}/100. {r.money('£', 9, 60)} ex-cellar.\n"
        )
    return out


@clean("price-list-email", "email", "wine")
def c_wine_email(r: Ctx):
    return [
        f"Subject: Price list update, effective {r.date('long')}\n\nDear customer,\n\nDuty and "
        f"freight increases mean our list rises by {r.pct()} from next month. Orders placed "
        f"before {r.date('long')} keep current pricing.\n\nMinimum order: {r.num(6, 24)} "
        "cases, mixed allowed. Free delivery over "
        f"{r.money('£', 500, 1500)}.\n\nThe Trade Team",
    ]


@clean("wine-stock-json", "json", "wine")
def c_wine_json(r: Ctx):
    return [
        f'{{"sku": "{r.code("W-####")}", "wine": "{r.d("grape")}", "vintage": '
        f'{r.num(2015, 2023)}, "bottles": {r.num(0, 900)}, "bond": {r.pick(["true", "false"])}, '
        f'"location": "rack {r.code("@#")}", "reorder_at": {r.num(12, 120)}}}',
    ]


@clean("kitchen-pass-transcript", "transcript", "restaurant")
def c_kitchen_transcript(r: Ctx):
    return [
        f"Pass: Table {r.num(1, 30)}, two {r.d('dish')}, one no dairy.\nGrill: Yes chef.\n"
        f"Pass: Table {r.num(1, 30)} away, mains.\nPastry: {r.num(2, 6)} {r.d('dish')} ready "
        "in five.\nPass: Hands please! Will do allergens on the next ticket myself.",
    ]


@clean("port-gate-trace", "stacktrace", "shipping")
def c_port_trace(r: Ctx):
    return [
        'Exception in thread "gate-ocr" java.lang.NumberFormatException: For input string: '
        f'"{r.code("@@@U###")}O"\n\tat java.lang.Integer.parseInt(Integer.java:652)\n'
        f"\tat terminal.gate.CheckDigit.compute(CheckDigit.java:{r.num(20, 90)})\n"
        f"\tat terminal.gate.OcrWorker.run(OcrWorker.java:{r.num(40, 200)})\n",
    ]


@clean("wine-order-voice", "voice", "wine")
def c_wine_voice(r: Ctx):
    return [
        f"order for the bar six cases of the house {r.d('grape').lower()} two of the "
        "prosecco and check if the supplier will bill me or wants card up front we hope "
        f"delivery is before {r.weekday().lower()}",
    ]
