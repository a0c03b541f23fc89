"""The NER model's own odds that a person's name starts at a word, for the name rules.

spaCy's NER reads a text word by word. Where no entity is open, the move it takes at a word
depends on that word read in its context (the four words either side), and nothing else. The
odds of its moves there (a softmax over the moves it may take) say how sure it is: `U-PERSON`
or `B-PERSON` is a name starting at the word, `O` no entity, `B-ORG` an organisation's name...

The rules (`KnownNames`, `PersonFields`, `NameShapes`) find names the model misses, and so
also things named like people ("ValueError: Kelvin stage not at setpoint", "Madeleines au
miel", "Florence Ward borrowed 12 pumps"). Where the model gives a name starting at each
word of a rule's finding, and at the word before it, less than `VETO` (1%), the finding is
dropped, unless the text says a name is there (`vetoed`; and `PersonFields` keeps a value
under a key or column that holds nothing but a name: "surname", "first_name"). Measured on
the corpus, the findings of a rule alone under 1% at their first word were 326 things and
125 names; at 5% or more, 112 things and 7,234 names (docs/pii.md, "The NER's veto over the
name rules").

Read the other way, the odds spare the NER's own findings it is sure of (`SURE`, 99% at the
first word: `sure`) from the rules that vet its unsure ones: `names.sure_name` judges them
by their shape alone. On the corpus's read parts, among the NER's findings at 99% or more
that those rules dropped, 357 were names and 5 things (docs/pii.md, "The NER's sure
names").

`watch(nlp)` wraps the NER model's step so that each text it reads keeps its odds per word
in `doc.user_data`: the model's reading of the words is computed anyway, and scoring every
word costs about 1% of the NLP time. Without the appliance's NER, or for a text the NER did
not read, nothing is vetoed and nothing is sure.
"""

from __future__ import annotations

import functools
import logging
import re
from typing import Any

import numpy as np

KEY = "appliance.person_odds"
VETO = 0.01
SURE = 0.99

log = logging.getLogger(__name__)


def watch(nlp: Any) -> bool:
    """Make `nlp`'s NER keep each text's odds per word; True when it does. It reads the step
    model of spaCy 3's transition-based NER (`tests/unit/test_pii_ner_odds.py` checks the
    odds are kept); with a spaCy whose NER reads differently, no odds are kept (logged
    once) and nothing is vetoed, while the NER itself works as before."""
    if "ner" not in nlp.pipe_names:
        return False
    ner = nlp.get_pipe("ner")
    model = getattr(ner, "model", None)
    moves = getattr(ner, "moves", None)
    if model is None or moves is None or not callable(getattr(model, "_func", None)):
        return False
    names = [moves.get_class_name(i) for i in range(moves.n_moves)]
    if "U-PERSON" not in names or "B-PERSON" not in names:
        return False
    person = np.array([n in ("U-PERSON", "B-PERSON") for n in names])
    begins = np.array([n.startswith("B-") for n in names])
    allowed = np.array([n == "O" or n.startswith(("U-", "B-")) for n in names])
    forward = model._func
    broken: list[bool] = []

    def watched(m: Any, docs: Any, is_train: bool) -> Any:
        out = forward(m, docs, is_train)
        if not is_train and docs and not broken:
            try:
                _keep_odds(out[0], docs, person, begins, allowed)
            except (AttributeError, TypeError, ValueError, IndexError) as e:
                broken.append(True)
                log.warning("pii: the NER's odds cannot be read (%s); the name rules' "
                            "findings are not weighed by them", type(e).__name__)
        return out

    model._func = watched
    return True


