"""val36: a blind validation part of the labelled PII corpus, 700 prompts (420 with personal
data, 280 clean), generated with fixed seeds.

Blind: its author read only `appliance/testing/pii_corpus/__init__.py` and `validity.py`,
no other part, no recognizer and no document; every template, name, place and decoy was
written from the author's head (no name library; `phonenumbers` only checks and formats the
planted phone numbers).

Domains, away from retail and support: mobile games' and apps' support, smart-home and IoT
device logs, fantasy football and sports betting, comic conventions and cosplay, genealogy
DNA kits, car- and bike-sharing, wine bars and cocktail menus, streaming services, book
publishers' royalties, podcast networks, theatre box offices, choirs, astronomy apps,
shipping containers and ports, pharmacies' loyalty schemes, gardening clubs, toy shops,
school reunions, cruise ship entertainment rosters, escape rooms and murder-mystery nights.

Shapes (each with and without personal data): chat, email, sms, letter, form, ticket, notes,
minutes, transcript, voice (dictated, no capitals or punctuation), json, toolcall, csv, tsv,
markdown_table, html, xml, yaml, code (Python, JS, Go, SQL), log, git, diff, stacktrace,
slack, jira, bibliography, ics, vcard (personal only) and paste (an instruction around pasted
text, in English, Spanish, German, French, Portuguese, Italian, Dutch, Polish, Swedish,
Turkish, Indonesian or Vietnamese).

Modules: `val36_names` (names of 86 cultures and word-names), `val36_values` (places and
the generators of structured values), `val36_gen` (the template language, the people pool
and the checks), `val36_personal_a/b/c` (templates with personal data) and
`val36_clean_a/b/c` (clean templates full of decoys).

Conventions beyond the package's:

* A pet, a fictional or game character, a mascot, a bot, a storm, a ship, an aircraft, a
  racehorse or greyhound, a bike or device named by its owner, a dish, a drink, a company or
  brand named after a person ("Ford", "Dell"), a law, disease, algorithm, theorem, star or
  plant variety named after a person ("Barnard's Star", "Gertrude Jekyll"), a work named
  after a person ("Hamlet", "Handel's Messiah") and a landmark or building named after a
  person are not PERSON or LOCATION spans; they appear in clean and personal prompts alike.
* Real people are always spans: players in fantasy leagues, performers, pen names and
  stage names of real authors and performers, display names in chat, Slack and git.
* A name inside a URL or an e-mail address is not a PERSON span (the e-mail address is an
  EMAIL_ADDRESS span); a role address ("bookings@...") is an EMAIL_ADDRESS span too.
* Titles ("Dr", "Prof.", "Ms", "Sir", "Herr", "Señora") stay outside the span.
* "Last, First" is one PERSON span; a bibliography's "Surname, A. B." is one PERSON span;
  several authors joined by "&" or commas are one span each.
* A git or Slack handle that is not a name (``@build-bot``, ``jdoe42``) is not a span; a
  display name is (in "@Name" the "@" is outside the span).
* A street address is one LOCATION span; a city, region or country elsewhere is its own.
* A sort code or routing number is not a span; the account number next to it is.
* A clean prompt holds none of the part's planted names or places (nor the words of the
  names), compared as whole words without case; every whole-word occurrence of a planted
  name word or place in a personal prompt is inside a gold span (or a URL or an e-mail
  address). Word-names (Hope, Will, Grace, Rose, Mark, Bill, ...) are planted only where the
  context says they are people; their everyday use as words ("we hope", "grace period",
  "will do", "bill me") is a decoy in clean prompts, so for them the part-wide comparison is
  with the capitalised name only, while a prompt that plants one holds no other use of it in
  any case. Both are checked while rendering (ValueError if violated).
"""

from __future__ import annotations

import random
from functools import lru_cache

from . import (
    Prompt,
    check,
    compose,
    val36_clean_a,
    val36_clean_b,
    val36_clean_c,
    val36_personal_a,
    val36_personal_b,
    val36_personal_c,
)
from .val36_gen import Pool, Renderer, name_words, place_pattern, violations

SEED = 36_036
N_PERSONAL = 420
N_CLEAN = 280

PERSONAL_TEMPLATES = (
    val36_personal_a.TEMPLATES + val36_personal_b.TEMPLATES + val36_personal_c.TEMPLATES
)
CLEAN_TEMPLATES = val36_clean_a.TEMPLATES + val36_clean_b.TEMPLATES + val36_clean_c.TEMPLATES


def _spans(prompt: Prompt) -> list[tuple[int, int]]:
    return [(g.start, g.end) for g in prompt.gold]


@lru_cache(maxsize=1)
def _build() -> tuple[tuple[Prompt, ...], tuple[dict, ...]]:
    ids = [t[0] for t in PERSONAL_TEMPLATES + CLEAN_TEMPLATES]
    if len(ids) != len(set(ids)):
        raise ValueError("duplicate template ids")
    slots = [("p", PERSONAL_TEMPLATES[i % len(PERSONAL_TEMPLATES)]) for i in range(N_PERSONAL)]
    slots += [("c", CLEAN_TEMPLATES[i % len(CLEAN_TEMPLATES)]) for i in range(N_CLEAN)]
    random.Random(SEED).shuffle(slots)
    pool = Pool(SEED)
    prompts: list[Prompt] = []
    metas: list[dict] = []
    for n, (kind, (tid, shape, text)) in enumerate(slots, start=1):
        pid = f"val36-{n:04d}"
        for attempt in range(50):
            renderer = Renderer(pool, random.Random(f"{SEED}-{n}-{attempt}"))
            prompt = compose(pid, shape, renderer.render(text))
            ordinary, word = name_words(renderer.names)
            bad = violations(
                prompt.text,
                _spans(prompt),
                ordinary,
                set(),
                word,
                place_pattern(set(renderer.places)),
            )
            if not bad:
                break
        else:
            raise ValueError(f"{pid} ({tid}): planted names or places outside spans: {bad}")
        if (kind == "c") != prompt.clean:
            raise ValueError(f"{pid} ({tid}): expected {'clean' if kind == 'c' else 'personal'}")
        prompts.append(prompt)
        metas.append(
            {
                "template": tid,
                "shape": shape,
                "cultures": renderer.cultures(),
                "phones": dict(renderer.phones),
                "names": list(renderer.names),
                "places": sorted(set(renderer.places)),
            }
        )
    check(prompts)
    _check_part(prompts, metas)
    return tuple(prompts), tuple(metas)


def _check_part(prompts: list[Prompt], metas: list[dict]) -> None:
    """Raise if a clean prompt holds a planted name word or place, or a personal prompt
    holds one outside its gold spans."""
    ordinary, word = name_words([n for m in metas for n in m["names"]])
    places = place_pattern({p for m in metas for p in m["places"]})
    for prompt, meta in zip(prompts, metas, strict=True):
        own = name_words(meta["names"])[1]
        spans = _spans(prompt) if not prompt.clean else []
        bad = violations(prompt.text, spans, ordinary, word, own, places)
        if bad:
            raise ValueError(f"{prompt.id} ({meta['template']}): unlabelled {sorted(set(bad))}")


def prompts() -> list[Prompt]:
    """The 700 prompts of the part, in their fixed shuffled order."""
    return list(_build()[0])


def meta() -> list[dict]:
    """One dict per prompt, in the same order: template id, shape, cultures of the names
    used ("word" for word-names), phones (as written -> ISO region), names and places."""
    return [dict(m) for m in _build()[1]]
