"""Tests of val33, a blind part of the labelled PII corpus: size, split, ids, determinism,
gold spans, plausible planted values, clean prompts free of planted names, breadth."""

from __future__ import annotations

import ipaddress
import re
from collections import Counter

import phonenumbers
import pytest

from appliance.testing.pii_corpus import ENTITIES, check, val33
from appliance.testing.pii_corpus.val33_names import PARTICLES, WORD_NAMES
from appliance.testing.pii_corpus.val33_places import GENERIC_PLACE_WORDS
from appliance.testing.pii_corpus.validity import iban_check_digits_ok, luhn_ok, ssn_ok

WORD = re.compile(r"\w+")
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


@pytest.fixture(scope="module")
def prompts():
    return val33.prompts()


@pytest.fixture(scope="module")
def metas():
    return val33.meta()


def spans(prompts, entity):
    for p in prompts:
        for g in p.gold:
            if g.entity == entity:
                yield p, p.text[g.start : g.end]


def test_size_split_and_ids(prompts, metas):
    assert len(prompts) == 700
    assert len(metas) == 700
    assert sum(not p.clean for p in prompts) == 420
    assert sum(p.clean for p in prompts) == 280
    assert [p.id for p in prompts] == [f"val33-{i:04d}" for i in range(1, 701)]
    # shuffled: personal and clean prompts are mixed through the part
    first_half = prompts[:350]
    assert 100 < sum(p.clean for p in first_half) < 180


def test_check_passes(prompts):
    check(prompts)
    for p in prompts:
        for g in p.gold:
            assert g.entity in ENTITIES


def test_deterministic(prompts, metas):
    again = val33.prompts()
    assert [(p.id, p.text, p.gold, p.shape) for p in again] == [
        (p.id, p.text, p.gold, p.shape) for p in prompts
    ]
    assert val33.meta() == metas


def test_minimum_spans_per_entity(prompts):
    counts = Counter(g.entity for p in prompts for g in p.gold)
    for entity, minimum in MINIMUMS.items():
        assert counts[entity] >= minimum, (entity, counts[entity])


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
        pattern = r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"
        assert re.fullmatch(pattern, value), (p.id, value)


def test_account_numbers(prompts):
    for p, value in spans(prompts, "ACCOUNT_NUMBER"):
        assert re.fullmatch(r"[0-9-]+", value), (p.id, value)
        assert 8 <= len(value.replace("-", "")) <= 16, (p.id, value)


def planted_words(prompts, metas):
    folded, exact, places = set(), set(), set()
    for p, m in zip(prompts, metas, strict=True):
        for g in p.gold:
            value = p.text[g.start : g.end]
            if g.entity == "PERSON":
                for word in WORD.findall(value):
                    if len(word) < 2 or word.casefold() in PARTICLES:
                        continue
                    if word in WORD_NAMES:
                        exact.add(word)
                    else:
                        folded.add(word.casefold())
            elif g.entity == "LOCATION" and not re.search(r"\d", value):
                places.add(value.casefold())
                for word in WORD.findall(value):
                    if word.casefold() not in GENERIC_PLACE_WORDS:
                        folded.add(word.casefold())
        folded |= set(m["place_words"])
        places |= {place.casefold() for place in m["places"]}
    return folded, exact, places


def test_clean_prompts_hold_no_planted_name_or_place(prompts, metas):
    folded, exact, places = planted_words(prompts, metas)
    assert len(folded) > 1000
    assert exact, "word-names are planted somewhere"
    for p in prompts:
        if not p.clean:
            continue
        words = WORD.findall(p.text)
        hits = [w for w in words if w.casefold() in folded or w in exact]
        assert not hits, (p.id, hits)
        text = p.text.casefold()
        for place in places:
            assert not re.search(r"(?<!\w)" + re.escape(place) + r"(?!\w)", text), (p.id, place)


def test_planted_names_in_personal_prompts_are_spans(prompts, metas):
    folded, exact, _ = planted_words(prompts, metas)
    skip = re.compile(r"(?:https?://|www\.)\S+|[\w.+%-]+@[\w-]+(?:\.[\w-]+)+")
    for p in prompts:
        if p.clean:
            continue
        covered = [(g.start, g.end) for g in p.gold]
        covered += [m.span() for m in skip.finditer(p.text)]
        for m in WORD.finditer(p.text):
            word = m.group()
            if word.casefold() in folded or word in exact:
                assert any(s <= m.start() and m.end() <= e for s, e in covered), (p.id, word)


def test_no_placeholder_left(prompts):
    for p in prompts:
        assert "<<" not in p.text and ">>" not in p.text, p.id
        assert " ~\n" not in p.text, p.id


def test_word_names_only_capitalised_and_tagged(prompts, metas):
    for p, m in zip(prompts, metas, strict=True):
        for g in p.gold:
            if g.entity == "PERSON":
                first = p.text[g.start : g.end].split()[0]
                if first in WORD_NAMES:
                    assert "word" in m["cultures"], p.id
    assert sum("word" in m["cultures"] for m in metas) >= 20


def test_breadth(prompts, metas):
    templates = {m["template"] for m in metas}
    assert len(templates) >= 220
    assert len(val33.PERSONAL_TEMPLATES) + len(val33.CLEAN_TEMPLATES) >= 240
    assert templates == {t.id for t in val33.PERSONAL_TEMPLATES + val33.CLEAN_TEMPLATES}
    shapes_personal = {p.shape for p in prompts if not p.clean}
    shapes_clean = {p.shape for p in prompts if p.clean}
    assert len(shapes_personal & shapes_clean) >= 18
    cultures = {c for m in metas for c in m["cultures"]} - {"word"}
    assert len(cultures) >= 60
    names = {p.text[g.start : g.end] for p in prompts for g in p.gold if g.entity == "PERSON"}
    assert len(names) >= 1000


def test_meta_matches_prompts(prompts, metas):
    for p, m in zip(prompts, metas, strict=True):
        assert m["shape"] == p.shape
        phones = [p.text[g.start : g.end] for g in p.gold if g.entity == "PHONE_NUMBER"]
        assert set(phones) == set(m["phones"]), p.id
        if p.clean:
            assert not m["cultures"] and not m["phones"] and not m["places"]
