"""val24 clean templates, part D (no personal data, many decoys): art and auctions, science
labs, horse racing and sports clubs, personal admin, and pasted texts in eleven languages."""

from __future__ import annotations

from .val24_gen import Ctx, clean


@clean("condition-report", "notes", "art")
def c_condition(r: Ctx):
    return [
        f"CONDITION REPORT – Lot {r.num(1, 300)}, inv. {r.code('INV-####-##')}\n"
        f"Medium: oil on canvas, {r.num(30, 150)} x {r.num(30, 150)} cm (sight)\n"
        "Surface: fine craquelure upper left; minor retouching visible under UV.\n"
        f"Frame: gilt, later, chips to corners.\nVarnish: discoloured. Estimate "
        f"{r.money('£', 1000, 9000)}–{r.money('£', 9001, 30000)}.\nExamined in the Hepworth "
        "room under north light.",
    ]


@clean("exhibition-html", "html", "art")
def c_exhibition_html(r: Ctx):
    return [
        f"<section>\n  <h2>Light and Water</h2>\n  <p>{r.date('long')} – {r.date('long')}, "
        f"{r.d('building')}, gallery {r.num(1, 12)}</p>\n  <p>Tickets {r.money('£', 8, 22)}, "
        'concessions available. Free for members.</p>\n  <a href="https://tickets.example.org/'
        f'event/{r.num(1000, 9999)}">Book now</a>\n</section>',
    ]


@clean("museum-catalogue-biblio", "bibliography", "art")
def c_art_biblio(r: Ctx):
    refs = [
        "Tate Publishing ({y}) Light and Water: exhibition catalogue. pp. {n}.",
        "Metropolitan Museum of Art ({y}) Annual report. Vol. {n}.",
        "Rijksmuseum ({y}) Conservation studies {n}.",
        "Anon. ({y}) Sale catalogue, lots 1–{n}.",
        "Courtauld Institute ({y}) Technical bulletin no. {n}.",
    ]
    return [ref.format(y=r.num(1960, 2024), n=r.num(10, 400)) + "\n" for ref in r.sample(refs, 4)]


@clean("art-inventory-csv", "csv", "art")
def c_art_csv(r: Ctx):
    media = [
        "oil on canvas",
        "bronze",
        "gouache on paper",
        "silver gelatin print",
        "oak, carved",
        "ceramic, glazed",
    ]
    rows = [
        f'{r.code("INV-####")},"{r.pick(media)}",{r.num(10, 200)}x{r.num(10, 200)},'
        f"{r.num(1850, 2020)},{r.pick(['store A', 'store B', 'on loan', 'gallery 3'])}\n"
        for _ in range(r.rng.randint(4, 6))
    ]
    return ["inv,medium,size_cm,year,location\n", rows]


@clean("lab-normalise-python", "code", "lab")
def c_lab_code(r: Ctx):
    return [
        "import pandas as pd\n\n\ndef normalise(plate: pd.DataFrame) -> pd.DataFrame:\n"
        '    """Divide by the plate median; drop wells flagged by the Gaussian filter."""\n'
        '    med = plate["signal"].median()\n    out = plate.assign(norm=plate["signal"] / med)\n'
        f'    return out[out["flag"] == 0]\n\n\nTHRESHOLD = {r.num(2, 5)}.{r.num(0, 9)}  '
        f"# set in SOP-{r.num(10, 99)} rev {r.code('@')}\n",
    ]


@clean("lab-samples-sql", "code", "lab")
def c_lab_sql(r: Ctx):
    return [
        "SELECT sample_id, box, position, volume_ul\nFROM samples\n"
        f"WHERE freezer = 'F{r.num(1, 6)}' AND collected_at >= '{r.date('iso')}'\n"
        f"  AND project = '{r.code('PRJ-###')}'\nORDER BY box, position\nLIMIT {r.num(50, 500)};",
    ]


@clean("lab-oneline-git", "git", "lab")
def c_lab_git(r: Ctx):
    msgs = [
        "Fix plate map offset",
        "Add Kalman filter smoothing",
        "Bump numpy to 2.1",
        "Handle empty wells",
        "Refactor normalisation",
        "Update SOP link",
    ]
    return ["$ git log --oneline -n 5\n"] + [f"{r.sha(7)} {m}\n" for m in r.sample(msgs, 5)]


@clean("lab-threshold-diff", "diff", "lab")
def c_lab_diff(r: Ctx):
    return [
        "--- a/pipeline/qc.py\n+++ b/pipeline/qc.py\n@@ -12,7 +12,7 @@ def qc(plate):\n"
        f"-    if cv > 0.{r.num(10, 20)}:\n+    if cv > 0.{r.num(21, 30)}:\n"
        '         return "fail"\n     # Levenshtein distance on barcodes catches swaps\n',
    ]


