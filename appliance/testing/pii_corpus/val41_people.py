"""People for val41: the cultures of `val41_names_a`/`_b` joined, the word-names (given
names that are also English words, planted only where the text says it is a person),
titles, and `Person`, which writes a drawn person's name in the forms the templates ask
for (full, given, family, initials, "Last, First", a bibliography's "Surname, A. B.",
upper or lower case) and the things that carry a name but are no name spans (an e-mail
address, a handle such as "aokafor7", a profile URL's slug)."""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field

from appliance.testing.pii_corpus.val41_names_a import CULTURES_A
from appliance.testing.pii_corpus.val41_names_b import CULTURES_B
from appliance.testing.pii_corpus.val41_words import key_words

CULTURES: dict[str, tuple[str, str, str, str, str]] = {**CULTURES_A, **CULTURES_B}

# Given names that are also ordinary English words; they go with family names of the
# cultures below and are planted only in slots where the text says it is a person.
WORD_NAMES_F = ("Hope Grace Rose Jade Faith Summer Dawn Ivy Amber Joy Penny Pearl Holly "
                "Heather Hazel Iris Ruby Violet Sky").split()
WORD_NAMES_M = "Will Bill Mark Hunter Robin Max Ray Guy Chase Drew".split()
WORD_NAME_CULTURES = ("english", "scottish", "irish", "welsh", "cornish", "american",
                      "african_american", "australian", "jamaican")
WORD_NAMES = frozenset(w.casefold() for w in WORD_NAMES_F + WORD_NAMES_M)

TITLES_F = ("Ms", "Mrs", "Miss", "Dr", "Ms.", "Mrs.", "Dr.")
TITLES_M = ("Mr", "Dr", "Mr.", "Dr.")
INITIAL_SCRIPTS = ("latin", "cyrillic", "greek")
ASCII_MAP = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "ß": "ss", "ð": "d",
                           "Ð": "D", "þ": "th", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D",
                           "ı": "i", "ə": "e", "Ə": "E", "ŀ": "l"})


def _split(names: str) -> list[str]:
    return [n.replace("_", " ") for n in names.split()]


def ascii_fold(text: str) -> str:
    """Latin text without its accents ("Jørgensen" -> "Jorgensen"); other scripts drop."""
    text = unicodedata.normalize("NFKD", text.translate(ASCII_MAP))
    return "".join(ch for ch in text if ord(ch) < 128 and not unicodedata.combining(ch))


def all_given() -> list[str]:
    out = [g for c in CULTURES.values() for g in _split(c[2]) + _split(c[3])]
    return out + WORD_NAMES_F + WORD_NAMES_M


def all_family() -> list[str]:
    return [f for c in CULTURES.values() for f in _split(c[4])]


def name_vocabulary() -> set[str]:
    """Every word of every name of the part (case folded, particles aside)."""
    vocab: set[str] = set()
    for name in all_given() + all_family():
        vocab |= key_words(name)
    return vocab


@dataclass
class Person:
    culture: str
    script: str
    order: str
    gender: str
    given: str
    family: str
    middle: str  # a middle initial for initials forms ("" where none)
    title: str
    digits: str = field(default="")

    @property
    def full(self) -> str:
        if self.order == "fg":
            return f"{self.family} {self.given}"
        if self.order == "fgc":
            return f"{self.family}{self.given}"
        return f"{self.given} {self.family}"

    def _initials(self) -> str:
        first = self.given[0] + "."
        return f"{first} {self.middle}." if self.middle else first

    @property
    def initials(self) -> str:
        """"A. Okafor", "A. B. Okafor"; the full name where initials are not the custom."""
        if self.script not in INITIAL_SCRIPTS:
            return self.full
        if self.order == "fg":
            return f"{self.family} {self.given[0]}."
        return f"{self._initials()} {self.family}"

    @property
    def last_first(self) -> str:
        if self.order != "gf":
            return self.full
        return f"{self.family}, {self.given}"

    @property
    def bib(self) -> str:
        if self.script not in INITIAL_SCRIPTS:
            return self.full
        return f"{self.family}, {self._initials()}"

    @property
    def latin(self) -> bool:
        return self.script == "latin"

    def _ascii(self, text: str) -> str:
        return "".join(ch for ch in ascii_fold(text).lower() if ch.isalnum())

    @property
    def handle(self) -> str:
        """A login or chat handle that is not a name: "aokafor7"; never a whole word of
        the name."""
        if not self.latin:
            return f"member{self.digits}"
        return f"{self._ascii(self.given)[:1]}{self._ascii(self.family)}{self.digits[:2]}"

    @property
    def slug(self) -> str:
        if not self.latin:
            return f"member-{self.digits}"
        return f"{self._ascii(self.given)}-{self._ascii(self.family)}"

    def email(self, domain: str, style: int) -> str:
        if not self.latin:
            return f"m.{self.digits}@{domain}"
        g, f = self._ascii(self.given), self._ascii(self.family)
        local = (f"{g}.{f}", f"{g[0]}.{f}", f"{f}.{g}", f"{g}{f[0]}{self.digits[:2]}",
                 f"{g}_{f}", f"{f}{g[0]}")[style % 6]
        return f"{local}@{domain}"


class Deck:
    """Draws items in a shuffled cycle so that each comes up before any comes twice."""

    def __init__(self, rng: random.Random, items: list) -> None:
        self.rng, self.items, self.pile = rng, list(items), []

    def draw(self):
        if not self.pile:
            self.pile = list(self.items)
            self.rng.shuffle(self.pile)
        return self.pile.pop()


class PeopleDrawer:
    """Draws people: cultures in a shuffled cycle, names at random within a culture; now
    and then (7%) a word-name with a family name of an English-speaking culture."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.cultures = Deck(rng, sorted(CULTURES))

    def draw(self, avoid: set[str] = frozenset(), gender: str | None = None) -> Person:
        rng = self.rng
        for _ in range(50):
            word_name = rng.random() < 0.07
            culture = rng.choice(WORD_NAME_CULTURES) if word_name else self.cultures.draw()
            script, order, fem, mal, fam = CULTURES[culture]
            gender = gender or rng.choice("fm")
            given = rng.choice(_split(fem if gender == "f" else mal))
            if word_name or (culture in WORD_NAME_CULTURES and rng.random() < 0.4):
                given = rng.choice(WORD_NAMES_F if gender == "f" else WORD_NAMES_M)
            family = rng.choice(_split(fam))
            if not (key_words(given) | key_words(family)) & avoid:
                break
        middle = rng.choice("ABCDEFGHJKLMNPRSTW") if rng.random() < 0.3 else ""
        if script != "latin":
            middle = ""
        title = rng.choice(TITLES_F if gender == "f" else TITLES_M)
        digits = str(rng.randrange(1000, 99999))
        return Person(culture, script, order, gender, given, family, middle, title, digits)
