"""Structured values and number decoys for `train_h`, the shopping and retail generator.

Written blind (only `pii_corpus/__init__.py` and `validity.py` were read). Phone numbers are
drawn from `phonenumbers`' example numbers of many regions with their last digits varied and
kept only when `phonenumbers.is_valid_number` accepts them as written; cards pass Luhn's
check, IBANs carry computed check digits, SSNs follow the issuing rules. The decoys (order
numbers, SKUs, tracking codes, versions, hashes, prices) look like numbers but are none of
the personal kinds.
"""

from __future__ import annotations

import ipaddress
import random
import unicodedata

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType

from appliance.testing.pii_corpus.validity import luhn_ok

PHONE_REGIONS = (
    "US CA GB IE DE AT CH FR BE NL LU ES PT IT PL CZ SK HU RO GR TR SE NO DK FI EE LV LT "
    "MX BR AR CL CO PE IN PK BD LK NP AE SA QA EG MA NG GH KE ZA JP KR CN HK TW SG MY ID "
    "PH TH VN AU NZ IL"
).split()


def _vary(rng: random.Random, number: phonenumbers.PhoneNumber) -> phonenumbers.PhoneNumber:
    national = str(number.national_number)
    keep = max(2, len(national) - rng.randint(3, 6))
    tail = "".join(rng.choice("0123456789") for _ in range(len(national) - keep))
    varied = phonenumbers.PhoneNumber(
        country_code=number.country_code, national_number=int(national[:keep] + tail)
    )
    if number.italian_leading_zero:
        varied.italian_leading_zero = True
    return varied


def phone(rng: random.Random) -> tuple[str, str]:
    """A valid phone number as written, and the region it is valid in."""
    for _ in range(20):
        region = rng.choice(PHONE_REGIONS)
        kind = rng.choice((PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE))
        example = phonenumbers.example_number_for_type(region, kind)
        if example is None:
            continue
        number = _vary(rng, example)
        if not phonenumbers.is_valid_number(number):
            continue
        style = rng.randrange(7)
        if style == 0:
            text = phonenumbers.format_number(number, PhoneNumberFormat.E164)
        elif style in (1, 2):
            text = phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
        elif style == 3:
            text = phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
            text = text.replace(" ", rng.choice(("-", ".", " ")))
        elif style == 4:
            text = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
        elif style == 5:
            text = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
            text = "".join(ch for ch in text if ch.isdigit())
        else:
            text = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
            text = text.replace(" ", "-")
        if phone_ok(text, region):
            return text, region
    return "+44 20 7946 0958", "GB"


