"""val42: 700 labelled prompts (420 with personal data, 280 clean), written blind, for
measuring how well the PII analyzer finds personal data.

Written blind: its author read only `appliance/testing/pii_corpus/__init__.py` (the
`Prompt`/`Gold`/`compose`/`check` API and the gold conventions) and `validity.py`; no other
part, test, recognizer, script or doc of the repository. Its templates, names, places,
values and decoys are its own.

Domains, chosen far from retail and support: insurance claims and loss adjusting, courts and
arbitration, customs brokers and freight forwarders, estate and letting agents, hotel
housekeeping and concierge desks, cruise lines, theatre productions and stage management,
film subtitling and dubbing, podcast production, esports teams, mountaineering and guiding,
polar and ocean research, archaeological digs, zoos and aquariums, botanical gardens, wine
and art auctions, antique dealers and restorers, tailors and cobblers, hairdressers and
barbers, driving schools, lotteries and bookmakers, civil registries.

Shapes (each with clean and personal templates): chat, email, sms, letter, form, ticket,
notes, minutes, transcript, json, toolcall, csv, tsv, markdown_table, html, xml, yaml, code,
log, git, diff, stacktrace, slack, jira, bibliography, ics, vcard, paste (an instruction
around pasted text, sometimes in German, French, Spanish, Italian, Portuguese or Dutch) and
voice (dictation: lower case, no punctuation).

Modules:

* `val42` (this one): `prompts()`, `meta()`, `build()`, `PERSONAL_TEMPLATES`,
  `CLEAN_TEMPLATES`.
* `val42_names_a`, `val42_names_b`: about 1,250 given and family names of 123 cultures,
  mostly in Latin script, some in their own scripts; `val42_people`: the word-names (Hope,
  Will, Grace ...), titles and the forms a name is planted in.
* `val42_places`: cities, regions, countries and street addresses of 29 countries.
* `val42_values`: phone numbers (valid by `phonenumbers`, many regions and formats), card
  numbers (Luhn; 15, 16 and 19 digits), IBANs (check digits), IPv4/IPv6, SSNs, account
  numbers, e-mail addresses.
* `val42_decoys`: order, claim and lot numbers, dates, versions, prices, codes, hashes,
  invalid phone-like and card-like numbers; `val42_named`: things named after or like
  people (pets, ships, storms, racehorses, dishes, laws, diseases, landmarks ...).
* Templates, by shape: `val42_tpl_talk` (chat, sms, slack, voice, transcript),
  `val42_tpl_mail` (email, letter, paste), `val42_tpl_office` (form, ticket, notes),
  `val42_tpl_meetings` (minutes, jira), `val42_tpl_data` (json, toolcall, csv),
  `val42_tpl_tables` (tsv, markdown_table, yaml), `val42_tpl_markup` (html, xml, ics),
  `val42_tpl_cards` (vcard, bibliography), `val42_tpl_dev` (code, log, git),
  `val42_tpl_traces` (diff, stacktrace), and `val42_tpl_extra` (more for the thinner
  domains and the decoys named after people).
* `val42_render`: slots, rendering and the rules; `val42_words`: the word rules;
  `val42_checks`: the checks that no decoy is valid personal data.

Conventions beyond the package's:

* A pet, a fictional or game character, a mascot, a bot, a storm, a ship, an aircraft, a
  racehorse, a dish, a drink, a company or brand named after a person, a law, disease,
  score, procedure, algorithm or theorem named after a person, and a landmark, building,
  lecture, chair, prize, scholarship, field or well named after a person are neither PERSON
  nor LOCATION spans; so is a saint in the name of a church, feast or place. They appear in
  clean and personal prompts alike.
* A name inside a URL or an e-mail address is not a PERSON span (the e-mail address is an
  EMAIL_ADDRESS span); a role address ("bookings@...") is an EMAIL_ADDRESS span too.
* Titles and ranks stay outside the span; so does a possessive "'s".
* "Last, First" is one PERSON span, and so is a bibliography's "Surname, A. B."; a name
  split over fields (vCard `N:`, XML `<family>`/`<given>`, a form's surname and forename
  lines, two CSV columns) is one span per part.
* A handle that is not a name (`@build-bot`, `aokafor7`) is not a span; a display name is.
* A street address is one LOCATION span, city and postcode included. A place that names
  where a branch, office or association is ("the Lagos branch") is a LOCATION span; a place
  inside the name of a landmark or company that does not stand for the place is not.
* Only the account number is an ACCOUNT_NUMBER span: a sort code or routing number is not.
* A clean prompt holds none of the part's names or places, nor any of their words (whole
  words, case aside), except the word-names used as words ("we hope", "grace period"). In
  a personal prompt every whole-word occurrence of a planted name or place, or of one of
  their words, is inside a gold span, outside URLs and e-mail addresses. In both rules the
  words of a name or place leave out particles ("de", "van", "al"), initials, generic
  street words ("Road", "Rua", "Straße"), postcodes and short codes in capitals ("QLD");
  scripts without spaces between words are compared as substrings (`val42_words`). The
  renderer draws a personal prompt again, and raises on a clean one, where this fails; no
  other name or place of the part stands outside a gold span in a personal prompt either.
* No decoy is valid personal data: no number outside a gold span is a valid phone number
  in a common region, a Luhn-valid card number, a valid SSN, an IP address or an IBAN.
"""

