"""scripts/install-packages, the README's first set-up command, works verbatim as root and
as a user who may use sudo, and says what to do as a user who may not. apt-get, sudo and
dpkg-query are stand-ins on PATH that record how they were called; the script is real."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "install-packages"
NOBODY = 65534


def stand_ins(tmp: Path, with_sudo: bool) -> Path:
    """A bin folder with the few real commands the script needs and the stand-ins."""
    bin_dir = tmp / "bin"
    bin_dir.mkdir()
    for tool in ("bash", "id", "env", "cat"):
        os.symlink(shutil.which(tool), bin_dir / tool)
    record = tmp / "calls"
    (bin_dir / "dpkg-query").write_text("#!/bin/bash\nexit 1\n")  # nothing is installed
    (bin_dir / "apt-get").write_text(f'#!/bin/bash\necho "apt-get uid=$(id -u) $*" >> {record}\n')
    if with_sudo:
        (bin_dir / "sudo").write_text(f'#!/bin/bash\necho "sudo $*" >> {record}\nexec "$@"\n')
    for f in bin_dir.iterdir():
        if not f.is_symlink():
            f.chmod(0o755)
    return bin_dir


def run_as(uid: int, bin_dir: Path, tmp: Path) -> subprocess.CompletedProcess:
    script = tmp / "install-packages"
    shutil.copy(SCRIPT, script)
    (tmp / "calls").touch()
    (tmp / "calls").chmod(0o666)
    prefix = [] if uid == 0 else [shutil.which("setpriv"), f"--reuid={uid}", f"--regid={uid}",
                                  "--clear-groups"]
    return subprocess.run([*prefix, str(bin_dir / "bash"), str(script)], capture_output=True,
                          text=True, env={"PATH": str(bin_dir)}, timeout=60)


@pytest.fixture
def tmp_path() -> Iterator[Path]:
    """A scratch folder the other user can enter (pytest's own is private to root)."""
    path = Path(tempfile.mkdtemp(prefix="install-packages-"))
    path.chmod(0o755)
    yield path
    shutil.rmtree(path)


needs_root = pytest.mark.skipif(os.geteuid() != 0 or not shutil.which("setpriv"),
                                reason="runs the script as root and as another user")


@needs_root
def test_as_root_apt_get_runs_directly(tmp_path: Path) -> None:
    result = run_as(0, stand_ins(tmp_path, with_sudo=False), tmp_path)
    assert result.returncode == 0, result.stderr
    calls = (tmp_path / "calls").read_text().splitlines()
    assert calls[0] == "apt-get uid=0 update -q"
    assert calls[1].startswith("apt-get uid=0 install -y -q --no-install-recommends git curl python3 ")


@needs_root
def test_as_a_user_with_sudo_apt_get_runs_through_sudo(tmp_path: Path) -> None:
    result = run_as(NOBODY, stand_ins(tmp_path, with_sudo=True), tmp_path)
    assert result.returncode == 0, result.stderr
    calls = (tmp_path / "calls").read_text().splitlines()
    assert calls[0] == "sudo apt-get update -q"
    assert calls[2].startswith("sudo env DEBIAN_FRONTEND=noninteractive apt-get install")


@needs_root
def test_as_a_user_without_sudo_it_says_what_to_do_in_one_line(tmp_path: Path) -> None:
    result = run_as(NOBODY, stand_ins(tmp_path, with_sudo=False), tmp_path)
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1
    assert "run this as root, or install sudo" in result.stderr
    assert (tmp_path / "calls").read_text() == ""


def test_the_list_is_what_setup_checks() -> None:
    listed = subprocess.run([str(SCRIPT), "--list"], capture_output=True, text=True, check=True)
    names = listed.stdout.split()
    assert {"python3", "python3-venv", "git", "systemd"} <= set(names)
    bad = subprocess.run([str(SCRIPT), "--frobnicate"], capture_output=True, text=True)
    assert bad.returncode == 2 and "unknown argument --frobnicate" in bad.stderr
