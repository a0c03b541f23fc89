"""val31: a blind validation part of the labelled PII corpus, 700 prompts (420 with personal
data, 280 clean), ids val31-0001 to val31-0700, shuffled with a fixed seed.

Blind: its author read only the package's `__init__.py` (the `Prompt`/`Gold`/`compose`/
`check` API and the gold conventions) and `validity.py`; no other part, recognizer, test or
document. Every template, name, place and decoy was written from the author's head (no name
list, no Faker); `phonenumbers` only checks and formats the phone numbers.

Domains, away from retail and support: shipping lines, ports and freight forwarders; heritage
railways; wine merchants and sommeliers; orchards, nurseries and rose growers; chess clubs;
football and cricket clubs; newsrooms and podcasts; museums, galleries and auction houses;
orchestras and choirs; humanitarian NGOs and refugee case work; elections and polling
stations; mining and geology; weather services; wedding planners and funeral homes;
translation and interpreting; mountain rescue and coastguards; breweries and cocktail bars;
dentists and opticians; recruitment and HR; schools and tutoring; beekeeping and farming;
hackathons and open source.

Shapes (each with personal and clean prompts): chat, email, sms, letter, form, ticket, notes,
minutes, transcript, json, toolcall, csv, tsv, markdown_table, html, xml, yaml, code, log,
git, diff, stacktrace, slack, jira, bibliography, ics, vcard, paste (an instruction around
pasted text, sometimes in Spanish, German, French, Portuguese, Italian, Dutch, Polish,
Swedish, Turkish, Indonesian or Vietnamese) and voice (dictated, lower case, no
punctuation).

Modules: `val31_names` and `val31_names_b` (people's names of 108 cultures),
`val31_places` (countries, regions, cities, street addresses), `val31_values` (phones,
e-mails, cards, IBANs, SSNs, IPs, account numbers), `val31_decoys` (look-alikes),
`val31_gen` (the renderer and its checks), `val31_personal_a` to `_e` and `val31_clean_a` to
`_d` (the templates).

Conventions beyond the package's:

* A pet, a fictional or game character, a mascot, a bot, a storm, a ship, an aircraft, a
  racehorse, a dish, a drink, a company or brand named after a person ("Ford", "Dell"), a
  law, disease, algorithm or theorem named after a person, and a landmark or building named
  after a person ("the Santiago Bernabéu", "Carnegie Hall") are not PERSON or LOCATION spans;
  they appear in clean and personal prompts alike.
* A name inside a URL or inside an e-mail address is not a PERSON span (the e-mail address
  is an EMAIL_ADDRESS span).
* A role address ("bookings@...") is an EMAIL_ADDRESS span like any other.
* Titles ("Dr", "Prof.", "Ms", "Capt.", "Sir", "Frau", "bà") stay outside the span; so do
  "Mr"/"Ms" written before a full name.
* "Last, First" is one PERSON span; a bibliography's "Surname, A. B." is one PERSON span;
  "LAST, First" in forms likewise.
* A git or Slack handle written as one token (`@build-bot`, `jdoe42`, `ynakamura`) is not a
  span; the display name beside it is.
* A sort code, a BIC, a routing number, the last digits of a card or account ("card ending
  4821"), an expiry date, a date of birth, order, booking, case and ticket numbers, herd ear
  tags and seal numbers are not spans.
* Stadiums, stands, halls, museums, terminals, berths, port codes (UN/LOCODE such as
  "NLRTM"), grid references ("grid ref NY 215 072") and places inside the name of a thing
  ("Berlin Defence", "Worcester Pearmain", "Pilsner Urquell") are not LOCATION spans.
* A relative drawn for a template ("your mother, ...") shares the family name and culture of
  the person it belongs to; gendered words around a name agree with it.
* A clean prompt contains none of the part's planted names or places (nor their words),
  compared as whole words without case; every whole-word occurrence of a planted name or
  place in a personal prompt is a gold span, outside URLs and e-mail addresses. Both are
  checked while rendering and raise if violated. Word-names (Hope, Will, Grace, Rose, Jade,
  Sky, Bill, Mark, Faith, Summer, Hunter, Joy) are planted only where the context says they
  are people and are exempt from the clean check, since clean prompts use them as words
  ("we hope", "grace period", "will do", "sky blue"); a personal prompt that plants one uses
  it nowhere else as a word.
* Words of two letters ("Li", "Te", "Ka") and generic address words (street, road, de, van)
  are compared only as parts of whole names.
"""

