"""val25: a blind validation part of the labelled PII corpus, 700 prompts (420 with personal
data, 280 clean), shuffled with a fixed seed.

Blind: its author read only `appliance/testing/pii_corpus/__init__.py` (the `Prompt`, `Gold`,
`compose` and `check` API and the gold conventions) and `validity.py` (Luhn, IBAN and SSN
checks), no other part, no recognizer and no documentation, and never ran the analyzer. Every
template, name, place and decoy was written for this part; no library's name list was used
(`phonenumbers` only checks and formats the phone numbers).

Domains, away from retail and customer support: farms and co-operatives (herd records, grain
contracts), energy and water utilities (meter readings, outages, smart-meter logs), property
management and lettings, recruitment agencies, travel agencies and tour operators (itineraries,
rooming lists), museums, archives and libraries (accessions, loans, oral histories), probate,
conveyancing and family law, fundraising and non-profits (donors, Gift Aid), dental practices
and pharmacies, gyms, coaching and cycling clubs, weddings, events and venues, translation and
interpreting, customs brokers, IT security incident response (SOC alerts, phishing reports),
nurseries and elder care, podcasts, radio and theatre, veterinary practices (pets with
people-like names), car and home insurance claims, software consultancies (timesheets, SOWs).

Shapes, each with personal and clean prompts: chat, email, sms, letter, form, ticket, notes,
minutes, transcript, json, toolcall, csv, tsv, markdown_table, html, xml, yaml, code (Python,
JS, Go, SQL), log, git, diff, stacktrace, slack, jira, bibliography, ics, vcard, paste (an
instruction around pasted text, in English, Spanish, German, French, Portuguese, Italian,
Dutch, Polish, Swedish, Turkish, Indonesian or Vietnamese) and voice (dictation in lower case
without punctuation).

People: about 100 cultures (`val25_names.CULTURES`, from every continent, Indigenous peoples
of the Americas and Australia and the Pacific included), each planted name used once, written
as people write them: full names, given or family names alone, family names after a title,
initials, "Last, First", all-caps family names, lower case, family-first order (East Asian,
Hungarian, Vietnamese), hyphenated and multi-part names, names with diacritics, nicknames, and
word-names (Hope, Faith, Summer, Jade, Sky, Ivy, Dawn, Rose, Hunter, culture "word") only where
the text says they are people. Places: cities, regions and countries of about 60 countries and
street addresses of about 30. Phone numbers of over 30 regions in national and international
formats (separators, brackets, dots, "00"), e-mail addresses (personal and role), cards (Visa,
Mastercard, Amex, Discover, JCB, Diners), IBANs of over 15 countries, IPv4 and IPv6 addresses, US
SSNs and account numbers.

Modules: `val25` (this one: assembly and `meta`), `val25_gen` (the renderer and the checks),
`val25_names` (people), `val25_places` (places), `val25_values` (structured values and
decoys), `val25_personal_a` to `_d` (templates with personal data) and `val25_clean_a`, `_b`
(clean templates). `meta()` gives each prompt's template id, the cultures of its names and its phone
numbers with their ISO regions.

Conventions beyond the package's:

* A pet, a fictional or game character, a mascot, a bot, a storm, a ship, an aircraft, a
  racehorse, a dish, a drink, a company or brand named after a person ("Ford", "Singer", "John
  Deere"), a law, disease, algorithm, filter or theorem named after a person ("Parkinson's",
  "Dijkstra's algorithm", "Kalman filter") and a landmark or building named after a person ("the
  Tate") are not PERSON or LOCATION spans; they appear in clean and personal prompts alike.
* A name inside a URL or an e-mail address is not a PERSON span (the address is an
  EMAIL_ADDRESS span); a role address ("bookings@...") is an EMAIL_ADDRESS span like any other.
  "mailto:" and "tel:" stay outside spans.
* Titles stay outside the span, in any language: "Dr", "Prof.", "Ms", "Herr", "Frau", "Sra.",
  "Mme", "Sig.ra", "Bey", "cô" ...
* "Last, First" and "LAST, First" are one PERSON span, as is "LAST First"; a bibliography's
  "Surname, A. B." is one PERSON span per author ("et al." outside). Where a record splits a
  name into fields (CSV first/last columns, vCard "N:Family;Given", XML GivenName/Surname),
  each field is its own span.
* A git or Slack handle that is not a name ("kmensah", "build-bot", "oncall-payments") is not a
  span; a display name is.
* A street address is one LOCATION span from the house number to the postcode; a country named
  as a nationality of a passport ("Spain passport") is a LOCATION span; a language or
  nationality word ("Turkish", "Portuguese") is not.
* A sort code, a routing number, the last four digits of a card ("card ending 4421"), an EORI,
  CPH or funded-hours code and a customer or member number are not spans; only the account
  number itself is an ACCOUNT_NUMBER span, and only where the text says it is one (in other
  languages too: "nomor rekening").
* Decoys never pass for planted values: digit strings of 13 to 19 digits in decoys fail Luhn's
  check, and four-part version strings are never valid IPv4 addresses.
* Names and places: a clean prompt contains none of the part's planted names or places nor
  their words, and no word of a planted name or place occurs in any prompt outside a gold
  span, an e-mail address or a URL (whole words, case aside; a hyphenated name counts whole
  and by its parts of four letters or more; name particles such as "van", "de", "bin" and the
  English words inside Lakota family names are checked only as part of the whole name; a
  street address is checked by its town). `val25_gen.check_planted` raises if violated, so
  the everyday words that are also given names used as decoys ("will do", "bill me", "grace
  period", "mark as read") are never planted as names.
"""

