"""Tests of val20, the blind part of the labelled PII corpus: size and split, ids, `check`,
determinism, the minimum spans per entity, valid values for every gold span, clean prompts
free of the part's planted names and places, and its breadth (shapes, templates, cultures).

Written by the val20 author, who read only the corpus package's `__init__.py` and
`validity.py`.
"""

from __future__ import annotations

import ipaddress
import re
from collections import Counter

import phonenumbers
import pytest

from appliance.testing.pii_corpus import check, val20
from appliance.testing.pii_corpus.val20_names import WORD_NAMES
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
EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")
# Particles and short parts of names that are also everyday words in other languages.
NOT_A_NAME_ALONE = {
    "van",
    "der",
    "den",
    "de",
    "la",
    "del",
    "da",
    "dos",
    "du",
    "ter",
    "bin",
    "binti",
    "al",
    "ap",
    "el",
    "di",
    "lo",
    "le",
    "mac",
    "abi",
    "te",
}


@pytest.fixture(scope="module")
def prompts() -> list:
    return val20.prompts()


def _spans(prompts: list, entity: str) -> list[str]:
    return [p.text[g.start : g.end] for p in prompts for g in p.gold if g.entity == entity]


def test_size_split_and_ids(prompts: list) -> None:
    assert len(prompts) == 700
    assert sum(1 for p in prompts if not p.clean) == 420
    assert sum(1 for p in prompts if p.clean) == 280
    assert [p.id for p in prompts] == [f"val20-{i:04d}" for i in range(1, 701)]
    check(prompts)


def test_deterministic(prompts: list) -> None:
    assert val20.prompts() == prompts
    assert val20.meta() == val20.meta()


@pytest.mark.parametrize("entity", sorted(MINIMUM))
def test_minimum_spans(prompts: list, entity: str) -> None:
    assert len(_spans(prompts, entity)) >= MINIMUM[entity]


def test_phones_valid(prompts: list) -> None:
    regions = {value: region for m in val20.meta() for value, region in m["phones"]}
    for value in _spans(prompts, "PHONE_NUMBER"):
        region = None if value.startswith("+") else regions[value]
        assert phonenumbers.is_valid_number(phonenumbers.parse(value, region)), value


def test_cards_ibans_ssns_ips_emails_valid(prompts: list) -> None:
    for value in _spans(prompts, "CREDIT_CARD"):
        digits = re.sub(r"[ -]", "", value)
        assert digits.isdigit() and 13 <= len(digits) <= 19 and luhn_ok(digits), value
    for value in _spans(prompts, "IBAN_CODE"):
        assert re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9 ]+", value) and iban_check_digits_ok(value)
    for value in _spans(prompts, "US_SSN"):
        assert re.fullmatch(r"\d{3}([- ]?)\d{2}\1\d{4}", value) and ssn_ok(value), value
    for value in _spans(prompts, "IP_ADDRESS"):
        ipaddress.ip_address(value)
    for value in _spans(prompts, "EMAIL_ADDRESS"):
        assert EMAIL.match(value), value
    for value in _spans(prompts, "ACCOUNT_NUMBER"):
        assert re.fullmatch(r"[\d -]{8,14}", value), value


def test_person_and_location_spans_look_right(prompts: list) -> None:
    for entity in ("PERSON", "LOCATION"):
        for value in _spans(prompts, entity):
            assert value[0].isalnum() and not value.endswith("'s"), value
            assert "@" not in value and "http" not in value, value
    for value in _spans(prompts, "PERSON"):
        assert not value.lower().startswith(("dr ", "dr. ", "mr ", "mrs ", "prof")), value


def test_clean_prompts_hold_no_planted_name_or_place(prompts: list) -> None:
    exempt = {w.lower() for w in WORD_NAMES}
    needles: set[str] = set()
    for entity in ("PERSON", "LOCATION"):
        for value in _spans(prompts, entity):
            needles.add(value.lower())
            if entity == "PERSON":
                for part in re.split(r"[\s,]+", value):
                    part = part.strip(".").lower()
                    if len(part) >= 3 and part not in NOT_A_NAME_ALONE:
                        needles.add(part)
    needles -= exempt
    pattern = re.compile(
        r"(?<!\w)("
        + "|".join(re.escape(n) for n in sorted(needles, key=len, reverse=True))
        + r")(?!\w)",
        re.IGNORECASE,
    )
    for p in prompts:
        if p.clean:
            hit = pattern.search(p.text)
            assert hit is None, (p.id, hit.group(0) if hit else None)


def test_breadth() -> None:
    meta = val20.meta()
    shapes = Counter((p.shape, p.clean) for p in val20.prompts())
    names = {s for s, _ in shapes}
    assert len(names) >= 18
    assert all(shapes[(s, True)] and shapes[(s, False)] for s in names)
    assert len({m["template"] for m in meta}) >= 220
    cultures = {c for m in meta for c in m["cultures"]}  # type: ignore[attr-defined]
    assert len(cultures - {"english_word"}) >= 60


def test_fast_enough() -> None:
    import time

    from appliance.testing.pii_corpus import val20_gen
    from appliance.testing.pii_corpus.val20 import CLEAN, PERSONAL

    start = time.perf_counter()
    import random

    rng = random.Random(1)
    for i, t in enumerate(PERSONAL + CLEAN):
        val20_gen.render(t, f"x-{i}", rng)
    assert time.perf_counter() - start < 5
