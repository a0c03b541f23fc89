"""Tests of `train_f`, the blind-written generator of lower-case chat and busy-staff training
prompts: structure, determinism, clean share, valid gold values, clean prompts free of the
hand-written names and places, and the variety the NER's training needs."""

from __future__ import annotations

import ipaddress
import re
from collections import Counter

import phonenumbers
import pytest

from appliance.testing.pii_corpus import Prompt, check, train_f
from appliance.testing.pii_corpus import train_f_names as names
from appliance.testing.pii_corpus.train_f_values import PHONE_REGIONS
from appliance.testing.pii_corpus.validity import iban_check_digits_ok, luhn_ok, ssn_ok

SEEDS = (11, 29)


@pytest.fixture(scope="module")
def corpus() -> list[Prompt]:
    return [p for seed in SEEDS for p in train_f.prompts(seed, 1000)]


def test_check_passes_and_ids(corpus: list[Prompt]) -> None:
    check(corpus)
    assert len(corpus) == 2000
    assert corpus[0].id == "trainf-11-00001"
    assert corpus[1999].id == "trainf-29-01000"


def test_deterministic_and_seeds_differ() -> None:
    a, b = train_f.prompts(5, 120), train_f.prompts(5, 120)
    assert a == b
    c = train_f.prompts(6, 120)
    assert [p.text for p in a] != [p.text for p in c]
    assert [p.shape for p in a] != [p.shape for p in c]


def test_a_thousand_prompts_with_their_own_ids() -> None:
    # How fast they are made is for scripts/train_pii_ner.py to feel, not for a test to time.
    prompts = train_f.prompts(77, 1000)
    assert len(prompts) == 1000 and len({p.id for p in prompts}) == 1000


def test_clean_share(corpus: list[Prompt]) -> None:
    for seed in SEEDS:
        part = [p for p in corpus if p.id.startswith(f"trainf-{seed}-")]
        share = sum(p.clean for p in part) / len(part)
        assert 0.35 <= share <= 0.45


def _phone_ok(text: str) -> bool:
    for region in ["ZZ"] if text.startswith("+") else PHONE_REGIONS:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(text, region)):
                return True
        except phonenumbers.NumberParseException:
            continue
    return False


def _ip_ok(text: str) -> bool:
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return True


_PLAUSIBLE = {
    "PERSON": lambda v: re.fullmatch(r"[^\W\d_][\w.' ,-]*", v) is not None and len(v) >= 2,
    "LOCATION": lambda v: (
        re.search(r"[^\W\d_]{2}", v) is not None and not v.lower().startswith("the ")
    ),
    "EMAIL_ADDRESS": lambda v: (
        re.fullmatch(r"[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", v) is not None
    ),
    "PHONE_NUMBER": _phone_ok,
    "CREDIT_CARD": lambda v: (
        re.fullmatch(r"\d[\d -]{11,21}\d", v) is not None and luhn_ok(re.sub(r"\D", "", v))
    ),
    "IBAN_CODE": lambda v: (
        re.fullmatch(r"[A-Z]{2}\d\d[A-Z0-9 ]{10,32}", v) is not None and iban_check_digits_ok(v)
    ),
    "IP_ADDRESS": _ip_ok,
    "US_SSN": lambda v: re.fullmatch(r"\d{3}[- ]?\d{2}[- ]?\d{4}", v) is not None and ssn_ok(v),
    "ACCOUNT_NUMBER": lambda v: re.fullmatch(r"\d[\d-]{6,16}\d", v) is not None,
}


def test_gold_values_plausible(corpus: list[Prompt]) -> None:
    seen: Counter[str] = Counter()
    for p in corpus:
        for g in p.gold:
            value = p.text[g.start : g.end]
            assert _PLAUSIBLE[g.entity](value), (p.id, g.entity, value)
            seen[g.entity] += 1
    assert set(seen) == set(_PLAUSIBLE)


def test_every_occurrence_of_a_value_is_gold(corpus: list[Prompt]) -> None:
    for p in corpus:
        spans = {(g.start, g.end) for g in p.gold}
        for g in p.gold:
            value = p.text[g.start : g.end]
            if g.entity != "PERSON" or len(value) < 4:
                continue
            for m in re.finditer(rf"(?<!\w){re.escape(value)}(?!\w)", p.text):
                if "@" in p.text[max(0, m.start() - 1) : m.start()] and "." in value:
                    continue
                inside = any(s <= m.start() and m.end() <= e for s, e in spans)
                assert inside, (p.id, value)


def _pool_pattern() -> re.Pattern[str]:
    word = {n.lower() for n in names.WORD_GIVEN}
    pool = [*names.GIVEN, *names.FAMILY, *names.CITIES, *names.REGIONS, *names.COUNTRIES]
    words = {re.sub(r"^the ", "", n.lower()) for n in pool} - word
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alt})(?!\w)", re.IGNORECASE)


def test_clean_prompts_hold_no_pool_names_or_places(corpus: list[Prompt]) -> None:
    pattern = _pool_pattern()
    clean = [p for p in corpus if p.clean]
    assert clean
    for p in clean:
        m = pattern.search(p.text)
        assert m is None, (p.id, m.group(0) if m else None, p.text)


def test_clean_prompts_use_word_names_as_words(corpus: list[Prompt]) -> None:
    word = re.compile(r"\b(will|hope|rose|grace|may|amber|mark|ruby)\b", re.IGNORECASE)
    assert sum(bool(word.search(p.text)) for p in corpus if p.clean) >= 40


def test_variety() -> None:
    assert len(train_f.TEMPLATES) >= 220
    assert len(train_f.SHAPES) >= 15
    assert len(names.CULTURES) >= 40
    assert len(names.GIVEN) >= 300 and len(names.FAMILY) >= 300


def test_distinct_people_and_shares(corpus: list[Prompt]) -> None:
    people = {p.text[g.start : g.end] for p in corpus for g in p.gold if g.entity == "PERSON"}
    assert len(people) >= 1000
    personal = [p for p in corpus if not p.clean]
    structured = sum(any(g.entity not in ("PERSON", "LOCATION") for g in p.gold) for p in personal)
    assert 0.25 <= structured / len(personal) <= 0.45
    lower = sum(p.text == p.text.lower() for p in personal)
    assert lower / len(personal) >= 0.3


def test_word_names_are_people_somewhere(corpus: list[Prompt]) -> None:
    word = {n.lower() for n in names.WORD_GIVEN}
    used = {
        p.text[g.start : g.end].lower()
        for p in corpus
        for g in p.gold
        if g.entity == "PERSON" and p.text[g.start : g.end].lower() in word
    }
    assert len(used) >= 20
