"""Tests of val22, the blind part of the labelled PII corpus written from `__init__.py` and
`validity.py` alone: size and split, ids, spans, determinism, the minimum spans per entity, the
validity of every planted value, clean prompts free of the part's planted names and places,
and the breadth of templates, shapes and cultures."""

from __future__ import annotations

import ipaddress
import re
from collections import Counter

import phonenumbers
import pytest

from appliance.testing.pii_corpus import check, val22
from appliance.testing.pii_corpus.val22_gen import Banned, banned_words
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


def test_size_split_and_ids() -> None:
    ps = val22.prompts()
    assert len(ps) == 700
    assert sum(1 for p in ps if p.gold) == 420
    assert sum(1 for p in ps if p.clean) == 280
    assert [p.id for p in ps] == [f"val22-{i:04d}" for i in range(1, 701)]
    assert len(val22.meta()) == 700


def test_check_passes() -> None:
    check(val22.prompts())


def test_deterministic() -> None:
    assert val22.prompts() == val22.prompts()
    assert val22.meta() == val22.meta()


def test_minimum_spans_per_entity() -> None:
    counts = Counter(g.entity for p in val22.prompts() for g in p.gold)
    for entity, least in MINIMUM.items():
        assert counts[entity] >= least, (entity, counts[entity])


def test_every_value_is_plausible() -> None:
    for p, m in zip(val22.prompts(), val22.meta(), strict=True):
        for g in p.gold:
            value = p.text[g.start : g.end]
            if g.entity == "PHONE_NUMBER":
                region = None if value.startswith("+") else m["phones"][value]
                assert phonenumbers.is_valid_number(phonenumbers.parse(value, region)), (
                    p.id,
                    value,
                )
            elif g.entity == "CREDIT_CARD":
                digits = re.sub(r"[ -]", "", value)
                assert digits.isdigit() and 13 <= len(digits) <= 19 and luhn_ok(digits), (
                    p.id,
                    value,
                )
            elif g.entity == "IBAN_CODE":
                assert iban_check_digits_ok(value), (p.id, value)
            elif g.entity == "US_SSN":
                assert ssn_ok(value), (p.id, value)
            elif g.entity == "IP_ADDRESS":
                ipaddress.ip_address(value)
            elif g.entity == "EMAIL_ADDRESS":
                assert EMAIL.match(value), (p.id, value)
            elif g.entity == "ACCOUNT_NUMBER":
                assert re.fullmatch(r"[\d-]{8,16}", value), (p.id, value)
            else:
                assert value.strip() and not value.startswith(
                    ("Dr ", "Dr.", "Mr ", "Mr.", "Mrs ", "Rev")
                ), (p.id, value)


def test_clean_prompts_hold_no_planted_name_or_place() -> None:
    ps = val22.prompts()
    banned = Banned(banned_words([p for p in ps if p.gold]))
    assert len(banned.words) > 300
    for p in ps:
        if p.clean:
            assert banned.find(p.text) is None, (p.id, banned.find(p.text))


@pytest.mark.parametrize("needle", ["§", "$order", "{$"])
def test_no_placeholder_left(needle: str) -> None:
    for p in val22.prompts():
        assert needle not in p.text, p.id


def test_breadth_of_templates_shapes_and_cultures() -> None:
    ps, ms = val22.prompts(), val22.meta()
    assert len(val22.PERSONAL_TEMPLATES) + len(val22.CLEAN_TEMPLATES) >= 220
    assert len({m["template"] for m in ms}) >= 220
    personal_shapes = {p.shape for p in ps if p.gold}
    clean_shapes = {p.shape for p in ps if p.clean}
    assert len(personal_shapes & clean_shapes) >= 18
    cultures = {c for m in ms for c in m["cultures"]} - {"word"}
    assert len(cultures) >= 60


def test_word_names_and_foreign_pastes_present() -> None:
    ms = val22.meta()
    assert sum(1 for m in ms if "word" in m["cultures"]) >= 20
    assert sum(1 for p in val22.prompts() if p.shape == "paste" and p.gold) >= 40
