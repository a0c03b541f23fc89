"""A circuit breaker per replica, sans-I/O: the shell reports outcomes and asks before
sending; `now` is passed in.

closed --(too many failures)--> open --(cooldown passed, allow())--> half_open
half_open --(probe succeeds)--> closed;  half_open --(probe fails)--> open, longer cooldown

"Too many failures" is either `consecutive_failures` in a row (a replica that died) or a
failure ratio over a sliding window of recent results (a replica that fails one request in
two: never five in a row, still not worth sending users to). In half_open one probe at a
time goes through, so a recovering engine is not hit by the whole backlog at once.

What counts as a failure is the shell's call: connection errors, timeouts before the first
byte and 5xx from the engine, not 4xx (the client's fault) or client disconnects.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

CLOSED = "closed"
OPEN = "open"
HALF_OPEN = "half_open"


@dataclass(frozen=True)
class BreakerConfig:
    consecutive_failures: int = 5
    window: int = 20  # results kept for the failure ratio
    min_requests: int = 10  # results needed in the window before the ratio counts
    failure_ratio: float = 0.5
    cooldown_s: float = 10.0
    max_cooldown_s: float = 120.0
    # A probe whose outcome never arrives (lost by the shell) stops blocking further
    # probes after this long, so a breaker cannot stay half_open for good.
    probe_timeout_s: float = 60.0

    def cooldown(self, n_reopens: int) -> float:
        """Seconds to stay open after opening for the (n_reopens + 1)-th time in a row
        without a successful probe in between: doubling from cooldown_s, capped, so a
        dead replica is probed less and less often."""
        return min(self.cooldown_s * 2 ** max(0, n_reopens), self.max_cooldown_s)


class Breaker:
    def __init__(self, config: BreakerConfig | None = None):
        self.config = config or BreakerConfig()
        self._state = CLOSED
        self._results: deque[bool] = deque(maxlen=self.config.window)  # True = failure
        self._in_a_row = 0
        self._reopens = 0
        self._open_until = 0.0
        self._probe_since: float | None = None
        self.opened = 0  # times opened, for metrics
        self.reason = ""

    @property
    def state(self) -> str:
        """closed, open or half_open, as of the last call (an open breaker whose cooldown
        has passed says open until the next allow() or result)."""
        return self._state

    def peek(self, now: float) -> bool:
        """Whether allow(now) would say True, without taking the probe slot: for the shell
        to leave refusing replicas out of routing before it picks one."""
        if self._state == CLOSED:
            return True
        if self._state == OPEN:
            return now >= self._open_until
        return self._probe_since is None or now - self._probe_since >= self.config.probe_timeout_s

    def allow(self, now: float) -> bool:
        """Whether a request may go to the replica now. In half_open a True is the one
        probe: the caller must send it and report its outcome."""
        if not self.peek(now):
            return False
        self._cooled(now)
        if self._state == HALF_OPEN:
            self._probe_since = now
        return True

    def _cooled(self, now: float) -> None:
        """Open with the cooldown over is half_open. Done on every call, not only in
        allow(), so that a result reported after the cooldown is taken as a probe's even
        from a caller that sent without asking allow() (else it would stay open for good)."""
        if self._state == OPEN and now >= self._open_until:
            self._state = HALF_OPEN
            self._probe_since = None

    def on_success(self, now: float) -> None:
        """A request to the replica succeeded. In half_open this closes the breaker (any
        success counts as the probe's: results are not told apart, and a success is
        evidence of health either way)."""
        self._cooled(now)
        if self._state == HALF_OPEN:
            self._state = CLOSED
            self._reopens = 0
            self._results.clear()
            self._probe_since = None
            self.reason = ""
        if self._state == CLOSED:
            self._in_a_row = 0
            self._results.append(False)
        # open: a late answer to a request sent before opening; the cooldown still runs

    def on_failure(self, now: float) -> None:
        """A request to the replica failed. Ignored while open (a late answer to a request
        sent before opening must not extend the cooldown)."""
        self._cooled(now)
        if self._state == HALF_OPEN:
            self._reopens += 1
            self._open(now, "probe failed")
        elif self._state == CLOSED:
            self._in_a_row += 1
            self._results.append(True)
            reason = trip_reason(
                self.config, self._in_a_row, sum(self._results), len(self._results)
            )
            if reason:
                self._reopens = 0
                self._open(now, reason)

    def _open(self, now: float, reason: str) -> None:
        self._state = OPEN
        self._open_until = now + self.config.cooldown(self._reopens)
        self._probe_since = None
        self._in_a_row = 0
        self.opened += 1
        self.reason = reason

    def to_dict(self) -> dict:
        return {
            "state": self._state,
            "reason": self.reason,
            "failures_in_a_row": self._in_a_row,
            "window_failures": sum(self._results),
            "window_size": len(self._results),
            "open_until": self._open_until if self._state == OPEN else None,
            "reopens": self._reopens,
            "opened": self.opened,
        }


def trip_reason(config: BreakerConfig, in_a_row: int, failures: int, results: int) -> str:
    """Why a closed breaker should open, or "" if it should not: `in_a_row` failures in a
    row, or `failures` among the last `results` (once there are enough to judge)."""
    if in_a_row >= config.consecutive_failures:
        return f"{in_a_row} failures in a row"
    if results >= config.min_requests and failures / results >= config.failure_ratio:
        return f"{failures} of the last {results} requests failed"
    return ""


class Breakers:
    """One breaker per replica key, created on first use."""

    def __init__(self, config: BreakerConfig | None = None):
        self.config = config or BreakerConfig()
        self._breakers: dict[str, Breaker] = {}

    def get(self, key: str) -> Breaker:
        breaker = self._breakers.get(key)
        if breaker is None:
            breaker = self._breakers[key] = Breaker(self.config)
        return breaker

    def allow(self, key: str, now: float) -> bool:
        return self.get(key).allow(now)

    def on_success(self, key: str, now: float) -> None:
        self.get(key).on_success(now)

    def on_failure(self, key: str, now: float) -> None:
        self.get(key).on_failure(now)

    def forget(self, key: str) -> None:
        """Drop `key`'s breaker: its next use starts closed, with nothing counted."""
        self._breakers.pop(key, None)

    def peek(self, key: str, now: float) -> bool:
        """Whether a request could go to `key` now (no side effects); True for a replica
        without a breaker yet."""
        breaker = self._breakers.get(key)
        return breaker is None or breaker.peek(now)

    def to_dict(self) -> dict[str, dict]:
        return {k: b.to_dict() for k, b in sorted(self._breakers.items())}
