"""Reading node.toml: defaults, then the file, then overrides; validated and frozen.

`parse_config` is pure (a dict in, a config or a ConfigError out); `load_config` is the
thin shell that reads the file. pydantic's and tomllib's errors are turned here into
Problems with TOML paths and messages that say what to fix.
"""

from __future__ import annotations

import difflib
import tomllib
import types
import typing
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from appliance.config.checks import cross_checks, toml_path
from appliance.config.schema import ApplianceConfig
from appliance.errors import ConfigError, Problem

DEFAULT_CONFIG_PATH = Path("/etc/appliance/node.toml")
CONFIG_ENV = "APPLIANCE_CONFIG"

# Sections of the operator's contract that this release does not implement yet. Naming one
# is an error, not a silent no-op: an operator must never believe a feature is on when it
# is not (docs/configuration.md lists them).
PLANNED_SECTIONS = {
    "fleet": "fleets of nodes",
    "ray": "models across nodes",
    "nginx": "the nginx front end",
    "metrics": "metrics",
}

_KINDS = {
    "int_type": "an integer",
    "int_parsing": "an integer",
    "int_from_float": "an integer",
    "float_type": "a number",
    "float_parsing": "a number",
    "string_type": "a string",
    "bool_type": "true or false",
    "bool_parsing": "true or false",
    "list_type": "an array",
    "tuple_type": "an array",
    "dict_type": "a table",
    "model_type": "a table",
    "model_attributes_type": "a table",
    "path_type": "a path string",
}


def read_config_data(path: Path) -> dict[str, Any]:
    """node.toml as a dict. Raises ConfigError when it is missing, unreadable or not TOML."""
    source = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(
            source,
            [Problem("", f"{path}: no such file; pass --config or set {CONFIG_ENV}")],
        ) from None
    except (PermissionError, IsADirectoryError, UnicodeDecodeError) as exc:
        raise ConfigError(source, [Problem("", f"{path}: cannot read: {exc}")]) from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(source, [Problem("", f"{path}: invalid TOML: {exc}")]) from None


def load_config(path: Path, overrides: Mapping[str, Any] | None = None) -> ApplianceConfig:
    """Read, parse and validate node.toml. Raises ConfigError listing every problem."""
    return parse_config(
        read_config_data(path), base_dir=path.parent, overrides=overrides, source=str(path)
    )


def parse_config(
    data: Mapping[str, Any],
    base_dir: Path | None = None,
    overrides: Mapping[str, Any] | None = None,
    source: str = "<config>",
) -> ApplianceConfig:
    """Validate a parsed TOML document (with `overrides`, dotted keys, applied on top)."""
    merged = _apply_overrides(data, overrides or {})
    try:
        config = ApplianceConfig.model_validate(merged)
    except ValidationError as exc:
        raise ConfigError(source, [_problem(e) for e in exc.errors()]) from None
    problems = cross_checks(config)
    if problems:
        raise ConfigError(source, problems)
    return _resolve_paths(config, base_dir)


def _apply_overrides(data: Mapping[str, Any], overrides: Mapping[str, Any]) -> dict[str, Any]:
    merged: dict[str, Any] = {k: (dict(v) if isinstance(v, dict) else v) for k, v in data.items()}
    for dotted, value in overrides.items():
        table = merged
        *parents, leaf = dotted.split(".")
        for part in parents:
            table = table.setdefault(part, {})
        table[leaf] = value
    return merged


def _resolve_paths(config: ApplianceConfig, base_dir: Path | None) -> ApplianceConfig:
    inv = config.gpus.inventory_file
    if inv is None or inv.is_absolute() or base_dir is None:
        return config
    gpus = config.gpus.model_copy(update={"inventory_file": base_dir / inv})
    return config.model_copy(update={"gpus": gpus})


def _problem(error: Mapping[str, Any]) -> Problem:
    loc = tuple(error["loc"])
    kind = error["type"]
    value = error.get("input")
    ctx = error.get("ctx") or {}
    if kind == "extra_forbidden":
        return Problem(toml_path(loc), _unknown_key(loc))
    if kind == "missing":
        return Problem(toml_path(loc), "required, but missing")
    if kind == "value_error":
        return Problem(toml_path(loc), str(ctx.get("error", error["msg"])))
    if kind == "literal_error":
        return Problem(toml_path(loc), f"must be one of {ctx.get('expected')}, got {value!r}")
    if kind in _KINDS:
        return Problem(toml_path(loc), f"must be {_KINDS[kind]}, got {_show(value)}")
    msg = error["msg"]
    return Problem(toml_path(loc), f"{msg[:1].lower()}{msg[1:]}, got {_show(value)}")


def _show(value: Any) -> str:
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list):
        return f"an array of {len(value)}"
    return repr(value)


def _unknown_key(loc: tuple[str | int, ...]) -> str:
    key = str(loc[-1])
    if len(loc) == 1 and key in PLANNED_SECTIONS:
        return (
            f"section [{key}] is not available in this release ({PLANNED_SECTIONS[key]} "
            "is planned); remove it"
        )
    known = _known_keys(ApplianceConfig, loc[:-1])
    close = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
    hint = f"; did you mean {close[0]!r}?" if close else f"; known keys: {', '.join(known)}"
    return f"unknown key{hint}"


def _known_keys(root: type[BaseModel], loc: tuple[str | int, ...]) -> list[str]:
    """Field names of the table at `loc` (list indices skip into the item type)."""
    current: Any = root
    for part in loc:
        current = _unwrap(current)
        if isinstance(part, int):
            args = typing.get_args(current)
            current = args[0] if args else None
        elif isinstance(current, type) and issubclass(current, BaseModel):
            fields = {f.alias or n: f for n, f in current.model_fields.items()}
            field = fields.get(part)
            current = field.annotation if field else None
        else:
            return []
    current = _unwrap(current)
    if isinstance(current, type) and issubclass(current, BaseModel):
        return [f.alias or n for n, f in current.model_fields.items()]
    return []


def _unwrap(annotation: Any) -> Any:
    """Strip Annotated[...] and `X | None` down to the type that holds fields or items."""
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin in (typing.Union, types.UnionType):
            args = [a for a in typing.get_args(annotation) if a is not type(None)]
            annotation = args[0]
        else:
            return annotation
