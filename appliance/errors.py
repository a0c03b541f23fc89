"""The appliance's error tree. Foreign errors (pydantic, tomllib, NVML, OS) are mapped to
these at the boundary where they happen, so the CLI and the daemons handle one family.

    ApplianceError
    ├── ConfigError        node.toml is missing, unreadable or invalid (carries Problems)
    └── InventoryError     a GPU inventory could not be read
        └── NvmlUnavailable  no NVIDIA driver / NVML library on this host
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing to fix, at a TOML (or JSON) path such as `models[1].gpu_memory_fraction`."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class ApplianceError(Exception):
    """Base of every error the appliance raises on purpose."""


class ConfigError(ApplianceError):
    """The configuration cannot be used; `problems` lists every reason, one per line."""

    def __init__(self, source: str, problems: list[Problem]):
        self.source = source
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


class InventoryError(ApplianceError):
    """A GPU inventory (NVML or a JSON file) could not be read."""


class NvmlUnavailable(InventoryError):
    """NVML cannot be used on this host: no driver, no library, or no permission."""
