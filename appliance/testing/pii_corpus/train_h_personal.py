"""Templates of personal prompts for `train_h` (shopping, retail and consumer support).

Written blind (only `pii_corpus/__init__.py` and `validity.py` were read), every sentence
typed by hand. Each template is (shape, text) with slots that `train_h` fills:

* people: `{P}` `{Q}` `{R}` in a form drawn per prompt, `{P:g}` given name, `{P:f}` family
  name, `{P:full}`, `{P:lower}`, `{P:up}` ("NGUYEN Thi Lan"), `{P:comma}` ("Okafor, Chidi"),
  `{P:init}` ("J. R. Mendes"); `{W}` `{V}` people whose given names are everyday words
  (Hope, Will, Rose); `{NAMES}` a list of two to four people;
* places: `{CITY}` `{CITY2}` `{REGION}` `{COUNTRY}` `{ADDR}` (a street address, one span);
* contacts and numbers: `{EMAIL}` (built from P's name), `{PHONE}` `{CARD}` `{IBAN}` `{IP}`
  `{SSN}` `{ACCT}` (only where the text says it is a bank account);
* decoys, never labelled: `{T}` or `{T:category}` a thing named like a person (a digit after
  the slot or category draws another one), `{ORDER}` `{SKU}` `{TRACK}` `{PRICE}` `{VER}`
  `{HASH}` `{TICKET}` `{DATE}` `{TIME}` `{DAY}` `{MONTH}` `{HOLIDAY}` `{ROLE}` `{TEAM}`
  `{ROOM}` `{HEAD}` `{CODE}` `{COLOUR}` `{PRODUCT}` `{NUM}` `{PCT}`.

Titles ("Mr", "Dr.") and a possessive "'s" stay outside the name's slot. The things stand
in the same sentences as the people, so that context, not a word list, tells them apart.
"""

from __future__ import annotations

