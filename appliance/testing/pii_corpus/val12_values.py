"""Values planted in val12, the twelfth blind part of the labelled PII corpus: phone numbers
(checked with `phonenumbers`), Luhn-valid cards, IBANs with computed check digits, valid US
SSNs, IPv4 and IPv6 addresses, bank account numbers, e-mail addresses, and the decoy fillers
(order numbers, tickets, versions, hashes, named things) that are never gold.

Written by val12's author from memory; only `validity.py` of the corpus was read.
"""

from __future__ import annotations

import random
import string
import unicodedata

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType

from appliance.testing.pii_corpus.validity import iban_check_digits_ok, luhn_ok, ssn_ok

PHONE_REGIONS: tuple[str, ...] = (
    "US",
    "CA",
    "GB",
    "IE",
    "FR",
    "DE",
    "NL",
    "BE",
    "ES",
    "IT",
    "PT",
    "CH",
    "AT",
    "PL",
    "CZ",
    "SE",
    "NO",
    "DK",
    "FI",
    "GR",
    "TR",
    "IN",
    "PK",
    "BD",
    "CN",
    "HK",
    "JP",
    "KR",
    "SG",
    "MY",
    "PH",
    "ID",
    "TH",
    "VN",
    "AU",
    "NZ",
    "ZA",
    "NG",
    "KE",
    "GH",
    "EG",
    "MA",
    "BR",
    "MX",
    "AR",
    "CO",
    "CL",
    "PE",
    "AE",
    "SA",
    "IL",
    "UA",
    "RO",
    "HU",
)


def _valid(text: str, region: str) -> bool:
    try:
        n = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(n)


def phone(rng: random.Random, region: str | None = None) -> tuple[str, str]:
    """A valid phone number as written, and the region it parses with."""
    region = region or rng.choice(PHONE_REGIONS)
    kind = rng.choice((PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE))
    example = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(
        region
    )
    assert example is not None
    nsn = str(example.national_number)
    number = example
    for _ in range(60):
        keep = max(len(nsn) - 5, 2)
        cand = nsn[:keep] + "".join(rng.choice(string.digits) for _ in range(len(nsn) - keep))
        n = phonenumbers.parse("+" + str(example.country_code) + cand, None)
        if phonenumbers.is_valid_number(n):
            number = n
            break
    style = rng.randrange(7)
    intl = phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
    natl = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    if style == 0:
        text = intl
    elif style == 1:
        text = natl
    elif style == 2:
        text = phonenumbers.format_number(number, PhoneNumberFormat.E164)
    elif style == 3:
        text = "".join(ch for ch in natl if ch.isdigit())
    elif style == 4:
        text = intl.replace(" ", "-")
    elif style == 5:
        text = intl.replace(" ", ".")
    else:
        text = "00" + phonenumbers.format_number(number, PhoneNumberFormat.E164)[1:]
    if not _valid(text, region):
        text = intl
    assert _valid(text, region), (text, region)
    return text, region


def _luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    for d in string.digits:
        if luhn_ok(body + d):
            return body + d
    raise AssertionError


def card(rng: random.Random) -> str:
    kind = rng.randrange(5)
    if kind == 0:  # amex 4-6-5
        num = _luhn_complete(rng.choice(("34", "37")), 15, rng)
        groups = [num[:4], num[4:10], num[10:]]
    else:
        prefix = ("4", rng.choice(("51", "53", "55", "2221")), "6011", "4")[kind - 1]
        num = _luhn_complete(prefix, 16, rng)
        groups = [num[i : i + 4] for i in range(0, 16, 4)]
    sep = rng.choice((" ", "-", "", " "))
    out = sep.join(groups)
    assert luhn_ok(out.replace(" ", "").replace("-", ""))
    return out


_IBAN_FORMATS = {  # country: BBAN pattern (9 digit, A letter, X alnum)
    "DE": "999999999999999999",
    "GB": "AAAA99999999999999",
    "FR": "9999999999XXXXXXXXXXX99",
    "ES": "99999999999999999999",
    "IT": "A9999999999XXXXXXXXXXXX",
    "NL": "AAAA9999999999",
    "BE": "999999999999",
    "CH": "99999XXXXXXXXXXXX",
    "AT": "9999999999999999",
    "PL": "999999999999999999999999",
    "IE": "AAAA99999999999999",
    "PT": "999999999999999999999",
    "SE": "99999999999999999999",
    "NO": "99999999999",
    "DK": "99999999999999",
    "FI": "99999999999999",
}


