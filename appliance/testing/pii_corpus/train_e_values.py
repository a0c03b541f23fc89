"""Structured values and decoys for the train_e generator: valid phone numbers (checked with
`phonenumbers`), e-mail addresses, Luhn-valid cards, IBANs with right check digits, IPs, US
SSNs, bank account numbers, and the things a clean prompt is full of (order numbers,
versions, hashes, tracking codes, products, brands, software, teams, rooms, ships, horses,
colours, foods, holidays, job titles, headings, CamelCase identifiers).

Written blind, from its author's head; none of the decoys is a person's name or a place,
except the given names that are everyday words used as things ("Rose Gold", "Amber")."""

from __future__ import annotations

import ipaddress
import random

import phonenumbers

from appliance.testing.pii_corpus.train_e_names import Person, fold

# region: (national prefixes, total national digits incl. prefix)
_PHONE_PLANS: dict[str, tuple[tuple[str, ...], int]] = {
    "US": (("212", "415", "617", "312", "206", "303", "512", "404", "713", "615"), 10),
    "CA": (("416", "604", "514", "403", "613"), 10),
    "GB": (("7700", "7911", "7834", "7412", "2079", "1614", "1132"), 10),
    "DE": (("151", "160", "170", "176", "30", "40", "89"), 11),
    "FR": (("6", "7", "1", "4"), 9),
    "ES": (("6", "91", "93"), 9),
    "IT": (("33", "34", "32"), 10),
    "NL": (("6", "20", "10"), 9),
    "PL": (("50", "60", "69", "79", "88", "22"), 9),
    "IN": (("98", "97", "91", "81"), 10),
    "AU": (("4", "2", "3"), 9),
    "BR": (("119", "219", "319"), 11),
    "JP": (("90", "80", "3"), 10),
    "NG": (("803", "805", "813", "703"), 10),
    "ZA": (("82", "72", "83", "21"), 9),
    "IE": (("85", "87", "1"), 9),
    "SE": (("70", "73", "8"), 9),
    "KE": (("712", "722", "733"), 9),
    "MX": (("55", "33", "81"), 10),
    "PH": (("917", "918", "927"), 10),
}
_FMT = phonenumbers.PhoneNumberFormat


def phone(rng: random.Random) -> str:
    """A valid phone number of one of twenty regions, in national or international writing,
    with or without separators."""
    while True:
        region = rng.choice(list(_PHONE_PLANS))
        prefixes, length = _PHONE_PLANS[region]
        pre = rng.choice(prefixes)
        nat = pre + "".join(rng.choice("0123456789") for _ in range(length - len(pre)))
        try:
            num = phonenumbers.parse(nat, region)
        except phonenumbers.NumberParseException:
            continue
        if not phonenumbers.is_valid_number(num):
            continue
        style = rng.randrange(6)
        if style == 0:
            text = phonenumbers.format_number(num, _FMT.INTERNATIONAL)
        elif style == 1:
            text = phonenumbers.format_number(num, _FMT.NATIONAL)
        elif style == 2:
            text = phonenumbers.format_number(num, _FMT.E164)
        elif style == 3:
            text = phonenumbers.format_number(num, _FMT.INTERNATIONAL).replace(" ", "-")
        elif style == 4:
            text = phonenumbers.format_number(num, _FMT.NATIONAL).replace(" ", "")
        else:
            text = phonenumbers.format_number(num, _FMT.INTERNATIONAL).replace(" ", ".")
        if phone_valid(text):
            return text


PHONE_REGIONS = tuple(_PHONE_PLANS)


def phone_valid(text: str) -> bool:
    """Whether a written number parses as valid, internationally or in one of our regions."""
    regions = (None,) if text.startswith("+") else PHONE_REGIONS
    for region in regions:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(text, region)):
                return True
        except phonenumbers.NumberParseException:
            continue
    return False


_DOMAINS = (
    "gmail.com outlook.com yahoo.co.uk proton.me icloud.com web.de orange.fr libero.it "
    "northfield-logistics.co.uk brightwater-events.com hollowoak-press.org kestrelbuild.de "
    "greenacre-farms.nz voltline-energy.com talentbridge.io harbourfc.org.uk "
    "resonance-arts.org meridianfreight.com"
).split()


