"""val35: a blind measured part of the labelled PII corpus, 700 prompts (420 with personal
data, 280 clean), ids val35-0001 to val35-0700, shuffled with a fixed seed.

Blind: its author read only `appliance/testing/pii_corpus/__init__.py` and `validity.py`; no
other part, no recognizer and no analyzer output. Every template, name, place and decoy was
written for it (no name lists from libraries; `phonenumbers` only checks and formats the
planted phone numbers).

Domains, away from retail and support: procurement and accounts payable (suppliers, banks and
firms named after people), university admissions and alumni offices, supermarket buyers and
food brands, awards and prize committees, hair and nail salons, dog and cat shows and
breeders, software release managers (clusters and releases codenamed after people), guitar
and instrument shops, museums and galleries, hotels, ice rinks, bowling alleys and escape
rooms, weather and energy traders (wind farms named like people), coach operators, hospitals,
charity shops, tool and plant hire, photo labs and camera shops, children's libraries.

Shapes, each with personal and clean prompts: chat, email, sms, letter, form, ticket, notes,
minutes, transcript, json, toolcall, csv, tsv, markdown_table, html, xml, yaml, code (Python,
JS, Go, SQL), log, git, diff, stacktrace, slack, jira, bibliography, ics, vcard, paste (an
instruction around pasted text in English, Spanish, German, French, Portuguese, Italian,
Dutch, Polish, Swedish, Turkish, Indonesian or Vietnamese) and voice (dictated, lower case,
no punctuation).

Names: people of 117 cultures (`val35_names_a`, `val35_names_b`) written as people write
them: full names in their culture's order, given or family names alone, family names after a
title, initials, "Last, First", bibliography "Surname, A. B.", capitals in forms, lower case
in chat and voice, nicknames, multi-part, hyphenated and particle names, diacritics, and
word-names (Rose, Jade, Sky, Mark, Hunter ...) only where the text says they are people.
Places: cities, regions, countries and one-line street addresses of many countries.

Modules: `val35_gen` (renderer and checks), `val35_values` (phones, cards, IBANs, IPs, SSNs,
account numbers, e-mails, decoys), `val35_names_a`/`_b`, `val35_places`, personal templates
in `val35_personal_a` to `_e`, clean templates in `val35_clean_a` and `_b`.

Conventions beyond the package's:

* A pet, a fictional or game character, a mascot, a bot, a storm, a ship, a coach, an escape
  room, a wind farm, a racehorse or show dog, a dish, a drink, a company, firm, university,
  hospital, hotel, museum or brand named after a person ("Ford", "Dell", "Goldman Sachs",
  "Johns Hopkins", "the Getty", "Les Paul"), a prize ("the Booker"), a hairstyle ("the
  Rachel"), a release or cluster codename ("Bookworm", "Turing"), a law, disease, algorithm
  or theorem named after a person ("Parkinson's", "Dijkstra's algorithm") and a landmark or
  building named after a person are not PERSON or LOCATION spans; they appear in clean and
  personal prompts alike.
* A name inside a URL or inside an e-mail address is not a PERSON span (the e-mail address is
  an EMAIL_ADDRESS span). A role address ("bookings@...") is an EMAIL_ADDRESS span like any
  other, so clean prompts hold no e-mail address.
* Titles ("Dr", "Prof.", "Ms", "Charge Nurse", "Herr", "Sra.") stay outside the span.
* "Last, First" is one PERSON span; a bibliography's "Surname, A. B." is one PERSON span; in
  a vCard's "N:" field the family and given names are two spans.
* A git/Slack/Jira handle or login that is not a name (`@release-bot`, `jnakamura`) and a
  BibTeX citation key (`nakamura2019`) are not spans; a display name is.
* Demonyms and language names ("German", "in Spanish"), postcode-like codes on their own,
  rooms and buildings, and a hospital or firm named after a street or place ("Great Ormond
  Street", "Marks & Spencer Food Hall") are not LOCATION spans.
* Sort codes, BICs, VAT numbers, order, booking and policy references are not spans.
* A clean prompt contains none of the part's planted names or places (nor their words),
  compared as whole words without case; every whole-word occurrence of a planted name's or
  place's word in a personal prompt is inside a gold span, outside URLs and e-mail addresses
  (word-names, which are also ordinary words, are held to this within their own prompt).
  Both are checked while rendering (`val35_gen.check_part`), which raises if violated. So
  that this holds, names and places whose words occur in any template's text or decoy are
  left out of the pools, and word-names that clean prompts use as words ("we hope", "grace
  period", "will do", "bill me") are not planted.
"""

