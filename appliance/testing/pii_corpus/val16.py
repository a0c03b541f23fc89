"""val16: the sixteenth blind part of the labelled PII corpus, 700 prompts (420 with personal
data, 280 clean), generated with a fixed seed.

Blind: its author read only this package's `__init__.py` (the `Prompt`/`Gold`/`compose`/
`check` API and the gold conventions) and `validity.py` (Luhn, IBAN and SSN checks); no other
part, no recognizer, no documentation of the analyzer and no library's name list. Every name,
place, template and decoy was written by hand for this part.

Domains: airlines' crews and passengers, travel agencies, car dealerships and rental desks,
estate agents and property managers, law firms' intake and court clerks, HR and recruiting,
K-12 schools and parents, sports clubs and gyms, event ticketing, wedding planners, funeral
homes, pharmacies, dental practices, city and state services, utilities, farm co-ops,
fishing and boat charters, personal use, and developer traffic.

Shapes: chat, email, sms, whatsapp, letter, form, review, notes, transcript, ticket, json,
csv, markdown_table, html, xml, code, log, yaml, toolcall, sql, srt, ics, vcard, latex, ocr,
voice; each with and without personal data.

Modules:

* `val16_names`: given and family names of 81 cultures, given names that are everyday
  words, nicknames, and the forms a name is written in.
* `val16_values`: places (city, region, country, street address) in 38 countries, cards,
  IBANs, SSNs, IPs, account numbers, e-mail domains, and decoys.
* `val16_phones`: hand-written number patterns of 41 regions, checked with phonenumbers.
* `val16_gen`: the slot syntax of the templates, the filler and the generator.
* `val16_personal_a`, `val16_personal_b`: templates with personal data.
* `val16_clean`: templates without.

Conventions beyond the package's:

* A name written as a nickname in quotes between the given and family name ('Iker "Tito"
  Etxeberria') is three PERSON spans: the quotes stay outside.
* In an @-mention only the name after the "@" is a PERSON span; a name inside a URL's query
  string, a file name or an e-mail address is not one.
* "née X" in an obituary: the maiden name is part of a PERSON span with the given name.
* A pet's name, a ship's, a racehorse's, a storm's, a character's or a bot's is never a
  PERSON; a brand or product named after a person neither.
* A street address is one LOCATION span, postcode and city included; a city written after
  it again is a second span.
* The given names that are everyday words (Hope, Will, Grace, Bill, Rose, ...) are PERSON
  only where they stand for a person; clean prompts avoid them as words altogether, so that
  no clean prompt holds any planted name or place as a whole word.
* A phone number's region is recorded in `meta()` (the start of its span), so a national
  number can be checked with the region it was written for.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from appliance.testing.pii_corpus import Prompt, check
from appliance.testing.pii_corpus.val16_clean import TEMPLATES as CLEAN
from appliance.testing.pii_corpus.val16_gen import Template, generate
from appliance.testing.pii_corpus.val16_personal_a import TEMPLATES as PERSONAL_A
from appliance.testing.pii_corpus.val16_personal_b import TEMPLATES as PERSONAL_B

SEED = 16_0716
N_PERSONAL = 420
N_CLEAN = 280
PERSONAL: list[Template] = PERSONAL_A + PERSONAL_B


def _build_seeded(seed: int) -> tuple[tuple[Prompt, ...], tuple[dict[str, Any], ...]]:
    prompts, metas = generate(PERSONAL, CLEAN, N_PERSONAL, N_CLEAN, seed)
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
    """The 700 prompts of val16, ids val16-0001 to val16-0700 (the same list every call)."""
    return list(_build()[0])


def meta() -> list[dict[str, Any]]:
    """For each prompt: its template's name, the cultures of the people planted in it, and
    the region of each phone number (by the start of its span)."""
    return [dict(m) for m in _build()[1]]


def templates() -> list[Template]:
    return PERSONAL + CLEAN
