"""The validation part of the labelled PII set (appliance.testing.pii_corpus.val): its size and
ids, its gold spans, the same prompts on every call, the minimum count of every entity, every
shape, every planted value valid by its own rules, and clean prompts free of the part's own
names, places and identifiers (while every name it plants elsewhere is labelled)."""

from __future__ import annotations

import ipaddress
import re
from collections import Counter

import phonenumbers
import pytest

from appliance.testing.pii_corpus import ENTITIES, Prompt, check, val
from appliance.testing.pii_corpus.validity import iban_check_digits_ok, luhn_ok

MINIMUM = {
    "PHONE_NUMBER": 150,
    "PERSON": 200,
    "EMAIL_ADDRESS": 60,
    "CREDIT_CARD": 60,
    "IBAN_CODE": 60,
    "IP_ADDRESS": 60,
    "US_SSN": 60,
    "ACCOUNT_NUMBER": 60,
    "LOCATION": 60,
}
SHAPES = {"chat", "email", "form", "json", "code", "table", "log", "ticket"}
IBAN_LENGTHS = {
    "DE": 22, "GB": 22, "FR": 27, "NL": 18, "ES": 24, "IT": 27, "BE": 16, "CH": 21, "PL": 28,
    "AT": 20, "IE": 22, "PT": 25, "SE": 24, "DK": 18, "NO": 15, "LU": 20,
}  # fmt: skip


@pytest.fixture(scope="module")
def prompts() -> list[Prompt]:
    return val.prompts()


def planted(prompts: list[Prompt], entity: str) -> list[tuple[Prompt, int, str]]:
    return [(p, g.start, p.text[g.start : g.end]) for p in prompts for g in p.gold
            if g.entity == entity]  # fmt: skip


def iban_valid(value: str) -> bool:
    compact = value.replace(" ", "").upper()
    if IBAN_LENGTHS.get(compact[:2]) != len(compact):
        return False
    return iban_check_digits_ok(compact)


def test_600_prompts_with_ordered_ids_240_of_them_clean(prompts):
    assert len(prompts) == 600
    assert [p.id for p in prompts] == [f"val-{i:04d}" for i in range(1, 601)]
    assert sum(p.clean for p in prompts) == 240


def test_gold_spans_pass_the_corpus_check(prompts):
    check(prompts)


def test_the_same_prompts_and_regions_on_every_call(prompts):
    assert val.prompts() == prompts
    assert val.phone_regions() == val._build()[1]


def test_every_entity_reaches_its_minimum_count(prompts):
    counts = Counter(g.entity for p in prompts for g in p.gold)
    assert set(MINIMUM) == set(ENTITIES)
    short = {e: counts[e] for e, n in MINIMUM.items() if counts[e] < n}
    assert not short, short


def test_phone_numbers_are_at_least_a_quarter_of_the_structured_values(prompts):
    counts = Counter(g.entity for p in prompts for g in p.gold)
    structured = sum(n for e, n in counts.items() if e not in ("PERSON", "LOCATION"))
    assert counts["PHONE_NUMBER"] >= 0.25 * structured


def test_every_shape_appears_clean_and_with_personal_data(prompts):
    assert {p.shape for p in prompts if p.clean} == SHAPES
    assert {p.shape for p in prompts if not p.clean} == SHAPES


def test_phone_numbers_are_valid_for_the_region_they_were_drawn_for(prompts):
    regions = val.phone_regions()
    phones = planted(prompts, "PHONE_NUMBER")
    assert len(regions) == len(phones)
    for p, start, value in phones:
        region = regions[p.id, start]
        number = phonenumbers.parse(value, region)
        assert phonenumbers.is_valid_number(number), (p.id, value, region)
        assert phonenumbers.region_code_for_number(number) == region, (p.id, value, region)
    assert len(set(regions.values())) >= 15
    international = [v for _, _, v in phones if v.lstrip("(").startswith(("+", "00"))]
    assert 0.2 * len(phones) < len(international) < 0.8 * len(phones)
    assert any(" " not in v and "-" not in v and not v.startswith("+") for _, _, v in phones)


def test_cards_pass_luhn_in_every_layout(prompts):
    cards = [v for _, _, v in planted(prompts, "CREDIT_CARD")]
    for value in cards:
        assert re.fullmatch(r"\d+(?:[ -]\d+)*", value), value
        digits = re.sub(r"\D", "", value)
        assert 14 <= len(digits) <= 19 and luhn_ok(digits), value
    assert any(len(re.sub(r"\D", "", v)) == 15 and v[:2] in ("34", "37") for v in cards)
    assert any(" " in v for v in cards) and any("-" in v for v in cards)
    assert any(v.isdigit() for v in cards)


