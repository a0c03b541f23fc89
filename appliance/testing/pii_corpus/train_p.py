"""train_p: a blind generator of labelled training prompts for the PERSON/LOCATION NER.

Written blind: its author read only this package's `__init__.py` (the `Prompt`/`Gold`/
`compose`/`check` API and the gold conventions) and `validity.py`, nothing else of the
repository. `prompts(seed, count)` returns `count` prompts, ids `trainp-<seed>-00001` ...,
about half personal and half clean (no gold span at all), the same list for the same seed.

Its point: things named like people or carrying a person's name (cakes, dishes, drinks,
brands, figure-skating and gymnastics moves, typefaces, roses and cultivars, animals,
eponymous conditions, tests, drug brands, theorems, algorithms, units, effects,
instruments, comets, law cases and acts, finance rules and funds, ships, locomotives,
aircraft, trains, software, storms, media characters and pen names, buildings, wards,
rooms, prizes, fellowships, chairs, lectures, schools, saints' foundations, pets, boats,
homemade goods) appear in most prompts and are never labelled, while in personal prompts
real people (52 hand-written cultures plus Faker's name lists of 23 Latin-script locales)
stand beside them and are labelled, as full names, given names, family names after a
title (title outside the span), initials, "Last, First" and lower case.

Shapes: chat, email, sms, form, ticket, notes, json, toolcall, csv, markdown_table, html,
yaml, code, log, review, menu, listing, voice (dictated, lower case, no commas or full
stops), paste (instructions wrapping pasted text, some in es/de/fr/it/nl/pt/tr).

Modules: `train_p_things`, `train_p_things2`, `train_p_things3` (THINGS), `train_p_names`
(people and places), `train_p_values` (planted values and decoys), `train_p_templates`.

Conventions beyond the package's: any given or family name, or place, that occurs as a
word in a thing, template or decoy is dropped from the people and places planted, so that
clean prompts never hold a planted name and every occurrence of a planted name in a
personal prompt is labelled (names inside e-mail addresses aside). Things that hold a
place's name ("Chicken Kiev", `PLACE_THINGS`) appear only in personal prompts, unlabelled.
A street address is one LOCATION span even when its street is named after a person.
Clean prompts replace people, places and values by roles and placeholders.
"""

from __future__ import annotations

import random
import re

from . import Piece, Prompt, compose
from .train_p_names import CULTURES, PLACES, TITLES, faker_names
from .train_p_templates import (
    FOREIGN,
    GREET_C,
    GREET_P,
    SENTENCES,
    SHAPES,
    SIGN_C,
    SIGN_P,
    STRUCTURED,
)
from .train_p_things3 import PLACE_THINGS
from .train_p_things3 import THINGS as _THINGS
from .train_p_values import (
    MONTHS,
    WEEKDAYS,
    WORDS,
    account,
    address,
    card,
    decoy,
    email,
    iban,
    ip,
    phone,
    ssn,
)

THINGS: dict[str, tuple[str, ...]] = {**_THINGS, "place_things": PLACE_THINGS}
TEMPLATES: dict[str, tuple[str, ...]] = {
    "sentence": SENTENCES, "foreign": FOREIGN, "greet": GREET_P + GREET_C,
    "sign": SIGN_P + SIGN_C, **SHAPES}

GROUPS: dict[str, tuple[str, ...]] = {
    "food": ("cakes", "dishes", "homemade"), "drink": ("drinks",), "brand": ("brands",),
    "sport": ("sports_moves",), "font": ("typefaces",), "garden": ("roses", "cultivars"),
    "animal": ("animals",), "med": ("conditions", "medical_tests", "drugs"),
    "sci": ("theorems", "algorithms", "units", "effects", "instruments", "space"),
    "law": ("law",), "fin": ("finance",),
    "transport": ("ships", "locomotives", "aircraft", "trains_lines", "boats"),
    "soft": ("software",), "storm": ("storms",), "media": ("media",),
    "venue": ("buildings", "rooms", "wards", "saints"),
    "edu": ("prizes", "fellowships", "chairs", "lectures", "schools", "school_houses"),
    "pet": ("pets",), "place": ("place_things",),
}
_PLACE_RE = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, PLACES)) + r")(?!\w)")
# A thing holding a place's name ("Beef Wellington") joins the place things: personal only.
_POOL = {g: tuple(t for c in cats for t in THINGS[c] if g == "place" or not _PLACE_RE.search(t))
         for g, cats in GROUPS.items()}
_POOL["place"] += tuple(t for c, v in THINGS.items() if c != "place_things" for t in v
                        if _PLACE_RE.search(t))