from __future__ import annotations

import random
from functools import cache

from appliance.testing.pii_corpus import Prompt, check
from appliance.testing.pii_corpus import val35_gen as G
from appliance.testing.pii_corpus import val35_values as V
from appliance.testing.pii_corpus.val35_clean_a import CLEAN_A
from appliance.testing.pii_corpus.val35_clean_b import CLEAN_B
from appliance.testing.pii_corpus.val35_personal_a import PERSONAL_A
from appliance.testing.pii_corpus.val35_personal_b import PERSONAL_B
from appliance.testing.pii_corpus.val35_personal_c import PERSONAL_C
from appliance.testing.pii_corpus.val35_personal_d import PERSONAL_D
from appliance.testing.pii_corpus.val35_personal_e import PERSONAL_E

PERSONAL_TEMPLATES: list[G.Template] = (
    PERSONAL_A + PERSONAL_B + PERSONAL_C + PERSONAL_D + PERSONAL_E
)
CLEAN_TEMPLATES: list[G.Template] = CLEAN_A + CLEAN_B

N_PERSONAL = 420
N_CLEAN = 280
SEED = 35_0700


@cache
def pools() -> G.Pools:
    decoys = G.text_words(" ".join(V.DECOY_WORDS)) | G.pool_words()
    return G.build_pools(PERSONAL_TEMPLATES, CLEAN_TEMPLATES, decoys)


def _jobs() -> list[tuple[G.Template, bool, int]]:
    rng = random.Random(SEED)
    jobs: list[tuple[G.Template, bool, int]] = []
    for templates, count, clean in (
        (PERSONAL_TEMPLATES, N_PERSONAL, False),
        (CLEAN_TEMPLATES, N_CLEAN, True),
    ):
        order = list(templates)
        rng.shuffle(order)
        for k in range(count):
            jobs.append((order[k % len(order)], clean, k // len(order)))
    rng.shuffle(jobs)
    return jobs


@cache
def _build() -> tuple[tuple[Prompt, ...], tuple[dict, ...]]:
    ids = {t.id for t in PERSONAL_TEMPLATES + CLEAN_TEMPLATES}
    if len(ids) != len(PERSONAL_TEMPLATES) + len(CLEAN_TEMPLATES):
        raise ValueError("duplicate template id")
    prompts: list[Prompt] = []
    metas: list[dict] = []
    for i, (template, clean, occurrence) in enumerate(_jobs(), start=1):
        rng = random.Random(f"val35:{template.id}:{occurrence}")
        prompt, meta = G.render(template, f"val35-{i:04d}", rng, pools(), clean)
        prompts.append(prompt)
        metas.append(meta)
    check(prompts)
    word_names = {w.lower() for ws in pools().words.values() for w in ws}
    G.check_part(prompts, metas, word_names)
    return tuple(prompts), tuple(metas)


def prompts() -> list[Prompt]:
    """The part's 700 prompts (the same on every call)."""
    return list(_build()[0])


def meta() -> list[dict]:
    """One dict per prompt, in the same order: template, domain, shape, lang, cultures (of
    the names used; "word" for word-names) and phones (each phone number as written, mapped
    to its ISO region)."""
    return [dict(m, cultures=list(m["cultures"]), phones=dict(m["phones"])) for m in _build()[1]]
