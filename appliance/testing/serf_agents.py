"""Real Serf agents for tests: each on its own 127.0.0.x address and free ports, rendered
by the appliance's own Serf config code, stopped by PID.

    with SerfCluster(tmp_path) as cluster:
        a = cluster.start("a", "127.0.0.11")
        b = cluster.start("b", "127.0.0.12", join=[a])
        rpc = await SerfRPC.connect("127.0.0.1", a.rpc_port, a.token)
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from appliance.config import parse_config
from appliance.config.schema import ApplianceConfig
from appliance.fleet.keys import generate_key
from appliance.fleet.serf_config import SerfPaths, host_port, start_tags
from appliance.fleet.serf_files import read_rpc_token, write_serf_files
from appliance.testing.ports import free_port


def serf_binary() -> str | None:
    return shutil.which("serf")


@dataclass
class SerfAgent:
    name: str
    address: str
    gossip_port: int
    rpc_port: int
    root: Path
    config: ApplianceConfig
    process: subprocess.Popen[bytes] | None = None
    log: Path = field(init=False)

    def __post_init__(self) -> None:
        self.log = self.root / "serf.log"

    @property
    def token(self) -> str:
        return read_rpc_token(SerfPaths.from_config(self.config))

    @property
    def gossip(self) -> str:
        return host_port(self.address, self.gossip_port)

    def start(self) -> SerfAgent:
        binary = serf_binary()
        assert binary, "serf is not installed"
        argv, _ = write_serf_files(self.config, self.name, start_tags(self.config, False), binary)
        with self.log.open("ab") as out:
            self.process = subprocess.Popen(argv, stdout=out, stderr=subprocess.STDOUT)
        return self

    def kill(self, sig: int = signal.SIGKILL) -> None:
        if self.process is not None and self.process.poll() is None:
            os.kill(self.process.pid, sig)
            if sig in (signal.SIGKILL, signal.SIGTERM):
                self.process.wait(timeout=30)

    def logs(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else ""


class SerfCluster:
    """Serf agents of one test, all stopped (by PID) when the block ends."""

    def __init__(self, root: Path, key_line: str | None = None, profile: str = "local"):
        self.root = root
        self.key_line = key_line or generate_key()
        self.profile = profile
        self.agents: list[SerfAgent] = []

    def agent(
        self, name: str, address: str, join: list[SerfAgent] | None = None,
        key_line: str | None = None, fleet: str = "test", **fleet_fields: Any,
    ) -> SerfAgent:
        """An agent, configured but not started."""
        root = self.root / name
        root.mkdir(parents=True, exist_ok=True)
        key_file = root / "fleet.key"
        key_file.write_text((key_line or self.key_line) + "\n")
        key_file.chmod(0o600)
        gossip_port, rpc_port = free_port(), free_port()
        config = parse_config({
            "node": {"name": name, "state_dir": str(root / "state"), "run_dir": str(root / "run")},
            "fleet": {
                "enabled": True, "name": fleet, "key_file": str(key_file), "bind": address,
                "gossip_port": gossip_port, "serf_rpc_port": rpc_port, "relay_port": free_port(),
                "profile": self.profile, "join": [a.gossip for a in join or []],
                **fleet_fields,
            },
        })
        agent = SerfAgent(name, address, gossip_port, rpc_port, root, config)
        self.agents.append(agent)
        return agent

    def start(self, name: str, address: str, **kwargs: Any) -> SerfAgent:
        return self.agent(name, address, **kwargs).start()

    def __enter__(self) -> SerfCluster:
        return self

    def __exit__(self, *exc_info: object) -> None:
        for agent in self.agents:
            agent.kill()


def wait_for(check: Any, timeout_s: float = 30.0, what: str = "condition") -> Any:
    """Poll `check` until it returns something true (bounded)."""
    deadline = time.monotonic() + timeout_s
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout_s}s waiting for {what}")
        time.sleep(0.1)
