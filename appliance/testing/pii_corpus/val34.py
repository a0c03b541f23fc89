"""val34: a blind validation part of the labelled PII corpus, 700 prompts (420 with personal
data, 280 clean), ids ``val34-0001`` ... ``val34-0700``.

Blind: its author read only this package's `__init__.py` (the API and gold conventions) and
`validity.py`; no other part, no recognizer, no analyzer output. Every template, name, place
and decoy was written from the author's head (no Faker, no name data set); `phonenumbers` was
used only to check and format phone numbers.

Domains, away from retail and support: university mathematics and physics departments
(eponymous theorems, constants and SI units: "Riemann hypothesis", "40 newtons", "a 1.5
tesla scanner"), statistics and data science teams ("Student's t-test", "Kaplan-Meier"),
microbiology and food-safety labs ("Salmonella", "Listeria"), restaurants and catering ("Beef
Wellington", "Pavlova"), hospital wards and wings named after people ("Nightingale Ward"),
schools and colleges named after people, scholarship and fellowship offices ("Rhodes",
"Fulbright", "Marie Curie fellowship"), genealogy societies, auction houses and galleries,
wedding planners, nurseries and childminders, care homes, sailing, rowing and canoe clubs
(boats named like people), tailors and shoemakers ("Oxford", "Derby", "Chesterfield"),
crossword setters (pseudonyms), ferry, tug and harbour operators, local-history rooms of
public libraries, mountaineering and hiking clubs ("Everest", "Cassin Ridge"), and street
addresses named after people ("Karl-Marx-Allee 34", "12 Nelson Mandela Boulevard").

Shapes, each with personal and clean prompts: chat, email, sms, letter, form, ticket, notes,
minutes, transcript (speaker-labelled), json, toolcall, csv, tsv, markdown_table, html, xml,
yaml, code, log, git, diff, stacktrace, slack, jira, bibliography, ics, vcard, paste (an
instruction around pasted text, in English, Spanish, German, French, Portuguese, Italian,
Dutch, Polish, Swedish, Turkish, Indonesian or Vietnamese) and voice (dictation without
capitals or punctuation).

Modules: `val34_names` (about a hundred cultures' names), `val34_places` (cities, regions,
countries, addresses), `val34_values` (phones, e-mails, cards, IBANs, IPs, SSNs, account
numbers, decoys), `val34_gen` (template language, renderer and checks), the templates in
`val34_personal_a`, `val34_personal_b`, `val34_personal_c`, `val34_personal_d`,
`val34_paste` (both kinds), `val34_clean_a`, `val34_clean_b` and `val34_clean_c`, and this
module, which draws the prompts with fixed seeds.

Conventions beyond the package's:

* A pet, a fictional or game character, a mascot, a bot, a storm, a ship or boat (even one
  named like a person: "Betsy Jane"), an aircraft, a racehorse, a dish or drink, a company or
  brand named after a person ("Ford", "Dell"), a law, disease, unit, constant, test,
  algorithm or theorem named after a person, a prize or fellowship ("Rhodes scholarship"),
  and a landmark, building, ward, school, peak or climbing route named after a person are
  not PERSON or LOCATION spans; they appear in clean and personal prompts alike. Titles of
  works of art ("Portrait of Madame X") are not spans, nor is "Mr Puffin", a stuffed toy.
* LOCATION is a city, region, country or street address; mountains, rivers, seas, harbours,
  buildings and institutions are not LOCATION spans. An address is one span, also when it is
  written over several lines; a sort code is not part of an account number span.
* A name inside a URL or inside an e-mail address is not a PERSON span (the e-mail address is
  an EMAIL_ADDRESS span). A role address ("bookings@...") is an EMAIL_ADDRESS span like any
  other.
* Titles and honorifics ("Dr", "Prof.", "Ms", "Herr", "Sra.", "Bapak", "Hanım", "Bey",
  "ji", and role words in speaker labels such as "SISTER" or "NURSE") stay outside the span;
  so does a possessive "'s". Speaker labels in capitals ("ADEBAYO OGUNLEYE") are spans.
* "Last, First" is one PERSON span; a bibliography's "Surname, A. B." (or Vancouver "Okafor
  AC") is one PERSON span; "A. Okafor" is one span. A vCard ``N:`` field gives two spans,
  family and given name.
* A git or Slack handle that is not a name (``@build-bot``, ``jdoe42``, ``aokafor``) is not a
  span; a display name is. A crossword setter's pseudonym ("Nutmeg") is not a span; the
  setter's real name is.
* An account number is ACCOUNT_NUMBER only where the text says it is a bank account
  ("account number", "acct no.", "a/c", "checking account"): 8 to 16 digits, hyphens
  allowed. Sort codes, routing numbers, IFSC codes and library card numbers are not spans.
* An address written in a vCard ``ADR`` field, in lower case in dictation, or over several
  lines of a letter is still one LOCATION span.
* A clean prompt contains none of the part's planted names or places, nor their words
  (whole words, without case; name particles such as "van", "de", "bin", street-type words
  such as "Street", "Rua", "Allee" and place tokens of two letters are not compared); every
  whole-word occurrence of a planted name or place word in a personal prompt is inside a
  gold span, outside URLs and e-mail addresses. Word-names (Hope, Will, Grace, Rose, Jade,
  Sky, Bill, Mark, Faith, Summer, Hunter) are planted only capitalised and where the text
  makes them people, and are compared with case, so "we hope", "grace period", "will do"
  and "bill me" stay in clean prompts. Both rules are checked while rendering
  (`val34_gen.verify`), which raises if one is broken.
"""

