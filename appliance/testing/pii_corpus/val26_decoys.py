"""val26's decoys: things that look like personal data and are not (references, codes, dates,
amounts, versions, eponyms, characters, ships, storms, beers, plant varieties ...)."""

from __future__ import annotations

import random

MONTHS = (
    "January February March April May June July August September October November December"
).split()
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()


def _n(rng: random.Random, k: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(k))


def _a(rng: random.Random, k: int, alphabet: str = "ABCDEFGHJKLMNPQRSTUVWXYZ") -> str:
    return "".join(rng.choice(alphabet) for _ in range(k))


def date(rng: random.Random, arg: str = "") -> str:
    y, m, d = rng.choice((2023, 2024, 2025)), rng.randint(1, 12), rng.randint(1, 28)
    style = arg or rng.choice(("iso", "uk", "long", "short", "us"))
    if style.startswith("dob"):
        y = rng.randint(1938, 2004)
        style = style[3:] or "uk"
    if style == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if style == "uk":
        return f"{d:02d}/{m:02d}/{y}"
    if style == "us":
        return f"{m}/{d}/{y}"
    if style == "long":
        return f"{d} {MONTHS[m - 1]} {y}"
    return f"{WEEKDAYS[rng.randint(0, 6)][:3]} {d} {MONTHS[m - 1][:3]}"


def isbn(rng: random.Random, arg: str = "") -> str:
    body = "978" + _n(rng, 9)
    total = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    check = (10 - total % 10) % 10
    digits = body + str(check)
    return f"{digits[:3]}-{digits[3]}-{digits[4:8]}-{digits[8:12]}-{digits[12]}"


def tracking(rng: random.Random, arg: str = "") -> str:
    kind = rng.randint(0, 2)
    if kind == 0:
        return f"1Z{_a(rng, 3, 'ABCDEFGHJKLMNPRTVWXY0123456789')}{_n(rng, 13)}"
    if kind == 1:
        return f"JD{_n(rng, 16)}"
    return f"{_a(rng, 2)}{_n(rng, 9)}GB"


def uuid(rng: random.Random, arg: str = "") -> str:
    h = "".join(rng.choice("0123456789abcdef") for _ in range(32))
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"


def price(rng: random.Random, arg: str = "") -> str:
    v = rng.choice((rng.randint(2, 95), rng.randint(20, 480), rng.randint(300, 4800)))
    v += rng.choice((0, 0.5, 0.99, 0.25))
    cur = arg or rng.choice(("£", "€", "$", "kr", "R", "₦", "AED", "¥"))
    if cur in ("£", "€", "$"):
        return f"{cur}{v:,.2f}"
    if cur == "¥":
        return f"¥{int(v) * 100:,}"
    return f"{cur} {v:,.2f}"


STORMS = (
    "Storm Babet",
    "Storm Isha",
    "Storm Kathleen",
    "Storm Lilian",
    "Storm Agnes",
    "Storm Betty",
    "Hurricane Otis",
    "Typhoon Haikui",
    "Cyclone Freddy",
)
HORSES = (
    "Galopin Des Champs",
    "Desert Orchid",
    "Red Rum",
    "Constitution Hill",
    "Kauto Star",
    "Sea The Stars",
    "Shishkin",
    "Frankel",
)
PETS = (
    "Biscuit",
    "Mr Whiskers",
    "Pepper",
    "Noodle",
    "Captain Fluff",
    "Waffles",
    "Pickle",
    "Sergeant Snuffles",
)
CHARACTERS = (
    "Professor Plum",
    "Colonel Mustard",
    "Miss Scarlett",
    "Pikachu",
    "Peppa Pig",
    "Paddington",
    "Mario",
    "Luigi",
    "Gandalf",
    "Bilbo Baggins",
    "Moomintroll",
    "Asterix",
    "Tintin",
    "Captain Haddock",
    "Winnie-the-Pooh",
    "Sonic",
)
SHIPS = (
    "MV Northern Lark",
    "RV Discovery",
    "MSC Aurora",
    "Ever Given",
    "HMS Tenacious",
    "SY Blue Heron",
    "MV Sea Osprey",
)
EPONYMS = (
    "Parkinson's disease",
    "Alzheimer's",
    "a Gaussian blur",
    "the Kalman filter",
    "Dijkstra's algorithm",
    "the Nobel Prize",
    "a Bloomberg terminal",
    "a Ford Transit",
    "Crohn's disease",
    "a Doppler scan",
    "Hodgkin lymphoma",
    "the Heimlich manoeuvre",
    "a Bunsen burner",
    "the Richter scale",
    "a Fourier transform",
    "a Markov chain",
    "Bayesian priors",
    "the Apgar score",
    "a Petri dish",
    "a Geiger counter",
    "Tourette's",
    "Asperger's",
    "the Coriolis effect",
    "the Mercator projection",
)
DISHES = (
    "Eggs Benedict",
    "Caesar salad",
    "Pavlova",
    "Margherita pizza",
    "Earl Grey",
    "a Bellini",
    "Beef Stroganoff",
    "Peach Melba",
    "a Bloody Mary",
    "a Tom Collins",
    "Oysters Rockefeller",
)
BEERS = (
    "Brother Anselm Tripel",
    "Auntie Mabel's Mild",
    "Lazy Lou Pale Ale",
    "Saint Brigid Red",
    "Captain Barnacle IPA",
    "Grumpy Gus Stout",
    "Old Nellie Porter",
    "Sister Agatha Saison",
)
BREADS = (
    "Tante Greet rye",
    "Old Bert sourdough",
    "Sally Lunn buns",
    "pain de mie",
    "Nonna Pina focaccia",
    "Uncle Olek's babka",
)
CULTIVARS = (
    "Rosa 'Gertrude Jekyll'",
    "Clematis 'Nelly Moser'",
    "Fuchsia 'Lady Boothby'",
    "potato 'King Edward'",
    "apple 'Cox's Orange Pippin'",
    "sweet pea 'Albutt Blue'",
    "Hosta 'Frances Williams'",
    "pear 'Doyenné du Comice'",
    "runner bean 'Scarlet Emperor'",
    "dahlia 'Café au Lait'",
)
BUILDINGS = (
    "the Nightingale Wing",
    "Lister Ward",
    "Seacole Ward",
    "the Jenner Building",
    "the Turing Lab",
    "the Fleming Wing",
    "Brunel House",
    "the Faraday Centre",
)


