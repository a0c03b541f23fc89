"""The tests' free port lies outside the kernel's ephemeral range, where no bind(0) or
outgoing connection of another process (vLLM's gloo workers) can take it first."""

from __future__ import annotations

import socket

from appliance.testing.ports import _ephemeral, free_port


def test_free_ports_are_bindable_and_outside_the_ephemeral_range():
    low, high = _ephemeral()
    for _ in range(20):
        port = free_port()
        assert not low <= port <= high
        with socket.socket() as s:
            s.bind(("127.0.0.1", port))
