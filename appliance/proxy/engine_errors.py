"""Engine error answers that are not OpenAI-shaped, re-wrapped into the shape clients parse.

vLLM answers most errors as OpenAI does (`{"error": {"message", "type", "param", "code"}}`),
and those pass through untouched. Others come from the frameworks around it: FastAPI's
`{"detail": "Not Found"}` for a path the engine lacks (an embedding request to a chat model),
`{"detail": [...]}` for a body it cannot validate (422), `{"error": "Unauthorized"}` from its
token check, plain text or an HTML page from whatever else answers, or an empty body. The
OpenAI clients would show those as an opaque blob; `rewrap` turns them into an OpenAI error
with the engine's words in the message and a status a client can act on:

| engine | client | why |
|---|---|---|
| 404, 405 | 400 `endpoint_not_supported` | the proxy routes the path, so the model's engine lacks it |
| 422 | 400 `invalid_request` | OpenAI's status for a request the server cannot take |
| 401, 403 | 502 `engine_auth` | the engine refused the proxy's token: not the client's fault |
| other 4xx, 5xx | the same | |

Pure: bytes in, bytes out; forward.py calls it for every engine answer of status >= 400.
"""

from __future__ import annotations

import html
import json
import re
from http import HTTPStatus
from typing import Any

from appliance.proxy.errors import error_body

MAX_MESSAGE = 300  # characters of the engine's own words kept in the message
_STATUS = {404: 400, 405: 400, 422: 400, 401: 502, 403: 502}
_CODE = {404: "endpoint_not_supported", 405: "endpoint_not_supported", 422: "invalid_request",
         401: "engine_auth", 403: "engine_auth"}


def is_openai_error(payload: Any) -> bool:
    """`{"error": {"message": "...", ...}}`: the shape the OpenAI clients read."""
    error = payload.get("error") if isinstance(payload, dict) else None
    return isinstance(error, dict) and isinstance(error.get("message"), str)


def _reason(status: int) -> str:
    try:
        return f"{status} {HTTPStatus(status).phrase}"
    except ValueError:
        return str(status)


def _clip(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_MESSAGE else text[: MAX_MESSAGE - 1] + "…"


def _detail(item: Any) -> str:
    """One FastAPI validation problem, `{"loc": ["body", "input"], "msg": "Field required"}`,
    as `body.input: Field required`."""
    if not isinstance(item, dict):
        return str(item)
    loc = ".".join(str(p) for p in item.get("loc") or ())
    msg = str(item.get("msg", item))
    return f"{loc}: {msg}" if loc else msg


def engine_words(data: bytes, content_type: str = "") -> str:
    """What the engine said, as one short line ('' when it said nothing)."""
    text = data.decode("utf-8", "replace").strip()
    if not text:
        return ""
    try:
        payload = json.loads(text)
    except ValueError:
        payload = None
    if isinstance(payload, dict):
        for key in ("detail", "message", "error"):
            value = payload.get(key)
            if isinstance(value, list):
                return _clip("; ".join(_detail(v) for v in value))
            if isinstance(value, dict):
                return _clip(str(value.get("message") or value.get("detail") or value))
            if value is not None:
                return _clip(str(value))
        return _clip(text)
    if "html" in content_type.lower() or text.lstrip().startswith("<"):
        title = re.search(r"<title[^>]*>(.*?)</title>", text, re.I | re.S)
        text = title.group(1) if title else re.sub(r"<[^>]+>", " ", text)
        return _clip(html.unescape(text))
    return _clip(text)


def rewrap(
    status: int, data: bytes, content_type: str, model: str, path: str
) -> tuple[int, bytes] | None:
    """The (status, body) the client gets for an engine's error answer, or None when the
    answer is OpenAI-shaped already (or not an error) and passes through untouched."""
    if status < 400:
        return None
    try:
        if is_openai_error(json.loads(data)):
            return None
    except ValueError:
        pass
    words = engine_words(data, content_type) or "an empty body"
    if status in (404, 405):
        message = (f"the engine of model {model!r} does not serve {path} "
                   f"(it answered {_reason(status)}: {words})")
    else:
        message = f"the engine of model {model!r} answered {_reason(status)}: {words}"
    new = _STATUS.get(status, status)
    body = error_body(new, message, _CODE.get(status, "engine_error"))
    return new, json.dumps(body).encode()
