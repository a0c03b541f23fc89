"""Tests of val9, a blind part of the labelled PII corpus: size and split, ids, gold spans
that pass `check`, determinism, minimum spans per entity, planted values valid for their
entity, clean prompts free of the part's planted names and places, and breadth (shapes,
templates, cultures)."""

from __future__ import annotations

import ipaddress
import re
from collections import Counter

import phonenumbers
import pytest

from appliance.testing.pii_corpus import check, val9
from appliance.testing.pii_corpus.val9_names import WORD_GIVEN_NAMES
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
EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")
# name particles too short or common to test as words on their own
PARTICLES = {"van", "der", "den", "de", "du", "del", "dela", "al", "el", "ben", "bin", "te"}


@pytest.fixture(scope="module")
def prompts():
    return val9.prompts()


def test_size_split_and_ids(prompts) -> None:
    assert len(prompts) == 700
    assert sum(not p.clean for p in prompts) == 420
    assert sum(p.clean for p in prompts) == 280
    assert [p.id for p in prompts] == [f"val9-{i:04d}" for i in range(1, 701)]


def test_check_passes(prompts) -> None:
    check(prompts)


def test_deterministic(prompts) -> None:
    assert val9.prompts() == prompts
    assert val9.meta() == val9.meta()


def test_minimum_spans(prompts) -> None:
    counts = Counter(g.entity for p in prompts for g in p.gold)
    for entity, minimum in MINIMUM.items():
        assert counts[entity] >= minimum, (entity, counts[entity])


def test_values_are_valid(prompts) -> None:
    meta = {m["id"]: m for m in val9.meta()}
    for p in prompts:
        for g in p.gold:
            value = p.text[g.start : g.end]
            if g.entity == "PHONE_NUMBER":
                region = None if value.startswith("+") else meta[p.id]["phones"][value]
                number = phonenumbers.parse(value, region)
                assert phonenumbers.is_valid_number(number), (p.id, value, region)
            elif g.entity == "CREDIT_CARD":
                digits = re.sub(r"[ -]", "", value)
                assert digits.isdigit() and len(digits) in (15, 16) and luhn_ok(digits), value
            elif g.entity == "IBAN_CODE":
                assert iban_check_digits_ok(value), value
            elif g.entity == "US_SSN":
                assert ssn_ok(value), value
            elif g.entity == "IP_ADDRESS":
                ipaddress.ip_address(value)
            elif g.entity == "EMAIL_ADDRESS":
                assert EMAIL.match(value), value
            elif g.entity == "ACCOUNT_NUMBER":
                assert re.fullmatch(r"\d[\d -]{6,}\d", value), value
            elif g.entity == "PERSON":
                assert not re.search(r"[\d@/]", value), value


def test_clean_prompts_hold_no_planted_name_or_place(prompts) -> None:
    everyday = {w.lower() for w in WORD_GIVEN_NAMES}
    planted: set[str] = set()
    for p in prompts:
        for g in p.gold:
            if g.entity not in ("PERSON", "LOCATION"):
                continue
            value = p.text[g.start : g.end]
            if any(ch.isdigit() for ch in value):
                continue  # street addresses: their city is planted on its own too
            planted.add(value.lower())
            if g.entity == "PERSON":
                for token in re.split(r"[\s,.]+", value):
                    if len(token) > 2 and token.lower() not in PARTICLES:
                        planted.add(token.lower())
    planted -= everyday
    words = [re.compile(rf"(?<!\w){re.escape(w)}(?!\w)", re.IGNORECASE) for w in sorted(planted)]
    for p in prompts:
        if p.clean:
            found = [w.pattern for w in words if w.search(p.text)]
            assert not found, (p.id, found, p.text)


def test_breadth(prompts) -> None:
    meta = val9.meta()
    shapes = {p.shape for p in prompts}
    assert len(shapes) >= 18
    for shape in shapes:
        kinds = {p.clean for p in prompts if p.shape == shape}
        assert kinds == {True, False}, shape
    assert len({m["template"] for m in meta}) >= 220
    assert len(val9.templates()) >= 220
    assert len({c for m in meta for c in m["cultures"]}) >= 60
