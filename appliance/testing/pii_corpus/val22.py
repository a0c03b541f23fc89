"""val22: a blind part of the labelled PII corpus, 700 prompts (420 with personal data, 280
clean), generated with a fixed seed.

Blind: its author read only the package's `__init__.py` (the `Prompt`/`Gold`/`compose`/`check`
API and the gold conventions) and `validity.py` (Luhn, IBAN and SSN checks), no other part of
the corpus, no analyzer code, no docs and no test of the corpus, and never ran the analyzer.
Every template, name, place and decoy was written by hand from the author's own head; no
library's name list was used (`phonenumbers` only checks and formats the phone numbers).

Domains: water, gas and electricity utilities, letting agents and property management,
parking and towing, public libraries, museums and galleries, wedding and event planners,
places of worship, vets, nurseries and childminders, care homes, plumbers, electricians and
builders, removal firms, car rental, ride-hailing and food-delivery support, second-hand
marketplaces, dating-app moderation, game and esports support, music teachers and tutors,
translation agencies, pharmacies and opticians, personal use, and instructions that wrap
pasted text ("summarise", "translate", "extract ... as JSON", "fix the grammar", "reply
politely"), the pasted text often in Spanish, German, French, Portuguese, Italian, Dutch,
Polish or Turkish.

Shapes (each with and without personal data): chat, email, sms, whatsapp, letter, form,
review, notes, transcript, ticket, json, csv, markdown_table, html, xml, code, log, yaml,
toolcall, sql, srt, ics, vcard, latex, ocr, paste (an instruction over pasted text) and voice
(voice-to-text without capitals or punctuation).

Modules: `val22_names` (people of 74 cultures, word-names, nicknames, places and addresses),
`val22_values` (phones, cards, IBANs, SSNs, IPs, accounts, e-mails, decoys), `val22_gen` (the
template engine and the checks made while rendering), `val22_personal_a` and
`val22_personal_b` (templates with personal data), `val22_clean` (clean templates).

Conventions beyond the package's:

* A pet, a fictional or game character, a mascot, a bot, a storm, a ship, a racehorse, a
  dish, a drink, a paint colour, a law, disease or theorem named after a person, and a
  landmark named after a person ("the Eiffel Tower") are not PERSON or LOCATION spans; they
  appear in clean and personal prompts alike.
* A name inside a URL's query string or inside an e-mail address is not a PERSON span.
* A role address ("bookings@...") is an EMAIL_ADDRESS span like any other.
* "Dr", "Rev.", "Uncle", "Bey", "Hanım" and the like stay outside the span.
* The whole "Last, First" form is one PERSON span; so is "LAST First" in forms.
* Given names that are also everyday words (Hope, Will, Grace ...) are planted only where
  the context says they are people; clean prompts may use those words as words.
* A clean prompt contains none of the planted names (nor their words) and places of the part,
  compared as whole words without case; every whole-word occurrence of a planted name or
  place in a personal prompt is a gold span, outside URLs and e-mail addresses.
"""

from __future__ import annotations

import random
from functools import cache
from typing import Any

from appliance.testing.pii_corpus import (
    Prompt,
    check,
    val22_clean,
    val22_personal_a,
    val22_personal_b,
)
from appliance.testing.pii_corpus.val22_gen import (
    Banned,
    Engine,
    Template,
    banned_words,
    render_prompt,
)

SEED = 2222
PERSONAL = 420
CLEAN = 280

PERSONAL_TEMPLATES: list[Template] = val22_personal_a.TEMPLATES + val22_personal_b.TEMPLATES
CLEAN_TEMPLATES: list[Template] = val22_clean.TEMPLATES


def _schedule(rng: random.Random, pool: list[Template], count: int) -> list[Template]:
    """Every template once, then the rest drawn in shuffled rounds."""
    out: list[Template] = []
    while len(out) < count:
        round_ = list(pool)
        rng.shuffle(round_)
        out.extend(round_)
    return out[:count]


@cache
def _build() -> tuple[tuple[Prompt, ...], tuple[dict[str, Any], ...]]:
    rng = random.Random(SEED)
    engine = Engine(SEED + 1)
    rows: list[tuple[Prompt, dict[str, Any]]] = []
    for i, t in enumerate(_schedule(rng, PERSONAL_TEMPLATES, PERSONAL)):
        prompt, r = render_prompt(engine, t, f"tmp-p{i}", True, None)
        rows.append((prompt, {"template": t.name, "cultures": r.cultures, "phones": r.phones}))
    banned = Banned(banned_words([p for p, _ in rows]))
    for i, t in enumerate(_schedule(rng, CLEAN_TEMPLATES, CLEAN)):
        prompt, r = render_prompt(engine, t, f"tmp-c{i}", False, banned)
        rows.append((prompt, {"template": t.name, "cultures": [], "phones": {}}))
    rng.shuffle(rows)
    prompts: list[Prompt] = []
    metas: list[dict[str, Any]] = []
    for n, (p, m) in enumerate(rows, 1):
        prompts.append(Prompt(f"val22-{n:04d}", p.text, p.gold, p.shape))
        metas.append(m)
    check(prompts)
    return tuple(prompts), tuple(metas)


def prompts() -> list[Prompt]:
    """The 700 prompts of val22, the same list on every call."""
    return list(_build()[0])


def meta() -> list[dict[str, Any]]:
    """For each prompt, in order: its template's name, the cultures of the people planted in
    it ("word" for a given name that is an everyday word) and its phone numbers' regions."""
    return [dict(m) for m in _build()[1]]
