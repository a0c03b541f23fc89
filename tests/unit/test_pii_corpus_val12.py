"""Tests of val12, the twelfth blind part of the labelled PII corpus: size and split, ids,
gold spans, determinism, minimum spans per entity, valid planted values, clean prompts free
of the part's names and places, and the breadth of shapes, templates and cultures."""

from __future__ import annotations

import ipaddress
import re
from collections import Counter

import phonenumbers
import pytest

from appliance.testing.pii_corpus import check, val12
from appliance.testing.pii_corpus.val12_names import WORD_NAMES
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
def prompts():  # type: ignore[no-untyped-def]
    return val12.prompts()


def spans(prompts, entity):  # type: ignore[no-untyped-def]
    return [p.text[g.start : g.end] for p in prompts for g in p.gold if g.entity == entity]


def test_size_split_and_ids(prompts) -> None:  # type: ignore[no-untyped-def]
    assert len(prompts) == 700
    assert sum(1 for p in prompts if not p.clean) == 420
    assert sum(1 for p in prompts if p.clean) == 280
    assert [p.id for p in prompts] == [f"val12-{i:04d}" for i in range(1, 701)]
    assert len(val12.meta()) == 700


def test_check_passes(prompts) -> None:  # type: ignore[no-untyped-def]
    check(prompts)


def test_deterministic(prompts) -> None:  # type: ignore[no-untyped-def]
    assert val12.prompts() == prompts
    val12._build.cache_clear()
    assert val12.prompts() == prompts


def test_minimum_spans(prompts) -> None:  # type: ignore[no-untyped-def]
    counts = Counter(g.entity for p in prompts for g in p.gold)
    for entity, least in MINIMUM.items():
        assert counts[entity] >= least, (entity, counts[entity])


def test_phones_valid(prompts) -> None:  # type: ignore[no-untyped-def]
    for p, m in zip(prompts, val12.meta(), strict=True):
        phones = [
            p.text[g.start : g.end]
            for g in sorted(p.gold, key=lambda g: g.start)
            if g.entity == "PHONE_NUMBER"
        ]
        assert len(phones) == len(m.phone_regions), p.id
        for text, region in zip(phones, m.phone_regions, strict=True):
            number = phonenumbers.parse(text, None if text.startswith("+") else region)
            assert phonenumbers.is_valid_number(number), (p.id, text, region)


def test_structured_values_valid(prompts) -> None:  # type: ignore[no-untyped-def]
    for card in spans(prompts, "CREDIT_CARD"):
        digits = re.sub(r"[ -]", "", card)
        assert digits.isdigit() and 13 <= len(digits) <= 19 and luhn_ok(digits), card
    for iban in spans(prompts, "IBAN_CODE"):
        assert re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9 ]+", iban) and iban_check_digits_ok(iban)
    for ssn in spans(prompts, "US_SSN"):
        assert re.fullmatch(r"\d{3}([- ]?)\d{2}\1\d{4}", ssn) and ssn_ok(ssn), ssn
    for ip in spans(prompts, "IP_ADDRESS"):
        ipaddress.ip_address(ip)
    for email in spans(prompts, "EMAIL_ADDRESS"):
        assert EMAIL.match(email), email
    for acct in spans(prompts, "ACCOUNT_NUMBER"):
        assert re.fullmatch(r"\d[\d -]{6,16}\d", acct), acct
    for name in spans(prompts, "PERSON"):
        assert not re.search(r"[@/\d]", name), name
        assert not re.match(r"(dr|mr|mrs|ms|prof)\.?\s", name.lower()), name
        assert not name.endswith(("'s", "’s")), name


def test_clean_prompts_hold_no_planted_names_or_places(prompts) -> None:  # type: ignore[no-untyped-def]
    words = {w.lower() for w in WORD_NAMES}
    planted = {
        v.lower()
        for e in ("PERSON", "LOCATION")
        for v in spans(prompts, e)
        if v.lower() not in words
    }
    pattern = re.compile(
        r"(?<!\w)(" + "|".join(sorted(map(re.escape, planted), key=len, reverse=True)) + r")(?!\w)"
    )
    for p in prompts:
        if p.clean:
            found = pattern.search(p.text.lower())
            assert found is None, (p.id, found.group(0) if found else None)
            assert "@" not in p.text, p.id


def test_breadth() -> None:
    personal, clean = val12.templates()
    assert len(personal) + len(clean) >= 220
    shapes_personal = {s for _, s, _ in personal}
    shapes_clean = {s for _, s, _ in clean}
    assert len(shapes_personal & shapes_clean) >= 18
    used = Counter(m.template for m in val12.meta())
    assert len(used) == len(personal) + len(clean)
    cultures = {c for m in val12.meta() for c in m.cultures}
    assert len(cultures) >= 60
