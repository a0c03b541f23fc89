"""The engine of the val36 part: people drawn from the name lists, templates rendered into
`compose` pieces, and the checks that no planted name or place is left unlabelled.

A template is a string with placeholders in double braces:

* people: ``{{P1}}`` (full name), ``{{P1.first}}``, ``{{P1.nick}}``, ``{{P1.last}}``,
  ``{{P1.init}}`` ("J. Nakamura"), ``{{P1.lf}}`` ("Nakamura, Jun"), ``{{P1.LAST}}``,
  ``{{P1.LF}}`` ("NAKAMURA, Jun"), ``{{P1.UP}}``, ``{{P1.low}}``, ``{{P1.lowfirst}}``,
  ``{{P1.bib}}`` ("Nakamura, J."); ``{{W1...}}`` the same for a word-name ("Hope");
  ``{{P1.handle}}`` a login that is not a name, and ``{{P1.t}}``, ``{{P1.t_de}}`` ... a
  title (both literal text, not spans);
* ``{{E1}}`` the e-mail of person 1 (``{{E1.work}}`` at a company), ``{{ER}}`` or
  ``{{ER.bookings}}`` a role address;
* places: ``{{C}}`` city, ``{{RG}}`` region, ``{{CO}}`` country, ``{{A}}`` street address,
  ``{{L}}`` any of them (``.low`` lower case, ``.up`` capitals);
* ``{{PH}}`` phone (``{{PH.GB}}``, ``{{PH.GB.intl}}``), ``{{CC}}`` (``{{CC.amex}}``),
  ``{{IBAN}}`` (``{{IBAN.DE}}``), ``{{IP}}``, ``{{IP6}}``, ``{{SSN}}``, ``{{ACCT}}``;
* a digit after the key reuses a value (``{{C1}}`` twice is one city);
* literal fillers: ``{{d6}}`` digits, ``{{D6}}`` digits not starting with 0, ``{{u3}}``
  capitals, ``{{x8}}`` hex, ``{{date}}``, ``{{dmy}}``, ``{{datel}}``, ``{{time}}``,
  ``{{ts}}``, ``{{uuid}}``, ``{{ver}}``, ``{{amt}}``, ``{{ref}}``, ``{{n:5-90}}``,
  ``{{pick:a|b|c}}`` (a filler with a digit after its key is reused too: ``{{ref1}}``).
"""

from __future__ import annotations

import random
import re
import uuid

from . import val36_values as V
from .val36_names import CULTURES, WORD_FAMILIES, WORD_FEMALE, WORD_GIVEN

