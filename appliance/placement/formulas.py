"""The planner's arithmetic as small named functions, each with a table test.

Fractions are kept as integer parts per million (ppm) inside the planner so that sums such
as 0.10 + 0.40 + 0.45 compare exactly against a 0.95 budget; floats only at the edges.
"""

from __future__ import annotations

import math

PPM = 1_000_000
MIB_PER_GIB = 1024


def to_ppm(fraction: float) -> int:
    """A fraction as integer parts per million, rounded to the nearest part."""
    return round(fraction * PPM)


def from_ppm(ppm: int) -> float:
    return ppm / PPM


def gpu_budget_ppm(reserve_fraction: float) -> int:
    """What replicas may take of one GPU: everything but the reserve."""
    return PPM - to_ppm(reserve_fraction)


def fraction_from_gib_ppm(memory_gib: float, gpu_total_mib: int) -> int:
    """The fraction of a GPU of `gpu_total_mib` that holds `memory_gib`, rounded *up* to
    the next ppm so the engine is never given less than it asked for."""
    if gpu_total_mib <= 0:
        raise ValueError(f"GPU total memory must be positive, got {gpu_total_mib} MiB")
    return math.ceil(memory_gib * MIB_PER_GIB * PPM / gpu_total_mib - 1e-9)


def gib_of(fraction_ppm: int, gpu_total_mib: int) -> float:
    """GiB that `fraction_ppm` of a GPU with `gpu_total_mib` amounts to."""
    return fraction_ppm * gpu_total_mib / PPM / MIB_PER_GIB


def gpus_per_node(gpus_per_replica: int, nodes: int) -> int:
    """GPUs each of `nodes` lends a model across nodes: an even share of its TP × PP
    (config validation refuses a product that does not divide evenly)."""
    if nodes <= 0 or gpus_per_replica % nodes:
        raise ValueError(f"{gpus_per_replica} GPUs do not split evenly over {nodes} nodes")
    return gpus_per_replica // nodes
