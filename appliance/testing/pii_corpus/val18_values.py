"""Values planted in val18 (blind part eighteen of the labelled PII corpus), and its decoys.

Written by hand for val18 alone. Phone numbers are drawn per region from the digits of the
`phonenumbers` example numbers, a few digits changed and the result kept only if
`phonenumbers.is_valid_number` agrees, then written in a national, international, E.164,
dotted, dashed or unseparated form that still parses; card numbers get a Luhn check digit,
IBANs their ISO 13616 check digits, SSNs follow the issuing rules. Decoys are values that
look like these but are not personal data: order numbers, tracking codes, ISBNs, versions.
"""

from __future__ import annotations

import ipaddress
import random
import string
import unicodedata

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType

from appliance.testing.pii_corpus.val18_names import STREETS, US_STATES
from appliance.testing.pii_corpus.validity import iban_check_digits_ok, luhn_ok, ssn_ok

PHONE_REGIONS = (
    "US", "CA", "GB", "IE", "DE", "FR", "NL", "BE", "ES", "IT", "PT", "CH", "AT", "SE", "NO",
    "DK", "FI", "PL", "CZ", "GR", "TR", "IN", "PK", "BD", "JP", "KR", "CN", "HK", "SG", "MY",
    "PH", "ID", "VN", "TH", "AU", "NZ", "ZA", "NG", "KE", "EG", "MA", "AE", "SA", "IL", "BR",
    "MX", "AR", "CO", "CL", "PE", "RO", "HU", "UA", "GH",
)  # fmt: skip

_FOLD = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "ß": "ss", "ł": "l", "Ł": "L",
                       "đ": "d", "Đ": "D", "ı": "i", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D"})  # fmt: skip


def fold(text: str) -> str:
    """The text without diacritics, as people type a name on an English keyboard."""
    text = text.translate(_FOLD)
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def phone(
    rng: random.Random, region: str | None = None, style: str | None = None
) -> tuple[str, str]:
    """A valid phone number of a region, written in one of several styles: (text, region)."""
    region = region or rng.choice(PHONE_REGIONS)
    kind = rng.choice((PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE))
    example = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(
        region
    )
    assert example is not None
    national = str(example.national_number)
    number = example
    for _ in range(40):
        keep = max(2, len(national) - 5)
        digits = national[:keep] + "".join(rng.choice("0123456789") for _ in national[keep:])
        candidate = phonenumbers.parse("+" + str(example.country_code) + digits)
        if phonenumbers.is_valid_number(candidate):
            number = candidate
            break
    style = style or rng.choice(("nat", "nat", "intl", "intl", "e164", "dash", "dot", "plain"))
    intl = phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
    nat = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    text = {
        "nat": nat,
        "intl": intl,
        "e164": phonenumbers.format_number(number, PhoneNumberFormat.E164),
        "dash": intl.replace(" ", "-", 1).replace(" ", "-") if " " in intl else intl,
        "dot": nat.replace("(", "").replace(") ", ".").replace(" ", ".").replace("-", "."),
        "plain": "".join(c for c in nat if c.isdigit()),
    }[style]
    if not phone_ok(text, region):
        text = intl
    return text, region


