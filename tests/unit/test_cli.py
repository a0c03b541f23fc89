"""The `appliance` command line: exit codes, one-line errors, tables and JSON."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from appliance.cli import main
from tests.conftest import EXAMPLES, INVENTORIES

H100 = str(INVENTORIES / "8xH100-80GB.json")


def run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    """The installed console script, as an operator runs it."""
    return subprocess.run(
        [sys.executable, "-m", "appliance", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=60,
    )


def invoke(*args: str, env: dict | None = None):
    return CliRunner().invoke(main, list(args), env=env)


def test_config_check_ok() -> None:
    result = run("config", "check", "--no-host-checks", "--config",
                 str(EXAMPLES / "single-host.toml"))
    assert result.returncode == 0, result.stderr
    assert "OK (4 models, 4 replicas)" in result.stdout


def test_config_check_lists_what_the_host_lacks_with_the_file_problems(tmp_path: Path) -> None:
    path = tmp_path / "node.toml"
    path.write_text(
        "[gpus]\ninventory_file = 'absent.json'\n[pii]\nenabled = true\n"
        "spacy_model = 'xx_absent_model'\n[engines.vllm]\ncommand = ['/nonexistent/python']\n"
        "[[models]]\nname = 'a'\nsource = 'x'\ngpu_memory_fraction = '0.5'\n"
        "[[models]]\nname = 'b'\nsource = 'x'\nmemory_gib = 2\n"
    )
    result = run("config", "check", "--config", str(path))
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "models[0].gpu_memory_fraction: must be a number, got '0.5'",
        f"gpus.inventory_file: {tmp_path / 'absent.json'} does not exist; write it with "
        "`appliance inventory --json > FILE` on the host to plan for, or remove the key to "
        "use NVML",
        "engines.vllm.command: engine 'vllm' runs /nonexistent/python, which is not installed "
        "on this host; fix the command",
        "pii.spacy_model: spaCy model 'xx_absent_model' is not installed; install its "
        'package (docs/pii.md, "Models") or set pii.nlp = "patterns"',
        f"{path}: 4 problems",
    ]
    no_host = run("config", "check", "--no-host-checks", "--config", str(path))
    assert no_host.stderr.splitlines()[0].startswith("models[0].gpu_memory_fraction")
    assert len(no_host.stderr.splitlines()) == 2


def test_config_check_lists_every_problem_and_exits_1(tmp_path: Path) -> None:
    bad = tmp_path / "node.toml"
    bad.write_text(
        "[[models]]\nname = 'a'\nsource = 'x'\ngpu_memory_fraction = 1.4\n"
        "[[models]]\nname = 'b'\nsourc = 'x'\nmemory_gib = 3\n"
    )
    result = run("config", "check", "--no-host-checks", "--config", str(bad))
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "models[0].gpu_memory_fraction: must be > 0 and <= 1, got 1.4",
        "models[1].source: required, but missing",
        "models[1].sourc: unknown key; did you mean 'source'?",
        f"{bad}: 3 problems",
    ]
    assert "Traceback" not in result.stderr


def test_config_path_from_environment(tmp_path: Path) -> None:
    path = tmp_path / "node.toml"
    path.write_text("[gpus]\npolicy = 'spread'\n")
    result = invoke("config", "check", env={"APPLIANCE_CONFIG": str(path)})
    assert result.exit_code == 0
    assert str(path) in result.output


def test_default_path_is_etc_appliance() -> None:
    result = invoke("config", "check", env={"APPLIANCE_CONFIG": ""})
    if Path("/etc/appliance/node.toml").exists():
        pytest.skip("this host has a real /etc/appliance/node.toml")
    assert result.exit_code == 1
    assert "/etc/appliance/node.toml: no such file" in result.output


def test_no_hint_to_pass_config_when_it_was_passed(tmp_path: Path) -> None:
    result = invoke("config", "check", "--config", str(tmp_path / "absent.toml"))
    assert result.exit_code == 1
    assert result.output == f"{tmp_path / 'absent.toml'}: no such file\n"


def test_invalid_toml_is_one_line_with_position(tmp_path: Path) -> None:
    path = tmp_path / "node.toml"
    path.write_text("[node\n")
    result = run("config", "check", "--config", str(path))
    assert result.returncode == 1
    (line,) = result.stderr.splitlines()
    assert "invalid TOML" in line and "line 1, column" in line


def test_config_defaults_prints_a_valid_file(tmp_path: Path) -> None:
    result = invoke("config", "defaults")
    assert result.exit_code == 0
    path = tmp_path / "node.toml"
    path.write_text(result.output)
    assert invoke("config", "check", "--config", str(path)).exit_code == 0


def test_inventory_without_driver_is_one_line_exit_1() -> None:
    result = run("inventory")
    from appliance.errors import NvmlUnavailable
    from appliance.gpu.discover import nvml_inventory

    try:
        nvml_inventory()
    except NvmlUnavailable:
        assert result.returncode == 1
        (line,) = result.stderr.splitlines()
        assert line.startswith("no GPU inventory: ")
        assert "Traceback" not in result.stderr
        assert "--inventory or" not in line  # `inventory` has no such option
        assert "`appliance plan --inventory FILE`" in line
    else:
        assert result.returncode == 0


def test_plan_table_on_an_inventory_file() -> None:
    result = run("plan", "--config", str(EXAMPLES / "single-host.toml"), "--inventory", H100)
    assert result.returncode == 0, result.stderr
    assert "llama-70b" in result.stdout and "0,1,2,3" in result.stdout
    assert "4 replicas placed, 0 rejected" in result.stdout
    assert "…" not in result.stdout  # not cut when piped


def test_plan_json_is_the_documented_shape_and_inventory_json_feeds_it(tmp_path: Path) -> None:
    result = invoke("plan", "--config", str(EXAMPLES / "fleet-node.toml"), "--inventory",
                    str(INVENTORIES / "2xA100-40GB-2xL4.json"), "--json")
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert {p["model"] for p in data["placements"]} == {"qwen-32b", "qwen-7b", "embed"}
    assert data["rejections"] == []
    assert data["placements"][0]["gpu_uuids"][0].startswith("GPU-")


def test_plan_exits_1_with_reasons_when_something_does_not_fit(tmp_path: Path) -> None:
    path = tmp_path / "node.toml"
    path.write_text(
        "[[models]]\nname = 'wide'\nsource = 'x'\ntensor_parallel_size = 8\n"
        "gpu_memory_fraction = 0.5\ngpu_type = 'L4'\n"
    )
    result = run("plan", "--config", str(path), "--inventory", str(INVENTORIES / "1xL4.json"))
    assert result.returncode == 1
    assert "rejected: wide replica 0 needs 8 × NVIDIA L4; this node has 1" in result.stdout
    data = json.loads(invoke("plan", "--config", str(path), "--inventory",
                             str(INVENTORIES / "1xL4.json"), "--json").output)
    assert data["rejections"][0]["model"] == "wide"


def test_plan_uses_inventory_file_from_config(tmp_path: Path) -> None:
    (tmp_path / "gpus.json").write_text((INVENTORIES / "1xL4.json").read_text())
    path = tmp_path / "node.toml"
    path.write_text(
        "[gpus]\ninventory_file = 'gpus.json'\n"
        "[[models]]\nname = 'a'\nsource = 'x'\ngpu_memory_fraction = 0.5\n"
    )
    result = invoke("plan", "--config", str(path), "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["placements"][0]["gpus"] == [0]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "inventory file not found"),
        ("{", "invalid JSON at line 1"),
        ('{"gpus": [{"index": 0}]}', "gpus[0].uuid: field required"),
    ],
)
def test_plan_with_a_bad_inventory_file(tmp_path: Path, content: str | None, message: str) -> None:
    inv = tmp_path / "inv.json"
    if content is not None:
        inv.write_text(content)
    result = run("plan", "--config", str(EXAMPLES / "single-host.toml"), "--inventory", str(inv))
    assert result.returncode == 1
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"{inv}: ") and message in line


def test_nvml_hint_fits_the_command(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Only a command with --inventory is told to pass it."""
    from appliance.errors import NvmlUnavailable

    def no_driver(*args: object, **kwargs: object) -> None:
        raise NvmlUnavailable("no NVIDIA driver on this host")

    monkeypatch.setattr("appliance.cli.gpu_cmd.nvml_inventory", no_driver)
    monkeypatch.setattr("appliance.cli.gpu_cmd.discover_inventory", no_driver)
    inventory_line = invoke("inventory").output
    assert "--inventory or" not in inventory_line and "appliance plan --inventory" in inventory_line
    path = tmp_path / "node.toml"
    path.write_text("")
    plan_line = invoke("plan", "--config", str(path)).output
    assert "pass --inventory FILE or set [gpus] inventory_file" in plan_line


