"""Tests of val18, the eighteenth blind part of the labelled PII corpus: size and split, ids,
gold spans that pass `check()`, determinism, minimum spans per entity, gold values that are
valid of their kind, clean prompts free of the part's planted names and places, and the
breadth of shapes, templates and cultures."""

from __future__ import annotations

import ipaddress
import re
from collections import Counter

import phonenumbers
import pytest

from appliance.testing.pii_corpus import ENTITIES, check, val18
from appliance.testing.pii_corpus.val18_names import WORD_NAMES
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
EMAIL = re.compile(r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$")


@pytest.fixture(scope="module")
def prompts():
    return val18.prompts()


def test_size_split_and_ids(prompts) -> None:
    assert len(prompts) == 700
    assert sum(not p.clean for p in prompts) == 420
    assert sum(p.clean for p in prompts) == 280
    assert [p.id for p in prompts] == [f"val18-{i:04d}" for i in range(1, 701)]
    assert len(val18.meta()) == 700


def test_check_passes(prompts) -> None:
    check(prompts)
    assert all(g.entity in ENTITIES for p in prompts for g in p.gold)


def test_deterministic() -> None:
    assert val18.prompts() == val18.prompts()
    assert val18.meta() == val18.meta()


def test_minimum_spans(prompts) -> None:
    counts = Counter(g.entity for p in prompts for g in p.gold)
    for entity, minimum in MINIMUM.items():
        assert counts[entity] >= minimum, (entity, counts[entity])


def test_gold_values_are_valid(prompts) -> None:
    for p, m in zip(prompts, val18.meta(), strict=True):
        for g in p.gold:
            value = p.text[g.start : g.end]
            if g.entity == "PHONE_NUMBER":
                region = None if value.startswith("+") else m["phone_regions"][g.start]
                number = phonenumbers.parse(value, region)
                assert phonenumbers.is_valid_number(number), (p.id, value, region)
            elif g.entity == "CREDIT_CARD":
                assert re.fullmatch(r"[\d -]+", value), (p.id, value)
                assert luhn_ok(re.sub(r"\D", "", value)), (p.id, value)
            elif g.entity == "IBAN_CODE":
                assert iban_check_digits_ok(value), (p.id, value)
            elif g.entity == "US_SSN":
                assert ssn_ok(value), (p.id, value)
            elif g.entity == "IP_ADDRESS":
                ipaddress.ip_address(value)
            elif g.entity == "EMAIL_ADDRESS":
                assert EMAIL.match(value), (p.id, value)
            elif g.entity == "ACCOUNT_NUMBER":
                assert re.fullmatch(r"\d[\d-]{6,}\d", value), (p.id, value)
            elif g.entity in ("PERSON", "LOCATION"):
                assert value[0].isalnum() and not value.endswith("'s"), (p.id, value)


def test_clean_prompts_hold_no_planted_name_or_place(prompts) -> None:
    planted = {
        p.text[g.start : g.end].lower()
        for p in prompts
        for g in p.gold
        if g.entity in ("PERSON", "LOCATION")
    }
    planted -= WORD_NAMES
    pattern = re.compile(
        r"(?<!\w)("
        + "|".join(re.escape(v) for v in sorted(planted, key=len, reverse=True))
        + r")(?!\w)"
    )
    for p in prompts:
        if p.clean:
            found = pattern.search(p.text.lower())
            assert found is None, (p.id, found and found.group())


def test_breadth(prompts) -> None:
    personal_shapes = {p.shape for p in prompts if not p.clean}
    clean_shapes = {p.shape for p in prompts if p.clean}
    assert len(personal_shapes & clean_shapes) >= 18
    templates = {m["template"] for m in val18.meta()}
    assert len(templates) >= 220
    cultures = {c for m in val18.meta() for c in m["cultures"]}
    assert len(cultures) >= 60
