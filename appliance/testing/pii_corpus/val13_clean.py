"""Clean templates of val13: prompts with no personal data at all, full of hard decoys.

Hand-written for val13 (see `val13_gen` for the «slot» syntax; clean templates use decoy slots
only). Every shape of the part appears here too. The decoys are things named like people that
are not people (brands, characters, mascots, bots, dishes, drinks, apple and grape varieties,
paint colours, perfumes, yoga and dance styles, ships, racehorses, storms, awards, laws,
diseases, theorems, product models, codenames, hostnames), everyday words that are also given
names ("will", "bill", "grace period", "Amber" alert), and numbers that look like phones,
cards or accounts but are order ids, tracking codes, ISBNs, versions and gift-card serials.
"""

from __future__ import annotations

from appliance.testing.pii_corpus.val13_gen import Template

TEMPLATES: list[Template] = [
    # ---------------------------------------------------------------- chat
    (
        "c_router_chat",
        "chat",
        """My «model» keeps rebooting after firmware «ver». Support ticket «ticket» says it will be fixed in the next release. Is it worth factory resetting, or will that wipe the mesh settings?""",
    ),
    (
        "c_character_chat",
        "chat",
        """who would win in a fight, «character» or «character2»? my kid says «character» easily but I think the «character2» lore says otherwise""",
    ),
    (
        "c_cocktail_chat",
        "chat",
        """Planning a 1920s night. Give me a menu with «drink», «drink2», «dish» canapés and something non-alcoholic, plus a warm-up session of «style» for the guests who want to move.""",
    ),
    (
        "c_apple_chat",
        "chat",
        """Our co-op has «qty» kg of «apple» and «apple2» apples bruised in transit. Best uses? Chutney, juice, or sell as seconds at «price» a box?""",
    ),
    (
        "c_grace_chat",
        "chat",
        """Is there a grace period on a parking charge notice? Mine says PCN «ref», issued «date», £70 reduced to £35 if paid within 14 days. Will an appeal pause the clock?""",
    ),
    (
        "c_paint_chat",
        "chat",
        """Which goes better with oak floors, «paint» or «paint2»? The hallway faces north and the radiator covers are «paint3».""",
    ),
    (
        "c_esports_chat",
        "chat",
        """best «character» build for the current patch «ver»? our team «team» keeps losing mid lane and the coach bot just says 'farm more' lol""",
    ),
    # ---------------------------------------------------------------- email
    (
        "c_plan_email",
        "email",
        """Subject: Your new Fibre 900 plan starts «date»

Hello,

Your upgrade (order «order») is confirmed. Your monthly bill will be «price» from the next cycle. The «model» router ships with tracking «track».

Kind regards,
BrightWire Customer Care""",
    ),
    (
        "c_policy_email",
        "email",
        """Subject: Changes to your pet insurance wording

Hi there,

From «date», claims for «disease» in dogs and cats are covered up to «price» per condition. Pre-existing conditions remain excluded. Policy documents version «ver» are attached.

The Claims Team""",
    ),
    (
        "c_module_email",
        "email",
        """Subject: Module change – Stats 201

Dear students,

The lecture on «theorem» moves to room «room» on «date» at «time». Problem set 4 covers the «theorem2». Reading list: ISBN «isbn».

Student Services""",
    ),
    (
        "c_shipping_email",
        "email",
        """Subject: Your order «order» has shipped

Good news! Your «brand» order (2 × «sku») left our warehouse on «date». Track it with «track». Gift card serial «gift» was applied.

Thanks for shopping with us.""",
    ),
    (
        "c_newsletter_email",
        "email",
        """Subject: Spring at the allotment co-op

This month: «apple» trees are in blossom, the honey stall is back, and the bake-off theme is «dish». Membership renews at «price» before «date».

See you at the gate!""",
    ),
    # ---------------------------------------------------------------- sms
    (
        "c_otp_sms",
        "sms",
        """Your BrightWire code is «qty». It expires in 10 min. Never share it. Ref «ref»""",
    ),
    (
        "c_delivery_sms",
        "sms",
        """Your parcel «track» will arrive «date» between «time» and «time2». Reply 1 to change.""",
    ),
    (
        "c_gym_sms",
        "sms",
        """FitForge: «style» class at «time» is full. You're #3 on the waitlist. Summer offer: «pct» off annual plans!""",
    ),
    (
        "c_amber_sms",
        "sms",
        """Flood alert level AMBER for the river area from «time». Move valuables upstairs. Info line ref «ref».""",
    ),
    # ---------------------------------------------------------------- whatsapp
    (
        "c_quiz_whatsapp",
        "whatsapp",
        """[«date», 20:11] Quiz Night: Q7 – «vessel»: ship, racehorse or storm? 🐎
[«date», 20:12] Quiz Night: Q8 – who won the «award» in «year»? (the book, not the author!)
[«date», 20:15] Quiz Night: answers at half time 🍻""",
    ),
    (
        "c_fantasy_whatsapp",
        "whatsapp",
        """🏆 «team» league update: gameweek «qty» done. Highest score 87. Captain picks this week: anyone but the «brand» sponsored keeper 😂 Deadline «time» Friday.""",
    ),
    (
        "c_baking_whatsapp",
        "whatsapp",
        """Bake sale list:
- «dish» x2
- «dish2»
- 3 trays «apple» crumble
Float: «price». Tins back by «date» please 🙏""",
    ),
    # ---------------------------------------------------------------- letter
    (
        "c_rent_letter",
        "letter",
        """Dear Tenant,

This is a reminder that your annual gas safety inspection is due on «date». The engineer will need access to the boiler and the «brand» hob. Reference «ref».

Yours faithfully,
The Lettings Team""",
    ),
    (
        "c_award_letter",
        "letter",
        """Dear Applicant,

We are pleased to confirm your nomination for the «award» shortlist, category B. Please send a 300-word summary and your ISBN («isbn») by «date».

Yours sincerely,
The Prize Committee""",
    ),
    (
        "c_diocese_letter",
        "letter",
        """Dear friends,

The Advent appeal raised «price». Thank you! Carol service «date», «time». Mulled wine and «dish» afterwards in the hall.

With every blessing,
The Parish Council""",
    ),
    # ---------------------------------------------------------------- form
    (
        "c_quote_form",
        "form",
        """QUOTE REQUEST
Job type: loft insulation
Property type: semi-detached, built «year»
Preferred start: «date»
Budget: «price»
Finish: «paint»
Reference: «ref»""",
    ),
    (
        "c_rental_form",
        "form",
        """VEHICLE CONDITION REPORT
Agreement: «order»
Model: «model»
Fuel: 3/4
Mileage out: «amount»
Damage: scuff rear bumper
Upgrade offered: «brand»""",
    ),
    (
        "c_trial_form",
        "form",
        """ELIGIBILITY CHECKLIST (protocol «ref»)
Age 40-75: Y/N
Diagnosed «disease» within 5 yrs: Y/N
Taking anticoagulants: Y/N
Site visit window: «date» to «date2»""",
    ),
    # ---------------------------------------------------------------- review
    (
        "c_perfume_review",
        "review",
        """★★★★☆ «perfume» lasts about six hours on me. Sweeter than «perfume2», and the bottle is gorgeous. Bought the 50 ml for «price».""",
    ),
    (
        "c_product_review",
        "review",
        """3/5. The «model» is fast but the «paint» finish scratches easily. Support ticket «ticket» took a week. Firmware «ver» fixed the wifi drops at least.""",
    ),
    (
        "c_restaurant_review",
        "review",
        """Came for the «dish», stayed for the «drink». The «grape» by the glass is excellent. Service was slow on a Friday, bill came to «price» for two.""",
    ),
    (
        "c_game_review",
        "review",
        """«character» finally gets the story they deserve. 9/10. The boss fight with «character2» is the best since «year». Runs at 60fps on patch «ver».""",
    ),
    # ---------------------------------------------------------------- notes
    (
        "c_sprint_notes",
        "notes",
        """Sprint «qty» retro
- «codename» migration slipped, blocked on «host»
- «theorem» dedupe cut duplicates by «pct»
- Action: pin «brand» SDK to «ver»""",
    ),
    (
        "c_class_notes",
        "notes",
        """Lecture 7 – «theorem»
- proof sketch p. 212 (ISBN «isbn»)
- compare with «theorem2»
- exam: «date», room «room»""",
    ),
    (
        "c_wedding_notes",
        "notes",
        """Theme: «paint» and ivory
Cocktails: «drink», «drink2»
First dance: «style»
Cake: 3 tiers, «apple» and elderflower
Budget left: «price»""",
    ),
    (
        "c_trainer_notes",
        "notes",
        """Week 4 plan
Mon: «style» 45 min
Wed: intervals 6 × 400 m
Fri: mobility, «style2»
Macros: 140 g protein; swap «dish» for grilled fish""",
    ),
    # ---------------------------------------------------------------- transcript
    (
        "c_ivr_transcript",
        "transcript",
        """IVR: Welcome to Kestrel Claims. For car claims, press 1. For home, press 2.
CALLER: [pressed 2]
IVR: Please enter your 8-digit claim reference, followed by hash.
CALLER: [entered «ref»]
IVR: Thank you. Your claim is being assessed. Estimated decision: «date».""",
    ),
    (
        "c_podcast_transcript",
        "transcript",
        """HOST 1: Today: is «character» the most overrated detective ever?
HOST 2: Controversial! «character2» fans will be in the comments.
HOST 1: Also, the «award» shortlist dropped. Episode «qty», let's go.""",
    ),
    (
        "c_qa_transcript",
        "transcript",
        """[00:00] AGENT: Thank you for calling, how can I help?
[00:04] CALLER: My «model» won't pair with the «brand» speaker.
[00:20] AGENT: Let's try a reset. Hold the button for ten seconds.
[01:02] CALLER: It works! Will it remember the settings?""",
    ),
    # ---------------------------------------------------------------- ticket
    (
        "c_bug_ticket",
        "ticket",
        """[«ticket»] Checkout crashes on «model»
Version: «ver»
Steps: add «sku» to basket, apply gift card «gift», press Pay
Expected: order «order» created
Actual: blank screen""",
    ),
    (
        "c_baggage_ticket",
        "ticket",
        """Lost property «ref»
Item: grey «brand» backpack with «character» keyring
Found: lounge 2, seat area B
Flight: «flight», «date»
Status: awaiting claim""",
    ),
    (
        "c_infra_ticket",
        "ticket",
        """«ticket»: Disk 91% on «host»
Cause: «codename» logs not rotating since «ver»
Fix: logrotate weekly, keep «qty»""",
    ),
    # ---------------------------------------------------------------- voice
    (
        "c_voice_shopping",
        "voice",
        """add «apple» apples oat milk and «dish» ingredients to the shopping list and remind me about the bill on friday""",
    ),
    (
        "c_voice_timer",
        "voice",
        """set a timer for twenty minutes for the «dish» then play some «style» music""",
    ),
    (
        "c_voice_question",
        "voice",
        """hey what year did «character» first appear and is the «brand» advert with them still on youtube""",
    ),
    # ---------------------------------------------------------------- ocr
    (
        "c_ocr_receipt",
        "ocr",
        """FARM C0-OP
«apple» 2kg ...... «price»
Honey 340g ...... «price2»
T0TAL «price3»
Card **** «qty»   Auth «ref»
Receipt «order»""",
    ),
    (
        "c_ocr_label",
        "ocr",
        """SHIP T0: [see manifest]
Tracking «track»
Weight 2.4 kg   Pkg 1/1
Contents: «sku» («brand»)
D0 N0T BEND""",
    ),
    (
        "c_ocr_manual",
        "ocr",
        """«model» Quick Start
1. C0nnect the grey cable to p0rt WAN
2. Wait f0r the light to turn amber
3. Firmware «ver» — see ISBN «isbn» for the full manual""",
    ),
    # ---------------------------------------------------------------- srt
    (
        "c_trailer_srt",
        "srt",
        """1
00:00:00,500 --> 00:00:03,000
This autumn, «character» returns.

2
00:00:03,200 --> 00:00:06,000
From the makers of «character2»'s greatest adventure.""",
    ),
    (
        "c_cooking_srt",
        "srt",
        """4
00:02:10,000 --> 00:02:13,500
Today we're making a proper «dish».

5
00:02:13,700 --> 00:02:17,000
You'll want «apple» apples, they hold their shape.""",
    ),
    (
        "c_lecture_srt",
        "srt",
        """9
00:14:02,000 --> 00:14:06,000
So the «theorem» gives us the bound directly.

10
00:14:06,200 --> 00:14:09,800
Next week, «theorem2» and its applications.""",
    ),
    # ---------------------------------------------------------------- json
    (
        "c_product_json",
        "json",
        """{"sku": "«sku»", "name": "«model»", "finish": "«paint»", "price": "«price»", "stock": «qty», "tags": ["«brand»", "bestseller"]}
Write a product description from this.""",
    ),
    (
        "c_match_json",
        "json",
        """{"match_id": "«ref»", "teams": ["«team»", "«team2»"], "mvp_hero": "«character»", "patch": "«ver»", "duration_s": «amount»}""",
    ),
    (
        "c_config_json",
        "json",
        """{
  "service": "«codename»",
  "host": "«host»",
  "version": "«ver»",
  "retry": {"max": 5, "backoff_ms": «amount»},
  "feature_flags": {"amber_mode": true}
}""",
    ),
    (
        "c_menu_json",
        "json",
        """{"menu": [{"item": "«dish»", "price": "«price»"}, {"item": "«dish2»", "price": "«price2»"}, {"item": "«apple» tart", "price": "«price3»"}]}""",
    ),
    # ---------------------------------------------------------------- csv
    (
        "c_stock_csv",
        "csv",
        """sku,variety,kg,price_per_kg
«sku»,«apple»,«qty»,«price»
«sku2»,«apple2»,«qty2»,«price2»
«sku3»,«grape»,«qty3»,«price3»""",
    ),
    (
        "c_shipments_csv",
        "csv",
        """order,tracking,status,eta
«order»,«track»,in transit,«date»
«order2»,«track2»,delivered,«date2»""",
    ),
    (
        "c_storms_csv",
        "csv",
        """event_or_vessel,date,claims_opened,avg_payout
«vessel»,«date»,«amount»,«price»
«vessel2»,«date2»,«amount2»,«price2»""",
    ),
    # ---------------------------------------------------------------- markdown_table
    (
        "c_plans_md",
        "markdown_table",
        """| Plan | Speed | Router | Price |
|---|---|---|---|
| Fibre 150 | 150 Mb | «model» | «price» |
| Fibre 900 | 900 Mb | «model2» | «price2» |""",
    ),
    (
        "c_varieties_md",
        "markdown_table",
        """| Variety | Use | Harvest |
|---|---|---|
| «apple» | eating | Sept |
| «apple2» | cooking | Oct |
| «apple3» | cider | Oct |""",
    ),
    (
        "c_laws_md",
        "markdown_table",
        """| Law | Domain | One-liner |
|---|---|---|
| Murphy's law | engineering | what can go wrong will |
| Conway's law | software | orgs ship their org chart |
| «award» | ? | fill this row in |""",
    ),
    # ---------------------------------------------------------------- html
    (
        "c_listing_html",
        "html",
        """<div class="listing"><h2>2-bed flat, south facing</h2><p>Freshly painted in «paint», «brand» appliances, EPC C.</p><span class="price">«price» pcm</span><small>Ref «ref»</small></div>""",
    ),
    (
        "c_menu_html",
        "html",
        """<section id="drinks"><h3>Classics</h3><ul><li>«drink» – «price»</li><li>«drink2» – «price2»</li></ul></section>
How do I make these prices line up on the right?""",
    ),
    (
        "c_banner_html",
        "html",
        """<div class="alert alert-amber">Scheduled maintenance on «host» «date» «time» UTC (release «ver»).</div>""",
    ),
    # ---------------------------------------------------------------- xml
    (
        "c_feed_xml",
        "xml",
        """<item><title>Ep. «qty»: Why «character» still matters</title><pubDate>«date»</pubDate><enclosure url="https://cdn.pulse.fm/ep«qty».mp3" length="«amount»"/></item>""",
    ),
    (
        "c_pom_xml",
        "xml",
        """<dependency>
  <groupId>com.kestrel</groupId>
  <artifactId>«codename»-client</artifactId>
  <version>«ver»</version>
</dependency>
Why does Maven pick an older version?""",
    ),
    (
        "c_catalog_xml",
        "xml",
        """<product sku="«sku»"><name>«model»</name><colour>«paint»</colour><price currency="EUR">«price»</price></product>""",
    ),
    # ---------------------------------------------------------------- code
    (
        "c_algo_code",
        "code",
        """def shortest(graph, src):
    # textbook «theorem», heap-based
    dist = {src: 0}
    ...
Why is my «theorem» slower than networkx on «qty» nodes?""",
    ),
    (
        "c_enum_code",
        "code",
        """class Finish(Enum):
    ROSE_GOLD = "«paint»"
    MIDNIGHT = "«paint2»"
    AMBER = "«paint3»"
# Will the DB migration break if we rename AMBER?""",
    ),
    (
        "c_test_code",
        "code",
        """it('formats the order id', () => {
  expect(formatOrder('«order»')).toBe('«order»');
  expect(formatPrice(«amount»)).toBe('«price»');
});""",
    ),
    (
        "c_bot_code",
        "code",
        """BOT_NAME = "«mascot»"
GREETING = f"Hi, I'm {BOT_NAME}! Ask me about «model» deals."
# rename before launch? «mascot» is trademarked""",
    ),
    # ---------------------------------------------------------------- log
    (
        "c_build_log",
        "log",
        """[«time»] Building «codename» «ver»
[«time»] Resolving «brand»-sdk «ver2»
[«time»] Tests: 412 passed, 3 skipped
[«time»] Deployed to «host» (commit «hash»)""",
    ),
    (
        "c_job_log",
        "log",
        """«date» 02:00:01 cron[«qty»]: job nightly-export started on «host»
«date» 02:14:55 cron[«qty»]: exported «amount» rows to s3://exports/«hash».parquet
«date» 02:14:56 cron[«qty»]: job nightly-export finished, exit 0""",
    ),
    (
        "c_game_log",
        "log",
        """[match «ref»] «character» picked by team «team»
[match «ref»] first blood at 03:12
[match «ref»] «team2» wins, MVP hero «character2»""",
    ),
    # ---------------------------------------------------------------- yaml
    (
        "c_deploy_yaml",
        "yaml",
        """service: «codename»
image: registry.local/«codename»:«ver»
replicas: 3
nodeSelector:
  pool: «host»""",
    ),
    (
        "c_league_yaml",
        "yaml",
        """league: Sunday five-a-side
teams:
  - «team»
  - «team2»
kickoff: "«time»"
pitch_fee: "«price»\"""",
    ),
    (
        "c_ci_yaml",
        "yaml",
        """jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: make test VERSION=«ver»""",
    ),
    # ---------------------------------------------------------------- toolcall
    (
        "c_search_toolcall",
        "toolcall",
        """{"tool": "catalog.search", "arguments": {"query": "«model» «paint»", "max_price": "«price»"}}""",
    ),
    (
        "c_weather_toolcall",
        "toolcall",
        """Assistant called: claims.storm_report(storm="«vessel»", since="«date»")
Tool result: {"open_claims": «amount», "avg_payout": "«price»"}""",
    ),
    (
        "c_recipe_toolcall",
        "toolcall",
        """<tool_call>{"name": "recipes.lookup", "args": {"dish": "«dish»", "servings": «qty»}}</tool_call>""",
    ),
    # ---------------------------------------------------------------- sql
    (
        "c_sales_sql",
        "sql",
        """SELECT variety, SUM(kg) FROM harvest WHERE variety IN ('«grape»', '«grape2»') AND picked_on >= '2024-09-01' GROUP BY variety;""",
    ),
    (
        "c_orders_sql",
        "sql",
        """UPDATE orders SET status = 'shipped', tracking = '«track»' WHERE order_no = '«order»';""",
    ),
    (
        "c_schema_sql",
        "sql",
        """CREATE TABLE storms (name TEXT PRIMARY KEY, landfall DATE, claims INT);
INSERT INTO storms VALUES ('«vessel»', '2024-11-02', «qty»);
Why does this fail on the second run?""",
    ),
    # ---------------------------------------------------------------- ics
    (
        "c_release_ics",
        "ics",
        """BEGIN:VEVENT
DTSTART:20250401T090000Z
SUMMARY:Release «codename» «ver»
DESCRIPTION:Freeze on «host». Rollback plan in «ticket».
END:VEVENT""",
    ),
    (
        "c_class_ics",
        "ics",
        """BEGIN:VEVENT
SUMMARY:«style» (beginners)
LOCATION:Studio 2
RRULE:FREQ=WEEKLY;BYDAY=TU
END:VEVENT""",
    ),
    (
        "c_match_ics",
        "ics",
        """BEGIN:VEVENT
SUMMARY:«team» vs «team2» – league round «qty»
DTSTART:20250518T140000Z
END:VEVENT""",
    ),
    # ---------------------------------------------------------------- vcard
    (
        "c_company_vcard",
        "vcard",
        """BEGIN:VCARD
VERSION:3.0
ORG:«brand» Service Centre
TITLE:Customer Support
NOTE:Open 9-5; ticket prefix «ticket»
END:VCARD""",
    ),
    (
        "c_bot_vcard",
        "vcard",
        """BEGIN:VCARD
VERSION:4.0
FN:«mascot» (virtual assistant)
KIND:application
NOTE:Answers questions about «model»
END:VCARD""",
    ),
    # ---------------------------------------------------------------- latex
    (
        "c_proof_latex",
        "latex",
        """\\begin{theorem}[«theorem»]
Let $G$ be a graph with $n = «qty»$ vertices. Then ...
\\end{theorem}
Can you finish the proof sketch?""",
    ),
    (
        "c_table_latex",
        "latex",
        """\\begin{tabular}{lr}
Variety & Yield (kg) \\\\
«grape» & «amount» \\\\
«grape2» & «amount2» \\\\
\\end{tabular}""",
    ),
    (
        "c_cite_latex",
        "latex",
        """As shown by the «award» committee report \\cite{report«year»} and the «theorem» bound, the estimator converges. See ISBN «isbn».""",
    ),
    # ---------------------------------------------------------------- more, mixed shapes
    (
        "c_brand_chat",
        "chat",
        """Is a «brand» or a «brand2» better value for a family of four? We'd keep it 6 years, budget «price», and the dog sheds a lot.""",
    ),
    (
        "c_disease_chat",
        "chat",
        """Explain the difference between «disease» and «disease2» in plain English, for a leaflet our clinical trial site hands out. Reading age 12, under 200 words.""",
    ),
    (
        "c_perfume_chat",
        "chat",
        """gift ideas under «price»? she likes «perfume» but already has it. maybe «perfume2»? or a «style» class voucher""",
    ),
    (
        "c_mascot_review",
        "review",
        """★★☆☆☆ The kids' meal came with a «mascot» toy that broke in five minutes. The «dish» was fine. Order «order», table 12.""",
    ),
    (
        "c_lounge_email",
        "email",
        """Subject: Lounge access for «flight»

Your booking «pnr» includes access to the SkyHop lounge from «time». Show the barcode «ref» at the desk. The «drink» bar opens at noon.

Safe travels""",
    ),
    (
        "c_radio_notes",
        "notes",
        """Breakfast show running order «date»
06:05 news + travel
06:20 competition: name the «vessel»
06:40 «award» shortlist chat
07:10 ad break («brand», «brand2»)""",
    ),
]
