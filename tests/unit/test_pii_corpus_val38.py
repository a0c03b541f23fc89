"""The val38 part of the labelled PII corpus: size, split, validity of every planted value,
clean prompts free of planted names, and breadth."""

from __future__ import annotations

import collections
import ipaddress
import re

import phonenumbers
import pytest

from appliance.testing.pii_corpus import ENTITIES, check, val38
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
URL = re.compile(r"(?:https?://|www\.)\S+")


@pytest.fixture(scope="module")
def prompts():
    return val38.prompts()


@pytest.fixture(scope="module")
def meta():
    return val38.meta()


def spans(prompts, entity):
    return [(p, p.text[g.start : g.end]) for p in prompts for g in p.gold if g.entity == entity]


def words_of(value: str) -> set[str]:
    out = set()
    for tok in re.findall(r"\w+", value):
        if len(tok) >= 3 and not any(c.isdigit() for c in tok):
            if tok.lower() not in val38.STOPWORDS and tok not in val38.WORD_NAMES:
                out.add(tok.lower())
    return out


def whole_word(words: set[str], text: str) -> list[tuple[str, int, int]]:
    """Whole-word, case-insensitive occurrences of words (each a run of word characters:
    a whole-word match is a maximal run of word characters equal to it)."""
    return [
        (m.group().lower(), m.start(), m.end())
        for m in re.finditer(r"\w+", text)
        if m.group().lower() in words
    ]


def test_size_split_and_ids(prompts, meta):
    assert len(prompts) == 700
    assert sum(p.clean for p in prompts) == 280
    assert [p.id for p in prompts] == [f"val38-{n:04d}" for n in range(1, 701)]
    assert len(meta) == 700
    for m in meta:
        assert {"template", "cultures", "phones"} <= set(m)
    templates = {t.id for t in val38.PERSONAL_TEMPLATES} | {t.id for t in val38.CLEAN_TEMPLATES}
    assert len(templates) == len(val38.PERSONAL_TEMPLATES) + len(val38.CLEAN_TEMPLATES) >= 240


def test_check_passes(prompts):
    check(prompts)
    for p in prompts:
        assert all(g.entity in ENTITIES for g in p.gold)


def test_deterministic(prompts, meta):
    assert val38.prompts() == prompts
    val38._build.cache_clear()
    assert val38.prompts() == prompts
    assert val38.meta() == meta


def test_minimum_spans_per_entity(prompts):
    counts = collections.Counter(g.entity for p in prompts for g in p.gold)
    for entity, minimum in MINIMUM.items():
        assert counts[entity] >= minimum, (entity, counts[entity])


def test_phones_valid_for_their_region(prompts, meta):
    regions = set()
    for p, m in zip(prompts, meta, strict=True):
        for g in p.gold:
            if g.entity != "PHONE_NUMBER":
                continue
            value = p.text[g.start : g.end]
            region = m["phones"][value]
            number = phonenumbers.parse(value, region)
            assert phonenumbers.is_valid_number_for_region(number, region), (p.id, value, region)
            regions.add(region)
    assert len(regions) >= 15


def test_structured_values_plausible(prompts):
    for p, value in spans(prompts, "CREDIT_CARD"):
        digits = re.sub(r"[ -]", "", value)
        assert digits.isdigit() and 13 <= len(digits) <= 19 and luhn_ok(digits), (p.id, value)
    countries = set()
    for p, value in spans(prompts, "IBAN_CODE"):
        assert re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9 ]+", value), (p.id, value)
        assert iban_check_digits_ok(value), (p.id, value)
        countries.add(value[:2])
    assert len(countries) >= 10
    for p, value in spans(prompts, "US_SSN"):
        assert re.fullmatch(r"\d{3}([- ]?)\d{2}\1\d{4}", value) and ssn_ok(value), (p.id, value)
    versions = set()
    for _p, value in spans(prompts, "IP_ADDRESS"):
        versions.add(ipaddress.ip_address(value).version)
    assert versions == {4, 6}
    for p, value in spans(prompts, "EMAIL_ADDRESS"):
        assert EMAIL.match(value), (p.id, value)
    for p, value in spans(prompts, "ACCOUNT_NUMBER"):
        assert re.fullmatch(r"[0-9-]{8,16}", value) and value[0].isdigit(), (p.id, value)


def test_clean_prompts_hold_no_planted_name_or_place(prompts):
    planted: set[str] = set()
    for entity in ("PERSON", "LOCATION"):
        for _, value in spans(prompts, entity):
            planted |= words_of(value)
    assert len(planted) > 800
    for p in prompts:
        if p.clean:
            hits = whole_word(planted, p.text)
            assert not hits, (p.id, hits)


def test_planted_names_in_personal_prompts_are_spans(prompts):
    planted: set[str] = set()
    for entity in ("PERSON", "LOCATION"):
        for _, value in spans(prompts, entity):
            planted |= words_of(value)
    for p in prompts:
        if p.clean:
            continue
        covers = [(g.start, g.end) for g in p.gold]
        covers += [m.span() for m in URL.finditer(p.text)]
        for w, s, e in whole_word(planted, p.text):
            assert any(a <= s and e <= b for a, b in covers), (p.id, w, s)


def test_no_placeholder_left(prompts):
    for p in prompts:
        assert not re.search(r"<<[a-z]+\d*(\.[a-z]+)?(:\w+)?>>", p.text), p.id
        assert not re.search(r"<<[a-z]", p.text), p.id
        assert not re.search(r"\{(p|w|nick|city|phone)\d", p.text), p.id


def test_breadth(prompts, meta):
    assert len({m["template"] for m in meta}) >= 220
    shapes = collections.defaultdict(set)
    for p in prompts:
        shapes[p.shape].add(p.clean)
    assert sum(1 for v in shapes.values() if v == {True, False}) >= 18
    cultures = {c for m in meta for c in m["cultures"]} - {"word"}
    assert len(cultures) >= 60
    assert any("word" in m["cultures"] for m in meta)
    people = {value for _, value in spans(prompts, "PERSON")}
    assert len(people) >= 1000
