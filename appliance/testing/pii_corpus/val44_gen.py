"""Value generators and the template renderer of val44. A template is a string with
placeholders in guillemets: «p1.full» (a person and a form of the name), «email», «phone:gb»,
«city2», «d:order» (a decoy, literal text). Personal placeholders become gold spans."""

from __future__ import annotations

import random
import re
import unicodedata

from . import val44_decoys as D
from . import val44_names as N
from . import val44_names_faker as F

PHONE_FORMATS = {
    "us": ["+1 NDD 555 0DDD", "(NDD) 555-0DDD", "NDD-555-0DDD", "+1 (NDD) 555-0DDD", "NDD.555.0DDD"],
    "ca": ["+1 604 555 0DDD", "(902) 555-0DDD"],
    "gb": ["+44 20 7946 0DDD", "020 7946 0DDD", "07700 900DDD", "+447700900DDD", "+44 (0)1326 DDDDDD"],
    "de": ["+49 30 NDDDDDD", "030 NDDDDDDD", "+49 (0)89 NDDDDDD", "0171 NDDDDDD", "+4915NDDDDDDDD"],
    "fr": ["+33 1 DD DD DD DD", "01 DD DD DD DD", "06 DD DD DD DD", "+336DDDDDDDD", "+33 (0)4 DD DD DD DD"],
    "es": ["+34 91N DDD DDD", "6DD DD DD DD", "+34 6DD DDD DDD"],
    "it": ["+39 06 NDDD DDDD", "347 NDD DDDD", "+39 3DD DDD DDDD"],
    "nl": ["+31 20 NDD DDDD", "06-NDDDDDDD", "+31 6 NDDD DDDD"],
    "pl": ["+48 22 NDD DD DD", "60N DDD DDD", "+48 5DD DDD DDD"],
    "se": ["+46 8 NDD DDD DD", "070-NDD DD DD"],
    "br": ["+55 11 9NDDD-DDDD", "(21) 9NDDD-DDDD", "+55 (81) 9NDDD-DDDD"],
    "in": ["+91 9NDDD DDDDD", "09NDDD DDDDD", "+91-98DDD-DDDDD"],
    "jp": ["+81 3-NDDD-DDDD", "090-NDDD-DDDD", "+81 90 NDDD DDDD"],
    "au": ["+61 2 9NDD DDDD", "04NN NDD DDD", "(03) 9NDD DDDD"],
    "mx": ["+52 55 NDDD DDDD", "+52 1 33 NDDD DDDD"],
    "za": ["+27 21 NDD DDDD", "082 NDD DDDD"],
    "ie": ["+353 1 NDD DDDD", "087 NDD DDDD", "+353 91 NDD DDD"],
    "kr": ["+82 2-NDD-DDDD", "010-NDDD-DDDD"],
    "ng": ["+234 803 NDD DDDD", "0805 NDD DDDD"],
    "ch": ["+41 44 NDD DD DD", "079 NDD DD DD"],
    "no": ["+47 NDD DD DDD", "+47 NDDDDDDD"],
    "pt": ["+351 21N DDD DDD", "91N DDD DDD"],
    "gr": ["+30 210 NDD DDDD", "69N DDD DDDD"],
    "tr": ["+90 212 NDD DD DD", "0532 NDD DD DD"],
}

# IBAN: country, BBAN pattern (D digit, A upper letter, C letter or digit).
IBAN_FORMATS = {
    "DE": "DDDDDDDDDDDDDDDDDD", "FR": "DDDDDDDDDDCCCCCCCCCCCDD", "ES": "DDDDDDDDDDDDDDDDDDDD",
    "IT": "ADDDDDDDDDDCCCCCCCCCCCC", "NL": "AAAADDDDDDDDDD", "BE": "DDDDDDDDDDDD",
    "GB": "AAAADDDDDDDDDDDDDD", "PL": "DDDDDDDDDDDDDDDDDDDDDDDD", "AT": "DDDDDDDDDDDDDDDD",
    "CH": "DDDDDCCCCCCCCCCCC", "PT": "DDDDDDDDDDDDDDDDDDDDD", "IE": "AAAADDDDDDDDDDDDDD",
    "SE": "DDDDDDDDDDDDDDDDDDDD", "DK": "DDDDDDDDDDDDDD", "NO": "DDDDDDDDDDD",
    "FI": "DDDDDDDDDDDDDD", "CZ": "DDDDDDDDDDDDDDDDDDDD", "HR": "DDDDDDDDDDDDDDDDD",
    "RO": "AAAACCCCCCCCCCCCCCCC", "GR": "DDDDDDDCCCCCCCCCCCCCCCC", "LT": "DDDDDDDDDDDDDDDD",
    "MT": "AAAADDDDDCCCCCCCCCCCCCCCCCC",
}
ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"


