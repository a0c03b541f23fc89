"""val14: a blind part of the labelled PII corpus, 700 prompts (420 with personal data, 280
clean), generated with a fixed seed.

Blind: its author read only `appliance/testing/pii_corpus/__init__.py` (the `Prompt`, `Gold`,
`compose` and `check` API and the gold conventions) and `validity.py` (Luhn, IBAN and SSN
checks); no other part of the corpus, none of the analyzer's code, its documentation, its
scripts or the other parts' tests, and the analyzer was never run on it. Every template,
name, place and decoy was written by hand for this part (no name list from a library);
`phonenumbers` only supplies the example number of a region that the phone generator varies
and validates.

Traffic: what an LLM gateway sees from companies' staff, their customers and their
applications: banks' and credit unions' branches and fraud teams, mortgage brokers, pension
and payroll providers, debt collection and payment plans, landlords' rent ledgers, utilities'
billing, mobile top-ups and money transfer shops, car dealers and garages, driving test
centres, outpatient clinics and GP surgeries, physiotherapy, care agencies, nurseries and
childminders, school admissions and exam boards, university libraries, hotels' front desks,
ferries and coaches, courier depots, municipal sports centres, chess and choir clubs,
personal use, and developer traffic (code review, error reports, fixtures, chat-ops, data
exports).

Shapes: chat, email, sms, whatsapp, letter, form, review, notes, transcript, ticket, json,
csv, markdown_table, html, xml, code, log, yaml, toolcall, sql, srt, ics, vcard, latex, ocr,
hl7 and voice (voice-to-text, lower case, no punctuation), each with and without personal
data.

Modules: `val14_names` (people of 87 cultures, and given names that are everyday words),
`val14_values` (phones, cards, IBANs, SSNs, IPs, bank account numbers in many countries'
forms, places, street addresses, e-mail domains, decoys), `val14_personal_a` and
`val14_personal_b` (templates with personal data), `val14_clean` (templates without),
`val14_gen` (the slot renderer) and this module.

Conventions beyond the package's:

* A name inside a URL's query string or an e-mail address is no PERSON span; the e-mail
  address is an EMAIL_ADDRESS span.
* Speaker labels in transcripts and subtitles, @-mentions (the "@" outside), signatures,
  names in JSON values, CSV cells, HL7 fields, code strings and comments are PERSON spans.
* "Dr", "Mr", "Mrs" stay outside the span; "Mum" and role labels ("Agent", "Caller") are
  no names.
* Brands, products, characters, cocktails, storms, ships, horses, laws, diseases and
  theorems named after people are never PERSON spans, in clean and personal prompts alike.
* Only the bank account number is an ACCOUNT_NUMBER span, never the sort code, routing,
  BSB or transit number beside it.
* A repeated value is labelled at each occurrence.
"""

from __future__ import annotations

import random
from functools import cache

from appliance.testing.pii_corpus import Prompt, check
from appliance.testing.pii_corpus.val14_clean import TEMPLATES as CLEAN
from appliance.testing.pii_corpus.val14_gen import Rendered, render
from appliance.testing.pii_corpus.val14_personal_a import TEMPLATES as PERSONAL_A
from appliance.testing.pii_corpus.val14_personal_b import TEMPLATES as PERSONAL_B

SEED = 14_700
PERSONAL_COUNT = 420
CLEAN_COUNT = 280


def _named(prefix: str, templates: list[tuple[str, str]]) -> list[tuple[str, str, str]]:
    return [(f"{prefix}{i:03d}_{shape}", shape, text) for i, (shape, text) in enumerate(templates)]


PERSONAL_TEMPLATES = _named("pa", PERSONAL_A) + _named("pb", PERSONAL_B)
CLEAN_TEMPLATES = _named("cl", CLEAN)


def _schedule(
    templates: list[tuple[str, str, str]], count: int, rng: random.Random
) -> list[tuple[str, str, str]]:
    """Each template in turn, in a shuffled order, until count prompts."""
    order: list[tuple[str, str, str]] = []
    while len(order) < count:
        batch = list(templates)
        rng.shuffle(batch)
        order.extend(batch)
    return order[:count]


def _rendered_seeded(seed: int) -> tuple[Rendered, ...]:
    rng = random.Random(seed)
    jobs = [(t, True) for t in _schedule(PERSONAL_TEMPLATES, PERSONAL_COUNT, rng)]
    jobs += [(t, False) for t in _schedule(CLEAN_TEMPLATES, CLEAN_COUNT, rng)]
    rng.shuffle(jobs)
    out: list[Rendered] = []
    for i, (template, personal) in enumerate(jobs, start=1):
        pid = f"val14-{i:04d}"
        r = render(pid, template, random.Random(f"{seed}-{i}"))
        if personal != (not r.prompt.clean):
            raise ValueError(f"{pid}: template {template[0]} rendered wrongly")
        out.append(r)
    check([r.prompt for r in out])
    return tuple(out)


@cache
def _rendered() -> tuple[Rendered, ...]:
    return _rendered_seeded(SEED)


def filled(seed: int) -> list[Prompt]:
    """The part's templates filled with another seed: its own names and values in other
    combinations (what scripts/train_pii_ner.py learns from a part whose errors were read)."""
    return [r.prompt for r in _rendered_seeded(seed)]


def prompts() -> list[Prompt]:
    """The 700 prompts of val14, the same list on every call."""
    return [r.prompt for r in _rendered()]


def meta() -> list[dict[str, object]]:
    """For each prompt: its id, template name, the cultures of the people planted in it and
    the region of each phone number (phone as written, region)."""
    return [
        {
            "id": r.prompt.id,
            "template": r.template,
            "cultures": r.cultures,
            "phone_regions": r.phone_regions,
        }
        for r in _rendered()
    ]
