"""val30's machinery: people, the rendering context handed to every template, the template
registry, the slot filler `t` and the leak check.

A template is a function of a `Ctx` returning compose() pieces. `t(text, **slots)` fills
`{slot}` markers with literal strings, (entity, value) pairs or lists of pieces; a marker
without a slot raises, so no placeholder survives into a prompt."""

from __future__ import annotations

import random
import re
import textwrap
from collections.abc import Callable
from dataclasses import dataclass, field

from appliance.testing.pii_corpus import Piece, Prompt
from appliance.testing.pii_corpus import val30_values as vals
from appliance.testing.pii_corpus.val30_names import CULTURES, PARTICLES
from appliance.testing.pii_corpus.val30_places import (
    ADDRESS_LIST,
    CITY_LIST,
    COUNTRY_LIST,
    GENERIC,
    REGION_LIST,
)


def N(value: str) -> Piece:
    return ("PERSON", value)


def L(value: str) -> Piece:
    return ("LOCATION", value)


def E(value: str) -> Piece:
    return ("EMAIL_ADDRESS", value)


def P(value: str) -> Piece:
    return ("PHONE_NUMBER", value)


def CC(value: str) -> Piece:
    return ("CREDIT_CARD", value)


def IB(value: str) -> Piece:
    return ("IBAN_CODE", value)


def IP(value: str) -> Piece:
    return ("IP_ADDRESS", value)


def SSN(value: str) -> Piece:
    return ("US_SSN", value)


def AC(value: str) -> Piece:
    return ("ACCOUNT_NUMBER", value)


_SLOT = re.compile(r"\{([a-z][a-z0-9_]*)\}")


def t(text: str, **slots: object) -> list[Piece]:
    """Pieces from a text with `{slot}` markers (a text starting with a newline is dedented
    and loses that newline)."""
    if text.startswith("\n"):
        text = textwrap.dedent(text[1:])
    out: list[Piece] = []
    pos = 0
    for m in _SLOT.finditer(text):
        out.append(text[pos : m.start()])
        value = slots[m.group(1)]
        if isinstance(value, list):
            out.extend(value)
        elif isinstance(value, (str, tuple)):
            out.append(value)  # type: ignore[arg-type]
        else:
            out.append(str(value))
        pos = m.end()
    out.append(text[pos:])
    return [p for p in out if p != ""]


def low(pieces: list[Piece]) -> list[Piece]:
    """The same pieces in lower case (chat typed without capitals, dictated text)."""
    return [(p[0], p[1].lower()) if isinstance(p, tuple) else p.lower() for p in pieces]


# ---------------------------------------------------------------- people

WORD_NAMES = frozenset(
    g.strip() for part in CULTURES["word"][1:3] for g in part.split(",") if g.strip()
)


@dataclass(frozen=True)
class Person:
    given: str
    family: str
    culture: str
    order: str
    nickname: str
    sex: str = "f"

    @property
    def full(self) -> str:
        if not self.family:
            return self.given
        if self.order in ("fg", "fgv"):
            return f"{self.family} {self.given}"
        return f"{self.given} {self.family}"

    @property
    def west(self) -> str:
        """Given name first, as in an e-mail display name."""
        return f"{self.given} {self.family}".strip()

    @property
    def first(self) -> str:
        """What friends and colleagues call them."""
        if self.order == "fgv":
            return self.given.split()[-1]
        return self.given

    @property
    def nick(self) -> str:
        return self.nickname or self.first

    @property
    def last(self) -> str:
        """What follows a title ("Dr ...")."""
        if self.order in ("mono", "bin") or not self.family:
            return self.full
        return self.family

    @property
    def initials(self) -> str:
        words = self.given.replace("-", " ").split()
        if self.order == "fgv":
            words = words[-1:]
        return " ".join(w[0] + "." for w in words)

    @property
    def init(self) -> str:
        """ "J. Nakamura" """
        if self.order in ("mono", "bin") or not self.family:
            return self.full
        return f"{self.initials.split()[0]} {self.family}"

    @property
    def lf(self) -> str:
        """ "Nakamura, Jun" """
        if self.order in ("mono", "bin") or not self.family:
            return self.full
        return f"{self.family}, {self.given}"

    @property
    def bib(self) -> str:
        """ "Nakamura, J. K." """
        if self.order in ("mono", "bin") or not self.family:
            return self.full
        return f"{self.family}, {self.initials}"

    @property
    def caps(self) -> str:
        """ "NAKAMURA, Jun" as in forms."""
        if self.order in ("mono", "bin") or not self.family:
            return self.full.upper()
        return f"{self.family.upper()}, {self.given}"


