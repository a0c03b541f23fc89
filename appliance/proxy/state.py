"""Per-process proxy state: what is served (the routes view), what is in flight where,
breakers, limits, queues.

Everything here belongs to one proxy process (one event loop). With `[proxy] workers = N`
each process has its own breakers and queues, while per-key limits are decided over a table
the workers share (appliance.proxy.node_limiter); docs/proxy.md says how that composes. A new routes document
replaces the view only: breakers, buckets, queues and in-flight counts are kept by
replica key, model and API key, so they carry over.

Replicas on other nodes (through their relay) are routed like this node's own, with two
additions: their load is the larger of this process's requests in flight and the load their
node last reported (`remote_load`: on every relay answer, and pulled every `[fleet]
load_refresh_s`), and each other node has a breaker of its own (`relays`) that one failed
connection opens: every replica of a node that stopped answering is left out at once,
until a probe gets through or the node comes back into the routes document (see
apply_routes).
"""

from __future__ import annotations

import asyncio
import itertools
import time
from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from appliance.config import ApplianceConfig
from appliance.proxy.breaker import BreakerConfig, Breakers
from appliance.proxy.metrics import ProxyMetrics
from appliance.proxy.queueing import ModelQueue
from appliance.proxy.ratelimit import RateLimiter
from appliance.proxy.routes_view import RoutesView
from appliance.proxy.routing import Replica
from appliance.proxy.tasks import DEFAULT_TASK
from appliance.routes import RoutesDocument


@dataclass
class ProxyState:
    config: ApplianceConfig
    clock: Callable[[], float] = time.monotonic
    routes: RoutesView = field(default_factory=RoutesView)
    token: str = ""  # the engine token (state_dir/engine-token), sent to every engine
    outstanding: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    limiter: RateLimiter = field(default_factory=RateLimiter)
    breakers: Breakers = field(init=False)
    relays: Breakers = field(init=False)  # one per other node: its relay connection
    remote_load: dict[str, int] = field(default_factory=dict)  # replica key -> reported load
    load_seen: dict[str, float] = field(default_factory=dict)  # node -> clock() of a report
    queues: dict[str, ModelQueue] = field(default_factory=dict)
    waiters: dict[int, asyncio.Future] = field(default_factory=dict)
    rr: itertools.count = field(default_factory=itertools.count)
    metrics: ProxyMetrics | None = None
    ids: itertools.count = field(default_factory=itertools.count)

    def __post_init__(self) -> None:
        p = self.config.proxy
        self.breakers = Breakers(
            BreakerConfig(
                consecutive_failures=p.breaker_failures,
                failure_ratio=p.breaker_failure_ratio,
                cooldown_s=p.breaker_cooldown_s,
            )
        )
        # A relay connection that fails (refused, timed out, closed without an answer)
        # means the node or its proxy is gone: one failure is enough to stop sending there
        # until a probe after the cooldown gets through.
        self.relays = Breakers(BreakerConfig(consecutive_failures=1,
                                             cooldown_s=p.breaker_cooldown_s))

    def apply_routes(self, doc: RoutesDocument) -> RoutesView:
        """Serve from `doc` from now on (requests in flight finish where they are). A node
        that is back in the document (the fleet had dropped it, failed or left, and now
        holds a catalog fetched from it anew) starts with a closed relay breaker: the
        failures that opened it, and the cooldown they doubled, were the outage's. The
        loads it reported before are dropped too, so it is asked at the next pull."""
        before = self.routes.nodes
        self.routes = RoutesView.of(doc)
        for node in self.routes.nodes.keys() - before.keys():
            self.relays.forget(node)
            self.load_seen.pop(node, None)
            prefix = f"{node}/"
            for key in [k for k in self.remote_load if k.startswith(prefix)]:
                del self.remote_load[key]
        return self.routes

    @property
    def aliases(self) -> Mapping[str, dict[str, float]]:
        return self.routes.aliases

    def is_model(self, name: str) -> bool:
        """A model this node serves or is meant to: one the agent names even when none of
        its replicas could be placed or is ready (those get 503, not 404)."""
        return name in self.routes.models

    def model_names(self) -> frozenset[str]:
        return self.routes.models

    def task_of(self, model: str) -> str:
        return self.routes.tasks.get(model, DEFAULT_TASK)

    def retry_on_timeout(self, model: str) -> bool:
        """Whether a request to `model` that timed out may be sent to another replica."""
        return self.routes.retry_on_timeout.get(model, False)

    def replicas(self, model: str) -> list[Replica]:
        """The model's routable replicas as routing sees them; open breakers left out."""
        now = self.clock()
        peek, relay_up = self.breakers.peek, self.relays.peek
        limit = self.config.proxy.max_outstanding_per_replica
        outstanding, remote = self.outstanding, self.remote_load
        return [
            Replica(e.key, e.model, e.address, e.capacity, outstanding[e.key], limit)
            if e.node is None else
            Replica(e.key, e.model, e.address, e.capacity,
                    max(outstanding[e.key], remote.get(e.key, 0)), limit, local=False)
            for e in self.routes.replicas.get(model, ())
            if peek(e.key, now) and (e.node is None or relay_up(e.node, now))
        ]

    def busy_draining(self) -> frozenset[str]:
        """The draining replicas this process still has requests on (the agent waits for
        them before it stops those engines)."""
        outstanding = self.outstanding
        return frozenset(k for k in self.routes.draining if outstanding.get(k))

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
