"""Hand-written clean templates and decoys for train_b, the training prompt generator.

Written blind: its author read only the corpus package's `__init__.py` and `validity.py`;
the decoy lists are the author's own. A clean prompt holds no person's name, no place and
no contact: it is full of what a news-trained model wrongly takes for people or places
(software, products, brands and companies, some named after people, codenames, teams,
rooms, ships, horses, pet food lines, colours and finishes, foods and drinks, Title Case
headings, CamelCase identifiers, weekdays, months, holidays, job titles) and of numbers that
look like contacts but are order numbers, versions, hashes and tracking codes. Given names
that are everyday words appear as words or things ("Rose Gold", "will", "the Hope fund").

`decoy(slot, rng)` fills every unlabelled slot, in clean and personal templates alike.
"""

from __future__ import annotations

import random


def _split(text: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in text.split(",") if x.strip())


DECOYS: dict[str, tuple[str, ...]] = {
    "product": _split(
        "AeroBlend 500 blender, Nimbus X2 headphones, Trailrunner GTX boots, Kettle K-300, "
        "iPhone 15 Pro, PlayStation 5, Kindle Paperwhite, Dyson V15, Roomba j7, Nespresso Vertuo, "
        "Thermomix TM6, Air Max 90, MacBook Air M2, Pixel 8, Instant Pot Duo, Galaxy Tab S9, "
        "Switch OLED, Steam Deck, AirPods Pro, Herman Miller Aeron chair, Stanley Quencher cup, "
        "Lego Millennium Falcon set, Ninja Air Fryer, GoPro Hero 12, Ring Video Doorbell"
    ),
    "brand": _split(
        "Tesla, Ford, Bosch, Ben & Jerry's, Dyson, Porsche, Ferrari, Chanel, Gucci, Disney, "
        "McDonald's, Wendy's, Dr Pepper, Marks & Spencer, Philips, Miele, Heinz, Kellogg's, Levi's, "
        "Hermès, Louis Vuitton, Toyota, Samsung, Nike, Adidas, IKEA, Lego, Hyundai, Volvo"
    ),
    "app": _split(
        "Slack, Jira, Figma, Notion, Excel, VS Code, Docker, Stripe, PayPal, Revolut, Venmo, "
        "Klarna, Uber, Bolt, Lyft, Deliveroo, Glovo, DoorDash, Airbnb, Booking.com, Etsy, eBay, "
        "Vinted, Discord, Twitch, Steam, WhatsApp, Telegram, Signal, Wise, Monzo, Grab, Rappi"
    ),
    "rideapp": _split("Uber, Bolt, Lyft, Grab, Swiftly Rides, FreeNow, Careem, DiDi"),
    "car": _split(
        "Toyota Prius, Skoda Octavia, Tesla Model 3, Ford Focus, Hyundai Ioniq, Kia Niro"
    ),
    "game": _split(
        "Minecraft, Fortnite, Valorant, League of Legends, Elden Ring, Stardew Valley, "
        "Rocket League, Apex Legends, Overwatch 2, Genshin Impact, Counter-Strike 2, Destiny 2, "
        "Sea of Thieves, Animal Crossing, Baldur's Gate 3, Mario Kart 8, Zelda: Tears of the Kingdom"
    ),
    "company": _split(
        "Brightcart, Nordhaven Bank, Swiftly Rides, Parcelpoint, Kiteline Travel, Forkful, "
        "Hearthstay, Pixelforge Games, Mintleaf Pay, Cobalt Lending, Lumen Mobile, Quickbite, "
        "Harbourlight Hotels, Tradepost Market, Zestro Foods"
    ),
    "team": _split(
        "Team Falcon, Payments Squad, Blue Team, Growth Pod, Night Owls, Platform Guild, "
        "Red Dragons, Tier 2 Support, Trust & Safety, the Frontline crew"
    ),
    "codename": _split(
        "Project Jasper, Operation Nightjar, Bluebird, Project Amber, Tangerine, Kraken, "
        "Project Hope, Moonshot, Blackbird, Project Ivy"
    ),
    "room": _split(
        "Everest room, Room 4B, the Aurora suite, Boardroom 2, Room Orion, the Lotus Suite, "
        "Suite 1204, the Garden Room, Cabin 7, the Penthouse"
    ),
    "ship": _split(
        "MV Northern Spirit, Ocean Voyager, Sea Breeze II, Spirit of Discovery, Jewel of the Seas, "
        "Star Pride"
    ),
    "horse": _split(
        "Midnight Thunder, Lucky Clover, Silver Arrow, Desert Crown, Golden Hour, Rocky Road"
    ),
    "petline": _split(
        "Whisker Delight, Paws & Co, Barkly Bites, Purrfect Plate, Tail Waggers Gold, Happy Hound"
    ),
    "color": _split(
        "Rose Gold, Midnight Blue, Sage Green, Space Grey, Champagne, Ivory White, Graphite, "
        "Amber, Heather Grey, Olive, Pearl White, Jade, Cherry Red, Sky Blue, Hazel"
    ),
    "food": _split(
        "Margherita, Pad Thai, Caesar salad, Eggs Benedict, Pavlova, Tiramisu, "
        "Chicken Tikka Masala, pho, Beef Wellington, Peach Melba, nachos, ramen, "
        "Quattro Formaggi, bibimbap, poke bowl, falafel wrap, Hawaiian pizza"
    ),
    "drink": _split(
        "Earl Grey, Bloody Mary, Margarita, flat white, Cosmopolitan, ginger ale, "
        "honey lemon tea, Old Fashioned, oat latte"
    ),
    "day": _split("Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday"),
    "month": _split(
        "January, February, March, April, June, July, August, September, October, November, "
        "December"
    ),
    "holiday": _split(
        "Christmas, Easter, Diwali, Eid al-Fitr, Thanksgiving, Hanukkah, Lunar New Year, "
        "Black Friday, Cyber Monday, Boxing Day, St. Patrick's Day, Valentine's Day, Halloween, "
        "New Year's Eve, Mother's Day"
    ),
    "role": _split(
        "Account Manager, Dean, Head of Support, Customer Success Lead, Duty Manager, "
        "Night Auditor, Shift Supervisor, Team Lead, Product Owner, Concierge, Head Chef, Courier, "
        "Driver Partner, Community Moderator, Guild Master, Compliance Officer, "
        "Relationship Manager, Claims Handler, Front Desk Agent, Superhost"
    ),
    "heading": _split(
        "Quarterly Refund Summary, Delivery Issues Overview, Next Steps, Known Limitations, "
        "Action Items, Release Notes, Terms And Conditions, Booking Policy Update, "
        "Rider Safety Guidelines, Seller Fee Changes, Patch Notes, House Rules"
    ),
    "camel": _split(
        "OrderService, RefundRequestHandler, getCustomerById, PaymentIntentFailed, "
        "isEligibleForVoucher, DriverEtaCalculator, CartItemList, useBookingQuery, "
        "MerchantPayoutJob, LoyaltyTierBadge"
    ),
    "plan": _split("Premium, Plus, Gold tier, Family plan, Pro annual, Basic, Platinum"),
    "emoji": _split("😂, 🙏, 😅, 👍, 🎉, ❤️, 😭, 🔥, 🙃, 😊"),
}


