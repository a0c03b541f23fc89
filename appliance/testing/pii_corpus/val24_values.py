"""val24 structured values: phone numbers (checked and formatted with `phonenumbers`), card
numbers (Luhn), IBANs (ISO 13616 check digits, national layouts and, for BE, FR, ES and NO,
national check digits), IP addresses, US SSNs, bank account numbers and e-mail addresses."""

from __future__ import annotations

import ipaddress
import random
import re
import string
import unicodedata

import phonenumbers
from phonenumbers import PhoneNumberFormat as PNF

# Region: (national significant prefix, national significant length) pairs; the rest of the
# digits are random and the number is kept only if phonenumbers says it is valid there.
PHONE_SPECS: dict[str, tuple[tuple[str, int], ...]] = {
    "GB": (
        ("74", 10),
        ("75", 10),
        ("77", 10),
        ("78", 10),
        ("79", 10),
        ("20", 10),
        ("161", 10),
        ("117", 10),
        ("131", 10),
        ("141", 10),
        ("113", 10),
    ),
    "US": tuple(
        (a, 10)
        for a in (
            "212",
            "415",
            "312",
            "617",
            "206",
            "512",
            "303",
            "404",
            "971",
            "602",
            "813",
            "919",
            "608",
            "208",
        )
    ),
    "CA": tuple((a, 10) for a in ("416", "604", "514", "403", "613", "902", "204", "306")),
    "IE": (("83", 9), ("85", 9), ("86", 9), ("87", 9), ("1", 8), ("21", 9)),
    "DE": (
        ("151", 11),
        ("160", 10),
        ("170", 11),
        ("176", 11),
        ("30", 10),
        ("89", 10),
        ("40", 10),
        ("221", 10),
    ),
    "AT": (("664", 10), ("676", 10), ("699", 11), ("1", 9), ("316", 10)),
    "CH": (("76", 9), ("78", 9), ("79", 9), ("44", 9), ("31", 9), ("61", 9), ("21", 9)),
    "FR": (("6", 9), ("7", 9), ("1", 9), ("4", 9), ("5", 9), ("2", 9), ("3", 9)),
    "BE": (("47", 9), ("48", 9), ("49", 9), ("2", 8), ("9", 8), ("3", 8)),
    "NL": (("6", 9), ("20", 9), ("10", 9), ("30", 9)),
    "ES": (("6", 9), ("7", 9), ("91", 9), ("93", 9), ("96", 9)),
    "PT": (("91", 9), ("93", 9), ("96", 9), ("21", 9), ("22", 9)),
    "IT": (("3", 10), ("06", 10), ("02", 10), ("055", 10)),
    "PL": (("50", 9), ("60", 9), ("69", 9), ("72", 9), ("79", 9), ("22", 9), ("12", 9)),
    "SE": (("70", 9), ("72", 9), ("73", 9), ("76", 9), ("8", 9), ("31", 9)),
    "NO": (("4", 8), ("9", 8), ("2", 8)),
    "DK": (("2", 8), ("3", 8), ("4", 8), ("5", 8), ("6", 8), ("9", 8)),
    "FI": (("40", 9), ("44", 9), ("50", 9)),
    "GR": (("69", 10), ("21", 10), ("231", 10)),
    "TR": (("53", 10), ("54", 10), ("55", 10), ("212", 10), ("216", 10), ("312", 10)),
    "AU": (("4", 9), ("2", 9), ("3", 9), ("7", 9), ("8", 9)),
    "NZ": (("21", 9), ("22", 9), ("27", 9), ("9", 8), ("3", 8), ("4", 8)),
    "IN": (("98", 10), ("99", 10), ("97", 10), ("91", 10), ("88", 10), ("70", 10), ("63", 10)),
    "JP": (("90", 10), ("80", 10), ("70", 10), ("3", 9), ("6", 9)),
    "KR": (("10", 10), ("2", 9), ("51", 9)),
    "SG": (("8", 8), ("9", 8), ("6", 8)),
    "BR": (("119", 11), ("219", 11), ("319", 11), ("11", 10), ("21", 10)),
    "MX": (("55", 10), ("33", 10), ("81", 10)),
    "CO": (("30", 10), ("31", 10), ("601", 10)),
    "ZA": (("82", 9), ("83", 9), ("72", 9), ("71", 9), ("21", 9), ("11", 9)),
    "NG": (("803", 10), ("806", 10), ("813", 10), ("703", 10), ("905", 10)),
    "KE": (("7", 9), ("1", 9), ("20", 9)),
    "GH": (("24", 9), ("20", 9), ("54", 9), ("30", 9)),
    "EG": (("10", 10), ("11", 10), ("12", 10), ("2", 9)),
    "MA": (("6", 9), ("5", 9), ("7", 9)),
    "AE": (("50", 9), ("52", 9), ("55", 9), ("4", 8), ("2", 8)),
    "PH": (("917", 10), ("918", 10), ("2", 9)),
    "ID": (("812", 11), ("813", 11), ("856", 11), ("21", 10)),
    "VN": (("90", 9), ("91", 9), ("98", 9), ("24", 10), ("28", 10)),
    "TH": (("8", 9), ("9", 9), ("6", 9), ("2", 8)),
    "MY": (("12", 9), ("13", 9), ("17", 9), ("3", 9)),
    "PK": (("30", 10), ("33", 10), ("42", 10)),
    "HU": (("20", 9), ("30", 9), ("70", 9), ("1", 8)),
    "UA": (("67", 9), ("50", 9), ("93", 9), ("44", 9)),
    "IL": (("5", 9), ("3", 8), ("2", 8)),
    "CN": (("13", 11), ("15", 11), ("18", 11), ("10", 10), ("21", 10)),
    "HK": (("5", 8), ("6", 8), ("9", 8), ("2", 8)),
    "TW": (("9", 9), ("2", 9)),
    "CZ": (("60", 9), ("72", 9), ("77", 9), ("2", 9)),
    "RO": (("72", 9), ("74", 9), ("21", 9)),
    "JM": (("876", 10),),
}
PHONE_REGIONS = tuple(PHONE_SPECS)
_TRUNK0 = {"GB", "IE", "DE", "AT", "CH", "FR", "BE", "NL", "AU", "NZ", "ZA", "NG"}
_DOTS = {"FR", "BE", "CH", "US", "CA", "PT", "IT", "ES", "NL", "MA", "NZ"}
_NANP = {"US", "CA"}
PHONE_STYLES = ("intl", "intl", "nat", "nat", "e164", "00", "00c", "natc", "hyph", "dots", "p0")


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _phone_ok(text: str, region: str, nsn: int) -> bool:
    s = "+" + text[2:] if text.startswith("00") else text
    try:
        num = phonenumbers.parse(s, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number_for_region(num, region) and num.national_number == nsn


def phone(rng: random.Random, region: str, style: str | None = None) -> str:
    """A valid phone number of the region, written in one of many styles."""
    cc = phonenumbers.country_code_for_region(region)
    for _ in range(2000):
        prefix, length = rng.choice(PHONE_SPECS[region])
        national = prefix + _digits(rng, length - len(prefix))
        num = phonenumbers.parse(f"+{cc}{national.lstrip('0') if region != 'IT' else national}")
        if phonenumbers.is_valid_number_for_region(num, region):
            break
    else:  # pragma: no cover - the specs are checked by the tests
        raise ValueError(f"no valid number for {region}")
    intl = phonenumbers.format_number(num, PNF.INTERNATIONAL)
    nat = phonenumbers.format_number(num, PNF.NATIONAL)
    e164 = phonenumbers.format_number(num, PNF.E164)
    style = style or rng.choice(PHONE_STYLES)
    if style == "dots" and region not in _DOTS:
        style = "intl"
    if style == "nat" and region in _NANP and rng.random() < 0.5:
        style = "us"
    out = {
        "intl": intl,
        "nat": nat,
        "e164": e164,
        "00": "00" + intl[1:],
        "00c": "00" + e164[1:],
        "natc": re.sub(r"\D", "", nat),
        "hyph": intl.replace(" ", "-"),
        "dots": re.sub(r"[\s-]+", ".", re.sub(r"[()]", "", nat)),
        "p0": f"+{cc} (0){nat[1:]}" if region in _TRUNK0 and nat.startswith("0") else intl,
        "us": f"+1 {nat}",
    }[style]
    return out if _phone_ok(out, region, num.national_number) else intl


# Card numbers -------------------------------------------------------------------------------

CARD_BRANDS = ("visa", "visa", "mastercard", "mastercard", "amex", "discover", "jcb", "diners")


def _luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def card(rng: random.Random, brand: str | None = None, sep: str | None = None) -> str:
    brand = brand or rng.choice(CARD_BRANDS)
    if brand == "visa":
        prefix, n, groups = "4" + _digits(rng, 3), 16, (4, 4, 4, 4)
    elif brand == "mastercard":
        prefix = rng.choice([str(rng.randint(51, 55)), str(rng.randint(2221, 2720))])
        n, groups = 16, (4, 4, 4, 4)
    elif brand == "amex":
        prefix, n, groups = rng.choice(["34", "37"]), 15, (4, 6, 5)
    elif brand == "discover":
        prefix, n, groups = rng.choice(["6011", "65", str(rng.randint(644, 649))]), 16, (4, 4, 4, 4)
    elif brand == "jcb":
        prefix, n, groups = str(rng.randint(3528, 3589)), 16, (4, 4, 4, 4)
    else:
        prefix, n, groups = "36", 14, (4, 6, 4)
    body = prefix + _digits(rng, n - 1 - len(prefix))
    digits = body + _luhn_digit(body)
    sep = sep if sep is not None else rng.choice([" ", " ", "-", ""])
    parts, i = [], 0
    for g in groups:
        parts.append(digits[i : i + g])
        i += g
    return sep.join(parts)


# IBANs --------------------------------------------------------------------------------------


def _num(s: str) -> int:
    return int("".join(str(int(ch, 36)) for ch in s))


def _iban_check(cc: str, bban: str) -> str:
    return f"{98 - _num(bban + cc + '00') % 97:02d}"


def _bban(rng: random.Random, cc: str) -> str:
    d = lambda n: _digits(rng, n)  # noqa: E731
    if cc == "DE":
        return d(8) + d(10)
    if cc in ("GB", "IE"):
        bank = rng.choice(
            ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"] if cc == "GB" else ["AIBK", "BOFI"]
        )
        return bank + d(6) + d(8)
    if cc == "FR":
        bank, branch, acct = d(5), d(5), d(11)
        key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97
        return f"{bank}{branch}{acct}{key:02d}"
    if cc == "ES":
        bank, branch, acct = d(4), d(4), d(10)

        def ctl(s: str) -> str:
            w = (1, 2, 4, 8, 5, 10, 9, 7, 3, 6)
            c = 11 - sum(int(x) * y for x, y in zip(s.rjust(10, "0"), w, strict=True)) % 11
            return "0" if c == 11 else "1" if c == 10 else str(c)

        return bank + branch + ctl("00" + bank + branch) + ctl(acct) + acct
    if cc == "IT":
        return rng.choice(string.ascii_uppercase) + d(5) + d(5) + d(12)
    if cc == "NL":
        return rng.choice(["ABNA", "INGB", "RABO", "TRIO", "SNSB"]) + d(10)
    if cc == "BE":
        first = d(10)
        c = int(first) % 97 or 97
        return f"{first}{c:02d}"
    if cc == "CH":
        return d(5) + d(12)
    if cc == "AT":
        return d(5) + d(11)
    if cc == "PL":
        return d(8) + d(16)
    if cc == "SE":
        return d(3) + d(17)
    if cc == "NO":
        for _ in range(50):
            body = d(10)
            w = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
            c = 11 - sum(int(x) * y for x, y in zip(body, w, strict=True)) % 11
            if c != 10:
                return body + ("0" if c == 11 else str(c))
    if cc == "DK":
        return d(4) + d(10)
    if cc == "FI":
        return d(6) + d(8)
    if cc == "PT":
        return d(4) + d(4) + d(11) + d(2)
    if cc == "TR":
        return d(5) + "0" + d(16)
    if cc == "AE":
        return d(3) + d(16)
    if cc == "SA":
        return d(2) + d(18)
    raise ValueError(cc)


IBAN_COUNTRIES = (
    "DE",
    "GB",
    "IE",
    "FR",
    "ES",
    "IT",
    "NL",
    "BE",
    "CH",
    "AT",
    "PL",
    "SE",
    "NO",
    "DK",
    "FI",
    "PT",
    "TR",
    "AE",
    "SA",
)
IBAN_LENGTHS = {
    "DE": 22,
    "GB": 22,
    "IE": 22,
    "FR": 27,
    "ES": 24,
    "IT": 27,
    "NL": 18,
    "BE": 16,
    "CH": 21,
    "AT": 20,
    "PL": 28,
    "SE": 24,
    "NO": 15,
    "DK": 18,
    "FI": 18,
    "PT": 25,
    "TR": 26,
    "AE": 23,
    "SA": 24,
}


def iban(rng: random.Random, cc: str | None = None, spaced: bool | None = None) -> str:
    cc = cc or rng.choice(IBAN_COUNTRIES)
    bban = _bban(rng, cc)
    compact = cc + _iban_check(cc, bban) + bban
    assert len(compact) == IBAN_LENGTHS[cc], cc
    spaced = rng.random() < 0.6 if spaced is None else spaced
    if spaced:
        return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
    return compact


# IPs, SSNs, accounts ------------------------------------------------------------------------


def ipv4(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.25:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if kind < 0.4:
        return f"192.168.{rng.randint(0, 40)}.{rng.randint(2, 254)}"
    if kind < 0.5:
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    first = rng.choice(
        [
            23,
            31,
            37,
            45,
            51,
            62,
            77,
            81,
            86,
            91,
            94,
            103,
            109,
            145,
            151,
            176,
            185,
            188,
            193,
            195,
            203,
            212,
            217,
        ]
    )
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.3:
        head = 0x20010DB8 << 96
        return str(ipaddress.IPv6Address(head | rng.getrandbits(64) | (rng.getrandbits(8) << 64)))
    if kind < 0.5:
        return str(ipaddress.IPv6Address((0xFE80 << 112) | rng.getrandbits(64)))
    head = rng.choice([0x2A02, 0x2A01, 0x2607, 0x2409, 0x2001, 0x2C0F, 0x2404])
    second = rng.randint(0x100, 0xFFFF)
    low = (rng.getrandbits(64) << 16) | rng.getrandbits(12)
    addr = ipaddress.IPv6Address((head << 112) | (second << 96) | low)
    text = str(addr)
    return text.upper() if rng.random() < 0.1 else text


def ssn(rng: random.Random, sep: str | None = None) -> str:
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    group, serial = rng.randint(1, 99), rng.randint(1, 9999)
    sep = sep if sep is not None else rng.choice(["-", "-", "-", " ", ""])
    return f"{area:03d}{sep}{group:02d}{sep}{serial:04d}"


def account(rng: random.Random, style: str | None = None) -> str:
    style = style or rng.choice(["uk", "uk", "us", "us", "eu", "nz", "in", "hy"])
    if style == "uk":
        return _digits(rng, 8)
    if style == "us":
        return str(rng.randint(1, 9)) + _digits(rng, rng.randint(8, 11))
    if style == "eu":
        return _digits(rng, 4) + "-" + _digits(rng, 6) + "-" + _digits(rng, 2)
    if style == "nz":
        return f"{_digits(rng, 2)}-{_digits(rng, 4)}-{_digits(rng, 7)}-{_digits(rng, 2)}"
    if style == "in":
        return str(rng.randint(1, 9)) + _digits(rng, rng.randint(12, 15))
    return _digits(rng, 3) + "-" + _digits(rng, 7)


# E-mail -------------------------------------------------------------------------------------

_FOLD = str.maketrans(
    {
        "ß": "ss",
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "Æ": "Ae",
        "đ": "d",
        "Đ": "D",
        "ł": "l",
        "Ł": "L",
        "ı": "i",
        "ð": "d",
        "Ð": "D",
        "þ": "th",
        "Þ": "Th",
        "œ": "oe",
        "ʻ": "",
    }
)


def ascii_fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.translate(_FOLD))
    return "".join(c for c in s if not unicodedata.combining(c))


def slug(s: str) -> str:
    """Letters and digits only, lower case ASCII."""
    return re.sub(r"[^a-z0-9]", "", ascii_fold(s).lower())


FREE_MAIL = (
    "gmail.com",
    "outlook.com",
    "yahoo.com",
    "hotmail.co.uk",
    "icloud.com",
    "proton.me",
    "web.de",
    "gmx.de",
    "orange.fr",
    "free.fr",
    "libero.it",
    "seznam.cz",
    "wp.pl",
    "naver.com",
    "yahoo.co.jp",
    "rediffmail.com",
    "uol.com.br",
    "telenet.be",
    "ziggo.nl",
    "bluewin.ch",
    "btinternet.com",
    "bigpond.com",
    "xtra.co.nz",
    "mail.ru",
    "yandex.com",
    "qq.com",
    "163.com",
    "gmx.at",
    "fastmail.fm",
    "hey.com",
)


def personal_email(rng: random.Random, given: str, family: str, domain: str | None = None) -> str:
    g, f = slug(given) or "mail", slug(family) or slug(given)
    domain = domain or rng.choice(FREE_MAIL)
    local = rng.choice(
        [
            f"{g}.{f}",
            f"{g[0]}.{f}",
            f"{g}{f}{rng.randint(1, 99)}",
            f"{f}.{g}",
            f"{g}_{f}",
            f"{g}.{f}{rng.randint(70, 99)}",
            f"{g[0]}{f}",
            f"{g}-{f}",
        ]
    )
    return f"{local}@{domain}"
