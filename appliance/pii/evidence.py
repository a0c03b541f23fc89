"""What the appliance's recognizers share: the words around a finding, and their results.

`cue_words` makes a regex of whole cue words; `said_otherwise` tells whether the nearest of
them before a finding names something else; `result` makes a Presidio result whose score
the engine will not raise again with its own context words (each recognizer reads its
context itself); `as_mine` names a wrapped Presidio recognizer's results after the wrapper.
"""

from __future__ import annotations

import re
from typing import Any

from presidio_analyzer import AnalysisExplanation, LocalRecognizer, RecognizerResult


def digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def luhn_ok(number: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def cue_words(words: tuple[str, ...] | frozenset[str]) -> re.Pattern[str]:
    return re.compile(
        r"(?<![a-z])(" + "|".join(sorted(set(words), key=len, reverse=True)) + r")(?![a-z])",
        re.IGNORECASE,
    )


def said_otherwise(
    text: str, start: int, cues: re.Pattern[str], own: frozenset[str], window: int = 24
) -> bool:
    """Whether the nearest cue word before text[start:] on its line, within `window`
    characters, is another thing's word ("tracking number 5594 7019 ...") rather than one
    of `own` ("card 5594 ...")."""
    line_start = text.rfind("\n", 0, start) + 1
    before = list(cues.finditer(text, max(line_start, start - window), start))
    return bool(before) and before[-1].group(1).lower() not in own


def result(
    recognizer: LocalRecognizer, entity: str, start: int, end: int, score: float, why: str
) -> RecognizerResult:
    return RecognizerResult(
        entity, start, end, score,
        analysis_explanation=AnalysisExplanation(
            recognizer=recognizer.name, original_score=score, textual_explanation=why
        ),
        recognition_metadata={
            RecognizerResult.RECOGNIZER_NAME_KEY: recognizer.name,
            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: recognizer.id,
            # The context is read by the recognizer; Presidio's enhancer must not add more.
            RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY: True,
        },
    )  # fmt: skip


def as_mine(recognizer: LocalRecognizer, results: list[RecognizerResult]) -> list[Any]:
    """Results of a wrapped Presidio recognizer, named after the wrapper (the engine looks
    recognizers up by these to apply context words)."""
    for r in results:
        r.recognition_metadata[RecognizerResult.RECOGNIZER_NAME_KEY] = recognizer.name
        r.recognition_metadata[RecognizerResult.RECOGNIZER_IDENTIFIER_KEY] = recognizer.id
    return results


class OwnRecognizer(LocalRecognizer):
    """A recognizer of the appliance's for one entity (`ENTITY`), named after its class. It
    reads its own context, so it gives Presidio no context words."""

    ENTITY = ""

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entities=[self.ENTITY],
            supported_language=supported_language,
            name=type(self).__name__,
            context=[],
        )

    def load(self) -> None:
        pass


class Filtered(LocalRecognizer):
    """A Presidio recognizer's results, less those `keep(text, result)` refuses (which may
    also relabel a result), named after the wrapping class."""

    def __init__(self, inner: LocalRecognizer) -> None:
        self.inner = inner
        super().__init__(
            supported_entities=list(inner.supported_entities),
            supported_language=inner.supported_language,
            name=type(self).__name__,
            context=list(inner.context or []),
        )

    def load(self) -> None:
        pass

    def keep(self, text: str, found: RecognizerResult, entities: list[str]) -> bool:
        return True

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: Any = None
    ) -> list[RecognizerResult]:
        return as_mine(self, [
            r for r in self.inner.analyze(text, entities, nlp_artifacts)
            if self.keep(text, r, entities)
        ])
