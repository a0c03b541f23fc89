"""The Serf RPC client against real `serf agent` processes on 127.0.0.x (profile local)."""

from __future__ import annotations

import asyncio
import signal

import pytest

from appliance.fleet.serf_rpc import SerfRPC, SerfRPCError, SerfUnavailable, member_address
from appliance.testing.ports import free_port
from appliance.testing.serf_agents import SerfAgent, SerfCluster, serf_binary

pytestmark = pytest.mark.skipif(serf_binary() is None, reason="serf is not installed")


async def connect(agent: SerfAgent, timeout_s: float = 30.0) -> SerfRPC:
    """Connect once the agent's RPC listens (bounded)."""
    deadline = asyncio.get_running_loop().time() + timeout_s
    while True:
        try:
            return await SerfRPC.connect("127.0.0.1", agent.rpc_port, agent.token)
        except (SerfUnavailable, FileNotFoundError):
            if asyncio.get_running_loop().time() > deadline:
                raise AssertionError(f"serf {agent.name} did not answer: {agent.logs()}") from None
            await asyncio.sleep(0.1)


async def statuses(rpc: SerfRPC) -> dict[str, str]:
    return {m["Name"]: m["Status"] for m in await rpc.members()}


async def until(check, timeout_s: float = 30.0, what: str = "condition"):
    deadline = asyncio.get_running_loop().time() + timeout_s
    while True:
        value = await check()
        if value:
            return value
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.1)


async def next_event(
    queue, kind: str, name: str, timeout_s: float = 30.0, agents: tuple[SerfAgent, ...] = ()
) -> dict:
    """The first record of `kind` about member `name` (others are skipped), bounded. On a
    timeout the failure says which events came instead and ends each of `agents`' logs."""
    deadline = asyncio.get_running_loop().time() + timeout_s
    skipped: list[str] = []
    while True:
        left = deadline - asyncio.get_running_loop().time()
        try:
            record = await asyncio.wait_for(queue.get(), max(left, 0.01))
        except TimeoutError:
            logs = "".join(f"\n--- {a.name}:\n{a.logs()[-1500:]}" for a in agents)
            raise AssertionError(
                f"no {kind} of {name} in {timeout_s:.0f} s; came instead: {skipped}{logs}"
            ) from None
        assert record is not None, "the stream ended"
        if record["Event"] == kind and any(m["Name"] == name for m in record["Members"]):
            return record
        skipped.append(f"{record['Event']} {[m['Name'] for m in record['Members']]}")


def test_join_tags_and_events_over_rpc(tmp_path):
    async def scenario(cluster: SerfCluster):
        a = cluster.start("a", "127.0.0.11")
        rpc = await connect(a)
        seq, events = await rpc.stream()
        b = cluster.start("b", "127.0.0.12", join=[a])
        joined = await next_event(events, "member-join", "b")
        member = next(m for m in joined["Members"] if m["Name"] == "b")
        assert member_address(member["Addr"]) == "127.0.0.12"
        assert member["Port"] == b.gossip_port
        assert member["Tags"]["fleet"] == "test" and member["Tags"]["roles"] == "proxy"
        rpc_b = await connect(b)
        await rpc_b.tags({"catalog": "e1:7", "drain": "1"})
        updated = await next_event(events, "member-update", "b")
        assert updated["Members"][0]["Tags"]["catalog"] == "e1:7"
        await rpc_b.tags({}, delete=["drain"])
        updated = await next_event(events, "member-update", "b")
        assert "drain" not in updated["Members"][0]["Tags"]
        tags = {m["Name"]: m["Tags"] for m in await rpc.members()}
        assert tags["b"]["catalog"] == "e1:7" and "drain" not in tags["b"]
        await rpc.stop_stream(seq)
        assert await rpc.join([b.gossip]) == 1  # a command still works after the stop
        await rpc.close()
        await rpc_b.close()

    with SerfCluster(tmp_path) as cluster:
        asyncio.run(scenario(cluster))


def test_kill_shows_failed_and_leave_shows_left(tmp_path):
    async def scenario(cluster: SerfCluster):
        a = cluster.start("a", "127.0.0.21")
        b = cluster.start("b", "127.0.0.22", join=[a])
        c = cluster.start("c", "127.0.0.23", join=[a])
        rpc = await connect(a)
        await until(lambda: _all_alive(rpc, 3), what="three alive members")
        _, events = await rpc.stream()
        # c leaves while b lives: Serf gossips the leave intent a few times only (twice on
        # three nodes with the local profile), and b passes it on to a too. With b killed
        # first, half of those went to the dead b, and one UDP datagram to a lost on a
        # loaded machine made a see c fail instead (once in a full CI run).
        rpc_c = await connect(c)
        await rpc_c.leave()
        await next_event(events, "member-leave", "c", agents=(a, b, c))
        assert (await statuses(rpc))["c"] == "left"
        assert c.process is not None and c.process.wait(timeout=30) == 0  # Serf exits
        b.kill(signal.SIGKILL)
        await next_event(events, "member-failed", "b", agents=(a,))
        assert (await statuses(rpc))["b"] == "failed"
        await rpc.close()

    with SerfCluster(tmp_path) as cluster:
        asyncio.run(scenario(cluster))