PLACEHOLDER = re.compile(r"\{\{([^{}]+)\}\}")
PARTICLES = {
    "van", "der", "den", "de", "dos", "da", "del", "bin", "binti", "ibn", "von", "ap", "ní",
    "ó", "el", "al", "te", "la", "le", "di", "du", "y",
}  # fmt: skip
WORD_NAMES = {w.lower() for w in WORD_GIVEN}
_LINKS = re.compile(r"https?://\S+|www\.\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_WORD = re.compile(r"[^\W\d_]+")
_REUSED = re.compile(r"(ref|date|dmy|datel|time|ts|uuid|ver|amt)\d+")
_MONTHS = (
    "January February March April May June July August September October November December"
).split()
_TITLES = {
    "t": ("Ms", "Mr"),
    "t_de": ("Frau", "Herr"),
    "t_es": ("Señora", "Señor"),
    "t_fr": ("Mme", "M."),
    "t_it": ("Sig.ra", "Sig."),
    "t_pt": ("Sra.", "Sr."),
    "t_nl": ("mevrouw", "meneer"),
    "t_pl": ("Pani", "Pan"),
}


class Person:
    def __init__(self, culture: str, order: str, given: str, family: str, female: bool):
        self.culture, self.order, self.female = culture, order, female
        self.given, _, nick = given.partition("/")
        self.nick = nick or self.given
        if "|" in family:
            male, fem = family.split("|")
            family = fem if female else male
        self.family = family

    def full(self) -> str:
        if self.culture == "malay":
            return f"{self.given} {'binti' if self.female else 'bin'} {self.family}"
        if self.order == "fg":
            return f"{self.family} {self.given}"
        return f"{self.given} {self.family}"

    def initials(self) -> str:
        parts = re.split(r"[\s-]+", self.given)
        return " ".join(_WORD.search(p).group(0)[0] + "." for p in parts if _WORD.search(p))

    def form(self, name: str, rng: random.Random) -> tuple[str, bool]:
        """The name written in a form, and whether it is a PERSON span."""
        full = self.full()
        forms = {
            "": full,
            "first": self.given,
            "nick": self.nick,
            "last": self.family,
            "init": f"{self.initials().split()[0]} {self.family}",
            "lf": f"{self.family}, {self.given}",
            "LAST": self.family.upper(),
            "LF": f"{self.family.upper()}, {self.given}",
            "UP": full.upper(),
            "low": full.lower(),
            "lowfirst": self.nick.lower(),
            "bib": f"{self.family}, {self.initials()}",
        }
        if name in forms:
            return forms[name], True
        if name == "handle":
            return f"{V.fold(self.given)[:1]}{V.fold(self.family)}{rng.randrange(2, 99)}", False
        if name in _TITLES:
            return _TITLES[name][0 if self.female else 1], False
        raise KeyError(name)


class Pool:
    """People drawn culture by culture in turn, each identity used once before any repeat."""

    def __init__(self, seed: int):
        rng = random.Random(seed)
        self.queues: dict[str, list[Person]] = {}
        for culture, (order, women, men, families) in CULTURES.items():
            fams = families.split(", ")
            people = [
                Person(culture, order, g, f, female)
                for female, names in ((True, women), (False, men))
                for g in names.split(", ")
                for f in fams
            ]
            rng.shuffle(people)
            self.queues[culture] = people
        words = [
            Person("word", "gf", g, f, g in WORD_FEMALE) for g in WORD_GIVEN for f in WORD_FAMILIES
        ]
        rng.shuffle(words)
        self.words = words
        self.order = sorted(self.queues)
        rng.shuffle(self.order)
        self.turn = 0
        self.word_turn = 0
        self.used: dict[str, int] = {c: 0 for c in self.queues}

    def person(self) -> Person:
        culture = self.order[self.turn % len(self.order)]
        self.turn += 1
        queue = self.queues[culture]
        person = queue[self.used[culture] % len(queue)]
        self.used[culture] += 1
        return person

    def word_person(self) -> Person:
        person = self.words[self.word_turn % len(self.words)]
        self.word_turn += 1
        return person


def _date(rng: random.Random) -> tuple[int, int, int]:
    return rng.randrange(2019, 2027), rng.randrange(1, 13), rng.randrange(1, 29)


def filler(key: str, rng: random.Random) -> str | None:
    """A literal decoy for a filler placeholder, or None if the key is not a filler."""
    base = key.rstrip("0123456789") if not key.startswith(("pick:", "n:")) else key
    if key.startswith("pick:"):
        return rng.choice(key[5:].split("|"))
    if key.startswith("n:"):
        lo, hi = key[2:].split("-")
        return str(rng.randrange(int(lo), int(hi) + 1))
    m = re.fullmatch(r"([dDux])(\d+)", key)
    if m:
        kind, n = m.group(1), int(m.group(2))
        if kind == "d":
            return "".join(str(rng.randrange(10)) for _ in range(n))
        if kind == "D":
            return str(rng.randrange(1, 10)) + "".join(str(rng.randrange(10)) for _ in range(n - 1))
        if kind == "u":
            return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(n))
        return "".join(rng.choice("0123456789abcdef") for _ in range(n))
    y, mo, d = _date(rng)
    if base == "date":
        return f"{y}-{mo:02d}-{d:02d}"
    if base == "dmy":
        return f"{d:02d}/{mo:02d}/{y}"
    if base == "datel":
        return f"{d} {_MONTHS[mo - 1]} {y}"
    if base == "time":
        return f"{rng.randrange(7, 23):02d}:{rng.randrange(60):02d}"
    if base == "ts":
        h, mi, s = rng.randrange(24), rng.randrange(60), rng.randrange(60)
        return f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}Z"
    if base == "uuid":
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))
    if base == "ver":
        return f"{rng.randrange(1, 9)}.{rng.randrange(0, 30)}.{rng.randrange(0, 12)}"
    if base == "amt":
        return f"{rng.randrange(3, 400)}.{rng.choice(('00', '50', '99', '95', '49'))}"
    if base == "ref":
        return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    return None


