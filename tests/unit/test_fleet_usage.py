"""Fleet-wide usage (appliance.fleet.usage): the wire format, the grow-only merge (repeats,
late and reordered pushes never charge twice), and the bound, checked on simulated fleets
of real `RateLimiter`s that push to each other with delays."""

from __future__ import annotations

import heapq
import itertools
import json
from dataclasses import dataclass, field

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from appliance.fleet.usage import (
    KeyUsage,
    NodeUsage,
    PeerUsage,
    UsageError,
    fleet_admitted_most,
    over_admission,
    peer_admitted_most,
    row,
)
from appliance.proxy.ratelimit import Limits, RateLimiter

D1, D2 = bytes(range(16)), bytes(range(1, 17))
LIMITS = Limits(requests_per_minute=600, tokens_per_minute=None, concurrent=4)

limits = st.builds(Limits, st.none() | st.integers(0, 10**6), st.none() | st.integers(0, 10**9),
                   st.none() | st.integers(0, 1000))
usages = st.builds(KeyUsage, st.floats(0, 1e6, allow_nan=False), st.integers(0, 2**53),
                   st.integers(0, 2**53), st.integers(0, 10**6), limits)


@settings(max_examples=60, deadline=None)
@given(node=st.text(min_size=1, max_size=20), incarnation=st.integers(0, 2**63),
       seq=st.integers(0, 2**40),
       keys=st.dictionaries(st.binary(min_size=16, max_size=16), usages, max_size=8))
def test_a_push_survives_the_wire(node: str, incarnation: int, seq: int, keys: dict) -> None:  # type: ignore[type-arg]
    usage = NodeUsage(node, incarnation, seq, keys)
    assert NodeUsage.from_wire(usage.to_wire()) == usage


GOOD = json.loads(NodeUsage("n2", 1, 1, {D1: KeyUsage(5.0, 3, 10, 1, LIMITS)}).to_wire())


@pytest.mark.parametrize(("change", "says"), [
    ({"v": 2}, "version 2"),
    ({"node": ""}, "`node`"),
    ({"seq": -1}, "`seq`"),
    ({"incarnation": "x"}, "`incarnation`"),
    ({"keys": []}, "`keys`"),
    ({"keys": {"abc": [0, 0, 0, 0, None, None, None]}}, "16 bytes of hex"),
    ({"keys": {D1.hex(): [0, -1, 0, 0, None, None, None]}}, "counts >= 0"),
    ({"keys": {D1.hex(): [0, 1, 0, 0, None, None]}}, "[born, requests"),
    ({"keys": {D1.hex(): [0, True, 0, 0, None, None, None]}}, "counts >= 0"),
])
def test_a_bad_push_is_refused_saying_what_is_wrong(change: dict, says: str) -> None:  # type: ignore[type-arg]
    with pytest.raises(UsageError, match=says.replace("[", r"\[")):
        NodeUsage.from_wire(json.dumps({**GOOD, **change}).encode())
    with pytest.raises(UsageError, match="not JSON"):
        NodeUsage.from_wire(b"{")


# A peer's history: its pushes in order. Between two pushes it admits and charges more
# (its counters grow), forgets a key and makes it again (a new born), or restarts (a new
# incarnation, counters from zero).
steps = st.lists(st.tuples(st.sampled_from(["grow", "grow", "grow", "reborn", "restart"]),
                           st.sampled_from([D1, D2]), st.integers(0, 50), st.integers(0, 500),
                           st.integers(0, 5)), min_size=1, max_size=25)


def history(plan: list) -> tuple[list[NodeUsage], int, int]:  # type: ignore[type-arg]
    """The pushes, and what the peer really admitted and charged in all."""
    incarnation, seq, clock = 1, 0, 0.0
    keys: dict[bytes, KeyUsage] = {}
    pushes, requests, tokens = [], 0, 0
    for kind, d, n, t, flying in plan:
        clock += 1
        if kind == "restart":
            incarnation, seq, keys = incarnation + 1, 0, {}
        elif kind == "reborn":
            keys.pop(d, None)
        was = keys.get(d) or KeyUsage(clock, 0, 0, 0, LIMITS)
        keys[d] = KeyUsage(was.born, was.requests + n, was.tokens + t, flying, LIMITS)
        requests, tokens = requests + n, tokens + t
        seq += 1
        pushes.append(NodeUsage("peer", incarnation, seq, dict(keys)))
    return pushes, requests, tokens


def charged(deliveries: list[NodeUsage]) -> tuple[int, int]:
    merged = PeerUsage("me", stale_after_s=1e9)
    requests = tokens = 0
    for push in deliveries:
        for c in merged.merge(push, 0.0).values():
            requests, tokens = requests + c.requests, tokens + c.tokens
    return requests, tokens


@settings(max_examples=150, deadline=None)
@given(plan=steps)
def test_pushes_in_order_charge_exactly_what_the_peer_used_however_often_they_come(
        plan: list) -> None:  # type: ignore[type-arg]
    pushes, requests, tokens = history(plan)
    assert charged(pushes) == (requests, tokens)
    assert charged([p for p in pushes for _ in range(2)]) == (requests, tokens)


