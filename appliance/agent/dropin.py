"""`appliance models load|unload`: runtime changes kept in a drop-in the agent owns.

node.toml stays the operator's file and is never rewritten. The agent keeps its changes
in `state_dir/models.toml`:

    unloaded = ["ocr"]          # models of node.toml that are switched off
    [[models]]                  # models loaded through the API
    name = "extra"
    ...

The effective configuration is node.toml's models minus `unloaded`, plus the drop-in's
models. The functions here are pure: they take and return plain dicts.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Any

import tomli_w

from appliance.errors import ApplianceError


class ModelsError(ApplianceError):
    """A load or unload that cannot be done; `status` is the HTTP status to answer."""

    def __init__(self, status: int, message: str):
        self.status = status
        super().__init__(message)


def effective(base: dict[str, Any], dropin: dict[str, Any]) -> dict[str, Any]:
    """node.toml's data with the drop-in applied."""
    unloaded = set(dropin.get("unloaded", []))
    models = [m for m in base.get("models", []) if m.get("name") not in unloaded]
    return {**base, "models": models + list(dropin.get("models", []))}


def load_model(base: dict[str, Any], dropin: dict[str, Any], entry: dict[str, Any]) -> dict[str, Any]:
    """The drop-in after loading `entry`. An entry with only a name switches a model of
    node.toml back on."""
    name = entry.get("name")
    if not isinstance(name, str) or not name:
        raise ModelsError(400, "a model to load needs a name")
    unloaded = list(dropin.get("unloaded", []))
    in_base = any(m.get("name") == name for m in base.get("models", []))
    in_dropin = any(m.get("name") == name for m in dropin.get("models", []))
    if set(entry) == {"name"}:
        if name in unloaded:
            return {**dropin, "unloaded": [n for n in unloaded if n != name]}
        if in_base or in_dropin:
            raise ModelsError(409, f"model {name!r} is already loaded")
        raise ModelsError(404, f"model {name!r} is not in node.toml; give its source to load it")
    if (in_base and name not in unloaded) or in_dropin:
        raise ModelsError(409, f"model {name!r} is already loaded; unload it first")
    if in_base:
        raise ModelsError(
            409, f"model {name!r} is defined in node.toml; load it by name to switch it on"
        )
    return {**dropin, "models": [*dropin.get("models", []), entry]}


def unload_model(base: dict[str, Any], dropin: dict[str, Any], name: str) -> dict[str, Any]:
    models = list(dropin.get("models", []))
    if any(m.get("name") == name for m in models):
        return {**dropin, "models": [m for m in models if m.get("name") != name]}
    unloaded = list(dropin.get("unloaded", []))
    if any(m.get("name") == name for m in base.get("models", [])) and name not in unloaded:
        return {**dropin, "unloaded": [*unloaded, name]}
    raise ModelsError(404, f"model {name!r} is not loaded")


def read_dropin(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}


def write_dropin(path: Path, data: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    header = "# Written by appliance-agent (`appliance models load|unload`); see docs/operations.md.\n"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o640)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(header + tomli_w.dumps(data))
    os.replace(tmp, path)
