"""Values planted in val10, the blind part of the labelled PII corpus, and the decoys beside
them: phone numbers of 24 regions (each checked with `phonenumbers`), Luhn-valid cards,
IBANs with computed check digits, US SSNs by the issuing rules, IPv4/IPv6 addresses, bank
account numbers, e-mail addresses built from a person's name, and decoy numbers (orders,
tracking codes, ISBNs, versions) that look like them. Written by hand by the val10 author.
"""

from __future__ import annotations

import random
import unicodedata

import phonenumbers
from phonenumbers import PhoneNumberFormat

# region -> national number prefixes and total national length
PHONE_PLANS: dict[str, tuple[tuple[str, ...], int]] = {
    "US": (("212", "415", "617", "312", "206", "303", "512", "404", "918", "208"), 10),
    "CA": (("416", "604", "902", "204", "514"), 10),
    "GB": (("74", "75", "77", "78", "79", "20", "113", "117", "141"), 10),
    "IE": (("85", "86", "87", "21"), 9),
    "DE": (("151", "160", "170", "176", "30", "341"), 11),
    "FR": (("6", "7", "1", "4"), 9),
    "NL": (("6",), 9),
    "BE": (("47", "48", "49"), 9),
    "IT": (("347", "328", "339", "06"), 10),
    "ES": (("6", "91", "96"), 9),
    "PT": (("91", "93", "96"), 9),
    "PL": (("50", "60", "69", "12"), 9),
    "IN": (("98", "97", "91", "88"), 10),
    "BR": (("119", "219", "419"), 11),
    "MX": (("55", "33", "81"), 10),
    "JP": (("90", "80"), 10),
    "KR": (("10",), 10),
    "AU": (("4",), 9),
    "NZ": (("21", "27"), 9),
    "ZA": (("82", "83", "72"), 9),
    "NG": (("803", "806", "813"), 10),
    "KE": (("71", "72"), 9),
    "TR": (("53", "54"), 10),
    "SE": (("70", "73"), 9),
}
PHONE_REGIONS: tuple[str, ...] = tuple(PHONE_PLANS)


def phone(rng: random.Random, region: str | None = None, style: str | None = None) -> str:
    """A valid phone number of a region, written in one of several ways."""
    region = region or rng.choice(PHONE_REGIONS)
    prefixes, length = PHONE_PLANS[region]
    for _ in range(200):
        pre = rng.choice(prefixes)
        national = pre + "".join(rng.choice("0123456789") for _ in range(length - len(pre)))
        if region in ("US", "CA") and national[3] in "01":
            continue
        num = phonenumbers.parse(national, region)
        if phonenumbers.is_valid_number(num):
            break
    else:  # pragma: no cover - the plans above always find one
        raise RuntimeError(region)
    style = style or rng.choice(("nat", "nat", "intl", "intl", "e164", "plain", "dots", "dash"))
    if style == "nat":
        return phonenumbers.format_number(num, PhoneNumberFormat.NATIONAL)
    if style == "intl":
        return phonenumbers.format_number(num, PhoneNumberFormat.INTERNATIONAL)
    if style == "e164":
        return phonenumbers.format_number(num, PhoneNumberFormat.E164)
    intl = phonenumbers.format_number(num, PhoneNumberFormat.INTERNATIONAL)
    if style == "dots":
        return intl.replace(" ", ".").replace("-", ".")
    if style == "dash":
        return intl.replace(" ", "-")
    nat = phonenumbers.format_number(num, PhoneNumberFormat.NATIONAL)
    return "".join(ch for ch in nat if ch.isdigit())


def _luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def card(rng: random.Random) -> str:
    kind = rng.choice(("visa", "visa", "mc", "amex", "disc"))
    prefix, length = {
        "visa": ("4", 16),
        "mc": (rng.choice(("51", "53", "55", "2221")), 16),
        "amex": (rng.choice(("34", "37")), 15),
        "disc": ("6011", 16),
    }[kind]
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    digits = body + _luhn_digit(body)
    sep = rng.choice((" ", "-", "", " "))
    if length == 15:
        groups = [digits[:4], digits[4:10], digits[10:]]
    else:
        groups = [digits[i : i + 4] for i in range(0, 16, 4)]
    return sep.join(groups)


# country -> BBAN pattern: 'd' digit, 'A' capital letter
IBAN_PLANS: dict[str, str] = {
    "DE": "d" * 18,
    "GB": "AAAA" + "d" * 14,
    "IE": "AAAA" + "d" * 14,
    "FR": "d" * 23,
    "ES": "d" * 20,
    "NL": "AAAA" + "d" * 10,
    "IT": "A" + "d" * 22,
    "BE": "d" * 12,
    "CH": "d" * 17,
    "PL": "d" * 24,
    "AT": "d" * 16,
    "PT": "d" * 21,
    "FI": "d" * 14,
    "NO": "d" * 11,
}


def iban(rng: random.Random, country: str | None = None) -> str:
    country = country or rng.choice(tuple(IBAN_PLANS))
    bban = "".join(
        rng.choice("0123456789") if c == "d" else rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
        for c in IBAN_PLANS[country]
    )
    moved = bban + country + "00"
    rem = int("".join(str(int(ch, 36)) for ch in moved)) % 97
    compact = f"{country}{98 - rem:02d}{bban}"
    if rng.random() < 0.6:
        return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
    return compact


def ssn(rng: random.Random) -> str:
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    group, serial = rng.randint(1, 99), rng.randint(1, 9999)
    sep = rng.choice(("-", "-", "-", " "))
    return f"{area:03d}{sep}{group:02d}{sep}{serial:04d}"


