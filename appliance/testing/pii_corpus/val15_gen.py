"""The generator of val15, the fifteenth blind part of the labelled PII corpus: it fills the
hand-written templates of `val15_personal_a`, `val15_personal_b` and `val15_clean` with
people, places, contact and payment values and decoys, and records the gold spans.

A template is plain text with slots in guillemets, «kind[index][.attribute...]»:

* «p1», «p1.first», «p1.last», «p1.sf» (surname first), «p1.lf» ("Family, Given"),
  «p1.init» ("G. Family"), «p1.finit» ("Given F."), «p1.mention» (an @-mention's name; the
  "@" is written in the template, outside the span), «p1.email» (an EMAIL_ADDRESS made from
  the name), «p1.url» (the name in a URL's query string: literal text, no span);
  «w1» is a person whose given name is also an everyday word ("Hope", "Will").
* «l1» / «l1.city», «l1.region», «l1.country», «l1.addr»: LOCATION spans of one place.
* «phone1[.gb][.intl]», «email1», «card1», «iban1[.de]», «ssn1», «ip1», «ipsix1», «acct1».
* any decoy kind of `val15_things` («order», «date», «brand», «dish» ...): literal text.
* «...upper» / «...lower» as the last attribute change the case of what is written.

The same kind and index is the same value everywhere in a prompt, and every occurrence is a
gold span. A draw is thrown away and made again when a planted name or place also shows up
as a whole word outside the gold spans (a surname that is a word of the template, a given
name that is also a decoy), so that every occurrence of a planted value is labelled.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from appliance.testing.pii_corpus import Gold, Prompt, check
from appliance.testing.pii_corpus import val15_things as things
from appliance.testing.pii_corpus.val15_names import (
    CULTURES,
    PARTICLES,
    WORD_NAME_FAMILIES,
    WORD_NAMES,
    Culture,
)
from appliance.testing.pii_corpus.val15_phones import REGIONS, phone
from appliance.testing.pii_corpus.val15_values import (
    PLACES,
    Place,
    account,
    card,
    fold,
    iban,
    ipv4,
    ipv6,
    person_email,
    shop_email,
    ssn,
)

SLOT = re.compile(r"«([a-z]+?)(\d*)((?:\.[a-z0-9]+)*)»")
_PHONE_STYLES = frozenset(("nat", "intl", "e164", "dots", "dashes", "bare", "paren"))
_REGIONS_LOWER = {r.lower(): r for r in REGIONS}
WORD_NAME_SET = frozenset(WORD_NAMES)


@dataclass(frozen=True)
class Template:
    name: str
    shape: str
    text: str
    personal: bool


def templates(prefix: str, raw: list[tuple[str, str]], personal: bool) -> list[Template]:
    out: list[Template] = []
    for i, (shape, text) in enumerate(raw, 1):
        out.append(Template(f"{prefix}{i:03d}_{shape}", shape, text.strip("\n"), personal))
    return out


@dataclass
class Person:
    culture: str
    given: str
    family: str
    family_first: bool
    email: str = ""

    def form(self, attr: str, rng: random.Random) -> str:
        g, f = self.given, self.family
        if attr in ("", "full"):
            return f"{f} {g}" if self.family_first else f"{g} {f}"
        if attr == "first":
            return g
        if attr == "last":
            return f
        if attr == "sf":
            return f"{f} {g}"
        if attr == "gf":
            return f"{g} {f}"
        if attr == "lf":
            return f"{f}, {g}"
        if attr == "init":
            return f"{g[0]}. {f}"
        if attr == "finit":
            return f"{g} {f[0].upper()}."
        if attr == "mention":
            base = fold(g).lower().replace(" ", "").replace("'", "")
            return (
                base
                if rng.random() < 0.6
                else f"{base}.{fold(f).lower().replace(' ', '').replace(chr(39), '')}"
            )
        if attr == "url":
            return "+".join(fold(f"{g} {f}").lower().split())
        raise ValueError(f"unknown person attribute {attr!r}")


@dataclass
class Draw:
    rng: random.Random
    people: dict[str, Person] = field(default_factory=dict)
    places: dict[str, Place] = field(default_factory=dict)
    values: dict[str, str] = field(default_factory=dict)
    phone_regions: dict[str, str] = field(default_factory=dict)

    def person(self, key: str, word: bool) -> Person:
        if key not in self.people:
            used_g = {p.given for p in self.people.values()}
            used_f = {p.family for p in self.people.values()}
            rng = self.rng
            while True:
                if word:
                    fam_culture = rng.choice(CULTURES)
                    family = rng.choice(WORD_NAME_FAMILIES + fam_culture.family[:2])
                    culture: Culture | None = None
                    p = Person("english", rng.choice(WORD_NAMES), family, False)
                else:
                    culture = rng.choice(CULTURES)
                    p = Person(
                        culture.name,
                        rng.choice(culture.given),
                        rng.choice(culture.family),
                        culture.family_first,
                    )
                if p.given not in used_g and p.family not in used_f:
                    break
            p.email = person_email(rng, p.given, p.family)
            self.people[key] = p
        return self.people[key]

    def place(self, key: str) -> Place:
        if key not in self.places:
            used = {p.city for p in self.places.values()}
            while True:
                pl = self.rng.choice(PLACES)
                if pl.city not in used:
                    break
            self.places[key] = pl
        return self.places[key]


def fill(template: Template, rng: random.Random) -> tuple[list[tuple[str, str | None]], Draw]:
    """The pieces of one prompt: (text, entity or None or "URL") and the draw behind them."""
    draw = Draw(rng)
    pieces: list[tuple[str, str | None]] = []
    pos = 0
    for m in SLOT.finditer(template.text):
        pieces.append((template.text[pos : m.start()], None))
        pos = m.end()
        kind, idx, attr_text = m.group(1), m.group(2), m.group(3)
        attrs = [a for a in attr_text.split(".") if a]
        case = attrs[-1] if attrs and attrs[-1] in ("upper", "lower") else ""
        if case:
            attrs.pop()
        key = kind + idx
        entity: str | None
        if kind in ("p", "w"):
            person = draw.person(key, kind == "w")
            attr = attrs[0] if attrs else ""
            if attr == "email":
                value, entity = person.email, "EMAIL_ADDRESS"
            elif attr == "url":
                value, entity = person.form("url", rng), "URL"
            else:
                cache = f"{key}.{attr}"
                if cache not in draw.values:
                    draw.values[cache] = person.form(attr, rng)
                value, entity = draw.values[cache], "PERSON"
        elif kind == "l":
            place = draw.place(key)
            attr = attrs[0] if attrs else "city"
            value = {
                "city": place.city,
                "region": place.region,
                "country": place.country,
                "addr": place.address,
            }[attr]
            entity = "LOCATION"
        elif kind == "phone":
            if key not in draw.values:
                region = next((_REGIONS_LOWER[a] for a in attrs if a in _REGIONS_LOWER), None)
                style = next((a for a in attrs if a in _PHONE_STYLES), None)
                text, region = phone(rng, region, style)
                draw.values[key] = text
                draw.phone_regions[text] = region
            value, entity = draw.values[key], "PHONE_NUMBER"
        elif kind in ("email", "card", "iban", "ssn", "ip", "ipsix", "acct"):
            if key not in draw.values:
                if kind == "email":
                    v = shop_email(rng)
                elif kind == "card":
                    v = card(rng)
                elif kind == "iban":
                    v = iban(rng, attrs[0].upper() if attrs else None)
                elif kind == "ssn":
                    v = ssn(rng)
                elif kind == "ip":
                    v = ipv4(rng)
                elif kind == "ipsix":
                    v = ipv6(rng)
                else:
                    v = account(rng)
                draw.values[key] = v
            value = draw.values[key]
            entity = {
                "email": "EMAIL_ADDRESS",
                "card": "CREDIT_CARD",
                "iban": "IBAN_CODE",
                "ssn": "US_SSN",
                "ip": "IP_ADDRESS",
                "ipsix": "IP_ADDRESS",
                "acct": "ACCOUNT_NUMBER",
            }[kind]
        elif kind in things.KINDS:
            if idx and key in draw.values:
                value = draw.values[key]
            else:
                value = (
                    things.named(rng, kind)
                    if kind in things.NAMED or kind in ("thing", "eponym", "method")
                    else things.numeric(rng, kind)
                )
                if idx:
                    draw.values[key] = value
            entity = None
        else:
            raise ValueError(f"{template.name}: unknown slot {m.group(0)}")
        if case == "upper":
            value = value.upper()
        elif case == "lower":
            value = value.lower()
        pieces.append((value, entity))
    pieces.append((template.text[pos:], None))
    return pieces, draw


def _word_re(word: str, case_sensitive: bool) -> re.Pattern[str]:
    return re.compile(
        r"(?<!\w)" + re.escape(word) + r"(?!\w)", 0 if case_sensitive else re.IGNORECASE
    )


def name_words(value: str) -> list[str]:
    """The words of a person's name that must not appear unlabelled (no initials, particles)."""
    words = [w.strip(".,'") for w in re.split(r"[\s,]+", value)]
    return [w for w in words if len(w) >= 3 and w.lower() not in PARTICLES]