@clean("lab-reader-trace", "stacktrace", "lab")
def c_lab_trace(r: Ctx):
    return [
        'Traceback (most recent call last):\n  File "reader.py", line '
        f"{r.num(20, 120)}, in read_plate\n    data = dev.read(timeout={r.num(5, 30)})\n"
        "TimeoutError: plate reader did not respond on port "
        f"{r.port()} after {r.num(5, 30)} s (instrument {r.code('PR-##')}, fw {r.version()})",
    ]


@clean("lab-incubator-yaml", "yaml", "lab")
def c_lab_yaml(r: Ctx):
    return [
        f"incubator: {r.code('INC-##')}\nsetpoint_c: 37.0\nco2_pct: 5.0\nalarms:\n"
        f'  high_c: 38.{r.num(0, 9)}\n  low_c: 35.{r.num(0, 9)}\n  notify: "#lab-alerts"\n'
        f'service_contract: "{r.code("SC-######")}"\n',
    ]


@clean("lab-methods-biblio", "bibliography", "lab")
def c_lab_biblio(r: Ctx):
    refs = [
        "Cold Spring Harbor Protocols ({y}). RNA extraction with TRIzol. doi:{d}",
        "European Pharmacopoeia Commission ({y}). Ph. Eur. 11th ed., section {n}.",
        "National Institute of Standards and Technology ({y}). SRM {n} certificate.",
        "MIQE Consortium ({y}). Guidelines for qPCR experiments. doi:{d}",
    ]
    return [
        f"[{i + 1}] " + ref.format(y=r.num(2005, 2024), n=r.num(100, 999), d=r.doi()) + "\n"
        for i, ref in enumerate(r.sample(refs, 3))
    ]


@clean("race-result-form", "form", "racing")
def c_race_form(r: Ctx):
    out = [
        f"RESULT – Race {r.num(1, 7)}, {r.num(5, 16)}f, going: "
        f"{r.pick(['good', 'good to soft', 'heavy'])}\n\n"
    ]
    for i in range(3):
        out.append(
            f"{i + 1}st {r.d('horse')}  SP {r.num(2, 20)}/{r.num(1, 4)}  "
            f"btn {r.pick(['nk', 'hd', '1¼l', '2l'])}\n".replace("2st", "2nd").replace("3st", "3rd")
        )
    return out + [
        f"\nTime {r.num(1, 2)}m {r.num(10, 59)}.{r.num(10, 99)}s. Tote win "
        f"{r.money('£', 2, 30)}. Stewards: no enquiry."
    ]


@clean("odds-table", "markdown_table", "racing")
def c_odds_md(r: Ctx):
    rows = [
        f"| {r.d('horse')} | {r.num(2, 25)}/{r.num(1, 4)} | {r.num(1, 14)} | "
        f"{r.pick(['1-2-1', '3-1-4', 'P-2-1', '6-5-3'])} |\n"
        for _ in range(4)
    ]
    return ["| Horse | Odds | Draw | Form |\n|---|---|---|---|\n", rows]


@clean("club-minutes-roles", "minutes", "sports_club")
def c_club_minutes(r: Ctx):
    return [
        f"Committee meeting, {r.date('long')}\nPresent: Chair, Treasurer, Secretary, Welfare "
        f"Officer, Head Groundsperson\n\n1. Subs: {r.money('£', 90, 300)} adult, "
        f"{r.money('£', 40, 120)} junior, unchanged.\n2. Floodlight quote "
        f"{r.money('£', 9000, 40000)}; grant bid due {r.date('long')}.\n3. Pitch 2 closed until "
        f"{r.month()} for reseeding.\nAOB: new kit colour {r.hexcol()}.",
    ]


@clean("club-org-vcard", "vcard", "sports_club")
def c_club_vcard(r: Ctx):
    return [
        "BEGIN:VCARD\nVERSION:4.0\nKIND:org\nFN:Membership Office\nORG:Harriers Athletic Club\n"
        "URL:https://harriers.example.org/join\nNOTE:Open Tue and Thu evenings. Track fees "
        f"{r.money('£', 3, 8)} per session.\nEND:VCARD",
    ]


@clean("customer-care-vcard", "vcard", "personal_admin")
def c_care_vcard(r: Ctx):
    return [
        "BEGIN:VCARD\nVERSION:3.0\nFN:Customer Care\nORG:Brightwater Energy;Billing\n"
        f"TITLE:Account support\nURL:https://help.example.com/billing\nNOTE:Tariff {r.code('TF-##@')}"
        f", standing charge {r.num(30, 60)}.{r.num(10, 99)}p/day\nEND:VCARD",
    ]


