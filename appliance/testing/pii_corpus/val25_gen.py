"""The renderer of val25: templates with `{{...}}` placeholders become `Prompt`s.

A placeholder is `{{kind[index][.form][:arg]}}`; the same kind and index give the same value
within a prompt. Kinds that plant gold spans:

* `p` a person, `w` a person with a word-name (Hope, Sky ...). Forms: `full` (default),
  `first`, `last` (after a title), `init` ("A. Okafor"), `lf` ("Okafor, Amara"), `LAST`,
  `Lf` ("OKAFOR Amara"), `upper`, `lower`, `flower` (given name in lower case), `bib`
  ("Okafor, A. N."), `nick`, `fl` ("Amara O."), `mail` (webmail address), `work` (address at
  the prompt's `dom`). Literal forms: `title`, `title_de` ... (outside the span), `handle`
  (a user name that is not a name). Arg: `f`/`m` and/or a culture group (`es`, `de` ...).
* `city`, `region`, `country`, `addr` (arg: a country code; `.country` of a city gives its
  country; `.lower` lower case).
* `ph` phone (arg: regions "GB|IE"; form: a style of `val25_values.PHONE_STYLES`).
* `em` a role address (arg: its local part) at `dom`; `cc` card (arg: brand; form: compact,
  spaced, dashed; `.last4` literal); `iban` (arg: country; form: compact, spaced); `ip` (arg
  `6` for IPv6); `ssn` (form: dashed, spaced, compact; `.last4` literal); `acct` (arg: uk, us,
  long, hyph).

Literal kinds: `dom`, `sort` (a sort code), `n:LO-HI`, `pick:a|b|c`, `date[:style]` and the
decoys of `val25_values.decoy`.

`check_planted` applies the part's rule on names and places: outside gold spans, e-mail
addresses and URLs, no word of a planted name or place occurs anywhere in the part."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from appliance.testing.pii_corpus import Prompt, compose
from appliance.testing.pii_corpus import val25_names as N
from appliance.testing.pii_corpus import val25_places as L
from appliance.testing.pii_corpus import val25_values as V

PLACEHOLDER = re.compile(r"\{\{([a-z]+?)(\d*)(?:\.([A-Za-z0-9_]+))?(?::([^{}]+))?\}\}")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
URL = re.compile(r"(?:https?://|www\.)\S+")

# Organisations' domains by the domain of the template (the first part of its id).
ORG_DOMAINS = {
    "farm": ("greenfurrow.coop", "fieldcoop.org.uk"),
    "energy": ("valebrook-water.co.uk", "brightgrid-energy.com"),
    "property": ("harbourlets.com", "keystonelettings.co.uk"),
    "recruit": ("talentbridge.io", "peoplefirst-recruit.com"),
    "travel": ("wayfarer-tours.com", "compass-travel.eu"),
    "museum": ("marshmuseum.org", "countyarchives.org.uk"),
    "legal": ("probatelink.co.uk", "lanternlaw.co.uk"),
    "charity": ("brightgiving.org", "riversidefoodbank.org.uk"),
    "health": ("smileworks-dental.co.uk", "greenleafpharmacy.com"),
    "dental": ("smileworks-dental.co.uk", "brightsmile.dental"),
    "gym": ("chainringcc.org", "corefit-gym.com"),
    "events": ("stonebarn-events.com", "thegranaryvenue.co.uk"),
    "translation": ("lingualink.eu", "wordbridge-translations.com"),
    "customs": ("clearpath-customs.com", "portside-freight.com"),
    "secops": ("socwatch.net", "blueteam-ir.com"),
    "care": ("littleacorns-nursery.co.uk", "willowbankcare.org.uk"),
    "media": ("wavecast.fm", "fringestage.org"),
    "vet": ("pawsandclaws-vets.com", "ark-animalrescue.org"),
    "insurance": ("shieldline-insurance.com", "homeguard-claims.com"),
    "software": ("codeharbour.dev", "quayside-cs.com"),
}
CURRENCIES = ("£", "£", "€", "€", "$")

GROUPS = {
    "es": ("spanish", "mexican", "argentine", "colombian", "chilean", "catalan"),
    "de": ("german", "turkish", "polish", "kurdish"),
    "fr": ("french", "maghrebi", "flemish"),
    "pt": ("portuguese", "brazilian"),
    "it": ("italian",),
    "nl": ("dutch", "flemish"),
    "pl": ("polish",),
    "sv": ("swedish", "finnish"),
    "tr": ("turkish", "kurdish"),
    "id": ("indonesian", "malay"),
    "vi": ("vietnamese",),
    "ea": ("mandarin", "cantonese", "taiwanese", "japanese", "korean"),
    "af": (
        "yoruba",
        "igbo",
        "hausa",
        "akan",
        "kikuyu",
        "luo",
        "swahili",
        "amhara",
        "somali",
        "zulu",
        "xhosa",
        "shona",
    ),
    "in": ("hindi", "tamil", "telugu", "bengali", "punjabi", "malayali", "gujarati", "marathi"),
    "us": (
        "american",
        "african_american",
        "mexican",
        "navajo",
        "lakota",
        "cherokee",
        "korean",
        "hindi",
        "mandarin",
        "filipino",
        "irish",
    ),
}

TITLES = {
    "title": ("Mr", "Ms"),
    "title_de": ("Herr", "Frau"),
    "title_es": ("Sr.", "Sra."),
    "title_fr": ("M.", "Mme"),
    "title_it": ("Sig.", "Sig.ra"),
    "title_pt": ("Sr.", "Sra."),
    "title_nl": ("dhr.", "mevr."),
    "title_pl": ("Pan", "Pani"),
    "title_tr": ("Bey", "Hanım"),
    "title_id": ("Pak", "Bu"),
    "title_vi": ("anh", "chị"),
}

PARTICLES = {
    "van",
    "der",
    "den",
    "de",
    "del",
    "della",
    "di",
    "da",
    "das",
    "dos",
    "du",
    "la",
    "le",
    "von",
    "bin",
    "binti",
    "al",
    "el",
    "te",
    "dela",
    "ó",
    "o",
    "y",
    "e",
    "on",
}
# English words inside names that are checked as part of the whole name only.
EXEMPT = {
    "two",
    "bulls",
    "iron",
    "cloud",
    "yellow",
    "horse",
    "little",
    "thunder",
    "brings",
    "plenty",
    "looking",
    "joe",
    "united",
    "kingdom",
    "states",
    "new",
    "south",
    "north",
    "city",
    "state",
    "province",
    "valley",
    "cape",
    "coast",
    "bay",
    "delta",
    "region",
    "republic",
    "port",
}


@dataclass(frozen=True)
class Template:
    id: str
    shape: str
    text: str
    ph: tuple[str, ...] = ()
    cult: tuple[str, ...] = ()
    dom: tuple[str, ...] = ()
    clean: bool = False
    cur: str = ""


def t(
    id: str, shape: str, text: str, ph: str = "", cult: str = "", dom: str = "", cur: str = ""
) -> Template:
    """A template with personal data: `ph` its phones' regions, `cult` the culture groups its
    people are drawn from more often, `dom` its organisation's domains, `cur` its currency."""
    return Template(
        id,
        shape,
        text.strip("\n"),
        tuple(ph.split()),
        tuple(cult.split()),
        tuple(dom.split()),
        cur=cur,
    )


