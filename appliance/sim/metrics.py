"""The simulated engine's /metrics, under vLLM's metric names and `model_name` label, so the
agent and the proxy read a simulated replica's load exactly as they read vLLM's.

Each app has its own CollectorRegistry: several simulated engines can run in one process
(tests, scale benchmarks) without their counters mixing.
"""

from __future__ import annotations

from collections.abc import Callable

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from prometheus_client.exposition import CONTENT_TYPE_LATEST

__all__ = ["CONTENT_TYPE_LATEST", "SimMetrics"]

# vLLM's own bucket bounds for these two histograms (vllm/v1/metrics/loggers.py).
TTFT_BUCKETS = (0.001, 0.005, 0.01, 0.02, 0.04, 0.06, 0.08, 0.1, 0.25, 0.5, 0.75, 1.0, 2.5,
                5.0, 7.5, 10.0, 20.0, 40.0, 80.0, 160.0, 640.0, 2560.0)
ITL_BUCKETS = (0.01, 0.025, 0.05, 0.075, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.75, 1.0, 2.5, 5.0,
               7.5, 10.0, 20.0, 40.0, 80.0)


class SimMetrics:
    def __init__(
        self,
        model_name: str,
        running: Callable[[], float],
        waiting: Callable[[], float],
        cache_usage: Callable[[], float],
    ):
        self.registry = CollectorRegistry(auto_describe=True)
        self.model_name = model_name
        label = ["model_name"]
        for name, doc, read in (
            ("vllm:num_requests_running", "Requests being generated.", running),
            ("vllm:num_requests_waiting", "Requests waiting for a slot.", waiting),
            ("vllm:kv_cache_usage_perc", "Running requests / max_concurrency (0 to 1).",
             cache_usage),
        ):
            Gauge(name, doc, label, registry=self.registry).labels(model_name).set_function(read)
        self._prompt = Counter("vllm:prompt_tokens", "Prompt tokens processed.", label,
                               registry=self.registry).labels(model_name)
        self._generation = Counter("vllm:generation_tokens", "Tokens generated.", label,
                                   registry=self.registry).labels(model_name)
        self._success = Counter("vllm:request_success", "Requests finished.",
                                ["model_name", "finished_reason"], registry=self.registry)
        for reason in ("stop", "length"):  # present from the start, as in vLLM
            self._success.labels(model_name, reason)
        self._ttft = Histogram(
            "vllm:time_to_first_token_seconds", "Time from arrival to the first token.", label,
            buckets=TTFT_BUCKETS, registry=self.registry).labels(model_name)
        self._itl = Histogram(
            "vllm:inter_token_latency_seconds", "Time between two tokens of a request.", label,
            buckets=ITL_BUCKETS, registry=self.registry).labels(model_name)

    def prompt_tokens(self, n: int) -> None:
        self._prompt.inc(n)

    def generation_tokens(self, n: int) -> None:
        self._generation.inc(n)

    def first_token(self, seconds: float) -> None:
        self._ttft.observe(seconds)

    def inter_token(self, seconds: float) -> None:
        self._itl.observe(seconds)

    def success(self, finish_reason: str) -> None:
        # vLLM labels a request by why the engine stopped it; a tool call stops like text.
        reason = "length" if finish_reason == "length" else "stop"
        self._success.labels(self.model_name, reason).inc()

    def render(self) -> bytes:
        return generate_latest(self.registry)
