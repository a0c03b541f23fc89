"""val28: the template engine. A template is (id, shape, text); the text holds slots:

* people: {P1} full name, {P1.g} given, {P1.f} family, {P1.F} FAMILY in capitals,
  {P1.i} initials and family ("J. Nakamura"), {P1.lf} "Family, Given", {P1.bib}
  "Family, G. H.", {P1.l} / {P1.gl} / {P1.fl} lower case, {P1.e} an e-mail built from the
  name (an EMAIL_ADDRESS span). {W1} is a person whose given name is a word (Summer, Faith).
* places: {L1} city, {C1} country, {G1} region, {A1} street address; ".l" for lower case.
* values: {PH1} phone, {E1} personal e-mail, {R1} role e-mail, {CC1} card, {IB1} IBAN,
  {IP1} IPv4, {IPS1} IPv6, {SSN1}, {AC1} account number.
* decoys (no span): {ORD} {DATE} {TIME} {VER} {PRICE} {SKU} {ISBN} {DOI} {UUID} {HEX} {FLT}
  {TRK} {INV} {HASH} {ROOM} {PORT} {PART} {REF} {NUM} {SEAT} {LOT}.

The same slot with the same number gives the same value within a prompt."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from appliance.testing.pii_corpus import Prompt, compose
from appliance.testing.pii_corpus import val28_names as N
from appliance.testing.pii_corpus import val28_values as V

SLOT = re.compile(r"\{([A-Z]+)(\d?)(?:\.([a-zA-Z]+))?\}")


@dataclass(frozen=True)
class Person:
    given: str
    family: str
    culture: str
    order: str

    @property
    def full(self) -> str:
        if self.order == "e":
            return f"{self.family} {self.given}"
        return f"{self.given} {self.family}"


def _initials(given: str) -> str:
    parts = re.split(r"[ -]", given)
    return " ".join(p[0] + "." for p in parts if p)


def person_form(p: Person, form: str) -> str:
    if form == "":
        return p.full
    if form == "g":
        return p.given
    if form == "f":
        return p.family
    if form == "F":
        return p.family.upper()
    if form == "i":
        return f"{_initials(p.given)} {p.family}"
    if form == "lf":
        return f"{p.family}, {p.given}"
    if form == "bib":
        return f"{p.family}, {_initials(p.given)}"
    if form == "l":
        return p.full.lower()
    if form == "gl":
        return p.given.lower()
    if form == "fl":
        return p.family.lower()
    raise KeyError(form)


ENTITY = {
    "L": "LOCATION",
    "C": "LOCATION",
    "G": "LOCATION",
    "A": "LOCATION",
    "PH": "PHONE_NUMBER",
    "E": "EMAIL_ADDRESS",
    "R": "EMAIL_ADDRESS",
    "CC": "CREDIT_CARD",
    "IB": "IBAN_CODE",
    "IP": "IP_ADDRESS",
    "IPS": "IP_ADDRESS",
    "SSN": "US_SSN",
    "AC": "ACCOUNT_NUMBER",
}
_CULTURE_NAMES = tuple(N.CULTURES)
_WORD_FAMILY = ("english", "american", "irish", "scottish", "welsh", "jamaican")


def new_person(rng: random.Random, word: bool, used: set[str]) -> Person:
    for _ in range(100):
        if word:
            culture = rng.choice(_WORD_FAMILY)
            order, _, families = N.CULTURES[culture]
            given, family, label = rng.choice(N.WORD_GIVEN), rng.choice(families), "word"
        else:
            label = rng.choice(_CULTURE_NAMES)
            order, givens, families = N.CULTURES[label]
            given, family = rng.choice(givens), rng.choice(families)
        if given not in used and family not in used:
            used.update((given, family))
            return Person(given, family, label, order)
    raise ValueError("no fresh person")


@dataclass
class Rendered:
    prompt: Prompt
    template: str
    cultures: set[str]
    phones: dict[str, str]
    names: set[str]
    places: set[str]


def render(pid: str, tid: str, shape: str, text: str, rng: random.Random) -> Rendered:
    people: dict[str, Person] = {}
    values: dict[str, str] = {}
    used: set[str] = set()
    phones: dict[str, str] = {}
    names: set[str] = set()
    places: set[str] = set()
    pieces: list = []
    pos = 0
    for m in SLOT.finditer(text):
        pieces.append(text[pos : m.start()])
        pos = m.end()
        kind, idx, form = m.group(1), m.group(2) or "0", m.group(3) or ""
        key = kind + idx
        if kind in ("P", "W"):
            if key not in people:
                people[key] = new_person(rng, kind == "W", used)
            p = people[key]
            if form == "e":
                if key + "e" not in values:
                    values[key + "e"] = V.person_email(rng, p.given, p.family)
                pieces.append(("EMAIL_ADDRESS", values[key + "e"]))
                continue
            names.update((p.given, p.family))
            pieces.append(("PERSON", person_form(p, form)))
            continue
        if kind in V.DECOYS:
            pieces.append(V.decoy(rng, kind))
            continue
        if key not in values:
            if kind == "L":
                values[key] = rng.choice(N.CITIES)
            elif kind == "C":
                values[key] = rng.choice(N.COUNTRIES)
            elif kind == "G":
                values[key] = rng.choice(N.REGIONS)
            elif kind == "A":
                values[key] = rng.choice(N.ADDRESSES)
            elif kind == "PH":
                values[key], region = V.phone(rng)
                phones[values[key]] = region
            elif kind == "E":
                g = rng.choice(_CULTURE_NAMES)
                _, givens, families = N.CULTURES[g]
                values[key] = V.person_email(rng, rng.choice(givens), rng.choice(families))
            elif kind == "R":
                values[key] = V.role_email(rng)
            elif kind == "CC":
                values[key] = V.card(rng)
            elif kind == "IB":
                values[key] = V.iban(rng)
            elif kind == "IP":
                values[key] = V.ipv4(rng)
            elif kind == "IPS":
                values[key] = V.ipv6(rng)
            elif kind == "SSN":
                values[key] = V.ssn(rng)
            elif kind == "AC":
                values[key] = V.account(rng)
            else:
                raise KeyError(f"{tid}: unknown slot {m.group(0)}")
        value = values[key]
        if kind in ("L", "C", "G", "A"):
            places.add(value.removeprefix("the "))
            if form == "l":
                value = value.lower()
            if value.startswith("the "):
                pieces.append("the ")
                value = value[4:]
        pieces.append((ENTITY[kind], value))
    pieces.append(text[pos:])
    pieces = [p for p in pieces if p != ""]
    prompt = compose(pid, shape, pieces)
    if "{" in prompt.text and SLOT.search(prompt.text):
        raise ValueError(f"{pid}: placeholder left")
    cultures = {p.culture for p in people.values()}
    return Rendered(prompt, tid, cultures, phones, names, places)


_PARTICLES = {"van", "der", "de", "da", "del", "la", "le", "el", "al", "bin", "ní", "mac"}


def name_tokens(names: set[str]) -> set[str]:
    """Whole words of planted names that a clean prompt must not hold."""
    out = set()
    for name in names:
        for tok in name.split():
            if len(tok) >= 3 and tok.lower() not in _PARTICLES:
                out.add(tok.lower())
    return out


_MASK = re.compile(r"\S+@\S+|https?://\S+|www\.\S+")


def visible(prompt: Prompt) -> str:
    """The text with gold spans, e-mail addresses and URLs blanked out."""
    chars = list(prompt.text)
    for g in prompt.gold:
        chars[g.start : g.end] = " " * (g.end - g.start)
    text = "".join(chars)
    return _MASK.sub(lambda m: " " * len(m.group(0)), text)


def stray(prompt: Prompt, tokens: set[str], places: set[str]) -> list[str]:
    """Planted name words or places found in the prompt outside gold spans."""
    text = visible(prompt).lower()
    found = []
    for word in re.findall(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", text):
        if word in tokens:
            found.append(word)
    for place in places:
        if re.search(r"(?<!\w)" + re.escape(place.lower()) + r"(?!\w)", text):
            found.append(place)
    return found
