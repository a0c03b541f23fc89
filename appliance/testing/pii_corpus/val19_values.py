"""Values for val19: phone numbers of 34 regions (drawn from hand-written number plans, each
checked with `phonenumbers.is_valid_number`, written in national, international, E.164,
RFC 3966-like, "00" and plain forms), Luhn-valid card numbers, IBANs of 16 countries with
computed check digits, US social security numbers by the issuing rules, IPv4 and IPv6
addresses, bank account numbers and e-mail addresses; and the numeric decoys (order numbers,
tracking codes, ISBNs, versions, dates, prices) that clean and personal prompts share.

Written blind for this part: the author read only the package's `__init__.py` and
`validity.py` (whose checks the tests apply).
"""

from __future__ import annotations

import random
import string

import phonenumbers

from appliance.testing.pii_corpus.val19_names import fold
from appliance.testing.pii_corpus.validity import iban_check_digits_ok, luhn_ok, ssn_ok

# region: national significant number plans, each (leading digits, count of random digits)
_PHONE_PLANS: dict[str, tuple[tuple[str, int], ...]] = {
    "US": (("212", 7), ("415", 7), ("617", 7), ("503", 7), ("720", 7), ("312", 7)),
    "CA": (("416", 7), ("604", 7), ("514", 7), ("902", 7)),
    "GB": (("7700", 6), ("7911", 6), ("7486", 6), ("20", 8), ("161", 7), ("131", 7)),
    "IE": (("83", 7), ("85", 7), ("87", 7), ("1", 7)),
    "DE": (("151", 8), ("160", 7), ("176", 8), ("30", 8), ("89", 8)),
    "AT": (("664", 7), ("676", 7), ("1", 7)),
    "CH": (("79", 7), ("78", 7), ("44", 7)),
    "FR": (("6", 8), ("7", 8), ("1", 8), ("4", 8)),
    "BE": (("47", 7), ("49", 7), ("2", 7)),
    "NL": (("6", 8), ("20", 7)),
    "ES": (("6", 8), ("91", 7), ("93", 7)),
    "PT": (("91", 7), ("93", 7), ("96", 7)),
    "IT": (("33", 8), ("34", 8), ("06", 8)),
    "SE": (("70", 7), ("73", 7)),
    "NO": (("4", 7), ("9", 7)),
    "DK": (("2", 7), ("4", 7)),
    "FI": (("40", 7), ("50", 7)),
    "PL": (("5", 8), ("6", 8), ("7", 8)),
    "CZ": (("6", 8), ("7", 8)),
    "GR": (("69", 8),),
    "TR": (("53", 8), ("54", 8)),
    "IN": (("98", 8), ("87", 8), ("70", 8)),
    "AU": (("4", 8), ("2", 8)),
    "NZ": (("21", 7), ("22", 7), ("27", 7)),
    "BR": (("119", 8), ("219", 8), ("419", 8)),
    "MX": (("55", 8), ("33", 8)),
    "JP": (("90", 8), ("80", 8), ("3", 8)),
    "KR": (("10", 8),),
    "SG": (("8", 7), ("9", 7)),
    "ZA": (("82", 7), ("72", 7), ("21", 7)),
    "NG": (("803", 7), ("806", 7)),
    "KE": (("71", 7), ("72", 7)),
    "AE": (("50", 7), ("55", 7)),
    "PH": (("917", 7), ("918", 7)),
}
PHONE_REGIONS = tuple(_PHONE_PLANS)
PHONE_FORMATS = ("intl", "nat", "e164", "rfc", "idd", "plain", "nat", "intl", "dots")


def _phone_number(rng: random.Random, region: str) -> phonenumbers.PhoneNumber:
    code = phonenumbers.country_code_for_region(region)
    for _ in range(200):
        lead, count = rng.choice(_PHONE_PLANS[region])
        first = str(rng.randint(2, 9)) if region in ("US", "CA") else str(rng.randint(0, 9))
        digits = lead + first + "".join(str(rng.randint(0, 9)) for _ in range(count - 1))
        number = phonenumbers.parse(f"+{code}{digits}")
        if phonenumbers.is_valid_number(number):
            return number
    raise RuntimeError(f"no valid number drawn for {region}")


