"""Tests of the val43 part of the labelled PII corpus."""

from __future__ import annotations

import hashlib
import ipaddress
import os
import re
import subprocess
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

from appliance.testing.pii_corpus import ENTITIES, check, val43
from appliance.testing.pii_corpus import val43_values as V
from appliance.testing.pii_corpus.val43_names import (
    WORD_FAMILY,
    WORD_GIVEN,
    latin_names,
    native_names,
)
from appliance.testing.pii_corpus.validity import iban_check_digits_ok, luhn_ok, ssn_ok

ROOT = Path(__file__).resolve().parents[2]
PLACES = sorted(set(V.CITIES) | set(V.REGIONS) | set(V.COUNTRIES) | set(V.ADDRESS_CITIES))
PLACE_WORDS = sorted({p[4:] if p.startswith("the ") else p for p in PLACES})
WORD_NAMES = set(WORD_GIVEN) | set(WORD_FAMILY)


@pytest.fixture(scope="module")
def prompts():
    return val43.prompts()


@pytest.fixture(scope="module")
def meta():
    return val43.meta()


def _values(p):
    return [(g.entity, p.text[g.start : g.end]) for g in p.gold]


def _inside(p, start, end):
    return any(g.start <= start and end <= g.end for g in p.gold)


def _latin_pattern(words):
    words = sorted(words, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)")


LIST_NAMES = _latin_pattern([n for n in latin_names() if n not in WORD_NAMES])
LIST_PLACES = _latin_pattern(PLACE_WORDS)
NATIVE = native_names()
VERSION_WORDS = r"version|release|since|upgrade|app-|_fw|релиз|pin \w+ to"


def _digest(ps):
    h = hashlib.sha256()
    for p in ps:
        h.update(repr((p.id, p.text, p.gold, p.shape)).encode())
    return h.hexdigest()


def test_size_split_and_ids(prompts):
    assert len(prompts) == 700
    assert sum(p.clean for p in prompts) == 280
    assert [p.id for p in prompts] == [f"val43-{i:04d}" for i in range(1, 701)]
    # personal and clean prompts are shuffled together, not in two blocks
    first_half_clean = sum(p.clean for p in prompts[:350])
    assert 100 < first_half_clean < 180


def test_check_and_span_edges(prompts):
    check(prompts)
    for p in prompts:
        for entity, value in _values(p):
            assert entity in ENTITIES
            assert value == value.strip(), (p.id, value)
            assert (value[0] not in ",;:.\"'([<" or entity == "PHONE_NUMBER" and value[0] == "(") and value[-1] not in ",;:\"'([<>", (p.id, value)
            if entity == "PERSON":
                assert not re.match(r"(?i)(dr|mr|mrs|ms|prof)\.?\s", value), (p.id, value)
                assert not value.endswith(("'s", "’s")), (p.id, value)
            if entity in ("PHONE_NUMBER",):
                assert not value.lower().startswith("tel:") and "ext" not in value.lower(), (p.id, value)
            if entity == "EMAIL_ADDRESS":
                assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", value), (p.id, value)


