"""Values other than names for val7, a blind part of the labelled PII corpus.

Written for val7 alone: generators, driven by the caller's `random.Random`, for card
numbers (Luhn digit computed), IBANs of many countries (check digits computed by ISO 13616),
US social security numbers within the issuing rules, IPv4 and IPv6 addresses, bank account
numbers, e-mail addresses made from a person's name or a role, and the decoys of the clean
prompts (order numbers, tracking codes, ISBN-13s, versions, hashes, prices, dates).
"""

from __future__ import annotations

import random
import string
import unicodedata

# prefix, total length
_CARDS = (
    ("4", 16),
    ("51", 16),
    ("53", 16),
    ("55", 16),
    ("2221", 16),
    ("34", 15),
    ("37", 15),
    ("6011", 16),
    ("3530", 16),
    ("36", 14),
    ("4", 13),
)


def _luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def card(rng: random.Random) -> str:
    prefix, length = rng.choice(_CARDS)
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    digits = body + _luhn_digit(body)
    sep = rng.choice(("", " ", "-", " "))
    if length == 15:
        groups = [digits[:4], digits[4:10], digits[10:]]
    elif length == 14:
        groups = [digits[:4], digits[4:10], digits[10:]]
    else:
        groups = [digits[i : i + 4] for i in range(0, length, 4)]
    return sep.join(groups) if sep else digits


# country -> BBAN pattern: d digit, a upper letter, x alphanumeric
_IBAN = {
    "DE": "d" * 18,
    "GB": "aaaa" + "d" * 14,
    "FR": "d" * 10 + "x" * 11 + "dd",
    "ES": "d" * 20,
    "IT": "a" + "d" * 10 + "x" * 12,
    "NL": "aaaa" + "d" * 10,
    "BE": "d" * 12,
    "CH": "d" * 5 + "x" * 12,
    "AT": "d" * 16,
    "PL": "d" * 24,
    "IE": "aaaa" + "d" * 14,
    "PT": "d" * 21,
    "SE": "d" * 20,
    "NO": "d" * 11,
    "DK": "d" * 14,
    "FI": "d" * 14,
    "LU": "ddd" + "x" * 13,
    "CZ": "d" * 20,
    "HU": "d" * 24,
    "RO": "aaaa" + "x" * 16,
    "HR": "d" * 17,
    "LT": "d" * 16,
    "EE": "d" * 16,
    "GR": "d" * 7 + "x" * 16,
}


def _fill(rng: random.Random, pattern: str) -> str:
    pools = {
        "d": string.digits,
        "a": string.ascii_uppercase,
        "x": string.digits + string.ascii_uppercase,
    }
    return "".join(rng.choice(pools[c]) for c in pattern)


def iban(rng: random.Random) -> str:
    country = rng.choice(sorted(_IBAN))
    bban = _fill(rng, _IBAN[country])
    moved = bban + country + "00"
    check = 98 - int("".join(str(int(ch, 36)) for ch in moved)) % 97
    compact = f"{country}{check:02d}{bban}"
    if rng.random() < 0.6:
        return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
    return compact


def ssn(rng: random.Random) -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    group, serial = rng.randint(1, 99), rng.randint(1, 9999)
    sep = rng.choice(("-", "-", "-", " ", ""))
    return f"{area:03d}{sep}{group:02d}{sep}{serial:04d}"


def ipv4(rng: random.Random) -> str:
    first = rng.choice((10, 172, 192, 203, 185, 91, 84, 62, 145, 37, 100, 52))
    if first == 192:
        return f"192.168.{rng.randint(0, 40)}.{rng.randint(2, 254)}"
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng: random.Random) -> str:
    head = rng.choice(("2001:db8", "2a02:8108", "2600:1700", "fe80:", "2a01:4f8"))
    groups = [f"{rng.randint(0, 0xFFFF):x}" for _ in range(4)]
    if head == "fe80:":
        return "fe80::" + ":".join(groups)
    return head + ":" + ":".join(groups[:2]) + "::" + groups[2]


def ip(rng: random.Random) -> str:
    return ipv6(rng) if rng.random() < 0.25 else ipv4(rng)


