"""SerfMembership: the fleet as this node's Serf agent sees it, over Serf's RPC.

One connection carries one stream of member events, fanned out to every events() iterator
open at the time (so an iterator sees every event from the moment of its call). When the
connection breaks (Serf restarted under supervisord), it reconnects every `retry_s`; after
a reconnect, the tags set through this object are set again (a restarted Serf starts with
those of its config file), and each iterator gets every member's state as it is then
(member-join for alive members, member-failed / member-leave for the others), since events
may have been missed. Calls made while disconnected raise MembershipError.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Mapping, Sequence
from typing import Any

from appliance.fleet.membership import (
    EventKind,
    EventStream,
    Member,
    MemberEvent,
    MembershipError,
    MemberStatus,
)
from appliance.fleet.serf_rpc import SerfRPC, SerfUnavailable, member_address

log = logging.getLogger("appliance.fleet")

_STATUSES: frozenset[str] = frozenset({"alive", "leaving", "left", "failed"})
_KINDS: frozenset[str] = frozenset(
    {"member-join", "member-leave", "member-failed", "member-update", "member-reap"}
)


def to_member(raw: Mapping[str, Any]) -> Member:
    """One of Serf's member records as a Member (an unknown status counts as failed)."""
    status = str(raw.get("Status", ""))
    return Member(
        name=str(raw["Name"]), address=member_address(raw["Addr"]), port=int(raw["Port"]),
        status=status if status in _STATUSES else "failed",  # type: ignore[arg-type]
        tags={str(k): str(v) for k, v in (raw.get("Tags") or {}).items()},
    )


def to_event(record: Mapping[str, Any]) -> MemberEvent | None:
    kind = str(record.get("Event", ""))
    if kind not in _KINDS:
        return None
    return MemberEvent(kind, tuple(to_member(m) for m in record.get("Members") or ()))  # type: ignore[arg-type]


def resync_events(members: Sequence[Member]) -> list[MemberEvent]:
    """After a reconnect: every member's present state as events."""
    kinds: dict[MemberStatus, EventKind] = {
        "alive": "member-join", "leaving": "member-leave", "left": "member-leave",
        "failed": "member-failed",
    }
    return [MemberEvent(kinds[m.status], (m,)) for m in members]


class SerfMembership:
    """Implements appliance.fleet.membership.Membership over a Serf agent's RPC."""

    def __init__(self, host: str, port: int, token: str | None, retry_s: float = 1.0):
        self.host, self.port, self._token = host, port, token
        self.retry_s = retry_s
        self._rpc: SerfRPC | None = None
        self._subscribers: list[EventStream] = []
        self._closed = False
        self._task: asyncio.Task[None] | None = None
        self._queue: asyncio.Queue[dict[str, Any] | None] = asyncio.Queue()
        # the tags set through this object: set again after Serf restarts (it starts with
        # the tags of its config file) or when a set_tags failed while disconnected
        self._wanted: dict[str, str] = {}
        self._deleted: set[str] = set()

    @classmethod
    async def connect(
        cls, host: str, port: int, token: str | None, wait_s: float = 30.0, retry_s: float = 1.0
    ) -> SerfMembership:
        """Connected and streaming, waiting up to `wait_s` for Serf to answer (it may be
        starting). Raises MembershipError (SerfRPCError for a refused token)."""
        membership = cls(host, port, token, retry_s)
        deadline = asyncio.get_running_loop().time() + wait_s
        while True:
            try:
                await membership._open()
                break
            except SerfUnavailable:
                if asyncio.get_running_loop().time() >= deadline:
                    raise
                await asyncio.sleep(min(0.2, retry_s))
        membership._task = asyncio.ensure_future(membership._keep_connected())
        return membership

    # -- Membership ---------------------------------------------------------------------

    async def members(self) -> list[Member]:
        return [to_member(m) for m in await self._live().members()]

    def events(self) -> AsyncIterator[MemberEvent]:
        if self._closed:
            raise MembershipError("the membership is closed")
        events = EventStream()
        self._subscribers.append(events)
        return events

    async def set_tags(self, tags: Mapping[str, str], delete: Sequence[str] = ()) -> None:
        """Set (and delete) tags; when Serf does not answer, MembershipError, and the
        change is made as soon as the connection is back."""
        for key in delete:
            self._wanted.pop(key, None)
            self._deleted.add(key)
        self._wanted.update(tags)
        self._deleted.difference_update(tags)
        await self._live().tags(tags, delete)

    async def leave(self) -> None:
        await self._live().leave()

    async def close(self) -> None:
        self._closed = True
        if self._task is not None:
            self._task.cancel()
        if self._rpc is not None:
            await self._rpc.close()
            self._rpc = None
        subscribers, self._subscribers = self._subscribers, []
        for events in subscribers:
            events.end()

    @property
    def connected(self) -> bool:
        return self._rpc is not None and not self._rpc.closed

    # -- the connection -----------------------------------------------------------------

    def _live(self) -> SerfRPC:
        if self._closed:
            raise MembershipError("the membership is closed")
        if self._rpc is None or self._rpc.closed:
            raise SerfUnavailable(
                f"not connected to Serf's RPC on {self.host}:{self.port} (reconnecting)"
            )
        return self._rpc

    async def _open(self) -> SerfRPC:
        rpc = await SerfRPC.connect(self.host, self.port, self._token)
        try:
            _, queue = await rpc.stream()
        except BaseException:
            await rpc.close()
            raise
        self._rpc, self._queue = rpc, queue
        return rpc

    async def _keep_connected(self) -> None:
        while not self._closed:
            await self._pump(self._queue)
            if self._closed:
                return
            log.warning("lost Serf's RPC on %s:%d; reconnecting", self.host, self.port)
            while not self._closed:
                await asyncio.sleep(self.retry_s)
                try:
                    rpc = await self._open()
                    if self._wanted or self._deleted:
                        await rpc.tags(self._wanted, sorted(self._deleted))
                    members = await self.members()
                except MembershipError:
                    continue
                log.info("reconnected to Serf's RPC: %d members", len(members))
                for event in resync_events(members):
                    self._deliver(event)
                break

    async def _pump(self, queue: asyncio.Queue[dict[str, Any] | None]) -> None:
        while (record := await queue.get()) is not None:
            event = to_event(record)
            if event is not None:
                self._deliver(event)

    def _deliver(self, event: MemberEvent) -> None:
        for events in self._subscribers:
            events.put(event)
