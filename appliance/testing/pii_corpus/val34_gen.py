"""The template language and renderer of val34, and the part's own checks.

A template is text with placeholders in double braces; each becomes a literal string or a
gold span (`compose`'s pieces). Numbered slots keep their value through a prompt:

* People ``{{p1}}`` (full name as the culture writes it) and ``{{p1.FORM}}`` with FORM one of
  ``first`` (given name), ``last`` (family name), ``ref`` (the name after a title: "Dr
  {{p1.ref}}"), ``fl`` ("A. Okafor"), ``lf`` ("Okafor, Amara", one span), ``bib`` ("Okafor,
  A. C.", one span), ``LAST`` ("OKAFOR"), ``UPFULL``, ``lc``/``lcfirst``/``lcref`` (lower
  case), ``nick``, ``ascii`` (without diacritics); not spans: ``hon`` ("Mr"/"Ms") and
  ``hon_de`` ... ``hon_vi``, ``handle`` (a squashed login such as "aokafor42");
  EMAIL_ADDRESS spans: ``email`` (personal) and ``wemail`` (at the prompt's domain).
* Places ``{{city1}}``, ``{{region1}}``, ``{{country1}}``, ``{{addr1}}`` (one line) and
  ``{{addr1.ml}}`` (one span over several lines); ``.lc`` for lower case.
* Values ``{{phone1}}`` (``{{phone1.de}}`` for a region), ``{{email1.bookings}}`` (a role
  address at the prompt's domain), ``{{card1}}`` (``.visa``, ``.mc``, ``.amex``,
  ``.disc``), ``{{iban1}}`` (``.de`` ...), ``{{ip1}}`` (``.v6``, ``.priv``), ``{{ssn1}}``,
  ``{{acct1}}`` (``.uk``, ``.us``, ``.dash``).
* Decoys (never spans): ``{{date}}``, ``{{order}}``, ``{{ver}}`` ... (see
  `val34_values.DECOYS`), ``{{domain}}`` (the prompt's organisation domain), ``{{sortcode}}``,
  and ``{{?one|two|three}}`` (a literal picked at random).
"""

from __future__ import annotations

import random
import re
import textwrap
from dataclasses import dataclass, field

from appliance.testing.pii_corpus import Prompt
from appliance.testing.pii_corpus import val34_names as N
from appliance.testing.pii_corpus import val34_places as PL
from appliance.testing.pii_corpus import val34_values as V

PLACEHOLDER = re.compile(r"\{\{([^{}]+?)\}\}")
LEFTOVER = re.compile(r"\{\{")


@dataclass(frozen=True)
class Template:
    id: str
    shape: str
    text: str
    names: tuple = ()  # culture keys or group names for every person slot
    slot_names: tuple = ()  # (("p1", ("vietnamese",)), ...)
    kin: tuple = ()  # (("p2", "p1"), ...): p2 shares p1's culture and family name
    where: tuple = ()  # ISO codes for places, phones and IBANs
    domain: str | None = None
    lang: str = "en"
    sex: tuple = ()  # (("p2", "m"), ...)


def T(
    tid: str,
    shape: str,
    text: str,
    *,
    names=(),
    slots=None,
    kin=None,
    where=(),
    domain=None,
    lang="en",
    sex=None,
) -> Template:
    if isinstance(names, str):
        names = (names,)
    if isinstance(where, str):
        where = (where,)
    slot_names = tuple(
        (k, (v,) if isinstance(v, str) else tuple(v)) for k, v in (slots or {}).items()
    )
    return Template(
        tid,
        shape,
        text,
        tuple(names),
        slot_names,
        tuple((kin or {}).items()),
        tuple(where),
        domain,
        lang,
        tuple((sex or {}).items()),
    )


def _expand(keys) -> list[str]:
    out: list[str] = []
    for key in keys:
        out.extend(N.GROUPS.get(key, (key,)))
    for key in out:
        if key not in N.CULTURES:
            raise ValueError(f"unknown culture {key!r}")
    return out