def _keep_odds(
    step: Any, docs: list, person: np.ndarray, begins: np.ndarray, allowed: np.ndarray
) -> None:
    if not step.attrs.get("has_upper"):
        return  # a model without its upper layer scores moves differently
    lengths = [len(doc) for doc in docs]
    total = sum(lengths)
    if not total:
        return
    ids = np.full((total, step.state2vec.nF), -1, dtype="i")
    ids[:, 0] = np.arange(total)  # each word at the buffer's head, no entity open
    vectors, _ = step.state2vec(ids, False)
    scores = np.asarray(step.vec2scores(vectors, False)[0], dtype="f")
    valid = np.broadcast_to(allowed, scores.shape).copy()
    offset = 0
    for doc, length in zip(docs, lengths, strict=True):
        if length:
            valid[offset + length - 1, begins] = False  # nothing begins at the last word
            rows = np.where(valid[offset : offset + length], scores[offset : offset + length], -np.inf)
            rows = np.exp(rows - rows.max(axis=1, keepdims=True))
            odds = rows[:, person].sum(axis=1) / rows.sum(axis=1)
            doc.user_data[KEY] = odds.astype("f")
        offset += length


def person_odds(doc: Any, start_char: int, end_char: int | None = None) -> float | None:
    """The NER's highest odds that a person's name starts at a word of text[start_char:
    end_char] (the word at `start_char` alone without `end_char`) or at the word right before
    it (a rule may find a name's second word: "drop mahad jama"); None when the NER kept
    none for `doc`."""
    odds = _odds(doc)
    if odds is None:
        return None
    end = start_char + 1 if end_char is None else max(end_char, start_char + 1)
    span = doc.char_span(start_char, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    return float(odds[max(0, span.start - 1) : span.end].max())


def sure(nlp_artifacts: Any, start_char: int) -> bool:
    """Whether the NER gives a name starting at the word at `start_char` odds of at least
    `SURE` (99%): a finding of its own it is sure of, which `names.PlausibleNames` judges
    by its shape alone (`names.sure_name`). False where the NER kept no odds."""
    doc = getattr(nlp_artifacts, "tokens", None)
    odds = _odds(doc)
    if odds is None:
        return False
    span = doc.char_span(start_char, start_char + 1, alignment_mode="expand")
    return span is not None and len(span) > 0 and float(odds[span.start]) >= SURE


def _odds(doc: Any) -> np.ndarray | None:
    """The odds the NER kept for `doc`, one per word; None where it kept none."""
    odds = getattr(doc, "user_data", {}).get(KEY) if doc is not None else None
    return None if odds is None or len(odds) != len(doc) else odds


def vetoed(nlp_artifacts: Any, text: str, start_char: int, end_char: int) -> bool:
    """Whether the NER gives a name starting at a word of text[start_char:end_char], or at
    the word before it, less than `VETO`, unless the text itself says a name is there: a
    phrase that gives one right before it ("pen name", "my name is"), a title right after it
    as bookings write it ("DE WIT/ANOUK MR"), or a form's input that holds a place (where
    the finding makes the input's value a place: `analyzer._inputs_of_places`). A title or
    a greeting before a finding is no such sign: "Mrs Fields", "Dr. Strangelove" and "MS
    Gunhild" are things, and so is "Hello florists"."""
    doc = getattr(nlp_artifacts, "tokens", None)
    odds = person_odds(doc, start_char, end_char)
    if odds is None or odds >= VETO:
        return False
    before, after = _signs()
    if before.search(text, max(0, start_char - 40), start_char) or after.match(text, end_char):
        return False
    from appliance.pii.names import place_inputs  # names imports this module

    return not any(a <= start_char < b for a, b in place_inputs(text))


@functools.cache
def _signs() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What says a name is there: a phrase before it that gives one (what announces a pen
    name, "my name is"), and a title after it as bookings write it ("ANOUK MR"). Built on
    first use: `names` imports this module."""
    from appliance.pii.names import ALIAS_CUES, TITLES

    before = re.compile(
        rf"(?i)(?<![\w.])(?:my name is|name is|{ALIAS_CUES})[ \t]*[:,]?[ \t]+[\"'“‘«„]?\Z"
    )
    titles = "|".join(f"{t.upper()}|{t.capitalize()}" for t in (*TITLES, "mstr"))
    return before, re.compile(rf"[ \t]+(?:{titles})\b")
