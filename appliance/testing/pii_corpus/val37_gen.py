"""val37's renderer: a small template language and the checks run while rendering.

A template is text with slots. Span slots become gold spans:

* `{p1}` ... `{p9}` a person (full name), with a form after a dot: `.first`, `.last`,
  `.init` (J. Nakamura), `.lf` (Nakamura, Jun), `.bib` (Nakamura, J.), `.caps`
  (Jun NAKAMURA), `.LAST` (NAKAMURA), `.low` (jun nakamura), `.lfirst` (jun), `.nick`;
  `.email` / `.wmail` their personal / work address; `.handle` (jnakamura42) and
  `.title` (Mr/Ms) are literal text, no span.
* `{w1}` ... `{w3}` a person with a word-name (Hope, Will ...), `.low` and `.full`.
* `{city}`, `{country}`, `{region}`, `{addr}`: places, with `:GB` for a country and `.low`
  / `.up`; `{ph}` a phone number, `{ph:DE}` of a region, `.nat` `.intl` `.e164` `.plain`
  `.dots` `.dash` `.00` `.trunk` a format; `{em}` an address, `{role:bookings}` a role
  address of the prompt's organisation; `{card}`, `{iban}` (`:DE`), `{ip}`, `{ip6}`,
  `{ssn}`, `{acct}`.

Other slots are literal decoys: `{org}` (the organisation's domain), `{ord}`, `{ref}`,
`{date}`, `{time}`, `{ver}`, `{sha}`, `{price}`, `{sku}`, `{isbn}`, `{doi}`, `{uuid}`,
`{hexc}`, `{port}`, `{room}`, `{flight}`, `{track}`, `{inv}`, `{n}`, `{num}`, `{ts}`,
`{year}`, `{seat}`, `{pn}`, `{day}`, `{month}`, `{sc}` (a sort code). A `#tag` reuses a value within a prompt:
`{city#a}` twice is one city. `⟦a|b|c⟧` picks one of its alternatives."""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass, field

from appliance.testing.pii_corpus import Piece, Prompt, compose
from appliance.testing.pii_corpus import val37_names as names
from appliance.testing.pii_corpus import val37_values as values

DECOYS = (
    "ord ref date time ver sha price sku isbn doi uuid hexc port room flight track inv num n ts "
    "year seat pn day month sc"
).split()
SPANS = "city country region addr ph em role card iban ip6 ip ssn acct".split()
KINDS = ["p[1-9]", "w[1-3]", "org", *SPANS, *DECOYS]
SLOT = re.compile(r"\{(" + "|".join(KINDS) + r")(?::(\w+))?(?:\.(\w+))?(?:#(\w+))?\}")
CHOICE = re.compile(r"⟦([^⟦⟧]*)⟧")
URL_OR_MAIL = re.compile(r"https?://\S+|www\.\S+|[\w.+%-]+@[\w-]+(?:\.[\w-]+)+")
WORD = re.compile(r"\w+")

PARTICLES = set(
    "van der den de da das do dos del della di du la le von zu bin binti bint ibn al el ben "
    "ter ten y e o ó ní mac".split()
)
PLACE_STOP = set(
    """street st road rd avenue ave av lane drive dr way place court close crescent square
    terrace park north south east west new upper lower great little old saint san santa rue
    rua via calle carrer avenida straße strasse weg platz gasse allee ring ul gate vej gade
    katu caddesi mahallesi jalan jl phố apt flat suite floor unit building house city district
    province county region island republic united kingdom states of the and des mount port bay
    fort lake green bridge market church row mews quay wharf walk gardens grove view rise
    parade boulevard blvd mall carrera cross apartments plot crescent villa centro blk no ro gu ku
    lower state valley im""".split()
)


