"""The per-replica circuit breaker with a fake clock."""

from __future__ import annotations

import pytest

from appliance.proxy.breaker import (
    CLOSED,
    HALF_OPEN,
    OPEN,
    Breaker,
    BreakerConfig,
    Breakers,
    trip_reason,
)

CFG = BreakerConfig()


@pytest.mark.parametrize(
    ("n_reopens", "seconds"), [(0, 10), (1, 20), (2, 40), (3, 80), (4, 120), (10, 120), (-1, 10)]
)
def test_cooldown_doubles_up_to_the_cap(n_reopens: int, seconds: float) -> None:
    assert BreakerConfig(cooldown_s=10, max_cooldown_s=120).cooldown(n_reopens) == seconds


@pytest.mark.parametrize(
    ("in_a_row", "failures", "results", "trips"),
    [
        (4, 4, 4, False),  # under consecutive_failures
        (5, 5, 5, True),  # five in a row
        (1, 4, 9, False),  # ratio 0.44, and under min_requests
        (1, 5, 9, False),  # ratio over 0.5 but only 9 results: too few to judge
        (1, 5, 10, True),  # 5 of 10
        (1, 9, 20, False),  # 0.45
        (1, 10, 20, True),  # 0.5
    ],
)
def test_trip_reason(in_a_row: int, failures: int, results: int, trips: bool) -> None:
    assert bool(trip_reason(CFG, in_a_row, failures, results)) is trips


def fail(b: Breaker, n: int, now: float = 0.0) -> None:
    for _ in range(n):
        b.on_failure(now)


def test_opens_after_consecutive_failures_and_a_success_resets_the_count() -> None:
    b = Breaker()
    fail(b, 4)
    b.on_success(0)
    fail(b, 4)
    assert b.state == CLOSED and b.allow(0)
    b.on_failure(0)
    assert b.state == OPEN
    assert b.reason == "5 failures in a row"
    assert not b.allow(0)


def test_opens_on_the_failure_ratio_of_the_window() -> None:
    b = Breaker()
    # alternate: never two failures in a row, but half of them fail
    for i in range(9):
        (b.on_failure if i % 2 == 0 else b.on_success)(0)
    assert b.state == CLOSED  # 5 of 9: too few results to judge yet
    b.on_success(0)
    assert b.state == CLOSED  # 5 of 10 decided on a success: a success never opens
    b.on_failure(0)
    assert b.state == OPEN and "of the last 11" in b.reason


def test_old_results_slide_out_of_the_window() -> None:
    b = Breaker(BreakerConfig(window=10, min_requests=10, consecutive_failures=100))
    fail(b, 4)
    for _ in range(10):
        b.on_success(0)
    fail(b, 4)  # 4 of the last 10; the first 4 failures have slid out
    assert b.state == CLOSED


def test_cooldown_then_one_probe_at_a_time_then_closed() -> None:
    b = Breaker()
    fail(b, 5, now=100)
    assert not b.allow(109.9)
    assert b.peek(110) and b.state == OPEN  # peek changes nothing
    assert b.allow(110)
    assert b.state == HALF_OPEN
    assert not b.allow(110) and not b.peek(111)  # the probe is out
    b.on_success(115)
    assert b.state == CLOSED and b.allow(115) and b.allow(115)
    # the window was cleared: four failures do not open it, five in a row still do
    fail(b, 4, now=116)
    assert b.state == CLOSED
    b.on_failure(116)
    assert b.state == OPEN and b.to_dict()["open_until"] == 126


def test_failed_probes_double_the_cooldown_up_to_the_cap() -> None:
    b = Breaker(BreakerConfig(cooldown_s=10, max_cooldown_s=30))
    fail(b, 5, now=0)
    now = 0.0
    for cooldown in (20, 30, 30):
        now += 10 if cooldown == 20 else 30
        assert b.allow(now)
        b.on_failure(now)
        assert b.state == OPEN
        assert not b.allow(now + cooldown - 0.1)
        assert b.to_dict()["open_until"] == now + cooldown
    # a successful probe resets the backoff
    now += 30
    assert b.allow(now)
    b.on_success(now)
    fail(b, 5, now=now)
    assert b.to_dict()["open_until"] == now + 10


def test_a_lost_probe_stops_blocking_after_the_probe_timeout() -> None:
    b = Breaker(BreakerConfig(probe_timeout_s=60))
    fail(b, 5, now=0)
    assert b.allow(10)
    assert not b.allow(69)
    assert b.allow(70)


def test_results_while_open_are_ignored() -> None:
    b = Breaker()
    fail(b, 5, now=0)
    b.on_failure(9)  # late answers from requests sent before it opened
    b.on_success(9)
    assert b.state == OPEN
    assert b.allow(10)  # the cooldown was not extended


def test_to_dict() -> None:
    b = Breaker()
    b.on_failure(0)
    assert b.to_dict() == {
        "state": "closed", "reason": "", "failures_in_a_row": 1, "window_failures": 1,
        "window_size": 1, "open_until": None, "reopens": 0, "opened": 0,
    }


def test_registry_creates_on_first_use_and_peeks_without_side_effects() -> None:
    reg = Breakers(BreakerConfig(consecutive_failures=1))
    assert reg.peek("a", 0)  # no breaker yet
    assert reg.allow("a", 0)
    reg.on_failure("a", 0)
    reg.on_success("b", 0)
    assert not reg.peek("a", 0) and reg.peek("b", 0)
    assert reg.peek("a", 10)  # cooldown over: a probe would be allowed
    assert reg.get("a").state == OPEN  # peeking took no probe slot
    assert sorted(reg.to_dict()) == ["a", "b"]


def test_results_after_the_cooldown_count_as_probes_even_without_allow() -> None:
    b = Breaker(BreakerConfig(cooldown_s=10))
    fail(b, 5, now=0)
    b.on_success(10)  # sent after the cooldown without asking allow()
    assert b.state == CLOSED
    fail(b, 5, now=20)
    b.on_failure(30)
    assert b.state == OPEN and b.to_dict()["open_until"] == 50  # reopened, doubled
