"""The val4 part of the labelled PII set (appliance.testing.pii_corpus.val4): its size and ids,
its gold spans, the same prompts on every build, the minimum count of every entity, every
shape with and without personal data, its templates, every planted value valid by its own
rules, the ways names are written, and clean prompts free of personal data and of the part's
own names and places."""

from __future__ import annotations

import ipaddress
import re
from collections import Counter

import phonenumbers
import pytest

from appliance.testing.pii_corpus import ENTITIES, Prompt, check, val4
from appliance.testing.pii_corpus import val4_values as v
from appliance.testing.pii_corpus.val4_clean import CLEAN
from appliance.testing.pii_corpus.val4_gen import ascii_fold
from appliance.testing.pii_corpus.val4_personal import PERSONAL
from appliance.testing.pii_corpus.validity import iban_check_digits_ok, luhn_ok, ssn_ok

MINIMUM = {
    "PERSON": 500,
    "PHONE_NUMBER": 200,
    "EMAIL_ADDRESS": 80,
    "LOCATION": 150,
    "CREDIT_CARD": 40,
    "IBAN_CODE": 40,
    "IP_ADDRESS": 40,
    "US_SSN": 30,
    "ACCOUNT_NUMBER": 30,
}
SHAPES = {
    "chat",
    "email",
    "ticket",
    "json",
    "csv",
    "code",
    "log",
    "sql",
    "sms",
    "notes",
    "letter",
    "form",
    "slack",
    "toolcall",
    "cv",
}
PHONE_CONTEXT = re.compile(
    r"phone|tel|mobile|cell|call|number|fax|contact|line|whatsapp|sms|text|\b[TM]:", re.I
)


@pytest.fixture(scope="module")
def prompts() -> list[Prompt]:
    return val4.prompts()


def values(prompts: list[Prompt], entity: str) -> list[tuple[Prompt, str, int]]:
    return [
        (p, p.text[g.start : g.end], g.start) for p in prompts for g in p.gold if g.entity == entity
    ]


def test_size_ids_and_gold_spans(prompts):
    assert len(prompts) == 700
    assert sum(p.clean for p in prompts) == 280
    assert [p.id for p in prompts] == [f"val4-{i:04d}" for i in range(1, 701)]
    check(prompts)
    assert len({p.text for p in prompts}) == 700  # no prompt repeats another
    assert not any("«" in p.text or "»" in p.text for p in prompts)  # every slot filled


def test_same_prompts_on_every_build(prompts):
    val4._build.cache_clear()
    assert val4.prompts() == prompts


def test_templates_are_many_and_distinct():
    texts = [t for _, t in PERSONAL + CLEAN]
    assert len(texts) >= 150 and len(set(texts)) == len(texts)
    assert all(
        "«" not in t
        for _, t in CLEAN
        if re.search(r"«(p|loc|ph|em|card|iban|acct|ip|ipsix|ssn)\d", t)
    )
    lines = Counter(t.count("\n") + 1 for t in texts)
    assert lines[1] >= 20 and max(lines) >= 8


def test_minimum_count_of_every_entity(prompts):
    counts = Counter(g.entity for p in prompts for g in p.gold)
    assert set(counts) == set(ENTITIES)
    assert {e: n for e, n in counts.items() if n < MINIMUM[e]} == {}


def test_every_shape_with_and_without_personal_data(prompts):
    assert {p.shape for p in prompts if not p.clean} == SHAPES
    assert {p.shape for p in prompts if p.clean} == SHAPES


def _part_names() -> set[str]:
    names = set(v.NICKNAMES.values())
    for culture in v.CULTURES.values():
        names |= {g.rstrip("*") for g in culture.given} | set(culture.middles)
        names |= {f for family in culture.family for f in family.split("/")}
    names |= {ascii_fold(n) for n in names}
    return names - set(v.WORD_NAMES)


def test_clean_prompts_carry_no_part_name_or_place(prompts):
    """Clean prompts have no gold span and no given or family name, nickname, city, region or
    country the part plants (names that are also English words are left out)."""
    names = _part_names() | {c for cities in v.CITIES.values() for c in cities} | set(v.REGIONS)
    names |= {c.name.removeprefix("the ") for c in v.COUNTRIES.values()}
    pattern = re.compile(
        r"\b(" + "|".join(sorted(map(re.escape, names), key=len, reverse=True)) + r")\b"
    )
    for p in prompts:
        if p.clean:
            assert not p.gold and pattern.search(p.text) is None, (p.id, pattern.search(p.text))
            assert re.search(r"\w@\w", p.text) is None, p.id  # "@channel" is fine, an address not


def test_every_occurrence_of_a_planted_value_is_labelled(prompts):
    for p in prompts:
        spans = [(g.start, g.end) for g in p.gold]
        for g in p.gold:
            value = p.text[g.start : g.end]
            for m in re.finditer(r"(?<!\w)" + re.escape(value) + r"(?!\w)", p.text):
                assert any(s <= m.start() and m.end() <= e for s, e in spans), (p.id, value)


def test_cards_pass_luhn_and_come_from_several_brands(prompts):
    lengths = Counter()
    for p, card, _ in values(prompts, "CREDIT_CARD"):
        digits = re.sub(r"[ -]", "", card)
        assert digits.isdigit() and len(digits) in (14, 15, 16), (p.id, card)
        assert luhn_ok(digits), (p.id, card)
        lengths[len(digits)] += 1
    firsts = {re.sub(r"\D", "", c)[0] for _, c, _ in values(prompts, "CREDIT_CARD")}
    assert {"3", "4", "5"} <= firsts and len(lengths) == 3


