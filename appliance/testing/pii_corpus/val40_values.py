"""Structured values and decoys for val40: phone numbers, e-mail addresses, card numbers,
IBANs, IP addresses, US social security numbers, bank account numbers, and the look-alike
decoys (order numbers, versions, hashes, ISBNs ...) that are never gold spans.

Every planted value is drawn from patterns written here and checked before use: phone
numbers with `phonenumbers` (valid for their region, and parsed back to the same number in
the format written), cards by Luhn's check, IBANs by their check digits, SSNs by the issuing
rules."""

from __future__ import annotations

import random
import re
import string
import unicodedata

import phonenumbers
from phonenumbers import PhoneNumberFormat

from .validity import iban_check_digits_ok, luhn_ok, ssn_ok

# Region -> leading digits of the national significant number and its length.
PHONE_PLANS: dict[str, list[tuple[str, int]]] = {
    "GB": [("7", 10), ("20", 10), ("161", 10), ("131", 10), ("117", 10), ("29", 10)],
    "IE": [("83", 9), ("85", 9), ("86", 9), ("87", 9), ("1", 8), ("21", 9)],
    "US": [(a, 10) for a in ("212", "415", "312", "617", "206", "503", "713", "404", "612")],
    "CA": [(a, 10) for a in ("416", "604", "514", "403", "902", "204")],
    "DE": [("151", 11), ("160", 11), ("176", 11), ("170", 11), ("30", 10), ("89", 10)],
    "FR": [("6", 9), ("7", 9), ("1", 9), ("4", 9), ("5", 9)],
    "ES": [("6", 9), ("91", 9), ("93", 9), ("95", 9)],
    "IT": [("34", 10), ("33", 10), ("32", 10), ("06", 10), ("02", 10)],
    "NL": [("6", 9), ("20", 9), ("10", 9), ("30", 9)],
    "BE": [("47", 9), ("48", 9), ("49", 9), ("2", 8)],
    "SE": [("70", 9), ("72", 9), ("73", 9), ("76", 9)],
    "NO": [("4", 8), ("9", 8)],
    "DK": [("2", 8), ("3", 8), ("4", 8), ("5", 8)],
    "FI": [("40", 9), ("44", 9), ("45", 9), ("50", 9)],
    "PL": [("50", 9), ("51", 9), ("60", 9), ("66", 9), ("69", 9), ("72", 9), ("79", 9)],
    "PT": [("91", 9), ("92", 9), ("93", 9), ("96", 9), ("21", 9)],
    "CH": [("76", 9), ("78", 9), ("79", 9), ("44", 9)],
    "TR": [("50", 10), ("53", 10), ("54", 10), ("55", 10)],
    "IN": [("98", 10), ("97", 10), ("99", 10), ("88", 10), ("70", 10), ("63", 10)],
    "PK": [("30", 10), ("31", 10), ("32", 10), ("33", 10)],
    "BR": [(d + "9", 11) for d in ("11", "21", "31", "41", "51", "71", "81", "85")],
    "MX": [("55", 10), ("33", 10), ("81", 10)],
    "CO": [("30", 10), ("31", 10), ("32", 10)],
    "NG": [("803", 10), ("806", 10), ("813", 10), ("703", 10), ("905", 10), ("816", 10)],
    "GH": [("24", 9), ("20", 9), ("54", 9), ("55", 9)],
    "KE": [("70", 9), ("71", 9), ("72", 9)],
    "ZA": [("82", 9), ("83", 9), ("72", 9), ("73", 9), ("61", 9)],
    "EG": [("10", 10), ("11", 10), ("12", 10)],
    "AE": [("50", 9), ("52", 9), ("55", 9), ("56", 9)],
    "JP": [("90", 10), ("80", 10), ("70", 10), ("3", 9)],
    "KR": [("10", 10)],
    "SG": [("8", 8), ("9", 8)],
    "ID": [("812", 11), ("813", 11), ("852", 11)],
    "PH": [("917", 10), ("918", 10), ("927", 10)],
    "VN": [("90", 9), ("91", 9), ("98", 9), ("32", 9)],
    "AU": [("4", 9), ("2", 9), ("3", 9)],
    "NZ": [("21", 9), ("22", 9), ("27", 9)],
}

