"""Values planted in val8, the blind part of the labelled PII corpus: phone numbers of many
regions (each checked with `phonenumbers`), Luhn-valid card numbers, IBANs with computed
check digits, US social security numbers, IP addresses, bank account numbers, e-mail
addresses built from a person's name, and the decoys (order numbers, versions, tracking
codes, ISBNs, hashes, product and team names) that fill clean prompts.

Written for this part by its author without reading any other part of the corpus; the
formats come from the author's knowledge of each standard."""

from __future__ import annotations

import random
import string
import unicodedata

import phonenumbers
from phonenumbers import PhoneNumberFormat

# regions phones are drawn from, with a weight
PHONE_REGIONS = [
    ("US", 5),
    ("GB", 4),
    ("DE", 3),
    ("FR", 3),
    ("IN", 3),
    ("AU", 2),
    ("CA", 2),
    ("NL", 2),
    ("ES", 2),
    ("IT", 2),
    ("BR", 2),
    ("MX", 2),
    ("NG", 2),
    ("KE", 1),
    ("ZA", 2),
    ("IE", 1),
    ("PL", 1),
    ("SE", 1),
    ("NO", 1),
    ("DK", 1),
    ("FI", 1),
    ("JP", 2),
    ("KR", 1),
    ("SG", 1),
    ("PH", 1),
    ("ID", 1),
    ("TR", 1),
    ("AE", 1),
    ("EG", 1),
    ("MA", 1),
    ("PT", 1),
    ("CH", 1),
    ("BE", 1),
    ("AT", 1),
    ("NZ", 1),
    ("AR", 1),
    ("CL", 1),
    ("GH", 1),
    ("PK", 1),
    ("VN", 1),
    ("TH", 1),
    ("GR", 1),
    ("RO", 1),
    ("CZ", 1),
    ("HU", 1),
    ("IL", 1),
    ("UA", 1),
    ("LK", 1),
]


def phone(
    rng: random.Random, region: str | None = None, style: str | None = None
) -> tuple[str, str]:
    """A valid phone number as written, and the region it parses with."""
    if region is None:
        regions, weights = zip(*PHONE_REGIONS, strict=True)
        region = rng.choices(regions, weights)[0]
    kind = rng.choice(
        [phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE]
    )
    example = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(
        region
    )
    assert example is not None
    nsn = str(example.national_number)
    for _ in range(200):
        keep = max(2, len(nsn) - rng.randint(4, 6))
        digits = nsn[:keep] + "".join(rng.choice(string.digits) for _ in nsn[keep:])
        num = phonenumbers.PhoneNumber(
            country_code=example.country_code, national_number=int(digits)
        )
        if example.italian_leading_zero:
            num.italian_leading_zero = True
        if phonenumbers.is_valid_number(num):
            break
    else:
        num = example
    style = style or rng.choice(["intl", "intl", "nat", "nat", "e164", "dash", "dot", "plain"])
    if style == "intl":
        text = phonenumbers.format_number(num, PhoneNumberFormat.INTERNATIONAL)
    elif style == "e164":
        text = phonenumbers.format_number(num, PhoneNumberFormat.E164)
    elif style == "dash":
        text = phonenumbers.format_number(num, PhoneNumberFormat.INTERNATIONAL).replace(" ", "-")
    elif style == "dot":
        text = phonenumbers.format_number(num, PhoneNumberFormat.INTERNATIONAL).replace(" ", ".")
    elif style == "plain":
        text = "".join(
            ch for ch in phonenumbers.format_number(num, PhoneNumberFormat.NATIONAL) if ch.isdigit()
        )
    else:
        text = phonenumbers.format_number(num, PhoneNumberFormat.NATIONAL)
    parsed = phonenumbers.parse(text, region)
    if not phonenumbers.is_valid_number(parsed):
        text = phonenumbers.format_number(num, PhoneNumberFormat.INTERNATIONAL)
    return text, region


def _luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def card(rng: random.Random) -> str:
    """A Luhn-valid card number: Visa, Mastercard, Amex or Discover, grouped as printed."""
    brand = rng.choice(["visa", "visa", "mc", "mc", "amex", "disc"])
    if brand == "amex":
        body = rng.choice(["34", "37"]) + "".join(rng.choice(string.digits) for _ in range(12))
        n = body + _luhn_digit(body)
        sep = rng.choice([" ", "-", ""])
        return sep.join([n[:4], n[4:10], n[10:]])
    prefix = {"visa": "4", "mc": rng.choice(["51", "53", "55", "2221"]), "disc": "6011"}[brand]
    body = prefix + "".join(rng.choice(string.digits) for _ in range(15 - len(prefix)))
    n = body + _luhn_digit(body)
    sep = rng.choice([" ", "-", "", " "])
    return sep.join(n[i : i + 4] for i in range(0, 16, 4))


