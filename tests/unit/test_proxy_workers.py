"""The proxy's parent process: the restart rule (a table), and the supervisor with real
processes standing in for workers."""

from __future__ import annotations

import asyncio
import logging
import sys
import time

import pytest

from appliance.proxy.workers import RestartPolicy, Supervisor, after_death, describe_exit

POLICY = RestartPolicy(backoff_s=0.5, backoff_max_s=4.0, stable_s=60.0, max_quick_deaths=5)


@pytest.mark.parametrize(
    ("quick_before", "lived_s", "quick_after", "wait_s"),
    [
        (0, 3600.0, 0, 0.0),  # a healthy worker died: again at once
        (4, 60.0, 0, 0.0),  # lived stable_s: the count starts over
        (0, 1.0, 1, 0.5),  # died young: backoff
        (1, 1.0, 2, 1.0),  # doubling
        (2, 59.9, 3, 2.0),
        (3, 0.0, 4, 4.0),  # at most backoff_max_s
        (4, 0.0, 5, None),  # the fifth young death in a row: give up
    ],
)
def test_after_death(quick_before: int, lived_s: float, quick_after: int, wait_s: float | None) -> None:
    assert after_death(POLICY, quick_before, lived_s) == (quick_after, wait_s)


@pytest.mark.parametrize(("code", "text"), [(0, "exited with status 0"), (3, "exited with status 3"),
                                            (-9, "was killed by SIGKILL"), (-15, "was killed by SIGTERM")])
def test_describe_exit(code: int, text: str) -> None:
    assert describe_exit(code) == text


def python(code: str):  # type: ignore[no-untyped-def]
    async def start(slot: int) -> asyncio.subprocess.Process:
        return await asyncio.create_subprocess_exec(sys.executable, "-c", code)
    return start


def test_a_worker_that_dies_at_once_again_and_again_makes_the_parent_give_up(
        caplog: pytest.LogCaptureFixture) -> None:
    exits: list[int] = []

    async def main() -> int:
        supervisor = Supervisor(
            2, python("import sys; sys.exit(3)"),
            on_exit=lambda slot, p: exits.append(slot),
            policy=RestartPolicy(backoff_s=0.01, backoff_max_s=0.02, stable_s=60, max_quick_deaths=3))
        return await asyncio.wait_for(supervisor.run(), 60)

    with caplog.at_level(logging.WARNING, "appliance.proxy"):
        assert asyncio.run(main()) == 1
    # each slot: started, restarted twice, the third death gives up and stops the other
    assert 3 <= exits.count(0) + exits.count(1) <= 6 and exits
    gave_up = [r.getMessage() for r in caplog.records if r.levelno == logging.ERROR]
    assert len(gave_up) >= 1
    assert "exited with status 3" in gave_up[0] and "giving up" in gave_up[0], gave_up


def test_a_killed_worker_is_started_again_and_stop_ends_every_worker() -> None:
    async def main() -> tuple[int, list[int], list[int]]:
        supervisor = Supervisor(2, python("import time; time.sleep(120)"),
                                policy=RestartPolicy(backoff_s=0.01))
        run = asyncio.ensure_future(supervisor.run())
        deadline = time.monotonic() + 30
        while len(supervisor.running) < 2 and time.monotonic() < deadline:
            await asyncio.sleep(0.02)
        first = [p.pid for p in supervisor.running.values()]
        supervisor.running[0].kill()
        while (0 not in supervisor.running or supervisor.running[0].pid == first[0]) \
                and time.monotonic() < deadline:
            await asyncio.sleep(0.02)
        second = [p.pid for p in supervisor.running.values()]
        supervisor.stop()
        return await asyncio.wait_for(run, 30), first, second

    code, first, second = asyncio.run(main())
    assert code == 0  # stopped, not given up
    assert len(second) == 2 and first[0] not in second and first[1] in second


def test_a_worker_hears_that_its_parent_is_gone(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import socket

    from appliance.proxy.workers import WorkerLink

    async def main() -> bool:
        parent_end, worker_end = socket.socketpair()
        link = WorkerLink(worker_end, 0, tmp_path / "limits.bin", tmp_path, 0)
        gone = asyncio.Event()
        link.watch_parent(gone.set)
        await asyncio.sleep(0.05)
        assert not gone.is_set()
        parent_end.close()  # the parent died: the kernel closes its end
        await asyncio.wait_for(gone.wait(), 10)
        return gone.is_set()

    assert asyncio.run(main())
