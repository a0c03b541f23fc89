"""The renderer of val39: templates with `⟦...⟧` placeholders filled with people, places,
structured values and decoys, checked while rendering (every whole-word occurrence of a
planted name or place must lie in a gold span or a URL; a clean prompt holds no span).

Placeholders: `⟦key N .attr :arg⟧`, N a slot number (the same slot is the same value in one
prompt), for example `⟦p1.full⟧`, `⟦p2.lf⟧`, `⟦city⟧`, `⟦addr2⟧`, `⟦phone:GB⟧`,
`⟦phone2.intl:p1⟧` (a number of p1's country), `⟦iban:DE⟧`, `⟦card.amex⟧`, `⟦ip.v6⟧`,
`⟦ssn⟧`, `⟦acct⟧`, `⟦em:bookings@example.org⟧` (a literal e-mail span),
`⟦loc:Cork⟧` (a literal place span), `⟦d.order⟧` (a decoy), `⟦pick:Hi|Hello⟧` (a literal
choice). Person attributes: full first last init lf caps capsfull lower lowfirst lowlast bib
nick (spans), email, work:<domain> (e-mail spans), handle url mr herr sr mme pan sig dhr bey
pak ong he He his His him (no span)."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from appliance.testing.pii_corpus import Piece
from appliance.testing.pii_corpus import val39_decoys as D
from appliance.testing.pii_corpus import val39_values as V
from appliance.testing.pii_corpus.val39_names_a import CULTURES_A, NICKS_A
from appliance.testing.pii_corpus.val39_names_b import (
    CULTURES_B,
    GIVEN_ADDRESSED,
    MIDS,
    NICKS_B,
)
from appliance.testing.pii_corpus.val39_places import COUNTRIES

PH = re.compile(r"⟦([a-z]+)(\d*)(?:\.([A-Za-z0-9_]+))?(?::([^⟧]*))?⟧")
WORD = re.compile(r"\w+")
URL = re.compile(r"(?:https?://|www\.)[^\s<>\"'`)\]]+")

SHAPES = (
    "chat email sms letter form ticket notes minutes transcript json toolcall csv tsv "
    "markdown_table html xml yaml code log git diff stacktrace slack jira bibliography ics "
    "vcard paste voice"
).split()

# words of a name that are not compared as name words: particles and middle-name markers
PARTICLES = set(
    "de da do dos das del della di du le la van von der den ter ten bin binti bint ibn al el "
    "te y e mac ní nic thị văn st jr sr".split()
)
# words of a place name that are not compared: generic parts of names and addresses
PLACE_GENERIC = set(
    "new south north east west saint st san santa são city united states kingdom republic of "
    "the and island islands bay lake port upper lower great mount el la los las de del do da "
    "dos al street road lane avenue ave drive dr crescent terrace way place pl close court "
    "square gardens rue allées allée quai cours avenida av calle carrer via corso rua strasse "
    "straße weg allee gate gata gaten gatan vägen vej gade katu caddesi cad sokak jl jalan "
    "đường phố boulevard blvd rd apt apartment flat unit no nr ul vul kv utca strada col "
    "centro house plot region province county state district plain delta coast central cross "
    "nagar layout apto cerro tp phường quận sur edf yuc jal oax ring quay der die des dem di "
    "dell della delle du le les van von den ter het op".split()
)

GROUPS = {
    "es": "spanish catalan basque mexican argentine colombian",
    "latam": "mexican argentine colombian quechua mapuche maya brazilian",
    "de": "german swiss",
    "fr": "french maghrebi",
    "pt": "portuguese brazilian",
    "it": "italian",
    "nl": "dutch flemish",
    "pl": "polish",
    "sv": "swedish sami",
    "tr": "turkish kurdish",
    "id": "indonesian malay",
    "vi": "vietnamese",
    "us": "american african_american dine lakota hawaiian",
    "in": "hindi tamil bengali punjabi marathi malayali telugu",
    "uk": "english scottish welsh irish",
    "africa": "yoruba igbo hausa akan kikuyu luo swahili amharic somali zulu xhosa sotho",
    "arab": "gulf_arab levantine egyptian maghrebi",
    "eastasia": "mandarin cantonese taiwanese japanese korean",
    "pacific": "maori samoan tongan fijian hawaiian aboriginal_australian",
    "nordic": "swedish norwegian danish finnish icelandic sami",
    "indigenous": "dine lakota inuit anishinaabe quechua mapuche maya aboriginal_australian",
}


def name_words(value: str) -> set[str]:
    """The words of a written name that count as name words (case-folded)."""
    return {
        w
        for w in WORD.findall(value.casefold())
        if len(w) >= 2 and not w.isdigit() and w not in PARTICLES
    }


def place_words(value: str) -> set[str]:
    """The words of a written place that count as place words (case-folded)."""
    return {
        w
        for w in WORD.findall(value.casefold())
        if len(w) >= 3 and not any(c.isdigit() for c in w) and w not in PLACE_GENERIC
    }


def planted_words(names: list[str], places: list[str]) -> set[str]:
    words: set[str] = set()
    for n in names:
        words |= name_words(n)
    for p in places:
        words |= place_words(p)
    return words


def stray_words(text: str, spans: list[tuple[int, int]], words: set[str]) -> list[str]:
    """Whole-word occurrences of the words outside the spans and outside URLs."""
    covered = list(spans) + [(m.start(), m.end()) for m in URL.finditer(text)]
    out = []
    for m in WORD.finditer(text):
        if m.group().casefold() in words and not any(
            s <= m.start() and m.end() <= e for s, e in covered
        ):
            out.append(m.group())
    return out


@dataclass(frozen=True)
class Template:
    id: str
    shape: str
    text: str
    cult: tuple[str, ...] = ()
    kin: tuple[tuple[int, int], ...] = ()
    weight: float = 1.0


def t(id: str, shape: str, text: str, cult: str = "", kin: str = "", w: float = 1.0) -> Template:
    """A template; `cult` names preferred cultures or groups, `kin` "2=1" makes p2 a relative
    of p1 (same culture and family name)."""
    if shape not in SHAPES:
        raise ValueError(f"{id}: unknown shape {shape}")
    pairs = tuple((int(k.split("=")[0]), int(k.split("=")[1])) for k in kin.split())
    return Template(id, shape, text.strip("\n"), tuple(cult.split()), pairs, w)


def literal_text(template: Template) -> str:
    """The template's own words: placeholders out, literal choices in."""
    picks = " ".join(m.group(4).replace("|", " ") for m in PH.finditer(template.text)
                     if m.group(1) == "pick")  # fmt: skip
    return PH.sub(" ", template.text) + " " + picks


