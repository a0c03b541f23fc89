"""appliance/pii/extra_names.txt: known names beyond Faker's lists. Every name line is
"given|family<TAB>word", no word is an English stop word or in Faker's English lorem word
list, no line is there twice, and there are at least 5,000 names."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

EXTRA_NAMES = Path(__file__).resolve().parents[2] / "appliance" / "pii" / "extra_names.txt"
_LINE = re.compile(r"(given|family)\t([^\W\d_]+(?:['’-][^\W\d_]+)*)")


def _name_lines() -> list[str]:
    lines = EXTRA_NAMES.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip() and not line.startswith("#")]


def test_every_line_is_a_kind_and_one_word() -> None:
    bad = [line for line in _name_lines() if not _LINE.fullmatch(line)]
    assert not bad, bad[:10]


def test_no_stop_word_or_lorem_word() -> None:
    stop_words = pytest.importorskip("spacy.lang.en.stop_words").STOP_WORDS
    lorem = pytest.importorskip("faker.providers.lorem.en_US").Provider.word_list
    excluded = set(stop_words) | set(lorem)
    names = [line.split("\t", 1)[1] for line in _name_lines()]
    assert not [n for n in names if n.lower() in excluded]


def test_no_duplicate_lines() -> None:
    lines = _name_lines()
    assert len(lines) == len(set(lines))


def test_at_least_5000_names() -> None:
    assert len(_name_lines()) >= 5000
