"""scripts/named_things.py: write appliance/pii/named_things.txt, the things named like
people of `appliance.pii.named_things`, from the things listed for the NER's training
generators and for this list alone
(`appliance.testing.pii_corpus.train_h_things`, `train_i_things`, `train_j_things`,
`train_k_things`, `train_l_things`).

A thing is kept when it has a capitalised word and is not itself a known place
(`appliance.pii.places`: "United States" is a ship's name too): of two words or more
whatever they are (the NER takes "Viennese Waltz", "Cocker Spaniel", "Miss Dior" for
people, known names in them or not), of one word only where it is no known given or family
name (`appliance.pii.known_names`: "Jonagold", "Kratos", "Flowerbomb"; not "Ferrari",
which is a family name too).
Run it again when those lists change; tests/unit/test_pii_named_things.py compares the file
with what it would write.

    .venv/bin/python scripts/named_things.py [--check]
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from appliance.pii.named_things import NAMED_THINGS  # noqa: E402

_WORD = re.compile(r"[^\W\d_]{2,}")
HEADER = """\
# Things the NER takes for people, for appliance/pii/named_things.py. Made by
# scripts/named_things.py from the things listed for the NER's training generators and alone
# (appliance/testing/pii_corpus/train_h_things.py, train_i_things.py, train_j_things.py,
# train_k_things.py, train_l_things.py); do not edit by hand.
"""


def lines() -> list[str]:
    from appliance.pii.known_names import folded, known_names
    from appliance.pii.places import known_places
    from appliance.testing.pii_corpus import (
        train_h_things,
        train_i_things,
        train_j_things,
        train_k_things,
        train_l_things,
    )

    places = known_places()
    given, family = known_names()
    lists = (train_h_things, train_i_things, train_j_things, train_k_things, train_l_things)
    things = {t for m in lists for items in m.THINGS.values() for t in items}
    kept = set()
    for thing in things:
        thing = " ".join(thing.split())
        words = _WORD.findall(thing)
        if not any(w[0].isupper() for w in words) or thing.lower() in places:
            continue
        if len(thing.split()) == 1 and (
            len(thing) < 3 or folded(thing.lower()) in given or folded(thing.lower()) in family
        ):
            continue  # "Ferrari", "Ford": family names too
        kept.add(thing)
    return sorted(kept, key=lambda t: (t.lower(), t))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="exit 1 if the file differs from what would be written")
    args = parser.parse_args()
    text = HEADER + "".join(f"{line}\n" for line in lines())
    if args.check:
        same = NAMED_THINGS.exists() and NAMED_THINGS.read_text(encoding="utf-8") == text
        print("up to date" if same else f"{NAMED_THINGS} differs; run scripts/named_things.py")
        return 0 if same else 1
    NAMED_THINGS.write_text(text, encoding="utf-8")
    print(f"wrote {len(text.splitlines()) - HEADER.count(chr(10))} things to {NAMED_THINGS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
