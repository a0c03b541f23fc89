"""val40: 700 labelled prompts (420 with personal data, 280 clean) in domains away from the
usual retail and support ones.

Blind: its author read only this package's `__init__.py` (the `Prompt`/`Gold`/`compose`/
`check` API and the gold conventions) and `validity.py`, and no other part, no recognizer
and no document of the analyzer. Every template, name, place and decoy was written for this
part; no name list or fake-data library was used (`phonenumbers` only checks and formats
phone numbers).

Domains: hospital rosters and clinical coding, university timetables, bank and fintech back
offices, newsrooms, sports scouting and transfers, car dealers and rental desks, music
schools and record labels, children's nurseries, game studios, weather and climate
services, translation agencies, prisons and probation, research grants, mining and energy,
fashion houses, bridges and dams, religious communities, cosmetics, veterans'
associations.

Shapes (each with and without personal data): chat, email, sms, letter, form, ticket,
notes, minutes, transcript, json, toolcall, csv, tsv, markdown_table, html, xml, yaml,
code, log, git, diff, stacktrace, slack, jira, bibliography, ics, vcard, paste (an
instruction around pasted text, the text sometimes in Spanish, German, French, Portuguese,
Italian, Dutch, Polish, Swedish, Turkish, Indonesian or Vietnamese) and voice (dictation
without capitals or punctuation).

Modules: `val40_names` (about 1,200 names of about 100 cultures, and word-names),
`val40_places` (cities, regions, countries, street addresses), `val40_values` (phone
numbers, e-mails, cards, IBANs, IPs, SSNs, account numbers, and decoys), `val40_gen` (the
template language, the renderer and the checks), `val40_personal_a` .. `val40_personal_e`
and `val40_clean_a` .. `val40_clean_b` (the templates).

Conventions beyond the package's:

* A pet, a fictional or game character, a mascot, a bot, a storm, a ship, an aircraft, a
  racehorse, a dish, a drink, a company or brand named after a person ("Ford", "Dell",
  "Gucci", "Estée Lauder"), a law, disease, score, procedure, algorithm or theorem named
  after a person ("Crohn's", "Apgar score", "Black-Scholes") and a landmark, building,
  lecture, chair, prize, scholarship, field or well named after a person ("Hoover Dam",
  "Wolfson Hall", "the Darwin Lecture", "Marie Skłodowska-Curie fellowship", "Johan
  Sverdrup") are neither PERSON nor LOCATION spans; they appear in clean and personal
  prompts alike. So is a saint in the name of a church, feast or place ("St Mary's", "the
  feast of San Juan").
* A name inside a URL or inside an e-mail address is not a PERSON span (the e-mail address
  is an EMAIL_ADDRESS span).
* A role address ("bookings@...") is an EMAIL_ADDRESS span like any other.
* Titles and ranks ("Dr", "Prof.", "Ms", "Sir", "Herr", "Señora", "Sgt", "Fr", "Lt Col")
  stay outside the span; so does a possessive "'s".
* "Last, First" is one PERSON span; a bibliography's "Surname, A. B." is one PERSON span.
  Where a name is split over fields (a vCard's `N:Family;Given`, an XML `<family>` and
  `<given>`, a form's "Surname:" and "Forename:" lines, a CSV's two columns), each part is
  its own PERSON span.
* A git, chat or game handle that is not a name (`@build-bot`, `aokafor7`) is not a span; a
  display name is.
* A street address is one LOCATION span, its city and postcode included. A place that
  names where a branch, office, depot or association is ("the Lagos branch", "Borno
  Veterans' Association") is a LOCATION span; a place inside the name of a landmark,
  stadium or company that does not stand for the place ("Golden Gate", "Estádio da Luz")
  is not.
* Only the account number is an ACCOUNT_NUMBER span: a sort code, routing number or branch
  code beside it is not.
* A clean prompt contains none of the part's names or places, nor any of their words,
  compared as whole words without case; the exceptions are the word-names (Hope, Will,
  Grace, Rose, Jade, Sky, Bill, Mark, Faith, Summer, Hunter, Dawn, Ivy, Robin, Amber, Joy),
  which clean prompts use as words ("we hope", "grace period", "amber warning"). In a
  personal prompt every whole-word occurrence of a name or place planted in it (or of one
  of their words, particles aside) is a gold span, outside URLs and e-mail addresses; a
  word-name is planted only where the context says it is a person. Both are checked while
  rendering (a personal prompt is drawn again, a clean one raises).
"""

