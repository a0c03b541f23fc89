"""The agent's GPU memory watchdog and metrics, with NVML replaced by the fake driver."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

from prometheus_client import CollectorRegistry, generate_latest

from appliance.agent.daemon import Agent
from appliance.agent.metrics import AgentCollector
from appliance.config import parse_config
from appliance.engines.specs import build_specs
from appliance.placement.planner import plan
from appliance.supervisor.client import SupervisorClient
from appliance.testing import FakeNvmlDriver
from tests.conftest import inventory


def test_over_quota_engine_is_flagged_and_exported(tmp_path: Path) -> None:
    inv = inventory("1xL4").model_copy(update={"source": "nvml"})
    config = parse_config({"models": [{"name": "a", "source": "x", "gpu_memory_fraction": 0.1}]})
    agent = Agent(
        tmp_path / "node.toml",
        nvml=lambda: FakeNvmlDriver(inv, processes={0: [(os.getpid(), 5 * 2**30), (1, 2**30)]}),
    )
    agent.config, agent.inventory, agent.plan = config, inv, plan(config, inv)
    agent.supervisor = SupervisorClient(str(tmp_path / "none.sock"))
    specs = build_specs(config, agent.plan)
    agent.lifecycle.set_specs(specs, 0)
    agent.lifecycle.engines[specs[0].name].pid = os.getpid()  # this process plays the engine

    asyncio.run(agent.check_gpu_memory())

    (usage,) = agent.gpu_usage
    assert usage.used_bytes == 5 * 2**30  # pid 1 is not the engine's
    assert usage.quota_bytes == int(0.1 * 23034 * 2**20)
    assert agent.over_quota == {specs[0].name}
    registry = CollectorRegistry()
    registry.register(AgentCollector(agent))
    text = generate_latest(registry).decode()
    assert f'appliance_engine_over_quota{{engine="{specs[0].name}",model="a"}} 1.0' in text
    assert 'appliance_engine_gpu_memory_bytes{engine="engine-a-0",gpu="0",model="a"} 5.36870912e+09' in text
    assert 'appliance_gpu_memory_used_bytes{gpu="0"' in text


def test_inventory_from_a_file_is_not_measured(tmp_path: Path) -> None:
    inv = inventory("1xL4")  # source: the file, not NVML
    agent = Agent(tmp_path / "node.toml", nvml=lambda: (_ for _ in ()).throw(AssertionError("no NVML")))
    agent.config = parse_config({})
    agent.inventory = inv
    agent.supervisor = SupervisorClient(str(tmp_path / "none.sock"))
    asyncio.run(agent.check_gpu_memory())
    assert agent.gpu_usage == []


class RefusingSupervisor:
    """supervisord refusing to start a program (SPAWN_ERROR: the process died at once)."""

    def __init__(self) -> None:
        self.started: list[str] = []

    async def processes(self) -> dict:
        return {}

    async def start(self, name: str) -> None:
        from appliance.supervisor.client import SupervisorError

        self.started.append(name)
        raise SupervisorError(50, f"SPAWN_ERROR: {name}")

    async def stop(self, name: str) -> None:
        return None

    async def tail(self, name: str, nbytes: int = 4000) -> str:
        return "boom"


def test_a_refused_start_is_a_failure_of_that_engine_not_of_the_agent(tmp_path: Path) -> None:
    config = parse_config({"models": [{"name": "a", "source": "x", "engine": "vllm-cpu", "memory_gib": 1}]})
    agent = Agent(tmp_path / "node.toml", clock=iter(range(0, 1000, 10)).__next__)
    supervisor = RefusingSupervisor()
    agent.supervisor = supervisor  # type: ignore[assignment]
    agent._session = object()  # type: ignore[assignment]  # no engine is alive: nothing probed
    specs = build_specs(config, plan(config, inventory("1xL4")))
    agent.specs = {s.name: s for s in specs}
    agent.lifecycle.set_specs(specs, 0)

    asyncio.run(agent.tick())  # must not raise
    assert supervisor.started == ["engine-a-0"]
    asyncio.run(agent.tick())
    engine = agent.lifecycle.engines["engine-a-0"]
    assert engine.state == "backoff" and engine.failures == 1
