"""The placement planner on recorded inventories."""

from __future__ import annotations

import pytest

from appliance.config import load_config, parse_config
from appliance.gpu.inventory import Inventory
from appliance.placement.planner import plan
from tests.conftest import EXAMPLES, inventory


def config(*models: dict, **gpus: object):
    return parse_config({"gpus": gpus, "models": list(models)})


def m(name: str, **fields: object) -> dict:
    return {"name": name, "source": f"org/{name}", **fields}


def placed(result) -> dict[tuple[str, int], tuple[int, ...]]:
    return {(p.model, p.replica): p.gpus for p in result.placements}


def test_three_models_share_one_gpu_to_the_reserve() -> None:
    result = plan(
        config(
            m("embed", gpu_memory_fraction=0.10),
            m("ocr", gpu_memory_fraction=0.40),
            m("chat", gpu_memory_fraction=0.45),
        ),
        inventory("1xL4"),
    )
    assert result.complete
    assert set(placed(result).values()) == {(0,)}
    assert result.gpus[0].allocated_fraction == pytest.approx(0.95)


def test_one_more_share_does_not_fit_and_says_why_in_numbers() -> None:
    result = plan(
        config(m("a", gpu_memory_fraction=0.5), m("b", gpu_memory_fraction=0.5)),
        inventory("1xRTX4090"),
    )
    assert [(r.model, r.replica) for r in result.rejections] == [("b", 0)]
    assert result.rejections[0].reason == (
        "b replica 0 needs 1 × NVIDIA GeForce RTX 4090 with 0.5 free; "
        "GPU 0 has 0.45 free after the 5% reserve"
    )


def test_tensor_parallel_rejection_lists_free_per_gpu() -> None:
    result = plan(
        config(m("chat", gpu_type="L4", tensor_parallel_size=2, gpu_memory_fraction=0.45, replicas=3)),
        inventory("2xA100-40GB-2xL4"),
    )
    assert placed(result) == {("chat", 0): (2, 3), ("chat", 1): (2, 3)}
    assert [r.reason for r in result.rejections] == [
        "chat replica 2 needs 2 × NVIDIA L4 with 0.45 free each; GPU 2 has 0.05 free, "
        "GPU 3 has 0.05 free after the 5% reserve"
    ]


def test_single_host_example_places_everything_on_8xh100() -> None:
    result = plan(load_config(EXAMPLES / "single-host.toml"), inventory("8xH100-80GB"))
    assert result.complete
    by_model = {p.model: p for p in result.placements}
    assert len(by_model["llama-70b"].gpus) == 4
    # the three small models share one GPU; binpack leaves the other GPUs whole
    shared = {by_model[n].gpus for n in ("embed", "ocr", "chat")}
    assert len(shared) == 1
    untouched = [g for g in result.gpus if g.allocated_fraction == 0]
    assert len(untouched) == 3


def test_fleet_node_example_places_everything_on_its_host() -> None:
    result = plan(load_config(EXAMPLES / "fleet-node.toml"), inventory("2xA100-40GB-2xL4"))
    assert result.complete
    by = placed(result)
    assert by[("qwen-32b", 0)] == (0, 1)
    assert {by[("qwen-7b", 0)], by[("qwen-7b", 1)]} == {(2,), (3,)}  # spread


def test_binpack_fills_partly_used_gpus_and_spread_does_not() -> None:
    models = [m("a", gpu_memory_fraction=0.3, replicas=2)]
    packed = plan(config(*models, policy="binpack"), inventory("2xA100-40GB-2xL4"))
    spread = plan(config(*models, policy="spread"), inventory("2xA100-40GB-2xL4"))
    assert len(set(placed(packed).values())) == 1
    assert len(set(placed(spread).values())) == 2


