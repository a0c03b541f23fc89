"""val27: a blind validation part of the labelled PII corpus, 700 prompts (420 with personal
data, 280 clean), ids val27-0001 to val27-0700, shuffled with a fixed seed.

Blind: its author read only `appliance/testing/pii_corpus/__init__.py` and `validity.py`; no
other part, recognizer, document or script, and no name list or library (Faker and the like).
Every template, name, place and decoy was written for this part; `phonenumbers` only checks and
formats the phone numbers it draws.

Domains (away from retail and support): opticians, audiologists and physiotherapists;
counselling services (appointment admin only); adoption, fostering and family courts (admin);
armed forces and veterans' associations; fire and rescue; coastguard and lifeboats; zoos and
wildlife rescues (animals with people's names); stables, riding schools and kennels;
orchestras, choirs and opera (works and roles named after people); art and dance schools
(ballets and roles); book clubs and writers' groups (novels and characters); student unions;
holiday hosts and holiday parks; print shops; locksmiths, glaziers and roofers; pest control;
solar and EV charging; data centres (hosts named after famous people); crypto and fintech
compliance; ticketing for concerts and football (players vs stands named after people).

Shapes, each with and without personal data: chat, email, sms, letter, form, ticket, notes,
minutes, transcript, json, toolcall, csv, tsv, markdown_table, html, xml, yaml, code, log, git,
diff, stacktrace, slack, jira, bibliography, ics (calendar events and vCards), paste (pasted
text in Spanish, German, French, Portuguese, Italian, Dutch, Polish, Swedish, Turkish,
Indonesian, Vietnamese or English under an instruction) and voice (dictation: lower case, no
punctuation).

Modules: `val27_names` (given and family names of 96 cultures, word-names, nicknames),
`val27_values` (places, phone/card/IBAN/IP/SSN/account generators, decoys), `val27_gen` (the
«slot» renderer and the part-wide checks), `val27_personal_a/_b/_c` and `val27_clean_a/_b`
(the templates).

Conventions beyond the package's:

* A pet or zoo animal, a horse, a fictional, opera, ballet or game character, a mascot, a bot,
  a storm, a ship or lifeboat, an aircraft call sign, a dish, a drink, a company or brand named
  after a person ("Ford Transit", "Deloitte", "Lloyds"), a law, disease, algorithm or theorem
  named after a person ("Parkinson's", "Dijkstra's algorithm", "Kalman filter"), a host named
  after a scientist ("lovelace-02") and a landmark, stand or building named after a person
  ("the Sir Tom Finney Stand", "the Wilberforce Building") are not PERSON or LOCATION spans;
  they appear in clean and personal prompts alike.
* A name inside a URL or an e-mail address is not a PERSON span (the address is an
  EMAIL_ADDRESS span); a role address ("bookings@...") is an EMAIL_ADDRESS span like any other.
* Titles ("Dr", "Ms", "Herr", "Señora") stay outside the span; a possessive "'s" too.
* "Last, First" and "LAST, First" are one PERSON span; a bibliography's "Surname, A. B." is one
  PERSON span; "Given F." is one span.
* A git or Slack handle that is not a name (`@build-bot`, `jdoe42`, `aokafor`) is not a span; a
  display name is.
* A UK sort code next to an account number is not a span; only the account number is
  (ACCOUNT_NUMBER). A street address is one LOCATION span, postcode included; a room, studio,
  stand, enclosure or venue name is not a place.
* Word-names (Hope, Will, Grace, Rose, Mark, Bill, Faith, Summer, Hunter, Jade, Sky, Joy, Dawn,
  Sunny) are planted only as people, capitalised, and never in dictation; their lower-case
  everyday uses ("we hope", "grace period", "will do", "bill me") are not names, in clean and
  personal prompts alike.
* A clean prompt holds no word of any planted name or place (whole words, case aside; the
  word-names only in their capitalised form), and every such word in a personal prompt lies
  inside a gold span (URLs and e-mail addresses aside). Generic words of addresses and name
  particles ("Road", "van", "de", "Al") are left out of this check. Rendering raises if either
  is broken.

Meta (`meta()`): per prompt its template id, shape, domain, the cultures of the names used
("word" for word-names) and each phone number as written with its ISO region.
"""

from __future__ import annotations

import random
from functools import lru_cache

from appliance.testing.pii_corpus import (
    Prompt,
    check,
    val27_clean_a,
    val27_clean_b,
    val27_personal_a,
    val27_personal_b,
    val27_personal_c,
)
from appliance.testing.pii_corpus.val27_gen import Part, check_planted, parse_templates, render

SEED = 2727
PERSONAL = 420
CLEAN = 280

PERSONAL_TEMPLATES = tuple(
    parse_templates(val27_personal_a.TEMPLATES)
    + parse_templates(val27_personal_b.TEMPLATES)
    + parse_templates(val27_personal_c.TEMPLATES)
)
CLEAN_TEMPLATES = tuple(
    parse_templates(val27_clean_a.TEMPLATES) + parse_templates(val27_clean_b.TEMPLATES)
)


def _plan(rng: random.Random, templates: tuple, count: int) -> list:
    order = list(templates)
    rng.shuffle(order)
    return [order[i % len(order)] for i in range(count)]


@lru_cache(maxsize=1)
def _build() -> tuple[tuple[Prompt, ...], tuple[dict, ...]]:
    ids = [t.id for t in PERSONAL_TEMPLATES + CLEAN_TEMPLATES]
    if len(ids) != len(set(ids)):
        raise ValueError("duplicate template id")
    rng = random.Random(SEED)
    jobs = [(t, True) for t in _plan(rng, PERSONAL_TEMPLATES, PERSONAL)]
    jobs += [(t, False) for t in _plan(rng, CLEAN_TEMPLATES, CLEAN)]
    rng.shuffle(jobs)
    part = Part()
    prompts, metas = [], []
    for i, (tpl, personal) in enumerate(jobs, 1):
        prompt, meta = render(part, f"val27-{i:04d}", tpl, personal, SEED * 1000 + i)
        prompts.append(prompt)
        metas.append(meta)
    check(prompts)
    check_planted(prompts)
    return tuple(prompts), tuple(metas)


def prompts() -> list[Prompt]:
    return list(_build()[0])


def meta() -> list[dict]:
    return [dict(m, cultures=list(m["cultures"]), phones=dict(m["phones"])) for m in _build()[1]]
