"""Tests of the train_g generator of labelled training prompts (written blind: see its
module docstring)."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from appliance.testing.pii_corpus import Prompt, check, train_g
from appliance.testing.pii_corpus import train_g_names as names
from appliance.testing.pii_corpus.train_g_values import valid


@lru_cache(maxsize=4)
def _prompts(seed: int, count: int) -> tuple[Prompt, ...]:
    return tuple(train_g.prompts(seed, count))


def _two_seeds() -> list[Prompt]:
    return list(_prompts(1, 1000)) + list(_prompts(2, 1000))


def test_check_passes_for_two_seeds() -> None:
    prompts = _two_seeds()
    assert len(prompts) == 2000
    check(prompts)
    assert prompts[0].id == "traing-1-00001"
    assert prompts[999].id == "traing-1-01000"


def test_deterministic_per_seed() -> None:
    assert train_g.prompts(5, 50) == train_g.prompts(5, 50)


def test_seeds_differ() -> None:
    a = [p.text for p in _prompts(1, 1000)[:200]]
    b = [p.text for p in _prompts(2, 1000)[:200]]
    assert sum(x != y for x, y in zip(a, b, strict=True)) > 190


def test_clean_share() -> None:
    for seed in (1, 2):
        share = sum(p.clean for p in _prompts(seed, 1000)) / 1000
        assert 0.35 <= share <= 0.45


def test_gold_values_are_plausible() -> None:
    for p in _two_seeds():
        for g in p.gold:
            text = p.text[g.start : g.end]
            assert valid(g.entity, text), (p.id, g.entity, text)


def test_clean_prompts_hold_no_pool_names_or_places() -> None:
    everyday = {w.lower() for w in names.EVERYDAY_GIVEN}
    words = {w for w in names.GIVEN + names.FAMILY if w.lower() not in everyday}
    words |= set(names.ALL_CITIES) | set(names.REGIONS)
    words |= {c.removeprefix("the ") for c in names.COUNTRIES} | set(names.COUNTRY_CELLS)
    pattern = re.compile(
        r"(?<!\w)(" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + r")(?!\w)",
        re.IGNORECASE,
    )
    for p in _two_seeds():
        if p.clean:
            m = pattern.search(p.text)
            assert m is None, (p.id, m.group(0) if m else "", p.text)


def test_template_and_pool_counts() -> None:
    assert len(train_g.TEMPLATES) >= 220
    assert len(set(train_g.TEMPLATES)) == len(train_g.TEMPLATES)
    assert len(train_g.SHAPES) >= 15
    assert len(names.CULTURES) >= 40
    assert len(set(names.GIVEN)) >= 300
    assert len(set(names.FAMILY)) >= 300


def test_many_distinct_person_values() -> None:
    persons = {
        p.text[g.start : g.end] for p in _two_seeds() for g in p.gold if g.entity == "PERSON"
    }
    assert len(persons) >= 1000


def test_every_entity_and_shape_appears() -> None:
    entities = Counter(g.entity for p in _two_seeds() for g in p.gold)
    for entity in ("PERSON", "LOCATION", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD",
                   "IBAN_CODE", "IP_ADDRESS", "US_SSN", "ACCOUNT_NUMBER"):  # fmt: skip
        assert entities[entity] > 0, entity
    shapes = {p.shape for p in _two_seeds()}
    assert shapes == set(train_g.SHAPES)
