"""The training part of the PII corpus: a generator of labelled prompts from a seed. Checked on
prompts(seed=1, count=800): the gold conventions hold, every label and shape is there, every
planted structured value is valid by its own rules, the names and places vary the way a NER
model needs, clean prompts hold decoys and no place, and a seed fixes the output."""

from __future__ import annotations

import hashlib
import ipaddress
import os
import re
import subprocess
import sys
from collections import Counter

import phonenumbers
import pytest

from appliance.testing.pii_corpus import ENTITIES, check, train
from appliance.testing.pii_corpus import train_decoys as D
from appliance.testing.pii_corpus import train_values as V
from appliance.testing.pii_corpus.validity import iban_check_digits_ok, luhn_ok, ssn_ok

SEED, COUNT = 1, 800
CORPUS_SHAPES = ("chat", "email", "form", "json", "code", "table", "log", "ticket")
MORE_SHAPES = ("csv", "sms", "notes", "transcript", "markdown", "yaml", "html", "trace",
               "commit", "calendar", "label", "medical", "hr")
STRUCTURED = [e for e in ENTITIES if e not in ("PERSON", "LOCATION")]


@pytest.fixture(scope="module")
def made() -> train.Generated:
    return train.generate(SEED, COUNT)


@pytest.fixture(scope="module")
def prompts(made):
    return made.prompts


def values(prompts, entity: str) -> list[str]:
    return [p.text[g.start:g.end] for p in prompts for g in p.gold if g.entity == entity]


def test_count_ids_and_gold_conventions(prompts):
    assert len(prompts) == COUNT
    assert [p.id for p in prompts] == [f"train-{SEED}-{n:05d}" for n in range(1, COUNT + 1)]
    check(prompts)
    assert all(g.entity in ENTITIES for p in prompts for g in p.gold)


def test_forty_percent_clean_and_clean_means_no_gold(prompts):
    clean = [p for p in prompts if p.clean]
    assert len(clean) == round(COUNT * train.CLEAN_SHARE)
    assert all(not p.gold for p in clean)


def test_at_least_150_templates_and_every_slot_known():
    personal = [t for t in train.TEMPLATES if not t.clean]
    assert len(train.TEMPLATES) >= 150 and len(personal) >= 150
    assert len({t.pieces for t in train.TEMPLATES}) == len(train.TEMPLATES)
    with pytest.raises(ValueError, match="unknown slot"):
        train.parse("chat", "call «nobody»")


def test_same_seed_same_prompts_other_seed_others(prompts):
    assert train.prompts(SEED, COUNT) == prompts
    other = train.prompts(SEED + 1, COUNT)
    assert sum(a.text == b.text for a, b in zip(prompts, other, strict=True)) < COUNT // 20
    assert len({p.text for p in prompts} & {p.text for p in other}) < COUNT // 20


def test_deterministic_across_processes(prompts):
    """No set or hash order leaks into the output: another interpreter with another hash seed
    makes the same prompts."""
    code = (
        "import hashlib; from appliance.testing.pii_corpus import train; "
        f"ps = train.prompts({SEED}, 200); "
        "print(hashlib.sha256(repr(ps).encode()).hexdigest())"
    )
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                         check=True, timeout=120)
    assert out.stdout.strip() == hashlib.sha256(repr(train.prompts(SEED, 200)).encode()).hexdigest()


def test_every_label_at_least_40_times(prompts):
    counts = Counter(g.entity for p in prompts for g in p.gold)
    assert {e: counts[e] for e in ENTITIES if counts[e] < 40} == {}


def test_phone_numbers_are_a_quarter_of_structured_values(prompts):
    counts = Counter(g.entity for p in prompts for g in p.gold)
    assert counts["PHONE_NUMBER"] >= 0.25 * sum(counts[e] for e in STRUCTURED)


def test_every_shape_clean_and_not(prompts):
    for clean in (True, False):
        shapes = {p.shape for p in prompts if p.clean == clean}
        assert set(CORPUS_SHAPES + MORE_SHAPES) <= shapes, (clean, shapes)
    assert set(train.SHAPES) == set(CORPUS_SHAPES + MORE_SHAPES)


