"""X-Request-ID: taken from the client when it is sane, made otherwise; passed to the
engine, written to the audit log, and returned on every response (errors included)."""

from __future__ import annotations

import random
import re

from aiohttp import web

HEADER = "X-Request-ID"
REQUEST_ID = web.RequestKey("request_id", str)
_SANE = re.compile(r"[A-Za-z0-9._:-]{1,128}")


def request_id_for(given: str | None) -> str:
    """The client's id when it is sane, else 128 random bits in hex. Unique, not secret:
    Python's generator is enough and needs no system call per request, unlike uuid4."""
    return given if given and _SANE.fullmatch(given) else f"{random.getrandbits(128):032x}"
