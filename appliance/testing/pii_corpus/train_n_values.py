"""Structured values and number decoys for train_n.

Written by train_n's author, who read only `__init__.py` and `validity.py` of the corpus.
Phone numbers are checked with `phonenumbers.is_valid_number` (national and international
formats of many regions, with and without separators); cards pass Luhn's check, IBANs have
their check digits, SSNs follow the issuing rules (all checked with `validity`). Decoys are
numbers and codes that are not personal data: order numbers, versions, hashes, tracking
codes, prices, dates.
"""

from __future__ import annotations

import random
import string
import unicodedata

import phonenumbers

from appliance.testing.pii_corpus.validity import iban_check_digits_ok, luhn_ok, ssn_ok

PHONE_REGIONS = (
    "US|GB|DE|FR|PL|ES|IT|NL|BR|MX|IN|NG|KE|ZA|JP|AU|CA|SE|IE|TR|PH|VN|PT|CH|AT|BE|DK|NO"
).split("|")

_FMT = phonenumbers.PhoneNumberFormat


def phone(rng: random.Random) -> str:
    """A valid phone number of a random region, in one of several written formats."""
    region = rng.choice(PHONE_REGIONS)
    kind = rng.choice(
        (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE)
    )
    base = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(region)
    assert base is not None
    national = str(base.national_number)
    for _ in range(30):
        keep = max(2, len(national) - rng.randint(3, 6))
        digits = national[:keep] + "".join(
            rng.choice(string.digits) for _ in range(len(national) - keep)
        )
        num = phonenumbers.parse("+" + str(base.country_code) + digits)
        if phonenumbers.is_valid_number(num):
            break
    else:
        num = base
    style = rng.random()
    if style < 0.35:
        text = phonenumbers.format_number(num, _FMT.INTERNATIONAL)
    elif style < 0.5:
        text = phonenumbers.format_number(num, _FMT.E164)
    elif style < 0.8:
        text = phonenumbers.format_number(num, _FMT.NATIONAL)
    elif style < 0.9:
        text = phonenumbers.format_number(num, _FMT.INTERNATIONAL).replace(" ", "-")
    else:
        text = phonenumbers.format_number(num, _FMT.INTERNATIONAL).replace(" ", ".")
    return text


def phone_ok(text: str) -> bool:
    """Whether a written phone number is valid for some region phone() writes."""
    for region in [None, *PHONE_REGIONS]:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(text, region)):
                return True
        except phonenumbers.NumberParseException:
            continue
    return False


_TRANSLIT = str.maketrans(
    {
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "ß": "ss",
        "đ": "d",
        "Đ": "D",
        "ı": "i",
        "œ": "oe",
    }
)


def _ascii(text: str) -> str:
    t = unicodedata.normalize("NFKD", text.translate(_TRANSLIT)).encode("ascii", "ignore").decode()
    return "".join(ch for ch in t.lower() if ch.isalnum())


_DOMAINS = (
    "gmail.com|outlook.com|proton.me|web.de|wp.pl|yahoo.fr|icloud.com|mail.com|gmx.at|"
    "hotmail.co.uk|libero.it|uol.com.br|fastmail.fm|seznam.cz|orange.fr|yahoo.co.jp|"
    "posteo.de|zoho.com|hey.com|tutanota.com"
).split("|")


def email(rng: random.Random, given: str = "", family: str = "") -> str:
    """An e-mail address, made from a person's name when one is given."""
    g, f = _ascii(given) or "user", _ascii(family) or "mail"
    local = rng.choice(
        (
            f"{g}.{f}",
            f"{g[0]}{f}",
            f"{g}{rng.randint(1, 99)}",
            f"{f}.{g[0]}",
            f"{g}_{f}",
            f"{g}{f}{rng.randint(70, 99)}",
            f"{g}.{f[0]}",
        )
    )
    return f"{local}@{rng.choice(_DOMAINS)}"


