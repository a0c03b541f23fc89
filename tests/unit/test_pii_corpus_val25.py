"""Tests of val25, a blind part of the labelled PII corpus: its size and split, its gold spans,
the plausibility of every planted value, and the rule that clean prompts hold none of the
part's planted names and places."""

from __future__ import annotations

import ipaddress
import re
from collections import Counter

import phonenumbers
import pytest

from appliance.testing.pii_corpus import check, val25
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
# Words that are not checked alone: name particles and English words inside longer names.
NOT_ALONE = {
    "van",
    "der",
    "den",
    "de",
    "del",
    "della",
    "di",
    "da",
    "das",
    "dos",
    "du",
    "la",
    "le",
    "von",
    "bin",
    "binti",
    "al",
    "el",
    "te",
    "dela",
    "on",
    "two",
    "bulls",
    "iron",
    "cloud",
    "yellow",
    "horse",
    "little",
    "thunder",
    "brings",
    "plenty",
    "looking",
    "united",
    "kingdom",
    "states",
    "new",
    "south",
    "north",
    "city",
    "state",
    "province",
    "valley",
    "cape",
    "coast",
    "bay",
    "delta",
    "region",
    "republic",
    "port",
}


@pytest.fixture(scope="module")
def prompts():
    return val25.prompts()


@pytest.fixture(scope="module")
def meta():
    return val25.meta()


def spans(prompts, entity):
    return [p.text[g.start : g.end] for p in prompts for g in p.gold if g.entity == entity]


def words(text: str) -> set[str]:
    out = set()
    for tok in re.findall(r"\w+(?:-\w+)*", text.lower()):
        out.add(tok)
        if "-" in tok:
            out.update(part for part in tok.split("-") if len(part) >= 4)
    return out


def planted_words(prompts) -> set[str]:
    """The words of the planted names and places (a street address counts as a whole)."""
    out = set()
    for value in set(spans(prompts, "PERSON")) | set(spans(prompts, "LOCATION")):
        if any(ch.isdigit() for ch in value):
            continue
        out |= {w for w in words(value) if len(w) > 1 and w not in NOT_ALONE}
    return out


def test_size_split_and_ids(prompts, meta):
    assert len(prompts) == 700
    assert sum(not p.clean for p in prompts) == 420
    assert sum(p.clean for p in prompts) == 280
    assert [p.id for p in prompts] == [f"val25-{n:04d}" for n in range(1, 701)]
    assert len(meta) == 700
    # shuffled: clean and personal prompts are mixed
    assert not all(p.clean for p in prompts[:280])


def test_check_passes(prompts):
    check(prompts)


def test_deterministic(prompts, meta):
    val25._build.cache_clear()
    again = val25.prompts()
    assert again == prompts
    assert val25.meta() == meta
    assert val25.prompts() == again


def test_minimum_spans_per_entity(prompts):
    counts = Counter(g.entity for p in prompts for g in p.gold)
    for entity, minimum in MINIMUM.items():
        assert counts[entity] >= minimum, (entity, counts[entity])


def test_meta(prompts, meta):
    personal = {t.id: t.shape for t in val25.PERSONAL_TEMPLATES}
    clean = {t.id: t.shape for t in val25.CLEAN_TEMPLATES}
    for p, m in zip(prompts, meta, strict=True):
        assert {"template", "cultures", "phones"} <= set(m)
        templates = clean if p.clean else personal
        assert templates[m["template"]] == p.shape
        assert set(m["phones"]) == set(spans([p], "PHONE_NUMBER"))
        if p.clean:
            assert not m["cultures"]
        elif spans([p], "PERSON"):
            assert m["cultures"]


def test_phones_valid_for_their_region(prompts, meta):
    regions = set()
    for p, m in zip(prompts, meta, strict=True):
        for value in spans([p], "PHONE_NUMBER"):
            region = m["phones"][value]
            regions.add(region)
            text = "+" + value[2:] if value.startswith("00") else value
            number = phonenumbers.parse(text, region)
            assert phonenumbers.is_valid_number(number), (p.id, value, region)
            assert phonenumbers.region_code_for_number(number) == region, (p.id, value)
    assert len(regions) >= 15


def test_cards_ibans_ssns_ips_emails_accounts(prompts):
    for value in spans(prompts, "CREDIT_CARD"):
        digits = re.sub(r"[ -]", "", value)
        assert digits.isdigit() and 13 <= len(digits) <= 19 and luhn_ok(digits), value
    countries = set()
    for value in spans(prompts, "IBAN_CODE"):
        assert re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9 ]+", value), value
        assert iban_check_digits_ok(value), value
        countries.add(value[:2])
    assert len(countries) >= 10
    for value in spans(prompts, "US_SSN"):
        assert re.fullmatch(r"\d{3}([- ]?)\d{2}\1\d{4}", value) and ssn_ok(value), value
    versions = set()
    for value in spans(prompts, "IP_ADDRESS"):
        versions.add(ipaddress.ip_address(value).version)
    assert versions == {4, 6}
    for value in spans(prompts, "EMAIL_ADDRESS"):
        assert EMAIL.match(value), value
    for value in spans(prompts, "ACCOUNT_NUMBER"):
        assert re.fullmatch(r"[\d-]+", value) and 8 <= len(re.sub(r"\D", "", value)) <= 16, value


def test_clean_prompts_hold_no_planted_name_or_place(prompts):
    personal = [p for p in prompts if not p.clean]
    planted = set(spans(personal, "PERSON")) | set(spans(personal, "LOCATION"))
    checked = planted_words(personal)
    phrases = {v.lower() for v in planted}
    for p in prompts:
        if not p.clean:
            continue
        found = words(p.text) & checked
        assert not found, (p.id, found)
        lowered = p.text.lower()
        for phrase in phrases:
            if phrase in lowered:
                assert not re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", lowered), (p.id, phrase)


def test_planted_words_only_inside_gold_spans(prompts):
    """Outside its gold spans, e-mail addresses and URLs, no prompt holds a word of a planted
    name or place."""
    personal = [p for p in prompts if not p.clean]
    checked = planted_words(personal)
    for p in personal:
        text = list(p.text)
        for g in p.gold:
            text[g.start : g.end] = " " * (g.end - g.start)
        rest = "".join(text)
        rest = re.sub(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?://|www\.)\S+", " ", rest)
        assert not words(rest) & checked, (p.id, words(rest) & checked)


def test_no_placeholder_left(prompts):
    for p in prompts:
        assert not re.search(r"\{\{[^{}]*\}\}", p.text), p.id


def test_breadth(prompts, meta):
    assert len(val25.PERSONAL_TEMPLATES) + len(val25.CLEAN_TEMPLATES) >= 240
    assert len({m["template"] for m in meta}) >= 220
    clean_shapes = {p.shape for p in prompts if p.clean}
    personal_shapes = {p.shape for p in prompts if not p.clean}
    assert len(clean_shapes & personal_shapes) >= 18
    cultures = {c for m in meta for c in m["cultures"]} - {"word"}
    assert len(cultures) >= 60
    assert any("word" in m["cultures"] for m in meta)
    assert len(set(spans(prompts, "PERSON"))) >= 1000
