"""Decoys of val13: things named like people that are not people, and numbers that look like
phones, cards or accounts but are not, written by hand for this part.

Per the corpus's conventions none of these is personal data: brands and shops named after
people, fictional and game characters, mascots, assistants and bots, dishes and drinks, apple
and grape varieties, paint colours and finishes, perfumes, yoga and dance styles, ships,
racehorses, storms, awards and laws, diseases, theorems and algorithms, product models,
codenames and hostnames. The numbers are order ids, tracking codes, ISBNs, versions, ticket
ids, hashes and prices. No item shares a word with a name or place of `val13_names` except
the everyday words of `WORD_NAMES`.
"""

from __future__ import annotations

import random

NAMED: dict[str, tuple[str, ...]] = {
    "brand": (
        "Tesla", "Ford Fiesta", "Bosch", "Ben & Jerry's", "Dyson", "Ferrari", "Porsche Taycan",
        "Chanel", "Ralph Lauren", "Tommy Hilfiger", "Hugo Boss", "Calvin Klein",
        "Louis Vuitton", "Gucci", "Adidas", "Kellogg's", "Heinz", "Cadbury", "Disney", "Hilton",
        "Marriott", "McDonald's", "Wendy's", "Dell", "Siemens", "Michelin", "Peugeot",
        "Citroën", "Renault", "Lamborghini", "Bugatti", "Dr. Martens", "Levi's",
        "Jack Daniel's", "Johnnie Walker", "Ted Baker", "Tim Hortons", "Kate Spade",
        "Jimmy Choo", "Mercedes-Benz", "Wells Fargo", "Goldman Sachs", "Morgan Stanley",
        "Charles Schwab", "Barclays", "Sainsbury's", "Marks & Spencer", "John Lewis",
        "Harrods", "Selfridges", "Aldi", "Birkenstock", "Yamaha", "Honda", "Toyota",
        "Dolby", "Maserati", "Bentley", "Rolls-Royce", "Aston Martin", "Chevrolet", "Dodge",
        "Chrysler", "McLaren", "Trader Joe's", "Dunkin'", "Paul Smith", "Ray-Ban",
    ),
    "character": (
        "Sherlock Holmes", "Hercule Poirot", "Lara Croft", "Geralt of Rivia", "Princess Zelda",
        "Mario", "Luigi", "Sonic", "Master Chief", "Kratos", "Harry Potter",
        "Hermione Granger", "Frodo", "Gandalf", "Darth Vader", "Luke Skywalker",
        "Captain Nemo", "Don Quixote", "Mr. Darcy", "Jay Gatsby", "Atticus Finch",
        "Homer Simpson", "Peppa Pig", "Paddington", "Winnie the Pooh", "Tintin", "Asterix",
        "Moomintroll", "Pippi Longstocking", "Naruto", "Goku", "Pikachu", "Arthur Morgan",
        "Aloy", "Cloud Strife", "Solid Snake", "Ezio Auditore", "Commander Shepard",
        "Tracer", "Jinx", "Bilbo Baggins", "Miss Marple", "Willy Wonka", "Captain Haddock",
    ),
    "mascot": (
        "Ronald McDonald", "Colonel Sanders", "Tony the Tiger", "Mr. Peanut", "Bibendum",
        "the Michelin Man", "Duo the owl", "Clippy", "Alexa", "Siri", "Cortana", "Bixby",
        "Gary the Gecko", "Captain Crunch",
    ),
    "dish": (
        "Eggs Benedict", "Beef Wellington", "Caesar salad", "Peach Melba", "Pavlova",
        "Margherita pizza", "Beef Stroganoff", "Oysters Rockefeller", "Carpaccio",
        "Cobb salad", "Reuben sandwich", "Crêpes Suzette", "Sachertorte", "Lamington",
        "Garibaldi biscuits", "Chicken Tetrazzini", "Napoleon cake", "Tournedos Rossini",
        "Waldorf salad", "Bananas Foster", "Chicken à la King", "Nachos",
    ),
    "drink": (
        "Bellini", "Tom Collins", "Bloody Mary", "Shirley Temple", "Arnold Palmer", "Rob Roy",
        "Harvey Wallbanger", "Earl Grey", "Lady Grey", "Negroni", "John Collins",
        "Mary Pickford", "Americano",
    ),
    "apple": (
        "Granny Smith", "Pink Lady", "Cox's Orange Pippin", "Braeburn", "Honeycrisp",
        "Jonagold", "Bramley", "McIntosh", "Golden Delicious", "Jazz", "Egremont Russet",
    ),
    "grape": (
        "Müller-Thurgau", "Pinot Noir", "Cabernet Franc", "Grüner Veltliner",
        "Sauvignon Blanc", "Tempranillo", "Nebbiolo", "Carménère", "Marquette",
    ),
    "paint": (
        "Rose Gold", "Midnight Navy", "Amber Glow", "Hague Blue", "Elephant's Breath",
        "Sage Whisper", "Olive Grove", "Ruby Red", "Iris Mist", "Dawn Haze", "Summer Linen",
        "Pearl White", "Ivory Lace", "Sunny Citrus", "Penny Copper", "Grace Grey",
    ),
    "perfume": (
        "Chanel No. 5", "Miss Dior", "Black Opium", "Daisy by Marc Jacobs", "Good Girl",
        "La Vie Est Belle", "Angel by Mugler", "Flowerbomb", "Santal 33", "Baccarat Rouge 540",
        "Jo Malone Wood Sage & Sea Salt", "Tom Ford Oud Wood",
    ),
    "style": (
        "Iyengar yoga", "Ashtanga", "Bikram", "Kundalini", "Vinyasa", "Pilates", "Feldenkrais",
        "the Alexander Technique", "Lindy Hop", "Charleston", "Balboa", "Viennese waltz",
        "Zumba", "Fosse jazz",
    ),
    "vessel": (
        "Queen Mary 2", "HMS Victory", "Cutty Sark", "RRS Sir David Attenborough", "Frankel",
        "Red Rum", "Seabiscuit", "Sea The Stars", "Winx", "Storm Ciarán", "Storm Babet",
        "Hurricane Otis", "Typhoon Haiyan", "Cyclone Freddy", "Storm Eunice",
    ),
    "award": (
        "Nobel Prize", "Pulitzer", "Turing Award", "Fields Medal", "Booker Prize", "Emmy",
        "Grammy", "Tony Award", "Ballon d'Or", "Darwin Award", "Moore's law", "Murphy's law",
        "Godwin's law", "Parkinson's law", "Hofstadter's law", "Conway's law",
        "Sarbanes-Oxley", "Dodd-Frank", "Megan's Law",
    ),
    "disease": (
        "Parkinson's", "Alzheimer's", "Crohn's disease", "Hodgkin lymphoma",
        "Tourette syndrome", "Hashimoto's thyroiditis", "Graves' disease",
        "Raynaud's", "Bell's palsy", "Guillain-Barré syndrome", "Asperger's",
    ),
    "theorem": (
        "Pythagorean theorem", "Bayes' theorem", "Fermat's Last Theorem", "Dijkstra's algorithm",
        "Kalman filter", "Fourier transform", "Gaussian blur", "Levenshtein distance",
        "Bloom filter", "Markov chain", "Huffman coding", "Euler's identity",
        "Newton's method", "Kruskal's algorithm", "Turing machine", "Diffie-Hellman",
    ),
    "model": (
        "Galaxy S24", "Pixel 8a", "ThinkPad X1 Carbon", "Latitude 7440", "Kindle Paperwhite",
        "Fire TV Stick", "Nest Hub", "Eero Pro 6", "Fritz!Box 7590", "Nighthawk RAX50",
        "Livebox 6", "Sky Q", "Smart Hub 2", "Corolla Hybrid", "Model Y", "Mustang Mach-E",
        "Octavia Estate", "Qashqai", "Roomba j7", "AirPods Pro",
    ),
    "codename": (
        "Project Jasper", "Operation Bluebird", "Falcon", "Marigold", "Saffron", "Kingfisher",
        "Project Juniper", "Hollyhock", "Basalt", "Tidewater", "Project Clementine", "Heron",
    ),
    "host": (
        "jasper-prod-02", "db-marigold-01", "api-amber-7", "edge-kestrel-3", "queue-heron-04",
        "web-saffron-12", "etl-juniper-2", "cache-basalt-9", "ci-runner-penny-5",
        "grafana-tidewater", "vault-hollyhock-1", "k8s-node-falcon-08",
    ),
    "team": (
        "Team Falcon", "Squad Obsidian", "the Northside Otters", "Crimson Vipers",
        "Night Owls FC", "the Tuesday Smashers", "Polar Lynx Gaming", "Sunday Striders",
        "Iron Gulls", "Team Phalanx", "the Quiz Wizards", "Blue Hornets",
    ),
}  # fmt: skip

