"""val33: a blind measured part of the labelled PII corpus, 700 prompts (420 with personal
data, 280 clean), written by an author who read only this package's `__init__.py` and
`validity.py`: no other part, no recognizer, no docs. Its templates, names, places, domains
and decoys are its own; no library's name list was used (`phonenumbers` only checks and
formats the phone numbers).

Domains, away from retail and support: airlines' loyalty and lost-baggage desks (aircraft
named after people), theme parks and rides named after characters, aquariums and marine
research (turtles and seals with people's names, research vessels), astronomy societies
(Halley, Hale-Bopp, craters), botanical seed banks (davidii, Banksia, Magnolia), bakeries
(Victoria sponge, Charlotte russe, madeleines), pharmacies (Valium, Xanax, Ozempic),
cosmetic shades (Ruby Woo, Marilyn), architecture (the Shard, the Guggenheim, Rockefeller
Center), maritime insurers, student housing, couriers and movers, tattoo studios and barbers,
language schools, model clubs (Piper Cub, Spitfire, Tiger Moth), charities named after people
(the Gates Foundation, Macmillan, Barnardo's), estate and probate lawyers, lab equipment
(Petri dish, Bunsen burner, Erlenmeyer flask, Geiger counter), sports trophies (the Stanley,
Ryder and Davis Cups) and AI assistants (Alexa, Siri, Claude, Gemini, Cortana).

Shapes (each with personal and clean prompts): chat, email, sms, letter, form, ticket, notes,
minutes, transcript, json, toolcall, csv, tsv, markdown_table, html, xml, yaml, code (Python,
JS, Go, SQL), log, git, diff, stacktrace, slack, jira, bibliography, ics, vcard, paste (an
instruction wrapping pasted text, in Spanish, German, French, Portuguese, Italian, Dutch,
Polish, Swedish, Turkish, Indonesian, Vietnamese or English) and voice (dictated, lower case,
no punctuation).

Modules: `val33_names` (people's names of 102 cultures, word-names, nicknames, particles),
`val33_places` (cities, regions, countries and street addresses of 89 countries),
`val33_values` (phones, e-mails, cards, IBANs, IPs, SSNs, account numbers, decoys),
`val33_gen` (the template language and renderer), `val33_personal_a` to `_e` and
`val33_clean_a` to `_c` (the templates).

Conventions beyond the package's (gold rules of this part):

* A pet, a fictional or game character, a mascot, a bot, a storm, a ship, an aircraft, a
  racehorse, a dish, a drink, a company or brand named after a person ("Ford", "Dell"), a
  law, disease, algorithm or theorem named after a person, and a landmark or building named
  after a person are not PERSON or LOCATION spans; they appear in clean and personal
  prompts alike.
* A name inside a URL or inside an e-mail address is not a PERSON span (the e-mail address
  is an EMAIL_ADDRESS span).
* A role address ("bookings@...") is an EMAIL_ADDRESS span like any other; so a business's
  phone number (a depot, a studio) is a PHONE_NUMBER span and its street address a
  LOCATION span. Clean prompts therefore hold no phone number, e-mail address or place.
* Titles ("Dr", "Prof.", "Ms", "Mr", "Frau", "Sra.", "Captain", "Capt.") stay outside the
  span; so does the "the" of "the Netherlands".
* A transcript's speaker label that is a name ("OKAFOR:") is a PERSON span; "Agent:",
  "Caller:" and "Alexa:" are not. A nickname ("Pippa", "Emeka") is a PERSON span.
* "Last, First" is one PERSON span; a bibliography's "Surname, A. B." is one PERSON span.
* A git/Slack handle that is not a name (`@build-bot`, `jdoe42`, `aokafor`) is not a span;
  a display name is.
* "City, Country" is two LOCATION spans; a street address with its postcode and city is one.
* A UK sort code is not a span; the account number next to it is an ACCOUNT_NUMBER.
* Separate fields of one name (CSV "surname" and "first_name" columns, a vCard's N:) are
  separate PERSON spans; a name written in one field or run of text is one span.
* The last four digits of a card ("card ending 4821") are not a span.
* Word-names (Hope, Will, Grace, Rose, Mark, Bill, Faith, Summer, Hunter, Jade, Sky, Joy,
  Ivy, Hazel) are planted only capitalised and only where the text says they are people;
  they are compared case-sensitively, so "we hope", "grace period", "will do" and "bill me"
  stay in clean prompts.
* A clean prompt contains none of the part's planted names or places (nor their words),
  compared as whole words without case; every whole-word occurrence of a planted name or
  place in a personal prompt is inside a gold span, outside URLs and e-mail addresses.
  Name particles ("van", "de", "bin", "Thị" ...) and generic place words ("New", "Saint",
  "Bay" ...) are not compared. Both checks run while rendering and raise if violated.
"""

from __future__ import annotations

import functools
import random
import re

from appliance.testing.pii_corpus import (
    Prompt,
    compose,
    val33_clean_a,
    val33_clean_b,
    val33_clean_c,
    val33_personal_a,
    val33_personal_b,
    val33_personal_c,
    val33_personal_d,
    val33_personal_e,
)
from appliance.testing.pii_corpus.val33_gen import WORD, Renderer, Template
from appliance.testing.pii_corpus.val33_names import PARTICLES, WORD_NAMES

