"""val13: a blind part of the labelled PII corpus, 700 prompts (420 with personal data, 280
clean), ids val13-0001 to val13-0700, generated with a fixed seed.

Blind: its author read only `appliance/testing/pii_corpus/__init__.py` (the `Prompt`, `Gold`,
`compose` and `check` API and the gold conventions) and `validity.py` (Luhn, IBAN and SSN
checks), no other part of the corpus, no recognizer and no test of them, and never ran the
analyzer. Every template, name, place and decoy was written by hand for this part; the only
library used for values is `phonenumbers` (to make and check phone numbers), no name list.

Traffic: what an LLM gateway sees from companies' staff, their customers and applications, in
telecom and internet support, insurance claims (car, home, travel, pet), university admissions
and student services, clinical trial recruitment, charities, estate agents and property
managers, builders' quotes, farm co-ops and market stalls, lost baggage and lounges, car rental
and parking fines, tax advisers, immigration lawyers, wedding planners and photographers,
personal trainers and nutritionists, matchmaking, faith communities, amateur leagues, esports,
podcasts and local radio, translation and staffing agencies, call-centre quality reviews,
personal use (family, friends, neighbours, clubs) and developer traffic (code review, error
reports, fixtures, chat-ops, data exports).

Shapes (26, each with and without personal data): chat, email, sms, whatsapp, letter, form,
review, notes, transcript, ticket, voice (voice-to-text, lower case, no punctuation), ocr
(scanned text with O/0 and l/I confusions), srt, json, csv, markdown_table, html, xml, code,
log, yaml, toolcall, sql, ics, vcard, latex.

Modules: `val13_names` (names of 81 cultures, word names, places), `val13_phones`,
`val13_values` (cards, IBANs, SSNs, IPs, accounts, e-mails), `val13_decoys` (things named like
people, decoy numbers), `val13_gen` (the «slot» template engine), `val13_personal_a` and
`val13_personal_b` (templates with personal data), `val13_clean` (clean templates).

Conventions beyond the package's, as this part applies them:

* A name inside a URL's query string or an e-mail address is not a PERSON span (the e-mail
  address is an EMAIL_ADDRESS span); an @-mention's handle is a PERSON span without its "@".
* Speaker labels in transcripts and subtitles are PERSON spans, each occurrence.
* Names in all capitals, in lower case, "LAST, First", surname first and with an initial
  are PERSON spans as written; titles ("Ms", "Rev.") stay outside.
* A street address is one LOCATION span, including its city and postcode.
* Brands, characters, mascots, bots, dishes, varieties, paints, perfumes, styles, ships,
  racehorses, storms, awards, laws, diseases, theorems, models, codenames and hostnames
  are never PERSON or LOCATION, in personal and clean prompts alike.
* A "sort code" beside an account number, PCN numbers, claim, order, booking and ticket
  references, ISBNs and gift-card serials are not personal data.
* Given names that are also words (`val13_names.WORD_NAMES`: Will, Grace, Bill, Amber ...)
  are PERSON only where the context makes them people; clean prompts use them as words.
"""

from __future__ import annotations

from functools import lru_cache

from appliance.testing.pii_corpus import Prompt, check
from appliance.testing.pii_corpus.val13_clean import TEMPLATES as CLEAN
from appliance.testing.pii_corpus.val13_gen import Template, build
from appliance.testing.pii_corpus.val13_personal_a import TEMPLATES as PERSONAL_A
from appliance.testing.pii_corpus.val13_personal_b import TEMPLATES as PERSONAL_B

SEED = 1313
N_PERSONAL = 420
N_CLEAN = 280

PERSONAL: list[Template] = PERSONAL_A + PERSONAL_B


def _built_seeded(seed: int) -> tuple[tuple[Prompt, ...], tuple[dict[str, object], ...]]:
    prompts, meta = build("val13", PERSONAL, CLEAN, N_PERSONAL, N_CLEAN, seed)
    check(prompts)
    return tuple(prompts), tuple(meta)


@lru_cache(maxsize=1)
def _built() -> tuple[tuple[Prompt, ...], tuple[dict[str, object], ...]]:
    return _built_seeded(SEED)


def filled(seed: int) -> list[Prompt]:
    """The part's templates filled with another seed: its own names and values in other
    combinations (what scripts/train_pii_ner.py learns from a part whose errors were read)."""
    return list(_built_seeded(seed)[0])


def prompts() -> list[Prompt]:
    """The 700 prompts of val13, the same list on every call."""
    return list(_built()[0])


def meta() -> list[dict[str, object]]:
    """For each prompt, in order: its id, template name, shape and the cultures of the
    people planted in it."""
    return [dict(m) for m in _built()[1]]


def templates() -> list[Template]:
    """Every template of the part, personal then clean."""
    return PERSONAL + CLEAN
