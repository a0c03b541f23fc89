"""Names the NER model misses, found by a list of known given names and family names.

The list is the Latin-script first and last names of Faker's person providers (about 90
locales: English, Spanish, German, French, Indian, Nigerian, Vietnamese, Japanese and Chinese
romanised names among them; 21,000 given names, 23,000 family names) and the appliance's own
`extra_names.txt` (7,800 common names of cultures Faker covers thinly or in another script:
Thai, Korean, Persian, Amharic, Yoruba ...), read once when the analyzer starts (about 1 s
on the 2-core VM, most of it importing Faker's providers). Two ways a name is taken from it,
both in the same case style as people type names (Capitalised, or all lower case):

* two or three name-like words in a row, the first a known given name and the last a known
  family name, or the other way round ("Oluwaseun Adeyemi", "huang mei", "Nguyen Minh");
* one known given name right after a word that introduces a person ("call fiona", "driver
  rania", "approved by Piotr": `appliance.pii.recognizers.NAME_CUES`).

A known given name is taken alone too right before a verb that says it is a person's
("Eleni has the office range", `PERSON_VERBS`; in lower case or at the start of a sentence
only where the tagger calls it a proper noun), and with particles before a known family
name ("Wouter de Vries"). A possessive "'s" is no part of a name ("Lemaire's").

Words are compared without their accents too ("Siobhán" is the list's "Siobhan"). Two known
names are no person's where they begin a longer proper name, a capitalised word that is no
name right after them ("Ho Chi Minh City", "Silver Oak Apartments"), or fill a field whose
key names a place or a thing ("Colour: Hunter Green": `appliance.pii.names.field_kind`).

No word may be an English stop word or one of `NOT_NAMES` ("will", "may", "team"), so
"i will mark it" is no name.
"""

from __future__ import annotations

import functools
import importlib
import itertools
import pkgutil
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from presidio_analyzer import RecognizerResult

from appliance.pii.evidence import OwnRecognizer, result
from appliance.pii.languages import foreign_at
from appliance.pii.names import (
    EPONYMS_AND_PRODUCTS,
    NAME_CUES,
    NOT_NAMES,
    PARTICLES,
    THING_AFTER,
    WEAK_CUES,
    a_beer,
    field_kind,
    in_a_things_field,
    named_thing,
    street_named,
    without_weekdays,
)
from appliance.pii.ner_odds import vetoed
from appliance.pii.places import known_places
from appliance.pii.software import is_software

_LATIN = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_WITH_PARTICLES = re.compile(
    rf"(?i:(?:{'|'.join(PARTICLES)}) )+[^\W\d_]+(?:['’-][^\W\d_]+)*"
)
_WORD = re.compile(r"(?<![\w'’-])[^\W\d_]+(?:['’-][^\W\d_]+)*(?![\w'’-])")


def faker_names() -> Iterator[tuple[str, bool, str]]:
    """(locale, given name or not, name) for every name string in Faker's person providers,
    as Faker writes it, in any script."""
    import faker.providers.person as person

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
            for v in values:
                if isinstance(v, str):
                    yield module.name, attr.startswith("first"), v


EXTRA_NAMES = Path(__file__).with_name("extra_names.txt")


def extra_names() -> Iterator[tuple[str, bool, str]]:
    """(culture, given name or not, name) for every name of `extra_names.txt`: names of
    cultures Faker's lists cover thinly or in another script (Thai, Amharic, Yoruba,
    romanised Korean, Persian ...)."""
    culture = ""
    for line in EXTRA_NAMES.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            culture = line[1:].strip()  # the comment line last before a name: its culture
            continue
        if line.strip():
            kind, name = line.split("\t")
            yield culture, kind == "given", name


