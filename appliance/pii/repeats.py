"""Every place a found name or place is written again in the same text.

Names and places are found by their context: "KeyError: 'Babak Sadeghi'" says nothing of a
person, but the line above, `salaries["Babak Sadeghi"]`, was found. A value found once is
personal data wherever the text writes it again, so each other occurrence of a name or place
found (the same characters, as a whole word) is a finding too, with the first one's entity
and score. Structured values (e-mail, phone numbers, cards ...) are found by their form at
every occurrence already.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from appliance.pii.vault import Span

REPEATED_ENTITIES = frozenset({"PERSON", "LOCATION"})
MIN_CHARS = 3  # "Li" or "Al" again somewhere is more likely a word than the person


def with_repeats(text: str, spans: Iterable[Span]) -> set[Span]:
    """`spans` and a span for every other whole-word occurrence of a name's or place's value."""
    out = set(spans)
    seen: set[str] = set()
    for s in sorted(out, key=lambda s: -s.score):
        value = text[s.start : s.end]
        if s.entity not in REPEATED_ENTITIES or len(value) < MIN_CHARS or value in seen:
            continue
        seen.add(value)
        for m in re.finditer(rf"(?<!\w){re.escape(value)}(?!\w)", text):
            if not any(o.start <= m.start() and m.end() <= o.end for o in out):
                out.add(Span(m.start(), m.end(), s.entity, s.score))
    return out
