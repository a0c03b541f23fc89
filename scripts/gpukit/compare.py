"""Pure parts of the GPU run: the node it serves, the benchmark's command and its ratios,
the checks on what NVML measured. Plain data in, plain data out; tested in
tests/unit/test_gpu_kit.py."""

from __future__ import annotations

import statistics
from typing import Any

CHAT_FRACTION = 0.40
EMBED_FRACTION = 0.10
CHAT_REPLICAS = 2
# supervisord reports a process's start in whole seconds and the agent a state's age in
# tenths: a start this close to the previous replica's ready counts as after it. vLLM takes
# tens of seconds to be ready, so replicas started together still show.
START_SLACK_S = 1.2
# the benchmark's metrics (keys of `vllm bench serve --save-result` JSON) and which way is better
BENCH_METRICS = {
    "request_throughput": "higher",
    "output_throughput": "higher",
    "median_ttft_ms": "lower",
    "p99_ttft_ms": "lower",
    "median_tpot_ms": "lower",
    "median_e2el_ms": "lower",
}


def node_config(chat_dir: str, embed_dir: str, command: list[str], *, chat_replicas: int = CHAT_REPLICAS,
                embed: bool = True, inventory_file: str | None = None) -> dict[str, Any]:
    """The node.toml (as a dict) of the GPU run: the chat model's replicas at 0.40 of the GPU
    each and the embedding model at 0.10, on the `vllm` engine started by `command`."""
    models: list[dict[str, Any]] = [{
        "name": "chat", "source": chat_dir, "replicas": chat_replicas,
        "gpu_memory_fraction": CHAT_FRACTION, "max_model_len": 2048,
        "extra_args": ["--dtype", "bfloat16"], "env": {"HF_HUB_OFFLINE": "1"},
    }]
    if embed:
        models.append({
            "name": "embed", "source": embed_dir, "task": "embed",
            "gpu_memory_fraction": EMBED_FRACTION, "max_model_len": 256,
            "extra_args": ["--dtype", "float16"], "env": {"HF_HUB_OFFLINE": "1"},
        })
    config: dict[str, Any] = {
        "engines": {"vllm": {"command": command, "start_timeout_s": 600, "unhealthy_timeout_s": 60}},
        "agent": {"health_interval_s": 1},
        "gpus": {"watchdog_interval_s": 2},
        "models": models,
    }
    if inventory_file:
        config["gpus"]["inventory_file"] = inventory_file
    return config


def bench_argv(vllm: str, base_url: str, tokenizer: str, result_dir: str, filename: str,
               *, prompts: int = 300, concurrency: int = 32, seed: int = 0) -> list[str]:
    """`vllm bench serve` against one side (the proxy or the engine), chat completions of
    512 random tokens in and 128 out (ignore_eos, so every answer has the same length)."""
    return [vllm, "bench", "serve", "--backend", "openai-chat", "--endpoint", "/v1/chat/completions",
            "--base-url", base_url, "--model", "chat", "--tokenizer", tokenizer,
            "--dataset-name", "random", "--random-input-len", "512", "--random-output-len", "128",
            "--ignore-eos", "--num-prompts", str(prompts), "--max-concurrency", str(concurrency),
            "--num-warmups", "8", "--seed", str(seed), "--disable-tqdm",
            "--percentile-metrics", "ttft,tpot,itl,e2el", "--metric-percentiles", "50,90,99",
            "--save-result", "--result-dir", result_dir, "--result-filename", filename]


def bench_order(rounds: int) -> list[tuple[int, str]]:
    """(round, side) in the order they run: the sides alternate which goes first, so drift
    over the run (clocks, caches, temperature) falls on both."""
    order = []
    for r in range(rounds):
        sides = ("proxy", "direct") if r % 2 == 0 else ("direct", "proxy")
        order += [(r, s) for s in sides]
    return order


def bench_ratios(results: dict[str, list[dict[str, Any]]]) -> dict[str, dict[str, Any]]:
    """Per metric: each side's median over its rounds, the range, and proxy / direct."""
    out = {}
    for metric, better in BENCH_METRICS.items():
        row: dict[str, Any] = {"better": better}
        for side in ("proxy", "direct"):
            values = [r[metric] for r in results.get(side, []) if isinstance(r.get(metric), int | float)]
            row[side] = statistics.median(values) if values else None
            row[f"{side}_range"] = [min(values), max(values)] if values else None
        row["proxy_over_direct"] = (
            round(row["proxy"] / row["direct"], 4) if row["proxy"] is not None and row["direct"] else None
        )
        out[metric] = row
    return out


def quota_problems(usage: dict[str, tuple[int, int]]) -> list[str]:
    """One line per engine whose GPU memory (NVML, bytes) exceeds its quota (bytes), or
    that NVML saw using nothing."""
    problems = []
    for engine, (used, quota) in sorted(usage.items()):
        if used <= 0:
            problems.append(f"{engine}: NVML reports no GPU memory for its processes")
        elif used > quota:
            problems.append(f"{engine}: uses {used / 2**30:.2f} GiB, quota {quota / 2**30:.2f} GiB")
    return problems


def start_problems(engines: list[dict[str, Any]], ready_seen: dict[str, float], slack_s: float) -> list[str]:
    """Engines sharing a GPU must start one after another: each process starts only once
    the one started before it on that GPU was ready (`ready_seen`: wall-clock time it became
    ready, from the agent's status; `slack_s`: START_SLACK_S allows for the clocks' grain)."""
    problems = []
    by_gpu: dict[int, list[dict[str, Any]]] = {}
    for e in engines:
        for gpu in e.get("gpus") or []:
            by_gpu.setdefault(gpu, []).append(e)
    for gpu, group in sorted(by_gpu.items()):
        group = sorted(group, key=lambda e: e.get("process_start") or 0)
        for before, after in zip(group, group[1:], strict=False):
            ready = ready_seen.get(before["name"])
            start = after.get("process_start")
            if ready is None or start is None:
                problems.append(f"GPU {gpu}: no start or ready time for {before['name']} / {after['name']}")
            elif start < ready - slack_s:
                problems.append(f"GPU {gpu}: {after['name']} started {ready - start:.1f}s before "
                                f"{before['name']} was ready")
    return problems


def fixture_name(inventory: dict[str, Any]) -> str:
    """A recorded inventory's file name in the style of tests/fixtures/inventories:
    1xL4, 8xH100-80GB, 2xA100-40GB-2xL4."""
    groups: dict[str, int] = {}
    for gpu in inventory.get("gpus", []):
        model = gpu["name"].removeprefix("NVIDIA ").split()[0]
        key = f"{model}-{round(gpu['memory_total_mib'] / 1024)}GB"
        groups[key] = groups.get(key, 0) + 1
    return "-".join(f"{n}x{k}" for k, n in groups.items()) or "no-gpu"
