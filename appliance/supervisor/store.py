"""The agent's program files in supervisord's programs.d (a shell: file I/O only).

Each file is `<program>.conf`, mode 0600 (it carries the engine token), written by
replacing it atomically. Only files whose names start with the engine prefix are ours.
"""

from __future__ import annotations

import os
from pathlib import Path

from appliance.engines.specs import PROGRAM_PREFIX
from appliance.supervisor.conf import digest_of


class ProgramStore:
    def __init__(self, directory: Path):
        self.directory = directory

    def path(self, name: str) -> Path:
        return self.directory / f"{name}.conf"

    def digests(self) -> dict[str, str | None]:
        """Program name -> spec digest of every file the agent wrote."""
        if not self.directory.is_dir():
            return {}
        out = {}
        for path in sorted(self.directory.glob(f"{PROGRAM_PREFIX}*.conf")):
            try:
                out[path.stem] = digest_of(path.read_text(encoding="utf-8"))
            except OSError:
                out[path.stem] = None
        return out

    def write(self, name: str, text: str) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        tmp = self.directory / f".{name}.conf.tmp"
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.replace(tmp, self.path(name))

    def delete(self, name: str) -> None:
        self.path(name).unlink(missing_ok=True)
