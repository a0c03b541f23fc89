"""scripts/names_in_english.py: write appliance/pii/names_in_english.txt, the known given and
family names (`appliance.pii.known_names`) that are also frequent English words or too
frequent in English text to tell from one ("will", "grace", "mark", "sky", "ana", "tom"),
by wordfreq's English word frequencies: a Zipf frequency of 3.5 or more (about once in
300,000 words of English text). `appliance.pii.name_shapes` takes a known name in a line
typed in lower case for a person's only when it is none of these ("omg thandiwe just
texted", not "will you sign"). The names are written without their diacritics
(`known_names.folded`), one a line, sorted.

wordfreq (PyPI, in the `test` extra) is needed only here, not by the appliance. Run it
again when the known names change; tests/unit/test_pii_lower_case_names.py compares the file
with what it would write (`--check`).

    .venv/bin/python scripts/names_in_english.py [--check]
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from word_list import write_or_check  # noqa: E402

from appliance.pii.known_names import NAMES_IN_ENGLISH, folded, known_names  # noqa: E402

ZIPF = 3.5
HEADER = f"""\
# Known given and family names that are frequent English words (wordfreq's Zipf frequency
# {ZIPF} or more), for appliance/pii/name_shapes.py. Made by scripts/names_in_english.py;
# do not edit by hand.
"""


def lines() -> list[str]:
    from wordfreq import zipf_frequency

    given, family = known_names()
    return sorted({folded(name) for name in given | family if zipf_frequency(name, "en") >= ZIPF})


def main() -> int:
    description = __doc__.splitlines()[0]
    return write_or_check(description, NAMES_IN_ENGLISH, HEADER, lines(), "scripts/names_in_english.py", "names")


if __name__ == "__main__":
    raise SystemExit(main())
