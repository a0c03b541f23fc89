"""An in-memory fleet for unit tests of the parts that watch membership.

    fleet = FakeFleet()
    a = fleet.join("a", "10.0.0.1", {"relay": "10.0.0.1:7947"})   # a FakeMembership
    b = fleet.join("b", "10.0.0.2")
    events = a.events()          # member events from now on, as a's agent would see them
    fleet.fail("b")              # a sees member-failed (kill -9 of b)
    fleet.join("b", "10.0.0.2")  # b is back: member-join
    fleet.partition({"a"}, {"b", "c"})   # each side sees the other failed
    fleet.heal()                          # ... and joined again

Every change is delivered at once (no gossip delay, no timers), so tests need not wait:
after `fleet.fail("b")` the event is already in each subscriber's queue. The semantics follow
Serf's: a node's own changes appear on its own stream too (member-update for its tags), a
failed or left node's membership raises MembershipError and its event streams end.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from appliance.fleet.membership import (
    EventKind,
    EventStream,
    Member,
    MemberEvent,
    MembershipError,
    MemberStatus,
)


@dataclass
class _Node:
    member: Member
    views: list[FakeMembership] = field(default_factory=list)


class FakeFleet:
    """Members and what each of them sees; the test drives joins, failures and partitions."""

    def __init__(self) -> None:
        self._nodes: dict[str, _Node] = {}
        self._groups: list[frozenset[str]] = []  # empty: no partition

    # -- what the test does -------------------------------------------------------------

    def join(
        self, name: str, address: str, tags: Mapping[str, str] | None = None, port: int = 7946
    ) -> FakeMembership:
        """Start (or restart) node `name`; the others see member-join. Returns its view."""
        old = self._nodes.get(name)
        if old is not None and old.member.status in ("alive", "leaving"):
            raise ValueError(f"{name!r} is already in the fleet; fail() or leave() it first")
        member = Member(name, address, port, "alive", dict(tags or {}))
        node = _Node(member)
        if old is not None:
            for view in old.views:
                view._end()
        self._nodes[name] = node
        view = FakeMembership(self, name)
        node.views.append(view)
        self._announce("member-join", name)
        return view

    def fail(self, name: str) -> None:
        """`kill -9` of node `name`: the others see member-failed; its own view goes dead."""
        self._set_status(name, "failed", "member-failed")

    def leave(self, name: str) -> None:
        """Graceful leave of node `name`: the others see member-leave."""
        self._set_status(name, "left", "member-leave")

    def set_tags(
        self, name: str, tags: Mapping[str, str], delete: Sequence[str] = ()
    ) -> None:
        """Node `name` sets (and deletes) tags; everyone it can reach sees member-update."""
        node = self._live(name)
        merged = {k: v for k, v in {**node.member.tags, **tags}.items() if k not in delete}
        node.member = replace(node.member, tags=merged)
        self._announce("member-update", name)

    def partition(self, *groups: Iterable[str]) -> None:
        """Cut the fleet into groups that cannot reach each other (a node in no group is
        alone): each side sees the alive members of the others failed."""
        before = {name: self._reachable(name) for name in self._nodes}
        named = [frozenset(g) for g in groups]
        loners = [frozenset({n}) for n in self._nodes if not any(n in g for g in named)]
        self._groups = named + loners
        self._regroup(before)

    def heal(self) -> None:
        """End the partition: the sides see each other's alive members join again."""
        before = {name: self._reachable(name) for name in self._nodes}
        self._groups = []
        self._regroup(before)

    def status(self, name: str) -> MemberStatus:
        return self._nodes[name].member.status

    # -- what views see -------------------------------------------------------------

    def _seen_by(self, viewer: str, member: Member) -> Member:
        if member.status == "alive" and member.name not in self._reachable(viewer):
            return replace(member, status="failed")
        return member

    def _members(self, viewer: str) -> list[Member]:
        return [self._seen_by(viewer, n.member) for n in self._nodes.values()]

    def _reachable(self, name: str) -> frozenset[str]:
        for group in self._groups:
            if name in group:
                return group
        if self._groups:
            return frozenset({name})
        return frozenset(self._nodes)

    def _live(self, name: str) -> _Node:
        node = self._nodes.get(name)
        if node is None or node.member.status != "alive":
            raise MembershipError(f"{name!r} is not an alive member of the fleet")
        return node

    def _set_status(self, name: str, status: MemberStatus, kind: EventKind) -> None:
        node = self._live(name)
        node.member = replace(node.member, status=status)
        for view in node.views:
            view._end()
        self._announce(kind, name)

    def _announce(self, kind: EventKind, name: str) -> None:
        """Tell every live view that can reach `name` (itself included) what happened."""
        member = self._nodes[name].member
        for viewer in self._reachable(name):
            node = self._nodes.get(viewer)
            if node is None or node.member.status != "alive":
                continue
            for view in node.views:
                view._deliver(MemberEvent(kind, (self._seen_by(viewer, member),)))

    def _regroup(self, before: Mapping[str, frozenset[str]]) -> None:
        for viewer, node in self._nodes.items():
            if node.member.status != "alive":
                continue
            now = self._reachable(viewer)
            for name in sorted(before[viewer] ^ now):
                other = self._nodes.get(name)
                if other is None or other.member.status != "alive":
                    continue
                kind: EventKind = "member-join" if name in now else "member-failed"
                event = MemberEvent(kind, (self._seen_by(viewer, other.member),))
                for view in node.views:
                    view._deliver(event)


class FakeMembership:
    """One node's view of a FakeFleet; implements appliance.fleet.membership.Membership."""

    def __init__(self, fleet: FakeFleet, name: str):
        self._fleet = fleet
        self.name = name
        self._streams: list[EventStream] = []
        self._open = True

    async def members(self) -> list[Member]:
        self._check()
        return self._fleet._members(self.name)

    def events(self) -> AsyncIterator[MemberEvent]:
        self._check()
        stream = EventStream()
        self._streams.append(stream)
        return stream

    async def set_tags(self, tags: Mapping[str, str], delete: Sequence[str] = ()) -> None:
        self._check()
        self._fleet.set_tags(self.name, tags, delete)

    async def leave(self) -> None:
        self._check()
        self._fleet.leave(self.name)

    async def close(self) -> None:
        self._end()

    def _check(self) -> None:
        if not self._open:
            raise MembershipError(f"the membership of {self.name!r} is closed")
        self._fleet._live(self.name)

    def _deliver(self, event: MemberEvent) -> None:
        for stream in self._streams:
            stream.put(event)

    def _end(self) -> None:
        self._open = False
        for stream in self._streams:
            stream.end()
        self._streams = []

