"""val11: a blind part of the labelled PII corpus, 700 prompts (420 with personal data, 280
clean), ids val11-0001 ... val11-0700, generated with a fixed seed.

Blind: its author read only `appliance/testing/pii_corpus/__init__.py` (the Prompt/Gold/
compose/check API and the gold conventions) and `validity.py` (Luhn, IBAN and SSN checks),
and no other part of the corpus, no recognizer, no docs of the analyzer and no test of the
corpus, and never ran the analyzer. Templates, names (73 cultures), places and decoys were
written from the author's own head; no library's name list was used (`phonenumbers` only
supplies each region's example number, whose last digits are drawn again and checked).

Traffic: what an LLM gateway sees from staff, customers and applications of logistics
brokers and freight forwarders, warehouses, couriers, vets, pet insurers, kennels and
groomers, driving and language schools, tutoring, coworking, property maintenance, energy
and water utilities, solar installers, car sharing and bike rental, ski and outdoor guides,
marinas, golf clubs, dance and music studios, galleries and auction houses, antique shops,
wine clubs, breweries, food trucks, caterers, florists, jewellers, opticians, hearing-aid
clinics, physiotherapy, fertility clinics and genealogy services; personal use (family,
neighbours, clubs); developer traffic (code review, error reports, fixtures, logs, exports).

Shapes (26, each with and without personal data): chat, email, sms, whatsapp, letter,
form, review, notes, transcript, voice (voice-to-text, lower case, no punctuation), ticket,
ocr, json, csv, markdown_table, html, xml, code, log, yaml, toolcall, sql, srt, ics, vcard,
latex.

Modules: `val11_names` (people), `val11_values` (places, phones, cards, IBANs, SSNs, IPs,
account numbers, decoy numbers), `val11_gen` (the template filler and its placeholders),
`val11_personal_a` / `val11_personal_b` (templates with personal data), `val11_clean`
(clean templates).

Conventions beyond the package's: a name written inside a URL's query string is not a span
(only the templates' `urlname`, never elsewhere); pets, ships, racehorses, mascots, bots,
fictional characters, codenames and hostnames are not people; brands, dishes, drinks,
diseases, theorems, awards and storms named after people are not PERSON; demonyms and
languages ("Welsh pony", "Mandarin") are not LOCATION; "tel:" and "mailto:" stay outside
their spans; a possessive "'s" and a title stay outside a name's span. Given names that are
everyday words (`val11_names.WORD_NAMES`) appear as people only where the context says so.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from functools import lru_cache

from appliance.testing.pii_corpus import Prompt, check
from appliance.testing.pii_corpus.val11_clean import TEMPLATES as CLEAN
from appliance.testing.pii_corpus.val11_gen import fill
from appliance.testing.pii_corpus.val11_personal_a import TEMPLATES as PERSONAL_A
from appliance.testing.pii_corpus.val11_personal_b import TEMPLATES as PERSONAL_B

SEED = 110011
PERSONAL_COUNT = 420
CLEAN_COUNT = 280


@dataclass(frozen=True)
class Meta:
    id: str
    template: str  # "p_chat_03", "c_json_01"
    shape: str
    cultures: tuple[str, ...]  # cultures of the people planted, sorted


def templates() -> dict[str, tuple[str, str, bool]]:
    """Template name -> (shape, text, personal)."""
    out: dict[str, tuple[str, str, bool]] = {}
    for prefix, group, personal in (("p", PERSONAL_A + PERSONAL_B, True), ("c", CLEAN, False)):
        per_shape: dict[str, int] = {}
        for shape, text in group:
            per_shape[shape] = per_shape.get(shape, 0) + 1
            out[f"{prefix}_{shape}_{per_shape[shape]:02d}"] = (shape, text, personal)
    return out


def _build_seeded(seed: int) -> tuple[tuple[Prompt, ...], tuple[Meta, ...]]:
    table = templates()
    personal = [name for name, (_, _, p) in table.items() if p]
    clean = [name for name, (_, _, p) in table.items() if not p]
    rng = random.Random(seed)
    rng.shuffle(personal)
    rng.shuffle(clean)
    plan = [personal[i % len(personal)] for i in range(PERSONAL_COUNT)]
    plan += [clean[i % len(clean)] for i in range(CLEAN_COUNT)]
    rng.shuffle(plan)
    prompts: list[Prompt] = []
    metas: list[Meta] = []
    for n, name in enumerate(plan, 1):
        shape, text, _ = table[name]
        pid = f"val11-{n:04d}"
        prompt, cultures = fill(pid, shape, text, random.Random(f"{seed}:{n}"))
        prompts.append(prompt)
        metas.append(Meta(pid, name, shape, cultures))
    check(prompts)
    return tuple(prompts), tuple(metas)


@lru_cache(maxsize=1)
def _build() -> tuple[tuple[Prompt, ...], tuple[Meta, ...]]:
    return _build_seeded(SEED)


def filled(seed: int) -> list[Prompt]:
    """The part's templates filled with another seed: its own names and values in other
    combinations (what scripts/train_pii_ner.py learns from a part whose errors were read)."""
    return list(_build_seeded(seed)[0])


def prompts() -> list[Prompt]:
    """The 700 prompts of val11, the same list on every call."""
    return list(_build()[0])


def meta() -> list[Meta]:
    """For each prompt (in the order of `prompts()`), its template and the people's cultures."""
    return list(_build()[1])
