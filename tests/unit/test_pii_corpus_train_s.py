"""Tests of the `train_s` training generator: the same word as a person and as a thing.

They check the labelling rules of its brief with their own code (not the generator's
`violations`), the validity of the planted values, and its breadth."""

from __future__ import annotations

import functools
import ipaddress
import re
import time
import unicodedata

import phonenumbers
import pytest

from appliance.testing.pii_corpus import ENTITIES, Prompt, check, train_s
from appliance.testing.pii_corpus.train_s_lexicon import words
from appliance.testing.pii_corpus.train_s_names import FAMOUS, culture_names, cultures
from appliance.testing.pii_corpus.train_s_templates import (
    PERSONAL_SLOTS,
    SLOT_NAMES,
    templates,
)
from appliance.testing.pii_corpus.validity import iban_check_digits_ok, luhn_ok, ssn_ok

SEEDS = (11, 22, 33)
COUNT = 500
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
URL = re.compile(r"https?://\S+")
NATIONAL_REGIONS = ("US", "GB", "DE", "FR", "ES", "IT", "NL", "TR")


@functools.cache
def sample(seed: int) -> tuple[tuple[Prompt, tuple[tuple[int, int], ...]], ...]:
    return tuple((p, tuple(things)) for p, things in train_s.prompts_with_things(seed, COUNT))


def everything() -> list[tuple[Prompt, tuple[tuple[int, int], ...]]]:
    return [item for seed in SEEDS for item in sample(seed)]


def fold(text: str) -> str:
    text = text.casefold()
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@functools.cache
def ambiguous_pattern() -> re.Pattern[str]:
    keys = sorted(words(), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, keys)) + r")(?!\w)", re.IGNORECASE)


@functools.cache
def lexicon_parts() -> frozenset[str]:
    """The recorded part of every listed non-person use, lower case."""
    return frozenset(
        p.text[a:b].lower() for w in words().values() for p in w.phrases for a, b in p.spans
    )


