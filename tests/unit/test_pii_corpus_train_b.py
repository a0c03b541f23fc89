"""Tests of train_b, the generator of labelled training prompts (letter b): its prompts pass
`check()`, are deterministic per seed, have about 40% clean prompts, plausible gold values,
clean prompts free of the hand-written names and places, and enough templates, shapes,
cultures and distinct person names."""

from __future__ import annotations

import ipaddress
import re
from collections import Counter
from functools import cache

from appliance.testing.pii_corpus import Prompt, check, train_b
from appliance.testing.pii_corpus import train_b_names as names
from appliance.testing.pii_corpus import train_b_values as values
from appliance.testing.pii_corpus.validity import iban_check_digits_ok, luhn_ok, ssn_ok


@cache
def _two_seeds() -> tuple[Prompt, ...]:
    return tuple(train_b.prompts(7, 1000) + train_b.prompts(8, 1000))


def test_check_passes_for_two_seeds() -> None:
    ps = list(_two_seeds())
    assert len(ps) == 2000
    check(ps)
    assert ps[0].id == "trainb-7-00001" and ps[1999].id == "trainb-8-01000"


def test_deterministic_per_seed_and_seeds_differ() -> None:
    a, b = train_b.prompts(3, 200), train_b.prompts(3, 200)
    assert a == b
    c = train_b.prompts(4, 200)
    assert [p.text for p in a] != [p.text for p in c]
    assert [p.shape for p in a] != [p.shape for p in c]


def test_a_thousand_prompts_with_their_own_ids() -> None:
    # How fast they are made is for scripts/train_pii_ner.py to feel, not for a test to time.
    prompts = train_b.prompts(11, 1000)
    assert len(prompts) == 1000 and len({p.id for p in prompts}) == 1000


def test_clean_share() -> None:
    for seed in (7, 8):
        ps = [p for p in _two_seeds() if p.id.startswith(f"trainb-{seed}-")]
        share = sum(p.clean for p in ps) / len(ps)
        assert 0.35 <= share <= 0.45, share


_EMAIL = re.compile(r"^[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")


def _plausible(entity: str, value: str) -> bool:
    digits = re.sub(r"\D", "", value)
    if entity == "PERSON":
        return (
            any(c.isalpha() for c in value)
            and not any(c.isdigit() for c in value)
            and "@" not in value
            and not value.endswith("'s")
        )
    if entity == "LOCATION":
        return any(c.isalpha() for c in value) and "@" not in value
    if entity == "PHONE_NUMBER":
        return values.phone_ok(value)
    if entity == "CREDIT_CARD":
        return 13 <= len(digits) <= 19 and luhn_ok(digits) and not re.search(r"[A-Za-z]", value)
    if entity == "IBAN_CODE":
        return re.fullmatch(r"[A-Za-z]{2}\d{2}[A-Za-z0-9 ]+", value) is not None and (
            iban_check_digits_ok(value)
        )
    if entity == "IP_ADDRESS":
        try:
            ipaddress.ip_address(value)
        except ValueError:
            return False
        return True
    if entity == "US_SSN":
        return ssn_ok(value) and re.fullmatch(r"\d{3}[- ]?\d{2}[- ]?\d{4}", value) is not None
    if entity == "EMAIL_ADDRESS":
        return _EMAIL.match(value) is not None
    if entity == "ACCOUNT_NUMBER":
        return len(digits) >= 6 and re.fullmatch(r"[\d -]+", value) is not None
    return False


def test_every_gold_value_is_plausible() -> None:
    seen: Counter[str] = Counter()
    for p in _two_seeds():
        for g in p.gold:
            value = p.text[g.start : g.end]
            assert _plausible(g.entity, value), (p.id, g.entity, value)
            seen[g.entity] += 1
    for entity in ("PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "CREDIT_CARD",
                   "IBAN_CODE", "IP_ADDRESS", "US_SSN", "ACCOUNT_NUMBER"):  # fmt: skip
        assert seen[entity] > 0, entity


@cache
def _pool_words() -> re.Pattern[str]:
    words = {w for w in names.HAND_GIVEN + names.HAND_FAMILY + values.HAND_PLACES}
    exempt = {w.lower() for w in names.WORD_GIVEN}
    words = {w for w in words if w.lower() not in exempt}
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)", re.IGNORECASE)


def test_clean_prompts_hold_no_hand_written_names_or_places() -> None:
    pattern = _pool_words()
    for p in _two_seeds():
        if p.clean:
            hit = pattern.search(p.text)
            assert hit is None, (p.id, hit.group(0), p.text)


def test_no_pool_name_or_place_outside_gold_spans() -> None:
    """Every hand-written name or place in a personal prompt sits inside a gold span."""
    pattern = _pool_words()
    for p in _two_seeds():
        text = list(p.text)
        for g in p.gold:
            text[g.start : g.end] = " " * (g.end - g.start)
        hit = pattern.search("".join(text))
        assert hit is None, (p.id, hit.group(0), p.text)


def test_counts_of_templates_shapes_and_cultures() -> None:
    assert len(train_b.TEMPLATES) >= 220
    assert len({shape for shape, _, _ in train_b.TEMPLATES}) >= 15
    assert len(names.CULTURES) >= 40
    assert len(names.HAND_GIVEN) >= 300 and len(names.HAND_FAMILY) >= 300
    assert len({t for _, t, _ in train_b.TEMPLATES}) == len(train_b.TEMPLATES)


def test_shapes_and_personal_values_share() -> None:
    ps = _two_seeds()
    assert len({p.shape for p in ps}) >= 15
    personal = [p for p in ps if not p.clean]
    structured = [
        p for p in personal if any(g.entity not in ("PERSON", "LOCATION") for g in p.gold)
    ]
    share = len(structured) / len(personal)
    assert 0.25 <= share <= 0.45, share


def test_many_distinct_person_values() -> None:
    persons = {
        p.text[g.start : g.end] for p in _two_seeds() for g in p.gold if g.entity == "PERSON"
    }
    assert len(persons) >= 1000, len(persons)


def test_faker_names_with_a_trailing_space_are_trimmed():
    # Faker's es_AR list writes "Valentina " with a space: a name alone at the end of a span
    # was then a bad gold span, and seeds 3 and 5 could not be drawn.
    for given, family in names.faker_pools().values():
        assert all(name == name.strip() for name in given + family)
    assert len(train_b.prompts(3, 1500)) == 1500
