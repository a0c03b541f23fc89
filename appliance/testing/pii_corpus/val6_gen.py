"""The generator of val6 (written blind; see val6.py): fills the templates' slots with values,
the planted ones becoming gold spans through `compose`."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from appliance.testing.pii_corpus import Piece, Prompt, compose
from appliance.testing.pii_corpus import val6_values as V
from appliance.testing.pii_corpus.val6_clean import CLEAN
from appliance.testing.pii_corpus.val6_names import CULTURES
from appliance.testing.pii_corpus.val6_phones import PHONES
from appliance.testing.pii_corpus.val6_pii_a import PII_A
from appliance.testing.pii_corpus.val6_pii_b import PII_B

SEED = 6606
N_PII = 420
N_CLEAN = 280

SLOT = re.compile(r"<<([A-Za-z0-9_.@]+)>>")
PERSON_SLOT = re.compile(r"^([A-F])\.(\w+)$")

LOCATION_KINDS = ("city", "region", "country", "addr")
VALUE_KINDS = {
    "phone": "PHONE_NUMBER",
    "email": "EMAIL_ADDRESS",
    "card": "CREDIT_CARD",
    "iban": "IBAN_CODE",
    "ip4": "IP_ADDRESS",
    "ip6": "IP_ADDRESS",
    "ssn": "US_SSN",
    "ssnd": "US_SSN",
    "acct": "ACCOUNT_NUMBER",
    **{k: "LOCATION" for k in LOCATION_KINDS},
}


@dataclass(frozen=True)
class Template:
    id: str  # "pa001", "pb001", "c001"
    shape: str
    text: str


@dataclass(frozen=True)
class Meta:
    """What made a prompt: its template and the cultures of the people planted in it."""

    template: str
    cultures: tuple[str, ...]


def templates() -> tuple[list[Template], list[Template]]:
    pii = [Template(f"pa{i + 1:03d}", s, t) for i, (s, t) in enumerate(PII_A)]
    pii += [Template(f"pb{i + 1:03d}", s, t) for i, (s, t) in enumerate(PII_B)]
    clean = [Template(f"c{i + 1:03d}", s, t) for i, (s, t) in enumerate(CLEAN)]
    return pii, clean


def all_persons() -> list[V.Person]:
    people = []
    for culture, (order, entries) in CULTURES.items():
        for entry in entries:
            given, family, middle, nick = (entry.split("|") + ["", "", ""])[:4]
            people.append(V.Person(culture, order, given, family, middle, nick))
    return people


def _base(name: str) -> str:
    """The kind of a slot name: "phone2" -> "phone", "ip4b" -> "ip4", "date2" -> "date"."""
    if name in ("ip4", "ip6"):
        return name
    if name.startswith(("ip4", "ip6")):
        return name[:3]
    return re.sub(r"\d+$", "", name)


class _Filler:
    """Draws values in turn from shuffled pools, so that every name, culture and phone
    region is used, none twice in one prompt."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        # people: cycle through cultures in a shuffled order, one person of each at a time
        by_culture: dict[str, list[V.Person]] = {}
        for p in all_persons():
            by_culture.setdefault(p.culture, []).append(p)
        self.cultures = list(by_culture)
        rng.shuffle(self.cultures)
        self.by_culture = by_culture
        for people in self.by_culture.values():
            rng.shuffle(people)
        self.person_turn = 0
        self.phones = list(PHONES)
        rng.shuffle(self.phones)
        self.phone_turn = 0
        self.phones_by_region: dict[str, list[str]] = {}
        for region, text in PHONES:
            self.phones_by_region.setdefault(region, []).append(text)
        self.region_turn: dict[str, int] = {}
        self.places = {
            "city": list(V.CITIES),
            "region": list(V.REGIONS),
            "country": list(V.COUNTRIES),
            "addr": list(V.ADDRESSES),
        }
        for values in self.places.values():
            rng.shuffle(values)
        self.place_turn = dict.fromkeys(self.places, 0)
        self.pairs = list(V.CITY_COUNTRY)
        rng.shuffle(self.pairs)
        self.pair_turn = 0

    def person(self, taken: list[V.Person]) -> V.Person:
        while True:
            culture = self.cultures[self.person_turn % len(self.cultures)]
            people = self.by_culture[culture]
            p = people[(self.person_turn // len(self.cultures)) % len(people)]
            self.person_turn += 1
            if all(p.given != q.given and p.family != q.family for q in taken):
                return p

    def phone(self, region: str | None) -> str:
        if region:
            pool = self.phones_by_region[region]
            turn = self.region_turn.get(region, 0)
            self.region_turn[region] = turn + 1
            return pool[turn % len(pool)]
        text = self.phones[self.phone_turn % len(self.phones)][1]
        self.phone_turn += 1
        return text

    def city_country(self) -> tuple[str, str]:
        pair = self.pairs[self.pair_turn % len(self.pairs)]
        self.pair_turn += 1
        return pair

    def place(self, kind: str) -> str:
        values = self.places[kind]
        turn = self.place_turn[kind]
        self.place_turn[kind] = turn + 1
        return values[turn % len(values)]


def _fill(pid: str, t: Template, filler: _Filler, rng: random.Random) -> tuple[Prompt, Meta]:
    people: dict[str, V.Person] = {}
    values: dict[str, tuple[str | None, str]] = {}  # slot name -> (entity or None, value)
    pieces: list[Piece] = []
    if "<<city>>" in t.text and "<<country>>" in t.text:  # a city in its own country
        city, country = filler.city_country()
        values["city"], values["country"] = ("LOCATION", city), ("LOCATION", country)
    pos = 0
    for m in SLOT.finditer(t.text):
        if m.start() > pos:
            pieces.append(t.text[pos : m.start()])
        pos = m.end()
        key = m.group(1)
        pm = PERSON_SLOT.match(key)
        if pm:
            letter, form = pm.groups()
            if letter not in people:
                people[letter] = filler.person(list(people.values()))
            person = people[letter]
            if form in ("email", "wemail"):
                if key not in values:
                    values[key] = ("EMAIL_ADDRESS", person.email(rng, work=form == "wemail"))
                pieces.append(("EMAIL_ADDRESS", values[key][1]))
            else:
                pieces.append(("PERSON", person.render(form)))
            continue
        name, _, region = key.partition("@")
        if name not in values:
            values[name] = _value(name, region or None, filler, rng, list(people.values()))
        entity, value = values[name]
        pieces.append((entity, value) if entity else value)
    if pos < len(t.text):
        pieces.append(t.text[pos:])
    prompt = compose(pid, t.shape, pieces)
    cultures = tuple(people[k].culture for k in sorted(people))
    return prompt, Meta(t.id, cultures)


def _value(
    name: str, region: str | None, filler: _Filler, rng: random.Random, taken: list[V.Person]
) -> tuple[str | None, str]:
    kind = _base(name)
    if kind in V.DECOYS:
        return None, V.decoy(kind, rng)
    entity = VALUE_KINDS.get(kind)
    if entity is None:
        raise ValueError(f"unknown slot {name!r}")
    if kind in LOCATION_KINDS:
        return entity, filler.place(kind)
    if kind == "phone":
        return entity, filler.phone(region)
    if kind == "email":
        return entity, filler.person(taken).email(rng, work=rng.random() < 0.3)
    if kind == "card":
        return entity, V.card(rng)
    if kind == "iban":
        return entity, V.iban(rng, region)
    if kind == "ip4":
        return entity, V.ipv4(rng)
    if kind == "ip6":
        return entity, V.ipv6(rng)
    if kind == "ssn":
        return entity, V.ssn(rng, "-" if rng.random() < 0.85 else " ")
    if kind == "ssnd":
        return entity, V.ssn(rng, "")
    return entity, V.account_number(rng)


def _uses(items: list[Template], total: int) -> list[Template]:
    """Each template in turn until `total`: every one used the same number of times, give
    or take one."""
    return [items[i % len(items)] for i in range(total)]


def generate(seed: int = SEED) -> tuple[list[Prompt], list[Meta]]:
    rng = random.Random(seed)
    pii, clean = templates()
    plan = [(t, True) for t in _uses(pii, N_PII)] + [(t, False) for t in _uses(clean, N_CLEAN)]
    rng.shuffle(plan)
    filler = _Filler(rng)
    prompts: list[Prompt] = []
    metas: list[Meta] = []
    for i, (t, personal) in enumerate(plan):
        prompt, meta = _fill(f"val6-{i + 1:04d}", t, filler, random.Random(seed * 1000 + i))
        if personal != bool(prompt.gold):
            raise ValueError(f"template {t.id}: personal={personal} but gold={prompt.gold}")
        prompts.append(prompt)
        metas.append(meta)
    return prompts, metas
