"""Engines' own metrics (vLLM's names, old and new) read into plain data and re-exported by
the agent per replica under stable `appliance_engine_*` names; the simulated engine
exports every name the agent reads."""

from __future__ import annotations

from pathlib import Path

import pytest
from prometheus_client import CollectorRegistry, generate_latest

from appliance.agent.daemon import Agent
from appliance.agent.engine_metrics import (
    COUNTERS,
    GAUGES,
    HISTOGRAMS,
    HistogramReading,
    parse_engine_metrics,
)
from appliance.agent.metrics import AgentCollector
from appliance.config import parse_config
from appliance.engines.specs import build_specs
from appliance.placement.planner import plan
from appliance.sim.metrics import SimMetrics
from tests.conftest import inventory

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "engine_metrics"


def test_current_vllm_names_are_summed_over_engine_cores() -> None:
    reading = parse_engine_metrics((FIXTURES / "vllm-0.11.txt").read_text())
    assert reading is not None
    assert reading.gauges == {"requests_running": 5.0, "requests_waiting": 1.0,
                              "kv_cache_usage": 0.375}
    assert reading.counters == {"prompt_tokens": 1500.0, "generation_tokens": 6000.0}
    assert reading.histograms["time_to_first_token"] == HistogramReading(
        (("0.1", 5.0), ("1.0", 11.0), ("+Inf", 12.0)), 4.0)
    assert reading.histograms["inter_token_latency"].buckets[-1] == ("+Inf", 100.0)


def test_older_vllm_names_map_to_the_same_stable_names() -> None:
    reading = parse_engine_metrics((FIXTURES / "vllm-0.6.txt").read_text())
    assert reading is not None
    assert reading.gauges["kv_cache_usage"] == 0.5
    assert reading.histograms["inter_token_latency"] == HistogramReading(
        (("0.05", 7.0), ("+Inf", 8.0)), 0.3)
    assert "time_to_first_token" not in reading.histograms  # absent, not zero
    assert reading.counters == {}


@pytest.mark.parametrize("text", ["not prometheus {{{", "vllm:x{a=\"1\"} abc\n"])
def test_text_that_does_not_parse_gives_no_reading(text: str) -> None:
    assert parse_engine_metrics(text) is None


def test_the_simulated_engine_exports_every_name_the_agent_reads() -> None:
    sim = SimMetrics("m", running=lambda: 2, waiting=lambda: 1, cache_usage=lambda: 0.5)
    sim.first_token(0.02)
    sim.inter_token(0.005)
    sim.prompt_tokens(7)
    sim.generation_tokens(3)
    reading = parse_engine_metrics(sim.render().decode())
    assert reading is not None
    assert set(reading.gauges) == set(GAUGES)
    assert set(reading.counters) == set(COUNTERS)
    assert set(reading.histograms) == set(HISTOGRAMS)
    assert reading.gauges == {"requests_running": 2, "requests_waiting": 1, "kv_cache_usage": 0.5}
    assert reading.counters == {"prompt_tokens": 7, "generation_tokens": 3}
    assert reading.histograms["time_to_first_token"].buckets[-1] == ("+Inf", 1.0)


def test_the_agent_re_exports_each_replica_under_stable_names(tmp_path: Path) -> None:
    config = parse_config({"models": [
        {"name": "a", "source": "x", "gpu_memory_fraction": 0.2, "replicas": 3}]})
    agent = Agent(tmp_path / "node.toml")
    agent.config, agent.inventory = config, inventory("1xL4")
    agent.plan = plan(config, agent.inventory)
    agent.lifecycle.set_specs(build_specs(config, agent.plan), 0)
    agent.engine_readings = {
        "engine-a-0": parse_engine_metrics((FIXTURES / "vllm-0.11.txt").read_text()),
        "engine-a-1": None,  # did not answer
    }  # engine-a-2: not read (not healthy)
    registry = CollectorRegistry()
    registry.register(AgentCollector(agent))
    text = generate_latest(registry).decode()
    e0 = 'engine="engine-a-0",model="a"'
    assert f"appliance_engine_metrics_up{{{e0}}} 1.0" in text
    assert 'appliance_engine_metrics_up{engine="engine-a-1",model="a"} 0.0' in text
    assert f"appliance_engine_requests_running{{{e0}}} 5.0" in text
    assert f"appliance_engine_requests_waiting{{{e0}}} 1.0" in text
    assert f"appliance_engine_kv_cache_usage_ratio{{{e0}}} 0.375" in text
    assert f"appliance_engine_prompt_tokens_total{{{e0}}} 1500.0" in text
    assert f"appliance_engine_generation_tokens_total{{{e0}}} 6000.0" in text
    assert ('appliance_engine_time_to_first_token_seconds_bucket{engine="engine-a-0",le="1.0",'
            'model="a"} 11.0') in text
    assert f"appliance_engine_time_to_first_token_seconds_count{{{e0}}} 12.0" in text
    assert f"appliance_engine_inter_token_latency_seconds_sum{{{e0}}} 2.0" in text
    assert "engine-a-2" not in text.split("appliance_engine_metrics_up")[1].split("# HELP")[0]
    assert 'appliance_engine_requests_running{engine="engine-a-1"' not in text
