"""The renderer of the val35 part: templates with placeholders, the people, places and
values drawn for them, and the checks that keep the part's labels consistent.

A template's text holds placeholders `{KEY}` or `{KEY.form}`; KEY is an upper-case word
with an optional number (`P1`, `ADDR2`, `ORDER`). The planted ones become gold spans:

* `P1`.. a person, `W1`.. a person with a word-name (Rose, Jade, Sky ...). Forms: (none)
  full name, `first`, `last`, `init` ("J. Nakamura"), `lf` ("Nakamura, Jun"), `bib`
  ("Nakamura, J."), `LAST` (family name in capitals), `UP` (full name in capitals), `lower`,
  `lfirst`, `llast`, `nick`, `email` (personal address), `work` (address at the prompt's
  organisation). Literal forms (no span): `handle` (a login such as "jnakamura"), `mr`
  (Mr/Ms), `herr` (Herr/Frau), `sr` (Sr./Sra.), `mme` (M./Mme), `sig` (Signor/Signora),
  `he`, `him`, `his`.
* `CITY1`, `REGION1`, `COUNTRY1`, `ADDR1`, `PLACE1` (any of the first three); forms
  `lower`, `up`.
* `PHONE1` (forms: a region such as `GB`, or a format: intl, nat, e164, zz, dots, idots,
  hyph, ihyph, raw, ispace, trunk, brk); the number's region follows person `P1` where
  there is one.
* `EMAIL1` (an address not made from a name), `ROLE1` (a role address at the prompt's
  organisation; the form picks the local part), `CARD1` (form: brand), `IBAN1` (form:
  country), `IP1` (form `v6`), `SSN1` (form: separator `dash`, `space`, `none`), `ACCT1`
  (form: gb, us, hy, de, long).

Every other key is a decoy filled with a literal value (`ORDER`, `DATE`, `VER` ... see
`val35_values.DECOYS`, and `DOMAIN`, the organisation's domain, and the word pools here).
"""

from __future__ import annotations

import random
import re
import textwrap
from dataclasses import dataclass

from appliance.testing.pii_corpus import Piece, Prompt, compose
from appliance.testing.pii_corpus import val35_values as V
from appliance.testing.pii_corpus.val35_names_a import CULTURES_A, NICKS_A
from appliance.testing.pii_corpus.val35_names_b import CULTURES_B, NICKS_B
from appliance.testing.pii_corpus.val35_places import (
    ADDRESSES,
    CITIES,
    COUNTRIES,
    PLACE_STOP,
    REGIONS,
)

SLOT = re.compile(r"\{([A-Z][A-Z0-9_]*)(?:\.([A-Za-z0-9_]+))?\}")
WORD = re.compile(r"\w+")
LETTERS = re.compile(r"[^\W\d_]+")
EMAIL_IN_TEXT = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
URL_IN_TEXT = re.compile(r"(?:https?://|www\.)[^\s<>\"')\]]+")

NAME_STOP = set(
    "de da das do dos del della di du van von der den ter ten te la le el al bin binti bint "
    "ibn abu y e ní nic mac ó dela st".split()
)


@dataclass(frozen=True)
class Template:
    id: str
    shape: str
    domain: str
    text: str
    lang: str = "en"
    cult: tuple[str, ...] = ()


FLOWING = {"chat", "sms", "voice"}


def T(tid: str, shape: str, domain: str, text: str, lang: str = "en", cult: str = "") -> Template:
    """A template; chat, sms and voice text is written wrapped here and unwrapped (one line
    per paragraph) as people type it."""
    body = textwrap.dedent(text).strip("\n")
    if shape in FLOWING:
        body = "\n\n".join(" ".join(para.split("\n")) for para in body.split("\n\n"))
    return Template(tid, shape, domain, body, lang, tuple(cult.split()))


def planted_words(value: str, entity: str) -> set[str]:
    """The words of a planted name or place that must not appear elsewhere unlabelled
    (lower case; particles, street words and very short words left out)."""
    if entity == "PERSON":
        stop, shortest = NAME_STOP, 2
    else:
        stop, shortest = NAME_STOP | PLACE_STOP, 3
    return {
        w.lower() for w in LETTERS.findall(value) if len(w) >= shortest and w.lower() not in stop
    }


