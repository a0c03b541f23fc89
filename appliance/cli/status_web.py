"""`appliance status --web`: the agent's status page on a local TCP port.

A browser cannot speak to a unix socket, and the agent's TCP port wants a bearer token a
browser does not send; so this command listens on 127.0.0.1 and passes GETs of the page
and its data to the agent's socket. Whoever may use the socket (`appliance status`) may
see the page; nothing else is served, and nothing is written (the page is read-only).
"""

from __future__ import annotations

import asyncio
import errno
import signal
from collections.abc import Callable
from pathlib import Path

import aiohttp
from aiohttp import web

from appliance.errors import ApplianceError

PATHS = ("/status/", "/status/view.json")


def make_bridge(socket_path: Path) -> web.Application:
    app = web.Application()

    async def relay(request: web.Request) -> web.Response:
        try:
            async with aiohttp.ClientSession(
                connector=aiohttp.UnixConnector(path=str(socket_path)),
                timeout=aiohttp.ClientTimeout(total=10),
            ) as session, session.get(f"http://agent{request.path}") as resp:
                body = await resp.read()
                headers = {k: v for k, v in resp.headers.items()
                           if k in ("Content-Type", "Cache-Control", "Content-Security-Policy")}
                return web.Response(status=resp.status, body=body, headers=headers)
        except (aiohttp.ClientError, OSError, TimeoutError) as exc:
            return web.json_response(
                {"error": {"message": f"the agent does not answer on {socket_path} "
                                      f"({exc.__class__.__name__})"}}, status=502)

    async def home(request: web.Request) -> web.Response:
        raise web.HTTPFound("/status/")

    app.router.add_get("/", home)
    for path in PATHS:
        app.router.add_get(path, relay)
    return app


async def serve_bridge(socket_path: Path, port: int, on_ready: Callable[[int], None]) -> None:
    """Serve on 127.0.0.1:`port` (0: any free port) until SIGTERM or SIGINT."""
    runner = web.AppRunner(make_bridge(socket_path), access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", port)
    try:
        await site.start()
    except OSError as exc:
        await runner.cleanup()
        if exc.errno == errno.EADDRINUSE:
            raise ApplianceError(f"127.0.0.1:{port} is already in use; pick another "
                                 "--port (0 takes any free one)") from None
        raise
    bound = runner.addresses[0][1]
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    on_ready(bound)
    try:
        await stop.wait()
    finally:
        await runner.cleanup()