def c(id: str, shape: str, text: str, cur: str = "") -> Template:
    """A clean template: decoys only."""
    return Template(id, shape, text.strip("\n"), clean=True, cur=cur)


@dataclass
class Person:
    culture: str
    given: str
    family: str
    female: bool
    fg: bool
    middle: str

    @property
    def first(self) -> str:
        if self.culture == "vietnamese":
            return self.given.split()[-1]
        return self.given

    def form(self, f: str) -> str:
        g, fam = self.given, self.family
        if not fam:  # one personal name
            return {
                "lower": g.lower(),
                "flower": g.lower(),
                "llast": g.lower(),
                "LAST": g.upper(),
                "upper": g.upper(),
                "Lf": g.upper(),
                "LASTc": g.upper(),
                "fLAST": g.upper(),
                "nick": g,
            }.get(f, g)
        if f == "full":
            return f"{fam} {g}" if self.fg or self.culture == "vietnamese" else f"{g} {fam}"
        if f == "first":
            return self.first
        if f == "last":
            return g if self.culture == "malay" else fam
        if f == "init":
            return f"{self.first[0]}. {fam}"
        if f == "lf":
            return f"{fam}, {g}"
        if f == "LAST":
            return fam.upper()
        if f == "Lf":
            return f"{fam.upper()} {g}"
        if f == "LASTc":
            return f"{fam.upper()}, {g}"
        if f == "fLAST":
            return f"{g} {fam.upper()}"
        if f == "upper":
            return self.form("full").upper()
        if f == "lower":
            return self.form("full").lower()
        if f == "flower":
            return self.first.lower()
        if f == "llast":
            return self.form("last").lower()
        if f == "bib":
            inits = " ".join(f"{part[0]}." for part in g.replace("-", " ").split())
            return f"{fam}, {inits}" + (f" {self.middle}." if self.middle else "")
        if f == "nick":
            return N.NICKNAMES.get(g.replace(" ", "_"), self.first)
        if f == "fl":
            return f"{self.first} {fam.replace('-', ' ').split()[-1][0]}."
        raise ValueError(f"unknown person form {f!r}")


