"""val30, a blind part of the labelled PII corpus: size, gold, plausibility and breadth."""

from __future__ import annotations

import ipaddress
import re
from collections import Counter

import phonenumbers
import pytest

from appliance.testing.pii_corpus import ENTITIES, check, val30
from appliance.testing.pii_corpus.val30_gen import WORD_NAMES, leaks
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


@pytest.fixture(scope="module")
def prompts():
    return val30.prompts()


@pytest.fixture(scope="module")
def meta():
    return val30.meta()


def values(prompts, entity):
    return [p.text[g.start : g.end] for p in prompts for g in p.gold if g.entity == entity]


def test_size_split_and_ids(prompts):
    assert len(prompts) == 700
    assert sum(not p.clean for p in prompts) == 420
    assert sum(p.clean for p in prompts) == 280
    assert [p.id for p in prompts] == [f"val30-{i:04d}" for i in range(1, 701)]
    # shuffled: clean and personal prompts are mixed through the part
    assert any(p.clean for p in prompts[:50]) and any(not p.clean for p in prompts[:50])


def test_check_passes(prompts):
    check(prompts)
    assert all(g.entity in ENTITIES for p in prompts for g in p.gold)


def test_deterministic(prompts, meta):
    assert val30.prompts() == prompts
    val30._build.cache_clear()
    try:
        assert val30.prompts() == prompts
        assert val30.meta() == meta
    finally:
        val30._build.cache_clear()


def test_meta(prompts, meta):
    assert len(meta) == len(prompts)
    ids = {t.id for t in val30.PERSONAL_TEMPLATES} | {t.id for t in val30.CLEAN_TEMPLATES}
    clean_ids = {t.id for t in val30.CLEAN_TEMPLATES}
    for p, m in zip(prompts, meta, strict=True):
        assert m["template"] in ids
        assert (m["template"] in clean_ids) == p.clean
        assert isinstance(m["cultures"], list) and isinstance(m["phones"], dict)
        if p.clean:
            assert not m["cultures"] and not m["phones"]
        if any(g.entity == "PERSON" for g in p.gold):
            assert m["cultures"], p.id


@pytest.mark.parametrize("entity", sorted(MINIMUM))
def test_minimum_spans_per_entity(prompts, entity):
    assert len(values(prompts, entity)) >= MINIMUM[entity]


def test_phones_valid_for_their_region(prompts, meta):
    regions = set()
    for p, m in zip(prompts, meta, strict=True):
        for g in p.gold:
            if g.entity != "PHONE_NUMBER":
                continue
            value = p.text[g.start : g.end]
            region = m["phones"][value]
            regions.add(region)
            assert phonenumbers.is_valid_number(phonenumbers.parse(value, region)), value
    assert len(regions) >= 15


def test_cards_luhn_valid(prompts):
    for value in values(prompts, "CREDIT_CARD"):
        digits = re.sub(r"[ -]", "", value)
        assert digits.isdigit() and 13 <= len(digits) <= 19, value
        assert luhn_ok(digits), value


def test_ibans_valid(prompts):
    found = values(prompts, "IBAN_CODE")
    for value in found:
        assert re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9 ]+", value), value
        assert iban_check_digits_ok(value), value
    assert len({v[:2] for v in found}) >= 10


def test_ssns_valid(prompts):
    for value in values(prompts, "US_SSN"):
        assert re.fullmatch(r"\d{3}([- ]?)\d{2}\1\d{4}", value), value
        assert ssn_ok(value), value


def test_ips_parse(prompts):
    kinds = Counter()
    for value in values(prompts, "IP_ADDRESS"):
        kinds[ipaddress.ip_address(value).version] += 1
    assert kinds[4] and kinds[6]


def test_emails_well_formed(prompts):
    for value in values(prompts, "EMAIL_ADDRESS"):
        assert re.fullmatch(
            r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}", value
        )


def test_account_numbers(prompts):
    for value in values(prompts, "ACCOUNT_NUMBER"):
        assert re.fullmatch(r"[0-9-]{8,16}", value), value
        assert value[0].isdigit() and value[-1].isdigit(), value


def test_clean_prompts_hold_no_planted_name_or_place(prompts):
    planted = set(values(prompts, "PERSON")) | set(values(prompts, "LOCATION"))
    words = sorted((v for v in planted if v not in WORD_NAMES), key=len, reverse=True)
    folded = re.compile(r"(?<!\w)(" + "|".join(map(re.escape, words)) + r")(?!\w)", re.I)
    exact = re.compile(r"(?<!\w)(" + "|".join(sorted(planted & WORD_NAMES)) + r")(?!\w)")
    for p in prompts:
        if p.clean:
            assert not folded.search(p.text), (p.id, folded.search(p.text))
            assert not exact.search(p.text), (p.id, exact.search(p.text))


def test_no_planted_word_outside_gold(prompts):
    # the words of every planted name and place: none in clean prompts, and in personal
    # prompts only inside gold spans (or URLs)
    assert leaks(prompts) == []


def test_word_names_planted(prompts, meta):
    planted = {
        p.text[g.start : g.end].split()[0]
        for p, m in zip(prompts, meta, strict=True)
        if "word" in m["cultures"]
        for g in p.gold
        if g.entity == "PERSON"
    }
    assert len(planted & WORD_NAMES) >= 5


def test_no_placeholder_left(prompts):
    for p in prompts:
        assert not re.search(r"\{[a-z][a-z0-9_]*\}", p.text), p.id
        assert "None" not in p.text, p.id


def test_breadth(prompts, meta):
    templates = {m["template"] for m in meta}
    assert len(templates) >= 220
    assert len(val30.PERSONAL_TEMPLATES) + len(val30.CLEAN_TEMPLATES) >= 240
    personal_shapes = {p.shape for p in prompts if not p.clean}
    clean_shapes = {p.shape for p in prompts if p.clean}
    assert len(personal_shapes & clean_shapes) >= 18
    cultures = {c for m in meta for c in m["cultures"]}
    assert len(cultures) >= 60


def test_many_distinct_people(prompts):
    assert len(set(values(prompts, "PERSON"))) >= 900
