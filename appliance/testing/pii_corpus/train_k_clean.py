"""Clean templates of the train_k generator: everyday consumer and leisure prompts with no
person and no place in them, full of things named like people (never labelled) and of
decoys (order numbers, prices, versions, hashes, weekdays, roles). Written by hand and
blind (only `__init__.py` and `validity.py` of the corpus were read). Slots as in
train_k_personal; none of them is a person, a place or a contact here.
"""

from __future__ import annotations

ROLES: tuple[str, ...] = tuple(
    "Account Manager|Dean|Head Chef|Sous Chef|Sommelier|Store Manager|Shift Lead|Barista|"
    "Cashier|Floor Manager|Customer Success Lead|Brand Ambassador|Product Owner|Visual Merchandiser|"
    "Assistant Buyer|Maître d'|Pastry Chef|Line Cook|Delivery Driver|Personal Shopper|"
    "Store Director|Regional Manager|Head of Returns|Quality Inspector|Duty Manager".split("|")
)

CLEAN: tuple[tuple[str, str], ...] = (
    ("chat", "Should I get the «T:car_models» or the «T:car_models»? Budget is «PRICE»."),
    ("chat", "Is «T:cheeses» better than «T:cheeses» on a burger?"),
    ("chat", "Rank these: «T:desserts_and_cakes», «T:desserts_and_cakes», «T:desserts_and_cakes»."),
    (
        "chat",
        "what wine goes with «T:dishes»? I have «T:wines_and_champagnes» and «T:wines_and_champagnes»",
    ),
    (
        "chat",
        "Give me a shopping list for «T:dishes» for «N» people, with «T:potato_varieties» potatoes.",
    ),
    ("chat", "i hope the «T:toys_and_dolls» restock before «HOL», will they?"),
    (
        "chat",
        "Will «T:assistants_and_bots» understand me if I ask for «T:cocktails_and_soft_drinks» recipes?",
    ),
    (
        "chat",
        "Explain «T:laws_and_principles» like I'm five, with an example about «T:food_brands» snacks.",
    ),
    ("chat", "Write a haiku about «T:apples_and_pears» apples and «MONTH» rain."),
    ("chat", "Which is stronger, «T:superheroes» or «T:superheroes»? My kid insists on the first."),
    (
        "chat",
        "Suggest a name for my bakery's new cake, something like «T:desserts_and_cakes» but more modern.",
    ),
    ("chat", "how do I get «T:paint_colours» paint off a «T:bikes_and_motorbikes» frame"),
    ("chat", "Plan a «T:film_characters» themed party for «N» kids on a «DAY», budget «PRICE»."),
    ("chat", "What's the difference between «T:spirits_and_beers» and «T:spirits_and_beers»?"),
    ("chat", "My «T:apps_and_gadgets» keeps saying 'error «N»«N»'. Firmware «VER». Help?"),
    ("chat", "Translate the menu item «T:dishes» into plain words please."),
    ("chat", "Is the «T:rose_varieties» rose or the «T:rose_varieties» better for a shady wall?"),
    (
        "chat",
        "Pick a gift under «PRICE»: «T:perfumes_and_makeup», «T:perfumes_and_makeup» or a «T:toys_and_dolls».",
    ),
    ("chat", "Who would win a cook-off, «T:tv_characters» or «T:film_characters»?"),
    ("chat", "Make a quiz with 5 questions about «T:racehorses» and «T:ships»."),
    ("chat", "Tell me a fun fact about «T:storms» and one about «T:theorems_and_algorithms»."),
    (
        "chat",
        "Is «T:diseases_and_medical_eponyms» hereditary? Asking after a documentary on «HOL».",
    ),
    (
        "chat",
        "compare «T:tech_and_appliance_brands» and «T:tech_and_appliance_brands» vacuum cleaners under «PRICE»",
    ),
    ("chat", "Rose gold or «T:paint_colours» for the «T:apps_and_gadgets» case?"),
    (
        "chat",
        "The Hope Foundation charity shop has a «T:fashion_houses» jacket for «PRICE», worth it?",
    ),
    ("chat", "Mark the «T:board_card_and_tv_shows» finale in my calendar for «DAY» at «TIME»."),
    ("chat", "Amber alert level on the «T:apps_and_gadgets» app again, what does it mean?"),
    (
        "chat",
        "We're calling the project Jasper; the logo should feel like «T:codenames_and_hostnames».",
    ),
    ("chat", "will it rain on «DAY»? planning a «T:methods_styles_and_dances» session outdoors"),
    ("chat", "Is «T:gods_and_legends» a good name for a «T:bikes_and_motorbikes» e-bike model?"),
    (
        "chat",
        "Convert 350 «T:units_and_scales» degrees for my «T:tech_and_appliance_brands» oven please",
    ),
    (
        "chat",
        "Our «ROLE» asked for a playlist: «T:music_and_bands», «T:music_and_bands», something upbeat.",
    ),
    ("chat", "Would the «ROLE» approve a «T:cocktails_and_soft_drinks» on the staff menu?"),
    ("voice", "add «T:food_brands» beans and «T:cheeses» to the shopping list"),
    ("voice", "play «T:music_and_bands» on the kitchen speaker"),
    ("voice", "set a timer for «N» minutes for the «T:dishes»"),
    ("voice", "what time does the «T:board_card_and_tv_shows» start tonight"),
    (
        "voice",
        "hey «T:assistants_and_bots» order more «T:spirits_and_beers» and «T:food_brands» crisps",
    ),
    (
        "review",
        "★★★★☆ The «T:dishes» was rich, the «T:desserts_and_cakes» too sweet. Service quick. Table «N».",
    ),
    (
        "review",
        "1 star. «T:apps_and_gadgets» died after «N» days, «T:tech_and_appliance_brands» refused a refund. Order «ORD».",
    ),
    (
        "review",
        "Best «T:cocktails_and_soft_drinks» I've had, and the «T:cocktails_and_soft_drinks» was a close second.",
    ),
    (
        "review",
        "The «T:perfumes_and_makeup» opens citrusy and dries down to vanilla. Lasts «N» hours.",
    ),
    ("review", "Bought «T:potato_varieties» seed potatoes in «MONTH»; huge crop, great roasties."),
    ("review", "The «T:toys_and_dolls» set is smaller than it looks. Kids still love it. 3/5"),
    (
        "review",
        "Verified purchase – «T:fashion_houses» trench, size M, colour «T:paint_colours». Fits true to size.",
    ),
    ("review", "Watched the «T:superheroes» film twice. «T:film_characters» steals every scene."),
    ("review", "Great game, but «T:game_characters» is overpowered after patch «VER»."),
    (
        "review",
        "Our «T:car_models» has done 180,000 km without trouble. «T:car_makers» build quality!",
    ),
    ("review", "Cruise on the «T:ships»: the «T:dishes» at the buffet was the highlight. 4/5"),
    (
        "product_qa",
        "Q: Is the «T:cheeses» pasteurised?\nA: Yes, all batches since «MONTH» are. – Cheese counter «ROLE»",
    ),
    (
        "product_qa",
        "Q: Does «T:apps_and_gadgets» support «T:assistants_and_bots»?\nA: From version «VER», yes.",
    ),
    (
        "product_qa",
        "Q: What's the difference between «T:paint_colours» and «T:paint_colours»?\nA: The second is warmer under daylight.",
    ),
    (
        "product_qa",
        "Q: Can I grow «T:apples_and_pears» in a pot?\nA: Yes, on a dwarfing rootstock (M27).",
    ),
    (
        "product_qa",
        "Q: Is the «T:toys_and_dolls» suitable for age 3?\nA: 5+ only, small parts. – Customer Services",
    ),
    ("product_qa", "Q: Does the «T:bikes_and_motorbikes» frame fit 28mm tyres?\nA: Up to 32mm."),
    (
        "order_email",
        "Your order «ORD» has shipped!\n1 x «T:food_brands» hamper\n1 x «T:wines_and_champagnes»\nTracking: «TRACK»",
    ),
    (
        "order_email",
        "Thanks for shopping with «T:shops_named_after_founders». Your «T:fashion_houses» return «ORD» was received on «DATE».",
    ),
    (
        "order_email",
        "Subject: «T:perfumes_and_makeup» is back in stock!\nOnly «N» left. Use code SPRING«N»«N» for «N»0% off.",
    ),
    (
        "order_email",
        "Your «T:apps_and_gadgets» subscription renews on «DATE» at «PRICE». Manage it in Settings > Billing.",
    ),
    (
        "order_email",
        "Pre-order confirmed: «T:game_characters» collector's edition, ships «DATE». Order «ORD».",
    ),
    (
        "order_email",
        "Hello! Your table for «N» on «DAY» at «TIME» is confirmed. Today's special: «T:dishes».",
    ),
    (
        "receipt",
        "«T:shops_named_after_founders»\n«T:food_brands» biscuits  «PRICE»\n«T:cheeses» 200g  «PRICE»\n«T:spirits_and_beers» «PRICE»\nTOTAL «PRICE»\nTill «N» Op «N»«N»",
    ),
    (
        "receipt",
        "RECEIPT «ORD»\n2x «T:cocktails_and_soft_drinks» «PRICE»\n1x «T:dishes» «PRICE»\nService «N»%\nThank you, come again!",
    ),
    (
        "receipt",
        "Txn «HASH»\n«T:tech_and_appliance_brands» blender  «PRICE»\nWarranty until «DATE»",
    ),
    (
        "menu",
        "STARTERS\n«T:dishes» – «PRICE»\n«T:dishes» – «PRICE»\nMAINS\n«T:dishes» – «PRICE»\nDESSERT\n«T:desserts_and_cakes»",
    ),
    (
        "menu",
        "Cocktails: «T:cocktails_and_soft_drinks» · «T:cocktails_and_soft_drinks» · «T:cocktails_and_soft_drinks»\nHappy hour «TIME»–«TIME»",
    ),
    (
        "menu",
        "Cheese board: «T:cheeses», «T:cheeses», «T:cheeses» with «T:apples_and_pears» chutney",
    ),
    (
        "menu",
        "Sunday roast with «T:potato_varieties» roast potatoes and «T:foods_and_produce_named_like_people» sauce – «PRICE»",
    ),
    (
        "catalogue_table",
        "| SKU | Product | Finish | Price |\n|---|---|---|---|\n| «SKU» | «T:apps_and_gadgets» | «T:paint_colours» | «PRICE» |\n| «SKU» | «T:apps_and_gadgets» | «T:paint_colours» | «PRICE» |",
    ),
    (
        "catalogue_table",
        "Variety | Type | Season\n«T:apples_and_pears» | dessert | «MONTH»\n«T:apples_and_pears» | cooking | «MONTH»",
    ),
    (
        "catalogue_table",
        "Rose | Colour | Height\n«T:rose_varieties» | «T:paint_colours» | 1.2 m\n«T:rose_varieties» | «T:paint_colours» | 2.5 m",
    ),
    (
        "catalogue_table",
        "Horse | Trainer's code | Odds\n«T:racehorses» | TR-«N»«N» | 5/1\n«T:racehorses» | TR-«N»«N» | 9/2",
    ),
    (
        "catalogue_json",
        '{"sku": "«SKU»", "name": "«T:toys_and_dolls»", "price": «N»9.99, "stock": «N»}',
    ),
    (
        "catalogue_json",
        '{"product": "«T:perfumes_and_makeup»", "brand": "«T:perfumes_and_makeup»", "ml": 50, "ean": "40«N»«N»«N»«N»«N»«N»«N»«N»«N»«N»«N»"}',
    ),
    (
        "catalogue_json",
        '[{"dish": "«T:dishes»", "vegan": false}, {"dish": "«T:dishes»", "vegan": true}]',
    ),
    (
        "catalogue_json",
        '{"model": "«T:car_models»", "year": 2019, "km": «N»«N»000, "colour": "«T:paint_colours»"}',
    ),
    (
        "catalogue_json",
        '{"assistant": "«T:assistants_and_bots»", "skill": "«T:cocktails_and_soft_drinks» recipes", "version": "«VER»"}',
    ),
    ("catalogue_json", '{"storm": "«T:storms»", "category": «N», "advisory": "«TICKET»"}'),
    (
        "csv",
        "sku,product,colour,price\n«SKU»,«T:fashion_houses» tote,«T:paint_colours»,«PRICE»\n«SKU»,«T:fashion_houses» belt,«T:paint_colours»,«PRICE»",
    ),
    (
        "csv",
        "title,character,rating\n«T:board_card_and_tv_shows»,«T:tv_characters»,4.5\n«T:board_card_and_tv_shows»,«T:tv_characters»,3.9",
    ),
    (
        "csv",
        "grape;wine;vintage\n«T:grape_varieties»;«T:wines_and_champagnes»;2018\n«T:grape_varieties»;«T:wines_and_champagnes»;2020",
    ),
    (
        "forum",
        "Re: «T:car_models» gearbox noise\nHad the same on mine, fixed with part «SKU». Cost «PRICE».",
    ),
    (
        "forum",
        "Thread: «T:game_characters» vs «T:game_characters» – who's the better main after «VER»?",
    ),
    (
        "forum",
        "Anyone tried the «T:methods_styles_and_dances» classes? Thinking of switching from «T:methods_styles_and_dances».",
    ),
    (
        "forum",
        "PSA: «T:food_brands» changed the recipe of their «T:desserts_and_cakes» and it's not the same.",
    ),
    (
        "forum",
        "Our allotment group swapped «T:potato_varieties» for «T:potato_varieties» this year. Results in «MONTH».",
    ),
    (
        "forum",
        "Sci-fi book club: next up, the one with «T:book_characters». Then «T:book_characters» in «MONTH».",
    ),
    (
        "support_ticket",
        "Ticket «TICKET»: «T:apps_and_gadgets» fails to sync with «T:software_and_tools» after update «VER». Priority: Amber.",
    ),
    (
        "support_ticket",
        "Ticket «TICKET»\nProduct: «T:tech_and_appliance_brands» coffee machine\nIssue: error E«N»«N» after descaling\nStatus: open",
    ),
    (
        "support_ticket",
        "Return request «ORD»: «T:toys_and_dolls» arrived damaged. Refund «PRICE» approved by the «ROLE».",
    ),
    (
        "support_ticket",
        "Order «ORD» stuck at depot, tracking «TRACK». Contents: «T:wines_and_champagnes» x«QTY».",
    ),
    (
        "sms",
        "«T:shops_named_after_founders»: your click & collect order «ORD» is ready. Code «N»«N»«N»«N».",
    ),
    ("sms", "Your «T:apps_and_gadgets» verification code is «N»«N»«N»«N»«N»«N». Don't share it."),
    ("sms", "Flash sale! «T:fashion_houses» up to «N»0% off until «DAY» midnight."),
    (
        "social",
        "Finally tried the «T:cocktails_and_soft_drinks» everyone talks about. Verdict: overrated 🍸",
    ),
    ("social", "New in: «T:perfumes_and_makeup» lipstick in «T:paint_colours» 💄 #makeup"),
    ("social", "Baked a «T:desserts_and_cakes» for «HOL» and it collapsed 😭"),
    ("social", "Unpopular opinion: «T:film_characters» > «T:film_characters»"),
    ("social", "Our «T:rose_varieties» is blooming again in «MONTH» 🌹"),
    (
        "html",
        '<div class="product"><h2>«T:toys_and_dolls»</h2><span class="price">«PRICE»</span></div>',
    ),
    ("html", "<ul><li>«T:dishes»</li><li>«T:dishes»</li><li>«T:desserts_and_cakes»</li></ul>"),
    ("html", '<item sku="«SKU»"><name>«T:spirits_and_beers»</name><abv>40</abv></item>'),
    ("html", "<h1>«T:board_card_and_tv_shows» – Season «N»</h1><p>Starring «T:tv_characters».</p>"),
    (
        "code",
        'PRODUCTS = ["«T:apps_and_gadgets»", "«T:apps_and_gadgets»"]  # sorted by launch date',
    ),
    ("code", "def price(item):  # «T:food_brands» promo until «DATE»\n    return item.base * 0.9"),
    ("code", 'FLAVOURS = {"«T:desserts_and_cakes»": «N», "«T:desserts_and_cakes»": «N»}'),
    ("code", 'git commit -m "«T:codenames_and_hostnames»: bump «T:software_and_tools» to «VER»"'),
    ("code", "SELECT sku, name FROM products WHERE name LIKE '%«T:cheeses»%' AND price < «N»0;"),
    ("log", '«DATE» «TIME» INFO order=«ORD» sku=«SKU» item="«T:toys_and_dolls»" status=shipped'),
    (
        "log",
        '«TIME» ERROR host=«T:codenames_and_hostnames» service=«T:software_and_tools» msg="timeout after «N»s"',
    ),
    (
        "log",
        "[«TIME»] WARN stock low: «T:spirits_and_beers» («QTY» left), «T:cheeses» («QTY» left)",
    ),
    (
        "log",
        "«DATE» job=recommend user_id=«N»«N»«N» picks=[«T:board_card_and_tv_shows», «T:board_card_and_tv_shows»]",
    ),
    (
        "recipe",
        "«T:dishes»\nServes «N». Prep «N»0 min.\n1. Boil «T:potato_varieties» potatoes.\n2. Add «T:cheeses».\n3. Finish with «T:food_brands» sauce.",
    ),
    (
        "recipe",
        "For the «T:cocktails_and_soft_drinks»: 50 ml «T:spirits_and_beers», 25 ml lemon, top with soda.",
    ),
    (
        "recipe",
        "«T:desserts_and_cakes» (serves «N»): «T:apples_and_pears» apples, butter, sugar, puff pastry.",
    ),
    (
        "calendar",
        "«DAY» «TIME» – «T:methods_styles_and_dances»\n«DAY» «TIME» – «T:board_card_and_tv_shows» finale\n«HOL» – shop closed",
    ),
    (
        "calendar",
        "«MONTH» release dates: «T:game_characters» DLC, «T:superheroes» film, «T:apps_and_gadgets» v«VER»",
    ),
    ("booking", "Cabin «N»«N»«N» on the «T:ships», deck «N». Dinner seating «TIME». Ref «TICKET»."),
    (
        "booking",
        "Seat «N»A on the «T:trains_and_locomotives», coach «N», departs «TIME». Booking «TICKET».",
    ),
    (
        "booking",
        "Class booked: «T:methods_styles_and_dances», «DAY» «TIME», studio B. Booking «TICKET».",
    ),
    (
        "form",
        "Product: «T:tech_and_appliance_brands» toaster\nSerial: «SKU»\nPurchase date: «DATE»\nFault: «T:units_and_scales» display shows 0",
    ),
    (
        "form",
        "Loyalty tier: Gold\nFavourite: «T:cocktails_and_soft_drinks»\nDietary: no «T:cheeses»",
    ),
    (
        "letter",
        "Dear Customer,\nthe «T:prizes_and_awards» shortlist includes our «T:wines_and_champagnes». Thank you for your support.\nThe «ROLE»",
    ),
    ("chat", "Job ad: «ROLE» wanted for our «T:dishes» kitchen, weekends, «PRICE»/hour."),
    ("chat", "Is Grace period the same as a cooling-off period for the «T:apps_and_gadgets» plan?"),
    ("chat", "Bill me later for the «T:fashion_houses» shoes? I get paid on «DAY»."),
    (
        "chat",
        "The Violet and Ivy candles from «T:shops_named_after_founders» smell amazing, «PRICE» each.",
    ),
    ("chat", "Holly wreaths, Ivy garlands and Pearl baubles are on the «HOL» list again."),
    ("chat", "Frank opinion: «T:spirits_and_beers» beats «T:spirits_and_beers» every time."),
    (
        "chat",
        "Daisy chains and Poppy seed bagels: what's more summer? Or a «T:cocktails_and_soft_drinks»?",
    ),
    (
        "chat",
        "Sunny forecast, so: «T:cocktails_and_soft_drinks», «T:cheeses» and «T:apples_and_pears» slices.",
    ),
)
