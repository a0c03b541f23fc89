"""Tests of val34, a blind part of the labelled PII corpus."""

from __future__ import annotations

import ipaddress
import re
from collections import Counter

import phonenumbers
import pytest

from appliance.testing.pii_corpus import ENTITIES, check, val34
from appliance.testing.pii_corpus import val34_names as names
from appliance.testing.pii_corpus import val34_places as places
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
EMAIL = re.compile(r"[A-Za-z0-9._%+\-\[\]]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
URL = re.compile(r"(?:https?://|www\.)[^\s\"'<>)\]]+")
WORD = re.compile(r"[^\W\d_]+")


@pytest.fixture(scope="module")
def prompts():
    return val34.prompts()


@pytest.fixture(scope="module")
def meta():
    return val34.meta()


def values(prompts, entity):
    for p in prompts:
        for g in p.gold:
            if g.entity == entity:
                yield p, p.text[g.start : g.end]


def test_size_split_and_ids(prompts):
    assert len(prompts) == 700
    assert sum(not p.clean for p in prompts) == 420
    assert sum(p.clean for p in prompts) == 280
    assert [p.id for p in prompts] == [f"val34-{i:04d}" for i in range(1, 701)]
    assert all(g.entity in ENTITIES for p in prompts for g in p.gold)


def test_check_passes(prompts):
    check(prompts)


def test_deterministic(prompts, meta):
    val34._build.cache_clear()
    again = val34.prompts()
    assert [(p.id, p.text, p.gold, p.shape) for p in again] == [
        (p.id, p.text, p.gold, p.shape) for p in prompts
    ]
    assert val34.meta() == meta


def test_meta(prompts, meta):
    assert len(meta) == len(prompts)
    ids = {t.id for t in val34.PERSONAL_TEMPLATES} | {t.id for t in val34.CLEAN_TEMPLATES}
    for p, m in zip(prompts, meta, strict=True):
        assert m["template"] in ids
        assert isinstance(m["cultures"], list)
        assert isinstance(m["phones"], dict)
        planted = {v for q, v in values([p], "PHONE_NUMBER")}
        assert planted == set(m["phones"]), p.id
        if p.clean:
            assert not m["cultures"] and not m["phones"]
        personal = m["template"] in {t.id for t in val34.PERSONAL_TEMPLATES}
        assert personal == (not p.clean)


def test_minimum_spans(prompts):
    counts = Counter(g.entity for p in prompts for g in p.gold)
    for entity, minimum in MINIMUM_SPANS.items():
        assert counts[entity] >= minimum, (entity, counts[entity])


def test_phones_valid_for_their_region(prompts, meta):
    regions = set()
    for p, m in zip(prompts, meta, strict=True):
        for text, region in m["phones"].items():
            number = phonenumbers.parse(text, region)
            assert phonenumbers.is_valid_number_for_region(number, region), (p.id, text)
            regions.add(region)
    assert len(regions) >= 15


def test_cards_luhn_valid(prompts):
    for p, value in values(prompts, "CREDIT_CARD"):
        digits = re.sub(r"[ -]", "", value)
        assert digits.isdigit() and 13 <= len(digits) <= 19, (p.id, value)
        assert luhn_ok(digits), (p.id, value)


def test_ibans_valid(prompts):
    countries = set()
    for p, value in values(prompts, "IBAN_CODE"):
        assert re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9 ]+", value), (p.id, value)
        assert iban_check_digits_ok(value), (p.id, value)
        countries.add(value[:2])
    assert len(countries) >= 10


def test_ssns_valid(prompts):
    for p, value in values(prompts, "US_SSN"):
        assert re.fullmatch(r"\d{3}-\d{2}-\d{4}|\d{3} \d{2} \d{4}|\d{9}", value), (p.id, value)
        assert ssn_ok(value), (p.id, value)


def test_ips_parse(prompts):
    kinds = set()
    for _p, value in values(prompts, "IP_ADDRESS"):
        kinds.add(ipaddress.ip_address(value).version)
    assert kinds == {4, 6}


def test_emails_well_formed(prompts):
    for p, value in values(prompts, "EMAIL_ADDRESS"):
        assert EMAIL.fullmatch(value), (p.id, value)


def test_account_numbers(prompts):
    for p, value in values(prompts, "ACCOUNT_NUMBER"):
        assert re.fullmatch(r"\d[\d-]*\d", value), (p.id, value)
        assert 8 <= sum(ch.isdigit() for ch in value) <= 16, (p.id, value)


def test_no_placeholder_left(prompts):
    for p in prompts:
        assert "{{" not in p.text and not re.search(r"\{\{[^{}]*\}\}", p.text), p.id


def _planted_words(prompts):
    insensitive, sensitive = set(), set()
    for p in prompts:
        for g in p.gold:
            if g.entity not in ("PERSON", "LOCATION"):
                continue
            for tok in WORD.findall(p.text[g.start : g.end]):
                low = tok.lower()
                if len(tok) < 2 or low in names.PARTICLES:
                    continue
                if g.entity == "LOCATION" and (len(tok) <= 2 or low in places.PLACE_WORDS):
                    continue
                if tok in names.WORD_NAME_SET:
                    sensitive.add(tok)
                else:
                    insensitive.add(low)
    return insensitive, sensitive


def _pattern(words, flags=0):
    alt = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alt})(?!\w)", flags)


def test_clean_prompts_hold_no_planted_name_or_place(prompts):
    insensitive, sensitive = _planted_words(prompts)
    ci, cs = _pattern(insensitive, re.IGNORECASE), _pattern(sensitive)
    for p in prompts:
        if p.clean:
            assert not ci.search(p.text), (p.id, ci.search(p.text).group(0))
            assert not cs.search(p.text), (p.id, cs.search(p.text).group(0))


def test_planted_words_in_personal_prompts_are_gold(prompts):
    insensitive, sensitive = _planted_words(prompts)
    ci, cs = _pattern(insensitive, re.IGNORECASE), _pattern(sensitive)
    for p in prompts:
        if p.clean:
            continue
        chars = list(p.text)
        for g in p.gold:
            chars[g.start : g.end] = " " * (g.end - g.start)
        masked = "".join(chars)
        masked = URL.sub(lambda m: " " * len(m.group(0)), masked)
        masked = EMAIL.sub(lambda m: " " * len(m.group(0)), masked)
        for rx in (ci, cs):
            hit = rx.search(masked)
            assert not hit, (p.id, hit and hit.group(0))


def test_word_names_planted_only_capitalised(prompts):
    for p, value in values(prompts, "PERSON"):
        for tok in WORD.findall(value):
            if tok.lower() in {w.lower() for w in names.WORD_NAME_SET}:
                assert tok in names.WORD_NAME_SET, (p.id, value)


def test_breadth(prompts, meta):
    assert len(val34.PERSONAL_TEMPLATES) + len(val34.CLEAN_TEMPLATES) >= 240
    assert len({m["template"] for m in meta}) >= 220
    shapes = Counter()
    for p in prompts:
        shapes[(p.shape, p.clean)] += 1
    both = {s for s, clean in shapes if (s, not clean) in shapes}
    assert len(both) >= 18
    cultures = {c for m in meta for c in m["cultures"]}
    assert len(cultures) >= 60
    assert "word" in cultures
    langs = {m["lang"] for m in meta}
    assert {"es", "de", "fr", "pt", "it", "nl", "pl", "sv", "tr", "id", "vi"} <= langs
    people = {p.text[g.start : g.end] for p in prompts for g in p.gold if g.entity == "PERSON"}
    assert len(people) >= 1000
