"""Structured personal values for `train_j`: phone numbers, e-mail addresses, cards, IBANs,
IP addresses, US SSNs and bank account numbers, each valid by its own rules.

Written by its author from the conventions in `pii_corpus/__init__.py` and the checks in
`validity.py` (the only corpus files read). Phone numbers are drawn from `phonenumbers`'
example numbers with their last digits changed, and kept only where
`phonenumbers.is_valid_number` accepts them as written (national and international formats,
with and without separators).
"""

from __future__ import annotations

import ipaddress
import random
import unicodedata

import phonenumbers

from appliance.testing.pii_corpus.validity import iban_check_digits_ok, luhn_ok, ssn_ok

PHONE_REGIONS: tuple[str, ...] = (
    "GB",
    "US",
    "CA",
    "DE",
    "FR",
    "IT",
    "ES",
    "NL",
    "BE",
    "CH",
    "AT",
    "PL",
    "SE",
    "NO",
    "DK",
    "FI",
    "IE",
    "PT",
    "BR",
    "MX",
    "AR",
    "IN",
    "JP",
    "KR",
    "AU",
    "NZ",
    "NG",
    "KE",
    "ZA",
    "SG",
    "PH",
    "ID",
    "TR",
    "GR",
    "CZ",
    "RO",
)

_FORMATS = (
    phonenumbers.PhoneNumberFormat.INTERNATIONAL,
    phonenumbers.PhoneNumberFormat.NATIONAL,
    phonenumbers.PhoneNumberFormat.E164,
)


def _phone_pool() -> tuple[tuple[str, str], ...]:
    rng = random.Random(4242)
    pool: list[tuple[str, str]] = []
    kinds = (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE)
    for region in PHONE_REGIONS:
        for kind in kinds:
            example = phonenumbers.example_number_for_type(region, kind)
            if example is None:
                continue
            digits = str(example.national_number)
            made = 0
            for _ in range(12):
                tail = "".join(rng.choice("0123456789") for _ in range(4))
                number = phonenumbers.PhoneNumber(
                    country_code=example.country_code,
                    national_number=int(digits[:-4] + tail),
                    italian_leading_zero=example.italian_leading_zero,
                )
                if not phonenumbers.is_valid_number(number):
                    continue
                for fmt in _FORMATS:
                    text = phonenumbers.format_number(number, fmt)
                    variants = [text]
                    if fmt == phonenumbers.PhoneNumberFormat.NATIONAL:
                        variants.append("".join(ch for ch in text if ch.isdigit()))
                    if fmt == phonenumbers.PhoneNumberFormat.INTERNATIONAL:
                        variants.append(text.replace(" ", ".").replace("-", "."))
                        variants.append("00" + text[1:])
                    for v in variants:
                        if phone_ok(v, region):
                            pool.append((region, v))
                made += 1
                if made >= 4:
                    break
    return tuple(pool)


def phone_ok(text: str, region: str | None = None) -> bool:
    """Whether `text` parses as a valid number, as written, in `region` (or any region used)."""
    regions = (region,) if region else PHONE_REGIONS
    for r in regions:
        try:
            number = phonenumbers.parse(text, r)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            return True
    return False


PHONES: tuple[tuple[str, str], ...] = _phone_pool()

MAIL_DOMAINS: tuple[str, ...] = (
    "gmail.com",
    "outlook.com",
    "yahoo.co.uk",
    "proton.me",
    "gmx.de",
    "web.de",
    "icloud.com",
    "hotmail.fr",
    "libero.it",
    "wp.pl",
    "seznam.cz",
    "mail.ru",
    "uol.com.br",
    "naver.com",
    "northwind-labs.io",
    "quarkbio.org",
    "helix-clinic.nhs.example",
    "fjordtech.no",
    "kestrel-analytics.com",
    "uni-example.edu",
    "brightforge.dev",
    "tidewater-fin.com",
)


def ascii_fold(text: str) -> str:
    """Lower-case ASCII letters of a name, accents dropped, other characters removed."""
    folded = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in folded.lower() if ch.isascii() and ch.isalnum())


def email(rng: random.Random, given: str, family: str) -> str:
    g, f = ascii_fold(given) or "x", ascii_fold(family) or "y"
    local = rng.choice(
        (
            f"{g}.{f}",
            f"{g[0]}.{f}",
            f"{g}{f}",
            f"{g}_{f}{rng.randint(1, 99)}",
            f"{f}.{g}",
            f"{g[0]}{f}",
            f"{g}{rng.randint(70, 2005)}",
        )
    )
    return f"{local}@{rng.choice(MAIL_DOMAINS)}"


