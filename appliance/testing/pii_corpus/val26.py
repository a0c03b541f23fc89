"""val26: a blind validation part of the labelled PII corpus, 700 prompts (420 with personal
data, 280 clean), generated with fixed seeds.

Blind: its author read only this package's `__init__.py` (the API and the gold conventions)
and `validity.py`, no other part, no recognizer and no document; every template, name, place
and decoy comes from the author's head (no library name list; `phonenumbers` only checks and
formats phone numbers).

Domains, away from retail and support: hospital wards and clinic referrals, social work and
housing associations, mining and oil and gas, railways and bus operators, cabin crew and
ground handling, newsrooms and photo agencies, subtitling and dubbing, trade finance and KYC,
courts' and tribunals' listings, churches, mosques, temples and community centres,
university research offices, space, satellite and drone operators, hotels' housekeeping and
concierge, salons, barbers and tattoo studios, removals and storage, car sharing and ride
hailing, marinas and diving schools, allotments and garden centres, bakeries and breweries,
toy shops and board-game cafés.

Shapes (each with and without personal data): chat, email, sms, letter, form, ticket,
notes, minutes, transcript, json, toolcall, csv, tsv, markdown_table, html, xml, yaml, code,
log, git, diff, stacktrace, slack, jira, bibliography, ics, vcard, paste (an instruction
wrapping pasted text, in English, Spanish, German, French, Portuguese, Italian, Dutch,
Polish, Swedish, Turkish, Indonesian or Vietnamese) and voice (dictation, no capitals or
punctuation).

Names: about a hundred cultures (val26_names), written as people write them: full names,
given names alone, family names after a title, initials, "Last, First", capitals in forms,
lower case in chat and voice, multi-part and hyphenated names, nicknames, and word-names
(Hope, Will, Grace ...). Phones of 30 regions in national and international formats.

Modules: val26_names (people), val26_places (cities, regions, countries, addresses),
val26_values (phones, cards, IBANs, IPs, SSNs, accounts, e-mails), val26_decoys,
val26_gen (the ⟦slot⟧ renderer and the checks), val26_personal_a..d and val26_clean_a..b
(the templates).

Conventions beyond the package's:

* A pet, a fictional or game character, a mascot, a bot, a storm, a ship, an aircraft, a
  racehorse, a dish, a drink, a beer or bread, a plant variety, a company or brand named
  after a person ("Ford Transit", "Bloomberg terminal"), a law, disease, algorithm or theorem
  named after a person ("Parkinson's disease", "Dijkstra's algorithm"), a prize, and a
  building or ward named after a person ("Lister Ward", "Brunel House") are not PERSON or
  LOCATION spans; they appear in clean and personal prompts alike.
* A name inside a URL or an e-mail address is not a PERSON span (the address is an
  EMAIL_ADDRESS span). A role address ("bookings@...") is an EMAIL_ADDRESS span like any
  other.
* Titles ("Dr", "Prof.", "Ms", "Fr", "Imam", "Rev.", "Dra.", "M.", "JUDGE" in a transcript)
  stay outside the span; so does a possessive "'s".
* "Last, First" is one PERSON span, and so is a bibliography's "Surname, A. B."; a vCard's
  "N:Family;Given;;;" gives two spans.
* A git or Slack handle that is not a name (`@build-bot`, `U0123456`) is not a span; a
  display name is, and so is an @-mention or a Jira mention made of a name ("@Amara",
  "[~okafor]", the "@" and "[~" outside).
* "the" before a country or region ("the Netherlands") stays outside the span.
* A clean prompt contains none of the part's planted names or places, nor the words of
  planted names (three letters or more, name particles such as "van" or "bin" aside),
  compared as whole words without case; every whole-word occurrence of a planted name or
  place, or of a word of a planted name, in a personal prompt is inside a PERSON or LOCATION
  span, outside URLs and e-mail addresses. Word-names are the exception: they are everyday
  words ("we hope", "grace period", "will do"), so they are checked only within the prompt
  that plants them, where they never appear as words. Both checks run while rendering and
  raise if violated.
* A sort code, a DBS certificate number, a card's last four digits, a staff number, a
  flyer ID or a bleep number is not a span.
"""