def phone_ok(text: str, region: str) -> bool:
    try:
        parsed = phonenumbers.parse(text, None if text.startswith("+") else region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(parsed)


def card(rng: random.Random) -> str:
    brand = rng.choice(("visa", "visa", "mc", "mc", "amex", "disc"))
    prefix, length = {
        "visa": ("4" + rng.choice(("539", "916", "024", "485", "175")), 16),
        "mc": (rng.choice(("51", "53", "55", "2221", "2720")), 16),
        "amex": (rng.choice(("34", "37")), 15),
        "disc": ("6011", 16),
    }[brand]
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    digits = next(body + d for d in string.digits if luhn_ok(body + d))
    sep = rng.choice((" ", "-", "", " "))
    groups = (4, 6, 5) if length == 15 else (4, 4, 4, 4)
    parts, i = [], 0
    for g in groups:
        parts.append(digits[i : i + g])
        i += g
    return sep.join(parts)


_IBAN = {
    "DE": "n8n10", "GB": "a4n14", "FR": "n23", "NL": "a4n10", "ES": "n20", "IT": "a1n22",
    "BE": "n12", "CH": "n17", "AT": "n16", "PL": "n24", "IE": "a4n14", "PT": "n21",
    "SE": "n20", "DK": "n14", "NO": "n11", "FI": "n14", "LU": "n16", "CZ": "n20",
}  # fmt: skip
_BANKS = ("NWBK", "BARC", "MIDL", "LOYD", "ABNA", "RABO", "INGB", "AIBK", "BOFI", "TRIO")


def iban(rng: random.Random, country: str | None = None) -> str:
    country = country or rng.choice(tuple(_IBAN))
    spec, bban, i = _IBAN[country], "", 0
    while i < len(spec):
        kind = spec[i]
        j = i + 1
        while j < len(spec) and spec[j].isdigit():
            j += 1
        count = int(spec[i + 1 : j])
        if kind == "a":
            bban += rng.choice(_BANKS)[:count] if count == 4 else "X"
        else:
            bban += "".join(rng.choice(string.digits) for _ in range(count))
        i = j
    moved = bban + country + "00"
    check = 98 - int("".join(str(int(c, 36)) for c in moved)) % 97
    value = f"{country}{check:02d}{bban}"
    assert iban_check_digits_ok(value)
    if rng.random() < 0.55:
        value = " ".join(value[k : k + 4] for k in range(0, len(value), 4))
    return value


def ssn(rng: random.Random) -> str:
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    value = f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
    assert ssn_ok(value)
    r = rng.random()
    return value if r < 0.7 else value.replace("-", " ") if r < 0.85 else value.replace("-", "")


def ipv4(rng: random.Random) -> str:
    first = rng.choice((10, 172, 192, 81, 145, 203, 91, 62, 188, 34, 52, 104))
    if first == 192:
        return f"192.168.{rng.randint(0, 40)}.{rng.randint(2, 250)}"
    if first == 172:
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 250)}"
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 250)}"


def ipv6(rng: random.Random) -> str:
    base = rng.choice((0x20010DB8, 0x2A0104F8, 0x26001700, 0xFE800000))
    low = rng.getrandbits(64) if rng.random() < 0.6 else rng.getrandbits(16)
    value = (base << 96) | (rng.getrandbits(16) << 64 if base != 0xFE800000 else 0) | low
    return str(ipaddress.IPv6Address(value))


def account(rng: random.Random) -> str:
    style = rng.choice(("us", "uk", "dash", "long", "in"))
    d = lambda n: "".join(rng.choice(string.digits) for _ in range(n))  # noqa: E731
    return {
        "us": d(10),
        "uk": d(8),
        "dash": f"{d(4)}-{d(6)}-{d(2)}",
        "long": "00" + d(10),
        "in": d(14),
    }[style]


DOMAINS = ("gmail.com", "outlook.com", "yahoo.co.uk", "proton.me", "web.de", "orange.fr",
           "icloud.com", "hotmail.com", "gmx.at", "libero.it", "mail.ru", "yandex.com")  # fmt: skip


def email(rng: random.Random, given: str, family: str, domain: str | None = None) -> str:
    g = "".join(c for c in fold(given).lower() if c.isalnum())
    f = "".join(c for c in fold(family).lower() if c.isalnum())
    local = rng.choice(
        (f"{g}.{f}", f"{g[0]}{f}", f"{g}_{f}{rng.randint(1, 99)}", f"{g}{rng.randint(70, 99)}",
         f"{f}.{g[0]}", f"{g}.{f[:1]}")
    )  # fmt: skip
    return f"{local}@{domain or rng.choice(DOMAINS)}"


