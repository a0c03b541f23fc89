"""OpenAI-shaped errors, and `response_for`, which turns every failure into one (called by
`handlers.endpoint` for every route; the proxy has no middlewares).

Clients tell errors apart by status and by `error.type` / `error.code`:
400 bad request, 401 no or bad key, 403 model not allowed for the key, 404 unknown model,
413 body too large, 429 rate limited (Retry-After), 503 no healthy replica, 529 every
replica saturated and the queue full (or the wait too long).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping

from aiohttp import web

log = logging.getLogger("appliance.proxy")

TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    403: "permission_error",
    404: "not_found_error",
    405: "invalid_request_error",
    413: "invalid_request_error",
    429: "rate_limit_error",
    500: "internal_error",
    502: "upstream_error",
    503: "service_unavailable",
    504: "timeout_error",
    529: "overloaded_error",
}


class ProxyError(Exception):
    """An answer to give the client as an OpenAI error."""

    def __init__(
        self, status: int, message: str, code: str | None = None,
        headers: Mapping[str, str] | None = None, param: str | None = None,
    ):
        super().__init__(message)
        self.status = status
        self.message = message
        self.code = code
        self.headers = dict(headers or {})
        self.param = param


def error_body(
    status: int, message: str, code: str | None = None, param: str | None = None,
) -> dict[str, dict[str, str | None]]:
    """`{"error": {"message", "type", "param", "code"}}`, the type from the status."""
    return {
        "error": {
            "message": message,
            "type": TYPES.get(status, "error"),
            "param": param,
            "code": code or str(status),
        }
    }


def error_response(
    status: int, message: str, code: str | None = None,
    headers: Mapping[str, str] | None = None, param: str | None = None,
) -> web.Response:
    body = error_body(status, message, code, param)
    return web.json_response(body, status=status, headers=dict(headers or {}))


def response_for(exc: Exception, request: web.Request) -> web.Response:
    """The OpenAI-shaped answer to a failure while serving `request`."""
    if isinstance(exc, ProxyError):
        return error_response(exc.status, exc.message, exc.code, exc.headers, exc.param)
    if isinstance(exc, web.HTTPRequestEntityTooLarge):
        return error_response(413, f"request body too large ({exc.text})", "body_too_large")
    if isinstance(exc, web.HTTPException) and exc.status >= 400:
        return error_response(exc.status, exc.reason)
    # a bug: say so without echoing anything from the request
    log.error("unhandled error in %s %s", request.method, request.path, exc_info=exc)
    return error_response(500, "internal error in the proxy", "internal_error")