from __future__ import annotations

import random
from dataclasses import replace
from functools import lru_cache

from . import (
    Prompt,
    check,
    compose,
    val40_clean_a,
    val40_clean_b,
    val40_personal_a,
    val40_personal_b,
    val40_personal_c,
    val40_personal_d,
    val40_personal_e,
)
from .val40_gen import LEFTOVER, Decks, Render, T, clean_violations, unlabelled_mentions

SEED = 40_040
N_PERSONAL = 420
N_CLEAN = 280

PERSONAL_TEMPLATES: list[T] = (
    val40_personal_a.TEMPLATES
    + val40_personal_b.TEMPLATES
    + val40_personal_c.TEMPLATES
    + val40_personal_d.TEMPLATES
    + val40_personal_e.TEMPLATES
)
CLEAN_TEMPLATES: list[T] = val40_clean_a.TEMPLATES + val40_clean_b.TEMPLATES


def _render(t: T, rng: random.Random, decks: Decks, personal: bool) -> tuple[Prompt, dict]:
    for _ in range(80):
        r = Render(rng, decks, t.domain)
        prompt = compose(f"val40-{t.id}", t.shape, r.pieces(t.text))
        if LEFTOVER.search(prompt.text):
            raise ValueError(f"{t.id}: a slot was left in the text")
        if personal:
            if not prompt.gold:
                raise ValueError(f"{t.id}: a personal template planted nothing")
            if unlabelled_mentions(prompt.text, prompt.gold):
                continue
        else:
            if prompt.gold:
                raise ValueError(f"{t.id}: a clean template planted a value")
            bad = clean_violations(prompt.text)
            if bad:
                raise ValueError(f"{t.id}: clean text holds names or places {bad}")
        meta = {
            "template": t.id,
            "domain": t.domain,
            "shape": t.shape,
            "cultures": sorted(r.cultures),
            "phones": dict(r.phones),
        }
        return prompt, meta
    raise ValueError(f"{t.id}: no draw without an unlabelled mention of a planted name")


def build() -> tuple[list[Prompt], list[dict]]:
    """Render the part from scratch (deterministic)."""
    rng = random.Random(SEED)
    decks = Decks(random.Random(SEED + 1))
    rows = []
    for i in range(N_PERSONAL):
        rows.append(_render(PERSONAL_TEMPLATES[i % len(PERSONAL_TEMPLATES)], rng, decks, True))
    for i in range(N_CLEAN):
        rows.append(_render(CLEAN_TEMPLATES[i % len(CLEAN_TEMPLATES)], rng, decks, False))
    random.Random(SEED + 2).shuffle(rows)
    prompts, metas = [], []
    for n, (prompt, meta) in enumerate(rows, 1):
        prompts.append(replace(prompt, id=f"val40-{n:04d}"))
        metas.append(meta)
    check(prompts)
    return prompts, metas


@lru_cache(maxsize=1)
def _cached() -> tuple[tuple[Prompt, ...], tuple[dict, ...]]:
    prompts, metas = build()
    return tuple(prompts), tuple(metas)


def prompts() -> list[Prompt]:
    return list(_cached()[0])


def meta() -> list[dict]:
    """One dict per prompt, in the order of `prompts()`: "template", "domain", "shape",
    "cultures" (of the names planted; "word" for word-names) and "phones" (each phone number
    as written -> its ISO region)."""
    return [dict(m, phones=dict(m["phones"])) for m in _cached()[1]]