@functools.cache
def known_names() -> tuple[frozenset[str], frozenset[str]]:
    """(given names, family names), lower-cased, from Faker's person providers and
    `extra_names.txt`."""
    given: set[str] = set()
    family: set[str] = set()
    for _, is_given, v in itertools.chain(faker_names(), extra_names()):
        into = given if is_given else family
        if _LATIN.fullmatch(v):
            into.add(v.lower())
        elif _WITH_PARTICLES.fullmatch(v):
            into.add(v.rsplit(" ", 1)[1].lower())  # "de Vries": "vries" after particles
    # Names are typed with their accents and without: "Siobhán" and "Siobhan", "Çağlar" and
    # "Caglar"; both are known.
    given |= {folded(name) for name in given}
    family |= {folded(name) for name in family}
    return frozenset(given), frozenset(family)


# Letters that Unicode does not decompose into a base letter and a mark, as they are typed
# without their stroke or dot ("Aydın" as "Aydin", "Đặng" as "Dang", "Søren" as "Soren").
_BASE_LETTERS = str.maketrans({"ı": "i", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "æ": "ae",
                               "œ": "oe", "ß": "ss", "þ": "th", "ħ": "h", "ŧ": "t"})


def folded(word: str) -> str:
    """`word` (in lower case) without its diacritics ("siobhán" -> "siobhan", "đặng" ->
    "dang")."""
    if word.isascii():
        return word
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch)
    ).translate(_BASE_LETTERS)


@functools.cache
def common_words() -> frozenset[str]:
    """About 1,000 common English words (Faker's English lorem list): two of which in lower
    case are no name without a cue ("list price", "summer rock")."""
    from faker.providers.lorem.en_US import Provider

    return frozenset(Provider.word_list)


NAMES_IN_ENGLISH = Path(__file__).with_name("names_in_english.txt")


@functools.cache
def names_in_english() -> frozenset[str]:
    """Known names that are frequent English words too ("will", "grace", "sky", "tom"), without
    their diacritics: `names_in_english.txt`, made by scripts/names_in_english.py."""
    return frozenset(
        line for line in NAMES_IN_ENGLISH.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    )


ENGLISH_WORDS = Path(__file__).with_name("english_words.txt")


@functools.cache
def english_words() -> frozenset[str]:
    """Frequent English words that are no known name ("treasurer", "shipper", "revenues"):
    `english_words.txt`, made by scripts/english_words.py (about 24,000 words, read in
    about 5 ms)."""
    return frozenset(
        line for line in ENGLISH_WORDS.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    )


def a_word(word: str) -> bool:
    """Whether `word` (in any case) is an English word or one no name has: a frequent English
    word that is no known name (`english_words`), a common word (`common_words`), an English
    stop word or one of `NOT_NAMES` (`excluded_words`)."""
    lower = word.lower()
    return lower in english_words() or lower in common_words() or lower in excluded_words()


@functools.cache
def excluded_words() -> frozenset[str]:
    """English stop words and `NOT_NAMES`: words no name has."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS) | NOT_NAMES


def word_style(word: str, capitals: bool = False) -> str | None:
    """How a word is typed: "lower", "title", "upper" (with `capitals`, two letters or
    more), or None."""
    if word.islower():
        return "lower"
    if word[0].isupper() and not word.isupper():
        return "title"
    if capitals and word.isupper() and len(word) > 1:
        return "upper"  # two or three known names in capitals ("SAKURA YOSHIDA"), not one
    return None


# Parts of speech a name's word never has; read from the NER model's tagger where there is
# one ("Ring Ana at ...": "Ring" is a verb, though a given name somewhere).
NOT_NAME_POS = frozenset({"VERB", "AUX", "ADV", "ADP", "DET", "PRON", "CCONJ", "SCONJ", "NUM",
                          "PART", "INTJ", "ADJ"})


# Short words of other languages that are names somewhere too, which a name in lower case
# does not hold ("per la festa, tu porti la Margherita", "mi ha dato"): articles, pronouns
# and auxiliaries of Italian, Spanish, French and Portuguese.
FUNCTION_WORDS = frozenset({
    "la", "le", "il", "lo", "el", "los", "las", "les", "un", "una", "une", "tu", "te", "ti",
    "mi", "me", "si", "se", "ci", "vi", "ne", "io", "ha", "ho", "hai", "es", "et", "en", "da",
    "di", "de", "del", "della", "per", "con", "que", "che", "non", "sono", "est", "sur",
})  # fmt: skip


# Where a sentence opens: the text's start, a line's, or after a full stop.
_SENTENCE_START = re.compile(r"(?:\A|\n|[.!?][ \t]+)[ \t\-*#>\d.)]*([^\W\d_])")


def writes_in_capitals(text: str) -> bool:
    """Whether the text's sentences open with capitals: two or more do, and nine in ten."""
    starts = [m.group(1).isupper() for m in _SENTENCE_START.finditer(text)]
    return sum(starts) >= 2 and sum(starts) >= 0.9 * len(starts)


