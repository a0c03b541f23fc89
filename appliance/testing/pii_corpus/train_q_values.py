"""Structured values and decoys for `train_q`: phones (checked with `phonenumbers`), Luhn-valid
cards, IBANs with computed check digits, valid US SSNs, IPs, bank account numbers, and the
clean decoys (references, dates, versions, prices, SKUs, rooms, seats, hex colours)."""

from __future__ import annotations

import random
from functools import lru_cache

import phonenumbers
from phonenumbers import PhoneNumberFormat

PHONE_REGIONS = ("US", "GB", "DE", "FR", "ES", "IT", "NL", "IE", "AU", "IN", "BR", "MX",
                 "TR", "PT", "PL", "SE", "ZA", "NG", "KE", "CA", "JP", "CH", "BE")


@lru_cache(maxsize=1)
def _phone_pool() -> tuple[tuple[str, ...], ...]:
    rng = random.Random(4711)
    pool = []
    for region in PHONE_REGIONS:
        numbers: list[str] = []
        for kind in (phonenumbers.PhoneNumberType.MOBILE,
                     phonenumbers.PhoneNumberType.FIXED_LINE):
            ex = phonenumbers.example_number_for_type(region, kind)
            if ex is None:
                continue
            nsn = str(ex.national_number)
            tries = 0
            while tries < 60 and len(numbers) < 24:
                tries += 1
                tail = "".join(rng.choice("0123456789") for _ in range(4))
                cand = nsn[:-4] + tail
                num = phonenumbers.parse("+" + str(ex.country_code) + cand, None)
                if not phonenumbers.is_valid_number(num):
                    continue
                fmt = rng.choice((PhoneNumberFormat.INTERNATIONAL, PhoneNumberFormat.E164,
                                  PhoneNumberFormat.NATIONAL, PhoneNumberFormat.INTERNATIONAL))
                numbers.append(phonenumbers.format_number(num, fmt))
        pool.append(tuple(numbers))
    return tuple(pool)


def phone(rng: random.Random) -> str:
    return rng.choice(rng.choice(_phone_pool()))


def _luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def card(rng: random.Random) -> str:
    prefix, length = rng.choice((("4", 16), ("51", 16), ("53", 16), ("55", 16), ("2221", 16),
                                 ("34", 15), ("37", 15), ("6011", 16), ("4", 16)))
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    digits = body + _luhn_digit(body)
    sep = rng.choice((" ", "-", "", " "))
    if length == 15:
        return sep.join((digits[:4], digits[4:10], digits[10:]))
    return sep.join(digits[i:i + 4] for i in range(0, 16, 4))


_IBAN_SHAPES = {  # country: BBAN pattern (9 digit, A letter)
    "DE": "999999999999999999", "GB": "AAAA99999999999999", "FR": "99999999999999999999999",
    "NL": "AAAA9999999999", "ES": "99999999999999999999", "IT": "A9999999999999999999999",
    "BE": "999999999999", "AT": "9999999999999999", "CH": "99999999999999999",
    "PT": "999999999999999999999", "PL": "999999999999999999999999", "IE": "AAAA99999999999999",
    "TR": "999990999999999999999999", "SE": "99999999999999999999", "DK": "99999999999999",
}


def iban(rng: random.Random) -> str:
    country = rng.choice(tuple(_IBAN_SHAPES))
    bban = "".join(rng.choice("0123456789") if c == "9" else rng.choice("ABCDEFGHIJKLMNOPRSTW")
                   if c == "A" else c for c in _IBAN_SHAPES[country])
    moved = bban + country + "00"
    check = 98 - int("".join(str(int(ch, 36)) for ch in moved)) % 97
    compact = f"{country}{check:02d}{bban}"
    if rng.random() < 0.6:
        return " ".join(compact[i:i + 4] for i in range(0, len(compact), 4))
    return compact


def ssn(rng: random.Random) -> str:
    area = rng.randint(1, 899)
    area = 667 if area == 666 else area
    group, serial = rng.randint(1, 99), rng.randint(1, 9999)
    sep = rng.choice(("-", "-", " ", ""))
    return f"{area:03d}{sep}{group:02d}{sep}{serial:04d}"


def ip(rng: random.Random) -> str:
    if rng.random() < 0.75:
        first = rng.choice((10, 172, 192, 81, 62, 203, 145, 34, 52, 88))
        return ".".join(str(x) for x in (first, rng.randint(0, 255), rng.randint(0, 255),
                                         rng.randint(1, 254)))
    groups = ["2001", "db8"] + [f"{rng.randint(0, 0xFFFF):x}" for _ in range(6)]
    return ":".join(groups)


def account(rng: random.Random) -> str:
    n = rng.choice((8, 8, 10, 12, 9))
    digits = "".join(rng.choice("0123456789") for _ in range(n))
    return digits if rng.random() < 0.7 else f"{digits[:4]}-{digits[4:]}"


# ---- decoys (clean values) -------------------------------------------------------------

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
REF_PREFIXES = ("ORD", "INV", "BK", "PO", "REF", "TKT", "CASE", "RMA", "QT", "SO", "PNR", "GRN")


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def decoy(kind: str, rng: random.Random) -> str:
    if kind == "REF":
        return f"{rng.choice(REF_PREFIXES)}-{_digits(rng, rng.choice((5, 6, 7)))}"
    if kind == "DATE":
        d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice((2024, 2025, 2026))
        return rng.choice((f"{y}-{m:02d}-{d:02d}", f"{d} {MONTHS[m - 1]} {y}",
                           f"{d:02d}/{m:02d}/{y}", f"{MONTHS[m - 1][:3]} {d}"))
    if kind == "TIME":
        return rng.choice((f"{rng.randint(7, 22):02d}:{rng.choice(('00', '15', '30', '45'))}",
                           f"{rng.randint(1, 12)}{rng.choice(('am', 'pm', ':30pm'))}"))
    if kind == "PRICE":
        cents = rng.choice(("00", "50", "99", "95"))
        return rng.choice(("£", "€", "$", "")) + f"{rng.randint(2, 480)}.{cents}"
    if kind == "VER":
        return f"v{rng.randint(0, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 12)}"
    if kind == "SKU":
        size = rng.choice(("BLK", "WHT", "RED", "XL", "M", "S", "500G", "1KG"))
        return f"SKU-{_digits(rng, 4)}-{size}"
    if kind == "ROOM":
        return str(rng.randint(101, 1250))
    if kind == "SEAT":
        return f"{rng.randint(1, 42)}{rng.choice('ABCDEF')}"
    if kind == "HEX":
        return "#" + "".join(rng.choice("0123456789ABCDEF") for _ in range(6))
    if kind == "DAY":
        return rng.choice(DAYS)
    if kind == "MONTH":
        return rng.choice(MONTHS)
    if kind == "NUM":
        return str(rng.randint(2, 60))
    if kind == "QTY":
        return f"{rng.randint(1, 24)} x"
    if kind == "CODE":
        return f"{_digits(rng, 3)}-{_digits(rng, 3)}"
    if kind == "PCT":
        return f"{rng.randint(1, 40)}%"
    raise KeyError(kind)


DECOY_KINDS = ("REF", "DATE", "TIME", "PRICE", "VER", "SKU", "ROOM", "SEAT", "HEX", "DAY",
               "MONTH", "NUM", "QTY", "CODE", "PCT")
DECOY_WORDS = " ".join(MONTHS + DAYS + REF_PREFIXES + tuple(m[:3] for m in MONTHS)) + (
    " SKU BLK WHT RED XL M S G KG am pm v A B C D E F"
)
