"""scripts/bench plan: how long the placement planner takes for large nodes.

Synthetic inventories (a mix of H100, A100 and L4) and model sets (tensor parallel 1-8,
fractions and GiB) at growing sizes; the largest is 1,000 GPUs and 2,000 replicas. Each
size is planned `--rounds` times after a warm-up; the table gives the median and the
spread of the planner's time, beside the time to validate the same config, measured in
the same rounds, interleaved, so the two share the machine's noise.
"""

from __future__ import annotations

import argparse
import platform
import random
import statistics
import time

from rich.console import Console
from rich.table import Table

from appliance.config import parse_config
from appliance.gpu.inventory import Gpu, Inventory
from appliance.placement.planner import plan

TYPES = [("NVIDIA H100 80GB HBM3", 81559, 5), ("NVIDIA A100-SXM4-40GB", 40960, 3), ("NVIDIA L4", 23034, 2)]


def make_inventory(n_gpus: int, rng: random.Random) -> Inventory:
    names = [t for t in TYPES for _ in range(t[2])]
    gpus = []
    for i in range(n_gpus):
        name, total, _ = rng.choice(names)
        gpus.append(Gpu(index=i, uuid=f"GPU-{i:06d}", name=name, memory_total_mib=total))
    return Inventory(gpus=tuple(gpus))


def make_config_data(n_replicas: int, rng: random.Random) -> dict:
    models = []
    left = n_replicas
    i = 0
    while left > 0:
        replicas = min(left, rng.randint(1, 20))
        entry: dict = {
            "name": f"model-{i}",
            "source": f"org/model-{i}",
            "replicas": replicas,
            "tensor_parallel_size": rng.choice([1, 1, 1, 1, 1, 1, 2, 2, 4, 8]),
        }
        if rng.random() < 0.5:
            entry["gpu_memory_fraction"] = rng.choice([0.05, 0.1, 0.2, 0.3, 0.45])
        else:
            entry["memory_gib"] = rng.choice([2, 4, 8, 16, 20])
        if rng.random() < 0.3:
            entry["gpu_type"] = rng.choice(["H100", "A100", "L4"])
        models.append(entry)
        left -= replicas
        i += 1
    return {"models": models}


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    table = Table(title=f"Planner time ({args.rounds} rounds after 1 warm-up, seed {args.seed})")
    for col in ("GPUs", "replicas", "placed", "rejected", "plan p50 ms", "plan min-max ms",
                "validate p50 ms", "plan / validate"):
        table.add_column(col, justify="right")
    for n_gpus, n_replicas in ((10, 20), (100, 200), (1000, 2000)):
        rng = random.Random(args.seed)
        inventory = make_inventory(n_gpus, rng)
        data = make_config_data(n_replicas, rng)
        config = parse_config(data)
        result = plan(config, inventory)  # warm-up
        plan_times, validate_times = [], []
        for _ in range(args.rounds):
            t0 = time.perf_counter()
            parse_config(data)
            t1 = time.perf_counter()
            plan(config, inventory)
            t2 = time.perf_counter()
            validate_times.append(t1 - t0)
            plan_times.append(t2 - t1)
        p50, v50 = statistics.median(plan_times), statistics.median(validate_times)
        table.add_row(
            str(n_gpus), str(n_replicas), str(len(result.placements)), str(len(result.rejections)),
            ms(p50), f"{ms(min(plan_times))}-{ms(max(plan_times))}", ms(v50), f"{p50 / v50:.1f}",
        )
    console = Console(width=160)
    console.print(table)
    console.print(f"python {platform.python_version()} on {platform.machine()}, {platform.node()}")


if __name__ == "__main__":
    main()
