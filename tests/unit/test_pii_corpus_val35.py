"""The val35 part of the labelled PII corpus: size, split, ids, determinism, gold spans that
pass `check`, plausible planted values, clean prompts free of planted names and places, and
breadth of templates, shapes and cultures."""

from __future__ import annotations

import ipaddress
import os
import re
import subprocess
import sys
from collections import Counter

import phonenumbers
import pytest

from appliance.testing.pii_corpus import ENTITIES, check, val35
from appliance.testing.pii_corpus.val35_gen import planted_words
from appliance.testing.pii_corpus.validity import iban_check_digits_ok, luhn_ok, ssn_ok

PLACEHOLDER = re.compile(r"\{[A-Z][A-Z0-9_]*(?:\.[A-Za-z0-9_]+)?\}")
EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")
EMAIL_IN_TEXT = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
URL_IN_TEXT = re.compile(r"(?:https?://|www\.)[^\s<>\"')\]]+")

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


@pytest.fixture(scope="module")
def prompts():
    return val35.prompts()


@pytest.fixture(scope="module")
def meta():
    return val35.meta()


def values(prompts, entity):
    for p in prompts:
        for g in p.gold:
            if g.entity == entity:
                yield p, p.text[g.start : g.end]


def test_size_split_and_ids(prompts, meta):
    assert len(prompts) == 700
    assert len(meta) == 700
    assert sum(not p.clean for p in prompts) == 420
    assert sum(p.clean for p in prompts) == 280
    assert [p.id for p in prompts] == [f"val35-{i:04d}" for i in range(1, 701)]


def test_check_passes(prompts):
    check(prompts)
    for p in prompts:
        for g in p.gold:
            assert g.entity in ENTITIES