@clean("mot-reminder-ics", "ics", "personal_admin")
def c_mot_ics(r: Ctx):
    return [
        f"BEGIN:VEVENT\nSUMMARY:MOT due – {r.d('vehicle')} ({r.plate()})\n"
        f"DTSTART;VALUE=DATE:{r.date('iso').replace('-', '')}\n"
        "BEGIN:VALARM\nTRIGGER:-P14D\nACTION:DISPLAY\nDESCRIPTION:Book the MOT\nEND:VALARM\n"
        "END:VEVENT",
    ]


@clean("budget-table", "markdown_table", "personal_admin")
def c_budget_md(r: Ctx):
    cats = [
        "Rent",
        "Energy",
        "Groceries",
        "Broadband",
        "Phone",
        "Transport",
        "Savings",
        "Streaming",
        f"{r.d('pet')}'s food",
    ]
    rows = [
        f"| {c} | {r.money('£', 10, 1400)} | {r.pick(['DD', 'card', 'SO'])} |\n"
        for c in r.sample(cats, 6)
    ]
    return [f"Monthly budget – {r.month()}\n\n| Item | Amount | Method |\n|---|---|---|\n", rows]


@clean("energy-bill-chat", "chat", "personal_admin")
def c_energy_chat(r: Ctx):
    return [
        f"My energy bill says {r.num(300, 900)} kWh at {r.num(20, 30)}.{r.num(10, 99)}p plus a "
        f"standing charge of {r.num(40, 60)}.{r.num(10, 99)}p/day, total {r.money('£', 80, 240)}. "
        "The supplier says there's a grace period of 14 days before a late fee and they'll bill "
        "me the difference next month. Does that add up?",
    ]


@clean("errands-voice", "voice", "personal_admin")
def c_errands_voice(r: Ctx):
    return [
        f"remind me saturday to take {r.d('pet').lower()} to the vet at ten then pick up the "
        f"parcel with tracking {r.code('@@#########@@')} and we hope the bank will do the "
        "transfer by friday will do the meter reading tonight",
    ]


@clean("release-oneline-git", "git", "fleet")
def c_release_git(r: Ctx):
    msgs = [
        "Merge pull request #" + r.num(100, 999) + " from release/" + r.version(),
        "Bump version to " + r.version(),
        "Fix timezone bug in rota export",
        "Add Dijkstra's algorithm for depot routing",
        "Update translations",
    ]
    return [
        f"{r.sha(7)} (tag: {r.version()}) {m}\n" if i == 0 else f"{r.sha(7)} {m}\n"
        for i, m in enumerate(msgs)
    ]


@clean("sprint-jira", "jira", "fleet")
def c_sprint_jira(r: Ctx):
    return [
        f"SPRINT {r.num(20, 60)} – board summary\n\n"
        f"OPS-{r.num(100, 999)} Rota export ignores bank holidays – Done\n"
        f"OPS-{r.num(100, 999)} Depot routing uses Dijkstra's algorithm – In review\n"
        f"OPS-{r.num(100, 999)} Grafana alert for queue depth > {r.num(50, 500)} – To do\n\n"
        f"Velocity {r.num(20, 60)} pts. Retro on {r.weekday()}.",
    ]


@clean("release-slack", "slack", "fleet")
def c_release_slack(r: Ctx):
    return [
        f"#releases  {r.date('short')}\n@deploy-bot  {r.time()}\n  {r.version()} deployed to "
        f"production ({r.sha(7)}), {r.num(2, 30)} pods healthy\n@ci  {r.time()}\n  pipeline "
        f"#{r.num(1000, 9999)} passed in {r.num(4, 30)}m\n@oncall  {r.time()}\n  will do the "
        "smoke test after standup\n",
    ]


# Pasted texts in other languages -----------------------------------------------------------


@clean("paste-es", "paste", "restaurant")
def c_paste_es(r: Ctx):
    return [
        r.pick(["Traduce al inglés:", "Translate to English:", "Summarise:"]),
        f"\n\nAviso para el personal: a partir del {r.num(1, 28)} de "
        f"{r.pick(['marzo', 'mayo', 'octubre'])} el menú del mediodía cuesta "
        f"{r.money('€', 12, 18)}. Los platos con frutos secos llevan la etiqueta N. "
        f"Reserva {r.code('@@####')}: mesa para {r.num(4, 12)} a las {r.num(13, 15)}:30.",
    ]