def email(p: Person, rng: random.Random) -> str:
    g, f = fold(p.given).replace(" ", ""), fold(p.family).replace(" ", "")
    local = rng.choice((f"{g}.{f}", f"{g[0]}{f}", f"{g}_{f}", f"{f}.{g}", f"{g}{rng.randint(1, 99)}",
                        f"{g}.{f[0]}", f"{f}{g[0]}"))  # fmt: skip
    return f"{local}@{rng.choice(_DOMAINS)}"


def _luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return body + str((10 - total % 10) % 10)


def card(rng: random.Random) -> str:
    kind = rng.randrange(4)
    if kind == 0:
        digits = _luhn_complete("4", 16, rng)
    elif kind == 1:
        digits = _luhn_complete(str(rng.randint(51, 55)), 16, rng)
    elif kind == 2:
        digits = _luhn_complete(rng.choice(("34", "37")), 15, rng)
        sep = rng.choice((" ", "-", ""))
        return sep.join((digits[:4], digits[4:10], digits[10:]))
    else:
        digits = _luhn_complete("6011", 16, rng)
    sep = rng.choice((" ", "-", "", " "))
    return sep.join(digits[i : i + 4] for i in range(0, 16, 4))


_IBAN_PLANS = {  # country: bban pattern (9 digit, A letter)
    "DE": "9" * 18, "GB": "AAAA" + "9" * 14, "FR": "9" * 23, "NL": "AAAA" + "9" * 10,
    "ES": "9" * 20, "IT": "A" + "9" * 22, "PL": "9" * 24, "BE": "9" * 12, "CH": "9" * 17,
    "AT": "9" * 16, "IE": "AAAA" + "9" * 14, "PT": "9" * 21,
}  # fmt: skip


def iban(rng: random.Random) -> str:
    cc = rng.choice(list(_IBAN_PLANS))
    bban = "".join(
        rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") if c == "A" else rng.choice("0123456789")
        for c in _IBAN_PLANS[cc]
    )
    moved = bban + cc + "00"
    check = 98 - int("".join(str(int(ch, 36)) for ch in moved)) % 97
    compact = f"{cc}{check:02d}{bban}"
    if rng.random() < 0.5:
        return compact
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def ip(rng: random.Random) -> str:
    if rng.random() < 0.75:
        first = rng.choice((10, 172, 192, 81, 94, 145, 203, 51, 37, 185))
        return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    parts = [0x2001, 0x0DB8] + [rng.randint(0, 0xFFFF) for _ in range(6)]
    if rng.random() < 0.5:
        parts = [rng.choice((0x2A02, 0x2600, 0x2C0F))] + parts[1:]
    return str(ipaddress.IPv6Address(":".join(f"{p:x}" for p in parts)))


def ssn(rng: random.Random) -> str:
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    sep = rng.choice(("-", "-", " ", ""))
    return f"{area:03d}{sep}{g:02d}{sep}{s:04d}"


def account(rng: random.Random) -> str:
    kind = rng.randrange(3)
    if kind == 0:
        return "".join(rng.choice("0123456789") for _ in range(8))
    if kind == 1:
        return str(rng.randint(10**9, 10**12 - 1))
    return f"{rng.randint(100, 999)}-{rng.randint(100000, 999999)}-{rng.randint(10, 99)}"


# ---------------------------------------------------------------- decoys