def leaks(text: str, gold: list[Gold], protected: list[tuple[int, int]]) -> list[str]:
    """Planted names and places that also occur as whole words outside every span."""
    covered = [(g.start, g.end) for g in gold] + protected
    found: list[str] = []
    for g in gold:
        if g.entity not in ("PERSON", "LOCATION"):
            continue
        value = text[g.start : g.end]
        words = [value] + (name_words(value) if g.entity == "PERSON" else [])
        for w in words:
            sensitive = w in WORD_NAME_SET or w.capitalize() in WORD_NAME_SET
            for m in _word_re(w, sensitive).finditer(text):
                if not any(s <= m.start() and m.end() <= e for s, e in covered):
                    found.append(w)
    return found


@dataclass(frozen=True)
class Made:
    prompt: Prompt
    template: str
    cultures: tuple[str, ...]
    phone_regions: tuple[tuple[str, str], ...]


def make(pid: str, template: Template, seed: str) -> Made:
    for attempt in range(60):
        rng = random.Random(f"{seed}/{attempt}")
        pieces, draw = fill(template, rng)
        text_parts: list[str] = []
        gold: list[Gold] = []
        protected: list[tuple[int, int]] = []
        pos = 0
        for value, entity in pieces:
            if entity == "URL":
                protected.append((pos, pos + len(value)))
            elif entity is not None:
                gold.append(Gold(pos, pos + len(value), entity))
            text_parts.append(value)
            pos += len(value)
        text = "".join(text_parts)
        if template.personal != bool(gold):
            raise ValueError(f"{template.name}: personal={template.personal} but {len(gold)} spans")
        if leaks(text, gold, protected):
            continue
        prompt = Prompt(pid, text, tuple(gold), template.shape)
        check([prompt])
        regions = tuple((t, r) for t, r in draw.phone_regions.items())
        return Made(prompt, template.name, tuple(p.culture for p in draw.people.values()), regions)
    raise RuntimeError(f"{template.name}: no draw without a leaked name in 60 tries")


def build(
    personal: list[Template],
    clean: list[Template],
    n_personal: int,
    n_clean: int,
    seed: int,
    part: str,
) -> list[Made]:
    rng = random.Random(seed)
    p_order = personal[:]
    c_order = clean[:]
    rng.shuffle(p_order)
    rng.shuffle(c_order)
    chosen = [p_order[i % len(p_order)] for i in range(n_personal)] + [
        c_order[i % len(c_order)] for i in range(n_clean)
    ]
    rng.shuffle(chosen)
    made: list[Made] = []
    for i, template in enumerate(chosen, 1):
        made.append(make(f"{part}-{i:04d}", template, f"{seed}/{i}/{template.name}"))
    check([m.prompt for m in made])
    return made
