"""Tests of `train_h`, the shopping and retail training generator of the PII corpus: ids,
determinism, the clean share, the validity of every gold value, clean prompts free of the
hand-written pools' names and places, and the breadth of templates, shapes and cultures."""

from __future__ import annotations

import ipaddress
import re
from collections import Counter
from functools import cache

import phonenumbers

from appliance.testing.pii_corpus import Prompt, check
from appliance.testing.pii_corpus import train_h as h
from appliance.testing.pii_corpus import train_h_names as names
from appliance.testing.pii_corpus import train_h_things as things
from appliance.testing.pii_corpus import train_h_values as values
from appliance.testing.pii_corpus.validity import iban_check_digits_ok, luhn_ok, ssn_ok

_WORD = re.compile(r"(?<!\w)[^\W\d_]+(?:['’-][^\W\d_]+)*(?!\w)")
_TAG = re.compile(r"</?[a-zA-Z][^<>]*>")
_PARTICLES = {"de", "van", "der", "den", "dela", "bin", "binti", "te"}


@cache
def _batch(seed: int, count: int = 2000) -> tuple[Prompt, ...]:
    return tuple(h.prompts(seed, count))


def test_check_passes_for_two_seeds_and_ids() -> None:
    for seed in (3, 11):
        batch = list(_batch(seed))
        check(batch)
        assert len(batch) == 2000
        assert batch[0].id == f"trainh-{seed}-00001"
        assert batch[-1].id == f"trainh-{seed}-02000"
        assert {p.shape for p in batch} <= set(h.SHAPES)


def test_deterministic_per_seed_and_seeds_differ() -> None:
    a, b = h.prompts(5, 300), h.prompts(5, 300)
    assert [(p.text, p.gold, p.shape) for p in a] == [(p.text, p.gold, p.shape) for p in b]
    c = h.prompts(6, 300)
    assert sum(x.text == y.text for x, y in zip(a, c, strict=True)) < 30


def test_clean_share() -> None:
    for seed in (3, 11):
        batch = _batch(seed)
        share = sum(p.clean for p in batch) / len(batch)
        assert 0.45 <= share <= 0.55


def test_a_thousand_prompts_with_their_own_ids() -> None:
    # How fast they are made is for scripts/train_pii_ner.py to feel, not for a test to time.
    prompts = h.prompts(99, 1000)
    assert len(prompts) == 1000 and len({p.id for p in prompts}) == 1000


def _phone_ok(text: str) -> bool:
    if text.startswith("+"):
        return values.phone_ok(text)
    return any(values.phone_ok(text, region) for region in values.PHONE_REGIONS)


_EMAIL = re.compile(r"^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$", re.IGNORECASE)


def _plausible(entity: str, text: str) -> bool:
    digits = re.sub(r"\D", "", text)
    if entity == "PERSON":
        return bool(re.search(r"[^\W\d_]", text)) and not re.search(r"[\d@/<>{}\[\]\"]", text)
    if entity == "LOCATION":
        return bool(re.search(r"[^\W\d_]{2}", text)) and "@" not in text
    if entity == "EMAIL_ADDRESS":
        return bool(_EMAIL.match(text))
    if entity == "PHONE_NUMBER":
        return _phone_ok(text)
    if entity == "CREDIT_CARD":
        return len(digits) in (15, 16) and luhn_ok(digits) and re.fullmatch(r"[\d -]+", text)
    if entity == "IBAN_CODE":
        compact = text.replace(" ", "")
        return bool(re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", compact.upper())) and (
            iban_check_digits_ok(text)
        )
    if entity == "IP_ADDRESS":
        try:
            ipaddress.ip_address(text)
        except ValueError:
            return False
        return True
    if entity == "US_SSN":
        return ssn_ok(text) and bool(re.fullmatch(r"\d{3}([- ]?)\d{2}\1\d{4}", text))
    if entity == "ACCOUNT_NUMBER":
        return 8 <= len(digits) <= 17 and bool(re.fullmatch(r"[\d -]+", text))
    return False


def test_every_gold_value_is_plausible() -> None:
    for seed in (3, 11):
        for p in _batch(seed):
            for g in p.gold:
                value = p.text[g.start : g.end]
                assert _plausible(g.entity, value), (p.id, g.entity, value)


