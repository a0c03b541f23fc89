"""GPU telemetry (utilisation, temperature, power, ECC) from NVML through the fake driver
replaying recorded inventories, and its export by the agent per GPU."""

from __future__ import annotations

import asyncio
from pathlib import Path

from prometheus_client import CollectorRegistry, generate_latest

from appliance.agent.daemon import Agent
from appliance.agent.metrics import AgentCollector
from appliance.config import parse_config
from appliance.gpu.telemetry import GpuTelemetry, read_telemetry
from appliance.placement.planner import plan
from appliance.supervisor.client import SupervisorClient
from appliance.testing import FakeNvmlDriver
from tests.conftest import inventory

H100 = {"utilization_gpu_percent": 87, "utilization_memory_percent": 40, "temperature_c": 71,
        "power_mw": 512_345, "power_limit_mw": 700_000, "ecc_corrected": 3,
        "ecc_uncorrected": 0}


def test_telemetry_is_scaled_to_ratios_and_watts_and_none_where_not_reported() -> None:
    inv = inventory("8xH100-80GB")
    with FakeNvmlDriver(inv, telemetry={0: H100, 1: {"temperature_c": 35}}) as driver:
        read = read_telemetry(driver, [g.index for g in inv.gpus])
    assert sorted(read) == list(range(8))
    assert read[0] == GpuTelemetry(0, utilization=0.87, memory_utilization=0.4,
                                   temperature_c=71.0, power_w=512.345, power_limit_w=700.0,
                                   ecc_corrected=3, ecc_uncorrected=0)
    assert read[1] == GpuTelemetry(1, temperature_c=35.0)  # e.g. no ECC, no power reading
    assert read[7] == GpuTelemetry(7)


def test_the_agent_exports_each_gpus_telemetry(tmp_path: Path) -> None:
    inv = inventory("2xA100-40GB-2xL4").model_copy(update={"source": "nvml"})
    config = parse_config({})
    agent = Agent(tmp_path / "node.toml", nvml=lambda: FakeNvmlDriver(
        inv, telemetry={0: H100, 2: {"temperature_c": 60, "power_mw": 30_000}}))
    agent.config, agent.inventory, agent.plan = config, inv, plan(config, inv)
    agent.supervisor = SupervisorClient(str(tmp_path / "none.sock"))

    asyncio.run(agent.check_gpu_memory())

    registry = CollectorRegistry()
    registry.register(AgentCollector(agent))
    text = generate_latest(registry).decode()
    g0 = next(g for g in inv.gpus if g.index == 0)
    g2 = next(g for g in inv.gpus if g.index == 2)
    l0 = f'gpu="0",name="{g0.name}",uuid="{g0.uuid}"'
    l2 = f'gpu="2",name="{g2.name}",uuid="{g2.uuid}"'
    assert f"appliance_gpu_utilization_ratio{{{l0}}} 0.87" in text
    assert f"appliance_gpu_memory_utilization_ratio{{{l0}}} 0.4" in text
    assert f"appliance_gpu_temperature_celsius{{{l0}}} 71.0" in text
    assert f"appliance_gpu_power_watts{{{l0}}} 512.345" in text
    assert f"appliance_gpu_power_limit_watts{{{l0}}} 700.0" in text
    assert (f'appliance_gpu_ecc_errors_total{{gpu="0",kind="corrected",name="{g0.name}",'
            f'uuid="{g0.uuid}"}} 3.0') in text
    assert 'kind="uncorrected"' in text
    assert f"appliance_gpu_temperature_celsius{{{l2}}} 60.0" in text
    assert f"appliance_gpu_power_watts{{{l2}}} 30.0" in text
    assert 'appliance_gpu_ecc_errors_total{gpu="2"' not in text  # not reported: absent
    assert 'appliance_gpu_utilization_ratio{gpu="1"' not in text