ROLES = ("the duty nurse", "my manager", "our landlord", "the supplier", "the new starter",
         "my flatmate", "the coach", "the driver", "someone from finance", "the caretaker",
         "the team lead", "the receptionist", "my neighbour", "the head chef", "the vet")
CLEAN: dict[str, tuple[str, ...]] = {
    "L": ("the depot", "head office", "the other site", "the north wing", "the warehouse"),
    "A": ("the address on file", "the usual address", "our office address"),
    "E": ("the shared inbox", "the support queue", "the team alias"),
    "PH": ("the main switchboard", "the front desk", "the helpline number"),
    "CC": ("the card on file", "the company card"), "IB": ("the usual account",),
    "IP": ("the gateway", "the load balancer", "the VPN endpoint"),
    "SSN": ("the number on file",), "AC": ("the account on file",),
}
PLACEHOLDERS = ("n/a", "redacted", "on file", "TBC", "-", "unknown", "withheld")
PERSON_SLOTS = frozenset(("P", "PF", "PG", "PT", "Q", "QF", "QG", "QT"))
PII_SLOTS = PERSON_SLOTS | frozenset(CLEAN) | {"GREET", "SIGN"}
_SLOT = re.compile(r"\{([A-Z][A-Z0-9]*(?::[a-z_]+)?)\}")
_PARTICLES = frozenset(("van", "de", "der", "den", "von", "da", "do", "dos", "du", "la", "le",
                        "el", "al", "bin", "di", "y", "ó", "mac"))


def _parse(template: str) -> tuple[str | tuple[str, str], ...]:
    out: list[str | tuple[str, str]] = []
    pos = 0
    for m in _SLOT.finditer(template):
        if m.start() > pos:
            out.append(template[pos:m.start()])
        name, _, group = m.group(1).partition(":")
        out.append((name, group))
        pos = m.end()
    if pos < len(template):
        out.append(template[pos:])
    return tuple(out)


def _has_pii(parsed) -> bool:
    return any(isinstance(x, tuple) and x[0] in PII_SLOTS for x in parsed)


_SENT = tuple(_parse(s) for s in SENTENCES)
_SENT_PII = tuple(s for s in _SENT if _has_pii(s))
_FOR = tuple((f[:2], _parse(f[3:])) for f in FOREIGN)
_FOR_PII = tuple(f for f in _FOR if _has_pii(f[1]))
_SHAPE = {k: tuple(_parse(t) for t in v) for k, v in SHAPES.items()}
_SHAPE_PII = {k: tuple(t for t in v if _has_pii(t) or any(
    isinstance(x, tuple) and x[0] in ("S", "FS") for x in t)) for k, v in _SHAPE.items()}
_SUB = {k: tuple(_parse(t) for t in v) for k, v in
        (("GREET_P", GREET_P), ("GREET_C", GREET_C), ("SIGN_P", SIGN_P), ("SIGN_C", SIGN_C))}

# Words of everything that is not a person or place: names and places using them are dropped.
_VOCAB_TEXT = "\n".join((*(t for v in THINGS.values() for t in v), *SENTENCES, *FOREIGN,
                         *GREET_P, *GREET_C, *SIGN_P, *SIGN_C,
                         *(t for v in SHAPES.values() for t in v), *ROLES, *PLACEHOLDERS,
                         *(t for v in CLEAN.values() for t in v), *WORDS, *WEEKDAYS, *MONTHS,
                         *TITLES)).lower()
_VOCAB = frozenset(re.findall(r"\w+", _VOCAB_TEXT))


def _ok_name(name: str) -> bool:
    words = re.findall(r"\w+", name.lower())
    return bool(words) and len(name) > 1 and not any(
        w in _VOCAB for w in words if w not in _PARTICLES) and not all(
        w in _PARTICLES for w in words)


def _cultures() -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    out = {}
    for name, (given, family) in {**CULTURES, **faker_names()}.items():
        g = tuple(x for x in given if _ok_name(x) and " " not in x)
        f = tuple(x for x in family if _ok_name(x))
        if g and f:
            out[name] = (g, f)
    return out


NAMES = _cultures()
_CULTURE_LIST = tuple(NAMES.values())
PLANT_PLACES = tuple(p for p in PLACES if not re.search(
    r"(?<!\w)" + re.escape(p.lower()) + r"(?!\w)", _VOCAB_TEXT))
_CITIES = tuple(p for p in PLANT_PLACES if PLACES.index(p) < PLACES.index("Yorkshire"))


