"""The template engine of val13: fills hand-written templates with planted values and decoys.

A template is (name, shape, text). In the text, «slot» marks a value: «p1» to «p6» are
people (a culture each, taken in turn from a shuffled cycle of all cultures), «w1» a person
whose given name is an everyday word; «city», «region», «country», «addr» places; «phone»,
«email», «card», «iban», «ssn», «ip», «ipfour», «ipsix», «acct» the other entities; a digit
after the kind («phone2», «city2») asks for another value of the kind, and the same slot twice
is the same value twice (so every occurrence is labelled). A form after a dot writes a value
differently: people as full, first, last, lastfirst ("Okafor, Chidi"), LASTFIRST ("OKAFOR,
Chidi"), initials ("C. Okafor"), upper, lower, firstlower, firstupper, lastupper, mention (a
handle; the "@" stays in the template, outside the span), email, work (an e-mail address built
from the name, an EMAIL_ADDRESS span, never a PERSON one), urlq (the name inside a URL's
query string: plain text, no span); places as lower or upper; phones
as intl, nat, e164, bare. Decoy slots («brand», «dish», «order», «date» ... see
`val13_decoys`) are written as plain text and are never gold.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from appliance.testing.pii_corpus import Piece, Prompt, compose
from appliance.testing.pii_corpus import val13_decoys as decoys
from appliance.testing.pii_corpus import val13_names as names
from appliance.testing.pii_corpus import val13_phones as phones
from appliance.testing.pii_corpus import val13_values as values

Template = tuple[str, str, str]  # name, shape, text

SLOT = re.compile(r"«([a-z]+)(\d*)(?:\.([A-Za-z]+))?»")

ENTITY_KINDS = frozenset(
    "p w city region country addr phone email card iban ssn ip ipfour ipsix acct".split()
)


@dataclass
class Person:
    given: str
    family: str
    culture: str
    family_first: bool
    handle: str = ""

    @property
    def full(self) -> str:
        if self.family_first:
            return f"{self.family} {self.given}"
        return f"{self.given} {self.family}"


@dataclass
class Filler:
    rng: random.Random
    cultures: list[str]
    cursor: list[int]
    people: dict[str, Person] = field(default_factory=dict)
    cache: dict[str, str] = field(default_factory=dict)

    def _culture(self) -> str:
        c = self.cultures[self.cursor[0] % len(self.cultures)]
        self.cursor[0] += 1
        return c

    def _person(self, key: str, word: bool) -> Person:
        if key in self.people:
            return self.people[key]
        taken = {p.given for p in self.people.values()} | {p.family for p in self.people.values()}
        for _ in range(50):
            if word:
                given = self.rng.choice(sorted(names.WORD_NAMES))
                culture = names.WORD_NAMES[given]
            else:
                culture = self._culture()
                given = self.rng.choice(names.CULTURES[culture][0])
            family = self.rng.choice(names.CULTURES[culture][1])
            if given not in taken and family not in taken:
                break
        ff = culture in names.FAMILY_FIRST and self.rng.random() < 0.6
        folded = values.ascii_fold(given).replace(" ", "")
        handle = self.rng.choice(
            (given, folded.lower(), (folded + values.ascii_fold(family)).lower().replace(" ", ""))
        )
        person = Person(given, family, culture, ff, handle)
        self.people[key] = person
        return person

    def _once(self, key: str, make: object) -> str:
        if key not in self.cache:
            for _ in range(30):
                value = make()  # type: ignore[operator]
                if value not in self.cache.values():
                    break
            self.cache[key] = value
        return self.cache[key]

    def piece(self, kind: str, idx: str, form: str | None) -> Piece:
        key = kind + idx
        rng = self.rng
        if kind in ("p", "w"):
            p = self._person(key, kind == "w")
            if form == "email":
                return (
                    "EMAIL_ADDRESS",
                    self._once(key + ".email", lambda: values.email_for(rng, p.given, p.family)),
                )
            if form == "urlq":  # a name inside a URL's query string: plain text, no span
                return "+".join(values.ascii_fold(p.given + " " + p.family).lower().split())
            if form == "work":
                return (
                    "EMAIL_ADDRESS",
                    self._once(
                        key + ".work", lambda: values.email_for(rng, p.given, p.family, True)
                    ),
                )
            text = {
                None: p.full,
                "full": p.full,
                "first": p.given,
                "last": p.family,
                "lastfirst": f"{p.family}, {p.given}",
                "LASTFIRST": f"{p.family.upper()}, {p.given}",
                "initials": f"{p.given[0]}. {p.family}",
                "upper": p.full.upper(),
                "lower": p.full.lower(),
                "firstlower": p.given.lower(),
                "firstupper": p.given.upper(),
                "lastupper": p.family.upper(),
                "mention": p.handle,
            }[form]
            return ("PERSON", text)
        if kind in ("city", "region", "country", "addr"):
            pool = {"city": names.CITIES, "region": names.REGIONS, "country": names.COUNTRIES,
                    "addr": names.ADDRESSES}[kind]  # fmt: skip
            text = self._once(key, lambda: rng.choice(pool))
            if form == "lower":
                text = text.lower()
            elif form == "upper":
                text = text.upper()
            return ("LOCATION", text)
        if kind == "phone":
            return ("PHONE_NUMBER", self._once(key, lambda: phones.phone(rng, form)))
        makers = {
            "email": ("EMAIL_ADDRESS", lambda: values.email_other(rng)),
            "card": ("CREDIT_CARD", lambda: values.card(rng)),
            "iban": ("IBAN_CODE", lambda: values.iban(rng)),
            "ssn": ("US_SSN", lambda: values.ssn(rng)),
            "ip": ("IP_ADDRESS", lambda: values.ip(rng)),
            "ipfour": ("IP_ADDRESS", lambda: values.ipv4(rng)),
            "ipsix": ("IP_ADDRESS", lambda: values.ipv6(rng)),
            "acct": ("ACCOUNT_NUMBER", lambda: values.account(rng)),
        }
        if kind in makers:
            entity, make = makers[kind]
            return (entity, self._once(key, make))
        if kind in decoys.NAMED:
            return self._once(key, lambda: rng.choice(decoys.NAMED[kind]))
        if kind in decoys.NUMBER_KINDS:
            return self._once(key, lambda: decoys.number(rng, kind))
        raise KeyError(f"unknown slot {kind}")


def slots(text: str) -> list[tuple[str, str, str | None]]:
    return [(m.group(1), m.group(2), m.group(3)) for m in SLOT.finditer(text)]


def has_entities(template: Template) -> bool:
    return any(kind in ENTITY_KINDS for kind, _, _ in slots(template[2]))


def fill(
    pid: str, template: Template, rng: random.Random, cultures: list[str], cursor: list[int]
) -> tuple[Prompt, list[str]]:
    name, shape, text = template
    filler = Filler(rng, cultures, cursor)
    pieces: list[Piece] = []
    pos = 0
    for m in SLOT.finditer(text):
        pieces.append(text[pos : m.start()])
        pieces.append(filler.piece(m.group(1), m.group(2), m.group(3)))
        pos = m.end()
    pieces.append(text[pos:])
    prompt = compose(pid, shape, [p for p in pieces if p != ""])
    return prompt, sorted({p.culture for p in filler.people.values()})


def build(
    prefix: str,
    personal: list[Template],
    clean: list[Template],
    n_personal: int,
    n_clean: int,
    seed: int,
) -> tuple[list[Prompt], list[dict[str, object]]]:
    rng = random.Random(seed)
    for t in personal:
        if not has_entities(t):
            raise ValueError(f"personal template without personal data: {t[0]}")
    for t in clean:
        if has_entities(t):
            raise ValueError(f"clean template with personal data: {t[0]}")
    p_order = list(personal)
    rng.shuffle(p_order)
    p_order = (p_order * (n_personal // len(p_order) + 1))[:n_personal]
    c_order = list(clean)
    rng.shuffle(c_order)
    c_order = (c_order * (n_clean // len(c_order) + 1))[:n_clean]
    rng.shuffle(p_order)
    rng.shuffle(c_order)
    kinds = [True] * n_personal + [False] * n_clean
    rng.shuffle(kinds)
    cultures = sorted(names.CULTURES)
    rng.shuffle(cultures)
    cursor = [0]
    prompts: list[Prompt] = []
    meta: list[dict[str, object]] = []
    for i, is_personal in enumerate(kinds, start=1):
        template = p_order.pop() if is_personal else c_order.pop()
        pid = f"{prefix}-{i:04d}"
        prompt, cults = fill(pid, template, rng, cultures, cursor)
        prompts.append(prompt)
        meta.append({"id": pid, "template": template[0], "shape": template[1], "cultures": cults})
    return prompts, meta
