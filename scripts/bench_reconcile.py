"""scripts/bench reconcile: how long the agent takes to reconcile 50 engine programs with
a real supervisord.

supervisord runs as under systemd (`appliance supervisor run`); the agent's reconcile step
(`Agent._apply_specs`: diff, write program files, reloadConfig, add/remove groups) is timed
in-process for: adding 50 programs to an empty supervisord, a reload that changes nothing,
changing 1 of 50, and removing all 50. The programs are idle Python processes that are never
started (starting engines is the lifecycle's job, not reconcile's). Beside each, in the same
rounds, one XML-RPC round trip (getState) as the unit of cost.
"""

from __future__ import annotations

import argparse
import asyncio
import platform
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import tomli_w
from rich.console import Console
from rich.table import Table

from appliance.agent.daemon import Agent
from appliance.config import load_config
from appliance.engines.specs import build_specs
from appliance.placement.planner import plan
from appliance.supervisor.client import SupervisorClient
from appliance.supervisor.conf import SupervisorPaths
from appliance.supervisor.store import ProgramStore

ROOT = Path(__file__).resolve().parent.parent
IDLE = [sys.executable, "-c", "import time; time.sleep(3600)"]


def write_config(root: Path, n: int, extra_len: int | None = None, changed: int = 0) -> Path:
    models = [
        {"name": f"m{i:02d}", "source": f"org/m{i:02d}", "gpu_memory_fraction": 0.05}
        | ({"max_model_len": extra_len} if extra_len and i < changed else {})
        for i in range(n)
    ]
    data = {
        "node": {"state_dir": str(root / "state"), "log_dir": str(root / "log"), "run_dir": str(root / "run")},
        "gpus": {"inventory_file": str(ROOT / "tests/fixtures/inventories/8xH100-80GB.json")},
        "engines": {"vllm": {"command": IDLE}},
        "models": models,
    }
    path = root / "node.toml"
    path.write_text(tomli_w.dumps(data))
    return path


async def one_round(root: Path, agent: Agent, n: int) -> dict[str, float]:
    async def timed(config_path: Path) -> float:
        config = load_config(config_path)
        specs = build_specs(config, plan(config, load_inventory(config)))
        t0 = time.perf_counter()
        await agent._apply_specs(config, specs)
        return time.perf_counter() - t0

    def load_inventory(config):  # type: ignore[no-untyped-def]
        from appliance.gpu.discover import discover_inventory

        return discover_inventory(config.gpus.inventory_file)

    out = {}
    out["add 50"] = await timed(write_config(root, n))
    out["no change"] = await timed(write_config(root, n))
    out["change 1 of 50"] = await timed(write_config(root, n, extra_len=4096, changed=1))
    out["remove 50"] = await timed(write_config(root, 0))
    assert agent.supervisor is not None
    t0 = time.perf_counter()
    await agent.supervisor.state()
    out["one XML-RPC call"] = time.perf_counter() - t0
    return out


async def bench(rounds: int, n: int) -> dict[str, list[float]]:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        config_path = write_config(root, 0)
        sup = subprocess.Popen(
            [sys.executable, "-m", "appliance", "supervisor", "run", "--config", str(config_path)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
        )
        try:
            config = load_config(config_path)
            paths = SupervisorPaths.from_config(config)
            agent = Agent(config_path)
            agent.supervisor = SupervisorClient(str(paths.socket))
            agent.store = ProgramStore(paths.programs_dir)
            agent.token = "bench"
            await agent._wait_for_supervisor()
            await one_round(root, agent, n)  # warm-up
            results: dict[str, list[float]] = {}
            for _ in range(rounds):
                for k, v in (await one_round(root, agent, n)).items():
                    results.setdefault(k, []).append(v)
            return results
        finally:
            sup.send_signal(signal.SIGTERM)
            sup.wait(timeout=60)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--programs", type=int, default=50)
    args = parser.parse_args()
    results = asyncio.run(bench(args.rounds, args.programs))
    table = Table(title=f"Reconcile with a real supervisord ({args.programs} programs, {args.rounds} rounds after 1 warm-up)")
    for col in ("step", "p50 ms", "min-max ms", "× one XML-RPC call"):
        table.add_column(col, justify="right" if col != "step" else "left")
    unit = statistics.median(results["one XML-RPC call"])
    for step, times in results.items():
        p50 = statistics.median(times)
        table.add_row(step, f"{p50 * 1000:.1f}", f"{min(times) * 1000:.1f}-{max(times) * 1000:.1f}", f"{p50 / unit:.0f}")
    console = Console(width=160)
    console.print(table)
    console.print(f"python {platform.python_version()} on {platform.machine()}, {platform.node()}")


if __name__ == "__main__":
    main()
