"""X-Request-ID: taken from the client when it is sane, made otherwise; passed to the
engine, written to the audit log, and returned on every response (errors included)."""

from __future__ import annotations

import re
import uuid

from aiohttp import web

from appliance.proxy.errors import Handler

HEADER = "X-Request-ID"
REQUEST_ID = "request_id"
_SANE = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")


def request_id_for(given: str | None) -> str:
    return given if given and _SANE.match(given) else uuid.uuid4().hex


@web.middleware
async def request_id_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    rid = request_id_for(request.headers.get(HEADER))
    request[REQUEST_ID] = rid
    try:
        response = await handler(request)
    except web.HTTPException as exc:
        exc.headers[HEADER] = rid
        raise
    if not response.prepared:
        response.headers[HEADER] = rid
    return response


def setup_request_id(app: web.Application) -> None:
    app.middlewares.append(request_id_middleware)
