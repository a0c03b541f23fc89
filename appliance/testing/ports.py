"""A free loopback port for a test's server, chosen where no other process will take it.

`bind(0)` hands out a port from the kernel's ephemeral range, and so does every outgoing
connection and every other `bind(0)` on the machine: between the test choosing the port and
the server binding it, another process may take it (vLLM's CPU workers open several loopback
ports for gloo as they start). `free_port` chooses below that range instead, where the
kernel never hands out ports on its own.
"""

from __future__ import annotations

import random
import socket
from collections import deque
from collections.abc import Container
from pathlib import Path

EPHEMERAL_RANGE = Path("/proc/sys/net/ipv4/ip_local_port_range")
LOWEST = 20000
REMEMBERED = 2000  # ports handed out recently; a test uses a few dozen

_handed: deque[int] = deque(maxlen=REMEMBERED)


def _ephemeral() -> tuple[int, int]:
    try:
        low, high = (int(x) for x in EPHEMERAL_RANGE.read_text().split())
    except (OSError, ValueError):
        low, high = 32768, 60999  # Linux's default
    return low, high


def free_port(avoid: Container[int] = ()) -> int:
    """A TCP port on 127.0.0.1 that is free now, outside the ephemeral range, not in
    `avoid` (ports the test has set aside for something else: Ray's worker port range) and
    not among the ports this process handed out recently."""
    low, high = _ephemeral()
    ports = list(range(LOWEST, low)) if low > LOWEST + 100 else list(range(high + 1, 65536))
    handed = set(_handed)
    ports = [port for port in ports if port not in avoid and port not in handed]
    random.shuffle(ports)  # tests running side by side rarely try the same one
    for port in ports[:500]:
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
        _handed.append(port)
        return port
    raise RuntimeError("no free loopback port outside the ephemeral range")
