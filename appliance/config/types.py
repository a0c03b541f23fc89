"""Value types shared by the node.toml sections: validators whose messages state the
whole rule ("must be > 0 and <= 1, got 1.4"), and the frozen, strict `Section` base."""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict

_MODEL_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}$")
ENV_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


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


def _port(value: int) -> int:
    if not 1024 <= value <= 65535:
        raise ValueError(f"must be a port from 1024 to 65535, got {value}")
    return value


def _model_name(value: str) -> str:
    if not _MODEL_NAME.match(value):
        raise ValueError(
            "must be 1-128 characters of letters, digits and . _ : / -, starting with a "
            f"letter or digit, got {value!r}"
        )
    return value


def _gpu_ref(value: object) -> int | str:
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        raise ValueError(f"must be a GPU index (integer) or UUID (string), got {value!r}")
    return value


Fraction = Annotated[float, within(0, 1, open_low=True)]
ReserveFraction = Annotated[float, within(0, 0.5)]
PositiveFloat = Annotated[float, within(0, open_low=True)]
Count = Annotated[int, within(1)]
Port = Annotated[int, AfterValidator(_port)]
ModelName = Annotated[str, AfterValidator(_model_name)]
GpuRef = Annotated[int | str, BeforeValidator(_gpu_ref)]


class Section(BaseModel):
    """Base of every table in node.toml: unknown keys are errors, values never change."""

    model_config = ConfigDict(extra="forbid", frozen=True)
