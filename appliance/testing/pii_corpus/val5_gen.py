"""Filling val5's templates (appliance.testing.pii_corpus.val5): a template is text with slots
`[[kind]]` or `[[kind:key]]`; slots with one key and one family of kinds stand for one value
in the whole prompt (`[[name:a]] ... [[first:a]]` is one person, `[[city:h]], [[country:h]]`
a city and its country, `[[phone:p]]` twice the same number).

Person kinds (keys starting with "w" draw a person whose given name is also an English word):
name, short, first, last, upper, lower, lfirst, ufirst, rev, revu, init, nick, ascii, afirst, at
(an @-mention: the "@" stays out of the span), and email (an address made of the person's
name: an EMAIL_ADDRESS span, no PERSON span).
Place kinds: city, ucity, lcity, country, ucountry, region, addr.
Other personal values: phone, phonei, phonen, phonex, card, iban, ibanc, ip4, ip6, ssn, ssnd,
acct. Decoys (no span): date, time, ver, price, order, inv, track, sku, isbn, uuid, sha,
sha7, build, ticket, num, n2, pct.
"""

from __future__ import annotations

import ipaddress
import random
import re
from collections.abc import Sequence
from typing import Generic, TypeVar

from appliance.testing.pii_corpus import Piece
from appliance.testing.pii_corpus.val5_phones import PHONES
from appliance.testing.pii_corpus.val5_values import (
    ADDRESSES,
    CITIES,
    MAIL_DOMAINS,
    PEOPLE,
    REGIONS,
    WORD_PEOPLE,
    Person,
    fold,
)

SLOT = re.compile(r"\[\[([a-z0-9]+)(?::([a-z0-9]+))?\]\]")

PERSON_KINDS = {
    "name", "short", "first", "last", "upper", "lower", "lfirst", "ufirst", "rev", "revu",
    "init", "nick", "ascii", "afirst", "at", "email",
}  # fmt: skip
PLACE_KINDS = {"city", "ucity", "lcity", "country", "ucountry"}
PHONE_FORMS = {"phone": "inezdtbx", "phonei": "iezd", "phonen": "ntbx", "phonex": "xn"}
VALUE_KINDS = {"region", "addr", "card", "iban", "ibanc", "ip4", "ip6", "ssn", "ssnd", "acct"}
DECOY_KINDS = {
    "date", "time", "ver", "price", "order", "inv", "track", "sku", "isbn", "uuid", "sha",
    "sha7", "build", "ticket", "num", "n2", "pct",
}  # fmt: skip
KINDS = PERSON_KINDS | PLACE_KINDS | set(PHONE_FORMS) | VALUE_KINDS | DECOY_KINDS

T = TypeVar("T")


class Deck(Generic[T]):
    """Draws items in a shuffled order, every item once before any comes again."""

    def __init__(self, items: Sequence[T], rng: random.Random) -> None:
        self.items = list(items)
        self.rng = rng
        self.left: list[T] = []

    def draw(self, avoid: Sequence[T] = ()) -> T:
        for _ in range(4):
            if not self.left:
                self.left = self.items[:]
                self.rng.shuffle(self.left)
            item = self.left.pop()
            if item not in avoid:
                return item
        return item


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


CARD_BRANDS: tuple[tuple[str, tuple[str, ...], int], ...] = (
    ("visa", ("4",), 16),
    ("mastercard", ("51", "52", "53", "54", "55", "2221", "2720", "2305"), 16),
    ("amex", ("34", "37"), 15),
    ("discover", ("6011", "65"), 16),
    ("jcb", ("3528", "3540", "3566", "3589"), 16),
    ("diners", ("36", "38"), 14),
    ("unionpay", ("62",), 16),
)

IBAN_SPECS: dict[str, str] = {
    "DE": "18n", "FR": "10n11c2n", "GB": "4a14n", "ES": "20n", "IT": "1a10n12c", "NL": "4a10n",
    "BE": "12n", "CH": "5n12c", "AT": "16n", "PL": "24n", "PT": "21n", "IE": "4a14n",
    "SE": "20n", "NO": "11n", "DK": "14n", "FI": "14n", "LT": "16n", "EE": "16n", "HR": "17n",
    "RO": "4a16c", "TR": "6n16c", "SA": "2n18c", "AE": "19n", "GE": "2a16n", "IS": "22n",
}  # fmt: skip

BANK_CODES = {
    "GB": ("NWBK", "BARC", "MIDL", "LOYD"),
    "IE": ("AIBK", "BOFI"),
    "NL": ("ABNA", "INGB", "RABO"),
    "RO": ("BTRL", "RNCB"),
    "GE": ("TB", "BG"),
}


