"""val38 renderer: fills a template's `<<slot>>` placeholders with planted values (gold spans)
or decoys (plain text), and checks that every whole-word occurrence of a planted name or
place is labelled.

Placeholders: `<<kind[n][.attr][:arg]>>`. The same kind and number is the same person, place
or value throughout a template; the attribute picks how it is written.

* `p` a person of a random culture, `w` a person with a word-name (Hope, Will ...), `nick` a
  nickname. Attributes: (none) full name, `f` given, `l` family, `i` "J. Nakamura",
  `lf` "Nakamura, Jun", `bib` "Nakamura, J.", `lc` lower case, `lcf` given in lower case,
  `uc` FAMILY, `ucf` "FAMILY Given", `email` a personal address, `work` an organisation's
  address built on the name (both EMAIL_ADDRESS).
* `city` (attr `country`: its country), `region`, `country`, `addr`; attr `lc`.
* `phone` (arg: region, attr: style), `email`, `remail` (arg: local part), `card` (arg:
  visa, mc, amex, disc), `iban` (arg: country; attr sp/cp), `ip` (arg v4/v6), `ssn`,
  `acct` (arg uk/us/hy/long).
* decoys: order, ref, flight, track, inv, date, time, ver, sku, isbn, doi, uuid, hex, price,
  sha, port, room, seat, part, handle, num, amount.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from appliance.testing.pii_corpus import Prompt, compose
from appliance.testing.pii_corpus import val38_values as V
from appliance.testing.pii_corpus.val38_names import CULTURES, NICKNAMES, WORD_NAMES
from appliance.testing.pii_corpus.val38_places import (
    ADDRESSES,
    CITIES,
    COUNTRIES,
    REGIONS,
    STOPWORDS,
)


@dataclass(frozen=True)
class T:
    id: str
    shape: str
    text: str


SLOT = re.compile(r"<<([a-z]+?)(\d*)(?:\.([a-z]+))?(?::([A-Za-z0-9_]+))?>>")
URL = re.compile(r"(?:https?://|www\.)\S+")
WORD = re.compile(r"\w+")
DECOYS = {
    "order",
    "ref",
    "flight",
    "track",
    "inv",
    "date",
    "time",
    "ver",
    "sku",
    "isbn",
    "doi",
    "uuid",
    "hex",
    "price",
    "sha",
    "port",
    "room",
    "seat",
    "part",
    "handle",
    "num",
    "amount",
}
GENDERED = {
    "russian": ("a",),
    "polish": ("ska",),
    "czech": ("á",),
    "bulgarian": ("a",),
    "lithuanian": ("ienė", "aitė", "ytė"),
    "icelandic": ("dóttir",),
}
ORG_BY_DOMAIN = {
    "skate": "frostline-skating.org.uk",
    "gym": "frostline-skating.org.uk",
    "cricket": "oldfieldcc.co.uk",
    "rugby": "oldfieldcc.co.uk",
    "climb": "cragworks.climb",
    "mountain": "cragworks.climb",
    "library": "hollowayreads.org",
    "bookclub": "hollowayreads.org",
    "coin": "numisma-guild.net",
    "stamp": "numisma-guild.net",
    "wedding": "tiedtheknot.events",
    "event": "tiedtheknot.events",
    "cook": "saffronschool.cooking",
    "salon": "lumenhair.studio",
    "ev": "voltfleet.io",
    "cards": "deckvault.shop",
    "observatory": "darkskyobservatory.org",
    "planetarium": "darkskyobservatory.org",
    "agri": "valeagri.coop",
    "aviation": "aerotechmro.com",
    "law": "brightlaw-llp.com",
    "pet": "pawsure.insure",
    "poll": "elections-county.gov",
    "maths": "primetutors.edu",
    "dance": "stepbystepdance.school",
    "hotel": "harbourview-hotel.com",
    "lighthouse": "beaconheritage.org",
    "heritage": "beaconheritage.org",
}
PHONE_WEIGHTS = V.PHONE_REGIONS + ["GB", "US", "IN", "NG", "DE", "AU"]


def name_tokens(value: str) -> set[str]:
    """The words of a planted name or place that are checked: three letters or more, no
    digits, not a particle or an everyday address word."""
    out = set()
    for tok in WORD.findall(value):
        low = tok.lower()
        if len(tok) >= 3 and not any(c.isdigit() for c in tok) and low not in STOPWORDS:
            out.add(tok if tok in WORD_NAMES else low)
    return out


def found(tokens: set[str], text: str) -> list[tuple[str, int, int]]:
    """The whole-word occurrences of the tokens in a text (a token is a run of word
    characters, so a whole-word match is a maximal run equal to it): case-insensitive,
    except word-names, which match only as written."""
    out = []
    for m in WORD.finditer(text):
        tok = m.group()
        if tok in tokens and tok in WORD_NAMES:
            out.append((tok, m.start(), m.end()))
        elif tok.lower() in tokens:
            out.append((tok.lower(), m.start(), m.end()))
    return out


def uncovered(prompt: Prompt, tokens: set[str]) -> list[str]:
    """Occurrences of the tokens that lie outside the prompt's PERSON, LOCATION and
    EMAIL_ADDRESS spans and outside URLs."""
    covers = [
        (g.start, g.end) for g in prompt.gold if g.entity in ("PERSON", "LOCATION", "EMAIL_ADDRESS")
    ]
    covers += [m.span() for m in URL.finditer(prompt.text)]
    bad = []
    for tok, s, e in found(tokens, prompt.text):
        if not any(a <= s and e <= b for a, b in covers):
            bad.append(f"{tok}@{s}")
    return bad


class _Person:
    def __init__(self, rng: random.Random, word: bool, nick: bool = False) -> None:
        code, order, given, family = rng.choice(CULTURES)
        self.culture = code
        self.order = order
        gi = rng.randrange(len(given))
        self.given = given[gi]
        if code in GENDERED:  # given names alternate male, female; family names agree
            fem = [f for f in family if f.endswith(GENDERED[code])]
            family = fem if gi % 2 else [f for f in family if f not in fem]
        self.family = rng.choice(family)
        self.word = word
        if word:
            self.given = rng.choice(WORD_NAMES)
            self.order = "gf"
            self.culture = code
        self.nick = nick
        if nick:
            self.given, self.culture = rng.choice(NICKNAMES)
        self.malay = self.family.split()[0] in ("bin", "binti")
        self.org = ""
        self.used_family = False

    def full(self) -> str:
        if self.order == "fg":
            return f"{self.family} {self.given}"
        return f"{self.given} {self.family}"

    def render(self, attr: str, rng: random.Random) -> tuple[str, str]:
        if attr not in ("f", "lcf", "email", "work") and not self.nick:
            self.used_family = True
        if self.nick:
            return "PERSON", self.given.lower() if attr in ("lc", "lcf") else self.given
        if attr == "f":
            return "PERSON", self.given
        if attr == "lcf":
            return "PERSON", self.given.lower()
        if attr == "email":
            return "EMAIL_ADDRESS", V.person_email(rng, self.given, self.family)
        if attr == "work":
            dom = self.org or rng.choice(V.ORG_DOMAINS)
            return "EMAIL_ADDRESS", V.person_email(rng, self.given, self.family, dom)
        if self.malay and attr not in ("", "lc", "uc"):
            attr = ""
        initials = " ".join(part[0] + "." for part in re.split(r"[ -]", self.given))
        value = {
            "": self.full(),
            "l": self.family,
            "i": f"{initials} {self.family}",
            "lf": f"{self.family}, {self.given}",
            "bib": f"{self.family}, {initials}",
            "lc": self.full().lower(),
            "uc": self.full().upper() if self.malay else self.family.upper(),
            "ucf": f"{self.family.upper()} {self.given}",
        }[attr]
        return "PERSON", value

    def cultures(self) -> set[str]:
        if self.word:
            return {"word", self.culture} if self.used_family else {"word"}
        return {self.culture}


class Rendered:
    def __init__(self, prompt: Prompt, cultures: set[str], phones: dict[str, str]) -> None:
        self.prompt = prompt
        self.cultures = cultures
        self.phones = phones


def render(pid: str, t: T, rng: random.Random) -> Rendered:
    slots: dict[tuple[str, str], object] = {}
    pieces: list[object] = []
    phones: dict[str, str] = {}
    people: list[_Person] = []
    pos = 0
    used_names: set[str] = set()
    org = ORG_BY_DOMAIN.get(t.id.split("-")[0], "")
    for m in SLOT.finditer(t.text):
        pieces.append(t.text[pos : m.start()])
        pos = m.end()
        kind, num, attr, arg = m.group(1), m.group(2), m.group(3) or "", m.group(4) or ""
        key = (kind, num)
        if kind in ("p", "w", "nick"):
            if key not in slots:
                for _ in range(50):
                    person = _Person(rng, kind == "w", kind == "nick")
                    if person.given not in used_names and person.family not in used_names:
                        break
                used_names.update((person.given, person.family))
                person.org = org
                slots[key] = person
                people.append(person)
            person = slots[key]
            assert isinstance(person, _Person)
            pieces.append(person.render(attr, rng))
            continue
        if kind in DECOYS:
            if key not in slots:
                slots[key] = V.decoy(rng, kind)
            pieces.append(slots[key])
            continue
        if kind == "phone":
            if key not in slots:
                region = arg or rng.choice(PHONE_WEIGHTS)
                slots[key] = (region, V.phone(rng, region, attr))
            region, text = slots[key]  # type: ignore[misc]
            phones[text] = region
            pieces.append(("PHONE_NUMBER", text))
            continue
        if key not in slots:
            slots[key] = _value(kind, arg, attr, rng, org)
        value = slots[key]
        if kind == "city":
            city, country = value  # type: ignore[misc]
            text = country if attr == "country" else city
            pieces.append(("LOCATION", text.lower() if attr == "lc" else text))
            continue
        entity, text = value  # type: ignore[misc]
        if attr == "lc":
            text = text.lower()
        pieces.append((entity, text))
    pieces.append(t.text[pos:])
    pieces = [p for p in pieces if p != ""]
    prompt = compose(pid, t.shape, pieces)  # type: ignore[arg-type]
    planted: set[str] = set()
    for g in prompt.gold:
        if g.entity in ("PERSON", "LOCATION"):
            planted |= name_tokens(prompt.text[g.start : g.end])
    bad = uncovered(prompt, planted)
    if bad:
        raise ValueError(f"{pid} ({t.id}): planted name or place outside its span: {bad}")
    if "<<" in prompt.text and SLOT.search(prompt.text) or re.search(r"<<\w", prompt.text):
        raise ValueError(f"{pid} ({t.id}): placeholder left")
    spans = sorted(prompt.gold, key=lambda g: g.start)
    for a, b in zip(spans, spans[1:], strict=False):
        if a.entity == b.entity == "PERSON" and not prompt.text[a.end : b.start].strip():
            raise ValueError(f"{pid} ({t.id}): two PERSON spans side by side")
    cultures: set[str] = set()
    for person in people:
        cultures |= person.cultures()
    return Rendered(prompt, cultures, phones)


def _value(kind: str, arg: str, attr: str, rng: random.Random, org: str) -> object:
    if kind == "city":
        return rng.choice(CITIES)
    if kind == "region":
        return "LOCATION", rng.choice(REGIONS)
    if kind == "country":
        return "LOCATION", rng.choice(COUNTRIES)
    if kind == "addr":
        return "LOCATION", rng.choice(ADDRESSES)
    if kind == "email":
        person = _Person(rng, False)
        return "EMAIL_ADDRESS", V.person_email(rng, person.given, person.family)
    if kind == "remail":
        return "EMAIL_ADDRESS", V.role_email(rng, arg or "info", org)
    if kind == "card":
        return "CREDIT_CARD", V.card(rng, arg)
    if kind == "iban":
        return "IBAN_CODE", V.iban(rng, arg, {"sp": True, "cp": False}.get(attr))
    if kind == "ip":
        return "IP_ADDRESS", V.ip(rng, arg)
    if kind == "ssn":
        return "US_SSN", V.ssn(rng)
    if kind == "acct":
        return "ACCOUNT_NUMBER", V.account(rng, arg)
    raise KeyError(f"unknown slot kind {kind!r}")
