"""Structured personal values for val31: phone numbers (checked and formatted with
`phonenumbers`), e-mail addresses, card numbers (Luhn), IBANs (ISO 13616 check digits), US
social security numbers, IP addresses and bank account numbers. Every generator takes a
`random.Random` so the part is the same on every run."""

from __future__ import annotations

import ipaddress
import random
import re
import unicodedata

import phonenumbers
from phonenumbers import PhoneNumberFormat

from appliance.testing.pii_corpus.validity import iban_check_digits_ok, luhn_ok, ssn_ok

# Country calling codes and national number shapes: (leading digits, total length).
_CALLING = {
    "GB": "44",
    "IE": "353",
    "US": "1",
    "CA": "1",
    "FR": "33",
    "DE": "49",
    "ES": "34",
    "IT": "39",
    "NL": "31",
    "SE": "46",
    "PL": "48",
    "TR": "90",
    "IN": "91",
    "NG": "234",
    "KE": "254",
    "ZA": "27",
    "BR": "55",
    "MX": "52",
    "JP": "81",
    "KR": "82",
    "AU": "61",
    "NZ": "64",
    "PT": "351",
    "PH": "63",
    "ID": "62",
    "VN": "84",
    "EG": "20",
    "AE": "971",
    "GH": "233",
    "CO": "57",
    "CH": "41",
    "NO": "47",
    "BE": "32",
    "AT": "43",
    "DK": "45",
    "FI": "358",
    "GR": "30",
    "AR": "54",
    "CL": "56",
    "PE": "51",
    "MA": "212",
    "SN": "221",
    "TZ": "255",
    "ET": "251",
    "PK": "92",
    "BD": "880",
    "LK": "94",
    "NP": "977",
    "TH": "66",
    "MY": "60",
    "TW": "886",
    "CZ": "420",
    "HU": "36",
    "RO": "40",
    "UA": "380",
    "FJ": "679",
}
_SHAPES = {
    "GB": [
        ("74", 10),
        ("75", 10),
        ("77", 10),
        ("78", 10),
        ("79", 10),
        ("207", 10),
        ("161", 10),
        ("131", 10),
        ("117", 10),
        ("113", 10),
        ("1463", 10),
    ],
    "IE": [("87", 9), ("86", 9), ("85", 9), ("83", 9), ("1", 8), ("91", 9)],
    "US": [
        (a, 10)
        for a in (
            "503",
            "520",
            "410",
            "912",
            "208",
            "505",
            "409",
            "414",
            "412",
            "808",
            "617",
            "206",
            "312",
            "718",
        )
    ],
    "CA": [(a, 10) for a in ("902", "204", "306", "819", "416", "604", "867")],
    "FR": [("6", 9), ("7", 9), ("1", 9), ("4", 9), ("2", 9), ("5", 9)],
    "DE": [
        ("151", 11),
        ("160", 11),
        ("170", 11),
        ("176", 11),
        ("341", 10),
        ("421", 10),
        ("761", 10),
        ("251", 10),
        ("30", 10),
    ],
    "ES": [("6", 9), ("95", 9), ("94", 9), ("976", 9), ("91", 9)],
    "IT": [("3", 10), ("06", 10), ("011", 10), ("081", 10), ("040", 9)],
    "NL": [("6", 9), ("30", 9), ("50", 9), ("10", 9), ("20", 9)],
    "SE": [("70", 9), ("72", 9), ("73", 9), ("31", 9), ("40", 9)],
    "PL": [("5", 9), ("6", 9), ("7", 9), ("12", 9), ("58", 9), ("32", 9)],
    "TR": [("53", 10), ("54", 10), ("50", 10), ("232", 10), ("462", 10), ("342", 10)],
    "IN": [("98", 10), ("97", 10), ("94", 10), ("88", 10), ("70", 10), ("62", 10)],
    "NG": [("803", 10), ("806", 10), ("813", 10), ("703", 10), ("905", 10), ("802", 10)],
    "KE": [("712", 9), ("722", 9), ("733", 9), ("110", 9), ("701", 9)],
    "ZA": [("82", 9), ("83", 9), ("72", 9), ("31", 9), ("51", 9), ("11", 9)],
    "BR": [("819", 11), ("319", 11), ("119", 11), ("219", 11)],
    "MX": [("55", 10), ("33", 10), ("999", 10), ("951", 10)],
    "JP": [("90", 10), ("80", 10), ("92", 10), ("22", 10), ("52", 10)],
    "KR": [("10", 10), ("51", 9), ("53", 9), ("63", 9)],
    "AU": [("4", 9), ("3", 9), ("7", 9), ("8", 9)],
    "NZ": [("21", 9), ("22", 9), ("27", 9), ("3", 8), ("7", 8)],
    "PT": [("91", 9), ("93", 9), ("96", 9), ("239", 9), ("253", 9)],
    "PH": [("917", 10), ("918", 10), ("927", 10), ("32", 9)],
    "ID": [("812", 11), ("813", 11), ("856", 11), ("274", 9), ("31", 9)],
    "VN": [("90", 9), ("91", 9), ("98", 9), ("236", 10), ("225", 10)],
    "EG": [("10", 10), ("11", 10), ("12", 10), ("3", 8)],
    "AE": [("50", 9), ("55", 9), ("56", 9), ("4", 8)],
    "GH": [("24", 9), ("20", 9), ("54", 9), ("55", 9)],
    "CO": [("300", 10), ("310", 10), ("315", 10), ("320", 10)],
    "CH": [("79", 9), ("78", 9), ("76", 9), ("61", 9), ("21", 9)],
    "NO": [("4", 8), ("9", 8), ("77", 8), ("51", 8)],
}
PHONE_REGIONS = tuple(_SHAPES)


