"""val29: a blind part of the labelled PII corpus, 700 prompts (420 with personal data, 280
clean), ids val29-0001 to val29-0700, generated with a fixed seed.

Blind: its author read only `appliance/testing/pii_corpus/__init__.py` (the API and the gold
conventions) and `validity.py`, no other part, recognizer or document; every template, name,
place and decoy was written from the author's own head (no name lists, no Faker).

Domains, away from retail and support: bakeries and patisseries, cocktail bars and
bartending schools, type foundries, printers and sign makers, motor dealers, garages and
motorsport teams, software operations teams, chemistry and physics teaching labs, university
development offices, hospitals and clinics, dental practices and opticians, translation and
interpreting agencies, archaeology digs and heritage trusts, botanical gardens and herbaria,
theatres, opera houses and drama schools, climbing clubs and mountain huts, rowing, cricket
and sailing clubs, wedding planners and florists, locksmiths and roofers, school admissions
offices. Many of them are full of things named after people (Pavlova, Tom Collins, Garamond,
Ferrari, Jenkins, Bunsen burner, Turing Award, Mayo Clinic, Banksia, Hamlet ...).

Shapes (each with and without personal data): chat, email, sms, letter, form, ticket, notes,
minutes, transcript, json, toolcall, csv, tsv, markdown_table, html, xml, yaml, code, log,
git, diff, stacktrace, slack, jira, bibliography, ics, vcard, paste (an instruction around
pasted text, some in Spanish, German, French, Portuguese, Italian, Dutch, Polish, Swedish,
Turkish, Indonesian or Vietnamese) and voice (dictated, no capitals or punctuation).

People come from 89 cultures (val29_names, val29_names_more) plus word-names ("word": Hope,
Grace, Will, Mark, Bill ...), written in many forms: full names, given or family names alone,
after a title, initials ("J. Nakamura", "S. Karthik"), "Last, First", "Surname, A. B.",
FAMILY in capitals, lower case, family name first, nicknames, bin/binti names, one-word
names. Phones of over 70 regions in national and international styles (with and without
separators, brackets, dots, "00" and "(0)"; each checked with `phonenumbers` for its region),
Luhn-valid Visa, Mastercard, Amex, Discover, JCB and Diners numbers, IBANs of some 20
countries with and without spaces, IPv4 and IPv6 (ports and prefixes outside the span), US
SSNs, and bank account numbers where the text names them ("account number", "a/c",
"checking account", "nomor rekening", "conta" ...). 198 personal and 115 clean templates.

Modules: val29_gen (the template language, rendering and the audit), val29_names and
val29_names_more (names), val29_places (places), val29_values (structured values and plain
decoys), val29_personal_a ... val29_personal_h (personal templates), val29_clean_a ...
val29_clean_c (clean templates).

Conventions beyond the package's:

* A pet, a fictional or game character, a mascot, a bot, a storm, a ship or boat, an
  aircraft, a racehorse, a dish, a drink, a typeface, a plant, a company or brand named after
  a person ("Ford", "Dell", "Yale"), a law, disease, algorithm, theorem, unit or method named
  after a person, and a landmark, building, prize, fund or scholarship named after a person
  are not PERSON or LOCATION spans; they appear in clean and personal prompts alike.
* A name inside a URL or inside an e-mail address is not a PERSON span (the e-mail address is
  an EMAIL_ADDRESS span). A role address ("bookings@...") is an EMAIL_ADDRESS span like any.
* Titles ("Dr", "Prof.", "Ms", "Sir", "Herr", "Señora", "Bey", "-san") stay outside the span.
* "Last, First" is one PERSON span; a bibliography's "Surname, A. B." is one PERSON span,
  its final full stop included. "Amara O." keeps its full stop.
* A git/Slack handle that is not a name (`@build-bot`, `aokafor`) is not a span; a display
  name is. "the" before a country or region ("the Netherlands") stays outside the span.
* A street address is one LOCATION span, postcode and city included; a city and a country
  written apart are two spans. Sort codes, routing numbers, member, order and policy numbers
  are not ACCOUNT_NUMBER spans; only the account number the text names as one is.
* A clean prompt contains none of the part's planted names or places: no word of a planted
  name (particles such as "van", "de", "bin" and initials aside) and no planted city,
  region, country or street, compared as whole words without case. Word-names are the
  exception: their words ("we hope", "grace period", "will do", "bill me") are everyday
  words in clean prompts. In a personal prompt every whole-word occurrence of a planted name
  word or place, and of the prompt's own word-names, lies inside a gold span (URLs aside).
  `val29_gen.audit` checks both while rendering and raises if either is violated, and
  `val29_gen.lint` checks the templates' literal text against every name and place the part
  could plant.
"""

