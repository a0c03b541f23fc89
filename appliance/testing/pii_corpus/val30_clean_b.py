"""val30 clean templates (no personal data, many decoys): json, toolcall, csv, tsv,
markdown_table, html, xml, yaml and code."""

from __future__ import annotations

from appliance.testing.pii_corpus.val30_gen import Registry, t

T = Registry()

SHADES = ("Copper Glow", "Midnight Plum", "Ash Blonde 9.1", "Espresso 4.0", "Coral Veil")


@T("c-beauty-json-catalogue", "json")
def beauty_json(g):
    items = []
    for _ in range(g.n(2, 4)):
        items.append(
            f'    {{"sku": "{g.d.sku()}", "shade": "{g.pick(SHADES)}", "hex": "{g.d.hexc()}", '
            f'"price": "{g.d.price()}", "ml": {g.pick((50, 100, 250))}}}'
        )
    return t(
        'Write product descriptions for these hair colour SKUs:\n{\n  "line": "Velvet Root",\n'
        '  "items": [\n{items}\n  ]\n}',
        items=",\n".join(items),
    )


@T("c-space-json-missions", "json")
def space_json(g):
    return t(
        """
        [
          {"mission": "Juno", "target": "Jupiter", "launch": "2011-08-05", "status": "extended"},
          {"mission": "Cassini-Huygens", "target": "Saturn", "launch": "1997-10-15", "status": "ended"},
          {"mission": "Artemis II", "target": "Moon", "launch": "{date}", "status": "planned"},
          {"mission": "Galileo", "target": "Jupiter", "launch": "1989-10-18", "status": "ended"}
        ]
        Sort by launch date and add the Hubble Space Telescope (1990-04-24).""",
        date=g.d.iso_date(),
    )


@T("c-karaoke-json-songs", "json")
def karaoke_json(g):
    return t(
        """
        {"room": {room}, "queue": [
          {"title": "Roxanne", "key": "Gm", "bpm": {b1}, "duration": "3:12"},
          {"title": "Jolene", "key": "C#m", "bpm": {b2}, "duration": "2:41"},
          {"title": "Hey Jude", "key": "F", "bpm": 74, "duration": "7:11"}
        ], "session": "{uuid}"}
        Reorder the queue so the long song is last and explain why.""",
        room=str(g.n(1, 12)),
        b1=str(g.n(130, 140)),
        b2=str(g.n(105, 115)),
        uuid=g.d.uuid(),
    )


@T("c-app-json-flags", "json")
def app_flags(g):
    return t(
        """
        {
          "app": "matchbox-ios",
          "version": "{ver}",
          "flags": {"photo_verification": true, "bio_phone_filter": true, "grace_period_days": 7},
          "min_supported": "{ver2}",
          "build": "{sha}"
        }
        What does grace_period_days most likely control?""",
        ver=g.d.version(),
        ver2=g.d.version(),
        sha=g.d.sha(12),
    )


@T("c-music-toolcall-playlist", "toolcall")
def playlist_call(g):
    return t(
        """
        {"name": "create_playlist", "arguments": {"title": "Songs with names", "public": false,
          "tracks": ["Layla", "Jolene", "Roxanne", "Billie Jean", "Valerie", "Gloria"],
          "cover_hex": "{hexc}", "max_tracks": {n}}}""",
        hexc=g.d.hexc(),
        n=str(g.n(20, 100)),
    )


@T("c-lease-toolcall-quote", "toolcall")
def lease_call(g):
    return t(
        """
        calculate_lease(vehicle="Ford Mustang Mach-E", list_price={lp}, residual_pct={rv},
                        term_months={term}, annual_km={km}, apr={apr})""",
        lp=str(g.n(32000, 68000)),
        rv=f"0.{g.n(35, 60)}",
        term=str(g.pick((24, 36, 48))),
        km=str(g.pick((10000, 15000, 20000))),
        apr=f"{g.n(2, 9)}.{g.n(0, 9)}",
    )


@T("c-soc-toolcall-hash", "toolcall")
def hash_call(g):
    return t(
        """
        {"tool": "lookup_hash", "arguments": {"sha256": "{sha}", "families": ["Emotet", "Dridex",
          "Ryuk"], "since": "{date}"}}""",
        sha=g.d.sha(64),
        date=g.d.iso_date(),
    )


@T("c-cowork-toolcall-room", "toolcall")
def room_call(g):
    return t(
        """
        book_room({"room": "{room}", "start": "{ts}", "duration_min": {d}, "capacity": {c},
          "extras": ["whiteboard", "video bar"], "cost_centre": "CC-{cc}"})""",
        room=g.pick(("Lovelace", "Turing", "Curie", "Hopper", "Hypatia")),
        ts=g.d.ts(),
        d=str(g.pick((30, 60, 90))),
        c=str(g.n(4, 14)),
        cc=str(g.n(1000, 9999)),
    )


