"""val5, the part of the labelled PII corpus written blind: its size, ids, split, gold spans,
determinism, how many values of each kind it plants and whether each is a valid one, its
shapes, templates and the cultures of its names, and that its clean prompts are clean."""

from __future__ import annotations

import collections
import hashlib
import ipaddress
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from appliance.testing.pii_corpus import ENTITIES, Prompt, check, val5
from appliance.testing.pii_corpus.val5_values import (
    ADDRESSES,
    CITIES,
    PEOPLE,
    REGIONS,
    WORD_PEOPLE,
    Person,
    fold,
)
from appliance.testing.pii_corpus.validity import iban_check_digits_ok, luhn_ok, ssn_ok

ROOT = Path(__file__).resolve().parents[2]
EMAIL_LIKE = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")

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
def prompts() -> list[Prompt]:
    return val5.prompts()


def spans(prompts: list[Prompt], entity: str) -> list[tuple[Prompt, int, int, str]]:
    return [
        (p, g.start, g.end, p.text[g.start : g.end])
        for p in prompts
        for g in p.gold
        if g.entity == entity
    ]


def digest(prompts: list[Prompt]) -> str:
    h = hashlib.sha256()
    for p in prompts:
        h.update(repr((p.id, p.shape, p.text, p.gold)).encode())
    return h.hexdigest()


def test_size_and_ids(prompts: list[Prompt]) -> None:
    assert len(prompts) == 700
    assert [p.id for p in prompts] == [f"val5-{n:04d}" for n in range(1, 701)]


def test_texts_differ(prompts: list[Prompt]) -> None:
    assert len({p.text for p in prompts}) >= 695  # a template used again gets other values


def test_split_of_personal_and_clean(prompts: list[Prompt]) -> None:
    assert sum(1 for p in prompts if not p.clean) == 420
    assert sum(1 for p in prompts if p.clean) == 280


def test_gold_spans_pass_check(prompts: list[Prompt]) -> None:
    check(prompts)
    for p in prompts:
        for g in p.gold:
            assert g.entity in ENTITIES
            assert p.text[g.start : g.end].strip() == p.text[g.start : g.end]


def test_deterministic_in_process(prompts: list[Prompt]) -> None:
    val5.build.cache_clear()
    again = val5.prompts()
    assert again == prompts
    assert again is not prompts  # a fresh list: a caller's change does not reach the cache


def test_deterministic_across_hash_seeds(prompts: list[Prompt]) -> None:
    code = (
        "import hashlib; from appliance.testing.pii_corpus import val5\n"
        "h = hashlib.sha256()\n"
        "for p in val5.prompts(): h.update(repr((p.id, p.shape, p.text, p.gold)).encode())\n"
        "print(h.hexdigest())"
    )
    env = dict(os.environ, PYTHONHASHSEED="12345", PYTHONPATH=str(ROOT))
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == digest(prompts)


def test_minimum_counts_of_every_entity(prompts: list[Prompt]) -> None:
    counts = collections.Counter(g.entity for p in prompts for g in p.gold)
    for entity, minimum in MINIMUM.items():
        assert counts[entity] >= minimum, (entity, counts[entity])


def test_every_shape_with_and_without_personal_data(prompts: list[Prompt]) -> None:
    personal = {p.shape for p in prompts if not p.clean}
    clean = {p.shape for p in prompts if p.clean}
    assert len(personal) >= 15
    assert personal == clean


def test_cards_are_luhn_valid_of_several_brands(prompts: list[Prompt]) -> None:
    brands = set()
    separated = 0
    for _, _, _, value in spans(prompts, "CREDIT_CARD"):
        digits = re.sub(r"[ -]", "", value)
        assert digits.isdigit() and 14 <= len(digits) <= 16, value
        assert luhn_ok(digits), value
        separated += digits != value
        brands.add(
            "amex" if digits[:2] in ("34", "37") else "diners" if digits[:2] in ("36", "38")
            else "jcb" if digits[:2] == "35" else "visa" if digits[0] == "4"
            else "mastercard" if digits[0] in "25" else "discover/unionpay"
        )  # fmt: skip
    assert len(brands) >= 5, brands
    assert 0 < separated < len(spans(prompts, "CREDIT_CARD"))


def test_ibans_have_valid_check_digits(prompts: list[Prompt]) -> None:
    values = [v for *_, v in spans(prompts, "IBAN_CODE")]
    for value in values:
        assert re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9 ]+", value), value
        assert iban_check_digits_ok(value), value
    assert len({v[:2] for v in values}) >= 8
    assert any(" " in v for v in values) and any(" " not in v for v in values)


def test_ssns_are_valid_and_bare_digits_follow_the_word(prompts: list[Prompt]) -> None:
    values = spans(prompts, "US_SSN")
    for p, start, _, value in values:
        assert ssn_ok(value), value
        if value.isdigit():
            assert "SSN" in p.text[max(0, start - 8) : start], p.id
    assert any(v.isdigit() for *_, v in values)


def test_phones_are_valid_in_their_regions(prompts: list[Prompt]) -> None:
    phonenumbers = pytest.importorskip("phonenumbers")
    regions = val5.build().phone_regions
    values = [v for *_, v in spans(prompts, "PHONE_NUMBER")]
    for value in values:
        number = phonenumbers.parse(value, regions[value])
        assert phonenumbers.is_valid_number(number), value
    used = {regions[v] for v in values}
    assert len(used) >= 35, len(used)
    forms = {
        "+intl": any(v.startswith("+") and " " in v for v in values),
        "e164": any(re.fullmatch(r"\+\d{8,15}", v) for v in values),
        "00": any(v.startswith("00") for v in values),
        "bracket": any("(" in v for v in values),
        "dotted": any("." in v for v in values),
        "dashed": any(v.startswith("+") and "-" in v for v in values),
        "digits": any(v.isdigit() and not v.startswith("00") for v in values),
    }
    assert all(forms.values()), forms


