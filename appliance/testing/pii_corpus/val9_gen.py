"""The generator of val9, a blind part of the labelled PII corpus: it fills the hand-written
templates of val9_personal_a, val9_personal_b and val9_clean.

A template is a text with placeholders in guillemets, «key» or «key1» (the digit is a slot:
the same slot gives the same person, place or value, every occurrence becoming its own gold
span). Written without reading the other parts of the corpus.

Person keys (slots 1-6 draw from the 80 cultures of val9_names, slots 7-9 a person whose given
name is an everyday word): full, first, last, rev (the other order), lf ("Family, Given"),
LF ("FAMILY, Given"), ini ("G. Family"), mid ("Given X. Family"), low and lowf (lower case
full and given), cap and capl (capitals full and family): PERSON; email: EMAIL_ADDRESS built
from the name (not a PERSON span).
Place keys: city, region, country, addr (a street address), lcity and lcountry (lower case),
ccity (capitals): LOCATION.
Values: phone (any form), phonei, phonen, phonee, phonex (run together), phoneGB and the like
(a region): PHONE_NUMBER; mail (a team's address): EMAIL_ADDRESS; card, iban, ip, ipsix, ssn,
acct. Decoys (never gold): see val9_values.DECOY_KEYS.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

import phonenumbers

from appliance.testing.pii_corpus import Piece, Prompt, compose
from appliance.testing.pii_corpus import val9_values as values
from appliance.testing.pii_corpus.val9_names import (
    CULTURES,
    FAMILY_FIRST,
    PLACES,
    WORD_GIVEN_NAMES,
    WORD_NAME_CULTURES,
    split,
)

PLACEHOLDER = re.compile(r"«([A-Za-z]+)(\d?)»")
PERSON_KEYS = frozenset(
    {"full", "first", "last", "rev", "lf", "LF", "ini", "mid", "low", "lowf", "cap", "capl"}
)
PLACE_KEYS = frozenset({"city", "region", "country", "addr", "lcity", "lcountry", "ccity"})
VALUE_KEYS = {
    "card": "CREDIT_CARD",
    "iban": "IBAN_CODE",
    "ip": "IP_ADDRESS",
    "ipsix": "IP_ADDRESS",
    "ssn": "US_SSN",
    "acct": "ACCOUNT_NUMBER",
    "mail": "EMAIL_ADDRESS",
}
# shapes whose strings are quoted with apostrophes: no names or places holding one
NO_APOSTROPHE = frozenset({"sql", "code", "yaml", "toolcall", "csv"})


@dataclass(frozen=True)
class Template:
    name: str
    shape: str
    text: str

    def keys(self) -> list[str]:
        return [m.group(1) for m in PLACEHOLDER.finditer(self.text)]

    def personal(self) -> bool:
        return any(k not in values.DECOY_KEYS and k != "slug" for k in self.keys())


def templates(prefix: str, rows: list[tuple[str, str]]) -> list[Template]:
    """Name each (shape, text) row prefix-shape-NN."""
    counts: dict[str, int] = {}
    out = []
    for shape, text in rows:
        counts[shape] = counts.get(shape, 0) + 1
        out.append(Template(f"{prefix}-{shape}-{counts[shape]:02d}", shape, text))
    return out


@dataclass
class Person:
    culture: str
    given: str
    family: str

    def form(self, key: str, rng: random.Random) -> str:
        g, f = self.given, self.family
        full = f"{f} {g}" if self.culture in FAMILY_FIRST else f"{g} {f}"
        rev = f"{g} {f}" if self.culture in FAMILY_FIRST else f"{f} {g}"
        forms = {
            "full": full,
            "first": g,
            "last": f,
            "rev": rev,
            "lf": f"{f}, {g}",
            "LF": f"{f.upper()}, {g}",
            "ini": f"{g[0]}. {f}",
            "mid": f"{g} {chr(65 + (len(f) * 7 + len(g)) % 26)}. {f}",
            "low": full.lower(),
            "lowf": g.lower(),
            "cap": full.upper(),
            "capl": f.upper(),
        }
        return forms[key]


class Cycle:
    """Draws from a list in shuffled rounds, so every item comes up evenly."""

    def __init__(self, rng: random.Random, items: list[str]) -> None:
        self.rng, self.items, self.queue = rng, list(items), list[str]()

    def next(self) -> str:
        if not self.queue:
            self.queue = self.items[:]
            self.rng.shuffle(self.queue)
        return self.queue.pop()


@dataclass
class Fill:
    rng: random.Random
    shape: str
    cultures: Cycle
    countries: Cycle
    people: dict[int, Person] = field(default_factory=dict)
    places: dict[int, tuple[str, str, str, str]] = field(default_factory=dict)
    vals: dict[tuple[str, int], tuple[str, str]] = field(default_factory=dict)
    phones: dict[str, str] = field(default_factory=dict)
    numbers: dict[int, tuple[phonenumbers.PhoneNumber, str]] = field(default_factory=dict)

    def ok(self, text: str) -> bool:
        return self.shape not in NO_APOSTROPHE or "'" not in text

    def person(self, slot: int) -> Person:
        if slot not in self.people:
            rng = self.rng
            used = {(p.given, p.family) for p in self.people.values()}
            for _ in range(40):
                if slot >= 7:
                    culture = rng.choice(WORD_NAME_CULTURES)
                    given = rng.choice(WORD_GIVEN_NAMES)
                else:
                    culture = self.cultures.next()
                    given = rng.choice(split(CULTURES[culture][0]))
                family = rng.choice(split(CULTURES[culture][1]))
                if self.ok(given + family) and (given, family) not in used:
                    break
            self.people[slot] = Person(culture, given, family)
        return self.people[slot]

    def place(self, slot: int) -> tuple[str, str, str, str]:
        if slot not in self.places:
            rng = self.rng
            country = self.countries.next()
            regions, cities, addrs = (split(x) for x in PLACES[country])
            for _ in range(40):
                addr = rng.choice(addrs).replace("{n}", str(rng.randint(2, 248)))
                city, region = rng.choice(cities), rng.choice(regions)
                if self.ok(addr + city + region):
                    break
            self.places[slot] = (country, region, city, addr)
        return self.places[slot]

    def value(self, key: str, slot: int) -> tuple[str, str]:
        rng = self.rng
        if key.startswith("phone"):
            style = key[5:] if key[5:] in ("i", "n", "e", "x") else ""
            region = key[5:] if len(key) == 7 and key[5:].isupper() else None
            if slot not in self.numbers:
                self.numbers[slot] = values.new_phone(rng, region)
            number, reg = self.numbers[slot]
            return values.format_phone(rng, number, reg, style), reg
        if (key, slot) not in self.vals:
            make = {
                "card": values.card,
                "iban": values.iban,
                "ip": values.ipv4,
                "ipsix": values.ipv6,
                "ssn": values.ssn,
                "acct": values.account,
                "mail": values.role_email,
            }[key]
            self.vals[(key, slot)] = (make(rng), "")
        return self.vals[(key, slot)]

    def piece(self, key: str, slot: int) -> Piece:
        if key in values.DECOY_KEYS:
            return values.decoy(self.rng, key)
        if key in PERSON_KEYS:
            return ("PERSON", self.person(slot).form(key, self.rng))
        if key == "slug":  # a name inside a URL or handle: not a PERSON span
            p = self.person(slot)
            return f"{values.ascii_fold(p.given)}.{values.ascii_fold(p.family)}".replace(" ", "")
        if key == "email":
            p = self.person(slot)
            k = ("email", slot)
            if k not in self.vals:
                self.vals[k] = (values.email(self.rng, p.given, p.family), "")
            return ("EMAIL_ADDRESS", self.vals[k][0])
        if key in PLACE_KEYS:
            country, region, city, addr = self.place(slot)
            text = {
                "city": city,
                "region": region,
                "country": country,
                "addr": addr,
                "lcity": city.lower(),
                "lcountry": country.lower(),
                "ccity": city.upper(),
            }[key]
            return ("LOCATION", text)
        if key.startswith("phone"):
            text, region = self.value(key, slot)
            self.phones[text] = region
            return ("PHONE_NUMBER", text)
        if key in VALUE_KEYS:
            return (VALUE_KEYS[key], self.value(key, slot)[0])
        raise KeyError(f"unknown placeholder {key!r}")


def pieces(text: str, fill: Fill) -> list[Piece]:
    out: list[Piece] = []
    last = 0
    for m in PLACEHOLDER.finditer(text):
        out.append(text[last : m.start()])
        out.append(fill.piece(m.group(1), int(m.group(2) or 1)))
        last = m.end()
    out.append(text[last:])
    return [p for p in out if p != ""]


def build(
    prefix: str,
    personal: list[Template],
    clean: list[Template],
    n_personal: int,
    n_clean: int,
    seed: int,
) -> tuple[list[Prompt], list[dict[str, object]]]:
    rng = random.Random(seed)
    cultures = Cycle(rng, sorted(CULTURES))
    countries = Cycle(rng, sorted(PLACES))
    plan: list[Template] = []
    for pool, count in ((personal, n_personal), (clean, n_clean)):
        rounds = [t for _ in range(count // len(pool) + 1) for t in pool][:count]
        plan.extend(rounds)
    order = list(range(len(plan)))
    rng.shuffle(order)
    prompts: list[Prompt] = []
    meta: list[dict[str, object]] = []
    for number, index in enumerate(order, 1):
        template = plan[index]
        fill = Fill(rng, template.shape, cultures, countries)
        pid = f"{prefix}-{number:04d}"
        prompt = compose(pid, template.shape, pieces(template.text, fill))
        prompts.append(prompt)
        meta.append(
            {
                "id": pid,
                "template": template.name,
                "shape": template.shape,
                "cultures": sorted({p.culture for p in fill.people.values()}),
                "phones": dict(fill.phones),
            }
        )
    return prompts, meta
