"""val42 people: the name lists gathered, the word-names, titles, and the forms a planted
name takes (full, given alone, title + family, initials, "Last, First", bibliography style,
register style, lower case, possessive, e-mail address, handle; "hon" is the title alone,
"slug" the name as written in a URL).

A person is drawn from a culture; a form turns it into pieces for `compose`: the name as a
PERSON span, titles and "'s" as literal text around it.
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass

from appliance.testing.pii_corpus.val42_names_a import CULTURES_A
from appliance.testing.pii_corpus.val42_names_b import CULTURES_B, NATIVE

# Given names that are also English words: planted only where the text says it is a person
# (a title, a role, a signature, a display name); clean prompts may use them as words.
WORD_NAMES_F = """Hope Grace Rose Jade Sky Faith Summer Dawn Ivy Robin Amber Joy Autumn Pearl
Ruby Hazel Holly Iris Lily Violet Daisy Heather Olive Poppy Melody Patience Penny Wren Sage
Coral Ginger""".split()
WORD_NAMES_M = """Will Bill Mark Hunter Miles Dale Drew Chase Grant Wade Sterling Cliff Heath
Clay Frank Guy Ray River Rusty""".split()
TITLES = {
    "f": ["Ms", "Ms.", "Mrs", "Mrs.", "Dr", "Dr.", "Prof."],
    "m": ["Mr", "Mr.", "Dr", "Dr.", "Prof."],
}

_ASCII = str.maketrans(
    {
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "Æ": "Ae",
        "ß": "ss",
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "ð": "d",
        "Ð": "D",
        "þ": "th",
        "Þ": "Th",
        "ı": "i",
        "œ": "oe",
        "ŀ": "l",
    }
)


def ascii_of(text: str) -> str:
    """Latin letters without their accents, for e-mail addresses and handles."""
    text = unicodedata.normalize("NFKD", text.translate(_ASCII))
    return "".join(c for c in text if c.isascii() and (c.isalnum()))


@dataclass(frozen=True)
class Culture:
    key: str
    women: tuple[str, ...]
    men: tuple[str, ...]
    families: tuple[str, ...]
    native: tuple[str, ...]


def _parse(block: str) -> list[Culture]:
    cultures = []
    for line in block.strip().splitlines():
        key, women, men, families = (part.strip() for part in line.split("|"))
        split = lambda s: tuple(w.replace("_", " ") for w in s.split())  # noqa: E731
        cultures.append(
            Culture(key, split(women), split(men), split(families), tuple(NATIVE.get(key, ())))
        )
    return cultures


CULTURES: tuple[Culture, ...] = tuple(_parse(CULTURES_A) + _parse(CULTURES_B))
BY_KEY = {c.key: c for c in CULTURES}
# People with a word-name take a family name of an English-speaking culture.
WORD_NAME_CULTURES = (
    "english",
    "american",
    "african_american",
    "jamaican",
    "scottish",
    "irish",
    "welsh",
)


def all_names() -> list[str]:
    """Every given, family and native name of the part, word-names included."""
    names: list[str] = []
    for c in CULTURES:
        names += list(c.women) + list(c.men) + list(c.native)
        names += [f for fam in c.families for f in fam.split("/")]
    return names + WORD_NAMES_F + WORD_NAMES_M


def name_count() -> int:
    return len(set(all_names()))


@dataclass(frozen=True)
class Person:
    culture: str
    given: str
    family: str
    gender: str
    native: str | None = None

    @property
    def full(self) -> str:
        return self.native or f"{self.given} {self.family}"

    def initials(self, rng: random.Random) -> str:
        parts = self.given.split("-")
        first = ".-".join(p[0] for p in parts) + "."
        if len(parts) == 1 and rng.random() < 0.3:
            first += rng.choice("ABCDEFGHJKLMNPRST") + "."
        return first

    def email(self, rng: random.Random, domain: str) -> str:
        g, f = ascii_of(self.given).lower(), ascii_of(self.family).lower()
        style = rng.randrange(6)
        local = [
            f"{g}.{f}",
            f"{g[0]}{f}",
            f"{g}{f}{rng.randrange(10, 99)}",
            f"{f}.{g}",
            f"{g}_{f}",
            f"{g}.{f}{rng.randrange(70, 99)}",
        ][style]
        return f"{local}@{domain}"

    def handle(self, rng: random.Random) -> str:
        """A login or chat handle that is not a name: no name stands in it as a whole word."""
        g, f = ascii_of(self.given).lower(), ascii_of(self.family).lower()
        return rng.choice(
            [
                f"{g[0]}{f}{rng.randrange(1, 99)}",
                f"{f}{rng.randrange(10, 99)}",
                f"{g[:3]}{f[:3]}{rng.randrange(1, 9)}",
            ]
        )


def draw(
    rng: random.Random,
    culture: str | None = None,
    native_ok: bool = False,
    word_name: bool = False,
    gender: str | None = None,
) -> Person:
    """A person of a culture (or of a random one), of a gender (or of either); a
    word-name person if asked."""
    fixed = gender
    if word_name:
        key = rng.choice(WORD_NAME_CULTURES)
        gender = fixed or rng.choice("fm")
        given = rng.choice(WORD_NAMES_F if gender == "f" else WORD_NAMES_M)
        return Person(key, given, rng.choice(BY_KEY[key].families), gender)
    c = BY_KEY[culture] if culture else rng.choice(CULTURES)
    gender = fixed or rng.choice("fm")
    given = rng.choice(c.women if gender == "f" else c.men)
    family = rng.choice(c.families)
    if "/" in family:
        family = family.split("/")[0 if gender == "m" else 1]
    native = None
    if native_ok and c.native and rng.random() < 0.4:
        native = rng.choice(c.native)
    return Person(c.key, given, family, gender, native)


Piece = str | tuple[str, str]


def form(person: Person, name: str, rng: random.Random, domain: str) -> list[Piece]:
    """The pieces of one planted form of a person's name."""
    P = "PERSON"
    if name == "full":
        return [(P, person.full)]
    if name == "given":
        return [(P, person.given)]
    if name == "family":
        return [(P, person.family)]
    if name == "title":
        return [rng.choice(TITLES[person.gender]) + " ", (P, person.family)]
    if name == "hon":
        return [rng.choice(TITLES[person.gender])]
    if name == "init":
        return [(P, f"{person.initials(rng)} {person.family}")]
    if name == "lastfirst":
        return [(P, f"{person.family}, {person.given}")]
    if name == "bib":
        return [(P, f"{person.family}, {re.sub(r'[.](?=[A-Z])', '. ', person.initials(rng))}")]
    if name == "reg":
        return [(P, f"{person.family.upper()}, {person.given}")]
    if name == "upper":
        return [(P, person.full.upper())]
    if name == "poss":
        return [(P, rng.choice([person.full, person.given])), "'s"]
    if name == "gposs":
        return [(P, person.given), "'s"]
    if name == "lower":
        return [(P, person.full.lower())]
    if name == "glower":
        return [(P, person.given.lower())]
    if name == "email":
        return [("EMAIL_ADDRESS", person.email(rng, domain))]
    if name == "handle":
        return [person.handle(rng)]
    if name == "slug":  # inside a URL only: not a span
        return [f"{ascii_of(person.given).lower()}-{ascii_of(person.family).lower()}"]
    raise ValueError(f"unknown name form {name!r}")


NAME_FORMS = (
    "full",
    "given",
    "family",
    "title",
    "hon",
    "init",
    "lastfirst",
    "bib",
    "reg",
    "upper",
    "poss",
    "gposs",
    "lower",
    "glower",
    "email",
    "handle",
    "slug",
)
