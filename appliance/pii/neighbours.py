"""Names listed or paired with a found name.

A name next to another in a list or a pair is a person's too: "Xiaoming and Oisin arrive in
Köln" (the NER model found Oisin), "1:1 Babatunde / Jing", "list so far: do-yoon, saga,
brittany holloway, and my cousin noa". Each found person is a seed; a word or two joined to
it by a comma and a space, "/", "&", "and" or "or" (and "my cousin" ...) is a name of the same person
list when its first word is a known given or family name (`appliance.pii.known_names`), it
is typed like a name (capitalised, all in lower case, or two words in capitals: one is an
acronym, "IBAN"), and no word is
a common English word, an excluded word or a word that is a given name too ("Summer",
"Ruby"). A name so found is a seed in turn, so a list is followed to its end.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from appliance.pii.columns import DELIMITERS, split_cells
from appliance.pii.vault import Span

_W = r"[^\W\d_]+(?:['’-][^\W\d_]+)*"
# A comma joins a list only with a space after it: "India,Debashish Mukherjee" are two
# columns of a CSV row.
_JOIN = r"(?:[ \t]*(?:,[ \t]|&amp;|[/&+])[ \t]*(?:and[ \t]+|&[ \t]+)?|[ \t]+(?:and|or|&)[ \t]+)"
_AFTER = re.compile(
    rf"{_JOIN}(?:(?:my|our|his|her|their)[ \t]+[a-z]+[ \t]+)?"
    rf"(?P<name>{_W}(?:[ \t]{_W})?)(?![\w'’-])"
)
_BEFORE = re.compile(
    rf"(?<![\w'’-])(?P<name>(?:{_W}[ \t])?{_W}){_JOIN}"
    r"(?:(?:my|our|his|her|their)[ \t]+(?:[a-z]+[ \t]+)?)?\Z"
)
_THE_BEFORE = re.compile(r"(?i)\bthe[ \t]+\Z")
# A house number: "47 Bạch Đằng, Hải Châu" is a street ("1:1 Ana / Ingrid" no house).
_NUMBER_BEFORE = re.compile(r"(?<![\d:./-])\d{1,5}[a-zA-Z]?[ \t]+\Z")
MAX_ROUNDS = 8


def _name(words: list[str], family_too: bool = False) -> bool:
    from appliance.pii.foreign_words import calendar_words, greeting_first
    from appliance.pii.known_names import (
        common_words,
        excluded_words,
        folded,
        known_names,
        word_style,
    )
    from appliance.pii.name_shapes import NOT_SPEAKERS
    from appliance.pii.names import BUSINESS_WORDS, GREETINGS, LANGUAGES, PARTICLES, SIGN_OFFS
    from appliance.pii.places import is_place

    given, family = known_names()
    styles = {word_style(w, capitals=True) for w in words}
    if len(styles) != 1 or None in styles or styles == {"upper"} and len(words) == 1:
        return False  # one word in capitals is an acronym ("IBAN")
    for w in words:
        lower = w.lower()
        if (lower in excluded_words() or lower in common_words() or lower in NOT_SPEAKERS
                or lower in LANGUAGES or lower in SIGN_OFFS or lower in GREETINGS
                or greeting_first(w) or calendar_words(w)):  # "Xin chào, tôi là ..."
            return False  # "... love, Rok": a sign-off, not a list
    if is_place(" ".join(words)):
        return False  # "Khon Kaen, Spain"
    if len(words) > 1 and words[-1].lower() in BUSINESS_WORDS:
        return False  # "Tarek Saliba, Orchard Vets": a business
    # the first word that is no particle in lower case: not "de" of "Teléfono de contacto 912
    # 345 678"; "de Smet", "van der Berg" as before
    first = folded(next((w for w in words if w not in PARTICLES), words[0]).lower())
    if len(words) == 1 and not family_too:
        return first in given
    return first in given or first in family


def _candidates(text: str, s: Span) -> Iterable[tuple[int, int]]:
    """The spans of a name or two words right after or right before the name `s`; none
    right after "the" ("the guy at the till, Baljit": "till" is a given name too)."""
    after = _AFTER.match(text, s.end)
    if after and not (after.group().lstrip().startswith(",") and after.group("name").islower()
                      and not text[s.start : s.end].islower()):
        # not "Frank, come meet Lorenzo": a word in lower case after a comma joins only a
        # name in lower case ("Emiliano or emre" is a pair)
        start = after.start("name")
        words = after.group("name").split()
        for n in (len(words), 1):
            if _name(words[:n]):
                yield start, start + len(" ".join(words[:n]))
                break
    before = _BEFORE.search(text, max(0, s.start - 80), s.start)
    if before and before.group("name").islower() and "," in text[before.end("name") : s.start] and (
        not text[s.start : s.end].islower()
    ):
        before = None  # "Bel de beheerder, Khadija Benjelloun": a role before a comma, in
        # lower case, joins no capitalised name (since the twenty-ninth round)
    if before and not _NUMBER_BEFORE.search(text, max(0, before.start() - 8), before.start()):
        end = before.end("name")
        words = before.group("name").split()
        for n in (len(words), 1):
            first = end - len(" ".join(words[-n:]))
            if _name(words[-n:]) and not _THE_BEFORE.search(text, max(0, first - 4), first):
                yield first, end
                break


# A contact's name right before their number or address: "Gabriela 0769642329; Venkatesh
# +33-1-77-25-58-65", "annegret schwarzkopf — 0044 7458 380224", "f. okonkwo +27 78 ...".
_CONTACT = re.compile(
    rf"(?<![\w'’.-])(?P<name>(?:[^\W\d_]\.[ \t]?|{_W}[ \t])?{_W})"
    r"(?:[ ]*[:—–-][ ]*|[ ]+\(?|[ ]*<)\Z"  # a tab is a column's end: "Kindle Paperwhite\t+61 ..."
)
CONTACT_ENTITIES = frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"})
_CONTACT_VERBS = frozenset({"ping", "email", "mail", "text", "call", "message", "contact", "cc",
                            "bcc", "dm", "reach", "phone", "ring", "fax", "sms", "whatsapp"})


def _contacts(text: str, spans: set[Span]) -> Iterable[Span]:
    for s in spans:
        if s.entity not in CONTACT_ENTITIES:
            continue
        m = _CONTACT.search(text, max(0, s.start - 60), s.start)
        if not m:
            continue
        words = m.group("name").split()
        if words[-1].lower() in _CONTACT_VERBS:
            continue  # "Could you ping ama76@...": a verb, not a name
        if words[-1].islower() and _a_little_word(words[-1]):
            continue  # "Pueden llamarme al +34 ...": a word of another language
        initial = words[0].endswith(".") and len(words) == 2
        if (initial and _name(words[1:], family_too=True)) or _name(words) or (
            len(words) == 2 and _name(words[1:], family_too=True) and _name_like_word(words[0])
            and words[1][:1].isupper()
        ):  # "Bohdana Kovalenko +81312370462": a known family name after an unknown given
            yield Span(m.start("name"), m.end("name"), "PERSON", s.score)
        elif len(words) == 2 and _name(words[1:]) and (
            words[0].islower() or not words[1].islower()
        ):  # not "Llámame al +20 10 ...": a word in lower case after a capitalised one
            yield Span(m.end("name") - len(words[1]), m.end("name"), "PERSON", s.score)


def _a_little_word(word: str) -> bool:
    """A particle of names ("al", "de") or a stop word of another language ("per", "bij")."""
    from appliance.pii.languages import foreign_stop_words
    from appliance.pii.names import PARTICLES

    return word in PARTICLES or word in foreign_stop_words()


def _name_like_word(word: str) -> bool:
    """A capitalised word that is no common English word: a given name no list has."""
    from appliance.pii.known_names import common_words, excluded_words

    lower = word.lower()
    return (word[:1].isupper() and not word.isupper() and lower not in common_words()
            and lower not in excluded_words())


_CELL_NAME = re.compile(rf"{_W}\.?(?:,?[ \t]+{_W}\.?){{0,3}}")


def _mate(value: str) -> bool:
    """A cell that can hold a name: one to four words (a comma after the first: "Kamińska,
    Agnieszka"), each capitalised or in capitals, none a common or excluded word, not a
    place nor a header that names people ("Contact")."""
    from appliance.pii.known_names import common_words, excluded_words, word_style
    from appliance.pii.names import names_a_person
    from appliance.pii.places import is_place

    if not _CELL_NAME.fullmatch(value) or names_a_person(value):
        return False  # a header: "Contact", "Guest name"
    words = value.replace(",", " ").replace(".", " ").split()
    if any(word_style(w, capitals=True) not in ("title", "upper") for w in words):
        return False
    lower = [w.lower() for w in words]
    return not any(w in common_words() or w in excluded_words() for w in lower) and not (
        is_place(value)
    )


def _column_mates(text: str, spans: set[Span]) -> Iterable[Span]:
    """Names in the column of a delimited block (CSV, TSV, a markdown table; its header row
    and rule rows aside) that holds two found names or more, at least half of its cells:
    "Avi Rosenthal,(506) 636-1892" under "Sofia Alexiou,+6561634206" and "Ondrej
    Prochazka,+94 71 347 7647"."""
    persons = {(s.start, s.end): s for s in spans if s.entity == "PERSON"}
    if len(persons) < 2:
        return
    places = {(s.start, s.end) for s in spans if s.entity == "LOCATION"}
    lines = [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", text)]
    for delimiter in DELIMITERS:
        if delimiter not in text:
            continue
        block: list[tuple[int, str, list[tuple[int, int]]]] = []
        for line_start, line in [*lines, (len(text), "")]:
            cells = split_cells(line, delimiter) if delimiter in line else []
            if block and len(cells) == len(block[-1][2]):
                block.append((line_start, line, cells))
                continue
            yield from _mates_in(block, persons, places)
            block = [(line_start, line, cells)] if len(cells) >= 2 else []


# A line that opens with markup and a value in it: "  <li><strong>Bogdan Stanciu</strong>
# - Chair".
_MARKUP_LINE = re.compile(
    r"(?m)^[ \t]*(?P<open>(?:<[A-Za-z][^<>\n]{0,60}>)+)(?P<value>[^<>\n]{2,60}?)"
    r"(?P<close></[A-Za-z]+>)"
)


def _markup_mates(text: str, spans: set[Span]) -> Iterable[Span]:
    """Names in the lines of a markup list that open alike ("<li><strong>...</strong>"),
    where two found names or more are at least half of their values (since the
    twenty-ninth round): "<li><strong>Bogdan Stanciu</strong> - Chair" above "<li><strong>
    Tamer Hegazy</strong> - Treasurer"."""
    if "</" not in text:
        return
    persons = {(s.start, s.end): s for s in spans if s.entity == "PERSON"}
    if len(persons) < 2:
        return
    lists: dict[tuple[str, str], list[tuple[int, int, str]]] = {}
    for m in _MARKUP_LINE.finditer(text):
        value = m.group("value").strip()
        if value:
            start = m.start("value") + m.group("value").index(value)
            key = (m.group("open").lower(), m.group("close").lower())
            lists.setdefault(key, []).append((start, start + len(value), value))
    for items in lists.values():
        seeds = [persons[(a, b)] for a, b, _ in items if (a, b) in persons]
        if len(seeds) >= 2 and 2 * len(seeds) >= len(items):
            for a, b, value in items:
                if (a, b) not in persons and _mate(value):
                    yield Span(a, b, "PERSON", min(s.score for s in seeds))


_RULE_ROW = re.compile(r"[\s|:+-]*-{2,}[\s|:+-]*")


def _mates_in(
    block: list[tuple[int, str, list[tuple[int, int]]]],
    persons: dict[tuple[int, int], Span],
    places: set[tuple[int, int]],
) -> Iterable[Span]:
    from appliance.pii.names import key_kind
    from appliance.pii.places import is_place

    rows = [row for row in block if not _RULE_ROW.fullmatch(row[1])]
    header: list[str] = []
    if rows and not any(
        (rows[0][0] + a <= start and end <= rows[0][0] + b) for a, b in rows[0][2]
        for start, end in persons
    ):
        header = [rows[0][1][a:b].strip(" |\"'") for a, b in rows[0][2]]
        rows = rows[1:]  # a header row ("| Week | Primary | Backup |"), unless a name is in it
    if len(rows) < 3:
        return
    columns: dict[int, list[tuple[int, int, str]]] = {}
    for line_start, line, cells in rows:
        for i, (a, b) in enumerate(cells):
            raw = line[a:b]
            value = raw.strip().strip("\"'").strip()
            if value:
                start = line_start + a + raw.index(value)
                columns.setdefault(i, []).append((start, start + len(value), value))
    people = [c for c in columns.values() if sum((a, b) in persons for a, b, _ in c) >= 2]
    for index, cells in columns.items():
        seeds = [persons[(a, b)] for a, b, _ in cells if (a, b) in persons]
        if len(seeds) >= 2 and 2 * len(seeds) >= len(cells):
            for a, b, value in cells:
                if (a, b) not in persons and _mate(value):
                    yield Span(a, b, "PERSON", min(s.score for s in seeds))
        elif people and header and index < len(header) and header[index] and _rota_column(
            cells, persons, places
        ) and not key_kind(header[index]):  # not "| Town |", "| Club |"
            # a rota's column beside columns of found names, whose every cell is a name or
            # one the NER model took for a place no list has: "| Coffee |" over "| Wasswa |"
            score = min(s.score for c in people for a, b, _ in c
                        if (s := persons.get((a, b))) is not None)
            for a, b, value in cells:
                if (a, b) not in persons and not is_place(value):
                    yield Span(a, b, "PERSON", score)


def _rota_column(
    cells: list[tuple[int, int, str]],
    persons: dict[tuple[int, int], Span],
    places: set[tuple[int, int]],
) -> bool:
    """Whether every cell of a column is a found name, a cell that can hold one
    (`_mate`) or a place the NER model found that no list has, and one name at least was
    found there ("| Coffee |" over "| Chiamaka |", "| Annelies |", "| Wasswa |")."""
    from appliance.pii.places import is_place

    found = [(a, b) in persons or ((a, b) in places and not is_place(v)) for a, b, v in cells]
    return any((a, b) in persons for a, b, _ in cells) and all(
        hit or _mate(v) for hit, (_, _, v) in zip(found, cells, strict=True)
    )


def with_neighbours(text: str, spans: Iterable[Span]) -> set[Span]:
    """`spans` and a PERSON span for each name listed or paired with a person found, for
    each name right before a phone number or an e-mail address, and for each name in a
    table's column of found names."""
    out = set(spans)
    for finder in (_contacts, _column_mates, _markup_mates):
        for c in list(finder(text, out)):
            overlaps = [o for o in out if o.start < c.end and c.start < o.end]
            if not overlaps:
                out.add(c)
            elif finder is _column_mates and all(
                o.entity == "LOCATION" and (o.start, o.end) == (c.start, c.end) for o in overlaps
            ):
                out.difference_update(overlaps)  # a name in a column of names, not a place
                out.add(c)
    seeds = [s for s in out if s.entity == "PERSON"]
    for _ in range(MAX_ROUNDS):
        new = []
        for seed in seeds:
            for a, b in _candidates(text, seed):
                if not any(o.start < b and a < o.end for o in out):
                    span = Span(a, b, "PERSON", seed.score)
                    out.add(span)
                    new.append(span)
        if not new:
            break
        seeds = new
    return out
