"""train_e: a generator of labelled training prompts for fine-tuning a NER component on
PERSON and LOCATION in gateway traffic (`prompts(seed, count)`).

How it was written ("blind"): its author read only `pii_corpus/__init__.py` (the Prompt,
Gold, compose and check API and the gold conventions) and `pii_corpus/validity.py`; every
template, name pool, place and decoy is the author's own, except that about half of the
person names come from Faker's person providers of Latin-script locales, for volume.

Domains: media, journalism and publishing, weddings and events, real estate, construction,
manufacturing, logistics and shipping, agriculture, energy, HR and recruiting, sales and
CRM, nonprofits and fundraising, sports clubs, music and arts.

Shapes: CVs and cover letters, press releases, interview transcripts, calendar invites
(ICS), vCards, CRM exports, spreadsheet rows, shipping labels and manifests, invoices,
subtitles (SRT), Slack/Teams exports, LaTeX, e-mail signatures, bios, guest lists, seating
plans, rosters, credits, and chat, e-mail, JSON, XML, HTML, code, logs, notes and
voice-to-text without punctuation.

About 60% of the prompts are personal, 40% clean. Free-text prompts are sometimes written
in lower case or all caps, or given a typo. Conventions are those of `pii_corpus`: every
person's name and place is a placeholder and so a gold span (a name without its title or
possessive "'s", an @-mention without the "@", a street address as one LOCATION); names
inside e-mail addresses are not PERSON spans; brands named after people ("Ford", "Ben &
Jerry's") are decoys, not people. Phone numbers are valid by `phonenumbers`, cards pass
Luhn, IBANs have right check digits, SSNs follow the issuing rules."""

from __future__ import annotations

import random
import re

from appliance.testing.pii_corpus import Piece, Prompt, compose
from appliance.testing.pii_corpus import train_e_names as names
from appliance.testing.pii_corpus import train_e_values as values
from appliance.testing.pii_corpus.train_e_clean import CLEAN
from appliance.testing.pii_corpus.train_e_personal import LANGS, PERSONAL, WORDS_FOR_QUOTES

Template = tuple[str, str]  # shape, text


def _parse(block: str) -> tuple[Template, ...]:
    out = []
    for line in block.strip().splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        shape, _, text = line.partition(" | ")
        out.append((shape.strip(), text.replace("\\n", "\n")))
    return tuple(out)


PERSONAL_TEMPLATES: tuple[Template, ...] = _parse(PERSONAL)
CLEAN_TEMPLATES: tuple[Template, ...] = _parse(CLEAN)
TEMPLATES: tuple[Template, ...] = PERSONAL_TEMPLATES + CLEAN_TEMPLATES
SHAPES: frozenset[str] = frozenset(s for s, _ in TEMPLATES)

_SLOT = re.compile(r"\{([A-Za-z]+?)(\d?)(U?)\}")
_PERSON_KEYS = {"p": "full", "n": "plain", "f": "given", "s": "family", "c": "comma"}
_FREE = {"chat", "email", "voice", "note", "bio", "cover_letter", "slack", "transcript"}
_NO_COMMA = {"crm_export", "spreadsheet", "seating_plan", "manifest", "vcard", "ics"}


