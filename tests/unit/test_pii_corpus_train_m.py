"""Tests of train_m, the blind generator of training prompts for the PII NER model: spans
valid and plausible for their entity, determinism per seed, the clean share, no name or
place of the hand-written pools in clean prompts, and the breadth of templates, shapes,
cultures and person names."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from appliance.testing.pii_corpus import Prompt, check, train_m
from appliance.testing.pii_corpus import train_m_names as names
from appliance.testing.pii_corpus import train_m_values as values
from appliance.testing.pii_corpus.validity import iban_check_digits_ok, luhn_ok, ssn_ok


@cache
def _two_seeds() -> tuple[Prompt, ...]:
    return tuple(train_m.prompts(1, 1000) + train_m.prompts(2, 1000))


def test_check_passes_for_two_seeds() -> None:
    prompts = list(_two_seeds())
    check(prompts)
    assert len(prompts) == 2000
    assert prompts[0].id == "trainm-1-00001"
    assert prompts[999].id == "trainm-1-01000"


def test_deterministic_per_seed_and_seeds_differ() -> None:
    a = train_m.prompts(5, 200)
    b = train_m.prompts(5, 200)
    c = train_m.prompts(6, 200)
    assert a == b
    assert [p.text for p in a] != [p.text for p in c]
    assert [p.shape for p in a] != [p.shape for p in c]


def test_clean_share() -> None:
    for seed in (1, 2):
        prompts = [p for p in _two_seeds() if p.id.startswith(f"trainm-{seed}-")]
        share = sum(p.clean for p in prompts) / len(prompts)
        assert 0.35 <= share <= 0.45, share


def test_personal_prompts_carry_names_and_some_values() -> None:
    personal = [p for p in _two_seeds() if not p.clean]
    named = sum(any(g.entity in ("PERSON", "LOCATION") for g in p.gold) for p in personal)
    assert named / len(personal) >= 0.95
    structured = {"PHONE_NUMBER", "EMAIL_ADDRESS", "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS"}
    structured |= {"US_SSN", "ACCOUNT_NUMBER"}
    with_values = sum(any(g.entity in structured for g in p.gold) for p in personal)
    assert 0.25 <= with_values / len(personal) <= 0.42


def _plausible(entity: str, value: str) -> bool:
    if entity in ("PERSON", "LOCATION"):
        return bool(re.search(r"[^\W\d_]", value)) and "@" not in value
    if entity == "EMAIL_ADDRESS":
        return bool(values.EMAIL_RE.match(value))
    if entity == "PHONE_NUMBER":
        return values.phone_ok(value)
    if entity == "CREDIT_CARD":
        digits = re.sub(r"[ \-]", "", value)
        return digits.isdigit() and 13 <= len(digits) <= 19 and luhn_ok(digits)
    if entity == "IBAN_CODE":
        return bool(re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9 ]+", value)) and iban_check_digits_ok(value)
    if entity == "IP_ADDRESS":
        return values.ip_ok(value)
    if entity == "US_SSN":
        return bool(re.fullmatch(r"\d{3}[- ]?\d{2}[- ]?\d{4}", value)) and ssn_ok(value)
    if entity == "ACCOUNT_NUMBER":
        return bool(values.ACCOUNT_RE.match(value))
    return False


def test_every_span_is_a_plausible_value() -> None:
    bad = [
        (p.id, g.entity, p.text[g.start : g.end])
        for p in _two_seeds()
        for g in p.gold
        if not _plausible(g.entity, p.text[g.start : g.end])
    ]
    assert not bad, bad[:10]


def test_clean_prompts_hold_no_pool_name_or_place() -> None:
    exempt = names.WORD_GIVEN_LOWER | set(values.NAMED_LIKE_PEOPLE)
    pool = {
        v.lower()
        for v in (
            *names.POOL_GIVEN,
            *names.POOL_FAMILY,
            *names.CITIES,
            *names.REGIONS,
            *names.COUNTRIES,
            *names.ADDRESSES,
        )
    }
    pool -= exempt
    pattern = re.compile(
        r"(?<![^\W_])(?:"
        + "|".join(map(re.escape, sorted(pool, key=len, reverse=True)))
        + r")(?![^\W_])"
    )
    hits = [
        (p.id, m.group(0))
        for p in _two_seeds()
        if p.clean
        for m in [pattern.search(p.text.lower())]
        if m
    ]
    assert not hits, hits[:10]


def test_named_like_people_words_are_never_gold() -> None:
    for p in _two_seeds():
        for g in p.gold:
            if g.entity == "PERSON":
                assert p.text[g.start : g.end] not in values.BRANDS


def test_breadth() -> None:
    assert len(train_m.TEMPLATES) >= 220
    assert len({t for _, t in train_m.TEMPLATES}) == len(train_m.TEMPLATES)
    assert len(train_m.SHAPES) >= 15
    assert len(names.CULTURES) >= 40
    assert len(set(names.POOL_GIVEN)) >= 300
    assert len(set(names.POOL_FAMILY)) >= 300
    shapes = Counter(p.shape for p in _two_seeds())
    assert len(shapes) >= 15
    persons = {
        p.text[g.start : g.end] for p in _two_seeds() for g in p.gold if g.entity == "PERSON"
    }
    assert len(persons) >= 1000, len(persons)


def test_fast() -> None:
    import time

    start = time.perf_counter()
    train_m.prompts(9, 1000)
    assert time.perf_counter() - start < 3.0
