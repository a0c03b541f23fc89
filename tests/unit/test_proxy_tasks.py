"""A model's task decides the endpoints it serves (appliance/proxy/tasks.py), carried from
the agent's status into the proxy's table."""

from __future__ import annotations

import pytest

from appliance.proxy.table import tasks_from_status
from appliance.proxy.tasks import refusal, serves

TASKS = {"smollm2": "generate", "qwen": "generate", "minilm": "embed", "bge": "embed"}


@pytest.mark.parametrize(
    ("task", "path", "ok"),
    [
        ("generate", "/v1/chat/completions", True),
        ("generate", "/v1/completions", True),
        ("generate", "/v1/embeddings", False),
        ("embed", "/v1/embeddings", True),
        ("embed", "/v1/chat/completions", False),
        ("embed", "/v1/completions", False),
        ("classify", "/v1/chat/completions", True),  # unknown (a newer agent): as generate
    ],
)
def test_serves(task: str, path: str, ok: bool) -> None:
    assert serves(task, path) is ok


@pytest.mark.parametrize(
    ("model", "path", "may_use", "message"),
    [
        ("smollm2", "/v1/chat/completions", "*", None),
        ("minilm", "/v1/embeddings", "*", None),
        ("smollm2", "/v1/embeddings", "*",
         "model 'smollm2' does not serve /v1/embeddings (it is a generate model); "
         "models that do: bge, minilm"),
        ("minilm", "/v1/completions", "*",
         "model 'minilm' does not serve /v1/completions (it is an embed model); "
         "models that do: qwen, smollm2"),
        # models the key may not use are not named
        ("smollm2", "/v1/embeddings", "smollm2 minilm",
         "model 'smollm2' does not serve /v1/embeddings (it is a generate model); "
         "models that do: minilm"),
        ("smollm2", "/v1/embeddings", "smollm2",
         "model 'smollm2' does not serve /v1/embeddings (it is a generate model); "
         "no model here does"),
    ],
)
def test_refusal_names_the_models_that_serve_the_endpoint(
    model: str, path: str, may_use: str, message: str | None
) -> None:
    allowed = set(TASKS) if may_use == "*" else set(may_use.split())
    got = refusal(model, path, lambda m: TASKS.get(m, "generate"), TASKS, allowed.__contains__)
    assert got == message


def test_the_table_keeps_each_models_task_from_the_agent() -> None:
    status = {"engines": [
        {"name": "engine-minilm-0", "model": "minilm", "task": "embed", "state": "ready",
         "socket": "/run/e/1.sock"},
        {"name": "engine-chat-0", "model": "chat", "task": "generate", "state": "starting",
         "socket": "/run/e/2.sock"},
        {"name": "engine-old-0", "model": "old", "state": "ready",
         "socket": "/run/e/3.sock"},  # an older agent
    ]}
    assert tasks_from_status(status) == {"minilm": "embed", "chat": "generate", "old": "generate"}