def test_phone_numbers_valid_for_their_region(made, prompts):
    phones = values(prompts, "PHONE_NUMBER")
    for value in phones:
        region = made.phone_regions[value]
        number = phonenumbers.parse(value, region)
        assert phonenumbers.is_valid_number_for_region(number, region), (value, region)
    regions = {made.phone_regions[v] for v in phones}
    assert len(regions) >= 20
    assert any(v.startswith("+") and " " not in v and "-" not in v for v in phones)  # E.164
    assert any(v.startswith("+") and " " in v for v in phones)
    assert any(v.startswith("00") for v in phones)
    assert any(v[0] in "0(" for v in phones if not v.startswith("00"))
    assert any(v.isdigit() for v in phones)
    assert any("." in v for v in phones) and any("-" in v for v in phones)


def test_cards_pass_luhn_in_several_schemes_and_layouts(prompts):
    cards = values(prompts, "CREDIT_CARD")
    for value in cards:
        digits = re.sub(r"[ -]", "", value)
        assert digits.isdigit() and 14 <= len(digits) <= 16 and luhn_ok(digits), value
    digits = [re.sub(r"[ -]", "", v) for v in cards]
    assert any(d[0] == "4" for d in digits) and any(d[:2] in ("34", "37") for d in digits)
    assert any(d[:2] in ("51", "52", "53", "54", "55", "22", "25", "27") for d in digits)
    assert any(d.startswith(("6011", "64", "65")) for d in digits)
    assert any(" " in v for v in cards) and any("-" in v for v in cards)
    assert any(v.isdigit() for v in cards)


def test_ibans_have_valid_check_digits(prompts):
    ibans = values(prompts, "IBAN_CODE")
    for value in ibans:
        compact = value.replace(" ", "")
        assert iban_check_digits_ok(compact), value
    assert len({v[:2] for v in ibans}) >= 10
    assert any(" " in v for v in ibans) and any(" " not in v for v in ibans)


def test_ssns_follow_the_rules_and_bare_ones_follow_the_word(prompts):
    for p in prompts:
        for g in p.gold:
            if g.entity != "US_SSN":
                continue
            value = p.text[g.start:g.end]
            assert re.fullmatch(r"\d{3}([- ]?)\d{2}\1\d{4}", value), value
            digits = re.sub(r"\D", "", value)
            assert ssn_ok(digits), value
            if digits == value:
                before = p.text[:g.start].lower().rstrip(" :#")
                assert before.endswith(("ssn", "social security number")), p.text


def test_ip_addresses_parse(prompts):
    ips = values(prompts, "IP_ADDRESS")
    parsed = [ipaddress.ip_address(v) for v in ips]
    assert any(a.version == 6 for a in parsed) and any(a.version == 4 for a in parsed)


def test_account_numbers_have_6_to_17_digits_and_a_context_word(prompts):
    for p in prompts:
        for g in p.gold:
            if g.entity == "ACCOUNT_NUMBER":
                digits = re.sub(r"[ -]", "", p.text[g.start:g.end])
                assert digits.isdigit() and 6 <= len(digits) <= 17
                assert re.search(r"acc(oun)?t|a/c", p.text[:g.start], re.I), p.text


def test_emails_are_addresses_alone(prompts):
    for value in values(prompts, "EMAIL_ADDRESS"):
        assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", value, re.A), value


def test_names_vary_in_form_case_and_culture(prompts):
    names = values(prompts, "PERSON")
    assert len(set(names)) >= 0.8 * len(names)
    assert all(V._latin(n) for n in names)
    spans = names + values(prompts, "LOCATION")
    assert [v for v in spans if "  " in v or "\n" in v] == []
    assert sum(n.islower() for n in names) >= 10
    assert sum(n.isupper() for n in names) >= 10
    assert sum(", " in n for n in names) >= 10  # "Last, First"
    assert sum(bool(re.match(r"[A-Z]\.", n)) for n in names) >= 10  # initials
    assert any("-" in n for n in names) and any("'" in n for n in names)
    assert any(not n.isascii() for n in names)
    assert sum(" " not in n for n in names) >= 50  # first names alone


def test_names_that_are_words_and_surname_first(prompts):
    """People whom only the context tells from a word, a place or a product ("Hope", "Madison",
    "Jasmine"), and names written surname first ("Okafor Chidi", "OKAFOR, Chidi")."""
    names = values(prompts, "PERSON")
    given = {w.lower() for w in V.WORD_GIVEN}
    assert sum(n.split()[0].lower() in given for n in names) >= 30
    assert sum(bool(re.fullmatch(r"[^a-z,]+, [A-Z][^A-Z,]+", n)) for n in names) >= 2


