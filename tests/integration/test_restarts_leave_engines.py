"""Restarting the agent or the proxy, and reloading the agent, never restarts an engine.

A real supervisord, agent and proxy (two workers) in front of simulated engines. Each
service is stopped the way its systemd unit stops it (docs/operations.md, "Reload or
restart") and started again; every engine keeps its PID and supervisord's record of when
it started, and answers through the proxy throughout. The units themselves tie the services
by Wants= and After= only (tests/unit/test_systemd_units.py), so a restart of one unit
reaches no other: what is left to prove is that the processes do not reach the engines.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import urllib.error
import urllib.request
from collections.abc import Iterator

import psutil
import pytest

from appliance.testing.ports import free_port
from tests.integration.harness import Node, wait_until
from tests.integration.test_proxy import sim

ENGINES = {"engine-chat-0": "ready", "engine-chat-1": "ready", "engine-solo-0": "ready"}


class ProxyService:
    """`appliance proxy run` as appliance-proxy.service runs it, on a port that stays."""

    def __init__(self, node: Node, port: int):
        self.node = node
        self.url = f"http://127.0.0.1:{port}"
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        log = open(self.node.root / "proxy.out", "ab")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "appliance", "proxy", "run", "--config", str(self.node.config_path)],
            stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
        )
        wait_until(lambda: self.get("/health/ready") == 200, 60, "proxy ready")

    def get(self, path: str) -> int:
        try:
            with urllib.request.urlopen(self.url + path, timeout=5) as r:
                return r.status
        except urllib.error.HTTPError as exc:
            return exc.code

    def stop(self) -> None:
        """KillMode=mixed: SIGTERM to the main process; once it is gone, SIGKILL to whatever
        is left of the unit (its workers, here its process group)."""
        assert self.process is not None
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=30)
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGKILL)
            self.process = None


def stop_agent_like_systemd(node: Node) -> None:
    """The agent's unit keeps the default KillMode=control-group: SIGTERM to every process
    of the unit at once (here the agent's process group), SIGKILL to any left after it."""
    assert node.agent is not None
    pid = node.agent.pid
    os.killpg(pid, signal.SIGTERM)
    try:
        assert node.agent.wait(timeout=30) == 0
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(pid, signal.SIGKILL)
        node.agent = None


def engine_processes(node: Node) -> dict[str, tuple[int, int]]:
    """Each engine's PID and the time supervisord started it, as supervisord reports them,
    checked against the process itself (a PID could be reused; a creation time could not)."""
    found = {}
    for name, info in node.supervisor_info().items():
        assert info["statename"] == "RUNNING", info
        assert abs(psutil.Process(info["pid"]).create_time() - info["start"]) < 2, info
        found[name] = (info["pid"], info["start"])
    return found


def chat(proxy: ProxyService, key: str, text: str) -> str:
    body = json.dumps({"model": "chat", "messages": [{"role": "user", "content": text}]}).encode()
    request = urllib.request.Request(
        proxy.url + "/v1/chat/completions", data=body, method="POST",
        headers={"Authorization": f"Bearer {key}", "Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=30) as r:
        return json.load(r)["choices"][0]["message"]["content"]


@pytest.fixture
def stack(tmp_path) -> Iterator[tuple[Node, ProxyService]]:
    port = free_port()
    node = Node(
        tmp_path / "node", [sim("chat", replicas=2), sim("solo")],
        proxy={"port": port, "workers": 2, "table_refresh_s": 0.2},
        auth={"roles": {"admin": ["*"]}},
    )
    proxy = ProxyService(node, port)
    try:
        node.start()
        node.wait_states(ENGINES, 30)
        proxy.start()
        yield node, proxy
    finally:  # also when the set-up fails: nothing the test started outlives it
        if proxy.process is not None:
            proxy.stop()
        node.stop()


def test_agent_and_proxy_restarts_and_an_agent_reload_leave_every_engine_running(stack) -> None:
    node, proxy = stack
    key = node.cli("keys", "create", "--name", "restarts", "--role", "admin").stdout.strip()
    before = engine_processes(node)
    assert set(before) == set(ENGINES)
    supervisord = node.supervisord.pid if node.supervisord else None
    try:
        assert chat(proxy, key, "before") == "before"

        # systemctl restart appliance-agent
        stop_agent_like_systemd(node)
        # while the agent is away the engines run on, and the proxy routes to them
        assert engine_processes(node) == before
        assert chat(proxy, key, "agent away") == "agent away"
        node.start_agent()
        node.wait_states(ENGINES, 30)
        assert engine_processes(node) == before
        assert chat(proxy, key, "agent back") == "agent back"

        # systemctl reload appliance-agent, node.toml unchanged
        reloads = node.status()["node"]["reloads"]["ok"]
        assert node.agent is not None
        node.agent.send_signal(signal.SIGHUP)
        wait_until(lambda: node.status()["node"]["reloads"]["ok"] > reloads, 30, "the reload")
        assert engine_processes(node) == before

        # systemctl restart appliance-proxy
        proxy.stop()
        assert engine_processes(node) == before
        proxy.start()
        assert chat(proxy, key, "proxy back") == "proxy back"
        assert engine_processes(node) == before

        assert node.supervisord is not None and node.supervisord.pid == supervisord
        assert node.supervisord.poll() is None
    except AssertionError:
        print(node.logs())
        raise
