"""Tests for the train_t generator of labelled training prompts."""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from appliance.testing.pii_corpus import ENTITIES, Prompt, check, train_t
from appliance.testing.pii_corpus.validity import iban_check_digits_ok, luhn_ok, ssn_ok

ROOT = Path(__file__).resolve().parents[2]
PARTICLES = {"van", "der", "den", "von", "zu", "ter", "de", "la", "del", "los", "da", "dos",
             "das", "di", "lo", "du", "le", "bin", "binti", "ibn", "al", "abu", "ap", "ab",
             "della"}


@pytest.fixture(scope="module")
def big():
    return train_t.generate(1, 5000)


def _digest(prompts: list[Prompt]) -> str:
    h = hashlib.sha256()
    for p in prompts:
        h.update(repr((p.id, p.text, p.gold, p.shape)).encode())
    return h.hexdigest()


def _own_script(value: str) -> bool:
    return any(c.isalpha() and not unicodedata.name(c, "").startswith("LATIN") for c in value)


def _covered(start: int, end: int, p: Prompt, entity: str | None = None) -> bool:
    return any(g.start <= start and end <= g.end and (entity is None or g.entity == entity)
               for g in p.gold)


def test_api_and_ids():
    ps = train_t.prompts(7, 40)
    assert len(ps) == 40
    assert [p.id for p in ps] == [f"traint-7-{i:05d}" for i in range(1, 41)]
    assert all(isinstance(p, Prompt) and p.text and p.shape for p in ps)
    assert train_t.prompts(7, 0) == []


def test_deterministic_in_process_and_across_hash_seeds():
    a = train_t.prompts(3, 400)
    assert a == train_t.prompts(3, 400)
    code = ("import sys; sys.path.insert(0, '.');"
            "from appliance.testing.pii_corpus import train_t;"
            "from tests.unit.test_pii_corpus_train_t import _digest;"
            "print(_digest(train_t.prompts(3, 400)))")
    for hash_seed in ("1", "4242"):
        env = dict(os.environ, PYTHONHASHSEED=hash_seed)
        out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env,
                             capture_output=True, text=True, check=True)
        assert out.stdout.strip() == _digest(a)


def test_prefix_stable():
    assert train_t.prompts(11, 50) == train_t.prompts(11, 200)[:50]
    assert train_t.prompts(0, 7) == train_t.prompts(0, 8)[:7]


def test_seeds_differ():
    a = {p.text for p in train_t.prompts(1, 500)}
    b = {p.text for p in train_t.prompts(2, 500)}
    assert len(a & b) < 50


def test_half_clean(big):
    clean = sum(p.clean for p, _ in big)
    assert 0.45 * len(big) <= clean <= 0.55 * len(big)


def test_check_passes_and_entities_known(big):
    ps = [p for p, _ in big[:2000]]
    check(ps)
    assert all(g.entity in ENTITIES for p in ps for g in p.gold)


def test_values_are_valid(big):
    seen = {"CREDIT_CARD": 0, "IBAN_CODE": 0, "US_SSN": 0}
    for p, _ in big:
        for g in p.gold:
            v = p.text[g.start:g.end]
            if g.entity == "CREDIT_CARD":
                assert luhn_ok(re.sub(r"\D", "", v)), v
            elif g.entity == "IBAN_CODE":
                assert iban_check_digits_ok(v), v
            elif g.entity == "US_SSN":
                assert ssn_ok(v), v
            if g.entity in seen:
                seen[g.entity] += 1
    assert all(n >= 30 for n in seen.values()), seen


EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
IPV4 = re.compile(r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\w.])")
CARDISH = re.compile(r"(?<![\w-])\d(?:[ -]?\d){12,18}(?![\w-])")
IBANISH = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b")
SSNISH = re.compile(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])")


