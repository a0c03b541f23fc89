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

Where the text says a person's name follows (a title, a greeting or a role right before
it, or a field whose key names a person), one to three words of any of these scripts set
apart are a name, listed or not, and so are those of scripts Faker lists no names in
(Ethiopic, Gurmukhi, Telugu, Kannada, Malayalam, Lao, Tibetan, Burmese, Khmer): `Contact:
రవి కుమార్`, `Dear ಅನಿಲ್ ಕುಮಾರ್,`, `"customer_name": "အောင်ကျော်"` (since 2026-12-06's
second change). A Chinese or Korean run said twice (`谢谢`, thanks) or asked about as a word
(`What does 高兴 mean?`, `Translate '王国'`) is no name without such a cue.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import Any

from presidio_analyzer import RecognizerResult

from appliance.pii.analyzer import PERSON_CUES
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
    # scripts Faker lists no names in: their names are taken only where the text says a
    # name follows (`CUED`)
    "ethiopic": "\u1200-\u139f\u2d80-\u2ddf",
    "gurmukhi": "\u0a00-\u0a7f",
    "telugu": "\u0c00-\u0c7f",
    "kannada": "\u0c80-\u0cff",
    "malayalam": "\u0d00-\u0d7f",
    "lao": "\u0e80-\u0eff",
    "tibetan": "\u0f00-\u0fff",
    "myanmar": "\u1000-\u109f",
    "khmer": "\u1780-\u17ff",
}
# Scripts that write a name's parts without a space between them.
UNSPACED = ("han", "hangul")
# One word of one script, named by its group; kana is read as Han, as Japanese writes
# family names in Han beside given names in Han or kana.
_WORD = re.compile("|".join(f"(?P<{script}>[{chars}]+)" for script, chars in SCRIPTS.items()))
_ANY = re.compile("[" + "".join(SCRIPTS.values()) + "]")
# Words right before a run of another script that say a person's name follows, in any script
# (no list needed): a title, a greeting, a role ("Dear ಅನಿಲ್ ಕುಮಾರ್,", "Patient ஜெயலட்சுமி
# முருகன்", "meeting with ਹਰਪ੍ਰੀਤ ਸਿੰਘ"); a field whose key names a person is read by
# `names.field_key` ("Contact: రవి కుమార్", "customer_name": "အောင်ကျော်").
# The analyzer's cues (`analyzer.PERSON_CUES`: "client", "dear", "signed by" ...) and titles
# and words that stand before a name more often in such a text.
_CUES = (*PERSON_CUES, "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "madam", "witness",
         "signed", "meeting with", "call", "ask", "cc", "attn")
_CUE_BEFORE = re.compile(
    rf"(?i)(?:\b(?:{'|'.join(_CUES)})\.?,?[ \t]+|\bspeaker[ \t]*\d*[ \t]*\()\Z"
)
# A run asked about as a word, not named as a person: "What does 谢谢 mean?", "Translate
# 'ሰላም'", "the word 王国".
_ASKED_BEFORE = re.compile(r"(?i)\b(?:translate|translation of|say|word|character|characters"
                           r"|phrase|pronounce|spell|write)\b[^\n]{0,12}\Z|[\"'“‘「]\Z")
_ASKED_AFTER = re.compile(r"(?i)[\"'”’」]|[ \t]+(?:mean|means|meaning|stands? for|in english)\b")
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


def _cued(text: str, start: int, end: int) -> bool:
    """Whether the text says a person's name is at text[start:end]: a title, a greeting or a
    role right before it, or a field whose key names a person."""
    from appliance.pii.names import field_key, names_a_person

    if _CUE_BEFORE.search(text, max(0, start - 24), start):
        return True
    key = field_key(text, start, end)
    return bool(key) and names_a_person(key)


def _asked_about(text: str, start: int, end: int) -> bool:
    """Whether a run is a word asked about ("What does 谢谢 mean?") rather than a name."""
    return bool(
        _ASKED_BEFORE.search(text, max(0, start - 30), start) or _ASKED_AFTER.match(text, end)
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
        if apart and _cued(text, run[0][0], run[-1][1]) and (
            script not in UNSPACED or len(run) > 1 or 2 <= len(words[0]) <= 4
        ):
            found.append((run[0][0], run[-1][1]))  # "Dear ಅನಿಲ್ ಕುಮಾರ್,", "Contact: 陈静"
            continue
        if script in UNSPACED and len(run) == 1:
            word = words[0]
            if _unspaced(word, script, apart and not (
                len(word) == 2 and word[0] == word[1]  # "谢谢": a word said twice
                or _asked_about(text, run[0][0], run[0][1])
            )):
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
