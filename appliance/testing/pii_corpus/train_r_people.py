"""The people of train_r's personal prompts: a person named after an ambiguous word of
`train_r_lex` (as a given name or a family name) or an ordinary person of one of the
cultures of `train_r_names`, and the forms a template writes them in (full name, given name
alone, title and family name, "Last, First", initial and family name)."""

from __future__ import annotations

import random
from dataclasses import dataclass

from . import train_r_lex as lex
from . import train_r_names as names

# titles by language and gender; Turkish titles follow the given name
TITLES = {
    "en": {
        "F": ["Ms", "Mrs", "Ms.", "Mrs.", "Dr", "Dr.", "Prof."],
        "M": ["Mr", "Mr.", "Dr", "Dr.", "Prof."],
        "U": ["Dr", "Dr.", "Mx", "Prof."],
    },
    "es": {"F": ["Sra.", "Dra."], "M": ["Sr.", "Dr."], "U": ["Dr."]},
    "it": {"F": ["Sig.ra", "Dott.ssa"], "M": ["Sig.", "Dott."], "U": ["Dott."]},
    "pt": {"F": ["Sra.", "Dra."], "M": ["Sr.", "Dr."], "U": ["Dr."]},
    "fr": {"F": ["Mme", "Mme."], "M": ["M.", "Dr"], "U": ["Dr"]},
    "de": {"F": ["Frau", "Dr."], "M": ["Herr", "Dr."], "U": ["Dr."]},
    "nl": {"F": ["mevrouw", "mevr."], "M": ["meneer", "dhr."], "U": ["dr."]},
    "tr": {"F": ["Hanım"], "M": ["Bey"], "U": ["Hanım", "Bey"]},
}


@dataclass
class Person:
    given: str
    family: str
    gender: str  # F, M or U
    order: str  # gf, fg or fg0 (see train_r_names.Culture)
    word: lex.Word | None = None  # the ambiguous word the person is named after
    role: str = ""  # "given" or "family": which of the names is the ambiguous word
    email: str = ""  # set the first time a template writes it, then reused
    handle: str = ""

    @property
    def full(self) -> str:
        if self.order == "gf":
            return f"{self.given} {self.family}"
        return f"{self.family}{'' if self.order == 'fg0' else ' '}{self.given}"

    @property
    def words(self) -> list[str]:
        """The words of the person's name (what must never be left unlabelled)."""
        return self.given.split() + self.family.split()

    def form(self, rng: random.Random, form: str, lang: str) -> list[tuple[str, str]]:
        """Pieces for one way of writing the person: ("lit", text) or ("PERSON", value)."""
        if self.order != "gf" and form in ("title", "init", "lf"):
            form = "full"
        if form == "any":
            form = self.any_form(rng)
        if form == "full":
            return [("PERSON", self.full)]
        if form == "given":
            return [("PERSON", self.given)]
        if form == "family":
            return [("PERSON", self.family)]
        if form == "lf":
            return [("PERSON", f"{self.family}, {self.given}")]
        if form == "init":
            return [("PERSON", f"{self.given[0]}. {self.family}")]
        if form == "title":
            title = rng.choice(TITLES.get(lang, TITLES["en"])[self.gender])
            if lang == "tr":
                return [("PERSON", self.given), ("lit", f" {title}")]
            return [("lit", f"{title} "), ("PERSON", self.family)]
        raise KeyError(form)

    def any_form(self, rng: random.Random) -> str:
        """A form, favouring those that keep the ambiguous word in view."""
        if self.role == "given":
            return rng.choices(["full", "given", "lf", "init"], [45, 45, 5, 5])[0]
        if self.role == "family":
            return rng.choices(["full", "title", "given", "init", "lf"], [40, 35, 5, 15, 5])[0]
        return rng.choices(["full", "given", "title", "init", "lf"], [40, 30, 18, 7, 5])[0]


