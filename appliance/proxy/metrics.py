"""The proxy's Prometheus metrics, on a registry made per app (no global registry).

The metrics every request updates (requests, latency, time to first token, tokens, in
flight) are plain counters in `RequestStats`, turned into Prometheus families only when
/metrics is scraped: a request then costs a few dict updates instead of a dozen
prometheus_client calls, each taking a lock. The rarer ones (rate limited, upstream
errors, retries, queue depth, PII) are ordinary prometheus_client metrics.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Callable, Iterator

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram
from prometheus_client.core import (
    CounterMetricFamily,
    GaugeMetricFamily,
    HistogramMetricFamily,
    Metric,
)
from prometheus_client.registry import Collector

LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300)
TTFT_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30)


class ProxyMetrics:
    def __init__(self, registry: CollectorRegistry):
        self.registry = registry
        self.stats = RequestStats()
        registry.register(_RequestStatsCollector(self.stats))
        self.rate_limited = Counter(
            "appliance_proxy_rate_limited", "Requests refused with 429.", ["role"],
            registry=registry,
        )
        self.upstream_errors = Counter(
            "appliance_proxy_upstream_errors", "Failed attempts at a replica, by reason.",
            ["replica", "reason"], registry=registry,
        )
        self.retries = Counter(
            "appliance_proxy_retries", "Requests tried again on another replica.", ["model"],
            registry=registry,
        )
        self.queued = Gauge(
            "appliance_proxy_queue_depth", "Requests waiting for a replica, by model.", ["model"],
            registry=registry,
        )

        self.pii_scan = Histogram(
            "appliance_pii_scan_seconds",
            "Time the proxy waited for one request's texts to be analysed for PII (queue, "
            "hand-off and analysis).",
            buckets=TTFT_BUCKETS, registry=registry,
        )
        self.pii_analysis = Histogram(
            "appliance_pii_analysis_seconds",
            "Time Presidio took to analyse one request's texts, in the analyzer process "
            "(scan minus this is the wait for a free analyzer and the hand-off).",
            buckets=TTFT_BUCKETS, registry=registry,
        )
        self.pii_queue = Gauge(
            "appliance_pii_queue_depth",
            "Requests waiting for a free PII analyzer process (in this proxy worker).",
            registry=registry,
        )
        self.pii_entities = Counter(
            "appliance_pii_entities", "PII findings masked, by entity type.", ["entity"],
            registry=registry,
        )
        self.pii_masked = Counter(
            "appliance_pii_requests_masked", "Requests in which PII was masked.", registry=registry,
        )
        self.pii_failures = Counter(
            "appliance_pii_failures", "Requests whose PII analysis failed or timed out.",
            registry=registry,
        )
        self._children: dict[tuple[int, tuple[str, ...]], object] = {}

    def child(self, metric, *labels: str):  # type: ignore[no-untyped-def]
        """`metric.labels(*labels)`, remembered: the per-request path asks for the same
        few children over and over."""
        key = (id(metric), labels)
        found = self._children.get(key)
        if found is None:
            found = self._children[key] = metric.labels(*labels)
        return found

    def add_breaker_view(self, states: Callable[[], dict[str, str]]) -> None:
        self.registry.register(_BreakerCollector(states))


class _Histogram:
    __slots__ = ("bounds", "counts", "total")

    def __init__(self, bounds: tuple[float, ...]):
        self.bounds = bounds
        self.counts = [0] * (len(bounds) + 1)  # the last: above every bound (+Inf only)
        self.total = 0.0

    def observe(self, value: float) -> None:
        self.counts[bisect.bisect_left(self.bounds, value)] += 1
        self.total += value

    def cumulative(self) -> list[tuple[str, float]]:
        out, running = [], 0
        for bound, n in zip(self.bounds, self.counts, strict=False):
            running += n
            out.append((_le(bound), running))
        out.append(("+Inf", running + self.counts[-1]))
        return out


def _le(bound: float) -> str:
    return repr(float(bound))  # prometheus_client's own spelling: 0.005, 1.0, 30.0


class RequestStats:
    """Per-request counters, cheap to update (one event loop: no locks needed)."""

    def __init__(self) -> None:
        self.requests: dict[tuple[str, str], int] = defaultdict(int)  # (model, status)
        self.tokens: dict[tuple[str, str], int] = defaultdict(int)  # (model, kind)
        self.inflight: dict[str, int] = defaultdict(int)
        self.latency: dict[str, _Histogram] = {}
        self.ttft: dict[str, _Histogram] = {}

    def finished(self, model: str, status: int, seconds: float, ttft_s: float | None,
                 prompt_tokens: int, completion_tokens: int) -> None:
        self.requests[(model, str(status))] += 1
        latency = self.latency.get(model)
        if latency is None:
            latency = self.latency[model] = _Histogram(LATENCY_BUCKETS)
        latency.observe(seconds)
        if ttft_s is not None:
            ttft = self.ttft.get(model)
            if ttft is None:
                ttft = self.ttft[model] = _Histogram(TTFT_BUCKETS)
            ttft.observe(ttft_s)
        if prompt_tokens or completion_tokens:
            self.tokens[(model, "prompt")] += prompt_tokens
            self.tokens[(model, "completion")] += completion_tokens


class _RequestStatsCollector(Collector):
    def __init__(self, stats: RequestStats):
        self.stats = stats

    def collect(self) -> Iterator[Metric]:
        s = self.stats
        requests = CounterMetricFamily("appliance_proxy_requests", "Requests by model and HTTP status.",
                                       labels=["model", "status"])
        for labels, n in sorted(s.requests.items()):
            requests.add_metric(list(labels), n)
        yield requests
        for name, doc, hists in (
            ("appliance_proxy_request_seconds", "Time from request to the end of the answer.",
             s.latency),
            ("appliance_proxy_time_to_first_token_seconds",
             "Time from request to the first chunk of a streamed answer.", s.ttft),
        ):
            family = HistogramMetricFamily(name, doc, labels=["model"])
            for model, h in sorted(hists.items()):
                family.add_metric([model], h.cumulative(), h.total)
            yield family
        tokens = CounterMetricFamily("appliance_proxy_tokens",
                                     "Tokens by model and kind (prompt, completion).",
                                     labels=["model", "kind"])
        for labels, n in sorted(s.tokens.items()):
            tokens.add_metric(list(labels), n)
        yield tokens
        inflight = GaugeMetricFamily("appliance_proxy_inflight",
                                     "Requests in flight at replicas, by model.", labels=["model"])
        for model, n in sorted(s.inflight.items()):
            inflight.add_metric([model], n)
        yield inflight


_STATES = ("closed", "open", "half_open")


class _BreakerCollector(Collector):
    def __init__(self, states: Callable[[], dict[str, str]]):
        self.states = states

    def collect(self) -> Iterator[Metric]:
        family = GaugeMetricFamily(
            "appliance_proxy_breaker_state", "1 for the state of each replica's breaker.",
            labels=["replica", "state"],
        )
        for replica, state in sorted(self.states().items()):
            for s in _STATES:
                family.add_metric([replica, s], 1.0 if s == state else 0.0)
        yield family
