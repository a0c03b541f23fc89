"""Clean templates of val17 (no personal data at all), written by hand by its author for
the part's domains and shapes: full of decoys, namely things named like people that are
not people (brands, products, characters, assistants, dishes, drinks, cocktails, grape and
apple varieties, paint colours, perfume lines, dance and yoga styles, ships, racehorses,
storms, awards, laws, diseases, theorems, model names, codenames, hostnames) and numbers
that look like phones, cards or accounts but are order numbers, tracking codes, ISBNs and
versions. Only decoy slots (see `val17_gen`)."""

from __future__ import annotations

from appliance.testing.pii_corpus.val17_gen import T

TEMPLATES = (
    # ---- chat ----
    T(
        "c_chat_fleet",
        "chat",
        """
Fleet question: is the Mercedes Actros on lease [[order]] due for its tacho calibration before [[date]]? The Scania R450 in bay 4 is booked for tyres at [[time]]. Fuel card limit is [[price]].""",
    ),
    T(
        "c_chat_game",
        "chat",
        """
ok settle this: is Link the hero or is Zelda? my kid insists the guy in green is called Zelda. also which is better for a 7 year old, Mario Kart or Kirby's Return to Dream Land?""",
    ),
    T(
        "c_chat_cocktail",
        "chat",
        """
Making drinks for the quiz night: Tom Collins, Bloody Mary and a Shirley Temple for the drivers. How much gin for [[qty]] Tom Collins? And is a John Collins just the bourbon version?""",
    ),
    T(
        "c_chat_devops",
        "chat",
        """
heads up: athena-db-02 is at [[pct]] disk, gandalf (the old jenkins runner) can be decommissioned, and Project Bluebird's feature flag goes live with build [[ver]]. ticket [[ticket]]""",
    ),
    T(
        "c_chat_theorem",
        "chat",
        """
Can you explain Bayes' theorem with the example of a QC test that flags [[pct]] of good parts? And is Dijkstra's algorithm overkill for routing 40 delivery stops?""",
    ),
    T(
        "c_chat_ikea",
        "chat",
        """
Is the Billy bookcase deep enough for A4 binders or should I get the Kallax? Also does the Hemnes daybed come in Rose Gold or only white? order [[order]]""",
    ),
    # ---- email ----
    T(
        "c_email_supplier",
        "email",
        """
Subject: PO [[order]] — Hugo Boss uniforms and Dr. Martens safety boots

Hello,
please confirm the delivery date for 24 blazers (style [[sku]]) and 30 pairs of boots. Invoice [[order]] for [[price]] is due [[date]].
Thanks,
Purchasing""",
    ),
    T(
        "c_email_award",
        "email",
        """
Subject: Entry for the Marconi Award, community radio category

Dear committee,
our station submits the documentary series "Storm Babet: one year on". Runtime 52 minutes, file ref [[hash]]. The entry fee of [[price]] was paid under order [[order]].
The Production Team""",
    ),
    T(
        "c_email_wine",
        "email",
        """
Subject: Restock for the tasting room

Please send 12 x Pinot Noir, 12 x Grüner Veltliner, 6 x Müller-Thurgau and 6 x Dom Pérignon ([[sku]]). Also the Granny Smith cider and the Pink Lady juice. Ref [[order]].""",
    ),
    T(
        "c_email_it",
        "email",
        """
Subject: Alexa devices in the care home lounges

All units have been updated to firmware [[ver]]. The Echo Show in the Magnolia Lounge still asks for the Wi-Fi password; ticket [[ticket]]. Replacement cost [[price]] each.""",
    ),
    T(
        "c_email_policy",
        "email",
        """
Subject: Clare's Law training for safeguarding leads

The session on [[date]] covers Clare's Law, the Equality Act and our own policy v[[ver]]. Room Tudor 2, [[time]]. Please book via the intranet, course code [[sku]].""",
    ),
    # ---- sms ----
    T(
        "c_sms_parcel",
        "sms",
        """
Your parcel [[track]] is out for delivery today between [[time]] and [[time]]. Track at the app. Ref [[order]]""",
    ),
    T(
        "c_sms_otp",
        "sms",
        """
Your verification code is [[qty]]9. Never share it. Card ending in 4421 was used at PAUL BAKERY for [[price]].""",
    ),
    T(
        "c_sms_gym",
        "sms",
        """
Reminder: Zumba at [[time]] is moved to Studio B. Bikram yoga cancelled this week. Membership [[num]] renews [[date]].""",
    ),
    T(
        "c_sms_storm",
        "sms",
        """
AMBER weather warning: Storm Otto brings gusts of 70mph from [[time]]. Ferry sailings [[sku]] cancelled. Info line in the app.""",
    ),
    # ---- whatsapp ----
    T(
        "c_whatsapp_bake",
        "whatsapp",
        """
[[time]] - Bake Club: who's doing the Victoria sponge this week?
[[time]] - Bake Club: I'll bring a Pavlova and Peach Melba tarts 🍑
[[time]] - Bake Club: and Sacher torte if the oven behaves""",
    ),
    T(
        "c_whatsapp_racing",
        "whatsapp",
        """
[[time]] - Syndicate: Frankel's colt runs at [[time]], odds 9/2
[[time]] - Syndicate: Red Rum Lad is a non-runner
[[time]] - Syndicate: stake [[price]] each, pot ref [[order]]""",
    ),
    T(
        "c_whatsapp_paint",
        "whatsapp",
        """
[[time]] - Decor: for the nursery we shortlisted Elephant's Breath, Sulking Room Pink and Skimming Stone
[[time]] - Decor: 2.5L tin is [[price]], code [[sku]]""",
    ),
    # ---- letter ----
    T(
        "c_letter_council",
        "letter",
        """
Ref: [[order]]

Dear Resident,

the garden waste collection moves to Thursdays from [[date]]. Bins tagged with sticker [[sku]] will be emptied. The library van (the "Bookworm Express") keeps its Friday slot.

Waste Services""",
    ),
    T(
        "c_letter_tax",
        "letter",
        """
Dear Client,

the filing deadline for self-assessment is [[date]]. Please send your P60, the Gift Aid summary and the statement for invoice [[order]]. Our fee for this year is [[price]].

Yours faithfully,
The Practice""",
    ),
    T(
        "c_letter_parish",
        "letter",
        """
Dear Friends,

the St Cecilia's Day concert raises funds for the Good Samaritan appeal. Tickets [[price]], ref [[order]]. Doors at [[time]]. Mulled wine and treacle tart in the interval.""",
    ),
    # ---- review ----
    T(
        "c_review_perfume",
        "review",
        """
★★★★☆ Coco Mademoiselle lasts longer than Miss Dior on me, but the Jo Malone Wood Sage is my daily one. Bottle batch [[lot]], bought for [[price]].""",
    ),
    T(
        "c_review_boots",
        "review",
        """
Dr. Martens 1460 in cherry red: stiff for two weeks, then perfect. Sized down one. Order [[order]]. Levi's 501s go great with them.""",
    ),
    T(
        "c_review_cafe",
        "review",
        """
The Earl Grey was weak but the Eggs Benedict and the Caesar salad were lovely. Beef Wellington only on Sundays. Spent [[price]] for two.""",
    ),
    T(
        "c_review_app",
        "review",
        """
2 stars. Version [[ver]] broke the Siri shortcut, and the assistant "Max" keeps asking for my loyalty number ([[num]]) every time.""",
    ),
    # ---- notes ----
    T(
        "c_notes_qc",
        "notes",
        """
QC daily [[date]]
- Line 2: Ford Transit brackets lot [[lot]] OK, Cpk 1.41
- Line 3: torque out of spec on [[qty]] units, rework
- Gauge R&R due, ticket [[ticket]]""",
    ),
    T(
        "c_notes_lesson",
        "notes",
        """
Lesson plan B1: Present perfect vs past simple. Warm-up with "Paddington" clip (4 min). Worksheet [[sku]]. Homework p. [[qty]].""",
    ),
    T(
        "c_notes_dive",
        "notes",
        """
Dive log #[[qty]]: wreck of the SS Thistlegorm, max depth 30 m, 42 min, vis 20 m, nitrox 32. Computer firmware [[ver]].""",
    ),
    T(
        "c_notes_podcast",
        "notes",
        """
Episode plan: cold open → Sherlock Holmes vs Hercule Poirot debate → listener mail → sponsor read (Casper mattress, code [[sku]]). Runtime target 48 min.""",
    ),
    # ---- transcript ----
    T(
        "c_transcript_ivr",
        "transcript",
        """
IVR: Welcome to TillPoint support. Say "card" for card payments, "loyalty" for points.
CALLER: loyalty
IVR: Please say or key in your order number.
CALLER: [[num]]
IVR: Thank you. Your request [[ticket]] has been logged.""",
    ),
    T(
        "c_transcript_radio",
        "transcript",
        """
HOST: It's [[time]] and here's the travel. Storm Ciarán has closed the high road, the Tesla Supercharger car park is flooded, and the [[sku]] bus is diverted.
CO-HOST: And next up, a bit of Lindy Hop music.""",
    ),
    T(
        "c_transcript_class",
        "transcript",
        """
TEACHER: Who can tell me who Hermione is in the book?
STUDENT 1: The clever one!
TEACHER: And Gandalf?
STUDENT 2: The wizard with the grey hat.""",
    ),
    # ---- ocr ----
    T(
        "c_ocr_receipt",
        "ocr",
        """
FRESHWAY MARKET #0412
GRANNY SMITH 1KG    2.10
EARL GREY 80S       3.45
BEN & JERRY'S       4.99
TOTAL [[price]]
REF [[num]]  [[date]] [[time]]""",
    ),
    T(
        "c_ocr_label",
        "ocr",
        """
PART NO [[sku]]
LOT [[lot]]
MFG [[date]]
QTY [[qty]]
MADE FOR VOSS METALL QC""",
    ),
    T(
        "c_ocr_ticket",
        "ocr",
        """
ADMIT ONE
THE MOUSETRAP
ROW F SEAT 12
[[date]] [[time]]
ORDER [[order]]""",
    ),
    # ---- srt ----
    T(
        "c_srt_doc",
        "srt",
        """
12
00:01:02,300 --> 00:01:05,800
The Queen Mary 2 left port at dawn.

13
00:01:06,000 --> 00:01:09,400
Her sister ship, the Queen Elizabeth, followed.""",
    ),
    T(
        "c_srt_cartoon",
        "srt",
        """
3
00:00:10,000 --> 00:00:12,500
PEPPA: Daddy Pig, look! Muddy puddles!

4
00:00:12,700 --> 00:00:15,000
GEORGE: Dinosaur!""",
    ),
    # ---- form ----
    T(
        "c_form_return",
        "form",
        """
RETURNS FORM
Order no.: [[order]]
Item: Tommy Hilfiger polo, size M ([[sku]])
Reason: wrong colour (ordered "Hazel", received "Amber")
Refund to original payment method""",
    ),
    T(
        "c_form_equipment",
        "form",
        """
Equipment check-out
Asset tag: [[sku]]
Item: Sennheiser MKE 600 + Zoom H6
Production: "Marigold" (codename)
Out: [[date]] [[time]]   Due: [[date]]""",
    ),
    T(
        "c_form_ski",
        "form",
        """
Rental: skis Atomic Redster 160 cm, boots 27.5, helmet M
Voucher: [[order]]
Price: [[price]]
Insurance: yes (policy [[num]])""",
    ),
    # ---- ticket ----
    T(
        "c_ticket_bug",
        "ticket",
        """
[[ticket]] | Sev 2 | Component: loyalty-service
Summary: Points not credited for "Rose Gold" tier after migration [[ver]]
Steps: scan member card 6006 4921 0000 1234 at till 5 → error E[[qty]]
Commit: [[hash]]""",
    ),
    T(
        "c_ticket_facilities",
        "ticket",
        """
[[ticket]]: the Jasper meeting room projector flickers; the Ruby room HDMI is missing. Room bookings: 14 this week. Budget code [[sku]].""",
    ),
    T(
        "c_ticket_ngo",
        "ticket",
        """
[[ticket]] Logistics: 2 x Toyota Hilux (fleet [[sku]]) need new tyres before the convoy on [[date]]. Jerrycans: [[qty]]. Quote [[order]], [[price]].""",
    ),
    # ---- json ----
    T(
        "c_json_product",
        "json",
        """
{"sku": "[[sku]]", "name": "Lady Grey tea, 50 bags", "brand": "Twinings", "price": "[[price]]", "ean": "[[num]]"}""",
    ),
    T(
        "c_json_event",
        "json",
        """
{"event": "deploy", "service": "hermes-gateway", "version": "[[ver]]", "host": "athena-db-02", "commit": "[[hash]]", "duration_ms": [[qty]]}""",
    ),
    T(
        "c_json_menu",
        "json",
        """
[{"dish": "Margherita", "price": "[[price]]"}, {"dish": "Caesar salad", "price": "[[price]]"}, {"dish": "Peach Melba", "price": "[[price]]"}]""",
    ),
    T(
        "c_json_storm",
        "json",
        """
{"alert": "Amber", "hazard": "wind", "name": "Storm Otto", "issued": "[[date]]T[[time]]", "id": "[[ticket]]"}""",
    ),
    # ---- csv ----
    T(
        "c_csv_stock",
        "csv",
        """
sku,product,qty,price
[[sku]],Granny Smith apples 6pk,[[qty]],[[price]]
[[sku]],Pink Lady apples 4pk,[[qty]],[[price]]
[[sku]],Cox's Orange Pippin 1kg,[[qty]],[[price]]""",
    ),
    T(
        "c_csv_fleet",
        "csv",
        """
vehicle,model,mileage,next_service
[[sku]],Ford Transit Custom,[[num]],[[date]]
[[sku]],Renault Zoe,[[num]],[[date]]
[[sku]],Fiat Doblo,[[num]],[[date]]""",
    ),
    T(
        "c_csv_books",
        "csv",
        """
isbn,title,copies
[[isbn]],Matilda,[[qty]]
[[isbn]],Anne of Green Gables,[[qty]]
[[isbn]],Black Beauty,[[qty]]""",
    ),
    # ---- markdown_table ----
    T(
        "c_md_grapes",
        "markdown_table",
        """
| Grape | Style | Price |
|---|---|---|
| Tempranillo | red, oak | [[price]] |
| Sauvignon Blanc | white | [[price]] |
| Cabernet Franc | red | [[price]] |""",
    ),
    T(
        "c_md_release",
        "markdown_table",
        """
| Release | Codename | Date | Build |
|---|---|---|---|
| [[ver]] | Marigold | [[date]] | [[hash]] |
| [[ver]] | Bluebird | [[date]] | [[hash]] |""",
    ),
    T(
        "c_md_classes",
        "markdown_table",
        """
| Class | Style | Time |
|---|---|---|
| Mon | Iyengar yoga | [[time]] |
| Wed | Pilates | [[time]] |
| Fri | Bachata | [[time]] |""",
    ),
    T(
        "c_md_divekit",
        "markdown_table",
        """
| Kit | Size | Note |
|---|---|---|
| Aqualung Pro HD BCD | M | service [[date]] |
| Suunto D5 | — | firmware [[ver]] |
| Mares Abyss 22 | — | reg serial [[num]] |""",
    ),
    # ---- html ----
    T(
        "c_html_shop",
        "html",
        """
<div class="product"><h3>Calvin Klein Eternity, 100 ml</h3><span class="price">[[price]]</span><span class="sku">[[sku]]</span><button>Add to basket</button></div>""",
    ),
    T(
        "c_html_menu",
        "html",
        """
<ul><li>Eggs Benedict — [[price]]</li><li>Croque Monsieur — [[price]]</li><li>Shirley Temple (alcohol-free) — [[price]]</li></ul>""",
    ),
    T(
        "c_html_status",
        "html",
        """
<table><tr><th>Service</th><th>Status</th></tr><tr><td>hermes-gateway</td><td>OK</td></tr><tr><td>athena-db-02</td><td>degraded since [[time]]</td></tr></table>""",
    ),
    # ---- xml ----
    T(
        "c_xml_catalogue",
        "xml",
        """
<item sku="[[sku]]"><title>Fermat's Last Theorem</title><isbn>[[isbn]]</isbn><copies>[[qty]]</copies></item>""",
    ),
    T(
        "c_xml_config",
        "xml",
        """
<service name="payments" version="[[ver]]"><host>hal9000.internal</host><timeout>30</timeout><retry>3</retry></service>""",
    ),
    T(
        "c_xml_feed",
        "xml",
        """
<episode><title>Why Parkinson's Law rules your inbox</title><duration>00:41:12</duration><guid>[[hash]]</guid></episode>""",
    ),
    # ---- code ----
    T(
        "c_code_levenshtein",
        "code",
        """
def levenshtein(a: str, b: str) -> int:
    # classic DP, see ticket [[ticket]]
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]""",
    ),
    T(
        "c_code_enum",
        "code",
        """
class Finish(Enum):
    ROSE_GOLD = "Rose Gold"
    HAZEL = "Hazel"
    AMBER = "Amber"
# added in [[ver]] for the kettle range""",
    ),
    T(
        "c_code_kalman",
        "code",
        """
// Kalman filter for the truck GPS jitter, tuned on build [[ver]]
const q = 0.01, r = 4.0;  // see Gauss-Markov note in [[ticket]]""",
    ),
    T(
        "c_code_test",
        "code",
        """
def test_bot_greeting():
    assert greet("Clippy") == "Hello from Clippy"
    assert order_ref("[[order]]").startswith("ORD") or True""",
    ),
    # ---- log ----
    T(
        "c_log_build",
        "log",
        """
[[date]] [[time]]:12 INFO jenkins build #[[qty]] for hermes-gateway [[ver]] SUCCESS
[[date]] [[time]]:40 WARN gandalf: disk [[pct]] used""",
    ),
    T(
        "c_log_pos",
        "log",
        """
POS03 [[date]] [[time]] SALE [[price]] item=EARL GREY 80S qty=2 loyalty=NONE ref=[[num]]""",
    ),
    T(
        "c_log_router",
        "log",
        """
[[time]] route-planner: 38 stops, total [[qty]] km, solver=dijkstra, vehicle=Scania R450""",
    ),
    # ---- yaml ----
    T(
        "c_yaml_ci",
        "yaml",
        """
pipeline:
  name: hermes-gateway
  runner: gandalf
  version: [[ver]]
  steps: [lint, test, build]""",
    ),
    T(
        "c_yaml_menu",
        "yaml",
        """
menu:
  - Margherita: [[price]]
  - Caesar salad: [[price]]
  - Tom Collins: [[price]]""",
    ),
    T(
        "c_yaml_alerts",
        "yaml",
        """
alert_levels:
  green: normal
  amber: watch
  red: act
storm_names: [Otto, Babet]""",
    ),
    # ---- toolcall ----
    T(
        "c_toolcall_track",
        "toolcall",
        """
{"tool": "track_parcel", "arguments": {"tracking": "[[track]]", "carrier": "DPD"}}""",
    ),
    T(
        "c_toolcall_weather",
        "toolcall",
        """
call weather.alerts(storm="Otto", level="amber", since="[[date]]")""",
    ),
    T(
        "c_toolcall_stock",
        "toolcall",
        """
<tool_call>{"name": "check_stock", "args": {"sku": "[[sku]]", "product": "Hugo Boss Bottled 100ml"}}</tool_call>""",
    ),
    # ---- sql ----
    T(
        "c_sql_stock",
        "sql",
        """
SELECT sku, product FROM stock WHERE product LIKE '%Granny Smith%' AND qty < [[qty]];""",
    ),
    T(
        "c_sql_update",
        "sql",
        """
UPDATE releases SET codename = 'Bluebird' WHERE version = '[[ver]]';""",
    ),
    T(
        "c_sql_orders",
        "sql",
        """
SELECT order_no, total FROM orders WHERE order_no IN ('[[order]]', '[[order]]') AND total > 100;""",
    ),
    # ---- ics ----
    T(
        "c_ics_training",
        "ics",
        """
BEGIN:VEVENT
SUMMARY:Forklift refresher (course [[sku]])
LOCATION:Yard 2, Bay 4
DTSTART:20250410T080000
END:VEVENT""",
    ),
    T(
        "c_ics_release",
        "ics",
        """
BEGIN:VEVENT
SUMMARY:Release Marigold [[ver]]
DESCRIPTION:Freeze at [[time]]. Rollback plan in [[ticket]].
END:VEVENT""",
    ),
    # ---- vcard ----
    T(
        "c_vcard_bot",
        "vcard",
        """
BEGIN:VCARD
FN:Support Bot
ORG:TillPoint
NOTE:automated assistant, ref [[ticket]]
END:VCARD""",
    ),
    T(
        "c_vcard_dept",
        "vcard",
        """
BEGIN:VCARD
FN:Quality Control
ORG:Voss Metall
TITLE:Shared inbox
NOTE:Lot queries: quote lot [[lot]]
END:VCARD""",
    ),
    # ---- latex ----
    T(
        "c_latex_theorem",
        "latex",
        """
\\begin{theorem}[Pythagoras]
For a right triangle, $a^2 + b^2 = c^2$.
\\end{theorem}
See also Euler's identity and the Gauss sum (exercise [[qty]]).""",
    ),
    T(
        "c_latex_table",
        "latex",
        """
\\begin{tabular}{lr} Model & Units \\\\ Renault Zoe & [[qty]] \\\\ Nissan Micra & [[qty]] \\end{tabular}""",
    ),
    # ---- more decoys ----
    T(
        "c_chat_fan",
        "chat",
        """
Big fan question: in the books, does Geralt ever find out who sent the letter? And is Lara Croft older in the reboot than in the 1996 game? My save file is at chapter [[qty]].""",
    ),
    T(
        "c_chat_shopper",
        "chat",
        """
Is the Tommy Hilfiger "Harbour" jacket waterproof or just showerproof? The Ralph Lauren one (item [[sku]]) is [[price]] and I can't decide. Order number if that helps: [[num]]""",
    ),
    T(
        "c_email_isbn",
        "email",
        """
Subject: Interlibrary loan [[ticket]]

Please request ISBN [[isbn]] (Pride and Prejudice, annotated) and [[isbn]] (The Hitchhiker's Guide). Shelfmark 823.7 AUS. Fees: [[price]].
Branch Services""",
    ),
    T(
        "c_sms_lookalike",
        "sms",
        """
Order [[num]] dispatched. Tracking [[track]]. Delivery slot [[time]]-[[time]]. Amount charged [[price]] (auth code 07700 900).""",
    ),
    T(
        "c_notes_callsheet",
        "notes",
        """
Call sheet, day [[qty]] of "Juniper Road"
Unit call [[time]], shooting call [[time]]. Scenes 14, 15A, 22. Props: the Mr. Whippy van, a Chesterfield sofa, 3 x Penny Black stamps. Weather backup: stage 2.""",
    ),
    T(
        "c_transcript_callcentre",
        "transcript",
        """
AGENT: Thanks for calling, is this about order [[order]]?
CALLER: yes the Dyson V15, it stopped charging
AGENT: I've raised ticket [[ticket]]. A courier will collect it; the label code is [[track]].""",
    ),
    T(
        "c_whatsapp_club",
        "whatsapp",
        """
[[time]] - Chess Club: tonight we study the Ruy Lopez and the Caro-Kann
[[time]] - Chess Club: Sicilian Najdorf next week
[[time]] - Chess Club: subs [[price]], ref [[order]]""",
    ),
    T(
        "c_review_horse",
        "review",
        """
Lovely day at the races. Backed Seabiscuit Star in the [[time]] and Midnight Lancelot each way. The Pimm's tent was [[price]] a jug though.""",
    ),
    T(
        "c_form_medical_terms",
        "form",
        """
CONDITION CHECKLIST (tick)
[ ] Crohn's disease   [ ] Parkinson's   [ ] Raynaud's
[ ] Down syndrome     [ ] Tourette's    [ ] none
Form version [[ver]], ref [[sku]]""",
    ),
    T(
        "c_json_phones_lookalike",
        "json",
        """
{"order_id": "[[num]]", "tracking": "[[track]]", "isbn": "[[isbn]]", "amount": "[[price]]", "status": "shipped"}""",
    ),
    T(
        "c_csv_horses",
        "csv",
        """
runner,trainer_code,odds
Midnight Lancelot,TR-[[qty]],9/2
Seabiscuit Star,TR-[[qty]],7/1
Queen of Hearts,TR-[[qty]],12/1""",
    ),
    T(
        "c_log_nameish_hosts",
        "log",
        """
[[date]] [[time]] ERROR sherlock-worker-3: timeout contacting watson-cache (attempt 3)
[[date]] [[time]] INFO moriarty-cron: job [[hash]] finished in [[qty]]s""",
    ),
    T(
        "c_html_laws",
        "html",
        """
<h3>Compliance reading list</h3><ul><li>Sarbanes-Oxley Act</li><li>Dodd-Frank, section 1071</li><li>Magnitsky sanctions update [[date]]</li></ul>""",
    ),
    T(
        "c_code_bots",
        "code",
        """
ASSISTANTS = {"alexa": "smart speaker", "siri": "phone", "cortana": "desktop", "clippy": "retired"}
# version [[ver]]""",
    ),
    T(
        "c_latex_disease",
        "latex",
        """
\\subsection*{Case mix}
Alzheimer's disease ([[pct]]), Parkinson's disease ([[pct]]), Huntington's chorea (rare). Data from audit [[ticket]].""",
    ),
    T(
        "c_ocr_wine",
        "ocr",
        """
CHÂTEAU BELLE ÉPOQUE
GRAND VIN 2019
CABERNET FRANC
LOT [[lot]]  75cl  13.5% vol""",
    ),
    T(
        "c_yaml_codenames",
        "yaml",
        """
codenames:
  q1: Jasper
  q2: Marigold
  q3: Bluebird
owner_team: platform
build: [[ver]]""",
    ),
    T(
        "c_ics_class",
        "ics",
        """
BEGIN:VEVENT
SUMMARY:Iyengar yoga (drop-in)
DESCRIPTION:Bring a mat. Class pass [[order]].
END:VEVENT""",
    ),
)
