"""Rendering of `train_s` templates: people, slots, parts, and the prompt they make.

A template is text with `[[slot]]`s (see `train_s_templates` for the list). Filling one gives
a list of parts, each literal text, a gold value, a recorded non-person phrase, or raw text
(a URL or an @-mention, never scanned). When the parts are joined, every literal part is
scanned for the ambiguous words (`train_s_lexicon.scanner`): template text is written without
names, so any ambiguous word found there is a non-person use and is recorded as one.
"""

from __future__ import annotations

import functools
import random
import re
from dataclasses import dataclass, field

from appliance.testing.pii_corpus import Prompt, compose
from appliance.testing.pii_corpus import train_s_decoys as decoys
from appliance.testing.pii_corpus import train_s_values as values
from appliance.testing.pii_corpus.train_s_lexicon import Phrase, Word, index, scanner, words
from appliance.testing.pii_corpus.train_s_names import CULTURES_OF, FAMOUS, cultures

SLOT = re.compile(r"\[\[([^\[\]]+)\]\]")
_VOICE_DROP = re.compile(r"[.,!?;:\"()]")
FOOD = re.compile(
    r"\b(sponge|cakes?|pie|tea|coffee|soup|salad|pasta|penne|buns?|rolls?|pudding|sauce|beans|bread|"
    r"wine|beer|lager|ale|pizzas?|omelette|crumble|jam|jelly|honey|biscuits?|chocolate|cheese|"
    r"sandwich(es)?|toast|rice|lamb|bacon|salmon|fish|chips|curry|dumplings|momos?|mochi|latte|"
    r"cappuccino|almonds|plums|oranges|apples|tomatoes|stroganoff|pavlova|madeleines|sherry|whisk(e)?y|"
    r"juice|martinis?|bellini|mustard|pepper|ginger|basil|sage|stuffing|barley|cordial|syrup|"
    r"persimmon|jamun|ladoo|pickle|kakdi|prunes|clementines?|porridge|sultanas|couscous|ham|"
    r"vino|jamón|cerveza|bocadillo|caffè|yogurt|vin|tarte|galette|reçeli|chai|asali|meunière|"
    r"crackers?|lime|roux|four|beef|eggs|crisps|lemonade|cider|vermouth|nori|bao|baharat|roe|trout)\b",
    re.IGNORECASE,
)

TITLES = {  # (prefix or suffix, men, women, anyone)
    "en": (
        "pre",
        ("Mr", "Mr.", "Dr", "Prof."),
        ("Ms", "Mrs", "Ms.", "Dr", "Miss"),
        ("Dr", "Mx", "Coach"),
    ),
    "es": ("pre", ("Sr.", "Dr.", "señor"), ("Sra.", "Dra.", "señora"), ("Dr.",)),
    "de": ("pre", ("Herr", "Dr."), ("Frau", "Dr."), ("Dr.",)),
    "fr": ("pre", ("M.", "Monsieur", "Dr"), ("Mme", "Madame", "Dr"), ("Dr",)),
    "it": ("pre", ("Sig.", "Dott.", "Ing."), ("Sig.ra", "Dott.ssa"), ("Dott.",)),
    "pt": ("pre", ("Sr.", "Dr."), ("Sra.", "Dra."), ("Dr.",)),
    "nl": ("pre", ("dhr.", "meneer"), ("mevr.", "mevrouw"), ("dr.",)),
    "tr": ("post", ("Bey",), ("Hanım",), ("Hoca",)),
    "sw": ("pre", ("Bw.", "Mzee"), ("Bi.",), ("Dkt.",)),
}
LANG_NAMES = {
    "es": "Spanish",
    "de": "German",
    "fr": "French",
    "it": "Italian",
    "pt": "Portuguese",
    "nl": "Dutch",
    "tr": "Turkish",
    "sw": "Swahili",
    "en": "English",
}
LANG_NAMES_IN = {  # the name of English in the other languages, for "translate into"
    "es": "inglés",
    "de": "Englische",
    "fr": "anglais",
    "it": "inglese",
    "pt": "inglês",
    "nl": "Engels",
    "tr": "İngilizce",
}


