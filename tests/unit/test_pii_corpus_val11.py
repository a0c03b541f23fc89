"""Tests of val11, a blind part of the labelled PII corpus: its size and split, its gold spans
(checked, plausible values of their entities, enough of each), its determinism, its breadth
(shapes, templates, cultures) and that its clean prompts hold none of its people or places."""

from __future__ import annotations

import ipaddress
import re
from collections import Counter

import phonenumbers
import pytest

from appliance.testing.pii_corpus import Prompt, check, val11
from appliance.testing.pii_corpus.val11_names import WORD_NAMES
from appliance.testing.pii_corpus.val11_values import (
    ADDRESSES,
    CITIES,
    COUNTRIES,
    PHONE_REGIONS,
    REGIONS,
)
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


@pytest.fixture(scope="module")
def prompts() -> list[Prompt]:
    return val11.prompts()


def spans(prompts: list[Prompt], entity: str | None = None) -> list[str]:
    return [p.text[g.start : g.end] for p in prompts for g in p.gold if entity in (None, g.entity)]


def test_size_split_and_ids(prompts: list[Prompt]) -> None:
    assert len(prompts) == 700
    assert sum(not p.clean for p in prompts) == 420
    assert sum(p.clean for p in prompts) == 280
    assert [p.id for p in prompts] == [f"val11-{n:04d}" for n in range(1, 701)]


def test_check_passes(prompts: list[Prompt]) -> None:
    check(prompts)


def test_deterministic(prompts: list[Prompt]) -> None:
    again = val11.prompts()
    assert again == prompts
    assert again is not prompts
    assert val11.meta() == val11.meta()


def test_minimum_spans_per_entity(prompts: list[Prompt]) -> None:
    counts = Counter(g.entity for p in prompts for g in p.gold)
    for entity, minimum in MINIMUM.items():
        assert counts[entity] >= minimum, (entity, counts[entity])


def _phone_ok(value: str) -> bool:
    if value.startswith("+"):
        return phonenumbers.is_valid_number(phonenumbers.parse(value, None))
    for region in PHONE_REGIONS:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(value, region)):
                return True
        except phonenumbers.NumberParseException:
            continue
    return False


def test_phones_valid(prompts: list[Prompt]) -> None:
    bad = [v for v in spans(prompts, "PHONE_NUMBER") if not _phone_ok(v)]
    assert not bad


def test_cards_ibans_ssns_ips_emails_accounts(prompts: list[Prompt]) -> None:
    for v in spans(prompts, "CREDIT_CARD"):
        digits = re.sub(r"[ -]", "", v)
        assert digits.isdigit() and len(digits) in (15, 16) and luhn_ok(digits), v
    for v in spans(prompts, "IBAN_CODE"):
        assert re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9 ]+", v) and iban_check_digits_ok(v), v
    for v in spans(prompts, "US_SSN"):
        assert re.fullmatch(r"\d{3}([- ]?)\d{2}\1\d{4}", v) and ssn_ok(v), v
    for v in spans(prompts, "IP_ADDRESS"):
        ipaddress.ip_address(v)
    for v in spans(prompts, "EMAIL_ADDRESS"):
        assert EMAIL.match(v), v
    for v in spans(prompts, "ACCOUNT_NUMBER"):
        assert re.fullmatch(r"[\d -]{8,16}", v) and sum(c.isdigit() for c in v) >= 8, v


def test_person_and_location_spans_plausible(prompts: list[Prompt]) -> None:
    for v in spans(prompts, "PERSON"):
        assert not re.match(r"(?i)(dr|mr|mrs|ms|prof)\b", v), v
        assert not v.endswith(("'s", "’s")) and "@" not in v and not any(c.isdigit() for c in v), v
    places = {v.lower() for v in CITIES + REGIONS + COUNTRIES + ADDRESSES}
    for v in spans(prompts, "LOCATION"):
        assert v.lower() in places, v


def test_clean_prompts_hold_no_planted_people_or_places(prompts: list[Prompt]) -> None:
    planted = set()
    for p in prompts:
        for g in p.gold:
            if g.entity in ("PERSON", "LOCATION"):
                value = p.text[g.start : g.end]
                # Everyday words ("Will", "Rose") alone are verbs and colours in clean prompts.
                if value.lower() not in {w.lower() for w in WORD_NAMES}:
                    planted.add(value.lower())
    assert len(planted) > 300
    clean = [p.text.lower() for p in prompts if p.clean]
    found = [
        (value, text[:60])
        for value in planted
        for text in clean
        if re.search(r"(?<!\w)" + re.escape(value) + r"(?!\w)", text)
    ]
    assert not found


def test_breadth_shapes_templates_cultures(prompts: list[Prompt]) -> None:
    table = val11.templates()
    assert len(table) >= 220
    personal_shapes = {p.shape for p in prompts if not p.clean}
    clean_shapes = {p.shape for p in prompts if p.clean}
    assert len(personal_shapes & clean_shapes) >= 18
    assert personal_shapes == clean_shapes
    metas = val11.meta()
    assert [m.id for m in metas] == [p.id for p in prompts]
    assert len({m.template for m in metas}) == len(table)  # every template is used
    assert all(m.shape == p.shape for m, p in zip(metas, prompts, strict=True))
    assert len({c for m in metas for c in m.cultures}) >= 60
    for m, p in zip(metas, prompts, strict=True):
        assert bool(m.cultures) == any(g.entity == "PERSON" for g in p.gold)
