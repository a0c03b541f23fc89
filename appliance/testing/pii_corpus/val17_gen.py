"""The template engine of val17: a template is hand-written text with slots in double
brackets, `[[kind]]` or `[[kind#n]]` (n: which person or value of the prompt, default 1).
Person slots write person n in one of many forms; value slots plant an e-mail address,
phone number, place, card, IBAN, SSN, IP address or account number (the same kind and n give
the same value again, each occurrence a gold span); decoy slots write numbers and codes
that are not personal data. A clean template may hold decoy slots only."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from appliance.testing.pii_corpus import Piece
from appliance.testing.pii_corpus import val17_values as V
from appliance.testing.pii_corpus.val17_names import BY_KEY, Person, address, fold, new_person, slug

SLOT = re.compile(r"\[\[(\w+)(?:#(\d))?\]\]")


@dataclass(frozen=True)
class Template:
    name: str
    shape: str
    text: str


def T(name: str, shape: str, text: str) -> Template:
    return Template(name, shape, text.strip("\n"))


# Person forms: kind -> (entity text builder); the possessive forms add "'s" outside the span.
def _person_form(kind: str, p: Person) -> str:
    g, f = p.given, p.family
    forms = {
        "full": f"{g} {f}",
        "first": g,
        "last": f,
        "sf": f"{f} {g}",
        "lf": f"{f}, {g}",
        "LF": f"{f.upper()}, {g}",
        "init": f"{g[0]}. {f}",
        "initf": f"{g} {f[0]}.",
        "lower": f"{g} {f}".lower(),
        "lowfirst": g.lower(),
        "upper": f"{g} {f}".upper(),
        "upfirst": g.upper(),
        "uplast": f.upper(),
        "ascii": fold(f"{g} {f}"),
        "asciifirst": fold(g),
        "asciilower": fold(f"{g} {f}").lower(),
        "handle": (
            f"{slug(g)}.{slug(f)}",
            f"{fold(g)}{fold(f)}".replace(" ", "").replace("'", "").replace("-", ""),
            f"{slug(g)}_{slug(f)[:1]}",
            slug(g),
        )[p.handle_style],
        "nick": f'{g} "{p.nick}" {f}',
        "nickonly": p.nick,
    }
    return forms[kind]


PERSON_KINDS = {
    "full", "first", "last", "sf", "lf", "LF", "init", "initf", "lower", "lowfirst", "upper",
    "upfirst", "uplast", "ascii", "asciifirst", "asciilower", "handle", "nick", "nickonly",
    "poss", "possfull",
}  # fmt: skip
# Word-name people: w + a person kind ("wfirst", "wfull", ...), persons 101.., nick people 201..
VALUE_KINDS = {
    "email", "wemail", "role", "phone", "phonei", "phonen", "city", "lcity", "country", "addr",
    "card", "iban", "ssn", "ip", "ip4", "ip6", "acct",
}  # fmt: skip
NONGOLD_KINDS = {"url", "urlfull"}  # name parts inside URLs: not a PERSON span


def slot_kinds(text: str) -> list[str]:
    return [m.group(1) for m in SLOT.finditer(text)]


def is_clean(t: Template) -> bool:
    return all(k in V.DECOY_KINDS for k in slot_kinds(t.text))


@dataclass
class Filled:
    pieces: list[Piece]
    cultures: list[str]
    phones: list[tuple[str, str]] = field(default_factory=list)


def fill(rng: random.Random, t: Template) -> Filled:
    persons: dict[int, Person] = {}
    memo: dict[tuple[str, int], str] = {}
    pieces: list[Piece] = []
    phones: list[tuple[str, str]] = []

    def person(n: int) -> Person:
        if n not in persons:
            kind = "word" if n > 100 and n < 200 else "nick" if n > 200 else "plain"
            persons[n] = new_person(rng, kind)
        return persons[n]

    pos = 0
    for m in SLOT.finditer(t.text):
        if m.start() > pos:
            pieces.append(t.text[pos : m.start()])
        pos = m.end()
        kind, n = m.group(1), int(m.group(2) or 1)
        if kind in V.DECOY_KINDS:
            pieces.append(V.decoy(rng, kind))
            continue
        if kind.startswith("w") and kind[1:] in PERSON_KINDS | {"email"}:
            kind, n = kind[1:], n + 100
        elif kind.startswith("k") and kind[1:] in PERSON_KINDS | {"email"}:
            kind, n = kind[1:], n + 200
        if kind in ("poss", "possfull"):
            p = person(n)
            pieces += [("PERSON", p.given if kind == "poss" else p.full), "'s"]
            continue
        if kind in PERSON_KINDS:
            pieces.append(("PERSON", _person_form(kind, person(n))))
            continue
        if kind in NONGOLD_KINDS:
            p = person(n)
            pieces.append(slug(p.given) + ("." + slug(p.family) if kind == "urlfull" else ""))
            continue
        key = (kind, n)
        if key not in memo:
            memo[key] = _value(rng, kind, n, person)
            if kind.startswith("phone"):
                phones.append((memo[key], BY_KEY[person(n).culture].region))
        entity = {
            "email": "EMAIL_ADDRESS", "role": "EMAIL_ADDRESS", "city": "LOCATION",
            "lcity": "LOCATION", "country": "LOCATION", "addr": "LOCATION",
            "card": "CREDIT_CARD", "iban": "IBAN_CODE", "ssn": "US_SSN", "ip": "IP_ADDRESS",
            "ip4": "IP_ADDRESS", "ip6": "IP_ADDRESS", "acct": "ACCOUNT_NUMBER",
        }.get(kind, "PHONE_NUMBER")  # fmt: skip
        value = memo[key]
        if value.startswith("the "):
            pieces.append("the ")
            value = value[4:]
        pieces.append((entity, value))
    if pos < len(t.text):
        pieces.append(t.text[pos:])
    cultures = [p.culture for _, p in sorted(persons.items())]
    return Filled(pieces, cultures, phones)


def _value(rng: random.Random, kind: str, n: int, person: object) -> str:
    p: Person = person(n)  # type: ignore[operator]
    c = BY_KEY[p.culture]
    if kind == "email":
        return V.email(rng, p, company=rng.random() < 0.3)
    if kind == "role":
        return V.role_email(rng)
    if kind == "phone":
        return V.phone(rng, c.region)
    if kind == "phonei":
        return V.phone(rng, c.region, rng.choice(("intl", "e164", "intl_dash", "intl_dot")))
    if kind == "phonen":
        return V.phone(rng, c.region, rng.choice(("natl", "natl_bare")))
    if kind == "city":
        return rng.choice(c.cities)
    if kind == "lcity":
        return rng.choice(c.cities).lower()
    if kind == "country":
        return c.country
    if kind == "addr":
        return address(rng, c.region)
    if kind == "card":
        return V.card(rng)
    if kind == "iban":
        return V.iban(rng, c.region)
    if kind == "ssn":
        return V.ssn(rng)
    if kind in ("ip", "ip4", "ip6"):
        return {"ip": V.ip, "ip4": V.ipv4, "ip6": V.ipv6}[kind](rng)
    if kind == "acct":
        return V.account(rng)
    raise KeyError(kind)