def masked_spans(text: str) -> list[tuple[int, int]]:
    """E-mail addresses and URLs: names inside them are not PERSON spans."""
    return [m.span() for m in EMAIL_IN_TEXT.finditer(text)] + [
        m.span() for m in URL_IN_TEXT.finditer(text)
    ]


def uncovered(prompt: Prompt, words: set[str]) -> list[str]:
    """Whole-word occurrences of `words` in a prompt outside its gold spans and outside
    e-mail addresses and URLs."""
    if not words:
        return []
    cover = [(g.start, g.end) for g in prompt.gold] + masked_spans(prompt.text)
    out = []
    for m in WORD.finditer(prompt.text):
        if m.group().lower() in words and not any(
            s <= m.start() and m.end() <= e for s, e in cover
        ):
            out.append(m.group())
    return out


def text_words(text: str) -> set[str]:
    return {w.lower() for w in WORD.findall(text)}


# ---------------------------------------------------------------------------------------
# Organisations of the domains: e-mail domains and role addresses (all invented)

ORGS = {
    "proc": (
        "quernstone-supplies.co.uk northmere-group.com quillon-industrial.de tessaro-fm.it "
        "brightwater-facilities.com",
        "accounts.payable ap invoices procurement supplier.onboarding remittance",
    ),
    "uni": (
        "admissions.fernleigh.ac.uk alumni.holtmoor.edu colegio-alcor.es riverbend-college.ca",
        "admissions alumni registry intl.office scholarships",
    ),
    "food": (
        "greenvale-foods.co.uk orchardline.com brookmarket.eu panterra-foods.com",
        "buying category.team supplier.quality ranging new.lines",
    ),
    "awards": (
        "lanternprize.org quillmarkawards.com foundryfest-awards.org",
        "prize.office judging entries press",
    ),
    "salon": (
        "snipandshine.co.uk studio-velour.com lacquerlounge.net",
        "bookings hello reception",
    ),
    "pets": (
        "northernterrierclub.org.uk felinefancy-society.org crufthaven-kennels.com",
        "show.secretary entries litters",
    ),
    "release": (
        "tallyhq.io orbitworks.dev kelpie-systems.com",
        "release-team oncall sre build-alerts",
    ),
    "guitar": (
        "fretandfable.co.uk tonewood-music.com thestringroom.de",
        "workshop repairs sales",
    ),
    "museum": (
        "harbourmuseum.org.uk collections-trust.org galeria-norte.pt",
        "collections loans registrar membership",
    ),
    "hotel": (
        "grandmere-hotels.com alderpoint-hotel.co.uk hotel-seeblick.ch",
        "reservations concierge events frontdesk",
    ),
    "leisure": (
        "lockedinrooms.co.uk strikezone-bowl.com frostline-arena.com",
        "bookings parties info",
    ),
    "energy": (
        "northwind-trading.com voltera-energy.eu gridhaven.co.uk",
        "trading.desk settlements scheduling",
    ),
    "coach": (
        "bluebirdcoaches.co.uk eurotrek-coaches.com valleylink-travel.ie",
        "charters dispatch lostproperty",
    ),
    "hospital": (
        "nhs-riverside-trust.nhs.uk stmaryvale-health.org clinica-aurora.es",
        "patient.liaison appointments medical.records",
    ),
    "charity": (
        "secondchance-shops.org.uk hopewell-charity.org oxbridge-hospice.org",
        "shop.manager donations giftaid",
    ),
    "hire": (
        "toolpoint-hire.co.uk plantmax-rental.com hirehub.ie",
        "hire.desk depot accounts",
    ),
    "photo": (
        "darkroomlab.co.uk lensandlight.com fotolab-nord.de",
        "lab orders repairs",
    ),
    "library": (
        "riverside-libraries.gov.uk storycorner-library.org",
        "children.library events enquiries",
    ),
}