def phone(rng: random.Random, region: str, fmt: str) -> str:
    """A valid phone number of `region` written in `fmt`."""
    number = _phone_number(rng, region)
    pnf = phonenumbers.PhoneNumberFormat
    intl = phonenumbers.format_number(number, pnf.INTERNATIONAL)
    nat = phonenumbers.format_number(number, pnf.NATIONAL)
    if fmt == "intl":
        text = intl
    elif fmt == "e164":
        text = phonenumbers.format_number(number, pnf.E164)
    elif fmt == "rfc":
        text = phonenumbers.format_number(number, pnf.RFC3966).removeprefix("tel:")
    elif fmt == "idd":
        text = "00" + intl[1:]
    elif fmt == "plain":
        text = "".join(ch for ch in nat if ch.isdigit())
    elif fmt == "dots":
        text = ".".join(nat.replace("(", "").replace(")", "").replace("-", " ").split())
    else:
        text = nat
    check_region = None if text.startswith("+") else region
    try:
        ok = phonenumbers.is_valid_number(phonenumbers.parse(text, check_region))
    except phonenumbers.NumberParseException:
        ok = False
    return text if ok else intl


def card(rng: random.Random) -> str:
    """A Luhn-valid card number with Visa, Mastercard, Amex or Discover prefixes."""
    kind = rng.choice(("visa", "visa", "mc", "mc", "amex", "disc"))
    if kind == "amex":
        body, length = rng.choice(("34", "37")), 15
    elif kind == "mc":
        body, length = rng.choice(("51", "52", "53", "54", "55", "2221", "2720")), 16
    elif kind == "disc":
        body, length = "6011", 16
    else:
        body, length = "4", 16
    body += "".join(str(rng.randint(0, 9)) for _ in range(length - len(body) - 1))
    digits = next(body + d for d in "0123456789" if luhn_ok(body + d))
    sep = rng.choice((" ", " ", "-", ""))
    if length == 15:
        groups = [digits[:4], digits[4:10], digits[10:]]
    else:
        groups = [digits[i : i + 4] for i in range(0, 16, 4)]
    return sep.join(groups)


# country: BBAN pattern, "n" a digit, "a" a capital letter, "c" either
_IBAN_BBAN = {
    "DE": "n" * 18,
    "GB": "aaaa" + "n" * 14,
    "FR": "n" * 23,
    "ES": "n" * 20,
    "IT": "a" + "n" * 22,
    "NL": "aaaa" + "n" * 10,
    "BE": "n" * 12,
    "CH": "n" * 17,
    "AT": "n" * 16,
    "IE": "aaaa" + "n" * 14,
    "PL": "n" * 24,
    "PT": "n" * 21,
    "SE": "n" * 20,
    "DK": "n" * 14,
    "FI": "n" * 14,
    "NO": "n" * 11,
}
_BANK_CODES = {
    "GB": ("NWBK", "BARC", "LOYD", "MIDL"),
    "IE": ("AIBK", "BOFI"),
    "NL": ("ABNA", "RABO", "INGB", "TRIO"),
}


def iban(rng: random.Random, country: str | None = None) -> str:
    """An IBAN with correct check digits, grouped by four or compact."""
    country = country or rng.choice(tuple(_IBAN_BBAN))
    pattern = _IBAN_BBAN[country]
    chars = [
        rng.choice(string.ascii_uppercase) if p == "a" else str(rng.randint(0, 9)) for p in pattern
    ]
    if country in _BANK_CODES:
        chars[:4] = rng.choice(_BANK_CODES[country])
    bban = "".join(chars)
    numeric = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    check = 98 - int(numeric) % 97
    compact = f"{country}{check:02d}{bban}"
    assert iban_check_digits_ok(compact)
    if rng.random() < 0.6:
        return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
    return compact


def ssn(rng: random.Random) -> str:
    """A US social security number that follows the issuing rules."""
    while True:
        area = rng.randint(1, 899)
        group, serial = rng.randint(1, 99), rng.randint(1, 9999)
        value = f"{area:03d}-{group:02d}-{serial:04d}"
        if ssn_ok(value):
            break
    style = rng.random()
    if style < 0.65:
        return value
    if style < 0.85:
        return value.replace("-", " ")
    return value.replace("-", "")