def _fill(rng: random.Random, pattern: str) -> str:
    out = []
    for ch in pattern:
        if ch == "D":
            out.append(str(rng.randrange(10)))
        elif ch == "N":
            out.append(str(rng.randrange(2, 10)))
        elif ch == "A":
            out.append(chr(65 + rng.randrange(26)))
        elif ch == "C":
            out.append(rng.choice(ALNUM))
        else:
            out.append(ch)
    return "".join(out)


def phone(rng: random.Random, country: str | None = None) -> tuple[str, str]:
    country = country or rng.choice(sorted(PHONE_FORMATS))
    return country, _fill(rng, rng.choice(PHONE_FORMATS[country]))


def _luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def card(rng: random.Random) -> str:
    kind = rng.choice(["visa", "visa", "mc", "mc2", "amex", "disc"])
    prefix, length = {"visa": ("4", 16), "mc": (str(rng.randint(51, 55)), 16),
                      "mc2": (str(rng.randint(2221, 2720)), 16), "amex": (rng.choice(["34", "37"]), 15),
                      "disc": ("6011", 16)}[kind]
    body = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix) - 1))
    digits = body + _luhn_digit(body)
    style = rng.choice(["space", "space", "dash", "plain"])
    if style == "plain":
        return digits
    sep = " " if style == "space" else "-"
    if length == 15:
        return sep.join([digits[:4], digits[4:10], digits[10:]])
    return sep.join(digits[i:i + 4] for i in range(0, 16, 4))


def iban(rng: random.Random, country: str | None = None, spaced: bool | None = None) -> str:
    country = country or rng.choice(sorted(IBAN_FORMATS))
    bban = _fill(rng, IBAN_FORMATS[country])
    moved = bban + country + "00"
    check = 98 - int("".join(str(int(ch, 36)) for ch in moved)) % 97
    compact = f"{country}{check:02d}{bban}"
    if spaced is None:
        spaced = rng.random() < 0.6
    return " ".join(compact[i:i + 4] for i in range(0, len(compact), 4)) if spaced else compact


def ssn(rng: random.Random) -> str:
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    group, serial = rng.randint(1, 99), rng.randint(1, 9999)
    sep = rng.choice(["-", "-", "-", " ", ""])
    return f"{area:03d}{sep}{group:02d}{sep}{serial:04d}"


def ip4(rng: random.Random) -> str:
    first = rng.choice([23, 31, 45, 62, 81, 94, 109, 141, 176, 185, 193, 203, 212])
    if rng.random() < 0.3:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"


def ip6(rng: random.Random) -> str:
    head = rng.choice(["2001:db8", "2a02:6b8", "2600:1f18", "2a01:4f8", "fd12:3456"])
    groups = [f"{rng.randrange(0x10000):x}" for _ in range(rng.choice([2, 3, 6]))]
    if len(groups) == 6:
        return head + ":" + ":".join(groups)
    return head + "::" + ":".join(groups)


def account(rng: random.Random) -> str:
    return _fill(rng, rng.choice([
        "DDDDDDDD", "00DDDDDDDDD", "DDDD DDDD DD", "DDD-DDDDDDD-D", "NDDDDDDDDDDD",
        "DD-DDDD-DDDDDDD-DD", "DDDDDDDDDD",
    ]))


def ascii_fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if ord(ch) < 128)


