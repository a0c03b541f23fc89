"""Tests of val42, the blind measuring part of the labelled PII corpus: size and split, ids,
`check`, determinism, templates, shapes, domains, cultures, entities, the validity of the
planted values, the word rules for names and places, decoys, and meta."""

from __future__ import annotations

import ipaddress
import re
import string
import time
import unicodedata
from collections import Counter

import phonenumbers
import pytest

from appliance.testing.pii_corpus import ENTITIES, check, val42
from appliance.testing.pii_corpus import val42_named as named
from appliance.testing.pii_corpus import val42_people as people
from appliance.testing.pii_corpus import val42_places as places
from appliance.testing.pii_corpus.val42_checks import phone_hits_full, structured_hits
from appliance.testing.pii_corpus.val42_words import fold, masks, stray_words, unlabelled, words_of
from appliance.testing.pii_corpus.validity import iban_check_digits_ok, luhn_ok, ssn_ok

SHAPES = """chat email sms letter form ticket notes minutes transcript json toolcall csv tsv
markdown_table html xml yaml code log git diff stacktrace slack jira bibliography ics vcard
paste voice""".split()
DOMAINS = """insurance courts customs estate hotel cruise theatre subtitling podcast esports
mountaineering polar archaeology zoo botanic auction antiques tailoring hair driving betting
registry""".split()
SLOT = re.compile(r"\{[A-Za-z]+\d?(?:\.[A-Za-z0-9_]+)?\}")
EMAIL_SHAPE = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")
TITLES = {"mr", "mrs", "ms", "miss", "dr", "prof", "mx", "sir", "dame", "frau", "herr"}


@pytest.fixture(scope="module")
def prompts():
    return val42.prompts()


@pytest.fixture(scope="module")
def meta():
    return val42.meta()


@pytest.fixture(scope="module")
def vocabulary():
    whole: set[str] = set()
    subs: set[str] = set()
    for name in people.all_names():
        w, s = words_of(name, "PERSON")
        whole |= set(w)
        subs |= set(s)
    for place in places.all_places():
        w, s = words_of(place, "LOCATION")
        whole |= set(w)
        subs |= set(s)
    allowed = frozenset(fold(n) for n in people.WORD_NAMES_F + people.WORD_NAMES_M)
    return frozenset(whole), tuple(sorted(subs)), allowed


def spans(p, entity=None):
    return [p.text[g.start : g.end] for g in p.gold if entity in (None, g.entity)]


# size, split, ids, check, determinism


def test_size_and_split(prompts):
    assert len(prompts) == 700
    assert sum(p.clean for p in prompts) == 280
    assert sum(not p.clean for p in prompts) == 420


def test_ids(prompts):
    assert [p.id for p in prompts] == [f"val42-{i:04d}" for i in range(1, 701)]


def test_check_passes(prompts):
    check(prompts)


def test_kinds_are_mixed(prompts):
    kinds = [p.clean for p in prompts]
    longest, run = 1, 1
    for a, b in zip(kinds, kinds[1:], strict=False):
        run = run + 1 if a == b else 1
        longest = max(longest, run)
    assert longest < 20
    for start in range(0, 700, 100):
        block = kinds[start : start + 100]
        assert 20 <= sum(block) <= 60


def test_deterministic_and_cached(prompts):
    again = val42.build()
    assert again == prompts
    assert val42.build() == again
    assert val42.prompts() is prompts


def test_builds_in_a_few_seconds():
    t = time.perf_counter()
    val42.build()
    assert time.perf_counter() - t < 15


# templates, shapes, domains


def test_templates(meta):
    templates = val42.PERSONAL_TEMPLATES + val42.CLEAN_TEMPLATES
    assert len(templates) >= 260
    keys = [t.key for t in templates]
    assert len(set(keys)) == len(keys)
    assert set(keys) == {m["template"] for m in meta}
    assert all(t.personal for t in val42.PERSONAL_TEMPLATES)
    assert not any(t.personal for t in val42.CLEAN_TEMPLATES)


