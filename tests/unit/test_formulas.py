"""Table tests for the planner's arithmetic."""

from __future__ import annotations

import pytest

from appliance.placement.formulas import (
    PPM,
    fraction_from_gib_ppm,
    gib_of,
    gpu_budget_ppm,
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
