"""Value types shared by the node.toml sections: validators whose messages state the
whole rule ("must be > 0 and <= 1, got 1.4"), and the frozen, strict `Section` base.

Strict means no coercion where TOML has a native type: `"0.5"` is not a number, `1` is not
true, `3.0` is not an integer (an integer is a number, though). Paths are the exception that
must convert: TOML writes a path as a string.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Strict

# Patterns that validate input are used with fullmatch: `$` also matches before a final
# newline, so `match` with `^...$` would let "chat\n" through.
_MODEL_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}")
_ENV_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
# Control characters (C0, DEL, C1) and the Unicode line and paragraph separators: in a value
# that reaches an engine's argv or environment, or a line of a rendered file, they end lines,
# truncate strings (NUL) or hide what a log shows. No value of node.toml needs one.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def within(low: float, high: float | None = None, *, open_low: bool = False):
    """A validator for `low < value` (open_low) or `low <= value`, and `value <= high`,
    whose message states the whole rule: "must be > 0 and <= 1, got 1.4"."""
    rule = f"{'>' if open_low else '>='} {low:g}" + (f" and <= {high:g}" if high is not None else "")

    def check(value: float) -> float:
        above = value > low if open_low else value >= low
        if not above or (high is not None and value > high):
            raise ValueError(f"must be {rule}, got {value}")
        return value

    return AfterValidator(check)


def matching(pattern: re.Pattern[str], rule: str):
    """A validator for a string `pattern` matches whole, whose message states the rule:
    "must be <rule>, got 'x\\n'"."""

    def check(value: str) -> str:
        if not pattern.fullmatch(value):
            raise ValueError(f"must be {rule}, got {value!r}")
        return value

    return AfterValidator(check)


def _port(value: int) -> int:
    if not 1024 <= value <= 65535:
        raise ValueError(f"must be a port from 1024 to 65535, got {value}")
    return value


def _plain(value: str) -> str:
    found = _CONTROL.search(value)
    if found:  # where, not the value: it may be a token (HF_TOKEN in env)
        raise ValueError(
            "must not hold control characters (line breaks, tabs, NUL and the like); found "
            f"{found.group()!r} at character {found.start() + 1}"
        )
    return value


def _plain_path(value: Path) -> Path:
    _plain(str(value))
    return value


def _env_value(value: str) -> str:
    _plain(value)
    quote = value.find('"')
    if quote >= 0:  # supervisord's environment= has no escapes (appliance.supervisor.conf)
        raise ValueError(f"must not hold double quotes; found one at character {quote + 1}")
    return value


def _gpu_ref(value: object) -> int | str:
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        raise ValueError(f"must be a GPU index (integer) or UUID (string), got {value!r}")
    return value


# Strict() on each alias keeps them strict inside a lax container.
Fraction = Annotated[float, Strict(), within(0, 1, open_low=True)]
ReserveFraction = Annotated[float, Strict(), within(0, 0.5)]
PositiveFloat = Annotated[float, Strict(), within(0, open_low=True)]
Count = Annotated[int, Strict(), within(1)]
NonNegative = Annotated[int, Strict(), within(0)]
Port = Annotated[int, Strict(), AfterValidator(_port)]
ModelName = Annotated[str, Strict(), matching(
    _MODEL_NAME, "1-128 characters of letters, digits and . _ : / -, starting with a letter or digit",
)]
GpuRef = Annotated[int | str, BeforeValidator(_gpu_ref)]
# Text without control characters: for every string that reaches an engine's argv or
# environment, a rendered file (supervisord's programs) or a log line.
PlainText = Annotated[str, Strict(), AfterValidator(_plain)]
# An engine environment: names as the shell writes them, values without control
# characters or double quotes.
EnvName = Annotated[str, Strict(), matching(
    _ENV_NAME, "a letter or _ followed by letters, digits and _ (an environment variable name)",
)]
EnvValue = Annotated[str, Strict(), AfterValidator(_env_value)]
Env = dict[EnvName, EnvValue]
# A path: TOML has no path type, so a string converts (a number does not).
TomlPath = Annotated[Path, Strict(False), AfterValidator(_plain_path)]


class Section(BaseModel):
    """Base of every table in node.toml: unknown keys are errors, values never change, and
    values are never coerced from another type ("0.5" is not a number)."""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)