def test_shapes(prompts):
    personal = {t.shape for t in val42.PERSONAL_TEMPLATES}
    clean = {t.shape for t in val42.CLEAN_TEMPLATES}
    assert set(SHAPES) <= personal & clean
    assert len(personal & clean) >= 25
    assert {p.shape for p in prompts if p.clean} >= set(SHAPES)
    assert {p.shape for p in prompts if not p.clean} >= set(SHAPES)


def test_domains(meta, prompts):
    for kind in (True, False):
        seen = {m["domain"] for m, p in zip(meta, prompts, strict=True) if p.clean == kind}
        assert seen == set(DOMAINS)


# names, cultures, entities


def test_names_and_cultures(meta):
    assert len(people.CULTURES) >= 90
    assert 1100 <= people.name_count() <= 1400
    planted = {c for m in meta for c in m["cultures"]}
    assert len(planted) >= 90
    assert planted <= {c.key for c in people.CULTURES}


def test_native_scripts_planted(prompts):
    native = [
        s
        for p in prompts
        for s in spans(p, "PERSON")
        if not s.isascii()
        and not all(unicodedata.name(c, "").startswith("LATIN") for c in s if c.isalpha())
    ]
    assert len(native) >= 10


def test_name_forms_used():
    used = set()
    for t in val42.PERSONAL_TEMPLATES:
        used |= {m.group(1) or "full" for m in re.finditer(r"\{[PWFM]\d(?:\.([a-z]+))?\}", t.text)}
    assert used == set(people.NAME_FORMS)
    assert not any(re.search(r"\{[PWFM]\d", t.text) for t in val42.CLEAN_TEMPLATES)


def test_word_names_planted_as_people(prompts):
    word_names = {fold(n) for n in people.WORD_NAMES_F + people.WORD_NAMES_M}
    planted = [
        s
        for p in prompts
        for s in spans(p, "PERSON")
        if fold(s.split()[0].strip(",")) in word_names
    ]
    assert len(planted) >= 20


def test_every_entity_planted_ten_times(prompts):
    counts = Counter(g.entity for p in prompts for g in p.gold)
    for entity in ENTITIES:
        assert counts[entity] >= 10, entity


def test_titles_and_possessives_outside_spans(prompts):
    for p in prompts:
        for g in p.gold:
            if g.entity != "PERSON":
                continue
            value = p.text[g.start : g.end]
            assert fold(value.split()[0].rstrip(".")) not in TITLES, (p.id, value)
            assert not value.endswith(("'s", "’s")), (p.id, value)


def test_values_at_the_edges_and_repeated(prompts):
    assert sum(1 for p in prompts if p.gold and min(g.start for g in p.gold) == 0) >= 5
    assert sum(1 for p in prompts if p.gold and max(g.end for g in p.gold) == len(p.text)) >= 5
    several = 0
    for p in prompts:
        kinds = Counter(g.entity for g in p.gold if g.entity != "PERSON")
        several += any(n >= 2 for n in kinds.values())
    assert several >= 30


# planted values are valid


def test_cards(prompts):
    cards = [s for p in prompts for s in spans(p, "CREDIT_CARD")]
    lengths = set()
    for c in cards:
        digits = re.sub(r"[ -]", "", c)
        assert digits.isdigit() and luhn_ok(digits), c
        lengths.add(len(digits))
    assert lengths == {15, 16, 19}


def test_ibans(prompts):
    ibans = [s for p in prompts for s in spans(p, "IBAN_CODE")]
    for i in ibans:
        assert iban_check_digits_ok(i), i
    assert len({i[:2] for i in ibans}) >= 12


def test_ssns(prompts):
    for s in (s for p in prompts for s in spans(p, "US_SSN")):
        assert ssn_ok(s), s


def test_ips(prompts):
    ips = [s for p in prompts for s in spans(p, "IP_ADDRESS")]
    versions = {ipaddress.ip_address(ip).version for ip in ips}
    assert versions == {4, 6}


def test_emails(prompts):
    emails = [s for p in prompts for s in spans(p, "EMAIL_ADDRESS")]
    for e in emails:
        assert EMAIL_SHAPE.match(e), e


