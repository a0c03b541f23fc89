"""Booted hosts for tests: real systemd in Debian containers, reachable over SSH.

Each host is `systemd-nspawn --boot` of one shared, cached root file system
(`scripts/booted-rootfs`), seen through an overlay of its own so the playbook's changes stay
with the host and the cached rootfs stays pristine. PID 1 of the test machine need not be
systemd: `--register=no --keep-unit` keep nspawn away from the host's (absent) systemd and
D-Bus. Each host gets a veth link whose host side this module addresses (`10.213.N.1/30`,
the container `10.213.N.2`), so Ansible reaches it over SSH exactly as it reaches a
bare-metal host, and each nspawn runs in a cgroup of its own (two containers' systemd must
not share one subtree). Everything is stopped by PID and removed: the nspawn processes, the
overlays, the cgroups.

    with booted_hosts(3, workdir, wheelhouse=wh) as hosts:
        hosts[0].run("systemctl", "is-active", "nginx")    # inside, through nsenter
        hosts[0].address                                   # for the inventory

Needs root, systemd-container and the rootfs; `missing_requirements()` says what is absent
so a test can skip with the reason. The fleet's multi-host tests use the same module.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import subprocess
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
ROOTFS_SCRIPT = REPO / "scripts" / "booted-rootfs"
CGROUP_ROOT = Path("/sys/fs/cgroup")
# Where the wheelhouse appears inside every host (read-only): the roles' pip source.
WHEELHOUSE_IN_HOST = "/srv/wheelhouse"
# Boot, SSH and teardown are bounded polls with room for a loaded 2-core machine.
BOOT_TIMEOUT_S = 90.0
STOP_TIMEOUT_S = 60.0


def missing_requirements() -> str | None:
    """Why booted hosts cannot run here, or None when they can."""
    if os.geteuid() != 0:
        return "booted hosts need root (mounts, cgroups, veth links)"
    for tool in ("systemd-nspawn", "nsenter", "ip", "ssh", "ssh-keygen", "debootstrap"):
        if shutil.which(tool) is None:
            return f"booted hosts need {tool}: run scripts/install-packages"
    if not (CGROUP_ROOT / "unified").is_dir() and not (CGROUP_ROOT / "cgroup.procs").exists():
        return "booted hosts need a cgroup file system at /sys/fs/cgroup"
    return None


def rootfs_path() -> Path:
    """The cached rootfs; built by scripts/booted-rootfs (about a minute) when absent."""
    out = subprocess.run([str(ROOTFS_SCRIPT)], capture_output=True, text=True, timeout=900)
    if out.returncode != 0:
        raise RuntimeError(f"scripts/booted-rootfs failed:\n{out.stderr[-4000:]}")
    return Path(out.stdout.strip().splitlines()[-1])


def wait_for(check: Callable[[], Any], timeout: float, what: str, interval: float = 0.1) -> Any:
    """Poll `check` until it returns something true; AssertionError after `timeout`."""
    deadline = time.monotonic() + timeout
    last: Any = None
    while time.monotonic() < deadline:
        try:
            last = check()
        except (OSError, subprocess.SubprocessError) as exc:
            last = exc
        else:
            if last:
                return last
        time.sleep(interval)
    raise AssertionError(f"timed out after {timeout:g}s waiting for {what}; last: {last!r}")


@dataclass
class BootedHost:
    """One booted container: its name, its addresses and its PID 1 as the test sees it."""

    name: str
    address: str  # the container's side of the veth link
    gateway: str  # the test machine's side
    dir: Path
    nspawn: subprocess.Popen | None = None
    leader: int | None = None  # the container's PID 1, in the test machine's PID namespace
    cgroups: list[Path] = field(default_factory=list)
    mounted: bool = False

    @property
    def root(self) -> Path:
        """The host's file system as the test machine sees it (the merged overlay)."""
        return self.dir / "merged"

    @property
    def veth(self) -> str:
        return f"ve-{self.name}"

    def run(self, *argv: str, check: bool = True, timeout: float = 120.0,
            input: str | None = None) -> subprocess.CompletedProcess:
        """Run a command inside the host (all its namespaces) as root."""
        assert self.leader is not None, f"{self.name} is not booted"
        result = subprocess.run(
            ["nsenter", "-t", str(self.leader), "-a", "--", *argv],
            capture_output=True, text=True, timeout=timeout, input=input,
        )
        if check and result.returncode != 0:
            raise AssertionError(
                f"{self.name}: {' '.join(argv)} exited {result.returncode}:\n"
                f"{result.stdout}\n{result.stderr}"
            )
        return result

    def system_state(self) -> str:
        return self.run("systemctl", "is-system-running", check=False).stdout.strip()

    def unit_active(self, unit: str) -> bool:
        return self.run("systemctl", "is-active", "--quiet", unit, check=False).returncode == 0

    def main_pid(self, unit: str) -> int:
        out = self.run("systemctl", "show", "-p", "MainPID", "--value", unit).stdout
        return int(out.strip() or 0)


