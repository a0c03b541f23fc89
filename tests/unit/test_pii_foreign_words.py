"""Frequent words of the languages prompts paste most often, less known names and English
words (appliance/pii/foreign_words.txt, what scripts/foreign_words.py writes), and the
greetings and days of appliance/pii/foreign_words.py."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from appliance.pii.foreign_words import (
    calendar_words,
    foreign_paragraph,
    foreign_phrase,
    frequent_foreign_words,
    greeting_first,
    polite_word,
)
from appliance.pii.known_names import english_words, known_names

ROOT = Path(__file__).resolve().parents[2]


def test_the_packaged_list_is_what_the_script_writes():
    pytest.importorskip("wordfreq")
    done = subprocess.run([sys.executable, "scripts/foreign_words.py", "--check"], cwd=ROOT)
    assert done.returncode == 0, "appliance/pii/foreign_words.txt is stale: run the script"


def test_words_of_the_languages_are_listed_and_names_and_english_words_are_not():
    words = frequent_foreign_words()
    assert {"nomor", "chega", "ausgabe", "samstag", "pesanan"} <= words
    assert "tiền" not in words  # "tien" is a given name: a word is compared without accents
    given, family = known_names()
    assert not words & (given | family)
    assert not words & english_words()


def test_a_paragraph_is_foreign_by_its_words_and_a_phrase_only_inside_one():
    text = 'Translate:\n\n"Pesanan kopi sudah dikirim. Nomor resi RR521605704922."'
    assert foreign_paragraph(text, text.index("Nomor"))
    assert foreign_phrase(text, text.index("Nomor"), "Nomor")
    english = "Nomor is the new lead for the account, please send her the file."
    assert not foreign_phrase(english, 0, "Nomor")


def test_greetings_are_cut_and_days_named():
    assert greeting_first("Liebe Anna") == len("Liebe ")
    assert greeting_first("Merhaba, ben") == len("Merhaba, ")
    assert polite_word("Xin cảm ơn!", 0, 3) and not polite_word("Xin Li called", 0, 3)
    assert greeting_first("Anna Liebe") == 0
    assert calendar_words("Samstag") and calendar_words("thứ Bảy")
    assert not calendar_words("Julio")  # a given name too
