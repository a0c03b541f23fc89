"""Per-API-key limits: requests per minute, tokens per minute, requests in flight.

Token buckets that refill continuously: capacity = the per-minute limit, refill rate =
limit / 60 per second, full when a key is first seen. A request takes one token from the
requests bucket when admitted. Tokens (prompt + completion) are only known when the request
ends, so they are charged then, and the tokens bucket may go negative: a key that spent
more than it had is refused until the bucket has refilled back to zero. The limit is thus
a rate over time, not a cap on one request's size. A limit of 0 refuses every request.

Sans-I/O: `now` (monotonic seconds) is passed in. `try_acquire` checks and takes in one
call, so nothing can slip in between; every admitted request must be ended by `release`.
The keys' states live in a mapping given to the limiter: a dict (one process), or the
node's table in shared memory (`node_limiter`, several workers); every change is written
back with `keys[key_id] = state`, so the mapping sees each one.

In a fleet (docs/fleet.md) every node keeps its own buckets for a key and also charges
them with what the other nodes' proxies admitted (`absorb`): each node counts what it
admitted and charged (`admitted`, `charged`: counters that only grow, from the record's
`born`) and pushes them to its peers, who take the growth since they last heard. The
concurrency limit counts the requests in flight on the other nodes as they last reported
them (`remote_in_flight`). appliance.fleet.usage holds the merge and the bound.
"""

from __future__ import annotations

import math
from collections.abc import MutableMapping
from dataclasses import dataclass, field

# A request refused for concurrency has no computable wait (it depends on when others
# finish): this is the Retry-After the client gets.
CONCURRENCY_RETRY_S = 1.0
# The longest wait ever reported: a zero limit never refills, but Retry-After must be a number.
MAX_WAIT_S = 3600.0


@dataclass(frozen=True)
class Limits:
    requests_per_minute: int | None = None
    tokens_per_minute: int | None = None
    concurrent: int | None = None

    def __post_init__(self) -> None:
        for name in ("requests_per_minute", "tokens_per_minute", "concurrent"):
            value = getattr(self, name)
            if value is not None and value < 0:
                raise ValueError(f"{name} must be >= 0 or None (no limit), got {value}")

    @property
    def unlimited(self) -> bool:
        """No limit at all: such a key's requests need no limiter."""
        return (self.requests_per_minute is None and self.tokens_per_minute is None
                and self.concurrent is None)


@dataclass(frozen=True)
class Decision:
    allowed: bool
    retry_after_s: float  # 0.0 when allowed
    headers: dict[str, str] = field(default_factory=dict)
    reason: str = ""  # when refused: "requests", "tokens" or "concurrent"


def refill(level: float, capacity: float, rate: float, elapsed: float) -> float:
    """The bucket level `elapsed` seconds later: up by rate * elapsed, never over capacity.
    A clock that went backwards (elapsed < 0) refills nothing."""
    return min(capacity, level + rate * max(0.0, elapsed))


def time_until(level: float, n: float, rate: float) -> float:
    """Seconds until a bucket at `level` holds `n` tokens (0 when it already does), at most
    MAX_WAIT_S (a bucket that never refills)."""
    if level >= n:
        return 0.0
    return MAX_WAIT_S if rate <= 0 else min(MAX_WAIT_S, (n - level) / rate)


def format_duration(seconds: float) -> str:
    """A reset header value the way OpenAI writes it: "20ms", "1.5s", "6m0s", "1h0m0s"."""
    ms = round(seconds * 1000) if seconds > 0 else 0
    if ms == 0:
        return "0s"
    if ms < 1000:
        return f"{ms}ms"
    minutes, rest = divmod(ms, 60_000)
    hours, minutes = divmod(minutes, 60)
    text = f"{rest / 1000:.3f}".rstrip("0").rstrip(".") + "s"
    if hours:
        return f"{hours}h{minutes}m{text}"
    return f"{minutes}m{text}" if minutes else text