@settings(max_examples=150, deadline=None)
@given(plan=steps, data=st.data())
def test_pushes_late_lost_or_repeated_never_charge_more_than_was_used(plan: list, data) -> None:  # type: ignore[no-untyped-def,type-arg]
    pushes, requests, tokens = history(plan)
    order = data.draw(st.lists(st.sampled_from(pushes), max_size=3 * len(pushes)))
    got_requests, got_tokens = charged(order)
    assert got_requests <= requests and got_tokens <= tokens
    # the newest push arriving first says everything its records hold, and no more
    if plan and all(kind == "grow" for kind, *_ in plan):
        assert charged([pushes[-1], *order]) == (requests, tokens)


def test_a_peers_requests_in_flight_are_its_newest_word_and_stop_counting_when_it_goes_quiet(
        ) -> None:
    merged = PeerUsage("me", stale_after_s=2.0)
    merged.merge(NodeUsage("a", 1, 1, {D1: KeyUsage(0, 1, 0, 3, LIMITS)}), 0.0)
    got = merged.merge(NodeUsage("b", 1, 1, {D1: KeyUsage(0, 1, 0, 2, LIMITS)}), 0.5)
    assert got[D1].in_flight == 5
    got = merged.merge(NodeUsage("a", 1, 2, {D1: KeyUsage(0, 2, 0, 1, LIMITS)}), 1.0)
    assert (got[D1].requests, got[D1].in_flight) == (1, 3)
    assert merged.merge(NodeUsage("a", 1, 1, {D1: KeyUsage(0, 1, 0, 3, LIMITS)}), 1.1) == {}
    assert merged.merge(NodeUsage("me", 1, 9, {D1: KeyUsage(0, 9, 0, 9, LIMITS)}), 1.1) == {}
    # a leaves the key out: forgotten there, nothing in flight
    assert merged.merge(NodeUsage("a", 1, 3, {}), 1.2)[D1].in_flight == 2
    assert merged.expire(2.0) == {}
    assert merged.expire(2.6)[D1].in_flight == 0  # b quiet for 2.1 s
    assert merged.in_flight(D1, 2.6) == 0


# The bound, on a simulated fleet. Times in milliseconds.

@dataclass(order=True)
class Event:
    at: int
    order: int  # at one time: ends, then arrivals, then deliveries (the worst for the bound)
    node: int = field(compare=False)
    what: str = field(compare=False)
    push: NodeUsage | None = field(default=None, compare=False)
    hold: int = field(default=0, compare=False)


@dataclass
class Fleet:
    limits: Limits
    nodes: int
    sync_ms: int
    delays: list[int]  # delivery delays, used in turn
    admitted: list[tuple[int, int]] = field(default_factory=list)  # (at, node)
    forgiven: float = 0.0  # requests the debt floor let go (`ratelimit.debit`)
    most_in_flight_over: list[int] = field(default_factory=list)  # in flight - bound, per admission

    def run(self, arrivals: list[list[tuple[int, int]]], horizon: int) -> None:
        limiters = [RateLimiter() for _ in range(self.nodes)]
        merged = [PeerUsage(str(i), stale_after_s=1e9) for i in range(self.nodes)]
        seqs = [0] * self.nodes
        events: list[Event] = []
        for node, times in enumerate(arrivals):
            for at, hold in times:
                heapq.heappush(events, Event(at, 1, node, "arrive", hold=hold))
            for tick in range(node * 7 % max(1, self.sync_ms), horizon, self.sync_ms):
                heapq.heappush(events, Event(tick, 3, node, "tick"))
        delays = itertools.cycle(self.delays)
        in_flight = 0
        while events:
            e = heapq.heappop(events)
            now, lim = e.at / 1000, limiters[e.node]
            if e.what == "arrive":
                if lim.try_acquire(D1, self.limits, now).allowed:  # type: ignore[arg-type]
                    self.admitted.append((e.at, e.node))
                    in_flight += 1
                    d = (self.sync_ms + max(self.delays)) / 1000
                    others = sum(1 for at, n in self.admitted
                                 if n != e.node and at >= e.at - d * 1000)
                    self.most_in_flight_over.append(
                        in_flight - (self.limits.concurrent or 0) - others)
                    heapq.heappush(events, Event(e.at + e.hold, 0, e.node, "end"))
            elif e.what == "end":
                lim.release(D1, 0, now)  # type: ignore[arg-type]
                in_flight -= 1
            elif e.what == "tick":
                seqs[e.node] += 1
                s = lim._keys.get(D1)  # type: ignore[call-overload]
                push = row(str(e.node), 1, seqs[e.node], [] if s is None else [
                    (D1, s.born, s.admitted, s.charged, s.in_flight, s.limits)])
                for peer in range(self.nodes):
                    if peer != e.node:
                        heapq.heappush(events, Event(e.at + next(delays), 2, peer, "deliver",
                                                     push=push))
            else:
                assert e.push is not None
                for d, c in merged[e.node].merge(e.push, now).items():
                    state = lim._keys.get(d)  # type: ignore[call-overload]
                    before = None
                    if state is not None:
                        state.update(state.limits, now)
                        before = state.requests
                    lim.absorb(d, c.limits, c.requests, c.tokens, c.in_flight, now)  # type: ignore[arg-type]
                    after = lim._keys[d].requests  # type: ignore[index]
                    if before is not None and after is not None:
                        floor = -float(self.limits.requests_per_minute or 0)
                        # all of it comes off, unless the floor stops it
                        assert after == pytest.approx(before - c.requests) or after == floor
                        self.forgiven += c.requests - (before - after)

    def admitted_most(self) -> float:
        """`fleet_admitted_most` for this run: from the first arrival to the last
        admission, with each other node's admissions in the last D before it."""
        if not self.admitted:
            return 0.0
        last_at, last_node = self.admitted[-1]
        d = self.sync_ms + max(self.delays)
        peers = [sum(1 for at, n in self.admitted if n == j and at >= last_at - d)
                 for j in range(self.nodes) if j != last_node]
        first = self.first
        return fleet_admitted_most(self.limits.requests_per_minute or 0,
                                   (last_at - first) / 1000, peers) + self.forgiven

    first: int = 0


