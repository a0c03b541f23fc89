"""val42 renderer: turns a template into a labelled prompt, and enforces the part's rules.

A template is text with slots in braces:

* people: `{P1}` (full name), `{P1.given}`, `{P1.title}` ("Dr " + family name), `{P1.init}`,
  `{P1.lastfirst}`, `{P1.bib}`, `{P1.reg}`, `{P1.poss}` ... (see `val42_people.NAME_FORMS`);
  `W1` is a person whose given name is a word-name (Hope, Will, Grace ...), `F1` a woman
  and `M1` a man (where the text says mother, son ...);
* personal values: `{EMAIL}`, `{EMAIL.role}`, `{PHONE}`, `{PHONE.intl}`, `{CARD.15}`,
  `{IBAN.compact}`, `{IP}`, `{IP.v6}`, `{SSN}`, `{ACCT}`, `{ADDR}`, `{CITY}`, `{REGION}`,
  `{COUNTRY}`; a digit tells values apart (`{CITY1}`, `{CITY2}`), and a slot written twice
  is the same value twice;
* decoys, in lower case: `{order}`, `{date}`, `{ship}` ... (`val42_decoys`), and
  `{sortcode}`, `{routing}` (bank codes that are not account numbers).

Each rendered prompt is checked: no slot left; a clean prompt holds none of the part's names
or places (word-names used as words aside), else the template is wrong and rendering
raises; a personal prompt holds none outside its gold spans and every word of a name or
place it plants is inside a gold span, else it is drawn again; no decoy is a valid phone
number, card number, SSN, IP address, IBAN or e-mail address, else it is drawn again.
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from appliance.testing.pii_corpus import Prompt, compose
from appliance.testing.pii_corpus import val42_decoys as decoys
from appliance.testing.pii_corpus import val42_people as people
from appliance.testing.pii_corpus import val42_places as places
from appliance.testing.pii_corpus import val42_values as values
from appliance.testing.pii_corpus.val42_checks import hits
from appliance.testing.pii_corpus.val42_words import fold, masks, stray_words, unlabelled, words_of

SLOT = re.compile(r"\{([A-Za-z]+)(\d?)(?:\.([A-Za-z0-9_]+))?\}")
ATTEMPTS = 80
PERSON_VARS = ("P", "W", "F", "M")  # anyone; a word-name; a woman; a man


@dataclass(frozen=True)
class Template:
    key: str
    shape: str
    domain: str
    personal: bool
    text: str


@lru_cache(maxsize=1)
def vocabulary() -> tuple[frozenset[str], tuple[str, ...], frozenset[str]]:
    """(whole words, substring words, allowed word-names) of the part's names and places."""
    whole: set[str] = set()
    subs: set[str] = set()
    for name in people.all_names():
        w, s = words_of(name, "PERSON")
        whole.update(w)
        subs.update(s)
    for place in places.all_places():
        w, s = words_of(place, "LOCATION")
        whole.update(w)
        subs.update(s)
    allowed = frozenset(fold(n) for n in people.WORD_NAMES_F + people.WORD_NAMES_M)
    return frozenset(whole), tuple(sorted(subs)), allowed


def _voice(text: str, span: bool) -> str:
    """Dictation: lower case, no punctuation."""
    out = []
    for ch in text.lower():
        if ch in "-/":
            out.append(" ")
        elif unicodedata.category(ch)[0] in "PS":
            continue
        else:
            out.append(ch)
    s = re.sub(r"[ \t]+", " ", "".join(out))
    return s.strip() if span else s


