"""The load of replicas on other nodes, pulled from their relays (`GET /fleet/v1/load`).

Every relay answer carries the load of the replica it came from, so replicas this proxy
sends to are as fresh as its last answer from them. Every `[fleet] load_refresh_s` the
proxy also asks each other node it has not heard from within that time, so the load it
routes by is at most that old (plus one request's time) for every replica. A pull that
cannot connect counts against that node's relay breaker, like a request would; one that
answers counts for it.
"""

from __future__ import annotations

import asyncio
import logging
import math
import ssl

import aiohttp

from appliance.proxy.relay import load_body
from appliance.proxy.relay_wire import LOAD_PATH
from appliance.proxy.state import ProxyState
from appliance.proxy.upstream import TlsAddress

log = logging.getLogger("appliance.proxy")


def relay_url(address: TlsAddress, path: str) -> str:
    host = f"[{address.host}]" if ":" in address.host else address.host
    return f"https://{host}:{address.port}{path}"


def stale_nodes(state: ProxyState, now: float, every_s: float) -> list[str]:
    """The other nodes whose load this proxy has not heard within `every_s`."""
    seen = state.load_seen
    return sorted(n for n in state.routes.nodes if now - seen.get(n, -math.inf) >= every_s)


async def pull_once(state: ProxyState, session: aiohttp.ClientSession, every_s: float) -> None:
    now = state.clock()
    nodes = stale_nodes(state, now, every_s)
    await asyncio.gather(*(_pull(state, session, n, min(every_s, 5.0)) for n in nodes))


async def _pull(state: ProxyState, session: aiohttp.ClientSession, node: str,
                timeout_s: float) -> None:
    address = state.routes.nodes.get(node)
    if address is None:
        return
    try:
        async with session.get(relay_url(address, LOAD_PATH),
                               timeout=aiohttp.ClientTimeout(total=timeout_s)) as resp:
            loads = load_body(await resp.read())
    except (aiohttp.ClientConnectionError, OSError, TimeoutError) as exc:
        state.relays.on_failure(node, state.clock())
        log.warning("the relay of %s does not answer (%s)", node, exc)
        return
    except (aiohttp.ClientError, ValueError) as exc:
        log.warning("the relay of %s answered no load (%s)", node, exc)
        return
    state.relays.on_success(node, state.clock())
    prefix = f"{node}/"
    for key, value in loads.items():
        if key.startswith(prefix):
            state.remote_load[key] = value
    state.load_seen[node] = state.clock()


async def pull_loads(state: ProxyState, tls: ssl.SSLContext, every_s: float) -> None:
    """Pull stale loads every `every_s`, for ever."""
    session = aiohttp.ClientSession(connector=aiohttp.TCPConnector(ssl=tls))
    try:
        while True:
            await asyncio.sleep(every_s)
            try:
                await pull_once(state, session, every_s)
            except Exception:  # noqa: BLE001 - the pull must outlive one bad round
                log.exception("pulling the load of other nodes failed")
    finally:
        await session.close()
