"""val15: the fifteenth blind part of the labelled PII corpus (700 prompts: 420 with
personal data, 280 clean), generated with a fixed seed.

How it was written ("blind"): its author read only the package's `__init__.py` (the
`Prompt`/`Gold`/`compose`/`check` API and the gold conventions) and `validity.py` (Luhn,
IBAN and SSN checks). No other part of the corpus, no recognizer, no documentation of the
analyzer and no test of the corpus was opened, and the analyzer was never run while the
part was written. Templates, names of people (89 cultures), places, decoys and number
patterns were all written by hand from memory; no library's name list was used, and
`phonenumbers` only checks (and formats) the numbers drawn from hand-written patterns.

Domains: marketplace sellers and buyers, food-delivery couriers and restaurants, ride
hailing, short-term rental hosts and guests, co-living and student halls, gig work,
freelancers' invoices, SaaS support desks, bug bounty reports, open-source issue trackers,
game-studio QA, research ethics boards, lab sample tracking, veterinary referrals,
shipping brokers and customs, import/export papers, crowdfunding, museum loans and donors,
orchestra and theatre casting, a newspaper's letters desk, personal messages (family,
friends, neighbours, clubs) and developer traffic (code review, errors, fixtures, chat-ops,
data exports).

Shapes (26): chat, email, sms, whatsapp, letter, form, review, notes, transcript, ticket,
voice (voice-to-text without capitals or punctuation), ocr, srt, json, csv,
markdown_table, html, xml, code, log, yaml, toolcall, sql, ics, vcard, latex; each shape
has templates with and without personal data.

Modules: `val15_names` (cultures and word-names), `val15_values` (places, e-mails, cards,
IBANs, SSNs, IPs, account numbers), `val15_phones` (hand-written numbering patterns,
checked by `phonenumbers`), `val15_things` (decoys), `val15_personal_a` and
`val15_personal_b` (templates with personal data), `val15_clean` (clean templates) and
`val15_gen` (slot filling, gold spans, the leak check).

Conventions beyond the package's:

* An @-mention's name ("@amara.okafor") is a PERSON span without the "@"; a name inside an
  e-mail address is only the EMAIL_ADDRESS span; a name in a URL's query string
  ("?q=amara+okafor") is no span at all.
* Names that are everyday words (`val15_names.WORD_NAMES`: "Hope", "Will", "Bill" ...) are
  PERSON only where the text makes them a person; in clean prompts they may appear as
  words ("Will the shortlist...", "Rose Gold").
* Brands, characters, bots, dishes, varieties, paint colours, perfumes, dance styles,
  ships, racehorses, storms, awards, laws, eponymous diseases and theorems, product models
  and codenames are never PERSON, even when they are a person's name ("Calvin Klein",
  "Arnold Palmer", "Sherlock Holmes"); personal prompts mention them beside real people.
* A place is a LOCATION whether written as a city, region, country or a full street
  address (one span); a city inside an address is part of the address's span.
* Phone numbers are valid for their region by `phonenumbers`; `meta()` records the region
  of each one. Account numbers are labelled only where the text says they are one.
* A prompt is redrawn when a planted name or place would also appear unlabelled as a whole
  word elsewhere in its text, so every occurrence of a planted value is a gold span.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from appliance.testing.pii_corpus import Prompt
from appliance.testing.pii_corpus.val15_clean import CLEAN
from appliance.testing.pii_corpus.val15_gen import Made, Template, build
from appliance.testing.pii_corpus.val15_personal_a import PERSONAL_A
from appliance.testing.pii_corpus.val15_personal_b import PERSONAL_B

PART = "val15"
SEED = 15_0715
N_PERSONAL = 420
N_CLEAN = 280

PERSONAL_TEMPLATES: list[Template] = PERSONAL_A + PERSONAL_B
CLEAN_TEMPLATES: list[Template] = CLEAN


def _made_seeded(seed: int) -> tuple[Made, ...]:
    return tuple(build(PERSONAL_TEMPLATES, CLEAN_TEMPLATES, N_PERSONAL, N_CLEAN, seed, PART))


@lru_cache(maxsize=1)
def _made() -> tuple[Made, ...]:
    return _made_seeded(SEED)


def filled(seed: int) -> list[Prompt]:
    """The part's templates filled with another seed: its own names and values in other
    combinations (what scripts/train_pii_ner.py learns from a part whose errors were read)."""
    return [m.prompt for m in _made_seeded(seed)]


def prompts() -> list[Prompt]:
    """The 700 prompts of val15, ids val15-0001 ... val15-0700 (the same list every call)."""
    return [m.prompt for m in _made()]


def meta() -> dict[str, dict[str, Any]]:
    """For each prompt id: its template's name and shape, the cultures of the people planted
    in it, and the region of each phone number in it (number as written -> region)."""
    return {
        m.prompt.id: {
            "template": m.template,
            "shape": m.prompt.shape,
            "cultures": list(m.cultures),
            "phone_regions": dict(m.phone_regions),
        }
        for m in _made()
    }
