"""train_d: a generator of labelled training prompts for a PERSON/LOCATION NER component.

`prompts(seed, count)` returns `count` prompts (ids `traind-<seed>-00001` ...), about 60%
with personal data and 40% clean, the same for the same seed; another seed gives other fills
and another template order.

Blind: the author of train_d read only `pii_corpus/__init__.py` (the Prompt/Gold/compose/check
API and the gold conventions) and `pii_corpus/validity.py` (Luhn, IBAN, SSN checks). No other
part of the corpus, no recognizer, no document of the analyzer and no name list of any
library was read; the templates, decoys, the hand-written name pools (50 cultures) and the
places were typed from the author's own head. Faker's person providers (Latin-script and
romanized locales) supply about half of the names, for volume.

Domains: healthcare, clinical trials, pharmacy, veterinary, social work, schools and
universities, childcare, elder care, legal (courts, contracts, wills, police reports), public
administration, immigration, insurance claims.

Shapes: form, letter, clinical_note, minutes, transcript, html, xml, pdf (odd line breaks and
hyphenation), ocr (broken spacing), referral, school_report, prescription, chat, email, json,
csv, log, code, sms, voice (lower case, no punctuation).

Conventions (those of `pii_corpus`): PERSON spans are names as written (full, given alone,
surname first, initials, lower or upper case) without titles or a possessive "'s"; an
@-mention's "@" stays outside; names inside e-mail addresses are not PERSON. LOCATION is a
city, region, country or a whole street address. Every planted value is a gold span at every
occurrence; phones are valid by `phonenumbers` as written, cards pass Luhn, IBANs their check
digits, SSNs the issuing rules. Clean prompts carry no person, place or contact; the given
names that are everyday words ("Hope", "Will", "Rose") appear there as things only.

Helper modules: `train_d_names` (name pools), `train_d_values` (places and structured values),
`train_d_personal` (personal templates), `train_d_clean` (decoys and clean templates).
"""

from __future__ import annotations

import random
import re
import string

from appliance.testing.pii_corpus import Piece, Prompt, check, compose
from appliance.testing.pii_corpus import train_d_names as names
from appliance.testing.pii_corpus import train_d_values as values
from appliance.testing.pii_corpus.train_d_clean import CLEAN, DECOYS
from appliance.testing.pii_corpus.train_d_personal import PERSONAL

CLEAN_SHARE = 0.4
_SLOT = re.compile(r"\{([A-Za-z]+)(\d?)\}")
PERSON_KINDS = frozenset({"p", "n", "g", "s", "w", "i", "r", "rc", "l", "lw"})
PLACE_KINDS = frozenset({"city", "region", "country", "addr", "loc"})
VALUE_KINDS = {
    "phone": "PHONE_NUMBER",
    "email": "EMAIL_ADDRESS",
    "card": "CREDIT_CARD",
    "iban": "IBAN_CODE",
    "ip": "IP_ADDRESS",
    "ssn": "US_SSN",
    "acct": "ACCOUNT_NUMBER",
}
_LANGS = ("Tigrinya", "Dari", "Portuguese", "Polish", "Arabic", "Somali", "Tagalog", "Urdu")
_TITLES = ("Mr", "Mrs", "Ms", "Dr", "Mx", "Miss")
_FIELDS = ("status", "claim_ref", "dose_mg", "visit_no", "finish", "sku")


def _parse(text: str) -> list[str | tuple[str, str, str]]:
    """A template as literal strings and (kind, index, raw) slots."""
    out: list[str | tuple[str, str, str]] = []
    pos = 0
    for m in _SLOT.finditer(text):
        out.append(text[pos : m.start()])
        out.append((m.group(1), m.group(2), m.group(0)))
        pos = m.end()
    out.append(text[pos:])
    return [p for p in out if p != ""]


PERSONAL_PARSED = [(shape, _parse(t)) for shape, t in PERSONAL]
CLEAN_PARSED = [(shape, _parse(t)) for shape, t in CLEAN]