class _Filler:
    """The values of one prompt: one per placeholder key, the same for each repeat."""

    def __init__(self, rng: random.Random, shape: str) -> None:
        self.rng = rng
        self.shape = shape
        self.cache: dict[str, Piece] = {}
        self.people: dict[str, names.Person] = {}
        self.everyday: list[str] = []

    def person(self, idx: str) -> names.Person:
        if idx not in self.people:
            self.people[idx] = names.person(self.rng)
        return self.people[idx]

    def fill(self, kind: str, idx: str) -> Piece | None:
        key = kind + idx
        if key in self.cache:
            return self.cache[key]
        rng = self.rng
        piece: Piece
        if kind in _PERSON_KEYS:
            p = self.person(idx or "1")
            form = _PERSON_KEYS[kind]
            if form == "full":
                value = names.full_name(p, rng, commas=self.shape not in _NO_COMMA)
            elif form == "plain":
                value = f"{p.family} {p.given}" if p.family_first else f"{p.given} {p.family}"
            elif form == "given":
                value = p.given
            elif form == "family":
                value = p.family
            else:
                value = f"{p.family}, {p.given}"
            piece = ("PERSON", value)
        elif kind == "e":
            piece = ("EMAIL_ADDRESS", values.email(self.person(idx or "1"), rng))
        elif kind == "ev":
            choices = [n for n in names.EVERYDAY_GIVEN if n not in self.everyday]
            value = rng.choice(choices)
            self.everyday.append(value)
            piece = ("PERSON", value)
        elif kind == "city":
            piece = ("LOCATION", rng.choice(names.CITIES))
        elif kind == "region":
            piece = ("LOCATION", rng.choice(names.REGIONS))
        elif kind == "country":
            piece = ("LOCATION", rng.choice(names.COUNTRIES))
        elif kind == "addr":
            piece = ("LOCATION", names.address(rng))
        elif kind == "phone":
            piece = ("PHONE_NUMBER", values.phone(rng))
        elif kind == "card":
            piece = ("CREDIT_CARD", values.card(rng))
        elif kind == "iban":
            piece = ("IBAN_CODE", values.iban(rng))
        elif kind == "ip":
            piece = ("IP_ADDRESS", values.ip(rng))
        elif kind == "ssn":
            piece = ("US_SSN", values.ssn(rng))
        elif kind == "acct":
            piece = ("ACCOUNT_NUMBER", values.account(rng))
        elif kind == "quote":
            piece = rng.choice(WORDS_FOR_QUOTES)
        elif kind == "lang":
            piece = rng.choice(LANGS)
        else:
            try:
                piece = values.decoy(kind, rng)
            except KeyError:
                return None
        self.cache[key] = piece
        return piece


def _typo(text: str, rng: random.Random) -> str:
    words = [m for m in re.finditer(r"[a-z]{5,}", text)]
    if not words:
        return text
    m = rng.choice(words)
    w = m.group()
    i = rng.randrange(len(w) - 1)
    w = w[:i] + w[i + 1] + w[i] + w[i + 2 :]
    return text[: m.start()] + w + text[m.end() :]


def render(id: str, template: Template, rng: random.Random) -> Prompt:
    """A prompt from a template: placeholders filled, free text sometimes re-cased or with a
    typo in its literal words."""
    shape, text = template
    filler = _Filler(rng, shape)
    mode = ""
    if shape in _FREE:
        r = rng.random()
        mode = "lower" if r < 0.10 else "upper" if r < 0.13 else "typo" if r < 0.21 else ""
    pieces: list[Piece] = []
    pos = 0
    typo_done = mode != "typo"
    for m in _SLOT.finditer(text):
        kind, idx, up = m.group(1), m.group(2), m.group(3)
        piece = filler.fill(kind.lower(), idx)
        if piece is None:
            continue
        literal = text[pos : m.start()]
        if not typo_done and len(literal) > 12:
            literal, typo_done = _typo(literal, rng), True
        pieces.append(literal)
        if up or kind.isupper():
            piece = (piece[0], piece[1].upper()) if isinstance(piece, tuple) else piece.upper()
        pieces.append(piece)
        pos = m.end()
    pieces.append(text[pos:])
    if mode in ("lower", "upper"):
        conv = str.lower if mode == "lower" else str.upper
        pieces = [(p[0], conv(p[1])) if isinstance(p, tuple) else conv(p) for p in pieces]
    return compose(id, shape, [p for p in pieces if p])


def prompts(seed: int, count: int) -> list[Prompt]:
    """`count` prompts `traine-<seed>-00001`...: about 60% personal, 40% clean, templates
    taken in an order shuffled by the seed."""
    rng = random.Random(f"train_e/{seed}")
    personal = list(PERSONAL_TEMPLATES)
    clean = list(CLEAN_TEMPLATES)
    rng.shuffle(personal)
    rng.shuffle(clean)
    out: list[Prompt] = []
    ip = ic = 0
    for i in range(count):
        if rng.random() < 0.4:
            template = clean[ic % len(clean)]
            ic += 1
            if ic % len(clean) == 0:
                rng.shuffle(clean)
        else:
            template = personal[ip % len(personal)]
            ip += 1
            if ip % len(personal) == 0:
                rng.shuffle(personal)
        out.append(render(f"traine-{seed}-{i + 1:05d}", template, rng))
    return out