PERSONAL: list[tuple[str, str]] = [
    # --- chat: live support and shop chat -------------------------------------------------
    ("chat", "hi, my name is {P} and my {T:model} arrived with a cracked screen. order {ORDER}"),
    (
        "chat",
        "Agent ({P:g}): Thanks for waiting! The {T:fashion} trench coat left our warehouse on "
        "{DATE}.\nCustomer: great, can it go to my sister {Q} in {CITY} instead?",
    ),
    (
        "chat",
        "is {W:g} working today? {W:g} helped me pick the {T:paint} shade last {DAY} and i need "
        "two more tins",
    ),
    ("chat", "{W:g} and {V:g} are late for the {T:dish} tasting, start without them"),
    ("chat", "tell {W:lower} the {T:drink} crates are in, she asked on {DAY}"),
    (
        "chat",
        "[{TIME}] {P:g}: has anyone seen the {T:model} demo unit?\n[{TIME}] {Q:g}: {R:g} took it "
        "to the {ROOM} for the {T:brand} training",
    ),
    (
        "chat",
        "Customer: I bought a {T:cheese} wheel and a bottle of {T:grape} for {P}'s birthday but "
        "the box came crushed\nBot ({T:assistant}): Sorry about that! Can you share the order "
        "number?\nCustomer: {ORDER}",
    ),
    ("chat", "ask {W:g} if she can cover my shift on {HOLIDAY}, {T:shop} is short staffed"),
    (
        "chat",
        "ok so {P:g} wants the {T:perfume} gift set and {Q:g} wants a {T:character} lunchbox, "
        "anything else before I check out?",
    ),
    (
        "chat",
        "me: where is my parcel {TRACK}\nsupport: hi, this is {P:g} from the delivery team, it "
        "is at the depot in {CITY} and will reach you on {DAY}",
    ),
    ("chat", "hey {P:g} 👋 the {T:apple} trees you ordered from us are ready for collection"),
    (
        "chat",
        "{P:g}: did the {T:rose} bare-root ones come in?\n{Q:g}: yes, 40 of them plus the "
        "{T:rose2} climbers. {R:g} is potting them up",
    ),
    ("chat", "can you put {P:full} down for the {T:style} class on {DAY} at {TIME}?"),
    (
        "chat",
        "lol {P:g} thought {T:assistant} could order the {T:dish} for us. it added 12 tins of "
        "{T:brand} beans instead",
    ),
    (
        "chat",
        "Hi, I'm {P:g} from the {T:shop} in {CITY}. We never received the {T:paint} tester pots "
        "(order {ORDER}).",
    ),
    ("chat", "please call me back on {PHONE}, it's {P} about the {T:model} repair {TICKET}"),
    (
        "chat",
        "Will you ship to {COUNTRY}? My friend {P:g} wants the {T:fashion} loafers in size 42",
    ),
    ("chat", "{P:g} said the {T:vessel} cruise shop sells {T:perfume} tax free, true?"),
    (
        "chat",
        "hey it's {W:g} again, the {COLOUR} {PRODUCT} is lovely but i ordered it in {COLOUR2}",
    ),
    (
        "chat",
        "User: my account email is {EMAIL}, I'm {P} and I can't log in to redeem the "
        "{HOLIDAY} voucher",
    ),
    # --- sms / social ----------------------------------------------------------------------
    ("sms", "{P:g} ur {T:model} is ready at {T:shop}, pick up by {DAY} x"),
    (
        "sms",
        "hi {W:g} its {P:g}, grabbed the {T:cheese} and the {T:drink} for tonight, need anything else",
    ),
    ("sms", "Mum says {Q:g} left the {T:character} backpack at {T:shop}. Can you get it {DAY}?"),
    ("sms", "running late, tell {P:lower} to start the {T:dish} without me"),
    (
        "sms",
        "{P:g}!! the {T:vessel} tickets came through. {T:shop} voucher code {SKU} for the drinks",
    ),
    ("social", "huge thanks to @{P:g} at {T:shop} {CITY} for finding me the last {T:model} 🙌"),
    (
        "social",
        "@{P:g} the {T:paint} sample you sent is gorgeous, ordering 5L for the hallway #diy",
    ),
    ("social", "Shoutout to {P} who styled my {T:fashion} outfit for {HOLIDAY}! #ootd"),
    ("social", "just met {P:full} at the {T:perfume} launch in {CITY} and she was so lovely"),
    (
        "social",
        "Our baker {P:g} made a {T:dish} for {HOLIDAY} and it sold out by {TIME} 🍰 #{T:brand}fans",
    ),
    ("social", "@{P:g} @{Q:g} who's in for the {T:drink} masterclass on {DAY}?"),
    # --- reviews ---------------------------------------------------------------------------
    (
        "review",
        "★★★★★ {P:g} in the {CITY} store spent an hour with me matching {T:paint} to my sofa. "
        "Best service ever.",
    ),
    (
        "review",
        "2/5. The {T:model} is fine but the courier left it with a neighbour called {P:g} "
        "three doors down without asking.",
    ),
    (
        "review",
        "Bought the {T:perfume} for my wife {P:g}. She loves it, I love that it was {PCT} off.",
    ),
    (
        "review",
        "Ordered the {T:dish} and a {T:drink}. Our waiter {P:g} recommended a {T:grape} and it "
        "was perfect. Will come back!",
    ),
    (
        "review",
        "we planted {T:apple} and {T:apple2} from this nursery in our garden in {REGION} and "
        "both fruited in year two, thanks {P:g}",
    ),
    (
        "review",
        "Reviewed by {P:init}, verified buyer: the {T:fashion} blazer runs small, size up.",
    ),
    (
        "review",
        "My kids {NAMES} fight over the {T:character} set every day. Sturdy, {PRICE} well spent.",
    ),
    (
        "review",
        "Great {T:cheese}, shame about delivery. {P:full} from customer care sorted a refund "
        "within a day though.",
    ),
    (
        "review",
        "The {T:rose} rose from {P}'s nursery outside {CITY} has flowered all summer. Recommend.",
    ),
    (
        "review",
        "Not impressed. Asked {W:g} at the counter about {T:style} mats, she pointed me to "
        "{T:shop} instead.",
    ),
    (
        "review",
        '"{P:g} in the wine department knows her {T:grape} from her {T:grape2}" - {Q:init}, {CITY}',
    ),
    (
        "review",
        "1 star. Tried to call {PHONE} about my {T:model} for three days, nobody picks up. {P}",
    ),
    (
        "review",
        "we had the {T:dish} at {P:g}'s new place in {CITY} and honestly it beat the one at "
        "{T:shop}",
    ),
    # --- product Q&A ----------------------------------------------------------------------
    (
        "qa",
        "Q: Does the {T:model} come with a UK plug? - asked by {P:g} from {CITY}\n"
        "A: Yes, and an EU adapter. - {Q:g}, {ROLE}",
    ),
    (
        "qa",
        "Question from {P:init}: is {T:paint} the same as {T:paint2} in a {T:paint3} finish?\n"
        "Answer: No, it is a shade warmer.",
    ),
    (
        "qa",
        "Q: Will the {T:rose} climber cope with a north wall in {REGION}?\nA ({P:g}, head "
        "gardener): yes, it's one of the toughest.",
    ),
    (
        "qa",
        "Q (by {W:full}): Is the {T:cheese} pasteurised?\nA: It is, and so is the {T:cheese2}.",
    ),
    (
        "qa",
        "Is this {T:character} figure suitable for a 3 year old? My nephew {P:g} chews everything.",
    ),
    (
        "qa",
        "Asked by {P:lower}: can i get the {T:fashion} bag monogrammed with my initials?\n"
        "Answered by {T:shop} staff: yes, up to 3 letters",
    ),
    (
        "qa",
        "Q: Does the {T:model} ship to {COUNTRY}?\nA: We ship to {COUNTRY} and {COUNTRY2} "
        "from our {CITY} warehouse.",
    ),
    # --- order e-mails ---------------------------------------------------------------------
    (
        "email",
        "Subject: Your order {ORDER} is on its way\n\nDear {P:full},\n\nYour {T:model} and "
        "{T:brand} accessories left our warehouse today. Tracking: {TRACK}.\nDelivery "
        "address: {ADDR}\n\nThe {T:shop} team",
    ),
    (
        "email",
        "Hi {P:g},\n\nthanks for shopping with us! Your {T:perfume} gift set ({PRICE}) will be "
        "wrapped and sent to {Q:full}, {ADDR}.\n\nWarm wishes,\n{R:g}\nCustomer Care",
    ),
    (
        "email",
        "Dear Mr {P:f},\n\nwe are sorry the {T:fashion} shoes were the wrong size. A return "
        "label for {ORDER} is attached.\n\nKind regards\n{Q:full} | {ROLE}",
    ),
    (
        "email",
        "From: {EMAIL}\nTo: orders@{T:tool}-shop.example\nSubject: Re: {ORDER}\n\nPlease "
        "change the delivery to my office: {ADDR}. Thanks, {P}",
    ),
    (
        "email",
        "Dear Ms {P:f},\n\nyour refund of {PRICE} for the {T:dish} cookbook has been sent to "
        "the card ending in {NUM}. If you paid by transfer, it goes to IBAN {IBAN}.\n\n"
        "{T:shop} Returns",
    ),
    (
        "email",
        "Hello {P:g},\nyour payment with card {CARD} for the {T:model} was declined. Please "
        "update it before {DATE}.\n- Billing, {T:brand} Store",
    ),
    (
        "email",
        "Hi team,\n\ncustomer {P:comma} (phone {PHONE}) is asking whether the {T:vessel} "
        "model kit is back in stock.\n\n{Q:g}\n{ROLE}, {CITY} branch",
    ),
    (
        "email",
        "Dear {P:full},\n\nwelcome to the {T:drink} club! Your first case ships on {DATE} to "
        "{ADDR}.\nQuestions? Call {PHONE} or write to {EMAIL}.",
    ),
    (
        "email",
        "Subject: Invoice {ORDER}\n\nBill to: {P:up}\n{ADDR}\nVAT no. {SKU}\n\nItems: {T:paint} "
        "2.5L x {NUM}, {T:brand} roller kit\nTotal: {PRICE}",
    ),
    (
        "email",
        "Hi {P:g}, this is {Q:g} from {T:shop}. The {T:apple} saplings you reserved can be "
        "collected from {DAY}. Please bring order {ORDER}.",
    ),
    (
        "email",
        "Dear customer,\n\nthe direct debit for your {T:drink} subscription will be taken "
        "from account number {ACCT} on {DATE}.\n\nAccount holder: {P}",
    ),
    (
        "email",
        "Hey {W:g}!\n\nYour {T:model} pre-order is confirmed. We will text you on {PHONE} when "
        "it leaves {CITY}.\n\nCheers,\nthe {T:brand} crew",
    ),
    # --- support tickets ------------------------------------------------------------------
    (
        "ticket",
        "Ticket {TICKET}\nCustomer: {P}\nEmail: {EMAIL}\nProduct: {T:model}\nIssue: "
        "stopped charging after {NUM} days\nAssigned to: {Q:g} ({TEAM})",
    ),
    (
        "ticket",
        "{TICKET} | priority high | {P:full} reports the {T:brand} fridge door seal leaks. "
        "Technician {Q:init} booked for {DAY}.",
    ),
    (
        "ticket",
        "Summary: wrong colour delivered ({T:paint} instead of {T:paint2})\nReporter: {P:g}\n"
        "Location: {ADDR}\nNotes: {Q:g} from {TEAM} will swap it on {DATE}",
    ),
    (
        "ticket",
        "[{TICKET}] Refund request - customer {P:comma} wants the {PRICE} for the "
        "{T:character} playset back to IBAN {IBAN}",
    ),
    (
        "ticket",
        "Case {TICKET}: card {CARD} charged twice for order {ORDER}. Customer {P} called from "
        "{PHONE}. Escalated to {Q:g}.",
    ),
    (
        "ticket",
        "status: open\nopened_by: {P:lower}\nsubject: {T:assistant} keeps reordering "
        "{T:brand} coffee pods\nlast_login_ip: {IP}",
    ),
    (
        "ticket",
        "Fraud check {TICKET}: order {ORDER} placed from {IP} ({COUNTRY}) but billing address "
        "is {ADDR}. Cardholder {P}.",
    ),
    (
        "ticket",
        "Warranty claim for {T:model} (serial {SKU}). Owner: {P:full}, {CITY}. SSN given for "
        "financing check: {SSN}",
    ),
    (
        "ticket",
        "Hi, {P:g} here. The {T:vegetable} seed potatoes arrived mouldy. My gardener {W:g} "
        "took photos. Ticket {TICKET}",
    ),
    # --- menus, restaurant ---------------------------------------------------------------
    (
        "menu",
        "{HEAD}\n{T:dish} ........ {PRICE}\n{T:dish2} ........ {PRICE2}\nChef {P:full} "
        "recommends the {T:grape} by the glass",
    ),
    (
        "menu",
        "Tonight's specials, cooked by {P:g}:\n- {T:dish}\n- {T:dish2}\n- {T:drink} on tap\n"
        "Ask {Q:g} about allergens",
    ),
    (
        "menu",
        "{P:full}'s Table - {CITY}\nStarters: {T:dish}\nMains: {T:dish2}\nCocktails: "
        "{T:drink}, {T:drink2}",
    ),
    (
        "menu",
        "DESSERTS\n{T:dish} {PRICE}\n{T:cheese} board {PRICE2}\nPaired by our sommelier "
        "{P:g} with a {T:grape}",
    ),
    (
        "menu",
        "Brunch with {P:g} & {Q:g} every {DAY}: {T:dish}, {T:drink}, bottomless {T:drink2}",
    ),
    # --- recipes -------------------------------------------------------------------------
    (
        "recipe",
        "{P:g}'s {T:dish}\nServes 4. You need: 2 {T:apple} apples, 200 g butter, "
        "a splash of {T:drink}.\nTip from {Q:g}: chill the dough overnight.",
    ),
    (
        "recipe",
        "My grandmother {P:g} from {REGION} made this {T:dish} every {HOLIDAY}. Use "
        "{T:vegetable} potatoes and {T:brand} stock.",
    ),
    (
        "recipe",
        "Step 3: pour in the {T:grape} (I use the one {P:g} brought back from {COUNTRY}) and "
        "simmer for {NUM} minutes.",
    ),
    (
        "recipe",
        "adapted from {P:full}'s cookbook: {T:dish} with {T:cheese} and {T:vegetable}",
    ),
    (
        "recipe",
        'Recipe card {SKU} - "{T:dish}" by {P:init}\nOven 180°C, {NUM} min\nWine: {T:grape}',
    ),
    # --- catalogue tables, CSV, JSON, XML, HTML -----------------------------------------------
    (
        "table",
        "| SKU | Product | Buyer | City |\n|---|---|---|---|\n| {SKU} | {T:model} | {P} | "
        "{CITY} |\n| {SKU2} | {T:fashion} scarf | {Q} | {CITY2} |",
    ),
    (
        "table",
        "Customer | Rose | Qty | Note\n{P:full} | {T:rose} | {NUM} | deliver {DAY}\n{Q:full} | "
        "{T:rose2} | 2 | gift wrap",
    ),
    (
        "csv",
        "order_id,customer,item,ship_to\n{ORDER},{P:full},{T:model},{CITY}\n{ORDER2},"
        "{Q:full},{T:perfume},{CITY2}",
    ),
    (
        "csv",
        "name;email;phone;favourite_wine\n{P};{EMAIL};{PHONE};{T:grape}",
    ),
    (
        "csv",
        '"{P:comma}","{ADDR}","{T:paint} 5L","{PRICE}"',
    ),
    (
        "json",
        '{{"order": "{ORDER}", "customer": "{P:full}", "items": ["{T:model}", "{T:brand} '
        'case"], "ship_to": "{ADDR}"}}',
    ),
    (
        "json",
        '{{"reviewer": "{P:g}", "rating": 5, "product": "{T:cheese}", "text": "bought it for '
        '{Q:g}, she loved it"}}',
    ),
    (
        "json",
        '{{\n  "customer": {{"name": "{P}", "email": "{EMAIL}", "phone": "{PHONE}"}},\n  '
        '"cart": [{{"sku": "{SKU}", "title": "{T:fashion} tote"}}]\n}}',
    ),
    (
        "json",
        '{{"payment": {{"card": "{CARD}", "holder": "{P:up}"}}, "total": "{PRICE}", '
        '"gift_for": "{T:character} fan"}}',
    ),
    (
        "json",
        '[{{"stylist": "{P:g}", "store": "{CITY}", "look": "{T:fashion}"}}, {{"stylist": "{Q:g}", '
        '"store": "{CITY2}", "look": "{T:fashion2}"}}]',
    ),
    (
        "xml",
        '<order id="{ORDER}"><customer>{P:full}</customer><item>{T:model}</item><city>{CITY}'
        "</city></order>",
    ),
    (
        "xml",
        '<review author="{P:g}" stars="4">The {T:drink} pairs well with {T:cheese}.</review>',
    ),
    (
        "html",
        "<p>Hi <strong>{P:g}</strong>, your <em>{T:perfume}</em> sample is in the bag!</p>"
        '<p>Questions? Reply to <a href="mailto:{EMAIL}">{EMAIL}</a></p>',
    ),
    (
        "html",
        '<div class="staff-pick"><h3>{HEAD}</h3><span class="by">Picked by {P:full}, '
        "{CITY}</span><p>{T:grape} and {T:cheese}</p></div>",
    ),
    (
        "html",
        "<li>{T:model} - reserved for {P} (collect in {CITY})</li>",
    ),
    # --- receipts after OCR ---------------------------------------------------------------
    (
        "receipt",
        "{T:shop}\n{ADDR}\nTEL {PHONE}\n{T:dish} 1x {PRICE}\n{T:drink} 2x {PRICE2}\n"
        "SERVED BY: {P:up}\nTHANK YOU",
    ),
    (
        "receipt",
        "RECEIPT #{NUM}  {DATE} {TIME}\nCASHIER {P:g}\n{T:paint} 2.5L   {PRICE}\n"
        "VISA ****{NUM2}\nHave a nice day",
    ),
    (
        "receipt",
        "CUST0MER: {P:lower}\nCARD N0: {CARD}\nITEM: {T:model}\nT0TAL {PRICE}",
    ),
    (
        "receipt",
        "GIFT RECEIPT\nFor: {P:g}\nFrom: {Q:g}\n{T:fashion} wallet\nExchange by {DATE} at any "
        "{T:shop} store",
    ),
    # --- forms and code ----------------------------------------------------------------------
    (
        "form",
        "Name: {P:full}\nDelivery address: {ADDR}\nPhone: {PHONE}\nSafe place: with neighbour "
        "{Q:g}\nItem: {T:model}",
    ),
    (
        "form",
        "Loyalty card application\nSurname: {P:f}\nFirst name: {P:g}\nCity: {CITY}\nFavourite "
        "brand: {T:brand}",
    ),
    (
        "form",
        "Trade account signup\nCompany contact: {P}\nEmail: {EMAIL}\nBank: IBAN {IBAN}\n"
        "Usual paint: {T:paint}",
    ),
    (
        "form",
        "Store card finance\nApplicant: {P:full}\nSSN: {SSN}\nChecking account: {ACCT}\n"
        "Purchase: {T:model}",
    ),
    (
        "code",
        "# TODO ask {P:g} why {CODE} drops the {T:fashion} items\ndef test_cart():\n"
        '    assert cart.owner == "{Q:full}"',
    ),
    (
        "code",
        'customer = Customer(name="{P:full}", city="{CITY}")  # {T:model} pre-order, see {TICKET}',
    ),
    (
        "code",
        "// reported by {P:g}: {T:assistant} skill orders {T:brand} twice\nconst shopper = "
        '"{EMAIL}";',
    ),
    (
        "log",
        '{DATE} {TIME} INFO checkout user="{P:full}" ip={IP} cart=[{T:model},{T:brand}] '
        "total={PRICE}",
    ),
    (
        "log",
        '{DATE}T{TIME}Z WARN payment_failed holder="{P:up}" card={CARD} order={ORDER}',
    ),
    (
        "log",
        'level=info msg="gift message" from="{P:g}" to="{Q:g}" product="{T:perfume}" host={T:tool}',
    ),
    # --- transcripts (speaker labels) and voice-to-text (no punctuation) ----------------------
    (
        "transcript",
        "{P:g}: so the {T:model} just stopped working\n{ROLE}: okay, can I take your postcode?"
        "\n{P:g}: I'm at {ADDR}",
    ),
    (
        "transcript",
        "AGENT: {T:shop} customer line, you're speaking to {P:g}\nCALLER: hi it's {Q:full}, "
        "calling about the {T:vessel} model ship",
    ),
    (
        "voice",
        "hey {T:assistant} text {P:g} that the {T:dish} is in the oven and the {T:drink} is in "
        "the fridge",
    ),
    ("voice", "remind me to buy {T:cheese} for {P:g} and {Q:g} on {DAY}"),
    ("voice", "call {P:full} about the {T:paint} order"),
    ("voice", "add {T:apple} apples and {T:brand} ketchup to the shopping list for {W:g}"),
    ("voice", "send {W:g} the photos of the {T:rose} roses from the garden centre in {CITY}"),
    ("voice", "navigate to {T:shop} in {CITY} then text {P:g} im on my way"),
    # --- catalogue lines, signatures, forum -------------------------------------------------
    (
        "catalog",
        "{T:fashion} x {P:full}: the capsule collection, shot in {CITY} by photographer {Q}",
    ),
    (
        "catalog",
        "Meet the maker: {P:full} hand-throws every planter in her studio in {REGION}. "
        "Pairs with our {T:rose} roses.",
    ),
    (
        "catalog",
        "Our {T:grape} comes from {P}'s family vineyard in {REGION}, {COUNTRY}.",
    ),
    (
        "forum",
        "Re: best {T:paint} alternative?\n\n{P:g} wrote:\n> try {T:paint2}, cheaper\n\nagree "
        "with {P:g}, {Q:g} used it in her kitchen",
    ),
    (
        "forum",
        "Posted by {P:lower} from {CITY}: does anyone know if {T:shop} still stocks {T:brand} "
        "spare parts?",
    ),
    (
        "forum",
        "my neighbour {W:g} swears by {T:vegetable} for containers, {V:g} prefers {T:vegetable2}",
    ),
    (
        "email",
        "Thanks for your order!\n\n--\n{P:full}\n{ROLE}, {T:shop}\n{ADDR}\nM: {PHONE}",
    ),
    (
        "email",
        "Best,\n{P:init}\nVisual Merchandising | {T:fashion} concession | {CITY}",
    ),
    # --- surname first, lists, initials, lower case ------------------------------------------
    (
        "chat",
        "booking for {NAMES} at {TIME}, table near the window, we'll have the {T:dish}",
    ),
    ("chat", "{NAMES} all want the {T:character} costume for {HOLIDAY}, do you have 4 in stock?"),
    (
        "table",
        "Staff rota {DATE}\n{P:up} - tills\n{Q:up} - click & collect\n{R:comma} - {T:paint} "
        "mixing desk",
    ),
    ("sms", "{P:init} collected the {T:model} from {CITY} store at {TIME}"),
    ("chat", "{P:lower} here, did my {T:drink} order go through? paid with {CARD}"),
    (
        "chat",
        "SO WHERE IS MY {T:model}?? ORDERED IT ON {DATE}. {P:up}, {CITY}",
    ),
    ("review", "gift for {W:g}, she said it smells like {T:perfume} but half the price"),
    ("chat", "can {W:g} collect on my behalf? it's for order {ORDER}, same surname {W:f}"),
    (
        "email",
        "Dear Hiring Manager, I am applying for the {ROLE} role at {T:shop}. References: "
        "{P:full} ({EMAIL}) and {Q:full}.",
    ),
    (
        "chat",
        "bank transfer ok? acct {ACCT}, sort code {NUM}-{NUM2}-{NUM3}, name {P:full}",
    ),
    (
        "chat",
        "I'll pay the deposit for the {T:model} from my savings account {ACCT}. - {P:g}",
    ),
    ("chat", "from {CITY} to {CITY2} in two days? {P:g} says {T:shop} never manages that"),
    (
        "review",
        "Stayed loyal to {T:brand} for years. {P:full} in {CITY} fixed my {T:model} for free.",
    ),
    (
        "ticket",
        "Return {TICKET}: {T:fashion} dress, reason 'too long'. Customer {P:g} will drop it at "
        "{ADDR}.",
    ),
    # --- more structured values beside things -----------------------------------------------
    ("chat", "my number changed, new one is {PHONE}. still {P:g}, still waiting on the {T:model}"),
    ("sms", "{T:shop}: {P:g}, your {T:cheese} hamper is ready. Questions? {PHONE}"),
    ("chat", "pls send the {T:perfume} invoice to {EMAIL}, it's a gift for {Q:g}"),
    ("review", "Emailed {EMAIL} twice about the {T:fashion} boots. Silence. - {P:init}"),
    (
        "ticket",
        "{TICKET}: login from new device {IP} for {P:full}, cart had {T:model} and {T:drink}",
    ),
    (
        "log",
        '{DATE} {TIME} ERROR refund_failed iban={IBAN} customer="{P:comma}" sku={SKU} '
        'item="{T:paint}"',
    ),
    ("csv", "customer,card,item\n{P:full},{CARD},{T:fashion} gift card"),
    (
        "json",
        '{{"loyalty": {{"member": "{P:full}", "phone": "{PHONE}"}}, "favourite": "{T:drink}", '
        '"store": "{CITY}"}}',
    ),
    (
        "form",
        "Catering order\nContact: {P}\nMobile: {PHONE}\nEmail: {EMAIL}\nMenu: {T:dish}, "
        "{T:dish2}\nWine: {T:grape}",
    ),
    (
        "email",
        "Hi {P:g},\n\nyour {T:vessel} cruise shop voucher is linked to card {CARD}. The "
        "{T:perfume} counter on deck 5 accepts it.\n\n{Q:g}",
    ),
    (
        "receipt",
        "{T:shop2}\nTEL {PHONE}\nMEMBER {P:up}\n{T:apple} apples 2kg {PRICE}\n{T:vegetable} 5kg "
        "{PRICE2}",
    ),
    (
        "chat",
        "Customer: wire the {T:model} refund to {IBAN} please\nAgent ({P:g}): done, allow 3 days",
    ),
    (
        "transcript",
        "AGENT: can I confirm the last four of the account number?\nCALLER ({P:full}): the "
        "whole thing is {ACCT}\nAGENT: thanks, the {T:model} finance is now paid",
    ),
    (
        "code",
        'TEST_USER = {{"name": "{P:full}", "email": "{EMAIL}", "ip": "{IP}"}}  # {T:tool} fixture',
    ),
    ("html", "<td>{P:full}</td><td>{PHONE}</td><td>{T:fashion}</td><td>{CITY}</td>"),
    ("xml", "<contact><name>{P}</name><tel>{PHONE}</tel><likes>{T:cheese}</likes></contact>"),
    (
        "ticket",
        "Chargeback {TICKET}\nCard: {CARD}\nHolder: {P:full}\nMerchant note: {T:character} "
        "playset delivered to {ADDR}",
    ),
    (
        "email",
        "Subject: Gift registry\n\n{P:g} and {Q:g} would love the {T:brand} mixer and the "
        "{T:model}. Contributions to IBAN {IBAN} also welcome!",
    ),
    (
        "form",
        "Layaway plan\nName: {P:comma}\nSocial Security No.: {SSN}\nAcct no. {ACCT}\nItem: "
        "{T:model}",
    ),
    ("voice", "text {P:g} at {PHONE} that the {T:dish} is ready"),
    ("sms", "it's {W:g}, new email is {EMAIL}, send the {T:rose} care sheet there pls"),
    ("qa", "Q: Can I pay the {T:model} by bank transfer?\nA: Yes, to {IBAN}. - {P:g}, {ROLE}"),
]

# about one personal prompt in three carries a structured value
STRUCTURED = ("{EMAIL}", "{PHONE}", "{CARD}", "{IBAN}", "{IP}", "{SSN}", "{ACCT}")
