"""A model's `task` in node.toml: its default, the engine flag it sets, the flag it reserves,
and the agent's status that carries it to the proxy."""

from __future__ import annotations

import pytest

from appliance.config import parse_config
from appliance.engines.specs import build_specs
from appliance.errors import ConfigError
from appliance.placement.planner import plan
from tests.conftest import inventory


def entry(**fields: object) -> dict:
    return {"name": "m", "source": "org/m", "memory_gib": 1, "engine": "vllm-cpu", **fields}


def specs(*models: dict):  # type: ignore[no-untyped-def]
    cfg = parse_config({"models": list(models)})
    return build_specs(cfg, plan(cfg, inventory("1xL4")))


def test_task_defaults_to_generate() -> None:
    assert parse_config({"models": [entry()]}).models[0].task == "generate"
    assert specs(entry())[0].task == "generate"


@pytest.mark.parametrize(
    ("model", "runner"),
    [
        (entry(task="embed"), True),
        (entry(task="generate"), False),
        ({"name": "g", "source": "org/g", "gpu_memory_fraction": 0.2, "task": "embed"}, True),
        ({"name": "s", "source": "sim/s", "engine": "sim", "task": "embed"}, False),  # serves all
    ],
)
def test_embed_runs_vllm_with_the_pooling_runner(model: dict, runner: bool) -> None:
    spec = specs(model)[0]
    argv = list(spec.argv)
    assert (argv[argv.index("--runner"):][:2] == ["--runner", "pooling"]) if runner else (
        "--runner" not in argv)
    assert spec.task == model["task"]


def test_runner_in_extra_args_says_to_use_task() -> None:
    for args in (["--runner", "pooling"], ["--runner=pooling"]):
        with pytest.raises(ConfigError) as info:
            parse_config({"models": [entry(extra_args=args)]})
        assert [str(p) for p in info.value.problems] == [
            "models[0].extra_args[0]: --runner is set by the appliance; set `task` in this "
            "entry instead"]


def test_an_unknown_task_is_refused() -> None:
    with pytest.raises(ConfigError) as info:
        parse_config({"models": [entry(task="classify")]})
    assert "models[0].task" in str(info.value.problems[0])
