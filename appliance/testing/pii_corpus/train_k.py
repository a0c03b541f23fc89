"""train_k: a generator of labelled training prompts for a NER model (PERSON, LOCATION),
above all for its precision: most prompts, clean or not, mention things named like people
or carrying a person's name (brands, dishes, cheeses, roses, characters, mascots, ships,
storms, prizes, laws, diseases, units ...; `train_k_things`), and none of them is labelled.

Blind: its author read only the corpus's `__init__.py` (the Prompt/Gold/compose/check API
and the gold conventions) and `validity.py` (Luhn, IBAN and SSN checks); templates, names,
places and things were written from memory, and for volume about half of the person names
come from Faker's Latin-script locales.

Domains: everyday consumer and leisure life in many countries (supermarkets and food
brands, restaurants and menus, drinks, cars and bikes, fashion, beauty and perfume, toys
and games, books, films, TV, music, travel, home and garden, apps and gadgets). Shapes:
chat, voice, review, product_qa, order_email, receipt, menu, catalogue_table,
catalogue_json, csv, forum, support_ticket, sms, social, html, code, log, signature,
letter, booking, form, calendar, recipe.

Conventions: every person's name and every place is a gold span (PERSON without titles or
a possessive "'s"; LOCATION a city, region, country or a whole street address); structured
values (in about a third of the personal prompts) follow `__init__.py`. About half the
prompts are clean: no names, places or contacts, only things and decoys.

`prompts(seed, count)`: ids traink-<seed>-00001 ..., the same for the same seed.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from appliance.testing.pii_corpus import Piece, Prompt, compose
from appliance.testing.pii_corpus import train_k_names as names
from appliance.testing.pii_corpus import train_k_values as values
from appliance.testing.pii_corpus.train_k_clean import CLEAN, ROLES
from appliance.testing.pii_corpus.train_k_personal import PERSONAL
from appliance.testing.pii_corpus.train_k_things import THINGS

TEMPLATES: tuple[tuple[str, str, bool], ...] = tuple(
    [(s, t, True) for s, t in PERSONAL] + [(s, t, False) for s, t in CLEAN]
)
SHAPES: frozenset[str] = frozenset(s for s, _, _ in TEMPLATES)

_SLOT = re.compile(r"«([^»]+)»")
_WORD = re.compile(r"[^\W\d_]+")
_PLACES = names.place_names()

# things that name none of the hand-written places: the only ones clean prompts use
CLEAN_THINGS: dict[str, tuple[str, ...]] = {
    cat: tuple(t for t in ts if not names.has_place(t, _PLACES)) for cat, ts in THINGS.items()
}
_ALL_CLEAN_THINGS = tuple(t for ts in CLEAN_THINGS.values() for t in ts)
_ALL_THINGS = tuple(t for ts in THINGS.values() for t in ts)

_FAKER: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] | None = None
_STRUCTURED = {"EMAIL", "PHONE", "CARD", "IBAN", "IP", "SSN", "ACCT"}

DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
MONTHS = (
    "January February March April May June July August September October November December".split()
)
HOLIDAYS = (
    "Christmas",
    "Easter",
    "Boxing Day",
    "Black Friday",
    "Thanksgiving",
    "Hanukkah",
    "Diwali",
    "Eid",
    "Lunar New Year",
    "Midsummer",
    "Valentine's Day",
    "Halloween",
    "Mother's Day",
    "Father's Day",
    "Saint Patrick's Day",
    "Carnival",
    "Cyber Monday",
)


def _faker() -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    global _FAKER
    if _FAKER is None:
        _FAKER = names.faker_names()
    return _FAKER


class _Person:
    def __init__(self, given: str, family: str, family_first: bool) -> None:
        self.given, self.family, self.family_first = given, family, family_first

    def form(self, rng: random.Random) -> str:
        g, f = self.given, self.family
        r = rng.random()
        if self.family_first and r < 0.5:
            return f"{f.upper()} {g}" if rng.random() < 0.3 else f"{f} {g}"
        if r < 0.45:
            return f"{g} {f}"
        if r < 0.6:
            return g
        if r < 0.68:
            return f"{f}, {g}"
        if r < 0.74:
            return f"{f.upper()} {g}"
        if r < 0.82:
            mid = rng.choice("ABCDEJKLMPRST")
            return f"{g[0]}. {mid}. {f}" if rng.random() < 0.5 else f"{g[0]}. {f}"
        if r < 0.9:
            return f"{g} {f}".lower()
        if r < 0.95:
            return f"{g[0]}{rng.choice('abcdejklmprst')} {f}".lower()
        return f"{g} {rng.choice('ABCDEJKLMPRST')}. {f}"


def _person(rng: random.Random) -> _Person:
    if rng.random() < 0.5:
        culture = rng.choice(sorted(names.CULTURES))
        given, family, ff = names.CULTURES[culture]
        return _Person(rng.choice(given), rng.choice(family), ff)
    fk = _faker()
    loc = rng.choice(sorted(fk))
    given, family = fk[loc]
    return _Person(rng.choice(given), rng.choice(family), False)


def _address(rng: random.Random) -> str:
    streets, cities, pattern = names.STREETS[rng.choice(sorted(names.STREETS))]
    return pattern.format(
        n=rng.randint(1, 180),
        s=rng.choice(streets),
        c=rng.choice(cities),
        z=f"{rng.randint(10000, 99999)}",
        z4=f"{rng.randint(1000, 9999)}",
        z2=f"{rng.randint(10, 99)}",
        z3=f"{rng.randint(100, 999)}",
        z6=f"{rng.randint(400001, 700099)}",
        pc=f"{rng.choice(['M', 'LS', 'BS', 'G', 'CF'])}{rng.randint(1, 20)} {rng.randint(1, 9)}"
        f"{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}",
        st=rng.choice(names.US_STATES),
        m=rng.randint(1, 30),
        k=rng.randint(1, 20),
    )


def _decoy(kind: str, rng: random.Random) -> str:
    d: dict[str, Callable[[], str]] = {
        "ORD": lambda: rng.choice(["#", "ORD-", "A", "No. "]) + str(rng.randint(100000, 99999999)),
        "DATE": lambda: rng.choice(
            [
                f"{rng.randint(1, 28)} {rng.choice(MONTHS)}",
                f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2025",
                f"{rng.choice(MONTHS)[:3]} {rng.randint(1, 28)}",
            ]
        ),
        "TIME": lambda: f"{rng.randint(7, 22)}:{rng.choice(['00', '15', '30', '45'])}",
        "PRICE": lambda: (
            rng.choice(["€", "£", "$"])
            + f"{rng.randint(2, 480)}.{rng.choice(['00', '49', '95', '99'])}"
            if rng.random() < 0.7
            else f"{rng.randint(2, 480)},{rng.choice(['00', '50', '90'])} "
            + rng.choice(["EUR", "zł", "kr", "Kč"])
        ),
        "VER": lambda: f"{rng.randint(1, 17)}.{rng.randint(0, 12)}.{rng.randint(0, 30)}",
        "SKU": lambda: (
            f"{rng.choice(['SKU', 'KX', 'ZT', 'RB'])}-{rng.randint(1000, 99999)}-{rng.choice('ABCXYZ')}"
        ),
        "TICKET": lambda: f"{rng.choice(['TCK', 'CS', 'INC', 'BK'])}-{rng.randint(10000, 999999)}",
        "HASH": lambda: "".join(
            rng.choice("0123456789abcdef") for _ in range(rng.choice([8, 12, 40]))
        ),
        "TRACK": lambda: (
            rng.choice(["1Z", "JD", "LX", "00"])
            + "".join(rng.choice("0123456789") for _ in range(14))
        ),
        "QTY": lambda: str(rng.randint(1, 12)),
        "N": lambda: str(rng.randint(1, 9)),
        "DAY": lambda: rng.choice(DAYS),
        "MONTH": lambda: rng.choice(MONTHS),
        "HOL": lambda: rng.choice(HOLIDAYS),
        "ROLE": lambda: rng.choice(ROLES),
    }
    return d[kind]()


def _fill(template: str, personal: bool, rng: random.Random) -> list[tuple[str, str]]:
    """The template's pieces as (kind, text): kind 'lit', 'thing' or an entity."""
    people: dict[str, _Person] = {}
    forms: dict[str, str] = {}
    everyday = rng.choice(names.EVERYDAY_GIVEN)
    pieces: list[tuple[str, str]] = []
    pos = 0
    for m in _SLOT.finditer(template):
        if m.start() > pos:
            pieces.append(("lit", template[pos : m.start()]))
        pos = m.end()
        slot = m.group(1)
        if slot == "T" or slot.startswith("T:"):
            cat = slot[2:] if ":" in slot else ""
            pool = (CLEAN_THINGS if not personal else THINGS).get(cat) or (
                _ALL_CLEAN_THINGS if not personal else _ALL_THINGS
            )
            pieces.append(("thing", rng.choice(pool)))
        elif slot[0] in "PGF" and slot[1:].isdigit():
            key = slot[1:]
            person = people.setdefault(key, _person(rng))
            if slot[0] == "P":
                value = forms.setdefault(key, person.form(rng))
            elif slot[0] == "G":
                value = person.given
            else:
                value = person.family
            pieces.append(("PERSON", value))
        elif slot == "W":
            pieces.append(("PERSON", everyday))
        elif slot in ("C", "R", "K", "A"):
            pool2 = {"C": names.CITIES, "R": names.REGIONS, "K": names.COUNTRIES}
            value = _address(rng) if slot == "A" else rng.choice(pool2[slot])
            if value.startswith("the ") and pieces and pieces[-1][0] == "lit":
                pieces.append(("lit", "the "))
                value = value[4:]
            pieces.append(("LOCATION", value))
        elif slot == "EMAIL":
            p = people.get("1") or _person(rng)
            pieces.append(("EMAIL_ADDRESS", values.email(rng, p.given, p.family)))
        elif slot == "PHONE":
            pieces.append(("PHONE_NUMBER", values.phone(rng)))
        elif slot == "CARD":
            pieces.append(("CREDIT_CARD", values.card(rng)))
        elif slot == "IBAN":
            pieces.append(("IBAN_CODE", values.iban(rng)))
        elif slot == "IP":
            pieces.append(("IP_ADDRESS", values.ip(rng)))
        elif slot == "SSN":
            pieces.append(("US_SSN", values.ssn(rng)))
        elif slot == "ACCT":
            pieces.append(("ACCOUNT_NUMBER", values.account(rng)))
        else:
            pieces.append(("lit", _decoy(slot, rng)))
    if pos < len(template):
        pieces.append(("lit", template[pos:]))
    return pieces