def fold(text: str) -> str:
    """ASCII for e-mail local parts and handles."""
    text = text.replace("ø", "o").replace("ł", "l").replace("đ", "d").replace("Đ", "D")
    text = text.replace("ß", "ss").replace("ı", "i").replace("æ", "ae").replace("þ", "th")
    text = text.replace("ð", "d").replace("Þ", "Th")
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if c.isascii() and (c.isalnum() or c in ".-_"))


def name_tokens(value: str) -> set[str]:
    return {
        t.casefold()
        for t in WORD.findall(value)
        if t.isalpha() and len(t) >= 3 and t.casefold() not in PARTICLES
    }


def place_tokens(value: str) -> set[str]:
    return {
        t.casefold()
        for t in WORD.findall(value)
        if t.isalpha() and len(t) >= 3 and not t.isupper() and t.casefold() not in PLACE_STOP
    }


@dataclass(frozen=True)
class Template:
    id: str
    shape: str
    domain: str
    text: str


def templates(prefix: str, groups: dict[str, list[tuple[str, str]]]) -> list[Template]:
    out = []
    for domain, items in groups.items():
        for i, (shape, text) in enumerate(items, 1):
            out.append(Template(f"{prefix}-{domain}-{i:02d}", shape, domain, text))
    return out


@dataclass
class Person:
    culture: str
    given: str
    family: str
    gender: str
    ff: bool = False
    call: bool = False
    word: bool = False

    @property
    def first(self) -> str:
        return self.given.split()[-1] if self.call else self.given

    @property
    def full(self) -> str:
        if not self.family:
            return self.given
        return f"{self.family} {self.given}" if self.ff else f"{self.given} {self.family}"

    def initials(self) -> str:
        return " ".join(t[0] + "." for t in re.split(r"[ -]", self.given) if t)

    def form(self, attr: str | None, rng: random.Random, org: str) -> tuple[str, bool]:
        """The text of a form, and whether it is a PERSON span."""
        fam, first = self.family, self.first
        if attr in (None, "full"):
            return self.full, True
        if attr == "first":
            return first, True
        if attr == "last":
            return fam or first, True
        if attr == "init":
            return f"{self.initials()} {fam}", True
        if attr == "lf":
            return f"{fam}, {self.given}", True
        if attr == "bib":
            return f"{fam}, {self.initials()}", True
        if attr == "caps":
            return (
                f"{fam.upper()} {self.given}" if self.ff else f"{self.given} {fam.upper()}"
            ), True
        if attr == "LAST":
            return fam.upper(), True
        if attr == "low":
            return self.full.lower(), True
        if attr == "lfirst":
            return first.lower(), True
        if attr == "nick":
            return names.NICKNAMES.get(self.given, first), True
        g, f = fold(first).lower(), fold(fam.replace(" ", "")).lower().replace("'", "")
        if attr == "handle":
            return f"{g[0]}{f}{rng.randint(2, 99)}", False
        if attr == "title":
            return ("Mr" if self.gender == "m" else "Ms"), False
        if attr in ("email", "wmail"):
            local = rng.choice(
                [
                    f"{g}.{f}",
                    f"{g[0]}{f}",
                    f"{g}_{f}",
                    f"{g}.{f}{rng.randint(1, 99)}",
                    f"{f}.{g}",
                    f"{g}{f[:1]}",
                ]
            )
            domain = org if attr == "wmail" else rng.choice(values.PERSONAL_DOMAINS)
            return f"{local.replace('-', '')}@{domain}", True
        raise ValueError(f"unknown person form {attr}")


