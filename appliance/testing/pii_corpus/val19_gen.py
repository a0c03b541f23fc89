"""The generator of val19: fills hand-written templates with people, places, contacts,
numbers and decoys, and composes `Prompt`s with their gold spans.

Written blind (the author read only the package's `__init__.py` and `validity.py`).

A template is text with slots in guillemets. Person slots are `«pN.FORM»` (N the person,
the same person wherever N repeats) with FORM one of: full, first, last, sf (surname
first), lf ("Family, Given"), LF ("FAMILY, Given"), init ("G. Family"), mid ("Given X.
Family"), nick, nickfull ('Given "Nick" Family'), word (a given name that is also an
English word), ascii / afirst / alast (without diacritics), email / wemail (the person's
free or work address). Value slots are `«KIND[digit][:mods]»`: phone, card, iban, ip, ip6,
ssn, acct, email, city, region, country, addr, street (the same key gives the same value
in a prompt; a digit asks for another). Mods: up, lo, cap (case), for phones a region
code or a format (intl, nat, e164, rfc, idd, plain, dots). Any other kind is a decoy (a
number from `val19_values.decoy` or a thing from `val19_clean.THINGS`) and is no gold
span. A slot written `«=KEY»` puts the same value in as plain text (no span), for URLs;
its `url` mod writes it the way a URL does ("given-family").

A filled prompt is drawn again when a planted name or place occurs anywhere else in its
text unlabelled (as a whole word, case aside, outside URLs), so every occurrence of a
planted value is a gold span; clean prompts are drawn again when they hold a name or place
planted anywhere in the part.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from appliance.testing.pii_corpus import Piece, Prompt, compose
from appliance.testing.pii_corpus.val19_names import (
    CULTURES,
    NICKS,
    WORD_NAME_CULTURES,
    WORD_NAMES,
    fold,
)
from appliance.testing.pii_corpus.val19_places import (
    ADDRESS_COUNTRIES,
    CITIES,
    COUNTRY_ALIASES,
    address,
    street_line,
)
from appliance.testing.pii_corpus.val19_values import (
    PHONE_FORMATS,
    PHONE_REGIONS,
    account,
    card,
    decoy,
    handle_email,
    iban,
    ipv4,
    ipv6,
    person_email,
    phone,
    ssn,
)

SLOT = re.compile(r"«([^»]+)»")
_PERSON_SLOT = re.compile(r"p(\d)\.(\w+)$")
_KIND_SLOT = re.compile(r"([a-z_]+?)(\d?)$")
_URL = re.compile(r"(?:https?://|www\.)\S+")
PARTICLES = {"van", "der", "den", "de", "la", "del", "da", "dos", "du", "le", "von", "bin"}
PARTICLES |= {"binti", "al", "el", "ap", "i", "e", "te", "ter", "mac", "ní", "ó", "abou", "abdel"}

_ENTITY = {
    "phone": "PHONE_NUMBER",
    "card": "CREDIT_CARD",
    "iban": "IBAN_CODE",
    "ip": "IP_ADDRESS",
    "ip6": "IP_ADDRESS",
    "ssn": "US_SSN",
    "acct": "ACCOUNT_NUMBER",
    "email": "EMAIL_ADDRESS",
    "city": "LOCATION",
    "region": "LOCATION",
    "country": "LOCATION",
    "addr": "LOCATION",
    "street": "LOCATION",
}
_PLACE_KINDS = {"city", "region", "country", "addr", "street"}


@dataclass(frozen=True)
class Template:
    name: str
    shape: str
    text: str

    @property
    def personal(self) -> bool:
        return any(_slot_entity(key) for key in SLOT.findall(self.text))


def _slot_entity(key: str) -> str | None:
    if key.startswith("="):
        return None
    key = key.split(":")[0]
    person = _PERSON_SLOT.match(key)
    if person:
        return "EMAIL_ADDRESS" if person.group(2) in ("email", "wemail") else "PERSON"
    kind = _KIND_SLOT.match(key)
    return _ENTITY.get(kind.group(1)) if kind else None


@dataclass
class _Person:
    culture: str
    given: str
    family: str
    middle: str

    def form(self, name: str, rng: random.Random) -> str:
        g, f = self.given, self.family
        forms = {
            "full": f"{g} {f}",
            "first": g,
            "word": g,
            "last": f,
            "sf": f"{f} {g}",
            "lf": f"{f}, {g}",
            "LF": f"{f.upper()}, {g}",
            "init": f"{g[0]}. {f}",
            "mid": f"{g} {self.middle}. {f}",
            "nick": NICKS.get(g, g),
            "nickfull": f'{g} "{NICKS.get(g, g)}" {f}',
            "ascii": fold(f"{g} {f}"),
            "afirst": fold(g),
            "alast": fold(f),
        }
        if name in forms:
            return forms[name]
        raise KeyError(f"unknown person form {name!r}")


@dataclass
class _Place:
    country: str
    city: str
    region: str
    addr: str = ""
    street: str = ""


@dataclass
class Filled:
    pieces: list[Piece]
    cultures: list[str]
    phone_regions: dict[str, str] = field(default_factory=dict)


def _case(text: str, mods: set[str]) -> str:
    if "up" in mods:
        return text.upper()
    if "lo" in mods:
        return text.lower()
    if "cap" in mods:
        return text[:1].upper() + text[1:]
    return text


class _Filler:
    def __init__(self, rng: random.Random, things: dict[str, tuple[str, ...]]) -> None:
        self.rng = rng
        self.things = things

    def fill(self, text: str) -> Filled:
        rng = self.rng
        keys = SLOT.findall(text)
        people = self._people(keys)
        places = self._places(keys)
        values: dict[str, str] = {}
        regions: dict[str, str] = {}
        pieces: list[Piece] = []
        pos = 0
        for m in SLOT.finditer(text):
            if m.start() > pos:
                pieces.append(text[pos : m.start()])
            pos = m.end()
            key = m.group(1)
            raw = key.startswith("=")
            key = key.removeprefix("=")
            base, _, modtext = key.partition(":")
            mods = set(modtext.split(",")) if modtext else set()
            person = _PERSON_SLOT.match(base)
            if person:
                who = people[person.group(1)]
                form = person.group(2)
                if form in ("email", "wemail"):
                    if base not in values:
                        values[base] = person_email(rng, who.given, who.family, form == "wemail")
                    value, entity = values[base], "EMAIL_ADDRESS"
                else:
                    value, entity = who.form(form, rng), "PERSON"
                value = _case(value, mods)
                if "url" in mods:
                    value = "-".join(fold(value).lower().replace("'", "").split())
                pieces.append(value if raw else (entity, value))
                continue
            kind_m = _KIND_SLOT.match(base)
            kind, index = (kind_m.group(1), kind_m.group(2)) if kind_m else (base, "")
            if kind in _ENTITY:
                if kind in _PLACE_KINDS:
                    value = self._place_value(kind, places[index or "1"], key, values)
                elif key in values:
                    value = values[key]
                else:
                    value = self._value(kind, mods, regions)
                    values[key] = value
                values[key] = value
                value = _case(value, mods)
                if "url" in mods:
                    value = "+".join(fold(value).replace(",", "").split())
                pieces.append(value if raw else (_ENTITY[kind], value))
                continue
            if key not in values:
                values[key] = self._decoy(kind, key)
            pieces.append(_case(values[key], mods))
        if pos < len(text):
            pieces.append(text[pos:])
        cultures = [people[k].culture for k in sorted(people)]
        return Filled(pieces, cultures, regions)

    def _decoy(self, kind: str, key: str) -> str:
        value = decoy(self.rng, kind)
        if value is not None:
            return value
        if kind in self.things:
            return self.rng.choice(self.things[kind])
        raise KeyError(f"unknown slot {key!r}")

    def _value(self, kind: str, mods: set[str], regions: dict[str, str]) -> str:
        rng = self.rng
        if kind == "phone":
            wanted = [m.upper() for m in mods if len(m) == 2 and m.upper() in PHONE_REGIONS]
            region = wanted[0] if wanted else rng.choice(PHONE_REGIONS)
            fmts = [m for m in mods if m in PHONE_FORMATS]
            value = phone(rng, region, fmts[0] if fmts else rng.choice(PHONE_FORMATS))
            regions[value] = region
            return value
        if kind == "card":
            return card(rng)
        if kind == "iban":
            return iban(rng)
        if kind == "ip":
            return ipv4(rng) if rng.random() < 0.85 else ipv6(rng)
        if kind == "ip6":
            return ipv6(rng)
        if kind == "ssn":
            return ssn(rng)
        if kind == "acct":
            return account(rng)
        if kind == "email":
            return handle_email(rng)
        raise KeyError(kind)

    def _place_value(self, kind: str, place: _Place, key: str, values: dict[str, str]) -> str:
        if key in values:
            return values[key]
        if kind == "city":
            return place.city
        if kind == "region":
            return place.region
        if kind == "country":
            aliases = COUNTRY_ALIASES.get(place.country, ())
            if aliases and self.rng.random() < 0.4:
                return self.rng.choice(aliases)
            return place.country
        if kind == "addr":
            return place.addr
        return place.street

    def _people(self, keys: list[str]) -> dict[str, _Person]:
        rng = self.rng
        forms: dict[str, set[str]] = {}
        for key in keys:
            m = _PERSON_SLOT.match(key.removeprefix("=").split(":")[0])
            if m:
                forms.setdefault(m.group(1), set()).add(m.group(2))
        people: dict[str, _Person] = {}
        used: set[str] = set()
        for index in sorted(forms):
            wanted = forms[index]
            for _ in range(100):
                if "word" in wanted:
                    culture = rng.choice(WORD_NAME_CULTURES)
                    given = rng.choice(WORD_NAMES)
                elif wanted & {"nick", "nickfull"}:
                    given = rng.choice(sorted(NICKS))
                    culture = next(c for c, (gs, _) in CULTURES.items() if given in gs)
                else:
                    culture = rng.choice(sorted(CULTURES))
                    given = rng.choice(CULTURES[culture][0])
                family = rng.choice(CULTURES[culture][1])
                if given not in used and family not in used:
                    break
            used.update((given, family))
            middle = rng.choice("ABCDEFGHJKLMNPRSTW")
            people[index] = _Person(culture, given, family, middle)
        return people

    def _places(self, keys: list[str]) -> dict[str, _Place]:
        rng = self.rng
        needs: dict[str, set[str]] = {}
        for key in keys:
            m = _KIND_SLOT.match(key.removeprefix("=").split(":")[0])
            if m and m.group(1) in _PLACE_KINDS:
                needs.setdefault(m.group(2) or "1", set()).add(m.group(1))
        places: dict[str, _Place] = {}
        taken: set[str] = set()
        for index in sorted(needs):
            need = needs[index]
            countries = ADDRESS_COUNTRIES if need & {"addr", "street"} else tuple(CITIES)
            for _ in range(100):
                country = rng.choice(countries)
                city, region = rng.choice(CITIES[country])
                if "region" in need and not region:
                    continue
                if country not in taken:
                    break
            taken.add(country)
            place = _Place(country, city, region)
            if country in ADDRESS_COUNTRIES:
                place.addr = address(rng, country, city, region)
                place.street = street_line(rng, country)
            places[index] = place
        return places


def _word_pattern(value: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + re.escape(value) + r"(?!\w)", re.IGNORECASE)


def unlabelled_occurrence(prompt: Prompt) -> str | None:
    """A planted name or place (or a part of a planted name) that also occurs in the text
    outside every gold span and URL, or None."""
    covered = [(g.start, g.end) for g in prompt.gold]
    covered += [(m.start(), m.end()) for m in _URL.finditer(prompt.text)]
    probes: set[str] = set()
    for g in prompt.gold:
        value = prompt.text[g.start : g.end]
        if g.entity == "PERSON":
            probes.add(value)
            for token in re.split(r"[\s,\"]+", value):
                token = token.strip(".'")
                if len(token) >= 2 and token.lower() not in PARTICLES:
                    probes.add(token)
        elif g.entity == "LOCATION" and not any(ch.isdigit() for ch in value):
            probes.add(value)
    for probe in probes:
        for m in _word_pattern(probe).finditer(prompt.text):
            if not any(s <= m.start() and m.end() <= e for s, e in covered):
                return probe
    return None


def fill_prompt(
    id: str,
    template: Template,
    rng: random.Random,
    things: dict[str, tuple[str, ...]],
    banned: re.Pattern[str] | None = None,
) -> tuple[Prompt, Filled]:
    """The prompt `template` gives, drawn again until no planted value occurs unlabelled (and,
    for a clean one, no name or place matched by `banned` occurs)."""
    filler = _Filler(rng, things)
    for _ in range(60):
        filled = filler.fill(template.text)
        prompt = compose(id, template.shape, filled.pieces)
        if unlabelled_occurrence(prompt) is not None:
            continue
        if banned is not None and prompt.clean and banned.search(prompt.text):
            continue
        return prompt, filled
    raise RuntimeError(f"{id}: template {template.name} keeps planting clashing values")


def banned_pattern(values: set[str]) -> re.Pattern[str]:
    """One pattern that finds any of `values` as a whole word, case aside."""
    alternatives = sorted((re.escape(v) for v in values if v), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", re.IGNORECASE)
