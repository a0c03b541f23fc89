"""val9: a blind validation part of the labelled PII corpus, 700 prompts (420 with personal
data, 280 clean), generated with a fixed seed.

Blind: its author read only `appliance/testing/pii_corpus/__init__.py` (the `Prompt`, `Gold`,
`compose` and `check` API and the gold conventions) and `validity.py` (Luhn, IBAN and SSN
checks), no other part of the corpus, no recognizer, no test of the corpus and no docs about
the analyzer's misses, and never ran the analyzer. Every template, name, place and decoy was
written from the author's own head; no library's name list was used (`phonenumbers` only
supplies a region's example number, which gets new trailing digits and is checked for
validity).

Domains: insurance claims and brokers, real estate and lettings, telecom support,
agriculture and food processing, ride-hailing and last-mile delivery, recruiting and
freelancing, second-hand marketplaces, permits and tax preparers, immigration and relocation,
elder care, legal aid, airline customer care, retail banking, car dealers and garages,
ticketing, toy shops, bookshops and publishers, cosmetics and perfume, bakeries, cafés and
wine shops, sports fan services, app stores and game support; personal use (family, friends,
neighbours, hobby clubs) and developer traffic (code review, error reports, fixtures,
chat-ops, data exports).

Shapes (26): chat, email, sms, whatsapp, letter, form, ocr, review, notes, transcript,
ticket, voice, json, csv, markdown_table, html, xml, code, log, yaml, toolcall, sql, srt,
ics, vcard, latex, each with and without personal data.

Modules: val9_names (people of 80 cultures, given names that are everyday words, places of 24
countries), val9_values (phones, cards, IBANs, IPs, SSNs, accounts, e-mails, decoys), val9_gen
(the template filler), val9_personal_a and val9_personal_b (personal templates), val9_clean
(clean templates).

Conventions beyond the package's:

* A name inside a URL, a file path or an e-mail address is not a PERSON span (the address is
  an EMAIL_ADDRESS span). An @-mention's "@" and a Discord-style "#1234" tag stay outside.
* Titles ("Mr", "Mrs", "Dr") and a possessive "'s" stay outside; "LAST, First" and
  "First X. Last" are one span; a transcript's or subtitle's speaker label is a span.
* A street address is one LOCATION span including its postcode and city; a city written
  next to a country ("Kochi, India") is two spans.
* Things named after people (Tesla, Earl Grey, Parkinson's, Dijkstra's algorithm, Lara Croft,
  Paddington, Storm Babet, the Jules Rimet trophy, Wagner–Fischer) are never PERSON spans and
  fill both clean and personal prompts. Brands named after places are avoided.
* A phone number's "tel:" and a port after an IP (":8443") stay outside the span.
"""

from __future__ import annotations

from functools import lru_cache

from appliance.testing.pii_corpus import Prompt, check
from appliance.testing.pii_corpus.val9_clean import CLEAN
from appliance.testing.pii_corpus.val9_gen import Template, build
from appliance.testing.pii_corpus.val9_personal_a import PERSONAL_A
from appliance.testing.pii_corpus.val9_personal_b import PERSONAL_B

SEED = 90_917
N_PERSONAL = 420
N_CLEAN = 280

PERSONAL: list[Template] = PERSONAL_A + PERSONAL_B


def _generated_seeded(seed: int) -> tuple[tuple[Prompt, ...], tuple[dict[str, object], ...]]:
    for t in PERSONAL:
        if not t.personal():
            raise ValueError(f"{t.name}: a personal template without personal data")
    for t in CLEAN:
        if t.personal():
            raise ValueError(f"{t.name}: a clean template with personal data")
    prompts, meta = build("val9", PERSONAL, CLEAN, N_PERSONAL, N_CLEAN, seed)
    check(prompts)
    return tuple(prompts), tuple(meta)


@lru_cache(maxsize=1)
def _generated() -> tuple[tuple[Prompt, ...], tuple[dict[str, object], ...]]:
    return _generated_seeded(SEED)


def filled(seed: int) -> list[Prompt]:
    """The part's templates filled with another seed: its own names and values in other
    combinations (what scripts/train_pii_ner.py learns from a part whose errors were read)."""
    return list(_generated_seeded(seed)[0])


def prompts() -> list[Prompt]:
    """The 700 prompts of val9, the same list on every call."""
    return list(_generated()[0])


def meta() -> list[dict[str, object]]:
    """Per prompt (same order as prompts()): id, template, shape, the cultures of the people
    planted and the region of each phone number written."""
    return [dict(m) for m in _generated()[1]]


def templates() -> list[Template]:
    """All templates of the part, personal and clean."""
    return PERSONAL + CLEAN
