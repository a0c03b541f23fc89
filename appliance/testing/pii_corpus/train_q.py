"""train_q: a blind generator of labelled training prompts for the PERSON/LOCATION NER of the
PII detector, built to teach the difference between people and THINGS NAMED LIKE PEOPLE.

Written blind: its author read only `pii_corpus/__init__.py` (the `Prompt`/`Gold`/`compose`/
`check` API and the gold conventions) and `validity.py`, and nothing else in the repository.

`prompts(seed, count)` returns `count` prompts with ids `trainq-<seed>-00001` ..., the same
list for the same seed, about half personal and half clean (no gold span at all), each built
with `compose`. Most prompts mention things carrying a person's name, never labelled: cakes,
dishes, cocktails, wines, beers, hops, cheeses, teas and coffees, roses, dahlias, apples,
pears, potatoes, jumps and moves, trophies, stadiums, teams, racehorses, greyhounds, dolls,
game characters, skins and cards, board games, fictional characters, fashion houses,
perfumes, shades, haircuts, typefaces, musical works, dances, instruments, bands, coins and
stamps, hotel suites, yachts and cruise ships, trails and peaks, pets, cars and bikes,
eponyms and prizes, storms and missions, software, brands, saints and titled things
(`THINGS`, 45 categories). Personal prompts put labelled people (41 hand-written cultures
plus Faker's name lists for ~47 Latin-script locales) and places beside them.

Shapes: chat, email, sms, notes, review, voice (dictated, all lower case), paste (an
instruction wrapping pasted text in Spanish, German, French, Italian, Dutch, Portuguese or
Turkish), ticket, form, json, toolcall, csv, markdown_table, html, yaml, code, log, menu,
listing. `TEMPLATES` maps each shape to its templates.

Modules: `train_q_things_food`, `train_q_things_play`, `train_q_things_misc` (the things, by
hand), `train_q_things` (merged, place-carrying things split off), `train_q_names` (people,
places), `train_q_values` (structured values, decoys), `train_q_templates` and
`train_q_templates2` (templates).

Conventions beyond the package's:

* A person's name is a span in every form it is written: full, given alone, family alone
  after a title (the title outside the span), initials ("K. Mensah"), "Last, First", lower
  case. A name inside an e-mail address is not a PERSON span (the address is an
  EMAIL_ADDRESS span).
* No given or family name and no place is planted if it also occurs as a word in any thing,
  template, filler or decoy, so the same word is never a person in one prompt and a thing in
  another (e.g. "Victoria", "Grace", "Boston" are never planted).
* Things whose names carry a place ("Chicken Kiev", "Nottingham Forest") appear only in
  personal prompts, unlabelled; clean prompts never hold a place or a person.
* In clean prompts the person and value slots of a template become neutral words ("the
  guest", "the card on file").
"""

from __future__ import annotations

import random
import re
import unicodedata
from functools import lru_cache

from appliance.testing.pii_corpus import Prompt, compose
from appliance.testing.pii_corpus import train_q_names as names
from appliance.testing.pii_corpus import train_q_values as values
from appliance.testing.pii_corpus.train_q_templates import PROSE
from appliance.testing.pii_corpus.train_q_templates2 import STRUCTURED
from appliance.testing.pii_corpus.train_q_things import GROUPS, PLACE_THINGS, THINGS

__all__ = ["THINGS", "TEMPLATES", "SHAPES", "prompts"]

TEMPLATES: dict[str, tuple[str, ...]] = {**PROSE, **STRUCTURED}
SHAPES = tuple(TEMPLATES)

PERSONAL_SLOTS = frozenset(
    ("P", "PG", "PT", "Q", "L", "ADDR", "E", "PH", "CARD", "IBAN", "SSN", "IP", "ACCT")
)
ENTITY_OF = {"PH": "PHONE_NUMBER", "CARD": "CREDIT_CARD", "IBAN": "IBAN_CODE",
             "SSN": "US_SSN", "IP": "IP_ADDRESS", "ACCT": "ACCOUNT_NUMBER",
             "E": "EMAIL_ADDRESS", "L": "LOCATION", "ADDR": "LOCATION"}

