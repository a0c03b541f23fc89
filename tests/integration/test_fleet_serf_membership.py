"""SerfMembership over real `serf agent` processes: what the agent sees of the fleet."""

from __future__ import annotations

import asyncio
import signal

import pytest

from appliance.fleet.membership import MemberEvent, Membership, MembershipError
from appliance.fleet.serf_membership import SerfMembership
from appliance.testing.serf_agents import SerfAgent, SerfCluster, serf_binary

pytestmark = pytest.mark.skipif(serf_binary() is None, reason="serf is not installed")


async def connect(agent: SerfAgent) -> SerfMembership:
    while True:
        try:
            token = agent.token
            break
        except FileNotFoundError:
            await asyncio.sleep(0.05)
    return await SerfMembership.connect("127.0.0.1", agent.rpc_port, token, retry_s=0.2)


async def wait_event(events, kind: str, name: str, timeout_s: float = 30.0) -> MemberEvent:
    """The first event of `kind` about `name`, cut down to that member alone."""

    async def find() -> MemberEvent:
        async for event in events:
            mine = tuple(m for m in event.members if m.name == name)
            if event.kind == kind and mine:
                return MemberEvent(event.kind, mine)
        raise AssertionError("the events ended")

    return await asyncio.wait_for(find(), timeout_s)


def test_members_events_and_tags(tmp_path):
    async def scenario(cluster: SerfCluster):
        a = cluster.start("a", "127.0.0.51")
        membership: Membership = await connect(a)
        events = membership.events()
        b = cluster.start("b", "127.0.0.52", join=[a])
        joined = await wait_event(events, "member-join", "b")
        member = joined.members[0]
        assert (member.address, member.port, member.status) == ("127.0.0.52", b.gossip_port, "alive")
        assert member.tags["relay"].startswith("127.0.0.52:")
        await membership.set_tags({"catalog": "e:3", "drain": "1"})
        update = await wait_event(events, "member-update", "a")
        assert update.members[0].draining and update.members[0].tags["catalog"] == "e:3"
        await membership.set_tags({}, delete=["drain"])
        update = await wait_event(events, "member-update", "a")
        assert not update.members[0].draining
        b.kill(signal.SIGKILL)
        failed = await wait_event(events, "member-failed", "b")
        assert failed.members[0].status == "failed" and not failed.members[0].alive
        found = {m.name: m for m in await membership.members()}
        assert found["a"].alive and found["a"].tags["catalog"] == "e:3"
        assert found["b"].status == "failed"
        await membership.close()
        with pytest.raises(StopAsyncIteration):
            await anext(events)
        with pytest.raises(MembershipError):
            await membership.members()

    with SerfCluster(tmp_path) as cluster:
        asyncio.run(scenario(cluster))


def test_reconnects_after_serf_restarts_and_tells_what_it_missed(tmp_path):
    async def scenario(cluster: SerfCluster):
        a = cluster.start("a", "127.0.0.61")
        b = cluster.start("b", "127.0.0.62", join=[a])
        membership = await connect(a)
        await wait_until_members(membership, {"a", "b"})
        await membership.set_tags({"catalog": "e:9"})
        events = membership.events()
        a.kill(signal.SIGKILL)  # Serf dies (supervisord would restart it)
        with pytest.raises(MembershipError):
            await wait_for_error(membership)
        b.kill(signal.SIGKILL)  # ... and b dies while nobody listens
        a.start()  # the snapshot brings back what a knew
        event = await wait_event(events, "member-join", "a", timeout_s=60)
        assert event.members[0].alive
        found = {m.name: m for m in await membership.members()}
        assert found["a"].alive
        # the restarted Serf started with its config's tags; the catalog tag is back
        assert found["a"].tags["catalog"] == "e:9"
        await membership.leave()
        assert a.process is not None and a.process.wait(timeout=30) == 0
        await membership.close()

    with SerfCluster(tmp_path) as cluster:
        asyncio.run(scenario(cluster))


async def wait_until_members(membership: SerfMembership, names: set[str]) -> None:
    for _ in range(300):
        if {m.name for m in await membership.members() if m.alive} == names:
            return
        await asyncio.sleep(0.1)
    raise AssertionError(f"members never became {names}")


async def wait_for_error(membership: SerfMembership) -> None:
    for _ in range(300):
        await membership.members()  # raises once the connection is seen broken
        await asyncio.sleep(0.1)