def _names(part: str) -> list[tuple[str, str]]:
    out = []
    for item in part.split(","):
        item = item.strip()
        if item:
            given, _, nick = item.partition("~")
            out.append((given, nick))
    return out


class NamePool:
    """All the part's people; each draw prefers a given/family pair not drawn before."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.data: dict[str, tuple[str, list, list, list]] = {}
        for culture, (order, male, female, families) in CULTURES.items():
            fams = []
            for item in families.split(","):
                item = item.strip()
                if item:
                    m, _, f = item.partition("/")
                    fams.append((m, f or m))
            self.data[culture] = (order, _names(male), _names(female), fams)
        self.deck: list[str] = []
        self.used: set[tuple[str, str]] = set()

    def draw(self, culture: str | None = None, gender: str | None = None) -> Person:
        rng = self.rng
        if culture is None:
            if not self.deck:
                self.deck = [c for c in self.data if c != "word"]
                rng.shuffle(self.deck)
            culture = self.deck.pop()
        order, male, female, fams = self.data[culture]
        for _ in range(40):
            sex = gender or rng.choice("mf")
            given, nick = rng.choice(male if sex == "m" else female)
            family = ""
            if fams:
                m, f = rng.choice(fams)
                family = m if sex == "m" else f
            if (given, family) not in self.used:
                break
        self.used.add((given, family))
        return Person(given, family, culture, order, nick, sex)


# ---------------------------------------------------------------- context


class Ctx:
    """What a template draws its values from; it records the cultures and phone regions."""

    def __init__(self, rng: random.Random, pool: NamePool | None) -> None:
        self.rng = rng
        self.pool = pool
        self.d = vals.Decoys(rng)
        self.cultures: list[str] = []
        self.phones: dict[str, str] = {}

    # choices
    def pick(self, seq):  # noqa: ANN001, ANN201
        return self.rng.choice(seq)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def n(self, a: int, b: int) -> int:
        return self.rng.randint(a, b)

    def sample(self, seq, k: int):  # noqa: ANN001, ANN201
        return self.rng.sample(list(seq), k)

    # people
    def p(self, culture: str | None = None, gender: str | None = None) -> Person:
        if self.pool is None:
            raise ValueError("a clean template asked for a person")
        if isinstance(culture, tuple):
            culture = self.pick(culture)
        person = self.pool.draw(culture, gender)
        self.cultures.append(person.culture)
        return person

    def title(self, person: Person, formal: bool = False) -> str:
        if self.chance(0.15):
            return "Dr"
        if person.sex == "m":
            return "Mr"
        return self.pick(("Ms", "Ms", "Mrs")) if not formal else "Ms"

    def word(self, gender: str | None = None) -> Person:
        return self.p("word", gender)

    def ps(self, k: int) -> list[Person]:
        return [self.p() for _ in range(k)]

    # structured values
    def ph(self, region: str | None = None, style: str | None = None, mobile: bool = True) -> str:
        region = region or self.pick(vals.PHONE_REGIONS)
        style = style or self.pick(vals.PHONE_STYLES)
        value = vals.phone(self.rng, region, style, mobile)
        self.phones[value] = region
        return value

    def em(self, person: Person | None = None, domain: str | None = None) -> str:
        if person is None:
            person = self.p()
        domain = domain or self.pick(vals.PERSONAL_DOMAINS)
        family = person.family.replace("bin ", "").replace("binti ", "")
        return f"{vals.email_local(self.rng, person.given, family)}@{domain}"

    def cc(self, brand: str | None = None, sep: str | None = None) -> str:
        brand = brand or self.pick(("visa", "visa", "mastercard", "mastercard", "amex", "discover"))
        sep = self.pick(("", " ", " ", "-")) if sep is None else sep
        return vals.card(self.rng, brand, sep)

    def iban(self, country: str | None = None, spaced: bool | None = None) -> str:
        country = country or self.pick(sorted(vals.IBAN_FORMATS))
        spaced = self.chance(0.5) if spaced is None else spaced
        return vals.iban(self.rng, country, spaced)

    def ip4(self) -> str:
        return vals.ipv4(self.rng)

    def ip6(self) -> str:
        return vals.ipv6(self.rng)

    def ip(self) -> str:
        return self.ip6() if self.chance(0.3) else self.ip4()

    def ssn(self, sep: str | None = None) -> str:
        return vals.ssn(self.rng, self.pick(("-", "-", "-", " ", "")) if sep is None else sep)

    def acct(self) -> str:
        return vals.account(self.rng)

    # places
    def city(self) -> str:
        return self.pick(CITY_LIST)

    def region(self) -> str:
        return self.pick(REGION_LIST)

    def country(self) -> str:
        return self.pick(COUNTRY_LIST)

    def addr(self) -> str:
        return self.pick(ADDRESS_LIST)

    def place(self) -> str:
        return self.pick((self.city, self.city, self.region, self.country))()


# ---------------------------------------------------------------- templates


@dataclass(frozen=True)
class Template:
    id: str
    shape: str
    fn: Callable[[Ctx], list[Piece]] = field(repr=False)


class Registry(list):
    """A module's templates: `@T("music-chat-1", "chat")` over a function of a Ctx."""

    def __call__(self, tid: str, shape: str) -> Callable:
        def deco(fn: Callable[[Ctx], list[Piece]]) -> Callable[[Ctx], list[Piece]]:
            self.append(Template(tid, shape, fn))
            return fn

        return deco


