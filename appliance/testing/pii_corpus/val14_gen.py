"""The renderer of val14: turns a hand-written template into a `Prompt`.

A template is (name, shape, text). In the text, `{{...}}` marks a slot:

* people: `p1` ... `p5` (any culture) and `w1`, `w2` (a given name that is also an
  everyday word), with a form after a dot: `full` (the default), `first`, `last`, `lf`
  ("LAST, First" as `LF`, "Last, First" as `lf`), `init` ("J. Last"), `sf` (family name
  first), `lower`, `firstl`, `upper`, `lastup`, `email` and `wemail` (an e-mail address made
  from the name: an EMAIL_ADDRESS span, not a PERSON one), `url` (the name in a URL's query
  string: literal text, no span);
* values: `phone`, `phone_gb` (a region), `card`, `iban`, `iban_de`, `ssn`, `ip4`, `ip6`,
  `acct`, `acct_uk` (a country's way), `city`, `region`, `country`, `addr`; `#2` makes a
  second, different value of the kind; a repeated slot repeats its value (and its span);
* modifiers after a colon: `up`, `low`, and a phone style (`intl`, `national`, `e164`,
  `compact`, `dots`, `dashes`, `paren0`);
* decoys: `d.order`, `d.date` ... (see `val14_values.decoy`): literal text, never gold.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from appliance.testing.pii_corpus import Piece, Prompt, compose
from appliance.testing.pii_corpus.val14_names import (
    CULTURES,
    WORD_NAME_FAMILIES,
    WORD_NAMES,
    Culture,
)
from appliance.testing.pii_corpus.val14_values import (
    CITIES,
    COUNTRIES,
    REGIONS,
    account,
    address,
    card,
    decoy,
    email,
    iban,
    ip4,
    ip6,
    phone,
    ssn,
)

SLOT = re.compile(r"\{\{([A-Za-z0-9_.:#]+)\}\}")
PHONE_STYLES = ("intl", "national", "e164", "compact", "dots", "dashes", "paren0")
ENGLISH_FAMILY_FIRST = ("english", "american", "irish", "scottish", "welsh", "jamaican")


@dataclass
class Person:
    culture: str
    given: str
    family: str
    family_first: bool


@dataclass
class Rendered:
    prompt: Prompt
    template: str
    cultures: tuple[str, ...]
    phone_regions: tuple[tuple[str, str], ...]  # (phone as written, its region)
    people: tuple[str, ...] = field(default=())


def _person(rng: random.Random, used: set[str], word: bool) -> Person:
    for _ in range(50):
        if word:
            culture = rng.choice(ENGLISH_FAMILY_FIRST[:4])
            p = Person(culture, rng.choice(WORD_NAMES), rng.choice(WORD_NAME_FAMILIES), False)
        else:
            c: Culture = CULTURES[rng.choice(sorted(CULTURES))]
            p = Person(c.name, rng.choice(c.given), rng.choice(c.family), c.family_first)
        if p.given not in used and p.family not in used:
            used.update((p.given, p.family))
            return p
    return p


def _person_form(p: Person, form: str, rng: random.Random) -> tuple[str, str]:
    full = f"{p.family} {p.given}" if p.family_first else f"{p.given} {p.family}"
    forms = {
        "full": full,
        "first": p.given,
        "last": p.family,
        "lf": f"{p.family}, {p.given}",
        "LF": f"{p.family.upper()}, {p.given}",
        "init": f"{p.given[0]}. {p.family}",
        "sf": f"{p.family} {p.given}",
        "gf": f"{p.given} {p.family}",
        "lower": full.lower(),
        "firstl": p.given.lower(),
        "upper": full.upper(),
        "lastup": p.family.upper(),
    }
    if form in forms:
        return "PERSON", forms[form]
    if form == "url":  # a name inside a URL's query string: literal text, no span
        return "", f"{p.given}+{p.family}".lower().replace(" ", "+")
    if form in ("email", "wemail"):
        return "EMAIL_ADDRESS", email(p.given, p.family, rng, work=form == "wemail" or None)
    raise KeyError(form)


class _Slots:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.people: dict[str, Person] = {}
        self.values: dict[str, tuple[str, str | None]] = {}
        self.used: set[str] = set()
        self.phone_regions: list[tuple[str, str]] = []

    def fill(self, token: str) -> Piece:
        rng = self.rng
        token, _, mod = token.partition(":")
        if token.startswith("d."):
            return decoy(token[2:], rng)
        head, _, form = token.partition(".")
        if head[0] in "pw" and head[1:].isdigit():
            if head not in self.people:
                self.people[head] = _person(rng, self.used, head[0] == "w")
            key = f"{head}.{form or 'full'}"
            if key not in self.values:
                self.values[key] = _person_form(self.people[head], form or "full", rng)
            entity, value = self.values[key]
            if not entity:
                return value
            return entity, _modify(value, mod)
        key = f"{token}:{mod}"
        if key not in self.values:
            self.values[key] = self._value(token, mod)
        entity, value = self.values[key]
        return entity, value

    def _value(self, token: str, mod: str) -> tuple[str, str]:
        rng = self.rng
        kind = token.split("#")[0]
        base, _, arg = kind.partition("_")
        if base == "phone":
            style = mod if mod in PHONE_STYLES else None
            text, region = phone(rng, arg.upper() or None, style)
            self.phone_regions.append((text, region))
            return "PHONE_NUMBER", text
        value: str
        entity: str
        if base == "card":
            entity, value = "CREDIT_CARD", card(rng)
        elif base == "iban":
            entity, value = "IBAN_CODE", iban(rng, arg.upper() or None)
        elif base == "ibanc":
            entity, value = "IBAN_CODE", iban(rng, arg.upper() or None, spaced=False)
        elif base == "ssn":
            entity, value = "US_SSN", ssn(rng)
        elif base == "ip4":
            entity, value = "IP_ADDRESS", ip4(rng)
        elif base == "ip6":
            entity, value = "IP_ADDRESS", ip6(rng)
        elif base == "acct":
            entity, value = "ACCOUNT_NUMBER", account(rng, arg or None)
        elif base == "city":
            entity, value = "LOCATION", self._unique(CITIES)
        elif base == "region":
            entity, value = "LOCATION", self._unique(REGIONS)
        elif base == "country":
            entity, value = "LOCATION", self._unique(COUNTRIES)
        elif base == "addr":
            entity, value = "LOCATION", address(rng)
        else:
            raise KeyError(token)
        return entity, _modify(value, mod)

    def _unique(self, pool: tuple[str, ...]) -> str:
        for _ in range(20):
            value = self.rng.choice(pool)
            if value not in self.used:
                self.used.add(value)
                return value
        return value


def _modify(value: str, mod: str) -> str:
    if mod == "up":
        return value.upper()
    if mod == "low":
        return value.lower()
    return value


def render(pid: str, template: tuple[str, str, str], rng: random.Random) -> Rendered:
    name, shape, text = template
    slots = _Slots(rng)
    pieces: list[Piece] = []
    pos = 0
    for m in SLOT.finditer(text):
        if m.start() > pos:
            pieces.append(text[pos : m.start()])
        pieces.append(slots.fill(m.group(1)))
        pos = m.end()
    pieces.append(text[pos:])
    merged: list[Piece] = []
    for piece in pieces:  # decoys are literal text: join them to their neighbours
        if isinstance(piece, str) and merged and isinstance(merged[-1], str):
            merged[-1] = merged[-1] + piece
        elif piece != "":
            merged.append(piece)
    prompt = compose(pid, shape, merged)
    people = tuple(f"{p.given} {p.family}" for _, p in sorted(slots.people.items()))
    cultures = tuple(p.culture for _, p in sorted(slots.people.items()))
    return Rendered(prompt, name, cultures, tuple(slots.phone_regions), people)
