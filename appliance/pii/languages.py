"""Whether a line of a prompt is written in a language other than English.

The NER model and the name rules read English: in a line of German every noun is
capitalised ("Wartungsfenster am Samstag"), a sentence of Turkish or Swedish opens with a
capitalised word the model has never seen ("Yeni kalkış saati", "Miniräknare är tillåten"),
and Vietnamese syllables are given names somewhere ("lại", "thứ"). Prompts paste such text
to be translated or summarised, so the finders of names ask of the line a name is in whether
it is English before they trust a capital or a known name in lower case.

A sentence is foreign when it holds at least two stop words of the languages pasted most
often (spaCy's lists for German, French, Spanish, Italian, Portuguese, Dutch, the
Scandinavian languages, Polish, Czech, Romanian, Hungarian, Finnish, Catalan, Turkish,
Indonesian and Vietnamese, less every English stop word and the particles of names: "de",
"al", "van"), four in a line of code or markup, and more than twice as many as English stop
words; or, with no English stop word at all and no code or markup, when a third or more of
its five or more words carry letters that English writes without and half of them or more
open in lower case ("Değerli yolcumuz ... rötarlıdır"; not "Zsófia Szabó, Réka Kovács"). A
sentence that says neither ("Miniräknare är tillåten.") is judged by its line. Words are
words of prose: two letters or more, not inside a code, an address or a handle, and no key
before its colon.
"""

from __future__ import annotations

import functools
import importlib.util
import re
from pathlib import Path

LANGUAGES = ("de", "fr", "es", "it", "pt", "nl", "sv", "da", "nb", "pl", "cs", "ro", "hu",
             "fi", "ca", "tr", "id", "vi")  # fmt: skip
# A word of prose: two letters or more, not part of a code, an address, a handle or a
# hyphenated or elided word ("19900e59", "veldt-agri.co.za", "didn't"), nor a key before its
# colon ({"n": ..., "tel": ...}).
_WORD = re.compile(
    r"(?<![\w@./:'’-])[^\W\d_]{2,}(?![\w@/'’-])(?!\.\w)(?![\"']?[ \t]*:(?:[ \t\"'{\[]|$))"
)
# Code or markup, where a third of accented words is a list of names, not a language.
_MARKUP = re.compile(r"[{}\[\]=<>|\"]")
MIN_FOREIGN = 2
MIN_FOREIGN_IN_CODE = 4  # a line of code or markup: its keys and values are short words
NOT_FOREIGN = frozenset({"email", "mail", "web", "online", "ok", "mod", "info"})
ACCENTED_SHARE = 1 / 3
MIN_WORDS = 5
PLAINLY_FOREIGN = 4  # stop words of a paragraph or a text that say it is foreign


@functools.cache
def english_stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


@functools.cache
def foreign_stop_words() -> frozenset[str]:
    """The stop words of `LANGUAGES` that are one word and no English stop word."""
    words: set[str] = set()
    # Each list's file alone, not its language's package (which builds a tokenizer's rules:
    # 3 s for the eighteen where the files take 0.1 s).
    folder = Path(importlib.util.find_spec("spacy.lang").submodule_search_locations[0])
    for language in LANGUAGES:
        path = folder / language / "stop_words.py"
        spec = importlib.util.spec_from_file_location(f"_stop_words_{language}", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        words |= {w for w in module.STOP_WORDS if " " not in w}
    from appliance.pii.names import PARTICLES

    # less what names and addresses hold in any language ("Abdullah Al Hammadi", "rue de la
    # République") and what programs write ("email")
    return frozenset(words - english_stop_words() - set(PARTICLES) - NOT_FOREIGN)


def _verdict(text: str) -> bool | None:
    """True where `text` is foreign, False where it is English, None where it says neither."""
    words = [w.lower() for w in _WORD.findall(text)]
    english = sum(w in english_stop_words() for w in words)
    foreign = sum(w in foreign_stop_words() for w in words)
    least = MIN_FOREIGN_IN_CODE if _MARKUP.search(text) else MIN_FOREIGN
    if foreign >= least and foreign > 2 * english:
        return True
    if english:
        return False
    if len(words) >= MIN_WORDS and not _MARKUP.search(text):
        written = _WORD.findall(text)
        prose = sum(w[0].islower() for w in written) * 2 >= len(written)  # not a list of names
        return prose and sum(not w.isascii() for w in words) >= ACCENTED_SHARE * len(words)
    return None


def is_foreign(line: str) -> bool:
    """Whether `line` is written in another language than English (see the module)."""
    return bool(_verdict(line))


# Where a sentence ends: "... Übersetzung.\" Who has the queue today, Sigrid or Delroy?"
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)]*[ \t]+")


def foreign_at(text: str, start: int) -> bool:
    """Whether the sentence of `text` that holds offset `start` is foreign, or, where the
    sentence says neither ("Miniräknare är tillåten."), its line."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    at = start - line_start
    ends = [m.end() for m in _SENTENCE_END.finditer(line)]
    sentence_start = max((e for e in ends if e <= at), default=0)
    sentence_end = min((e for e in ends if e > at), default=len(line))
    sentence = line[sentence_start:sentence_end]
    verdict = _verdict(sentence)
    if verdict is None:
        verdict = _verdict(line)
    if verdict:
        return True
    # The first word of a short sentence of a pasted text, with a word English has too
    # ("Dostęp do boksów tylko z kodem PIN."), or of an instruction too short to tell
    # ("Responda em português:"): the paragraph decides, or where it says nothing, the whole
    # text, if either is plainly foreign.
    if sum(w.lower() in english_stop_words() for w in _WORD.findall(sentence)) > 1:
        return False
    if line[sentence_start:at].strip(" \t\"'“”‘’«»(*-"):
        return False  # only a sentence's first word, whose capital says nothing of a name
    if _plainly_foreign(paragraph_at(text, start)):
        return True
    return verdict is None and _plainly_foreign(text)


def paragraph_at(text: str, start: int) -> str:
    """The paragraph of `text` (between blank lines) that holds offset `start`."""
    opened = text.rfind("\n\n", 0, start) + 1
    closed = text.find("\n\n", start)
    return text[opened : len(text) if closed < 0 else closed]


def _plainly_foreign(text: str) -> bool:
    """Whether `text` holds PLAINLY_FOREIGN stop words of other languages or more, and more
    than three times as many as English ones, or is prose a quarter of whose words carry
    letters English writes without."""
    written = _WORD.findall(text)
    words = [w.lower() for w in written]
    foreign = sum(w in foreign_stop_words() for w in words)
    english = sum(w in english_stop_words() for w in words)
    if foreign >= PLAINLY_FOREIGN and foreign > 3 * english:
        return True
    # or prose whose words carry letters English writes without, a quarter of them or more
    # ("Magazyn będzie zamknięty w święta. Dostęp do boksów ..."; not a list of names)
    accented = sum(not w.isascii() for w in words)
    prose = sum(w[0].islower() for w in written) * 2 >= len(written)
    return len(words) >= 2 * PLAINLY_FOREIGN and prose and accented >= max(
        PLAINLY_FOREIGN, len(words) / 4
    ) and accented > english