def test_ibans_carry_valid_check_digits(prompts):
    ibans = [v for _, _, v in planted(prompts, "IBAN_CODE")]
    for value in ibans:
        assert iban_valid(value), value
    assert len({v[:2] for v in ibans}) >= 10
    assert any(" " in v for v in ibans) and any(" " not in v for v in ibans)


def test_ip_addresses_parse_both_versions(prompts):
    versions = Counter(ipaddress.ip_address(v).version for _, _, v in planted(prompts, "IP_ADDRESS"))
    assert versions[4] and versions[6]


def test_ssns_are_valid_and_bare_only_after_the_words(prompts):
    for p, start, value in planted(prompts, "US_SSN"):
        m = re.fullmatch(r"(\d{3})([- ]?)(\d{2})\2(\d{4})", value)
        assert m, value
        area, _, group, serial = m.groups()
        assert area not in ("000", "666") and area[0] != "9", value
        assert group != "00" and serial != "0000", value
        if value.isdigit():
            before = p.text[max(0, start - 30) : start].lower()
            assert re.search(r"(ssn|social security number)\W*$", before), (p.id, before)


def test_account_numbers_are_said_to_be_bank_accounts(prompts):
    for p, _, value in planted(prompts, "ACCOUNT_NUMBER"):
        assert 6 <= len(re.sub(r"[ -]", "", value)) <= 17 and re.fullmatch(r"[\d -]+", value)
        assert re.search(r"account|acct|a/c", p.text, re.IGNORECASE), p.id


def test_emails_are_addresses_alone(prompts):
    for _, _, value in planted(prompts, "EMAIL_ADDRESS"):
        assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", value), value


def test_names_carry_no_titles_or_possessives(prompts):
    names = [v for _, _, v in planted(prompts, "PERSON")]
    for value in names:
        assert not re.match(r"(Dr|Mr|Mrs|Ms|Prof)\b\.?", value), value
        assert not value.endswith(("'s", "’s")), value
    assert any(v == v.lower() for v in names), "some names typed in lower case"
    assert any("'" in v for v in names) and any("-" in v for v in names)


def words_pattern(words: set[str], flags: int = 0) -> re.Pattern[str]:
    """Any of `words`, as a whole word (longest first)."""
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w'])(?:{alternatives})(?![\w'])", flags)


# Every given and family name the part draws from (particles such as "van" or "bin" and
# two-letter names left out), matched in any case; every place, matched as written.
NAMES = words_pattern(
    {w for firsts, lasts, _ in val._CULTURES.values() for name in firsts + lasts
     for w in name.split() if len(w) > 2 and not w.islower()},
    re.IGNORECASE,
)  # fmt: skip
PLACES = words_pattern({*val._CITIES, *(c.removeprefix("the ") for c in val._COUNTRIES)})


# Digits laid out as cards are: compact, in fours, or 4-6-5 / 4-6-4.
CARD_LAYOUT = re.compile(
    r"(?<![\w-])(?<!\d )(?:\d{13,19}|\d{4}([ -])\d{4}\1\d{4}\1\d{1,7}|\d{4}([ -])\d{6}\2\d{4,5})"
    r"(?![\w-])(?! \d)"
)


def test_clean_prompts_hold_none_of_the_names_places_or_identifiers(prompts):
    for p in (p for p in prompts if p.clean):
        assert not NAMES.search(p.text), (p.id, NAMES.search(p.text))
        assert not PLACES.search(p.text), (p.id, PLACES.search(p.text))
        assert not re.search(r"\w@\w", p.text), p.id
        for m in CARD_LAYOUT.finditer(p.text):
            assert not luhn_ok(re.sub(r"\D", "", m.group())), (p.id, m.group())
        for run in re.findall(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4})+", p.text):
            assert not iban_valid(run), (p.id, run)


def test_every_name_and_place_of_the_part_in_a_personal_prompt_is_labelled(prompts):
    for p in (p for p in prompts if not p.clean):
        spans = [(g.start, g.end) for g in p.gold]
        for m in [*NAMES.finditer(p.text), *PLACES.finditer(p.text)]:
            a, b = m.span()
            assert any(g0 <= a and b <= g1 for g0, g1 in spans), (p.id, m.group())
