"""Decoys for val39: values that look like personal data and are not (order numbers,
references, versions, hashes, codes, prices, dates ...) and pools of capitalised things named
like people that are no PERSON (pets, horses, boats, cultivars, drinks, roles, units, tools,
characters). `⟦d.kind⟧` in a template draws one; written from memory."""

from __future__ import annotations

import random
import string

POOLS: dict[str, tuple[str, ...]] = {
    "pet": (
        "Biscuit", "Pepper", "Mochi", "Bramble", "Waffles", "Pickle", "Nutmeg", "Clover",
        "Pretzel", "Ziggy", "Rolo", "Marmite", "Pudding", "Socks", "Tofu", "Bagel", "Toffee",
        "Dumpling", "Luna", "Milo", "Winston", "Murphy", "Otis", "Bella", "Rufus", "Pumpkin",
    ),
    "horse": (
        "Midnight Sonata", "Duchess of Kells", "Copper Kettle", "Brown Sugar", "Kingfisher Blue",
        "Sir Galahad", "Tinker", "Jasper Star", "Velvet Thunder", "Lord Havelock", "Dandelion",
        "Marquis", "Treacle", "Prince Albert", "Nelson", "Moondance",
    ),
    "boat": (
        "Lady Margaret", "Sea Anna", "Miss Molly", "Aunt Edna", "Queen Matilda", "Katie Rose",
        "Saucy Sue", "Wandering Albatross", "Blue Heron", "Skylark II", "Northern Star",
        "Grey Goose", "Lady Beatrix",
    ),
    "cultivar": (
        "Gertrude Jekyll", "Albertine", "Queen Elizabeth", "Bramley", "Munstead Wood",
        "Boscobel", "Darcey Bussell", "Lady of Shalott", "Cox's Orange Pippin", "Granny Smith",
        "Ena Harkness", "Madame Alfred Carrière", "Graham Thomas", "Benjamin Britten",
        "Princess Alexandra of Kent", "Charles Darwin", "Kiftsgate", "Félicité Perpétue",
    ),
    "cocktail": (
        "Tom Collins", "Bloody Mary", "Shirley Temple", "Arnold Palmer", "Rob Roy",
        "Harvey Wallbanger", "John Collins", "Bellini", "Negroni", "Rossini", "Mary Pickford",
        "Bobby Burns", "Tommy's Margarita", "Hanky Panky", "Charlie Chaplin",
    ),
    "spirit": (
        "Johnnie Walker Black", "Jack Daniel's", "Jim Beam", "Jameson", "Tanqueray",
        "Hendrick's", "Captain Morgan", "Jose Cuervo", "Elijah Craig", "Evan Williams",
        "Maker's Mark", "Old Forester", "Grand Marnier",
    ),
    "opera": (
        "Carmen", "Tosca", "The Marriage of Figaro", "Don Giovanni", "Madama Butterfly",
        "La Bohème", "Rigoletto", "Turandot", "Eugene Onegin", "Lucia di Lammermoor",
        "Der Rosenkavalier", "Fidelio", "Otello", "Nabucco", "Manon Lescaut", "Norma", "Aida",
        "Salome", "Elektra", "Werther", "Lohengrin", "Peter Grimes", "Jenůfa", "Rusalka",
    ),
    "play": (
        "Hamlet", "Othello", "Macbeth", "King Lear", "Hedda Gabler", "Medea",
        "Cyrano de Bergerac", "Uncle Vanya", "Romeo and Juliet", "Antigone", "Peer Gynt",
        "Miss Julie", "Richard III", "Mother Courage",
    ),
    "role": (
        "Figaro", "Tosca", "Carmen", "Escamillo", "Mimì", "Rodolfo", "Cio-Cio-San",
        "Pinkerton", "Leporello", "Donna Anna", "Zerlina", "Scarpia", "Cavaradossi", "Gilda",
        "Ophelia", "Desdemona", "Iago", "Lady Macbeth", "Polonius", "Horatio", "Cordelia",
    ),
    "perfume": (
        "Chanel No. 5", "Miss Dior", "Shalimar", "Opium", "Santal 33", "Black Opium",
        "Flowerbomb", "Baccarat Rouge 540", "Aventus", "Coco Mademoiselle", "Mitsouko",
        "Angel", "Terre d'Hermès", "Wood Sage & Sea Salt", "Philosykos",
    ),
    "pastry": (
        "madeleine", "charlotte russe", "pavlova", "Sachertorte", "napoleon", "Linzer torte",
        "Battenberg", "Eccles cake", "Bakewell tart", "Mozartkugel", "peach Melba",
        "crêpe Suzette", "tarte Tatin", "Esterházy torte", "Dobos torte", "Prinsesstårta",
        "Bismarck doughnut",
    ),
    "unit": (
        "newton", "kelvin", "tesla", "hertz", "pascal", "joule", "ohm", "ampère", "coulomb",
        "weber", "siemens", "henry", "farad", "becquerel", "gray", "sievert", "watt", "volt",
    ),
    "eponym": (
        "the Doppler effect", "Hooke's law", "a Faraday cage", "the Planck constant",
        "the Boltzmann constant", "the Schrödinger equation", "a Fourier transform",
        "a Kalman filter", "Gaussian blur", "the Reynolds number", "a Wheatstone bridge",
        "a Bunsen burner", "a Geiger counter", "Poisson's ratio", "the Navier-Stokes equations",
        "Dijkstra's algorithm", "Bayes' theorem", "a Petri dish", "the Coriolis effect",
    ),
    "telescope": (
        "Hubble", "James Webb", "Cassini", "Kepler", "Galileo", "Herschel", "Chandra", "Gaia",
        "Juno", "Euclid", "the Rosalind Franklin rover", "the Vera C. Rubin Observatory",
        "Copernicus Sentinel-2", "Perseverance",
    ),
    "airport": (
        "Charles de Gaulle", "JFK", "Ben Gurion", "Indira Gandhi International",
        "Jomo Kenyatta International", "Leonardo da Vinci-Fiumicino", "John Lennon Airport",
        "Kotoka International", "O. R. Tambo", "Václav Havel Airport", "Marco Polo Airport",
        "Chopin Airport", "Pierre Elliott Trudeau International",
    ),
    "award": (
        "Oscar", "Emmy", "Tony", "BAFTA", "Golden Globe", "Palme d'Or", "Grammy", "César",
        "Goya", "Olivier Award", "Golden Bear", "Pulitzer",
    ),
    "assistant": ("Alexa", "Siri", "Cortana", "Bixby", "Google Assistant", "Clippy"),
    "tool": (
        "Jenkins", "Django", "pandas", "Julia", "Ada", "Ruby", "Hudson", "Kafka", "Cassandra",
        "Ansible", "Jupyter", "Grafana", "Gerrit", "Sphinx", "Celery", "Flask",
        "Erlang", "Haskell",
    ),
    "character": (
        "Colonel Mustard", "Professor Plum", "Miss Scarlett", "Mrs Peacock", "Reverend Green",
        "Mrs White", "Sherlock Holmes", "Hercule Poirot", "Miss Marple", "Count Dracula",
        "Captain Nemo", "Lara Croft", "Doctor Watson", "Inspector Lestrade",
    ),
    "game": (
        "Catan", "Carcassonne", "Ticket to Ride", "Pandemic", "Wingspan", "Azul", "Agricola",
        "Dixit", "Terraforming Mars", "Cluedo", "Codenames", "Everdell",
    ),
    "storm": (
        "Storm Ciarán", "Storm Babet", "Hurricane Otis", "Storm Eunice", "Typhoon Haikui",
        "Cyclone Freddy", "Storm Agnes", "Hurricane Beryl", "Storm Isha",
    ),
    "vessel": (
        "MV Oscar Wilde", "MV W.B. Yeats", "Peter Pan", "Nils Holgersson", "Robin Hood",
        "MV Loch Seaforth", "Stena Britannica", "MV Hamnavoe", "Pont-Aven", "Galicia",
    ),
    "company": (
        "Ford", "Dell", "Porsche", "Ferrari", "Boeing", "Siemens", "Philips", "Heineken",
        "Guinness", "Cadbury", "Kellogg's", "Bosch", "Lamborghini", "Tiffany & Co.",
    ),
    "product": (
        "Ford Transit", "Dell Latitude 7440", "Bloomberg terminal", "Porsche Taycan",
        "Kindle Paperwhite", "ThinkPad X1", "Dyson V15", "Vitamix A3500", "Weber Spirit II",
        "Le Creuset casserole", "Moleskine notebook", "Leica Q3",
    ),
    "disease": (
        "Parkinson's disease", "Alzheimer's", "Crohn's disease", "Hodgkin lymphoma",
        "Tourette's", "Down syndrome", "Huntington's disease", "Raynaud's",
    ),
    "dept": (
        "Procurement", "Facilities", "Finance Operations", "Front of House", "Box Office",
        "Quality Assurance", "Platform Engineering", "Member Services", "Customer Success",
        "Legal & Compliance", "Stage Management", "Wardrobe", "Dispatch",
    ),
    "title": (
        "Head of Operations", "Senior Data Engineer", "Box Office Manager", "Dockmaster",
        "Head Brewer", "Stage Manager", "Funeral Director", "Practice Manager",
        "Lead Perfumer", "Pastry Chef", "Site Reliability Engineer", "Notary Clerk",
    ),
}  # fmt: skip

