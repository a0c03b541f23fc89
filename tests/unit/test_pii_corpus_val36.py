"""Tests of the val36 part of the labelled PII corpus: size, split, ids, gold spans,
determinism, planted values, clean prompts and breadth."""

from __future__ import annotations

import collections
import ipaddress
import re

import phonenumbers
import pytest

from appliance.testing.pii_corpus import check, val36
from appliance.testing.pii_corpus.validity import iban_check_digits_ok, luhn_ok, ssn_ok

WORD_NAMES = {"hope", "grace", "rose", "jade", "sky", "bill", "will", "mark", "faith"}
WORD_NAMES |= {"summer", "hunter"}
PARTICLES = {"van", "der", "den", "de", "dos", "da", "del", "bin", "binti", "ibn", "von"}
PARTICLES |= {"ap", "ní", "ó", "el", "al", "te", "la", "le", "di", "du"}
WORD = re.compile(r"[^\W\d_]+")


@pytest.fixture(scope="module")
def prompts():
    return val36.prompts()


@pytest.fixture(scope="module")
def meta():
    return val36.meta()


def _values(prompts, entity):
    return [p.text[g.start : g.end] for p in prompts for g in p.gold if g.entity == entity]


def test_size_split_and_ids(prompts, meta):
    assert len(prompts) == 700
    assert len(meta) == 700
    assert [p.id for p in prompts] == [f"val36-{i:04d}" for i in range(1, 701)]
    assert sum(not p.clean for p in prompts) == 420
    assert sum(p.clean for p in prompts) == 280


def test_check_passes(prompts):
    check(prompts)


def test_deterministic(prompts, meta):
    again = val36.prompts()
    assert [(p.id, p.text, p.gold, p.shape) for p in again] == [
        (p.id, p.text, p.gold, p.shape) for p in prompts
    ]
    assert val36.meta() == meta


def test_shuffled(prompts):
    first = [p.clean for p in prompts[:100]]
    assert 10 < sum(first) < 90


def test_minimum_spans_per_entity(prompts):
    counts = collections.Counter(g.entity for p in prompts for g in p.gold)
    minimum = {
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
    for entity, n in minimum.items():
        assert counts[entity] >= n, (entity, counts[entity])


def test_phones_valid_for_their_region(prompts, meta):
    for p, m in zip(prompts, meta, strict=True):
        phones = [p.text[g.start : g.end] for g in p.gold if g.entity == "PHONE_NUMBER"]
        for phone in phones:
            region = m["phones"][phone]
            parsed = phonenumbers.parse(phone, region)
            assert phonenumbers.is_valid_number(parsed), (p.id, phone, region)
            assert phonenumbers.region_code_for_number(parsed) == region, (p.id, phone)
    regions = {r for m in meta for r in m["phones"].values()}
    assert len(regions) >= 15


def test_cards_ibans_ssns_ips_emails_accounts(prompts):
    for card in _values(prompts, "CREDIT_CARD"):
        digits = re.sub(r"[ -]", "", card)
        assert digits.isdigit() and 13 <= len(digits) <= 19 and luhn_ok(digits), card
    countries = set()
    for iban in _values(prompts, "IBAN_CODE"):
        assert re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9 ]+", iban) and iban_check_digits_ok(iban), iban
        countries.add(iban[:2])
    assert len(countries) >= 10
    for ssn in _values(prompts, "US_SSN"):
        assert ssn_ok(ssn), ssn
    for ip in _values(prompts, "IP_ADDRESS"):
        ipaddress.ip_address(ip)
    for mail in _values(prompts, "EMAIL_ADDRESS"):
        assert re.fullmatch(r"[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", mail), mail
    for acct in _values(prompts, "ACCOUNT_NUMBER"):
        assert re.fullmatch(r"[\d-]{8,16}", acct) and acct[0].isdigit(), acct
    assert any(":" in ip for ip in _values(prompts, "IP_ADDRESS"))


def test_spans_are_whole_values(prompts):
    for p in prompts:
        for g in p.gold:
            before = p.text[g.start - 1] if g.start else " "
            after = p.text[g.end] if g.end < len(p.text) else " "
            assert not (before.isalnum() or after.isalnum()), (p.id, p.text[g.start : g.end])


def test_no_placeholder_left(prompts):
    for p in prompts:
        assert not re.search(r"\{\{\s*[\w.:|-]+", p.text), p.id
        assert "{{" not in p.text, p.id


def _planted(prompts, meta):
    words = set()
    for name in _values(prompts, "PERSON"):
        for w in WORD.findall(name):
            low = w.lower()
            if len(low) > 2 and low not in PARTICLES:
                words.add(low)
    places = {p for m in meta for p in m["places"]}
    return words, places


def test_clean_prompts_hold_no_planted_name_or_place(prompts, meta):
    words, places = _planted(prompts, meta)
    ordinary = words - WORD_NAMES
    assert len(words) > 500 and len(places) > 80
    pattern = re.compile(
        r"(?<!\w)(?:" + "|".join(re.escape(p) for p in sorted(places, key=len)[::-1]) + r")(?!\w)",
        re.IGNORECASE,
    )
    for p in prompts:
        if not p.clean:
            continue
        for w in WORD.findall(p.text):
            assert w.lower() not in ordinary, (p.id, w)
            # word-names: their everyday use ("we hope", "grace period") is a decoy
            assert not (w.lower() in WORD_NAMES and w[0].isupper()), (p.id, w)
        assert not pattern.search(p.text), (p.id, pattern.search(p.text).group(0))


def test_planted_names_in_personal_prompts_are_spans(prompts, meta):
    words, _ = _planted(prompts, meta)
    ordinary = words - WORD_NAMES
    links = re.compile(r"https?://\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
    for p in prompts:
        if p.clean:
            continue
        cover = [(g.start, g.end) for g in p.gold]
        cover += [(m.start(), m.end()) for m in links.finditer(p.text)]
        for m in WORD.finditer(p.text):
            if m.group(0).lower() in ordinary:
                assert any(s <= m.start() and m.end() <= e for s, e in cover), (p.id, m.group(0))


def test_breadth(prompts, meta):
    templates = {m["template"] for m in meta}
    assert len(templates) >= 220
    assert len(val36.PERSONAL_TEMPLATES) + len(val36.CLEAN_TEMPLATES) >= 240
    shapes = collections.defaultdict(set)
    for p in prompts:
        shapes[p.shape].add(p.clean)
    assert sum(1 for s in shapes.values() if s == {True, False}) >= 18
    cultures = {c for m in meta for c in m["cultures"]} - {"word"}
    assert len(cultures) >= 60
    assert "word" in {c for m in meta for c in m["cultures"]}
    assert len(set(_values(prompts, "PERSON"))) >= 1000


def test_meta_matches_prompts(prompts, meta):
    for p, m in zip(prompts, meta, strict=True):
        assert {"template", "cultures", "phones"} <= set(m)
        assert (not m["cultures"]) or not p.clean
        phones = {p.text[g.start : g.end] for g in p.gold if g.entity == "PHONE_NUMBER"}
        assert phones == set(m["phones"]), p.id