# admit's answer: (admitted, requests level, tokens level, requests in flight in the fleet)
Levels = tuple[bool, float | None, float | None, int]


@dataclass
class KeyState:
    at: float  # when the levels were last brought up to date
    requests: float | None = None  # None: no limit when last seen
    tokens: float | None = None
    in_flight: int = 0
    limits: Limits = field(default_factory=Limits)
    # What this node did with the key since `born` (its peers take the growth of these)
    born: float = -1.0  # -1: when the state was made (`at`)
    admitted: int = 0  # requests admitted here
    charged: int = 0  # tokens charged here
    remote_in_flight: int = 0  # in flight on the other nodes, as they last reported

    def __post_init__(self) -> None:
        if self.born < 0:
            self.born = self.at

    def update(self, limits: Limits, now: float) -> None:
        """Refill both buckets to `now` under `limits`. A limit new to this key starts
        full; a lowered one clips the level to the new capacity."""
        elapsed = now - self.at
        self.requests = _level(self.requests, limits.requests_per_minute, elapsed)
        self.tokens = _level(self.tokens, limits.tokens_per_minute, elapsed)
        self.at = max(self.at, now)
        self.limits = limits

    def full(self) -> bool:
        rpm, tpm = self.limits.requests_per_minute, self.limits.tokens_per_minute
        return (self.requests is None or rpm is None or self.requests >= rpm) and (
            self.tokens is None or tpm is None or self.tokens >= tpm
        )

    def forgettable(self, now: float) -> bool:
        """Nothing in flight and both buckets full at `now`: a forgotten key starts full,
        so forgetting this one changes no decision."""
        if self.in_flight or self.remote_in_flight:
            return False
        self.update(self.limits, now)
        return self.full()


def _level(level: float | None, per_minute: int | None, elapsed: float) -> float | None:
    if per_minute is None:
        return None
    if level is None:
        return float(per_minute)
    return refill(level, per_minute, per_minute / 60, elapsed)


class RateLimiter:
    def __init__(self, keys: MutableMapping[str, KeyState] | None = None):
        self._keys = {} if keys is None else keys

    def try_acquire(self, key_id: str, limits: Limits, now: float) -> Decision:
        """Admit a request if the key's limits allow it now: takes one request token and
        counts it in flight. The caller must call `release` when it ends (however it
        ends) if and only if the decision says allowed."""
        return decide(limits, *self.admit(key_id, limits, now))

    def admit(self, key_id: str, limits: Limits, now: float) -> Levels:
        """`try_acquire`'s bookkeeping without its headers: whether the request was
        admitted, and what `decide` needs to say so (the node's limiter sends these to
        the worker, which builds the headers)."""
        state = self._keys.get(key_id)
        if state is None:
            state = KeyState(at=now)
        state.update(limits, now)
        allowed = _admits(state, limits)
        if allowed:
            if state.requests is not None:
                state.requests -= 1
            state.in_flight += 1
            state.admitted += 1
        self._keys[key_id] = state
        return allowed, state.requests, state.tokens, state.in_flight + state.remote_in_flight

    def release(self, key_id: str, tokens_used: int, now: float) -> None:
        """End an admitted request and charge its tokens (prompt + completion; 0 when
        unknown, e.g. the client went away before usage was counted)."""
        state = self._keys.get(key_id)
        if state is None:
            return
        state.update(state.limits, now)
        state.in_flight = max(0, state.in_flight - 1)
        if state.tokens is not None:
            state.tokens -= max(0, tokens_used)
        state.charged += max(0, tokens_used)
        self._keys[key_id] = state

    def absorb(self, key_id: str, limits: Limits, requests: int, tokens: int,
               remote_in_flight: int, now: float) -> None:
        """What the other nodes did with the key since they last told us: `requests`
        admitted and `tokens` charged there come off this node's buckets, and
        `remote_in_flight` are in flight there now. `limits` are the key's as a peer knows
        them: used only when this node has no state for the key yet. A bucket taken below
        zero this way (the fleet admitted more than this node knew) refuses until it has
        refilled; it goes no lower than minus one minute's limit (`debit`)."""
        state = self._keys.get(key_id)
        if state is None:
            state = KeyState(at=now, limits=limits)
        state.update(state.limits, now)
        state.requests = debit(state.requests, requests, state.limits.requests_per_minute)
        state.tokens = debit(state.tokens, tokens, state.limits.tokens_per_minute)
        state.remote_in_flight = max(0, remote_in_flight)
        self._keys[key_id] = state

    def in_flight(self, key_id: str) -> int:
        state = self._keys.get(key_id)
        return 0 if state is None else state.in_flight

    def sweep(self, now: float) -> int:
        """Forget keys with nothing in flight whose buckets have refilled: a forgotten key
        starts full, so forgetting them changes no decision. Returns how many went. Called
        every minute (`node_limiter.sweep_every`; the node's shared table has its own,
        `SharedKeys.sweep`), so memory is bounded by the keys active in the last minutes,
        not by every key ever seen."""
        gone = [key_id for key_id, state in self._keys.items() if state.forgettable(now)]
        for key_id in gone:
            del self._keys[key_id]
        return len(gone)

    def __len__(self) -> int:
        return len(self._keys)