# --------------------------------------------------------------------------- people


@dataclass
class Culture:
    key: str
    region: str
    order: str
    male: list[str]
    female: list[str]
    family: list[tuple[str, str]]
    mid_m: list[str]
    mid_f: list[str]


@dataclass
class Person:
    culture: Culture
    gender: str
    given: str
    family: str
    mid: str
    nick: str

    @property
    def gaddr(self) -> bool:
        return self.culture.key in GIVEN_ADDRESSED or not self.family

    @property
    def given_full(self) -> str:
        return f"{self.mid} {self.given}" if self.mid else self.given

    @property
    def full(self) -> str:
        if not self.family:
            return self.given
        if self.culture.order == "fg":
            return f"{self.family} {self.given_full}"
        return f"{self.given} {self.family}"

    def initials(self) -> str:
        parts = []
        for word in self.given_full.split():
            parts.append("-".join(p[0] + "." for p in word.split("-")))
        return " ".join(parts)

    def form(self, attr: str) -> str:
        f = self.family
        if attr == "full":
            return self.full
        if attr == "first":
            return self.given
        if attr == "last":
            return self.given if self.gaddr else f
        if attr == "init":
            return f"{self.given[0]}. {f}" if f else self.given
        if attr == "lf":
            return f"{f}, {self.given_full}" if f else self.given
        if attr == "caps":
            return (self.given if self.gaddr else f).upper()
        if attr == "capsfull":
            return f"{f.upper()} {self.given_full}" if f else self.given.upper()
        if attr == "lower":
            return self.full.lower()
        if attr == "lowfirst":
            return self.given.lower()
        if attr == "lowlast":
            return (self.given if self.gaddr else f).lower()
        if attr == "bib":
            return f"{f}, {self.initials()}" if f else self.given
        if attr == "nick":
            return self.nick or self.given
        raise KeyError(attr)


