"""Documents generated from the schema: the commented defaults file that `appliance config
defaults` prints, and the Markdown reference in docs/configuration.md."""

from __future__ import annotations

import re
import textwrap
import types
import typing
from pathlib import Path
from typing import Any

import tomli_w
from pydantic import BaseModel
from pydantic.fields import FieldInfo

from appliance.config.loader import CONFIG_ENV, DEFAULT_CONFIG_PATH, PLANNED_SECTIONS
from appliance.config.schema import ApplianceConfig

# Values shown for the fields a model entry requires, in the commented example.
_MODEL_EXAMPLE = {
    "name": "chat",
    "source": "Qwen/Qwen2.5-7B-Instruct",
    "gpu_memory_fraction": 0.45,
}


def _is_section(annotation: Any) -> bool:
    return isinstance(annotation, type) and issubclass(annotation, BaseModel)


def _sections() -> list[tuple[str, type[BaseModel], BaseModel | None, bool]]:
    """(TOML table name, model, default instance, is an array of tables) for every table,
    nested ones (`engines.vllm`) after their parent, in schema order."""
    out: list[tuple[str, type[BaseModel], BaseModel | None, bool]] = []

    def walk(prefix: str, model: type[BaseModel], instance: BaseModel) -> None:
        for name, field in model.model_fields.items():
            key = field.alias or name
            annotation = field.annotation
            if typing.get_origin(annotation) is list and _is_section(typing.get_args(annotation)[0]):
                out.append((f"{prefix}{key}", typing.get_args(annotation)[0], None, True))
            elif _is_section(annotation):
                child = getattr(instance, name)
                if any(not _is_section(f.annotation) for f in annotation.model_fields.values()):
                    out.append((f"{prefix}{key}", annotation, child, False))
                walk(f"{prefix}{key}.", annotation, child)

    walk("", ApplianceConfig, ApplianceConfig())
    return out


def _leaf_fields(model: type[BaseModel]) -> list[tuple[str, FieldInfo]]:
    return [(f.alias or n, f) for n, f in model.model_fields.items() if not _is_section(f.annotation)]


def field_name(model: type[BaseModel], key: str) -> str:
    """The Python attribute for TOML key `key` (they differ where a key has an alias)."""
    for name, field in model.model_fields.items():
        if (field.alias or name) == key:
            return name
    raise KeyError(key)


def _default(field: FieldInfo) -> Any:
    if field.is_required():
        return None
    return field.get_default(call_default_factory=True)


def _toml_value(value: Any) -> str:
    def plain(v: Any) -> Any:
        if isinstance(v, Path):
            return str(v)
        if isinstance(v, tuple | list):
            return [plain(x) for x in v]
        if isinstance(v, dict):
            return {k: plain(x) for k, x in v.items()}
        return v

    value = plain(value)
    if isinstance(value, dict):  # inline table; tomli_w writes tables as sections
        items = [f"{_toml_key(k)} = {_toml_value(v)}" for k, v in value.items()]
        return "{ " + ", ".join(items) + " }" if items else "{}"
    if isinstance(value, list):  # one line; tomli_w writes one item per line
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    line = tomli_w.dumps({"k": value}).strip()
    return line.split("=", 1)[1].strip()


def _toml_key(key: str) -> str:
    return key if re.fullmatch(r"[A-Za-z0-9_-]+", key) else _toml_value(key)


def _comment(text: str, width: int = 88) -> list[str]:
    return textwrap.wrap(
        text, width=width, initial_indent="# ", subsequent_indent="# ", break_on_hyphens=False
    )


def render_defaults() -> str:
    """A complete node.toml with every key at its default, each with its description."""
    lines = [
        "# node.toml: the appliance's configuration for this node.",
        f"# Read from {DEFAULT_CONFIG_PATH} (or --config, or ${CONFIG_ENV}).",
        "# Every key is shown at its default; a commented key has no default value.",
        "# Check a file with: appliance config check --config FILE",
    ]
    for name, model, instance, is_array in _sections():
        lines.append("")
        if is_array:
            lines += _comment(f"[[{name}]]: {' '.join((model.__doc__ or '').split())} Example:")
            lines.append(f"# [[{name}]]")
            for key, field in _leaf_fields(model):
                lines.append("#")
                lines += _comment(field.description or "")
                if key in _MODEL_EXAMPLE:
                    lines.append(f"# {key} = {_toml_value(_MODEL_EXAMPLE[key])}")
                elif _default(field) is None:
                    lines.append(f"# {key} = ...")
                else:
                    lines.append(f"# {key} = {_toml_value(_default(field))}")
            continue
        lines.append(f"[{name}]")
        lines += _comment(" ".join((model.__doc__ or "").split()))
        for key, field in _leaf_fields(model):
            lines.append("")
            lines += _comment(field.description or "")
            value = getattr(instance, field_name(model, key))
            if value is None:
                lines.append(f"# {key} = (unset)")
            else:
                lines.append(f"{key} = {_toml_value(value)}")
    return "\n".join(lines) + "\n"


