"""train_h: labelled training prompts for a NER model, from shopping, retail and consumer support.

`prompts(seed, count)` returns `count` prompts (ids `trainh-<seed>-00001` ...), about half of
them with personal data and half clean, the same for the same seed; another seed gives other
fills and another template order.

How it was written ("blind"): its author read only `pii_corpus/__init__.py` (the `Prompt`,
`Gold`, `compose` and `check` API and the gold conventions) and `validity.py` (Luhn, IBAN and
SSN checks), no other part of the corpus, no recognizer and no test of the corpus. Every
template, name pool, place and decoy was typed from memory (`train_h_personal`,
`train_h_clean`, `train_h_names`, `train_h_things`, `train_h_values`); for volume, half of
the people come from Faker's person providers of many Latin-script locales.

Domains: fashion, beauty, food and drink, toys, furniture, cars and electronics retail;
reviews; recipes and restaurant menus; wine and coffee; gardening; paint and DIY stores.
Shapes: chat, sms, social, review, qa (product Q&A), email (order e-mails, signatures), menu,
recipe, table, csv, json, xml, html (catalogues), receipt (after OCR, with 0 for O), ticket,
form, code, log, transcript (speaker labels), voice (voice-to-text, no punctuation),
catalog, forum. Casual shapes are sometimes written all in lower case, a few in capitals,
some with a typo.

Conventions (those of `__init__.py`): PERSON is a name as written (given alone, full, with
initials, surname first, "Family, Given", lower case), without titles or a possessive "'s",
and without an @-mention's "@"; names inside e-mail addresses are not PERSON spans; LOCATION is
a city, region, country or a whole street address; every occurrence of a planted value is
labelled and every person and place in a prompt is planted. Things named like people or
after them (brands, shops, characters, mascots, assistants, dishes, drinks, cheeses, grape,
apple and rose varieties, paint colours, perfumes, styles, ships, horses, storms, laws,
units, models, codenames, hosts, tools) are never labelled, and stand beside real, labelled
people in personal prompts. A prompt whose planted name also occurs unlabelled elsewhere in
its text (a person "Tom" beside "Tom Ford") is drawn again.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from appliance.testing.pii_corpus import Piece, Prompt, check, compose
from appliance.testing.pii_corpus import train_h_names as names
from appliance.testing.pii_corpus import train_h_things as things
from appliance.testing.pii_corpus import train_h_values as values
from appliance.testing.pii_corpus.train_h_clean import CLEAN
from appliance.testing.pii_corpus.train_h_personal import PERSONAL

TEMPLATES: list[tuple[str, str]] = PERSONAL + CLEAN
SHAPES = tuple(sorted({shape for shape, _ in TEMPLATES}))

_TOKEN = re.compile(r"\{\{|\}\}|\{([A-Z]+)(\d?)(?::([a-z]+)(\d?))?\}")
_CASUAL = frozenset({"chat", "sms", "social", "review", "forum", "qa"})
_PERSON_SLOTS = frozenset({"P", "Q", "R", "S"})
_PARTICLES = frozenset({"de", "van", "der", "den", "dela", "bin", "binti", "te", "la", "du"})


class _Fill:
    """The values of one prompt's slots; the same slot always gives the same value."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.people: dict[str, names.Person] = {}
        self.forms: dict[str, str] = {}
        self.memo: dict[str, list[Piece]] = {}

    def person(self, slot: str) -> names.Person:
        if slot not in self.people:
            taken = {p.given for p in self.people.values()} | {
                p.family for p in self.people.values()
            }
            for _ in range(10):
                p = (
                    names.everyday_person(self.rng)
                    if slot in ("W", "V")
                    else names.person(self.rng)
                )
                if p.given not in taken and p.family not in taken:
                    break
            self.people[slot] = p
            if slot in ("W", "V"):
                self.forms[slot] = "given" if self.rng.random() < 0.8 else "full"
            else:
                self.forms[slot] = self.rng.choice(names.FORMS)
        return self.people[slot]

    def name(self, slot: str, arg: str | None) -> str:
        p = self.person(slot)
        key = f"{slot}:{arg}"
        if key not in self.memo:
            form = {
                None: self.forms[slot],
                "g": "given",
                "f": "family",
                "full": "full",
                "lower": "lower",
                "up": "upper",
                "comma": "comma",
                "init": "initial",
            }[arg]
            self.memo[key] = [("PERSON", names.render(p, form, self.rng))]
        return self.memo[key][0][1]  # type: ignore[return-value]

    def names_list(self) -> list[Piece]:
        count = self.rng.randint(2, 4)
        form = self.rng.choice(("given", "given", "full"))
        people = [self.person(f"N{i}") for i in range(count)]
        pieces: list[Piece] = []
        for i, p in enumerate(people):
            if i:
                last = i == count - 1
                pieces.append(self.rng.choice((" and ", " & ", ", and ")) if last else ", ")
            pieces.append(("PERSON", names.render(p, form, self.rng)))
        return pieces

    def slot(self, kind: str, idx: str, arg: str | None, argidx: str) -> list[Piece]:
        key = f"{kind}{idx}:{arg}{argidx}"
        if kind in _PERSON_SLOTS or kind in ("W", "V"):
            return [("PERSON", self.name(kind, arg))]
        if key in self.memo:
            return self.memo[key]
        self.memo[key] = self._draw(kind, arg)
        return self.memo[key]

    def _draw(self, kind: str, arg: str | None) -> list[Piece]:
        rng = self.rng
        if kind == "NAMES":
            return self.names_list()
        if kind == "T":
            category = arg if arg else rng.choice(things.THING_CATEGORIES)
            return [rng.choice(things.THINGS[category])]
        location = {
            "CITY": lambda: rng.choice(names.CITIES),
            "REGION": lambda: rng.choice(names.REGIONS),
            "COUNTRY": lambda: rng.choice(names.COUNTRIES),
            "ADDR": lambda: names.street_address(rng),
        }
        if kind in location:
            return [("LOCATION", location[kind]())]
        if kind == "EMAIL":
            p = self.people.get("P") or self.people.get("W")
            if p is not None and rng.random() < 0.85:
                return [("EMAIL_ADDRESS", values.email(rng, p.given, p.family))]
            return [("EMAIL_ADDRESS", values.email(rng))]
        structured: dict[str, tuple[str, Callable[[], str]]] = {
            "PHONE": ("PHONE_NUMBER", lambda: values.phone(rng)[0]),
            "CARD": ("CREDIT_CARD", lambda: values.card(rng)),
            "IBAN": ("IBAN_CODE", lambda: values.iban(rng)),
            "IP": ("IP_ADDRESS", lambda: values.ip(rng)),
            "SSN": ("US_SSN", lambda: values.ssn(rng)),
            "ACCT": ("ACCOUNT_NUMBER", lambda: values.account(rng)),
        }
        if kind in structured:
            entity, make = structured[kind]
            return [(entity, make())]
        decoys: dict[str, Callable[[], str]] = {
            "ORDER": lambda: values.order_no(rng),
            "SKU": lambda: values.sku(rng),
            "TRACK": lambda: values.tracking(rng),
            "PRICE": lambda: values.price(rng),
            "VER": lambda: values.version(rng),
            "HASH": lambda: values.hexhash(rng),
            "TICKET": lambda: values.ticket(rng),
            "DATE": lambda: values.date(rng),
            "TIME": lambda: values.time_of_day(rng),
            "DAY": lambda: rng.choice(things.WEEKDAYS),
            "MONTH": lambda: rng.choice(things.MONTHS),
            "HOLIDAY": lambda: rng.choice(things.HOLIDAYS),
            "ROLE": lambda: rng.choice(things.ROLES),
            "TEAM": lambda: rng.choice(things.TEAMS),
            "ROOM": lambda: rng.choice(things.ROOMS),
            "HEAD": lambda: rng.choice(things.HEADINGS),
            "CODE": lambda: rng.choice(things.CAMEL),
            "COLOUR": lambda: rng.choice(things.COLOURS),
            "PRODUCT": lambda: rng.choice(things.PRODUCTS),
            "NUM": lambda: str(rng.choice((rng.randint(2, 99), rng.randint(100, 9999)))),
            "PCT": lambda: f"{rng.choice((10, 15, 20, 25, 30, 40, 50))}%",
        }
        return [decoys[kind]()]