def phone_ok(text: str, region: str | None = None) -> bool:
    """Whether a phone number as written is valid (international, or national in region)."""
    try:
        number = phonenumbers.parse(text, None if text.startswith("+") else region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(number)


def card(rng: random.Random) -> str:
    """A Luhn-valid card number (Visa, Mastercard, Amex, Discover) with its separators."""
    kind = rng.randrange(4)
    if kind == 0:
        prefix, length = "4", 16
    elif kind == 1:
        prefix, length = str(rng.randint(51, 55)), 16
    elif kind == 2:
        prefix, length = rng.choice(("34", "37")), 15
    else:
        prefix, length = "6011", 16
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for d in "0123456789":
        if luhn_ok(body + d):
            digits = body + d
            break
    sep = rng.choice((" ", "-", "", " "))
    if length == 15:
        groups = [digits[:4], digits[4:10], digits[10:]]
    else:
        groups = [digits[i : i + 4] for i in range(0, 16, 4)]
    return sep.join(groups)


# country: BBAN layout, "n" digit, "a" upper letter, "c" letter or digit
_IBAN = {
    "DE": "n" * 18,
    "GB": "aaaa" + "n" * 14,
    "IE": "aaaa" + "n" * 14,
    "FR": "n" * 23,
    "NL": "aaaa" + "n" * 10,
    "BE": "n" * 12,
    "ES": "n" * 20,
    "IT": "a" + "n" * 10 + "c" * 12,
    "AT": "n" * 16,
    "CH": "n" * 17,
    "PL": "n" * 24,
    "PT": "n" * 21,
    "SE": "n" * 20,
    "DK": "n" * 14,
    "FI": "n" * 14,
    "NO": "n" * 11,
    "LU": "n" * 16,
    "CZ": "n" * 20,
}


def iban(rng: random.Random) -> str:
    """An IBAN with correct check digits, compact or in groups of four."""
    country = rng.choice(sorted(_IBAN))
    alphabet = {"n": "0123456789", "a": "ABCDEFGHIJKLMNOPQRSTUVWXYZ"}
    alphabet["c"] = alphabet["n"] + alphabet["a"]
    bban = "".join(rng.choice(alphabet[c]) for c in _IBAN[country])
    moved = bban + country + "00"
    check = 98 - int("".join(str(int(ch, 36)) for ch in moved)) % 97
    compact = f"{country}{check:02d}{bban}"
    if rng.random() < 0.5:
        return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
    return compact


def ip(rng: random.Random) -> str:
    """An IPv4 (mostly) or IPv6 address."""
    if rng.random() < 0.75:
        first = rng.choice((10, 172, 192, rng.randint(11, 223)))
        return ".".join(
            str(x) for x in (first, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
        )
    groups = [0x2001, 0xDB8] + [rng.randint(0, 0xFFFF) for _ in range(6)]
    if rng.random() < 0.5:
        groups[3:6] = [0, 0, 0]
    return str(ipaddress.IPv6Address(":".join(f"{g:x}" for g in groups)))


def ssn(rng: random.Random) -> str:
    """A US SSN valid by the issuing rules."""
    area = rng.choice([a for a in (rng.randint(1, 665), rng.randint(667, 899))])
    group, serial = rng.randint(1, 99), rng.randint(1, 9999)
    sep = rng.choice(("-", "-", " ", ""))
    return f"{area:03d}{sep}{group:02d}{sep}{serial:04d}"


def account(rng: random.Random) -> str:
    """A bank account number (said to be one by the text around it)."""
    kind = rng.randrange(4)
    if kind == 0:
        return "".join(rng.choice("0123456789") for _ in range(rng.randint(8, 12)))
    if kind == 1:
        return f"{rng.randint(10, 99)}-{rng.randint(100000, 999999)}-{rng.randint(10, 99)}"
    if kind == 2:
        return f"{rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(10, 99)}"
    return f"{rng.randint(100, 999)}{rng.randint(1000000, 9999999)}"


EMAIL_DOMAINS = (
    "gmail.com outlook.com yahoo.co.uk hotmail.fr web.de gmx.at posteo.de proton.me "
    "icloud.com mail.ru wp.pl seznam.cz libero.it orange.fr btinternet.com fastmail.com "
    "yandex.com naver.com qq.com hey.com zoho.com live.nl telenet.be"
).split()
_WORK_DOMAINS = (
    "brightcart.io northwind-retail.com oakandreed.co.uk lumenhome.de pantrybox.fr "
    "velvetpaint.com greenleafgarden.nl kestrelmotors.com"
).split()


def _ascii(text: str) -> str:
    text = text.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("ß", "ss")
    text = text.replace("đ", "d").replace("ð", "d").replace("þ", "th").replace("ı", "i")
    text = text.replace("æ", "ae").replace("Æ", "Ae").replace("œ", "oe")
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(ch for ch in folded.lower() if ch.isalnum())


def email(rng: random.Random, given: str | None = None, family: str | None = None) -> str:
    """An e-mail address, built from a person's name where one is given."""
    domain = rng.choice(_WORK_DOMAINS if rng.random() < 0.25 else EMAIL_DOMAINS)
    if given and family:
        g, f = _ascii(given) or "x", _ascii(family) or "y"
        local = rng.choice(
            (f"{g}.{f}", f"{g[0]}{f}", f"{g}{f}{rng.randint(1, 99)}", f"{f}.{g}", f"{g}_{f}", g)
        )
    else:
        local = rng.choice(
            ("shopper", "deals.hunter", "mintleaf", "orders", "bluefern", "kettle", "plantlover")
        ) + str(rng.randint(1, 9999))
    return f"{local}@{domain}"


# --- decoys ---------------------------------------------------------------------------


def order_no(rng: random.Random) -> str:
    k = rng.randrange(6)
    if k == 0:
        return f"#{rng.randint(100000, 9999999)}"
    if k == 1:
        return f"ORD-{rng.randint(2019, 2025)}-{rng.randint(10000, 999999)}"
    if k == 2:
        return f"{rng.choice('ABCDEFHKMNPRSTW')}{rng.choice('ABCDEFHKMNPRSTW')}{rng.randint(1000000, 9999999)}"
    if k == 3:
        return f"{rng.randint(100, 999)}-{rng.randint(1000000, 9999999)}-{rng.randint(1000000, 9999999)}"
    if k == 4:
        return f"SO{rng.randint(10000, 99999)}"
    return f"W{rng.randint(100000000, 999999999)}"


def sku(rng: random.Random) -> str:
    k = rng.randrange(4)
    if k == 0:
        return f"{rng.randint(10, 99)}-{rng.randint(1000, 9999)}-{rng.choice(['BLK', 'WHT', 'NVY', 'OAK', 'SAGE', 'RED'])}"
    if k == 1:
        return f"SKU{rng.randint(100000, 999999)}"
    if k == 2:
        return f"{rng.randint(100, 999)}.{rng.randint(100, 999)}.{rng.randint(10, 99)}"
    return f"{rng.choice(['TX', 'HB', 'KT', 'GD', 'PN'])}{rng.randint(100, 9999)}{rng.choice('ABCDXZ')}"


def tracking(rng: random.Random) -> str:
    k = rng.randrange(4)
    if k == 0:
        return "1Z" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXY") for _ in range(16))
    if k == 1:
        return f"JD{rng.randint(10**15, 10**16 - 1)}"
    if k == 2:
        return f"{rng.choice(['RR', 'LX', 'CP', 'EE'])}{rng.randint(10**8, 10**9 - 1)}{rng.choice(['GB', 'DE', 'NL', 'FR'])}"
    return f"TBA{rng.randint(10**11, 10**12 - 1)}"


def price(rng: random.Random) -> str:
    amount = rng.choice((rng.randint(1, 99), rng.randint(100, 2500))) + rng.choice(
        (0.99, 0.49, 0.0, 0.95, 0.5)
    )
    cur = rng.randrange(5)
    if cur == 0:
        return f"${amount:,.2f}"
    if cur == 1:
        return f"€{amount:.2f}"
    if cur == 2:
        return f"£{amount:.2f}"
    if cur == 3:
        return f"{amount:.2f} EUR".replace(".", ",")
    return f"{amount:.2f} USD"


def version(rng: random.Random) -> str:
    return f"{rng.choice(['v', '', 'V'])}{rng.randint(1, 14)}.{rng.randint(0, 30)}.{rng.randint(0, 99)}"


def hexhash(rng: random.Random) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice((7, 8, 12, 40))))


def ticket(rng: random.Random) -> str:
    return f"{rng.choice(['CS', 'SUP', 'RET', 'INC', 'CX', 'HD'])}-{rng.randint(1000, 999999)}"


def date(rng: random.Random) -> str:
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2021, 2026)
    months = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
    k = rng.randrange(5)
    if k == 0:
        return f"{y}-{m:02d}-{d:02d}"
    if k == 1:
        return f"{d:02d}/{m:02d}/{y}"
    if k == 2:
        return f"{d} {months[m - 1]} {y}"
    if k == 3:
        return f"{m}/{d}/{y % 100:02d}"
    return f"{d}.{m}.{y}"


def time_of_day(rng: random.Random) -> str:
    h, m = rng.randint(0, 23), rng.choice((0, 5, 15, 30, 45, 50, 12, 27))
    if rng.random() < 0.4:
        return f"{(h % 12) or 12}:{m:02d} {'am' if h < 12 else 'pm'}"
    return f"{h:02d}:{m:02d}"
