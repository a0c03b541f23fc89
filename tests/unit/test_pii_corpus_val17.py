"""Tests of val17, a blind part of the labelled PII corpus: size and split, ids, gold spans,
determinism, minimum spans per entity, validity of every planted value, clean prompts free
of the part's planted names and places, and its breadth (shapes, templates, cultures)."""

from __future__ import annotations

import collections
import ipaddress
import re

import phonenumbers
import pytest

from appliance.testing.pii_corpus import check, val17
from appliance.testing.pii_corpus.val17_gen import is_clean
from appliance.testing.pii_corpus.val17_names import WORD_NAMES
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


@pytest.fixture(scope="module")
def prompts() -> list:
    return val17.prompts()


def test_size_split_and_ids(prompts: list) -> None:
    assert len(prompts) == 700
    assert sum(p.clean for p in prompts) == 280
    assert sum(not p.clean for p in prompts) == 420
    assert [p.id for p in prompts] == [f"val17-{i:04d}" for i in range(1, 701)]
    assert len(val17.meta()) == 700


def test_check_passes(prompts: list) -> None:
    check(prompts)


def test_deterministic(prompts: list) -> None:
    assert val17.prompts() == prompts
    assert val17.meta() == val17.meta()


def test_minimum_spans(prompts: list) -> None:
    counts = collections.Counter(g.entity for p in prompts for g in p.gold)
    for entity, least in MINIMUM.items():
        assert counts[entity] >= least, (entity, counts[entity])


def test_values_are_valid(prompts: list) -> None:
    for p, m in zip(prompts, val17.meta(), strict=True):
        regions = dict(m.phones)
        for g in p.gold:
            value = p.text[g.start : g.end]
            if g.entity == "PHONE_NUMBER":
                region = None if value.startswith("+") else regions[value]
                number = phonenumbers.parse(value, region)
                assert phonenumbers.is_valid_number(number), (p.id, value)
            elif g.entity == "CREDIT_CARD":
                digits = re.sub(r"[ -]", "", value)
                assert digits.isdigit() and len(digits) in (15, 16), (p.id, value)
                assert luhn_ok(digits), (p.id, value)
            elif g.entity == "IBAN_CODE":
                assert iban_check_digits_ok(value), (p.id, value)
            elif g.entity == "US_SSN":
                assert ssn_ok(value), (p.id, value)
            elif g.entity == "IP_ADDRESS":
                ipaddress.ip_address(value)
            elif g.entity == "EMAIL_ADDRESS":
                assert EMAIL.match(value), (p.id, value)
            elif g.entity == "ACCOUNT_NUMBER":
                assert re.fullmatch(r"[\d -]{8,}", value), (p.id, value)
            else:
                assert value.strip() and "[[" not in value, (p.id, value)


def test_phones_are_recorded_with_their_region(prompts: list) -> None:
    for p, m in zip(prompts, val17.meta(), strict=True):
        phones = {p.text[g.start : g.end] for g in p.gold if g.entity == "PHONE_NUMBER"}
        assert phones <= set(dict(m.phones)), p.id


def test_no_slot_left(prompts: list) -> None:
    for p in prompts:
        assert "[[" not in p.text and "]]" not in p.text, p.id


def test_clean_prompts_hold_no_planted_name_or_place(prompts: list) -> None:
    # Given names that are everyday words ("Will", "Hope", "Rose") are planted on purpose
    # beside the same words used as words, so they are left out of this check.
    words = {w.lower() for w in WORD_NAMES}
    planted: set[str] = set()
    for p in prompts:
        for g in p.gold:
            if g.entity in ("PERSON", "LOCATION"):
                value = p.text[g.start : g.end].lower()
                if value not in words:
                    planted.add(value)
    found = []
    pattern = re.compile(
        r"(?<!\w)("
        + "|".join(re.escape(v) for v in sorted(planted, key=len, reverse=True))
        + r")(?!\w)"
    )
    for p in prompts:
        if p.clean:
            found += [(p.id, m.group(0)) for m in pattern.finditer(p.text.lower())]
    assert not found, found[:20]


def test_breadth() -> None:
    personal = val17.PERSONAL_TEMPLATES
    clean = val17.CLEAN_TEMPLATES
    assert len(personal) + len(clean) >= 220
    assert len({t.name for t in personal + clean}) == len(personal) + len(clean)
    assert all(not is_clean(t) for t in personal) and all(is_clean(t) for t in clean)
    both = {t.shape for t in personal} & {t.shape for t in clean}
    assert len(both) >= 18, both
    used = {m.template for m in val17.meta()}
    assert used == {t.name for t in personal + clean}
    cultures = {c for m in val17.meta() for c in m.cultures}
    assert len(cultures) >= 60, len(cultures)