arrival_lists = st.lists(st.tuples(st.integers(0, 20_000), st.integers(1, 3000)), max_size=120)


@settings(max_examples=50, deadline=None)
@given(nodes=st.integers(2, 4), rpm=st.integers(1, 120), sync_ms=st.integers(100, 1000),
       delays=st.lists(st.integers(0, 400), min_size=1, max_size=6),
       arrivals=st.lists(arrival_lists, min_size=4, max_size=4))
def test_the_fleet_admits_no_more_than_one_node_would_plus_what_peers_admitted_in_one_delay(
        nodes: int, rpm: int, sync_ms: int, delays: list[int],
        arrivals: list[list[tuple[int, int]]]) -> None:
    fleet = Fleet(Limits(requests_per_minute=rpm), nodes, sync_ms, delays)
    starts = [at for node in arrivals[:nodes] for at, _ in node]
    fleet.first = min(starts, default=0)
    fleet.run([sorted(a) for a in arrivals[:nodes]], 25_000)
    assert len(fleet.admitted) <= fleet.admitted_most()


@settings(max_examples=50, deadline=None)
@given(nodes=st.integers(2, 4), concurrent=st.integers(0, 6), sync_ms=st.integers(100, 1000),
       delays=st.lists(st.integers(0, 400), min_size=1, max_size=6),
       arrivals=st.lists(arrival_lists, min_size=4, max_size=4))
def test_requests_in_flight_across_the_fleet_stay_under_the_limit_plus_one_delays_admissions(
        nodes: int, concurrent: int, sync_ms: int, delays: list[int],
        arrivals: list[list[tuple[int, int]]]) -> None:
    fleet = Fleet(Limits(concurrent=concurrent), nodes, sync_ms, delays)
    fleet.run([sorted(a) for a in arrivals[:nodes]], 25_000)
    assert all(over <= 0 for over in fleet.most_in_flight_over)


def test_sharing_usage_is_what_keeps_the_fleet_near_one_nodes_limit() -> None:
    """Steady load at three times a 600 rpm limit through three nodes for a minute: with
    usage shared the fleet admits about one node's allowance; each node alone would admit
    all of it."""
    limit = Limits(requests_per_minute=600)
    arrivals = [[(t, 10) for t in range(i * 33, 60_000, 100)] for i in range(3)]  # 10/s each
    fleet = Fleet(limit, 3, 200, [20, 50, 5])
    fleet.run(arrivals, 61_000)
    most = fleet_admitted_most(600, 60, [peer_admitted_most(10, 0.2, 0.05)] * 2)
    assert 1150 <= len(fleet.admitted) <= most
    alone = Fleet(limit, 3, 200, [10**9])  # pushes that never arrive
    alone.run(arrivals, 61_000)
    assert len(alone.admitted) == sum(len(a) for a in arrivals) == 1800


@pytest.mark.parametrize(("rate", "sync_s", "delay_s", "most"), [
    (10, 0.2, 0.05, 3), (0, 0.2, 0.05, 1), (100, 0.25, 0.25, 51), (10, 5.0, 0.0, 51),
])
def test_a_peers_term_in_the_bound(rate: float, sync_s: float, delay_s: float, most: int) -> None:
    assert peer_admitted_most(rate, sync_s, delay_s) == most


def test_the_bound_for_the_issues_case() -> None:
    """600 rpm for 60 s, two peers each at 10 requests a second, 200 ms sync, 50 ms delay."""
    assert over_admission([3, 3]) == 6
    assert fleet_admitted_most(600, 60, [3, 3]) == 1206