def test_phones(prompts, meta):
    regions = set()
    styles = Counter()
    for p, m in zip(prompts, meta, strict=True):
        phones = spans(p, "PHONE_NUMBER")
        assert set(phones) == set(m["phones"]), p.id
        for ph in phones:
            region = m["phones"][ph]
            number = phonenumbers.parse(ph, region)
            assert phonenumbers.is_valid_number(number), (p.id, ph, region)
            assert phonenumbers.region_code_for_number(number) == region, (p.id, ph)
            regions.add(region)
            styles["intl" if ph.startswith("+") else "national"] += 1
            styles["no separators" if re.fullmatch(r"\+?\d+", ph) else "separators"] += 1
    assert len(regions) >= 30
    assert all(styles[s] >= 20 for s in ("intl", "national", "no separators", "separators"))


def test_accounts_are_said_to_be_accounts(prompts):
    for p in prompts:
        for g in p.gold:
            if g.entity == "ACCOUNT_NUMBER":
                before = p.text[max(0, g.start - 300) : g.start].lower()
                assert "acc" in before or "acct" in before, (p.id, before)


# the word rules


def test_clean_prompts_hold_no_names_or_places(prompts, vocabulary):
    whole, subs, allowed = vocabulary
    for p in prompts:
        if p.clean:
            assert stray_words(p.text, [], whole, subs, allowed) == [], p.id


def test_personal_prompts_label_every_occurrence(prompts, vocabulary):
    whole, subs, allowed = vocabulary
    for p in prompts:
        if p.clean:
            continue
        assert unlabelled(p.text, p.gold) == [], p.id
        assert stray_words(p.text, masks(p.text, p.gold), whole, subs, allowed) == [], p.id


def test_decoy_names_are_not_the_parts_names(vocabulary):
    whole, subs, allowed = vocabulary
    clash = []
    for name, values in named.LISTS.items():
        for value in values:
            w, _ = words_of(value)
            if (set(w) & whole) - allowed:
                clash.append((name, value))
    assert clash == []


def test_planted_people_and_places_are_the_parts(prompts, vocabulary):
    whole, subs, _ = vocabulary
    for p in prompts:
        for g in p.gold:
            if g.entity in ("PERSON", "LOCATION"):
                w, s = words_of(p.text[g.start : g.end], g.entity)
                extra = set(w) - whole
                if p.shape == "voice":  # dictation lowers the codes of an address ("qld")
                    extra = {x for x in extra if len(x) > 3}
                assert not extra and set(s) <= set(subs), (p.id, p.text[g.start : g.end])


# decoys are not valid personal data


def test_no_valid_values_outside_gold(prompts):
    for p in prompts:
        spans_ = [(g.start, g.end) for g in p.gold]
        assert structured_hits(p.text, spans_) == [], p.id
        assert phone_hits_full(p.text, spans_) == [], p.id


def test_clean_prompts_have_decoys(prompts):
    clean = [p for p in prompts if p.clean]
    assert sum(1 for p in clean if re.search(r"\d{2}", p.text)) >= 0.85 * len(clean)
    things = [v for values in named.LISTS.values() for v in values]
    assert sum(1 for p in clean if any(v in p.text for v in things)) >= 0.4 * len(clean)


# text


def test_no_slot_left(prompts):
    for p in prompts:
        assert not SLOT.search(p.text), (p.id, SLOT.search(p.text).group())


def test_voice_is_dictation(prompts):
    voice = [p for p in prompts if p.shape == "voice"]
    assert voice
    for p in voice:
        assert p.text == p.text.lower(), p.id
        assert not any(c in string.punctuation for c in p.text), p.id


# meta


def test_meta_consistent(prompts, meta):
    assert len(meta) == len(prompts)
    by_key = {t.key: t for t in val42.PERSONAL_TEMPLATES + val42.CLEAN_TEMPLATES}
    for p, m in zip(prompts, meta, strict=True):
        assert set(m) >= {"template", "domain", "shape", "cultures", "phones"}
        t = by_key[m["template"]]
        assert t.shape == m["shape"] == p.shape
        assert t.domain == m["domain"]
        assert t.personal == (not p.clean)
        if p.clean:
            assert m["cultures"] == [] and m["phones"] == {}
        if spans(p, "PERSON"):
            assert m["cultures"], p.id
        else:
            assert m["cultures"] == [], p.id