# country: BBAN layout ("n" digit, "a" capital letter)
_IBAN = {
    "DE": "nnnnnnnnnnnnnnnnnn",
    "FR": "nnnnnnnnnnnnnnnnnnnnnnn",
    "GB": "aaaannnnnnnnnnnnnn",
    "NL": "aaaannnnnnnnnn",
    "ES": "nnnnnnnnnnnnnnnnnnnn",
    "IT": "annnnnnnnnnnnnnnnnnnnnn",
    "BE": "nnnnnnnnnnnn",
    "CH": "nnnnnnnnnnnnnnnnn",
    "AT": "nnnnnnnnnnnnnnnn",
    "PL": "nnnnnnnnnnnnnnnnnnnnnnnn",
    "SE": "nnnnnnnnnnnnnnnnnnnn",
    "NO": "nnnnnnnnnnn",
    "DK": "nnnnnnnnnnnnnn",
    "IE": "aaaannnnnnnnnnnnnn",
    "PT": "nnnnnnnnnnnnnnnnnnnnn",
    "FI": "nnnnnnnnnnnnnn",
    "CZ": "nnnnnnnnnnnnnnnnnnnn",
    "RO": "aaaannnnnnnnnnnnnnnn",
    "HR": "nnnnnnnnnnnnnnnnn",
    "GR": "nnnnnnnnnnnnnnnnnnnnnnnnn"[:23],
}


def iban(rng: random.Random) -> str:
    """An IBAN with correct check digits, compact or grouped by four."""
    country = rng.choice(sorted(_IBAN))
    bban = "".join(
        rng.choice(string.ascii_uppercase) if c == "a" else rng.choice(string.digits)
        for c in _IBAN[country]
    )
    moved = bban + country + "00"
    check = 98 - int("".join(str(int(ch, 36)) for ch in moved)) % 97
    compact = f"{country}{check:02d}{bban}"
    if rng.random() < 0.55:
        return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
    return compact


def ssn(rng: random.Random) -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    group, serial = rng.randint(1, 99), rng.randint(1, 9999)
    sep = rng.choice(["-", "-", "-", " ", ""])
    return f"{area:03d}{sep}{group:02d}{sep}{serial:04d}"


def ip(rng: random.Random, v6: bool = False) -> str:
    if v6:
        groups = [f"{rng.randint(0, 0xFFFF):x}" for _ in range(5)]
        return f"2a0{rng.randint(0, 9)}:" + ":".join(groups[:3]) + "::" + groups[4]
    first = rng.choice([23, 31, 45, 62, 81, 88, 91, 103, 142, 151, 176, 185, 203, 212, 10, 192])
    if first == 192:
        return f"192.168.{rng.randint(0, 40)}.{rng.randint(2, 254)}"
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def account(rng: random.Random) -> str:
    style = rng.choice(["plain8", "plain10", "plain12", "dash", "sort"])
    if style == "dash":
        return f"{rng.randint(100, 999)}-{rng.randint(100000, 999999)}-{rng.randint(10, 99)}"
    if style == "sort":
        return f"{rng.randint(10000000, 99999999)}"
    n = {"plain8": 8, "plain10": 10, "plain12": 12}[style]
    return str(rng.randint(1, 9)) + "".join(rng.choice(string.digits) for _ in range(n - 1))


DOMAINS = [
    "gmail.com",
    "outlook.com",
    "yahoo.co.uk",
    "proton.me",
    "icloud.com",
    "gmx.de",
    "web.de",
    "orange.fr",
    "libero.it",
    "hotmail.es",
    "fastmail.com",
    "zoho.in",
    "bigpond.net.au",
    "redstone-mining.com",
    "portcallhq.io",
    "aeroteknik.no",
    "greenleafpharmacy.co.uk",
    "smilebright-dental.com",
    "mindfulpath.clinic",
    "northfield.sch.uk",
    "admissions.unilakes.edu",
    "thevalleyherald.news",
    "rivettapod.fm",
    "greyhorse-films.tv",
    "lunarthread.shop",
    "swiftwheels-rent.com",
    "pennylane-parking.eu",
    "donors.brightwater.org",
    "teamvote2026.org",
    "stpetrocparish.org",
    "restfulmeadows-funerals.com",
    "pawpals.app",
    "fixfolk.co",
    "coinharbor.exchange",
    "sentinelcyber.io",
    "libraryloop.net",
]


def ascii_fold(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.replace("ø", "o").replace("ð", "d"))
    folded = folded.replace("þ", "th").replace("Þ", "Th").replace("ł", "l").replace("Ł", "L")
    folded = folded.replace("ß", "ss").replace("đ", "d").replace("Đ", "D").replace("ı", "i")
    return "".join(ch for ch in folded.encode("ascii", "ignore").decode() if ch.isalnum())


