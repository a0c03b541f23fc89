"""val19: a blind measured part of the labelled PII corpus, 700 prompts (420 with personal
data, 280 clean), generated with a fixed seed.

Blind: its author read only the package's `__init__.py` (the `Prompt`/`Gold`/`compose`/
`check` API and the gold conventions) and `validity.py` (Luhn, IBAN and SSN checks); no
other part, no recognizer, no test of the corpus and no library's list of names or places.
Every template, name, place and decoy was written by hand for this part.

Traffic: what an LLM gateway sees from companies' staff, their customers and their
applications: e-commerce returns desks, subscription boxes, meal kits, print shops,
photographers, event venues, catering, florists, plumbers' and electricians' job sheets,
locksmiths, pest control, car washes and garages, EV charging, bike share, lost property,
interlibrary loans, archives' reading rooms, genealogy societies, alumni offices, sports
leagues, marathons, climbing gyms, sailing clubs, allotment societies, residents'
associations and neighbourhood watch groups; personal messages (family, friends,
neighbours, hobby clubs); developer traffic (code review, error reports, fixtures,
chat-ops, data exports).

Shapes (each with and without personal data): chat, email, sms, whatsapp, letter, form,
review, notes, transcript, ticket, ocr, srt, json, csv, markdown_table, html, xml, code,
log, yaml, toolcall, sql, ics, vcard, latex.

Modules:

* `val19_names`: given and family names of 81 cultures, word-names, nicknames.
* `val19_places`: cities and regions of 40 countries, street addresses of 12.
* `val19_values`: phones (checked with phonenumbers), cards, IBANs, SSNs, IPs, accounts,
  e-mail addresses, numeric decoys.
* `val19_personal_a`, `val19_personal_b`: templates with personal data.
* `val19_clean`: clean templates and the name-like decoy things.
* `val19_gen`: the slot language and the filler.

Conventions beyond the package's:

* A name is labelled in every form it is written in: full, given or family name alone,
  surname first, "Family, Given", "FAMILY, Given", with an initial or a middle initial,
  a nickname alone, a full name with its nickname in quotes ('Given "Nick" Family' is one
  span), without diacritics, lower case, capitals. Particles ("van der", "de la", "bin",
  "al-") belong to the family name's span. Titles, "@" and a possessive "'s" stay out.
  A name written on two lines or in two form fields is two spans.
* A street address is one LOCATION span from the house number to the postcode (city
  included); a city or region beside it is a span of its own.
* "Given name that is also a word" (Hope, Will, Grace, Summer, Bill, Rose ...): labelled
  where it names a person; where the word is used as a word (in clean prompts, or "Rose
  Gold" as a finish) it is not, and no prompt holds both uses of one such name.
* A name in a URL (query strings, paths) is plain text: the e-mail address, not the name
  inside it, is a span, and a URL's name is no span. tel: and mailto: prefixes stay out.
* Sort codes, member numbers, order numbers, bib numbers, plot numbers and gift-card codes
  (never Luhn-valid) are no spans.
* Every occurrence of a planted value in a prompt is labelled: the generator draws a
  prompt again when a planted name, a part of one, or a place occurs elsewhere in its text
  unlabelled (outside URLs); clean prompts hold no name or place planted anywhere in the
  part.
"""

from __future__ import annotations

import random
from functools import cache
from typing import Any

from appliance.testing.pii_corpus import Prompt, check
from appliance.testing.pii_corpus.val19_clean import TEMPLATES as CLEAN_TEMPLATES
from appliance.testing.pii_corpus.val19_clean import THINGS
from appliance.testing.pii_corpus.val19_gen import (
    PARTICLES,
    Template,
    banned_pattern,
    fill_prompt,
)
from appliance.testing.pii_corpus.val19_names import WORD_NAMES
from appliance.testing.pii_corpus.val19_personal_a import TEMPLATES as PERSONAL_A
from appliance.testing.pii_corpus.val19_personal_b import TEMPLATES as PERSONAL_B

SEED = 19_0719
SIZE = 700
PERSONAL = 420
PERSONAL_TEMPLATES: list[Template] = PERSONAL_A + PERSONAL_B
TEMPLATES: list[Template] = PERSONAL_TEMPLATES + CLEAN_TEMPLATES


def _spread(templates: list[Template], count: int, rng: random.Random) -> list[Template]:
    """`count` templates, each used as evenly as the count allows, in a random order."""
    reps, rest = divmod(count, len(templates))
    tail = list(templates)
    rng.shuffle(tail)
    chosen = list(templates) * reps + tail[:rest]
    rng.shuffle(chosen)
    return chosen


def planted_words(prompts: list[Prompt]) -> set[str]:
    """The planted names, their parts, and the places of `prompts`, word-names aside."""
    words: set[str] = set()
    skip = {w.lower() for w in WORD_NAMES}
    for p in prompts:
        for g in p.gold:
            if g.entity not in ("PERSON", "LOCATION"):
                continue
            value = p.text[g.start : g.end]
            if g.entity == "LOCATION" and any(ch.isdigit() for ch in value):
                continue
            parts = [value]
            if g.entity == "PERSON":
                parts += [t.strip(".'\",") for t in value.split()]
            for part in parts:
                if len(part) >= 2 and part.lower() not in skip | PARTICLES:
                    words.add(part)
    return words


@cache
def _build() -> tuple[tuple[Prompt, ...], tuple[dict[str, Any], ...]]:
    rng = random.Random(SEED)
    clean_ids = set(rng.sample(range(1, SIZE + 1), SIZE - PERSONAL))
    personal_ids = [i for i in range(1, SIZE + 1) if i not in clean_ids]
    personal_templates = _spread(PERSONAL_TEMPLATES, PERSONAL, rng)
    clean_templates = _spread(list(CLEAN_TEMPLATES), SIZE - PERSONAL, rng)
    made: dict[int, tuple[Prompt, dict[str, Any]]] = {}
    for number, template in zip(personal_ids, personal_templates, strict=True):
        prompt, filled = fill_prompt(f"val19-{number:04d}", template, rng, THINGS)
        made[number] = (prompt, _meta(prompt, template, filled.cultures, filled.phone_regions))
    banned = banned_pattern(planted_words([p for p, _ in made.values()]))
    for number, template in zip(sorted(clean_ids), clean_templates, strict=True):
        prompt, _ = fill_prompt(f"val19-{number:04d}", template, rng, THINGS, banned)
        made[number] = (prompt, _meta(prompt, template, [], {}))
    prompts = tuple(made[n][0] for n in range(1, SIZE + 1))
    metas = tuple(made[n][1] for n in range(1, SIZE + 1))
    check(list(prompts))
    return prompts, metas


def _meta(
    prompt: Prompt, template: Template, cultures: list[str], regions: dict[str, str]
) -> dict[str, Any]:
    return {
        "id": prompt.id,
        "template": template.name,
        "shape": template.shape,
        "cultures": tuple(cultures),
        "phone_regions": dict(regions),
    }


def prompts() -> list[Prompt]:
    """The 700 prompts of val19, the same list on every call."""
    return list(_build()[0])


def meta() -> list[dict[str, Any]]:
    """For each prompt (in the order of `prompts()`): its id, template name, shape, the
    cultures of the people planted in it, and the region each planted phone number was
    written for."""
    return [dict(m) for m in _build()[1]]
