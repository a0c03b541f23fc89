"""val6: an eighth labelled part of the PII corpus, 700 prompts (420 with personal data, 280
clean), written blind.

Blind means: its author read only this package's `__init__.py` (the `Prompt`/`Gold`/`compose`
API and the gold conventions) and `validity.py`, and none of the other parts (dev, val,
val2-val4, heldout, train), none of the analyzer's code (appliance/pii/), its documentation
or its evaluation script, and never ran the analyzer on this part. Its templates, names,
places, domains and formats were written by hand for it, without a name list from any
library, so that it measures the analyzer on text nobody tuned it for.

The prompts are everyday traffic an LLM gateway sees from companies' staff, their customers
and their applications: public services, insurance, airlines, telecom, retail, automotive,
agriculture, nonprofits, academia, sports clubs, churches, property management, IT helpdesk,
HR, personal use and developer traffic, in some twenty shapes (chat, email, sms, whatsapp,
letter, form, review, notes, transcript, ticket, json, csv, markdown_table, html, xml, code,
log, yaml, toolcall, sql), each with and without personal data.

Modules: `val6_names` (people of more than sixty cultures, written by hand), `val6_values`
(places, e-mail domains, the ways a name is written, card/IBAN/SSN/IP/account generators,
decoys), `val6_phones` (phone numbers frozen from phonenumbers' validity check),
`val6_pii_a` and `val6_pii_b` (templates with personal data), `val6_clean` (clean
templates), `val6_gen` (the generator, fixed seed).

Conventions beyond the package's: a PERSON span has no title and no possessive "'s"; an
@-mention's "@" stays out; names inside e-mail addresses and URLs are not PERSON spans; every
occurrence of a planted value is labelled; a company or product named after a person ("Tesla",
"Bosch") is not a PERSON.
"""

from __future__ import annotations

from functools import cache

from appliance.testing.pii_corpus import Prompt
from appliance.testing.pii_corpus.val6_gen import Meta, generate


@cache
def _generated() -> tuple[tuple[Prompt, ...], tuple[Meta, ...]]:
    prompts, metas = generate()
    return tuple(prompts), tuple(metas)


def prompts() -> list[Prompt]:
    """The 700 prompts of val6, ids val6-0001 ... val6-0700."""
    return list(_generated()[0])


def filled(seed: int) -> list[Prompt]:
    """The part's templates filled with another seed: its own names and values in other
    combinations (what scripts/train_pii_ner.py learns from a part whose errors were read)."""
    return generate(seed)[0]


def meta() -> list[Meta]:
    """For each prompt, in the same order, the template it came from and the cultures of
    the people planted in it (for the tests)."""
    return list(_generated()[1])
