"""The dev part of the labelled PII set: size, determinism, gold counts, shapes, every planted
structured value valid by its own rules, clean prompts free of personal data, and each value
labelled wherever it occurs in its prompt."""

from __future__ import annotations

import ipaddress
import re
from collections import Counter
from functools import cache

import pytest

phonenumbers = pytest.importorskip("phonenumbers")

from appliance.testing.pii_corpus import ENTITIES, Prompt, check, dev  # noqa: E402
from appliance.testing.pii_corpus.validity import iban_check_digits_ok, luhn_ok, ssn_ok  # noqa: E402

MINIMUM = {
    "PHONE_NUMBER": 250,
    "PERSON": 200,
    "EMAIL_ADDRESS": 100,
    "CREDIT_CARD": 100,
    "IBAN_CODE": 100,
    "IP_ADDRESS": 100,
    "US_SSN": 100,
    "ACCOUNT_NUMBER": 100,
    "LOCATION": 80,
}
SHAPES = ("chat", "email", "form", "json", "code", "table", "log", "ticket")
IBAN_LENGTHS = {"DE": 22, "GB": 22, "FR": 27, "NL": 18, "ES": 24, "IT": 27, "BE": 16, "CH": 21,
                "PL": 28, "AT": 20, "IE": 22, "PT": 25, "SE": 24, "DK": 18, "FI": 18, "NO": 15,
                "LU": 20, "CZ": 24}


@cache
def corpus() -> tuple[Prompt, ...]:
    return tuple(dev.prompts())


def values(entity: str) -> list[tuple[Prompt, int, str]]:
    return [(p, g.start, p.text[g.start:g.end]) for p in corpus() for g in p.gold
            if g.entity == entity]


def test_a_thousand_prompts_about_400_clean_with_ordered_ids():
    prompts = corpus()
    assert len(prompts) == 1000
    assert [p.id for p in prompts] == [f"dev-{n:04d}" for n in range(1, 1001)]
    assert 380 <= sum(p.clean for p in prompts) <= 420
    assert len({p.text for p in prompts}) == 1000, "no prompt is repeated"


def test_gold_spans_pass_the_shared_check():
    check(list(corpus()))


def test_the_same_prompts_and_regions_come_back_on_every_call():
    assert dev.prompts() == dev.prompts() == list(corpus())
    assert dev.phone_regions() == dev.phone_regions()


def test_every_entity_reaches_its_minimum_and_phones_are_a_quarter_of_structured_values():
    counts = Counter(g.entity for p in corpus() for g in p.gold)
    assert set(counts) == set(ENTITIES)
    short = {e: (counts[e], n) for e, n in MINIMUM.items() if counts[e] < n}
    assert not short, short
    structured = sum(n for e, n in counts.items() if e not in ("PERSON", "LOCATION"))
    assert counts["PHONE_NUMBER"] >= 0.25 * structured


def test_every_shape_appears_with_and_without_personal_data():
    seen = Counter((p.shape, p.clean) for p in corpus())
    assert {shape for shape, _ in seen} == set(SHAPES)
    for shape in SHAPES:
        assert seen[(shape, True)] >= 20 and seen[(shape, False)] >= 40, shape


def test_cards_are_luhn_valid_and_of_their_brand_length():
    brands = Counter()
    for p, _, value in values("CREDIT_CARD"):
        assert re.fullmatch(r"\d[\d -]+\d", value), (p.id, value)
        digits = re.sub(r"[ -]", "", value)
        assert luhn_ok(digits), (p.id, value)
        if digits[:2] in ("34", "37"):
            assert len(digits) == 15, (p.id, value)
            brands["amex"] += 1
        else:
            assert len(digits) == 16, (p.id, value)
            brands[digits[0]] += 1
    assert brands["amex"] and brands["4"] and brands["5"] and brands["6"], brands
    written = Counter(" " in v or "-" in v for _, _, v in values("CREDIT_CARD"))
    assert written[True] and written[False]


def test_ibans_have_mod_97_check_digits_and_their_country_length():
    countries = set()
    spaced = 0
    for p, _, value in values("IBAN_CODE"):
        compact = value.replace(" ", "")
        if " " in value:
            spaced += 1
            groups = [compact[i:i + 4] for i in range(0, len(compact), 4)]
            assert value == " ".join(groups), (p.id, value)
        assert re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", compact), (p.id, value)
        assert len(compact) == IBAN_LENGTHS[compact[:2]], (p.id, value)
        assert iban_check_digits_ok(compact), (p.id, value)
        countries.add(compact[:2])
    assert len(countries) >= 10 and 0 < spaced < len(values("IBAN_CODE"))


