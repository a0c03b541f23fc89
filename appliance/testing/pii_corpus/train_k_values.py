"""Structured values for the train_k generator, written blind (only `__init__.py` and
`validity.py` of the corpus were read): phone numbers valid by `phonenumbers` in the
national and international formats of many regions, with and without separators;
e-mail addresses; Luhn-valid cards; IBANs with correct check digits; IPv4 and IPv6
addresses; US social security numbers valid by the issuing rules; bank account numbers.
"""

from __future__ import annotations

import random
import unicodedata

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType

PHONE_REGIONS = (
    "GB DE FR ES IT NL BE CH AT PL CZ SE NO DK FI IE PT GR TR US CA MX BR AR CO IN PK "
    "NG KE ZA JP KR AU NZ SG PH ID VN TH AE IL RO HU"
).split()

_examples: dict[str, tuple[phonenumbers.PhoneNumber, ...]] = {}


def _region_examples(region: str) -> tuple[phonenumbers.PhoneNumber, ...]:
    if region not in _examples:
        found = []
        for kind in (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE):
            ex = phonenumbers.example_number_for_type(region, kind)
            if ex is not None:
                found.append(ex)
        _examples[region] = tuple(found)
    return _examples[region]


def phone(rng: random.Random) -> str:
    """A valid phone number of a random region, in a random written form."""
    for _ in range(30):
        region = rng.choice(PHONE_REGIONS)
        examples = _region_examples(region)
        if not examples:
            continue
        ex = rng.choice(examples)
        national = str(ex.national_number)
        keep = max(2, len(national) - 4)
        digits = national[:keep] + "".join(rng.choice("0123456789") for _ in national[keep:])
        num = phonenumbers.PhoneNumber(country_code=ex.country_code, national_number=int(digits))
        if ex.italian_leading_zero:
            num.italian_leading_zero = True
        if not phonenumbers.is_valid_number(num):
            continue
        form = rng.random()
        if form < 0.35:
            text = phonenumbers.format_number(num, PhoneNumberFormat.INTERNATIONAL)
        elif form < 0.6:
            text = phonenumbers.format_number(num, PhoneNumberFormat.NATIONAL)
        elif form < 0.75:
            text = phonenumbers.format_number(num, PhoneNumberFormat.E164)
        elif form < 0.88:
            text = phonenumbers.format_number(num, PhoneNumberFormat.NATIONAL)
            text = "".join(ch for ch in text if ch.isdigit())
        else:
            text = phonenumbers.format_number(num, PhoneNumberFormat.INTERNATIONAL)
            text = text.replace(" ", rng.choice(["-", ".", " "]))
        if phone_ok(text):
            return text
    return "+44 20 7946 0018"


def phone_ok(text: str) -> bool:
    """Whether a written phone number parses as a valid number (international, or national
    in one of PHONE_REGIONS)."""
    regions = [None] if text.startswith("+") else PHONE_REGIONS
    for region in regions:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(text, region)):
                return True
        except phonenumbers.NumberParseException:
            continue
    return False


def _ascii(text: str) -> str:
    norm = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in norm if ch.isascii() and (ch.isalnum())).lower()


DOMAINS = (
    "gmail.com outlook.com yahoo.co.uk web.de gmx.net orange.fr libero.it wp.pl seznam.cz "
    "hotmail.es proton.me icloud.com mail.ru yandex.com naver.com qq.com rediffmail.com "
    "bigpond.com telenet.be ziggo.nl bluewin.ch t-online.de laposte.net free.fr uol.com.br"
).split()


def email(rng: random.Random, given: str = "", family: str = "") -> str:
    g, f = _ascii(given) or "info", _ascii(family)
    shapes = [f"{g}.{f}", f"{g[:1]}{f}", f"{g}{rng.randint(1, 99)}", f"{f}.{g}", f"{g}_{f}"]
    local = rng.choice(shapes) if f else f"{g}{rng.randint(10, 9999)}"
    return f"{local.strip('._') or 'mail'}@{rng.choice(DOMAINS)}"


def _luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def card(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.15:
        body = rng.choice(["34", "37"]) + "".join(rng.choice("0123456789") for _ in range(12))
        digits = body + _luhn_digit(body)
        groups = [digits[:4], digits[4:10], digits[10:]]
    else:
        prefix = rng.choice(["4", "51", "52", "53", "54", "55", "2221", "6011"])
        body = prefix + "".join(rng.choice("0123456789") for _ in range(15 - len(prefix)))
        digits = body + _luhn_digit(body)
        groups = [digits[i : i + 4] for i in range(0, 16, 4)]
    return rng.choice([" ", "-", ""]).join(groups)


IBAN_SPECS = {  # country: BBAN made of (kind, length): n digits, a upper letters, c alnum
    "DE": "n18",
    "FR": "n23",
    "ES": "n20",
    "IT": "a1n22",
    "NL": "a4n10",
    "BE": "n12",
    "GB": "a4n14",
    "PL": "n24",
    "AT": "n16",
    "CH": "n17",
    "IE": "a4n14",
    "PT": "n21",
    "FI": "n14",
    "DK": "n14",
    "SE": "n20",
    "NO": "n11",
    "CZ": "n20",
    "HU": "n24",
    "RO": "a4c16",
    "GR": "n23",
    "HR": "n17",
    "LT": "n16",
}


def iban(rng: random.Random) -> str:
    country = rng.choice(sorted(IBAN_SPECS))
    spec = IBAN_SPECS[country]
    bban = ""
    i = 0
    while i < len(spec):
        kind = spec[i]
        j = i + 1
        while j < len(spec) and spec[j].isdigit():
            j += 1
        n = int(spec[i + 1 : j])
        alphabet = {
            "n": "0123456789",
            "a": "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
            "c": "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        }[kind]
        bban += "".join(rng.choice(alphabet) for _ in range(n))
        i = j
    moved = bban + country + "00"
    check = 98 - int("".join(str(int(ch, 36)) for ch in moved)) % 97
    compact = f"{country}{check:02d}{bban}"
    if rng.random() < 0.6:
        return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
    return compact


def ip(rng: random.Random) -> str:
    if rng.random() < 0.7:
        first = rng.choice([23, 31, 45, 62, 77, 81, 85, 91, 104, 141, 151, 172, 185, 192, 203, 212])
        return ".".join(
            str(x) for x in (first, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
        )
    groups = ["2001", "db8"] + [f"{rng.randint(0, 0xFFFF):x}" for _ in range(6)]
    if rng.random() < 0.5:
        return ":".join(groups[:4]) + "::" + groups[-1]
    return ":".join(groups)


def ssn(rng: random.Random) -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    group, serial = rng.randint(1, 99), rng.randint(1, 9999)
    sep = rng.choice(["-", "-", "-", " ", ""])
    return f"{area:03d}{sep}{group:02d}{sep}{serial:04d}"


def account(rng: random.Random) -> str:
    n = rng.choice([8, 9, 10, 11, 12])
    digits = str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(n - 1))
    form = rng.random()
    if form < 0.2:
        return f"{digits[:4]}-{digits[4:]}"
    if form < 0.3:
        return f"{digits[:3]} {digits[3:6]} {digits[6:]}"
    return digits
