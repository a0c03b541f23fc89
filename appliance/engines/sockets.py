"""Where engines serve their API: one unix socket per replica in `<run_dir>/engines`, never a
TCP port.

Two locks keep every other local account away from the engines (whose own token guards
only part of their API):

- the directory: mode 0750, owned by the account the agent runs as (the service account)
  and its group. Reaching a socket takes search permission on every directory above it.
- the socket file: the engine creates it under its program's umask 027
  (appliance/supervisor/conf.py), so it is `srwxr-x---`; connecting to a unix socket takes write permission on it, which only the
  service account has. The proxy and the agent run as that account.

`socket_path` is pure; `prepare_socket` is the shell the agent runs before it starts an
engine.
"""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

from appliance.config.schema import SUN_PATH_MAX
from appliance.errors import ApplianceError

SOCKET_DIR = "engines"
SOCKET_DIR_MODE = 0o750


class EngineSocketError(ApplianceError):
    """The engines' socket directory, or a file in a socket's place, is not what the agent
    made; the message says what to remove."""


def socket_dir(run_dir: Path) -> Path:
    return run_dir / SOCKET_DIR


def socket_path(run_dir: Path, program: str) -> Path:
    """`<run_dir>/engines/<program>.sock`; when that is longer than a unix socket's path may
    be (a long model name), `<16 hex digits of the program's hash>.sock` instead. The
    schema keeps run_dir short enough for the second form."""
    readable = socket_dir(run_dir) / f"{program}.sock"
    if len(str(readable).encode()) <= SUN_PATH_MAX:
        return readable
    return socket_dir(run_dir) / f"{hashlib.sha256(program.encode()).hexdigest()[:16]}.sock"


def prepare_socket(path: Path) -> None:
    """Before an engine starts: its directory exists, belongs to this account and is 0750,
    and no file is left at `path` (vLLM's bind fails on an existing one, such as the socket
    of an engine that was killed). Raises EngineSocketError."""
    folder = path.parent
    folder.parent.mkdir(parents=True, exist_ok=True)
    try:
        folder.mkdir(mode=SOCKET_DIR_MODE)
    except FileExistsError:
        pass
    info = folder.lstat()
    if not stat.S_ISDIR(info.st_mode):
        raise EngineSocketError(
            f"{folder} is not a directory; remove it and the agent makes the engines' "
            "socket directory there"
        )
    if info.st_uid != os.geteuid():
        raise EngineSocketError(
            f"{folder} belongs to uid {info.st_uid}, not to this account (uid "
            f"{os.geteuid()}); remove it and the agent makes it anew"
        )
    if stat.S_IMODE(info.st_mode) != SOCKET_DIR_MODE:
        folder.chmod(SOCKET_DIR_MODE)  # the umask may have cut it; someone may have opened it
    try:
        left = path.lstat()
    except FileNotFoundError:
        return
    if not stat.S_ISSOCK(left.st_mode):
        raise EngineSocketError(f"{path} is not a socket; remove it so the engine can listen there")
    path.unlink()
