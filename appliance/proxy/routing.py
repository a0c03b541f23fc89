"""Replica choice: which engine replica of a model gets the next request.

Pure and deterministic: the shell passes the replicas as it sees them now (load counted by
this proxy process), the replicas already tried for this request, and a round-robin
counter; the same inputs always give the same replica.

Policies:
- least_outstanding: the lowest (outstanding + 1) / capacity, i.e. the replica whose load
  ratio would be lowest *after* taking the request, so capacity weights are respected (a
  replica with capacity 3 takes three requests for each one a capacity-1 replica takes).
  Among equal scores, this node's own replicas first with `prefer_local` (no network hop),
  then by key.
- round_robin: rr_counter modulo the usable replicas sorted by key.
- session_affinity: weighted rendezvous hashing of the session, so a session keeps landing
  on the same replica (warm prefix cache) and adding or removing a replica moves only the
  sessions that hash to it. Stickiness gives way when the sticky replica is saturated or
  clearly overloaded (see `affinity_broken`): then least_outstanding decides.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Sequence
from dataclasses import dataclass

LEAST_OUTSTANDING = "least_outstanding"
ROUND_ROBIN = "round_robin"
SESSION_AFFINITY = "session_affinity"
POLICIES = (LEAST_OUTSTANDING, ROUND_ROBIN, SESSION_AFFINITY)

# Stickiness breaks when the sticky replica's load ratio is more than this many times the
# mean load ratio of the alternatives ...
AFFINITY_BREAK_RATIO = 2.0
# ... and it has more than this many requests in flight: with an idle fleet one request is
# "infinitely" above a mean of 0, which is no reason to lose a warm prefix cache. A count,
# not a ratio: capacity units are arbitrary (GiB, GPUs), so a ratio floor would mean 80
# requests on one replica and less than one on another.
AFFINITY_BREAK_FLOOR = 2


@dataclass(frozen=True)
class Replica:
    key: str  # unique id, e.g. "node-a/engine-chat-0"
    model: str
    address: object  # where the engine client sends it (upstream.Address); opaque here
    capacity: float  # relative weight (> 0): a 4-GPU replica may have 8.0, a 10% one 0.1
    outstanding: int  # requests in flight: this proxy's, or a remote replica's reported load
    max_outstanding: int  # at or above this, the replica is saturated
    local: bool = True  # this node's own engine (False: on another node, through its relay)

    def __post_init__(self) -> None:
        if not self.capacity > 0:  # also rejects NaN
            raise ValueError(f"replica {self.key}: capacity must be > 0, got {self.capacity}")

    @property
    def saturated(self) -> bool:
        return self.outstanding >= self.max_outstanding


def load_ratio(outstanding: int, capacity: float) -> float:
    """How loaded a replica is: requests in flight per unit of capacity."""
    return outstanding / capacity


def least_outstanding_score(outstanding: int, capacity: float) -> float:
    """The load ratio a replica would have with one more request. Counting the new request
    makes an idle big replica (1/8) win over an idle small one (1/0.1), where the plain
    ratio would tie them at 0."""
    return (outstanding + 1) / capacity


def unit_hash(*parts: str) -> float:
    """A uniform number in (0, 1) from `parts`, stable across processes and runs (unlike
    Python's salted hash()); parts are joined with NUL so ("ab", "c") != ("a", "bc")."""
    digest = hashlib.sha256("\0".join(parts).encode()).digest()
    return (int.from_bytes(digest[:8], "big") + 0.5) / 2**64


def rendezvous_score(session: str, key: str, weight: float) -> float:
    """Weighted rendezvous (highest random weight) score of `key` for `session`: the key
    with the highest score wins. -weight / ln(u) makes each key win with probability
    weight / total weight, and a key's score does not depend on the other keys, so adding or
    removing one moves only the sessions it wins or won."""
    return -weight / math.log(unit_hash(session, key))


def affinity_broken(outstanding: int, ratio: float, others_mean_ratio: float) -> bool:
    """Whether the sticky replica (`outstanding` in flight, load ratio `ratio`) is too
    loaded to keep its session. Compared with the mean ratio of the *other* candidates:
    were the sticky one included, with two replicas it could never exceed twice the mean."""
    return ratio > AFFINITY_BREAK_RATIO * others_mean_ratio and outstanding > AFFINITY_BREAK_FLOOR


def all_saturated(replicas: Sequence[Replica]) -> bool:
    """True when no replica can take a request (also when there are none): the shell then
    queues the request."""
    return all(r.saturated for r in replicas)


def choose(
    policy: str,
    replicas: Sequence[Replica],
    *,
    session: str | None,
    exclude: frozenset[str],
    rr_counter: int,
    prefer_local: bool = True,
) -> Replica | None:
    """The replica for the next request under `policy`, never one in `exclude` (already
    tried for this request) or a saturated one; None when none is left.

    Raises ValueError for an unknown policy."""
    if policy not in POLICIES:
        raise ValueError(f"unknown routing policy {policy!r}; expected one of {POLICIES}")
    usable = sorted(
        (r for r in replicas if r.key not in exclude and not r.saturated), key=lambda r: r.key
    )
    if not usable:
        return None
    if policy == ROUND_ROBIN:
        return usable[rr_counter % len(usable)]
    if policy == SESSION_AFFINITY and session is not None:
        sticky = _sticky(replicas, session, exclude)
        if sticky is not None and not sticky.saturated:
            others = [r for r in usable if r.key != sticky.key]
            if not others:
                return sticky
            mean = sum(load_ratio(r.outstanding, r.capacity) for r in others) / len(others)
            ratio = load_ratio(sticky.outstanding, sticky.capacity)
            if not affinity_broken(sticky.outstanding, ratio, mean):
                return sticky
    return min(usable, key=lambda r: (least_outstanding_score(r.outstanding, r.capacity),
                                      prefer_local and not r.local, r.key))


def _sticky(replicas: Sequence[Replica], session: str, exclude: frozenset[str]) -> Replica | None:
    """The rendezvous winner among the replicas not excluded. Saturated ones take part, so
    a session whose replica is merely busy goes to the least loaded one, not to its second
    choice; on a retry (its replica excluded) it does go to the second choice, which is
    where it will land for good if the first one is removed."""
    candidates = [r for r in replicas if r.key not in exclude]
    if not candidates:
        return None
    return max(candidates, key=lambda r: (rendezvous_score(session, r.key, r.capacity), r.key))
