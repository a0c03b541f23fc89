"""The `appliance` command line: exit codes, one-line errors, tables and JSON."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

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
    result = run("config", "check", "--config", str(EXAMPLES / "single-host.toml"))
    assert result.returncode == 0, result.stderr
    assert "OK (4 models, 4 replicas)" in result.stdout


def test_config_check_lists_every_problem_and_exits_1(tmp_path: Path) -> None:
    bad = tmp_path / "node.toml"
    bad.write_text(
        "[[models]]\nname = 'a'\nsource = 'x'\ngpu_memory_fraction = 1.4\n"
        "[[models]]\nname = 'b'\nsourc = 'x'\nmemory_gib = 3\n"
    )
    result = run("config", "check", "--config", str(bad))
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
