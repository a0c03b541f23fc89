"""Network-namespace "nodes" for tests: N namespaces, each with its own loopback and one
interface `eth0` on a private subnet, joined by a bridge that lives in a namespace of its
own, so nothing the test makes touches the host's interfaces or routes.

    with NetnsNodes(2) as nodes:
        a, b = nodes.nodes
        proc = nodes.popen(b, ["python3", "-m", "http.server", "--bind", b.address, "8000"])
        nodes.run(a, ["python3", "-c", "..."])   # reaches b.address, and nothing else

`NetnsLayout` is the pure part: names, addresses and the `ip` commands that make and
remove them. `NetnsNodes` runs those commands (it needs root), starts processes inside
the namespaces, and on exit stops the processes it started (by process group) and deletes
every namespace it made, also when the test failed or setup stopped half-way.
"""

from __future__ import annotations

import ipaddress
import os
import shutil
import signal
import subprocess
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

NODE_INTERFACE = "eth0"  # the name of every node's interface on the subnet
BRIDGE = "br0"
DEFAULT_SUBNET = "10.77.0.0/24"


@dataclass(frozen=True)
class NetnsNode:
    name: str  # the namespace: `ip netns exec <name> ...`
    address: str  # on NODE_INTERFACE
    interface: str = NODE_INTERFACE


@dataclass(frozen=True)
class NetnsLayout:
    """`count` nodes named `<prefix>-n0`, `<prefix>-n1`, ... with the subnet's first
    addresses, and the bridge in `<prefix>-hub`. The prefix keeps concurrent tests apart;
    the same subnet in two layouts does not clash (each has its own namespaces)."""

    prefix: str
    count: int
    subnet: str = DEFAULT_SUBNET

    def __post_init__(self) -> None:
        if self.count < 1:
            raise ValueError(f"a layout needs at least one node, not {self.count}")
        net = ipaddress.ip_network(self.subnet)
        if net.num_addresses - 2 < self.count:
            raise ValueError(f"{self.subnet} has too few addresses for {self.count} nodes")
        if not self.prefix or not all(c.isalnum() or c in "-_" for c in self.prefix):
            raise ValueError(f"prefix {self.prefix!r}: use letters, digits, '-' or '_'")

    @property
    def hub(self) -> str:
        return f"{self.prefix}-hub"

    @property
    def prefixlen(self) -> int:
        return ipaddress.ip_network(self.subnet).prefixlen

    @property
    def nodes(self) -> tuple[NetnsNode, ...]:
        hosts = ipaddress.ip_network(self.subnet).hosts()
        return tuple(NetnsNode(f"{self.prefix}-n{i}", str(next(hosts))) for i in range(self.count))

    @property
    def namespaces(self) -> tuple[str, ...]:
        return (self.hub, *(n.name for n in self.nodes))

    def setup_commands(self) -> list[list[str]]:
        """The `ip` commands that make the layout, in order. Each node's veth pair is made
        in the hub (`v<i>` stays on the bridge) and its other end moved into the node and
        renamed to NODE_INTERFACE."""
        hub = self.hub
        cmds = [["ip", "netns", "add", ns] for ns in self.namespaces]
        cmds += [
            ["ip", "-n", hub, "link", "set", "lo", "up"],
            ["ip", "-n", hub, "link", "add", BRIDGE, "type", "bridge"],
            ["ip", "-n", hub, "link", "set", BRIDGE, "up"],
        ]
        for i, node in enumerate(self.nodes):
            peer = f"p{i}"
            cmds += [
                ["ip", "-n", hub, "link", "add", f"v{i}", "type", "veth", "peer", "name", peer],
                ["ip", "-n", hub, "link", "set", f"v{i}", "master", BRIDGE],
                ["ip", "-n", hub, "link", "set", f"v{i}", "up"],
                ["ip", "-n", hub, "link", "set", peer, "netns", node.name],
                ["ip", "-n", node.name, "link", "set", peer, "name", node.interface],
                ["ip", "-n", node.name, "addr", "add", f"{node.address}/{self.prefixlen}",
                 "dev", node.interface],
                ["ip", "-n", node.name, "link", "set", node.interface, "up"],
                ["ip", "-n", node.name, "link", "set", "lo", "up"],
            ]
        return cmds

    def teardown_commands(self, existing: Sequence[str]) -> list[list[str]]:
        """Delete the layout's namespaces that exist (the veths and the bridge go with
        them). `existing` is what `ip netns list` shows now."""
        present = {line.split()[0] for line in existing if line.strip()}
        return [["ip", "netns", "del", ns] for ns in reversed(self.namespaces) if ns in present]

    def exec_argv(self, node: NetnsNode, argv: Sequence[str]) -> list[str]:
        return ["ip", "netns", "exec", node.name, *argv]