def test_every_planted_value_labelled(big):
    for p, _ in big:
        for rx, ok, entity in ((EMAIL, None, "EMAIL_ADDRESS"), (IPV4, None, "IP_ADDRESS"),
                               (CARDISH, lambda v: luhn_ok(re.sub(r"\D", "", v)), None),
                               (IBANISH, iban_check_digits_ok, None), (SSNISH, ssn_ok, None)):
            for m in rx.finditer(p.text):
                if ok is None or ok(m.group()):
                    assert _covered(m.start(), m.end(), p, entity), (p.id, m.group(), p.text)
        for g in p.gold:
            value = p.text[g.start:g.end]
            if g.entity == "PERSON" and len(value) >= 3:
                for m in re.finditer(rf"(?<!\w){re.escape(value)}(?!\w)", p.text):
                    assert _covered(m.start(), m.end(), p), (p.id, value, p.text)


def test_clean_prompts_hold_no_planted_names_or_places(big):
    ambiguous = {w.casefold() for w in train_t.AMBIGUOUS}
    clean_texts = [p.text for p, _ in big if p.clean]
    clean_words = {w.casefold() for t in clean_texts for w in re.findall(r"[^\W\d_]+", t)}
    name_tokens, places = set(), set()
    for p, _ in big:
        for g in p.gold:
            v = p.text[g.start:g.end]
            if g.entity == "PERSON":
                name_tokens |= {t.casefold() for t in re.findall(r"[^\W\d_]+", v)
                                if len(t) >= 3 and t.casefold() not in PARTICLES}
            elif g.entity == "LOCATION":
                places.add(v.casefold())
    assert len(name_tokens) > 1000 and len(places) > 200
    leaked = (name_tokens & clean_words) - ambiguous
    assert not leaked, sorted(leaked)[:20]
    joined = "\n".join(clean_texts).casefold()
    leaked_places = [pl for pl in places
                     if re.search(rf"(?<!\w){re.escape(pl)}(?!\w)", joined)]
    assert not leaked_places, leaked_places[:20]
    # the ambiguous words the clean prompts do use are things there: no gold at all
    for p, meta in big:
        if p.clean:
            assert not p.gold
            assert re.search(rf"(?<!\w){re.escape(meta['word'])}(?!\w)", p.text), p.text


def test_ambiguous_words_appear_both_ways(big):
    words = train_t.AMBIGUOUS_WORDS
    assert len(words) >= 100
    as_person, as_thing = set(), set()
    for p, _ in big:
        if p.clean:
            as_thing |= {w for w in words if w in p.text
                         and re.search(rf"(?<!\w){re.escape(w)}(?!\w)", p.text)}
        else:
            spans = [p.text[g.start:g.end].casefold() for g in p.gold if g.entity == "PERSON"]
            for s in spans:
                for t in re.findall(r"[^\W\d_]+", s):
                    as_person.add(t)
    missing_person = [w for w in words if w.casefold() not in as_person]
    missing_thing = [w for w in words if w not in as_thing]
    assert not missing_person, missing_person
    assert not missing_thing, missing_thing


def test_own_script_share(big):
    spans = [p.text[g.start:g.end] for p, _ in big for g in p.gold if g.entity == "PERSON"]
    share = sum(_own_script(s) for s in spans) / len(spans)
    assert 0.07 <= share <= 0.13, share
    scripts = {unicodedata.name(c).split()[0] for s in spans if _own_script(s) for c in s if c.isalpha()}
    assert len(scripts) >= 14, scripts


def test_variety(big):
    assert len({p.shape for p, _ in big}) >= 30
    assert len({m["template"] for _, m in big}) >= 200
    assert len({m["domain"] for p, m in big if p.clean}) >= 40
    assert len({c for _, m in big for _, c, _ in m["persons"]}) >= 60
    assert len(train_t.TEMPLATES) >= 200


def test_hard_places_present(big):
    texts = [p for p, _ in big if not p.clean]
    lower = upper = rev = 0
    for p in texts:
        for g in p.gold:
            v = p.text[g.start:g.end]
            if g.entity != "PERSON" or _own_script(v):
                continue
            lower += v == v.lower()
            upper += v == v.upper() and len(v) > 2
            rev += bool(re.match(r"^[^,]+, \S", v))
    assert lower > 100 and upper > 100 and rev > 30


def test_ten_thousand_prompts_have_ten_thousand_ids():
    ps = train_t.prompts(9, 10000)
    assert len(ps) == 10000 and len({p.id for p in ps}) == 10000
