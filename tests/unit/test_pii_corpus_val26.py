"""The val26 part of the labelled PII corpus: size, gold validity, plausibility of planted
values, clean prompts free of planted names, breadth."""

from __future__ import annotations

import ipaddress
import re
from collections import Counter

import phonenumbers
import pytest

from appliance.testing.pii_corpus import check, val26
from appliance.testing.pii_corpus.val26_names import WORD_NAMES
from appliance.testing.pii_corpus.validity import iban_check_digits_ok, luhn_ok, ssn_ok


@pytest.fixture(scope="module")
def prompts():
    return val26.prompts()


@pytest.fixture(scope="module")
def meta():
    return val26.meta()


def spans(prompts, entity=None):
    for p in prompts:
        for g in p.gold:
            if entity is None or g.entity == entity:
                yield p, g, p.text[g.start : g.end]


def test_size_split_and_ids(prompts, meta):
    assert len(prompts) == 700
    assert len(meta) == 700
    assert sum(p.clean for p in prompts) == 280
    assert sum(not p.clean for p in prompts) == 420
    assert [p.id for p in prompts] == [f"val26-{n:04d}" for n in range(1, 701)]
    assert [m["id"] for m in meta] == [p.id for p in prompts]


def test_check_passes(prompts):
    check(prompts)


def test_deterministic(prompts, meta):
    again = val26.prompts()
    assert [(p.id, p.text, p.gold, p.shape) for p in again] == [
        (p.id, p.text, p.gold, p.shape) for p in prompts
    ]
    assert val26.meta() == meta


def test_shuffled(prompts):
    first = [p.clean for p in prompts[:50]]
    assert 0 < sum(first) < 50


MINIMUMS = {
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


def test_minimum_spans_per_entity(prompts):
    counts = Counter(g.entity for _, g, _ in spans(prompts))
    for entity, minimum in MINIMUMS.items():
        assert counts[entity] >= minimum, (entity, counts[entity])


def test_phones_valid_for_their_region(prompts, meta):
    regions = set()
    for p, m in zip(prompts, meta, strict=True):
        for g in p.gold:
            if g.entity != "PHONE_NUMBER":
                continue
            value = p.text[g.start : g.end]
            region = m["phones"][value]
            number = phonenumbers.parse(value, region)
            assert phonenumbers.is_valid_number(number), (p.id, value, region)
            assert phonenumbers.region_code_for_number(number) == region, (p.id, value)
            regions.add(region)
    assert len(regions) >= 15


def test_cards_luhn_valid(prompts):
    for p, _, value in spans(prompts, "CREDIT_CARD"):
        digits = re.sub(r"[ -]", "", value)
        assert digits.isdigit() and 13 <= len(digits) <= 19, (p.id, value)
        assert luhn_ok(digits), (p.id, value)


def test_ibans_valid(prompts):
    countries = set()
    for p, _, value in spans(prompts, "IBAN_CODE"):
        assert re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9 ]+", value), (p.id, value)
        assert iban_check_digits_ok(value), (p.id, value)
        countries.add(value[:2])
    assert len(countries) >= 10


def test_ssns_valid(prompts):
    for p, _, value in spans(prompts, "US_SSN"):
        assert re.fullmatch(r"\d{3}([- ]?)\d{2}\1\d{4}", value), (p.id, value)
        assert ssn_ok(value), (p.id, value)


def test_ips_parse(prompts):
    versions = set()
    for _, _, value in spans(prompts, "IP_ADDRESS"):
        versions.add(ipaddress.ip_address(value).version)
    assert versions == {4, 6}


def test_emails_well_formed(prompts):
    for p, _, value in spans(prompts, "EMAIL_ADDRESS"):
        assert re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", value), (
            p.id,
            value,
        )


def test_account_numbers_plausible(prompts):
    for p, _, value in spans(prompts, "ACCOUNT_NUMBER"):
        assert re.fullmatch(r"[0-9][0-9-]{6,14}[0-9]", value), (p.id, value)


def test_person_and_location_spans_are_words(prompts):
    for p, g, value in spans(prompts):
        if g.entity in ("PERSON", "LOCATION"):
            before = p.text[g.start - 1] if g.start else " "
            after = p.text[g.end] if g.end < len(p.text) else " "
            assert not before.isalpha() and not after.isalpha(), (p.id, value)
            assert not value.endswith("'s"), (p.id, value)


def test_clean_prompts_hold_no_planted_names_or_places(prompts):
    planted = set()
    for p in prompts:
        for g in p.gold:
            if g.entity in ("PERSON", "LOCATION"):
                planted.add(p.text[g.start : g.end].lower())
    planted -= {w.lower() for w in WORD_NAMES}
    planted = {w for w in planted if len(re.sub(r"\W", "", w)) >= 3}
    alt = "|".join(re.escape(w) for w in sorted(planted, key=len, reverse=True))
    pattern = re.compile(rf"(?<!\w)(?:{alt})(?!\w)", re.IGNORECASE)
    for p in prompts:
        if p.clean:
            assert not pattern.search(p.text), (p.id, pattern.search(p.text).group(0))


def test_no_unlabelled_emails_or_ips(prompts):
    email = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
    ipv4 = re.compile(r"(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?![\w.])")
    for p in prompts:
        chars = list(p.text)
        for g in p.gold:
            chars[g.start : g.end] = " " * (g.end - g.start)
        rest = "".join(chars)
        assert not email.search(rest) and not ipv4.search(rest), p.id


def test_no_placeholder_left(prompts):
    for p in prompts:
        assert "⟦" not in p.text and "⟧" not in p.text, p.id
        assert not re.search(r"\{(P|W|PH|EM|CC|IBAN|SSN|ACCT|CITY|ADDR)\d*[.:}]", p.text), p.id


def test_breadth(prompts, meta):
    templates = {m["template"] for m in meta}
    assert len(templates) >= 220
    assert len(val26.PERSONAL_TEMPLATES) + len(val26.CLEAN_TEMPLATES) >= 240
    clean_shapes = {p.shape for p in prompts if p.clean}
    personal_shapes = {p.shape for p in prompts if not p.clean}
    assert len(clean_shapes & personal_shapes) >= 18
    cultures = set()
    for m in meta:
        cultures |= set(m["cultures"])
    assert len(cultures - {"word"}) >= 60
    assert "word" in cultures
    names = {value for _, g, value in spans(prompts, "PERSON")}
    assert len(names) >= 1000
