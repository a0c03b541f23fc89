"""The templates of the val4 part's clean prompts (appliance.testing.pii_corpus.val4): everyday
use of an LLM API with no personal data in it, full of decoys (order, invoice and tracking
numbers, dates and times, versions and four-part builds, prices, SKUs, ISBNs, UUIDs, hashes,
brands, libraries, model names, codenames, weekdays, months). Every «slot» here is a decoy."""

from __future__ import annotations

CLEAN: list[tuple[str, str]] = [
    # --- chat -------------------------------------------------------------------------------
    (
        "chat",
        "how do i pivot a dataframe in «lib1» so each month is a column? i have columns date, region_code, revenue",
    ),
    (
        "chat",
        "whats the difference between «model1» and «model2» for summarising long pdfs? budget is like «price1» a month",
    ),
    (
        "chat",
        "give me «num1» names for a coffee subscription box, playful but not cheesy. we launch in «month1»",
    ),
    ("chat", "explain like im 12: why does my laptop get slow when chrome has «num1» tabs open"),
    (
        "chat",
        "recipe for a quick weeknight dal, i have red lentils, tinned tomatoes, cumin, no fresh chillies. serves 4, needs to be ready by «time1»",
    ),
    (
        "chat",
        "is «ver1» of «lib1» compatible with python 3.12? getting a weird wheel error on install",
    ),
    ("chat", "write a haiku about a failed deploy on a «day1» afternoon"),
    (
        "chat",
        "my sourdough is super dense every time. 500g flour, 350g water, 100g starter, 10g salt, proofed 12h in fridge. tried again on «day1», same brick. what am i doing wrong",
    ),
    ("chat", "convert «num1»g butter to cups and 180C to F pls"),
    (
        "chat",
        "ok so the «prod1» i bought on «date1» stopped charging, warranty is 2 years, what should i say to support",
    ),
    (
        "chat",
        "can you suggest a 4 week beginner running plan, 3 runs a week, I can do 20 min max on weekdays, starting «day1»",
    ),
    (
        "chat",
        "what does HTTP 429 mean and how should my client back off? we call the API about «num1» times a minute",
    ),
    # --- email --------------------------------------------------------------------------------
    (
        "email",
        "Rewrite this to be shorter:\n\nHi team,\n\nJust a reminder that the quarterly inventory count happens on «day1», «date1», starting at «time1». Please make sure all returns tagged with «sku1» are shelved before then. Any questions, reply to this thread.\n\nThanks,\nWarehouse Ops",
    ),
    (
        "email",
        "Make this customer notice friendlier:\n\nDear Customer,\nYour invoice «inv1» for «price1» is overdue by 14 days. Please arrange payment to avoid service interruption. If you have already paid, please disregard this message.\nBilling Department",
    ),
    (
        "email",
        "Translate into German:\n\nHello,\nthe replacement part for order «order1» has shipped. Tracking number: «track1». Expected delivery: «date1».\nBest regards,\nCustomer Care",
    ),
    (
        "email",
        "Draft an announcement email: «code1» moves to general availability on «date1». Highlights: SSO, audit logs, 99.95% uptime SLA. Pricing starts at «price1» per seat.",
    ),
    (
        "email",
        "Subject: Re: PO «order1» - revised quote\n\nThanks for the update. We accept the revised unit price of «price1» for «num1» units of «sku1». Please confirm lead time.\n\nCan you turn this into a formal acceptance?",
    ),
    # --- tickets -----------------------------------------------------------------------------
    (
        "ticket",
        "Ticket «tkt1»\nPriority: P3\nComponent: checkout\nSummary: Discount code stacks with loyalty points\nSteps: add «sku1» to cart, apply code SPRING25, redeem 500 points\nExpected: only one discount\nActual: both applied, total «price1»\nWrite acceptance criteria for the fix.",
    ),
    (
        "ticket",
        "Summarise: «tkt1» - App crashes on launch after update to «build1». Affects «pct1» of Android sessions since «date1». Rollback candidate: «build2». Owner: mobile team.",
    ),
    (
        "ticket",
        "Customer reports the «prod1» firmware «ver1» bricks the device during update. Ticket «tkt1», RMA «order1». Draft a holding response, no blame, promise update by «day1».",
    ),
    (
        "ticket",
        "Bug: CSV export drops rows where the quantity is 0.\nEnv: prod, release «ver1» (build «sha1»)\nSeen on «date1» in export job «uuid1»\nSuggest a test case.",
    ),
    (
        "ticket",
        "Feature request «tkt1»: let admins bulk-archive projects older than 12 months. Votes: «num1». Related: «tkt2». Estimate the effort in t-shirt sizes.",
    ),
    # --- JSON ---------------------------------------------------------------------------------
    (
        "json",
        'Explain this API response:\n{"order_id": "«order1»", "status": "partially_shipped", "items": [{"sku": "«sku1»", "qty": 2, "shipped": 1}, {"sku": "«sku2»", "qty": 1, "shipped": 1}], "tracking": "«track1»", "updated_at": "«date1»"}',
    ),
    (
        "json",
        'Write a JSON schema for this:\n{"product": "«prod1»", "price": «num1».99, "currency": "EUR", "tags": ["refurbished", "grade-a"], "warranty_months": 12}',
    ),
    (
        "json",
        "Why does json.loads fail on this?\n{'id': '«uuid1»', 'version': '«ver1»', 'enabled': True, 'retries': 3,}",
    ),
    (
        "json",
        '{"model": "«model1»", "temperature": 0.2, "max_tokens": 800, "messages": [{"role": "system", "content": "You are a helpful assistant for «co1» product docs."}]}\nWhy do I get \'invalid model\' back?',
    ),
    (
        "json",
        'Merge these two feature flag configs, the second wins:\n{"checkout_v2": true, "dark_mode": false, "min_build": "«build1»"}\n{"dark_mode": true, "min_build": "«build2»"}',
    ),
    # --- CSV ------------------------------------------------------------------------------------
    (
        "csv",
        "Which product had the biggest margin?\nsku,product,cost,price\n«sku1»,«prod1»,210.00,349.00\n«sku2»,«prod2»,95.50,129.00\n«sku3»,«prod3»,18.20,39.90",
    ),
    (
        "csv",
        "Plot idea for this data?\nmonth,signups,churned\n«month1»,1240,88\n«month2»,1315,102\n«month3»,1198,97",
    ),
    (
        "csv",
        "Find the outlier:\nbuild,duration_s,tests\n«build1»,412,1820\n«build2»,398,1820\n«build3»,1290,1822",
    ),
    (
        "csv",
        "isbn,title,stock\n«isbn1»,Practical Statistics for Data Scientists,12\n«isbn2»,Designing Data-Intensive Applications,0\n«isbn3»,The Pragmatic Programmer,4\nWhich titles need reordering?",
    ),
    (
        "csv",
        "Convert to a markdown table: ticket;opened;sla_hours\n«tkt1»;«date1»;24\n«tkt2»;«date2»;8\n«tkt3»;«date3»;72",
    ),
    # --- code ---------------------------------------------------------------------------------
    (
        "code",
        "Why is this slow?\n\nfor i, row in df.iterrows():\n    df.at[i, 'total'] = row['qty'] * row['unit_price']\n\nThe frame has 2M rows, «lib1» «ver1».",
    ),
    (
        "code",
        "Review this function:\n\ndef parse_version(v: str) -> tuple[int, ...]:\n    return tuple(int(x) for x in v.split('.'))\n\nassert parse_version('«build1»') == («build1»)",
    ),
    (
        "code",
        'Rust: how do I avoid the clone here?\n\nlet names: Vec<String> = items.iter().map(|i| i.sku.clone()).collect();\nlookup(&names, "«sku1»");',
    ),
    (
        "code",
        "Write a bash one-liner that deletes docker images older than 30 days except the ones tagged «ver1».",
    ),
    (
        "code",
        "TypeScript complains 'Type string is not assignable to type OrderStatus':\n\ntype OrderStatus = 'open' | 'paid' | 'void';\nconst s: OrderStatus = row.status; // row from «lib1»",
    ),
    (
        "code",
        "Generate pytest parametrize cases for a function that validates ISBN-13, including «isbn1» (valid) and 978-0-00-000000-1 (invalid).",
    ),
    (
        "code",
        "In «lib1», how do I retry a task 3 times with exponential backoff? Current decorator: @app.task(bind=True, max_retries=«num1»)",
    ),
    (
        "code",
        "git log shows «sha1» as the merge that broke the build on «date1». How do I revert just that merge and keep «sha2»?",
    ),
    # --- logs -----------------------------------------------------------------------------------
    (
        "log",
        "What went wrong?\n«date1» «time1» ERROR [payments-worker-7] timeout after 30000ms calling ledger-svc (request «uuid1»)\n«date1» «time1» WARN  [payments-worker-7] retry 1/3\n«date1» «time1» ERROR [payments-worker-7] circuit open for ledger-svc",
    ),
    (
        "log",
        "Explain this kubernetes event list:\nBack-off restarting failed container api in pod api-7d9f8c6b5-x2lq9\nReadiness probe failed: HTTP probe failed with statuscode: 503\nSuccessfully pulled image registry.internal/api:«ver1»",
    ),
    (
        "log",
        "Build «build1» finished in 14m 02s\n  unit: 1820 passed, 3 skipped\n  e2e: 212 passed, 1 failed (checkout_flow_spec)\n  artifact sha256:«sha1_long»\nWrite the release channel message.",
    ),
    (
        "log",
        "[«time1»] GET /api/v2/orders/«order1» 200 41ms\n[«time1»] GET /api/v2/orders/«order2» 404 3ms\n[«time2»] POST /api/v2/orders 201 188ms\nwhy the 404?",
    ),
    (
        "log",
        "Windows Update log: installed KB5034441 on build «build1», rollback to «build2» failed with 0x80070643. What's the fix?",
    ),
    # --- SQL ---------------------------------------------------------------------------------------
    (
        "sql",
        "Write a query that returns the top 10 SKUs by revenue for «month1», excluding returns. Tables: order_lines(order_id, sku, qty, unit_price), returns(order_id, sku).",
    ),
    (
        "sql",
        "Why is this doing a seq scan?\nEXPLAIN SELECT * FROM shipments WHERE tracking_no = '«track1»';\n-- index exists on lower(tracking_no)",
    ),
    (
        "sql",
        "INSERT INTO products (sku, name, price) VALUES ('«sku1»', '«prod1»', «num1».00), ('«sku2»', '«prod2»', «num2».50);\nconvert to an upsert on sku",
    ),
    (
        "sql",
        "SELECT date_trunc('week', created_at) AS wk, count(*) FROM tickets WHERE status = 'open' GROUP BY 1 ORDER BY 1;\n-- PostgreSQL «ver1»\nhow do I fill missing weeks with zero?",
    ),
    (
        "sql",
        "Migrate this MySQL to Postgres:\nCREATE TABLE invoices (id INT AUTO_INCREMENT PRIMARY KEY, number VARCHAR(20), total DECIMAL(10,2), issued DATETIME DEFAULT NOW()); -- from MySQL «ver1»",
    ),
    # --- SMS ----------------------------------------------------------------------------------------
    (
        "sms",
        "Your «co1» order «order1» has shipped! Track it with «track1». Reply STOP to opt out. -- shorten to 100 characters",
    ),
    (
        "sms",
        "Is this a scam text? 'Your parcel is held at the depot, pay a «price1» fee at the link within 24h' (no sender name, just a short code)",
    ),
    (
        "sms",
        "Write an SMS reminder for a dentist: appointment «day1» at «time1», bring your insurance card, reply 1 to confirm.",
    ),
    (
        "sms",
        "Verification code: «num1»«num2». It expires in 10 minutes. Do not share it. -- translate into Spanish and French",
    ),
    # --- meeting notes --------------------------------------------------------------------------------
    (
        "notes",
        "Turn into a summary email:\n\nSprint 42 review\n- «code1»: search latency down from 900ms to 310ms\n- release «ver1» slipped to «day1»\n- «pct1» of tickets now auto-triaged\n- Next: migrate cron jobs to «lib1»",
    ),
    (
        "notes",
        "Budget meeting «date1»\n- cloud spend «price1» over plan (GPU reservations)\n- proposal: move batch inference to «model1»\n- decision deferred to «month1»\nWrite the decisions log.",
    ),
    (
        "notes",
        "Retro - what went well: on-call handovers, docs. What didn't: flaky e2e suite, unclear ownership of «code1». Actions: add owners file, quarantine flaky tests. Turn into a Confluence page.",
    ),
    (
        "notes",
        "Product sync «day1»\n* pricing page A/B test: variant B +«pct1» conversion\n* «prod1» bundle out of stock until «date1»\n* legal review for the new terms pending\nList open questions.",
    ),
    # --- letters -------------------------------------------------------------------------------------
    (
        "letter",
        "Write a formal letter to a supplier terminating contract «order1» with 30 days' notice, citing repeated late deliveries in «month1» and «month2». No names, sign as 'Procurement Department'.",
    ),
    (
        "letter",
        "Dear Valued Customer,\n\nWe are writing to let you know that from «date1» our prices will increase by «pct1». Your current plan will remain at «price1» until renewal.\n\nImprove the wording so it sounds less corporate.",
    ),
    (
        "letter",
        "Draft a cover letter opening paragraph for a junior data analyst role. I know SQL, «lib1» and Tableau, and I built a churn model as a side project.",
    ),
    (
        "letter",
        "Write a thank-you letter to our beta testers for «code1». Mention that build «build1» fixed the sync bug they reported and that a free month is on us.",
    ),
    # --- forms ---------------------------------------------------------------------------------------
    (
        "form",
        "Return request\nOrder number: «order1»\nItem: «prod1» («sku1»)\nReason: arrived damaged\nPreferred outcome: replacement\nWrite the warehouse instruction.",
    ),
    (
        "form",
        "Expense claim\nCategory: software\nVendor: «co1»\nAmount: «price1»\nInvoice: «inv1»\nDate: «date1»\nIs this within a «price2» monthly limit?",
    ),
    (
        "form",
        "Change request CR-«num1»\nSystem: billing\nChange: upgrade «lib1» to «ver1»\nWindow: «day1» «time1»-«time2»\nRollback: redeploy «build1»\nRisk: medium\nWrite the risk assessment.",
    ),
    (
        "form",
        "Asset register entry\nAsset tag: «sku1»\nModel: «prod1»\nSerial: «uuid1»\nPurchased: «date1»\nWarranty until: «date2»\nConvert to YAML.",
    ),
    # --- Slack-style threads ---------------------------------------------------------------------------
    (
        "slack",
        "#release\nbot: «code1» «ver1» tagged («sha1»)\nbot: deploy to staging ✅\nbot: deploy to prod ⏳ waiting for approval\nWrite a friendly reminder for approvers.",
    ),
    (
        "slack",
        "thread in #data:\n> anyone know why the «month1» dashboard is missing 3 days?\n> etl job «uuid1» failed, rerun pending\n> ok ty\nSummarise for the weekly status.",
    ),
    (
        "slack",
        "#ops: disk at 91% on db-replica-2, growth about 4GB/day since «date1». suggestions besides vacuum?",
    ),
    (
        "slack",
        "@channel reminder: all-hands «day1» «time1», agenda: «code1» roadmap, hiring update, Q&A. Make it sound less boring.",
    ),
    # --- tool calls --------------------------------------------------------------------------------
    (
        "toolcall",
        '{"tool": "get_order_status", "arguments": {"order_id": "«order1»"}}\n{"result": {"status": "delayed", "eta": "«date1»"}}\nWrite the reply to the customer.',
    ),
    (
        "toolcall",
        'search_docs(query="rate limits «model1»", top_k=5) returned nothing. Suggest better queries.',
    ),
    (
        "toolcall",
        '{"function": "create_invoice", "parameters": {"invoice_number": "«inv1»", "lines": [{"sku": "«sku1»", "qty": «num1», "unit_price": 12.5}], "due": "«date1»"}}\nIs the payload valid for the schema I sent earlier?',
    ),
    (
        "toolcall",
        "run_sql(query=\"SELECT count(*) FROM events WHERE build = '«build1»'\") -> 48213\nrun_sql(query=\"SELECT count(*) FROM events WHERE build = '«build2»'\") -> 1190\nInterpret the drop.",
    ),
    # --- CV snippets ---------------------------------------------------------------------------
    (
        "cv",
        "Tighten these CV bullets:\n- Led migration of 40 services to «lib1», cutting deploy time by «pct1»\n- Mentored 3 junior engineers\n- Built internal tooling used by 200+ staff",
    ),
    (
        "cv",
        "SKILLS\nLanguages: Python, Go, SQL\nTools: «lib1», «lib2», Docker, GitHub Actions\nCertifications: AWS Solutions Architect («date1»)\nHow should I order these for a platform engineering role?",
    ),
    (
        "cv",
        "Write a 3-line professional summary for a CV: 8 years in e-commerce operations, cut returns by «pct1», launched two marketplaces, fluent in SQL.",
    ),
]