def account(rng: random.Random) -> str:
    style = rng.randrange(4)
    if style == 0:
        return "".join(rng.choice(string.digits) for _ in range(rng.choice((8, 10, 12))))
    if style == 1:
        return f"{rng.randint(1000, 9999)}-{rng.randint(100000, 999999)}"
    if style == 2:
        return f"{rng.randint(100, 999)}-{rng.randint(1000, 9999)}-{rng.randint(10, 99)}"
    return f"00{rng.randint(10000000, 99999999)}"


def ascii_fold(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(c for c in folded.lower() if c.isalnum() or c in ".-")


DOMAINS = (
    "harbourlight-hotels.com",
    "brickandbeam.co.uk",
    "dailyledger.news",
    "fragnet.gg",
    "pawsandclaws.vet",
    "novacura-trials.com",
    "gridwise-energy.eu",
    "kessel-werk.de",
    "vowsandvenues.com",
    "sparkmatch.app",
    "countyclerk.gov",
    "mybank-support.com",
    "dishdash.io",
    "opencollab.dev",
    "quantlab.ac.uk",
    "lingobridge.net",
    "wanderloop.travel",
    "ironpulse.fit",
    "allegro-music.school",
    "gmail.com",
    "outlook.com",
    "proton.me",
    "yahoo.co.jp",
    "web.de",
    "hotmail.fr",
    "icloud.com",
    "fastmail.fm",
)
ROLES = (
    "bookings",
    "frontdesk",
    "payroll",
    "support",
    "hr",
    "dispatch",
    "claims",
    "newsdesk",
    "reception",
    "clinic",
    "billing",
    "events",
    "studio",
    "admin",
)


def email_for(rng: random.Random, given: str, family: str) -> str:
    g, f = ascii_fold(given).replace(".", ""), ascii_fold(family.replace(" ", "")).replace(".", "")
    local = rng.choice(
        (
            f"{g}.{f}",
            f"{g[0]}{f}",
            f"{g}{f[:1]}",
            f"{g}_{f}",
            f"{f}.{g}",
            f"{g}{rng.randint(7, 99)}",
        )
    )
    return f"{local}@{rng.choice(DOMAINS)}"


def role_email(rng: random.Random) -> str:
    return f"{rng.choice(ROLES)}@{rng.choice(DOMAINS[:19])}"


# ---- decoys (plain text, never gold) ----


def order(rng: random.Random) -> str:
    return rng.choice(("ORD-", "SO-", "#", "PO-", "INV-")) + str(rng.randint(100000, 99999999))


def tracking(rng: random.Random) -> str:
    return rng.choice(("1Z", "JD", "TBA")) + "".join(
        rng.choice(string.digits + string.ascii_uppercase) for _ in range(14)
    )


def isbn(rng: random.Random) -> str:
    body = "978" + "".join(rng.choice(string.digits) for _ in range(9))
    total = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    return f"{body[:3]}-{body[3]}-{body[4:8]}-{body[8:]}-{(10 - total % 10) % 10}"


def version(rng: random.Random) -> str:
    return f"{rng.randint(0, 14)}.{rng.randint(0, 30)}.{rng.randint(0, 19)}"


def sha(rng: random.Random) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice((7, 12, 40))))


def price(rng: random.Random) -> str:
    cur = rng.choice(("$", "€", "£", "CHF ", "¥"))
    return f"{cur}{rng.randint(3, 4800)}.{rng.randint(0, 99):02d}"


def date(rng: random.Random) -> str:
    y, m, d = rng.choice((2024, 2025, 2026)), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice((f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y}", f"{d}.{m}.{y}"))


def time(rng: random.Random) -> str:
    return f"{rng.randint(0, 23):02d}:{rng.choice((0, 15, 30, 45, 5, 50)):02d}"


def ticket(rng: random.Random) -> str:
    return rng.choice(("OPS", "INC", "BUG", "CX", "PLAT", "QA")) + f"-{rng.randint(100, 98765)}"


def sku(rng: random.Random) -> str:
    return (
        rng.choice(("SKU", "PN", "REF", "LOT"))
        + "-"
        + "".join(rng.choice(string.ascii_uppercase) for _ in range(2))
        + f"{rng.randint(1000, 99999)}"
    )


def number(rng: random.Random) -> str:
    return str(rng.randint(2, 9999))


def long_number(rng: random.Random) -> str:
    """A 10-16 digit number that is not a phone, card or account (a batch or request id)."""
    return "".join(rng.choice(string.digits) for _ in range(rng.choice((10, 13, 16))))