def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def _variants(num: phonenumbers.PhoneNumber, region: str) -> dict[str, str]:
    intl = phonenumbers.format_number(num, PhoneNumberFormat.INTERNATIONAL)
    nat = phonenumbers.format_number(num, PhoneNumberFormat.NATIONAL)
    e164 = phonenumbers.format_number(num, PhoneNumberFormat.E164)
    out = {"intl": intl, "nat": nat, "e164": e164}
    out["00"] = "00" + intl[1:]
    out["dots"] = re.sub(r"[ -]", ".", intl if region not in ("FR", "US", "CA") else nat)
    out["plain"] = re.sub(r"\D", "", nat)
    out["hyph"] = re.sub(r"[ .]+", "-", nat.replace("(", "").replace(")", ""))
    parts = nat.split(" ", 1)
    if len(parts) == 2 and parts[0].startswith("0") and parts[0].isdigit():
        out["brk"] = f"({parts[0]}) {parts[1]}"
        cc = intl.split(" ", 1)
        if len(cc) == 2:
            out["paren0"] = f"{cc[0]} (0){cc[1]}"
    if region in ("US", "CA"):
        out["dots"] = re.sub(r"\D", ".", nat.replace("(", "")).replace("..", ".")
        out["dots"] = out["dots"].strip(".")
        out["one"] = "1-" + out["hyph"]
        out["plusparen"] = "+1 " + nat
    return {k: v for k, v in out.items() if phone_ok(v, region, num)}


def phone_ok(text: str, region: str, same: phonenumbers.PhoneNumber | None = None) -> bool:
    """Whether a phone number as written is a valid number of the given region."""
    try:
        num = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return False
    if not phonenumbers.is_valid_number(num):
        return False
    if phonenumbers.region_code_for_number(num) != region:
        return False
    if same is not None and (num.national_number, num.country_code) != (
        same.national_number,
        same.country_code,
    ):
        return False
    return True


_FORMAT_WEIGHTS = {
    "intl": 6,
    "nat": 6,
    "e164": 2,
    "00": 2,
    "dots": 1,
    "plain": 2,
    "hyph": 1,
    "brk": 1,
    "paren0": 1,
    "one": 1,
    "plusparen": 1,
}


