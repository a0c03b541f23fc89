"""Runs a real appliance-supervisord and a real agent in a temporary directory."""

from __future__ import annotations

import http.client
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import tomli_w

from appliance.agent.client import AgentUnavailable, agent_request
from tests.conftest import INVENTORIES

TINY = [sys.executable, "-m", "appliance.testing.tiny_engine"]


def wait_until(check: Callable[[], Any], timeout: float = 30.0, what: str = "condition") -> Any:
    deadline = time.monotonic() + timeout
    last: Any = None
    while time.monotonic() < deadline:
        try:
            last = check()
        except (AgentUnavailable, OSError):
            last = None
        if last:
            return last
        time.sleep(0.1)
    raise AssertionError(f"timed out after {timeout}s waiting for {what}; last: {last!r}")


def engine_get(socket_path: str, path: str) -> str:
    """GET `path` from an engine over its unix socket (blocking; engines have no port)."""
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.settimeout(5)
        sock.connect(socket_path)
        conn = http.client.HTTPConnection("localhost")
        conn.sock = sock
        conn.request("GET", path)
        return conn.getresponse().read().decode()


class Node:
    """A node's processes under test: supervisord and the agent, as subprocesses."""

    def __init__(self, root: Path, models: list[dict], inventory: str | None = "1xL4", **sections: dict):
        """`inventory`: a recorded inventory's name, or None for the real NVML one."""
        self.root = root
        root.mkdir(parents=True, exist_ok=True)
        # A unix socket's path holds 107 bytes and pytest's directories are long: the
        # sockets (supervisord's, the agent's, the engines') live in a short directory of
        # their own, removed by stop().
        self.run_dir = Path(tempfile.mkdtemp(prefix="appliance-run-"))
        self.config_path = root / "node.toml"
        self.data: dict[str, Any] = {
            "node": {
                "name": "test-node",
                "state_dir": str(root / "state"),
                "log_dir": str(root / "log"),
                "run_dir": str(self.run_dir),
            },
            "gpus": {"inventory_file": str(INVENTORIES / f"{inventory}.json")} if inventory else {},
            "engines": {
                "vllm": {"command": TINY, "start_timeout_s": 30, "unhealthy_timeout_s": 5},
                "vllm-cpu": {"command": TINY, "start_timeout_s": 30, "unhealthy_timeout_s": 5},
            },
            "supervisor": {"stop_timeout_s": 5},
            "agent": {"health_interval_s": 0.2, "restart_backoff_s": 0.2, "restart_backoff_max_s": 1},
            "models": models,
        }
        for name, values in sections.items():
            self.data.setdefault(name, {}).update(values)
        self.write()
        self.supervisord: subprocess.Popen | None = None
        self.agent: subprocess.Popen | None = None
        # run by supervisord's and the agent's processes before their exec (e.g. to join a
        # cgroup: tests/integration/fleet_partition.py)
        self.preexec: Callable[[], None] | None = None

    def write(self, data: dict | None = None) -> None:
        self.config_path.write_text(tomli_w.dumps(data if data is not None else self.data))

    @property
    def socket(self) -> Path:
        return self.run_dir / "agent.sock"

    def cli(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        result = subprocess.run(
            [sys.executable, "-m", "appliance", *args, "--config", str(self.config_path)],
            capture_output=True, text=True, timeout=120,
        )
        if check and result.returncode != 0:
            raise AssertionError(f"appliance {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
        return result

    def start_supervisord(self) -> None:
        log = open(self.root / "supervisord.out", "ab")
        self.supervisord = subprocess.Popen(
            [sys.executable, "-m", "appliance", "supervisor", "run", "--config", str(self.config_path)],
            stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
            preexec_fn=self.preexec,
        )
        wait_until(lambda: (self.run_dir / "supervisor.sock").exists(), 20, "supervisord socket")

    def start_agent(self) -> None:
        log = open(self.root / "agent.out", "ab")
        self.agent = subprocess.Popen(
            [sys.executable, "-m", "appliance", "agent", "run", "--config", str(self.config_path)],
            stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
            preexec_fn=self.preexec,
        )
        wait_until(lambda: self.request("GET", "/health/ready")[0] == 200, 30, "agent ready")

    def start(self) -> Node:
        self.start_supervisord()
        self.start_agent()
        return self

    def stop_agent(self) -> int:
        assert self.agent is not None
        self.agent.send_signal(signal.SIGTERM)
        code = self.agent.wait(timeout=30)
        self.agent = None
        return code

    def stop(self) -> None:
        if self.agent is not None:
            self.stop_agent()
        if self.supervisord is not None:
            self.supervisord.send_signal(signal.SIGTERM)
            try:
                self.supervisord.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.supervisord.pid, signal.SIGKILL)
            self.supervisord = None
        shutil.rmtree(self.run_dir, ignore_errors=True)

    def request(self, method: str, path: str, body: Any = None) -> tuple[int, Any]:
        return agent_request(self.socket, method, path, body, timeout_s=60)

    def metrics(self) -> str:
        import asyncio

        import aiohttp

        async def get() -> str:
            conn = aiohttp.UnixConnector(path=str(self.socket))
            async with aiohttp.ClientSession(connector=conn) as s, s.get("http://agent/metrics") as r:
                return await r.text()

        return asyncio.run(get())

    def status(self) -> dict:
        return self.request("GET", "/v1/status")[1]

    def engines(self) -> dict[str, dict]:
        return {e["name"]: e for e in self.status()["engines"]}

    def wait_states(self, expected: dict[str, str], timeout: float = 30.0) -> dict[str, dict]:
        def check() -> dict | None:
            engines = self.engines()
            got = {n: engines[n]["state"] for n in expected if n in engines}
            return engines if got == expected else None

        return wait_until(check, timeout, f"states {expected}")

    def logs(self) -> str:
        out = []
        for path in (self.root / "agent.out", self.root / "supervisord.out",
                     self.root / "log" / "fleet-ray.log"):
            if path.exists():
                out.append(f"--- {path.name}\n{path.read_text()[-3000:]}")
        return "\n".join(out)

    def supervisor_info(self) -> dict[str, dict]:
        import xmlrpc.client

        from supervisor.xmlrpc import SupervisorTransport

        transport = SupervisorTransport(None, None, f"unix://{self.run_dir / 'supervisor.sock'}")
        proxy = xmlrpc.client.ServerProxy("http://127.0.0.1", transport=transport)
        return {i["name"]: i for i in proxy.supervisor.getAllProcessInfo()}


def dump(obj: Any) -> str:
    return json.dumps(obj, indent=1)
