"""val27's renderer: templates written as text with «slots», turned into `compose` pieces, and
the part-wide checks on planted names and places (see val27's docstring for the slots)."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from appliance.testing.pii_corpus import Piece, Prompt, compose
from appliance.testing.pii_corpus import val27_values as V
from appliance.testing.pii_corpus.val27_names import (
    CULTURES,
    NICKNAMES,
    WORD_FAMILY_CULTURES,
    WORD_NAMES,
)

SLOT = re.compile(r"«([^«»]+)»")
KIND = re.compile(r"([a-z]+?)(\d*)$")


@dataclass(frozen=True)
class Template:
    id: str
    shape: str
    domain: str
    text: str


def parse_templates(block: str) -> list[Template]:
    """Templates from a block of "=== id | shape | domain" headers, each followed by its text."""
    out: list[Template] = []
    for chunk in re.split(r"^=== ", block, flags=re.M)[1:]:
        head, _, body = chunk.partition("\n")
        tid, shape, domain = (x.strip() for x in head.split("|"))
        out.append(Template(tid, shape, domain, body.strip("\n")))
    return out


# Generic words of addresses and places, and name particles, left out of the word checks.
STOP = set(
    """street st road rd lane close crescent terrace drive dr avenue ave way place square court
    quay gate apt flat unit suite house villa floor piso blk block sw city town mount cape valley
    river delta coast region state north northern south southern east eastern west western
    central upper lower new united kingdom states emirates arab the and of del della de la le
    da das dos do di van der den von bin binti al el ibn ben ní ó mac rue des via corso rua calle
    carrer avenida carrera ul jl av col sur jal thị văn santa san são nova sai krupa apartments
    blvd sector soi valle ap""".split()
)


def words(value: str) -> list[str]:
    return [w for w in re.findall(r"[^\W\d_]+", value) if len(w) >= 3 and w.lower() not in STOP]


def initials(given: str) -> str:
    out = []
    for part in given.split(" "):
        out.append("-".join(x[0].upper() + "." for x in part.split("-") if x))
    return " ".join(out)


@dataclass
class Person:
    given: str
    family: str
    culture: str
    family_first: bool
    word: bool
    cache: dict = field(default_factory=dict)

    @property
    def full(self) -> str:
        return f"{self.family} {self.given}" if self.family_first else f"{self.given} {self.family}"


class Part:
    """State shared by all prompts of the part: the people already planted."""

    def __init__(self) -> None:
        self.used: set[tuple[str, str]] = set()
        self.codes = tuple(CULTURES)

    def person(self, rng: random.Random, culture: str, word: bool) -> Person:
        for _ in range(200):
            if word:
                fam_culture = culture or rng.choice(WORD_FAMILY_CULTURES)
                given = rng.choice(WORD_NAMES)
                family = rng.choice(CULTURES[fam_culture][3])
                p = Person(given, family, fam_culture, False, True)
            else:
                code = culture or rng.choice(self.codes)
                ff, _, gs, fs = CULTURES[code]
                p = Person(rng.choice(gs), rng.choice(fs), code, ff, False)
            if (p.given, p.family) not in self.used:
                self.used.add((p.given, p.family))
                return p
        raise ValueError("ran out of people")


FAMILY_FORMS = {"", "f", "i", "lf", "Lf", "F", "U", "lo", "bib", "gi", "lfo"}


class Render:
    def __init__(self, part: Part, rng: random.Random, tpl: Template, personal: bool):
        self.part, self.rng, self.tpl, self.personal = part, rng, tpl, personal
        self.people: dict[str, Person] = {}
        self.memo: dict[str, str] = {}
        self.places: dict[str, tuple[str, str, str, str]] = {}
        self.cultures: set[str] = set()
        self.phones: dict[str, str] = {}

    def pieces(self) -> list[Piece]:
        out: list[Piece] = []
        pos = 0
        text = self.tpl.text
        for m in SLOT.finditer(text):
            out.append(text[pos : m.start()])
            out.append(self.slot(m.group(1)))
            pos = m.end()
        out.append(text[pos:])
        if self.tpl.shape == "voice":
            out = [p.lower() if isinstance(p, str) else (p[0], self.spoken(p)) for p in out]
        has_gold = any(isinstance(p, tuple) for p in out)
        if has_gold != self.personal:
            raise ValueError(f"{self.tpl.id}: personal={self.personal} but gold={has_gold}")
        return [p for p in out if p]

    @staticmethod
    def spoken(piece: tuple[str, str]) -> str:
        """A value as dictation writes it: lower case, names and places without commas or
        full stops."""
        entity, value = piece
        if entity in ("PERSON", "LOCATION"):
            value = " ".join(value.replace(",", " ").replace(".", " ").split())
        return value.lower()

    # ---- slots ----
    def slot(self, body: str) -> Piece:
        head, _, form = body.partition("|")
        kind_idx, _, arg = head.partition(":")
        if kind_idx == "pick":
            return self.rng.choice(arg.split("/"))
        m = KIND.match(kind_idx)
        if not m:
            raise ValueError(f"{self.tpl.id}: bad slot {body!r}")
        kind, idx = m.groups()
        if kind in ("p", "w"):
            return self.person_slot(kind + idx, kind == "w", arg, form)
        if kind in ("c", "a"):
            return self.place_slot(kind, idx, arg, form)
        key = f"{kind}{idx}:{arg}|{form}"
        if idx and key in self.memo:
            value = self.memo[key]
        else:
            value = self.value(kind, arg, form)
            if idx:
                self.memo[key] = value
        if kind in DECOY_KINDS:
            return value
        entity = ENTITY_OF[kind]
        if entity == "PHONE_NUMBER":
            self.phones[value] = self.memo.get(f"region:{value}", arg)
        return (entity, value)

    def value(self, kind: str, arg: str, form: str) -> str:
        r = self.rng
        if kind == "ph":
            region = arg or r.choice(V.PHONE_REGIONS)
            value = V.phone(r, region, form)
            self.memo[f"region:{value}"] = region
            return value
        if kind == "cc":
            return V.card(r, arg, form)
        if kind == "ib":
            return V.iban(r, arg, form)
        if kind == "ip":
            return V.ipv4(r, form == "p")
        if kind == "ipx":
            return V.ipv6(r)
        if kind == "ssn":
            return V.ssn(r, form)
        if kind == "ac":
            return V.account(r, arg)
        if kind == "re":
            return arg
        if kind == "sc":
            return V.sort_code(r)
        if kind == "n":
            return "".join(str(r.randrange(10)) for _ in range(int(arg or 4)))
        if kind in V.DECOYS:
            return V.DECOYS[kind](r)
        raise ValueError(f"{self.tpl.id}: unknown slot kind {kind!r}")

    def person_slot(self, key: str, word: bool, arg: str, form: str) -> Piece:
        if key not in self.people:
            self.people[key] = self.part.person(self.rng, arg, word)
        p = self.people[key]
        if p.word and (form in ("lo", "lg", "lfo") or self.tpl.shape == "voice"):
            raise ValueError(f"{self.tpl.id}: word-name in lower case")
        if form not in ("h", "e", "ph") and not form.startswith("e@"):
            if p.word:
                self.cultures.add("word")
                if form in FAMILY_FORMS:
                    self.cultures.add(p.culture)
            else:
                self.cultures.add(p.culture)
        g, f = p.given, p.family
        if form.startswith("e"):
            return ("EMAIL_ADDRESS", self.email(p, form[2:] if form.startswith("e@") else ""))
        if form == "h":
            return self.handle(p)
        if form == "ph":
            if "ph" not in p.cache:
                region = CULTURES[p.culture][1] if not p.word else "GB"
                region = region or self.rng.choice(V.PHONE_REGIONS)
                p.cache["ph"] = V.phone(self.rng, region)
                self.phones[p.cache["ph"]] = region
            return ("PHONE_NUMBER", p.cache["ph"])
        value = {
            "": p.full,
            "g": g,
            "f": f,
            "i": f"{initials(g)} {f}",
            "lf": f"{f}, {g}",
            "Lf": f"{f.upper()}, {g}",
            "F": f.upper(),
            "U": p.full.upper(),
            "lo": p.full.lower(),
            "lg": g.lower(),
            "lfo": f.lower(),
            "bib": f"{f}, {initials(g)}",
            "nk": NICKNAMES.get(g, g),
            "gi": f"{g} {f[0]}.",
        }.get(form)
        if value is None:
            raise ValueError(f"{self.tpl.id}: unknown person form {form!r}")
        return ("PERSON", value)

    def email(self, p: Person, domain: str) -> str:
        if "e" not in p.cache:
            r = self.rng
            g = V.ascii_fold(p.given.split(" ")[0]).lower()
            f = V.ascii_fold(p.family).lower()
            nn = str(r.randrange(1, 99))
            p.cache["e"] = r.choice(
                (
                    f"{g}.{f}",
                    f"{g[0]}{f}",
                    f"{g}{f}{nn}",
                    f"{f}.{g}",
                    f"{g}_{f[0]}",
                    f"{g}.{f[0]}{nn}",
                )
            )
        dom = domain or p.cache.setdefault("dom", self.rng.choice(V.PERSONAL_DOMAINS))
        return f"{p.cache['e']}@{dom}"

    def handle(self, p: Person) -> str:
        if "h" not in p.cache:
            r = self.rng
            g = V.ascii_fold(p.given.split(" ")[0]).lower()
            f = V.ascii_fold(p.family).lower()
            p.cache["h"] = r.choice(
                (f"{g[0]}{f}", f"{g}{r.randrange(2, 99)}", f"{f}{g[0]}", f"{g[:3]}{f[:3]}")
            )
        return p.cache["h"]

    def place_slot(self, kind: str, idx: str, arg: str, form: str) -> Piece:
        key = kind + idx
        if key not in self.places:
            region = arg or self.rng.choice(tuple(V.PLACES))
            country, cities, addresses = V.PLACES[region]
            city, reg = self.rng.choice(cities)
            self.places[key] = (city, reg, country, self.rng.choice(addresses))
        city, reg, country, address = self.places[key]
        if kind == "a":
            return ("LOCATION", address)
        value = {"": city, "r": reg, "n": country, "lo": city.lower(), "nl": country.lower()}.get(
            form
        )
        if value is None:
            raise ValueError(f"{self.tpl.id}: unknown place form {form!r}")
        return ("LOCATION", value)


ENTITY_OF = {
    "ph": "PHONE_NUMBER",
    "cc": "CREDIT_CARD",
    "ib": "IBAN_CODE",
    "ip": "IP_ADDRESS",
    "ipx": "IP_ADDRESS",
    "ssn": "US_SSN",
    "ac": "ACCOUNT_NUMBER",
    "re": "EMAIL_ADDRESS",
}
DECOY_KINDS = set(V.DECOYS) | {"sc", "n"}


def render(part: Part, pid: str, tpl: Template, personal: bool, seed: int) -> tuple[Prompt, dict]:
    r = Render(part, random.Random(seed), tpl, personal)
    prompt = compose(pid, tpl.shape, r.pieces())
    left = SLOT.search(prompt.text) or re.search(r"[«»]", prompt.text)
    if left:
        raise ValueError(f"{pid} ({tpl.id}): placeholder left: {left.group(0)!r}")
    meta = {
        "template": tpl.id,
        "shape": tpl.shape,
        "domain": tpl.domain,
        "cultures": sorted(r.cultures),
        "phones": dict(r.phones),
    }
    return prompt, meta


URL_OR_MAIL = re.compile(r"https?://\S+|www\.\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def planted_words(prompts: list[Prompt]) -> tuple[set[str], set[str]]:
    """The words of every PERSON and LOCATION span of the part, lower-cased; and the word-names
    among them, kept capitalised (their lower-case forms are everyday words)."""
    plain, cased = set(), set()
    for p in prompts:
        for g in p.gold:
            if g.entity in ("PERSON", "LOCATION"):
                for w in words(p.text[g.start : g.end]):
                    if g.entity == "PERSON" and w in WORD_NAMES:
                        cased.add(w)
                    else:
                        plain.add(w.lower())
    return plain, cased


def word_regexes(plain: set[str], cased: set[str]) -> tuple[re.Pattern, re.Pattern]:
    def alt(ws: set[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(ws, key=len, reverse=True)) or "(?!x)x"

    return (re.compile(rf"\b(?:{alt(plain)})\b", re.I), re.compile(rf"\b(?:{alt(cased)})\b"))


def check_planted(prompts: list[Prompt]) -> None:
    """Raise if a clean prompt holds a word of a planted name or place, or a personal prompt
    holds one outside its gold spans (URLs and e-mail addresses aside)."""
    plain_re, cased_re = word_regexes(*planted_words(prompts))
    for p in prompts:
        text = p.text
        if not p.clean:
            text = URL_OR_MAIL.sub(lambda m: " " * len(m.group(0)), text)
        for rx in (plain_re, cased_re):
            for m in rx.finditer(text):
                if p.clean or not any(g.start <= m.start() and m.end() <= g.end for g in p.gold):
                    raise ValueError(
                        f"{p.id}: planted word {m.group(0)!r} outside a gold span "
                        f"at {m.start()}: ...{p.text[max(0, m.start() - 40) : m.end() + 40]!r}"
                    )
