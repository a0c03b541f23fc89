"""Renders one train_r template into a prompt: fills its slots (people, places, structured
values, non-person phrases of the ambiguous words, decoys), records where every non-person
use lies, and hands the pieces to the package's `compose`.

Slots are written ``⟨name⟩`` or ``⟨name.arg⟩``, a leading ``^`` upper-casing the first
letter of what is filled in:

* people: ``p1`` ... ``p3`` with a form: ``any`` (the default), ``full``, ``given``,
  ``family``, ``title``, ``lf`` ("Last, First"), ``init``, ``poss`` (a name and "'s", the
  "'s" outside the span), ``email``, ``handle`` (an @-mention: no name, recorded as a
  non-person use) and ``sig`` (a signature);
* gold values: ``loc``, ``addr``, ``phone``, ``card``, ``iban``, ``ip``, ``ssn``, ``acct``;
* non-person phrases: ``np`` (a noun phrase; ``np.fp`` limits the domains, see
  `train_r_lex`), ``bare`` (the same without its article), ``vp`` (an imperative), ``k``
  (a sentence), ``q`` (a short foreign phrase);
* decoys: the names in `train_r_decoys.DECOYS`.

After the slots are filled, every ambiguous word left in the template's own text is
recorded as a non-person use too: lower-case ones ("will", "mark") and capitalised common
words of `train_r_lex.CAPS_OK`; any other capitalised one is kept as a "stray", which the
tests forbid."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from . import Prompt, compose
from . import train_r_decoys as decoys
from . import train_r_lex as lex
from . import train_r_names as names
from . import train_r_values as values
from .train_r_people import Person, named_after, ordinary

SLOT = re.compile(r"⟨([^⟩]+)⟩")
_ARTICLES = (
    "a ",
    "an ",
    "the ",
    "el ",
    "la ",
    "los ",
    "las ",
    "un ",
    "una ",
    "il ",
    "lo ",
    "i ",
    "gli ",
    "le ",
    "les ",
    "une ",
    "o ",
    "os ",
    "as ",
    "um ",
    "uma ",
    "der ",
    "die ",
    "das ",
    "ein ",
    "eine ",
    "de ",
    "het ",
    "een ",
    "bir ",
)
_VOICE_DROP = str.maketrans("", "", '.,;:!?"()[]')


def strip_article(text: str) -> str:
    """A phrase without its leading lower-case article ("the grace period" -> "grace period")."""
    for art in _ARTICLES:
        if text.startswith(art):
            return text[len(art) :]
    return text


def voice_form(text: str) -> str:
    """Text as dictation writes it: lower case, no punctuation."""
    return text.lower().translate(_VOICE_DROP)


@dataclass
class Template:
    shape: str
    clean: bool
    lang: str
    text: str
    parts: list[tuple[str, str]] = field(default_factory=list)  # ("lit", text) / ("slot", name)

    def __post_init__(self) -> None:
        pos = 0
        for m in SLOT.finditer(self.text):
            if m.start() > pos:
                self.parts.append(("lit", self.text[pos : m.start()]))
            self.parts.append(("slot", m.group(1)))
            pos = m.end()
        if pos < len(self.text):
            self.parts.append(("lit", self.text[pos:]))

    @property
    def slots(self) -> list[str]:
        return [v for k, v in self.parts if k == "slot"]


@dataclass
class Built:
    prompt: Prompt
    things: list[tuple[int, int, str]]  # start, end, kind: phrase, handle, word, stray
    persons: list[Person]
    template: Template


class Builder:
    """Text pieces, gold values and recorded non-person spans, in order."""

    def __init__(self, mode: str = "") -> None:
        self.mode = mode  # "", "lower" (chat in lower case) or "voice"
        self.pieces: list[str | tuple[str, str]] = []
        self.things: list[tuple[int, int, str]] = []
        self.length = 0

    def _t(self, s: str) -> str:
        if self.mode == "voice":
            return voice_form(s)
        if self.mode == "lower":
            return s.lower()
        return s

    def lit(self, s: str) -> None:
        s = self._t(s)
        self.pieces.append(s)
        self.length += len(s)

    def gold(self, entity: str, value: str) -> None:
        value = self._t(value)
        self.pieces.append((entity, value))
        self.length += len(value)

    def thing(self, text: str, kind: str = "phrase") -> None:
        text = self._t(text)
        self.things.append((self.length, self.length + len(text), kind))
        self.pieces.append(text)
        self.length += len(text)

    def finish(self, id: str, shape: str) -> tuple[Prompt, list[tuple[int, int, str]]]:
        prompt = compose(id, shape, self.pieces)
        taken = [(g.start, g.end) for g in prompt.gold] + [(s, e) for s, e, _ in self.things]
        things = list(self.things)
        for start, end, _word in lex.occurrences(prompt.text):
            if any(s < end and start < e for s, e in taken):
                continue
            token = prompt.text[start:end]
            ok = token[0].islower() or token in lex.CAPS_OK or token.title() in lex.CAPS_OK
            things.append((start, end, "word" if ok else "stray"))
        things.sort()
        return prompt, things


class Context:
    """What one prompt's slots share: its randomness, people, the words to tie to."""

    def __init__(self, rng: random.Random, template: Template, builder: Builder) -> None:
        self.rng = rng
        self.t = template
        self.lang = template.lang
        self.b = builder
        self.persons: dict[str, Person] = {}
        self.ties: list[lex.Word] = []
        self.used: set[str] = set()
        self.tied = False

    # --- phrases ----------------------------------------------------------------------------

    def _lang_ok(self, p: lex.Phrase) -> bool:
        if self.lang == "en":
            return p.lang == "en"
        return p.lang == self.lang or (p.lang == "en" and p.domain in lex.FOREIGN_OK_DOMAINS)

    def _keys(self, domains: str) -> list[tuple[str, str]]:
        if domains == "q":
            return [(lang, "q") for lang in lex.LANGS] + [
                (lang, "c") for lang in lex.LANGS if lang != "en"
            ]
        if self.lang == "en":
            return [("en", d) for d in domains]
        keys = [(self.lang, d) for d in domains if (self.lang, d) in lex.POOL]
        if not keys or self.rng.random() < 0.2:
            keys += [("en", d) for d in domains if d in lex.FOREIGN_OK_DOMAINS]
        return keys or [(self.lang, "c")]

    def phrase(self, domains: str) -> lex.Phrase:
        rng = self.rng
        if self.ties and domains != "q" and rng.random() < (0.5 if self.tied else 0.85):
            for w in rng.sample(self.ties, len(self.ties)):
                cands = [
                    p
                    for p in w.phrases
                    if p.domain in domains and p.text not in self.used and self._lang_ok(p)
                ]
                if cands:
                    self.tied = True
                    return rng.choice(cands)
        keys = [k for k in self._keys(domains) if lex.POOL.get(k)]
        for _ in range(20):
            p = rng.choice(lex.POOL[rng.choice(keys)])
            if p.text not in self.used:
                return p
        return p

    def fill_phrase(self, name: str, arg: str, cap: bool) -> None:
        domains = {
            "np": arg or lex.NP_DOMAINS,
            "bare": arg or lex.NP_DOMAINS,
            "vp": "v",
            "k": "k",
            "q": "q",
        }[name]
        p = self.phrase(domains)
        self.used.add(p.text)
        text = p.text
        if name == "bare" or (self.lang != "en" and p.lang == "en"):
            text = strip_article(text)
        if cap:
            text = text[0].upper() + text[1:]
        self.b.thing(text)

    # --- people -----------------------------------------------------------------------------

    def person(self, key: str) -> Person:
        if key not in self.persons:
            self.persons[key] = self._new_person(key)
        return self.persons[key]

    def _new_person(self, key: str) -> Person:
        rng = self.rng
        chance = {"p1": 0.8, "p2": 0.45, "p3": 0.35}[key]
        if rng.random() < chance:
            word = self._person_word()
            if word is not None:
                p = named_after(rng, word, self.lang)
                if p.word is not None and p.word not in self.ties:
                    self.ties.append(p.word)
                return p
        return ordinary(rng, self.lang)

    def _person_word(self) -> lex.Word | None:
        """An ambiguous word fit for a person here, preferring one whose non-person phrases
        fit the template's first phrase slot (so the same word is a person and a thing)."""
        rng = self.rng
        domains = first_domains(self.t)
        taken = {p.word.word for p in self.persons.values() if p.word}
        pool = lex.PERSON_WORDS
        for _ in range(40):
            w = rng.choice(pool)
            if w.word in taken:
                continue
            if self.lang != "en" and self.lang not in w.langs and rng.random() < 0.8:
                continue
            if domains and not any(p.domain in domains and self._lang_ok(p) for p in w.phrases):
                continue
            return w
        return None

    def fill_person(self, key: str, form: str) -> None:
        rng, b = self.rng, self.b
        p = self.person(key)
        if form == "email":
            p.email = p.email or values.email(rng, p.given, p.family)
            b.gold("EMAIL_ADDRESS", p.email)
            return
        if form == "handle":
            p.handle = p.handle or values.handle(rng, p.given, p.family)
            b.thing(p.handle, "handle")
            return
        if form == "poss":
            for kind, text in p.form(rng, rng.choice(["given", "full", "title"]), self.lang):
                b.lit(text) if kind == "lit" else b.gold(kind, text)
            b.lit("'s")
            return
        if form == "sig":
            form = rng.choice(["given", "full", "full", "init"])
        if b.mode == "voice" and form not in ("given", "full", "family"):
            form = rng.choice(["given", "full"])
        for kind, text in p.form(rng, form or "any", self.lang):
            b.lit(text) if kind == "lit" else b.gold(kind, text)

    # --- places and values ------------------------------------------------------------------

    def fill_loc(self) -> None:
        rng = self.rng
        own = [loc for p in self.persons.values() if p.word for loc in p.word.locs]
        if own and rng.random() < 0.7:
            value = rng.choice(own)
        elif rng.random() < 0.4:
            value = rng.choice(rng.choice(lex.LOC_WORDS).locs)
        else:
            value = rng.choice(names.CITIES if rng.random() < 0.7 else names.REGIONS)
        self.b.gold("LOCATION", value)