@dataclass
class Person:
    culture: str
    given: str
    family: str
    gender: str
    order: str
    eastern: bool
    word: bool = False
    family_culture: str = ""
    middle: str = ""
    extras: dict = field(default_factory=dict)

    @property
    def full(self) -> str:
        if not self.family:
            return self.given
        if self.order == "V" or (self.order == "E" and self.eastern):
            return f"{self.family} {self.given}"
        return f"{self.given} {self.family}"

    @property
    def first(self) -> str:
        if self.order == "V":
            return self.given.split()[-1]
        return self.given

    @property
    def ref(self) -> str:
        if self.order in ("V", "P") or not self.family:
            return self.first if self.order != "M" else self.given
        return self.family

    def initials(self) -> str:
        parts = re.split(r"([ -])", self.given)
        out = ""
        for part in parts:
            if part == " ":
                out += " "
            elif part == "-":
                out += "-"
            elif part:
                out += part[0] + "."
        return out + (" " + self.middle[0] + "." if self.middle else "")

    @property
    def fl(self) -> str:
        if self.order in ("V", "M", "P") or not self.family:
            return self.full
        return f"{self.initials()} {self.family}"

    @property
    def lf(self) -> str:
        if self.order in ("M", "P") or not self.family:
            return self.full
        return f"{self.family}, {self.given}"

    @property
    def bib(self) -> str:
        if self.order == "M" or not self.family:
            return self.full
        if self.order == "P" and self.culture != "icelandic":
            return self.full
        return f"{self.family}, {self.initials()}"

    @property
    def vanc(self) -> str:
        if self.order in ("M", "P") or not self.family:
            return self.full
        letters = "".join(ch for ch in self.initials() if ch.isalpha())
        return f"{self.family} {letters}"

    @property
    def last(self) -> str:
        return self.family or self.given

    @property
    def nick(self) -> str:
        return N.NICKNAMES.get(self.given, self.first)


HONORIFICS = {
    "hon": ("Mr", "Ms"),
    "hon_de": ("Herr", "Frau"),
    "hon_es": ("Sr.", "Sra."),
    "hon_fr": ("M.", "Mme"),
    "hon_pt": ("Sr.", "Sra."),
    "hon_it": ("Sig.", "Sig.ra"),
    "hon_nl": ("dhr.", "mevr."),
    "hon_pl": ("Pan", "Pani"),
    "hon_tr": ("Bey", "Hanım"),
    "hon_id": ("Bapak", "Ibu"),
    "hon_vi": ("ông", "bà"),
    "hon_sv": ("", ""),
}
# forms whose slots never get a word-name ("grace", "MARK" would read as words)
LOWER_FORMS = {"lc", "lcfirst", "lcref", "lclast", "vc", "UPFULL"}