async def _all_alive(rpc: SerfRPC, n: int) -> bool:
    found = await statuses(rpc)
    return len(found) == n and set(found.values()) == {"alive"}


def test_a_node_with_another_fleet_key_never_joins(tmp_path):
    async def scenario(cluster: SerfCluster):
        a = cluster.start("a", "127.0.0.31")
        other = cluster.agent("x", "127.0.0.32", join=[a])
        # same key file, another fleet name: the derived gossip key differs
        other.config = other.config.model_copy(update={"fleet": other.config.fleet.model_copy(
            update={"name": "other"})})
        other.start()
        stranger = cluster.start("y", "127.0.0.33", join=[a], key_line=cluster_key(2))
        rpc = await connect(a)
        rpc_x, rpc_y = await connect(other), await connect(stranger)
        for peer in (rpc_x, rpc_y):
            with pytest.raises(SerfRPCError):
                await peer.join([a.gossip])
        assert await statuses(rpc) == {"a": "alive"}
        assert "a" not in await statuses(rpc_x) and "a" not in await statuses(rpc_y)
        for client in (rpc, rpc_x, rpc_y):
            await client.close()

    with SerfCluster(tmp_path) as cluster:
        asyncio.run(scenario(cluster))


def cluster_key(n: int) -> str:
    from appliance.fleet.keys import encode_key

    return encode_key(bytes([n]) * 32)


def test_rpc_refuses_a_wrong_or_missing_token(tmp_path):
    async def scenario(cluster: SerfCluster):
        a = cluster.start("a", "127.0.0.41")
        await (await connect(a)).close()
        with pytest.raises(SerfRPCError, match="Invalid authentication token"):
            await SerfRPC.connect("127.0.0.1", a.rpc_port, "not-the-token")
        rpc = await SerfRPC.connect("127.0.0.1", a.rpc_port, None)
        with pytest.raises(SerfRPCError, match="Authentication required"):
            await rpc.members()
        await rpc.close()
        with pytest.raises(SerfUnavailable, match="does not answer"):
            await SerfRPC.connect("127.0.0.1", free_port(), "x")

    with SerfCluster(tmp_path) as cluster:
        asyncio.run(scenario(cluster))


def test_key_rotation_with_no_outage(tmp_path):
    """Old key K1 → new key K2 across three members, applied from one of them; a node
    with only K2 joins afterwards, one with only K1 no longer can."""
    from appliance.fleet import key_rotation
    from appliance.fleet.keys import Keyring, gossip_keys, parse_key

    k1, k2 = cluster_key(1), cluster_key(2)
    g1, g2 = (gossip_keys(Keyring((parse_key(k),)), "test")[0] for k in (k1, k2))

    async def scenario(cluster: SerfCluster):
        a = cluster.start("a", "127.0.0.91")
        b = cluster.start("b", "127.0.0.92", join=[a])
        c = cluster.start("c", "127.0.0.93", join=[a])
        rpc = await connect(a)
        await until(lambda: _all_alive(rpc, 3), what="three alive members")
        # step 1: the key file says K2 then K1
        done = await key_rotation.apply(rpc, [g2, g1])
        assert [d.step.op for d in done] == ["install", "use"] and all(d.ok for d in done)
        assert (await rpc.list_keys()).keys == {g1: 3, g2: 3}
        # step 2: K1's line deleted
        done = await key_rotation.apply(rpc, [g2])
        assert [d.step.op for d in done] == ["use", "remove"] and all(d.ok for d in done)
        assert (await rpc.list_keys()).keys == {g2: 3}
        assert await _all_alive(rpc, 3)  # no member lost on the way
        # every member's keyring file now holds K2 alone: a restart keeps it
        for agent in (a, b, c):
            assert (agent.root / "state" / "serf" / "keyring.json").read_text().count('"') == 2
        newcomer = cluster.start("d", "127.0.0.94", join=[a], key_line=k2)
        stale = cluster.start("e", "127.0.0.95", join=[a], key_line=k1)
        await until(lambda: _all_alive(rpc, 4), what="the newcomer with K2")
        rpc_e = await connect(stale)
        with pytest.raises(SerfRPCError):
            await rpc_e.join([a.gossip])
        assert "e" not in await statuses(rpc)
        assert newcomer.process is not None
        await rpc_e.close()
        await rpc.close()

    with SerfCluster(tmp_path, key_line=k1) as cluster:
        asyncio.run(scenario(cluster))
