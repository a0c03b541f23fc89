"""Tests of val29, a blind part of the labelled PII corpus (appliance.testing.pii_corpus)."""

from __future__ import annotations

import ipaddress
import re
from collections import Counter

import phonenumbers
import pytest

from appliance.testing.pii_corpus import ENTITIES, check, val29
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
WORD = re.compile(r"[^\W\d_]+")


@pytest.fixture(scope="module")
def part():
    return val29.prompts(), val29.meta()


def _values(prompts, entity):
    return [(p, p.text[g.start : g.end]) for p in prompts for g in p.gold if g.entity == entity]


def _whole(items):
    items = sorted({i for i in items if i}, key=len, reverse=True)
    return re.compile(
        r"(?<!\w)(?:" + "|".join(re.escape(i) for i in items) + r")(?!\w)", re.IGNORECASE
    )


def _name_words(prompts):
    words = set()
    for _, value in _values(prompts, "PERSON"):
        for w in WORD.findall(value):
            c = w.casefold()
            if len(c) > 1 and c not in val29.PARTICLES and c not in val29.WORD_NAMES:
                words.add(c)
    return words


def _places(prompts, metas):
    places = {v for _, v in _values(prompts, "LOCATION")}
    for m in metas:
        places |= set(m["places"])
    return places


def test_size_split_and_ids(part):
    prompts, metas = part
    assert len(prompts) == 700
    assert len(metas) == 700
    assert sum(1 for p in prompts if p.clean) == 280
    assert sum(1 for p in prompts if not p.clean) == 420
    assert [p.id for p in prompts] == [f"val29-{i:04d}" for i in range(1, 701)]
    for p, m in zip(prompts, metas, strict=True):
        assert {"template", "cultures", "phones"} <= set(m)
        assert m["kind"] == ("clean" if p.clean else "personal")


def test_check_passes(part):
    check(part[0])
    assert all(g.entity in ENTITIES for p in part[0] for g in p.gold)


def test_deterministic():
    first = val29.prompts()
    first_meta = val29.meta()
    val29._build.cache_clear()
    again = val29.prompts()
    assert first == again
    assert first_meta == val29.meta()
    assert val29.prompts() == again


def test_minimum_spans_per_entity(part):
    counts = Counter(g.entity for p in part[0] for g in p.gold)
    for entity, least in MINIMUM.items():
        assert counts[entity] >= least, (entity, counts[entity])


def test_phones_valid_for_their_region(part):
    prompts, metas = part
    for p, m in zip(prompts, metas, strict=True):
        for g in p.gold:
            if g.entity != "PHONE_NUMBER":
                continue
            value = p.text[g.start : g.end]
            region = m["phones"][value]
            n = phonenumbers.parse(value, region)
            assert phonenumbers.is_valid_number(n), (p.id, value, region)
            assert phonenumbers.region_code_for_number(n) == region, (p.id, value, region)
    regions = {r for m in metas for r in m["phones"].values()}
    assert len(regions) >= 15


def test_cards_ibans_ssns_ips_emails_accounts(part):
    prompts = part[0]
    for p, v in _values(prompts, "CREDIT_CARD"):
        digits = re.sub(r"[ -]", "", v)
        assert digits.isdigit() and 13 <= len(digits) <= 19 and luhn_ok(digits), (p.id, v)
    countries = set()
    for p, v in _values(prompts, "IBAN_CODE"):
        assert re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9 ]+", v), (p.id, v)
        assert iban_check_digits_ok(v), (p.id, v)
        countries.add(v[:2])
    assert len(countries) >= 10
    for p, v in _values(prompts, "US_SSN"):
        assert re.fullmatch(r"\d{3}([- ]?)\d{2}\1\d{4}", v) and ssn_ok(v), (p.id, v)
    versions = set()
    for _p, v in _values(prompts, "IP_ADDRESS"):
        versions.add(ipaddress.ip_address(v).version)
    assert versions == {4, 6}
    for p, v in _values(prompts, "EMAIL_ADDRESS"):
        assert EMAIL.match(v), (p.id, v)
    for p, v in _values(prompts, "ACCOUNT_NUMBER"):
        assert re.fullmatch(r"\d[\d-]*\d", v), (p.id, v)
        assert 8 <= len(v.replace("-", "")) <= 16, (p.id, v)


def test_clean_prompts_hold_no_planted_name_or_place(part):
    prompts, metas = part
    pattern = _whole(_name_words(prompts) | _places(prompts, metas))
    for p in prompts:
        if p.clean:
            hit = pattern.search(p.text)
            assert hit is None, (p.id, hit and hit[0])


def test_personal_prompts_span_every_planted_name_and_place(part):
    prompts, metas = part
    pattern = _whole(_name_words(prompts) | _places(prompts, metas))
    for p, m in zip(prompts, metas, strict=True):
        if p.clean:
            continue
        urls = [(u.start(), u.end()) for u in URL.finditer(p.text)]
        pats = [pattern]
        if m.get("word_names"):
            pats.append(_whole(w.casefold() for w in m["word_names"]))
        for pat in pats:
            for hit in pat.finditer(p.text):
                inside = any(g.start <= hit.start() and hit.end() <= g.end for g in p.gold)
                in_url = any(a <= hit.start() and hit.end() <= b for a, b in urls)
                assert inside or in_url, (p.id, hit[0])


def test_no_placeholder_left(part):
    for p in part[0]:
        assert "{{" not in p.text and "}}" not in p.text, p.id
        assert not re.search(r"\{\{[^}]*\}\}", p.text), p.id


def test_breadth(part):
    prompts, metas = part
    assert len({m["template"] for m in metas}) >= 220
    assert len(val29.PERSONAL_TEMPLATES) + len(val29.CLEAN_TEMPLATES) >= 240
    shapes_clean = {p.shape for p in prompts if p.clean}
    shapes_personal = {p.shape for p in prompts if not p.clean}
    assert len(shapes_clean & shapes_personal) >= 18
    cultures = {c for m in metas for c in m["cultures"]}
    assert len(cultures) >= 60
    assert "word" in cultures
    people = {v for _, v in _values(prompts, "PERSON")}
    assert len(people) >= 1000
