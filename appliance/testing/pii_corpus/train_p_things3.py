"""Things built from hand-written eponyms for `train_p` (buildings, wards, prizes, chairs,
lectures, schools, saints' foundations, pets and boats), the place-bearing things kept for
personal prompts, and `THINGS`, everything by category."""

from __future__ import annotations

from .train_p_things import HAND, _s
from .train_p_things2 import EPONYMS, GIVEN_THINGS, HAND2, SAINTS


def _build(pattern: str, names: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(pattern.format(n) for n in names)


def _mix(patterns: tuple[str, ...], names: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(p.format(n) for i, n in enumerate(names) for j, p in enumerate(patterns)
                 if (i + j) % 2 == 0)


GENERATED: dict[str, tuple[str, ...]] = {
    "buildings": _mix(("{} Building", "{} House", "{} Wing", "{} Centre"), EPONYMS),
    "wards": _build("{} Ward", EPONYMS),
    "rooms": _mix(("{} Suite", "{} Room", "{} Lecture Theatre", "{} Boardroom"), EPONYMS),
    "prizes": _mix(("{} Prize", "{} Medal", "{} Award", "{} Cup"), EPONYMS),
    "fellowships": _mix(("{} Scholarship", "{} Fellowship", "{} Bursary", "{} Studentship"),
                        EPONYMS),
    "chairs": _mix(("{} Professor of Physics", "{} Chair of History",
                    "{} Professorship", "{} Readership in Law"), EPONYMS),
    "lectures": _mix(("{} Lecture", "{} Memorial Lecture", "{} Lectures", "{} Oration"),
                     EPONYMS),
    "schools": _mix(("{} Academy", "{} Primary School", "{} High School", "{} College"),
                    EPONYMS),
    "school_houses": _build("{} house", EPONYMS),
    "saints": _mix(("St {}'s Hospital", "St {}'s Church", "St {}'s School",
                    "St {}'s Ward", "Saint {} Hall", "St {}'s Hospice"), SAINTS),
    "pets": GIVEN_THINGS,
    "boats": _mix(("Lady {}", "Miss {}", "Little {}", "Saucy {}"), GIVEN_THINGS),
    "homemade": _mix(("Mrs {}'s jam", "Granny {}'s chutney", "Auntie {}'s fudge",
                      "Uncle {}'s cider"), GIVEN_THINGS),
}

PLACE_THINGS = _s("""Chicken Kiev|Spaghetti Bolognese|Boston cream pie|Black Forest gateau|
Bakewell tart|Cornish pasty|Eton mess|Yorkshire pudding|Brussels sprouts|Dijon mustard|
Parma ham|Peking duck|Buffalo wings|Hamburg steak|Cheddar|Parmesan|Camembert|Champagne|
Cognac|Bordeaux|Melton Mowbray pie|Eccles cake|Chelsea bun|Bath bun|Dundee cake|
Arbroath smokie|Whitstable oysters|Cumberland sausage|Lancashire hotpot|Stilton|Roquefort|
Spirit of St. Louis|Texas Eagle|Kentucky Cardinal|Sam Houston Zephyr|Miranda v Arizona|
Terry v Ohio|Montgomery v Lanarkshire|Wednesbury unreasonableness|Glasgow Coma Scale|
Lyme disease|Ebola|Marburg virus|Stockholm syndrome|Paris syndrome|Jerusalem syndrome|
Leyden jar|Manhattan cocktail|Long Island iced tea|Singapore sling|Moscow mule|
Cuba libre|Waldorf salad|Bombay mix|Madras curry|Florentine biscuits|Genoa cake|
Vienna loaf|Berliner|Danish pastry|Swiss roll|Turkish delight|Belgian waffle""")

THINGS: dict[str, tuple[str, ...]] = {**HAND, **HAND2, **GENERATED}