from __future__ import annotations

import random
from functools import lru_cache

from appliance.testing.pii_corpus import (
    Prompt,
    check,
    val42_tpl_cards,
    val42_tpl_data,
    val42_tpl_dev,
    val42_tpl_extra,
    val42_tpl_mail,
    val42_tpl_markup,
    val42_tpl_meetings,
    val42_tpl_office,
    val42_tpl_tables,
    val42_tpl_talk,
    val42_tpl_traces,
)
from appliance.testing.pii_corpus.val42_people import CULTURES
from appliance.testing.pii_corpus.val42_render import Template, render

SEED = 42
N_PERSONAL = 420
N_CLEAN = 280
_MODULES = (
    val42_tpl_talk,
    val42_tpl_mail,
    val42_tpl_office,
    val42_tpl_meetings,
    val42_tpl_data,
    val42_tpl_tables,
    val42_tpl_markup,
    val42_tpl_cards,
    val42_tpl_dev,
    val42_tpl_traces,
    val42_tpl_extra,
)


def _templates(personal: bool) -> tuple[Template, ...]:
    out: list[Template] = []
    counts: dict[str, int] = {}
    kind = "p" if personal else "c"
    for module in _MODULES:
        for shape, domain, text in module.PERSONAL if personal else module.CLEAN:
            counts[shape] = counts.get(shape, 0) + 1
            key = f"{shape}/{kind}{counts[shape]:02d}/{domain}"
            out.append(Template(key, shape, domain, personal, text))
    return tuple(out)


PERSONAL_TEMPLATES: tuple[Template, ...] = _templates(True)
CLEAN_TEMPLATES: tuple[Template, ...] = _templates(False)


def _plan(rng: random.Random, templates: tuple[Template, ...], n: int) -> list[Template]:
    """Every template once, then again in fresh shuffles, until there are n."""
    out: list[Template] = []
    while len(out) < n:
        batch = list(templates)
        rng.shuffle(batch)
        out += batch
    return out[:n]


def _build(seed: int = SEED) -> tuple[list[Prompt], list[dict]]:
    rng = random.Random(seed)
    personal = _plan(rng, PERSONAL_TEMPLATES, N_PERSONAL)
    clean = _plan(rng, CLEAN_TEMPLATES, N_CLEAN)
    deck: list[str] = []
    while len(deck) < N_PERSONAL:
        keys = [c.key for c in CULTURES]
        rng.shuffle(keys)
        deck += keys
    plan: list[tuple[Template, str | None]] = list(
        zip(personal, deck[: len(personal)], strict=True)
    ) + [(t, None) for t in clean]
    rng.shuffle(plan)
    prompts: list[Prompt] = []
    metas: list[dict] = []
    for i, (template, culture) in enumerate(plan, start=1):
        prompt, meta = render(template, f"val42-{i:04d}", f"val42/{seed}", culture)
        prompts.append(prompt)
        metas.append(meta)
    check(prompts)
    return prompts, metas


def build(seed: int = SEED) -> list[Prompt]:
    """The part rendered from scratch (not cached)."""
    return _build(seed)[0]


@lru_cache(maxsize=1)
def _cached() -> tuple[list[Prompt], list[dict]]:
    return _build(SEED)


@lru_cache(maxsize=1)
def prompts() -> list[Prompt]:
    """The 700 prompts of the part, ids val42-0001 ... val42-0700."""
    return list(_cached()[0])


@lru_cache(maxsize=1)
def meta() -> list[dict]:
    """Per prompt, in the same order: template, domain, shape, cultures (of the names
    planted), phones (each phone number as written -> its ISO region)."""
    return [dict(m) for m in _cached()[1]]