NOT_FOOD = re.compile(
    r"\b(grinder|trap|Royce|capsules|spray|tray|tubes|bee|moth|eyes|pink|green|blue|cooker|setting|"
    r"rota|stall|party|sale|favours|van|hat|cat|cutters?|coat|table|machine|shop|paper|chest|"
    r"wheel|trees?|shrub|beds|plant|ink|prize|awards?|pot|honor|four-leaf|wool|archer|deer|cellars|course|stein)\b",
    re.IGNORECASE,
)


@functools.cache
def food_pool(lang: str) -> list[Phrase]:
    """Noun phrases of a language that name food or drink, for menus and recipes."""
    return [
        p
        for p in index().get((lang, False), [])
        if FOOD.search(p.text) and not NOT_FOOD.search(p.text)
    ]


@dataclass
class Person:
    given: str
    family: str
    gender: str  # "m" or "w"
    order: str
    latin: bool
    words: list[Word]

    @property
    def full(self) -> str:
        return f"{self.family}{self.given}" if self.order == "fg" else f"{self.given} {self.family}"


def _weighted(rng: random.Random, pool: list[Word], lang: str) -> Word:
    weights = [
        6 if any(p.lang == lang for p in w.phrases) else (2 if w.lang == lang else 1) for w in pool
    ]
    return rng.choices(pool, weights)[0]


def _culture_keys(word: Word | None, lang: str) -> tuple[str, ...]:
    if word is not None and word.kind in CULTURES_OF:
        return CULTURES_OF[word.kind]
    if word is not None and word.lang in CULTURES_OF and word.lang != "en":
        return CULTURES_OF[word.lang]
    return CULTURES_OF.get(lang, CULTURES_OF["en"])


def make_person(rng: random.Random, lang: str, ambiguous: float) -> Person:
    """A person: with probability `ambiguous` one whose given or family name (or both) is an
    ambiguous word, else an ordinary name of any culture."""
    table = words()
    given_pool = [w for w in table.values() if w.given]
    family_pool = [w for w in table.values() if w.family]
    if rng.random() < ambiguous:
        mode = rng.choice(("both", "both", "given", "given", "family"))
        gword = _weighted(rng, given_pool, lang) if mode != "family" else None
        fword = _weighted(rng, family_pool, lang) if mode != "given" else None
        home = cultures()[rng.choice(_culture_keys(gword or fword, lang))]
        gender = (gword.gender if gword else "") or rng.choice("mw")
        gender = gender if gender in "mw" else rng.choice("mw")
        given = gword.word if gword else rng.choice(home.men if gender == "m" else home.women)
        family = fword.word if fword else home.family_for(rng.choice(home.family), gender)
        person = Person(given, family, gender, "gf", True, [])
    else:
        keys = list(cultures())
        if rng.random() < 0.4:
            keys = list(CULTURES_OF.get(lang, keys))
        home = cultures()[rng.choice(keys)]
        gender = rng.choice("mw")
        given = rng.choice(home.men if gender == "m" else home.women)
        family = home.family_for(rng.choice(home.family), gender)
        person = Person(given, family, gender, home.order, home.latin, [])
    for part in (person.given, person.family):
        for token in part.split():
            if token.lower() in table:
                person.words.append(table[token.lower()])
    return person


