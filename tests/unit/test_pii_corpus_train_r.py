"""Tests of the train_r training generator (appliance.testing.pii_corpus.train_r): its API,
determinism, balance, the labelling rules for words that are a person in one sentence and a
thing in the next, the validity of planted values, and its breadth."""

from __future__ import annotations

import ipaddress
import re
import time
from collections import Counter

import pytest

from appliance.testing.pii_corpus import check, train_r
from appliance.testing.pii_corpus import train_r_decoys as decoys
from appliance.testing.pii_corpus import train_r_lex as lex
from appliance.testing.pii_corpus import train_r_names as names
from appliance.testing.pii_corpus import train_r_values as values
from appliance.testing.pii_corpus.train_r_build import Builder, strip_article, voice_form
from appliance.testing.pii_corpus.validity import iban_check_digits_ok, luhn_ok, ssn_ok

SEEDS = (11, 23, 37)
N = 500


@pytest.fixture(scope="module")
def built():
    return [b for seed in SEEDS for b in train_r.build(seed, N)]


def _inside(start: int, end: int, spans) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def _overlaps(start: int, end: int, spans) -> bool:
    return any(s < end and start < e for s, e in spans)


_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_URL = re.compile(r"https?://\S+|mailto:\S+")


# --- API, determinism, balance ------------------------------------------------------------


def test_api_ids_and_check():
    ps = train_r.prompts(5, 120)
    assert len(ps) == 120
    check(ps)
    assert ps[0].id == "trainr-5-00001" and ps[-1].id == "trainr-5-00120"
    pairs = train_r.prompts_with_things(5, 120)
    assert [p for p, _ in pairs] == ps
    for p, things in pairs:
        assert all(
            isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(p.text)
            for s, e in things
        )


def test_deterministic_prefix_and_seeds_differ():
    a = train_r.prompts(3, 200)
    assert a == train_r.prompts(3, 200)
    assert train_r.prompts(3, 50) == a[:50]
    b = train_r.prompts(4, 200)
    assert [p.text for p in a] != [p.text for p in b]
    assert len({p.text for p in a} & {p.text for p in b}) < 20


