"""The placement planner: a pure function from (config, inventory) to a Plan.

Every replica of every model is either placed (GPU indices, the same memory fraction on
each) or rejected with its reason in numbers. Large requests go first (by GPU
count, then memory); ties keep the order of node.toml. Same input, same plan.

A replica with tensor parallel size T and pipeline parallel size P takes T × P GPUs of one
type (same product name and memory size). A GPU holds several replicas while their
fractions sum to at most 1 - reserve_fraction. MIG-enabled GPUs and GPUs listed in
`[gpus] exclude` are reported and skipped.

A model across nodes (`nodes = [...]`, run on the fleet's Ray cluster) is planned only on
the nodes it lists: each reserves T × P / len(nodes) whole GPUs of one type for it (Ray
hands a worker a whole GPU, so nothing else may share them), as a placement whose
`ray_role` says what this node does: `engine` on the first listed node (it runs the
engine), `lends` on the others. Its `fraction` is what vLLM uses of each GPU. A node not
listed ignores the entry.
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from dataclasses import asdict, dataclass

from appliance.config.schema import ApplianceConfig, ModelEntry
from appliance.gpu.inventory import Gpu, Inventory
from appliance.placement.formulas import (
    MIB_PER_GIB,
    PPM,
    fraction_from_gib_ppm,
    from_ppm,
    gib_of,
    gpu_budget_ppm,
    gpus_per_node,
    to_ppm,
)

# How many GPUs a rejection names before it summarises the rest.
_GPUS_SHOWN = 6
RAY_ENGINE = "engine"  # the listed node that runs a model across nodes
RAY_LENDS = "lends"  # a listed node that only lends it GPUs


@dataclass(frozen=True)
class Placement:
    """One replica's place. A CPU engine's replica has no GPUs, `gpu_name` "cpu" and
    `memory_gib` its KV cache; a GPU replica's `memory_gib` is per GPU."""

    model: str
    replica: int
    gpus: tuple[int, ...]
    gpu_uuids: tuple[str, ...]
    gpu_name: str
    fraction: float
    memory_gib: float
    engine: str = "vllm"
    nodes: tuple[str, ...] = ()  # a model across nodes: the nodes it lists
    ray_role: str = ""  # across nodes: "engine" (runs it) or "lends" (its GPUs only)
    executor: str = ""  # across nodes: "ray" or "native" (each node runs its rank)
    rank: int = 0  # across nodes: this node's position in `nodes`

    @property
    def key(self) -> tuple[str, int]:
        return (self.model, self.replica)

    @property
    def runs_engine(self) -> bool:
        """Whether this node runs a process for the placement (not one that lends GPUs)."""
        return self.ray_role != RAY_LENDS


@dataclass(frozen=True)
class Rejection:
    model: str
    replica: int
    reason: str


@dataclass(frozen=True)
class GpuAllocation:
    index: int
    uuid: str
    name: str
    memory_total_mib: int
    allocated_fraction: float
    skipped: str | None


@dataclass(frozen=True)
class Plan:
    placements: tuple[Placement, ...]
    rejections: tuple[Rejection, ...]
    gpus: tuple[GpuAllocation, ...]
    reserve_fraction: float

    @property
    def complete(self) -> bool:
        return not self.rejections

    @classmethod
    def from_dict(cls, data: dict) -> Plan:
        """The inverse of to_dict (the agent keeps its applied plan on disk)."""

        def tuples(item: dict) -> dict:
            return {k: tuple(v) if isinstance(v, list) else v for k, v in item.items()}

        return cls(
            placements=tuple(Placement(**tuples(p)) for p in data["placements"]),
            rejections=tuple(Rejection(**r) for r in data["rejections"]),
            gpus=tuple(GpuAllocation(**g) for g in data["gpus"]),
            reserve_fraction=data["reserve_fraction"],
        )

    def to_dict(self) -> dict:
        def item(obj: object) -> dict:
            data = asdict(obj)  # type: ignore[arg-type]
            return {k: list(v) if isinstance(v, tuple) else v for k, v in data.items()}

        return {
            "placements": [item(p) for p in self.placements],
            "rejections": [item(r) for r in self.rejections],
            "gpus": [item(g) for g in self.gpus],
            "reserve_fraction": self.reserve_fraction,
        }