def debit(level: float | None, used: float, per_minute: int | None) -> float | None:
    """A bucket at `level` charged with `used` that another node spent: down by `used`,
    but to no less than minus one minute's limit (unless it was lower already), so that a
    partition that heals costs the key at most about two minutes of refusals, not as long
    as the partition lasted."""
    if level is None or per_minute is None or used <= 0:
        return level
    return max(level - used, min(level, -float(per_minute)))


def _admits(state: KeyState, limits: Limits) -> bool:
    """Whether `limits` admit one more request of `state` (already refilled to now); the
    requests in flight are this node's and those the other nodes last reported."""
    return ((state.requests is None or state.requests >= 1)
            and (state.tokens is None or (state.tokens >= 0 and limits.tokens_per_minute != 0))
            and (limits.concurrent is None
                 or state.in_flight + state.remote_in_flight < limits.concurrent))


def decide(limits: Limits, allowed: bool, requests: float | None, tokens: float | None,
           in_flight: int) -> Decision:
    """The decision and its headers, from `admit`'s answer: the levels after the request
    was taken (allowed), or the levels that refused it; a refusal names the limit with the
    longest wait."""
    rpm, tpm = limits.requests_per_minute, limits.tokens_per_minute
    waits: dict[str, float] = {}
    headers: dict[str, str] = {}
    if rpm is not None and requests is not None:
        rate = rpm / 60
        waits["requests"] = time_until(requests, 1, rate)
        headers["x-ratelimit-limit-requests"] = str(rpm)
        headers["x-ratelimit-remaining-requests"] = str(max(0, math.floor(requests)))
        headers["x-ratelimit-reset-requests"] = format_duration(time_until(requests, rpm, rate))
    if tpm is not None and tokens is not None:
        rate = tpm / 60
        # a limit of 0 refuses everything (the bucket, at 0, would admit one request)
        waits["tokens"] = MAX_WAIT_S if tpm == 0 else time_until(tokens, 0, rate)
        headers["x-ratelimit-limit-tokens"] = str(tpm)
        headers["x-ratelimit-remaining-tokens"] = str(max(0, math.floor(tokens)))
        headers["x-ratelimit-reset-tokens"] = format_duration(time_until(tokens, tpm, rate))
    if allowed:
        return Decision(True, 0.0, headers)
    if limits.concurrent is not None and in_flight >= limits.concurrent:
        waits["concurrent"] = CONCURRENCY_RETRY_S
    reason = max(waits, key=lambda k: waits[k], default="requests")
    return Decision(False, waits.get(reason, CONCURRENCY_RETRY_S), headers, reason)
