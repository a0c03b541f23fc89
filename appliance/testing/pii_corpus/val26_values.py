"""val26's structured values: phone numbers, cards, IBANs, IPs, US SSNs, account numbers and
e-mail addresses, each made valid for its kind (phones checked with `phonenumbers`)."""

from __future__ import annotations

import ipaddress
import random
import unicodedata

import phonenumbers
from phonenumbers import PhoneNumberFormat

from .validity import iban_check_digits_ok, luhn_ok, ssn_ok

# Region: (country calling code, national significant number patterns; "x" a random digit,
# "[..]" one of the digits listed).
PHONE_PLANS: dict[str, tuple[int, tuple[str, ...]]] = {
    "GB": (
        44,
        (
            "74xxxxxxxx",
            "75xxxxxxxx",
            "77xxxxxxxx",
            "78xxxxxxxx",
            "79xxxxxxxx",
            "207xxxxxxx",
            "203xxxxxxx",
            "113[2-4]xxxxxx",
            "117[3-9]xxxxxx",
            "131[2-5]xxxxxx",
        ),
    ),
    "US": (
        1,
        (
            "312[2-9]xxxxxx",
            "206[2-9]xxxxxx",
            "617[2-9]xxxxxx",
            "303[2-9]xxxxxx",
            "412[2-9]xxxxxx",
            "505[2-9]xxxxxx",
            "612[2-9]xxxxxx",
            "808[2-9]xxxxxx",
        ),
    ),
    "CA": (1, ("204[2-9]xxxxxx", "306[2-9]xxxxxx", "403[2-9]xxxxxx", "514[2-9]xxxxxx")),
    "DE": (
        49,
        (
            "151xxxxxxxx",
            "160xxxxxxx",
            "170xxxxxxx",
            "176xxxxxxxx",
            "30[1-9]xxxxxxx",
            "341[2-9]xxxxxx",
            "89[1-9]xxxxxxx",
        ),
    ),
    "FR": (33, ("6xxxxxxxx", "7[5-8]xxxxxxx", "1[4-5]xxxxxxx", "4[7-8]xxxxxxx")),
    "ES": (34, ("6[0-4]xxxxxxx", "91[1-5]xxxxxx", "93[2-4]xxxxxx")),
    "IT": (39, ("3[2-4]xxxxxxxx", "06[4-9]xxxxxxx")),
    "NL": (31, ("6[1-5]xxxxxxx", "20[5-7]xxxxxx", "30[2-6]xxxxxx")),
    "PL": (48, ("50xxxxxxx", "60xxxxxxx", "69xxxxxxx", "7[2-9]xxxxxxx", "22[5-8]xxxxxx")),
    "SE": (46, ("70xxxxxxx", "72xxxxxxx", "73xxxxxxx", "76xxxxxxx")),
    "TR": (90, ("53xxxxxxxx", "54xxxxxxxx", "55xxxxxxxx", "212[2-6]xxxxxx")),
    "IN": (91, ("9[1-9]xxxxxxxx", "8[7-9]xxxxxxxx", "7[3-9]xxxxxxxx")),
    "NG": (234, ("80[3-9]xxxxxxx", "81[0-8]xxxxxxx", "70[3-8]xxxxxxx", "90[2-6]xxxxxxx")),
    "KE": (254, ("7[0-2]xxxxxxx", "11[0-5]xxxxxx")),
    "ZA": (27, ("8[2-4]xxxxxxx", "7[1-4]xxxxxxx", "21[4-9]xxxxxx")),
    "GH": (233, ("2[4-7]xxxxxxx", "5[45]xxxxxxx")),
    "BR": (55, ("119[6-9]xxxxxxx", "219[6-9]xxxxxxx", "819[6-9]xxxxxxx", "319[6-9]xxxxxxx")),
    "MX": (52, ("55[1-5]xxxxxxx", "33[1-3]xxxxxxx", "81[1-3]xxxxxxx")),
    "CO": (57, ("30[0-5]xxxxxxx", "31[0-9]xxxxxxx")),
    "JP": (81, ("90xxxxxxxx", "80xxxxxxxx", "3[3-6]xxxxxxx")),
    "KR": (82, ("10[2-9]xxxxxxx",)),
    "AU": (61, ("4[0-9]xxxxxxx", "2[89]xxxxxxx", "3[89]xxxxxxx")),
    "NZ": (64, ("21[0-9]xxxxxx", "22[0-9]xxxxxxx", "27[0-9]xxxxxx")),
    "IE": (353, ("8[3-7]xxxxxxx", "1[2-8]xxxxxx")),
    "ID": (62, ("812xxxxxxxx", "813xxxxxxxx", "857xxxxxxxx")),
    "VN": (84, ("9[0-4]xxxxxxx", "3[2-9]xxxxxxx", "8[1-5]xxxxxxx")),
    "PH": (63, ("9[1-7]xxxxxxxx",)),
    "EG": (20, ("10xxxxxxxx", "11xxxxxxxx", "12xxxxxxxx")),
    "AE": (971, ("50xxxxxxx", "52xxxxxxx", "55xxxxxxx")),
    "PK": (92, ("30[0-9]xxxxxxx", "33[0-9]xxxxxxx")),
}

