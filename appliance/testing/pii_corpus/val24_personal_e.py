"""val24 personal templates, part E: restaurants and catering, the wine and spirits trade, art
galleries and auction houses, science labs."""

from __future__ import annotations

from .val24_gen import Ctx, personal

RESTO = ("thecopperpan.co.uk", "osteria-fumo.com", "greenleafcatering.com")
WINE = ("cellardoorwines.com", "vinotrade.eu", "bottle-and-barrel.co.uk")
ART = ("halcyonfineart.com", "marlow-auctions.com", "galerie-nord.art")
LAB = ("meridianlabs.org", "biocore-institute.ac.uk", "lab.univ-example.edu")


@personal("resto-booking-email", "email", "restaurant")
def t_resto_email(r: Ctx):
    a, b = r.people_n(2)
    dom = r.pick(RESTO)
    return [
        "To: ",
        r.role("reservations", dom),
        "\nFrom: ",
        r.email(a),
        "\nSubject: Table for ",
        f"{r.num(4, 12)} – {r.date('long')}\n\nHello,\n\nI'd like to book for {r.time()}. One guest "
        "(",
        r.given(b),
        f") is coeliac and another cannot eat shellfish – could the {r.d('dish')} be "
        "made without? Please hold the table on my card ",
        r.card(),
        ".\n\nMy mobile is ",
        r.phone(p=a),
        ".\n\nThank you,\n",
        r.full(a),
    ]


@personal("resto-booking-json", "json", "restaurant")
def t_resto_json(r: Ctx):
    a = r.person()
    return [
        '{"booking": {"ref": "',
        r.code("@@#####"),
        '", "covers": ',
        r.num(2, 10),
        ', "time": "',
        r.date("iso"),
        "T",
        r.clock(),
        '", "guest": {"name": "',
        r.full(a),
        '", "phone": "',
        r.phone(p=a, style="e164"),
        '", "email": "',
        r.email(a),
        '"}, "notes": "birthday, ',
        r.pick(["nut allergy", "vegan x2", "high chair"]),
        '", "source": "',
        r.d("software"),
        '"}}',
    ]


@personal("resto-confirm-sms", "sms", "restaurant")
def t_resto_sms(r: Ctx):
    a = r.person()
    return [
        f"The Copper Pan: table for {r.num(2, 8)} at {r.time()} {r.weekday()} under ",
        r.fam(a),
        " is confirmed. Running late? Call ",
        r.phone(),
        ". Reply C to cancel.",
    ]


@personal("resto-allergen-chat", "chat", "restaurant")
def t_resto_chat(r: Ctx):
    a, chef = r.people_n(2)
    return [
        "Help me reply to a guest. ",
        r.full(a),
        " emailed asking whether our ",
        f"{r.d('dish')} contains sesame. It doesn't, but the kitchen also prepares "
        f"{r.d('dish')} with tahini on the same station. Head chef ",
        r.full(chef),
        " says we can't guarantee no cross-contact. Guest's email is ",
        r.email(a),
        ". Friendly but clear please.",
    ]


@personal("resto-reservations-csv", "csv", "restaurant")
def t_resto_csv(r: Ctx):
    rows = []
    for _ in range(r.rng.randint(3, 5)):
        p = r.person(plain=True)
        rows += [
            f"{r.time()},{r.num(1, 9)},",
            r.full(p),
            ",",
            r.phone(p=p),
            f",{r.pick(['', 'window', 'anniversary', 'gluten free', 'pram'])}\n",
        ]
    return [f"date,{r.date('iso')}\ntime,covers,name,phone,notes\n", rows]


@personal("resto-phone-booking", "transcript", "restaurant")
def t_resto_transcript(r: Ctx):
    a, host = r.people_n(2)
    return [
        "Host: Osteria Fumo, ",
        r.given(host),
        " speaking.\nGuest: Hi, a table for six on ",
        f"{r.weekday()}, around eight?\nHost: I can do 8:15. Name please?\nGuest: ",
        r.full(a),
        ".\nHost: And a mobile?\nGuest: ",
        r.phone(p=a),
        ".\nHost: Lovely. We'll need a card to hold groups of six or more.\nGuest: Sure, it's ",
        r.card(sep=" "),
        ".\nHost: Thank you, ",
        r.titled(a),
        ". See you then.",
    ]


