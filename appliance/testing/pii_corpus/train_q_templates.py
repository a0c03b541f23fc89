"""Templates for `train_q`, by shape: prose and chat shapes. Slots are written {{NAME}} or
{{NAME:arg}}: T (a thing, arg a group or category), TP (a thing carrying a place), P (the
person, in a random written form), PG (their given name), PT (title + family name, the title
outside the span), Q (a second person), L (a place), ADDR (a street address), E, PH, CARD,
IBAN, SSN, IP, ACCT (values), W (an everyday word that is also a name) and the decoys REF,
DATE, TIME, PRICE, VER, SKU, ROOM, SEAT, HEX, DAY, MONTH, NUM, QTY, CODE, PCT. In clean
prompts the personal slots become neutral words ("the guest", "the venue")."""

from __future__ import annotations

PROSE: dict[str, tuple[str, ...]] = {
    "chat": (
        "{{P}} booked {{T:travel}} for her dad, ref {{REF}}. can you draft a thank-you note?",
        "ask {{P}} whether the {{T:hops}} hops came in, we need {{QTY}} sacks by {{DAY}}",
        "hey, {{PG}} wants the {{T:cakes}} for the party on {{DATE}}. {{W}}. recipe for 12?",
        "Can you suggest a wine to go with {{T:dishes}}? {{P}} is cooking on {{DAY}}.",
        "{{P}} from {{L}} keeps calling the {{T:pets}} puppy '{{T:pets}}'. Funny names for a cat?",
        "my brother {{PG}} just landed the {{T:sport_moves}} at practice!! write a short cheer",
        "Quick one: is the {{T:typefaces}} licence ok for print? {{P}} asked, order {{REF}}.",
        "{{P}} says {{T:roses}} and {{T:roses}} both climb. which one for a north wall in {{L}}?",
        "we're moving {{PG}}'s {{T:instruments}} to {{L}} next {{MONTH}}, how to pack it?",
        "Summarise the plot of {{T:music_works}} for {{P}}, who's seeing it on {{DATE}}.",
        "Can {{PT}} get the {{T:cocktails}} recipe? She liked it at the bar, table {{NUM}}.",
        "rewrite this for {{P}}: the {{T:cars_bikes}} is in for service, back by {{TIME}}",
        "{{P}} ({{PH}}) wants to name the new {{T:yachts_boats}} tender. ideas?",
        "is {{T:syndromes_eponyms}} hereditary? asking for {{P}}, no medical advice needed",
        "Explain {{T:syndromes_eponyms}} simply. Version {{VER}} of our app mentions it.",
        "What's the difference between {{T:apples_pears}} and {{T:apples_pears}} for a crumble?",
        "Which is better for chips, {{T:potatoes}} or {{T:potatoes}}? {{W}}.",
        "Pick a paint for the hall: {{T:makeup_shades}} or {{T:makeup_shades}} ({{HEX}})?",
        "Give me 5 trivia questions about {{T:fictional_characters}} and {{T:play}}.",
        "{{P}} ordered the {{TP}} again lol. what else is on a classic bistro menu?",
    ),
    "email": (
        "Subject: {{T:travel}} booking {{REF}}\n\nHi {{PG}},\n\nThe {{T:hotel_suites}} is "
        "confirmed for {{DATE}}. Breakfast includes {{T:coffees_teas}}.\n\nBest,\n{{Q}}",
        "Subject: Re: tasting on {{DAY}}\n\nDear {{PT}},\n\nWe will pour {{T:wines}} and "
        "{{T:cheeses}}. Please call {{PH}} if plans change.\n\nKind regards,\n{{Q}}",
        "Hello team,\n\n{{P}} from {{L}} asked about the {{T:board_games}} restock ({{SKU}}). "
        "{{W}}. Reply to {{E}}.\n\nThanks",
        "Subject: order {{REF}}\n\nHi,\n\nYour {{T:fashion_houses}} bag and {{T:perfumes_beauty}} "
        "ship on {{DATE}}. Total {{PRICE}}.\n\nCustomer care",
        "Subject: Invoice for {{P}}\n\nPlease pay {{PRICE}} to IBAN {{IBAN}} for the "
        "{{T:dahlias}} tubers. Delivery to {{ADDR}}.\n\n{{Q}}",
        "Dear {{PT}},\n\nThank you for entering your {{T:greyhounds}}-sired pup in the "
        "{{T:trophies}} trials. Your number is {{NUM}}.\n\nThe committee",
        "Hi {{PG}},\n\nthe {{T:racehorses}} syndicate meets {{DAY}} at {{TIME}}. {{Q}} will "
        "bring the {{T:beers}}.\n\nCheers",
        "Subject: {{T:software_products}} upgrade to {{VER}}\n\nAll,\n\nThe rollout starts "
        "{{DATE}}. Hosts: {{IP}}. Contact {{P}} with questions.\n",
        "Subject: Lost property\n\nHello,\n\nA {{T:dolls_toys}} was left in room {{ROOM}}. "
        "It belongs to {{P}}'s daughter; please post it to {{ADDR}}.\n\nFront desk",
        "Subject: Card declined\n\nDear {{PT}},\n\nthe card ending in your {{CARD}} was "
        "declined for the {{T:coins_stamps}} lot. {{W}}.\n",
    ),
    "sms": (
        "{{PG}} can u grab {{T:cheeses}} + {{T:beers}} on the way? ta",
        "Hi {{PG}}, your {{T:haircuts_styles}} appt is {{DAY}} {{TIME}}. Reply Y to confirm.",
        "{{P}} here - running late, the {{T:cars_bikes}} won't start. {{PH}}",
        "Reminder: {{T:storms_projects}} warning for {{L}} on {{DAY}}. Stay safe.",
        "Ur parcel {{REF}} ({{T:dolls_toys}}) arrives {{DATE}}. Track at the app.",
        "mum says feed {{T:pets}} at {{TIME}} and don't let {{T:pets}} out",
        "{{PG}}!! {{T:racehorses}} won at 8/1 🐎 drinks on me",
        "Code {{CODE}} for {{PRICE}} off {{T:shops_brands}}. {{W}}.",
        "{{P}} wants the {{T:cocktails}} again, table {{NUM}}",
        "call {{Q}} on {{PH}} about the {{T:stadiums_venues}} tickets, seat {{SEAT}}",
    ),
    "notes": (
        "Meeting notes {{DATE}}\n- {{P}}: {{T:software_products}} migration to {{VER}}\n- "
        "{{Q}}: budget {{PRICE}}\n- {{W}}\n",
        "Garden log {{MONTH}}\n- planted {{T:roses}}, {{T:dahlias}}\n- {{PG}} pruned the "
        "{{T:apples_pears}}\n- lift {{T:potatoes}} by {{DATE}}",
        "Trip notes: {{L}}\n- stay: {{T:hotel_suites}} (ref {{REF}})\n- walk: "
        "{{T:tours_trails_peaks}}\n- {{P}} joins on {{DAY}}",
        "To do\n[ ] buy {{T:coffees_teas}}\n[ ] return {{T:board_games}} to {{P}}\n[ ] "
        "book {{T:hotel_suites}} for {{DATE}}",
        "Recipe test #{{NUM}}: {{T:cakes}}\n{{PG}} thinks less sugar. Oven {{NUM}}0 C, "
        "{{TIME}}.",
        "Vet notes: {{T:pets}} (owner {{P}}, {{PH}}), weight {{NUM}} kg, next visit {{DATE}}",
        "Call with {{PT}} re: {{T:instruments}} valuation, {{PRICE}}, insurer ref {{REF}}",
        "Club night {{DAY}}: {{T:dances}}, then {{T:dances}}. Band: {{T:bands}}. {{W}}.",
        "Stamp album p.{{NUM}}: {{T:coins_stamps}}, {{T:coins_stamps}}; from {{P}}'s estate",
        "Reading list: {{T:fictional_characters}} stories; {{T:music_works}} libretto",
    ),
    "review": (
        "★★★★☆ The {{T:hotel_suites}} was lovely and {{PG}} at reception was so kind. "
        "The {{T:cocktails}} at the bar was strong. {{W}}.",
        "5/5 - ordered the {{T:dishes}} and the {{T:cakes}}. Our waiter {{P}} knew the "
        "wine list inside out.",
        "Bought the {{T:instruments}} from this shop. {{W}}. Setup by {{P}} was perfect.",
        "2 stars. {{T:perfumes_beauty}} arrived leaking, order {{REF}}. Refund took {{NUM}} days.",
        "Great tour of the {{T:tours_trails_peaks}}, guide {{P}} made it. Stayed in {{L}}.",
        "The {{T:board_games}} expansion is fun but {{T:board_games}} is better. {{PRICE}}.",
        "My {{T:pets}} loves these treats. Shipping to {{L}} was quick.",
        "Nice {{T:beers}}, malty. Paired with {{T:cheeses}}. {{PG}} preferred the {{T:beers}}.",
        "The {{T:typefaces}} pairing with {{T:typefaces}} looks dated. 3/5.",
        "Loved the {{T:yachts_boats}} cruise; captain {{P}} and the crew were great.",
    ),
    "voice": (
        "remind me to call {{P}} about the {{T:cakes}} on {{DAY}}",
        "send a message to {{PG}} saying the {{T:pets}} has been fed",
        "add {{T:cheeses}} and {{T:wines}} to the shopping list",
        "what time does the {{T:sport}} final start",
        "play {{T:music_works}} in the living room",
        "text {{P}} that i'm at {{T:stadiums_venues}} gate {{NUM}}",
        "navigate to {{ADDR}}",
        "call {{P}} on {{PH}}",
        "set a timer for the {{T:dishes}} for {{NUM}} minutes",
        "how do you pronounce {{T:syndromes_eponyms}}",
        "book a table for {{NUM}} at {{TIME}} and tell {{PG}} it's the {{T:food}} place",
        "what's the weather in {{L}} on {{DAY}}, we're walking the {{T:tours_trails_peaks}}",
    ),
    "paste": (
        "Translate to English:\n\"{{P}} hat die {{T:roses}} bestellt. Lieferung am "
        "{{DATE}}, Bestellnummer {{REF}}.\"",
        "Translate this Spanish note:\n\"{{PG}} quiere la {{T:cakes}} para el {{DATE}}. "
        "Llamar al {{PH}}.\"",
        "Fix the grammar, keep it French:\n\"{{P}} a réservé la {{T:hotel_suites}} à {{L}}, "
        "référence {{REF}}.\"",
        "Summarise (Italian):\n\"{{P}} ha comprato il {{T:cars_bikes}} e una bottiglia di "
        "{{T:wines}}. Prezzo {{PRICE}}.\"",
        "Vertaal naar het Engels:\n\"{{PG}} heeft de {{T:beers}} en {{T:cheeses}} besteld "
        "voor {{DAY}}.\"",
        "Traduza para inglês:\n\"{{P}} vai levar o {{T:pets}} ao veterinário em {{L}} às "
        "{{TIME}}.\"",
        "İngilizceye çevir:\n\"{{P}} {{T:coffees_teas}} siparişini {{DATE}} tarihinde verdi. "
        "Sipariş {{REF}}.\"",
        "Make this sound friendlier:\n\"{{PT}}, the {{T:dolls_toys}} you returned was damaged. "
        "{{W}}.\"",
        "Translate to English:\n\"Der {{T:racehorses}} läuft am {{DAY}}. {{Q}} hat {{PRICE}} "
        "gesetzt.\"",
        "Proofread:\n\"{{P}} reccomends the {{T:cocktails}} and the {{T:dishes}} at room "
        "{{ROOM}}.\"",
        "Traduce al inglés:\n\"El {{T:sport_moves}} de {{PG}} fue perfecto. Cuenta {{ACCT}}.\"",
    ),
    "ticket": (
        "Ticket {{REF}} | priority P{{NUM}}\nReporter: {{P}} <{{E}}>\nIssue: {{T:software_products}} "
        "crashes after {{VER}}. {{W}}.",
        "Ticket {{REF}}\nCustomer: {{P}}\nProduct: {{T:dolls_toys}} ({{SKU}})\nProblem: arrived "
        "without the {{T:play}} accessory.",
        "[{{REF}}] Refund request\nName: {{P}}\nCard: {{CARD}}\nItem: {{T:fashion_houses}} "
        "scarf, {{PRICE}}",
        "INC-{{NUM}}{{NUM}}: login from {{IP}} for user {{PG}}; app {{T:software_products}} "
        "{{VER}}",
        "Ticket {{REF}}\nGuest {{PT}} in the {{T:hotel_suites}} reports the {{T:coffees_teas}} "
        "machine broken. Room {{ROOM}}.",
        "Support case {{REF}}: {{P}} ({{PH}}) cannot redeem {{T:skins_cards}} code {{CODE}}.",
        "Bug {{REF}}: the {{T:typefaces}} fallback shows {{T:typefaces}} on {{DAY}} builds.",
        "Ticket {{REF}}\nSubject: {{T:storms_projects}} delay\nShipment to {{L}} postponed "
        "to {{DATE}}.",
        "Ticket {{REF}}: payroll for {{P}}, SSN {{SSN}}, missing {{MONTH}} payment",
        "Ticket {{REF}}: direct debit failed, account number {{ACCT}}, customer {{P}}",
    ),
}
