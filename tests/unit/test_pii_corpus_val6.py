"""Tests of val6, the eighth part of the labelled PII corpus (written blind): its size, its
split, its gold spans, its determinism, the validity of every planted value, and that its
clean prompts carry none of its own personal values."""

from __future__ import annotations

import ipaddress
import re
from collections import Counter

import phonenumbers
import pytest

from appliance.testing.pii_corpus import ENTITIES, Prompt, check, val6
from appliance.testing.pii_corpus.val6_gen import all_persons, generate, templates
from appliance.testing.pii_corpus.val6_names import CULTURES, WORD_NAMES
from appliance.testing.pii_corpus.val6_phones import PHONES
from appliance.testing.pii_corpus.val6_values import ADDRESSES, CITIES, COUNTRIES, REGIONS
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
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")


@pytest.fixture(scope="module")
def prompts() -> list[Prompt]:
    return val6.prompts()


def spans(prompts: list[Prompt], entity: str) -> list[tuple[Prompt, int, int, str]]:
    return [
        (p, g.start, g.end, p.text[g.start : g.end])
        for p in prompts
        for g in p.gold
        if g.entity == entity
    ]


def test_size_and_ids(prompts: list[Prompt]) -> None:
    assert len(prompts) == 700
    assert [p.id for p in prompts] == [f"val6-{i:04d}" for i in range(1, 701)]


def test_split(prompts: list[Prompt]) -> None:
    assert sum(not p.clean for p in prompts) == 420
    assert sum(p.clean for p in prompts) == 280


def test_gold_spans_check(prompts: list[Prompt]) -> None:
    check(prompts)
    for p in prompts:
        for g in p.gold:
            assert g.entity in ENTITIES


def test_deterministic(prompts: list[Prompt]) -> None:
    first, first_meta = generate()
    second, second_meta = generate()
    assert first == second
    assert first_meta == second_meta
    assert first == prompts


def test_minimum_counts(prompts: list[Prompt]) -> None:
    counts = Counter(g.entity for p in prompts for g in p.gold)
    for entity, minimum in MINIMUM.items():
        assert counts[entity] >= minimum, (entity, counts[entity])


def test_shapes_with_and_without_personal_data(prompts: list[Prompt]) -> None:
    personal = {p.shape for p in prompts if not p.clean}
    clean = {p.shape for p in prompts if p.clean}
    assert len(personal) >= 15
    assert personal == clean


def test_cards_pass_luhn(prompts: list[Prompt]) -> None:
    cards = spans(prompts, "CREDIT_CARD")
    assert cards
    brands = set()
    for _, _, _, value in cards:
        assert re.fullmatch(r"[\d -]+", value), value
        digits = re.sub(r"\D", "", value)
        assert 14 <= len(digits) <= 16 and luhn_ok(digits), value
        brands.add(digits[:2])
    assert len(brands) >= 5
    assert any(" " in v for *_, v in cards) and any(v.isdigit() for *_, v in cards)


def test_ibans_have_valid_check_digits(prompts: list[Prompt]) -> None:
    ibans = [v for *_, v in spans(prompts, "IBAN_CODE")]
    for value in ibans:
        assert re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9 ]+", value) and iban_check_digits_ok(value)
    assert len({v[:2] for v in ibans}) >= 6
    assert any(" " in v for v in ibans) and any(" " not in v for v in ibans)


def test_ssns_are_valid(prompts: list[Prompt]) -> None:
    for p, start, _, value in spans(prompts, "US_SSN"):
        assert ssn_ok(value), value
        if value.isdigit():  # digits alone only right after an "SSN" word
            assert re.search(r"\bSSN:? ?$", p.text[:start]), p.id


def test_phones_are_valid(prompts: list[Prompt]) -> None:
    regions: dict[str, str] = {text: region for region, text in PHONES}
    seen_regions = set()
    for _, _, _, value in spans(prompts, "PHONE_NUMBER"):
        region = regions[value]
        number = phonenumbers.parse(value, region)
        assert phonenumbers.is_valid_number(number), (value, region)
        seen_regions.add(region)
    assert len(seen_regions) >= 35


def test_frozen_phones_are_valid() -> None:
    for region, text in PHONES:
        assert phonenumbers.is_valid_number(phonenumbers.parse(text, region)), text


def test_ips_parse(prompts: list[Prompt]) -> None:
    versions = Counter(ipaddress.ip_address(v).version for *_, v in spans(prompts, "IP_ADDRESS"))
    assert versions[4] >= 20 and versions[6] >= 10


def test_emails_and_accounts(prompts: list[Prompt]) -> None:
    for _, _, _, value in spans(prompts, "EMAIL_ADDRESS"):
        assert EMAIL.fullmatch(value), value
    for p, start, _, value in spans(prompts, "ACCOUNT_NUMBER"):
        assert re.fullmatch(r"[\d-]{8,16}", value), value
        before = p.text[:start].lower()  # said in the sentence or a column's heading
        assert "account" in before or "acct" in before, p.id


def test_person_spans_are_bare_names(prompts: list[Prompt]) -> None:
    people = all_persons()
    forms = ("full", "west", "first", "nick", "family", "mid", "mid_init", "caps",
             "caps_family", "caps_first", "fam_given", "airline", "initial", "first_init",
             "lower", "lower_first", "ascii", "ascii_first")  # fmt: skip
    known = {p.render(f) for p in people for f in forms}
    for _, _, _, value in spans(prompts, "PERSON"):
        assert value in known, value
        assert not re.match(r"(Dr|Mr|Ms|Mrs|Prof|Rev)\.? ", value)
        assert not value.startswith("@")
        assert not value.endswith("'s")


def test_clean_prompts_carry_no_own_values(prompts: list[Prompt]) -> None:
    clean = [p.text for p in prompts if p.clean]
    assert len(clean) == 280
    people = all_persons()
    whole = {p.render(f) for p in people for f in ("full", "west", "fam_given", "airline")}
    words = set()
    for person in people:
        for part in re.split(r"[ -]", f"{person.given} {person.family}"):
            if len(part) >= 3 and part[0].isupper() and part not in WORD_NAMES:
                words.add(part)
    places = set(CITIES) | set(REGIONS) | set(COUNTRIES) | set(ADDRESSES)
    places = {p.removeprefix("the ") for p in places}
    own = "|".join(re.escape(v) for v in sorted(whole | places | words, key=len, reverse=True))
    pattern = re.compile(rf"(?<!\w)(?:{own})(?!\w)")
    assert pattern.search("Ring " + people[0].render("full") + " today")  # the check can fail
    for text in clean:
        assert not EMAIL.search(text), text
        found = pattern.search(text)
        assert found is None, (found and found.group(), text)


def test_templates_used(prompts: list[Prompt]) -> None:
    pii, clean = templates()
    meta = val6.meta()
    assert len(meta) == len(prompts)
    uses = Counter(m.template for m in meta)
    assert len(uses) >= 200
    assert set(uses) == {t.id for t in pii + clean}
    assert all(2 <= n <= 4 for n in uses.values())
    for m, p in zip(meta, prompts, strict=True):
        assert m.template.startswith("c") == p.clean


def test_cultures_of_names(prompts: list[Prompt]) -> None:
    assert len(CULTURES) >= 40
    used = Counter(c for m in val6.meta() for c in m.cultures)
    assert len(used) >= 40
    # every culture's people appear more than once
    assert min(used.values()) >= 3
