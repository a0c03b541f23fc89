"""The per-model wait queue: bound, order, expiry, removal."""

from __future__ import annotations

import pytest

from appliance.proxy.queueing import ModelQueue


def test_bounded_fifo() -> None:
    q = ModelQueue(max_size=2)
    assert q.push("a", 10) and q.push("b", 10)
    assert not q.push("c", 10)  # full: the caller answers 529
    assert len(q) == 2 and "c" not in q
    assert q.pop_ready() == "a"
    assert q.push("c", 10)
    assert [q.pop_ready(), q.pop_ready(), q.pop_ready()] == ["b", "c", None]


def test_a_zero_size_queue_refuses_and_a_negative_one_is_an_error() -> None:
    assert not ModelQueue(0).push("a", 1)
    with pytest.raises(ValueError):
        ModelQueue(-1)


def test_duplicate_ids_are_an_error() -> None:
    q = ModelQueue(5)
    q.push("a", 1)
    with pytest.raises(ValueError, match="already queued"):
        q.push("a", 2)


def test_expire_takes_passed_deadlines_in_arrival_order() -> None:
    q = ModelQueue(10)
    for req_id, deadline in [("a", 30), ("b", 10), ("c", 20), ("d", 5)]:
        q.push(req_id, deadline)
    assert q.expire(4.9) == []
    assert q.expire(20) == ["b", "c", "d"]  # deadline <= now
    assert list(q) == ["a"]
    assert q.expire(100) == ["a"] and len(q) == 0


def test_pop_ready_with_now_skips_expired_and_leaves_them_for_expire() -> None:
    q = ModelQueue(10)
    q.push("old", 5)
    q.push("young", 50)
    assert q.pop_ready(now=6) == "young"
    assert q.pop_ready(now=6) is None
    assert q.expire(6) == ["old"]


def test_remove_a_request_whose_client_went_away() -> None:
    q = ModelQueue(10)
    q.push("a", 10)
    q.push("b", 10)
    assert q.remove("a") is True
    assert q.remove("a") is False
    assert q.pop_ready() == "b" and len(q) == 0
