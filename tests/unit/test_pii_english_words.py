"""Frequent English words that are no known name (appliance/pii/english_words.txt, what
scripts/english_words.py writes): the finders of names take a value made only of them for a
role or a team, not a person ("Present: Chair, Treasurer", "Dear shipper,")."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("faker")

from appliance.pii.known_names import english_words, known_names  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]


def test_the_packaged_list_is_what_the_script_writes():
    pytest.importorskip("wordfreq")
    done = subprocess.run([sys.executable, "scripts/english_words.py", "--check"], cwd=ROOT)
    assert done.returncode == 0, "appliance/pii/english_words.txt is stale: run the script"


def test_roles_and_teams_are_listed_and_names_are_not():
    words = english_words()
    assert {"treasurer", "secretary", "welfare", "shipper", "revenues", "consortium"} <= words
    given, family = known_names()
    assert not words & (given | family)  # "will", "mark", "grace", "park" are names too
    assert not {"thandiwe", "tavita", "yetunde"} & words