from __future__ import annotations

import random
from functools import lru_cache

from appliance.testing.pii_corpus import (
    Prompt,
    check,
    val25_clean_a,
    val25_clean_b,
    val25_personal_a,
    val25_personal_b,
    val25_personal_c,
    val25_personal_d,
)
from appliance.testing.pii_corpus.val25_gen import Pool, Renderer, check_planted

PERSONAL_TEMPLATES = (
    val25_personal_a.TEMPLATES
    + val25_personal_b.TEMPLATES
    + val25_personal_c.TEMPLATES
    + val25_personal_d.TEMPLATES
)
CLEAN_TEMPLATES = val25_clean_a.TEMPLATES + val25_clean_b.TEMPLATES

PERSONAL = 420
CLEAN = 280
SEED = "val25"


@lru_cache(maxsize=1)
def _build() -> tuple[tuple[Prompt, ...], tuple[dict, ...]]:
    ids = [t.id for t in PERSONAL_TEMPLATES + CLEAN_TEMPLATES]
    if len(ids) != len(set(ids)):
        raise ValueError("duplicate template id")
    jobs = [PERSONAL_TEMPLATES[i % len(PERSONAL_TEMPLATES)] for i in range(PERSONAL)]
    jobs += [CLEAN_TEMPLATES[i % len(CLEAN_TEMPLATES)] for i in range(CLEAN)]
    order = list(range(len(jobs)))
    random.Random(SEED).shuffle(order)
    renderer = Renderer(Pool())
    rendered = []
    for n, job in enumerate(order, start=1):
        tpl = jobs[job]
        rendered.append(renderer.render(f"val25-{n:04d}", tpl, random.Random(f"{SEED}-{n}")))
    check_planted(rendered)
    prompts = tuple(r.prompt for r in rendered)
    check(list(prompts))
    meta = tuple(
        {
            "template": r.template,
            "cultures": sorted(r.cultures),
            "phones": dict(r.phones),
        }
        for r in rendered
    )
    return prompts, meta


def prompts() -> list[Prompt]:
    """The part's 700 prompts, the same on every call."""
    return list(_build()[0])


def meta() -> list[dict]:
    """One dict per prompt, in the same order: its template id, the cultures of the names
    planted in it ("word" for word-names) and its phone numbers with their ISO regions."""
    return [dict(m, cultures=list(m["cultures"]), phones=dict(m["phones"])) for m in _build()[1]]
