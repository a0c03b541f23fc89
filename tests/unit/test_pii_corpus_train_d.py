"""Tests of train_d, the labelled training-prompt generator: structure, determinism, the
clean share, the validity of every gold value, clean prompts free of the hand-written names
and places, and the variety floors (templates, shapes, cultures, distinct names)."""

from __future__ import annotations

import ipaddress
import re

import pytest

from appliance.testing.pii_corpus import ENTITIES, Prompt, check, train_d
from appliance.testing.pii_corpus import train_d_names as names
from appliance.testing.pii_corpus import train_d_values as values
from appliance.testing.pii_corpus.validity import iban_check_digits_ok, luhn_ok, ssn_ok


@pytest.fixture(scope="module")
def corpus() -> list[Prompt]:
    return train_d.prompts(11, 1000) + train_d.prompts(12, 1000)


def test_check_passes_and_ids(corpus: list[Prompt]) -> None:
    check(corpus)
    assert corpus[0].id == "traind-11-00001"
    assert corpus[-1].id == "traind-12-01000"
    assert all(g.entity in ENTITIES for p in corpus for g in p.gold)


def test_deterministic_per_seed() -> None:
    assert train_d.prompts(5, 300) == train_d.prompts(5, 300)


def test_seeds_differ() -> None:
    a, b = train_d.prompts(1, 300), train_d.prompts(2, 300)
    assert sum(x.text != y.text for x, y in zip(a, b, strict=True)) > 280
    assert [p.shape for p in a] != [p.shape for p in b]


def test_clean_share(corpus: list[Prompt]) -> None:
    share = sum(p.clean for p in corpus) / len(corpus)
    assert 0.35 <= share <= 0.45


_TITLE = re.compile(r"^(dr|mr|mrs|ms|mx|miss|prof|nurse|judge)\b\.?\s", re.I)
_EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")


def _plausible(entity: str, value: str) -> bool:
    if entity == "PERSON":
        return (
            any(c.isalpha() for c in value)
            and not any(c.isdigit() for c in value)
            and "@" not in value
            and "\n" not in value
            and not _TITLE.match(value)
            and not value.endswith(("'s", "'S"))
        )
    if entity == "LOCATION":
        return any(c.isalpha() for c in value) and "\n" not in value
    if entity == "EMAIL_ADDRESS":
        return bool(_EMAIL.match(value))
    if entity == "PHONE_NUMBER":
        return values.phone_ok_any(value)
    if entity == "CREDIT_CARD":
        digits = re.sub(r"[ -]", "", value)
        return digits.isdigit() and 13 <= len(digits) <= 19 and luhn_ok(digits)
    if entity == "IBAN_CODE":
        return iban_check_digits_ok(value)
    if entity == "IP_ADDRESS":
        try:
            ipaddress.ip_address(value)
        except ValueError:
            return False
        return True
    if entity == "US_SSN":
        return ssn_ok(value)
    if entity == "ACCOUNT_NUMBER":
        return re.fullmatch(r"\d{6,14}|\d{4}-\d{4,10}", value) is not None
    return False


def test_gold_values_plausible(corpus: list[Prompt]) -> None:
    bad = [
        (p.id, g.entity, p.text[g.start : g.end])
        for p in corpus
        for g in p.gold
        if not _plausible(g.entity, p.text[g.start : g.end])
    ]
    assert not bad, bad[:10]


def test_every_entity_kind_appears(corpus: list[Prompt]) -> None:
    seen = {g.entity for p in corpus for g in p.gold}
    assert seen == set(ENTITIES)


def _pool_pattern() -> re.Pattern[str]:
    word_given = {w.lower() for w in names.WORD_GIVEN}
    terms = {n for n in names.HAND_GIVEN + names.HAND_FAMILY if n.lower() not in word_given}
    for place in values.CITIES + values.REGIONS + values.COUNTRIES:
        terms.add(place.removeprefix("the "))
    alts = "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alts})(?!\w)", re.I)


def test_clean_prompts_hold_no_pool_names_or_places(corpus: list[Prompt]) -> None:
    pattern = _pool_pattern()
    hits = [(p.id, m.group(0)) for p in corpus if p.clean for m in pattern.finditer(p.text)]
    assert not hits, hits[:10]


def test_word_names_used_both_ways(corpus: list[Prompt]) -> None:
    words = {w.lower() for w in names.WORD_GIVEN}
    as_person = {
        p.text[g.start : g.end].lower()
        for p in corpus
        for g in p.gold
        if g.entity == "PERSON" and p.text[g.start : g.end].lower() in words
    }
    as_thing = {
        w for p in corpus if p.clean for w in re.findall(r"[A-Za-z]+", p.text.lower()) if w in words
    }
    assert len(as_person) >= 10
    assert len(as_thing) >= 8


def test_variety_floors() -> None:
    assert train_d.template_count() >= 220
    assert len(train_d.shapes()) >= 15
    assert len(names.CULTURES) >= 40
    assert len(set(names.HAND_GIVEN)) >= 300
    assert len(set(names.HAND_FAMILY)) >= 300


def test_distinct_person_values(corpus: list[Prompt]) -> None:
    people = {p.text[g.start : g.end] for p in corpus for g in p.gold if g.entity == "PERSON"}
    assert len(people) >= 1000


def test_a_thousand_prompts_with_their_own_ids() -> None:
    # How fast they are made is for scripts/train_pii_ner.py to feel, not for a test to time.
    prompts = train_d.prompts(99, 1000)
    assert len(prompts) == 1000 and len({p.id for p in prompts}) == 1000


def test_personal_prompts_name_no_one_outside_gold(corpus: list[Prompt]) -> None:
    pattern = _pool_pattern()
    hits = []
    for p in corpus:
        text = list(p.text)
        for g in p.gold:
            text[g.start : g.end] = " " * (g.end - g.start)
        hits += [(p.id, m.group(0)) for m in pattern.finditer("".join(text))]
    assert not hits, hits[:10]


def test_pool_pattern_finds_a_planted_place() -> None:
    assert _pool_pattern().search("shipped to kraków on Monday")
