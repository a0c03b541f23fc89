"""The val23 part of the labelled PII corpus: size, split, determinism, gold validity,
plausible planted values, clean prompts free of planted names, and breadth."""

from __future__ import annotations

import ipaddress
import re
from collections import Counter

import phonenumbers
import pytest

from appliance.testing.pii_corpus import ENTITIES, check, val23
from appliance.testing.pii_corpus.val23_gen import significant_tokens
from appliance.testing.pii_corpus.val23_names import WORD_NAMES
from appliance.testing.pii_corpus.validity import iban_check_digits_ok, luhn_ok, ssn_ok

EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")
MASK = re.compile(r"(?:https?://|www\.)\S+|[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
PLACEHOLDER = re.compile(r"\{(?:p|w|c|ph|role|cc|ib|ip|ssn|acct|d|alt)\d*[.:}]")
WORD_NAME_TOKENS = {w.casefold() for w in WORD_NAMES}

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
    return val23.prompts()


@pytest.fixture(scope="module")
def meta():
    return val23.meta()


def _values(prompts, entity):
    return [p.text[g.start : g.end] for p in prompts for g in p.gold if g.entity == entity]


def _whole_word(tokens):
    alternation = "|".join(re.escape(t) for t in sorted(tokens, key=len, reverse=True))
    return re.compile(r"(?<!\w)(?:" + alternation + r")(?!\w)", re.IGNORECASE)


def test_size_split_and_ids(prompts):
    assert len(prompts) == 700
    assert sum(not p.clean for p in prompts) == 420
    assert sum(p.clean for p in prompts) == 280
    assert [p.id for p in prompts] == [f"val23-{i:04d}" for i in range(1, 701)]


def test_check_passes_and_entities_known(prompts):
    check(prompts)
    assert {g.entity for p in prompts for g in p.gold} <= set(ENTITIES)


def test_deterministic(prompts, meta):
    val23._build.cache_clear()
    again = val23.prompts()
    assert again == prompts
    assert val23.meta() == meta
    assert val23.prompts() == prompts


def test_meta_matches_prompts(prompts, meta):
    assert len(meta) == len(prompts)
    for p, m in zip(prompts, meta, strict=True):
        assert {"template", "cultures", "phones"} <= set(m)
        assert m["shape"] == p.shape
        if p.clean:
            assert not m["cultures"] and not m["phones"]
        phones = _values([p], "PHONE_NUMBER")
        assert set(phones) == set(m["phones"])


def test_minimum_spans_per_entity(prompts):
    counts = Counter(g.entity for p in prompts for g in p.gold)
    for entity, minimum in MINIMUM.items():
        assert counts[entity] >= minimum, (entity, counts[entity])


def test_phones_valid_for_their_region(prompts, meta):
    regions = set()
    for p, m in zip(prompts, meta, strict=True):
        for value, region in m["phones"].items():
            number = phonenumbers.parse(value, region)
            assert phonenumbers.is_valid_number(number), (p.id, value, region)
            assert phonenumbers.region_code_for_number(number) == region, (p.id, value)
            regions.add(region)
    assert len(regions) >= 15


def test_cards_luhn_valid(prompts):
    for value in _values(prompts, "CREDIT_CARD"):
        assert re.fullmatch(r"\d[\d -]*\d", value), value
        digits = re.sub(r"\D", "", value)
        assert 13 <= len(digits) <= 19 and luhn_ok(digits), value


def test_ibans_valid(prompts):
    values = _values(prompts, "IBAN_CODE")
    for value in values:
        assert re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9 ]+", value), value
        assert iban_check_digits_ok(value), value
    assert len({v[:2] for v in values}) >= 10


def test_ssns_valid(prompts):
    for value in _values(prompts, "US_SSN"):
        assert re.fullmatch(r"\d{3}([- ]?)\d{2}\1\d{4}", value), value
        assert ssn_ok(value), value


def test_ips_parse(prompts):
    values = _values(prompts, "IP_ADDRESS")
    versions = {ipaddress.ip_address(v).version for v in values}
    assert versions == {4, 6}


def test_emails_well_formed(prompts):
    for value in _values(prompts, "EMAIL_ADDRESS"):
        assert EMAIL.match(value), value


def test_account_numbers(prompts):
    for value in _values(prompts, "ACCOUNT_NUMBER"):
        assert re.fullmatch(r"\d[\d-]*\d", value), value
        assert 8 <= len(re.sub(r"\D", "", value)) <= 16, value


def test_clean_prompts_hold_no_planted_name_or_place(prompts):
    tokens = set()
    for value in _values(prompts, "PERSON") + _values(prompts, "LOCATION"):
        tokens |= significant_tokens(value)
    tokens -= WORD_NAME_TOKENS
    assert len(tokens) > 1000
    rx = _whole_word(tokens)
    for p in prompts:
        if p.clean:
            m = rx.search(MASK.sub(lambda m: " " * len(m.group()), p.text))
            assert m is None, (p.id, m and m.group())


def test_planted_names_always_labelled_within_a_prompt(prompts):
    for p in prompts:
        if p.clean:
            continue
        spans = [(g.start, g.end) for g in p.gold if g.entity in ("PERSON", "LOCATION")]
        tokens = set()
        for s, e in spans:
            tokens |= significant_tokens(p.text[s:e])
        if not tokens:
            continue
        text = MASK.sub(lambda m: " " * len(m.group()), p.text)
        for m in _whole_word(tokens).finditer(text):
            assert any(s <= m.start() and m.end() <= e for s, e in spans), (p.id, m.group())


def test_no_placeholder_left(prompts):
    for p in prompts:
        assert not PLACEHOLDER.search(p.text), p.id


def test_gold_values_are_not_padded_and_texts_nonempty(prompts):
    for p in prompts:
        assert p.text.strip()
        for g in p.gold:
            value = p.text[g.start : g.end]
            assert value == value.strip() and value


def test_breadth(prompts, meta):
    assert len(val23.PERSONAL_TEMPLATES) + len(val23.CLEAN_TEMPLATES) >= 240
    assert len({m["template"] for m in meta}) >= 220
    shapes: dict[str, set[bool]] = {}
    for p in prompts:
        shapes.setdefault(p.shape, set()).add(p.clean)
    assert sum(1 for kinds in shapes.values() if kinds == {True, False}) >= 18
    cultures = {c for m in meta for c in m["cultures"]}
    assert len(cultures) >= 60
    people = set(_values(prompts, "PERSON"))
    assert len(people) >= 1000


def test_templates_split_by_kind(prompts, meta):
    personal = {t.id for t in val23.PERSONAL_TEMPLATES}
    clean = {t.id for t in val23.CLEAN_TEMPLATES}
    assert not personal & clean
    for p, m in zip(prompts, meta, strict=True):
        assert (m["template"] in clean) == p.clean


def test_word_names_only_as_people(prompts, meta):
    used = [m for m in meta if "word" in m["cultures"]]
    assert len(used) >= 20
    for p, m in zip(prompts, meta, strict=True):
        if "word" not in m["cultures"]:
            continue
        persons = [p.text[g.start : g.end] for g in p.gold if g.entity == "PERSON"]
        assert any(set(v.casefold().split()) & WORD_NAME_TOKENS for v in persons), p.id
