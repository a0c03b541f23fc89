"""val31, a blind part of the labelled PII corpus: size, split, labels, planted values and
breadth."""

from __future__ import annotations

import ipaddress
import re
from collections import Counter

import phonenumbers
import pytest

from appliance.testing.pii_corpus import ENTITIES, Prompt, check, val31
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
URL = re.compile(r"(?:https?://|www\.)[^\s<>\"')\]]+")
MAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
EMAIL_OK = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")


@pytest.fixture(scope="module")
def prompts() -> list[Prompt]:
    return val31.prompts()


@pytest.fixture(scope="module")
def metas() -> list[dict]:
    return val31.meta()


def _values(prompts: list[Prompt], entity: str) -> list[tuple[Prompt, int, str]]:
    return [
        (p, g.start, p.text[g.start : g.end]) for p in prompts for g in p.gold if g.entity == entity
    ]


def test_size_split_and_ids(prompts: list[Prompt]) -> None:
    assert len(prompts) == 700
    assert [p.id for p in prompts] == [f"val31-{i:04d}" for i in range(1, 701)]
    assert sum(not p.clean for p in prompts) == 420
    assert sum(p.clean for p in prompts) == 280
    # shuffled: the two kinds are interleaved, not in blocks
    first = [p.clean for p in prompts[:100]]
    assert 20 < sum(first) < 60


def test_check_passes(prompts: list[Prompt]) -> None:
    check(prompts)
    for p in prompts:
        for g in p.gold:
            assert g.entity in ENTITIES


def test_deterministic(prompts: list[Prompt], metas: list[dict]) -> None:
    assert val31.prompts() == prompts
    val31._build.cache_clear()
    assert val31.prompts() == prompts
    assert val31.meta() == metas


def test_meta_matches_prompts(prompts: list[Prompt], metas: list[dict]) -> None:
    assert len(metas) == len(prompts)
    personal_ids = {t.id for t in val31.PERSONAL_TEMPLATES}
    clean_ids = {t.id for t in val31.CLEAN_TEMPLATES}
    assert not personal_ids & clean_ids
    for p, m in zip(prompts, metas, strict=True):
        assert {"template", "cultures", "phones"} <= set(m)
        assert m["shape"] == p.shape
        assert m["template"] in (clean_ids if p.clean else personal_ids)
        if p.clean:
            assert not m["cultures"] and not m["phones"]


def test_minimum_spans_per_entity(prompts: list[Prompt]) -> None:
    counts = Counter(g.entity for p in prompts for g in p.gold)
    for entity, minimum in MINIMUM.items():
        assert counts[entity] >= minimum, (entity, counts[entity])


def test_phones_valid_for_their_region(prompts: list[Prompt], metas: list[dict]) -> None:
    regions = set()
    for p, m in zip(prompts, metas, strict=True):
        written = [p.text[g.start : g.end] for g in p.gold if g.entity == "PHONE_NUMBER"]
        assert set(written) == set(m["phones"]), p.id
        for value in written:
            region = m["phones"][value]
            number = phonenumbers.parse(value, region)
            assert phonenumbers.is_valid_number(number), (p.id, value, region)
            assert phonenumbers.region_code_for_number(number) == region, (p.id, value)
            regions.add(region)
    assert len(regions) >= 15


def test_cards_luhn_valid(prompts: list[Prompt]) -> None:
    for p, _, value in _values(prompts, "CREDIT_CARD"):
        assert re.fullmatch(r"\d[\d -]*\d", value), (p.id, value)
        digits = re.sub(r"\D", "", value)
        assert 13 <= len(digits) <= 19 and luhn_ok(digits), (p.id, value)


def test_ibans_valid(prompts: list[Prompt]) -> None:
    countries = set()
    for p, _, value in _values(prompts, "IBAN_CODE"):
        assert re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9 ]+", value), (p.id, value)
        assert iban_check_digits_ok(value), (p.id, value)
        countries.add(value[:2])
    assert len(countries) >= 10


def test_ssns_valid(prompts: list[Prompt]) -> None:
    for p, _, value in _values(prompts, "US_SSN"):
        assert re.fullmatch(r"\d{3}([- ]?)\d{2}\1\d{4}", value), (p.id, value)
        assert ssn_ok(value), (p.id, value)


