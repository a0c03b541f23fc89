"""scripts/bench up: time from `appliance up` to the first answers, and memory.

Cold: an empty appliance cache, so `up` installs vLLM's CPU build and makes the model
first (pip's own download cache is left as it is; say which when quoting). Warm: the same
cache again, `--warm` times. Each run starts `appliance up` on a fresh state directory,
waits for its "ready" lines, sends one chat completion then one embedding with the
official openai client and its API key (timed from the client), reads the resident memory
of the agent, supervisord and each engine (with its children), then stops it with SIGINT.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import openai
import psutil
from rich.console import Console
from rich.table import Table

from appliance.engines import cpu_engine, default_models


def rss_mib(pid: int, children: bool = False) -> float:
    proc = psutil.Process(pid)
    procs = [proc, *(proc.children(recursive=True) if children else [])]
    return sum(p.memory_info().rss for p in procs) / 2**20


def run_once(cache: Path, state: Path) -> dict[str, float]:
    env = {**os.environ, "APPLIANCE_CACHE": str(cache)}
    t0 = time.monotonic()
    proc = subprocess.Popen(
        [sys.executable, "-m", "appliance", "up", "--state-dir", str(state)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env, bufsize=1,
    )
    try:
        text = ""
        assert proc.stdout is not None
        while "status: appliance status" not in text:
            line = proc.stdout.readline()
            if not line and proc.poll() is not None:
                raise RuntimeError(f"appliance up exited:\n{text}")
            text += line
        t_ready = time.monotonic() - t0
        port = int(re.search(r"127\.0\.0\.1:(\d+)/v1", text).group(1))
        key = (state / "up-api-key").read_text().strip()
        client = openai.OpenAI(base_url=f"http://127.0.0.1:{port}/v1", api_key=key)
        client.chat.completions.create(
            model=default_models.CHAT.name,
            messages=[{"role": "user", "content": "What is the capital of France?"}],
        )
        t_answer = time.monotonic() - t0
        client.embeddings.create(model=default_models.EMBED.name, input="the capital of France")
        t_embedding = time.monotonic() - t0
        status = json.loads(subprocess.run(
            [sys.executable, "-m", "appliance", "status", "--json", "--config", str(state / "node.toml")],
            capture_output=True, text=True, check=True,
        ).stdout)
        supervisord = int((state / "run" / "supervisord.pid").read_text())
        engines = {e["model"]: e["pid"] for e in status["engines"]}
        return {
            "ready s": t_ready,
            "first answer s": t_answer,
            "first embedding s": t_embedding,
            "agent RSS MiB": rss_mib(status["node"]["agent_pid"]),
            "supervisord RSS MiB": rss_mib(supervisord),
            "chat engine RSS MiB": rss_mib(engines[default_models.CHAT.name], children=True),
            "embedding engine RSS MiB": rss_mib(engines[default_models.EMBED.name], children=True),
        }
    finally:
        proc.send_signal(signal.SIGINT)
        proc.communicate(timeout=180)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--warm", type=int, default=3)
    parser.add_argument("--no-cold", action="store_true", help="skip the cold run")
    parser.add_argument("--cache", type=Path, help="cache for warm runs (default: a new one)")
    args = parser.parse_args()
    rows: list[tuple[str, dict[str, float]]] = []
    with tempfile.TemporaryDirectory() as tmp:
        cache = args.cache or Path(tmp) / "cache"
        if not args.no_cold:
            rows.append(("cold", run_once(Path(tmp) / "cold-cache", Path(tmp) / "s-cold")))
            cache = args.cache or Path(tmp) / "cold-cache"
        elif not cpu_engine.is_prepared(cache):
            cpu_engine.prepare_cpu_engine(cache)
        for i in range(args.warm):
            rows.append((f"warm {i + 1}", run_once(cache, Path(tmp) / f"s-{i}")))
    keys = list(rows[0][1])
    table = Table(title="appliance up, embedded CPU default (client-side times from process start)")
    table.add_column("run")
    for k in keys:
        table.add_column(k, justify="right")
    for name, r in rows:
        table.add_row(name, *(f"{r[k]:.1f}" for k in keys))
    warm = [r for n, r in rows if n.startswith("warm")]
    if len(warm) > 1:
        table.add_row("warm median", *(f"{statistics.median(r[k] for r in warm):.1f}" for k in keys))
    console = Console(width=160)
    console.print(table)
    console.print(f"python {platform.python_version()} on {platform.machine()}, {platform.node()}, "
                  f"{os.cpu_count()} CPUs, {psutil.virtual_memory().total / 2**30:.0f} GiB")


if __name__ == "__main__":
    main()
