"""val8: a blind part of the labelled PII corpus, 700 prompts (420 with personal data, 280
clean), generated with a fixed seed.

Blind: its author read only `appliance/testing/pii_corpus/__init__.py` (the `Prompt`,
`Gold`, `compose` and `check` API and the gold conventions) and `validity.py` (the Luhn,
IBAN and SSN checks) of the repository, nothing of the other parts, of the analyzer or of
its documentation, and never ran the analyzer. Every template, name, place and decoy was
written from the author's own head; no library's name list was used (`phonenumbers` only
supplies example numbers whose last digits are redrawn and then checked for validity).

Traffic: what an LLM gateway sees from staff, customers and applications of mining and
heavy industry, ports and customs, aviation maintenance, pharmacies, dentistry,
mental-health practices, schools' parent messaging, university admissions, local
newspapers, podcasts and radio, film and TV production, fashion retail, car rentals,
parking and tolls, libraries, museums, charities' donor management, political campaigns'
volunteer lists, religious communities, funeral homes, pet sitting, home cleaning and
repair marketplaces, crypto exchanges' support and cybersecurity incident reports, plus
personal use (family, flatmates, sports teams, travel with friends) and developer traffic
(bug reports, CI logs, database seeds, analytics events, CRM webhooks).

Shapes: chat, email, sms, whatsapp, letter, form, review, notes, transcript, ticket, json,
csv, markdown_table, html, xml, code, log, yaml, toolcall, sql, srt, ics, vcard, latex, ocr
and voice (voice-to-text: lower case, no punctuation), each with and without personal data.

Modules: `val8_names` (given and family names of 77 cultures, given names that are English
words, cities, regions, countries, street addresses of twelve countries), `val8_values`
(phones of about fifty regions, cards, IBANs, SSNs, IPs, account numbers, e-mails, decoys),
`val8_gen` (the template filler: `«p1.f»`, `«ph»`, `«addr»` ... placeholders),
`val8_personal_a` and `val8_personal_b` (templates with personal data), `val8_clean`
(clean templates).

Conventions beyond the package's:

* Names appear as written in the culture's order (family name first for Hungarian,
  Chinese, Japanese, Korean, Vietnamese), alone, "Family, Given", "FAMILY, Given", with an
  initial ("G. Family"), in capitals in forms and OCR, in lower case in chat and voice
  text, as @-mentions (the "@" outside the span) and as transcript speaker labels (gold).
  Particles ("van der", "de", "bin", "binti", "Ni", "Dela") belong to the family name.
* Given names that are words (Hope, Will, Grace, Summer, Bill, Rose, Faith, Dawn) are
  gold only where they name a person; a template that uses such a word in another sense
  never plants that name, and clean prompts never contain any of these words.
* Names inside e-mail addresses are part of the EMAIL_ADDRESS span, never PERSON; "Dr",
  "Mrs", "Ms", "Prof.", "Father" stay outside PERSON spans.
* "City, Country" is two LOCATION spans; a street address (with its postcode and town) is
  one. Regions (Bavaria, Kerala ...) are LOCATION spans.
* Companies, products and codenames (Orion X2, Project Amber, Greenleaf Pharmacy,
  CoinHarbor) are never gold; nor are order numbers, tracking codes, ISBNs, plates,
  aircraft registrations, hashes and long digit runs that are not phones, cards or
  accounts.
* Phone numbers are drawn from about fifty regions and written international, E.164,
  national, with dashes, dots or no separators; each is valid by `phonenumbers` when
  parsed with its region (`meta()` carries it).
"""

from __future__ import annotations

import random
from functools import cache
from typing import Any

from appliance.testing.pii_corpus import Prompt, check, compose
from appliance.testing.pii_corpus import val8_clean as clean_templates
from appliance.testing.pii_corpus import val8_personal_a as personal_a
from appliance.testing.pii_corpus import val8_personal_b as personal_b
from appliance.testing.pii_corpus.val8_gen import fill

SEED = 80_808
PERSONAL = 420
CLEAN = 280


def templates() -> tuple[list[tuple[str, str, str]], list[tuple[str, str, str]]]:
    """The (name, shape, text) templates with personal data, and the clean ones."""
    personal = [
        (f"{mod}:{i:03d}:{shape}", shape, text)
        for mod, group in (("a", personal_a.TEMPLATES), ("b", personal_b.TEMPLATES))
        for i, (shape, text) in enumerate(group)
    ]
    clean = [
        (f"c:{i:03d}:{shape}", shape, text)
        for i, (shape, text) in enumerate(clean_templates.TEMPLATES)
    ]
    return personal, clean


def _cycle(rng: random.Random, items: list[Any], count: int) -> list[Any]:
    out: list[Any] = []
    while len(out) < count:
        batch = list(items)
        rng.shuffle(batch)
        out += batch
    return out[:count]


def _build_seeded(seed: int) -> tuple[tuple[Prompt, ...], tuple[dict[str, Any], ...]]:
    rng = random.Random(seed)
    personal, clean = templates()
    jobs = [(t, True) for t in _cycle(rng, personal, PERSONAL)]
    jobs += [(t, False) for t in _cycle(rng, clean, CLEAN)]
    rng.shuffle(jobs)
    prompts: list[Prompt] = []
    metas: list[dict[str, Any]] = []
    for n, ((name, shape, text), has_pii) in enumerate(jobs, 1):
        filled = fill(text, rng)
        prompt = compose(f"val8-{n:04d}", shape, filled.pieces)
        if prompt.clean == has_pii:
            raise ValueError(f"{name}: clean={prompt.clean} but listed as personal={has_pii}")
        prompts.append(prompt)
        metas.append(
            {
                "id": prompt.id,
                "template": name,
                "cultures": tuple(filled.cultures),
                "phone_regions": dict(filled.phones),
            }
        )
    check(prompts)
    return tuple(prompts), tuple(metas)


@cache
def _build() -> tuple[tuple[Prompt, ...], tuple[dict[str, Any], ...]]:
    return _build_seeded(SEED)


def filled(seed: int) -> list[Prompt]:
    """The part's templates filled with another seed: its own names and values in other
    combinations (what scripts/train_pii_ner.py learns from a part whose errors were read)."""
    return list(_build_seeded(seed)[0])


def prompts() -> list[Prompt]:
    """The 700 prompts of val8, the same list on every call."""
    return list(_build()[0])


def meta() -> list[dict[str, Any]]:
    """For each prompt (same order): its id, template name, the cultures of the people
    planted in it, and the region each phone number parses with."""
    return [dict(m) for m in _build()[1]]
