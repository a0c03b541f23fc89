"""Weighted aliases: validation, the cumulative pick, distribution and session stickiness."""

from __future__ import annotations

from collections import Counter

import pytest

from appliance.proxy.aliases import check_targets, pick_cumulative, resolve


@pytest.mark.parametrize(
    ("targets", "problems"),
    [
        ({"a": 1.0}, []),
        ({"a": 0.9, "b": 0.1, "c": 0.0}, []),
        ({}, ["an alias needs at least one target"]),
        ({"a": 0.0, "b": 0}, ["all target weights are zero"]),
        ({"a": -1.0, "b": 2.0}, ["target 'a': weight -1.0 is negative"]),
        ({"a": float("nan")}, ["target 'a': weight nan is not a finite number"]),
        ({"a": float("inf"), "b": 1}, ["target 'a': weight inf is not a finite number"]),
    ],
)
def test_check_targets(targets: dict[str, float], problems: list[str]) -> None:
    assert check_targets(targets) == problems


@pytest.mark.parametrize(
    ("rnd", "name"),
    [(0.0, "a"), (0.2499, "a"), (0.25, "b"), (0.9999, "b"), (1.0, "b"), (-0.5, "a"), (7.0, "b")],
)
def test_pick_cumulative(rnd: float, name: str) -> None:
    assert pick_cumulative([("a", 1.0), ("b", 3.0)], rnd) == name


def test_resolve_rejects_invalid_targets() -> None:
    with pytest.raises(ValueError, match="negative"):
        resolve({"a": -1.0}, None, 0.5)


def test_distribution_over_rnd_follows_the_normalised_weights() -> None:
    targets = {"v1": 6.0, "v2": 3.0, "off": 0.0, "v3": 1.0}  # sums to 10, not 1
    n = 10_000
    counts = Counter(resolve(targets, None, (i + 0.5) / n) for i in range(n))
    assert counts["off"] == 0
    for name, weight in targets.items():
        assert counts[name] / n == pytest.approx(weight / 10, abs=0.01)


def test_sessions_are_sticky_and_spread_by_weight() -> None:
    targets = {"stable": 0.8, "canary": 0.2, "dark": 0.0}
    sessions = [f"s{i}" for i in range(4000)]
    first = {s: resolve(targets, s, 0.0) for s in sessions}
    # rnd does not matter with a session, nor does the mapping's order
    reordered = dict(reversed(list(targets.items())))
    assert all(resolve(reordered, s, 0.99) == t for s, t in first.items())
    counts = Counter(first.values())
    assert counts["dark"] == 0
    assert counts["canary"] / len(sessions) == pytest.approx(0.2, abs=0.03)


def test_raising_the_canary_weight_only_moves_sessions_to_the_canary() -> None:
    sessions = [f"s{i}" for i in range(2000)]
    before = {s: resolve({"stable": 0.9, "canary": 0.1}, s, 0) for s in sessions}
    after = {s: resolve({"stable": 0.5, "canary": 0.5}, s, 0) for s in sessions}
    moved = [s for s in sessions if before[s] != after[s]]
    assert {after[s] for s in moved} == {"canary"}
    assert len(moved) / len(sessions) == pytest.approx(0.4, abs=0.05)
