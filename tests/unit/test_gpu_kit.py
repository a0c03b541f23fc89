"""The GPU kit's pure parts: cutting files into parts with a manifest and checking them,
and the GPU run's node, benchmark and checks (scripts/gpukit, docs/gpu-kit.md)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from appliance.config import parse_config
from appliance.gpu.inventory import read_inventory_file
from appliance.placement.planner import plan
from scripts.gpukit import compare, parts, wheels
from tests.conftest import INVENTORIES

REPO = Path(__file__).resolve().parents[2]


def make_files(root: Path) -> list[str]:
    sizes = {"kit.json": 5, "wheels/a.whl": 23, "wheels/b.whl": 0, "wheels/c.whl": 7, "wheels/d.whl": 40}
    for i, (name, size) in enumerate(sizes.items()):
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(bytes((i * 31 + j) % 256 for j in range(size)))
    return list(sizes)


def test_split_cuts_the_stream_into_parts_and_rebuilds_every_file(tmp_path: Path) -> None:
    names = make_files(tmp_path / "kit")
    manifest = parts.split(tmp_path / "kit", names, tmp_path / "parts", part_bytes=10)
    assert manifest["total_bytes"] == 75
    assert [p["name"] for p in manifest["parts"]] == [f"part-{i:03d}" for i in range(8)]
    assert [p["size"] for p in manifest["parts"]] == [10] * 7 + [5]
    assert [f["offset"] for f in manifest["files"]] == [0, 5, 28, 28, 35]
    assert parts.check_parts(tmp_path / "parts") == []
    made = parts.reassemble(tmp_path / "parts", tmp_path / "out")
    assert [p.relative_to(tmp_path / "out").as_posix() for p in made] == names
    for name in names:
        assert (tmp_path / "out" / name).read_bytes() == (tmp_path / "kit" / name).read_bytes()
    on_disk = json.loads((tmp_path / "parts" / "manifest.json").read_text())
    assert on_disk == manifest


@pytest.mark.skipif(shutil.which("sha256sum") is None, reason="no sha256sum")
def test_checksums_file_checks_with_sha256sum(tmp_path: Path) -> None:
    parts.split(tmp_path / "kit", make_files(tmp_path / "kit"), tmp_path / "parts", part_bytes=16)
    proc = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=tmp_path / "parts", capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_a_damaged_or_missing_part_is_named_and_nothing_half_made_is_left(tmp_path: Path) -> None:
    names = make_files(tmp_path / "kit")
    parts.split(tmp_path / "kit", names, tmp_path / "parts", part_bytes=10)
    part = tmp_path / "parts" / "part-003"
    part.write_bytes(b"X" + part.read_bytes()[1:])
    (tmp_path / "parts" / "part-005").unlink()
    assert parts.check_parts(tmp_path / "parts") == [
        "part-003: sha256 differs from the manifest (damaged in transfer?)",
        "part-005: missing",
    ]
    manifest = parts.read_manifest(tmp_path / "parts")
    assert parts.missing_parts(tmp_path / "parts", manifest) == ["part-005"]
    with pytest.raises(parts.KitError, match="part-003: sha256 differs"):
        parts.reassemble(tmp_path / "parts", tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_a_tampered_manifest_is_refused(tmp_path: Path) -> None:
    parts.split(tmp_path / "kit", make_files(tmp_path / "kit"), tmp_path / "parts", part_bytes=10)
    path = tmp_path / "parts" / "manifest.json"
    manifest = json.loads(path.read_text())
    manifest["files"][1]["offset"] += 1
    path.write_text(json.dumps(manifest))
    assert parts.check_parts(tmp_path / "parts")[0] == "manifest: wheels/a.whl starts at 6, expected 5"
    manifest["files"][1]["offset"] -= 1
    manifest["files"][0]["path"] = "../escape"
    path.write_text(json.dumps(manifest))
    with pytest.raises(parts.KitError, match="lies outside the kit"):
        parts.reassemble(tmp_path / "parts", tmp_path / "out")


@pytest.mark.parametrize("size", [0, 60 * 2**20 + 1])
def test_part_size_is_at_most_60_mib(tmp_path: Path, size: int) -> None:
    with pytest.raises(parts.KitError, match="60 MiB"):
        parts.split(tmp_path, [], tmp_path / "parts", part_bytes=size)


def test_check_command_says_what_is_still_to_carry(tmp_path: Path) -> None:
    kit = tmp_path / "kit"
    parts.split(kit, make_files(kit), kit / "parts", part_bytes=10)

    def check(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([str(REPO / "scripts" / "gpu-kit"), "--kit", str(kit), "check", *args],
                              capture_output=True, text=True, env=gpu_kit_env(), timeout=60)

    ok = check()
    assert ok.returncode == 0 and ok.stdout.startswith("ok: 8 parts, 5 files"), ok.stdout + ok.stderr
    (kit / "parts" / "part-007").unlink()
    assert check().returncode == 1
    partial = check("--partial")
    assert partial.returncode == 0
    assert partial.stdout.strip() == "1 of 8 parts still to carry: part-007"


def gpu_kit_env() -> dict[str, str]:
    import os
    import sys

    return {**os.environ, "GPU_KIT_PYTHON": sys.executable}


def test_kit_leaves_torch_and_its_cuda_libraries_to_the_machine() -> None:
    resolved = [("torch", "2.11.0"), ("nvidia-cudnn-cu13", "9"), ("Triton", "3.6.0"), ("vllm", "0.26.0"),
                ("transformers", "5.19.0"), ("nvidia-cutlass-dsl", "4.6.0"), ("cuda-bindings", "13.4.4")]
    assert wheels.kept(resolved) == [("vllm", "0.26.0"), ("transformers", "5.19.0"),
                                     ("nvidia-cutlass-dsl", "4.6.0"), ("cuda-bindings", "13.4.4")]
    assert all(reason for reason in wheels.ON_THE_MACHINE.values())


def test_node_config_plans_two_chat_replicas_and_the_embedder_on_one_gpu() -> None:
    config = parse_config(compare.node_config("/m/chat", "/m/embed", ["vllm"]))
    result = plan(config, read_inventory_file(INVENTORIES / "1xL4.json"))
    assert sorted((p.model, p.replica, p.fraction, p.gpus) for p in result.placements) == [
        ("chat", 0, 0.4, (0,)), ("chat", 1, 0.4, (0,)), ("embed", 0, 0.1, (0,))]
    bench = parse_config(compare.node_config("/m/chat", "", ["vllm"], chat_replicas=1, embed=False))
    assert [(m.name, m.replicas) for m in bench.models] == [("chat", 1)]


def test_bench_sides_alternate_which_goes_first() -> None:
    assert compare.bench_order(3) == [(0, "proxy"), (0, "direct"), (1, "direct"), (1, "proxy"),
                                      (2, "proxy"), (2, "direct")]
    argv = compare.bench_argv("vllm", "http://127.0.0.1:1", "/m/chat", "/out", "proxy-0.json")
    assert argv[:3] == ["vllm", "bench", "serve"]
    assert argv[argv.index("--base-url") + 1] == "http://127.0.0.1:1"
    assert argv[argv.index("--result-filename") + 1] == "proxy-0.json"


def test_bench_ratios_are_medians_of_proxy_over_direct() -> None:
    results = {
        "proxy": [{"request_throughput": 9.0, "median_ttft_ms": 22.0}, {"request_throughput": 11.0, "median_ttft_ms": 26.0}],
        "direct": [{"request_throughput": 10.0, "median_ttft_ms": 20.0}, {"request_throughput": 10.0, "median_ttft_ms": 20.0}],
    }
    ratios = compare.bench_ratios(results)
    assert ratios["request_throughput"] == {"better": "higher", "proxy": 10.0, "proxy_range": [9.0, 11.0],
                                            "direct": 10.0, "direct_range": [10.0, 10.0], "proxy_over_direct": 1.0}
    assert ratios["median_ttft_ms"]["proxy_over_direct"] == 1.2
    assert ratios["p99_ttft_ms"]["proxy_over_direct"] is None  # not measured: no ratio


@pytest.mark.parametrize(("usage", "problems"), [
    ({"e0": (30 * 2**30, 40 * 2**30)}, []),
    ({"e0": (40 * 2**30, 40 * 2**30)}, []),
    ({"e0": (41 * 2**30, 40 * 2**30)}, ["e0: uses 41.00 GiB, quota 40.00 GiB"]),
    ({"e0": (0, 40 * 2**30)}, ["e0: NVML reports no GPU memory for its processes"]),
])
def test_quota_problems(usage: dict, problems: list[str]) -> None:
    assert compare.quota_problems(usage) == problems


def test_start_problems_find_a_replica_started_before_the_previous_was_ready() -> None:
    engines = [{"name": "a", "gpus": [0], "process_start": 100.0}, {"name": "b", "gpus": [0], "process_start": 150.0},
               {"name": "c", "gpus": [0], "process_start": 170.0}]
    assert compare.start_problems(engines, {"a": 149.0, "b": 169.5}, slack_s=1.5) == []
    assert compare.start_problems(engines, {"a": 149.0, "b": 180.0}, slack_s=1.5) == [
        "GPU 0: c started 10.0s before b was ready"]


def test_fixture_name_in_the_style_of_the_recorded_ones() -> None:
    h100 = json.loads((INVENTORIES / "8xH100-80GB.json").read_text())
    assert compare.fixture_name(h100) == "8xH100-80GB"
    h200 = {"gpus": [{"name": "NVIDIA H200", "memory_total_mib": 143771}]}
    assert compare.fixture_name(h200) == "1xH200-140GB"