def known_name_spans(
    text: str, pos: dict[int, str] | None = None, capitals: bool = False
) -> Iterator[tuple[int, int]]:
    """`pos`: the part of speech of the word at each start offset, where a tagger ran;
    `capitals`: two or three known names in capitals are a name too ("SAKURA YOSHIDA", not
    after a word in capitals that is no name: "MEETING ROOM ORION"; `[pii] name_shapes`)."""
    pos = pos or {}

    given, family = known_names()
    excluded = excluded_words()
    words = list(_WORD.finditer(text))
    # (style, given, family, excluded) of each word, read once
    info = []
    ends = []  # where each word ends, less a possessive "'s" ("Lemaire's")
    for w in words:
        lower = w.group().lower()
        end = w.end()
        if lower.endswith(("'s", "’s")):
            lower, end = lower[:-2], end - 2
        lower = folded(lower)
        ends.append(end)
        info.append((word_style(w.group(), capitals), lower in given, lower in family,
                     lower in excluded))
    i = 0
    while i < len(words):
        style, is_given, is_family, is_excluded = info[i]
        size = 0
        if style is not None and not is_excluded and (is_given or is_family):
            for n in (3, 2):
                last = i + n - 1
                if last >= len(words):
                    continue
                if any(info[k][0] != style or info[k][3] for k in range(i + 1, last + 1)):
                    continue
                if any(text[words[k].end() : words[k + 1].start()] not in (" ", "\t")
                       for k in range(i, last)):
                    continue
                if any(ends[k] < words[k].end() for k in range(i, last)):
                    continue  # a possessive ends a name: "Megan's Law"
                if not ((is_given and info[last][2]) or (is_family and info[last][1])):
                    continue
                if any(pos.get(words[k].start()) in NOT_NAME_POS for k in range(i, last + 1)):
                    continue
                if style == "lower" and any(
                    words[k].group() in common_words() or words[k].group() in FUNCTION_WORDS
                    for k in range(i, last + 1)
                ):
                    continue  # "list price", "will rock", "tu porti la": words, not a name
                if style == "lower" and all(
                    folded(words[k].group().lower()) in names_in_english()
                    and pos.get(words[k].start()) in ("NOUN", "ADJ")
                    for k in range(i, last + 1)
                ) and writes_in_capitals(text):
                    continue  # "The Carnegie Hall-style charity gala": nouns, where a writer
                    # who opens sentences with capitals would write a name in them too
                if style == "lower" and foreign_at(text, words[i].start()):
                    continue  # "sin coste hasta las 18:00", "gọi kho lúc": words of a language
                    # whose words are names somewhere
                size = n
                break
        if size and _part_of_a_longer_name(text, words, info, i + size):
            size = 0  # "Ho Chi Minh City", "Silver Oak Apartments": a place, a business
        if size and style == "upper" and _after_a_capital_word(text, words, info, i):
            size = 0  # "MEETING ROOM ORION", "TRAVESSA MANUEL ESTEVES": a longer name
        if size and style == "upper" and _SCENE_HEADING.search(text, max(0, words[i].start() - 8),
                                                               words[i].start()):
            size = 0  # "EXT. CAR PARK – DUSK": a screenplay's scene, a place on a set
        if size and (after := _WORD_AFTER.match(text, ends[i + size - 1])) and (
            after.group(1).lower() in EPONYM_NOUNS
        ):
            size = 0  # "Add Kalman filter smoothing", "Rose Gold theme": a thing's name
        if size and a_beer(text, text[words[i].start() : ends[i + size - 1]], ends[i + size - 1]):
            size = 0  # "Grumpy Gus Stout (7.4% ABV)": a beer
        if size and size > 1 and words[i + size - 1].group().lower() in THING_AFTER:
            size = 0  # "Lazy Lou Pale Ale": a beer's noun ends it
        if size and field_kind(text, words[i].start(), words[i + size - 1].end()):
            size = 0  # "Colour: Hunter Green", "City: ..."
        if not size and style == "title" and is_given and not is_excluded:
            size = _particles_then_family(text, words, info, i)
        if size:
            yield words[i].start(), ends[i + size - 1]
            i += size
        elif (style in ("lower", "title") and is_given and not is_excluded
              and _verb_after(text, words, i, pos.get(words[i].start()))):
            yield words[i].start(), ends[i]  # "Eleni has the office range"
            i += 1
        else:
            i += 1
    for cue in _CUE.finditer(text):
        word = _NEXT_WORD.match(text, cue.end())
        if word is None:
            continue
        name = word.group()
        if folded(name.lower()) in given and name.lower() not in excluded and word_style(name) in (
            "lower", "title"
        ) and not (name.islower() and _NOUN_AFTER.match(text, word.end())):
            yield word.start(), word.end()


