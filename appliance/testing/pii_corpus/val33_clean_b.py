"""val33 clean templates, part B (no personal data; decoys only): html, xml, yaml, code, log,
git, diff, stacktrace, slack, jira, bibliography, ics, vcard."""

from __future__ import annotations

from appliance.testing.pii_corpus.val33_gen import T

TEMPLATES = [
    # ------------------------------------------------------------------------------ html
    T(
        "c-html-01",
        "html",
        "themepark",
        """
    <section class="ride">
      <h2>Captain Barnacle's Runaway Mine Train</h2>
      <p>Minimum height 110 cm &middot; Queue <<#n>> min &middot; Fast lane available</p>
      <span class="badge" style="color: <<#hex>>">New this season</span>
    </section>
    """,
    ),
    T(
        "c-html-02",
        "html",
        "bakery",
        """
    Why is the price not aligned?
    <ul class="menu">
      <li>Victoria sponge <span class="price"><<#price>></span></li>
      <li>Charlotte russe <span class="price"><<#price2>></span></li>
      <li>Tarte Tatin <span class="price"><<#price3>></span></li>
    </ul>
    """,
    ),
    T(
        "c-html-03",
        "html",
        "charity",
        """
    <footer>
      <p>Registered charity no. <<#ref>>. Supported by the Wellcome Trust and the ~
      Gates Foundation.</p>
      <a href="https://example.org/privacy">Privacy</a> | <a href="/donate">Donate</a>
    </footer>
    """,
    ),
    # ------------------------------------------------------------------------------ xml
    T(
        "c-xml-01",
        "xml",
        "labequip",
        """
    <instrument id="<<#uuid>>">
      <type>Geiger counter</type>
      <model>GMC-500</model>
      <firmware><<#ver>></firmware>
      <calibrated><<#date>></calibrated>
    </instrument>
    """,
    ),
    T(
        "c-xml-02",
        "xml",
        "airline",
        """
    <Flight number="<<#flight>>" date="<<#date>>">
      <Aircraft reg="<<#tail>>" name="Roald Amundsen" type="B787-9"/>
      <Gate><<#gate>></Gate>
      <Load pax="<<#qty>>" bags="<<#qty2>>"/>
    </Flight>
    """,
    ),
    T(
        "c-xml-03",
        "xml",
        "seedbank",
        """
    <accession code="<<#acc>>">
      <taxon>Magnolia campbellii</taxon>
      <viability><<#pct>></viability>
      <vault><<#unit>></vault>
    </accession>
    """,
    ),
    # ------------------------------------------------------------------------------ yaml
    T(
        "c-yaml-01",
        "yaml",
        "assistant",
        """
    assistant:
      name: Claude
      model_version: <<#ver>>
      temperature: 0.2
      tools: [search, calendar, calculator]
      fallback: Gemini
    """,
    ),
    T(
        "c-yaml-02",
        "yaml",
        "courier",
        """
    service: route-planner
    version: <<#ver>>
    port: <<#port>>
    vans:
      - model: Ford Transit
        capacity_kg: 1400
      - model: cargo bike
        capacity_kg: 180
    """,
    ),
    T(
        "c-yaml-03",
        "yaml",
        "cosmetics",
        """
    shades:
      - name: Ruby Woo
        hex: "<<#hex>>"
      - name: Marilyn
        hex: "<<#hex2>>"
      - name: Velvet Teddy
        hex: "<<#hex3>>"
    """,
    ),
    # ------------------------------------------------------------------------------ code
    T(
        "c-code-01",
        "code",
        "labequip",
        """
    import numpy as np

    def kalman_step(x, p, z, q=1e-5, r=0.01):
        # one step of a Kalman filter over Geiger counter readings
        p = p + q
        k = p / (p + r)
        return x + k * (z - x), (1 - k) * p
    """,
    ),
    T(
        "c-code-02",
        "code",
        "courier",
        """
    // Dijkstra's algorithm over the depot graph
    function shortestRoute(graph, start) {
      const dist = new Map([[start, 0]]);
      const queue = [start];
      // TODO: use a binary heap, this is O(n^2)
      return dist;
    }
    """,
    ),
    T(
        "c-code-03",
        "code",
        "astronomy",
        """
    SELECT designation, magnitude, discovered_year
    FROM minor_planets
    WHERE designation LIKE '<<#year>>%'
    ORDER BY magnitude
    LIMIT <<#n>>;
    """,
    ),
    T(
        "c-code-04",
        "code",
        "cosmetics",
        """
    func ShadeHex(name string) string {
        switch name {
        case "Ruby Woo":
            return "<<#hex>>"
        case "Marilyn":
            return "<<#hex2>>"
        }
        return "#000000"
    }
    """,
    ),
    T(
        "c-code-05",
        "code",
        "sports",
        """
    Can you vectorise this?

    def elo_update(rating_a, rating_b, score_a, k=32):
        expected = 1 / (1 + 10 ** ((rating_b - rating_a) / 400))
        return rating_a + k * (score_a - expected)
    """,
    ),
    # ------------------------------------------------------------------------------ log
    T(
        "c-log-01",
        "log",
        "themepark",
        """
    <<#isodate>> 10:02:11 INFO ride=CaptainBarnacle cycle=<<#qty>> dispatch_interval=45s
    <<#isodate>> 10:02:56 WARN ride=GruffaloRiver sensor=lift_hill_2 value=<<#ms>>
    <<#isodate>> 10:03:40 INFO ride=GruffaloRiver status=resumed
    """,
    ),
    T(
        "c-log-02",
        "log",
        "labequip",
        """
    [09:12:03] calib: Geiger counter <<#part>> drift 7.<<#n>>% (threshold 5%)
    [09:12:04] calib: applying Kalman filter, window=<<#n2>>
    [09:12:09] calib: OK, certificate <<#ref>> issued
    """,
    ),
    T(
        "c-log-03",
        "log",
        "courier",
        """
    What does error code 409 mean here?
    level=error svc=labels msg="duplicate tracking number" track=<<#track>> code=409
    level=info svc=labels msg="retry scheduled" in=<<#ms>>
    """,
    ),
    T(
        "c-log-04",
        "log",
        "assistant",
        """
    req_id=<<#uuid>> model=assistant-<<#ver>> latency=<<#ms>> tokens_in=<<#big>> ~
    tokens_out=<<#qty>> status=200
    """,
    ),
    # ------------------------------------------------------------------------------ git
    T(
        "c-git-01",
        "git",
        "labequip",
        """
    <<#hash>> Fix Gaussian blur radius in image pipeline
    <<#hash2>> Add Kalman filter to Geiger counter smoothing
    <<#hash3>> Bump numpy to 2.1
    <<#hash4>> Merge branch 'feature/erlenmeyer-volume-calc'
    """,
    ),
    T(
        "c-git-02",
        "git",
        "airline",
        """
    Squash these into one message:
    <<#hash>> wip
    <<#hash2>> fix seat map for A350 "Amelia Earhart" config
    <<#hash3>> wip 2
    <<#hash4>> tests pass
    """,
    ),
    T(
        "c-git-03",
        "git",
        "cosmetics",
        """
    $ git log --oneline -3
    <<#hash>> (tag: v<<#ver>>) Add Ruby Woo swatch
    <<#hash2>> Rename shade Marilyn-Matte to Marilyn
    <<#hash3>> Update <<#hex>> to <<#hex2>> for Velvet Teddy
    """,
    ),
    # ------------------------------------------------------------------------------ diff
    T(
        "c-diff-01",
        "diff",
        "courier",
        """
    --- a/config/rates.yml
    +++ b/config/rates.yml
    @@ -2,3 +2,3 @@
    -next_day_2kg: <<#price>>
    +next_day_2kg: <<#price2>>
     fuel_surcharge: <<#pct>>
    """,
    ),
    T(
        "c-diff-02",
        "diff",
        "pharmacy",
        """
    @@ -10,4 +10,5 @@ INTERACTIONS = {
         ("Zoloft", "Nurofen"): "monitor",
         ("Valium", "alcohol"): "avoid",
    +    ("Ozempic", "insulin"): "adjust dose",
     }
    """,
    ),
    T(
        "c-diff-03",
        "diff",
        "architecture",
        """
    - description: "Inspired by the Guggenheim"
    + description: "Inspired by the Guggenheim and the Rockefeller Center"
    - height_m: <<#n>>0
    + height_m: <<#n2>>5
    """,
    ),
    # ------------------------------------------------------------------------------ stacktrace
    T(
        "c-stack-01",
        "stacktrace",
        "labequip",
        """
    Traceback (most recent call last):
      File "lims/calibrate.py", line 142, in apply_filter
        state = kalman_step(state, reading)
      File "lims/filters.py", line 18, in kalman_step
        k = p / (p + r)
    ZeroDivisionError: float division by zero
    """,
    ),
    T(
        "c-stack-02",
        "stacktrace",
        "themepark",
        """
    Exception in thread "queue-times" java.lang.NullPointerException: ride "GruffaloRiver" ~
    has no sensor config
        at park.queue.Estimator.estimate(Estimator.java:77)
        at park.queue.Scheduler.run(Scheduler.java:31)
    """,
    ),
    T(
        "c-stack-03",
        "stacktrace",
        "cosmetics",
        """
    TypeError: Cannot read properties of undefined (reading 'hex')
        at shadeSwatch (swatch.js:24:18)
        at renderPalette (palette.js:51:9)
    (while rendering shade "Ruby Woo", build <<#hash>>)
    """,
    ),
    # ------------------------------------------------------------------------------ slack
    T(
        "c-slack-01",
        "slack",
        "airline",
        """
    #ops-fleet  <<#date>>
    [07:10] fleet-bot: <<#tail>> "Amelia Earhart" AOG at stand <<#gate>>
    [07:12] ops-bot: <<#flight>> swapped to <<#tail2>>
    [07:30] fleet-bot: AOG cleared
    """,
    ),
    T(
        "c-slack-02",
        "slack",
        "bakery",
        """
    [06:02] @oven-monitor: Oven 2 at 180 °C
    [06:40] @oven-monitor: Victoria sponge batch <<#batch>> done
    [06:41] @oven-monitor: Madeleines batch <<#batch2>> in
    """,
    ),
    T(
        "c-slack-03",
        "slack",
        "assistant",
        """
    #ai-tools
    [11:02] @build-bot: deployed assistant <<#ver>> to staging
    [11:05] @eval-bot: Claude vs Gemini eval: <<#pct>> vs <<#pct2>> on the support set
    [11:06] @build-bot: will do a canary at 14:00
    """,
    ),
    # ------------------------------------------------------------------------------ jira
    T(
        "c-jira-01",
        "jira",
        "housing",
        """
    HOUSING-<<#qty>> Laundry card reader offline in Block <<#unit>>
    Priority: Minor
    Description: reader shows error E<<#n>>. The grace period for late laundry fees is extended.
    """,
    ),
    T(
        "c-jira-02",
        "jira",
        "sports",
        """
    LEAGUE-<<#qty>> Standings page shows wrong points
    Steps: open <<#year>> season, sort by points. Harriers shown with <<#n>>, should be ~
    <<#n2>>. Regression since <<#ver>>.
    """,
    ),
    T(
        "c-jira-03",
        "jira",
        "seedbank",
        """
    SEED-<<#qty>> Viability report rounding
    Banksia accessions show 99.99% instead of 100%. Affects <<#acc>> and <<#acc2>>.
    Please mark as duplicate of SEED-<<#qty2>> if it's the same rounding bug.
    """,
    ),
    # ------------------------------------------------------------------------------ bibliography
    T(
        "c-bib-01",
        "bibliography",
        "labequip",
        """
    Format in IEEE style:
    International Organization for Standardization, ISO 4787:2021, Laboratory glassware - ~
    Volumetric instruments, 2021.
    ISBN <<#isbn>>, Laboratory Safety Handbook, 4th ed., 2019.
    """,
    ),
    T(
        "c-bib-02",
        "bibliography",
        "astronomy",
        """
    References
    NASA Jet Propulsion Laboratory (2023). Small-Body Database: 1P/Halley. Retrieved ~
    <<#date>>.
    International Astronomical Union (2019). Rules for naming craters. doi:<<#doi>>
    """,
    ),
    T(
        "c-bib-03",
        "bibliography",
        "pharmacy",
        """
    World Health Organization (2023). Model List of Essential Medicines, 23rd list. ~
    ISBN <<#isbn>>.
    British National Formulary (2024). BNF 87. ISBN <<#isbn2>>.
    """,
    ),
    # ------------------------------------------------------------------------------ ics
    T(
        "c-ics-01",
        "ics",
        "astronomy",
        """
    BEGIN:VEVENT
    UID:<<#uuid>>
    SUMMARY:Perseids peak - public viewing
    DTSTART:20250812T210000Z
    DTEND:20250813T010000Z
    LOCATION:Observatory dome <<#unit>>
    END:VEVENT
    """,
    ),
    T(
        "c-ics-02",
        "ics",
        "langschool",
        """
    BEGIN:VEVENT
    SUMMARY:B2 Spanish - speaking exam
    DTSTART:20260314T100000
    LOCATION:Room <<#room>>
    DESCRIPTION:Bring your student card. Exam code <<#ref>>.
    END:VEVENT
    """,
    ),
    # ------------------------------------------------------------------------------ vcard
    T(
        "c-vcard-01",
        "vcard",
        "themepark",
        """
    BEGIN:VCARD
    VERSION:4.0
    KIND:org
    FN:Guest Services Kiosk <<#n>>
    NOTE:Shared tablet at the Gruffalo River Ride exit. Asset tag <<#ref>>.
    URL:https://example.com/kiosks/<<#n2>>
    END:VCARD
    """,
    ),
    T(
        "c-vcard-02",
        "vcard",
        "assistant",
        """
    Why won't this vCard import?
    BEGIN:VCARD
    VERSION:3.0
    FN:Cortana Meeting Room
    KIND:location
    NOTE:Room <<#room>>, seats 8, VC kit <<#part>>
    END:VCARD
    """,
    ),
]
