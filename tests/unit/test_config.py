"""node.toml: loading, every kind of bad input, and the generated documents."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pydantic
import pytest

from appliance.config import ApplianceConfig, load_config, parse_config
from appliance.config.render import render_defaults, render_reference
from appliance.errors import ConfigError
from tests.conftest import EXAMPLES, ROOT


def model(**fields: object) -> dict:
    entry: dict = {"name": "chat", "source": "org/chat", "gpu_memory_fraction": 0.4}
    entry.update(fields)
    return {k: v for k, v in entry.items() if v is not None}


def problems_of(data: dict) -> list[str]:
    with pytest.raises(ConfigError) as info:
        parse_config(data)
    return [str(p) for p in info.value.problems]


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.toml")), ids=lambda p: p.name)
def test_examples_are_valid(path: Path) -> None:
    config = load_config(path)
    assert config.models


def test_empty_file_is_the_defaults() -> None:
    config = parse_config({})
    assert config == ApplianceConfig()
    assert config.gpus.reserve_fraction == 0.05
    assert config.gpus.policy == "binpack"
    assert config.node.engine_port_range == (8100, 8999)


def test_config_is_frozen() -> None:
    config = parse_config({"models": [model()]})
    with pytest.raises(pydantic.ValidationError):
        config.gpus.policy = "spread"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (
            {"models": [model(), model(name="ocr", gpu_memory_fraction=1.4)]},
            ["models[1].gpu_memory_fraction: must be > 0 and <= 1, got 1.4"],
        ),
        (
            {"models": [model(gpu_memory_fraction=0)]},
            ["models[0].gpu_memory_fraction: must be > 0 and <= 1, got 0.0"],
        ),
        (
            {"models": [model(gpu_memory_fraction=None)]},
            ["models[0]: set exactly one of gpu_memory_fraction or memory_gib, got neither"],
        ),
        (
            {"models": [model(memory_gib=20)]},
            ["models[0]: set exactly one of gpu_memory_fraction or memory_gib, got both"],
        ),
        (
            {"models": [model(gpu_memory_fracton=0.3, gpu_memory_fraction=None)]},
            ["models[0].gpu_memory_fracton: unknown key; did you mean 'gpu_memory_fraction'?"],
        ),
        (
            {"gpus": {"reserv_fraction": 0.1}},
            ["gpus.reserv_fraction: unknown key; did you mean 'reserve_fraction'?"],
        ),
        (
            {"nodes": {}},
            ["nodes: unknown key; did you mean 'node'?"],
        ),
        (
            {"gpus": {"zzz": 1}},
            [
                "gpus.zzz: unknown key; known keys: reserve_fraction, policy, inventory_file, "
                "exclude, over_quota_action, watchdog_interval_s"
            ],
        ),
        (
            {"fleet": {"peers": []}},
            ["fleet: section [fleet] is not available in this release (fleets of nodes is planned); remove it"],
        ),
        (
            {"gpus": {"policy": "pack", "reserve_fraction": 0.6}},
            [
                "gpus.reserve_fraction: must be >= 0 and <= 0.5, got 0.6",
                "gpus.policy: must be one of 'binpack' or 'spread', got 'pack'",
            ],
        ),
        (
            {"gpus": {"exclude": [1.5]}},
            ["gpus.exclude[0]: must be a GPU index (integer) or UUID (string), got 1.5"],
        ),
        (
            {"models": [model(name="a b", replicas=0, engine="tgi", memory_gib=None, gpu_memory_fraction="x")]},
            [
                "models[0].name: must be 1-128 characters of letters, digits and . _ : / -, "
                "starting with a letter or digit, got 'a b'",
                "models[0].engine: must be one of 'vllm', 'vllm-cpu' or 'sim', got 'tgi'",
                "models[0].replicas: must be >= 1, got 0",
                "models[0].gpu_memory_fraction: must be a number, got 'x'",
            ],
        ),
        (
            {"models": [model(source=None)]},
            ["models[0].source: required, but missing"],
        ),
        (
            {"models": {"name": "chat"}},
            ["models: must be an array, got a table"],
        ),
        (
            {"models": [model(), model()]},
            ["models[1].name: duplicate model name 'chat' (also models[0])"],
        ),
        (
            {"models": [model(gpu_memory_fraction=0.98)]},
            [
                "models[0].gpu_memory_fraction: 0.98 is above the per-GPU budget 0.95 "
                "(1 - gpus.reserve_fraction)"
            ],
        ),
        (
            {"models": [model(port=8100, replicas=2), model(name="ocr", port=8101)]},
            ["models[1].port: port 8101 is also used by models[0]; ports must be unique"],
        ),
        (
            {"models": [model(port=65535, replicas=2)]},
            ["models[0].port: 2 replicas from 65535 run past 65535"],
        ),
        (
            {"models": [model(port=80)]},
            ["models[0].port: must be a port from 1024 to 65535, got 80"],
        ),
        (
            {"node": {"engine_port_range": [8100, 8101]}, "models": [model(replicas=3)]},
            [
                "node.engine_port_range: too small: 8100-8101 has 2 free ports but 3 replicas "
                "need one; widen the range or lower replicas"
            ],
        ),
        (
            {"node": {"engine_port_range": [9000, 8100]}},
            ["node.engine_port_range: start 9000 is above end 8100; write [low, high]"],
        ),
        (
            {"models": [model(extra_args=["--port=9", "--tensor-parallel-size", "2", "--trust-remote-code"])]},
            [
                "models[0].extra_args[0]: --port is set by the appliance; set `port` in this "
                "entry instead",
                "models[0].extra_args[1]: --tensor-parallel-size is set by the appliance; set "
                "`tensor_parallel_size` in this entry instead",
            ],
        ),
        (
            {"models": [model(env={"CUDA_VISIBLE_DEVICES": "0", "1BAD": "x", "HF_HOME": "/x"})]},
            [
                "models[0].env.CUDA_VISIBLE_DEVICES: CUDA_VISIBLE_DEVICES is set by the planner",
                "models[0].env.1BAD: not a valid environment variable name",
            ],
        ),
    ],
)
def test_bad_input_names_the_path_to_fix(data: dict, expected: list[str]) -> None:
    assert problems_of(data) == expected


def test_invalid_toml_gives_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "node.toml"
    path.write_text('[node]\nname = "a"\n[[models]\n')
    with pytest.raises(ConfigError) as info:
        load_config(path)
    (problem,) = info.value.problems
    assert str(problem).startswith(f"{path}: invalid TOML: ")
    assert "line 3, column" in str(problem)


def test_missing_file_says_how_to_point_elsewhere(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no such file; pass --config or set APPLIANCE_CONFIG"):
        load_config(tmp_path / "absent.toml")


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (
            {"models": [model(engine="vllm-cpu", gpu_type="L4")]},
            [
                "models[0]: engine 'vllm-cpu' runs on the CPU: set memory_gib (its KV cache) "
                "and remove gpu_memory_fraction, gpu_type"
            ],
        ),
        (
            {"engines": {"vllm-cpu": {"start_timout_s": 3}}},
            ["engines.vllm-cpu.start_timout_s: unknown key; did you mean 'start_timeout_s'?"],
        ),
        (
            {"agent": {"max_restarts": 0, "api_port": 22}},
            [
                "agent.api_port: must be a port from 1024 to 65535, got 22",
                "agent.max_restarts: must be >= 1, got 0",
            ],
        ),
    ],
)
def test_engine_and_agent_sections(data: dict, expected: list[str]) -> None:
    assert problems_of(data) == expected


def test_engine_command_defaults_per_kind_and_partial_tables() -> None:
    config = parse_config(
        {"engines": {"vllm-cpu": {"start_timeout_s": 60}, "vllm": {"command": ["numactl", "x"]}}}
    )
    assert config.engines.command_for("vllm-cpu") == [
        "/opt/appliance/vllm-cpu/bin/python", "-m", "vllm.entrypoints.openai.api_server"
    ]
    assert config.engines.command_for("vllm") == ["numactl", "x"]
    assert config.engines.vllm_cpu.start_timeout_s == 60


def test_overrides_apply_after_the_file() -> None:
    config = parse_config({"gpus": {"policy": "binpack"}}, overrides={"gpus.policy": "spread"})
    assert config.gpus.policy == "spread"
    with pytest.raises(ConfigError, match="gpus.policy: must be one of"):
        parse_config({}, overrides={"gpus.policy": "nope"})


def test_relative_inventory_file_is_relative_to_node_toml(tmp_path: Path) -> None:
    (tmp_path / "node.toml").write_text('[gpus]\ninventory_file = "inv/gpus.json"\n')
    config = load_config(tmp_path / "node.toml")
    assert config.gpus.inventory_file == tmp_path / "inv" / "gpus.json"


def test_defaults_file_is_complete_and_loads_as_the_defaults(tmp_path: Path) -> None:
    text = render_defaults()
    path = tmp_path / "node.toml"
    path.write_text(text)
    assert load_config(path) == ApplianceConfig()
    from appliance.config.render import _leaf_fields, _sections

    for name, model, _, _ in _sections():
        assert (f"[{name}]" in text) or (f"[[{name}]]" in text), name
        for key, _ in _leaf_fields(model):
            assert f"{key} = " in text, f"{name}.{key}"


def test_defaults_example_model_is_valid() -> None:
    """Uncommenting the example [[models]] entry gives a valid model."""
    text = render_defaults()
    block = text[text.index("# [[models]]") :].split("\n\n")[0]
    lines = [
        line[2:] for line in block.splitlines()
        if re.match(r"^# [a-z_]+ = ", line) and "..." not in line
    ]
    data = tomllib.loads("[[models]]\n" + "\n".join(lines))
    config = parse_config(data)
    assert config.models[0].name == "chat"


def test_configuration_reference_is_current() -> None:
    committed = (ROOT / "docs" / "configuration.md").read_text()
    assert committed == render_reference(), (
        "docs/configuration.md is stale: run `appliance config reference > docs/configuration.md`"
    )