# Formats that a person or a program writes a number in (a name -> how to make it).
PHONE_FORMATS = ("intl", "e164", "nat", "00", "natc", "dots", "dash", "intld", "br0", "brarea")
_TRUNK_ZERO = {"GB", "DE", "NL", "CH", "AU", "NZ", "IE", "BE", "FR"}
_AREA_BRACKETS = {"GB", "DE", "NL", "AU", "NZ", "IE", "BE", "CH", "AT", "ZA", "PL"}


def _phone_variants(num: phonenumbers.PhoneNumber, region: str) -> dict[str, str]:
    intl = phonenumbers.format_number(num, PhoneNumberFormat.INTERNATIONAL)
    nat = phonenumbers.format_number(num, PhoneNumberFormat.NATIONAL)
    out = {
        "intl": intl,
        "e164": phonenumbers.format_number(num, PhoneNumberFormat.E164),
        "nat": nat,
        "00": "00" + intl[1:],
        "natc": re.sub(r"[\s().-]", "", nat),
        "intld": re.sub(r"\s+", "-", intl),
    }
    if "(" not in nat:
        out["dots"] = re.sub(r"[\s-]+", ".", nat)
        out["dash"] = re.sub(r"\s+", "-", nat)
        head, sep, tail = nat.partition(" ")
        if sep and head.startswith("0") and region in _AREA_BRACKETS:
            out["brarea"] = f"({head}) {tail}"
    else:
        out["dots"] = re.sub(r"[\s()-]+", ".", nat).strip(".")
        out["brarea"] = nat
    if region in _TRUNK_ZERO:
        cc, _, rest = intl.partition(" ")
        out["br0"] = f"{cc} (0){rest}"
    return out


def phone_ok(value: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(value, region))
    except phonenumbers.NumberParseException:
        return False


class Phone:
    """One number, in every format that parses back to it."""

    def __init__(self, rng: random.Random, region: str | None = None):
        self.region = region or rng.choice(sorted(PHONE_PLANS))
        for _ in range(500):
            lead, length = rng.choice(PHONE_PLANS[self.region])
            digits = lead + "".join(rng.choice(string.digits) for _ in range(length - len(lead)))
            num = phonenumbers.parse("+" + str(_cc(self.region)) + digits, self.region)
            if phonenumbers.is_valid_number(num):
                break
        else:  # pragma: no cover - the plans above always yield valid numbers
            raise ValueError(f"no valid number for {self.region}")
        self.variants = {}
        for name, value in _phone_variants(num, self.region).items():
            try:
                again = phonenumbers.parse(value, self.region)
            except phonenumbers.NumberParseException:
                continue
            if phonenumbers.is_valid_number(again) and again.national_number == num.national_number:
                self.variants[name] = value
        weights = {"intl": 5, "nat": 5, "e164": 2, "00": 1, "natc": 1, "dots": 1, "dash": 1}
        weights |= {"intld": 1, "br0": 1, "brarea": 2}
        names = [n for n in PHONE_FORMATS if n in self.variants]
        self.default = rng.choices(names, [weights[n] for n in names])[0]

    def text(self, fmt: str | None = None) -> str:
        return self.variants.get(fmt or self.default, self.variants[self.default])


def _cc(region: str) -> int:
    return phonenumbers.country_code_for_region(region)


# --- cards ---------------------------------------------------------------------------------

CARD_KINDS = {
    "visa": (("4",), 16),
    "visa13": (("4",), 13),
    "mc": (("51", "52", "53", "54", "55", "2221", "2304", "2720"), 16),
    "amex": (("34", "37"), 15),
    "disc": (("6011", "644", "65"), 16),
}


