"""Tests of val10, the blind part of the labelled PII corpus: size and split, gold spans that
pass `check()`, determinism, minimum spans per entity, valid values, clean prompts free of the
part's people and places, and breadth (shapes, templates, cultures)."""

from __future__ import annotations

import ipaddress
import re
from collections import Counter

import phonenumbers
import pytest

from appliance.testing.pii_corpus import check, val10
from appliance.testing.pii_corpus import val10_names as names
from appliance.testing.pii_corpus.val10_values import PHONE_REGIONS
from appliance.testing.pii_corpus.validity import iban_check_digits_ok, luhn_ok, ssn_ok

MINIMUMS = {
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
    ps = val10.prompts()
    assert len(ps) == 700
    assert sum(not p.clean for p in ps) == 420
    assert sum(p.clean for p in ps) == 280
    assert [p.id for p in ps] == [f"val10-{i:04d}" for i in range(1, 701)]


def test_check_passes() -> None:
    check(val10.prompts())


def test_deterministic() -> None:
    assert val10.prompts() == val10.prompts()
    assert val10.meta() == val10.meta()


def test_minimum_spans() -> None:
    counts = Counter(g.entity for p in val10.prompts() for g in p.gold)
    for entity, minimum in MINIMUMS.items():
        assert counts[entity] >= minimum, (entity, counts[entity])


def _phone_ok(value: str) -> bool:
    regions: tuple[str | None, ...] = (None,) if value.startswith("+") else PHONE_REGIONS
    for region in regions:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(value, region)):
                return True
        except phonenumbers.NumberParseException:
            continue
    return False


def test_values_are_plausible() -> None:
    for p in val10.prompts():
        for g in p.gold:
            v = p.text[g.start : g.end]
            if g.entity == "PHONE_NUMBER":
                assert _phone_ok(v), (p.id, v)
            elif g.entity == "CREDIT_CARD":
                assert luhn_ok(re.sub(r"\D", "", v)), (p.id, v)
            elif g.entity == "IBAN_CODE":
                assert iban_check_digits_ok(v), (p.id, v)
            elif g.entity == "US_SSN":
                assert ssn_ok(v), (p.id, v)
            elif g.entity == "IP_ADDRESS":
                ipaddress.ip_address(v)
            elif g.entity == "EMAIL_ADDRESS":
                assert EMAIL.match(v), (p.id, v)
            elif g.entity == "ACCOUNT_NUMBER":
                assert re.fullmatch(r"[\d -]{8,16}", v), (p.id, v)
            elif g.entity in ("PERSON", "LOCATION"):
                assert v[0].isalnum() or v[0] in "'", (p.id, v)


def test_clean_prompts_hold_no_planted_people_or_places() -> None:
    """Whole planted names and places, and every token of a planted name (the given names
    that are everyday words, such as Will or Hope, aside), are absent from clean prompts."""
    ps = val10.prompts()
    word_names = {w.lower() for w in names.WORD_NAMES}
    needles: set[str] = set()
    for p in ps:
        for g in p.gold:
            v = p.text[g.start : g.end].lower()
            if g.entity == "LOCATION":
                needles.add(v)
            elif g.entity == "PERSON":
                if v not in word_names:
                    needles.add(v)
                for tok in re.split(r"[\s,.]+", v):
                    if len(tok) >= 3 and tok not in word_names:
                        needles.add(tok)
    pattern = re.compile(
        r"(?<!\w)("
        + "|".join(re.escape(n) for n in sorted(needles, key=len, reverse=True))
        + r")(?!\w)"
    )
    for p in ps:
        if p.clean:
            m = pattern.search(p.text.lower())
            assert m is None, (p.id, m.group(0) if m else None, p.text)


def test_breadth() -> None:
    ps = val10.prompts()
    meta = val10.meta()
    shapes = {p.shape for p in ps}
    assert len(shapes) >= 18
    personal_shapes = {p.shape for p in ps if not p.clean}
    clean_shapes = {p.shape for p in ps if p.clean}
    assert personal_shapes == clean_shapes == shapes
    assert len({m["template"] for m in meta}) >= 220
    assert len(val10.templates()) >= 220
    cultures = {c for m in meta for c in m["cultures"]}  # type: ignore[attr-defined]
    assert len(cultures) >= 60


@pytest.mark.parametrize("entity", sorted(MINIMUMS))
def test_every_entity_present(entity: str) -> None:
    assert any(g.entity == entity for p in val10.prompts() for g in p.gold)