def card(rng: random.Random) -> str:
    """A Luhn-valid card number (Visa, Mastercard, Amex, Discover) as people write it."""
    prefix, length = rng.choice(
        (
            ("4", 16),
            ("5" + str(rng.randint(1, 5)), 16),
            (rng.choice(("34", "37")), 15),
            ("6011", 16),
        )
    )
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    for d in string.digits:
        if luhn_ok(body + d):
            number = body + d
            break
    sep = rng.choice((" ", " ", "-", ""))
    if length == 15:
        parts = [number[:4], number[4:10], number[10:]]
    else:
        parts = [number[i : i + 4] for i in range(0, 16, 4)]
    out = sep.join(parts)
    assert luhn_ok(out.replace(" ", "").replace("-", ""))
    return out


_IBAN = {  # country: BBAN pattern (9 digit, A letter)
    "DE": "9" * 18,
    "GB": "AAAA" + "9" * 14,
    "FR": "9" * 23,
    "ES": "9" * 20,
    "IT": "A" + "9" * 22,
    "NL": "AAAA" + "9" * 10,
    "PL": "9" * 24,
    "BE": "9" * 12,
    "PT": "9" * 21,
    "CH": "9" * 17,
    "AT": "9" * 16,
    "IE": "AAAA" + "9" * 14,
}


def iban(rng: random.Random) -> str:
    """An IBAN with correct check digits, compact or in groups of four."""
    cc = rng.choice(tuple(_IBAN))
    bban = "".join(
        rng.choice(string.ascii_uppercase) if c == "A" else rng.choice(string.digits)
        for c in _IBAN[cc]
    )
    moved = bban + cc + "00"
    check = 98 - int("".join(str(int(ch, 36)) for ch in moved)) % 97
    compact = f"{cc}{check:02d}{bban}"
    assert iban_check_digits_ok(compact)
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
    groups = [f"{rng.randint(0, 0xFFFF):x}" for _ in range(8)]
    groups[0] = rng.choice(("2001", "2a02", "fe80", "2600"))
    if rng.random() < 0.5:
        return ":".join(groups[:3]) + "::" + ":".join(groups[6:])
    return ":".join(groups)


def ssn(rng: random.Random) -> str:
    """A US social security number valid by the issuing rules."""
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    value = f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
    value = value.replace("-", rng.choice(("-", "-", " ", "")))
    assert ssn_ok(value)
    return value


def account(rng: random.Random) -> str:
    """A bank account number as written after 'account number', 'acct' ..."""
    n = "".join(rng.choice(string.digits) for _ in range(rng.randint(8, 12)))
    if n[0] == "0":
        n = "4" + n[1:]
    if rng.random() < 0.25:
        return f"{n[:4]}-{n[4:]}"
    return n


