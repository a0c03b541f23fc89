"""PII vault: placeholder numbering by first appearance, overlap resolution, collisions with
the client's text in both modes (reserved up front in bookend, met in order in mask), and
one-pass restore."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from appliance.pii.vault import Span, Vault, choose, entity_name


def find(text: str, value: str, entity: str, score: float = 0.9) -> list[Span]:
    """Spans for every occurrence of `value` in `text`."""
    return [Span(m.start(), m.end(), entity, score) for m in re.finditer(re.escape(value), text)]


def mask_all(vault: Vault, texts: list[str], found: dict[str, str]) -> list[str]:
    vault.reserve(texts)
    out = []
    for text in texts:
        spans = [s for value, entity in found.items() for s in find(text, value, entity)]
        out.append(vault.mask(text, spans))
    return out


NUMBERING = [
    pytest.param(
        ["Alice met Bob."], {"Alice": "PERSON", "Bob": "PERSON"},
        ["<PERSON_1> met <PERSON_2>."], id="per-entity-counter-in-text-order",
    ),
    pytest.param(
        ["Alice wrote to a@x.io", "Alice again, and b@x.io and a@x.io"],
        {"Alice": "PERSON", "a@x.io": "EMAIL_ADDRESS", "b@x.io": "EMAIL_ADDRESS"},
        ["<PERSON_1> wrote to <EMAIL_ADDRESS_1>",
         "<PERSON_1> again, and <EMAIL_ADDRESS_2> and <EMAIL_ADDRESS_1>"],
        id="same-value-same-placeholder-across-messages",
    ),
    pytest.param(
        ["Alice and alice"], {"Alice": "PERSON", "alice": "PERSON"},
        ["<PERSON_1> and <PERSON_2>"], id="case-sensitive",
    ),
    pytest.param(
        ["call 555-0100 or 555-0100"], {"555-0100": "phone number"},
        ["call <PHONE_NUMBER_1> or <PHONE_NUMBER_1>"], id="entity-label-normalised",
    ),
]


@pytest.mark.parametrize(("texts", "found", "expected"), NUMBERING)
def test_numbering(texts: list[str], found: dict[str, str], expected: list[str]) -> None:
    vault = Vault()
    assert mask_all(vault, texts, found) == expected
    assert [vault.restore(t) for t in expected] == texts


def test_same_value_keeps_its_placeholder_whatever_the_label_later() -> None:
    vault = Vault()
    assert vault.mask("Jordan", [Span(0, 6, "PERSON", 0.9)]) == "<PERSON_1>"
    assert vault.mask("to Jordan", [Span(3, 9, "LOCATION", 0.9)]) == "to <PERSON_1>"
    assert vault.counts == {"PERSON": 1}


def test_entity_names() -> None:
    assert entity_name("EMAIL_ADDRESS") == "EMAIL_ADDRESS"
    assert entity_name("us-ssn") == "US_SSN"
    assert entity_name("") == "PII"


OVERLAPS = [
    pytest.param([(0, 10, "A", 0.5), (0, 5, "B", 0.99)], [(0, 10, "A")], id="longer-wins"),
    pytest.param([(0, 5, "A", 0.5), (3, 8, "B", 0.9)], [(0, 8, "B")], id="union-named-by-higher-score"),
    pytest.param([(3, 8, "B", 0.9), (0, 5, "A", 0.9)], [(0, 8, "A")], id="then-earlier-start"),
    pytest.param(
        [(0, 4, "A", 0.9), (4, 8, "B", 0.9), (2, 6, "C", 0.95)],
        [(0, 8, "C")], id="a-bridge-merges-its-neighbours",
    ),
    pytest.param(
        [(0, 4, "A", 0.9), (4, 8, "B", 0.9), (2, 6, "C", 0.5)],
        [(0, 8, "A")], id="a-weak-bridge-still-merges",
    ),
    pytest.param(
        [(0, 4, "A", 0.9), (4, 8, "B", 0.9)],
        [(0, 4, "A"), (4, 8, "B")], id="adjacent-spans-do-not-overlap",
    ),
    pytest.param([(0, 3, "A", 0.9), (0, 3, "A", 0.9)], [(0, 3, "A")], id="duplicates"),
]


@pytest.mark.parametrize(("spans", "kept"), OVERLAPS)
def test_overlap_resolution(spans: list[tuple], kept: list[tuple]) -> None:
    chosen = choose(Span(*s) for s in spans)
    assert sorted((s.start, s.end, s.entity) for s in chosen) == kept
    assert choose(Span(*s) for s in reversed(spans)) == chosen  # input order does not matter


def naive_covered(spans: list[Span]) -> set[int]:
    return {i for s in spans for i in range(s.start, s.end)}


spans_st = st.lists(st.builds(lambda a, n, e, sc: Span(a, a + n, e, sc), st.integers(0, 30),
                              st.integers(0, 8), st.sampled_from("AB"), st.sampled_from([0.5, 0.9])),
                    max_size=15)


@settings(max_examples=100, deadline=None)
@given(spans_st)
def test_choose_covers_every_flagged_character_with_disjoint_spans(spans: list[Span]) -> None:
    chosen = choose(spans)
    assert naive_covered(chosen) == naive_covered(spans)
    assert all(a.end <= b.start for a, b in zip(chosen, chosen[1:], strict=False))


def test_mask_applies_overlap_resolution() -> None:
    text = "Mary Ann Smith"
    spans = [Span(0, 8, "PERSON", 0.6), Span(0, 14, "PERSON", 0.5), Span(5, 8, "LOCATION", 0.9)]
    assert Vault().mask(text, spans) == "<PERSON_1>"


def test_out_of_range_spans_are_clipped_or_dropped() -> None:
    vault = Vault()
    assert vault.mask("Bob", [Span(-2, 10, "PERSON", 0.9), Span(5, 7, "X", 1.0)]) == "<PERSON_1>"
    assert vault.mapping() == {"<PERSON_1>": "Bob"}


def test_literal_placeholder_typed_by_the_user_is_never_issued_nor_restored() -> None:
    texts = ["Alice is here", "I literally typed <PERSON_1> and <PERSON_2>"]
    vault = Vault()
    masked = mask_all(vault, texts, {"Alice": "PERSON"})
    assert masked == ["<PERSON_3> is here", texts[1]]
    answer = "<PERSON_3> said <PERSON_1>, not <PERSON_2>"
    assert vault.restore(answer) == "Alice said <PERSON_1>, not <PERSON_2>"


def test_mask_reserves_its_own_text_even_without_reserve() -> None:
    vault = Vault()
    assert vault.mask("<PERSON_1> is Bob", [Span(14, 17, "PERSON", 0.9)]) == "<PERSON_1> is <PERSON_2>"
    assert vault.restore("<PERSON_1> <PERSON_2>") == "<PERSON_1> Bob"


def test_reservations_outlive_the_request() -> None:
    vault = Vault()
    vault.reserve(["<EMAIL_ADDRESS_1>"])
    vault.mask("nothing", [])
    assert vault.mask("a@b.c", [Span(0, 5, "EMAIL_ADDRESS", 1.0)]) == "<EMAIL_ADDRESS_2>"


def test_own_placeholder_in_history_keeps_its_meaning_and_is_not_masked_inside() -> None:
    vault = Vault()
    assert vault.mask("Bob", [Span(0, 3, "PERSON", 0.9)]) == "<PERSON_1>"
    history = "<PERSON_1> says hi"
    # an analyzer finding "PERSON_1" inside the token: dropped, the token stays ours
    assert vault.mask(history, [Span(1, 9, "PERSON", 0.8)]) == history
    assert vault.restore(history) == "Bob says hi"


def test_span_cutting_a_token_is_widened_to_the_whole_token() -> None:
    vault = Vault()
    text = "John <PERSON_7> Smith"
    masked = vault.mask(text, [Span(0, 9, "PERSON", 0.8)])
    assert masked == "<PERSON_1> Smith"
    assert vault.mapping() == {"<PERSON_1>": "John <PERSON_7>"}


def test_span_across_two_tokens_covers_both() -> None:
    vault = Vault()
    text = "a<P_1>b<P_2>c"
    assert vault.mask(text, [Span(4, 9, "X", 0.9)]) == "a<X_1>c"
    assert vault.mapping() == {"<X_1>": "<P_1>b<P_2>"}


def test_restore_is_one_pass_without_chained_expansion() -> None:
    vault = Vault()
    text = "a <EMAIL_ADDRESS_1> b and e@x.io"
    masked = vault.mask(text, [Span(0, 21, "PERSON", 0.9), Span(26, 32, "EMAIL_ADDRESS", 0.9)])
    assert masked == "<PERSON_1> and <EMAIL_ADDRESS_2>"
    assert vault.restore("<PERSON_1>|<EMAIL_ADDRESS_2>") == "a <EMAIL_ADDRESS_1> b|e@x.io"


def test_restore_only_own_placeholders() -> None:
    vault = Vault()
    vault.mask("Ann", [Span(0, 3, "PERSON", 1)])
    assert vault.restore("<PERSON_1> <PERSON_2> <person_1> <PERSON_1") == (
        "Ann <PERSON_2> <person_1> <PERSON_1"
    )


def test_repr_shows_no_values() -> None:
    vault = Vault()
    vault.mask("Zebulon", [Span(0, 7, "PERSON", 1)])
    assert "Zebulon" not in repr(vault)


# -- the two modes: what a placeholder-shaped token in the request means ----------------------

TURN_1 = "I am Alice, mail a@x.io"
FOUND = {"Alice": "PERSON", "a@x.io": "EMAIL_ADDRESS", "Bob": "PERSON"}


def mask_in_order(texts: list[str], found: dict[str, str] = FOUND) -> tuple[list[str], Vault]:
    """Mask mode: no reserve, the texts in order."""
    vault = Vault()
    out = [vault.mask(t, [s for v, e in found.items() for s in find(t, v, e)]) for t in texts]
    return out, vault


def test_mask_mode_an_answer_sent_back_as_history_keeps_its_meaning() -> None:
    (first,), _ = mask_in_order([TURN_1])
    assert first == "I am <PERSON_1>, mail <EMAIL_ADDRESS_1>"
    answer = "Hello <PERSON_1>, I will write to <EMAIL_ADDRESS_1>."  # what the model said
    masked, vault = mask_in_order([TURN_1, answer, "Bob is my friend"])
    assert masked == [first, answer, "<PERSON_2> is my friend"]
    assert vault.mapping() == {"<PERSON_1>": "Alice", "<EMAIL_ADDRESS_1>": "a@x.io",
                               "<PERSON_2>": "Bob"}


def test_mask_mode_a_token_met_before_its_number_was_issued_is_reserved() -> None:
    # history the client cut: the answer's <PERSON_1> named a value no longer in the request
    masked, vault = mask_in_order(["Hello <PERSON_1>", "Bob is here"])
    assert masked == ["Hello <PERSON_1>", "<PERSON_2> is here"]
    assert vault.restore("<PERSON_1>") == "<PERSON_1>"
    # within one text, left to right: a growing completions prompt keeps its numbering too
    (grown,), _ = mask_in_order([f"{TURN_1}. Hello <PERSON_1>. Bob?"])
    assert grown == "I am <PERSON_1>, mail <EMAIL_ADDRESS_1>. Hello <PERSON_1>. <PERSON_2>?"
    (typed,), _ = mask_in_order(["What is <PERSON_1>? I am Alice"])
    assert typed == "What is <PERSON_1>? I am <PERSON_2>"


def test_bookend_mode_every_token_the_client_sent_is_its_own() -> None:
    vault = Vault()
    texts = [TURN_1, "Bob typed <PERSON_1> and <EMAIL_ADDRESS_1> literally"]
    assert mask_all(vault, texts, FOUND) == [
        "I am <PERSON_2>, mail <EMAIL_ADDRESS_2>",
        "<PERSON_3> typed <PERSON_1> and <EMAIL_ADDRESS_1> literally",
    ]
    assert vault.restore("<PERSON_1> <PERSON_2> <PERSON_3>") == "<PERSON_1> Alice Bob"


def test_placeholders_are_a_function_of_the_request() -> None:
    """Two vaults (two proxy workers, or before and after a restart) give the same
    placeholders for the same request, and each turn of a growing conversation keeps the
    numbers of the turns before."""
    turns = [TURN_1, "Hello <PERSON_1>", "Bob and Alice", "Hi <PERSON_2> and <PERSON_1>"]
    for n in range(1, len(turns) + 1):
        first, _ = mask_in_order(turns[:n])
        again, _ = mask_in_order(turns[:n])
        assert first == again
        full, _ = mask_in_order(turns)
        assert full[:n] == first


values = st.text(alphabet="ab<>_P1 ", min_size=1, max_size=6)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(values, st.sampled_from(["PERSON", "EMAIL_ADDRESS"])), max_size=8),
       st.text(alphabet="xy <>PERSON_12", max_size=20))
def test_mask_then_restore_round_trips(items: list[tuple[str, str]], noise: str) -> None:
    """Whatever the values and the user's own placeholder-shaped text, restore(mask(t)) == t."""
    text, spans = noise, []
    for value, entity in items:
        text += " "
        spans.append(Span(len(text), len(text) + len(value), entity, 0.5))
        text += value
    vault = Vault()
    masked = vault.mask(text, spans)
    assert vault.restore(masked) == text
    issued = set(vault.mapping())
    assert not issued & set(re.findall(r"<[^<>]*>", text))  # never collides with the input
