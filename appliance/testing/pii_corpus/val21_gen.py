"""The engine of the val21 part of the labelled PII corpus: templates and how they are filled.

A template is a name, a shape and a text with slots in guillemets. Slots that become gold
spans:

* people: ``«p1»``, ``«p2.first»`` ... (any culture), ``«w1»`` (a given name that is also a
  word, "Will", "Hope"), ``«x1»`` (a name with a particle, hyphen, apostrophe or diacritics),
  ``«k1»`` (a nickname). Forms after the dot: full, first, last, sf (family first),
  lcf ("Family, Given"), ulcf ("FAMILY, Given"), init ("G. Family"), fi ("Given F."),
  lower, lfirst, llast, upper, ufirst, ulast, usf (upper, family first), ascii (diacritics dropped).
  The same slot number is the same person wherever it stands.
* ``«pe1»``: the e-mail address of person 1; ``«em»``, ``«em2»``: addresses naming no one.
* ``«ph»``, ``«ph2.gb»`` (a phone number, optionally of a region), ``«cc»`` (card),
  ``«iban»`` (``«iban.de»``), ``«ip»``, ``«ip6»``, ``«ssn»``, ``«acct»``, ``«city»``,
  ``«region»``, ``«country»``, ``«addr»``. A digit after the name makes a second value;
  the same key is the same value wherever it stands.

Slots that are literal decoys (never gold): ``«order»``, ``«track»``, ``«isbn»``, ``«ver»``,
``«date»``, ``«time»``, ``«price»``, ``«ticket»``, ``«hash»``, ``«sku»``, ``«n»``, ``«ref»``,
``«imo»``, ``«flight»``, ``«lot»``, ``«build»``, ``«iso»``.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from appliance.testing.pii_corpus import Piece
from appliance.testing.pii_corpus import val21_values as v
from appliance.testing.pii_corpus.val21_names import (
    ADDRESSES,
    CITIES,
    COUNTRIES,
    CULTURES,
    NICKNAMES,
    REGIONS,
    SPECIAL_NAMES,
    WORD_NAME_FAMILIES,
    WORD_NAMES,
    strip_accents,
)


@dataclass(frozen=True)
class Template:
    name: str
    shape: str
    text: str


@dataclass(frozen=True)
class Person:
    given: str
    family: str
    culture: str
    family_first: bool = False

    def form(self, fmt: str) -> str:
        g, f = self.given, self.family
        full = f"{f} {g}" if self.family_first else f"{g} {f}"
        forms = {
            "full": full,
            "first": g,
            "last": f,
            "sf": f"{f} {g}",
            "lcf": f"{f}, {g}",
            "ulcf": f"{f.upper()}, {g}",
            "init": f"{g[0]}. {f}",
            "fi": f"{g} {f[0].upper() if f[0].isalpha() else f[1]}.",
            "lower": full.lower(),
            "lfirst": g.lower(),
            "llast": f.lower(),
            "upper": full.upper(),
            "ufirst": g.upper(),
            "usf": f"{f} {g}".upper(),
            "ulast": f.upper(),
            "ascii": strip_accents(full),
        }
        return forms[fmt]


SLOT = re.compile(r"«([a-z]+?)(\d*)(?:\.([a-z]+))?»")
PERSON_KINDS = {"p", "w", "x", "k"}
DECOYS = {"order", "track", "isbn", "ver", "date", "time", "price", "ticket", "hash", "sku",
          "n", "ref", "imo", "flight", "lot", "build", "iso"}  # fmt: skip
ENTITY_OF = {"pe": "EMAIL_ADDRESS", "em": "EMAIL_ADDRESS", "ph": "PHONE_NUMBER",
             "cc": "CREDIT_CARD", "iban": "IBAN_CODE", "ip": "IP_ADDRESS", "ipv": "IP_ADDRESS",
             "ssn": "US_SSN", "acct": "ACCOUNT_NUMBER", "city": "LOCATION",
             "region": "LOCATION", "country": "LOCATION", "addr": "LOCATION"}  # fmt: skip


@dataclass
class Filler:
    """Draws values for one prompt; cultures cycle so that every one is used."""

    rng: random.Random
    culture_cycle: list[str]
    people: dict[str, Person] = field(default_factory=dict)
    values: dict[str, str] = field(default_factory=dict)
    cultures: list[str] = field(default_factory=list)  # of the people named in the prompt
    named: set[str] = field(default_factory=set)

    def _next_culture(self) -> str:
        if not self.culture_cycle:
            order = sorted(CULTURES)
            self.rng.shuffle(order)
            self.culture_cycle.extend(order)
        return self.culture_cycle.pop()

    def person(self, kind: str, num: str) -> Person:
        key = kind + num
        if key in self.people:
            return self.people[key]
        taken = {(p.given, p.family) for p in self.people.values()}
        firsts = {p.given for p in self.people.values()}
        for _ in range(40):
            if kind == "w":
                p = Person(
                    self.rng.choice(WORD_NAMES), self.rng.choice(WORD_NAME_FAMILIES), "english"
                )
            elif kind == "x":
                g, f, c = self.rng.choice(SPECIAL_NAMES)
                p = Person(g, f, c)
            elif kind == "k":
                p = Person(self.rng.choice(NICKNAMES), "", "nickname")
            else:
                c = self._next_culture()
                cult = CULTURES[c]
                p = Person(
                    self.rng.choice(cult.given), self.rng.choice(cult.family), c, cult.family_first
                )
            if (p.given, p.family) not in taken and p.given not in firsts:
                break
        self.people[key] = p
        return p

    def value(self, name: str, num: str, fmt: str | None) -> str:
        key = f"{name}{num}.{fmt}" if name in ("ph", "iban") else name + num
        if key in self.values:
            return self.values[key]
        rng = self.rng
        if name == "pe":
            p = self.person("p", num)
            val = v.email_for(rng, p.given, p.family)
        elif name == "em":
            val = v.email_plain(rng)
        elif name == "ph":
            val = v.phone(rng, fmt.upper() if fmt else None)
        elif name == "cc":
            val = v.card(rng)
        elif name == "iban":
            val = v.iban(rng, fmt.upper() if fmt else None)
        elif name == "ip":
            val = v.ipv4(rng)
        elif name == "ipv":
            val = v.ipv6(rng)
        elif name == "ssn":
            val = v.ssn(rng)
        elif name == "acct":
            val = v.account(rng)
        elif name == "city":
            val = self._distinct(CITIES)
        elif name == "region":
            val = self._distinct(REGIONS)
        elif name == "country":
            val = self._distinct(COUNTRIES)
        elif name == "addr":
            val = v.house(rng, rng.choice(ADDRESSES))
        else:
            raise KeyError(name)
        self.values[key] = val
        return val

    def _distinct(self, pool: tuple[str, ...]) -> str:
        used = set(self.values.values())
        for _ in range(20):
            val = self.rng.choice(pool)
            if val not in used:
                return val
        return val


def render(template: Template, filler: Filler) -> list[Piece]:
    """The pieces of one prompt: literal text and (entity, value) pairs."""
    pieces: list[Piece] = []
    pos = 0
    text = template.text
    for m in SLOT.finditer(text):
        if m.start() > pos:
            pieces.append(text[pos : m.start()])
        name, num, fmt = m.group(1), m.group(2), m.group(3)
        if name in PERSON_KINDS:
            person = filler.person(name, num)
            if name != "k" and name + num not in filler.named:
                filler.named.add(name + num)
                filler.cultures.append(person.culture)
            if name == "k":
                pieces.append(("PERSON", person.given))
            else:
                pieces.append(("PERSON", person.form(fmt or "full")))
        elif name in DECOYS:
            pieces.append(v.decoy(filler.rng, name))
        elif name in ENTITY_OF:
            pieces.append((ENTITY_OF[name], filler.value(name, num, fmt)))
        else:
            raise KeyError(f"{template.name}: unknown slot {m.group(0)}")
        pos = m.end()
    if pos < len(text):
        pieces.append(text[pos:])
    return pieces