@T("c-waste-csv-tonnage", "csv")
def tonnage_csv(g):
    lines = ["month,paper_t,glass_t,plastic_t,contamination_pct"]
    for m in ("Jan", "Feb", "Mar", "Apr")[: g.n(3, 4)]:
        lines.append(f"{m},{g.n(100, 900)},{g.n(100, 900)},{g.n(50, 400)},{g.n(4, 19)}.{g.n(0, 9)}")
    return t("{rows}\nWhich month had the worst contamination?", rows="\n".join(lines))


@T("c-esports-csv-results", "csv")
def results_csv(g):
    teams = ("Kestrel", "Northwind", "Orbit", "Pale Fox", "Ironclad", "Nebula Five")
    lines = ["match_id,team_a,team_b,map,score"]
    for _ in range(g.n(3, 5)):
        a, b = g.sample(teams, 2)
        lines.append(
            f"M{g.n(100, 999)},{a},{b},{g.pick(('Ascent', 'Bind', 'Haven'))},13-{g.n(3, 11)}"
        )
    return t("{rows}\nCompute win rates per team.", rows="\n".join(lines))


@T("c-beauty-csv-inventory", "csv")
def inventory_csv(g):
    lines = ["sku,shade,hex,stock,price"]
    for _ in range(g.n(3, 5)):
        lines.append(f"{g.d.sku()},{g.pick(SHADES)},{g.d.hexc()},{g.n(0, 400)},{g.d.price()}")
    return t("{rows}\nFlag the SKUs under 20 units.", rows="\n".join(lines))


@T("c-locker-csv-utilisation", "csv")
def locker_csv(g):
    lines = ["locker_id,doors,occupied,avg_dwell_h,firmware"]
    for _ in range(g.n(3, 5)):
        lines.append(
            f"PL-{g.n(100, 999)},{g.pick((24, 36, 48))},{g.n(0, 24)},{g.n(3, 60)},{g.d.version()}"
        )
    return t("{rows}", rows="\n".join(lines))


@T("c-mro-tsv-parts", "tsv")
def parts_tsv(g):
    lines = ["part_no\tdescription\tqty\tbin"]
    for desc in ("bleed valve", "smoke detector", "O-ring kit", "brake wear pin")[: g.n(3, 4)]:
        lines.append(f"{g.d.part()}\t{desc}\t{g.n(0, 12)}\tB{g.n(1, 40)}-{g.n(1, 9)}")
    return t("{rows}\nWhat should be reordered?", rows="\n".join(lines))


@T("c-lab-tsv-expression", "tsv")
def expression_tsv(g):
    lines = ["gene\tlog2FC\tpadj"]
    for gene in ("Shh", "tinman", "Pikachurin", "Gli1", "Ptch1", "Kruppel"):
        lines.append(f"{gene}\t{g.n(-40, 40) / 10:.1f}\t{g.n(1, 99)}e-{g.n(2, 9)}")
    return t("{rows}\nWhich genes are significant at 0.05?", rows="\n".join(lines))


@T("c-radio-tsv-playlist", "tsv")
def playlist_tsv(g):
    lines = ["time\ttrack\tbpm"]
    for song in g.sample(("Layla", "Roxanne", "Gloria", "Valerie", "Angie", "Jolene"), 4):
        lines.append(f"{g.d.time()}\t{song}\t{g.n(70, 140)}")
    return t("{rows}\nSuggest a smoother running order.", rows="\n".join(lines))


@T("c-cowork-md-pricing", "markdown_table")
def pricing_md(g):
    return t(
        """
        | Plan | Price | Rooms | Notes |
        |---|---|---|---|
        | Day pass | {p1} | none | 08:00-18:00 |
        | Flex | {p2} | 4 h of Curie or Turing | 10 days/month |
        | Fixed desk | {p3} | 8 h, any room | locker included |
        Rewrite this as three short paragraphs.""",
        p1=g.d.price(),
        p2=g.d.price(),
        p3=g.d.price(),
    )


@T("c-trial-md-schedule", "markdown_table")
def schedule_md(g):
    return t(
        """
        | Visit | Week | Window | Procedures |
        |---|---|---|---|
        | V1 Screening | -2 | +/-3 d | ECG, bloods, MRI |
        | V2 Baseline | 0 | - | randomisation, dispensing |
        | V3 | {w1} | +/-{d} d | bloods, AE review |
        | V4 | {w2} | +/-{d} d | NT-proBNP, ECG |
        Is the window for V4 consistent with amendment {v}?""",
        w1=str(g.n(4, 8)),
        w2=str(g.n(12, 24)),
        d=str(g.n(3, 7)),
        v=f"{g.n(2, 5)}.{g.n(0, 2)}",
    )