def first_domains(t: Template) -> str:
    for slot in t.slots:
        name, _, arg = slot.lstrip("^").partition(".")
        if name in ("np", "bare"):
            return arg or lex.NP_DOMAINS
        if name in ("vp", "k"):
            return {"vp": "v", "k": "k"}[name]
    return ""


_GOLD = {
    "addr": ("LOCATION", values.address),
    "phone": ("PHONE_NUMBER", values.phone),
    "iban": ("IBAN_CODE", values.iban),
}


def render(t: Template, rng: random.Random, id: str) -> Built:
    """One prompt from a template."""
    mode = "voice" if t.shape == "voice" else ""
    if t.shape in ("chat", "sms") and rng.random() < 0.25:
        mode = "lower"
    b = Builder(mode)
    ctx = Context(rng, t, b)
    for key in ("p1", "p2", "p3"):
        if any(s.lstrip("^").split(".")[0] == key or s in (f"email.{key}",) for s in t.slots):
            ctx.person(key)
    if "email" in t.slots:
        ctx.person("p1")
    if t.clean:
        domains = first_domains(t)
        for _ in range(30):
            w = rng.choice(lex.PERSON_WORDS)
            if any(p.domain in domains and ctx._lang_ok(p) for p in w.phrases):
                ctx.ties.append(w)
                break
    for kind, value in t.parts:
        if kind == "lit":
            b.lit(value)
            continue
        cap = value.startswith("^")
        name, _, arg = value.lstrip("^").partition(".")
        if name in ("p1", "p2", "p3"):
            ctx.fill_person(name, arg)
        elif name in ("np", "bare", "vp", "k", "q"):
            ctx.fill_phrase(name, arg, cap)
        elif name == "loc":
            ctx.fill_loc()
        elif name in _GOLD:
            entity, make = _GOLD[name]
            b.gold(entity, make(rng, t.lang))
        elif name == "card":
            b.gold("CREDIT_CARD", values.card(rng))
        elif name == "ip":
            b.gold("IP_ADDRESS", values.ip(rng))
        elif name == "ssn":
            b.gold("US_SSN", values.ssn(rng))
        elif name == "acct":
            b.gold("ACCOUNT_NUMBER", values.account(rng))
        elif name == "email":
            ctx.fill_person(arg or "p1", "email")
        elif name in decoys.DECOYS:
            text = decoys.decoy(rng, name)
            b.lit(text[0].upper() + text[1:] if cap else text)
        else:
            raise KeyError(f"unknown slot {value!r} in a {t.shape} template")
    prompt, things = b.finish(id, t.shape)
    return Built(prompt, things, list(ctx.persons.values()), t)