def is_latin(s: str) -> bool:
    return all(not ch.isalpha() or "LATIN" in unicodedata.name(ch, "") for ch in s)


# ---------------------------------------------------------------- people


class Person:
    def __init__(self, culture: str, given: str, family: str, order: str, native: bool):
        self.culture, self.given, self.family, self.order, self.native = culture, given, family, order, native

    def form(self, form: str) -> str:
        g, f = self.given, self.family
        if self.native and self.order == "fg":
            full = f + g
        elif self.order == "fg":
            full = f"{f} {g}"
        else:
            full = f"{g} {f}"
        if form == "full":
            return full
        if form == "first":
            return g
        if form == "last":
            return f
        if self.native:
            return full.lower() if form in ("low", "lfirst") else full
        if form == "rev":
            return f"{f}, {g}"
        if form == "REV":
            return f"{f.upper()}, {g}"
        if form == "init":
            return f"{g[0]}. {f}"
        if form == "inits":
            parts = g.replace("-", " ").split()
            return "".join(p[0] + "." for p in parts) + " " + f if len(parts) > 1 else f"{g[0]}. {f}"
        if form == "FULL":
            return full.upper()
        if form == "LAST":
            return f.upper()
        if form == "low":
            return full.lower()
        if form == "lfirst":
            return g.lower()
        raise ValueError(form)

    def email_local(self, rng: random.Random) -> str:
        g = re.sub(r"[^a-z]", "", ascii_fold(self.given).lower())
        f = re.sub(r"[^a-z]", "", ascii_fold(self.family).lower())
        if not g or not f:
            return rng.choice(["harbourfan", "tidewatcher", "blue.heron", "studio.nine", "ks.lab"]) + str(rng.randint(2, 98))
        return rng.choice([f"{g}.{f}", f"{g[0]}.{f}", f"{g}{f}", f"{g}_{f}{rng.randint(1, 99)}", f"{f}.{g[0]}", f"{g}{rng.randint(70, 99)}"])


def _pools():
    latin, native = {}, {}
    for loc, pairs in F.FAKER_LATIN.items():
        latin[loc] = ("gf", pairs)
    for loc, spec in N.HAND_LATIN.items():
        latin[loc] = spec
    for loc, pairs in F.FAKER_NATIVE.items():
        native[loc] = ("fg" if loc in N.NATIVE_FG else "gf", pairs)
    for loc, spec in N.HAND_NATIVE.items():
        native[loc] = spec
    return latin, native


LATIN_POOLS, NATIVE_POOLS = _pools()
NATIVE_SHARE = 0.03