def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def decoy(slot: str, rng: random.Random) -> str:
    """An unlabelled decoy value for a template slot."""
    if slot in DECOYS:
        return rng.choice(DECOYS[slot])
    if slot == "order":
        return rng.choice(
            [f"#{_digits(rng, 7)}", f"A-{_digits(rng, 5)}-{_digits(rng, 2)}",
             f"ORD{_digits(rng, 9)}", f"{_digits(rng, 3)}-{_digits(rng, 7)}-{_digits(rng, 7)}"]
        )  # fmt: skip
    if slot == "bigorder":  # looks like a phone number, is an order or booking number
        return rng.choice(
            [f"{_digits(rng, 4)} {_digits(rng, 3)} {_digits(rng, 4)}",
             f"({_digits(rng, 3)}) {_digits(rng, 3)}-{_digits(rng, 4)}",
             f"+{_digits(rng, 2)}-{_digits(rng, 8)}"]
        )  # fmt: skip
    if slot == "price":
        return (
            rng.choice(["€", "$", "£", ""])
            + f"{rng.randint(3, 900)}.{rng.choice(['00', '99', '49', '90'])}"
        )
    if slot == "date":
        return rng.choice(
            [f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
             f"{rng.randint(1, 28)} {rng.choice(DECOYS['month'])}",
             f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2024"]
        )  # fmt: skip
    if slot == "dd":
        return (
            f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.choice(['23', '24', '2024'])}"
        )
    if slot in ("time", "hh"):
        return f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"
    if slot == "ts":
        return f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    if slot == "ver":
        return rng.choice(
            [f"v{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}",
             f"{rng.randint(1, 20)}.{rng.randint(0, 9)}", f"build {rng.randint(1000, 99999)}",
             f"10.0.{rng.randint(10000, 22999)}.{rng.randint(100, 4000)}"]
        )  # fmt: skip
    if slot == "hash":
        return "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice([7, 12, 40])))
    if slot == "track":
        return rng.choice(
            [f"1Z{_digits(rng, 3)}AA{_digits(rng, 10)}", f"JJD{_digits(rng, 10)}",
             f"TRK-{_digits(rng, 5)}-{rng.choice(['EU', 'US', 'UK'])}", f"RB{_digits(rng, 9)}GB"]
        )  # fmt: skip
    if slot == "ticket":
        return rng.choice(
            [f"SUP-{_digits(rng, 5)}", f"INC{_digits(rng, 7)}", f"CASE-{_digits(rng, 4)}",
             f"#{_digits(rng, 6)}", f"REF {rng.choice('ABCDEFGHJK')}{_digits(rng, 2)}X{_digits(rng, 3)}"]
        )  # fmt: skip
    if slot == "voucher":
        return rng.choice(["SAVE20", "WELCOME10", "FREESHIP", "SPRING-15", "BF2024"])
    if slot == "plate":
        letters = "ABCDEFGHKLMNPRSTVWXY"
        return (
            "".join(rng.choice(letters) for _ in range(2))
            + f"{rng.randint(10, 99)} "
            + ("".join(rng.choice(letters) for _ in range(3)))
        )
    if slot == "num":
        return str(rng.randint(2, 9999))
    raise KeyError(slot)