@personal("wine-trade-order", "email", "wine")
def t_wine_order(r: Ctx):
    buyer, seller = r.people_n(2)
    dom = r.pick(WINE)
    return [
        "From: ",
        r.email(buyer),
        "\nTo: ",
        r.email(seller, dom),
        f"\nSubject: PO {r.code('PO-#####')}\n\nHi ",
        r.given(seller),
        f",\n\nPlease confirm:\n- {r.num(6, 60)} cases {r.d('grape')} 2021 from ",
        r.region(),
        f"\n- {r.num(3, 24)} cases {r.d('grape')} 2019\n\nDeliver to ",
        r.address(p=buyer),
        ", goods in via the side gate. We'll pay on 30 days to the IBAN on your pro forma, ",
        r.iban(r.pick(["FR", "IT", "ES", "PT", "DE", "AT"])),
        ".\n\nThanks,\n",
        r.full(buyer),
    ]


@personal("wine-invoice-xml", "xml", "wine")
def t_wine_xml(r: Ctx):
    a, b = r.people_n(2, plain=True)
    return [
        '<Invoice number="',
        r.code("INV-######"),
        '">\n  <Seller>\n    <Contact>',
        r.full(a),
        "</Contact>\n    <IBAN>",
        r.iban(r.pick(["FR", "IT", "PT", "ES"])),
        "</IBAN>\n  </Seller>\n  <Buyer>\n    <Contact>",
        r.full(b),
        "</Contact>\n    <DeliveryAddress>",
        r.address(p=b),
        '</DeliveryAddress>\n  </Buyer>\n  <Line sku="',
        r.code("W-####"),
        f'" qty="{r.num(6, 120)}">{r.d("grape")}, {r.num(2015, 2023)}</Line>\n'
        f'  <Total currency="EUR">{r.num(400, 20000)}.00</Total>\n</Invoice>',
    ]


@personal("wine-allocations", "markdown_table", "wine")
def t_wine_md(r: Ctx):
    rows = []
    for _ in range(r.rng.randint(3, 5)):
        p = r.person()
        rows += [
            "| ",
            r.lastfirst(p),
            f" | {r.d('grape')} {r.num(2019, 2023)} | {r.num(1, 12)}"
            f" | {r.money('£', 200, 4000)} | ",
            r.city(),
            " |\n",
        ]
    return [
        "En primeur allocations – confirm by Friday\n\n| Client | Wine | Cases | Total | "
        "Deliver to |\n|---|---|---|---|---|\n",
        rows,
    ]


@personal("wine-paste-it", "paste", "wine")
def t_wine_it(r: Ctx):
    a, b = r.person("it"), r.person("it", female=True)
    return [
        r.pick(
            [
                "Summarise this email from our Italian producer:",
                "Translate into English and list any deadlines:",
                "Draft a reply in English:",
            ]
        ),
        "\n\nGentile ",
        r.titled(b, "Sig.ra"),
        ",\n\nLe confermo che la spedizione di "
        f"{r.num(20, 200)} casse di {r.pick(['Nebbiolo', 'Sangiovese', 'Barbera'])} partirà da ",
        r.city("IT"),
        f" il {r.num(1, 28)} {r.pick(['marzo', 'aprile', 'settembre', 'ottobre'])}. Per "
        "qualsiasi domanda può chiamarmi al ",
        r.phone("IT"),
        " oppure scrivere a ",
        r.email(a),
        ".\n\nCordiali saluti,\n",
        r.full(a),
    ]


@personal("wine-paste-pt", "paste", "wine")
def t_wine_pt(r: Ctx):
    a, b = r.person("pt"), r.person("pt")
    return [
        "Extract the people, places and dates from this as JSON:\n\nOlá ",
        r.given(b),
        ",\n\nA prova de vinhos vai ser na quinta em ",
        r.region("PT"),
        " no dia ",
        f"{r.num(2, 28)} de {r.pick(['maio', 'junho', 'outubro'])}. O enólogo, ",
        r.full(a),
        ", pode buscar-vos no hotel em ",
        r.city("PT"),
        ". O telemóvel dele é ",
        r.phone("PT"),
        ".\n\nAbraço,\n",
        r.full(r.person("pt")),
    ]


@personal("art-provenance-notes", "notes", "art")
def t_art_provenance(r: Ctx):
    artist, o1, o2, o3 = r.people_n(4)
    return [
        "Lot ",
        r.num(1, 300),
        ": ",
        r.full(artist),
        f" – Harbour at Dusk, oil on canvas, {r.num(40, 120)} x {r.num(40, 120)} cm\n\n"
        "Provenance:\n- The artist's studio, ",
        r.city(),
        "\n- ",
        r.full(o1),
        ", ",
        r.city(),
        f", acquired from the above c. {r.num(1950, 1975)}\n- By descent to ",
        r.titled(o2),
        "\n- Private collection, ",
        r.country(),
        f" (acquired {r.num(1990, 2015)})\n\n"
        "Exhibited: retrospective at the Guggenheim (not confirmed – ask ",
        r.full(o3),
        ")\n",
    ]


