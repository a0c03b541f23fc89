"""Decoys for val31: values and names that look like personal data and are not.

Things named after people (ships, locomotives, wines, cultivars, chess openings, stadiums,
awards, artworks, musical works, minerals, storms, cocktails, tractors, racehorses, laws,
diseases, algorithms) are never PERSON or LOCATION spans; `DECOY_WORDS` holds their words so
that no planted name or place shares one. Generators make order numbers, references, codes,
versions and prices; long digit runs are kept Luhn-invalid so none is a card number."""

from __future__ import annotations

import random
import re
import string

from appliance.testing.pii_corpus.validity import luhn_ok

LISTS: dict[str, tuple[str, ...]] = {
    "vessel": (
        "Emma Maersk",
        "Queen Mary 2",
        "Ever Given",
        "CMA CGM Jacques Saadé",
        "Mærsk Mc-Kinney Møller",
        "Harmony of the Seas",
        "Stena Britannica",
        "RRS Sir David Attenborough",
        "MSC Gülsün",
        "Ever Ace",
        "Seven Seas Explorer",
        "Arctic Sunrise",
        "Hapag Express",
        "Spirit of Discovery",
    ),
    "loco": (
        "Flying Scotsman",
        "Sir Nigel Gresley",
        "Mallard",
        "Tornado",
        "Oliver Cromwell",
        "Clun Castle",
        "Princess Elizabeth",
        "Green Arrow",
        "Blue Peter",
        "Tangmere",
        "Duchess of Sutherland",
        "Bittern",
    ),
    "wine": (
        "Dom Pérignon",
        "Château Margaux",
        "Château Lafite Rothschild",
        "Penfolds Grange",
        "Sassicaia",
        "Veuve Clicquot",
        "Tignanello",
        "Vega Sicilia Único",
        "Opus One",
        "Cloudy Bay",
        "Krug Grande Cuvée",
        "Billecart-Salmon",
        "Pol Roger",
    ),
    "grape": (
        "Pinot Noir",
        "Chardonnay",
        "Sauvignon Blanc",
        "Nebbiolo",
        "Tempranillo",
        "Grüner Veltliner",
        "Riesling",
        "Syrah",
        "Malbec",
        "Albariño",
        "Touriga Nacional",
        "Carménère",
        "Chenin Blanc",
        "Gewürztraminer",
    ),
    "cultivar": (
        "Granny Smith",
        "Pink Lady",
        "Braeburn",
        "Cox's Orange Pippin",
        "Bramley's Seedling",
        "Golden Delicious",
        "Honeycrisp",
        "Egremont Russet",
        "Doyenné du Comice",
        "Worcester Pearmain",
        "Discovery",
        "Jazz",
    ),
    "rose": (
        "Gertrude Jekyll",
        "The Lady of Shalott",
        "Princess Anne",
        "Munstead Wood",
        "Olivia Rose Austin",
        "Lady Emma Hamilton",
        "Boscobel",
        "Graham Thomas",
        "Darcey Bussell",
        "Iceberg",
        "Peace",
        "Albertine",
        "Madame Alfred Carrière",
    ),
    "opening": (
        "Ruy Lopez",
        "Caro-Kann",
        "Najdorf",
        "Sicilian Defence",
        "Queen's Gambit",
        "King's Indian",
        "Nimzo-Indian",
        "Grünfeld",
        "Alekhine's Defence",
        "Benko Gambit",
        "Marshall Attack",
        "Evans Gambit",
        "Scotch Game",
        "Dragon Variation",
        "Berlin Defence",
    ),
    "stadium": (
        "the Santiago Bernabéu",
        "Old Trafford",
        "Anfield",
        "Lord's",
        "Eden Gardens",
        "Camp Nou",
        "Stade Pierre-Mauroy",
        "the Sir Vivian Richards Stadium",
        "Kensington Oval",
        "Stade Geoffroy-Guichard",
    ),
    "stand": (
        "the Sir Bobby Charlton Stand",
        "the Stretford End",
        "the Kop",
        "the Sir Alf Ramsey Stand",
        "the Trevor Brooking Stand",
    ),
    "award": (
        "Pulitzer",
        "Booker",
        "Peabody",
        "Orwell Prize",
        "Emmy",
        "Nobel Prize",
        "Turner Prize",
        "Carnegie Medal",
        "Stirling Prize",
        "Walkley",
        "Costa Book Award",
    ),
    "artwork": (
        "the Mona Lisa",
        "Whistler's Mother",
        "Michelangelo's David",
        "The Birth of Venus",
        "Girl with a Pearl Earring",
        "The Night Watch",
        "Las Meninas",
        "The Thinker",
        "the Arnolfini Portrait",
        "The Hay Wain",
        "Sunflowers",
        "The Garden of Earthly Delights",
    ),
    "musicwork": (
        "Don Giovanni",
        "the Eroica",
        "the Goldberg Variations",
        "The Marriage of Figaro",
        "the Pathétique",
        "the Jupiter symphony",
        "the Enigma Variations",
        "Pictures at an Exhibition",
        "Messiah",
        "The Rite of Spring",
        "La Traviata",
        "the Emperor Concerto",
        "Eugene Onegin",
        "the Trout Quintet",
    ),
    "mineral": (
        "dolomite",
        "gadolinite",
        "smithsonite",
        "goethite",
        "scheelite",
        "wollastonite",
        "cordierite",
        "sillimanite",
        "uvarovite",
        "prehnite",
        "samarskite",
        "scapolite",
    ),
    "storm": (
        "Storm Ciarán",
        "Hurricane Katrina",
        "Storm Babet",
        "Storm Eunice",
        "Typhoon Haiyan",
        "Cyclone Idai",
        "Hurricane Sandy",
        "Storm Arwen",
        "Hurricane Otis",
        "Storm Isha",
        "Storm Gerrit",
        "Hurricane Beryl",
        "Storm Dennis",
        "Cyclone Gabrielle",
    ),
    "cocktail": (
        "Tom Collins",
        "Bloody Mary",
        "Arnold Palmer",
        "Shirley Temple",
        "Harvey Wallbanger",
        "Rob Roy",
        "Bellini",
        "Negroni",
        "Sidecar",
        "Aperol Spritz",
        "Paloma",
        "Old Fashioned",
        "Rusty Nail",
    ),
    "beer": (
        "Guinness",
        "Pilsner Urquell",
        "Leffe Blonde",
        "Duvel",
        "Old Speckled Hen",
        "Samuel Smith's Taddy Porter",
        "Chimay Blue",
        "Kozel",
    ),
    "tractor": (
        "John Deere 6R",
        "Massey Ferguson 5S",
        "Ford Transit",
        "Fendt 724",
        "Claas Arion",
        "Valtra N175",
        "Kubota M7",
        "Land Rover Defender",
        "Zetor Proxima",
        "JCB Fastrac",
    ),
    "horse": (
        "Red Rum",
        "Frankel",
        "Shergar",
        "Desert Orchid",
        "Kauto Star",
        "Enable",
        "Galileo",
        "Sea The Stars",
        "Arkle",
        "Winx",
        "Best Mate",
    ),
    "pet": (
        "Biscuit",
        "Pickle",
        "Mr Whiskers",
        "Bramble",
        "Nugget",
        "Waffles",
        "Captain Fluff",
        "Pudding",
        "Sprocket",
        "Marmalade",
    ),
    "eponym": (
        "Parkinson's disease",
        "Gaussian blur",
        "a Kalman filter",
        "Alzheimer's",
        "the Nobel Prize",
        "a Bloomberg terminal",
        "Dijkstra's algorithm",
        "a Bunsen burner",
        "the Beaufort scale",
        "Doppler radar",
        "the Richter scale",
        "a Venn diagram",
        "the Heimlich manoeuvre",
        "Crohn's disease",
        "Braille",
        "Morse code",
        "a Gantt chart",
        "the Turing test",
        "a Fourier transform",
        "Boolean logic",
        "a Petri dish",
        "the Mercator projection",
        "a Geiger counter",
        "Levenshtein distance",
        "a Bézier curve",
        "Bluetooth",
        "Hodgkin lymphoma",
        "Asperger's",
        "a Pareto chart",
        "Occam's razor",
        "Murphy's law",
        "a Fibonacci heap",
        "the Mohs scale",
        "a Munro",
        "Caesar salad",
        "Eggs Benedict",
        "Peach Melba",
        "a pavlova",
    ),
    "character": (
        "Sherlock Holmes",
        "Hercule Poirot",
        "Paddington",
        "Peppa Pig",
        "Pikachu",
        "Lara Croft",
        "Gandalf",
        "Mario",
        "Miss Marple",
        "Captain Haddock",
        "Tintin",
        "Moomin",
        "Totoro",
        "Bob the Builder",
        "Thomas the Tank Engine",
    ),
    "brand": (
        "Dell",
        "Ford",
        "Maersk",
        "Siemens",
        "Philips",
        "Boeing",
        "Dyson",
        "Leica",
        "Zeiss",
        "Hermès",
        "Cadbury",
        "Heinz",
        "Mercedes-Benz",
        "Porsche",
        "Specsavers",
        "Bausch + Lomb",
        "Oral-B",
        "Ray-Ban",
        "Kuehne+Nagel",
        "Hapag-Lloyd",
        "Disney",
        "Ferrari",
        "Lamborghini",
        "Chanel",
        "Kellogg's",
        "McDonald's",
        "Tesla",
    ),
    "maker": (
        "Siemens",
        "Philips",
        "Dyson",
        "Miele",
        "Krones",
        "Alfa Laval",
        "Carrier",
        "Daikin",
        "Bosch",
    ),
    "frames": ("Ray-Ban", "Oakley", "Silhouette", "Lindberg", "Oliver Peoples", "Tom Ford"),
    "building": (
        "the Rockefeller Center",
        "the Chrysler Building",
        "Carnegie Hall",
        "the Royal Albert Hall",
        "the Guggenheim",
        "Tate Modern",
        "the Getty Center",
        "Wigmore Hall",
        "the Barbican",
        "the Uffizi",
        "the Prado",
        "the Rijksmuseum",
        "the Sainsbury Wing",
        "the Bridgewater Hall",
    ),
    "software": (
        "Kubernetes",
        "Postgres",
        "Django",
        "Jenkins",
        "Grafana",
        "Kafka",
        "Linux",
        "Debian",
        "Rust",
        "Svelte",
        "Sentry",
        "Airflow",
        "Terraform",
        "Redis",
        "Elasticsearch",
        "Prometheus",
        "Hadoop",
        "Ansible",
    ),
    "bot": (
        "@build-bot",
        "@dependabot",
        "@renovate-bot",
        "@ci-runner",
        "@release-bot",
        "@triage-bot",
        "@deploy-bot",
    ),
    "team": (
        "Platform Team",
        "Ops Crew",
        "Blue Squadron",
        "Team Kestrel",
        "the Night Shift",
        "Data Guild",
        "Harbour Ops",
        "Cellar Team",
        "Rescue Team B",
    ),
    "dept": (
        "Accounts Payable",
        "Procurement",
        "Facilities",
        "Legal",
        "Compliance",
        "Marine Operations",
        "Rolling Stock",
        "Curatorial",
        "Member Services",
        "Safeguarding",
        "Estates",
        "Quality Assurance",
    ),
    "job": (
        "harbour master",
        "chief engineer",
        "sommelier",
        "head gardener",
        "arbiter",
        "groundsman",
        "night editor",
        "registrar",
        "conductor",
        "caseworker",
        "presiding officer",
        "duty forecaster",
        "funeral director",
        "interpreter",
        "watch manager",
        "head brewer",
        "dental nurse",
        "recruiter",
        "head of year",
        "beekeeper",
        "maintainer",
        "shift geologist",
        "stage manager",
    ),
    "aircraft": (
        "Boeing 787-9",
        "Airbus A320neo",
        "ATR 72-600",
        "Dash 8-400",
        "Cessna 172",
        "AW189",
        "Sikorsky S-92",
        "Embraer E190",
        "Airbus H145",
    ),
    "locode": (
        "NLRTM",
        "DEHAM",
        "SGSIN",
        "CNSHA",
        "GBFXT",
        "USLAX",
        "BEANR",
        "ESALG",
        "MAPTM",
        "KRPUS",
        "AEJEA",
        "LKCMB",
        "BRSSZ",
        "GBSOU",
    ),
    "month": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    "weekday": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}

