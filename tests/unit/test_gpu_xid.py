"""XID errors: the agent keeps an NVML event set open for its GPUs' XID critical errors and
counts each event per GPU and code (the fake driver emits them as NVML would deliver them);
GPUs that refuse XID events, and NVML that cannot be opened or goes away, leave them
unwatched without stopping the agent."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest
from prometheus_client import CollectorRegistry, generate_latest

from appliance.agent.daemon import Agent
from appliance.agent.metrics import AgentCollector
from appliance.agent.xid_watch import watch_xids
from appliance.config import parse_config
from appliance.errors import NvmlUnavailable
from appliance.gpu.xid import XidCounts, XidEvent, xid_label
from appliance.placement.planner import plan
from appliance.testing import FakeNvmlDriver
from tests.conftest import inventory


@pytest.mark.parametrize(("code", "label"), [
    (13, "13"), (48, "48"), (79, "79"), (1, "1"), (255, "255"), (0, "other"), (256, "other"),
    (999, "other"),
])
def test_xid_labels_are_a_bounded_set(code: int, label: str) -> None:
    assert xid_label(code) == label


def test_the_fake_delivers_only_to_watched_gpus_and_times_out_like_nvml() -> None:
    driver = FakeNvmlDriver(inventory("2xA100-40GB-2xL4"), no_xid_events=frozenset({3}))
    events = driver.open_xid_events([0, 1, 3])
    assert events.watched == (0, 1)
    driver.emit_xid(3, 79)  # not registered: NVML would not deliver it
    driver.emit_xid(1, 48)
    assert events.wait(1000) == XidEvent(1, 48)
    assert events.wait(10) is None
    with pytest.raises(NvmlUnavailable):
        driver.open_xid_events([7])


async def _until(check, what: str, timeout_s: float = 10.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not check():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        await asyncio.sleep(0.01)


def _agent(tmp_path: Path, driver: FakeNvmlDriver) -> Agent:
    inv = inventory("2xA100-40GB-2xL4").model_copy(update={"source": "nvml"})
    config = parse_config({})
    agent = Agent(tmp_path / "node.toml", nvml=lambda: driver)
    agent.config, agent.inventory, agent.plan = config, inv, plan(config, inv)
    return agent


def test_the_agent_counts_xids_per_gpu_and_code_and_exports_them(tmp_path: Path) -> None:
    inv = inventory("2xA100-40GB-2xL4")
    driver = FakeNvmlDriver(inv, no_xid_events=frozenset({3}))
    agent = _agent(tmp_path, driver)

    async def scenario() -> str:
        task = asyncio.ensure_future(agent.watch_xids())
        await _until(lambda: agent.xids.watched, "the event set")
        for gpu, code in ((0, 79), (0, 79), (2, 48), (0, 13)):
            driver.emit_xid(gpu, code)
        await _until(lambda: sum(agent.xids.counts.values()) == 4, "four XIDs counted")
        registry = CollectorRegistry()
        registry.register(AgentCollector(agent))
        text = generate_latest(registry).decode()
        agent.request_stop()
        await asyncio.wait_for(task, 10)
        return text

    text = asyncio.run(scenario())
    g = {x.index: x for x in inv.gpus}

    def labels(i: int) -> str:
        return f'gpu="{i}",name="{g[i].name}",uuid="{g[i].uuid}"'

    assert agent.xids.watched == ()  # stopped: the set is closed
    assert all(s.closed for s in driver.xid_sets)
    assert f"appliance_gpu_xid_watched{{{labels(0)}}} 1.0" in text
    assert f"appliance_gpu_xid_watched{{{labels(3)}}}" not in text  # refused XID events
    assert f"appliance_gpu_xid_errors_total{{{labels(0)},xid=\"79\"}} 2.0" in text
    assert f"appliance_gpu_xid_errors_total{{{labels(0)},xid=\"13\"}} 1.0" in text
    assert f"appliance_gpu_xid_errors_total{{{labels(2)},xid=\"48\"}} 1.0" in text
    assert f'{labels(1)},xid=' not in text  # watched, no XIDs: no series


def test_nvml_that_goes_away_stops_the_watch_not_the_agent(tmp_path: Path) -> None:
    driver = FakeNvmlDriver(inventory("2xA100-40GB-2xL4"))
    counts = XidCounts()

    async def scenario() -> None:
        task = asyncio.ensure_future(watch_xids(lambda: driver, [0, 1], counts, asyncio.Event()))
        await _until(lambda: counts.watched, "the event set")
        driver.emit_xid(1, 79)
        await _until(lambda: counts.counts, "the XID counted")
        driver.lose_nvml()
        await asyncio.wait_for(task, 10)  # returns: no exception reaches the agent

    asyncio.run(scenario())
    assert counts.watched == () and counts.counts == {(1, "79"): 1}


def test_nvml_that_cannot_be_opened_leaves_xids_unwatched(tmp_path: Path) -> None:
    class NoNvml:
        def __enter__(self) -> None:
            raise NvmlUnavailable("no NVIDIA driver on this host")

        def __exit__(self, *exc: object) -> None:
            raise AssertionError("not opened, so not closed")

    counts = XidCounts()
    asyncio.run(watch_xids(NoNvml, [0], counts, asyncio.Event()))
    assert counts.watched == () and not counts.counts


def test_gpus_from_an_inventory_file_are_not_watched(tmp_path: Path) -> None:
    driver = FakeNvmlDriver(inventory("2xA100-40GB-2xL4"))
    agent = _agent(tmp_path, driver)
    agent.inventory = agent.inventory.model_copy(update={"source": "inventory.json"})
    asyncio.run(agent.watch_xids())
    assert driver.xid_sets == []
