"""The planner's arithmetic as small named functions, each with a table test.

Fractions are kept as integer parts per million (ppm) inside the planner so that sums such
as 0.10 + 0.40 + 0.45 compare exactly against a 0.95 budget; floats only at the edges.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Iterable, Mapping

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


def port_slot(model: str, replica: int, slots: int) -> int:
    """The preferred slot of a replica in a port range of `slots` ports: a hash of its
    model name and number, so a replica keeps its port when other models come and go."""
    digest = hashlib.sha256(f"{model}/{replica}".encode()).digest()
    return int.from_bytes(digest[:8], "big") % slots


def fixed_ports(first_port: int, replicas: int) -> list[int]:
    """Ports of a model with a fixed `port`: replica i listens on port + i."""
    return [first_port + i for i in range(replicas)]


def assign_ports(
    replicas: Iterable[tuple[str, int]],
    port_range: tuple[int, int],
    fixed: Mapping[tuple[str, int], int],
    previous: Mapping[tuple[str, int], int] | None = None,
) -> dict[tuple[str, int], int]:
    """A port for every (model, replica): fixed ones as given, then the port a replica had
    before (`previous`, when still in range and free), the rest at their hashed slot in
    `port_range`, probing upwards (wrapping) past taken ports. Replicas are handled in
    sorted order, so the result depends only on the inputs, not their order.

    Raises ValueError when the range has too few free ports."""
    start, end = port_range
    slots = end - start + 1
    taken = set(fixed.values())
    ports: dict[tuple[str, int], int] = dict(fixed)
    wanted = set(replicas)
    # Replicas keep the port they had, so an edit elsewhere never moves a running engine.
    for key, port in sorted((previous or {}).items()):
        if key in wanted and key not in ports and start <= port <= end and port not in taken:
            ports[key] = port
            taken.add(port)
    todo = sorted(r for r in wanted if r not in ports)
    free = sum(1 for p in range(start, end + 1) if p not in taken)
    if len(todo) > free:
        raise ValueError(
            f"{start}-{end} has {free} free ports but {len(todo)} replicas need one"
        )
    for model, replica in todo:
        slot = port_slot(model, replica, slots)
        while start + slot in taken:
            slot = (slot + 1) % slots
        ports[(model, replica)] = start + slot
        taken.add(start + slot)
    return ports