def _split(names: str) -> list[str]:
    return [n.replace("_", " ") for n in names.split()]


class Pool:
    """The part's people, each planted once: draws without repeating a name."""

    def __init__(self) -> None:
        self.used: set[tuple[str, str]] = set()

    def person(
        self, rng: random.Random, cultures: tuple[str, ...], gender: str, word: bool
    ) -> Person:
        for _ in range(200):
            female = gender == "f" if gender else rng.random() < 0.5
            if word:
                given = rng.choice(N.WORD_GIVEN)
                female = given != "Hunter" if given != "Sky" else female
                if gender and (gender == "f") != female:
                    continue
                person = Person("word", given, rng.choice(N.WORD_FAMILY), female, False, "")
            else:
                culture = rng.choice(cultures or tuple(N.CULTURES))
                fem, mal, fams, order = N.CULTURES[culture]
                given = rng.choice(_split(fem if female else mal))
                family = ""
                if fams:
                    family = rng.choice(_split(fams))
                    if "/" in family:
                        family = family.split("/")[1 if female else 0]
                fg = order == "fg" and rng.random() < 0.5
                middle = rng.choice("ABCDEJKLMNRST") if rng.random() < 0.25 else ""
                person = Person(culture, given, family, female, fg, middle)
            key = (person.given, person.family)
            if key not in self.used:
                self.used.add(key)
                return person
        raise ValueError("name pool exhausted")

    def nicknamed(self, rng: random.Random, gender: str) -> Person:
        """A person whose given name has a nickname in `val25_names.NICKNAMES`."""
        for _ in range(200):
            given = rng.choice(sorted(N.NICKNAMES))
            for culture, (fem, mal, fams, _) in N.CULTURES.items():
                female = given in fem.split()
                if not female and given not in mal.split():
                    continue
                if gender and (gender == "f") != female:
                    break
                family = rng.choice(_split(fams))
                if "/" in family:
                    family = family.split("/")[1 if female else 0]
                person = Person(culture, given.replace("_", " "), family, female, False, "")
                if (person.given, person.family) not in self.used:
                    self.used.add((person.given, person.family))
                    return person
                break
        raise ValueError("no nicknamed person left")