def ipv4(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.25:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if kind < 0.4:
        return f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    first = rng.choice((23, 31, 45, 62, 77, 81, 86, 91, 102, 109, 145, 178, 185, 203, 212))
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng: random.Random) -> str:
    head = rng.choice(("2001:db8", "2a02:8109", "2600:1700", "2a01:4f8", "fd12:3456", "2001:16b8"))
    groups = [f"{rng.randint(0, 0xFFFF):x}" for _ in range(rng.choice((2, 3, 6)))]
    if len(groups) == 6:
        return head + ":" + ":".join(groups)
    return head + ":" + ":".join(groups[:1]) + "::" + ":".join(groups[1:])


def account(rng: random.Random) -> str:
    """A bank account number as people write it."""
    style = rng.random()
    if style < 0.45:
        return "".join(str(rng.randint(0, 9)) for _ in range(rng.choice((8, 10, 11, 12))))
    if style < 0.65:
        return f"{rng.randint(1000, 9999)}-{rng.randint(100000, 999999)}"
    if style < 0.8:
        return f"{rng.randint(10, 99)}-{rng.randint(1000, 9999)}-{rng.randint(1000000, 9999999)}-{rng.randint(0, 99):02d}"
    return f"{rng.randint(0, 9)}{rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(100, 999)}"


FREE_MAIL = (
    "gmail.com",
    "outlook.com",
    "yahoo.co.uk",
    "icloud.com",
    "web.de",
    "gmx.at",
    "orange.fr",
    "libero.it",
    "hotmail.es",
    "proton.me",
    "seznam.cz",
    "wp.pl",
    "bigpond.com",
    "rediffmail.com",
    "yandex.ru",
    "naver.com",
)
WORK_MAIL = (
    "petalandstem.co.uk",
    "boxfulclub.com",
    "greenfork-kits.com",
    "inkhouse-print.de",
    "lumenframe.studio",
    "halls-and-hire.com",
    "quickflow-plumbing.ie",
    "voltway.eu",
    "pedalpool.org",
    "northface-climbing.club",
    "saltspray-sailing.org",
    "plotholders.org.uk",
    "alumni.ridgemont.ac.uk",
    "pestaway.co.za",
    "brightkey-locks.com",
)
_HANDLE_WORDS = (
    "kayak",
    "sourdough",
    "tealeaf",
    "bluefin",
    "moss",
    "pixel",
    "allotment",
    "marathon",
    "harbour",
    "chalkbag",
    "bramble",
    "lighthouse",
)


def _squash(part: str) -> str:
    return "".join(ch for ch in fold(part).lower() if ch.isalnum())


def person_email(rng: random.Random, given: str, family: str, work: bool) -> str:
    g, f = _squash(given), _squash(family)
    domain = rng.choice(WORK_MAIL if work else FREE_MAIL)
    local = rng.choice(
        (f"{g}.{f}", f"{g[0]}{f}", f"{g}{f}{rng.randint(1, 99)}", f"{g}_{f}", f"{f}.{g}", g)
    )
    return f"{local}@{domain}"


def handle_email(rng: random.Random) -> str:
    word = rng.choice(_HANDLE_WORDS)
    return f"{word}{rng.choice(('.', '_', ''))}{rng.randint(7, 1999)}@{rng.choice(FREE_MAIL)}"


# ---- numeric and textual decoys shared by all templates ---------------------------------


def _isbn13(rng: random.Random) -> str:
    body = "978" + "".join(str(rng.randint(0, 9)) for _ in range(9))
    total = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(body))
    check = (10 - total % 10) % 10
    return f"{body[:3]}-{body[3]}-{body[4:8]}-{body[8:12]}-{check}"


def _not_luhn(rng: random.Random, n: int) -> str:
    while True:
        digits = "".join(str(rng.randint(0, 9)) for _ in range(n))
        if not luhn_ok(digits) and digits[0] != "0":
            return digits


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Sep", "Oct", "Nov", "Dec")


