"""train_n: a generator of labelled training prompts for a PERSON/LOCATION NER model.

How it was written ("blind"): its author read only two files of the corpus,
`appliance/testing/pii_corpus/__init__.py` (the `Prompt`/`Gold`/`compose`/`check` API and
the gold conventions) and `validity.py` (Luhn, IBAN and SSN checks); no other part of the
corpus, no recognizer, no evaluation script, no test of another part, and the analyzer was
never run. Templates, names, places and things all come from the author's own head, plus
Faker's person names (Latin-script locales) for volume.

Domains: what people ask an assistant about leisure and shopping: chat, reviews, product
Q&A, forum posts, wish lists, recipes, game and fan wikis, tables, JSON catalogues, CSV
exports, HTML and XML snippets, code, logs, e-mails, texts, voice-to-text, gift notes.
Above all it teaches precision: most prompts, clean or personal, mention things named like
people (`train_n_things.THINGS`: characters, dolls, pizzas, cocktails, possessive brands,
brands with a model, dash-named laws and syndromes, quiz teams, rooms, boats, horses ...),
never labelled, beside real people who are ("Can Luisa have the Luigi plush?").

`prompts(seed, count)`: `count` prompts with ids `trainn-<seed>-00001` ...; the same for
the same seed; about half personal, half clean (clean prompts hold no names, places or
contacts, only decoys). Gold conventions are the corpus's (see `__init__.py`): PERSON
without titles or a possessive "'s" and never inside an e-mail address; LOCATION a city,
region, country or a whole street address; every occurrence of a planted value labelled;
phones valid by `phonenumbers`, cards Luhn-valid, IBANs with check digits, SSNs valid,
account numbers only where the text says they are accounts. A third or so of personal
prompts also carry structured values.
"""

from __future__ import annotations

import random
import re

from appliance.testing.pii_corpus import Piece, Prompt, check, compose
from appliance.testing.pii_corpus.train_n_clean import CLEAN_TEMPLATES
from appliance.testing.pii_corpus.train_n_names import (
    FAMILY_FIRST,
    Person,
    pick_everyday,
    pick_person,
)
from appliance.testing.pii_corpus.train_n_personal import PERSONAL_TEMPLATES
from appliance.testing.pii_corpus.train_n_places import place
from appliance.testing.pii_corpus.train_n_things import THINGS
from appliance.testing.pii_corpus.train_n_values import STRUCTURED, decoy, email

Template = tuple[str, str]  # (shape, text with {SLOT} markers)

TEMPLATES: tuple[Template, ...] = PERSONAL_TEMPLATES + CLEAN_TEMPLATES
SHAPES: frozenset[str] = frozenset(shape for shape, _ in TEMPLATES)

_SLOT = re.compile(r"\{([A-Z]+)(\d?)(?::([a-z_|]+))?\}")
_SLOT_PERSONAL = re.compile(r"\{[PWL]\d?[:}]")
_WORDS = re.compile(r"[^\W\d_]+")
_CATEGORIES = tuple(THINGS)

_FORMS = (
    ("full", 34),
    ("first", 26),
    ("init", 7),
    ("sfirst", 6),
    ("comma", 5),
    ("lowfull", 8),
    ("lowfirst", 6),
    ("lowinit", 3),
    ("last", 3),
    ("upfull", 2),
)


def _initials(given: str) -> list[str]:
    return [p[0] for p in re.split(r"[\s-]+", given) if p]


def person_form(p: Person, form: str, rng: random.Random) -> str:
    """A person's name written in one of several forms."""
    g, f = p.given, p.family
    if form == "any":
        form = rng.choices([x for x, _ in _FORMS], [w for _, w in _FORMS])[0]
    if form == "full":
        if p.culture in FAMILY_FIRST and rng.random() < 0.5:
            return f"{f} {g}"
        return f"{g} {f}"
    if form == "first":
        return g
    if form == "last":
        return f
    if form == "sfirst":
        return f"{f.upper()} {g}"
    if form == "comma":
        return f"{f}, {g}"
    if form == "init":
        inits = _initials(g)
        if rng.random() < 0.4:
            inits.append(rng.choice("ABCDEJKLMPRST"))
        return " ".join(i + "." for i in inits) + " " + f
    if form == "lowfull":
        return f"{g} {f}".lower()
    if form == "lowfirst":
        return g.lower()
    if form == "lowinit":
        return ("".join(_initials(g)) + rng.choice(("", "j", "m", "r")) + " " + f).lower()
    if form == "upfull":
        return f"{g} {f}".upper()
    raise ValueError(form)