def _fill(template: str, rng: random.Random) -> list[Piece]:
    fill = _Fill(rng)
    pieces: list[Piece] = []
    pos = 0
    for m in _TOKEN.finditer(template):
        pieces.append(template[pos : m.start()])
        pos = m.end()
        if m.group(0) in ("{{", "}}"):
            pieces.append(m.group(0)[0])
            continue
        kind, idx, arg, argidx = m.group(1), m.group(2), m.group(3), m.group(4)
        pieces.extend(fill.slot(kind, idx or "", arg, argidx or ""))
    pieces.append(template[pos:])
    return [p for p in pieces if p != ""]


_PUNCT = re.compile(r"[.,!?;:\"()\[\]]")


def _style(shape: str, pieces: list[Piece], rng: random.Random) -> list[Piece]:
    """Voice-to-text loses punctuation and capitals; casual shapes are sometimes lower case,
    now and then all capitals, and some have a typo."""
    if shape == "voice":
        out: list[Piece] = []
        for p in pieces:
            if isinstance(p, tuple):
                out.append((p[0], p[1].lower()) if p[0] in ("PERSON", "LOCATION") else p)
            else:
                out.append(_PUNCT.sub("", p).lower())
        return out
    if shape in _CASUAL:
        roll = rng.random()
        if roll < 0.15:
            pieces = [(p[0], p[1].lower()) if isinstance(p, tuple) else p.lower() for p in pieces]
        elif roll < 0.19:
            pieces = [(p[0], p[1].upper()) if isinstance(p, tuple) else p.upper() for p in pieces]
        if rng.random() < 0.2:
            literal = [i for i, p in enumerate(pieces) if isinstance(p, str) and len(p) > 8]
            if literal:
                i = rng.choice(literal)
                text = pieces[i]
                assert isinstance(text, str)
                words = [m for m in re.finditer(r"[a-z]{5,}", text)]
                if words:
                    w = rng.choice(words)
                    j = rng.randint(w.start() + 1, w.end() - 2)
                    text = text[:j] + text[j + 1] + text[j] + text[j + 2 :]
                    pieces[i] = text
    return pieces