# ---------------------------------------------------------------- leak check

_WORD = re.compile(r"[^\W\d_]+")
_URL = re.compile(r"https?://\S+|www\.\S+")


def planted_words(prompts: list[Prompt]) -> tuple[set[str], set[str]]:
    """The words of every planted name and place: compared without case, and the
    word-names (Hope, Will ...) compared as written."""
    fold: set[str] = set()
    exact: set[str] = set()
    for p in prompts:
        for g in p.gold:
            if g.entity not in ("PERSON", "LOCATION"):
                continue
            skip = PARTICLES if g.entity == "PERSON" else PARTICLES | GENERIC
            for m in _WORD.finditer(p.text[g.start : g.end]):
                word = m.group()
                if g.entity == "LOCATION" and (len(word) < 3 or word.isupper()):
                    continue  # postcode letters ("LS6 2QT"), "35th"
                if word in WORD_NAMES:
                    exact.add(word)
                elif len(word) > 1 and word.lower() not in skip:
                    fold.add(word.lower())
    return fold, exact


def leaks(prompts: list[Prompt]) -> list[str]:
    """Where a planted name or place occurs in a clean prompt, or outside every gold span
    (and outside URLs) of a personal one."""
    fold, exact = planted_words(prompts)
    problems = []
    for p in prompts:
        inside = [(g.start, g.end) for g in p.gold]
        if not p.clean:
            inside += [(m.start(), m.end()) for m in _URL.finditer(p.text)]
        for m in _WORD.finditer(p.text):
            word = m.group()
            if word.lower() in fold or word in exact:
                if not any(a <= m.start() and m.end() <= b for a, b in inside):
                    problems.append(f"{p.id}: {word!r} at {m.start()}")
    return problems
