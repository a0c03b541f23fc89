"""Rich tables for plans and inventories (the JSON forms live with the data)."""

from __future__ import annotations

from rich import box
from rich.table import Table

from appliance.gpu.inventory import Inventory
from appliance.placement.formulas import MIB_PER_GIB
from appliance.placement.planner import Plan, fmt_fraction

SIMPLE = box.SIMPLE_HEAD


def _gib(mib: int) -> str:
    return f"{mib / MIB_PER_GIB:.1f}"


def inventory_table(inventory: Inventory) -> Table:
    versions = ", ".join(
        f"{label} {value}"
        for label, value in (
            ("driver", inventory.driver_version),
            ("CUDA", inventory.cuda_version),
            ("NVML", inventory.nvml_version),
        )
        if value
    )
    title = f"GPUs on {inventory.hostname or 'this host'}" + (f" ({versions})" if versions else "")
    table = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD)
    for name, justify in (
        ("GPU", "right"), ("name", "left"), ("total GiB", "right"), ("used GiB", "right"),
        ("MIG", "left"), ("compute", "left"), ("uuid", "left"),
    ):
        table.add_column(name, justify=justify, no_wrap=True)  # type: ignore[arg-type]
    for gpu in sorted(inventory.gpus, key=lambda g: g.index):
        table.add_row(
            str(gpu.index),
            gpu.name,
            _gib(gpu.memory_total_mib),
            _gib(gpu.memory_used_mib),
            "enabled" if gpu.mig_enabled else "off",
            gpu.compute_capability or "-",
            gpu.uuid,
        )
    return table


def placement_table(plan: Plan) -> Table:
    table = Table(title="Placements", title_justify="left", box=box.SIMPLE_HEAD)
    for name, justify in (
        ("model", "left"), ("replica", "right"), ("GPUs", "left"), ("GPU type", "left"),
        ("fraction/GPU", "right"), ("GiB/GPU", "right"),
    ):
        table.add_column(name, justify=justify, no_wrap=True)  # type: ignore[arg-type]
    across = any(p.nodes for p in plan.placements)
    if across:
        table.add_column("across nodes", justify="left")
    for p in plan.placements:
        row = [p.model, str(p.replica), ",".join(str(i) for i in p.gpus), p.gpu_name,
               fmt_fraction(p.fraction), f"{p.memory_gib:.1f}"]
        if across:
            row.append(native_label(p.model, p.rank, p.nodes) if p.executor == "native"
                       else ray_role_label(p.ray_role, p.nodes))
        table.add_row(*row)
    return table


def ray_role_label(role: str, nodes: tuple[str, ...]) -> str:
    """'runs the engine (Ray: gpu-01, gpu-02)', 'lends its GPUs to gpu-01 (Ray: ...)'."""
    if not nodes:
        return ""
    what = "runs the engine" if role == "engine" else f"lends its GPUs to {nodes[0]}"
    return f"{what} (Ray: {', '.join(nodes)}; reserved whole)"


def native_label(model: str, rank: int, nodes: tuple[str, ...]) -> str:
    """'rank 1 of big (native: gpu-01, gpu-02; reserved whole)'."""
    return f"rank {rank} of {model} (native: {', '.join(nodes)}; reserved whole)"


def gpu_table(plan: Plan) -> Table:
    reserve = f"{plan.reserve_fraction * 100:g}%"
    table = Table(title=f"GPU allocation (reserve {reserve} of each GPU)", title_justify="left", box=box.SIMPLE_HEAD)
    for name, justify in (
        ("GPU", "right"), ("name", "left"), ("total GiB", "right"),
        ("allocated", "right"), ("free", "right"), ("note", "left"),
    ):
        table.add_column(name, justify=justify, no_wrap=name != "note")  # type: ignore[arg-type]
    for g in plan.gpus:
        free = "-" if g.skipped else fmt_fraction(max(0.0, 1 - plan.reserve_fraction - g.allocated_fraction))
        table.add_row(
            str(g.index),
            g.name,
            _gib(g.memory_total_mib),
            fmt_fraction(g.allocated_fraction),
            free,
            g.skipped or "",
        )
    return table
