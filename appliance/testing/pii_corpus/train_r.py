"""train_r: a training generator built around words that are a person in one sentence and
a thing in the next.

Written blind: its author read only this package's ``__init__.py`` (the `Prompt`, `Gold`,
`compose` and `check` API and the gold conventions) and ``validity.py``, and no other
corpus part, generator, test, recognizer or document of the repository. Every template,
name, phrase and decoy here was written for it.

Its point. The NER tags things named like people as PERSON (a "Victoria sponge", "Lake
Victoria", "the Ford Transit", "a grace period", "Amazing Grace"). Earlier generators taught
lists of such things but kept the planted people's names apart from the things' words, so
the model never saw the SAME word be a person in one sentence and not in the next. Here
every prompt is built around ambiguous words (about 1,300 of them with about 2,800
non-person phrases, three in four words with two or more: given names that are common
words, family names that are trades and colours, places, brands, units, laws, diseases,
songs, fonts, storms, software, and words of Spanish, Italian, Portuguese, French, German,
Dutch, Turkish, Arabic, Hindi, Swahili, Japanese, Slavic and Hebrew), and the context alone
decides: "Victoria asked whether the Victoria sponge is gluten-free", "Dr. Ford's
complaint: the Ford Ranger arrived scratched", "Wedding menu for Valencia and Myrtle.
Canapés: Valencia oranges. Main: myrtle berries".

API:

* ``prompts(seed, count) -> list[Prompt]``: what the trainer calls. Ids are
  ``trainr-<seed>-00001`` ...; the same seed and count give the same list, and a shorter
  count gives a prefix of a longer one. Ten thousand prompts take about a second.
* ``prompts_with_things(seed, count) -> list[tuple[Prompt, list[tuple[int, int]]]]``: each
  prompt with the (start, end) of every non-person use recorded in it (its whole phrase).
* ``build(seed, count) -> list[Built]``: the same with the kind of each recorded span, the
  people planted and the template used (for tests).

Half the prompts are clean (exactly five in every ten): no gold at all, but full of the
ambiguous words in their non-person uses beside decoys (order numbers, dates, versions,
prices, product codes, capitalised product names, hashes, URLs). The other half are
personal: people named after an ambiguous word (as a given name or a family name) or
ordinary people of 76 cultures (`train_r_names`), written as a full name, a given name
alone, a title and family name, "Last, First", an initial and family name, in lower case
(chat, sms, voice), possessive, in greetings, signatures, form fields, JSON values, CSV
columns and display names; beside non-person uses of the same words, and sometimes
structured values (e-mail, phone, card, IBAN, IP, SSN, account number, street address).

Shapes (21, each clean and personal; 302 templates): chat, email, sms, notes, review,
voice (dictated: lower case, no punctuation) in `train_r_tpl_prose`; form, ticket,
calendar, listing, menu, recipe in `train_r_tpl_forms`; json, toolcall, csv,
markdown_table, html, yaml, code, log in `train_r_tpl_data`; paste (an instruction around
pasted text, in English and in es, it, pt, fr, de, nl, tr) in `train_r_tpl_paste`.

Modules: `train_r_lex` (parses and indexes the ambiguous words of `train_r_lex_given`,
`_family`, `_places`, `_brands`, `_science`, `_europe`, `_world`), `train_r_names`
(ordinary names and cities), `train_r_people` (people and the forms they are written in),
`train_r_values` (structured values), `train_r_decoys` (decoys), `train_r_build` (slots,
rendering and the recording of non-person spans), the four template modules, and this one.

Conventions beyond the package's:

* PERSON gold only for person uses. A place word standing for the place ("flew to Paris",
  "our Sydney office") is LOCATION; a place inside a thing's name ("the Paris Agreement",
  "Lake Victoria", "Victoria Station", "Baker Street") is no span, and so are brands,
  products, laws, diseases, units, songs, fonts, ships, storms, pets, trains, AI assistants,
  fictional characters and common words.
* @-mentions are not names (no span, recorded as non-person uses); display names are.
* A title ("Dr", "Frau", Turkish "Hanım" after the name) and a possessive "'s" stay outside
  the PERSON span; "Last, First" is one span.
* Every ambiguous word in a prompt that is not a person or a place is inside a recorded
  span: a planted phrase, an @-mention, or (for a common word in a template's own text,
  "will", "may", "Price:", a month in a date) the word alone.
"""

from __future__ import annotations

import random

from . import (
    Prompt,
    check,
    train_r_tpl_data,
    train_r_tpl_forms,
    train_r_tpl_paste,
    train_r_tpl_prose,
)
from .train_r_build import Built, Template, render

TEMPLATES: list[Template] = []
for _module in (train_r_tpl_prose, train_r_tpl_forms, train_r_tpl_data):
    for _shape, (_clean, _personal) in _module.SHAPES.items():
        TEMPLATES += [Template(_shape, True, "en", t) for t in _clean]
        TEMPLATES += [Template(_shape, False, "en", t) for t in _personal]
TEMPLATES += [Template("paste", clean, lang, t) for lang, clean, t in train_r_tpl_paste.PASTE]

SHAPES: tuple[str, ...] = tuple(dict.fromkeys(t.shape for t in TEMPLATES))
_BY: dict[tuple[str, bool], list[Template]] = {}
for _t in TEMPLATES:
    _BY.setdefault((_t.shape, _t.clean), []).append(_t)


def _is_clean(seed: int, i: int) -> bool:
    """Exactly five clean prompts in every block of ten, in an order drawn per block."""
    block, pos = divmod(i, 10)
    pattern = [True] * 5 + [False] * 5
    random.Random(f"train_r/{seed}/block/{block}").shuffle(pattern)
    return pattern[pos]


def build(seed: int, count: int) -> list[Built]:
    out: list[Built] = []
    for i in range(count):
        rng = random.Random(f"train_r/{seed}/{i}")
        clean = _is_clean(seed, i)
        shape = rng.choice(SHAPES)
        template = rng.choice(_BY[(shape, clean)])
        out.append(render(template, rng, f"trainr-{seed}-{i + 1:05d}"))
    check([b.prompt for b in out])
    return out


def prompts_with_things(seed: int, count: int) -> list[tuple[Prompt, list[tuple[int, int]]]]:
    return [(b.prompt, [(s, e) for s, e, _ in b.things]) for b in build(seed, count)]


def prompts(seed: int, count: int) -> list[Prompt]:
    return [b.prompt for b in build(seed, count)]
