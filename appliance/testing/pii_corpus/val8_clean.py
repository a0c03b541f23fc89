"""Clean templates of val8, the blind part of the labelled PII corpus: prompts of the same
domains and shapes as the personal ones but with no personal data at all, full of decoys
(order and tracking numbers, ISBNs, versions, hashes, long digit runs that are not phones
or cards, capitalised product, brand, team and codenames, colours and foods). Only decoy
placeholders (`«ord»`, `«ver»`, `«prod»` ...) appear here.

Written by hand for this part by an author who read no other part of the corpus."""

from __future__ import annotations

TEMPLATES: list[tuple[str, str]] = [
    # mining, ports, aviation
    (
        "chat",
        "Haul truck fleet availability dropped to «pct» this week. Draft a short note for the ops meeting explaining the tyre shortage and the «prod» telemetry gap.",
    ),
    (
        "log",
        "«date»T05:40:12Z INFO conveyor CV-«n» speed=3.2m/s load=«kg» firmware=«ver»\n«date»T05:40:15Z WARN conveyor CV-«n» belt drift 14mm, ticket «tkt» opened",
    ),
    (
        "csv",
        "container,seal,weight_kg,status\nMSKU«big»,SL«n»«n»,«kg»,RELEASED\nTGHU«big2»,SL«n»4,«kg2»,HOLD\nCMAU«big3»,SL7«n»,«kg3»,INSPECT",
    ),
    (
        "email",
        "Subject: Berth schedule week «n»\n\nHi team,\n\nThe feeder vessel is now due at 14:30 on «date». Crane 3 is out for maintenance (work order «ord»). Please re-sequence the yard moves.\n\nThanks,\nPlanning",
    ),
    (
        "notes",
        "A-check «tail»: brake wear pins within limits, «pct» remaining. Borescope HPT stage 1 — no findings. Next check due at «n»00 FH. Parts: «sku», «sku2».",
    ),
    (
        "json",
        '{"aircraft": "«tail»", "task": "32-11-00", "status": "closed", "hours": «n».5, "parts": ["«sku»"], "doc_rev": "«ver»"}',
    ),
    (
        "markdown_table",
        "| Task card | ATA | Status | Hours |\n|---|---|---|---|\n| TC-«n»01 | 21 | open | 3.5 |\n| TC-«n»02 | 32 | closed | 1.0 |\n| TC-«n»03 | 79 | deferred | 0.5 |",
    ),
    (
        "xml",
        '<manifest version="«ver»">\n  <item hs="8471.30" qty="«n»" weight="«kg»"/>\n  <item hs="9403.60" qty="12" weight="«kg2»"/>\n  <total currency="EUR">«price»</total>\n</manifest>',
    ),
    ("sms", "PORT NOTICE: Terminal B gate closed 02:00–04:00 for resurfacing. Ref «tkt»."),
    # pharmacy, dental, mental health
    (
        "chat",
        "What is the usual adult dose of ibuprofen, and can it be taken with paracetamol? Asking for the pharmacy FAQ page.",
    ),
    ("sms", "Your prescription order «ord» is ready for collection. Reply STOP to opt out."),
    (
        "form",
        "STOCK COUNT\nItem: Amoxicillin 500mg caps\nSKU: «sku»\nBatch: B«big»\nExpiry: «date»\nCounted: «n» packs",
    ),
    (
        "email",
        "Hi all,\n\nThe autoclave in surgery 2 failed its cycle test again (error code E«n»). The engineer visit is booked for «date» at «time». Please use surgery 3 until then.\n\nPractice manager",
    ),
    (
        "notes",
        "Group session plan: grounding exercise (5 min), psychoeducation on sleep hygiene, worksheet v«ver», homework review. Room: Sage Suite.",
    ),
    (
        "chat",
        "Write a gentle reminder for our therapy practice's website: sessions cancelled with under 24 hours' notice are charged at «price».",
    ),
    (
        "review",
        "Clean clinic, short wait, the new Ember Mini electric toothbrush they recommended is great. 4/5.",
    ),
    # schools, universities, newspapers, radio, film
    (
        "whatsapp",
        "[18:02] Class rep: Reminder — non-uniform day is Friday, £1 donation\n[18:04] Class rep: Book fair opens at 15:15 in the hall\n[18:05] Class rep: Year 4 trip forms due «dmy»",
    ),
    (
        "email",
        "Dear applicant,\n\nYour application reference APP-«big» has been received. Decisions for the September intake are released on «date». Please do not reply to this address.\n\nAdmissions Office",
    ),
    (
        "chat",
        'Rewrite this headline in a punchier way: "Council approves «price»m budget for riverside footpath repairs".',
    ),
    (
        "html",
        '<article><h1>Top 10 autumn soups</h1><p>Roasted squash, miso and ginger.</p><p class="meta">Updated «date» · 4 min read</p></article>',
    ),
    (
        "transcript",
        "HOST: Welcome back to Tech Tuesday, episode «n».\nGUEST: Thanks for having me.\nHOST: Today we're comparing «prod» and «prod2».\nGUEST: Both shipped big updates this month.",
    ),
    (
        "srt",
        "47\n00:12:01,400 --> 00:12:04,100\n[thunder rumbles]\n\n48\n00:12:04,200 --> 00:12:07,000\nWe leave at first light? No — at «time».",
    ),
    (
        "yaml",
        "production: Blue Harbour S2\nepisode: «n»\nshoot_days: 6\nunits:\n  - main\n  - second\nbudget_code: BH-«big»\ncolour_grade: teal_orange_v«ver»",
    ),
    (
        "markdown_table",
        "| Scene | Int/Ext | Day/Night | Pages |\n|---|---|---|---|\n| 12 | INT | D | 2 3/8 |\n| 13 | EXT | N | 1 1/8 |\n| 14A | INT | N | 4/8 |",
    ),
    (
        "chat",
        "Give me a 30-second radio script promoting the weekend farmers' market, mention the Amber Ale tasting and free parking.",
    ),
    # fashion, rentals, parking
    (
        "review",
        "Bought the Champagne Gold watch strap and the Olive Green trench. Sizing runs small, order «ord» took 3 days. 4 stars.",
    ),
    (
        "json",
        '{"event": "add_to_cart", "sku": "«sku»", "colour": "Ivory", "size": "M", "price": "«price»", "session": "«hash»"}',
    ),
    ("sms", "Your order «ord» has shipped! Track: «trk». Delivery expected «dmy»."),
    (
        "email",
        "Subject: Rental agreement «ord»\n\nThanks for booking a Group C vehicle (manual, 5 doors). Pick-up «date» «time». Fuel policy: full to full. Excess waiver: «price».\n\nSwift Wheels",
    ),
    (
        "ticket",
        "TKT «tkt» | Parking machine P«n» not accepting contactless\nFirmware «ver». Error 0x«hash». Reboot didn't help; field engineer requested.",
    ),
    (
        "csv",
        "plate,zone,entry,exit,fee\n«plate»,Z«n»,«time»,«time2»,«price»\n«plate2»,Z2,08:14,17:52,«price2»",
    ),
    (
        "form",
        "TOLL STATEMENT «ord»\nPeriod: «date» to «date2»\nTrips: «n»\nTotal: «price»\nTag ID: TAG-«big»",
    ),
    # libraries, museums, charities, campaigns, religious, funeral
    (
        "chat",
        "Suggest five novels similar to «isbn» for our library's book club, ideally under 350 pages.",
    ),
    (
        "notes",
        "Exhibition install: crate «n» (bronze, «kg»), crate «n»B (textiles). Humidity target 50% ±5. Lux under 50 for the silk panels. Label text v«ver».",
    ),
    (
        "email",
        "Hi volunteers,\n\nThe autumn appeal raised «price» against a target of £20,000 — thank you! Campaign code AUT-«n». Next trustees' meeting: «date».\n\nFundraising team",
    ),
    (
        "sms",
        "Phone bank tonight 18:00–20:00. Script v«ver» is in the shared drive. Bring a charger!",
    ),
    (
        "whatsapp",
        "[09:12] Admin: Harvest festival donations: tins and dry goods only please\n[09:14] Admin: Hall booking confirmed for «dmy», «time»\n[09:15] Admin: Choir robes are in cupboard «n»",
    ),
    (
        "letter",
        "Service Price List («date»)\n\nDirect cremation: «price»\nOak veneer coffin: «price2»\nFloral tribute (lily spray): «price3»\n\nAll prices include VAT.",
    ),
    (
        "chat",
        "What should a charity's donor database track for Gift Aid? Keep it to fields, not people: amount, date, declaration status, campaign.",
    ),
    # pets, cleaning, crypto, cyber
    (
        "sms",
        "Booking PS-«n» confirmed: 2 visits/day, Fri–Sun. Keys in lockbox code sent separately.",
    ),
    (
        "review",
        "The Deep Clean package was worth it: oven, windows, behind the fridge. Booking «ord», 4 hours, «price».",
    ),
    (
        "ticket",
        "Case «tkt»: withdrawal pending > 24h\nAsset: USDC (ERC-20)\nTx hash: 0x«hash»«hash2»\nNetwork fee: «price»\nStatus: escalated to Treasury",
    ),
    (
        "chat",
        "Explain the difference between a hot wallet and a cold wallet for a help-centre article. Mention that «prod» supports hardware keys.",
    ),
    (
        "log",
        "«date»T03:22:14Z ALERT rule=brute_force host=web-«n» count=482 window=5m\n«date»T03:22:15Z ACTION block applied, policy «code», version «ver»",
    ),
    (
        "notes",
        "Incident «tkt» post-mortem: root cause was an expired TLS cert on the «prod» gateway (serial «hash»). Detection 14 min, resolution 52 min. Owner: «team».",
    ),
    (
        "yaml",
        "rule:\n  id: SC-«n»\n  name: suspicious_powershell\n  severity: amber\n  tags: [execution, t1059]\n  version: «ver»",
    ),
    # personal, developer
    (
        "chat",
        "Plan a 4-day hiking itinerary with huts, around 15 km per day, budget «price» per person, vegetarian food.",
    ),
    ("chat", "Our five-a-side team needs a name. Ideas around foxes, thunder or orange kits?"),
    (
        "whatsapp",
        "[20:01] flat: bins go out tonight\n[20:03] flat: the wifi password changed to the one on the router sticker\n[20:04] flat: rent split for «dmy» is «price» each",
    ),
    ("sms", "Training moved to 19:30 Thursday, pitch 3. Bring bibs and both balls."),
    (
        "code",
        'def parse_order(raw: str) -> Order:\n    # order ids look like ORD-1234567; reject the old 10-digit format\n    if not raw.startswith("ORD-"):\n        raise ValueError(f"bad order id {raw!r}")\n    return Order(id=raw, version="«ver»")',
    ),
    (
        "log",
        "Run #«n»«n» (main@«hash») started\n  ✓ lint (12s)\n  ✓ unit tests: «n»4 passed\n  ✗ e2e: timeout after 300s in checkout.spec.ts\nArtifacts: build-«big».tar.gz",
    ),
    (
        "sql",
        "SELECT order_id, sku, qty FROM order_lines WHERE order_id = '«ord»' AND created_at > '«date»' ORDER BY sku;",
    ),
    (
        "json",
        '{"event": "page_view", "path": "/pricing", "referrer": "newsletter", "experiment": "«code»", "variant": "B", "build": "«ver»", "ts": "«date»T12:00:00Z"}',
    ),
    (
        "toolcall",
        '{"tool": "get_order_status", "arguments": {"order_id": "«ord»", "include": ["shipping", "items"]}}',
    ),
    (
        "xml",
        '<webhook source="crm" event="deal.updated">\n  <deal id="«big»" stage="negotiation" amount="«price»"/>\n  <pipeline>Enterprise</pipeline>\n</webhook>',
    ),
    (
        "ticket",
        "BUG «tkt»: dark mode toggle resets after upgrade to «ver»\nSteps: enable dark mode, restart app.\nExpected: setting kept. Actual: light mode.\nAffects «prod» on Android 14.",
    ),
    (
        "html",
        "<table><tr><th>Plan</th><th>Price</th></tr><tr><td>Starter</td><td>«price»</td></tr><tr><td>Team</td><td>«price2»</td></tr></table>",
    ),
    (
        "ics",
        "BEGIN:VEVENT\nSUMMARY:Sprint review – «team»\nDTSTART:«n»260310T140000Z\nLOCATION:Room Tarragon\nDESCRIPTION:Demo of «prod» release «ver»\nEND:VEVENT",
    ),
    (
        "vcard",
        "BEGIN:VCARD\nVERSION:3.0\nFN:Front Desk\nORG:«prod» Support\nNOTE:Ticket queue «tkt»\nEND:VCARD",
    ),
    (
        "latex",
        "\\section{Results}\nThroughput increased by «pct» after the «prod» upgrade (Table~\\ref{tab:«n»}). Version «ver» was used throughout.",
    ),
    (
        "ocr",
        "RECEIPT «ord»\nFLAT WHITE  3.40\nCROISSANT   2.80\nTOTAL       6.20\nCARD ****«n»\nTHANK YOU",
    ),
    ("voice", "remind me to order more printer ink and check the «prod» update tonight at nine"),
    (
        "transcript",
        "AGENT: Thanks for calling, can I have your order number?\nCALLER: It's «ord».\nAGENT: I see it shipped on «date», tracking «trk».\nCALLER: Great, thanks.",
    ),
    (
        "form",
        "ASSET REGISTER\nAsset tag: AT-«big»\nModel: «prod»\nSerial: SN«hash»\nWarranty until: «date»\nLocation code: B2-R«n»",
    ),
    (
        "csv",
        "isbn,title,copies,branch_code\n«isbn»,Field Guide to Mosses,3,BR«n»\n«isbn2»,Modern Ceramics,1,BR«n»\n«isbn3»,Tide Tables,2,BR07",
    ),
    (
        "markdown_table",
        "| Release | Date | Notes |\n|---|---|---|\n| «ver» | «date» | hotfix for sync |\n| «ver2» | «date2» | new export API |",
    ),
    (
        "email",
        "Subject: Q3 analytics\n\nHi,\n\nSign-ups grew «pct» quarter on quarter; churn held at 2.1%. «team» presents the funnel on «date». Dashboard build «hash».\n\nThanks",
    ),
    (
        "chat",
        "Which is better for a small museum shop: «prod» or «prod2»? We sell prints and mugs, about «n»0 orders a month.",
    ),
    ("sms", "Your verification code is «n»«n»91. It expires in 10 minutes."),
    (
        "chat",
        "Convert 1 Champagne Gold, 2 Amber and 3 Sapphire Blue units into a reorder list with SKUs «sku», «sku2» and «sku3».",
    ),
    (
        "notes",
        "Codename «code» kickoff: scope = migrate billing to «prod», freeze on «date», rollback plan in runbook RB-«n».",
    ),
    (
        "code",
        'SAMPLE_ISBNS = ["«isbn»", "«isbn2»"]\nTRACKING = "«trk»"  # courier test label\nBUILD = "«ver»"',
    ),
    (
        "json",
        '{"tracking": "«trk»", "status": "out_for_delivery", "parcel_count": «n», "weight": "«kg»", "eta": "«date»"}',
    ),
    (
        "yaml",
        "ci:\n  image: python:3.12-slim\n  cache_key: deps-«hash»\n  steps:\n    - run: make lint\n    - run: make test\n  notify: «team»",
    ),
    (
        "sql",
        "CREATE TABLE donations (id BIGINT PRIMARY KEY, amount_cents INT NOT NULL, campaign TEXT, created_at TIMESTAMPTZ DEFAULT now());",
    ),
    (
        "toolcall",
        '{"function": "search_catalogue", "args": {"isbn": "«isbn»", "format": "ebook", "limit": 5}}',
    ),
    ("ocr", "PARKING TICKET\nZONE B«n»\nENTRY «time»  EXIT «time2»\nTOTAL «price»\nREF «big»"),
    (
        "srt",
        "3\n00:00:09,000 --> 00:00:11,500\nPreviously on Blue Harbour...\n\n4\n00:00:11,600 --> 00:00:14,000\n[engine starts]",
    ),
    (
        "vcard",
        "BEGIN:VCARD\nVERSION:4.0\nFN:Reservations Desk\nORG:Swift Wheels\nNOTE:Booking ref «ord»\nEND:VCARD",
    ),
    (
        "latex",
        "\\begin{table}\n\\caption{Assay results, batch «big»}\n\\begin{tabular}{lr} Cu & «pct» \\\\ Au & 0.«n» g/t \\end{tabular}\n\\end{table}",
    ),
    (
        "letter",
        "To the Facilities Committee,\n\nThe roof repair quote (ref «ord») comes to «price». Work could start on «date» and take «n» days.\n\nRegards,\nBuildings Office",
    ),
    (
        "voice",
        "add oat milk bananas and coffee beans to the shopping list and set a timer for twenty minutes",
    ),
    (
        "whatsapp",
        "[07:45] ops: Flight «flt» delayed 40 min, new ETD «time»\n[07:46] ops: Tail «tail» swapped in\n[07:50] ops: Catering order «ord» updated",
    ),
]
