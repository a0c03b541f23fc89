"""Tests of the val24 part of the labelled PII corpus: size, split and ids, the package's check,
determinism, how many spans of each entity, the plausibility of every planted value, clean
prompts free of planted names and places, and breadth (templates, shapes, cultures)."""

from __future__ import annotations

import collections
import ipaddress
import re

import phonenumbers
import pytest

from appliance.testing.pii_corpus import ENTITIES, check, val24
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
EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")
URL_OR_MAIL = re.compile(r"https?://\S+|www\.\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


@pytest.fixture(scope="module")
def prompts():
    return val24.prompts()


@pytest.fixture(scope="module")
def meta():
    return val24.meta()


def values(prompts, entity):
    return [p.text[g.start : g.end] for p in prompts for g in p.gold if g.entity == entity]


def whole_word(term: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + re.escape(term) + r"(?!\w)", re.IGNORECASE)


def test_size_split_and_ids(prompts):
    assert len(prompts) == 700
    assert sum(not p.clean for p in prompts) == 420
    assert sum(p.clean for p in prompts) == 280
    assert [p.id for p in prompts] == [f"val24-{i:04d}" for i in range(1, 701)]


def test_shuffled(prompts):
    kinds = [p.clean for p in prompts]
    assert kinds != sorted(kinds) and kinds != sorted(kinds, reverse=True)


def test_check_passes(prompts):
    check(prompts)
    for p in prompts:
        for g in p.gold:
            assert g.entity in ENTITIES


def test_deterministic(prompts, meta):
    again = val24.prompts()
    assert again == prompts
    val24._build.cache_clear()
    rebuilt = val24.prompts()
    assert [(p.id, p.text, p.gold, p.shape) for p in rebuilt] == [
        (p.id, p.text, p.gold, p.shape) for p in prompts
    ]
    assert val24.meta() == meta


def test_meta(prompts, meta):
    assert len(meta) == len(prompts)
    for p, m in zip(prompts, meta, strict=True):
        assert {"template", "cultures", "phones", "shape", "kind"} <= set(m)
        assert m["shape"] == p.shape
        assert m["kind"] == ("clean" if p.clean else "personal")
        phones = [p.text[g.start : g.end] for g in p.gold if g.entity == "PHONE_NUMBER"]
        assert set(phones) <= set(m["phones"]), p.id
        if p.clean:
            assert not m["cultures"] and not m["phones"]
        elif any(g.entity == "PERSON" for g in p.gold):
            assert m["cultures"], p.id


def test_templates_exposed():
    personal = {t.id for t in val24.PERSONAL_TEMPLATES}
    clean = {t.id for t in val24.CLEAN_TEMPLATES}
    assert not personal & clean
    assert len(personal) + len(clean) >= 240


@pytest.mark.parametrize("entity", sorted(MINIMUM))
def test_minimum_spans_per_entity(prompts, entity):
    assert len(values(prompts, entity)) >= MINIMUM[entity]


def test_phone_numbers_valid_for_their_region(prompts, meta):
    regions = set()
    for p, m in zip(prompts, meta, strict=True):
        for g in p.gold:
            if g.entity != "PHONE_NUMBER":
                continue
            text = p.text[g.start : g.end]
            region = m["phones"][text]
            parsed = "+" + text[2:] if text.startswith("00") else text
            number = phonenumbers.parse(parsed, region)
            assert phonenumbers.is_valid_number_for_region(number, region), (p.id, text, region)
            regions.add(region)
    assert len(regions) >= 15


def test_cards_luhn_valid(prompts):
    for v in values(prompts, "CREDIT_CARD"):
        assert re.fullmatch(r"[\d -]+", v), v
        digits = re.sub(r"\D", "", v)
        assert 13 <= len(digits) <= 19 and luhn_ok(digits), v


def test_ibans_valid(prompts):
    countries = set()
    for v in values(prompts, "IBAN_CODE"):
        assert re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9 ]+", v), v
        assert iban_check_digits_ok(v), v
        countries.add(v[:2])
    assert len(countries) >= 10


