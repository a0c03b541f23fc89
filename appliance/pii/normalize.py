"""Undoing the encodings people use to slip personal data past a filter, before analysis.

The analyzer reads a normalised copy of each text; its findings are mapped back to the
original text, which is what is masked (and restored). Covered:

- non-ASCII decimal digits of any script (full-width `４１１１`, Arabic-Indic `٤١١١`,
  Devanagari, mathematical `𝟒`...) become ASCII digits;
- compatibility forms whose NFKC form is ASCII: full-width letters and signs (`ａｎｎ＠`,
  `．`), ligatures, superscript digits;
- look-alike letters from Cyrillic and Greek (`аnn@ехаmple.org` written with Cyrillic а, е,
  х) become the Latin letters they imitate (`LOOKALIKES`);
- invisible characters (zero-width space, joiner and non-joiner, word joiner, byte order
  mark, soft hyphen) are dropped; other Unicode spaces become a space and Unicode dashes
  and minus signs a `-`;
- separators inside numbers: `_`, `·`, `•`, `∙`, `‧` and `*` between two digits become a
  space, so `4111_1111_1111_1111` reads as the card number it is (a `.` or `/` between
  digits is left alone: versions, addresses, decimals and dates use them);
- percent-encoding: `%40`, `%2E`, and UTF-8 sequences (`%C3%A9`) are decoded; a sequence
  that is no valid UTF-8 stays as it is.

Not covered: HTML and other entity encodings (`&#64;`), base64 or hex of a value, spelt-out
digits ("four one one one"), values written with spaces between every letter, homoglyphs
beyond the table, and text in images.

Pure; nothing here logs.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from appliance.pii.vault import Span

LOOKALIKES = {
    # Cyrillic
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i", "ј": "j",
    "ѕ": "s", "ԁ": "d", "ԛ": "q", "ԝ": "w", "һ": "h", "ӏ": "l",
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C",
    "Т": "T", "Х": "X", "І": "I", "Ј": "J", "Ѕ": "S",
    # Greek
    "ο": "o", "ν": "v", "α": "a", "ι": "i", "κ": "k", "ρ": "p", "τ": "t", "υ": "u",
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N",
    "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
}
INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")
DASHES = frozenset("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d")
NUMBER_SEPARATORS = frozenset("_·•∙‧*")
_PERCENT = re.compile(r"(?:%[0-9A-Fa-f]{2})+")
_NEEDS_WORK = re.compile(r"[^\x00-\x7f]|%[0-9A-Fa-f]{2}|\d[_*]\d")


class Normalized:
    """A text as the analyzer reads it, and the way back to the original's offsets."""

    def __init__(self, original: str):
        self.original = original
        if not _NEEDS_WORK.search(original):
            self.text, self._starts, self._ends = original, None, None
            return
        out: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        for char, start, end in _decoded(original):
            for c in _char(char):
                out.append(c)
                starts.append(start)
                ends.append(end)
        for j in range(1, len(out) - 1):
            if out[j] in NUMBER_SEPARATORS and out[j - 1].isdigit() and out[j + 1].isdigit():
                out[j] = " "
        self.text, self._starts, self._ends = "".join(out), starts, ends

    def __repr__(self) -> str:
        return f"Normalized(chars={len(self.original)}, changed={self._starts is not None})"

    def spans_back(self, spans: Sequence[Span]) -> list[Span]:
        """The findings in `text` as spans of the original."""
        if self._starts is None or self._ends is None:
            return list(spans)
        out = []
        for s in spans:
            if s.start >= s.end or s.end > len(self._starts):
                continue
            out.append(Span(self._starts[s.start], self._ends[s.end - 1], s.entity, s.score))
        return out


def _decoded(text: str):  # type: ignore[no-untyped-def]
    """(character, start, end) for each character of `text` with percent-encoded UTF-8
    decoded: the character came from text[start:end]."""
    pos = 0
    for m in _PERCENT.finditer(text):
        for i in range(pos, m.start()):
            yield text[i], i, i + 1
        yield from _percent_run(text, m.start(), m.end())
        pos = m.end()
    for i in range(pos, len(text)):
        yield text[i], i, i + 1


def _percent_run(text: str, start: int, end: int):  # type: ignore[no-untyped-def]
    data = bytes(int(text[i + 1:i + 3], 16) for i in range(start, end, 3))
    i = 0
    while i < len(data):
        for size in (1, 2, 3, 4):
            try:
                char = data[i:i + size].decode("utf-8")
            except UnicodeDecodeError:
                continue
            break
        else:
            yield from ((text[k], k, k + 1) for k in range(start + 3 * i, start + 3 * i + 3))
            i += 1
            continue
        if len(char) == 1 and char.isprintable():
            yield char, start + 3 * i, start + 3 * (i + size)
        else:  # a control character or a space: as it was written
            yield from ((text[k], k, k + 1)
                        for k in range(start + 3 * i, start + 3 * (i + size)))
        i += size


def _char(c: str) -> str:
    """What the analyzer reads for one character."""
    if c.isascii():
        return c
    if c in INVISIBLE:
        return ""
    if c in DASHES:
        return "-"
    if c.isspace():
        return " "
    if c in LOOKALIKES:
        return LOOKALIKES[c]
    if c.isdecimal():
        return str(unicodedata.decimal(c))
    folded = unicodedata.normalize("NFKC", c)
    if folded != c and folded.isascii() and folded.isprintable():
        return folded
    return c
