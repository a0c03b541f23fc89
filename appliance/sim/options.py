"""SimOptions: how the simulated engine answers. The operator docs are generated from the
field descriptions, so each says what the knob is for.

The options reach the engine process as one JSON object in the environment variable
APPLIANCE_SIM_OPTIONS (argv is vLLM's, and the simulator must accept the same command line
as vLLM, so options cannot travel there).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

OPTIONS_ENV = "APPLIANCE_SIM_OPTIONS"


class SimOptions(BaseModel):
    """What the simulated engine answers and how fast."""

    model_config = ConfigDict(frozen=True, extra="forbid", allow_inf_nan=False)

    mode: Literal["echo", "fixed", "lorem"] = Field(
        "echo",
        description="What the answer says. `echo` repeats the text of the last user message "
        "(chat) or the prompt (completions), so a test sees exactly what reached the "
        "engine; with `tools` in a chat request it answers with a call of the first tool "
        'whose arguments are `{"echo": <last user text>}`. `fixed` answers `output`. '
        "`lorem` answers lorem-ipsum words up to the token limit (finish reason `length`), "
        "for benchmarks that need a known output length.",
    )
    output: str = Field(
        "The capital of France is Paris.",
        description="The answer in `fixed` mode.",
    )
    latency_ms: float = Field(
        0.0,
        ge=0,
        description="Milliseconds before the first token (time to first token); a "
        "non-streaming answer and an embedding take at least this long.",
    )
    tokens_per_s: float | None = Field(
        None,
        gt=0,
        description="Generation speed after the first token, in tokens per second: token i "
        "(from 0) is produced latency_ms + i / tokens_per_s after the request starts "
        "running. Unset means all tokens at once.",
    )
    max_tokens: int = Field(
        256,
        ge=1,
        description="Output token limit of a request that sets none (`max_tokens` or "
        "`max_completion_tokens`); longer answers are cut with finish reason `length`.",
    )
    answer_bytes: int | None = Field(
        None,
        ge=1,
        description="Answer every chat and completion request with exactly this many bytes "
        "of lorem-ipsum text, whatever `mode` and the token limit say, in pieces of 64 KiB "
        "(each piece counts as one token and is one event of a stream): for tests of "
        "large answers. Unset means the answer `mode` gives.",
    )
    embedding_dim: int = Field(
        384,
        ge=1,
        description="Length of the vectors `/v1/embeddings` returns (unless the request "
        "asks for fewer `dimensions`).",
    )
    fail_rate: float = Field(
        0.0,
        ge=0,
        le=1,
        description="Fraction of chat, completion and embedding requests answered with "
        "HTTP 500, for fault tests. Drawn from a random generator seeded with `seed`, so "
        "the same sequence of requests fails the same way on every run.",
    )
    seed: int = Field(
        0,
        description="Seed of the random generator behind `fail_rate`.",
    )
    fail_status: int = Field(
        500,
        ge=400,
        le=599,
        description="HTTP status of a failure drawn by `fail_rate`.",
    )
    fail_body: Literal["openai", "fastapi", "text", "html", "empty"] = Field(
        "openai",
        description="What a failure's body looks like: `openai` is vLLM's own error shape; "
        "the others are answers from the frameworks around an engine, which the proxy must "
        'rewrap: `fastapi` is `{"detail": "Not Found"}` (a list of problems for 422), '
        "`text` the status line as plain text, `html` a web server's error page, `empty` "
        "no body at all.",
    )
    max_concurrency: int | None = Field(
        None,
        ge=1,
        description="Requests served at once; further ones wait (shown in "
        "`vllm:num_requests_waiting`), like an engine whose batch is full. "
        "`vllm:kv_cache_usage_perc` is running / max_concurrency. Unset means no limit "
        "(and a cache usage of 0).",
    )


class SimOptionsError(ValueError):
    """APPLIANCE_SIM_OPTIONS is not valid; the message is one line naming each bad field."""


def parse_options(raw: str | None) -> SimOptions:
    """SimOptions from the JSON text of APPLIANCE_SIM_OPTIONS; unset or blank means all
    defaults."""
    if raw is None or not raw.strip():
        return SimOptions()
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise SimOptionsError(f"{OPTIONS_ENV}: not valid JSON ({exc})") from None
    if not isinstance(data, dict):
        raise SimOptionsError(f"{OPTIONS_ENV}: must be a JSON object, got {type(data).__name__}")
    try:
        return SimOptions.model_validate(data)
    except ValidationError as exc:
        raise SimOptionsError(f"{OPTIONS_ENV}: {describe(exc)}") from None


def options_from_env(environ: Mapping[str, str]) -> SimOptions:
    return parse_options(environ.get(OPTIONS_ENV))


def describe(exc: ValidationError) -> str:
    """One line: 'tokens_per_s: Input should be greater than 0, got 0; mode: ...'."""
    parts = []
    for error in exc.errors(include_url=False):
        field = ".".join(str(p) for p in error["loc"]) or "(options)"
        got = "" if error["type"] == "extra_forbidden" else f", got {error['input']!r:.40}"
        parts.append(f"{field}: {error['msg']}{got}")
    return "; ".join(parts)