def iban(rng: random.Random) -> str:
    country = rng.choice(sorted(_IBAN_FORMATS))
    bban = ""
    for ch in _IBAN_FORMATS[country]:
        if ch == "9":
            bban += rng.choice(string.digits)
        elif ch == "A":
            bban += rng.choice(string.ascii_uppercase)
        else:
            bban += rng.choice(string.digits + string.ascii_uppercase)
    moved = bban + country + "00"
    check = 98 - int("".join(str(int(c, 36)) for c in moved)) % 97
    compact = f"{country}{check:02d}{bban}"
    out = (
        compact
        if rng.random() < 0.4
        else " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
    )
    assert iban_check_digits_ok(out)
    return out


def ssn(rng: random.Random) -> str:
    while True:
        area = rng.randrange(1, 900)
        if area == 666:
            continue
        value = f"{area:03d}{rng.randrange(1, 100):02d}{rng.randrange(1, 10000):04d}"
        style = rng.randrange(4)
        if style <= 1:
            out = f"{value[:3]}-{value[3:5]}-{value[5:]}"
        elif style == 2:
            out = f"{value[:3]} {value[3:5]} {value[5:]}"
        else:
            out = value
        assert ssn_ok(out)
        return out


def ipv4(rng: random.Random) -> str:
    first = rng.choice((23, 31, 45, 62, 78, 91, 104, 145, 172, 185, 192, 203, 10, 81))
    return f"{first}.{rng.randrange(0, 256)}.{rng.randrange(0, 256)}.{rng.randrange(1, 255)}"


def ipv6(rng: random.Random) -> str:
    groups = [f"{rng.randrange(0, 65536):x}" for _ in range(4)]
    head = rng.choice(("2001:db8", "2a02:8108", "2607:f8b0", "fe80:"))
    if head == "fe80:":
        return "fe80::" + ":".join(groups)
    if rng.random() < 0.5:
        return f"{head}:{groups[0]}::{groups[1]}"
    return (
        f"{head}:" + ":".join(groups) + f":{rng.randrange(1, 65536):x}:{rng.randrange(1, 65536):x}"
    )


def account(rng: random.Random) -> str:
    style = rng.randrange(4)
    digits = "".join(rng.choice(string.digits) for _ in range(rng.choice((8, 10, 11, 12))))
    digits = str(rng.randrange(1, 10)) + digits[1:]
    if style == 0:
        return f"{digits[:4]}-{digits[4:]}"
    if style == 1:
        return f"{digits[:3]} {digits[3:6]} {digits[6:]}"
    return digits


_TRANS = str.maketrans(
    {
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "æ": "ae",
        "ß": "ss",
        "đ": "d",
        "ı": "i",
        "þ": "th",
        "ð": "d",
        "'": "",
        " ": "",
        "-": "",
    }
)


def ascii_slug(text: str) -> str:
    text = text.translate(_TRANS)
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if ch.isascii() and ch.isalnum()).lower()


MAIL_DOMAINS: tuple[str, ...] = (
    "gmail.com",
    "outlook.com",
    "yahoo.co.uk",
    "web.de",
    "orange.fr",
    "proton.me",
    "icloud.com",
    "libero.it",
    "seznam.cz",
    "hotmail.es",
    "gmx.at",
    "wp.pl",
    "mail.ru",
    "naver.com",
    "rediffmail.com",
    "bigpond.com",
    "xtra.co.nz",
    "uol.com.br",
    "fastmail.fm",
    "posteo.de",
)
ORG_DOMAINS: tuple[str, ...] = (
    "harlowfield-council.gov.uk",
    "eastbrook-library.org",
    "quaysidezoo.org",
    "bluewharf-storage.com",
    "northgate-dental.co.uk",
    "pinecrest-retirement.com",
    "swiftmove-removals.co.uk",
    "metrolink-transit.example",
    "kestrel-pest.com",
    "citycourts.example.gov",
)


def email(rng: random.Random, given: str, family: str) -> str:
    g, f = ascii_slug(given), ascii_slug(family)
    local = rng.choice(
        (
            f"{g}.{f}",
            f"{g[0]}{f}",
            f"{g}_{f[0]}",
            f"{g}{rng.randrange(10, 99)}",
            f"{f}.{g}",
            f"{g}.{f}{rng.randrange(1, 9)}",
        )
    )
    dom = rng.choice(ORG_DOMAINS) if rng.random() < 0.3 else rng.choice(MAIL_DOMAINS)
    return f"{local}@{dom}"


