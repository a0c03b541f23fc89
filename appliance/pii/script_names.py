"""Names written in their own script: Cyrillic, Greek, Armenian, Georgian, Hebrew, Arabic and
Persian, Indic scripts, Sinhala, Thai, Chinese, Japanese and Korean.

The NER model reads English; a name in another script (`Иван Петров`, `王伟`, `김민준`,
`محمد العلي`) passes it by. Faker's person providers list given and family names in those
scripts (about 40,000 of 20 locales); they are read once when the analyzer starts. A name is
taken where the text writes, in one script:

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
# Scripts that write a name's parts without a space between them (and Japanese family
# names in Han beside given names in Han or kana).
UNSPACED = ("han", "hangul")
_WORD = {script: re.compile(f"[{chars}]+") for script, chars in SCRIPTS.items()}
_ANY = re.compile("[" + "".join(SCRIPTS.values()) + "]")
# Korean cities, which open with a syllable that is also a family name ("서울" Seoul).
_NOT_KOREAN_NAMES = ("서울", "부산", "대구", "인천", "광주", "대전", "울산", "세종", "제주")


def script_of(word: str) -> str | None:
    for script, pattern in _WORD.items():
        if pattern.fullmatch(word):
            return script
    return None


@functools.cache
def script_names() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """(given, family): the names of Faker's person providers in each script of `SCRIPTS`,
    by script, one word each (a compound such as `تاج الدّين` gives both its words)."""
    from appliance.pii.known_names import faker_names

    given: dict[str, set[str]] = {}
    family: dict[str, set[str]] = {}
    for _, is_given, name in faker_names():
        for word in name.split():
            script = script_of(word)
            script = "han" if script == "kana" else script
            if script is None or (script not in UNSPACED and len(word) < 2):
                continue
            (given if is_given else family).setdefault(script, set()).add(word)
    # Chinese and Japanese lists share the Han block; kana given names go with Han family
    # names, so both count as one for pairs.
    return (
        {s: frozenset(v) for s, v in given.items()},
        {s: frozenset(v) for s, v in family.items()},
    )


def _runs(text: str) -> Iterator[tuple[str, list[tuple[int, int]]]]:
    """(script, word spans) of each stretch of words of one script separated by single
    spaces (Han and kana together, as Japanese writes them)."""
    words: list[tuple[str, int, int]] = []
    for script, pattern in _WORD.items():
        for w in pattern.finditer(text):
            words.append(("han" if script == "kana" else script, w.start(), w.end()))
    words.sort(key=lambda w: w[1])
    run: list[tuple[int, int]] = []
    run_script = ""
    for script, start, end in words:
        if run and script == run_script and text[run[-1][1]:start] == " ":
            run.append((start, end))
            continue
        if run:
            yield run_script, run
        run, run_script = [(start, end)], script
    if run:
        yield run_script, run


def _alone(text: str, start: int, end: int) -> bool:
    """Whether no letter touches text[start:end] (a name set apart, not part of a word of
    another script: `Ivanov`'s Cyrillic in `Иванов-style` still counts)."""
    return not (start > 0 and text[start - 1].isalpha()) and not (
        end < len(text) and text[end].isalpha()
    )


def _pair(first: str, second: str, given: frozenset[str], family: frozenset[str]) -> bool:
    return (first in given and second in family) or (first in family and second in given)


def _unspaced(text: str, start: int, end: int, script: str, alone: bool) -> Iterator[tuple[int, int]]:
    """Names inside one run of Han or Hangul characters."""
    given, family = script_names()
    g, f = given.get(script, frozenset()), family.get(script, frozenset())
    word = text[start:end]
    if script == "hangul" and word.startswith(_NOT_KOREAN_NAMES):
        return
    for cut in (1, 2):  # a family name of one or two characters, the given name after it
        head, rest = word[:cut], word[cut:]
        if head not in f or not rest:
            continue
        if rest in g and len(word) <= 4:
            yield start, end
            return
        if alone and len(rest) in ((2,) if script == "hangul" else (1, 2)):
            yield start, end
            return


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
            found.extend(_unspaced(text, *run[0], script, apart))
            continue
        taken = [False] * len(run)
        for i in range(len(run) - 1):
            for j in (i + 1, i + 2):  # side by side, or with a middle word (a patronymic)
                if j < len(run) and _pair(words[i], words[j], g, f):
                    found.append((run[i][0], run[j][1]))
                    taken[i:j + 1] = [True] * (j + 1 - i)
        if any(taken) or not apart:
            continue
        known = [w in g or w in f for w in words]
        if len(run) == 1 and known[0]:
            found.append(run[0])
        elif len(run) == 2 and ((words[0] in g) or (words[1] in f)):
            found.append((run[0][0], run[1][1]))
        elif len(run) == 3 and words[0] in g and (known[2] or words[1] in g):
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
