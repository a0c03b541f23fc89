"""Planted values and decoys for `train_p`: phones (checked with `phonenumbers`), Luhn-valid
cards, IBANs with computed check digits, valid SSNs, IPs, account numbers, e-mail addresses
built from a person's name, street addresses; and the decoys of clean prompts."""

from __future__ import annotations

import random
import unicodedata

import phonenumbers

from .train_p_names import STREET_TYPES, STREETS

_PHONE_SHAPES = (
    ("GB", "+44 7{d3} {d6}"), ("GB", "07{d3} {d6}"), ("GB", "+44 (0)20 7{d3} {d4}"),
    ("US", "+1 ({us}) {ex}-{d4}"), ("US", "({us}) {ex}-{d4}"), ("US", "{us}-{ex}-{d4}"),
    ("DE", "+49 151 {d8}"), ("DE", "0151 {d4} {d4}"), ("FR", "+33 6 {d2} {d2} {d2} {d2}"),
    ("FR", "06 {d2} {d2} {d2} {d2}"), ("ES", "+34 6{d2} {d3} {d3}"), ("IT", "+39 347 {d3} {d4}"),
    ("NL", "+31 6 {d8}"), ("IE", "+353 87 {d3} {d4}"), ("IN", "+91 98{d3} {d5}"),
    ("NG", "+234 803 {d3} {d4}"), ("KE", "+254 712 {d6}"), ("AU", "+61 4{d2} {d3} {d3}"),
    ("BR", "+55 11 9{d4}-{d4}"), ("TR", "+90 532 {d3} {d2} {d2}"), ("GH", "+233 24 {d3} {d4}"),
)
_US_AREAS = ("212", "415", "312", "617", "206", "303", "512", "646", "718", "404", "305", "702")


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def phone(rng: random.Random) -> str:
    for _ in range(20):
        region, shape = rng.choice(_PHONE_SHAPES)
        value = shape.format(d2=_d(rng, 2), d3=_d(rng, 3), d4=_d(rng, 4), d5=_d(rng, 5),
                             d6=_d(rng, 6), d8=_d(rng, 8), us=rng.choice(_US_AREAS),
                             ex=str(rng.randint(201, 989)))
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(value, region)):
                return value
        except phonenumbers.NumberParseException:
            pass
    return "+44 7911 123456"


def _luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def card(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.15:
        body = rng.choice(("34", "37")) + _d(rng, 12)
        num = body + _luhn_digit(body)
        return f"{num[:4]} {num[4:10]} {num[10:]}" if rng.random() < 0.6 else num
    body = rng.choice(("4", "51", "52", "55", "2221", "6011"))
    body += _d(rng, 15 - len(body))
    num = body + _luhn_digit(body)
    sep = rng.choice((" ", "-", "", " "))
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


_IBAN_SHAPES = (("DE", "{n8}{n10}"), ("GB", "{a4}{n6}{n8}"), ("FR", "{n10}{n11}{n2}"),
                ("NL", "{a4}{n10}"), ("ES", "{n10}{n10}"), ("IT", "X{n10}{n12}"),
                ("BE", "{n12}"), ("IE", "{a4}{n6}{n8}"), ("PT", "{n10}{n11}"), ("TR", "{n10}{n12}"))


def iban(rng: random.Random) -> str:
    country, shape = rng.choice(_IBAN_SHAPES)
    bban = shape.format(a4="".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(4)),
                        n2=_d(rng, 2), n6=_d(rng, 6), n8=_d(rng, 8), n10=_d(rng, 10),
                        n11=_d(rng, 11), n12=_d(rng, 12))
    if country == "TR":
        bban = bban[:5] + "0" + bban[6:]
    moved = bban + country + "00"
    check = 98 - int("".join(str(int(ch, 36)) for ch in moved)) % 97
    value = f"{country}{check:02d}{bban}"
    if rng.random() < 0.6:
        value = " ".join(value[i:i + 4] for i in range(0, len(value), 4))
    return value


