"""The generator of val11 of the labelled PII corpus: fills val11's hand-written templates
with people, places, contacts and decoys, written by val11's author without reading any
other part of the corpus.

A template is a shape and a text with placeholders in guillemets, «kind» or «kindN»: the
same kind and number stand for the same value wherever they occur (so every occurrence is
labelled), and «l_kind» / «u_kind» write it in lower case / capitals. Person kinds (of
person N): full, first, last, sf (surname first), lf ("Family, Given"), init ("A. Family"),
firstl ("Given F."), word and wfull (the person's given name is one of `WORD_NAMES`);
urlname writes the name as it stands in a URL's query string, which is not a span. Other
spans: city, region, country, addr, phone, intl, nat, email (of person N), card, iban, ssn,
ip, ipsix, acct. Decoys (never spans): ord, trk, isbn, ver, sku, hash, tkt, date, time,
price, n, long.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from appliance.testing.pii_corpus import Piece, Prompt, compose
from appliance.testing.pii_corpus import val11_values as values
from appliance.testing.pii_corpus.val11_names import CULTURES, SURNAME_FIRST, WORD_NAMES

PLACEHOLDER = re.compile(r"«(?:([lu])_)?([a-z]+)(\d?)»")
PERSON_KINDS = frozenset({"full", "first", "last", "sf", "lf", "init", "firstl", "word", "wfull"})
SPAN_KINDS = {
    "city": "LOCATION",
    "region": "LOCATION",
    "country": "LOCATION",
    "addr": "LOCATION",
    "phone": "PHONE_NUMBER",
    "intl": "PHONE_NUMBER",
    "nat": "PHONE_NUMBER",
    "email": "EMAIL_ADDRESS",
    "card": "CREDIT_CARD",
    "iban": "IBAN_CODE",
    "ssn": "US_SSN",
    "ip": "IP_ADDRESS",
    "ipsix": "IP_ADDRESS",
    "acct": "ACCOUNT_NUMBER",
}
DECOY_KINDS = frozenset(
    {"ord", "trk", "isbn", "ver", "sku", "hash", "tkt", "date", "time", "price", "n", "long"}
)
_WORD_FAMILIES = ("english", "american", "irish", "scottish", "welsh")


@dataclass(frozen=True)
class Person:
    culture: str
    given: str
    family: str

    def form(self, kind: str) -> str:
        g, f = self.given, self.family
        if kind in ("full", "wfull"):
            return f"{f} {g}" if self.culture in SURNAME_FIRST else f"{g} {f}"
        if kind in ("first", "word"):
            return g
        if kind == "last":
            return f
        if kind == "sf":
            return f"{f} {g}"
        if kind == "lf":
            return f"{f}, {g}"
        if kind == "init":
            return f"{g[0]}. {f}"
        if kind == "firstl":
            return f"{g} {f[0]}."
        raise KeyError(kind)


def _person(rng: random.Random, word: bool, taken: set[str]) -> Person:
    for _ in range(50):
        if word:
            culture = rng.choice(_WORD_FAMILIES)
            given = rng.choice(WORD_NAMES)
        else:
            culture = rng.choice(tuple(CULTURES))
            given = rng.choice(CULTURES[culture][0])
        family = rng.choice(CULTURES[culture][1])
        if given not in taken and family not in taken:
            break
    taken.update((given, family))
    return Person(culture, given, family)


def fill(id: str, shape: str, template: str, rng: random.Random) -> tuple[Prompt, tuple[str, ...]]:
    """A prompt from a template, and the cultures of the people planted in it."""
    marks = PLACEHOLDER.findall(template)
    word_people = {idx for _, kind, idx in marks if kind in ("word", "wfull")}
    people: dict[str, Person] = {}
    taken: set[str] = set()
    cache: dict[tuple[str, str], str] = {}

    def person(idx: str) -> Person:
        if idx not in people:
            people[idx] = _person(rng, idx in word_people, taken)
        return people[idx]

    def value(kind: str, idx: str) -> str:
        key = (kind, idx)
        if key in cache:
            return cache[key]
        if kind in PERSON_KINDS:
            v = person(idx).form(kind)
        elif kind == "urlname":
            p = person(idx)
            v = values.ascii_fold(f"{p.given}+{p.family}").lower().replace(" ", "+")
        elif kind == "email":
            p = person(idx)
            v = values.email(rng, p.given, p.family)
        elif kind == "city":
            v = rng.choice(values.CITIES)
        elif kind == "region":
            v = rng.choice(values.REGIONS)
        elif kind == "country":
            v = rng.choice(values.COUNTRIES)
        elif kind == "addr":
            v = rng.choice(values.ADDRESSES)
        elif kind == "phone":
            v = values.phone(rng)
        elif kind == "intl":
            v = values.phone(rng, style="intl")
        elif kind == "nat":
            v = values.phone(rng, style=rng.choice(("national", "compact")))
        elif kind == "card":
            v = values.card(rng)
        elif kind == "iban":
            v = values.iban(rng)
        elif kind == "ssn":
            v = values.ssn(rng)
        elif kind == "ip":
            v = values.ipv4(rng)
        elif kind == "ipsix":
            v = values.ipv6(rng)
        elif kind == "acct":
            v = values.account(rng)
        elif kind in DECOY_KINDS:
            v = values.decoy(rng, kind)
        else:
            raise KeyError(f"{id}: unknown placeholder kind {kind!r}")
        if kind in ("city", "region", "country", "addr"):
            others = {cache[k] for k in cache if k[0] == kind}
            while v in others:
                v = rng.choice(
                    {
                        "city": values.CITIES,
                        "region": values.REGIONS,
                        "country": values.COUNTRIES,
                        "addr": values.ADDRESSES,
                    }[kind]
                )
        cache[key] = v
        return v

    pieces: list[Piece] = []
    pos = 0
    for m in PLACEHOLDER.finditer(template):
        pieces.append(template[pos : m.start()])
        case, kind, idx = m.groups()
        v = value(kind, idx or "1")
        if case == "l":
            v = v.lower()
        elif case == "u":
            v = v.upper()
        if kind in PERSON_KINDS:
            pieces.append(("PERSON", v))
        elif kind in SPAN_KINDS:
            pieces.append((SPAN_KINDS[kind], v))
        else:
            pieces.append(v)
        pos = m.end()
    pieces.append(template[pos:])
    cultures = tuple(sorted({people[i or "1"].culture for _, k, i in marks if k in PERSON_KINDS}))
    return compose(id, shape, [p for p in pieces if p != ""]), cultures
