"""Draining: when an engine that is about to stop has no more requests in flight.

A changed or removed engine is first marked `draining` in the routes document; proxies
stop choosing it the moment they apply that version. It may stop once

1. every proxy that watches the routes has applied that version and reports none of its
   own requests on it. Each watcher's long poll (`GET /v1/routes?after=...`) says which
   version it holds and which draining replicas it still has requests on (`busy`); a
   proxy polls again whenever that set shrinks. The `WatcherBook` keeps what each said.
2. the engine itself reports no request running or waiting (vLLM's
   `vllm:num_requests_running` and `vllm:num_requests_waiting`, which the simulated
   engine exports too). An engine whose metrics cannot be read counts as idle: the
   proxies' word is then all there is.

Both are bounded by `[agent] drain_timeout_s`. Pure: the shell passes `now` in.
"""

from __future__ import annotations

from collections.abc import Callable, Set
from dataclasses import dataclass

from prometheus_client.parser import text_string_to_metric_families

# A watcher between two polls (it got an answer and has not asked again yet) still counts
# for this long; one whose poll is open counts while its connection is.
WATCHER_GRACE_S = 5.0
IN_FLIGHT_METRICS = ("vllm:num_requests_running", "vllm:num_requests_waiting")


@dataclass
class Watcher:
    epoch: str | None
    version: int  # the version it has applied
    busy: frozenset[str]  # draining replica keys it still has requests on
    seen: float  # when it last asked or was answered
    poll: int  # the serial of its latest poll
    open: bool  # that poll is waiting for an answer
    connected: Callable[[], bool]  # its connection is still up


class WatcherBook:
    """What each watcher of the routes said in its latest poll."""

    def __init__(self, grace_s: float = WATCHER_GRACE_S):
        self.grace_s = grace_s
        self.watchers: dict[str, Watcher] = {}
        self._polls = 0

    def polled(
        self, name: str, epoch: str | None, version: int, busy: frozenset[str], now: float,
        connected: Callable[[], bool],
    ) -> int:
        """A poll from watcher `name` begins; returns its serial for `answered`."""
        self.live(now)  # forget the watchers that are gone (a restarted proxy's old self)
        self._polls += 1
        self.watchers[name] = Watcher(epoch, version, busy, now, self._polls, True, connected)
        return self._polls

    def answered(self, name: str, poll: int, now: float) -> None:
        """The poll `poll` of `name` was answered (a later poll of it is left alone)."""
        watcher = self.watchers.get(name)
        if watcher is not None and watcher.poll == poll:
            watcher.open = False
            watcher.seen = now

    def live(self, now: float) -> dict[str, Watcher]:
        """The watchers still there; the others are forgotten."""
        self.watchers = {
            name: w for name, w in self.watchers.items()
            if (w.open and w.connected()) or now - w.seen <= self.grace_s
        }
        return self.watchers

    def waiting_for(self, epoch: str, version: int, keys: Set[str], now: float) -> list[str]:
        """The live watchers that have not applied (epoch, version) yet, or still have
        requests on one of `keys`."""
        return sorted(
            name for name, w in self.live(now).items()
            if w.epoch != epoch or w.version < version or w.busy & keys
        )


def requests_in_flight(metrics_text: str) -> int | None:
    """Running plus waiting requests from an engine's Prometheus text (summed over label
    sets); None when it exports neither, or when the text does not parse (such an engine
    counts as idle)."""
    try:
        samples = [sample for family in text_string_to_metric_families(metrics_text)
                   for sample in family.samples if sample.name in IN_FLIGHT_METRICS]
    except ValueError:
        return None
    return round(sum(s.value for s in samples)) if samples else None
