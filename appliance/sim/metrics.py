"""The simulated engine's /metrics, under vLLM's metric names and `model_name` label, so the
agent and the proxy read a simulated replica's load exactly as they read vLLM's.

Each app has its own CollectorRegistry: several simulated engines can run in one process
(tests, scale benchmarks) without their counters mixing.
"""

from __future__ import annotations

from collections.abc import Callable

from prometheus_client import CollectorRegistry, Counter, Gauge, generate_latest
from prometheus_client.exposition import CONTENT_TYPE_LATEST

__all__ = ["CONTENT_TYPE_LATEST", "SimMetrics"]


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

    def prompt_tokens(self, n: int) -> None:
        self._prompt.inc(n)

    def generation_tokens(self, n: int) -> None:
        self._generation.inc(n)

    def success(self, finish_reason: str) -> None:
        # vLLM labels a request by why the engine stopped it; a tool call stops like text.
        reason = "length" if finish_reason == "length" else "stop"
        self._success.labels(self.model_name, reason).inc()

    def render(self) -> bytes:
        return generate_latest(self.registry)