_SUBNET = re.compile(r"inet 10\.213\.(\d+)\.")


def _free_subnets(count: int) -> list[int]:
    """Third octets of 10.213.N.0/30 links no interface of this machine uses yet."""
    used = {int(n) for n in _SUBNET.findall(
        subprocess.run(["ip", "-4", "addr"], capture_output=True, text=True).stdout)}
    free = [n for n in range(1, 255) if n not in used]
    if len(free) < count:
        raise RuntimeError("no free 10.213.N.0/30 subnet left for a booted host")
    return free[:count]


def _join_cgroup(paths: list[Path]) -> Callable[[], None]:
    def join() -> None:  # runs in the child between fork and exec
        for path in paths:
            (path / "cgroup.procs").write_text(str(os.getpid()))
    return join


def _cgroup_dirs(name: str) -> list[Path]:
    """A cgroup of the host's own in each hierarchy nspawn uses (hybrid or unified)."""
    if (CGROUP_ROOT / "unified").is_dir():
        return [CGROUP_ROOT / "systemd" / name, CGROUP_ROOT / "unified" / name]
    return [CGROUP_ROOT / name]


def _remove_cgroup(path: Path) -> None:
    """rmdir depth-first (nspawn leaves payload/ and supervisor/ under it)."""
    if not path.is_dir():
        return
    for sub in sorted((p for p in path.rglob("*") if p.is_dir()), key=lambda p: -len(p.parts)):
        with contextlib.suppress(OSError):
            sub.rmdir()
    with contextlib.suppress(OSError):
        path.rmdir()


def _prepare(host: BootedHost, rootfs: Path, public_key: str) -> None:
    for sub in ("upper", "work", "merged"):
        (host.dir / sub).mkdir(parents=True, exist_ok=True)
    subprocess.run(
        ["mount", "-t", "overlay", "overlay", "-o",
         f"lowerdir={rootfs},upperdir={host.dir / 'upper'},workdir={host.dir / 'work'}",
         str(host.root)],
        check=True, capture_output=True, text=True,
    )
    host.mounted = True
    root = host.root
    (root / "etc/hostname").write_text(host.name + "\n")
    (root / "etc/hosts").write_text(f"127.0.0.1 localhost\n{host.address} {host.name}\n")
    # Sorts before the shipped 80-container-host0.network (DHCP), which would win otherwise.
    (root / "etc/systemd/network/10-host0.network").write_text(
        f"[Match]\nName=host0\n[Network]\nAddress={host.address}/30\n"
    )
    ssh = root / "root/.ssh"
    ssh.mkdir(mode=0o700, parents=True, exist_ok=True)
    (ssh / "authorized_keys").write_text(public_key)
    (ssh / "authorized_keys").chmod(0o600)


def _boot(host: BootedHost, binds: list[str]) -> None:
    host.cgroups = _cgroup_dirs(f"appliance-booted-{host.name}")
    for path in host.cgroups:
        path.mkdir(exist_ok=True)
    log = open(host.dir / "nspawn.log", "ab")  # noqa: SIM115 (closed with the process)
    argv = ["systemd-nspawn", "-D", str(host.root), "-M", host.name, "--boot",
            "--register=no", "--keep-unit", "--network-veth", "--console=pipe",
            f"--uuid={uuid.uuid4()}"]
    argv += [f"--bind-ro={b}" for b in binds]
    host.nspawn = subprocess.Popen(
        argv, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
        preexec_fn=_join_cgroup(host.cgroups),
    )
    log.close()


def _children(pid: int) -> list[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(p) for p in text.split()]


