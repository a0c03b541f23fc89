"""Clean templates of the val35 part (no personal data, many decoys), second file: HTML,
XML, YAML, code, logs, git, diffs, stack traces, Slack, Jira, bibliographies, calendar
invites, vCards, pasted text in eleven languages and dictated voice notes."""

from __future__ import annotations

from appliance.testing.pii_corpus.val35_gen import T

CLEAN_B = [
    # ----------------------------------------------------------------------------- html
    T(
        "c-html-01",
        "html",
        "guitar",
        """
        <div class="product">
          <h2>Gibson Les Paul Standard '50s – Heritage Cherry</h2>
          <span class="price">{PRICE}</span>
          <span class="sku">{SKU}</span>
          <p>Weight 4.1 kg. Serial {SERIAL}. Includes hard case.</p>
        </div>
        Improve the product description.
        """,
    ),
    T(
        "c-html-02",
        "html",
        "hospital",
        """
        <section id="wards">
          <h1>Visiting times</h1>
          <p>Ward 7: 14:00–20:00. Parkinson's day unit: by appointment.</p>
          <p>Great Ormond Street outreach clinic every {DAY}.</p>
          <a href="/wards/{N}">More</a>
        </section>
        Make this more accessible (headings, landmarks).
        """,
    ),
    T(
        "c-html-03",
        "html",
        "library",
        """
        <ul class="events">
          <li>{DAY} {TIME} – Peppa Pig storytime (ages 2–4)</li>
          <li>{DAY2} {TIME2} – Gruffalo craft club</li>
          <li>Half term – Matilda film screening, {PRICE}</li>
        </ul>
        Turn this into a poster text.
        """,
    ),
    # ------------------------------------------------------------------------------ xml
    T(
        "c-xml-01",
        "xml",
        "food",
        """
        <Item sku="{SKU}">
          <Brand>Ben &amp; Jerry's</Brand>
          <Name>Cookie Dough 465 ml</Name>
          <CaseQty>{QTY}</CaseQty>
          <Cost currency="GBP">{AMTP}</Cost>
          <Lot>{LOT}</Lot>
        </Item>
        Convert to JSON.
        """,
    ),
    T(
        "c-xml-02",
        "xml",
        "energy",
        """
        <Forecast site="Brigid Array" issued="{TS}">
          <Hour h="18" mw="{QTY}0"/>
          <Hour h="19" mw="{N}0"/>
          <Model>Kalman filter v{VER}</Model>
        </Forecast>
        Plot-ready CSV please.
        """,
    ),
    T(
        "c-xml-03",
        "xml",
        "photo",
        """
        <order id="{ORDER}">
          <line film="Portra 400" qty="{QTY}" process="C-41"/>
          <line film="HP5 Plus" qty="{N}" process="B&amp;W"/>
          <scan dpi="3200" format="TIFF"/>
        </order>
        What will this cost at {PRICE} per roll?
        """,
    ),
    # ----------------------------------------------------------------------------- yaml
    T(
        "c-yaml-01",
        "yaml",
        "release",
        """
        # .ci/release.yml
        release:
          codename: {CODENAME}
          version: {VER}
          base_image: debian:bookworm-slim
          notify: "#release-train"
        services:
          api: {port: {PORT}, replicas: {N}}
        Why does the linter reject this?
        """,
    ),
    T(
        "c-yaml-02",
        "yaml",
        "hire",
        """
        fleet:
          - model: JCB 3CX
            serial: {SERIAL}
            next_service: {DATE}
          - model: Henry HVR160
            count: {QTY}
        Convert to a table.
        """,
    ),
    T(
        "c-yaml-03",
        "yaml",
        "museum",
        """
        exhibition: "Nobel Prize: 125 Years"
        opens: {DATE}
        rooms: [{ROOM}, {ROOM2}]
        lenders: [the Smithsonian, the Getty]
        budget: {PRICE}
        Draft the press announcement.
        """,
    ),
    # ----------------------------------------------------------------------------- code
    T(
        "c-code-01",
        "code",
        "coach",
        """
        # Why is this Dijkstra's algorithm slower than expected?
        def shortest(graph, start):
            dist = {start: 0}
            queue = [(0, start)]
            while queue:
                d, node = min(queue)
                queue.remove((d, node))
                for nxt, w in graph[node]:
                    if d + w < dist.get(nxt, float("inf")):
                        dist[nxt] = d + w
                        queue.append((d + w, nxt))
            return dist
        """,
    ),
    T(
        "c-code-02",
        "code",
        "energy",
        """
        // Kalman filter step for the wind forecast – is the gain right?
        function step(x, P, z, R) {
          const K = P / (P + R);
          return [x + K * (z - x), (1 - K) * P];
        }
        console.log(step(0.42, 1.0, {N}, 0.25));
        """,
    ),
    T(
        "c-code-03",
        "code",
        "photo",
        """
        -- monthly lab report
        SELECT film_stock, COUNT(*) AS rolls, SUM(price) AS revenue
        FROM orders
        WHERE created_at >= '{ISODATE}' AND process IN ('C-41', 'E-6')
        GROUP BY film_stock ORDER BY revenue DESC;
        Optimise this query.
        """,
    ),
    T(
        "c-code-04",
        "code",
        "photo",
        """
        // Go: apply a Gaussian blur to the thumbnail
        func Thumb(img image.Image) image.Image {
            return imaging.Blur(imaging.Resize(img, 320, 0, imaging.Lanczos), 1.5)
        }
        Why are the edges dark?
        """,
    ),
    # ------------------------------------------------------------------------------ log
    T(
        "c-log-01",
        "log",
        "release",
        """
        {TS} INFO  builder: image app:{VER} built in {DUR}
        {TS} INFO  builder: pushed sha256:{HASH}
        {TS} WARN  deployer: ada-prod-{N} readiness probe failed on :{PORT}
        {TS} INFO  deployer: rollout {BUILD} complete
        Summarise the rollout.
        """,
    ),
    T(
        "c-log-02",
        "log",
        "hotel",
        """
        [{TS}] pms.sync INFO synced {BIG} rooms from channel manager
        [{TS}] pms.sync WARN rate code BAR-{N} missing for {DATE}
        [{TS}] pms.keys ERROR encoder 3 offline (pid {PID})
        What needs fixing first?
        """,
    ),
    T(
        "c-log-03",
        "log",
        "leisure",
        """
        {DATE} {TIME} lanes: lane {N} pinsetter jam cleared
        {DATE} {TIME2} rink: ice temp {TEMP}, resurfacer run #{QTY}
        {DATE} {TIME3} escape: room "The Agatha Suite" reset, {DUR}
        Any safety issues here?
        """,
    ),
    # ------------------------------------------------------------------------------ git
    T(
        "c-git-01",
        "git",
        "release",
        """
        $ git log --oneline -5
        {SHA} Bump base image to debian bookworm
        {SHA2} Fix Hopper cluster autoscaler race
        {SHA3} Merge pull request #{N}{QTY} from release/{VER}
        {SHA4} Add Lovelace dashboard
        {SHA5} Revert "Enable Turing feature flag"
        Write release notes from these commits.
        """,
    ),
    T(
        "c-git-02",
        "git",
        "food",
        """
        $ git tag --sort=-creatordate | head
        allergen-matrix-{VER}
        allergen-matrix-{VER2}
        recipes-{BUILD}
        Which tag should the Kellogg's label export use?
        """,
    ),
    T(
        "c-git-03",
        "git",
        "museum",
        """
        $ git rebase -i HEAD~3
        pick {SHA} Add Getty loan objects
        squash {SHA2} Fix Guggenheim image credits
        pick {SHA3} Update Hermitage room labels
        What will this rebase do?
        """,
    ),
    # ----------------------------------------------------------------------------- diff
    T(
        "c-diff-01",
        "diff",
        "release",
        """
        --- a/deploy/values.yaml
        +++ b/deploy/values.yaml
        @@ -4,7 +4,7 @@
        -image: app:{VER}
        +image: app:{VER2}
         replicas: {N}
        -port: {PORT}
        +port: {PORT2}
        Review this diff.
        """,
    ),
    T(
        "c-diff-02",
        "diff",
        "salon",
        """
        --- a/prices.md
        +++ b/prices.md
        -| Marcel wave | {PRICE} |
        +| Marcel wave | {PRICE2} |
        +| The Rachel  | {PRICE3} |
        Is the table still valid markdown?
        """,
    ),
    T(
        "c-diff-03",
        "diff",
        "food",
        """
        @@ recipes/beans.yml @@
        -salt_g_per_100g: 0.6
        +salt_g_per_100g: 0.5
        -supplier_sku: {SKU}
        +supplier_sku: {SKU2}
        Does this match the Heinz benchmark?
        """,
    ),
    # ----------------------------------------------------------------------- stacktrace
    T(
        "c-stacktrace-01",
        "stacktrace",
        "library",
        """
        Traceback (most recent call last):
          File "catalogue/isbn.py", line {N}, in normalise
            return to_isbn13(raw)
          File "catalogue/isbn.py", line {QTY}, in to_isbn13
            raise ValueError(f"bad checksum: {raw}")
        ValueError: bad checksum: {ISBN}
        Why does a valid ISBN fail?
        """,
    ),
    T(
        "c-stacktrace-02",
        "stacktrace",
        "energy",
        """
        Exception in thread "scheduler" java.time.DateTimeException: Invalid value for
        HourOfDay: 24
            at java.time.temporal.ValueRange.checkValidValue(ValueRange.java:319)
            at com.northwind.nom.Slot.of(Slot.java:{N}{QTY})
        Trade batch {UUID} rejected. Explain.
        """,
    ),
    T(
        "c-stacktrace-03",
        "stacktrace",
        "release",
        """
        panic: assignment to entry in nil map
        goroutine 1 [running]:
        main.loadClusters(...)
                /src/cmd/hopper/main.go:{N}
        exit status 2 (build {BUILD})
        Fix?
        """,
    ),
    # ---------------------------------------------------------------------------- slack
    T(
        "c-slack-01",
        "slack",
        "release",
        """
        [{TIME}] @release-bot: Bookworm {VER} candidate ready, build {BUILD}
        [{TIME2}] @ci-runner: 2 flaky tests in suite turing-e2e
        [{TIME3}] @release-bot: promoted to staging
        Summarise the channel.
        """,
    ),
    T(
        "c-slack-02",
        "slack",
        "food",
        """
        #buying-team
        buyer-bot {TIME}: Price alert – Cadbury Dairy Milk 110 g now {PRICE} at competitor
        buyer-bot {TIME2}: Promo {REF} ends {DATE}
        What should the buyer do?
        """,
    ),
    T(
        "c-slack-03",
        "slack",
        "leisure",
        """
        #front-desk
        bookings-bot {TIME}: Lane {N} booked ({QTY} players)
        bookings-bot {TIME2}: Escape room "Captain's Cabin" fully booked {DAY}
        Draft a social post about availability.
        """,
    ),
    # ----------------------------------------------------------------------------- jira
    T(
        "c-jira-01",
        "jira",
        "release",
        """
        REL-{N}{QTY}: Upgrade lovelace-dev to {VER}
        Reporter: svc-release   Priority: Major
        Comment (automation): build {BUILD} failed on arm64
        Comment (automation): retry passed in {DUR}
        Can this be closed?
        """,
    ),
    T(
        "c-jira-02",
        "jira",
        "hospital",
        """
        EPR-{N}: Clinic letters show wrong weekday
        Steps: book for {DATE}, print letter → says {DAY}
        Affects: Alzheimer's memory clinic template v{VER}
        Write acceptance criteria.
        """,
    ),
    T(
        "c-jira-03",
        "jira",
        "photo",
        """
        SHOP-{N}: Leica listing shows wrong price
        Expected {PRICE}, shown {PRICE2}. SKU {SKU}.
        Labels: pricing, web
        Suggest a root cause.
        """,
    ),
    # --------------------------------------------------------------------- bibliography
    T(
        "c-bib-01",
        "bibliography",
        "hospital",
        """
        Format in numbered (ICMJE) style:
        World Health Organization. Dementia: a public health priority. WHO; {YEAR}.
        National Institute for Health and Care Excellence. Parkinson's disease in adults
        (NG71). {YEAR2}.
        Alzheimer's Society. Annual report {YEAR3}. doi:{DOI}
        """,
    ),
    T(
        "c-bib-02",
        "bibliography",
        "proc",
        """
        Check these references:
        ISO 13616-1:2020. Financial services – International bank account number (IBAN).
        European Payments Council ({YEAR}). SEPA Credit Transfer Rulebook, version {VER}.
        Chartered Institute of Procurement & Supply ({YEAR2}). Supplier onboarding guide.
        """,
    ),
    T(
        "c-bib-03",
        "bibliography",
        "energy",
        """
        Food and Agriculture Organization ({YEAR}). Energy-smart food. FAO.
        International Energy Agency ({YEAR2}). Wind forecasting with Kalman filters.
        doi:{DOI}
        Sort these by year and add missing URLs.
        """,
    ),
    # ------------------------------------------------------------------------------ ics
    T(
        "c-ics-01",
        "ics",
        "release",
        """
        BEGIN:VEVENT
        UID:{UUID}
        SUMMARY:{CODENAME} {VER} release freeze
        DTSTART:20250612T090000Z
        DTEND:20250612T093000Z
        LOCATION:Meeting room {ROOM}
        END:VEVENT
        What time is this for the team on CET?
        """,
    ),
    T(
        "c-ics-02",
        "ics",
        "leisure",
        """
        BEGIN:VEVENT
        SUMMARY:Ice rink resurfacing + bowling maintenance
        DTSTART:20250107T060000
        RRULE:FREQ=WEEKLY;BYDAY=TU
        DESCRIPTION:Booking ref {REF}. Lanes {N}-{QTY} closed.
        END:VEVENT
        Explain the recurrence rule.
        """,
    ),
    T(
        "c-ics-03",
        "ics",
        "awards",
        """
        BEGIN:VEVENT
        SUMMARY:Lantern Prize shortlist announcement (embargoed)
        DTSTART:20250918T190000Z
        LOCATION:Main hall, Quillmark House
        DESCRIPTION:Livestream key {HASH}
        END:VEVENT
        Draft the embargo notice.
        """,
    ),
    # ---------------------------------------------------------------------------- vcard
    T(
        "c-vcard-01",
        "vcard",
        "guitar",
        """
        BEGIN:VCARD
        VERSION:4.0
        KIND:org
        FN:Fret & Fable Workshop
        ORG:Fret & Fable
        URL:https://fretandfable.co.uk/repairs
        NOTE:Open Mon–Sat 09:30–17:30. Les Paul and Stratocaster specialists.
        END:VCARD
        Why doesn't this import into Outlook?
        """,
    ),
    T(
        "c-vcard-02",
        "vcard",
        "charity",
        """
        BEGIN:VCARD
        VERSION:3.0
        KIND:org
        FN:Second Chance Charity Shops
        CATEGORIES:charity,retail
        URL:https://secondchance-shops.org.uk
        NOTE:Registered charity {N}{QTY}{N2}
        END:VCARD
        Is this a valid vCard 3.0?
        """,
    ),
    T(
        "c-vcard-03",
        "vcard",
        "museum",
        """
        BEGIN:VCARD
        VERSION:4.0
        KIND:org
        FN:Harbour Museum Collections Store
        NOTE:Deliveries {DAY} only, gate code changes monthly. Ref {REF}.
        END:VCARD
        Add opening hours in the right field.
        """,
    ),
    # ---------------------------------------------------------------------------- paste
    T(
        "c-paste-es",
        "paste",
        "food",
        """
        Traduce al inglés esta ficha de producto:
        "Alubias cocidas en salsa de tomate, lata de 415 g. Sin gluten. Consumir preferentemente
        antes de: ver tapa. Lote {LOT}. Precio recomendado {PRICE}."
        """,
        lang="es",
    ),
    T(
        "c-paste-de",
        "paste",
        "hire",
        """
        Summarise in English:
        "Mietbedingungen: Die Mietdauer beginnt mit der Übergabe. Bei verspäteter Rückgabe
        wird pro angefangenem Tag {PRICE} berechnet. Kaution {PRICE2}. Artikelnummer {SKU}."
        """,
        lang="de",
    ),
    T(
        "c-paste-fr",
        "paste",
        "salon",
        """
        Traduis en anglais :
        « Coupe et brushing : {PRICE}. Ondulation Marcel : {PRICE2}. Pose de vernis
        semi-permanent : 45 minutes. Réservation conseillée le samedi. »
        """,
        lang="fr",
    ),
    T(
        "c-paste-pt",
        "paste",
        "photo",
        """
        Resume em inglês:
        "Revelação de filme a cores (C-41) com digitalização em alta resolução: {PRICE} por
        rolo. Prazo de entrega: {N} dias úteis. Encomenda {ORDER}."
        """,
        lang="pt",
    ),
    T(
        "c-paste-it",
        "paste",
        "museum",
        """
        Traduci in inglese:
        "La mostra resterà aperta fino al {DNUM}. Biglietto intero {PRICE}, ridotto {PRICE2}.
        Le sale {N} e {QTY} sono temporaneamente chiuse per lavori."
        """,
        lang="it",
    ),
    T(
        "c-paste-nl",
        "paste",
        "coach",
        """
        Vat samen in het Engels:
        "Dienstregeling gewijzigd vanaf {DNUM}: lijn X{N} vertrekt elk uur om kwart over.
        Tickets blijven geldig. Reserveringsnummer {BOOK}."
        """,
        lang="nl",
    ),
    T(
        "c-paste-pl",
        "paste",
        "library",
        """
        Translate to English:
        "Biblioteka dziecięca zaprasza na czytanie bajek w każdą środę o {TIME}. Wstęp wolny.
        Liczba miejsc ograniczona do {QTY} dzieci."
        """,
        lang="pl",
    ),
    T(
        "c-paste-sv",
        "paste",
        "energy",
        """
        Sammanfatta:
        "Elpriset steg med {PCT} under natten på grund av svag vind. Prognosmodellen
        uppdaterades till version {VER}. Nästa uppdatering {DNUM}."
        """,
        lang="sv",
    ),
    T(
        "c-paste-tr",
        "paste",
        "hotel",
        """
        İngilizceye çevir:
        "Rezervasyonunuz onaylanmıştır. Giriş saati 14:00, çıkış saati 12:00. Rezervasyon
        numarası {BOOK}. Oda ücreti gecelik {PRICE}."
        """,
        lang="tr",
    ),
    T(
        "c-paste-id",
        "paste",
        "hospital",
        """
        Terjemahkan ke bahasa Inggris:
        "Jadwal poliklinik saraf dipindahkan ke hari Kamis. Nomor antrean {N}{QTY}. Harap
        datang 30 menit lebih awal."
        """,
        lang="id",
    ),
    T(
        "c-paste-vi",
        "paste",
        "release",
        """
        Dịch sang tiếng Anh:
        "Phiên bản {VER} đã được phát hành. Lỗi đăng nhập đã được sửa. Mã bản dựng {BUILD}."
        """,
        lang="vi",
    ),
    T(
        "c-paste-en",
        "paste",
        "awards",
        """
        Extract as JSON (prize, deadline, fee):
        "Entries for the Lantern Prize close on {DATE}. The entry fee is {PRICE} per title.
        Shortlisted books will be announced alongside the Emmy-winning adaptation screening."
        """,
    ),
    # ---------------------------------------------------------------------------- voice
    T(
        "c-voice-01",
        "voice",
        "photo",
        """
        remind me to order more c41 chemistry and check if the grace period on the minilab
        lease ends this friday
        """,
    ),
    T(
        "c-voice-02",
        "voice",
        "hire",
        """
        note to self the jcb 3cx is back from service and the henry hoovers need new bags
        order {QTY} packs
        """,
    ),
    T(
        "c-voice-03",
        "voice",
        "release",
        """
        add a task to bump the bookworm image to {VER} and rerun the turing smoke tests
        before the freeze
        """,
    ),
    T(
        "c-voice-04",
        "voice",
        "food",
        """
        tell the buying team we hope to list the new heinz range in {MONTH} and will do the
        costings next week bill me for the samples
        """,
    ),
]