class _Ctx:
    __slots__ = ("rng", "personal", "shape", "people", "pieces", "lower", "used_pii")

    def __init__(self, rng: random.Random, personal: bool, shape: str) -> None:
        self.rng = rng
        self.personal = personal
        self.shape = shape
        self.people: list[tuple[str, str]] = []
        self.pieces: list[Piece] = []
        self.lower = shape == "voice" or (shape in ("chat", "sms") and rng.random() < 0.25)
        self.used_pii = False

    def person(self, i: int) -> tuple[str, str]:
        while len(self.people) <= i:
            given, family = self.rng.choice(_CULTURE_LIST)
            self.people.append((self.rng.choice(given), self.rng.choice(family)))
        return self.people[i]


def _name(ctx: _Ctx, slot: str) -> None:
    rng = ctx.rng
    given, family = ctx.person(0 if slot[0] == "P" else 1)
    form = slot[1:] or rng.choice("FFFFGGGTTIL")
    if form == "T":
        ctx.pieces.append(rng.choice(TITLES) + " ")
        value = family
    elif form == "G":
        value = given
    elif form == "I":
        value = f"{given[0]}. {family}"
    elif form == "L":
        value = f"{family}, {given}"
    else:
        value = f"{given} {family}"
    ctx.pieces.append(("PERSON", value.lower() if ctx.lower else value))


def _emit(ctx: _Ctx, parsed, first_pii: bool = False) -> None:
    rng = ctx.rng
    for item in parsed:
        if isinstance(item, str):
            ctx.pieces.append(item)
            continue
        name, group = item
        if name == "T":
            if group == "place" and not ctx.personal:
                group = "food"
            ctx.pieces.append(rng.choice(_POOL[group or rng.choice(tuple(_POOL))]))
        elif name == "S":
            pii = ctx.personal and not ctx.used_pii
            ctx.used_pii = ctx.used_pii or pii
            _emit(ctx, rng.choice(_SENT_PII if pii else _SENT))
        elif name == "FS":
            pii = ctx.personal and not ctx.used_pii
            ctx.used_pii = ctx.used_pii or pii
            _emit(ctx, rng.choice(_FOR_PII if pii else _FOR)[1])
        elif name in ("GREET", "SIGN"):
            ctx.used_pii = ctx.used_pii or ctx.personal
            _emit(ctx, rng.choice(_SUB[name + ("_P" if ctx.personal else "_C")]))
        elif name in PII_SLOTS and not ctx.personal:
            if ctx.shape in STRUCTURED:
                ctx.pieces.append(rng.choice(PLACEHOLDERS))
            elif name in PERSON_SLOTS:
                ctx.pieces.append(rng.choice(ROLES))
            else:
                ctx.pieces.append(rng.choice(CLEAN[name]))
        elif name in PERSON_SLOTS:
            ctx.used_pii = True
            _name(ctx, name)
        elif name in CLEAN:
            ctx.used_pii = True
            ctx.pieces.append(_value(ctx, name))
        else:
            ctx.pieces.append(decoy(rng, name))


def _value(ctx: _Ctx, name: str) -> tuple[str, str]:
    rng = ctx.rng
    if name == "L":
        return ("LOCATION", rng.choice(PLANT_PLACES))
    if name == "A":
        return ("LOCATION", address(rng, rng.choice(_CITIES)))
    if name == "E":
        given, family = ctx.person(rng.choice((0, 0, 1)))
        return ("EMAIL_ADDRESS", email(rng, given, family))
    if name == "PH":
        return ("PHONE_NUMBER", phone(rng))
    if name == "CC":
        return ("CREDIT_CARD", card(rng))
    if name == "IB":
        return ("IBAN_CODE", iban(rng))
    if name == "IP":
        return ("IP_ADDRESS", ip(rng))
    if name == "SSN":
        return ("US_SSN", ssn(rng))
    return ("ACCOUNT_NUMBER", account(rng))


_SHAPE_NAMES = tuple(SHAPES)
_VOICE_DROP = str.maketrans("", "", ",.!?:;\"")


def _one(rng: random.Random, pid: str) -> Prompt:
    personal = rng.random() < 0.5
    shape = rng.choice(_SHAPE_NAMES)
    ctx = _Ctx(rng, personal, shape)
    _emit(ctx, rng.choice(_SHAPE_PII[shape] if personal else _SHAPE[shape]))
    pieces = ctx.pieces
    if shape == "voice":
        pieces = [p.lower().translate(_VOICE_DROP) if isinstance(p, str)
                  else (p[0], p[1].lower()) for p in pieces]
    return compose(pid, shape, pieces)


def prompts(seed: int, count: int) -> list[Prompt]:
    """`count` labelled prompts for `seed`, ids trainp-<seed>-00001 ..."""
    rng = random.Random(f"train_p/{seed}")
    return [_one(rng, f"trainp-{seed}-{i:05d}") for i in range(1, count + 1)]
