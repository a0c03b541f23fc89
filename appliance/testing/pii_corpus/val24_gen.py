"""val24 generator core: people and how they are written, places, values, decoys, the template
registry and the labelling checks (see `val24` for the conventions)."""

from __future__ import annotations

import random
import re
import string
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from . import ENTITIES, Prompt, compose
from . import val24_places as places
from . import val24_values as values
from .val24_decoys import DECOYS
from .val24_names import RAW_A
from .val24_names_b import NICKNAMES, RAW_B, WORD_FAMILY, WORD_GIVEN_F, WORD_GIVEN_M
from .validity import luhn_ok

WORD_NAMES = frozenset(WORD_GIVEN_F + WORD_GIVEN_M)
_WORD_FOLD = frozenset(w.casefold() for w in WORD_NAMES)


def _split(s: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in s.split(",") if x.strip())


@dataclass(frozen=True)
class Culture:
    name: str
    f: tuple[str, ...]
    m: tuple[str, ...]
    fam_f: tuple[str, ...]
    fam_m: tuple[str, ...]
    flags: frozenset[str]


CULTURES: dict[str, Culture] = {}
for _name, _f, _m, _fam, _famm, _flags in RAW_A + RAW_B:
    if _name in CULTURES:
        raise ValueError(f"duplicate culture {_name}")
    _ff = _split(_fam)
    CULTURES[_name] = Culture(
        _name, _split(_f), _split(_m), _ff, _split(_famm) or _ff, frozenset(_flags.split())
    )
CULTURE_NAMES = tuple(CULTURES)

# Cultures whose names suit a text in a given language (paste templates).
LANG_CULTURES: dict[str, tuple[str, ...]] = {
    "es": ("spanish", "mexican", "argentine", "colombian", "chilean", "catalan", "basque"),
    "de": ("german",),
    "fr": ("french", "wolof", "mande", "maghrebi"),
    "pt": ("portuguese", "brazilian"),
    "it": ("italian",),
    "nl": ("dutch", "flemish"),
    "pl": ("polish",),
    "sv": ("swedish",),
    "tr": ("turkish",),
    "id": ("indonesian",),
    "vi": ("vietnamese",),
}


# Where people of a culture most likely live (phone region, address country), where the part
# has phone specs for it.
CULTURE_REGION: dict[str, str] = {
    "yoruba": "NG",
    "igbo": "NG",
    "hausa": "NG",
    "akan": "GH",
    "kikuyu": "KE",
    "luo": "KE",
    "swahili": "KE",
    "zulu": "ZA",
    "xhosa": "ZA",
    "sotho": "ZA",
    "afrikaans": "ZA",
    "egyptian": "EG",
    "gulf": "AE",
    "maghrebi": "MA",
    "turkish": "TR",
    "hebrew": "IL",
    "hindi": "IN",
    "tamil": "IN",
    "telugu": "IN",
    "bengali": "IN",
    "punjabi": "IN",
    "marathi": "IN",
    "gujarati": "IN",
    "malayali": "IN",
    "pakistani": "PK",
    "tibetan": "IN",
    "chinese": "CN",
    "cantonese": "HK",
    "taiwanese": "TW",
    "japanese": "JP",
    "korean": "KR",
    "vietnamese": "VN",
    "thai": "TH",
    "filipino": "PH",
    "indonesian": "ID",
    "malay": "MY",
    "polish": "PL",
    "czech": "CZ",
    "hungarian": "HU",
    "romanian": "RO",
    "ukrainian": "UA",
    "greek": "GR",
    "english": "GB",
    "scottish": "GB",
    "irish": "IE",
    "welsh": "GB",
    "french": "FR",
    "german": "DE",
    "dutch": "NL",
    "flemish": "BE",
    "italian": "IT",
    "spanish": "ES",
    "catalan": "ES",
    "basque": "ES",
    "portuguese": "PT",
    "brazilian": "BR",
    "mexican": "MX",
    "colombian": "CO",
    "jamaican": "JM",
    "african_american": "US",
    "swedish": "SE",
    "norwegian": "NO",
    "danish": "DK",
    "finnish": "FI",
    "sami": "NO",
    "maori": "NZ",
    "samoan": "NZ",
    "tongan": "NZ",
    "hawaiian": "US",
    "dine": "US",
    "lakota": "US",
    "cree": "CA",
    "inuit": "CA",
    "aboriginal_au": "AU",
    "word": "GB",
}