def test_deterministic(prompts, meta):
    assert val35.prompts() == prompts
    assert val35.meta() == meta
    code = (
        "import hashlib; from appliance.testing.pii_corpus import val35; "
        "print(hashlib.sha256(repr([(p.id, p.text, p.gold, p.shape) for p in val35.prompts()])"
        ".encode()).hexdigest())"
    )
    digests = set()
    for seed in ("0", "12345"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        out = subprocess.run(
            [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
        )
        digests.add(out.stdout.strip())
    assert len(digests) == 1


def test_shuffled(prompts):
    first = [p.clean for p in prompts[:100]]
    assert 10 < sum(first) < 90


def test_minimum_spans(prompts):
    counts = Counter(g.entity for p in prompts for g in p.gold)
    for entity, minimum in MINIMUM.items():
        assert counts[entity] >= minimum, (entity, counts[entity])


def test_phones_valid_for_their_region(prompts, meta):
    regions = set()
    for p, m in zip(prompts, meta, strict=True):
        for g in p.gold:
            if g.entity != "PHONE_NUMBER":
                continue
            value = p.text[g.start : g.end]
            region = m["phones"][value]
            regions.add(region)
            text = "+" + value[2:] if value.startswith("00") else value
            num = phonenumbers.parse(text, region)
            assert phonenumbers.is_valid_number(num), (p.id, value, region)
            assert region in phonenumbers.region_codes_for_country_code(num.country_code)
        for value in m["phones"]:
            assert value in p.text
    assert len(regions) >= 15


def test_cards_luhn_valid(prompts):
    for p, value in values(prompts, "CREDIT_CARD"):
        digits = re.sub(r"[ -]", "", value)
        assert digits.isdigit() and 13 <= len(digits) <= 19, (p.id, value)
        assert luhn_ok(digits), (p.id, value)


def test_ibans_valid(prompts):
    countries = set()
    for p, value in values(prompts, "IBAN_CODE"):
        assert re.fullmatch(r"[A-Z]{2}[0-9]{2}[A-Z0-9 ]+", value), (p.id, value)
        assert iban_check_digits_ok(value), (p.id, value)
        countries.add(value[:2])
    assert len(countries) >= 10


def test_ssns_valid(prompts):
    for p, value in values(prompts, "US_SSN"):
        assert re.fullmatch(r"\d{3}([- ]?)\d{2}\1\d{4}", value), (p.id, value)
        assert ssn_ok(value), (p.id, value)


def test_ips_parse(prompts):
    versions = Counter()
    for _p, value in values(prompts, "IP_ADDRESS"):
        versions[ipaddress.ip_address(value).version] += 1
    assert versions[4] and versions[6]


def test_emails_well_formed(prompts):
    for p, value in values(prompts, "EMAIL_ADDRESS"):
        assert EMAIL.match(value), (p.id, value)


def test_account_numbers(prompts):
    for p, value in values(prompts, "ACCOUNT_NUMBER"):
        assert re.fullmatch(r"[0-9][0-9-]*[0-9]", value), (p.id, value)
        assert 8 <= sum(ch.isdigit() for ch in value) <= 16, (p.id, value)


def test_spans_are_what_they_say(prompts):
    for _p, value in values(prompts, "PERSON"):
        assert not value.startswith(("Dr ", "Dr. ", "Prof", "Mr ", "Ms ", "Herr ", "Frau ")), value
        assert not value.endswith("'s"), value
    for _p, value in values(prompts, "EMAIL_ADDRESS"):
        assert not value.startswith("mailto:")


def test_clean_prompts_hold_no_planted_name_or_place(prompts):
    planted_values = set()
    words = set()
    for p in prompts:
        for g in p.gold:
            if g.entity in ("PERSON", "LOCATION"):
                value = p.text[g.start : g.end]
                planted_values.add(value.lower())
                words |= planted_words(value, g.entity)
    assert len(words) > 500
    for p in prompts:
        if not p.clean:
            continue
        text_words = {w.lower() for w in re.findall(r"\w+", p.text)}
        assert not text_words & words, (p.id, text_words & words)
        lowered = p.text.lower()
        for value in planted_values:
            if value in lowered:
                assert not re.search(r"(?<!\w)" + re.escape(value) + r"(?!\w)", lowered), (
                    p.id,
                    value,
                )


def test_planted_names_labelled_everywhere_in_their_prompt(prompts):
    for p in prompts:
        words = set()
        for g in p.gold:
            if g.entity in ("PERSON", "LOCATION"):
                words |= planted_words(p.text[g.start : g.end], g.entity)
        cover = [(g.start, g.end) for g in p.gold]
        cover += [m.span() for m in EMAIL_IN_TEXT.finditer(p.text)]
        cover += [m.span() for m in URL_IN_TEXT.finditer(p.text)]
        for m in re.finditer(r"\w+", p.text):
            if m.group().lower() in words:
                assert any(s <= m.start() and m.end() <= e for s, e in cover), (p.id, m.group())


def test_no_placeholder_left(prompts):
    for p in prompts:
        assert not PLACEHOLDER.search(p.text), (p.id, PLACEHOLDER.search(p.text).group())


def test_clean_prompts_hold_no_structured_values(prompts):
    for p in prompts:
        if not p.clean:
            continue
        assert not EMAIL_IN_TEXT.search(p.text), p.id
        for token in re.findall(r"(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?![\w.])", p.text):
            with pytest.raises(ValueError):
                ipaddress.ip_address(token)
        for run in re.findall(r"\d[\d -]{11,22}\d", p.text):
            digits = re.sub(r"\D", "", run)
            if 13 <= len(digits) <= 19 and not run.startswith(("978-", "979-")):
                assert not luhn_ok(digits), (p.id, run)


def test_breadth(prompts, meta):
    templates = {m["template"] for m in meta}
    assert len(val35.PERSONAL_TEMPLATES) + len(val35.CLEAN_TEMPLATES) >= 240
    assert len(templates) >= 220
    shapes_personal = {p.shape for p in prompts if not p.clean}
    shapes_clean = {p.shape for p in prompts if p.clean}
    assert len(shapes_personal & shapes_clean) >= 18
    cultures = {c for m in meta for c in m["cultures"]}
    assert len(cultures - {"word"}) >= 60
    assert "word" in cultures
    langs = {m["lang"] for m in meta}
    assert len(langs) >= 12
    people = {v for _, v in values(prompts, "PERSON")}
    assert len(people) >= 900


def test_meta_matches_templates(prompts, meta):
    personal = {t.id for t in val35.PERSONAL_TEMPLATES}
    clean = {t.id for t in val35.CLEAN_TEMPLATES}
    for p, m in zip(prompts, meta, strict=True):
        assert m["template"] in (clean if p.clean else personal), (p.id, m["template"])
        assert m["shape"] == p.shape
        assert isinstance(m["cultures"], list)
        assert isinstance(m["phones"], dict)
        if p.clean:
            assert not m["cultures"] and not m["phones"]
