"""The pieces the booted-hosts rollout tests share: a wheelhouse of this checkout, an
inventory of booted hosts, and ansible-playbook run against it with its recap parsed.

    wheels = build_wheelhouse(tmp / "wheels")                   # this checkout + its deps
    inv = write_inventory(tmp / "inv", hosts, group_vars, host_vars)
    result = run_playbook("site.yml", inv, ...)                 # .recap[host]["changed"]
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from appliance.testing.booted import REPO, BootedHosts

ANSIBLE_DIR = REPO / "ansible"
_BIN = Path(sys.executable).parent
_RECAP = re.compile(r"^(\S+)\s+:\s+((?:\w+=\d+\s*)+)$", re.M)


def ansible_tool(name: str) -> Path | None:
    """ansible-playbook, ansible-lint, ...: beside this Python, else on PATH."""
    local = _BIN / name
    if local.exists():
        return local
    found = shutil.which(name)
    return Path(found) if found else None


def build_wheelhouse(dest: Path, source: Path = REPO, version: str | None = None) -> Path:
    """Wheels of `source` and every dependency into `dest` (pip's cache makes a second build
    quick). With `version`, a copy of the tracked files with appliance.__version__ set to it
    is built instead, without dependencies (an upgrade's new release)."""
    dest.mkdir(parents=True, exist_ok=True)
    args = [sys.executable, "-m", "pip", "wheel", "-q", "-w", str(dest)]
    if version is not None:
        copy = dest.parent / f"appliance-{version}-src"
        files = subprocess.run(["git", "ls-files", "-co", "--exclude-standard"], cwd=source,
                               capture_output=True, text=True, check=True).stdout.split()
        for name in files:
            if (source / name).is_file():
                (copy / name).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(source / name, copy / name)
        init = copy / "appliance" / "__init__.py"
        init.write_text(re.sub(r'__version__ = "[^"]*"', f'__version__ = "{version}"',
                               init.read_text()))
        source, args = copy, [*args, "--no-deps"]
    subprocess.run([*args, str(source)], check=True, capture_output=True, text=True, timeout=600)
    return dest


def write_inventory(dest: Path, hosts: BootedHosts, group_vars: dict,
                    host_vars: dict[int, dict]) -> Path:
    """An inventory of the booted hosts (group appliance_nodes) reached over SSH as root."""
    (dest / "group_vars").mkdir(parents=True, exist_ok=True)
    (dest / "host_vars").mkdir(exist_ok=True)
    members = {
        h.name: {"ansible_host": h.address, "ansible_user": "root",
                 "ansible_ssh_private_key_file": str(hosts.key),
                 "ansible_ssh_common_args": "-o StrictHostKeyChecking=no "
                 "-o UserKnownHostsFile=/dev/null -o LogLevel=ERROR"}
        for h in hosts
    }
    # JSON is YAML: no YAML writer needed.
    (dest / "hosts.yml").write_text(json.dumps({"appliance_nodes": {"hosts": members}}, indent=1))
    (dest / "group_vars" / "all.yml").write_text(json.dumps(group_vars, indent=1))
    for index, values in host_vars.items():
        (dest / "host_vars" / f"{hosts[index].name}.yml").write_text(json.dumps(values, indent=1))
    return dest


@dataclass
class PlaybookRun:
    returncode: int
    output: str
    recap: dict[str, dict[str, int]]

    def changed(self) -> dict[str, int]:
        return {host: counts.get("changed", 0) for host, counts in self.recap.items()}


def run_playbook(playbook: str, inventory: Path, *args: str, env: dict | None = None,
                 timeout: float = 900.0, log: Path | None = None) -> PlaybookRun:
    tool = ansible_tool("ansible-playbook")
    assert tool is not None, "ansible-playbook is missing: install the test extra"
    environment = {**os.environ, "ANSIBLE_CONFIG": str(ANSIBLE_DIR / "ansible.cfg"),
                   "ANSIBLE_FORCE_COLOR": "0", "ANSIBLE_NOCOLOR": "1",
                   "PATH": f"{tool.parent}:{os.environ.get('PATH', '')}", **(env or {})}
    result = subprocess.run(
        [str(tool), "-i", str(inventory), str(ANSIBLE_DIR / playbook), *args],
        cwd=ANSIBLE_DIR, capture_output=True, text=True, timeout=timeout, env=environment,
    )
    output = result.stdout + result.stderr
    if log is not None:
        with log.open("a") as f:
            f.write(f"==== ansible-playbook {playbook} {' '.join(args)}\n{output}\n")
    recap = {}
    tail = output.split("PLAY RECAP", 1)[-1]
    for host, counts in _RECAP.findall(tail):
        recap[host] = {k: int(v) for k, v in re.findall(r"(\w+)=(\d+)", counts)}
    return PlaybookRun(result.returncode, output, recap)
