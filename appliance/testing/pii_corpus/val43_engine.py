"""Template engine of the val43 part.

A template is a text with tokens in guillemets. Person tokens are ``«N1.form»`` (a person
of the next culture in turn) or ``«W1.form»`` (a person whose given/family name is also a
common word); forms: full, given, family, init ("J. Smith"), mid ("Anna K. Berg"),
sf ("Smith, John"), SF ("SMITH John"), FULL, lower, lgiven, dual (native script and Latin
script in brackets). Other personal tokens: email[:N1], remail (a role address), phone[:cc],
card, iban[:CC], ip4, ip6, ssn, acct, city, region, country, addr[:kind], street[:kind].
Decoy tokens (plain text, no gold): order, ticket, inv, date, time, ver, price, sku, serial,
hash, build, int:A-B, pick:a|b|c. A ``#tag`` suffix makes a token repeat its first value
within one prompt.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from typing import NamedTuple

from appliance.testing.pii_corpus import val43_values as V
from appliance.testing.pii_corpus.val43_names import (
    CULTURE_BY_CODE,
    CULTURES,
    WORD_FAMILY,
    WORD_GIVEN,
    Culture,
)

TOKEN = re.compile(r"«([^«»]+)»")

# The share of persons of a culture with its own script who are written in that script
# (tuned so that 8-12% of all PERSON spans are in a non-Latin script).
P_NATIVE = 0.15


class Tpl(NamedTuple):
    name: str
    shape: str
    text: str
    lang: str | None = None  # culture whose persons are all written in their own script


def T(name: str, shape: str, text: str, lang: str | None = None) -> Tpl:
    return Tpl(name, shape, text, lang)


@dataclass
class Person:
    culture: str
    given: str
    family: str
    ngiven: str = ""
    nfamily: str = ""
    native: bool = False
    ff: bool = False
    nff: bool = False
    nsep: str = " "

    def full(self) -> str:
        return f"{self.family} {self.given}" if self.ff else f"{self.given} {self.family}"

    def nfull(self) -> str:
        if self.nff:
            return f"{self.nfamily}{self.nsep}{self.ngiven}"
        return f"{self.ngiven} {self.nfamily}"


def make_person(c: Culture, r: random.Random, native: bool) -> Person:
    i = r.randrange(len(c.given))
    j = i if c.paired else r.randrange(len(c.family))
    p = Person(c.code, c.given[i], c.family[j], ff=c.ff, nff=c.nff, nsep=c.nsep)
    if c.native:
        p.ngiven, p.nfamily = c.ngiven[i], c.nfamily[j]
        p.native = native
    return p


def word_person(r: random.Random) -> Person:
    return Person(r.choice(("en_US", "en_GB")), r.choice(WORD_GIVEN), r.choice(WORD_FAMILY))


def person_pieces(p: Person, form: str, r: random.Random) -> list:
    if form == "dual":
        if p.ngiven:
            return [("PERSON", p.nfull()), " (", ("PERSON", p.full()), ")"]
        form = "full"
    if p.native:
        if form in ("given", "lgiven"):
            return [("PERSON", p.ngiven)]
        if form == "family":
            return [("PERSON", p.nfamily)]
        return [("PERSON", p.nfull())]
    g, f = p.given, p.family
    if form == "full":
        v = p.full()
    elif form == "given":
        v = g
    elif form == "family":
        v = f
    elif form == "init":
        v = f"{f} {g[0]}." if p.ff else f"{g[0]}. {f}"
    elif form == "mid":
        v = p.full() if p.ff else f"{g} {r.choice('ABCDEFGHJKLMNPRST')}. {f}"
    elif form == "sf":
        v = p.full() if p.ff else f"{f}, {g}"
    elif form == "SF":
        v = f"{f.upper()} {g}"
    elif form == "FULL":
        v = p.full().upper()
    elif form == "lower":
        v = p.full().lower()
    elif form == "lgiven":
        v = g.lower()
    else:
        raise ValueError(f"unknown person form {form!r}")
    return [("PERSON", v)]


@dataclass
class Render:
    pieces: list = field(default_factory=list)
    persons: dict = field(default_factory=dict)  # slot -> Person
    spans: list = field(default_factory=list)  # (entity, value, culture or None)


def _decoy(kind: str, arg: str, r: random.Random) -> str:
    if kind == "pick":
        return r.choice(arg.split("|"))
    if kind == "int":
        a, b = arg.split("-")
        return str(r.randint(int(a), int(b)))
    fn = {
        "order": V.d_order, "ticket": V.d_ticket, "inv": V.d_invoice, "date": V.d_date, "time": V.d_time,
        "ver": V.d_version, "price": V.d_price, "sku": V.d_sku, "serial": V.d_serial, "hash": V.d_hash,
        "build": V.d_build,
    }.get(kind)
    if fn is None:
        raise ValueError(f"unknown token {kind!r}")
    return fn(r)


_VALUES = {
    "phone": ("PHONE_NUMBER", lambda r, a: V.phone(r, a)),
    "card": ("CREDIT_CARD", lambda r, a: V.card(r, a)),
    "iban": ("IBAN_CODE", lambda r, a: V.iban(r, a)),
    "ip4": ("IP_ADDRESS", lambda r, a: V.ip4(r)),
    "ip6": ("IP_ADDRESS", lambda r, a: V.ip6(r)),
    "ssn": ("US_SSN", lambda r, a: V.ssn(r)),
    "acct": ("ACCOUNT_NUMBER", lambda r, a: V.account(r)),
    "city": ("LOCATION", lambda r, a: V.city(r)),
    "region": ("LOCATION", lambda r, a: V.region(r)),
    "country": ("LOCATION", lambda r, a: V.country(r)),
    "addr": ("LOCATION", lambda r, a: V.address(r, a)),
    "street": ("LOCATION", lambda r, a: V.street(r, a)),
    "remail": ("EMAIL_ADDRESS", lambda r, a: V.role_email(r)),
}


def render(tpl: Tpl, r: random.Random, next_culture) -> Render:
    """Fill a template. ``next_culture()`` gives the culture code of each new person."""
    out = Render()
    cache: dict[str, list] = {}

    def slot(name: str, form: str = "") -> Person:
        if name not in out.persons:
            if form == "dual" and not tpl.lang:
                # a name given in its own script and in Latin script: a culture that has both
                c = r.choice([c for c in CULTURES if c.native])
                out.persons[name] = make_person(c, r, False)
            elif name.startswith("W"):
                out.persons[name] = word_person(r)
            elif tpl.lang:
                out.persons[name] = make_person(CULTURE_BY_CODE[tpl.lang], r, True)
            else:
                c = CULTURE_BY_CODE[next_culture()]
                out.persons[name] = make_person(c, r, c.native and r.random() < P_NATIVE)
        return out.persons[name]

    def token(tok: str) -> list:
        if "#" in tok:
            if tok in cache:
                return cache[tok]
            base = tok.split("#", 1)[0]
            cache[tok] = token(base)
            return cache[tok]
        kind, _, arg = tok.partition(":")
        m = re.fullmatch(r"([NW]\d)(?:\.(\w+))?", tok)
        if m:
            p = slot(m.group(1), m.group(2) or "")
            return person_pieces(p, m.group(2) or "full", r)
        if kind == "email":
            if arg:
                p = slot(arg)
                return [("EMAIL_ADDRESS", V.email_for(r, p.given, p.family))]
            c = CULTURE_BY_CODE[next_culture()]
            return [("EMAIL_ADDRESS", V.email_for(r, r.choice(c.given), r.choice(c.family)))]
        if kind in _VALUES:
            entity, fn = _VALUES[kind]
            return [(entity, fn(r, arg))]
        return [_decoy(kind, arg, r)]

    pos = 0
    for m in TOKEN.finditer(tpl.text):
        if m.start() > pos:
            out.pieces.append(tpl.text[pos : m.start()])
        out.pieces.extend(token(m.group(1)))
        pos = m.end()
    if pos < len(tpl.text):
        out.pieces.append(tpl.text[pos:])
    # merge adjacent literal strings, record spans with the culture of their person
    merged: list = []
    for piece in out.pieces:
        if isinstance(piece, str) and merged and isinstance(merged[-1], str):
            merged[-1] += piece
        else:
            merged.append(piece)
    out.pieces = merged
    for piece in merged:
        if isinstance(piece, tuple):
            culture = None
            if piece[0] == "PERSON":
                for p in out.persons.values():
                    if piece[1] in _forms_of(p):
                        culture = p.culture
                        break
            out.spans.append((piece[0], piece[1], culture))
    return out


def _forms_of(p: Person) -> set[str]:
    g, f = p.given, p.family
    forms = {p.full(), g, f, g.lower(), p.full().lower(), p.full().upper(), f"{f.upper()} {g}", f"{f}, {g}",
             f"{g[0]}. {f}", f"{f} {g[0]}."}
    if p.ngiven:
        forms |= {p.ngiven, p.nfamily, p.nfull()}
    if not p.ff:
        forms |= {f"{g} {x}. {f}" for x in "ABCDEFGHJKLMNPRST"}
    return forms
