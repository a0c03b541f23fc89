"""The val41 renderer: fills a template's slots and composes a labelled `Prompt`, then
enforces the part's conventions. A slot is written ⟦name⟧ (or ⟦name:arg⟧):

* people: ⟦p1⟧ full name (⟦p1f⟧, ⟦p1m⟧ a woman, a man), ⟦p1.g⟧ given, ⟦p1.f⟧ family,
  ⟦p1.i⟧ initials ("A. Okafor"), ⟦p1.gl⟧ given and initial ("Adaeze O."), ⟦p1.lf⟧
  "Okafor, Adaeze", ⟦p1.bib⟧ "Okafor, A. B.", ⟦p1.t⟧ a title (no span), ⟦p1.email⟧, and
  no spans: ⟦p1.handle⟧, ⟦p1.url⟧; ".lc"/".uc" at the end lower or upper the name;
* places: ⟦city⟧, ⟦region⟧, ⟦country⟧, ⟦addr⟧ (one line), ⟦addr.street⟧, ⟦addr.city⟧;
* values: ⟦email⟧ (a role address), ⟦phone⟧ (⟦phone.intl:GB⟧ a style and a region),
  ⟦card⟧ (⟦card.15⟧), ⟦iban⟧ (⟦iban.g:DE⟧), ⟦ip⟧, ⟦ip6⟧, ⟦ssn⟧, ⟦acct⟧;
* no spans: ⟦sort⟧, ⟦routing⟧, ⟦url⟧, ⟦orgdomain⟧, ⟦num⟧, ⟦year⟧, the decoys of
  `val41_decoys` (⟦order⟧, ⟦fphone⟧ ...), the kinds of `val41_eponyms` (⟦pet⟧, ⟦storm⟧
  ...) and ⟦dom⟧, a thing of the template's domain named after a person.

A trailing digit ("city2", "pet2") draws another value of the kind; the same slot name
is the same value throughout a prompt. A voice template lowers every value and strips
its punctuation; a "lower" template lowers names and places.

Checks: no slot is left; a personal prompt's every whole-word occurrence of a word of a
planted name or place lies in a PERSON/LOCATION span or in a URL or e-mail address (else
it is drawn again); a clean prompt holds no word of the part's names and places but the
word-names (else `ValueError`); no prompt holds a valid personal value outside its spans
(else drawn again)."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from appliance.testing.pii_corpus import Prompt, compose
from appliance.testing.pii_corpus import val41_decoys as decoys
from appliance.testing.pii_corpus import val41_eponyms as eponyms
from appliance.testing.pii_corpus import val41_places as places
from appliance.testing.pii_corpus import val41_values as values
from appliance.testing.pii_corpus.val41_people import (
    WORD_NAMES,
    PeopleDrawer,
    Person,
    name_vocabulary,
)
from appliance.testing.pii_corpus.val41_words import (
    key_words,
    spans_of_words,
    url_or_email_spans,
    words,
)

SLOT_RE = re.compile(r"⟦([^⟦⟧]+)⟧")
PERSON_RE = re.compile(r"p\d[fm]?")
ENTITY_BASES = {"city": "LOCATION", "region": "LOCATION", "country": "LOCATION",
                "addr": "LOCATION", "email": "EMAIL_ADDRESS", "phone": "PHONE_NUMBER",
                "card": "CREDIT_CARD", "iban": "IBAN_CODE", "ip": "IP_ADDRESS",
                "ip6": "IP_ADDRESS", "ssn": "US_SSN", "acct": "ACCOUNT_NUMBER"}
PERSON_SPAN_FORMS = ("", "g", "f", "i", "gl", "lf", "bib", "lc", "uc")
VOCABULARY = frozenset((name_vocabulary() | places.place_vocabulary()) - WORD_NAMES)


@dataclass(frozen=True)
class Template:
    shape: str
    domain: str
    text: str
    case: str = ""  # "", "lower" or "voice"
    key: str = ""

    @property
    def slots(self) -> list[str]:
        return SLOT_RE.findall(self.text)

    @property
    def personal(self) -> bool:
        return any(_is_entity_slot(s) for s in self.slots)


def _split_slot(slot: str) -> tuple[str, list[str], str]:
    name, _, arg = slot.partition(":")
    base, *parts = name.split(".")
    return base, parts, arg


def _kind(base: str) -> str:
    if base.startswith("ip6"):
        return "ip6"
    return base.rstrip("0123456789") or base


def _is_entity_slot(slot: str) -> bool:
    base, parts, _ = _split_slot(slot)
    if PERSON_RE.fullmatch(base):
        return (parts[:1] or [""])[0] in PERSON_SPAN_FORMS + ("email",)
    return _kind(base) in ENTITY_BASES


class Fill:
    """The values drawn for one prompt."""

    def __init__(self, rng: random.Random, people: PeopleDrawer, template: Template) -> None:
        self.rng, self.drawer, self.t = rng, people, template
        self.people: dict[str, Person] = {}
        self.cache: dict[str, object] = {}
        self.phones: dict[str, str] = {}
        self.cultures: list[str] = []
        self.voice = template.case == "voice"
        self.lower = template.case in ("lower", "voice")

    # -- people -------------------------------------------------------------
    def person(self, base: str) -> Person:
        if base not in self.people:
            taken = set()
            for p in self.people.values():
                taken |= key_words(p.given) | key_words(p.family)
            gender = base[2:] or None
            self.people[base] = self.drawer.draw(avoid=taken, gender=gender)
        return self.people[base]

    def person_pieces(self, base: str, parts: list[str]) -> list:
        p = self.person(base)
        form = parts[0] if parts else ""
        mod = parts[1] if len(parts) > 1 else ""
        if form in ("lc", "uc"):
            form, mod = "", form
        if form == "t":
            title = p.title
            return [title.lower().rstrip(".") if self.voice else title]
        if form == "handle":
            return [p.handle]
        if form == "url":
            return [f"https://{values.org_domain(self.rng, self.t.domain)}/members/{p.slug}"]
        if form == "email":
            key = f"{base}.email"
            if key not in self.cache:
                dom = (values.org_domain(self.rng, self.t.domain) if self.rng.random() < 0.3
                       else self.rng.choice(values.MAIL_DOMAINS))
                self.cache[key] = p.email(dom, self.rng.randrange(6))
            return [("EMAIL_ADDRESS", self.cache[key])]
        text = {"": p.full, "g": p.given, "f": p.family, "i": p.initials, "lf": p.last_first,
                "bib": p.bib, "gl": f"{p.given} {p.family[0]}." if p.script in
                ("latin", "cyrillic", "greek") and p.order == "gf" else p.given}[form]
        if mod == "uc":
            text = text.upper()
        if mod == "lc" or self.lower:
            text = text.lower()
        if self.voice:
            text = _unpunct(text)
        if p.culture not in self.cultures:
            self.cultures.append(p.culture)
        return [("PERSON", text)]

    # -- values -------------------------------------------------------------
    def cached(self, key: str, make):
        if key not in self.cache:
            self.cache[key] = make()
        return self.cache[key]

    def entity_pieces(self, base: str, parts: list[str], arg: str) -> list:
        rng, kind = self.rng, _kind(base)
        variant = parts[0] if parts else ""
        if kind == "addr":
            a = self.cached(base, lambda: places.make_address(rng, arg or None))
            text = {"": a.line, "street": a.street, "city": a.city}[variant]
        elif kind in ("city", "region", "country"):
            pool = {"city": places.CITIES, "region": places.REGION_NAMES,
                    "country": places.COUNTRY_NAMES}[kind]
            text = self.cached(base, lambda: self._distinct(kind, pool))
        elif kind == "email":
            text = self.cached(base, lambda: values.role_email(rng, self.t.domain))
            return [(ENTITY_BASES[kind], text)]
        elif kind == "phone":
            key = f"{base}.{variant}:{arg}"
            style = "voice" if self.voice else (variant or None)
            written, region = self.cached(key, lambda: values.phone(rng, arg or None, style))
            self.phones[written] = region
            return [("PHONE_NUMBER", written)]
        elif kind == "card":
            sep = " " if self.voice else None
            length = int(variant) if variant else None
            text = self.cached(base, lambda: values.card(rng, length, sep))
        elif kind == "iban":
            grouped = {"g": True, "c": False}.get(variant)
            text = self.cached(base, lambda: values.iban(rng, arg or None, grouped))
        elif kind == "ip":
            text = self.cached(base, lambda: values.ipv4(rng))
        elif kind == "ip6":
            text = self.cached(base, lambda: values.ipv6(rng))
        elif kind == "ssn":
            text = self.cached(base, lambda: values.ssn(rng))
            if self.voice:
                text = re.sub(r"\D", " ", text)
        elif kind == "acct":
            text = self.cached(base, lambda: values.account(rng))
            if self.voice:
                text = text.replace("-", " ")
        else:
            raise ValueError(f"unknown slot {base}")
        if kind in ("addr", "city", "region", "country"):
            if self.lower:
                text = text.lower()
            if self.voice:
                text = _unpunct(text)
        return [(ENTITY_BASES[kind], text)]

    def _distinct(self, kind: str, pool: list[str]) -> str:
        used = {v for k, v in self.cache.items() if isinstance(v, str)}
        for _ in range(20):
            value = self.rng.choice(pool)
            if value not in used:
                return value
        return value

    def plain(self, base: str, parts: list[str], arg: str) -> str:
        rng, kind = self.rng, _kind(base)
        if kind in decoys.GENERATORS:
            return self.cached(base, lambda: decoys.GENERATORS[kind](rng))
        if kind in eponyms.KINDS:
            return self.cached(base, lambda: self._distinct(kind, eponyms.KINDS[kind]))
        if kind == "dom":
            return self.cached(base, lambda: self._distinct(kind, eponyms.BY_DOMAIN[self.t.domain]))
        makers = {
            "sort": lambda: values.sort_code(rng),
            "routing": lambda: values.routing_number(rng),
            "orgdomain": lambda: values.org_domain(rng, self.t.domain),
            "url": lambda: f"https://www.{values.org_domain(rng, self.t.domain)}/"
                           f"{rng.choice(('help', 'docs', 'shop', 'events', 'news'))}/"
                           f"{rng.randrange(10, 999)}",
            "num": lambda: str(rng.randrange(2, 60)),
            "year": lambda: str(rng.randrange(1890, 2026)),
        }
        if kind not in makers:
            raise ValueError(f"unknown slot {base}")
        return self.cached(base, makers[kind])

    def pieces(self) -> list:
        out: list = []
        pos = 0
        for m in SLOT_RE.finditer(self.t.text):
            out.append(self.t.text[pos : m.start()])
            base, parts, arg = _split_slot(m.group(1))
            if PERSON_RE.fullmatch(base):
                out.extend(self.person_pieces(base, parts))
            elif _is_entity_slot(m.group(1)):
                out.extend(self.entity_pieces(base, parts, arg))
            else:
                value = self.plain(base, parts, arg)
                out.append(_unpunct(value.lower()) if self.voice else value)
            pos = m.end()
        out.append(self.t.text[pos:])
        return [p for p in out if p != ""]


def _unpunct(text: str) -> str:
    text = re.sub(r"[-/:]", " ", text)
    text = re.sub(r"[.,;:'’()\"]", "", text)
    return re.sub(r"\s+", " ", text).strip()


def occurrence_problem(prompt: Prompt) -> str | None:
    """A whole-word occurrence of a planted name or place outside its spans, or None."""
    covered = [(g.start, g.end) for g in prompt.gold if g.entity in ("PERSON", "LOCATION")]
    keys: set[str] = set()
    for start, end in covered:
        keys |= key_words(prompt.text[start:end])
    allowed = covered + url_or_email_spans(prompt.text)
    for start, end, word in spans_of_words(prompt.text):
        if word in keys and not any(a <= start and end <= b for a, b in allowed):
            return word
    return None


def clean_problem(prompt: Prompt) -> str | None:
    """A word of the part's names or places in a clean prompt, or None."""
    found = sorted(set(words(prompt.text)) & VOCABULARY)
    return ", ".join(found) or None