class Renderer:
    def __init__(self, template: Template, rng: random.Random, used_names: set[str]):
        self.t = template
        self.rng = rng
        self.used = used_names
        self.persons: dict[str, Person] = {}
        self.values: dict[str, str] = {}
        self.phones: dict[str, str] = {}
        prefix = template.id.split("-", 1)[0]
        self.domain = template.domain or rng.choice(V.DOMAINS_BY_PREFIX.get(prefix, V.ORG_DOMAINS))
        self.where = template.where
        self.home = rng.choice(V.PHONE_REGIONS)
        self.lower_slots = {
            m.group(1).split(".")[0]
            for m in PLACEHOLDER.finditer(template.text)
            if "." in m.group(1) and m.group(1).split(".", 1)[1] in LOWER_FORMS
        }
        # slots that need a family name (initials, "Last, First", surname forms)
        self.family_slots = {
            m.group(1).split(".")[0]
            for m in PLACEHOLDER.finditer(template.text)
            if "." in m.group(1)
            and m.group(1).split(".", 1)[1] in ("fl", "lf", "bib", "vanc", "LAST", "last")
        }

    # --- people -----------------------------------------------------------------------------
    def _cultures_for(self, slot: str) -> list[str]:
        for key, cultures in self.t.slot_names:
            if key == slot:
                return _expand(cultures)
        if self.t.names:
            return _expand(self.t.names)
        return list(N.ALL_CULTURES)

    def _new_person(self, slot: str) -> Person:
        rng = self.rng
        kin = dict(self.t.kin).get(slot)
        fixed = dict(self.t.sex).get(slot)
        for _ in range(200):
            if kin:
                base = self.person(kin)
                culture = N.CULTURES[base.family_culture or base.culture]
                gender = fixed or rng.choice("fm")
                given = rng.choice(culture.female if gender == "f" else culture.male)
                family = base.family
                for m, f in culture.family:
                    if base.family in (m, f):
                        family = f if gender == "f" else m
                person = Person(culture.key, given, family, gender, culture.order, base.eastern)
            else:
                explicit = any(k == slot for k, _ in self.t.slot_names) or self.t.names
                if not explicit and slot not in self.lower_slots and rng.random() < 0.07:
                    given, gender = rng.choice([w for w in N.WORD_NAMES if fixed in (None, w[1])])
                    fam_culture = N.CULTURES[rng.choice(N.WORD_FAMILY_CULTURES)]
                    m, f = rng.choice(fam_culture.family)
                    person = Person(
                        "word",
                        given,
                        f if gender == "f" else m,
                        gender,
                        "W",
                        False,
                        True,
                        fam_culture.key,
                    )
                else:
                    culture = N.CULTURES[rng.choice(self._cultures_for(slot))]
                    if slot in self.family_slots and culture.order not in ("W", "E", "V"):
                        continue
                    gender = fixed or rng.choice("fm")
                    given = rng.choice(culture.female if gender == "f" else culture.male)
                    if culture.family:
                        m, f = rng.choice(culture.family)
                        family = f if gender == "f" else m
                    else:
                        family = ""
                    if culture.key == "javanese" and rng.random() < 0.3:
                        family = ""
                    person = Person(
                        culture.key, given, family, gender, culture.order, rng.random() < 0.6
                    )
                    if culture.order == "W" and family and rng.random() < 0.12 and " " not in given:
                        person.middle = rng.choice("ABCDEFGHJKLMNPRST")
            if person.order == "E" and slot in self.family_slots:
                person.eastern = False
            taken = {p.given for p in self.persons.values()} | {
                p.full for p in self.persons.values()
            }
            if person.given in taken or person.full in taken:
                continue
            if person.full in self.used and rng.random() < 0.9:
                continue
            self.used.add(person.full)
            return person
        raise ValueError(f"{self.t.id}: could not draw a person for {slot}")

    def person(self, slot: str) -> Person:
        if slot not in self.persons:
            self.persons[slot] = self._new_person(slot)
        return self.persons[slot]

    def person_piece(self, slot: str, form: str):
        p = self.person(slot)
        if form in HONORIFICS:
            return HONORIFICS[form][p.gender == "f"]
        if form == "handle":
            first = V.ascii_fold(p.first).lower().replace(" ", "").replace("-", "")
            last = V.ascii_fold(p.last).lower().replace(" ", "").replace("-", "")
            last = last.replace("'", "")
            key = f"{slot}.handle"
            if key not in p.extras:
                p.extras[key] = self.rng.choice(
                    (
                        f"{first[0]}{last}",
                        f"{first[0]}{last}{self.rng.randrange(2, 99)}",
                        f"{first[:3]}{last[:3]}",
                        f"{last}{first[0]}",
                    )
                )
            return p.extras[key]
        if form in ("email", "wemail"):
            if form not in p.extras:
                domain = self.domain if form == "wemail" else None
                p.extras[form] = V.person_email(self.rng, p.first, p.last, domain)
            return ("EMAIL_ADDRESS", p.extras[form])
        value = {
            "": p.full,
            "full": p.full,
            "first": p.first,
            "last": p.last,
            "ref": p.ref,
            "fl": p.fl,
            "lf": p.lf,
            "bib": p.bib,
            "vanc": p.vanc,
            "LAST": p.last.upper(),
            "UPFULL": p.full.upper(),
            "lc": p.full.lower(),
            "lcfirst": p.first.lower(),
            "lcref": p.ref.lower(),
            "lclast": p.last.lower(),
            "nick": p.nick,
            "ascii": V.ascii_fold(p.full) if p.order != "V" else p.full,
        }.get(form)
        if value is None:
            raise ValueError(f"{self.t.id}: unknown person form {form!r}")
        return ("PERSON", value)

    # --- places and values ------------------------------------------------------------------
    def _pick_where(self, entries, code_of):
        if self.where:
            local = [e for e in entries if code_of(e) in self.where]
            if local:
                return self.rng.choice(local)
        return self.rng.choice(entries)

    def place(self, slot: str, form: str):
        kind = re.sub(r"\d+$", "", slot)
        if slot not in self.values:
            taken = set(self.values.values())
            for _ in range(50):
                if kind == "addr":
                    code, lines = self._pick_where(PL.ADDRESSES, lambda e: e[0])
                    value = "\n".join(lines) if form == "ml" else ", ".join(lines)
                    self.values[slot + ".code"] = code
                    self.values[slot + ".lines"] = lines
                else:
                    pool = {"city": PL.CITIES, "region": PL.REGIONS, "country": PL.COUNTRIES}[kind]
                    name, code = self._pick_where(pool, lambda e: e[1])
                    value = name
                if value not in taken:
                    break
            self.values[slot] = value
        value = self.values[slot]
        if kind == "addr":
            lines = self.values[slot + ".lines"]
            value = "\n".join(lines) if form == "ml" else ", ".join(lines)
        if form == "lc":
            value = value.lower()
        elif form == "vc":
            value = re.sub(r"[,.:;]", "", value.lower())
        return ("LOCATION", value)

    def _region(self, form: str) -> str:
        if form and len(form) == 2:
            return form.upper()
        if self.where:
            return self.rng.choice(self.where)
        if self.rng.random() < 0.65:
            return self.home
        return self.rng.choice(V.PHONE_REGIONS)

    def value(self, slot: str, form: str):
        kind = re.sub(r"\d+$", "", slot)
        key = f"{slot}.{form}"
        if key in self.values:
            return self.values[key]
        rng = self.rng
        if kind == "phone":
            region = V.phone_region(self._region(form))
            text = V.phone(rng, region)
            self.phones[text] = region
            piece = ("PHONE_NUMBER", text)
        elif kind == "email":
            local = form or rng.choice(V.ROLE_LOCALS)
            piece = ("EMAIL_ADDRESS", f"{local}@{self.domain}")
        elif kind == "card":
            piece = ("CREDIT_CARD", V.card(rng, form or None))
        elif kind == "iban":
            country = form.upper() if form else None
            if not country and self.where:
                options = [c for c in self.where if c in V.IBAN_SPECS]
                country = rng.choice(options) if options else None
            piece = ("IBAN_CODE", V.iban(rng, country))
        elif kind == "ip":
            if form == "v6":
                piece = ("IP_ADDRESS", V.ipv6(rng))
            else:
                piece = ("IP_ADDRESS", V.ipv4(rng, private=form == "priv"))
        elif kind == "ssn":
            piece = ("US_SSN", V.ssn(rng))
        elif kind == "acct":
            piece = ("ACCOUNT_NUMBER", V.account(rng, form or None))
        else:
            raise ValueError(f"{self.t.id}: unknown slot {slot!r}")
        self.values[key] = piece
        return piece

    def fill(self, spec: str):
        if spec.startswith("?"):
            return self.rng.choice(spec[1:].split("|"))
        if spec.startswith("mail:"):
            return ("EMAIL_ADDRESS", spec[5:])
        slot, _, form = spec.partition(".")
        if re.fullmatch(r"p\d+", slot):
            return self.person_piece(slot, form)
        kind = re.sub(r"\d+$", "", slot)
        if kind in ("city", "region", "country", "addr"):
            return self.place(slot, form)
        if kind in ("phone", "email", "card", "iban", "ip", "ssn", "acct"):
            return self.value(slot, form)
        if slot == "domain":
            return self.domain
        if slot == "sortcode":
            return V.sort_code(self.rng)
        if kind in V.DECOYS:
            if kind != slot:
                if slot not in self.values:
                    self.values[slot] = V.DECOYS[kind](self.rng)
                return self.values[slot]
            return V.DECOYS[kind](self.rng)
        raise ValueError(f"{self.t.id}: unknown placeholder {spec!r}")

    def render(self) -> list:
        text = textwrap.dedent(self.t.text).strip("\n")
        pieces: list = []
        pos = 0
        for m in PLACEHOLDER.finditer(text):
            if m.start() > pos:
                pieces.append(text[pos : m.start()])
            pieces.append(self.fill(m.group(1).strip()))
            pos = m.end()
        if pos < len(text):
            pieces.append(text[pos:])
        merged: list = []
        for piece in pieces:
            if isinstance(piece, str) and merged and isinstance(merged[-1], str):
                merged[-1] += piece
            elif piece != "":
                merged.append(piece)
        return merged

    def cultures(self) -> list[str]:
        out = set()
        for p in self.persons.values():
            out.add(p.culture)
            if p.family_culture:
                out.add(p.family_culture)
        return sorted(out)