def _collides(pieces: list[tuple[str, str]]) -> bool:
    """Whether a word of a planted name or place also stands unlabelled in the text."""
    planted = {
        w.lower()
        for kind, text in pieces
        if kind in ("PERSON", "LOCATION")
        for w in _WORD.findall(text)
    }
    if not planted:
        return False
    free = {
        w.lower() for kind, text in pieces if kind in ("lit", "thing") for w in _WORD.findall(text)
    }
    return bool(planted & free)


_PUNCT = re.compile(r"[.,!?;:\"()\[\]]")


def _typo(text: str, rng: random.Random) -> str:
    words = text.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha()]
    if not idx:
        return text
    i = rng.choice(idx)
    w = words[i]
    j = rng.randint(1, len(w) - 2)
    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
    return " ".join(words)


def _style(pieces: list[tuple[str, str]], shape: str, rng: random.Random) -> list[tuple[str, str]]:
    has_values = any(k in values_kinds for k, _ in pieces)
    r = rng.random()
    if r < 0.12:
        pieces = [(k, t.lower()) for k, t in pieces]
    elif r < 0.15:
        pieces = [(k, t.upper()) for k, t in pieces]
    elif r < 0.2 and shape in ("chat", "voice", "sms", "social") and not has_values:
        pieces = [(k, _PUNCT.sub("", t).lower() if k == "lit" else t.lower()) for k, t in pieces]
    if rng.random() < 0.1:
        lits = [i for i, (k, t) in enumerate(pieces) if k == "lit" and len(t) > 10]
        if lits:
            i = rng.choice(lits)
            pieces[i] = ("lit", _typo(pieces[i][1], rng))
    if shape == "voice":
        pieces = [(k, _PUNCT.sub("", t) if k == "lit" else t) for k, t in pieces]
    return pieces


