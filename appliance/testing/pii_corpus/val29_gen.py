"""Rendering engine of val29 (see val29.py): the template mini-language, people and value
slots, and the audit that the part's name and place rules hold.

A template's text holds `{{...}}` slots:

* people: `{{a}}` ... `{{h}}` (any culture, or the template's hint), `{{w}}`/`{{x}}` (a
  word-name given name such as Hope or Will). Forms after a dot: full (default), g (given
  or call name), nick, f (family), i ("J. Nakamura"), gi ("Amara O."), lf ("Last, First"),
  bib ("Last, A. B."), F (FAMILY), FG ("FAMILY Given"), fg (family first), caps, low, lowg,
  lowf, mail (EMAIL_ADDRESS, `:domain` optional), handle (plain, not a span), ph (their
  phone), city/country/addr (their places), and plain titles and pronouns: mr, herr, sr,
  sra, mme, sig, pan, bey, dhr, he, his, him.
* values: ph (PHONE_NUMBER; `:GB` region, `:GB,intl` style), em (`:addr`, a literal e-mail),
  cc (CREDIT_CARD; `:amex`, `:visa, ` separator), iban (`:DE`, `:DE,c` compact), ip (IPv4;
  `:priv`/`:pub`), ipx (IPv6), ssn, acct (ACCOUNT_NUMBER; `:uk`, `:us` ...), city, country,
  region, addr (LOCATION; `:FR`).
* plain decoys: see val29_values.DECOYS (ord, ref, date, price, ver, sha ...), and
  `{{|one|two|three}}` for a choice.

A digit after a value's name (`ph1`, `date2`) names one value to be repeated; `.low` writes a
value in lower case. Hints: "a=german,dutch b=^a all=... reg=DE,AT sex_a=f" (`^a`: same
family and culture as a)."""

from __future__ import annotations

import random
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from . import Prompt, compose
from . import val29_names as N
from . import val29_places as P
from . import val29_values as V


@dataclass(frozen=True)
class T:
    id: str
    shape: str
    domain: str
    text: str
    hint: str = ""


SLOT = re.compile(r"\{\{(.*?)\}\}", re.S)
KEY = re.compile(r"^([a-z_]+)(\d*)(?:\.([A-Za-z0-9_]+))?(?::(.*))?$", re.S)
PERSON_SLOTS = frozenset("abcdefgh")
WORD_SLOTS = frozenset("wx")
URL = re.compile(r"(?:https?://|www\.)\S+")
WORDS = re.compile(r"[^\W\d_]+")


def literal_text(text: str) -> str:
    """A template's text without its slots, choices kept."""
    return SLOT.sub(
        lambda m: (
            " " + m.group(1)[1:].replace("|", " ") + " " if m.group(1).startswith("|") else " "
        ),
        text,
    )