def fmt_fraction(value: float) -> str:
    """0.45 -> '0.45', 0.5 -> '0.5', 0.333333 -> '0.333'."""
    return f"{value:.3f}".rstrip("0").rstrip(".") if value else "0"


def gpu_type_label(gpus: Sequence[Gpu]) -> str:
    """'2 × NVIDIA A100-PCIE-40GB, 2 × NVIDIA L4' for the GPUs of a node."""
    counts: dict[str, int] = {}
    for gpu in gpus:
        counts[gpu.name] = counts.get(gpu.name, 0) + 1
    return ", ".join(f"{n} × {name}" for name, n in counts.items())


def skip_reasons(inventory: Inventory, exclude: Sequence[int | str]) -> dict[int, str]:
    """GPUs the planner will not use, with why."""
    excluded = set(exclude)
    reasons = {}
    for gpu in inventory.gpus:
        if gpu.index in excluded or gpu.uuid in excluded:
            reasons[gpu.index] = "excluded by gpus.exclude"
        elif gpu.mig_enabled:
            reasons[gpu.index] = (
                "MIG mode is enabled; placement on MIG instances is not supported yet"
            )
    return reasons


class _State:
    """Free budget per usable GPU, in ppm; the only mutable thing in a planning run."""

    def __init__(self, gpus: Sequence[Gpu], budget: int):
        self.budget = budget
        self.free = {g.index: budget for g in gpus}
        # GPUs grouped by type: same product name and the same memory size.
        self.groups: dict[tuple[str, int], list[Gpu]] = {}
        for gpu in sorted(gpus, key=lambda g: g.index):
            self.groups.setdefault((gpu.name, gpu.memory_total_mib), []).append(gpu)


def ray_role(model: ModelEntry, node: str) -> str:
    """What `node` does for a model across nodes: the first listed runs the engine."""
    return RAY_ENGINE if model.nodes[0] == node else RAY_LENDS


def _across(model: ModelEntry, node: str) -> dict[str, object]:
    """The fields of a placement of a model across nodes (none for an ordinary one)."""
    if not model.spans_nodes:
        return {}
    return {"nodes": tuple(model.nodes), "ray_role": ray_role(model, node),
            "executor": model.executor, "rank": model.nodes.index(node)}


def gpus_here(model: ModelEntry) -> int:
    """The GPUs one replica takes on this node (its share, for a model across nodes)."""
    if model.spans_nodes:
        return gpus_per_node(model.gpus_per_replica, len(model.nodes))
    return model.gpus_per_replica


