"""Reading node.toml: defaults, then the file, then overrides; validated and frozen.

`parse_config` is pure (a dict in, a config or a ConfigError out); `load_config` is the
thin shell that reads the file. pydantic's and tomllib's errors are turned here into
Problems with TOML paths and messages that say what to fix.

One run reports every problem: field errors, the rules across each [[models]] entry's
fields (checked on the raw entry, so a field error does not hide them), and the checks
across fields and entries (run on the valid part when some fields are not).
"""

from __future__ import annotations

import copy
import difflib
import tomllib
import types
import typing
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from appliance.config.checks import cross_checks, toml_path
from appliance.config.proxy_schema import REPLACED_KEYS
from appliance.config.schema import ENTRY_RULES_LATER, ApplianceConfig, entry_rules
from appliance.errors import ConfigError, Problem

DEFAULT_CONFIG_PATH = Path("/etc/appliance/node.toml")
CONFIG_ENV = "APPLIANCE_CONFIG"

# Sections of the operator's contract that this release does not implement yet. Naming one
# is an error, not a silent no-op: an operator must never believe a feature is on when it
# is not (docs/configuration.md lists them).
PLANNED_SECTIONS = {
    "metrics": "metrics",
}

# Keys earlier releases had, by their path with list indices left out: an old node.toml
# gets told why the key went and what to do, not a guess at a similar name.
REMOVED_KEYS = {
    ("node", "engine_port_range"): "engines listen on unix sockets under node.run_dir, not "
    "on ports; remove it",
    ("models", "port"): "engines listen on unix sockets under node.run_dir, not on ports; "
    "remove it",
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
        # Where to point elsewhere helps only when the path was not chosen on purpose.
        hint = f"; pass --config or set {CONFIG_ENV}" if path == DEFAULT_CONFIG_PATH else ""
        raise ConfigError(source, [Problem("", f"{path}: no such file{hint}")]) from None
    except IsADirectoryError:
        raise ConfigError(
            source, [Problem("", f"{path}: is a directory; name the node.toml file in it")]
        ) from None
    except PermissionError:
        raise ConfigError(
            source, [Problem("", f"{path}: permission denied; run as a user who may read it")]
        ) from None
    except UnicodeDecodeError as exc:
        raise ConfigError(
            source, [Problem("", f"{path}: not UTF-8 text (byte {exc.start}); save it as UTF-8")]
        ) from None
    except OSError as exc:
        raise ConfigError(source, [Problem("", f"{path}: cannot read: {exc.strerror}")]) from None
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
    config, problems = validate_config(data, base_dir, overrides)
    if problems or config is None:
        raise ConfigError(source, problems)
    return config


def validate_config(
    data: Mapping[str, Any],
    base_dir: Path | None = None,
    overrides: Mapping[str, Any] | None = None,
) -> tuple[ApplianceConfig | None, list[Problem]]:
    """Every problem of a parsed TOML document, and the config made of its valid part (None
    when not even that validates), so that checks of the host can run on it as well."""
    config, problems = _validate(_apply_overrides(data, overrides or {}))
    return (_resolve_paths(config, base_dir) if config is not None else None), problems


_RULES_LATER = {ENTRY_RULES_LATER: True}
# Array-of-tables entries that are left out of the cross checks when they have a field error
# that cannot be set aside: any in an alias; the entry itself or a required key in a model.
_ENTRY_ARRAYS = ("models", "aliases")
_REQUIRED_IN_MODEL = ("name", "source")


def _validate(data: dict[str, Any]) -> tuple[ApplianceConfig | None, list[Problem]]:
    """The config and every problem of `data`, in the order: field errors, each model
    entry's rules, checks across fields and entries (on the valid part, if need be)."""
    models_at: list[int] | None = None
    aliases_at: list[int] | None = None
    try:
        config: ApplianceConfig | None = ApplianceConfig.model_validate(data, context=_RULES_LATER)
        problems: list[Problem] = []
    except ValidationError as exc:
        problems = [_problem(e) for e in exc.errors()]
        config, models_at, aliases_at = _valid_part(data, exc.errors())
    models = data.get("models")
    if isinstance(models, list):
        problems += [
            Problem(toml_path(("models", i)), message)
            for i, entry in enumerate(models)
            if isinstance(entry, dict)
            for message in entry_rules(entry)
        ]
    if config is not None:
        problems += cross_checks(config, models_at, aliases_at)
    return config, problems


def _valid_part(
    data: dict[str, Any], errors: list[Any]
) -> tuple[ApplianceConfig | None, list[int] | None, list[int] | None]:
    """The config made of what is valid in `data`: keys with errors left out (so their
    defaults stand in), entries that cannot stand without them left out; with the TOML index
    of each model and alias entry kept. None when even that does not validate."""
    data = copy.deepcopy(data)
    broken: dict[str, set[int]] = {key: set() for key in _ENTRY_ARRAYS}
    for _ in range(3):  # leaving a key out can only reveal a missing one; that ends it
        for error in errors:
            _leave_out(data, tuple(error["loc"]), broken)
        trial = dict(data)
        kept: dict[str, list[int]] = {}
        for key in _ENTRY_ARRAYS:
            items = data.get(key)
            if isinstance(items, list):
                kept[key] = [i for i in range(len(items)) if i not in broken[key]]
                trial[key] = [items[i] for i in kept[key]]
        try:
            config = ApplianceConfig.model_validate(trial, context=_RULES_LATER)
        except ValidationError as exc:
            errors = [_in_data(dict(e), kept) for e in exc.errors()]
            continue
        return config, kept.get("models"), kept.get("aliases")
    return None, None, None


def _in_data(error: dict[str, Any], kept: dict[str, list[int]]) -> dict[str, Any]:
    """An error of the trial document, located in the original one."""
    loc = tuple(error["loc"])
    if len(loc) >= 2 and loc[0] in kept and isinstance(loc[1], int):
        error["loc"] = (loc[0], kept[str(loc[0])][loc[1]], *loc[2:])
    return error


def _leave_out(data: dict[str, Any], loc: tuple[Any, ...], broken: dict[str, set[int]]) -> None:
    if len(loc) >= 2 and loc[0] in broken and isinstance(loc[1], int):
        key, index, rest = loc[0], loc[1], loc[2:]
        entry = data[key][index] if isinstance(data.get(key), list) else None
        if key == "aliases" or not rest or rest[0] in _REQUIRED_IN_MODEL or not isinstance(entry, dict):
            broken[key].add(index)
        else:
            _drop_key(entry, rest)
        return
    _drop_key(data, loc)


def _drop_key(table: dict[str, Any], loc: tuple[Any, ...]) -> None:
    """Delete the deepest table key on the path `loc` (list items are not keys)."""
    holder: dict[str, Any] | None = None
    key: Any = None
    current: Any = table
    for part in loc:
        if isinstance(current, dict) and part in current:
            holder, key, current = current, part, current[part]
        elif isinstance(current, list) and isinstance(part, int) and part < len(current):
            current = current[part]
        else:
            break
    if holder is not None:
        del holder[key]


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
    if len(loc) >= 2 and loc[-1] == "[key]" and loc[-2] == value:
        loc = loc[:-1]  # pydantic's mark of an error in a table's key, not in its value
    ctx = error.get("ctx") or {}
    if kind == "extra_forbidden":
        path = toml_path(loc)
        if path in REPLACED_KEYS:
            return Problem(path, f"replaced in this release: {REPLACED_KEYS[path]}")
        return Problem(path, _unknown_key(loc))
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
    removed = REMOVED_KEYS.get(tuple(p for p in loc if not isinstance(p, int)))
    if removed:
        return f"no longer a key: {removed}"
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