TITLES = {
    "mr": ("Mr", "Ms"),
    "herr": ("Herr", "Frau"),
    "sr": ("Sr.", "Sra."),
    "mme": ("M.", "Mme"),
    "pan": ("Pan", "Pani"),
    "sig": ("Sig.", "Sig.ra"),
    "dhr": ("dhr.", "mevr."),
    "bey": ("Bey", "Hanım"),
    "pak": ("Pak", "Bu"),
    "ong": ("ông", "bà"),
    "he": ("he", "she"),
    "He": ("He", "She"),
    "his": ("his", "her"),
    "His": ("His", "Her"),
    "him": ("him", "her"),
    "parent": ("father", "mother"),
    "spouse": ("husband", "wife"),
    "child": ("son", "daughter"),
    "sibling": ("brother", "sister"),
    "filho": ("filho", "filha"),
    "baptizado": ("baptizado", "baptizada"),
    "defunt": ("du défunt", "de la défunte"),
    "anh": ("anh", "chị"),
}
SPAN_FORMS = set("full first last init lf caps capsfull lower lowfirst lowlast bib nick".split())


def _split(text: str) -> list[str]:
    return [w.replace("_", " ") for w in text.split()]


def load_cultures(vocab: set[str]) -> tuple[dict[str, Culture], list[str]]:
    """The cultures with every name whose words occur in the vocabulary left out."""

    def ok(name: str) -> bool:
        return not (name_words(name) & vocab)

    cultures: dict[str, Culture] = {}
    dropped: list[str] = []
    for key, (region, order, male, female, family) in {**CULTURES_A, **CULTURES_B}.items():
        fam = []
        for entry in _split(family):
            m, _, f = entry.partition("|")
            pair = (m, f or m)
            if ok(pair[0]) and ok(pair[1]):
                fam.append(pair)
            else:
                dropped.append(entry)
        kept = {}
        for label, names in (("m", male), ("f", female)):
            kept[label] = [n for n in _split(names) if ok(n)]
            dropped += [n for n in _split(names) if not ok(n)]
        mm, mf = MIDS.get(key, ("", ""))
        mid_m = [n for n in mm.split() if ok(n)]
        mid_f = [n for n in mf.split() if ok(n)]
        if (family and not fam) or not (kept["m"] or kept["f"]):
            dropped.append(f"culture {key}")
            continue
        cultures[key] = Culture(key, region, order, kept["m"], kept["f"], fam, mid_m, mid_f)
    return cultures, dropped


# --------------------------------------------------------------------------- places


@dataclass
class Country:
    name: str
    region: str
    cities: dict[str, str]
    addresses: list[str]
    name_ok: bool


def load_countries(vocab: set[str]) -> tuple[list[Country], list[str]]:
    def ok(value: str) -> bool:
        return not (place_words(value) & vocab)

    out, dropped = [], []
    for name, (iso, cities, addresses) in COUNTRIES.items():
        if not ok(name):
            dropped.append(name)
        pairs = {}
        for item in cities.split():
            city, region = (x.replace("_", " ") for x in item.split(":"))
            if ok(city):
                pairs[city] = region if ok(region) else ""
            else:
                dropped.append(city)
        addrs = [a for a in addresses if ok(a)]
        dropped += [a for a in addresses if not ok(a)]
        if pairs:
            out.append(Country(name, iso, pairs, addrs, ok(name)))
    return out, dropped