def _particles_then_family(text: str, words: list, info: list, i: int) -> int:
    """How many words make a name from the given name at `i` over particles to a known
    family name ("Wouter de Vries", "Ludwig van Beethoven"); 0 if they do not."""
    k = i + 1
    while k < len(words) and words[k].group() in _PARTICLES and k - i <= 2:
        k += 1
    if k == i + 1 or k >= len(words) or info[k][0] != "title" or not info[k][2]:
        return 0
    if any(text[words[j].end() : words[j + 1].start()] != " " for j in range(i, k)):
        return 0
    return k - i + 1


# Verbs that say the word before them is a person ("Eleni has the office range"), when that
# word is a known given name that no article or capitalised word stands before ("the Summer
# will", "Grace Hopper Award has" are no people); see `_verb_after`.
PERSON_VERBS = frozenset({
    "said", "says", "asked", "asks", "wants", "wanted", "thinks", "thought", "will", "has",
    "had", "told", "wrote", "replied", "mentioned", "emailed", "called", "agreed", "needs",
})  # fmt: skip
_SENTENCE_END = re.compile(r"(?:[.!?]|\n)[ \t\"'(*•-]*\Z")
_NOT_BEFORE_A_NAME = frozenset({"the", "a", "an", "this", "that", "our", "your", "my", "their"})


def _verb_after(text: str, words: list, i: int, tag: str | None) -> bool:
    """Whether a verb of PERSON_VERBS follows the word at `i` (its part of speech `tag`,
    where a tagger ran) and says it is a person. A word in lower case or at the start of a
    sentence needs the tagger's word for it (a proper noun): "bill has been paid", "Bill
    has been paid." are no people."""
    if i + 1 >= len(words) or words[i + 1].group().lower() not in PERSON_VERBS:
        return False
    if text[words[i].end() : words[i + 1].start()] != " " or tag in NOT_NAME_POS:
        return False
    start = words[i].start()
    sentence_start = i == 0 or bool(_SENTENCE_END.search(text, max(0, start - 6), start))
    if (sentence_start or words[i].group().islower()) and tag != "PROPN":
        return False
    if i == 0:
        return True
    before = words[i - 1].group()
    between = text[words[i - 1].end() : words[i].start()]
    if before.lower() in _NOT_BEFORE_A_NAME:
        return False
    return not (between == " " and before[0].isupper())