def _culture(rng: random.Random, lang: str, word: lex.Word | None = None) -> names.Culture:
    if word is not None:
        for wl in sorted(word.langs - {"en"}):
            if wl in names.BY_LANG:
                return rng.choice(names.BY_LANG[wl])
        return rng.choice(names.ENGLISH if rng.random() < 0.5 else names.LATIN)
    if lang != "en" and lang in names.BY_LANG and rng.random() < 0.85:
        return rng.choice(names.BY_LANG[lang])
    if lang == "en" and rng.random() < 0.07:
        return rng.choice(names.NATIVE)
    return rng.choice(names.LATIN)


def _given(rng: random.Random, culture: names.Culture, gender: str) -> str:
    pool = (
        culture.female
        if gender == "F"
        else culture.male
        if gender == "M"
        else rng.choice([culture.female, culture.male])
    )
    return rng.choice(pool)


def _family(rng: random.Random, culture: names.Culture, gender: str) -> str:
    i = rng.randrange(len(culture.family))
    if gender == "F" and culture.family_f:
        return culture.family_f[i]
    return culture.family[i]


def ordinary(rng: random.Random, lang: str) -> Person:
    culture = _culture(rng, lang)
    gender = rng.choice("FM")
    return Person(
        _given(rng, culture, gender), _family(rng, culture, gender), gender, culture.order
    )


# Pairs of ambiguous words that would name a famous person or a fictional character; a
# person drawn as one of them gets an ordinary family name instead.
FAMOUS = frozenset(
    """Grace Hopper|Will Smith|Jack Black|Tom Ford|Calvin Klein|Harry Potter|Ada Lovelace|
    Bill Gates|Billie Holiday|Ulysses Grant|Henry Ford|Emma Watson|Emma Stone|Sharon Stone|
    Oliver Stone|Jack Frost|Robin Hood|Faith Hill|Holly Hunter|Ruby Rose|Michael Jordan|
    Jack White|Betty White|Barry White|Paul Walker|Jack Daniel|Peter Pan|Rose Byrne|
    Grace Jones|Grace Kelly|Diana Ross|Lily James|Stella Artois|Tim Hortons|Sara Lee|
    Ralph Lauren|Kate Spade|Vera Wang|Paul Smith|Tommy Hilfiger|Michael Kors|Marc Jacobs|
    Jimmy Choo|Estée Lauder|Mary Rose|Luke Skywalker|Sherlock Holmes|Jane Eyre|Tom Thumb|
    Charlie Brown|Johnnie Walker|Jim Beam|Lucy Bell|Kate Moss|Jordan Peterson|Taylor Swift""".split(
        "|"
    )
)
FAMOUS = frozenset(" ".join(name.split()) for name in FAMOUS)

_GIVEN_WORDS = [w for w in lex.PERSON_WORDS if w.given]
_FAMILY_WORDS = [w for w in lex.PERSON_WORDS if w.family]


def named_after(rng: random.Random, word: lex.Word, lang: str) -> Person:
    """A person whose given or family name is the ambiguous word."""
    roles = (["given"] if word.given else []) + (["family"] if word.family else [])
    role = rng.choice(roles)
    culture = _culture(rng, lang, word)
    if role == "given":
        gender = word.gender if word.gender != "U" else rng.choice("FMU")
        if rng.random() < 0.3:
            family = rng.choice(_FAMILY_WORDS).word
        else:
            family = _family(rng, culture, gender if gender != "U" else "M")
        if f"{word.word} {family}" in FAMOUS:
            family = _family(rng, culture, gender if gender != "U" else "M")
        return Person(word.word, family, gender, "gf", word, role)
    gender = rng.choice("FM")
    if rng.random() < 0.3:
        candidates = [w for w in rng.sample(_GIVEN_WORDS, 12) if w.gender in (gender, "U")]
        given = candidates[0].word if candidates else _given(rng, culture, gender)
    else:
        given = _given(rng, culture, gender)
    if f"{given} {word.word}" in FAMOUS:
        given = _given(rng, culture, gender)
    return Person(given, word.word, gender, "gf", word, role)
