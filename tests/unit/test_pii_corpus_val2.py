"""The val2 part of the PII evaluation set: size, labels, shapes, and values valid by their
own rules."""

import ipaddress
import re
import sys
from collections import Counter
from pathlib import Path

import phonenumbers
import pytest

from appliance.testing.pii_corpus import ENTITIES, check, val2
from appliance.testing.pii_corpus.validity import iban_check_digits_ok, luhn_ok, ssn_ok

SHAPES = ("chat", "email", "form", "json", "code", "table", "log", "ticket")
MINIMUM = {
    "PERSON": 300,
    "LOCATION": 80,
    "EMAIL_ADDRESS": 60,
    "PHONE_NUMBER": 150,
    "CREDIT_CARD": 30,
    "IBAN_CODE": 30,
    "IP_ADDRESS": 40,
    "US_SSN": 30,
    "ACCOUNT_NUMBER": 30,
}
STRUCTURED = set(ENTITIES) - {"PERSON", "LOCATION"}
# IBAN lengths by country (ISO 13616 registry), written here apart from the generator's layouts.
IBAN_LENGTHS = {"DE": 22, "GB": 22, "FR": 27, "NL": 18, "ES": 24, "IT": 27, "BE": 16,
                "CH": 21, "PL": 28, "AT": 20, "IE": 22, "PT": 25, "SE": 24, "DK": 18,
                "NO": 15, "FI": 18, "LU": 20}
ACCOUNT_WORDS = re.compile(r"(account|acct|a/c)", re.IGNORECASE)


@pytest.fixture(scope="module")
def prompts():
    return val2.prompts()


def values(prompts, entity):
    return [(p, p.text[g.start : g.end]) for p in prompts for g in p.gold if g.entity == entity]


def test_count_ids_and_clean_share(prompts):
    assert len(prompts) == 600
    assert [p.id for p in prompts] == [f"val2-{i:04d}" for i in range(1, 601)]
    assert sum(p.clean for p in prompts) == 240


def test_gold_spans_are_well_formed_and_no_prompt_repeats(prompts):
    check(prompts)
    assert len({p.text for p in prompts}) == len(prompts)


def test_same_prompts_every_time(prompts):
    assert val2.prompts() == prompts
    assert val2.build(val2.SEED) == val2.build(val2.SEED)
    assert val2.build(val2.SEED + 1)[0] != prompts


def test_every_label_reaches_its_minimum(prompts):
    counts = Counter(g.entity for p in prompts for g in p.gold)
    assert set(MINIMUM) == set(ENTITIES)
    for entity, least in MINIMUM.items():
        assert counts[entity] >= least, (entity, counts[entity])
    structured = sum(counts[e] for e in STRUCTURED)
    assert counts["PHONE_NUMBER"] >= 0.25 * structured


def test_every_shape_appears_clean_and_personal(prompts):
    assert {p.shape for p in prompts} == set(SHAPES)
    for shape in SHAPES:
        assert any(p.shape == shape and p.clean for p in prompts), shape
        assert any(p.shape == shape and not p.clean for p in prompts), shape


def test_values_sit_at_the_edges_and_several_to_a_prompt(prompts):
    assert any(p.gold and min(g.start for g in p.gold) == 0 for p in prompts)
    assert any(p.gold and max(g.end for g in p.gold) == len(p.text) for p in prompts)
    assert any(Counter(g.entity for g in p.gold)["PHONE_NUMBER"] >= 3 for p in prompts)
    lower = [v for _, v in values(prompts, "PERSON") if v == v.lower()]
    assert len(lower) >= 15


def test_cards_pass_luhn(prompts):
    for p, card in values(prompts, "CREDIT_CARD"):
        digits = re.sub(r"[ -]", "", card)
        assert len(digits) in (15, 16) and luhn_ok(digits), (p.id, card)