def test_same_output_whatever_the_hash_seed():
    import os
    import subprocess
    import sys

    code = (
        "import hashlib; from appliance.testing.pii_corpus import train_r as R; "
        "print(hashlib.sha256(repr(R.prompts_with_things(42, 300)).encode()).hexdigest())"
    )
    digests = set()
    for seed in ("1", "2"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
        out = subprocess.run(
            [sys.executable, "-c", code],
            env=env,
            cwd=root,
            capture_output=True,
            text=True,
            check=True,
        )
        digests.add(out.stdout.strip())
    assert len(digests) == 1


def test_half_clean(built):
    for seed in SEEDS:
        part = [b for b in built if b.prompt.id.startswith(f"trainr-{seed}-")]
        share = sum(b.prompt.clean for b in part) / len(part)
        assert 0.4 <= share <= 0.6
    assert all(b.prompt.clean == b.template.clean for b in built)


def test_clean_prompts_carry_decoys(built):
    clean = [b.prompt.text for b in built if b.prompt.clean]
    with_number = sum(bool(re.search(r"\d", t)) for t in clean)
    assert with_number / len(clean) >= 0.6
    products = {
        p
        for t in clean
        for p in re.findall(r"\b(?:" + "|".join(decoys.PRODUCT_NAMES) + r") \w+", t)
    }
    assert len(products) >= 20


def test_ten_thousand_fast():
    start = time.perf_counter()
    ps = train_r.prompts(99, 10_000)
    assert time.perf_counter() - start < 60
    assert len(ps) == 10_000 and ps[-1].id == "trainr-99-10000"
    check(ps)


# --- labelling rules ----------------------------------------------------------------------


def test_person_and_location_values_are_always_labelled(built):
    """In a personal prompt every whole-word occurrence (case aside) of a planted PERSON or
    LOCATION value, and of each word of a planted person's name, is inside a gold span,
    unless it lies in a recorded non-person span, an e-mail address or a URL."""
    for b in built:
        p = b.prompt
        if p.clean:
            continue
        gold = [(g.start, g.end) for g in p.gold]
        free = [(s, e) for s, e, _ in b.things]
        free += [m.span() for m in _EMAIL.finditer(p.text)] + [
            m.span() for m in _URL.finditer(p.text)
        ]
        needles = {p.text[g.start : g.end] for g in p.gold if g.entity in ("PERSON", "LOCATION")}
        for g in p.gold:
            if g.entity == "PERSON":
                needles |= set(p.text[g.start : g.end].replace(",", " ").split())
        for person in b.persons:
            needles |= set(person.words)
        for needle in needles:
            if len(needle.strip(".")) < 2:
                continue
            for m in re.finditer(rf"(?<!\w){re.escape(needle)}(?!\w)", p.text, re.IGNORECASE):
                if _inside(*m.span(), gold) or _inside(*m.span(), free):
                    continue
                pytest.fail(f"{p.id}: unlabelled {m.group()!r} of {needle!r} in:\n{p.text}")


def test_things_overlap_no_gold(built):
    for b in built:
        gold = [(g.start, g.end) for g in b.prompt.gold]
        for s, e, _kind in b.things:
            assert not _overlaps(s, e, gold), (b.prompt.id, b.prompt.text[s:e])
            assert b.prompt.text[s:e] == b.prompt.text[s:e].strip()
        spans = sorted((s, e) for s, e, _ in b.things)
        for (_s1, e1), (s2, _e2) in zip(spans, spans[1:], strict=False):
            assert e1 <= s2, (b.prompt.id, "recorded spans overlap")


def test_clean_prompts_hold_only_recorded_non_person_uses(built):
    for b in built:
        p = b.prompt
        if not p.clean:
            continue
        assert p.gold == ()
        assert not b.persons
        things = [(s, e) for s, e, _ in b.things]
        for start, end, _word in lex.occurrences(p.text):
            assert _inside(start, end, things), (p.id, p.text[start:end], p.text)


def test_no_stray_capitalised_ambiguous_words(built):
    """A capitalised ambiguous word in a template's own text must be a known common word."""
    strays = Counter(b.prompt.text[s:e] for b in built for s, e, k in b.things if k == "stray")
    assert not strays, strays.most_common(20)


def test_template_text_holds_no_capitalised_name():
    """Static check of every template: its own text holds an ambiguous word capitalised only
    where it is a common word (a sentence start, a heading: `train_r_lex.CAPS_OK`)."""
    for t in train_r.TEMPLATES:
        for kind, text in t.parts:
            if kind != "lit":
                continue
            for start, end, _w in lex.occurrences(text):
                token = text[start:end]
                assert token[0].islower() or token in lex.CAPS_OK, (t.shape, token, t.text)


def test_decoys_hold_no_capitalised_name():
    import random

    rng = random.Random(1)
    for kind in decoys.DECOYS:
        for _ in range(300):
            text = decoys.decoy(rng, kind)
            for start, end, _w in lex.occurrences(text):
                token = text[start:end]
                assert token[0].islower() or token in lex.CAPS_OK, (kind, text)


def test_builder_flags_a_name_left_in_template_text():
    b = Builder()
    b.lit("Hi Grace, will you bring ")
    b.thing("a Victoria sponge")
    b.lit("?")
    prompt, things = b.finish("t-1", "chat")
    kinds = {prompt.text[s:e]: k for s, e, k in things}
    assert kinds == {"Grace": "stray", "will": "word", "a Victoria sponge": "phrase"}


def test_recorded_phrases_are_lexicon_uses(built):
    """A recorded phrase is a lexicon phrase as written, without its article, capitalised,
    or in lower case; a recorded word is an ambiguous word; a handle is an @-mention."""
    forms = set()
    for p in lex.PHRASES:
        for text in (p.text, strip_article(p.text)):
            forms |= {text.casefold(), voice_form(text)}
    for b in built:
        for s, e, kind in b.things:
            text = b.prompt.text[s:e]
            if kind == "phrase":
                assert text.casefold() in forms, (b.prompt.id, text)
            elif kind == "handle":
                assert re.fullmatch(r"@[\w.-]+", text), text
            else:
                assert lex.ambiguous(text) is not None, (b.prompt.id, text)


def test_person_spans_leave_titles_and_possessives_out(built):
    titles = (
        "Mr",
        "Mrs",
        "Ms",
        "Mx",
        "Dr",
        "Prof",
        "Sr",
        "Sra",
        "Dra",
        "Frau",
        "Herr",
        "Mme",
        "Sig",
        "Dott",
    )
    for b in built:
        for g in b.prompt.gold:
            v = b.prompt.text[g.start : g.end]
            if g.entity == "PERSON":
                assert not v.endswith("'s"), (b.prompt.id, v)
                assert v.split()[0].rstrip(".").title() not in titles or len(v.split()) == 1, (
                    b.prompt.id,
                    v,
                )
                assert "@" not in v


def test_structured_values_are_valid(built):
    seen = Counter()
    for b in built:
        for g in b.prompt.gold:
            v = b.prompt.text[g.start : g.end]
            seen[g.entity] += 1
            if g.entity == "CREDIT_CARD":
                assert luhn_ok(re.sub(r"\D", "", v)), v
            elif g.entity == "IBAN_CODE":
                assert iban_check_digits_ok(v), v
            elif g.entity == "US_SSN":
                assert ssn_ok(v), v
            elif g.entity == "PHONE_NUMBER":
                assert values.phone_ok(v), v
            elif g.entity == "IP_ADDRESS":
                ipaddress.ip_address(v)
            elif g.entity == "EMAIL_ADDRESS":
                assert _EMAIL.fullmatch(v), v
            elif g.entity == "ACCOUNT_NUMBER":
                assert re.fullmatch(r"\d[\d-]{6,}\d", v), v
                before = b.prompt.text[max(0, g.start - 40) : g.start].lower()
                assert "account" in before or "acct" in before, before
    for entity in (
        "PERSON",
        "LOCATION",
        "EMAIL_ADDRESS",
        "PHONE_NUMBER",
        "CREDIT_CARD",
        "IBAN_CODE",
        "IP_ADDRESS",
        "US_SSN",
        "ACCOUNT_NUMBER",
    ):
        assert seen[entity] > 0, entity


def test_value_generators_many_draws():
    import random

    rng = random.Random(0)
    for lang in ("en", "es", "it", "pt", "fr", "de", "nl", "tr"):
        for _ in range(60):
            assert values.phone_ok(values.phone(rng, lang))
            assert iban_check_digits_ok(values.iban(rng, lang))
    for _ in range(300):
        assert luhn_ok(re.sub(r"\D", "", values.card(rng)))
        assert ssn_ok(values.ssn(rng))
        ipaddress.ip_address(values.ip(rng))


def test_voice_is_lower_case_without_punctuation(built):
    voice = [b.prompt for b in built if b.prompt.shape == "voice"]
    assert voice
    for p in voice:
        assert p.text == p.text.lower(), p.text
        assert not re.search(r'[.,;:!?"()]', p.text), p.text


def test_lower_case_names_appear_in_chat(built):
    lower = [
        b
        for b in built
        if b.prompt.shape in ("chat", "sms")
        and not b.prompt.clean
        and b.prompt.text == b.prompt.text.lower()
    ]
    assert lower and all(b.prompt.gold for b in lower)


def test_no_placeholder_left(built):
    for b in built:
        t = b.prompt.text
        assert "⟨" not in t and "⟩" not in t, t
        assert not re.search(r"\{\{?\s*[a-z_0-9.]+\s*\}\}?", t), t
        assert not re.search(r"\b(?:None|p[123]\.\w+|np\.\w+)\b", t), t


def test_no_famous_name_is_planted(built):
    from appliance.testing.pii_corpus.train_r_people import FAMOUS

    assert not {p.full for b in built for p in b.persons} & FAMOUS


def test_person_forms_vary(built):
    forms = Counter()
    for b in built:
        t = b.prompt.text
        for g in b.prompt.gold:
            if g.entity != "PERSON":
                continue
            v = t[g.start : g.end]
            before = t[max(0, g.start - 6) : g.start]
            if "," in v:
                forms["last, first"] += 1
            elif re.match(r"\w\. ", v):
                forms["initial"] += 1
            elif re.search(r"(Mr|Mrs|Ms|Dr|Prof|Frau|Herr|Sra|Sr)\.? $", before):
                forms["title"] += 1
            elif t[g.end : g.end + 2] == "'s":
                forms["possessive"] += 1
            elif v == v.lower():
                forms["lower"] += 1
            elif " " in v:
                forms["full"] += 1
            else:
                forms["single"] += 1
    for form in ("last, first", "initial", "title", "possessive", "lower", "full", "single"):
        assert forms[form] >= 10, forms


# --- lexicon and breadth ------------------------------------------------------------------


def test_lexicon_phrases_are_well_formed():
    for w in lex.WORDS.values():
        assert w.phrases, w.word
        assert w.kinds & lex.PERSON_KINDS, w.word
    contains = 0
    for p in lex.PHRASES:
        assert not (lex.BAD_CHARS & set(p.text)), p
        folded = p.text.casefold()
        assert p.word.casefold()[:3] in folded, p
        contains += p.word.casefold() in folded
    assert contains / len(lex.PHRASES) > 0.95


def test_breadth(built):
    assert len(lex.WORDS) >= 600
    assert len(lex.PHRASES) >= 1500
    assert len(names.CULTURES) >= 40
    assert len(train_r.TEMPLATES) >= 250
    assert len(train_r.SHAPES) >= 18
    seen = {(b.prompt.shape, b.prompt.clean) for b in built}
    for shape in train_r.SHAPES:
        assert (shape, True) in seen and (shape, False) in seen, shape
    langs = {b.template.lang for b in built if b.prompt.shape == "paste"}
    assert {"en", "es", "de", "fr", "it", "pt", "tr", "nl"} <= langs
    with_phrase = sum(any(k == "phrase" for _, _, k in b.things) for b in built)
    assert with_phrase / len(built) >= 0.7
    personal = [b for b in built if not b.prompt.clean]
    tied = 0
    for b in personal:
        person_words = [
            w
            for g in b.prompt.gold
            if g.entity == "PERSON"
            for _, _, w in lex.occurrences(b.prompt.text[g.start : g.end])
        ]
        phrase = any(k == "phrase" for _, _, k in b.things)
        tied += bool(person_words) and phrase
    assert tied / len(personal) >= 0.4
    cultures = {n for b in personal for p in b.persons for n in [p.given]}
    assert len(cultures) > 300


def test_same_word_person_and_thing_side_by_side(built):
    same = 0
    personal = [b for b in built if not b.prompt.clean]
    for b in personal:
        as_person = {
            w.word
            for g in b.prompt.gold
            if g.entity == "PERSON"
            for _, _, w in lex.occurrences(b.prompt.text[g.start : g.end])
        }
        as_thing = {
            w.word
            for s, e, k in b.things
            if k == "phrase"
            for _, _, w in lex.occurrences(b.prompt.text[s:e])
        }
        same += bool(as_person & as_thing)
    assert same / len(personal) >= 0.3


def test_location_uses_of_place_words(built):
    place_words = {w.word.casefold() for w in lex.LOC_WORDS}
    hits = 0
    for b in built:
        for g in b.prompt.gold:
            if g.entity == "LOCATION" and b.prompt.text[g.start : g.end].casefold() in place_words:
                hits += 1
    assert hits >= 30