def masked(prompt: Prompt) -> str:
    """The text with its gold spans blanked out (for looking for unlabelled values)."""
    chars = list(prompt.text)
    for g in prompt.gold:
        chars[g.start : g.end] = "#" * (g.end - g.start)
    return "".join(chars)


def render(pid: str, template: Template, rng: random.Random, people: PeopleDrawer,
           tries: int = 80) -> tuple[Prompt, dict]:
    """One prompt from a template, drawn again until it keeps the part's conventions."""
    problem = ""
    for _ in range(tries):
        fill = Fill(rng, people, template)
        prompt = compose(pid, template.shape, fill.pieces())
        if "⟦" in prompt.text or "⟧" in prompt.text:
            raise ValueError(f"{pid}: slot left in {template.key}")
        if template.personal:
            if not prompt.gold:
                raise ValueError(f"{pid}: personal template {template.key} planted nothing")
            word = occurrence_problem(prompt)
            if word:
                problem = f"unlabelled {word!r}"
                continue
        else:
            found = clean_problem(prompt)
            if found:
                raise ValueError(
                    f"{pid}: clean template {template.key} holds names or places: {found}")
        like = decoys.pii_like(masked(prompt))
        if like:
            problem = f"decoy looks like {like}"
            continue
        meta = {"template": template.key, "domain": template.domain, "shape": template.shape,
                "cultures": list(fill.cultures), "phones": dict(fill.phones)}
        return prompt, meta
    raise ValueError(f"{pid}: template {template.key} keeps failing: {problem}")
