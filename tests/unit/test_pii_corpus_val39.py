"""Tests of val39, a blind part of the labelled PII corpus: size and split, the package's
`check`, determinism, span counts, plausibility of every planted value, clean prompts free of
planted names and places, no placeholder left, and breadth of templates, shapes and cultures."""

from __future__ import annotations

import ipaddress
import re
from collections import Counter

import phonenumbers
import pytest

from appliance.testing.pii_corpus import ENTITIES, check, val39
from appliance.testing.pii_corpus.val39_gen import (
    SHAPES,
    name_words,
    place_words,
    stray_words,
)
from appliance.testing.pii_corpus.validity import iban_check_digits_ok, luhn_ok, ssn_ok

MINIMUM = {
    "PERSON": 600,
    "LOCATION": 150,
    "PHONE_NUMBER": 200,
    "EMAIL_ADDRESS": 80,
    "CREDIT_CARD": 40,
    "IBAN_CODE": 40,
    "IP_ADDRESS": 40,
    "US_SSN": 30,
    "ACCOUNT_NUMBER": 30,
}
EMAIL = re.compile(
    r"[A-Za-z0-9](?:[A-Za-z0-9._%+-]*[A-Za-z0-9])?@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"
)
WORD = re.compile(r"\w+")
PLACEHOLDER = re.compile(
    r"\bp\d\.(?:full|first|last|init|lf|caps|lower|bib|nick|email|handle)\b"
    r"|\bd\d*\.(?:order|date|time|price|fee|sku|iso|version|hash|qty|dmy|hm)\b"
)


@pytest.fixture(scope="module")
def prompts():
    return val39.prompts()


@pytest.fixture(scope="module")
def meta():
    return val39.meta()


def _values(prompt, entity=None):
    return [
        (g.entity, prompt.text[g.start : g.end])
        for g in prompt.gold
        if entity is None or g.entity == entity
    ]


def test_size_split_and_ids(prompts, meta):
    assert len(prompts) == 700
    assert len(meta) == 700
    assert [p.id for p in prompts] == [f"val39-{i:04d}" for i in range(1, 701)]
    assert sum(not p.clean for p in prompts) == 420
    assert sum(p.clean for p in prompts) == 280
    # shuffled: clean and personal prompts are mixed through the part
    assert 90 < sum(p.clean for p in prompts[:350]) < 190


def test_check_passes(prompts):
    check(prompts)
    assert all(g.entity in ENTITIES for p in prompts for g in p.gold)
    assert all(p.shape in SHAPES for p in prompts)


def test_deterministic(prompts, meta):
    assert val39.prompts() == prompts
    assert val39.meta() == meta
    val39._build.cache_clear()
    assert val39.prompts() == prompts
    assert val39.meta() == meta


def test_meta_matches_prompts(prompts, meta):
    templates = {t.id for t in val39.PERSONAL_TEMPLATES + val39.CLEAN_TEMPLATES}
    for p, m in zip(prompts, meta, strict=True):
        assert {"template", "cultures", "phones"} <= set(m)
        assert m["template"] in templates
        assert m["clean"] == p.clean
        phones = [v for _, v in _values(p, "PHONE_NUMBER")]
        assert sorted(m["phones"]) == sorted(set(phones))
        assert sorted(m["names"]) == sorted(v for _, v in _values(p, "PERSON"))
        assert sorted(m["places"]) == sorted(v for _, v in _values(p, "LOCATION"))
        assert bool(m["cultures"]) == bool(m["names"])


def test_minimum_spans_per_entity(prompts):
    counts = Counter(g.entity for p in prompts for g in p.gold)
    for entity, least in MINIMUM.items():
        assert counts[entity] >= least, (entity, counts[entity])


def test_every_planted_value_is_plausible(prompts, meta):
    for p, m in zip(prompts, meta, strict=True):
        for entity, value in _values(p):
            assert value == value.strip() and "\n" not in value, (p.id, value)
            if entity == "PHONE_NUMBER":
                region = m["phones"][value]
                number = phonenumbers.parse(value, region)
                assert phonenumbers.is_valid_number_for_region(number, region), (p.id, value)
            elif entity == "CREDIT_CARD":
                assert re.fullmatch(r"\d+(?:[ -]\d+)*", value), (p.id, value)
                digits = re.sub(r"\D", "", value)
                assert 13 <= len(digits) <= 19 and luhn_ok(digits), (p.id, value)
            elif entity == "IBAN_CODE":
                assert re.fullmatch(r"[A-Z]{2}\d{2}(?: ?[A-Z0-9]{1,4})+", value), (p.id, value)
                assert iban_check_digits_ok(value), (p.id, value)
            elif entity == "IP_ADDRESS":
                ipaddress.ip_address(value)
            elif entity == "US_SSN":
                assert re.fullmatch(r"\d{3}([- ]?)\d{2}\1\d{4}", value), (p.id, value)
                assert ssn_ok(value), (p.id, value)
            elif entity == "EMAIL_ADDRESS":
                assert EMAIL.fullmatch(value) and ".." not in value, (p.id, value)
            elif entity == "ACCOUNT_NUMBER":
                assert re.fullmatch(r"[\d-]{8,16}", value), (p.id, value)
                assert len(re.sub(r"\D", "", value)) >= 8, (p.id, value)
            else:
                assert re.search(r"\w", value), (p.id, value)


def test_clean_prompts_hold_no_planted_name_or_place(prompts, meta):
    names = {n for m in meta for n in m["names"]}
    places = {pl for m in meta for pl in m["places"]}
    assert names and places
    words = set()
    for n in names:
        words |= name_words(n)
    for pl in places:
        words |= place_words(pl)
    phrases = [
        re.compile(rf"(?<!\w){re.escape(v)}(?!\w)", re.IGNORECASE)
        for v in names | places
        if len(v) > 3
    ]
    for p in prompts:
        if not p.clean:
            continue
        found = set(WORD.findall(p.text.casefold())) & words
        assert not found, (p.id, found)
        assert not [r.pattern for r in phrases if r.search(p.text)], p.id


def test_planted_names_and_places_occur_only_in_spans(prompts, meta):
    for p, m in zip(prompts, meta, strict=True):
        if p.clean:
            continue
        words = set()
        for n in m["names"]:
            words |= name_words(n)
        for pl in m["places"]:
            words |= place_words(pl)
        spans = [(g.start, g.end) for g in p.gold]
        assert not stray_words(p.text, spans, words), p.id


def test_no_placeholder_left(prompts):
    for p in prompts:
        assert "⟦" not in p.text and "⟧" not in p.text, p.id
        assert not PLACEHOLDER.search(p.text), p.id


def test_breadth(prompts, meta):
    assert len(val39.PERSONAL_TEMPLATES) + len(val39.CLEAN_TEMPLATES) >= 240
    ids = [t.id for t in val39.PERSONAL_TEMPLATES + val39.CLEAN_TEMPLATES]
    assert len(ids) == len(set(ids))
    assert len({m["template"] for m in meta}) >= 220
    personal_shapes = {p.shape for p in prompts if not p.clean}
    clean_shapes = {p.shape for p in prompts if p.clean}
    assert len(personal_shapes & clean_shapes) >= 18
    cultures = {c for m in meta for c in m["cultures"]}
    assert len(cultures) >= 60
    assert "word" in cultures
    regions = {r for m in meta for r in m["phones"].values()}
    assert len(regions) >= 15
    iban_countries = {v[:2] for p in prompts for _, v in _values(p, "IBAN_CODE")}
    assert len(iban_countries) >= 10
    people = {n for m in meta for n in m["names"]}
    assert len(people) >= 1000
