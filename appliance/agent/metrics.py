"""The agent's Prometheus metrics, read from its state at scrape time (a custom
collector on an injected registry: no globals, nothing to keep in sync).

Beside the agent's own: each engine's metrics (vLLM's `vllm:*`, read by the watch loop,
see `engine_metrics`) under stable `appliance_engine_*` names, one series per replica, and
each GPU's telemetry from NVML (`appliance.gpu.telemetry`), and in a fleet its members as
this node's Serf sees them (`appliance.fleet.member_metrics`)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from prometheus_client.core import (
    CounterMetricFamily,
    GaugeMetricFamily,
    HistogramMetricFamily,
    Metric,
)
from prometheus_client.registry import Collector

from appliance.agent.certificates import expiry_timestamp, watched_certificates
from appliance.agent.lifecycle import Engine
from appliance.fleet.member_metrics import member_families

if TYPE_CHECKING:
    from appliance.agent.daemon import Agent

ENGINE_STATES = ("stopped", "starting", "ready", "unhealthy", "backoff", "failed")


class AgentCollector(Collector):
    def __init__(self, agent: Agent):
        self.agent = agent

    def collect(self) -> Iterator[Metric]:
        agent = self.agent
        engines: list[Engine] = list(agent.lifecycle.engines.values())
        state = GaugeMetricFamily(
            "appliance_engine_state", "1 for the state each engine is in.",
            labels=["engine", "model", "state"],
        )
        restarts = CounterMetricFamily(
            "appliance_engine_restarts", "Restarts of each engine by the agent.",
            labels=["engine", "model"],
        )
        for e in engines:
            for s in ENGINE_STATES:
                state.add_metric([e.spec.name, e.spec.model, s], 1.0 if e.state == s else 0.0)
            restarts.add_metric([e.spec.name, e.spec.model], e.restarts)
        yield state
        yield restarts

        allocated = GaugeMetricFamily(
            "appliance_gpu_allocated_fraction", "Fraction of each GPU the plan gives replicas.",
            labels=["gpu", "uuid", "name"],
        )
        total = GaugeMetricFamily(
            "appliance_gpu_memory_total_bytes", "Total memory of each GPU.",
            labels=["gpu", "uuid", "name"],
        )
        used_total = GaugeMetricFamily(
            "appliance_gpu_memory_used_bytes", "Memory in use on each GPU (NVML), by anyone.",
            labels=["gpu", "uuid", "name"],
        )
        for g in agent.plan.gpus if agent.plan else ():
            labels = [str(g.index), g.uuid, g.name]
            allocated.add_metric(labels, g.allocated_fraction)
            total.add_metric(labels, g.memory_total_mib * 1024 * 1024)
            if g.index in agent.gpu_memory_used:
                used_total.add_metric(labels, agent.gpu_memory_used[g.index])
        yield allocated
        yield total
        yield used_total

        used = GaugeMetricFamily(
            "appliance_engine_gpu_memory_bytes",
            "GPU memory used by each engine's processes on each GPU (NVML).",
            labels=["engine", "model", "gpu"],
        )
        quota = GaugeMetricFamily(
            "appliance_engine_gpu_memory_quota_bytes",
            "GPU memory each engine may use on each GPU (fraction × total).",
            labels=["engine", "model", "gpu"],
        )
        over = GaugeMetricFamily(
            "appliance_engine_over_quota", "1 while an engine uses more GPU memory than its quota.",
            labels=["engine", "model"],
        )
        for usage in agent.gpu_usage:
            labels = [usage.engine, usage.model, str(usage.gpu)]
            used.add_metric(labels, usage.used_bytes)
            quota.add_metric(labels, usage.quota_bytes)
        for e in engines:
            over.add_metric([e.spec.name, e.spec.model], 1.0 if e.spec.name in agent.over_quota else 0.0)
        yield used
        yield quota
        yield over

        yield from _engine_families(agent, engines)
        yield from _telemetry_families(agent)
        if agent.fleet_members is not None:  # in a fleet, and Serf answered
            yield from member_families(agent.fleet_members)

        reloads = CounterMetricFamily(
            "appliance_agent_reloads", "Config reloads by result.", labels=["result"]
        )
        for result, n in agent.reloads.items():
            reloads.add_metric([result], n)
        yield reloads
        expiry = GaugeMetricFamily(
            "appliance_tls_certificate_expiry_timestamp_seconds",
            "When each of the node's TLS certificates expires (nginx's; in a fleet the relay's "
            "node certificate and the fleet CA), in seconds since the epoch; absent when its "
            "file cannot be read.", labels=["certificate"])
        if agent.config is not None:
            for label, path in watched_certificates(agent.config).items():
                when = expiry_timestamp(path)
                if when is not None:
                    expiry.add_metric([label], when)
        yield expiry
        ready = GaugeMetricFamily("appliance_agent_ready", "1 once the agent has applied its plan.")
        ready.add_metric([], 1.0 if agent.ready else 0.0)
        yield ready


def _engine_families(agent: Agent, engines: list[Engine]) -> Iterator[Metric]:
    up = GaugeMetricFamily(
        "appliance_engine_metrics_up",
        "1 when the agent's latest read of the engine's own /metrics succeeded (read every "
        "[agent] health_interval_s while the engine is healthy).", labels=["engine", "model"])
    running = GaugeMetricFamily(
        "appliance_engine_requests_running", "Requests the engine is generating for "
        "(vllm:num_requests_running).", labels=["engine", "model"])
    waiting = GaugeMetricFamily(
        "appliance_engine_requests_waiting", "Requests queued in the engine for a slot "
        "(vllm:num_requests_waiting).", labels=["engine", "model"])
    kv_cache = GaugeMetricFamily(
        "appliance_engine_kv_cache_usage_ratio", "Share of the engine's KV cache in use, 0 "
        "to 1 (vllm:kv_cache_usage_perc, formerly vllm:gpu_cache_usage_perc).",
        labels=["engine", "model"])
    prompt = CounterMetricFamily(
        "appliance_engine_prompt_tokens", "Prompt tokens the engine processed "
        "(vllm:prompt_tokens).", labels=["engine", "model"])
    generation = CounterMetricFamily(
        "appliance_engine_generation_tokens", "Tokens the engine generated "
        "(vllm:generation_tokens).", labels=["engine", "model"])
    ttft = HistogramMetricFamily(
        "appliance_engine_time_to_first_token_seconds", "Time from a request's arrival at "
        "the engine to its first token (vllm:time_to_first_token_seconds).",
        labels=["engine", "model"])
    itl = HistogramMetricFamily(
        "appliance_engine_inter_token_latency_seconds", "Time between two tokens of a "
        "request (vllm:inter_token_latency_seconds, formerly "
        "vllm:time_per_output_token_seconds).", labels=["engine", "model"])
    gauges = {"requests_running": running, "requests_waiting": waiting,
              "kv_cache_usage": kv_cache}
    counters = {"prompt_tokens": prompt, "generation_tokens": generation}
    histograms = {"time_to_first_token": ttft, "inter_token_latency": itl}
    for e in engines:
        if e.spec.name not in agent.engine_readings:
            continue  # not read (stopped, starting, unhealthy): no series rather than stale ones
        labels = [e.spec.name, e.spec.model]
        reading = agent.engine_readings[e.spec.name]
        up.add_metric(labels, 0.0 if reading is None else 1.0)
        if reading is None:
            continue
        for key, value in reading.gauges.items():
            gauges[key].add_metric(labels, value)
        for key, value in reading.counters.items():
            counters[key].add_metric(labels, value)
        for key, h in reading.histograms.items():
            histograms[key].add_metric(labels, list(h.buckets), h.sum)
    yield up
    yield from gauges.values()
    yield from counters.values()
    yield from histograms.values()


def _telemetry_families(agent: Agent) -> Iterator[Metric]:
    utilization = GaugeMetricFamily(
        "appliance_gpu_utilization_ratio", "Share of the last sample period a kernel ran "
        "on the GPU, 0 to 1 (NVML).", labels=["gpu", "uuid", "name"])
    memory_utilization = GaugeMetricFamily(
        "appliance_gpu_memory_utilization_ratio", "Share of the last sample period the "
        "GPU's memory was read or written, 0 to 1 (NVML).", labels=["gpu", "uuid", "name"])
    temperature = GaugeMetricFamily(
        "appliance_gpu_temperature_celsius", "GPU core temperature (NVML).", labels=["gpu", "uuid", "name"])
    power = GaugeMetricFamily(
        "appliance_gpu_power_watts", "GPU power draw (NVML).", labels=["gpu", "uuid", "name"])
    power_limit = GaugeMetricFamily(
        "appliance_gpu_power_limit_watts", "GPU power limit the driver enforces (NVML).",
        labels=["gpu", "uuid", "name"])
    ecc = CounterMetricFamily(
        "appliance_gpu_ecc_errors", "ECC memory errors since the driver loaded, by kind "
        "(corrected, uncorrected; NVML's volatile counts). Absent on GPUs without ECC.",
        labels=["gpu", "uuid", "name", "kind"])
    gpus = {g.index: g for g in agent.plan.gpus} if agent.plan else {}
    for index, t in sorted(agent.gpu_telemetry.items()):
        g = gpus.get(index)
        if g is None:
            continue
        values = [str(g.index), g.uuid, g.name]
        for family, value in ((utilization, t.utilization),
                              (memory_utilization, t.memory_utilization),
                              (temperature, t.temperature_c), (power, t.power_w),
                              (power_limit, t.power_limit_w)):
            if value is not None:
                family.add_metric(values, value)
        for kind, count in (("corrected", t.ecc_corrected), ("uncorrected", t.ecc_uncorrected)):
            if count is not None:
                ecc.add_metric([*values, kind], count)
    yield from (utilization, memory_utilization, temperature, power, power_limit, ecc)

    watched = GaugeMetricFamily(
        "appliance_gpu_xid_watched", "1 for each GPU whose XID errors the agent counts (NVML "
        "event set open and registered); absent where NVML refuses XID events or cannot be "
        "opened.", labels=["gpu", "uuid", "name"])
    xids = CounterMetricFamily(
        "appliance_gpu_xid_errors", "XID errors each GPU reported since the agent started, "
        "by code (NVML's XID critical-error events; codes outside 1-255 count as `other`).",
        labels=["gpu", "uuid", "name", "xid"])
    for index in agent.xids.watched:
        g = gpus.get(index)
        if g is not None:
            watched.add_metric([str(g.index), g.uuid, g.name], 1.0)
    for (index, code), n in sorted(agent.xids.counts.items()):
        g = gpus.get(index)
        if g is not None:
            xids.add_metric([str(g.index), g.uuid, g.name, code], n)
    yield watched
    yield xids
