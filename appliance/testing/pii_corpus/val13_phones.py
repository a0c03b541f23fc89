"""Phone numbers of val13: valid numbers of 52 regions, written in the ways people write them.

Each number starts from the `phonenumbers` package's example number of a region and type
(mobile or fixed line), gets new trailing digits from the part's seeded random generator, and
is kept only when `phonenumbers.is_valid_number` accepts it; it is then written in one of
several styles (international, national, E.164, without separators, with dots or dashes) and
kept only if the written form parses back, with its region, to a valid number.
"""

from __future__ import annotations

import random

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType

REGIONS = (
    "GB US CA IE FR DE NL BE ES PT IT CH AT SE NO DK FI PL CZ GR TR IN PK BD LK NG KE GH ZA "
    "EG MA AE IL JP KR CN HK SG MY ID PH VN TH AU NZ BR MX AR CO UA RO HU"
).split()

_STYLES = ("intl", "intl", "nat", "nat", "e164", "bare", "dots", "dashes")


def _number(rng: random.Random, region: str) -> phonenumbers.PhoneNumber:
    kind = rng.choice((PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE))
    example = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(
        region
    )
    assert example is not None
    nsn = phonenumbers.national_significant_number(example)
    keep = max(2, len(nsn) - 6)
    for _ in range(60):
        digits = nsn[:keep] + "".join(rng.choice("0123456789") for _ in nsn[keep:])
        candidate = phonenumbers.PhoneNumber(
            country_code=example.country_code,
            national_number=int(digits),
            italian_leading_zero=example.italian_leading_zero,
        )
        if phonenumbers.is_valid_number(candidate):
            return candidate
    return example


def _write(number: phonenumbers.PhoneNumber, style: str) -> str:
    intl = phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
    nat = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    if style == "intl":
        return intl
    if style == "nat":
        return nat
    if style == "e164":
        return phonenumbers.format_number(number, PhoneNumberFormat.E164)
    if style == "bare":
        return "".join(ch for ch in nat if ch.isdigit() or ch == "+")
    if style == "dots":
        return intl.replace("-", " ").replace(" ", ".").replace("+", "+", 1)
    return intl.replace(" ", "-").replace("+", "+", 1)


def valid_as_written(text: str, region: str | None) -> bool:
    try:
        parsed = phonenumbers.parse(text, None if text.startswith("+") else region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(parsed)


def phone(rng: random.Random, style: str | None = None, region: str | None = None) -> str:
    """A valid phone number as written, of a random region unless one is given; style is
    one of "intl", "nat", "e164", "bare", "dots", "dashes" or random."""
    for _ in range(40):
        reg = region or rng.choice(REGIONS)
        number = _number(rng, reg)
        text = _write(number, style or rng.choice(_STYLES))
        if text.startswith("+."):
            text = "+" + text[2:]
        if valid_as_written(text, reg) and text == text.strip():
            return text
    raise RuntimeError("no valid phone number")