# Words that may follow a name with a capital: weekdays, months and suffixes.
_AFTER_A_NAME = frozenset({
    "jr", "sr", "phd", "md", "esq", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december",
})  # fmt: skip


def _part_of_a_longer_name(text: str, words: list, info: list, after: int) -> bool:
    """Whether the words before `after` are followed, one space on, by a capitalised word
    that is no known name (nor a weekday, month or suffix): then the known names begin a
    longer proper name ("Ho Chi Minh City", "Silver Oak Apartments", "Little Olive
    Trattoria"), not a person's."""
    if after >= len(words) or text[words[after - 1].end() : words[after].start()] != " ":
        return False
    style, is_given, is_family, _ = info[after]
    word = words[after].group()
    return (style in ("title", "upper") and not (is_given or is_family)
            and word.lower() not in _AFTER_A_NAME)


def _after_a_capital_word(text: str, words: list, info: list, i: int) -> bool:
    """Whether a word in capitals that is no known name stands one space before the word at
    `i`: then names in capitals end a longer name ("TRAVESSA MANUEL ESTEVES" on a shipping
    label, "MEETING ROOM ORION"; particles between: "CALLE DE NATANAEL ÁNGEL"), not a
    person's."""
    while i > 1 and words[i - 1].group().lower() in _PARTICLES:
        i -= 1
    if i == 0 or text[words[i - 1].end() : words[i].start()] != " ":
        return False
    style, is_given, is_family, _ = info[i - 1]
    return style == "upper" and not (is_given or is_family)


_PARTICLES = frozenset(PARTICLES)
_WORD_AFTER = re.compile(r"[ \t]+([A-Za-z-]+)")
# What science and software name after people, right after two known names: "Add Kalman
# filter smoothing" (not "Katrín Björnsson service", a funeral).
EPONYM_NOUNS = frozenset({"filter", "filters", "blur", "transform", "transforms"}) | (
    EPONYMS_AND_PRODUCTS
)
# A screenplay's scene heading before its place: "EXT. CAR PARK", "INT./EXT. VAN".
_SCENE_HEADING = re.compile(r"\b(?:INT|EXT|I/E|INT\./EXT)\.?[ \t]+\Z")
# Cues before a known given name only (in any case): a capitalised word after them is often
# no person ("escalate to Tier 2").
KNOWN_NAME_CUES = ("escalate to", "forward to", "forward it to", "assign to", "hand over to",
                   "handed over to", "pick up", "drop off", "ping", "message", "invite",
                   "the broker", "the plumber is", "the plumber", "the electrician", "the nanny",
                   "the babysitter", "the cleaner", "my tutor", "1:1 with", "follow up with",
                   "meet with", "meeting with", "call with", "sync with", "catch up with",
                   "booked with", "lunch with", "dinner with", "coffee with", "ring",
                   "email", "calling for")  # fmt: skip
# Not the weak ones: "via" as in "Via del Pratello".
_CUES = sorted(tuple(c for c in NAME_CUES if c not in WEAK_CUES) + KNOWN_NAME_CUES, key=len,
               reverse=True)
