"""The template renderer of val23 (see val23.py for the conventions).

A template is text with placeholders:

* ``{p1}``, ``{p1.first}``, ``{p1.last}``, ``{p1.lf}`` ("Last, First"), ``{p1.init}``
  ("J. Nakamura"), ``{p1.bib}`` ("Nakamura, J."), ``{p1.ulast}``, ``{p1.ufull}``,
  ``{p1.lower}``, ``{p1.lfirst}``, ``{p1.llast}``, ``{p1.nick}``: a person's name, a PERSON
  span; ``{p1.email}`` (an EMAIL_ADDRESS span; ``{p1.email:org}`` at the prompt's
  organisation), ``{p1.handle}`` and ``{p1.hon}`` (Mr/Ms) are not PERSON spans. An argument
  picks cultures or groups: ``{p1:nordic}``. ``{w1...}`` is a person with a word-name.
* ``{c1}`` city, ``{c1.region}``, ``{c1.country}``, ``{c1.addr}`` (street address),
  ``{c1.lower}``: LOCATION spans; ``{c1:DE}`` picks the country.
* ``{ph1}`` (``.intl``, ``.nat``, ``.e164``, ``.plain``, ``.dots``, ``.zz`` ...) a phone
  number of person 1's region or of ``{ph1:GB}`` / ``{ph1:c1}``; ``{role:bookings}`` a role
  address at the organisation's domain; ``{cc1}`` (``:amex``; ``.spaced``/``.dashed``/
  ``.plain``), ``{ib1}`` (``:DE``; ``.spaced``/``.compact``), ``{ip1}`` (``:priv``, ``:v6``),
  ``{ssn1}``, ``{acct1}`` (``:uk``): the other entities.
* ``{d:kind}`` a decoy (``{d1:kind}`` the same one again), ``{alt:a|b|c}`` one of the
  literal alternatives.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from appliance.testing.pii_corpus import Piece, Prompt, compose
from appliance.testing.pii_corpus import val23_decoys as decoys
from appliance.testing.pii_corpus import val23_names as names
from appliance.testing.pii_corpus import val23_values as values
from appliance.testing.pii_corpus.val23_places import GENERIC_PLACE_WORDS, PLACES

PLACEHOLDER = re.compile(
    r"\{(?P<kind>p|w|c|ph|role|cc|ib|ip|ssn|acct|d|alt)(?P<n>\d*)"
    r"(?:\.(?P<attr>[a-z_0-9]+))?(?::(?P<arg>[^{}\n]*))?\}"
)
LEFTOVER = re.compile(r"\{(?:p|w|c|ph|role|cc|ib|ip|ssn|acct|d|alt)\d*[.:}]")


@dataclass(frozen=True)
class Template:
    id: str
    shape: str
    domain: str
    text: str


def T(id: str, shape: str, domain: str, text: str) -> Template:  # noqa: N802
    return Template(id, shape, domain, text.strip("\n").rstrip())


ORG_DOMAINS = {
    "airline": "kestrelair.com wayfarer-travel.co.uk skylane-holidays.com aerolinhas-sol.com.br",
    "hotel": "harbourlinehotels.com larchmont-lettings.co.uk casa-alba-stays.es staybright.rentals",
    "university": "saltmarsh.ac.uk northgate.edu uni-hollenberg.de ashby.ac.nz",
    "hr": "alderfinch-recruitment.com peoplehub.io talentbridge.co.za",
    "insurance": "tallgrass-insurance.com bluefinmutual.co.uk seguros-alcaraván.com.co",
    "legal": "stonebridgechambers.co.uk hollisgrant-llp.com avocats-delorme.fr",
    "charity": "brightfuture-trust.org riverbend-foundation.org.uk waterforall.ngo",
    "logistics": "northwindfreight.com ironbark-logistics.com.au trans-baltic.pl",
    "telecom": "meridiantelecom.net kitenet.co.ke",
    "bank": "cobaltridgebank.com fidelis-bank.ng",
    "mortgage": "pinecrest-mortgages.co.uk keystone-realty.com",
    "it": "corvid-analytics.io helpdesk.tallgrass.io opsline.dev",
    "health": "copperleafdental.co.uk brightwater-physio.com orchardlane-surgery.co.uk",
    "funeral": "evergreenfuneralcare.co.uk",
    "sports": "fernhillrovers.org.uk coastal-netball-league.org.au",
    "journalism": "the-ledger-news.com quillfeatherpress.com",
    "academic": "saltmarsh-up.ac.uk jhcs-journal.org",
    "genealogy": "rootsandbranches.org",
    "software": "corvid.dev opsline.dev",
}

_TOKEN_SPLIT = re.compile(r"[\s,.;:/()#\"&!?\[\]{}<>|=+*]+")
_WORD = re.compile(r"^[^\W\d_]+(?:['’\-][^\W\d_]+)*$")
_PART = re.compile(r"['’\-]")
_EXCLUDE = names.PARTICLES | GENERIC_PLACE_WORDS
WORD_NAME_TOKENS = frozenset(w.casefold() for w in names.WORD_NAMES)


def significant_tokens(value: str) -> set[str]:
    """The words of a name or place compared against the rest of a prompt and of the part:
    whole alphabetic tokens (a hyphenated name is one token, and so is each capitalised
    part of it), without particles (van, de, bin), generic place words (street, new), one
    letter, or upper-case codes of two letters (state codes)."""
    out: set[str] = set()
    for piece in _TOKEN_SPLIT.split(value):
        if not _WORD.match(piece):
            continue
        candidates = [piece] + [p for p in _PART.split(piece) if p[:1].isupper()]
        for tok in candidates:
            if len(tok) < 2 or (tok.isupper() and len(tok) <= 2):
                continue
            if tok.casefold() in _EXCLUDE:
                continue
            out.add(tok.casefold())
    return out


def person_tokens(p: names.Person) -> set[str]:
    return significant_tokens(p.full) | significant_tokens(p.nick) | significant_tokens(p.lf)


def _pool_tokens() -> tuple[set[str], set[str]]:
    """Every name token and every place token of the part (word-names aside)."""
    person: set[str] = set()
    for culture in names.CULTURES:
        given, families = names.people_of(culture)
        for name, nick, _ in given:
            person |= significant_tokens(name) | significant_tokens(nick)
        for fam in families:
            for form in fam.split("/"):
                person |= significant_tokens(form)
    place: set[str] = set()
    for city, region, country, _, addrs in PLACES:
        for v in (city, region, country.removeprefix("the "), *addrs):
            place |= significant_tokens(v)
    return person - WORD_NAME_TOKENS, place


PERSON_POOL, PLACE_POOL = _pool_tokens()
POOL = PERSON_POOL | PLACE_POOL
decoys.FORBIDDEN.update(POOL)
_POOL_RE = re.compile(
    r"(?<!\w)(?:"
    + "|".join(re.escape(t) for t in sorted(POOL, key=len, reverse=True))
    + r")(?!\w)",
    re.IGNORECASE,
)
_EMAIL_RE = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
_URL_RE = re.compile(r"(?:https?://|www\.)\S+")


def _masked(text: str) -> str:
    for rx in (_URL_RE, _EMAIL_RE):
        text = rx.sub(lambda m: " " * len(m.group()), text)
    return text


def check_pool_disjoint() -> None:
    """Names and places share no word, and no decoy name holds one of theirs."""
    both = PERSON_POOL & PLACE_POOL
    if both:
        raise ValueError(f"val23: words both in names and places: {sorted(both)}")
    for kind, text in decoys.NAMED.items():
        for item in text.split("|"):
            clash = significant_tokens(item) & (POOL | WORD_NAME_TOKENS)
            if clash:
                raise ValueError(f"val23: decoy {kind} {item!r} holds planted words {clash}")


def check_rendered(prompt: Prompt, planted_tokens: set[str]) -> None:
    """The part's own gold rule: a clean prompt holds no planted name or place word; in a
    personal prompt every whole-word occurrence of one (and of this prompt's word-names)
    lies inside a PERSON or LOCATION span. URLs and e-mail addresses are not looked in."""
    text = _masked(prompt.text)
    if prompt.clean:
        m = _POOL_RE.search(text)
        if m:
            raise ValueError(f"{prompt.id}: clean prompt holds planted word {m.group()!r}")
        return
    spans = [(g.start, g.end) for g in prompt.gold if g.entity in ("PERSON", "LOCATION")]
    hits = [(m.start(), m.end(), m.group()) for m in _POOL_RE.finditer(text)]
    extra = planted_tokens - POOL
    if extra:
        rx = re.compile(
            r"(?<!\w)(?:"
            + "|".join(re.escape(t) for t in sorted(extra, key=len, reverse=True))
            + r")(?!\w)",
            re.IGNORECASE,
        )
        hits += [(m.start(), m.end(), m.group()) for m in rx.finditer(text)]
    for start, end, word in hits:
        if not any(s <= start and end <= e for s, e in spans):
            raise ValueError(f"{prompt.id}: {word!r} at {start} is outside every name/place span")


def _all_cultures() -> list[str]:
    return list(names.CULTURES)


def _resolve(arg: str | None, people: dict[str, names.Person]):
    """An argument's cultures or groups, gender ("f"/"m"), and "=p1" (p1's culture) or
    "~p1" (p1's culture and family name)."""
    cultures: list[str] = []
    gender: bool | None = None
    kin: names.Person | None = None
    for part in (arg or "").split(","):
        part = part.strip()
        if not part:
            continue
        if part in ("f", "m"):
            gender = part == "f"
        elif part[0] in "=~":
            ref = people[part[1:]]
            cultures.append(ref.family_culture if ref.word else ref.culture)
            if part[0] == "~":
                kin = ref
        elif part in names.GROUPS:
            cultures += names.GROUPS[part]
        elif part in names.CULTURES:
            cultures.append(part)
        else:
            raise KeyError(f"unknown culture or group {part!r}")
    return cultures or _all_cultures(), gender, kin


@dataclass
class Pool:
    """Draws people (each at most once in the part, where it can) and places."""

    rng: random.Random
    used_people: set[tuple[str, str, str]] = field(default_factory=set)

    def person(
        self,
        cultures: list[str],
        avoid: set[str],
        gender: bool | None = None,
        kin: names.Person | None = None,
    ) -> names.Person:
        rng = self.rng
        for attempt in range(3000):
            culture = rng.choice(cultures)
            given, families = names.people_of(culture)
            if gender is not None:
                given = [g for g in given if g[2] == gender]
            g = rng.choice(given)
            if kin is not None:
                fam = kin.family_entry or kin.family
                if kin.word:
                    fam = kin.family
            else:
                fam = rng.choice(families) if families else ""
            p = names.make_person(culture, g, fam)
            key = (p.culture, p.given, p.family)
            if key in self.used_people and attempt < 2000:
                continue
            toks = person_tokens(p)
            if p.family and significant_tokens(p.given) & significant_tokens(p.family):
                continue
            if kin is not None:
                toks -= person_tokens(kin) & significant_tokens(kin.family)
            if toks & avoid:
                continue
            self.used_people.add(key)
            return p
        raise ValueError("val23: no person could be drawn")

    def word_person(self, avoid: set[str]) -> names.Person:
        rng = self.rng
        words = [w for w in names.WORD_NAMES if w.casefold() not in avoid]
        for _ in range(500):
            word = rng.choice(words)
            fam_culture = rng.choice(names.WORD_NAMES[word][1].split())
            _, families = names.people_of(fam_culture)
            p = names.make_word_person(word, fam_culture, rng.choice(families))
            if person_tokens(p) & avoid:
                continue
            key = (p.culture, p.given, p.family)
            if key in self.used_people:
                continue
            self.used_people.add(key)
            return p
        raise ValueError("val23: no word-name person could be drawn")

    def place(self, iso: str | None, need: set[str], avoid: set[str]):
        rng = self.rng
        candidates = [
            pl
            for pl in PLACES
            if (iso is None or pl[3] == iso)
            and (not need & {"addr", "laddr"} or pl[4])
            and ("region" not in need or pl[1])
        ]
        if not candidates:
            raise ValueError(f"val23: no place for {iso} {need}")
        for _ in range(500):
            pl = rng.choice(candidates)
            toks = set()
            for v in (pl[0], pl[1], pl[2].removeprefix("the "), *pl[4]):
                toks |= significant_tokens(v)
            if not toks & avoid:
                return pl
        raise ValueError(f"val23: no place avoiding {avoid}")


_PHONE_WEIGHTS = {
    "intl": 4,
    "nat": 4,
    "e164": 2,
    "dots": 1,
    "dash": 1,
    "zz": 2,
    "paren0": 1,
    "us_dash": 2,
    "us_one": 1,
    "us_paren_intl": 1,
    "intl_nospace": 1,
}
_PERSON_ATTRS = {
    "": "full",
    "full": "full",
    "first": "first",
    "last": "last",
    "lf": "lf",
    "init": "init",
    "bib": "bib",
    "ulast": "ulast",
    "ufull": "ufull",
    "nick": "nickname",
    "given": "given",
    "vanc": "vanc",
    "family": "surname",
}


@dataclass
class Rendered:
    prompt: Prompt
    meta: dict


class Renderer:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.pool = Pool(self.rng)

    def render(self, tpl: Template, prompt_id: str) -> Rendered:
        rng = self.rng
        text = tpl.text
        literal = PLACEHOLDER.sub(" ", text)
        for m in PLACEHOLDER.finditer(text):
            if m.group("kind") == "alt":
                literal += " " + m.group("arg").replace("|", " ")
        avoid = {w.casefold() for w in re.findall(r"[^\W\d_]+", literal)}
        # what each numbered object needs, and its argument
        args: dict[tuple[str, str], str] = {}
        needs: dict[tuple[str, str], set[str]] = {}
        for m in PLACEHOLDER.finditer(text):
            key = (m.group("kind"), m.group("n"))
            if m.group("kind") in "pw" and m.group("attr") == "email":
                needs.setdefault(key, set()).add("email")
                continue
            if m.group("arg") and key not in args:
                args[key] = m.group("arg")
            needs.setdefault(key, set()).add(m.group("attr") or "")
        people: dict[str, names.Person] = {}
        places: dict[str, tuple] = {}
        taken = set(avoid)
        for kind, n in sorted(needs, key=lambda k: (k[0] not in "pw", k[0], int(k[1] or 0))):
            if kind == "p":
                cultures, gender, kin = _resolve(args.get((kind, n)), people)
                p = self.pool.person(cultures, taken, gender, kin)
            elif kind == "w":
                p = self.pool.word_person(taken)
            else:
                continue
            people[kind + n] = p
            taken |= person_tokens(p)
        for (kind, n), attrs in sorted(needs.items()):
            if kind != "c":
                continue
            arg = args.get((kind, n))
            iso = None
            if arg and arg.startswith("p") and arg in people:
                iso = self.rng.choice(
                    names.regions_of(people[arg].culture)
                    if people[arg].culture != "word"
                    else ["GB", "US"]
                )
                if not any(pl[3] == iso for pl in PLACES):
                    iso = None
            elif arg:
                iso = arg
            pl = self.pool.place(iso, attrs, taken)
            places[kind + n] = pl
            for v in (pl[0], pl[1], pl[2].removeprefix("the "), *pl[4]):
                taken |= significant_tokens(v)
        org = rng.choice(ORG_DOMAINS[tpl.domain].split())
        cache: dict[tuple[str, str, str], str] = {}
        phones: dict[str, str] = {}
        cultures: set[str] = set()
        pieces: list[Piece] = []
        planted: set[str] = set()
        pos = 0
        for m in PLACEHOLDER.finditer(text):
            pieces.append(text[pos : m.start()])
            pos = m.end()
            kind, n, attr, arg = (
                m.group("kind"),
                m.group("n"),
                m.group("attr") or "",
                m.group("arg"),
            )
            ref = kind + n
            if kind in ("ph", "cc", "ib", "ip", "ssn", "acct"):
                arg = args.get((kind, n), arg)
            if kind in ("p", "w"):
                p = people[ref]
                cultures.update(p.cultures)
                planted |= person_tokens(p)
                if attr == "email":
                    key = (ref, "email", arg or "")
                    if key not in cache:
                        if arg == "org":
                            domain = org
                        elif arg:
                            domain = arg
                        else:
                            domain = rng.choice(values.PERSONAL_DOMAINS)
                        cache[key] = f"{p.email_local(rng.randrange(1000))}@{domain}"
                    pieces.append(("EMAIL_ADDRESS", cache[key]))
                elif attr == "handle":
                    key = (ref, "handle", "")
                    if key not in cache:
                        cache[key] = p.handle(rng.randrange(1000))
                    pieces.append(cache[key])
                elif attr == "hon":
                    pieces.append(p.hon)
                elif attr in ("lower", "lfirst", "llast"):
                    base = {"lower": p.full, "lfirst": p.first, "llast": p.last}[attr]
                    pieces.append(("PERSON", base.lower()))
                else:
                    pieces.append(("PERSON", getattr(p, _PERSON_ATTRS[attr])))
            elif kind == "c":
                city, region, country, iso, addrs = places[ref]
                if attr in ("", "city"):
                    pieces.append(("LOCATION", city))
                elif attr == "lower":
                    pieces.append(("LOCATION", city.lower()))
                elif attr == "region":
                    pieces.append(("LOCATION", region))
                elif attr in ("country", "ucountry"):
                    if country.startswith("the "):
                        pieces.append("the ")
                        country = country[4:]
                    pieces.append(("LOCATION", country.upper() if attr == "ucountry" else country))
                elif attr == "barecountry":
                    pieces.append(("LOCATION", country.removeprefix("the ")))
                elif attr == "addr":
                    key = (ref, "addr", "")
                    if key not in cache:
                        cache[key] = rng.choice(addrs)
                    pieces.append(("LOCATION", cache[key]))
                elif attr == "laddr":
                    key = (ref, "addr", "")
                    if key not in cache:
                        cache[key] = rng.choice(addrs)
                    pieces.append(("LOCATION", cache[key].replace(",", "").lower()))
                elif attr == "iso":
                    pieces.append(iso)
                else:
                    raise KeyError(f"{tpl.id}: bad place attribute {attr}")
            elif kind == "ph":
                key = (ref, "", "")
                if key not in cache:
                    if arg and arg in people:
                        p = people[arg]
                        region = rng.choice(
                            names.regions_of(p.family_culture if p.word else p.culture)
                        )
                    elif arg and arg in places:
                        region = places[arg][3]
                    elif arg:
                        region = arg
                    elif "p" + n in people:
                        p = people["p" + n]
                        region = rng.choice(names.regions_of(p.culture))
                    else:
                        region = rng.choice(values.PHONE_REGIONS)
                    if region not in values.PHONE_REGIONS:
                        region = rng.choice(values.PHONE_REGIONS)
                    cache[key] = region
                    cache[(ref, "formats", "")] = values.phone_formats(
                        values.new_phone(rng, region), region
                    )  # type: ignore[assignment]
                region = cache[key]
                formats: dict[str, str] = cache[(ref, "formats", "")]  # type: ignore[assignment]
                fkey = (ref, "fmt", attr)
                if fkey not in cache:
                    if attr and attr in formats:
                        cache[fkey] = formats[attr]
                    elif attr in ("plain",):
                        cache[fkey] = formats["e164"]
                    else:
                        opts = [k for k in formats if k != "plain"]
                        weights = [_PHONE_WEIGHTS.get(k, 1) for k in opts]
                        cache[fkey] = formats[rng.choices(opts, weights)[0]]
                value = cache[fkey]
                phones[value] = region
                pieces.append(("PHONE_NUMBER", value))
            elif kind == "role":
                local, _, domain = (arg or "info").partition("@")
                pieces.append(("EMAIL_ADDRESS", f"{local}@{domain or org}"))
            elif kind == "cc":
                key = (ref, "", "")
                if key not in cache:
                    cache[key] = values.new_card(rng, arg or "")
                forms = values.card_formats(cache[key])
                fkey = (ref, "fmt", attr)
                if fkey not in cache:
                    cache[fkey] = (
                        forms[attr]
                        if attr
                        else rng.choice(
                            [forms["spaced"]] * 3 + [forms["plain"]] * 2 + [forms["dashed"]]
                        )
                    )
                pieces.append(("CREDIT_CARD", cache[fkey]))
            elif kind == "ib":
                key = (ref, "", "")
                if key not in cache:
                    cache[key] = values.new_iban(rng, arg or "")
                forms = values.iban_formats(cache[key])
                fkey = (ref, "fmt", attr)
                if fkey not in cache:
                    cache[fkey] = (
                        forms[attr]
                        if attr
                        else rng.choice([forms["spaced"], forms["spaced"], forms["compact"]])
                    )
                pieces.append(("IBAN_CODE", cache[fkey]))
            elif kind == "ip":
                key = (ref, "", "")
                if key not in cache:
                    if arg == "v6":
                        cache[key] = values.new_ipv6(rng)
                    elif arg == "priv":
                        cache[key] = values.new_ipv4(rng, private=True)
                    elif arg == "any":
                        cache[key] = rng.choice([values.new_ipv6(rng), values.new_ipv4(rng)])
                    else:
                        cache[key] = values.new_ipv4(rng)
                pieces.append(("IP_ADDRESS", cache[key]))
            elif kind == "ssn":
                key = (ref, "", "")
                if key not in cache:
                    cache[key] = values.new_ssn(rng)
                forms = values.ssn_formats(cache[key])
                fkey = (ref, "fmt", attr)
                if fkey not in cache:
                    cache[fkey] = (
                        forms[attr]
                        if attr
                        else rng.choice([forms["dashed"]] * 4 + [forms["spaced"], forms["plain"]])
                    )
                pieces.append(("US_SSN", cache[fkey]))
            elif kind == "acct":
                key = (ref, "", "")
                if key not in cache:
                    cache[key] = values.new_account(rng, arg or "")
                pieces.append(("ACCOUNT_NUMBER", cache[key]))
            elif kind == "d":
                if n:
                    key = (ref, "d", arg)
                    if key not in cache:
                        cache[key] = decoys.decoy(arg, rng)
                    pieces.append(cache[key])
                else:
                    pieces.append(decoys.decoy(arg, rng))
            elif kind == "alt":
                pieces.append(rng.choice(arg.split("|")))
            else:  # pragma: no cover
                raise KeyError(kind)
        pieces.append(text[pos:])
        pieces = [p for p in pieces if p != ""]
        prompt = compose(prompt_id, tpl.shape, pieces)
        if LEFTOVER.search(prompt.text):
            raise ValueError(f"{prompt_id}: placeholder left in {tpl.id}")
        for place in places.values():
            for v in (place[0], place[1], place[2].removeprefix("the "), *place[4]):
                planted |= significant_tokens(v)
        check_rendered(prompt, planted)
        meta = {
            "template": tpl.id,
            "shape": tpl.shape,
            "domain": tpl.domain,
            "cultures": sorted(cultures),
            "phones": phones,
            "people": len(people),
        }
        return Rendered(prompt, meta)
