"""`scripts/gpu-kit run --dry-run` on a small kit: the parts are checked and rebuilt, pip
resolves the kit offline for the GPU machine, the real agent and proxy serve the GPU run's
node with the simulated engine in vLLM's place and answer the openai client, the gpu tests
run (and skip), and the benchmark's command lines are written (docs/gpu-kit.md)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

from scripts.gpukit import parts

REPO = Path(__file__).resolve().parents[2]


def wheel(folder: Path, name: str, version: str, requires: list[str]) -> str:
    dist = f"{name}-{version}"
    path = folder / f"{dist}-py3-none-any.whl"
    folder.mkdir(parents=True, exist_ok=True)
    meta = f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n" + "".join(
        f"Requires-Dist: {r}\n" for r in requires)
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(f"{name}/__init__.py", "")
        z.writestr(f"{dist}.dist-info/METADATA", meta)
        z.writestr(f"{dist}.dist-info/WHEEL", "Wheel-Version: 1.0\nRoot-Is-Purelib: true\nTag: py3-none-any\n")
        z.writestr(f"{dist}.dist-info/RECORD", "")
    return f"wheels/{path.name}"


def small_kit(kit: Path, demo_requires: list[str]) -> None:
    """A kit of the real layout: `demo` stands for vLLM (it needs the machine's torch and a
    dependency the kit carries)."""
    names = [wheel(kit / "wheels", "demo", "1.0", demo_requires), wheel(kit / "wheels", "helper", "2.0", [])]
    info = {"kit_version": 1, "install": ["demo==1.0"], "models": [], "carried": {"demo": "1.0", "helper": "2.0"},
            "left_to_machine": {"torch": "2.11.0"}}
    (kit / "kit.json").write_text(json.dumps(info))
    parts.split(kit, ["kit.json", *names], kit / "parts", part_bytes=300)
    for name in ["kit.json", *names]:  # the GPU machine gets the parts alone
        (kit / name).unlink()


def run(kit: Path, out: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(REPO / "scripts" / "gpu-kit"), "--kit", str(kit), "run", "--dry-run", "--out", str(out), *args],
        capture_output=True, text=True, timeout=600, env={**os.environ, "GPU_KIT_PYTHON": sys.executable},
    )


def test_dry_run_passes_every_step_that_needs_no_gpu(tmp_path: Path) -> None:
    kit, out = tmp_path / "kit", tmp_path / "out"
    small_kit(kit, ["torch==2.11.0", "helper>=2"])
    proc = run(kit, out)
    summary = json.loads((out / "summary.json").read_text())
    assert proc.returncode == 0, proc.stdout + proc.stderr + json.dumps(summary, indent=1)
    steps = summary["steps"]
    assert list(steps) == ["kit", "install", "inventory", "models", "serve", "gpu-tests", "bench"]
    assert all(s["ok"] for s in steps.values())
    assert steps["kit"]["rebuilt"] and (kit / "unpacked" / "wheels" / "helper-2.0-py3-none-any.whl").is_file()
    assert steps["install"] == {**steps["install"], "resolved": 3, "from_kit": 2, "left_to_machine": ["torch"]}
    serve = json.loads((out / "serve.json").read_text())
    assert sorted(e["name"] for e in serve["engines"]) == ["engine-chat-0", "engine-chat-1", "engine-embed-0"]
    assert all(e["state"] == "ready" for e in serve["engines"])
    assert serve["start_order"] == []
    assert serve["api"]["problems"] == [] and serve["api"]["chat"]["answer"]
    assert serve["api"]["stream"]["chunks"] >= 2 and serve["api"]["embeddings"]["count"] == 2
    assert serve["nvml"]["nvml"] is None  # no GPU here: said, not faked
    assert serve["up_exit"] == 0
    assert "skipped" in (out / "gpu-tests.log").read_text()
    plan = json.loads((out / "bench" / "plan.json").read_text())
    assert [argv[argv.index("--result-filename") + 1] for argv in plan] == [
        "proxy-0.json", "direct-0.json", "direct-1.json", "proxy-1.json"]


def test_a_package_in_neither_kit_nor_machine_fails_the_install_by_name(tmp_path: Path) -> None:
    kit, out = tmp_path / "kit", tmp_path / "out"
    small_kit(kit, ["torch==2.11.0", "helper>=2", "not-in-the-kit"])
    proc = run(kit, out)
    assert proc.returncode == 1
    steps = json.loads((out / "summary.json").read_text())["steps"]
    assert list(steps) == ["kit", "install"]  # nothing after a failed install runs
    assert not steps["install"]["ok"] and "not-in-the-kit" in steps["install"]["error"]


def test_a_damaged_part_stops_the_run_before_anything_is_installed(tmp_path: Path) -> None:
    kit, out = tmp_path / "kit", tmp_path / "out"
    small_kit(kit, ["torch==2.11.0"])
    part = kit / "parts" / "part-001"
    part.write_bytes(part.read_bytes()[:-1])
    proc = run(kit, out, "--steps", "kit,install")
    assert proc.returncode == 1
    steps = json.loads((out / "summary.json").read_text())["steps"]
    assert list(steps) == ["kit"] and "part-001" in steps["kit"]["error"]
    assert not (kit / "unpacked").exists()
