"""Tests of train_i, the blind-written training generator for entertainment and culture
traffic: ids and determinism, the clean share, valid gold values, clean prompts free of the
hand-written names and places, every planted name labelled wherever it occurs, and the
breadth of templates, shapes, cultures and names."""

from __future__ import annotations

import ipaddress
import re

import pytest

from appliance.testing.pii_corpus import Prompt, check, train_i
from appliance.testing.pii_corpus.train_i_names import (
    CULTURES,
    EVERYDAY_GIVEN,
    FAMILY_NAMES,
    GIVEN_NAMES,
)
from appliance.testing.pii_corpus.train_i_places import CITIES, COUNTRIES, REGIONS
from appliance.testing.pii_corpus.train_i_things import THING_WORDS, THINGS
from appliance.testing.pii_corpus.train_i_values import luhn_card_ok, phone_ok
from appliance.testing.pii_corpus.validity import iban_check_digits_ok, ssn_ok


@pytest.fixture(scope="module")
def corpus() -> list[Prompt]:
    return train_i.prompts(7, 1000) + train_i.prompts(8, 1000)


def test_check_passes_and_ids(corpus: list[Prompt]) -> None:
    check(corpus)
    assert corpus[0].id == "traini-7-00001"
    assert corpus[1999].id == "traini-8-01000"


def test_deterministic_per_seed_and_seeds_differ() -> None:
    a, b = train_i.prompts(3, 200), train_i.prompts(3, 200)
    assert a == b
    c = train_i.prompts(4, 200)
    assert [p.text for p in a] != [p.text for p in c]
    assert [p.shape for p in a] != [p.shape for p in c]


def test_clean_share(corpus: list[Prompt]) -> None:
    share = sum(p.clean for p in corpus) / len(corpus)
    assert 0.45 <= share <= 0.55


def test_a_thousand_prompts_with_their_own_ids() -> None:
    # How fast they are made is for scripts/train_pii_ner.py to feel, not for a test to time.
    prompts = train_i.prompts(11, 1000)
    assert len(prompts) == 1000 and len({p.id for p in prompts}) == 1000


_EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")


def _plausible(entity: str, value: str) -> bool:
    if entity == "PERSON":
        return bool(re.search(r"[^\W\d_]", value)) and not re.search(r"[\d@<>{}\"]", value)
    if entity == "LOCATION":
        return bool(re.search(r"[^\W\d_]{2,}", value)) and not re.search(r"[@<>{}\"]", value)
    if entity == "EMAIL_ADDRESS":
        return bool(_EMAIL.match(value))
    if entity == "PHONE_NUMBER":
        return phone_ok(value)
    if entity == "CREDIT_CARD":
        return luhn_card_ok(value)
    if entity == "IBAN_CODE":
        return bool(re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9 ]+", value)) and iban_check_digits_ok(value)
    if entity == "IP_ADDRESS":
        try:
            ipaddress.ip_address(value)
        except ValueError:
            return False
        return True
    if entity == "US_SSN":
        return bool(re.fullmatch(r"\d{3}([- ]?)\d{2}\1\d{4}", value)) and ssn_ok(value)
    if entity == "ACCOUNT_NUMBER":
        return bool(re.fullmatch(r"\d[\d -]{6,}\d", value))
    return False


def test_gold_values_plausible(corpus: list[Prompt]) -> None:
    bad = [
        (p.id, g.entity, p.text[g.start : g.end])
        for p in corpus
        for g in p.gold
        if not _plausible(g.entity, p.text[g.start : g.end])
    ]
    assert not bad, bad[:10]


def test_every_entity_planted(corpus: list[Prompt]) -> None:
    entities = {g.entity for p in corpus for g in p.gold}
    assert entities == {
        "PERSON", "LOCATION", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE",
        "IP_ADDRESS", "US_SSN", "ACCOUNT_NUMBER",
    }  # fmt: skip
    personal = [p for p in corpus if not p.clean]
    with_value = [
        p for p in personal if any(g.entity not in ("PERSON", "LOCATION") for g in p.gold)
    ]
    assert 0.25 <= len(with_value) / len(personal) <= 0.45


def _allowed(entry: str) -> bool:
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", entry)]
    everyday = {g.lower() for g in EVERYDAY_GIVEN}
    return entry.lower() in everyday or all(w in THING_WORDS for w in words)


def test_clean_prompts_hold_no_pool_name_or_place(corpus: list[Prompt]) -> None:
    pool = [
        e for e in (*GIVEN_NAMES, *FAMILY_NAMES, *CITIES, *REGIONS, *COUNTRIES) if not _allowed(e)
    ]
    pattern = re.compile(
        r"(?<!\w)("
        + "|".join(re.escape(e) for e in sorted(pool, key=len, reverse=True))
        + r")(?!\w)",
        re.IGNORECASE,
    )
    hits = [(p.id, m.group(0)) for p in corpus if p.clean for m in pattern.finditer(p.text)]
    assert not hits, hits[:20]


def test_things_hold_no_place() -> None:
    places = [*CITIES, *REGIONS, *COUNTRIES]
    pattern = re.compile(r"(?<!\w)(" + "|".join(re.escape(e) for e in places) + r")(?!\w)", re.I)
    bad = [item for items in THINGS.values() for item in items if pattern.search(item)]
    assert not bad, bad


def test_planted_names_labelled_wherever_they_occur(corpus: list[Prompt]) -> None:
    for p in corpus:
        spans = [(g.start, g.end) for g in p.gold]
        for g in p.gold:
            if g.entity not in ("PERSON", "LOCATION"):
                continue
            value = p.text[g.start : g.end]
            for m in re.finditer(r"(?<!\w)" + re.escape(value) + r"(?!\w)", p.text):
                assert any(s <= m.start() and m.end() <= e for s, e in spans), (p.id, value)


def test_breadth() -> None:
    assert len(train_i.TEMPLATES) >= 220
    assert len(train_i.SHAPES) >= 15
    assert len(CULTURES) >= 40
    assert len(GIVEN_NAMES) >= 300
    assert len(FAMILY_NAMES) >= 300
    assert sum(len(v) for v in THINGS.values()) >= 500
    assert len(THINGS) >= 30


def test_distinct_people(corpus: list[Prompt]) -> None:
    people = {p.text[g.start : g.end] for p in corpus for g in p.gold if g.entity == "PERSON"}
    assert len(people) >= 1000


def test_everyday_names_are_people_and_words(corpus: list[Prompt]) -> None:
    everyday = {g.lower() for g in EVERYDAY_GIVEN}
    as_people = {
        p.text[g.start : g.end].lower()
        for p in corpus
        for g in p.gold
        if g.entity == "PERSON" and p.text[g.start : g.end].lower() in everyday
    }
    as_words = {
        w.lower() for p in corpus if p.clean for w in re.findall(r"[^\W\d_]+", p.text)
    } & everyday
    assert len(as_people) >= 20
    assert as_words
