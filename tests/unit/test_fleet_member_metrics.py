"""The agent exports the fleet's membership as its Serf sees it: members per status and,
per member, whether it is up; read through the Membership interface (FakeFleet here)."""

from __future__ import annotations

import asyncio
from pathlib import Path

from prometheus_client import CollectorRegistry

from appliance.agent.daemon import Agent
from appliance.agent.fleet_member import FleetMember
from appliance.agent.metrics import AgentCollector
from appliance.config import parse_config
from appliance.testing.fleet_membership import FakeFleet


def _scrape(agent: Agent) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    registry = CollectorRegistry()
    registry.register(AgentCollector(agent))
    return {(s.name, tuple(sorted(s.labels.items()))): s.value
            for family in registry.collect() if family.name.startswith("appliance_fleet_")
            for s in family.samples}


def _up(member: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    return "appliance_fleet_member_up", (("member", member),)


def _count(status: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    return "appliance_fleet_members", (("status", status),)


def _agent_in(fleet: FakeFleet, name: str, tmp_path: Path) -> Agent:
    agent = Agent(tmp_path / "node.toml")
    agent.config = parse_config({})
    member = FleetMember(agent.config, name, supervisor=None)  # type: ignore[arg-type]
    member.membership = fleet.join(name, "10.0.0.1")  # type: ignore[assignment]
    agent.fleet = member
    return agent


def test_a_failed_member_is_down_and_counted(tmp_path: Path) -> None:
    fleet = FakeFleet()
    agent = _agent_in(fleet, "a", tmp_path)
    fleet.join("b", "10.0.0.2")
    fleet.join("c", "10.0.0.3")
    asyncio.run(agent.read_fleet_members())
    seen = _scrape(agent)
    assert [seen[_up(m)] for m in "abc"] == [1.0, 1.0, 1.0]
    assert seen[_count("alive")] == 3 and seen[_count("failed")] == 0

    fleet.fail("b")
    fleet.leave("c")
    asyncio.run(agent.read_fleet_members())
    seen = _scrape(agent)
    assert seen[_up("a")] == 1.0 and seen[_up("b")] == 0.0
    assert _up("c") not in seen  # left on purpose: not down
    assert {s: seen[_count(s)] for s in ("alive", "leaving", "left", "failed")} == {
        "alive": 1, "leaving": 0, "left": 1, "failed": 1}

    fleet.join("b", "10.0.0.2")
    asyncio.run(agent.read_fleet_members())
    assert _scrape(agent)[_up("b")] == 1.0


def test_a_partition_shows_the_other_side_down(tmp_path: Path) -> None:
    fleet = FakeFleet()
    agent = _agent_in(fleet, "a", tmp_path)
    fleet.join("b", "10.0.0.2")
    fleet.partition({"a"}, {"b"})
    asyncio.run(agent.read_fleet_members())
    assert _scrape(agent)[_up("b")] == 0.0


def test_no_fleet_or_no_answer_from_serf_exports_no_fleet_series(tmp_path: Path) -> None:
    agent = Agent(tmp_path / "node.toml")
    asyncio.run(agent.read_fleet_members())
    assert _scrape(agent) == {}

    fleet = FakeFleet()
    agent = _agent_in(fleet, "a", tmp_path)
    asyncio.run(agent.read_fleet_members())
    assert _scrape(agent)
    fleet.fail("a")  # its own view goes dead, like a Serf that stopped answering
    asyncio.run(agent.read_fleet_members())
    assert _scrape(agent) == {}