class People:
    """Draws people, spreading them over cultures and avoiding repeats."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.used: set[str] = set()
        self.cultures = sorted(names.CULTURES)
        self.queue: list[str] = []

    def person(self, taken: set[str]) -> Person:
        rng = self.rng
        for _ in range(60):
            if not self.queue:
                self.queue = rng.sample(self.cultures, len(self.cultures))
            culture = self.queue.pop()
            males, females, fams, flags = names.CULTURES[culture]
            gender = rng.choice("mf")
            given = rng.choice(names.split(males if gender == "m" else females))
            fam = rng.choice(names.split(fams))
            if "/" in fam:
                fam = fam.split("/")[0 if gender == "m" else 1]
            if "bin" in flags.split():
                fam = ("bin " if gender == "m" else "binti ") + fam
            p = Person(culture, given, fam, gender, "ff" in flags, "call" in flags)
            if p.full in self.used or name_tokens(p.full) & taken:
                continue
            self.used.add(p.full)
            return p
        raise ValueError("no person left")

    def word_person(self, taken: set[str]) -> Person:
        rng = self.rng
        for _ in range(60):
            gender = rng.choice("mf")
            given = rng.choice(names.WORD_NAMES[gender].split())
            fam = rng.choice(names.WORD_FAMILIES.split())
            if given.casefold() not in taken:
                return Person("word", given, fam, gender, word=True)
        raise ValueError("no word person left")


@dataclass
class Ctx:
    rng: random.Random
    people: People
    org: str
    persons: dict[str, Person] = field(default_factory=dict)
    tagged: dict[str, Piece] = field(default_factory=dict)
    forms: dict[tuple[str, str | None], tuple[str, bool]] = field(default_factory=dict)
    names: list[str] = field(default_factory=list)
    word_names: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    phones: dict[str, str] = field(default_factory=dict)
    cultures: set[str] = field(default_factory=set)

    def taken(self) -> set[str]:
        out: set[str] = set()
        for p in self.persons.values():
            out |= name_tokens(p.full) | {p.given.casefold()}
        return out

    def slot(self, kind: str, arg: str | None, attr: str | None, tag: str | None) -> Piece:
        key = f"{kind}:{arg}.{attr}#{tag}"
        if tag and key in self.tagged:
            return self.tagged[key]
        piece = self._slot(kind, arg, attr)
        if tag:
            self.tagged[key] = piece
        return piece

    def _slot(self, kind: str, arg: str | None, attr: str | None) -> Piece:
        rng = self.rng
        if kind[0] in "pw" and kind[1:].isdigit():
            if kind not in self.persons:
                maker = self.people.person if kind[0] == "p" else self.people.word_person
                self.persons[kind] = maker(self.taken())
            p = self.persons[kind]
            if p.word and attr not in (None, "full", "low"):
                raise ValueError(f"word-name form {attr}")
            if p.word and attr is None:
                text, span = p.given, True
            elif p.word and attr == "low":
                text, span = p.given.lower(), True
            elif (kind, attr) in self.forms:
                text, span = self.forms[(kind, attr)]
            else:
                text, span = p.form(attr, rng, self.org)
                self.forms[(kind, attr)] = (text, span)
            if not span:
                return text
            if attr in ("email", "wmail"):
                return ("EMAIL_ADDRESS", text)
            self.cultures.add(p.culture)
            if p.word:
                self.word_names.append(p.given)
                if attr == "full":
                    self.names.append(p.family)
            else:
                self.names.append(text)
            return ("PERSON", text)
        if kind in ("city", "country", "region", "addr"):
            text, _ = values.place(rng, kind, arg)
            text = text.lower() if attr == "low" else text.upper() if attr == "up" else text
            self.places.append(text)
            return ("LOCATION", text)
        if kind == "ph":
            region = arg or rng.choice(sorted(values.PHONE_PLAN))
            text = values.phone(rng, region, attr)
            self.phones[text] = region
            return ("PHONE_NUMBER", text)
        if kind == "em":
            p = self.people.person(set())
            self.people.used.discard(p.full)
            return ("EMAIL_ADDRESS", p.form("email", rng, self.org)[0])
        if kind == "role":
            return ("EMAIL_ADDRESS", f"{arg or rng.choice(values.ROLES)}@{self.org}")
        if kind == "card":
            return ("CREDIT_CARD", values.card(rng))
        if kind == "iban":
            return ("IBAN_CODE", values.iban(rng, arg))
        if kind == "ip":
            return ("IP_ADDRESS", values.ipv4(rng))
        if kind == "ip6":
            return ("IP_ADDRESS", values.ipv6(rng))
        if kind == "ssn":
            return ("US_SSN", values.ssn(rng))
        if kind == "acct":
            return ("ACCOUNT_NUMBER", values.account(rng))
        if kind == "org":
            return self.org
        text = values.decoy(rng, kind)
        return text.lower() if attr == "low" else text


def covered(prompt: Prompt, start: int, end: int, extra: list[tuple[int, int]]) -> bool:
    spans = [(g.start, g.end) for g in prompt.gold] + extra
    return any(s <= start and end <= e for s, e in spans)


def unspanned_words(prompt: Prompt, vocab: set[str], skip_urls: bool = True) -> list[str]:
    """Words of the prompt in vocab that lie outside every gold span (and outside URLs and
    e-mail addresses when skip_urls)."""
    urls = [m.span() for m in URL_OR_MAIL.finditer(prompt.text)] if skip_urls else []
    bad = []
    for m in WORD.finditer(prompt.text):
        if m.group().casefold() in vocab and not covered(prompt, m.start(), m.end(), urls):
            bad.append(m.group())
    return bad


class Renderer:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.people = People(self.rng)

    def render(self, tpl: Template, pid: str, clean: bool) -> tuple[Prompt, dict]:
        rng = self.rng
        for _ in range(40):
            orgs = values.ORG_DOMAINS.get(tpl.domain) or sum(values.ORG_DOMAINS.values(), [])
            ctx = Ctx(rng, self.people, rng.choice(orgs))
            text = CHOICE.sub(lambda m: rng.choice(m.group(1).split("|")), tpl.text)
            pieces: list[Piece] = []
            pos = 0
            for m in SLOT.finditer(text):
                pieces.append(text[pos : m.start()])
                pieces.append(ctx.slot(*m.groups()))
                pos = m.end()
            pieces.append(text[pos:])
            prompt = compose(pid, tpl.shape, [p for p in pieces if p])
            if clean and prompt.gold:
                raise ValueError(f"{tpl.id}: clean template with spans")
            if not clean and not prompt.gold:
                raise ValueError(f"{tpl.id}: personal template without spans")
            # a word-name is a span wherever it occurs in its own prompt
            words = {w.casefold() for w in ctx.word_names}
            if not unspanned_words(prompt, words, skip_urls=False):
                break
        else:
            raise ValueError(f"{tpl.id}: a word-name also occurs as a word")
        meta = {
            "template": tpl.id,
            "domain": tpl.domain,
            "shape": tpl.shape,
            "cultures": sorted(ctx.cultures),
            "phones": dict(ctx.phones),
            "names": list(ctx.names),
            "word_names": list(ctx.word_names),
            "places": list(ctx.places),
        }
        return prompt, meta


def vocabulary(metas: list[dict]) -> set[str]:
    """The words of every planted name and place of a part (word-names aside)."""
    vocab: set[str] = set()
    for m in metas:
        for n in m["names"]:
            vocab |= name_tokens(n)
        for p in m["places"]:
            vocab |= place_tokens(p)
    return vocab


def check_planted(prompts: list[Prompt], metas: list[dict]) -> None:
    """Raise if a clean prompt holds a word of a planted name or place, or a personal prompt
    holds one outside its gold spans, URLs and e-mail addresses."""
    vocab = vocabulary(metas)
    problems = []
    for p in prompts:
        if p.clean:
            bad = [m.group() for m in WORD.finditer(p.text) if m.group().casefold() in vocab]
        else:
            bad = unspanned_words(p, vocab)
        if bad:
            problems.append(f"{p.id}: {bad}")
    if problems:
        raise ValueError("planted name or place words outside spans: " + "; ".join(problems))