def test_large_requests_are_placed_first_whatever_the_file_order() -> None:
    # Without big-first ordering, binpack would put both small replicas on GPU 0 and
    # leave no pair of GPUs with 0.5 free for "big".
    result = plan(
        config(
            m("small", gpu_memory_fraction=0.45, replicas=2, gpu_type="A100"),
            m("big", tensor_parallel_size=2, gpu_memory_fraction=0.5, gpu_type="A100"),
        ),
        inventory("2xA100-40GB-2xL4"),
    )
    assert result.complete
    by = placed(result)
    assert by[("big", 0)] == (0, 1)
    assert {by[("small", 0)], by[("small", 1)]} == {(0,), (1,)}


def test_memory_gib_is_converted_per_gpu_type() -> None:
    result = plan(
        config(
            m("on-a100", memory_gib=10, gpu_type="A100"),
            m("on-l4", memory_gib=10, gpu_type="L4"),
        ),
        inventory("2xA100-40GB-2xL4"),
    )
    by = {p.model: p for p in result.placements}
    assert by["on-a100"].fraction == 0.25
    assert by["on-l4"].fraction == pytest.approx(0.444561)
    assert by["on-a100"].memory_gib == by["on-l4"].memory_gib == 10.0


def test_binpack_prefers_the_smallest_gpu_type_that_fits() -> None:
    result = plan(config(m("small", memory_gib=10)), inventory("2xA100-40GB-2xL4"))
    assert result.placements[0].gpu_name == "NVIDIA L4"


def test_too_big_for_any_gpu_of_the_type() -> None:
    result = plan(config(m("huge", memory_gib=30, gpu_type="L4")), inventory("2xA100-40GB-2xL4"))
    assert result.rejections[0].reason == (
        "huge replica 0 needs 30 GiB (1.334) per GPU, but a NVIDIA L4 offers 0.95 "
        "(21.4 GiB) after the 5% reserve"
    )


def test_not_enough_gpus_of_one_type() -> None:
    result = plan(config(m("wide", tensor_parallel_size=4, gpu_memory_fraction=0.2)), inventory("2xA100-40GB-2xL4"))
    assert result.rejections[0].reason == (
        "wide replica 0 needs 4 × NVIDIA A100-PCIE-40GB; this node has 2 | "
        "needs 4 × NVIDIA L4; this node has 2"
    )


def test_pipeline_parallel_multiplies_gpus_on_one_node() -> None:
    result = plan(
        config(m("pp", tensor_parallel_size=2, pipeline_parallel_size=2, gpu_memory_fraction=0.9)),
        inventory("8xH100-80GB"),
    )
    assert result.placements[0].gpus == (0, 1, 2, 3)


def test_gpu_type_that_matches_nothing_names_the_gpus_there_are() -> None:
    result = plan(config(m("x", gpu_type="H200", gpu_memory_fraction=0.1)), inventory("2xA100-40GB-2xL4"))
    assert result.rejections[0].reason == (
        "x replica 0 asks for gpu_type 'H200', which matches no usable GPU; this node has "
        "2 × NVIDIA A100-PCIE-40GB, 2 × NVIDIA L4"
    )


def test_gpu_type_matches_ignoring_case() -> None:
    result = plan(config(m("x", gpu_type="l4", gpu_memory_fraction=0.1)), inventory("2xA100-40GB-2xL4"))
    assert result.placements[0].gpu_name == "NVIDIA L4"


def test_mig_gpu_is_reported_and_skipped() -> None:
    result = plan(config(m("x", gpu_memory_fraction=0.1)), inventory("1xA100-80GB-MIG"))
    assert not result.placements
    assert "MIG mode is enabled" in (result.gpus[0].skipped or "")
    assert result.rejections[0].reason.startswith(
        "x replica 0 needs a GPU; no GPU of this node is usable (GPU 0: MIG mode is enabled"
    )


def test_excluded_gpus_by_index_and_uuid() -> None:
    inv = inventory("2xA100-40GB-2xL4")
    result = plan(
        config(m("x", gpu_memory_fraction=0.9, replicas=2), exclude=[0, inv.gpus[2].uuid]),
        inv,
    )
    assert sorted(placed(result).values()) == [(1,), (3,)]
    assert [g.skipped for g in result.gpus] == ["excluded by gpus.exclude", None, "excluded by gpus.exclude", None]