PERSONAL_TEMPLATES: tuple[Template, ...] = (
    *val33_personal_a.TEMPLATES,
    *val33_personal_b.TEMPLATES,
    *val33_personal_c.TEMPLATES,
    *val33_personal_d.TEMPLATES,
    *val33_personal_e.TEMPLATES,
)
CLEAN_TEMPLATES: tuple[Template, ...] = (
    *val33_clean_a.TEMPLATES,
    *val33_clean_b.TEMPLATES,
    *val33_clean_c.TEMPLATES,
)

N_PERSONAL = 420
N_CLEAN = 280
SEED = 33

URL_OR_EMAIL = re.compile(
    r"(?:https?://|www\.)[^\s<>\"')\]]+|[\w.+%-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE
)
_RARE = re.compile(r"<<(CC|IB|IP|IX|SSN|AC)\d")


def _allocate(templates: tuple[Template, ...], total: int, rare_weight: float) -> list[int]:
    """How many prompts each template renders: at least one each, the rest by weight
    (templates planting cards, IBANs, IPs, SSNs or account numbers weigh more)."""
    weights = [rare_weight if _RARE.search(t.text) else 1.0 for t in templates]
    spare = total - len(templates)
    shares = [spare * w / sum(weights) for w in weights]
    counts = [1 + int(s) for s in shares]
    order = sorted(range(len(templates)), key=lambda i: (-(shares[i] - int(shares[i])), i))
    for i in order[: total - sum(counts)]:
        counts[i] += 1
    return counts


def _name_words(value: str) -> tuple[set[str], set[str]]:
    """The words of a planted name: (compared without case, compared with case)."""
    folded, exact = set(), set()
    for word in WORD.findall(value):
        if len(word) < 2 or word.casefold() in PARTICLES:
            continue
        if word in WORD_NAMES:
            exact.add(word)
        else:
            folded.add(word.casefold())
    return folded, exact


def planted(prompts: list[Prompt], metas: list[dict]) -> tuple[set[str], set[str], set[str]]:
    """The part's planted words (folded), word-names (exact) and whole place names."""
    folded: set[str] = set()
    exact: set[str] = set()
    places: set[str] = set()
    for p, m in zip(prompts, metas, strict=True):
        for g in p.gold:
            if g.entity == "PERSON":
                f, e = _name_words(p.text[g.start : g.end])
                folded |= f
                exact |= e
        folded |= set(m["place_words"])
        places |= set(m["places"])
    return folded, exact, places


def violations(prompt: Prompt, folded: set[str], exact: set[str], places: set[str]) -> list:
    """Whole-word occurrences of planted names or places that no gold span covers (outside
    URLs and e-mail addresses); in a clean prompt, every occurrence."""
    covered = [(g.start, g.end) for g in prompt.gold]
    if not prompt.clean:
        covered += [m.span() for m in URL_OR_EMAIL.finditer(prompt.text)]

    def free(start: int, end: int) -> bool:
        return not any(s <= start and end <= e for s, e in covered)

    found = []
    for m in WORD.finditer(prompt.text):
        word = m.group()
        if (word.casefold() in folded or word in exact) and free(*m.span()):
            found.append(word)
    for place in places:
        pattern = r"(?<!\w)" + re.escape(place) + r"(?!\w)"
        for m in re.finditer(pattern, prompt.text, re.IGNORECASE):
            if free(*m.span()):
                found.append(place)
    return found


@functools.cache
def _build() -> tuple[tuple[Prompt, ...], tuple[dict, ...]]:
    used: set[tuple[str, str]] = set()
    rendered = []
    for templates, total, weight in (
        (PERSONAL_TEMPLATES, N_PERSONAL, 2.2),
        (CLEAN_TEMPLATES, N_CLEAN, 1.0),
    ):
        for template, count in zip(templates, _allocate(templates, total, weight), strict=True):
            for k in range(count):
                rng = random.Random(f"val33:{template.id}:{k}")
                renderer = Renderer(template, rng, used)
                pieces = renderer.render()
                rendered.append((template, pieces, renderer.info))
    random.Random(SEED).shuffle(rendered)
    prompts, metas = [], []
    for i, (template, pieces, info) in enumerate(rendered, 1):
        prompt = compose(f"val33-{i:04d}", template.shape, pieces)
        if "<<" in prompt.text or ">>" in prompt.text:
            raise ValueError(f"{prompt.id}: placeholder left in {template.id}")
        personal = template in PERSONAL_TEMPLATES
        if personal != (not prompt.clean):
            raise ValueError(f"{prompt.id}: {template.id} planted nothing or too much")
        prompts.append(prompt)
        metas.append(
            {
                "template": template.id,
                "shape": template.shape,
                "domain": template.domain,
                "cultures": sorted(info.cultures),
                "phones": dict(info.phones),
                "places": sorted(info.places),
                "place_words": sorted(info.place_words),
            }
        )
    folded, exact, places = planted(prompts, metas)
    problems = []
    for p, m in zip(prompts, metas, strict=True):
        found = violations(p, folded, exact, places)
        if found:
            problems.append(f"{p.id} ({m['template']}): {sorted(set(found))}")
    if problems:
        raise ValueError("planted names or places outside gold spans:\n" + "\n".join(problems))
    return tuple(prompts), tuple(metas)


def prompts() -> list[Prompt]:
    """The 700 prompts of val33, in a fixed shuffled order."""
    return list(_build()[0])


def meta() -> list[dict]:
    """Per prompt (same order): template id, shape, domain, cultures of the names used
    ("word" for word-names), phones (as written -> ISO region), places planted."""
    return [dict(m) for m in _build()[1]]