class Renderer:
    """Renders one template into pieces, drawing people from the pool."""

    def __init__(self, pool: Pool, rng: random.Random):
        self.pool, self.rng = pool, rng
        self.people: dict[str, Person] = {}
        self.memo: dict[str, tuple[str, str | None]] = {}
        self.phones: dict[str, str] = {}
        self.places: list[str] = []
        self.names: list[str] = []

    def _person(self, slot: str) -> Person:
        if slot not in self.people:
            word = slot.startswith("W")
            self.people[slot] = self.pool.word_person() if word else self.pool.person()
        return self.people[slot]

    def _place(self, base: str, args: list[str]) -> str:
        rng = self.rng
        if base == "L":
            base = rng.choice(("C", "C", "RG", "CO"))
        if base == "C":
            value = rng.choice(V.CITIES)
        elif base == "RG":
            value = rng.choice(V.REGIONS)
        elif base == "CO":
            value = rng.choice(V.COUNTRIES)
        else:
            value, city = rng.choice(V.ADDRESSES)
            self.places.append(city)
        if value.startswith("the ") and "the" not in args:
            value = value[4:]
        return value

    def value(self, key: str) -> tuple[str, str | None]:
        """(text, entity or None) for one placeholder."""
        parts = key.split(".")
        head, args = parts[0], parts[1:]
        base = head.rstrip("0123456789")
        idx = head[len(base) :]
        if base in ("P", "W"):
            person = self._person(head)
            text, span = person.form(args[0] if args else "", self.rng)
            if span:
                self.names.append(text)
            return text, "PERSON" if span else None
        memo_key = head + "." + ".".join(a for a in args if a not in ("low", "up", "the"))
        if idx and memo_key in self.memo:
            text, entity = self.memo[memo_key]
        else:
            text, entity = self._fresh(base, head, args)
            if idx:
                self.memo[memo_key] = (text, entity)
        if entity == "LOCATION":
            self.places.append(text)
            if "low" in args:
                text = text.lower()
            elif "up" in args:
                text = text.upper()
        return text, entity

    def _fresh(self, base: str, head: str, args: list[str]) -> tuple[str, str | None]:
        rng = self.rng
        if base == "E":
            person = self._person("P" + head[1:] if head[1:] else "P1")
            return V.personal_email(rng, person.given, person.family, "work" in args), (
                "EMAIL_ADDRESS"
            )
        if base == "EW":
            person = self._person("W" + head[2:] if head[2:] else "W1")
            return V.personal_email(rng, person.given, person.family), "EMAIL_ADDRESS"
        if base == "ER":
            return V.role_email(rng, args[0] if args else None), "EMAIL_ADDRESS"
        if base in ("C", "RG", "CO", "A", "L"):
            return self._place(base, args), "LOCATION"
        if base == "PH":
            region = next((a for a in args if len(a) == 2 and a.isupper()), None)
            style = next((a for a in args if a in V.PHONE_FORMATS), None)
            text, region = V.phone(rng, region, style)
            self.phones[text] = region
            return text, "PHONE_NUMBER"
        if base == "CC":
            return V.card(rng, args[0] if args else None), "CREDIT_CARD"
        if base == "IBAN":
            country = next((a for a in args if len(a) == 2 and a.isupper()), None)
            spaced = False if "compact" in args else (True if "spaced" in args else None)
            return V.iban(rng, country, spaced), "IBAN_CODE"
        if base == "IP":
            return V.ipv4(rng), "IP_ADDRESS"
        if base == "IPV":
            return V.ipv6(rng), "IP_ADDRESS"
        if base == "SSN":
            return V.ssn(rng), "US_SSN"
        if base == "ACCT":
            return V.account(rng), "ACCOUNT_NUMBER"
        raise KeyError(f"unknown placeholder {head!r}")

    def render(self, template: str) -> list:
        pieces: list = []
        pos = 0
        fillers: dict[str, str] = {}
        for m in PLACEHOLDER.finditer(template):
            if m.start() > pos:
                pieces.append(template[pos : m.start()])
            key = m.group(1)
            pos = m.end()
            head = key.split(".")[0]
            reused = bool(_REUSED.fullmatch(head))
            lit = fillers.get(key) if reused else None
            if lit is None and not re.fullmatch(
                r"(P|W|E|EW|ER|C|RG|CO|A|L|PH|CC|IBAN|IP|IPV|"
                r"SSN|ACCT)\d*",
                head,
            ):
                lit = filler(key, self.rng)
                if lit is None:
                    raise KeyError(f"unknown placeholder {key!r}")
                if reused:
                    fillers[key] = lit
            if lit is not None:
                pieces.append(lit)
                continue
            text, entity = self.value(key)
            pieces.append((entity, text) if entity else text)
        if pos < len(template):
            pieces.append(template[pos:])
        return pieces

    def cultures(self) -> list[str]:
        return sorted({p.culture for p in self.people.values()})


def covered(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The gold spans plus every URL and e-mail address of a text."""
    return spans + [(m.start(), m.end()) for m in _LINKS.finditer(text)]


def _inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def name_words(names: list[str]) -> tuple[set[str], set[str]]:
    """The words of planted names, lower case: (ordinary words, word-names)."""
    ordinary: set[str] = set()
    word: set[str] = set()
    for name in names:
        for w in _WORD.findall(name):
            low = w.lower()
            if len(low) <= 2 or low in PARTICLES:
                continue
            (word if low in WORD_NAMES else ordinary).add(low)
    return ordinary, word


def place_pattern(places: set[str]) -> re.Pattern | None:
    if not places:
        return None
    alts = "|".join(re.escape(p) for p in sorted(places, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alts})(?!\w)", re.IGNORECASE)


def violations(
    text: str,
    spans: list[tuple[int, int]],
    ordinary: set[str],
    word_names: set[str],
    own_word_names: set[str],
    places: re.Pattern | None,
) -> list[str]:
    """Planted names or places of the part that a text holds outside its gold spans (for
    a clean text: at all). Word-names count only capitalised, except those the text itself
    plants, which count in any case."""
    cover = covered(text, spans)
    bad = []
    for m in _WORD.finditer(text):
        w = m.group(0)
        low = w.lower()
        hit = low in ordinary or low in own_word_names
        hit = hit or (low in word_names and w[:1].isupper())
        if hit and not _inside(m.start(), m.end(), cover):
            bad.append(w)
    if places is not None:
        for m in places.finditer(text):
            if not _inside(m.start(), m.end(), cover):
                bad.append(m.group(0))
    return bad
