"""val7: a blind part of the labelled PII corpus, 700 prompts (420 with personal data,
280 clean), generated with a fixed seed.

Blind: its author read only `appliance/testing/pii_corpus/__init__.py` (the Prompt, Gold,
compose and check API and the gold conventions) and `validity.py` (Luhn, IBAN and SSN
checks) of the repository; no other part of the corpus, no recognizer code, no docs or
scripts about the analyzer, no library's name lists. Every template, name, place and decoy
was written by hand for val7, so that its numbers say whether what was tuned elsewhere
carries over.

Traffic: what an LLM gateway sees from companies' staff, their customers and their
applications, in hospitality, construction, media, esports, veterinary clinics, clinical
trials, energy utilities, manufacturing, weddings and events, dating apps, courts and police
paperwork, bank support, food delivery, open-source communities, research labs, translation
agencies, tourism, gyms, music schools, private life and developer work.

Shapes (25, each with and without personal data): chat, email, sms, whatsapp, letter, form,
review, notes, transcript, ticket, ocr, srt, json, csv, markdown_table, html, xml, code, log,
yaml, toolcall, sql, ics, vcard, latex.

Modules: `val7_names` (people of about seventy-five cultures, word names, places),
`val7_phones` (phone numbers checked valid with their regions), `val7_values` (cards, IBANs,
SSNs, IPs, accounts, e-mails, decoys), `val7_gen` (slot syntax and rendering),
`val7_personal_a` and `val7_personal_b` (templates with personal data), `val7_clean`
(clean templates).

Conventions beyond the package's:

* A person's name is labelled in every form it is written: full, given or family name
  alone, surname first, "Last, First", "LAST, First", initial and surname, lower case,
  capitals, and after an "@" (the "@" outside). Titles ("Dr.", "MR.") and a possessive
  "'s" stay outside. A name inside an e-mail address is part of the EMAIL_ADDRESS span only.
* Given names that are everyday words (Hope, Will, Grace, Summer, Bill, Rose, ...) are
  planted only where the context says they are people; an engine check re-draws a prompt
  where a planted name or place also occurs outside a gold span, so every occurrence is
  labelled.
* A place that is part of a street address is inside the address's one LOCATION span; a
  city in a name such as "«city» District Court" is labelled as a city.
* Role addresses (bookings@..., support@...) are EMAIL_ADDRESS spans too.
* Pets, products, brands, software and teams named like people are never PERSON (Biscuit
  the dog, Jasper the report server, Gibson Les Paul, Ben & Jerry's); clean prompts use
  none of the words planted as people or places anywhere in val7.
"""

from __future__ import annotations

from functools import cache

from appliance.testing.pii_corpus import Prompt, check
from appliance.testing.pii_corpus.val7_clean import TEMPLATES as CLEAN_TEMPLATES
from appliance.testing.pii_corpus.val7_gen import T, build
from appliance.testing.pii_corpus.val7_personal_a import TEMPLATES as PERSONAL_A
from appliance.testing.pii_corpus.val7_personal_b import TEMPLATES as PERSONAL_B

SEED = 7_2026
N_PERSONAL = 420
N_CLEAN = 280
PERSONAL_TEMPLATES: list[T] = PERSONAL_A + PERSONAL_B


@cache
def _built() -> tuple[tuple[Prompt, ...], tuple[dict[str, object], ...]]:
    prompts, meta = build(PERSONAL_TEMPLATES, CLEAN_TEMPLATES, N_PERSONAL, N_CLEAN, SEED)
    check(prompts)
    return tuple(prompts), tuple(meta)


def prompts() -> list[Prompt]:
    """The 700 prompts of val7, ids val7-0001 ... val7-0700 (the same list every call)."""
    return list(_built()[0])


def filled(seed: int) -> list[Prompt]:
    """The part's templates filled with another seed: its own names and values in other
    combinations (what scripts/train_pii_ner.py learns from a part whose errors were read)."""
    return build(PERSONAL_TEMPLATES, CLEAN_TEMPLATES, N_PERSONAL, N_CLEAN, seed)[0]


def meta() -> list[dict[str, object]]:
    """For each prompt, in order: id, template name, shape and the cultures of the people
    planted in it."""
    return [dict(m) for m in _built()[1]]


def templates() -> list[T]:
    """Every template of val7, personal ones first."""
    return PERSONAL_TEMPLATES + CLEAN_TEMPLATES
