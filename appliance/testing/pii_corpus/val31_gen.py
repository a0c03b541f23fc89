"""The renderer of val31: templates with `{{...}}` placeholders become `Prompt`s.

Placeholders (an index such as `p1`, `l2`, `ph3` names a value that repeats wherever the
same index appears):

* people: `{{p1}}` full name (the first mention may add `:f`, `:m`, or `:kin2` for a
  relative of p2 sharing their family name), `.first`, `.last`, `.ilast` ("J. Nakamura"),
  `.lf` ("Last, First"), `.bib` ("Surname, A. B."), `.LAST` (capitals), `.UPLF` ("LAST,
  First"), `.lower`, `.lfirst`, `.nick`, `.email`, `.work` (an address at the template's
  organisation); not spans: `.g:her|his` (a word chosen by the person's gender; "a/b|c/d"
  picks among a and b or among c and d), `.hon` (Mr/Ms/Mx), `.handle` (a one-token handle)
  and `.slug` (the name as a URL path, only inside URLs);
* places: `{{l1}}` or `.city`, `.country`, `.region`, `.addr` (a street address), with an
  optional country code (`{{l1.addr:US}}`) on the first mention;
* values: `ph` (phone; args: a region such as `GB`, a place such as `l1`, a format such as
  `intl`), `em:ROLE` (a role address), `card[:brand[:sep]]`, `iban[:CC]`, `ip` (`ip:v6` for
  IPv6), `ssn`, `acct`;
* decoys: any kind of `val31_decoys` (`order`, `vessel`, `storm` ...), `n:LO-HI`,
  `pick:a|b|c` (literal text, never a span).

Each prompt is checked while it is rendered: a clean prompt may hold no word of any planted
name or place of the part (word-names aside); in a personal prompt every whole-word
occurrence of such a word, and of a word-name planted in it, must lie inside a gold span, a
URL or an e-mail address."""

from __future__ import annotations

import random
import re
import textwrap
from dataclasses import dataclass, field

from appliance.testing.pii_corpus import Piece, Prompt, compose
from appliance.testing.pii_corpus.val31_decoys import DECOY_WORDS, decoy
from appliance.testing.pii_corpus.val31_names import CULTURES, NICKNAMES, WORD_NAMES, Culture
from appliance.testing.pii_corpus.val31_places import BY_CODE, COUNTRIES, City, Country
from appliance.testing.pii_corpus.val31_values import (
    PHONE_REGIONS,
    account,
    ascii_fold,
    card,
    iban,
    ipv4,
    ipv6,
    personal_email,
    phone,
    ssn,
)


@dataclass(frozen=True)
class Template:
    id: str
    shape: str
    domain: str
    text: str
    personal: bool


def P(id: str, shape: str, domain: str, text: str) -> Template:  # noqa: N802
    return Template(id, shape, domain, textwrap.dedent(text).strip("\n"), True)


def C(id: str, shape: str, domain: str, text: str) -> Template:  # noqa: N802
    return Template(id, shape, domain, textwrap.dedent(text).strip("\n"), False)


# Words that are parts of names and places but too common to stand for them.
GENERIC = set(
    """the of and de la le les el los las di du des da do dos das del van von der den het am
    im an av rue calle via rua strasse straße street road avenue ave blvd lane way place
    crescent terrace square drive plot flat house no ward section district centro city centre
    center phase province region state county governorate oblast division special greater
    north south east west northern southern eastern western central northeast southeastern
    upper lower new old saint san santa são port fort cape bay lake lakes mount island islands
    united kingdom republic states arab emirates nagar marg scheme apartments villa parade
    territory land free springs capital sur kota jalan jl ul vul bin binti ap te mac stadt
    västra lesser carrera park paseo quai utca piac cerro country""".split()
)

_WORD = re.compile(r"\w+")


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text) if len(w) >= 3 and not w.isdigit()]


def _pool_words() -> set[str]:
    words: set[str] = set()
    for c in CULTURES.values():
        for name in (*c.female, *c.male, *c.family):
            for form in name.split("/"):
                words.update(_words(form))
    for nick in NICKNAMES.values():
        words.update(_words(nick))
    for country in COUNTRIES:
        for n in country.names:
            words.update(_words(n))
        for city in country.cities:
            words.update(_words(city.name))
            words.update(_words(city.region))
            for a in city.addresses:
                words.update(w for w in _words(a) if not any(ch.isdigit() for ch in w))
    words -= GENERIC
    words -= {w.lower() for w in WORD_NAMES}
    return words


