"""Ray's program: a worker's Ray waits until the head no longer lists its previous self;
nothing of Ray outlives the program (a real process group)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import psutil

from appliance.fleet.ray_run import listed_alive, main, option, wait_for_old_self

ARGV = ["/opt/ray", "start", "--block", "--address=10.0.0.6:6379", "--node-name=gpu-02"]


def nodes(*states: tuple[str, str]) -> list[dict]:
    return [{"name": name, "state": state} for name, state in states]


def test_options_and_the_alive_check() -> None:
    assert option(ARGV, "address") == "10.0.0.6:6379"
    assert option(ARGV, "node-name") == "gpu-02"
    assert option(ARGV, "head") is None
    assert listed_alive(nodes(("gpu-02", "DEAD"), ("gpu-02", "ALIVE")), "gpu-02")
    assert not listed_alive(nodes(("gpu-02", "DEAD"), ("gpu-01", "ALIVE")), "gpu-02")


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def sleep(self, seconds: float) -> None:
        self.now += seconds


def run(answers: list, wait_s: float = 60.0) -> tuple[list[str], float]:
    """wait_for_old_self over a head whose listings are `answers` (one per read; an
    exception is raised)."""
    clock, said = Clock(), []

    def read(head: str) -> list[dict]:
        assert head == "10.0.0.6:6379"
        answer = answers.pop(0) if len(answers) > 1 else answers[0]
        if isinstance(answer, Exception):
            raise answer
        return answer

    wait_for_old_self("10.0.0.6:6379", "gpu-02", read, said.append, wait_s=wait_s,
                      clock=lambda: clock.now, sleep=clock.sleep)
    return said, clock.now


def test_joins_at_once_when_the_head_lists_no_live_self() -> None:
    said, waited = run([nodes(("gpu-01", "ALIVE"), ("gpu-02", "DEAD"))])
    assert said == [] and waited == 0


def test_waits_while_the_previous_self_is_alive_then_joins() -> None:
    alive = nodes(("gpu-02", "ALIVE"))
    said, waited = run([alive] * 16 + [nodes(("gpu-02", "DEAD"))])
    assert waited == 16
    assert "still lists this node (gpu-02) ALIVE" in said[0]
    assert "marked this node's previous Ray dead after 16.0 s" in said[-1]


def test_gives_up_waiting_after_the_bound_and_on_an_unreadable_head() -> None:
    said, waited = run([nodes(("gpu-02", "ALIVE"))], wait_s=5)
    assert waited == 5 and "joining anyway" in said[-1]
    said, waited = run([ConnectionError("no GCS")])
    assert waited == 0 and "cannot be asked (ConnectionError)" in said[0]


def test_refuses_a_command_that_is_not_ray_start(capsys) -> None:
    assert main(["/opt/ray", "stop"]) == 2
    assert "usage" in capsys.readouterr().err


def test_a_head_starts_without_asking(monkeypatch) -> None:
    argv = ["/bin/true", "start", "--head"]
    calls = []
    monkeypatch.setattr("appliance.fleet.ray_run.run", lambda args: calls.append(args) or 0)
    assert main(argv) == 0
    assert calls == [argv]


FAKE_RAY = """#!{python}
import subprocess, sys
# like a raylet's agents: a child in the same process group that ignores SIGTERM
child = subprocess.Popen(["sh", "-c", "trap '' TERM; sleep 120"])
open(sys.argv[-1], "w").write(str(child.pid))
sys.exit(3)
"""


def test_what_ray_leaves_in_the_group_is_killed_and_its_status_kept(tmp_path: Path) -> None:
    ray = tmp_path / "ray"
    ray.write_text(FAKE_RAY.format(python=sys.executable))
    ray.chmod(0o755)
    pid_file = tmp_path / "agent.pid"
    # a group of its own, as supervisord gives each program
    program = subprocess.run(
        [sys.executable, "-m", "appliance.fleet.ray_run", str(ray), "start", "--head",
         str(pid_file)], capture_output=True, text=True, timeout=60, start_new_session=True,
        env={**os.environ, "PYTHONPATH": os.getcwd()})
    assert program.returncode == 3, program.stderr
    assert "of its processes left behind (sh" in program.stdout
    left = int(pid_file.read_text())
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            if psutil.Process(left).status() == psutil.STATUS_ZOMBIE:
                break
        except psutil.NoSuchProcess:
            break
        time.sleep(0.1)
    else:
        os.kill(left, 9)
        raise AssertionError("the process Ray left behind is still running")
