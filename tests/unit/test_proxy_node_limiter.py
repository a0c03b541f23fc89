"""The node's limiter: workers deciding over one shared table give exactly the decisions of
one `RateLimiter`; a dead worker's requests end; idle keys are forgotten; a lock held by
another waits without blocking the loop, and dies with its holder."""

from __future__ import annotations

import asyncio
import fcntl
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from appliance.proxy.errors import ProxyError
from appliance.proxy.node_limiter import (
    LocalGate,
    SharedGate,
    SharedKeys,
    create_table,
    sweep_every,
)
from appliance.proxy.ratelimit import Limits, RateLimiter

TWO = Limits(concurrent=2)


def table(tmp: Path, slots: int = 2, capacity: int = 64) -> Path:
    path = tmp / "limits.bin"
    create_table(path, slots, capacity)
    return path


def gates(path: Path, clock, slots: int = 2) -> list[SharedGate]:  # type: ignore[no-untyped-def]
    return [SharedGate(SharedKeys(path, slot), clock) for slot in range(slots)]


def run(coro):  # type: ignore[no-untyped-def]
    return asyncio.run(asyncio.wait_for(coro, 60))


def test_a_concurrency_limit_holds_across_workers_and_a_dead_workers_requests_end(
        tmp_path: Path) -> None:
    path = table(tmp_path)
    parent = SharedKeys(path, None)

    async def main() -> None:
        a, b = gates(path, lambda: 0.0)
        assert (await a.acquire("k", TWO)).allowed
        assert (await b.acquire("k", TWO)).allowed
        refused = await b.acquire("k", TWO)
        assert (refused.allowed, refused.reason) == (False, "concurrent")
        assert parent.drop_worker(0) == 1  # a died holding one
        assert (await b.acquire("k", TWO)).allowed
        b.release("k", 0)
        b.release("k", 0)
        assert parent.get("k").in_flight == 0  # type: ignore[union-attr]
        b.release("k", 0)  # one too many: never below zero
        assert parent.get("k").in_flight == 0  # type: ignore[union-attr]

    run(main())


OPS = st.lists(st.tuples(st.sampled_from(["acquire", "release"]), st.integers(0, 1),
                         st.sampled_from(["k1", "k2"]), st.integers(0, 3000),
                         st.integers(0, 500)), max_size=80)


@settings(max_examples=40, deadline=None)
@given(ops=OPS)
def test_two_workers_over_the_table_decide_exactly_as_one_limiter(ops: list) -> None:  # type: ignore[type-arg]
    import tempfile

    limits = Limits(requests_per_minute=5, tokens_per_minute=300, concurrent=3)
    with tempfile.TemporaryDirectory() as tmp:
        now = [0.0]
        shared = gates(table(Path(tmp)), lambda: now[0])
        one = RateLimiter()
        held: list[tuple[int, str]] = []

        async def main() -> None:
            for op, worker, key, gap_ms, tokens in ops:
                now[0] += gap_ms / 1000
                if op == "acquire":
                    got = await shared[worker].acquire(key, limits)
                    assert got == one.try_acquire(key, limits, now[0])
                    if got.allowed:
                        held.append((worker, key))
                elif held:
                    worker, key = held.pop(0)
                    shared[worker].release(key, tokens)
                    one.release(key, tokens, now[0])

        run(main())


def test_idle_keys_with_full_buckets_are_forgotten_and_their_records_reused(tmp_path: Path) -> None:
    path = table(tmp_path, capacity=4)
    parent = SharedKeys(path, None)
    lim = Limits(requests_per_minute=60)

    async def main() -> None:
        now = [0.0]
        (a,) = gates(path, lambda: now[0], slots=1)
        for key in ("idle", "busy", "x", "y"):  # every record taken: collisions on the way
            assert (await a.acquire(key, lim)).allowed
        for key in ("idle", "x", "y"):
            a.release(key, 0)
        with pytest.raises(ProxyError) as info:
            await a.acquire("new", lim)
        assert info.value.status == 503
        assert parent.sweep(0.5) == 0  # nothing refilled yet
        assert parent.sweep(60) == 3 and len(parent) == 1  # busy has one in flight
        assert (await a.acquire("new", lim)).headers["x-ratelimit-remaining-requests"] == "59"
        assert parent.get("busy").in_flight == 1  # type: ignore[union-attr]
        assert parent.get("idle") is None

    run(main())


def test_a_worker_that_meets_the_lock_held_waits_without_blocking_its_loop(tmp_path: Path) -> None:
    path = table(tmp_path)

    async def main() -> None:
        (a,) = gates(path, lambda: 0.0, slots=1)
        other = os.open(path, os.O_RDWR)  # another worker, deciding
        fcntl.flock(other, fcntl.LOCK_EX)
        waiting = asyncio.ensure_future(a.acquire("k", TWO))
        ticks = 0
        for _ in range(20):  # the loop runs on
            await asyncio.sleep(0)
            ticks += 1
        assert not waiting.done() and ticks == 20
        fcntl.flock(other, fcntl.LOCK_UN)
        assert (await waiting).allowed
        fcntl.flock(other, fcntl.LOCK_EX)
        a.release("k", 0)  # deferred until the lock is free
        assert SharedKeys(path, None).get("k").in_flight == 1  # type: ignore[union-attr]
        fcntl.flock(other, fcntl.LOCK_UN)
        for _ in range(500):
            await asyncio.sleep(0.002)
            if SharedKeys(path, None).get("k").in_flight == 0:  # type: ignore[union-attr]
                break
        assert SharedKeys(path, None).get("k").in_flight == 0  # type: ignore[union-attr]
        os.close(other)

    run(main())


def test_the_lock_dies_with_a_worker_killed_while_holding_it(tmp_path: Path) -> None:
    path = table(tmp_path)
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import fcntl, os, sys, time\n"
         f"fd = os.open({str(path)!r}, os.O_RDWR); fcntl.flock(fd, fcntl.LOCK_EX)\n"
         "print('held', flush=True); time.sleep(120)"],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        keys = SharedKeys(path, 0)
        assert not keys.try_lock()
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait(timeout=30)
        assert keys.try_lock()
        keys.unlock()
    finally:
        if holder.poll() is None:
            holder.kill()
            holder.wait()


def test_a_table_of_another_version_or_a_slot_outside_it_is_refused(tmp_path: Path) -> None:
    path = table(tmp_path, slots=2)
    with pytest.raises(ValueError, match="slot 2"):
        SharedKeys(path, 2)
    data = bytearray(path.read_bytes())
    data[8] = 99
    path.write_bytes(bytes(data))
    with pytest.raises(ValueError, match="version"):
        SharedKeys(path, 0)


def test_the_local_gate_and_its_sweep() -> None:
    async def main() -> None:
        limiter = RateLimiter()
        now = [0.0]
        gate = LocalGate(limiter, lambda: now[0])
        assert (await gate.acquire("k", Limits(requests_per_minute=60))).allowed
        assert limiter.in_flight("k") == 1
        gate.release("k", 0)
        now[0] = 120.0  # refilled: the sweep may forget it
        sweeper = asyncio.ensure_future(sweep_every(limiter.sweep, lambda: now[0], seconds=0.01))
        for _ in range(500):
            if not len(limiter):
                break
            await asyncio.sleep(0.01)
        sweeper.cancel()
        assert len(limiter) == 0

    run(main())
