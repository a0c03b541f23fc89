"""val32: a blind measured part of the labelled PII corpus (700 prompts: 420 with personal
data, 280 clean).

Written blind: its author read only this package's `__init__.py` (the `Prompt`, `Gold`,
`compose` and `check` API and the gold conventions) and `validity.py`, and no other part,
recognizer, document or test. Every template, name, place and decoy is the author's own;
no name list or library was used (`phonenumbers` only checks and formats phone numbers).

Domains, away from the usual retail and support: hotels (suites and restaurants named after
people), cruise lines (ships and decks), ski resorts and mountain huts (runs and lifts),
golf clubs and marinas (holes, trophies, berths), toy makers and shops (Barbie, Ken, Sindy,
Polly Pocket), furniture and homeware (the Billy bookcase, the Ingrid lamp, the Astrid
sofa), car makers (Renault Zoe, Kia Carens, Nissan Juke, VW Polo), video game studios
(bosses, characters and servers named like people), comic and manga publishers,
veterinary clinics and pet insurance (pets named like people), nurseries and care homes,
perfume and fashion collections, subtitling studios, energy and water utilities, telecoms
support, local councils, immigration and notary offices, pension and payroll bureaus,
research grants and conferences (Nobel lecture, Fields Medal), cryptocurrency exchanges
(Dogecoin, satoshis).

Shapes, each with clean and personal prompts: chat, email, sms, letter, form, ticket,
notes, minutes, transcript, json, toolcall, csv, tsv, markdown_table, html, xml, yaml, code
(Python, JS, Go, SQL), log, git, diff, stacktrace, slack, jira, bibliography, ics, vcard,
paste (an instruction around pasted text, which is in Spanish, German, French, Portuguese,
Italian, Dutch, Polish, Swedish, Turkish, Indonesian, Vietnamese or English) and voice
(dictation: lower case, no punctuation).

Templates: 163 personal and 103 clean (266), of 29 shapes and 25 domains, from one line
to 20; each is used two or three times with fresh values.

Modules: `val32_names` and `val32_names_world` (given and family names of 117 cultures, 1,434
given and 1,213 family names, and word-names), `val32_places` (450 cities of 108 countries,
regions, countries, street addresses of 43 countries), `val32_values` (phone numbers of 54
regions, cards of six brands, IBANs of 24 countries, IPv4 and IPv6, SSNs, account numbers,
e-mail addresses, and the decoys), `val32_gen` (the template language, the renderer and the
checks), `val32_personal_a` to `_d` and `val32_clean_a` to `_c` (the templates).

Conventions beyond the package's:

* A pet, a fictional or game character, a mascot, a bot, a storm, a ship, an aircraft, a
  racehorse, a dish, a drink, a company or brand named after a person ("Ford", "Dell"), a
  product named like a person (the Billy bookcase, the Renault Zoe, the Ken doll), a prize,
  lecture, law, disease, algorithm or theorem named after a person, and a landmark, room or
  building named after a person (the Hemingway Suite, the Nightingale wing) are not PERSON
  or LOCATION spans; they appear in clean and personal prompts alike.
* A pen name is a PERSON span (it names a real person).
* A name inside a URL or inside an e-mail address is not a PERSON span (the e-mail address
  is an EMAIL_ADDRESS span). A role address ("bookings@...") is an EMAIL_ADDRESS span like
  any other; clean prompts therefore hold no e-mail address at all.
* Titles ("Dr", "Prof.", "Ms", "Sir", "Herr", "Sra.", "Cllr") stay outside the span.
* "Last, First" is one PERSON span; a bibliography's "Surname, A. B." is one PERSON span.
  The fields of a vCard N line ("Nakamura;Haruto") and of a CITATION.cff author are spans
  of their own.
* A git or Slack handle that is not a name (`@build-bot`, `hnakamura`) is not a span; a
  display name is.
* A multi-line street address in a letter is one LOCATION span, newline included; the
  fields of a vCard ADR line are spans of their own, except the postcode.
* A country name given as a nationality or residence ("citizenship": "Kenya") is a
  LOCATION span; a language or nationality adjective ("in Spanish", "British Shorthair")
  is not.
* A clean prompt contains no word of any name or place the part can plant (compared as
  whole words without case), and in a personal prompt every whole-word occurrence of such
  a word lies inside a gold span, a URL or an e-mail address. Exceptions: name particles
  ("van", "de", "bin", "Thị", "Văn"), words of two letters or fewer, generic place words
  ("New", "Port", "Cape"), and word-names (Hope, Will, Grace, Rose, Jade, Sky, Bill, Mark,
  Faith, Summer, Hunter, ...), which appear as everyday words in clean prompts ("we hope",
  "grace period", "will do", "bill me") and are checked only within the prompt that plants
  them. The renderer checks all of this and raises if it is violated.
"""