WORD_NAMES = {
    "f": "Rose Jade Sky Faith Summer Ivy Dawn Joy Amber Robin Pearl Hazel Holly Iris Sunny "
    "Honor Patience Star Blossom Melody Destiny Heather Crystal Ruby Willow Meadow",
    "m": "Mark Hunter Clay Reed Chase Sterling Forrest Rocky Rusty Sonny Hawk Stone Wolf "
    "Mason Ash Glen Ray Dusty Cliff",
}
WORD_FAMILY_CULTURES = (
    "english american irish scottish welsh australian caribbean african_american".split()
)


# ---------------------------------------------------------------------------------------
# People


@dataclass(frozen=True)
class Person:
    culture: str
    given: str
    family: str
    gender: str
    order: str  # w: given family; e: family given; v: family middle given; m: one name
    middle: str = ""
    nick: str = ""
    region: str = "GB"

    @property
    def full(self) -> str:
        if self.order == "m":
            return self.given
        if self.order == "e":
            return f"{self.family} {self.given}"
        if self.order == "v":
            return f"{self.family} {self.middle} {self.given}"
        return f"{self.given} {self.family}"

    @property
    def last(self) -> str:
        if self.order == "m":
            return self.given
        if self.family.startswith(("bin ", "binti ")):
            return self.family.split(" ", 1)[1]
        return self.family

    def form(self, name: str) -> str:
        given, family = self.given, self.family
        if name == "":
            return self.full
        if name == "first":
            return given
        if name == "last":
            return self.last
        if name == "init":
            if self.order in ("m", "v"):
                return self.full
            return f"{initials(given)} {family}"
        if name == "lf":
            if self.order == "m":
                return given
            rest = f"{self.middle} {given}" if self.order == "v" else given
            return f"{family}, {rest}"
        if name == "bib":
            if self.order == "m":
                return given
            rest = f"{self.middle} {given}" if self.order == "v" else given
            return f"{family}, {initials(rest)}"
        if name == "LAST":
            return self.last.upper()
        if name == "UP":
            return self.full.upper()
        if name == "lower":
            return self.full.lower()
        if name == "lfirst":
            return given.lower()
        if name == "llast":
            return self.last.lower()
        if name == "nick":
            return self.nick or given
        raise KeyError(name)

    def literal(self, name: str) -> str | None:
        f = self.gender == "f"
        table = {
            "mr": ("Ms", "Mr"),
            "herr": ("Frau", "Herr"),
            "sr": ("Sra.", "Sr."),
            "mme": ("Mme", "M."),
            "sig": ("Signora", "Signor"),
            "he": ("she", "he"),
            "him": ("her", "him"),
            "his": ("her", "his"),
            "He": ("She", "He"),
            "His": ("Her", "His"),
        }
        if name in table:
            return table[name][0 if f else 1]
        if name.startswith("g_"):  # g_father_mother: the word for a man, then a woman
            male, female = name[2:].split("_")
            return female if f else male
        if name == "handle":
            base = V.local_part(given_first(self.given))[:1] + V.local_part(self.last)
            return base[:12] or "user"
        return None


def given_first(given: str) -> str:
    return given.split()[0] if given else ""


def initials(given: str) -> str:
    out = []
    for word in given.split():
        out.append("-".join(part[:1] + "." for part in word.split("-") if part))
    return " ".join(out)


# ---------------------------------------------------------------------------------------
# Pools, with the names and places whose words would clash with the part's other text
# left out


@dataclass
class Pools:
    cultures: dict[str, dict[str, list[str]]]
    words: dict[str, list[str]]
    word_families: list[str]
    nicks: dict[str, str]
    cities: list[str]
    regions: list[str]
    countries: list[str]
    addresses: list[str]
    dropped: list[str]


