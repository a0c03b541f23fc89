"""Things named like people, or carrying a person's name, for `train_q`: the merged catalogue.

None of them is ever a gold span. A thing whose name also carries a place ("Chicken Kiev",
"Nottingham Forest", "Brie de Meaux") is moved to `PLACE_THINGS`, which `train_q` uses in
personal prompts only, unlabelled, and never in clean ones."""

from __future__ import annotations

import re

from appliance.testing.pii_corpus.train_q_things_food import THINGS_FOOD
from appliance.testing.pii_corpus.train_q_things_misc import _PLACE_THINGS, THINGS_MISC
from appliance.testing.pii_corpus.train_q_things_play import THINGS_PLAY

PLACE_THINGS = "place_things"

# Place words hidden in the names of things above: such things go to PLACE_THINGS.
PLACE_WORDS = frozenset(
    """boston meaux savoie savoy auvergne ambert oxford lincolnshire cheshire lancashire
    mull stilton cashel amsterdam limburg appenzell gruyère parmigiano reggiano padano
    romano manchego mahón serra estrela são jorge tulum ezine nottingham aston villa
    sheffield hamilton midlothian inverness bilbao gijón lyonnais rennais paris verona
    düsseldorf mönchengladbach frankfurt bremen köln aachen rotterdam almelo liège brugge
    guimarães trabzonspor los angeles chicago louis montreal toronto orleans helens wigan
    leigh lorenzo geoffroy lyon valència breydel lusail santiago dijon bordeaux rothschild
    yquem margaux latour piccadilly yorkshire jamaica london bristol sussex bombay
    singapore hawaiian mauritius sicily baden basel bavarian swedish guiana venice
    windsor canterbury york dover auckland llandaff edinburgh kent winchester kew
    harlow wollerton malmaison dijon lyon everest mckinley denali kosciuszko elbrus
    whitney rainier helens washington nevis snowdon santiago francigena lycian
    graceland oregon pacific appalachian pennine jersey worcester blenheim keswick
    yukon southwell michelin havana gibraltar vienna wien marrakesh malaga roma
    lambeth limerick athlone ennis perth mallow virginia harlem gangnam cumberland
    galway dahl wales shalott sweden kenora alba milan milano napoli florence
    bombay delhi madras tijuana kentucky texas alaska denver philly manhattan
    idaho pittsburgh britannia victoria nacional india kingfisher efes""".split()
)


def _has_place(thing: str) -> bool:
    return any(w in PLACE_WORDS for w in re.findall(r"\w+", thing.lower()))


THINGS: dict[str, tuple[str, ...]] = {}
_moved: list[str] = list(_PLACE_THINGS)
for _part in (THINGS_FOOD, THINGS_PLAY, THINGS_MISC):
    for _cat, _items in _part.items():
        THINGS[_cat] = tuple(t for t in dict.fromkeys(_items) if not _has_place(t))
        _moved += [t for t in _items if _has_place(t)]
THINGS[PLACE_THINGS] = tuple(dict.fromkeys(_moved))

# Categories grouped for slots such as {{T:food}}.
GROUPS: dict[str, tuple[str, ...]] = {
    "food": ("cakes", "dishes", "cheeses", "shops_brands"),
    "drink": ("cocktails", "wines", "beers", "hops", "coffees_teas"),
    "garden": ("roses", "dahlias", "apples_pears", "potatoes", "other_plants"),
    "sport": (
        "sport_moves", "trophies", "stadiums_venues", "teams_clubs", "racehorses", "greyhounds"
    ),
    "play": (
        "dolls_toys", "game_characters", "skins_cards", "board_games", "fictional_characters"
    ),
    "style": (
        "fashion_houses", "perfumes_beauty", "haircuts_styles", "makeup_shades", "typefaces"
    ),
    "music": ("music_works", "dances", "instruments", "bands"),
    "travel": ("hotel_suites", "yachts_boats", "tours_trails_peaks"),
    "misc": (
        "coins_stamps", "cars_bikes", "syndromes_eponyms", "storms_projects",
        "software_products", "saints_titled", "pets",
    ),
}
for _cat in THINGS:
    GROUPS.setdefault(_cat, (_cat,))