def card(rng: random.Random, kind: str | None = None, fmt: str | None = None) -> str:
    kind = kind or rng.choices(["visa", "mc", "amex", "disc", "visa13"], [6, 5, 3, 2, 1])[0]
    prefixes, length = CARD_KINDS[kind]
    body = rng.choice(prefixes)
    body += "".join(rng.choice(string.digits) for _ in range(length - 1 - len(body)))
    for check in string.digits:
        if luhn_ok(body + check):
            digits = body + check
            break
    fmt = fmt or rng.choice(["sp", "sp", "dash", "compact"])
    if fmt == "compact" or length == 13:
        return digits
    groups = (
        [digits[:4], digits[4:10], digits[10:]]
        if length == 15
        else [digits[i : i + 4] for i in range(0, length, 4)]
    )
    return (" " if fmt == "sp" else "-").join(groups)


# --- IBANs ----------------------------------------------------------------------------------

# Country -> BBAN pattern: n digits, a upper-case letters, c letters or digits.
IBAN_BBAN = {
    "DE": "18n",
    "GB": "4a14n",
    "FR": "10n11c2n",
    "ES": "20n",
    "IT": "1a10n12c",
    "NL": "4a10n",
    "BE": "12n",
    "PL": "24n",
    "PT": "21n",
    "SE": "20n",
    "CH": "5n12c",
    "AT": "16n",
    "IE": "4a14n",
    "NO": "11n",
    "DK": "14n",
    "FI": "14n",
    "TR": "5n1n16n",
    "AE": "19n",
    "RO": "4a16c",
    "GR": "7n16n",
}
_GB_BANKS = ["NWBK", "BARC", "LOYD", "MIDL", "HBUK", "MONZ"]
_IE_BANKS = ["AIBK", "BOFI", "IPBS"]
_NL_BANKS = ["ABNA", "INGB", "RABO", "TRIO", "SNSB"]
_RO_BANKS = ["BTRL", "RNCB", "BRDE", "INGB"]


def iban(rng: random.Random, country: str | None = None, fmt: str | None = None) -> str:
    country = country or rng.choice(sorted(IBAN_BBAN))
    pattern = IBAN_BBAN[country]
    bban = ""
    for count, kind in re.findall(r"(\d+)([nac])", pattern):
        count = int(count)
        if kind == "a" and count == 4:
            banks = {"GB": _GB_BANKS, "IE": _IE_BANKS, "NL": _NL_BANKS, "RO": _RO_BANKS}
            bban += rng.choice(banks[country])
        elif kind == "a":
            bban += "".join(rng.choice(string.ascii_uppercase) for _ in range(count))
        elif kind == "c":
            pool = string.digits * 8 + string.ascii_uppercase
            bban += "".join(rng.choice(pool) for _ in range(count))
        else:
            bban += "".join(rng.choice(string.digits) for _ in range(count))
    if country == "TR":
        bban = bban[:5] + "0" + bban[6:]
    moved = bban + country + "00"
    check = 98 - int("".join(str(int(ch, 36)) for ch in moved)) % 97
    value = f"{country}{check:02d}{bban}"
    assert iban_check_digits_ok(value)
    fmt = fmt or rng.choice(["sp", "sp", "compact"])
    if fmt == "compact":
        return value
    return " ".join(value[i : i + 4] for i in range(0, len(value), 4))


# --- IPs, SSNs, accounts --------------------------------------------------------------------


def ip4(rng: random.Random, kind: str | None = None) -> str:
    kind = kind or rng.choice(["pub", "pub", "priv", "doc"])
    r = rng.randint
    if kind == "priv":
        return rng.choice(
            [f"10.{r(0, 254)}.{r(0, 254)}.{r(2, 254)}", f"192.168.{r(0, 20)}.{r(2, 254)}"]
            + [f"172.{r(16, 31)}.{r(0, 254)}.{r(2, 254)}"]
        )
    if kind == "doc":
        return rng.choice(["192.0.2", "198.51.100", "203.0.113"]) + f".{r(2, 254)}"
    first = rng.choice([31, 41, 62, 77, 81, 85, 91, 102, 105, 145, 151, 177, 185, 196, 213])
    return f"{first}.{r(1, 254)}.{r(0, 254)}.{r(2, 254)}"


