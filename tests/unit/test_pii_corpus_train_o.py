"""Tests of the train_o training-prompt generator (written blind, like the generator: from
the corpus's `__init__.py` and `validity.py` only)."""

from __future__ import annotations

import ipaddress
import re
from collections import Counter
from functools import cache

import phonenumbers

from appliance.testing.pii_corpus import Prompt, check, train_o
from appliance.testing.pii_corpus.train_o_clean import THINGS_NAMED_LIKE_PEOPLE
from appliance.testing.pii_corpus.train_o_names import (
    CULTURES,
    HAND_FAMILY,
    HAND_GIVEN,
    WORD_GIVEN_NAMES,
)
from appliance.testing.pii_corpus.train_o_places import COUNTRIES, PLACE_NAMES
from appliance.testing.pii_corpus.validity import iban_check_digits_ok, luhn_ok, ssn_ok

_REGIONS = tuple(c.code for c in COUNTRIES)
_EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")


@cache
def _two_seeds() -> list[Prompt]:
    return train_o.prompts(11, 1000) + train_o.prompts(12, 1000)


def _phone_ok(value: str) -> bool:
    regions = (None,) if value.startswith("+") else _REGIONS
    for region in regions:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(value, region)):
                return True
        except phonenumbers.NumberParseException:
            continue
    return False


def _value_ok(entity: str, value: str) -> bool:
    if entity == "PERSON":
        return bool(re.search(r"[^\W\d_]", value)) and not re.search(r"[\d@/<>{}|^]", value)
    if entity == "LOCATION":
        return bool(re.search(r"[^\W\d_]{2}", value)) and "@" not in value
    if entity == "EMAIL_ADDRESS":
        return bool(_EMAIL.match(value))
    if entity == "PHONE_NUMBER":
        return _phone_ok(value)
    if entity == "CREDIT_CARD":
        digits = re.sub(r"[ -]", "", value)
        return digits.isdigit() and 13 <= len(digits) <= 19 and luhn_ok(digits)
    if entity == "IBAN_CODE":
        return bool(re.fullmatch(r"[A-Za-z]{2}\d{2}[A-Za-z0-9 ]+", value)) and (
            iban_check_digits_ok(value)
        )
    if entity == "IP_ADDRESS":
        try:
            ipaddress.ip_address(value)
        except ValueError:
            return False
        return True
    if entity == "US_SSN":
        return bool(re.fullmatch(r"\d{3}([- ]?)\d{2}\1\d{4}", value)) and ssn_ok(value)
    if entity == "ACCOUNT_NUMBER":
        return bool(re.fullmatch(r"[\d -]+", value)) and len(re.sub(r"\D", "", value)) >= 6
    return False


def test_check_passes_and_ids() -> None:
    ps = _two_seeds()
    check(ps)
    assert len(ps) == 2000
    assert ps[0].id == "traino-11-00001"
    assert ps[999].id == "traino-11-01000"


def test_deterministic_per_seed_and_seeds_differ() -> None:
    a, b = train_o.prompts(5, 200), train_o.prompts(5, 200)
    assert a == b
    c = train_o.prompts(6, 200)
    assert [p.text for p in a] != [p.text for p in c]
    assert sum(p.text == q.text for p, q in zip(a, c, strict=True)) < 20


def test_clean_share() -> None:
    for seed in (11, 12):
        ps = train_o.prompts(seed, 1000)
        share = sum(p.clean for p in ps) / len(ps)
        assert 0.35 <= share <= 0.45


def test_gold_values_are_plausible() -> None:
    bad = []
    for p in _two_seeds():
        for g in p.gold:
            value = p.text[g.start : g.end]
            if not _value_ok(g.entity, value):
                bad.append((p.id, g.entity, value))
    assert not bad, bad[:20]


def test_every_entity_planted() -> None:
    counts = Counter(g.entity for p in _two_seeds() for g in p.gold)
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
        assert counts[entity] >= 10, (entity, counts)


def test_clean_prompts_hold_no_pool_names_or_places() -> None:
    exempt = {w.lower() for w in WORD_GIVEN_NAMES}
    for thing in THINGS_NAMED_LIKE_PEOPLE:
        exempt.update(w.lower() for w in re.findall(r"[^\W\d_]+", thing))
    names = sorted(
        {n for n in (*HAND_GIVEN, *HAND_FAMILY, *PLACE_NAMES) if n.lower() not in exempt},
        key=len,
        reverse=True,
    )
    pattern = re.compile(
        r"(?<!\w)(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)", re.IGNORECASE
    )
    hits = [
        (p.id, m.group()) for p in _two_seeds() if p.clean for m in [pattern.search(p.text)] if m
    ]
    assert not hits, hits[:20]


def test_counts_of_templates_shapes_cultures() -> None:
    assert len(train_o.TEMPLATES) >= 220
    assert len(train_o.SHAPES) >= 15
    assert len(CULTURES) >= 40
    assert len(HAND_GIVEN) >= 300
    assert len(HAND_FAMILY) >= 300
    assert len({c.code for c in COUNTRIES}) >= 25


def test_many_distinct_person_values() -> None:
    persons = {
        p.text[g.start : g.end] for p in _two_seeds() for g in p.gold if g.entity == "PERSON"
    }
    assert len(persons) >= 1000


def test_personal_prompts_have_gold_and_structured_share() -> None:
    ps = _two_seeds()
    personal = [p for p in ps if not p.clean]
    structured = [
        p for p in personal if any(g.entity not in ("PERSON", "LOCATION") for g in p.gold)
    ]
    assert 0.2 <= len(structured) / len(personal) <= 0.5


def test_fast() -> None:
    import time

    start = time.perf_counter()
    train_o.prompts(99, 1000)
    assert time.perf_counter() - start < 3.0