DECOYS: dict[str, tuple[str, ...]] = {
    "product": tuple(
        "Lumen X2 headset|PowerDock 40|Aeroflex ladder|TrackMate T9|Hydra pump HX-300|"
        "SilentStep underlay|Quartz Pro kettle|BoltBox organiser|Nimbus tent|StackRack 12|"
        "ThermaCore boiler|FlexiDuct 150|Ranger tarpaulin|Granite Series oven|Echo Dot|"
        "Galaxy Tab S9|ThinkPad X1|Kindle Paperwhite|AirPods Pro|Surface Laptop".split("|")
    ),
    "brand": tuple(
        "Tesla|Ford|Bosch|Dyson|Porsche|Philips|Siemens|Ben & Jerry's|Cadbury|Heinz|"
        "Kellogg's|McDonald's|Dell|Hewlett-Packard|Boeing|Mercedes-Benz|Toyota|Ikea|Lego|"
        "Nestlé|Adidas|Puma|Makita|DeWalt|Caterpillar|John Deere|Maersk|Heineken".split("|")
    ),
    "software": tuple(
        "Salesforce|HubSpot|Jira|Confluence|Kubernetes|Terraform|PostgreSQL|Redis|Figma|"
        "Notion|Airtable|QuickBooks|Xero|SAP S/4HANA|Workday|Greenhouse|Mailchimp|WordPress|"
        "InDesign|Premiere Pro|Final Cut|Ableton Live|Logic Pro|AutoCAD|Revit|Procore|Excel|"
        "Power BI|Tableau|Slack|Teams|Zoom|Python|Java|Ruby on Rails|Django|React".split("|")
    ),
    "company": tuple(
        "Northwind Traders|Contoso Ltd|Acme Freight|Bluewater Logistics|Ironbridge Construction|"
        "Greenfield Agritech|Voltline Energy|Hollow Oak Press|Brightwater Events|TalentBridge|"
        "Harbour FC|Resonance Arts Collective|Meridian Freight|Oakridge Homes|Silverline Media|"
        "Crescent Steelworks|Fieldstone Dairy|Solaris Wind|Keystone Realty|Starling Records".split(
            "|"
        )
    ),
    "codename": tuple(
        "Project Jasper|Project Phoenix|Operation Bluebird|Atlas|Orion|Project Amber|Nightjar|"
        "Greyhound|Project Falcon|Copperhead|Project Iris|Tidewater|Project Summit|Lodestar|"
        "Project Willow|Hummingbird|Project Granite".split("|")
    ),
    "team": tuple(
        "Platform Team|Growth Squad|Team Rocket|the Night Shift|Blue Team|Red Team|"
        "Procurement|Accounts Payable|the Events Crew|Under-14s|First XI|Reserves|the Brass "
        "Section|Newsdesk|Features Desk|Site Safety|Yard Crew|Inbound Dock|Talent Acquisition".split(
            "|"
        )
    ),
    "room": tuple(
        "Room Kestrel|Boardroom B|the Orangery|Meeting Room 4|the Glasshouse|Studio 2|"
        "Hangar 3|Bay 12|the Ballroom|Suite 401|the Long Gallery|Loading Bay C|Room Heron".split(
            "|"
        )
    ),
    "ship": tuple(
        "MV Northern Star|MSC Aurelia|Ever Given|Maersk Kinloss|MV Blue Horizon|the Sea Sprite|"
        "CMA CGM Tage|MV Polar Bear".split("|")
    ),
    "horse": tuple(
        "Desert Orchid|Red Rum|Midnight Express|Copper Kettle|Silver Arrow|Thunderclap|"
        "Lucky Penny|Morning Glory".split("|")
    ),
    "pet": tuple(
        "Whiskas Senior|Purina Pro Plan|Happy Paws kibble|Canine Crunch|Feline Feast|"
        "Bark Box|Royal Canin Mini".split("|")
    ),
    "colour": tuple(
        "Rose Gold|Midnight Blue|Sage Green|Amber|Slate Grey|Ivory|Olive Drab|Ruby Red|"
        "Pearl White|Jade|Crystal Clear|Brushed Nickel|Matte Black|Satin Chrome|Dusty Pink|"
        "Sky Blue|Heather Grey|Holly Green|Violet".split("|")
    ),
    "food": tuple(
        "Caesar salad|eggs Benedict|Earl Grey|chicken tikka masala|beef stroganoff|pad thai|"
        "tiramisu|mac and cheese|flat white|oat latte|Pinot Noir|Sauvignon Blanc|Prosecco|"
        "roast turkey|apple crumble|margherita pizza|Victoria sponge|peach melba|"
        "Granny Smith apples|sourdough|chai".split("|")
    ),
    "holiday": tuple(
        "Christmas|Easter|Thanksgiving|Diwali|Eid|Hanukkah|Lunar New Year|Boxing Day|"
        "Labor Day|Good Friday|Halloween|New Year's Eve|Bank Holiday Monday|Midsummer".split("|")
    ),
    "role": tuple(
        "Account Manager|Dean|Head of Sales|Site Manager|Foreman|Project Coordinator|"
        "Editor-in-Chief|Managing Editor|Chief Financial Officer|Recruiter|Talent Partner|"
        "Fundraising Lead|Head Coach|Kit Manager|Stage Manager|Sound Engineer|Warehouse "
        "Supervisor|Shift Lead|Agronomist|Grid Engineer|Wedding Planner|Caterer|Estate Agent|"
        "Quantity Surveyor|Plant Manager|Chair|Treasurer|Trustee|Volunteer Coordinator|"
        "Concertmaster|Conductor|Board Member".split("|")
    ),
    "heading": tuple(
        "Quarterly Business Review|Terms And Conditions|Health And Safety Briefing|"
        "Scope Of Works|Release Notes|Action Items|Key Findings|Next Steps|Budget Overview|"
        "Seating Plan|Running Order|Delivery Schedule|Risk Register|Press Kit|Match Report|"
        "Annual Giving Report|Stock Take|Site Induction".split("|")
    ),
    "camel": tuple(
        "OrderService|ShipmentTracker|InvoiceBuilder|getCustomerById|PayrollExport|"
        "SeatingPlanner|FieldMapLoader|GridLoadForecast|CandidatePipeline|DonorSync|"
        "RosterView|SubtitleParser|TicketQueue|pdfRenderer|StockLevelJob".split("|")
    ),
    "day": tuple("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()),
    "month": tuple(
        "January February March April May June July August September October November "
        "December".split()
    ),
}


def decoy(kind: str, rng: random.Random) -> str:
    """A decoy value of a kind: a listed word or a number that only looks like a contact."""
    if kind in DECOYS:
        return rng.choice(DECOYS[kind])
    r = rng.randint
    if kind == "order":
        return rng.choice((f"ORD-{r(100000, 999999)}", f"#{r(10000, 99999)}",
                           f"PO-{r(2019, 2026)}-{r(1000, 9999)}", f"SO{r(1000000, 9999999)}"))  # fmt: skip
    if kind == "ver":
        return rng.choice((f"v{r(1, 9)}.{r(0, 20)}.{r(0, 30)}", f"{r(1, 4)}.{r(0, 9)}",
                           f"release {r(2020, 2026)}.{r(1, 12):02d}"))  # fmt: skip
    if kind == "hash":
        return "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice((7, 12, 40))))
    if kind == "track":
        return rng.choice((f"1Z{r(100, 999)}AA{r(10**9, 10**10 - 1)}",
                           f"JJD{r(10**11, 10**12 - 1)}", f"TRK-{r(10**7, 10**8 - 1)}",
                           f"MSKU{r(1000000, 9999999)}"))  # fmt: skip
    if kind == "ticket":
        return rng.choice((f"INC-{r(1000, 99999)}", f"OPS-{r(100, 9999)}", f"#{r(100, 9999)}"))
    if kind == "sku":
        return f"{rng.choice(('SKU', 'PN', 'ART'))}-{r(10, 99)}-{r(1000, 9999)}"
    if kind == "date":
        return rng.choice((f"{r(2023, 2026)}-{r(1, 12):02d}-{r(1, 28):02d}",
                           f"{r(1, 28)}/{r(1, 12)}/{r(2023, 2026)}",
                           f"{r(1, 28)} {rng.choice(DECOYS['month'])}"))  # fmt: skip
    if kind == "time":
        return rng.choice((f"{r(7, 20)}:{rng.choice(('00', '15', '30', '45'))}",
                           f"{r(1, 12)}{rng.choice(('am', 'pm'))}"))  # fmt: skip
    if kind == "price":
        return rng.choice((f"£{r(5, 9999)}.{r(0, 99):02d}", f"${r(5, 99999):,}",
                           f"€{r(10, 5000)}", f"{r(100, 90000)} EUR"))  # fmt: skip
    if kind == "qty":
        return str(r(1, 480))
    if kind == "pct":
        return f"{r(1, 99)}%"
    if kind == "year":
        return str(r(2019, 2027))
    if kind == "num":
        return str(r(10, 9999))
    if kind == "fakephone":  # looks like a contact, is an order or reference number
        return rng.choice((f"{r(100, 999)}-{r(100, 999)}-{r(1000, 9999)}-{r(10, 99)}",
                           f"REF {r(1000, 9999)} {r(1000, 9999)}"))  # fmt: skip
    raise KeyError(kind)
