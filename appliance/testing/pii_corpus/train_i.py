"""train_i: a generator of labelled training prompts for a NER model (PERSON and LOCATION
above all), written blind: its author read only `__init__.py` (the `Prompt`/`Gold`/`compose`/
`check` API and the gold conventions) and `validity.py` of this package, no other part of the
corpus, no recognizer, no name list; every template, name, place and thing came from the
author's own head (Faker's Latin-script person tables supply half of the names, for volume).

Domain: entertainment and culture traffic an LLM gateway sees: games and esports (characters,
heroes, agents, skins, teams), films, TV, books, comics, anime, music (bands and albums,
invented people only), theatre, museums, fan communities and streaming support. Shapes:
forum posts, Discord and Reddit-style chat, reviews, watch lists as tables, JSON from game
and media APIs, subtitles (SRT, WebVTT), podcast transcripts, support chats, e-mails, tickets,
CSV, HTML, XML, code, logs, social posts, texts, notes and forms (`SHAPES`).

Its purpose is precision: nearly every prompt, clean or personal, mentions things named like
people (characters, brands, dishes, drinks, roses, ships, storms, laws, assistants ...; see
`train_i_things`), never labelled, and personal prompts put them beside real, labelled people
("{g1} ordered the Earl Grey for her mum {g2}"). About half the prompts are clean: no person,
place or contact at all.

Conventions (the package's): PERSON as written (full, given alone, surname first, initials,
lower case), without titles or "'s", the "@" of a mention outside; LOCATION a city, region,
country or a whole street address; e-mails, phones (valid by phonenumbers), cards (Luhn),
IBANs (check digits), IPs, SSNs (issuing rules) and account numbers (where the text says so)
as written. Every occurrence of a planted value is labelled: a fill in which a planted name or
place also shows up unlabelled (inside a thing, say) is drawn again. Prose prompts are
sometimes written in lower case, all caps, with typos or without punctuation (voice-to-text).

`prompts(seed, count)` gives `count` prompts with ids `traini-<seed>-00001` ..., the same for
the same seed; template order and fills differ between seeds."""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from appliance.testing.pii_corpus import Piece, Prompt, check, compose
from appliance.testing.pii_corpus.train_i_clean import CLEAN
from appliance.testing.pii_corpus.train_i_names import Person, person
from appliance.testing.pii_corpus.train_i_personal import PERSONAL
from appliance.testing.pii_corpus.train_i_places import CITIES, COUNTRIES, REGIONS, address
from appliance.testing.pii_corpus.train_i_things import THINGS
from appliance.testing.pii_corpus.train_i_values import (
    DECOYS,
    account,
    card,
    decoy,
    email,
    iban,
    ip,
    phone,
    ssn,
)

TEMPLATES: tuple[tuple[str, str, bool], ...] = tuple(
    [(shape, text, True) for shape, text in PERSONAL]
    + [(shape, text, False) for shape, text in CLEAN]
)
SHAPES: tuple[str, ...] = tuple(sorted({shape for shape, _, _ in TEMPLATES}))

_SLOT = re.compile(r"\{([a-z_]+?)(\d*)\}")
_PROSE = {
    "forum",
    "discord",
    "reddit",
    "review",
    "transcript",
    "chat",
    "email",
    "social",
    "sms",
    "note",
}
_ALIASES = {"book_char": "character", "game_char": "game_char"}
_PERSON_KINDS = {"p", "g", "s", "f", "i", "l", "w", "wl"}


def _parse(text: str) -> list[tuple[str, str, str]]:
    """A template as (literal, kind, index) parts; kind "" for trailing text."""
    parts: list[tuple[str, str, str]] = []
    pos = 0
    for m in _SLOT.finditer(text):
        parts.append((text[pos : m.start()], m.group(1), m.group(2) or "1"))
        pos = m.end()
    parts.append((text[pos:], "", ""))
    return parts


_PARSED = [(shape, _parse(text), personal) for shape, text, personal in TEMPLATES]


def _camel(s: str) -> str:
    return "".join(w[:1].upper() + w[1:] for w in re.findall(r"[A-Za-z0-9]+", s))


