"""val37: a blind measured part of the labelled PII corpus, 700 prompts (420 with personal
data, 280 clean), written by an author who read only this package's `__init__.py` and
`validity.py`: its templates, names, places and decoys are its own (no name list, no Faker).

Domains, away from retail and support: university estates and research offices, hospital
wards and theatres, museums and auction houses, typography studios, physics labs, bakeries,
breweries, fashion houses and perfumers, railway heritage societies, motorsport, parishes and
church halls, veterinary clinics, property management, weather services, chess clubs,
orchestras, yacht charters, crypto and fintech support, language schools, funeral homes and
volunteer fire brigades.

Shapes (each with and without personal data): chat, email, sms, letter, form, ticket, notes,
minutes, transcript, json, toolcall, csv, tsv, markdown_table, html, xml, yaml, code, log,
git, diff, stacktrace, slack, jira, bibliography, ics, vcard, paste (an instruction wrapping
pasted text, some in Spanish, German, French, Portuguese, Italian, Dutch, Polish, Swedish,
Turkish, Indonesian or Vietnamese) and voice (dictated, no capitals or punctuation).

Modules: `val37_gen` (the template language, the renderer and the checks), `val37_names`
(names of 105 cultures and word-names), `val37_values` (phones of 41 regions checked with
`phonenumbers`, Luhn-valid cards, IBANs of 18 countries, IPs, SSNs, account numbers, places
of 44 countries, decoys), `val37_personal_a/b/c` and `val37_clean_a/b` (the templates).

Conventions beyond the package's:

* A pet, a fictional or game character, a mascot, a bot, a storm, a ship or yacht, a
  locomotive, an aircraft, a racehorse, a dish, a drink, a hop, a typeface, a work of art or
  music, a company or brand named after a person ("Ford", "Dell", "McLaren"), a law, disease,
  unit, effect, algorithm or theorem named after a person ("Parkinson's", "Kelvin",
  "Doppler", "Kalman filter"), a prize, fellowship or scholarship, and a landmark, building,
  ward, room, church or corner named after a person ("the Hartley Building", "Nightingale
  Ward", "St Jude's", "Senna S") are not PERSON or LOCATION spans; they occur in clean and
  personal prompts alike.
* A street named after a person is part of a LOCATION only inside a full address.
* A name inside a URL or an e-mail address is not a PERSON span (the e-mail address is an
  EMAIL_ADDRESS span); a role address ("bookings@...") is an EMAIL_ADDRESS span like any other.
* Titles ("Dr", "Prof.", "Ms", "Rev.", "Fr", "Herr", "Frau", "Hanım", "Bey", "Pak") stay
  outside the span.
* "Last, First" is one PERSON span; a bibliography's "Surname, A. B." is one PERSON span;
  "First LAST" in forms is one span.
* A git or Slack handle that is not a name (`@build-bot`, `jdoe42`) is not a span; a display
  name is.
* A UK sort code next to an account number is not a span; the account number is.
* A clean prompt contains no word of the part's planted names or places (compared as whole
  words without case; name particles such as "van", "de", "bin" and generic street words
  such as "Road", "Street" aside), and every such word in a personal prompt lies inside a
  gold span, a URL or an e-mail address. Word-names (Hope, Will, Grace, Mark, Bill ...,
  culture "word") are exempt across prompts, since clean prompts use them as words ("we
  hope", "will do", "grace period"); within the prompt where one is planted it occurs only
  as that span. Both are checked while rendering (`val37_gen.check_planted`), raising if
  violated.

`meta()` gives, per prompt: template, domain, shape, cultures, phones (each phone string to
its ISO region), names (planted PERSON strings other than word-names), word_names and places.
"""

from __future__ import annotations

import random
from functools import cache

from appliance.testing.pii_corpus import Prompt, check
from appliance.testing.pii_corpus import val37_clean_a as clean_a
from appliance.testing.pii_corpus import val37_clean_b as clean_b
from appliance.testing.pii_corpus import val37_personal_a as personal_a
from appliance.testing.pii_corpus import val37_personal_b as personal_b
from appliance.testing.pii_corpus import val37_personal_c as personal_c
from appliance.testing.pii_corpus.val37_gen import Renderer, Template, check_planted

SEED = 37_2025
PERSONAL = 420
CLEAN = 280

PERSONAL_TEMPLATES: tuple[Template, ...] = (
    *personal_a.TEMPLATES,
    *personal_b.TEMPLATES,
    *personal_c.TEMPLATES,
)
CLEAN_TEMPLATES: tuple[Template, ...] = (*clean_a.TEMPLATES, *clean_b.TEMPLATES)


def _plan(rng: random.Random) -> list[tuple[Template, bool]]:
    def cycle(pool: tuple[Template, ...], count: int) -> list[Template]:
        out: list[Template] = []
        while len(out) < count:
            out += rng.sample(pool, len(pool))
        return out[:count]

    plan = [(t, False) for t in cycle(PERSONAL_TEMPLATES, PERSONAL)]
    plan += [(t, True) for t in cycle(CLEAN_TEMPLATES, CLEAN)]
    rng.shuffle(plan)
    return plan


def _build() -> tuple[list[Prompt], list[dict]]:
    renderer = Renderer(SEED)
    prompts: list[Prompt] = []
    metas: list[dict] = []
    for i, (template, clean) in enumerate(_plan(random.Random(SEED)), 1):
        prompt, meta = renderer.render(template, f"val37-{i:04d}", clean)
        prompts.append(prompt)
        metas.append(meta)
    check(prompts)
    check_planted(prompts, metas)
    return prompts, metas


@cache
def _cached() -> tuple[tuple[Prompt, ...], tuple[dict, ...]]:
    prompts, metas = _build()
    return tuple(prompts), tuple(metas)


def prompts() -> list[Prompt]:
    return list(_cached()[0])


def meta() -> list[dict]:
    return [dict(m) for m in _cached()[1]]
