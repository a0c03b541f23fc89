"""Structured values for `train_f`: phones (valid by `phonenumbers`), e-mails, Luhn-valid
cards, IBANs with correct check digits, IPs, valid US SSNs and bank account numbers, in the
ways busy people write them. Written blind (see `train_f`)."""

from __future__ import annotations

import ipaddress
import random
from functools import cache

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType

from appliance.testing.pii_corpus.train_f_names import ascii_fold

PHONE_REGIONS = (
    "GB US CA IE DE FR ES PT IT NL BE PL CZ SE NO DK FI AT CH AU NZ IN SG JP KR BR MX NG KE ZA "
    "GH PH ID VN TR GR RO HU UA IL AE"
).split()


@cache
def _example(region: str) -> phonenumbers.PhoneNumber | None:
    return phonenumbers.example_number_for_type(region, PhoneNumberType.MOBILE)


def phone(rng: random.Random) -> str:
    """A valid phone number of a random region, in one of several formats."""
    for _ in range(40):
        region = rng.choice(PHONE_REGIONS)
        ex = _example(region)
        if ex is None:
            continue
        nsn = str(ex.national_number)
        keep = max(2, len(nsn) - 5)
        digits = nsn[:keep] + "".join(rng.choice("0123456789") for _ in range(len(nsn) - keep))
        num = phonenumbers.PhoneNumber(country_code=ex.country_code, national_number=int(digits))
        if not phonenumbers.is_valid_number(num):
            continue
        style = rng.randrange(5)
        if style == 0:
            text = phonenumbers.format_number(num, PhoneNumberFormat.INTERNATIONAL)
        elif style == 1:
            text = phonenumbers.format_number(num, PhoneNumberFormat.E164)
        elif style == 2:
            text = phonenumbers.format_number(num, PhoneNumberFormat.NATIONAL)
        elif style == 3:
            text = "".join(
                c
                for c in phonenumbers.format_number(num, PhoneNumberFormat.NATIONAL)
                if c.isdigit()
            )
        else:
            text = phonenumbers.format_number(num, PhoneNumberFormat.INTERNATIONAL).replace(
                " ", "-"
            )
        if phone_ok(text):
            return text
    return "+44 7700 900123"  # pragma: no cover


def phone_ok(text: str) -> bool:
    """Whether a phone number as written is valid in some region the generator uses."""
    regions = ["ZZ"] if text.startswith("+") else PHONE_REGIONS
    for region in regions:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(text, region)):
                return True
        except phonenumbers.NumberParseException:
            continue
    return False


_MAIL_DOMAINS = (
    "gmail.com outlook.com yahoo.co.uk hotmail.com proton.me icloud.com web.de gmx.net "
    "fastmail.com orange.fr libero.it mail.ru wp.pl seznam.cz example.org"
).split()


def email(given: str, family: str, rng: random.Random) -> str:
    """An e-mail address built from a name (the name inside it is no PERSON span)."""
    g = "".join(c for c in ascii_fold(given).lower() if c.isalnum()) or "user"
    f = "".join(c for c in ascii_fold(family).lower() if c.isalnum()) or "mail"
    local = rng.choice(
        [f"{g}.{f}", f"{g}{rng.randint(1, 99)}", f"{g[0]}{f}", f"{g}_{f[:3]}", f"{f}.{g[0]}"]
    )
    return f"{local}@{rng.choice(_MAIL_DOMAINS)}"


def _luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def card(rng: random.Random) -> str:
    kind = rng.randrange(3)
    if kind == 0:
        body = "4" + "".join(rng.choice("0123456789") for _ in range(14))
    elif kind == 1:
        body = f"5{rng.randint(1, 5)}" + "".join(rng.choice("0123456789") for _ in range(13))
    else:
        body = rng.choice(["34", "37"]) + "".join(rng.choice("0123456789") for _ in range(12))
    digits = body + _luhn_digit(body)
    sep = rng.choice([" ", "-", ""])
    if len(digits) == 15:
        return sep.join([digits[:4], digits[4:10], digits[10:]])
    return sep.join(digits[i : i + 4] for i in range(0, 16, 4))


_IBAN_BBAN = {  # country: pattern, d = digit, A = capital letter
    "DE": "dddddddddddddddddd",
    "GB": "AAAAdddddddddddddd",
    "FR": "ddddddddddddddddddddddd",
    "NL": "AAAAdddddddddd",
    "ES": "dddddddddddddddddddd",
    "IT": "Addddddddddddddddddddddd"[:23],
    "PL": "dddddddddddddddddddddddd",
    "BE": "dddddddddddd",
    "IE": "AAAAdddddddddddddd",
    "PT": "ddddddddddddddddddddd",
}


def iban(rng: random.Random) -> str:
    country = rng.choice(list(_IBAN_BBAN))
    bban = "".join(
        rng.choice("0123456789") if c == "d" else rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        for c in _IBAN_BBAN[country]
    )
    moved = bban + country + "00"
    check = 98 - int("".join(str(int(ch, 36)) for ch in moved)) % 97
    compact = f"{country}{check:02d}{bban}"
    if rng.random() < 0.5:
        return compact
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def ip(rng: random.Random) -> str:
    if rng.random() < 0.75:
        first = rng.choice([10, 172, 192, 81, 94, 151, 203, 45, 100])
        return ".".join(
            str(x) for x in [first, *(rng.randint(0, 254) for _ in range(2)), rng.randint(1, 254)]
        )
    groups = [0x2001, 0x0DB8] + [rng.choice([0, rng.randint(1, 0xFFFF)]) for _ in range(6)]
    return str(ipaddress.IPv6Address(":".join(f"{g:x}" for g in groups)))


def ssn(rng: random.Random) -> str:
    area = rng.choice([rng.randint(1, 665), rng.randint(667, 899)])
    s = f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
    sep = rng.choice(["-", "-", " ", ""])
    return sep.join([s[:3], s[3:5], s[5:]])


def account(rng: random.Random) -> str:
    n = rng.choice([8, 8, 10, 12])
    digits = str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(n - 1))
    if n == 12 and rng.random() < 0.5:
        return f"{digits[:4]}-{digits[4:8]}-{digits[8:]}"
    return digits
