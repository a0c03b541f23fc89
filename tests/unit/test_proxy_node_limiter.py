"""The node's limiter: the parent's bookkeeping per worker (sans-I/O), and a worker and the
parent talking over a real socket pair."""

from __future__ import annotations

import asyncio
import socket

import pytest

from appliance.proxy.errors import ProxyError
from appliance.proxy.node_limiter import (
    LinkGate,
    LocalGate,
    NodeLimiter,
    serve_link,
    sweep_every,
)
from appliance.proxy.ratelimit import Limits, RateLimiter

TWO = Limits(concurrent=2)


def test_a_dead_workers_acquisitions_are_given_back() -> None:
    node = NodeLimiter()
    assert node.acquire("w0", 1, "k", TWO, 0)[0]
    assert node.acquire("w1", 1, "k", TWO, 0)[0]  # the same id from another worker
    assert not node.acquire("w1", 2, "k", TWO, 0)[0]  # 2 in flight, across workers
    assert node.drop("w0", 1) == 1
    assert node.limiter.in_flight("k") == 1
    assert node.acquire("w1", 3, "k", TWO, 1)[0]
    node.release("w1", 1, 5, 2)
    node.release("w1", 1, 5, 2)  # twice: the second is ignored
    node.release("w1", 2, 5, 2)  # refused, so never held: ignored
    assert node.limiter.in_flight("k") == 1
    assert node.drop("w1", 3) == 1 and node.limiter.in_flight("k") == 0
    assert node.drop("w9", 3) == 0


def test_tokens_are_charged_on_release_only_to_the_acquisition_released() -> None:
    node = NodeLimiter()
    limits = Limits(tokens_per_minute=60)
    assert node.acquire("w0", 0, "k", limits, 0)[0]
    node.release("w0", 0, 120, 0)  # 60 tokens in debt: refused for 60 s
    assert node.acquire("w1", 0, "k", limits, 30) == (False, None, -30.0, 0)
    assert node.acquire("w1", 1, "k", limits, 60)[0]


def test_the_local_gate_and_its_sweep() -> None:
    async def main() -> None:
        limiter = RateLimiter()
        now = [0.0]
        gate = LocalGate(limiter, lambda: now[0])
        decision, ticket = await gate.acquire("k", Limits(requests_per_minute=60))
        assert decision.allowed and limiter.in_flight("k") == 1
        gate.release(ticket, 0)
        now[0] = 120.0  # refilled: the sweep may forget it
        sweeper = asyncio.ensure_future(sweep_every(limiter, lambda: now[0], seconds=0.01))
        for _ in range(500):
            if not len(limiter):
                break
            await asyncio.sleep(0.01)
        sweeper.cancel()
        assert len(limiter) == 0

    asyncio.run(main())


def test_workers_share_one_limiter_over_socket_pairs_and_a_lost_link_frees_its_slots() -> None:
    async def main() -> None:
        node = NodeLimiter()
        gates, lost = [], []
        for slot in range(2):
            parent_end, worker_end = socket.socketpair()
            await serve_link(node, parent_end)
            gate = LinkGate(worker_end, slot)
            await gate.start(lambda slot=slot: lost.append(slot))
            gates.append(gate)
        a, ticket_a = await gates[0].acquire("k", TWO)
        b, ticket_b = await gates[1].acquire("k", TWO)
        refused, _ = await gates[1].acquire("k", TWO)
        assert (a.allowed, b.allowed, refused.allowed) == (True, True, False)
        assert refused.reason == "concurrent"
        gates[1].release(ticket_b, 0)
        again, _ = await gates[1].acquire("k", TWO)
        assert again.allowed
        # worker 0 dies holding one: the parent gives it back
        gates[0].close()
        for _ in range(500):
            if node.limiter.in_flight("k") == 1:
                break
            await asyncio.sleep(0.01)
        assert node.limiter.in_flight("k") == 1 and len(node.held) == 1
        gates[1].close()

    asyncio.run(main())


def test_a_worker_whose_parent_is_gone_refuses_with_503_and_says_so() -> None:
    async def main() -> None:
        parent_end, worker_end = socket.socketpair()
        lost: list[bool] = []
        gate = LinkGate(worker_end, 0)
        await gate.start(lambda: lost.append(True))
        parent_end.close()
        for _ in range(500):
            if lost:
                break
            await asyncio.sleep(0.01)
        assert lost
        with pytest.raises(ProxyError) as info:
            await gate.acquire("k", TWO)
        assert info.value.status == 503

    asyncio.run(main())


def test_a_request_cancelled_while_it_waits_gives_back_what_it_was_granted() -> None:
    async def main() -> None:
        node = NodeLimiter()
        parent_end, worker_end = socket.socketpair()
        await serve_link(node, parent_end)
        gate = LinkGate(worker_end, 0)
        await gate.start(lambda: None)
        waiting = asyncio.ensure_future(gate.acquire("k", TWO))
        await asyncio.sleep(0)  # sent, not yet answered
        waiting.cancel()
        with pytest.raises(asyncio.CancelledError):
            await waiting
        ok, ticket = await gate.acquire("k", TWO)  # after the release, in order
        assert ok.allowed and node.limiter.in_flight("k") == 1
        gate.release(ticket, 0)

    asyncio.run(main())