def _decoy(rng: random.Random, kind: str) -> str:
    if kind in DECOYS:
        return rng.choice(DECOYS[kind])
    r = rng.randint
    if kind == "date":
        d, m, y = r(1, 28), r(1, 12), r(2019, 2026)
        return rng.choice((f"{d:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{d}.{m}.{y}"))
    if kind == "isodate":
        return f"{r(2019, 2026)}-{r(1, 12):02d}-{r(1, 28):02d}"
    if kind == "time":
        return f"{r(7, 22):02d}:{rng.choice(('00', '15', '30', '45', '05', '50'))}"
    if kind == "num":
        return str(r(2, 96))
    if kind == "year":
        return str(r(2018, 2026))
    if kind == "ref":
        return rng.choice((f"CR-{r(2019, 2026)}-{r(1, 9999):04d}", f"REF/{r(10000, 99999)}",
                           f"HO/{r(100, 999)}/{r(1000, 9999)}", f"C{r(1000000, 9999999)}"))  # fmt: skip
    if kind == "form":
        return rng.choice(("SA-302", "N244", "FLR(M)", "CF-11", "D81", "SC2", "P60", "AF-9"))
    if kind == "policy":
        return f"POL-{r(10000, 99999)}-{rng.choice('ABCDEFGH')}"
    if kind == "order":
        return rng.choice((f"ORD-{r(100000, 999999)}", f"#{r(1000000, 9999999)}",
                           f"{r(4000, 4999)} {r(1000, 9999)} {r(1000, 9999)}"))  # fmt: skip
    if kind == "ver":
        return f"{r(1, 14)}.{r(0, 20)}.{r(0, 9)}"
    if kind == "hash":
        return "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice((7, 12, 40))))
    if kind == "track":
        return rng.choice((f"1Z{r(100, 999)}AA{r(10**9, 10**10 - 1)}",
                           f"JD{r(10**15, 10**16 - 1)}", f"RM{r(10**7, 10**8 - 1)}GB"))  # fmt: skip
    if kind == "ticket":
        return rng.choice(
            (f"INC{r(1000000, 9999999)}", f"JIRA-{r(100, 9999)}", f"#{r(100, 99999)}")
        )
    if kind == "money":
        return rng.choice((f"£{r(20, 9999)}.{r(0, 99):02d}", f"${r(20, 9999):,}", f"€{r(5, 999)}"))
    if kind == "lang":
        return rng.choice(_LANGS)
    if kind == "t":
        return rng.choice(_TITLES)
    if kind == "camelfn":
        return rng.choice(("calc_dose", "load_claims", "build_report", "next_visit"))
    if kind == "field":
        return rng.choice(_FIELDS)
    raise KeyError(kind)


