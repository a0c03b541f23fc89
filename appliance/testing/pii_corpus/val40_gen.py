"""The template language and renderer of val40, and the checks every rendered prompt must
pass.

A template is a block of text with slots in braces:

* people: `{A}` .. `{H}` draw distinct people of any culture, `{W}` and `{Y}` draw people
  with word-names (Hope, Will ...). Forms after a dot: `{A}` full name, `.f` the given (or
  call) name, `.l` the name used after a title, `.il` "J. Nakamura", `.lf` "Nakamura, Jun",
  `.LF` "NAKAMURA, Jun", `.L` "NAKAMURA", `.U` the full name in capitals, `.lc` / `.lcf` /
  `.lcl` lower case, `.bib` "Nakamura, J. K.", `.nick` nickname, `.fl` "Jun N.", `.fam` /
  `.giv` the family / given name alone (vCard and XML fields): all PERSON spans; `.mail` /
  `.work` a personal / work e-mail address built from the name (EMAIL_ADDRESS); `.handle` a
  login or chat handle and `.slug` a URL slug (not spans).
* places: `{city}`, `{region}`, `{country}`, `{addr}` (LOCATION); `.lc` lower, `.u` upper.
* values: `{phone}` (`.GB` fixes the region on first use; `.intl`, `.e164`, `.nat`, `.natc`,
  `.00`, `.dots`, `.dash`, `.intld`, `.br0`, `.brarea` pick a format), `{mail}` (someone's
  personal address), `{role.desk}` ("desk@" the prompt's organisation), `{card}` (`.visa`,
  `.mc`, `.amex`, `.disc`, `.sp`, `.dash`, `.compact`), `{iban}` (`.DE` ..., `.sp`,
  `.compact`), `{ip4}` (`.priv`, `.pub`, `.doc`), `{ip6}`, `{ssn}` (`.dash`, `.sp`,
  `.compact`), `{acct}` (`.8`, `.10`, `.12`, `.hy`, `.hy2`).
* literals: `{d:kind}` a decoy of that kind (`{d:order2}`: a second, different one),
  `{org}` the organisation's mail domain, `{lb}` / `{rb}` literal braces.

`{kind:2}` is a second, different value of a kind; the same slot written twice is the same
value. In a template block, a line ending in a backslash continues on the next line.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from . import Piece
from . import val40_values as V
from .val40_names import PARTICLES, PEOPLE, WORD_GIVEN, WORD_PEOPLE, Person
from .val40_places import (
    ADDRESS_LIST,
    CITY_LIST,
    COUNTRY_LIST,
    GENERIC_PLACE_WORDS,
    REGION_LIST,
)

SLOT = re.compile(r"\{([A-Za-z]\w*)(?::(\w+))?(?:\.(\w+))?\}")
LEFTOVER = re.compile(r"\{[A-Za-z]\w*(?::\w+)?(?:\.\w+)?\}")
WORD = re.compile(r"[^\W\d_]+")
URL = re.compile(r"(?:https?://|www\.)[^\s\"'<>)\]]+")

PERSON_VARS = frozenset("ABCDEFGH")
WORD_VARS = frozenset("WY")
PLACE_KINDS = {"city": CITY_LIST, "region": REGION_LIST, "country": COUNTRY_LIST}
PLACE_KINDS["addr"] = ADDRESS_LIST

ORG_DOMAINS = {
    "hospital": ["northmoor-health.org", "kliniken-elbtal.de", "hospital-riomar.es"],
    "university": ["halden.ac.uk", "uni-ostheim.de", "estrella.edu.mx", "kestrel-uni.edu.au"],
    "bank": ["harbourline-bank.com", "kestrelpay.io", "banco-aurora.com.br", "fjordkapital.no"],
    "news": ["dailyledger.co.uk", "northpress.news", "lavozdelsur.es", "dagbladet-nord.no"],
    "sport": ["scoutline.football", "primeagency.co", "athletic-union.org"],
    "cars": ["autohaus-kessler.de", "citymotors.co.uk", "rentago.com", "carhire-sol.es"],
    "music": ["conservatorio-elm.org", "bluefernrecords.com", "musikschule-linde.at"],
    "nursery": ["littleacorns-nursery.co.uk", "kita-sonnenhof.de", "tinysteps.com.au"],
    "games": ["pixelforge.games", "ironlantern.studio", "moonmoth.gg"],
    "climate": ["metwatch.org", "climaservice.eu", "stormdesk.net"],
    "translation": ["polyglot-agency.com", "traduzioni-riva.it", "lingobridge.eu"],
    "probation": ["probation-north.org.uk", "justice-services.org", "reentry-partners.org"],
    "grants": ["research-council.eu", "fundacion-alba.org", "grants.halden.ac.uk"],
    "energy": ["northsea-energy.com", "andina-mining.cl", "basinpower.com.au"],
    "fashion": ["maison-lerac.fr", "atelier-novo.it", "threadline.co"],
    "bridges": ["civil-structures.com", "damworks-engineering.com", "span-consult.eu"],
    "church": ["stmarks-parish.org.uk", "parroquia-sanpedro.es", "gracechapel-fellowship.org"],
    "cosmetics": ["lumiere-beauty.com", "glowlab.co", "petalandpore.com"],
    "veterans": ["oldcomrades.org.uk", "veterans-assoc.org", "servicecircle.ca"],
}


@dataclass(frozen=True)
class T:
    id: str
    shape: str
    domain: str
    text: str


def parse_block(raw: str) -> list[T]:
    """Templates from a block: a header line `=== id | shape | domain`, then the text."""
    out = []
    raw = raw.replace("\\\n", "")
    for chunk in raw.split("\n=== ")[1:]:
        head, _, body = chunk.partition("\n")
        tid, shape, domain = (s.strip() for s in head.split("|"))
        if domain not in ORG_DOMAINS:
            raise ValueError(f"{tid}: unknown domain {domain}")
        out.append(T(tid, shape, domain, body.strip("\n").rstrip()))
    return out


class Deck:
    """Items in a shuffled order, reshuffled when all were dealt."""

    def __init__(self, items: list, rng: random.Random):
        self.items, self.rng, self.left = list(items), rng, []

    def deal(self, avoid=()):
        for _ in range(len(self.items) + 1):
            if not self.left:
                self.left = list(self.items)
                self.rng.shuffle(self.left)
            item = self.left.pop()
            if item not in avoid:
                return item
        raise ValueError("deck exhausted")


@dataclass
class Decks:
    rng: random.Random
    people: Deck = field(init=False)
    words: Deck = field(init=False)
    places: dict[str, Deck] = field(init=False)

    def __post_init__(self):
        self.people = Deck(PEOPLE, self.rng)
        self.words = Deck(WORD_PEOPLE, self.rng)
        self.places = {k: Deck(v, self.rng) for k, v in PLACE_KINDS.items()}


def _initials(given: str) -> str:
    parts = []
    for word in given.split():
        parts.append("-".join(f"{w[0].upper()}." for w in word.split("-") if w))
    return " ".join(parts)


def _lower(text: str) -> str:
    return text.replace("İ", "i").lower()


def person_text(p: Person, form: str) -> str:
    fam = p.family
    if form == "":
        return p.full
    if form == "f":
        return p.call
    if form == "l":
        return p.surname
    if form == "nick":
        return p.nick or p.call
    if form == "U":
        return p.full.upper()
    if form == "lc":
        return _lower(p.full)
    if form == "lcf":
        return _lower(p.call)
    if form == "lcl":
        return _lower(p.surname)
    plain = not fam or p.culture in ("malay", "vietnamese", "burmese")
    if form == "il":
        return p.full if plain else f"{p.given[0]}. {fam}"
    if form == "fl":
        head = next((w for w in WORD.findall(fam) if w[0].isupper()), fam)
        return p.call if plain else f"{p.call} {head[0]}."
    if form == "lf":
        return p.full if plain else f"{fam}, {p.given}"
    if form == "LF":
        return p.full.upper() if plain else f"{fam.upper()}, {p.given}"
    if form == "L":
        return (fam or p.full).upper()
    if form == "fam":
        return fam or p.full
    if form == "giv":
        return p.given
    if form == "bib":
        if p.culture == "vietnamese":
            return f"{fam}, {p.given}"
        return p.full if plain else f"{fam}, {_initials(p.given)}"
    raise ValueError(f"unknown person form {form!r}")


def _handle(rng: random.Random, p: Person) -> str:
    g = re.sub(r"[^a-z]", "", V.ascii_fold(p.call).lower())
    f = re.sub(r"[^a-z]", "", V.ascii_fold(p.family).lower().replace(" ", ""))
    n = str(rng.randint(2, 99))
    if not f:
        return g + n
    return rng.choice([g[0] + f, g + f[0] + n, f + g[0], g + "_" + f[:2], g[0] + f + n])


@dataclass
class Render:
    """One prompt being rendered: the values drawn for its slots, and its metadata."""

    rng: random.Random
    decks: Decks
    domain: str
    values: dict = field(default_factory=dict)
    cultures: set = field(default_factory=set)
    phones: dict = field(default_factory=dict)

    def __post_init__(self):
        self.org = self.rng.choice(ORG_DOMAINS[self.domain])
        self.used_people: set = set()

    def _person(self, var: str) -> Person:
        if var not in self.values:
            deck = self.decks.words if var in WORD_VARS else self.decks.people
            self.values[var] = deck.deal(avoid=self.used_people)
            self.used_people.add(self.values[var])
        return self.values[var]

    def _mail_of(self, p: Person, work: bool) -> str:
        key = ("mail", p, work)
        if key not in self.values:
            given, family = p.call, p.family
            if p.culture in ("malay", "burmese"):
                family = ""
            local = V.local_part(self.rng, given, family)
            domain = self.org if work else self.rng.choice(V.PERSONAL_DOMAINS)
            self.values[key] = f"{local}@{domain}"
        return self.values[key]

    def slot(self, kind: str, inst: str | None, form: str | None) -> Piece:
        form = form or ""
        if kind in PERSON_VARS or kind in WORD_VARS:
            p = self._person(kind)
            if form in ("mail", "work"):
                return ("EMAIL_ADDRESS", self._mail_of(p, form == "work"))
            if form == "handle":
                key = ("handle", p)
                if key not in self.values:
                    self.values[key] = _handle(self.rng, p)
                return self.values[key]
            if form == "slug":
                g = V.ascii_fold(p.call).lower().replace(" ", "-")
                f = V.ascii_fold(p.family).lower().replace(" ", "-").replace("'", "")
                return f"{g}-{f}".strip("-")
            self.cultures.add(p.culture)
            return ("PERSON", person_text(p, form))
        key = (kind, inst)
        if kind in PLACE_KINDS:
            if key not in self.values:
                used = {v for k, v in self.values.items() if isinstance(k, tuple) and k[0] == kind}
                self.values[key] = self.decks.places[kind].deal(avoid=used)
            value = self.values[key]
            if form == "lc":
                value = _lower(value).replace(",", "")
            elif form == "u":
                value = value.upper()
            elif form:
                raise ValueError(f"unknown place form {form!r}")
            return ("LOCATION", value)
        if kind == "d":
            if inst is None:
                raise ValueError("a decoy slot needs a kind: {d:order}")
            if key not in self.values:
                self.values[key] = V.decoy(self.rng, inst.rstrip("0123456789"))
            return self.values[key]
        if kind == "org":
            return self.org
        if kind == "lb":
            return "{"
        if kind == "rb":
            return "}"
        if kind == "phone":
            if key not in self.values:
                region = form if form.isupper() else None
                self.values[key] = V.Phone(self.rng, region)
            phone = self.values[key]
            text = phone.text(form if form and not form.isupper() else None)
            self.phones[text] = phone.region
            return ("PHONE_NUMBER", text)
        if kind == "role":
            return ("EMAIL_ADDRESS", f"{form.replace('_', '.')}@{self.org}")
        if key not in self.values:
            self.values[key] = self._value(kind, form)
        entity = {
            "mail": "EMAIL_ADDRESS",
            "card": "CREDIT_CARD",
            "iban": "IBAN_CODE",
            "ip4": "IP_ADDRESS",
            "ip6": "IP_ADDRESS",
            "ssn": "US_SSN",
            "acct": "ACCOUNT_NUMBER",
        }[kind]
        return (entity, self.values[key])

    def _value(self, kind: str, form: str) -> str:
        rng = self.rng
        if kind == "mail":
            p = self.decks.people.deal()
            local = V.local_part(rng, p.call, p.family)
            return f"{local}@{rng.choice(V.PERSONAL_DOMAINS)}"
        if kind == "card":
            kinds = ("visa", "mc", "amex", "disc", "visa13")
            return V.card(rng, form if form in kinds else None, form if form not in kinds else None)
        if kind == "iban":
            if form.isupper():
                return V.iban(rng, form)
            return V.iban(rng, None, form or None)
        if kind == "ip4":
            return V.ip4(rng, form or None)
        if kind == "ip6":
            return V.ip6(rng)
        if kind == "ssn":
            return V.ssn(rng, form or None)
        if kind == "acct":
            return V.account(rng, form or None)
        raise ValueError(f"unknown slot kind {kind!r}")

    def pieces(self, text: str) -> list[Piece]:
        out: list[Piece] = []
        pos = 0
        for m in SLOT.finditer(text):
            out.append(text[pos : m.start()])
            out.append(self.slot(m.group(1), m.group(2), m.group(3)))
            pos = m.end()
        out.append(text[pos:])
        return [p for p in out if p]


# --- checks --------------------------------------------------------------------------------


def name_words(value: str) -> set[str]:
    """The words of a person's name that must not appear unlabelled (particles aside)."""
    return {w for w in WORD.findall(value) if len(w) >= 2 and w.lower() not in PARTICLES}


