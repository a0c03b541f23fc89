"""The held-out part of the PII evaluation set: size, labels, and values valid by their rules."""

import ipaddress
import re
from collections import Counter

import phonenumbers
import pytest

from appliance.testing.pii_corpus import ENTITIES, check, heldout
from appliance.testing.pii_corpus.validity import iban_check_digits_ok, luhn_ok, ssn_ok

MINIMUM = {
    "PHONE_NUMBER": 150, "PERSON": 120, "EMAIL_ADDRESS": 60, "CREDIT_CARD": 60,
    "IBAN_CODE": 60, "IP_ADDRESS": 60, "US_SSN": 60, "ACCOUNT_NUMBER": 60, "LOCATION": 50,
}
SHAPES = ("chat", "email", "form", "json", "code", "table", "log", "ticket")
IBAN_LENGTHS = {
    "DE": 22, "GB": 22, "FR": 27, "NL": 18, "ES": 24, "IT": 27, "BE": 16, "CH": 21, "PL": 28,
    "AT": 20, "IE": 22, "PT": 25, "SE": 24, "NO": 15, "DK": 18, "FI": 18, "LU": 20, "CZ": 24,
    "RO": 24, "HR": 21, "SA": 24, "AE": 23, "GR": 27, "HU": 28, "LT": 20, "SI": 19, "EE": 20,
}
ACCOUNT_CONTEXT = re.compile(r"account|acct|a/c", re.IGNORECASE)


@pytest.fixture(scope="module")
def part():
    return heldout.prompts()


def values(part, entity):
    return [(p, p.text[g.start : g.end]) for p in part for g in p.gold if g.entity == entity]


def test_size_ids_and_spans(part):
    assert len(part) == 600
    assert [p.id for p in part] == [f"heldout-{i:04d}" for i in range(1, 601)]
    check(part)


def test_generation_is_deterministic(part):
    again, regions = heldout._generate()
    assert again == part
    assert regions == heldout.phone_regions()


def test_about_forty_percent_clean(part):
    assert sum(p.clean for p in part) == 240


def test_every_entity_reaches_its_minimum(part):
    counts = Counter(g.entity for p in part for g in p.gold)
    assert set(counts) == set(ENTITIES)
    short = {e: counts[e] for e, n in MINIMUM.items() if counts[e] < n}
    assert not short


def test_phone_numbers_are_a_quarter_of_the_structured_values(part):
    counts = Counter(g.entity for p in part for g in p.gold)
    structured = sum(n for e, n in counts.items() if e not in ("PERSON", "LOCATION"))
    assert counts["PHONE_NUMBER"] / structured >= 0.25


def test_every_shape_has_personal_and_clean_prompts(part):
    assert {(p.shape, p.clean) for p in part} == {(s, c) for s in SHAPES for c in (True, False)}


def test_phone_numbers_are_valid_for_their_region(part):
    regions = heldout.phone_regions()
    planted = [(p.id, g.start, p.text[g.start : g.end])
               for p in part for g in p.gold if g.entity == "PHONE_NUMBER"]
    assert len(regions) == len(planted)
    invalid = [(text, regions[(pid, start)]) for pid, start, text in planted
               if not phonenumbers.is_valid_number(phonenumbers.parse(text, regions[(pid, start)]))]
    assert not invalid
    assert len(set(regions.values())) >= 25


def test_cards_pass_luhn(part):
    for _, text in values(part, "CREDIT_CARD"):
        digits = re.sub(r"[ -]", "", text)
        assert digits.isdigit() and 14 <= len(digits) <= 16, text
        assert luhn_ok(digits), text


def test_ibans_have_valid_check_digits(part):
    countries = set()
    for _, text in values(part, "IBAN_CODE"):
        iban = text.replace(" ", "").upper()
        countries.add(iban[:2])
        assert len(iban) == IBAN_LENGTHS[iban[:2]], text
        assert iban_check_digits_ok(iban), text
    assert len(countries) >= 15


def test_ssns_follow_the_issuing_rules(part):
    for prompt, text in values(part, "US_SSN"):
        digits = re.sub(r"[ -]", "", text)
        assert re.fullmatch(r"\d{3}([- ]?)\d{2}\1\d{4}", text), text
        assert ssn_ok(digits), text
        if text.isdigit():  # bare nine digits only right after "SSN"
            before = prompt.text[: prompt.text.index(text)]
            assert re.search(r"SSN\W{0,15}$", before, re.IGNORECASE), prompt.id


def test_ip_addresses_parse(part):
    versions = Counter(ipaddress.ip_address(text).version for _, text in values(part, "IP_ADDRESS"))
    assert versions[4] and versions[6]


def test_account_numbers_are_said_to_be_account_numbers(part):
    for prompt, text in values(part, "ACCOUNT_NUMBER"):
        assert 6 <= len(re.sub(r"[ -]", "", text)) <= 17, text
        start = prompt.text.index(text)
        line = prompt.text[prompt.text.rfind("\n", 0, start) + 1 : start]
        header = prompt.text.split("\n", 1)[0]  # a table column named "account number"
        assert ACCOUNT_CONTEXT.search(line[-60:]) or ACCOUNT_CONTEXT.search(header), prompt.id


def test_person_spans_carry_no_title_or_possessive(part):
    for _, text in values(part, "PERSON"):
        assert not re.match(r"(Dr|Mrs?|Ms|Prof|Herr|Mme|Sr)\.? ", text), text
        assert not text.endswith("'s"), text


def test_clean_prompts_hold_no_planted_value_name_or_place(part):
    planted = {p.text[g.start : g.end].lower() for p in part for g in p.gold}
    # name words, less particles ("de") and the surname that is an ordinary word ("Price")
    names = {w.lower() for n in heldout.PEOPLE for w in n.split() if len(w) > 2} - {"price"}
    places = {c.lower() for c in heldout.CITIES + heldout.COUNTRIES}
    for prompt in (p for p in part if p.clean):
        assert not prompt.gold
        text = prompt.text.lower()
        assert not re.search(r"[\w.+-]+@[\w-]+\.[a-z]", text), prompt.id
        assert not [v for v in planted if len(v) > 4 and v in text], prompt.id
        words = set(re.findall(r"[^\W\d_]+", text))
        assert not words & names, (prompt.id, words & names)
        assert not [c for c in places if c in text], prompt.id