from __future__ import annotations

import random
from functools import lru_cache

from . import Prompt, check
from .val26_clean_a import TEMPLATES as _CLEAN_A
from .val26_clean_b import TEMPLATES as _CLEAN_B
from .val26_gen import Ctx, Template, render, stray, word_regex
from .val26_personal_a import TEMPLATES as _PERSONAL_A
from .val26_personal_b import TEMPLATES as _PERSONAL_B
from .val26_personal_c import TEMPLATES as _PERSONAL_C
from .val26_personal_d import TEMPLATES as _PERSONAL_D

PERSONAL_TEMPLATES: tuple[Template, ...] = (*_PERSONAL_A, *_PERSONAL_B, *_PERSONAL_C, *_PERSONAL_D)
CLEAN_TEMPLATES: tuple[Template, ...] = (*_CLEAN_A, *_CLEAN_B)

N_PERSONAL = 420
N_CLEAN = 280
SEED = 2626


def _render_personal(i: int, attempt: int) -> tuple[Prompt, Ctx, Template]:
    template = PERSONAL_TEMPLATES[i % len(PERSONAL_TEMPLATES)]
    for k in range(40):
        prompt, ctx = render(template, f"p{i}", SEED * 1000 + i * 97 + (attempt * 40 + k) * 7919)
        if not prompt.gold:
            raise ValueError(f"personal template {template.id} planted nothing")
        if not stray(prompt, word_regex(ctx.words)):
            return prompt, ctx, template
    raise ValueError(f"{template.id}: a word-name also appears as a word")


@lru_cache(maxsize=1)
def _build() -> tuple[tuple[Prompt, ...], tuple[dict, ...]]:
    ids = {t.id for t in PERSONAL_TEMPLATES} | {t.id for t in CLEAN_TEMPLATES}
    if len(ids) != len(PERSONAL_TEMPLATES) + len(CLEAN_TEMPLATES):
        raise ValueError("duplicate template id")
    attempts = [0] * N_PERSONAL
    personal = [_render_personal(i, 0) for i in range(N_PERSONAL)]
    for _round in range(30):
        planted = set()
        for _, ctx, _ in personal:
            planted |= ctx.names | ctx.tokens
        pattern = word_regex(planted)
        bad = [i for i, (prompt, _, _) in enumerate(personal) if stray(prompt, pattern)]
        if not bad:
            break
        for i in bad:
            attempts[i] += 1
            personal[i] = _render_personal(i, attempts[i])
    else:
        raise ValueError(f"planted names outside spans: {[personal[i][2].id for i in bad]}")
    clean = []
    for j in range(N_CLEAN):
        template = CLEAN_TEMPLATES[j % len(CLEAN_TEMPLATES)]
        for k in range(10):
            prompt, ctx = render(template, f"c{j}", SEED * 7000 + j * 131 + k * 7919)
            if prompt.gold:
                raise ValueError(f"clean template {template.id} planted {prompt.gold}")
            found = stray(prompt, pattern)
            if not found:
                break
        else:
            raise ValueError(f"clean template {template.id} holds planted words {found}")
        clean.append((prompt, ctx, template))
    rows = personal + clean
    random.Random(SEED).shuffle(rows)
    prompts, metas = [], []
    for n, (prompt, ctx, template) in enumerate(rows, 1):
        pid = f"val26-{n:04d}"
        prompts.append(Prompt(pid, prompt.text, prompt.gold, prompt.shape))
        metas.append(
            {
                "id": pid,
                "template": template.id,
                "shape": template.shape,
                "domain": template.domain,
                "cultures": sorted(ctx.cultures),
                "phones": dict(ctx.phones),
            }
        )
    check(prompts)
    return tuple(prompts), tuple(metas)


def prompts() -> list[Prompt]:
    """The 700 prompts of val26, in a fixed shuffled order."""
    return list(_build()[0])


def meta() -> list[dict]:
    """One dict per prompt, in the order of prompts(): template, shape, domain, cultures
    (of the names planted; "word" for word-names) and phones (phone as written -> region)."""
    return [dict(m, cultures=list(m["cultures"]), phones=dict(m["phones"])) for m in _build()[1]]
