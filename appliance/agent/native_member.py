"""The agent's part in models across nodes run with vLLM's native multi-node mode (a shell
around appliance.fleet.ray_models.decide_native and appliance.engines.native_multinode).

With the fleet on, every POLL_S read the fleet's members and decide, for each native model
listing this node, whether its rank runs (every listed node alive) or the model is down
and why. A change is handed to `on_models`, with which the agent re-applies its config:
rank 0 is an engine of the agent like any other (its spec: appliance.engines.specs), the
other ranks are headless programs of appliance-supervisord named `native-<model>-<rank>`
(`apply`), which supervisord keeps running: a rank exits when its group loses a member
and comes back to form the next one. This node's interface, which gloo binds, is the one
that holds its fleet address (`ip -j addr`).
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

from appliance.config.schema import ApplianceConfig, ModelEntry
from appliance.engines.native_multinode import NodeRank, interface_of
from appliance.engines.specs import PROGRAM_PREFIX, native_rank, program_name
from appliance.fleet.membership import Member, Membership, MembershipError
from appliance.fleet.ray_models import (
    DOWN,
    RUNNING,
    ModelState,
    decide_native_all,
    log_changes,
)
from appliance.placement.planner import Plan
from appliance.supervisor.client import SupervisorClient
from appliance.supervisor.conf import SupervisorPaths, digest_of, render_rank_program

log = logging.getLogger("appliance.agent")
POLL_S = 0.5  # how often the members are read (a local Serf RPC call)
RANK_PREFIX = "native-"


def rank_program(model: str, rank: int) -> str:
    """`native-<model>-<rank>`: the supervisord program of a headless rank."""
    return RANK_PREFIX + program_name(model, rank)[len(PROGRAM_PREFIX):]


def native_models(config: ApplianceConfig, node: str) -> dict[str, ModelEntry]:
    """The native models across nodes that list `node`."""
    return {m.name: m for m in config.models if m.native and node in m.nodes}


def read_interface(address: str) -> str | None:
    """The interface that holds `address` on this host (`ip -j addr`); None if none."""
    try:
        out = subprocess.run(["ip", "-j", "addr", "show"], capture_output=True, text=True,
                             timeout=10, check=True).stdout
        return interface_of(address, json.loads(out))
    except (OSError, subprocess.SubprocessError, ValueError) as exc:
        log.error("native ranks: cannot read this host's addresses: %s", exc)
        return None


class NativeMember:
    """This node's ranks of native models across nodes: the decision loop and the
    headless ranks' programs."""

    def __init__(self, config: ApplianceConfig, node_name: str, supervisor: SupervisorClient,
                 membership: Membership,
                 interface: Callable[[str], str | None] = read_interface):
        self.node_name = node_name
        self.supervisor = supervisor
        self.membership = membership
        self.interface = interface
        self.programs_dir = SupervisorPaths.from_config(config).programs_dir
        self.models = native_models(config, node_name)
        self.members: list[Member] = []
        self.model_states: dict[str, ModelState] = {}
        self.on_models: Callable[[dict[str, ModelState]], None] | None = None
        self._interfaces: dict[str, str | None] = {}
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._task = asyncio.create_task(self._run())

    async def _run(self) -> None:
        while True:
            try:
                await self.step()
            except MembershipError as exc:
                log.warning("native ranks: %s; trying again", exc)
            await asyncio.sleep(POLL_S)

    async def step(self) -> None:
        """One round: read the members and decide (no read without a native model)."""
        if self.models:
            self.members = await self.membership.members()
        self._decide()

    def set_models(self, config: ApplianceConfig) -> None:
        """The native models listing this node, after every change of the config."""
        self.models = native_models(config, self.node_name)
        self.programs_dir = SupervisorPaths.from_config(config).programs_dir
        self._decide()

    def _decide(self) -> None:
        nodes = {name: tuple(m.nodes) for name, m in self.models.items()}
        states = decide_native_all(nodes, self.node_name, self.members)
        if states == self.model_states:
            return
        log_changes(self.model_states, states, "across nodes (native)", log)
        self.model_states = states
        if self.on_models is not None:
            self.on_models(states)

    def ranks(self) -> dict[str, NodeRank]:
        """This node's rank of each native model that runs now (model -> its rank)."""
        out = {}
        for name, state in self.model_states.items():
            model = self.models.get(name)
            if state.state != RUNNING or model is None:
                continue
            rank = model.nodes.index(self.node_name)
            address = state.group[rank]
            if address not in self._interfaces:
                self._interfaces[address] = self.interface(address)
            interface = self._interfaces[address]
            if interface is None:
                log.error("model %s: no interface of this host holds its fleet address %s; "
                          "its rank does not start", name, address)
                continue
            out[name] = NodeRank(
                nnodes=len(model.nodes), node_rank=rank, master_addr=state.group[0],
                master_port=model.master_port, node_addr=address, interface=interface,
                tensor_parallel_size=model.tensor_parallel_size,
                pipeline_parallel_size=model.pipeline_parallel_size)
        return out

    def status(self) -> list[dict[str, Any]]:
        """Each native model listing this node: its state, this node's rank, its nodes."""
        return [{**state.to_dict(), "executor": "native",
                 "rank": self.models[name].nodes.index(self.node_name),
                 "nodes": list(self.models[name].nodes)}
                for name, state in sorted(self.model_states.items()) if name in self.models]

    def down_reasons(self) -> dict[str, str]:
        """Why each native model listing this node is down (model -> reason)."""
        return {name: state.reason for name, state in self.model_states.items()
                if state.state == DOWN and state.reason}

    async def apply(self, config: ApplianceConfig, plan: Plan,
                    ranks: dict[str, NodeRank]) -> None:
        """Make the headless ranks' programs those of `ranks` (this node's running ranks
        other than 0, placed in `plan`): a new or changed one is (re)started, one no
        longer wanted stops and goes. Raises MultiNodeError, SupervisorError."""
        wanted: dict[str, tuple[str, str]] = {}
        for p in plan.placements:
            model = self.models.get(p.model)
            rank = ranks.get(p.model)
            if model is None or rank is None or rank.node_rank == 0:
                continue
            argv, env = native_rank(config, model, p, rank, None)
            digest = hashlib.sha256(json.dumps({"argv": argv, "env": env}, sort_keys=True)
                                    .encode()).hexdigest()[:16]
            name = rank_program(p.model, rank.node_rank)
            wanted[name] = (digest, render_rank_program(
                config, name, argv, env, digest,
                f"model {p.model}, rank {rank.node_rank} of {rank.nnodes} (headless)"))
        processes = await self.supervisor.processes()
        ours = {n for n in processes if n.startswith(RANK_PREFIX)} | {
            p.stem for p in self.programs_dir.glob(f"{RANK_PREFIX}*.conf")}
        changed = False
        for name in sorted(ours - set(wanted)):
            log.info("native ranks: stopping %s", name)
            await self._drop(name, name in processes)
            changed = True
        added = []
        for name, (digest, text) in sorted(wanted.items()):
            path = self.programs_dir / f"{name}.conf"
            if name in processes and _digest(path) == digest:
                continue
            if name in processes:
                await self._drop(name, True)
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f".{path.name}.tmp")
            tmp.write_text(text, encoding="utf-8")
            tmp.replace(path)
            added.append(name)
            changed = True
        if changed:
            config.node.log_dir.mkdir(parents=True, exist_ok=True)
            await self.supervisor.reload_config()
        for name in added:
            log.info("native ranks: starting %s", name)
            await self.supervisor.add(name)  # autostart: supervisord starts it now

    async def _drop(self, name: str, running: bool) -> None:
        await _drop_program(self.supervisor, self.programs_dir, name, running)

    async def close(self) -> None:
        """Stop the loop; the ranks run on under supervisord."""
        if self._task is not None:
            self._task.cancel()
            try:
                await self._task
            except asyncio.CancelledError:
                pass


async def retire_ranks(config: ApplianceConfig, supervisor: SupervisorClient) -> None:
    """[fleet] is off, so no model runs across nodes here: headless ranks' programs left
    from before stop and go (rank 0 is an engine: the plan removes it as any other)."""
    programs_dir = SupervisorPaths.from_config(config).programs_dir
    processes = await supervisor.processes()
    names = {n for n in processes if n.startswith(RANK_PREFIX)} | {
        p.stem for p in programs_dir.glob(f"{RANK_PREFIX}*.conf")}
    if not names:
        return
    for name in sorted(names):
        log.info("[fleet] is off: stopping the headless rank %s", name)
        await _drop_program(supervisor, programs_dir, name, name in processes)
    await supervisor.reload_config()


async def _drop_program(supervisor: SupervisorClient, programs_dir: Path, name: str,
                        running: bool) -> None:
    """Stop and unload a rank's program (when supervisord has it) and delete its file."""
    if running:
        await supervisor.stop(name)
        await supervisor.remove(name)
    (programs_dir / f"{name}.conf").unlink(missing_ok=True)


def _digest(path: Path) -> str | None:
    try:
        return digest_of(path.read_text(encoding="utf-8"))
    except OSError:
        return None

