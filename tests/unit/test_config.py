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
            [
                "models[0].gpu_memory_fracton: unknown key; did you mean 'gpu_memory_fraction'?",
                "models[0]: set exactly one of gpu_memory_fraction or memory_gib, got neither",
            ],
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
            {"metrics": {"enabled": True}},
            ["metrics: section [metrics] is not available in this release (metrics is planned); remove it"],
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
            {"models": [model(extra_args=["--port=9", "--tensor-parallel-size", "2", "--trust-remote-code"])]},
            [
                "models[0].extra_args[0]: --port is not allowed: engines listen only on the "
                "unix socket the appliance gives them",
                "models[0].extra_args[1]: --tensor-parallel-size is set by the appliance; set "
                "`tensor_parallel_size` in this entry instead",
            ],
        ),
        (
            {"models": [model(env={"CUDA_VISIBLE_DEVICES": "0", "1BAD": "x", "HF_HOME": "/x"})]},
            [
                "models[0].env.1BAD: must be a letter or _ followed by letters, digits and _ "
                "(an environment variable name), got '1BAD'",
                "models[0].env.CUDA_VISIBLE_DEVICES: CUDA_VISIBLE_DEVICES is set by the planner",
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


def test_missing_default_file_says_how_to_point_elsewhere(monkeypatch: pytest.MonkeyPatch) -> None:
    import appliance.config.loader as loader

    def absent(self: Path, encoding: str = "utf-8") -> str:
        raise FileNotFoundError(str(self))

    monkeypatch.setattr(Path, "read_text", absent)
    with pytest.raises(ConfigError) as info:
        loader.read_config_data(loader.DEFAULT_CONFIG_PATH)
    assert str(info.value) == (
        "/etc/appliance/node.toml: no such file; pass --config or set APPLIANCE_CONFIG"
    )


def test_missing_chosen_file_gives_no_hint_to_pass_config(tmp_path: Path) -> None:
    """Whoever named the file passed --config already: the hint would send them in circles."""
    with pytest.raises(ConfigError) as info:
        load_config(tmp_path / "absent.toml")
    assert str(info.value) == f"{tmp_path / 'absent.toml'}: no such file"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (   # a field error no longer hides the rules of its entry or the checks across entries
            {"models": [model(replicas=0, memory_gib=20), model()]},
            [
                "models[0].replicas: must be >= 1, got 0",
                "models[0]: set exactly one of gpu_memory_fraction or memory_gib, got both",
                "models[1].name: duplicate model name 'chat' (also models[0])",
            ],
        ),
        (   # entries left out of the cross checks keep their TOML index in the others' paths
            {"models": [model(name="a b"), model(name="x"),
                        model(name="x", gpu_memory_fraction="0.5")]},
            [
                "models[0].name: must be 1-128 characters of letters, digits and . _ : / -, "
                "starting with a letter or digit, got 'a b'",
                "models[2].gpu_memory_fraction: must be a number, got '0.5'",
                "models[2].name: duplicate model name 'x' (also models[1])",
            ],
        ),
        (   # an error in one section does not hide the checks on another
            {"gpus": {"policy": "pack"}, "models": [model(), model(gpu_memory_fraction=0.98)]},
            [
                "gpus.policy: must be one of 'binpack' or 'spread', got 'pack'",
                "models[1].name: duplicate model name 'chat' (also models[0])",
                "models[1].gpu_memory_fraction: 0.98 is above the per-GPU budget 0.95 "
                "(1 - gpus.reserve_fraction)",
            ],
        ),
        (
            {"models": [model(engine="vllm-cpu", replicas="2", tensor_parallel_size=2)],
             "aliases": [{"name": "a1", "targets": {"chat": "x"}},
                         {"name": "a2", "targets": {"nope": 1}}]},
            [
                "models[0].replicas: must be an integer, got '2'",
                "aliases[0].targets.chat: must be a number, got 'x'",
                "models[0]: engine 'vllm-cpu' runs on the CPU: set memory_gib (its KV cache) "
                "and remove gpu_memory_fraction, tensor_parallel_size",
                "aliases[1].targets.nope: not a model of this node",
            ],
        ),
        (
            {"models": [model(source=None), model(name="b", extra_args=["--port=1"])],
             "rate_limits": {"roles": {"basic": {"requests_per_minute": "5"}}}},
            [
                "models[0].source: required, but missing",
                "rate_limits.roles.basic.requests_per_minute: must be an integer, got '5'",
                "models[1].extra_args[0]: --port is not allowed: engines listen only on the "
                "unix socket the appliance gives them",
                "rate_limits.roles.basic: no such role in auth.roles (admin)",
            ],
        ),
    ],
)
def test_one_run_lists_every_problem(data: dict, expected: list[str]) -> None:
    assert problems_of(data) == expected


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ({"models": [model(gpu_memory_fraction="0.5")]},
         "models[0].gpu_memory_fraction: must be a number, got '0.5'"),
        ({"models": [model(replicas=2.0)]}, "models[0].replicas: must be an integer, got 2.0"),
        ({"models": [model(replicas=True)]}, "models[0].replicas: must be an integer, got True"),
        ({"models": [model(pii="yes")]}, "models[0].pii: must be true or false, got 'yes'"),
        ({"auth": {"enabled": 1}}, "auth.enabled: must be true or false, got 1"),
        ({"proxy": {"port": "8080"}}, "proxy.port: must be an integer, got '8080'"),
        ({"gpus": {"reserve_fraction": "0.1"}}, "gpus.reserve_fraction: must be a number, got '0.1'"),
        ({"pii": {"score_threshold": True}}, "pii.score_threshold: must be a number, got True"),
        ({"node": {"name": 7}}, "node.name: must be a string, got 7"),
        ({"node": {"state_dir": 7}}, "node.state_dir: must be a path string, got 7"),
    ],
)
def test_types_are_strict(data: dict, expected: str) -> None:
    """TOML has numbers and booleans of its own: a string or a number in their place is a
    mistake to point out, not to convert."""
    assert problems_of(data) == [expected]


