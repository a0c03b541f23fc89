"""train_r's lexicon of ambiguous words: parses the data modules (`train_r_lex_given`,
`_family`, `_places`, `_brands`, `_science`, `_europe`, `_world`) into `Word`s, merges a word
listed in several of them, and builds the indexes the generator draws from: phrases by
language and domain, the words a person can be named after, the places, and a fast test of
whether a token of text is one of the ambiguous words."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import (
    train_r_lex_brands,
    train_r_lex_europe,
    train_r_lex_family,
    train_r_lex_given,
    train_r_lex_places,
    train_r_lex_science,
    train_r_lex_world,
)

SOURCES = (
    train_r_lex_given,
    train_r_lex_family,
    train_r_lex_places,
    train_r_lex_brands,
    train_r_lex_science,
    train_r_lex_europe,
    train_r_lex_world,
)

# c common noun phrase, v imperative verb phrase, f food or drink, p product or brand,
# l landmark or a place inside a thing's name, m media, s science, t software or AI,
# e event or season, n named animal, ship, storm or train, k sentence, q foreign phrase
DOMAINS = "cvfplmstenkq"
NP_DOMAINS = "cfplmsten"
FOREIGN_OK_DOMAINS = "pt"  # brands and software read the same inside another language
LANGS = ("en", "es", "it", "pt", "fr", "de", "nl", "tr", "ar", "hi", "sw", "ja", "ru", "he", "mi")
PERSON_KINDS = frozenset("FMUS")
BAD_CHARS = set(',;|"&#<>\n')


@dataclass(frozen=True)
class Phrase:
    word: str
    domain: str
    lang: str
    text: str


@dataclass
class Word:
    word: str
    kinds: set[str] = field(default_factory=set)
    locs: list[str] = field(default_factory=list)
    phrases: list[Phrase] = field(default_factory=list)

    @property
    def given(self) -> bool:
        return bool(self.kinds & {"F", "M", "U"})

    @property
    def family(self) -> bool:
        return "S" in self.kinds

    @property
    def gender(self) -> str:
        for g in "FMU":
            if g in self.kinds:
                return g
        return "U"

    @property
    def langs(self) -> set[str]:
        return {p.lang for p in self.phrases}


_PHRASE = re.compile(r"^(?:([a-z]{2}):)?([a-z]) (.+)$")


def parse(data: str, source: str) -> list[Word]:
    """The words of one data block; raises ValueError on a malformed line."""
    words: list[Word] = []
    for n, line in enumerate(data.strip().splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split(" | ")]
        if len(parts) != 3:
            raise ValueError(f"{source}:{n}: expected 'Word | kinds | phrases': {line!r}")
        name, kinds, phrases = parts
        if not re.fullmatch(r"\w+", name):
            raise ValueError(f"{source}:{n}: a word must be one token: {name!r}")
        word = Word(name)
        for token in kinds.split():
            if token == "@":
                word.locs.append(name)
            elif token.startswith("@"):
                word.locs.append(token[1:].replace("_", " "))
            elif token in PERSON_KINDS:
                word.kinds.add(token)
            else:
                raise ValueError(f"{source}:{n}: unknown kind {token!r}")
        for raw in phrases.split("; "):
            m = _PHRASE.match(raw.strip())
            if not m:
                raise ValueError(f"{source}:{n}: malformed phrase {raw!r}")
            lang, domain, text = m.group(1) or "en", m.group(2), m.group(3).strip()
            if domain not in DOMAINS or lang not in LANGS:
                raise ValueError(f"{source}:{n}: bad domain or language in {raw!r}")
            if BAD_CHARS & set(text) or "?" in text:
                raise ValueError(f"{source}:{n}: a phrase may not hold {BAD_CHARS}: {text!r}")
            word.phrases.append(Phrase(name, domain, lang, text))
        words.append(word)
    return words


def _merge(sources) -> dict[str, Word]:
    merged: dict[str, Word] = {}
    for module in sources:
        for w in parse(module.DATA, module.__name__):
            into = merged.setdefault(w.word, Word(w.word))
            into.kinds |= w.kinds
            into.locs += [loc for loc in w.locs if loc not in into.locs]
            seen = {p.text for p in into.phrases}
            into.phrases += [p for p in w.phrases if p.text not in seen]
    return merged


WORDS: dict[str, Word] = _merge(SOURCES)
FOLDED: dict[str, Word] = {w.casefold(): WORDS[w] for w in WORDS}
PERSON_WORDS: list[Word] = [w for w in WORDS.values() if w.kinds & PERSON_KINDS]
LOC_WORDS: list[Word] = [w for w in WORDS.values() if w.locs]
PHRASES: list[Phrase] = [p for w in WORDS.values() for p in w.phrases]

POOL: dict[tuple[str, str], list[Phrase]] = {}
for _p in PHRASES:
    POOL.setdefault((_p.lang, _p.domain), []).append(_p)

# Capitalised at a sentence start, in a heading or in a date, these are common words, not
# names; a capitalised occurrence of any other word in a template's own text is a "stray"
# that the tests forbid.
CAPS_OK = frozenset(
    """Can May Will Mark Price Page Key Day April June August Summer Winter Spring Autumn Max
    Song Quick Strong Rich Holiday""".split()
)


def ambiguous(token: str) -> Word | None:
    """The ambiguous word a token of text is (case aside), if any."""
    return FOLDED.get(token.casefold())


_TOKEN = re.compile(r"\w+")


def occurrences(text: str):
    """(start, end, Word) for each whole-word occurrence of an ambiguous word in text."""
    for m in _TOKEN.finditer(text):
        w = FOLDED.get(m.group().casefold())
        if w is not None:
            yield m.start(), m.end(), w
