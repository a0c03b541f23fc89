"""The proxy's Prometheus metrics, on a registry made per app (no global registry).

Every metric keeps its values in a store (`metric_store`): a list in this process with one
worker, a file under the run directory that the node's other workers read with several.
Updating one is an addition into a slot the metric's child already knows (no lock, no
prometheus_client call, no message to another process), so a request costs a few
additions. A scrape turns the store into Prometheus families: with several workers, the
sum over every worker of the node, the dead ones included, so counters never go back.

Gauges a worker computes when asked (breaker states, the PII analyzers' queue) are written
into its store by `publish`: by the scraping worker before it reads, and by every worker
once a second (`publish_every`), so another worker's value is at most that old.
"""

from __future__ import annotations

import asyncio
import bisect
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from prometheus_client import CollectorRegistry
from prometheus_client.core import (
    CounterMetricFamily,
    GaugeMetricFamily,
    HistogramMetricFamily,
    Metric,
)
from prometheus_client.registry import Collector

from appliance.proxy.metric_store import (
    COUNTER,
    GAUGE,
    HISTOGRAM,
    FileStore,
    LocalStore,
    Values,
    read_node,
)

LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300)
TTFT_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30)
_STATES = ("closed", "open", "half_open")

Store = LocalStore | FileStore


class ProxyMetrics:
    """`node_dir`: the directory of the node's worker files, when there are several
    workers (`store` is then this worker's file in it); None for one process."""

    def __init__(self, registry: CollectorRegistry, store: Store | None = None,
                 node_dir: Path | None = None):
        self.registry = registry
        self.store: Store = store if store is not None else LocalStore()
        self.node_dir = node_dir
        self.families: dict[str, _Family] = {}
        self._publishers: list[Callable[[], None]] = []
        self.stats = RequestStats(self)
        registry.register(_StoreCollector(self))
        self.rate_limited = self.counter(
            "appliance_proxy_rate_limited", "Requests refused with 429.", ["role"])
        self.upstream_errors = self.counter(
            "appliance_proxy_upstream_errors", "Failed attempts at a replica, by reason.",
            ["replica", "reason"])
        self.retries = self.counter(
            "appliance_proxy_retries", "Requests tried again on another replica.", ["model"])
        self.queued = self.gauge(
            "appliance_proxy_queue_depth", "Requests waiting for a replica, by model.", ["model"])
        self.pii_scan = self.histogram(
            "appliance_pii_scan_seconds",
            "Time the proxy waited for one request's texts to be analysed for PII (queue, "
            "hand-off and analysis).", buckets=TTFT_BUCKETS)
        self.pii_analysis = self.histogram(
            "appliance_pii_analysis_seconds",
            "Time Presidio took to analyse one request's texts, in the analyzer process "
            "(scan minus this is the wait for a free analyzer and the hand-off).",
            buckets=TTFT_BUCKETS)
        self.pii_queue = self.gauge(
            "appliance_pii_queue_depth",
            "Requests waiting for a free PII analyzer process (summed over the proxy's "
            "workers).")
        self.pii_entities = self.counter(
            "appliance_pii_entities", "PII findings masked, by entity type.", ["entity"])
        self.pii_masked = self.counter(
            "appliance_pii_requests_masked", "Requests in which PII was masked.")
        self.pii_failures = self.counter(
            "appliance_pii_failures", "Requests whose PII analysis failed or timed out.")
        self.breaker_state = self.gauge(
            "appliance_proxy_breaker_state",
            "1 for the state of each replica's breaker; with several proxy workers, how many "
            "of them see the replica's breaker in that state.", ["replica", "state"])

    def counter(self, name: str, doc: str, labelnames: Sequence[str] = ()) -> Counter:
        return self._define(Counter(self.store, name, doc, labelnames))

    def gauge(self, name: str, doc: str, labelnames: Sequence[str] = ()) -> Gauge:
        return self._define(Gauge(self.store, name, doc, labelnames, self._publishers))

    def histogram(self, name: str, doc: str, labelnames: Sequence[str] = (), *,
                  buckets: Sequence[float]) -> Histogram:
        return self._define(Histogram(self.store, name, doc, labelnames, tuple(buckets)))

    def _define(self, family: Any) -> Any:
        if family.name in self.families:
            raise ValueError(f"metric {family.name} defined twice")
        self.families[family.name] = family
        if not family.labelnames:
            family.labels()  # shown (as 0) from the start, as prometheus_client does
        return family

    def child(self, metric: _Family, *labels: str) -> Any:
        """`metric.labels(*labels)` (each metric remembers its children)."""
        return metric.labels(*labels)

    def add_breaker_view(self, states: Callable[[], dict[str, str]]) -> None:
        """Publish each replica's breaker state (a replica that left the view gets zeros)."""
        shown: set[str] = set()

        def publish() -> None:
            now = states()
            for replica in shown | set(now):
                for s in _STATES:
                    self.breaker_state.labels(replica, s).set(1.0 if now.get(replica) == s else 0.0)
            shown.update(now)

        self._publishers.append(publish)

    def publish(self) -> None:
        for publish in self._publishers:
            publish()

    async def publish_every(self, seconds: float = 1.0) -> None:
        while True:
            self.publish()
            await asyncio.sleep(seconds)

    def read(self) -> Values:
        """The values a scrape shows: this process's, or the whole node's."""
        self.publish()
        return self.store.read() if self.node_dir is None else read_node(self.node_dir)


