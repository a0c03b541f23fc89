"""Training part of the labelled PII set: as many prompts as asked, from a seed, for
fine-tuning a NER model on names (PERSON) and places (LOCATION).

Where the dev and held-out parts are fixed lists, this part is a generator built for
variety: `prompts(seed, count)` fills some 370 sentence templates of its own
(`train_templates`; a quarter of the prompts wrapped in an instruction) in 21 shapes (chat,
e-mail, form, JSON, code, table, CSV, log, ticket, SMS, meeting notes, transcripts with
speaker labels, markdown, YAML, HTML, stack traces, commit messages, calendar entries,
shipping labels, medical and HR notes) with values drawn by `train_values` and
`train_decoys`: names from Faker's lists of about fifty locales and our own (written as
"First Last", "Last, First", with initials, a middle initial, in capitals in forms, in lower
case as people type, after a title that stays out of the span), places of many countries,
and structured values valid by their own rules (phone numbers of forty regions in their
national and international formats, cards, IBANs, SSNs, account numbers, IP addresses,
e-mail). Clean prompts (40%) hold no person and no place but decoys that look like them:
brands, companies, products, software, codenames, venues, rooms, titles, teams, drugs,
headings, identifiers, weekdays, months, and the numeric decoys of the other parts. The gold
conventions are the package's.

The same seed and count give the same prompts; another seed gives others.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass

from appliance.testing.pii_corpus import Piece, Prompt, compose
from appliance.testing.pii_corpus import train_decoys as D
from appliance.testing.pii_corpus import train_templates as T
from appliance.testing.pii_corpus import train_values as V

CLEAN_SHARE = 0.4
WRAP_SHARE = 0.25  # prompts (other than chat and SMS) wrapped in an instruction


class _Prompt:
    """What one prompt has drawn so far: the same slot and index give the same value."""

    def __init__(self, rng: random.Random, fakers: V.Fakers, regions: dict[str, str]) -> None:
        self.rng = rng
        self.fakers = fakers
        self.regions = regions
        self.people: dict[int, V.Person] = {}
        self.word_people: dict[int, V.Person] = {}
        self.places: dict[int, tuple[str, str]] = {}
        self.address_country: dict[int, str] = {}
        self.memo: dict[tuple[str, int], tuple[str | None, str]] = {}
        self.case = ""  # "", "lower" or "upper": how this prompt writes names and places

    def person(self, index: int) -> V.Person:
        if index not in self.people:
            self.people[index] = V.person(self.rng)
        return self.people[index]

    def word_person(self, index: int) -> V.Person:
        if index not in self.word_people:
            self.word_people[index] = V.word_person(self.rng)
        return self.word_people[index]

    def place(self, index: int) -> tuple[str, str]:
        if index not in self.places:
            self.places[index] = V.city(self.rng)
        return self.places[index]

    def address(self, index: int) -> str:
        text, country = self.fakers.full_address(self.rng)
        self.address_country.setdefault(index, country)
        return text

    def country(self, index: int) -> str:
        """The country of the address or city of this index drawn so far."""
        if index in self.address_country and index not in self.places:
            return self.address_country[index]
        return self.place(index)[1]

    def phone(self) -> str:
        while True:  # a number as written belongs to one region in the whole run
            value, region = V.phone(self.rng)
            if self.regions.setdefault(value, region) == region:
                return value


Maker = Callable[[_Prompt, int], str]


def _name(p: _Prompt, i: int) -> str:
    who = p.person(i)
    return p.rng.choices(
        (who.full, who.with_middle, who.first, who.initial_last, who.last_first,
         f"{who.last.upper()}, {who.first}", f"{who.last} {who.first}"),
        (50, 11, 12, 13, 7, 4, 3),
    )[0]


def _email(p: _Prompt, i: int) -> str:
    who = p.person(i) if p.rng.random() < 0.8 else None
    return V.email(p.rng, who, (D.brand(p.rng),))


def _ip(p: _Prompt, i: int) -> str:
    return V.ipv4(p.rng) if p.rng.random() < 0.8 else V.ipv6(p.rng)


# Structured values a generic «pii» slot draws: phone numbers the most.
_PII_KINDS = (("PHONE_NUMBER", 40), ("EMAIL_ADDRESS", 15), ("CREDIT_CARD", 12),
              ("IBAN_CODE", 12), ("IP_ADDRESS", 11), ("US_SSN", 10))


def _any_pii(p: _Prompt, i: int) -> tuple[str, str]:
    kind = p.rng.choices([k for k, _ in _PII_KINDS], [w for _, w in _PII_KINDS])[0]
    return kind, _STRUCTURED[kind](p, i)


_STRUCTURED: dict[str, Maker] = {
    "PHONE_NUMBER": lambda p, i: p.phone(),
    "EMAIL_ADDRESS": _email,
    "CREDIT_CARD": lambda p, i: V.card(p.rng),
    "IBAN_CODE": lambda p, i: V.iban(p.rng),
    "IP_ADDRESS": _ip,
    "US_SSN": lambda p, i: V.ssn(p.rng),
}

# Slots of personal data: kind -> (entity, maker).
PERSONAL: dict[str, tuple[str, Maker]] = {
    "first": ("PERSON", lambda p, i: p.person(i).first),
    "last": ("PERSON", lambda p, i: p.person(i).last),
    "full": ("PERSON", lambda p, i: p.person(i).full),
    "mid": ("PERSON", lambda p, i: p.person(i).with_middle),
    "lastfirst": ("PERSON", lambda p, i: p.person(i).last_first),
    "init": ("PERSON", lambda p, i: p.person(i).initial_last),
    "name": ("PERSON", _name),
    "surfirst": ("PERSON", lambda p, i: f"{p.person(i).last} {p.person(i).first}"),
    "capfirst": ("PERSON", lambda p, i: f"{p.person(i).last.upper()}, {p.person(i).first}"),
    "wfirst": ("PERSON", lambda p, i: p.word_person(i).first),
    "wfull": ("PERSON", lambda p, i: p.word_person(i).full),
    "sign": ("PERSON", lambda p, i: p.rng.choice((p.person(i).first, p.person(i).full))),
    "city": ("LOCATION", lambda p, i: p.place(i)[0]),
    "country": ("LOCATION", lambda p, i: p.country(i)),
    "nation": ("LOCATION", lambda p, i: V.country(p.rng)),
    "region": ("LOCATION", lambda p, i: V.region(p.rng)),
    "street": ("LOCATION", lambda p, i: p.fakers.street(p.rng)),
    "address": ("LOCATION", lambda p, i: p.address(i)),
    "phone": ("PHONE_NUMBER", lambda p, i: p.phone()),
    "email": ("EMAIL_ADDRESS", _email),
    "card": ("CREDIT_CARD", lambda p, i: V.card(p.rng)),
    "iban": ("IBAN_CODE", lambda p, i: V.iban(p.rng)),
    "ip": ("IP_ADDRESS", _ip),
    "ip4": ("IP_ADDRESS", lambda p, i: V.ipv4(p.rng)),
    "ip6": ("IP_ADDRESS", lambda p, i: V.ipv6(p.rng)),
    "ssn": ("US_SSN", lambda p, i: V.ssn(p.rng)),
    "ssnbare": ("US_SSN", lambda p, i: V.ssn(p.rng, sep="")),
    "acct": ("ACCOUNT_NUMBER", lambda p, i: V.account_number(p.rng)),
}
# Slots whose entity is drawn with the value.
MIXED: dict[str, Callable[[_Prompt, int], tuple[str, str]]] = {
    "pii": _any_pii,
    "contact": lambda p, i: ("PHONE_NUMBER", p.phone()) if p.rng.random() < 0.65
    else ("EMAIL_ADDRESS", _email(p, i)),
}


def _pick(values: tuple[str, ...]) -> Maker:
    return lambda p, i: p.rng.choice(values)


# Slots of decoys: kind -> maker. None of them is personal data.
DECOYS: dict[str, Maker] = {
    "order": lambda p, i: D.order_number(p.rng),
    "invoice": lambda p, i: D.invoice(p.rng),
    "ticket": lambda p, i: D.ticket_id(p.rng),
    "tracking": lambda p, i: D.tracking(p.rng),
    "date": lambda p, i: D.date(p.rng),
    "time": lambda p, i: D.time_of_day(p.rng),
    "version": lambda p, i: D.version(p.rng),
    "build": lambda p, i: D.build(p.rng),
    "price": lambda p, i: D.price(p.rng),
    "sku": lambda p, i: D.sku(p.rng),
    "isbn": lambda p, i: D.isbn(p.rng),
    "uuid": lambda p, i: D.uuid_text(p.rng),
    "hash": lambda p, i: D.hex_hash(p.rng),
    "port": lambda p, i: D.port(p.rng),
    "http": lambda p, i: D.http_code(p.rng),
    "ts": lambda p, i: D.unix_ts(p.rng),
    "bignum": lambda p, i: D.big_number(p.rng),
    "amount": lambda p, i: D.amount(p.rng),
    "pct": lambda p, i: f"{p.rng.randint(1, 99)}.{p.rng.randint(0, 9)}%",
    "n": lambda p, i: str(p.rng.randint(2, 9)),
    "year": lambda p, i: str(p.rng.randint(2019, 2031)),
    "product": _pick(D.PRODUCTS),
    "brand": lambda p, i: D.brand(p.rng),
    "company": lambda p, i: p.fakers.company(p.rng),
    "software": _pick(D.SOFTWARE),
    "codename": _pick(D.CODENAMES),
    "venue": _pick(D.VENUES),
    "room": _pick(D.ROOMS),
    "work": _pick(D.TITLES),
    "team": _pick(D.TEAMS),
    "drug": _pick(D.DRUGS),
    "condition": _pick(D.CONDITIONS),
    "labtest": _pick(D.LAB_TESTS),
    "heading": _pick(D.HEADINGS),
    "dept": _pick(D.DEPARTMENTS),
    "camel": _pick(D.CAMEL),
    "weekday": _pick(D.WEEKDAYS),
    "month": _pick(D.MONTHS),
    "catch": lambda p, i: p.fakers.catch_phrase(p.rng),
    "jobtitle": _pick(D.JOB_TITLES),
    "hostname": _pick(D.HOSTNAMES),
    "namesoft": _pick(D.NAMED_SOFTWARE),
    "worduse": _pick(D.WORD_USES),
    "bird": _pick(D.BIRDS),
    "colour": _pick(D.COLOURS),
    "food": _pick(D.FOODS),
    "model": _pick(D.LLM_MODELS),
    "llm": _pick(("gpt-4o-mini", "llama-3.1-8b-instruct", "mistral-small", "qwen2.5-7b")),
    "title": _pick(("Dr.", "Ms.", "Mr.", "Mrs.", "Prof.", "Mx.", "Dr", "Ms")),
    "bye": _pick(("Best", "Thanks", "Kind regards", "Cheers", "Best wishes", "Regards",
                  "Many thanks", "Thank you", "All the best", "Warm regards")),
    "relation": _pick(("spouse", "sister", "brother", "mother", "father", "partner", "friend",
                       "son", "daughter", "colleague")),
    "sortcode": lambda p, i: "-".join(D.digits(p.rng, 2) for _ in range(3)),
    "routing": lambda p, i: "0" + D.digits(p.rng, 8),
    "expiry": lambda p, i: f"{p.rng.randint(1, 12):02d}/{p.rng.randint(25, 32)}",
    "cvv": lambda p, i: D.digits(p.rng, 3),
    "otp": lambda p, i: D.digits(p.rng, 6),
    "mrn": lambda p, i: f"MRN-{D.digits(p.rng, 7)}",
    "member": lambda p, i: f"{D.letters(p.rng, 3)}{D.digits(p.rng, 9)}",
    "vat": lambda p, i: f"{p.rng.choice(('DE', 'FR', 'NL', 'IT', 'ES'))}{D.digits(p.rng, 9)}",
    "badge": lambda p, i: f"B-{D.digits(p.rng, 5)}",
    "mac": lambda p, i: ":".join(f"{p.rng.randint(0, 255):02x}" for _ in range(6)),
    "pid": lambda p, i: str(p.rng.randint(300, 65000)),
    "postcode": lambda p, i: D.digits(p.rng, 5),
    "isodate": lambda p, i: f"{D.date_iso(p.rng)}T{D.clock(p.rng)}Z",
    "logdate": lambda p, i: f"{p.rng.randint(10, 28)}/{D.MONTHS[p.rng.randint(0, 11)][:3]}/"
    f"{p.rng.randint(2020, 2027)}:{D.clock(p.rng)} +0000",
    "icsdate": lambda p, i: D.date_iso(p.rng).replace("-", "") + "T" +
    D.clock(p.rng).replace(":", "") + "Z",
}
MODS = ("upper", "lower", "sql")


@dataclass(frozen=True)
class Slot:
    kind: str
    index: int = 1
    mods: tuple[str, ...] = ()


@dataclass(frozen=True)
class Template:
    shape: str
    pieces: tuple[str | Slot | tuple[str, ...], ...]  # literal text, a slot, or choices
    clean: bool


_SLOT = re.compile(r"«([^«»]+)»")


def parse(shape: str, text: str) -> Template:
    """A template from its text; a slot that no table knows is an error."""
    pieces: list[str | Slot | tuple[str, ...]] = []
    at = 0
    for m in _SLOT.finditer(text):
        if m.start() > at:
            pieces.append(text[at:m.start()])
        body = m.group(1)
        if "|" in body:
            pieces.append(tuple(body.split("|")))
        else:
            kind, *rest = body.split(":")
            known = kind in PERSONAL or kind in MIXED or kind in DECOYS
            if not known and not (kind == "text" and shape == "wrapper"):
                raise ValueError(f"{shape} template: unknown slot «{body}»")
            mods = tuple(r for r in rest if not r.isdigit())
            if any(mod not in MODS for mod in mods):
                raise ValueError(f"{shape} template: unknown modifier in «{body}»")
            index = next((int(r) for r in rest if r.isdigit()), 1)
            pieces.append(Slot(kind, index, mods))
        at = m.end()
    if at < len(text):
        pieces.append(text[at:])
    clean = not any(isinstance(p, Slot) and (p.kind in PERSONAL or p.kind in MIXED)
                    for p in pieces)
    return Template(shape, tuple(pieces), clean)


def _split(block: str) -> list[str]:
    return [t.strip("\n") for t in re.split(r"^%%$", block, flags=re.M) if t.strip()]


TEMPLATES: tuple[Template, ...] = tuple(
    parse(shape, text)
    for shape, blocks in T.SHAPES.items()
    for block in blocks
    for text in _split(block)
)
# Each personal-data prompt is drawn from the templates holding one entity, the entities
# taken in turns (shuffled): every label gets its share, phone numbers and names the most.
FOCUS = ("PERSON", "PERSON", "LOCATION", "LOCATION", "PHONE_NUMBER", "PHONE_NUMBER",
         "PHONE_NUMBER", "EMAIL_ADDRESS", "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS", "US_SSN",
         "ACCOUNT_NUMBER")
_BY_ENTITY = {
    entity: [t for t in TEMPLATES
             if any(isinstance(p, Slot) and PERSONAL.get(p.kind, ("",))[0] == entity
                    for p in t.pieces)]
    for entity in dict.fromkeys(FOCUS)
}
WRAPPERS: tuple[Template, ...] = tuple(parse("wrapper", t) for t in _split(T.WRAPPERS))
SHAPES = tuple(T.SHAPES)


def _case(value: str, mods: tuple[str, ...], default: str) -> str:
    if "upper" in mods or (default == "upper" and "lower" not in mods):
        value = value.upper()
    elif "lower" in mods or default == "lower":
        value = value.lower()
    if "sql" in mods:
        value = value.replace("'", "''")
    return value


def _fill(template: Template, p: _Prompt) -> list[Piece]:
    out: list[Piece] = []
    for piece in template.pieces:
        if isinstance(piece, str):
            last = out[-1] if out else ""
            if piece.startswith(".") and (last if isinstance(last, str) else last[1]).endswith("."):
                piece = piece[1:]  # "Acme Inc." ends a sentence with one full stop
            out.append(piece)
        elif isinstance(piece, tuple):
            out.append(p.rng.choice(piece))
        else:
            key = (piece.kind, piece.index)
            if key not in p.memo:
                if piece.kind in PERSONAL:
                    entity, maker = PERSONAL[piece.kind]
                    p.memo[key] = (entity, maker(p, piece.index))
                elif piece.kind in MIXED:
                    p.memo[key] = MIXED[piece.kind](p, piece.index)
                else:
                    p.memo[key] = (None, DECOYS[piece.kind](p, piece.index))
            entity, value = p.memo[key]
            default = p.case if entity in ("PERSON", "LOCATION") else ""
            value = _case(value, piece.mods, default)
            out.append((entity, value) if entity else value)
    return out


# How often a prompt of a shape writes every name and place in lower or upper case.
_CASE_BY_SHAPE = {"chat": ("lower", 0.12), "sms": ("lower", 0.3), "transcript": ("lower", 0.1),
                  "form": ("upper", 0.2), "label": ("upper", 0.35), "csv": ("upper", 0.1)}


@dataclass(frozen=True)
class Generated:
    prompts: list[Prompt]
    phone_regions: dict[str, str]  # each phone number as written -> the region it is valid in


def generate(seed: int, count: int) -> Generated:
    """`count` prompts from `seed`, 40% of them clean, with the phone numbers' regions."""
    if count < 0:
        raise ValueError(f"count must be 0 or more, not {count}")
    rng = random.Random(seed)
    fakers = V.Fakers(seed)
    regions: dict[str, str] = {}
    clean_at = set(rng.sample(range(count), round(count * CLEAN_SHARE)))
    pool_clean = [t for t in TEMPLATES if t.clean]
    focus: list[str] = []
    out = []
    for n in range(count):
        if n in clean_at:
            template = rng.choice(pool_clean)
        else:
            if not focus:
                focus = rng.sample(FOCUS, len(FOCUS))
            template = rng.choice(_BY_ENTITY[focus.pop()])
        p = _Prompt(rng, fakers, regions)
        mode, share = _CASE_BY_SHAPE.get(template.shape, ("", 0.0))
        p.case = mode if rng.random() < share else ""
        pieces = _fill(template, p)
        if template.shape not in ("chat", "sms") and rng.random() < WRAP_SHARE:
            wrapper = rng.choice(WRAPPERS)
            around: list[Piece] = []
            for piece in wrapper.pieces:
                around += pieces if isinstance(piece, Slot) else [piece]
            pieces = around
        out.append(compose(f"train-{seed}-{n + 1:05d}", template.shape, pieces))
    return Generated(out, regions)


def prompts(seed: int, count: int) -> list[Prompt]:
    """`count` labelled prompts from `seed`: ids "train-<seed>-00001", ...; 40% clean."""
    return generate(seed, count).prompts