def phone(rng: random.Random, region: str, fmt: str | None = None) -> str:
    """A valid phone number of a region, written in one of the ways people write it."""
    for _ in range(400):
        lead, length = rng.choice(_SHAPES[region])
        nsn = lead + _digits(rng, length - len(lead))
        try:
            num = phonenumbers.parse("+" + _CALLING[region] + nsn, None)
        except phonenumbers.NumberParseException:
            continue
        if not phonenumbers.is_valid_number(num):
            continue
        if phonenumbers.region_code_for_number(num) != region:
            continue
        variants = _variants(num, region)
        if fmt is not None:
            if fmt in variants:
                return variants[fmt]
            continue
        keys = sorted(variants)
        return variants[rng.choices(keys, [_FORMAT_WEIGHTS.get(k, 1) for k in keys])[0]]
    raise ValueError(f"no valid phone number for {region} {fmt}")


# Cards --------------------------------------------------------------------------------


def _luhn_complete(rng: random.Random, prefix: str, length: int) -> str:
    body = prefix + _digits(rng, length - len(prefix) - 1)
    for last in "0123456789":
        if luhn_ok(body + last):
            return body + last
    raise AssertionError


def card(rng: random.Random, brand: str | None = None, sep: str | None = None) -> str:
    brand = brand or rng.choice(["visa", "visa", "mc", "mc", "amex", "discover"])
    if brand == "visa":
        number = _luhn_complete(rng, "4", rng.choice([16, 16, 16, 13]))
    elif brand == "mc":
        number = _luhn_complete(rng, rng.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16)
    elif brand == "amex":
        number = _luhn_complete(rng, rng.choice(["34", "37"]), 15)
    else:
        number = _luhn_complete(rng, rng.choice(["6011", "644", "65"]), 16)
    sep = sep if sep is not None else rng.choice([" ", " ", "-", ""])
    if not sep:
        return number
    if len(number) == 15:
        groups = [number[:4], number[4:10], number[10:]]
    elif len(number) == 13:
        groups = [number[:4], number[4:7], number[7:10], number[10:]]
    else:
        groups = [number[i : i + 4] for i in range(0, len(number), 4)]
    return sep.join(groups)


# IBANs --------------------------------------------------------------------------------

# BBAN layouts: "n" digit, "a" capital letter; bank codes where the country has letters.
_BBAN = {
    "DE": ("", "n" * 18),
    "GB": ("NWBK BARC LOYD MIDL HBUK", "n" * 14),
    "FR": ("", "n" * 23),
    "ES": ("", "n" * 20),
    "IT": ("X", "n" * 22),
    "NL": ("ABNA INGB RABO TRIO SNSB", "n" * 10),
    "BE": ("", "n" * 12),
    "CH": ("", "n" * 17),
    "AT": ("", "n" * 16),
    "PL": ("", "n" * 24),
    "PT": ("", "n" * 21),
    "SE": ("", "n" * 20),
    "NO": ("", "n" * 11),
    "DK": ("", "n" * 14),
    "FI": ("", "n" * 14),
    "IE": ("AIBK BOFI IPBS", "n" * 14),
    "TR": ("", "n" * 5 + "0" + "n" * 16),
    "AE": ("", "n" * 19),
    "GR": ("", "n" * 23),
    "RO": ("BTRL RNCB BRDE", "n" * 16),
    "HU": ("", "n" * 24),
    "CZ": ("", "n" * 20),
    "SA": ("", "n" * 20),
}
IBAN_COUNTRIES = tuple(_BBAN)


def iban(rng: random.Random, country: str | None = None, spaced: bool | None = None) -> str:
    country = country or rng.choice(IBAN_COUNTRIES)
    banks, layout = _BBAN[country]
    if banks == "X":
        bban = rng.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ") + "".join(
            str(rng.randrange(10)) if ch == "n" else ch for ch in layout
        )
    else:
        bank = rng.choice(banks.split()) if banks else ""
        bban = bank + "".join(str(rng.randrange(10)) if ch == "n" else ch for ch in layout)
    numeric = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    check = 98 - int(numeric) % 97
    value = f"{country}{check:02d}{bban}"
    assert iban_check_digits_ok(value)
    spaced = rng.random() < 0.6 if spaced is None else spaced
    if spaced:
        value = " ".join(value[i : i + 4] for i in range(0, len(value), 4))
    return value


# US social security numbers, IPs, bank account numbers -------------------------------