def inside(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(s <= span[0] and span[1] <= e for s, e in spans)


# the API --------------------------------------------------------------------------------


def test_prompts_pass_check_with_ids_and_count():
    made = train_s.prompts(5, 60)
    check(made)
    assert len(made) == 60
    assert [p.id for p in made] == [f"trains-5-{i:05d}" for i in range(1, 61)]
    assert all(isinstance(p, Prompt) and p.text for p in made)
    assert all(g.entity in ENTITIES for p in made for g in p.gold)


def test_deterministic_per_seed_and_prefix_stable():
    first = train_s.prompts_with_things(9, 120)
    again = train_s.prompts_with_things(9, 120)
    assert first == again
    assert train_s.prompts(9, 40) == [p for p, _ in first[:40]]


def test_seeds_differ():
    a = [p.text for p in train_s.prompts(1, 50)]
    b = [p.text for p in train_s.prompts(2, 50)]
    assert sum(x != y for x, y in zip(a, b, strict=True)) >= 45


def test_ten_thousand_prompts_in_well_under_a_minute():
    start = time.perf_counter()
    made = train_s.prompts(4242, 10_000)
    elapsed = time.perf_counter() - start
    assert len(made) == 10_000 and len({p.id for p in made}) == 10_000
    assert elapsed < 45, elapsed


@pytest.mark.parametrize("seed", SEEDS)
def test_clean_share_between_40_and_60_percent(seed):
    share = sum(p.clean for p, _ in sample(seed)) / COUNT
    assert 0.40 <= share <= 0.60, share


# labelling rules --------------------------------------------------------------------------


def test_recorded_phrases_are_sane_and_never_overlap_gold():
    for p, things in everything():
        gold = [(g.start, g.end) for g in p.gold]
        for a, b in things:
            assert 0 <= a < b <= len(p.text), (p.id, a, b)
            assert p.text[a:b] == p.text[a:b].strip(), (p.id, p.text[a:b])
            assert not any(a < e and s < b for s, e in gold), (p.id, p.text[a:b])


def test_every_person_and_place_occurrence_is_gold_or_exempt():
    for p, things in everything():
        if p.clean:
            continue
        text = p.text
        exempt = [(g.start, g.end) for g in p.gold] + list(things)
        exempt += [m.span() for m in EMAIL.finditer(text)] + [m.span() for m in URL.finditer(text)]
        targets: set[str] = set()
        for g in p.gold:
            value = text[g.start : g.end]
            if g.entity in ("PERSON", "LOCATION"):
                targets.add(value)
            if g.entity == "PERSON":
                targets.update(t for t in re.split(r"[\s,]+", value) if len(t.strip(".")) > 1)
        for target in targets:
            for m in re.finditer(r"(?<!\w)" + re.escape(target) + r"(?!\w)", text, re.IGNORECASE):
                assert inside(m.span(), exempt), (p.id, target, text)


def test_clean_prompts_have_no_gold_and_every_ambiguous_word_recorded():
    pattern = ambiguous_pattern()
    for p, things in everything():
        if not p.clean:
            continue
        assert p.gold == ()
        for m in pattern.finditer(p.text):
            assert inside(m.span(), list(things)), (p.id, m.group(), p.text)


def test_ambiguous_words_in_personal_prompts_are_gold_or_recorded():
    pattern = ambiguous_pattern()
    for p, things in everything():
        if p.clean:
            continue
        covered = [(g.start, g.end) for g in p.gold] + list(things)
        covered += [m.span() for m in EMAIL.finditer(p.text)] + [
            m.span() for m in URL.finditer(p.text)
        ]
        for m in pattern.finditer(p.text):
            assert inside(m.span(), covered), (p.id, m.group(), p.text)


def test_same_word_as_person_and_as_thing_side_by_side():
    table = words()
    personal = [(p, t) for p, t in everything() if not p.clean]
    both = same = 0
    for p, things in personal:
        person_words = {
            tok.lower()
            for g in p.gold
            if g.entity == "PERSON"
            for tok in re.split(r"[\s,]+", p.text[g.start : g.end])
            if tok.lower() in table
        }
        thing_texts = [p.text[a:b].lower() for a, b in things]
        listed = [t for t in thing_texts if t in lexicon_parts()]
        if person_words and listed:
            both += 1
        if any(re.search(r"(?<!\w)" + re.escape(w), t) for w in person_words for t in thing_texts):
            same += 1
    assert both / len(personal) >= 0.40, both / len(personal)
    assert same / len(personal) >= 0.20, same / len(personal)


def test_most_prompts_hold_a_listed_non_person_use():
    items = everything()
    hits = sum(
        any(p.text[a:b].lower() in lexicon_parts() for a, b in things) for p, things in items
    )
    assert hits / len(items) >= 0.70, hits / len(items)


def test_planted_structured_values_are_valid():
    seen: set[str] = set()
    for p, _ in everything():
        for g in p.gold:
            value = p.text[g.start : g.end]
            seen.add(g.entity)
            if g.entity == "CREDIT_CARD":
                digits = re.sub(r"[ -]", "", value)
                assert digits.isdigit() and luhn_ok(digits), value
            elif g.entity == "IBAN_CODE":
                assert iban_check_digits_ok(value), value
            elif g.entity == "US_SSN":
                assert ssn_ok(value), value
            elif g.entity == "PHONE_NUMBER":
                assert phone_ok(value), value
            elif g.entity == "EMAIL_ADDRESS":
                assert EMAIL.fullmatch(value), value
            elif g.entity == "IP_ADDRESS":
                ipaddress.ip_address(value)
            elif g.entity == "ACCOUNT_NUMBER":
                assert value.isdigit() and 8 <= len(value) <= 12, value
                assert re.search(
                    r"account", p.text[max(0, g.start - 40) : g.start], re.IGNORECASE
                ), p.text
    assert set(ENTITIES) <= seen, set(ENTITIES) - seen


def phone_ok(value: str) -> bool:
    if value.startswith("+"):
        return phonenumbers.is_valid_number(phonenumbers.parse(value, None))
    for region in NATIONAL_REGIONS:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(value, region)):
                return True
        except phonenumbers.NumberParseException:
            continue
    return False


def test_no_famous_person_planted():
    for p, _ in everything():
        for g in p.gold:
            if g.entity == "PERSON":
                assert p.text[g.start : g.end].lower() not in {f.lower() for f in FAMOUS}, p.text


