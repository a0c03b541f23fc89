"""The agent daemon (a shell around the pure cores): config → plan → specs → supervisord.

One asyncio loop. Every `health_interval_s` it asks supervisord for process states, probes
the /health of live engines, feeds both to the Lifecycle and carries out its actions. Every
change goes through `reconcile`, one at a time: a reload (SIGHUP, the API) and `models
load|unload` (a read-modify-write of the drop-in) read node.toml and the drop-in, re-plan
with the running plan as `previous`, and apply only the diff; an invalid config changes
nothing. Engines that the diff changes or removes are drained first (appliance/agent/
drain.py). What the proxies serve is published as the routes document (appliance/routes.py),
rebuilt after every change and every watch tick. In a fleet (`attach_fleet`), the node's own
document is its catalog (`catalog`, for the other nodes), and the proxies get it merged with
the other nodes' catalogs (appliance/agent/fleet_sync.py).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import signal
import socket
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp

from appliance import logs
from appliance.agent import dropin
from appliance.agent.drain import requests_in_flight
from appliance.agent.engine_metrics import EngineReading, parse_engine_metrics
from appliance.agent.fleet_member import FleetMember, retire_serf
from appliance.agent.fleet_sync import CatalogSync, Fetch, https_fetch
from appliance.agent.lifecycle import FetchLog, Lifecycle, RestartPolicy, Start, Stop
from appliance.agent.native_member import NativeMember, retire_ranks
from appliance.agent.notify import notify, watchdog_interval_s
from appliance.agent.ray_member import RayMember, across_nodes, ray_gpus, retire_ray
from appliance.agent.reconcile import Diff, diff
from appliance.agent.routes import RoutesPublisher, build_routes, replica_key
from appliance.agent.secrets import load_or_create_token
from appliance.agent.status_view import engine_load, node_view
from appliance.agent.watchdog import GpuUsage, gpu_usage
from appliance.agent.xid_watch import watch_xids
from appliance.config import ApplianceConfig, parse_config
from appliance.config.loader import read_config_data
from appliance.engines.native_multinode import MultiNodeError, NodeRank
from appliance.engines.sockets import EngineSocketError, prepare_socket
from appliance.engines.specs import ENGINE_URL, EngineSpec, build_specs
from appliance.errors import ApplianceError, ConfigError, InventoryError
from appliance.fleet.catalog import usage_peers
from appliance.fleet.membership import Member, Membership
from appliance.fleet.ray_models import ModelState
from appliance.fleet.serf_config import SerfPaths
from appliance.fleet.serf_files import is_drained, set_drained
from appliance.fleet.tls import FleetTlsError, client_context
from appliance.gpu.discover import discover_inventory
from appliance.gpu.inventory import Inventory
from appliance.gpu.telemetry import GpuTelemetry, read_telemetry
from appliance.gpu.xid import XidCounts
from appliance.placement.planner import Plan, plan
from appliance.supervisor.client import SupervisorClient, SupervisorError, SupervisorUnavailable
from appliance.supervisor.conf import SupervisorPaths, render_program
from appliance.supervisor.store import ProgramStore

log = logging.getLogger("appliance.agent")

# A change to the drop-in: (node.toml's data, the drop-in) -> the new drop-in.
Change = Callable[[dict[str, Any], dict[str, Any]], dict[str, Any]]
# How often a drain looks at the proxies' reports and the engines' counts.
DRAIN_POLL_S = 0.1


@dataclass(frozen=True)
class AgentPaths:
    api_socket: Path
    token: Path
    api_token: Path
    applied_plan: Path
    dropin: Path

    @classmethod
    def from_config(cls, config: ApplianceConfig) -> AgentPaths:
        node = config.node
        return cls(
            api_socket=node.run_dir / "agent.sock",
            token=node.state_dir / "engine-token",
            api_token=node.state_dir / "agent-api-token",
            applied_plan=node.state_dir / "applied-plan.json",
            dropin=node.state_dir / "models.toml",
        )


class ChangeAborted(ApplianceError):
    """The agent was asked to stop while a change drained engines: the change is dropped."""


@dataclass
class ReloadResult:
    ok: bool
    errors: list[str] = field(default_factory=list)
    diff: Diff = field(default_factory=Diff)
    rejections: list[str] = field(default_factory=list)
    drained: list[str] = field(default_factory=list)  # engines drained before they stopped

    def to_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "errors": self.errors,
            "diff": self.diff.to_dict(),
            "rejections": self.rejections,
            "drained": self.drained,
        }


class Agent:
    def __init__(
        self,
        config_path: Path,
        overrides: Mapping[str, Any] | None = None,
        clock: Callable[[], float] = time.monotonic,
        nvml: Callable[[], Any] | None = None,
    ):
        self.config_path = config_path
        self.overrides = dict(overrides or {})
        self.clock = clock
        self.nvml = nvml  # a driver factory; None means the real NVML driver
        self.started_at = time.time()
        self.config: ApplianceConfig | None = None
        self.inventory: Inventory | None = None
        self.plan: Plan | None = None
        self.specs: dict[str, EngineSpec] = {}
        self.lifecycle = Lifecycle(RestartPolicy())
        self.supervisor: SupervisorClient | None = None
        self.store: ProgramStore | None = None
        self.paths: AgentPaths | None = None
        self.token = ""
        self.ready = False
        self.reloads = {"ok": 0, "rejected": 0}
        self.last_reload: ReloadResult | None = None
        self.reconcile_seconds: list[float] = []
        self.gpu_usage: list[GpuUsage] = []
        self.gpu_memory_used: dict[int, int] = {}
        self.gpu_telemetry: dict[int, GpuTelemetry] = {}
        self.xids = XidCounts()  # XID events per GPU and code (watch_xids)
        self.over_quota: set[str] = set()
        # each engine's latest /metrics reading (None: it did not answer or parse)
        self.engine_readings: dict[str, EngineReading | None] = {}
        self.routes = RoutesPublisher()  # what this node's proxies serve
        self.catalog = self.routes  # this node's own document; its own publisher in a fleet
        self.catalogs: CatalogSync | None = None  # the catalog sync, in a fleet
        self._fleet_tasks: list[asyncio.Future] = []
        self.draining: set[str] = set()  # engines leaving routing before they stop
        # the last warnings and errors, for the status page (run_agent attaches it)
        self.recent = logs.RecentLines("agent", "")
        self.drained = False  # `appliance drain`: every replica of this node is draining
        self.fleet: FleetMember | None = None  # with [fleet] enabled
        # the fleet's members at the last read (None: no fleet, or Serf did not answer)
        self.fleet_members: list[Member] | None = None
        self.ray: RayMember | None = None  # with [ray] enabled
        self.native: NativeMember | None = None  # with [fleet] enabled (native ranks)
        self._ray_applies: set[asyncio.Future] = set()  # re-applies for models across nodes
        # One change at a time (reload, load, unload), from reading the config to the end
        # of its apply, drains included.
        self._changing = asyncio.Lock()
        # The engines: a change's apply step, the watch tick, the GPU watchdog's restarts.
        self._lock = asyncio.Lock()
        self._stop = asyncio.Event()

    # -- configuration -------------------------------------------------------------

    def read_config(
        self, change: Change | None = None
    ) -> tuple[ApplianceConfig, Path, dict[str, Any], dict[str, Any]]:
        """node.toml plus the drop-in with `change` made to it, validated: (config, the
        drop-in's path, the drop-in before and after the change). Raises ConfigError, and
        ModelsError from `change`."""
        base = read_config_data(self.config_path)
        config = parse_config(base, base_dir=self.config_path.parent, overrides=self.overrides,
                              source=str(self.config_path))
        path = AgentPaths.from_config(config).dropin
        current = dropin.read_dropin(path)
        updated = change(base, current) if change is not None else current
        if updated:
            config = parse_config(
                dropin.effective(base, updated), base_dir=self.config_path.parent,
                overrides=self.overrides, source=f"{self.config_path} + models drop-in",
            )
        return config, path, current, updated

    def _load_previous_plan(self) -> Plan | None:
        assert self.paths is not None
        try:
            return Plan.from_dict(json.loads(self.paths.applied_plan.read_text()))
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def _save_plan(self, applied: Plan) -> None:
        assert self.paths is not None
        tmp = self.paths.applied_plan.with_suffix(".tmp")
        tmp.write_text(json.dumps(applied.to_dict()))
        os.replace(tmp, self.paths.applied_plan)

    # -- start-up ----------------------------------------------------------------

    async def start(self) -> None:
        """Load config, connect to supervisord, adopt or start engines. Raises on a
        config that cannot be used (the agent refuses to start with it)."""
        config, _, _, _ = self.read_config()
        self.paths = AgentPaths.from_config(config)
        sup_paths = SupervisorPaths.from_config(config)
        self.supervisor = SupervisorClient(str(sup_paths.socket))
        self.store = ProgramStore(sup_paths.programs_dir)
        self.token = load_or_create_token(self.paths.token)
        await self._wait_for_supervisor()
        self.drained = is_drained(SerfPaths.from_config(config))
        # nothing can route to the engines yet (the API is not up): no drains
        self.plan = self._load_previous_plan()
        async with self._changing:
            await self._apply(config, drain=False)
        await self.tick()
        await self._join_fleet(config)
        await self.read_fleet_members()
        self.ready = True

    async def _join_fleet(self, config: ApplianceConfig) -> None:
        """With [fleet] enabled, run Serf and join (appliance/agent/fleet_member.py);
        without, make sure no Serf of an earlier config stays in the fleet."""
        assert self.supervisor is not None
        if config.fleet.enabled:
            self.fleet = FleetMember(config, self.node_name, self.supervisor)
            membership = await self.fleet.start(self.drained)
            try:
                self.attach_fleet(membership)
            except FleetTlsError as exc:
                # the engines serve on; the proxy refuses to start with the same words
                log.error("fleet: no catalogs from other nodes: %s", exc)
            self.native = NativeMember(config, self.node_name, self.supervisor, membership)
            self.native.on_models = self._ray_models_changed
            self.native.start()
            if config.ray.enabled:
                assert self.plan is not None
                self.ray = RayMember(config, self.node_name, self.supervisor, membership,
                                     ray_gpus(self.plan))
                self.ray.set_models(across_nodes(config, self.node_name))
                self.ray.on_models = self._ray_models_changed
                await self.ray.start()
        else:
            await retire_serf(config, self.supervisor)
            await retire_ranks(config, self.supervisor)
        if not config.ray.enabled:
            await retire_ray(config, self.supervisor)

    async def _apply_native_ranks(self, config: ApplianceConfig, new_plan: Plan,
                                  ranks: dict[str, NodeRank]) -> None:
        """The headless ranks of native models across nodes (appliance.agent.native_member);
        the model list is read again from `config` for the next decision."""
        assert self.native is not None
        try:
            await self.native.apply(config, new_plan, ranks)
        except (MultiNodeError, SupervisorError, OSError) as exc:
            log.error("models across nodes (native): headless ranks: %s", exc)
        self.native.set_models(config)

    def _ray_models_changed(self, states: Mapping[str, ModelState]) -> None:
        """A model across nodes starts running here, stops, or is down for another reason:
        re-apply the running config (its engine is added or removed) and publish."""
        self._publish()
        if self.config is not None:
            task = asyncio.ensure_future(self._apply_ray_models())
            self._ray_applies.add(task)
            task.add_done_callback(self._ray_applies.discard)

    async def _apply_ray_models(self) -> None:
        async with self._changing:
            if self.config is None:
                return
            try:
                await self._apply(self.config, drain=False, record=False)
            except (InventoryError, SupervisorUnavailable) as exc:
                log.error("models across nodes: could not apply: %s", exc)

    async def set_drained(self, drained: bool) -> None:
        """`appliance drain` / `undrain`: persist the flag, mark this node's replicas
        draining in the routes document (or not), and set the fleet's `drain` tag.
        Raises MembershipError when the fleet is on and Serf does not answer (the flag
        and the routes document are changed all the same; the tag follows at start)."""
        assert self.config is not None
        self.drained = drained
        set_drained(SerfPaths.from_config(self.config), drained)
        self._publish()
        if self.fleet is not None:
            await self.fleet.set_drained(drained)

    async def _wait_for_supervisor(self, timeout_s: float = 60.0) -> None:
        assert self.supervisor is not None
        deadline = self.clock() + timeout_s
        while True:
            try:
                await self.supervisor.state()
                return
            except SupervisorUnavailable:
                if self.clock() > deadline:
                    raise
                await asyncio.sleep(0.2)

    # -- reload and apply ----------------------------------------------------------

    async def reload(self) -> ReloadResult:
        """Re-read node.toml and the drop-in; apply only the diff. An invalid config is
        rejected and nothing changes."""
        return await self.reconcile()

    async def reconcile(self, change: Change | None = None) -> ReloadResult:
        """The one path of every change, one at a time: read node.toml and the drop-in,
        make `change` to the drop-in (a load or unload), validate, write the drop-in, plan
        from the plan applied last, drain what goes, apply the diff. A config that is not
        valid is rejected with its problems and nothing is written or changed; a failure
        while applying puts the drop-in back and re-applies the config that ran before.
        Only validity is enforced: a replica the planner cannot place is reported in
        `rejections`, and the rest is applied. Raises ModelsError from `change`."""
        async with self._changing:
            try:
                config, path, current, updated = self.read_config(change)
            except ConfigError as exc:
                log.warning("change rejected: %d problems in %s", len(exc.problems), exc.source)
                return self._rejected([str(p) for p in exc.problems])
            if updated != current:
                dropin.write_dropin(path, updated)
            try:
                result = await self._apply(config)
            except (InventoryError, SupervisorUnavailable, ChangeAborted) as exc:
                if updated != current:
                    dropin.write_dropin(path, current)
                    await self._roll_back()
                return self._rejected([str(exc)])
            if change is None:
                self.lifecycle.retry_failed(self.clock())
        await self.tick()
        return result

    def _rejected(self, errors: list[str]) -> ReloadResult:
        result = ReloadResult(ok=False, errors=errors)
        self.reloads["rejected"] += 1
        self.last_reload = result
        return result

    async def _roll_back(self) -> None:
        """Re-apply the config that ran before a change that failed half-way."""
        if self.config is None:
            return
        try:
            await self._apply(self.config, drain=False)
        except (InventoryError, SupervisorUnavailable) as exc:
            log.error("could not roll back to the previous config: %s", exc)

    async def _apply(self, config: ApplianceConfig, drain: bool = True,
                     record: bool = True) -> ReloadResult:
        """Plan `config` from the plan applied last and reconcile supervisord with it,
        after draining the engines that change or go. Call with `_changing` held. Raises
        InventoryError when the GPUs cannot be read. `record`: count it as a reload (not
        for a model across nodes started or stopped by the fleet's state)."""
        started = time.perf_counter()
        needs_gpus = any(m.uses_gpu for m in config.models) or config.gpus.inventory_file
        inventory = (
            discover_inventory(config.gpus.inventory_file) if needs_gpus else Inventory(source="none")
        )
        new_plan = plan(config, inventory, self.plan, node=self._node_name(config))
        ranks = self.native.ranks() if self.native is not None else {}
        try:
            specs = build_specs(config, new_plan, self.ray.launches() if self.ray else None,
                                ranks)
        except MultiNodeError as exc:  # the config's checks leave none; keep the engines
            raise InventoryError(f"models across nodes (native): {exc}") from exc
        try:
            drained = await self._drain_going(config, specs) if drain else []
            async with self._lock:
                changes = await self._apply_specs(config, specs)
                self.config, self.inventory, self.plan = config, inventory, new_plan
                self.specs = {s.name: s for s in specs}
                self.lifecycle.policy = RestartPolicy(
                    backoff_s=config.agent.restart_backoff_s,
                    backoff_max_s=config.agent.restart_backoff_max_s,
                    max_restarts=config.agent.max_restarts,
                )
                self.lifecycle.set_specs(specs, self.clock())
                self._save_plan(new_plan)
                if self.ray is not None:
                    self.ray.set_gpus(ray_gpus(new_plan))
                    self.ray.set_models(across_nodes(config, self.node_name))
                if self.native is not None:
                    await self._apply_native_ranks(config, new_plan, ranks)
        finally:
            self.draining.clear()
            self._publish()
        elapsed = time.perf_counter() - started
        self.reconcile_seconds.append(elapsed)
        result = ReloadResult(
            ok=True, diff=changes, rejections=[r.reason for r in new_plan.rejections],
            drained=drained,
        )
        if record:
            self.reloads["ok"] += 1
            self.last_reload = result
        log.info(
            "applied plan: add %d, change %d, remove %d, keep %d, %d rejected, %d drained (%.3fs)",
            len(changes.add), len(changes.change), len(changes.remove), len(changes.keep),
            len(new_plan.rejections), len(drained), elapsed,
        )
        return result

    # -- draining ----------------------------------------------------------------------

    async def _drain_going(self, config: ApplianceConfig, specs: list[EngineSpec]) -> list[str]:
        """Take the engines that `specs` change or remove out of routing and wait until
        nothing is in flight on them (at most `[agent] drain_timeout_s`). Only engines
        that may have requests (ready or unhealthy) are drained; the names drained."""
        assert self.supervisor is not None and self.store is not None
        processes = await self.supervisor.processes()
        changes = diff({s.name: s.digest for s in specs}, self.store.digests(), set(processes))
        going = [
            name for name in (*changes.change, *changes.remove)
            if name in processes and processes[name].alive
            and self.lifecycle.engines.get(name) is not None
            and self.lifecycle.engines[name].state in ("ready", "unhealthy")
        ]
        if not going or config.agent.drain_timeout_s <= 0:
            return []
        self.draining = set(going)
        self._publish()
        await self._drain(going, config.agent.drain_timeout_s)
        return going

    async def _drain(self, names: list[str], timeout_s: float) -> None:
        """Wait until every watching proxy has applied the version that marks `names`
        draining and has no request on them, and the engines report none running or
        waiting; or until `timeout_s` has passed. Raises ChangeAborted when the agent is
        asked to stop meanwhile."""
        started = self.clock()
        version, epoch = self.routes.version, self.routes.epoch
        keys = {replica_key(self.node_name, n) for n in names}
        while True:
            if self._stop.is_set():
                raise ChangeAborted("the agent is stopping: the change was dropped while "
                                    f"{', '.join(names)} drained; nothing was changed")
            waiting = self.routes.watchers.waiting_for(epoch, version, keys, self.clock())
            busy = [] if waiting else await self._busy_engines(names)
            if not waiting and not busy:
                log.info("drained %s in %.1fs", ", ".join(names), self.clock() - started)
                return
            if self.clock() - started >= timeout_s:
                why = (f"proxies {', '.join(waiting)} still busy" if waiting
                       else f"{', '.join(busy)} still working")
                log.warning("drain of %s timed out after %gs (%s); stopping anyway",
                            ", ".join(names), timeout_s, why)
                return
            await asyncio.sleep(DRAIN_POLL_S)

    async def _busy_engines(self, names: Iterable[str]) -> list[str]:
        """The engines among `names` that report requests running or waiting."""
        names = list(names)
        texts = await asyncio.gather(*(self._engine_get(self.specs[n], "/metrics") for n in names))
        return [
            n for n, (status, text) in zip(names, texts, strict=True)
            if status == 200 and (requests_in_flight(text) or 0) > 0
        ]

    async def _apply_specs(self, config: ApplianceConfig, specs: list[EngineSpec]) -> Diff:
        assert self.supervisor is not None and self.store is not None
        processes = await self.supervisor.processes()
        changes = diff({s.name: s.digest for s in specs}, self.store.digests(), set(processes))
        if changes.empty:
            return changes
        by_name = {s.name: s for s in specs}
        going = [*changes.remove, *changes.change]
        await asyncio.gather(*(self.supervisor.stop(n) for n in going if n in processes))
        for name in going:
            await self.supervisor.remove(name)
        for name in changes.remove:
            self.store.delete(name)
        secret = {"VLLM_API_KEY": self.token}
        for name in (*changes.add, *changes.change):
            self.store.write(name, render_program(config, by_name[name], secret))
        SupervisorPaths.from_config(config).engine_log_dir.mkdir(parents=True, exist_ok=True)
        await self.supervisor.reload_config()
        for name in (*changes.add, *changes.change):
            await self.supervisor.add(name)
        return changes

    # -- the watch loop --------------------------------------------------------------

    async def _engine_get(self, spec: EngineSpec, path: str) -> tuple[int, str]:
        """GET `path` of an engine over its unix socket: (status, text), or (0, "") when it
        does not answer."""
        try:
            async with aiohttp.ClientSession(
                connector=aiohttp.UnixConnector(path=str(spec.socket)),
                timeout=aiohttp.ClientTimeout(total=2),
            ) as session, session.get(ENGINE_URL + path) as resp:
                return resp.status, await resp.text()
        except (TimeoutError, aiohttp.ClientError, OSError, UnicodeDecodeError):
            return 0, ""

    async def probe(self, names: list[str]) -> dict[str, bool]:
        results = await asyncio.gather(*(self._engine_get(self.specs[n], "/health") for n in names))
        return {n: status == 200 for n, (status, _) in zip(names, results, strict=True)}

    async def tick(self) -> None:
        assert self.supervisor is not None
        async with self._lock:
            processes = await self.supervisor.processes()
            alive = [n for n, p in processes.items() if n in self.specs and p.alive]
            healthy = await self.probe(alive)
            actions = self.lifecycle.observe(self.clock(), processes, healthy)
            stops = [a for a in actions if isinstance(a, Stop)]
            for action in stops:
                log.warning("stopping %s: %s", action.name, action.reason)
            results = await asyncio.gather(
                *(self.supervisor.stop(a.name) for a in stops), return_exceptions=True
            )
            for action, result in zip(stops, results, strict=True):
                if isinstance(result, SupervisorError):
                    log.warning("%s did not stop cleanly: %s", action.name, result)
                elif isinstance(result, BaseException):
                    raise result
            for action in actions:
                if isinstance(action, Start):
                    log.info("starting %s", action.name)
                    try:
                        prepare_socket(self.specs[action.name].socket)
                        await self.supervisor.start(action.name)
                    except (SupervisorError, EngineSocketError) as exc:
                        # e.g. SPAWN_ERROR: the process died at once. The next tick sees it
                        # not running and counts a failure; one engine never stops the agent.
                        log.warning("%s did not start: %s", action.name, exc)
                elif isinstance(action, FetchLog):
                    self.lifecycle.set_log(action.name, await self.supervisor.tail(action.name))
                    engine = self.lifecycle.engines.get(action.name)
                    if engine is not None:
                        log.warning("%s: %s", action.name, engine.detail)
            self._publish()
        await self.read_engine_metrics([n for n in alive if healthy.get(n)])

    async def read_engine_metrics(self, names: list[str]) -> None:
        """Read the engines' own metrics (re-exported per replica by the agent's /metrics);
        an engine not among `names` (stopped, unhealthy) has no reading."""
        texts = await asyncio.gather(*(self._engine_get(self.specs[n], "/metrics") for n in names))
        self.engine_readings = {
            n: parse_engine_metrics(text) if status == 200 else None
            for n, (status, text) in zip(names, texts, strict=True)
        }

    async def read_fleet_members(self) -> None:
        """The fleet's members for /metrics (appliance.fleet.member_metrics)."""
        self.fleet_members = await self.fleet.read_members() if self.fleet is not None else None

    async def run_loop(self) -> None:
        assert self.config is not None
        watchdog = watchdog_interval_s()
        last_ping = 0.0
        while await self._pause(self.config.agent.health_interval_s):
            try:
                await self.tick()
            except SupervisorUnavailable as exc:
                log.error("%s", exc)
            except ApplianceError as exc:
                log.error("tick failed: %s", exc)
            await self.read_fleet_members()
            if watchdog and self.clock() - last_ping >= watchdog:
                notify("WATCHDOG=1")
                last_ping = self.clock()

    # -- GPU memory watchdog ------------------------------------------------------------

    def _read_gpu_usage(self) -> tuple[list[GpuUsage], dict[int, int], dict[int, GpuTelemetry]]:
        """NVML per-process memory for the GPUs engines use, every GPU's used memory and
        telemetry (runs in a worker thread)."""
        import psutil

        from appliance.gpu.nvml_driver import NvmlDriver

        open_nvml = self.nvml or NvmlDriver
        engines = []
        for engine in self.lifecycle.engines.values():
            if not engine.spec.gpus or not engine.pid:
                continue
            try:
                root = psutil.Process(engine.pid)
                pids = {root.pid, *(c.pid for c in root.children(recursive=True))}
            except psutil.Error:
                continue
            engines.append((engine.spec, pids))
        assert self.inventory is not None
        totals = {g.index: g.memory_total_mib * 1024 * 1024 for g in self.inventory.gpus}
        with open_nvml() as nvml:
            used = {i: nvml.device(i)["memory_used_bytes"] for i in totals}
            gpus = sorted({g for spec, _ in engines for g in spec.gpus})
            processes = {g: nvml.processes(g) for g in gpus}
            telemetry = read_telemetry(nvml, sorted(totals))
        return gpu_usage(engines, processes, totals), used, telemetry

    async def check_gpu_memory(self) -> None:
        assert self.config is not None and self.supervisor is not None
        if self.inventory is None or self.inventory.source != "nvml" or not self.inventory.gpus:
            return  # GPUs from an inventory file (or none): nothing to measure
        usage, self.gpu_memory_used, self.gpu_telemetry = await asyncio.to_thread(
            self._read_gpu_usage)
        over = {u.engine for u in usage if u.over}
        for u in usage:
            if u.over and u.engine not in self.over_quota:
                log.warning(
                    "%s uses %.1f GiB on GPU %d, over its quota of %.1f GiB",
                    u.engine, u.used_bytes / 2**30, u.gpu, u.quota_bytes / 2**30,
                )
        self.gpu_usage, self.over_quota = usage, over
        if over and self.config.gpus.over_quota_action == "restart":
            async with self._lock:
                for name in sorted(over):
                    for action in self.lifecycle.restart(name, self.clock(), "over its GPU memory quota"):
                        if isinstance(action, Stop):
                            await self.supervisor.stop(action.name)

    async def watch_gpu_memory(self) -> None:
        assert self.config is not None
        while await self._pause(self.config.gpus.watchdog_interval_s):
            try:
                await self.check_gpu_memory()
            except InventoryError as exc:
                log.warning("GPU memory watchdog: %s", exc)

    async def watch_xids(self) -> None:
        """Count the GPUs' XID errors until the agent stops (appliance/agent/xid_watch.py);
        GPUs from an inventory file (or none): nothing to watch."""
        if self.inventory is None or self.inventory.source != "nvml" or not self.inventory.gpus:
            return
        from appliance.gpu.nvml_driver import NvmlDriver

        await watch_xids(self.nvml or NvmlDriver, [g.index for g in self.inventory.gpus],
                         self.xids, self._stop)

    def request_stop(self) -> None:
        self._stop.set()

    async def _pause(self, seconds: float) -> bool:
        """Wait `seconds`; False as soon as a stop is requested."""
        try:
            await asyncio.wait_for(self._stop.wait(), timeout=seconds)
        except TimeoutError:
            return True
        return False

    # -- views -----------------------------------------------------------------------

    @property
    def node_name(self) -> str:
        return self._node_name(self.config)

    @staticmethod
    def _node_name(config: ApplianceConfig | None) -> str:
        return config.node.name if config and config.node.name else socket.gethostname()

    def _publish(self) -> None:
        """Publish the routes document of the applied config and the engines as they are
        (a new version only when something in it changed)."""
        if self.config is None:
            return
        engines = [(e.spec, e.state) for e in self.lifecycle.engines.values()]
        draining = self.draining | set(self.specs) if self.drained else self.draining
        down = self.ray.down_reasons() if self.ray is not None else {}
        if self.native is not None:
            down |= self.native.down_reasons()
        doc = build_routes(self.config, engines, draining, self.node_name, down)
        if self.catalogs is None:
            self.routes.publish(doc)
            return
        if self.catalog.publish(doc) and self.catalog.document is not None:
            self.catalogs.local_changed(self.catalog.document)
        self._publish_fleet()

    def _publish_fleet(self) -> None:
        """The proxies' document: this node's merged with the others' catalogs."""
        if self.catalogs is not None and self.catalog.document is not None:
            self.routes.publish(self.catalogs.merged(self.catalog.document))

    def attach_fleet(self, membership: Membership, fetch: Fetch | None = None) -> None:
        """Serve in the fleet `membership` sees (called once the agent's membership is
        connected): this node's document becomes its catalog, the other nodes' catalogs
        are fetched through their relays (`fetch`, by default over mutual TLS with the
        certificates in `[fleet] tls_dir`) and merged into what the proxies serve.
        Raises FleetTlsError when those certificates cannot be used."""
        assert self.config is not None and self.catalogs is None
        close = None
        if fetch is None:
            fetch, close = https_fetch(client_context(self.config.fleet.tls_dir))
        self.catalog = RoutesPublisher()
        self.catalogs = CatalogSync(membership, self.node_name, fetch, self._publish_fleet)
        self._publish()

        async def run() -> None:
            assert self.catalogs is not None
            try:
                await self.catalogs.run()
            except Exception:
                log.exception("fleet: the catalog sync stopped")
                raise
            finally:
                if close is not None:
                    await close()

        self._fleet_tasks.append(asyncio.ensure_future(run()))
        self._fleet_tasks.append(asyncio.ensure_future(self._tell_usage_peers()))

    async def _tell_usage_peers(self, every_s: float = 2.0) -> None:
        """Keep the proxies' usage sync pushing to every other alive member's relay
        (`PUT /fleet/v1/peers` on run_dir/proxy-usage.sock; docs/fleet.md). Sent every
        `every_s`, so a restarted proxy has its peers again within that time."""
        assert self.config is not None and self.catalogs is not None
        path = self.config.node.run_dir / "proxy-usage.sock"
        told: str | None = None
        while True:
            peers = usage_peers(self.catalogs.members, self.node_name)
            try:
                async with aiohttp.ClientSession(
                        connector=aiohttp.UnixConnector(path=str(path)),
                        timeout=aiohttp.ClientTimeout(total=5)) as session, session.put(
                        "http://localhost/fleet/v1/peers", json={"peers": peers}) as resp:
                    if resp.status != 200:
                        raise ValueError(f"HTTP {resp.status}: {(await resp.text())[:200]}")
                if told != repr(peers):
                    log.info("fleet: the proxies push usage to %d peers", len(peers))
                told = repr(peers)
            except (aiohttp.ClientError, OSError, ValueError, TimeoutError) as exc:
                if told is not None:
                    log.warning("fleet: cannot give the proxies their usage peers (%s)", exc)
                told = None
            await asyncio.sleep(every_s)

    async def detach_fleet(self) -> None:
        """Stop the catalog sync (the agent stops)."""
        for task in self._fleet_tasks:
            task.cancel()
        for task in self._fleet_tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        self._fleet_tasks.clear()

    def fleet_view(self) -> dict[str, Any]:
        """`GET /v1/fleet`: the members and the replicas of each one's catalog."""
        if self.catalogs is None:
            return {"enabled": False, "node": self.node_name, "members": []}
        return {"enabled": True, **self.catalogs.view()}

    async def status_view(self) -> dict[str, Any]:
        """This node for the status page (appliance/agent/status_view.py), with the load
        each running engine reports now."""
        status = self.status()
        alive = [e["name"] for e in status["engines"] if e["pid"] and e["name"] in self.specs]
        texts = await asyncio.gather(*(self._engine_get(self.specs[n], "/metrics") for n in alive))
        loads = {n: engine_load(text) if code == 200 else None
                 for n, (code, text) in zip(alive, texts, strict=True)}
        reserve = self.plan.reserve_fraction if self.plan else 0.0
        return node_view(status, self.inventory, reserve, self.gpu_usage,
                         self.gpu_memory_used, loads, list(self.recent.lines))

    def status(self) -> dict[str, Any]:
        now = self.clock()
        return {
            "node": {
                "name": self.node_name,
                "config": str(self.config_path),
                "agent_pid": os.getpid(),
                "uptime_s": round(time.time() - self.started_at, 1),
                "ready": self.ready,
                "drained": self.drained,
                "ray": {"enabled": self.ray is not None},
                "fleet": {
                    "enabled": self.fleet is not None,
                    "name": self.config.fleet.name if self.config else None,
                    "connected": self.fleet is not None and self.fleet.connected,
                },
                "reloads": dict(self.reloads),
                "last_reload": self.last_reload.to_dict() if self.last_reload else None,
            },
            "routes": {"epoch": self.routes.epoch, "version": self.routes.version,
                       "watchers": len(self.routes.watchers.live(now))},
            "engines": [
                {**e.to_dict(now), "task": e.spec.task,
                 **({"state": "draining"} if e.spec.name in self.draining or self.drained
                    else {}),
                 "uptime_s": round(time.time() - e.process_start, 1) if e.process_start else None}
                for e in self.lifecycle.engines.values()
            ],
            "rejections": [
                {"model": r.model, "replica": r.replica, "reason": r.reason}
                for r in (self.plan.rejections if self.plan else ())
            ],
            "native_models": self.native.status() if self.native is not None else [],
        }


async def run_agent(config_path: Path, overrides: Mapping[str, Any] | None = None) -> int:
    """`appliance agent run`: until SIGTERM/SIGINT. Returns the exit status."""
    from appliance.agent.api import serve_api

    agent = Agent(config_path, overrides)
    logging.getLogger().addHandler(agent.recent)
    loop = asyncio.get_running_loop()
    try:
        await agent.start()
    except ConfigError as exc:
        for problem in exc.problems:
            log.error("%s", problem)
        log.error("%s: the agent does not start with an invalid config", exc.source)
        return 1
    except ApplianceError as exc:  # supervisord missing or refusing, GPUs unreadable
        log.error("%s", exc)
        return 1
    assert agent.config is not None and agent.paths is not None
    runners = await serve_api(agent, agent.paths.api_socket, agent.config.agent.api_port,
                              agent.paths.api_token)

    def on_hup() -> None:
        async def go() -> None:
            notify("RELOADING=1")
            result = await agent.reload()
            notify("READY=1")
            if not result.ok:
                for error in result.errors:
                    log.error("reload: %s", error)

        asyncio.ensure_future(go())

    loop.add_signal_handler(signal.SIGHUP, on_hup)
    loop.add_signal_handler(signal.SIGTERM, agent.request_stop)
    loop.add_signal_handler(signal.SIGINT, agent.request_stop)
    logs.level_signals(logs.start_level(), loop.add_signal_handler)
    notify("READY=1")
    log.info("agent ready: %d engines, API on %s", len(agent.specs), agent.paths.api_socket)
    watchdog_task = asyncio.ensure_future(agent.watch_gpu_memory())
    xid_task = asyncio.ensure_future(agent.watch_xids())
    try:
        await agent.run_loop()
    finally:
        watchdog_task.cancel()
        # it ends by itself within a wait once the stop is requested (run_loop has
        # returned): cancelled in a wait, it would leave NVML's event set to the exit
        agent.request_stop()
        await asyncio.wait([xid_task], timeout=5)
        xid_task.cancel()
        await agent.detach_fleet()
        notify("STOPPING=1")
        agent.routes.close()  # long polls answer now, so the API stops at once
        if agent.ray is not None:
            await agent.ray.close()  # Ray runs on under supervisord
        if agent.native is not None:
            await agent.native.close()  # the ranks run on under supervisord
        if agent.fleet is not None:
            await agent.fleet.close()  # Serf runs on: the node stays in the fleet
        for runner in runners:
            await runner.cleanup()
        # aiohttp leaves a unix socket's file behind; a stopped agent leaves none
        agent.paths.api_socket.unlink(missing_ok=True)
        log.info("agent stopped; engines keep running under supervisord")
    return 0