def test_clean_prompts_hold_decoys_named_like_people(prompts):
    """Software, assistants and models named like people, codenames, colours and foods named
    after places: clean prompts of everyday LLM-API use that a NER model misreads."""
    clean = [p.text for p in prompts if p.clean]
    decoys = D.NAMED_SOFTWARE + D.BIRDS + D.COLOURS + D.FOODS + D.LLM_MODELS
    found = {d for d in decoys if any(re.search(rf"\b{re.escape(d)}\b", t, re.I) for t in clean)}
    assert len(found) >= 60
    assert sum(any(d in t for d in decoys) for t in clean) >= 0.15 * len(clean)


def test_titles_and_possessives_stay_out_of_names(prompts):
    titled = 0
    for p in prompts:
        for g in p.gold:
            if g.entity != "PERSON":
                continue
            name = p.text[g.start:g.end]
            assert not re.match(r"(Dr|Mr|Mrs|Ms|Mx|Prof)\b", name), name
            assert not name.endswith("'s"), name
            titled += bool(re.search(r"(Dr|Mr|Mrs|Ms|Mx|Prof)\.? $", p.text[:g.start]))
    assert titled >= 10


def test_places_vary(prompts):
    places = values(prompts, "LOCATION")
    assert len(set(places)) >= 0.6 * len(places)
    streets = [v for v in places if any(ch.isdigit() for ch in v)]
    assert len(streets) >= 40  # street addresses
    assert len({v for v in places if v in V.countries()}) >= 20


def test_values_at_start_and_end_and_several_of_a_kind(prompts):
    at_start = sum(any(g.start == 0 for g in p.gold) for p in prompts)
    at_end = sum(any(p.text[g.end:].strip(" .!?\"')") == "" for g in p.gold) for p in prompts)
    several = sum(
        any(n > 1 for n in Counter(g.entity for g in p.gold).values()) for p in prompts
    )
    assert at_start >= 10 and at_end >= 30 and several >= 100


def test_clean_prompts_hold_decoys_but_no_place_or_personal_data(prompts):
    clean = [p.text for p in prompts if p.clean]
    foods = re.compile("|".join(re.escape(f) for f in D.FOODS))  # "Boston cream pie": no place
    clean = [foods.sub("", text) for text in clean]
    named = (D.PRODUCTS + D.SOFTWARE + D.CODENAMES + D.VENUES + D.ROOMS + D.TITLES + D.TEAMS
             + D.MEDICAL + D.HEADINGS + D.DEPARTMENTS + D.CAMEL + D.JOB_TITLES)
    assert len({d for d in named if any(d in text for text in clean)}) >= 100
    places = {c for cities in V.CITIES.values() for c in cities} | set(V.REGIONS)
    places |= set(V.countries())
    pattern = re.compile(r"\b(" + "|".join(re.escape(p) for p in sorted(places)) + r")\b")
    assert [m.group(0) for t in clean for m in pattern.finditer(t)] == []
    for text in clean:
        assert "@" not in text, text
        for quad in re.findall(r"(?<![\d.])\d+\.\d+\.\d+\.\d+(?![\d.])", text):
            with pytest.raises(ValueError):
                ipaddress.ip_address(quad)


def test_names_and_places_align_with_spacy_tokens(prompts):
    """The part trains a spaCy model: a span that cuts a token (the tokenizer does not split
    "<td>Name</td>" or CSV without spaces) is lost or widened, so most must align."""
    spacy = pytest.importorskip("spacy")
    nlp = spacy.blank("en")
    for entity in ("PERSON", "LOCATION"):
        spans = [(p, g) for p in prompts for g in p.gold if g.entity == entity]
        docs = {p.id: nlp.make_doc(p.text) for p, _ in spans}
        aligned = sum(docs[p.id].char_span(g.start, g.end) is not None for p, g in spans)
        assert aligned >= 0.85 * len(spans), (entity, aligned, len(spans))


def test_count_zero_and_negative():
    assert train.prompts(SEED, 0) == []
    with pytest.raises(ValueError, match="count must be 0 or more"):
        train.prompts(SEED, -1)
