"""Templates of clean prompts for `train_h` (shopping, retail and consumer support).

Written blind (only `pii_corpus/__init__.py` and `validity.py` were read), every sentence
typed by hand. A clean prompt holds no person, no place and no contact: it is full of the
decoys a news-trained model takes for people or places (things named after people,
products, brands, codenames, roles, weekdays, holidays, colours, Title Case headings,
CamelCase identifiers) and of numbers that are order numbers, SKUs, versions, hashes and
tracking codes. The slots are those of `train_h_personal` less the people, places and
contacts. Everyday words that are also given names (hope, will, grace, rose, amber, june)
appear here as words.
"""

from __future__ import annotations

CLEAN: list[tuple[str, str]] = [
    # --- chat -------------------------------------------------------------------------------
    ("chat", "hi, my {T:model} arrived with a cracked screen. order {ORDER}, can I get a swap?"),
    (
        "chat",
        "is the {T:fashion} trench still in stock in {COLOUR}? the site says {SKU} is sold out",
    ),
    ("chat", "Do you still sell {T:paint} in {T:paint2} finish or was it discontinued?"),
    ("chat", "I hope the {T:dish} kit arrives before {HOLIDAY}, it's for a dinner party"),
    ("chat", "will the {T:model} work with {T:assistant}? the box only mentions {T:tool}"),
    (
        "chat",
        "Customer: the {T:cheese} I ordered is mouldy\nBot ({T:assistant}): So sorry! I've "
        "refunded {PRICE} for order {ORDER}.",
    ),
    ("chat", "which is sweeter, {T:apple} or {T:apple2}? want something for a tarte tatin"),
    (
        "chat",
        "ok so the {T:perfume} gift set plus a {T:character} lunchbox, anything else before checkout?",
    ),
    ("chat", "can I swap the {COLOUR} {PRODUCT} for {COLOUR2}? order {ORDER}, still unopened"),
    (
        "chat",
        "[{TIME}] support: your parcel {TRACK} is at the local depot\n[{TIME2}] you: cool, "
        "will it come {DAY}?",
    ),
    ("chat", "my {T:assistant} keeps ordering {T:brand} pods, how do I turn off voice purchasing?"),
    ("chat", "hey, does {T:shop} price match {T:shop2} on the {T:model}? they have it at {PRICE}"),
    ("chat", "any {T:grape} under {PRICE} that goes with {T:dish}?"),
    ("chat", "grace period on returns is 30 days right? bought the {T:fashion} coat on {DATE}"),
    ("chat", "the {T:vessel} puzzle is missing pieces, box code {SKU}"),
    ("chat", "do the {T:rose} roses need full sun or is partial shade ok"),
    ("chat", "What's the difference between the {T:model} and the {T:model2}? Both are {PRICE}"),
    ("chat", "Is the {T:drink} gluten free? Asking for the {HOLIDAY} menu"),
    ("chat", "the {T:tool} integration broke the checkout again, error in {CODE} since {VER}"),
    ("chat", "pls can u hold the {COLOUR} {T:fashion} bag till {DAY}, will pay in store"),
    # --- sms / social -----------------------------------------------------------------
    ("sms", "{T:shop}: your order {ORDER} is ready to collect. Show code {SKU} at the desk."),
    ("sms", "Your {T:model} repair {TICKET} is complete. Reply STOP to opt out."),
    ("sms", "grab {T:cheese} and a {T:drink} on the way home pls"),
    ("sms", "Flash sale! {PCT} off {T:perfume} until midnight. Use code {SKU}"),
    ("social", "Obsessed with my new {T:paint} hallway 😍 #diy #{T:brand}"),
    ("social", "Finally tried the {T:dish} at {T:shop} and wow. 10/10 would queue again"),
    ("social", "Who else is waiting for the {T:model} drop on {DAY}? #{HOLIDAY}"),
    ("social", "The {T:character} collab sold out in {NUM} minutes, of course it did"),
    ("social", "hot take: {T:grape} is better than {T:grape2} and I will die on this hill"),
    # --- reviews --------------------------------------------------------------------------
    ("review", "★★★★★ The {T:paint} shade matched my sofa perfectly. Two coats of {T:paint2}."),
    ("review", "2/5. The {T:model} is fine but the courier left it in the rain."),
    ("review", "Bought the {T:perfume} as a gift. Lasts all day, {PCT} off made it a steal."),
    ("review", "The {T:dish} was perfect and the {T:drink} even better. Will come back!"),
    ("review", "Our {T:apple} tree fruited in year two. Packaging was excellent."),
    ("review", "Verified buyer: the {T:fashion} blazer runs small, size up."),
    ("review", "Sturdy {T:character} set, survived two toddlers. {PRICE} well spent."),
    ("review", "Great {T:cheese}, delivery took {NUM} days though."),
    ("review", "The {T:rose} rose has flowered all summer, even in a pot."),
    ("review", "Rose Gold finish scratches easily. Otherwise a decent {PRODUCT}."),
    ("review", "Amber warning light came on after a week. Replaced under warranty ({TICKET})."),
    ("review", "Not a fan. The {T:style} mat slides around on wooden floors."),
    ("review", "1 star. {T:assistant} couldn't find the order and the hotline kept me on hold."),
    (
        "review",
        "Tried {T:vegetable} and {T:vegetable2} side by side, the first one won on flavour.",
    ),
    ("review", "Sweet as {T:drink}, dark as {T:paint}. This coffee is my new {DAY} treat."),
    # --- product Q&A ----------------------------------------------------------------------
    ("qa", "Q: Does the {T:model} come with a plug adapter?\nA: Yes, in the box. - {ROLE}"),
    ("qa", "Q: Is {T:paint} the same as {T:paint2}?\nA: No, it's a shade warmer."),
    ("qa", "Q: Will the {T:rose} climber cope with a north wall?\nA: It's one of the toughest."),
    ("qa", "Q: Is the {T:cheese} pasteurised?\nA: It is, and so is the {T:cheese2}."),
    ("qa", "Is this {T:character} figure safe for a 3 year old?\nAnswer: Ages 4+, small parts."),
    (
        "qa",
        "Q: Can I get the {T:fashion} bag monogrammed?\nA: Yes, up to 3 letters, {PRICE} extra.",
    ),
    ("qa", "Q: Which firmware fixes the pairing issue on {T:model}?\nA: {VER} or later."),
    ("qa", "Q: Does {T:drink} go off once opened?\nA: Keep it cold and finish within {NUM} days."),
    ("qa", "Q: Hope Chest or Grace Trunk, which holds more?\nA: The Hope Chest, by 20 litres."),
    # --- order e-mails ---------------------------------------------------------------------
    (
        "email",
        "Subject: Your order {ORDER} is on its way\n\nHello,\n\nyour {T:model} and {T:brand} "
        "accessories left our warehouse today. Tracking: {TRACK}.\n\nThe {T:shop} team",
    ),
    (
        "email",
        "Subject: {HEAD}\n\nThanks for shopping with us! Your {T:perfume} gift set ({PRICE}) "
        "will be wrapped and sent on {DATE}.\n\nCustomer Care",
    ),
    (
        "email",
        "Dear customer,\n\nwe're sorry the {T:fashion} shoes were the wrong size. A return "
        "label for {ORDER} is attached.\n\nKind regards\n{ROLE}",
    ),
    (
        "email",
        "Your refund of {PRICE} for the {T:dish} cookbook has been processed and should "
        "appear within 5 working days.\n\n{T:shop} Returns",
    ),
    (
        "email",
        "Welcome to the {T:drink} club! Your first case ships on {DATE}. Manage your "
        "subscription in the app ({VER}).",
    ),
    (
        "email",
        "Subject: Invoice {ORDER}\n\nItems: {T:paint} 2.5L x {NUM}, {T:brand} roller kit\n"
        "Total: {PRICE}\nDue: {DATE}",
    ),
    (
        "email",
        "Your {T:apple} saplings can be collected from {DAY}. Please bring order {ORDER}. "
        "{HEAD} attached.",
    ),
    (
        "email",
        "{HOLIDAY} is coming! {PCT} off the {T:fashion} edit, {T:perfume} minis from {PRICE}, "
        "and free wrapping on everything {T:character}.",
    ),
    (
        "email",
        "Hi there,\n\nyour {T:model} pre-order is confirmed (ref {ORDER}). We'll email you "
        "when it ships.\n\nCheers,\nthe {T:brand} crew",
    ),
    (
        "email",
        "Subject: Re: {TICKET}\n\nThe {T:vessel} model kit is back in stock. Reserve it by "
        "{DATE}.\n\n{TEAM}",
    ),
    # --- tickets ----------------------------------------------------------------------------
    (
        "ticket",
        "Ticket {TICKET}\nProduct: {T:model}\nIssue: stopped charging after {NUM} days\n"
        "Assigned to: {TEAM}\nPriority: Amber",
    ),
    (
        "ticket",
        "{TICKET} | high | {T:brand} fridge door seal leaks. Technician booked for {DAY}.",
    ),
    (
        "ticket",
        "Summary: wrong colour delivered ({T:paint} instead of {T:paint2})\nOrder: {ORDER}\n"
        "Owner: {TEAM}",
    ),
    ("ticket", "[{TICKET}] Refund request for the {T:character} playset, {PRICE}, reason: damaged"),
    (
        "ticket",
        "status: open\nsubject: {T:assistant} reorders {T:brand} coffee\nbuild: {VER}\ncommit: {HASH}",
    ),
    ("ticket", "Warranty claim for {T:model} (serial {SKU}), purchased {DATE}, {ROLE} approved."),
    ("ticket", "INC {TICKET}: {CODE} throws on {T:dish} recipe pages since deploy {HASH}"),
    ("ticket", "Return {TICKET}: {T:fashion} dress, reason 'too long', drop-off at any store."),
    # --- menus -----------------------------------------------------------------------------
    (
        "menu",
        "{HEAD}\n{T:dish} ........ {PRICE}\n{T:dish2} ........ {PRICE2}\n{T:grape} by the glass",
    ),
    (
        "menu",
        "Tonight's specials:\n- {T:dish}\n- {T:dish2}\n- {T:drink} on tap\nAsk your server about allergens",
    ),
    ("menu", "STARTERS\n{T:dish}\nMAINS\n{T:dish2}\nCOCKTAILS\n{T:drink}, {T:drink2}, {T:drink3}"),
    ("menu", "DESSERTS\n{T:dish} {PRICE}\n{T:cheese} board {PRICE2}\nPaired with a {T:grape}"),
    ("menu", "Brunch every {DAY}: {T:dish}, {T:drink}, bottomless {T:drink2} - {PRICE} pp"),
    (
        "menu",
        "Happy hour {TIME}-{TIME2}: {T:drink} {PRICE}, {T:drink2} {PRICE2}, {T:drink3} two for one",
    ),
    ("menu", "Cheese trolley: {T:cheese}, {T:cheese2}, {T:cheese3}\nWith {T:apple} chutney"),
    # --- recipes ----------------------------------------------------------------------------
    (
        "recipe",
        "{T:dish}\nServes 4. You need 2 {T:apple} apples, 200 g butter and a splash of {T:drink}.",
    ),
    ("recipe", "Step 3: pour in the {T:grape} and simmer for {NUM} minutes. Season to taste."),
    (
        "recipe",
        "Swap the {T:cheese} for {T:cheese2} if you can't find it. Use {T:vegetable} potatoes.",
    ),
    ("recipe", 'Recipe card {SKU} - "{T:dish}"\nOven 180°C, {NUM} min\nWine: {T:grape}'),
    ("recipe", "Tip: {T:brand} stock cubes work, but homemade is better for {T:dish}."),
    ("recipe", "Will it freeze? Yes, the {T:dish} keeps {NUM} weeks. Thaw overnight."),
    # --- tables / csv / json / xml / html ---------------------------------------------------
    (
        "table",
        "| SKU | Product | Colour | Price |\n|---|---|---|---|\n| {SKU} | {T:model} | {COLOUR} | "
        "{PRICE} |\n| {SKU2} | {T:fashion} scarf | {COLOUR2} | {PRICE2} |",
    ),
    (
        "table",
        "Rose | Type | Scent | Stock\n{T:rose} | shrub | strong | {NUM}\n{T:rose2} | climber | "
        "light | {NUM2}",
    ),
    ("table", "Paint | Finish | Size | Price\n{T:paint} | {T:paint2} | 2.5L | {PRICE}"),
    (
        "csv",
        "sku,title,brand,price\n{SKU},{T:model},{T:brand},{PRICE}\n{SKU2},{T:perfume},{T:brand2},{PRICE2}",
    ),
    ("csv", "order_id,item,status,eta\n{ORDER},{T:character} plush,shipped,{DATE}"),
    ("csv", '"{T:grape}","{T:cheese}","{T:dish}","{PRICE}"'),
    (
        "json",
        '{{"order": "{ORDER}", "items": ["{T:model}", "{T:brand} case"], "status": "packed", '
        '"tracking": "{TRACK}"}}',
    ),
    ("json", '{{"rating": 5, "product": "{T:cheese}", "text": "creamy, great with {T:drink}"}}'),
    (
        "json",
        '{{\n  "sku": "{SKU}",\n  "title": "{T:fashion} tote",\n  "colour": "{COLOUR}",\n  '
        '"price": "{PRICE}"\n}}',
    ),
    (
        "json",
        '{{"assistant": "{T:assistant}", "intent": "reorder", "product": "{T:brand}", "build": "{VER}"}}',
    ),
    (
        "json",
        '[{{"look": "{T:fashion}", "colour": "{COLOUR}"}}, {{"look": "{T:fashion2}", "colour": "{COLOUR2}"}}]',
    ),
    ("xml", '<product sku="{SKU}"><name>{T:model}</name><price>{PRICE}</price></product>'),
    ("xml", '<wine grape="{T:grape}" pairing="{T:cheese}" vintage="2019"/>'),
    ("html", "<h2>{HEAD}</h2><p>Your <em>{T:perfume}</em> sample is in the bag!</p>"),
    ("html", '<div class="staff-pick"><h3>{HEAD}</h3><p>{T:grape} with {T:cheese}</p></div>'),
    ("html", '<li class="swatch">{T:paint} <span>{T:paint2}</span></li>'),
    # --- receipts after OCR -----------------------------------------------------------------
    ("receipt", "{T:shop}\nSTORE {NUM}\n{T:dish} 1x {PRICE}\n{T:drink} 2x {PRICE2}\nTHANK Y0U"),
    (
        "receipt",
        "RECEIPT #{NUM}  {DATE} {TIME}\n{T:paint} 2.5L   {PRICE}\nVISA ****{NUM2}\nHave a nice day",
    ),
    ("receipt", "ITEM: {T:model}\nSERIAL {SKU}\nT0TAL {PRICE}\nTXN {HASH}"),
    ("receipt", "GIFT RECEIPT\n{T:fashion} wallet\nExchange by {DATE} at any {T:shop} store"),
    ("receipt", "{T:shop2} CAFE\n1 {T:drink}   {PRICE}\n1 {T:dish}   {PRICE2}\nSUBT0TAL {PRICE3}"),
    # --- forms / code / logs ----------------------------------------------------------------
    ("form", "Item: {T:model}\nColour: {COLOUR}\nGift wrap: yes\nMessage: Happy {HOLIDAY}!"),
    (
        "form",
        "Return form\nOrder: {ORDER}\nReason: wrong shade ({T:paint})\nRefund to: original payment",
    ),
    (
        "code",
        "# TODO {CODE} drops the {T:fashion} items when the cart has > {NUM}\ndef test_cart():\n    assert cart.total == {NUM2}",
    ),
    ("code", 'product = Product(title="{T:model}", sku="{SKU}")  # see {TICKET}'),
    ("code", "// {T:assistant} skill orders {T:brand} twice, fixed in {VER}\nconst retries = 3;"),
    ("code", "SELECT sku, title FROM products WHERE brand = '{T:brand}' AND colour = '{COLOUR}';"),
    ("log", "{DATE} {TIME} INFO checkout cart=[{T:model},{T:brand}] total={PRICE} build={VER}"),
    ("log", '{DATE}T{TIME}Z WARN stock_low sku={SKU} title="{T:perfume}" host={T:tool}'),
    ("log", 'level=info msg="recipe viewed" recipe="{T:dish}" wine="{T:grape}" sha={HASH}'),
    # --- transcripts and voice --------------------------------------------------------------
    (
        "transcript",
        "CALLER: so the {T:model} just stopped working\nAGENT: okay, can I take the order number?\nCALLER: {ORDER}",
    ),
    (
        "transcript",
        "{ROLE}: welcome to {T:shop}, how can I help\nCUSTOMER: looking for {T:paint} in eggshell",
    ),
    ("voice", "hey {T:assistant} add {T:cheese} and {T:brand} ketchup to the shopping list"),
    ("voice", "remind me to order {T:drink} for {HOLIDAY} on {DAY}"),
    ("voice", "what goes with {T:dish} red or white"),
    ("voice", "will it rain on {DAY} i want to plant the {T:rose} roses"),
    ("voice", "play the {T:character} soundtrack and set a timer for {NUM} minutes"),
    # --- catalogue / forum --------------------------------------------------------------------
    ("catalog", "{HEAD}: the {T:fashion} capsule collection, in {COLOUR} and {COLOUR2}."),
    ("catalog", "New for {MONTH}: {T:rose}, {T:rose2} and {T:apple} bare-root trees."),
    ("catalog", "{T:grape} {NUM}cl, {T:grape2} {NUM2}cl - mixed case {PRICE}"),
    ("catalog", "The Hope Collection: {T:model} bundles, {PCT} donated to the Hope Foundation."),
    ("catalog", "{T:vessel} edition {T:model}, limited to {NUM} units, ships in {MONTH}"),
    (
        "forum",
        "Re: best {T:paint} alternative?\n\n> try {T:paint2}, cheaper\n\nagree, used it in my kitchen",
    ),
    ("forum", "does {T:shop} still stock {T:brand} spare parts or do I go to {T:shop2}?"),
    ("forum", "{T:vegetable} vs {T:vegetable2} for containers? mine bolted in {MONTH}"),
    ("forum", "June or May for planting out {T:vegetable}? Frost risk was on Amber all spring"),
    ("chat", "SO WHERE IS MY {T:model}?? ORDERED IT ON {DATE}. ORDER {ORDER}"),
    ("chat", "Will and grace periods aside, can I still return the {T:model}?"),
    ("chat", "The {ROLE} said the {T:model} comes in Ruby, Jade and Pearl, is that right?"),
    ("chat", "Is {TEAM} handling the {T:tool} migration or the {ROLE}?"),
    ("chat", "Book {ROOM} for the {T:drink} tasting on {DAY} at {TIME}"),
]
