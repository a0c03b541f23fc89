"""train_f: a generator of labelled training prompts for the gateway's NER (PERSON, LOCATION),
written blind.

Blind meant: its author read only `appliance/testing/pii_corpus/__init__.py` (the `Prompt`,
`Gold`, `compose` and `check` API and the gold conventions) and `validity.py` (the Luhn, IBAN
and SSN checks), and no other part of the corpus, its tests, the analyzer or its docs. The
templates, name pools, places and decoys are the author's own; Faker's person providers of
Latin-script or romanised locales supply about half the names, for volume.

Domains: lower-case and voice-to-text personal chat (family, flatmates, dating, friends'
trips, neighbours, school parents), with first names alone far more often than full names,
given names that are everyday words used as people ("ask hope if she can cover", "will and
grace are late") and the same words as things in clean prompts ("the Hope Foundation",
"will do", "Rose Gold"); names at the very start or end, after verbs (tell, ask, text, ping,
call, meet, pick up, drop off, invite, thank), in lists with commas and "and", possessives
("maya's car"), surname first and initials; plus tool-call JSON and CRM notes typed by busy
staff (abbreviations, no capitals). Shapes: family, flatmates, dating, trip, neighbours,
school, friends, voice, group (speaker labels), mention (@-mentions), toolcall, crm, email
(signatures), csv, html, code, log. Each chat prompt is written as typed, in lower case,
voice-to-text (lower case, no punctuation) or all caps, sometimes with a typo.

Conventions (those of the package): PERSON is the name as written, without a title, the
possessive "'s" or an @-mention's "@"; names inside e-mail addresses are no PERSON spans;
LOCATION is a city, region or country, or a street address as one span; phones are valid by
`phonenumbers` (national or international, with or without separators), cards Luhn-valid,
IBANs with correct check digits, SSNs by the issuing rules, ACCOUNT_NUMBER only where the text
says it is an account. Every occurrence of a planted value is a gold span. About 40% of the
prompts are clean: no names, places or contacts, only decoys.

`prompts(seed, count)`: ids "trainf-<seed>-00001" ..., the same for a seed, other fills and
template order for another.
"""

from __future__ import annotations

import random
import re

from appliance.testing.pii_corpus import Piece, Prompt, compose
from appliance.testing.pii_corpus import train_f_names as names
from appliance.testing.pii_corpus import train_f_values as values
from appliance.testing.pii_corpus.train_f_clean import CLEAN, fill
from appliance.testing.pii_corpus.train_f_personal import PERSONAL

CLEAN_SHARE = 0.4
_SLOT = re.compile(r"«([^»]+)»")
_VOICE_DROP = str.maketrans("", "", '.,!?;:"()—')


def _parse(block: str) -> list[tuple[str, str, str]]:
    out = []
    for line in block.strip().split("\n"):
        if not line.strip():
            continue
        head, text = line.split("| ", 1)
        shape, style = head.split(".")
        out.append((shape, style, text.replace("\\n", "\n")))
    return out


PERSONAL_TEMPLATES = _parse(PERSONAL)
CLEAN_TEMPLATES = _parse(CLEAN)
TEMPLATES = PERSONAL_TEMPLATES + CLEAN_TEMPLATES
SHAPES = sorted({t[0] for t in TEMPLATES})

_PLACE = {"city", "city2", "region", "country", "addr"}
_VALUE = {
    "phone": "PHONE_NUMBER",
    "email": "EMAIL_ADDRESS",
    "card": "CREDIT_CARD",
    "iban": "IBAN_CODE",
    "ip": "IP_ADDRESS",
    "ssn": "US_SSN",
    "acct": "ACCOUNT_NUMBER",
}


