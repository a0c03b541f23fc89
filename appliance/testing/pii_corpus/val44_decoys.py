"""Decoys of val44: literal text that looks like data but is no personal data. Named decoys
are things named like people (boats, horses, shelter animals, storms, wards, awards, laws,
fonts, operas, dishes ...), never a person or a place."""

from __future__ import annotations

import random

NAMED = {
    "boat": ["Lady Beatrix", "Marguerite II", "Persephone", "Saucy Sue", "Albertine", "Hilda May",
             "Kestrel", "Wandering Ines", "Old Tom", "Aunt Clara", "Sir Galahad", "Peggy Lou"],
    "horse": ["Sir Percival", "Duchess of Tides", "Captain Rollo", "Lord Bertie", "Miss Tilly",
              "Barney's Boy", "Lady Marmalade"],
    "pet": ["Oscar", "Biscuit", "Duke", "Bella", "Winston", "Mabel", "Gus", "Pickles", "Sergeant Pepper",
            "Mister Whiskers", "Princess Noodle", "Baxter", "Clementine", "Otis"],
    "storm": ["Storm Agnes", "Storm Babet", "Storm Ciarán", "Storm Isha", "Storm Jocelyn", "Storm Kathleen"],
    "fire": ["the Kettle Fire", "the Milepost 41 Fire", "the Owl Creek Complex", "the Cedar Gulch Fire"],
    "codename": ["Hopper", "Lovelace", "Ada", "Turing", "Bookworm", "Noether", "Hedy", "Marvin"],
    "font": ["Garamond", "Baskerville", "Futura", "Gill Sans", "Caslon", "Bodoni", "Didot", "Frutiger"],
    "opera": ["Tosca", "Carmen", "Rigoletto", "Aida", "Norma", "Werther", "Turandot", "Manon",
              "Salome", "Otello", "Fidelio", "Nabucco", "Semele", "Alcina"],
    "role": ["the Countess", "the Queen of the Night", "the Commendatore", "the Marschallin", "the Duke"],
    "dish": ["Eggs Benedict", "Caesar salad", "Peach Melba", "pavlova", "pizza Margherita",
             "beef carpaccio", "Tournedos Rossini", "beef Stroganoff", "Oysters Rockefeller"],
    "cocktail": ["Bellini", "Negroni", "Bloody Mary", "Margarita", "Mimosa"],
    "paint": ["Pale Lavinia", "Elephant's Breath", "Rosamund Grey", "Old Agatha Blue", "Clementine Glow",
              "Dorothea Green"],
    "plant": ["'Maris Piper'", "'Granny Smith'", "'King Edward'", "'Annabelle'", "'Felicia'",
              "'Nelly Moser'", "'Cox's Orange Pippin'"],
    "brand": ["Dell", "Bosch", "Miele", "Dyson", "Philips", "Porsche", "Boeing", "Gillette", "Cadbury",
              "Heinz", "Kellogg's", "Ferrari", "Siemens"],
    "ward": ["Nightingale Ward", "Seacole Ward", "Cavell Ward", "the Saunders Wing", "Rutherford Hall",
             "the Curie Room", "the Brunel Block", "the Lovelace Suite", "Darwin Lecture Theatre"],
    "award": ["the Nobel", "the Pulitzer", "the Webb Ellis trophy", "the Stanley Cup", "the Ryder Cup",
              "the Admiral's Cup", "the Davis Cup", "the Beaufort Salver", "the Coppi Prize",
              "the Merckx Memorial"],
    "law": ["Ohm's law", "Boyle's law", "the Doppler effect", "Bernoulli's principle", "Bayes' theorem",
            "the Fourier transform", "a Kalman filter", "Dijkstra's algorithm", "Levenshtein distance",
            "a Gaussian blur", "Newton metres", "Fahrenheit", "the Beaufort scale"],
    "disease": ["Parkinson's", "Alzheimer's", "Crohn's disease", "Hodgkin lymphoma", "Raynaud's",
                "Guillain-Barré syndrome"],
}


