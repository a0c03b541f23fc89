"""A fleet of real nodes on 127.0.0.x, each the whole stack as it runs in production:
appliance-supervisord, the agent with [fleet] enabled (it renders Serf's files and runs
`serf agent` as a supervisord program), simulated engines (`engine = "sim"`) that
supervisord runs, and `appliance proxy run` with its relay listener (mutual TLS, with a
fleet CA and node certificates made by appliance/fleet/tls.py). Used by
tests/integration/test_fleet_e2e.py and scripts/bench_fleet_stack.py.

Every process is started here and stopped by its PID (a node's proxy by its own process
group, made with start_new_session); `kill()` is the host dying: SIGKILL of every process
of the node at once, and `restart()` after it the host booting again. A node named in
`Fleet(cgroups=...)` runs its processes in a cgroup of its own, so that nftables can tell
its packets from the others' (tests/integration/fleet_partition.py).
"""

from __future__ import annotations

import datetime
import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import openai

from appliance.fleet.keys import generate_key
from appliance.fleet.tls import make_ca, make_node_cert, write_node
from appliance.testing.ports import free_port
from tests.integration.fleet_partition import NodeCgroup
from tests.integration.harness import Node, wait_until


def sim(name: str, **options: object) -> dict:
    return {"name": name, "source": f"sim/{name}", "engine": "sim",
            "engine_options": {"mode": "echo", **options}}


class FleetNode:
    """One node: Node (supervisord + agent) and its proxy."""

    def __init__(self, node: Node, name: str, ip: str, cgroup: NodeCgroup | None = None):
        self.node, self.name, self.ip = node, name, ip
        self.port = node.data["proxy"]["port"]
        self.proxy: subprocess.Popen | None = None
        self.dead = False
        self.stopped: list[int] = []
        self.cgroup = cgroup  # every process of the node joins it before its exec
        node.preexec = cgroup.join if cgroup else None

    @property
    def base(self) -> str:
        return f"http://{self.ip}:{self.port}"

    @property
    def relay_port(self) -> int:
        return int(self.node.data["fleet"]["relay_port"])

    @property
    def tls_dir(self) -> Path:
        return Path(self.node.data["fleet"]["tls_dir"])

    @property
    def gossip(self) -> str:
        return f"{self.ip}:{self.node.data['fleet']['gossip_port']}"

    def start(self) -> None:
        self.node.start()
        log = open(self.node.root / "proxy.out", "ab")
        self.proxy = subprocess.Popen(
            [sys.executable, "-m", "appliance", "proxy", "run", "--config",
             str(self.node.config_path)],
            stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
            preexec_fn=self.node.preexec,
        )

    def restart(self) -> None:
        """After kill(): the host boots again, with its state as the kill left it (the
        sockets of the processes that died removed first, as a boot's fresh /run would)."""
        assert self.dead, "restart() follows kill()"
        for name in ("supervisor.sock", "agent.sock"):
            (self.node.run_dir / name).unlink(missing_ok=True)
        self.dead = False
        self.start()

    def ready_replicas(self) -> int:
        """The replicas this node's proxy routes to (its /health/ready), -1 when it does
        not answer."""
        try:
            with urllib.request.urlopen(f"{self.base}/health/ready", timeout=2) as resp:
                return int(json.loads(resp.read())["replicas"])
        except urllib.error.HTTPError as exc:
            return int(json.loads(exc.read())["replicas"])
        except (OSError, ValueError, KeyError):
            return -1

    def pids(self) -> list[int]:
        """Every process of the node: supervisord, the agent, the proxy, and supervisord's
        programs (Serf and the engines)."""
        programs = [i["pid"] for i in self.node.supervisor_info().values() if i["pid"]]
        own = [p.pid for p in (self.node.supervisord, self.node.agent, self.proxy) if p]
        return own + programs

    def signal_all(self, sig: int) -> None:
        """`sig` to every process of the node (SIGSTOP: the host hangs; SIGCONT: it wakes,
        sent to the processes SIGSTOP stopped: a stopped supervisord cannot list them)."""
        pids = self.stopped if sig == signal.SIGCONT else self.pids()
        for pid in pids:
            os.kill(pid, sig)
        if self.proxy is not None:
            os.killpg(self.proxy.pid, sig)  # its workers, when it has more than one
        self.stopped = pids if sig == signal.SIGSTOP else []

    def kill(self) -> None:
        """The host dies: SIGKILL of all its processes at once."""
        pids = self.pids()
        self.signal_all(signal.SIGKILL)
        for process in (self.node.supervisord, self.node.agent, self.proxy):
            if process is not None:
                process.wait(timeout=30)
        deadline = time.monotonic() + 30
        for pid in pids:  # supervisord's programs: gone once the kernel reaped them
            while time.monotonic() < deadline:
                try:
                    os.kill(pid, 0)
                except ProcessLookupError:
                    break
                time.sleep(0.05)
        self.node.supervisord = self.node.agent = self.proxy = None
        self.dead = True

    def stop(self) -> None:
        """Graceful: the proxy, then the agent and supervisord (Serf leaves the fleet)."""
        if self.proxy is not None:
            self.proxy.send_signal(signal.SIGTERM)
            try:
                self.proxy.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.proxy.pid, signal.SIGKILL)
                self.proxy.wait()
            self.proxy = None
        self.node.stop()

    def logs(self) -> str:
        path = self.node.root / "proxy.out"
        proxy = path.read_text()[-2000:] if path.exists() else ""
        return f"{self.node.logs()}\n--- proxy.out\n{proxy}"


