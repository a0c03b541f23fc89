"""Engine lifecycle: a sans-I/O state machine over what supervisord and /health report.

States: stopped (not running, may start), starting (running, not yet healthy), ready,
unhealthy (was ready, now failing /health), backoff (crashed, waiting to restart), failed
(crashed `max_restarts` times in a row; left stopped until a reload).

`observe(now, processes, healthy)` takes the latest observations and returns actions
(Start, Stop, FetchLog) for the shell to carry out. Engines that share a device (a GPU,
or "cpu") start one at a time: the next starts only when the previous is ready (vLLM
sizes its KV cache from the memory free when it starts).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Protocol

from appliance.engines.specs import EngineSpec

ALIVE = ("STARTING", "RUNNING")


class ProcessView(Protocol):
    state: str
    pid: int
    start: float
    exitstatus: int
    spawnerr: str


@dataclass(frozen=True)
class RestartPolicy:
    backoff_s: float = 5.0
    backoff_max_s: float = 300.0
    max_restarts: int = 5

    def delay(self, failures: int) -> float:
        """Seconds to wait before restart number `failures` (1, 2, ...): doubling, capped."""
        return min(self.backoff_s * 2 ** max(0, failures - 1), self.backoff_max_s)


@dataclass(frozen=True)
class Start:
    name: str


@dataclass(frozen=True)
class Stop:
    name: str
    reason: str


@dataclass(frozen=True)
class FetchLog:
    name: str


Action = Start | Stop | FetchLog


@dataclass
class Engine:
    spec: EngineSpec
    state: str = "stopped"
    since: float = 0.0
    detail: str = ""
    pid: int | None = None
    process_start: float | None = None  # wall-clock time supervisord started the process
    failures: int = 0
    restarts: int = 0
    started: int = 0
    next_start_at: float = 0.0
    unhealthy_since: float | None = None
    last_error: str | None = None
    log_tail: list[str] = field(default_factory=list)

    def to_dict(self, now: float) -> dict:
        return {
            "name": self.spec.name,
            "model": self.spec.model,
            "replica": self.spec.replica,
            "engine": self.spec.engine,
            "state": self.state,
            "detail": self.detail,
            "pid": self.pid,
            "process_start": self.process_start,
            "socket": str(self.spec.socket),
            "gpus": list(self.spec.gpus),
            "fraction": self.spec.fraction,
            "memory_gib": self.spec.memory_gib,
            "state_for_s": round(max(0.0, now - self.since), 1),
            "restarts": self.restarts,
            "last_error": self.last_error,
            "log_tail": list(self.log_tail),
        }


class Lifecycle:
    def __init__(self, policy: RestartPolicy):
        self.policy = policy
        self.engines: dict[str, Engine] = {}

    def set_specs(self, specs: Iterable[EngineSpec], now: float) -> None:
        """The engines to run now, in start-priority order. Records of engines whose spec
        is unchanged survive; changed ones start over as stopped."""
        new: dict[str, Engine] = {}
        for spec in specs:
            old = self.engines.get(spec.name)
            if old is not None and old.spec.digest == spec.digest:
                old.spec = spec
                new[spec.name] = old
            else:
                new[spec.name] = Engine(spec=spec, since=now)
        self.engines = new

    def retry_failed(self, now: float) -> None:
        for engine in self.engines.values():
            if engine.state == "failed":
                self._to(engine, "stopped", now, "retry after reload")
                engine.failures = 0
                engine.next_start_at = now

    def restart(self, name: str, now: float, reason: str) -> list[Action]:
        """Stop a running engine for `reason` (counted as a failure: it backs off)."""
        engine = self.engines.get(name)
        if engine is None or engine.state not in ("starting", "ready", "unhealthy"):
            return []
        return self._fail(engine, now, reason, stop=True)

    def set_log(self, name: str, text: str, lines: int = 20) -> None:
        if name in self.engines:
            self.engines[name].log_tail = text.splitlines()[-lines:]

    def observe(
        self, now: float, processes: Mapping[str, ProcessView], healthy: Mapping[str, bool]
    ) -> list[Action]:
        actions: list[Action] = []
        for engine in self.engines.values():
            proc = processes.get(engine.spec.name)
            if proc is not None and proc.state in ALIVE:
                engine.pid = proc.pid or None
                engine.process_start = proc.start or None
                actions += self._alive(engine, now, healthy.get(engine.spec.name, False))
            else:
                engine.pid = engine.process_start = None
                actions += self._not_alive(engine, now, proc)
        return actions + self._schedule(now)

    @property
    def ready(self) -> list[Engine]:
        return [e for e in self.engines.values() if e.state == "ready"]

    # -- transitions ---------------------------------------------------------------

    def _to(self, engine: Engine, state: str, now: float, detail: str = "") -> None:
        if engine.state != state:
            engine.state = state
            engine.since = now
        engine.detail = detail

    def _alive(self, engine: Engine, now: float, healthy: bool) -> list[Action]:
        spec = engine.spec
        if healthy:
            self._to(engine, "ready", now)
            engine.failures = 0
            engine.unhealthy_since = None
            return []
        if engine.state in ("ready", "unhealthy"):
            if engine.unhealthy_since is None:
                engine.unhealthy_since = now
            waited = now - engine.unhealthy_since
            self._to(engine, "unhealthy", now, f"/health failing for {waited:.0f}s")
            if waited > spec.unhealthy_timeout_s:
                return self._fail(engine, now, f"unhealthy for {waited:.0f}s", stop=True)
            return []
        if engine.state != "starting":  # adopted, or started by hand
            self._to(engine, "starting", now, "waiting for /health")
        if now - engine.since > spec.start_timeout_s:
            return self._fail(
                engine, now, f"not healthy {spec.start_timeout_s:.0f}s after start", stop=True
            )
        return []

    def _not_alive(self, engine: Engine, now: float, proc: ProcessView | None) -> list[Action]:
        if engine.state not in ("starting", "ready", "unhealthy"):
            return []
        if proc is None:
            reason = "program missing from supervisord"
        elif proc.state != "EXITED" and proc.spawnerr:  # it never ran (e.g. no such command)
            reason = f"could not start: {proc.spawnerr}"
        else:
            reason = f"exited with status {proc.exitstatus}"
        return self._fail(engine, now, reason, stop=False)

    def _fail(self, engine: Engine, now: float, reason: str, stop: bool) -> list[Action]:
        engine.failures += 1
        engine.last_error = reason
        engine.unhealthy_since = None
        actions: list[Action] = [Stop(engine.spec.name, reason)] if stop else []
        actions.append(FetchLog(engine.spec.name))
        if engine.failures >= self.policy.max_restarts:
            self._to(engine, "failed", now, f"{engine.failures} failures in a row; last: {reason}")
        else:
            delay = self.policy.delay(engine.failures)
            engine.next_start_at = now + delay
            self._to(engine, "backoff", now, f"restart in {delay:.0f}s after: {reason}")
        return actions

    def _schedule(self, now: float) -> list[Action]:
        busy: set[str] = set()
        for engine in self.engines.values():
            if engine.state == "starting":
                busy |= engine.spec.devices
        actions: list[Action] = []
        for engine in self.engines.values():
            if engine.state not in ("stopped", "backoff") or now < engine.next_start_at:
                continue
            shared = engine.spec.devices & busy
            if shared:
                waiting_for = sorted(
                    e.spec.name for e in self.engines.values()
                    if e.state == "starting" and e.spec.devices & shared
                )
                engine.detail = f"waits for {', '.join(waiting_for)} to become ready"
                continue
            if engine.started:
                engine.restarts += 1
            engine.started += 1
            self._to(engine, "starting", now, "waiting for /health")
            busy |= engine.spec.devices
            actions.append(Start(engine.spec.name))
        return actions