def plan(config: ApplianceConfig, inventory: Inventory, previous: Plan | None = None,
         node: str | None = None) -> Plan:
    """Place every replica of `config.models` on the GPUs of `inventory`, for the node
    named `node` (default: `[node] name`; a model across nodes is planned only on the
    nodes it lists).

    With `previous` (the plan running now), replicas keep their GPUs wherever
    they still fit, before anything else is placed: an edit to node.toml moves only what
    it changed."""
    node = node if node is not None else config.node.name or ""
    models = [m for m in config.models if m.meant_for(node)]
    skipped = skip_reasons(inventory, config.gpus.exclude)
    usable = [g for g in inventory.gpus if g.index not in skipped]
    budget = gpu_budget_ppm(config.gpus.reserve_fraction)
    state = _State(usable, budget)
    before = {p.key: p for p in previous.placements} if previous else {}
    reserve_pct = f"{config.gpus.reserve_fraction * 100:g}%"

    order = sorted(
        ((pos, model, r) for pos, model in enumerate(models) for r in range(model.replicas)),
        key=lambda item: (
            -gpus_here(item[1]),
            -_memory_estimate_mib(item[1], state),
            item[0],
            item[2],
        ),
    )
    # Replicas that were placed before go first, so they find their GPUs as they left them.
    order = [o for o in order if (o[1].name, o[2]) in before] + [
        o for o in order if (o[1].name, o[2]) not in before
    ]
    placed: dict[tuple[int, int], Placement] = {}
    rejected: dict[tuple[int, int], Rejection] = {}
    for pos, model, replica in order:
        if not model.uses_gpu:
            placed[(pos, replica)] = Placement(
                model=model.name, replica=replica, gpus=(), gpu_uuids=(), gpu_name="cpu",
                fraction=0.0, memory_gib=float(model.memory_gib or 0), engine=model.engine,
                **_across(model, node),
            )
            continue
        earlier = before.get((model.name, replica))
        result = _keep(model, earlier, state) if earlier else None
        if result is None:
            result = _place_one(
                model, replica, state, config.gpus.policy, reserve_pct, inventory, skipped
            )
        if isinstance(result, Rejection):
            rejected[(pos, replica)] = result
            continue
        gpus, need = result
        total = gpus[0].memory_total_mib
        for gpu in gpus:
            state.free[gpu.index] -= need
        if model.spans_nodes:  # reserved whole; vLLM uses the model's own fraction of each
            need = _need_ppm(model, total)
        placed[(pos, replica)] = Placement(
            model=model.name,
            replica=replica,
            gpus=tuple(g.index for g in gpus),
            gpu_uuids=tuple(g.uuid for g in gpus),
            gpu_name=gpus[0].name,
            fraction=from_ppm(need),
            memory_gib=round(gib_of(need, total), 2),
            engine=model.engine,
            **_across(model, node),
        )

    allocations = tuple(
        GpuAllocation(
            index=g.index,
            uuid=g.uuid,
            name=g.name,
            memory_total_mib=g.memory_total_mib,
            allocated_fraction=from_ppm(budget - state.free[g.index]) if g.index in state.free else 0.0,
            skipped=skipped.get(g.index),
        )
        for g in sorted(inventory.gpus, key=lambda g: g.index)
    )
    return Plan(
        placements=tuple(placed[k] for k in sorted(placed)),
        rejections=tuple(rejected[k] for k in sorted(rejected)),
        gpus=allocations,
        reserve_fraction=config.gpus.reserve_fraction,
    )


def _keep(model: ModelEntry, earlier: Placement, state: _State) -> tuple[list[Gpu], int] | None:
    """The GPUs a replica had, if they are all still usable, of one type, match the model
    and have room for what it needs now; None otherwise."""
    by_index = {g.index: g for gs in state.groups.values() for g in gs}
    gpus = [by_index.get(i) for i in earlier.gpus]
    if any(g is None for g in gpus) or len(gpus) != gpus_here(model):
        return None
    kept = [g for g in gpus if g is not None]
    if len({(g.name, g.memory_total_mib) for g in kept}) != 1:
        return None
    if not _matches(model.gpu_type, kept[0].name):
        return None
    need = state.budget if model.spans_nodes else _need_ppm(model, kept[0].memory_total_mib)
    if any(state.free[g.index] < need for g in kept):
        return None
    return kept, need


def _memory_estimate_mib(model: ModelEntry, state: _State) -> float:
    """For ordering only: what one GPU-share of this model weighs, in MiB."""
    if model.memory_gib is not None or not model.uses_gpu:
        return (model.memory_gib or 0) * MIB_PER_GIB
    totals = [total for (name, total) in state.groups if _matches(model.gpu_type, name)]
    return (model.gpu_memory_fraction or 0) * max(totals, default=0)


def _matches(selector: str | None, gpu_name: str) -> bool:
    return selector is None or selector.lower() in gpu_name.lower()


def _need_ppm(model: ModelEntry, gpu_total_mib: int) -> int:
    if model.gpu_memory_fraction is not None:
        return to_ppm(model.gpu_memory_fraction)
    assert model.memory_gib is not None
    return fraction_from_gib_ppm(model.memory_gib, gpu_total_mib)