DECOY_WORDS = {
    w.lower()
    for values in LISTS.values()
    for v in values
    for w in re.findall(r"\w+", v)
    if len(w) >= 3
}


def _d(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def _not_luhn(rng: random.Random, n: int) -> str:
    while True:
        value = str(rng.randrange(1, 10)) + _d(rng, n - 1)
        if not luhn_ok(value):
            return value


def _up(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(n))


def _alnum(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(n))


def _iso6346(rng: random.Random) -> str:
    owner = rng.choice(["MSCU", "MAEU", "CMAU", "HLXU", "TGHU", "OOLU", "EGHU", "TCNU"])
    serial = _d(rng, 6)
    values = {ch: v for ch, v in zip(string.ascii_uppercase, _LETTER_VALUES, strict=True)}
    total = sum(
        (values[ch] if ch.isalpha() else int(ch)) * 2**i for i, ch in enumerate(owner + serial)
    )
    return f"{owner}{serial}{total % 11 % 10}"


_LETTER_VALUES = [
    10,
    12,
    13,
    14,
    15,
    16,
    17,
    18,
    19,
    20,
    21,
    23,
    24,
    25,
    26,
    27,
    28,
    29,
    30,
    31,
    32,
    34,
    35,
    36,
    37,
    38,
]


def _imo(rng: random.Random) -> str:
    digits = "9" + _d(rng, 5)
    check = sum(int(d) * w for d, w in zip(digits, range(7, 1, -1), strict=True)) % 10
    return f"IMO {digits}{check}"


def _isbn(rng: random.Random) -> str:
    body = "978" + rng.choice(["0", "1", "3", "2", "84"]) + _d(rng, 8)
    body = body[:12]
    check = (10 - sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(body)) % 10) % 10
    return f"{body[:3]}-{body[3]}-{body[4:8]}-{body[8:12]}-{check}"


