"""Tests of val19, a blind part of the labelled PII corpus: size and split, ids, gold spans,
determinism, minimum spans per entity, valid values, clean prompts free of the part's
names and places, and the breadth of templates, shapes and cultures."""

from __future__ import annotations

import ipaddress
import re
from collections import Counter

import phonenumbers
import pytest

from appliance.testing.pii_corpus import ENTITIES, Prompt, check, val19
from appliance.testing.pii_corpus.val19_gen import PARTICLES, unlabelled_occurrence
from appliance.testing.pii_corpus.val19_names import CULTURES, WORD_NAMES
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
def prompts() -> list[Prompt]:
    return val19.prompts()


@pytest.fixture(scope="module")
def meta() -> list[dict]:
    return val19.meta()


def _spans(prompts: list[Prompt]) -> list[tuple[Prompt, str, str]]:
    return [(p, p.text[g.start : g.end], g.entity) for p in prompts for g in p.gold]


def test_size_split_and_ids(prompts: list[Prompt]) -> None:
    assert len(prompts) == 700
    assert sum(not p.clean for p in prompts) == 420
    assert sum(p.clean for p in prompts) == 280
    assert [p.id for p in prompts] == [f"val19-{i:04d}" for i in range(1, 701)]


def test_gold_spans_are_well_formed(prompts: list[Prompt]) -> None:
    check(prompts)
    for p in prompts:
        assert all(g.entity in ENTITIES for g in p.gold)


def test_deterministic(prompts: list[Prompt]) -> None:
    assert val19.prompts() == prompts
    rebuilt, _ = val19._build.__wrapped__()
    assert list(rebuilt) == prompts


def test_minimum_spans_per_entity(prompts: list[Prompt]) -> None:
    counts = Counter(entity for _, _, entity in _spans(prompts))
    for entity, minimum in MINIMUM.items():
        assert counts[entity] >= minimum, (entity, counts[entity])


def test_span_values_are_plausible(prompts: list[Prompt], meta: list[dict]) -> None:
    regions = {m["id"]: m["phone_regions"] for m in meta}
    for p, value, entity in _spans(prompts):
        digits = re.sub(r"\D", "", value)
        if entity == "PHONE_NUMBER":
            region = None if value.startswith("+") else regions[p.id][value]
            assert phonenumbers.is_valid_number(phonenumbers.parse(value, region)), value
        elif entity == "CREDIT_CARD":
            assert re.fullmatch(r"[\d -]+", value) and luhn_ok(digits), value
        elif entity == "IBAN_CODE":
            assert re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9 ]+", value), value
            assert iban_check_digits_ok(value), value
        elif entity == "US_SSN":
            assert re.fullmatch(r"\d{3}[- ]?\d{2}[- ]?\d{4}", value) and ssn_ok(value), value
        elif entity == "IP_ADDRESS":
            ipaddress.ip_address(value)
        elif entity == "EMAIL_ADDRESS":
            assert EMAIL.match(value), value
        elif entity == "ACCOUNT_NUMBER":
            assert re.fullmatch(r"[\d -]+", value) and len(digits) >= 8, value
        elif entity == "PERSON":
            assert not any(ch.isdigit() for ch in value) and value[0].isalpha(), value
            assert not value.endswith("'s") and not value.startswith(("Dr", "Mr", "@")), value
        else:
            assert value[0].isalnum(), value


def test_every_occurrence_is_labelled(prompts: list[Prompt]) -> None:
    for p in prompts:
        assert unlabelled_occurrence(p) is None, p.id


def test_clean_prompts_hold_no_planted_name_or_place(prompts: list[Prompt]) -> None:
    words = {w.lower() for w in WORD_NAMES} | PARTICLES  # words, not names, in clean text
    planted: set[str] = set()
    for _, value, entity in _spans([p for p in prompts if not p.clean]):
        if entity == "PERSON":
            parts = [value] + [t.strip(".'\",") for t in value.split()]
            planted.update(t for t in parts if len(t) >= 3 and t.lower() not in words)
        elif entity == "LOCATION" and not any(ch.isdigit() for ch in value):
            planted.add(value)
    pattern = re.compile(
        r"(?<!\w)(?:" + "|".join(re.escape(v) for v in sorted(planted, key=len)[::-1]) + r")(?!\w)",
        re.IGNORECASE,
    )
    for p in prompts:
        if p.clean:
            found = pattern.search(p.text)
            assert found is None, (p.id, found and found.group())


def test_breadth(prompts: list[Prompt], meta: list[dict]) -> None:
    assert len(val19.TEMPLATES) >= 220
    assert len({t.name for t in val19.TEMPLATES}) == len(val19.TEMPLATES)
    assert {m["template"] for m in meta} == {t.name for t in val19.TEMPLATES}
    shapes_personal = {p.shape for p in prompts if not p.clean}
    shapes_clean = {p.shape for p in prompts if p.clean}
    assert len(shapes_personal & shapes_clean) >= 18
    assert shapes_personal == shapes_clean
    cultures = {c for m in meta for c in m["cultures"]}
    assert len(cultures) >= 60
    assert cultures <= set(CULTURES)


def test_templates_agree_with_their_kind(prompts: list[Prompt], meta: list[dict]) -> None:
    personal = {t.name for t in val19.PERSONAL_TEMPLATES}
    for p, m in zip(prompts, meta, strict=True):
        assert (m["template"] in personal) == (not p.clean), p.id
        assert m["id"] == p.id


def test_word_names_and_name_forms_occur(prompts: list[Prompt]) -> None:
    persons = [value for _, value, entity in _spans(prompts) if entity == "PERSON"]
    assert set(WORD_NAMES) & set(persons)
    assert any(v.islower() for v in persons) and any(v.isupper() for v in persons)
    assert any("," in v for v in persons) and any('"' in v for v in persons)
    assert any(re.search(r"\b(van|de|bin|al|O')\b", v) for v in persons)
