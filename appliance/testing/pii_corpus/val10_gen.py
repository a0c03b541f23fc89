"""The template engine of val10, the blind part of the labelled PII corpus.

A template is a header line `== <shape> <name>` and a body in which «slots» stand for planted
values (gold spans) or decoys (plain text). Written by the val10 author from the package's
`compose` API alone.

Slots (a slot repeated in one prompt gets the same value):

* people: `P1.full`, `P2.first` ... (a person of a culture) and `Q1.first` ... (a person whose
  given name is an everyday word: Hope, Will, Grace ...). Forms: full, first, last, lc (lower
  case full), lcf (lower case first), caps (upper case full), capl (upper case last), rev
  ("Last, First"), revc ("LAST, First"), init ("J. Last"), sf (surname first), mid ("First
  M. Last"), email (an e-mail address made from the name: EMAIL_ADDRESS, not PERSON).
* places: city, region, country, addr (a street address), each with an optional number.
* values: phone (optionally `.US` ...), email, card, iban (optionally `.DE`), ip, ip6, ssn,
  acct, each with an optional number.
* decoys (never gold): the kinds in `val10_values.DECOY_KINDS`.
* `|lc` or `|uc` after a slot lower- or upper-cases its value.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from appliance.testing.pii_corpus import Piece, Prompt, compose
from appliance.testing.pii_corpus import val10_names as names
from appliance.testing.pii_corpus import val10_values as values


@dataclass(frozen=True)
class Template:
    name: str
    shape: str
    body: str
    personal: bool


def parse_templates(raw: str, personal: bool) -> list[Template]:
    out: list[Template] = []
    blocks = re.split(r"^== ", raw.strip("\n"), flags=re.M)
    for block in blocks:
        if not block.strip():
            continue
        header, _, body = block.partition("\n")
        shape, name = header.split()
        out.append(Template(name, shape, body.rstrip("\n"), personal))
    return out


_SLOT = re.compile(r"«([^»]+)»")
_KEY = re.compile(r"^([a-z]+\d*)(?:\.([A-Za-z0-9]+))?$")
_PERSON = re.compile(r"^([PQ]\d)\.([a-z]+)$")

_LOC = {"city": names.CITIES, "region": names.REGIONS, "country": names.COUNTRIES}
_LOC_KINDS = ("city", "region", "country", "addr")


@dataclass
class _Person:
    culture: str
    first: str
    last: str
    middle: str


class Filler:
    """Fills one template's slots with the values of one prompt."""

    def __init__(self, rng: random.Random, culture_order: list[names.Culture]) -> None:
        self.rng = rng
        self.culture_order = culture_order
        self.people: dict[str, _Person] = {}
        self.memo: dict[str, tuple[str | None, str]] = {}
        self.cultures: list[str] = []

    def _person(self, slot: str) -> _Person:
        if slot not in self.people:
            rng = self.rng
            used = {p.first for p in self.people.values()}
            if slot.startswith("Q"):
                first = rng.choice([w for w in names.WORD_NAMES if w not in used])
                fam_pool = names.WORD_NAME_FAMILIES + names.CULTURES[0].family
                p = _Person("english", first, rng.choice(fam_pool), rng.choice("ABCDEJKLMRST"))
            else:
                culture = self.culture_order.pop(0)
                self.culture_order.append(culture)
                first = rng.choice([g for g in culture.given if g not in used] or culture.given)
                p = _Person(
                    culture.name,
                    first,
                    rng.choice(culture.family),
                    rng.choice("ABCDEFGHJKLMNPRST"),
                )
            self.people[slot] = p
            self.cultures.append(p.culture)
        return self.people[slot]

    def value(self, key: str) -> tuple[str | None, str]:
        """(entity or None for a decoy, text) of a slot key without its case modifier."""
        if key in self.memo:
            return self.memo[key]
        rng = self.rng
        m = _PERSON.match(key)
        if m:
            p = self._person(m.group(1))
            form = m.group(2)
            full = f"{p.first} {p.last}"
            if form == "email":
                result: tuple[str | None, str] = (
                    "EMAIL_ADDRESS",
                    values.email(rng, p.first, p.last),
                )
            else:
                text = {
                    "full": full,
                    "first": p.first,
                    "last": p.last,
                    "lc": full.lower(),
                    "lcf": p.first.lower(),
                    "caps": full.upper(),
                    "capl": p.last.upper(),
                    "rev": f"{p.last}, {p.first}",
                    "revc": f"{p.last.upper()}, {p.first}",
                    "init": f"{p.first[0]}. {p.last}",
                    "sf": f"{p.last} {p.first}",
                    "mid": f"{p.first} {p.middle}. {p.last}",
                }[form]
                result = ("PERSON", text)
            self.memo[key] = result
            return result
        m = _KEY.match(key)
        if not m:
            raise KeyError(key)
        base = re.sub(r"\d+$", "", m.group(1))
        arg = m.group(2)
        if base in values.DECOY_KINDS:
            result = (None, values.decoy(rng, base))
        elif base in _LOC:
            result = ("LOCATION", rng.choice(_LOC[base]))
        elif base == "addr":
            result = ("LOCATION", rng.choice(names.ADDRESSES))
        elif base == "phone":
            result = ("PHONE_NUMBER", values.phone(rng, arg))
        elif base == "email":
            c = rng.choice(names.CULTURES)
            result = ("EMAIL_ADDRESS", values.email(rng, rng.choice(c.given), rng.choice(c.family)))
        elif base == "card":
            result = ("CREDIT_CARD", values.card(rng))
        elif base == "iban":
            result = ("IBAN_CODE", values.iban(rng, arg))
        elif base == "ip":
            result = ("IP_ADDRESS", values.ipv4(rng))
        elif base == "ipsix":
            result = ("IP_ADDRESS", values.ipv6(rng))
        elif base == "ssn":
            result = ("US_SSN", values.ssn(rng))
        elif base == "acct":
            result = ("ACCOUNT_NUMBER", values.account(rng))
        else:
            raise KeyError(key)
        # distinct places within one prompt
        if result[0] == "LOCATION":
            taken = {v for k, (e, v) in self.memo.items() if e == "LOCATION"}
            while result[1] in taken:
                result = ("LOCATION", rng.choice(_LOC.get(base, names.ADDRESSES)))
        self.memo[key] = result
        return result

    def pieces(self, body: str) -> list[Piece]:
        out: list[Piece] = []
        pos = 0
        for m in _SLOT.finditer(body):
            out.append(body[pos : m.start()])
            key, _, mod = m.group(1).partition("|")
            entity, text = self.value(key)
            if mod == "lc":
                text = text.lower()
            elif mod == "uc":
                text = text.upper()
            out.append((entity, text) if entity else text)
            pos = m.end()
        out.append(body[pos:])
        return [p for p in out if p != ""]


def render(
    pid: str, template: Template, rng: random.Random, culture_order: list[names.Culture]
) -> tuple[Prompt, list[str]]:
    filler = Filler(rng, culture_order)
    prompt = compose(pid, template.shape, filler.pieces(template.body))
    return prompt, filler.cultures