def role_email(rng: random.Random) -> str:
    local = rng.choice(
        (
            "bookings",
            "lostproperty",
            "jury.office",
            "billing",
            "visa.help",
            "frontdesk",
            "adoptions",
            "rx-delivery",
            "camp.office",
            "moves",
        )
    )
    return f"{local}@{rng.choice(ORG_DOMAINS)}"


# decoy things named like people (never gold)
NAMED_THINGS: tuple[str, ...] = (
    "the Rose Gold finish",
    "Earl Grey tea",
    "a Tom Collins",
    "Granny Smith apples",
    "the Pink Lady apples",
    "the Amber alert level",
    "Project Jasper",
    "the Ford Transit van",
    "a Tesla Model 3",
    "Ben & Jerry's ice cream",
    "the Bosch dishwasher",
    "Dyson V15",
    "Alexa",
    "Siri",
    "the Hurricane Ophelia season",
    "the Nobel Prize",
    "Hodgkin lymphoma",
    "Pythagoras' theorem",
    "Dijkstra's algorithm",
    "the Marie Curie Fellowship",
    "the Wallace & Gromit exhibit",
    "Peppa Pig",
    "Paddington",
    "Sherlock",
    "Gandalf",
    "Mario Kart",
    "Lara Croft",
    "the Big Ben tour",
    "Caesar salad",
    "Beef Wellington",
    "eggs Benedict",
    "the Margherita pizza",
    "Bellini",
    "a Shirley Temple",
    "Pinot Noir",
    "the Cabernet Sauvignon",
    "Baroque Sinfonia",
    "Heinz ketchup",
    "Kellogg's cereal",
    "the Hilton lounge",
    "Adidas Stan Smith trainers",
    "Levi's 501",
    "Gillette razors",
)


def filler(rng: random.Random, kind: str) -> str:
    d = string.digits
    up = string.ascii_uppercase
    if kind == "order":
        return rng.choice(("ORD-", "PO ", "#", "SO-", "")) + "".join(
            rng.choice(d) for _ in range(rng.choice((6, 7, 9)))
        )
    if kind == "ticket":
        return (
            rng.choice(("INC", "REQ", "CASE", "LF", "JIRA-OPS"))
            + "-"
            + str(rng.randrange(1000, 99999))
        )
    if kind == "date":
        y, m, day = rng.randrange(2023, 2027), rng.randrange(1, 13), rng.randrange(1, 29)
        return rng.choice(
            (
                f"{y}-{m:02d}-{day:02d}",
                f"{day:02d}/{m:02d}/{y}",
                f"{day} {['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1]} {y}",
            )
        )
    if kind == "time":
        return f"{rng.randrange(7, 21):02d}:{rng.choice((0, 15, 30, 45)):02d}"
    if kind == "price":
        return (
            rng.choice(("£", "$", "€", ""))
            + f"{rng.randrange(3, 900)}.{rng.choice((0, 50, 99, 25)):02d}"
        )
    if kind == "sku":
        return (
            "".join(rng.choice(up) for _ in range(3))
            + "-"
            + "".join(rng.choice(d) for _ in range(4))
            + rng.choice(("", "-B", "-XL"))
        )
    if kind == "ver":
        return f"{rng.randrange(1, 12)}.{rng.randrange(0, 30)}.{rng.randrange(0, 20)}"
    if kind == "hash":
        return "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice((7, 12, 40))))
    if kind == "isbn":
        return (
            rng.choice(("978-0-", "978-1-", "979-8-"))
            + f"{rng.randrange(100, 999)}-{rng.randrange(10000, 99999)}-{rng.randrange(10)}"
        )
    if kind == "track":
        return rng.choice(("1Z", "JD", "TBA", "RR")) + "".join(
            rng.choice(d + up) for _ in range(14)
        )
    if kind == "n":
        return str(rng.randrange(2, 48))
    if kind == "ref":
        return "".join(rng.choice(up) for _ in range(2)) + "".join(rng.choice(d) for _ in range(8))
    if kind == "thing":
        return rng.choice(NAMED_THINGS)
    raise KeyError(kind)