def test_no_gpus_at_all() -> None:
    result = plan(config(m("x", gpu_memory_fraction=0.1)), Inventory())
    assert result.rejections[0].reason == "x replica 0 needs a GPU; this node has none"


def test_long_rejections_summarise_the_rest() -> None:
    result = plan(
        config(m("fill", gpu_memory_fraction=0.9, replicas=8), m("late", gpu_memory_fraction=0.5)),
        inventory("8xH100-80GB"),
    )
    reason = result.rejections[0].reason
    assert reason.endswith("after the 5% reserve (and 2 more with less)")
    assert reason.count("GPU ") == 6


def test_plan_is_deterministic_and_json_has_the_documented_shape() -> None:
    cfg = load_config(EXAMPLES / "single-host.toml")
    a = plan(cfg, inventory("8xH100-80GB")).to_dict()
    b = plan(cfg, inventory("8xH100-80GB")).to_dict()
    assert a == b
    assert set(a) >= {"placements", "rejections", "gpus"}
    assert set(a["placements"][0]) >= {"model", "replica", "gpus", "gpu_uuids", "fraction", "memory_gib"}
    assert set(a["gpus"][0]) >= {"index", "name", "memory_total_mib", "allocated_fraction"}


def test_greedy_limit_documented_in_placement_md() -> None:
    """Three 2-GPU replicas of 0.45 on three GPUs: spread finds 0-1, 0-2, 1-2; binpack
    stacks the first two on 0-1 and has no pair left for the third."""
    models = [m("tp2", tensor_parallel_size=2, gpu_memory_fraction=0.45, replicas=3)]
    three = {"exclude": [3, 4, 5, 6, 7]}
    spread = plan(config(*models, policy="spread", **three), inventory("8xH100-80GB"))
    packed = plan(config(*models, policy="binpack", **three), inventory("8xH100-80GB"))
    assert sorted(placed(spread).values()) == [(0, 1), (0, 2), (1, 2)]
    assert len(packed.placements) == 2 and len(packed.rejections) == 1


def test_cpu_engine_replicas_need_no_gpu() -> None:
    result = plan(
        config(m("tiny", engine="vllm-cpu", memory_gib=1, replicas=2)), Inventory()
    )
    assert result.complete
    assert [(p.gpus, p.gpu_name, p.engine, p.memory_gib) for p in result.placements] == [
        ((), "cpu", "vllm-cpu", 1.0),
        ((), "cpu", "vllm-cpu", 1.0),
    ]


def test_previous_plan_keeps_gpus_when_a_model_is_added() -> None:
    inv = inventory("8xH100-80GB")
    first = plan(config(m("a", gpu_memory_fraction=0.5, replicas=3)), inv)
    # A new big model declared first would, planned from scratch, take GPUs 0-3.
    second_cfg = config(
        m("big", tensor_parallel_size=4, gpu_memory_fraction=0.9),
        m("a", gpu_memory_fraction=0.5, replicas=3),
    )
    fresh = plan(second_cfg, inv)
    kept = plan(second_cfg, inv, previous=first)
    assert kept.complete
    before = {p.key: p.gpus for p in first.placements}
    assert {p.key: p.gpus for p in kept.placements if p.model == "a"} == before
    assert {p.key: p.gpus for p in fresh.placements if p.model == "a"} != before


def test_previous_placement_is_dropped_when_the_model_grew() -> None:
    inv = inventory("1xL4")
    first = plan(config(m("a", gpu_memory_fraction=0.5)), inv)
    grown = plan(config(m("a", gpu_memory_fraction=0.9)), inv, previous=first)
    assert grown.placements[0].fraction == 0.9


def test_plan_round_trips_through_its_dict() -> None:
    from appliance.placement.planner import Plan

    result = plan(load_config(EXAMPLES / "fleet-node.toml"), inventory("2xA100-40GB-2xL4"))
    assert Plan.from_dict(result.to_dict()) == result
