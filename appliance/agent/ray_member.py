"""The agent's part in the fleet's Ray cluster (a shell around appliance.fleet.ray_*).

With `[ray] enabled` (and the fleet on): write the cluster's token (state_dir/ray/, 0600),
tag this node `ray=<priority>:<port>`, then every POLL_S read the fleet's members and feed
them to the head election. When the election settles on a head (a new one, or the one this
node follows after an agent restart), publish it as the `ray-head` tag and make the
`fleet-ray` program of appliance-supervisord run `ray start --head` or `ray start
--address=<head>`: restarted only when its command changes, so an agent restart leaves Ray
running. A worker whose head died exits within [ray] gcs_reconnect_timeout_s and
supervisord restarts it; the agent points it at the new head as soon as one is elected.
With [ray] off and a `fleet-ray` program left from before, the program goes.

Models across nodes (appliance.fleet.ray_models): every round also decides, for each such
model listing this node, whether it runs here, is lent to another node, or is down and why;
the node that would run one asks the head's GCS which nodes are in the cluster (a
subprocess, in the background, at most every CLUSTER_EVERY_S). A change is handed to
`on_models`, with which the agent starts or stops the engine and publishes the reason.
Ray is offered only the GPUs the plan reserves for those models (`set_gpus`).
"""

from __future__ import annotations

import asyncio
import logging
import os
import shutil
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from appliance.config.schema import ApplianceConfig
from appliance.errors import ApplianceError
from appliance.fleet import ray_config
from appliance.fleet.keys import read_keyring
from appliance.fleet.membership import Member, Membership, MembershipError
from appliance.fleet.ray_cluster import probe
from appliance.fleet.ray_config import PROGRAM, RayPaths, RayRole
from appliance.fleet.ray_election import (
    TAG_RAY,
    TAG_RAY_HEAD,
    HeadClaim,
    HeadElection,
    ray_nodes,
    ray_tag,
)
from appliance.fleet.ray_models import (
    DOWN,
    RUNNING,
    Cluster,
    ModelState,
    alive_names,
    decide_all,
    log_changes,
    needs_cluster,
)
from appliance.fleet.serf_config import host_port
from appliance.placement.planner import Plan
from appliance.supervisor.client import SupervisorClient
from appliance.supervisor.conf import SupervisorPaths, digest_of

log = logging.getLogger("appliance.agent")
POLL_S = 0.5  # how often the members are read (a local Serf RPC call)
STATUS_CACHE_S = 2.0  # how long a probe of the cluster serves `appliance status`
CLUSTER_EVERY_S = 2.0  # how often the runner of a model across nodes asks the head's GCS


class RayMissing(ApplianceError):
    """[ray] is enabled but Ray is not installed (the `ray` extra)."""


def ray_binary() -> str | None:
    """The `ray` command beside this Python (the appliance's virtualenv), else on PATH."""
    beside = Path(sys.executable).parent / "ray"
    return str(beside) if beside.exists() else shutil.which("ray")