def address(rng: random.Random, city: str, region: str, cc: str) -> str:
    n = rng.randint(2, 240)
    d = lambda k: "".join(rng.choice(string.digits) for _ in range(k))  # noqa: E731
    if cc in ("US",):
        return f"{n * 7} {rng.choice(STREETS['US'])}, {city}, {US_STATES[region]} {d(5)}"
    if cc in ("CA", "AU", "NZ", "IE"):
        return f"{n} {rng.choice(STREETS[cc])}, {city}"
    if cc == "GB":
        pc = f"{rng.choice(('LS', 'CF', 'G'))}{rng.randint(1, 19)} {rng.randint(1, 9)}{rng.choice('ABDEHJLNPQRSTUWXYZ')}{rng.choice('ABDEHJLNPQRSTUWXYZ')}"
        return f"{n} {rng.choice(STREETS['GB'])}, {city} {pc}"
    if cc in ("DE", "AT", "CH", "BE"):
        z = d(5 if cc == "DE" else 4)
        return f"{rng.choice(STREETS[cc])} {n}, {z} {city}"
    if cc == "NL":
        return (
            f"{rng.choice(STREETS['NL'])} {n}, {d(4)} {rng.choice(('AB', 'KL', 'XT', 'GC'))} {city}"
        )
    if cc == "FR":
        return f"{n} {rng.choice(STREETS['FR'])}, {d(5)} {city}"
    if cc in ("IT", "ES"):
        return f"{rng.choice(STREETS[cc])}, {n}, {d(5)} {city}"
    if cc == "PT":
        return f"{rng.choice(STREETS['PT'])} {n}, {d(4)}-{d(3)} {city}"
    if cc == "JP":
        return f"{rng.randint(1, 5)}-{rng.randint(1, 20)}-{rng.randint(1, 12)} Chuo, {city}"
    if cc == "IN":
        return (
            f"Flat {rng.randint(1, 14)}{rng.choice('ABCD')}, Sai Residency, MG Road, {city} {d(6)}"
        )
    if cc in STREETS:
        return f"{n} {rng.choice(STREETS[cc])}, {city}"
    return f"{n} Station Road, {city}"


# ---- decoys: look like personal data, are not ------------------------------------------------


def decoy(rng: random.Random, kind: str) -> str:
    d = lambda k: "".join(rng.choice(string.digits) for _ in range(k))  # noqa: E731
    up = lambda k: "".join(rng.choice(string.ascii_uppercase) for _ in range(k))  # noqa: E731
    hx = lambda k: "".join(rng.choice("0123456789abcdef") for _ in range(k))  # noqa: E731
    if kind == "order":
        return rng.choice((f"ORD-{d(5)}-{d(2)}", f"#{d(7)}", f"{d(3)}-{d(7)}-{d(7)}", f"SO{d(8)}"))
    if kind == "track":
        return rng.choice((f"1Z{up(3)}{d(3)}{d(10)}", f"JD{d(16)}", f"{d(4)} {d(4)} {d(4)} {d(2)}"))
    if kind == "isbn":
        return f"978-{rng.randint(0, 1)}-{d(4)}-{d(4)}-{rng.randint(0, 9)}"
    if kind == "ver":
        return f"{rng.randint(1, 14)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}"
    if kind == "ticket":
        return rng.choice((f"INC{d(7)}", f"OPS-{d(4)}", f"CASE-{d(6)}", f"JIRA-{d(3)}"))
    if kind == "hash":
        return hx(rng.choice((7, 8, 12)))
    if kind == "sha":
        return hx(40)
    if kind == "date":
        return rng.choice(
            (f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
             f"{rng.randint(1, 28)} {rng.choice(('March', 'June', 'Sept', 'Nov', 'Jan'))} 2025",
             f"{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/2025")
        )  # fmt: skip
    if kind == "time":
        return f"{rng.randint(7, 22):02d}:{rng.choice(('00', '15', '30', '45', '05'))}"
    if kind == "price":
        return rng.choice((f"${rng.randint(4, 900)}.{d(2)}", f"€{rng.randint(3, 400)},{d(2)}",
                           f"£{rng.randint(2, 300)}.{d(2)}"))  # fmt: skip
    if kind == "sku":
        return f"{up(2)}-{d(4)}-{up(1)}{d(2)}"
    if kind == "ref":
        return f"{up(3)}{d(6)}"
    if kind == "num":
        return str(rng.randint(2, 480))
    if kind == "seat":
        return f"{rng.choice('ABCDEFGHJK')}{rng.randint(1, 24)}"
    if kind == "plate":
        return f"{up(2)}{d(2)} {up(3)}"
    if kind == "port":
        return str(rng.choice((8080, 8443, 5432, 6379, 9200, 3000)))
    if kind == "imei":
        return f"35{d(13)}"
    if kind == "serial":
        return f"SN{d(4)}-{up(2)}{d(5)}"
    raise KeyError(kind)


DECOY_KINDS = frozenset(
    ("order track isbn ver ticket hash sha date time price sku ref num seat plate port imei "
     "serial").split()
)  # fmt: skip
