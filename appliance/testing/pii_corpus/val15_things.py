"""Decoys for val15, the fifteenth blind part of the labelled PII corpus: things named like
people that are no person (brands, characters, dishes, varieties, colours, storms, laws,
theorems, models, codenames ...) and numbers shaped like phones, cards or accounts that are
order numbers, tracking codes, ISBNs or versions. Written by hand from the author's memory;
none of them is a gold span.
"""

from __future__ import annotations

import random
from collections.abc import Callable

NAMED: dict[str, tuple[str, ...]] = {
    "brand": (
        "Tesla",
        "Ford",
        "Bosch",
        "Ben & Jerry's",
        "Porsche",
        "Lamborghini",
        "Chanel",
        "Gucci",
        "Prada",
        "Dyson",
        "Philips",
        "Siemens",
        "Kellogg's",
        "Cadbury",
        "McDonald's",
        "Wendy's",
        "Tim Hortons",
        "Trader Joe's",
        "Ralph Lauren",
        "Tommy Hilfiger",
        "Calvin Klein",
        "Hugo Boss",
        "Jack Daniel's",
        "Johnnie Walker",
        "Levi's",
        "Dr. Martens",
        "Bang & Olufsen",
        "Marks & Spencer",
        "Sainsbury's",
        "Lidl",
        "Aldi",
        "Peugeot",
        "Renault",
        "Citroën",
        "Ferragamo",
        "Versace",
        "Ducati",
        "Boeing",
        "Heineken",
        "Guinness",
        "Carlsberg",
        "Casio",
        "Yamaha",
        "Honda",
        "Toyota",
        "Suzuki",
        "Dell",
        "Hewlett-Packard",
        "Chrysler",
    ),
    "character": (
        "Mario",
        "Luigi",
        "Princess Zelda",
        "Lara Croft",
        "Geralt of Rivia",
        "Sherlock Holmes",
        "Hermione Granger",
        "Gandalf",
        "Frodo Baggins",
        "Kratos",
        "Master Chief",
        "Pikachu",
        "Sonic",
        "Aloy",
        "Samus Aran",
        "Cloud Strife",
        "Solid Snake",
        "Captain Ahab",
        "Atticus Finch",
        "Elizabeth Bennet",
        "Bilbo",
        "Darth Vader",
        "Luke Skywalker",
        "Homer Simpson",
        "Sailor Moon",
        "Totoro",
        "Arthur Morgan",
        "Ezio Auditore",
        "Kirby",
        "Donkey Kong",
        "Bowser",
        "Tifa Lockhart",
        "Paddington",
        "Winnie the Pooh",
        "Mr. Bean",
    ),
    "bot": ("Alexa", "Siri", "Cortana", "Clippy", "Bixby", "Copilot", "Einstein Bot", "Ask Ada"),
    "dish": (
        "Caesar salad",
        "Eggs Benedict",
        "Beef Wellington",
        "Pavlova",
        "Peach Melba",
        "Margherita pizza",
        "Bloody Mary",
        "Tom Collins",
        "Shirley Temple",
        "Arnold Palmer",
        "Earl Grey",
        "Beef Stroganoff",
        "Oysters Rockefeller",
        "Cobb salad",
        "Reuben sandwich",
        "Sachertorte",
        "Bellini",
        "Rob Roy",
        "Negroni",
        "chicken à la king",
        "Lamington",
        "Nachos",
        "Carpaccio",
        "Crêpes Suzette",
        "Kaiserschmarrn",
        "Garibaldi biscuits",
    ),
    "variety": (
        "Granny Smith",
        "Pink Lady",
        "Cox's Orange Pippin",
        "Braeburn",
        "Jonagold",
        "Golden Delicious",
        "Bramley",
        "Pinot Noir",
        "Cabernet Sauvignon",
        "Merlot",
        "Grenache",
        "Riesling",
        "Müller-Thurgau",
        "Gewürztraminer",
        "Honeycrisp",
        "Cripps Pink",
    ),
    "paint": (
        "Hague Blue",
        "Elephant's Breath",
        "Eau de Nil",
        "Rose Gold",
        "Pale Powder",
        "Sulking Room Pink",
        "Cornforth White",
        "Railings",
        "Setting Plaster",
        "Duck Egg",
        "Midnight Navy",
        "Space Grey",
        "Sierra Blue",
        "Starlight",
        "Titanium Natural",
    ),
    "perfume": (
        "Chanel No. 5",
        "Miss Dior",
        "J'adore",
        "Black Opium",
        "Good Girl",
        "Angel",
        "Acqua di Giò",
        "Light Blue",
        "La Vie Est Belle",
        "Wood Sage & Sea Salt",
    ),
    "style": (
        "Iyengar yoga",
        "Ashtanga",
        "Pilates",
        "the Charleston",
        "Lindy Hop",
        "Vinyasa",
        "Bikram",
        "Graham technique",
        "Cecchetti method",
        "Zumba",
        "Feldenkrais",
    ),
    "ship": (
        "Queen Mary 2",
        "Ever Given",
        "HMS Victory",
        "Cutty Sark",
        "Mayflower",
        "MSC Oscar",
        "Queen Elizabeth",
        "RRS Sir David Attenborough",
    ),
    "horse": (
        "Frankel",
        "Seabiscuit",
        "Red Rum",
        "Secretariat",
        "Enable",
        "Winx",
        "Galileo",
        "Desert Orchid",
        "Shergar",
    ),
    "storm": (
        "Storm Ciarán",
        "Hurricane Katrina",
        "Typhoon Haiyan",
        "Storm Babet",
        "Hurricane Otis",
        "Storm Eunice",
        "Hurricane Ian",
    ),
    "award": (
        "Nobel Prize",
        "Pulitzer",
        "Turing Award",
        "Fields Medal",
        "Booker Prize",
        "Megan's Law",
        "Sarbanes-Oxley",
        "Dodd-Frank",
        "Magnitsky Act",
        "Clery Act",
        "Lombardi Trophy",
        "Ballon d'Or",
        "Tony Award",
        "Olivier Award",
        "Grammy",
    ),
    "disease": (
        "Parkinson's",
        "Alzheimer's",
        "Crohn's disease",
        "Hodgkin lymphoma",
        "Tourette syndrome",
        "Cushing's syndrome",
        "Raynaud's",
        "Addison's disease",
        "Legg-Calvé-Perthes disease",
    ),
    "math": (
        "Pythagoras' theorem",
        "Fermat's Last Theorem",
        "Bayes' theorem",
        "Dijkstra's algorithm",
        "Kalman filter",
        "Fourier transform",
        "Gaussian blur",
        "Levenshtein distance",
        "Huffman coding",
        "Markov chain",
        "Bézier curve",
        "Euler's method",
        "Kaplan-Meier curve",
        "Pearson correlation",
        "Wilcoxon test",
        "Bland-Altman plot",
        "Likert scale",
    ),
    "assay": (
        "Gram stain",
        "Bradford assay",
        "Sanger sequencing",
        "Western blot",
        "Ziehl-Neelsen stain",
        "Mantoux test",
        "Coombs test",
        "Ishihara test",
        "Southern blot",
        "Kirby-Bauer test",
    ),
    "labware": (
        "Petri dish",
        "Bunsen burner",
        "Erlenmeyer flask",
        "Pasteur pipette",
        "Eppendorf tube",
        "Dewar flask",
        "Buchner funnel",
    ),
    "model": (
        "Model S",
        "ThinkPad X1 Carbon",
        "Galaxy S24",
        "iPhone 15 Pro",
        "Mazda MX-5",
        "Mustang Mach-E",
        "XPS 13",
        "Surface Pro 9",
        "Kia Ceed",
        "Rolls-Royce Ghost",
        "PlayStation 5",
        "Switch OLED",
        "Steam Deck",
        "Kindle Paperwhite",
        "Pixel 8a",
        "Prius",
        "Corolla",
        "Vespa Primavera",
    ),
    "codename": (
        "Jasper",
        "Amber",
        "Orion",
        "Hermes",
        "Athena",
        "Zeus",
        "Apollo",
        "Falcon",
        "Kestrel",
        "Nimbus",
        "Bluebell",
        "Marigold",
        "Juniper",
        "Atlas",
        "Odin",
        "Phoenix",
        "Magpie",
        "Saffron",
        "Lumen",
        "Basalt",
    ),
    "software": (
        "Jenkins",
        "Jupyter",
        "Django",
        "Hugo",
        "Ansible",
        "Grafana",
        "Sentry",
        "Elasticsearch",
        "Kafka",
        "Cassandra",
        "Ruby",
        "Julia",
        "Pascal",
        "Haskell",
        "Erlang",
        "Debian",
        "Flask",
        "Hadoop",
        "Tomcat",
        "Jest",
        "Mocha",
        "Jasmine",
        "Karma",
        "Selenium",
        "Marshmallow",
        "Pandas",
        "Celery",
        "Sidekiq",
        "Rails",
    ),
    "team": (
        "Team Falcon",
        "Payments Core",
        "Growth Squad",
        "Blue Team",
        "Platform Guild",
        "Night Shift",
        "Tiger Team",
        "Crew Delta",
        "Ops Rota B",
    ),
}

