"""val38: a blind validation part of the labelled PII corpus, 700 prompts (420 with personal
data, 280 clean), generated with fixed seeds.

Blind: its author read only `appliance/testing/pii_corpus/__init__.py` and `validity.py`;
its templates, names, places and decoys are its own (no name list or library was used;
`phonenumbers` only checks and formats the planted phone numbers).

Domains: figure skating and gymnastics clubs, cricket and rugby clubs, climbing gyms and
mountaineering, public libraries and book clubs, coin and stamp collectors, wedding and event
planners, cooking schools, salons, electric-car charging and fleets, trading card shops,
observatories and planetariums, agricultural co-ops, aviation maintenance, e-discovery and
law firms, pet insurance, polling stations, mathematics tutoring, dance schools, hotels with
suites named after people, lighthouse and heritage trusts.

Shapes: chat, email, sms, letter, form, ticket, notes, minutes, transcript, json, toolcall,
csv, tsv, markdown_table, html, xml, yaml, code (Python, JS, Go, SQL), log, git, diff,
stacktrace, slack, jira, bibliography, ics, vcard, paste (an instruction around pasted text,
sometimes Spanish, German, French, Portuguese, Italian, Dutch, Polish, Swedish, Turkish,
Indonesian or Vietnamese) and voice (dictated, lower case, no punctuation).

Modules: `val38_names` (81 cultures of names, word-names, nicknames), `val38_places`
(cities, regions, countries, street addresses), `val38_values` (phones, cards, IBANs, IPs,
SSNs, account numbers, e-mails and decoys), `val38_gen` (the renderer and its checks),
`val38_personal_a` to `_d` and `val38_clean_a`, `_b` (the templates).

Conventions beyond the package's:

* A pet, a fictional or game character, a mascot, a bot, a storm, a ship, an aircraft, a
  racehorse or farm animal, a dish, a drink, a company or brand named after a person
  ("Ford", "Tesla"), a law, disease, algorithm, theorem, constant or skill named after a
  person ("Euler's number", "the Salchow", "Biles II"), a book titled with a name ("Emma"),
  a coin or stamp named after a monarch ("Victoria penny", "Lincoln cent") and a landmark,
  room or building named after a person ("the Churchill Suite", "Hillary Step") are not
  PERSON or LOCATION spans; they appear in clean and personal prompts alike.
* Cited case names ("Roe v. Wade", "Donoghue v Stevenson", "Miranda v. Arizona") are not
  spans, neither their parties nor a state named in them.
* A name inside a URL or inside an e-mail address is not a PERSON span (the e-mail address
  is an EMAIL_ADDRESS span). A role address ("bookings@...") is an EMAIL_ADDRESS span.
* Titles ("Dr", "Ms", "Coach", "MR.") stay outside the span; "Last, First" is one PERSON
  span, and so are a bibliography's "Surname, A. B." and a form's "SURNAME Given".
* A git or Slack handle that is not a name (`@build-bot`) is not a span; a display name is.
* A sort code is not a span; the account number beside it is.
* A clean prompt contains none of the part's planted names or places, nor their words,
  compared as whole words without case. Words of two letters or fewer, particles ("van",
  "de", "bin") and everyday address words ("Street", "Road", see
  `val38_places.STOPWORDS`) are not compared. Word-names (Hope, Will, Grace, Mark ...) are
  not compared either: clean prompts use them as words ("we hope", "grace period", "will
  do", "bill me"), and personal prompts plant them only where the context says they are
  people.
* In a personal prompt every whole-word occurrence of a name or place planted anywhere in
  the part is a gold span, outside URLs and e-mail addresses (word-names: their capitalised
  occurrences, within the prompt that plants them). Rendering raises otherwise.
"""

from __future__ import annotations

import random
from functools import lru_cache

