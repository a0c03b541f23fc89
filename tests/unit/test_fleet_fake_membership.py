"""The in-memory fleet other parts' unit tests stand on: it must behave like Serf does."""

from __future__ import annotations

import asyncio

import pytest

from appliance.fleet.membership import MemberEvent, Membership, MembershipError
from appliance.testing.fleet_membership import FakeFleet, FakeMembership


def pending(events) -> list[MemberEvent]:
    """Every event already queued on an events() iterator, without waiting for more."""

    async def take() -> list[MemberEvent]:
        out = []
        while True:
            try:
                out.append(await asyncio.wait_for(anext(events), 0.01))
            except (TimeoutError, StopAsyncIteration):
                return out

    return take()


def kinds(events: list[MemberEvent]) -> list[tuple[str, str, str]]:
    return [(e.kind, m.name, m.status) for e in events for m in e.members]


def test_the_fake_is_a_membership():
    fleet = FakeFleet()
    view: Membership = fleet.join("a", "10.0.0.1")
    assert isinstance(view, FakeMembership)


def test_join_fail_rejoin_and_leave_are_seen_by_the_others():
    async def scenario():
        fleet = FakeFleet()
        a = fleet.join("a", "10.0.0.1", {"relay": "10.0.0.1:7947"})
        events = a.events()
        fleet.join("b", "10.0.0.2")
        fleet.fail("b")
        fleet.join("b", "10.0.0.2")
        fleet.leave("b")
        assert kinds(await pending(events)) == [
            ("member-join", "b", "alive"), ("member-failed", "b", "failed"),
            ("member-join", "b", "alive"), ("member-leave", "b", "left"),
        ]
        members = {m.name: m for m in await a.members()}
        assert members["a"].tags == {"relay": "10.0.0.1:7947"} and members["a"].alive
        assert members["b"].status == "left"

    asyncio.run(scenario())


def test_tags_reach_every_member_itself_included():
    async def scenario():
        fleet = FakeFleet()
        a = fleet.join("a", "10.0.0.1", {"catalog": "1:1"})
        b = fleet.join("b", "10.0.0.2")
        a_events, b_events = a.events(), b.events()
        await a.set_tags({"drain": "1", "catalog": "1:2"})
        await a.set_tags({}, delete=["drain"])
        for events in (a_events, b_events):
            got = await pending(events)
            assert [e.kind for e in got] == ["member-update", "member-update"]
            assert got[0].members[0].draining and got[0].members[0].tags["catalog"] == "1:2"
            assert got[1].members[0].tags == {"catalog": "1:2"}
        assert {m.name: m.tags for m in await b.members()}["a"] == {"catalog": "1:2"}

    asyncio.run(scenario())


def test_a_failed_or_closed_node_raises_and_its_streams_end():
    async def scenario():
        fleet = FakeFleet()
        a = fleet.join("a", "10.0.0.1")
        events = a.events()
        fleet.fail("a")
        assert await pending(events) == []  # ended, not just empty
        with pytest.raises(StopAsyncIteration):
            await anext(events)
        with pytest.raises(MembershipError):
            await a.members()
        b = fleet.join("b", "10.0.0.2")
        await b.close()
        with pytest.raises(MembershipError):
            await b.set_tags({"x": "1"})
        with pytest.raises(ValueError, match="already in the fleet"):
            fleet.join("b", "10.0.0.2")

    asyncio.run(scenario())


def test_a_partition_shows_each_side_the_other_failed_until_it_heals():
    async def scenario():
        fleet = FakeFleet()
        a, b, c = (fleet.join(n, f"10.0.0.{i}") for i, n in enumerate("abc", 1))
        a_events, c_events = a.events(), c.events()
        fleet.partition({"a"}, {"b", "c"})
        assert kinds(await pending(a_events)) == [
            ("member-failed", "b", "failed"), ("member-failed", "c", "failed")]
        assert kinds(await pending(c_events)) == [("member-failed", "a", "failed")]
        assert {m.name: m.status for m in await b.members()} == {
            "a": "failed", "b": "alive", "c": "alive"}
        fleet.set_tags("c", {"catalog": "1:5"})  # only c's side hears it
        assert await pending(a_events) == []
        assert [e.kind for e in await pending(c_events)] == ["member-update"]
        fleet.heal()
        got = await pending(a_events)
        assert kinds(got) == [("member-join", "b", "alive"), ("member-join", "c", "alive")]
        assert got[1].members[0].tags == {"catalog": "1:5"}
        assert {m.status for m in await a.members()} == {"alive"}

    asyncio.run(scenario())