def email(rng: random.Random, given: str, family: str) -> str:
    g, f = ascii_fold(given).lower(), ascii_fold(family).lower()
    local = rng.choice(
        [f"{g}.{f}", f"{g[0]}{f}", f"{g}{f}{rng.randint(1, 99)}", f"{f}_{g[0]}", f"{g}.{f[0]}", g]
    )
    return f"{local}@{rng.choice(DOMAINS)}"


# ---------------------------------------------------------------- decoys (never gold)

PRODUCTS = [
    "Orion X2",
    "Atlas Pro",
    "Nimbus 4",
    "Quartz Lite",
    "Jasper",
    "Kestrel Max",
    "Vega S",
    "Cobalt Edge",
    "Ember Mini",
    "Titan Loader",
    "Aurora Cloud",
    "Falcon Sync",
    "Helix Core",
    "Onyx",
    "Sapphire Wave",
    "Zephyr",
    "Granite DB",
    "Polaris",
    "Mercury Relay",
    "Beacon",
]
TEAMS = [
    "Team Falcon",
    "Platform Squad",
    "Blue Hex",
    "Night Owls",
    "Ops Tiger",
    "Red Kite crew",
    "Squad Delta",
    "the Otters",
    "Crew Nine",
    "Core Infra",
]
CODENAMES = [
    "Project Amber",
    "Operation Bluebird",
    "Ruby",
    "Sierra",
    "Ivy",
    "Olive",
    "Maple",
    "Juniper",
    "Iris",
    "Hazel",
]


def decoy(rng: random.Random, kind: str) -> str:
    d = string.digits
    if kind == "ord":
        return rng.choice(["ORD-", "SO-", "#", "PO-", ""]) + "".join(
            rng.choice(d) for _ in range(rng.choice([6, 7, 8]))
        )
    if kind == "ver":
        return f"{rng.randint(0, 9)}.{rng.randint(0, 24)}.{rng.randint(0, 40)}"
    if kind == "date":
        return f"{rng.randint(2023, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    if kind == "dmy":
        return f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(2023, 2026)}"
    if kind == "time":
        return f"{rng.randint(6, 21):02d}:{rng.choice(['00', '15', '30', '45'])}"
    if kind == "price":
        return f"{rng.choice(['$', '€', '£'])}{rng.randint(3, 2400)}.{rng.randint(0, 99):02d}"
    if kind == "sku":
        return f"{rng.choice(['SKU', 'PRD', 'ITM'])}-{rng.choice(string.ascii_uppercase)}{rng.choice(string.ascii_uppercase)}-{rng.randint(1000, 99999)}"
    if kind == "trk":
        return rng.choice(["1Z", "JD", "RR", "TBA"]) + "".join(
            rng.choice(d + "ABCDEFGH") for _ in range(14)
        )
    if kind == "isbn":
        body = f"978{rng.randint(0, 1)}{rng.randint(10000000, 99999999)}"
        total = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
        full = body + str((10 - total % 10) % 10)
        return f"{full[:3]}-{full[3]}-{full[4:8]}-{full[8:12]}-{full[12]}"
    if kind == "hash":
        return "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice([7, 12, 40])))
    if kind == "tkt":
        return f"{rng.choice(['INC', 'TKT', 'JIRA-OPS', 'SR', 'CASE'])}-{rng.randint(100, 99999)}"
    if kind == "n":
        return str(rng.randint(2, 96))
    if kind == "big":
        return "".join(rng.choice(d) for _ in range(rng.choice([10, 11, 12, 16])))
    if kind == "prod":
        return rng.choice(PRODUCTS)
    if kind == "team":
        return rng.choice(TEAMS)
    if kind == "code":
        return rng.choice(CODENAMES)
    if kind == "kg":
        return f"{rng.randint(2, 900)}.{rng.randint(0, 9)} kg"
    if kind == "pct":
        return f"{rng.randint(1, 99)}%"
    if kind == "flt":
        return f"{rng.choice(['BA', 'LH', 'KL', 'QF', 'EK', 'TK'])}{rng.randint(10, 2999)}"
    if kind == "reg":
        return f"{rng.choice(['G-', 'D-', 'N', 'VH-', 'EI-'])}{''.join(rng.choice(string.ascii_uppercase) for _ in range(4))}"
    if kind == "plate":
        return f"{rng.choice(string.ascii_uppercase)}{rng.choice(string.ascii_uppercase)}{rng.randint(10, 99)} {''.join(rng.choice(string.ascii_uppercase) for _ in range(3))}"
    raise KeyError(kind)