class Fleet:
    """Nodes of one fleet. `models` maps a node's name to its models (dicts as in
    node.toml); the first node is every other node's seed."""

    def __init__(self, root: Path, models: dict[str, list[dict]], first_ip: int = 31,
                 profile: str = "local", fleet_name: str = "e2e", key_line: str | None = None,
                 cgroups: tuple[str, ...] = (), **node_sections: Any):
        self.root = root
        self.ca = make_ca(fleet_name, datetime.datetime.now(datetime.UTC))
        self.key_file = root / "fleet.key"
        root.mkdir(parents=True, exist_ok=True)
        self.key_file.write_text((key_line or generate_key()) + "\n")
        self.key_file.chmod(0o600)
        self.fleet_name, self.profile = fleet_name, profile
        self.node_sections = node_sections
        self.cgroups = cgroups  # the nodes whose processes get a cgroup of their own
        self.nodes: dict[str, FleetNode] = {}
        self.next_ip = first_ip
        for name, node_models in models.items():
            self.add(name, node_models)

    def add(self, name: str, models: list[dict], key_file: Path | None = None,
            tls_ca: Any = None) -> FleetNode:
        ip = f"127.0.0.{self.next_ip}"
        self.next_ip += 1
        tls_dir = self.root / name / "tls"
        now = datetime.datetime.now(datetime.UTC)
        write_node(tls_dir, (tls_ca or self.ca).cert, make_node_cert(tls_ca or self.ca, name, ip, now))
        seeds = [n.gossip for n in list(self.nodes.values())[:1]]
        sections = {k: dict(v) for k, v in self.node_sections.items()}
        node = Node(
            self.root / name, models,
            node={"name": name},
            proxy={"host": ip, "port": free_port(), "table_refresh_s": 0.2,
                   "breaker_cooldown_s": 30, **sections.pop("proxy", {})},
            auth={"enabled": False},
            fleet={"enabled": True, "name": self.fleet_name,
                   "key_file": str(key_file or self.key_file), "bind": ip,
                   "gossip_port": free_port(), "relay_port": free_port(),
                   "serf_rpc_port": free_port(), "profile": self.profile, "join": seeds,
                   "tls_dir": str(tls_dir), "load_refresh_s": 0.5},
            **sections,
        )
        fleet_node = FleetNode(node, name, ip, NodeCgroup(name) if name in self.cgroups else None)
        self.nodes[name] = fleet_node
        return fleet_node

    def start(self, replicas: int, timeout_s: float = 120) -> None:
        """Start every node, then wait until every proxy routes to `replicas` replicas."""
        for node in self.nodes.values():
            node.start()
        self.wait_replicas(replicas, timeout_s=timeout_s)

    def live(self) -> list[FleetNode]:
        return [n for n in self.nodes.values() if not n.dead and n.proxy is not None]

    def wait_replicas(self, replicas: int, nodes: list[FleetNode] | None = None,
                      timeout_s: float = 60) -> None:
        for node in nodes or self.live():
            try:
                wait_until(lambda node=node: node.ready_replicas() == replicas, timeout_s,
                           f"{node.name}'s proxy routing to {replicas} replicas")
            except AssertionError as exc:
                raise AssertionError(f"{exc}\n{node.logs()}") from None

    def stop(self) -> None:
        """Every live node stopped at once (each waits seconds for its programs)."""
        live = [node for node in self.nodes.values() if not node.dead]
        if live:
            with ThreadPoolExecutor(max_workers=len(live)) as pool:
                list(pool.map(FleetNode.stop, live))  # list: a failed stop raises here
        for node in self.nodes.values():
            if node.cgroup is not None:
                node.cgroup.remove()


def ask(node: FleetNode) -> str:
    """The model `wide` (the models-across-nodes tests') asked through `node`'s proxy."""
    client = openai.OpenAI(base_url=f"{node.base}/v1", api_key="unused", max_retries=0,
                           timeout=30)
    answer = client.chat.completions.create(
        model="wide", messages=[{"role": "user", "content": "across nodes"}])
    return answer.choices[0].message.content or ""


def answered(node: FleetNode) -> bool:
    try:
        return ask(node) == "across nodes"
    except openai.APIError:
        return False


def down_naming(node: FleetNode, missing: str) -> str | None:
    """The 503's message when `node`'s proxy says the model is down naming `missing`."""
    try:
        ask(node)
    except openai.APIStatusError as exc:
        body = exc.body if isinstance(exc.body, dict) else {}
        if exc.status_code == 503 and body.get("code") == "model_down" and \
                f"node {missing}" in exc.message:
            return exc.message
    except openai.APIError:
        pass
    return None
