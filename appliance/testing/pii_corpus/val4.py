"""val4: a fourth measured part of the labelled PII set, written blind: 700 prompts (420 with
personal data, 280 clean), ids val4-0001 to val4-0700, as an LLM gateway sees them from a
company's staff and applications.

What it is. Realistic traffic, not adversarial: customer e-mails and support tickets pasted
for summarising, CRM, HR, booking and patient records as JSON or CSV, chat in lower case with
typos, meeting notes, Slack-style threads, SMS, code with fixtures, logs, SQL, letters, forms
(insurance, medical intake, direct deposit, visa, wire transfer), CV snippets and tool-call
arguments. Fifteen shapes, each with and without personal data: chat, email, ticket, json,
csv, code, log, sql, sms, notes, letter, form, slack, toolcall, cv.

How it was made. 228 templates written for this part (151 with personal data in
val4_personal, 77 clean in val4_clean), each used two to four times with other values
(val4_gen fills their «slots»; a slot's key is one value for the whole prompt, so a person
named twice is the same person). Written without reading the other parts, the detector or
its documentation (a formatter's diff once showed fragments of val3 after every template
here was written; nothing was taken from it); the detector was never run on this part.
Fixed seed; `prompts()` is the same on every build.

Values (val4_values, written by hand; no name list of a library): people of 44 cultures
(Yoruba, Igbo, Vietnamese, Polish, Brazilian, Tamil, Bengali, Punjabi, Gujarati, Telugu,
Emirati, Egyptian, Korean, Japanese, Chinese, Finnish, Mexican, Irish, Turkish, Filipino,
Ethiopian, Greek, Hungarian, German, French, Italian, Spanish, Dutch, Swedish, Russian,
Ukrainian, Persian, Kenyan, Akan, Indonesian, Thai, Moroccan, Pakistani, American, Zulu,
Romanian, Czech, Israeli, Somali), with gendered family names where the language has them,
two family names for Spanish and Portuguese speakers, family-first order for Vietnamese and
often Korean, Chinese and Hungarian names, and diacritics dropped now and then as people
type; cities, regions and countries of 44 countries; street addresses of 19 countries;
phone numbers of 42 regions, random digits kept only where `phonenumbers` finds them valid,
in national, international, E.164, "00", dashed, dotted and digits-only forms; Luhn-valid
Visa, Mastercard, Amex, Discover, Diners and JCB numbers; IBANs of 23 countries with mod-97
check digits; public, private and IPv6 addresses; SSNs with area 001-899 but 666, group and
serial never zero; bank account numbers.

Labelling decisions (the conventions of appliance.testing.pii_corpus, and):

* PERSON: every way the part writes a name is one span: full name, first name alone, a
  nickname ("Kasia", "Tunde"), lower case in chat, capitals, "Family, Given", "FAMILY,
  Given", initials ("K. Nowak"), "Nowak K.", middle initials and "Jr."/"III" suffixes (in
  the span); titles ("Dr.", "Ms.") and a possessive "'s" stay outside, and an @-mention's
  "@" too. Names inside an e-mail address are not PERSON spans (the address is one span).
* LOCATION: a city, region or country alone, or a street address written on one line, with
  its postcode and city, as one span. Company names and product names are not places.
* PHONE_NUMBER: the number as written, whatever its form; a "T:" or "Mobile:" stays out.
* ACCOUNT_NUMBER: only where the text says it is a bank account ("account number",
  "account_number", "Checking account number", an "account_number" CSV column); a routing
  number or sort code is not labelled, nor is an order, invoice, passport or ticket number.
* US_SSN: digits-only SSNs only right after "SSN:"; dashed or spaced ones anywhere.
* Every occurrence of a planted value is labelled, a name written twice included.
* Clean prompts name no person, place, e-mail, phone or other personal value; companies
  whose name is also a surname ("Ford", "Dell") are companies, not people, and unlabelled.
"""

from __future__ import annotations

import functools
import random

from appliance.testing.pii_corpus import Prompt, compose
from appliance.testing.pii_corpus.val4_clean import CLEAN
from appliance.testing.pii_corpus.val4_gen import Filler
from appliance.testing.pii_corpus.val4_personal import PERSONAL

SEED = 40_417
PERSONAL_COUNT = 420
CLEAN_COUNT = 280


def _uses(
    rng: random.Random, templates: list[tuple[str, str]], count: int
) -> list[tuple[str, str]]:
    """Each template used as evenly as count allows, the extra uses drawn at random."""
    order = list(templates)
    rng.shuffle(order)
    return [order[i % len(order)] for i in range(count)]


@functools.cache
def _build(seed: int = SEED) -> tuple[tuple[Prompt, ...], dict[str, str]]:
    rng = random.Random(seed)
    regions: dict[str, str] = {}
    drafts = []
    seen: set[str] = set()
    for shape, template in _uses(rng, PERSONAL, PERSONAL_COUNT) + _uses(rng, CLEAN, CLEAN_COUNT):
        for _ in range(100):
            pieces = Filler(rng, regions).fill(template)
            text = "".join(p if isinstance(p, str) else p[1] for p in pieces)
            if text not in seen:
                break
        else:
            raise RuntimeError(f"template repeats itself: {template[:60]!r}")
        seen.add(text)
        drafts.append((shape, pieces))
    rng.shuffle(drafts)
    prompts = tuple(
        compose(f"val4-{i:04d}", shape, pieces) for i, (shape, pieces) in enumerate(drafts, 1)
    )
    return prompts, regions


def prompts() -> list[Prompt]:
    return list(_build()[0])


def filled(seed: int) -> list[Prompt]:
    """The part's templates filled with another seed: its own names and values in other
    combinations (what scripts/train_pii_ner.py learns from a part whose errors were read)."""
    return list(_build(seed)[0])


def phone_regions() -> dict[str, str]:
    """The region each planted phone number was made for, by the number as written."""
    return dict(_build()[1])
