"""The template language of val33 and its renderer.

A template is text with placeholders `<<...>>`:

* people: `<<P1>>` (full name), `<<P1.first>>`, `.last` (family name, for after a title),
  `.init` ("J. Nakamura"), `.lf` ("Nakamura, Jun"), `.bib` ("Nakamura, J. K."), `.caps`
  (family name in capitals), `.capsfull` ("NAKAMURA Jun"), `.fcaps` ("Jun NAKAMURA"),
  `.upper`, `.lower`, `.lfirst`,
  `.nick`, `.ascii` (no diacritics, as systems write it), `.email` (an EMAIL_ADDRESS span)
  and `.handle` (a chat or git handle, not a span); `W1` is a person whose given name is
  also a word (Hope, Will ...), always capitalised; `P1f`/`P1m` fixes the person's gender
  (for a title or a gendered word nearby);
* places: `<<L1.city>>`, `.country` ("the " kept outside the span), `.ctry` (bare country),
  `.region`, `.addr` (a street address, one span), `.lcity` and `.laddr` (lower case);
* values: `<<PH1>>` phone (`.intl`, `.nat`, `.e164`, `.idd`, `.dots`, `.dash`, `.plain`,
  `.paren0`), `<<CC1>>` card (`.visa`, `.mc`, `.amex`, `.disc`, `.visa13`, `.plain`,
  `.space`, `.dash`; `.last4` is no span), `<<IB1>>` IBAN (`.DE` ..., `.sp`, `.cmp`),
  `<<IP1>>` IPv4, `<<IX1>>` IPv6, `<<SSN1>>`, `<<AC1>>` account number (`.sort` is a sort
  code, no span), `<<@role@example.com>>` a given e-mail address;
* decoys: `<<#kind>>` (see `val33_values.decoy`), never spans; the same token gives the same
  value within a prompt.

A line ending in " ~" continues on the next line (long chat lines stay under 100 columns in
the source).
"""

from __future__ import annotations

import random
import re
import textwrap
from dataclasses import dataclass, field

from appliance.testing.pii_corpus import val33_values as V
from appliance.testing.pii_corpus.val33_names import (
    CULTURES,
    NICKNAMES,
    WORD_NAME_FAMILIES,
    WORD_NAMES_FEMALE,
    WORD_NAMES_MALE,
)
from appliance.testing.pii_corpus.val33_places import COUNTRIES, GENERIC_PLACE_WORDS, postcode

PLACEHOLDER = re.compile(r"<<([^<>\n]+)>>")
WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Template:
    id: str
    shape: str
    domain: str
    text: str
    pool: str | None = None


def T(id: str, shape: str, domain: str, text: str, pool: str | None = None) -> Template:
    body = textwrap.dedent(text).strip("\n")
    body = re.sub(r" ~\n[ \t]*", " ", body)
    return Template(id, shape, domain, body, pool)


# Language pools: cultures and countries that fit a text in that language.
POOLS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "es": (
        ("spanish", "catalan", "mexican", "argentine", "colombian", "chilean", "quechua"),
        ("ES", "MX", "AR", "CO", "CL", "PE"),
    ),
    "de": (("german", "austrian", "swiss", "turkish", "polish"), ("DE", "AT", "CH")),
    "fr": (("french", "quebecois", "maghrebi", "wolof", "haitian", "flemish"), ("FR", "BE", "MA")),
    "pt": (("portuguese", "brazilian"), ("PT", "BR")),
    "it": (("italian", "albanian"), ("IT",)),
    "nl": (("dutch", "flemish", "maghrebi"), ("NL", "BE")),
    "pl": (("polish", "ukrainian"), ("PL",)),
    "sv": (("swedish", "sami", "finnish"), ("SE",)),
    "tr": (("turkish", "kurdish"), ("TR",)),
    "id": (("indonesian", "malay"), ("ID", "MY")),
    "vi": (("vietnamese",), ("VN",)),
    "en_uk": (("english", "scottish", "welsh", "irish", "punjabi", "pakistani"), ("GB", "IE")),
    "us": (("american", "navajo", "hawaiian", "mexican", "korean"), ("US",)),
}


@dataclass
class Person:
    given: str
    family: str
    culture: str
    gender: str
    order: str  # "W" or "E" or "V"
    middle: str
    word: bool = False

    @property
    def first(self) -> str:
        return self.given.split()[-1] if self.order == "V" else self.given

    @property
    def full(self) -> str:
        if self.order in ("E", "V"):
            return f"{self.family} {self.given}"
        return f"{self.given} {self.family}"

    def form(self, name: str) -> str:
        first = self.first
        if name == "":
            return self.full
        if name == "first":
            return first
        if name == "last":
            return self.family
        if name == "init":
            return f"{first[0]}. {self.family}"
        if name == "lf":
            return f"{self.family}, {self.given}"
        if name == "bib":
            initials = f"{first[0]}." + (f" {self.middle}." if self.middle else "")
            return f"{self.family}, {initials}"
        if name == "caps":
            return self.family.upper()
        if name == "capsfull":
            return f"{self.family.upper()} {self.given}"
        if name == "fcaps":
            return f"{self.given} {self.family.upper()}"
        if name == "upper":
            return self.full.upper()
        if name == "lower":
            return self.full.lower()
        if name == "lfirst":
            return first.lower()
        if name == "nick":
            return NICKNAMES.get(self.given, first)
        if name == "ascii":
            return V.ascii_fold(self.full)
        raise ValueError(f"unknown person form {name!r}")


