"""Things named like people (appliance.pii.named_things): the packaged list is what
scripts/named_things.py writes from the training generators' things, they are found as
whole words in any case, and the analyzer drops a person found inside one."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("faker")

from appliance.pii.analyzer import _without_named_things  # noqa: E402
from appliance.pii.named_things import thing_spans  # noqa: E402
from appliance.pii.vault import Span  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]


def test_the_packaged_list_is_what_the_script_writes():
    done = subprocess.run([sys.executable, "scripts/named_things.py", "--check"], cwd=ROOT)
    assert done.returncode == 0, "appliance/pii/named_things.txt is stale: run the script"


def found(text: str) -> list[str]:
    return [text[a:b] for a, b in thing_spans(text)]


def test_listed_things_are_found_as_whole_words_in_any_case():
    assert found("Is Tom Collins or Bloody Mary the better brunch cocktail?") == [
        "Tom Collins",
        "Bloody Mary",
    ]
    assert found("add earl grey tea and two granny smith apples") == [
        "earl grey tea",
        "granny smith apples",
    ]
    assert found("Tom Collinsworth called about the invoice") == []
    # one word, where no given or family name is so written; not "Ferrari", a family name
    assert found("Cake: 3 tiers, Jonagold and elderflower") == ["Jonagold"]
    assert found("Ferrari called about the invoice") == []
    # in quotes, and before a possessive
    assert found("WHERE brand IN ('Ralph Lauren', 'Tommy Hilfiger')") == [
        "Ralph Lauren", "Tommy Hilfiger"
    ]  # fmt: skip
    assert found("Lara Croft's outfit") == ["Lara Croft"]


def test_a_person_inside_a_thing_is_dropped_and_one_beside_it_stays():
    text = "Is Tom Collins or Bloody Mary better? Ask Ines Duarte."
    spans = {
        Span(3, 14, "PERSON", 0.85),  # "Tom Collins"
        Span(18, 29, "PERSON", 0.6),  # "Bloody Mary"
        Span(42, 53, "PERSON", 0.85),  # "Ines Duarte"
        Span(0, 2, "PHONE_NUMBER", 0.9),  # another entity is left alone
    }
    assert {text[s.start : s.end] for s in _without_named_things(text, spans)} == {
        "Ines Duarte",
        "Is",
    }


def test_a_cue_before_a_thing_or_an_initial_beside_it_says_it_is_a_person():
    text = "my client Tom Collins wants a call; the Tom Collins was too sweet"
    first, second = Span(10, 21, "PERSON", 0.85), Span(39, 50, "PERSON", 0.85)
    assert _without_named_things(text, {first, second}) == {first}
    text = "Hello, I am Jonathan Harker. Write to me"  # a character's name, and a person's
    harker = Span(12, 27, "PERSON", 0.85)
    assert [text[a:b] for a, b in thing_spans(text)] == ["Jonathan Harker"]
    assert _without_named_things(text, {harker}) == {harker}
    text = "Name: Merriweather\nSigned: W. Merriweather"  # a one-word listed thing
    initial = Span(27, 42, "PERSON", 0.85)
    assert [text[a:b] for a, b in thing_spans(text)] == ["Merriweather", "Merriweather"]
    assert _without_named_things(text, {initial}) == {initial}


def test_a_thing_named_like_a_person_seeds_no_list_of_people():
    from appliance.pii.analyzer import after_presidio

    text = "Who would win in a fight, Mateus or Tony Stark? Ask Ines Duarte."
    stark, ines = text.index("Tony Stark"), text.index("Ines Duarte")
    spans = {Span(stark, stark + 10, "PERSON", 0.6), Span(ines, ines + 11, "PERSON", 0.85)}
    assert [text[s.start : s.end] for s in after_presidio(text, spans, True)] == ["Ines Duarte"]
    text = "Who would win in a fight, Mateus or Ines Duarte?"  # a person lists one
    ines = text.index("Ines Duarte")
    found = after_presidio(text, {Span(ines, ines + 11, "PERSON", 0.85)}, True)
    assert sorted(text[s.start : s.end] for s in found) == ["Ines Duarte", "Mateus"]


def test_a_name_that_begins_with_a_one_word_thing_stays_in_a_persons_field():
    # "Crispin" is an apple: alone in a person's field it is the thing ("Card name:
    # Pikachu"), but a longer name there is a person's, known family name or not
    text = '{"name": "Crispin Pemberton", "email": "c.pemberton@example.com"}'
    assert found(text) == ["Crispin"]
    crispin = Span(text.index("Crispin"), text.index("Crispin") + 17, "PERSON", 0.85)
    assert _without_named_things(text, {crispin}) == {crispin}
    text = 'audit customer="Crispin Ashworth" ip=10.0.0.1'
    crispin = Span(text.index("Crispin"), text.index("Crispin") + 16, "PERSON", 0.85)
    assert _without_named_things(text, {crispin}) == {crispin}
    text = "Name: Pikachu\nLevel: 12"  # the one-word thing alone
    assert found(text) == ["Pikachu"]
    card = Span(6, 13, "PERSON", 0.85)
    assert _without_named_things(text, {card}) == set()
    text = "Order: Crispin Pemberton crates x 4"  # no person's field: the rest is no known name
    crates = Span(text.index("Crispin"), text.index("Crispin") + 17, "PERSON", 0.6)
    assert _without_named_things(text, {crates}) == set()