_CUE = re.compile(rf"(?i)\b(?:{'|'.join(_CUES)})[ \t]+")
_NEXT_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*(?![\w'’-])")


# A noun after a word in lower case that makes the two one thing: "booked with job ref
# RV-16647" (not "booked with joy at 10").
_NOUN_AFTER = re.compile(
    r"[ \t]+(?:ref|refs|reference|number|no|nos|id|code|sheet|card|list|log|queue|board|type"
    r"|spec|order|ticket|title|description|status)\b"
)


def parts_of_speech(nlp_artifacts: Any) -> dict[int, str]:
    """The tagger's part of speech of each word, by its start offset: only of tokens that are
    one word, since a token glued to markup (`Åberg</td><td` in an HTML table) gets a tag
    that says nothing of the word in it."""
    tokens = getattr(nlp_artifacts, "tokens", None)
    if tokens is None:
        return {}
    return {t.idx: t.pos_ for t in tokens if getattr(t, "pos_", "") and _LATIN.fullmatch(t.text)}


class KnownNames(OwnRecognizer):
    """`capitals`: names in capitals too (`known_name_spans`)."""

    ENTITY = "PERSON"
    SCORE = 0.6

    def __init__(self, supported_language: str = "en", capitals: bool = False) -> None:
        self.capitals = capitals
        super().__init__(supported_language)

    def load(self) -> None:
        from appliance.pii.foreign_words import frequent_foreign_words
        from appliance.pii.named_things import named_things

        known_names()  # read when the analyzer starts, not on its first request
        excluded_words()
        common_words()
        known_places()
        named_things()
        english_words()
        frequent_foreign_words()

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: Any = None
    ) -> list[RecognizerResult]:
        spans = set()
        for start, end in known_name_spans(text, parts_of_speech(nlp_artifacts), self.capitals):
            value = text[start:end]
            if vetoed(nlp_artifacts, text, start, end):
                continue  # the NER gives no name a chance there ("Madeleines au miel")
            if is_software(text, value) or street_named(value):
                continue  # "Jasmine says ... Karma runs it"; "Rua das Flores, 133"
            if value.islower() and _ARTICLE_BEFORE.search(text, max(0, start - 5), start):
                continue  # "employed as a master cooper": a trade, no name after an article
            if "\t" in value and _header_row(text, start):
                continue  # "Panel\tWatts\tEfficiency\tPrice": a header's cells
            if named_thing(text, start, end) or _heading_words(text, start, value) or (
                in_a_things_field(text, start, end)
            ):
                continue  # "Codename Hazel", "the Olive Green trench", "Service Price List",
                # {"bot": "Ask Ada"}
            rank = _RANK_FIRST.match(value)
            if rank and " " in value:
                start += rank.end()  # "JUDGE OKONKWO:", "Captain Mercer": a rank, a name
            span = without_weekdays(text, start, end)  # "Dawn Okoro Thu" in a rota
            if span is not None:
                spans.add(span)
        return [
            result(self, "PERSON", start, end, self.SCORE, "known given and family names")
            for start, end in sorted(spans)
        ]


_ARTICLE_BEFORE = re.compile(r"(?<![\w'’-])(?:a|an|the)[ \t]+\Z")
# Ranks and offices written before a family name, given or family names somewhere too.
_RANK_FIRST = re.compile(
    r"(?i)(?:judge|justice|captain|sergeant|inspector|detective|constable|officer|coroner"
    r"|magistrate|major|colonel|general|bishop|reverend|rev\.?)[ \t]+(?=\S)"
)


def _header_row(text: str, start: int) -> bool:
    """Whether the line at `start` heads a table of tab-separated cells: the line below has
    tabs, the line above (if any) none."""
    line_start = text.rfind("\n", 0, start) + 1
    above = text[text.rfind("\n", 0, max(0, line_start - 1)) + 1 : max(0, line_start - 1)]
    line_end = text.find("\n", start)
    if line_end < 0:
        return False
    below_end = text.find("\n", line_end + 1)
    below = text[line_end + 1 : len(text) if below_end < 0 else below_end]
    return "\t" in below and (line_start == 0 or "\t" not in above)


_CAPITAL_WORD_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][a-z]+) \Z")


def _heading_words(text: str, start: int, value: str) -> bool:
    """Common English words in Title Case after another capitalised word that is no known
    name: a heading ("Service Price List"), not a person ("Grace Price")."""
    if not all(w.lower() in common_words() for w in value.split()):
        return False
    before = _CAPITAL_WORD_BEFORE.search(text, max(0, start - 30), start)
    if before is None:
        return False
    given, family = known_names()
    word = folded(before.group(1).lower())
    return word not in given and word not in family