def _groups(group: click.Group, path: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    out = [path]
    for name, command in group.commands.items():
        if isinstance(command, click.Group):
            out += _groups(command, (*path, name))
    return out


@pytest.mark.parametrize("path", _groups(main), ids=lambda p: " ".join(("appliance", *p)))
def test_help_lists_every_command_uncut(path: tuple[str, ...]) -> None:
    """`--help` lists subcommands with the first sentence of their help, cut with "..."
    where it does not fit the 80 columns (after the longest command name)."""
    result = CliRunner().invoke(main, [*path, "--help"], terminal_width=80)
    listing = result.output.split("Commands:\n", 1)[1]
    cut = [line.strip() for line in listing.splitlines() if line.endswith("...")]
    assert cut == [], "shorten the first sentence of their help, or set short_help"


def test_keys_list_says_when_there_is_no_keys_file(tmp_path: Path) -> None:
    path = tmp_path / "node.toml"
    path.write_text(f"[node]\nstate_dir = '{tmp_path / 'state'}'\n")
    result = run("keys", "list", "--config", str(path))
    assert result.returncode == 0
    assert result.stderr == (
        f"no keys yet: {tmp_path / 'state' / 'keys.json'} does not exist; "
        "`appliance keys create` makes it\n"
    )
    assert json.loads(run("keys", "list", "--json", "--config", str(path)).stdout) == []


def test_render_systemd_refuses_a_missing_output_directory(tmp_path: Path) -> None:
    result = invoke("render", "systemd", "--output", str(tmp_path / "etc" / "systemd"))
    assert result.exit_code == 1
    assert "does not exist; create it first" in result.output
    assert not (tmp_path / "etc").exists()
    assert invoke("render", "systemd", "--output", str(tmp_path)).exit_code == 0