PHONE_STYLES = ("nat", "intl", "e164", "dots", "zz", "compact", "br", "dash")


def _digits(rng: random.Random, pattern: str) -> str:
    out, i = [], 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "x":
            out.append(str(rng.randint(0, 9)))
        elif ch == "[":
            j = pattern.index("]", i)
            lo, hi = pattern[i + 1], pattern[j - 1]
            out.append(str(rng.randint(int(lo), int(hi))))
            i = j
        else:
            out.append(ch)
        i += 1
    return "".join(out)


def phone_ok(text: str, region: str) -> bool:
    try:
        num = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(num) and (
        phonenumbers.region_code_for_number(num) == region
    )


def phone(rng: random.Random, region: str | None = None, style: str | None = None):
    """A valid phone number as written, and its region."""
    region = region or rng.choice(sorted(PHONE_PLANS))
    code, patterns = PHONE_PLANS[region]
    for _ in range(200):
        nsn = _digits(rng, rng.choice(patterns))
        num = phonenumbers.parse(f"+{code}{nsn}")
        if phonenumbers.is_valid_number(num) and (
            phonenumbers.region_code_for_number(num) == region
        ):
            break
    else:  # pragma: no cover
        raise ValueError(f"no valid phone for {region}")
    nat = phonenumbers.format_number(num, PhoneNumberFormat.NATIONAL)
    intl = phonenumbers.format_number(num, PhoneNumberFormat.INTERNATIONAL)
    e164 = phonenumbers.format_number(num, PhoneNumberFormat.E164)
    style = style or rng.choice(PHONE_STYLES)
    candidates = {
        "nat": nat,
        "intl": intl,
        "e164": e164,
        "dots": nat.replace("(", "").replace(")", "").replace(" ", ".").replace("-", "."),
        "zz": "00" + intl[1:],
        "compact": "".join(ch for ch in nat if ch.isdigit()),
        "br": _bracketed(nat),
        "dash": intl.replace(" ", "-"),
    }
    if style in ("br", "dots") and region in ("IN", "SE", "KR", "JP", "ID"):
        style = "nat"
    for name in (style, "nat", "intl"):
        text = candidates[name]
        if phone_ok(text, region):
            return text, region
    raise ValueError(f"bad phone {nat}")  # pragma: no cover


def _bracketed(nat: str) -> str:
    if "(" in nat or " " not in nat:
        return nat
    head, tail = nat.split(" ", 1)
    return f"({head}) {tail}"


CARD_KINDS = {
    "visa": (("4",), 16),
    "visa13": (("4",), 13),
    "mc": (("51", "52", "53", "54", "55", "2221", "2720"), 16),
    "amex": (("34", "37"), 15),
    "disc": (("6011", "65"), 16),
}


def card(rng: random.Random, kind: str | None = None, style: str | None = None) -> str:
    kind = kind or rng.choice(("visa", "visa", "mc", "mc", "amex", "disc", "visa13"))
    prefixes, length = CARD_KINDS[kind]
    body = rng.choice(prefixes)
    while len(body) < length - 1:
        body += str(rng.randint(0, 9))
    for d in "0123456789":
        if luhn_ok(body + d):
            body += d
            break
    style = style or rng.choice(("sp", "sp", "dash", "none"))
    if style == "none" or length == 13:
        return body
    groups = (4, 6, 5) if length == 15 else (4, 4, 4, 4)
    parts, i = [], 0
    for g in groups:
        parts.append(body[i : i + g])
        i += g
    sep = " " if style == "sp" else "-"
    text = sep.join(parts)
    assert luhn_ok(text.replace(sep, ""))
    return text