@dataclass
class Person:
    culture: str
    given: str
    family: str
    female: bool
    flags: frozenset[str]
    family2: str = ""
    sep2: str = " "
    family_first: bool = False

    @property
    def call(self) -> str:
        """The name the person is called by."""
        return self.given.split()[-1] if "vn" in self.flags else self.given

    @property
    def fam_full(self) -> str:
        return f"{self.family}{self.sep2}{self.family2}" if self.family2 else self.family

    @property
    def mono(self) -> bool:
        return "mono" in self.flags or not self.family

    def units(self) -> list[str]:
        out = [self.given, self.call]
        if self.family:
            out += [self.family, self.fam_full]
        if self.family2:
            out.append(self.family2)
        if self.given in NICKNAMES:
            out.append(NICKNAMES[self.given])
        return out


@dataclass(frozen=True)
class Template:
    id: str
    shape: str
    domain: str
    fn: Callable[[Ctx], list]
    clean: bool


PERSONAL: list[Template] = []
CLEAN: list[Template] = []
_IDS: set[str] = set()


def _register(id: str, shape: str, domain: str, is_clean: bool):
    def deco(fn: Callable[[Ctx], list]) -> Callable[[Ctx], list]:
        if id in _IDS:
            raise ValueError(f"duplicate template id {id}")
        _IDS.add(id)
        (CLEAN if is_clean else PERSONAL).append(Template(id, shape, domain, fn, is_clean))
        return fn

    return deco


def personal(id: str, shape: str, domain: str):
    return _register("p-" + id, shape, domain, False)


def clean(id: str, shape: str, domain: str):
    return _register("c-" + id, shape, domain, True)


_MONTHS = (
    "January February March April May June July August September October November December"
).split()
_DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()


