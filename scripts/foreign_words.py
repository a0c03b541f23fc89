"""scripts/foreign_words.py: write appliance/pii/foreign_words.txt, the frequent words of the
languages prompts paste most often (German, French, Spanish, Italian, Portuguese, Dutch,
Swedish, Polish, Turkish, Indonesian, Vietnamese) that are no known given or family name
(`appliance.pii.known_names`) and no frequent English word: "ausgabe", "nomor", "chega",
"tổng", "tiền". wordfreq's frequencies decide: a Zipf frequency of 4.0 or more in its language
(about once in 100,000 words), letters only, three letters or more. `appliance.pii.names`
takes a capitalised word the NER model found for no name when it is such a word in a
paragraph written in one of those languages ("Nomor resi RR5216...", "Tổng tiền €6405.82").
The words are written one a line, sorted.

wordfreq (PyPI, in the `test` extra) is needed only here, not by the appliance. Run it
again when the known names change; tests/unit/test_pii_foreign_words.py compares the file
with what it would write (`--check`).

    .venv/bin/python scripts/foreign_words.py [--check]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from word_list import write_or_check  # noqa: E402

from appliance.pii.foreign_words import FOREIGN_WORDS, PASTED_LANGUAGES  # noqa: E402
from appliance.pii.known_names import english_words, folded, known_names  # noqa: E402

ZIPF = 4.0
HEADER = f"""\
# Frequent words of {", ".join(PASTED_LANGUAGES)} (wordfreq's Zipf frequency {ZIPF} or more,
# letters only, three or more) that are no known given or family name and no frequent English
# word, for appliance/pii/foreign_words.py. Made by scripts/foreign_words.py; do not edit by
# hand.
"""


def lines() -> list[str]:
    from spacy.lang.en.stop_words import STOP_WORDS
    from wordfreq import top_n_list, zipf_frequency

    given, family = known_names()
    names = given | family
    english = english_words() | STOP_WORDS
    words: set[str] = set()
    for language in PASTED_LANGUAGES:
        words |= {
            word for word in top_n_list(language, 30_000)
            if re.fullmatch(r"[^\W\d_]{3,}", word) and zipf_frequency(word, language) >= ZIPF
            and folded(word) not in names and word not in english
        }  # fmt: skip
    return sorted(words)


def main() -> int:
    description = __doc__.splitlines()[0]
    return write_or_check(
        description, FOREIGN_WORDS, HEADER, lines(), "scripts/foreign_words.py", "words"
    )


if __name__ == "__main__":
    sys.exit(main())