from appliance.testing.pii_corpus import Prompt, check
from appliance.testing.pii_corpus.val38_clean_a import CLEAN_A
from appliance.testing.pii_corpus.val38_clean_b import CLEAN_B
from appliance.testing.pii_corpus.val38_gen import T, found, name_tokens, render, uncovered
from appliance.testing.pii_corpus.val38_names import WORD_NAMES
from appliance.testing.pii_corpus.val38_personal_a import PERSONAL_A
from appliance.testing.pii_corpus.val38_personal_b import PERSONAL_B
from appliance.testing.pii_corpus.val38_personal_c import PERSONAL_C
from appliance.testing.pii_corpus.val38_personal_d import PERSONAL_D
from appliance.testing.pii_corpus.val38_places import STOPWORDS

__all__ = [
    "CLEAN_TEMPLATES",
    "PERSONAL_TEMPLATES",
    "STOPWORDS",
    "WORD_NAMES",
    "meta",
    "planted_words",
    "prompts",
]

PERSONAL_TEMPLATES: tuple[T, ...] = tuple(PERSONAL_A + PERSONAL_B + PERSONAL_C + PERSONAL_D)
CLEAN_TEMPLATES: tuple[T, ...] = tuple(CLEAN_A + CLEAN_B)
N_PERSONAL = 420
N_CLEAN = 280
SEED = 38


def planted_words(items: list[Prompt]) -> set[str]:
    """The compared words of every PERSON and LOCATION span of the prompts (word-names kept
    with their capital, others in lower case)."""
    words: set[str] = set()
    for p in items:
        for g in p.gold:
            if g.entity in ("PERSON", "LOCATION"):
                words |= name_tokens(p.text[g.start : g.end])
    return words


@lru_cache(maxsize=1)
def _build() -> tuple[tuple[Prompt, ...], tuple[dict, ...]]:
    ids = [t.id for t in PERSONAL_TEMPLATES + CLEAN_TEMPLATES]
    if len(ids) != len(set(ids)):
        raise ValueError("duplicate template id")
    jobs = [(PERSONAL_TEMPLATES[i % len(PERSONAL_TEMPLATES)], i) for i in range(N_PERSONAL)]
    jobs += [(CLEAN_TEMPLATES[i % len(CLEAN_TEMPLATES)], i) for i in range(N_CLEAN)]
    random.Random(SEED).shuffle(jobs)
    items: list[Prompt] = []
    metas: list[dict] = []
    for n, (t, k) in enumerate(jobs, 1):
        r = render(f"val38-{n:04d}", t, random.Random(f"val38:{t.id}:{k}"))
        clean = t in CLEAN_TEMPLATES
        if clean != r.prompt.clean:
            raise ValueError(f"{r.prompt.id} ({t.id}): clean template with spans or vice versa")
        items.append(r.prompt)
        metas.append(
            {
                "template": t.id,
                "shape": t.shape,
                "clean": clean,
                "cultures": sorted(r.cultures),
                "phones": dict(r.phones),
            }
        )
    check(items)
    words = planted_words(items)
    plain = {w for w in words if w not in WORD_NAMES}
    for p, m in zip(items, metas, strict=True):
        if p.clean:
            hits = sorted({w for w, _, _ in found(plain, p.text)})
            if hits:
                raise ValueError(f"{p.id} ({m['template']}): planted words in clean prompt: {hits}")
        else:
            bad = uncovered(p, plain)
            if bad:
                raise ValueError(f"{p.id} ({m['template']}): planted word outside a span: {bad}")
    return tuple(items), tuple(metas)


def prompts() -> list[Prompt]:
    """The part's 700 prompts, ids val38-0001 ... val38-0700 (same output on every call)."""
    return list(_build()[0])


def meta() -> list[dict]:
    """One dict per prompt, in the same order: template id, shape, clean, cultures of the
    names used ("word" for word-names) and phones (as written -> ISO region)."""
    return [dict(m, phones=dict(m["phones"]), cultures=list(m["cultures"])) for m in _build()[1]]
