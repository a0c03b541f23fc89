"""Tests of `train_j`, the blind-written training generator for PERSON and LOCATION with
things named like people: gold spans well formed and valid, determinism, the clean share,
no hand-written name or place in clean prompts, and the breadth of templates, shapes,
cultures and people."""

from __future__ import annotations

import ipaddress
import re
from functools import cache

from appliance.testing.pii_corpus import Prompt, check, train_j
from appliance.testing.pii_corpus import train_j_names as names
from appliance.testing.pii_corpus import train_j_things as things
from appliance.testing.pii_corpus import train_j_values as values
from appliance.testing.pii_corpus.validity import iban_check_digits_ok, luhn_ok, ssn_ok

SEEDS = (7, 2024)


@cache
def _prompts(seed: int) -> tuple[Prompt, ...]:
    return tuple(train_j.prompts(seed, 1000))


def _all() -> list[Prompt]:
    return [p for s in SEEDS for p in _prompts(s)]


def test_check_passes_for_two_seeds() -> None:
    prompts = _all()
    assert len(prompts) == 2000
    check(prompts)
    assert prompts[0].id == "trainj-7-00001"
    assert prompts[999].id == "trainj-7-01000"


def test_deterministic_per_seed_and_seeds_differ() -> None:
    a = train_j.prompts(7, 200)
    assert a == train_j.prompts(7, 200)
    b = train_j.prompts(8, 200)
    assert [p.text for p in a] != [p.text for p in b]
    assert [p.shape for p in a] != [p.shape for p in b]


def test_clean_share() -> None:
    for seed in SEEDS:
        share = sum(p.clean for p in _prompts(seed)) / len(_prompts(seed))
        assert 0.45 <= share <= 0.55


def test_templates_clean_or_personal_by_their_list() -> None:
    import random

    from appliance.testing.pii_corpus import compose

    rng = random.Random(3)
    for i, (shape, parsed) in enumerate(train_j._PARSED):
        for _ in range(3):
            p = compose(f"t-{i}", shape, train_j._fill(rng, parsed))
            assert p.clean == (i >= len(train_j.PERSONAL)), p.text


_EMAIL = re.compile(r"^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")
_NAME = re.compile(r"^[^\W\d_][^\W\d_ .,'-]*(?:[ .,'-]+[^\W\d_]+)*\.?$")


def _plausible(entity: str, text: str) -> bool:
    if entity == "PERSON":
        return bool(_NAME.match(text)) and not any(ch.isdigit() for ch in text)
    if entity == "LOCATION":
        return any(ch.isalpha() for ch in text) and text[0].isalnum()
    if entity == "EMAIL_ADDRESS":
        return bool(_EMAIL.match(text))
    if entity == "PHONE_NUMBER":
        return values.phone_ok(text)
    if entity == "CREDIT_CARD":
        digits = re.sub(r"[ -]", "", text)
        return digits.isdigit() and 13 <= len(digits) <= 19 and luhn_ok(digits)
    if entity == "IBAN_CODE":
        return bool(re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9 ]+", text)) and iban_check_digits_ok(text)
    if entity == "IP_ADDRESS":
        try:
            ipaddress.ip_address(text)
        except ValueError:
            return False
        return True
    if entity == "US_SSN":
        return bool(re.fullmatch(r"\d{3}[- ]?\d{2}[- ]?\d{4}", text)) and ssn_ok(text)
    if entity == "ACCOUNT_NUMBER":
        return bool(re.fullmatch(r"\d[\d-]{6,}\d", text))
    return False


def test_every_gold_span_is_a_plausible_value() -> None:
    seen: set[str] = set()
    for p in _all():
        for g in p.gold:
            text = p.text[g.start : g.end]
            assert _plausible(g.entity, text), (p.id, g.entity, text)
            seen.add(g.entity)
    assert seen == set(train_j_entities())


def train_j_entities() -> tuple[str, ...]:
    return (
        "PERSON", "LOCATION", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE",
        "IP_ADDRESS", "US_SSN", "ACCOUNT_NUMBER",
    )  # fmt: skip


def test_account_numbers_are_said_to_be_accounts() -> None:
    for p in _all():
        for g in p.gold:
            if g.entity == "ACCOUNT_NUMBER":
                before = p.text[: g.start].lower()
                assert "account" in before or "acct" in before, p.text


def _exempt() -> set[str]:
    return {w.lower() for w in names.EVERYDAY_GIVEN} | set(things.THING_WORDS)


def _person_words() -> set[str]:
    exempt = _exempt()
    return {n.lower() for n in names.GIVEN + names.FAMILY if n.lower() not in exempt}


def _place_phrases() -> set[str]:
    address_cities = {c.split(",")[0] for cs in names.ADDRESS_CITIES.values() for c in cs}
    streets = {s for ss in names.STREETS.values() for s in ss}
    return {
        re.sub(r"^the ", "", p).lower()
        for p in (*names.CITIES, *names.REGIONS, *names.COUNTRIES, *address_cities, *streets)
    }


def _whole(phrase: str) -> re.Pattern[str]:
    return re.compile(r"(?<![^\W_])" + re.escape(phrase) + r"(?![^\W_])", re.IGNORECASE)


def test_clean_prompts_hold_no_pool_name_or_place() -> None:
    patterns = [_whole(w) for w in sorted(_person_words() | _place_phrases())]
    texts = {p.text for p in _all() if p.clean}
    big = "\n".join(texts)
    found = sorted({m.group(0) for pat in patterns for m in [pat.search(big)] if m})
    assert not found, found


def test_exemptions_leave_the_pools_tested() -> None:
    exempt = _exempt()
    given = [g for g in names.GIVEN if g.lower() not in exempt]
    family = [f for f in names.FAMILY if f.lower() not in exempt]
    assert len(given) >= 0.85 * len(names.GIVEN)
    assert len(family) >= 0.85 * len(names.FAMILY)


def test_things_hold_no_place() -> None:
    patterns = [_whole(p) for p in _place_phrases()]
    bad = [t for t in things.ALL_THINGS if any(pat.search(t) for pat in patterns)]
    assert not bad, bad


def test_breadth() -> None:
    assert len(train_j.TEMPLATES) >= 220
    assert len(train_j.SHAPES) >= 15
    assert len(names.CULTURES) >= 40
    assert len(names.GIVEN) >= 300 and len(names.FAMILY) >= 300
    assert len(names.FAKER_GIVEN) >= 1000 and len(names.FAKER_FAMILY) >= 1000
    assert len(set(things.ALL_THINGS)) >= 800
    assert len(things.THINGS) >= 25
    shapes = {p.shape for p in _all()}
    assert shapes == set(train_j.SHAPES)


def test_many_distinct_people() -> None:
    people = {p.text[g.start : g.end] for p in _all() for g in p.gold if g.entity == "PERSON"}
    assert len(people) >= 1000


def test_structured_values_in_about_a_third_of_personal_prompts() -> None:
    personal = [p for p in _all() if not p.clean]
    with_values = [
        p for p in personal if any(g.entity not in ("PERSON", "LOCATION") for g in p.gold)
    ]
    assert 0.2 <= len(with_values) / len(personal) <= 0.45


def test_a_thousand_prompts_with_their_own_ids() -> None:
    # How fast they are made is for scripts/train_pii_ner.py to feel, not for a test to time.
    prompts = train_j.prompts(99, 1000)
    assert len(prompts) == 1000 and len({p.id for p in prompts}) == 1000