from __future__ import annotations

import random
import re
from functools import cache

from appliance.testing.pii_corpus import Prompt, check
from appliance.testing.pii_corpus.val31_clean_a import TEMPLATES as _CLEAN_A
from appliance.testing.pii_corpus.val31_clean_b import TEMPLATES as _CLEAN_B
from appliance.testing.pii_corpus.val31_clean_c import TEMPLATES as _CLEAN_C
from appliance.testing.pii_corpus.val31_clean_d import TEMPLATES as _CLEAN_D
from appliance.testing.pii_corpus.val31_gen import MAIL_RE, URL_RE, Template, render
from appliance.testing.pii_corpus.val31_personal_a import TEMPLATES as _PERSONAL_A
from appliance.testing.pii_corpus.val31_personal_b import TEMPLATES as _PERSONAL_B
from appliance.testing.pii_corpus.val31_personal_c import TEMPLATES as _PERSONAL_C
from appliance.testing.pii_corpus.val31_personal_d import TEMPLATES as _PERSONAL_D
from appliance.testing.pii_corpus.val31_personal_e import TEMPLATES as _PERSONAL_E

PERSONAL_TEMPLATES: tuple[Template, ...] = (
    *_PERSONAL_A,
    *_PERSONAL_B,
    *_PERSONAL_C,
    *_PERSONAL_D,
    *_PERSONAL_E,
)
CLEAN_TEMPLATES: tuple[Template, ...] = (*_CLEAN_A, *_CLEAN_B, *_CLEAN_C, *_CLEAN_D)

N_PERSONAL = 420
N_CLEAN = 280
SEED = 31_000_731


def _plan(templates: tuple[Template, ...], count: int, rng: random.Random) -> list[tuple]:
    order = list(templates)
    rng.shuffle(order)
    return [(order[i % len(order)], i // len(order)) for i in range(count)]


def _check_planted(prompts: list[Prompt], metas: list[dict]) -> None:
    """Whole-word, case-blind: no planted name or place in a clean prompt, and none outside
    a gold span (or a URL or e-mail address) in a personal prompt."""
    words = {w.lower() for m in metas for w in m["word_names"]}
    planted = {
        p.text[g.start : g.end]
        for p in prompts
        for g in p.gold
        if g.entity in ("PERSON", "LOCATION")
    }
    planted = {v for v in planted if v.lower() not in words}
    alternation = "|".join(re.escape(v) for v in sorted(planted, key=len, reverse=True))
    pattern = re.compile(rf"(?<!\w)(?:{alternation})(?!\w)", re.IGNORECASE)
    for p in prompts:
        if p.clean:
            m = pattern.search(p.text)
            if m:
                raise ValueError(f"{p.id}: planted {m.group()!r} in a clean prompt")
            continue
        cover = [(g.start, g.end) for g in p.gold]
        cover += [m.span() for m in URL_RE.finditer(p.text)]
        cover += [m.span() for m in MAIL_RE.finditer(p.text)]
        for m in pattern.finditer(p.text):
            if not all(any(s <= i < e for s, e in cover) for i in range(*m.span())):
                raise ValueError(f"{p.id}: planted {m.group()!r} outside a gold span")


@cache
def _build() -> tuple[tuple[Prompt, ...], tuple[dict, ...]]:
    rng = random.Random(SEED)
    plan = _plan(PERSONAL_TEMPLATES, N_PERSONAL, rng) + _plan(CLEAN_TEMPLATES, N_CLEAN, rng)
    rng.shuffle(plan)
    prompts: list[Prompt] = []
    metas: list[dict] = []
    for i, (template, k) in enumerate(plan, start=1):
        rendered = render(template, f"val31-{i:04d}", f"val31|{template.id}|{k}")
        prompts.append(rendered.prompt)
        metas.append(rendered.meta)
    check(prompts)
    _check_planted(prompts, metas)
    return tuple(prompts), tuple(metas)


def prompts() -> list[Prompt]:
    """The 700 prompts of val31, in their fixed shuffled order."""
    return list(_build()[0])


def meta() -> list[dict]:
    """One dict per prompt, same order: template, shape, domain, cultures (of the names
    planted; "word" for word-names), phones (each phone string as written -> ISO region) and
    word_names."""
    return [dict(m) for m in _build()[1]]