def _date(rng: random.Random) -> str:
    day, month, year = rng.randrange(1, 29), rng.randrange(12), rng.choice([2024, 2025, 2026])
    name = LISTS["month"][month]
    return rng.choice(
        [
            f"{day} {name} {year}",
            f"{year}-{month + 1:02d}-{day:02d}",
            f"{day:02d}/{month + 1:02d}",
            f"{name[:3]} {day}",
            f"{LISTS['weekday'][rng.randrange(7)]} {day} {name}",
            f"{day}.{month + 1}.{year}",
        ]
    )


def _time(rng: random.Random) -> str:
    h, m = rng.randrange(6, 23), rng.choice([0, 5, 15, 20, 30, 40, 45, 50])
    return rng.choice(
        [
            f"{h:02d}:{m:02d}",
            f"{h % 12 or 12}.{m:02d}{'am' if h < 12 else 'pm'}",
            f"{h:02d}{m:02d}",
            f"{h:02d}:{m:02d} UTC",
        ]
    )


def _price(rng: random.Random) -> str:
    amount = rng.choices(
        [
            rng.randrange(3, 60) + rng.choice([0, 0.5, 0.99, 0.25]),
            rng.randrange(60, 900) + rng.choice([0.0, 0.0, 0.5]),
            rng.randrange(900, 9000) + 0.0,
        ],
        [3, 4, 2],
    )[0]
    cur = rng.choice(["£", "£", "€", "€", "$", "$", "CHF ", "NZ$", "A$", "¥", "R "])
    return f"{cur}{amount:,.2f}" if cur != "¥" else f"¥{int(amount) * 100:,}"


