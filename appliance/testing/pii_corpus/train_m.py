"""train_m: a generator of labelled training prompts for a NER model (PERSON, LOCATION and
the structured entities), written blind.

Blind meant: its author read only `appliance/testing/pii_corpus/__init__.py` (the
`Prompt`/`Gold`/`compose`/`check` API and the gold conventions) and `validity.py` (Luhn,
IBAN and SSN checks) of the repository, no other part of the corpus, no recognizer and no
test of the corpus, and never ran the analyzer; every template, name, place and decoy came
from the author's head (plus Faker's name lists, for volume).

What it is for: recall of names where news-trained models and simple rules miss them. The
prompts are busy people's own notes and messages across many countries (dictated memos,
voice-to-text, chat-ops and on-call channels, CRM and ticket notes, shift handovers,
WhatsApp and SMS threads, code with fixtures, logs, SQL, subtitles, meeting transcripts,
minutes, interview notes) from trades and field service, clinics' front desks, schools,
logistics depots, newsrooms, startups, community groups and families. Templates live in
`train_m_personal` and `train_m_clean`, names and places in `train_m_names`, values and
decoys in `train_m_values`.

Conventions (those of the corpus): every person's name and every place in a prompt is a
labelled gold span, every occurrence; PERSON spans leave titles, a possessive "'s" and an
@-mention's "@" outside; names inside e-mail addresses are not PERSON (the address is an
EMAIL_ADDRESS span); brands and products named after people are not PERSON; a street
address is one LOCATION span; phone numbers are valid by `phonenumbers`, cards by Luhn,
IBANs by their check digits, SSNs by the issuing rules. About 40% of prompts are clean:
no name, place or contact at all, only decoys. A fill whose name or place also appears as a
plain word elsewhere in its prompt is drawn again, so no occurrence is left unlabelled.
"""

from __future__ import annotations

import random
import re

from appliance.testing.pii_corpus import Piece, Prompt, check, compose
from appliance.testing.pii_corpus import train_m_names as names
from appliance.testing.pii_corpus import train_m_values as values
from appliance.testing.pii_corpus.train_m_clean import CLEAN
from appliance.testing.pii_corpus.train_m_personal import PERSONAL

SLOT = re.compile(r"\{([A-Za-z]+)(\d?)\}")
CLEAN_SHARE = 0.4
VALUE_SHARE = 1 / 3  # of personal prompts

PERSON_FORMS = frozenset(
    "full first last LAST FULLUP FIRSTUP low lowfirst lowlast init initlow sfirst scomma "
    "handle dot nodia lownodia lastnodia".split()
)
WORD_FORMS = frozenset(("word", "lowword", "WORDUP"))
PLACE_FORMS = {
    "city": ("city", str),
    "lowcity": ("city", str.lower),
    "CITYUP": ("city", str.upper),
    "region": ("region", str),
    "country": ("country", str),
    "lowcountry": ("country", str.lower),
    "addr": ("addr", str),
}
VALUE_FORMS = {
    "phone": "PHONE_NUMBER",
    "email": "EMAIL_ADDRESS",
    "card": "CREDIT_CARD",
    "iban": "IBAN_CODE",
    "ip": "IP_ADDRESS",
    "ssn": "US_SSN",
    "acct": "ACCOUNT_NUMBER",
}
TEMPLATES = PERSONAL + CLEAN
SHAPES = frozenset(shape for shape, _ in TEMPLATES)


def _has_values(template: str) -> bool:
    return any(m.group(1) in VALUE_FORMS for m in SLOT.finditer(template))


_PERSONAL_VALUES = tuple(t for t in PERSONAL if _has_values(t[1]))
_PERSONAL_NAMES = tuple(t for t in PERSONAL if not _has_values(t[1]))


def _person_form(p: names.Person, form: str, rng: random.Random) -> str:
    full = f"{p.family} {p.given}" if p.order == "fg" else f"{p.given} {p.family}"
    fold = values.fold
    if form == "full":
        return full
    if form == "first":
        return p.given
    if form == "last":
        return p.family
    if form == "LAST":
        return p.family.upper()
    if form == "FULLUP":
        return full.upper()
    if form == "FIRSTUP":
        return p.given.upper()
    if form == "low":
        return full.lower()
    if form == "lowfirst":
        return p.given.lower()
    if form == "lowlast":
        return p.family.lower()
    if form == "nodia":
        return fold(full)
    if form == "lownodia":
        return fold(full).lower()
    if form == "lastnodia":
        return fold(p.family)
    if form == "sfirst":
        return f"{p.family.upper()} {p.given}"
    if form == "scomma":
        return f"{p.family}, {p.given}"
    middle = rng.choice("ABCDEJKLMRST") if rng.random() < 0.5 else ""
    if form == "init":
        g = p.given[0]
        return rng.choice(
            (
                f"{g}. {middle}. {p.family}" if middle else f"{g}. {p.family}",
                f"{g}.{middle}. {p.family}" if middle else f"{g} {p.family}",
            )
        )
    if form == "initlow":
        return f"{p.given[0]}{middle} {p.family}".lower()
    g = re.sub(r"[^a-z]", "", fold(p.given).lower())
    f = re.sub(r"[^a-z]", "", fold(p.family).lower())
    if form == "handle":
        return rng.choice((g + f, f + g, g + f[:1], g + f + str(rng.randint(1, 99))))
    if form == "dot":
        return rng.choice((f"{f}.{g[:1]}", f"{g}.{f}", f"{g[:1]}.{f}", f"{g}_{f[:3]}"))
    raise KeyError(form)