def netns_available() -> str | None:
    """None when this process can make network namespaces, else why not (for a skip)."""
    if shutil.which("ip") is None:
        return "iproute2's `ip` is not installed"
    if os.geteuid() != 0:
        return "making network namespaces needs root"
    return None


class NetnsNodes:
    """The shell around NetnsLayout: makes the namespaces on enter, removes them on exit."""

    def __init__(self, count: int, subnet: str = DEFAULT_SUBNET, prefix: str | None = None):
        self.layout = NetnsLayout(prefix or f"mn{os.getpid()}x{id(self) % 10_000}", count, subnet)
        self._procs: list[subprocess.Popen] = []

    @property
    def nodes(self) -> tuple[NetnsNode, ...]:
        return self.layout.nodes

    def __enter__(self) -> NetnsNodes:
        try:
            for argv in self.layout.setup_commands():
                _ip(argv)
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def run(self, node: NetnsNode, argv: Sequence[str], timeout: float = 60,
            **kwargs) -> subprocess.CompletedProcess:
        """Run a command inside `node` to its end (output captured as text)."""
        return subprocess.run(self.layout.exec_argv(node, argv), capture_output=True,
                              text=True, timeout=timeout, **kwargs)

    def popen(self, node: NetnsNode, argv: Sequence[str], env: Mapping[str, str] | None = None,
              log: Path | None = None) -> subprocess.Popen:
        """Start a command inside `node` in a process group of its own (stopped on exit);
        its output goes to `log`, else nowhere."""
        out = log.open("ab") if log else subprocess.DEVNULL
        try:
            proc = subprocess.Popen(
                self.layout.exec_argv(node, argv), stdout=out, stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL, env=None if env is None else dict(env),
                start_new_session=True,
            )
        finally:
            if log:
                out.close()  # type: ignore[union-attr]
        self._procs.append(proc)
        return proc

    def stop(self, proc: subprocess.Popen, grace_s: float = 15) -> None:
        """SIGTERM to the process's group, SIGKILL after `grace_s`."""
        if proc.poll() is None:
            _signal_group(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=grace_s)
            except subprocess.TimeoutExpired:
                pass
        _signal_group(proc.pid, signal.SIGKILL)  # what the leader left behind
        proc.wait()

    def close(self) -> None:
        """Stop every process started here, then delete the namespaces (a namespace that
        still has processes lives on after `ip netns del`, so they go first)."""
        for proc in self._procs:
            self.stop(proc)
        self._procs.clear()
        listed = subprocess.run(["ip", "netns", "list"], capture_output=True, text=True)
        for argv in self.layout.teardown_commands(listed.stdout.splitlines()):
            subprocess.run(argv, capture_output=True, text=True)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and self._left():
            time.sleep(0.1)

    def _left(self) -> list[str]:
        listed = subprocess.run(["ip", "netns", "list"], capture_output=True, text=True)
        names = {line.split()[0] for line in listed.stdout.splitlines() if line.strip()}
        return [ns for ns in self.layout.namespaces if ns in names]


def _ip(argv: list[str]) -> None:
    result = subprocess.run(argv, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(argv)} failed: {result.stderr.strip()}")


def _signal_group(pid: int, sig: int) -> None:
    try:
        os.killpg(pid, sig)
    except (ProcessLookupError, PermissionError):
        pass