FILLERS = {
    "P": ("the guest", "our supplier", "the customer", "my neighbour", "the new hire",
          "the night manager", "reception", "the courier", "the head chef", "my manager",
          "the club secretary", "the landlord", "our accountant", "the breeder"),
    "L": ("the venue", "the coast", "head office", "the north site", "town", "the depot",
          "the old warehouse", "the marina"),
    "ADDR": ("the usual address", "the depot", "the address on file"),
    "E": ("the shared inbox", "the support queue"),
    "PH": ("the front desk line", "the main switchboard", "the number on file"),
    "CARD": ("the card on file", "the company card"),
    "IBAN": ("the usual account", "the account on file"),
    "SSN": ("on file", "pending"),
    "IP": ("the office gateway", "the staging host"),
    "ACCT": ("on file", "the house account"),
}
FILLERS["PG"] = FILLERS["Q"] = FILLERS["PT"] = FILLERS["P"]

EVERYDAY = (
    "we hope that helps", "the grace period ends soon", "will do", "mark it as done",
    "rose by 3% this quarter", "sunny spells expected", "the bill is attached",
    "frank feedback welcome", "jack up the price? no", "penny for your thoughts",
    "ray tracing is off", "the ivy needs cutting back", "may I add one more", "hope so",
    "dawn start tomorrow", "the amber light is on", "be honest", "joy of joys",
    "sterling work", "crystal clear", "a faith in process", "an august committee",
    "summer menu soon", "autumn stock due", "just a heads-up", "no rush", "ta very much",
)
TITLES = ("Dr. ", "Mr ", "Ms ", "Mrs. ", "Prof. ", "Mr. ", "Ms. ", "Dr ", "Herr ", "Frau ",
          "Sra. ", "Mme ", "Capt. ")
EMAIL_DOMAINS = ("mail.example.com", "example.org", "post.example.net", "inbox.example.co")
_SLOT = re.compile(r"\{\{([A-Z]+)(?::([a-z_]+))?\}\}")


def _parse(template: str) -> tuple:
    parts: list = []
    pos = 0
    for m in _SLOT.finditer(template):
        if m.start() > pos:
            parts.append(template[pos:m.start()])
        parts.append((m.group(1), m.group(2)))
        pos = m.end()
    if pos < len(template):
        parts.append(template[pos:])
    return tuple(parts)


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


@lru_cache(maxsize=1)
def _setup():
    parsed = {shape: [_parse(t) for t in ts] for shape, ts in TEMPLATES.items()}
    personal = {
        shape: [p for p in ps if any(isinstance(x, tuple) and x[0] in PERSONAL_SLOTS
                                     for x in p)]
        for shape, ps in parsed.items()
    }
    fixed = [t for ts in THINGS.values() for t in ts]
    fixed += [t for ts in TEMPLATES.values() for t in ts]
    fixed += [f for fs in FILLERS.values() for f in fs]
    fixed += list(EVERYDAY) + list(TITLES) + [values.DECOY_WORDS]
    fixed_text = "\n".join(fixed).lower()
    vocab = _words(fixed_text)
    cultures = dict(names.CULTURES)
    cultures.update(names.faker_cultures())
    people = {}
    for culture, (given, family) in cultures.items():
        g = tuple(x for x in given if not _words(x) & vocab)
        f = tuple(x for x in family if not _words(x) & vocab)
        if len(g) >= 3 and len(f) >= 3:
            people[culture] = (g, f)
    places = tuple(
        p for p in names.PLACES
        if not re.search(r"(?<!\w)" + re.escape(p.lower()) + r"(?!\w)", fixed_text)
        and not _words(p) & {"the"}
    )
    cities = tuple(p for p in places if p in {names._clean_place(c) for c in names.CITIES})
    clean_things = {c: ts for c, ts in THINGS.items() if c != PLACE_THINGS}
    groups = {g: tuple(c for c in cs if c in clean_things) for g, cs in GROUPS.items()}
    return (parsed, personal, tuple(sorted(people.items())), places, clean_things, groups,
            cities)


def _ascii(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]", "", text.lower())