class Ctx:
    """What a template draws from: people, places, values and decoys, remembering what it
    planted (cultures, phone regions, name and place words) for the checks and the meta."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.people: list[Person] = []
        self.cultures: list[str] = []
        self.phones: dict[str, str] = {}
        self.place_units: list[str] = []
        self._used: set[str] = set()

    # random helpers -------------------------------------------------------------------------
    def pick(self, seq):
        return self.rng.choice(list(seq))

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def num(self, a: int, b: int) -> str:
        return str(self.rng.randint(a, b))

    def sample(self, seq, k: int) -> list:
        return self.rng.sample(list(seq), k)

    # people ---------------------------------------------------------------------------------
    def person(
        self,
        culture: str | Iterable[str] | None = None,
        female: bool | None = None,
        plain: bool = False,
    ) -> Person:
        """A new person, none of whose names another person of this prompt has. plain: no
        apostrophes (for code, CSV and SQL)."""
        if isinstance(culture, str):
            cands = list(LANG_CULTURES.get(culture, (culture,)))
        else:
            cands = list(culture) if culture else list(CULTURE_NAMES)
        for _ in range(200):
            c = CULTURES[self.rng.choice(cands)]
            fem = self.chance(0.5) if female is None else female
            given = self.rng.choice(c.f if fem else c.m)
            fams = c.fam_f if fem else c.fam_m
            fam = self.rng.choice(fams) if fams else ""
            fam2, sep = "", " "
            if "dbl" in c.flags and self.chance(0.55):
                fam2 = self.rng.choice([x for x in fams if x != fam])
                sep = self.rng.choice([" ", " ", "-"])
            first = "fg" in c.flags and ("vn" in c.flags or self.chance(0.75))
            first = first or ("fgo" in c.flags and self.chance(0.3))
            p = Person(c.name, given, fam, fem, c.flags, fam2, sep, first)
            if plain and "'" in given + fam + fam2:
                continue
            if any(u.casefold() in self._used for u in p.units()):
                continue
            self._used.update(u.casefold() for u in p.units())
            self.people.append(p)
            return p
        raise ValueError("no person left")

    def people_n(self, n: int, culture=None, plain: bool = False) -> list[Person]:
        return [self.person(culture, plain=plain) for _ in range(n)]

    def word_person(self, female: bool | None = None) -> Person:
        for _ in range(100):
            fem = self.chance(0.6) if female is None else female
            given = self.rng.choice(WORD_GIVEN_F if fem else WORD_GIVEN_M)
            fam = self.rng.choice(_split(WORD_FAMILY))
            p = Person("word", given, fam, fem, frozenset())
            if any(u.casefold() in self._used for u in p.units()):
                continue
            self._used.update(u.casefold() for u in p.units())
            self.people.append(p)
            return p
        raise ValueError("no word person left")

    def _p(self, p: Person, text: str) -> tuple[str, str]:
        if p.culture not in self.cultures:
            self.cultures.append(p.culture)
        return ("PERSON", text)

    def full(self, p: Person) -> tuple[str, str]:
        if p.mono:
            return self._p(p, p.given)
        if p.family_first:
            return self._p(p, f"{p.fam_full} {p.given}")
        return self._p(p, f"{p.given} {p.fam_full}")

    def given(self, p: Person) -> tuple[str, str]:
        return self._p(p, p.call)

    def fam(self, p: Person) -> tuple[str, str]:
        """The name that goes after a title: family name, or given name where titles go
        with it."""
        if p.mono:
            return self._p(p, p.given)
        if "tg" in p.flags:
            return self._p(p, p.call)
        if p.family2 and self.chance(0.6):
            return self._p(p, p.family)
        return self._p(p, p.fam_full)

    def title(self, p: Person) -> str:
        c = p.culture
        if c == "thai":
            return "Khun"
        if c in ("amharic", "tigrinya"):
            return "W/ro" if p.female else "Ato"
        if c == "malay":
            return "Puan" if p.female else "Encik"
        if c == "burmese":
            return "Daw" if p.female else "U"
        if self.chance(0.2):
            return self.pick(["Dr", "Dr.", "Dr", "Prof."])
        if p.female:
            return self.pick(["Ms", "Ms", "Mrs", "Ms."])
        return self.pick(["Mr", "Mr", "Mr."])

    def titled(self, p: Person, title: str | None = None) -> list:
        return [title or self.title(p), " ", self.fam(p)]

    def _initials(self, p: Person, spaced: bool = False) -> str:
        parts = [x for x in re.split(r"[\s-]+", p.given) if x]
        if "vn" in p.flags:
            parts = parts[-1:]
        return (" " if spaced else "").join(x[0] + "." for x in parts)

    def initial(self, p: Person, dot: bool = True) -> tuple[str, str]:
        if p.mono or "tg" in p.flags:
            return self.full(p)
        ini = self._initials(p)
        if not dot:
            ini = ini.replace(".", "")
        return self._p(p, f"{ini} {p.fam_full}")

    def lastfirst(self, p: Person) -> tuple[str, str]:
        if p.mono or "tg" in p.flags:
            return self.full(p)
        return self._p(p, f"{p.fam_full}, {p.given}")

    def caps(self, p: Person, with_given: bool = True) -> tuple[str, str]:
        if p.mono:
            return self._p(p, p.given.upper())
        if not with_given:
            return self._p(p, p.fam_full.upper())
        return self._p(p, f"{p.fam_full.upper()} {p.given}")

    def lower(self, p: Person, full: bool = True) -> tuple[str, str]:
        text = self.full(p)[1] if full else p.call
        return self._p(p, text.lower())

    def biblio(self, p: Person) -> tuple[str, str]:
        if p.mono or "tg" in p.flags:
            return self.full(p)
        ini = self._initials(p, spaced=True)
        if self.chance(0.35):
            ini += " " + self.rng.choice("ABCDEFGHJKLMNPRST") + "."
        return self._p(p, f"{p.fam_full}, {ini}")

    def nick(self, p: Person) -> tuple[str, str]:
        return self._p(p, NICKNAMES.get(p.given, p.call))

    def name(self, p: Person) -> list | tuple[str, str]:
        """The person as a text would name them, in a random form."""
        x = self.rng.random()
        if x < 0.5:
            return self.full(p)
        if x < 0.65:
            return self.given(p)
        if x < 0.85:
            return self.titled(p)
        return self.initial(p)

    # places ---------------------------------------------------------------------------------
    def _loc(self, text: str) -> list | tuple[str, str]:
        if text.startswith("the "):
            return ["the ", ("LOCATION", text[4:])]
        return ("LOCATION", text)

    def cc(self) -> str:
        return self.pick(places.COUNTRIES)

    def city(self, cc: str | None = None) -> tuple[str, str]:
        return ("LOCATION", self.pick(places.CITIES[cc or self.cc()]))

    def region(self, cc: str | None = None) -> list | tuple[str, str]:
        return self._loc(self.pick(places.REGIONS[cc or self.cc()]))

    def country(self, cc: str | None = None) -> list | tuple[str, str]:
        return self._loc(places.COUNTRIES[cc or self.cc()][0])

    def place(self, cc: str | None = None) -> list | tuple[str, str]:
        x = self.rng.random()
        if x < 0.6:
            return self.city(cc)
        return self.region(cc) if x < 0.8 else self.country(cc)

    def address(self, cc: str | None = None, p: Person | None = None) -> tuple[str, str]:
        """A street address; in the person's country most of the time when p is given."""
        if cc is None and p is not None and self.chance(0.7):
            home = CULTURE_REGION.get(p.culture)
            cc = home if home in places.ADDRESS_COUNTRIES else None
        text, city, _ = places.address(self.rng, cc)
        self.place_units.append(city)
        return ("LOCATION", text)

    # values ---------------------------------------------------------------------------------
    def phone(
        self, region: str | None = None, style: str | None = None, p: Person | None = None
    ) -> tuple[str, str]:
        """A phone number; of the person's country most of the time when p is given."""
        if region is None and p is not None and self.chance(0.75):
            region = CULTURE_REGION.get(p.culture)
        region = region or self.pick(values.PHONE_REGIONS)
        text = values.phone(self.rng, region, style)
        self.phones[text] = region
        return ("PHONE_NUMBER", text)

    def email(self, p: Person | None = None, domain: str | None = None) -> tuple[str, str]:
        if p is None:
            p = self.person()
        first = p.call if not p.mono else p.given.split()[0]
        last = p.family if not p.mono else p.given.split()[-1]
        last = re.sub(r"^(?:bin|binti) ", "", last)
        return ("EMAIL_ADDRESS", values.personal_email(self.rng, first, last, domain))

    def role(self, local: str, domain: str) -> tuple[str, str]:
        return ("EMAIL_ADDRESS", f"{local}@{domain}")

    def card(self, brand: str | None = None, sep: str | None = None) -> tuple[str, str]:
        return ("CREDIT_CARD", values.card(self.rng, brand, sep))

    def iban(self, cc: str | None = None, spaced: bool | None = None) -> tuple[str, str]:
        return ("IBAN_CODE", values.iban(self.rng, cc, spaced))

    def ipv4(self) -> tuple[str, str]:
        return ("IP_ADDRESS", values.ipv4(self.rng))

    def ipv6(self) -> tuple[str, str]:
        return ("IP_ADDRESS", values.ipv6(self.rng))

    def ip(self) -> tuple[str, str]:
        return self.ipv6() if self.chance(0.3) else self.ipv4()

    def ssn(self, sep: str | None = None) -> tuple[str, str]:
        return ("US_SSN", values.ssn(self.rng, sep))

    def acct(self, style: str | None = None) -> tuple[str, str]:
        return ("ACCOUNT_NUMBER", values.account(self.rng, style))

    def sort_code(self) -> str:
        return f"{self.rng.randint(10, 99)}-{self.rng.randint(0, 99):02d}-{self.rng.randint(0, 99):02d}"

    # decoys ---------------------------------------------------------------------------------
    def d(self, kind: str) -> str:
        return self.pick(DECOYS[kind])

    def dn(self, kind: str) -> str:
        """A decoy without its leading article."""
        return re.sub(r"^(?:a|an|the) ", "", self.d(kind))

    def code(self, pattern: str) -> str:
        """'#' a digit, '@' a capital letter, '%' a hex digit; the rest as written."""
        out = []
        for ch in pattern:
            if ch == "#":
                out.append(self.pick(string.digits))
            elif ch == "@":
                out.append(self.pick("ABCDEFGHJKLMNPQRSTUVWXYZ"))
            elif ch == "%":
                out.append(self.pick("0123456789abcdef"))
            else:
                out.append(ch)
        return "".join(out)

    def date(self, style: str | None = None) -> str:
        y, m, dd = self.rng.randint(2023, 2026), self.rng.randint(1, 12), self.rng.randint(1, 28)
        style = style or self.pick(["iso", "uk", "long", "us", "short", "dot"])
        wd = _DAYS[(dd + m * 3 + y) % 7]
        if style == "iso":
            return f"{y}-{m:02d}-{dd:02d}"
        if style == "uk":
            return f"{dd:02d}/{m:02d}/{y}"
        if style == "long":
            return f"{dd} {_MONTHS[m - 1]} {y}"
        if style == "us":
            return f"{_MONTHS[m - 1]} {dd}, {y}"
        if style == "dot":
            return f"{dd:02d}.{m:02d}.{y}"
        return f"{wd[:3]} {dd} {_MONTHS[m - 1][:3]}"

    def dob(self, style: str = "uk") -> str:
        y, m, dd = self.rng.randint(1948, 2004), self.rng.randint(1, 12), self.rng.randint(1, 28)
        if style == "us":
            return f"{m:02d}/{dd:02d}/{y}"
        if style == "iso":
            return f"{y}-{m:02d}-{dd:02d}"
        return f"{dd:02d}/{m:02d}/{y}"

    def month(self) -> str:
        return self.pick(_MONTHS)

    def weekday(self) -> str:
        return self.pick(_DAYS)

    def time(self) -> str:
        h, mi = self.rng.randint(6, 22), self.pick([0, 5, 15, 30, 45, 50])
        if self.chance(0.25):
            return f"{(h - 1) % 12 + 1}.{mi:02d}{'am' if h < 12 else 'pm'}"
        return f"{h:02d}:{mi:02d}"

    def clock(self) -> str:
        h, m, sec = self.rng.randint(6, 23), self.rng.randint(0, 59), self.rng.randint(0, 59)
        return f"{h:02d}:{m:02d}:{sec:02d}"

    def money(self, cur: str | None = None, lo: int = 5, hi: int = 5000) -> str:
        cur = cur or self.pick(["£", "€", "$", "CHF ", "A$", "¥"])
        v = self.rng.randint(lo * 100, hi * 100) / 100
        if cur == "¥":
            return f"¥{int(v) * 100:,}"
        if self.chance(0.4):
            return f"{cur}{int(v):,}"
        return f"{cur}{v:,.2f}"

    def version(self) -> str:
        v = f"{self.rng.randint(0, 14)}.{self.rng.randint(0, 30)}.{self.rng.randint(0, 40)}"
        return self.pick(
            [v, "v" + v, v + "-rc" + self.num(1, 4), v + "+build." + self.num(10, 999)]
        )

    def sha(self, n: int = 7) -> str:
        return "".join(self.pick("0123456789abcdef") for _ in range(n))

    def uuid(self) -> str:
        h = self.sha(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.pick('89ab')}{h[17:20]}-{h[20:]}"

    def isbn(self) -> str:
        body = "9781" + "".join(self.pick(string.digits) for _ in range(8))
        s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
        c = (10 - s % 10) % 10
        return f"{body[:3]}-{body[3]}-{body[4:8]}-{body[8:12]}-{c}"

    def doi(self) -> str:
        return self.pick(
            [
                f"10.{self.num(1000, 9999)}/{self.code('@@@.####.#####')}".lower(),
                f"10.1{self.num(100, 999)}/s{self.num(10000, 99999)}-0{self.num(20, 25)}-"
                f"{self.num(1000, 9999)}-{self.num(1, 9)}",
            ]
        )

    def flight(self) -> str:
        return (
            self.pick(
                [
                    "BA",
                    "LH",
                    "KL",
                    "AF",
                    "EK",
                    "QR",
                    "TK",
                    "SQ",
                    "U2",
                    "FR",
                    "DL",
                    "AA",
                    "QF",
                    "NZ",
                    "ET",
                ]
            )
            + self.pick(["", " "])
            + self.num(2, 2999)
        )

    def hexcol(self) -> str:
        return "#" + self.sha(6).upper() if self.chance(0.5) else "#" + self.sha(6)

    def port(self) -> str:
        return self.pick(["443", "8080", "8443", "5432", "6379", "9200", "3000", "5000", "1883"])

    def nonluhn(self, n: int) -> str:
        """n digits that fail Luhn's check (long numeric decoys that are not card numbers)."""
        body = self.pick("123456789") + "".join(self.pick(string.digits) for _ in range(n - 2))
        good = values._luhn_digit(body)
        return body + str((int(good) + self.rng.randint(1, 9)) % 10)

    def pct(self) -> str:
        return f"{self.rng.randint(1, 99)}.{self.rng.randint(0, 9)}%"

    def plate(self) -> str:
        return self.code("@@## @@@")