def _place_one(
    model: ModelEntry,
    replica: int,
    state: _State,
    policy: str,
    reserve_pct: str,
    inventory: Inventory,
    skipped: dict[int, str],
) -> tuple[list[Gpu], int] | Rejection:
    n = gpus_here(model)
    who = f"{model.name} replica {replica}"

    def reject(reason: str) -> Rejection:
        return Rejection(model.name, replica, f"{who} {reason}")

    if not state.groups:
        if not inventory.gpus:
            return reject("needs a GPU; this node has none")
        why = "; ".join(f"GPU {i}: {r}" for i, r in sorted(skipped.items()))
        return reject(f"needs a GPU; no GPU of this node is usable ({why})")
    matching = [key for key in state.groups if _matches(model.gpu_type, key[0])]
    if not matching:
        return reject(
            f"asks for gpu_type {model.gpu_type!r}, which matches no usable GPU; this node "
            f"has {gpu_type_label([g for gs in state.groups.values() for g in gs])}"
        )

    candidates = []
    failures = []
    for key in sorted(matching):
        name, total = key
        gpus = state.groups[key]
        need = _need_ppm(model, total)
        wants = _wants(model, need, total)
        if model.spans_nodes:  # whole GPUs, for Ray's workers or this node's rank
            need = state.budget
            wants = "a whole GPU (lent to Ray)" if model.on_ray else "a whole GPU (its rank's)"
        if need > state.budget:
            failures.append(
                f"needs {wants} per GPU, but a {name} offers {fmt_fraction(from_ppm(state.budget))} "
                f"({gib_of(state.budget, total):.1f} GiB) after the {reserve_pct} reserve"
            )
            continue
        if len(gpus) < n:
            failures.append(f"needs {n} × {name}; this node has {len(gpus)}")
            continue
        eligible = [g for g in gpus if state.free[g.index] >= need]
        if len(eligible) < n:
            failures.append(
                f"needs {n} × {name} with {wants} free{' each' if n > 1 else ''}; "
                f"{_free_list(gpus, state, reserve_pct)}"
            )
            continue
        chosen = _pick(eligible, n, policy, state)
        candidates.append((_score(chosen, need, policy, state), key, need, chosen))
    if not candidates:
        return reject("; ".join(failures) if len(failures) == 1 else " | ".join(failures))
    _, _, need, chosen = min(candidates, key=lambda c: (c[0], c[1]))
    return sorted(chosen, key=lambda g: g.index), need


def _wants(model: ModelEntry, need: int, total_mib: int) -> str:
    if model.memory_gib is not None:
        return f"{model.memory_gib:g} GiB ({fmt_fraction(from_ppm(need))})"
    return fmt_fraction(from_ppm(need))


def _free_list(gpus: Sequence[Gpu], state: _State, reserve_pct: str) -> str:
    ranked = heapq.nsmallest(_GPUS_SHOWN, gpus, key=lambda g: (-state.free[g.index], g.index))
    shown = [f"GPU {g.index} has {fmt_fraction(from_ppm(state.free[g.index]))} free" for g in ranked]
    text = ", ".join(shown) + f" after the {reserve_pct} reserve"
    if len(gpus) > _GPUS_SHOWN:
        text += f" (and {len(gpus) - _GPUS_SHOWN} more with less)"
    return text


def _pick(eligible: list[Gpu], n: int, policy: str, state: _State) -> list[Gpu]:
    free = state.free
    if policy == "spread":
        return heapq.nsmallest(n, eligible, key=lambda g: (-free[g.index], g.index))
    # binpack: the fullest GPUs that still fit, so untouched GPUs stay whole.
    return heapq.nsmallest(n, eligible, key=lambda g: (free[g.index], g.index))


def _score(chosen: list[Gpu], need: int, policy: str, state: _State) -> tuple:
    """Lower is better; compares the best pick of each GPU type."""
    free = state.free
    first = min(g.index for g in chosen)
    if policy == "spread":
        return (-min(free[g.index] - need for g in chosen), first)
    untouched = sum(1 for g in chosen if free[g.index] == state.budget)
    leftover = sum(free[g.index] - need for g in chosen)
    return (untouched, leftover, first)


__all__ = ["Placement", "Plan", "Rejection", "GpuAllocation", "plan", "PPM"]