def _thing(kind: str, rng: random.Random) -> str:
    if kind == "code_name":
        return _camel(
            rng.choice(THINGS[rng.choice(("game_char", "hero", "character", "codename"))])
        )
    if kind == "code_slug":
        return "-".join(re.findall(r"[a-z0-9]+", rng.choice(THINGS["character"]).lower()))
    if kind == "community_slug":
        return _camel(rng.choice(THINGS[rng.choice(("tv", "game", "anime", "film"))]))
    return rng.choice(THINGS[_ALIASES.get(kind, kind)])


class _Fill:
    """The values of one prompt: one per slot name, so {g1} and {p1} are the same person."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.people: dict[str, Person] = {}
        self.values: dict[str, Piece] = {}

    def who(self, kind: str, index: str) -> Person:
        everyday = kind in ("w", "wl")
        key = ("w" if everyday else "p") + index
        if key not in self.people:
            taken = {(p.given, p.family) for p in self.people.values()}
            while True:
                candidate = person(self.rng, everyday)
                if (candidate.given, candidate.family) not in taken and all(
                    candidate.given != p.given for p in self.people.values()
                ):
                    break
            self.people[key] = candidate
        return self.people[key]

    def piece(self, kind: str, index: str) -> Piece:
        key = kind + index
        if key in self.values:
            return self.values[key]
        rng = self.rng
        value: Piece
        if kind in _PERSON_KINDS:
            who = self.who(kind, index)
            text = {
                "p": who.full,
                "g": lambda: who.given,
                "w": lambda: who.given,
                "wl": lambda: who.given.lower(),
                "s": lambda: who.family,
                "f": lambda: who.surname_first(rng),
                "i": lambda: who.initials(rng),
                "l": lambda: who.full().lower(),
            }[kind]()
            value = ("PERSON", text)
        elif kind in ("city", "region", "country", "addr"):
            pool = {"city": CITIES, "region": REGIONS, "country": COUNTRIES}
            taken = {v[1] for v in self.values.values() if isinstance(v, tuple)}
            while True:
                text = address(rng) if kind == "addr" else rng.choice(pool[kind])
                if text not in taken:
                    break
            value = ("LOCATION", text)
        elif kind == "email":
            who = self.people.get("p" + index) or self.people.get("w" + index)
            value = ("EMAIL_ADDRESS", email(rng, who))
        elif kind in _VALUES:
            entity, make = _VALUES[kind]
            value = (entity, make(rng))
        elif kind.startswith("t_"):
            taken = {v for v in self.values.values() if isinstance(v, str)}
            while True:
                text = _thing(kind[2:], rng)
                if text not in taken:
                    break
            value = text
        elif kind in DECOYS:
            value = decoy(kind, rng)
        else:
            raise KeyError(f"unknown slot {{{kind}{index}}}")
        self.values[key] = value
        return value


_VALUES: dict[str, tuple[str, Callable[[random.Random], str]]] = {
    "phone": ("PHONE_NUMBER", phone),
    "card": ("CREDIT_CARD", card),
    "iban": ("IBAN_CODE", iban),
    "ip": ("IP_ADDRESS", ip),
    "ssn": ("US_SSN", ssn),
    "acct": ("ACCOUNT_NUMBER", account),
}

_PUNCT = re.compile(r"[,.;:!?\"()\[\]]")


def _typos(text: str, rng: random.Random) -> str:
    def swap(m: re.Match[str]) -> str:
        w = m.group(0)
        if rng.random() > 0.08:
            return w
        i = rng.randrange(len(w) - 1)
        return w[:i] + w[i + 1] + w[i] + w[i + 2 :]

    return re.sub(r"[a-z]{4,}", swap, text)


def _style(pieces: list[Piece], shape: str, rng: random.Random) -> list[Piece]:
    """Lower case, all caps, typos or voice-to-text for prose shapes."""
    if shape not in _PROSE:
        return pieces
    roll = rng.random()
    if roll < 0.66:
        return pieces
    mode = "lower" if roll < 0.8 else "upper" if roll < 0.85 else "voice" if roll < 0.92 else "typo"
    out: list[Piece] = []
    for piece in pieces:
        if isinstance(piece, tuple):
            entity, value = piece
            if entity in ("PERSON", "LOCATION") and mode != "typo":
                value = value.upper() if mode == "upper" else value.lower()
            out.append((entity, value))
            continue
        if mode == "lower":
            piece = piece.lower()
        elif mode == "upper":
            piece = piece.upper()
        elif mode == "voice":
            piece = re.sub(r" {2,}", " ", _PUNCT.sub("", piece.lower()))
        else:
            piece = _typos(piece, rng)
        out.append(piece)
    return out


def _words(value: str) -> list[str]:
    return [w for w in re.findall(r"[^\W\d_]{3,}", value)]


def _consistent(prompt: Prompt) -> bool:
    """Whether every occurrence of a planted name or place (and of each word of a planted
    person's name) lies inside a gold span."""
    text = prompt.text
    spans = [(g.start, g.end) for g in prompt.gold]
    for g in prompt.gold:
        if g.entity not in ("PERSON", "LOCATION"):
            continue
        value = text[g.start : g.end]
        needles = {value} | (set(_words(value)) if g.entity == "PERSON" else set())
        for needle in needles:
            for m in re.finditer(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", text):
                if not any(s <= m.start() and m.end() <= e for s, e in spans):
                    return False
    return True


# Contact tails for personal prompts of prose shapes that plant no structured value, so that
# about a third of the personal prompts carry one.
_TAILS = tuple(
    _parse(text)
    for text in (
        "\n\n{p1}\n{phone}",
        "\n\n--\n{p1} | {t_role}\n{email1} | {phone}",
        "\nPS my new email is {email1}",
        "\n(call me on {phone} if the link breaks)",
        "\n\nsent from my {t_product} · {phone}",
        "\nrefund to {iban} pls, name on it is {p1}",
        "\nmy acct no. is {acct} for the prize money",
        "\n[login from {ip}]",
        "\nText {g1} on {phone}",
        "\n\nThanks,\n{i1}\n{email1}",
        "\nbilling: {p1}, card {card}",
        "\n\nKind regards\n{p1}\n{addr}\n{phone}",
    )
)
_HAS_VALUE = set(_VALUES) | {"email"}


def _render(
    pid: str, shape: str, parts: list[tuple[str, str, str]], rng: random.Random
) -> Prompt | None:
    personal = any(kind in _PERSON_KINDS for _, kind, _ in parts)
    if (
        personal
        and shape in _PROSE | {"ticket"}
        and not any(kind in _HAS_VALUE for _, kind, _ in parts)
        and rng.random() < 0.22
    ):
        tail = rng.choice(_TAILS)
        parts = [*parts[:-1], (parts[-1][0] + tail[0][0], tail[0][1], tail[0][2]), *tail[1:]]
    for _ in range(12):
        fill = _Fill(rng)
        pieces: list[Piece] = []
        for literal, kind, index in parts:
            if literal:
                pieces.append(literal)
            if kind:
                value = fill.piece(kind, index)
                if (
                    isinstance(value, str)
                    and kind.startswith("t_")
                    and value.startswith("The ")
                    and pieces
                    and isinstance(pieces[-1], str)
                    and pieces[-1].lower().endswith("the ")
                ):
                    value = value[4:]
                pieces.append(value)
        prompt = compose(pid, shape, _style(pieces, shape, rng))
        if _consistent(prompt):
            return prompt
    return None


def prompts(seed: int, count: int) -> list[Prompt]:
    """`count` labelled prompts, half of them clean, the same for the same seed."""
    rng = random.Random(f"train_i-{seed}")
    personal = [t for t in _PARSED if t[2]]
    clean = [t for t in _PARSED if not t[2]]
    rng.shuffle(personal)
    rng.shuffle(clean)
    flags = [True] * (count - count // 2) + [False] * (count // 2)
    rng.shuffle(flags)
    out: list[Prompt] = []
    used = {True: 0, False: 0}
    for n, is_personal in enumerate(flags, 1):
        pid = f"traini-{seed}-{n:05d}"
        pool = personal if is_personal else clean
        prompt = None
        while prompt is None:
            shape, parts, _ = pool[used[is_personal] % len(pool)]
            used[is_personal] += 1
            prompt = _render(pid, shape, parts, rng)
        out.append(prompt)
    check(out)
    return out
