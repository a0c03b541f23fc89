"""Tests of val14, a blind part of the labelled PII corpus: size and split, ids, gold spans,
determinism, minimum spans per entity, plausible values, clean prompts free of the part's
planted names and places, and the breadth of templates, shapes and cultures."""

from __future__ import annotations

import ipaddress
import re
from collections import Counter

import phonenumbers

from appliance.testing.pii_corpus import check, val14
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
EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")


def test_size_split_and_ids() -> None:
    prompts = val14.prompts()
    assert len(prompts) == 700
    assert sum(not p.clean for p in prompts) == 420
    assert sum(p.clean for p in prompts) == 280
    assert [p.id for p in prompts] == [f"val14-{i:04d}" for i in range(1, 701)]


def test_check_passes() -> None:
    check(val14.prompts())


def test_deterministic() -> None:
    assert val14.prompts() == val14.prompts()
    assert val14.meta() == val14.meta()


def test_minimum_spans_per_entity() -> None:
    counts = Counter(g.entity for p in val14.prompts() for g in p.gold)
    for entity, minimum in MINIMUM.items():
        assert counts[entity] >= minimum, (entity, counts[entity])


def test_spans_are_plausible_values() -> None:
    for p, m in zip(val14.prompts(), val14.meta(), strict=True):
        regions = dict(m["phone_regions"])  # type: ignore[call-overload]
        for g in p.gold:
            value = p.text[g.start : g.end]
            if g.entity == "PHONE_NUMBER":
                region = None if value.startswith("+") else regions[value]
                assert phonenumbers.is_valid_number(phonenumbers.parse(value, region)), value
            elif g.entity == "CREDIT_CARD":
                digits = re.sub(r"[ -]", "", value)
                assert digits.isdigit() and 13 <= len(digits) <= 19 and luhn_ok(digits), value
            elif g.entity == "IBAN_CODE":
                assert iban_check_digits_ok(value), value
            elif g.entity == "US_SSN":
                assert ssn_ok(value), value
            elif g.entity == "IP_ADDRESS":
                ipaddress.ip_address(value)
            elif g.entity == "EMAIL_ADDRESS":
                assert EMAIL.match(value), value
            elif g.entity == "ACCOUNT_NUMBER":
                assert re.fullmatch(r"[0-9][0-9 -]{5,22}[0-9]", value), value
            else:
                assert any(ch.isalpha() for ch in value), value


def test_every_occurrence_of_a_planted_value_is_labelled() -> None:
    for p in val14.prompts():
        spans = [(g.start, g.end) for g in p.gold]
        for g in p.gold:
            value = p.text[g.start : g.end]
            for m in re.finditer(rf"(?<!\w){re.escape(value)}(?!\w)", p.text):
                assert any(s <= m.start() and m.end() <= e for s, e in spans), (p.id, value)


def test_clean_prompts_hold_no_planted_name_or_place() -> None:
    prompts = val14.prompts()
    planted = {
        p.text[g.start : g.end].lower()
        for p in prompts
        for g in p.gold
        if g.entity in ("PERSON", "LOCATION")
    }
    pattern = re.compile(
        r"(?<!\w)("
        + "|".join(re.escape(v) for v in sorted(planted, key=len, reverse=True))
        + r")(?!\w)"
    )
    for p in prompts:
        if p.clean:
            found = pattern.search(p.text.lower())
            assert found is None, (p.id, found.group(0) if found else None)
            assert "@" not in p.text, p.id


def test_breadth() -> None:
    prompts = val14.prompts()
    meta = val14.meta()
    templates = {m["template"] for m in meta}
    assert len(templates) >= 220
    assert len(val14.PERSONAL_TEMPLATES) + len(val14.CLEAN_TEMPLATES) >= 220
    shapes_personal = {p.shape for p in prompts if not p.clean}
    shapes_clean = {p.shape for p in prompts if p.clean}
    assert len(shapes_personal & shapes_clean) >= 18
    assert shapes_personal == shapes_clean
    cultures = {c for m in meta for c in m["cultures"]}  # type: ignore[attr-defined]
    assert len(cultures) >= 60


def test_templates_render_as_labelled() -> None:
    for p, m in zip(val14.prompts(), val14.meta(), strict=True):
        template = str(m["template"])
        assert p.clean == template.startswith("cl"), (p.id, template)