def decoy(rng: random.Random, kind: str) -> str | None:
    """A decoy value of `kind`, or None if there is no such kind here."""
    r = rng.randint
    if kind == "order":
        return f"{rng.choice(('ORD', 'RMA', 'RET', 'SO', 'WO', 'BX'))}-{r(2023, 2025)}-{r(10000, 99999)}"
    if kind == "onum":
        return str(r(10_000_000, 99_999_999))
    if kind == "date":
        d, m, y = r(1, 28), r(1, 12), r(2024, 2025)
        return rng.choice(
            (
                f"{y}-{m:02d}-{d:02d}",
                f"{d:02d}/{m:02d}/{y}",
                f"{d} {_MONTHS[m % 9]} {y}",
                f"{m}/{d}",
            )
        )
    if kind == "time":
        return rng.choice(
            (
                f"{r(7, 21):02d}:{rng.choice((0, 15, 30, 45)):02d}",
                f"{r(1, 11)}.{rng.choice(('00', '30'))}pm",
            )
        )
    if kind == "price":
        return f"{rng.choice(('£', '€', '$'))}{r(4, 480)}.{rng.choice(('00', '50', '99', '95'))}"
    if kind == "sku":
        return f"{''.join(rng.choice(string.ascii_uppercase) for _ in range(2))}-{r(1000, 9999)}-{rng.choice(('S', 'M', 'L', 'XL', 'A4', 'A3', '12'))}"
    if kind == "ver":
        return f"{r(1, 14)}.{r(0, 30)}.{r(0, 12)}"
    if kind == "build":
        return f"{r(2, 9)}.{r(10, 40)}.0.{r(256, 999)}"
    if kind == "hash":
        return "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice((7, 8, 12, 40))))
    if kind == "ticket":
        return f"{rng.choice(('JOB', 'TKT', 'INC', 'SR', 'CASE', 'LF'))}-{r(1000, 99999)}"
    if kind == "track":
        return rng.choice(
            (
                f"1Z{r(100, 999)}X{r(10, 99)}{r(1000000000, 9999999999)}",
                f"{rng.choice(('RB', 'JD', 'LX'))}{r(100000000, 999999999)}GB",
                f"{r(1000, 9999)} {r(1000, 9999)} {r(1000, 9999)} {r(10, 99)}",
            )
        )
    if kind == "isbn":
        return _isbn13(rng)
    if kind == "giftcode":
        d = _not_luhn(rng, 16)
        return " ".join(d[i : i + 4] for i in range(0, 16, 4))
    if kind == "member":
        return f"M{r(100000, 999999)}"
    if kind == "n":
        return str(r(2, 48))
    if kind == "pct":
        return f"{r(5, 95)}%"
    if kind == "year":
        return str(r(1998, 2025))
    if kind == "port":
        return str(rng.choice((5432, 6379, 8080, 8443, 9200, 3000)))
    if kind == "dur":
        return rng.choice((f"{r(2, 59)} min", f"{r(1, 9)}h {r(1, 59)}m", f"{r(20, 900)}ms"))
    if kind == "plate":
        return f"{rng.choice(('KX', 'BD', 'YR', 'LN'))}{r(10, 73)} {''.join(rng.choice('ABCDEFGHJKLMNPRSTVWXY') for _ in range(3))}"
    if kind == "bib":
        return str(r(100, 9999))
    if kind == "shelf":
        return f"{r(100, 999)}.{r(1, 99)} {''.join(rng.choice(string.ascii_uppercase) for _ in range(3))}"
    if kind == "kwh":
        return f"{r(3, 80)}.{r(0, 9)} kWh"
    if kind == "icsdate":
        return f"{r(2024, 2025)}{r(1, 12):02d}{r(1, 28):02d}T{r(8, 20):02d}{rng.choice(('00', '30'))}00Z"
    if kind == "sortcode":
        return f"{r(10, 99)}-{r(10, 99)}-{r(10, 99)}"
    if kind == "plot":
        return f"{rng.choice('ABCDEFG')}{r(1, 40)}"
    return None