class _Filler:
    """Fills one template: binds indexed people and places, makes gold pieces."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.people: dict[str, tuple[str, str]] = {}
        self.places: dict[str, str] = {}

    def person(self, idx: str, word: bool = False) -> tuple[str, str]:
        if idx and idx in self.people:
            return self.people[idx]
        used = {g for g, _ in self.people.values()}
        for _ in range(8):
            g, f = names.person(self.rng)
            if word:
                g = self.rng.choice(names.WORD_GIVEN)
            if g not in used:
                break
        if idx:
            self.people[idx] = (g, f)
        return g, f

    def slot(self, kind: str, idx: str) -> Piece:
        rng = self.rng
        upper = kind.isupper() and kind.lower() not in ("i",) or kind == "I"
        k = kind.lower() if kind.isupper() else kind
        if k in PERSON_KINDS:
            g, f = self.person(idx, word=k in ("w", "lw"))
            if k in ("w", "lw", "g"):
                text = g
            elif k == "n":
                text = f"{g} {f}"
            elif k == "l":
                text = f"{g} {f}".lower()
            elif k == "s":
                text = f
            elif k == "i":
                mid = rng.choice(("", "", f"{rng.choice('ABCDEJMRST')}. "))
                if rng.random() < 0.8:
                    text = f"{g[0]}. {mid}{f}"
                else:
                    first = f"{g[0]}{mid[:1]}".lower()
                    first = first[0] if first in names.TITLE_LIKE else first
                    text = f"{first} {f.lower()}"
            elif k == "r":
                text = f"{f.upper()} {g}" if rng.random() < 0.6 else f"{f}, {g}"
            elif k == "rc":
                text = f"{f}, {g}"
            else:
                text = names.full_forms(rng, g, f)
            if k == "lw":
                text = text.lower()
            return ("PERSON", text.upper() if upper else text)
        if k in PLACE_KINDS:
            key = k + idx
            if idx and key in self.places:
                text = self.places[key]
            else:
                text = values.location(rng, "" if k == "loc" else k)
                if idx:
                    self.places[key] = text
            return ("LOCATION", text.upper() if upper else text)
        if k in VALUE_KINDS:
            if k == "email":
                g, f = self.person(idx)
                text = values.email(rng, g, f)
            else:
                text = {
                    "phone": values.phone,
                    "card": values.card,
                    "iban": values.iban,
                    "ip": values.ip,
                    "ssn": values.ssn,
                    "acct": values.account,
                }[k](rng)
            return (VALUE_KINDS[k], text)
        text = _decoy(rng, k)
        return text.upper() if upper else text


# ---- style transforms (applied to literal pieces; case also to names and places) ----

_PUNCT = str.maketrans("", "", "".join(c for c in string.punctuation if c not in "'@-"))


def _typo(rng: random.Random, s: str) -> str:
    words = s.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
    if not idx:
        return s
    i = rng.choice(idx)
    w = words[i]
    j = rng.randint(1, len(w) - 3)
    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :] if rng.random() < 0.7 else w[:j] + w[j + 1 :]
    return " ".join(words)


def _interior(s: str, fn) -> str:  # type: ignore[no-untyped-def]
    """Apply fn to the inside of a literal, keeping its first and last character."""
    if len(s) < 3:
        return s
    return s[0] + fn(s[1:-1]) + s[-1]


def _ocr(rng: random.Random, s: str) -> str:
    out = []
    for ch in s:
        out.append(ch)
        if ch.isalpha() and rng.random() < 0.06:
            out.append(" ")
    s = "".join(out)
    return s.replace("O", "0") if rng.random() < 0.3 else s


def _pdf(rng: random.Random, s: str) -> str:
    words = s.split(" ")
    out = []
    for w in words:
        if len(w) >= 9 and w.isalpha() and rng.random() < 0.3:
            cut = len(w) // 2
            w = w[:cut] + "-\n" + w[cut:]
        out.append(w)
    joined = ""
    for i, w in enumerate(out):
        joined += w if i == 0 else (("\n" if rng.random() < 0.12 else " ") + w)
    return joined


def _style(rng: random.Random, shape: str, pieces: list[Piece]) -> list[Piece]:
    case = ""
    r = rng.random()
    if shape == "voice" or (shape in ("chat", "sms") and r < 0.25):
        case = "lower"
    elif (shape in ("form", "chat", "ocr", "sms") and r > 0.93) or r > 0.985:
        case = "upper"
    typo = shape in ("chat", "sms", "email", "clinical_note", "minutes") and rng.random() < 0.2
    out: list[Piece] = []
    for piece in pieces:
        if isinstance(piece, tuple):
            ent, val = piece
            if ent in ("PERSON", "LOCATION"):
                val = val.lower() if case == "lower" else val.upper() if case == "upper" else val
            out.append((ent, val))
            continue
        s = piece.lower() if case == "lower" else piece.upper() if case == "upper" else piece
        if shape == "voice":
            s = s.translate(_PUNCT).replace("\n", " ")
        if typo and rng.random() < 0.5:
            s = _interior(s, lambda x: _typo(rng, x))
        if shape == "ocr":
            s = _interior(s, lambda x: _ocr(rng, x))
        elif shape == "pdf":
            s = _interior(s, lambda x: _pdf(rng, x))
        out.append(s)
    return out


def _fill(rng: random.Random, parsed: list[str | tuple[str, str, str]]) -> list[Piece]:
    filler = _Filler(rng)
    pieces: list[Piece] = []
    for part in parsed:
        if isinstance(part, str):
            pieces.append(part)
        else:
            pieces.append(filler.slot(part[0], part[1]))
    return pieces


def prompts(seed: int, count: int) -> list[Prompt]:
    """`count` labelled prompts for seed `seed` (about 40% clean)."""
    rng = random.Random(f"train_d/{seed}")
    n_clean = round(count * CLEAN_SHARE)
    flags = [True] * n_clean + [False] * (count - n_clean)
    rng.shuffle(flags)
    personal = list(PERSONAL_PARSED)
    clean = list(CLEAN_PARSED)
    rng.shuffle(personal)
    rng.shuffle(clean)
    out: list[Prompt] = []
    np = nc = 0
    for i, is_clean in enumerate(flags, 1):
        if is_clean:
            shape, parsed = clean[nc % len(clean)]
            nc += 1
            if nc % len(clean) == 0:
                rng.shuffle(clean)
        else:
            shape, parsed = personal[np % len(personal)]
            np += 1
            if np % len(personal) == 0:
                rng.shuffle(personal)
        pieces = _style(rng, shape, _fill(rng, parsed))
        out.append(compose(f"traind-{seed}-{i:05d}", shape, pieces))
    check(out)
    return out


def template_count() -> int:
    return len(PERSONAL) + len(CLEAN)


def shapes() -> frozenset[str]:
    return frozenset(s for s, _ in PERSONAL) | frozenset(s for s, _ in CLEAN)
