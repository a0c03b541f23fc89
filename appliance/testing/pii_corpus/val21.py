"""val21: a blind part of the labelled PII corpus, 700 prompts (420 with personal data, 280
clean), generated with a fixed seed.

Blind: its author read only `appliance/testing/pii_corpus/__init__.py` (the `Prompt`,
`Gold`, `compose` and `check` API and the gold conventions) and `validity.py` (Luhn, IBAN and
SSN checks), and no other part of the corpus, no recognizer, no documentation of the
analyzer and no test of the corpus; the analyzer was never run on it. Every template,
name, place and decoy was written by hand for this part; no library's name list was used
(the `phonenumbers` package only checks and formats phone numbers).

Traffic: what an LLM gateway sees from the staff, customers and applications of farm
co-operatives, fisheries, shipping agents, customs brokers, freight forwarders, offshore
and mining crew rosters, airline crew scheduling, research labs, university admissions,
clinical trials, blood banks, ambulance and fire dispatch, police non-emergency desks,
court clerks, prison visiting, embassies and consulates, polling stations, census teams,
constituency offices, newsrooms, podcasts and radio phone-ins, plus personal use (family,
neighbours, hobby clubs) and developer traffic (code review, fixtures, logs, tool calls,
exports).

Shapes: chat, email, sms, whatsapp, letter, form, review, notes, transcript, ticket, srt,
ocr, json, csv, markdown_table, html, xml, code, log, yaml, toolcall, sql, ics, vcard,
latex; each with and without personal data.

Modules: `val21_names` (people of more than 60 cultures, word-like given names, names
with particles, hyphens and diacritics, nicknames, places), `val21_values` (phones,
cards, IBANs, SSNs, IPs, e-mails, account numbers, decoys), `val21_gen` (templates and
their slots), `val21_personal_a` and `val21_personal_b` (templates with personal data),
`val21_clean` (clean templates).

Conventions beyond the package's:

* Each slot occurrence is a gold span, so a person or value written twice is labelled
  twice; names split over two fields or lines ("first"/"last", a signature) are two spans.
* A nickname standing for a person ("«k1»" in a note) is a PERSON span; a name used as a
  thing (a ship "Northern Grace", "Rose Gold", "Storm Ciarán", a cocktail, a brand) is not.
* Names inside e-mail addresses and URLs are not PERSON spans; the address is an
  EMAIL_ADDRESS span. Possessive "'s" and titles stay outside the span; so does "@".
* An address with its postcode and city is one LOCATION span; a city beside it is its own.
* Clean prompts carry no person, place or contact at all; decoys there include brands,
  characters and things named after people, and numbers shaped like personal data.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from functools import lru_cache

from appliance.testing.pii_corpus import Prompt, check, compose
from appliance.testing.pii_corpus.val21_clean import TEMPLATES as CLEAN
from appliance.testing.pii_corpus.val21_gen import Filler, Template, render
from appliance.testing.pii_corpus.val21_personal_a import TEMPLATES as PERSONAL_A
from appliance.testing.pii_corpus.val21_personal_b import TEMPLATES as PERSONAL_B

SEED = 21_0721
PERSONAL_COUNT = 420
CLEAN_COUNT = 280
PERSONAL: tuple[Template, ...] = PERSONAL_A + PERSONAL_B


@dataclass(frozen=True)
class Meta:
    template: str
    shape: str
    cultures: tuple[str, ...]


def _schedule(rng: random.Random, templates: tuple[Template, ...], count: int) -> list[Template]:
    """Every template about equally often, in shuffled rounds."""
    out: list[Template] = []
    while len(out) < count:
        round_ = list(templates)
        rng.shuffle(round_)
        out.extend(round_)
    return out[:count]


@lru_cache(maxsize=1)
def _build() -> tuple[tuple[Prompt, ...], tuple[Meta, ...]]:
    rng = random.Random(SEED)
    jobs = [(t, True) for t in _schedule(rng, PERSONAL, PERSONAL_COUNT)]
    jobs += [(t, False) for t in _schedule(rng, CLEAN, CLEAN_COUNT)]
    rng.shuffle(jobs)
    cycle: list[str] = []
    prompts: list[Prompt] = []
    metas: list[Meta] = []
    for i, (template, personal) in enumerate(jobs, start=1):
        filler = Filler(rng, cycle)
        prompt = compose(f"val21-{i:04d}", template.shape, render(template, filler))
        if prompt.clean == personal:
            raise ValueError(f"{template.name}: personal={personal} but clean={prompt.clean}")
        prompts.append(prompt)
        metas.append(Meta(template.name, template.shape, tuple(filler.cultures)))
    check(prompts)
    return tuple(prompts), tuple(metas)


def prompts() -> list[Prompt]:
    """The 700 prompts of val21, the same on every call."""
    return list(_build()[0])


def meta() -> list[Meta]:
    """For each prompt (same order): its template, shape and the cultures of its people."""
    return list(_build()[1])