def _hint(text: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for item in text.split():
        k, _, v = item.partition("=")
        out[k] = [x for x in v.split(",") if x]
    return out


def ascii_fold(s: str) -> str:
    table = {
        "ø": "o",
        "æ": "ae",
        "ß": "ss",
        "đ": "d",
        "ł": "l",
        "ı": "i",
        "ð": "d",
        "þ": "th",
        "œ": "oe",
        "Ø": "O",
        "Æ": "AE",
        "Đ": "D",
        "Ł": "L",
        "Ð": "D",
        "Þ": "Th",
        "ʻ": "",
    }
    s = "".join(table.get(ch, ch) for ch in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def name_words(value: str) -> set[str]:
    """The words of a planted name that the part's rules compare (no particles, initials or
    word-names)."""
    out = set()
    for w in WORDS.findall(value):
        c = w.casefold()
        if len(c) < 2 or c in N.PARTICLES or c in N.WORD_NAMES:
            continue
        out.add(c)
    return out


@dataclass
class Person:
    culture: str
    given: str
    nick: str
    family: str
    gender: str
    eastern: bool
    style: str
    word: bool = False
    middle: str = ""

    @property
    def call(self) -> str:
        if self.style == "vi":
            return self.given.split()[-1]
        return self.given

    def full(self) -> str:
        if self.style == "mono":
            return self.given
        if self.style == "malay":
            return f"{self.given} {'bin' if self.gender == 'm' else 'binti'} {self.family}"
        if self.middle:
            return f"{self.given} {self.middle} {self.family}"
        if self.eastern:
            return f"{self.family} {self.given}"
        return f"{self.given} {self.family}"

    def fam(self) -> str:
        return self.family if self.family else self.given

    def initials(self) -> str:
        return " ".join(part[0] + "." for part in self.given.replace("-", " ").split())


@dataclass
class Gen:
    """State shared by the whole part: the random source and what has been drawn."""

    rng: random.Random
    culture_counts: Counter = field(default_factory=Counter)
    region_counts: Counter = field(default_factory=Counter)
    used_names: set = field(default_factory=set)
    word_counts: Counter = field(default_factory=Counter)


class Ctx:
    def __init__(self, gen: Gen, tpl: T):
        self.gen = gen
        self.rng = gen.rng
        self.tpl = tpl
        self.hint = _hint(tpl.hint)
        self.people: dict[str, Person] = {}
        self.cache: dict[str, object] = {}
        self.cultures: set[str] = set()
        self.phones: dict[str, str] = {}
        self.places: set[str] = set()
        self.literal = {w.casefold() for w in WORDS.findall(literal_text(tpl.text))}

    # ------------------------------------------------------------ people
    def _balanced(self, options: list[str], counts: Counter) -> str:
        weights = [1.0 / (1 + counts[o]) ** 2 for o in options]
        return self.rng.choices(options, weights)[0]

    def _culture_for(self, slot: str) -> str:
        allowed = self.hint.get(slot) or self.hint.get("all") or sorted(N.CULTURES)
        allowed = [c for c in allowed if not c.startswith("^")] or sorted(N.CULTURES)
        return self._balanced(allowed, self.gen.culture_counts)

    def _draw(self, culture: str, gender: str | None = None) -> Person:
        c = N.CULTURES[culture]
        rng = self.rng
        gender = gender or rng.choice("mf")
        given_raw = rng.choice(c.male if gender == "m" else c.female)
        given, _, nick = given_raw.partition("/")
        family = ""
        if c.family:
            i = rng.randrange(len(c.family))
            family = c.family_f[i] if (gender == "f" and c.family_f) else c.family[i]
            if c.style == "dbl" and rng.random() < 0.3:
                j = rng.randrange(len(c.family))
                if j != i:
                    family = f"{family} {c.family[j]}"
        eastern = {
            "e": True,
            "vi": True,
            "e50": rng.random() < 0.5,
            "e30": rng.random() < 0.3,
            "e20": rng.random() < 0.2,
        }.get(c.style, False)
        middle = ""
        if c.style == "gulf" and rng.random() < 0.35:
            middle = ("bin " if gender == "m" else "bint ") + rng.choice(c.male)
        return Person(culture, given, nick, family, gender, eastern, c.style, middle=middle)

    def person(self, slot: str) -> Person:
        if slot in self.people:
            return self.people[slot]
        spec = self.hint.get(slot, [])
        if spec and spec[0].startswith("^"):
            self.person(spec[0][1:])
        taken_given = {p.given for p in self.people.values()}
        taken_family = {p.family for p in self.people.values() if p.family}
        if spec and spec[0].startswith("^"):
            base = self.person(spec[0][1:])
            for _ in range(40):
                p = self._draw(base.culture)
                if p.given not in taken_given:
                    break
            p.family, p.eastern, p.middle = base.family, base.eastern, ""
            if base.style == "malay":
                p.family = base.family
        elif slot in WORD_SLOTS:
            fam_culture = self._culture_for(slot)
            options = [
                w
                for w in N.WORD_F + N.WORD_M
                if w.casefold() not in self.literal and w not in taken_given
            ]
            least = min(self.gen.word_counts[o] for o in options)
            w = self.rng.choice([o for o in options if self.gen.word_counts[o] == least])
            self.gen.word_counts[w] += 1
            gender = "f" if w in N.WORD_F else "m"
            for _ in range(40):
                base = self._draw(fam_culture, gender)
                if base.family not in taken_family:
                    break
            p = Person(fam_culture, w, "", base.family, gender, False, "w", word=True)
            if N.CULTURES[fam_culture].style == "mono":
                p.family = ""
                p.style = "mono"
        else:
            p = None
            sex = (self.hint.get("sex_" + slot) or [None])[0]
            for attempt in range(60):
                culture = self._culture_for(slot)
                cand = self._draw(culture, sex)
                key = (cand.given, cand.family)
                clash = cand.given in taken_given or (cand.family and cand.family in taken_family)
                if clash or (key in self.gen.used_names and attempt < 50):
                    continue
                p = cand
                break
            if p is None:
                raise ValueError(f"{self.tpl.id}: could not draw a person for {slot}")
        if not p.word:
            self.gen.culture_counts[p.culture] += 1
        self.gen.used_names.add((p.given, p.family))
        self.people[slot] = p
        return p

    def _region_of(self, p: Person, table) -> str:
        reg = N.CULTURES[p.culture].region
        if reg in table:
            return reg
        return self._balanced(sorted(table), self.gen.region_counts)

    def person_piece(self, slot: str, form: str, arg: str):
        key = f"{slot}.{form}"
        if form in ("mail", "ph", "city", "country", "addr", "region", "handle"):
            if key not in self.cache:
                self.cache[key] = self._person_piece(slot, form, arg)
            return self.cache[key]
        return self._person_piece(slot, form, arg)

    def _person_piece(self, slot: str, form: str, arg: str):
        p = self.person(slot)
        form = form or "full"
        name = None
        if p.word:
            self.cultures.add("word")
        fam_shown = form in (
            "full",
            "f",
            "i",
            "gi",
            "lf",
            "bib",
            "F",
            "FG",
            "fg",
            "gf",
            "caps",
            "low",
            "lowf",
        )
        if not p.word or fam_shown:
            if not (p.word and not p.family):
                self.cultures.add(p.culture)
        if form == "full":
            name = p.full()
        elif form == "g":
            name = p.call
        elif form == "nick":
            name = p.nick or p.call
        elif form == "f":
            name = p.fam()
        elif form == "i":
            if p.style == "tamil":
                name = f"{p.family[0]}. {p.given}"
            elif p.style in ("mono", "vi", "malay") or p.eastern or not p.family:
                name = p.full()
            else:
                name = f"{p.initials()} {p.family}"
        elif form == "gi":
            if not p.family or p.style in ("vi", "malay", "mono"):
                name = p.full()
            else:
                first = [w for w in p.family.split() if w.casefold() not in N.PARTICLES]
                name = f"{p.call} {(first or [p.family])[0][0].upper()}."
        elif form == "lf":
            name = p.full() if not p.family else f"{p.family}, {p.given}"
        elif form == "bib":
            name = p.full() if not p.family else f"{p.family}, {p.initials()}"
        elif form == "F":
            name = p.fam().upper()
        elif form == "FG":
            name = p.full() if not p.family else f"{p.family.upper()} {p.given}"
        elif form == "fg":
            name = p.full() if not p.family else f"{p.family} {p.given}"
        elif form == "gf":
            name = p.full() if not p.family else f"{p.given} {p.family}"
        elif form == "caps":
            name = p.full().upper()
        elif form == "low":
            name = p.full().lower()
        elif form == "lowg":
            name = p.call.lower()
        elif form == "lowf":
            name = p.fam().lower()
        if name is not None:
            return [("PERSON", name)]
        if form == "mail":
            return [("EMAIL_ADDRESS", self._mail(p, arg))]
        if form == "handle":
            g = ascii_fold(p.call).lower().replace(" ", "").replace("-", "").replace("'", "")
            f = ascii_fold(p.fam()).lower().replace(" ", "").replace("-", "").replace("'", "")
            return [
                self.rng.choice(
                    [g[0] + f, f + g[0], g + f[0], g[0] + f + str(self.rng.randrange(2, 99))]
                )
            ]
        if form == "ph":
            reg = self._region_of(p, V.PHONE_PATTERNS)
            return [self._phone(reg, arg or None)]
        if form in ("city", "country", "addr", "region"):
            table = P.ADDRESS_COUNTRIES if form == "addr" else P.COUNTRIES
            reg = N.CULTURES[p.culture].region
            if reg not in table:
                reg = self.rng.choice(sorted(table))
            return self._place(form, reg)
        titles = {
            "mr": ("Mr", "Ms"),
            "herr": ("Herr", "Frau"),
            "sr": ("Sr.", "Sra."),
            "sra": ("Señor", "Señora"),
            "mme": ("M.", "Mme"),
            "sig": ("Sig.", "Sig.ra"),
            "pan": ("Pan", "Pani"),
            "bey": ("Bey", "Hanım"),
            "dhr": ("dhr.", "mevr."),
            "he": ("he", "she"),
            "his": ("his", "her"),
            "him": ("him", "her"),
            "He": ("He", "She"),
            "His": ("His", "Her"),
        }
        if form in titles:
            return [titles[form][0 if p.gender == "m" else 1]]
        raise ValueError(f"{self.tpl.id}: unknown person form {form!r}")

    def _mail(self, p: Person, domain: str) -> str:
        rng = self.rng
        g = ascii_fold(p.call).lower().replace(" ", "").replace("'", "")
        f = ascii_fold(p.fam()).lower().replace(" ", "").replace("'", "")
        local = rng.choice(
            [
                f"{g}.{f}",
                f"{g[0]}{f}",
                f"{g}{f}",
                f"{f}.{g}",
                f"{g}_{f}",
                f"{g}.{f}{rng.randrange(1, 99)}",
                f"{g[0]}.{f}",
            ]
        )
        if not domain:
            reg = N.CULTURES[p.culture].region
            domain = rng.choice(V.PERSONAL_DOMAINS.get(reg, []) + V.GENERIC_DOMAINS)
        return f"{local}@{domain}"

    # ------------------------------------------------------------ values
    def _phone(self, region: str | None, style: str | None):
        if not region:
            region = self._balanced(
                self.hint.get("reg") or sorted(V.PHONE_PATTERNS), self.gen.region_counts
            )
            if region not in V.PHONE_PATTERNS:
                region = self._balanced(sorted(V.PHONE_PATTERNS), self.gen.region_counts)
        self.gen.region_counts[region] += 1
        s = V.phone(self.rng, region, style)
        self.phones[s] = region
        return ("PHONE_NUMBER", s)

    def _place(self, kind: str, code: str | None):
        rng = self.rng
        if not code:
            pool = [c for c in self.hint.get("reg", []) if c in P.COUNTRIES]
            if kind == "addr":
                pool = [c for c in pool if c in P.ADDRESS_COUNTRIES] or list(P.ADDRESS_COUNTRIES)
            code = rng.choice(pool or sorted(P.COUNTRIES))
        c = P.COUNTRIES[code]
        if kind == "region" and not c.regions:
            kind = "city"
        if kind == "city":
            value = rng.choice(c.cities)
            names = [value]
        elif kind == "country":
            value = c.name
            names = [value]
        elif kind == "region":
            value = rng.choice(c.regions)
            names = [value]
        else:
            value, names = P.address(rng, code)
            names = names + [value]
        for nm in names:
            self.places.add(nm[4:] if nm.startswith("the ") else nm)
        if value.startswith("the "):
            return ["the ", ("LOCATION", value[4:])]
        return [("LOCATION", value)]

    def value(self, name: str, arg: str):
        rng = self.rng
        parts = [x.strip() for x in arg.split(",")] if arg else []
        a0 = parts[0] if parts else ""
        a1 = parts[1] if len(parts) > 1 else ""
        if name == "ph":
            return [self._phone(a0 or None, a1 or None)]
        if name == "em":
            return [("EMAIL_ADDRESS", arg)]
        if name == "cc":
            sep = None if len(parts) < 2 else {"s": " ", "h": "-", "n": ""}[a1]
            return [("CREDIT_CARD", V.card(rng, a0 or None, sep))]
        if name == "iban":
            compact = {"c": True, "s": False}.get(a1)
            return [("IBAN_CODE", V.iban(rng, a0 or None, compact))]
        if name == "ip":
            return [("IP_ADDRESS", V.ipv4(rng, a0 or None))]
        if name == "ipx":
            return [("IP_ADDRESS", V.ipv6(rng))]
        if name == "ssn":
            return [("US_SSN", V.ssn(rng, a0 or None))]
        if name == "acct":
            return [("ACCOUNT_NUMBER", V.account(rng, a0 or None))]
        if name in ("city", "country", "region", "addr"):
            return self._place(name, a0 or None)
        if name in V.DECOYS:
            return [V.DECOYS[name](rng, arg)]
        raise ValueError(f"{self.tpl.id}: unknown slot {name!r}")

    def resolve(self, body: str):
        if body.startswith("|"):
            return [self.rng.choice(body[1:].split("|"))]
        m = KEY.match(body)
        if not m:
            raise ValueError(f"{self.tpl.id}: bad slot {{{{{body}}}}}")
        name, digits, form, arg = m.group(1), m.group(2), m.group(3) or "", m.group(4) or ""
        if name in PERSON_SLOTS or name in WORD_SLOTS:
            if digits:
                raise ValueError(f"{self.tpl.id}: bad person slot {body}")
            return self.person_piece(name, form, arg)
        if digits and name + digits in self.cache:
            pieces = self.cache[name + digits]
        else:
            pieces = self.value(name, arg)
            if digits:
                self.cache[name + digits] = pieces
        if form in ("low", "up"):
            f = str.lower if form == "low" else str.upper
            pieces = [(x[0], f(x[1])) if isinstance(x, tuple) else f(x) for x in pieces]
        elif form:
            raise ValueError(f"{self.tpl.id}: unknown form {form!r}")
        return pieces


def render(gen: Gen, tpl: T, pid: str) -> tuple[Prompt, dict]:
    ctx = Ctx(gen, tpl)
    pieces: list = []
    pos = 0
    for m in SLOT.finditer(tpl.text):
        if m.start() > pos:
            pieces.append(tpl.text[pos : m.start()])
        pieces.extend(ctx.resolve(m.group(1)))
        pos = m.end()
    if pos < len(tpl.text):
        pieces.append(tpl.text[pos:])
    pieces = [p for p in pieces if p != ""]
    for i in range(len(pieces) - 1):
        a, b = pieces[i], pieces[i + 1]
        if isinstance(a, tuple) and a[1].endswith(".") and isinstance(b, str) and b[:1] == ".":
            pieces[i + 1] = b[1:]
    prompt = compose(pid, tpl.shape, pieces)
    if "{{" in prompt.text or "}}" in prompt.text:
        raise ValueError(f"{pid}: placeholder left in {tpl.id}")
    meta = {
        "template": tpl.id,
        "shape": tpl.shape,
        "domain": tpl.domain,
        "cultures": sorted(ctx.cultures),
        "phones": dict(ctx.phones),
        "places": sorted(ctx.places),
        "word_names": sorted(p.given for p in ctx.people.values() if p.word),
    }
    return prompt, meta


# ---------------------------------------------------------------- the part's rules


def _alternation(items) -> re.Pattern | None:
    items = sorted({i for i in items if i}, key=len, reverse=True)
    if not items:
        return None
    return re.compile(
        r"(?<!\w)(?:" + "|".join(re.escape(i) for i in items) + r")(?!\w)", re.IGNORECASE
    )


def _inside(prompt: Prompt, start: int, end: int, urls) -> bool:
    if any(g.start <= start and end <= g.end for g in prompt.gold):
        return True
    return any(a <= start and end <= b for a, b in urls)


def audit(prompts: list[Prompt], metas: list[dict]) -> None:
    """Raise if a clean prompt holds a planted name word or place, or a personal prompt holds
    one outside its gold spans (URLs aside), or a planted word-name outside its spans."""
    words: set[str] = set()
    places: set[str] = set()
    for p, m in zip(prompts, metas, strict=True):
        for g in p.gold:
            if g.entity == "PERSON":
                words |= name_words(p.text[g.start : g.end])
        places |= set(m["places"])
    pattern = _alternation(words | places)
    if pattern is None:
        return
    for p, m in zip(prompts, metas, strict=True):
        urls = [(u.start(), u.end()) for u in URL.finditer(p.text)]
        own = _alternation(w.casefold() for w in m["word_names"])
        for pat in (pattern, own):
            if pat is None:
                continue
            for hit in pat.finditer(p.text):
                if p.clean and pat is pattern:
                    raise ValueError(f"{p.id} ({m['template']}): clean prompt holds {hit[0]!r}")
                if not p.clean and not _inside(p, hit.start(), hit.end(), urls):
                    raise ValueError(f"{p.id} ({m['template']}): {hit[0]!r} outside a span")


def pool_words() -> set[str]:
    """Every name word the part could plant (word-names aside)."""
    out: set[str] = set()
    for c in N.CULTURES.values():
        for item in c.male + c.female:
            for part in item.split("/"):
                out |= name_words(part)
        for fam in c.family + c.family_f:
            out |= name_words(fam)
    return out


def pool_places() -> set[str]:
    out: set[str] = set()
    for c in P.COUNTRIES.values():
        for nm in (c.name,) + c.cities + c.regions + c.streets:
            out.add(nm[4:] if nm.startswith("the ") else nm)
        for city, _ in c.postcodes:
            out.add(city)
    return out


def lint(templates: list[T], clean: bool) -> list[str]:
    """Templates whose literal text holds a word of any name or place the part could plant
    (URLs aside in personal templates)."""
    pattern = _alternation(pool_words() | pool_places())
    problems = []
    for t in templates:
        literal = literal_text(t.text)
        if not clean:
            literal = URL.sub(" ", literal)
        for hit in pattern.finditer(literal):
            problems.append(f"{t.id}: {hit[0]!r}")
    return problems
