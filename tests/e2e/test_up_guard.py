"""`appliance up` next to other stacks and other processes: a lock on its state directory,
busy ports named before anything starts, only its own processes stopped, a failure's reason
printed, a running stack found by `status` without --config, and the same code run whatever
the current folder. Stacks here serve the simulated engine, so each starts in seconds."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import tomllib
import urllib.request
from pathlib import Path

import psutil
import pytest
import tomli_w

from appliance.testing.ports import free_port

APPLIANCE = [sys.executable, "-m", "appliance"]
# the console script, as a user starts it: its own folder, not the current one, goes first
# on sys.path (`python -m appliance` from a folder holding `appliance/` would fail itself)
CONSOLE_SCRIPT = str(Path(sys.executable).with_name("appliance"))



def write_config(root: Path, *, gpu: bool = False) -> tuple[Path, int]:
    """A node.toml serving one simulated model; returns it and its proxy port."""
    root.mkdir(parents=True, exist_ok=True)
    port = free_port()
    model: dict = {"name": "chat", "source": "sim/chat", "engine": "sim",
                   "engine_options": {"mode": "echo"}}
    if gpu:  # a GPU model and no inventory file: the agent must read NVML
        model = {"name": "big", "source": "org/big", "gpu_memory_fraction": 0.5}
    data = {
        "node": {"name": "guard-test"},
        "agent": {"health_interval_s": 0.2},
        "supervisor": {"stop_timeout_s": 5},
        "proxy": {"port": port, "table_refresh_s": 0.2},
        "models": [model],
    }
    path = root / "node.toml"
    path.write_text(tomli_w.dumps(data))
    return path, port


class Up:
    """`appliance up` as a background job, its output read line by line."""

    def __init__(self, *args: str, cwd: Path | None = None, env: dict | None = None,
                 command: list[str] = APPLIANCE):
        self.proc = subprocess.Popen(
            [*command, "up", *args], cwd=cwd, env=env,
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, bufsize=1,
        )
        self.lines: list[str] = []

    def read_until(self, pattern: str, timeout: float = 90) -> str:
        deadline = time.monotonic() + timeout
        assert self.proc.stdout is not None
        while time.monotonic() < deadline:
            line = self.proc.stdout.readline()
            if not line:
                if self.proc.poll() is not None:
                    break
                continue
            self.lines.append(line.rstrip("\n"))
            if re.search(pattern, line):
                return "\n".join(self.lines)
        raise AssertionError(f"no {pattern!r} within {timeout}s; output:\n" + "\n".join(self.lines))

    def finish(self, timeout: float = 60) -> tuple[int, str]:
        out, _ = self.proc.communicate(timeout=timeout)
        self.lines.extend(out.splitlines())
        return self.proc.returncode, "\n".join(self.lines)

    def stop(self) -> tuple[int, str]:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
        return self.finish(timeout=120)


def run(*args: str, cwd: Path | None = None, env: dict | None = None, timeout: float = 120):
    return subprocess.run([*APPLIANCE, *args], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=timeout)


def chat(port: int, key: str) -> str:
    body = json.dumps({"model": "chat", "messages": [{"role": "user", "content": "still here?"}]})
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/v1/chat/completions", data=body.encode(),
        headers={"Authorization": f"Bearer {key}", "Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=10) as r:
        return json.loads(r.read())["choices"][0]["message"]["content"]


def no_traceback(text: str) -> None:
    assert "Traceback" not in text, text


def test_a_second_up_on_the_same_state_dir_refuses_and_the_first_keeps_serving(tmp_path: Path) -> None:
    config, port = write_config(tmp_path)
    state = tmp_path / "up"
    first = Up("--config", str(config), "--state-dir", str(state))
    try:
        first.read_until(r"^status: appliance status")
        key = (state / "up-api-key").read_text().strip()
        assert chat(port, key) == "still here?"
        toml_before = (state / "node.toml").read_text()

        second = run("up", "--config", str(config), "--state-dir", str(state), timeout=60)
        output = second.stdout + second.stderr
        assert second.returncode == 1, output
        assert f"already running, pid {first.proc.pid}, endpoint http://127.0.0.1:{port}/v1" in output
        no_traceback(output)
        assert (state / "node.toml").read_text() == toml_before  # touched nothing
        for _ in range(5):  # the first stack still answers, engine and all
            assert chat(port, key) == "still here?"
            time.sleep(0.3)
        assert first.proc.poll() is None
    finally:
        code, text = first.stop()
    assert code == 0, text
    # item 11: the agent removes its socket when it stops; supervisord is told who runs it
    assert not (state / "run" / "agent.sock").exists()
    assert "running as root" not in (state / "supervisor.out").read_text()
    assert "starting waiting" not in text


def test_a_busy_proxy_port_is_one_line_naming_the_port_and_its_holder(tmp_path: Path) -> None:
    config, port = write_config(tmp_path)
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", port))
        holder.listen()
        result = run("up", "--config", str(config), "--state-dir", str(tmp_path / "up"), timeout=60)
    output = (result.stdout + result.stderr).strip()
    assert result.returncode == 1, output
    error = [line for line in output.splitlines() if f"port {port}" in line]
    assert len(error) == 1, output
    assert f"pid {os.getpid()}" in error[0], output
    no_traceback(output)
    assert not (tmp_path / "up" / "supervisor.out").exists()  # checked before anything starts


def test_up_works_from_a_folder_that_holds_an_appliance_directory(tmp_path: Path) -> None:
    config, port = write_config(tmp_path / "cfg")
    folder = tmp_path / "here"
    (folder / "appliance").mkdir(parents=True)  # e.g. the parent of a clone
    up = Up("--config", str(config), "--state-dir", str(tmp_path / "up"), cwd=folder,
            command=[CONSOLE_SCRIPT])
    try:
        up.read_until(r"^status: appliance status")
        key = (tmp_path / "up" / "up-api-key").read_text().strip()
        assert chat(port, key) == "still here?"
    finally:
        code, text = up.stop()
    assert code == 0, text
    assert "cannot import name" not in text


def test_status_without_config_finds_the_running_up(tmp_path: Path) -> None:
    if Path("/etc/appliance/node.toml").exists():
        pytest.skip("this host has /etc/appliance/node.toml, which status reads first")
    config, _ = write_config(tmp_path / "cfg")
    env = {k: v for k, v in os.environ.items() if k != "APPLIANCE_CONFIG"}
    # up's default state dir lives under it; a short path, as engine sockets need one (the
    # test's own temporary folder is too deep for a unix socket's path)
    xdg = Path(tempfile.mkdtemp(prefix="xdg-", dir="/tmp"))
    env["XDG_STATE_HOME"] = str(xdg)
    up = Up("--config", str(config), env=env)
    try:
        text = up.read_until(r"^status: appliance status")
        assert re.search(r"^status: appliance status$", text, re.M), text  # no --config to copy
        result = run("status", env=env)
        assert result.returncode == 0, result.stdout + result.stderr
        assert "engine-chat-0" in result.stdout
        assert f"pid {up.proc.pid}" in result.stderr  # says which stack it found
        as_json = run("status", "--json", env=env)
        assert json.loads(as_json.stdout)["engines"][0]["state"] == "ready"
    finally:
        code, text = up.stop()
    assert code == 0, text
    # nothing running: the plain message, and no "pass --config" hint when it was passed
    missing = tmp_path / "nowhere.toml"
    result = run("status", "--config", str(missing), env=env)
    assert result.returncode == 1
    assert str(missing) in result.stderr and "pass --config" not in result.stderr
    no_traceback(result.stderr)
    shutil.rmtree(xdg, ignore_errors=True)


def test_a_failing_stack_prints_the_reason(tmp_path: Path) -> None:
    if Path("/dev/nvidiactl").exists():
        pytest.skip("this host has an NVIDIA driver")
    config, _ = write_config(tmp_path, gpu=True)
    result = run("up", "--config", str(config), "--state-dir", str(tmp_path / "up"), timeout=120)
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert "no NVIDIA driver on this host (libnvidia-ml.so.1 not found)" in output, output
    assert "agent" in output
    no_traceback(output)
    leftovers = [p.pid for p in psutil.process_iter(["cmdline"])
                 if any(str(tmp_path) in part for part in (p.info["cmdline"] or []))]
    assert leftovers == []


def test_a_second_single_worker_proxy_does_not_share_the_port(tmp_path: Path) -> None:
    """SO_REUSEPORT is for [proxy] workers > 1: two one-worker proxies on one port used to
    split the traffic silently."""
    config, port = write_config(tmp_path)
    data = tomllib.loads(config.read_text())
    data["node"].update(state_dir=str(tmp_path / "state"), log_dir=str(tmp_path / "log"),
                        run_dir=str(tmp_path / "run"))
    config.write_text(tomli_w.dumps(data))
    log = open(tmp_path / "proxy.out", "ab")
    first = subprocess.Popen([*APPLIANCE, "proxy", "run", "--config", str(config)],
                             stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 30
        while not any(c.laddr.port == port for c in psutil.Process(first.pid).net_connections()):
            assert time.monotonic() < deadline and first.poll() is None, (tmp_path / "proxy.out").read_text()
            time.sleep(0.2)
        second = run("proxy", "run", "--config", str(config), timeout=30)
        output = (second.stdout + second.stderr).strip()
        assert second.returncode == 1, output
        assert output.splitlines()[-1].startswith(
            f"port {port} (the proxy) is already in use by pid {first.pid}"), output
        no_traceback(output)
    finally:
        first.send_signal(signal.SIGTERM)
        first.wait(timeout=30)