values_kinds = {
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "CREDIT_CARD",
    "IBAN_CODE",
    "IP_ADDRESS",
    "US_SSN",
    "ACCOUNT_NUMBER",
}


def _to_compose(pieces: list[tuple[str, str]]) -> list[Piece]:
    out: list[Piece] = []
    for kind, text in pieces:
        if not text:
            continue
        if kind in ("lit", "thing"):
            if out and isinstance(out[-1], str):
                out[-1] = out[-1] + text
            else:
                out.append(text)
        else:
            out.append((kind, text))
    return out


def _strip_empty_edges(pieces: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(k, t) for k, t in pieces if t]


def prompts(seed: int, count: int) -> list[Prompt]:
    """`count` prompts, about half personal and half clean, the same for the same seed."""
    rng = random.Random(f"train_k-{seed}")
    personal = [t for t in TEMPLATES if t[2]]
    clean = [t for t in TEMPLATES if not t[2]]
    order_p, order_c = personal[:], clean[:]
    rng.shuffle(order_p)
    rng.shuffle(order_c)
    out: list[Prompt] = []
    ip = ic = 0
    for n in range(1, count + 1):
        if rng.random() < 0.5:
            shape, template, is_personal = order_p[ip % len(order_p)]
            ip += 1
        else:
            shape, template, is_personal = order_c[ic % len(order_c)]
            ic += 1
        pieces = _fill(template, is_personal, rng)
        for _ in range(12):
            if not _collides(pieces):
                break
            pieces = _fill(template, is_personal, rng)
        pieces = _strip_empty_edges(_style(pieces, shape, rng))
        out.append(compose(f"traink-{seed}-{n:05d}", shape, _to_compose(pieces)))
    return out
