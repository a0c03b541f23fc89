"""Things named like people: brands, products, dishes, drinks, characters, varieties, laws
and the like that carry a person's name or look like one ("Johnnie Walker", "Granny Smith",
"Tom Collins", "Lara Croft", "Viennese Waltz", "Jonagold"), which the NER model and the
name rules take for people.

`named_things.txt` lists some 17,600 of them: every thing of two words or more, and every
one-word thing that is no known given or family name (`appliance.pii.known_names`), less
known places. `scripts/named_things.py` writes it from the things five authors wrote by
hand, four for the NER's training generators (`appliance.testing.pii_corpus.train_h_things`,
`train_i_things`, `train_j_things`, `train_k_things`) and one for this list alone
(`train_l_things`: 12,300 things in 45 categories): shops, food and drink, fashion and
perfume, games, films, books, music, science, medicine, software, cars, dances ..., each
blind to every measured part.

`thing_spans(text)` finds them in any case, as whole words; the analyzer drops a person
found inside one, or overlapping some where what they leave of it holds no known name
(`appliance.pii.analyzer`), unless a key names the person ("Driver: Hunter Green"). A
person named exactly like a listed thing ("Tom Collins") is then not masked: the price of
the list, on text that names the thing far more often.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from pathlib import Path

NAMED_THINGS = Path(__file__).with_name("named_things.txt")
# A word's start: not inside a word ("O'Brien"), though a quote may open it ("'Tommy").
_WORD_START = re.compile(r"(?<![\w’-])(?<!\w')[^\W\d_]")
# A thing's end: no word goes on, though a quote may close it or a possessive follow.
_AFTER = re.compile(r"(?![\w-])(?!['’][^\Ws])")


@functools.cache
def named_things() -> dict[str, tuple[str, ...]]:
    """The listed things in lower case, by their first word, longest first."""
    by_first: dict[str, list[str]] = {}
    for line in NAMED_THINGS.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            thing = line.lower()
            by_first.setdefault(thing.split()[0], []).append(thing)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in by_first.items()}


def thing_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each listed thing in `text`, in any case, as whole words."""
    things = named_things()
    lower = text.lower()
    for m in _WORD_START.finditer(text):
        start = m.start()
        end_of_word = start
        while end_of_word < len(lower) and not lower[end_of_word].isspace():
            end_of_word += 1
        first = lower[start:end_of_word]
        for thing in things.get(first, ()):
            end = start + len(thing)
            if lower.startswith(thing, start) and _AFTER.match(text, end):
                yield start, end
                break
