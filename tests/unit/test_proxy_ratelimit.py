"""Per-key rate limits: the bucket formulas, 429 decisions and headers, and a property
over random arrival sequences."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from appliance.proxy.ratelimit import (
    CONCURRENCY_RETRY_S,
    MAX_WAIT_S,
    Limits,
    RateLimiter,
    format_duration,
    refill,
    time_until,
)


@pytest.mark.parametrize(
    ("level", "capacity", "rate", "elapsed", "after"),
    [
        (0.0, 60, 1.0, 10, 10.0),
        (55.0, 60, 1.0, 10, 60.0),  # never over capacity
        (-100.0, 60, 1.0, 30, -70.0),  # a debt refills like anything else
        (5.0, 60, 1.0, -3, 5.0),  # clock went backwards: nothing
        (0.0, 1000, 1000 / 60, 6, 100.0),
        (3.0, 3, 0.05, 100, 3.0),
    ],
)
def test_refill(level: float, capacity: float, rate: float, elapsed: float, after: float) -> None:
    assert refill(level, capacity, rate, elapsed) == pytest.approx(after)


@pytest.mark.parametrize(
    ("level", "n", "rate", "seconds"),
    [
        (0.0, 1, 1.0, 1.0),
        (0.5, 1, 0.5, 1.0),
        (2.0, 1, 1.0, 0.0),  # already there
        (-2000.0, 0, 1000 / 60, 120.0),  # tokens debt back to zero
        (0.0, 1, 0.0, MAX_WAIT_S),  # never refills: capped
        (0.0, 1, 1e-9, MAX_WAIT_S),
    ],
)
def test_time_until(level: float, n: float, rate: float, seconds: float) -> None:
    assert time_until(level, n, rate) == pytest.approx(seconds)


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(0, "0s"), (-1, "0s"), (0.0004, "0s"), (0.02, "20ms"), (0.9996, "1s"), (1.5, "1.5s"),
     (59.9996, "1m0s"), (360, "6m0s"), (361.25, "6m1.25s"), (3661.5, "1h1m1.5s")],
)
def test_format_duration(seconds: float, text: str) -> None:
    assert format_duration(seconds) == text


def test_negative_limits_are_rejected() -> None:
    with pytest.raises(ValueError, match="requests_per_minute"):
        Limits(requests_per_minute=-1)


def test_requests_per_minute_burst_then_refill_with_retry_after_and_headers() -> None:
    rl = RateLimiter()
    lim = Limits(requests_per_minute=3)
    got = [rl.try_acquire("k", lim, 0.0) for _ in range(4)]
    assert [d.allowed for d in got] == [True, True, True, False]
    assert got[0].headers == {
        "x-ratelimit-limit-requests": "3",
        "x-ratelimit-remaining-requests": "2",
        "x-ratelimit-reset-requests": "20s",  # one token back at 3 per minute
    }
    assert got[2].headers["x-ratelimit-reset-requests"] == "1m0s"
    refused = got[3]
    assert refused.reason == "requests" and refused.retry_after_s == pytest.approx(20.0)
    assert refused.headers["x-ratelimit-remaining-requests"] == "0"
    assert not rl.try_acquire("k", lim, 19.9).allowed
    assert rl.try_acquire("k", lim, 20.0).allowed
    # other keys have their own buckets
    assert rl.try_acquire("other", lim, 20.0).allowed


def test_concurrency_counts_until_release() -> None:
    rl = RateLimiter()
    lim = Limits(concurrent=2)
    assert rl.try_acquire("k", lim, 0).allowed and rl.try_acquire("k", lim, 0).allowed
    refused = rl.try_acquire("k", lim, 0)
    assert (refused.allowed, refused.reason) == (False, "concurrent")
    assert refused.retry_after_s == CONCURRENCY_RETRY_S
    assert refused.headers == {}  # no per-minute limits: no rate headers
    rl.release("k", 0, 1)
    assert rl.in_flight("k") == 1
    assert rl.try_acquire("k", lim, 1).allowed


def test_tokens_are_charged_after_the_fact_and_may_go_negative() -> None:
    rl = RateLimiter()
    lim = Limits(tokens_per_minute=1000)
    first = rl.try_acquire("k", lim, 0)
    assert first.allowed
    assert first.headers["x-ratelimit-remaining-tokens"] == "1000"
    assert first.headers["x-ratelimit-reset-tokens"] == "0s"
    rl.release("k", 3000, 0)  # one big request: 2000 tokens in debt
    refused = rl.try_acquire("k", lim, 0)
    assert (refused.allowed, refused.reason) == (False, "tokens")
    assert refused.retry_after_s == pytest.approx(120.0)  # 2000 at 1000/60 per second
    assert refused.headers["x-ratelimit-remaining-tokens"] == "0"
    assert refused.headers["x-ratelimit-reset-tokens"] == "3m0s"  # back to full 1000
    assert not rl.try_acquire("k", lim, 119.9).allowed
    assert rl.try_acquire("k", lim, 120.0).allowed


def test_the_longest_wait_is_reported_when_several_limits_refuse() -> None:
    rl = RateLimiter()
    lim = Limits(requests_per_minute=1, tokens_per_minute=60)
    assert rl.try_acquire("k", lim, 0).allowed
    rl.release("k", 600, 0)  # tokens: 540 in debt, 540 s; requests: 60 s
    refused = rl.try_acquire("k", lim, 0)
    assert refused.reason == "tokens" and refused.retry_after_s == pytest.approx(540.0)


@pytest.mark.parametrize("limits", [Limits(requests_per_minute=0), Limits(tokens_per_minute=0),
                                    Limits(concurrent=0)])
def test_a_zero_limit_refuses_every_request_with_a_finite_wait(limits: Limits) -> None:
    rl = RateLimiter()
    for now in (0.0, 1.0, 3600.0):
        refused = rl.try_acquire("k", limits, now)
        assert not refused.allowed and math.isfinite(refused.retry_after_s)


def test_unlimited_never_limits() -> None:
    rl = RateLimiter()
    for i in range(1000):
        d = rl.try_acquire("k", Limits(), i * 0.001)
        assert d.allowed and d.headers == {}
    rl.release("k", 10**9, 1.0)
    assert rl.try_acquire("k", Limits(), 1.0).allowed


def test_changed_limits_start_full_or_clip() -> None:
    rl = RateLimiter()
    assert rl.try_acquire("k", Limits(), 0).allowed
    # a limit added later starts full
    d = rl.try_acquire("k", Limits(requests_per_minute=10), 0)
    assert d.headers["x-ratelimit-remaining-requests"] == "9"
    # a lowered one clips the level
    d = rl.try_acquire("k", Limits(requests_per_minute=2), 0)
    assert d.headers["x-ratelimit-remaining-requests"] == "1"


def test_sweep_forgets_only_idle_keys_with_full_buckets() -> None:
    rl = RateLimiter()
    lim = Limits(requests_per_minute=60, tokens_per_minute=600)
    for key in ("idle", "busy", "debt"):
        assert rl.try_acquire(key, lim, 0).allowed
    rl.release("idle", 10, 0)
    rl.release("debt", 1200, 0)  # -600: full again after 120 s
    assert rl.sweep(0.5) == 0  # nothing refilled yet
    assert rl.sweep(60) == 1 and len(rl) == 2  # idle gone; busy in flight; debt still owed
    assert rl.sweep(119) == 0
    assert rl.sweep(120) == 1 and len(rl) == 1
    rl.release("busy", 0, 200)
    assert rl.sweep(200) == 1 and len(rl) == 0
    rl.release("gone", 5, 200)  # a release for an unknown key is harmless
    assert len(rl) == 0


@settings(max_examples=60, deadline=None)
@given(
    rpm=st.integers(min_value=1, max_value=30),
    gaps=st.lists(st.integers(min_value=0, max_value=5000), min_size=1, max_size=200),
)
def test_never_more_than_limit_plus_burst_in_any_window(rpm: int, gaps: list[int]) -> None:
    rl = RateLimiter()
    lim = Limits(requests_per_minute=rpm)
    now, allowed = 0.0, []
    for gap_ms in gaps:
        now += gap_ms / 1000
        if rl.try_acquire("k", lim, now).allowed:
            allowed.append(now)
            rl.release("k", 0, now)
    for i, start in enumerate(allowed):
        in_window = [t for t in allowed[i:] if t <= start + 60]
        # the bucket's capacity (the burst, = the limit) plus a minute of refill
        assert len(in_window) <= rpm + rpm
        # and over any shorter span, capacity plus the refill of that span
        for j, end in enumerate(in_window):
            assert j + 1 <= rpm + rpm * (end - start) / 60 + 1e-9
