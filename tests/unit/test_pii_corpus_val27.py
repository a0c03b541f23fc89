"""The val27 part of the labelled PII corpus: size, ids, gold spans, plausible values, clean
prompts free of planted names and places, breadth."""

from __future__ import annotations

import ipaddress
import re
from collections import Counter

import phonenumbers
import pytest

from appliance.testing.pii_corpus import ENTITIES, check, val27
from appliance.testing.pii_corpus.val27_gen import STOP, URL_OR_MAIL, check_planted
from appliance.testing.pii_corpus.val27_names import WORD_NAMES
from appliance.testing.pii_corpus.validity import iban_check_digits_ok, luhn_ok, ssn_ok


@pytest.fixture(scope="module")
def prompts():
    return val27.prompts()


@pytest.fixture(scope="module")
def meta():
    return val27.meta()


def spans(prompts, entity):
    return [(p, p.text[g.start : g.end]) for p in prompts for g in p.gold if g.entity == entity]


def test_size_split_and_ids(prompts, meta):
    assert len(prompts) == 700
    assert len(meta) == 700
    assert sum(not p.clean for p in prompts) == 420
    assert sum(p.clean for p in prompts) == 280
    assert [p.id for p in prompts] == [f"val27-{i:04d}" for i in range(1, 701)]
    # shuffled: personal and clean prompts are mixed through the part
    assert any(p.clean for p in prompts[:50]) and any(not p.clean for p in prompts[:50])


def test_check_passes(prompts):
    check(prompts)
    for p in prompts:
        for g in p.gold:
            assert g.entity in ENTITIES


def test_deterministic(prompts, meta):
    assert val27.prompts() == prompts
    val27._build.cache_clear()
    assert val27.prompts() == prompts
    assert val27.meta() == meta


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


def test_minimum_spans_per_entity(prompts):
    counts = Counter(g.entity for p in prompts for g in p.gold)
    for entity, least in MINIMUM.items():
        assert counts[entity] >= least, (entity, counts[entity])


def test_phones_valid_for_their_region(prompts, meta):
    regions = set()
    for p, m in zip(prompts, meta, strict=True):
        for g in p.gold:
            if g.entity != "PHONE_NUMBER":
                continue
            value = p.text[g.start : g.end]
            region = m["phones"][value]
            regions.add(region)
            assert phonenumbers.is_valid_number(phonenumbers.parse(value, region)), (p.id, value)
    assert len(regions) >= 15


def test_cards_ibans_ssns_ips_emails_accounts_plausible(prompts):
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
        assert re.fullmatch(r"[^@\s<>]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+", value), (p.id, value)
    for p, value in spans(prompts, "ACCOUNT_NUMBER"):
        assert re.fullmatch(r"\d[\d-]{6,14}\d", value), (p.id, value)
        assert 8 <= len(value) <= 16


def planted(prompts):
    """Every PERSON and LOCATION value, and its words (generic address words aside)."""
    values, words = set(), set()
    for p in prompts:
        for g in p.gold:
            if g.entity in ("PERSON", "LOCATION"):
                value = p.text[g.start : g.end]
                values.add(value)
                for w in re.findall(r"[^\W\d_]+", value):
                    if len(w) >= 3 and w.lower() not in STOP:
                        words.add(w)
    return values, words


def test_clean_prompts_hold_no_planted_name_or_place(prompts):
    values, words = planted(prompts)
    plain = {w.lower() for w in words if w not in WORD_NAMES}
    plain |= {v.lower() for v in values if v not in WORD_NAMES}
    cased = {w for w in words if w in WORD_NAMES}
    plain_re = re.compile(
        r"\b(?:" + "|".join(map(re.escape, sorted(plain, key=len, reverse=True))) + r")\b", re.I
    )
    cased_re = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(cased))) + r")\b")
    for p in prompts:
        if p.clean:
            assert not plain_re.search(p.text), (p.id, plain_re.search(p.text).group(0))
            assert not cased_re.search(p.text), (p.id, cased_re.search(p.text).group(0))


def test_planted_words_in_personal_prompts_are_gold(prompts):
    check_planted(prompts)  # raises on a planted word outside a gold span


def test_word_names_and_handles(prompts, meta):
    word_names = [v for p, v in spans(prompts, "PERSON") if v.split(" ")[0] in WORD_NAMES]
    assert len(word_names) >= 10
    for p in prompts:
        if p.shape == "voice":
            assert p.text == p.text.lower()
        # no name is labelled inside an e-mail address or URL
        for m in URL_OR_MAIL.finditer(p.text):
            for g in p.gold:
                if g.entity == "PERSON":
                    assert g.end <= m.start() or g.start >= m.end(), p.id


def test_no_placeholder_left(prompts):
    for p in prompts:
        assert "«" not in p.text and "»" not in p.text, p.id


def test_breadth(prompts, meta):
    templates = {m["template"] for m in meta}
    assert len(templates) >= 220
    assert len(val27.PERSONAL_TEMPLATES) + len(val27.CLEAN_TEMPLATES) >= 240
    both = {p.shape for p in prompts if p.clean} & {p.shape for p in prompts if not p.clean}
    assert len(both) >= 18
    cultures = {c for m in meta for c in m["cultures"]} - {"word"}
    assert len(cultures) >= 60
    people = {v for p, v in spans(prompts, "PERSON")}
    assert len(people) >= 900
    for m, p in zip(meta, prompts, strict=True):
        assert m["shape"] == p.shape
        assert set(m["phones"]) == {
            p.text[g.start : g.end] for g in p.gold if g.entity == "PHONE_NUMBER"
        }
