"""Checks on the val28 part of the labelled PII corpus."""

from __future__ import annotations

import ipaddress
import re
from collections import Counter

import phonenumbers

from appliance.testing.pii_corpus import check, val28
from appliance.testing.pii_corpus.val28_gen import SLOT, name_tokens
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


def test_size_split_ids():
    ps = val28.prompts()
    assert len(ps) == 700
    assert sum(p.clean for p in ps) == 280
    assert [p.id for p in ps] == [f"val28-{i:04d}" for i in range(1, 701)]
    assert len(val28.meta()) == 700
    check(ps)


def test_deterministic():
    assert val28.prompts() == val28.prompts()
    assert val28.meta() == val28.meta()


def test_minimum_spans():
    counts = Counter(g.entity for p in val28.prompts() for g in p.gold)
    for entity, least in MINIMUM.items():
        assert counts[entity] >= least, (entity, counts[entity])


def test_values_plausible():
    for p, m in zip(val28.prompts(), val28.meta(), strict=True):
        for g in p.gold:
            v = p.text[g.start : g.end]
            if g.entity == "PHONE_NUMBER":
                num = phonenumbers.parse(v.replace("(0)", ""), m["phones"][v])
                assert phonenumbers.is_valid_number(num), (p.id, v)
            elif g.entity == "CREDIT_CARD":
                digits = re.sub(r"[ -]", "", v)
                assert digits.isdigit() and 13 <= len(digits) <= 19 and luhn_ok(digits), v
            elif g.entity == "IBAN_CODE":
                assert iban_check_digits_ok(v), v
            elif g.entity == "US_SSN":
                assert ssn_ok(v), v
            elif g.entity == "IP_ADDRESS":
                ipaddress.ip_address(v)
            elif g.entity == "EMAIL_ADDRESS":
                assert re.fullmatch(r"[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", v), v
            elif g.entity == "ACCOUNT_NUMBER":
                assert re.fullmatch(r"[0-9-]{8,16}", v), v


def test_clean_prompts_hold_no_planted_names_or_places():
    ps, ms = val28.prompts(), val28.meta()
    tokens = name_tokens({n for m in ms for n in m["names"]})
    places = {pl.lower() for m in ms for pl in m["places"]}
    for p in ps:
        if not p.clean:
            continue
        text = p.text.lower()
        words = set(re.findall(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", text))
        assert not words & tokens, (p.id, words & tokens)
        for place in places:
            assert not re.search(r"(?<!\w)" + re.escape(place) + r"(?!\w)", text), (p.id, place)


def test_no_placeholder_left():
    for p in val28.prompts():
        assert not SLOT.search(p.text), p.id


def test_breadth():
    ps, ms = val28.prompts(), val28.meta()
    assert len({m["template"] for m in ms}) >= 220
    both = {p.shape for p in ps if p.clean} & {p.shape for p in ps if not p.clean}
    assert len(both) >= 18
    cultures = {c for m in ms for c in m["cultures"]} - {"word"}
    assert len(cultures) >= 60
    assert len(val28.PERSONAL_TEMPLATES) + len(val28.CLEAN_TEMPLATES) >= 220