def ssn(rng: random.Random) -> str:
    area = rng.randint(1, 899)
    area = 667 if area == 666 else area
    value = f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
    return value if rng.random() < 0.8 else value.replace("-", rng.choice(("", " ")))


def ip(rng: random.Random) -> str:
    if rng.random() < 0.2:
        return ":".join(f"{rng.randint(0, 65535):x}" for _ in range(8))
    first = rng.choice((10, 172, 192, 81, 45, 203, 91, 62, 100, 185))
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def account(rng: random.Random) -> str:
    return rng.choice((_d(rng, 8), _d(rng, 10), f"{_d(rng, 4)}-{_d(rng, 6)}", _d(rng, 12)))


_DOMAINS = ("gmail.com", "outlook.com", "yahoo.co.uk", "proton.me", "icloud.com", "web.de",
            "orange.fr", "libero.it", "hotmail.com", "acme-logistics.co.uk", "northwind.io")


def ascii_(text: str) -> str:
    norm = unicodedata.normalize("NFKD", text.replace("ı", "i").replace("ø", "o"))
    return "".join(c for c in norm if c.isascii() and (c.isalnum())).lower()


def email(rng: random.Random, given: str, family: str) -> str:
    g, f = ascii_(given) or "info", ascii_(family) or "mail"
    local = rng.choice((f"{g}.{f}", f"{g[0]}{f}", f"{g}{rng.randint(1, 99)}", f"{f}.{g}",
                        f"{g}_{f}"))
    return f"{local}@{rng.choice(_DOMAINS)}"


def address(rng: random.Random, city: str) -> str:
    street = f"{rng.choice(STREETS)} {rng.choice(STREET_TYPES)}"
    num = rng.choice((str(rng.randint(1, 240)), f"Flat {rng.randint(1, 30)}, {rng.randint(1, 99)}"))
    return f"{num} {street}, {city}"


_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WORDS = ("we hope", "grace period", "will do", "the May release", "in June", "mark as read",
         "bill me later", "rose by 4%", "faith in the process", "sterling work", "a frank chat",
         "joy of it", "patience please", "the summer rush", "august committee", "a sunny day",
         "honest review", "amber warning", "ivy on the wall", "a dawn start", "we will",
         "can do", "jack up the price", "pat on the back", "crystal clear", "hazel trim",
         "olive oil", "iris scanner", "holly wreath", "a noble effort", "a royal mess")


def decoy(rng: random.Random, kind: str) -> str:
    if kind == "REF":
        prefix = rng.choice(("ORD", "BK", "INV", "REF", "TKT", "PO"))
        return prefix + "-" + _d(rng, rng.randint(5, 8))
    if kind == "DATE":
        return rng.choice((f"{rng.randint(1, 28)} {rng.choice(MONTHS)}",
                           f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                           f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2026"))
    if kind == "TIME":
        return rng.choice((f"{rng.randint(7, 21)}:{rng.choice(('00', '15', '30', '45'))}",
                           f"{rng.randint(1, 12)}{rng.choice(('am', 'pm'))}"))
    if kind == "VER":
        return f"v{rng.randint(0, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}"
    if kind == "PRICE":
        cents = rng.choice(("00", "50", "99"))
        return rng.choice(("£", "$", "€")) + f"{rng.randint(2, 900)}.{cents}"
    if kind == "SKU":
        return "".join(rng.choice(_LETTERS) for _ in range(2)) + _d(rng, 2) + "-" + _d(rng, 4)
    if kind == "ROOM":
        return f"{rng.randint(1, 9)}.{rng.randint(1, 40):02d}"
    if kind == "SEAT":
        return f"{rng.randint(1, 40)}{rng.choice('ABCDEF')}"
    if kind == "HEX":
        return "#" + "".join(rng.choice("0123456789abcdef") for _ in range(6))
    if kind == "DAY":
        return rng.choice(WEEKDAYS)
    if kind == "MONTH":
        return rng.choice(MONTHS)
    if kind == "N":
        return str(rng.randint(2, 60))
    if kind == "CODE":
        return "".join(rng.choice(_LETTERS) for _ in range(3)) + _d(rng, 3)
    return rng.choice(WORDS)