@clean("paste-fr", "paste", "publishing")
def c_paste_fr(r: Ctx):
    return [
        "Summarise in English:\n\nLe tirage initial est fixé à "
        f"{r.num(3, 20)} 000 exemplaires, format poche, {r.num(200, 400)} pages. La date de "
        f"parution est avancée au {r.num(2, 28)} {r.pick(['mars', 'juin', 'septembre'])}. "
        f"ISBN {r.isbn()}. Prix public : {r.num(7, 12)},{r.num(10, 90)} €.",
    ]


@clean("paste-de", "paste", "construction")
def c_paste_de(r: Ctx):
    return [
        "Translate into English:\n\nDie Betonage der Decke über dem "
        f"{r.num(1, 5)}. Obergeschoss ist für {r.pick(['Montag', 'Mittwoch', 'Freitag'])} "
        f"geplant. Lieferschein {r.code('LS-######')}, {r.num(40, 200)} m³ C30/37. Bei Regen "
        "wird verschoben. Bitte die Abstandhalter prüfen.",
    ]


@clean("paste-pt", "paste", "wine")
def c_paste_pt(r: Ctx):
    return [
        "Translate to English:\n\nA vindima começou esta semana. Colhemos "
        f"{r.num(10, 90)} toneladas de {r.d('grape')} com {r.num(11, 14)},{r.num(0, 9)}% de "
        f"álcool provável. Lote {r.code('L##-###')}. Preço por garrafa: {r.money('€', 6, 30)}.",
    ]


@clean("paste-it", "paste", "lab")
def c_paste_it(r: Ctx):
    return [
        "Extract the numbers as JSON:\n\nIl campione "
        f"{r.code('S-####')} è stato conservato a -{r.num(70, 80)} °C per {r.num(2, 30)} giorni. "
        f"La concentrazione misurata è {r.num(10, 900)} ng/µl, rapporto 260/280 di "
        f"1,{r.num(70, 99)}. Protocollo versione {r.version()}.",
    ]


@clean("paste-nl", "paste", "council")
def c_paste_nl(r: Ctx):
    return [
        "Vat samen in het Engels:\n\nVanaf "
        f"{r.num(1, 28)} {r.pick(['januari', 'april', 'september'])} wordt het gft-afval "
        f"om de week opgehaald. De container moet voor {r.num(7, 8)}.30 uur aan de straat staan. "
        f"Een extra container kost {r.money('€', 20, 60)} per jaar. Kenmerk {r.code('GFT-#####')}.",
    ]


@clean("paste-pl", "paste", "manufacturing")
def c_paste_pl(r: Ctx):
    return [
        "Translate to English:\n\nPartia "
        f"{r.code('L#####')} została wstrzymana z powodu porowatości odlewów. Wymiar otworu: "
        f"25,0{r.num(10, 40)} mm przy tolerancji ±0,015. Zlecenie {r.code('ZP-####/##')}. "
        "Proszę o decyzję do piątku.",
    ]


@clean("paste-sv", "paste", "sports_club")
def c_paste_sv(r: Ctx):
    return [
        "Sammanfatta på engelska:\n\nMedlemsavgiften för nästa säsong blir "
        f"{r.num(400, 1200)} kr för vuxna och {r.num(200, 600)} kr för juniorer. "
        f"Träningen börjar {r.num(17, 19)}.00 på plan {r.num(1, 4)}. Ta med vattenflaska.",
    ]


@clean("paste-tr", "paste", "shipping")
def c_paste_tr(r: Ctx):
    return [
        "Translate to English:\n\nKonteyner "
        f"{r.code('@@@U#######')} limanda bekliyor. Gümrük beyannamesi {r.code('##########')} "
        f"onaylandı. Ardiye ücreti günlük {r.num(20, 90)} USD. Teslim tarihi: {r.date('dot')}.",
    ]


@clean("paste-id", "paste", "restaurant")
def c_paste_id(r: Ctx):
    return [
        "Terjemahkan ke bahasa Inggris:\n\nPesanan nomor "
        f"{r.code('ORD-######')} untuk {r.num(20, 200)} porsi nasi goreng sudah dikonfirmasi. "
        f"Pengiriman jam {r.num(10, 12)}.00. Total biaya Rp {r.num(2, 9)}.{r.num(100, 999)}.000, "
        "belum termasuk pajak.",
    ]


@clean("paste-vi", "paste", "personal_admin")
def c_paste_vi(r: Ctx):
    return [
        "Translate this notice into English:\n\nTừ ngày "
        f"{r.num(1, 28)}/{r.num(1, 12)}, tiền điện tăng {r.num(3, 9)}%. Hóa đơn số "
        f"{r.code('HD-########')} cần thanh toán trước ngày {r.num(1, 28)}. Tổng cộng "
        f"{r.num(300, 900)}.000 đồng.",
    ]
