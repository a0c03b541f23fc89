"""Every place a found name or place is written again in the same text.

Names and places are found by their context: "KeyError: 'Babak Sadeghi'" says nothing of a
person, but the line above, `salaries["Babak Sadeghi"]`, was found. A value found once is
personal data wherever the text writes it again, so each other occurrence of a name or place
found (the same characters, as a whole word) is a finding too, with the first one's entity
and score. So is each word of a person's name that is a known given or family name
(`appliance.pii.known_names`) written alone as a whole word ("Met Murugan Sundaram ...
access via Murugan"), and in another case where a handle, a path or an address has it
("Sravani Chowdary ... /in/sravani-dev"); no word no name has ("Will"), and a common English
word only as written ("Rose"). A capitalised first word that no list has is repeated as
written where the last word is a known family name ("driver Shanique Campbell ... Shanique
checked in"). Structured values (e-mail, phone numbers, cards ...) are found by their form
at every occurrence already.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from appliance.pii.vault import Span

REPEATED_ENTITIES = frozenset({"PERSON", "LOCATION"})
MIN_CHARS = 3  # "Li" or "Al" again somewhere is more likely a word than the person
ANY_CASE_CHARS = 4  # "sie" in lower case is German's "she", whatever "Sie" was taken for
_NAME_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def _word_pattern(value: str, case: str) -> re.Pattern[str]:
    """`value` as a whole word, as written; with `case` "handles", in another case too where
    a handle, a path or an address has it ("/in/sravani-dev", "@yuqing"), not in prose
    ("grace period"); with "any", all in lower or all in capitals anywhere too ("Yuhan Chen"
    ... `"display": "yuhan"`, "owners: [andrés, oriol]")."""
    word = rf"(?<!\w)(?<!\w['’]){re.escape(value)}(?!\w)"
    if case == "written":
        return re.compile(word)
    handles = (rf"(?i:(?<=[/@#._-]){re.escape(value)}(?!\w)"
               rf"|(?<!\w){re.escape(value)}(?=[/._-]\w))")
    cases = {value.lower(), value.upper()} - {value}
    if case == "handles" or not cases:
        return re.compile(rf"{word}|{handles}")
    anywhere = "|".join(re.escape(v) for v in sorted(cases))
    return re.compile(rf"{word}|{handles}|(?<![\w'’-])(?:{anywhere})(?![\w'’-])")


def _name_words(value: str) -> Iterator[tuple[str, str]]:
    """The words of a person's name that are worth finding alone, each with the cases it is
    found in (`_word_pattern`): "written", "handles" or "any" (a known name that is no
    English word: "Yuhan", not "Tom"). A name of one word is repeated whole; it is yielded
    only where it may be found in another case."""
    from appliance.pii.known_names import (
        common_words,
        excluded_words,
        folded,
        known_names,
        names_in_english,
    )
    from appliance.pii.name_shapes import NOT_SPEAKERS
    from appliance.pii.names import PARTICLES, TITLES

    words = _NAME_WORD.findall(value)
    if len(words) > 4 or value.count(",") > 1 or not words:
        return  # "Kestrel, Bluebird, Juniper, Nova" is a list
    given, family = known_names()
    # A given name no list has, before a known family name: "Shanique Campbell ... Shanique".
    unlisted_given = (len(words) > 1 and words[0][0].isupper()
                      and folded(words[-1].lower()) in family
                      and words[0].lower() not in common_words())  # fmt: skip
    for i, word in enumerate(words):
        lower = word.lower()
        if len(word) < MIN_CHARS or lower in excluded_words() or lower in PARTICLES:
            continue
        if i == 0 and unlisted_given and folded(lower) not in given:
            yield word, "written"
            continue
        if lower in TITLES or not (folded(lower) in given or folded(lower) in family):
            continue
        if lower in common_words() or lower in NOT_SPEAKERS:
            if len(words) > 1:
                # A word of English ("Rose", "Hunter"): only as written, like the name.
                yield word, "written"
        elif folded(lower) in names_in_english() or len(word) < ANY_CASE_CHARS:
            if len(words) > 1:
                yield word, "handles"  # "Tom", "Ana", "Sie": a word in lower case
        else:
            yield word, "any"


def across_texts(texts: list[str], found: list[list[Span]]) -> list[list[Span]]:
    """The spans of each of a request's texts, and a span wherever another of its texts
    writes a name or a place found in one of them, whole words and the same case: a
    conversation's later turn ("Jonathan Harker again") is masked as its first was, whatever
    the rules make of it alone."""
    values: dict[str, Span] = {}
    for text, spans in zip(texts, found, strict=True):
        for s in spans:
            value = text[s.start : s.end]
            if s.entity in REPEATED_ENTITIES and len(value) >= MIN_CHARS:
                values.setdefault(value, s)
    if not values:
        return found
    out = []
    for text, spans in zip(texts, found, strict=True):
        more = set(spans)
        for value, s in values.items():
            if value in text:
                _add_uncovered(text, _word_pattern(value, "written"), s, more)
        out.append(sorted(more, key=lambda s: (s.start, s.end, s.entity)))
    return out


def _add_uncovered(text: str, pattern: re.Pattern[str], s: Span, out: set[Span]) -> None:
    """A span of `s`'s entity and score in `out` for each match of `pattern` in `text` that
    no span of `out` covers yet."""
    for m in pattern.finditer(text):
        if not any(o.start <= m.start() and m.end() <= o.end for o in out):
            out.add(Span(m.start(), m.end(), s.entity, s.score))


def with_repeats(text: str, spans: Iterable[Span]) -> set[Span]:
    """`spans` and a span for every other whole-word occurrence of a name's or place's value,
    and of each word of a person's name."""
    out = set(spans)
    seen: set[str] = set()
    targets: list[tuple[re.Pattern[str], Span]] = []
    for s in sorted(out, key=lambda s: -s.score):
        value = text[s.start : s.end]
        if s.entity not in REPEATED_ENTITIES or len(value) < MIN_CHARS or value in seen:
            continue
        seen.add(value)
        targets.append((_word_pattern(value, "written"), s))
        if s.entity == "PERSON":
            for word, case in _name_words(value):
                if word.lower() not in seen:
                    seen.add(word.lower())
                    targets.append((_word_pattern(word, case), s))
        if s.entity == "PERSON" and ":" in text:
            targets += [(p, s) for p in _label_patterns(value)]
    for pattern, s in targets:
        _add_uncovered(text, pattern, s, out)
    return out