def test_some_phones_have_no_context_word(prompts: list[Prompt]) -> None:
    bare = 0
    for p, start, end, _ in spans(prompts, "PHONE_NUMBER"):
        near = p.text[max(0, start - 40) : end + 20].lower()
        bare += not re.search(r"phone|tel|mobile|call|number|no\.|sms|contact|reach", near)
    assert bare >= 10


def test_ips_parse(prompts: list[Prompt]) -> None:
    versions = collections.Counter(
        ipaddress.ip_address(v).version for *_, v in spans(prompts, "IP_ADDRESS")
    )
    assert versions[4] >= 20 and versions[6] >= 10, versions


def test_emails_and_accounts(prompts: list[Prompt]) -> None:
    for *_, value in spans(prompts, "EMAIL_ADDRESS"):
        assert EMAIL_LIKE.fullmatch(value), value
    for p, start, _, value in spans(prompts, "ACCOUNT_NUMBER"):
        assert re.fullmatch(r"\d[\d-]{6,14}\d", value), value
        before = p.text[max(0, start - 200) : start].lower()
        assert "account" in before or "acct" in before, p.id


def test_person_spans_carry_no_title_possessive_or_at(prompts: list[Prompt]) -> None:
    for p, _, _, value in spans(prompts, "PERSON"):
        assert not re.match(r"(Dr|Mr|Mrs|Ms)\b", value), (p.id, value)
        assert not value.endswith(("'s", "@")) and "@" not in value, (p.id, value)
    mentions = [
        p for p, start, _, _ in spans(prompts, "PERSON") if p.text[start - 1 : start] == "@"
    ]
    assert len(mentions) >= 10


def test_every_occurrence_of_a_planted_value_is_labelled(prompts: list[Prompt]) -> None:
    for p in prompts:
        covered = [(g.start, g.end) for g in p.gold]
        for g in p.gold:
            value = p.text[g.start : g.end]
            if len(value) < 3:
                continue
            for m in re.finditer(rf"(?<!\w){re.escape(value)}(?!\w)", p.text):
                if m.start() > 0 and p.text[m.start() - 1] in "@.":
                    continue  # inside an e-mail address
                assert any(s <= m.start() and m.end() <= e for s, e in covered), (p.id, value)


def _name_words(person: Person) -> set[str]:
    words = {person.first, person.nickname}
    if person.family:
        words.add(person.family)
    return {w for w in words if len(w) >= 3}


def test_clean_prompts_hold_no_names_places_or_addresses(prompts: list[Prompt]) -> None:
    words: set[str] = set()
    for person in PEOPLE:
        words |= _name_words(person) | {fold(w) for w in _name_words(person)}
    for person in WORD_PEOPLE:  # their given names are English words: only the surname
        words.add(person.family)
    words |= {c for c, _ in CITIES} | {k for _, k in CITIES} | set(REGIONS)
    pattern = re.compile(
        r"(?<!\w)(" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + r")(?!\w)"
    )
    lower_names = {fold(p.name).lower() for p in PEOPLE + WORD_PEOPLE}
    for p in prompts:
        if not p.clean:
            continue
        assert not EMAIL_LIKE.search(p.text), p.id
        assert not pattern.search(p.text), (p.id, pattern.search(p.text))
        folded = fold(p.text).lower()
        assert not any(name in folded for name in lower_names), p.id
        assert not any(address in p.text for address in ADDRESSES), p.id


def test_templates_used_two_to_four_times(prompts: list[Prompt]) -> None:
    used = collections.Counter(val5.build().templates[p.id] for p in prompts)
    personal = [k for k in used if k[0] == "personal"]
    clean = [k for k in used if k[0] == "clean"]
    assert len(personal) == len(val5.PERSONAL_TEMPLATES) >= 120
    assert len(clean) == len(val5.CLEAN_TEMPLATES) >= 80
    assert len(used) >= 200
    assert all(2 <= n <= 4 for n in used.values()), used.most_common(3)


def test_names_of_at_least_forty_cultures(prompts: list[Prompt]) -> None:
    cultures_of: dict[str, set[str]] = collections.defaultdict(set)
    for person in PEOPLE + WORD_PEOPLE:
        for form in person.renderings():
            cultures_of[form].add(person.culture)
    seen: set[str] = set()
    unknown = []
    for _, _, _, value in spans(prompts, "PERSON"):
        if value not in cultures_of:
            unknown.append(value)
        elif len(cultures_of[value]) == 1:
            seen |= cultures_of[value]
    assert not unknown, unknown[:5]
    assert len(seen) >= 40, len(seen)


def test_names_written_many_ways(prompts: list[Prompt]) -> None:
    values = [v for *_, v in spans(prompts, "PERSON")]
    assert sum(1 for v in values if " " not in v) >= 150  # first names alone
    assert sum(1 for v in values if v.isupper()) >= 20
    assert sum(1 for v in values if v.islower()) >= 30
    assert sum(1 for v in values if ", " in v) >= 10
    assert sum(1 for v in values if re.match(r"[A-Z]\. ", v)) >= 5
    words = {p.first for p in WORD_PEOPLE}
    assert sum(1 for v in values if v in words) >= 10
    assert any(v != fold(v) for v in values) and any(v == fold(v) and " " in v for v in values)
