"""Tests of val16, the sixteenth blind part of the labelled PII corpus: size and split, ids,
gold spans, determinism, minimum spans per entity, every span a plausible value of its
entity, clean prompts free of the part's names and places, breadth of shapes, templates and
cultures."""

from __future__ import annotations

import ipaddress
import re
from collections import Counter

import phonenumbers
import pytest

from appliance.testing.pii_corpus import ENTITIES, check, val16
from appliance.testing.pii_corpus import val16_names as names
from appliance.testing.pii_corpus import val16_values as values
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
EMAIL = re.compile(r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$")


@pytest.fixture(scope="module")
def prompts():
    return val16.prompts()


@pytest.fixture(scope="module")
def meta():
    return val16.meta()


def test_size_split_and_ids(prompts):
    assert len(prompts) == 700
    assert sum(not p.clean for p in prompts) == 420
    assert sum(p.clean for p in prompts) == 280
    assert [p.id for p in prompts] == [f"val16-{i:04d}" for i in range(1, 701)]


def test_check_passes(prompts):
    check(prompts)
    assert all(g.entity in ENTITIES for p in prompts for g in p.gold)


def test_deterministic(prompts):
    assert val16.prompts() == prompts
    val16._build.cache_clear()
    assert val16.prompts() == prompts


def test_minimum_spans(prompts):
    counts = Counter(g.entity for p in prompts for g in p.gold)
    for entity, least in MINIMUM.items():
        assert counts[entity] >= least, (entity, counts[entity])


def test_values_plausible(prompts, meta):
    for p, m in zip(prompts, meta, strict=True):
        for g in p.gold:
            value = p.text[g.start : g.end]
            if g.entity == "PHONE_NUMBER":
                region = m["phone_regions"][g.start]
                number = phonenumbers.parse(value, None if value.startswith("+") else region)
                assert phonenumbers.is_valid_number(number), (p.id, value, region)
            elif g.entity == "CREDIT_CARD":
                digits = re.sub(r"[ -]", "", value)
                assert digits.isdigit() and 13 <= len(digits) <= 19 and luhn_ok(digits), value
            elif g.entity == "IBAN_CODE":
                assert re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9 ]+", value) and iban_check_digits_ok(
                    value
                )
            elif g.entity == "US_SSN":
                assert re.fullmatch(r"\d{3}([- ]?)\d{2}\1\d{4}", value) and ssn_ok(value), value
            elif g.entity == "IP_ADDRESS":
                ipaddress.ip_address(value)
            elif g.entity == "EMAIL_ADDRESS":
                assert EMAIL.match(value), value
            elif g.entity == "ACCOUNT_NUMBER":
                assert re.fullmatch(r"[\d -]{6,}", value), value
                window = p.text[max(0, g.start - 400) : g.start].lower()
                assert re.search(r"account|acct|iban", window), (p.id, value)
            elif g.entity == "PERSON":
                assert not value.startswith("@") and not value.endswith("'s"), value
                assert not re.match(r"(?i)(dr|mr|mrs|ms|prof)\.? ", value), value
            elif g.entity == "LOCATION":
                assert value[0].isalnum(), value


def test_every_occurrence_labelled(prompts):
    """A planted value of two words or more that appears again in its prompt is labelled
    there too."""
    for p in prompts:
        spans = {(g.start, g.end) for g in p.gold}
        for g in p.gold:
            value = p.text[g.start : g.end]
            if g.entity not in ("PERSON", "LOCATION") or " " not in value:
                continue
            for m in re.finditer(re.escape(value), p.text):
                inside = any(s <= m.start() and m.end() <= e for s, e in spans)
                assert inside, (p.id, value)


def test_no_name_split_in_two_spans(prompts):
    """A given and family name written together are one PERSON span, not two."""
    for p in prompts:
        gold = sorted((g for g in p.gold if g.entity == "PERSON"), key=lambda g: g.start)
        for a, b in zip(gold, gold[1:], strict=False):
            assert p.text[a.end : b.start] != " ", (p.id, p.text[a.start : b.end])


def test_clean_prompts_hold_no_planted_name_or_place(prompts):
    planted = {
        p.text[g.start : g.end].lower()
        for p in prompts
        for g in p.gold
        if g.entity in ("PERSON", "LOCATION")
    }
    pattern = re.compile(
        r"(?<!\w)("
        + "|".join(re.escape(v) for v in sorted(planted, key=len, reverse=True))
        + r")(?!\w)"
    )
    for p in prompts:
        if p.clean:
            hit = pattern.search(p.text.lower())
            assert hit is None, (p.id, hit and hit.group(0))


def test_breadth(prompts, meta):
    shapes_personal = {p.shape for p in prompts if not p.clean}
    shapes_clean = {p.shape for p in prompts if p.clean}
    assert len(shapes_personal & shapes_clean) >= 18
    assert len(val16.templates()) >= 220
    assert len({m["template"] for m in meta}) >= 220
    cultures = {c for m in meta for c in m["cultures"]}
    assert len(cultures) >= 60
    assert all(m["cultures"] == [] for p, m in zip(prompts, meta, strict=True) if p.clean)


def _pool_pattern(word_names: bool) -> re.Pattern[str]:
    words = set()
    for given, family, _ in names.CULTURES.values():
        for w in given.split("|") + family.split("|"):
            w = w.rstrip("*")
            words |= {w.lower(), names.plain(w).lower()}
    words |= {w.lower() for w in names.WORD_FAMILIES + names.NICKNAMES}
    if word_names:
        words |= {w.lower() for w in names.WORD_NAMES}
    for pl in values.PLACES:
        for w in (pl.city, pl.region, pl.country):
            words |= {w.lower(), names.plain(w).lower()}
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(r"(?<!\w)(" + alternation + r")(?!\w)")


def test_templates_literal_text_holds_no_name_or_place():
    """Names and places enter a prompt only through slots: clean templates and the decoy
    pools hold none of the part's names and places (not even the given names that are
    words); the personal templates' own words hold none but those everyday words, and
    those never capitalised."""
    strict, loose = _pool_pattern(True), _pool_pattern(False)
    for t in val16.CLEAN:
        literal = re.sub(r"«[^»]*»", " ", t.text).lower()
        assert strict.search(literal) is None, (t.name, strict.search(literal))
    for kind, things in values.THINGS.items():
        for thing in things:
            assert strict.search(thing.lower()) is None, (kind, thing)
    capitalised = re.compile(r"\b(" + "|".join(names.WORD_NAMES) + r")\b")
    for t in val16.PERSONAL:
        literal = re.sub(r"«[^»]*»", " ", t.text)
        assert loose.search(literal.lower()) is None, (t.name, loose.search(literal.lower()))
        assert capitalised.search(literal) is None, (t.name, capitalised.search(literal))