@dataclass
class Filler:
    """Fills the slots of one template; keeps the prompt's people, places and focus words."""

    rng: random.Random
    lang: str  # the template's language
    src: str  # the language of pasted text ("*" templates), else the template's
    clean: bool
    people: dict[str, Person] = field(default_factory=dict)
    focus: list[Word] = field(default_factory=list)
    used: set[Phrase] = field(default_factory=set)
    parts: list[tuple[str, str, str]] = field(default_factory=list)  # (kind, text, entity)
    place: str = ""
    voice: bool = False  # dictated: dates and times as they are spoken
    planted: int = 0  # non-person phrases from the word lists

    def start(self) -> None:
        if self.clean:
            pool = [
                w
                for w in words().values()
                if any(p.lang in (self.lang, self.src) for p in w.phrases)
            ]
            self.focus = self.rng.sample(pool, self.rng.randint(1, 3))

    def person(self, key: str) -> Person:
        if key not in self.people:
            chance = 0.78 if key == "P" else 0.45
            for _ in range(20):
                p = make_person(self.rng, self.lang, chance)
                if p.full not in FAMOUS and all(p.full != q.full for q in self.people.values()):
                    break
            self.people[key] = p
            self.focus.extend(w for w in p.words if w not in self.focus)
        return self.people[key]

    # parts -----------------------------------------------------------------------------
    def lit(self, text: str) -> None:
        self.parts.append(("lit", text, ""))

    def gold(self, entity: str, value: str) -> None:
        self.parts.append(("gold", value, entity))

    def raw(self, text: str) -> None:
        self.parts.append(("raw", text, ""))

    def phrase(self, phrase: Phrase, cap: bool) -> None:
        text, cursor = phrase.text, 0
        if cap:
            text = text[0].upper() + text[1:]
        for start, end in phrase.spans:
            if start > cursor:
                self.lit(text[cursor:start])
            self.parts.append(("thing", text[start:end], ""))
            cursor = end
        if cursor < len(text):
            self.lit(text[cursor:])
        self.planted += 1

    # things ----------------------------------------------------------------------------
    def pick_phrase(self, clause: bool, lang: str) -> Phrase:
        table = index()
        pool = table.get((lang, clause)) or table.get((lang, not clause)) or table[("en", clause)]
        own = [
            p
            for w in self.focus
            for p in w.phrases
            if p.lang == lang and p.clause == clause and p not in self.used
        ]
        if own and self.rng.random() < 0.8:
            choice = self.rng.choice(own)
        else:
            choice = self.rng.choice(pool)
            for _ in range(5):
                if choice not in self.used:
                    break
                choice = self.rng.choice(pool)
        self.used.add(choice)
        return choice

    def pick_food(self) -> Phrase:
        own = [
            p
            for w in self.focus
            for p in w.phrases
            if not p.clause
            and p.lang == self.lang
            and p not in self.used
            and FOOD.search(p.text)
            and not NOT_FOOD.search(p.text)
        ]
        if own and self.rng.random() < 0.8:
            choice = self.rng.choice(own)
        else:
            pool = food_pool(self.lang) or food_pool("en")
            choice = self.rng.choice(pool)
        self.used.add(choice)
        return choice

    # names -----------------------------------------------------------------------------
    def title(self, p: Person) -> None:
        side, men, women, anyone = TITLES.get(self.lang, TITLES["en"])
        title = self.rng.choice((men if p.gender == "m" else women) + anyone)
        if side == "post":
            self.gold("PERSON", p.given)
            self.lit(" " + title)
            return
        self.lit(title + " ")
        self.gold("PERSON", p.family if p.latin else p.full)

    def name(self, key: str, form: str) -> None:
        p = self.person(key)
        rng = self.rng
        if form == "":
            form = rng.choices(
                ("full", "first", "title", "init", "last", "lf"), (36, 30, 16, 6, 6, 6)
            )[0]
        if form == "sig":
            form = rng.choice(("full", "full", "first"))
        if form in ("init", "lf") and not p.latin:
            form = "full"
        if form == "full":
            self.gold("PERSON", p.full)
        elif form == "first":
            self.gold("PERSON", p.given if p.latin else p.full)
        elif form == "last":
            self.gold("PERSON", p.family if p.latin else p.full)
        elif form == "title":
            self.title(p)
        elif form == "init":
            initials = "".join(part[0] + "." for part in p.given.replace("-", " ").split())
            self.gold("PERSON", f"{initials} {p.family}")
        elif form == "lf":
            self.gold("PERSON", f"{p.family}, {p.given}")
        elif form == "poss":
            self.name(key, rng.choice(("full", "first", "title")) if self.lang == "en" else "full")
            if self.lang == "en":
                self.lit("'s")
        elif form == "handle":
            self.raw(values.handle(rng, p.given, p.family))
        elif form == "email":
            self.gold("EMAIL_ADDRESS", values.email(rng, p.given, p.family))
        elif form == "url":
            slug = (
                "-".join(values.ascii_fold(p.full).lower().split())
                if p.latin
                else str(rng.randint(100, 9999))
            )
            host = rng.choice(("intranet", "people", "staff"))
            domain = rng.choice(("northfield.org", "meridian.co", "tallis.eu"))
            folder = rng.choice(("u", "profile", "people"))
            self.raw(f"https://{host}.{domain}/{folder}/{slug}")
        else:
            raise ValueError(f"unknown name form {form!r}")

    def location(self) -> None:
        if not self.place:
            places = [w for w in self.focus if w.place]
            if places and self.rng.random() < 0.65:
                self.place = self.rng.choice(places).word
            else:
                self.place = values.city(self.rng, self.lang)
        self.gold("LOCATION", self.place)

    # slots -----------------------------------------------------------------------------
    def slot(self, name: str) -> None:
        rng, lang = self.rng, self.lang
        cap = name.endswith("^")
        name = name.rstrip("^")
        head, _, form = name.partition(".")
        if head in ("P", "Q", "R"):
            self.name(head, form)
        elif head == "F":
            self.phrase(self.pick_food(), cap)
        elif head in ("T", "C", "S", "SN"):
            clause = head in ("C", "S")
            phrase_lang = self.src if head in ("S", "SN") else lang
            self.phrase(self.pick_phrase(clause, phrase_lang), cap)
        elif head == "L":
            self.location()
        elif head == "ADDR":
            self.gold("LOCATION", values.address(rng, lang))
        elif head == "EMAIL":
            self.name("P", "email")
        elif head == "PHONE":
            self.gold("PHONE_NUMBER", values.phone(rng, lang))
        elif head == "CARD":
            self.gold("CREDIT_CARD", values.card(rng))
        elif head == "IBAN":
            self.gold("IBAN_CODE", values.iban(rng, lang))
        elif head == "IP":
            self.gold("IP_ADDRESS", values.ip(rng))
        elif head == "SSN":
            self.gold("US_SSN", values.ssn(rng))
        elif head == "ACCT":
            self.gold("ACCOUNT_NUMBER", values.account(rng))
        elif head == "LANG":
            self.lit(LANG_NAMES[self.src] if lang == "en" else LANG_NAMES_IN.get(lang, "English"))
        elif head in decoys.DECOYS:
            self.lit(decoys.DECOYS[head](rng))
        elif head in ("DATE", "TIME") and self.voice:
            self.lit(decoys.spoken(rng, head))
        elif head in decoys.LANG_DECOYS:
            self.lit(decoys.LANG_DECOYS[head](rng, lang))
        else:
            raise ValueError(f"unknown slot {name!r}")

    def fill(self, text: str) -> None:
        for i, piece in enumerate(SLOT.split(text)):
            if i % 2:
                self.slot(piece)
            elif piece:
                self.lit(piece)


def build(
    id: str, shape: str, parts: list[tuple[str, str, str]], lower: bool, voice: bool
) -> tuple[Prompt, list[tuple[int, int]]]:
    """The prompt the parts make, and the (start, end) of each recorded non-person phrase."""
    found = scanner()
    pieces: list[str | tuple[str, str]] = []
    things: list[tuple[int, int]] = []
    length = 0
    for kind, text, entity in parts:
        if lower:
            text = text.lower()
        if voice and kind != "raw":
            text = _VOICE_DROP.sub("", text)
            text = text.strip() if kind != "lit" else re.sub(" {2,}", " ", text)
        if not text:
            continue
        if kind == "gold":
            pieces.append((entity, text))
        elif kind == "thing":
            things.append((length, length + len(text)))
            pieces.append(text)
        elif kind == "raw":
            pieces.append(text)
        else:
            for match in found.finditer(text):
                things.append((length + match.start(), length + match.end()))
            pieces.append(text)
        length += len(text)
    return compose(id, shape, pieces), things