def test_no_placeholder_left():
    for p, _ in everything():
        assert "[[" not in p.text and "]]" not in p.text, p.text
        assert not re.search(r"\{[a-z0-9_]*\}", p.text), p.text
        assert "None" not in p.text, p.text


# person forms and shapes ------------------------------------------------------------------


def test_person_forms_are_varied():
    forms = {
        "title": 0,
        "last_first": 0,
        "initials": 0,
        "lower": 0,
        "possessive": 0,
        "handle": 0,
        "suffix": 0,
    }
    titles = re.compile(
        r"(?:Mr\.?|Mrs|Ms\.?|Miss|Dr\.?|Prof\.|Mx|Coach|Herr|Frau|Sr\.|Sra\.|M\.|Mme|Sig\.|dhr\.|mevr\.)\s$"
    )
    for p, _ in everything():
        for g in p.gold:
            if g.entity != "PERSON":
                continue
            value, before, after = p.text[g.start : g.end], p.text[: g.start], p.text[g.end :]
            forms["title"] += bool(titles.search(before))
            forms["last_first"] += ", " in value
            forms["initials"] += bool(re.match(r"^[A-Z]\. ", value))
            forms["lower"] += value == value.lower() and value.upper() != value
            forms["possessive"] += after.startswith("'s")
            forms["suffix"] += after.startswith((" Bey", " Hanım", " Hoca"))
        forms["handle"] += bool(re.search(r"(?<!\w)@\w+", EMAIL.sub("", p.text)))
    assert all(count >= 5 for count in forms.values()), forms


def test_shapes_seen_clean_and_personal():
    seen = {(p.shape, p.clean) for p, _ in everything()}
    shapes = {shape for shape, _ in seen}
    assert len(shapes) >= 18, shapes
    for shape in shapes:
        assert (shape, True) in seen and (shape, False) in seen, shape


def test_paste_and_other_languages_are_present():
    langs = {t.lang for t in templates()} | {t.src for t in templates()}
    assert {"es", "de", "fr", "it", "pt", "tr", "nl"} <= langs
    paste_langs = {t.lang for t in templates() if t.shape == "paste"} | {
        t.src for t in templates() if t.shape == "paste"
    }
    assert {"es", "de", "fr", "it", "pt", "tr", "nl", "*"} <= paste_langs


# the lists ------------------------------------------------------------------------------------


def test_breadth_of_the_lists():
    table = words()
    phrases = [p for w in table.values() for p in w.phrases]
    assert len(table) >= 600, len(table)
    assert len(phrases) >= 1500, len(phrases)
    assert len(culture_names()) >= 40, len(culture_names())
    assert len(templates()) >= 250, len(templates())
    family = [w for w in table.values() if w.family]
    foreign = [
        w for w in table.values() if w.kind not in ("given", "family", "place", "brand", "world")
    ]
    assert len(family) >= 350, len(family)
    assert len(foreign) >= 200, len(foreign)
    assert any(not c.latin for c in cultures().values())


def test_every_listed_use_records_its_word():
    for w in words().values():
        assert w.given or w.family, w.word
        assert w.phrases, w.word
        for p in w.phrases:
            assert p.spans, p
            for a, b in p.spans:
                part = p.text[a:b]
                assert part and part == part.strip(), (w.word, p.text)
                assert fold(p.word) in fold(part), (w.word, p.text)
            assert not set(p.text) & set('"&[]{}<>'), (w.word, p.text)
            if not p.clause:
                assert "," not in p.text, (w.word, p.text)


def test_templates_are_well_formed():
    for t in templates():
        names = re.findall(r"\[\[([^\[\]]+)\]\]", t.text)
        assert names, t.text
        for name in names:
            assert name.rstrip("^").split(".")[0] in SLOT_NAMES, (name, t.text)
        if t.clean:
            assert not PERSONAL_SLOTS.search(t.text), t.text
        else:
            assert re.search(r"\[\[[PQR](\.\w+)?\]\]", t.text), t.text
        assert re.search(r"\[\[(T|C|F|S|SN)\^?\]\]", t.text) or t.shape in ("voice",), t.text
