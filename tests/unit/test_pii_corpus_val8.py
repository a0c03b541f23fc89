"""Tests of val8, the blind part of the labelled PII corpus: size and split, ids, the
package's `check`, determinism, the minimum number of gold spans per entity, that every
gold span is a plausible value of its entity, that clean prompts hold none of the part's
planted names or places, and the breadth of templates, shapes and cultures."""

from __future__ import annotations

import ipaddress
import re
from collections import Counter

import phonenumbers

from appliance.testing.pii_corpus import check, val8
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
EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")


def _spans(entity: str) -> list[tuple[str, str]]:
    return [
        (p.id, p.text[g.start : g.end])
        for p in val8.prompts()
        for g in p.gold
        if g.entity == entity
    ]


def test_size_split_and_ids() -> None:
    prompts = val8.prompts()
    assert len(prompts) == 700
    assert sum(not p.clean for p in prompts) == 420
    assert sum(p.clean for p in prompts) == 280
    assert [p.id for p in prompts] == [f"val8-{n:04d}" for n in range(1, 701)]


def test_check_passes() -> None:
    check(val8.prompts())


def test_deterministic() -> None:
    assert val8.prompts() == val8.prompts()
    assert val8.meta() == val8.meta()


def test_minimum_spans_per_entity() -> None:
    counts = Counter(g.entity for p in val8.prompts() for g in p.gold)
    for entity, minimum in MINIMUM.items():
        assert counts[entity] >= minimum, (entity, counts[entity])


def test_phones_valid() -> None:
    regions = {m["id"]: m["phone_regions"] for m in val8.meta()}
    for pid, text in _spans("PHONE_NUMBER"):
        region = None if text.startswith("+") else regions[pid][text]
        number = phonenumbers.parse(text, region)
        assert phonenumbers.is_valid_number(number), (pid, text, region)


def test_cards_ibans_ssns_ips_emails_accounts_valid() -> None:
    for pid, text in _spans("CREDIT_CARD"):
        digits = re.sub(r"[ -]", "", text)
        assert digits.isdigit() and 13 <= len(digits) <= 19 and luhn_ok(digits), (pid, text)
    for pid, text in _spans("IBAN_CODE"):
        assert re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9 ]+", text) and iban_check_digits_ok(text), (
            pid,
            text,
        )
    for pid, text in _spans("US_SSN"):
        assert re.fullmatch(r"\d{3}([- ]?)\d{2}\1\d{4}", text) and ssn_ok(text), (pid, text)
    for pid, text in _spans("IP_ADDRESS"):
        ipaddress.ip_address(text)
        assert "/" not in text, (pid, text)
    for pid, text in _spans("EMAIL_ADDRESS"):
        assert EMAIL.match(text), (pid, text)
    for pid, text in _spans("ACCOUNT_NUMBER"):
        assert re.fullmatch(r"\d[\d-]{5,18}\d", text), (pid, text)
    for pid, text in _spans("PERSON") + _spans("LOCATION"):
        assert not any(ch.isdigit() for ch in text) or "," in text, (pid, text)
        assert text[0].isalnum(), (pid, text)


def test_person_spans_have_no_titles_or_possessives() -> None:
    for pid, text in _spans("PERSON"):
        assert not re.match(r"(Dr|Mr|Mrs|Ms|Prof)\.?\s", text), (pid, text)
        assert not text.endswith(("'s", "’s")), (pid, text)
        assert "@" not in text, (pid, text)


def test_clean_prompts_hold_no_planted_names_or_places() -> None:
    prompts = val8.prompts()
    planted = {
        p.text[g.start : g.end].lower()
        for p in prompts
        for g in p.gold
        if g.entity in ("PERSON", "LOCATION")
    }
    words = set(planted)
    for p in prompts:
        for g in p.gold:
            if g.entity == "PERSON":
                value = p.text[g.start : g.end].lower()
                words.update(w for w in re.split(r"[\s,]+", value) if len(w) > 2 and w.isalpha())
    pattern = re.compile(
        r"(?<!\w)("
        + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        + r")(?!\w)"
    )
    for p in prompts:
        if p.clean:
            found = pattern.search(p.text.lower())
            assert found is None, (p.id, found.group(0) if found else None)


def test_breadth_of_templates_shapes_and_cultures() -> None:
    metas = val8.meta()
    prompts = val8.prompts()
    assert len({m["template"] for m in metas}) >= 220
    shapes_personal = {p.shape for p in prompts if not p.clean}
    shapes_clean = {p.shape for p in prompts if p.clean}
    assert len(shapes_personal & shapes_clean) >= 18
    assert len({c for m in metas for c in m["cultures"]}) >= 60