_AIRLINES = ("LH", "BA", "AF", "KL", "TK", "EK", "QR", "SK", "AY", "IB", "LX")
# words the generated decoys can write (codes, currencies, units): kept out of the name pools
VOCAB_EXTRA = " ".join(
    _AIRLINES
    + ("CHF", "SEK", "NOK", "ORD", "SO", "PO", "WEB", "JD", "TBA", "GB", "INV", "RE")
    + ("FV", "FAC", "BLK", "ML", "PN", "SN", "LOT", "CASE", "IMO", "Room", "Row", "Lab", "am")
    + ("pm", "rc", "beta", "build", "PhysRevLett", "nima", "ac", "j", "s41550", "C")
)

_UP = string.ascii_uppercase
_UPD = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
_HEX = "0123456789abcdef"
_MONTHS = "January February March April May June July August September October November December"
MONTHS = _MONTHS.split()
_DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _code(rng: random.Random, n: int) -> str:
    while True:
        value = "".join(rng.choice(_UPD) for _ in range(n))
        if sum(ch.isdigit() for ch in value) >= 2:
            return value


def _isbn(rng: random.Random) -> str:
    body = "978" + rng.choice(["0", "1", "3", "2", "84", "88"])
    body += _digits(rng, 12 - len(body))
    total = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(body))
    check = (10 - total % 10) % 10
    return f"{body[:3]}-{body[3]}-{body[4:8]}-{body[8:12]}-{check}"


