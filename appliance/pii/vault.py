"""Placeholders for personal data: a vault numbers one request's values `<ENTITY_N>`, and back.

Format. A placeholder is `<` + entity + `_` + counter + `>`: `<PERSON_1>`,
`<EMAIL_ADDRESS_2>`. The entity is the analyzer's label upper-cased, anything outside A-Z,
0-9 and `_` turned into `_` (an empty label becomes `PII`). Counters start at 1 per entity
and only grow; a number is never issued twice by one vault. Within a vault the same value
always gets the same placeholder (even if the analyzer labels it differently later), and a
new value gets its entity's next number. Values are compared exactly: case-sensitive, no
trimming ("Alice" and "alice" are two values).

One vault per request, nothing kept. The proxy masks a request's texts in a fixed order
(`walk.texts_of`) with a new vault, so the placeholders are a function of the request and of
the analyzer's findings: every proxy worker, every node, before and after a restart, gives
the same ones, with no vault shared or stored. Values are numbered by first appearance; a
chat request carries the whole conversation, and a conversation grows at its end, so a value
keeps the number it got in the turn that first named it.

Collisions with text the client sent. A token of placeholder shape (`<[A-Z0-9_]+_N>`) that
the vault did not issue is reserved when the vault meets it (in `reserve`, or in `mask`,
which reads its text left to right): the vault never issues it, and `restore` leaves it as
typed. A token the vault did issue before meeting it stands for its value. So:

* bookend mode (answers restored; the client never sees a placeholder): `reserve` every
  text of the request before masking any. Every token in the request is then the client's
  own text, never restored to a value (a literal in the last message keeps the first
  message's placeholders apart too).
* mask mode (the client's history holds the placeholders the model saw): `mask` the texts
  in order, without `reserve`. An answer sent back as history ("Hello <PERSON_1>") comes
  after the message that named the value, so its tokens stand for the values they stood
  for when the model wrote them; a token met before any value got its number (typed by the
  user, or from history the client cut) is reserved, and new values are numbered around it.

An analyzer span lying inside such a token is dropped; a span cutting across a token's edge
is widened to cover the whole token.

Overlapping spans are merged into their union (no flagged character stays unmasked), named
after their best member: the longest, then the higher score, then the earlier start.

Restoring is one pass: each placeholder this vault issued is replaced by its value, other
tokens are left alone, and the values put in are not scanned again.

Nothing here logs; reprs show counts, never values.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

TOKEN = re.compile(r"<([A-Z0-9_]+)_([1-9][0-9]*)>")
_ANY_TOKEN = re.compile(r"<[^<>]*>")  # every placeholder issued has this shape


@dataclass(frozen=True)
class Span:
    """What an analyzer found: text[start:end] is an entity, with a confidence score."""

    start: int
    end: int
    entity: str
    score: float


def entity_name(entity: str) -> str:
    """The entity part of a placeholder for an analyzer label."""
    return re.sub(r"[^A-Z0-9_]", "_", entity.upper()) or "PII"


def restore_text(text: str, mapping: Mapping[str, str]) -> str:
    """`text` with every key of `mapping` (placeholder -> value) replaced, in one pass.
    Keys must have the shape `<...>` with no `<` or `>` inside."""
    if not mapping or "<" not in text:
        return text
    return _ANY_TOKEN.sub(lambda m: mapping.get(m.group(0), m.group(0)), text)


class Vault:
    def __init__(self) -> None:
        self._by_value: dict[str, str] = {}
        self._by_placeholder: dict[str, str] = {}
        self._entity: dict[str, str] = {}
        self._last: dict[str, int] = {}  # entity -> highest number issued
        self._reserved: set[str] = set()

    def __repr__(self) -> str:
        return f"Vault(values={len(self._by_placeholder)}, reserved={len(self._reserved)})"

    def reserve(self, texts: Iterable[str]) -> None:
        """Never issue a placeholder-shaped token found in `texts` that is not already ours."""
        for text in texts:
            if "<" in text:
                for m in TOKEN.finditer(text):
                    self._meet(m.group(0))

    def mask(self, text: str, spans: Sequence[Span]) -> str:
        """`text` with each chosen span replaced by its value's placeholder. Reads the text
        left to right: a token met before a span (or inside it) is reserved unless issued."""
        found = list(TOKEN.finditer(text)) if "<" in text else []
        tokens = [m.span() for m in found]
        ends = [end for _, end in tokens]
        fitted = (_fit(s, tokens, ends, len(text)) for s in spans)
        out: list[str] = []
        pos = k = 0
        for span in choose(s for s in fitted if s is not None):
            while k < len(found) and found[k].start() < span.end:
                self._meet(found[k].group(0))
                k += 1
            out.append(text[pos:span.start])
            out.append(self._placeholder(text[span.start:span.end], span.entity))
            pos = span.end
        for m in found[k:]:
            self._meet(m.group(0))
        out.append(text[pos:])
        return "".join(out)

    def restore(self, text: str) -> str:
        """`text` with the placeholders this vault issued replaced by their values, one pass."""
        return restore_text(text, self._by_placeholder)

    def mapping(self) -> dict[str, str]:
        """A copy of placeholder -> original value."""
        return dict(self._by_placeholder)

    @property
    def counts(self) -> dict[str, int]:
        """Entity -> number of distinct values held."""
        out: dict[str, int] = {}
        for placeholder in self._by_placeholder:
            entity = self._entity[placeholder]
            out[entity] = out.get(entity, 0) + 1
        return out

    def _meet(self, token: str) -> None:
        if token not in self._by_placeholder:
            self._reserved.add(token)

    def _placeholder(self, value: str, entity: str) -> str:
        known = self._by_value.get(value)
        if known is not None:
            return known
        name = entity_name(entity)
        number = self._last.get(name, 0) + 1
        while f"<{name}_{number}>" in self._reserved:
            number += 1
        placeholder = f"<{name}_{number}>"
        self._by_placeholder[placeholder] = value
        self._by_value[value] = placeholder
        self._entity[placeholder] = name
        self._last[name] = number
        return placeholder


def _fit(span: Span, tokens: list[tuple[int, int]], ends: list[int], length: int) -> Span | None:
    """The span clipped to the text, dropped inside a placeholder-shaped token, widened to
    whole tokens where it cuts one; None if nothing is left. `tokens` are sorted and
    disjoint, `ends` their ends."""
    start, end = max(0, span.start), min(length, span.end)
    if start >= end:
        return None
    k = bisect_right(ends, start)  # the first token ending after the span starts
    while k < len(tokens) and tokens[k][0] < end:
        t_start, t_end = tokens[k]
        if t_start <= start and end <= t_end:
            return None
        start, end = min(start, t_start), max(end, t_end)
        k += 1
    if (start, end) == (span.start, span.end):
        return span
    return Span(start, end, span.entity, span.score)


def choose(spans: Iterable[Span]) -> list[Span]:
    """Non-overlapping spans in text order. Overlapping spans are merged into their union,
    so no character any analyzer flagged stays unmasked; the union takes the entity and
    score of its best member (longest, then higher score, then earlier start, then entity
    name, for a total order). Adjacent spans stay apart. Empty spans are dropped."""
    groups: list[list[Span]] = []
    for span in sorted((s for s in spans if s.start < s.end), key=lambda s: (s.start, s.end)):
        if groups and span.start < max(m.end for m in groups[-1]):
            groups[-1].append(span)
        else:
            groups.append([span])
    chosen = []
    for members in groups:
        best = min(members, key=lambda s: (s.start - s.end, -s.score, s.start, s.entity))
        start, end = members[0].start, max(m.end for m in members)
        chosen.append(best if (best.start, best.end) == (start, end)
                      else Span(start, end, best.entity, best.score))
    return chosen
