"""A tiny Membership for this branch's tests until appliance.testing.fleet_membership
(FakeFleet) is on main: one node's view, driven by the test."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping, Sequence
from dataclasses import replace

from appliance.fleet.membership import EventKind, Member, MemberEvent


class TinyFleet:
    """Several nodes' views that see each other's tags and failures."""

    def __init__(self) -> None:
        self.views: dict[str, TinyMembership] = {}

    def join(self, name: str, address: str, tags: Mapping[str, str]) -> TinyMembership:
        me = Member(name, address, 7946, "alive", dict(tags))
        view = TinyMembership(me, [v.all[v.me] for v in self.views.values()], fleet=self)
        for other in self.views.values():
            other.event("member-join", me)
        self.views[name] = view
        return view

    def update(self, name: str, tags: Mapping[str, str]) -> None:
        for view in self.views.values():
            view.update(name, tags, spread=False)

    def fail(self, name: str) -> None:
        for view in self.views.values():
            if view.me != name:
                view.fail(name)


class TinyMembership:
    def __init__(self, me: Member, others: Sequence[Member] = (), fleet: TinyFleet | None = None):
        self.me = me.name
        self.fleet = fleet
        self.all: dict[str, Member] = {m.name: m for m in (me, *others)}
        self.queues: list[asyncio.Queue[MemberEvent | None]] = []
        self.tag_calls: list[dict[str, str]] = []

    async def members(self) -> list[Member]:
        return list(self.all.values())

    def events(self):  # type: ignore[no-untyped-def]
        queue: asyncio.Queue[MemberEvent | None] = asyncio.Queue()
        self.queues.append(queue)

        async def stream():  # type: ignore[no-untyped-def]
            while (event := await queue.get()) is not None:
                yield event

        return stream()

    async def set_tags(self, tags: Mapping[str, str], delete: Sequence[str] = ()) -> None:
        self.tag_calls.append(dict(tags))
        if self.fleet is not None:
            self.fleet.update(self.me, tags)
        else:
            self.update(self.me, tags)

    async def leave(self) -> None:
        self.event("member-leave", replace(self.all[self.me], status="left"))

    async def close(self) -> None:
        for queue in self.queues:
            queue.put_nowait(None)

    # -- the test's side ----------------------------------------------------------------

    def event(self, kind: EventKind, member: Member) -> None:
        self.all[member.name] = member
        for queue in self.queues:
            queue.put_nowait(MemberEvent(kind, (member,)))

    def update(self, name: str, tags: Mapping[str, str], spread: bool = True) -> None:
        if spread and self.fleet is not None:
            self.fleet.update(name, tags)
            return
        m = self.all[name]
        self.event("member-update", replace(m, tags={**m.tags, **tags}))

    def fail(self, name: str) -> None:
        self.event("member-failed", replace(self.all[name], status="failed"))