CURRENCIES = ("EUR", "EUR", "GBP", "USD", "CHF", "SEK", "NOK", "PLN", "TRY")
PRICE_KINDS = ("price", "fee", "house")


def price(rng: random.Random, kind: str, cur: str) -> str:
    """An amount of the kind (price: a small one, fee: hundreds to thousands, house: a
    property price) in the currency."""
    if kind == "house":
        amount = float(rng.randint(95, 1200) * 1000)
    elif kind == "fee":
        amount = rng.randint(150, 4000) + rng.choice([0, 0, 0.5])
    else:
        amount = rng.randint(3, 90) + rng.choice([0, 0.5, 0.95, 0.99, 0.25])
    value = f"{amount:,.0f}" if kind == "house" else f"{amount:,.2f}"
    symbol = {"EUR": "€", "GBP": "£", "USD": "$"}.get(cur)
    return f"{symbol}{value}" if symbol else f"{cur} {value}"


def decoy(rng: random.Random, kind: str) -> str:
    """One decoy of the kind (a pool name or a generated kind)."""
    if kind in POOLS:
        return rng.choice(POOLS[kind])
    if kind == "order":
        return rng.choice(["ORD-", "SO-", "#", "PO-", "WEB-"]) + _digits(rng, rng.randint(5, 8))
    if kind == "booking":
        return _code(rng, 6)
    if kind == "flight":
        return rng.choice(_AIRLINES) + (rng.choice([" ", ""]) + str(rng.randint(12, 2999)))
    if kind == "tracking":
        return rng.choice(
            [
                "1Z" + _code(rng, 6) + _digits(rng, 10),
                "JD" + _digits(rng, 18),
                _code(rng, 2) + _digits(rng, 9) + "GB",
                "TBA" + _digits(rng, 12),
            ]
        )
    if kind == "invoice":
        prefix = rng.choice(["INV-", "RE-", "FV/", "FAC-", "INV/"])
        return f"{prefix}{rng.randint(2023, 2025)}-{_digits(rng, rng.randint(3, 5))}"
    if kind == "date":
        day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2023, 2026)
        return rng.choice(
            [
                f"{year}-{month:02d}-{day:02d}",
                f"{day} {MONTHS[month - 1]} {year}",
                f"{day:02d}.{month:02d}.{year}",
                f"{MONTHS[month - 1][:3]} {day}, {year}",
                f"{_DAYS[rng.randint(0, 6)]} {day} {MONTHS[month - 1]}",
            ]
        )
    if kind == "dmy":
        sep = rng.choice(["/", ".", "-"])
        return (
            f"{rng.randint(1, 28):02d}{sep}{rng.randint(1, 12):02d}{sep}{rng.randint(2024, 2026)}"
        )
    if kind == "dob":
        return f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(1938, 2004)}"
    if kind == "hm":
        return f"{rng.randint(7, 21)}:{rng.choice(['00', '15', '30', '45'])}"
    if kind == "iso":
        return f"{rng.randint(2023, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    if kind == "time":
        return rng.choice(
            [
                f"{rng.randint(7, 22):02d}:{rng.choice(['00', '15', '30', '45'])}",
                f"{rng.randint(1, 11)}:{rng.choice(['00', '15', '30', '45'])} "
                + rng.choice(["am", "pm"]),
            ]
        )
    if kind == "hms":
        return f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    if kind == "version":
        return rng.choice(["v", "", ""]) + (
            f"{rng.randint(0, 14)}.{rng.randint(0, 30)}.{rng.randint(0, 20)}"
            + rng.choice(["", "", "", "-rc.1", "-beta.3", "+build.812"])
        )
    if kind == "hash":
        return "".join(rng.choice(_HEX) for _ in range(rng.choice([7, 8, 12, 40])))
    if kind == "sha":
        return "".join(rng.choice(_HEX) for _ in range(40))
    if kind == "short":
        return "".join(rng.choice(_HEX) for _ in range(7))
    if kind == "sku":
        return f"{_code(rng, 3)}-{_digits(rng, 4)}-{rng.choice(['BLK', 'S', 'M', 'L', '50ML'])}"
    if kind == "isbn":
        return _isbn(rng)
    if kind == "doi":
        return rng.choice(
            [
                f"10.1103/PhysRevLett.{rng.randint(100, 133)}.{_digits(rng, 6)}",
                f"10.1016/j.nima.{rng.randint(2019, 2025)}.{_digits(rng, 6)}",
                f"10.1038/s41550-0{_digits(rng, 2)}-{_digits(rng, 5)}-{rng.randint(1, 9)}",
                f"10.3847/1538-4357/ac{_digits(rng, 4)}",
            ]
        )
    if kind == "room":
        return rng.choice(
            [
                f"Room {rng.randint(1, 5)}.{rng.randint(1, 40):02d}",
                f"B-{rng.randint(100, 499)}",
                f"Lab {rng.randint(2, 9)}{_UP[rng.randint(0, 5)]}",
            ]
        )
    if kind == "seat":
        return f"{rng.choice(['Row ', ''])}{_UP[rng.randint(0, 20)]}{rng.randint(1, 38)}"
    if kind == "part":
        return f"PN {_digits(rng, 4)}-{_digits(rng, 6)}-{_digits(rng, 2)}"
    if kind == "port":
        return str(rng.choice([8080, 8443, 5432, 6379, 9092, 27017, 3000, 5000, 9200, 2181]))
    if kind == "hex":
        return "#" + "".join(rng.choice("0123456789ABCDEF") for _ in range(6))
    if kind == "uuid":
        h = "".join(rng.choice(_HEX) for _ in range(32))
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:]}"
    if kind == "qty":
        return str(rng.randint(2, 48))
    if kind == "num":
        return str(rng.randint(100, 9999))
    if kind == "pct":
        return f"{rng.randint(1, 99)}%"
    if kind == "year":
        return str(rng.randint(1890, 2024))
    if kind == "ref":
        return f"{_code(rng, 2)}-{_digits(rng, 6)}"
    if kind == "case":
        return f"CASE-{_digits(rng, 5)}"
    if kind == "lot":
        return f"LOT {rng.randint(21, 25)}-{_digits(rng, 4)}"
    if kind == "serial":
        return f"SN {_code(rng, 3)}-{_digits(rng, 6)}"
    if kind == "gate":
        return f"{_UP[rng.randint(0, 5)]}{rng.randint(1, 60)}"
    if kind == "berth":
        return f"{_UP[rng.randint(0, 7)]}-{rng.randint(1, 60):02d}"
    if kind == "imo":
        return f"IMO {rng.randint(9100000, 9899999)}"
    if kind == "sort":
        return f"{rng.randint(10, 99)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}"
    if kind == "bic":
        return rng.choice(["DEUTDEFF", "COBADEFF", "BNPAFRPP", "INGBNL2A", "NWBKGB2L", "RABONL2U",
                           "UNCRITMM", "CAIXESBB", "NDEASESS", "DABADKKK"])  # fmt: skip
    if kind == "ms":
        return str(rng.randint(3, 950))
    if kind == "temp":
        return f"{rng.randint(-20, 240)} °C"
    if kind == "plate":
        return f"{_code(rng, 2)}{rng.randint(10, 99)} {_code(rng, 3)}"
    if kind == "ticket":
        return f"{_code(rng, 3)}-{rng.randint(100, 9999)}"
    if kind == "month":
        return rng.choice(MONTHS)
    if kind == "day":
        return rng.choice(_DAYS)
    if kind == "pr":
        return str(rng.randint(12, 4800))
    raise ValueError(f"unknown decoy kind {kind!r}")
