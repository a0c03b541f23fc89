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


def test_free_ports_avoid_the_ports_set_aside():
    low, _ = _ephemeral()
    avoid = range(20000, low - 50)  # all but 50 of the ports it may choose
    for _ in range(20):
        assert free_port(avoid) not in avoid


def test_a_port_is_not_handed_out_twice_before_it_is_bound():
    # a test chooses all its ports before binding any: no two calls return the same one
    low, _ = _ephemeral()
    avoid = range(20000, low - 100)  # 100 ports left to choose from
    ports = [free_port(avoid) for _ in range(40)]
    assert len(set(ports)) == 40
