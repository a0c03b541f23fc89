"""Table tests for the planner's arithmetic."""

from __future__ import annotations

import pytest

from appliance.placement.formulas import (
    PPM,
    assign_ports,
    fixed_ports,
    fraction_from_gib_ppm,
    gib_of,
    gpu_budget_ppm,
    port_slot,
    to_ppm,
)


@pytest.mark.parametrize(
    ("fraction", "ppm"),
    [(0.1, 100_000), (0.45, 450_000), (1.0, PPM), (0.3333334, 333_333), (1e-7, 0)],
)
def test_to_ppm(fraction: float, ppm: int) -> None:
    assert to_ppm(fraction) == ppm


def test_shares_that_fill_the_budget_exactly_fit() -> None:
    # 0.05 + 0.10 + 0.80 is 0.9500000000000001 in floats; in ppm it is exactly the budget.
    assert 0.05 + 0.1 + 0.8 > 0.95
    assert to_ppm(0.05) + to_ppm(0.1) + to_ppm(0.8) == gpu_budget_ppm(0.05)


@pytest.mark.parametrize(
    ("reserve", "budget"),
    [(0.0, PPM), (0.05, 950_000), (0.1, 900_000), (0.5, 500_000)],
)
def test_gpu_budget(reserve: float, budget: int) -> None:
    assert gpu_budget_ppm(reserve) == budget


@pytest.mark.parametrize(
    ("gib", "total_mib", "ppm"),
    [
        (40, 81_920, 500_000),  # half of an 80 GiB GPU
        (8, 81_559, 100_443),  # H100 80GB HBM3 as NVML reports it; rounded up
        (10, 23_034, 444_561),  # L4
        (23_034 / 1024, 23_034, 1_000_000),  # an L4's whole memory
        (0.001, 81_920, 13),  # tiny requests still round up to a whole ppm
    ],
)
def test_fraction_from_gib_rounds_up(gib: float, total_mib: int, ppm: int) -> None:
    got = fraction_from_gib_ppm(gib, total_mib)
    assert got == ppm
    # never less than asked for
    assert gib_of(got, total_mib) >= gib - 1e-6


def test_fraction_from_gib_rejects_zero_total() -> None:
    with pytest.raises(ValueError, match="positive"):
        fraction_from_gib_ppm(1, 0)


@pytest.mark.parametrize(
    ("first", "replicas", "ports"),
    [(8000, 1, [8000]), (9000, 3, [9000, 9001, 9002])],
)
def test_fixed_ports(first: int, replicas: int, ports: list[int]) -> None:
    assert fixed_ports(first, replicas) == ports


def test_port_slot_is_stable_and_in_range() -> None:
    assert port_slot("chat", 0, 900) == port_slot("chat", 0, 900)
    slots = {port_slot(f"m{i}", r, 50) for i in range(20) for r in range(3)}
    assert all(0 <= s < 50 for s in slots)
    assert len(slots) > 20  # spread over the range, not piled up


def test_assign_ports_unique_deterministic_and_order_free() -> None:
    replicas = [(f"m{i}", r) for i in range(30) for r in range(2)]
    a = assign_ports(replicas, (8100, 8159), {})
    b = assign_ports(list(reversed(replicas)), (8100, 8159), {})
    assert a == b
    assert len(set(a.values())) == 60
    assert all(8100 <= p <= 8159 for p in a.values())


def test_assign_ports_keeps_fixed_ports_and_skips_them() -> None:
    replicas = [("a", 0), ("b", 0), ("c", 0)]
    ports = assign_ports(replicas, (8100, 8102), {("a", 0): 8101})
    assert ports[("a", 0)] == 8101
    assert sorted(ports.values()) == [8100, 8101, 8102]


def test_adding_a_model_rarely_moves_others() -> None:
    before = assign_ports([(f"m{i}", 0) for i in range(10)], (8100, 8999), {})
    after = assign_ports([(f"m{i}", 0) for i in range(11)], (8100, 8999), {})
    assert all(after[k] == v for k, v in before.items())


def test_assign_ports_range_too_small() -> None:
    with pytest.raises(ValueError, match="8100-8101 has 2 free ports but 3 replicas need one"):
        assign_ports([("a", 0), ("a", 1), ("a", 2)], (8100, 8101), {})