def _render(pid: str, shape: str, template: str, rng: random.Random) -> list[Piece]:
    people: dict[int, names.Person] = {}
    words: dict[int, str] = {}
    places: dict[tuple[str, int], str] = {}
    pieces: list[Piece] = []
    pos = 0

    def person(i: int) -> names.Person:
        if i not in people:
            taken = {(q.given, q.family) for q in people.values()}
            taken_tokens = {t for q in people.values() for t in (q.given, q.family)}
            while True:
                p = names.person(rng)
                if (p.given, p.family) not in taken and not {p.given, p.family} & taken_tokens:
                    break
            people[i] = p
        return people[i]

    def lit(text: str) -> None:
        if text:
            pieces.append(text.replace("{{", "{").replace("}}", "}"))

    for m in SLOT.finditer(template):
        lit(template[pos : m.start()])
        pos = m.end()
        form, idx = m.group(1), int(m.group(2) or 1)
        if form in PERSON_FORMS:
            pieces.append(("PERSON", _person_form(person(idx), form, rng)))
        elif form in WORD_FORMS:
            if idx not in words:
                used = set(words.values())
                words[idx] = rng.choice([w for w in names.WORD_GIVEN if w not in used])
            w = words[idx]
            pieces.append(
                ("PERSON", w.lower() if form == "lowword" else w.upper() if form == "WORDUP" else w)
            )
        elif form in PLACE_FORMS:
            kind, case = PLACE_FORMS[form]
            key = (kind, idx)
            if key not in places:
                used = set(places.values())
                while (v := names.place(kind, rng)) in used:
                    pass
                places[key] = v
            pieces.append(("LOCATION", case(places[key])))
        elif form in VALUE_FORMS:
            entity = VALUE_FORMS[form]
            if form == "phone":
                v = values.phone(rng)
            elif form == "email":
                p = person(idx) if rng.random() < 0.8 else None
                v = values.email(rng, p.given if p else None, p.family if p else None)
            elif form == "card":
                v = values.card(rng)
            elif form == "iban":
                v = values.iban(rng)
            elif form == "ip":
                v = values.ip(rng)
            elif form == "ssn":
                v = values.ssn(rng)
            else:
                v = values.account(rng)
            pieces.append((entity, v))
        else:
            lit(values.decoy(form, rng))
    lit(template[pos:])
    return pieces


def _unlabelled_clash(pieces: list[Piece]) -> bool:
    """Whether a planted name or place also stands as a plain word in the literal text."""
    plain = " ".join(p for p in pieces if isinstance(p, str)).lower()
    for p in pieces:
        if isinstance(p, tuple) and p[0] in ("PERSON", "LOCATION"):
            for token in re.findall(r"[^\W\d_]{2,}", p[1].lower()):
                if token in (
                    "the",
                    "de",
                    "la",
                    "van",
                    "der",
                    "von",
                    "dos",
                    "bin",
                    "binti",
                    "al",
                    "el",
                    "mac",
                    "te",
                    "ni",
                ):
                    continue
                if re.search(rf"(?<![^\W\d_]){re.escape(token)}(?![^\W\d_])", plain):
                    return True
    return False


def _merge_names(pieces: list[Piece]) -> list[Piece]:
    """A given and a family name written side by side with one space become one span."""
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
            prev = out.pop()
            assert isinstance(prev, tuple)
            piece = ("PERSON", f"{prev[1]} {piece[1]}")
        out.append(piece)
    return out


def build(pid: str, shape: str, template: str, rng: random.Random) -> Prompt:
    """One prompt from one template, drawn again while a fill clashes with the text."""
    for _ in range(40):
        pieces = _merge_names(_render(pid, shape, template, rng))
        if not _unlabelled_clash(pieces):
            break
    else:
        raise ValueError(f"{pid}: no clash-free fill for {template!r}")
    return compose(pid, shape, pieces)


def prompts(seed: int, count: int) -> list[Prompt]:
    """`count` prompts, ids `trainm-<seed>-00001` ...; about 60% personal, 40% clean; the
    same for the same seed, other fills and template order for another."""
    rng = random.Random(f"train_m:{seed}")
    n_clean = round(count * CLEAN_SHARE)
    kinds = ["clean"] * n_clean + ["personal"] * (count - n_clean)
    rng.shuffle(kinds)
    decks: dict[str, list[tuple[str, str]]] = {}
    pools = {"clean": CLEAN, "names": _PERSONAL_NAMES, "values": _PERSONAL_VALUES}

    def draw(pool: str) -> tuple[str, str]:
        if not decks.get(pool):
            deck = list(pools[pool])
            rng.shuffle(deck)
            decks[pool] = deck
        return decks[pool].pop()

    out: list[Prompt] = []
    for i, kind in enumerate(kinds, 1):
        if kind == "personal":
            kind = "values" if rng.random() < VALUE_SHARE else "names"
        shape, template = draw(kind)
        out.append(build(f"trainm-{seed}-{i:05d}", shape, template, rng))
    check(out)
    return out
