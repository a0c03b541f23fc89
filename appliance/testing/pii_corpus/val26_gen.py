"""val26's renderer: templates with ⟦slots⟧ become `Prompt`s, and the part's consistency
checks (planted names and places only inside gold spans, never in clean prompts).

A slot is ⟦KIND[N][:arg][.style]⟧:

* P1, P2 ...: a person (arg: a culture, or several joined by ","); styles: full (default),
  given, family, initial ("J. Nakamura"), lf ("Last, First"), caps ("NAKAMURA"), capslf
  ("NAKAMURA, Jun"), lower, glower (given, lower case), flower (family, lower case), nick,
  bib ("Nakamura, J. K."), email (at the prompt's organisation), pemail (a personal mailbox).
* W1 ...: a word-name (Hope, Will ...) never also written as a word in the same template;
  styles: given (default), full (with a family name), lower.
* PH / PH1 ...: a phone (arg: region; style: nat, intl, e164, dots, zz, compact, br, dash).
* EM / EM1 ...: a role address (arg: the local part). CC (arg: visa, mc, amex, disc; style
  sp, dash, none), IBAN (arg: country; style sp, none), IP, V6, SSN, ACCT.
* CITY, COUNTRY, REGION, ADDR (arg: country code; style lower).
* any lower-case kind: a decoy from val26_decoys (literal text, no span); ⟦pick:a|b|c⟧ one
  of the choices.
"""

from __future__ import annotations

import random
import re
import textwrap
from dataclasses import dataclass, field

from . import Prompt, compose
from .val26_decoys import DECOYS
from .val26_names import CULTURES, NICKNAMES, PARTICLES, WORD_NAMES, WORDY_CULTURES
from .val26_places import ADDRESSES, CITIES, COUNTRIES, REGIONS, address
from .val26_values import (
    DOMAIN_ORGS,
    ORG_DOMAINS,
    PERSONAL_DOMAINS,
    ROLE_LOCALS,
    account,
    card,
    iban,
    ipv4,
    ipv6,
    person_email,
    phone,
    ssn,
)

SLOT = re.compile(r"⟦([^⟧]+)⟧")
SLOT_PARTS = re.compile(r"([A-Z]+?|[a-z_]+)(\d*)(?::([^.]*))?(?:\.(\w+))?")
CULTURE_KEYS = tuple(sorted(CULTURES))


@dataclass(frozen=True)
class Template:
    id: str
    shape: str
    domain: str
    text: str


def T(id: str, shape: str, domain: str, text: str) -> Template:  # noqa: N802
    return Template(id, shape, domain, textwrap.dedent(text).strip("\n"))


def split(names: str) -> list[str]:
    return [n.replace("_", " ") for n in names.split()]


@dataclass
class Person:
    given: str
    family: str
    culture: str
    east: bool = False
    middle: str = ""
    word: bool = False

    def full(self) -> str:
        if self.east:
            return " ".join(x for x in (self.family, self.middle, self.given) if x)
        return " ".join(x for x in (self.given, self.middle, self.family) if x)

    def style(self, style: str, rng: random.Random) -> str:
        g, f = self.given, self.family
        if style in ("", "full"):
            return self.full()
        if style == "given":
            return g
        if style == "family":
            return f
        if style == "initial":
            return f"{g[0]}. {f}"
        if style == "lf":
            return f"{f}, {' '.join(x for x in (g, self.middle) if x)}"
        if style == "caps":
            return f.upper()
        if style == "capslf":
            return f"{f.upper()}, {g}"
        if style == "lower":
            return self.full().lower()
        if style == "gf":
            return " ".join(x for x in (g, self.middle, f) if x)
        if style == "capsfirst":
            return f"{f.upper()} {g}"
        if style == "gcaps":
            return g.upper()
        if style == "glower":
            return g.lower()
        if style == "flower":
            return f.lower()
        if style == "nick":
            return NICKNAMES.get(g, g)
        if style == "bib":
            parts = [p for p in re.split(r"[\s-]+", " ".join((g, self.middle))) if p]
            initials = " ".join(f"{p[0]}." for p in parts)
            if len(parts) == 1 and rng.random() < 0.4:
                initials += f" {rng.choice('ABCDEHJKLMNRST')}."
            return f"{f}, {initials}"
        raise ValueError(f"unknown person style {style!r}")


