"""Per-process proxy state: what is in flight where, breakers, limits, queues.

Everything here belongs to one proxy process (one event loop). With `[proxy] workers = N`
each process has its own; docs/proxy.md says how that composes.
"""

from __future__ import annotations

import asyncio
import itertools
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from appliance.config import ApplianceConfig
from appliance.proxy.breaker import BreakerConfig, Breakers
from appliance.proxy.metrics import ProxyMetrics
from appliance.proxy.queueing import ModelQueue
from appliance.proxy.ratelimit import RateLimiter
from appliance.proxy.routing import Replica
from appliance.proxy.table import Endpoint, TableWatcher
from appliance.proxy.tasks import DEFAULT_TASK


@dataclass
class ProxyState:
    config: ApplianceConfig
    table: TableWatcher
    clock: Callable[[], float] = time.monotonic
    outstanding: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    limiter: RateLimiter = field(default_factory=RateLimiter)
    breakers: Breakers = field(init=False)
    queues: dict[str, ModelQueue] = field(default_factory=dict)
    waiters: dict[int, asyncio.Future] = field(default_factory=dict)
    rr: itertools.count = field(default_factory=itertools.count)
    metrics: ProxyMetrics | None = None
    aliases: dict[str, dict[str, float]] = field(init=False)
    configured: frozenset[str] = field(init=False)
    configured_tasks: dict[str, str] = field(init=False)
    ids: itertools.count = field(default_factory=itertools.count)

    def __post_init__(self) -> None:
        # From the frozen config, once: the request path only looks these up.
        self.aliases = {a.name: dict(a.targets) for a in self.config.aliases}
        self.configured = frozenset(m.name for m in self.config.models)
        self.configured_tasks = {m.name: m.task for m in self.config.models}
        p = self.config.proxy
        self.breakers = Breakers(
            BreakerConfig(
                consecutive_failures=p.breaker_failures,
                failure_ratio=p.breaker_failure_ratio,
                cooldown_s=p.breaker_cooldown_s,
            )
        )

    def is_model(self, name: str) -> bool:
        """A model this node serves or is meant to: node.toml's count even when none of
        their replicas could be placed or is ready (those get 503, not 404)."""
        return name in self.table.table or name in self.configured or name in self.table.known_models

    def model_names(self) -> set[str]:
        return set(self.table.table) | self.configured | self.table.known_models

    def task_of(self, model: str) -> str:
        """The model's task: the agent's word (it knows models loaded at run time), else
        node.toml's, else `generate`."""
        return self.table.tasks.get(model) or self.configured_tasks.get(model) or DEFAULT_TASK

    def replicas(self, model: str) -> list[Replica]:
        """The model's routable replicas as routing sees them; open breakers left out."""
        now = self.clock()
        peek = self.breakers.peek
        limit = self.config.proxy.max_outstanding_per_replica
        return [
            Replica(e.key, e.model, (e.host, e.port), e.capacity, self.outstanding[e.key], limit)
            for e in self.table.table.get(model, ())
            if peek(e.key, now)
        ]

    def retry_on_timeout(self, model: str) -> bool:
        """Whether `model`'s requests may be sent again after they may have started work on
        an engine (its [[models]] retry_on_timeout). Asked only when an attempt failed."""
        return any(m.retry_on_timeout for m in self.config.models if m.name == model)

    def endpoint(self, key: str, model: str) -> Endpoint | None:
        return next((e for e in self.table.table.get(model, []) if e.key == key), None)

    def queue(self, model: str) -> ModelQueue:
        if model not in self.queues:
            self.queues[model] = ModelQueue(self.config.proxy.queue_size)
        return self.queues[model]

    async def wait_for_room(self, model: str) -> bool:
        """Wait in the model's queue until a replica frees up. False when the queue is
        full or the wait passed `queue_timeout_s` (the caller answers 529)."""
        queue = self.queue(model)
        req = next(self.ids)
        deadline = self.clock() + self.config.proxy.queue_timeout_s
        if not queue.push(req, deadline):
            return False
        future: asyncio.Future = asyncio.get_running_loop().create_future()
        self.waiters[req] = future
        self._gauge(model, queue)
        try:
            return bool(await asyncio.wait_for(future, timeout=self.config.proxy.queue_timeout_s))
        except TimeoutError:
            return False
        finally:
            queue.remove(req)
            self.waiters.pop(req, None)
            self._gauge(model, queue)

    def _gauge(self, model: str, queue: ModelQueue) -> None:
        if self.metrics is not None:
            self.metrics.queued.labels(model).set(len(queue))

    def wake_next(self, model: str) -> None:
        """A replica of `model` has room again: let the oldest waiter try."""
        queue = self.queues.get(model)
        if not queue:
            return
        for req in queue.expire(self.clock()):
            self._resolve(req, False)
        req = queue.pop_ready()
        if req is not None:
            self._resolve(req, True)

    def _resolve(self, req: int, go: bool) -> None:
        waiter = self.waiters.get(req)
        if waiter is not None and not waiter.done():
            waiter.set_result(go)