class _Person:
    __slots__ = ("given", "family", "culture")

    def __init__(self, rng: random.Random, people) -> None:
        self.culture, (given, family) = rng.choice(people)
        self.given, self.family = rng.choice(given), rng.choice(family)

    def full(self) -> str:
        return f"{self.given} {self.family}"

    def written(self, rng: random.Random) -> str:
        r = rng.random()
        if r < 0.45:
            return self.full()
        if r < 0.62:
            return self.given
        if r < 0.74:
            return f"{self.given[0]}. {self.family}"
        if r < 0.84:
            return f"{self.family}, {self.given}"
        if r < 0.92:
            return self.full().lower()
        return f"{self.family.upper()} {self.given}" if rng.random() < 0.5 else self.full()


def _thing(rng: random.Random, arg, clean_things, groups) -> str:
    if arg is None:
        cat = rng.choice(tuple(clean_things))
    else:
        cat = rng.choice(groups.get(arg) or (arg,))
    return rng.choice(clean_things[cat])


def _capitalise_after(previous: str, word: str) -> str:
    tail = previous.rstrip(" ")
    if not tail or tail[-1] in ".!?\n\"":
        return word[:1].upper() + word[1:]
    return word


def _one(pid: str, shape: str, personal: bool, rng: random.Random) -> Prompt:
    parsed, personal_tpl, people, places, clean_things, groups, cities = _setup()
    template = rng.choice(personal_tpl[shape] if personal else parsed[shape])
    voice = shape == "voice"
    lower_names = voice or (shape in ("chat", "sms") and rng.random() < 0.3)
    p1 = _Person(rng, people) if personal else None
    p2 = _Person(rng, people) if personal else None
    pieces: list = []
    text_so_far = ""
    for part in template:
        if isinstance(part, str):
            piece = part
        else:
            slot, arg = part
            piece = _render(slot, arg, personal, rng, p1, p2, (places, cities), clean_things,
                            groups, lower_names)
            if isinstance(piece, str) and slot in FILLERS:
                piece = _capitalise_after(text_so_far, piece)
        group = piece if isinstance(piece, tuple) and isinstance(piece[1], tuple) else (piece,)
        for item in group:
            if voice:
                item = item.lower() if isinstance(item, str) else (item[0], item[1].lower())
            pieces.append(item)
            text_so_far = item if isinstance(item, str) else item[1]
    return compose(pid, shape, pieces)


def _render(slot, arg, personal, rng, p1, p2, where, clean_things, groups, lower_names):
    places, cities = where
    if slot == "T":
        return _thing(rng, arg, clean_things, groups)
    if slot == "TP":
        if personal:
            return rng.choice(THINGS[PLACE_THINGS])
        return _thing(rng, "food", clean_things, groups)
    if slot == "W":
        return rng.choice(EVERYDAY)
    if slot in values.DECOY_KINDS:
        return values.decoy(slot, rng)
    if not personal:
        return rng.choice(FILLERS[slot])
    if slot in ("P", "Q", "PG"):
        who = p2 if slot == "Q" else p1
        name = who.given if slot == "PG" else who.written(rng)
        return ("PERSON", name.lower() if lower_names else name)
    if slot == "PT":
        return (rng.choice(TITLES), ("PERSON", p1.family))
    if slot == "L":
        return ("LOCATION", rng.choice(places))
    if slot == "ADDR":
        num = rng.randint(1, 240)
        street = rng.choice(names.STREETS)
        return ("LOCATION", f"{num} {street}, {rng.choice(cities)}")
    if slot == "E":
        user = rng.choice((f"{_ascii(p1.given)}.{_ascii(p1.family)}",
                           f"{_ascii(p1.given)[:1]}{_ascii(p1.family)}",
                           f"{_ascii(p1.given)}{rng.randint(1, 99)}")) or "guest"
        return ("EMAIL_ADDRESS", f"{user}@{rng.choice(EMAIL_DOMAINS)}")
    maker = {"PH": values.phone, "CARD": values.card, "IBAN": values.iban, "SSN": values.ssn,
             "IP": values.ip, "ACCT": values.account}[slot]
    return (ENTITY_OF[slot], maker(rng))


def prompts(seed: int, count: int) -> list[Prompt]:
    """`count` prompts for `seed`, about half personal, half clean; the same for a seed."""
    rng = random.Random(f"train_q-{seed}")
    out = []
    for i in range(1, count + 1):
        shape = rng.choice(SHAPES)
        personal = rng.random() < 0.5
        out.append(_one(f"trainq-{seed}-{i:05d}", shape, personal, rng))
    return out