# Country: BBAN made of (kind, count) parts: "n" digits, "a" capitals, "c" either, "=" a
# fixed text.
IBAN_PLANS: dict[str, tuple[tuple[str, object], ...]] = {
    "DE": (("n", 18),),
    "GB": (("=", ("NWBK", "BARC", "LOYD", "HBUK", "MIDL")), ("n", 14)),
    "FR": (("n", 23),),
    "ES": (("n", 20),),
    "IT": (("a", 1), ("n", 22)),
    "NL": (("=", ("ABNA", "INGB", "RABO", "TRIO", "SNSB")), ("n", 10)),
    "BE": (("n", 12),),
    "AT": (("n", 16),),
    "CH": (("n", 17),),
    "PL": (("n", 24),),
    "SE": (("n", 20),),
    "PT": (("n", 21),),
    "IE": (("=", ("AIBK", "BOFI")), ("n", 14)),
    "NO": (("n", 11),),
    "DK": (("n", 14),),
    "FI": (("n", 14),),
    "TR": (("n", 5), ("=", ("0",)), ("n", 16)),
    "SA": (("n", 2), ("c", 18)),
    "AE": (("n", 19),),
    "RO": (("=", ("BTRL", "RNCB", "INGB")), ("c", 16)),
    "GR": (("n", 23),),
    "HU": (("n", 24),),
    "CZ": (("n", 20),),
}


def iban(rng: random.Random, country: str | None = None, style: str | None = None) -> str:
    country = country or rng.choice(sorted(IBAN_PLANS))
    bban = ""
    for kind, spec in IBAN_PLANS[country]:
        if kind == "=":
            bban += rng.choice(spec)
        else:
            alphabet = {
                "n": "0123456789",
                "a": "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                "c": "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ",
            }[kind]
            bban += "".join(rng.choice(alphabet) for _ in range(spec))
    moved = bban + country + "00"
    check = 98 - int("".join(str(int(ch, 36)) for ch in moved)) % 97
    compact = f"{country}{check:02d}{bban}"
    assert iban_check_digits_ok(compact)
    style = style or rng.choice(("sp", "sp", "none"))
    if style == "none":
        return compact
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def ipv4(rng: random.Random) -> str:
    first = rng.choice(
        (23, 31, 45, 62, 77, 81, 86, 91, 109, 141, 151, 176, 185, 193, 203, 212, 10, 192, 172)
    )
    if first == 192:
        return f"192.168.{rng.randint(0, 40)}.{rng.randint(2, 254)}"
    if first == 172:
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"


def ipv6(rng: random.Random) -> str:
    head = rng.choice(
        ("2a01:4f8", "2001:db8", "2a02:c7f", "2600:1f18", "2406:da1c", "2001:67c", "fd12:3456")
    )
    groups = [f"{rng.randint(0, 0xFFFF):x}" for _ in range(rng.choice((2, 3, 6)))]
    text = head + ":" + ":".join(groups)
    if len(groups) < 6:
        text = head + ":" + ":".join(groups[:-1]) + "::" + groups[-1]
    return str(ipaddress.IPv6Address(text))


def ssn(rng: random.Random, style: str | None = None) -> str:
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    digits = f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
    style = style or rng.choice(("dash", "dash", "dash", "space", "none"))
    sep = {"dash": "-", "space": " ", "none": ""}[style]
    text = sep.join((digits[:3], digits[3:5], digits[5:]))
    assert ssn_ok(text)
    return text


def account(rng: random.Random) -> str:
    n = rng.choice((8, 8, 9, 10, 11, 12, 14))
    digits = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))
    shape = rng.random()
    if shape < 0.25 and n >= 10:
        return f"{digits[:4]}-{digits[4:8]}-{digits[8:]}"
    if shape < 0.4 and n >= 9:
        return f"{digits[:3]}-{digits[3:]}"
    return digits


_FOLD = str.maketrans(
    {
        "ø": "o",
        "ł": "l",
        "đ": "d",
        "ß": "ss",
        "æ": "ae",
        "ı": "i",
        "ð": "d",
        "þ": "th",
        "ŋ": "ng",
        "Ø": "o",
        "Ł": "l",
        "Đ": "d",
        "ʻ": "",
    }
)


def fold(text: str) -> str:
    text = text.translate(_FOLD)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return "".join(ch for ch in text.lower() if ch.isalnum() or ch in ".-")


