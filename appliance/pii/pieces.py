"""Cutting a request's texts into pieces for the analyzers, and putting the findings together.

Why. Presidio's time grows faster than the text: on the project's 2-core VM one text of
100 KB took 2.6 s (patterns) and 10 s (spaCy), one of 1 MB 310 s and 240 s (spaCy refuses
texts over 1,000,000 characters outright). A request holding such a text would hold an
analyzer for minutes, long past `[pii] timeout_s`, and every other masked request would wait
behind it. Cut into pieces of `PIECE_CHARS`, the same megabyte costs about as much per
character as a short prompt, and each piece is a task of its own: pieces of one request go
to several analyzers at once, requests take turns piece by piece, and a request that timed
out leaves its remaining pieces unanalysed (docs/pii.md, "Long texts").

Cuts. A text of at most `size` characters is one piece. A longer one is cut into pieces of
at most `size` characters, each starting at most `size - overlap` characters after the one
before and overlapping it by at least `overlap` characters, so every span of at most
`overlap` characters lies whole inside some piece. Cuts are moved back to a whitespace where
one is near (within `overlap / 2`), so pieces rarely begin or end inside a word. Findings
are shifted back to the text's offsets and the same finding from two pieces (in their
overlap) kept once; overlapping ones are left for `vault.choose` to merge.

Batches. Pieces (and short texts) are grouped, in order, into batches of at most `size`
characters (a piece longer than that is a batch of its own): a usual chat request is one
batch, one hand-off to an analyzer, as before pieces existed.

Pure: no analyzer, no I/O.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from appliance.pii.vault import Span

PIECE_CHARS = 4000  # measured: docs/benchmarks.md, "Long texts"
OVERLAP_CHARS = 200  # longer than any e-mail, card, IBAN or name with its context words


@dataclass(frozen=True)
class Piece:
    """texts[index][offset:offset + len(text)]."""

    index: int
    offset: int
    text: str


def cuts(text: str, size: int = PIECE_CHARS, overlap: int = OVERLAP_CHARS) -> list[tuple[int, int]]:
    """(start, end) of each piece of `text`, in order, covering it whole (see the module
    docstring). `size` must be more than twice `overlap`."""
    if overlap < 0 or size <= 2 * overlap:
        raise ValueError(f"piece size {size} must be more than twice the overlap {overlap}")
    length = len(text)
    if length <= size:
        return [(0, length)]
    out: list[tuple[int, int]] = []
    start = 0
    while True:
        end = start + size
        if end >= length:
            out.append((start, length))
            return out
        end = _after_space(text, end - overlap // 2, end)
        out.append((start, end))
        # back to the start of the word the overlap would begin in
        start = _after_space(text, end - overlap - overlap // 2, end - overlap)


def _after_space(text: str, low: int, high: int) -> int:
    """The position right after the last whitespace in text[low:high], else `high`."""
    for i in range(high - 1, low - 1, -1):
        if text[i].isspace():
            return i + 1
    return high


def split(texts: Sequence[str], size: int = PIECE_CHARS,
          overlap: int = OVERLAP_CHARS) -> list[Piece]:
    """Every text as one piece or several (see `cuts`), in order. Empty texts give none."""
    return [
        Piece(index, start, text[start:end])
        for index, text in enumerate(texts) if text
        for start, end in cuts(text, size, overlap)
    ]


def batches(pieces: Sequence[Piece], size: int = PIECE_CHARS) -> list[list[Piece]]:
    """Consecutive pieces grouped into batches of at most `size` characters (a longer piece
    alone), in order."""
    out: list[list[Piece]] = []
    chars = 0
    for piece in pieces:
        if out and chars + len(piece.text) <= size:
            out[-1].append(piece)
            chars += len(piece.text)
        else:
            out.append([piece])
            chars = len(piece.text)
    return out


def join(count: int, pieces: Sequence[Piece], found: Sequence[Sequence[Span]]) -> list[list[Span]]:
    """One list of spans per text (of `count`), from each piece's spans: shifted to the
    text's offsets, one span per (start, end, entity) (the highest score, when two pieces
    found it), sorted by (start, end, entity)."""
    best: list[dict[tuple[int, int, str], Span]] = [{} for _ in range(count)]
    for piece, piece_spans in zip(pieces, found, strict=True):
        for s in piece_spans:
            if piece.offset:
                s = Span(s.start + piece.offset, s.end + piece.offset, s.entity, s.score)
            key = (s.start, s.end, s.entity)
            held = best[piece.index].get(key)
            if held is None or s.score > held.score:
                best[piece.index][key] = s
    return [[spans[k] for k in sorted(spans)] for spans in best]
