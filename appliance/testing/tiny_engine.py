"""A tiny stand-in engine for tests of process supervision (not of serving).

It takes vLLM's server arguments, listens on the unix socket `--uds` names (bound as vLLM
binds it: under the umask, and failing when a file is already there), answers /health like
vLLM (503 while "loading", then 200), checks VLLM_API_KEY on /v1/*, and can be told to be
slow or to crash:

    TINY_ENGINE_STARTUP_S   seconds before /health turns 200 (default 0)
    TINY_ENGINE_EXIT        exit with this status after the start-up delay
    TINY_ENGINE_EVENTS      append "start NAME" to this file when the process starts, and
                            "ready NAME" before the first 200 from /health: the order of
                            lines across engines is the order of events, with no clock

Run as `python -m appliance.testing.tiny_engine --uds PATH ...`.
"""

from __future__ import annotations

import argparse
import os
import sys
import time

from aiohttp import web

from appliance.sim.engine import bind_unix


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--uds", required=True)
    parser.add_argument("--served-model-name", default="tiny")
    args, _ = parser.parse_known_args(argv)
    startup = float(os.environ.get("TINY_ENGINE_STARTUP_S", "0"))
    crash = os.environ.get("TINY_ENGINE_EXIT")
    key = os.environ.get("VLLM_API_KEY")
    born = time.monotonic()
    events = os.environ.get("TINY_ENGINE_EVENTS")
    ready = False

    def event(what: str) -> None:
        if events:  # one write of one line, appended: lines of several engines never mix
            fd = os.open(events, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
            try:
                os.write(fd, f"{what} {args.served_model_name}\n".encode())
            finally:
                os.close(fd)

    event("start")
    print(f"tiny engine {args.served_model_name} pid {os.getpid()} on {args.uds}", flush=True)
    if crash is not None:
        time.sleep(startup)
        print(f"tiny engine exiting with {crash}", flush=True)
        sys.exit(int(crash))

    async def health(request: web.Request) -> web.Response:
        nonlocal ready
        if time.monotonic() - born < startup:
            return web.Response(status=503)
        if not ready:
            ready = True
            event("ready")
        return web.Response(status=200)

    async def models(request: web.Request) -> web.Response:
        if key and request.headers.get("Authorization") != f"Bearer {key}":
            return web.json_response({"error": "Unauthorized"}, status=401)
        return web.json_response(
            {"object": "list", "data": [{"id": args.served_model_name, "object": "model"}]}
        )

    app = web.Application()
    app.router.add_get("/health", health)
    app.router.add_get("/v1/models", models)
    web.run_app(app, sock=bind_unix(args.uds), print=None, access_log=None)


if __name__ == "__main__":
    main()