DECOY_SLOTS = frozenset(DECOYS) | {
    "order", "bigorder", "price", "date", "dd", "time", "hh", "ts", "ver", "hash", "track",
    "ticket", "voucher", "num", "plate",
}  # fmt: skip

CLEAN: dict[str, list[str]] = {
    "chat": [
        "~is the {color} {product} worth it or should i wait for {holiday} sales {emoji}",
        "Which is better for a small flat, the {product} or the {product}?",
        "lol the {food} from {company} came cold again, 3rd time this {month}",
        "~we will probably do {food} on {day}, who has hope of getting a table at 8",
        "can someone explain what a grace period on a credit card means? asking for a friend 😅",
        "My {product} keeps beeping at {time}, anyone know why?",
        "Will the {game} servers be down on {day}? my whole squad wants to play",
    ],
    "sms": [
        "Your {company} order {order} has shipped. Track it: {track}",
        "{company}: your code is {num}. Don't share it with anyone.",
        "Your {rideapp} ride is arriving in 4 min: white {car}, plate {plate}. Reply STOP to opt out.",
        "Booking {bigorder} confirmed for {date}. Show this SMS at check-in.",
        "Reminder: your {plan} subscription renews on {date} for {price}.",
        "^FINAL REMINDER: BILL {order} DUE {date}. PAY IN THE APP.",
    ],
    "whatsapp": [
        "[{dd}, {hh}] Mum: dinner at 7, bring {food}\n[{dd}, {hh}] Dad: 👍\n[{dd}, {hh}] Me: will do",
        "[{dd} {hh}] Big Sis: who finished the {drink}\n[{dd} {hh}] Me: not me {emoji}",
        "{dd}, {hh} - Landlord: boiler engineer comes {day} between 8 and 12\n{dd}, {hh} - You: ok thanks",
        "Summarise this group chat:\n[{dd}, {hh}] Grandma: the {holiday} lunch is at noon\n[{dd}, {hh}] Mum: I'll bring {food}",
    ],
    "telegram": [
        "Channel post: {heading}\n{app} {ver} is out, fixes the crash on login. Hash {hash}.",
        "Forwarded message:\n{product} for sale, {price}, barely used, {color}",
        "Pinned: read the {heading} before posting. Mods: the {team}.",
    ],
    "ticket": [
        "Ticket {ticket}\nCustomer reports order {order} arrived damaged. Product: {product}. Refund approved.",
        "Priority: low\nSummary: {camel} throws on empty cart\nVersion: {ver}\nAssigned: {team}",
        "Case {ticket} - rider left an umbrella in the car, trip on {date}. Driver Partner confirmed it.",
        "Escalation to the {role}: booking {bigorder} double-charged {price}. Card issuer contacted.",
        "Subject: wrong {color} finish\nOrder {order}. Customer wants {color} instead, exchange ok.",
        "Internal note: voucher {voucher} applied twice on {order}; reversed by {team}.",
    ],
    "email": [
        "Hi there,\n\nYour {company} order {order} is on its way. Tracking: {track}.\n\nBest,\nCustomer Care Team",
        "Dear customer,\n\nThank you for staying at our {room}. We hope to see you again this {month}.\n\nKind regards,\nThe Front Desk",
        "> On {date}, Support wrote:\n> Could you send a photo of the damage?\n\nAttached. The {product} box was crushed.\n\nThanks",
        "Subject: {heading}\n\nTeam,\nthe {codename} launch moves to {date}. Please mark the {holiday} freeze in your calendars.\n\n{team}",
        "Hello,\nyour {plan} card statement for {month} is ready. Minimum payment {price} by {date}.\n--\nCustomer Service, {company}",
    ],
    "review": [
        "★★★★☆ The {product} in {color} looks great, battery could be better.",
        "2/5. The {room} was fine but breakfast ran out of {food} by 9.",
        "Best {food} I've had all year, and the {drink} was perfect. Will order again!",
        "The seller shipped fast and the {product} was exactly as described. 5 stars.",
        "Our cruise on the {ship} was lovely, the {role} on deck 7 was so helpful.",
        "~my cat only eats {petline} now, the salmon one. worth every penny",
    ],
    "social": [
        "{holiday} haul: {product}, {product} and way too much {food} 😂",
        "Just hit Diamond in {game}!!! {team} never give up 🔥",
        "Put a tenner on {horse} in the 3:15 and it WON {emoji}",
        "The Hope Foundation charity run raised {price} this year, thank you all ❤️",
        "New drop: {product} in {color}, live {day} at {time}. #ad",
    ],
    "dm": [
        "hey is the {product} still available? can pick up {day}",
        "Hi! would you take {price} for the {product}? I can pay by {app}",
        "~hey we matched on the app, fancy {drink} on {day}? 😊",
        "Is the {color} one sold? If so I'll take the {color}.",
    ],
    "voice": [
        "~play my {month} playlist and turn the lights to {color}",
        "~set an alarm for six thirty and remind me to order {food}",
        "~add {food} and {drink} to the shopping list",
        "~what time does {company} close on {holiday}",
        "~mark all as read and chase the courier about order {num}",
    ],
    "chatbot": [
        "user: where is my order {order}\nassistant: It shipped on {date} with tracking {track}.",
        "user: how do I cancel {plan}\nassistant: Go to Settings > Subscription and tap Cancel.",
        "User: is the {product} compatible with {app}?\nBot: Yes, from firmware {ver} onwards.",
        "user: explain the Amber alert level on my dashboard\nassistant: Amber means latency above target.",
        "user: my {game} purchase failed\nassistant: Please share the transaction hash.\nuser: {hash}",
        "Human: write a {holiday} promo email for {company}\nAssistant: Sure! Subject: {heading}",
    ],
    "json": [
        '{"tool": "track_parcel", "args": {"tracking": "{track}", "carrier": "{company}"}}',
        '{"name": "apply_voucher", "arguments": {"order": "{order}", "code": "{voucher}"}}',
        '{"event": "{camel}", "version": "{ver}", "commit": "{hash}"}',
        '{"items": [{"sku": "{num}", "name": "{product}", "finish": "{color}"}], "total": "{price}"}',
        '{"booking_ref": "{bigorder}", "room": "{room}", "checkin": "{date}"}',
    ],
    "csv": [
        "sku,name,colour,price\n{num},{product},{color},{price}\n{num},{product},{color},{price}",
        "order_id;status;carrier\n{order};shipped;{company}\n{order};returned;{company}",
        "horse,odds,jockey_silks\n{horse},5/2,{color}\n{horse},7/1,{color}",
        "ticket,team,opened\n{ticket},{team},{date}",
    ],
    "markup": [
        "<h2>{heading}</h2><p>{product} now in <em>{color}</em></p>",
        '<div class="plan">{plan}</div><span class="price">{price}</span>',
        "<menu><item>{food}</item><item>{drink}</item></menu>",
        '<release version="{ver}"><note>{camel} fixed</note></release>',
    ],
    "log": [
        "{ts} INFO {camel} order={order} status=paid amount={price}",
        'level=warn msg="retrying webhook" attempt=3 commit={hash} version={ver}',
        "[{hh}] ERROR {camel}: tracking {track} not found",
        "{ts} DEBUG cart voucher={voucher} total={price} sku={num}",
    ],
    "code": [
        "def {camel}(order_id: str) -> None:\n    # TODO: handle {holiday} surcharge\n    ...",
        'class {camel}:\n    """Maps {product} SKUs to the {plan} tier."""',
        "// why does {camel} return NaN when price is {price}?",
        "git commit -m 'fix {camel} for {ver}' # {hash}",
        "The Ruby on Rails app crashes on `{camel}` after upgrading to {ver}, any idea?",
    ],
    "form": [
        "Order number: {order}\nProduct: {product}\nReason for return: wrong {color}",
        "Booking ref: {bigorder}\nRoom type: {room}\nBreakfast: {food}",
        "Plan: {plan}\nPromo code: {voucher}\nBilling cycle: monthly",
        "Ticket: {ticket}\nCategory: Delivery\nRole: {role}",
    ],
    "discord": [
        "gg everyone, {game} patch {ver} tonight, {team} meet in voice at {time}",
        "mod note: pinned the {heading}, read before asking about {game} drops",
        "anyone got a spare {game} code? will trade {product}",
        "~who wants to run the {codename} raid on {day}, need 2 more",
    ],
}
