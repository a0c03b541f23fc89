"""People's names for val23, by culture (see val23.py). Written from the author's own head.

Each culture: how its names are ordered ("gf" given-family, "fg" family-first, "mono" one
name without a family name, "patro" given name plus a patronymic used as the family name),
the phone regions its people plausibly have, female and male given names ("Name|Nick",
"_" joins a multi-part given name) and family names ("_" joins a multi-part family name,
"Male/Female" where the family name changes with gender).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from appliance.testing.pii_corpus.val23_cultures_a import CULTURES_A
from appliance.testing.pii_corpus.val23_cultures_b import CULTURES_B

# culture: (order, regions, female given names, male given names, family names)
CULTURES: dict[str, tuple[str, str, str, str, str]] = {**CULTURES_A, **CULTURES_B}

# Word-names: given names that are also everyday words, planted only where the context
# says they are people. Each comes with the cultures its family names are drawn from.
WORD_NAMES: dict[str, tuple[bool, str]] = {
    "Hope": (True, "english american akan"),
    "Will": (False, "english american welsh"),
    "Grace": (True, "english kikuyu igbo shona"),
    "Rose": (True, "english haitian american"),
    "Jade": (True, "english french"),
    "Sky": (True, "american english"),
    "Bill": (False, "american english"),
    "Mark": (False, "english american afrikaans"),
    "Faith": (True, "american nguni yoruba"),
    "Summer": (True, "american english"),
    "Hunter": (False, "american"),
    "Joy": (True, "filipino igbo english"),
    "Dawn": (True, "english american"),
    "Patience": (True, "akan shona igbo"),
    "Precious": (True, "shona nguni igbo"),
    "Blessing": (True, "shona yoruba nguni"),
    "Gift": (False, "shona nguni sotho_tswana"),
}

PARTICLES = frozenset(
    "van der den de del della di da das do dos du la le el al bin binti ibn bint ap ó ní mac "
    "te ter von zu y e i thị văn".split()
)

GROUPS: dict[str, tuple[str, ...]] = {
    "africa": (
        "yoruba",
        "igbo",
        "hausa",
        "akan",
        "wolof",
        "mande",
        "kikuyu",
        "luo",
        "swahili",
        "ethiopian",
        "somali",
        "nguni",
        "sotho_tswana",
        "shona",
        "congolese",
        "malagasy",
        "afrikaans",
    ),
    "asia": (
        "chinese",
        "cantonese",
        "taiwanese",
        "japanese",
        "korean",
        "vietnamese",
        "thai",
        "khmer",
        "burmese",
        "filipino",
        "indonesian",
        "javanese",
        "malay",
        "mongolian",
        "kazakh",
        "uzbek",
    ),
    "south_asia": (
        "hindi",
        "punjabi",
        "bengali",
        "tamil",
        "telugu",
        "malayali",
        "gujarati",
        "marathi",
        "pakistani",
        "sinhala",
        "nepali",
    ),
    "mena": (
        "arab_gulf",
        "levantine",
        "egyptian",
        "maghrebi",
        "persian",
        "afghan",
        "israeli",
        "turkish",
        "kurdish",
        "armenian",
        "georgian",
    ),
    "europe": (
        "english",
        "irish",
        "scottish",
        "welsh",
        "french",
        "german",
        "dutch",
        "flemish",
        "spanish",
        "catalan",
        "basque",
        "portuguese",
        "italian",
        "greek",
        "polish",
        "czech",
        "slovak",
        "hungarian",
        "romanian",
        "bulgarian",
        "croatian",
        "serbian",
        "bosnian",
        "ukrainian",
        "russian",
        "lithuanian",
        "latvian",
        "estonian",
        "finnish",
        "swedish",
        "norwegian",
        "danish",
        "icelandic",
        "sami",
    ),
    "nordic": ("finnish", "swedish", "norwegian", "danish", "icelandic", "sami", "greenlandic"),
    "americas": (
        "american",
        "african_american",
        "haitian",
        "mexican",
        "argentine",
        "colombian",
        "brazilian",
        "quechua_aymara",
        "mapuche",
        "maya",
        "navajo",
        "anishinaabe_cree",
    ),
    "pacific": ("maori", "samoan", "tongan", "fijian", "hawaiian", "yolngu"),
    "indigenous": (
        "quechua_aymara",
        "mapuche",
        "maya",
        "navajo",
        "anishinaabe_cree",
        "greenlandic",
        "yolngu",
        "maori",
        "sami",
        "hawaiian",
    ),
}


def ascii_fold(text: str) -> str:
    """The name in plain lower-case ASCII letters, for e-mail addresses and handles."""
    table = str.maketrans(
        {
            "ß": "ss",
            "ø": "o",
            "Ø": "O",
            "æ": "ae",
            "Æ": "Ae",
            "ð": "d",
            "Ð": "D",
            "þ": "th",
            "Þ": "Th",
            "ł": "l",
            "Ł": "L",
            "đ": "d",
            "Đ": "D",
            "ı": "i",
            "ŋ": "ng",
        }
    )
    text = unicodedata.normalize("NFKD", text.translate(table))
    return "".join(ch for ch in text if ch.isascii() and ch.isalpha()).lower()


@dataclass(frozen=True)
class Person:
    culture: str
    given: str  # "María José", "Thị Mai", "Khin Myat Noe"
    family: str  # "García-Ruiz", "van der Berg", "" for one-name cultures
    order: str  # gf, fg, mono, patro
    female: bool
    nick: str = ""
    word: bool = False  # a word-name (Hope, Will ...)
    family_culture: str = ""
    family_entry: str = ""  # the family name as listed ("Kowalski/Kowalska")

    @property
    def cultures(self) -> list[str]:
        if self.word:
            return ["word", self.family_culture]
        return [self.culture]

    @property
    def full(self) -> str:
        if self.order == "mono":
            return self.given
        if self.order == "fg":
            return f"{self.family} {self.given}"
        return f"{self.given} {self.family}"

    @property
    def first(self) -> str:
        """The name a friend or colleague calls them by."""
        if self.order == "mono":
            return self.given
        if self.culture == "vietnamese":
            return self.given.split()[-1]
        return self.given

    @property
    def family_core(self) -> str:
        """The family name without a leading bin/binti (Malay patronymics)."""
        parts = self.family.split()
        if self.culture == "malay" and parts and parts[0] in ("bin", "binti"):
            return " ".join(parts[1:])
        return self.family

    @property
    def last(self) -> str:
        """What follows a title: "Dr Okafor", "Dr Abebe" (patronymic cultures use the given
        name), the whole name where there is no family name."""
        if self.order == "mono":
            return self.given
        if self.order == "patro":
            return self.given
        return self.family

    @property
    def lf(self) -> str:
        """ "Last, First"."""
        if self.order == "mono":
            return self.given
        return f"{self.family_core}, {self.given}"

    @property
    def initials(self) -> str:
        parts = []
        for word in self.given.split():
            parts.append("-".join(p[0] + "." for p in word.split("-") if p))
        return " ".join(parts)

    @property
    def init(self) -> str:
        """ "J. Nakamura"."""
        if self.order == "mono":
            return self.given
        return f"{self.given[0]}. {self.family_core}"

    @property
    def bib(self) -> str:
        """A reference list's "Surname, A. B."."""
        if self.order == "mono":
            return self.given
        return f"{self.family_core}, {self.initials}"

    @property
    def vanc(self) -> str:
        """Vancouver style: "Nakamura K", "García-Ruiz MJ"."""
        if self.order == "mono":
            return self.given
        letters = "".join(p[0] for w in self.given.split() for p in w.split("-") if p)
        return f"{self.family_core} {letters}"

    @property
    def ulast(self) -> str:
        return (self.given if self.order == "mono" else self.family_core).upper()

    @property
    def ufull(self) -> str:
        """Forms and passports: "NAKAMURA Kenji"."""
        if self.order == "mono":
            return self.given.upper()
        return f"{self.family_core.upper()} {self.given}"

    @property
    def surname(self) -> str:
        """The family name a form's "Surname" field takes (the whole name if none)."""
        return self.given if self.order == "mono" else self.family_core

    @property
    def nickname(self) -> str:
        return self.nick or self.first

    @property
    def hon(self) -> str:
        return "Ms" if self.female else "Mr"

    def email_local(self, style: int) -> str:
        g = ascii_fold(self.given.split()[0] if self.order != "mono" else self.given)
        f = ascii_fold(self.family_core) if self.order != "mono" else ""
        if not f:
            return [g, f"{g}{style % 90 + 10}", g[:12]][style % 3]
        options = [
            f"{g}.{f}",
            f"{g[0]}{f}",
            f"{g}_{f}",
            f"{f}.{g}",
            f"{g}{f[0]}",
            f"{g}.{f}{style % 90 + 10}",
            f"{g[0]}.{f}",
        ]
        return options[style % len(options)]

    def handle(self, style: int) -> str:
        """A chat or git handle that is not itself a name: initials or run-together letters
        with digits, never a name token standing alone."""
        g = ascii_fold(self.given)
        f = ascii_fold(self.family_core) if self.order != "mono" else ""
        n = style % 90 + 10
        if f:
            options = [f"{g[0]}{f}", f"{g[0]}{f[0]}{n}", f"{g}{f[0]}{n}", f"{f}{g[0]}{n}"]
        else:
            options = [f"{g[:6]}{n}", f"{g[0]}{g[-1]}{n}"]
        return options[style % len(options)]


