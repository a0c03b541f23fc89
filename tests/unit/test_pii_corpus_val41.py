"""Tests of val41, the blind measuring part of the labelled PII corpus: size and split,
ids, determinism, templates, shapes, cultures, planted entities, validity of the values,
the part's conventions (clean prompts free of its names and places, every occurrence of a
planted name or place labelled), and meta."""

from __future__ import annotations

import ipaddress
import re
import time
from collections import Counter

import phonenumbers
import pytest

from appliance.testing.pii_corpus import ENTITIES, check, val41
from appliance.testing.pii_corpus import val41_eponyms as eponyms
from appliance.testing.pii_corpus import val41_places as places
from appliance.testing.pii_corpus.val41_decoys import pii_like
from appliance.testing.pii_corpus.val41_people import (
    CULTURES,
    WORD_NAMES,
    all_family,
    all_given,
    name_vocabulary,
)
from appliance.testing.pii_corpus.val41_render import SLOT_RE, masked
from appliance.testing.pii_corpus.val41_words import PARTICLES, WORD_RE, key_words
from appliance.testing.pii_corpus.validity import iban_check_digits_ok, luhn_ok, ssn_ok

SHAPES = ("chat email sms letter form ticket notes minutes transcript json toolcall csv tsv "
          "markdown_table html xml yaml code log git diff stacktrace slack jira bibliography "
          "ics vcard paste voice").split()
TITLES = ("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Captain", "Rev")
URL_EMAIL = re.compile(r"(?:https?://|www\.)[^\s<>\"')\]]+|[\w.+%-]+@[\w-]+(?:\.[\w-]+)+")
EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")


@pytest.fixture(scope="module")
def part():
    return val41.prompts(), val41.meta()


def spans(p, entity=None):
    return [p.text[g.start : g.end] for g in p.gold if entity in (None, g.entity)]


def vocabulary():
    return (name_vocabulary() | places.place_vocabulary()) - WORD_NAMES


def test_size_split_and_ids(part):
    prompts, _ = part
    assert len(prompts) == 700
    assert sum(p.clean for p in prompts) == 280
    assert sum(not p.clean for p in prompts) == 420
    assert [p.id for p in prompts] == [f"val41-{i:04d}" for i in range(1, 701)]
    kinds = [p.clean for p in prompts]
    runs = max(len(m.group()) for m in re.finditer(r"(T+|F+)", "".join("TF"[k] for k in kinds)))
    assert runs < 20  # the two kinds are mixed


def test_check_passes(part):
    check(part[0])


def test_deterministic_and_cached():
    a, ma = val41.build()
    b, mb = val41.build()
    assert a == b and ma == mb
    assert val41.prompts() == a and val41.meta() == ma


def test_builds_in_seconds():
    start = time.perf_counter()
    val41.build()
    assert time.perf_counter() - start < 20


def test_templates_counted_and_each_used(part):
    prompts, meta = part
    assert len(val41.TEMPLATES) >= 260
    assert all(t.personal for t in val41.PERSONAL_TEMPLATES)
    assert not any(t.personal for t in val41.CLEAN_TEMPLATES)
    keys = [t.key for t in val41.TEMPLATES]
    assert len(set(keys)) == len(keys)
    used = Counter(m["template"] for m in meta)
    assert set(used) == set(keys)
    assert len({t.text for t in val41.TEMPLATES}) == len(val41.TEMPLATES)


def test_shapes_each_clean_and_personal(part):
    prompts, _ = part
    have = Counter((p.shape, p.clean) for p in prompts)
    shapes = {p.shape for p in prompts}
    assert len(shapes) >= 25 and set(SHAPES) <= shapes
    for shape in shapes:
        assert have[(shape, True)] and have[(shape, False)], shape
    for t in val41.TEMPLATES:
        assert t.shape in SHAPES


def test_domains(part):
    _, meta = part
    domains = Counter(m["domain"] for m in meta)
    assert set(domains) == set(eponyms.DOMAINS) and len(domains) == 22
    assert min(domains.values()) >= 10