class _Draw:
    def __init__(self, template: Template, rng: random.Random, culture: str | None):
        self.t = template
        self.rng = rng
        self.culture = culture
        self.persons: dict[str, people.Person] = {}
        self.cache: dict[str, object] = {}
        self.phones: dict[str, str] = {}
        forms: dict[str, set[str]] = {}
        for m in SLOT.finditer(template.text):
            if m.group(1) in PERSON_VARS:
                forms.setdefault(m.group(1) + m.group(2), set()).add(m.group(3) or "full")
        self.forms = forms
        named = [v for v in forms if not v.startswith("W")]
        self.first = "P1" if "P1" in forms else (named[0] if named else None)

    def person(self, var: str) -> people.Person:
        if var not in self.persons:
            taken = {p.family for p in self.persons.values()}
            native_ok = self.forms[var] == {"full"} and self.t.shape not in (
                "voice",
                "vcard",
                "bibliography",
            )
            culture = self.culture if var == self.first else None
            gender = {"F": "f", "M": "m"}.get(var[0])
            for _ in range(20):
                p = people.draw(
                    self.rng, culture, native_ok, word_name=var.startswith("W"), gender=gender
                )
                if p.family not in taken:
                    break
            self.persons[var] = p
        return self.persons[var]

    def value(self, name: str, num: str, form: str | None) -> list:
        key = f"{name}{num}.{form}"
        if key in self.cache:
            return self.cache[key]  # type: ignore[return-value]
        rng, dom = self.rng, self.t.domain
        if name in PERSON_VARS:
            out = people.form(
                self.person(name + num), form or "full", rng, values.email_domain(rng, dom)
            )
        elif name == "EMAIL":
            if form == "role":
                out = [("EMAIL_ADDRESS", values.role_email(rng, dom))]
            else:
                stranger = people.draw(rng)
                out = [("EMAIL_ADDRESS", stranger.email(rng, values.email_domain(rng, dom)))]
        elif name == "PHONE":
            style = "digits" if self.t.shape == "voice" else (form or "any")
            text, region = values.phone(rng, style)
            self.phones[text] = region
            out = [("PHONE_NUMBER", text)]
        elif name == "CARD":
            length = int(form) if form and form.isdigit() else None
            sep = "" if form == "plain" else None
            out = [("CREDIT_CARD", values.card(rng, length, sep))]
        elif name == "IBAN":
            out = [
                (
                    "IBAN_CODE",
                    values.iban(rng, spaced={"compact": False, "spaced": True}.get(form or "")),
                )
            ]
        elif name == "IP":
            out = [("IP_ADDRESS", values.ipv6(rng) if form == "v6" else values.ipv4(rng))]
        elif name == "SSN":
            out = [
                (
                    "US_SSN",
                    values.ssn(rng, {"dashed": "-", "spaced": " ", "plain": ""}.get(form or "")),
                )
            ]
        elif name == "ACCT":
            out = [("ACCOUNT_NUMBER", values.account(rng))]
        elif name == "ADDR":
            out = [("LOCATION", places.address(rng)[0])]
        elif name in ("CITY", "REGION", "COUNTRY"):
            pool = {"CITY": places.CITIES, "REGION": places.REGIONS, "COUNTRY": places.COUNTRIES}[
                name
            ]
            used = {
                v[0][1]
                for k, v in self.cache.items()
                if k.startswith(name) and v and isinstance(v[0], tuple)
            }
            choice = rng.choice(pool)
            while choice in used:
                choice = rng.choice(pool)
            out = [("LOCATION", choice)]
        elif name == "sortcode":
            out = [values.sort_code(rng)]
        elif name == "routing":
            out = [values.routing(rng)]
        elif name.islower():
            out = [decoys.generate(name, rng)]
        else:
            raise ValueError(f"{self.t.key}: unknown slot {name!r}")
        self.cache[key] = out
        return out

    def pieces(self) -> list:
        out: list = []
        pos = 0
        text = self.t.text
        for m in SLOT.finditer(text):
            out.append(text[pos : m.start()])
            out.extend(self.value(m.group(1), m.group(2), m.group(3)))
            pos = m.end()
        out.append(text[pos:])
        if self.t.shape == "voice":
            out = [
                (p[0], _voice(p[1], True)) if isinstance(p, tuple) else _voice(p, False)
                for p in out
            ]
        return [p for p in out if p]


class Redraw(Exception):
    pass


def _verify(t: Template, prompt: Prompt) -> None:
    if SLOT.search(prompt.text):
        raise ValueError(f"{t.key}: slot left in text: {SLOT.search(prompt.text).group()}")
    whole, subs, allowed = vocabulary()
    if not t.personal:
        stray = stray_words(prompt.text, [], whole, subs, allowed)
        if stray:
            raise ValueError(f"{t.key}: clean template holds names or places: {stray}")
    else:
        stray = stray_words(prompt.text, masks(prompt.text, prompt.gold), whole, subs, allowed)
        if stray or unlabelled(prompt.text, prompt.gold):
            raise Redraw(f"names: {stray} {unlabelled(prompt.text, prompt.gold)}")
    found = hits(prompt.text, [(g.start, g.end) for g in prompt.gold])
    if found:
        raise Redraw(f"decoy valid: {found}")


def render(t: Template, pid: str, seed: str, culture: str | None = None) -> tuple[Prompt, dict]:
    """One prompt from a template, drawn again until it keeps the rules."""
    last = ""
    for attempt in range(ATTEMPTS):
        rng = random.Random(f"{seed}:{pid}:{attempt}")
        draw = _Draw(t, rng, culture)
        prompt = compose(pid, t.shape, draw.pieces())
        try:
            _verify(t, prompt)
        except Redraw as e:
            last = str(e)
            continue
        meta = {
            "template": t.key,
            "domain": t.domain,
            "shape": t.shape,
            "cultures": sorted(
                {
                    p.culture
                    for k, p in draw.persons.items()
                    if draw.forms[k] - {"handle", "email", "hon", "slug"}
                }
            ),
            "phones": dict(draw.phones),
        }
        return prompt, meta
    raise ValueError(f"{t.key}: no rendering kept the rules in {ATTEMPTS} tries: {last}")