def test_ssns_follow_the_issuing_rules_and_bare_ones_follow_the_word_ssn():
    for p, start, value in values("US_SSN"):
        m = re.fullmatch(r"(\d{3})([- ]?)(\d{2})\2(\d{4})", value)
        assert m, (p.id, value)
        assert ssn_ok(value), (p.id, value)
        if not m.group(2):
            before = p.text[:start]
            assert re.search(r"(ssn|social security (number|no\.))\W{0,3}$", before, re.I), (
                p.id, value)


def test_phones_are_valid_for_the_region_they_were_made_for():
    regions = dev.phone_regions()
    phones = values("PHONE_NUMBER")
    assert set(regions) == {(p.id, start) for p, start, _ in phones}
    for p, start, value in phones:
        region = regions[(p.id, start)]
        number = phonenumbers.parse(value, region)
        assert phonenumbers.is_valid_number(number), (p.id, value, region)
    assert len(set(regions.values())) >= 15
    written = Counter()
    for _, _, value in phones:
        written["+"] += value.startswith("+")
        written["00"] += value.startswith("00")
        written["national"] += not value.startswith(("+", "00"))
        written["digits only"] += value.lstrip("+").isdigit()
        written["brackets"] += "(" in value
        written["dashes"] += "-" in value
        written["dots"] += "." in value
    assert all(written[k] >= 10 for k in ("+", "national", "digits only", "brackets",
                                           "dashes")), written
    assert written["00"] and written["dots"], written


def test_ip_addresses_parse_and_include_both_versions():
    versions = Counter()
    for _, _, value in values("IP_ADDRESS"):
        versions[ipaddress.ip_address(value).version] += 1
    assert versions[4] >= 50 and versions[6] >= 10, versions


def test_emails_and_account_numbers_are_well_formed():
    for p, _, value in values("EMAIL_ADDRESS"):
        assert re.fullmatch(r"[A-Za-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", value), (p.id, value)
    for p, _, value in values("ACCOUNT_NUMBER"):
        digits = re.sub(r"[ -]", "", value)
        assert digits.isdigit() and 6 <= len(digits) <= 17, (p.id, value)
        # the text says it is an account number: just before the value (one of its
        # occurrences), or in the header of its column
        header = p.shape == "table" or "INSERT INTO" in p.text
        said = [p.text if header else p.text[max(0, m.start() - 40):m.start()]
                for m in re.finditer(re.escape(value), p.text)]
        assert any(re.search(r"account|acct|a/c", c, re.I) for c in said), (p.id, value)


def test_clean_prompts_hold_no_names_places_or_addresses():
    words = sorted(dev.vocabulary(), key=len, reverse=True)
    planted = re.compile(r"(?<!\w)(" + "|".join(map(re.escape, words)) + r")(?!\w)")
    assert planted.search("Write to Ngozi Okafor in Cape Town")
    for p in corpus():
        if p.clean:
            assert "@" not in p.text, p.id
            assert not planted.search(p.text), (p.id, planted.findall(p.text))


def test_every_value_is_labelled_wherever_it_occurs_in_its_prompt():
    for p in corpus():
        spans = [(g.start, g.end) for g in p.gold]
        for g in p.gold:
            value = p.text[g.start:g.end]
            for m in re.finditer(rf"(?<!\w){re.escape(value)}(?!\w)", p.text):
                inside = any(s <= m.start() and m.end() <= e for s, e in spans)
                assert inside, (p.id, value, m.start())


def test_values_sit_at_edges_next_to_punctuation_and_several_to_a_prompt():
    gold = [(p, g) for p in corpus() for g in p.gold]
    assert sum(g.start == 0 for _, g in gold) >= 10
    assert sum(g.end == len(p.text) for p, g in gold) >= 10
    before = Counter(p.text[g.start - 1] for p, g in gold if g.start)
    after = Counter(p.text[g.end] for p, g in gold if g.end < len(p.text))
    assert all(before[c] for c in "(\"'<\n"), before
    assert all(after[c] for c in ".,)\"'>?;"), after
    several = [p for p in corpus() if max(Counter(g.entity for g in p.gold).values(),
                                          default=0) >= 2]
    assert len(several) >= 100


def test_names_come_in_many_forms():
    names = [v for _, _, v in values("PERSON")]
    assert sum(n.islower() for n in names) >= 10
    assert sum("-" in n for n in names) >= 10
    assert sum("'" in n for n in names) >= 5
    assert sum(bool(re.search(r" [A-Z]\. ", n)) for n in names) >= 10
    assert sum(not n.isascii() for n in names) >= 20
    assert sum(" " not in n for n in names) >= 50, "first names alone"
    assert sum(", " in n for n in names) >= 3, "family name first with a comma"
