"""train_b: labelled training prompts for fine-tuning a NER model on PERSON and LOCATION.

`prompts(seed, count)` returns `count` prompts (ids `trainb-<seed>-00001` ...), the same for
the same seed: about 60% with personal data, 40% clean. Another seed gives other fills and
another template order.

Written blind: the author read only the corpus package's `__init__.py` (the `Prompt`,
`Gold`, `compose` and `check` API and the gold conventions) and `validity.py` (Luhn, IBAN
and SSN checks), no other part of the corpus, the analyzer, its docs or its tests, and no
name list of any library except Faker's person names, which the brief allowed for volume.
Templates, name pools of 40+ cultures, places and decoys were written from the author's
own head (modules `train_b_personal`, `train_b_clean`, `train_b_names`, `train_b_values`).

Domains: customer support and e-commerce, banking and fintech support, travel and
hospitality, food delivery, ride-hailing, online marketplaces, gaming communities, personal
use (family group chats, neighbours, friends, dating). Shapes: casual chat, SMS, WhatsApp
and Telegram exports with timestamps and sender names, support tickets, e-mail threads
with quoted replies and signatures, product and host reviews, social posts and DMs,
voice-to-text without punctuation, chatbot logs (user:/assistant:), JSON tool calls, CSV,
HTML/XML, logs, code, forms and gaming (Discord-like) chat with @-mentions.

Conventions (those of `__init__.py`): every person's name and every place in a prompt is a
gold span: PERSON as written (given name alone, full name, surname first, with initials,
lower case, capitals), without titles, a possessive "'s" or the "@" of a mention; names
inside e-mail addresses are no PERSON (the address is an EMAIL_ADDRESS span); brands named
after people are no PERSON. LOCATION is a city, region, country or a whole street address.
Phones are valid by `phonenumbers`, cards pass Luhn, IBANs have valid check digits, SSNs
follow the issuing rules, ACCOUNT_NUMBER only where the text says it is an account. Clean
prompts have no gold span and no personal data, only decoys.
"""

from __future__ import annotations

import random
import re

from appliance.testing.pii_corpus import Piece, Prompt, compose
from appliance.testing.pii_corpus import train_b_values as values
from appliance.testing.pii_corpus.train_b_clean import CLEAN, DECOY_SLOTS, decoy
from appliance.testing.pii_corpus.train_b_names import Person, person
from appliance.testing.pii_corpus.train_b_personal import PERSONAL

TEMPLATES: list[tuple[str, str, bool]] = [
    (shape, text, False) for shape, texts in PERSONAL.items() for text in texts
] + [(shape, text, True) for shape, texts in CLEAN.items() for text in texts]

_SLOT = re.compile(r"\{([a-z]+)(\d?)\}")
_PERSON_KINDS = frozenset("pnfsuilhwe")
_PLACE_KINDS = frozenset({"city", "region", "country", "addr", "place"})
_VALUE_KINDS = {
    "phone": ("PHONE_NUMBER", values.phone),
    "card": ("CREDIT_CARD", values.card),
    "iban": ("IBAN_CODE", values.iban),
    "ip": ("IP_ADDRESS", values.ip),
    "ssn": ("US_SSN", values.ssn),
    "acct": ("ACCOUNT_NUMBER", values.account),
}
_CASUAL = frozenset({"chat", "sms", "dm", "discord", "social", "whatsapp"})


def _render(kind: str, who: Person, rng: random.Random) -> tuple[str, str]:
    if kind == "p":
        return "PERSON", who.any_style(rng)
    if kind == "n":
        return "PERSON", who.natural()
    if kind in "fw":
        return "PERSON", who.given
    if kind == "s":
        return "PERSON", who.family
    if kind == "u":
        return "PERSON", who.surname_first(rng)
    if kind == "i":
        return "PERSON", who.initials(rng)
    if kind == "l":
        return "PERSON", who.natural().lower()
    if kind == "h":
        return "PERSON", who.handle()
    return "EMAIL_ADDRESS", values.email(who.email_local(rng), rng)


def _fill(id: str, shape: str, template: str, rng: random.Random, casual: bool) -> Prompt:
    case = ""
    if template[:1] in "~^":
        case, template = template[0], template[1:]
    elif casual and shape in _CASUAL and rng.random() < 0.15:
        case = "~"
    # People: a digit names one person; a {wN} slot makes person N carry a word-like name.
    word_people = {m.group(2) or "1" for m in _SLOT.finditer(template) if m.group(1) == "w"}
    people: dict[str, Person] = {}
    fixed: dict[str, tuple[str, str]] = {}  # same slot, same value (places, values, e-mails)
    pieces: list[Piece] = []
    pos = 0
    for m in _SLOT.finditer(template):
        kind, idx = m.group(1), m.group(2) or "1"
        if len(kind) == 1 and kind in _PERSON_KINDS:
            if idx not in people:
                taken = {p.given for p in people.values()}
                for _ in range(20):
                    who = person(rng, word_given=idx in word_people)
                    if who.given not in taken:
                        break
                people[idx] = who
            key = f"{kind}{idx}"
            if kind in "ue" and key in fixed:
                piece: Piece = fixed[key]
            else:
                piece = _render(kind, people[idx], rng)
                if kind in "ue":
                    fixed[key] = piece
        elif kind in _PLACE_KINDS or kind in _VALUE_KINDS or kind == "email":
            key = f"{kind}{idx}"
            if key not in fixed:
                if kind in _PLACE_KINDS:
                    for _ in range(20):
                        value = values.place(rng, kind)
                        if value not in {v for _, v in fixed.values()}:
                            break
                    fixed[key] = ("LOCATION", value)
                elif kind == "email":
                    who = person(rng)
                    fixed[key] = ("EMAIL_ADDRESS", values.email(who.email_local(rng), rng))
                else:
                    entity, make = _VALUE_KINDS[kind]
                    fixed[key] = (entity, make(rng))
            piece = fixed[key]
        elif kind in DECOY_SLOTS:
            piece = decoy(kind, rng)
        else:
            continue  # not a slot: literal braces of code or JSON
        if m.start() > pos:
            pieces.append(template[pos : m.start()])
        pieces.append(piece)
        pos = m.end()
    pieces.append(template[pos:])
    if case:
        change = str.lower if case == "~" else str.upper
        pieces = [
            (p[0], change(p[1]) if p[0] != "IBAN_CODE" or case == "^" else p[1])
            if isinstance(p, tuple)
            else change(p)
            for p in pieces
        ]
    return compose(id, shape, [p for p in pieces if p != ""])


def prompts(seed: int, count: int) -> list[Prompt]:
    """`count` labelled prompts for the given seed, about 60% with personal data."""
    rng = random.Random(f"train_b/{seed}")
    personal = [t for t in TEMPLATES if not t[2]]
    clean = [t for t in TEMPLATES if t[2]]
    rng.shuffle(personal)
    rng.shuffle(clean)
    n_clean = round(count * 0.4)
    kinds = [True] * n_clean + [False] * (count - n_clean)
    rng.shuffle(kinds)
    out: list[Prompt] = []
    used = {True: 0, False: 0}
    for i, is_clean in enumerate(kinds, 1):
        pool = clean if is_clean else personal
        k = used[is_clean]
        used[is_clean] += 1
        if k and k % len(pool) == 0:
            rng.shuffle(pool)
        shape, template, _ = pool[k % len(pool)]
        out.append(_fill(f"trainb-{seed}-{i:05d}", shape, template, rng, casual=True))
    return out
