"""train_j: a generator of labelled training prompts for fine-tuning a NER model on PERSON
and LOCATION, with its precision in mind: most prompts, clean or not, mention things named
like people or carrying a person's name, and none of those is labelled.

How it was written ("blind"): its author read only `pii_corpus/__init__.py` (the
`Prompt`/`Gold`/`compose`/`check` API and the gold conventions) and `pii_corpus/validity.py`
(Luhn, IBAN and SSN checks); no other part of the corpus, no analyzer code, no docs of the
analyzer and no test of the corpus. Templates, the hand-written name pools (59 cultures),
places and the many hundreds of things named like people were written from the author's
head; Faker's person names of Latin-script and romanized locales are mixed in for volume
(about half of the people), read from its locale providers.

Domains: work and science - software teams (hostnames, codenames, services, libraries, AI
assistants and bots, CamelCase identifiers, branches), engineering and medicine (theorems,
laws, units, equations, diseases, syndromes, procedures and instruments named after people),
finance (indices, funds, firms, rules), sports trophies, ships, storms, awards, racehorses,
brands, characters, foods and colours.

Shapes: code with comments, logs, tickets, commit messages, meeting notes, lab notebooks,
clinical notes, reports with tables, JSON, YAML, CSV, HTML/XML, chat, e-mail, voice-to-text
and reports (`SHAPES`).

Conventions (those of `pii_corpus`): a PERSON span is the name as written (full, given
alone, family alone after a title, initials, surname first in capitals or "Family, Given",
lower or upper case), never a title, a possessive "'s" or an @-mention's "@"; names in
e-mail addresses are not PERSON (the address is EMAIL_ADDRESS). LOCATION is a city, region,
country or a whole street address. Every occurrence of a planted value is labelled; every
person and place in a prompt is planted. Phones are valid by `phonenumbers` as written,
cards pass Luhn, IBANs their check digits, SSNs the issuing rules, IPs parse; ACCOUNT_NUMBER
only where the text says it is an account. Clean prompts (about half) hold no person, place
or contact, only things and decoys (order numbers, versions, hashes, tracking codes, dates,
prices). Things named like people are never streets, venues or stadiums.

`prompts(seed, count)`: `count` prompts with ids `trainj-<seed>-00001`...; the same for the
same seed, other fills and template order for another.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass

from appliance.testing.pii_corpus import Piece, Prompt, check, compose
from appliance.testing.pii_corpus import train_j_names as names
from appliance.testing.pii_corpus import train_j_values as values
from appliance.testing.pii_corpus.train_j_clean import CLEAN
from appliance.testing.pii_corpus.train_j_personal import PERSONAL
from appliance.testing.pii_corpus.train_j_things import THINGS

TEMPLATES: tuple[tuple[str, str], ...] = PERSONAL + CLEAN
SHAPES: tuple[str, ...] = tuple(sorted({shape for shape, _ in TEMPLATES}))

_SLOT = re.compile(r"\{([A-Za-z][A-Za-z0-9]*(?::[a-z]+\d*)?(?:\|[A-Za-z0-9]+)?)\}")

_VALUE_KINDS = {
    "email": "EMAIL_ADDRESS",
    "phone": "PHONE_NUMBER",
    "card": "CREDIT_CARD",
    "iban": "IBAN_CODE",
    "ip": "IP_ADDRESS",
    "ip6": "IP_ADDRESS",
    "ssn": "US_SSN",
    "acct": "ACCOUNT_NUMBER",
}
_PLACE_KINDS = ("city", "region", "country", "addr")
_PERSON_MODES = ("", "f", "l", "i", "il", "S", "c", "lc", "fl", "u", "x", "full")
_TEXT_MODES = ("", "lc", "u", "snake")


@dataclass(frozen=True)
class _Person:
    given: str
    family: str
    culture: str


@dataclass(frozen=True)
class _Slot:
    key: str  # what fills share within one prompt: "P1", "t:lib2", "city"
    kind: str  # "P", "W", "city", "email", "t", "d", ...
    arg: str  # thing category or decoy kind; for email, the person key
    mode: str


_Parsed = tuple[str | _Slot, ...]


def _parse(template: str) -> _Parsed:
    out: list[str | _Slot] = []
    pos = 0
    for m in _SLOT.finditer(template):
        if m.start() > pos:
            out.append(template[pos : m.start()])
        inner = m.group(1)
        body, _, mode = inner.partition("|")
        if body.startswith(("t:", "d:")):
            kind, cat = body.split(":")
            base = cat.rstrip("0123456789")
            if kind == "t" and base not in THINGS:
                raise ValueError(f"unknown thing category in {template!r}: {base}")
            if kind == "d" and base not in _DECOYS:
                raise ValueError(f"unknown decoy in {template!r}: {base}")
            if mode not in _TEXT_MODES:
                raise ValueError(f"bad mode {mode!r} in {template!r}")
            out.append(_Slot(body, kind, base, mode))
        elif re.fullmatch(r"[PW]\d", body):
            if mode not in _PERSON_MODES:
                raise ValueError(f"bad person mode {mode!r} in {template!r}")
            out.append(_Slot(body, body[0], "", mode))
        elif body.rstrip("0123456789") in _PLACE_KINDS:
            out.append(_Slot(body, body.rstrip("0123456789"), "", mode))
        elif body.rstrip("0123456789") in _VALUE_KINDS or body in _VALUE_KINDS:
            kind = body if body in _VALUE_KINDS else body.rstrip("0123456789")
            key = f"{body}|{mode}" if kind == "email" else body
            out.append(_Slot(key, kind, mode, ""))
        else:
            raise ValueError(f"unknown placeholder {{{inner}}} in {template!r}")
        pos = m.end()
    if pos < len(template):
        out.append(template[pos:])
    return tuple(out)


# ---------------------------------------------------------------------------------- decoys


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


_MONTHS = (
    "January February March April May June July August September October November December"
).split()
_WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()


def _date(rng: random.Random) -> str:
    y, m, d = rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice(
        (
            f"{y}-{m:02d}-{d:02d}",
            f"{d:02d}/{m:02d}/{y}",
            f"{_MONTHS[m - 1]} {d}",
            f"{d} {_MONTHS[m - 1][:3]} {y}",
        )
    )


def _iso(rng: random.Random) -> str:
    return (
        f"{rng.randint(2022, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        f"T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z"
    )


_DECOYS: dict[str, Callable[[random.Random], str]] = {
    "small": lambda r: str(r.randint(2, 48)),
    "num": lambda r: str(r.randint(120, 98000)),
    "ver": lambda r: (
        r.choice(("v", "", ""))
        + f"{r.randint(0, 12)}.{r.randint(0, 30)}.{r.randint(0, 20)}"
        + r.choice(("", "", "", "-rc.1", "-beta"))
    ),
    "ticket": lambda r: (
        r.choice(("JIRA", "OPS", "INC", "SEC", "PLAT", "ML", "CHG")) + f"-{r.randint(100, 99999)}"
    ),
    "hash": lambda r: _hex(r, r.choice((7, 8, 12, 40))),
    "month": lambda r: r.choice(_MONTHS),
    "weekday": lambda r: r.choice(_WEEKDAYS),
    "port": lambda r: str(r.choice((22, 443, 8080, 8443, 5432, 6379, 9092, 3000, 51234))),
    "pid": lambda r: str(r.randint(300, 65000)),
    "iso": _iso,
    "time": lambda r: (
        f"{r.randint(0, 23):02d}:{r.choice((0, 15, 30, 45, 5, 50)):02d}"
        + r.choice(("", " UTC", " CET", ""))
    ),
    "ms": lambda r: str(r.randint(3, 4800)),
    "order": lambda r: (
        r.choice(("ORD-", "#A", "SO-", "WEB")) + f"{r.randint(2021, 2026)}-{_digits(r, 6)}"
    ),
    "track": lambda r: "1Z" + _hex(r, 6).upper() + _digits(r, 10),
    "pct": lambda r: f"{r.randint(0, 99)}.{r.randint(0, 9)}%",
    "invoice": lambda r: f"INV-{r.randint(2021, 2026)}-{_digits(r, 5)}",
    "price": lambda r: (
        r.choice(("€", "$", "£", "CHF ")) + f"{r.randint(3, 9999):,}.{r.choice(('00', '99', '50'))}"
    ),
    "date": _date,
    "sample": lambda r: f"S-{_digits(r, 4)}",
    "lot": lambda r: f"LOT {r.randint(20, 26)}-{_digits(r, 4)}",
    "sku": lambda r: (
        f"SKU-{_digits(r, 2)}-{_digits(r, 4)}-" + r.choice(("BLK", "WHT", "RGD", "AMB"))
    ),
    "dose": lambda r: f"{r.choice((5, 10, 25, 250, 500))} mg",
    "age": lambda r: str(r.randint(19, 91)),
    "bp": lambda r: f"{r.randint(100, 160)}/{r.randint(60, 100)}",
    "q": lambda r: str(r.randint(1, 4)),
    "year": lambda r: str(r.randint(1950, 2025)),
    "imo": lambda r: "9" + _digits(r, 6),
    "mrn": lambda r: f"MRN-{_digits(r, 7)}",
}

_PARSED: tuple[tuple[str, _Parsed], ...] = tuple((s, _parse(t)) for s, t in TEMPLATES)
_PERSONAL_IDX = tuple(range(len(PERSONAL)))
_CLEAN_IDX = tuple(range(len(PERSONAL), len(TEMPLATES)))

_CULTURE_NAMES = tuple(names.CULTURES)


# --------------------------------------------------------------------------------- filling


def _person(rng: random.Random, everyday: bool) -> _Person:
    if everyday:
        family = rng.choice(names.FAMILY if rng.random() < 0.5 else names.FAKER_FAMILY)
        return _Person(rng.choice(names.EVERYDAY_GIVEN), family, "everyday")
    if rng.random() < 0.5:
        culture = rng.choice(_CULTURE_NAMES)
        given, family = names.CULTURES[culture]
        return _Person(rng.choice(given), rng.choice(family), culture)
    return _Person(rng.choice(names.FAKER_GIVEN), rng.choice(names.FAKER_FAMILY), "faker")


def _initials(rng: random.Random, p: _Person, lower: bool) -> str:
    first = p.given[0]
    middle = rng.choice("ABCDEFGHJKLMNPRSTW") if rng.random() < 0.4 else ""
    if lower:
        return _lower(f"{first}{middle} {p.family}")
    if middle:
        return rng.choice((f"{first}. {middle}. {p.family}", f"{first}.{middle}. {p.family}"))
    return f"{first}. {p.family}"


def _render_person(rng: random.Random, p: _Person, mode: str) -> str:
    if mode == "x":
        mode = rng.choice(("", "", "f", "i", "lc", "full"))
    if mode == "W":  # an everyday-word person with no mode: given name alone
        return p.given
    full = f"{p.given} {p.family}"
    if p.culture in names.SURNAME_FIRST and rng.random() < 0.3:
        full = f"{p.family} {p.given}"
    if mode in ("", "full"):
        return full
    if mode == "f":
        return p.given
    if mode == "l":
        return p.family
    if mode in ("i", "il"):
        return _initials(rng, p, mode == "il")
    if mode == "S":
        return f"{p.family.upper()} {p.given}"
    if mode == "c":
        return f"{p.family}, {p.given}"
    if mode == "lc":
        return _lower(full)
    if mode == "fl":
        return _lower(p.given)
    if mode == "u":
        return full.upper()
    raise ValueError(mode)


def _lower(text: str) -> str:
    return text.replace("İ", "i").lower()


def _text_mode(value: str, mode: str) -> str:
    if mode == "lc":
        return _lower(value)
    if mode == "u":
        return value.upper()
    if mode == "snake":
        return re.sub(r"(?<!^)(?=[A-Z])", "_", value).lower()
    return value


def _address(rng: random.Random) -> str:
    country = rng.choice(tuple(names.STREETS))
    street = rng.choice(names.STREETS[country])
    city = rng.choice(names.ADDRESS_CITIES[country])
    n = rng.randint(1, 240)
    if country == "us":
        return f"{rng.randint(100, 9800)} {street}, {city} {_digits(rng, 5)}"
    if country == "gb":
        pc = f"{rng.choice(('LS', 'NR', 'LE', 'BN', 'BS', 'S'))}{rng.randint(1, 20)} {rng.randint(1, 9)}{rng.choice('ABDEFGHJ')}{rng.choice('LNPQRSTU')}"
        return f"{n} {street}, {city} {pc}"
    if country == "fr":
        return f"{n} {street}, {_digits(rng, 5)} {city}"
    if country == "es":
        return f"{street} {n}, {_digits(rng, 5)} {city}"
    if country == "nl":
        return f"{street} {n}, {_digits(rng, 4)} {rng.choice('ABCDEHKL')}{rng.choice('BGKLNRSX')} {city}"
    if country == "pl":
        return f"{street} {n}, {rng.randint(10, 99)}-{_digits(rng, 3)} {city}"
    if country == "it":
        return f"{street} {n}, {_digits(rng, 5)} {city}"
    return f"{street} {n}, {_digits(rng, 5)} {city}"


def _place(rng: random.Random, kind: str) -> str:
    if kind == "city":
        return rng.choice(names.CITIES)
    if kind == "region":
        return rng.choice(names.REGIONS)
    if kind == "country":
        return rng.choice(names.COUNTRIES)
    return _address(rng)


def _value(rng: random.Random, kind: str) -> str:
    if kind == "phone":
        return values.phone(rng)
    if kind == "card":
        return values.card(rng)
    if kind == "iban":
        return values.iban(rng)
    if kind == "ip":
        return values.ip(rng)
    if kind == "ip6":
        return values.ipv6(rng)
    if kind == "ssn":
        return values.ssn(rng)
    if kind == "acct":
        return values.account(rng)
    raise ValueError(kind)


def _fill(rng: random.Random, parsed: _Parsed) -> list[Piece]:
    people: dict[str, _Person] = {}
    cache: dict[str, str] = {}
    used: set[str] = set()
    pieces: list[Piece] = []

    def person(key: str) -> _Person:
        if key not in people:
            while True:
                p = _person(rng, key.startswith("W"))
                if p.given not in {q.given for q in people.values()}:
                    break
            people[key] = p
        return people[key]

    for part in parsed:
        if isinstance(part, str):
            pieces.append(part)
            continue
        slot = part
        if slot.kind in ("P", "W"):
            mode = slot.mode or ("W" if slot.kind == "W" else "")
            if slot.kind == "W" and mode == "lc":
                mode = "fl"
            pieces.append(("PERSON", _render_person(rng, person(slot.key), mode)))
            continue
        if slot.key not in cache:
            if slot.kind == "t":
                pool = THINGS[slot.arg]
                value = rng.choice(pool)
                for _ in range(6):  # a second thing of a category differs from the first
                    if value not in used:
                        break
                    value = rng.choice(pool)
            elif slot.kind == "d":
                value = _DECOYS[slot.arg](rng)
            elif slot.kind in _PLACE_KINDS:
                value = _place(rng, slot.kind)
                for _ in range(6):
                    if value not in used:
                        break
                    value = _place(rng, slot.kind)
            elif slot.kind == "email":
                p = person(slot.arg) if slot.arg else _person(rng, False)
                value = values.email(rng, p.given, p.family)
            else:
                value = _value(rng, slot.kind)
            cache[slot.key] = value
            used.add(value)
        value = cache[slot.key]
        if slot.kind in ("t", "d"):
            pieces.append(_text_mode(value, slot.mode))
        elif slot.kind in _PLACE_KINDS:
            pieces.append(("LOCATION", _text_mode(value, slot.mode)))
        else:
            pieces.append((_VALUE_KINDS[slot.kind], value))
    return pieces


def prompts(seed: int, count: int) -> list[Prompt]:
    """`count` prompts, ids `trainj-<seed>-00001`...: about half personal, half clean; the
    same for the same seed."""
    rng = random.Random(f"train_j:{seed}")
    kinds = [i % 2 == 0 for i in range(count)]  # True: personal
    rng.shuffle(kinds)
    personal_order: list[int] = []
    clean_order: list[int] = []
    out: list[Prompt] = []
    for n, personal in enumerate(kinds, start=1):
        order = personal_order if personal else clean_order
        if not order:
            order.extend(_PERSONAL_IDX if personal else _CLEAN_IDX)
            rng.shuffle(order)
        shape, parsed = _PARSED[order.pop()]
        out.append(compose(f"trainj-{seed}-{n:05d}", shape, _fill(rng, parsed)))
    check(out)
    return out