@T("c-gym-md-benchmarks", "markdown_table")
def benchmarks_md(g):
    return t(
        """
        | Workout | Scheme | My time | Goal |
        |---|---|---|---|
        | Fran | 21-15-9 thrusters, pull-ups | {a} | sub-5 |
        | Cindy | AMRAP 20 | {r} rounds | 20 |
        | Helen | 3 rounds run/KB/pull-up | {b} | 11:00 |
        | Murph | vest | {c} | under 50 |
        What should I focus on next block?""",
        a=f"{g.n(4, 9)}:{g.n(10, 59)}",
        r=str(g.n(10, 19)),
        b=f"{g.n(10, 15)}:{g.n(10, 59)}",
        c=f"{g.n(45, 70)}:{g.n(10, 59)}",
    )


@T("c-beauty-html-product", "html")
def product_html(g):
    return t(
        """
        <div class="pdp" data-sku="{sku}">
          <h1>Copperleaf Bond Repair Serum</h1>
          <span class="price">{price}</span>
          <ul><li>Shade swatch: <i style="background:{hexc}"></i></li><li>{ml} ml</li></ul>
          <button>Add to bag</button>
        </div>
        Add schema.org Product markup.""",
        sku=g.d.sku(),
        price=g.d.price(),
        hexc=g.d.hexc(),
        ml=str(g.pick((30, 50, 100))),
    )


@T("c-cowork-html-rooms", "html")
def rooms_html(g):
    return t(
        """
        <ul class="rooms">
          <li data-cap="{a}">Lovelace room &ndash; screen, whiteboard</li>
          <li data-cap="{b}">Turing room &ndash; phone booth</li>
          <li data-cap="{c}">Curie room &ndash; 12 seats, video bar</li>
        </ul>
        Make this list keyboard-navigable.""",
        a=str(g.n(4, 10)),
        b=str(g.n(1, 2)),
        c=str(g.n(10, 14)),
    )


@T("c-stream-html-status", "html")
def status_html(g):
    return t(
        """
        <section class="status">
          <h2>All systems operational</h2>
          <p>Playback API p95: {ms} ms &middot; Catalogue sync: {ver}</p>
          <p>Incident {inc} (lyrics delay on "Roxanne") resolved {date}.</p>
        </section>""",
        ms=str(g.n(80, 400)),
        ver=g.d.version(),
        inc=f"INC-{g.n(1000, 9999)}",
        date=g.d.date(),
    )


@T("c-app-xml-strings", "xml")
def strings_xml(g):
    return t(
        """
        <resources>
          <string name="verify_title">Verify your photo</string>
          <string name="phone_blocked">Sharing phone numbers in your bio isn\\'t allowed.</string>
          <string name="grace_period">You have %1$d days to appeal.</string>
          <string name="version">v{ver}</string>
        </resources>
        Translate the strings into Spanish.""",
        ver=g.d.version(),
    )


@T("c-podcast-xml-rss", "xml")
def rss_xml(g):
    return t(
        """
        <item>
          <title>Ep {ep}: Why "Layla" has two endings</title>
          <enclosure url="https://cdn.crate.example/ep{ep}.mp3" length="{len}" type="audio/mpeg"/>
          <guid isPermaLink="false">{uuid}</guid>
          <pubDate>{day}, {date} 06:00:00 GMT</pubDate>
        </item>
        Is this RSS item valid?""",
        ep=str(g.n(40, 300)),
        len=str(g.n(10000000, 90000000)),
        uuid=g.d.uuid(),
        day=g.pick(("Mon", "Tue", "Wed", "Thu")),
        date=f"{g.n(1, 28)} {g.pick(('Mar', 'Apr', 'Sep'))} 2025",
    )


@T("c-build-xml-pom", "xml")
def pom_xml(g):
    return t(
        """
        <dependency>
          <groupId>org.apache.kafka</groupId>
          <artifactId>kafka-clients</artifactId>
          <version>{v}</version>
        </dependency>
        Upgrade this to the latest 3.x and tell me what breaks.""",
        v=f"{g.n(2, 3)}.{g.n(0, 9)}.{g.n(0, 3)}",
    )


@T("c-ci-yaml-workflow", "yaml")
def ci_yaml(g):
    return t(
        """
        name: release
        on:
          push:
            tags: ["v*"]
        jobs:
          build:
            runs-on: ubuntu-24.04
            steps:
              - uses: actions/checkout@v4
              - run: make build VERSION={ver}
              - run: make sign KEY_ID={key}
        Why does the sign step fail with "no secret key"?""",
        ver=g.d.version(),
        key=g.d.sha(16).upper(),
    )


