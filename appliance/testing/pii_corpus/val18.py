"""val18: the eighteenth blind part of the labelled PII corpus, 700 prompts (420 with personal
data, 280 clean), generated with a fixed seed.

Blind: its author read only `appliance/testing/pii_corpus/__init__.py` (the `Prompt`, `Gold`,
`compose` and `check` API and the gold conventions) and `validity.py` (Luhn, IBAN and SSN
checks), and nothing else of the corpus, the analyzer or its documents; every template, name,
place and decoy was written from the author's head for this part.

Domains: hospital wards and discharge letters, mental health intake, pet insurance, gyms,
cinemas and bowling alleys, concert promoters and artist management, record labels' royalty
statements, publishers and literary agents, academic conferences and peer review,
scholarships and student loans, coworking spaces, cleaning and facilities contractors,
security guards' incident logs, parking enforcement, airports' lost property, embassies'
visa appointments, credit bureaus' disputes, crypto exchanges' KYC support, mobile number
porting, smart-home installers, personal use (family, friends, neighbours, hobby clubs) and
developer traffic (code review, error reports, fixtures, chat-ops, data exports).

Shapes: chat, email, sms, whatsapp, letter, form, review, notes, transcript, ticket, json, csv,
markdown_table, html, xml, code, log, yaml, toolcall, sql, srt, ics, vcard, latex, ocr; each
with and without personal data.

Modules: `val18_names` (people of 90 cultures, word-like given names, nicknames, places),
`val18_values` (phones checked by `phonenumbers`, Luhn cards, IBANs, SSNs, IPs, account
numbers, e-mails, addresses, decoys), `val18_gen` (the `[[slot]]` template engine),
`val18_personal_a` and `val18_personal_b` (templates with personal data), `val18_clean`
(clean templates).

Conventions beyond the package's:

* A name split over two lines or two form fields is two PERSON spans; a nickname in quotes is
  its own PERSON span, the quotes outside; "@" of a mention is outside the span.
* A name in a URL's path or query string is plain text, not a span; so is a name inside an
  e-mail address (the address is one EMAIL_ADDRESS span).
* Particles belong to the family name and to its span ("van der Meulen", "bin Ismail",
  "al-Masri", "de la Rochère"); "Dr", "Prof.", "Mr", "Frau", "auntie", "uncle" stay outside.
* Countries are written without "the"; a street address is one LOCATION span that includes its
  city and postcode, and a city named next to its region is two spans.
* A UK sort code is not an ACCOUNT_NUMBER; the account number beside it is. Order numbers,
  tracking codes, ISBNs, IMEIs, serials, booking and PAC codes are never spans.
* Companies, products, rooms, characters, awards and theorems named after people are never
  PERSON spans (and never stand in a personal prompt where they could be read as a planted
  person's name).
"""

from __future__ import annotations

import random
from functools import cache
from typing import TypedDict

from appliance.testing.pii_corpus import (
    Prompt,
    check,
    val18_clean,
    val18_personal_a,
    val18_personal_b,
)
from appliance.testing.pii_corpus.val18_gen import T, fill

SEED = 18_700_018
PERSONAL = 420
CLEAN = 280

PERSONAL_TEMPLATES: tuple[T, ...] = val18_personal_a.TEMPLATES + val18_personal_b.TEMPLATES
CLEAN_TEMPLATES: tuple[T, ...] = val18_clean.TEMPLATES


class Meta(TypedDict):
    template: str
    cultures: tuple[str, ...]
    phone_regions: dict[int, str]


def _spread(templates: tuple[T, ...], count: int, rng: random.Random) -> list[T]:
    """`count` templates, each used as evenly as possible, in a shuffled order."""
    out: list[T] = []
    while len(out) < count:
        batch = list(templates)
        rng.shuffle(batch)
        out.extend(batch)
    return out[:count]


def _build_seeded(seed: int) -> tuple[tuple[Prompt, ...], tuple[Meta, ...]]:
    rng = random.Random(seed)
    plan = [(t, True) for t in _spread(PERSONAL_TEMPLATES, PERSONAL, rng)]
    plan += [(t, False) for t in _spread(CLEAN_TEMPLATES, CLEAN, rng)]
    rng.shuffle(plan)
    prompts: list[Prompt] = []
    metas: list[Meta] = []
    for i, (template, personal) in enumerate(plan, 1):
        filled = fill(template, f"val18-{i:04d}", rng)
        if filled.prompt.clean == personal:
            raise ValueError(f"{template.name}: personal={personal} but gold={filled.prompt.gold}")
        prompts.append(filled.prompt)
        metas.append(
            Meta(
                template=filled.template,
                cultures=filled.cultures,
                phone_regions=filled.phone_regions,
            )
        )
    check(prompts)
    return tuple(prompts), tuple(metas)


@cache
def _build() -> tuple[tuple[Prompt, ...], tuple[Meta, ...]]:
    return _build_seeded(SEED)


def filled(seed: int) -> list[Prompt]:
    """The part's templates filled with another seed: its own names and values in other
    combinations (what scripts/train_pii_ner.py learns from a part whose errors were read)."""
    return list(_build_seeded(seed)[0])


def prompts() -> list[Prompt]:
    """The 700 prompts of val18, the same list on every call."""
    return list(_build()[0])


def meta() -> list[Meta]:
    """For each prompt (same order): its template, the cultures of the people planted in it,
    and the region each phone number written without "+" parses with (by span start)."""
    return list(_build()[1])
