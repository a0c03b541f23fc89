"""Tests of val13, a blind part of the labelled PII corpus: size and split, ids, `check()`,
determinism, minimum spans per entity, plausibility of every gold value, clean prompts free of
the part's planted names and places, and the breadth of templates, shapes and cultures."""

from __future__ import annotations

import ipaddress
import re
from collections import Counter

import phonenumbers
import pytest

from appliance.testing.pii_corpus import check, val13
from appliance.testing.pii_corpus.val13_names import CULTURES, WORD_NAMES
from appliance.testing.pii_corpus.val13_phones import REGIONS
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


def _spans(entity: str) -> list[str]:
    return [p.text[g.start : g.end] for p in val13.prompts() for g in p.gold if g.entity == entity]


def test_size_split_and_ids() -> None:
    prompts = val13.prompts()
    assert len(prompts) == 700
    assert sum(not p.clean for p in prompts) == 420
    assert sum(p.clean for p in prompts) == 280
    assert [p.id for p in prompts] == [f"val13-{i:04d}" for i in range(1, 701)]
    check(prompts)


def test_deterministic() -> None:
    assert val13.prompts() == val13.prompts()
    assert val13.meta() == val13.meta()
    assert [m["id"] for m in val13.meta()] == [p.id for p in val13.prompts()]


@pytest.mark.parametrize("entity", sorted(MINIMUM))
def test_minimum_spans(entity: str) -> None:
    assert len(_spans(entity)) >= MINIMUM[entity]


def _phone_ok(text: str) -> bool:
    regions = [None] if text.startswith("+") else REGIONS
    for region in regions:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(text, region)):
                return True
        except phonenumbers.NumberParseException:
            continue
    return False


def test_values_are_plausible() -> None:
    for text in _spans("PHONE_NUMBER"):
        assert _phone_ok(text), text
    for text in _spans("CREDIT_CARD"):
        digits = re.sub(r"[ -]", "", text)
        assert digits.isdigit() and 13 <= len(digits) <= 19 and luhn_ok(digits), text
    for text in _spans("IBAN_CODE"):
        assert re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9 ]+", text) and iban_check_digits_ok(text), text
    for text in _spans("US_SSN"):
        assert re.fullmatch(r"\d{3}([- ]?)\d{2}\1\d{4}", text) and ssn_ok(text), text
    for text in _spans("IP_ADDRESS"):
        ipaddress.ip_address(text)
    for text in _spans("EMAIL_ADDRESS"):
        assert EMAIL.match(text), text
    for text in _spans("ACCOUNT_NUMBER"):
        assert re.fullmatch(r"\d[\d -]{6,}\d", text), text
    for text in _spans("PERSON") + _spans("LOCATION"):
        assert text.strip() == text and not text.startswith("@") and "@" not in text, text
        assert not re.search(r"\d", text) or text in _spans("LOCATION"), text


def test_clean_prompts_hold_no_planted_names_or_places() -> None:
    words = {w.lower() for w in WORD_NAMES}
    tokens: set[str] = set()
    places: set[str] = set()
    for p in val13.prompts():
        for g in p.gold:
            value = p.text[g.start : g.end]
            if g.entity == "PERSON":
                for tok in re.split(r"[\s,.]+", value):
                    if len(tok) >= 3 and tok.lower() not in words:
                        tokens.add(tok.lower())
            elif g.entity == "LOCATION":
                places.add(value.lower())
    name_re = re.compile(r"\b(" + "|".join(map(re.escape, sorted(tokens))) + r")\b", re.I)
    place_re = re.compile(r"\b(" + "|".join(map(re.escape, sorted(places))) + r")(?!\w)", re.I)
    for p in val13.prompts():
        if p.clean:
            assert not name_re.search(p.text), (p.id, name_re.search(p.text))
            assert not place_re.search(p.text), (p.id, place_re.search(p.text))


def test_breadth() -> None:
    templates = val13.templates()
    assert len(templates) >= 220
    assert len({t[0] for t in templates}) == len(templates)
    shapes_personal = {t[1] for t in val13.PERSONAL}
    shapes_clean = {t[1] for t in val13.CLEAN}
    assert len(shapes_personal & shapes_clean) >= 18
    used = Counter(m["template"] for m in val13.meta())
    assert len(used) == len(templates)
    assert {p.shape for p in val13.prompts()} == shapes_personal | shapes_clean
    cultures = {c for m in val13.meta() for c in m["cultures"]}  # type: ignore[attr-defined]
    assert len(cultures) >= 60
    assert len(CULTURES) >= 60


def test_person_forms_vary() -> None:
    spans = _spans("PERSON")
    assert any(s.isupper() and len(s) > 3 for s in spans)
    assert any(s.islower() for s in spans)
    assert any(", " in s for s in spans)
    assert any(re.match(r"^\w\. ", s) for s in spans)
    assert any(s in WORD_NAMES for s in spans)