def test_names_and_cultures(part):
    _, meta = part
    assert len(CULTURES) >= 90
    assert 1100 <= len(all_given()) + len(all_family()) <= 1400
    planted = {c for m in meta for c in m["cultures"]}
    assert len(planted) >= 90
    assert planted <= set(CULTURES)
    scripts = {CULTURES[c][0] for c in planted}
    assert "latin" in scripts and len(scripts) >= 8


def test_every_entity_planted_ten_times(part):
    counts = Counter(g.entity for p in part[0] for g in p.gold)
    for entity in ENTITIES:
        assert counts[entity] >= 10, (entity, counts[entity])


def test_planted_values_valid(part):
    prompts, meta = part
    lengths, iban_countries, regions, ip_kinds = set(), set(), set(), set()
    for p, m in zip(prompts, meta, strict=True):
        for g in p.gold:
            value = p.text[g.start : g.end]
            if g.entity == "CREDIT_CARD":
                digits = re.sub(r"[ -]", "", value)
                assert digits.isdigit() and luhn_ok(digits), value
                lengths.add(len(digits))
            elif g.entity == "IBAN_CODE":
                assert iban_check_digits_ok(value), value
                iban_countries.add(value[:2])
            elif g.entity == "US_SSN":
                assert ssn_ok(value) and re.fullmatch(r"\d{3}[- ]?\d{2}[- ]?\d{4}", value), value
            elif g.entity == "PHONE_NUMBER":
                region = m["phones"][value]
                assert phonenumbers.is_valid_number(phonenumbers.parse(value, region)), value
                regions.add(region)
            elif g.entity == "IP_ADDRESS":
                ip_kinds.add(ipaddress.ip_address(value).version)
            elif g.entity == "EMAIL_ADDRESS":
                assert EMAIL.match(value), value
            elif g.entity == "ACCOUNT_NUMBER":
                assert re.fullmatch(r"\d[\d -]*\d", value), value
                before = p.text[: g.start].lower()  # the sentence or the column header
                assert re.search(r"account|acct", before), before
    assert {15, 16, 19} <= lengths
    assert len(iban_countries) >= 15
    assert len(regions) >= 25
    assert ip_kinds == {4, 6}


def test_phone_formats_varied(part):
    written = [v for p in part[0] for v in spans(p, "PHONE_NUMBER")]
    assert any(v.startswith("+") for v in written)
    assert any(v.startswith("00") for v in written)
    assert any(v.isdigit() for v in written)
    assert any(not v.startswith("+") and not v.startswith("00") and " " in v for v in written)
    assert any("-" in v for v in written) and any("." in v for v in written)


def test_clean_prompts_hold_no_names_or_places(part):
    vocab = vocabulary()
    for p in part[0]:
        if p.clean:
            found = {w.casefold() for w in WORD_RE.findall(p.text)} & vocab
            assert not found, (p.id, found)


def test_every_occurrence_of_a_planted_name_or_place_is_labelled(part):
    for p in part[0]:
        covered = [(g.start, g.end) for g in p.gold if g.entity in ("PERSON", "LOCATION")]
        keys = set()
        for start, end in covered:
            keys |= {w.casefold() for w in WORD_RE.findall(p.text[start:end])
                     if len(w) > 1 and w.casefold() not in PARTICLES
                     and not any(c.isdigit() for c in w)}
        allowed = covered + [(m.start(), m.end()) for m in URL_EMAIL.finditer(p.text)]
        for m in WORD_RE.finditer(p.text):
            if m.group().casefold() in keys:
                assert any(a <= m.start() and m.end() <= b for a, b in allowed), (p.id, m.group())


def test_no_valid_value_outside_spans(part):
    for p in part[0]:
        assert pii_like(masked(p)) is None, p.id


def test_no_slot_left(part):
    for p in part[0]:
        assert "⟦" not in p.text and "⟧" not in p.text, p.id
        assert not SLOT_RE.search(p.text)


def test_titles_and_possessives_outside_person_spans(part):
    for p in part[0]:
        for g in p.gold:
            value = p.text[g.start : g.end]
            if g.entity == "PERSON":
                assert value.split()[0].rstrip(".") not in TITLES, (p.id, value)
                assert not value.endswith(("'s", "’s")), (p.id, value)