def ip6(rng: random.Random) -> str:
    groups = [f"{rng.randint(0, 0xFFFF):x}" for _ in range(4)]
    head = rng.choice(["2001:db8", "2a02:c7f", "2600:1f18", "2001:4860", "fd12:3456", "2a01:4f8"])
    style = rng.choice(["full", "short", "short", "tail"])
    if style == "full":
        return f"{head}:{rng.randint(0, 0xFFFF):x}:{rng.randint(0, 0xFFFF):x}:" + ":".join(groups)
    if style == "tail":
        return f"{head}::{groups[0]}"
    return f"{head}:{groups[0]}::{groups[1]}:{groups[2]}"


def ssn(rng: random.Random, fmt: str | None = None) -> str:
    while True:
        area = rng.randint(1, 899)
        if area == 666:
            continue
        digits = f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        if ssn_ok(digits):
            break
    fmt = fmt or rng.choice(["dash", "dash", "dash", "sp", "compact"])
    if fmt == "compact":
        return digits
    sep = "-" if fmt == "dash" else " "
    return sep.join([digits[:3], digits[3:5], digits[5:]])


def account(rng: random.Random, fmt: str | None = None) -> str:
    fmt = fmt or rng.choice(["8", "8", "10", "12", "hy", "hy2"])
    d = lambda n: "".join(rng.choice(string.digits) for _ in range(n))  # noqa: E731
    if fmt == "hy":
        return f"{d(4)}-{d(6)}-{d(2)}"
    if fmt == "hy2":
        return f"{d(3)}-{d(7)}"
    return d(int(fmt))


# --- e-mail ---------------------------------------------------------------------------------

_FOLD = str.maketrans(
    {"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae"}
    | {"Æ": "AE", "þ": "th", "Þ": "Th", "ð": "d", "ı": "i", "'": "", "ʻ": "", "’": ""}
)


def ascii_fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


PERSONAL_DOMAINS = [
    "gmail.com",
    "gmail.com",
    "gmail.com",
    "outlook.com",
    "hotmail.com",
    "yahoo.com",
    "icloud.com",
    "proton.me",
    "web.de",
    "gmx.de",
    "orange.fr",
    "free.fr",
    "libero.it",
    "telenet.be",
    "ziggo.nl",
    "wp.pl",
    "seznam.cz",
    "naver.com",
    "163.com",
    "yahoo.co.jp",
    "bigpond.com",
    "xtra.co.nz",
    "rediffmail.com",
    "uol.com.br",
    "hotmail.es",
    "mail.ru",
    "yandex.com",
    "btinternet.com",
    "sapo.pt",
    "ukr.net",
]


def local_part(rng: random.Random, given: str, family: str) -> str:
    g = re.sub(r"[^a-z]", "", ascii_fold(given).lower().split()[0] if given else "")
    f = re.sub(r"[^a-z]", "", ascii_fold(family).lower()) if family else ""
    if not f:
        f, g = g, ""
    if not g:
        return f + rng.choice(["", str(rng.randint(1, 99)), str(rng.randint(1970, 2004))])
    style = rng.choice(["g.f", "g.f", "gf", "g_f", "if", "g.f#", "f.g", "g#", "i.f"])
    n = str(rng.randint(1, 99))
    return {
        "g.f": f"{g}.{f}",
        "gf": f"{g}{f}",
        "g_f": f"{g}_{f}",
        "if": f"{g[0]}{f}",
        "g.f#": f"{g}.{f}{n}",
        "f.g": f"{f}.{g}",
        "g#": f"{g}{f[:1]}{n}",
        "i.f": f"{g[0]}.{f}",
    }[style]


# --- decoys ---------------------------------------------------------------------------------

_MONTHS = "January February March April May June July August September October November December"
MONTHS = _MONTHS.split()
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
_NOVOWEL = "BCDFGHJKLMNPQRSTVWXZ"
_CUR = ["£", "€", "$", "CHF ", "USD ", "€"]


def _isbn13(rng: random.Random) -> str:
    body = "978" + rng.choice("0123") + "".join(rng.choice(string.digits) for _ in range(8))
    total = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    check = (10 - total % 10) % 10
    return f"{body[:3]}-{body[3]}-{body[4:8]}-{body[8:]}-{check}"