@personal("art-bidder-registration", "form", "art")
def t_art_bidder(r: Ctx):
    a = r.person()
    return [
        f"BIDDER REGISTRATION – Sale {r.code('####')}, {r.date('long')}\n\nPaddle no.: ",
        r.num(100, 999),
        "\nName: ",
        r.caps(a),
        "\nAddress: ",
        r.address(p=a),
        "\nTelephone: ",
        r.phone(p=a),
        "\nEmail: ",
        r.email(a),
        "\nCard for deposit: ",
        r.card(),
        f"\nBidding limit: {r.money('£', 5000, 250000)}\nTelephone bidding: yes – "
        "call the number above during lots ",
        r.num(10, 80),
        "–",
        r.num(81, 160),
    ]


@personal("art-consignment-letter", "letter", "art")
def t_art_letter(r: Ctx):
    a, spec, artist = r.people_n(3)
    return [
        f"{r.date('long')}\n\n",
        r.full(a),
        "\n",
        r.address(p=a),
        "\n\nDear ",
        r.titled(a),
        ",\n\nThank you for consigning the two works on paper by ",
        r.full(artist),
        f" to our {r.month()} sale. Our estimate is {r.money('£', 2000, 20000)}–"
        f"{r.money('£', 20001, 60000)} each. Proceeds, less 15% commission, will be paid to "
        "your account ",
        r.iban(r.pick(["GB", "IE", "CH", "DE", "FR"])),
        " 35 days after the sale.\n\nWith best wishes,\n\n",
        r.full(spec),
        "\nSpecialist, Works on Paper",
    ]


@personal("art-catalogue-biblio", "bibliography", "art")
def t_art_biblio(r: Ctx):
    out = ["Literature:\n"]
    for _ in range(r.rng.randint(3, 4)):
        p = r.person()
        out += [
            r.biblio(p),
            f" ({r.num(1970, 2023)}) ",
            r.pick(
                [
                    "Catalogue raisonné of the paintings",
                    "Light and water: studio notes",
                    "The harbour pictures",
                    "Exhibition catalogue",
                ]
            ),
            f", pp. {r.num(10, 200)}–{r.num(201, 400)}, no. {r.num(1, 99)}.\n",
        ]
    return out


@personal("art-artist-html", "html", "art")
def t_art_html(r: Ctx):
    a, gal = r.people_n(2)
    return [
        '<article class="artist">\n  <h1>',
        r.full(a),
        "</h1>\n  <p>Born ",
        f"{r.num(1950, 1995)}, ",
        r.city(),
        ". Lives and works in ",
        r.city(),
        ".</p>\n  <p>Enquiries: ",
        r.full(gal),
        ', <a href="mailto:',
        r.email(gal, r.pick(ART)),
        '">gallery</a>, ',
        r.phone(p=gal),
        "</p>\n</article>",
    ]


@personal("lab-protocol-notes", "notes", "lab")
def t_lab_protocol(r: Ctx):
    a, b = r.people_n(2)
    return [
        f"PROTOCOL SOP-{r.num(10, 99)} rev {r.code('@')} – RNA extraction from tissue\n"
        "Prepared by: ",
        r.full(a),
        "   Approved: ",
        r.initial(b),
        f"\n\n1. Thaw samples {r.code('S-####')} to {r.code('S-####')} on ice.\n2. Work in the "
        f"hood, not near the {r.dn('eponym')}.\n3. Spin 12,000 x g, 4 °C, 10 min.\n"
        "4. Record yield in Benchling.\n\nQuestions: ",
        r.given(a),
        " (",
        r.phone(p=a),
        ")",
    ]


@personal("lab-lims-log", "log", "lab")
def t_lab_log(r: Ctx):
    a, b = r.people_n(2, plain=True)
    return [
        f"{r.date('iso')} {r.clock()} lims INFO sample {r.code('S-######')} received by ",
        r.full(a),
        " at bench 4\n",
        f"{r.date('iso')} {r.clock()} lims INFO plate {r.code('P###')} uploaded from qPCR-2 (",
        r.ipv4(),
        ")\n",
        f"{r.date('iso')} {r.clock()} lims WARN temp excursion freezer F3 -{r.num(60, 79)}C, "
        "notified ",
        r.email(b),
        "\n",
        f"{r.date('iso')} {r.clock()} lims INFO audit export requested by ",
        r.initial(b),
        " from ",
        r.ipv6(),
        "\n",
    ]


@personal("lab-instrument-yaml", "yaml", "lab")
def t_lab_yaml(r: Ctx):
    a = r.person()
    return [
        'instrument: plate-reader-02\nmodel: "',
        r.pick(["Spark 10M", "CLARIOstar", "Synergy H1"]),
        '"\nnetwork:\n  address: ',
        r.ipv4(),
        "\n  gateway: ",
        r.ipv4(),
        '\nowner:\n  name: "',
        r.full(a),
        '"\n  email: "',
        r.email(a, r.pick(LAB)),
        f'"\ncalibration_due: {r.date("iso")}\n',
    ]


