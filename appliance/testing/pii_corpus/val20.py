"""val20: a blind measured part of the labelled PII corpus, 700 prompts (420 with personal
data, 280 clean), generated with a fixed seed.

Blind: its author read only the package's `__init__.py` (the `Prompt`/`Gold`/`compose`/
`check` API and the gold conventions) and `validity.py` (Luhn, IBAN and SSN checks); no other
part of the corpus, no recognizer, no documentation of the analyzer and no test of the corpus
was opened, and the analyzer was never run. Every template, name, place and decoy was
written by hand for this part; no library's list of names was used (`phonenumbers` only
makes and checks phone numbers).

Traffic: what an LLM gateway sees from the staff, customers and applications of dentists and
opticians, physiotherapy and chiropractic clinics, gyms, hair salons and barbers, tattoo
studios, nurseries and childminders, tutoring agencies, driving schools, removal companies,
self-storage, coworking spaces, hotels' front desks, holiday lets, campsites, ski and dive
schools, tour guides, museum memberships, theatre box offices, faith communities' offices,
funeral homes, wedding planners and dating-app support, plus personal use (family, friends,
neighbours, hobby clubs) and developer traffic (code review, error reports, fixtures,
chat-ops, data exports).

Shapes (25): chat, email, sms, whatsapp, letter, form, review, notes, transcript, ticket,
ocr, srt, json, csv, markdown_table, html, xml, code, log, yaml, toolcall, sql, ics, vcard,
latex; each with and without personal data.

Modules:

* `val20_names`: 83 cultures (given names by gender, family names, gendered family names
  where a language has them, surname-first order for Hungarian, Chinese, Japanese, Korean
  and Vietnamese), regions, street addresses of several countries, given names that are
  everyday words, nicknames.
* `val20_values`: phones (valid by `phonenumbers`, in international, national, E.164,
  dashed, dotted, digits-only and 00 formats), cards, IBANs, SSNs, IPs, account numbers,
  e-mail addresses, and decoys (order numbers, versions, tracking codes, things named like
  people).
* `val20_gen`: the renderer («slot» templates to `Prompt`s).
* `val20_personal_a`, `val20_personal_b`: templates with personal data.
* `val20_clean`: templates without.

Conventions beyond the package's:

* A name split across two lines or two fields ("First name: X" / "Last name: Y") is two
  PERSON spans; "LAST, First" and "M. Okafor" are one span each.
* A nickname ("Kiki") is its own PERSON span; a name inside an e-mail address, a URL's query
  string or a "mailto:" is not a PERSON span (the e-mail address is an EMAIL_ADDRESS span).
* Titles ("Dr", "Father", "Mr and Mrs") and a possessive "'s" stay outside the span; an
  "@" of a mention stays outside.
* A street address is one LOCATION span with its city and postcode; a city named again
  elsewhere in the prompt is its own LOCATION span.
* A sort code, a card's expiry, a booking reference and an order number are not personal
  data; an account number is an ACCOUNT_NUMBER only where the text says it is one.
* Things named after or like people (brands, characters, dishes, cocktails, grapes, paint
  colours, ships, racehorses, storms, awards, laws, diseases, theorems, bots, codenames)
  are never PERSON spans, in clean prompts or beside real people.
"""

from __future__ import annotations

import random
from functools import cache

from appliance.testing.pii_corpus import Prompt, check
from appliance.testing.pii_corpus.val20_clean import TEMPLATES as CLEAN
from appliance.testing.pii_corpus.val20_gen import Rendered, Template, render
from appliance.testing.pii_corpus.val20_personal_a import TEMPLATES as PERSONAL_A
from appliance.testing.pii_corpus.val20_personal_b import TEMPLATES as PERSONAL_B

SEED = 20_2020
COUNT = 700
PERSONAL_COUNT = 420
CLEAN_COUNT = 280
PERSONAL: list[Template] = PERSONAL_A + PERSONAL_B


def _spread(rng: random.Random, pool: list[Template], count: int) -> list[Template]:
    """count templates: every template as evenly often as the count allows, shuffled."""
    order: list[Template] = []
    while len(order) < count:
        batch = list(pool)
        rng.shuffle(batch)
        order.extend(batch)
    return order[:count]


@cache
def _rendered() -> tuple[Rendered, ...]:
    rng = random.Random(SEED)
    plan = [(t, True) for t in _spread(rng, PERSONAL, PERSONAL_COUNT)]
    plan += [(t, False) for t in _spread(rng, CLEAN, CLEAN_COUNT)]
    rng.shuffle(plan)
    out = []
    for i, (t, _personal) in enumerate(plan, 1):
        out.append(render(t, f"val20-{i:04d}", rng))
    prompts = [r.prompt for r in out]
    check(prompts)
    return tuple(out)


def prompts() -> list[Prompt]:
    """The 700 prompts of val20, the same list on every call."""
    return [r.prompt for r in _rendered()]


def meta() -> list[dict[str, object]]:
    """For each prompt (in order): its id, template name, the cultures of the people planted
    in it, and its phone numbers with the region each is valid in."""
    return [
        {
            "id": r.prompt.id,
            "template": r.template,
            "cultures": r.cultures,
            "phones": r.phones,
        }
        for r in _rendered()
    ]
