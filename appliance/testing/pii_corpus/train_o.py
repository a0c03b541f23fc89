"""train_o: a generator of labelled training prompts for the PII NER model (PERSON and
LOCATION above all), about records: forms, registers and documents of many countries as
people paste them into an assistant.

How it was written ("blind"): its author read only two files of the repository,
`appliance/testing/pii_corpus/__init__.py` (the `Prompt`/`Gold`/`compose`/`check` API and the
gold conventions) and `validity.py` (Luhn, IBAN and SSN checks). No other part of the corpus,
no recognizer code, no documentation of the analyzer and no test of the corpus was opened,
and the analyzer was never run. Every template, name, place and decoy was typed from the
author's head; Faker is used only as a second source of person names (its person
providers' name lists of Latin-script locales, about half of the names).

Domains: public administration and registries, courts and notaries, shipping and customs,
insurance and claims, hospital admissions, school enrolment, payroll and HR exports,
property and land registers, vehicle registrations, memberships and clubs, across more than
40 countries. Shapes: form, kv, table, csv, fixed_width, ocr, hl7, edi, ical, vcard, xml,
json, html, email, letter, chat, voice, log, code, sms (see `SHAPES`).

Conventions (the corpus's): a PERSON span is the name as written (all caps, "LAST, First",
"First LAST", surname first, initials, lower case, a name split over two fields gives two
spans) without titles or a possessive "'s"; an @-mention's "@" is outside the span; names
inside e-mail addresses are not PERSON. A LOCATION is a city, region or country, or a street
address as one span. Phones are valid for `phonenumbers`, cards pass Luhn, IBANs have correct
check digits, SSNs follow the issuing rules, account numbers stand after words that say so.
Every planted value is labelled at every occurrence; template text holds no other names or
places. About 40% of the prompts are clean: the same kinds of record about things (product
registers, asset lists, room bookings, fleet logs, stock counts, sample registers) with
person-like field names holding codes, and decoys a news-trained model takes for people
or places.

API: `prompts(seed, count)`; ids `traino-<seed>-00001` ...
"""

from __future__ import annotations

import random
import re

from appliance.testing.pii_corpus import Piece, Prompt, compose

from . import train_o_values as values
from .train_o_clean import CLEAN_TEMPLATES
from .train_o_names import FORMATS, Person, person, render
from .train_o_personal import PERSONAL_TEMPLATES
from .train_o_places import COUNTRIES, Country, address, street

TEMPLATES: tuple[tuple[str, str], ...] = PERSONAL_TEMPLATES + CLEAN_TEMPLATES
SHAPES: tuple[str, ...] = tuple(sorted({s for s, _ in TEMPLATES}))
CLEAN_SHARE = 0.4

_SLOT = re.compile(r"«([A-Za-z0-9_]+)(?:#(\d))?(?:\|([UL]))?»")
_PLACE_KINDS = ("city", "region", "country", "addr", "street", "city2")
_VALUE_KINDS = {
    "phone": "PHONE_NUMBER",
    "email": "EMAIL_ADDRESS",
    "card": "CREDIT_CARD",
    "iban": "IBAN_CODE",
    "ip": "IP_ADDRESS",
    "ssn": "US_SSN",
    "acct": "ACCOUNT_NUMBER",
}
_WORD_KINDS = {"wgiven": "given", "wfull": "gf", "wlow": "low"}


def slot_kinds(text: str) -> list[str]:
    return [m.group(1) for m in _SLOT.finditer(text)]


