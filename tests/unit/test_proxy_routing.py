"""Replica choice: the formulas, each policy's behaviour, and properties over random fleets."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from appliance.proxy.routing import (
    AFFINITY_BREAK_FLOOR,
    POLICIES,
    Replica,
    affinity_broken,
    all_saturated,
    choose,
    least_outstanding_score,
    load_ratio,
    rendezvous_score,
    unit_hash,
)

NONE: frozenset[str] = frozenset()


def rep(key: str, capacity: float = 1.0, outstanding: int = 0, max_outstanding: int = 100) -> Replica:
    return Replica(
        key=key, model="chat", address=(key, 8000), capacity=capacity,
        outstanding=outstanding, max_outstanding=max_outstanding,
    )


def pick(policy: str, replicas: list[Replica], session: str | None = None,
         exclude: frozenset[str] = NONE, rr: int = 0) -> str | None:
    chosen = choose(policy, replicas, session=session, exclude=exclude, rr_counter=rr)
    return None if chosen is None else chosen.key


# -- formulas --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("outstanding", "capacity", "ratio", "score"),
    [(0, 1.0, 0.0, 1.0), (3, 1.0, 3.0, 4.0), (0, 8.0, 0.0, 0.125), (2, 0.5, 4.0, 6.0),
     (1, 0.1, 10.0, 20.0)],
)
def test_load_ratio_and_least_outstanding_score(
    outstanding: int, capacity: float, ratio: float, score: float
) -> None:
    assert load_ratio(outstanding, capacity) == pytest.approx(ratio)
    assert least_outstanding_score(outstanding, capacity) == pytest.approx(score)


@pytest.mark.parametrize(
    ("outstanding", "ratio", "others_mean", "broken"),
    [
        (0, 0.0, 0.0, False),  # idle
        (1, 10.0, 0.0, False),  # far above the mean, but one request is under the floor
        (AFFINITY_BREAK_FLOOR, 20.0, 0.0, False),  # at the floor: not more than it
        (AFFINITY_BREAK_FLOOR + 1, 0.075, 0.0, True),  # a big replica: tiny ratio, still above
        (6, 6.0, 3.0, False),  # exactly twice the mean
        (6, 6.5, 3.0, True),
        (10, 10.0, 6.0, False),
    ],
)
def test_affinity_broken(outstanding: int, ratio: float, others_mean: float, broken: bool) -> None:
    assert affinity_broken(outstanding, ratio, others_mean) is broken


def test_unit_hash_is_stable_in_the_open_interval_and_separates_parts() -> None:
    # A fixed value: the hash must not change between processes or releases, or every
    # session would move on upgrade.
    assert unit_hash("session-1", "node-a/engine-0") == pytest.approx(0.0378350545, abs=1e-9)
    assert unit_hash("ab", "c") != unit_hash("a", "bc")
    values = [unit_hash(str(i)) for i in range(2000)]
    assert all(0.0 < v < 1.0 for v in values)
    assert 0.45 < sum(values) / len(values) < 0.55


@pytest.mark.parametrize("weight", [0.1, 1.0, 8.0])
def test_rendezvous_score_scales_with_weight(weight: float) -> None:
    u = unit_hash("s", "k")
    assert rendezvous_score("s", "k", weight) == pytest.approx(-weight / math.log(u))
    assert rendezvous_score("s", "k", weight) > 0


def test_capacity_must_be_positive() -> None:
    with pytest.raises(ValueError, match="capacity"):
        rep("a", capacity=0.0)
    with pytest.raises(ValueError, match="capacity"):
        rep("a", capacity=float("nan"))


def test_unknown_policy_is_an_error() -> None:
    with pytest.raises(ValueError, match="unknown routing policy"):
        pick("random", [rep("a")])


# -- least_outstanding -----------------------------------------------------------------


def test_least_outstanding_prefers_the_lower_load_ratio() -> None:
    assert pick("least_outstanding", [rep("a", outstanding=3), rep("b", outstanding=1)]) == "b"
    # b has more in flight but four times the capacity
    assert pick("least_outstanding", [rep("a", 1, 2), rep("b", 4, 6)]) == "b"


def test_least_outstanding_fills_by_capacity_then_alternates() -> None:
    load = {"a": 0, "b": 0}
    caps = {"a": 1.0, "b": 3.0}
    picks = []
    for _ in range(8):
        key = pick("least_outstanding", [rep(k, caps[k], load[k]) for k in sorted(load)])
        assert key is not None
        load[key] += 1
        picks.append(key)
    # b alone until its ratio (outstanding+1)/3 catches up with a's 1/1 (a tie, which a
    # wins by key); from then on three to b for each one to a
    assert picks == ["b", "b", "a", "b", "b", "b", "a", "b"]
    assert load == {"a": 2, "b": 6}


def test_least_outstanding_breaks_ties_by_key_whatever_the_order() -> None:
    fleet = [rep("c"), rep("a"), rep("b")]
    assert pick("least_outstanding", fleet) == "a"
    assert pick("least_outstanding", list(reversed(fleet))) == "a"


def test_saturated_and_excluded_are_skipped_and_none_is_left() -> None:
    fleet = [rep("a", outstanding=4, max_outstanding=4), rep("b", outstanding=9)]
    assert pick("least_outstanding", fleet) == "b"
    assert pick("least_outstanding", fleet, exclude=frozenset({"b"})) is None
    assert pick("least_outstanding", []) is None
    assert all_saturated(fleet) is False
    assert all_saturated([fleet[0], rep("c", max_outstanding=0)]) is True
    assert all_saturated([]) is True


# -- round_robin -----------------------------------------------------------------------


def test_round_robin_cycles_over_usable_replicas_in_key_order() -> None:
    fleet = [rep("b"), rep("c", outstanding=1, max_outstanding=1), rep("a"), rep("d")]
    assert [pick("round_robin", fleet, rr=i) for i in range(6)] == ["a", "b", "d"] * 2
    assert pick("round_robin", fleet, rr=1, exclude=frozenset({"b"})) == "d"


# -- session_affinity ------------------------------------------------------------------


def test_affinity_is_sticky_and_spreads_sessions_by_capacity() -> None:
    fleet = [rep("a", 1.0), rep("b", 1.0), rep("c", 2.0)]
    first = {s: pick("session_affinity", fleet, session=s) for s in map(str, range(2000))}
    # the same session lands on the same replica whatever the other replicas' load
    busy = [rep("a", 1.0, 1), rep("b", 1.0, 1), rep("c", 2.0, 1)]
    assert all(pick("session_affinity", busy, session=s) == k for s, k in first.items())
    share = {k: sum(1 for v in first.values() if v == k) / len(first) for k in "abc"}
    assert share["a"] == pytest.approx(0.25, abs=0.04)
    assert share["c"] == pytest.approx(0.5, abs=0.04)


def test_affinity_moves_only_about_one_in_n_sessions_when_a_replica_is_added() -> None:
    before = [rep(f"r{i}") for i in range(4)]
    after = before + [rep("r4")]
    sessions = [f"user-{i}" for i in range(1000)]
    moved = [s for s in sessions
             if pick("session_affinity", before, session=s)
             != pick("session_affinity", after, session=s)]
    assert len(moved) / len(sessions) < 0.26  # ideal 1/5; modulo hashing would move ~4/5
    # ... and every session that moved went to the new replica
    assert {pick("session_affinity", after, session=s) for s in moved} == {"r4"}


def test_affinity_retry_goes_elsewhere() -> None:
    fleet = [rep("a"), rep("b"), rep("c")]
    sticky = pick("session_affinity", fleet, session="s1")
    retry = pick("session_affinity", fleet, session="s1", exclude=frozenset({sticky or ""}))
    assert retry not in (None, sticky)


@pytest.mark.parametrize("capacity", [1.0, 40.0, 0.1])  # any unit: GiB, GPUs, ...
def test_affinity_breaks_when_the_sticky_replica_is_overloaded_or_saturated(
    capacity: float,
) -> None:
    keys = ["a", "b", "c"]
    sticky = pick("session_affinity", [rep(k, capacity) for k in keys], session="s1")
    assert sticky is not None

    def fleet(sticky_load: int, max_outstanding: int = 100) -> list[Replica]:
        return [rep(k, capacity, sticky_load if k == sticky else 1, max_outstanding)
                for k in keys]

    assert pick("session_affinity", fleet(2), session="s1") == sticky  # under the floor
    assert pick("session_affinity", fleet(3), session="s1") != sticky  # 3 > 2 * 1 and > floor
    assert pick("session_affinity", fleet(2, max_outstanding=2), session="s1") != sticky


def test_affinity_without_session_is_least_outstanding() -> None:
    fleet = [rep("a", 1.0, 5), rep("b", 1.0, 0), rep("c", 1.0, 2)]
    assert pick("session_affinity", fleet, session=None) == "b"


def test_affinity_keeps_a_lone_replica_whatever_its_load() -> None:
    assert pick("session_affinity", [rep("a", 1.0, 50)], session="s") == "a"


# -- properties ------------------------------------------------------------------------


@st.composite
def fleets(draw: st.DrawFn) -> list[Replica]:
    # small loads and limits, so that saturation and near-saturation are common
    n = draw(st.integers(min_value=0, max_value=6))
    return [
        rep(
            f"r{i}",
            capacity=draw(st.sampled_from([0.1, 0.5, 1.0, 2.0, 40.0])),
            outstanding=draw(st.integers(min_value=0, max_value=4)),
            max_outstanding=draw(st.integers(min_value=0, max_value=4)),
        )
        for i in range(n)
    ]


@settings(max_examples=300)
@given(
    fleet=fleets(),
    policy=st.sampled_from(POLICIES),
    session=st.none() | st.sampled_from(["s1", "s2", "s3", ""]) | st.text(max_size=8),
    excluded=st.sets(st.sampled_from([f"r{i}" for i in range(6)]), max_size=3),
    rr=st.integers(min_value=0, max_value=1000),
)
def test_never_an_excluded_or_saturated_replica(
    fleet: list[Replica], policy: str, session: str | None, excluded: set[str], rr: int
) -> None:
    exclude = frozenset(excluded)
    chosen = choose(policy, fleet, session=session, exclude=exclude, rr_counter=rr)
    usable = [r for r in fleet if r.key not in exclude and not r.saturated]
    if chosen is None:
        assert usable == []
    else:
        assert chosen in usable
        # deterministic and independent of the input order
        again = choose(policy, fleet[::-1], session=session, exclude=exclude, rr_counter=rr)
        assert again == chosen
