"""`--since` / `--until` values: a UTC date, a date-time, or a span back from now."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from appliance.errors import ApplianceError

_SPAN = re.compile(r"^(\d+)([dh])$")
_UNIT_S = {"d": 86400, "h": 3600}
FORMS = "a date (2026-12-01), a date-time (2026-12-01T08:00, UTC unless it has an offset) " \
        "or a span back from now (7d, 12h)"


class UsageError(ApplianceError):
    """A usage report cannot be made as asked (bad window, no audit log)."""


def parse_when(option: str, text: str, now: float) -> float:
    """Unix seconds for `text`; `option` names the option in the error."""
    text = text.strip()
    span = _SPAN.match(text)
    if span:
        return now - int(span.group(1)) * _UNIT_S[span.group(2)]
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        raise UsageError(f"{option} {text!r} is not a time: give {FORMS}") from None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.timestamp()


def window(since: str | None, until: str | None, now: float) -> tuple[float | None, float | None]:
    """[since, until) in Unix seconds; None where not given. Raises UsageError."""
    start = parse_when("--since", since, now) if since is not None else None
    end = parse_when("--until", until, now) if until is not None else None
    if start is not None and end is not None and start >= end:
        raise UsageError(f"--since {since} is not before --until {until}: the window is empty")
    return start, end