def _not_luhn(digits: str) -> str:
    if luhn_ok(digits):
        last = (int(digits[-1]) + 1) % 10
        digits = digits[:-1] + str(last)
    return digits


def _aba(rng: random.Random) -> str:
    """A US bank routing number (ABA checksum): a decoy beside an account number."""
    while True:
        d = [rng.randint(0, 9) for _ in range(9)]
        d[0] = rng.choice([0, 1, 2, 3])
        total = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]
        if total % 10 == 0:
            return "".join(map(str, d))


def decoy(rng: random.Random, kind: str) -> str:  # noqa: C901 - one table of small makers
    r = rng.randint
    d = lambda n: "".join(rng.choice(string.digits) for _ in range(n))  # noqa: E731
    up = lambda n: "".join(rng.choice(_NOVOWEL) for _ in range(n))  # noqa: E731
    year = r(2024, 2026)
    makers = {
        "order": lambda: rng.choice(
            [f"ORD-{year}-{d(6)}", f"#{up(1)}{d(5)}", f"PO-{d(7)}", f"SO{d(8)}", f"{d(3)}-{d(5)}"]
        ),
        "ref": lambda: rng.choice([f"{up(2)}{d(1)}{up(3)}", f"{up(1)}{d(2)}{up(2)}{d(1)}"]),
        "flight": lambda: (
            rng.choice(["BA", "LH", "KL", "AF", "TK", "EK", "QR", "SQ", "ET", "LA"])
            + rng.choice(["", " "])
            + str(r(11, 2999))
        ),
        "track": lambda: rng.choice(
            [f"1Z{up(3)}{d(11)}", f"RN{d(9)}GB", f"JJD{d(15)}", f"TRK-{d(4)}-{up(4)}"]
        ),
        "inv": lambda: rng.choice([f"INV-{d(6)}", f"{year}/INV/{d(4)}", f"FAC-{year}-{d(5)}"]),
        "date": lambda: rng.choice(
            [
                f"{r(1, 28)} {rng.choice(MONTHS)} {year}",
                f"{year}-{r(1, 12):02d}-{r(1, 28):02d}",
                f"{r(1, 28):02d}/{r(1, 12):02d}/{year}",
                f"{rng.choice(WEEKDAYS)} {r(1, 28)} {rng.choice(MONTHS)[:3]}",
            ]
        ),
        "icsdt": lambda: f"{year}{r(1, 12):02d}{r(1, 28):02d}T{r(7, 19):02d}{r(0, 5)}000Z",
        "dob": lambda: rng.choice(
            [
                f"{r(1938, 2006)}-{r(1, 12):02d}-{r(1, 28):02d}",
                f"{r(1, 28):02d}/{r(1, 12):02d}/{r(1938, 2006)}",
                f"{r(1, 28)} {rng.choice(MONTHS)} {r(1938, 2006)}",
            ]
        ),
        "gitdate": lambda: (
            f"{rng.choice(WEEKDAYS)[:3]} {rng.choice(MONTHS)[:3]} {r(1, 28)} "
            f"{r(7, 22):02d}:{r(0, 59):02d}:{r(0, 59):02d} {year} +0{rng.choice('0123')}00"
        ),
        "aba": lambda: _aba(rng),
        "studentid": lambda: f"S{r(18, 25)}{d(5)}",
        "mm": lambda: f"{r(1, 12):02d}",
        "few": lambda: str(r(2, 9)),
        "iso": lambda: f"{year}-{r(1, 12):02d}-{r(1, 28):02d}",
        "ts": lambda: (
            f"{year}-{r(1, 12):02d}-{r(1, 28):02d}T{r(0, 23):02d}:{r(0, 59):02d}:{r(0, 59):02d}Z"
        ),
        "time": lambda: f"{r(6, 21):02d}:{rng.choice(['00', '15', '30', '45', '10', '50'])}",
        "month": lambda: rng.choice(MONTHS),
        "weekday": lambda: rng.choice(WEEKDAYS),
        "year": lambda: str(year),
        "ver": lambda: rng.choice(
            [f"v{r(1, 9)}.{r(0, 20)}.{r(0, 9)}", f"{r(1, 5)}.{r(0, 30)}.{r(0, 12)}-rc{r(1, 4)}"]
        ),
        "hash": lambda: "".join(rng.choice("0123456789abcdef") for _ in range(7)),
        "sha": lambda: "".join(rng.choice("0123456789abcdef") for _ in range(40)),
        "price": lambda: rng.choice(
            [f"¥{r(300, 99000):,}"]
            + [f"{c}{r(3, 4999):,}.{rng.choice(['00', '50', '99', '95', '20'])}" for c in _CUR]
        ),
        "amount": lambda: f"{r(1000, 999999):,}",
        "pct": lambda: f"{r(0, 99)}.{r(0, 9)}%",
        "n": lambda: str(r(2, 48)),
        "sku": lambda: rng.choice([f"SKU-{d(5)}-{up(2)}", f"{up(2)}-{d(4)}-{up(3)}", f"{d(6)}"]),
        "isbn": lambda: _isbn13(rng),
        "doi": lambda: rng.choice(
            [f"10.1016/j.{rng.choice(['jclepro', 'envsoft', 'cell'])}.{year - 3}.{d(6)}"]
            + [f"10.1038/s{d(5)}-0{d(2)}-{d(5)}-{d(1)}", f"10.48550/arXiv.{r(21, 25)}{d(2)}.{d(5)}"]
        ),
        "room": lambda: rng.choice([f"{r(0, 5)}.{r(1, 40):02d}", f"{up(1)}{r(101, 499)}"]),
        "seat": lambda: f"{r(1, 44)}{rng.choice('ABCDEFK')}",
        "part": lambda: _not_luhn(d(14)),
        "port": lambda: str(rng.choice([443, 8443, 5432, 6379, 8080, 9092, 3306, 5671, 27017])),
        "hex": lambda: "#" + "".join(rng.choice("0123456789ABCDEF") for _ in range(6)),
        "uuid": lambda: "-".join(
            "".join(rng.choice("0123456789abcdef") for _ in range(k)) for k in (8, 4, 4, 4, 12)
        ),
        "build": lambda: f"{year}{r(1, 12):02d}{r(1, 28):02d}.{r(1, 19)}",
        "case": lambda: f"{rng.choice(['CASE', 'CR', 'REF', 'CLM'])}-{d(7)}",
        "ticket": lambda: (
            f"{rng.choice(['OPS', 'PLAT', 'DATA', 'WEB', 'ROTA', 'FIN'])}-{r(100, 9999)}"
        ),
        "pcode": lambda: f"{up(2)}{r(1, 20)} {r(1, 9)}{up(2)}",
        "bed": lambda: str(r(1, 32)),
        "ward": lambda: f"{r(1, 12)}{rng.choice('ABC')}",
        "bleep": lambda: d(4),
        "temp": lambda: f"{r(-5, 35)}.{r(0, 9)}°C",
        "kg": lambda: f"{r(2, 95)}.{r(0, 9)} kg",
        "km": lambda: f"{r(3, 900)} km",
        "lot": lambda: f"LOT {up(1)}{d(5)}",
        "sort": lambda: f"{r(10, 99)}-{d(2)}-{d(2)}",
        "qty": lambda: str(r(1, 240)),
        "mins": lambda: str(r(5, 95)),
        "score": lambda: f"{r(0, 4)}-{r(0, 4)}",
        "stock": lambda: f"STK{d(5)}",
        "grant": lambda: rng.choice([f"EP/{up(1)}{d(6)}/1", f"{r(101, 999)}{d(3)}-{year}"]),
        "icd": lambda: rng.choice(["K50.0", "K50.9", "C81.1", "G20", "G30.1", "I21.4", "J45.9"]),
        "cve": lambda: f"CVE-{year - 1}-{r(1000, 49999)}",
        "pr": lambda: str(r(100, 4800)),
        "line": lambda: str(r(12, 880)),
        "pid": lambda: str(r(1200, 65000)),
        "ms": lambda: str(r(3, 2400)),
        "mb": lambda: f"{r(1, 900)} MB",
    }
    return makers[kind]()