class _Family:
    kind = ""

    def __init__(self, store: Store, name: str, doc: str, labelnames: Sequence[str]):
        self.store = store
        self.name = name
        self.doc = doc
        self.labelnames = tuple(labelnames)
        self.width = 1
        self._children: dict[tuple[str, ...], Any] = {}

    def labels(self, *values: str) -> Any:
        child = self._children.get(values)
        if child is None:
            if len(values) != len(self.labelnames):
                raise ValueError(f"{self.name} takes labels {self.labelnames}, got {values}")
            buffer, at = self.store.add((self.kind, self.name, values), self.width)
            child = self._children[values] = self._child(buffer, at)
        return child

    def _child(self, buffer: Any, at: int) -> Any:
        raise NotImplementedError


class _Slot:
    __slots__ = ("_v", "_i")

    def __init__(self, buffer: Any, at: int):
        self._v, self._i = buffer, at

    def inc(self, amount: float = 1.0) -> None:
        self._v[self._i] += amount

    def dec(self, amount: float = 1.0) -> None:
        self._v[self._i] -= amount

    def set(self, value: float) -> None:
        self._v[self._i] = value

    def get(self) -> float:
        return self._v[self._i]


class Counter(_Family):
    kind = COUNTER

    def _child(self, buffer: Any, at: int) -> _Slot:
        return _Slot(buffer, at)

    def inc(self, amount: float = 1.0) -> None:
        self.labels().inc(amount)


class Gauge(_Family):
    kind = GAUGE

    def __init__(self, store: Store, name: str, doc: str, labelnames: Sequence[str],
                 publishers: list[Callable[[], None]]):
        super().__init__(store, name, doc, labelnames)
        self.publishers = publishers

    def _child(self, buffer: Any, at: int) -> _Slot:
        return _Slot(buffer, at)

    def set(self, value: float) -> None:
        self.labels().set(value)

    def set_function(self, value: Callable[[], float]) -> None:
        """Computed when published (see the module's docstring)."""
        child = self.labels()
        self.publishers.append(lambda: child.set(value()))


class _Observer:
    __slots__ = ("_v", "_i", "_bounds", "_sum")

    def __init__(self, buffer: Any, at: int, bounds: tuple[float, ...]):
        self._v, self._i, self._bounds = buffer, at, bounds
        self._sum = at + len(bounds) + 1

    def observe(self, value: float) -> None:
        self._v[self._i + bisect.bisect_left(self._bounds, value)] += 1
        self._v[self._sum] += value


class Histogram(_Family):
    """Slots: a count per bucket (the last above every bound), then the sum."""

    kind = HISTOGRAM

    def __init__(self, store: Store, name: str, doc: str, labelnames: Sequence[str],
                 buckets: tuple[float, ...]):
        super().__init__(store, name, doc, labelnames)
        self.buckets = buckets
        self.width = len(buckets) + 2

    def _child(self, buffer: Any, at: int) -> _Observer:
        return _Observer(buffer, at, self.buckets)

    def observe(self, value: float) -> None:
        self.labels().observe(value)

    def cumulative(self, values: list[float]) -> list[tuple[str, float]]:
        out, running = [], 0.0
        for bound, n in zip(self.buckets, values, strict=False):
            running += n
            out.append((_le(bound), running))
        out.append(("+Inf", running + values[len(self.buckets)]))
        return out


