"""Phone numbers for val15, the fifteenth blind part of the labelled PII corpus.

The national number patterns per region are written by hand ("#" a random digit); each
drawn number is kept only when `phonenumbers` calls it valid, and it is written in the
national or international format of its region, with or without separators, or with the
separators people type (dots, dashes, none). Every written form is checked again.
"""

from __future__ import annotations

import random

import phonenumbers
from phonenumbers import PhoneNumberFormat

# region: national patterns, hand-written from the author's memory of each numbering plan
PATTERNS: dict[str, tuple[str, ...]] = {
    "US": (
        "212#######",
        "415#######",
        "312#######",
        "617#######",
        "206#######",
        "512#######",
        "412#######",
    ),
    "CA": ("416#######", "604#######", "514#######", "902#######", "204#######"),
    "GB": (
        "07700######",
        "079########",
        "020 7#######",
        "0161 #######",
        "0113 #######",
        "0117 #######",
    ),
    "IE": ("083#######", "085#######", "087#######", "01#######", "091######"),
    "DE": (
        "0151########",
        "0170#######",
        "0176########",
        "030########",
        "0341#######",
        "040########",
    ),
    "FR": ("06########", "07########", "01########", "04########", "05########"),
    "ES": ("6########", "91#######", "96#######", "94#######"),
    "IT": ("3#########", "06########", "051#######"),
    "NL": ("06########", "010#######", "030#######"),
    "BE": ("04########", "09#######"),
    "CH": ("07########", "061#######"),
    "AT": ("0664#######", "0316######"),
    "PL": ("50#######", "60#######", "69#######", "79#######", "12#######"),
    "SE": ("070#######", "073#######", "040######"),
    "NO": ("4#######", "9#######", "55######"),
    "DK": ("2#######", "86######"),
    "FI": ("040#######", "050#######"),
    "PT": ("91#######", "93#######", "22#######"),
    "GR": ("69########", "2310######"),
    "TR": ("053########", "054########", "0232#######"),
    "IN": ("98########", "99########", "70########", "020########"),
    "PK": ("030########", "0333#######"),
    "NG": ("0803#######", "0813#######", "0703#######"),
    "KE": ("07########", "011#######"),
    "ZA": ("082#######", "072#######", "031#######"),
    "EG": ("010########", "012########"),
    "BR": ("119########", "419########", "21########"),
    "MX": ("55########", "33########"),
    "CO": ("30########", "31########"),
    "CL": ("9########",),
    "JP": ("090########", "080########", "03########", "092#######"),
    "KR": ("010########", "051#######"),
    "CN": ("13#########", "18#########", "028########"),
    "HK": ("9#######", "6#######", "2#######"),
    "SG": ("9#######", "8#######"),
    "AU": ("04########", "07########", "02########"),
    "NZ": ("021#######", "03#######"),
    "PH": ("09#########",),
    "ID": ("0812########", "0813########"),
    "VN": ("09########", "0236#######"),
    "TH": ("08########", "053######"),
    "AE": ("05########", "04#######"),
    "IL": ("05########", "04#######"),
    "UA": ("067#######", "050#######"),
    "JM": ("876#######",),
    "GE": ("5########",),
    "KZ": ("701#######", "727#######"),
    "MA": ("06########", "05########"),
}

REGIONS = tuple(PATTERNS)


def _fill(rng: random.Random, pattern: str) -> str:
    return "".join(str(rng.randrange(10)) if ch == "#" else ch for ch in pattern if ch != " ")


def _valid(text: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


def phone(
    rng: random.Random, region: str | None = None, style: str | None = None
) -> tuple[str, str]:
    """A valid phone number as written, and its region: (text, region)."""
    region = region or rng.choice(REGIONS)
    for _ in range(200):
        national = _fill(rng, rng.choice(PATTERNS[region]))
        if _valid(national, region):
            break
    else:  # pragma: no cover - the patterns above are chosen to make this rare
        raise RuntimeError(f"no valid number drawn for {region}")
    number = phonenumbers.parse(national, region)
    style = style or rng.choice(
        ("nat", "intl", "intl", "nat", "e164", "dots", "dashes", "bare", "paren")
    )
    if style == "nat":
        text = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    elif style == "e164":
        text = phonenumbers.format_number(number, PhoneNumberFormat.E164)
    elif style == "bare":
        text = "".join(
            ch
            for ch in phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
            if ch.isdigit()
        )
    else:
        intl = phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
        if style == "dots":
            text = intl.replace(" ", ".").replace("-", ".").replace("+.", "+")
            text = text.replace(".", " ", 1)
        elif style == "dashes":
            text = intl.replace(" ", "-").replace("-", " ", 1)
        elif style == "paren":
            code, _, rest = intl.partition(" ")
            text = f"({code}) {rest}"
        else:
            text = intl
    if not _valid(text, region):
        text = phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
    return text, region