from __future__ import annotations

import random
from functools import lru_cache

from . import (
    Prompt,
    check,
    val29_clean_a,
    val29_clean_b,
    val29_clean_c,
    val29_personal_a,
    val29_personal_b,
    val29_personal_c,
    val29_personal_d,
    val29_personal_e,
    val29_personal_f,
    val29_personal_g,
    val29_personal_h,
)
from . import val29_gen as G
from .val29_names import PARTICLES, WORD_NAMES

SEED = 29_2029
N_PERSONAL = 420
N_CLEAN = 280

PERSONAL_TEMPLATES: tuple[G.T, ...] = tuple(
    val29_personal_a.TEMPLATES
    + val29_personal_b.TEMPLATES
    + val29_personal_c.TEMPLATES
    + val29_personal_d.TEMPLATES
    + val29_personal_e.TEMPLATES
    + val29_personal_f.TEMPLATES
    + val29_personal_g.TEMPLATES
    + val29_personal_h.TEMPLATES
)
CLEAN_TEMPLATES: tuple[G.T, ...] = tuple(
    val29_clean_a.TEMPLATES + val29_clean_b.TEMPLATES + val29_clean_c.TEMPLATES
)

__all__ = ["CLEAN_TEMPLATES", "PARTICLES", "PERSONAL_TEMPLATES", "WORD_NAMES", "meta", "prompts"]


def _jobs(rng: random.Random, templates, count: int) -> list[G.T]:
    order = list(templates)
    rng.shuffle(order)
    return [order[i % len(order)] for i in range(count)]


@lru_cache(maxsize=1)
def _build() -> tuple[tuple[Prompt, ...], tuple[dict, ...]]:
    ids = [t.id for t in PERSONAL_TEMPLATES + CLEAN_TEMPLATES]
    if len(ids) != len(set(ids)):
        raise ValueError("duplicate template id")
    problems = G.lint(list(PERSONAL_TEMPLATES), clean=False) + G.lint(
        list(CLEAN_TEMPLATES), clean=True
    )
    if problems:
        raise ValueError("templates hold planted words: " + "; ".join(problems))
    rng = random.Random(SEED)
    jobs = [(t, False) for t in _jobs(rng, PERSONAL_TEMPLATES, N_PERSONAL)]
    jobs += [(t, True) for t in _jobs(rng, CLEAN_TEMPLATES, N_CLEAN)]
    rng.shuffle(jobs)
    gen = G.Gen(rng)
    prompts: list[Prompt] = []
    metas: list[dict] = []
    for i, (tpl, clean) in enumerate(jobs, start=1):
        prompt, m = G.render(gen, tpl, f"val29-{i:04d}")
        if prompt.clean != clean:
            raise ValueError(f"{prompt.id}: {tpl.id} should be {'clean' if clean else 'personal'}")
        m["kind"] = "clean" if clean else "personal"
        prompts.append(prompt)
        metas.append(m)
    check(prompts)
    G.audit(prompts, metas)
    return tuple(prompts), tuple(metas)


def prompts() -> list[Prompt]:
    """The part's 700 prompts, in their fixed shuffled order."""
    return list(_build()[0])


def meta() -> list[dict]:
    """One dict per prompt, same order: template, shape, domain, kind, cultures (of the names
    used; "word" for word-names), phones (each phone as written -> its region), places (the
    place names planted) and word_names."""
    return [
        {**m, "cultures": list(m["cultures"]), "phones": dict(m["phones"])} for m in _build()[1]
    ]
