"""Tests of the blind training generator `train_p`."""

from __future__ import annotations

import ipaddress
import re

import phonenumbers
import pytest

from appliance.testing.pii_corpus import check, train_p
from appliance.testing.pii_corpus.validity import iban_check_digits_ok, luhn_ok, ssn_ok

SEEDS = (0, 1, 7)
_MASKED = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|https?://\S+|www\.\S+")
_SLOT = re.compile(r"\{[A-Z][A-Z0-9]*(?::[a-z_]+)?\}")


@pytest.fixture(scope="module")
def sets():
    return {seed: train_p.prompts(seed, 500) for seed in SEEDS}


@pytest.fixture(scope="module")
def everything(sets):
    return [p for ps in sets.values() for p in ps]


def test_deterministic_and_seeds_differ(sets):
    assert train_p.prompts(0, 500) == sets[0]
    assert [p.text for p in sets[0]] != [p.text for p in sets[1]]
    assert sets[1][0].id == "trainp-1-00001" and sets[1][-1].id == "trainp-1-00500"


def test_check_passes(sets):
    for ps in sets.values():
        check(ps)
        assert len(ps) == 500


def test_about_half_clean(sets):
    for ps in sets.values():
        share = sum(p.clean for p in ps) / len(ps)
        assert 0.4 <= share <= 0.6


def test_shapes_clean_and_personal(everything):
    clean = {p.shape for p in everything if p.clean}
    personal = {p.shape for p in everything if not p.clean}
    assert len(clean & personal) >= 15


def _values(everything, entity):
    return [p.text[g.start:g.end] for p in everything for g in p.gold if g.entity == entity]


def test_planted_values_plausible(everything):
    phones = _values(everything, "PHONE_NUMBER")
    assert phones
    for v in phones:
        region = "US" if v.startswith("(") or re.match(r"\d{3}-", v) else "GB"
        tries = [phonenumbers.parse(v, r) for r in (region, "DE", "FR", "GB", "US")
                 if not v.startswith("+")] or [phonenumbers.parse(v, None)]
        assert any(phonenumbers.is_valid_number(n) for n in tries), v
    for v in _values(everything, "CREDIT_CARD"):
        digits = re.sub(r"\D", "", v)
        assert len(digits) in (15, 16) and luhn_ok(digits), v
    for v in _values(everything, "IBAN_CODE"):
        assert iban_check_digits_ok(v), v
    for v in _values(everything, "US_SSN"):
        assert ssn_ok(v), v
    for v in _values(everything, "IP_ADDRESS"):
        ipaddress.ip_address(v)
    for v in _values(everything, "ACCOUNT_NUMBER"):
        assert re.fullmatch(r"[\d-]{8,13}", v), v
    for v in _values(everything, "EMAIL_ADDRESS"):
        assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), v


def _planted(everything):
    values = {p.text[g.start:g.end] for p in everything for g in p.gold
              if g.entity in ("PERSON", "LOCATION")}
    return values


def _occurrences(text, value):
    pattern = re.compile(r"(?<!\w)" + re.escape(value) + r"(?!\w)", re.IGNORECASE)
    return [m.span() for m in pattern.finditer(text)]


def test_clean_prompts_hold_no_planted_name_or_place(everything):
    planted = _planted(everything)
    words = {}
    for v in planted:
        words.setdefault(re.findall(r"\w+", v.lower())[0], []).append(v)
    for p in everything:
        if not p.clean:
            continue
        lowered = p.text.lower()
        for w in set(re.findall(r"\w+", lowered)):
            for v in words.get(w, ()):
                assert not _occurrences(p.text, v), (p.id, v, p.text)


def test_every_occurrence_of_planted_name_is_gold(everything):
    planted = _planted(everything)
    words = {}
    for v in planted:
        words.setdefault(re.findall(r"\w+", v.lower())[0], []).append(v)
    for p in everything:
        if p.clean:
            continue
        lowered = p.text.lower()
        masked = [m.span() for m in _MASKED.finditer(p.text)]
        spans = [(g.start, g.end) for g in p.gold if g.entity in ("PERSON", "LOCATION")]
        for w in set(re.findall(r"\w+", lowered)):
            for v in words.get(w, ()):
                for s, e in _occurrences(p.text, v):
                    if any(ms <= s and e <= me for ms, me in masked):
                        continue
                    assert any(gs <= s and e <= ge for gs, ge in spans), (p.id, v, p.text)


def test_no_placeholder_left(everything):
    for p in everything:
        assert not _SLOT.search(p.text), (p.id, p.text)


def test_breadth(everything):
    templates = sum(len(v) for v in train_p.TEMPLATES.values())
    assert templates >= 200
    assert len({p.shape for p in everything}) >= 15
    assert len(train_p.THINGS) >= 40
    things = {t for v in train_p.THINGS.values() for t in v}
    assert len(things) >= 3000
    lowered = sorted((t.lower() for t in things), key=len, reverse=True)
    mentions = sum(any(t in p.text.lower() for t in lowered) for p in everything)
    assert mentions / len(everything) >= 0.6


def test_clean_prompts_name_no_place_even_inside_things(everything):
    from appliance.testing.pii_corpus.train_p_names import PLACES

    pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, PLACES)) + r")(?!\w)")
    for p in everything:
        if p.clean:
            assert not pattern.search(p.text), (p.id, p.text)