ALL_NAMED: tuple[str, ...] = tuple(v for vs in NAMED.values() for v in vs)


def _d(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def _isbn(rng: random.Random) -> str:
    body = "978" + _d(rng, 9)
    check = (10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body)) % 10) % 10
    b = body + str(check)
    return f"{b[:3]}-{b[3]}-{b[4:7]}-{b[7:12]}-{b[12]}"


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

NUMERIC: dict[str, Callable[[random.Random], str]] = {
    "order": lambda r: r.choice(
        (
            f"#{_d(r, 7)}",
            f"ORD-{r.randint(2023, 2025)}-{_d(r, 6)}",
            f"{_d(r, 3)}-{_d(r, 7)}-{_d(r, 7)}",
            f"A{_d(r, 5)}-{_d(r, 2)}",
        )
    ),
    "date": lambda r: r.choice(
        (
            f"{r.randint(2023, 2025)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
            f"{r.randint(1, 28)} {r.choice(_MONTHS)} {r.randint(2023, 2025)}",
            f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{r.randint(2023, 2025)}",
        )
    ),
    "time": lambda r: r.choice(
        (
            f"{r.randint(0, 23):02d}:{r.choice(('00', '15', '30', '45', '05', '50'))}",
            f"{r.randint(1, 12)}:{r.randint(0, 59):02d} {r.choice(('am', 'pm'))}",
        )
    ),
    "ver": lambda r: r.choice(
        (
            f"v{r.randint(0, 9)}.{r.randint(0, 30)}.{r.randint(0, 20)}",
            f"{r.randint(1, 24)}.{r.randint(0, 12)}.{r.randint(0, 9)}",
            f"{r.randint(2023, 2025)}.{r.randint(1, 12)}.{r.randint(1, 9)}-rc{r.randint(1, 4)}",
        )
    ),
    "price": lambda r: r.choice(
        (
            f"${r.randint(3, 900)}.{r.choice(('00', '99', '49', '50'))}",
            f"€{r.randint(3, 400)},{r.choice(('00', '90', '95'))}",
            f"£{r.randint(2, 300)}.{r.choice(('00', '99', '45'))}",
            f"{r.randint(1000, 90000)} JPY",
            f"R {r.randint(50, 5000)}",
        )
    ),
    "sku": lambda r: r.choice(
        (
            f"SKU-{_d(r, 2)}-{_d(r, 4)}-{r.choice(('BLK', 'WHT', 'RG', 'NAT'))}",
            f"{r.choice('ABCDEFGHKLMNPRTX')}{r.choice('ABCDEFGHKLMNPRTX')}-{_d(r, 5)}",
            f"P/N {_d(r, 3)}-{_d(r, 4)}-{_d(r, 2)}",
        )
    ),
    "ticket": lambda r: r.choice(
        (
            f"SUP-{_d(r, 5)}",
            f"#{_d(r, 4)}",
            f"INC{_d(r, 7)}",
            f"QA-{_d(r, 4)}",
            f"BB-{r.randint(2024, 2025)}-{_d(r, 4)}",
            f"GH-{_d(r, 5)}",
        )
    ),
    "hash": lambda r: "".join(
        r.choice("0123456789abcdef") for _ in range(r.choice((7, 8, 12, 40)))
    ),
    "isbn": _isbn,
    "track": lambda r: r.choice(
        (
            f"1Z{_d(r, 3)}{r.choice('ABEW')}{r.choice('ABEW')}{_d(r, 11)}",
            f"JD{_d(r, 18)}",
            f"{_d(r, 4)} {_d(r, 4)} {_d(r, 4)}",
            f"LX{_d(r, 9)}DE",
            f"TRK-{_d(r, 10)}",
        )
    ),
    "inv": lambda r: r.choice(
        (
            f"INV-{r.randint(2024, 2025)}-{_d(r, 4)}",
            f"Invoice {_d(r, 6)}",
            f"F{r.randint(2024, 2025)}/{_d(r, 5)}",
        )
    ),
    "container": lambda r: (
        f"{r.choice(('MSCU', 'MAEU', 'CMAU', 'HLXU', 'OOLU'))} {_d(r, 6)} {_d(r, 1)}"
    ),
    "hs": lambda r: f"{_d(r, 4)}.{_d(r, 2)}.{_d(r, 2)}",
    "awb": lambda r: f"{_d(r, 3)}-{_d(r, 8)}",
    "sample": lambda r: r.choice(
        (
            f"S-{r.randint(23, 25)}-{_d(r, 5)}",
            f"LAB{_d(r, 6)}",
            f"BX{_d(r, 2)}-R{_d(r, 1)}C{_d(r, 1)}",
        )
    ),
    "protocol": lambda r: f"REB-{r.randint(2023, 2025)}-{_d(r, 3)}{r.choice(('', '-A', '-B2'))}",
    "lot": lambda r: f"LOT {_d(r, 2)}{r.choice('ABCK')}{_d(r, 4)}",
    "build": lambda r: (
        f"build {r.randint(2024, 2025)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}.{r.randint(1, 9)}"
    ),
    "iso": lambda r: (
        f"2025-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z"
    ),
    "pct": lambda r: f"{r.randint(1, 99)}{r.choice(('', '.5'))}%",
    "qty": lambda r: str(r.choice((1, 2, 2, 3, 4, 6, 12, 24, 48, 250))),
    "room": lambda r: r.choice(
        (
            f"B-{_d(r, 3)}",
            f"Room {r.randint(1, 9)}{_d(r, 2)}",
            f"Unit {r.randint(1, 40)}{r.choice('ABCD')}",
        )
    ),
    "pr": lambda r: f"#{r.randint(100, 9999)}",
    "port": lambda r: str(r.choice((443, 8080, 5432, 6379, 3000, 9200, 8443))),
    "cvss": lambda r: f"{r.randint(3, 9)}.{r.randint(0, 9)}",
    "flight": lambda r: (
        f"{r.choice(('BA', 'LH', 'KL', 'TK', 'QR', 'EK', 'AF', 'NZ'))} {r.randint(10, 2999)}"
    ),
    "money": lambda r: f"{r.randint(1, 99)},{_d(r, 3)}",
    "year": lambda r: str(r.randint(1788, 1999)),
    "acc": lambda r: f"{r.choice(('L', 'M', 'AC'))}.{r.randint(1950, 2024)}.{r.randint(1, 400)}",
    "phoneish": lambda r: r.choice(
        (
            f"{_d(r, 3)}-{_d(r, 3)}-{_d(r, 4)}-{_d(r, 2)}",
            f"{_d(r, 4)} {_d(r, 3)} {_d(r, 3)} {_d(r, 3)}",
            f"{_d(r, 2)}.{_d(r, 2)}.{_d(r, 2)}.{_d(r, 2)}.{_d(r, 2)}.{_d(r, 2)}",
        )
    ),
}


def named(rng: random.Random, kind: str) -> str:
    if kind == "thing":
        return rng.choice(ALL_NAMED)
    if kind == "eponym":
        return rng.choice(NAMED["disease"] + NAMED["math"] + NAMED["assay"] + NAMED["labware"])
    if kind == "method":
        return rng.choice(NAMED["math"] + NAMED["assay"])
    return rng.choice(NAMED[kind])


def numeric(rng: random.Random, kind: str) -> str:
    return NUMERIC[kind](rng)


KINDS = frozenset(NAMED) | frozenset(NUMERIC) | {"thing", "eponym", "method"}