def ssn(rng: random.Random, fmt: str | None = None) -> str:
    while True:
        area = rng.randrange(1, 900)
        if area == 666:
            continue
        digits = f"{area:03d}{rng.randrange(1, 100):02d}{rng.randrange(1, 10000):04d}"
        if ssn_ok(digits):
            break
    fmt = fmt or rng.choice(["dash"] * 6 + ["space", "plain"])
    if fmt == "plain":
        return digits
    sep = "-" if fmt == "dash" else " "
    return f"{digits[:3]}{sep}{digits[3:5]}{sep}{digits[5:]}"


_PUBLIC_V4 = (31, 37, 45, 62, 77, 81, 85, 91, 103, 141, 151, 176, 185, 195, 203, 212, 217)


def ipv4(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.25:
        return f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"
    if kind < 0.45:
        return f"192.168.{rng.randrange(256)}.{rng.randrange(1, 255)}"
    if kind < 0.55:
        return f"172.{rng.randrange(16, 32)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"
    first = rng.choice(_PUBLIC_V4)
    return f"{first}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"


def ipv6(rng: random.Random) -> str:
    prefix = rng.choice(["2001:db8", "2a02:c7f", "2a01:4f8", "2600:1700", "fe80:0", "2406:da18"])
    groups = prefix.split(":") + [f"{rng.randrange(65536):x}" for _ in range(6)]
    if rng.random() < 0.5:
        groups[3:6] = ["0", "0", "0"]
    return str(ipaddress.IPv6Address(":".join(groups)))


def account(rng: random.Random, fmt: str | None = None) -> str:
    fmt = fmt or rng.choice(["uk", "uk", "us", "long", "hyph"])
    if fmt == "uk":
        return _digits(rng, 8)
    if fmt == "us":
        return str(rng.randrange(1, 10)) + _digits(rng, rng.choice([9, 10, 11]))
    if fmt == "long":
        return "00" + _digits(rng, rng.choice([10, 12]))
    return f"{_digits(rng, 4)}-{_digits(rng, rng.choice([6, 7, 8]))}"


# E-mail addresses ---------------------------------------------------------------------

FREEMAIL = (
    "gmail.com",
    "outlook.com",
    "hotmail.co.uk",
    "yahoo.fr",
    "gmx.de",
    "web.de",
    "proton.me",
    "icloud.com",
    "libero.it",
    "orange.fr",
    "wp.pl",
    "seznam.cz",
    "yandex.ru",
    "naver.com",
    "rediffmail.com",
    "yahoo.co.in",
    "bigpond.com",
    "xtra.co.nz",
    "uol.com.br",
    "hotmail.es",
    "telenet.be",
    "ziggo.nl",
    "bluewin.ch",
    "t-online.de",
    "btinternet.com",
    "fastmail.com",
    "zoho.com",
    "mail.ee",
    "inbox.lv",
    "abv.bg",
    "sapo.pt",
    "yahoo.com.ph",
    "ymail.com",
)


def ascii_fold(text: str) -> str:
    table = {
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "Æ": "Ae",
        "ß": "ss",
        "đ": "d",
        "Đ": "D",
        "ł": "l",
        "Ł": "L",
        "ð": "d",
        "Ð": "D",
        "þ": "th",
        "ı": "i",
        "ʻ": "",
    }
    text = "".join(table.get(ch, ch) for ch in text)
    norm = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in norm if not unicodedata.combining(ch))


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", ascii_fold(text).lower())


def personal_email(rng: random.Random, given: str, family: str, domain: str | None = None) -> str:
    g, f = _slug(given), _slug(family)
    if not f:
        parts = [_slug(p) for p in given.split()]
        g, f = parts[0], "".join(parts[1:]) or parts[0]
    year = str(rng.choice([79, 84, 88, 91, 93, 95, 97, 99, 2001, 2003, 7, 12, 21]))
    local = rng.choice(
        [
            f"{g}.{f}",
            f"{g}.{f}",
            f"{g[0]}.{f}",
            f"{g}{f}",
            f"{g}_{f}",
            f"{g}{year}",
            f"{f}.{g}",
            f"{g}.{f}{year}",
            f"{g[0]}{f}",
        ]
    )
    return f"{local}@{domain or rng.choice(FREEMAIL)}"


EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")
