"""train_c: a generator of labelled training prompts for a PERSON/LOCATION NER model.

`prompts(seed, count)` returns `count` prompts (ids `trainc-<seed>-00001` ...): about 60% hold
personal data and 40% are clean. The same seed gives the same prompts; another seed gives
other fills and another template order.

How it was written ("blind"): its author read only `appliance/testing/pii_corpus/__init__.py`
(the `Prompt`/`Gold`/`compose`/`check` API and the gold conventions) and `validity.py` (Luhn,
IBAN and SSN checks), and nothing else of the corpus, the analyzer or its documentation.
Every template, name, place and decoy was written from the author's own head; for volume,
half the person names come from Faker's person providers of many Latin-script or romanized
locales (see `train_c_names`).

Domains: developer and IT traffic of SaaS, DevOps, data engineering, security and IT
helpdesks. Shapes (`Prompt.shape`): log, trace, commit, blame, pr, python, javascript, sql,
go, shell, yaml, toml, ini, env, json, ndjson, toolcall, api, csv, markdown, ticket, ci, k8s,
crontab, rota, codeowners, dump, html, xml and chat (helpdesk chats, speaker labels,
signatures, @-mentions, lower-case, all-caps and unpunctuated voice-to-text writing).
Templates: `train_c_personal.TEMPLATES` (names, places and, in about a third, structured
values) and `train_c_clean.TEMPLATES` (decoys only).

Conventions (those of `__init__.py`): PERSON is a name as written (first name alone, full,
initials, surname first, lower or upper case, an @-mention without its "@"), never a title
or a possessive "'s"; names inside e-mail addresses are part of the EMAIL_ADDRESS span only.
LOCATION is a city, region or country (a leading "the" stays outside) or a whole street
address. Phones are valid by `phonenumbers` as written, cards pass Luhn, IBANs have correct
check digits, SSNs follow the issuing rules, ACCOUNT_NUMBER appears only where the text
says it is an account. Every planted value is a gold span each time it occurs; literal text
holds no person or place, and companies named after people (Ford, Tesla, Bosch) are not
PERSON.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from appliance.testing.pii_corpus import (
    Piece,
    Prompt,
    check,
    compose,
    train_c_clean,
    train_c_personal,
)
from appliance.testing.pii_corpus import train_c_names as names
from appliance.testing.pii_corpus import train_c_values as values

CLEAN_SHARE = 0.4
_SLOT = re.compile(r"\{\{([a-z]+?)(\d?)(?:\.([a-z]+))?\}\}")
_LOCATIONS = {"city", "region", "country", "loc", "addr"}
_STRUCTURED = {"phone", "email", "card", "iban", "ssn", "acct", "ip", "ip4", "ip6"}
_VALUE_ENTITY = {
    "phone": "PHONE_NUMBER", "email": "EMAIL_ADDRESS", "card": "CREDIT_CARD",
    "iban": "IBAN_CODE", "ssn": "US_SSN", "acct": "ACCOUNT_NUMBER", "ip": "IP_ADDRESS",
    "ip4": "IP_ADDRESS", "ip6": "IP_ADDRESS",
}  # fmt: skip

Slot = tuple[str, str, str]  # base, number, form
Template = tuple[str, tuple[str | Slot, ...]]


def _parse(text: str) -> tuple[str | Slot, ...]:
    out: list[str | Slot] = []
    pos = 0
    for m in _SLOT.finditer(text):
        if m.start() > pos:
            out.append(text[pos : m.start()])
        out.append((m.group(1), m.group(2), m.group(3) or ""))
        pos = m.end()
    if pos < len(text):
        out.append(text[pos:])
    return tuple(out)


PERSONAL: tuple[Template, ...] = tuple((s, _parse(t)) for s, t in train_c_personal.TEMPLATES)
CLEAN: tuple[Template, ...] = tuple((s, _parse(t)) for s, t in train_c_clean.TEMPLATES)
SHAPES: frozenset[str] = frozenset(s for s, _ in PERSONAL + CLEAN)


def template_count() -> int:
    return len(PERSONAL) + len(CLEAN)


def has_structured(template: Template) -> bool:
    return any(
        isinstance(p, tuple) and (p[0] in _STRUCTURED or p[2] == "email") for p in template[1]
    )


class _Fill:
    """The values of one prompt: a slot used twice gets the same value twice."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.people: dict[str, names.Person] = {}
        self.values: dict[str, str] = {}

    def _person(self, key: str, word: bool) -> names.Person:
        if key not in self.people:
            taken = {(p.given, p.family) for p in self.people.values()}
            taken_given = {p.given for p in self.people.values()}
            for _ in range(20):
                p = names.word_person(self.rng) if word else names.person(self.rng)
                if (p.given, p.family) not in taken and p.given not in taken_given:
                    break
            self.people[key] = p
        return self.people[key]

    def _value(self, key: str, make: Callable[[], str]) -> str:
        if key not in self.values:
            taken = set(self.values.values())
            for _ in range(20):
                v = make()
                if v not in taken:
                    break
            self.values[key] = v
        return self.values[key]

    def pieces(self, slot: Slot) -> list[Piece]:
        base, num, form = slot
        rng = self.rng
        key = base + num
        if base in ("p", "w"):
            person = self._person(key, base == "w")
            if form == "email":
                return [
                    (
                        "EMAIL_ADDRESS",
                        self._value(key + ".email", lambda: values.email(rng, person)),
                    )
                ]
            return [("PERSON", names.render(rng, person, form or "any"))]
        if base in _LOCATIONS:
            make = {
                "city": lambda: rng.choice(values.CITIES),
                "region": lambda: rng.choice(values.REGIONS),
                "country": lambda: rng.choice(values.COUNTRIES),
                "loc": lambda: rng.choice(
                    rng.choice((values.CITIES, values.CITIES, values.REGIONS, values.COUNTRIES))
                ),
                "addr": lambda: values.address(rng),
            }[base]
            text = self._value(key, make)
            out: list[Piece] = []
            if text.startswith("the "):
                text = text[4:]
                if rng.random() < 0.6:
                    out.append("the ")
            out.append(("LOCATION", _case(text, form)))
            return out
        if base in _VALUE_ENTITY:
            make = {
                "phone": lambda: values.phone(rng),
                "email": lambda: values.plain_email(rng),
                "card": lambda: values.card(rng),
                "iban": lambda: values.iban(rng),
                "ssn": lambda: values.ssn(rng),
                "acct": lambda: values.account(rng),
                "ip": lambda: values.ip(rng),
                "ip4": lambda: values.ipv4(rng),
                "ip6": lambda: values.ipv6(rng),
            }[base]
            return [(_VALUE_ENTITY[base], self._value(key, make))]
        # decoys: a fresh value each time unless numbered
        text = self._value(key, lambda: values.decoy(rng, base)) if num else values.decoy(rng, base)
        return [_case(text, form)]


