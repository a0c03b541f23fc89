"""The proxy's watch on the agent's routes document: a long poll on the agent's unix
socket (`GET /v1/routes?after=VERSION`), so a change reaches the proxy at once.

Each poll also tells the agent which version this process has applied and which draining
replicas it still has requests on (`busy`); while that set is not empty it is checked
every 50 ms and the poll is renewed when it shrinks, so a drain ends as soon as the last
request does. When the agent does not answer, the last document is kept (engines run on
under supervisord whether or not the agent is up) and the poll is tried again every
`retry_s`.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
from collections.abc import Callable
from pathlib import Path

import aiohttp

from appliance.routes import RoutesDocument, is_newer, parse_routes

log = logging.getLogger("appliance.proxy")

POLL_WAIT_S = 25.0  # what a poll asks the agent to wait for a change (it waits at most 30)
BUSY_CHECK_S = 0.05  # how often the busy set is looked at while it is not empty


class RoutesClient:
    def __init__(
        self,
        agent_socket: Path,
        apply: Callable[[RoutesDocument], None],
        busy: Callable[[], frozenset[str]] = frozenset,
        retry_s: float = 2.0,
        name: str | None = None,
    ):
        self.agent_socket = agent_socket
        self.apply = apply  # called with every document newer than the last one
        self.busy = busy
        self.retry_s = retry_s
        self.name = name or f"{socket.gethostname()}/{os.getpid()}"  # this watcher, to the agent
        self.epoch: str | None = None
        self.version = -1
        self.fresh = False  # the last poll was answered
        self._session: aiohttp.ClientSession | None = None

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def poll(self, wait_s: float, busy: frozenset[str] = frozenset()) -> bool:
        """Ask once, waiting up to `wait_s` for a change; apply what is new. False when
        the agent did not answer with a document."""
        if self._session is None:
            self._session = aiohttp.ClientSession(connector=aiohttp.UnixConnector(path=str(self.agent_socket)))
        params = {"after": str(self.version), "wait": f"{wait_s:g}", "watcher": self.name,
                  "busy": ",".join(sorted(busy))}
        if self.epoch is not None:
            params["epoch"] = self.epoch
        try:
            timeout = aiohttp.ClientTimeout(total=wait_s + 10)
            async with self._session.get("http://agent/v1/routes", params=params, timeout=timeout) as resp:
                body = await resp.read()
                if resp.status != 200:
                    raise ValueError(f"HTTP {resp.status}")
            doc = parse_routes(body)
        except (aiohttp.ClientError, OSError, TimeoutError, ValueError) as exc:
            if self.fresh:
                log.warning("the agent does not answer with routes (%s); serving the last ones", exc)
            self.fresh = False
            return False
        if not self.fresh:
            log.info("routes from the agent: epoch %s, version %d", doc.epoch, doc.version)
        self.fresh = True
        if is_newer(doc, self.epoch, self.version):
            try:
                self.apply(doc)
            except Exception:  # noqa: BLE001 - the watch must outlive one bad document
                log.exception("routes version %d could not be applied; keeping the last ones",
                              doc.version)
                return False
            self.epoch, self.version = doc.epoch, doc.version
        return True

    async def watch(self) -> None:
        """Poll for ever: the next poll goes out as soon as one is answered."""
        while True:
            busy = self.busy()
            poll = asyncio.ensure_future(self.poll(POLL_WAIT_S, busy))
            try:
                while not poll.done():
                    await asyncio.wait({poll}, timeout=BUSY_CHECK_S if busy else None)
                    if not poll.done() and self.busy() != busy:
                        poll.cancel()  # tell the agent at once: ask again with the new set
                        await asyncio.wait({poll})
            finally:
                if not poll.done():
                    poll.cancel()
            if poll.cancelled():
                continue
            if not poll.result():
                await asyncio.sleep(self.retry_s)
