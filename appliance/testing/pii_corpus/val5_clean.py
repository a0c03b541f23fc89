"""val5's clean templates: no person, place, e-mail address, phone number or other personal
value, but the decoys real traffic is full of (order, invoice, tracking and case numbers,
dates, versions, prices, SKUs, ISBNs, hashes, product, brand and company names, some named
after people or places, holidays, languages, planets, code identifiers). The slots are the
decoy kinds of val5_gen."""

from __future__ import annotations

from appliance.testing.pii_corpus.val5_personal import T

CLEAN: list[tuple[str, str]] = [
    # ---- chat ------------------------------------------------------------------------
    T(
        "chat",
        "Summarise clause 9 (Limitation of Liability) of this NDA in plain English for a non-lawyer. The Receiving Party's liability is capped at [[price]] except for breaches of Clause 4.",
    ),
    T(
        "chat",
        "Write a lesson plan for Year 9 on the water cycle: 50 minutes, one starter activity, one group task, an exit ticket. The class has [[n2]] students and two teaching assistants.",
    ),
    T(
        "chat",
        "Our Ford Transit fleet averages 9.4 L/100 km. If diesel is [[price]] per litre and each van does 210 km a day, what's the monthly fuel bill for 14 vans over 22 working days?",
    ),
    T(
        "chat",
        "Compare the Dyson V15 and the Miele Triflex HX2 for a flat with two cats. Budget around [[price]].",
    ),
    T(
        "chat",
        'Translate into Swahili: "Your order [[order]] has shipped and should arrive within 3-5 working days."',
    ),
    T(
        "chat",
        "Explain the difference between a fixed-rate and a tracker mortgage like I'm 16. Use an example with a [[n2]]-year term and a [[pct]] rate.",
    ),
    T(
        "chat",
        "Give me a Diwali menu for [[n2]] people, half vegetarian, nothing with peanuts, and a shopping list sorted by supermarket aisle.",
    ),
    T(
        "chat",
        "Is it better to store invoice amounts as DECIMAL(12,2) or as integer cents in PostgreSQL [[ver]]? We bill in EUR and JPY.",
    ),
    T(
        "chat",
        "what does 'force majeure' actually cover in a shipping contract? asking because our container on the EVER ACE is stuck since [[date]]",
    ),
    T(
        "chat",
        "Rank these Jira tickets by urgency: [[ticket]] (checkout 500s), [[ticket]] (typo on FAQ), [[ticket]] (slow search), [[ticket]] (SSO broken for Okta users).",
    ),
    T(
        "chat",
        "Write a 100-word recap for the staff newsletter: the All Blacks beat the Springboks [[n2]]-[[n2]], and our five-a-side team won the office league on penalties.",
    ),
    T(
        "chat",
        "Port this Python helper to Rust and to Kotlin, keeping the same name: def slugify_v[[n2]](title: str) -> str: return re.sub(r'[^a-z0-9]+', '-', title.lower()).strip('-')",
    ),
    # ---- email -----------------------------------------------------------------------
    T(
        "email",
        """
        Subject: Invoice [[inv]] – payment reminder

        Dear Customer,

        Our records show that invoice [[inv]] dated [[date]] for [[price]] remains unpaid. Please arrange payment within 14 days or contact our accounts team via the customer portal.

        Kind regards,
        Accounts Receivable
        """,
    ),
    T(
        "email",
        """
        Subject: Release [[ver]] is out

        Hi all,

        Release [[ver]] of the Grafana dashboards is live. Highlights: the warehouse throughput panel now refreshes every 30 s, and the Kafka lag alert uses the p95 instead of the mean. Build [[build]], commit [[sha7]].

        Platform team
        """,
    ),
    T(
        "email",
        """
        Subject: Room block for the Q3 offsite

        Hello,

        Please hold 18 double rooms from [[date]] for three nights under booking reference [[order]]. We will need the conference room with a projector on the second day from 09:00 to 17:00. Dietary requirements to follow.

        Thank you,
        Events Team
        """,
    ),
    T(
        "email",
        """
        Subject: Your application – next steps

        Dear Applicant,

        Thank you for applying for the role of Warehouse Operations Analyst (req. [[ticket]]). The next stage is a 45-minute online assessment. Please complete it by [[date]] using the link in your candidate portal.

        Talent Acquisition
        """,
    ),
    T(
        "email",
        """
        Subject: Lab results available

        Dear Patient,

        New results have been added to your record: full blood count, HbA1c and lipid panel (sample [[num]]-B). Log in to the patient app to view them. If you have questions, please book a review through the app.

        Outpatient Services
        """,
    ),
    T(
        "email",
        """
        Subject: Term dates and Inset days

        Dear Parents and Carers,

        Autumn term runs until the Friday before Christmas; Inset days fall on [[date]] and [[date]]. The Year 7 trip to the Science Museum is now confirmed at [[price]] per pupil.

        School Office
        """,
    ),
    # ---- sms -------------------------------------------------------------------------
    T("sms", "Your verification code is [[num]]. It expires in 10 minutes. Never share this code."),
    T(
        "sms",
        "Parcel [[track]] is out for delivery today between [[time]] and [[time]]. Manage delivery in the app.",
    ),
    T("sms", "Table for 4 confirmed at 7:30pm Saturday. Ref [[order]]. Reply C to cancel."),
    T(
        "sms",
        "ok leaving now, traffic on the ring road is awful, there in [[n2]] min, save me some cake",
    ),
    T(
        "sms",
        "Payment of [[price]] to Netflix declined. If this wasn't you, freeze your card in the app.",
    ),
    # ---- letter ----------------------------------------------------------------------
    T(
        "letter",
        """
        Dear Sir or Madam,

        Re: Policy [[order]] – change of cover

        We confirm that from [[date]] your home contents cover increases to [[price]]. Your premium is unchanged. This letter should be kept with your policy documents.

        Yours faithfully,
        Customer Services
        """,
    ),
    T(
        "letter",
        """
        To the Landlord,

        I am writing to report that the boiler in the flat has failed twice this month (see maintenance tickets [[ticket]] and [[ticket]]). Under the tenancy agreement repairs to heating must be completed within a reasonable time. I request that an engineer attends this week.

        Yours faithfully,
        The Tenant
        """,
    ),
    T(
        "letter",
        """
        Dear Member,

        The Annual General Meeting of the Harbour Rowing Club will be held on [[date]] at 19:00 in the clubhouse. Agenda: accounts for the year, election of the committee, and the proposal to buy a new coxed four (quote [[price]]).

        The Secretary
        """,
    ),
    T(
        "letter",
        """
        Dear Valued Guest,

        Thank you for staying with Hilton. Your folio for stay [[order]] is attached; the total charged was [[price]], including city tax. We hope to welcome you again.

        Front Office Manager
        """,
    ),
    T(
        "letter",
        """
        To the Tribunal,

        The Respondent submits the attached bundle (pages 1–[[num]]) in support of its defence. The Respondent relies on the Employment Handbook, version [[ver]], section 12 (Grievance Procedure).

        Solicitors for the Respondent
        """,
    ),
    # ---- notes -----------------------------------------------------------------------
    T(
        "notes",
        """
        Sprint planning [[date]]
        - carry over [[ticket]] (retry logic for label printer)
        - spike: move cron jobs to Airflow [[ver]]
        - capacity: 42 points, 2 people on leave
        - demo on Thursday after standup
        """,
    ),
    T(
        "notes",
        """
        Contract review checklist
        1. Parties correctly defined?
        2. Term and renewal (auto-renew 12 months?)
        3. Governing law clause
        4. Data Processing Addendum attached (v[[num]])
        5. Liability cap vs. fees paid in the prior 12 months
        """,
    ),
    T(
        "notes",
        """
        Menu tasting — autumn
        Starter: roast squash soup, sage oil
        Main: braised short rib, celeriac mash (cost/plate [[price]])
        Dessert: Ben & Jerry's sundae bar for the kids' menu?
        Wine: ask supplier about the house Chardonnay allocation
        """,
    ),
    T(
        "notes",
        """
        Lecture [[n2]] — Supply chain resilience
        * bullwhip effect: small demand changes amplify upstream
        * safety stock = z × σ × √lead time
        * case study: chip shortage of 2021, automotive sector
        """,
    ),
    T(
        "notes",
        """
        Warehouse audit [[date]]
        Aisle 14: 3 pallets of [[sku]] mislabelled
        Aisle 22: fire exit blocked by returns cage — moved
        Scanner HX-07 firmware [[ver]] crashes on 2D codes
        """,
    ),
    # ---- voice_note ------------------------------------------------------------------
    T(
        "voice_note",
        "remind me to renew the car insurance before the [[n2]]th and check if the tesla needs a tyre rotation",
    ),
    T(
        "voice_note",
        "add milk [[n2]] eggs flour and the good olive oil to the list and also buy candles for hanukkah",
    ),
    T(
        "voice_note",
        "note for the team meeting at [[time]] we need to decide on the jenkins migration and whether grafana alerts go to slack or to pagerduty",
    ),
    T(
        "voice_note",
        "set a timer for [[n2]] minutes and then remind me to stretch and drink water",
    ),
    T(
        "voice_note",
        "ideas for the blog post due [[date]] five mistakes first time landlords make deposit protection inventory gas safety certificate and insurance",
    ),
    # ---- transcript ------------------------------------------------------------------
    T(
        "transcript",
        """
        Agent: Thanks for calling, how can I help?
        Caller: I've got an order, number [[order]], and the tracking hasn't moved since Tuesday.
        Agent: Let me look... It's at the sorting hub, there's a backlog after the storm. It should move tonight.
        Caller: OK, thanks.
        """,
    ),
    T(
        "transcript",
        """
        [00:01:12] Presenter: So on slide four you can see revenue up [[pct]] quarter on quarter.
        [00:01:20] Attendee: Is that including the Salesforce migration costs?
        [00:01:24] Presenter: No, those sit in opex, we'll get to that on slide nine.
        """,
    ),
    T(
        "transcript",
        """
        Teacher: Open your books at page [[num]]. Today we start the unit on Mars and Jupiter.
        Student: Are we doing the model rockets too?
        Teacher: Next week, if the weather is good.
        """,
    ),
    T(
        "transcript",
        """
        Judge: Counsel, is the exhibit marked?
        Counsel: Yes, Your Honour, exhibit 14, the delivery note dated [[date]].
        Judge: Very well. Continue.
        """,
    ),
    T(
        "transcript",
        """
        Support bot: Hi! What can I help you with today?
        User: my invoice [[inv]] shows VAT twice
        Support bot: Sorry about that. I've opened case [[ticket]] with billing. You'll hear back within 2 working days.
        """,
    ),
    # ---- forum -----------------------------------------------------------------------
    T(
        "forum",
        """
        Re: Best budget standing desk?

        Got the FlexiSpot E7 for [[price]] during Black Friday. Motor is quiet, wobble is minimal at max height. Avoid the cheap no-name ones with a single motor.
        """,
    ),
    T(
        "forum",
        """
        [Pinned] Community rules — please read

        1. No sharing of personal information (yours or anyone else's).
        2. No buying/selling outside the Marketplace channel.
        3. Keep spoilers in #spoilers for [[n2]] days after an episode airs.
        Breaking rule 1 = instant ban.
        """,
    ),
    T(
        "forum",
        """
        Bug report: app crashes when exporting to PDF

        Version [[ver]] on Android 14, Pixel 8. Steps: open any invoice > Share > PDF. Crash log attached ([[uuid]]). Worked fine in [[ver]].
        """,
    ),
    T(
        "forum",
        """
        Mod log:
        - thread "Eid al-Fitr recipes" moved to Food
        - post #[[num]] removed (spam, crypto giveaway)
        - user warned for slurs (2nd warning)
        """,
    ),
    T(
        "forum",
        """
        Re: Is Patagonia's warranty still worth it?

        Yes. Sent back a Nano Puff with a ripped seam, they fixed it in [[n2]] days for free. Same experience with Arc'teryx, slower though.
        """,
    ),
    # ---- form ------------------------------------------------------------------------
    T(
        "form",
        """
        RETURN AUTHORISATION FORM
        RMA number: RMA-[[num]]
        Order number: [[order]]
        Item: [[sku]]   Qty: 2
        Reason: ☐ damaged ☒ wrong size ☐ other
        Refund to: original payment method
        """,
    ),
    T(
        "form",
        """
        EXPENSE CLAIM
        Cost centre: CC-4410
        Date of expense: [[date]]
        Category: Travel – rail
        Amount: [[price]]
        Receipt attached: Yes
        Approver role: Line manager
        """,
    ),
    T(
        "form",
        """
        CHANGE REQUEST
        ID: [[ticket]]
        System: Kubernetes cluster prod-eu
        Change: upgrade from [[ver]] to [[ver]]
        Risk: medium   Rollback plan: yes
        Window: [[date]] 22:00–23:30 UTC
        """,
    ),
    T(
        "form",
        """
        PROPERTY INSPECTION CHECKLIST
        Smoke alarms tested: ✓
        EPC rating: C (expires 2031)
        Gas safety certificate no.: GS-[[num]]
        Meter readings: elec 0041823, gas 11932
        """,
    ),
    T(
        "form",
        """
        COURSE REGISTRATION
        Course code: LOG-204 (Customs and Trade Compliance)
        Term: Spring [[num]]
        Credits: 6
        Prerequisites met: ☒
        Delivery: blended (Moodle + 4 workshops)
        """,
    ),
    # ---- json ------------------------------------------------------------------------
    T(
        "json",
        'Why is "total" a string here?\n{"invoice": "[[inv]]", "currency": "EUR", "lines": [{"sku": "[[sku]]", "qty": 3, "unit": 19.9}], "total": "59.70"}',
    ),
    T(
        "json",
        '{"build": "[[build]]", "commit": "[[sha]]", "status": "failed", "stage": "integration-tests", "duration_s": [[num]]}',
    ),
    T(
        "json",
        '{"shipment": "[[track]]", "events": [{"code": "AR", "desc": "Arrived at hub", "ts": "[[date]]"}, {"code": "DP", "desc": "Departed hub", "ts": "[[date]]"}]}\nWhy is the departure before the arrival?',
    ),
    T(
        "json",
        '{"model": "gpt-4o-mini", "temperature": 0.2, "max_tokens": [[num]], "messages": [{"role": "system", "content": "You are a terse assistant for a freight forwarder."}]}',
    ),
    T(
        "json",
        '{"listing_id": "[[uuid]]", "type": "flat", "bedrooms": 2, "rent_pcm": 1375, "epc": "C", "features": ["balcony", "bike store"]}',
    ),
    T(
        "json",
        '{"isbn": "[[isbn]]", "title": "Operations Management", "edition": 6, "price": "[[price]]", "stock": [[num]]}',
    ),
    # ---- csv -------------------------------------------------------------------------
    T(
        "csv",
        "sku,description,qty,unit_price\n[[sku]],Oak side table,4,89.00\n[[sku]],Linen lamp shade,12,24.50\n[[sku]],Steel desk frame,2,310.00\nAdd a total column.",
    ),
    T(
        "csv",
        "date,route,stops,on_time_pct\n[[date]],R01,18,96.1\n[[date]],R02,22,88.4\n[[date]],R03,15,99.0\nWhich route needs attention?",
    ),
    T(
        "csv",
        "ticket,priority,component,age_days\n[[ticket]],P1,checkout,2\n[[ticket]],P3,search,40\n[[ticket]],P2,payments,9",
    ),
    T(
        "csv",
        "isbn,title,copies\n[[isbn]],Introduction to Contract Law,14\n[[isbn]],Statistics for Engineers,6\n[[isbn]],Organic Chemistry,9",
    ),
    T(
        "csv",
        "month,revenue,cogs,gross_margin\nJan,[[num]]000,288000,0.301\nFeb,398500,279100,0.300\nMar,455200,301000,0.339\nPlot gross margin over time with matplotlib.",
    ),
    # ---- tsv -------------------------------------------------------------------------
    T(
        "tsv",
        "hs_code\tdescription\tduty_rate\n8471.30\tportable computers\t0%\n6403.99\tleather footwear\t[[pct]]\n0901.21\troasted coffee\t2.6%",
    ),
    T(
        "tsv",
        "version\treleased\tnotes\n[[ver]]\t[[date]]\thotfix for label printing\n[[ver]]\t[[date]]\tnew pick-path optimiser",
    ),
    T(
        "tsv",
        "room_type\trate_low\trate_high\nStandard\t[[price]]\t[[price]]\nSuite\t[[price]]\t[[price]]",
    ),
    T(
        "tsv",
        "course\tenrolled\tpassed\nLOG-101\t84\t71\nLOG-204\t[[n2]]\t47\nFIN-110\t120\t96\nCompute pass rates.",
    ),
    T(
        "tsv",
        "order\tstatus\tcarrier\n[[order]]\tshipped\tDHL\n[[order]]\theld at customs\tFedEx\n[[order]]\tdelivered\tUPS",
    ),
    # ---- markdown_table --------------------------------------------------------------
    T(
        "markdown_table",
        "| Plan | Price | Seats |\n|---|---|---|\n| Starter | [[price]] | 5 |\n| Team | [[price]] | 25 |\n| Enterprise | custom | unlimited |\n\nWrite a short pricing FAQ from this.",
    ),
    T(
        "markdown_table",
        "| Metric | Q1 | Q2 |\n|---|---|---|\n| Orders | [[num]] | [[num]] |\n| Returns | 4.2% | 3.8% |\n| NPS | 41 | 47 |",
    ),
    T(
        "markdown_table",
        "| Holiday | Warehouse | Office |\n|---|---|---|\n| Easter Monday | open | closed |\n| Labour Day | closed | closed |\n| Boxing Day | skeleton crew ([[n2]] staff) | closed |",
    ),
    T(
        "markdown_table",
        "| Library | Version | Licence |\n|---|---|---|\n| Django | [[ver]] | BSD-3 |\n| Celery | [[ver]] | BSD-3 |\n| Sinatra | [[ver]] | MIT |\nAre these licences compatible with our product?",
    ),
    T(
        "markdown_table",
        "| Planet | Moons | Day length |\n|---|---|---|\n| Mars | 2 | 24.6 h |\n| Jupiter | 95 | 9.9 h |\n| Saturn | 146 | 10.7 h |\nMake a quiz of [[n2]] questions from this for Year 5.",
    ),
    # ---- code ------------------------------------------------------------------------
    T(
        "code",
        """
        def apply_discount(order: Order, pct: Decimal) -> Decimal:
            if not 0 <= pct <= [[n2]]:
                raise ValueError(f"discount out of range: {pct}")
            return (order.subtotal * (1 - pct / 100)).quantize(Decimal("0.01"))
        Add a unit test for the edge cases (ticket [[ticket]]).
        """,
    ),
    T(
        "code",
        """
        Traceback (most recent call last):
          File "/srv/app/workers/labels.py", line 214, in render
            barcode = Code128(shipment.tracking_no)
          File "/srv/app/.venv/lib/python3.11/site-packages/barcode/codex.py", line 88, in __init__
            raise IllegalCharacterError(code)
        barcode.errors.IllegalCharacterError: [[track]]
        """,
    ),
    T(
        "code",
        """
        SELECT sku, SUM(qty) AS units, SUM(qty * unit_price) AS revenue
        FROM order_lines
        WHERE created_at >= '[[date]]'
        GROUP BY sku
        ORDER BY revenue DESC
        LIMIT 20;
        -- why is this slow on 40M rows?
        """,
    ),
    T(
        "code",
        """
        const winston = require('winston');
        const morgan = require('morgan');
        app.use(morgan('combined', { stream: { write: (msg) => winston.info(msg.trim()) } }));
        // logs appear twice since [[ver]], why?
        """,
    ),
    T(
        "code",
        """
        describe('InvoiceTotal', () => {
          it('rounds half up', () => {
            expect(total([19.995, 0.005])).toBe(20.0);
          });
        });
        Jasmine says expected 19.99 to be 20. Karma runs it in Chrome [[ver]].
        """,
    ),
    T(
        "code",
        """
        FROM python:3.11-slim
        RUN pip install --no-cache-dir pandas==2.2.2 pyarrow==16.1.0
        COPY etl/ /app/etl/
        CMD ["python", "-m", "etl.run", "--since", "[[date]]"]
        Image is 1.2 GB, how do I shrink it?
        """,
    ),
    # ---- log -------------------------------------------------------------------------
    T(
        "log",
        """
        [[date]] [[time]] ERROR worker-3 job=[[uuid:j]] task=generate_invoice inv=[[inv]] err="timeout after 30s"
        [[date]] [[time]] INFO  worker-3 job=[[uuid:j]] retry 1/3
        """,
    ),
    T(
        "log",
        """
        kubelet: Back-off restarting failed container label-printer in pod label-printer-[[sha7]]-x2k4q
        kubelet: Liveness probe failed: HTTP probe failed with statuscode: 503
        What should I check first?
        """,
    ),
    T(
        "log",
        """
        [jenkins] Started by timer
        [jenkins] Building in workspace /var/lib/jenkins/workspace/warehouse-api
        [jenkins] + ./gradlew test
        [jenkins] BUILD FAILED in 4m 12s ([[num]] tests, 3 failed)
        """,
    ),
    T(
        "log",
        """
        nginx: [warn] upstream server temporarily disabled while connecting to upstream
        nginx: [error] 1234#0: *[[num]] upstream timed out (110: Connection timed out) while reading response header
        """,
    ),
    T(
        "log",
        """
        scan HX-07 [[time]] SKU [[sku]] qty 24 loc A-14-03 OK
        scan HX-07 [[time]] SKU [[sku]] qty 0 loc A-14-04 MISMATCH expected 12
        """,
    ),
    # ---- yaml ------------------------------------------------------------------------
    T(
        "yaml",
        """
        services:
          api:
            image: registry.internal/warehouse-api:[[ver]]
            replicas: 3
            env:
              LOG_LEVEL: info
              KAFKA_TOPIC: shipments.v2
        Why does compose ignore replicas?
        """,
    ),
    T(
        "yaml",
        """
        name: ci
        on: [push]
        jobs:
          test:
            runs-on: ubuntu-24.04
            timeout-minutes: [[n2]]
            steps:
              - uses: actions/checkout@v4
              - run: make test
        """,
    ),
    T(
        "yaml",
        """
        alerting:
          rules:
            - alert: HighOrderLatency
              expr: histogram_quantile(0.95, rate(order_latency_seconds_bucket[5m])) > 2
              for: [[n2]]m
              labels: {severity: page}
        """,
    ),
    T(
        "yaml",
        """
        course:
          code: FIN-110
          title: Principles of Finance
          modules: [time value of money, bonds, equities, capital budgeting]
          assessment: {exam: 60, coursework: 40}
          credits: [[n2]]
        """,
    ),
    T(
        "yaml",
        """
        menu:
          - item: Shakshuka
            price: [[n2]].50
            allergens: [egg]
          - item: Pad Thai
            price: 13.00
            allergens: [peanut, fish]
        """,
    ),
    # ---- toolcall --------------------------------------------------------------------
    T("toolcall", '{"tool": "get_shipment_status", "arguments": {"tracking_number": "[[track]]"}}'),
    T(
        "toolcall",
        '{"name": "search_case_law", "arguments": {"query": "implied term of mutual trust and confidence", "court": "EAT", "limit": [[n2]]}}',
    ),
    T(
        "toolcall",
        'tool_call: convert_currency(amount=1250, from="EUR", to="JPY")\ntool_result: {"amount": 203125, "rate": 162.5, "as_of": "[[date]]"}',
    ),
    T(
        "toolcall",
        '{"function": "create_ticket", "args": {"title": "Label printer offline in bay 3", "priority": "P2", "component": "warehouse", "related": ["[[ticket]]"]}}',
    ),
    T(
        "toolcall",
        '<tool_call>{"name": "run_sql", "parameters": {"query": "SELECT COUNT(*) FROM bookings WHERE checkin >= CURRENT_DATE - [[n2]]"}}</tool_call>',
    ),
    # ---- git_log ---------------------------------------------------------------------
    T(
        "git_log",
        "[[sha7]] fix: round VAT per line, not per invoice\n[[sha7]] chore: bump django to [[ver]]\n[[sha7]] feat(labels): support Code 128 subset C\n[[sha7]] docs: update README badges",
    ),
    T(
        "git_log",
        "commit [[sha]]\nMerge: [[sha7]] [[sha7]]\nDate:   [[date]]\n\n    Merge branch 'release/[[ver]]'",
    ),
    T(
        "git_log",
        "$ git log --oneline -3\n[[sha7]] (tag: [[ver]]) release\n[[sha7]] test: flaky Kafka consumer test quarantined\n[[sha7]] refactor: split PricingService",
    ),
    T(
        "git_log",
        "$ git diff --stat HEAD~1\n src/pricing/discounts.py | [[n2]] +++++++---\n tests/test_discounts.py  | 31 ++++++++++++++++++\n 2 files changed, 38 insertions(+), 7 deletions(-)",
    ),
    T(
        "git_log",
        "[[sha7]] ci: cache pip wheels\n[[sha7]] fix(hugo): broken links in the docs theme\n[[sha7]] build: pin terraform provider aws to 5.[[num]]",
    ),
]
