"""Placeholders for personal data: a vault maps each masked value to `<ENTITY_N>` and back.

Format. A placeholder is `<` + entity + `_` + counter + `>`: `<PERSON_1>`,
`<EMAIL_ADDRESS_2>`. The entity is the analyzer's label upper-cased, anything outside A-Z,
0-9 and `_` turned into `_` (an empty label becomes `PII`). Counters start at 1 per entity
and only grow; a number is never issued twice by one vault. Within a vault the same value
always gets the same placeholder (even if the analyzer labels it differently later), and a
new value gets its entity's next number. Values are compared exactly: case-sensitive, no
trimming ("Alice" and "alice" are two values).

Collisions with text the user wrote. A token of placeholder shape (`<[A-Z0-9_]+_N>`) that
appears in a text the vault masks, or in a text shown to `reserve`, and that the vault did
not issue is reserved: the vault never issues it, and `restore` leaves it as typed. Call
`reserve` with every text of a request before masking any of them (a literal in the last
message must keep the first message's placeholders apart too); `mask` reserves its own text.
A token the vault did issue (a masked answer sent back as history, in mask mode) stands for
its value. An analyzer span lying inside such a token is dropped; a span cutting across a
token's edge is widened to cover the whole token.

Overlapping spans are merged into their union (no flagged character stays unmasked), named
after their best member: the longest, then the higher score, then the earlier start.

Restoring is one pass: each placeholder this vault issued is replaced by its value, other
tokens are left alone, and the values put in are not scanned again.

Session cap (`max_values`). Up to the cap, new values are kept for later turns. Beyond it,
new values are still masked, with fresh numbers, but only until `forget_transient()`, which
`SessionVaults.get` calls at the start of each request: the next turn gives such a value a new
number. A request should therefore take `mapping()` right after masking and restore with
that snapshot (a concurrent request of the same session may forget the transient values).

Nothing here logs; reprs show counts, never values.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import OrderedDict
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
    def __init__(self, existing: Mapping[str, str] | None = None, max_values: int | None = None):
        """`existing`: placeholder -> value, from an earlier request of the session."""
        self.max_values = max_values
        self._by_value: dict[str, str] = {}
        self._by_placeholder: dict[str, str] = {}
        self._entity: dict[str, str] = {}
        self._last: dict[str, int] = {}  # entity -> highest number issued
        self._reserved: set[str] = set()
        self._transient: set[str] = set()
        for placeholder, value in (existing or {}).items():
            m = TOKEN.fullmatch(placeholder)
            if m is None:
                raise ValueError(f"not a placeholder: {placeholder!r}")
            self._add(placeholder, value, m.group(1), int(m.group(2)))

    def __repr__(self) -> str:
        return f"Vault(values={len(self._by_placeholder)}, transient={len(self._transient)})"

    def reserve(self, texts: Iterable[str]) -> None:
        """Never issue a placeholder-shaped token found in `texts` that is not already ours."""
        for text in texts:
            if "<" not in text:
                continue
            for m in TOKEN.finditer(text):
                token = m.group(0)
                if token not in self._by_placeholder and int(m.group(2)) > self._last.get(
                    m.group(1), 0
                ):
                    self._reserved.add(token)

    def mask(self, text: str, spans: Sequence[Span]) -> str:
        """`text` with each chosen span replaced by its value's placeholder."""
        self.reserve([text])
        tokens = [m.span() for m in TOKEN.finditer(text)] if "<" in text else []
        ends = [end for _, end in tokens]
        fitted = (_fit(s, tokens, ends, len(text)) for s in spans)
        chosen = choose(s for s in fitted if s is not None)
        out: list[str] = []
        pos = 0
        for span in chosen:
            out.append(text[pos:span.start])
            out.append(self._placeholder(text[span.start:span.end], span.entity))
            pos = span.end
        out.append(text[pos:])
        return "".join(out)

    def restore(self, text: str) -> str:
        """`text` with the placeholders this vault issued replaced by their values, one pass."""
        return restore_text(text, self._by_placeholder)

    def mapping(self) -> dict[str, str]:
        """A copy of placeholder -> original value (transient ones included)."""
        return dict(self._by_placeholder)

    @property
    def counts(self) -> dict[str, int]:
        """Entity -> number of distinct values held."""
        out: dict[str, int] = {}
        for placeholder in self._by_placeholder:
            entity = self._entity[placeholder]
            out[entity] = out.get(entity, 0) + 1
        return out

    def forget_transient(self) -> None:
        """Drop the values masked beyond `max_values`; their numbers are not issued again."""
        for placeholder in self._transient:
            value = self._by_placeholder.pop(placeholder)
            del self._entity[placeholder]
            if self._by_value.get(value) == placeholder:
                del self._by_value[value]
        self._transient.clear()

    def _placeholder(self, value: str, entity: str) -> str:
        known = self._by_value.get(value)
        if known is not None:
            return known
        name = entity_name(entity)
        number = self._last.get(name, 0) + 1
        while f"<{name}_{number}>" in self._reserved:
            number += 1
        placeholder = f"<{name}_{number}>"
        kept = len(self._by_placeholder) - len(self._transient)
        self._add(placeholder, value, name, number)
        if self.max_values is not None and kept >= self.max_values:
            self._transient.add(placeholder)
        return placeholder

    def _add(self, placeholder: str, value: str, name: str, number: int) -> None:
        self._by_placeholder[placeholder] = value
        self._by_value.setdefault(value, placeholder)
        self._entity[placeholder] = name
        self._last[name] = max(self._last.get(name, 0), number)


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


class SessionVaults:
    """One vault per session id, for `ttl_s` after its last use; at most `max_sessions`
    (the least recently used is dropped), each holding at most `max_values_per_session`
    values for later turns (see the module docstring)."""

    def __init__(self, ttl_s: float, max_sessions: int, max_values_per_session: int):
        self.ttl_s = ttl_s
        self.max_sessions = max_sessions
        self.max_values_per_session = max_values_per_session
        self._sessions: OrderedDict[str, tuple[Vault, float]] = OrderedDict()

    def __len__(self) -> int:
        return len(self._sessions)

    def __contains__(self, session_id: object) -> bool:
        return session_id in self._sessions

    def get(self, session_id: str, now: float) -> Vault:
        """The session's vault (a new one if none or expired), transient values forgotten;
        refreshes its TTL and makes it the most recently used."""
        entry = self._sessions.pop(session_id, None)
        if entry is None or now - entry[1] > self.ttl_s:
            vault = Vault(max_values=self.max_values_per_session)
        else:
            vault = entry[0]
            vault.forget_transient()
        self._sessions[session_id] = (vault, now)
        while len(self._sessions) > self.max_sessions:
            self._sessions.popitem(last=False)
        return vault

    def expire(self, now: float) -> int:
        """Drop the sessions unused for more than `ttl_s`; returns how many."""
        stale = [sid for sid, (_, seen) in self._sessions.items() if now - seen > self.ttl_s]
        for sid in stale:
            del self._sessions[sid]
        return len(stale)

    def drop(self, session_id: str) -> None:
        self._sessions.pop(session_id, None)
