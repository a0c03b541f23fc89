"""Properties of the planner over random inventories and model sets."""

from __future__ import annotations

import random
from collections import defaultdict

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from appliance.config import parse_config
from appliance.errors import ConfigError
from appliance.gpu.inventory import Gpu, Inventory
from appliance.placement.formulas import fraction_from_gib_ppm, gpu_budget_ppm, to_ppm
from appliance.placement.planner import plan

GPU_TYPES = [
    ("NVIDIA H100 80GB HBM3", 81559),
    ("NVIDIA A100-PCIE-40GB", 40960),
    ("NVIDIA L4", 23034),
]
SELECTORS = [None, "H100", "a100", "L4", "H200"]


@st.composite
def inventories(draw: st.DrawFn) -> Inventory:
    kinds = draw(st.lists(st.sampled_from(GPU_TYPES), max_size=10))
    gpus = tuple(
        Gpu(
            index=i,
            uuid=f"GPU-{i:04d}",
            name=name,
            memory_total_mib=total,
            mig_enabled=draw(st.booleans()) and draw(st.booleans()) and draw(st.booleans()),
        )
        for i, (name, total) in enumerate(kinds)
    )
    return Inventory(gpus=gpus)


@st.composite
def model_entries(draw: st.DrawFn, name: str) -> dict:
    entry: dict = {
        "name": name,
        "source": f"org/{name}",
        "replicas": draw(st.integers(1, 3)),
        "tensor_parallel_size": draw(st.sampled_from([1, 1, 2, 4])),
        "pipeline_parallel_size": draw(st.sampled_from([1, 1, 1, 2])),
    }
    selector = draw(st.sampled_from(SELECTORS))
    if selector:
        entry["gpu_type"] = selector
    if draw(st.booleans()):
        entry["gpu_memory_fraction"] = draw(st.integers(1, 95)) / 100
    else:
        entry["memory_gib"] = draw(st.integers(1, 160)) / 2
    return entry


@st.composite
def configs(draw: st.DrawFn, max_models: int = 5):
    n = draw(st.integers(1, max_models))
    models = [draw(model_entries(f"m{i}")) for i in range(n)]
    data = {
        "gpus": {
            "reserve_fraction": draw(st.sampled_from([0.0, 0.05, 0.1])),
            "policy": draw(st.sampled_from(["binpack", "spread"])),
        },
        "models": models,
    }
    try:
        return parse_config(data)
    except ConfigError:
        assume(False)


def _matches(selector: str | None, name: str) -> bool:
    return selector is None or selector.lower() in name.lower()


SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])


@SETTINGS
@given(configs(), inventories())
def test_no_gpu_is_over_budget(config, inv) -> None:
    result = plan(config, inv)
    used: dict[int, int] = defaultdict(int)
    for p in result.placements:
        for index in p.gpus:
            used[index] += to_ppm(p.fraction)
    budget = gpu_budget_ppm(config.gpus.reserve_fraction)
    assert all(total <= budget for total in used.values())


@SETTINGS
@given(configs(), inventories())
def test_every_placed_replica_has_t_times_p_gpus_of_one_usable_matching_type(config, inv) -> None:
    result = plan(config, inv)
    by_index = {g.index: g for g in inv.gpus}
    models = {m.name: m for m in config.models}
    for p in result.placements:
        model = models[p.model]
        assert len(p.gpus) == len(set(p.gpus)) == model.gpus_per_replica
        gpus = [by_index[i] for i in p.gpus]
        assert len({(g.name, g.memory_total_mib) for g in gpus}) == 1
        assert not any(g.mig_enabled for g in gpus)
        assert all(_matches(model.gpu_type, g.name) for g in gpus)
        assert list(p.gpu_uuids) == [g.uuid for g in gpus]


@SETTINGS
@given(configs(), inventories())
def test_every_replica_is_placed_or_rejected_exactly_once(config, inv) -> None:
    result = plan(config, inv)
    seen = [(p.model, p.replica) for p in result.placements] + [
        (r.model, r.replica) for r in result.rejections
    ]
    expected = [(m.name, r) for m in config.models for r in range(m.replicas)]
    assert sorted(seen) == sorted(expected)
    assert all(r.reason.startswith(f"{r.model} replica {r.replica} ") for r in result.rejections)


@SETTINGS
@given(configs(), inventories(), st.randoms(use_true_random=False))
def test_plan_is_deterministic_and_ignores_inventory_order(config, inv, rnd: random.Random) -> None:
    first = plan(config, inv)
    assert plan(config, inv) == first
    shuffled = list(inv.gpus)
    rnd.shuffle(shuffled)
    assert plan(config, inv.model_copy(update={"gpus": tuple(shuffled)})) == first


def _fits_alone(model, inv: Inventory, reserve: float) -> int:
    """How many GPU groups could hold one replica of `model` on an empty node (oracle)."""
    budget = gpu_budget_ppm(reserve)
    groups: dict[tuple[str, int], int] = defaultdict(int)
    for g in inv.gpus:
        if not g.mig_enabled and _matches(model.gpu_type, g.name):
            groups[(g.name, g.memory_total_mib)] += 1
    fitting = 0
    for (_name, total), count in groups.items():
        need = (
            to_ppm(model.gpu_memory_fraction)
            if model.gpu_memory_fraction is not None
            else fraction_from_gib_ppm(model.memory_gib, total)
        )
        if need <= budget and count >= model.gpus_per_replica:
            fitting += 1
    return fitting


@SETTINGS
@given(configs(max_models=1), inventories())
def test_a_model_that_fits_alone_is_placed(config, inv) -> None:
    (model,) = config.models
    single = config.model_copy(
        update={"models": [model.model_copy(update={"replicas": 1})]}
    )
    result = plan(single, inv)
    assert bool(result.placements) == bool(_fits_alone(model, inv, config.gpus.reserve_fraction))


@SETTINGS
@given(configs(max_models=1), inventories())
def test_single_gpu_replicas_fill_every_slot_there_is(config, inv) -> None:
    """With one GPU per replica, the planner places as many replicas as the GPUs hold."""
    (model,) = config.models
    model = model.model_copy(update={"tensor_parallel_size": 1, "pipeline_parallel_size": 1})
    cfg = config.model_copy(update={"models": [model]})
    budget = gpu_budget_ppm(config.gpus.reserve_fraction)
    slots = 0
    for g in inv.gpus:
        if g.mig_enabled or not _matches(model.gpu_type, g.name):
            continue
        need = (
            to_ppm(model.gpu_memory_fraction)
            if model.gpu_memory_fraction is not None
            else fraction_from_gib_ppm(model.memory_gib, g.memory_total_mib)
        )
        slots += budget // need
    assert len(plan(cfg, inv).placements) == min(model.replicas, slots)


@SETTINGS
@given(configs(), inventories())
def test_replanning_with_the_previous_plan_changes_nothing(config, inv) -> None:
    first = plan(config, inv)
    assert plan(config, inv, previous=first).placements == first.placements
