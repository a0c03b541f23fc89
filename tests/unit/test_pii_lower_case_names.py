"""Known names typed in lower case (appliance.pii.name_shapes.lower_case_spans): in a line
typed all in lower case (or whose every sentence opens in lower case), a known given name that is no frequent English word
(`names_in_english.txt`, what scripts/names_in_english.py writes) is a person's, with a
family name after it; English words, places, programs and lines of code are not."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("faker")

from appliance.pii.known_names import names_in_english  # noqa: E402
from appliance.pii.name_shapes import lower_case_spans  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]


def test_the_packaged_list_is_what_the_script_writes():
    pytest.importorskip("wordfreq")
    done = subprocess.run([sys.executable, "scripts/names_in_english.py", "--check"], cwd=ROOT)
    assert done.returncode == 0, "appliance/pii/names_in_english.txt is stale: run the script"


def test_names_that_are_english_words_are_listed_and_rare_ones_are_not():
    listed = names_in_english()
    assert {"will", "grace", "mark", "hope", "sky", "tom", "ana"} <= listed
    assert not {"thandiwe", "gergely", "jiri", "siobhan", "yetunde"} & listed


def found(text: str) -> list[str]:
    return [text[a:b] for a, b in lower_case_spans(text)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("omg thandiwe just texted me lol", ["thandiwe"]),
        ("pls cc gergely on the invoice thread", ["gergely"]),
        ("explain this to jiří like he is five", ["jiří"]),
        ("message for yetunde adeyemi re the lease", ["yetunde adeyemi"]),
        ("ok\nsiobhan has the keys, ask her\nthanks", ["siobhan"]),
        # English words, chat's abbreviations, places and programs are no names
        ("will you sign the form, grace period ends friday", []),
        ("driver on the way, eta 6 mins", []),
        ("can we meet in lisbon or porto next week", []),
        ("pls migrate the cron jobs to polars and jenkins", []),
        # a line with capitals is judged by the NER and the cues, not here
        ("Omg Thandiwe just texted me", []),
        ("omg thandiwe", []),  # two words: too little to tell a chat line
        # code, markup, addresses and handles
        ('users = {"thandiwe": 3, "gergely": 4}', []),
        ("write to thandiwe@example.com about it", []),
        ("see https://example.com/thandiwe for the file", []),
        ("tag it #thandiwe on the post", []),
        ("services:\n  leila: disabled for now\n", []),  # a key: the speakers' shape judges
        # a line whose sentences all open in lower case, a product or a day capitalised in it
        ("hey can u draft a note to the Acme Dental desk. tell oksana the Tuesday slot works",
         ["oksana"]),
        ("pls remind me to pay teodora for the Ikea run, number is 612 34 22 03", ["teodora"]),
        # a sentence that opens with a capital: the writer capitalises, the NER judges
        ("hey can u draft a note to the desk. Then tell oksana the slot works", []),
        # a log's codes, not prose: "loc" is a given name too
        ("scan HX-07 16:10:53 SKU HX-441-BLK qty 24 loc A-14-03 OK", []),
    ],
)
def test_known_names_in_lines_typed_in_lower_case(text, names):
    assert found(text) == names
