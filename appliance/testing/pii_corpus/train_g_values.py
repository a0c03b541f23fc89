"""Structured values and decoys of the train_g generator, written by its author without
reading any other corpus file (blind: only `__init__.py` and `validity.py`).

Personal values: phones of many regions checked with `phonenumbers`, e-mail addresses,
Luhn-valid cards, IBANs with computed check digits, IPv4/IPv6 addresses, US SSNs by the
issuing rules, bank account numbers. Decoys: SKUs, order and ticket numbers, versions,
hashes, tracking codes, prices, dates, product, brand, team and codename words.
"""

from __future__ import annotations

import ipaddress
import random
import string
import unicodedata

import phonenumbers

from appliance.testing.pii_corpus.validity import iban_check_digits_ok, luhn_ok, ssn_ok

PHONE_REGIONS: tuple[str, ...] = (
    "US", "CA", "GB", "IE", "DE", "AT", "CH", "FR", "BE", "NL", "ES", "PT", "IT", "PL", "CZ",
    "HU", "RO", "GR", "TR", "SE", "NO", "DK", "FI", "IN", "PK", "BD", "TH", "VN", "PH", "ID",
    "MY", "SG", "KR", "JP", "AU", "NZ", "KE", "NG", "GH", "ZA", "EG", "MA", "BR", "MX", "CO",
    "AR", "CL", "PE", "UA", "IL",
)  # fmt: skip

_TYPES = (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE)


def phone(rng: random.Random) -> str:
    """A valid phone number of a random region in a random written format."""
    for _ in range(20):
        region = rng.choice(PHONE_REGIONS)
        ex = phonenumbers.example_number_for_type(region, rng.choice(_TYPES))
        if ex is None:
            continue
        nsn = str(ex.national_number)
        keep = max(2, len(nsn) - rng.randint(3, 5))
        nsn = nsn[:keep] + "".join(rng.choice(string.digits) for _ in nsn[keep:])
        num = phonenumbers.PhoneNumber(country_code=ex.country_code, national_number=int(nsn))
        if ex.italian_leading_zero:
            num.italian_leading_zero = True
        if not phonenumbers.is_valid_number(num):
            continue
        style = rng.random()
        if style < 0.35:
            text = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        elif style < 0.65:
            text = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
        elif style < 0.8:
            text = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
        else:
            intl = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
            text = intl.replace(" ", rng.choice(("-", ".", " ")))
        try:
            back = phonenumbers.parse(text, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(back):
            return text
    return "+44 20 7946 0018"


def phone_ok(text: str) -> bool:
    for region in ("US",) + PHONE_REGIONS:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(text, region)):
                return True
        except phonenumbers.NumberParseException:
            continue
    return False