def _pick(items):
    return lambda rng, arg="": rng.choice(items)


DECOYS = {
    "date": date,
    "time": lambda rng, arg="": f"{rng.randint(5, 22):02d}:{rng.choice((0, 15, 30, 45)):02d}",
    "order": lambda rng, arg="": rng.choice(
        (
            f"ORD-{rng.randint(2023, 2025)}-{_n(rng, 6)}",
            f"#A-{_n(rng, 5)}",
            f"PO {_n(rng, 4)}-{_n(rng, 3)}",
        )
    ),
    "booking": lambda rng, arg="": _a(rng, 2) + _n(rng, 1) + _a(rng, 3),
    "flight": lambda rng, arg="": (
        rng.choice(("BA", "EK", "LH", "U2", "FR", "QR", "AF", "KQ", "TK", "ET", "NZ", "SQ"))
        + rng.choice(("", " "))
        + str(rng.randint(11, 2999))
    ),
    "tracking": tracking,
    "invoice": lambda rng, arg="": f"INV-{_n(rng, 5)}-{_a(rng, 1)}",
    "version": lambda rng, arg="": rng.choice(
        (
            f"v{rng.randint(1, 9)}.{rng.randint(0, 24)}.{rng.randint(0, 19)}",
            f"{rng.randint(1, 5)}.{rng.randint(0, 9)}.0-rc.{rng.randint(1, 4)}",
        )
    ),
    "hash": lambda rng, arg="": "".join(
        rng.choice("0123456789abcdef") for _ in range(int(arg or 7))
    ),
    "price": price,
    "sku": lambda rng, arg="": f"{_a(rng, 3)}-{_n(rng, 5)}-{rng.choice(('BLK', 'GRN', 'XL', 'S'))}",
    "isbn": isbn,
    "doi": lambda rng, arg="": (
        f"10.{rng.randint(1000, 9999)}/{_a(rng, 3).lower()}.{rng.randint(2015, 2024)}.{_n(rng, 4)}"
    ),
    "room": lambda rng, arg="": f"{rng.randint(1, 6)}.{rng.randint(1, 40):02d}",
    "seat": lambda rng, arg="": f"{rng.randint(1, 44)}{rng.choice('ABCDEF')}",
    "part": lambda rng, arg="": f"{_n(rng, 4)}-{_n(rng, 3)}-{_n(rng, 4)}-{_n(rng, 2)}",
    "port": lambda rng, arg="": str(rng.choice((8080, 8443, 5432, 6379, 9092, 3000, 50051))),
    "hex": lambda rng, arg="": "#" + "".join(rng.choice("0123456789ABCDEF") for _ in range(6)),
    "uuid": uuid,
    "permit": lambda rng, arg="": f"PTW-{_n(rng, 4)}",
    "case": lambda rng, arg="": f"CASE-{rng.randint(2023, 2025)}-{_n(rng, 5)}",
    "ticket": lambda rng, arg="": (
        f"{arg or rng.choice(('OPS', 'HSK', 'CREW', 'RAIL', 'KYC'))}-{rng.randint(100, 9999)}"
    ),
    "lot": lambda rng, arg="": f"LOT {rng.randint(20, 25)}{_a(rng, 1)}{_n(rng, 3)}",
    "amount": lambda rng, arg="": (
        f"{rng.randint(1, 900):,},{_n(rng, 3)}.00 {rng.choice(('USD', 'EUR', 'GBP', 'AED'))}"
    ),
    "pct": lambda rng, arg="": f"{rng.randint(1, 24)}.{rng.randint(0, 9)}%",
    "temp": lambda rng, arg="": f"{rng.randint(2, 38)}.{rng.randint(0, 9)}°C",
    "kg": lambda rng, arg="": f"{rng.randint(2, 4800):,} kg",
    "num": lambda rng, arg="": str(rng.randint(*map(int, (arg or "2-40").split("-")))),
    "weekday": lambda rng, arg="": rng.choice(WEEKDAYS),
    "month": lambda rng, arg="": rng.choice(MONTHS),
    "reg": lambda rng, arg="": rng.choice(("G-E", "D-A", "VH-", "EI-", "9H-", "5Y-")) + _a(rng, 3),
    "storm": _pick(STORMS),
    "horse": _pick(HORSES),
    "pet": _pick(PETS),
    "character": _pick(CHARACTERS),
    "ship": _pick(SHIPS),
    "eponym": _pick(EPONYMS),
    "dish": _pick(DISHES),
    "beer": _pick(BEERS),
    "bread": _pick(BREADS),
    "cultivar": _pick(CULTIVARS),
    "building": _pick(BUILDINGS),
    "pick": lambda rng, arg="": rng.choice(arg.split("|")),
}
