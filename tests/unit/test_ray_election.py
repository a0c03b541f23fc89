"""The Ray head election on FakeFleet views: rules 1-4 of appliance.fleet.ray_election."""

from __future__ import annotations

import asyncio

import pytest

from appliance.fleet.membership import Member
from appliance.fleet.ray_election import (
    TAG_RAY,
    TAG_RAY_HEAD,
    HeadClaim,
    HeadElection,
    choose_head,
    parse_claim,
    parse_ray_tag,
    ray_tag,
)
from appliance.testing.fleet_membership import FakeFleet, FakeMembership


def member(name: str, tag: str | None, claim: str | None = None, status: str = "alive") -> Member:
    tags = {} if tag is None else {TAG_RAY: tag}
    if claim:
        tags[TAG_RAY_HEAD] = claim
    return Member(name, f"10.0.0.{ord(name[0])}", 7946, status, tags)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("members", "expected"),
    [
        # no claims: the lowest priority, then the lowest name
        ([member("a", "100:6379"), member("b", "10:6379")], HeadClaim(1, "b")),
        ([member("b", "10:6379"), member("a", "10:6379")], HeadClaim(1, "a")),
        # a node that may never be head, or takes no part in Ray, is not chosen
        ([member("a", "-:6379"), member("b", "50:6379")], HeadClaim(1, "b")),
        ([member("a", None), member("b", "50:6379")], HeadClaim(1, "b")),
        ([member("a", "-:6379")], None),
        # a living head is kept, even when a preferred node is alive
        ([member("a", "1:6379", "3:b"), member("b", "50:6379", "3:b")], HeadClaim(3, "b")),
        # a dead head: the next one, one epoch higher
        ([member("a", "1:6379", "3:b"), member("b", "50:6379", "3:b", "failed"),
          member("c", "0:6379", "3:b")], HeadClaim(4, "c")),
        # a claim on a failed member's tag does not count
        ([member("a", "5:6379", "2:a"), member("b", "1:6379", "9:b", "failed")],
         HeadClaim(2, "a")),
        # two heads after a partition: the higher epoch wins
        ([member("a", "1:6379", "2:a"), member("c", "5:6379", "3:c")], HeadClaim(3, "c")),
        # ... on equal epochs, the better-ranked head
        ([member("a", "7:6379", "2:a"), member("c", "5:6379", "2:c")], HeadClaim(2, "c")),
        # a garbled tag is ignored
        ([member("a", "x:y"), member("b", "3:6379", "zz")], HeadClaim(1, "b")),
    ],
)
def test_choose_head(members: list[Member], expected: HeadClaim | None) -> None:
    assert choose_head(members) == expected


def test_tags_round_trip() -> None:
    assert parse_ray_tag("a", "10.0.0.1", ray_tag(7, 6400)).priority == 7  # type: ignore[union-attr]
    assert parse_ray_tag("a", "10.0.0.1", ray_tag(None, 6400)).eligible is False  # type: ignore[union-attr]
    assert parse_claim(HeadClaim(12, "gpu-01").tag()) == HeadClaim(12, "gpu-01")
    assert parse_claim(None) is None and parse_claim("1:") is None


def test_acts_only_once_the_view_is_stable() -> None:
    election = HeadElection(stable_s=3.0)
    view = [member("a", "1:6379"), member("b", "2:6379")]
    assert election.observe(view, now=0.0) is None
    assert election.wait_s(1.0) == 2.0
    assert election.observe(view, now=2.9) is None
    assert election.observe(view, now=3.0) == HeadClaim(1, "a")
    assert election.observe(view, now=9.0) is None  # acted on already
    # the head fails; its view flaps before it settles: the clock starts again each time
    failed = [member("a", "1:6379", status="failed"), member("b", "2:6379")]
    assert election.observe(failed, now=10.0) is None
    assert election.observe(view, now=11.0) is None
    assert election.observe(failed, now=12.0) is None
    assert election.observe(failed, now=14.9) is None
    assert election.observe(failed, now=15.0) == HeadClaim(2, "b")


async def views(*nodes: FakeMembership) -> dict[str, list[Member]]:
    return {n.name: await n.members() for n in nodes}


async def elect(nodes: dict[str, FakeMembership], elections: dict[str, HeadElection],
                now: float) -> dict[str, HeadClaim | None]:
    """One round: each live node observes twice (stable_s apart) and publishes its claim."""
    out = {}
    for name, node in nodes.items():
        for t in (now, now + elections[name].stable_s):
            claim = elections[name].observe(await node.members(), t)
            if claim is not None:
                await node.set_tags({TAG_RAY_HEAD: claim.tag()})
        out[name] = elections[name].claim
    return out


def test_a_fleet_elects_fails_over_and_converges_after_a_partition() -> None:
    async def scenario() -> None:
        fleet = FakeFleet()
        nodes = {n: fleet.join(n, f"10.0.0.{i}", {TAG_RAY: ray_tag(p, 6379)})
                 for i, (n, p) in enumerate([("a", 10), ("b", 20), ("c", 30)], 1)}
        elections = {n: HeadElection(stable_s=3.0) for n in nodes}
        claims = await elect(nodes, elections, 0.0)
        assert set(claims.values()) == {HeadClaim(1, "a")}

        fleet.fail("a")
        del nodes["a"]
        claims = await elect(nodes, elections, 10.0)
        assert set(claims.values()) == {HeadClaim(2, "b")}

        # a comes back: b stays head, a follows it
        nodes["a"] = fleet.join("a", "10.0.0.1", {TAG_RAY: ray_tag(10, 6379)})
        elections["a"] = HeadElection(stable_s=3.0)
        claims = await elect(nodes, elections, 20.0)
        assert set(claims.values()) == {HeadClaim(2, "b")}

        # a partition: c is alone, elects itself; a and b keep b
        fleet.partition({"a", "b"}, {"c"})
        claims = await elect(nodes, elections, 30.0)
        assert claims == {"b": HeadClaim(2, "b"), "a": HeadClaim(2, "b"), "c": HeadClaim(3, "c")}
        # healed: the higher epoch wins everywhere, and stays
        fleet.heal()
        claims = await elect(nodes, elections, 40.0)
        assert set(claims.values()) == {HeadClaim(3, "c")}
        claims = await elect(nodes, elections, 50.0)
        assert set(claims.values()) == {HeadClaim(3, "c")}
        assert {m.tags[TAG_RAY_HEAD] for m in (await views(nodes["a"]))["a"]} == {"3:c"}

    asyncio.run(scenario())