def test_name_forms_planted(part):
    persons = [v for p in part[0] for v in spans(p, "PERSON")]
    assert any(re.fullmatch(r"[^\W\d_]+, [^\W\d_][\w'-]*", v) for v in persons)  # Last, First
    assert any(re.fullmatch(r".+, (\w\. ?)+", v) for v in persons)  # Surname, A. B.
    assert any(re.match(r"\w\. ", v) for v in persons)  # initials
    assert any(v == v.lower() and v != v.upper() for v in persons)  # lower case
    assert any(v == v.upper() and v != v.lower() for v in persons)  # upper case
    texts = "\n".join(p.text for p in part[0])
    assert "'s" in texts
    word_names = [v for v in persons if v.casefold() in WORD_NAMES
                  or v.split()[0].casefold() in WORD_NAMES]
    assert len(word_names) >= 15


def test_voice_prompts_are_dictation(part):
    for p in part[0]:
        if p.shape == "voice":
            assert p.text == p.text.lower(), p.id
            assert not re.search(r"[,.;:!?\"()]", p.text), p.id


def test_values_at_start_end_and_several_of_a_kind(part):
    prompts = [p for p in part[0] if p.gold]
    assert sum(min(g.start for g in p.gold) == 0 for p in prompts) >= 10
    assert sum(max(g.end for g in p.gold) == len(p.text) for p in prompts) >= 10
    for entity in ("PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "CREDIT_CARD", "IBAN_CODE",
                   "IP_ADDRESS", "LOCATION"):
        assert any(len(set(spans(p, entity))) >= 2 for p in prompts), entity


def test_decoys_and_template_text_hold_no_names_or_places():
    vocab = vocabulary()
    for thing in eponyms.all_eponyms():
        assert not key_words(thing) & vocab, thing
    assert not (name_vocabulary() - WORD_NAMES) & places.place_vocabulary()
    for t in val41.TEMPLATES:
        literal = SLOT_RE.sub(" ", t.text)
        assert not {w.casefold() for w in WORD_RE.findall(literal)} & vocab, t.key


def test_every_kind_of_eponym_used():
    kinds = set()
    for t in val41.TEMPLATES:
        for slot in SLOT_RE.findall(t.text):
            kinds.add(slot.split(".")[0].split(":")[0].rstrip("0123456789"))
    assert set(eponyms.KINDS) | {"dom"} <= kinds


def test_decoys_present_in_clean_prompts(part):
    generic = {"the", "st", "a", "an", "day", "church", "storm", "hurricane", "sir", "lord",
               "queen", "prince", "princess", "captain", "mr", "miss", "professor", "colonel",
               "great", "big", "double", "plain", "minor", "major", "of", "and"}
    named = set()
    for thing in eponyms.all_eponyms():
        named |= {w.casefold() for w in re.findall(r"\b[A-Z][^\W\d_]+", thing)} - generic
    clean = [p.text for p in part[0] if p.clean]
    with_thing = sum(bool({w.casefold() for w in re.findall(r"[^\W\d_]+", t)} & named)
                     for t in clean)
    assert with_thing >= 250
    assert sum(bool(re.search(r"\d", text)) for text in clean) >= 250


def test_meta_consistent(part):
    prompts, meta = part
    assert len(meta) == len(prompts)
    by_key = {t.key: t for t in val41.TEMPLATES}
    for p, m in zip(prompts, meta, strict=True):
        assert set(m) == {"template", "domain", "shape", "cultures", "phones"}
        t = by_key[m["template"]]
        assert m["shape"] == p.shape == t.shape
        assert m["domain"] == t.domain
        assert t.personal == (not p.clean)
        assert set(m["phones"]) == set(spans(p, "PHONE_NUMBER"))
        assert bool(m["cultures"]) == bool(spans(p, "PERSON"))
        assert len(m["cultures"]) == len(set(m["cultures"]))
    meta[0]["cultures"].append("x")
    assert val41.meta()[0]["cultures"] != meta[0]["cultures"]
