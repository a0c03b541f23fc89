"""Clean templates for val6 (written blind; see val6.py): no person, place, e-mail address,
phone number or other personal value, but the decoys everyday traffic is full of. Their only
slots are decoys (<<date>>, <<order>>, <<version>>, <<uuid>> ...), filled with fresh values."""

from __future__ import annotations

CLEAN: tuple[tuple[str, str], ...] = (
    # ---- chat -------------------------------------------------------------------------------
    (
        "chat",
        "Explain the difference between a deductible and an excess on a home insurance policy, with a worked example for a claim of 2,400 and policy <<policy>>.",
    ),
    (
        "chat",
        "Give me a packing list for a four-day hiking trip in late October. Budget is around <<amount>> for new gear, and I already own a Vango tent.",
    ),
    (
        "chat",
        "What should I say in a Diwali card for the whole office? Keep it inclusive and under forty words.",
    ),
    (
        "chat",
        "Our co-op is choosing between the Horsch and the Amazone seed drills for next season. Make a pros and cons table based on cost, width and servicing.",
    ),
    (
        "chat",
        "Suggest five names for a church bake sale that falls on the same weekend as Harvest Festival. Nothing too punny.",
    ),
    (
        "chat",
        "I have a Tesla Model 3 and a Ford Transit on the same charger plan. Which tariff on the Octopus Agile price list at <<time>> is cheapest?",
    ),
    # ---- email ------------------------------------------------------------------------------
    (
        "email",
        "Subject: Q3 budget review moved to <<date>>\n\nHi all,\n\nThe Q3 budget review is now on <<date>> at <<time>> in the large meeting room. Please bring updated forecasts for Project Lighthouse and the Nimbus migration.\n\nThanks,\nFinance Operations",
    ),
    (
        "email",
        'Please make this email sound friendlier: "Your return <<order>> has been received. A refund of <<amount>> will be issued within 5-7 working days. Do not reply to this message."',
    ),
    (
        "email",
        "Subject: Reminder - Annual General Meeting\n\nDear members,\n\nThe AGM takes place on <<date>>. The agenda covers the accounts, the new pitch drainage and the kit sponsorship with Sunfield Retail. Refreshments from 6pm.\n\nThe Committee",
    ),
    (
        "email",
        "Subject: Your claim <<claim>> - next steps\n\nThank you for submitting your claim. An adjuster will review the photos within 3 working days. Please keep receipts for any emergency repairs above <<amount>>.\n\nBrightwater Claims Team",
    ),
    (
        "email",
        "Subject: Grant call - Sustainable Soils 2025\n\nThe internal deadline for the Sustainable Soils call is <<date>>. Budgets above 250k need sign-off from the Research Office. Template version <<version>> is attached.",
    ),
    # ---- sms --------------------------------------------------------------------------------
    (
        "sms",
        "Kestrel Air: flight <<flight>> is delayed to <<time>>. Booking ref <<pnr>>. We're sorry for the wait.",
    ),
    (
        "sms",
        "Your Sunfield order <<order>> has been dispatched and will arrive on <<date>>. Track it in the app.",
    ),
    (
        "sms",
        "Tallis Telecom: your bill of <<amount>> for the period ending <<date>> is ready. Pay by Direct Debit to avoid a late fee.",
    ),
    (
        "sms",
        "Linden Auto: your MOT is due on <<date>>. Book online and get 10% off a winter check.",
    ),
    (
        "sms",
        "Harrowby Council: green bin collections move by one day for the bank holiday week. Next collection <<date>>.",
    ),
    # ---- whatsapp ---------------------------------------------------------------------------
    (
        "whatsapp",
        "[<<date>>, 20:11] Admin: Reminder the quiz night is at 7.30 in the church hall\n[<<date>>, 20:12] Admin: Theme this month is 90s films\n\nSuggest ten quiz questions for this theme.",
    ),
    (
        "whatsapp",
        'group: "Allotment Society"\n- water butts will be delivered on <<date>>\n- seed swap at 10am\n- the compost bays are full, please don\'t add more\nturn this into a friendly poster',
    ),
    (
        "whatsapp",
        "can someone remind me what time the U12s kick off sunday?? <<time>> or half past\n👍 <<time>>\nok ty\n\nWhat is the kickoff time according to this chat?",
    ),
    (
        "whatsapp",
        "Reminder 🎉 Eid al-Fitr lunch potluck after prayers. Bring a dish: biryani, samosas, dates, sheer khurma. Plates and cups are covered.\n\nmake a sign-up sheet for dishes",
    ),
    # ---- letter -----------------------------------------------------------------------------
    (
        "letter",
        "Draft a letter from a housing association to all tenants explaining that the annual gas safety inspections start on <<date>> and that access is a legal requirement under the tenancy agreement.",
    ),
    (
        "letter",
        "Dear Customer,\n\nWe are writing to let you know that your policy <<policy>> will renew on <<date>>. Your new premium is <<amount>>. No action is needed if you wish to continue your cover.\n\nYours sincerely,\nCustomer Services",
    ),
    (
        "letter",
        "Dear Parent or Carer,\n\nYear 9 will visit the Science Museum on <<date>>. The coach leaves at <<time>>. The cost is 14.50 per pupil, payable through the school app.\n\nYours faithfully,\nThe Head of Science",
    ),
    (
        "letter",
        'Proofread: "Dear Supporter, thanks to your generosity the Winter Warmth appeal raised over 48,000. Every pound helps keep families warm this Christmas. With gratitude, The Trustees"',
    ),
    # ---- form -------------------------------------------------------------------------------
    (
        "form",
        "Which fields are mandatory on this council form?\nPermit type: Resident parking\nZone: <<n>>\nVehicle registration: ______\nStart date: <<date>>\nFee: 48.00\nPayment method: Card / Direct Debit",
    ),
    (
        "form",
        "RETURN AUTHORISATION\nOrder: <<order>>\nItem: Bosch cordless drill <<sku>>\nReason: faulty battery\nCondition: unused\nRefund method: original payment",
    ),
    (
        "form",
        "CONFERENCE REGISTRATION - OPTIONS\nTicket type: Early bird (until <<date>>)\nWorkshop: Reproducible Pipelines with Snakemake\nDinner: Yes\nDietary: Vegetarian\nPrice: <<amount>>",
    ),
    (
        "form",
        "Service booking form\nVehicle: Volkswagen ID.4, VIN <<vin>>\nService: 2-year inspection\nCourtesy car: no\nPreferred slot: <<date>> <<time>>",
    ),
    # ---- review -----------------------------------------------------------------------------
    (
        "review",
        'Rate this review 1-5 for helpfulness: "The Aeropress Go is great for travel, but the lid cracked after three months. Customer service replaced it quickly under order <<order>>."',
    ),
    (
        "review",
        "★★☆☆☆ The hotel breakfast was cold and the Wi-Fi kept dropping. Room was clean though. Stayed <<date>>.",
    ),
    (
        "review",
        'Summarise the reviews: "Battery lasts forever", "Strap broke in a week", "Syncs fine with Garmin Connect", "Screen scratches easily". Product <<sku>>.',
    ),
    (
        "review",
        "★★★★☆ Ordered the jollof rice and suya platter. Generous portions, a bit too spicy for the kids. Delivery took 50 minutes.",
    ),
    # ---- notes ------------------------------------------------------------------------------
    (
        "notes",
        "Sprint <<n>> retro:\n- went well: release <<version>> shipped on time\n- didn't go well: flaky integration tests in the billing service\n- actions: add retries, pin the Postgres image\nTurn into a summary for the wiki.",
    ),
    (
        "notes",
        "Farm diary <<date>>: 12mm rain overnight, winter wheat looking even, sprayer nozzles replaced, order 40 bags of NPK 20-10-10 from the co-op (<<order>>).",
    ),
    (
        "notes",
        "Trustee meeting notes: reserves at <<pct>>% of annual spend, new safeguarding policy adopted, website refresh tender closes <<date>>. Write up as minutes.",
    ),
    (
        "notes",
        "Reading list for the seminar: 'The Structure of Scientific Revolutions' (ISBN <<isbn>>), 'Seeing Like a State', and the 2019 IPCC land report. Make a one-paragraph intro.",
    ),
    (
        "notes",
        "Kit list for Saturday: bibs, cones, two size-5 balls, first aid box, the new goal nets. Match vs the Harriers, kickoff <<time>>.",
    ),
    # ---- transcript -------------------------------------------------------------------------
    (
        "transcript",
        "Agent: Thanks for calling, can I take your order number?\nCaller: It's <<order>>.\nAgent: I can see the parcel is at the depot and will go out tomorrow.\nCaller: Great, thanks.\n\nSummarise this call in one line.",
    ),
    (
        "transcript",
        "[00:01:12] PRESENTER: Storm Babet is expected to bring 80mm of rain by <<date>>.\n[00:01:20] PRESENTER: Flood warnings are in place for several rivers.\n\nTurn this into three bullet points.",
    ),
    (
        "transcript",
        "Agent: You're through to the claims line. Do you have a claim reference?\nCaller: Yes, <<claim>>.\nAgent: Thank you. The assessor has approved the repair estimate of <<amount>>.\n\nWas the caller's question answered?",
    ),
    (
        "transcript",
        "Lecturer: Today we cover the citric acid cycle, then gluconeogenesis. Slides are version <<version>> on the portal.\nStudent: Will this be in the exam?\nLecturer: Yes, section B.\n\nMake study notes from this.",
    ),
    # ---- ticket -----------------------------------------------------------------------------
    (
        "ticket",
        "Ticket <<ticket>> | Priority: P2\nSummary: Outlook crashes on startup after update <<version>>\nSteps: safe mode works, add-ins disabled\nSuggest a fix.",
    ),
    (
        "ticket",
        "#<<ticket>> Printer on floor 3 prints blank pages. Model: HP LaserJet M404. Toner replaced <<date>>. Other printers fine.",
    ),
    (
        "ticket",
        "Ticket <<ticket>>: Delivery for order <<order>> marked delivered but not received. Courier scan at <<time>>. Customer requests reshipment.",
    ),
    (
        "ticket",
        "REQ: please provision 3 licences for Adobe Acrobat Pro for the grants team, cost centre <<n>>00, before <<date>>.",
    ),
    (
        "ticket",
        "Bug <<ticket>>: The booking widget shows flight <<flight>> twice when the fare class changes. Seen on build <<short_sha>>.",
    ),
    # ---- json -------------------------------------------------------------------------------
    (
        "json",
        '{"order_id": "<<order>>", "items": [{"sku": "<<sku>>", "qty": 2, "price": <<amount>>}], "status": "shipped", "carrier": "DPD"}\nWhat is the order total?',
    ),
    (
        "json",
        '{"id": "<<uuid>>", "type": "policy.renewed", "policy": "<<policy>>", "premium": <<amount>>, "currency": "GBP", "created": "<<date>>"}',
    ),
    (
        "json",
        '{"flight": "<<flight>>", "status": "DELAYED", "new_departure": "<<time>>", "gate": "B<<n>>", "aircraft": "A320neo"}\nWrite the passenger announcement.',
    ),
    (
        "json",
        'Why does this fail to parse?\n{"build": "<<version>>", "commit": "<<sha>>", "flags": ["beta", "dark-mode",], "tests": 1287}',
    ),
    (
        "json",
        '{"model": "gpt-4o-mini", "temperature": 0.2, "max_tokens": 512, "messages": [{"role": "system", "content": "You are a helpful assistant for a seed co-operative."}]}\nIs temperature 0.2 too low for product descriptions?',
    ),
    # ---- csv --------------------------------------------------------------------------------
    (
        "csv",
        "sku,description,stock,price\n<<sku>>,Oak bookshelf,14,89.00\n<<sku>>,Pine desk,3,129.00\n<<sku>>,Desk lamp,57,24.50\n\nWhich items are low on stock?",
    ),
    (
        "csv",
        "date,flight,status,delay_min\n<<date>>,<<flight>>,on time,0\n<<date>>,<<flight>>,delayed,<<n>>\n<<date>>,<<flight>>,cancelled,\n\nCompute the average delay.",
    ),
    (
        "csv",
        "claim_ref,type,amount,status\n<<claim>>,motor,<<amount>>,open\n<<claim>>,home,<<amount>>,settled\nwhat share of claims are still open?",
    ),
    (
        "csv",
        "isbn,title,copies\n<<isbn>>,The Left Hand of Darkness,3\n<<isbn>>,Things Fall Apart,5\n<<isbn>>,Beloved,2\nsort by copies",
    ),
    # ---- markdown_table ---------------------------------------------------------------------
    (
        "markdown_table",
        "| Plan | Data | Price |\n|---|---|---|\n| Basic | 5 GB | 8.00 |\n| Plus | 30 GB | 15.00 |\n| Unlimited | - | 25.00 |\n\nWhich plan suits someone using 20 GB a month?",
    ),
    (
        "markdown_table",
        "| Team | P | W | D | L | Pts |\n|---|---|---|---|---|---|\n| Harriers | 10 | 7 | 2 | 1 | 23 |\n| Rovers | 10 | 6 | 1 | 3 | 19 |\n| Athletic | 10 | 3 | 3 | 4 | 12 |\nWrite a two-line league update.",
    ),
    (
        "markdown_table",
        "| Release | Date | Notes |\n|---|---|---|\n| <<version>> | <<date>> | hotfix for login |\n| <<version>> | <<date>> | new export |\nDraft release notes.",
    ),
    (
        "markdown_table",
        "| Recall | Model | Years | Issue |\n|---|---|---|---|\n| R-<<n>> | Octavia | 2019-2021 | brake hose |\n| R-<<n>> | Fabia | 2020 | seat belt buckle |\nSummarise for the service desk.",
    ),
    (
        "markdown_table",
        "| Dish | Allergens |\n|---|---|\n| Pad thai | peanuts, egg |\n| Bibimbap | sesame, soy |\n| Shakshuka | egg |\nWhich are safe for a sesame allergy?",
    ),
    # ---- html -------------------------------------------------------------------------------
    (
        "html",
        '<nav><a href="/claims">Claims</a> | <a href="/policies">Policies</a> | <a href="/help">Help</a></nav>\nWhy does the active link not highlight?',
    ),
    (
        "html",
        '<section class="hero"><h1>Winter Sale</h1><p>Up to 40% off outdoor jackets until <<date>>.</p><button>Shop now</button></section>',
    ),
    (
        "html",
        '<table class="fixtures"><tr><td><<date>></td><td>Harriers vs Rovers</td><td><<time>></td></tr></table>\nMake the table scroll on mobile.',
    ),
    (
        "html",
        '<meta name="description" content="Seed co-operative price list, version <<version>>">\n<title>Price List | Meadowlark Co-op</title>\nIs this SEO-friendly?',
    ),
    # ---- xml --------------------------------------------------------------------------------
    (
        "xml",
        '<?xml version="1.0"?>\n<project><groupId>io.copperleaf</groupId><artifactId>billing-core</artifactId><version><<version>></version></project>\nHow do I add a dependency on Jackson?',
    ),
    (
        "xml",
        '<recall id="R-<<n>>"><model>Octavia</model><component>rear brake hose</component><published><<date>></published></recall>\nConvert to JSON.',
    ),
    (
        "xml",
        '<order><id><<order>></id><line sku="<<sku>>" qty="1"/><total currency="EUR"><<amount>></total></order>',
    ),
    (
        "xml",
        '<flight number="<<flight>>" status="boarding" gate="C<<n>>"/>\nWrite an XSLT that prints the gate.',
    ),
    # ---- code -------------------------------------------------------------------------------
    (
        "code",
        'def apply_discount(price: Decimal, pct: int) -> Decimal:\n    return (price * (100 - pct) / 100).quantize(Decimal("0.01"))\n\nassert apply_discount(Decimal("<<amount>>"), <<pct>>) > 0\nIs quantize needed here?',
    ),
    (
        "code",
        "I need a regex that matches order numbers like <<order>> but not claim refs like <<claim>>. Python please.",
    ),
    (
        "code",
        'fn main() {\n    let build = "<<version>>";\n    println!("starting billing-worker {build}");\n}\nwarning: unused variable. Why?',
    ),
    (
        "code",
        "SELECT product_id, SUM(qty) FROM order_lines WHERE created_at >= '<<date>>' GROUP BY product_id ORDER BY 2 DESC LIMIT 10;\n-- why is this slow on 40M rows?",
    ),
    (
        "code",
        "```js\nconst res = await fetch(`/api/flights/${flightNo}`);\nif (!res.ok) throw new Error(`HTTP ${res.status}`);\n```\nHow do I retry this three times with backoff?",
    ),
    # ---- log --------------------------------------------------------------------------------
    (
        "log",
        "<<date>> <<time>>:01 INFO  billing-worker <<version>> started\n<<date>> <<time>>:03 WARN  retrying job <<uuid>> (attempt 2/5)\n<<date>> <<time>>:09 ERROR job <<uuid>> failed: timeout after <<ms>>ms",
    ),
    (
        "log",
        "Traceback (most recent call last):\n  File \"app/claims/export.py\", line 88, in build_csv\n    writer.writerow(row)\nUnicodeEncodeError: 'charmap' codec can't encode character '\\u2019'\nHow do I fix this?",
    ),
    (
        "log",
        "GET /api/v2/orders/<<order>> 200 <<ms>>ms\nGET /api/v2/orders/<<order>> 404 3ms\nPOST /api/v2/returns 201 <<ms>>ms",
    ),
    (
        "log",
        "kubelet: Back-off restarting failed container billing-api in pod billing-api-<<short_sha>>\nkubelet: Liveness probe failed: HTTP probe failed with statuscode: 503",
    ),
    # ---- yaml -------------------------------------------------------------------------------
    (
        "yaml",
        'services:\n  api:\n    image: copperleaf/billing-api:<<version>>\n    ports:\n      - "<<port>>:<<port>>"\n    depends_on: [db]\n  db:\n    image: postgres:16\nWhy does api start before db is ready?',
    ),
    (
        "yaml",
        "name: CI\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: pytest -q\nHow do I cache pip?",
    ),
    (
        "yaml",
        "feature_flags:\n  new_checkout: true\n  loyalty_points: false\n  max_cart_items: <<n>>\nrollout_pct: <<pct>>",
    ),
    (
        "yaml",
        'schedule:\n  - match: Harriers vs Rovers\n    date: <<date>>\n    kickoff: "<<time>>"\n  - match: Athletic vs Harriers\n    date: <<date2>>\n    kickoff: "<<time>>"',
    ),
    # ---- toolcall ---------------------------------------------------------------------------
    (
        "toolcall",
        '{"name": "get_order_status", "arguments": {"order_id": "<<order>>"}}\ntool result: {"status": "in_transit", "eta": "<<date>>"}',
    ),
    (
        "toolcall",
        '{"tool": "search_flights", "arguments": {"flight_number": "<<flight>>", "date": "<<date>>", "cabin": "economy"}}',
    ),
    (
        "toolcall",
        '{"function": "create_ticket", "args": {"title": "Printer offline", "priority": "P3", "queue": "facilities", "asset": "PRN-<<n>>"}}',
    ),
    (
        "toolcall",
        '{"name": "lookup_isbn", "arguments": {"isbn": "<<isbn>>"}}\nresult: {"title": "Braiding Sweetgrass", "format": "paperback", "stock": <<n>>}',
    ),
    (
        "toolcall",
        '{"name": "convert_currency", "arguments": {"amount": <<amount>>, "from": "EUR", "to": "JPY"}}',
    ),
    # ---- sql --------------------------------------------------------------------------------
    (
        "sql",
        "CREATE TABLE claims (\n  claim_ref TEXT PRIMARY KEY,\n  policy_ref TEXT NOT NULL,\n  amount NUMERIC(10,2),\n  opened_at TIMESTAMPTZ DEFAULT now()\n);\nShould amount allow NULL?",
    ),
    (
        "sql",
        "SELECT flight_no, AVG(delay_min) FROM departures WHERE dep_date BETWEEN '<<date>>' AND '<<date2>>' GROUP BY flight_no HAVING AVG(delay_min) > <<n>>;",
    ),
    (
        "sql",
        "UPDATE products SET price = price * 1.05 WHERE sku LIKE 'ART-%' AND updated_at < '<<date>>';\nHow do I preview the affected rows first?",
    ),
    (
        "sql",
        "EXPLAIN ANALYZE SELECT * FROM tickets WHERE status = 'open' AND queue = 'helpdesk';\n-- Seq Scan on tickets (cost=0.00..<<n>>842.10) ... what index helps?",
    ),
)