def write_token(config: ApplianceConfig, paths: RayPaths) -> None:
    """The cluster's token from the fleet's primary key, 0600 (FleetKeyError if unreadable)."""
    token = ray_config.ray_token(read_keyring(config.fleet.key_file), config.fleet.name)
    paths.directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = paths.token.with_name(f".{paths.token.name}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as f:
        f.write(token + "\n")
    os.replace(tmp, paths.token)


class RayMember:
    """This node in the Ray cluster: the election loop and Ray's program."""

    def __init__(self, config: ApplianceConfig, node_name: str, supervisor: SupervisorClient,
                 membership: Membership, gpus: tuple[int, ...],
                 clock: Callable[[], float] = time.monotonic):
        self.config = config
        self.node_name = node_name
        self.supervisor = supervisor
        self.membership = membership
        self.gpus = gpus  # the GPUs Ray may hand out (the plan's reservations)
        self.clock = clock
        self.paths = RayPaths.from_config(config)
        self.election = HeadElection(config.ray.stable_s)
        self.role: RayRole | None = None  # what the program runs as, once decided
        self.members: list[Member] = []
        self._binary: str | None = None
        self._task: asyncio.Task[None] | None = None
        self._probed: tuple[float, dict[str, Any]] | None = None
        self.across: dict[str, tuple[str, ...]] = {}  # models across nodes listing this one
        self.model_states: dict[str, ModelState] = {}
        self.on_models: Callable[[dict[str, ModelState]], None] | None = None
        self.cluster: Cluster = None  # the head's ALIVE nodes, as last asked
        self._cluster_at = -CLUSTER_EVERY_S
        self._cluster_task: asyncio.Task[None] | None = None
        self._gpus_changed = False  # Ray's program to be rewritten for new GPUs

    @property
    def program_file(self) -> Path:
        return SupervisorPaths.from_config(self.config).programs_dir / f"{PROGRAM}.conf"

    async def start(self) -> None:
        """Write the token, tag this node, start the election loop. Raises RayMissing,
        FleetKeyError, MembershipError."""
        self._binary = ray_binary()
        if self._binary is None:
            raise RayMissing("[ray] enabled needs Ray: install the appliance's `ray` extra "
                             "(pip install 'appliance[ray]')")
        write_token(self.config, self.paths)
        ray = self.config.ray
        await self.membership.set_tags(
            {TAG_RAY: ray_tag(ray.priority if ray.head_eligible else None, ray.port)}
        )
        self._task = asyncio.create_task(self._run())

    async def _run(self) -> None:
        while True:
            try:
                await self.step()
            except (MembershipError, ApplianceError, OSError) as exc:
                log.warning("Ray: %s; trying again", exc)
            await asyncio.sleep(POLL_S)

    async def step(self) -> None:
        """One round: read the members, elect, publish the claim, run Ray in its role."""
        self.members = await self.membership.members()
        fresh = self.election.observe(self.members, self.clock())
        if fresh is not None:
            log.info("Ray head: %s (epoch %d)", fresh.head, fresh.epoch)
            await self.membership.set_tags({TAG_RAY_HEAD: fresh.tag()})
        claim = self.election.claim
        role = self._role(claim) if claim is not None else None
        if role is not None and (role != self.role or self._gpus_changed):
            await self._ensure_program(role)
            self.role, self._gpus_changed = role, False
            self.cluster, self._cluster_at = None, -CLUSTER_EVERY_S  # a new cluster
        self._decide_models(claim)

    def set_models(self, across: Mapping[str, Sequence[str]]) -> None:
        """The models across nodes that list this node (model -> its nodes), after every
        change of the config; decided again at once."""
        self.across = {name: tuple(nodes) for name, nodes in across.items()}
        self._decide_models(self.election.claim)

    def set_gpus(self, gpus: tuple[int, ...]) -> None:
        """The GPUs the plan reserves for models across nodes: Ray's program is rewritten
        (and Ray restarted) in the next round when they changed."""
        if gpus != self.gpus:
            self.gpus, self._gpus_changed = gpus, True

    def _decide_models(self, claim: HeadClaim | None) -> None:
        """Decide every model across nodes; hand a change to `on_models`; ask the GCS in
        the background when a model this node runs (or would run) needs its listing."""
        states = decide_all(self.across, self.node_name, self.members, claim, self.cluster,
                            self.model_states)
        if needs_cluster(states):
            self._ask_cluster()
        else:  # only a listing asked for while a model waits for it counts
            self.cluster = None
        if states != self.model_states:
            log_changes(self.model_states, states, "across nodes", log)
            self.model_states = states
            if self.on_models is not None:
                self.on_models(states)

    def _ask_cluster(self) -> None:
        now = self.clock()
        if self.role is None or now - self._cluster_at < CLUSTER_EVERY_S or (
                self._cluster_task is not None and not self._cluster_task.done()):
            return
        self._cluster_at = now
        self._cluster_task = asyncio.create_task(self._read_cluster(self.role))

    async def _read_cluster(self, role: RayRole) -> None:
        address = self._head_address(role)
        try:
            nodes = await probe(address, ray_config.environment(self.config, self.paths))
            found: Cluster = alive_names(nodes)
        except (RuntimeError, OSError, ValueError) as exc:
            found = str(exc)
        if role == self.role:  # not a cluster of a head since replaced
            self.cluster = found

    def launches(self) -> dict[str, dict[str, str]]:
        """The models across nodes this node runs now, with their engines' Ray
        environment (model -> environment)."""
        if self.role is None:
            return {}
        address = self._head_address(self.role)
        return {name: ray_config.engine_environment(self.config, self.paths, address,
                                                    self.across[name])
                for name, state in self.model_states.items()
                if state.state == RUNNING and name in self.across}

    def down_reasons(self) -> dict[str, str]:
        """Why each model across nodes listing this node is down (model -> reason)."""
        return {name: state.reason for name, state in self.model_states.items()
                if state.state == DOWN and state.reason}

    def _head_address(self, role: RayRole) -> str:
        return role.head_address or host_port(ray_config.advertised(self.config),
                                              self.config.ray.port)

    def _role(self, claim: HeadClaim) -> RayRole | None:
        if claim.head == self.node_name:
            return RayRole(claim.epoch, claim.head, None)
        head = ray_nodes(self.members).get(claim.head)
        if head is None:  # gone since the claim: the election picks the next
            return None
        return RayRole(claim.epoch, claim.head, host_port(head.address, head.port))

    async def _ensure_program(self, role: RayRole) -> None:
        assert self._binary is not None
        command = ray_config.argv(self.config, self.node_name, role, self._binary,
                                  len(self.gpus))
        env = ray_config.environment(self.config, self.paths, self.gpus)
        digest = ray_config.digest(command, env, self.paths.token.read_text(encoding="ascii"))
        path = self.program_file
        try:
            current = digest_of(path.read_text(encoding="utf-8"))
        except OSError:
            current = None
        processes = await self.supervisor.processes()
        if current == digest and PROGRAM in processes:
            return
        if PROGRAM in processes:
            log.info("Ray: restarting as %s", "head" if role.is_head else
                     f"a worker of {role.head} at {role.head_address}")
            await self.supervisor.stop(PROGRAM)
            await self.supervisor.remove(PROGRAM)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.tmp")
        tmp.write_text(ray_config.render_program(self.config, command, env, digest),
                       encoding="utf-8")
        tmp.replace(path)
        self.config.node.log_dir.mkdir(parents=True, exist_ok=True)
        await self.supervisor.reload_config()
        await self.supervisor.add(PROGRAM)  # autostart: supervisord starts it now

    async def status(self) -> dict[str, Any]:
        """The cluster as this node sees it: the head, this node's role, and the nodes
        with their resources as the head's GCS lists them (probed at most every
        STATUS_CACHE_S)."""
        claim = self.election.claim
        out: dict[str, Any] = {
            "enabled": True,
            "head": claim.head if claim else None,
            "epoch": claim.epoch if claim else None,
            "role": None if self.role is None else ("head" if self.role.is_head else "worker"),
            "head_address": None, "nodes": None, "error": None,
            "models": [s.to_dict() for s in self.model_states.values()],
        }
        if self.role is None:
            out["error"] = "no head elected yet"
            return out
        address = self._head_address(self.role)
        out["head_address"] = address
        now = self.clock()
        if self._probed is None or now - self._probed[0] > STATUS_CACHE_S:
            try:
                nodes: dict[str, Any] = {"nodes": await probe(
                    address, ray_config.environment(self.config, self.paths))}
            except RuntimeError as exc:
                nodes = {"error": str(exc)}
            self._probed = (now, nodes)
        out.update(self._probed[1])
        return out

    async def close(self) -> None:
        """Stop the loop; Ray runs on under supervisord."""
        if self._cluster_task is not None:
            self._cluster_task.cancel()
        if self._task is not None:
            self._task.cancel()
            try:
                await self._task
            except asyncio.CancelledError:
                pass


def ray_gpus(plan: Plan) -> tuple[int, ...]:
    """The GPUs this node's plan reserves for models across nodes: what Ray may hand out."""
    return tuple(sorted({g for p in plan.placements
                         if p.nodes and p.executor != "native" for g in p.gpus}))


def across_nodes(config: ApplianceConfig, node: str) -> dict[str, tuple[str, ...]]:
    """The models across nodes on Ray that list `node` (model -> its nodes)."""
    return {m.name: tuple(m.nodes) for m in config.models if m.on_ray and node in m.nodes}


async def retire_ray(config: ApplianceConfig, supervisor: SupervisorClient) -> None:
    """[ray] is off: a Ray program left from before stops and goes."""
    path = SupervisorPaths.from_config(config).programs_dir / f"{PROGRAM}.conf"
    processes = await supervisor.processes()
    if not path.exists() and PROGRAM not in processes:
        return
    log.info("[ray] is off: stopping this node's Ray")
    if PROGRAM in processes:
        await supervisor.stop(PROGRAM)
        await supervisor.remove(PROGRAM)
    path.unlink(missing_ok=True)
    await supervisor.reload_config()