class _Fill:
    """The values of one prompt's slots: the same slot gets the same value."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.seen: dict[str, tuple[str, str]] = {}
        self.used: set[str] = set()

    def _given(self) -> str:
        for _ in range(20):
            g = names.given_family(self.rng)[0]
            if g.lower() not in self.used:
                return g
        return g

    def _word(self) -> str:
        for _ in range(20):
            g = self.rng.choice(names.WORD_GIVEN)
            if g.lower() not in self.used:
                return g
        return g

    def get(self, slot: str) -> tuple[str, str] | str:
        if slot in self.seen:
            return self.seen[slot]
        rng = self.rng
        entity = "PERSON"
        if slot.startswith("w="):
            value = slot[2:]
        elif slot in ("a", "b", "c", "d"):
            value = self._given()
        elif slot in ("w", "w2"):
            value = self._word()
        elif slot in ("A", "B"):
            g, f = names.given_family(rng)
            value = f"{g} {f}"
        elif slot == "sf":
            value = names.surname_first(*names.given_family(rng), rng)
        elif slot == "in":
            value = names.initials(*names.given_family(rng), rng)
        elif slot in _PLACE:
            entity = "LOCATION"
            if slot.startswith("city"):
                value = rng.choice([c for c in names.CITIES if c not in self.used])
            elif slot == "region":
                value = rng.choice(names.REGIONS)
            elif slot == "country":
                value = rng.choice(names.COUNTRIES)
            else:
                value = names.address(rng)
        elif slot in _VALUE:
            entity = _VALUE[slot]
            if slot == "phone":
                value = values.phone(rng)
            elif slot == "email":
                value = values.email(*names.given_family(rng), rng)
            else:
                value = getattr(
                    values,
                    {"card": "card", "iban": "iban", "ip": "ip", "ssn": "ssn", "acct": "account"}[
                        slot
                    ],
                )(rng)
        else:
            decoy = fill(slot, rng)
            if decoy is None:
                raise KeyError(f"unknown slot {slot!r}")
            return decoy  # decoys may differ at each occurrence
        self.used.add(value.lower() if entity == "PERSON" else value)
        self.seen[slot] = (entity, value)
        return entity, value


def _typo(text: str, rng: random.Random) -> str:
    words = [m for m in re.finditer(r"[a-z]{5,}", text)]
    if not words:
        return text
    m = rng.choice(words)
    i = rng.randrange(m.start() + 1, m.end() - 2)
    return text[:i] + text[i + 1] + text[i] + text[i + 2 :]


# Contact tails added to chat-like personal prompts that have no structured value, so that
# about a third of the personal prompts carry one.
_TAILED = {"family", "flatmates", "dating", "trip", "neighbours", "school", "friends", "crm"}
_TAILS = (
    " — her number is «phone»",
    ", his mobile's «phone»",
    " (ring «phone» if stuck)",
    "\nnumber: «phone»",
    " — email is «email»",
    ". my email's «email» btw",
    "\nsend it to «email»",
    ". rent to acct «acct» pls",
    ", account number «acct», sort code 40-11-62",
    ". iban «iban»",
    " — pay me back to «iban»",
    ". card «card» is on the booking",
    " (router ip «ip»)",
    ". ssn for the form: «ssn»",
    ", call on «phone» or «email»",
)
_TAIL_SHARE = 0.27


def _render(pid: str, template: tuple[str, str, str], rng: random.Random, personal: bool) -> Prompt:
    shape, style, text = template
    if (
        personal
        and shape in _TAILED
        and not any(f"«{v}»" in text for v in _VALUE)
        and rng.random() < _TAIL_SHARE
    ):
        text += rng.choice(_TAILS)
    mode = "as"
    if style == "c":
        mode = rng.choices(["as", "lower", "voice", "caps"], [35, 42, 15, 8])[0]
    elif style == "l":
        mode = "lower"
    elif style == "v":
        mode = "voice"
    fills = _Fill(rng)
    parts = _SLOT.split(text)
    pieces: list[Piece] = []
    literal_idx = [i for i in range(0, len(parts), 2) if parts[i]]
    typo = style in "cl" and mode != "caps" and rng.random() < 0.15
    typo_at = rng.choice(literal_idx) if literal_idx and typo else -1
    for i, part in enumerate(parts):
        if i % 2 == 0:
            if not part:
                continue
            if mode in ("lower", "voice"):
                part = part.lower()
            if mode == "voice":
                part = re.sub(r"\s+", " ", part.translate(_VOICE_DROP))
            elif mode == "caps":
                part = part.upper()
            if i == typo_at:
                part = _typo(part, rng)
            pieces.append(part)
            continue
        got = fills.get(part)
        if isinstance(got, str):
            if mode in ("lower", "voice"):
                got = got.lower()
            elif mode == "caps":
                got = got.upper()
            pieces.append(got)
            continue
        entity, value = got
        if entity in ("PERSON", "LOCATION"):
            if mode in ("lower", "voice"):
                value = value.lower()
            elif mode == "caps":
                value = value.upper()
            for article in ("the ", "THE "):
                if entity == "LOCATION" and value.startswith(article):
                    pieces.append(article)
                    value = value[len(article) :]
        pieces.append((entity, value))
    # voice-to-text may leave a space at either end or doubled spaces next to a value
    if pieces and isinstance(pieces[0], str):
        pieces[0] = pieces[0].lstrip()
    if pieces and isinstance(pieces[-1], str):
        pieces[-1] = pieces[-1].rstrip()
    return compose(pid, shape, [p for p in pieces if p != ""])


def _unambiguous(prompt: Prompt) -> bool:
    """Whether every whole-word occurrence of a person's name is inside a gold span."""
    spans = [(g.start, g.end) for g in prompt.gold]
    for g in prompt.gold:
        if g.entity != "PERSON":
            continue
        value = prompt.text[g.start : g.end]
        for m in re.finditer(rf"(?<![\w@.]){re.escape(value)}(?![\w@])", prompt.text, re.I):
            if not any(s <= m.start() and m.end() <= e for s, e in spans):
                return False
    return True


def prompts(seed: int, count: int) -> list[Prompt]:
    """`count` labelled prompts for seed `seed`, about 60% personal and 40% clean."""
    rng = random.Random(f"train_f:{seed}")
    personal = list(PERSONAL_TEMPLATES)
    clean = list(CLEAN_TEMPLATES)
    rng.shuffle(personal)
    rng.shuffle(clean)
    clean_at = set(rng.sample(range(count), round(count * CLEAN_SHARE)))
    out: list[Prompt] = []
    np = nc = 0
    prompt: Prompt
    for i in range(count):
        pid = f"trainf-{seed}-{i + 1:05d}"
        if i in clean_at:
            template = clean[nc % len(clean)]
            nc += 1
        else:
            template = personal[np % len(personal)]
            np += 1
        for _ in range(8):  # a word-name person must not also stand as a word in the prompt
            prompt = _render(pid, template, rng, i not in clean_at)
            if _unambiguous(prompt):
                break
        out.append(prompt)
    return out