def _label_patterns(value: str) -> list[re.Pattern[str]]:
    """A word of a person's full name written in capitals as a speaker's label at a line's
    start, whatever lists hold it: "PHYSIO: Morning, is that Dorji?" ... "WANGCHUK: Yes,
    Dorji Wangchuk" ... "WANGCHUK: Thanks" (since the thirty-second round; no English word:
    "GRACE:" stays a label unless the lists say otherwise)."""
    from appliance.pii.known_names import a_word

    words = _NAME_WORD.findall(value)
    if not 2 <= len(words) <= 4:
        return []
    return [
        re.compile(rf"(?m)(?<![^\n]){re.escape(w.upper())}(?=[ \t]*:)")
        for w in words
        if len(w) >= MIN_CHARS and w[0].isupper() and not w.isupper() and not a_word(w)
    ]


# A capitalised word before a family name: "Lowanna" of "Lowanna Mundine".
_GIVEN_BEFORE = re.compile(r"(?<![\w'’.-])([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿā-ž]+(?:-[A-Za-zÀ-ÿ]+)?)[ \t]+\Z")


def with_relatives(text: str, spans: Iterable[Span]) -> set[Span]:
    """`spans` and a person for each capitalised word written right before the family name of
    a person found under a full name (two or three words), where that word is no English
    word: a child beside a parent ("<h3>Lowanna Mundine</h3>" above "Parent: Wirrin
    Mundine"), a couple. The family name must be no English word too ("Rose Smith" lends
    "Smith" to no "Agent Smith")."""
    from appliance.pii.known_names import a_word

    out = set(spans)
    families = {}
    for s in out:
        words = text[s.start : s.end].split()
        if s.entity == "PERSON" and len(words) in (2, 3) and "," not in text[s.start : s.end]:
            family = words[-1]
            if len(family) >= MIN_CHARS and family[0].isupper() and not a_word(family):
                families[family] = s.score
    for family, score in families.items():
        for m in re.finditer(rf"(?<!\w){re.escape(family)}(?!\w)", text):
            if any(s.entity == "PERSON" and s.start < m.end() and m.start() < s.end for s in out
                   if text[s.start : s.end] != family):
                continue
            given = _GIVEN_BEFORE.search(text, max(0, m.start() - 40), m.start())
            if given and not a_word(given.group(1)):
                out.add(Span(given.start(1), m.end(), "PERSON", score))
    return out
