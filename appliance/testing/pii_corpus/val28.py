"""val28: a blind validation part of the labelled PII corpus (700 prompts: 420 with personal
data, 280 clean).

Blind: its author read only `appliance/testing/pii_corpus/__init__.py` and `validity.py`;
every template, name, place and decoy was written for this part.

Domains: shipping agents and chandlers, fishing fleets and fish markets, forestry and
sawmills, quarries, water treatment labs, meteorological offices, observatories and
planetaria, patent attorneys, perfumery, fashion houses, jewellers and watchmakers, cheese
makers, distilleries, cellar doors, tea and coffee importers, piano tuners, bookbinders and
antiquarian booksellers, genealogy societies, cemeteries and crematoria, embassies and
consulates.

Shapes: chat, email, sms, letter, form, ticket, notes, minutes, transcript, json, toolcall,
csv, tsv, markdown_table, html, xml, yaml, code, log, git, diff, stacktrace, slack, jira,
bibliography, ics, vcard, paste (Spanish, German, French, Portuguese, Italian, Dutch,
Polish, Swedish, Turkish, Indonesian, Vietnamese pasted text), voice.

Modules: `val28_names` (names of ~90 cultures, word-names, places, addresses),
`val28_values` (phones, cards, IBANs, SSNs, IPs, accounts, e-mails, decoys), `val28_gen`
(the template engine and the stray-name check), `val28_personal_a`, `val28_personal_b`
(personal templates), `val28_clean` (clean templates).

Conventions beyond the package's:

* A pet, a fictional or game character, a mascot, a bot, a storm ("Storm Agnes"), a ship, an
  aircraft, a racehorse, a dish, a drink or blend ("Lady Grey"), a company or brand named
  after a person ("Chanel", "Ford"), a law, disease, algorithm or theorem named after a
  person ("Kalman filter", "Dijkstra's algorithm"), an eponymous object ("Harrison H4",
  "Halley's Comet"), and a landmark or building named after a person are not PERSON or
  LOCATION spans; a product named after a place (a cheese such as "Gouda" or "Comté", a
  whisky region such as "Islay", "Porto" wine) is not a LOCATION span either.
* A name inside a URL or inside an e-mail address is not a PERSON span (the e-mail address
  is an EMAIL_ADDRESS span); a role address ("bookings@...") is an EMAIL_ADDRESS span.
* Titles ("Dr", "Ms", "Rev.", "Señora", "Herr", "Hanım") stay outside the span.
* "Last, First" is one PERSON span; a bibliography's "Surname, A. B." is one PERSON span;
  a name in capitals ("NAKAMURA") or lower case (chat, voice) is a span as written.
* A speaker label in a transcript that is a name is a PERSON span; a handle that is not a
  name (`@ops-bot`, `@mira.k`) is not.
* A word-name (Summer, Faith, Hunter, Sky, Dawn, Ivy, Autumn, Willow, Destiny) is planted
  only where the text says it is a person; these words are never used otherwise.
* A clean prompt holds none of the part's planted names (each word of 3+ letters, particles
  like "van", "de" aside) or places, compared as whole words without case; in a personal
  prompt, every whole-word occurrence of a planted name word or place outside URLs and
  e-mail addresses lies inside a gold span. `prompts()` raises if either is violated.
"""

from __future__ import annotations

import random
from functools import lru_cache

from appliance.testing.pii_corpus import (
    Prompt,
    check,
    val28_clean,
    val28_personal_a,
    val28_personal_b,
)
from appliance.testing.pii_corpus.val28_gen import Rendered, name_tokens, render, stray

SEED = 2828
N_PERSONAL = 420
N_CLEAN = 280


def _ids(prefix: str, templates: list) -> tuple:
    counts: dict[str, int] = {}
    out = []
    for shape, text in templates:
        counts[shape] = counts.get(shape, 0) + 1
        out.append((f"{prefix}-{shape}-{counts[shape]:02d}", shape, text))
    return tuple(out)


PERSONAL_TEMPLATES = _ids("p", val28_personal_a.TEMPLATES + val28_personal_b.TEMPLATES)
CLEAN_TEMPLATES = _ids("c", val28_clean.TEMPLATES)


def _plan(rng: random.Random, templates: tuple, count: int) -> list:
    """Every template once, then weighted draws favouring the rarer values."""
    weights = [
        1 + sum(t[2].count(k) for k in ("{SSN", "{AC", "{CC", "{IP", "{PH", "{IB"))
        for t in templates
    ]
    plan = list(templates)
    plan += rng.choices(templates, weights=weights, k=max(0, count - len(plan)))
    return plan[:count]


@lru_cache(maxsize=1)
def _build() -> tuple[tuple[Prompt, ...], tuple[dict, ...]]:
    rng = random.Random(SEED)
    jobs = [(t, False) for t in _plan(rng, PERSONAL_TEMPLATES, N_PERSONAL)]
    jobs += [(t, True) for t in _plan(rng, CLEAN_TEMPLATES, N_CLEAN)]
    rng.shuffle(jobs)
    rendered: list[Rendered] = []
    for i, ((tid, shape, text), clean) in enumerate(jobs, 1):
        r = render(f"val28-{i:04d}", tid, shape, text, rng)
        if clean == bool(r.prompt.gold):
            raise ValueError(
                f"{r.prompt.id}: template {tid} clean={clean} but gold={r.prompt.gold}"
            )
        rendered.append(r)
    tokens = name_tokens(set().union(*(r.names for r in rendered)))
    places = set().union(*(r.places for r in rendered))
    problems = []
    for r in rendered:
        found = stray(r.prompt, tokens, places)
        if found:
            problems.append(f"{r.prompt.id} ({r.template}): {sorted(set(found))}")
    if problems:
        raise ValueError("planted names or places outside gold spans:\n" + "\n".join(problems))
    prompts = tuple(r.prompt for r in rendered)
    check(list(prompts))
    meta = tuple(
        {
            "template": r.template,
            "cultures": sorted(r.cultures),
            "phones": dict(r.phones),
            "names": sorted(r.names),
            "places": sorted(r.places),
        }
        for r in rendered
    )
    return prompts, meta


def prompts() -> list[Prompt]:
    return list(_build()[0])


def meta() -> list[dict]:
    return [dict(m) for m in _build()[1]]