def card(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.2:
        body = rng.choice(("34", "37")) + "".join(rng.choice(string.digits) for _ in range(12))
    elif kind < 0.6:
        body = "4" + "".join(rng.choice(string.digits) for _ in range(14))
    elif kind < 0.85:
        body = str(rng.randint(51, 55)) + "".join(rng.choice(string.digits) for _ in range(13))
    else:
        body = "6011" + "".join(rng.choice(string.digits) for _ in range(11))
    for d in string.digits:
        if luhn_ok(body + d):
            full = body + d
            break
    sep = rng.choice((" ", "-", "", " "))
    if len(full) == 15:
        return sep.join((full[:4], full[4:10], full[10:]))
    return sep.join(full[i : i + 4] for i in range(0, 16, 4))


_IBAN = {  # country: bban pattern (9 digit, A letter, X alnum)
    "DE": "999999999999999999",
    "FR": "9999999999XXXXXXXXXXX99",
    "GB": "AAAA99999999999999",
    "ES": "99999999999999999999",
    "IT": "A9999999999XXXXXXXXXXXX",
    "NL": "AAAA9999999999",
    "BE": "999999999999",
    "PL": "999999999999999999999999",
    "CH": "99999XXXXXXXXXXXX",
    "AT": "9999999999999999",
    "SE": "99999999999999999999",
    "PT": "999999999999999999999",
    "IE": "AAAA99999999999999",
    "NO": "99999999999",
    "DK": "99999999999999",
    "FI": "99999999999999",
    "RO": "AAAAXXXXXXXXXXXXXXXX",
    "HU": "999999999999999999999999",
}


def iban(rng: random.Random) -> str:
    cc = rng.choice(tuple(_IBAN))
    pools = {"9": string.digits, "A": string.ascii_uppercase, "X": string.digits * 2 + "ABCDEF"}
    bban = "".join(rng.choice(pools[ch]) for ch in _IBAN[cc])
    rearranged = bban + cc + "00"
    check = 98 - int("".join(str(int(ch, 36)) for ch in rearranged)) % 97
    compact = f"{cc}{check:02d}{bban}"
    assert iban_check_digits_ok(compact)
    if rng.random() < 0.5:
        return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
    return compact


def ip(rng: random.Random) -> str:
    if rng.random() < 0.7:
        first = rng.choice((10, 172, 192, 81, 62, 203, 185, 94, 146, 31))
        return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    groups = [f"{rng.randint(0, 0xFFFF):x}" for _ in range(8)]
    groups[0] = rng.choice(("2001", "2a02", "fe80", "2600", "2c0f"))
    text = ":".join(groups)
    if rng.random() < 0.5:
        text = str(ipaddress.IPv6Address(text))
    return text


def ssn(rng: random.Random) -> str:
    while True:
        area = rng.randint(1, 899)
        if area == 666:
            continue
        digits = f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        sep = rng.choice(("-", "-", " ", ""))
        text = f"{digits[:3]}{sep}{digits[3:5]}{sep}{digits[5:]}"
        assert ssn_ok(text)
        return text


def account(rng: random.Random) -> str:
    n = rng.choice((8, 9, 10, 11, 12))
    digits = "".join(rng.choice(string.digits) for _ in range(n))
    if rng.random() < 0.25:
        return f"{digits[:4]}-{digits[4:]}"
    return digits


DOMAINS: tuple[str, ...] = (
    "gmail.com", "outlook.com", "yahoo.co.uk", "web.de", "proton.me", "orange.fr", "libero.it",
    "wp.pl", "seznam.cz", "mail.ru", "hotmail.com", "icloud.com", "gmx.at", "example.com",
    "corp.example.net", "staff.example.org", "ukr.net", "uol.com.br", "naver.com",
)  # fmt: skip


def ascii_fold(s: str) -> str:
    s = s.replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("ø", "o")
    s = s.replace("đ", "d").replace("ð", "d").replace("ı", "i")
    out = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return "".join(ch for ch in out.lower() if ch.isalnum())


def email_for(rng: random.Random, given: str, family: str) -> str:
    g, f = ascii_fold(given) or "x", ascii_fold(family) or "y"
    local = rng.choice(
        (
            f"{g}.{f}",
            f"{g[0]}{f}",
            f"{g}_{f}",
            f"{f}.{g}",
            f"{g}{rng.randint(1, 99)}",
            f"{g}.{f[0]}",
        )
    )
    return f"{local}@{rng.choice(DOMAINS)}"


def email(rng: random.Random) -> str:
    local = rng.choice(("kw", "mm", "zz", "tx", "pk", "qa", "lr")) + str(rng.randint(10, 9999))
    return f"{local}@{rng.choice(DOMAINS)}"


# ---------------------------------------------------------------- decoys (never PII)


_CONS = "BCDFGHJKLMNPQRSTVWXZ"  # no vowels: random codes never spell a name


def _c(rng: random.Random, k: int, alphabet: str = _CONS + string.digits) -> str:
    return "".join(rng.choice(alphabet) for _ in range(k))


MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
PRODUCTS = (
    "Orion Pro X2", "Kestrel 500", "Nimbus Sync", "Helix Router AX3000", "Lumen Desk Lamp",
    "Quasar Buds", "Vortex Blender V9", "Zephyr Fan 12", "Tundra Cooler 45L", "Echo Mat Pro",
    "Falcon Drone Mini", "Granite Mug Set", "Aurora Kettle", "Pixel Frame 10", "Cobalt Drill",
    "Stratus Tent 3P", "Mosaic Rug 160", "Ember Stove", "Polar Flask 750", "Titan Rack S",
)  # fmt: skip
BRANDS = (
    "Tesla", "Ford", "Bosch", "Dyson", "Philips", "Siemens", "Porsche", "Ferrari", "Honda",
    "Nordvik Outdoor", "Atlas Ridge", "Bluewater Labs", "Redwood Analytics", "Harborline",
    "Summit Forge", "Northwind Traders", "Pinecrest Supply", "Ironbridge Tools", "Meridian Ware",
    "Glacier Bay Coffee", "Coral Coast Swim", "Highland Oats", "Evergreen Paper Co",
)  # fmt: skip
TEAMS = (
    "Team Falcon", "Platform Squad", "Blue Squad", "Payments Core", "Growth Pod 3", "SRE Tigers",
    "Data Guild", "Night Owls", "Team Quokka", "Infra Ravens", "Checkout Crew", "Red Team",
)  # fmt: skip
CODENAMES = (
    "Project Jasper", "Operation Bluebird", "Kraken", "Greenfield", "Tidewater", "Nightjar",
    "Blackbird", "Project Amber", "Sundial", "Moonshot", "Ironclad", "Project Hope", "Lighthouse",
    "Project Sage", "Copperhead", "Halcyon",
)  # fmt: skip
COLOURS = ("Rose Gold", "Midnight Blue", "Olive Green", "Sage", "Graphite", "Ivory", "Jade",
           "Ruby Red", "Pearl White", "Amber", "Hazel Brown", "Violet Mist", "Space Grey")  # fmt: skip
FOODS = ("Margherita", "Pad Thai", "Flat White", "Chai Latte", "Caesar Salad", "Eggs Benedict",
         "Ginger Beer", "Honey Oat Bar", "Basil Pesto", "Crème Brûlée", "Ramen Bowl")  # fmt: skip
ROLES = ("Account Manager", "Dean", "Head of Sales", "Charge Nurse", "Registrar", "Team Lead",
         "Payroll Officer", "Duty Manager", "Purser", "Front Desk Supervisor", "Data Steward",
         "Scrum Master", "Chief of Staff", "Line Cook", "Night Auditor")  # fmt: skip
DEPTS = ("Finance", "Logistics", "Engineering", "Housekeeping", "Radiology", "Procurement",
         "Customer Success", "Facilities", "Legal", "Maths Department", "Cardiology")  # fmt: skip
ROOMS = ("Room Cedar", "Boardroom Oak", "Meeting Room Saturn", "Studio B", "Lab 4.12",
         "Huddle Room Kiwi", "Suite 300", "Conference Room Everglade")  # fmt: skip
SHIPS = ("MV Northern Star", "MS Silver Tide", "HMS Resolute", "SS Blue Marlin")
HORSES = ("Midnight Runner", "Lucky Clover", "Thunder Bay Lad", "Silver Arrow")
HOLIDAYS = ("Thanksgiving", "Easter Monday", "Boxing Day", "Diwali", "Lunar New Year",
            "Labour Day", "Christmas Eve", "New Year's Day", "Eid al-Fitr", "Good Friday")  # fmt: skip
STATUSES = ("active", "on hold", "pending", "closed", "shipped", "backordered", "ACTIVE", "OK")
EVERYDAY_THINGS = (
    "the Hope Foundation", "Rose Gold finish", "Amber alert level", "Project Jasper",
    "Ruby on Rails", "Ivy League tier", "Holly wreath", "Summer sale", "Grace period",
    "Pearl white trim", "Jade plant", "Frank feedback", "Will-call pickup", "Crystal glass",
    "Olive oil", "Basil pesto", "Ginger tea", "Heather Grey colourway", "Penny stock",
    "Hunter Green paint", "Dawn shift", "Sage green", "Iris scanner", "Violet Mist throw",
)  # fmt: skip


def decoy(kind: str, rng: random.Random) -> str:
    if kind == "sku":
        return f"{_c(rng, 3, _CONS)}-{rng.randint(1000, 99999)}-{_c(rng, 2)}"
    if kind == "order":
        return rng.choice(("ORD-", "SO", "#", "PO-", "INV-")) + str(rng.randint(100000, 9999999))
    if kind == "ticket":
        return f"{rng.choice(('JIRA', 'OPS', 'HR', 'SUP', 'FAC'))}-{rng.randint(10, 9999)}"
    if kind == "ver":
        return f"{rng.randint(0, 14)}.{rng.randint(0, 30)}.{rng.randint(0, 99)}"
    if kind == "hash":
        return "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice((7, 12, 40))))
    if kind == "track":
        return rng.choice(("1Z", "JD", "TBA", "LX")) + _c(rng, 12, string.digits + "ABCDEFX")
    if kind == "price":
        return f"{rng.choice(('$', '€', '£', ''))}{rng.randint(2, 2400)}.{rng.randint(0, 99):02d}"
    if kind == "qty":
        return str(rng.randint(1, 480))
    if kind == "n":
        return str(rng.randint(1, 60))
    if kind == "pct":
        return f"{rng.randint(0, 100)}%"
    if kind == "date":
        return f"{rng.randint(2019, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    if kind == "ddate":
        return f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(2019, 2026)}"
    if kind == "dob":
        return f"{rng.randint(1940, 2012)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    if kind == "time":
        return f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"
    if kind == "ts":
        return (
            f"{rng.randint(2023, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            f"T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z"
        )
    if kind == "month":
        return rng.choice(MONTHS)
    if kind == "weekday":
        return rng.choice(WEEKDAYS)
    if kind == "empid":
        return f"{rng.choice(('E', 'EMP', 'HR'))}-{rng.randint(1000, 99999)}"
    if kind == "mrn":
        return f"MRN{rng.randint(1000000, 9999999)}"
    if kind == "flight":
        return (
            f"{rng.choice(('LH', 'BA', 'KL', 'AF', 'TK', 'QR', 'NH', 'LA'))}{rng.randint(10, 2999)}"
        )
    if kind == "seat":
        return f"{rng.randint(1, 52)}{rng.choice('ABCDEFK')}"
    if kind == "pnr":
        return _c(rng, 6, "BCDFGHJKLMNPQRSTVWXZ23456789")
    if kind == "roomno":
        return str(rng.randint(101, 1830))
    if kind == "uid":
        return f"u{rng.randint(10000, 99999)}"
    if kind == "grade":
        return rng.choice(("Year 7", "Year 9", "Grade 4", "Grade 11", "Form 3B", "P6"))
    if kind == "score":
        return str(rng.randint(35, 100))
    if kind == "ward":
        return f"Ward {rng.randint(1, 12)}{rng.choice('ABC')}"
    if kind == "cc":
        return rng.choice(("DE", "FR", "NL", "US", "GB", "PL", "JP", "BR", "IN", "ZA"))
    if kind == "level":
        return rng.choice(("INFO", "WARN", "DEBUG", "ERROR"))
    if kind == "http":
        return rng.choice(("200", "201", "204", "302", "404", "429", "500"))
    if kind == "ms":
        return str(rng.randint(3, 4800))
    if kind == "lot":
        return f"LOT{rng.randint(10, 99)}-{_c(rng, 4)}"
    if kind == "salary":
        return f"{rng.randint(28, 180)},{rng.randint(0, 999):03d}.00"
    if kind == "cur":
        return rng.choice(("EUR", "USD", "GBP", "PLN", "CHF", "INR", "BRL", "JPY"))
    pools = {
        "product": PRODUCTS, "brand": BRANDS, "team": TEAMS, "code": CODENAMES, "colour": COLOURS,
        "food": FOODS, "role": ROLES, "dept": DEPTS, "room": ROOMS, "ship": SHIPS, "horse": HORSES,
        "holiday": HOLIDAYS, "status": STATUSES, "thing": EVERYDAY_THINGS,
    }  # fmt: skip
    return rng.choice(pools[kind])