def _le(bound: float) -> str:
    return repr(float(bound))  # prometheus_client's own spelling: 0.005, 1.0, 30.0


class RequestStats:
    """What every request updates: requests, latency, time to first token, tokens, in
    flight. `finished` adds into the slots it looked up on the first request of a model
    and status: a dict lookup and a few additions per request."""

    def __init__(self, metrics: ProxyMetrics):
        self.requests = metrics.counter(
            "appliance_proxy_requests", "Requests by model and HTTP status.", ["model", "status"])
        self.latency = metrics.histogram(
            "appliance_proxy_request_seconds", "Time from request to the end of the answer.",
            ["model"], buckets=LATENCY_BUCKETS)
        self.ttft = metrics.histogram(
            "appliance_proxy_time_to_first_token_seconds",
            "Time from request to the first chunk of a streamed answer.", ["model"],
            buckets=TTFT_BUCKETS)
        self.tokens = metrics.counter(
            "appliance_proxy_tokens", "Tokens by model and kind (prompt, completion).",
            ["model", "kind"])
        self.inflight = metrics.gauge(
            "appliance_proxy_inflight", "Requests in flight at replicas, by model.", ["model"])
        self._done: dict[tuple[str, int], tuple[Any, int, Any, int]] = {}
        self._ttft: dict[str, tuple[Any, int]] = {}  # made on a model's first stream
        self._tokens: dict[str, tuple[Any, int, Any, int]] = {}  # on its first counted tokens

    def in_flight(self, model: str) -> _Slot:
        """The model's in-flight gauge: `inc()` when a request goes to a replica, `dec()`
        when it is back."""
        return self.inflight.labels(model)

    def finished(self, model: str, status: int, seconds: float, ttft_s: float | None,
                 prompt_tokens: int, completion_tokens: int) -> None:
        done = self._done.get((model, status))
        if done is None:
            requests, latency = self.requests.labels(model, str(status)), self.latency.labels(model)
            done = self._done[(model, status)] = (requests._v, requests._i, latency._v, latency._i)
        rv, ri, lv, li = done
        rv[ri] += 1
        lv[li + bisect.bisect_left(LATENCY_BUCKETS, seconds)] += 1
        lv[li + _LATENCY_SUM] += seconds
        if ttft_s is not None:
            ttft = self._ttft.get(model)
            if ttft is None:
                child = self.ttft.labels(model)
                ttft = self._ttft[model] = (child._v, child._i)
            tv, ti = ttft
            tv[ti + bisect.bisect_left(TTFT_BUCKETS, ttft_s)] += 1
            tv[ti + _TTFT_SUM] += ttft_s
        if prompt_tokens or completion_tokens:
            tokens = self._tokens.get(model)
            if tokens is None:
                p, c = self.tokens.labels(model, "prompt"), self.tokens.labels(model, "completion")
                tokens = self._tokens[model] = (p._v, p._i, c._v, c._i)
            pv, pi, cv, ci = tokens
            pv[pi] += prompt_tokens
            cv[ci] += completion_tokens


_LATENCY_SUM = len(LATENCY_BUCKETS) + 1  # a histogram's sum slot, after its buckets
_TTFT_SUM = len(TTFT_BUCKETS) + 1


class _StoreCollector(Collector):
    def __init__(self, metrics: ProxyMetrics):
        self.metrics = metrics

    def collect(self) -> Iterator[Metric]:
        values = self.metrics.read()
        by_name: dict[str, list[tuple[tuple[str, ...], list[float]]]] = {}
        for (kind, name, labels), v in values.items():
            family = self.metrics.families.get(name)
            if family is not None and family.kind == kind and len(labels) == len(family.labelnames):
                by_name.setdefault(name, []).append((labels, v))
        for name, family in self.metrics.families.items():
            series = sorted(by_name.get(name, []))
            labelnames = list(family.labelnames)
            if isinstance(family, Histogram):
                out: Metric = HistogramMetricFamily(name, family.doc, labels=labelnames)
                for labels, v in series:
                    out.add_metric(list(labels), family.cumulative(v), v[-1])
            elif isinstance(family, Counter):
                out = CounterMetricFamily(name, family.doc, labels=labelnames)
                for labels, v in series:
                    out.add_metric(list(labels), v[0])
            else:
                out = GaugeMetricFamily(name, family.doc, labels=labelnames)
                for labels, v in series:
                    out.add_metric(list(labels), v[0])
            yield out
