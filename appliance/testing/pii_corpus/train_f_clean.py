"""Clean templates and decoys for `train_f`: the same chats, tool calls and CRM notes with no
person, place or contact in them, full of what a news-trained model wrongly takes for people
or places (software, brands, codenames, ships, horses, colours, foods, roles, weekdays,
holidays, Title Case headings, CamelCase identifiers, order numbers and hashes), and the
everyday words that are given names elsewhere ("will", "hope", "rose gold"). Written blind
(see `train_f`); the template format is that of `train_f_personal`, with decoy slots only.
"""

from __future__ import annotations

import random

DECOYS: dict[str, tuple[str, ...]] = {
    k: tuple(v.split("|"))
    for k, v in {
        "software": "Kubernetes|Postgres|Jira|Figma|Notion|Slack|VS Code|Terraform|Grafana|"
        "Docker Desktop|Photoshop|Excel|WhatsApp|Zoom|Spotify|Duolingo|Strava|Trello|Canva|"
        "Home Assistant|Firefox|Obsidian|Audacity|Blender|Godot",
        "brand": "Tesla|Ford|Bosch|Ikea|Lego|Nike|Adidas|Ben & Jerry's|Dyson|Miele|Le Creuset|"
        "The North Face|Ray-Ban|Wrangler|Heinz|Kellogg's|Cadbury|Lidl|Aldi|Tesco|Uniqlo|Muji|"
        "Philips|Braun|Kenwood|Hoover|Vileda|Brabantia|Joseph Joseph|Mr Muscle",
        "product": "iPhone 15|Galaxy Buds2|ThinkPad X1|Roomba j7|Kindle Paperwhite|PlayStation 5|"
        "Nintendo Switch|AirPods Pro|Instant Pot Duo|Nespresso Vertuo|Fitbit Charge 6|"
        "Apple Watch SE|Pixel 8a|Echo Dot|Thermomix TM6|Air Fryer XL|Ninja Foodi",
        "company": "Acme Corp|Globex|Initech|Northwind Traders|Contoso|Umbrella Logistics|"
        "Blue Harbour Energy|Octopus Energy|Deliveroo|Ocado|Monzo|Revolut|Wise",
        "codename": "Project Jasper|Operation Tinsel|Bluebird|Falcon Nine Rollout|Project Aurora|"
        "Hummingbird|Codename Pebble|Project Lighthouse|Sprint Otter|Release Kestrel",
        "team": "Team Falcon|the Platform squad|Red Kites FC|the Tuesday Quiz Crew|Under-11 Tigers|"
        "the Comets|Blue Team|Growth Pod|Night Owls running club|the Data Guild",
        "room": "Meeting Room 4B|the Aquarium room|Boardroom 2|Studio C|the Snug|Hall A|"
        "the Green Room|Lab 3|Classroom 6|the Orangery",
        "ship": "MV Northern Star|HMS Resolute|the Spirit of Discovery|SS Great Western|"
        "Ocean Voyager|MSC Harmony|the Silver Spray ferry",
        "horse": "Lucky Lad|Thunder Road|Midnight Express|Sea The Stars|Golden Horn|Desert Orchid|"
        "Kauto Star|Red Rum|Galopin Des Champs",
        "petline": "Whiskas Purrfect Fish|Pedigree Dentastix|Felix As Good As It Looks|"
        "Lily's Kitchen|Harringtons Grain Free|Royal Canin Mini|Dreamies Mix",
        "colour": "Rose Gold|Midnight Blue|Sage Green|Amber|Ruby Red|Ivy Green|Pearl White|"
        "Dawn Grey|Hazel Brown|Olive Drab|Violet Haze|Jade|Crystal Clear|Heather Mist|"
        "Willow Green|Holly Berry|Sandy Beige|Summer Sky|Brushed Brass|Matte Black",
        "food": "Eggs Benedict|Earl Grey|a Margherita|Caesar salad|Beef Wellington|Pavlova|"
        "Victoria sponge|shepherd's pie|Pad Thai|chicken tikka masala|Cornish pasty|Black Forest "
        "gateau|Bakewell tart|Eton mess|Hawaiian pizza|Spaghetti Bolognese|Baked Alaska",
        "drink": "an Aperol Spritz|Guinness|a Flat White|Bloody Mary mix|Irn-Bru|Lucozade|"
        "Dr Pepper|Captain Morgan|Jack Daniel's|a Long Island iced tea|Prosecco|oat latte",
        "heading": "Quarterly Review Summary|Action Items|Next Steps|Meeting Notes|"
        "Budget Overview|Risk Register|Lessons Learned|Open Questions|House Rules|Packing List|"
        "Term Dates|Kit List|Move-In Checklist|Weekly Chores",
        "camel": "UserAccountManager|getCustomerName|OrderService|PaymentGatewayClient|"
        "isPrimaryContact|HouseholdBudget|ScheduleBuilder|parseDeliveryNote|TenantPortal",
        "day": "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|weds|thurs|sat|sun",
        "month": "January|February|March|April|May|June|July|August|September|October|"
        "November|December",
        "holiday": "Christmas Eve|Easter Monday|Thanksgiving|Diwali|Eid al-Fitr|Hanukkah|"
        "Boxing Day|New Year's Eve|Halloween|Bonfire Night|Mother's Day|Lunar New Year|"
        "the bank holiday|half term|Pancake Day|Good Friday",
        "role": "Account Manager|Dean|Head of Sales|Charge Nurse|Team Lead|Landlord|Head Teacher|"
        "Class Rep|Treasurer|Site Manager|Duty Manager|the Registrar|Chief Executive|Scout Leader",
        "wordthing": "the Hope Foundation|Amber alert|Ruby on Rails|a holly wreath|a daisy chain|"
        "the Grace period|Frank's Hot Sauce|Summer Fete|Sunny Delight|the Ivy Lounge|"
        "Crystal Palace Park Run|the Sage accounts|Chase Bank|the Willow room|Pearl Jam|Max Power "
        "mode|Iris scanner|the Rocky Road cake|Penny Black stamps|May Day",
    }.items()
}


