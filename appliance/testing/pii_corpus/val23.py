"""val23: a blind part of the labelled PII corpus, 700 prompts (420 with personal data, 280
clean), generated with a fixed seed.

Blind: its author read only `appliance/testing/pii_corpus/__init__.py` (the `Prompt`/`Gold`/
`compose`/`check` API and the gold conventions) and `validity.py`, and no other part, no
recognizer and no docs; every template, name, place and decoy was written from the author's
own head (no name lists or Faker), and `phonenumbers` was used only to make and check phone
numbers. Nothing was run against the analyzer.

Domains: airlines, airports and travel agents; hotels and short-term rentals; universities
(admissions, theses, exam boards); recruitment and HR (interviews, payroll, references);
insurance claims; law firms and courts; charities and donors; logistics, freight and customs;
telecom support; bank fraud teams; mortgages and lettings; IT help desks and on-call; dentists,
physiotherapists and GP surgeries; funeral directors; sports clubs; journalism; academic writing;
genealogy; software teams.

Shapes (each with and without personal data): chat, email, sms, letter, form, ticket, notes,
minutes, transcript, json, toolcall, csv, tsv, markdown_table, html, xml, yaml, code, log, git,
diff, stacktrace, slack, jira, bibliography, ics, vcard, paste (an instruction around pasted
text, some of it in Spanish, German, French, Portuguese, Italian, Dutch, Polish, Swedish,
Turkish, Indonesian or Vietnamese) and voice (dictated, without capitals or punctuation).

Names: over a thousand people from 108 cultures (`val23_names.CULTURES`) written as people
write them: full names, given names alone, family names after a title, initials
("J. Nakamura"), "Last, First", upper-case family names in forms, lower case in chat and
voice, hyphenated and multi-part names, family-first names, nicknames, and word-names (Hope,
Will, Grace, Rose, Mark, Bill, Faith, Summer, Hunter ...) only where the context says they are
people. Places: cities, regions, countries and street addresses of many countries.

Modules: `val23_names` (people; the names themselves in `val23_cultures_a` and
`val23_cultures_b`), `val23_places` (places), `val23_values` (phones, cards,
IBANs, IPs, SSNs, account numbers), `val23_decoys` (decoys), `val23_gen` (the template
renderer and the checks below), `val23_personal_a` to `val23_personal_e` (personal
templates), `val23_clean_a` and `val23_clean_b` (clean templates).

Gold conventions beyond the package's:

* A pet, a fictional or game character, a mascot, a bot, a storm, a ship, an aircraft, a
  racehorse, a dish, a drink, a company or brand named after a person ("Ford", "Dell"), a law,
  disease, algorithm or theorem named after a person, and a landmark or building named after a
  person are not PERSON or LOCATION spans; they appear in clean and personal prompts alike.
* A name inside a URL or inside an e-mail address is not a PERSON span (the e-mail address is
  an EMAIL_ADDRESS span, without "mailto:").
* A role address ("bookings@...") is an EMAIL_ADDRESS span like any other.
* Titles ("Dr", "Prof.", "Ms", "Sir", "Herr", "Señora", "Aunt") stay outside the span, and so
  does a possessive "'s".
* "Last, First" is one PERSON span; a bibliography's "Surname, A. B." is one PERSON span; a
  full name is one span however many parts it has ("Nguyễn Thị Mai", "María José García-Ruiz").
* A git/Slack handle that is not a name (`@build-bot`, `jdoe42`, `knakamura`) is not a span;
  a display name is.
* A street address is one LOCATION span with its city and postcode; a country written "the X"
  keeps "the" outside. Airport codes (LHR), gate, terminal and room numbers are not places.
* A UK sort code next to an account number is not part of the ACCOUNT_NUMBER span; "card
  ending 4421" is not a CREDIT_CARD span; a date of birth is not a span.
* A clean prompt contains none of the part's planted names or places (nor their distinctive
  words), compared as whole words without case; word-names (Hope, Will ...) are the
  exception, as clean prompts use them as words ("we hope", "grace period", "will do"). Every
  whole-word occurrence of a planted name or place word in a personal prompt (and of the
  prompt's own word-names) is inside a gold span, URLs and e-mail addresses aside.
  `val23_gen.check_rendered` checks both while rendering and raises if violated. Particles
  (van, de, bin), generic address words (Street, Road, New) and two-letter upper-case codes
  are not compared.

`prompts()` and `meta()` are cached; `meta()` gives per prompt the template id, the shape,
the domain, the cultures of the names used ("word" for word-names) and the phone numbers as
written with their ISO region.
"""

from __future__ import annotations

import random
from functools import lru_cache

from appliance.testing.pii_corpus import Prompt, check
from appliance.testing.pii_corpus import val23_clean_a as _clean_a
from appliance.testing.pii_corpus import val23_clean_b as _clean_b
from appliance.testing.pii_corpus import val23_personal_a as _pa
from appliance.testing.pii_corpus import val23_personal_b as _pb
from appliance.testing.pii_corpus import val23_personal_c as _pc
from appliance.testing.pii_corpus import val23_personal_d as _pd
from appliance.testing.pii_corpus import val23_personal_e as _pe
from appliance.testing.pii_corpus.val23_gen import Renderer, Template, check_pool_disjoint

PERSONAL_TEMPLATES: tuple[Template, ...] = tuple(
    _pa.TEMPLATES + _pb.TEMPLATES + _pc.TEMPLATES + _pd.TEMPLATES + _pe.TEMPLATES
)
CLEAN_TEMPLATES: tuple[Template, ...] = tuple(_clean_a.TEMPLATES + _clean_b.TEMPLATES)

N_PERSONAL = 420
N_CLEAN = 280
SEED = 23_2023


def _plan(templates: tuple[Template, ...], count: int, rng: random.Random) -> list[Template]:
    """Each template used count // len times, the remainder spread over a shuffled few."""
    order = list(templates)
    rng.shuffle(order)
    base, extra = divmod(count, len(order))
    plan: list[Template] = []
    for i, tpl in enumerate(order):
        plan += [tpl] * (base + (1 if i < extra else 0))
    return plan


@lru_cache(maxsize=1)
def _build() -> tuple[tuple[Prompt, ...], tuple[dict, ...]]:
    ids = [t.id for t in PERSONAL_TEMPLATES + CLEAN_TEMPLATES]
    if len(ids) != len(set(ids)):
        raise ValueError("val23: duplicate template ids")
    check_pool_disjoint()
    rng = random.Random(SEED)
    plan = [(t, True) for t in _plan(PERSONAL_TEMPLATES, N_PERSONAL, rng)]
    plan += [(t, False) for t in _plan(CLEAN_TEMPLATES, N_CLEAN, rng)]
    rng.shuffle(plan)
    renderer = Renderer(SEED + 1)
    prompts: list[Prompt] = []
    metas: list[dict] = []
    for i, (tpl, personal) in enumerate(plan, start=1):
        rendered = renderer.render(tpl, f"val23-{i:04d}")
        if rendered.prompt.clean == personal:
            raise ValueError(f"{rendered.prompt.id}: template {tpl.id} personal={personal}")
        prompts.append(rendered.prompt)
        metas.append(rendered.meta)
    check(prompts)
    return tuple(prompts), tuple(metas)


def prompts() -> list[Prompt]:
    return list(_build()[0])


def meta() -> list[dict]:
    return [dict(m) for m in _build()[1]]
