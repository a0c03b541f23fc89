"""The reference side of `scripts/bench proxy`: a bare aiohttp pass-through, the floor for
any aiohttp proxy on the same machine. It forwards POST /v1/... to one engine over the
engine's unix socket with the engine's token (aiohttp server, aiohttp client with
keep-alive, uvloop like the proxy) and streams answers chunk by chunk. No auth, limits,
routing, audit or metrics.

    python scripts/bench_passthrough.py PORT ENGINE_SOCKET ENGINE_TOKEN
"""

from __future__ import annotations

import sys

import aiohttp
import uvloop
from aiohttp import web


def main() -> None:
    port, engine_socket, token = int(sys.argv[1]), sys.argv[2], sys.argv[3]
    upstream = "http://localhost"
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    session = web.AppKey("session", aiohttp.ClientSession)

    async def forward(request: web.Request) -> web.StreamResponse:
        body = await request.read()
        async with request.app[session].post(upstream + request.path, data=body,
                                             headers=headers) as r:
            response = web.StreamResponse(status=r.status)
            response.content_type = r.content_type
            await response.prepare(request)
            async for chunk in r.content.iter_any():
                await response.write(chunk)
            await response.write_eof()
            return response

    async def client(app: web.Application):  # type: ignore[no-untyped-def]
        app[session] = aiohttp.ClientSession(
            connector=aiohttp.UnixConnector(path=engine_socket, limit=0))
        yield
        await app[session].close()

    app = web.Application()
    app.router.add_post("/v1/{tail:.*}", forward)
    app.cleanup_ctx.append(client)
    web.run_app(app, host="127.0.0.1", port=port, print=None, access_log=None,
                loop=uvloop.new_event_loop())


if __name__ == "__main__":
    main()
