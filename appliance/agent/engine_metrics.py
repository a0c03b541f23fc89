"""An engine's own metrics (vLLM's `vllm:*`), read from its /metrics text into plain data
that the agent re-exports per replica under stable `appliance_engine_*` names.

vLLM has renamed some of these between releases; each stable name takes the first of its
vLLM names the engine exports, so dashboards and alerts outlive a rename. Values are
summed over the label sets an engine exports (vLLM labels by `model_name` and, with
several engine cores, by `engine`), so one replica gives one series. Pure: the agent's
watch loop fetches the text and passes it in.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from prometheus_client.parser import text_string_to_metric_families

# stable name: the vLLM sample names it reads, newest first
GAUGES = {
    "requests_running": ("vllm:num_requests_running",),
    "requests_waiting": ("vllm:num_requests_waiting",),
    "kv_cache_usage": ("vllm:kv_cache_usage_perc", "vllm:gpu_cache_usage_perc"),
}
COUNTERS = {
    "prompt_tokens": ("vllm:prompt_tokens_total",),
    "generation_tokens": ("vllm:generation_tokens_total",),
}
HISTOGRAMS = {
    "time_to_first_token": ("vllm:time_to_first_token_seconds",),
    "inter_token_latency": ("vllm:inter_token_latency_seconds",
                            "vllm:time_per_output_token_seconds"),
}


@dataclass(frozen=True)
class HistogramReading:
    buckets: tuple[tuple[str, float], ...]  # (le, cumulative count), "+Inf" last
    sum: float


@dataclass(frozen=True)
class EngineReading:
    """What one read of an engine's /metrics said; a name the engine does not export is
    absent (not zero)."""

    gauges: dict[str, float] = field(default_factory=dict)
    counters: dict[str, float] = field(default_factory=dict)
    histograms: dict[str, HistogramReading] = field(default_factory=dict)


def parse_engine_metrics(text: str) -> EngineReading | None:
    """The reading in an engine's Prometheus text; None when the text does not parse."""
    samples: dict[str, float] = {}
    buckets: dict[str, dict[str, float]] = {}
    try:
        for family in text_string_to_metric_families(text):
            for s in family.samples:
                if s.name.endswith("_bucket") and "le" in s.labels:
                    by_le = buckets.setdefault(s.name.removesuffix("_bucket"), {})
                    by_le[s.labels["le"]] = by_le.get(s.labels["le"], 0.0) + s.value
                else:
                    samples[s.name] = samples.get(s.name, 0.0) + s.value
    except ValueError:
        return None
    reading = EngineReading()
    for stable, names in GAUGES.items():
        found = next((n for n in names if n in samples), None)
        if found is not None:
            reading.gauges[stable] = samples[found]
    for stable, names in COUNTERS.items():
        found = next((n for n in names if n in samples), None)
        if found is not None:
            reading.counters[stable] = samples[found]
    for stable, names in HISTOGRAMS.items():
        found = next((n for n in names if n in buckets), None)
        if found is not None:
            ordered = sorted(buckets[found].items(), key=lambda kv: float(kv[0]))
            reading.histograms[stable] = HistogramReading(
                tuple(ordered), samples.get(found + "_sum", 0.0))
    return reading
