"""Tests of the val21 part of the labelled PII corpus: size and split, ids, gold spans,
determinism, minimum spans per entity, validity of every planted value, clean prompts free
of the part's people and places, and breadth (shapes, templates, cultures)."""

from __future__ import annotations

import ipaddress
import re
from collections import Counter

from appliance.testing.pii_corpus import ENTITIES, check, val21
from appliance.testing.pii_corpus.val21_names import WORD_NAMES
from appliance.testing.pii_corpus.val21_values import phone_ok
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


def _spans(entity: str) -> list[str]:
    return [p.text[g.start : g.end] for p in val21.prompts() for g in p.gold if g.entity == entity]


def test_size_split_and_ids() -> None:
    prompts = val21.prompts()
    assert len(prompts) == 700
    assert sum(not p.clean for p in prompts) == 420
    assert sum(p.clean for p in prompts) == 280
    assert [p.id for p in prompts] == [f"val21-{i:04d}" for i in range(1, 701)]
    assert len(val21.meta()) == 700


def test_check_passes_and_entities_known() -> None:
    prompts = val21.prompts()
    check(prompts)
    assert all(g.entity in ENTITIES for p in prompts for g in p.gold)
    assert not any("«" in p.text and re.search(r"«[a-z]+\d*(\.[a-z]+)?»", p.text) for p in prompts)


def test_deterministic() -> None:
    assert val21.prompts() == val21.prompts()
    assert val21.meta() == val21.meta()


def test_minimum_spans() -> None:
    counts = Counter(g.entity for p in val21.prompts() for g in p.gold)
    for entity, minimum in MINIMUM.items():
        assert counts[entity] >= minimum, (entity, counts[entity])


def test_phones_valid() -> None:
    for value in _spans("PHONE_NUMBER"):
        assert phone_ok(value), value


def test_cards_ibans_ssns_valid() -> None:
    for value in _spans("CREDIT_CARD"):
        digits = re.sub(r"[ -]", "", value)
        assert digits.isdigit() and 13 <= len(digits) <= 19 and luhn_ok(digits), value
    for value in _spans("IBAN_CODE"):
        assert re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9 ]+", value) and iban_check_digits_ok(value), (
            value
        )
    for value in _spans("US_SSN"):
        assert re.fullmatch(r"\d{3}([- ]?)\d{2}\1\d{4}", value) and ssn_ok(value), value


def test_ips_emails_accounts_valid() -> None:
    for value in _spans("IP_ADDRESS"):
        ipaddress.ip_address(value)
    for value in _spans("EMAIL_ADDRESS"):
        assert EMAIL.match(value), value
    for value in _spans("ACCOUNT_NUMBER"):
        assert re.fullmatch(r"\d[\d -]{6,}\d", value), value


def test_person_spans_have_no_titles_or_possessives() -> None:
    for value in _spans("PERSON"):
        assert not value.endswith(("'s", "’s")), value
        assert not value.startswith(("@", "Dr.", "Dr ", "Mr ", "Mrs ", "Ms ", "Prof")), value
        assert "@" not in value, value


def test_clean_prompts_hold_no_planted_people_or_places() -> None:
    prompts = val21.prompts()
    word_names = {w.lower() for w in WORD_NAMES}
    planted = {
        value.lower()
        for entity in ("PERSON", "LOCATION")
        for value in _spans(entity)
        if value.lower() not in word_names
    }
    pattern = re.compile(
        r"(?<!\w)("
        + "|".join(re.escape(v) for v in sorted(planted, key=len, reverse=True))
        + r")(?!\w)"
    )
    for p in prompts:
        if p.clean:
            found = pattern.search(p.text.lower())
            assert found is None, (p.id, found.group(0) if found else "")


def test_breadth() -> None:
    meta = val21.meta()
    prompts = val21.prompts()
    shapes_personal = {p.shape for p in prompts if not p.clean}
    shapes_clean = {p.shape for p in prompts if p.clean}
    assert len(shapes_personal & shapes_clean) >= 18
    assert len({m.template for m in meta}) >= 220
    assert len({c for m in meta for c in m.cultures}) >= 60
    for p, m in zip(prompts, meta, strict=True):
        assert p.shape == m.shape
        if m.cultures:
            assert any(g.entity == "PERSON" for g in p.gold)


def test_every_template_used() -> None:
    used = {m.template for m in val21.meta()}
    assert used == {t.name for t in val21.PERSONAL} | {t.name for t in val21.CLEAN}
