"""Names the NER model misses, found by a list of known given names and family names.

The list is the Latin-script first and last names of Faker's person providers (about 90
locales: English, Spanish, German, French, Indian, Nigerian, Vietnamese, Japanese and Chinese
romanised names among them; 21,000 given names, 23,000 family names), read once when the
analyzer starts (0.2 s). Two ways a name is taken from it, both in the same case style as
people type names (Capitalised, or all lower case):

* two or three name-like words in a row, the first a known given name and the last a known
  family name, or the other way round ("Oluwaseun Adeyemi", "huang mei", "Nguyen Minh");
* one known given name right after a word that introduces a person ("call fiona", "driver
  rania", "approved by Piotr": `appliance.pii.recognizers.NAME_CUES`).

No word may be an English stop word or one of `NOT_NAMES` ("will", "may", "team"), so
"i will mark it" is no name.
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
import re
from collections.abc import Iterator
from typing import Any

from presidio_analyzer import LocalRecognizer, RecognizerResult

from appliance.pii.evidence import result

_LATIN = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_WORD = re.compile(r"(?<![\w'’-])[^\W\d_]+(?:['’-][^\W\d_]+)*(?![\w'’-])")


@functools.cache
def known_names() -> tuple[frozenset[str], frozenset[str]]:
    """(given names, family names), lower-cased, from Faker's person providers."""
    import faker.providers.person as person

    given: set[str] = set()
    family: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        for attr in dir(provider):
            if not attr.startswith(("first_name", "last_name", "first_romanized",
                                    "last_romanized")) or attr.endswith("formats"):
                continue
            values = getattr(provider, attr)
            if isinstance(values, dict):
                values = list(values)
            if not isinstance(values, list | tuple):
                continue
            into = given if attr.startswith("first") else family
            into.update(v.lower() for v in values if isinstance(v, str) and _LATIN.fullmatch(v))
    return frozenset(given), frozenset(family)


@functools.cache
def _excluded() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    from appliance.pii.names import NOT_NAMES

    return frozenset(STOP_WORDS) | NOT_NAMES


def _style(word: str) -> str | None:
    if word.islower():
        return "lower"
    if word[0].isupper() and not word.isupper():
        return "title"
    return None


# Parts of speech a name's word never has; read from the NER model's tagger where there is
# one ("Ring Ana at ...": "Ring" is a verb, though a given name somewhere).
NOT_NAME_POS = frozenset({"VERB", "AUX", "ADV", "ADP", "DET", "PRON", "CCONJ", "SCONJ", "NUM",
                          "PART", "INTJ", "ADJ"})


def known_name_spans(text: str, pos: dict[int, str] | None = None) -> Iterator[tuple[int, int]]:
    """`pos`: the part of speech of the word at each start offset, where a tagger ran."""
    from appliance.pii.names import NAME_CUES

    pos = pos or {}

    given, family = known_names()
    excluded = _excluded()
    words = list(_WORD.finditer(text))
    i = 0
    while i < len(words):
        found = None
        for size in (3, 2):
            run = words[i : i + size]
            if len(run) < size:
                continue
            if any(text[a.end() : b.start()] not in (" ", "\t") for a, b in zip(run, run[1:], strict=False)):
                continue
            names = [w.group() for w in run]
            styles = {_style(n) for n in names}
            lowered = [n.lower() for n in names]
            if len(styles) != 1 or None in styles or any(n in excluded for n in lowered):
                continue
            if any(pos.get(w.start()) in NOT_NAME_POS for w in run):
                continue
            first, last = lowered[0], lowered[-1]
            if (first in given and last in family) or (first in family and last in given):
                found = (run[0].start(), run[-1].end())
                break
        if found:
            yield found
            i += size
            continue
        i += 1
    cue = re.compile(
        r"(?i)\b(?:" + "|".join(sorted(NAME_CUES, key=len, reverse=True)) + r")[ \t]+$"
    )
    for w in words:
        name = w.group()
        if (name.lower() in given and name.lower() not in excluded and _style(name)
                and cue.search(text, max(0, w.start() - 20), w.start())):
            yield w.start(), w.end()


def _parts_of_speech(nlp_artifacts: Any) -> dict[int, str]:
    tokens = getattr(nlp_artifacts, "tokens", None)
    if tokens is None:
        return {}
    return {t.idx: t.pos_ for t in tokens if getattr(t, "pos_", "")}


class KnownNames(LocalRecognizer):
    SCORE = 0.6

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entities=["PERSON"],
            supported_language=supported_language,
            name="KnownNames",
            context=[],
        )

    def load(self) -> None:
        known_names()
        _excluded()

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: Any = None
    ) -> list[RecognizerResult]:
        return [
            result(self, "PERSON", start, end, self.SCORE, "known given and family names")
            for start, end in sorted(set(known_name_spans(text, _parts_of_speech(nlp_artifacts))))
        ]
