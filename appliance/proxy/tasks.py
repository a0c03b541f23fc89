"""Which endpoints a model serves, by its task (`[[models]] task`), and the 400 for one it
does not.

Pure: the handlers ask `refusal(...)` before anything is forwarded, so a chat model asked
for embeddings gets an answer that names the models that can, not the engine's own 404.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

DEFAULT_TASK = "generate"
PATHS: Mapping[str, frozenset[str]] = {
    "generate": frozenset({"/v1/chat/completions", "/v1/completions"}),
    "embed": frozenset({"/v1/embeddings"}),
}


def serves(task: str, path: str) -> bool:
    """Whether a model of `task` serves `path`. An unknown task (from a newer agent) serves
    what `generate` does, as a model without a task always has."""
    return path in PATHS.get(task, PATHS[DEFAULT_TASK])


def refusal(
    model: str, path: str, task_of: Callable[[str], str], models: Iterable[str],
    may_use: Callable[[str], bool] = lambda _: True,
) -> str | None:
    """None when `model` serves `path`; otherwise the message of the 400, naming the
    models the caller may use that do serve it (those it may not use stay unnamed)."""
    task = task_of(model)
    if serves(task, path):
        return None
    able = sorted(m for m in models if m != model and may_use(m) and serves(task_of(m), path))
    others = f"models that do: {', '.join(able)}" if able else "no model here does"
    article = "an" if task[:1] in tuple("aeiou") else "a"
    return f"model {model!r} does not serve {path} (it is {article} {task} model); {others}"