ORG_DOMAINS = (
    "stmarys-nhs.example.org",
    "northvale-health.org.uk",
    "harbourhousing.org.uk",
    "kestrel-offshore.com",
    "ironridge-mining.com.au",
    "westlinkrail.co.uk",
    "citybus-ops.de",
    "skyhaul-ground.com",
    "meridian-air.aero",
    "dailycourier-news.com",
    "lumenphoto.agency",
    "subtitlehaus.de",
    "tradefin-bank.com",
    "kyc.northbank.eu",
    "tribunals-listing.gov.example",
    "stcolumbas-parish.org",
    "alnoor-centre.org",
    "research.uni-halden.edu",
    "orbitworks.space",
    "skyline-drones.io",
    "grandmeridian-hotel.com",
    "shearandshade.salon",
    "inkwell-tattoo.studio",
    "moveright-removals.co.uk",
    "boxandbay-storage.com",
    "zipcar-share.example.com",
    "rideloop.app",
    "quayside-marina.com",
    "bluehole-diving.com",
    "greenacre-allotments.org",
    "fernhill-gardencentre.co.uk",
    "crumb-and-crust.bakery",
    "hopfield-brewing.com",
    "meeple-cafe.com",
    "tinytrain-toys.com",
    "kasbah-ops.ma",
    "lagoslink.ng",
)

DOMAIN_ORGS = {
    "hospital": ("stmarys-nhs.example.org", "northvale-health.org.uk"),
    "housing": ("harbourhousing.org.uk",),
    "socialwork": ("harbourhousing.org.uk", "familysupport.council.example.gov"),
    "mining": ("ironridge-mining.com.au",),
    "oilgas": ("kestrel-offshore.com",),
    "rail": ("westlinkrail.co.uk",),
    "bus": ("citybus-ops.de", "westlinkrail.co.uk"),
    "airline": ("meridian-air.aero",),
    "ground": ("skyhaul-ground.com",),
    "newsroom": ("dailycourier-news.com", "lumenphoto.agency"),
    "subtitles": ("subtitlehaus.de",),
    "tradefinance": ("tradefin-bank.com",),
    "kyc": ("kyc.northbank.eu",),
    "bank": ("tradefin-bank.com", "kyc.northbank.eu"),
    "tribunal": ("tribunals-listing.gov.example",),
    "faith": ("stcolumbas-parish.org", "alnoor-centre.org"),
    "community": ("alnoor-centre.org",),
    "university": ("research.uni-halden.edu",),
    "space": ("orbitworks.space",),
    "drones": ("skyline-drones.io",),
    "hotel": ("grandmeridian-hotel.com",),
    "salon": ("shearandshade.salon",),
    "tattoo": ("inkwell-tattoo.studio",),
    "removals": ("moveright-removals.co.uk",),
    "storage": ("boxandbay-storage.com",),
    "carshare": ("zipcar-share.example.com",),
    "rideshare": ("rideloop.app",),
    "marina": ("quayside-marina.com",),
    "diving": ("bluehole-diving.com",),
    "allotments": ("greenacre-allotments.org",),
    "garden": ("fernhill-gardencentre.co.uk", "greenacre-allotments.org"),
    "bakery": ("crumb-and-crust.bakery",),
    "brewery": ("hopfield-brewing.com",),
    "boardgames": ("meeple-cafe.com",),
    "toys": ("tinytrain-toys.com",),
}

PERSONAL_DOMAINS = (
    "gmail.com",
    "outlook.com",
    "yahoo.co.uk",
    "web.de",
    "gmx.de",
    "orange.fr",
    "libero.it",
    "hotmail.com",
    "icloud.com",
    "proton.me",
    "wp.pl",
    "seznam.cz",
    "yandex.ru",
    "naver.com",
    "qq.com",
    "yahoo.co.jp",
    "uol.com.br",
    "rediffmail.com",
    "btinternet.com",
    "t-online.de",
    "live.nl",
    "telia.com",
    "fastmail.fm",
    "ymail.com",
)

ROLE_LOCALS = (
    "bookings",
    "rota",
    "newsdesk",
    "pictures",
    "kyc-team",
    "listings",
    "office",
    "ethics",
    "ops",
    "frontdesk",
    "concierge",
    "hello",
    "support",
    "dispatch",
    "harbourmaster",
    "secretary",
    "info",
    "reception",
    "grants",
    "safeguarding",
    "noc",
    "crew-control",
    "orders",
    "admin",
    "volunteers",
    "studio",
    "moves",
    "lettings",
    "duty-manager",
)


def person_email(rng: random.Random, given: str, family: str, domain: str) -> str:
    g = fold(given.split()[0]).replace(".", "") or "x"
    f = fold(family.replace(" ", "")).replace(".", "") or "x"
    local = rng.choice(
        (
            f"{g}.{f}",
            f"{g[0]}.{f}",
            f"{g}{f[0]}",
            f"{f}.{g}",
            f"{g}_{f}{rng.randint(1, 99)}",
            f"{g}.{f}{rng.randint(70, 99)}",
            f"{g[0]}{f}",
        )
    )
    return f"{local.strip('.-')}@{domain}"
