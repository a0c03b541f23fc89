"""val17: a blind measured part of the labelled PII corpus, 700 prompts (420 with personal
data, 280 clean), ids val17-0001 to val17-0700, generated with a fixed seed.

Blind: its author read only `appliance/testing/pii_corpus/__init__.py` (the Prompt/Gold/
compose/check API and the gold conventions) and `validity.py` (Luhn, IBAN and SSN checks),
and nothing else of the corpus, of the analyzer, of its docs or tests. Every template, name,
place, street and decoy was written by hand from the author's own head; no library's name
list was used (`phonenumbers` only draws and checks the phone numbers).

Domains: truck fleets and dispatch, construction sites and subcontractors, factory quality
control, retail tills and loyalty schemes, call-centre transcripts, radio and podcast
production, film call sheets, faith communities, elder care homes, nurseries and
childminders, emergency dispatch logs, humanitarian field reports, translation agencies,
language schools, tour operators, dive centres and ski schools, public libraries, tax
advisers, notaries, moving companies, personal use (family, friends, neighbours, clubs) and
developer traffic (code review, error reports, fixtures, chat-ops, data exports).

Shapes: chat, email, sms, whatsapp, letter, review, notes, transcript, ocr, srt, form,
ticket, json, csv, markdown_table, html, xml, code, log, yaml, toolcall, sql, ics, vcard,
latex; each with and without personal data.

Modules: `val17_names` (84 cultures of given and family names, cities, countries, word-like
given names, nicknames, street addresses), `val17_values` (phones, cards, IBANs, SSNs, IPs,
account numbers, e-mails, decoys), `val17_gen` (the slot engine), `val17_personal_a` and
`val17_personal_b` (templates with personal data), `val17_clean` (clean templates).

Conventions beyond the package's:

* A name split across two lines or two fields ("First name:" / "Last name:", a signature
  with the family name on the next line) is two PERSON spans, one per part.
* A nickname in quotes inside a full name (`Margaret "Peggy" Doyle`) is one PERSON span;
  the nickname alone is a PERSON span too.
* An @-mention's handle (`@priya.sharma`, `@PriyaSharma`) is a PERSON span without the "@";
  a name inside a URL's query string or an e-mail address is not a PERSON span.
* Names with particles ("van der", "de la", "bin", "Al-", "O'", "Mc", "ap") keep the
  particle inside the span; a title ("Dr", "Nurse", "Father", "Maître", "M.", "Frau") stays
  outside; a possessive "'s" stays outside.
* "the" before a country ("the Netherlands") stays outside the LOCATION span; a street
  address with its postcode and city is one LOCATION span.
* A speaker label that is a name ("[[FULL NAME]]:" in a transcript, subtitle or chat log)
  is a PERSON span.
* Role mailboxes (dispatch@..., bookings@...) are EMAIL_ADDRESS spans.
* Companies, products, characters, storms, dishes and the like named after people are
  never PERSON spans, in clean prompts and in personal ones.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from functools import cache

from appliance.testing.pii_corpus import (
    Prompt,
    check,
    compose,
    val17_clean,
    val17_personal_a,
    val17_personal_b,
)
from appliance.testing.pii_corpus.val17_gen import Template, fill, is_clean

SEED = 17_2025
PERSONAL = 420
CLEAN = 280

PERSONAL_TEMPLATES: tuple[Template, ...] = val17_personal_a.TEMPLATES + val17_personal_b.TEMPLATES
CLEAN_TEMPLATES: tuple[Template, ...] = val17_clean.TEMPLATES


@dataclass(frozen=True)
class Meta:
    template: str
    shape: str
    cultures: tuple[str, ...]
    phones: tuple[tuple[str, str], ...]  # (phone as written, region it was drawn for)


def _order(rng: random.Random, templates: tuple[Template, ...], count: int) -> list[Template]:
    out: list[Template] = []
    while len(out) < count:
        batch = list(templates)
        rng.shuffle(batch)
        out += batch
    return out[:count]


def _build_seeded(seed: int) -> tuple[tuple[Prompt, ...], tuple[Meta, ...]]:
    rng = random.Random(seed)
    plan = [(t, True) for t in _order(rng, PERSONAL_TEMPLATES, PERSONAL)]
    plan += [(t, False) for t in _order(rng, CLEAN_TEMPLATES, CLEAN)]
    rng.shuffle(plan)
    prompts: list[Prompt] = []
    metas: list[Meta] = []
    for i, (t, personal) in enumerate(plan, 1):
        if is_clean(t) == personal:
            raise ValueError(f"template {t.name} is in the wrong list")
        filled = fill(rng, t)
        prompts.append(compose(f"val17-{i:04d}", t.shape, filled.pieces))
        metas.append(Meta(t.name, t.shape, tuple(filled.cultures), tuple(filled.phones)))
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
    """The 700 prompts of val17, the same list on every call."""
    return list(_build()[0])


def meta() -> list[Meta]:
    """For each prompt (same order): its template, shape, the cultures of the people planted
    and the regions its phone numbers were drawn for."""
    return list(_build()[1])
