"""Tests of train_k, the blind training generator k of the PII corpus: its prompts pass
`check()`, are deterministic per seed, about half clean, every gold value is plausible for
its entity, clean prompts hold none of the hand-written names and places, and the
templates, shapes, cultures and things are as many as the brief asks."""

from __future__ import annotations

import ipaddress
import re
from functools import lru_cache

from appliance.testing.pii_corpus import Prompt, check
from appliance.testing.pii_corpus import train_k as k
from appliance.testing.pii_corpus import train_k_names as names
from appliance.testing.pii_corpus import train_k_values as values
from appliance.testing.pii_corpus.train_k_things import THING_WORDS, THINGS
from appliance.testing.pii_corpus.validity import iban_check_digits_ok, luhn_ok, ssn_ok


@lru_cache
def _two_seeds() -> tuple[Prompt, ...]:
    return tuple(k.prompts(11, 1000) + k.prompts(12, 1000))


def test_check_passes_for_two_seeds() -> None:
    ps = list(_two_seeds())
    assert len(ps) == 2000
    check(ps)
    assert ps[0].id == "traink-11-00001"


def test_deterministic_and_seeds_differ() -> None:
    a, b = k.prompts(5, 200), k.prompts(5, 200)
    assert [(p.text, p.gold) for p in a] == [(p.text, p.gold) for p in b]
    c = k.prompts(6, 200)
    assert [p.text for p in a] != [p.text for p in c]


def test_clean_share() -> None:
    ps = _two_seeds()
    share = sum(p.clean for p in ps) / len(ps)
    assert 0.45 <= share <= 0.55


def _plausible(entity: str, value: str) -> bool:
    digits = re.sub(r"\D", "", value)
    if entity == "PERSON":
        return bool(re.fullmatch(r"[^\W\d_][\w .,'\-]*", value)) and "@" not in value
    if entity == "LOCATION":
        return any(ch.isalpha() for ch in value)
    if entity == "EMAIL_ADDRESS":
        return bool(re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", value))
    if entity == "PHONE_NUMBER":
        return values.phone_ok(value)
    if entity == "CREDIT_CARD":
        return 13 <= len(digits) <= 19 and luhn_ok(digits)
    if entity == "IBAN_CODE":
        return iban_check_digits_ok(value)
    if entity == "IP_ADDRESS":
        try:
            ipaddress.ip_address(value)
        except ValueError:
            return False
        return True
    if entity == "US_SSN":
        return ssn_ok(value)
    if entity == "ACCOUNT_NUMBER":
        return 8 <= len(digits) <= 12
    return False


def test_gold_values_are_plausible() -> None:
    for p in _two_seeds():
        for g in p.gold:
            value = p.text[g.start : g.end]
            assert _plausible(g.entity, value), (p.id, g.entity, value)


def _phrases() -> set[str]:
    exempt = {w.lower() for w in names.EVERYDAY_GIVEN} | THING_WORDS
    people = {n.lower() for n in (*names.GIVEN_POOL, *names.FAMILY_POOL)}
    return {n for n in people if not set(n.split()) <= exempt and n not in exempt}


def test_clean_prompts_hold_no_pool_names_or_places() -> None:
    people = _phrases()
    places = names.place_names()  # no exemption: clean prompts use place-free things only
    for p in _two_seeds():
        if not p.clean:
            continue
        text = p.text.lower()
        words = set(re.findall(r"[^\W\d_]+(?:['-][^\W\d_]+)*", text))
        for name in people:
            if " " in name:
                assert not re.search(rf"\b{re.escape(name)}\b", text), (p.id, name)
            else:
                assert name not in words, (p.id, name, p.text)
        assert not names.has_place(text, places), (p.id, p.text)


def test_template_shape_culture_and_thing_counts() -> None:
    assert len(k.TEMPLATES) >= 220
    assert len(k.SHAPES) >= 15
    assert len(names.CULTURES) >= 40
    assert len(set(names.GIVEN_POOL)) >= 300
    assert len(set(names.FAMILY_POOL)) >= 300
    assert len(THINGS) >= 40
    assert sum(len(set(v)) for v in THINGS.values()) >= 2000


def test_many_distinct_persons_and_personal_values() -> None:
    ps = _two_seeds()
    persons = {p.text[g.start : g.end] for p in ps for g in p.gold if g.entity == "PERSON"}
    assert len(persons) >= 1000
    entities = {g.entity for p in ps for g in p.gold}
    assert entities >= {
        "PERSON",
        "LOCATION",
        "EMAIL_ADDRESS",
        "PHONE_NUMBER",
        "CREDIT_CARD",
        "IBAN_CODE",
        "IP_ADDRESS",
        "US_SSN",
        "ACCOUNT_NUMBER",
    }
    personal = [p for p in ps if not p.clean]
    structured = [
        p for p in personal if any(g.entity not in ("PERSON", "LOCATION") for g in p.gold)
    ]
    assert 0.2 <= len(structured) / len(personal) <= 0.5


def test_planted_names_are_labelled_wherever_they_occur() -> None:
    for p in _two_seeds():
        spans = [(g.start, g.end) for g in p.gold]
        planted = {p.text[g.start : g.end] for g in p.gold if g.entity == "PERSON"}
        for value in planted:
            for m in re.finditer(rf"(?<!\w){re.escape(value)}(?!\w)", p.text, re.IGNORECASE):
                assert any(s <= m.start() and m.end() <= e for s, e in spans), (p.id, value)