@dataclass
class Place:
    country: str
    city: str
    region: str


@dataclass
class Info:
    cultures: set[str] = field(default_factory=set)
    phones: dict[str, str] = field(default_factory=dict)
    places: set[str] = field(default_factory=set)  # whole place names planted
    place_words: set[str] = field(default_factory=set)


class Renderer:
    def __init__(self, template: Template, rng: random.Random, used: set[tuple[str, str]]):
        self.t = template
        self.rng = rng
        self.used = used
        self.people: dict[str, Person] = {}
        self.places: dict[str, Place] = {}
        self.values: dict[str, str] = {}
        self.info = Info()

    # -- people ---------------------------------------------------------------------------
    def _cultures(self) -> list[str]:
        if self.t.pool:
            return list(POOLS[self.t.pool][0])
        return sorted(CULTURES)

    def person(self, slot: str, force: str = "") -> Person:
        if slot in self.people:
            return self.people[slot]
        rng = self.rng
        families = {p.family for p in self.people.values()}
        givens = {p.given for p in self.people.values()}
        word = slot.startswith("W")
        for attempt in range(60):
            gender = force or rng.choice("fm")
            if word:
                culture = CULTURES[rng.choice(WORD_NAME_FAMILIES)]
                given = rng.choice(WORD_NAMES_FEMALE if gender == "f" else WORD_NAMES_MALE)
            else:
                culture = CULTURES[rng.choice(self._cultures())]
                given = rng.choice(culture.female if gender == "f" else culture.male)
            family = rng.choice(culture.family)
            if "/" in family:
                male, female = family.split("/")
                family = female if gender == "f" else male
            if family in families or given in givens:
                continue
            if attempt < 50 and (given, family) in self.used:
                continue
            break
        self.used.add((given, family))
        order = culture.order
        if order == "H":
            order = rng.choice("WE")
        elif order == "J":
            order = "E" if rng.random() < 0.4 else "W"
        middle = rng.choice("ABCDEFGHJKLMNPRSTW") if rng.random() < 0.5 else ""
        person = Person(given, family, culture.key, gender, order, middle, word)
        self.people[slot] = person
        return person

    # -- places ---------------------------------------------------------------------------
    def place(self, slot: str) -> Place:
        if slot in self.places:
            return self.places[slot]
        rng = self.rng
        taken = {p.country for p in self.places.values()}
        if self.t.pool:
            options = list(POOLS[self.t.pool][1])
        else:
            options = sorted(COUNTRIES)
            owner = self.people.get("P" + slot[1:])
            if owner and rng.random() < 0.4 and CULTURES[owner.culture].country in COUNTRIES:
                options = [CULTURES[owner.culture].country]
        free = [c for c in options if c not in taken] or options
        country = COUNTRIES[rng.choice(free)]
        city, _ = rng.choice(country.cities)
        region = rng.choice(country.regions) if country.regions else ""
        place = Place(country.code, city, region)
        self.places[slot] = place
        return place

    def _plant_place(self, name: str) -> None:
        self.info.places.add(name)
        for word in WORD.findall(name):
            if word.casefold() not in GENERIC_PLACE_WORDS and not word.isdigit():
                self.info.place_words.add(word.casefold())

    def place_pieces(self, slot: str, form: str) -> list:
        place = self.place(slot)
        country = COUNTRIES[place.country]
        if form in ("city", "lcity", "ucity"):
            self._plant_place(place.city)
            value = {"city": place.city, "lcity": place.city.lower()}.get(form)
            return [("LOCATION", value or place.city.upper())]
        if form in ("country", "ctry"):
            name = country.name
            bare = name[4:] if name.startswith("the ") else name
            self._plant_place(bare)
            if form == "country" and name.startswith("the "):
                return ["the ", ("LOCATION", bare)]
            return [("LOCATION", bare)]
        if form == "region":
            name = place.region or country.name.removeprefix("the ")
            self._plant_place(name)
            return [("LOCATION", name)]
        if form == "addr" and slot + ".addr" in self.values:
            return [("LOCATION", self.values[slot + ".addr"])]
        if form == "addr":
            city, pattern = next(c for c in country.cities if c[0] == place.city)
            text = country.fmt.format(
                n=self.rng.randint(2, 188),
                n2=self.rng.randint(2, 60),
                n3=self.rng.randint(1, 30),
                c=self.rng.randint(1, 9),
                street=self.rng.choice(country.streets),
                city=city,
                pc=postcode(pattern, self.rng),
            )
            text = " ".join(text.split()).rstrip(", ")
            self._plant_place(city)
            self.values[slot + ".addr"] = text
            return [("LOCATION", text)]
        if form == "laddr":
            text = self.place_pieces(slot, "addr")[0][1]
            return [("LOCATION", " ".join(text.replace(",", " ").lower().split()))]
        raise ValueError(f"{self.t.id}: unknown place form {form!r}")

    # -- values ---------------------------------------------------------------------------
    def _phone_region(self, index: str) -> str:
        rng = self.rng
        owner = self.people.get("P" + index) or self.people.get("W" + index)
        if owner and rng.random() < 0.65:
            region = CULTURES[owner.culture].country
            if region in V.PHONE_SHAPES:
                return region
        place = self.places.get("L" + index)
        if place and place.country in V.PHONE_SHAPES and rng.random() < 0.6:
            return place.country
        if self.t.pool:
            regions = [c for c in POOLS[self.t.pool][1] if c in V.PHONE_SHAPES]
            if regions:
                return rng.choice(regions)
        return rng.choice(sorted(V.PHONE_SHAPES))

    def value(self, kind: str, index: str, form: str) -> list:
        key = f"{kind}{index}"
        rng = self.rng
        if kind == "PH":
            if key not in self.values:
                region = self._phone_region(index)
                number = V.phone(region, rng, form or None)
                self.values[key] = number
                self.info.phones[number] = region
            return [("PHONE_NUMBER", self.values[key])]
        if kind == "CC":
            if key not in self.values:
                brand = form if form in ("visa", "visa13", "mc", "amex", "disc") else None
                style = form if form in ("plain", "space", "dash") else None
                self.values[key] = V.card(rng, brand, style)
            if form == "last4":
                return [self.values[key][-4:]]
            return [("CREDIT_CARD", self.values[key])]
        if kind == "IB":
            if key not in self.values:
                country = form if form in V.IBAN_SHAPES else None
                if country is None:
                    owner = self.people.get("P" + index)
                    home = CULTURES[owner.culture].country if owner else ""
                    if home in V.IBAN_SHAPES and rng.random() < 0.6:
                        country = home
                spaced = {"sp": True, "cmp": False}.get(form)
                self.values[key] = V.iban(rng, country, spaced)
            return [("IBAN_CODE", self.values[key])]
        if kind == "IP":
            self.values.setdefault(key, V.ipv4(rng))
            return [("IP_ADDRESS", self.values[key])]
        if kind == "IX":
            self.values.setdefault(key, V.ipv6(rng))
            return [("IP_ADDRESS", self.values[key])]
        if kind == "SSN":
            self.values.setdefault(key, V.ssn(rng, form or None))
            return [("US_SSN", self.values[key])]
        if kind == "AC":
            if form == "sort":
                self.values.setdefault(key + ".sort", V.sort_code(rng))
                return [self.values[key + ".sort"]]
            self.values.setdefault(key, V.account(rng, form or None))
            return [("ACCOUNT_NUMBER", self.values[key])]
        raise ValueError(f"{self.t.id}: unknown placeholder {key!r}")

    # -- all ------------------------------------------------------------------------------
    def resolve(self, token: str) -> list:
        if token.startswith("#"):
            if token not in self.values:
                currency = self.values.setdefault("#currency", V.currency(self.rng))
                kind = token[1:].rstrip("0123456789")
                self.values[token] = V.decoy(kind, self.rng, currency)
            return [self.values[token]]
        if token.startswith("@"):
            return [("EMAIL_ADDRESS", token[1:])]
        slot, _, form = token.partition(".")
        m = re.fullmatch(r"([A-Z]+)(\d*)([fm]?)", slot)
        if not m:
            raise ValueError(f"{self.t.id}: bad placeholder {token!r}")
        kind, index, gender = m.groups()
        slot = kind + index
        if kind in ("P", "W"):
            person = self.person(slot, gender)
            if form == "email":
                if slot + ".email" not in self.values:
                    country = CULTURES[person.culture].country
                    given = person.first if person.order == "V" else person.given
                    self.values[slot + ".email"] = V.email_for(
                        given, person.family, country, self.rng
                    )
                return [("EMAIL_ADDRESS", self.values[slot + ".email"])]
            if form == "handle":
                if slot + ".handle" not in self.values:
                    self.values[slot + ".handle"] = V.handle_for(
                        person.first, person.family, self.rng
                    )
                return [self.values[slot + ".handle"]]
            if person.word and form in ("lower", "lfirst", "upper", "caps", "capsfull"):
                raise ValueError(f"{self.t.id}: a word-name is only written capitalised")
            self.info.cultures.add("word" if person.word else person.culture)
            if person.word and form not in ("first", "nick"):
                self.info.cultures.add(person.culture)
            return [("PERSON", person.form(form))]
        if kind == "L":
            return self.place_pieces(slot, form)
        return self.value(kind, index, form)

    def render(self) -> list:
        pieces: list = []
        pos = 0
        text = self.t.text
        for m in PLACEHOLDER.finditer(text):
            if m.start() > pos:
                pieces.append(text[pos : m.start()])
            pieces.extend(self.resolve(m.group(1)))
            pos = m.end()
        if pos < len(text):
            pieces.append(text[pos:])
        return pieces