# --------------------------------------------------------------------------- rendering


@dataclass
class Rendered:
    template: Template
    pieces: list[Piece]
    meta: dict


class RenderError(Exception):
    pass


@dataclass
class Builder:
    vocab: set[str]
    seed: int
    cultures: dict[str, Culture] = field(init=False)
    countries: list[Country] = field(init=False)
    dropped: list[str] = field(init=False)
    used_people: set[tuple[str, str]] = field(init=False, default_factory=set)
    deck: list[str] = field(init=False, default_factory=list)
    country_deck: list[int] = field(init=False, default_factory=list)
    phone_deck: list[str] = field(init=False, default_factory=list)

    def __post_init__(self) -> None:
        self.rng = random.Random(self.seed)
        self.cultures, dropped = load_cultures(self.vocab)
        self.countries, dropped_places = load_countries(self.vocab)
        self.dropped = dropped + dropped_places
        nicks = {**NICKS_A, **NICKS_B}
        self.nicks = {
            k.replace("_", " "): v for k, v in nicks.items() if not (name_words(v) & self.vocab)
        }

    # ---- drawing

    def next_culture(self, rng: random.Random, prefer: tuple[str, ...]) -> Culture:
        if prefer and rng.random() < 0.8:
            keys: list[str] = []
            for p in prefer:
                keys += GROUPS[p].split() if p in GROUPS else [p]
            keys = [k for k in keys if k in self.cultures]
            if keys:
                return self.cultures[rng.choice(keys)]
        if not self.deck:
            self.deck = sorted(self.cultures)
            self.rng.shuffle(self.deck)
        return self.cultures[self.deck.pop()]

    def person(
        self, rng: random.Random, prefer, kin_of: Person | None, taken, sex: str = ""
    ) -> Person:
        for _ in range(30):
            c = kin_of.culture if kin_of else self.next_culture(rng, prefer)
            genders = [g for g in ("m", "f") if (c.male if g == "m" else c.female)]
            genders = [g for g in genders if g == (sex or g)]
            if not genders:
                continue
            gender = rng.choice(genders)
            given = rng.choice(c.male if gender == "m" else c.female)
            if kin_of:
                fam_pair = next(
                    (p for p in c.family if kin_of.family in p), (kin_of.family, kin_of.family)
                )
            else:
                fam_pair = rng.choice(c.family) if c.family else ("", "")
            family = fam_pair[0] if gender == "m" else fam_pair[1]
            mids = c.mid_m if gender == "m" else c.mid_f
            mid = rng.choice(mids) if mids else ""
            if (given, family) in self.used_people or given in taken:
                continue
            return Person(c, gender, given, family, mid, self.nicks.get(given, ""))
        raise RenderError("no fresh person")

    def country(self, rng: random.Random, needs: set[str], taken: set[str], iso: str) -> Country:
        pool = [
            i
            for i, c in enumerate(self.countries)
            if c.name not in taken
            and (c.addresses or "addr" not in needs)
            and (c.name_ok or "country" not in needs)
            and c.region == (iso or c.region)
        ]
        if not pool:
            raise RenderError(f"no country for {iso!r}")
        return self.countries[rng.choice(pool)]

    # ---- one prompt

    def render(self, tpl: Template, rng: random.Random) -> Rendered:
        people: dict[int, Person] = {}
        places: dict[int, dict[str, str]] = {}
        cache: dict[tuple, str] = {}
        meta: dict = {"template": tpl.id, "shape": tpl.shape, "cultures": set(), "phones": {}}
        names: list[str] = []
        locs: list[str] = []
        kin = dict(tpl.kin)
        needs: dict[int, set[str]] = {}
        sexes: dict[int, str] = {}
        for m in PH.finditer(tpl.text):
            if m.group(1) == "p" and m.group(4) in ("m", "f"):
                sexes[int(m.group(2) or 1)] = m.group(4)
            if m.group(1) in ("addr", "country"):
                needs.setdefault(int(m.group(2) or 1), set()).add(m.group(1))

        def get_person(n: int) -> Person:
            if n not in people:
                rel = people.get(kin[n]) if n in kin else None
                if n in kin and rel is None:
                    rel = get_person(kin[n])
                taken = {p.given for p in people.values()}
                people[n] = self.person(rng, tpl.cult, rel, taken, sexes.get(n, ""))
            return people[n]

        def get_place(n: int, iso: str) -> dict[str, str]:
            if n not in places:
                taken = {p["country"] for p in places.values()}
                c = self.country(rng, needs.get(n, set()), taken, iso)
                addr = rng.choice(c.addresses) if c.addresses else ""
                city = next(
                    (x for x in c.cities if addr and re.search(rf"\b{re.escape(x)}\b", addr)), ""
                )
                if not city:
                    city = rng.choice(sorted(c.cities))
                region = c.cities[city] or next((r for r in c.cities.values() if r), c.name)
                places[n] = {"country": c.name, "city": city, "region": region, "addr": addr,
                             "iso": c.region}  # fmt: skip
            return places[n]

        pieces: list[Piece] = []
        pos = 0
        for m in PH.finditer(tpl.text):
            if m.start() > pos:
                pieces.append(tpl.text[pos : m.start()])
            pos = m.end()
            key, num, attr, arg = m.group(1), int(m.group(2) or 1), m.group(3) or "", m.group(4)
            if key == "p":
                p = get_person(num)
                attr = attr or "full"
                if attr in SPAN_FORMS:
                    value = p.form(attr)
                    names.append(value)
                    meta["cultures"].add(p.culture.key)
                    pieces.append(("PERSON", value))
                elif attr in ("email", "work"):
                    k = ("p", num, attr, arg)
                    if k not in cache:
                        fam = p.family.replace("bin ", "").replace("binti ", "")
                        cache[k] = (
                            V.personal_email(rng, p.given, fam)
                            if attr == "email"
                            else V.work_email(rng, p.given, fam, arg or "example.org")
                        )
                    pieces.append(("EMAIL_ADDRESS", cache[k]))
                elif attr == "handle":
                    k = ("p", num, "handle")
                    if k not in cache:
                        g, f = V.fold(p.given), V.fold(p.family)
                        cache[k] = rng.choice(
                            [g[:1] + f if f else g + "99", g + str(rng.randint(2, 99)),
                             (g[:1] + f[:6] + str(rng.randint(1, 9))) if f else g + "_x"]
                        )  # fmt: skip
                    pieces.append(cache[k])
                elif attr == "url":
                    g, f = V.fold(p.given), V.fold(p.family)
                    site = arg or "https://www.linkedin.com/in/"
                    pieces.append(f"{site}{g}-{f}-{rng.randint(100, 999)}".rstrip("-"))
                elif attr in TITLES:
                    pieces.append(TITLES[attr][0 if p.gender == "m" else 1])
                else:
                    raise RenderError(f"{tpl.id}: bad person attribute {attr}")
            elif key in ("city", "region", "country", "addr"):
                value = get_place(num, arg or "")[key]
                if not value:
                    raise RenderError(f"{tpl.id}: no {key}")
                value = value.lower() if attr == "lower" else value
                value = value.upper() if attr == "upper" else value
                locs.append(value)
                pieces.append(("LOCATION", value))
            elif key == "loc":
                locs.append(arg)
                pieces.append(("LOCATION", arg))
            elif key == "em":
                pieces.append(("EMAIL_ADDRESS", arg))
            elif key == "email":
                k = ("email", num)
                if k not in cache:
                    p = self.person(rng, (), None, set())
                    cache[k] = V.personal_email(rng, p.given, p.family.replace("bin ", ""))
                pieces.append(("EMAIL_ADDRESS", cache[k]))
            elif key == "role":
                k = ("role", num)
                if k not in cache:
                    cache[k] = V.role_email(rng, arg)
                pieces.append(("EMAIL_ADDRESS", cache[k]))
            elif key == "phone":
                k = ("phone", num)
                if k not in cache:
                    if arg and arg.startswith("p"):
                        region = get_person(int(arg[1:] or 1)).culture.region
                    elif arg:
                        region = arg
                    else:
                        if not self.phone_deck:
                            self.phone_deck = sorted(V.PHONE_SPECS)
                            self.rng.shuffle(self.phone_deck)
                        region = self.phone_deck.pop()
                    if region not in V.PHONE_SPECS:
                        region = "GB"
                    cache[k] = V.phone(rng, region, attr or None)
                    meta["phones"][cache[k]] = region
                pieces.append(("PHONE_NUMBER", cache[k]))
            elif key in ("card", "iban", "ip", "ssn", "acct"):
                k = (key, num)
                if k not in cache:
                    if key == "card":
                        cache[k] = V.card(rng, attr or None)
                    elif key == "iban":
                        spaced = {"sp": True, "cmp": False}.get(attr)
                        cache[k] = V.iban(rng, arg or None, spaced)
                    elif key == "ip":
                        cache[k] = V.ipv6(rng) if attr == "v6" else V.ipv4(rng)
                    elif key == "ssn":
                        cache[k] = V.ssn(rng, attr or None)
                    else:
                        cache[k] = V.account(rng, attr or None)
                entity = {"card": "CREDIT_CARD", "iban": "IBAN_CODE", "ip": "IP_ADDRESS",
                          "ssn": "US_SSN", "acct": "ACCOUNT_NUMBER"}[key]  # fmt: skip
                pieces.append((entity, cache[k]))
            elif key == "d":
                k = ("d", num, attr)
                if k not in cache and attr in D.PRICE_KINDS:
                    if arg or ("currency",) not in cache:
                        cache[("currency",)] = arg or rng.choice(D.CURRENCIES)
                    cache[k] = D.price(rng, attr, arg or cache[("currency",)])
                if k not in cache:
                    cache[k] = D.decoy(rng, attr)
                pieces.append(cache[k])
            elif key == "pick":
                pieces.append(rng.choice(arg.split("|")))
            else:
                raise RenderError(f"{tpl.id}: unknown placeholder {m.group(0)}")
        if pos < len(tpl.text):
            pieces.append(tpl.text[pos:])
        meta["names"] = names
        meta["places"] = locs
        meta["people"] = sorted({p.full for p in people.values()})
        meta["cultures"] = sorted(meta["cultures"])
        meta["_people"] = [(p.given, p.family) for p in people.values()]
        return Rendered(tpl, pieces, meta)

    def render_checked(self, tpl: Template, clean: bool) -> Rendered:
        """Render the template, drawing again while a planted word strays outside the spans;
        raise if it cannot be made right."""
        problem = ""
        for attempt in range(80):
            rng = random.Random(f"{self.seed}:{tpl.id}:{self.rng.random()}:{attempt}")
            try:
                out = self.render(tpl, rng)
            except RenderError as e:
                problem = str(e)
                continue
            text, spans, pos = "", [], 0
            for piece in out.pieces:
                if isinstance(piece, tuple):
                    spans.append((pos, pos + len(piece[1])))
                    piece = piece[1]
                text += piece
                pos += len(piece)
            if "⟦" in text or "⟧" in text:
                raise ValueError(f"{tpl.id}: placeholder left in text")
            if clean and spans:
                raise ValueError(f"{tpl.id}: clean template plants a span")
            if not clean and not spans:
                raise ValueError(f"{tpl.id}: personal template plants nothing")
            stray = stray_words(text, spans, planted_words(out.meta["names"], out.meta["places"]))
            if stray:
                problem = f"stray planted words {stray}"
                continue
            for person in out.meta.pop("_people"):
                self.used_people.add(person)
            return out
        raise ValueError(f"{tpl.id}: cannot render: {problem}")