def test_ssns_valid(prompts):
    for v in values(prompts, "US_SSN"):
        assert re.fullmatch(r"\d{3}([- ]?)\d{2}\1\d{4}", v), v
        assert ssn_ok(v), v


def test_ips_parse(prompts):
    kinds = collections.Counter()
    for v in values(prompts, "IP_ADDRESS"):
        kinds[ipaddress.ip_address(v).version] += 1
    assert kinds[4] and kinds[6]


def test_emails_well_formed(prompts):
    for v in values(prompts, "EMAIL_ADDRESS"):
        assert EMAIL.fullmatch(v), v


def test_account_numbers(prompts):
    for v in values(prompts, "ACCOUNT_NUMBER"):
        assert re.fullmatch(r"[\d-]+", v), v
        assert 8 <= len(re.sub(r"\D", "", v)) <= 16, v


def test_clean_prompts_hold_no_planted_name_or_place(prompts):
    words = {w.casefold() for w in val24.WORD_NAMES}
    planted = {
        v
        for p in prompts
        for g in p.gold
        if g.entity in ("PERSON", "LOCATION")
        for v in [p.text[g.start : g.end]]
        if len(v) >= 3 and v.casefold() not in words
    }
    big = re.compile(
        r"(?<!\w)(?:"
        + "|".join(re.escape(v) for v in sorted(planted, key=len, reverse=True))
        + r")(?!\w)",
        re.IGNORECASE,
    )
    for p in prompts:
        if p.clean:
            m = big.search(p.text)
            assert m is None, (p.id, m and m.group(0))


def test_clean_prompts_hold_no_value_shapes(prompts):
    for p in prompts:
        if not p.clean:
            continue
        assert not re.search(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", p.text), p.id
        for m in re.finditer(
            r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])", p.text
        ):
            assert not all(int(x) < 256 for x in m.groups()), (p.id, m.group(0))
        for m in re.finditer(r"(?<!\d)\d{13,19}(?!\d)", p.text):
            assert not luhn_ok(m.group(0)), (p.id, m.group(0))
        assert not re.search(r"(?<!\d)\d{3}-\d{2}-\d{4}(?!\d)", p.text), p.id


def test_every_occurrence_of_a_planted_name_or_place_is_gold(prompts):
    for p in prompts:
        if p.clean:
            continue
        covered = [(g.start, g.end) for g in p.gold]
        covered += [(m.start(), m.end()) for m in URL_OR_MAIL.finditer(p.text)]
        terms = {p.text[g.start : g.end] for g in p.gold if g.entity in ("PERSON", "LOCATION")}
        for term in terms:
            for m in whole_word(term).finditer(p.text):
                assert any(s <= m.start() and m.end() <= e for s, e in covered), (p.id, term)


def test_no_template_placeholder_left(prompts):
    for p in prompts:
        assert not re.search(r"\{[A-Za-z_][A-Za-z0-9_]*\}", p.text), p.id
        assert "('PERSON'" not in p.text and "('LOCATION'" not in p.text, p.id
        for entity in ENTITIES:
            assert f"'{entity}'" not in p.text, p.id


def test_breadth(prompts, meta):
    templates = {m["template"] for m in meta}
    assert len(templates) >= 220
    shapes = collections.defaultdict(set)
    for p in prompts:
        shapes[p.shape].add(p.clean)
    assert sum(1 for kinds in shapes.values() if kinds == {True, False}) >= 18
    cultures = {c for m in meta for c in m["cultures"]} - {"word"}
    assert len(cultures) >= 60
    assert "word" in {c for m in meta for c in m["cultures"]}


def test_many_distinct_people(prompts):
    assert len(set(values(prompts, "PERSON"))) >= 1000
