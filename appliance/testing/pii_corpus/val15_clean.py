"""Clean templates for val15 (the fifteenth blind part of the labelled PII corpus): prompts
with no personal data at all, in every shape the personal templates use, full of hard
decoys (brands, characters, dishes, colours, storms, laws and theorems named after people,
codenames, hostnames, order numbers, tracking codes, ISBNs, versions, phone-shaped
references). Written by hand by an author who read only the package's `__init__.py` and
`validity.py`; the slot syntax is described in `val15_gen`.
"""

from __future__ import annotations

from appliance.testing.pii_corpus.val15_gen import Template, templates

RAW: list[tuple[str, str]] = [
    # ---- chat
    (
        "chat",
        """I'm choosing between the «model» and the «model» for a marketplace listing photo shoot. Which has the better camera in low light? Budget around «price».""",
    ),
    (
        "chat",
        """Who would win in a fight, «character» or «character»? Asking for our game studio's Friday quiz, no spoilers for the «ver» patch please.""",
    ),
    (
        "chat",
        """Suggest a cocktail menu for a theatre opening night: something with «dish», a «dish» twist, and a non-alcoholic option. Our «codename» bar seats 40.""",
    ),
    (
        "chat",
        """Is the «paint» finish on the «model» likely to scratch? Seller says it's the same as the «paint» edition, item «sku».""",
    ),
    (
        "chat",
        """Explain «eponym» to a first-year lab tech in two paragraphs, then give an example with sample IDs like «sample» and «sample».""",
    ),
    (
        "chat",
        """My delivery order «order» says "handed to resident" but nothing arrived. Tracking «track». What should I write to the platform? Keep it short.""",
    ),
    (
        "chat",
        """Can «bot» and «bot» share a shopping list? I want one list for the co-living kitchen, «qty» of us, the «brand» app is too clunky.""",
    ),
    (
        "chat",
        """Write a product description for our «variety» cider, aged in «brand» whiskey barrels, «pct» ABV, label code «sku».""",
    ),
    # ---- email
    (
        "email",
        """Subject: Release «ver» of the «software» plugin

Hi all,

«ver» is out. It fixes the «eponym» regression from «ticket» and bumps «software» to «ver». Changelog hash «hash».

Thanks,
The Platform Guild""",
    ),
    (
        "email",
        """Subject: Your «brand» order «order» has shipped

Good news! Your «model» in «paint» is on its way. Tracking number: «track». Estimated delivery «date». Order total «price».

Questions? Reply to this e-mail or visit the help centre.""",
    ),
    (
        "email",
        """Subject: Loan «acc» - condition report

Dear registrar,

The condition report for the «year» panel «acc» is attached. The crate will travel on «ship» replica display day, «date», with climate log «lot».

Collections team""",
    ),
    (
        "email",
        """Subject: Rehearsal schedule, week of «date»

Orchestra,
Tuesday: «style» warm-up at «time», then the «award» programme.
Thursday: sectionals in «room».
Please bring the «isbn» edition of the score.

Orchestra management""",
    ),
    (
        "email",
        """Subject: Customs hold on «container»

Dear client,

Your shipment «awb» is held pending the HS classification («hs») of the «model» units. Storage fees of «price» per day apply from «date». Please log in to the portal to upload the commercial invoice «inv».

Brokerage desk""",
    ),
    # ---- sms
    ("sms", """Your «brand» code is 48213. Do not share it. Ref «ticket»"""),
    (
        "sms",
        """FleetCab: your driver is 3 min away in a white «model». Trip «order». Fare estimate «price».""",
    ),
    ("sms", """Halls notice: water off in «room» on «date» from «time». Sorry! - Facilities"""),
    (
        "sms",
        """«storm» warning: deliveries paused until «time». Orders «order» and «order» will be refunded automatically.""",
    ),
    # ---- whatsapp
    (
        "whatsapp",
        """[«time»] Mum: did you see «horse» won again??
[«time»] Me: yes!! «pct» odds lol
[«time»] Mum: your dad put «price» on it 🙈""",
    ),
    (
        "whatsapp",
        """Flat 4 group 🏠
- who finished the «dish»
- not me, I'm on the «style» diet 😂
- bins go out «date», rota says Room «qty»""",
    ),
    (
        "whatsapp",
        """Book club 📚
next one: «isbn» (the one with «character» in it)
meeting «date» «time», bring snacks, no «dish» this time please""",
    ),
    (
        "whatsapp",
        """Dad: how do I turn off «bot» on the new «model»
Me: settings > assistant > off
Dad: it keeps saying «award» when I say hello""",
    ),
    # ---- letter
    (
        "letter",
        """Dear Editor,

Your article of «date» on the «award» claims the prize money has never been increased. In fact it rose by «pct» in «year». I trust you will correct the record.

A regular reader""",
    ),
    (
        "letter",
        """To the Residents' Association,

We are pleased to confirm that the «codename» courtyard will reopen on «date». The new «brand» benches have been installed and the «variety» trees planted along the east path.

The Management Committee""",
    ),
    (
        "letter",
        """Dear Backer,

Thank you for supporting «codename» on its crowdfunding page. Rewards at the «price» tier ship in «date»; the «model» stretch goal unlocked at «pct». Your pledge reference is «order».

The «codename» team""",
    ),
    (
        "letter",
        """Dear Colleague,

The Research Ethics Board approved amendment «protocol» on «date». Recruitment may resume at all sites. Please use consent form version «ver» and quote the protocol number in all correspondence.

REB Secretariat""",
    ),
    # ---- form
    (
        "form",
        """RETURN AUTHORISATION
Order no.: «order»
Item: «model» («paint»)
Reason: [x] damaged [ ] wrong size
Batch: «lot»
RMA: «ticket»""",
    ),
    (
        "form",
        """PRODUCT LISTING FORM
Title: «brand» «model»
Condition: like new
Price: «price»
Category: electronics > «model»
SKU: «sku»""",
    ),
    (
        "form",
        """Sample submission form
Sample ID: «sample»   Tube type: EDTA
Assay: «disease» panel
Storage: freezer «codename», rack «room»
Protocol: «protocol»""",
    ),
    (
        "form",
        """IMPORT DECLARATION (draft)
HS code: «hs»
Goods: «qty» × «model»
Invoice: «inv»
Incoterm: DAP
Container: «container»""",
    ),
    # ---- review
    (
        "review",
        """★★★★☆ The «dish» was excellent but the «dish» was too sweet. Delivery took «qty» minutes. Order «order».""",
    ),
    (
        "review",
        """Played «character»'s campaign on «model»: gorgeous, but the «ver» patch broke my save twice. 7/10.""",
    ),
    (
        "review",
        """The «brand» «model» in «paint» looks lovely but the hinge creaks. Returned it, refund of «price» came through in «qty» days.""",
    ),
    (
        "review",
        """Stayed in the «codename» Suite: clean, quiet, great «brand» shower. Check-in code arrived at «time» as promised. Would book again.""",
    ),
    # ---- notes
    (
        "notes",
        """Sprint «qty» retro
- «software» upgrade to «ver» went fine
- flaky «software» tests (see «ticket», «ticket»)
- «codename» cluster needs more disk
- action: Team Falcon to own the «eponym» spike""",
    ),
    (
        "notes",
        """Shopping: «variety» apples x6, «dish» ingredients, «brand» ice cream, paint sample «paint»""",
    ),
    (
        "notes",
        """Lab notebook «date»
Ran a «assay» on «sample», «sample». Gel looks smeared, redo with «lot». Centrifuge «codename»-2 making a noise again.""",
    ),
    (
        "notes",
        """Museum loans board - agenda
1. «acc» condition
2. «ship» model restoration quote («price»)
3. «award» nomination for the catalogue""",
    ),
    # ---- transcript
    (
        "transcript",
        """AGENT: Thank you for calling, how can I help?
CALLER: My «model» won't pair with «bot».
AGENT: Which firmware are you on?
CALLER: «ver».
AGENT: Please update to «ver» and try again. Your ticket is «ticket».""",
    ),
    (
        "transcript",
        """HOST: Welcome back to the show. Today: why the «math» matters for your playlist.
GUEST: Thanks. So, think of «character» choosing between two doors...
HOST: [laughs] Classic.""",
    ),
    (
        "transcript",
        """DISPATCH: All units, «storm» update, stand down until «time».
UNIT 7: Copy.
UNIT 12: Copy, returning to depot.""",
    ),
    (
        "transcript",
        """MODERATOR: Next question from the floor.
AUDIENCE MEMBER: Will the «award» shortlist include games?
PANELIST: Not this year, but «character» would be a worthy first.""",
    ),
    # ---- ticket
    (
        "ticket",
        """«ticket» | P3 | «software» «ver» crashes on startup when «codename» feature flag is on. Repro: build «build». Stack hash «hash».""",
    ),
    (
        "ticket",
        """BUG BOUNTY «ticket»: Reflected XSS in search parameter on the docs site. CVSS «cvss». Duplicate of «ticket». Status: closed, informative.""",
    ),
    (
        "ticket",
        """QA-«qty»: «character» clips through the wall in level 3 on «model». Frequency: 4/10. Build «build».""",
    ),
    (
        "ticket",
        """Issue «pr»: `«software»` integration drops messages over «qty» KB. Version «ver», Python 3.12, macOS. Labels: bug, good first issue.""",
    ),
    (
        "ticket",
        """Support case «ticket»: host cannot upload listing photos larger than «qty» MB. Browser: «model». Reproduced on staging «codename».""",
    ),
    # ---- voice
    ("voice", """hey «bot» add «dish» to the shopping list and set a timer for «qty» minutes"""),
    ("voice", """play the soundtrack from the «character» game and turn the volume down"""),
    ("voice", """whats the weather going to be like when «storm» hits and should i move the car"""),
    ("voice", """remind me to reorder the «brand» capsules order number «order» on friday"""),
    # ---- ocr
    (
        "ocr",
        """INVOICE   «inv»
Qty  Description              Amount
«qty»    «model»                 «price»
     Shipping                  «price»
TOTAL                          «price»
Thank you for shopping at «brand»!""",
    ),
    (
        "ocr",
        """EXHIBIT LABEL
«year»   Oil on canvas
Lent by a private collection
Acc. no. «acc»""",
    ),
    (
        "ocr",
        """BILL OF LADING  «awb»
Vessel: «ship»   Voy. «qty»W
Container «container»   Seal «lot»
Description: «qty» pallets «model»""",
    ),
    (
        "ocr",
        """MENU
«dish» ......... «price»
«dish» ......... «price»
«dish» ......... «price»
Ask about our «variety» wine pairing""",
    ),
    # ---- srt
    (
        "srt",
        """7
00:00:41,000 --> 00:00:44,200
Welcome to the «codename» onboarding video.

8
00:00:44,400 --> 00:00:48,900
First, open «software» and sign in with your work account.""",
    ),
    (
        "srt",
        """212
00:18:02,300 --> 00:18:05,000
- Is that the «ship»?
- No, it's a replica.""",
    ),
    (
        "srt",
        """3
00:00:09,100 --> 00:00:12,800
[upbeat music] «character» returns in the «ver» update!""",
    ),
    # ---- json
    (
        "json",
        """{"order": "«order»", "items": [{"sku": "«sku»", "name": "«model»", "finish": "«paint»"}], "total": "«price»", "status": "shipped", "tracking": "«track»"}""",
    ),
    (
        "json",
        """{"build": "«build»", "commit": "«hash»", "tests": {"passed": 412, "failed": 3}, "flaky": ["«software»_adapter", "«codename»_sync"]}""",
    ),
    (
        "json",
        """Parse this config and tell me what's wrong: {"assistant_name": "«bot»", "fallback": "«bot»", "locale": "en-GB", "max_tokens": «qty»}""",
    ),
    (
        "json",
        """{"menu": [{"dish": "«dish»", "price": "«price»"}, {"dish": "«dish»", "price": "«price»"}], "restaurant_code": "«sku»"}""",
    ),
    (
        "json",
        """{"campaign": "«codename»", "raised": "«price»", "goal_pct": "«pct»", "backers": «qty», "stretch_goal": "«model» edition"}""",
    ),
    # ---- csv
    (
        "csv",
        """sku,name,finish,price
«sku»,«model»,«paint»,«price»
«sku»,«model»,«paint»,«price»""",
    ),
    (
        "csv",
        """sample_id,assay,lot,result
«sample»,«assay»,«lot»,positive
«sample»,«assay»,«lot»,negative""",
    ),
    (
        "csv",
        """horse,race,odds
«horse»,Cup,5/1
«horse»,Stakes,11/4""",
    ),
    (
        "csv",
        """container,hs_code,awb,declared_value
«container»,«hs»,«awb»,«price»
«container»,«hs»,«awb»,«price»""",
    ),
    # ---- markdown table
    (
        "markdown_table",
        """| Cocktail | Base | Price |
|---|---|---|
| «dish» | gin | «price» |
| «dish» | rum | «price» |""",
    ),
    (
        "markdown_table",
        """| Service | Version | Owner |
|---|---|---|
| «software» | «ver» | Payments Core |
| «codename» | «ver» | Growth Squad |""",
    ),
    (
        "markdown_table",
        """| Paint | Code | Finish |
| --- | --- | --- |
| «paint» | «sku» | matt |
| «paint» | «sku» | eggshell |""",
    ),
    (
        "markdown_table",
        """| Bounty | Severity | Status |
|---|---|---|
| «ticket» | high | paid |
| «ticket» | low | dup |""",
    ),
    # ---- html
    (
        "html",
        """<div class="product"><h2>«brand» «model»</h2><span class="finish">«paint»</span><span class="price">«price»</span></div>""",
    ),
    (
        "html",
        """<nav><a href="/docs/«ver»/">Docs</a><a href="/blog/«codename»-launch">Blog</a></nav><footer>Build «hash»</footer>""",
    ),
    (
        "html",
        """<p>This week's special: <strong>«dish»</strong> paired with a glass of <em>«variety»</em>.</p>""",
    ),
    (
        "html",
        """<section class="exhibit"><h1>«year»: The «award» Years</h1><p>Acc. «acc»</p></section>""",
    ),
    # ---- xml
    (
        "xml",
        """<build><version>«ver»</version><commit>«hash»</commit><host>«codename»-ci-02</host></build>""",
    ),
    (
        "xml",
        """<Consignment ref="«awb»"><HSCode>«hs»</HSCode><Container>«container»</Container><Vessel>«ship»</Vessel></Consignment>""",
    ),
    (
        "xml",
        """<item sku="«sku»"><title>«model»</title><colour>«paint»</colour><price>«price»</price></item>""",
    ),
    ("xml", """<sample id="«sample»"><assay>«assay»</assay><lot>«lot»</lot></sample>"""),
    # ---- code
    (
        "code",
        """def kalman_step(x, P, z):
    # one step of the Kalman filter
    K = P / (P + R)
    return x + K * (z - x), (1 - K) * P
Is this right for a 1-D Kalman filter, or should I use a «math» first?""",
    ),
    (
        "code",
        """import «software»
client = «software».Client(host="«codename»-db-01", port=«port»)
# fails with timeout since «ver»""",
    ),
    (
        "code",
        """const characters = ['«character»', '«character»', '«character»'];
export const pickBoss = (lvl) => characters[lvl % characters.length];""",
    ),
    ("code", """SELECT sku, SUM(qty) FROM order_lines WHERE order_id = '«order»' GROUP BY sku;"""),
    (
        "code",
        """git log --oneline «hash»..«hash» -- src/«codename»/
# why is «pr» not in the range?""",
    ),
    # ---- log
    (
        "log",
        """«date» «time» INFO «software»: started worker pid=«qty» version=«ver»
«date» «time» WARN «software»: queue «codename» depth «qty»""",
    ),
    (
        "log",
        """[«time»] GET /api/orders/«order» 200 12ms
[«time»] GET /api/track/«track» 404 3ms""",
    ),
    ("log", """build «build» FAILED: test_«codename»_sync (flaky), commit «hash»"""),
    ("log", """«date» dispatch: «storm» protocol active, «qty» couriers paused"""),
    # ---- yaml
    (
        "yaml",
        """services:
  «codename»:
    image: registry/«codename»:«ver»
    ports: ["«port»:«port»"]
  cache:
    image: redis:7""",
    ),
    (
        "yaml",
        """release:
  name: «codename»
  version: «ver»
  notes: "fixes «ticket», «ticket»" """,
    ),
    (
        "yaml",
        """menu:
  - «dish»
  - «dish»
specials_on: «date»""",
    ),
    (
        "yaml",
        """alerts:
  level: Amber
  storm: «storm»
  deliveries_paused: true""",
    ),
    # ---- toolcall
    (
        "toolcall",
        """{"tool": "track_parcel", "arguments": {"tracking_number": "«track»", "carrier": "auto"}}""",
    ),
    ("toolcall", """call search_products(query="«brand» «model» «paint»", max_price="«price»")"""),
    (
        "toolcall",
        """<tool_call>{"name": "get_build_status", "args": {"build": "«build»", "commit": "«hash»"}}</tool_call>""",
    ),
    (
        "toolcall",
        """function_call: lookup_isbn
arguments: {"isbn": "«isbn»"}""",
    ),
    # ---- sql
    ("sql", """SELECT order_id, total FROM orders WHERE order_id IN ('«order»', '«order»');"""),
    (
        "sql",
        """CREATE TABLE samples (id TEXT PRIMARY KEY, assay TEXT, lot TEXT);
INSERT INTO samples VALUES ('«sample»', '«assay»', '«lot»');""",
    ),
    (
        "sql",
        """ sku       | finish       | stock
-----------+--------------+-------
 «sku»     | «paint»      | 14
(1 row)""",
    ),
    (
        "sql",
        """-- why is this slow on «ver»?
SELECT * FROM bounties WHERE cvss > «cvss» ORDER BY created_at DESC;""",
    ),
    # ---- ics
    (
        "ics",
        """BEGIN:VEVENT
SUMMARY:«codename» release freeze
DTSTART:20250601T090000Z
DESCRIPTION:Freeze for «ver». Ticket «ticket».
END:VEVENT""",
    ),
    (
        "ics",
        """BEGIN:VEVENT
SUMMARY:«style» class
DTSTART:20250310T180000Z
LOCATION:«room»
END:VEVENT""",
    ),
    (
        "ics",
        """BEGIN:VEVENT
SUMMARY:Opening night - «character» revival
DTSTART:20250920T193000Z
DESCRIPTION:House opens «time». Programme «isbn».
END:VEVENT""",
    ),
    # ---- vcard
    (
        "vcard",
        """My vCard template renders blank, why?
BEGIN:VCARD
VERSION:3.0
FN:{{full_name}}
TEL:{{phone}}
EMAIL:{{email}}
END:VCARD""",
    ),
    (
        "vcard",
        """BEGIN:VCARD
VERSION:4.0
FN:«bot» Assistant
ORG:«brand»
NOTE:bot account, build «build»
END:VCARD""",
    ),
    (
        "vcard",
        """BEGIN:VCARD
VERSION:3.0
KIND:org
FN:«codename» Help Desk
NOTE:ticket prefix SUP, SLA «qty»h
END:VCARD""",
    ),
    # ---- latex
    (
        "latex",
        """\\begin{theorem}[«math»]
Let $a, b, c$ be the sides of a right triangle...
\\end{theorem}""",
    ),
    (
        "latex",
        """\\title{Benchmarking «software» «ver» against «software»}
\\author{The «codename» Collaboration}""",
    ),
    ("latex", """\\begin{tabular}{lr} «dish» & «price» \\\\ «dish» & «price» \\end{tabular}"""),
    ("latex", """We fitted a «math» (Fig.~\\ref{fig:km}) to samples «sample»–«sample»."""),
]

CLEAN: list[Template] = templates("cl", RAW, personal=False)
