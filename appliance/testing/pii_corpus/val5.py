"""val5: a seventh part of the labelled PII corpus (appliance.testing.pii_corpus), 700
prompts (`val5-0001` ... `val5-0700`), 420 with personal data and 280 clean, as an LLM API
gateway sees them from companies' staff and applications: legal, education, logistics, real
estate, finance, healthcare, hospitality, recruiting, community moderation, translation,
personal assistant, developer and data-analysis traffic, call transcripts, voice notes and
SMS, in 18 shapes.

Written blind: its author read only the package's __init__.py (the Prompt/Gold/compose API
and the gold conventions), validity.py and pyproject.toml; no other part of the corpus, no
line of the analyzer (appliance/pii), its documentation or its evaluation script, and the
analyzer was never run on this part while it was written. Its names were typed by hand
(val5_values), no name list of a library was used; its phone numbers are random digits kept
where phonenumbers says they are valid, generated once and frozen (val5_phones). So it
measures the analyzer on text nobody tuned it for.

The templates (val5_personal, val5_personal_data, val5_clean) are filled by val5_gen with a
fixed seed; each template is used two to four times with other values. Labelling follows
the package's conventions, and: a PERSON span is the name as written, without a title or a
possessive "'s"; an @-mention's "@" stays out; names inside e-mail addresses are not PERSON
spans; every occurrence of a planted value is labelled.
"""

from __future__ import annotations

import functools
import random
from dataclasses import dataclass

from appliance.testing.pii_corpus import Prompt, check, compose
from appliance.testing.pii_corpus.val5_clean import CLEAN
from appliance.testing.pii_corpus.val5_gen import Filler
from appliance.testing.pii_corpus.val5_personal import PROSE
from appliance.testing.pii_corpus.val5_personal_data import DATA

SEED = 5_0705
PERSONAL_COUNT = 420
CLEAN_COUNT = 280
PERSONAL_TEMPLATES: list[tuple[str, str]] = PROSE + DATA
CLEAN_TEMPLATES: list[tuple[str, str]] = CLEAN


@dataclass(frozen=True)
class Build:
    prompts: tuple[Prompt, ...]
    templates: dict[str, tuple[str, int]]  # prompt id -> ("personal" | "clean", template index)
    phone_regions: dict[str, str]  # planted phone number as written -> its region


def _uses(count: int, templates: int, rng: random.Random) -> list[int]:
    """Template indexes, each used count // templates or one more times."""
    order = list(range(templates))
    rng.shuffle(order)
    base, extra = divmod(count, templates)
    return [i for n, i in enumerate(order) for _ in range(base + (1 if n < extra else 0))]


@functools.cache
def build(seed: int = SEED) -> Build:
    rng = random.Random(seed)
    jobs = [("personal", i) for i in _uses(PERSONAL_COUNT, len(PERSONAL_TEMPLATES), rng)]
    jobs += [("clean", i) for i in _uses(CLEAN_COUNT, len(CLEAN_TEMPLATES), rng)]
    rng.shuffle(jobs)
    filler = Filler(rng)
    prompts: list[Prompt] = []
    templates: dict[str, tuple[str, int]] = {}
    for n, (part, index) in enumerate(jobs, start=1):
        shape, text = (PERSONAL_TEMPLATES if part == "personal" else CLEAN_TEMPLATES)[index]
        pid = f"val5-{n:04d}"
        prompt = compose(pid, shape, filler.fill(text))
        if prompt.clean != (part == "clean"):
            raise ValueError(f"{pid}: template {part} {index} gave the wrong kind of prompt")
        prompts.append(prompt)
        templates[pid] = (part, index)
    check(prompts)
    return Build(tuple(prompts), templates, dict(filler.phone_regions))


def prompts() -> list[Prompt]:
    """The 700 prompts of val5, the same on every run."""
    return list(build().prompts)


def filled(seed: int) -> list[Prompt]:
    """The part's templates filled with another seed: its own names and values in other
    combinations (what scripts/train_pii_ner.py learns from a part whose errors were read)."""
    return list(build(seed).prompts)
