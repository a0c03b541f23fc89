"""A node cut off from its fleet for real, with nftables: for tests/integration/test_fleet_e2e.py.

Every node of tests/integration/fleet_stack.py lives on 127.0.0.x, so the test process first
moves into a network namespace of its own (`own_network_namespace`): the nodes it starts
inherit it, and the rules below touch nothing outside it (root only).

Which packets are the node's? Those to or from its address, and those of its processes:
its listeners (gossip, relay, proxy) and Serf's UDP socket are bound to its address, but
the connections it opens (Serf's TCP to other nodes, the agent's catalog fetches, the
proxy's relay requests) leave from 127.0.0.1, the loopback route's source. So the node's
processes run in a cgroup of their own (`NodeCgroup`, joined before exec by every process
the node starts; supervisord's programs inherit it), and nftables tells their sockets by
it (`socket cgroupv2`). `cut_rules` drops, in the input hook (after loopback: the sender's
send succeeds, as on a real network, so Serf suspects the peer and not itself):

- a packet from the node (its cgroup's socket sent it: marked in the output hook; or its
  address is the source) to anyone else;
- a packet from anyone else to the node (its address, or a socket of its cgroup);

except the test's own client connections to the node's proxy port, so the test can ask
the cut-off node what it routes to. Healing deletes the table: nothing is restarted.
"""

from __future__ import annotations

import ctypes
import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

CLONE_NEWNET = 0x40000000
CGROUP_ROOT = Path("/sys/fs/cgroup")  # where nft looks up the paths of `socket cgroupv2`
MARK = 0x0A9C  # what the output hook sets on the cut-off node's packets


def cgroup2_mount() -> Path | None:
    """The cgroup v2 hierarchy's mount point, where it is at or under /sys/fs/cgroup."""
    for line in Path("/proc/self/mounts").read_text().splitlines():
        fields = line.split()
        if len(fields) > 2 and fields[2] == "cgroup2" and Path(fields[1]).is_relative_to(CGROUP_ROOT):
            return Path(fields[1])
    return None


def why_no_partition() -> str | None:
    """Why this process cannot cut a node off, or None when it can."""
    if os.geteuid() != 0:
        return "cutting a node off needs root (a network namespace and nftables rules of its own)"
    if shutil.which("nft") is None:
        return "nft is not installed (Debian's nftables: scripts/install-packages)"
    if shutil.which("ip") is None:
        return "ip is not installed (Debian's iproute2: scripts/install-packages)"
    if cgroup2_mount() is None:
        return "no cgroup v2 hierarchy under /sys/fs/cgroup (nft tells the node's sockets by it)"
    return None


@contextmanager
def own_network_namespace() -> Iterator[None]:
    """This thread, and every process and thread it starts meanwhile, in a new network
    namespace with its loopback up; back to the one before on exit."""
    libc = ctypes.CDLL(None, use_errno=True)
    before = os.open("/proc/thread-self/ns/net", os.O_RDONLY)
    try:
        if libc.unshare(CLONE_NEWNET) != 0:
            raise OSError(ctypes.get_errno(), "unshare(CLONE_NEWNET)")
        try:
            subprocess.run(["ip", "link", "set", "lo", "up"], check=True, timeout=30)
            yield
        finally:
            if libc.setns(before, CLONE_NEWNET) != 0:
                raise OSError(ctypes.get_errno(), "setns back to the network namespace before")
    finally:
        os.close(before)


class NodeCgroup:
    """A cgroup v2 group for one node's processes, made under the hierarchy's root."""

    def __init__(self, name: str):
        mount = cgroup2_mount()
        assert mount is not None, why_no_partition()
        self.path = mount / f"appliance-test-{os.getpid()}-{name}"
        self.path.mkdir()

    def join(self) -> None:
        """Move the calling process here (a preexec_fn: the child, before its exec)."""
        (self.path / "cgroup.procs").write_text("0")

    @property
    def nft_ref(self) -> str:
        """`socket cgroupv2 level N "path"`: the group's depth and its path as nft reads
        them (relative to /sys/fs/cgroup)."""
        mount = cgroup2_mount()
        assert mount is not None
        depth = len(self.path.relative_to(mount).parts)
        return f'socket cgroupv2 level {depth} "{self.path.relative_to(CGROUP_ROOT)}"'

    def remove(self, timeout_s: float = 30) -> None:
        """Remove the group once the node's processes are gone (they leave it as they exit)."""
        deadline = time.monotonic() + timeout_s
        while self.path.exists():
            try:
                self.path.rmdir()
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)


def cut_rules(table: str, ip: str, cgroup: NodeCgroup, client_port: int) -> str:
    """nftables rules (an `nft -f` script) that cut the node at `ip`, whose processes run
    in `cgroup`, off from everyone else in this network namespace, both ways, except
    connections to its proxy's `client_port`."""
    own = cgroup.nft_ref
    return f"""table inet {table} {{
    chain output {{
        type filter hook output priority 0; policy accept;
        {own} meta mark set {MARK:#x}
    }}
    chain input {{
        type filter hook input priority 0; policy accept;
        ip daddr {ip} tcp dport {client_port} accept
        ip saddr {ip} tcp sport {client_port} accept
        ip saddr {ip} meta mark set {MARK:#x}
        meta mark {MARK:#x} jump from_node
        ip daddr {ip} drop
        {own} drop
    }}
    chain from_node {{
        ip daddr {ip} accept
        {own} accept
        drop
    }}
}}
"""


class Partition:
    """The node at `ip` cut off (`cut()`) and back (`heal()`); nft's table is this one's
    alone, so healing removes exactly what cutting added."""

    def __init__(self, name: str, ip: str, cgroup: NodeCgroup, client_port: int):
        self.table = f"appliance_cut_{name}"
        self.rules = cut_rules(self.table, ip, cgroup, client_port)
        self.active = False

    def cut(self) -> None:
        subprocess.run(["nft", "-f", "-"], input=self.rules, text=True, check=True,
                       capture_output=True, timeout=30)
        self.active = True

    def heal(self) -> None:
        if self.active:
            subprocess.run(["nft", "delete", "table", "inet", self.table], check=True,
                           capture_output=True, timeout=30)
            self.active = False
