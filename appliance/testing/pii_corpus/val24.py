"""val24: a blind part of the labelled PII corpus, 700 prompts (420 with personal data, 280
clean), ids val24-0001 ... val24-0700, shuffled with a fixed seed.

Blind: its author read only this package's `__init__.py` (the `Prompt`/`Gold`/`compose`/`check`
API and the gold conventions) and `validity.py`, and no other part, no recognizer, no doc. Every
template, name, place and decoy was written from the author's head; `phonenumbers` is used
only to check and format phone numbers.

Domains: manufacturing and quality control (8D reports, batch records, MES logs), car dealers,
garages and fleets, construction and architecture (site diaries, snagging, RFIs, BIM), film
and TV (call sheets, credits, casting), music (royalties, bookings, set lists, tours),
publishing and literary agents, gaming and esports (rosters, moderation, payments), local
government (planning, council tax, bins, parking), emergency dispatch and non-emergency police
reports, schools, pensions and tax advisers, immigration and visas, ports, shipping and
aviation maintenance, restaurants and catering, wine and spirits, art galleries and auction
houses, science labs, horse racing and sports clubs, personal admin.

Shapes (29, each with personal and clean prompts): chat, email, sms, letter, form, ticket,
notes, minutes, transcript, json, toolcall, csv, tsv, markdown_table, html, xml, yaml, code
(Python, JS, Go, SQL), log, git, diff, stacktrace, slack, jira, bibliography, ics, vcard,
paste (an instruction wrapping pasted text, which is in English, Spanish, German, French,
Portuguese, Italian, Dutch, Polish, Swedish, Turkish, Indonesian or Vietnamese) and voice
(dictated text without capitals or punctuation).

Modules: `val24_names` and `val24_names_b` (given and family names of 111 cultures, the
word-names and nicknames), `val24_places` (countries, cities, regions, street addresses of 23
countries), `val24_values` (phone numbers of 51 regions, cards, IBANs of 19 countries, IPs,
SSNs, account numbers, e-mails), `val24_decoys` (eponyms, brands, vehicles, ships, storms,
horses, pets, characters, buildings, dishes, software, job titles ...), `val24_gen` (people and
how they are written, the template registry, the labelling checks, rendering),
`val24_personal_a` ... `val24_personal_g` (personal templates) and `val24_clean_a` ...
`val24_clean_e` (clean templates).

`meta()` gives per prompt: template (id), shape, domain, kind ("personal"/"clean"),
cultures (sorted; "word" for word-names) and phones (each phone number as written -> ISO
region).

Conventions beyond the package's:

* A pet, a fictional or game character (also the role names of a call sheet), a mascot, a bot,
  a storm, a ship, an aircraft, a racehorse, a dish, a drink, a company, brand or instrument
  named after a person ("Ford Transit", "Dell", "a Rhodes piano"), a law, disease, algorithm
  or theorem named after a person, and a landmark or building named after a person ("the
  Guggenheim", "the Hepworth room") are not PERSON or LOCATION spans; they appear in clean and
  personal prompts alike.
* A name inside a URL or an e-mail address is not a PERSON span (the e-mail address is an
  EMAIL_ADDRESS span). A role address ("bookings@...") is an EMAIL_ADDRESS span like any other.
* Titles stay outside the span: "Dr", "Prof.", "Ms", "Mr.", "Capt", "PC", "Cllr", "Councillor",
  "Herr", "Frau", "Madame", "Sig.ra", "Pani", "Khun", "Ato", "W/ro", "Encik", "Puan", "U",
  "Daw", "Bapak", "Ibu", "Bey". So does a possessive "'s". Vietnamese, Thai, Ethiopian,
  Eritrean, Malay, Icelandic and Tibetan names take the title with the given name ("Ms Mai").
* "Last, First" is one PERSON span; a bibliography's "Surname, A. B." is one span; a form's
  "FAMILY Given" (family name in capitals) is one span; separate surname and given-name fields
  are two spans. Names in chat and voice may be lower case; they are spans as written.
* A git/Slack handle that is not a name (`@build-bot`, `@null-bot`, an in-game name such as
  `nta_uf`) is not a span; a display name is. In an "@Name" mention of a person the name is a
  PERSON span and the "@" is outside it. A name inside a device name ("Amara-iPhone",
  "Pixel-of-Amara") is a PERSON span.
* Word-names (Hope, Will, Grace, Rose, Jade, Sky, Faith, Summer, Joy, Ivy, Mark, Bill, Hunter,
  Frank) are PERSON spans only where the text says they are people ("Sky (site manager)",
  "our jockey Faith Whitlock"); clean prompts use the words as words ("we hope", "grace
  period", "will do", "bill me", "mark as resolved").
* A street address is one LOCATION span with its flat, unit, postcode and city; a "the" before
  a country or region stays outside ("the Netherlands"). Nationalities and language names are
  not spans.
* ACCOUNT_NUMBER is the account number alone; a sort code, BIC, routing or member number next
  to it is not a span. Not spans either (not among the entities): dates of birth, vehicle
  registrations and VINs, licence, passport-like and seaman's book numbers, crime and case
  references, MAC addresses, ISBNs, IMO numbers, container numbers, order and booking refs.
* A phone number's "tel:" stays outside; a "(0)" trunk digit is inside. An IP address's
  ":port" stays outside.
* A clean prompt contains none of the part's planted names or places, nor the given, family
  and nicknames of the people planted (whole words, any case, three characters or more,
  word-names excepted), and no e-mail address, IPv4 address or Luhn-valid 13-19 digit run.
  Every whole-word occurrence (any case) of a planted name, of a planted person's given,
  family or nickname, or of a planted place in a personal prompt lies inside a gold span, a
  URL or an e-mail address. Both are checked while rendering: a failing draw is redrawn and
  the build raises if no draw passes.
"""