def _word_re(word: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + re.escape(word) + r"(?!\w)")


def consistent(prompt: Prompt) -> bool:
    """Whether every planted person's names and every planted place occur only inside gold
    spans (a person "Tom" must not stand unlabelled in "Tom Ford" elsewhere in the text)."""
    spans = [(g.start, g.end) for g in prompt.gold]

    def covered(start: int, end: int) -> bool:
        return any(s <= start and end <= e for s, e in spans)

    for g in prompt.gold:
        value = prompt.text[g.start : g.end]
        if g.entity == "PERSON":
            words = [
                w
                for w in re.findall(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", value)
                if len(w) >= 2 and w.lower() not in _PARTICLES
            ]
        elif g.entity == "LOCATION":
            words = [value]
        else:
            continue
        for w in words:
            for m in _word_re(w).finditer(prompt.text):
                if not covered(m.start(), m.end()):
                    return False
    return True


def prompts(seed: int, count: int) -> list[Prompt]:
    """`count` labelled prompts for seed `seed`: about half personal, half clean."""
    rng = random.Random(seed * 7_919 + 104_729)
    personal = list(PERSONAL)
    clean = list(CLEAN)
    rng.shuffle(personal)
    rng.shuffle(clean)
    kinds = [True] * (count // 2) + [False] * (count - count // 2)
    rng.shuffle(kinds)
    cursor = {True: 0, False: 0}
    out: list[Prompt] = []
    for i, is_clean in enumerate(kinds, start=1):
        pool = clean if is_clean else personal
        prng = random.Random(rng.getrandbits(64))
        pid = f"trainh-{seed}-{i:05d}"
        prompt: Prompt | None = None
        for attempt in range(40):
            shape, template = pool[(cursor[is_clean] + attempt // 8) % len(pool)]
            pieces = _style(shape, _fill(template, prng), prng)
            candidate = compose(pid, shape, pieces)
            if consistent(candidate):
                prompt = candidate
                break
        if prompt is None:
            raise RuntimeError(f"{pid}: no consistent fill")
        cursor[is_clean] += 1
        out.append(prompt)
    check(out)
    return out
