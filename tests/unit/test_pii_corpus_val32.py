"""Tests of val32, a blind measured part of the labelled PII corpus."""

from __future__ import annotations

import ipaddress
import re
from collections import Counter

import phonenumbers
import pytest

from appliance.testing.pii_corpus import ENTITIES, check, val32
from appliance.testing.pii_corpus import val32_gen as gen
from appliance.testing.pii_corpus.validity import iban_check_digits_ok, luhn_ok, ssn_ok

MINIMUM_SPANS = {
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
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
WORD_NAMES = {name.lower() for name in val32.WORD_NAMES}


@pytest.fixture(scope="module")
def prompts():
    return val32.prompts()


@pytest.fixture(scope="module")
def meta():
    return val32.meta()


def test_size_split_and_ids(prompts):
    assert len(prompts) == 700
    assert [p.id for p in prompts] == [f"val32-{i:04d}" for i in range(1, 701)]
    assert sum(not p.clean for p in prompts) == 420
    assert sum(p.clean for p in prompts) == 280
    # shuffled: clean and personal prompts are mixed from the start
    assert 0 < sum(p.clean for p in prompts[:50]) < 50


def test_check_passes(prompts):
    check(prompts)
    assert all(g.entity in ENTITIES for p in prompts for g in p.gold)


def test_deterministic(prompts, meta):
    assert val32.prompts() == prompts
    val32._build.cache_clear()
    assert val32.prompts() == prompts
    assert val32.meta() == meta


def test_meta_matches_prompts(prompts, meta):
    assert len(meta) == len(prompts)
    templates = {t.id for t in val32.PERSONAL_TEMPLATES + val32.CLEAN_TEMPLATES}
    for p, m in zip(prompts, meta, strict=True):
        assert m["template"] in templates
        assert m["shape"] == p.shape
        phones = {p.text[g.start : g.end] for g in p.gold if g.entity == "PHONE_NUMBER"}
        assert set(m["phones"]) == phones, p.id
        has_person = any(g.entity == "PERSON" for g in p.gold)
        assert bool(m["cultures"]) == has_person, p.id
        if p.clean:
            assert m["template"] in {t.id for t in val32.CLEAN_TEMPLATES}


def test_minimum_spans_per_entity(prompts):
    counts = Counter(g.entity for p in prompts for g in p.gold)
    for entity, minimum in MINIMUM_SPANS.items():
        assert counts[entity] >= minimum, (entity, counts[entity])


def test_every_planted_value_is_plausible(prompts, meta):
    for p, m in zip(prompts, meta, strict=True):
        for g in p.gold:
            value = p.text[g.start : g.end]
            if g.entity == "PHONE_NUMBER":
                region = m["phones"][value]
                number = phonenumbers.parse(value, region)
                assert phonenumbers.is_valid_number(number), (p.id, value, region)
                assert phonenumbers.region_code_for_number(number) == region, (p.id, value)
            elif g.entity == "CREDIT_CARD":
                digits = re.sub(r"[ -]", "", value)
                assert digits.isdigit() and 13 <= len(digits) <= 19, (p.id, value)
                assert luhn_ok(digits), (p.id, value)
            elif g.entity == "IBAN_CODE":
                assert re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9 ]{11,}", value), (p.id, value)
                assert iban_check_digits_ok(value), (p.id, value)
            elif g.entity == "IP_ADDRESS":
                ipaddress.ip_address(value)
            elif g.entity == "US_SSN":
                assert re.fullmatch(r"\d{3}([- ]?)\d{2}\1\d{4}", value), (p.id, value)
                assert ssn_ok(value), (p.id, value)
            elif g.entity == "EMAIL_ADDRESS":
                assert EMAIL.fullmatch(value), (p.id, value)
            elif g.entity == "ACCOUNT_NUMBER":
                assert re.fullmatch(r"\d[\d-]{6,14}\d", value), (p.id, value)
            elif g.entity == "PERSON":
                assert not re.search(r"\d|@|https?:", value), (p.id, value)


def _planted(prompts):
    """Whole names and places planted in personal prompts, and the words of the names
    (particles, short words and word-names aside)."""
    whole: set[str] = set()
    words: set[str] = set()
    for p in prompts:
        for g in p.gold:
            if g.entity not in ("PERSON", "LOCATION"):
                continue
            value = p.text[g.start : g.end]
            own = [w for w in re.findall(r"\w+", value.lower()) if w not in WORD_NAMES]
            if not own:
                continue  # a word-name on its own ("Grace"), a word in clean prompts too
            whole.add(value.lower())
            if g.entity == "PERSON":
                words |= {w for w in own if len(w) > 2 and w not in val32.PARTICLES}
    return whole, words


def test_clean_prompts_hold_no_planted_name_or_place(prompts):
    whole, words = _planted([p for p in prompts if not p.clean])
    alternatives = sorted(whole | words, key=len, reverse=True)
    pattern = re.compile(
        r"(?<!\w)(?:" + "|".join(re.escape(a) for a in alternatives) + r")(?!\w)",
        re.IGNORECASE,
    )
    for p in prompts:
        if p.clean:
            found = pattern.search(p.text)
            assert found is None, (p.id, found and found.group())


def test_clean_prompts_hold_no_structured_value(prompts):
    for p in prompts:
        if p.clean:
            assert not EMAIL.search(p.text), p.id


def test_renderer_checks_hold(prompts):
    for p in prompts:
        assert gen.check_prompt(p) == [], p.id


def test_no_placeholder_left(prompts):
    for p in prompts:
        assert "[[" not in p.text and "]]" not in p.text, p.id
        assert not re.search(r"\{(?:p\d|city|phone|email)", p.text), p.id


def test_breadth(prompts, meta):
    assert len(val32.PERSONAL_TEMPLATES) + len(val32.CLEAN_TEMPLATES) >= 240
    assert len({m["template"] for m in meta}) >= 220
    by_shape: dict[str, set[bool]] = {}
    for p in prompts:
        by_shape.setdefault(p.shape, set()).add(p.clean)
    assert sum(kinds == {True, False} for kinds in by_shape.values()) >= 18
    cultures = {c for m in meta for c in m["cultures"]} - {"word"}
    assert len(cultures) >= 60
    assert "word" in {c for m in meta for c in m["cultures"]}
    regions = {r for m in meta for r in m["phones"].values()}
    assert len(regions) >= 15
    ibans = {
        p.text[g.start : g.start + 2] for p in prompts for g in p.gold if g.entity == "IBAN_CODE"
    }
    assert len(ibans) >= 10
    langs = {m["lang"] for m, p in zip(meta, prompts, strict=True) if p.shape == "paste"}
    assert {"es", "de", "fr", "pt", "it", "nl", "pl", "sv", "tr", "id", "vi"} <= langs
