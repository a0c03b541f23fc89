"""The agent's catalog sync, the shell around appliance/fleet/catalog.py: watch the fleet's
membership, fetch each peer's catalog when its `catalog` tag changes, keep this node's own
tag current, and hand the merged fleet document to whoever publishes it.

- Member events (join, update, failed, left, reaped) update the members at once; a member
  that failed or left loses its replicas in the same step (`on_change` is called before any
  fetch), so the proxies stop choosing them as soon as the agent hears of it.
- Catalogs are fetched through the member's relay (`GET /fleet/v1/catalog`, mutual TLS),
  one fetch per member at a time; a failed fetch is tried again every `retry_s` while the
  member is alive and its tag still differs from what is held.
- `local_changed(doc)` sets this node's `catalog` tag to the new document's version; a tag
  that could not be set is tried again every `retry_s`.

The fetch is passed in (`fetch(member) -> RoutesDocument`), so tests can give any.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import ssl
from collections.abc import Awaitable, Callable

import aiohttp

from appliance.fleet.catalog import (
    catalog_tag,
    due_fetches,
    fleet_view,
    forget,
    merge_fleet,
    parse_relay,
)
from appliance.fleet.membership import TAG_CATALOG, TAG_RELAY, Member, Membership
from appliance.routes import RoutesDocument, parse_routes

log = logging.getLogger("appliance.agent")

Fetch = Callable[[Member], Awaitable[RoutesDocument]]
CATALOG_PATH = "/fleet/v1/catalog"


def https_fetch(tls: ssl.SSLContext, timeout_s: float = 10.0) -> tuple[Fetch, Callable[[], Awaitable[None]]]:
    """A fetch of a member's catalog through its relay with `tls` (the fleet's client
    context), and the coroutine function that closes its connections."""
    session: aiohttp.ClientSession | None = None

    async def fetch(member: Member) -> RoutesDocument:
        nonlocal session
        relay = parse_relay(member.tags.get(TAG_RELAY))
        if relay is None:
            raise ValueError(f"{member.name} has no relay address")
        if session is None:
            session = aiohttp.ClientSession(connector=aiohttp.TCPConnector(ssl=tls))
        host = f"[{relay[0]}]" if ":" in relay[0] else relay[0]
        async with session.get(f"https://{host}:{relay[1]}{CATALOG_PATH}",
                               timeout=aiohttp.ClientTimeout(total=timeout_s)) as resp:
            body = await resp.read()
            if resp.status != 200:
                raise ValueError(f"HTTP {resp.status}")
        return parse_routes(body)

    async def close() -> None:
        if session is not None:
            await session.close()

    return fetch, close


class CatalogSync:
    def __init__(self, membership: Membership, me: str, fetch: Fetch,
                 on_change: Callable[[], None], retry_s: float = 2.0):
        self.membership = membership
        self.me = me
        self.fetch = fetch
        self.on_change = on_change  # the merged document changed: publish it
        self.retry_s = retry_s
        self.members: dict[str, Member] = {}
        self.docs: dict[str, RoutesDocument] = {}
        self.held: dict[str, str] = {}  # member -> the catalog tag of the document held
        self.local: RoutesDocument | None = None
        self._fetching: dict[str, asyncio.Task[None]] = {}
        self._tried: dict[str, tuple[str, float]] = {}  # member -> (tag, loop time) last asked
        self._tag_set: str | None = None  # the catalog tag Serf has for this node
        self._wake = asyncio.Event()

    # -- what the agent asks ------------------------------------------------------------

    def merged(self, local: RoutesDocument) -> RoutesDocument:
        self.local = local
        return merge_fleet(local, self.members, self.docs)

    def view(self) -> dict:
        return fleet_view(self.me, self.members, self.docs, self.local)

    def local_changed(self, doc: RoutesDocument) -> None:
        """This node's own document has a new version: tell the fleet (the tag)."""
        self.local = doc
        self._wake.set()

    # -- the loop -----------------------------------------------------------------------

    async def run(self) -> None:
        """Until cancelled: members, events, fetches and this node's tag."""
        events = self.membership.events()  # before members(): no event falls in between
        for member in await self.membership.members():
            self.members[member.name] = member
        self._changed()
        watch = asyncio.ensure_future(self._watch(events))
        try:
            while not watch.done():
                self._wake.clear()
                await self._set_tag()
                self._start_fetches()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), self.retry_s)
        finally:
            watch.cancel()
            for task in self._fetching.values():
                task.cancel()
        watch.result()  # the event stream ended: the membership is gone

    async def _watch(self, events) -> None:  # type: ignore[no-untyped-def]
        async for event in events:
            for member in event.members:
                if event.kind == "member-reap":
                    self.members.pop(member.name, None)
                else:
                    self.members[member.name] = member
            self._changed()
            self._wake.set()

    def _changed(self) -> None:
        for name in forget(self.members, self.docs):
            self.docs.pop(name, None)
            self.held.pop(name, None)
            log.info("fleet: %s is %s; its replicas are dropped", name,
                     self.members[name].status if name in self.members else "gone")
        self.on_change()

    async def _set_tag(self) -> None:
        if self.local is None:
            return
        tag = catalog_tag(self.local)
        if tag == self._tag_set:
            return
        try:
            await self.membership.set_tags({TAG_CATALOG: tag})
        except Exception as exc:  # noqa: BLE001 - tried again on the next round
            log.warning("fleet: cannot set this node's catalog tag (%s); trying again", exc)
            return
        self._tag_set = tag

    def _start_fetches(self) -> None:
        now = asyncio.get_running_loop().time()
        for name in due_fetches(self.members, self.held, self.me):
            tag = self.members[name].tags.get(TAG_CATALOG, "")
            last = self._tried.get(name)
            if name in self._fetching or (last and last[0] == tag and now - last[1] < self.retry_s):
                continue  # under way, or tried for this tag moments ago
            self._tried[name] = (tag, now)
            self._fetching[name] = asyncio.ensure_future(self._fetch(name))

    async def _fetch(self, name: str) -> None:
        try:
            try:
                doc = await self.fetch(self.members[name])
            except Exception as exc:  # noqa: BLE001 - tried again every retry_s
                log.warning("fleet: cannot fetch the catalog of %s (%s); trying again", name, exc)
                return
            current = self.members.get(name)
            if current is None or not current.alive:
                return  # gone while we fetched
            self.docs[name] = doc
            self.held[name] = catalog_tag(doc)  # a tag that moved on meanwhile is due again
            self.on_change()
        finally:
            self._fetching.pop(name, None)
            self._wake.set()