def _wait_ready(host: BootedHost, key: Path, timeout: float) -> None:
    assert host.nspawn is not None

    def leader() -> int | None:
        if host.nspawn.poll() is not None:
            raise AssertionError(f"{host.name}: systemd-nspawn exited {host.nspawn.returncode}; "
                                 f"see {host.dir / 'nspawn.log'}")
        kids = _children(host.nspawn.pid)
        return kids[0] if kids else None

    host.leader = wait_for(leader, timeout, f"{host.name}'s PID 1")
    wait_for(lambda: subprocess.run(["ip", "link", "show", host.veth], capture_output=True)
             .returncode == 0, timeout, f"{host.veth}")
    subprocess.run(["ip", "addr", "add", f"{host.gateway}/30", "dev", host.veth], check=True)
    subprocess.run(["ip", "link", "set", host.veth, "up"], check=True)
    try:
        wait_for(lambda: host.system_state() in ("running", "degraded"), timeout,
                 f"{host.name} to finish booting", interval=0.2)
    except AssertionError as exc:  # say where the boot stands: its state and waiting jobs
        jobs = host.run("systemctl", "list-jobs", "--no-pager", check=False, timeout=10)
        state = host.system_state()
        raise AssertionError(
            f"{exc}; state {state!r}; jobs:\n{jobs.stdout[-1500:]}{jobs.stderr[-300:]}"
        ) from None
    wait_for(lambda: subprocess.run(
        ["ssh", *ssh_options(key), f"root@{host.address}", "true"],
        capture_output=True, timeout=10).returncode == 0,
        timeout, f"ssh to {host.name}", interval=0.3)


def ssh_options(key: Path) -> list[str]:
    """Options for ssh to a booted host (throwaway host keys: nothing is remembered)."""
    return ["-i", str(key), "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null",
            "-o", "LogLevel=ERROR", "-o", "ConnectTimeout=3", "-o", "BatchMode=yes"]


def _stop(host: BootedHost) -> None:
    if host.nspawn is not None and host.nspawn.poll() is None:
        host.nspawn.send_signal(signal.SIGTERM)  # nspawn halts the container cleanly
        try:
            host.nspawn.wait(timeout=STOP_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            host.nspawn.kill()
            host.nspawn.wait(timeout=30)
    if host.mounted:
        subprocess.run(["umount", str(host.root)], capture_output=True)
        host.mounted = False
    for path in host.cgroups:
        _remove_cgroup(path)
    shutil.rmtree(host.dir, ignore_errors=True)


@dataclass
class BootedHosts:
    hosts: list[BootedHost]
    key: Path  # the private key root's authorized_keys accepts on every host

    def __getitem__(self, index: int) -> BootedHost:
        return self.hosts[index]

    def __iter__(self) -> Iterator[BootedHost]:
        return iter(self.hosts)

    def __len__(self) -> int:
        return len(self.hosts)


@contextlib.contextmanager
def booted_hosts(count: int, workdir: Path, *, rootfs: Path | None = None,
                 wheelhouse: Path | None = None, prefix: str = "bh") -> Iterator[BootedHosts]:
    """Boot `count` hosts in parallel; stop and remove them all on the way out.

    `wheelhouse` is bind-mounted read-only at WHEELHOUSE_IN_HOST in every host. Host names
    are `<prefix><pid>n<i>` (the veth name `ve-<name>` must fit 15 characters)."""
    rootfs = rootfs or rootfs_path()
    workdir.mkdir(parents=True, exist_ok=True)
    key = workdir / "ssh-key"
    if not key.exists():
        subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(key)], check=True)
    public = key.with_suffix(".pub").read_text()
    tag = f"{prefix}{os.getpid() % 100000}"
    hosts = [
        BootedHost(name=f"{tag}n{i}", address=f"10.213.{n}.2", gateway=f"10.213.{n}.1",
                   dir=workdir / f"{tag}n{i}")
        for i, n in enumerate(_free_subnets(count))
    ]
    binds = [f"{wheelhouse}:{WHEELHOUSE_IN_HOST}"] if wheelhouse else []
    try:
        for host in hosts:
            _prepare(host, rootfs, public)
            _boot(host, binds)
        for host in hosts:
            _wait_ready(host, key, BOOT_TIMEOUT_S)
        yield BootedHosts(hosts, key)
    finally:
        for host in hosts:
            _stop(host)