@personal("lab-analysis-code", "code", "lab")
def t_lab_code(r: Ctx):
    a, b = r.people_n(2, plain=True)
    return [
        '"""Dose-response fitting for the kinase panel.\n\nAuthor: ',
        r.full(a),
        " <",
        r.email(a),
        ">\nReviewed by: ",
        r.full(b),
        '\n"""\n\nimport numpy as np\n'
        "from scipy.optimize import curve_fit\n\n\ndef hill(x, top, bottom, ec50, n):\n"
        "    return bottom + (top - bottom) / (1 + (ec50 / x) ** n)\n\n"
        f"# plates {r.code('P###')}-{r.code('P###')}; outliers removed with a Gaussian filter\n",
    ]


@personal("lab-pipeline-git", "git", "lab")
def t_lab_git(r: Ctx):
    a, b = r.people_n(2, plain=True)
    return [
        f"{r.sha(7)} (HEAD -> main) Fix plate map for run {r.code('R###')}\nAuthor: ",
        r.full(a),
        " <",
        r.email(a, r.pick(LAB)),
        f">\n\n{r.sha(7)} Add normalisation step\nAuthor: ",
        r.full(b),
        " <",
        r.email(b),
        ">\nCo-authored-by: ",
        r.full(a),
        " <",
        r.email(a),
        ">\n",
    ]


@personal("lab-config-diff", "diff", "lab")
def t_lab_diff(r: Ctx):
    a, b = r.people_n(2, plain=True)
    return [
        "--- a/config/notify.toml\n+++ b/config/notify.toml\n@@ -1,5 +1,5 @@\n [alerts]\n"
        '-on_call = "',
        r.full(a),
        '"\n-phone = "',
        r.phone(style="e164"),
        '"\n+on_call = "',
        r.full(b),
        '"\n+phone = "',
        r.phone(style="e164"),
        '"\n freezer_threshold_c = -70\n',
    ]


@personal("lab-upload-trace", "stacktrace", "lab")
def t_lab_trace(r: Ctx):
    a = r.person(plain=True)
    return [
        'Traceback (most recent call last):\n  File "upload.py", line ',
        r.num(20, 200),
        ', in <module>\n    client.push(results)\n  File "lims/client.py", line ',
        r.num(20, 200),
        ', in push\n    raise PermissionError(f"user {self.user} not allowed")\n'
        "PermissionError: user ",
        r.email(a),
        " not allowed on project ",
        r.code("PRJ-###"),
        " (host ",
        r.ipv4(),
        ")",
    ]


@personal("lab-paper-biblio", "bibliography", "lab")
def t_lab_biblio(r: Ctx):
    out = []
    for i in range(r.rng.randint(3, 4)):
        ps = r.people_n(r.rng.randint(1, 3))
        out += [f"[{i + 1}] "]
        for j, p in enumerate(ps):
            out += [", " if j else "", r.biblio(p)]
        out += [
            f" ({r.num(2010, 2024)}). ",
            r.pick(
                [
                    "Kinase inhibitor selectivity across cell lines",
                    "A robust RNA extraction method",
                    "Freezer failures and sample integrity",
                    "Plate effects in qPCR assays",
                ]
            ),
            f". J. Lab Methods {r.num(10, 80)}:{r.num(100, 999)}. doi:{r.doi()}\n",
        ]
    return out


@personal("resto-tasting-ics", "ics", "restaurant")
def t_resto_ics(r: Ctx):
    a, b = r.people_n(2)
    return [
        "BEGIN:VEVENT\nSUMMARY:Menu tasting with ",
        r.full(a),
        "\nDTSTART:",
        f"{r.date('iso').replace('-', '')}T150000\nLOCATION:",
        r.address(),
        "\nATTENDEE;CN=",
        r.full(b),
        ":mailto:",
        r.email(b),
        "\nDESCRIPTION:Wedding menu, 80 covers. Bring allergen matrix.\nEND:VEVENT",
    ]


@personal("wine-shipment-toolcall", "toolcall", "wine")
def t_wine_tool(r: Ctx):
    a = r.person()
    return [
        '{"tool": "create_shipment", "args": {"consignee": "',
        r.full(a),
        '", "address": "',
        r.address(p=a),
        '", "phone": "',
        r.phone(p=a),
        f'", "cases": {r.num(1, 40)}, "bonded": {r.pick(["true", "false"])}, "duty_ref": "',
        r.code("DR######"),
        '"}}',
    ]
