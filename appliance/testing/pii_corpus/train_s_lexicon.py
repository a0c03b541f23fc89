"""The ambiguous words of the `train_s` generator: words that are a person's given or family
name in one sentence and a thing, a place inside a thing's name, or a plain common word in
the next.

The word lists live in the `train_s_words_*` modules as small text blocks, one word a line:

    Grace | w | the grace period; Amazing Grace; ~the invoice has a ten-day [grace period]

* the word as a name is written (its capitalised form);
* its person uses: `m`, `w` or `u` for a (male, female, unisex) given name, `f` for a family
  name, `p` when the word is also a place that a prompt may name as a LOCATION;
* its non-person uses, separated by `;`. A use is a noun phrase, or, with a leading `~`, a
  whole clause that can stand as a sentence. A leading language code (`es:`, `de:` ...) gives
  the language of the use when it is not the block's. Square brackets mark the part that is
  recorded as the non-person phrase; without them the whole use is recorded. Text of a clause
  outside the brackets is scanned like any literal text (see `train_s_render`).

A line that starts with white space continues the line above it.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

LANGS = ("en", "es", "de", "fr", "it", "pt", "nl", "tr", "sw", "ar", "hi", "ja", "ru", "he", "pl")
_LANG_PREFIX = re.compile(r"^(" + "|".join(LANGS) + r"):\s*")


@dataclass(frozen=True)
class Phrase:
    """One non-person use: its text, the recorded parts (offsets into the text), its
    language, and whether it is a clause (a sentence) or a noun phrase."""

    word: str
    text: str
    spans: tuple[tuple[int, int], ...]
    lang: str
    clause: bool


@dataclass
class Word:
    """An ambiguous word: its person uses and its non-person uses."""

    word: str
    lang: str
    kind: str  # given, family, place, brand, or the language block it came from
    gender: str  # "m", "w", "u" when it is a given name, else ""
    family: bool
    place: bool
    phrases: list[Phrase] = field(default_factory=list)

    @property
    def given(self) -> bool:
        return bool(self.gender)


def _phrase(word: str, raw: str, lang: str) -> Phrase:
    raw = raw.strip()
    match = _LANG_PREFIX.match(raw)
    if match:
        lang = match.group(1)
        raw = raw[match.end() :]
    clause = raw.startswith("~")
    if clause:
        raw = raw[1:].strip()
    text: list[str] = []
    spans: list[tuple[int, int]] = []
    length = 0
    for i, part in enumerate(re.split(r"[\[\]]", raw)):
        if i % 2 == 1:
            spans.append((length, length + len(part)))
        text.append(part)
        length += len(part)
    joined = "".join(text)
    if not spans:
        spans.append((0, len(joined)))
    return Phrase(word, joined, tuple(spans), lang, clause)


def parse(block: str, lang: str, kind: str) -> list[Word]:
    """The words of one text block (see the module docstring)."""
    lines: list[str] = []
    for line in block.splitlines():
        if not line.strip():
            continue
        if line[0].isspace() and lines:
            lines[-1] += " " + line.strip()
        else:
            lines.append(line.strip())
    words: list[Word] = []
    for line in lines:
        name, flags, uses = (part.strip() for part in line.split("|", 2))
        gender = next((c for c in flags if c in "mwu"), "")
        word = Word(name, lang, kind, gender, "f" in flags, "p" in flags)
        if not (word.given or word.family):
            raise ValueError(f"{name}: no person use")
        for raw in uses.split(";"):
            if raw.strip():
                word.phrases.append(_phrase(name, raw, lang))
        words.append(word)
    return words


@functools.cache
def words() -> dict[str, Word]:
    """Every ambiguous word, keyed by its lower-case form (duplicates merged)."""
    from appliance.testing.pii_corpus import (
        train_s_words_brands,
        train_s_words_family,
        train_s_words_family2,
        train_s_words_given,
        train_s_words_iberian,
        train_s_words_north,
        train_s_words_places,
        train_s_words_romance,
        train_s_words_world,
        train_s_words_world2,
    )

    merged: dict[str, Word] = {}
    for module in (
        train_s_words_given,
        train_s_words_family,
        train_s_words_family2,
        train_s_words_places,
        train_s_words_brands,
        train_s_words_iberian,
        train_s_words_romance,
        train_s_words_north,
        train_s_words_world,
        train_s_words_world2,
    ):
        for word in module.WORDS:
            key = word.word.lower()
            if key in merged:
                old = merged[key]
                old.gender = old.gender or word.gender
                old.family = old.family or word.family
                old.place = old.place or word.place
                old.phrases.extend(word.phrases)
            else:
                merged[key] = word
    return merged


@functools.cache
def scanner() -> re.Pattern[str]:
    """A pattern that finds every ambiguous word as a whole word, in any case."""
    keys = sorted(words(), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(k) for k in keys) + r")\b", re.IGNORECASE)


@functools.cache
def index() -> dict[tuple[str, bool], list[Phrase]]:
    """Non-person uses by (language, is-clause)."""
    table: dict[tuple[str, bool], list[Phrase]] = {}
    for word in words().values():
        for phrase in word.phrases:
            table.setdefault((phrase.lang, phrase.clause), []).append(phrase)
    return table


def phrase_count() -> int:
    return sum(len(w.phrases) for w in words().values())
