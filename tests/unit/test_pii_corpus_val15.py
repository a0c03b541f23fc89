"""Tests of val15, the fifteenth blind part of the labelled PII corpus: size and split,
spans, determinism, the minimum number of spans per entity, the validity of every planted
value, clean prompts free of the part's people and places, and its breadth (shapes,
templates, cultures)."""

from __future__ import annotations

import ipaddress
import re
from collections import Counter

import phonenumbers
import pytest

from appliance.testing.pii_corpus import ENTITIES, check, val15
from appliance.testing.pii_corpus.val15_gen import name_words
from appliance.testing.pii_corpus.val15_names import WORD_NAMES
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
EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")
TITLES = ("Dr", "Dr.", "Mr", "Mr.", "Mrs", "Ms", "Ms.", "Prof.", "Prof", "Sir")


@pytest.fixture(scope="module")
def prompts():
    return val15.prompts()


@pytest.fixture(scope="module")
def meta():
    return val15.meta()


def test_size_split_and_ids(prompts) -> None:
    assert len(prompts) == 700
    assert sum(not p.clean for p in prompts) == 420
    assert sum(p.clean for p in prompts) == 280
    assert [p.id for p in prompts] == [f"val15-{i:04d}" for i in range(1, 701)]


def test_check_passes(prompts) -> None:
    check(prompts)
    for p in prompts:
        assert all(g.entity in ENTITIES for g in p.gold)


def test_deterministic(prompts) -> None:
    assert val15.prompts() == prompts
    val15._made.cache_clear()
    assert val15.prompts() == prompts


def test_minimum_spans(prompts) -> None:
    counts = Counter(g.entity for p in prompts for g in p.gold)
    for entity, minimum in MINIMUM.items():
        assert counts[entity] >= minimum, (entity, counts[entity])


def test_every_span_is_a_plausible_value(prompts, meta) -> None:
    for p in prompts:
        regions = meta[p.id]["phone_regions"]
        for g in p.gold:
            value = p.text[g.start : g.end]
            where = (p.id, g.entity, value)
            if g.entity == "PHONE_NUMBER":
                region = None if value.startswith(("+", "(+")) else regions[value]
                assert phonenumbers.is_valid_number(phonenumbers.parse(value, region)), where
            elif g.entity == "CREDIT_CARD":
                digits = re.sub(r"[ -]", "", value)
                assert digits.isdigit() and len(digits) in (15, 16) and luhn_ok(digits), where
            elif g.entity == "IBAN_CODE":
                assert re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9 ]+", value) and iban_check_digits_ok(
                    value
                ), where
            elif g.entity == "US_SSN":
                assert re.fullmatch(r"\d{3}([- ]?)\d{2}\1\d{4}", value) and ssn_ok(value), where
            elif g.entity == "IP_ADDRESS":
                ipaddress.ip_address(value)
            elif g.entity == "EMAIL_ADDRESS":
                assert EMAIL.match(value), where
            elif g.entity == "ACCOUNT_NUMBER":
                assert sum(ch.isdigit() for ch in value) >= 7, where
                context = p.text[max(0, g.start - 250) : g.end + 60].lower()
                assert "acc" in context, where
            elif g.entity == "PERSON":
                assert not value.startswith("@") and not value.endswith("'s"), where
                assert value.split()[0] not in TITLES, where
                assert "@" not in value and "/" not in value, where
            elif g.entity == "LOCATION":
                assert value[0].isalnum() and "@" not in value, where


def test_every_occurrence_of_a_planted_name_is_labelled(prompts) -> None:
    for p in prompts:
        spans = [(g.start, g.end) for g in p.gold]
        for g in p.gold:
            if g.entity != "PERSON":
                continue
            value = p.text[g.start : g.end]
            for m in re.finditer(r"(?<!\w)" + re.escape(value) + r"(?!\w)", p.text):
                assert any(s <= m.start() and m.end() <= e for s, e in spans), (p.id, value)


def test_clean_prompts_hold_no_planted_person_or_place(prompts) -> None:
    words = set(WORD_NAMES)
    planted: set[str] = set()
    for p in prompts:
        for g in p.gold:
            value = p.text[g.start : g.end]
            if g.entity == "PERSON":
                planted.update(w for w in name_words(value) if w.capitalize() not in words)
            elif g.entity == "LOCATION":
                planted.add(value)
    pattern = re.compile(
        r"(?<!\w)(" + "|".join(sorted(map(re.escape, planted), key=len, reverse=True)) + r")(?!\w)",
        re.IGNORECASE,
    )
    for p in prompts:
        if p.clean:
            assert not pattern.search(p.text), (p.id, pattern.search(p.text))


def test_breadth(prompts, meta) -> None:
    personal_shapes = {p.shape for p in prompts if not p.clean}
    clean_shapes = {p.shape for p in prompts if p.clean}
    assert len(personal_shapes & clean_shapes) >= 18
    names = {t.name for t in val15.PERSONAL_TEMPLATES + val15.CLEAN_TEMPLATES}
    assert len(names) == len(val15.PERSONAL_TEMPLATES) + len(val15.CLEAN_TEMPLATES) >= 220
    used = {m["template"] for m in meta.values()}
    assert used == names
    cultures = {c for m in meta.values() for c in m["cultures"]}
    assert len(cultures) >= 60