def address(rng: random.Random, cc: str, city: str) -> str:
    street = rng.choice(L.STREETS[cc])
    n = rng.randint(2, 180)
    up = "ABDEFGHJLNPRSTUWXY"
    if cc == "GB":
        pc = (
            f"{rng.choice(up)}{rng.choice(up)}{rng.randint(1, 29)} {rng.randint(1, 9)}"
            f"{rng.choice(up)}{rng.choice(up)}"
        )
        return f"{n} {street}, {city} {pc}"
    if cc == "IE":
        return (
            f"{n} {street}, {city}, {rng.choice('ADHRTVX')}{rng.randint(10, 99)} "
            f"{rng.choice(up)}{rng.randint(1, 9)}{rng.choice(up)}{rng.randint(1, 9)}"
        )
    if cc == "US":
        st = {
            "Tulsa": "OK",
            "Boise": "ID",
            "Spokane": "WA",
            "Albuquerque": "NM",
            "Savannah": "GA",
            "Duluth": "MN",
            "Fresno": "CA",
            "Chattanooga": "TN",
            "Omaha": "NE",
            "Pittsburgh": "PA",
        }[city]
        return f"{n} {street}, {city}, {st} {rng.randint(10000, 99950)}"
    if cc == "CA":
        return (
            f"{n} {street}, {city} {rng.choice(up)}{rng.randint(1, 9)}{rng.choice(up)} "
            f"{rng.randint(1, 9)}{rng.choice(up)}{rng.randint(1, 9)}"
        )
    if cc in ("AU", "NZ", "ZA"):
        return f"{n} {street}, {city} {rng.randint(2000, 7999)}"
    if cc in ("DE",):
        return f"{street} {n}, {rng.randint(10000, 99999)} {city}"
    if cc in ("AT", "CH", "BE", "NO", "DK"):
        return f"{street} {n}, {rng.randint(1000, 9999)} {city}"
    if cc == "NL":
        return f"{street} {n}, {rng.randint(1000, 9999)} {rng.choice(up)}{rng.choice(up)} {city}"
    if cc in ("FR",):
        return f"{n} {street}, {rng.randint(10, 95)}{rng.randint(0, 999):03d} {city}"
    if cc in ("ES", "IT", "FI"):
        return f"{street} {n}, {rng.randint(10000, 52999)} {city}"
    if cc == "PT":
        return f"{street} {n}, {rng.randint(1000, 9999)}-{rng.randint(100, 999)} {city}"
    if cc == "PL":
        return f"{street} {n}, {rng.randint(10, 99)}-{rng.randint(100, 999)} {city}"
    if cc == "SE":
        return f"{street} {n}, {rng.randint(100, 999)} {rng.randint(10, 99)} {city}"
    if cc == "TR":
        return f"{street} No: {n}, {city}"
    if cc in ("BR",):
        return f"{street}, {n} - {city}"
    if cc == "IN":
        return f"{n} {street}, {city} {rng.randint(110001, 799999)}"
    if cc == "JP":
        return f"{rng.randint(1, 9)}-{rng.randint(1, 30)}-{rng.randint(1, 20)} {street}, {city}"
    return f"{n} {street}, {city}"


@dataclass
class Rendered:
    prompt: Prompt
    template: str
    cultures: set[str] = field(default_factory=set)
    phones: dict[str, str] = field(default_factory=dict)
    planted: list[tuple[str, str]] = field(default_factory=list)