STRUCTURED = {
    "PHONE": ("PHONE_NUMBER", phone),
    "CARD": ("CREDIT_CARD", card),
    "IBAN": ("IBAN_CODE", iban),
    "IP": ("IP_ADDRESS", ip),
    "SSN": ("US_SSN", ssn),
    "ACCT": ("ACCOUNT_NUMBER", account),
}

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def decoy(rng: random.Random, kind: str) -> str:
    """A value that is not personal data: order, date, time, price, version, sku, ticket,
    hash, tracking, qty, pct, size, day, month, promo, rating, model, ean, year."""
    r = rng
    if kind == "order":
        return r.choice(
            (
                f"#{_digits(r, 7)}",
                f"ORD-{r.randint(2019, 2026)}-{_digits(r, 6)}",
                f"A{_digits(r, 9)}",
                f"{_digits(r, 3)}-{_digits(r, 7)}-{_digits(r, 7)}",
                f"WEB{_digits(r, 8)}",
            )
        )
    if kind == "date":
        d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(2019, 2026)
        return r.choice(
            (
                f"{d} {_MONTHS.split('|')[m - 1]} {y}",
                f"{y}-{m:02d}-{d:02d}",
                f"{d:02d}.{m:02d}.{y}",
                f"{_MONTHS.split('|')[m - 1][:3]} {d}",
            )
        )
    if kind == "time":
        return r.choice(
            (
                f"{r.randint(7, 22)}:{r.choice(('00', '15', '30', '45'))}",
                f"{r.randint(1, 12)}{r.choice(('am', 'pm', ' PM'))}",
            )
        )
    if kind == "price":
        return (
            r.choice(("€", "$", "£", "CHF ", "zł "))
            + f"{r.randint(3, 899)}.{r.choice(('99', '00', '49', '95'))}"
        )
    if kind == "version":
        return r.choice(
            (
                f"v{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 9)}",
                f"{r.randint(1, 30)}.{r.randint(0, 12)}",
                f"build {_digits(r, 5)}",
            )
        )
    if kind == "sku":
        return r.choice(
            (
                f"SKU {_digits(r, 2)}-{_digits(r, 4)}-{r.choice(('BK', 'WH', 'RG', 'NV'))}",
                f"{r.choice(string.ascii_uppercase)}{r.choice(string.ascii_uppercase)}-{_digits(r, 5)}",
                f"art. {_digits(r, 3)}.{_digits(r, 3)}.{_digits(r, 2)}",
            )
        )
    if kind == "ticket":
        return r.choice(
            (
                f"TCK-{_digits(r, 5)}",
                f"case {_digits(r, 8)}",
                f"RMA{_digits(r, 6)}",
                f"INC{_digits(r, 7)}",
            )
        )
    if kind == "hash":
        return r.choice((_hex(r, 7), _hex(r, 12), _hex(r, 40)))
    if kind == "tracking":
        return r.choice(
            (
                f"1Z{_hex(r, 6).upper()}{_digits(r, 10)}",
                f"JJD{_digits(r, 14)}",
                f"LX{_digits(r, 9)}DE",
                f"{_digits(r, 4)} {_digits(r, 4)} {_digits(r, 4)}",
            )
        )
    if kind == "qty":
        return str(r.choice((1, 2, 3, 4, 6, 12, 24)))
    if kind == "pct":
        return f"{r.choice((5, 10, 15, 20, 25, 30, 40, 50, 70))}%"
    if kind == "size":
        return r.choice(
            (
                f"EU {r.randint(35, 47)}",
                f"UK {r.randint(3, 12)}",
                "XL",
                "M",
                "S",
                f"{r.randint(28, 40)}/{r.randint(28, 34)}",
                f"{r.randint(1, 5)} kg",
                f"{r.choice((250, 500, 700, 750))} ml",
            )
        )
    if kind == "day":
        return r.choice(_DAYS.split("|"))
    if kind == "month":
        return r.choice(_MONTHS.split("|"))
    if kind == "promo":
        return r.choice(
            (
                "SPRING25",
                "WELCOME10",
                "FREESHIP",
                "BLACKFRIDAY",
                "XMAS15",
                "VIP-GOLD",
                "SUMMER-SALE",
                "LOYAL20",
                "NEWBIE5",
                "BUNDLE3",
            )
        )
    if kind == "rating":
        return r.choice(
            (
                f"{r.randint(1, 5)}/5",
                f"{r.randint(1, 4)}.{r.randint(0, 9)} stars",
                f"{r.randint(1, 10)}/10",
                "★★★★☆",
                "★★☆☆☆",
            )
        )
    if kind == "model":
        return r.choice(
            (
                f"RX-{_digits(r, 4)}",
                f"Mk {r.choice(('II', 'III', 'IV'))}",
                f"S{r.randint(2, 24)} Ultra",
                f"{r.randint(100, 990)}X",
                f"Gen {r.randint(2, 9)}",
                f"Series {r.randint(3, 9)}",
            )
        )
    if kind == "ean":
        return _digits(r, 13)
    if kind == "year":
        return str(r.randint(1970, 2026))
    raise ValueError(kind)