def build_pools(personal: list[Template], clean: list[Template], decoy_words: set[str]) -> Pools:
    def literal_words(ts: list[Template]) -> set[str]:
        out: set[str] = set()
        for t in ts:
            out |= text_words(SLOT.sub(" ", t.text))
        return out

    clean_words = literal_words(clean) | decoy_words
    all_words = clean_words | literal_words(personal)
    dropped: list[str] = []

    place_words: set[str] = set()
    for p in CITIES + REGIONS + COUNTRIES + ADDRESSES:
        place_words |= planted_words(p, "LOCATION")

    def ok_place(p: str) -> bool:
        good = not planted_words(p, "LOCATION") & all_words
        if not good:
            dropped.append(p)
        return good

    def ok_name(n: str, forbidden: set[str]) -> bool:
        words = planted_words(n, "PERSON")
        good = bool(words) and not words & forbidden and not words & place_words
        if not good:
            dropped.append(n)
        return good

    cultures: dict[str, dict[str, list[str]]] = {}
    for name, spec in {**CULTURES_A, **CULTURES_B}.items():
        entry = {}
        for field in ("f", "m", "fam", "ff", "fm", "mf", "mm", "mono"):
            items = [x.replace("_", " ") for x in spec.get(field, "").split()]
            entry[field] = [x for x in items if ok_name(x, all_words)]
        entry["r"] = [spec["r"]]
        entry["o"] = [spec.get("o", "m" if "mono" in spec and "f" not in spec else "w")]
        cultures[name] = entry
    words = {g: [x for x in WORD_NAMES[g].split() if ok_name(x, clean_words)] for g in "fm"}
    nicks = {
        k.replace("_", " "): v for k, v in {**NICKS_A, **NICKS_B}.items() if ok_name(v, all_words)
    }
    return Pools(
        cultures=cultures,
        words=words,
        word_families=WORD_FAMILY_CULTURES,
        nicks=nicks,
        cities=[p for p in dict.fromkeys(CITIES) if ok_place(p)],
        regions=[p for p in REGIONS if ok_place(p)],
        countries=[p for p in COUNTRIES if ok_place(p)],
        addresses=[p for p in ADDRESSES if ok_place(p)],
        dropped=dropped,
    )


def draw_person(rng: random.Random, pools: Pools, culture: str) -> Person:
    c = pools.cultures[culture]
    region = c["r"][0]
    order = c["o"][0]
    if c["mono"] and (order == "m" or rng.random() < 0.3):
        return Person(culture, rng.choice(c["mono"]), "", rng.choice("fm"), "m", region=region)
    genders = [g for g in "fm" if c[g] and (c["fam"] or c["f" + g])]
    gender = rng.choice(genders)
    given = rng.choice(c[gender])
    family = rng.choice(c["fam"] + c["f" + gender])
    if order == "x":
        order = rng.choice("we")
    middle = rng.choice(c["m" + gender]) if order == "v" else ""
    nick = pools.nicks.get(given, "")
    return Person(culture, given, family, gender, order, middle, nick, region)


def draw_word_person(rng: random.Random, pools: Pools) -> Person:
    gender = rng.choice("fm")
    given = rng.choice(pools.words[gender])
    fam_culture = pools.cultures[rng.choice(pools.word_families)]
    family = rng.choice(fam_culture["fam"] + fam_culture["f" + gender])
    return Person("word", given, family, gender, "w", region=fam_culture["r"][0])


# ---------------------------------------------------------------------------------------
# Decoy word pools (not personal data; see the part's conventions)

WORD_POOLS = {
    "PET": "Biscuit Pickle Mochi Waffles Pudding Nutmeg Pretzel Custard Marmite Noodle Crumpet "
    "Sprout Bramble Toffee Pebble",
    "CODENAME": "Bookworm Buster Bullseye Hopper Lovelace Noether Curie Ramanujan Hypatia "
    "Babbage Turing Ada Kepler",
    "BRAND": "Heinz Kellogg's Cadbury Mr_Kipling Ben_&_Jerry's Dr_Oetker Birds_Eye Quaker "
    "McVitie's",
    "TOOL": "JCB Henry_hoover Makita Hilti Kärcher Stihl DeWalt",
    "CAMERA": "Leica Hasselblad Zeiss Nikon Fujifilm Pentax Rolleiflex",
    "GUITAR": "Les_Paul Stratocaster Telecaster Martin_D-28 Gretsch Rickenbacker Steinway",
}


