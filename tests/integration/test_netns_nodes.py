"""The network-namespace harness for real: two nodes reach each other on their subnet and
nothing else (not the host's loopback, not the host's addresses), and everything made is
gone afterwards, also when the test body fails."""

from __future__ import annotations

import socket
import subprocess
import sys

import pytest

from appliance.testing.netns_nodes import NetnsNodes, netns_available

pytestmark = pytest.mark.skipif(netns_available() is not None, reason=str(netns_available()))

# Inside a node: connect to HOST:PORT, print "ok" or the error's name
CONNECT = """
import socket, sys
try:
    socket.create_connection((sys.argv[1], int(sys.argv[2])), timeout=3).close()
    print("ok")
except OSError as exc:
    print(type(exc).__name__, exc)
"""
# Inside a node: accept one connection on HOST:PORT, say when listening
SERVE = """
import socket, sys
s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind((sys.argv[1], int(sys.argv[2]))); s.listen(); print("listening", flush=True)
s.settimeout(30); s.accept()[0].close()
"""


def namespaces() -> set[str]:
    out = subprocess.run(["ip", "netns", "list"], capture_output=True, text=True).stdout
    return {line.split()[0] for line in out.splitlines() if line.strip()}


def host_addresses() -> list[str]:
    out = subprocess.run(["ip", "-o", "-4", "addr", "show"], capture_output=True, text=True).stdout
    return [f.split("/")[0] for line in out.splitlines()
            for f in [line.split()[3]] if not f.startswith("127.")]


def test_two_nodes_reach_each_other_and_nothing_else() -> None:
    # a listener on the host's loopback: a node must not reach it (its loopback is its own)
    host = socket.socket()
    host.bind(("127.0.0.1", 0))
    host.listen()
    host_port = host.getsockname()[1]
    try:
        with NetnsNodes(2) as nodes:
            a, b = nodes.nodes
            made = set(nodes.layout.namespaces)
            assert made <= namespaces()
            server = subprocess.Popen(
                nodes.layout.exec_argv(b, [sys.executable, "-c", SERVE, b.address, "23456"]),
                stdout=subprocess.PIPE, text=True,
            )
            try:
                assert server.stdout.readline().strip() == "listening"
                reached = nodes.run(a, [sys.executable, "-c", CONNECT, b.address, "23456"])
                assert reached.stdout.strip() == "ok", reached
                assert server.wait(timeout=30) == 0
            finally:
                server.kill()
                server.wait()
            links = nodes.run(a, ["ip", "-o", "link", "show"]).stdout.splitlines()
            assert {ln.split(":")[1].strip().split("@")[0] for ln in links} == {"lo", "eth0"}
            assert f"inet {a.address}/24" in nodes.run(a, ["ip", "-o", "addr"]).stdout
            loop = nodes.run(a, [sys.executable, "-c", CONNECT, "127.0.0.1", str(host_port)])
            assert loop.stdout.startswith("ConnectionRefusedError"), loop
            for address in host_addresses():
                out = nodes.run(a, [sys.executable, "-c", CONNECT, address, str(host_port)])
                assert out.stdout.startswith("OSError"), (address, out)  # no route
        assert not made & namespaces()
        host.setblocking(False)
        with pytest.raises(BlockingIOError):
            host.accept()  # nothing came in
    finally:
        host.close()


def test_namespaces_are_removed_when_the_test_body_fails() -> None:
    with pytest.raises(RuntimeError, match="the test failed"):
        with NetnsNodes(2) as nodes:
            made = set(nodes.layout.namespaces)
            sleeper = nodes.popen(nodes.nodes[0], ["sleep", "600"])
            raise RuntimeError("the test failed")
    assert sleeper.poll() is not None
    assert not made & namespaces()
