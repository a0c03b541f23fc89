"""Engine error answers re-wrapped into the OpenAI shape (appliance/proxy/engine_errors.py):
a table of what engines and the frameworks around them answer, and what the client gets."""

from __future__ import annotations

import json

import pytest

from appliance.proxy.engine_errors import engine_words, is_openai_error, rewrap
from appliance.sim.protocol import foreign_error

MODEL, PATH = "smollm2", "/v1/embeddings"
OPENAI = json.dumps({"error": {"message": "max_tokens too large", "type": "BadRequestError",
                               "param": None, "code": 400}}).encode()
VALIDATION = json.dumps({"detail": [
    {"type": "missing", "loc": ["body", "messages"], "msg": "Field required", "input": {}},
    {"type": "int_parsing", "loc": ["body", "n"], "msg": "Input should be a valid integer"},
]}).encode()
NGINX = (b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 "
         b"Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n")


@pytest.mark.parametrize(
    ("status", "data", "content_type", "new_status", "code", "says"),
    [
        # the case: vLLM serving a chat model has no /v1/embeddings route
        (404, b'{"detail":"Not Found"}', "application/json", 400, "endpoint_not_supported",
         "the engine of model 'smollm2' does not serve /v1/embeddings (it answered 404 Not "
         "Found: Not Found)"),
        (405, b'{"detail":"Method Not Allowed"}', "application/json", 400,
         "endpoint_not_supported", "(it answered 405 Method Not Allowed: Method Not Allowed)"),
        (422, VALIDATION, "application/json", 400, "invalid_request",
         "answered 422 Unprocessable Entity: body.messages: Field required; body.n: Input "
         "should be a valid integer"),
        # vLLM's token check answers {"error": "Unauthorized"}: the proxy's token, not the client's
        (401, b'{"error":"Unauthorized"}', "application/json", 502, "engine_auth",
         "answered 401 Unauthorized: Unauthorized"),
        # older vLLM: the error's fields at the top level
        (400, b'{"object":"error","message":"bad n","type":"BadRequestError","code":400}',
         "application/json", 400, "engine_error", "answered 400 Bad Request: bad n"),
        (500, b"Internal Server Error", "text/plain; charset=utf-8", 500, "engine_error",
         "answered 500 Internal Server Error: Internal Server Error"),
        (502, NGINX, "text/html", 502, "engine_error", "answered 502 Bad Gateway: 502 Bad Gateway"),
        (500, b"", "", 500, "engine_error", "answered 500 Internal Server Error: an empty body"),
        (503, b"\xff\xfe not utf-8", "", 503, "engine_error", "answered 503 Service Unavailable:"),
        (599, b"[1, 2]", "application/json", 599, "engine_error", "answered 599: [1, 2]"),
    ],
)
def test_non_openai_errors_are_rewrapped(
    status: int, data: bytes, content_type: str, new_status: int, code: str, says: str
) -> None:
    wrapped = rewrap(status, data, content_type, MODEL, PATH)
    assert wrapped is not None
    got_status, body = wrapped
    error = json.loads(body)["error"]
    assert got_status == new_status
    assert set(error) == {"message", "type", "param", "code"}
    assert error["code"] == code and says in error["message"]
    assert isinstance(error["type"], str) and error["type"]
    assert is_openai_error(json.loads(body))


@pytest.mark.parametrize(
    ("status", "data"),
    [
        (400, OPENAI),  # vLLM's own errors pass through untouched
        (404, b'{"error": {"message": "The model `x` does not exist.", "code": 404}}'),
        (200, b'{"detail": "not an error"}'),  # only error statuses are looked at
        (200, b""),
    ],
)
def test_openai_shaped_errors_and_answers_pass_through(status: int, data: bytes) -> None:
    assert rewrap(status, data, "application/json", MODEL, PATH) is None


def test_engine_words_are_clipped_to_one_short_line() -> None:
    words = engine_words(b"x " * 1000 + b"\n" + b"y" * 10)
    assert len(words) <= 300 and "\n" not in words and words.endswith("…")


@pytest.mark.parametrize("style", ["fastapi", "text", "html", "empty"])
@pytest.mark.parametrize("status", [404, 422, 500])
def test_every_foreign_body_of_the_simulated_engine_is_rewrapped(style: str, status: int) -> None:
    data, content_type = foreign_error(style, status)
    wrapped = rewrap(status, data, content_type, MODEL, PATH)
    assert wrapped is not None and is_openai_error(json.loads(wrapped[1]))
