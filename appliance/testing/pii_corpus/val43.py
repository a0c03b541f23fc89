"""val43: a blind measured part of the labelled PII corpus, 700 prompts (420 with personal
data, 280 clean), written from the conventions of `appliance.testing.pii_corpus` alone.

Domains: aged-care homes, ski resorts and mountain rescue, community radio, refugee
resettlement, software release management, mining safety, wine auctions, tram and light-rail
operations, fertility clinics, sports physiotherapy, cemeteries and memorial services,
municipal parking enforcement, air ambulance dispatch, laboratory information systems, music
festivals, scuba diving centres, patent and trademark offices, student exchange programmes,
telecom network operations centres, amateur radio clubs, hackathons, crossword and puzzle
magazines, model railway clubs, horse riding schools.

Choices made for this part:

* Fictional characters do not count as persons; none appear in clean prompts.
* Things named like (or after) people are not persons here: eponymous laws, units, tests and
  scales, prizes, software, rose cultivars, cocktails, dishes, typefaces, chess openings,
  aircraft, horses and ponies, songs, rooms and storms. Clean prompts use them as decoys; no
  clean prompt holds a person's name, a city, region, country or street address, an e-mail
  address, phone number, card, IBAN, IP address, SSN or bank account number.
* A street address is one LOCATION span as written on one line (with its town and postcode
  where the text gives them); a country on a line of its own is a span of its own.
* Names in their own script are PERSON spans like any other, also inside prompts written
  mostly in that language.

Everything is built from fixed seeds (string seeds of `random.Random`, which do not depend on
PYTHONHASHSEED), so `build()` returns equal prompts on every run.
"""

from __future__ import annotations

import random
import unicodedata

from appliance.testing.pii_corpus import Prompt, check, compose
from appliance.testing.pii_corpus.val43_clean_a import CLEAN_A
from appliance.testing.pii_corpus.val43_clean_b import CLEAN_B
from appliance.testing.pii_corpus.val43_engine import render
from appliance.testing.pii_corpus.val43_names import CULTURES
from appliance.testing.pii_corpus.val43_tpl_a import PERSONAL_A
from appliance.testing.pii_corpus.val43_tpl_b import PERSONAL_B
from appliance.testing.pii_corpus.val43_tpl_c import PERSONAL_C

PART = "val43"
TOTAL = 700
CLEAN = 280
PERSONAL_TEMPLATES = PERSONAL_A + PERSONAL_B + PERSONAL_C
CLEAN_TEMPLATES = CLEAN_A + CLEAN_B

_CACHE: dict[str, tuple[list[Prompt], list[dict]]] = {}


def is_own_script(value: str) -> bool:
    """Whether a name is written in a script other than Latin."""
    return any(ch.isalpha() and not unicodedata.name(ch, "").startswith("LATIN") for ch in value)


def _cycle(items, rng: random.Random):
    while True:
        order = list(items)
        rng.shuffle(order)
        yield from order


def _build() -> tuple[list[Prompt], list[dict]]:
    names = [t.name for t in PERSONAL_TEMPLATES + CLEAN_TEMPLATES]
    if len(set(names)) != len(names):
        raise ValueError("duplicate template names")
    plan = random.Random(f"{PART}/plan")
    kinds = ["personal"] * (TOTAL - CLEAN) + ["clean"] * CLEAN
    plan.shuffle(kinds)
    personal = _cycle(PERSONAL_TEMPLATES, random.Random(f"{PART}/personal"))
    clean = _cycle(CLEAN_TEMPLATES, random.Random(f"{PART}/clean"))
    cultures = _cycle([c.code for c in CULTURES], random.Random(f"{PART}/cultures"))

    def next_culture() -> str:
        return next(cultures)

    prompts: list[Prompt] = []
    metas: list[dict] = []
    for i, kind in enumerate(kinds, 1):
        pid = f"{PART}-{i:04d}"
        tpl = next(personal if kind == "personal" else clean)
        out = render(tpl, random.Random(f"{PART}/{pid}"), next_culture)
        prompt = compose(pid, tpl.shape, out.pieces)
        if (kind == "clean") != prompt.clean:
            raise ValueError(f"{pid}: template {tpl.name} gave the wrong kind of prompt")
        prompts.append(prompt)
        metas.append({
            "id": pid,
            "template": tpl.name,
            "shape": tpl.shape,
            "kind": kind,
            "lang": tpl.lang or "en",
            "names": [
                {"value": v, "culture": c, "own_script": is_own_script(v)} for e, v, c in out.spans if e == "PERSON"
            ],
            "cultures": sorted({c for e, v, c in out.spans if e == "PERSON" and c}),
            "values": [(e, v) for e, v, c in out.spans],
        })
    check(prompts)
    return prompts, metas


def build() -> list[Prompt]:
    """The 700 prompts, built afresh."""
    return _build()[0]


def _cached() -> tuple[list[Prompt], list[dict]]:
    if PART not in _CACHE:
        _CACHE[PART] = _build()
    return _CACHE[PART]


def prompts() -> list[Prompt]:
    """The 700 prompts, built once (the same list on each call)."""
    return _cached()[0]


def meta() -> list[dict]:
    """Per prompt: id, template, shape, kind, lang, names (value, culture, own_script),
    cultures and the planted values (entity, value), in the order of prompts()."""
    return _cached()[1]
