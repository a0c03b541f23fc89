"""Tests for the blind training generator `train_q`."""

from __future__ import annotations

import ipaddress
import re

import phonenumbers
import pytest

from appliance.testing.pii_corpus import check, train_q
from appliance.testing.pii_corpus.train_q_values import PHONE_REGIONS
from appliance.testing.pii_corpus.validity import iban_check_digits_ok, luhn_ok, ssn_ok

SEEDS = (0, 1, 2)


@pytest.fixture(scope="module")
def corpora():
    return {seed: train_q.prompts(seed, 500) for seed in SEEDS}


def _all(corpora):
    return [p for ps in corpora.values() for p in ps]


def test_deterministic_per_seed(corpora):
    assert train_q.prompts(0, 500) == corpora[0]
    assert [p.id for p in corpora[0][:2]] == ["trainq-0-00001", "trainq-0-00002"]


def test_different_seeds_differ(corpora):
    assert [p.text for p in corpora[0]] != [p.text for p in corpora[1]]


def test_check_passes(corpora):
    for ps in corpora.values():
        check(ps)
        assert len(ps) == 500


def test_about_half_clean(corpora):
    for ps in corpora.values():
        share = sum(p.clean for p in ps) / len(ps)
        assert 0.4 <= share <= 0.6


def _phone_ok(value: str) -> bool:
    for region in (None, *PHONE_REGIONS):
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(value, region)):
                return True
        except phonenumbers.NumberParseException:
            continue
    return False


def test_planted_values_plausible(corpora):
    for p in _all(corpora):
        for g in p.gold:
            v = p.text[g.start : g.end]
            if g.entity == "PHONE_NUMBER":
                assert _phone_ok(v), v
            elif g.entity == "CREDIT_CARD":
                assert luhn_ok(re.sub(r"\D", "", v)), v
            elif g.entity == "IBAN_CODE":
                assert iban_check_digits_ok(v), v
            elif g.entity == "US_SSN":
                assert ssn_ok(v), v
            elif g.entity == "IP_ADDRESS":
                ipaddress.ip_address(v)
            elif g.entity == "EMAIL_ADDRESS":
                assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), v
            elif g.entity == "ACCOUNT_NUMBER":
                assert re.fullmatch(r"[\d-]{6,20}", v), v


def _occurrences(value: str, text: str):
    pattern = r"(?<!\w)" + re.escape(value) + r"(?!\w)"
    return [m.span() for m in re.finditer(pattern, text, re.IGNORECASE)]


def _names_and_places(p):
    return {p.text[g.start : g.end] for g in p.gold if g.entity in ("PERSON", "LOCATION")}


def test_clean_prompts_hold_no_planted_name_or_place(corpora):
    everything = _all(corpora)
    planted = {v.lower() for p in everything for v in _names_and_places(p)}
    # every part of a planted person's name (given alone, family alone) counts too
    persons = {p.text[g.start : g.end].lower() for p in everything for g in p.gold
               if g.entity == "PERSON"}
    words = {w for v in persons for w in re.findall(r"[^\W\d_]+", v) if len(w) > 1}
    for p in everything:
        if not p.clean:
            continue
        text_words = set(re.findall(r"\w+", p.text.lower()))
        assert not text_words & words - {"de", "la", "le", "van", "el", "da", "bin", "mac"}, (
            p.id, text_words & words)
        for v in planted:
            assert not _occurrences(v, p.text), (p.id, v)


def test_personal_names_always_labelled(corpora):
    for p in _all(corpora):
        if p.clean:
            continue
        spans = [(g.start, g.end) for g in p.gold if g.entity in ("PERSON", "LOCATION")]
        excluded = [m.span() for m in re.finditer(r"\S+@\S+|https?://\S+", p.text)]
        for v in _names_and_places(p):
            for s, e in _occurrences(v, p.text):
                if any(a <= s and e <= b for a, b in excluded):
                    continue
                assert any(a <= s and e <= b for a, b in spans), (p.id, v, p.text)


def test_no_placeholder_left(corpora):
    for p in _all(corpora):
        assert not re.search(r"\{\{[A-Z]+(:[a-z_]+)?\}\}", p.text), p.text


def test_shapes_clean_and_personal(corpora):
    seen = {(p.shape, p.clean) for p in _all(corpora)}
    assert len(train_q.SHAPES) >= 15
    for shape in train_q.SHAPES:
        assert (shape, True) in seen and (shape, False) in seen, shape


def test_breadth(corpora):
    assert sum(len(t) for t in train_q.TEMPLATES.values()) >= 200
    assert len(train_q.TEMPLATES) >= 15
    assert len(train_q.THINGS) >= 40
    assert sum(len(t) for t in train_q.THINGS.values()) >= 3000
    things = sorted({t.lower() for ts in train_q.THINGS.values() for t in ts}, key=len,
                    reverse=True)
    pattern = re.compile("|".join(re.escape(t) for t in things))
    everything = _all(corpora)
    with_thing = sum(1 for p in everything if pattern.search(p.text.lower()))
    assert with_thing / len(everything) >= 0.6

