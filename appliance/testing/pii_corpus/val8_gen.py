"""The filler of val8's templates, the blind part of the labelled PII corpus.

A template is a text with placeholders in guillemets, `«base»`, `«base2»` or
`«base.form»`; the same base and number stand for the same value everywhere in a template,
and every occurrence becomes a gold span. Bases:

* people: `p` (a person of a random culture), `w` (a person whose given name is also an
  English word: Hope, Will, Grace ...). Forms: none (full name in the culture's order),
  `f` given, `l` family, `lf` "Family, Given", `LF` "FAMILY, Given", `U` capitals, `lo`
  lower case, `fl` given in lower case, `fU` given in capitals, `i` "G. Family", `sf`
  family then given, `em` an e-mail address built from the name (EMAIL_ADDRESS, no PERSON),
  `slug` a lower-case slug for URLs (not gold).
* `ph` a phone (form: a region code such as `US`, or none for a random region), `em` an
  e-mail of someone unnamed, `city`, `ctry` (country), `cc` city and its country written
  "City, Country" as two spans, `reg` region, `addr` street address, `card`, `iban`, `ip`,
  `ipsix`, `ssn`, `acct`.
* decoys, never gold: `ord`, `ver`, `date`, `dmy`, `time`, `price`, `sku`, `trk`, `isbn`,
  `hash`, `tkt`, `n`, `big`, `prod`, `team`, `code`, `kg`, `pct`, `flt`, `reg`... see
  `val8_values.decoy`.

Written for this part by its author without reading any other part of the corpus."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from appliance.testing.pii_corpus import Piece
from appliance.testing.pii_corpus import val8_names as names
from appliance.testing.pii_corpus import val8_values as values

PLACEHOLDER = re.compile(r"«([a-z]+)(\d*)(?:\.(\w+))?»")
DECOYS = {
    "ord",
    "ver",
    "date",
    "dmy",
    "time",
    "price",
    "sku",
    "trk",
    "isbn",
    "hash",
    "tkt",
    "n",
    "big",
    "prod",
    "team",
    "code",
    "kg",
    "pct",
    "flt",
    "tail",
    "plate",
}


@dataclass
class Person:
    given: str
    family: str
    culture: str
    family_first: bool

    def form(self, form: str) -> str:
        g, f = self.given, self.family
        full = f"{f} {g}" if self.family_first else f"{g} {f}"
        return {
            "": full,
            "f": g,
            "l": f,
            "lf": f"{f}, {g}",
            "LF": f"{f.upper()}, {g}",
            "U": full.upper(),
            "lo": full.lower(),
            "fl": g.lower(),
            "fU": g.upper(),
            "i": f"{g[0]}. {f}",
            "sf": f"{f} {g}",
        }[form]


@dataclass
class Filled:
    pieces: list[Piece] = field(default_factory=list)
    cultures: list[str] = field(default_factory=list)
    phones: dict[str, str] = field(default_factory=dict)


def _person(rng: random.Random, base: str, taken: set[str]) -> Person:
    """A person none of whose names is taken: by another person of the prompt, or by a
    word of the template's own text ("Will you ...", "Grace under pressure")."""
    while True:
        if base == "w":
            p = Person(
                rng.choice(names.WORD_NAMES), rng.choice(names.WORD_FAMILIES), "english", False
            )
        else:
            culture = rng.choice(sorted(names.CULTURES))
            given, family, order = names.CULTURES[culture]
            p = Person(rng.choice(given), rng.choice(family), culture, order)
        words = {p.given.lower(), p.family.lower(), *p.family.lower().split()}
        if p.given != p.family and not words & taken:
            taken.update(words)
            return p


def fill(template: str, rng: random.Random) -> Filled:
    out = Filled()
    people: dict[str, Person] = {}
    vals: dict[str, str | tuple[str, str]] = {}
    taken: set[str] = set(re.findall(r"\w+", PLACEHOLDER.sub(" ", template).lower()))
    pos = 0
    for m in PLACEHOLDER.finditer(template):
        if m.start() > pos:
            out.pieces.append(template[pos : m.start()])
        pos = m.end()
        base, idx, form = m.group(1), m.group(2), m.group(3) or ""
        key = base + idx
        if base in ("p", "w"):
            if key not in people:
                people[key] = _person(rng, base, taken)
                out.cultures.append(people[key].culture)
            person = people[key]
            if form == "em":
                if key + ".em" not in vals:
                    vals[key + ".em"] = values.email(rng, person.given, person.family)
                out.pieces.append(("EMAIL_ADDRESS", str(vals[key + ".em"])))
            elif form == "slug":
                out.pieces.append(
                    values.ascii_fold(person.given).lower()
                    + "-"
                    + values.ascii_fold(person.family).lower()
                )
            else:
                out.pieces.append(("PERSON", person.form(form)))
            continue
        if base in DECOYS:
            if key not in vals:
                vals[key] = values.decoy(rng, "reg" if base == "tail" else base)
            out.pieces.append(str(vals[key]))
            continue
        if key not in vals:
            vals[key] = _value(rng, base, form)
        v = vals[key]
        if base == "ph":
            assert isinstance(v, tuple)
            out.phones[v[0]] = v[1]
            out.pieces.append(("PHONE_NUMBER", v[0]))
        elif base == "cc":
            assert isinstance(v, tuple)
            out.pieces += [("LOCATION", v[0]), ", ", ("LOCATION", v[1])]
        else:
            entity = {
                "em": "EMAIL_ADDRESS",
                "city": "LOCATION",
                "ctry": "LOCATION",
                "reg": "LOCATION",
                "addr": "LOCATION",
                "card": "CREDIT_CARD",
                "iban": "IBAN_CODE",
                "ip": "IP_ADDRESS",
                "ipsix": "IP_ADDRESS",
                "ssn": "US_SSN",
                "acct": "ACCOUNT_NUMBER",
            }[base]
            text = str(v)
            if form == "U":
                text = text.upper()
            elif form == "lo":
                text = text.lower()
            out.pieces.append((entity, text))
    if pos < len(template):
        out.pieces.append(template[pos:])
    return out


def _value(rng: random.Random, base: str, form: str) -> str | tuple[str, str]:
    if base == "ph":
        region = form if form and form.isupper() else None
        return values.phone(rng, region)
    if base == "em":
        culture = rng.choice(sorted(names.CULTURES))
        given, family, _ = names.CULTURES[culture]
        return values.email(rng, rng.choice(given), rng.choice(family))
    if base == "city":
        return rng.choice(names.CITIES)[0]
    if base == "ctry":
        return rng.choice(names.CITIES)[1]
    if base == "cc":
        return rng.choice(names.CITIES)
    if base == "reg":
        return rng.choice(names.REGIONS)
    if base == "addr":
        return names.address(rng)
    if base == "card":
        return values.card(rng)
    if base == "iban":
        return values.iban(rng)
    if base == "ip":
        return values.ip(rng)
    if base == "ipsix":
        return values.ip(rng, v6=True)
    if base == "ssn":
        return values.ssn(rng)
    if base == "acct":
        return values.account(rng)
    raise KeyError(base)