def fill(slot: str, rng: random.Random) -> str | None:
    """A decoy for a slot, or None when the slot is not a decoy slot."""
    if slot in DECOYS:
        return rng.choice(DECOYS[slot])
    if slot == "order":
        return rng.choice(
            [
                f"#{rng.randint(100000, 999999)}",
                f"ORD-{rng.randint(1000, 9999)}-{rng.randint(100, 999)}",
                f"{rng.randint(100, 999)}-{rng.randint(10**6, 10**7 - 1)}-"
                f"{rng.randint(10**6, 10**7 - 1)}",
                f"A{rng.randint(10000000, 99999999)}",
            ]
        )
    if slot == "ver":
        return (
            rng.choice(["v", "", "version "])
            + f"{rng.randint(0, 12)}.{rng.randint(0, 30)}.{rng.randint(0, 99)}"
        )
    if slot == "hash":
        return "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice([7, 8, 12, 40])))
    if slot == "track":
        return rng.choice(
            [
                f"1Z{rng.randint(100, 999)}AA1{rng.randint(1000000000, 9999999999)}",
                f"JD{rng.randint(10**15, 10**16 - 1)}",
                f"RR{rng.randint(10**8, 10**9 - 1)}GB",
                f"TBA{rng.randint(10**11, 10**12 - 1)}",
            ]
        )
    if slot == "ticket":
        return rng.choice(["INC-", "REQ", "CS-", "TKT#", "PRJ-"]) + str(rng.randint(1000, 99999))
    if slot == "price":
        cents = f"{rng.randint(0, 99):02d}"
        return rng.choice(["£", "€", "$", ""]) + f"{rng.randint(2, 900)}.{cents}"
    if slot == "time":
        return f"{rng.randint(6, 22)}:{rng.choice(['00', '15', '30', '45'])}"
    if slot == "date":
        return rng.choice(
            [
                f"{rng.randint(1, 28)}/{rng.randint(1, 12)}",
                f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                f"{rng.randint(1, 28)} {rng.choice(DECOYS['month'])}",
            ]
        )
    if slot == "qty":
        return str(rng.randint(2, 48))
    return None


