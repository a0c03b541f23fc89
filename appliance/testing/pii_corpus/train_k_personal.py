"""Personal-data templates of the train_k generator (everyday consumer and leisure life),
written by hand and blind (only `__init__.py` and `validity.py` of the corpus were read).

Slots in «»: P1-P3 a person in a random written form, G1/G2 a person's given name alone,
F1 a family name alone (after a title), W an everyday-word given name used as a person,
C city, R region, K country, A street address; EMAIL PHONE CARD IBAN IP SSN ACCT structured
values; T (or T:category) a thing named like a person, never labelled; ORD DATE TIME PRICE
VER SKU TICKET HASH TRACK QTY DAY MONTH ROLE N decoys.
"""

from __future__ import annotations

PERSONAL: tuple[tuple[str, str], ...] = (
    # chat
    (
        "chat",
        "«P1» ordered the «T:foods_and_produce_named_like_people» for her mum and a «T:desserts_and_cakes» for herself",
    ),
    (
        "chat",
        "can you remind «G1» that the «T:cheeses» is in the fridge next to the «T:spirits_and_beers»?",
    ),
    ("chat", "«G1»: did you book the table? «G2»: yes, 8pm, they do a great «T:dishes»"),
    (
        "chat",
        "ask «W» if she can cover my Saturday shift, I'm taking the kids to see «T:film_characters» on ice",
    ),
    ("chat", "«W» and «G1» are late again, the «T:trains_and_locomotives» was cancelled"),
    ("chat", "tell «W» the flat in «C» is free from the «N»th"),
    ("chat", "lol «G1» just called the «T:assistants_and_bots» speaker «G2» by mistake"),
    ("chat", "«P1», «P2» and «P3» are coming to the «T:board_card_and_tv_shows» watch party"),
    ("chat", "hey «G1» it's «G2», can you grab a bottle of «T:wines_and_champagnes» on the way?"),
    ("chat", "My sister «G1» lives in «C» now and swears by «T:food_brands» biscuits"),
    ("chat", "Is «P1» still selling her «T:car_models»? She said «PRICE» but I'd offer less"),
    ("chat", "we named the cat «T:book_characters» but «G1» calls him «T:game_characters»"),
    ("chat", "«G1» says the «T:perfumes_and_makeup» smells like her grandma lol"),
    ("chat", "Happy birthday «G1»!!! 🎂 hope the «T:cocktails_and_soft_drinks» are flowing in «C»"),
    ("chat", "got the «T:toys_and_dolls» for «G1»'s son, «G2» will wrap it"),
    (
        "chat",
        "ok so «P1» is bringing «T:cheeses» and I'm doing the «T:dishes», «W» said she'd bring dessert",
    ),
    (
        "chat",
        "«G1» can u send me «P2»'s number, it's about the «T:bikes_and_motorbikes» she's selling",
    ),
    ("chat", "«G1»'s new number is «PHONE», the old one died with his «T:apps_and_gadgets»"),
    ("chat", "you can reach «P1» on «PHONE» or «EMAIL» about the spare «T:toys_and_dolls» tickets"),
    ("chat", "«G1»?? did «G2» really paint the kitchen «T:paint_colours»"),
    (
        "chat",
        "will «W» be there? she promised to bring the «T:potato_varieties» from her allotment",
    ),
    ("chat", "«W» says hi from «K», she's eating «T:dishes» every day"),
    # voice / no punctuation
    (
        "voice",
        "remind me to call «G1» tomorrow about the «T:racehorses» bet and buy «T:apples_and_pears» apples",
    ),
    ("voice", "text «P1» that I'm running late and the «T:storms» closed the bridge near «C»"),
    ("voice", "send a message to «G1» saying the «T:film_characters» cake is ready for pickup"),
    ("voice", "call «P1» mobile"),
    ("voice", "navigate to «A»"),
    ("voice", "add «T:food_brands» ketchup and «T:cheeses» to «G1»s shopping list"),
    ("voice", "hey «T:assistants_and_bots» ask «G1» if she wants «T:dishes» tonight"),
    # reviews
    (
        "review",
        "★★★★★ Our waiter «G1» recommended the «T:dishes» and a glass of «T:wines_and_champagnes». Perfect evening in «C»!",
    ),
    (
        "review",
        "2/5. Ordered the «T:desserts_and_cakes», got a soggy «T:desserts_and_cakes». «G1» at the counter was lovely though.",
    ),
    (
        "review",
        "Bought the «T:car_models» from «P1» at the dealership in «C». Smooth handover, no pressure.",
    ),
    (
        "review",
        "Review by «P1» («C», «K»): the «T:perfumes_and_makeup» lasts all day, the «T:perfumes_and_makeup» does not.",
    ),
    (
        "review",
        '«P1» wrote: "My daughter loves her «T:toys_and_dolls», but the «T:toys_and_dolls» broke in a week."',
    ),
    (
        "review",
        "Stayed with «G1» and «G2» in «R». They made us «T:dishes» and lent us «T:bikes_and_motorbikes» bikes.",
    ),
    ("review", "Great «T:music_and_bands» cover band! Shout-out to the drummer, «P1»."),
    (
        "review",
        "The tour guide «P1» told us everything about the «T:ships» and the «T:storms» that nearly sank her.",
    ),
    (
        "review",
        "Verified purchase – «P1», «C»\n«T:tech_and_appliance_brands» kettle, «T:paint_colours» finish. Boils fast, looks great.",
    ),
    (
        "review",
        "Do NOT order from here. «P1» never got her «T:fashion_houses» bag and support ignored «EMAIL» for weeks.",
    ),
    (
        "review",
        "Instructor «G1» makes the «T:methods_styles_and_dances» class so much fun. Better than «T:methods_styles_and_dances» at my old gym in «C».",
    ),
    # product Q&A
    (
        "product_qa",
        "Q: Does the «T:apps_and_gadgets» work with «T:assistants_and_bots»? – asked by «P1»\nA: Yes, since firmware «VER». – «T:tech_and_appliance_brands» Support",
    ),
    (
        "product_qa",
        "Question from «G1» in «C»: is the «T:cheeses» suitable for vegetarians?\nAnswer: It uses animal rennet, sorry «G1».",
    ),
    (
        "product_qa",
        "«P1» asked: Which is sweeter, «T:apples_and_pears» or «T:apples_and_pears»?\n«P2» answered: The first, by far.",
    ),
    (
        "product_qa",
        "Q (from «P1»): will this «T:paint_colours» cover a dark wall in one coat?\nA («P2», store staff): usually two.",
    ),
    (
        "product_qa",
        "Q: Can I ship the «T:toys_and_dolls» to «K»?\nA: Yes – «P1», «T:shops_named_after_founders» customer team",
    ),
    # order e-mails
    (
        "order_email",
        "Hi «G1»,\n\nThanks for your order «ORD»! Your «T:food_brands» hamper and «T:wines_and_champagnes» will be delivered to «A» on «DATE».\n\nThe «T:shops_named_after_founders» team",
    ),
    (
        "order_email",
        "Dear «P1»,\nyour «T:fashion_houses» parcel («TRACK») is on its way to «C». Questions? Call us on «PHONE».\nKind regards, «P2»",
    ),
    (
        "order_email",
        "Order «ORD» confirmed\nCustomer: «P1»\nEmail: «EMAIL»\nShip to: «A»\nItems: «QTY» x «T:toys_and_dolls», 1 x «T:toys_and_dolls»",
    ),
    (
        "order_email",
        "Hello «G1», your refund of «PRICE» for the «T:apps_and_gadgets» has been sent to the card ending «N»0. – «P2», Customer Care",
    ),
    (
        "order_email",
        "Subject: Your table for «N» at «T:shops_named_after_founders» café\n\nDear «P1», we look forward to seeing you on «DAY». Our chef recommends the «T:dishes».\nContact: «PHONE»",
    ),
    (
        "order_email",
        'Hi «P1»! Your «T:perfumes_and_makeup» sample box ships «DATE». Gift message from «G2»: "Enjoy the «T:perfumes_and_makeup»!"',
    ),
    (
        "order_email",
        "Dear Ms «F1»,\nthe «T:car_models» you reserved is ready at our «C» showroom. Deposit paid by card «CARD».\n«P2», Sales Advisor",
    ),
    (
        "order_email",
        "Gift order for «P1», «A». From: «P2». Contents: «T:cheeses», «T:spirits_and_beers», «T:desserts_and_cakes».",
    ),
    (
        "order_email",
        "Thank you, «G1»! Your «T:racehorses» racing-day package for «C» is booked. Ref «TICKET».",
    ),
    (
        "order_email",
        "Dear «P1», your direct debit for the «T:apps_and_gadgets» subscription will be taken from IBAN «IBAN» on «DATE».",
    ),
    (
        "order_email",
        "Hi «G1», we could not charge card «CARD» for order «ORD» («T:fashion_houses» scarf). Please update it in your account.",
    ),
    # receipts
    (
        "receipt",
        "«T:shops_named_after_founders» – «C»\n«T:food_brands» x«QTY»   «PRICE»\n«T:cheeses»       «PRICE»\nServed by: «G1»\nThank you!",
    ),
    (
        "receipt",
        "RECEIPT «ORD»\nCashier: «P1»\n«T:spirits_and_beers» 6-pack  «PRICE»\n«T:foods_and_produce_named_like_people» «PRICE»\nCard ****«N»2",
    ),
    (
        "receipt",
        "Table 12 · Server: «G1»\n1 «T:dishes»\n2 «T:cocktails_and_soft_drinks»\n1 «T:desserts_and_cakes»\nTotal «PRICE»\nLoyalty member: «P2»",
    ),
    (
        "receipt",
        "INVOICE «ORD»\nBill to: «P1», «A»\nVAT no. DE«N»4«N»\n1 x «T:tech_and_appliance_brands» espresso machine «PRICE»",
    ),
    (
        "receipt",
        "Paid by «P1» with card «CARD»\n«T:fashion_houses» belt   «PRICE»\n«T:perfumes_and_makeup» 50ml «PRICE»",
    ),
    # menus
    (
        "menu",
        "Tonight's specials by Chef «P1»:\n- «T:dishes»\n- «T:dishes» with «T:potato_varieties» potatoes\n- «T:desserts_and_cakes»",
    ),
    (
        "menu",
        "«T:cocktails_and_soft_drinks» ..... 9.50\n«T:cocktails_and_soft_drinks» ..... 11.00\nAsk «G1» behind the bar for the «T:spirits_and_beers» flight",
    ),
    (
        "menu",
        "Wine pairing chosen by our sommelier «P1»: «T:wines_and_champagnes» with the «T:cheeses» board",
    ),
    (
        "menu",
        "From «G1»'s grandmother's kitchen in «R»: «T:dishes», served with «T:foods_and_produce_named_like_people».",
    ),
    # catalogue tables / json / csv
    (
        "catalogue_table",
        "| Item | Designer | Price |\n|---|---|---|\n| «T:fashion_houses» coat | «P1» | «PRICE» |\n| «T:fashion_houses» scarf | «P2» | «PRICE» |",
    ),
    (
        "catalogue_table",
        "Rose | Bred by | Colour\n«T:rose_varieties» | «P1» | «T:paint_colours»\n«T:rose_varieties» | «P2» | «T:paint_colours»",
    ),
    (
        "catalogue_json",
        '{"sku": "«SKU»", "product": "«T:toys_and_dolls»", "buyer": "«P1»", "city": "«C»"}',
    ),
    (
        "catalogue_json",
        '{"order": "«ORD»", "customer": {"name": "«P1»", "email": "«EMAIL»", "phone": "«PHONE»"}, "items": ["«T:food_brands»", "«T:cheeses»"]}',
    ),
    (
        "catalogue_json",
        '{"review_id": «N»«N», "author": "«P1»", "product": "«T:perfumes_and_makeup»", "rating": 4}',
    ),
    (
        "catalogue_json",
        '[{"horse": "«T:racehorses»", "owner": "«P1»"}, {"horse": "«T:racehorses»", "owner": "«P2»"}]',
    ),
    (
        "catalogue_json",
        '{"assistant": "«T:assistants_and_bots»", "user": "«P1»", "home": "«A»", "device_ip": "«IP»"}',
    ),
    ("csv", "name,city,favourite_dish\n«P1»,«C»,«T:dishes»\n«P2»,«C»,«T:dishes»"),
    ("csv", "customer;card;product\n«P1»;«CARD»;«T:apps_and_gadgets»"),
    ("csv", '"«P1»","«EMAIL»","«T:potato_varieties» seed potatoes",«QTY»'),
    (
        "csv",
        "member_id,name,country,class\nM-«N»«N»,«P1»,«K»,«T:methods_styles_and_dances»\nM-«N»«N»,«P2»,«K»,«T:methods_styles_and_dances»",
    ),
    # forum
    (
        "forum",
        "Re: best «T:apples_and_pears» for pies?\nPosted by «P1»\nMy neighbour «G2» swears by «T:apples_and_pears», but «T:apples_and_pears» holds its shape better.",
    ),
    (
        "forum",
        "@«G1» agreed, the «T:car_models» is a money pit. Ask «P2» in «C», he restores them.",
    ),
    (
        "forum",
        "Thread: «T:game_characters» speedrun\n«G1» wrote: new PB!\n«G2» wrote: nice, but «T:game_characters» skips are banned",
    ),
    (
        "forum",
        "Update from «P1»: our «T:rose_varieties» finally flowered, and the «T:rose_varieties» next to it is covered in aphids.",
    ),
    (
        "forum",
        "Anyone know «P1»? She sold me a «T:bikes_and_motorbikes» frame in «C» and I have a question about the «T:bikes_and_motorbikes» groupset.",
    ),
    (
        "forum",
        "> quoting «G1»: 'the «T:superheroes» reboot was fine'\nsorry «G1», no. «T:superheroes» deserved better.",
    ),
    (
        "forum",
        "Book club («C») – this month «G1» picked a novel with «T:book_characters»; «G2» hosts, «W» brings «T:desserts_and_cakes».",
    ),
    # support tickets
    (
        "support_ticket",
        "Ticket «TICKET»\nFrom: «P1» <«EMAIL»>\nSubject: «T:apps_and_gadgets» won't pair with «T:assistants_and_bots»\nI reset it twice. Phone: «PHONE»",
    ),
    (
        "support_ticket",
        "Customer «P1» reports the «T:tech_and_appliance_brands» dishwasher leaks. Address: «A». Engineer «P2» booked for «DAY».",
    ),
    (
        "support_ticket",
        "[«TICKET»] «P1» called: the «T:toys_and_dolls» arrived without batteries. Agent: «G2».",
    ),
    (
        "support_ticket",
        "Hi, this is «P1». I was charged twice for «T:fashion_houses» sunglasses, card «CARD». Please refund one.",
    ),
    (
        "support_ticket",
        "Escalation: «P1» (acct «ACCT») disputes a «PRICE» charge at «T:shops_named_after_founders» in «C».",
    ),
    (
        "support_ticket",
        "Account holder «P1», checking account «ACCT», asked to move her «T:apps_and_gadgets» payments to IBAN «IBAN».",
    ),
    (
        "support_ticket",
        "Login alert for «P1»: new sign-in to «T:apps_and_gadgets» from «IP» near «C». Not you? Reply to «EMAIL».",
    ),
    ("support_ticket", "Tax form for «P1», SSN «SSN», address «A». Item: «T:car_models» lease."),
    (
        "support_ticket",
        "«P1» wants her «T:perfumes_and_makeup» order sent to «A» instead. Callback on «PHONE».",
    ),
    # sms / social
    (
        "sms",
        "«T:shops_named_after_founders»: Hi «G1», your click & collect order «ORD» is ready. Show code «N»«N»«N» at the desk.",
    ),
    ("sms", "Your «T:apps_and_gadgets» driver «G1» is arriving in a «T:car_models». Plate «SKU»."),
    ("sms", "From «P1»: running late, stuck behind a «T:trains_and_locomotives» tour group lol"),
    (
        "social",
        "So proud of «G1» for finishing the «C» half marathon! 🏃‍♀️ Celebrating with «T:cocktails_and_soft_drinks» at home",
    ),
    ("social", "@«G1» thanks for the «T:cheeses» recommendation, «T:cheeses» next?"),
    (
        "social",
        "Weekend in «R» with «P1» and «P2»: «T:dishes», «T:wines_and_champagnes» and way too much «T:desserts_and_cakes» #holiday",
    ),
    (
        "social",
        "Our little «G1» dressed up as «T:film_characters» and her brother as «T:superheroes» 😂",
    ),
    (
        "social",
        "«P1» just got engaged in «C»!! The ring came in a «T:shops_named_after_founders» box 💍",
    ),
    # html / xml
    (
        "html",
        '<div class="review"><span class="author">«P1»</span> <p>The «T:perfumes_and_makeup» is divine.</p></div>',
    ),
    ("html", "<li>Booked by <b>«P1»</b> for «N» guests – «T:dishes» menu</li>"),
    (
        "html",
        "<customer><name>«P1»</name><city>«C»</city><item>«T:toys_and_dolls»</item></customer>",
    ),
    ("html", '<a href="mailto:«EMAIL»">«P1»</a> – «T:fashion_houses» personal shopper'),
    # code / logs
    (
        "code",
        '# TODO(«G1»): fix the «T:software_and_tools» build before the «T:codenames_and_hostnames» release\ncustomer = "«P1»"',
    ),
    (
        "code",
        'order = {"name": "«P1»", "dish": "«T:dishes»", "table": «N»}  # «G2» asked for no onions',
    ),
    ("code", 'assert greet("«G1»") == "Hi «G1», your «T:apps_and_gadgets» is ready"'),
    ("log", '«DATE» «TIME» INFO checkout user="«P1»" item="«T:toys_and_dolls»" total=«PRICE»'),
    (
        "log",
        "«TIME» WARN loyalty card holder «P1» ip=«IP» failed «N» attempts at «T:shops_named_after_founders» kiosk",
    ),
    ("log", "[«TIME»] booking: guest=«P1» phone=«PHONE» party=«N» dish=«T:dishes»"),
    # signatures / letters
    ("signature", "Thanks for the «T:desserts_and_cakes» recipe!\n\nBest,\n«P1»\n«PHONE»"),
    (
        "signature",
        "Cheers,\n«G1»\n--\n«P1» | Floor manager, «T:shops_named_after_founders» «C»\n«EMAIL»",
    ),
    ("signature", "Love, «G1» xx\nPS: «W» says the «T:toys_and_dolls» was a hit"),
    (
        "letter",
        "Dear «P1»,\nthank you for the «T:racehorses» print and the «T:cheeses». We'll visit you in «R» in «MONTH».\nWarmly, «P2»",
    ),
    (
        "letter",
        "To «P1», «A»\n\nYour «T:prizes_and_awards» nomination for the «T:rose_varieties» display has been received.",
    ),
    # travel / leisure
    (
        "booking",
        "Passenger: «P1»\nCabin: deck 9 on the «T:ships»\nFrom: «C» To: «C»\nDeparts «DATE»",
    ),
    (
        "booking",
        "Lead guest «P1» and «P2», 2 nights in «C», «T:trains_and_locomotives» transfer included. Ref «TICKET».",
    ),
    (
        "booking",
        "Cooking class in «R» with «P1»: learn «T:dishes» and «T:desserts_and_cakes». Meet at «A».",
    ),
    (
        "booking",
        "Wine tour for «P1»: «T:wines_and_champagnes» and «T:wines_and_champagnes» tastings in «R», pickup at «A».",
    ),
    # names as lists / formats
    (
        "chat",
        "Team for Saturday's quiz: «P1», «P2» and «P3». Question 1 was about «T:laws_and_principles».",
    ),
    ("form", "Surname, first name: «P1»\nFavourite brand: «T:fashion_houses»\nCountry: «K»"),
    (
        "form",
        "Name: «P1»\nPhone: «PHONE»\nCard: «CARD»\nDelivery: «A»\nNote: gift wrap the «T:toys_and_dolls»",
    ),
    (
        "form",
        "Name on account: «P1»\nAccount number: «ACCT»\nReference: «T:apps_and_gadgets» subscription",
    ),
    (
        "form",
        "PATIENT: «P1»  DOB: «DATE»\nNotes: history of «T:diseases_and_medical_eponyms», allergic to «T:foods_and_produce_named_like_people»",
    ),
    (
        "calendar",
        "«DAY» «TIME» – «T:methods_styles_and_dances» with «G1»\n«DAY» «TIME» – dinner at «G2»'s, bring «T:wines_and_champagnes»",
    ),
    (
        "calendar",
        "Reminder: «P1»'s birthday on «DATE», she wants the «T:toys_and_dolls» set, not «T:toys_and_dolls»",
    ),
    ("chat", "omg «G1» named her puppy «T:tv_characters» and her hamster «T:superheroes»"),
    ("chat", "«G1» from «C» won the «T:prizes_and_awards» for her photo of «T:storms»"),
    (
        "chat",
        "«G1» is doing a PhD on «T:theorems_and_algorithms», «G2» on «T:diseases_and_medical_eponyms»",
    ),
    ("chat", "the «T:units_and_scales» thing confused «G1», she thought it was a person"),
    (
        "chat",
        "«P1» (my landlord) wants the hallway in «T:paint_colours», I said «T:paint_colours» instead",
    ),
)