# --- the part's own checks -------------------------------------------------------------------

_URL = re.compile(r"(?:https?://|www\.)[^\s\"'<>)\]]+")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_WORD = re.compile(r"[^\W\d_]+")


def name_words(value: str, entity: str) -> set[str]:
    """The words of a planted PERSON or LOCATION value that the checks compare: its letters-only
    tokens, without name particles, street-type words, or (for places) tokens of two letters
    or fewer."""
    out = set()
    for tok in _WORD.findall(value):
        low = tok.lower()
        if len(tok) < 2 or low in N.PARTICLES:
            continue
        if entity == "LOCATION" and (len(tok) <= 2 or low in PL.PLACE_WORDS):
            continue
        out.add(tok)
    return out


def planted_patterns(prompts: list[Prompt]) -> tuple[re.Pattern | None, re.Pattern | None]:
    """Two regexes over the part's planted name and place words: case-insensitive for most,
    case-sensitive for word-names ("Grace", "Will") whose lower case is an everyday word."""
    ci: set[str] = set()
    cs: set[str] = set()
    for p in prompts:
        for g in p.gold:
            if g.entity in ("PERSON", "LOCATION"):
                for tok in name_words(p.text[g.start : g.end], g.entity):
                    if tok in N.WORD_NAME_SET:
                        cs.add(tok)
                    else:
                        ci.add(tok.lower())

    def build(words: set[str], flags: int) -> re.Pattern | None:
        if not words:
            return None
        alt = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
        return re.compile(rf"(?<!\w)(?:{alt})(?!\w)", flags)

    return build(ci, re.IGNORECASE), build(cs, 0)


def stray_mentions(prompt: Prompt, patterns) -> list[str]:
    """Whole-word occurrences of planted name/place words outside the prompt's gold spans (and,
    in personal prompts, outside URLs and e-mail addresses)."""
    chars = list(prompt.text)
    if prompt.gold:
        for g in prompt.gold:
            for i in range(g.start, g.end):
                chars[i] = " "
        masked = "".join(chars)
        for rx in (_URL, _EMAIL):
            masked = rx.sub(lambda m: " " * len(m.group(0)), masked)
    else:
        masked = prompt.text
    hits = []
    for rx in patterns:
        if rx is not None:
            hits.extend(m.group(0) for m in rx.finditer(masked))
    return hits


def verify(prompts: list[Prompt]) -> None:
    patterns = planted_patterns(prompts)
    for p in prompts:
        if LEFTOVER.search(p.text) or PLACEHOLDER.search(p.text):
            raise ValueError(f"{p.id}: template placeholder left in the text")
        hits = stray_mentions(p, patterns)
        if hits:
            kind = "clean" if p.clean else "personal"
            raise ValueError(f"{p.id} ({kind}): planted name/place words outside gold: {hits}")