@T("c-k8s-yaml-deploy", "yaml")
def k8s_yaml(g):
    return t(
        """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: locker-notifier
        spec:
          replicas: {r}
          template:
            spec:
              containers:
                - name: app
                  image: registry.example/locker-notifier:{ver}
                  ports: [{containerPort: {port}}]
                  resources: {limits: {memory: "{mem}Mi"}}""",
        r=str(g.n(1, 6)),
        ver=g.d.version(),
        port=g.d.port(),
        mem=str(g.pick((256, 512, 1024))),
    )


@T("c-compose-yaml-stack", "yaml")
def compose_yaml(g):
    return t(
        """
        services:
          playout:
            image: radio/playout:{ver}
            ports: ["{p1}:{p1}"]
          db:
            image: postgres:{pg}
            environment:
              POSTGRES_DB: playlists
        Add a healthcheck for db.""",
        ver=g.d.version(),
        p1=g.d.port(),
        pg=str(g.n(13, 17)),
    )


@T("c-space-code-kalman", "code")
def kalman_code(g):
    return t(
        """
        import numpy as np

        def kalman_step(x, P, z, F, H, Q, R):
            # predict
            x = F @ x
            P = F @ P @ F.T + Q
            # update (Joseph form for stability)
            K = P @ H.T @ np.linalg.inv(H @ P @ H.T + R)
            return x + K @ (z - H @ x), (np.eye(len(x)) - K @ H) @ P

        This diverges after ~{n} steps on the Juno tracking data. Ideas?""",
        n=str(g.n(200, 5000)),
    )


@T("c-rental-code-sql", "code")
def bookings_sql(g):
    return t(
        """
        SELECT date_trunc('month', pickup_at) AS month,
               vehicle_class,
               count(*) AS bookings,
               avg(total_price) AS avg_price
        FROM bookings
        WHERE pickup_at >= '{date}' AND status <> 'cancelled'
        GROUP BY 1, 2
        ORDER BY 1;
        -- add a column for the share of Ford Transit bookings""",
        date=g.d.iso_date(),
    )


@T("c-courier-code-dijkstra", "code")
def dijkstra_js(g):
    return t(
        """
        // Dijkstra's algorithm over the depot graph; edges weighted by minutes
        function shortest(graph, start) {
          const dist = new Map([[start, 0]]);
          const queue = new MinHeap([[0, start]]);
          while (queue.size) {
            const [d, node] = queue.pop();
            for (const [next, w] of graph.get(node) ?? []) {
              if (d + w < (dist.get(next) ?? Infinity)) {
                dist.set(next, d + w);
                queue.push([d + w, next]);
              }
            }
          }
          return dist;
        }
        Why is this slow for {n} depots?""",
        n=str(g.n(2000, 90000)),
    )


@T("c-locker-code-go", "code")
def locker_go(g):
    return t(
        """
        type DoorState int

        const (
            Closed DoorState = iota
            Open
            Jammed
        )

        // firmware {ver} reports Jammed as 3, not 2
        func parse(b byte) DoorState { return DoorState(b) }
        How should I map the new value without breaking old lockers?""",
        ver=g.d.version(),
    )


@T("c-lab-code-pandas", "code")
def pandas_code(g):
    return t(
        """
        df = pd.read_csv("deseq_results_{run}.tsv", sep="\\t")
        hits = df[(df.padj < 0.05) & (df.log2FC.abs() > 1)]
        print(hits.loc[hits.gene.isin(["Shh", "Gli1", "Ptch1"])])
        The Shh row is missing although it's in the file. Why?""",
        run=g.d.sha(6),
    )


@T("c-beauty-code-blur", "code")
def beauty_blur(g):
    return t(
        """
        from PIL import Image, ImageFilter

        img = Image.open("swatch_{sku}.png")
        bg = img.filter(ImageFilter.GaussianBlur(radius={r}))
        bg.save("swatch_{sku}_bg.jpg", quality={q})
        The Gaussian blur makes the Copperleaf bottle edges glow. How do I mask the product?""",
        sku=g.d.sku().lower(),
        r=str(g.n(2, 12)),
        q=str(g.n(70, 95)),
    )


@T("c-lab-chat-nobel", "chat")
def lab_nobel(g):
    return t(
        "Which Nobel Prize-winning work relied on HeLa cells? I'm writing a {w}-word "
        "explainer for the lab's open day, with a side note on Sonic hedgehog and why genes get "
        "such odd names (Pikachurin, tinman, Kruppel).",
        w=str(g.pick((300, 500, 800))),
    )
