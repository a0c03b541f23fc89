"""val41: 700 labelled prompts (420 with personal data, 280 clean) for measuring the
PII analyzer, ids val41-0001 ... val41-0700, shuffled, built with a fixed seed.

Written blind: its author read only `appliance/testing/pii_corpus/__init__.py` (the
`Prompt`/`Gold`/`compose`/`check` API and the gold conventions) and `validity.py`, and no
other corpus part, test, recognizer or document of the repository. Templates, names,
places, values and decoys are the author's own.

Domains, chosen far from retail and support: farming co-operatives and livestock shows,
beekeeping, plant nurseries and seed banks, wedding and events planners, tattoo and
piercing studios, public libraries and archives, genealogy societies, monument masons and
cemeteries, coastguard and lifeboat stations, circuses and magic shows, choirs and brass
bands, yacht and rowing clubs, fishing fleets and fish markets, compounding pharmacies,
opticians, dental practices, kennel clubs and dog breeders, bicycle workshops,
watchmakers and jewellers, board-game cafés and puzzle setters, bell ringers, stamp and
coin collectors.

Shapes (each with personal and clean templates): chat, email, sms, letter, form, ticket,
notes, minutes, transcript, json, toolcall, csv, tsv, markdown_table, html, xml, yaml,
code, log, git, diff, stacktrace, slack, jira, bibliography, ics, vcard, paste (an
instruction around pasted text, sometimes in another language) and voice (dictation:
lower case, no punctuation).

Modules (313 templates: 191 personal, 122 clean; 29 shapes; 22 domains):

* `val41_names_a`, `val41_names_b`: 1,180 given and family names of 118 cultures (16 of
  them in their own scripts: Cyrillic, Greek, Arabic, Hebrew, Devanagari, Bengali, Tamil,
  Thai, Georgian, Armenian, Ethiopic, Han, Hangul); `val41_people`: 29 word-names (Hope,
  Will, Grace ...), titles, and the forms a name is written in;
* `val41_places`: street addresses written as 37 countries write them, 257 cities, 77
  regions, 80 countries;
* `val41_values`: phone numbers of 56 regions in 8 formats, cards of 15, 16 and 19
  digits, IBANs of 41 countries, IPv4 and IPv6, SSNs, account numbers, e-mail addresses;
* `val41_decoys`: number-like decoys, and the check that none is a valid personal value;
* `val41_eponyms`: things named after people, general and per domain;
* `val41_words`: whole-word matching; `val41_render`: slots, composing and the checks;
* `val41_tpl_talk`, `_office`, `_paste`, `_data`, `_tables`, `_cards`, `_dev`: templates.

Conventions beyond the package's, enforced by the renderer and the tests:

* A pet, a fictional or game character, a mascot, a bot, a storm, a ship, an aircraft, a
  racehorse, a dish, a drink, a company or brand named after a person; a law, disease,
  score, procedure, algorithm or theorem named after a person; a landmark, building,
  lecture, chair, prize, scholarship, field or well named after a person; a saint in the
  name of a church, feast or place: none is a PERSON or LOCATION span. They appear in
  clean and personal prompts alike.
* A name inside a URL or an e-mail address is no PERSON span (the address is an
  EMAIL_ADDRESS span); a role address ("bookings@...") is an EMAIL_ADDRESS span too.
* Titles and ranks stay outside the span, and so does a possessive "'s".
* "Last, First" is one PERSON span, and so is a bibliography's "Surname, A. B.". A name
  split over fields (vCard N, XML family/given, a form's Surname/Forename, two CSV
  columns) is one span per part; so is an address split over fields (street, city).
* A handle that is not a name ("aokafor7", "@build-bot") is no span; a display name is.
* A street address is one LOCATION span, city and postcode included. A place naming
  where a branch, office or club is ("the Galway branch") is a LOCATION span; a place
  inside the name of a landmark, method or company that does not stand for the place is
  not.
* Only the account number is an ACCOUNT_NUMBER span; a sort code or routing number is
  not.
* A clean prompt holds none of the part's names or places nor any of their words (whole
  words, case aside), the word-names (Hope, Will, Grace ...) excepted, which clean
  prompts may use as words. In a personal prompt every whole-word occurrence of a word
  of a planted name or place (particles aside) is inside a gold span, or inside a URL or
  e-mail address. No prompt holds a valid personal value outside its spans.
"""

from __future__ import annotations

import functools
import random

from appliance.testing.pii_corpus import (
    Prompt,
    check,
    val41_tpl_cards,
    val41_tpl_data,
    val41_tpl_dev,
    val41_tpl_office,
    val41_tpl_paste,
    val41_tpl_tables,
    val41_tpl_talk,
)
from appliance.testing.pii_corpus.val41_people import Deck, PeopleDrawer
from appliance.testing.pii_corpus.val41_render import Template, render

SEED = 41
N_PERSONAL = 420
N_CLEAN = 280
MODULES = (val41_tpl_talk, val41_tpl_office, val41_tpl_paste, val41_tpl_data,
           val41_tpl_tables, val41_tpl_cards, val41_tpl_dev)


def _templates() -> list[Template]:
    out: list[Template] = []
    counts: dict[str, int] = {}
    for module in MODULES:
        for t in module.TEMPLATES:
            tag = f"{t.shape}-{'p' if t.personal else 'c'}"
            counts[tag] = counts.get(tag, 0) + 1
            out.append(Template(t.shape, t.domain, t.text, t.case, f"{tag}{counts[tag]:02d}"))
    return out


TEMPLATES = tuple(_templates())
PERSONAL_TEMPLATES = tuple(t for t in TEMPLATES if t.personal)
CLEAN_TEMPLATES = tuple(t for t in TEMPLATES if not t.personal)


def _plan(rng: random.Random) -> list[Template]:
    plan: list[Template] = []
    for pool, n in ((PERSONAL_TEMPLATES, N_PERSONAL), (CLEAN_TEMPLATES, N_CLEAN)):
        chosen = list(pool)
        deck = Deck(rng, list(pool))
        while len(chosen) < n:
            chosen.append(deck.draw())
        plan.extend(chosen[:n])
    rng.shuffle(plan)
    return plan


def build() -> tuple[list[Prompt], list[dict]]:
    """Render the part from scratch: (prompts, meta), in id order."""
    rng = random.Random(SEED)
    people = PeopleDrawer(rng)
    out: list[Prompt] = []
    metas: list[dict] = []
    for i, template in enumerate(_plan(rng), start=1):
        prompt, meta = render(f"val41-{i:04d}", template, rng, people)
        out.append(prompt)
        metas.append(meta)
    check(out)
    return out, metas


@functools.lru_cache(maxsize=1)
def _cached() -> tuple[tuple[Prompt, ...], tuple[dict, ...]]:
    built, metas = build()
    return tuple(built), tuple(metas)


def prompts() -> list[Prompt]:
    """The 700 prompts of the part (built once, then cached)."""
    return list(_cached()[0])


def meta() -> list[dict]:
    """Per prompt, in the same order: "template", "domain", "shape", "cultures" (of the
    names planted) and "phones" (each phone number as written -> its ISO region)."""
    return [{**m, "cultures": list(m["cultures"]), "phones": dict(m["phones"])}
            for m in _cached()[1]]
