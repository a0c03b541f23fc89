"""The template engine of val12, the twelfth blind part of the labelled PII corpus.

A template is (shape, text) where the text holds `[[key]]` slots:

* `[[p1]]` ... `[[p4]]`: people of random cultures, with a form after a dot: `f` given name,
  `l` family name, `lf` "Family, Given", `sf` "Family Given", `i` "G. Family", `mi`
  "Given M. Family", `lc` / `flc` lower case full / given, `uc` / `luc` capitals full /
  "FAMILY, GIVEN", `e` an e-mail address made from the name (EMAIL_ADDRESS), `slug` the
  name inside a URL or handle (no span, per the conventions).
* `[[w1]]`: a person whose given name is also an everyday word (`WORD_NAMES`), same forms.
* `[[phone]]`, `[[email]]` (a role address), `[[city]]`, `[[region]]`, `[[country]]`,
  `[[addr]]`, `[[card]]`, `[[iban]]`, `[[ssn]]`, `[[ip]]`, `[[ipv6]]`, `[[acct]]`, each with
  an optional digit suffix for a second value; the same key twice is the same value, and
  both occurrences are gold.
* `[[~kind]]`: a decoy filler that is never gold (order, ticket, date, time, price, sku, ver,
  hash, isbn, track, n, ref, thing).

Written by val12's author; only `__init__.py` and `validity.py` of the corpus were read.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from appliance.testing.pii_corpus import Piece, Prompt, compose
from appliance.testing.pii_corpus import val12_values as V
from appliance.testing.pii_corpus.val12_names import (
    ADDRESSES,
    CITIES,
    CULTURES,
    REGIONS_EXTRA,
    WORD_FAMILIES,
    WORD_NAMES,
)

SLOT = re.compile(r"\[\[(~?)([a-z]+)(\d*)(?:\.([a-z]+))?\]\]")
_CULTURE_NAMES = sorted(CULTURES)


@dataclass
class Person:
    given: str
    family: str
    culture: str
    middle: str


@dataclass
class Meta:
    template: str
    cultures: list[str] = field(default_factory=list)
    phone_regions: list[str] = field(default_factory=list)


def _person_form(p: Person, form: str, rng: random.Random) -> tuple[str, str | None]:
    g, f = p.given, p.family
    forms = {
        "": f"{g} {f}",
        "f": g,
        "l": f,
        "lf": f"{f}, {g}",
        "sf": f"{f} {g}",
        "i": f"{g[0]}. {f}",
        "mi": f"{g} {p.middle}. {f}",
        "lc": f"{g} {f}".lower(),
        "flc": g.lower(),
        "uc": f"{g} {f}".upper(),
        "luc": f"{f}, {g}".upper(),
    }
    if form == "e":
        return V.email(rng, g, f), "EMAIL_ADDRESS"
    if form == "slug":
        return f"{V.ascii_slug(g)}.{V.ascii_slug(f)}", None
    return forms[form], "PERSON"


class Ctx:
    def __init__(self, rng: random.Random, meta: Meta) -> None:
        self.rng = rng
        self.meta = meta
        self.people: dict[str, Person] = {}
        self.values: dict[str, str] = {}
        self.used_given: set[str] = set()
        self.city = rng.choice(CITIES)
        self.regions: dict[str, str] = {}

    def person(self, key: str) -> Person:
        if key not in self.people:
            rng = self.rng
            while True:
                if key.startswith("w"):
                    culture = "english"
                    given = rng.choice(WORD_NAMES)
                    family = rng.choice(WORD_FAMILIES)
                else:
                    culture = rng.choice(_CULTURE_NAMES)
                    givens, families = CULTURES[culture]
                    given, family = rng.choice(givens), rng.choice(families)
                if given not in self.used_given:
                    break
            self.used_given.add(given)
            self.meta.cultures.append(culture)
            middle = rng.choice("ABCDEFGHJKLMNPRSTW")
            self.people[key] = Person(given, family, culture, middle)
        return self.people[key]

    def value(self, base: str, key: str) -> tuple[str, str]:
        rng = self.rng
        ent = {
            "phone": "PHONE_NUMBER",
            "email": "EMAIL_ADDRESS",
            "city": "LOCATION",
            "region": "LOCATION",
            "country": "LOCATION",
            "addr": "LOCATION",
            "card": "CREDIT_CARD",
            "iban": "IBAN_CODE",
            "ssn": "US_SSN",
            "ip": "IP_ADDRESS",
            "ipv": "IP_ADDRESS",
            "acct": "ACCOUNT_NUMBER",
        }[base]
        if key not in self.values:
            if base == "phone":
                text, region = V.phone(rng)
                self.regions[key] = region
            elif base == "email":
                text = V.role_email(rng)
            elif base in ("city", "region", "country"):
                c = self.city if key in ("city", "region", "country") else rng.choice(CITIES)
                idx = ("city", "region", "country").index(base)
                text = c[idx]
                if base == "region" and rng.random() < 0.2:
                    text = rng.choice(REGIONS_EXTRA)
            elif base == "addr":
                text = rng.choice(ADDRESSES)
            elif base == "card":
                text = V.card(rng)
            elif base == "iban":
                text = V.iban(rng)
            elif base == "ssn":
                text = V.ssn(rng)
            elif base == "ip":
                text = V.ipv4(rng)
            elif base == "ipv":
                text = V.ipv6(rng)
            else:
                text = V.account(rng)
            self.values[key] = text
        if base == "phone":  # one region per phone span, in order
            self.meta.phone_regions.append(self.regions[key])
        return self.values[key], ent


def render(pid: str, name: str, shape: str, text: str, rng: random.Random) -> tuple[Prompt, Meta]:
    meta = Meta(name)
    ctx = Ctx(rng, meta)
    pieces: list[Piece] = []
    pos = 0
    fillers: dict[str, str] = {}
    for m in SLOT.finditer(text):
        pieces.append(text[pos : m.start()])
        pos = m.end()
        tilde, base, num, form = m.group(1), m.group(2), m.group(3), m.group(4) or ""
        if tilde:
            k = base + num
            if k not in fillers:
                fillers[k] = V.filler(rng, base)
            pieces.append(fillers[k])
            continue
        if base in ("p", "w"):
            person = ctx.person(base + num)
            value, ent = _person_form(person, form, rng)
            if form == "e":
                ek = f"{base}{num}.e"
                value = ctx.values.setdefault(ek, value)
            pieces.append((ent, value) if ent else value)
            continue
        if base == "ipv":
            num = num[1:] if num.startswith("6") else num
        key = base + num
        value, ent = ctx.value(base, key)
        pieces.append((ent, value))
    pieces.append(text[pos:])
    return compose(pid, shape, [p for p in pieces if p != ""]), meta
