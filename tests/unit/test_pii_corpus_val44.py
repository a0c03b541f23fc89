"""Tests of the val44 part of the labelled PII corpus."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from appliance.testing.pii_corpus import ENTITIES, check, val44
from appliance.testing.pii_corpus import val44_decoys as D
from appliance.testing.pii_corpus import val44_names as N
from appliance.testing.pii_corpus import val44_names_faker as F
from appliance.testing.pii_corpus.val44_gen import is_latin
from appliance.testing.pii_corpus.validity import iban_check_digits_ok, luhn_ok, ssn_ok

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def prompts():
    return val44.prompts()


@pytest.fixture(scope="module")
def meta():
    return val44.meta()


def _values(p, entity=None):
    return [(g, p.text[g.start:g.end]) for g in p.gold if entity is None or g.entity == entity]


def test_size_split_and_ids(prompts):
    assert len(prompts) == 700
    assert sum(p.clean for p in prompts) == 280
    assert [p.id for p in prompts] == [f"val44-{i:04d}" for i in range(1, 701)]
    # shuffled: clean and personal are interleaved, not in two blocks
    first_half_clean = sum(p.clean for p in prompts[:350])
    assert 100 < first_half_clean < 180


def test_check_passes_and_entities_known(prompts):
    check(prompts)
    for p in prompts:
        for g in p.gold:
            assert g.entity in ENTITIES


def test_gold_spans_have_no_surrounding_space_and_no_overlap(prompts):
    for p in prompts:
        end = 0
        for g, value in sorted(_values(p), key=lambda x: x[0].start):
            assert value == value.strip() and value, (p.id, value)
            assert g.start >= end, p.id
            end = g.end


def test_cached_and_deterministic(prompts):
    assert val44.prompts() is prompts
    assert val44.build() == prompts
    assert val44.build() is not prompts


def test_same_texts_in_subprocess_with_other_hashseed(prompts):
    code = ("import hashlib; from appliance.testing.pii_corpus import val44; "
            "h = hashlib.sha256(); [h.update((p.id + p.text + repr(p.gold) + p.shape).encode()) for p in val44.prompts()]; "
            "print(h.hexdigest())")
    import hashlib
    h = hashlib.sha256()
    for p in prompts:
        h.update((p.id + p.text + repr(p.gold) + p.shape).encode())
    for seed in ("1", "987"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
        assert out.stdout.strip() == h.hexdigest()


def test_card_iban_ssn_values_valid(prompts):
    kinds = {"CREDIT_CARD": 0, "IBAN_CODE": 0, "US_SSN": 0}
    iban_countries = set()
    for p in prompts:
        for g, v in _values(p):
            if g.entity == "CREDIT_CARD":
                assert re.fullmatch(r"[\d -]+", v) and luhn_ok(re.sub(r"\D", "", v)), (p.id, v)
                assert 13 <= len(re.sub(r"\D", "", v)) <= 19
            elif g.entity == "IBAN_CODE":
                assert iban_check_digits_ok(v), (p.id, v)
                iban_countries.add(v[:2])
            elif g.entity == "US_SSN":
                assert ssn_ok(v), (p.id, v)
            else:
                continue
            kinds[g.entity] += 1
    assert all(n >= 10 for n in kinds.values()), kinds
    assert len(iban_countries) >= 10


def test_shapes_templates_and_domains(prompts, meta):
    assert len({p.shape for p in prompts}) >= 25
    assert len(val44.PERSONAL_TEMPLATES) + len(val44.CLEAN_TEMPLATES) >= 220
    names = [t[0] for t in val44.PERSONAL_TEMPLATES + val44.CLEAN_TEMPLATES]
    assert len(names) == len(set(names))
    texts = [t[3] for t in val44.PERSONAL_TEMPLATES + val44.CLEAN_TEMPLATES]
    assert len(texts) == len(set(texts))
    assert {m["template"] for m in meta} == set(names)  # every template used
    assert len({m["domain"] for m in meta}) >= 24
    for p, m in zip(prompts, meta, strict=True):
        assert m["id"] == p.id and m["shape"] == p.shape and m["clean"] == p.clean


def test_cultures_and_phone_countries(meta):
    names = [n for m in meta for n in m["names"]]
    assert len({n["culture"] for n in names}) >= 80
    assert len({c for m in meta for c in m["phone_countries"]}) >= 15


def test_own_script_share(prompts, meta):
    spans = [v for p in prompts for _, v in _values(p, "PERSON")]
    own = [v for v in spans if not is_latin(v)]
    assert 0.05 <= len(own) / len(spans) <= 0.10, (len(own), len(spans))
    # the meta agrees with the text
    assert sum(n["script"] == "native" for m in meta for n in m["names"]) == len(own)


def test_every_planted_value_is_labelled(prompts, meta):
    for p, m in zip(prompts, meta, strict=True):
        gold = {(g.entity, p.text[g.start:g.end]) for g in p.gold}
        for entity, value in m["planted"]:
            assert (entity, value) in gold, (p.id, entity, value)
        assert len(m["planted"]) == len(p.gold)
        # every whole-word occurrence of a planted name or place lies inside a gold span
        for g, v in _values(p):
            if g.entity not in ("PERSON", "LOCATION"):
                continue
            for occ in re.finditer(r"(?<!\w)" + re.escape(v) + r"(?!\w)", p.text):
                assert any(h.start <= occ.start() and occ.end() <= h.end for h in p.gold), (p.id, v)


EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
IPV4 = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")
IPV6 = re.compile(r"(?<![\w:])(?=[0-9a-f:]*[a-f])[0-9a-f]{1,4}(?::[0-9a-f]{0,4}){2,7}(?![\w:])")
SSN = re.compile(r"(?<!\d)\d{3}-\d{2}-\d{4}(?!\d)")
IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")
LONG_DIGITS = re.compile(r"(?<![\w-])\d(?:[ -]?\d){12,18}(?![\w-])")


def _covered(p, start, end):
    return any(g.start <= start and end <= g.end for g in p.gold)


def _in_decoy(p, m, start, end):
    """Whether [start, end) lies inside one of the decoys the generator wrote."""
    for d in m["decoys"]:
        for occ in re.finditer(re.escape(d), p.text):
            if occ.start() <= start and end <= occ.end():
                return True
    return False


def test_no_unlabelled_machine_values(prompts, meta):
    """E-mails, IPs, SSNs, valid IBANs and Luhn-valid digit runs found by regex lie in a gold
    span or, only where they are look-alikes the generator wrote on purpose, in a decoy."""
    hits = 0
    for p, m in zip(prompts, meta, strict=True):
        for rx in (EMAIL, IPV4, IPV6, SSN, IBAN, LONG_DIGITS):
            for x in rx.finditer(p.text):
                value = x.group()
                if rx is IPV4 and not all(int(o) <= 255 for o in x.groups()):
                    continue
                if rx is IBAN and not iban_check_digits_ok(value):
                    continue
                if rx is LONG_DIGITS and not luhn_ok(re.sub(r"\D", "", value)):
                    continue
                hits += 1
                if rx in (EMAIL, IPV6, SSN, IBAN):
                    assert _covered(p, x.start(), x.end()), (p.id, value)
                else:
                    assert _covered(p, x.start(), x.end()) or _in_decoy(p, m, x.start(), x.end()), (p.id, value)
    assert hits > 200


def _name_and_place_words():
    words = set()
    pools = list(F.FAKER_LATIN.values()) + list(F.FAKER_NATIVE.values())
    pools += [pairs for _, pairs in N.HAND_LATIN.values()] + [pairs for _, pairs in N.HAND_NATIVE.values()]
    for pairs in pools:
        for g, f in pairs:
            words.update([g, f])
    for _, g, f in N.WORD_PEOPLE:
        words.update([g, f])
    words.update(n for _, n in N.NICKNAMES)
    places = set(N.CITIES) | set(N.REGIONS) | set(N.COUNTRIES) | set(N.ADDRESSES)
    places |= {pl.removeprefix("the ") for pl in places}
    return {w for w in words if len(w) >= 2}, places


def test_clean_prompts_free_of_names_and_places(prompts, meta):
    names, places = _name_and_place_words()
    decoys = sorted({v for vs in D.NAMED.values() for v in vs}, key=len, reverse=True)
    planted_full = {v for p in prompts for g, v in _values(p, "PERSON") if " " in v}
    assert len(names) > 900 and len(places) > 200
    words = sorted(names | places, key=len, reverse=True)
    banned = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)")
    assert banned.search("we sailed to " + N.CITIES[0]) and banned.search(N.WORD_PEOPLE[0][2] + " called")
    for p in prompts:
        if not p.clean:
            continue
        text = p.text
        for full in planted_full:
            assert full not in text, (p.id, full)
        for d in decoys:  # named decoys (boats, pets, awards ...) are allowed, by design
            text = text.replace(d, " ")
        found = banned.search(text)
        assert found is None, (p.id, found and found.group())


def test_clean_prompts_carry_decoys(prompts, meta):
    """Clean prompts are not trivially empty: most carry digits, and many carry named decoys."""
    clean = [p for p in prompts if p.clean]
    assert sum(bool(re.search(r"\d", p.text)) for p in clean) >= 0.85 * len(clean)
    decoys = {v for vs in D.NAMED.values() for v in vs}
    assert sum(any(d in p.text for d in decoys) for p in clean) >= 90


def test_name_forms_covered(prompts):
    persons = [(p, g, v) for p in prompts for g, v in _values(p, "PERSON")]
    assert any(v.isupper() and len(v) > 3 and is_latin(v) for _, _, v in persons)  # ALL CAPS
    assert any(v.islower() and is_latin(v) for _, _, v in persons)  # lower case
    assert any(re.fullmatch(r"[A-Z]\. \S+", v) for _, _, v in persons)  # initials
    assert any(re.fullmatch(r"[A-Z'\-]+, \S.*", v) for _, _, v in persons)  # SURNAME, Given
    assert any(p.text[g.end:g.end + 2] == "'s" for p, g, _ in persons)  # possessive outside
    assert any(p.text[max(0, g.start - 3):g.start] in ("Dr ", "Dr.") or p.text[max(0, g.start - 5):g.start] == "Mrs " or
               p.text[max(0, g.start - 6):g.start] == "Prof. " for p, g, _ in persons)
    assert any(g.start == 0 for p, g, _ in persons) and any(g.end == len(p.text) for p, g, _ in persons)
    words = {g for _, g, _ in N.WORD_PEOPLE}
    assert sum(v.split()[0] in words for _, _, v in persons) >= 20
    for p, _g, v in persons:
        assert not v.startswith(("Dr ", "Dr.", "Mr ", "Mrs ", "Prof")), (p.id, v)
        assert not v.endswith("'s"), (p.id, v)


def test_other_entities_present(prompts):
    counts = {e: 0 for e in ENTITIES}
    for p in prompts:
        for g in p.gold:
            counts[g.entity] += 1
    assert all(counts[e] >= 15 for e in ENTITIES), counts
    ips = [v for p in prompts for _, v in _values(p, "IP_ADDRESS")]
    assert any(":" in v for v in ips) and any("." in v for v in ips)
    for p in prompts:
        for g, v in _values(p):
            if g.entity == "IP_ADDRESS":
                assert "/" not in v and not re.search(r"\.\d+:\d+$", v)
            if g.entity == "PHONE_NUMBER":
                assert not v.lower().startswith("tel") and "ext" not in v.lower()
            if g.entity == "EMAIL_ADDRESS":
                assert "<" not in v and not v.startswith("mailto")
    domains = {v.split("@")[1] for p in prompts for _, v in _values(p, "EMAIL_ADDRESS")}
    assert len(domains) >= 25


def test_account_numbers_only_with_context(prompts):
    for p in prompts:
        for g, v in _values(p, "ACCOUNT_NUMBER"):
            before = p.text[max(0, g.start - 60):g.start].lower()
            header = p.text.split("\n", 1)[0].lower()
            assert re.search(r"account|acct", before) or "account" in header, (p.id, v)
