"""Cutting long texts into overlapping pieces for the analyzers: bounds, cover, whitespace
cuts, batches, and findings put back at the text's offsets, the same as on the whole text."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from appliance.pii.pieces import Piece, batches, cuts, join, split
from appliance.pii.vault import Span

CUTS = [
    pytest.param("", 10, 2, [(0, 0)], id="empty"),
    pytest.param("a" * 10, 10, 2, [(0, 10)], id="fits-whole"),
    pytest.param("a" * 11, 10, 2, [(0, 10), (8, 11)], id="no-space-hard-cuts"),
    pytest.param("aaaa bbbb cccc dddd eeee ffff", 20, 6, [(0, 20), (14, 29)],
                 id="cut-after-a-space"),
    pytest.param("x" * 18 + " " + "y" * 15, 20, 6, [(0, 19), (13, 33), (27, 34)],
                 id="cut-moved-back-to-a-space-near-the-end-else-hard"),
]


@pytest.mark.parametrize(("text", "size", "overlap", "expected"), CUTS)
def test_cuts(text: str, size: int, overlap: int, expected: list[tuple[int, int]]) -> None:
    assert cuts(text, size, overlap) == expected


def test_piece_size_must_exceed_twice_the_overlap() -> None:
    with pytest.raises(ValueError, match="more than twice"):
        cuts("text", 10, 5)


words = st.lists(st.text(alphabet="ab@.", min_size=1, max_size=12), max_size=80)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab \n", max_size=400), st.integers(5, 60), st.integers(0, 30))
def test_pieces_are_bounded_cover_the_text_and_hold_every_short_span(
    text: str, overlap: int, extra: int,
) -> None:
    size = 2 * overlap + 1 + extra
    pieces = cuts(text, size, overlap)
    assert pieces[0][0] == 0 and pieces[-1][1] == len(text)
    assert all(0 < end - start <= size for start, end in pieces if text)
    for (s1, e1), (s2, _) in zip(pieces, pieces[1:], strict=False):
        assert s1 < s2 <= e1 - overlap  # progress, and at least `overlap` shared
    for a in range(len(text)):
        for b in range(a + 1, min(a + overlap, len(text)) + 1):
            assert any(s <= a and b <= e for s, e in pieces), (a, b)


def regex_finder(text: str) -> list[Span]:
    """A stand-in analyzer: every word with an @ is an e-mail."""
    return [Span(m.start(), m.end(), "EMAIL_ADDRESS", 0.9) for m in re.finditer(r"\S*@\S*", text)]


@settings(max_examples=200, deadline=None)
@given(words)
def test_findings_on_pieces_equal_those_on_the_whole_text(ws: list[str]) -> None:
    """Words shorter than half the overlap: every cut falls on a space, so no finding is cut."""
    texts = [" ".join(ws), "short b@c", ""]
    pieces = split(texts, 60, 26)
    assert all(len(p.text) <= 60 for p in pieces)
    found = [regex_finder(p.text) for p in pieces]
    assert join(len(texts), pieces, found) == [regex_finder(t) for t in texts]


def test_join_keeps_one_span_per_finding_with_the_higher_score() -> None:
    pieces = [Piece(0, 0, "x a@b y"), Piece(0, 2, "a@b y"), Piece(1, 0, "z")]
    found = [[Span(2, 5, "EMAIL_ADDRESS", 0.5)], [Span(0, 3, "EMAIL_ADDRESS", 0.9)], []]
    assert join(2, pieces, found) == [[Span(2, 5, "EMAIL_ADDRESS", 0.9)], []]


def test_batches_group_pieces_in_order_up_to_the_size() -> None:
    pieces = [Piece(0, 0, "a" * 4), Piece(1, 0, "b" * 5), Piece(2, 0, "c" * 12),
              Piece(3, 0, "d"), Piece(3, 1, "e")]
    assert [[p.text[0] for p in b] for b in batches(pieces, 10)] == [
        ["a", "b"], ["c"], ["d", "e"]]
    assert batches([], 10) == []