def phone(rng: random.Random) -> str:
    return rng.choice(PHONES)[1]


def _luhn_digit(body: str) -> str:
    for d in "0123456789":
        if luhn_ok(body + d):
            return d
    raise AssertionError("unreachable")


def card(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.15:  # Amex 15 digits, 4-6-5
        body = rng.choice(("34", "37")) + "".join(rng.choice("0123456789") for _ in range(12))
        digits = body + _luhn_digit(body)
        sep = rng.choice((" ", "-", ""))
        return sep.join((digits[:4], digits[4:10], digits[10:]))
    prefix = rng.choice(("4", "51", "52", "53", "54", "55", "2221", "6011"))
    body = prefix + "".join(rng.choice("0123456789") for _ in range(15 - len(prefix)))
    digits = body + _luhn_digit(body)
    sep = rng.choice((" ", "-", "", " "))
    return sep.join(digits[i : i + 4] for i in range(0, 16, 4))


# country: BBAN layout, "n" a digit, "a" an upper-case letter
_IBAN_LAYOUT = {
    "DE": "nnnnnnnnnnnnnnnnnn",
    "GB": "aaaannnnnnnnnnnnnn",
    "FR": "nnnnnnnnnnnnnnnnnnnnnnn",
    "NL": "aaaannnnnnnnnn",
    "ES": "nnnnnnnnnnnnnnnnnnnn",
    "IT": "annnnnnnnnnnnnnnnnnnnnn",
    "BE": "nnnnnnnnnnnn",
    "AT": "nnnnnnnnnnnnnnnn",
    "PL": "nnnnnnnnnnnnnnnnnnnnnnnn",
    "IE": "aaaannnnnnnnnnnnnn",
    "PT": "nnnnnnnnnnnnnnnnnnnnn",
    "FI": "nnnnnnnnnnnnnn",
    "DK": "nnnnnnnnnnnnnn",
    "SE": "nnnnnnnnnnnnnnnnnnnn",
    "CH": "nnnnnnnnnnnnnnnnn",
}


def iban(rng: random.Random) -> str:
    country = rng.choice(tuple(_IBAN_LAYOUT))
    bban = "".join(
        rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ" if c == "a" else "0123456789")
        for c in _IBAN_LAYOUT[country]
    )
    moved = bban + country + "00"
    check = 98 - int("".join(str(int(ch, 36)) for ch in moved)) % 97
    compact = f"{country}{check:02d}{bban}"
    assert iban_check_digits_ok(compact)
    if rng.random() < 0.55:
        return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
    return compact


def ipv4(rng: random.Random) -> str:
    first = rng.choice((10, 172, 192, 81, 88, 94, 145, 185, 203, 62, 31, 213))
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng: random.Random) -> str:
    head = rng.choice(("2001:db8", "2a02:8108", "fe80", "2600:1f18", "2a01:4f8")).split(":")
    groups = [int(h, 16) for h in head] + [rng.randint(0, 0xFFFF) for _ in range(8 - len(head))]
    if rng.random() < 0.5:  # a run of zeros, written with "::"
        for i in range(len(head), len(head) + rng.randint(1, 3)):
            groups[i] = 0
    return str(ipaddress.IPv6Address(":".join(f"{g:x}" for g in groups)))


def ip(rng: random.Random) -> str:
    return ipv6(rng) if rng.random() < 0.25 else ipv4(rng)


def ssn(rng: random.Random) -> str:
    while True:
        area = rng.randint(1, 899)
        if area == 666:
            continue
        group, serial = rng.randint(1, 99), rng.randint(1, 9999)
        sep = rng.choice(("-", "-", " ", ""))
        text = f"{area:03d}{sep}{group:02d}{sep}{serial:04d}"
        if ssn_ok(text):
            return text


def account(rng: random.Random) -> str:
    style = rng.randint(0, 3)
    if style == 0:
        return "".join(rng.choice("0123456789") for _ in range(rng.randint(8, 12)))
    if style == 1:
        return f"{rng.randint(1000, 9999)}-{rng.randint(100000, 999999)}"
    if style == 2:
        return f"{rng.randint(10, 99)}-{rng.randint(1000000, 9999999)}-{rng.randint(0, 9)}"
    return f"{rng.randint(10000000, 99999999)}"