def _d(rng, n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def _hex(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def decoy(rng: random.Random, kind: str, style: int | None = None) -> str:
    if kind in NAMED:
        return rng.choice(NAMED[kind])
    months = ["January", "February", "March", "April", "June", "July", "August", "September",
              "October", "November", "December"]
    if kind == "order":
        return rng.choice([f"ORD-{rng.randint(2023, 2026)}-{_d(rng, 6)}", f"{rng.randint(4, 9)}{_d(rng, 9)}",
                           f"#{_d(rng, 7)}", f"SO-{_d(rng, 5)}-{rng.choice('ABCDK')}"])
    if kind == "date":
        y, m, d = rng.randint(2023, 2026), rng.randint(1, 12), rng.randint(1, 28)
        return rng.choice([f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y}", f"{d} {months[m % 11]} {y}",
                           f"{months[m % 11]} {d}, {y}", f"{d:02d}.{m:02d}.{y}"])
    if kind == "time":
        return rng.choice([f"{rng.randint(6, 22):02d}:{rng.choice(['00', '15', '30', '45', '05', '50'])}",
                           f"{rng.randint(1, 12)}:{rng.choice(['00', '30', '15'])} {rng.choice(['am', 'pm'])}"])
    if kind == "ver":
        return rng.choice([f"{rng.randint(1, 14)}.{rng.randint(0, 12)}.{rng.randint(0, 30)}",
                           f"{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}-rc{rng.randint(1, 4)}",
                           f"{rng.randint(8, 12)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}.{rng.randint(100, 9999)}"])
    if kind == "price":
        options = [f"€{rng.randint(3, 2400)},{rng.randint(0, 99):02d}", f"${rng.randint(2, 980)}.{rng.randint(0, 99):02d}",
                   f"GBP {rng.randint(5, 5000)}.{rng.choice(['00', '50', '95'])}", f"{rng.randint(10, 900)} EUR",
                   f"£{rng.randint(1, 99)},{_d(rng, 3)}.00", f"£{rng.randint(2, 400)}.{rng.choice(['00', '50', '99'])}"]
        return options[style % len(options)] if style is not None else rng.choice(options)
    if kind == "sku":
        return f"{rng.choice(['GLS', 'CER', 'DRY', 'BND', 'FRS', 'AQU', 'RNT', 'SRT', 'CLD', 'BLD'])}-" \
               f"{rng.choice(['BWL', 'VAS', 'KIT', 'PMP', 'SEN', 'TAG', 'DRS', 'CAB'])}-{_d(rng, 4)}"
    if kind == "serial":
        return rng.choice([f"SN {_hex(rng, 4).upper()}-{_hex(rng, 4).upper()}-{_d(rng, 3)}",
                           f"S/N {rng.choice('CFGHJ')}{_d(rng, 2)}{rng.choice('XKQ')}{_d(rng, 7)}",
                           f"{_hex(rng, 12).upper()}"])
    if kind == "hash":
        return _hex(rng, rng.choice([7, 12, 40]))
    if kind == "build":
        return rng.choice([f"build {rng.randint(2023, 2026)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}.{rng.randint(1, 9)}",
                           f"#{rng.randint(1000, 99999)}", f"ci-{_hex(rng, 8)}"])
    if kind == "ticket":
        return rng.choice([f"INC{_d(rng, 7)}", f"TCK-{_d(rng, 5)}", f"SR-{rng.randint(2024, 2026)}-{_d(rng, 4)}",
                           f"#{rng.randint(10000, 99999)}"])
    if kind == "track":
        return rng.choice([f"JJD{_d(rng, 15)}", f"CLD{_d(rng, 9)}GB", f"TRK {_d(rng, 4)} {_d(rng, 4)} {_d(rng, 4)}"])
    if kind == "lot":
        return rng.choice([f"LOT {rng.randint(22, 26)}-{_d(rng, 3)}{rng.choice('ABCD')}", f"L{_d(rng, 6)}",
                           f"batch {rng.randint(100, 999)}/{rng.randint(1, 40)}"])
    if kind == "int":
        return str(rng.randint(2, 480))
    if kind == "pct":
        return f"{rng.randint(1, 99)}.{rng.randint(0, 9)}%"
    if kind == "temp":
        return rng.choice([f"{rng.randint(2, 8)}.{rng.randint(0, 9)} °C", f"-{rng.randint(18, 80)} °C", f"{rng.randint(35, 45)}°F"])
    if kind == "knots":
        return f"{rng.randint(4, 38)} knots"
    if kind == "asset":
        return f"AST-{_d(rng, 6)}"
    if kind == "invoice":
        return f"INV-{rng.randint(2024, 2026)}-{_d(rng, 5)}"
    if kind == "sail":
        return f"{rng.choice(['GBR', 'IRL', 'FRA', 'NED', 'ESP', 'POR', 'DEN'])} {_d(rng, 4)}{rng.choice(['', 'R', 'N'])}"
    if kind == "unit":
        return f"{rng.choice(['A', 'B', 'C', 'D', 'E'])}{rng.randint(1, 6)}.{rng.randint(1, 24):02d}"
    if kind == "size":
        return rng.choice(["UK 10", "EU 38", "size M", "size 12", "XS", "EU 42"])
    if kind == "litres":
        return f"{rng.randint(800, 24000):,} litres"
    if kind == "dur":
        return rng.choice([f"{rng.randint(1, 59)} min", f"{rng.randint(1, 9)}h {rng.randint(0, 59):02d}m",
                           f"{rng.randint(1, 4)}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"])
    raise ValueError(f"unknown decoy {kind!r}")