POOL_WORDS = _pool_words()
_clash = POOL_WORDS & DECOY_WORDS
if _clash:
    raise ValueError(f"val31: planted words shared with decoys: {sorted(_clash)}")

URL_RE = re.compile(r"(?:https?://|www\.)[^\s<>\"')\]]+")
MAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")

CULTURE_LIST = sorted(CULTURES)
HOME_CODES = [c.code for c in COUNTRIES if c.code in PHONE_REGIONS]

DOMAIN_ORGS = {
    "shipping": [
        "northquay-freight.com",
        "baltica-lines.eu",
        "meridianforwarding.co.uk",
        "harbourline-agency.com",
        "seabridge-logistics.nl",
    ],
    "rail": ["valleysteamrailway.org.uk", "heritage-rail-trust.org", "linesidetours.com"],
    "wine": ["cave-aubriot.fr", "cellarandvine.co.uk", "oldcellar-merchants.com"],
    "orchard": ["brambleyardnursery.co.uk", "rosefield-growers.com", "orchardkeepers.org"],
    "chess": ["knightsgate-chess.org", "openingsclub.net", "fide-arbiters.example.org"],
    "sport": ["riversidefc.co.uk", "villagecricketclub.org", "unitedsupporters.net"],
    "news": ["thecoastalherald.com", "dispatchpodcast.fm", "newsdesk-weekly.com"],
    "museum": ["hollandhouse-auctions.com", "northgallery.org", "museumfriends.org.uk"],
    "music": ["cityphilharmonic.org", "chamberchoir.org.uk", "orchestra-tickets.com"],
    "ngo": ["safepassage-ngo.org", "refugeelegal.org", "reliefnet.int"],
    "election": ["electoral-office.gov.example", "pollingops.org", "votecount.org"],
    "mining": ["greyrock-mining.com", "geosurvey-lab.com", "ironridge-resources.com"],
    "weather": ["metdesk.org", "stormwatch-forecasts.com", "weatherline.net"],
    "wedding": ["everafterweddings.co.uk", "bloomandbell.com", "vowsandvenues.com"],
    "funeral": ["greenacre-funerals.co.uk", "peacefulrest.com", "memorial-services.org"],
    "translation": ["lingualink-agency.com", "interpretnow.eu", "wordbridge.co"],
    "rescue": ["fellrescue.org.uk", "coastguard-ops.org", "alpinerescue.ch"],
    "brewery": ["hopandbarrel.co.uk", "tapyard-brewing.com", "cocktailguild.com"],
    "dental": ["brightsmile-dental.co.uk", "clearview-opticians.com", "dentalcare.clinic"],
    "hr": ["talentbridge.io", "peoplefirst-hr.com", "hirewell.co"],
    "school": ["northfield-schools.org", "brightpath-tutoring.com", "district12.k12.example"],
    "farm": ["hillside-farm.co.uk", "beekeepers-assoc.org", "agri-supply.com"],
    "oss": ["openharbor.dev", "lintlab.org", "hackweek.io"],
}
TICKET_PREFIX = {
    "shipping": "OPS",
    "rail": "RAIL",
    "wine": "CELLAR",
    "oss": "INFRA",
    "hr": "HR",
    "ngo": "CASE",
    "weather": "WX",
    "museum": "CUR",
    "school": "IT",
    "brewery": "TAP",
    "election": "ELEC",
    "dental": "PRAC",
    "translation": "LOC",
    "rescue": "TEAM",
}
_GENERIC_ORGS = ["example.org", "acme-corp.com", "company.co.uk"]


def org_domain(rng: random.Random, domain: str) -> str:
    return rng.choice(DOMAIN_ORGS.get(domain, _GENERIC_ORGS))


@dataclass
class Person:
    culture: Culture | None
    gender: str
    given: str
    family: str
    order: str
    word: bool = False
    family_raw: str = ""
    cache: dict[str, str] = field(default_factory=dict)

    @property
    def callname(self) -> str:
        if self.culture is not None and self.culture.name == "vietnamese":
            return self.given.split()[-1]
        return self.given

    def full(self) -> str:
        if self.order == "mono" or not self.family:
            return self.given
        if self.order == "fg":
            return f"{self.family} {self.given}"
        return f"{self.given} {self.family}"

    def initials(self) -> str:
        return " ".join(part[0] + "." for part in self.given.replace("-", " ").split())

    def tokens(self) -> set[str]:
        return {w.lower() for w in _WORD.findall(self.full())}


