"""train_g: a generator of labelled training prompts for the gateway's NER model
(`prompts(seed, count)`), written blind.

Blind meant, for its author: of the repository only `pii_corpus/__init__.py` (the
`Prompt`/`Gold`/`compose`/`check` API and the gold conventions) and `pii_corpus/validity.py`
(Luhn, IBAN and SSN checks) were read; no other corpus part or generator, no recognizer, no
analyzer run. Templates, name and place pools and decoys came from the author's head; for
volume, about half of the person names are drawn from Faker's person providers of ~40
Latin-script or romanized locales (`train_g_names.faker_pool`).

Domains: structured records of many countries. Shapes: markdown tables, CSV with and without
headers, TSV, HTML tables, JSON and XML exports, SQL inserts and results, YAML, spreadsheets
pasted as text, fixed-width reports, label: value forms, airline and hotel manifests, payroll
and HR exports, school rosters, patient lists, CRM exports, key=value log lines, e-mails with
signatures and a few chat notes about records. Names surname first, in capitals, with
initials, with particles (de, van, bin, al-), hyphenated, split into first/last columns, in
every column position; everyday-word given names only where the text says a person is meant.
Clean prompts (40%) have the same shapes, full of product names, SKUs, team names,
codenames, place-like brand names, roles, colours, versions, hashes and order numbers.

Conventions (those of `__init__.py`): a PERSON span is the name as written, without "Mr",
"Dr" or an airline "MR"/"MS" suffix; for "SURNAME/GIVEN" the whole "SURNAME/GIVEN" is one span;
separate first and last name cells are two spans. Names in e-mail addresses are not PERSON
spans. A street address is one LOCATION span; "City, Country" is two. Every value planted
twice is labelled twice (templates refer to the same person by number).

Templates use «slot», «slot:N» (person or value N of the prompt) and «slot:N|W» (pad the
value with spaces to width W, for fixed-width reports); see `_fill`.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from appliance.testing.pii_corpus import Piece, Prompt, check, compose
from appliance.testing.pii_corpus import train_g_names as names
from appliance.testing.pii_corpus import train_g_values as values
from appliance.testing.pii_corpus.train_g_clean import CLEAN
from appliance.testing.pii_corpus.train_g_personal import PERSONAL

TEMPLATES: tuple[tuple[str, str], ...] = PERSONAL + CLEAN
SHAPES: frozenset[str] = frozenset(shape for shape, _ in TEMPLATES)
CLEAN_SHARE = 0.4

_SLOT = re.compile(r"«(\w+)(?::(\d+))?(?:\|(\d+))?»")

PERSON_STYLES = frozenset(
    "full first last FULL FIRST LAST lower lfirst sf fl lc LC init init2 inil air gm name ew"
    " sfl".split()
)
LOCATION_SLOTS = frozenset("city CITY region country ccell addr".split())
VALUE_SLOTS = {
    "phone": ("PHONE_NUMBER", values.phone),
    "email": ("EMAIL_ADDRESS", values.email),
    "card": ("CREDIT_CARD", values.card),
    "iban": ("IBAN_CODE", values.iban),
    "ip": ("IP_ADDRESS", values.ip),
    "ssn": ("US_SSN", values.ssn),
    "acct": ("ACCOUNT_NUMBER", values.account),
}


@dataclass
class _Person:
    given: str
    family: str
    mid: str


def _family(rng: random.Random, pool: tuple[str, ...]) -> str:
    fam = rng.choice(pool)
    if rng.random() < 0.07 and " " not in fam:
        other = rng.choice(pool)
        if other != fam and " " not in other and not other[:1].islower():
            fam = f"{fam}-{other}"
    return fam


def _person(rng: random.Random, everyday: bool) -> _Person:
    mid = rng.choice("ABCDEFGHJKLMNPRSTVW")
    if everyday:
        given = rng.choice(names.EVERYDAY_GIVEN)
        return _Person(given, _family(rng, names.FAMILY), mid)
    if rng.random() < 0.5:
        gs, fs = names.CULTURES[rng.choice(names.CULTURE_OF)]
        if rng.random() < 0.1:
            fs = names.FAMILY
        return _Person(rng.choice(gs), _family(rng, fs), mid)
    gs, fs = rng.choice(names.faker_pool())
    return _Person(rng.choice(gs), _family(rng, fs), mid)


def _render(style: str, p: _Person, rng: random.Random) -> str:
    g, f, m = p.given, p.family, p.mid
    if style == "name":
        style = rng.choice(("full", "full", "full", "sf", "lc", "init", "FULL", "init2", "gm"))
    if style in ("first", "ew"):
        return g
    if style == "FIRST":
        return g.upper()
    if style == "lfirst":
        return g.lower()
    if style == "last":
        return f
    if style == "LAST":
        return f.upper()
    if style == "FULL":
        return f"{g} {f}".upper()
    if style == "lower":
        return f"{g} {f}".lower()
    if style == "sf":
        return f"{f.upper()} {g}"
    if style == "sfl":
        return f"{f.upper()} {g.upper()}"
    if style == "fl":
        return f"{f} {g}"
    if style == "lc":
        return f"{f}, {g}"
    if style == "LC":
        return f"{f}, {g}".upper()
    if style == "init":
        return f"{g[0]}. {f}"
    if style == "init2":
        return f"{g[0]}. {m}. {f}"
    if style == "inil":
        return f"{g[0]}{m} {f}".lower()
    if style == "air":
        return f"{f}/{g}".upper().replace("'", "")
    if style == "gm":
        return f"{g} {m}. {f}"
    return f"{g} {f}"


class _Ctx:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.people: dict[str, _Person] = {}
        self.values: dict[tuple[str, str], str] = {}

    def person(self, idx: str, everyday: bool) -> _Person:
        if idx not in self.people:
            self.people[idx] = _person(self.rng, everyday)
        return self.people[idx]


def _location(slot: str, rng: random.Random) -> str:
    if slot == "city":
        return names.city(rng)
    if slot == "CITY":
        return names.city(rng).upper()
    if slot == "region":
        return rng.choice(names.REGIONS)
    if slot == "country":
        return rng.choice(names.COUNTRIES)
    if slot == "ccell":
        return rng.choice(names.COUNTRY_CELLS)
    return names.address(rng)


def _fill(slot: str, idx: str, ctx: _Ctx) -> Piece:
    rng = ctx.rng
    if slot in PERSON_STYLES:
        return ("PERSON", _render(slot, ctx.person(idx, slot == "ew"), rng))
    if slot == "pemail":
        p = ctx.person(idx, False)
        key = ("pemail", idx)
        if key not in ctx.values:
            ctx.values[key] = values.email_for(rng, p.given, p.family)
        return ("EMAIL_ADDRESS", ctx.values[key])
    if slot in LOCATION_SLOTS:
        key = (slot, idx)
        if not idx or key not in ctx.values:
            ctx.values[key] = _location(slot, rng)
        return ("LOCATION", ctx.values[key])
    if slot in VALUE_SLOTS:
        entity, make = VALUE_SLOTS[slot]
        key = (slot, idx)
        if not idx or key not in ctx.values:
            ctx.values[key] = make(rng)
        return (entity, ctx.values[key])
    if slot in values.DECOY_KINDS:
        key = (slot, idx)
        if not idx or key not in ctx.values:
            ctx.values[key] = values.decoy(slot, rng)
        return ctx.values[key]
    raise KeyError(f"unknown slot {slot!r}")


def _case(piece: Piece, how: str) -> Piece:
    if how == "lower":
        return (piece[0], piece[1].lower()) if isinstance(piece, tuple) else piece.lower()
    if how == "upper":
        return (piece[0], piece[1].upper()) if isinstance(piece, tuple) else piece.upper()
    return piece


_CASE_SHAPES = frozenset({"email", "form", "log", "chat", "csv", "sheet", "roster", "crm"})


def render(pid: str, shape: str, template: str, rng: random.Random) -> Prompt:
    """One prompt from a template, its slots filled from `rng`."""
    ctx = _Ctx(rng)
    pieces: list[Piece] = []
    pos = 0
    for m in _SLOT.finditer(template):
        if m.start() > pos:
            pieces.append(template[pos : m.start()])
        piece = _fill(m.group(1), m.group(2) or "", ctx)
        pieces.append(piece)
        if m.group(3):
            width = int(m.group(3))
            text = piece[1] if isinstance(piece, tuple) else piece
            pieces.append(" " * max(1, width - len(text)))
        pos = m.end()
    if pos < len(template):
        pieces.append(template[pos:])
    how = ""
    if shape in _CASE_SHAPES:
        r = rng.random()
        how = "lower" if r < 0.07 else "upper" if r < 0.11 else ""
    pieces = [_case(p, how) for p in pieces if p != ""]
    return compose(pid, shape, pieces)


def prompts(seed: int, count: int) -> list[Prompt]:
    """`count` labelled prompts, the same for the same seed: ids traing-<seed>-00001 ...,
    about 40% clean, the templates shuffled per seed and cycled."""
    rng = random.Random(f"traing-{seed}")
    n_clean = round(count * CLEAN_SHARE)
    flags = [True] * n_clean + [False] * (count - n_clean)
    rng.shuffle(flags)
    decks: dict[bool, list[tuple[str, str]]] = {True: [], False: []}
    sources = {True: list(CLEAN), False: list(PERSONAL)}
    out: list[Prompt] = []
    for i, is_clean in enumerate(flags, start=1):
        deck = decks[is_clean]
        if not deck:
            deck.extend(sources[is_clean])
            rng.shuffle(deck)
        shape, template = deck.pop()
        out.append(render(f"traing-{seed}-{i:05d}", shape, template, rng))
    check(out)
    return out