def _split(names: str) -> list[str]:
    return [n.replace("_", " ") for n in names.split()]


def people_of(culture: str) -> tuple[list[tuple[str, str, bool]], list[str]]:
    """(given, nick, female) entries and family-name entries of a culture."""
    _, _, female, male, families = CULTURES[culture]
    given: list[tuple[str, str, bool]] = []
    for names, is_female in ((female, True), (male, False)):
        for entry in _split(names):
            name, _, nick = entry.partition("|")
            given.append((name, nick, is_female))
    return given, _split(families)


def make_person(culture: str, given: tuple[str, str, bool], family: str) -> Person:
    order = CULTURES[culture][0]
    name, nick, female = given
    entry = family
    if "/" in family:
        male_form, female_form = family.split("/")
        family = female_form if female else male_form
    return Person(culture, name, family, order, female, nick, family_entry=entry)


def make_word_person(word: str, family_culture: str, family: str) -> Person:
    female = WORD_NAMES[word][0]
    if "/" in family:
        male_form, female_form = family.split("/")
        family = female_form if female else male_form
    order = CULTURES[family_culture][0]
    if order in ("mono", "fg", "patro"):
        order = "gf"
    return Person("word", word, family, order, female, "", True, family_culture)


def all_given() -> dict[str, list[tuple[str, str, bool]]]:
    return {c: people_of(c)[0] for c in CULTURES}


def regions_of(culture: str) -> list[str]:
    return CULTURES[culture][1].split()
