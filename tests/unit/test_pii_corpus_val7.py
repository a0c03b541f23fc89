"""Tests of val7, a blind part of the labelled PII corpus: size and split, ids, the
package's check, determinism, the minimum spans per entity, the validity of every planted
value, clean prompts free of the part's people and places, and the breadth of templates,
shapes and cultures."""

from __future__ import annotations

import ipaddress
import re
from collections import Counter

import phonenumbers
import pytest

from appliance.testing.pii_corpus import Prompt, check, val7
from appliance.testing.pii_corpus.val7_gen import has_personal_data
from appliance.testing.pii_corpus.val7_phones import PHONES
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
REGION_OF = dict(PHONES)


@pytest.fixture(scope="module")
def prompts() -> list[Prompt]:
    return val7.prompts()


def _spans(prompts: list[Prompt]) -> list[tuple[str, str]]:
    return [(g.entity, p.text[g.start : g.end]) for p in prompts for g in p.gold]


def test_size_split_and_ids(prompts: list[Prompt]) -> None:
    assert len(prompts) == 700
    assert sum(not p.clean for p in prompts) == 420
    assert sum(p.clean for p in prompts) == 280
    assert [p.id for p in prompts] == [f"val7-{i:04d}" for i in range(1, 701)]


def test_check_passes(prompts: list[Prompt]) -> None:
    check(prompts)


def test_deterministic(prompts: list[Prompt]) -> None:
    assert val7.prompts() == prompts
    assert val7.meta() == val7.meta()


def test_minimum_spans(prompts: list[Prompt]) -> None:
    counts = Counter(entity for entity, _ in _spans(prompts))
    for entity, floor in MINIMUM.items():
        assert counts[entity] >= floor, (entity, counts[entity])


def _plausible(entity: str, value: str) -> bool:
    if entity == "PHONE_NUMBER":
        region = REGION_OF.get(value)
        if region is None and not value.startswith("+"):
            return False
        return phonenumbers.is_valid_number(phonenumbers.parse(value, region))
    if entity == "CREDIT_CARD":
        digits = re.sub(r"[ -]", "", value)
        return digits.isdigit() and 13 <= len(digits) <= 19 and luhn_ok(digits)
    if entity == "IBAN_CODE":
        compact = value.replace(" ", "")
        return re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", compact) is not None and (
            iban_check_digits_ok(value)
        )
    if entity == "US_SSN":
        return re.fullmatch(r"\d{3}([- ]?)\d{2}\1\d{4}", value) is not None and ssn_ok(value)
    if entity == "IP_ADDRESS":
        ipaddress.ip_address(value)
        return True
    if entity == "EMAIL_ADDRESS":
        return EMAIL.match(value) is not None
    if entity == "ACCOUNT_NUMBER":
        return re.fullmatch(r"[\d-]{8,20}", value) is not None
    if entity == "PERSON":
        return value[:1].isalpha() and not any(ch.isdigit() for ch in value)
    if entity == "LOCATION":
        return sum(ch.isalpha() for ch in value) >= 4
    return False


def test_every_span_is_plausible(prompts: list[Prompt]) -> None:
    bad = [(e, v) for e, v in _spans(prompts) if not _plausible(e, v)]
    assert not bad, bad[:10]


def test_every_phone_of_the_list_is_valid() -> None:
    for number, region in PHONES:
        assert phonenumbers.is_valid_number(phonenumbers.parse(number, region)), number


def test_account_numbers_are_named_as_accounts(prompts: list[Prompt]) -> None:
    for p in prompts:
        for g in p.gold:
            if g.entity == "ACCOUNT_NUMBER":
                before = p.text[: g.start].lower()  # a sentence or a column header
                assert "acct" in before or "account" in before, (p.id, before)


def test_clean_prompts_hold_no_planted_person_or_place(prompts: list[Prompt]) -> None:
    planted = {v.lower() for e, v in _spans(prompts) if e in ("PERSON", "LOCATION")}
    pattern = re.compile(
        r"(?<!\w)("
        + "|".join(re.escape(v) for v in sorted(planted, key=len, reverse=True))
        + r")(?!\w)"
    )
    hits = [
        (p.id, m.group(0)) for p in prompts if p.clean for m in pattern.finditer(p.text.lower())
    ]
    assert not hits, hits[:10]


def test_templates_and_shapes() -> None:
    templates = val7.templates()
    assert len(templates) >= 220
    assert len({t.name for t in templates}) == len(templates)
    shapes = {t.shape for t in templates}
    assert len(shapes) >= 18
    for shape in shapes:
        kinds = {has_personal_data(t) for t in templates if t.shape == shape}
        assert kinds == {True, False}, shape


def test_every_template_is_used(prompts: list[Prompt]) -> None:
    used = {m["template"] for m in val7.meta()}
    assert used == {t.name for t in val7.templates()}


def test_cultures() -> None:
    cultures = {c for m in val7.meta() for c in m["cultures"]}  # type: ignore[attr-defined]
    assert len(cultures) >= 60
