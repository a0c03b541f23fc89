"""val30: a blind validation part of 700 prompts (420 with personal data, 280 clean).

Blind: its author read only `appliance/testing/pii_corpus/__init__.py` (the API and the gold
conventions) and `validity.py` (the value checks), and no other part, recognizer, document,
script or test. Every template, name, place and decoy was written from the author's head; no
name list of any library was used (`phonenumbers` only checks and formats phone numbers).

Domains, away from retail and support: music streaming and record labels (songs named after
people), karaoke bars and radio stations, film and TV production (call sheets: actors and the
characters they play), esports (players and gamer tags), space agencies and satellite
operators (missions named after people and gods), cybersecurity incident response (malware
and threat actors named like people), clinical trials and pharmacies, genetics and biology
labs (genes and cell lines named like people), coworking spaces (rooms named after people),
car rental and leasing, airports and aircraft maintenance, insurance claims, real estate
auctions, parcel lockers and couriers, recycling centres and waste collection, dating apps'
trust and safety, fitness apps and gyms (workouts named like people), hair and beauty lines,
libraries and archives.

Shapes, each with and without personal data: chat, email, sms, letter, form, ticket, notes,
minutes, transcript, json, toolcall, csv, tsv, markdown_table, html, xml, yaml, code, log,
git, diff, stacktrace, slack, jira, bibliography, ics (iCalendar), vcard, paste (an
instruction around pasted text, sometimes in Spanish, German, French, Portuguese, Italian,
Dutch, Polish, Swedish, Turkish, Indonesian or Vietnamese) and voice (dictated, no capitals
or punctuation).

Modules: `val30_names` (107 cultures' names, plus word-names), `val30_places` (cities, regions,
countries, street addresses), `val30_values` (phones, cards, IBANs, IPs, SSNs, account
numbers, e-mails, decoys), `val30_gen` (people, the template context, the leak check),
`val30_personal_a` to `val30_personal_f` (templates with personal data) and `val30_clean_a`
to `val30_clean_c` (templates without). `meta()` gives each prompt's template id, the
cultures of its names ("word" for word-names such as Hope, Will or Grace) and its phones'
regions.

Conventions beyond the package's:

* A pet, a fictional or game character, a mascot, a bot, a storm, a ship, an aircraft, a
  racehorse, a dish, a drink, a company or brand named after a person ("Ford", "Dell"), a
  law, disease, algorithm or theorem named after a person, a landmark, building or room
  named after a person, a song, album or show title, a space mission, a malware family or
  threat actor, a gene, cell line or trial acronym and a named workout ("Murph") are not
  PERSON or LOCATION spans; they appear in clean and personal prompts alike.
* A name inside a URL or inside an e-mail address is not a PERSON span (the e-mail address
  is an EMAIL_ADDRESS span).
* A role address ("bookings@...") is an EMAIL_ADDRESS span like any other.
* Titles ("Dr", "Prof.", "Mr", "Ms", "Mrs", "Herr", "sig.", "Cllr") stay outside the span.
* "Last, First" is one PERSON span; a bibliography's "Surname, A. B." is one PERSON span;
  "Nguyễn Thị Mai" and "Amirul bin Ismail" are one span each. Where a record splits a name
  into fields (a vCard's "N:Family;Given", a PNR's <Surname> and <Given>), each field is a
  PERSON span.
* A git/Slack handle that is not a name (`@build-bot`, `jdoe42`) is not a span; a display
  name is. An actor is a PERSON span, the character they play is not.
* A street address is one LOCATION span, from the house number to the postcode or city; a
  city or country inside it is not a span of its own.
* A sort code or routing number next to an account number is not a span; only the account
  number is an ACCOUNT_NUMBER span. Dates of birth, booking, loyalty, member, reader-ticket,
  borrower-card, claim, policy and tracking numbers are not spans.
* A clean prompt contains none of the part's planted names or places (nor their words),
  compared as whole words without case; every whole-word occurrence of a planted name or
  place in a personal prompt is inside a gold span or a URL. Two exceptions: name particles
  ("van", "bin", "Thị", "de"), generic address words ("Street", "Jalan") and postcode
  letters ("LS6 2QT") are not compared on their own, and the word-names (Hope, Will, Grace, Rose, Mark, Bill, Faith,
  Summer, Jade, Sky, Hunter) are compared as written, capitalised, so "we hope", "grace
  period", "will do" and "bill me" stay in clean prompts. `prompts()` raises if violated.
"""

from __future__ import annotations

import dataclasses
import random
from functools import cache

from appliance.testing.pii_corpus import (
    Prompt,
    check,
    compose,
    val30_clean_a,
    val30_clean_b,
    val30_clean_c,
    val30_personal_a,
    val30_personal_b,
    val30_personal_c,
    val30_personal_d,
    val30_personal_e,
    val30_personal_f,
)
from appliance.testing.pii_corpus.val30_gen import Ctx, NamePool, Template, leaks

PERSONAL_TEMPLATES: tuple[Template, ...] = tuple(
    val30_personal_a.T
    + val30_personal_b.T
    + val30_personal_c.T
    + val30_personal_d.T
    + val30_personal_e.T
    + val30_personal_f.T
)
CLEAN_TEMPLATES: tuple[Template, ...] = tuple(val30_clean_a.T + val30_clean_b.T + val30_clean_c.T)

PERSONAL = 420
CLEAN = 280
SEED = 3030


def _render(templates: tuple[Template, ...], count: int, tag: str, pool: NamePool | None):
    order = list(templates)
    random.Random(f"{SEED}-{tag}-order").shuffle(order)
    out = []
    for i in range(count):
        template = order[i % len(order)]
        ctx = Ctx(random.Random(f"{SEED}-{tag}-{i}"), pool)
        prompt = compose(f"val30-{tag}{i}", template.shape, template.fn(ctx))
        if (pool is None) != prompt.clean:
            raise ValueError(f"{template.id}: gold spans do not match its kind")
        info = {
            "template": template.id,
            "cultures": sorted(set(ctx.cultures)),
            "phones": dict(ctx.phones),
        }
        out.append((prompt, info))
    return out


@cache
def _build() -> tuple[tuple[Prompt, ...], tuple[dict, ...]]:
    ids = [t.id for t in PERSONAL_TEMPLATES + CLEAN_TEMPLATES]
    if len(ids) != len(set(ids)):
        raise ValueError("duplicate template id")
    pool = NamePool(random.Random(SEED))
    rows = _render(PERSONAL_TEMPLATES, PERSONAL, "p", pool) + _render(
        CLEAN_TEMPLATES, CLEAN, "c", None
    )
    random.Random(SEED).shuffle(rows)
    prompts = []
    for i, (prompt, _) in enumerate(rows, 1):
        prompts.append(dataclasses.replace(prompt, id=f"val30-{i:04d}"))
    check(prompts)
    problems = leaks(prompts)
    if problems:
        raise ValueError("planted names leak: " + "; ".join(problems[:20]))
    return tuple(prompts), tuple(info for _, info in rows)


def prompts() -> list[Prompt]:
    """The 700 prompts, ids val30-0001 ... val30-0700 (the same on every call)."""
    return list(_build()[0])


def meta() -> list[dict]:
    """Per prompt, in the same order: its template id, its names' cultures and its phones'
    regions."""
    return [
        {"template": m["template"], "cultures": list(m["cultures"]), "phones": dict(m["phones"])}
        for m in _build()[1]
    ]
