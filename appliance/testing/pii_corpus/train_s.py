"""`train_s`: a training generator built around words that are a person in one sentence and
a thing in the next.

Written blind: its author read only this package's `__init__.py` (the `Prompt`, `Gold`,
`compose` and `check` API and the gold conventions) and `validity.py`; no other corpus part,
test, script, recognizer or document of the repository. Every word list, name list, template
and decoy here was written for this generator.

Its point. The NER tags things named like people as PERSON ("a Victoria sponge", "Lake
Victoria", "the Ford Transit", "a grace period"). Earlier generators taught it lists of such
things but kept the planted people's names apart from the things' words, so it never saw the
SAME word as a person in one place and as a thing in the next. Here every prompt is built
around ambiguous words: over a thousand given and family names that are also common words,
places, brands, units, laws, diseases, songs, foods or pets, in English and in Spanish,
Portuguese, Italian, French, German, Dutch, Turkish, Swahili and other languages (the
`train_s_words_*` modules), each with its non-person uses. A personal prompt plants a person
named with such a word (or an ordinary name of one of some seventy cultures) and, beside it,
non-person uses of the same words ("Grace Baker said the invoice has a ten-day grace period",
"Herr Koch fragt, ob der Koch morgen kommt"); a clean prompt holds only non-person uses, among
decoys. Only the person uses are PERSON gold.

API:

* `prompts(seed, count) -> list[Prompt]`: ids `trains-<seed>-00001` ...; the same list for
  the same seed and count, a prefix of a longer list for the same seed.
* `prompts_with_things(seed, count)`: the same prompts, each with the list of (start, end) of
  every non-person use planted in it (its whole recorded phrase), for the tests.

Shapes (each with clean and personal templates): chat, sms, email, voice, form, ticket,
notes, log, calendar, code, toolcall, json, csv, markdown_table, html, yaml, review, menu,
recipe, listing, paste. Chat and sms prompts are sometimes all lower case; voice prompts are
dictated (lower case, no punctuation); paste prompts wrap pasted text, some in Spanish,
German, French, Italian, Portuguese, Turkish, Dutch or Swahili.

Modules:

* `train_s_lexicon`: the ambiguous words' format, parser and index; `train_s_words_given`,
  `_family`, `_family2`, `_places`, `_brands`, `_iberian`, `_romance`, `_north`, `_world`,
  `_world2`: the word lists.
* `train_s_names`: ordinary names of many cultures, some in their own scripts.
* `train_s_values`: e-mail, phone (valid by `phonenumbers`), card (Luhn), IBAN (check
  digits), IP, SSN, account number, street address, places.
* `train_s_decoys`: order and ticket numbers, dates, times, versions, prices, product codes
  and names.
* `train_s_templates`: the template format and registry; `train_s_tpl_talk`, `_work`,
  `_data`, `_life`, `_paste`: the templates.
* `train_s_render`: people, slot filling, and the prompt the parts make.

Conventions beyond the package's:

* A place that stands for the place ("texted from Paris") is LOCATION gold; a place inside a
  thing's name ("the Paris Agreement", "Lake Victoria", "Victoria Station") is no span, nor
  are brands, products, laws, diseases, units, songs, fonts, ships, storms, pets, assistants
  ("ask Siri"), fictional characters and common words.
* A title stays outside the PERSON span, before the name ("Herr Koch") or after it in Turkish
  ("Deniz Hanım"); so do a possessive "'s" and a Turkish case suffix ("Ankara'dan").
* "Last, First" is one PERSON span; initials with a family name ("G. Baker") are one span.
* An @-mention is not a name and is no span; a display name beside it is.
* Every whole-word occurrence of a planted person's name word or of a planted place is gold,
  except inside a recorded non-person phrase, an e-mail address or a URL (a profile URL may
  hold the name and is no span). Any ambiguous word in template text is a non-person use and
  is recorded as one, so a lower-case "will", "mark" or "hope" is recorded too.
"""

from __future__ import annotations

import random
import re

from appliance.testing.pii_corpus import Prompt, check
from appliance.testing.pii_corpus.train_s_lexicon import scanner
from appliance.testing.pii_corpus.train_s_render import Filler, build
from appliance.testing.pii_corpus.train_s_templates import by_shape, shapes

PASTE_LANGS = ("es", "de", "fr", "it", "pt", "nl", "tr", "sw")
LOWER_CASE = {"chat": 0.3, "sms": 0.35}
_EMAIL_OR_URL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|https?://\S+")


def violations(prompt: Prompt, things: list[tuple[int, int]]) -> list[str]:
    """What breaks the labelling rules in one prompt (see the module docstring)."""
    text, problems = prompt.text, []
    gold = [(g.start, g.end) for g in prompt.gold]
    for a, b in things:
        if any(a < end and start < b for start, end in gold):
            problems.append(f"non-person phrase {text[a:b]!r} overlaps gold")
    free = gold + list(things) + [m.span() for m in _EMAIL_OR_URL.finditer(text)]

    def covered(a: int, b: int) -> bool:
        return any(start <= a and b <= end for start, end in free)

    targets: set[str] = set()
    for g in prompt.gold:
        value = text[g.start : g.end]
        if g.entity in ("PERSON", "LOCATION"):
            targets.add(value)
        if g.entity == "PERSON":
            targets.update(w for w in re.split(r"[\s,]+", value) if len(w.strip(".")) >= 2)
    for target in targets:
        for m in re.finditer(r"(?<!\w)" + re.escape(target) + r"(?!\w)", text, re.IGNORECASE):
            if not covered(*m.span()):
                problems.append(f"unlabelled {m.group()!r} at {m.start()}")
    for m in scanner().finditer(text):
        if not covered(*m.span()):
            problems.append(
                f"ambiguous word {m.group()!r} at {m.start()} is neither gold nor recorded"
            )
    return problems


def _one(seed: int, number: int) -> tuple[Prompt, list[tuple[int, int]]]:
    rng = random.Random(f"train_s:{seed}:{number}")
    shape = rng.choice(shapes())
    clean = rng.random() < 0.5
    pid = f"trains-{seed}-{number:05d}"
    table = by_shape()
    for _ in range(80):
        template = rng.choice(table[(shape, clean)])
        src = rng.choice(PASTE_LANGS) if template.src == "*" else template.src
        filler = Filler(rng, template.lang, src, clean, voice=shape == "voice")
        filler.start()
        filler.fill(template.text)
        voice = shape == "voice"
        lower = voice or rng.random() < LOWER_CASE.get(shape, 0.0)
        prompt, things = build(pid, shape, filler.parts, lower, voice)
        if prompt.clean == clean and not violations(prompt, things):
            return prompt, things
    raise RuntimeError(f"{pid}: no template of {shape} could be filled by the rules")


def prompts_with_things(seed: int, count: int) -> list[tuple[Prompt, list[tuple[int, int]]]]:
    """`count` prompts for `seed`, each with the (start, end) of its non-person phrases."""
    made = [_one(seed, number) for number in range(1, count + 1)]
    check([prompt for prompt, _ in made])
    return made


def prompts(seed: int, count: int) -> list[Prompt]:
    """`count` training prompts for `seed` (the API the trainer calls)."""
    return [prompt for prompt, _ in prompts_with_things(seed, count)]