from __future__ import annotations

import random
from functools import lru_cache

from appliance.testing.pii_corpus import Prompt, check, compose
from appliance.testing.pii_corpus import val34_clean_a as _clean_a
from appliance.testing.pii_corpus import val34_clean_b as _clean_b
from appliance.testing.pii_corpus import val34_clean_c as _clean_c
from appliance.testing.pii_corpus import val34_paste as _paste
from appliance.testing.pii_corpus import val34_personal_a as _personal_a
from appliance.testing.pii_corpus import val34_personal_b as _personal_b
from appliance.testing.pii_corpus import val34_personal_c as _personal_c
from appliance.testing.pii_corpus import val34_personal_d as _personal_d
from appliance.testing.pii_corpus.val34_gen import Renderer, verify

PERSONAL_TEMPLATES = (
    *_personal_a.TEMPLATES,
    *_personal_b.TEMPLATES,
    *_personal_c.TEMPLATES,
    *_personal_d.TEMPLATES,
    *_paste.PERSONAL,
)
CLEAN_TEMPLATES = (
    *_clean_a.TEMPLATES,
    *_clean_b.TEMPLATES,
    *_clean_c.TEMPLATES,
    *_paste.CLEAN,
)

SEED = 3434
N_PERSONAL = 420
N_CLEAN = 280


def _assign(templates, count: int, rng: random.Random) -> list:
    order = list(templates)
    rng.shuffle(order)
    return [order[i % len(order)] for i in range(count)]


def _draw(templates, count: int, personal: bool, rng: random.Random, used: set[str]):
    out = []
    seen: dict[str, int] = {}
    for template in _assign(templates, count, rng):
        k = seen.get(template.id, 0)
        seen[template.id] = k + 1
        renderer = Renderer(template, random.Random(f"val34:{template.id}:{k}"), used)
        pieces = renderer.render()
        spans = [p for p in pieces if isinstance(p, tuple)]
        if personal and not spans:
            raise ValueError(f"personal template {template.id} planted nothing")
        if not personal and spans:
            raise ValueError(f"clean template {template.id} planted {spans}")
        meta = {
            "template": template.id,
            "cultures": renderer.cultures(),
            "phones": dict(renderer.phones),
            "lang": template.lang,
        }
        out.append((template.shape, pieces, meta))
    return out


@lru_cache(maxsize=1)
def _build() -> tuple[tuple[Prompt, ...], tuple[dict, ...]]:
    for group in (PERSONAL_TEMPLATES, CLEAN_TEMPLATES):
        ids = [t.id for t in group]
        if len(ids) != len(set(ids)):
            raise ValueError("duplicate template id")
    rng = random.Random(SEED)
    used: set[str] = set()
    drawn = _draw(PERSONAL_TEMPLATES, N_PERSONAL, True, rng, used)
    drawn += _draw(CLEAN_TEMPLATES, N_CLEAN, False, rng, used)
    rng.shuffle(drawn)
    prompts = []
    metas = []
    for i, (shape, pieces, meta) in enumerate(drawn, start=1):
        prompts.append(compose(f"val34-{i:04d}", shape, pieces))
        metas.append(meta)
    check(prompts)
    verify(prompts)
    return tuple(prompts), tuple(metas)


def prompts() -> list[Prompt]:
    return list(_build()[0])


def meta() -> list[dict]:
    return [dict(m, phones=dict(m["phones"]), cultures=list(m["cultures"])) for m in _build()[1]]