def ipv4(rng: random.Random) -> str:
    first = rng.choice((23, 31, 45, 62, 78, 81, 94, 103, 141, 151, 178, 185, 203, 212))
    if rng.random() < 0.25:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng: random.Random) -> str:
    head = rng.choice(("2001:db8", "2a02:c7f", "2600:1700", "2a01:4f8", "fe80:"))
    tail = ":".join(f"{rng.randint(0, 0xFFFF):x}" for _ in range(rng.choice((2, 3, 4))))
    return f"{head}::{tail}" if not head.endswith(":") else f"{head}:{tail}"


def account(rng: random.Random) -> str:
    style = rng.choice(("plain8", "plain10", "plain12", "dash", "space"))
    if style == "plain8":
        return "".join(rng.choice("0123456789") for _ in range(8))
    if style == "plain10":
        return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(9))
    if style == "plain12":
        return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(11))
    d = "".join(rng.choice("0123456789") for _ in range(10))
    sep = "-" if style == "dash" else " "
    return f"{d[:3]}{sep}{d[3:7]}{sep}{d[7:]}"


MAIL_DOMAINS: tuple[str, ...] = (
    "gmail.com",
    "outlook.com",
    "yahoo.co.uk",
    "proton.me",
    "web.de",
    "orange.fr",
    "libero.it",
    "icloud.com",
    "hotmail.es",
    "mail.ru",
    "naver.com",
    "rediffmail.com",
    "gmx.at",
    "seznam.cz",
    "wp.pl",
)
ORG_DOMAINS: tuple[str, ...] = (
    "stmarys-portal.org",
    "brightstart-nursery.co.uk",
    "harbourcu.org",
    "paylinebureau.com",
    "fjordline-cruises.no",
    "greenthumb-garden.de",
    "lumenstudio.photo",
    "kettlehouse-brewing.com",
    "ironbell-gym.fit",
    "cu-riverside.coop",
)


def ascii_fold(s: str) -> str:
    s = s.replace("ø", "o").replace("æ", "ae").replace("ð", "d").replace("þ", "th")
    s = s.replace("ł", "l").replace("ı", "i").replace("Ł", "L").replace("Ø", "O")
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if ch.isascii() and (ch.isalnum() or ch in ".-_"))


def email(rng: random.Random, first: str, last: str) -> str:
    f = ascii_fold(first.lower().replace(" ", "").replace("'", ""))
    la = ascii_fold(last.lower().replace(" ", "").replace("'", ""))
    shape = rng.choice(("f.l", "fl", "f_l", "il", "f.l99", "lf"))
    local = {
        "f.l": f"{f}.{la}",
        "fl": f"{f}{la}",
        "f_l": f"{f}_{la}",
        "il": f"{f[:1]}{la}",
        "f.l99": f"{f}.{la}{rng.randint(1, 99)}",
        "lf": f"{la}.{f[:1]}",
    }[shape]
    domain = rng.choice(MAIL_DOMAINS + ORG_DOMAINS[:4])
    return f"{local}@{domain}"


# ---- decoys: never gold ------------------------------------------------------------------


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def decoy(rng: random.Random, kind: str) -> str:
    if kind == "order":
        return rng.choice(("ORD-", "#", "SO", "PO-", "INV-")) + _digits(rng, rng.choice((6, 7, 8)))
    if kind == "ticket":
        return rng.choice(("INC", "SR-", "CASE-", "TKT-", "JIRA-")) + _digits(rng, 5)
    if kind == "track":
        return rng.choice(("1Z", "JD", "LX", "CP")) + _digits(rng, 14)
    if kind == "isbn":
        return f"978-{rng.randint(0, 1)}-{_digits(rng, 3)}-{_digits(rng, 5)}-{rng.randint(0, 9)}"
    if kind == "ver":
        return f"{rng.randint(1, 14)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}"
    if kind == "date":
        y, m, d = rng.randint(2023, 2026), rng.randint(1, 12), rng.randint(1, 28)
        return rng.choice((f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y}", f"{d}.{m}.{y}"))
    if kind == "time":
        return f"{rng.randint(6, 22):02d}:{rng.choice((0, 15, 30, 45)):02d}"
    if kind == "price":
        return rng.choice(("€", "£", "$", "")) + f"{rng.randint(3, 2400)}.{rng.randint(0, 99):02d}"
    if kind == "sku":
        return f"{rng.choice(('SKU', 'MDL', 'PN', 'ART'))}-{_digits(rng, 4)}-{rng.choice('ABCDXZ')}"
    if kind == "hash":
        return "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice((7, 12, 40))))
    if kind == "n":
        return str(rng.randint(2, 48))
    if kind == "longnum":  # looks like a phone or card but is a reference number
        return rng.choice(
            (
                f"{_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 4)}",
                f"0{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 4)}",
                _digits(rng, 13),
            )
        )
    if kind == "pct":
        return f"{rng.randint(1, 99)}%"
    if kind == "room":
        return f"{rng.randint(1, 9)}{rng.randint(0, 3)}{rng.randint(1, 9)}"
    raise KeyError(kind)


DECOY_KINDS: frozenset[str] = frozenset(
    (
        "order",
        "ticket",
        "track",
        "isbn",
        "ver",
        "date",
        "time",
        "price",
        "sku",
        "hash",
        "n",
        "longnum",
        "pct",
        "room",
    )
)