def make_person(rng: random.Random, culture: str) -> Person:
    given_s, family_s, order = CULTURES[culture]
    given, families = rng.choice(split(given_s)), split(family_s)
    family = rng.choice(families)
    if order == "d" and rng.random() < 0.55:
        other = rng.choice([f for f in families if f != family])
        family = f"{family}{rng.choice((' ', ' ', '-'))}{other}"
    if order == "vi":
        middle = rng.choice(("Thị", "Văn", "Ngọc", "Đức", "Thanh", "Hoài", "Xuân", "Quốc"))
        return Person(given, family, culture, east=True, middle=middle)
    east = order == "e" or (order == "x" and rng.random() < 0.5)
    return Person(given, family, culture, east=east)


@dataclass
class Ctx:
    rng: random.Random
    literal: str
    persons: dict[str, Person] = field(default_factory=dict)
    values: dict[str, object] = field(default_factory=dict)
    cultures: set[str] = field(default_factory=set)
    phones: dict[str, str] = field(default_factory=dict)
    names: set[str] = field(default_factory=set)  # planted names and places (whole values)
    tokens: set[str] = field(default_factory=set)  # words of planted names
    words: set[str] = field(default_factory=set)  # word-names planted in this prompt
    domain: str = ""

    org: str = ""

    def __post_init__(self) -> None:
        self.domain = self.rng.choice(DOMAIN_ORGS.get(self.org, ORG_DOMAINS))

    # people
    def person(self, key: str, arg: str) -> Person:
        if key not in self.persons:
            pool = arg.split(",") if arg else CULTURE_KEYS
            taken = {p.full() for p in self.persons.values()}
            for _ in range(50):
                p = make_person(self.rng, self.rng.choice(pool))
                if p.full() not in taken and p.family not in {
                    q.family for q in self.persons.values()
                }:
                    break
            self.persons[key] = p
        return self.persons[key]

    def word_person(self, key: str) -> Person:
        if key not in self.persons:
            used = {p.given for p in self.persons.values()}
            free = [
                w
                for w in WORD_NAMES
                if w not in used
                and not re.search(rf"(?<!\w){w}(?!\w)", self.literal, re.IGNORECASE)
            ]
            base = make_person(self.rng, self.rng.choice(CULTURE_KEYS))
            self.persons[key] = Person(self.rng.choice(free), base.family, base.culture, word=True)
        return self.persons[key]

    def plant_person(self, p: Person, value: str, style: str) -> None:
        if p.word:
            self.cultures.add("word")
            if style in ("full", "lf", "bib", "initial", "capslf"):
                self.cultures.add(p.culture)
                self.note_name(value, skip={p.given.lower()}, culture=p.culture)
            else:
                self.words.add(value.lower())
            return
        self.cultures.add(p.culture)
        self.note_name(value, culture=p.culture)

    def note_name(self, value: str, skip: set[str] = frozenset(), culture: str = "") -> None:
        if len(re.sub(r"\W", "", value)) >= 3:
            self.names.add(value.lower())
        if culture in WORDY_CULTURES:
            return
        for tok in re.findall(r"[^\W\d_]+(?:['-][^\W\d_]+)*", value):
            t = tok.lower()
            if len(t) >= 3 and t not in PARTICLES and t not in skip:
                self.tokens.add(t)

    def place(self, value: str) -> tuple[str, str]:
        self.names.add(value.lower())
        return ("LOCATION", value)

    # one slot
    def render(self, slot: str) -> list:
        if slot.startswith("pick:"):
            return [self.rng.choice(slot[5:].split("|"))]
        m = SLOT_PARTS.fullmatch(slot)
        if not m:
            raise ValueError(f"bad slot {slot!r}")
        kind, num, arg, style = m.group(1), m.group(2), m.group(3) or "", m.group(4) or ""
        key = kind + num
        rng = self.rng
        if kind == "P":
            p = self.person(key, arg)
            if style in ("email", "pemail"):
                domain = self.domain if style == "email" else rng.choice(PERSONAL_DOMAINS)
                ekey = f"{key}.{style}"
                if ekey not in self.values:
                    self.values[ekey] = person_email(rng, p.given, p.family, domain)
                return [("EMAIL_ADDRESS", self.values[ekey])]
            value = p.style(style, rng)
            self.plant_person(p, value, style or "full")
            return [("PERSON", value)]
        if kind == "W":
            p = self.word_person(key)
            if style == "lower":
                value = p.given.lower()
            else:
                value = p.given if style in ("", "given") else p.style(style, rng)
            self.plant_person(p, value, style or "given")
            return [("PERSON", value)]
        if kind in (
            "PH",
            "EM",
            "CC",
            "IBAN",
            "IP",
            "V",
            "SSN",
            "ACCT",
            "CITY",
            "COUNTRY",
            "REGION",
            "ADDR",
        ):
            cache = key if num else None
            if cache and cache in self.values:
                return [self.values[cache]]
            piece = self.fresh(kind, num, arg, style)
            if cache:
                self.values[cache] = piece
            return [piece]
        if kind in DECOYS:
            if num:
                if key not in self.values:
                    self.values[key] = DECOYS[kind](rng, arg)
                return [self.values[key]]
            return [DECOYS[kind](rng, arg)]
        raise ValueError(f"unknown slot {slot!r}")

    def fresh(self, kind: str, num: str, arg: str, style: str):
        rng = self.rng
        if kind == "PH":
            value, region = phone(rng, arg or None, style or None)
            self.phones[value] = region
            return ("PHONE_NUMBER", value)
        if kind == "EM":
            return ("EMAIL_ADDRESS", f"{arg or rng.choice(ROLE_LOCALS)}@{self.domain}")
        if kind == "CC":
            return ("CREDIT_CARD", card(rng, arg or None, style or None))
        if kind == "IBAN":
            return ("IBAN_CODE", iban(rng, arg or None, style or None))
        if kind == "IP":
            return ("IP_ADDRESS", ipv4(rng))
        if kind == "V" and num == "6":
            return ("IP_ADDRESS", ipv6(rng))
        if kind == "SSN":
            return ("US_SSN", ssn(rng, style or None))
        if kind == "ACCT":
            return ("ACCOUNT_NUMBER", account(rng))
        if kind == "CITY":
            value = rng.choice(CITIES[arg] if arg else CITIES[rng.choice(sorted(CITIES))])
        elif kind == "COUNTRY":
            value = rng.choice(COUNTRIES)
        elif kind == "REGION":
            value = rng.choice(REGIONS)
        elif kind == "ADDR":
            value = address(rng, arg if arg in ADDRESSES else None)
        else:
            raise ValueError(f"unknown slot kind {kind}")
        if style == "lower":
            value = value.lower()
        return self.place(value)


