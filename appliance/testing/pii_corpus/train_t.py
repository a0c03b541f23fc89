"""train_t: a generator of labelled training prompts for the PII model's names.

`prompts(seed, count)` gives `count` prompts, half clean and half personal, in pairs that
share one "ambiguous" word (a given name or surname that is also the name of a thing):
the clean prompt of a pair uses it as a thing (a ward, a ship, a font, a storm, a hop ...,
from 40+ domains, with no personal data at all), the personal prompt uses it as a real
person, in hard places (lower-case chat, speaker labels, addressees, JSON, CSV, logs, code,
YAML, ALL-CAPS forms, surname-first forms, particles), beside names from 100+ cultures,
about a tenth written in their own script, and other personal values (e-mails, phones,
cards, IBANs, IPs, SSNs, account numbers, places, addresses), all labelled per the gold
conventions of `appliance.testing.pii_corpus`.

Every prompt is made by its own `random.Random` seeded with a string built from the seed
and its index, so the output is deterministic and prefix-stable."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from pathlib import Path

from appliance.testing.pii_corpus import (
    Prompt,
    compose,
    train_t_clean_a,
    train_t_clean_b,
    train_t_personal_a,
    train_t_personal_b,
)
from appliance.testing.pii_corpus import train_t_names as names
from appliance.testing.pii_corpus import train_t_values as values

NATIVE_SHARE = 0.175  # own-script share of the persons that are not the pair's word
FEATURE_SHARE = 0.6  # personal prompts whose first person carries the pair's word
PARTICLES_SHARE = 0.07
IRISH_SHARE = 0.04

DOMAINS = {**train_t_clean_a.DOMAINS_A, **train_t_clean_b.DOMAINS_B}
AMBIGUOUS = dict(names.AMBIGUOUS)

# ---------------------------------------------------------------- templates

TEMPLATES: list[tuple[str, str, str, str]] = []  # (template id, kind, shape, text)
for _domain, _spec in DOMAINS.items():
    for _j, (_shape, _text) in enumerate(_spec["templates"]):
        TEMPLATES.append((f"clean:{_domain}:{_j}", "clean", _shape, _text))
for _j, (_shape, _text) in enumerate(train_t_personal_a.PERSONAL_A):
    TEMPLATES.append((f"personal:a{_j}", "personal", _shape, _text))
for _j, (_shape, _text) in enumerate(train_t_personal_b.PERSONAL_B):
    TEMPLATES.append((f"personal:b{_j}", "personal", _shape, _text))
PERSONAL_TEMPLATES = [t for t in TEMPLATES if t[1] == "personal"]
CLEAN_BY_DOMAIN = {d: [t for t in TEMPLATES if t[0].startswith(f"clean:{d}:")] for d in DOMAINS}

SLOT = re.compile(r"\{([a-z]+)(\d?)(?::([ul]))?\}")


def _word_in(word: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text) is not None


# the ambiguous words as things: word -> [(domain, thing)]
THINGS_BY_WORD: dict[str, list[tuple[str, str]]] = {
    w: [(d, t) for d, spec in DOMAINS.items() for t in spec["things"] if _word_in(w, t)]
    for w in AMBIGUOUS
}
AMBIGUOUS_WORDS = tuple(w for w in AMBIGUOUS if THINGS_BY_WORD[w])

# ---------------------------------------------------------------- vocabulary filter

_HERE = Path(__file__).resolve().parent
_TEMPLATE_SOURCES = [
    (_HERE / f"{m}.py").read_text(encoding="utf-8")
    for m in ("train_t_clean_a", "train_t_clean_b", "train_t_personal_a", "train_t_personal_b",
              "train_t_values", "train_t")
]
VOCAB = frozenset(w.casefold() for src in _TEMPLATE_SOURCES for w in re.findall(r"[^\W\d_]+", src))
_AMBIG_CF = frozenset(w.casefold() for w in AMBIGUOUS)


def _free(name: str) -> bool:
    """A name none of whose words the templates, decoys or clean things use (unless it is
    one of the ambiguous words, which the clean prompts use on purpose)."""
    tokens = re.findall(r"[^\W\d_]+", name)
    return bool(tokens) and all(t.casefold() in _AMBIG_CF or t.casefold() not in VOCAB for t in tokens)


LATIN = {}
for _culture, (_given, _family) in names.LATIN.items():
    _g = tuple(n for n in _given if _free(n))
    _f = tuple(n for n in _family if _free(n))
    if len(_g) >= 3 and len(_f) >= 3:
        LATIN[_culture] = (_g, _f)
LATIN_CULTURES = tuple(LATIN)
NATIVE = names.NATIVE
NATIVE_CULTURES = tuple(NATIVE)
PARTICLES = {c: (p, tuple(f for f in fam if _free(f))) for c, (p, fam) in names.PARTICLES.items()}
IRISH_SCOTS = tuple(n for n in names.IRISH_SCOTS if _free(n))


# places that the clean things or decoys never mention (the lists themselves aside)
_CLEAN_THINGS_TEXT = "\n".join(_TEMPLATE_SOURCES[:2])
CITIES = tuple(c for c in values.CITIES if not _word_in(c, _CLEAN_THINGS_TEXT) and c not in AMBIGUOUS)
REGIONS = tuple(c for c in values.REGIONS if not _word_in(c, _CLEAN_THINGS_TEXT) and c not in AMBIGUOUS)
COUNTRIES = tuple(c for c in values.COUNTRIES if not _word_in(c, _CLEAN_THINGS_TEXT) and c not in AMBIGUOUS)

# ---------------------------------------------------------------- people


@dataclass
class Person:
    given: str
    family: str
    culture: str
    native: bool = False
    order: str = "gf"
    call: str = ""  # the name used alone ("first" slots)

    def full(self) -> str:
        if not self.native:
            return f"{self.given} {self.family}"
        if self.order == "fg":
            return f"{self.family}{self.given}"
        if self.order == "fg_":
            return f"{self.family} {self.given}"
        if self.order == "g" or not self.family:
            return self.given
        return f"{self.given} {self.family}"

    def first(self) -> str:
        return self.call or self.given

    def last(self) -> str:
        return self.family or self.given

    def form(self, rng: random.Random) -> str:
        if self.native:
            return self.full() if rng.random() < 0.6 else self.first()
        r = rng.random()
        if r < 0.4:
            return self.full()
        if r < 0.65:
            return self.first()
        if r < 0.75:
            return f"{self.given[0]}. {self.family}"
        if r < 0.85:
            return f"{self.given} {self.family[0].upper()}."
        if r < 0.9:
            return f"{self.given} {rng.choice('ABCDEFGHJKLMNPRSTW')}. {self.family}"
        return self.last()

    def reverse(self, rng: random.Random) -> str:
        if self.native:
            return self.full()
        r = rng.random()
        if r < 0.4:
            return f"{self.family.upper()}, {self.given}"
        if r < 0.8:
            return f"{self.family}, {self.given}"
        return f"{self.family.upper()} {self.given}"


def _latin_person(rng: random.Random) -> Person:
    culture = rng.choice(LATIN_CULTURES)
    given, family = LATIN[culture]
    g, f = rng.choice(given), rng.choice(family)
    r = rng.random()
    if r < PARTICLES_SHARE:
        culture = rng.choice(sorted(PARTICLES))
        parts, fams = PARTICLES[culture]
        f = f"{rng.choice(parts)} {rng.choice(fams)}"
        if f.startswith("al- "):
            f = f.replace("al- ", "al-")
    elif r < PARTICLES_SHARE + IRISH_SHARE:
        culture = "Irish/Scottish"
        f = rng.choice(IRISH_SCOTS)
    return Person(g, f, culture)


def _native_person(rng: random.Random) -> Person:
    culture = rng.choice(NATIVE_CULTURES)
    given, family, order = NATIVE[culture]
    return Person(rng.choice(given), rng.choice(family) if family else "", culture, True, order)


def _person(rng: random.Random) -> Person:
    return _native_person(rng) if rng.random() < NATIVE_SHARE else _latin_person(rng)


def _featured_person(rng: random.Random, word: str) -> Person:
    base = _latin_person(rng)
    kind = AMBIGUOUS[word]
    if kind == "b":
        kind = rng.choice("gs")
    if kind == "g":
        return Person(word, base.family, base.culture, call=word)
    return Person(base.given, word, base.culture, call=word)


# ---------------------------------------------------------------- rendering

VALUE_SLOTS = {
    "email": ("EMAIL_ADDRESS", values.email), "phone": ("PHONE_NUMBER", values.phone),
    "card": ("CREDIT_CARD", values.card), "iban": ("IBAN_CODE", values.iban),
    "ip": ("IP_ADDRESS", values.ip), "ipf": ("IP_ADDRESS", values.ipv4),
    "ipv": ("IP_ADDRESS", values.ipv6), "ssn": ("US_SSN", values.ssn),
    "acct": ("ACCOUNT_NUMBER", values.account), "addr": ("LOCATION", values.address),
    "city": ("LOCATION", lambda r: r.choice(CITIES)),
    "region": ("LOCATION", lambda r: r.choice(REGIONS)),
    "country": ("LOCATION", lambda r: r.choice(COUNTRIES)),
    "place": ("LOCATION", lambda r: r.choice((CITIES, REGIONS, COUNTRIES)[min(2, int(r.random() * 2.6))])),
}
DECOY_SLOTS = {
    "order": values.order_no, "ticket": values.ticket, "sku": values.sku, "ver": values.version,
    "price": values.price, "date": values.date, "time": values.time_, "num": values.number,
    "day": values.weekday, "product": lambda r: r.choice(values.PRODUCTS),
}
PERSON_SLOTS = ("first", "last", "full", "name", "rev", "mail")


def _case(value: str, mod: str | None) -> str:
    return value.upper() if mod == "u" else value.lower() if mod == "l" else value


def _render(pid, shape, text, rng, people=None):
    pieces: list = []
    pos = 0
    persons: list[tuple[str, Person]] = []
    for m in SLOT.finditer(text):
        kind, digit, mod = m.group(1), m.group(2), m.group(3)
        if kind == "ip" and digit:  # {ip4} / {ip6}
            kind, digit = ("ipf" if digit == "4" else "ipv"), ""
        if kind in PERSON_SLOTS and digit and people is not None:
            pieces.append(text[pos:m.start()])
            person = people(int(digit))
            if kind == "mail":
                pieces.append(("EMAIL_ADDRESS", values.email(rng, person.given if not person.native else "",
                                                            person.family if not person.native else "")))
            else:
                value = {"first": person.first, "last": person.last, "full": person.full}.get(kind)
                value = value() if value else (person.form(rng) if kind == "name" else person.reverse(rng))
                value = _case(value, mod)
                pieces.append(("PERSON", value))
                persons.append((value, person))
        elif kind in VALUE_SLOTS and not digit:
            pieces.append(text[pos:m.start()])
            entity, make = VALUE_SLOTS[kind]
            pieces.append((entity, _case(make(rng), mod)))
        elif kind in DECOY_SLOTS and not digit:
            pieces.append(text[pos:m.start()])
            pieces.append(_case(DECOY_SLOTS[kind](rng), mod))
        else:
            raise ValueError(f"{pid}: unknown slot {m.group(0)}")
        pos = m.end()
    pieces.append(text[pos:])
    return compose(pid, shape, [p for p in pieces if p != ""]), persons


def _render_clean(pid, shape, text, rng, things):
    # {T} and {T2} are upper case, so SLOT (lower case) leaves them alone: replace first
    for key, value in things.items():
        text = text.replace(key, value.replace("{", "\x00"))
    prompt, _ = _render(pid, shape, text, rng)
    return Prompt(prompt.id, prompt.text.replace("\x00", "{"), prompt.gold, prompt.shape)


def _clean(pid: str, rng: random.Random, word: str) -> tuple[Prompt, dict]:
    domain, thing = rng.choice(THINGS_BY_WORD[word])
    tid, _, shape, text = rng.choice(CLEAN_BY_DOMAIN[domain])
    others = [t for t in DOMAINS[domain]["things"] if t != thing]
    thing2 = rng.choice(others)
    prompt = _render_clean(pid, shape, text, rng, {"{T2}": thing2, "{T}": thing})
    return prompt, {"template": tid, "word": word, "domain": domain, "persons": []}


def _personal(pid: str, rng: random.Random, word: str) -> tuple[Prompt, dict]:
    tid, _, shape, text = rng.choice(PERSONAL_TEMPLATES)
    feature = rng.random() < FEATURE_SHARE
    cast: dict[int, Person] = {}

    def people(n: int) -> Person:
        if n not in cast:
            cast[n] = _featured_person(rng, word) if (n == 1 and feature) else _person(rng)
        return cast[n]

    prompt, persons = _render(pid, shape, text, rng, people=people)
    featured = feature and 1 in cast and any(_word_in(word, v) for v, p in persons if p is cast[1])
    meta = {"template": tid, "word": word if featured else None, "domain": None,
            "persons": [(v, p.culture, p.native) for v, p in persons]}
    return prompt, meta


def _word_order(seed: int) -> list[str]:
    order = list(AMBIGUOUS_WORDS)
    random.Random(f"traint-words:{seed}").shuffle(order)
    return order


def generate(seed: int, count: int) -> list[tuple[Prompt, dict]]:
    """The prompts with what made them: template id, the pair's ambiguous word (for a
    personal prompt, only when a person carries it), domain, and the persons planted
    (span text, culture, own script)."""
    order = _word_order(seed)
    out: list[tuple[Prompt, dict]] = []
    for i in range(1, count + 1):
        k = (i - 1) // 2
        clean_first = random.Random(f"traint-pair:{seed}:{k}").random() < 0.5
        is_clean = clean_first == ((i - 1) % 2 == 0)
        word = order[k % len(order)]
        rng = random.Random(f"traint:{seed}:{i}")
        pid = f"traint-{seed}-{i:05d}"
        out.append(_clean(pid, rng, word) if is_clean else _personal(pid, rng, word))
    return out


def prompts(seed: int, count: int) -> list[Prompt]:
    return [p for p, _ in generate(seed, count)]
