"""Bookkeeping of the requests waiting for a model whose replicas are all saturated.

Pure: the shell keeps one future per waiting request; this decides who goes next (oldest
first), who has waited too long, and when the queue is full. Each request carries its own
deadline; `expire` looks at every entry rather than relying on their order, which is cheap
for queues bounded at a few hundred.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterator


class ModelQueue:
    def __init__(self, max_size: int):
        if max_size < 0:
            raise ValueError(f"queue size must be >= 0, got {max_size}")
        self.max_size = max_size
        self._waiting: dict[Hashable, float] = {}  # req_id -> deadline, in arrival order

    def push(self, req_id: Hashable, deadline: float) -> bool:
        """Queue a request until `deadline` (same clock as `now`). False when the queue is
        full: the caller answers 529 at once. Raises ValueError for an id already queued."""
        if req_id in self._waiting:
            raise ValueError(f"request {req_id!r} is already queued")
        if len(self._waiting) >= self.max_size:
            return False
        self._waiting[req_id] = deadline
        return True

    def pop_ready(self, now: float | None = None) -> Hashable | None:
        """Take the oldest waiting request, for a replica that just freed up; None when
        none waits. With `now`, requests whose deadline has passed are skipped and left
        for `expire` to report (the caller owes them an answer)."""
        for req_id, deadline in self._waiting.items():
            if now is None or now < deadline:
                del self._waiting[req_id]
                return req_id
        return None

    def expire(self, now: float) -> list[Hashable]:
        """Take the requests whose deadline has passed (deadline <= now), oldest first:
        the caller answers each with a queue timeout."""
        gone = [r for r, deadline in self._waiting.items() if deadline <= now]
        for req_id in gone:
            del self._waiting[req_id]
        return gone

    def remove(self, req_id: Hashable) -> bool:
        """Drop a request whose client went away; False if it was not queued (already
        popped or expired)."""
        if req_id not in self._waiting:
            return False
        del self._waiting[req_id]
        return True

    def next_deadline(self) -> float | None:
        """The earliest deadline in the queue: when the shell should next call `expire`."""
        return min(self._waiting.values(), default=None)

    def __len__(self) -> int:
        return len(self._waiting)

    def __contains__(self, req_id: object) -> bool:
        return req_id in self._waiting

    def __iter__(self) -> Iterator[Hashable]:
        """The waiting ids, oldest first (for status pages)."""
        return iter(list(self._waiting))
