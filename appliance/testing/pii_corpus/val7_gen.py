"""The template engine of val7, a blind part of the labelled PII corpus.

Written for val7 alone. A template is text with slots written «kind» or «kindN.form»:

* people: «p1.full», «p1.first», «p1.last», «p1.rev» (surname first), «p1.comma»
  ("Last, First"), «p1.COMMA» ("LAST, First"), «p1.init» ("F. Last"), «p1.lower»,
  «p1.lfirst», «p1.upper», «p1.ULAST», «p1.handle» (after a literal "@"), «p1.email»;
  «w1.*» is the same for a person whose given name is also an everyday word (Hope, Will);
* places: «city1», «region1», «country1», «addr1» (LOCATION);
* contacts and numbers: «phone1», «email1» (a role address), «card1», «iban1», «ip1»,
  «ipv41», «ipv61», «ssn1», «acct1»;
* decoys, plain text and never gold: «order», «track», «isbn», «ver», «sha», «price»,
  «date», «time», «ticket», «sku», «num», «long» (each may carry an index too).

The same slot key gives the same value within a prompt. After rendering, every PERSON and
LOCATION value is looked for elsewhere in the text (whole words, case as written); an
occurrence outside a gold span (a word name meeting the same word as a verb, say) makes the
engine draw the values again, so that every occurrence of a planted value is labelled.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from appliance.testing.pii_corpus import Piece, Prompt, compose
from appliance.testing.pii_corpus import val7_values as v
from appliance.testing.pii_corpus.val7_names import (
    ADDRESSES,
    CITIES,
    COUNTRIES,
    CULTURES,
    REGIONS,
    WORD_NAMES,
    WORD_SURNAMES,
)
from appliance.testing.pii_corpus.val7_phones import PHONES


@dataclass(frozen=True)
class T:
    name: str
    shape: str
    text: str


SLOT = re.compile(r"«([a-z]+?)(\d*)(?:\.([A-Za-z]+))?»")
ENTITY_SLOTS = {
    "city": "LOCATION",
    "region": "LOCATION",
    "country": "LOCATION",
    "addr": "LOCATION",
    "phone": "PHONE_NUMBER",
    "email": "EMAIL_ADDRESS",
    "card": "CREDIT_CARD",
    "iban": "IBAN_CODE",
    "ip": "IP_ADDRESS",
    "ipv4": "IP_ADDRESS",
    "ipv6": "IP_ADDRESS",
    "ssn": "US_SSN",
    "acct": "ACCOUNT_NUMBER",
}
DECOYS = {
    "order": v.order,
    "track": v.tracking,
    "isbn": v.isbn,
    "ver": v.version,
    "sha": v.sha,
    "price": v.price,
    "date": v.date,
    "time": v.time,
    "ticket": v.ticket,
    "sku": v.sku,
    "num": v.number,
    "long": v.long_number,
}
CULTURE_NAMES = sorted(CULTURES)


def has_personal_data(template: T) -> bool:
    return any(
        m.group(1) in ("p", "w") or m.group(1) in ENTITY_SLOTS for m in SLOT.finditer(template.text)
    )


def _person_form(rng: random.Random, given: str, family: str, form: str) -> tuple[str, str]:
    full = f"{given} {family}"
    forms = {
        "full": full,
        "first": given,
        "last": family,
        "rev": f"{family} {given}",
        "comma": f"{family}, {given}",
        "COMMA": f"{family.upper()}, {given}",
        "init": f"{given[0]}. {family}",
        "lower": full.lower(),
        "lfirst": given.lower(),
        "upper": full.upper(),
        "ULAST": family.upper(),
        "handle": v.ascii_fold(given),
    }
    if form == "email":
        return "EMAIL_ADDRESS", v.email_for(rng, given, family)
    return "PERSON", forms[form]


class _Draw:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.people: dict[str, tuple[str, str, str]] = {}
        self.values: dict[str, str] = {}
        self.used: set[str] = set()

    def person(self, key: str, word: bool) -> tuple[str, str, str]:
        if key not in self.people:
            rng = self.rng
            while True:
                if word:
                    culture = "English"
                    given, family = rng.choice(WORD_NAMES), rng.choice(WORD_SURNAMES)
                else:
                    culture = rng.choice(CULTURE_NAMES)
                    givens, families = CULTURES[culture]
                    given, family = rng.choice(givens), rng.choice(families)
                if given not in self.used and family not in self.used:
                    break
            self.used.update((given, family))
            self.people[key] = (culture, given, family)
        return self.people[key]

    def value(self, key: str, kind: str) -> str:
        if key not in self.values:
            rng = self.rng
            while True:
                if kind == "city":
                    val = rng.choice(CITIES)
                elif kind == "region":
                    val = rng.choice(REGIONS)
                elif kind == "country":
                    val = rng.choice(COUNTRIES)
                elif kind == "addr":
                    val = rng.choice(ADDRESSES)
                elif kind == "phone":
                    val = rng.choice(PHONES)[0]
                elif kind == "email":
                    val = v.role_email(rng)
                elif kind == "card":
                    val = v.card(rng)
                elif kind == "iban":
                    val = v.iban(rng)
                elif kind == "ip":
                    val = v.ip(rng)
                elif kind == "ipv4":
                    val = v.ipv4(rng)
                elif kind == "ipv6":
                    val = v.ipv6(rng)
                elif kind == "ssn":
                    val = v.ssn(rng)
                elif kind == "acct":
                    val = v.account(rng)
                else:
                    val = DECOYS[kind](rng)
                if val not in self.used:
                    break
            self.used.add(val)
            self.values[key] = val
        return self.values[key]


def _pieces(template: T, draw: _Draw) -> tuple[list[Piece], list[str]]:
    pieces: list[Piece] = []
    cultures: list[str] = []
    pos = 0
    for m in SLOT.finditer(template.text):
        pieces.append(template.text[pos : m.start()])
        kind, index, form = m.group(1), m.group(2) or "1", m.group(3)
        if kind in ("p", "w"):
            culture, given, family = draw.person(kind + index, kind == "w")
            if kind + index not in [c.split("|")[0] for c in cultures]:
                cultures.append(f"{kind}{index}|{culture}")
            pieces.append(_person_form(draw.rng, given, family, form or "full"))
        elif kind in ENTITY_SLOTS:
            pieces.append((ENTITY_SLOTS[kind], draw.value(kind + index, kind)))
        elif kind in DECOYS:
            pieces.append(draw.value(kind + index, kind))
        else:
            raise ValueError(f"{template.name}: unknown slot {m.group(0)}")
        pos = m.end()
    pieces.append(template.text[pos:])
    return [p for p in pieces if p != ""], [c.split("|")[1] for c in cultures]


def _stray(prompt: Prompt) -> bool:
    """Whether a planted person or place also occurs outside every gold span."""
    spans = [(g.start, g.end) for g in prompt.gold]
    for g in prompt.gold:
        if g.entity not in ("PERSON", "LOCATION"):
            continue
        value = prompt.text[g.start : g.end]
        for m in re.finditer(r"(?<!\w)" + re.escape(value) + r"(?!\w)", prompt.text):
            if not any(s <= m.start() and m.end() <= e for s, e in spans):
                return True
    return False


def render(id: str, template: T, rng: random.Random) -> tuple[Prompt, list[str]]:
    for _ in range(50):
        pieces, cultures = _pieces(template, _Draw(rng))
        prompt = compose(id, template.shape, pieces)
        if not _stray(prompt):
            return prompt, cultures
    raise ValueError(f"{template.name}: no draw without a stray planted value")


def build(
    pii: list[T], clean: list[T], n_pii: int, n_clean: int, seed: int
) -> tuple[list[Prompt], list[dict[str, object]]]:
    rng = random.Random(seed)
    for t in pii:
        if not has_personal_data(t):
            raise ValueError(f"{t.name}: a personal template without personal data")
    for t in clean:
        if has_personal_data(t):
            raise ValueError(f"{t.name}: a clean template with personal data")

    def cycle(templates: list[T], n: int) -> list[T]:
        out: list[T] = []
        while len(out) < n:
            batch = list(templates)
            rng.shuffle(batch)
            out.extend(batch)
        return out[:n]

    jobs = cycle(pii, n_pii) + cycle(clean, n_clean)
    rng.shuffle(jobs)
    prompts: list[Prompt] = []
    meta: list[dict[str, object]] = []
    for i, t in enumerate(jobs, 1):
        prompt, cultures = render(f"val7-{i:04d}", t, rng)
        prompts.append(prompt)
        meta.append(
            {"id": prompt.id, "template": t.name, "shape": t.shape, "cultures": tuple(cultures)}
        )
    return prompts, meta