@dataclass
class Place:
    country: Country
    city: City
    address: str


class _Ctx:
    def __init__(self, rng: random.Random, template: Template, needs_addr: set[str]):
        self.rng = rng
        self.t = template
        self.needs_addr = needs_addr
        self.people: dict[str, Person] = {}
        self.places: dict[str, Place] = {}
        self.named: dict[str, Piece] = {}
        self.phones: dict[str, str] = {}
        self.cultures: set[str] = set()
        self.word_names: set[str] = set()
        self.lower = template.shape == "voice"
        self.home = rng.choice(HOME_CODES)

    # people ---------------------------------------------------------------------------
    def _draw(self, gender: str | None, kin: Person | None) -> Person:
        rng = self.rng
        if kin is not None:
            culture = kin.culture
            assert culture is not None
            gender = gender or rng.choice("fm")
            pool = [
                g
                for g in (culture.female if gender == "f" else culture.male)
                if g != kin.given and g not in WORD_NAMES
            ]
            given = rng.choice(pool)
            forms = kin.family_raw.split("/")
            family = forms[1] if gender == "f" and len(forms) > 1 else forms[0]
            if kin.word:
                return Person(culture, gender, given, family, "gf", family_raw=kin.family_raw)
            return Person(culture, gender, given, family, culture.order, family_raw=kin.family_raw)
        if rng.random() < 0.05:
            given = rng.choice(sorted(WORD_NAMES))
            word_gender = WORD_NAMES[given]
            culture = CULTURES[rng.choice(CULTURE_LIST)]
            if culture.order == "mono" or (gender and gender != word_gender):
                return self._draw(gender, None)
            raw = rng.choice(culture.family)
            forms = raw.split("/")
            family = forms[1] if word_gender == "f" and len(forms) > 1 else forms[0]
            return Person(culture, word_gender, given, family, "gf", word=True, family_raw=raw)
        culture = CULTURES[rng.choice(CULTURE_LIST)]
        gender = gender or rng.choice("fm")
        given = rng.choice(culture.female if gender == "f" else culture.male)
        family, raw = "", ""
        if culture.family:
            raw = rng.choice(culture.family)
            forms = raw.split("/")
            family = forms[1] if gender == "f" and len(forms) > 1 else forms[0]
            if culture.name in ("spanish", "mexican", "colombian") and rng.random() < 0.35:
                second = rng.choice(culture.family).split("/")[0]
                if second != family and "-" not in family + second:
                    family = f"{family} {second}"
                    raw = family
        return Person(culture, gender, given, family, culture.order, family_raw=raw)

    def person(self, key: str, args: list[str] | None = None) -> Person:
        if key in self.people:
            return self.people[key]
        gender, kin = None, None
        for a in args or []:
            if a in ("f", "m"):
                gender = a
            elif re.fullmatch(r"kin\d+", a):
                kin = self.person("p" + a[3:])
        used = set().union(*(p.tokens() for p in self.people.values())) if self.people else set()
        for _ in range(100):
            p = self._draw(gender, kin)
            tokens = p.tokens() - (kin.tokens() if kin else set())
            if tokens & used or (kin and not tokens):
                continue
            self.people[key] = p
            if p.word:
                self.cultures.add("word")
                self.word_names.add(p.given.lower())
            if p.culture is not None:
                self.cultures.add(p.culture.name)
            return p
        raise ValueError(f"{self.t.id}: could not draw distinct people")

    def person_form(self, key: str, attr: str, args: list[str]) -> Piece:
        p = self.person(key, args)
        rng = self.rng
        mono = p.order == "mono" or not p.family
        if attr in ("", "full"):
            value = p.full()
        elif attr == "first":
            value = p.callname
        elif attr == "last":
            value = p.full() if mono else p.family
        elif attr == "ilast":
            value = p.full() if mono else f"{p.initials()} {p.family}"
        elif attr == "lf":
            value = p.full() if mono else f"{p.family}, {p.given}"
        elif attr == "bib":
            value = p.full() if mono else f"{p.family}, {p.initials()}"
        elif attr == "LAST":
            value = p.full().upper() if mono else p.family.upper()
        elif attr == "UPLF":
            value = p.full().upper() if mono else f"{p.family.upper()}, {p.given}"
        elif attr == "lower":
            value = p.full().lower()
        elif attr == "lfirst":
            value = p.callname.lower()
        elif attr == "nick":
            value = NICKNAMES.get(p.given, p.callname)
        elif attr == "g":
            choice = next(a for a in args if "|" in a).split("|")
            return rng.choice(choice[0 if p.gender == "f" else 1].split("/"))
        elif attr == "hon":
            return {"f": "Ms", "m": "Mr"}.get(p.gender, "Mx")
        elif attr == "slug":
            return re.sub(r"[^a-z]+", "-", ascii_fold(p.full()).lower()).strip("-")
        elif attr == "handle":
            if "handle" not in p.cache:
                parts = [re.sub(r"[^a-z]", "", ascii_fold(w).lower()) for w in p.full().split()]
                parts = [x for x in parts if x]
                if p.order == "fg" and not mono:
                    base = parts[-1][0] + "".join(parts[:-1])
                else:
                    base = parts[0][0] + "".join(parts[1:]) if len(parts) > 1 else parts[0] + "_x"
                p.cache["handle"] = base + rng.choice(["", "", str(rng.randrange(2, 99))])
            return p.cache["handle"]
        elif attr in ("email", "work"):
            if attr not in p.cache:
                dom = org_domain(rng, self.t.domain) if attr == "work" else None
                p.cache[attr] = personal_email(rng, p.given, p.family, dom)
            return ("EMAIL_ADDRESS", p.cache[attr])
        else:
            raise ValueError(f"{self.t.id}: unknown person form {attr}")
        if self.lower:
            value = value.lower()
        return ("PERSON", value)

    # places ---------------------------------------------------------------------------
    def place(self, key: str, code: str | None = None) -> Place:
        if key in self.places:
            return self.places[key]
        rng = self.rng
        taken = {p.city.name for p in self.places.values()}
        for _ in range(200):
            country = BY_CODE[code] if code else rng.choice(COUNTRIES)
            cities = [c for c in country.cities if c.name not in taken]
            if key in self.needs_addr:
                cities = [c for c in cities if c.addresses]
            if not cities:
                continue
            city = rng.choice(cities)
            address = ""
            if city.addresses:
                pattern = rng.choice(city.addresses)
                address = "".join(
                    str(rng.randrange(1, 10))
                    if ch == "#"
                    else rng.choice("ABDEFGHJLNPQRSTUWXY")
                    if ch == "@"
                    else ch
                    for ch in pattern
                )
            place = Place(country, city, address)
            self.places[key] = place
            if len(self.places) == 1 and country.code in PHONE_REGIONS:
                self.home = country.code
            return place
        raise ValueError(f"{self.t.id}: no place")

    def place_form(self, key: str, attr: str, args: list[str]) -> Piece:
        p = self.place(key, args[0] if args and args[0] else None)
        if attr in ("", "city"):
            value = p.city.name
        elif attr == "country":
            value = self.rng.choice(p.country.names)
            if value.startswith("the "):
                value = value[4:]
        elif attr == "region":
            value = p.city.region
            if value.startswith("the "):
                value = value[4:]
        elif attr == "addr":
            value = p.address
        elif attr == "cc":
            return p.country.code
        else:
            raise ValueError(f"{self.t.id}: unknown place form {attr}")
        if self.lower:
            value = value.lower()
        return ("LOCATION", value)

    # values ---------------------------------------------------------------------------
    def phone(self, args: list[str]) -> Piece:
        region, fmt = None, None
        for a in args:
            if re.fullmatch(r"[A-Z]{2}", a):
                region = a
            elif re.fullmatch(r"l\d+", a):
                code = self.place(a).country.code
                region = code if code in PHONE_REGIONS else None
            elif a:
                fmt = a
        if region is None:
            region = self.home if self.rng.random() < 0.6 else self.rng.choice(PHONE_REGIONS)
        value = phone(self.rng, region, fmt)
        self.phones[value] = region
        return ("PHONE_NUMBER", value)

    def resolve(self, spec: str) -> Piece:
        spec = spec.strip()
        rng = self.rng
        if spec.startswith("pick:"):
            return rng.choice(spec[5:].split("|"))
        if spec.startswith("n:"):
            lo, hi = spec[2:].split("-")
            return str(rng.randrange(int(lo), int(hi) + 1))
        head, *args = spec.split(":")
        name, _, attr = head.partition(".")
        m = re.fullmatch(r"([a-z]+?)(\d*)", name)
        if not m:
            raise ValueError(f"{self.t.id}: bad placeholder {spec}")
        kind, index = m.groups()
        if kind == "p" and index:
            return self.person_form(name, attr, args)
        if kind == "l" and index:
            return self.place_form(name, attr, args)
        cache_key = spec if index else None
        if cache_key and cache_key.split(".")[0] in self.named:
            return self.named[cache_key.split(".")[0]]
        value: Piece
        if kind == "ph":
            value = self.phone(args)
        elif kind == "em":
            value = ("EMAIL_ADDRESS", f"{args[0]}@{org_domain(rng, self.t.domain)}")
        elif kind == "card":
            value = (
                "CREDIT_CARD",
                card(
                    rng,
                    args[0] if args and args[0] else None,
                    {"plain": "", "dash": "-", "space": " "}.get(
                        args[1] if len(args) > 1 else "", None
                    ),
                ),
            )
        elif kind == "iban":
            cc = args[0] if args and args[0] else None
            value = ("IBAN_CODE", iban(rng, cc))
        elif kind == "ip":
            value = ("IP_ADDRESS", ipv6(rng) if "v6" in args else ipv4(rng))
        elif kind == "ssn":
            value = ("US_SSN", ssn(rng, args[0] if args else None))
        elif kind == "acct":
            value = ("ACCOUNT_NUMBER", account(rng, args[0] if args else None))
        elif kind == "ticket":
            value = f"{TICKET_PREFIX.get(self.t.domain, 'OPS')}-{rng.randrange(100, 9999)}"
        else:
            value = decoy(rng, kind)
        if cache_key:
            self.named[cache_key.split(".")[0]] = value
        return value