GENERATORS = {
    "order": lambda r: r.choice(
        [
            f"ORD-{_d(r, 6)}",
            f"#{_d(r, 7)}",
            f"SO-{_d(r, 4)}-{_up(r, 2)}",
            f"PO {_d(r, 5)}",
            f"WO-{_d(r, 5)}",
        ]
    ),
    "booking": lambda r: r.choice([_alnum(r, 6), f"BKG-{_d(r, 6)}", f"{_up(r, 3)}{_d(r, 5)}"]),
    "flight": lambda r: (
        r.choice(["BA", "KL", "LH", "EK", "QF", "TK", "ET", "NZ", "AF", "LX"])
        + r.choice(["", " "])
        + str(r.randrange(1, 2999))
    ),
    "tracking": lambda r: r.choice(
        [f"1Z{_alnum(r, 6)}{_d(r, 10)}", f"JJD{_d(r, 15)}", f"{_up(r, 2)}{_d(r, 9)}GB"]
    ),
    "invoice": lambda r: f"INV-{r.choice([2024, 2025, 2026])}-{_d(r, 5)}",
    "date": _date,
    "isodate": lambda r: (
        f"{r.choice([2024, 2025, 2026])}-{r.randrange(1, 13):02d}-{r.randrange(1, 29):02d}"
    ),
    "time": _time,
    "ver": lambda r: r.choice(
        [
            f"v{r.randrange(1, 9)}.{r.randrange(30)}.{r.randrange(20)}",
            f"{r.randrange(1, 5)}.{r.randrange(20)}.{r.randrange(10)}-rc.{r.randrange(1, 5)}",
            f"{r.randrange(2019, 2027)}.{r.randrange(1, 13):02d}",
        ]
    ),
    "hash": lambda r: "".join(
        r.choice("0123456789abcdef") for _ in range(r.choice([7, 7, 12, 40]))
    ),
    "sha": lambda r: "".join(r.choice("0123456789abcdef") for _ in range(40)),
    "price": _price,
    "bigprice": lambda r: r.choice(["£", "€", "$", "CHF "]) + f"{r.randrange(10, 900) * 1000:,}",
    "sku": lambda r: r.choice(
        [f"SKU {_up(r, 3)}-{_d(r, 4)}-{_up(r, 2)}", f"{_up(r, 2)}{_d(r, 5)}", f"ART-{_d(r, 6)}"]
    ),
    "isbn": _isbn,
    "doi": lambda r: (
        f"10.{r.choice(['1038', '1016', '1126', '1093', '1371', '1002'])}/"
        f"{r.choice(['s41586-', 'j.cell.', 'science.', 'nar/gk', 'journal.pone.', 'anie.'])}{_d(r, 6)}"
    ),
    "room": lambda r: r.choice(
        [
            f"Room {r.randrange(1, 6)}{_d(r, 2)}",
            f"Rm {r.randrange(1, 9)}.{_d(r, 2)}",
            f"Suite {r.randrange(100, 999)}",
        ]
    ),
    "seat": lambda r: f"{r.randrange(1, 48)}{r.choice('ABCDEFK')}",
    "part": lambda r: r.choice(
        [
            f"P/N {_d(r, 2)}-{_d(r, 4)}-{_d(r, 3)}-{_d(r, 2)}",
            f"{_not_luhn(r, 14)}",
            f"PN-{_d(r, 8)}",
        ]
    ),
    "longnum": lambda r: _not_luhn(r, r.choice([13, 14, 16, 18])),
    "port": lambda r: str(r.choice([443, 8080, 8443, 5432, 6379, 9092, 3000, 5000, 9200, 22])),
    "hex": lambda r: "#" + "".join(r.choice("0123456789ABCDEF") for _ in range(6)),
    "uuid": lambda r: "-".join(
        "".join(r.choice("0123456789abcdef") for _ in range(n)) for n in (8, 4, 4, 4, 12)
    ),
    "container": _iso6346,
    "imo": _imo,
    "voyage": lambda r: f"{_d(r, 3)}{r.choice('EWNS')}",
    "bl": lambda r: r.choice(["MAEU", "MEDU", "HLCU", "CMDU", "ONEY"]) + _d(r, 9),
    "ticket": lambda r: (
        f"{r.choice(['OPS', 'RAIL', 'CELLAR', 'INFRA', 'HR', 'DATA', 'NGO', 'WX'])}-{r.randrange(100, 9999)}"
    ),
    "lot": lambda r: f"Lot {r.randrange(1, 480)}",
    "awb": lambda r: f"{r.choice(['176', '057', '020', '618'])}-{_d(r, 8)}",
    "pcode": lambda r: r.choice(
        [
            f"zone {r.randrange(1, 9)}{r.choice('ABCD')}",
            f"bin {_up(r, 2)}-{_d(r, 2)}",
            f"grid ref {r.choice(['NY', 'NN', 'SH', 'SD'])} {_d(r, 3)} {_d(r, 3)}",
            f"bay {_up(r, 1)}{_d(r, 2)}",
            f"rack {_d(r, 2)}-{_up(r, 1)}",
        ]
    ),
    "alnum": lambda r: _alnum(r, 8),
    "alnum3": lambda r: _up(r, 3),
    "abv": lambda r: f"{r.randrange(3, 10)}.{r.randrange(10)}%",
    "pct": lambda r: f"{r.randrange(1, 99)}.{r.randrange(10)}%",
    "qty": lambda r: str(r.randrange(2, 900)),
    "year": lambda r: str(r.choice([1887, 1923, 1961, 1978, 1999, 2008, 2015, 2019, 2021])),
    "pubyear": lambda r: str(r.randrange(1994, 2025)),
    "vintage": lambda r: str(r.randrange(1996, 2022)),
    "oid": lambda r: f"1.3.6.1.4.1.{_d(r, 5)}.{r.randrange(1, 9)}.{r.randrange(1, 9)}",
    "case": lambda r: f"CASE-{_d(r, 6)}",
    "ref": lambda r: f"{_up(r, 3)}/{r.choice([2024, 2025, 2026])}/{_d(r, 4)}",
    "gauge": lambda r: r.choice(["4 ft 8½ in", "2 ft", "1,000 mm", "7¼ in"]),
    "score": lambda r: f"{r.randrange(0, 5)}-{r.randrange(0, 5)}",
}


def decoy(rng: random.Random, kind: str) -> str:
    if kind in GENERATORS:
        return GENERATORS[kind](rng)
    return rng.choice(LISTS[kind])
