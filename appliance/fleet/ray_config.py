"""Ray's program for this node, rendered from [ray], [fleet] and the elected head (pure).

The agent runs `ray start --block` as the `fleet-ray` program of appliance-supervisord:
`--head` on the elected head, `--address=<head>:<port>` on the others; always with
`--node-ip-address` (Ray picks a non-loopback address by itself otherwise), the GPUs the
plan reserves for models across nodes, and a custom resource `appliance-node:<name>` that
names the node, so a placement group can ask for bundles on given nodes. Ray's token auth is environment only: `RAY_AUTH_MODE=token`
and `RAY_AUTH_TOKEN_PATH` naming `state_dir/ray/auth-token` (0600), a token derived from the
fleet key (purpose `ray-token`), so every node of the fleet holds the same one.
`RAY_gcs_rpc_server_reconnect_timeout_s` makes workers give up on a dead head in seconds,
not Ray's minute.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from appliance.config.schema import ApplianceConfig
from appliance.fleet.keys import RAY_TOKEN, Keyring, derive
from appliance.fleet.serf_config import advertised
from appliance.supervisor.conf import DIGEST_MARK, SupervisorPaths, command_lines

PROGRAM = "fleet-ray"  # the supervisord program (not an engine: the agent's engine diff skips it)
NODE_RESOURCE = "appliance-node:"  # + node name: 1 unit on that node only


@dataclass(frozen=True)
class RayPaths:
    directory: Path
    token: Path  # the cluster's auth token (0600)

    @classmethod
    def from_config(cls, config: ApplianceConfig) -> RayPaths:
        directory = config.node.state_dir / "ray"
        return cls(directory=directory, token=directory / "auth-token")


@dataclass(frozen=True)
class RayRole:
    """What this node's Ray runs as: the head (head_address None) or a worker of it."""

    epoch: int
    head: str  # the head's node name
    head_address: str | None  # "ip:port" of the head's GCS, None when this node is head

    @property
    def is_head(self) -> bool:
        return self.head_address is None


def node_resource(node_name: str) -> str:
    return NODE_RESOURCE + node_name


def ray_token(keyring: Keyring, fleet: str) -> str:
    """The cluster's token: the same on every node that holds the fleet's primary key."""
    return derive(keyring.primary, fleet, RAY_TOKEN).hex()


def environment(config: ApplianceConfig, paths: RayPaths,
                gpus: tuple[int, ...] | None = None) -> dict[str, str]:
    """What Ray's processes (and a driver of this cluster) need in their environment. With
    `gpus` (Ray's own program): the GPUs Ray may hand out, those the plan reserves for
    models across nodes (`CUDA_VISIBLE_DEVICES`, NVML's numbering), so that a Ray worker
    never lands on a GPU of a single-node replica."""
    env = {
        "RAY_AUTH_MODE": "token",
        "RAY_AUTH_TOKEN_PATH": str(paths.token),
        "RAY_gcs_rpc_server_reconnect_timeout_s": str(config.ray.gcs_reconnect_timeout_s),
        "RAY_USAGE_STATS_ENABLED": "0",
    }
    if gpus is not None:
        env["CUDA_DEVICE_ORDER"] = "PCI_BUS_ID"
        env["CUDA_VISIBLE_DEVICES"] = ",".join(str(i) for i in gpus)
    return env


def engine_environment(config: ApplianceConfig, paths: RayPaths, head_address: str,
                       nodes: tuple[str, ...]) -> dict[str, str]:
    """The Ray environment of the engine of a model across nodes: the current head's
    address, the token (by path), the address Ray and vLLM use for this node
    (`VLLM_HOST_IP`, the fleet address), and the listed nodes (`APPLIANCE_RAY_NODES`,
    which the simulated engine places its bundles on). A new head changes it, and so
    restarts the engine: a rebuilt head has ended its executor anyway."""
    return {**environment(config, paths), "RAY_ADDRESS": head_address,
            "VLLM_HOST_IP": advertised(config), "APPLIANCE_RAY_NODES": ",".join(nodes)}


def argv(config: ApplianceConfig, node_name: str, role: RayRole, ray_binary: str,
         num_gpus: int, python: str = sys.executable) -> list[str]:
    """`ray start --block ...` for this node in `role`, run by appliance.fleet.ray_run
    (`python` -m): a worker's waits until the head has marked this node's Ray from before a
    restart dead; nothing of Ray outlives it."""
    ray = config.ray
    address = advertised(config)
    command = [ray_binary, "start", "--block", "--disable-usage-stats"]
    if role.is_head:
        command += ["--head", f"--port={ray.port}", "--include-dashboard=false",
                    f"--ray-client-server-port={ray.client_server_port}"]
    else:
        command += [f"--address={role.head_address}"]
    command += [
        f"--node-ip-address={address}",
        f"--node-name={node_name}",
        f"--node-manager-port={ray.node_manager_port}",
        f"--object-manager-port={ray.object_manager_port}",
        f"--dashboard-agent-listen-port={ray.dashboard_agent_port}",
        f"--min-worker-port={ray.min_worker_port}",
        f"--max-worker-port={ray.max_worker_port}",
        f"--temp-dir={ray.temp_dir}",
        f"--num-gpus={num_gpus}",
        "--resources=" + json.dumps({node_resource(node_name): 1}, separators=(",", ":")),
    ]
    if ray.num_cpus is not None:
        command.append(f"--num-cpus={ray.num_cpus}")
    if ray.object_store_mib is not None:
        command.append(f"--object-store-memory={ray.object_store_mib * 1024 * 1024}")
    return [python, "-m", "appliance.fleet.ray_run", *command]


def render_program(config: ApplianceConfig, command: list[str], env: Mapping[str, str],
                   digest: str) -> str:
    """Ray's supervisord program: started and restarted by supervisord itself (a raylet
    that lost its head exits, and comes back to the head the program names); stopped as a
    group, so no Ray process outlives it. A `ray start` still trying to reach a dead head
    does not heed SIGTERM, so the stop turns to SIGKILL after 5 s, not Ray's 30."""
    paths = SupervisorPaths.from_config(config)
    log_bytes = int(config.supervisor.log_max_mib * 1024 * 1024)
    command_line, environ = command_lines(PROGRAM, command, env)
    return f"""\
{DIGEST_MARK}{digest}
; Ray, this node's part of the fleet's Ray cluster: managed by appliance-agent; edits are
; overwritten.
[program:{PROGRAM}]
command={command_line}
environment={environ}
directory={paths.workdir}
umask=077
autostart=true
autorestart=true
startsecs=5
startretries=1000
stopsignal=TERM
stopwaitsecs=5
stopasgroup=true
killasgroup=true
redirect_stderr=true
stdout_logfile={config.node.log_dir / (PROGRAM + ".log")}
stdout_logfile_maxbytes={log_bytes}
stdout_logfile_backups={config.supervisor.log_backups}
"""


def digest(command: list[str], env: Mapping[str, str], token: str) -> str:
    """What, when changed, needs Ray restarted: its command, its environment, and the token
    (a fleet key rotation changes the file's content, not its path)."""
    token_hash = hashlib.sha256(token.encode()).hexdigest()
    blob = json.dumps({"argv": command, "env": dict(env), "token": token_hash}, sort_keys=True)
    return hashlib.sha256(blob.encode()).hexdigest()[:16]