def flatten(pieces) -> list:
    out: list = []
    for piece in pieces:
        if isinstance(piece, tuple) and len(piece) == 2 and piece[0] in ENTITIES:
            out.append(piece)
        elif isinstance(piece, (list, tuple)):
            out.extend(flatten(piece))
        elif isinstance(piece, str):
            out.append(piece)
        else:
            raise TypeError(f"bad piece {piece!r}")
    return out


class Collision(ValueError):
    """A planted name or place occurs in a prompt where it is not a gold span."""


URL_OR_MAIL = re.compile(r"https?://\S+|www\.\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _term_re(term: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + re.escape(term) + r"(?!\w)", re.IGNORECASE)


def check_personal(prompt: Prompt, ctx: Ctx) -> None:
    """Every whole-word occurrence (any case) of a planted name, a word of one or a planted
    place must lie inside a gold span, a URL or an e-mail address."""
    text = prompt.text
    covered = [(g.start, g.end) for g in prompt.gold]
    covered += [(m.start(), m.end()) for m in URL_OR_MAIL.finditer(text)]
    terms = {text[g.start : g.end] for g in prompt.gold if g.entity in ("PERSON", "LOCATION")}
    for p in ctx.people:
        terms.update(p.units())
    terms.update(ctx.place_units)
    for term in sorted(terms):
        if len(term) < 2:
            continue
        for m in _term_re(term).finditer(text):
            if not any(s <= m.start() and m.end() <= e for s, e in covered):
                raise Collision(f"{prompt.id}: {term!r} outside a gold span")


def clean_vocabulary(prompts: list[Prompt], units: Iterable[str]) -> list[str]:
    """The planted names and places (and name words) a clean prompt must not contain: at least
    three characters, word-names ("Hope", "Will") left out."""
    terms = set(units)
    for p in prompts:
        for g in p.gold:
            if g.entity in ("PERSON", "LOCATION"):
                terms.add(p.text[g.start : g.end])
    return sorted(
        {t for t in terms if len(t) >= 3 and t.casefold() not in _WORD_FOLD},
        key=lambda t: (-len(t), t),
    )


def vocabulary_re(terms: list[str]) -> re.Pattern[str]:
    return re.compile(
        r"(?<!\w)(?:" + "|".join(re.escape(t) for t in terms) + r")(?!\w)", re.IGNORECASE
    )


_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_IPV4 = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")
_LONG_DIGITS = re.compile(r"(?<!\d)\d{13,19}(?!\d)")


def clean_leak(text: str) -> str | None:
    """What in a clean text looks like a planted value: an e-mail address, an IPv4 address or a
    Luhn-valid run of 13-19 digits."""
    if m := _EMAIL.search(text):
        return m.group(0)
    for m in _IPV4.finditer(text):
        if all(int(x) < 256 for x in m.groups()):
            return m.group(0)
    for m in _LONG_DIGITS.finditer(text):
        if luhn_ok(m.group(0)):
            return m.group(0)
    return None


def render(t: Template, pid: str, seed: str, vocab: re.Pattern[str] | None = None):
    """The prompt of a template, retried with fresh draws while a check fails."""
    last: Exception | None = None
    for attempt in range(80):
        ctx = Ctx(random.Random(f"{seed}/{attempt}"))
        prompt = compose(pid, t.shape, flatten(t.fn(ctx)))
        try:
            if t.clean:
                if prompt.gold:
                    raise ValueError(f"{pid}: clean template {t.id} planted a value")
                if vocab is not None and (m := vocab.search(prompt.text)):
                    raise Collision(f"{pid}: clean prompt holds planted {m.group(0)!r}")
                if leak := clean_leak(prompt.text):
                    raise Collision(f"{pid}: clean prompt holds {leak!r}")
            else:
                if not prompt.gold:
                    raise ValueError(f"{pid}: personal template {t.id} planted nothing")
                check_personal(prompt, ctx)
        except Collision as e:
            last = e
            continue
        return prompt, ctx
    raise ValueError(f"{t.id}: no clean draw after 80 tries ({last})")
