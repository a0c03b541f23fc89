"""Desired engines against actual programs: what to add, change, remove, or keep.

Pure. `desired` maps program name to spec digest; `files` is what the agent's program
files say (name to digest); `active` is the set of program names supervisord has loaded.
Only names with the engine prefix are ever touched.
"""

from __future__ import annotations

from collections.abc import Mapping, Set
from dataclasses import dataclass

from appliance.engines.specs import PROGRAM_PREFIX


@dataclass(frozen=True)
class Diff:
    add: tuple[str, ...] = ()
    change: tuple[str, ...] = ()
    remove: tuple[str, ...] = ()
    keep: tuple[str, ...] = ()

    @property
    def empty(self) -> bool:
        return not (self.add or self.change or self.remove)

    def to_dict(self) -> dict[str, list[str]]:
        return {k: list(getattr(self, k)) for k in ("add", "change", "remove", "keep")}


def diff(desired: Mapping[str, str], files: Mapping[str, str | None], active: Set[str]) -> Diff:
    ours = {n for n in active if n.startswith(PROGRAM_PREFIX)} | set(files)
    add, change, keep = [], [], []
    for name in sorted(desired):
        if name not in active:
            add.append(name)
        elif files.get(name) != desired[name]:
            change.append(name)
        else:
            keep.append(name)
    remove = sorted(ours - set(desired))
    return Diff(tuple(add), tuple(change), tuple(remove), tuple(keep))
