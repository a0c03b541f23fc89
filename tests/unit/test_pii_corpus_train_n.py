"""Tests of train_n, the blind training generator of leisure and shopping prompts."""

from __future__ import annotations

import ipaddress
import re
import time
from collections import Counter
from functools import cache

import pytest

from appliance.testing.pii_corpus import Prompt, check, train_n
from appliance.testing.pii_corpus.train_n_names import CULTURES, EVERYDAY_GIVEN, FAMILY, GIVEN
from appliance.testing.pii_corpus.train_n_places import _STREETS, ALL_PLACES
from appliance.testing.pii_corpus.train_n_things import THING_WORDS, THINGS
from appliance.testing.pii_corpus.train_n_values import phone_ok
from appliance.testing.pii_corpus.validity import iban_check_digits_ok, luhn_ok, ssn_ok

_EMAIL = re.compile(r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$", re.IGNORECASE)


@cache
def _prompts(seed: int) -> tuple[Prompt, ...]:
    return tuple(train_n.prompts(seed, 1000))


def _both() -> list[Prompt]:
    return [*_prompts(1), *_prompts(2)]


def test_check_passes_for_two_seeds() -> None:
    prompts = _both()
    assert len(prompts) == 2000
    check(prompts)
    assert prompts[0].id == "trainn-1-00001"


def test_deterministic_per_seed_and_seeds_differ() -> None:
    again = train_n.prompts(1, 1000)
    assert [(p.id, p.text, p.gold) for p in again] == [(p.id, p.text, p.gold) for p in _prompts(1)]
    assert [p.text for p in _prompts(1)] != [p.text for p in _prompts(2)]
    assert [p.shape for p in _prompts(1)[:50]] != [p.shape for p in _prompts(2)[:50]]


def test_clean_share() -> None:
    for seed in (1, 2):
        share = sum(p.clean for p in _prompts(seed)) / 1000
        assert 0.45 <= share <= 0.55


def test_fast() -> None:
    start = time.perf_counter()
    train_n.prompts(99, 1000)
    assert time.perf_counter() - start < 5.0


def _plausible(entity: str, value: str) -> bool:
    if entity == "PHONE_NUMBER":
        return phone_ok(value)
    if entity == "CREDIT_CARD":
        digits = re.sub(r"[ -]", "", value)
        return digits.isdigit() and 13 <= len(digits) <= 19 and luhn_ok(digits)
    if entity == "IBAN_CODE":
        return bool(re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9 ]+", value.upper())) and (
            iban_check_digits_ok(value)
        )
    if entity == "US_SSN":
        return bool(re.fullmatch(r"\d{3}[- ]?\d{2}[- ]?\d{4}", value)) and ssn_ok(value)
    if entity == "IP_ADDRESS":
        try:
            ipaddress.ip_address(value)
        except ValueError:
            return False
        return True
    if entity == "EMAIL_ADDRESS":
        return bool(_EMAIL.match(value))
    if entity == "ACCOUNT_NUMBER":
        return bool(re.fullmatch(r"\d[\d-]{6,14}\d", value))
    if entity == "PERSON":
        return (
            not value.endswith("'s")
            and "@" not in value
            and not re.match(r"(?i)(dr|mr|mrs|ms|prof)\.?\s", value)
            and bool(re.search(r"[^\W\d_]", value))
        )
    if entity == "LOCATION":
        return bool(re.search(r"[^\W\d_]", value))
    return False


def test_gold_values_are_plausible() -> None:
    for p in _both():
        for g in p.gold:
            value = p.text[g.start : g.end]
            assert _plausible(g.entity, value), (p.id, g.entity, value)


def test_every_occurrence_of_a_planted_name_or_place_is_labelled() -> None:
    for p in _both():
        spans = [(g.start, g.end) for g in p.gold]
        emails = [(g.start, g.end) for g in p.gold if g.entity == "EMAIL_ADDRESS"]
        for g in p.gold:
            if g.entity not in ("PERSON", "LOCATION"):
                continue
            value = p.text[g.start : g.end]
            for m in re.finditer(r"(?<!\w)" + re.escape(value) + r"(?!\w)", p.text):
                inside = any(s <= m.start() and m.end() <= e for s, e in spans + emails)
                assert inside, (p.id, value, p.text)


def _whole_word(word: str, text: str) -> bool:
    return re.search(r"(?<!\w)" + re.escape(word.lower()) + r"(?!\w)", text) is not None


def test_clean_prompts_hold_no_pool_names_or_places() -> None:
    exempt = {w.lower() for w in EVERYDAY_GIVEN} | THING_WORDS
    names = {n for n in (*GIVEN, *FAMILY) if n.lower() not in exempt}
    places = set(ALL_PLACES)
    for streets, cities, _ in _STREETS.values():
        places |= set(streets) | set(cities)
    banned = re.compile(
        r"(?<!\w)(" + "|".join(re.escape(w.lower()) for w in names | places) + r")(?!\w)"
    )
    for p in _both():
        if p.clean:
            hit = banned.search(p.text.lower())
            assert hit is None, (p.id, hit.group(0), p.text)


def test_things_carry_no_place_of_the_pools() -> None:
    things = " | ".join(t for items in THINGS.values() for t in items).lower()
    for place in ALL_PLACES:
        assert not _whole_word(place, things), place


def test_sizes() -> None:
    assert len(train_n.TEMPLATES) >= 220
    assert len(train_n.SHAPES) >= 15
    hand = [c for c in CULTURES if c != "everyday_words"]
    assert len(hand) >= 40
    assert len(set(GIVEN)) >= 300 and len(set(FAMILY)) >= 300
    assert len(THINGS) >= 40
    assert len({t for items in THINGS.values() for t in items}) >= 2000
    assert all(items for items in THINGS.values())


def test_many_distinct_people_and_both_halves_of_names() -> None:
    values = Counter(
        p.text[g.start : g.end] for p in _both() for g in p.gold if g.entity == "PERSON"
    )
    assert len(values) >= 1000
    entities = Counter(g.entity for p in _both() for g in p.gold)
    for entity in (
        "PERSON",
        "LOCATION",
        "EMAIL_ADDRESS",
        "PHONE_NUMBER",
        "CREDIT_CARD",
        "IBAN_CODE",
        "IP_ADDRESS",
        "US_SSN",
        "ACCOUNT_NUMBER",
    ):
        assert entities[entity] > 0, entity


def test_structured_values_in_about_a_third_of_personal_prompts() -> None:
    personal = [p for p in _both() if not p.clean]
    with_values = [
        p for p in personal if any(g.entity not in ("PERSON", "LOCATION") for g in p.gold)
    ]
    assert 0.22 <= len(with_values) / len(personal) <= 0.45


@pytest.mark.parametrize("seed", [1, 2])
def test_personal_prompts_mention_things(seed: int) -> None:
    words = THING_WORDS
    personal = [p for p in _prompts(seed) if not p.clean]
    with_things = [
        p for p in personal if any(w.lower() in words for w in re.findall(r"[^\W\d_]+", p.text))
    ]
    assert len(with_things) / len(personal) > 0.8