def render(template: Template, pid: str, seed: int):
    """The prompt of a template and its Ctx (for meta and checks)."""
    rng = random.Random(seed)
    literal = SLOT.sub(" ", template.text)
    ctx = Ctx(rng, literal, org=template.domain)
    pieces: list = []
    pos = 0
    for m in SLOT.finditer(template.text):
        pieces.append(template.text[pos : m.start()])
        for piece in ctx.render(m.group(1)):
            if (
                isinstance(piece, tuple)
                and piece[1].startswith("the ")
                and piece[0] == ("LOCATION")
            ):
                pieces.extend(["the ", (piece[0], piece[1][4:])])
                ctx.names.add(piece[1][4:].lower())
            else:
                pieces.append(piece)
        pos = m.end()
    pieces.append(template.text[pos:])
    prompt = compose(pid, template.shape, [p for p in pieces if p != ""])
    if "⟦" in prompt.text or "⟧" in prompt.text:
        raise ValueError(f"{pid}: slot left in text")
    rest = unlabelled(prompt)
    if rest:
        raise ValueError(f"{template.id}: unlabelled values {rest}")
    return prompt, ctx


EMAIL_LIKE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
IPV4_LIKE = re.compile(r"(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?![\w.])")


def unlabelled(prompt: Prompt) -> list[str]:
    """E-mail addresses and IPv4 addresses written outside gold spans."""
    chars = list(prompt.text)
    for g in prompt.gold:
        chars[g.start : g.end] = " " * (g.end - g.start)
    rest = "".join(chars)
    return EMAIL_LIKE.findall(rest) + IPV4_LIKE.findall(rest)


URL = re.compile(r"(?:https?://|www\.)\S+")


def masked(prompt: Prompt) -> str:
    """The text with e-mail spans and URLs blanked (names inside them are not spans)."""
    chars = list(prompt.text)
    for g in prompt.gold:
        if g.entity == "EMAIL_ADDRESS":
            chars[g.start : g.end] = " " * (g.end - g.start)
    for m in URL.finditer(prompt.text):
        chars[m.start() : m.end()] = " " * (m.end() - m.start())
    return "".join(chars)


def word_regex(words) -> re.Pattern | None:
    words = sorted({w for w in words if w}, key=len, reverse=True)
    if not words:
        return None
    alt = "|".join(re.escape(w) for w in words)
    return re.compile(rf"(?<!\w)(?:{alt})(?!\w)", re.IGNORECASE)


def stray(prompt: Prompt, pattern: re.Pattern | None) -> list[str]:
    """Occurrences of planted names or places outside PERSON/LOCATION spans."""
    if pattern is None:
        return []
    spans = [(g.start, g.end) for g in prompt.gold if g.entity in ("PERSON", "LOCATION")]
    out = []
    for m in pattern.finditer(masked(prompt)):
        if not any(s <= m.start() and m.end() <= e for s, e in spans):
            out.append(m.group(0))
    return out
