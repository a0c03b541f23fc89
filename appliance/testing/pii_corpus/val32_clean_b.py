"""val32 clean templates, part B (json, toolcall, csv, tsv, markdown_table, html, xml, yaml,
code, log): structured data with no personal data, full of identifiers that look like it."""

from __future__ import annotations

from appliance.testing.pii_corpus.val32_gen import t

TEMPLATES = [
    t(
        "c-furniture-json-1",
        "json",
        "furniture",
        r"""
        {
          "sku": "[[sku1]]",
          "name": "Astrid 3-seat sofa",
          "variants": [
            {"cover": "moss green", "hex": "[[hex1]]", "stock": [[num1]]},
            {"cover": "sand", "hex": "[[hex2]]", "stock": [[num2]]}
          ],
          "related": ["Ingrid floor lamp", "Billy bookcase", "Malin rug"],
          "price": {"amount": "[[price1.l]]", "valid_from": "[[date1.1]]"}
        }
    """,
    ),
    t(
        "c-games-json-1",
        "json",
        "games",
        r"""
        {"boss": "Lady Morwenna", "phases": 3, "enrage_s": 480,
         "adds": [{"name": "Old Jebediah", "spawn_pct": 25}],
         "loot": [{"item": "Morwenna's Veil", "drop": 0.04},
                  {"item": "Raven Feather", "drop": 0.6}],
         "servers": ["Ingeborg-EU3", "Bertha-NA", "Rupertsberg"],
         "build": "[[ver1]]", "hash": "[[hash1]]"}
    """,
    ),
    t(
        "c-cruise-json-1",
        "json",
        "cruise",
        r"""
        {
          "ship": "Queen Isolde",
          "decks": [
            {"name": "Magellan", "cabins": 112},
            {"name": "Columbus", "cabins": 96},
            {"name": "Picasso", "cabins": 0, "venues": ["Darwin Lounge", "Escoffier Grill"]}
          ],
          "sailing": "[[code1]]",
          "departs": "[[date1.1]]T17:00:00"
        }
    """,
    ),
    t(
        "c-crypto-json-1",
        "json",
        "crypto",
        r"""
        {"pair": "DOGE-EUR", "side": "sell", "type": "limit", "price": "0.[[build1]]",
         "size": "[[big1]]", "client_order_id": "[[uuid1]]", "time_in_force": "GTC",
         "status": "filled", "fee": "[[amount1]]", "tx": "[[tx1]]"}
    """,
    ),
    t(
        "c-hotel-toolcall-1",
        "toolcall",
        "hotel",
        r"""
        {"name": "check_availability", "arguments": {"room_type": "Hemingway Suite", \
        "check_in": "[[date1.1]]", "nights": [[num1]], "adults": 2, \
        "rate_plan": "[[code1]]", "promo": "SUMMER[[num2]]"}}
    """,
    ),
    t(
        "c-ski-toolcall-1",
        "toolcall",
        "ski",
        r"""
        <tool_call>
        {"name": "get_lift_status", "arguments": {"lifts": ["Romy", "Gräfin Sophie", \
        "Kaiserin T-bar"], "at": "[[date1.1]]T[[time1.24]]"}}
        </tool_call>
    """,
    ),
    t(
        "c-vet-toolcall-1",
        "toolcall",
        "vet",
        r"""
        book_slot(clinic="Fernhill Vets", room=[[num1]], species="rabbit", \
        pet_name="Nigel", reason="nail trim", start="[[date1.1]] [[time1]]", \
        duration_min=15)
    """,
    ),
    t(
        "c-council-toolcall-1",
        "toolcall",
        "council",
        r"""
        {"function": "lookup_collection_calendar", "parameters": {"round": "K-[[num1]]", \
        "bin": "garden", "from": "[[date1.1]]", "weeks": 6}}
    """,
    ),
    t(
        "c-toys-csv-1",
        "csv",
        "toys",
        r"""
        sku,product,brand_line,rrp,stock,ean
        [[sku1]],Barbie Dreamhouse,Barbie,"[[price1.l]]",[[num1]],5[[build1]]0331
        [[sku2]],Ken Beach Day,Barbie,"[[price2.s]]",[[num2]],5[[build2]]1182
        [[sku3]],Polly Pocket Pool Party,Polly Pocket,"[[price3.s]]",[[num3]],5[[build3]]9047
        [[sku4]],Sindy Riding Club,Sindy,"[[price4.s]]",0,5[[build4]]6620
    """,
    ),
    t(
        "c-cars-csv-1",
        "csv",
        "cars",
        r"""
        model,trim,battery_kwh,range_km,list_price
        Renault Zoe,Iconic,52,395,"[[price1.l]]"
        Renault Clio E-Tech,Esprit Alpine,1.2,n/a,"[[price2.l]]"
        Kia Carens,3,n/a,n/a,"[[price3.l]]"
        Nissan Juke,Tekna,1.2,n/a,"[[price4.l]]"
    """,
    ),
    t(
        "c-energy-csv-1",
        "csv",
        "utilities",
        r"""
        meter,read_date,reading_kwh,type,estimated
        [[meter1]],[[date1.1]],[[build1]],E7 day,N
        [[meter1]],[[date1.1]],[[build2]],E7 night,N
        [[meter2]],[[date2.1]],[[build3]],single,Y
    """,
    ),
    t(
        "c-golf-tsv-1",
        "tsv",
        "golf",
        r"""
        hole	name	par	yards	stroke_index
        1	The Gate	4	382	9
        7	Old Tom's	3	176	15
        14	Braid's Leap	5	521	3
        18	Home	4	418	1
    """,
    ),
    t(
        "c-subs-tsv-1",
        "tsv",
        "subtitling",
        r"""
        cue	start	end	chars	flag
        112	[[tc1]]	[[tc2]]	41	ok
        113	[[tc3]]	[[tc4]]	47	too_long
        114	[[tc5]]	[[tc6]]	18	ok
    """,
    ),
    t(
        "c-fashion-markdown-1",
        "markdown_table",
        "fashion",
        r"""
        | Look | Piece | Colour | Hex | Status |
        |---|---|---|---|---|
        | 03 | Mathilde coat | camel | [[hex1]] | approved |
        | 07 | Anouk slip dress | ink | [[hex2]] | resample |
        | 11 | Ottoline bag | oxblood | [[hex3]] | approved |
        | 14 | Colette scarf | sage | [[hex4]] | on hold |
    """,
    ),
    t(
        "c-research-markdown-1",
        "markdown_table",
        "research",
        r"""
        ### Prize lectures - day two

        | Time | Lecture | Room |
        |---|---|---|
        | [[time1]] | Nobel lecture | Bohr auditorium |
        | [[time2]] | Fields Medal lecture | Abel Hall |
        | [[time3]] | Turing Award keynote | Room [[room1]] |
    """,
    ),
    t(
        "c-nursery-markdown-1",
        "markdown_table",
        "nursery",
        r"""
        Menu, week of [[date1]]

        | Day | Peter Rabbit room | Gruffalo room |
        |---|---|---|
        | Mon | veg pasta bake | veg pasta bake |
        | Tue | fish pie (no egg) | fish pie |
        | Wed | lentil dhal | lentil dhal, rice |
        | Thu | shepherd's pie | shepherd's pie |
    """,
    ),
    t(
        "c-hotel-html-1",
        "html",
        "hotel",
        r"""
        <section class="suite">
          <h2>The Hemingway Suite</h2>
          <p>Writing desk, clawfoot bath and garden views.
             From <span class="price">[[price1.m]]</span>.</p>
          <a class="btn" href="/book?room=hemingway&amp;promo=[[code1]]">Book now</a>
        </section>
        <section class="suite">
          <h2>The Garbo Suite</h2>
          <p>A private terrace and breakfast at the Escoffier. From [[price2.m]].</p>
        </section>
    """,
    ),
    t(
        "c-toys-html-1",
        "html",
        "toys",
        r"""
        <div class="product" data-sku="[[sku1]]">
          <img src="/img/polly-pocket-pool-party.webp" alt="Polly Pocket Pool Party">
          <h3>Polly Pocket Pool Party</h3>
          <p class="price">[[price1.s]]</p>
          <p class="stock">Only [[num1]] left - order by [[time1]] for next-day delivery</p>
          <button style="background:[[hex1]]">Add to basket</button>
        </div>
    """,
    ),
    t(
        "c-council-html-1",
        "html",
        "council",
        r"""
        <table class="fees">
          <caption>Parking permit fees [[year1]]</caption>
          <tr><th>Permit</th><th>Annual</th></tr>
          <tr><td>Resident, first vehicle</td><td>[[price1.m]]</td></tr>
          <tr><td>Resident, second vehicle</td><td>[[price2.m]]</td></tr>
          <tr><td>Visitor (10 sessions)</td><td>[[price3.s]]</td></tr>
        </table>
    """,
    ),
    t(
        "c-cars-xml-1",
        "xml",
        "cars",
        r"""
        <inventory dealer="Garage du Lac" updated="[[date1.1]]">
          <vehicle stock="[[ref1]]" model="Renault Zoe" trim="Iconic" colour="Celadon Blue"/>
          <vehicle stock="[[ref2]]" model="Nissan Micra" trim="Acenta" colour="Pearl White"/>
          <vehicle stock="[[ref3]]" model="Opel Adam" trim="Jam" colour="Saffron"/>
        </inventory>
    """,
    ),
    t(
        "c-subs-xml-1",
        "xml",
        "subtitling",
        r"""
        <tt xmlns="http://www.w3.org/ns/ttml" xml:lang="en">
          <body><div>
            <p begin="[[tc1]]" end="[[tc2]]">Inspector Garnet, you're late.</p>
            <p begin="[[tc3]]" end="[[tc4]]">The ferry was late, Miss Pemble.</p>
          </div></body>
        </tt>
    """,
    ),
    t(
        "c-energy-xml-1",
        "xml",
        "utilities",
        r"""
        <outage id="[[ref1]]" status="restored">
          <feeder>11kV F-[[num1]]</feeder>
          <start>[[date1.1]]T06:10:00Z</start>
          <end>[[date1.1]]T[[time1.24]]:00Z</end>
          <customers_affected>[[big1]]</customers_affected>
          <cause>tree contact, storm Ottilie</cause>
        </outage>
    """,
    ),
    t(
        "c-games-yaml-1",
        "yaml",
        "games",
        r"""
        raid: old-jebediah
        version: [[ver1]]
        bosses:
          - name: Lady Morwenna
            hp: 4200000
            enrage_seconds: 480
          - name: Old Jebediah
            hp: 2600000
        shards: [Ingeborg-EU3, Bertha-NA]
        loot_table: lt_[[hash1.short]]
    """,
    ),
    t(
        "c-nursery-yaml-1",
        "yaml",
        "nursery",
        r"""
        rooms:
          - name: Peter Rabbit
            ages: "0-2"
            ratio: "1:3"
            capacity: 9
          - name: Gruffalo
            ages: "2-3"
            ratio: "1:4"
            capacity: 16
          - name: Paddington
            ages: "3-5"
            ratio: "1:8"
            capacity: 24
        opening_hours: "07:30-18:00"
    """,
    ),
    t(
        "c-crypto-yaml-1",
        "yaml",
        "crypto",
        r"""
        assets:
          DOGE:
            display_name: Dogecoin
            decimals: 8
            min_withdrawal: "25"
            confirmations: [[num1]]
          BTC:
            display_name: Bitcoin
            unit_names: [satoshi, sat]
            confirmations: 3
        wallet_service: hodlwise-wallet:[[ver1]]
    """,
    ),
    t(
        "c-code-python-1",
        "code",
        "dev",
        r"""
        import numpy as np
        from scipy.ndimage import gaussian_filter


        def smooth(image: np.ndarray, sigma: float = 1.5) -> np.ndarray:
            # Gaussian blur before edge detection (see ticket [[ticket1]])
            return gaussian_filter(image, sigma=sigma)


        # Kalman filter for the lift queue sensor; port [[port1]] on the gateway
        KALMAN_Q = 0.01
    """,
    ),
    t(
        "c-code-sql-1",
        "code",
        "dev",
        r"""
        -- weekly sell-through for the Billy and Ingrid ranges
        SELECT sku, product_name, SUM(qty) AS units, SUM(qty * unit_price) AS revenue
        FROM order_lines
        WHERE product_line IN ('Billy', 'Ingrid', 'Astrid')
          AND order_date >= DATE '[[date1.1]]'
        GROUP BY sku, product_name
        ORDER BY units DESC
        LIMIT [[num1]];
    """,
    ),
    t(
        "c-code-go-1",
        "code",
        "dev",
        r"""
        // Dijkstra's shortest path over the ski-lift graph.
        func ShortestPath(g *Graph, from, to string) ([]string, float64) {
            dist := map[string]float64{from: 0}
            prev := map[string]string{}
            pq := newQueue()
            pq.Push(from, 0)
            for pq.Len() > 0 {
                u := pq.Pop()
                if u == to {
                    break
                }
                for _, e := range g.Edges(u) {
                    if d := dist[u] + e.Minutes; d < distOr(dist, e.To) {
                        dist[e.To], prev[e.To] = d, u
                        pq.Push(e.To, d)
                    }
                }
            }
            return walk(prev, to), dist[to]
        }
    """,
    ),
    t(
        "c-code-js-1",
        "code",
        "dev",
        r"""
        // TODO: bill me for the extra seats later - ticket [[ticket1]]
        const PLANS = {
          starter: { seats: 5, priceMonthly: 29 },
          team: { seats: 25, priceMonthly: 119 },
        };
        export function seatsLeft(plan, used) {
          return Math.max(0, PLANS[plan].seats - used);
        }
        console.log(`build [[ver1]] (${"[[hash1.short]]"})`);
    """,
    ),
    t(
        "c-code-yamlci-1",
        "code",
        "dev",
        r"""
        # .github/workflows/ci.yml
        name: ci
        on: [push]
        jobs:
          test:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - uses: actions/setup-python@v5
                with: {python-version: "3.12"}
              - run: pip install -e ".[dev]" && pytest -q
    """,
    ),
    t(
        "c-log-app-1",
        "log",
        "dev",
        r"""
        [[date1.1]]T09:00:01Z INFO  scheduler  job=nightly-stock started build=[[build1]]
        [[date1.1]]T09:00:04Z INFO  stock      sku=[[sku1]] name="Billy bookcase" on_hand=[[num1]]
        [[date1.1]]T09:00:04Z WARN  stock      sku=[[sku2]] name="Ingrid lamp" below_reorder=true
        [[date1.1]]T09:00:09Z INFO  scheduler  job=nightly-stock finished in 8.1s
    """,
    ),
    t(
        "c-log-game-1",
        "log",
        "games",
        r"""
        [[time1.24]]:02 [shard Bertha-NA] raid instance [[uuid1]] created boss=Old_Jebediah
        [[time1.24]]:45 [shard Bertha-NA] phase 2 reached, floor flood triggered
        [[time1.24]]:59 [shard Bertha-NA] wipe after 402s, enrage=false
        [[time1.24]]:59 [shard Ingeborg-EU3] queue length 1,204, est. wait 6 min
    """,
    ),
    t(
        "c-log-crypto-1",
        "log",
        "crypto",
        r"""
        level=info ts=[[date1.1]]T12:00:00Z svc=sweeper msg="cold sweep started" asset=DOGE
        level=info ts=[[date1.1]]T12:00:07Z svc=sweeper msg="tx broadcast" tx=[[tx1]]
        level=warn ts=[[date1.1]]T12:01:10Z svc=sweeper msg="fee spike" fee=[[amount1]]
        level=info ts=[[date1.1]]T12:03:42Z svc=sweeper msg="confirmed" confs=6
    """,
    ),
    t(
        "c-log-energy-1",
        "log",
        "utilities",
        r"""
        [[date1.2]] [[time1.24]] SCADA feeder F-[[num1]] trip (earth fault) breaker CB-[[build1]]
        [[date1.2]] [[time1.24]] SCADA auto-reclose attempt 1 failed
        [[date1.2]] [[time2.24]] SCADA manual close by control room, load restored [[pct1]]
    """,
    ),
]