def type_label(annotation: Any) -> str:
    """A reader's name for a field type: 'number', 'array of string', '"a" | "b"'."""
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin is typing.Annotated:
        return type_label(args[0])
    if origin in (typing.Union, types.UnionType):
        labels = [type_label(a) for a in args if a is not type(None)]
        label = " or ".join(labels)
        return f"{label} (optional)" if type(None) in args else label
    if origin is typing.Literal:
        return " | ".join(f'"{a}"' for a in args)
    if origin is list:
        return f"array of {type_label(args[0])}"
    if origin is tuple:
        return "[" + ", ".join(type_label(a) for a in args) + "]"
    if origin is dict:
        return f"table of {type_label(args[1])}"
    names = {str: "string", int: "integer", float: "number", bool: "boolean", Path: "path"}
    return names.get(annotation, getattr(annotation, "__name__", str(annotation)))


def _md_cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_reference() -> str:
    """docs/configuration.md, generated; a test fails when the committed copy is stale."""
    out = [
        "# Configuration reference",
        "",
        "<!-- Generated by `appliance config reference > docs/configuration.md`; "
        "do not edit by hand. -->",
        "",
        f"The appliance reads one TOML file per node: `{DEFAULT_CONFIG_PATH}`, or the file "
        f"named by `--config`, or by `${CONFIG_ENV}`. Values are applied in a fixed order "
        "(defaults, then the file, then command-line overrides) and frozen; a reload builds "
        "a new configuration and never changes the running one.",
        "",
        "`appliance config check` lists every problem with its TOML path in one run and "
        "exits 1; unknown keys are errors that suggest the closest known key. Types are "
        "strict: `\"0.5\"` is not a number, `1` is not `true` (paths are strings, and ranges "
        "arrays). It also checks what the file needs of this host: each engine kind's "
        "command is installed, Presidio and the spaCy model when a model masks personal "
        "data, the inventory file exists, the keys file's directory exists; "
        "`--no-host-checks` skips those, for a node.toml written for another host "
        "(`appliance proxy run` checks its own part before it starts). "
        "`appliance config defaults` prints a complete file with every default.",
        "",
        "Model names and sources, `extra_args`, `env` names and values, engine commands, "
        "paths, the node name and `gpu_type` may not hold control characters (line breaks, "
        "tabs, NUL, DEL, the C1 range, U+2028 and U+2029), wherever they come from (node.toml, "
        "the models drop-in, `POST /v1/models`): they reach an engine's command line or "
        "environment, the files the appliance renders for supervisord, and logs. `env` names "
        "are a letter or `_` followed by letters, digits and `_`; `env` values may not hold "
        "double quotes "
        "(supervisord's `environment=` has no escapes). Model and alias names are 1-128 "
        "characters of letters, digits and `. _ : / -`, starting with a letter or digit. "
        "With `[auth] enabled = false`, `[proxy] host` must be `localhost` or an IP address "
        "in 127.0.0.0/8 or `::1`; any other name (`localhost.example.com`) is refused.",
        "",
    ]
    for name, model, instance, is_array in _sections():
        out += [f"## `[[{name}]]`" if is_array else f"## `[{name}]`", ""]
        out += [" ".join((model.__doc__ or "").split()), ""]
        out += ["| key | type | default | description |", "|---|---|---|---|"]
        for key, field in _leaf_fields(model):
            value = None if instance is None else getattr(instance, field_name(model, key))
            if instance is None and field.is_required():
                default = "required"
            else:
                value = _default(field) if instance is None else value
                default = "unset" if value is None else f"`{_toml_value(value)}`"
            out.append(
                f"| `{key}` | {_md_cell(type_label(field.annotation))} | {_md_cell(default)} "
                f"| {_md_cell(field.description or '')} |"
            )
        out.append("")
    out += [
        "## Sections not in this release",
        "",
        "These sections of the operator's contract belong to features this release does not "
        "have yet. Naming one in node.toml is an error, so that nobody believes a feature is "
        "on when it is not.",
        "",
    ]
    for section, feature in PLANNED_SECTIONS.items():
        out.append(f"- `[{section}]`: {feature}")
    out.append("")
    return "\n".join(out)


__all__ = ["render_defaults", "render_reference", "type_label"]