def test_ips_parse(prompts: list[Prompt]) -> None:
    versions = set()
    for _p, _, value in _values(prompts, "IP_ADDRESS"):
        versions.add(ipaddress.ip_address(value).version)
    assert versions == {4, 6}


def test_emails_well_formed(prompts: list[Prompt]) -> None:
    for p, _, value in _values(prompts, "EMAIL_ADDRESS"):
        assert EMAIL_OK.fullmatch(value), (p.id, value)


def test_account_numbers(prompts: list[Prompt]) -> None:
    for p, start, value in _values(prompts, "ACCOUNT_NUMBER"):
        assert re.fullmatch(r"\d[\d-]{6,14}\d", value), (p.id, value)
        before = p.text[max(0, start - 120) : start].lower() + p.text.split("\n", 1)[0].lower()
        assert re.search(r"account|acct|a/c", before), (p.id, value)


def test_person_spans_have_no_titles(prompts: list[Prompt]) -> None:
    for _p, _, value in _values(prompts, "PERSON"):
        assert not re.match(r"(?i)(dr|mr|mrs|ms|mx|prof|capt|sir|frau|herr)\.?\s", value), value
        assert not value.endswith("'s"), value


def _planted(prompts: list[Prompt], metas: list[dict]) -> re.Pattern[str]:
    words = {w.lower() for m in metas for w in m.get("word_names", [])}
    planted = {
        p.text[g.start : g.end]
        for p in prompts
        for g in p.gold
        if g.entity in ("PERSON", "LOCATION")
    }
    planted = {v for v in planted if v.lower() not in words}
    alternation = "|".join(re.escape(v) for v in sorted(planted, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)", re.IGNORECASE)


def test_clean_prompts_hold_no_planted_name_or_place(
    prompts: list[Prompt], metas: list[dict]
) -> None:
    pattern = _planted(prompts, metas)
    for p in prompts:
        if p.clean:
            found = pattern.search(p.text)
            assert found is None, (p.id, found.group() if found else None)


def test_planted_names_always_labelled(prompts: list[Prompt], metas: list[dict]) -> None:
    pattern = _planted(prompts, metas)
    for p in prompts:
        if p.clean:
            continue
        cover = [(g.start, g.end) for g in p.gold]
        cover += [m.span() for m in URL.finditer(p.text)]
        cover += [m.span() for m in MAIL.finditer(p.text)]
        for m in pattern.finditer(p.text):
            inside = all(any(s <= i < e for s, e in cover) for i in range(*m.span()))
            assert inside, (p.id, m.group())


def test_word_names_only_as_people(prompts: list[Prompt], metas: list[dict]) -> None:
    planted = 0
    for p, m in zip(prompts, metas, strict=True):
        for word in m.get("word_names", []):
            planted += 1
            cover = [(g.start, g.end) for g in p.gold]
            cover += [x.span() for x in MAIL.finditer(p.text)]
            cover += [x.span() for x in URL.finditer(p.text)]
            for x in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", p.text, re.IGNORECASE):
                assert any(s <= x.start() and x.end() <= e for s, e in cover), (p.id, word)
    assert planted >= 10


def test_no_placeholder_left(prompts: list[Prompt]) -> None:
    for p in prompts:
        assert "{{" not in p.text, p.id
        assert not re.search(r"\b(?:p|l|ph|em)\d+\.[a-zA-Z]+\b", p.text), p.id


def test_breadth(prompts: list[Prompt], metas: list[dict]) -> None:
    assert len(val31.PERSONAL_TEMPLATES) + len(val31.CLEAN_TEMPLATES) >= 240
    assert len({m["template"] for m in metas}) >= 220
    personal_shapes = {p.shape for p in prompts if not p.clean}
    clean_shapes = {p.shape for p in prompts if p.clean}
    assert len(personal_shapes & clean_shapes) >= 18
    cultures = {c for m in metas for c in m["cultures"]} - {"word"}
    assert len(cultures) >= 60
    assert "word" in {c for m in metas for c in m["cultures"]}
    people = {v for _, _, v in _values(prompts, "PERSON")}
    assert len(people) >= 800