class _Fill:
    """The values of one prompt's slots, kept per index so repeats are the same value."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.people: dict[str, Person] = {}
        self.values: dict[str, str] = {}

    def person(self, key: str, everyday: bool) -> Person:
        if key not in self.people:
            taken = {w.lower() for p in self.people.values() for w in (p.given, p.family)}
            for _ in range(20):
                p = pick_everyday(self.rng) if everyday else pick_person(self.rng)
                if p.given.lower() not in taken and p.family.lower() not in taken:
                    break
            self.people[key] = p
        return self.people[key]

    def person_words(self) -> set[str]:
        return {
            w.lower() for p in self.people.values() for w in _WORDS.findall(f"{p.given} {p.family}")
        }

    def thing(self, arg: str | None) -> str:
        cats = arg.split("|") if arg and arg != "any" else _CATEGORIES
        avoid = self.person_words()
        for _ in range(20):
            t = self.rng.choice(THINGS[self.rng.choice(cats)])
            if not avoid & {w.lower() for w in _WORDS.findall(t)}:
                return t
        return t


def _render(template: str, rng: random.Random, case: str) -> list[Piece]:
    fill = _Fill(rng)
    # People first, so that things can avoid their words.
    for m in _SLOT.finditer(template):
        kind, idx = m.group(1), m.group(2) or "1"
        if kind in ("P", "W"):
            fill.person(kind + idx, kind == "W")
    pieces: list[Piece] = []
    pos = 0
    for m in _SLOT.finditer(template):
        pieces.append(template[pos : m.start()])
        pos = m.end()
        kind, idx, arg = m.group(1), m.group(2) or "1", m.group(3)
        # An explicit index shares a value ({L1} twice is one place); without one, each
        # slot gets its own ({T:dish}, {T:dish} are two dishes).
        key = f"{kind}{m.group(2)}:{arg}" if m.group(2) else f"{kind}@{m.start()}"
        if kind in ("P", "W"):
            p = fill.people[kind + idx]
            pieces.append(("PERSON", person_form(p, arg or "any", rng)))
        elif kind == "L":
            if key not in fill.values:
                fill.values[key] = place(rng, arg or "any")
            pieces.append(("LOCATION", fill.values[key]))
        elif kind == "EMAIL":
            key = f"EMAIL{idx}:{arg}"
            if key not in fill.values:
                who = fill.people.get("P" + idx) or fill.people.get("W" + idx)
                if who is None or arg == "other":
                    who = pick_person(rng)
                fill.values[key] = email(rng, who.given, who.family)
            pieces.append(("EMAIL_ADDRESS", fill.values[key]))
        elif kind in STRUCTURED:
            entity, make = STRUCTURED[kind]
            if key not in fill.values:
                fill.values[key] = make(rng)
            pieces.append((entity, fill.values[key]))
        elif kind == "T":
            if key not in fill.values:
                fill.values[key] = fill.thing(arg)
            pieces.append(fill.values[key])
        elif kind == "D":
            if key not in fill.values:
                fill.values[key] = decoy(rng, arg or "order")
            pieces.append(fill.values[key])
        else:
            raise ValueError(f"unknown slot {m.group(0)} in {template!r}")
    pieces.append(template[pos:])
    if case == "lower":
        return [(p[0], p[1].lower()) if isinstance(p, tuple) else p.lower() for p in pieces]
    if case == "upper":
        return [(p[0], p[1].upper()) if isinstance(p, tuple) else p.upper() for p in pieces]
    return pieces


_STRUCTURED_SLOT = re.compile(r"\{(EMAIL|PHONE|CARD|IBAN|IP|SSN|ACCT)")
_TAILS = (
    " You can reach me on {PHONE}.",
    " My email is {EMAIL1}.",
    "\nPhone: {PHONE}",
    " (paid with card {CARD})",
    " Refund to IBAN {IBAN} please.",
    " I was logged in from {IP}.",
    " My account number is {ACCT}.",
    " Reply to {EMAIL1} or call {PHONE}.",
)
_TAIL_SHAPES = frozenset(
    "chat review product_qa forum email sms wishlist gift_note list signature form".split()
)


def render(id: str, template: Template, rng: random.Random) -> Prompt:
    """One prompt from a template, its slots filled with rng; about one personal prompt in
    four without structured values gets a tail with one (phone, e-mail, card ...)."""
    shape, text = template
    if (
        shape in _TAIL_SHAPES
        and _SLOT_PERSONAL.search(text)
        and not _STRUCTURED_SLOT.search(text)
        and rng.random() < 0.28
    ):
        text += rng.choice(_TAILS)
    roll = rng.random()
    case = "lower" if roll < 0.06 else "upper" if roll < 0.08 else "as_is"
    if shape in ("json", "csv", "code", "xml", "html", "log"):
        case = "as_is"
    if shape == "voice":
        case = "lower"
    pieces = [p for p in _render(text, rng, case) if p != ""]
    return compose(id, shape, pieces)


def prompts(seed: int, count: int) -> list[Prompt]:
    """`count` labelled prompts, about half personal and half clean, the same for a seed."""
    rng = random.Random(f"train_n/{seed}")
    personal = list(PERSONAL_TEMPLATES)
    clean = list(CLEAN_TEMPLATES)
    rng.shuffle(personal)
    rng.shuffle(clean)
    flags = [i % 2 == 0 for i in range(count)]
    rng.shuffle(flags)
    out: list[Prompt] = []
    ip = ic = 0
    for i, is_clean in enumerate(flags, 1):
        if is_clean:
            template = clean[ic % len(clean)]
            ic += 1
        else:
            template = personal[ip % len(personal)]
            ip += 1
        out.append(render(f"trainn-{seed}-{i:05d}", template, rng))
    check(out)
    return out
