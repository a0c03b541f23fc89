"""Names written in their own script: Cyrillic, Greek, Armenian, Georgian, Hebrew, Arabic and
Persian, Indic scripts, Sinhala, Thai, Chinese, Japanese and Korean.

The NER model reads English; a name in another script (`Иван Петров`, `王伟`, `김민준`,
`محمد العلي`) passes it by. Faker's person providers list given and family names in those
scripts (16,800 different words of 20 locales); they are read once when the analyzer starts
(0.06 s after `known_names` has imported Faker). A name is taken where the text writes, in
one script:

* a known given name and a known family name side by side, either order, with or without a
  space between them where the script writes none (`王 伟`, `佐藤健`), a middle word
  allowed between two (`Иван Сергеевич Петров`);
* a known given name followed by one more word of its script, or a known family name after
  one, where the two stand apart from other words of that script: a name in an English or
  other Latin-script text (`Contact: Ольга Сидоренко`);
* one known name alone where it stands apart like that (`Bonjour Дмитрий,`);
* in Chinese and Korean, which write a name as one run of characters: a run of two or three
  characters (Korean: three) that opens with a known family name and stands apart, as a name
  in a Latin-script text does (`Ask 陈静 about it`, `담당: 박서준`).

Inside a longer text of the script itself (a pasted Russian or Chinese paragraph), only the
first rule holds: a known given and family name together. Words of a script are letters of
its Unicode block with their combining marks.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import Any

from presidio_analyzer import RecognizerResult

from appliance.pii.evidence import OwnRecognizer, result

# Unicode blocks of the scripts whose names Faker lists (and neighbours that share them).
SCRIPTS: dict[str, str] = {
    "cyrillic": "\u0400-\u052f",
    "greek": "\u0370-\u03ff\u1f00-\u1fff",
    "armenian": "\u0530-\u058f",
    "hebrew": "\u0590-\u05ff",
    "arabic": "\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff",
    "devanagari": "\u0900-\u097f",
    "bengali": "\u0980-\u09ff",
    "gujarati": "\u0a80-\u0aff",
    "oriya": "\u0b00-\u0b7f",
    "tamil": "\u0b80-\u0bff",
    "sinhala": "\u0d80-\u0dff",
    "thai": "\u0e00-\u0e7f",
    "georgian": "\u10a0-\u10ff",
    "hangul": "\uac00-\ud7af",
    "han": "\u3400-\u4dbf\u4e00-\u9fff",
    "kana": "\u3040-\u30ff",
}
# Scripts that write a name's parts without a space between them.
UNSPACED = ("han", "hangul")
# One word of one script, named by its group; kana is read as Han, as Japanese writes
# family names in Han beside given names in Han or kana.
_WORD = re.compile("|".join(f"(?P<{script}>[{chars}]+)" for script, chars in SCRIPTS.items()))
_ANY = re.compile("[" + "".join(SCRIPTS.values()) + "]")
# Korean cities, which open with a syllable that is also a family name ("서울" Seoul).
_NOT_KOREAN_NAMES = ("서울", "부산", "대구", "인천", "광주", "대전", "울산", "세종", "제주")


def _script(m: re.Match[str]) -> str:
    return "han" if m.lastgroup == "kana" else str(m.lastgroup)


@functools.cache
def script_names() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """(given, family): the names of Faker's person providers in each script of `SCRIPTS`,
    by script, one word each (a compound such as `تاج الدّين` gives both its words)."""
    from appliance.pii.known_names import faker_names

    given: dict[str, set[str]] = {}
    family: dict[str, set[str]] = {}
    for _, is_given, name in faker_names():
        if not _ANY.search(name):
            continue  # Latin script: known_names has it
        for word in name.split():
            m = _WORD.fullmatch(word)
            if m is None or (_script(m) not in UNSPACED and len(word) < 2):
                continue
            (given if is_given else family).setdefault(_script(m), set()).add(word)
    return (
        {s: frozenset(v) for s, v in given.items()},
        {s: frozenset(v) for s, v in family.items()},
    )


def _runs(text: str) -> Iterator[tuple[str, list[tuple[int, int]]]]:
    """(script, word spans) of each stretch of words of one script separated by single
    spaces."""
    run: list[tuple[int, int]] = []
    run_script = ""
    for m in _WORD.finditer(text):
        script = _script(m)
        if run and script == run_script and text[run[-1][1] : m.start()] == " ":
            run.append(m.span())
            continue
        if run:
            yield run_script, run
        run, run_script = [m.span()], script
    if run:
        yield run_script, run


def _alone(text: str, start: int, end: int) -> bool:
    """Whether no letter touches text[start:end] on either side: a name set apart from the
    words around it, as in a Latin-script text (`Иванов-style` counts, `Ivanovский` not)."""
    return not (start > 0 and text[start - 1].isalpha()) and not (
        end < len(text) and text[end].isalpha()
    )


def _pair(first: str, second: str, given: frozenset[str], family: frozenset[str]) -> bool:
    return (first in given and second in family) or (first in family and second in given)


def _unspaced(word: str, script: str, alone: bool) -> bool:
    """Whether one run of Han or Hangul characters is a name: a known family name of one or
    two characters, then a known given name, or (set apart) two or three characters more."""
    given, family = script_names()
    g, f = given.get(script, frozenset()), family.get(script, frozenset())
    if script == "hangul" and word.startswith(_NOT_KOREAN_NAMES):
        return False
    lengths = (2,) if script == "hangul" else (1, 2)
    return any(
        word[:cut] in f and word[cut:] and (
            (word[cut:] in g and len(word) <= 4) or (alone and len(word[cut:]) in lengths)
        )
        for cut in (1, 2)
    )


def script_name_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each name in its own script that the rules above find in `text`."""
    if not _ANY.search(text):
        return []
    given, family = script_names()
    found: list[tuple[int, int]] = []
    for script, run in _runs(text):
        g, f = given.get(script, frozenset()), family.get(script, frozenset())
        apart = _alone(text, run[0][0], run[-1][1]) and len(run) <= 3
        words = [text[s:e] for s, e in run]
        if script in UNSPACED and len(run) == 1:
            if _unspaced(words[0], script, apart):
                found.append(run[0])
            continue
        paired = False
        for i in range(len(run) - 1):
            for j in (i + 1, i + 2):  # side by side, or with a middle word (a patronymic)
                if j < len(run) and _pair(words[i], words[j], g, f):
                    found.append((run[i][0], run[j][1]))
                    paired = True
        if paired or not apart:
            continue
        if len(run) == 1 and (words[0] in g or words[0] in f):
            found.append(run[0])
        elif len(run) == 2 and (words[0] in g or words[1] in f):
            found.append((run[0][0], run[1][1]))
        elif len(run) == 3 and words[0] in g and (words[2] in g or words[2] in f or words[1] in g):
            found.append((run[0][0], run[2][1]))
    return found


class ScriptNames(OwnRecognizer):
    """Names in their own script (`script_name_spans`)."""

    ENTITY = "PERSON"
    SCORE = 0.6

    def load(self) -> None:
        script_names()  # read when the analyzer starts, not on its first request

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: Any = None
    ) -> list[RecognizerResult]:
        return [
            result(self, self.ENTITY, start, end, self.SCORE, "a known name in its own script")
            for start, end in script_name_spans(text)
        ]
