"""Who is in the fleet: the one interface the agent sees membership through.

Serf is the implementation (appliance.fleet.serf_membership, over its RPC); unit tests use
the fake in appliance.testing.fleet_membership. Pure data, a protocol and the event
iterator its implementations share; no I/O.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal, Protocol

from appliance.errors import ApplianceError

# Serf's member statuses. `alive` members are routed to; the others are not.
MemberStatus = Literal["alive", "leaving", "left", "failed"]
EventKind = Literal["member-join", "member-leave", "member-failed", "member-update", "member-reap"]

# Tags: small facts only (Serf caps all of a member's tags at 512 bytes). Never replicas.
TAG_RELAY = "relay"  # "address:port" of the node's relay listener
TAG_VERSION = "version"  # the appliance version the node runs
TAG_CATALOG = "catalog"  # "<epoch>:<version>" of the node's routes document
TAG_DRAIN = "drain"  # "1" while the node is drained (`appliance drain`), else absent
TAG_ROLES = "roles"  # comma-separated: "engines", "proxy"
TAG_FLEET = "fleet"  # the fleet's name


class MembershipError(ApplianceError):
    """Membership cannot answer: Serf's RPC is unreachable, refused us, or this node has left."""


@dataclass(frozen=True)
class Member:
    name: str  # the node's name ([node] name)
    address: str  # its fleet address (Serf's advertised address)
    port: int  # its gossip port
    status: MemberStatus
    tags: Mapping[str, str] = field(default_factory=dict)

    @property
    def alive(self) -> bool:
        return self.status == "alive"

    @property
    def draining(self) -> bool:
        return self.tags.get(TAG_DRAIN) == "1"


@dataclass(frozen=True)
class MemberEvent:
    kind: EventKind
    members: tuple[Member, ...]


class Membership(Protocol):
    """The fleet as this node's agent sees it."""

    async def members(self) -> list[Member]:
        """Every member Serf knows, this node included, with its status and tags."""
        ...

    def events(self) -> AsyncIterator[MemberEvent]:
        """Member events as they happen, from the moment of the call, until close()."""
        ...

    async def set_tags(self, tags: Mapping[str, str], delete: Sequence[str] = ()) -> None:
        """Set (and delete) this node's tags; the others see them within a gossip round."""
        ...

    async def leave(self) -> None:
        """Leave the fleet gracefully: the others see `left`, not `failed`."""
        ...

    async def close(self) -> None:
        """Stop events and drop the connection (the node stays in the fleet)."""
        ...


class EventStream:
    """One events() iterator, for implementations of Membership: `put` queues an event,
    `end` ends the iteration at once (events still queued are dropped). A cancelled wait
    (asyncio.wait_for) leaves it usable, which an async generator would not be."""

    def __init__(self) -> None:
        self._queue: asyncio.Queue[MemberEvent | None] = asyncio.Queue()
        self._ended = False

    def put(self, event: MemberEvent) -> None:
        if not self._ended:
            self._queue.put_nowait(event)

    def end(self) -> None:
        self._ended = True
        self._queue.put_nowait(None)  # wakes a waiting __anext__

    def __aiter__(self) -> EventStream:
        return self

    async def __anext__(self) -> MemberEvent:
        if self._ended:
            raise StopAsyncIteration
        event = await self._queue.get()
        if event is None or self._ended:
            raise StopAsyncIteration
        return event