from __future__ import annotations

import random
from functools import lru_cache

from . import (  # noqa: F401  (registers templates)
    Prompt,
    check,
    val24_clean_a,
    val24_clean_b,
    val24_clean_c,
    val24_clean_d,
    val24_clean_e,
    val24_personal_a,
    val24_personal_b,
    val24_personal_c,
    val24_personal_d,
    val24_personal_e,
    val24_personal_f,
    val24_personal_g,
)
from . import val24_gen as gen

N_PERSONAL = 420
N_CLEAN = 280
WORD_NAMES = gen.WORD_NAMES
PERSONAL_TEMPLATES: tuple[gen.Template, ...] = tuple(gen.PERSONAL)
CLEAN_TEMPLATES: tuple[gen.Template, ...] = tuple(gen.CLEAN)


@lru_cache(maxsize=1)
def _build() -> tuple[tuple[Prompt, ...], tuple[dict, ...]]:
    rng = random.Random("val24-slots")
    p_order = list(PERSONAL_TEMPLATES)
    c_order = list(CLEAN_TEMPLATES)
    rng.shuffle(p_order)
    rng.shuffle(c_order)
    slots = [p_order[i % len(p_order)] for i in range(N_PERSONAL)]
    slots += [c_order[i % len(c_order)] for i in range(N_CLEAN)] if c_order else []
    rng.shuffle(slots)
    prompts: list[Prompt | None] = [None] * len(slots)
    metas: list[dict | None] = [None] * len(slots)
    units: list[str] = []

    def meta(t: gen.Template, ctx: gen.Ctx) -> dict:
        return {
            "template": t.id,
            "shape": t.shape,
            "domain": t.domain,
            "kind": "clean" if t.clean else "personal",
            "cultures": sorted(ctx.cultures),
            "phones": dict(ctx.phones),
        }

    for i, t in enumerate(slots):
        if not t.clean:
            prompt, ctx = gen.render(t, f"val24-{i + 1:04d}", f"val24:{i}")
            prompts[i], metas[i] = prompt, meta(t, ctx)
            units += [u for p in ctx.people for u in p.units()] + ctx.place_units
    personal = [p for p in prompts if p is not None]
    vocab = gen.vocabulary_re(gen.clean_vocabulary(personal, units))
    for i, t in enumerate(slots):
        if t.clean:
            prompt, ctx = gen.render(t, f"val24-{i + 1:04d}", f"val24:{i}", vocab)
            prompts[i], metas[i] = prompt, meta(t, ctx)
    done = [p for p in prompts if p is not None]
    check(done)
    return tuple(done), tuple(m for m in metas if m is not None)


def prompts() -> list[Prompt]:
    """The 700 prompts of the part, in their fixed shuffled order."""
    return list(_build()[0])


def meta() -> list[dict]:
    """One dict per prompt, in the same order: template, shape, domain, kind, cultures (of the
    names used; "word" for word-names) and phones (each phone number as written -> region)."""
    return [dict(m, cultures=list(m["cultures"]), phones=dict(m["phones"])) for m in _build()[1]]
