"""The renderer of val20, the blind part of the labelled PII corpus: turns a hand-written
template (text with «slots») into a `Prompt` whose gold spans are the planted values.

Slots (written by the val20 author, who read only the package's `__init__.py` and
`validity.py`):

* people: «a», «b», «c», «d» (a person of a random culture), «w» (a given name that is an
  everyday word: Hope, Will, Grace ...); an optional group after "@" picks the culture on
  first use («a@es», «b@de», «c@particle», «d@hyphen», «a@diac», «a@sf»), and "m" or "f"
  the gender where the text says it ("her", "my brother": «a@f», «b@us+m»); the form after
  "." says how the name is written: full (native order), first, last, lower, flower (first
  name in lower case), upper, lupper (family name in capitals), init ("M. Okafor"), rev
  ("Okafor, Maria"), revup ("OKAFOR, Maria"), ascii (no diacritics), west (given name
  first), nick (a nickname), email (an e-mail address built from the name), q (the name in
  a URL's query string, "Maria+Okafor": literal text, not a gold span);
* places: «city», «city2», «country», «region», «addr», «addr2» (forms: upper, lower);
* values: «ph1» «ph2» «ph3» (forms intl, nat, e164, digits), «em» «em2» (role
  addresses), «card» «card2», «iban» «iban2», «ip» «ip2» «ip6», «ssn» «ssn2», «acct»
  «acct2»;
* decoys (not gold): «order», «date», «time», «price», «ver», «tid», «hash», «sku»,
  «track», «isbn», «ref», «n», «year», «pct», «room», «host», «port», «ep» and «ep.kind»
  (a thing named like a person).

Every occurrence of a slot in a template is the same value, labelled each time (an «ep»
slot is a fresh thing each time).
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from appliance.testing.pii_corpus import Piece, Prompt, compose
from appliance.testing.pii_corpus import val20_names as names
from appliance.testing.pii_corpus import val20_values as values

SLOT = re.compile(r"«([^»]+)»")
_KEY = re.compile(r"^([a-z]+[0-9]?)(?:@([a-z+]+))?(?:\.([a-z0-9]+))?$")
PEOPLE = ("a", "b", "c", "d", "w")
PLACES = ("city", "city2", "country", "region", "addr", "addr2")
VALUE_ENTITY = {
    "ph": "PHONE_NUMBER",
    "em": "EMAIL_ADDRESS",
    "card": "CREDIT_CARD",
    "iban": "IBAN_CODE",
    "ip": "IP_ADDRESS",
    "ssn": "US_SSN",
    "acct": "ACCOUNT_NUMBER",
}


@dataclass(frozen=True)
class Template:
    name: str
    shape: str
    text: str


@dataclass
class Rendered:
    prompt: Prompt
    template: str
    cultures: tuple[str, ...]
    phones: tuple[tuple[str, str], ...]
    people: tuple[str, ...] = field(default=())


def _person_form(
    p: names.Person, form: str, rng: random.Random, cache: dict[str, str], base: str
) -> tuple[str, str]:
    match form:
        case "":
            return "PERSON", p.full
        case "first":
            return "PERSON", p.given
        case "last":
            return "PERSON", p.family
        case "lower":
            return "PERSON", p.west.lower()
        case "flower":
            return "PERSON", p.given.lower()
        case "upper":
            return "PERSON", p.full.upper()
        case "lupper":
            return "PERSON", p.family.upper()
        case "init":
            return "PERSON", f"{p.given[0]}. {p.family}"
        case "rev":
            return "PERSON", f"{p.family}, {p.given}"
        case "revup":
            return "PERSON", f"{p.family.upper()}, {p.given}"
        case "ascii":
            return "PERSON", names.fold(p.full)
        case "west":
            return "PERSON", p.west
        case "nick":
            key = base + ".nick"
            if key not in cache:
                cache[key] = rng.choice(names.NICKNAMES)
            return "PERSON", cache[key]
        case "email":
            key = base + ".email"
            if key not in cache:
                cache[key] = values.email(rng, p)
            return "EMAIL_ADDRESS", cache[key]
    raise KeyError(form)


def render(t: Template, pid: str, rng: random.Random) -> Rendered:
    keys = SLOT.findall(t.text)
    people: dict[str, names.Person] = {}
    for k in keys:  # people first, so that places and phones follow their cultures
        m = _KEY.match(k)
        if not m:
            raise ValueError(f"{t.name}: bad slot {k!r}")
        base, group, _ = m.groups()
        if base in PEOPLE and base not in people:
            people[base] = names.person(rng, "word" if base == "w" else group)
    cultures = [p.culture for p in people.values()]
    home = people.get("a") or people.get("b") or people.get("w")
    home_culture = home.culture if home else rng.choice(names.CULTURES).name
    if home_culture not in names.BY_NAME:
        home_culture = rng.choice(names.GROUPS["en"])
    cache: dict[str, str] = {}
    phones: list[tuple[str, str]] = []
    phone_region: dict[str, str] = {}
    pieces: list[Piece] = []
    pos = 0
    for m in SLOT.finditer(t.text):
        pieces.append(t.text[pos : m.start()])
        pos = m.end()
        base, _group, form = _KEY.match(m.group(1)).groups()  # type: ignore[union-attr]
        form = form or ""
        if base in people and form == "q":  # in a URL's query string: not a PERSON span
            p = people[base]
            pieces.append(f"{names.fold(p.given)}+{names.fold(p.family)}".replace(" ", "+"))
            continue
        if base in people:
            pieces.append(_person_form(people[base], form, rng, cache, base))
            continue
        if base in PLACES:
            if base not in cache:
                if base == "city":
                    cache[base] = rng.choice(names.BY_NAME[home_culture].cities)
                elif base == "city2":
                    other = rng.choice(names.CULTURES)
                    cache[base] = rng.choice([c for c in other.cities if c != cache.get("city")])
                elif base == "country":
                    cache[base] = names.BY_NAME[home_culture].country
                elif base == "region":
                    cache[base] = rng.choice(names.REGIONS)
                elif base == "addr":
                    cache[base] = names.address(rng, home_culture)
                else:
                    cache[base] = names.address(rng, rng.choice(names.CULTURES).name)
            v = cache[base]
            v = v.upper() if form == "upper" else v.lower() if form == "lower" else v
            pieces.append(("LOCATION", v))
            continue
        kind = re.sub(r"[0-9]+$", "", base)
        if kind in VALUE_ENTITY:
            key = f"{base}.{form}"
            if key not in cache:
                if kind == "ph":
                    owner = {"ph1": home, "ph2": people.get("b") or home}.get(base)
                    if owner and owner.culture in names.BY_NAME:
                        region = names.BY_NAME[owner.culture].region
                    elif owner:
                        region = rng.choice(("US", "GB", "CA", "AU", "IE"))
                    else:
                        region = rng.choice(names.CULTURES).region
                    region = phone_region.setdefault(base, region)
                    cache[key] = values.phone(rng, region, form)
                    phones.append((cache[key], region))
                elif kind == "em":
                    cache[key] = values.role_email(rng)
                elif kind == "card":
                    cache[key] = values.card(rng)
                elif kind == "iban":  # one IBAN per slot, its forms only space it
                    compact = cache.setdefault(base, values.iban(rng, spaced=False))
                    spaced = " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
                    if form == "compact":
                        cache[key] = compact
                    elif form == "spaced":
                        cache[key] = spaced
                    else:
                        cache[key] = spaced if rng.random() < 0.6 else compact
                elif kind == "ip":
                    cache[key] = values.ip(rng, 6 if base == "ip6" else 4)
                elif kind == "ssn":
                    cache[key] = values.ssn(rng)
                else:
                    cache[key] = values.account(rng)
            pieces.append((VALUE_ENTITY[kind], cache[key]))
            continue
        if base == "ep":  # a fresh thing at each «ep» slot
            pieces.append(values.eponym(rng, form))
            continue
        key = f"{base}.{form}"
        if key not in cache:
            cache[key] = values.filler(rng, base)
        pieces.append(cache[key])
    pieces.append(t.text[pos:])
    prompt = compose(pid, t.shape, pieces)
    return Rendered(
        prompt, t.name, tuple(cultures), tuple(phones), tuple(p.full for p in people.values())
    )


def templates(shape_texts: list[tuple[str, str]], prefix: str) -> list[Template]:
    """Templates from (shape, text) pairs, named prefix:shape:number."""
    counts: dict[str, int] = {}
    out = []
    for shape, text in shape_texts:
        counts[shape] = counts.get(shape, 0) + 1
        out.append(Template(f"{prefix}:{shape}:{counts[shape]}", shape, text))
    return out