def test_cached_build_and_other_hash_seed(prompts):
    assert val43.prompts() is prompts
    assert val43.meta() is val43.meta()
    assert val43.build() == prompts
    code = (
        "import hashlib, sys\nfrom appliance.testing.pii_corpus import val43\nh = hashlib.sha256()\n"
        "for p in val43.prompts():\n    h.update(repr((p.id, p.text, p.gold, p.shape)).encode())\nprint(h.hexdigest())"
    )
    env = dict(os.environ, PYTHONHASHSEED="4242", PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == _digest(prompts)


def test_validity_of_values(prompts):
    seen = Counter()
    for p in prompts:
        for entity, value in _values(p):
            seen[entity] += 1
            if entity == "CREDIT_CARD":
                digits = re.sub(r"[ -]", "", value)
                assert digits.isdigit() and len(digits) in (15, 16) and luhn_ok(digits), (p.id, value)
            elif entity == "IBAN_CODE":
                assert iban_check_digits_ok(value), (p.id, value)
            elif entity == "US_SSN":
                assert ssn_ok(value), (p.id, value)
            elif entity == "IP_ADDRESS":
                ipaddress.ip_address(value)
            elif entity == "PHONE_NUMBER":
                assert 7 <= len(re.sub(r"\D", "", value)) <= 15, (p.id, value)
            elif entity == "ACCOUNT_NUMBER":
                assert re.fullmatch(r"[\d -]+", value), (p.id, value)
    for entity in ENTITIES:
        assert seen[entity] >= 15, (entity, seen[entity])


def test_accounts_only_where_the_text_says_so(prompts):
    for p in prompts:
        for g in p.gold:
            if g.entity == "ACCOUNT_NUMBER":
                before = p.text[max(0, g.start - 40) : g.start].lower()
                assert re.search(r"account|acct", before), (p.id, before)


def test_spread_of_formats(prompts):
    values = [v for p in prompts for v in _values(p)]
    ibans = {v[:2] for e, v in values if e == "IBAN_CODE"}
    assert len(ibans) >= 10
    assert any(" " in v for e, v in values if e == "IBAN_CODE") and any(" " not in v for e, v in values if e == "IBAN_CODE")
    codes = {pat.split()[0].split("-")[0][:4] for pats in V.PHONES.values() for pat in pats if pat.startswith("+")}
    codes = {re.match(r"\+\d+", c).group() for c in codes}
    phones = [v for e, v in values if e == "PHONE_NUMBER"]
    used = {c for c in codes for v in phones if v.startswith(c) and not v[len(c)].isdigit()}
    assert len(used) >= 15, used
    assert any(not v.startswith("+") for v in phones) and any(v.startswith("0") for v in phones)
    assert any(v.startswith("(") for v in phones)
    cards = [v for e, v in values if e == "CREDIT_CARD"]
    assert any(" " in v for v in cards) and any("-" in v for v in cards) and any(v.isdigit() for v in cards)
    ips = [v for e, v in values if e == "IP_ADDRESS"]
    assert any(":" in v for v in ips) and any("." in v for v in ips)
    texts = "\n".join(p.text for p in prompts if not p.clean)
    assert "ext. " in texts and "tel:" in texts and "mailto:" in texts


def test_shapes_templates_and_cultures(prompts, meta):
    shapes = {p.shape for p in prompts}
    assert len(shapes) >= 25
    templates = {m["template"] for m in meta}
    assert len(templates) >= 220
    assert templates == {t.name for t in val43.PERSONAL_TEMPLATES + val43.CLEAN_TEMPLATES}
    for m, p in zip(meta, prompts, strict=True):
        assert m["id"] == p.id and m["shape"] == p.shape
        assert (m["kind"] == "clean") == p.clean
    cultures = {n["culture"] for m in meta for n in m["names"]}
    assert None not in cultures
    assert len(cultures) >= 80


def _script(ch):
    return unicodedata.name(ch, "?").split()[0]


def test_names_in_their_own_script(prompts, meta):
    names = [v for p in prompts for e, v in _values(p) if e == "PERSON"]
    own = [v for v in names if val43.is_own_script(v)]
    assert 0.08 <= len(own) / len(names) <= 0.12, len(own) / len(names)
    assert sum(n["own_script"] for m in meta for n in m["names"]) == len(own)
    scripts = {_script(ch) for v in own for ch in v if ch.isalpha()}
    assert len(scripts) >= 12, scripts
    # some in English running text, some in prompts written mostly in that language
    assert any(m["lang"] == "en" and any(n["own_script"] for n in m["names"]) for m in meta)
    assert sum(m["lang"] != "en" for m in meta if m["kind"] == "personal") >= 20


def test_name_forms(prompts, meta):
    persons = [(p, g) for p in prompts for g in p.gold if g.entity == "PERSON"]
    values = [p.text[g.start : g.end] for p, g in persons]
    assert len(values) >= 600
    assert any(v.isupper() and " " in v for v in values)
    assert any(v.islower() and v.isascii() for v in values)
    assert any(re.fullmatch(r"\w\. \S+", v) for v in values)
    assert any(", " in v for v in values)
    assert any(p.text[g.end : g.end + 2] == "'s" for p, g in persons)
    assert any(re.search(r"(Dr\.?|Mr|Mrs|Ms\.|Prof\.) $", p.text[: g.start]) for p, g in persons)
    assert any(g.start == 0 for p, g in persons)
    assert any(g.end == len(p.text) for p, g in persons)
    assert any(p.text[g.end : g.end + 1] == ":" and (g.start == 0 or p.text[g.start - 1] == "\n") for p, g in persons)
    assert any(p.text[g.start - 1 : g.start] in "([\"" and g.start for p, g in persons)
    assert sum(len(m["names"]) >= 3 for m in meta) >= 50
    word = [v for v in values if v in WORD_GIVEN or v.split()[0] in WORD_GIVEN]
    assert len({v.split()[0] for v in word}) >= 10


def test_every_planted_value_is_labelled(prompts, meta):
    for p, m in zip(prompts, meta, strict=True):
        assert Counter(map(tuple, m["values"])) == Counter(_values(p)), p.id
        if m["kind"] == "personal":
            assert p.gold
        for _, value in m["values"]:
            if len(value) < 2:
                continue
            for hit in re.finditer(re.escape(value), p.text):
                if value.isascii() and (hit.start() and p.text[hit.start() - 1].isalnum()):
                    continue
                assert _inside(p, hit.start(), hit.end()), (p.id, value)


def test_no_list_name_or_place_outside_spans(prompts):
    for p in prompts:
        for pattern in (LIST_NAMES, LIST_PLACES):
            for hit in pattern.finditer(p.text):
                assert _inside(p, hit.start(), hit.end()), (p.id, hit.group())
        for name in (n for n in NATIVE if len(n) > 1):  # one-character names are syllables too
            start = p.text.find(name)
            while start >= 0:
                assert _inside(p, start, start + len(name)), (p.id, name)
                start = p.text.find(name, start + 1)
        for hit in re.finditer(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", p.text):
            assert _inside(p, hit.start(), hit.end()), (p.id, hit.group())
        for quad in re.finditer(r"\b\d{1,3}(?:\.\d{1,3}){3}\b", p.text):
            if _inside(p, quad.start(), quad.end()):
                continue
            # four-part version numbers are decoys: a word says they are versions, or they are no IP
            before = p.text[max(0, quad.start() - 30) : quad.start()].lower()
            octets = [int(x) for x in quad.group().split(".")]
            assert max(octets) > 255 or re.search(VERSION_WORDS, before), (p.id, quad.group())


def test_clean_prompts_are_free_of_personal_data(prompts):
    clean = [p for p in prompts if p.clean]
    for p in clean:
        text = p.text
        assert not LIST_NAMES.search(text), (p.id, LIST_NAMES.search(text).group())
        assert not LIST_PLACES.search(text), (p.id, LIST_PLACES.search(text).group())
        assert not any(n in text for n in NATIVE), p.id
        assert "@" not in text, p.id
        assert not re.search(r"\b\d{3}-\d{2}-\d{4}\b", text), p.id
        assert not re.search(r"\b[A-Z]{2}\d{2}[A-Z0-9 ]{10,}", text), p.id
        assert not re.search(r"\+\d", text), p.id
        for run in re.findall(r"\d[\d -]{11,}\d", text):
            digits = re.sub(r"\D", "", run)
            assert not (13 <= len(digits) <= 19 and luhn_ok(digits)), (p.id, run)
    # the decoys are there: numbers and things named after people
    joined = "\n".join(p.text for p in clean)
    for decoy in ("Bühlmann", "Lachman", "Westgard", "Jenkins", "Gertrude Jekyll", "Biscuit", "Jolene", "Marconi"):
        assert decoy in joined
    assert sum(bool(re.search(r"\d", p.text)) for p in clean) >= 230