PLACEHOLDER = re.compile(r"\{\{([^{}]+)\}\}")


def _covered(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return all(any(s <= i < e for s, e in spans) for i in range(start, end))


def check_words(prompt: Prompt, word_names: set[str]) -> str | None:
    """The first planted word out of place in a prompt, or None."""
    text = prompt.text
    exempt = [m.span() for m in URL_RE.finditer(text)] + [m.span() for m in MAIL_RE.finditer(text)]
    spans = [(g.start, g.end) for g in prompt.gold] + exempt
    for m in _WORD.finditer(text):
        w = m.group().lower()
        if prompt.clean:
            if w in POOL_WORDS:
                return m.group()
        elif (w in POOL_WORDS or w in word_names) and not _covered(m.start(), m.end(), spans):
            return m.group()
    return None


@dataclass
class Rendered:
    prompt: Prompt
    meta: dict


def render(template: Template, pid: str, seed: str) -> Rendered:
    needs_addr = set(re.findall(r"\{\{(l\d+)\.addr[:}]", template.text))
    last_problem = ""
    for attempt in range(40):
        rng = random.Random(f"{seed}|{attempt}")
        ctx = _Ctx(rng, template, needs_addr)
        pieces: list[Piece] = []
        pos = 0
        for m in PLACEHOLDER.finditer(template.text):
            pieces.append(template.text[pos : m.start()])
            value = ctx.resolve(m.group(1))
            if ctx.lower and isinstance(value, str):
                value = value.lower()
            pieces.append(value)
            pos = m.end()
        pieces.append(template.text[pos:])
        prompt = compose(pid, template.shape, [p for p in pieces if p != ""])
        if template.personal and not prompt.gold:
            raise ValueError(f"{template.id}: personal template without spans")
        if not template.personal and prompt.gold:
            raise ValueError(f"{template.id}: clean template with spans")
        problem = check_words(prompt, ctx.word_names)
        if problem is None:
            meta = {
                "template": template.id,
                "shape": template.shape,
                "domain": template.domain,
                "cultures": sorted(ctx.cultures),
                "phones": dict(ctx.phones),
                "word_names": sorted(ctx.word_names),
            }
            return Rendered(prompt, meta)
        last_problem = problem
        if not template.personal:
            break
    raise ValueError(f"{template.id}: planted word {last_problem!r} out of place")


# Re-exported for the templates' modules.
__all__ = ["BY_CODE", "C", "P", "POOL_WORDS", "Template", "check_words", "render"]