def _case(text: str, form: str) -> str:
    if form == "lower":
        return text.lower()
    if form == "upper":
        return text.upper()
    return text


_PUNCT = str.maketrans("", "", ".,!?;:")


def _voice(s: str) -> str:
    return s.lower().translate(_PUNCT)


def _restyle(rng: random.Random, shape: str, pieces: list[Piece]) -> list[Piece]:
    """Chats are sometimes typed in lower case, shouted in capitals, or dictated."""
    if shape != "chat":
        return pieces
    r = rng.random()
    f: Callable[[str], str]
    if r < 0.12:
        f = str.lower
    elif r < 0.15:
        f = str.upper
    elif r < 0.23:  # voice-to-text: lower case, no punctuation between the values
        f = _voice
    else:
        return pieces
    out: list[Piece] = []
    for p in pieces:
        if isinstance(p, tuple):
            entity, value = p
            out.append((entity, value.lower() if f is not str.upper else value.upper()))
        else:
            out.append(f(p))
    return out


def _render(rng: random.Random, id: str, template: Template) -> Prompt:
    shape, parts = template
    fill = _Fill(rng)
    pieces: list[Piece] = []
    for part in parts:
        if isinstance(part, str):
            pieces.append(part)
        else:
            pieces.extend(fill.pieces(part))
    pieces = _restyle(rng, shape, pieces)
    # a value that lost its letters to upper/lower casing keeps its place; strip no spaces
    return compose(id, shape, [p for p in pieces if p != ""])


def prompts(seed: int, count: int) -> list[Prompt]:
    """`count` labelled prompts for seed `seed`; about 40% clean."""
    rng = random.Random(f"train_c:{seed}")
    # Templates with structured values are about half of the personal ones: the others are
    # dealt more often, so that about a third of personal prompts carry structured values.
    plain = [t for t in PERSONAL if not has_structured(t)]
    structured = [t for t in PERSONAL if has_structured(t)]
    extra = min(len(plain), max(0, 2 * len(structured) - 2 * len(plain)))
    personal = structured + plain * 2 + rng.sample(plain, extra)
    clean = list(CLEAN)
    rng.shuffle(personal)
    rng.shuffle(clean)
    n_clean = round(count * CLEAN_SHARE)
    clean_at = set(rng.sample(range(count), n_clean))
    out: list[Prompt] = []
    i_p = i_c = 0
    for i in range(count):
        pid = f"trainc-{seed}-{i + 1:05d}"
        if i in clean_at:
            template = clean[i_c % len(clean)]
            i_c += 1
            if i_c % len(clean) == 0:
                rng.shuffle(clean)
        else:
            template = personal[i_p % len(personal)]
            i_p += 1
            if i_p % len(personal) == 0:
                rng.shuffle(personal)
        out.append(_render(rng, pid, template))
    check(out)
    return out
