"""The proxy's Prometheus metrics, on a registry made per app (no global registry)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector

LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300)
TTFT_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30)


class ProxyMetrics:
    def __init__(self, registry: CollectorRegistry):
        self.registry = registry
        self.requests = Counter(
            "appliance_proxy_requests", "Requests by model and HTTP status.",
            ["model", "status"], registry=registry,
        )
        self.latency = Histogram(
            "appliance_proxy_request_seconds", "Time from request to the end of the answer.",
            ["model"], buckets=LATENCY_BUCKETS, registry=registry,
        )
        self.ttft = Histogram(
            "appliance_proxy_time_to_first_token_seconds",
            "Time from request to the first chunk of a streamed answer.",
            ["model"], buckets=TTFT_BUCKETS, registry=registry,
        )
        self.tokens = Counter(
            "appliance_proxy_tokens", "Tokens by model and kind (prompt, completion).",
            ["model", "kind"], registry=registry,
        )
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
        self.inflight = Gauge(
            "appliance_proxy_inflight", "Requests in flight at replicas, by model.", ["model"],
            registry=registry,
        )
        self.queued = Gauge(
            "appliance_proxy_queue_depth", "Requests waiting for a replica, by model.", ["model"],
            registry=registry,
        )

        self.pii_scan = Histogram(
            "appliance_pii_scan_seconds", "Time to analyse one request's texts for PII.",
            buckets=TTFT_BUCKETS, registry=registry,
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