def place_words(value: str) -> set[str]:
    """The words of a place's name that must not appear unlabelled; none for an address
    (the whole address is compared), and none of the generic words (New, North, Cape ...)."""
    if any(ch.isdigit() for ch in value):
        return set()
    return {w for w in WORD.findall(value) if len(w) >= 3 and w.lower() not in GENERIC_PLACE_WORDS}


def _occurrences(needle: str, text: str):
    pattern = r"(?<!\w)" + re.escape(needle) + r"(?!\w)"
    return re.finditer(pattern, text, re.IGNORECASE)


def unlabelled_mentions(text: str, gold) -> list[str]:
    """Whole-word mentions of a planted name or place (or one of their words) that lie
    outside every gold span and outside URLs."""
    covered = [(g.start, g.end) for g in gold]
    covered += [(m.start(), m.end()) for m in URL.finditer(text)]
    needles: set[str] = set()
    for g in gold:
        value = text[g.start : g.end]
        if g.entity == "PERSON":
            needles |= {value} | name_words(value)
        elif g.entity == "LOCATION":
            needles |= {value} | place_words(value)
    bad = []
    for needle in sorted(needles):
        for m in _occurrences(needle, text):
            if not any(s <= m.start() and m.end() <= e for s, e in covered):
                bad.append(f"{needle!r} at {m.start()}")
    return bad


def _forbidden_words() -> frozenset[str]:
    words: set[str] = set()
    for p in PEOPLE + WORD_PEOPLE:
        words |= {w.lower() for w in name_words(p.full)}
        if p.nick:
            words |= {w.lower() for w in name_words(p.nick)}
    words -= {w.lower() for w in WORD_GIVEN}
    for kind in ("city", "region", "country"):
        for place in PLACE_KINDS[kind]:
            words |= {w.lower() for w in place_words(place)}
    return frozenset(words)


FORBIDDEN_IN_CLEAN = _forbidden_words()


def clean_violations(text: str) -> list[str]:
    """Words of any name or place of the part's pools (word-names aside) in a clean text,
    and whole addresses or full names."""
    bad = sorted({w for w in re.findall(r"\w+", text) if w.lower() in FORBIDDEN_IN_CLEAN})
    lowered = text.lower()
    for value in ADDRESS_LIST + [p.full for p in PEOPLE + WORD_PEOPLE]:
        if value.lower() in lowered and any(_occurrences(value, text)):
            bad.append(value)
    return bad