from __future__ import annotations

import functools
import random

from appliance.testing.pii_corpus import (
    Prompt,
    check,
    val32_clean_a,
    val32_clean_b,
    val32_clean_c,
    val32_names,
    val32_personal_a,
    val32_personal_b,
    val32_personal_c,
    val32_personal_d,
)
from appliance.testing.pii_corpus import val32_gen as gen

PERSONAL_TEMPLATES: tuple[gen.Template, ...] = tuple(
    val32_personal_a.TEMPLATES
    + val32_personal_b.TEMPLATES
    + val32_personal_c.TEMPLATES
    + val32_personal_d.TEMPLATES
)
CLEAN_TEMPLATES: tuple[gen.Template, ...] = tuple(
    val32_clean_a.TEMPLATES + val32_clean_b.TEMPLATES + val32_clean_c.TEMPLATES
)

SIZE = 700
PERSONAL = 420
WORD_NAMES = frozenset(val32_names.WORD_NAMES)
PARTICLES = val32_names.PARTICLES


def _validate_templates() -> None:
    ids = [tpl.id for tpl in PERSONAL_TEMPLATES + CLEAN_TEMPLATES]
    if len(ids) != len(set(ids)):
        raise ValueError("duplicate template id")
    for tpl in PERSONAL_TEMPLATES:
        if not gen.has_spans(tpl):
            raise ValueError(f"personal template {tpl.id} plants nothing")
    for tpl in CLEAN_TEMPLATES:
        if gen.has_spans(tpl):
            raise ValueError(f"clean template {tpl.id} plants a value")


def _plan(templates: tuple[gen.Template, ...], count: int, rng: random.Random) -> list:
    rounds, rest = divmod(count, len(templates))
    plan = list(templates) * rounds
    plan += rng.sample(list(templates), rest)
    return plan


@functools.cache
def _build() -> tuple[tuple[Prompt, ...], tuple[dict, ...]]:
    _validate_templates()
    gen.add_literals(list(PERSONAL_TEMPLATES))
    rng = random.Random("val32-plan")
    plan = _plan(PERSONAL_TEMPLATES, PERSONAL, rng)
    plan += _plan(CLEAN_TEMPLATES, SIZE - PERSONAL, rng)
    rng.shuffle(plan)
    renderer = gen.Renderer()
    out: list[Prompt] = []
    info: list[dict] = []
    for i, tpl in enumerate(plan, 1):
        pid = f"val32-{i:04d}"
        rendered = renderer.render(pid, tpl, f"val32-{i}")
        prompt = rendered.prompt
        if (tpl in CLEAN_TEMPLATES) != prompt.clean:
            raise ValueError(f"{pid} ({tpl.id}): clean/personal mismatch")
        out.append(prompt)
        info.append(
            {
                "id": pid,
                "template": tpl.id,
                "shape": tpl.shape,
                "domain": tpl.domain,
                "lang": tpl.lang,
                "cultures": sorted(rendered.cultures),
                "phones": dict(rendered.phones),
            }
        )
    check(out)
    return tuple(out), tuple(info)


def prompts() -> list[Prompt]:
    """The 700 prompts of val32, in their fixed shuffled order."""
    return list(_build()[0])


def meta() -> list[dict]:
    """One dict per prompt, in the same order: template id, shape, domain, language,
    the cultures of the names planted (word-names as "word") and each phone number as
    written with its ISO region."""
    return [
        {**m, "cultures": list(m["cultures"]), "phones": dict(m["phones"])} for m in _build()[1]
    ]