def test_ibans_have_valid_check_digits(prompts):
    countries = set()
    for p, iban, _ in values(prompts, "IBAN_CODE"):
        compact = iban.replace(" ", "")
        layout = v.IBAN_BBAN[compact[:2]]
        assert len(compact) == 4 + sum(int(n) for n in re.findall(r"\d+", layout)), (p.id, iban)
        assert iban_check_digits_ok(compact), (p.id, iban)
        countries.add(compact[:2])
    assert len(countries) >= 10
    assert any(" " in i for _, i, _ in values(prompts, "IBAN_CODE"))
    assert any(" " not in i for _, i, _ in values(prompts, "IBAN_CODE"))


def test_ssns_follow_the_rules_and_bare_ones_follow_ssn(prompts):
    for p, ssn, start in values(prompts, "US_SSN"):
        assert re.fullmatch(r"\d{3}([- ]?)\d{2}\1\d{4}", ssn), (p.id, ssn)
        assert ssn_ok(ssn), (p.id, ssn)
        if ssn.isdigit():
            assert re.search(r"SSN: $", p.text[:start]), (p.id, ssn)


def test_phones_are_valid_for_their_region(prompts):
    regions = val4.phone_regions()
    seen = set()
    for p, phone, _ in values(prompts, "PHONE_NUMBER"):
        parsed = phonenumbers.parse(phone, regions[phone])
        assert phonenumbers.is_valid_number(parsed), (p.id, phone, regions[phone])
        seen.add(regions[phone])
    assert len(seen) >= 25


def test_phones_come_in_many_forms(prompts):
    phones = values(prompts, "PHONE_NUMBER")

    def form(ph: str) -> str:
        if re.fullmatch(r"\+\d+", ph):
            return "e164"
        return "+" if ph.startswith("+") else "00" if ph.startswith("00") else "national"

    forms = Counter(form(ph) for _, ph, _ in phones)
    assert min(forms.values()) >= 10 and len(forms) == 4, forms
    bare = [
        ph
        for p, ph, start in phones
        if not PHONE_CONTEXT.search(p.text[max(0, start - 30) : start])
    ]
    assert len(bare) >= 0.15 * len(phones)


def test_ips_parse(prompts):
    kinds = Counter(ipaddress.ip_address(ip).version for _, ip, _ in values(prompts, "IP_ADDRESS"))
    assert kinds[4] >= 40 and kinds[6] >= 10


def test_account_numbers_are_said_to_be_bank_accounts(prompts):
    for p, acct, start in values(prompts, "ACCOUNT_NUMBER"):
        assert 6 <= len(re.sub(r"[ -]", "", acct)) <= 17 and re.fullmatch(r"[\d -]+", acct), (
            p.id,
            acct,
        )
        assert re.search(r"account|acct|a/c", p.text[:start], re.I), (
            p.id
        )  # a CSV says so in its head


def test_emails_are_addresses(prompts):
    for p, email, _ in values(prompts, "EMAIL_ADDRESS"):
        assert re.fullmatch(r"[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", email), (p.id, email)


def test_names_as_people_write_them(prompts):
    names = values(prompts, "PERSON")
    nicknames = set(v.NICKNAMES.values()) | {ascii_fold(n) for n in v.NICKNAMES.values()}
    written = Counter()
    for p, name, start in names:
        before = p.text[:start]
        written["lower"] += name.islower()
        written["upper"] += name.isupper()
        written["family, given"] += ", " in name
        written["titled"] += any(before.endswith(t + " ") for t in v.TITLES)
        written["suffix"] += name.split()[-1] in v.SUFFIXES
        written["mention"] += before.endswith("@")
        written["one name"] += " " not in name
        written["nickname"] += name in nicknames or name.title() in nicknames
        written["initial"] += bool(
            re.match(r"[A-ZÀ-Ž]\. ", name) or re.search(r" [A-ZÀ-Ž]\.$", name)
        )
        written["diacritics"] += bool(re.search(r"[^\x00-\x7f]", name))
    assert all(
        written[k] >= 5
        for k in (
            "lower",
            "upper",
            "family, given",
            "titled",
            "suffix",
            "mention",
            "one name",
            "nickname",
            "initial",
            "diacritics",
        )
    ), written


def test_names_from_many_cultures(prompts):
    planted = "\n".join(ascii_fold(name).lower() for _, name, _ in values(prompts, "PERSON"))
    cultures = [
        c
        for c, culture in v.CULTURES.items()
        if any(
            re.search(
                r"\b" + re.escape(ascii_fold(n.rstrip("*").split("/")[0]).lower()) + r"\b", planted
            )
            for n in culture.given + culture.family
        )
    ]
    assert len(cultures) >= 30


def test_addresses_from_many_countries(prompts):
    addresses = [loc for _, loc, _ in values(prompts, "LOCATION") if re.search(r"\d", loc)]
    assert len(addresses) >= 50
    countries = {
        code
        for code, book in v.ADDRESSES.items()
        for a in addresses
        if any(s and s in a for s in book.streets + book.districts)
    }
    assert len(countries) >= 15
