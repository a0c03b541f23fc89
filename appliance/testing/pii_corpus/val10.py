"""val10: a blind validation part of the labelled PII corpus, 700 prompts (420 with personal
data, 280 clean), generated with a fixed seed.

Blind: its author read only `pii_corpus/__init__.py` (the `Prompt`/`Gold`/`compose`/`check`
API and the gold conventions) and `pii_corpus/validity.py`; no other part of the corpus, no
recognizer, no documentation of the analyzer, and no library's name list. Every template,
name, place and decoy was written from the author's own head.

Traffic: what an LLM gateway sees from staff, customers and applications of hospitals'
patient portals, home care agencies, nurseries and schools, sports clubs and gyms, hotels,
holiday rentals, travel agencies and cruise lines, breweries and restaurants, supermarkets'
loyalty programmes, appliance repair, furniture and garden centres, photo studios, print
shops, event venues and festivals, streaming and gaming support, fantasy sports and betting,
credit unions, payroll bureaus, accountants, notaries, HR onboarding, trade unions, NGOs'
field reports, personal use, and developer traffic (code review, fixtures, logs, chat-ops).

Shapes: chat, email, sms, whatsapp, letter, form, review, notes, transcript, ticket, voice,
ocr, json, csv, markdown_table, html, xml, code, log, yaml, toolcall, sql, srt, ics, vcard,
latex; each with and without personal data.

Modules: `val10_names` (70 cultures' names, word-names, places), `val10_values` (phones,
cards, IBANs, SSNs, IPs, accounts, e-mails, decoy numbers), `val10_personal_a` and
`val10_personal_b` (templates with personal data), `val10_clean` (clean templates),
`val10_gen` (the slot engine).

Conventions beyond the package's: a name inside an e-mail address or a URL is not PERSON
(the address is EMAIL_ADDRESS); "@" of an @-mention and "tel:"/"mailto:" stay outside spans;
things named after people (brands, characters, bots, dishes, cocktails, varieties, storms,
laws, theorems, diseases, horses, ships, codenames) are never PERSON and are the clean
prompts' decoys; given names that are everyday words (Hope, Will, Grace ...) are PERSON
only where they name a person, and the clean prompts may use those words as words; a
person's name in voice-to-text is lower case and still PERSON; a speaker label is PERSON.
"""

from __future__ import annotations

import random
from functools import cache

from appliance.testing.pii_corpus import (
    Prompt,
    check,
    val10_clean,
    val10_personal_a,
    val10_personal_b,
)
from appliance.testing.pii_corpus import val10_names as names
from appliance.testing.pii_corpus.val10_gen import Template, parse_templates, render

SEED = 1010
PERSONAL_COUNT = 420
CLEAN_COUNT = 280


def templates() -> list[Template]:
    return (
        parse_templates(val10_personal_a.RAW, True)
        + parse_templates(val10_personal_b.RAW, True)
        + parse_templates(val10_clean.RAW, False)
    )


def _plan(rng: random.Random, pool: list[Template], count: int) -> list[Template]:
    out: list[Template] = []
    while len(out) < count:
        batch = pool[:]
        rng.shuffle(batch)
        out.extend(batch)
    return out[:count]


def _build_seeded(seed: int) -> tuple[tuple[Prompt, ...], tuple[dict[str, object], ...]]:
    rng = random.Random(seed)
    all_t = templates()
    personal = _plan(rng, [t for t in all_t if t.personal], PERSONAL_COUNT)
    clean = _plan(rng, [t for t in all_t if not t.personal], CLEAN_COUNT)
    order = personal + clean
    rng.shuffle(order)
    cultures = list(names.CULTURES)
    rng.shuffle(cultures)
    prompts: list[Prompt] = []
    meta: list[dict[str, object]] = []
    for i, t in enumerate(order, 1):
        pid = f"val10-{i:04d}"
        prompt, planted = render(pid, t, rng, cultures)
        prompts.append(prompt)
        meta.append({"id": pid, "template": t.name, "shape": t.shape, "cultures": planted})
    check(prompts)
    return tuple(prompts), tuple(meta)


@cache
def _build() -> tuple[tuple[Prompt, ...], tuple[dict[str, object], ...]]:
    return _build_seeded(SEED)


def filled(seed: int) -> list[Prompt]:
    """The part's templates filled with another seed: its own names and values in other
    combinations (what scripts/train_pii_ner.py learns from a part whose errors were read)."""
    return list(_build_seeded(seed)[0])


def prompts() -> list[Prompt]:
    """The 700 prompts of val10, the same list on every call."""
    return list(_build()[0])


def meta() -> list[dict[str, object]]:
    """For each prompt: id, template name, shape and the cultures of the people planted."""
    return [dict(m) for m in _build()[1]]