DECOY_KINDS = frozenset(
    "sku order ticket ver hash track price qty n pct date ddate dob time ts month weekday empid "
    "mrn flight seat pnr roomno uid grade score ward cc level http ms lot salary cur product "
    "brand team code colour food role dept room ship horse holiday status thing".split()
)


def valid(entity: str, text: str) -> bool:
    """Whether a gold span's text is a plausible value of its entity (used by the tests)."""
    digits = "".join(ch for ch in text if ch.isdigit())
    if entity == "PHONE_NUMBER":
        return phone_ok(text)
    if entity == "CREDIT_CARD":
        return 13 <= len(digits) <= 19 and luhn_ok(digits)
    if entity == "IBAN_CODE":
        return iban_check_digits_ok(text)
    if entity == "US_SSN":
        return ssn_ok(text)
    if entity == "IP_ADDRESS":
        try:
            ipaddress.ip_address(text)
        except ValueError:
            return False
        return True
    if entity == "EMAIL_ADDRESS":
        local, _, dom = text.partition("@")
        return bool(local) and "." in dom and " " not in text
    if entity == "ACCOUNT_NUMBER":
        return 8 <= len(digits) <= 12
    if entity in ("PERSON", "LOCATION"):
        core = text.replace(" ", "").replace("-", "").replace("'", "").replace(".", "")
        if entity == "PERSON":
            core = core.replace(",", "").replace("/", "")
            return core.isalpha() and text[:1].isalpha()
        return bool(core) and text[:1].isalnum()
    return False
