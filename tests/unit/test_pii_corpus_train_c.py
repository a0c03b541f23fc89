"""Tests of train_c, the generator of labelled training prompts (developer and IT traffic)."""

from __future__ import annotations

import ipaddress
import re

import pytest

from appliance.testing.pii_corpus import check, train_c
from appliance.testing.pii_corpus import train_c_names as names
from appliance.testing.pii_corpus import train_c_values as values
from appliance.testing.pii_corpus.validity import iban_check_digits_ok, luhn_ok, ssn_ok

SEEDS = (7, 2024)


@pytest.fixture(scope="module")
def corpus() -> dict[int, list]:
    return {seed: train_c.prompts(seed, 1000) for seed in SEEDS}


def _all(corpus: dict[int, list]) -> list:
    return [p for seed in SEEDS for p in corpus[seed]]


def test_check_passes_for_two_seeds(corpus: dict[int, list]) -> None:
    prompts = _all(corpus)
    assert len(prompts) == 2000
    check(prompts)
    assert corpus[7][0].id == "trainc-7-00001"
    assert corpus[7][-1].id == "trainc-7-01000"


def test_deterministic_per_seed(corpus: dict[int, list]) -> None:
    assert train_c.prompts(7, 1000) == corpus[7]


def test_seeds_differ(corpus: dict[int, list]) -> None:
    a, b = corpus[SEEDS[0]], corpus[SEEDS[1]]
    assert sum(x.text == y.text for x, y in zip(a, b, strict=True)) < 50
    assert [p.shape for p in a[:50]] != [p.shape for p in b[:50]]


def test_clean_share(corpus: dict[int, list]) -> None:
    for seed in SEEDS:
        share = sum(p.clean for p in corpus[seed]) / len(corpus[seed])
        assert 0.35 <= share <= 0.45


def test_structured_values_in_about_a_third_of_personal(corpus: dict[int, list]) -> None:
    structured = {"EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS",
                  "US_SSN", "ACCOUNT_NUMBER"}  # fmt: skip
    personal = [p for p in _all(corpus) if not p.clean]
    share = sum(any(g.entity in structured for g in p.gold) for p in personal) / len(personal)
    assert 0.25 <= share <= 0.42


_NAME_CHARS = re.compile(r"^[^\W\d_][\w'’.\- ,]*$")


def _plausible(entity: str, value: str) -> bool:
    digits = re.sub(r"\D", "", value)
    match entity:
        case "PERSON":
            return bool(_NAME_CHARS.match(value)) and not value.endswith("'s")
        case "LOCATION":
            return value[0].isalnum() and "  " not in value and len(value) >= 2
        case "EMAIL_ADDRESS":
            return (
                re.fullmatch(r"[a-z0-9._%+\-]+@[a-z0-9.\-]+\.[a-z]{2,}", value.lower()) is not None
            )
        case "PHONE_NUMBER":
            return values.phone_ok(value)
        case "CREDIT_CARD":
            return (
                re.fullmatch(r"[\d \-]+", value) is not None
                and 13 <= len(digits) <= 19
                and luhn_ok(digits)
            )
        case "IBAN_CODE":
            return re.fullmatch(
                r"[A-Za-z]{2}\d{2}[A-Za-z0-9 ]+", value
            ) is not None and iban_check_digits_ok(value)
        case "US_SSN":
            return ssn_ok(value)
        case "IP_ADDRESS":
            try:
                ipaddress.ip_address(value)
            except ValueError:
                return False
            return True
        case "ACCOUNT_NUMBER":
            return re.fullmatch(r"[\d \-]+", value) is not None and 8 <= len(digits) <= 17
    return False


def test_every_span_is_plausible(corpus: dict[int, list]) -> None:
    bad = [
        (p.id, g.entity, p.text[g.start : g.end])
        for p in _all(corpus)
        for g in p.gold
        if not _plausible(g.entity, p.text[g.start : g.end])
    ]
    assert not bad, bad[:20]


def test_account_numbers_are_announced(corpus: dict[int, list]) -> None:
    for p in _all(corpus):
        for g in p.gold:
            if g.entity == "ACCOUNT_NUMBER":
                assert re.search(r"acct|account", p.text, re.I), p.text


def test_clean_prompts_hold_no_pool_names_or_places(corpus: dict[int, list]) -> None:
    words = {n.lower() for n in names.WORD_NAMES}
    pool = {n for n in names.GIVEN if n.lower() not in words} | set(names.FAMILY)
    pool |= set(values.PLACE_NAMES)
    pattern = re.compile(
        r"(?<!\w)("
        + "|".join(re.escape(n) for n in sorted(pool, key=len, reverse=True))
        + r")(?!\w)",
        re.IGNORECASE,
    )
    hits = [(p.id, m.group(0)) for p in _all(corpus) if p.clean for m in pattern.finditer(p.text)]
    assert not hits, sorted({h[1] for h in hits})


def test_templates_shapes_cultures() -> None:
    assert train_c.template_count() >= 220
    assert len(train_c.SHAPES) >= 15
    assert len(names.CULTURES) >= 40
    assert len(names.GIVEN) >= 300
    assert len(names.FAMILY) >= 300
    assert len(train_c.CLEAN) >= 80


def test_every_template_is_used(corpus: dict[int, list]) -> None:
    shapes = {p.shape for p in _all(corpus)}
    assert shapes == set(train_c.SHAPES)


def test_many_distinct_people(corpus: dict[int, list]) -> None:
    people = {p.text[g.start : g.end] for p in _all(corpus) for g in p.gold if g.entity == "PERSON"}
    assert len(people) >= 1000
    places = {
        p.text[g.start : g.end] for p in _all(corpus) for g in p.gold if g.entity == "LOCATION"
    }
    assert len(places) >= 150


def test_word_names_appear_as_people_and_as_words(corpus: dict[int, list]) -> None:
    words = {n.lower() for n in names.WORD_NAMES}
    as_people = {
        p.text[g.start : g.end].lower()
        for p in _all(corpus)
        for g in p.gold
        if g.entity == "PERSON" and p.text[g.start : g.end].lower() in words
    }
    as_words = {
        w for p in _all(corpus) if p.clean for w in re.findall(r"\w+", p.text.lower()) if w in words
    }
    assert len(as_people) >= 10 and len(as_words) >= 10


def test_a_thousand_prompts_with_their_own_ids() -> None:
    # How fast they are made is for scripts/train_pii_ner.py to feel, not for a test to time.
    prompts = train_c.prompts(99, 1000)
    assert len(prompts) == 1000 and len({p.id for p in prompts}) == 1000