def pool_words() -> set[str]:
    out: set[str] = set()
    for v in WORD_POOLS.values():
        out |= text_words(v.replace("_", " "))
    return out


# ---------------------------------------------------------------------------------------
# Rendering

PLACE_KEYS = {"CITY", "REGION", "COUNTRY", "ADDR", "PLACE"}
PHONE_WEIGHTS = {
    "intl": 6,
    "nat": 6,
    "e164": 2,
    "zz": 2,
    "dots": 1,
    "idots": 1,
    "hyph": 1,
    "ihyph": 1,
    "raw": 1,
    "ispace": 1,
    "trunk": 1,
    "brk": 1,
}


class RenderError(ValueError):
    pass


class _Ctx:
    def __init__(self, t: Template, rng: random.Random, pools: Pools, clean: bool):
        self.t, self.rng, self.pools, self.clean = t, rng, pools, clean
        self.persons: dict[str, Person] = {}
        self.cache: dict[str, object] = {}
        self.phones: dict[str, str] = {}
        doms, roles = ORGS[t.domain]
        self.domain = rng.choice(doms.split())
        self.roles = roles.split()
        self.used_words: set[str] = set()

    def _fresh(self, words: set[str]) -> bool:
        if words & self.used_words:
            return False
        self.used_words |= words
        return True

    def person(self, key: str) -> Person:
        if key in self.persons:
            return self.persons[key]
        for _ in range(200):
            if key.startswith("W"):
                p = draw_word_person(self.rng, self.pools)
            else:
                names = list(self.pools.cultures)
                if self.t.cult and self.rng.random() < 0.7:
                    names = list(self.t.cult)
                p = draw_person(self.rng, self.pools, self.rng.choice(names))
            words = planted_words(p.full + " " + p.form("nick"), "PERSON")
            if self._fresh(words):
                self.persons[key] = p
                return p
        raise RenderError(f"{self.t.id}: no person for {key}")

    def place(self, base: str, key: str) -> str:
        if key in self.cache:
            return str(self.cache[key])
        pools = {
            "CITY": self.pools.cities,
            "REGION": self.pools.regions,
            "COUNTRY": self.pools.countries,
            "ADDR": self.pools.addresses,
        }
        for _ in range(200):
            kind = base
            if base == "PLACE":
                kind = self.rng.choice(["CITY", "CITY", "REGION", "COUNTRY"])
            value = self.rng.choice(pools[kind])
            if self._fresh(planted_words(value, "LOCATION")):
                self.cache[key] = value
                return value
        raise RenderError(f"{self.t.id}: no place for {key}")

    def fill(self, key: str, form: str) -> Piece:
        m = re.fullmatch(r"([A-Z_]*[A-Z])(\d*)", key)
        if not m:
            raise RenderError(f"{self.t.id}: bad key {key}")
        base, num = m.groups()
        planted = base in {"P", "W", "PHONE", "EMAIL", "ROLE", "CARD", "IBAN", "IP", "SSN", "ACCT"}
        planted = planted or base in PLACE_KEYS
        if planted and self.clean:
            raise RenderError(f"{self.t.id}: clean template with planted {key}")
        if base in ("P", "W"):
            p = self.person(key)
            lit = p.literal(form)
            if lit is not None:
                return lit
            if form in ("email", "work"):
                ck = f"{key}.{form}"
                if ck not in self.cache:
                    dom = self.domain if form == "work" else None
                    self.cache[ck] = V.person_email(self.rng, p.given, p.last, dom)
                return ("EMAIL_ADDRESS", str(self.cache[ck]))
            return ("PERSON", p.form(form))
        if base in PLACE_KEYS:
            value = self.place(base, key)
            if form == "lower":
                value = value.lower().replace(",", "")
            elif form == "up":
                value = value.upper()
            elif form:
                raise RenderError(f"{self.t.id}: bad place form {form}")
            return ("LOCATION", value)
        if base == "PHONE":
            return ("PHONE_NUMBER", self.phone(key, num, form))
        if base == "EMAIL":
            if key not in self.cache:
                self.cache[key] = V.random_email(self.rng)
            return ("EMAIL_ADDRESS", str(self.cache[key]))
        if base == "ROLE":
            ck = f"{key}.{form}"
            if ck not in self.cache:
                local = form.replace("_", ".") if form else self.rng.choice(self.roles)
                self.cache[ck] = f"{local}@{self.domain}"
            return ("EMAIL_ADDRESS", str(self.cache[ck]))
        if base in ("CARD", "IBAN", "IP", "SSN", "ACCT"):
            ck = f"{key}.{form}"
            if ck not in self.cache:
                self.cache[ck] = self.value(base, num, form)
            entity = {
                "CARD": "CREDIT_CARD",
                "IBAN": "IBAN_CODE",
                "IP": "IP_ADDRESS",
                "SSN": "US_SSN",
                "ACCT": "ACCOUNT_NUMBER",
            }[base]
            return (entity, str(self.cache[ck]))
        if base == "DOMAIN":
            return self.domain
        if base == "PRICE":
            if key not in self.cache:
                if "CUR*" not in self.cache:
                    self.cache["CUR*"] = self.rng.choice(["£", "£", "€", "€", "$"])
                self.cache[key] = V.price(self.rng, str(self.cache["CUR*"]))
            return str(self.cache[key])
        if base == "TS" and not num:
            return self.clock()
        if base == "TIME":
            return self.time_of_day(int(num or 1))
        if key not in self.cache:
            if base in V.DECOYS:
                self.cache[key] = V.DECOYS[base](self.rng)
            elif base in WORD_POOLS:
                self.cache[key] = self.rng.choice(WORD_POOLS[base].split()).replace("_", " ")
            else:
                raise RenderError(f"{self.t.id}: unknown key {key}")
        return str(self.cache[key])

    def clock(self) -> str:
        """Log timestamps: each bare {TS} a little after the one before."""
        if "TS*" not in self.cache:
            self.cache["TS*"] = (
                self.rng.choice([2024, 2025, 2026]),
                self.rng.randint(1, 12),
                self.rng.randint(1, 28),
                self.rng.randint(0, 22 * 3600),
            )
        y, mo, d, sec = self.cache["TS*"]  # type: ignore[misc]
        sec += self.rng.randint(0, 40)
        self.cache["TS*"] = (y, mo, d, sec)
        h, rem = divmod(sec, 3600)
        return f"{y}-{mo:02d}-{d:02d}T{h:02d}:{rem // 60:02d}:{rem % 60:02d}Z"

    def time_of_day(self, k: int) -> str:
        """{TIME}, {TIME2} ...: times of one day, in order."""
        key = f"TIME{k}"
        if key not in self.cache:
            if k == 1:
                minutes = self.rng.randint(7 * 4, 15 * 4) * 15
            else:
                prev = self.time_of_day(k - 1)
                minutes = int(prev[:2]) * 60 + int(prev[3:])
                minutes += self.rng.choice([5, 10, 15, 20, 30, 45, 60, 90])
            minutes = min(minutes, 23 * 60 + 45)
            self.cache[key] = f"{minutes // 60:02d}:{minutes % 60:02d}"
        return str(self.cache[key])

    def phone(self, key: str, num: str, form: str) -> str:
        if key not in self.cache:
            region = form if re.fullmatch(r"[A-Z]{2}", form) else ""
            if not region:
                owner = self.persons.get(f"P{num}") or self.persons.get(f"W{num}")
                if owner and owner.region in V.PHONE_REGIONS and self.rng.random() < 0.75:
                    region = owner.region
                else:
                    region = self.rng.choice(V.PHONE_REGIONS)
            number = V.phone_number(self.rng, region)
            formats = V.phone_formats(number, region)
            names = [n for n in PHONE_WEIGHTS if n in formats]
            default = self.rng.choices(names, [PHONE_WEIGHTS[n] for n in names])[0]
            self.cache[key] = (region, formats, default)
        region, formats, default = self.cache[key]  # type: ignore[misc]
        value = formats.get(form) or formats[default]
        self.phones[value] = region
        return value

    def value(self, base: str, num: str, form: str) -> str:
        rng = self.rng
        owner = self.persons.get(f"P{num}")
        if base == "CARD":
            brand = form if form in V._CARD_PREFIXES else rng.choice(V.CARD_BRANDS)
            return V.card_number(rng, brand)
        if base == "IBAN":
            country = form if form in V.IBAN_COUNTRIES else ""
            if not country:
                if owner and owner.region in V.IBAN_COUNTRIES and rng.random() < 0.6:
                    country = owner.region
                else:
                    country = rng.choice(V.IBAN_COUNTRIES)
            return V.iban(rng, country)
        if base == "IP":
            return V.ipv6(rng) if form == "v6" else V.ipv4(rng)
        if base == "SSN":
            sep = {"dash": "-", "space": " ", "none": ""}.get(form)
            return V.ssn(rng, sep)
        return V.account_number(rng, form or None)