def test_phones_are_valid_by_phonenumbers() -> None:
    seen = 0
    for p in _batch(3):
        for g in p.gold:
            if g.entity == "PHONE_NUMBER":
                value = p.text[g.start : g.end]
                regions = [None] if value.startswith("+") else values.PHONE_REGIONS
                ok = False
                for region in regions:
                    try:
                        ok = phonenumbers.is_valid_number(phonenumbers.parse(value, region))
                    except phonenumbers.NumberParseException:
                        continue
                    if ok:
                        break
                assert ok, (p.id, value)
                seen += 1
    assert seen >= 30


def test_every_planted_name_is_labelled_wherever_it_occurs() -> None:
    for seed in (3, 11):
        for p in _batch(seed):
            assert h.consistent(p), p.id


def _allowed() -> set[str]:
    everyday = {w.lower() for w in names.EVERYDAY_GIVEN + names.EVERYDAY_FAMILY}
    return everyday | set(things.THING_WORDS)


def _pool_words() -> set[str]:
    words = {
        w.lower() for name in names.GIVEN + names.FAMILY for w in _WORD.findall(name) if len(w) > 1
    }
    return words - _allowed() - _PARTICLES


def _places() -> list[str]:
    allowed = _allowed()
    return [
        pl.lower()
        for pl in names.CITIES + names.REGIONS + names.COUNTRIES
        if not all(w in allowed for w in _WORD.findall(pl.lower()))
    ]


def _stray(text: str, pool: set[str], places: list[str]) -> list[str]:
    text = _TAG.sub(" ", text).lower()
    found = [w for w in _WORD.findall(text) if w in pool]
    for pl in places:
        if re.search(r"(?<!\w)" + re.escape(pl) + r"(?!\w)", text):
            found.append(pl)
    return found


def test_clean_prompts_hold_no_pool_names_or_places() -> None:
    pool, places = _pool_words(), _places()
    for seed in (3, 11):
        for p in _batch(seed):
            if p.clean:
                assert not _stray(p.text, pool, places), (p.id, _stray(p.text, pool, places))


def test_personal_prompts_hold_no_unlabelled_pool_names_or_places() -> None:
    pool, places = _pool_words(), _places()
    for p in _batch(3):
        if p.clean:
            continue
        chars = list(p.text)
        for g in p.gold:
            chars[g.start : g.end] = " " * (g.end - g.start)
        outside = "".join(chars)
        assert not _stray(outside, pool, places), (p.id, _stray(outside, pool, places))


def test_no_thing_names_a_pool_place_outright() -> None:
    places = {pl.lower() for pl in names.CITIES + names.REGIONS + names.COUNTRIES}
    assert not [t for t in things.ALL_THINGS if t.lower() in places]


def test_breadth_of_templates_shapes_cultures() -> None:
    assert len(h.TEMPLATES) >= 220
    assert len({t for _, t in h.TEMPLATES}) == len(h.TEMPLATES)
    assert len(h.SHAPES) >= 15
    assert len(names.CULTURES) >= 40
    assert len(names.GIVEN) >= 300 and len(names.FAMILY) >= 300
    assert len(names.FAKER_POOLS) >= 20
    assert len(things.ALL_THINGS) >= 600 and len(things.THINGS) >= 15


def test_many_distinct_people_and_all_entities() -> None:
    batch = _batch(3)
    persons = {p.text[g.start : g.end] for p in batch for g in p.gold if g.entity == "PERSON"}
    assert len(persons) >= 1000
    entities = Counter(g.entity for p in batch for g in p.gold)
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
    personal = [p for p in _batch(3) if not p.clean]
    structured = [
        p for p in personal if any(g.entity not in ("PERSON", "LOCATION") for g in p.gold)
    ]
    assert 0.2 <= len(structured) / len(personal) <= 0.45


def test_things_stand_beside_people() -> None:
    """Most prompts, personal ones included, mention a thing named like a person."""
    batch = _batch(3)
    lowered = sorted({t.lower() for t in things.ALL_THINGS if len(t) > 3}, key=len)
    with_thing = 0
    for p in batch:
        text = p.text.lower()
        if any(t in text for t in lowered):
            with_thing += 1
    assert with_thing / len(batch) >= 0.6


def test_account_numbers_are_said_to_be_accounts() -> None:
    for p in _batch(3):
        for g in p.gold:
            if g.entity == "ACCOUNT_NUMBER":
                before = p.text[max(0, g.start - 120) : g.start].lower()
                assert re.search(r"account|acct", before), (p.id, before)
