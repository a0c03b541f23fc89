"""The val37 part of the labelled PII corpus: size, split, determinism, span counts, the
plausibility of every planted value, clean prompts free of planted names and places, and
breadth (templates, shapes, cultures)."""

from __future__ import annotations

import collections
import ipaddress
import re

import phonenumbers
import pytest

from appliance.testing.pii_corpus import ENTITIES, check, val37
from appliance.testing.pii_corpus import val37_gen as gen
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
EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")


@pytest.fixture(scope="module")
def prompts():
    return val37.prompts()


@pytest.fixture(scope="module")
def metas():
    return val37.meta()


def spans(prompts, entity):
    return [(p, p.text[g.start : g.end]) for p in prompts for g in p.gold if g.entity == entity]


def test_size_split_and_ids(prompts, metas):
    assert len(prompts) == 700
    assert len(metas) == 700
    assert sum(p.clean for p in prompts) == 280
    assert sum(not p.clean for p in prompts) == 420
    assert [p.id for p in prompts] == [f"val37-{i:04d}" for i in range(1, 701)]


def test_check_passes(prompts):
    check(prompts)
    for p in prompts:
        assert all(g.entity in ENTITIES for g in p.gold)


def test_deterministic(prompts, metas):
    again, again_meta = val37._build()
    assert again == prompts
    assert again_meta == metas
    assert val37.prompts() == prompts


def test_minimum_spans_per_entity(prompts):
    counts = collections.Counter(g.entity for p in prompts for g in p.gold)
    for entity, minimum in MINIMUM.items():
        assert counts[entity] >= minimum, (entity, counts[entity])


def test_meta_fields(prompts, metas):
    for p, m in zip(prompts, metas, strict=True):
        assert m["template"] and m["shape"] == p.shape
        assert isinstance(m["cultures"], list | set | tuple)
        assert isinstance(m["phones"], dict)
        if p.clean:
            assert not m["cultures"] and not m["phones"] and not m["names"] and not m["places"]


def test_phones_valid_for_their_region(prompts, metas):
    regions = set()
    for p, m in zip(prompts, metas, strict=True):
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
    for p, value in spans(prompts, "CREDIT_CARD"):
        digits = re.sub(r"[ -]", "", value)
        assert digits.isdigit() and 13 <= len(digits) <= 19, (p.id, value)
        assert luhn_ok(digits), (p.id, value)


def test_ibans_valid(prompts):
    countries = set()
    for p, value in spans(prompts, "IBAN_CODE"):
        assert re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9 ]+", value), (p.id, value)
        assert iban_check_digits_ok(value), (p.id, value)
        countries.add(value[:2])
    assert len(countries) >= 10


def test_ssns_valid(prompts):
    for p, value in spans(prompts, "US_SSN"):
        assert re.fullmatch(r"\d{3}([- ]?)\d{2}\1\d{4}", value), (p.id, value)
        assert ssn_ok(value), (p.id, value)


def test_ips_parse(prompts):
    versions = set()
    for _p, value in spans(prompts, "IP_ADDRESS"):
        versions.add(ipaddress.ip_address(value).version)
    assert versions == {4, 6}


def test_emails_well_formed(prompts):
    for p, value in spans(prompts, "EMAIL_ADDRESS"):
        assert EMAIL.match(value), (p.id, value)


def test_account_numbers(prompts):
    for p, value in spans(prompts, "ACCOUNT_NUMBER"):
        assert re.fullmatch(r"[0-9][0-9-]*[0-9]", value), (p.id, value)
        assert 8 <= len(value.replace("-", "")) <= 16, (p.id, value)


def _planted(metas):
    names = {n for m in metas for n in m["names"]}
    places = {pl for m in metas for pl in m["places"]}
    return names, places


def test_clean_prompts_hold_no_planted_name_or_place(prompts, metas):
    names, places = _planted(metas)
    assert len(names) >= 1000
    whole = re.compile(
        r"(?<!\w)(?:"
        + "|".join(re.escape(v) for v in sorted(names | places, key=len, reverse=True))
        + r")(?!\w)",
        re.IGNORECASE,
    )
    vocab = gen.vocabulary(metas)
    for p in prompts:
        if not p.clean:
            continue
        assert not whole.search(p.text), (p.id, whole.search(p.text))
        words = [w for w in re.findall(r"\w+", p.text) if w.casefold() in vocab]
        assert not words, (p.id, words)


def test_planted_names_in_personal_prompts_are_spans(prompts, metas):
    names, places = _planted(metas)
    whole = re.compile(
        r"(?<!\w)(?:"
        + "|".join(re.escape(v) for v in sorted(names | places, key=len, reverse=True))
        + r")(?!\w)",
        re.IGNORECASE,
    )
    for p in prompts:
        if p.clean:
            continue
        skip = [m.span() for m in gen.URL_OR_MAIL.finditer(p.text)]
        for m in whole.finditer(p.text):
            assert gen.covered(p, m.start(), m.end(), skip), (p.id, m.group())
    gen.check_planted(prompts, metas)


def test_word_names_only_as_spans_in_their_prompt(prompts, metas):
    planted = 0
    for p, m in zip(prompts, metas, strict=True):
        words = {w.casefold() for w in m["word_names"]}
        planted += len(words)
        assert not gen.unspanned_words(p, words, skip_urls=False), p.id
    assert planted >= 20


def test_no_placeholder_left(prompts):
    for p in prompts:
        assert not gen.SLOT.search(p.text), (p.id, gen.SLOT.search(p.text))
        assert "⟦" not in p.text and "⟧" not in p.text, p.id


def test_breadth(prompts, metas):
    used = {m["template"] for m in metas}
    assert len(used) >= 220
    assert len(val37.PERSONAL_TEMPLATES) + len(val37.CLEAN_TEMPLATES) >= 240
    personal_ids = {t.id for t in val37.PERSONAL_TEMPLATES}
    clean_ids = {t.id for t in val37.CLEAN_TEMPLATES}
    for p, m in zip(prompts, metas, strict=True):
        assert m["template"] in (clean_ids if p.clean else personal_ids)
    both = {p.shape for p in prompts if p.clean} & {p.shape for p in prompts if not p.clean}
    assert len(both) >= 18
    cultures = {c for m in metas for c in m["cultures"]}
    assert len(cultures - {"word"}) >= 60
    assert "word" in cultures
