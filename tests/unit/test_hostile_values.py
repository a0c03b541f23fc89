"""Values meant to inject lines, variables or hosts: refused where they enter (node.toml,
the models drop-in and the agent's POST /v1/models all go through the config schema), and
refused again by the renderers of supervisord's files should one ever get past."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pydantic
import pytest

from appliance.config import parse_config
from appliance.config.schema import ModelEntry
from appliance.engines.specs import build_specs
from appliance.errors import ConfigError
from appliance.placement.planner import plan
from appliance.proxy.request_id import request_id_for
from appliance.supervisor.conf import render_main, render_program
from tests.conftest import inventory

INJECTED = "\n[program:evil]\ncommand=/bin/sh -c id\nautostart=true"


def control(path: str, found: str, at: int) -> str:
    return (
        f"{path}: must not hold control characters (line breaks, tabs, NUL and the like); "
        f"found {found!r} at character {at}"
    )


def model(**fields: object) -> dict:
    entry: dict = {"name": "chat", "source": "org/chat", "gpu_memory_fraction": 0.4}
    entry.update(fields)
    return entry


def problems_of(data: dict) -> list[str]:
    with pytest.raises(ConfigError) as info:
        parse_config(data)
    return [str(p) for p in info.value.problems]


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (
            {"models": [model(extra_args=["--enable-prefix-caching" + INJECTED])]},
            control("models[0].extra_args[0]", "\n", 24),
        ),
        ({"models": [model(source="org/chat" + INJECTED)]}, control("models[0].source", "\n", 9)),
        ({"models": [model(source="org/chat\x00")]}, control("models[0].source", "\x00", 9)),
        ({"models": [model(extra_args=["--x\x00y"])]}, control("models[0].extra_args[0]", "\x00", 4)),
        ({"models": [model(extra_args=["--x\ty"])]}, control("models[0].extra_args[0]", "\t", 4)),
        ({"models": [model(extra_args=["--x\u2028y"])]}, control("models[0].extra_args[0]", "\u2028", 4)),
        ({"models": [model(env={"HF_HOME": "/x\x00"})]}, control("models[0].env.HF_HOME", "\x00", 3)),
        ({"models": [model(env={"HF_HOME": "/x\r"})]}, control("models[0].env.HF_HOME", "\r", 3)),
        (
            {"models": [model(env={"LD_PRELOAD\n": "/tmp/evil.so"})]},
            'models[0].env."LD_PRELOAD\\n": must be a letter or _ followed by letters, '
            "digits and _ (an environment variable name), got 'LD_PRELOAD\\n'",
        ),
        (
            {"models": [model(name="chat\n")]},
            "models[0].name: must be 1-128 characters of letters, digits and . _ : / -, "
            "starting with a letter or digit, got 'chat\\n'",
        ),
        (
            {"aliases": [{"name": "chat\n", "targets": {"x": 1}}]},
            "aliases[0].name: must be 1-128 characters of letters, digits and . _ : / -, "
            "starting with a letter or digit, got 'chat\\n'",
        ),
        ({"engines": {"sim": {"env": {"A": "1" + INJECTED}}}}, control("engines.sim.env.A", "\n", 2)),
        (
            {"engines": {"vllm": {"command": ["/usr/bin/python" + INJECTED]}}},
            control("engines.vllm.command[0]", "\n", 16),
        ),
        ({"node": {"state_dir": "/var/lib/x" + INJECTED}}, control("node.state_dir", "\n", 11)),
        ({"node": {"log_dir": "/var/log/\x00"}}, control("node.log_dir", "\x00", 10)),
        ({"node": {"name": "n1\nn2"}}, control("node.name", "\n", 3)),
        ({"audit": {"path": "/var/log/a\n.jsonl"}}, control("audit.path", "\n", 11)),
    ],
)
def test_control_characters_are_refused_where_they_enter(data: dict, expected: str) -> None:
    problems = problems_of(data)
    assert expected in problems, problems
    assert not any("\n" in p or "\x00" in p for p in problems)  # every echo is escaped


def test_a_model_entry_made_directly_refuses_them_too() -> None:
    with pytest.raises(pydantic.ValidationError, match="control characters"):
        ModelEntry.model_validate(model(extra_args=["--x" + INJECTED]))
    with pytest.raises(pydantic.ValidationError, match="environment variable name"):
        ModelEntry.model_validate(model(env={"X\n": "1"}))


def test_ordinary_values_still_pass() -> None:
    config = parse_config({
        "models": [model(
            source="/srv/models/Qwen 2.5 (7B)", extra_args=["--chat-template", "{% if x %}é{% endif %} 100%"],
            env={"HF_HOME": "/data/hf", "QUOTE": "it's, a \\ path"},
        )],
        "engines": {"sim": {"env": {"A": "1"}}},
        "node": {"name": "gpu-01.example.org"},
    })
    assert config.models[0].extra_args[1].endswith("100%")


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("127.5.5.5", True),
        ("::1", True),
        ("localhost", True),
        ("::ffff:127.0.0.1", True),
        ("localhost.evil.com", False),
        ("127.0.0.1.evil.com", False),
        ("127.evil.com", False),
        ("::1.evil.com", False),
        ("localhost\n", False),
        ("0.0.0.0", False),
        ("::", False),
        ("10.0.0.1", False),
    ],
)
def test_auth_off_needs_a_loopback_proxy_host(host: str, loopback: bool) -> None:
    data = {"auth": {"enabled": False}, "proxy": {"host": host}}
    if loopback:
        assert parse_config(data).proxy.host == host
    else:
        (problem,) = problems_of(data)
        assert problem.startswith("auth.enabled: false needs proxy.host on loopback"), problem
        assert repr(host) in problem


# --- the renderers refuse what validation should have stopped --------------------------


def _config(tmp_path: Path):
    return parse_config({
        "models": [model()],
        "node": {"state_dir": str(tmp_path / "state"), "log_dir": str(tmp_path / "log"),
                 "run_dir": str(tmp_path / "run")},
    })


def _spec(config):
    (spec,) = build_specs(config, plan(config, inventory("1xL4")))
    return spec


@pytest.mark.parametrize("bad", ["\n", "\r", "\x00"])
def test_render_program_refuses_line_breaks_and_nul_naming_the_field(tmp_path: Path, bad: str) -> None:
    config = _config(tmp_path)
    spec = _spec(config)
    env = dict(spec.env)
    cases = [
        (dataclasses.replace(spec, argv=(*spec.argv, "--x" + bad)), {}, f"argv[{len(spec.argv)}]"),
        (dataclasses.replace(spec, env=tuple(sorted((env | {"HF_HOME": bad}).items()))), {},
         "environment value of HF_HOME"),
        (dataclasses.replace(spec, env=tuple(sorted((env | {"A" + bad: "1"}).items()))), {},
         f"environment name {'A' + bad!r}"),
        (spec, {"VLLM_API_KEY": "s3cret" + bad}, "environment value of VLLM_API_KEY"),
        (dataclasses.replace(spec, model="chat" + bad), {}, "model name"),
        (dataclasses.replace(spec, name="engine-chat-0" + bad), {}, "program name"),
    ]
    for bad_spec, secret, field in cases:
        with pytest.raises(ValueError, match="CR, LF or NUL") as info:
            render_program(config, bad_spec, secret)
        assert field in str(info.value)
        assert "s3cret" not in str(info.value)  # a secret is named, never shown
    node = config.node.model_copy(update={"state_dir": Path(str(tmp_path) + bad + "[evil]")})
    with pytest.raises(ValueError, match="node.state_dir"):
        render_program(config.model_copy(update={"node": node}), spec, {})


@pytest.mark.parametrize("field", ["state_dir", "log_dir", "run_dir"])
def test_render_main_refuses_line_breaks_in_paths(tmp_path: Path, field: str) -> None:
    config = _config(tmp_path)
    node = config.node.model_copy(update={field: Path("/x\n[program:evil]\ncommand=/bin/sh")})
    with pytest.raises(ValueError, match=f"node.{field} holds CR, LF or NUL"):
        render_main(config.model_copy(update={"node": node}))


# --- request ids ------------------------------------------------------------------------


@pytest.mark.parametrize("given", ["abc\n", "abc\r\nX-Evil: 1", "abc\x00", "", "a" * 129, "a b"])
def test_an_insane_request_id_is_replaced(given: str) -> None:
    made = request_id_for(given)
    assert made != given and len(made) == 32 and int(made, 16) >= 0


def test_a_sane_request_id_is_kept() -> None:
    assert request_id_for("req-1.2:3_x") == "req-1.2:3_x"