def test_lax_where_toml_has_no_type_of_its_own() -> None:
    config = parse_config({"node": {"state_dir": "/srv/a"},
                           "models": [model(gpu_memory_fraction=None, memory_gib=3)]})
    assert config.node.state_dir == Path("/srv/a")
    assert config.models[0].memory_gib == 3.0


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


def test_a_model_entry_made_directly_still_keeps_its_rules() -> None:
    from appliance.config.schema import ModelEntry

    with pytest.raises(pydantic.ValidationError, match="got both"):
        ModelEntry.model_validate(model(memory_gib=3))


def _host(modules: set[str] = frozenset(), programs: set[str] = frozenset(),
          files: set[str] = frozenset(), dirs: set[str] = frozenset()):
    from appliance.config.dependencies import Host

    return Host(
        has_module=lambda name: name in modules,
        executable=lambda program: program in programs,
        is_file=lambda path: str(path) in files,
        is_dir=lambda path: str(path) in dirs,
    )


@pytest.mark.parametrize(
    ("data", "host", "expected"),
    [
        (   # [pii] enabled with a spaCy model that is not installed
            {"pii": {"enabled": True, "spacy_model": "en_core_web_lg"}},
            _host(modules={"presidio_analyzer", "spacy"}),
            ["pii.spacy_model: spaCy model 'en_core_web_lg' is not installed; install its "
             'package (docs/pii.md, "Models") or set pii.nlp = "patterns"'],
        ),
        (   # a model folder that is not there
            {"pii": {"enabled": True, "spacy_model": "/nonexistent/model"}},
            _host(modules={"presidio_analyzer", "spacy"}),
            ["pii.spacy_model: /nonexistent/model is no directory; name a spaCy model folder "
             "(the one with meta.json) or an installed model package"],
        ),
        (   # one model masking is enough to need Presidio; patterns need no spaCy model
            {"pii": {"nlp": "patterns"}, "models": [model(), model(name="b", pii=True)]},
            _host(programs={"/opt/appliance/vllm/bin/python"}),
            ["models[1].pii: PII masking needs presidio_analyzer and spacy, which this Python "
             "does not have; install the appliance's `pii` extra (pip install -e '.[pii]')"],
        ),
        (
            {"pii": {"enabled": True, "nlp": "patterns"}},
            _host(modules={"presidio_analyzer", "spacy"}),
            [],
        ),
        (   # an engine kind is checked once, at its first model
            {"models": [model(name="c", engine="vllm-cpu", memory_gib=2, gpu_memory_fraction=None),
                        model(name="d", engine="vllm-cpu", memory_gib=2, gpu_memory_fraction=None)]},
            _host(),
            ["models[0].engine: engine 'vllm-cpu' runs /opt/appliance/vllm-cpu/bin/python, which "
             "is not installed on this host; install it there (docs/engines.md) or set "
             "engines.vllm-cpu.command"],
        ),
        (
            {"gpus": {"inventory_file": "/srv/gpus"}, "auth": {"keys_file": "/srv/none/keys.json"},
             "audit": {"path": "/srv/audit"}},
            _host(dirs={"/srv/gpus", "/srv/audit", "/srv"}),
            [
                "gpus.inventory_file: /srv/gpus is a directory; write it with `appliance "
                "inventory --json > FILE` on the host to plan for, or remove the key to use NVML",
                "auth.keys_file: directory /srv/none does not exist; create it or fix the path",
                "audit.path: /srv/audit is a directory; name a file in it",
            ],
        ),
    ],
)
def test_host_dependencies(data: dict, host: object, expected: list[str]) -> None:
    from appliance.config.dependencies import host_problems

    assert [str(p) for p in host_problems(parse_config(data), host)] == expected  # type: ignore[arg-type]
