"""The template engine of val22, written by its author from scratch: a template is literal text
with placeholders between section signs, `§key§` or `§key:arg.form§`, which become gold spans
(people, places, contacts, numbers) or unlabelled decoys (`§$kind§`). Each prompt is rendered
from its template with a seeded random generator, then checked: every whole-word occurrence of
a planted name or place is inside a gold span (outside URLs and e-mail addresses), and no two
people in a prompt share a name.

Placeholders:

* `p1` .. `p9` a person of a rotating culture (`p1:pl` a Polish one), `w1` .. a person whose
  given name is an everyday word. Forms: full, first, last, lower, lowerfirst, lowerlast,
  caps, lastcaps, lastcapsfirst ("LAST First"), lastfirst ("Last, First"), lastfirstcaps, init ("E. Last"), surfirst, nick,
  nicklower, ascii, asciilower, mid ("First Q. Last"), firstcaps, email (an EMAIL_ADDRESS).
* `c1` a city (`c1:DE`), `r1` a region, `n1` a country, `a1` a street address (`a1:FR`);
  forms lower, caps.
* `ph1` a phone (`ph1:GB.intl`), `em1` an organisation's address, `cc1` a card (space, dash,
  plain), `ib1` an IBAN (`ib1:DE.compact`), `ssn1`, `ip1` (v4, v6), `ac1` an account number.
* `$order`, `$date`, `$eponym` ... decoys (val22_values.decoy); `$order2` is a second one.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from appliance.testing.pii_corpus import Piece, Prompt, compose
from appliance.testing.pii_corpus import val22_names as names
from appliance.testing.pii_corpus import val22_values as values


@dataclass(frozen=True)
class Template:
    name: str
    shape: str
    text: str


def templates(tag: str, rows: list[tuple[str, str]]) -> list[Template]:
    out = []
    counts: dict[str, int] = {}
    for shape, text in rows:
        counts[shape] = counts.get(shape, 0) + 1
        body = text[1:] if text.startswith("\n") else text
        out.append(Template(f"{tag}_{shape}_{counts[shape]:02d}", shape, body.rstrip()))
    return out


_PH = re.compile(r"§([^§]+)§")
_KEY = re.compile(r"^(?P<id>\$?[a-z]+\d*)(?::(?P<arg>[A-Za-z]+))?(?:\.(?P<form>[a-z0-9]+))?$")
_ENTITY_IDS = re.compile(r"^(p|w|c|r|n|a|ph|em|cc|ib|ssn|ip|ac)\d*$")


@dataclass
class _Person:
    culture: str
    given: str
    family: str
    family_first: bool


@dataclass
class Render:
    pieces: list[Piece] = field(default_factory=list)
    cultures: list[str] = field(default_factory=list)
    phones: dict[str, str] = field(default_factory=dict)


class Engine:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        order = sorted(names.CULTURES)
        self.rng.shuffle(order)
        self._cultures = order
        self._next_culture = 0

    def _culture(self) -> str:
        code = self._cultures[self._next_culture % len(self._cultures)]
        self._next_culture += 1
        return code

    def _person(self, pid: str, arg: str | None, taken: set[str]) -> _Person:
        rng = self.rng
        for _ in range(20):
            if pid.startswith("w"):
                p = _Person(
                    "word", rng.choice(names.WORD_NAMES), rng.choice(names.WORD_FAMILY), False
                )
            else:
                code = arg if arg else self._culture()
                c = names.CULTURES[code]
                p = _Person(code, rng.choice(c.given), rng.choice(c.family), c.family_first)
            if p.given not in taken and p.family not in taken:
                taken.update((p.given, p.family))
                return p
        raise RuntimeError("no distinct person")

    def _person_form(self, p: _Person, form: str) -> tuple[str, str]:
        g, f = p.given, p.family
        full = (
            f"{f} {g}" if p.family_first and p.culture in ("hu", "zh", "ko", "vi") else f"{g} {f}"
        )
        nick = names.NICKNAMES.get(g, g)
        forms = {
            "full": full,
            "first": g,
            "last": f,
            "lower": full.lower(),
            "lowerfirst": g.lower(),
            "lowerlast": f.lower(),
            "caps": full.upper(),
            "lastcaps": f.upper(),
            "lastfirst": f"{f}, {g}",
            "lastcapsfirst": f"{f.upper()} {g}",
            "lastfirstcaps": f"{f.upper()}, {g}",
            "init": f"{g[0]}. {f}",
            "surfirst": f"{f} {g}",
            "nick": nick,
            "nicklower": values.ascii_name(nick).lower(),
            "ascii": values.ascii_name(full),
            "asciilower": values.ascii_name(full).lower(),
            "mid": f"{g} {self.rng.choice('ABCDEJKLMRST')}. {f}",
            "firstcaps": g.upper(),
            "firstlast": f"{g} {f}",
        }
        if form == "email":
            return "EMAIL_ADDRESS", values.email(self.rng, g, f, self.rng.randint(0, 14))
        return "PERSON", forms[form]

    def render(self, template: Template) -> Render:
        rng = self.rng
        out = Render()
        people: dict[str, _Person] = {}
        cache: dict[str, str] = {}
        taken: set[str] = set()
        pos = 0
        for m in _PH.finditer(template.text):
            out.pieces.append(template.text[pos : m.start()])
            pos = m.end()
            km = _KEY.match(m.group(1))
            if not km:
                raise ValueError(f"{template.name}: bad placeholder {m.group(0)}")
            pid, arg, form = km.group("id"), km.group("arg"), km.group("form")
            if pid.startswith("$"):
                key = pid
                if key not in cache:
                    cache[key] = values.decoy(rng, pid[1:].rstrip("0123456789"))
                out.pieces.append(cache[key])
                continue
            if not _ENTITY_IDS.match(pid):
                raise ValueError(f"{template.name}: unknown placeholder {pid}")
            kind = re.sub(r"\d+$", "", pid)
            if kind in ("p", "w"):
                if pid not in people:
                    people[pid] = self._person(pid, arg, taken)
                    out.cultures.append(people[pid].culture)
                entity, value = self._person_form(people[pid], form or "full")
                out.pieces.append((entity, value))
                continue
            ck = pid + (
                f".{form}" if kind in ("ph", "cc", "ib", "ssn", "ip", "ac") and form else ""
            )
            if ck not in cache:
                cache[ck] = self._value(kind, arg, form, out)
            value = cache[ck]
            if kind in ("c", "r", "n", "a") and form == "lower":
                value = value.lower()
            elif kind in ("c", "r", "n", "a") and form == "caps":
                value = value.upper()
            entity = {
                "c": "LOCATION",
                "r": "LOCATION",
                "n": "LOCATION",
                "a": "LOCATION",
                "ph": "PHONE_NUMBER",
                "em": "EMAIL_ADDRESS",
                "cc": "CREDIT_CARD",
                "ib": "IBAN_CODE",
                "ssn": "US_SSN",
                "ip": "IP_ADDRESS",
                "ac": "ACCOUNT_NUMBER",
            }[kind]
            out.pieces.append((entity, value))
        out.pieces.append(template.text[pos:])
        return out

    def _value(self, kind: str, arg: str | None, form: str | None, out: Render) -> str:
        rng = self.rng
        if kind == "c":
            country = arg or rng.choice(sorted(names.CITIES))
            return rng.choice(names.CITIES[country])
        if kind == "r":
            return rng.choice(names.REGIONS)
        if kind == "n":
            return rng.choice(names.COUNTRIES)
        if kind == "a":
            country = arg or rng.choice(names.ADDRESS_COUNTRIES)
            return names.address(country, rng.randint(1, 500), rng.randint(0, 4))
        if kind == "ph":
            region = arg or rng.choice(values.PHONE_REGIONS)
            style = form or rng.choice(values.PHONE_STYLES)
            value = values.phone(rng, region, style)
            out.phones[value] = region
            return value
        if kind == "em":
            role = rng.choice(
                ("bookings", "accounts", "hello", "repairs", "lettings", "frontdesk", "support")
            )
            return f"{role}@{rng.choice(values.ORG_DOMAINS)}"
        if kind == "cc":
            return values.card(rng, form or rng.choice(("space", "dash", "plain", "space")))
        if kind == "ib":
            country = arg or rng.choice(values.IBAN_COUNTRIES)
            spaced = (form != "compact") if form else rng.random() < 0.6
            return values.iban(rng, country, spaced)
        if kind == "ssn":
            return values.ssn(rng, form or rng.choice(("dash", "dash", "space", "plain")))
        if kind == "ip":
            return values.ipv6(rng) if form == "v6" else values.ipv4(rng)
        if kind == "ac":
            return values.account(rng, int(form) if form else rng.randint(0, 3))
        raise KeyError(kind)


_URLISH = re.compile(r"\S*(?:://|@|=|www\.)\S*")


def unlabelled_occurrence(prompt: Prompt) -> str | None:
    """The first planted name or place that also stands unlabelled in the text, if any."""
    covered = [(g.start, g.end) for g in prompt.gold]
    skip = [(m.start(), m.end()) for m in _URLISH.finditer(prompt.text)]
    for g in prompt.gold:
        if g.entity not in ("PERSON", "LOCATION"):
            continue
        value = prompt.text[g.start : g.end]
        for m in re.finditer(rf"(?<!\w){re.escape(value)}(?!\w)", prompt.text):
            if any(s <= m.start() and m.end() <= e for s, e in covered + skip):
                continue
            return value
    return None


PARTICLES = {
    "van",
    "den",
    "der",
    "de",
    "da",
    "dos",
    "del",
    "la",
    "le",
    "bin",
    "binti",
    "ap",
    "te",
    "el",
    "ní",
    "ben",
}


def banned_words(prompts: list[Prompt]) -> set[str]:
    """The planted names (whole spans and name words) and places, case-folded, that the clean
    prompts must not contain; given names that are everyday words are left out."""
    word_names = {w.casefold() for w in names.WORD_NAMES}
    out: set[str] = set()
    for p in prompts:
        for g in p.gold:
            if g.entity not in ("PERSON", "LOCATION"):
                continue
            value = p.text[g.start : g.end].casefold()
            if value not in word_names:
                out.add(value)
            if g.entity == "PERSON":
                for token in re.split(r"[\s,.]+", value):
                    if len(token) >= 3 and token not in word_names and token not in PARTICLES:
                        out.add(token)
    return out


_WORD = re.compile(r"\w+(?:[-'’]\w+)*")


class Banned:
    """Matches planted names and places in a text: single words by set lookup, the rest by
    one alternation."""

    def __init__(self, banned: set[str]) -> None:
        self.words = {b for b in banned if _WORD.fullmatch(b)}
        multi = sorted(banned - self.words, key=len, reverse=True)
        self.multi = (
            re.compile("(?<!\\w)(?:" + "|".join(map(re.escape, multi)) + ")(?!\\w)")
            if multi
            else None
        )

    def find(self, text: str) -> str | None:
        low = text.casefold()
        hit = set(_WORD.findall(low)) & self.words
        if hit:
            return min(hit)
        if self.multi is not None:
            m = self.multi.search(low)
            if m:
                return m.group(0)
        return None


def contains_banned(text: str, banned: set[str]) -> str | None:
    return Banned(banned).find(text)


def render_prompt(
    engine: Engine, template: Template, pid: str, personal: bool, banned: Banned | None
) -> tuple[Prompt, Render]:
    for _ in range(40):
        r = engine.render(template)
        prompt = compose(pid, template.shape, r.pieces)
        if personal:
            if not prompt.gold:
                raise ValueError(f"{template.name}: personal template without spans")
            if unlabelled_occurrence(prompt) is None:
                return prompt, r
        else:
            if prompt.gold:
                raise ValueError(f"{template.name}: clean template with spans")
            if banned is None or banned.find(prompt.text) is None:
                return prompt, r
    raise RuntimeError(f"{template.name}: no acceptable rendering")
