"""val39: a blind validation part of the labelled PII corpus, 700 prompts (420 carrying
personal data, 280 clean), ids val39-0001 ... val39-0700, shuffled with a fixed seed.

Blind: its author read only the package's `__init__.py` (the `Prompt`/`Gold`/`compose`/`check`
API and the gold conventions) and `validity.py`; no other part, no recognizer, no docs. Every
template, name, place and decoy was written from memory (no name list, no Faker);
`phonenumbers` is used only to check and format phone numbers.

Domains, away from retail and support: opera houses, theatres and orchestras (works and roles
named after characters: Carmen, Tosca, Figaro, Othello ...), perfumeries (Chanel No. 5, Miss
Dior, Jo Malone), distilleries, breweries and bars (Johnnie Walker, Jack Daniel's, Tom Collins,
Bloody Mary, Shirley Temple, Rob Roy), marinas and yacht clubs (boats named like people), rose
and plant nurseries (cultivars: Gertrude Jekyll, Albertine, Bramley), bakeries and
patisseries (madeleine, charlotte, pavlova, Sachertorte), physics and engineering labs (newton,
kelvin, tesla, Hooke's law), space agencies and telescopes (Hubble, James Webb, Kepler,
Rosalind Franklin rover), airports and stations named after people (Charles de Gaulle, JFK,
Ben Gurion, Jomo Kenyatta), schools and foundations (John F. Kennedy High School, Gates
Foundation), film and TV awards (Oscar, Emmy, Tony, BAFTA, Palme d'Or), voice assistants
(Alexa, Siri, Cortana, Bixby), software named like people (Jenkins, Django, pandas, Julia,
Ruby, Hudson, Kafka, Cassandra, Ansible), funeral homes and genealogy (the dead and the living
both PERSON), veterinary clinics and stables (animals named like people), escape rooms and
board-game cafés (Colonel Mustard, Professor Plum), real-estate agencies, tax advisers and
notaries, ferry and bus operators.

Shapes (each with personal and clean prompts): chat, email, sms, letter, form, ticket, notes,
minutes, transcript, json, toolcall, csv, tsv, markdown_table, html, xml, yaml, code, log,
git, diff, stacktrace, slack, jira, bibliography, ics, vcard, paste (an instruction around
pasted text, some in Spanish, German, French, Portuguese, Italian, Dutch, Polish, Swedish,
Turkish, Indonesian or Vietnamese) and voice (dictation without capitals or punctuation).

Modules: `val39_names_a`/`val39_names_b` (people's names of 98 cultures, about 1,700 given and
1,000 family names, and the word-names),
`val39_places` (countries, cities, regions, street addresses), `val39_values` (phones,
e-mails, cards, IBANs, IPs, SSNs, account numbers), `val39_decoys` (decoy values and pools),
`val39_gen` (the renderer and its checks), `val39_personal_a` ... `_e` and `val39_clean_a`
... `_c` (the templates), this module (the build).

Gold conventions beyond the package's:

* A pet, a fictional or game character, a mascot, a bot, a storm, a ship or ferry, an
  aircraft, a racehorse, a dish, a drink, a rose or apple cultivar, an opera or play and its
  roles, a company or brand named after a person ("Ford", "Dell", "Jo Malone"), a unit, law,
  disease, algorithm or theorem named after a person, and a landmark, airport, school,
  foundation, award, bus route or building named after a person are not PERSON or LOCATION
  spans; they appear in clean and personal prompts alike.
* A name inside a URL or inside an e-mail address is not a PERSON span (the e-mail address is
  an EMAIL_ADDRESS span). A role address ("bookings@...") is an EMAIL_ADDRESS span like any
  other, so clean prompts hold no e-mail address at all.
* Titles ("Dr", "Prof.", "Ms", "Sir", "Herr", "Señora", "Pak", "Bey", "Maître") and kinship
  words stay outside the span, so does a possessive "'s".
* "Last, First" is one PERSON span, and so are "FAMILY Given" in forms and a bibliography's
  "Surname, A. B.". Each mention of a person is its own span (a full name, then the first
  name alone later).
* A git/Slack handle that is not a name (`@build-bot`, `jdoe42`, `mnakamura`) is not a span;
  a display name is.
* A street address is one LOCATION span (its city inside it); streets named after people
  appear only inside such addresses. A city, region or country alone is a LOCATION span.
* A UK sort code, a routing number and a BIC next to an account number or IBAN are not spans;
  only the account number (where the text says it is one) and the IBAN are. Dates (a date of
  birth included), booking references and the like are no entity of the package: no spans.
* A country written as a nationality or a flag ("nationality": "Finland", "Flag: Sweden") and a
  publisher's city in a reference are LOCATION spans like any other place name.
* The deceased in funeral and genealogy texts are PERSON like the living; so are the people
  behind first names alone, lower-case names in chat and dictation, and all-caps family names.
* A clean prompt contains none of the part's planted names or places nor their words, compared
  as whole words without case; in a personal prompt every whole-word occurrence of one of its
  planted names or places lies in a gold span, outside URLs and e-mail addresses excepted.
  Both are checked while rendering. Name particles and markers (de, van, bin, al, Thị, Văn,
  ...) and one-letter initials are not compared as name words; generic words of place names
  and addresses (New, South, Saint, Street, Rue, Straße, numbers ...) are not compared as
  place words. Names and places whose words occur in any template's own text or in a decoy
  pool are left out of the pools before drawing.
* Word-names (Hope, Faith, Summer, Hunter, Jade, Sky, Dawn, Joy ...) are planted only where
  the text says they are people; the everyday words used in clean prompts ("will do", "bill
  me", "grace period", "mark as read", "a frank chat") are other words than those planted.
"""