def iban_check(country: str, bban: str) -> str:
    moved = bban + country + "00"
    number = int("".join(str(int(ch, 36)) for ch in moved))
    return f"{98 - number % 97:02d}"


class Filler:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.people = Deck(PEOPLE, rng)
        self.word_people = Deck(WORD_PEOPLE, rng)
        self.cities = Deck(CITIES, rng)
        self.regions = Deck(REGIONS, rng)
        self.addresses = Deck(ADDRESSES, rng)
        self.phones = Deck(PHONES, rng)
        self.domains = Deck(MAIL_DOMAINS, rng)
        self.brands = Deck(CARD_BRANDS, rng)
        self.iban_countries = Deck(sorted(IBAN_SPECS), rng)
        self.phone_regions: dict[str, str] = {}

    # -- one prompt ---------------------------------------------------------------------

    def fill(self, template: str) -> list[Piece]:
        self.bound: dict[tuple[str, str], object] = {}
        self.persons: list[Person] = []
        pieces: list[Piece] = []
        pos = 0
        for m in SLOT.finditer(template):
            if m.start() > pos:
                pieces.append(template[pos : m.start()])
            kind, key = m.group(1), m.group(2)
            if kind not in KINDS:
                raise ValueError(f"unknown slot kind {kind!r} in {template[:60]!r}")
            pieces.extend(self.render(kind, key))
            pos = m.end()
        if pos < len(template):
            pieces.append(template[pos:])
        return pieces

    def bind(self, family: str, key: str | None, make):  # type: ignore[no-untyped-def]
        if key is None:
            return make()
        if (family, key) not in self.bound:
            self.bound[(family, key)] = make()
        return self.bound[(family, key)]

    def person(self, key: str | None) -> Person:
        def make() -> Person:
            deck = self.word_people if key and key.startswith("w") else self.people
            taken = {p.first for p in self.persons} | {p.family for p in self.persons if p.family}
            for _ in range(6):
                p = deck.draw(self.persons)
                if p.first not in taken and (not p.family or p.family not in taken):
                    break
            self.persons.append(p)
            return p

        return self.bind("person", key, make)  # type: ignore[no-any-return]

    def render(self, kind: str, key: str | None) -> list[Piece]:
        rng = self.rng
        if kind in PERSON_KINDS:
            p = self.person(key)
            if kind == "email":
                return [("EMAIL_ADDRESS", self.bind("email", key, lambda: self.email(p)))]
            if kind == "at":
                return ["@", ("PERSON", fold(p.first).lower().replace(" ", "").replace("-", ""))]
            value = {
                "name": p.name, "short": p.short, "first": p.first, "last": p.last,
                "upper": p.name.upper(), "lower": p.name.lower(), "lfirst": p.first.lower(),
                "ufirst": p.first.upper(), "rev": p.rev, "init": p.initials, "nick": p.nickname,
                "ascii": fold(p.name), "afirst": fold(p.first),
                "revu": p.rev_upper,
            }[kind]  # fmt: skip
            return [("PERSON", value)]
        if kind in PLACE_KINDS:
            city, country = self.bind("city", key, lambda: self.cities.draw())  # type: ignore[misc]
            value = {
                "city": city, "ucity": city.upper(), "lcity": city.lower(), "country": country,
                "ucountry": country.upper(),
            }[kind]  # fmt: skip
            return [("LOCATION", value)]
        if kind in PHONE_FORMS:
            return [
                ("PHONE_NUMBER", self.bind("phone", key, lambda: self.phone(PHONE_FORMS[kind])))
            ]
        if kind == "region":
            return [("LOCATION", self.bind(kind, key, lambda: self.regions.draw()))]
        if kind == "addr":
            return [("LOCATION", self.bind(kind, key, lambda: self.addresses.draw()))]
        if kind == "card":
            return [("CREDIT_CARD", self.bind(kind, key, self.card))]
        if kind in ("iban", "ibanc"):
            return [("IBAN_CODE", self.bind("iban", key, lambda: self.iban(kind == "iban")))]
        if kind in ("ip4", "ip6"):
            return [("IP_ADDRESS", self.bind(kind, key, lambda: self.ip(kind)))]
        if kind in ("ssn", "ssnd"):
            return [("US_SSN", self.bind(kind, key, lambda: self.ssn(kind == "ssnd")))]
        if kind == "acct":
            return [("ACCOUNT_NUMBER", self.bind(kind, key, self.account))]
        return [str(self.bind(kind, key, lambda: decoy(kind, rng)))]

    # -- values -------------------------------------------------------------------------

    def email(self, p: Person) -> str:
        first = re.sub(r"[^a-z]", "", fold(p.first).lower())
        last = re.sub(r"[^a-z]", "", fold(p.last).lower())
        domain = self.domains.draw()
        style = self.rng.randrange(6)
        if style == 0 or first == last:
            local = f"{first}{self.rng.randrange(7, 99)}"
        elif style == 1:
            local = f"{first}.{last}"
        elif style == 2:
            local = f"{first[0]}{last}"
        elif style == 3:
            local = f"{last}.{first[0]}"
        elif style == 4:
            local = f"{first}_{last}{self.rng.randrange(1, 9)}"
        else:
            local = first
        return f"{local}@{domain}"

    def phone(self, forms: str) -> str:
        region, intl, nat, ok = self.phones.draw()
        allowed = [f for f in forms if f in ok] or ["i"]
        form = self.rng.choice(allowed)
        cc = intl[1 : intl.index(" ")]
        digits_nat = "".join(ch for ch in nat if ch.isdigit())
        if form == "i":
            value = intl
        elif form == "n":
            value = nat
        elif form == "e":
            value = "+" + "".join(ch for ch in intl if ch.isdigit())
        elif form == "z":
            value = "00" + intl[1:]
        elif form == "d":
            value = intl.replace(" ", "-")
        elif form == "t":
            value = "".join(ch if ch.isdigit() else "." for ch in nat).strip(".").replace("..", ".")
        elif form == "b":
            value = nat if "(" in nat else f"(+{cc}) {intl[len(cc) + 2 :]}"
        else:
            value = digits_nat
        self.phone_regions[value] = region
        return value

    def card(self) -> str:
        _, prefixes, length = self.brands.draw()
        body = self.rng.choice(prefixes)
        while len(body) < length - 1:
            body += str(self.rng.randrange(10))
        number = body + luhn_digit(body)
        sep = self.rng.choice([" ", "-", "", " "])
        if length == 15:
            groups = [number[:4], number[4:10], number[10:]]
        elif length == 14:
            groups = [number[:4], number[4:10], number[10:]]
        else:
            groups = [number[i : i + 4] for i in range(0, length, 4)]
        return sep.join(groups)

    def iban(self, spaced: bool) -> str:
        country = self.iban_countries.draw()
        bban = ""
        for count, kind in re.findall(r"(\d+)([anc])", IBAN_SPECS[country]):
            n = int(count)
            if kind == "a":
                codes = BANK_CODES.get(country)
                bban += (
                    self.rng.choice(codes)
                    if codes and len(codes[0]) == n
                    else "".join(self.rng.choice("ABCDEFGHKLMNPRSTUVWX") for _ in range(n))
                )
            elif kind == "n":
                bban += "".join(str(self.rng.randrange(10)) for _ in range(n))
            else:
                bban += "".join(
                    self.rng.choice("0123456789012345678901234567ABCKRX") for _ in range(n)
                )
        compact = country + iban_check(country, bban) + bban
        if not spaced:
            return compact
        return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))

    def ip(self, kind: str) -> str:
        rng = self.rng
        if kind == "ip4":
            first = rng.choice(
                [23, 31, 41, 62, 78, 81, 91, 102, 141, 151, 178, 185, 196, 203, 213, 10, 172, 192]
            )
            if first == 172:
                return f"172.{rng.randrange(16, 32)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"
            if first == 192:
                return f"192.168.{rng.randrange(256)}.{rng.randrange(1, 255)}"
            return f"{first}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"
        prefix = rng.choice(
            [
                "2a02:8108",
                "2001:4860",
                "2600:1f18",
                "2406:da18",
                "2c0f:fb50",
                "2a01:4f8",
                "fe80:0",
                "2804:14c",
            ]
        )
        groups = prefix.split(":") + [
            f"{rng.randrange(65536):x}" for _ in range(8 - len(prefix.split(":")))
        ]
        if rng.random() < 0.4:
            groups[3:6] = ["0", "0", "0"]
        return ipaddress.IPv6Address(":".join(groups)).compressed

    def ssn(self, digits_only: bool) -> str:
        rng = self.rng
        area = rng.randrange(1, 900)
        while area == 666:
            area = rng.randrange(1, 900)
        group, serial = rng.randrange(1, 100), rng.randrange(1, 10000)
        if digits_only:
            return f"{area:03d}{group:02d}{serial:04d}"
        sep = rng.choice(["-", "-", "-", " "])
        return f"{area:03d}{sep}{group:02d}{sep}{serial:04d}"

    def account(self) -> str:
        rng = self.rng
        n = rng.choice([8, 9, 10, 11, 12])
        digits = str(rng.randrange(1, 10)) + "".join(str(rng.randrange(10)) for _ in range(n - 1))
        if rng.random() < 0.3:
            return f"{digits[:4]}-{digits[4:]}"
        return digits


MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def decoy(kind: str, rng: random.Random) -> str:
    r = rng.randrange
    if kind == "date":
        y, m, d = rng.choice([2024, 2025, 2026]), r(1, 13), r(1, 29)
        return rng.choice(
            [
                f"{y}-{m:02d}-{d:02d}",
                f"{d:02d}/{m:02d}/{y}",
                f"{MONTHS[m - 1]} {d}, {y}",
                f"{d} {MONTHS[m - 1][:3]} {y}",
                f"{DAYS[r(7)]} {d} {MONTHS[m - 1][:3]}",
            ]
        )
    if kind == "time":
        h, mi = r(0, 24), rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50])
        return rng.choice(
            [
                f"{h:02d}:{mi:02d}",
                f"{(h % 12) or 12}:{mi:02d} {'am' if h < 12 else 'pm'}",
                f"{h:02d}:{mi:02d}:{r(60):02d}",
            ]
        )
    if kind == "ver":
        return rng.choice(
            [
                f"v{r(1, 6)}.{r(0, 30)}.{r(0, 12)}",
                f"{r(0, 4)}.{r(0, 20)}.{r(0, 9)}-rc{r(1, 4)}",
                f"{r(1, 4)}.{r(6, 14)}.{r(0, 10)}",
                f"{r(20, 26)}.{rng.choice(['04', '10'])}",
            ]
        )
    if kind == "price":
        amount = r(3, 4000) + r(0, 100) / 100
        return rng.choice(
            [
                f"${amount:,.2f}",
                f"€{amount:,.2f}",
                f"£{amount:,.2f}",
                f"{amount:,.2f} EUR",
                f"¥{int(amount) * 100:,}",
                f"USD {amount:,.2f}",
            ]
        )
    if kind == "order":
        return rng.choice(
            [
                f"ORD-{r(10000, 99999)}-{rng.choice(['KX', 'QA', 'TM', 'ZR'])}",
                f"#{r(100000, 999999)}",
                f"PO-{rng.choice([2024, 2025])}-{r(1, 9999):04d}",
                f"SO{r(100000, 999999)}",
            ]
        )
    if kind == "inv":
        return rng.choice(
            [
                f"INV-{rng.choice([2024, 2025])}-{r(1, 99999):05d}",
                f"F{rng.choice([2025, 2026])}/{r(1, 9999):04d}",
                f"INV{r(10000, 99999)}",
            ]
        )
    if kind == "track":
        return rng.choice(
            [
                "1Z" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPRTVWXY") for _ in range(16)),
                f"{rng.choice(['LX', 'RR', 'CP', 'EE'])}{r(10**8, 10**9)}{rng.choice(['CN', 'DE', 'GB', 'NL'])}",
                f"JJD{r(10**11, 10**12)}",
            ]
        )
    if kind == "sku":
        return rng.choice(
            [
                f"SKU-{rng.choice(['TBL', 'CHR', 'LMP', 'DSK'])}-{r(1000, 9999)}-{rng.choice(['GRY', 'OAK', 'BLK', 'WHT'])}",
                f"B0{r(10, 99)}{''.join(rng.choice('ABCDEFGHJKLMNPQRSTVWXYZ0123456789') for _ in range(6))}",
                f"HX-{r(100, 999)}-{rng.choice(['BLK', 'RED', 'S', 'XL'])}",
            ]
        )
    if kind == "isbn":
        body = "978" + "".join(str(r(10)) for _ in range(9))
        check = (10 - sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body)) % 10) % 10
        return f"{body[:3]}-{body[3]}-{body[4:8]}-{body[8:12]}-{check}"
    if kind == "uuid":
        h = f"{rng.getrandbits(128):032x}"
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:]}"
    if kind == "sha":
        return f"{rng.getrandbits(160):040x}"
    if kind == "sha7":
        return f"{rng.getrandbits(28):07x}"
    if kind == "build":
        return rng.choice(
            [
                f"{rng.choice([2025, 2026])}{r(1, 13):02d}{r(1, 29):02d}.{r(1, 9)}",
                f"#{r(1000, 9999)}",
                f"b{r(100, 999)}",
            ]
        )
    if kind == "ticket":
        return f"{rng.choice(['OPS', 'PLAT', 'DATA', 'WEB', 'INFRA', 'MOB', 'SEC', 'BILL'])}-{r(100, 9999)}"
    if kind == "num":
        return str(r(2, 5000))
    if kind == "n2":
        return str(r(2, 60))
    if kind == "pct":
        return f"{r(0, 100)}.{r(10)}%"
    raise ValueError(kind)