class _Fill:
    """The values of one prompt: persons and countries by slot index, drawn on first use."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.people: dict[str, Person] = {}
        self.countries: dict[str, Country] = {}
        self.cache: dict[tuple[str, str], str] = {}

    def who(self, idx: str, word: bool = False) -> Person:
        key = ("w" if word else "") + idx
        if key not in self.people:
            taken = {(p.given, p.family) for p in self.people.values()}
            for _ in range(5):
                p = person(self.rng, word)
                if (p.given, p.family) not in taken:
                    break
            self.people[key] = p
        return self.people[key]

    def where(self, idx: str) -> Country:
        if idx not in self.countries:
            self.countries[idx] = self.rng.choice(COUNTRIES)
        return self.countries[idx]

    def piece(self, kind: str, idx: str) -> Piece:
        rng = self.rng
        if kind in FORMATS:
            return ("PERSON", render(self.who(idx), kind, rng))
        if kind in _WORD_KINDS:
            return ("PERSON", render(self.who(idx, True), _WORD_KINDS[kind], rng))
        if kind in _PLACE_KINDS or kind in ("CITY", "COUNTRY", "ADDR"):
            c = self.where(idx)
            low = kind.lower()
            key = (low, idx)
            if ("city", idx) not in self.cache:
                self.cache[("city", idx)] = rng.choice(c.cities)
            if key not in self.cache:
                if low == "city":
                    v = self.cache[("city", idx)]
                elif low == "region":
                    v = rng.choice(c.regions)
                elif low == "country":
                    v = c.name
                elif low == "addr":
                    v = address(c, rng, self.cache[("city", idx)])
                elif low == "street":
                    v = street(c, rng)
                else:
                    v = rng.choice(rng.choice(COUNTRIES).cities)
                self.cache[key] = v
            v = self.cache[key]
            return ("LOCATION", v.upper() if kind.isupper() else v)
        if kind in _VALUE_KINDS:
            key = (kind, idx)
            if key not in self.cache:
                if kind == "phone":
                    v = values.phone(self.where(idx).code, rng)
                elif kind == "email":
                    v = values.email(self.who(idx), rng)
                elif kind == "card":
                    v = values.card(rng)
                elif kind == "iban":
                    v = values.iban(rng, self.where(idx).code)
                elif kind == "ip":
                    v = values.ip(rng)
                elif kind == "ssn":
                    v = values.ssn(rng)
                else:
                    v = values.account(rng)
                self.cache[key] = v
            return (_VALUE_KINDS[kind], self.cache[key])
        if kind in values.DECOY_KINDS:
            return values.decoy(kind, rng)
        raise ValueError(f"unknown slot {kind!r}")


def _case(piece: Piece, how: str) -> Piece:
    if not how:
        return piece
    f = str.upper if how == "U" else str.lower
    if isinstance(piece, tuple):
        return (piece[0], f(piece[1]))
    return f(piece)


def _typo(text: str, rng: random.Random) -> str:
    words = [m for m in re.finditer(r"[a-z]{5,}", text)]
    if not words:
        return text
    m = rng.choice(words)
    i = m.start() + rng.randint(1, len(m.group()) - 2)
    return text[:i] + text[i + 1] + text[i] + text[i + 2 :]


def fill(pid: str, shape: str, template: str, rng: random.Random) -> Prompt:
    """One prompt from a template: its slots filled, the planted values as gold spans."""
    f = _Fill(rng)
    pieces: list[Piece] = []
    pos = 0
    for m in _SLOT.finditer(template):
        if m.start() > pos:
            pieces.append(template[pos : m.start()])
        pieces.append(_case(f.piece(m.group(1), m.group(2) or "1"), m.group(3) or ""))
        pos = m.end()
    if pos < len(template):
        pieces.append(template[pos:])
    roll = rng.random()
    how = "L" if shape == "voice" or roll < 0.06 else ("U" if roll < 0.1 else "")
    if how:
        pieces = [_case(p, how) for p in pieces]
    if rng.random() < 0.08:
        lits = [
            i for i, p in enumerate(pieces) if isinstance(p, str) and re.search(r"[a-z]{5,}", p)
        ]
        if lits:
            i = rng.choice(lits)
            pieces[i] = _typo(str(pieces[i]), rng)
    pieces = [p for p in pieces if not (isinstance(p, str) and not p)]
    return compose(pid, shape, pieces)


def prompts(seed: int, count: int) -> list[Prompt]:
    """`count` prompts (about 60% with personal data, 40% clean), the same for the same
    seed; another seed changes the fills and the order of the templates."""
    rng = random.Random(f"train_o:{seed}")
    n_clean = round(count * CLEAN_SHARE)
    flags = [True] * n_clean + [False] * (count - n_clean)
    rng.shuffle(flags)
    personal = list(PERSONAL_TEMPLATES)
    clean = list(CLEAN_TEMPLATES)
    rng.shuffle(personal)
    rng.shuffle(clean)
    out: list[Prompt] = []
    ip = ic = 0
    for i, is_clean in enumerate(flags, 1):
        if is_clean:
            shape, text = clean[ic % len(clean)]
            ic += 1
            if ic % len(clean) == 0:
                rng.shuffle(clean)
        else:
            shape, text = personal[ip % len(personal)]
            ip += 1
            if ip % len(personal) == 0:
                rng.shuffle(personal)
        out.append(fill(f"traino-{seed}-{i:05d}", shape, text, rng))
    return out
