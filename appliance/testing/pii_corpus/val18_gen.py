"""The template engine of val18, the eighteenth blind part of the labelled PII corpus.

Written by hand for val18 alone. A template is a hand-written text with slots in double square
brackets, `[[key.mode@pin]]`: `p1`, `p2` ... are people (modes: full, first, last, sf
"Family Given", lf "Family, Given", LF "FAMILY, Given", upper, lower, firstlower, lastupper,
init "G. Family", ascii, asciifirst, email, url; pins: a culture, or `word`, `wordf`, `wordm` for a
given name that is also an everyday word), `nick1` a nickname, `loc1` ... places (modes: city, region,
country, addr, cityupper, citylower, cityslug; pin: a country code), `phone` (modes: nat, intl, e164,
dash, dot, plain; pin: a region), `email`, `card`, `iban` (pin: a country), `ssn`, `ip`,
`ip6`, `acct`, and decoys (`order`, `track`, `isbn`, `ver`, `ticket`, `hash`, `date` ...)
that are written as plain text. The same key stands for the same value everywhere in a
prompt, so every occurrence of a planted value is labelled. Names in URLs (`url` mode) are
plain text, as the conventions say.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from appliance.testing.pii_corpus import Piece, Prompt, compose
from appliance.testing.pii_corpus import val18_values as V
from appliance.testing.pii_corpus.val18_names import (
    CULTURES,
    NICKNAMES,
    PLACES,
    SURNAME_FIRST,
    WORD_FAMILY,
    WORD_GIVEN,
    WORD_GIVEN_FEMALE,
    WORD_GIVEN_MALE,
    WORD_NAMES,
)


@dataclass(frozen=True)
class T:
    name: str
    shape: str
    text: str


SLOT = re.compile(r"\[\[([a-z]+)(\d*)(?:\.([A-Za-z0-9]+))?(?:@([A-Za-z_]+))?\]\]")


@dataclass
class _Person:
    given: str
    family: str
    culture: str


@dataclass
class Filled:
    prompt: Prompt
    template: str
    cultures: tuple[str, ...]
    phone_regions: dict[int, str] = field(default_factory=dict)


def _person_text(p: _Person, mode: str) -> str:
    g, f = p.given, p.family
    full = f"{g} {f}"
    match mode:
        case "full":
            return full
        case "first":
            return g
        case "last":
            return f
        case "sf":
            return f"{f} {g}"
        case "lf":
            return f"{f}, {g}"
        case "LF":
            return f"{f.upper()}, {g}"
        case "LFU":
            return f"{f.upper()}, {g.upper()}"
        case "upper":
            return full.upper()
        case "lower":
            return full.lower()
        case "firstlower":
            return g.lower()
        case "firstupper":
            return g.upper()
        case "lastupper":
            return f.upper()
        case "init":
            return f"{g[0]}. {f}"
        case "ascii":
            return V.fold(full)
        case "asciifirst":
            return V.fold(g)
        case "natural":
            return f"{f} {g}" if p.culture in SURNAME_FIRST else full
    raise KeyError(mode)


class _Filler:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.people: dict[str, _Person] = {}
        self.places: dict[str, tuple[str, str, str, str]] = {}
        self.values: dict[str, tuple[str, str]] = {}
        self.address: dict[str, str] = {}

    def person(self, key: str, pin: str | None) -> _Person:
        if key not in self.people:
            used = {p.given for p in self.people.values()} | {
                p.family for p in self.people.values()
            }
            while True:
                if pin in ("word", "wordf", "wordm"):
                    pool = {"word": WORD_GIVEN, "wordf": WORD_GIVEN_FEMALE}.get(
                        pin, WORD_GIVEN_MALE
                    )
                    p = _Person(self.rng.choice(pool), self.rng.choice(WORD_FAMILY), "english")
                else:
                    culture = pin or self.rng.choice(tuple(CULTURES))
                    given, family = CULTURES[culture]
                    p = _Person(self.rng.choice(given), self.rng.choice(family), culture)
                if p.given not in used and p.family not in used:
                    break
            self.people[key] = p
        return self.people[key]

    def place(self, key: str, pin: str | None) -> tuple[str, str, str, str]:
        if key not in self.places:
            used = {p[0] for p in self.places.values()}
            choices = [p for p in PLACES if (pin is None or p[3] == pin) and p[0] not in used]
            self.places[key] = self.rng.choice(choices)
        return self.places[key]

    def piece(self, kind: str, num: str, mode: str | None, pin: str | None) -> tuple[Piece, str]:
        """A slot's piece and, for phones, the region it parses with."""
        rng, key = self.rng, kind + num
        if kind == "p":
            person = self.person(key, pin)
            mode = mode or "full"
            if mode == "email":
                if key + ".email" not in self.values:
                    self.values[key + ".email"] = (V.email(rng, person.given, person.family), "")
                return ("EMAIL_ADDRESS", self.values[key + ".email"][0]), ""
            if mode == "url":
                return V.fold(f"{person.given}-{person.family}").lower().replace(" ", "-"), ""
            return ("PERSON", _person_text(person, mode)), ""
        if kind == "nick":
            if key not in self.values:
                taken = {v for v, _ in self.values.values()}
                self.values[key] = (rng.choice([n for n in NICKNAMES if n not in taken]), "")
            return ("PERSON", self.values[key][0]), ""
        if kind == "loc":
            city, region, country, cc = self.place(key, pin)
            mode = mode or "city"
            if mode == "addr":
                if key not in self.address:
                    self.address[key] = V.address(rng, city, region, cc)
                return ("LOCATION", self.address[key]), ""
            text = {
                "city": city,
                "region": region,
                "country": country,
                "cityupper": city.upper(),
                "citylower": city.lower(),
                "cityslug": city.lower().replace(" ", "-"),
            }[mode]
            return ("LOCATION", text), ""
        if kind in V.DECOY_KINDS:
            if key not in self.values:
                self.values[key] = (V.decoy(rng, kind), "")
            return self.values[key][0], ""
        if key not in self.values:
            match kind:
                case "phone":
                    self.values[key] = V.phone(rng, pin, mode)
                case "email":
                    culture = rng.choice(tuple(CULTURES))
                    given, family = CULTURES[culture]
                    self.values[key] = (V.email(rng, rng.choice(given), rng.choice(family)), "")
                case "card":
                    self.values[key] = (V.card(rng), "")
                case "iban":
                    self.values[key] = (V.iban(rng, pin), "")
                case "ssn":
                    self.values[key] = (V.ssn(rng), "")
                case "ip":
                    self.values[key] = (V.ipv4(rng), "")
                case "ipsix":
                    self.values[key] = (V.ipv6(rng), "")
                case "acct":
                    self.values[key] = (V.account(rng), "")
                case _:
                    raise KeyError(kind)
        entity = {
            "phone": "PHONE_NUMBER",
            "email": "EMAIL_ADDRESS",
            "card": "CREDIT_CARD",
            "iban": "IBAN_CODE",
            "ssn": "US_SSN",
            "ip": "IP_ADDRESS",
            "ipsix": "IP_ADDRESS",
            "acct": "ACCOUNT_NUMBER",
        }[kind]
        value, region = self.values[key]
        return (entity, value), region


