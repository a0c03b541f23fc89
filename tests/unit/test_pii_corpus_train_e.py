"""Tests of the train_e generator of labelled training prompts: check() passes, seeds are
deterministic and differ, the clean share, every gold span a plausible value of its entity,
clean prompts free of the hand-written names and places, and the counts of templates,
shapes, cultures and distinct person names."""

from __future__ import annotations

import ipaddress
import re

import pytest

from appliance.testing.pii_corpus import check, train_e, validity
from appliance.testing.pii_corpus import train_e_names as names
from appliance.testing.pii_corpus import train_e_values as values


@pytest.fixture(scope="module")
def corpus() -> list:
    return train_e.prompts(1, 1000) + train_e.prompts(2, 1000)


def test_check_passes(corpus: list) -> None:
    check(corpus)
    assert len(corpus) == 2000


def test_deterministic_and_seeds_differ() -> None:
    a, b = train_e.prompts(5, 200), train_e.prompts(5, 200)
    assert a == b
    c = train_e.prompts(6, 200)
    assert [p.text for p in a] != [p.text for p in c]
    assert a[0].id == "traine-5-00001"


def test_clean_share(corpus: list) -> None:
    for part in (corpus[:1000], corpus[1000:]):
        share = sum(p.clean for p in part) / len(part)
        assert 0.35 <= share <= 0.45


_EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")
_PERSON = re.compile(r"^[^\W\d_][\w'. ,-]*$")


def _plausible(entity: str, value: str) -> bool:
    digits = re.sub(r"\D", "", value)
    if entity == "PERSON":
        return (
            bool(_PERSON.match(value)) and "@" not in value and not any(c.isdigit() for c in value)
        )
    if entity == "LOCATION":
        return any(c.isalpha() for c in value) and "@" not in value
    if entity == "EMAIL_ADDRESS":
        return bool(_EMAIL.match(value))
    if entity == "PHONE_NUMBER":
        return values.phone_valid(value)
    if entity == "CREDIT_CARD":
        return (
            re.fullmatch(r"[\d -]+", value) is not None
            and 13 <= len(digits) <= 19
            and (validity.luhn_ok(digits))
        )
    if entity == "IBAN_CODE":
        return validity.iban_check_digits_ok(value)
    if entity == "IP_ADDRESS":
        ipaddress.ip_address(value)
        return True
    if entity == "US_SSN":
        return re.fullmatch(r"\d{3}([- ]?)\d{2}\1\d{4}", value) is not None and validity.ssn_ok(
            value
        )
    if entity == "ACCOUNT_NUMBER":
        return re.fullmatch(r"[\d-]+", value) is not None and 6 <= len(digits) <= 17
    return False


def test_gold_values_plausible(corpus: list) -> None:
    for p in corpus:
        for g in p.gold:
            value = p.text[g.start : g.end]
            assert _plausible(g.entity, value), (p.id, g.entity, value)


def test_clean_prompts_hold_no_hand_written_names_or_places(corpus: list) -> None:
    everyday = {w.lower() for w in names.EVERYDAY_GIVEN}
    words = {w.lower() for w in names.HAND_GIVEN + names.HAND_FAMILY} - everyday
    words |= {w.lower() for w in names.PLACES}
    pattern = re.compile(
        r"(?<!\w)("
        + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        + r")(?!\w)",
        re.IGNORECASE,
    )
    for p in corpus:
        if p.clean:
            m = pattern.search(p.text)
            assert m is None, (p.id, m.group(0) if m else "", p.text)


def test_counts(corpus: list) -> None:
    assert len(train_e.TEMPLATES) >= 220
    assert len(train_e.SHAPES) >= 15
    assert len(names.POOLS) >= 40
    assert len(names.HAND_GIVEN) >= 300 and len(names.HAND_FAMILY) >= 300
    persons = {p.text[g.start : g.end] for p in corpus for g in p.gold if g.entity == "PERSON"}
    assert len(persons) >= 1000


def test_clean_templates_have_no_personal_placeholders() -> None:
    personal = re.compile(
        r"\{(p|n|f|s|c|e|ev|city|region|country|addr|phone|card|iban|ip|ssn|acct)\d?U?\}", re.I
    )
    for shape, text in train_e.CLEAN_TEMPLATES:
        assert not personal.search(text), (shape, text)


def test_structured_values_in_about_a_third_of_personal_prompts(corpus: list) -> None:
    personal = [p for p in corpus if not p.clean]
    structured = [
        p for p in personal if any(g.entity not in ("PERSON", "LOCATION") for g in p.gold)
    ]
    assert 0.2 <= len(structured) / len(personal) <= 0.5
