"""Phone numbers for val16, the sixteenth blind part of the labelled PII corpus.

Hand-written national number patterns for 40 regions (prefixes the author knows: mobile
ranges and city area codes, "X" for a random digit). Each number drawn is checked with
`phonenumbers.is_valid_number` and written in one of several ways people write numbers:
national, international, E.164, with dots, dashes, or no separators. Every written form is
parsed back with its region and kept only if it is still the same valid number.
"""

from __future__ import annotations

import random

import phonenumbers
from phonenumbers import PhoneNumberFormat

PATTERNS: dict[str, tuple[str, ...]] = {
    "US": (
        "208XXXXXXX",
        "218XXXXXXX",
        "912XXXXXXX",
        "503XXXXXXX",
        "617XXXXXXX",
        "314XXXXXXX",
        "720XXXXXXX",
        "907XXXXXXX",
    ),
    "CA": ("416XXXXXXX", "514XXXXXXX", "604XXXXXXX", "902XXXXXXX"),
    "GB": (
        "07700XXXXXX",
        "07911XXXXXX",
        "0117XXXXXXX",
        "0161XXXXXXX",
        "0131XXXXXXX",
        "07456XXXXXX",
    ),
    "IE": ("087XXXXXXX", "085XXXXXXX", "01XXXXXXX", "021XXXXXXX"),
    "DE": ("0151XXXXXXXX", "0176XXXXXXXX", "030XXXXXXXX", "089XXXXXXX", "0221XXXXXXX"),
    "FR": ("06XXXXXXXX", "07XXXXXXXX", "01XXXXXXXX", "04XXXXXXXX", "05XXXXXXXX"),
    "ES": ("6XXXXXXXX", "91XXXXXXX", "93XXXXXXX", "7XXXXXXXX"),
    "PT": ("91XXXXXXX", "93XXXXXXX", "21XXXXXXX", "22XXXXXXX"),
    "IT": ("33XXXXXXXX", "34XXXXXXXX", "06XXXXXXXX", "02XXXXXXXX"),
    "NL": ("06XXXXXXXX", "020XXXXXXX", "010XXXXXXX", "030XXXXXXX"),
    "BE": ("047XXXXXXX", "049XXXXXXX", "02XXXXXXX", "09XXXXXXX"),
    "CH": ("079XXXXXXX", "076XXXXXXX", "044XXXXXXX", "031XXXXXXX"),
    "AT": ("0664XXXXXXX", "0699XXXXXXXX", "01XXXXXXX", "0316XXXXXX"),
    "PL": ("5XXXXXXXX", "6XXXXXXXX", "22XXXXXXX", "12XXXXXXX"),
    "CZ": ("60XXXXXXX", "77XXXXXXX", "2XXXXXXXX"),
    "SE": ("070XXXXXXX", "073XXXXXXX", "08XXXXXXX", "031XXXXXX"),
    "NO": ("4XXXXXXX", "9XXXXXXX", "22XXXXXX"),
    "DK": ("2XXXXXXX", "3XXXXXXX", "4XXXXXXX"),
    "FI": ("040XXXXXXX", "050XXXXXXX", "09XXXXXXX"),
    "GR": ("69XXXXXXXX", "21XXXXXXXX", "231XXXXXXX"),
    "TR": ("05XXXXXXXXX", "0212XXXXXXX", "0312XXXXXXX"),
    "MA": ("06XXXXXXXX", "0522XXXXXX"),
    "EG": ("010XXXXXXXX", "012XXXXXXXX", "02XXXXXXXX"),
    "KE": ("07XXXXXXXX", "011XXXXXXX", "020XXXXXXX"),
    "NG": ("080XXXXXXXX", "070XXXXXXXX", "081XXXXXXXX"),
    "ZA": ("07XXXXXXXX", "08XXXXXXXX", "021XXXXXXX", "011XXXXXXX"),
    "IN": ("9XXXXXXXXX", "8XXXXXXXXX", "7XXXXXXXXX", "022XXXXXXXX", "080XXXXXXXX"),
    "LK": ("07XXXXXXXX", "011XXXXXXX"),
    "JP": ("090XXXXXXXX", "080XXXXXXXX", "03XXXXXXXX", "06XXXXXXXX"),
    "KR": ("010XXXXXXXX", "02XXXXXXXX", "051XXXXXXX"),
    "VN": ("09XXXXXXXX", "03XXXXXXXX", "024XXXXXXXX"),
    "PH": ("09XXXXXXXXX", "02XXXXXXXX"),
    "AU": ("04XXXXXXXX", "02XXXXXXXX", "03XXXXXXXX", "08XXXXXXXX"),
    "NZ": ("021XXXXXXX", "027XXXXXXX", "09XXXXXXX", "03XXXXXXX"),
    "BR": ("119XXXXXXXX", "219XXXXXXXX", "11XXXXXXXX", "319XXXXXXXX"),
    "MX": ("55XXXXXXXX", "33XXXXXXXX", "81XXXXXXXX"),
    "AR": ("11XXXXXXXX", "351XXXXXXX"),
    "CO": ("3XXXXXXXXX", "601XXXXXXX", "604XXXXXXX"),
    "AE": ("05XXXXXXXX", "04XXXXXXX", "02XXXXXXX"),
    "IL": ("05XXXXXXXX", "02XXXXXXX", "03XXXXXXX"),
    "SG": ("8XXXXXXX", "9XXXXXXX", "6XXXXXXX"),
}

REGIONS = tuple(PATTERNS)

STYLES = ("national", "national", "intl", "intl", "e164", "dots", "dashes", "bare", "intl_dash")


def _draw(rng: random.Random, region: str) -> phonenumbers.PhoneNumber:
    for _ in range(60):
        pattern = rng.choice(PATTERNS[region])
        digits = "".join(str(rng.randint(0, 9)) if c == "X" else c for c in pattern)
        try:
            number = phonenumbers.parse(digits, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            return number
    raise RuntimeError(f"no valid number drawn for {region}")


def _write(number: phonenumbers.PhoneNumber, style: str) -> str:
    national = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    intl = phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
    if style == "national":
        return national
    if style == "intl":
        return intl
    if style == "e164":
        return phonenumbers.format_number(number, PhoneNumberFormat.E164)
    flat = national.replace("(", "").replace(")", "").replace("-", " ")
    if style == "dots":
        return ".".join(flat.split())
    if style == "dashes":
        return "-".join(flat.split())
    if style == "bare":
        return "".join(flat.split())
    if style == "intl_dash":
        return "-".join(intl.replace("-", " ").split()).replace("+-", "+")
    raise ValueError(style)


def valid_as_written(text: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


def phone(
    rng: random.Random, region: str | None = None, style: str | None = None
) -> tuple[str, str]:
    """A valid phone number as written, and the region to parse it with."""
    region = region or rng.choice(REGIONS)
    number = _draw(rng, region)
    text = _write(number, style or rng.choice(STYLES))
    if not valid_as_written(text, region) or phonenumbers.parse(text, region) != number:
        text = phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
    return text, region