class People:
    """Hands out people, cycling through cultures so that every one is used."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.latin = sorted(LATIN_POOLS)
        self.native = sorted(NATIVE_POOLS)
        rng.shuffle(self.latin)
        rng.shuffle(self.native)
        self.li = self.ni = self.wi = self.ki = 0
        self.words = list(N.WORD_PEOPLE)
        rng.shuffle(self.words)
        self.nicks = list(N.NICKNAMES)
        rng.shuffle(self.nicks)

    def person(self, pin: str | None = None) -> Person:
        rng = self.rng
        native = rng.random() < NATIVE_SHARE
        if pin:
            native = pin.endswith("*")
            culture = pin.rstrip("*")
        elif native:
            culture = self.native[self.ni % len(self.native)]
            self.ni += 1
        else:
            culture = self.latin[self.li % len(self.latin)]
            self.li += 1
        order, pairs = (NATIVE_POOLS if native else LATIN_POOLS)[culture]
        g, f = rng.choice(pairs)
        return Person(culture, g, f, order, native)

    def word_person(self) -> Person:
        c, g, f = self.words[self.wi % len(self.words)]
        self.wi += 1
        return Person(c, g, f, "gf", False)

    def nick(self) -> tuple[str, str]:
        c, n = self.nicks[self.ki % len(self.nicks)]
        self.ki += 1
        return c, n


# ---------------------------------------------------------------- rendering

TOKEN = re.compile(r"«([^»]+)»")


class Renderer:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.people = People(random.Random(seed + 1))

    def render(self, template: str, pins: dict | None = None):
        """Returns (pieces, info) with info = {"names": [...], "planted": [...]}."""
        rng = self.rng
        pins = pins or {}
        persons: dict[str, Person] = {}
        values: dict[str, tuple[str | None, str]] = {}
        info = {"names": [], "planted": [], "phones": [], "decoys": []}
        price_style = rng.randrange(6)  # one currency style per prompt
        pieces: list = []
        pos = 0
        for m in TOKEN.finditer(template):
            pieces.append(template[pos:m.start()])
            pos = m.end()
            tok = m.group(1)
            if tok.startswith("d:"):
                if tok not in values:
                    used = {v for e, v in values.values() if e is None}
                    for _ in range(12):
                        val = D.decoy(rng, tok[2:].split("#")[0], price_style)
                        if val not in used:
                            break
                    values[tok] = (None, val)
                    info["decoys"].append(val)
                pieces.append(values[tok][1])
                continue
            if "." in tok and tok.split(".")[0][0] in "pwn" and tok.split(".")[0][1:].isdigit():
                key, form = tok.split(".", 1)
                if key not in persons:
                    if key[0] == "w":
                        persons[key] = self.people.word_person()
                    elif key[0] == "n":
                        c, nick = self.people.nick()
                        persons[key] = Person(c, nick, "", "gf", False)
                    else:
                        persons[key] = self.people.person(pins.get(key))
                p = persons[key]
                if form == "email":
                    if tok not in values:
                        values[tok] = ("EMAIL_ADDRESS", p.email_local(rng) + "@" + rng.choice(N.EMAIL_DOMAINS))
                    ent, val = values[tok]
                else:
                    ent, val = "PERSON", p.form(form)
                    info["names"].append({"value": val, "culture": p.culture,
                                          "script": "native" if p.native else "latin"})
                pieces.append((ent, val))
                info["planted"].append((ent, val))
                continue
            if tok not in values:
                self._values_now = values
                values[tok] = self._value(tok, info)
            ent, val = values[tok]
            pieces.append((ent, val))
            info["planted"].append((ent, val))
        pieces.append(template[pos:])
        pieces = [p for p in pieces if p != ""]
        return pieces, info

    def _value(self, tok: str, info: dict) -> tuple[str, str]:
        rng = self.rng
        base, _, arg = tok.partition(":")
        base = re.sub(r"#\d+$", "", base)
        if base not in ("ip4", "ip6"):
            base = base.rstrip("0123456789")
        if base == "email":
            local = rng.choice(["bookings", "info", "office", "m.ortega", "studio", "tide", "hello",
                                "crew", "rota", "claims", "volunteers", "jb.lettings"])
            return "EMAIL_ADDRESS", f"{local}{rng.choice(['', '', str(rng.randint(1, 99))])}@{rng.choice(N.EMAIL_DOMAINS)}"
        if base == "phone":
            c, v = phone(rng, arg or None)
            info["phones"].append(c)
            return "PHONE_NUMBER", v
        if base == "card":
            return "CREDIT_CARD", card(rng)
        if base == "iban":
            return "IBAN_CODE", iban(rng, arg.upper() or None)
        if base == "ibans":
            return "IBAN_CODE", iban(rng, arg.upper() or None, True)
        if base == "ibanc":
            return "IBAN_CODE", iban(rng, arg.upper() or None, False)
        if base == "ip4":
            return "IP_ADDRESS", ip4(rng)
        if base == "ip6":
            return "IP_ADDRESS", ip6(rng)
        if base == "ssn":
            return "US_SSN", ssn(rng)
        if base == "acct":
            return "ACCOUNT_NUMBER", account(rng)
        if base == "city":
            used = {v for e, v in self._values_now.values() if e == "LOCATION"}
            return "LOCATION", rng.choice([c for c in N.CITIES if c not in used])
        if base == "region":
            return "LOCATION", rng.choice(N.REGIONS)
        if base == "country":
            return "LOCATION", rng.choice(N.COUNTRIES)
        if base == "addr":
            return "LOCATION", rng.choice(N.ADDRESSES)
        raise ValueError(f"unknown placeholder {tok!r}")
