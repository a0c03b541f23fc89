"""val42: the word rules for names and places, shared by the renderer and the tests.

A name or place is compared word by word, whole words, without case. Its words are its
tokens (letters and digits), less particles ("van", "de", "al" ...), initials (one letter),
generic street words ("Road", "Rua", "Straße" ...) and tokens with digits (house numbers,
postcodes). Scripts written without spaces between words or with combining vowel signs
(Han, kana, Hangul, Arabic, Hebrew, Devanagari, Thai, Ge'ez ...) are compared as substrings
of the text, one whitespace-separated chunk at a time.

Two rules use these words:

* `stray_words(text, masked, words, allowed)`: words of the part's names and places that
  occur in a text outside the masked spans (gold spans, URLs, e-mail addresses), except the
  allowed ones (the word-names, which may be used as words).
* `unlabelled(text, gold)`: occurrences of the words of a prompt's own PERSON and LOCATION
  spans that lie outside every gold span, URL and e-mail address.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache

TOKEN = re.compile(r"[^\W_]+")
URL = re.compile(r"(?:https?://|www\.)[^\s<>\"'()\]]+")
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")

PARTICLES = frozenset(
    """de da do das dos di del della delle der den van von le la les el al bin binti ibn
    bint ben abu ter ten te du des af av zu ap san santa santo são saint sankt st ste of
    the upon on am an im sur mc mac dela""".split()
)

STREET_WORDS = frozenset(
    """road rd street st avenue ave lane way close drive place square court crescent
    terrace gardens row walk parade mews grove rue allée chemin boulevard bd quai impasse
    straße strasse str weg gasse platz allee ring damm ufer via viale piazza corso vicolo
    calle avenida paseo plaza carrer rambla rua travessa largo praça alameda ulica ul
    aleja plac utca út tér gatan vägen gata gate veien vej gade tie katu kuja laan straat
    gracht plein kade singel sokak sokağı cadde caddesi mahallesi jalan apt flat unit suite
    floor fl no nº block blk lot po box bus stiege tür cross main nagar ku shi cho chome
    machi mah cad col centro""".split()
)

_WORD_SCRIPTS = ("LATIN", "GREEK", "CYRILLIC", "GEORGIAN", "ARMENIAN", "DIGIT")


@cache
def _word_script(chunk: str) -> bool:
    """Whether a chunk is written in a script that `TOKEN` splits into whole words."""
    for ch in chunk:
        if not ch.isalnum():
            continue
        name = unicodedata.name(ch, "")
        if not name.startswith(_WORD_SCRIPTS):
            return False
    return True


def fold(word: str) -> str:
    return unicodedata.normalize("NFC", word).casefold()


@cache
def words_of(value: str, entity: str = "PERSON") -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(whole words, substring chunks) of a name or place, folded. In a place, short codes
    in capitals ("NM", "QLD", the letters of a postcode) are not words."""
    whole: list[str] = []
    subs: list[str] = []
    for chunk in value.split():
        if _word_script(chunk):
            for tok in TOKEN.findall(chunk):
                if entity == "LOCATION" and tok.isupper() and len(tok) <= 3:
                    continue
                t = fold(tok)
                if len(t) < 2 or t in PARTICLES or t in STREET_WORDS:
                    continue
                if any(c.isdigit() for c in t):
                    continue
                whole.append(t)
        else:
            stripped = chunk.strip(".,;:()[]\"'")
            if stripped:
                subs.append(fold(stripped))
    return tuple(dict.fromkeys(whole)), tuple(dict.fromkeys(subs))


def masks(text: str, gold: Iterable) -> list[tuple[int, int]]:
    """The spans where a name's words may stand: gold spans, URLs, e-mail addresses."""
    spans = [(g.start, g.end) for g in gold]
    spans += [m.span() for m in URL.finditer(text)]
    spans += [m.span() for m in EMAIL.finditer(text)]
    return spans


def _inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def _occurrences(text: str, folded: str, word: str, whole: bool) -> Iterable[tuple[int, int]]:
    if whole:
        pattern = re.compile(r"(?<![^\W_])" + re.escape(word) + r"(?![^\W_])")
        yield from (m.span() for m in pattern.finditer(folded))
    else:
        i = folded.find(word)
        while i >= 0:
            yield i, i + len(word)
            i = folded.find(word, i + 1)


def _folded(text: str) -> str:
    """The text folded for comparison, its length kept (a character that folds to more
    than one is left as it is)."""
    return "".join(c if len(c.casefold()) != 1 else c.casefold() for c in text)


def stray_words(
    text: str,
    spans: list[tuple[int, int]],
    whole_words: frozenset[str],
    sub_words: Iterable[str],
    allowed: frozenset[str] = frozenset(),
) -> list[str]:
    """Words of the part's names and places found in the text outside `spans`, less the
    allowed ones."""
    found: list[str] = []
    folded = _folded(text)
    for m in TOKEN.finditer(text):
        t = fold(m.group())
        if t in whole_words and t not in allowed and not _inside(*m.span(), spans):
            found.append(m.group())
    for word in sub_words:
        if word in folded:
            for s, e in _occurrences(text, folded, word, False):
                if not _inside(s, e, spans):
                    found.append(word)
    return found


def unlabelled(text: str, gold: Iterable) -> list[str]:
    """Occurrences of the words of a prompt's PERSON and LOCATION spans outside every gold
    span, URL and e-mail address."""
    gold = list(gold)
    spans = masks(text, gold)
    folded = _folded(text)
    found: list[str] = []
    for g in gold:
        if g.entity not in ("PERSON", "LOCATION"):
            continue
        whole, subs = words_of(text[g.start : g.end], g.entity)
        for word, is_whole in [(w, True) for w in whole] + [(w, False) for w in subs]:
            for s, e in _occurrences(text, folded, word, is_whole):
                if not _inside(s, e, spans):
                    found.append(f"{word}@{s}")
    return found
