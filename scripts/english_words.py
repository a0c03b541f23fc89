"""scripts/english_words.py: write appliance/pii/english_words.txt, the frequent English words
that are no known given or family name (`appliance.pii.known_names`): "treasurer",
"shipper", "revenues", "consortium". wordfreq's English word frequencies decide: a Zipf
frequency of 3.0 or more (about once in a million words of English text), letters a to z
only, three letters or more. `appliance.pii.names` takes a value that a weak cue or a field
puts forward ("Present: Chair, Treasurer", "Dear shipper,") for no person's name when all its
words are such words and none is a known name. The words are written one a line, sorted.

wordfreq (PyPI, in the `test` extra) is needed only here, not by the appliance. Run it
again when the known names change; tests/unit/test_pii_english_words.py compares the file
with what it would write (`--check`).

    .venv/bin/python scripts/english_words.py [--check]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from word_list import write_or_check  # noqa: E402

from appliance.pii.known_names import ENGLISH_WORDS, folded, known_names  # noqa: E402

ZIPF = 3.0
HEADER = f"""\
# Frequent English words (wordfreq's Zipf frequency {ZIPF} or more, letters only, three or
# more) that are no known given or family name, for appliance/pii/names.py. Made by
# scripts/english_words.py; do not edit by hand.
"""


def lines() -> list[str]:
    from wordfreq import top_n_list, zipf_frequency

    given, family = known_names()
    names = given | family
    return sorted(
        word for word in top_n_list("en", 60_000)
        if re.fullmatch(r"[a-z]{3,}", word) and zipf_frequency(word, "en") >= ZIPF
        and folded(word) not in names
    )  # fmt: skip


def main() -> int:
    description = __doc__.splitlines()[0]
    return write_or_check(description, ENGLISH_WORDS, HEADER, lines(), "scripts/english_words.py", "words")


if __name__ == "__main__":
    sys.exit(main())
