"""A fixed set of short factual questions, each with the words a right answer contains.

The end-to-end test asks the embedded default's chat model all of them, and
scripts/compare_models.py asks every candidate model the same ones; docs/engines.md quotes
the share answered right. An answer is right when it contains any one of its question's
keywords as a whole word, ignoring case.
"""

from __future__ import annotations

import re

QUESTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("What is the capital of France?", ("Paris",)),
    ("What is the capital of Japan?", ("Tokyo",)),
    ("Which planet is known as the Red Planet?", ("Mars",)),
    ("How many legs does a spider have?", ("eight", "8")),
    ("How many days are there in a week?", ("seven", "7")),
    ("Who wrote the play Romeo and Juliet?", ("Shakespeare",)),
    ("What is the largest ocean on Earth?", ("Pacific",)),
    ("What is the chemical formula of water?", ("H2O", "H₂O")),
    ("Which gas do plants take in from the air to make food?", ("carbon dioxide", "CO2", "CO₂")),
    ("At how many degrees Celsius does water freeze?", ("0", "zero")),
    ("What color is the sky on a clear day?", ("blue",)),
    ("Which animal is called the king of the jungle?", ("lion", "lions")),
)

SYSTEM = "Answer in one short sentence."


def is_right(answer: str, keywords: tuple[str, ...]) -> bool:
    """True when `answer` holds one of `keywords` as a whole word (case ignored)."""
    return any(
        re.search(rf"(?<!\w){re.escape(k)}(?!\w)", answer, re.IGNORECASE) for k in keywords
    )