from __future__ import annotations

import copy
import functools
import random

from appliance.testing.pii_corpus import Prompt, check, compose
from appliance.testing.pii_corpus import val39_clean_a as CA
from appliance.testing.pii_corpus import val39_clean_b as CB
from appliance.testing.pii_corpus import val39_clean_c as CC
from appliance.testing.pii_corpus import val39_decoys as D
from appliance.testing.pii_corpus import val39_personal_a as PA
from appliance.testing.pii_corpus import val39_personal_b as PB
from appliance.testing.pii_corpus import val39_personal_c as PC
from appliance.testing.pii_corpus import val39_personal_d as PD
from appliance.testing.pii_corpus import val39_personal_e as PE
from appliance.testing.pii_corpus.val39_gen import (
    TITLES,
    WORD,
    Builder,
    Template,
    literal_text,
    planted_words,
)

SEED = 39_0739
N_PERSONAL = 420
N_CLEAN = 280

PERSONAL_TEMPLATES: tuple[Template, ...] = tuple(
    PA.TEMPLATES + PB.TEMPLATES + PC.TEMPLATES + PD.TEMPLATES + PE.TEMPLATES
)
CLEAN_TEMPLATES: tuple[Template, ...] = tuple(CA.TEMPLATES + CB.TEMPLATES + CC.TEMPLATES)

_SCARCE = ("⟦card", "⟦iban", "⟦ssn", "⟦acct", "⟦ip")


def vocabulary() -> set[str]:
    """Every word the templates and decoys write themselves (case-folded): no planted name or
    place may share one."""
    text = [literal_text(tpl) for tpl in PERSONAL_TEMPLATES + CLEAN_TEMPLATES]
    text += [" ".join(pool) for pool in D.POOLS.values()] + [D.VOCAB_EXTRA]
    text += [" ".join(D.MONTHS), " ".join(pair for pairs in TITLES.values() for pair in pairs)]
    text += ["Monday Tuesday Wednesday Thursday Friday Saturday Sunday Dr Prof Mr Ms Mrs Sir"]
    return {w for w in WORD.findall(" ".join(text).casefold())}


def _plan(templates: tuple[Template, ...], count: int, rng: random.Random) -> list[Template]:
    """Every template once, then the rest drawn by weight (templates with scarce values drawn
    more often)."""
    weights = [
        tpl.weight
        * (2.0 if any(s in tpl.text for s in _SCARCE) else 1.0)
        * (0.4 if tpl.id.startswith("c-") and tpl.shape == "paste" else 1.0)
        for tpl in templates
    ]
    return list(templates) + rng.choices(templates, weights, k=count - len(templates))


@functools.cache
def _build() -> tuple[tuple[Prompt, ...], tuple[dict, ...]]:
    rng = random.Random(SEED)
    builder = Builder(vocabulary(), SEED)
    personal = [builder.render_checked(tpl, False) for tpl in _plan(PERSONAL_TEMPLATES,
                                                                    N_PERSONAL, rng)]  # fmt: skip
    clean = [builder.render_checked(tpl, True) for tpl in _plan(CLEAN_TEMPLATES, N_CLEAN, rng)]
    planted = planted_words(
        [n for r in personal for n in r.meta["names"]],
        [p for r in personal for p in r.meta["places"]],
    )
    for r in clean:
        text = "".join(p for p in r.pieces if isinstance(p, str))
        found = {w for w in WORD.findall(text.casefold())} & planted
        if found:
            raise ValueError(f"{r.template.id}: clean prompt holds planted words {found}")
    items = personal + clean
    rng.shuffle(items)
    prompts = []
    metas = []
    for i, r in enumerate(items, 1):
        prompts.append(compose(f"val39-{i:04d}", r.template.shape, r.pieces))
        metas.append({**r.meta, "clean": not prompts[-1].gold})
    check(prompts)
    return tuple(prompts), tuple(metas)


def prompts() -> list[Prompt]:
    """The 700 prompts of the part (the same on every call)."""
    return list(_build()[0])


def meta() -> list[dict]:
    """Per prompt, in the same order: template id, shape, cultures of the names used ("word"
    for word-names), phones (as written: ISO region), names and places planted."""
    return copy.deepcopy(list(_build()[1]))