CLEAN = r"""
family.c| can someone pick up milk and bread on the way, the «brand» one not the cheap stuff
family.c| will you be home for tea? it's «food» tonight
family.c| hope the ferry's on time, text when you're on board
family.c| mum wants the «product» for «holiday», price is «price»
family.c| who left the «software» password on the fridge lol
family.c| dinner at 7 not 8, bring the big dish
family.c| the «colour» kettle is back in stock, order «order»
family.c| grandad's «product» needs an update, it's stuck on «ver»
family.c| may i remind everyone the bins go out «day»
family.c| we're doing «food» for «holiday», any objections
family.c| the dog's «petline» is on offer at «brand», grab two
family.l| parcel tracking «track», due «day»
flatmates.c| whoever took the oat milk pls replace it
flatmates.c| rent goes up «price» from «month», landlord emailed
flatmates.c| the «product» is making that noise again
flatmates.c| wifi password changed, it's on the «colour» post-it
flatmates.c| «heading»: hoover «day», bathroom sat, bins thurs
flatmates.c| new sofa from «brand» arriving «date» between «time» and «time»
flatmates.c| the boiler code is E119, engineer booked for «day»
flatmates.c| will someone defrost the freezer, it's a glacier
flatmates.l| meter reading 04417, submitted ref «ticket»
flatmates.c| we owe «price» each for the «software» premium plan
dating.c| the bar does «drink» for a fiver on «day»s
dating.c| should i wear the «colour» dress or the black one
dating.c| going to the «brand» pop-up then tacos, wish me luck
dating.c| ugh he said "will text you" three days ago
dating.c| the app keeps crashing on «ver», can't see my matches
dating.c| hope tonight goes ok, first date nerves
trip.c| flights booked! check-in opens «day» at «time»
trip.c| booking ref «order», seats 14A-14D
trip.c| ferry is the «ship», boarding «time»
trip.c| «heading»: chargers, adapters, sun cream, «drink» for the boat
trip.c| car hire is a «brand» estate, pickup code «hash»
trip.c| we're on «team» for the pub quiz on the boat lol
trip.c| splitting costs on «software», «price» each
trip.c| the villa's wifi is called «codename», password on the fridge
trip.l| luggage tag «track», lost at transfer, claim «ticket»
neighbours.c| is this your cat in my shed? ginger, «colour» collar
neighbours.c| big thanks for clearing the snow off the path
neighbours.c| bins go out «day» now, not tuesday
neighbours.c| anyone got a ladder? gutter's full again
neighbours.c| residents' meeting in «room» at the community centre, «date»
neighbours.c| the «role» from the housing office is coming «day»
neighbours.c| fete needs cakes! «wordthing» stall is short
neighbours.c| the «brand» van is blocking the drive again
school.c| is the trip form due friday? and is it «price»
school.c| costume needs to be in by «day», theme is «codename»
school.c| swimming lift rota is on «software», please fill your slot
school.c| the «role» says pickup is at «time» on «holiday»
school.c| «team» won 3-1!! pizza after
school.c| bake sale raised «price» for the library, thank you all
school.c| homework portal is down again, error «hash»
school.c| «heading»: pe kit, reading book, water bottle
friends.c| you coming tonight?
friends.c| lol no
friends.c| omg you legend
friends.c| will do
friends.c| hope you're ok x
friends.c| quiz thurs, we're «team»
friends.c| «horse» in the 3:40, trust me
friends.c| happy «holiday»!!! 🎉
friends.c| the new «software» update is awful
friends.c| i'm on «drink» number three
friends.c| just watched the «ship» documentary, so good
friends.c| got the «product», it's «colour», obsessed
friends.c| meet outside the cinema at «time»?
voice.v| hey siri set a timer for twenty minutes
voice.v| remind me to pay the «company» bill on «day»
voice.v| add «food» ingredients to the shopping list
voice.v| play «wordthing» on «software»
voice.v| what time does «brand» close today
voice.v| will it rain on «day»
voice.v| note to self the boiler code is e one one nine
voice.v| order more «petline» and the «colour» bin bags
group.a| [18:02] me: who's got the charger\n[18:03] bro: me\n[18:03] me: bring it down
group.a| mum: where are you\nme: on the bus\nmum: home by 10
group.a| host: «heading»\nhost: 1) snacks 2) music 3) «drink»
mention.a| @here the «product» is back in the office, «room»
mention.a| @channel «codename» ships «day», freeze at «time»
mention.l| cc @ops re ticket «ticket», «software» is flaky
toolcall.a| {"tool": "send_sms", "args": {"to": "«order»", "body": "your order is out for delivery"}}
toolcall.a| {"tool":"calendar.add","args":{"title":"«heading»","where":"«room»","when":"2024-05-03T10:00"}}
toolcall.a| {"function": "lookup_order", "parameters": {"order_id": "«order»", "tracking": "«track»"}}
toolcall.a| {"tool": "set_theme", "colour": "«colour»", "product": "«product»", "fw": "«ver»"}
toolcall.a| tool_call: create_ticket(title="«camel» null pointer", priority="high", ref="«ticket»")
toolcall.a| {"messages":[{"role":"user","content":"write a «holiday» card from the «team»"}]}
toolcall.a| {"tool":"reorder","sku":"«hash»","brand":"«brand»","qty":«qty»}
toolcall.a| {"tool": "weather", "args": {"when": "«day»", "units": "metric"}}
crm.l| cust rang re refund for order «order», cb requested. lvm x2
crm.l| cx v unhappy, 3rd call, escalate to tl. ref «ticket»
crm.l| dd failed, retry «day». plan: «codename» tier
crm.l| note from «role»: «product» warranty expired «date»
crm.l| tracking «track» shows delivered, cust says not rcvd
crm.l| upgrade to «ver» fixed the sync issue, closing «ticket»
crm.l| renewal quote «price»/mo, awaiting sign-off from their «role»
crm.l| promo code «hash» applied, «wordthing» campaign
crm.l| callback req'd after «time», re invoice «order»
email.a| Hi all,\n\n«heading»\n- bring a dish\n- «drink» provided\n\nCheers,\nThe «team»
email.a| Dear customer,\nYour order «order» has shipped. Tracking: «track».
email.a| ---\n«role», «company»\nsent from my «product»
csv.a| item,qty,price\n«food»,2,«price»\n«drink»,6,«price»
csv.a| sku;colour;stock\n«hash»;«colour»;«qty»
csv.a| ticket,status,version\n«ticket»,open,«ver»
html.a| <li>«food»</li><li>«drink»</li>
html.a| <h2>«heading»</h2><p>Updated for «ver»</p>
html.a| <option value="«hash»">«colour»</option>
html.a| <room name="«room»" capacity="«qty»"/>
code.a| # TODO: «camel» breaks on «ver»\nchores = ["hoover", "bins", "bathroom"]
code.a| class «camel»:  # see «ticket»\n    pass
code.a| const palette = ['«colour»', '«colour»']; // «codename»
log.a| 2024-03-02T18:44:10Z INFO order.shipped id=«order» carrier=dpd track=«track»
log.a| WARN «camel» retry=3 build=«hash»
log.a| [deploy] «codename» «ver» -> prod by ci (commit «hash»)
friends.v| lol that is so dramatic
friends.c| ARE YOU COMING
family.c| the «ship» model kit is «price» at «brand»
family.c| «wordthing» — can we go this year
flatmates.c| mark the dates on the calendar pls: «date» and «date»
flatmates.c| bill for «software» came in, «price»
school.c| grace period for the form ends «day», then it's a late fee
school.c| hope the costume fits! it's the «colour» one
"""


def clean_templates() -> list[str]:
    return [line for line in CLEAN.strip().split("\n") if line.strip()]
