"""`to_toml`: node.toml's text from the inventory's mapping (the node role's template).

Top-level mappings become `[section]` tables, top-level lists of mappings `[[section]]`
arrays of tables, anything nested deeper an inline table or array. A null value is left
out (the key keeps its default). The appliance checks the result with `appliance config
check` before it replaces the old file, so this only has to write valid TOML faithfully.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping

_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")


def _key(key: object) -> str:
    text = str(key)
    return text if _BARE_KEY.fullmatch(text) else json.dumps(text, ensure_ascii=False)


def _value(value: object, where: str) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            raise ValueError(f"to_toml: {where} is {value}; node.toml takes finite numbers only")
        return repr(value)
    if isinstance(value, str):
        return json.dumps(str(value), ensure_ascii=False)
    if isinstance(value, Mapping):
        inner = ", ".join(f"{_key(k)} = {_value(v, f'{where}.{k}')}"
                          for k, v in value.items() if v is not None)
        return "{ " + inner + " }" if inner else "{}"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_value(v, f"{where}[{i}]") for i, v in enumerate(value)) + "]"
    raise ValueError(f"to_toml: {where} is a {type(value).__name__}, which TOML cannot write")


def _body(table: Mapping, where: str) -> list[str]:
    return [f"{_key(k)} = {_value(v, f'{where}.{k}')}" for k, v in table.items() if v is not None]


def to_toml(data: Mapping) -> str:
    if not isinstance(data, Mapping):
        raise ValueError(f"to_toml: needs a mapping, got a {type(data).__name__}")
    lines: list[str] = []
    tables = []
    for key, value in data.items():
        if value is None:
            continue
        is_table_array = isinstance(value, (list, tuple)) and value and all(
            isinstance(v, Mapping) for v in value)
        if isinstance(value, Mapping) or is_table_array:
            tables.append((key, value))
        else:
            lines.append(f"{_key(key)} = {_value(value, str(key))}")
    for key, value in tables:
        if isinstance(value, Mapping):
            lines += ["", f"[{_key(key)}]", *_body(value, str(key))]
        else:
            for i, entry in enumerate(value):
                lines += ["", f"[[{_key(key)}]]", *_body(entry, f"{key}[{i}]")]
    return "\n".join(lines).lstrip("\n") + "\n"


class FilterModule:
    def filters(self) -> dict:
        return {"to_toml": to_toml}