_MASK = re.compile(r"https?://\S+|\S*\?\S+=\S+|[\w.+-]+@[\w-]+\.[\w.]+")


def _unlabelled_repeat(prompt: Prompt) -> str | None:
    """A planted name or place that also stands in the text outside every gold span."""
    chars = list(prompt.text)
    for g in prompt.gold:
        chars[g.start : g.end] = " " * (g.end - g.start)
    rest = _MASK.sub(lambda m: " " * len(m.group()), "".join(chars))
    for g in prompt.gold:
        if g.entity not in ("PERSON", "LOCATION"):
            continue
        value = prompt.text[g.start : g.end]
        for word in {value, *value.replace(",", " ").split()}:
            if len(word) < 3 or word.lower() in ("van", "der", "den", "de", "la", "bin", "al"):
                continue
            flags = 0 if word.lower() in WORD_NAMES else re.IGNORECASE
            if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", rest, flags):
                return word
    return None


def fill(template: T, id: str, rng: random.Random) -> Filled:
    for _ in range(25):
        filler = _Filler(rng)
        pieces: list[Piece] = []
        regions: list[tuple[int, str]] = []
        length = 0
        pos = 0
        pins = {
            m.group(1) + m.group(2): m.group(4) for m in SLOT.finditer(template.text) if m.group(4)
        }
        for m in SLOT.finditer(template.text):
            literal = template.text[pos : m.start()]
            pieces.append(literal)
            length += len(literal)
            pin = m.group(4) or pins.get(m.group(1) + m.group(2))
            piece, region = filler.piece(m.group(1), m.group(2), m.group(3), pin)
            if region:
                regions.append((length, region))
            pieces.append(piece)
            length += len(piece if isinstance(piece, str) else piece[1])
            pos = m.end()
        pieces.append(template.text[pos:])
        prompt = compose(id, template.shape, pieces)
        if _unlabelled_repeat(prompt) is None:
            cultures = tuple(p.culture for p in filler.people.values())
            return Filled(prompt, template.name, cultures, dict(regions))
    raise ValueError(f"{template.name}: a planted value keeps standing unlabelled")