class Renderer:
    def __init__(self, pool: Pool) -> None:
        self.pool = pool

    def render(self, pid: str, tpl: Template, rng: random.Random) -> Rendered:
        out = Rendered(None, tpl.id)  # type: ignore[arg-type]
        values: dict[tuple[str, str], object] = {}
        dom = rng.choice(tpl.dom or ORG_DOMAINS[tpl.id.split("-")[0]])
        constraints: dict[str, list[str]] = {}
        for m in PLACEHOLDER.finditer(tpl.text):
            kind, idx, form, arg = m.groups()
            if kind in ("p", "w") and arg and not (form or "").startswith("title"):
                constraints.setdefault(kind + idx, []).extend(arg.split(","))
            if kind == "p" and form == "nick":
                constraints.setdefault(kind + idx, []).append("nick")
        pieces: list[object] = []
        pos = 0
        for m in PLACEHOLDER.finditer(tpl.text):
            pieces.append(tpl.text[pos : m.start()])
            pos = m.end()
            kind, idx, form, arg = m.groups()
            piece = self._value(rng, tpl, out, values, dom, constraints, kind, idx, form, arg)
            if isinstance(piece, tuple) and tpl.clean:
                raise ValueError(f"{tpl.id}: clean template plants {piece}")
            pieces.append(piece)
        pieces.append(tpl.text[pos:])
        if "{{" in "".join(p for p in pieces if isinstance(p, str)):
            raise ValueError(f"{tpl.id}: placeholder left")
        prompt = compose(pid, tpl.shape, [p for p in pieces if p])  # type: ignore[misc]
        if not tpl.clean and not prompt.gold:
            raise ValueError(f"{tpl.id}: personal template without gold")
        out.prompt = prompt
        return out

    def _value(self, rng, tpl, out, values, dom, constraints, kind, idx, form, arg):  # noqa: C901
        key = kind + idx
        if kind in ("p", "w"):
            person = values.get(("p", key))
            if person is None:
                cons = constraints.get(key, [])
                gender = "f" if "f" in cons else "m" if "m" in cons else ""
                cults: tuple[str, ...] = ()
                for g in cons:
                    if g in GROUPS:
                        cults += GROUPS[g]
                if not cults and tpl.cult and rng.random() < 0.6:
                    cults = tuple(x for g in tpl.cult for x in GROUPS.get(g, (g,)))
                if "nick" in cons:
                    person = self.pool.nicknamed(rng, gender)
                else:
                    person = self.pool.person(rng, cults, gender, kind == "w")
                values[("p", key)] = person
                out.cultures.add(person.culture)
            assert isinstance(person, Person)
            f = form or "full"
            if f.startswith("title"):
                pair = TITLES[f]
                if f == "title" and rng.random() < 0.3:
                    return "Dr"
                return pair[1] if person.female else pair[0]
            if f == "handle":
                h = values.get(("h", key))
                if h is None:
                    parts = V.fold(person.form("full")).replace("-", " ").split()
                    h = parts[0][0] + parts[-1] if len(parts) > 1 else parts[0][:3] + "x"
                    h += rng.choice(["", "", str(rng.randint(1, 99))])
                    values[("h", key)] = h
                return h
            if f in ("mail", "work"):
                mk = ("mail" + f, key)
                if mk not in values:
                    lp = V.local_part(rng, person.first, person.family or person.given)
                    d = rng.choice(V.WEBMAIL) if f == "mail" else dom
                    values[mk] = f"{lp}@{d}"
                return ("EMAIL_ADDRESS", values[mk])
            value = person.form(f)
            out.planted.append(("PERSON", value))
            return ("PERSON", value)
        if kind in ("city", "region", "country", "addr"):
            place = values.get(("place", key))
            if place is None:
                cc = arg or rng.choice(list(L.COUNTRIES))
                if kind == "addr" and cc not in L.STREETS:
                    cc = rng.choice(list(L.STREETS))
                name, cities, regions = L.COUNTRIES[cc]
                city = rng.choice(_split(cities))
                if kind == "addr":
                    place = (address(rng, cc, city), name, city)
                elif kind == "city":
                    place = (city, name)
                elif kind == "region":
                    place = (rng.choice(_split(regions)), name)
                else:
                    place = (name, name)
                values[("place", key)] = place
            value = place[1] if form == "country" else place[0]
            if form == "lower":
                value = value.lower()
            # an address is checked by its town (its street and number may be common words)
            town = place[2] if len(place) > 2 and form != "country" else value
            out.planted.append(("LOCATION", town))
            return ("LOCATION", value)
        if kind == "ph":
            if ("ph", key) not in values:
                regions = arg.split("|") if arg else tpl.ph or tuple(V.PHONE_PATTERNS)
                region = rng.choice(regions)
                values[("ph", key)] = (V.phone(rng, region, form), region)
            text, region = values[("ph", key)]
            out.phones[text] = region
            return ("PHONE_NUMBER", text)
        if kind == "em":
            if ("em", key) not in values:
                local = arg or rng.choice(["info", "office", "admin", "hello", "enquiries"])
                values[("em", key)] = f"{local}@{dom}"
            return ("EMAIL_ADDRESS", values[("em", key)])
        if kind == "cc":
            if ("cc", key) not in values:
                values[("cc", key)] = V.card(rng, arg, form if form != "last4" else None)
            v = values[("cc", key)]
            if form == "last4":
                return v.replace(" ", "").replace("-", "")[-4:]
            return ("CREDIT_CARD", v)
        if kind == "iban":
            if ("iban", key) not in values:
                spaced = None if not form else form == "spaced"
                values[("iban", key)] = V.iban(rng, arg, spaced)
            return ("IBAN_CODE", values[("iban", key)])
        if kind == "ip":
            if ("ip", key) not in values:
                values[("ip", key)] = V.ipv6(rng) if arg == "6" else V.ipv4(rng)
            return ("IP_ADDRESS", values[("ip", key)])
        if kind == "ssn":
            if ("ssn", key) not in values:
                values[("ssn", key)] = V.ssn(rng, form if form != "last4" else None)
            v = values[("ssn", key)]
            return v[-4:] if form == "last4" else ("US_SSN", v)
        if kind == "acct":
            if ("acct", key) not in values:
                values[("acct", key)] = V.account(rng, arg)
            return ("ACCOUNT_NUMBER", values[("acct", key)])
        # literals
        if kind == "dom":
            return dom
        if ("lit", key + (form or "") + (arg or "")) in values and idx:
            return values[("lit", key + (form or "") + (arg or ""))]
        if kind == "sort":
            v = V.sort_code(rng)
        elif kind == "n":
            lo, hi = (arg or "1-9").split("-")
            v = str(rng.randint(int(lo), int(hi)))
        elif kind == "tick":  # a clock that moves on a few minutes at each use
            now = values.get(("tick", ""), rng.randint(7 * 60, 17 * 60))
            now += rng.randint(1, 12)
            values[("tick", "")] = now
            v = f"{now // 60 % 24:02d}:{now % 60:02d}"
        elif kind == "pick":
            v = rng.choice(arg.split("|"))
        elif kind == "price":
            cur = values.setdefault(("cur", ""), tpl.cur or rng.choice(CURRENCIES))
            lo, hi = (arg or "5-2500").split("-")
            amount = rng.randint(int(lo), int(hi))
            cents = rng.choice(["00", "50", "99", "00", "25"]) if amount < 1000 else "00"
            v = f"{cur}{amount:,}.{cents}"
        elif kind == "date":
            v = V.date(rng, arg)
        else:
            v = V.decoy(rng, kind)
        if idx:
            values[("lit", key + (form or "") + (arg or ""))] = v
        return v