def render(
    t: Template, pid: str, rng: random.Random, pools: Pools, clean: bool
) -> tuple[Prompt, dict]:
    """A prompt from a template, redrawn until no planted name or place also appears
    unlabelled in it; raises where none can be drawn."""
    keys = [m.group(1) for m in SLOT.finditer(t.text)]
    problem = ""
    for _ in range(80):
        ctx = _Ctx(t, rng, pools, clean)
        for key in keys:
            if key[0] in "PW" and re.fullmatch(r"[PW]\d+", key):
                ctx.person(key)
        pieces: list[Piece] = []
        pos = 0
        for m in SLOT.finditer(t.text):
            if m.start() > pos:
                pieces.append(t.text[pos : m.start()])
            pieces.append(ctx.fill(m.group(1), m.group(2) or ""))
            pos = m.end()
        if pos < len(t.text):
            pieces.append(t.text[pos:])
        prompt = compose(pid, t.shape, [p for p in pieces if p != ""])
        if clean and prompt.gold:
            raise RenderError(f"{pid}: clean prompt with gold spans")
        if SLOT.search(prompt.text):
            raise RenderError(f"{pid}: placeholder left in text")
        if t.shape == "code" and any("'" in prompt.text[g.start : g.end] for g in prompt.gold):
            problem = "apostrophe in a quoted code string"
            continue
        words: set[str] = set()
        for g in prompt.gold:
            if g.entity in ("PERSON", "LOCATION"):
                words |= planted_words(prompt.text[g.start : g.end], g.entity)
        bad = uncovered(prompt, words)
        if not bad:
            meta = {
                "template": t.id,
                "domain": t.domain,
                "shape": t.shape,
                "lang": t.lang,
                "cultures": sorted({p.culture for p in ctx.persons.values()}),
                "phones": dict(ctx.phones),
            }
            return prompt, meta
        problem = f"unlabelled {bad}"
    raise RenderError(f"{pid} ({t.id}): {problem}")


def check_part(prompts: list[Prompt], metas: list[dict], word_names: set[str]) -> None:
    """Raise if a clean prompt holds a word of a planted name or place, or a personal prompt
    holds one outside its gold spans (outside e-mail addresses and URLs); word-names (Rose,
    Sky ...) are words elsewhere and are checked within their own prompt only."""
    planted: set[str] = set()
    for p in prompts:
        for g in p.gold:
            if g.entity in ("PERSON", "LOCATION"):
                planted |= planted_words(p.text[g.start : g.end], g.entity)
    strict = planted - word_names
    for p, meta in zip(prompts, metas, strict=True):
        if p.clean:
            hits = text_words(p.text) & planted
            if hits:
                raise ValueError(f"{p.id} ({meta['template']}): clean prompt holds {hits}")
        else:
            bad = uncovered(p, strict)
            if bad:
                raise ValueError(f"{p.id} ({meta['template']}): unlabelled {bad}")
        for value, region in meta["phones"].items():
            if not V.phone_ok(value, region):
                raise ValueError(f"{p.id}: bad phone {value} ({region})")