_L = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _a(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(_L) for _ in range(n))


def _isbn(rng: random.Random) -> str:
    body = "978" + _d(rng, 9)
    total = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    digits = body + str((10 - total % 10) % 10)
    return f"{digits[:3]}-{digits[3]}-{digits[4:8]}-{digits[8:12]}-{digits[12]}"


_MONTHS = "January February March April June July August September October November".split()


def number(rng: random.Random, kind: str) -> str:
    """A decoy number of a kind: order, date, time, ver, price, ticket, sku, hash, track,
    isbn, pnr, flight, ref, amount, qty, year, room, pct, gift."""
    if kind == "order":
        return rng.choice(
            (f"ORD-{_d(rng, 6)}-{_a(rng, 2)}", f"#{_d(rng, 7)}", f"A{_d(rng, 2)}-{_d(rng, 5)}",
             f"{_d(rng, 3)}-{_d(rng, 7)}-{_d(rng, 7)}")
        )  # fmt: skip
    if kind == "date":
        y, m, day = rng.randint(2023, 2026), rng.randint(1, 12), rng.randint(1, 28)
        return rng.choice(
            (f"{y}-{m:02d}-{day:02d}", f"{day} {rng.choice(_MONTHS)} {y}", f"{m:02d}/{day:02d}/{y}",
             f"{day:02d}.{m:02d}.{y}", f"{rng.choice(_MONTHS)} {day}")
        )  # fmt: skip
    if kind == "time":
        return rng.choice((f"{rng.randint(6, 21)}:{rng.choice(('00', '15', '30', '45'))}",
                           f"{rng.randint(1, 11)}.{rng.choice(('00', '30'))}pm"))  # fmt: skip
    if kind == "ver":
        return f"v{rng.randint(1, 14)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}"
    if kind == "price":
        cur = rng.choice(("£", "$", "€", "CHF ", "A$"))
        return f"{cur}{rng.randint(4, 2400):,}.{rng.choice(('00', '99', '50', '95'))}"
    if kind == "ticket":
        return rng.choice((f"INC{_d(rng, 7)}", f"{_a(rng, 3)}-{_d(rng, 4)}", f"CS-{_d(rng, 6)}",
                           f"#{_d(rng, 5)}"))  # fmt: skip
    if kind == "sku":
        return f"{_a(rng, 2)}-{_d(rng, 4)}-{rng.choice(('BLK', 'WHT', 'RG', 'XL', 'M'))}"
    if kind == "hash":
        return "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice((7, 12, 40))))
    if kind == "track":
        return rng.choice((f"1Z{_a(rng, 3)}{_d(rng, 3)}{_d(rng, 10)}", f"JD{_d(rng, 16)}",
                           f"{_a(rng, 2)}{_d(rng, 9)}GB", f"{_d(rng, 4)} {_d(rng, 4)} {_d(rng, 4)}"))  # fmt: skip
    if kind == "isbn":
        return _isbn(rng)
    if kind == "pnr":
        return _a(rng, 6)
    if kind == "flight":
        return f"{rng.choice(('SK', 'QF', 'LX', 'TP', 'EK', 'NZ', 'KE', 'AC'))} {rng.randint(10, 1999)}"
    if kind == "ref":
        return f"{_a(rng, 3)}{_d(rng, 8)}"
    if kind == "amount":
        return f"{rng.randint(12, 98000):,}"
    if kind == "qty":
        return str(rng.randint(2, 480))
    if kind == "year":
        return str(rng.randint(1998, 2026))
    if kind == "room":
        return f"{rng.choice('ABCDE')}{rng.randint(1, 4)}.{rng.randint(1, 40):02d}"
    if kind == "pct":
        return f"{rng.randint(1, 99)}%"
    if kind == "gift":
        # a 16-digit gift-card serial that fails Luhn's check on purpose
        from appliance.testing.pii_corpus.validity import luhn_ok

        while True:
            s = _d(rng, 16)
            if not luhn_ok(s):
                return f"{s[:4]} {s[4:8]} {s[8:12]} {s[12:]}"
    raise KeyError(kind)


NUMBER_KINDS = frozenset(
    "order date time ver price ticket sku hash track isbn pnr flight ref amount qty year room "
    "pct gift".split()
)
