"""node.toml's [ray]: the fleet's Ray cluster, for models that span nodes (docs/fleet.md, "Ray").

The agents choose one head among the fleet's live members (appliance.fleet.ray_election)
and each runs `ray start --head` or `ray start --address=<head>` as an appliance-supervisord
program (appliance.agent.ray_member), listening on the fleet address. Ray authenticates
with a token derived from the fleet key; it does not encrypt, so every Ray port stays on the
fleet's private network. Single-node replicas never use Ray.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from pydantic import Field, Strict, model_validator

from appliance.config.types import Port, Section, TomlPath, within

_Seconds = Annotated[float, Strict(), within(0.5, 300)]


class RaySection(Section):
    """This node's part in the fleet's Ray cluster."""

    enabled: bool = Field(
        False,
        description="Run Ray on this node and take part in the fleet's Ray cluster "
        "(needs [fleet] enabled and the `ray` extra installed). Off: no Ray process runs.",
    )
    head_eligible: bool = Field(
        True,
        description="Whether this node may be chosen as the Ray head. Off: it only ever "
        "joins as a worker (keep at least one eligible node per partition you want served).",
    )
    priority: Annotated[int, Strict(), within(0, 1000)] = Field(
        100,
        description="Head preference: when the head is gone, the eligible live node with "
        "the lowest priority (then the lowest name) becomes head. A living head is kept "
        "whatever its priority, so a returning preferred node does not cause a rebuild.",
    )
    stable_s: _Seconds = Field(
        3.0,
        description="How long the fleet's view must stay unchanged before a node acts on a "
        "new head. Higher rides out flapping members; lower re-forms the cluster sooner "
        "after a head failure (the cost is this on top of Serf's failure detection).",
    )
    gcs_reconnect_timeout_s: Annotated[int, Strict(), within(2, 600)] = Field(
        10,
        description="How long a worker's raylet waits for a vanished head before it exits "
        "(Ray's default is 60). Lower frees workers sooner; too low ends them on a short "
        "network blip.",
    )
    port: Port = Field(6379, description="The head's GCS port (TCP, fleet address).")
    node_manager_port: Port = Field(6380, description="This node's raylet port (TCP).")
    object_manager_port: Port = Field(6381, description="This node's object manager port (TCP).")
    dashboard_agent_port: Port = Field(
        6382, description="This node's dashboard agent HTTP port (TCP)."
    )
    client_server_port: Port = Field(
        6383, description="The Ray client server's port on the head (TCP)."
    )
    min_worker_port: Port = Field(
        11000, description="The lowest port of this node's Ray worker processes."
    )
    max_worker_port: Port = Field(
        11099, description="The highest port of this node's Ray worker processes."
    )
    temp_dir: TomlPath = Field(
        Path("/tmp/ray"),
        description="Ray's own directory for this node (sessions, logs, unix sockets). Keep "
        "it short: Ray's socket paths under it must fit 107 bytes.",
    )
    object_store_mib: Annotated[int, Strict(), within(64)] | None = Field(
        None,
        description="Memory for this node's Ray object store (shared memory). Unset: Ray's "
        "default, 30% of the host's memory, taken only as objects are stored.",
    )
    num_cpus: Annotated[int, Strict(), within(0, 4096)] | None = Field(
        None,
        description="CPUs this node offers to Ray. Unset: Ray counts the host's CPUs.",
    )

    @model_validator(mode="after")
    def _ports(self) -> RaySection:
        if self.min_worker_port > self.max_worker_port:
            raise ValueError("[ray] min_worker_port must not exceed max_worker_port")
        ports = {"port": self.port, "node_manager_port": self.node_manager_port,
                 "object_manager_port": self.object_manager_port,
                 "dashboard_agent_port": self.dashboard_agent_port,
                 "client_server_port": self.client_server_port}
        if len(set(ports.values())) < len(ports):
            raise ValueError(f"[ray] ports must differ, got {ports}")
        inside = [k for k, v in ports.items() if self.min_worker_port <= v <= self.max_worker_port]
        if inside:
            raise ValueError(f"[ray] {', '.join(inside)} must lie outside the worker ports")
        return self