def test_ibans_have_valid_check_digits(prompts):
    countries = set()
    for p, iban in values(prompts, "IBAN_CODE"):
        compact = iban.replace(" ", "")
        countries.add(compact[:2])
        assert len(compact) == IBAN_LENGTHS[compact[:2]], (p.id, iban)
        assert iban_check_digits_ok(compact), (p.id, iban)
    assert len(countries) >= 10


def test_ssns_follow_the_rules(prompts):
    for p, ssn in values(prompts, "US_SSN"):
        m = re.fullmatch(r"(\d{3})([- ]?)(\d{2})\2(\d{4})", ssn)
        assert m, (p.id, ssn)
        assert ssn_ok(ssn), (p.id, ssn)
        if not m[2]:  # bare nine digits only right after the words that name them
            assert re.search(r"(SSN|social security number)\W*$",
                             p.text[: p.text.index(ssn)], re.IGNORECASE), (p.id, ssn)


def test_phones_are_valid_for_the_region_they_were_drawn_for(prompts):
    regions = val2.phone_regions()
    seen = set()
    for p, phone in values(prompts, "PHONE_NUMBER"):
        region = regions[phone]
        seen.add(region)
        number = phonenumbers.parse(phone, region)
        assert phonenumbers.is_valid_number(number), (p.id, phone, region)
        assert phonenumbers.region_code_for_number(number) == region, (p.id, phone, region)
    assert len(seen) >= 15


def test_phones_come_in_many_layouts(prompts):
    phones = [v for _, v in values(prompts, "PHONE_NUMBER")]
    assert sum(v.startswith("+") for v in phones) >= 40
    assert sum(v.startswith("00") for v in phones) >= 5
    assert sum(v.isdigit() for v in phones) >= 15
    assert sum("(" in v for v in phones) >= 5
    assert sum(not v.startswith(("+", "00")) for v in phones) >= 50


def test_ips_parse(prompts):
    ips = [ipaddress.ip_address(v) for _, v in values(prompts, "IP_ADDRESS")]
    assert any(ip.version == 6 for ip in ips) and any(ip.version == 4 for ip in ips)


def test_account_numbers_are_named_as_such(prompts):
    for p, number in values(prompts, "ACCOUNT_NUMBER"):
        assert re.fullmatch(r"\d[\d -]{4,18}\d", number), (p.id, number)
        assert 6 <= len(re.sub(r"[ -]", "", number)) <= 17, (p.id, number)
        before = p.text[: p.text.index(number)][-30:]
        assert ACCOUNT_WORDS.search(before), (p.id, number)


def test_emails_are_addresses(prompts):
    for p, email in values(prompts, "EMAIL_ADDRESS"):
        assert re.fullmatch(r"[a-z0-9._+]+@[a-z0-9-]+(\.[a-z0-9-]+)+", email), (p.id, email)


def test_clean_prompts_hold_no_planted_value(prompts):
    clean = [p for p in prompts if p.clean]
    assert all(not p.gold for p in clean)
    planted = {v for e in STRUCTURED for _, v in values(prompts, e)}
    for p in clean:
        assert not re.search(r"[\w.+-]+@[\w-]+\.\w", p.text), p.id
        assert not [v for v in planted if v in p.text], p.id


def test_pii_eval_offers_val2_and_lists_its_errors():
    pytest.importorskip("presidio_analyzer")
    sys.path.insert(0, str(Path("scripts").resolve()))
    try:
        import pii_eval
    finally:
        sys.path.remove(str(Path("scripts").resolve()))
    assert pii_eval.PARTS["val2"] == val2.prompts
    assert "val2" in pii_eval.READABLE
    assert {"heldout", "val20", "val21", "val22", "val39", "val40", "val41", "val42", "val43", "val44"}.isdisjoint(pii_eval.READABLE)
    assert {"val35", "val36", "val37", "val38"} <= set(pii_eval.READABLE)  # read since the 32nd round
    assert {"heldout", "val23", "val24", "val25", "val26", "val27", "val28", "val29", "val30", "val31", "val32", "val33", "val34", "val35", "val36", "val37", "val38", "val39", "val40", "val41", "val42", "val43", "val44"} <= set(pii_eval.PARTS)
