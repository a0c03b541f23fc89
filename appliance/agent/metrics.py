"""The agent's Prometheus metrics, read from its state at scrape time (a custom
collector on an injected registry: no globals, nothing to keep in sync)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.registry import Collector

from appliance.agent.lifecycle import Engine

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

        reloads = CounterMetricFamily(
            "appliance_agent_reloads", "Config reloads by result.", labels=["result"]
        )
        for result, n in agent.reloads.items():
            reloads.add_metric([result], n)
        yield reloads
        ready = GaugeMetricFamily("appliance_agent_ready", "1 once the agent has applied its plan.")
        ready.add_metric([], 1.0 if agent.ready else 0.0)
        yield ready
