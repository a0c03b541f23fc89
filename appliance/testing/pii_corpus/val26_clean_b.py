"""val26 clean templates, part B (no personal data, many decoys): html, xml, yaml, code, log,
git, diff, stacktrace, slack, jira, bibliography, ics, vcard, paste, voice."""

from __future__ import annotations

from .val26_gen import T

TEMPLATES = [
    # ---------------------------------------------------------------- html
    T(
        "cb-html-menu",
        "html",
        "hotel",
        """
        <section id="menu">
          <h2>Afternoon tea</h2>
          <ul><li>Earl Grey or English Breakfast</li><li>Peach Melba tartlet</li>
          <li>Finger sandwiches</li></ul>
          <p class="price" style="color:⟦hex⟧">⟦price:£⟧ per person</p>
        </section>
        Make this accessible.
    """,
    ),
    T(
        "cb-html-caption",
        "html",
        "newsroom",
        """
        <figure><img src="/img/⟦uuid⟧.jpg" alt="">
        <figcaption>Waves break over the harbour wall as ⟦storm⟧ arrives.
        Photo: Lumen Photo Agency</figcaption></figure>
        What alt text should this have?
    """,
    ),
    T(
        "cb-html-shop",
        "html",
        "toys",
        """
        <div class="product" data-sku="⟦sku⟧">
          <h3>Winnie-the-Pooh honey pot game</h3>
          <span class="price">⟦price:€⟧</span>
          <button>Add to basket</button>
        </div>
    """,
    ),
    # ---------------------------------------------------------------- xml
    T(
        "cb-xml-config",
        "xml",
        "space",
        """
        <groundStation id="GS-⟦num:1-9⟧">
          <antenna diameter="3.7" band="S"/>
          <tracker filter="Kalman" rateHz="10"/>
          <listen port="⟦port⟧"/>
          <firmware>⟦version⟧</firmware>
        </groundStation>
    """,
    ),
    T(
        "cb-xml-subs",
        "xml",
        "subtitles",
        """
        <tt xml:lang="en"><body><div>
          <p begin="00:00:01.000" end="00:00:03.000">Where is Captain Haddock?</p>
          <p begin="00:00:03.200" end="00:00:05.400">On the ship, with Snowy.</p>
        </div></body></tt>
        Validate this TTML.
    """,
    ),
    T(
        "cb-xml-pain",
        "xml",
        "bank",
        """
        <GrpHdr><MsgId>⟦uuid⟧</MsgId><CreDtTm>⟦date:iso⟧T⟦time⟧:00</CreDtTm>
        <NbOfTxs>⟦num:2-90⟧</NbOfTxs><CtrlSum>⟦num:1000-90000⟧.00</CtrlSum></GrpHdr>
        What does CtrlSum mean in pain.001?
    """,
    ),
    # ---------------------------------------------------------------- yaml
    T(
        "cb-yaml-ci",
        "yaml",
        "drones",
        """
        name: firmware-build
        on: [push]
        jobs:
          build:
            runs-on: ubuntu-22.04
            steps:
              - uses: actions/checkout@v4
              - run: make PX4_VERSION=⟦version⟧
    """,
    ),
    T(
        "cb-yaml-rota",
        "yaml",
        "hospital",
        """
        ward: Seacole Ward
        shifts:
          early: "07:00-15:00"
          late: "13:30-21:30"
          night: "21:00-07:30"
        min_staff: {early: 5, late: 5, night: 3}
    """,
    ),
    T(
        "cb-yaml-k8s",
        "yaml",
        "rideshare",
        """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: pricing-svc}
        spec:
          replicas: ⟦num:2-8⟧
          template:
            spec:
              containers:
                - image: registry.example/pricing:⟦version⟧
                  ports: [{containerPort: ⟦port⟧}]
    """,
    ),
    # ---------------------------------------------------------------- code
    T(
        "cb-code-python",
        "code",
        "space",
        """
        def dijkstra(graph, source):
            \"\"\"Shortest paths from source (Dijkstra's algorithm).\"\"\"
            dist = {node: float("inf") for node in graph}
            dist[source] = 0
            ...
        Why is this slower than expected on ⟦num:10000-90000⟧ nodes?
    """,
    ),
    T(
        "cb-code-sql",
        "code",
        "storage",
        """
        SELECT unit_code, size_sqft, monthly_price
        FROM units
        WHERE status = 'vacant' AND size_sqft BETWEEN 25 AND 100
        ORDER BY monthly_price;
        -- returns ⟦num:5-60⟧ rows, add an index?
    """,
    ),
    T(
        "cb-code-js",
        "code",
        "boardgames",
        """
        // score a Ticket to Ride route
        const POINTS = {1: 1, 2: 2, 3: 4, 4: 7, 5: 10, 6: 15};
        export function routeScore(len) {
          return POINTS[len] ?? 0; // will throw? no
        }
    """,
    ),
    T(
        "cb-code-go",
        "code",
        "rail",
        """
        func headcode(class int, dest rune, n int) string {
            return fmt.Sprintf("%d%c%02d", class, dest, n) // e.g. 2K⟦num:10-99⟧
        }
        Add a unit test.
    """,
    ),
    # ---------------------------------------------------------------- log
    T(
        "cb-log-build",
        "log",
        "drones",
        """
        [⟦time⟧:01] build ⟦hash:7⟧ started
        [⟦time⟧:44] compiling px4_fmu-v6x_default
        [⟦time⟧:12] warning: unused variable 'kalman_gain'
        [⟦time⟧:30] build ⟦hash:7⟧ finished in 4m29s
    """,
    ),
    T(
        "cb-log-sensor",
        "log",
        "oilgas",
        """
        ⟦date:iso⟧ ⟦time⟧ GD-⟦num:1000-4999⟧ LEL=0 OK
        ⟦date:iso⟧ ⟦time⟧ GD-⟦num:1000-4999⟧ LEL=12 WARN
        ⟦date:iso⟧ ⟦time⟧ GD-⟦num:1000-4999⟧ FAULT beam blocked
        Explain these gas detector readings.
    """,
    ),
    T(
        "cb-log-app",
        "log",
        "carshare",
        """
        INFO  pricing: surge=1.4 zone=Z-⟦num:10-99⟧ req=⟦uuid⟧
        WARN  pricing: cache miss rate ⟦pct⟧
        ERROR payments: provider timeout (retry 3/3), order ⟦order⟧
    """,
    ),
    # ---------------------------------------------------------------- git
    T(
        "cb-git-oneline",
        "git",
        "newsroom",
        """
        $ git log --oneline -5
        ⟦hash:7⟧ Fix picture credit overflow on mobile
        ⟦hash:7⟧ Bump sharp to ⟦version⟧
        ⟦hash:7⟧ Add Gaussian blur option for faces
        ⟦hash:7⟧ Merge pull request #⟦num:100-999⟧ from feature/captions
        Write release notes.
    """,
    ),
    T(
        "cb-git-stat",
        "git",
        "subtitles",
        """
        $ git show --stat HEAD
        commit ⟦hash:40⟧
            Normalise timecodes to 25 fps

         src/timecode.py | 42 ++++++++++++++++++++++++++----------
         tests/test_tc.py | 18 ++++++++++
    """,
    ),
    T(
        "cb-git-rebase",
        "git",
        "space",
        """
        I ran git rebase -i HEAD~4 and now I'm in "detached HEAD" at ⟦hash:7⟧. How do I get back
        to main without losing the commit "Kalman filter tuning"?
    """,
    ),
    # ---------------------------------------------------------------- diff
    T(
        "cb-diff-config",
        "diff",
        "hotel",
        """
        --- a/config/rooms.yaml
        +++ b/config/rooms.yaml
        @@ -10,3 +10,3 @@
        -late_checkout_fee: 25
        +late_checkout_fee: 30
         breakfast_until: "10:30"
    """,
    ),
    T(
        "cb-diff-code",
        "diff",
        "bank",
        """
        -    grace_days = 3
        +    grace_days = 5
             if overdue_days > grace_days:
        -        fee = 12.00
        +        fee = 15.00
        Is this change safe?
    """,
    ),
    T(
        "cb-diff-recipe",
        "diff",
        "bakery",
        """
        @@ recipes/sourdough.md @@
        -Hydration: 72%
        +Hydration: 75%
         Bulk: 4.5 h at 24 °C
        +Bake: 20 min lid on, 25 min lid off
    """,
    ),
    # ---------------------------------------------------------------- stacktrace
    T(
        "cb-stack-python",
        "stacktrace",
        "university",
        """
        Traceback (most recent call last):
          File "analysis/fit.py", line 88, in <module>
            model = fit_markov_chain(data, states=⟦num:3-9⟧)
          File "analysis/markov.py", line 41, in fit_markov_chain
            raise ValueError("transition matrix rows must sum to 1")
        ValueError: transition matrix rows must sum to 1
    """,
    ),
    T(
        "cb-stack-java",
        "stacktrace",
        "airline",
        """
        java.lang.NullPointerException: Cannot invoke "Seat.getRow()" because "seat" is null
            at com.meridian.checkin.SeatMap.assign(SeatMap.java:⟦num:40-300⟧)
            at com.meridian.checkin.Flow.run(Flow.java:⟦num:40-300⟧)
        for flight ⟦flight⟧, seat ⟦seat⟧
    """,
    ),
    T(
        "cb-stack-node",
        "stacktrace",
        "toys",
        """
        Error: ENOENT: no such file or directory, open '/app/assets/peppa-pig.png'
            at Object.openSync (node:fs:⟦num:400-600⟧:3)
            at render (/app/src/catalogue.js:22:11)
    """,
    ),
    # ---------------------------------------------------------------- slack
    T(
        "cb-slack-deploy",
        "slack",
        "rideshare",
        """
        #deploys
        [⟦time⟧] @deploy-bot: pricing-svc ⟦version⟧ rolled out to 100%
        [⟦time⟧] @oncall-payments: error rate back to ⟦pct⟧ 👍
        [⟦time⟧] @deploy-bot: rollback window closes in 30 min
    """,
    ),
    T(
        "cb-slack-kitchen",
        "slack",
        "bakery",
        """
        #kitchen
        [⟦time⟧] @ovens: oven 2 at 250 °C, first ⟦bread⟧ in
        [⟦time⟧] @front-of-house: we're out of Pavlova, 86 it
        [⟦time⟧] @ovens: will do a second batch at ⟦time⟧
    """,
    ),
    T(
        "cb-slack-ops",
        "slack",
        "ground",
        """
        {"channel": "ramp-ops", "user": "U0⟦num:1000000-9999999⟧", "text": "stand ⟦num:1-60⟧ GPU
        fault, ⟦flight⟧ on APU", "ts": "1712⟦num:100000-999999⟧.000100"}
        Summarise today's ramp-ops messages.
    """,
    ),
    # ---------------------------------------------------------------- jira
    T(
        "cb-jira-story",
        "jira",
        "university",
        """
        RES-⟦num:100-999⟧ As a grant officer I want the budget template to calculate overheads
        Acceptance criteria:
        - overhead rate ⟦pct⟧ applied to staff costs
        - equipment over ⟦price:£⟧ excluded
        Story points: 5
    """,
    ),
    T(
        "cb-jira-bug",
        "jira",
        "hotel",
        """
        HTL-⟦num:100-999⟧ Booking engine shows wrong currency for ⟦month⟧ rates
        Environment: prod, build ⟦hash:7⟧
        Comment (automation): linked to INC⟦num:100000-999999⟧
    """,
    ),
    T(
        "cb-jira-drone",
        "jira",
        "drones",
        """
        UAV-⟦num:100-999⟧ Geofence database out of date
        Priority: High
        Description: the airspace file shipped with firmware ⟦version⟧ is from ⟦month⟧. Update
        before the survey season.
    """,
    ),
    # ---------------------------------------------------------------- bibliography
    T(
        "cb-bib-guidelines",
        "bibliography",
        "hospital",
        """
        Check these references:
        National Institute for Health and Care Excellence (2022) Falls in older people (NG⟦num:100-250⟧).
        World Health Organization (2021) Step safely: strategies for preventing falls. ISBN ⟦isbn⟧.
        Royal College of Physicians (2023) National Hip Fracture Database annual report.
    """,
    ),
    T(
        "cb-bib-standards",
        "bibliography",
        "mining",
        """
        ISO (2018) ISO 45001:2018 Occupational health and safety management systems.
        Health and Safety Executive (2019) HSG250 Guidance on permit-to-work systems.
        International Council on Mining and Metals (2020) Critical control management.
        doi:⟦doi⟧
    """,
    ),
    T(
        "cb-bib-ipcc",
        "bibliography",
        "space",
        """
        IPCC (2021) Climate Change 2021: The Physical Science Basis. doi:⟦doi⟧
        European Space Agency (2020) Space debris mitigation requirements, ESSB-ST-U-007.
        Format both in Harvard style.
    """,
    ),
    # ---------------------------------------------------------------- ics
    T(
        "cb-ics-meeting",
        "ics",
        "university",
        """
        BEGIN:VEVENT
        UID:⟦uuid⟧
        DTSTART:⟦date:iso⟧T140000Z
        SUMMARY:Research ethics committee
        LOCATION:Room ⟦room⟧, the Jenner Building
        END:VEVENT
    """,
    ),
    T(
        "cb-ics-dive",
        "ics",
        "diving",
        """
        BEGIN:VEVENT
        SUMMARY:Night dive – wreck of the MV Northern Lark
        DTSTART:⟦date:iso⟧T200000
        DESCRIPTION:Torch and SMB required. Max depth 24 m.
        END:VEVENT
    """,
    ),
    T(
        "cb-ics-service",
        "ics",
        "faith",
        """
        BEGIN:VEVENT
        SUMMARY:Carol service
        DTSTART:⟦date:iso⟧T183000
        DESCRIPTION:Mince pies after. Retiring collection for the night shelter.
        END:VEVENT
    """,
    ),
    # ---------------------------------------------------------------- vcard
    T(
        "cb-vcard-room",
        "vcard",
        "university",
        """
        BEGIN:VCARD
        VERSION:4.0
        KIND:location
        FN:Seminar Room ⟦room⟧, Brunel House
        NOTE:Capacity 40, hearing loop, projector
        END:VCARD
    """,
    ),
    T(
        "cb-vcard-org",
        "vcard",
        "marina",
        """
        BEGIN:VCARD
        VERSION:3.0
        KIND:org
        FN:Quayside Marina Office
        URL:https://quayside-marina.com
        NOTE:Open 08:00-18:00, VHF channel 80
        END:VCARD
    """,
    ),
    T(
        "cb-vcard-group",
        "vcard",
        "community",
        """
        BEGIN:VCARD
        VERSION:4.0
        KIND:group
        FN:Community Centre Volunteers
        NOTE:Iftar kitchen team, ⟦month⟧ rota
        END:VCARD
        Why won't my phone import this?
    """,
    ),
    # ---------------------------------------------------------------- paste
    T(
        "cb-paste-es",
        "paste",
        "bakery",
        """
        Traduce al inglés:

        "Horario de la panadería: de lunes a sábado de 7:00 a 14:00. Los domingos solo pan de
        masa madre y ensaimadas. Pedidos de roscón de Reyes antes del ⟦date:uk⟧."
    """,
    ),
    T(
        "cb-paste-de",
        "paste",
        "rail",
        """
        Fasse zusammen:

        "Wegen Bauarbeiten fallen die Züge der Linie S⟦num:1-9⟧ zwischen ⟦date:uk⟧ und
        ⟦date:uk⟧ aus. Ersatzverkehr mit Bussen, Abfahrt 10 Minuten früher. Fahrkarten
        behalten ihre Gültigkeit."
    """,
    ),
    T(
        "cb-paste-fr",
        "paste",
        "hospital",
        """
        Translate to English:

        « Le service de cardiologie déménage au bâtiment B le ⟦date:uk⟧. Les consultations du
        mardi sont maintenues. Merci de votre patience. »
    """,
    ),
    T(
        "cb-paste-it",
        "paste",
        "brewery",
        """
        Reply in Italian, politely declining:

        "Buongiorno, vorremmo ordinare 20 fusti della vostra ⟦beer⟧ per la festa di settembre.
        Fate consegne fuori regione?"
    """,
    ),
    T(
        "cb-paste-pl",
        "paste",
        "storage",
        """
        Przetłumacz na angielski:

        "Magazyn będzie zamknięty w święta. Dostęp do boksów tylko z kodem PIN. Faktura
        ⟦invoice⟧ do zapłaty w ciągu 14 dni."
    """,
    ),
    T(
        "cb-paste-sv",
        "paste",
        "marina",
        """
        Sammanfatta på engelska:

        "Hamnen stänger för säsongen den ⟦date:uk⟧. Båtar som ligger kvar efter det debiteras
        ⟦price:kr⟧ per vecka. Mastkranen är bokningsbar i appen."
    """,
    ),
    T(
        "cb-paste-tr",
        "paste",
        "salon",
        """
        Translate to English:

        "Salonumuz bayram boyunca kapalıdır. Randevular ⟦date:uk⟧ tarihinden itibaren
        uygulama üzerinden alınabilir. Kampanya kodu: ⟦booking⟧."
    """,
    ),
    T(
        "cb-paste-id",
        "paste",
        "hotel",
        """
        Terjemahkan ke bahasa Inggris:

        "Kolam renang ditutup untuk perawatan pada ⟦date:uk⟧. Sarapan tersedia pukul
        06.30–10.00 di restoran lantai dua."
    """,
    ),
    T(
        "cb-paste-vi",
        "paste",
        "airline",
        """
        Translate to English:

        "Chuyến bay ⟦flight⟧ bị hoãn do thời tiết xấu. Hành khách vui lòng theo dõi bảng thông
        tin tại cửa ⟦num:1-40⟧."
    """,
    ),
    T(
        "cb-paste-nl",
        "paste",
        "garden",
        """
        Vertaal naar het Engels:

        "Tuincentrum open op zondag. Deze week: clematis 'Nelly Moser' en rozen in pot voor
        ⟦price:€⟧. Potgrond 40 liter, twee voor de prijs van één."
    """,
    ),
    T(
        "cb-paste-pt",
        "paste",
        "toys",
        """
        Responda em português:

        "Vocês têm o jogo Ticket to Ride em português? E o boneco do Sonic, código ⟦sku⟧?"
    """,
    ),
    # ---------------------------------------------------------------- voice
    T(
        "cb-voice-reminder",
        "voice",
        "bakery",
        """
        remind me at ⟦time⟧ to feed the starter and order two more sacks of rye flour
    """,
    ),
    T(
        "cb-voice-note",
        "voice",
        "mining",
        """
        note for the shift log crusher two back online at ten past eleven liners changed
        conveyor three still isolated under permit ⟦permit⟧
    """,
    ),
    T(
        "cb-voice-search",
        "voice",
        "garden",
        """
        what is the best time to plant sweet pea albutt blue in a cold greenhouse
    """,
    ),
    T(
        "cb-voice-timer",
        "voice",
        "salon",
        """
        set a timer for thirty five minutes for the toner and remind me to bill the colour
        correction as two hours
    """,
    ),
    T(
        "cb-voice-message",
        "voice",
        "airline",
        """
        message crew control we will do the turnaround in forty minutes catering is late and
        the tug at stand ⟦num:1-60⟧ is broken
    """,
    ),
]
