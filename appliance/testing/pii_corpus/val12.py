"""val12: the twelfth blind part of the labelled PII corpus, 700 prompts (420 with personal
data, 280 clean), generated with a fixed seed.

Blind: its author read only `appliance/testing/pii_corpus/__init__.py` (the `Prompt`, `Gold`,
`compose`, `check` API and the gold conventions) and `validity.py` (Luhn, IBAN and SSN
checks); no other part, no recognizer, no test of the corpus, no name list of any library.
Every template, name and place was written by hand from the author's head.

Domains: public libraries and archives, city councils' resident services, waste collection,
public transport lost-and-found and passes, police non-emergency reports, jury service,
embassies and visa centres, hospital billing, dental insurers, pharmacy delivery, blood
banks, animal shelters, zoos and aquariums, theme parks, cinemas, bowling and escape rooms,
toy libraries, children's camps, scout groups, retirement homes, funeral planning, movers,
storage units, locksmiths, pest control, window cleaners, tailors, shoe repair, pawn shops,
personal use (family, friends, neighbours, clubs) and developer traffic (code review, error
reports, fixtures, chat-ops, exports).

Shapes: chat, email, sms, whatsapp, letter, form, review, notes, transcript, ticket, voice
(speech to text, no capitals or punctuation), ocr, srt, json, csv, markdown_table, html, xml,
code, log, yaml, toolcall, sql, ics, vcard, latex; each with and without personal data.

Modules: `val12_names` (people of 80+ cultures, given names that are also words, places),
`val12_values` (phones checked with `phonenumbers`, cards, IBANs, SSNs, IPs, accounts,
e-mail addresses, decoy fillers), `val12_gen` (the `[[slot]]` template engine),
`val12_personal_a` / `val12_personal_b` (templates with personal data), `val12_clean`
(clean templates full of decoys).

Conventions beyond the package's:

* A name inside a URL, a handle slug or an e-mail address is not a PERSON span (the e-mail
  address is an EMAIL_ADDRESS span); an @-mention's name is a PERSON span without the "@".
* Pets', mascots', bots', fictional characters', ships', storms' and racehorses' names are
  not people; neither are brands, products and eponyms (laws, theorems, diseases, awards).
* Given names that are also everyday words ("Will", "Hope", "Rose") are planted only where
  the context says they are people; clean prompts may use those words as words.
* Role mailboxes ("bookings@...") are EMAIL_ADDRESS spans, like personal ones.
* Speaker labels that are a person's name are PERSON spans; role labels (AGENT, CALLER) are
  not.
* A sort code or routing number beside an account number is not gold; the account number is.
"""

from __future__ import annotations

import random
from functools import cache

from appliance.testing.pii_corpus import (
    Prompt,
    check,
    val12_clean,
    val12_personal_a,
    val12_personal_b,
)
from appliance.testing.pii_corpus.val12_gen import Meta, render

SEED = 1212
PERSONAL = 420
CLEAN = 280


def templates() -> tuple[list[tuple[str, str, str]], list[tuple[str, str, str]]]:
    """(name, shape, text) of the templates with personal data, and of the clean ones."""
    personal = [
        (f"val12_a{i:03d}_{shape}", shape, text)
        for i, (shape, text) in enumerate(val12_personal_a.TEMPLATES, 1)
    ] + [
        (f"val12_b{i:03d}_{shape}", shape, text)
        for i, (shape, text) in enumerate(val12_personal_b.TEMPLATES, 1)
    ]
    clean = [
        (f"val12_c{i:03d}_{shape}", shape, text)
        for i, (shape, text) in enumerate(val12_clean.TEMPLATES, 1)
    ]
    return personal, clean


def _build_seeded(seed: int) -> tuple[tuple[Prompt, ...], tuple[Meta, ...]]:
    rng = random.Random(seed)
    personal, clean = templates()
    plan: list[tuple[str, str, str]] = []
    for pool, count in ((personal, PERSONAL), (clean, CLEAN)):
        order: list[tuple[str, str, str]] = []
        while len(order) < count:
            batch = list(pool)
            rng.shuffle(batch)
            order.extend(batch)
        plan.extend(order[:count])
    rng.shuffle(plan)
    prompts: list[Prompt] = []
    metas: list[Meta] = []
    for i, (name, shape, text) in enumerate(plan, 1):
        prompt, meta = render(f"val12-{i:04d}", name, shape, text, rng)
        prompts.append(prompt)
        metas.append(meta)
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
    """The 700 prompts of val12, the same list on every call."""
    return list(_build()[0])


def meta() -> list[Meta]:
    """For each prompt, in order: its template name, the cultures of the people planted in
    it, and the region of each phone number span (for the tests)."""
    return list(_build()[1])
