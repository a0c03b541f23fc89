"""Is a TCP port free to listen on, and if not, which process holds it.

`busy_ports` tries to bind each port as a server would (SO_REUSEADDR, so a connection in
TIME_WAIT is no obstacle, and no SO_REUSEPORT, so a listener that set it is still found)
and names the holder through psutil where this user may see it; `check_ports` turns the
findings into the one line per port a command prints. Used by `appliance up` before it starts
anything and by `appliance proxy run`.
"""

from __future__ import annotations

import errno
import socket
from collections.abc import Iterable
from dataclasses import dataclass

import psutil

from appliance.errors import ApplianceError


@dataclass(frozen=True)
class BusyPort:
    port: int
    what: str  # who wanted it: "the proxy", "the agent API"
    pid: int | None = None
    command: str | None = None

    def line(self) -> str:
        if self.pid is None:
            holder = "another process (not visible to this user)"
        else:
            holder = f"pid {self.pid}" + (f" ({self.command})" if self.command else "")
        return f"port {self.port} ({self.what}) is already in use by {holder}"


class PortInUse(ApplianceError):
    """One or more ports a command needs are taken."""


def can_bind(host: str, port: int) -> bool:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((host, port))
        except OSError as exc:
            if exc.errno in (errno.EADDRINUSE, errno.EACCES):
                return False
            raise
    return True


def holder_of(port: int) -> tuple[int | None, str | None]:
    """The pid and a short command line of the process listening on `port`, if visible."""
    try:
        conns = psutil.net_connections(kind="tcp")
    except (psutil.Error, OSError):
        return None, None
    for c in conns:
        if c.status == psutil.CONN_LISTEN and c.laddr and c.laddr.port == port and c.pid:
            try:
                cmd = " ".join(psutil.Process(c.pid).cmdline()[:6])
            except psutil.Error:
                cmd = None
            return c.pid, _short(cmd)
    return None, None


def _short(command: str | None, limit: int = 100) -> str | None:
    if not command:
        return None
    return command if len(command) <= limit else command[: limit - 3] + "..."


def busy_ports(wanted: Iterable[tuple[str, int, str]]) -> list[BusyPort]:
    """(host, port, what) triples in; the ones that cannot be bound out, holders named."""
    busy = []
    for host, port, what in wanted:
        if not can_bind(host, port):
            pid, command = holder_of(port)
            busy.append(BusyPort(port, what, pid, command))
    return busy


def check_ports(wanted: Iterable[tuple[str, int, str]]) -> None:
    """Raise PortInUse naming every busy port and its holder."""
    busy = busy_ports(wanted)
    if busy:
        raise PortInUse("\n".join(b.line() for b in busy))  # one line per busy port
