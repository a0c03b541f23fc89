"""Tests of val40, a blind part of the labelled PII corpus: size and split, ids, the package's
`check`, determinism, how many spans of each entity it holds, that every planted value is a
plausible one of its kind, that clean prompts hold none of the planted names or places, that
personal prompts leave no planted name unlabelled, and its breadth."""

from __future__ import annotations

import ipaddress
import re
from collections import Counter

import phonenumbers
import pytest

from appliance.testing.pii_corpus import ENTITIES, check, val40
from appliance.testing.pii_corpus.val40_names import PARTICLES, WORD_GIVEN
from appliance.testing.pii_corpus.val40_places import GENERIC_PLACE_WORDS
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
EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$")
PLACEHOLDER = re.compile(r"\{[A-Za-z]\w*(?::\w+)?(?:\.\w+)?\}")
URL = re.compile(r"(?:https?://|www\.)[^\s\"'<>)\]]+")
LETTERS = re.compile(r"[^\W\d_]+")


@pytest.fixture(scope="module")
def prompts():
    return val40.prompts()


@pytest.fixture(scope="module")
def meta():
    return val40.meta()


def _values(prompts, entity):
    return [p.text[g.start : g.end] for p in prompts for g in p.gold if g.entity == entity]


def _words(value: str, entity: str) -> set[str]:
    if entity == "PERSON":
        return {w for w in LETTERS.findall(value) if len(w) >= 2 and w.lower() not in PARTICLES}
    if any(ch.isdigit() for ch in value):  # a street address: compared whole
        return set()
    return {
        w for w in LETTERS.findall(value) if len(w) >= 3 and w.lower() not in GENERIC_PLACE_WORDS
    }


def _whole(needle: str, text: str):
    return re.finditer(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", text, re.IGNORECASE)


def test_size_split_and_ids(prompts, meta):
    assert len(prompts) == 700
    assert sum(p.clean for p in prompts) == 280
    assert sum(not p.clean for p in prompts) == 420
    assert [p.id for p in prompts] == [f"val40-{i:04d}" for i in range(1, 701)]
    assert len(meta) == len(prompts)
    for p, m in zip(prompts, meta, strict=True):
        assert {"template", "cultures", "phones"} <= set(m)
        assert m["shape"] == p.shape
        assert bool(m["cultures"]) <= (not p.clean)


def test_package_check_passes(prompts):
    check(prompts)
    for p in prompts:
        assert all(g.entity in ENTITIES for g in p.gold)


def test_deterministic(prompts, meta):
    again, again_meta = val40.build()
    assert again == prompts
    assert again_meta == meta
    assert val40.prompts() == prompts


def test_templates_exposed():
    assert len(val40.PERSONAL_TEMPLATES) + len(val40.CLEAN_TEMPLATES) >= 240
    ids = [t.id for t in val40.PERSONAL_TEMPLATES + val40.CLEAN_TEMPLATES]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("entity", sorted(MINIMUM))
def test_minimum_spans(prompts, entity):
    assert len(_values(prompts, entity)) >= MINIMUM[entity]


def test_phones_valid_for_their_region(prompts, meta):
    for p, m in zip(prompts, meta, strict=True):
        for g in p.gold:
            if g.entity != "PHONE_NUMBER":
                continue
            value = p.text[g.start : g.end]
            region = m["phones"][value]
            assert phonenumbers.is_valid_number(phonenumbers.parse(value, region)), value
    regions = {r for m in meta for r in m["phones"].values()}
    assert len(regions) >= 15


def test_cards_luhn_valid(prompts):
    for value in _values(prompts, "CREDIT_CARD"):
        digits = re.sub(r"[ -]", "", value)
        assert digits.isdigit() and 13 <= len(digits) <= 19, value
        assert luhn_ok(digits), value


def test_ibans_valid(prompts):
    values = _values(prompts, "IBAN_CODE")
    for value in values:
        assert re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9 ]+", value), value
        assert iban_check_digits_ok(value), value
    assert len({v[:2] for v in values}) >= 10


def test_ssns_valid(prompts):
    for value in _values(prompts, "US_SSN"):
        assert re.fullmatch(r"\d{3}([- ]?)\d{2}\1\d{4}", value), value
        assert ssn_ok(value), value


def test_ips_parse(prompts):
    versions = Counter()
    for value in _values(prompts, "IP_ADDRESS"):
        versions[ipaddress.ip_address(value).version] += 1
    assert versions[4] and versions[6]


def test_emails_well_formed(prompts):
    for value in _values(prompts, "EMAIL_ADDRESS"):
        assert EMAIL.match(value), value


def test_account_numbers(prompts):
    for value in _values(prompts, "ACCOUNT_NUMBER"):
        assert re.fullmatch(r"[\d-]{8,16}", value), value
        assert sum(ch.isdigit() for ch in value) >= 8, value


def test_locations_and_people_not_padded(prompts):
    for p in prompts:
        for g in p.gold:
            if g.entity == "PHONE_NUMBER":  # "(415) 555-..." opens with a bracket
                continue
            value = p.text[g.start : g.end]
            assert value == value.strip(" ,;:()[]<>\"'"), (p.id, value)


def test_no_placeholder_left(prompts):
    for p in prompts:
        assert not PLACEHOLDER.search(p.text), (p.id, PLACEHOLDER.search(p.text).group())


def test_clean_prompts_hold_no_planted_name_or_place(prompts):
    planted_values: set[str] = set()
    planted_words: set[str] = set()
    word_names = {w.lower() for w in WORD_GIVEN}
    for p in prompts:
        for g in p.gold:
            if g.entity in ("PERSON", "LOCATION"):
                value = p.text[g.start : g.end]
                planted_values.add(value.lower())
                planted_words |= {w.lower() for w in _words(value, g.entity)}
    planted_words -= word_names
    planted_values = {v for v in planted_values if v not in word_names}
    for p in prompts:
        if not p.clean:
            continue
        words = {w.lower() for w in re.findall(r"\w+", p.text)}
        assert not words & planted_words, (p.id, words & planted_words)
        lowered = p.text.lower()
        for value in planted_values:
            if value in lowered:
                assert not any(_whole(value, p.text)), (p.id, value)


def test_personal_prompts_label_every_mention(prompts):
    for p in prompts:
        covered = [(g.start, g.end) for g in p.gold]
        covered += [(m.start(), m.end()) for m in URL.finditer(p.text)]
        needles = set()
        for g in p.gold:
            if g.entity in ("PERSON", "LOCATION"):
                value = p.text[g.start : g.end]
                needles |= {value} | _words(value, g.entity)
        for needle in needles:
            for m in _whole(needle, p.text):
                inside = any(s <= m.start() and m.end() <= e for s, e in covered)
                assert inside, (p.id, needle, m.start())


def test_breadth(prompts, meta):
    assert len({m["template"] for m in meta}) >= 220
    shapes_clean = {p.shape for p in prompts if p.clean}
    shapes_personal = {p.shape for p in prompts if not p.clean}
    assert len(shapes_clean & shapes_personal) >= 18
    cultures = {c for m in meta for c in m["cultures"]} - {"word"}
    assert len(cultures) >= 60
    assert "word" in {c for m in meta for c in m["cultures"]}
    people = {v for v in _values(prompts, "PERSON")}
    assert len(people) >= 1000