def _keep(w: str, short: int) -> bool:
    return (
        len(w) >= short
        and w not in PARTICLES
        and w not in EXEMPT
        and not any(ch.isdigit() for ch in w)
    )


def words_of(text: str) -> list[tuple[str, int, int]]:
    """The words of a text for the planted-name rule: a hyphenated word ("Min-jun",
    "García-Ruiz") counts whole, and its parts of four letters or more count alone."""
    out = []
    for m in re.finditer(r"\w+(?:-\w+)*", text.lower()):
        tok = m.group()
        out.append((tok, m.start(), m.end()))
        if "-" in tok:
            out += [(part, m.start(), m.end()) for part in tok.split("-") if len(part) >= 4]
    return out


def planted_words(value: str) -> list[str]:
    return [w for w, _, _ in words_of(value) if _keep(w, 2)]


def _free(masked: list[tuple[int, int]], a: int, b: int) -> bool:
    return not any(s <= a and b <= e for s, e in masked)


def check_planted(rendered: list[Rendered]) -> None:
    """Raise ValueError if a word of a planted name or place occurs outside gold spans, e-mail
    addresses and URLs anywhere in the part (so: never in a clean prompt)."""
    words: dict[str, str] = {}
    phrases: set[str] = set()
    for r in rendered:
        for _, value in r.planted:
            ws = planted_words(value)
            for w in ws:
                words.setdefault(w, value)
            if not ws:
                phrases.add(value.lower())
    phrase_re = (
        re.compile(
            r"(?<!\w)(?:" + "|".join(re.escape(p) for p in sorted(phrases)) + r")(?!\w)",
            re.IGNORECASE,
        )
        if phrases
        else None
    )
    errors: list[str] = []
    for r in rendered:
        text = r.prompt.text
        masked = [(g.start, g.end) for g in r.prompt.gold]
        masked += [m.span() for m in EMAIL.finditer(text)] + [m.span() for m in URL.finditer(text)]

        for w, a, b in words_of(text):
            if w in words and _free(masked, a, b):
                errors.append(f"{r.prompt.id} ({r.template}): {text[a:b]!r} of {words[w]!r}")
        if phrase_re:
            for m in phrase_re.finditer(text):
                if _free(masked, *m.span()):
                    errors.append(f"{r.prompt.id} ({r.template}): phrase {m.group()!r}")
    if errors:
        raise ValueError("planted words outside gold spans:\n" + "\n".join(errors[:60]))
