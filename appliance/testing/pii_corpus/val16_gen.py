"""The template filler and generator of val16, the sixteenth blind part of the PII corpus.

A template is hand-written text with slots in guillemets, filled with drawn values:

* «A.full», «B.first», «C.lf» ... people (slots A-F; W and V draw a given name that is also
  an everyday word). Forms: full, first, last, gf, sf, lf, LF, init, fi, lower, lfirst,
  upper, ulast, ascii, afirst (`Person.render`), plus email / wemail (the person's private
  or work e-mail, an EMAIL_ADDRESS span), at (an @-mention: "@" outside the PERSON span),
  url (the name as a URL's query string writes it: literal text, not a span).
* «L.city», «L.region», «L.country», «L.addr» ... places (slots L, M, N), with lcity,
  ucity, ucountry, uaddr for lower-case and capitals.
* «tel», «tel2@GB», «tel@L» phone numbers (a region, or the country of place L); «mail»,
  «card», «iban», «iban@DE», «ssn», «ip», «ipsix», «acct», «nick»: values of their entity.
* Any other slot («order», «date», «brand», «paint» ...) is a decoy from
  `val16_values.decoy`: literal text, never a gold span.

The same slot written twice is the same value, so every occurrence is labelled.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from typing import Any

from appliance.testing.pii_corpus import Piece, Prompt, compose
from appliance.testing.pii_corpus import val16_values as values
from appliance.testing.pii_corpus.val16_names import NICKNAMES, Person, person, plain
from appliance.testing.pii_corpus.val16_phones import phone

TOKEN = re.compile(r"«([A-Za-z]+)(\d*)(?:\.(\w+))?(?:@(\w+))?»")
PERSON_SLOTS = set("ABCDEF")
WORD_SLOTS = set("WV")
PLACE_SLOTS = set("LMN")


@dataclass(frozen=True)
class Template:
    name: str
    shape: str
    text: str


def templates(prefix: str, rows: list[tuple[str, str]]) -> list[Template]:
    """Templates named prefix + number + shape, their text stripped of a leading newline."""
    return [
        Template(f"{prefix}{i:03d}_{shape}", shape, text.removeprefix("\n"))
        for i, (shape, text) in enumerate(rows, 1)
    ]


class Filler:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.people: dict[str, Person] = {}
        self.places: dict[str, values.Place] = {}
        self.fixed: dict[str, Any] = {}

    def _person(self, slot: str) -> Person:
        if slot not in self.people:
            used = {(p.given, p.family) for p in self.people.values()}
            for _ in range(20):
                p = person(self.rng, word_name=slot in WORD_SLOTS)
                if (p.given, p.family) not in used:
                    break
            self.people[slot] = p
        return self.people[slot]

    def _place(self, slot: str) -> values.Place:
        if slot not in self.places:
            used = {p.city for p in self.places.values()}
            for _ in range(20):
                p = values.place(self.rng)
                if p.city not in used:
                    break
            self.places[slot] = p
        return self.places[slot]

    def _keep(self, key: str, make: Any) -> Any:
        if key not in self.fixed:
            self.fixed[key] = make()
        return self.fixed[key]

    def slot(
        self, name: str, num: str, form: str | None, at: str | None
    ) -> list[tuple[str, str, str]]:
        """The pieces of one slot: (entity or "", text, phone region or "")."""
        rng = self.rng
        if name in PERSON_SLOTS or name in WORD_SLOTS:
            p = self._person(name)
            form = form or "full"
            if form in ("email", "wemail"):
                mail = self._keep(
                    name + form, lambda: values.email(rng, p.email_local(rng), form == "wemail")
                )
                return [("EMAIL_ADDRESS", mail, "")]
            if form == "at":
                handle = self._keep(
                    name + "at",
                    lambda: rng.choice([p.given, plain(p.given).lower(), p.render("gf")]),
                )
                return [("", "@", ""), ("PERSON", handle, "")]
            if form == "url":
                return [
                    (
                        "",
                        plain(p.render("gf")).lower().replace(" ", rng.choice(["+", ".", "%20"])),
                        "",
                    )
                ]
            return [("PERSON", p.render(form), "")]
        if name in PLACE_SLOTS:
            pl = self._place(name)
            form = form or "city"
            base = {"city": pl.city, "region": pl.region, "country": pl.country, "addr": pl.addr}
            if form in base:
                return [("LOCATION", base[form], "")]
            if form[0] in "lu" and form[1:] in base:
                v = base[form[1:]]
                return [("LOCATION", v.lower() if form[0] == "l" else v.upper(), "")]
            raise ValueError(f"unknown place form {form!r}")
        key = name + num
        if name == "tel":
            region = at
            if at and at in PLACE_SLOTS:
                region = self._place(at).phone_region
            text, reg = self._keep(key, lambda: phone(rng, region, form))
            return [("PHONE_NUMBER", text, reg)]
        makers = {
            "mail": ("EMAIL_ADDRESS", lambda: values.email(rng, None, form == "work")),
            "card": ("CREDIT_CARD", lambda: values.card(rng)),
            "iban": ("IBAN_CODE", lambda: values.iban(rng, at)),
            "ssn": ("US_SSN", lambda: values.ssn(rng)),
            "ip": ("IP_ADDRESS", lambda: values.ipv4(rng)),
            "ipsix": ("IP_ADDRESS", lambda: values.ipv6(rng)),
            "acct": ("ACCOUNT_NUMBER", lambda: values.account(rng)),
            "nick": ("PERSON", lambda: rng.choice(NICKNAMES)),
        }
        if name in makers:
            entity, make = makers[name]
            return [(entity, self._keep(key, make), "")]
        return [("", self._keep(key, lambda: values.decoy(name, rng)), "")]


def _join_names(pieces: list[Piece]) -> list[Piece]:
    """Two PERSON slots with one space between them ("«A.first» «A.last»") are one name,
    one span (a phone region is keyed by a span's start, which stays)."""
    out: list[Piece] = []
    for piece in pieces:
        if (
            isinstance(piece, tuple)
            and piece[0] == "PERSON"
            and len(out) >= 2
            and out[-1] == " "
            and isinstance(out[-2], tuple)
            and out[-2][0] == "PERSON"
        ):
            out.pop()
            out[-1] = ("PERSON", f"{out[-1][1]} {piece[1]}")
            continue
        out.append(piece)
    return out


def fill(template: Template, pid: str, rng: random.Random) -> tuple[Prompt, dict[str, Any]]:
    """The prompt a template gives with values drawn from rng, and its meta data."""
    filler = Filler(rng)
    pieces: list[Piece] = []
    phones: dict[int, str] = {}
    length = 0
    pos = 0
    text = template.text
    for m in TOKEN.finditer(text):
        literal = text[pos : m.start()]
        pieces.append(literal)
        length += len(literal)
        for entity, value, region in filler.slot(m.group(1), m.group(2), m.group(3), m.group(4)):
            pieces.append((entity, value) if entity else value)
            if region:
                phones[length] = region
            length += len(value)
        pos = m.end()
    pieces.append(text[pos:])
    prompt = compose(pid, template.shape, _join_names(pieces))
    meta = {
        "template": template.name,
        "cultures": [p.culture for _, p in sorted(filler.people.items())],
        "phone_regions": phones,
    }
    return prompt, meta


def _assign(items: list[Template], count: int, rng: random.Random) -> list[Template]:
    out: list[Template] = []
    while len(out) < count:
        batch = list(items)
        rng.shuffle(batch)
        out.extend(batch)
    return out[:count]


def generate(
    personal: list[Template], clean: list[Template], n_personal: int, n_clean: int, seed: int
) -> tuple[list[Prompt], list[dict[str, Any]]]:
    """n_personal prompts from the personal templates (each used in turn) and n_clean from
    the clean ones, shuffled together, ids val16-0001 on."""
    rng = random.Random(seed)
    plan = [(t, True) for t in _assign(personal, n_personal, rng)]
    plan += [(t, False) for t in _assign(clean, n_clean, rng)]
    rng.shuffle(plan)
    prompts: list[Prompt] = []
    metas: list[dict[str, Any]] = []
    for i, (tpl, is_personal) in enumerate(plan, 1):
        prompt, meta = fill(tpl, f"val16-{i:04d}", random.Random(f"{seed}-{i}-{tpl.name}"))
        if bool(prompt.gold) != is_personal:
            raise ValueError(f"template {tpl.name}: personal={is_personal} but gold={prompt.gold}")
        prompts.append(prompt)
        metas.append(meta)
    return prompts, metas
