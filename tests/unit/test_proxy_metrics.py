"""The proxy's metrics: the store files workers share, the fold of a dead worker's file, and
what /metrics shows for one process and for a node of several workers."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from prometheus_client import CollectorRegistry, generate_latest

from appliance.proxy.metric_store import (
    COUNTER,
    GAUGE,
    HISTOGRAM,
    FileStore,
    LocalStore,
    fold,
    read_file,
    read_listed,
    read_node,
    worker_file,
)
from appliance.proxy.metrics import LATENCY_BUCKETS, ProxyMetrics


def test_a_file_store_is_read_by_others_as_it_is_written(tmp_path: Path) -> None:
    store = FileStore(tmp_path / "w.bin")
    buffer, at = store.add((COUNTER, "c", ("a",)), 1)
    buffer[at] += 2
    hb, hat = store.add((HISTOGRAM, "h", ()), 4)
    hb[hat + 1] += 1
    hb[hat + 3] += 0.5
    assert store.add((COUNTER, "c", ("a",)), 1) == (buffer, at)  # the same slot again
    series, folded = read_file(tmp_path / "w.bin")
    assert series == {(COUNTER, "c", ("a",)): [2.0], (HISTOGRAM, "h", ()): [0.0, 1.0, 0.0, 0.5]}
    assert folded == set()
    buffer[at] += 1  # no flush: the reader maps the same pages
    assert read_file(tmp_path / "w.bin")[0][(COUNTER, "c", ("a",))] == [3.0]


def test_a_full_file_store_keeps_working_and_says_so_once(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    store = FileStore(tmp_path / "w.bin", slots=2, key_bytes=4096)
    store.add((COUNTER, "a", ()), 1)
    buffer, at = store.add((HISTOGRAM, "h", ()), 5)  # no room
    buffer[at] += 1  # works, counted nowhere
    store.add((COUNTER, "b", ()), 1)
    store.add((COUNTER, "c", ()), 1)  # no room either: not said again
    assert set(read_file(tmp_path / "w.bin")[0]) == {(COUNTER, "a", ()), (COUNTER, "b", ())}
    assert len([r for r in caplog.records if "is full" in r.getMessage()]) == 1


def worker(directory: Path, seq: int, requests: float, inflight: float) -> FileStore:
    store = FileStore(worker_file(directory, seq))
    buffer, at = store.add((COUNTER, "requests", ("m",)), 1)
    buffer[at] = requests
    buffer, at = store.add((GAUGE, "inflight", ("m",)), 1)
    buffer[at] = inflight
    return store


def test_a_dead_workers_counts_stay_and_its_gauges_go(tmp_path: Path) -> None:
    stores = [worker(tmp_path, 0, 5, 1), worker(tmp_path, 1, 7, 2), worker(tmp_path, 2, 11, 4)]
    requests, inflight = (COUNTER, "requests", ("m",)), (GAUGE, "inflight", ("m",))
    assert read_node(tmp_path) == {requests: [23.0], inflight: [7.0]}
    fold(tmp_path, "worker-0.bin")
    assert read_node(tmp_path) == {requests: [23.0], inflight: [6.0]}
    assert sorted(os.listdir(tmp_path)) == ["dead-1.bin", "worker-1.bin", "worker-2.bin"]
    stores[1].add(requests, 1)[0][stores[1].add(requests, 1)[1]] += 1  # counts on
    fold(tmp_path, "worker-1.bin")
    fold(tmp_path, "worker-9.bin")  # a worker that died before making its file: nothing
    assert read_node(tmp_path) == {requests: [24.0], inflight: [4.0]}
    assert sorted(os.listdir(tmp_path)) == ["dead-2.bin", "worker-2.bin"]
    assert read_file(tmp_path / "dead-2.bin")[1] == {"worker-0.bin", "worker-1.bin"}


def test_a_reader_that_listed_before_a_fold_starts_over_and_never_miscounts(tmp_path: Path) -> None:
    worker(tmp_path, 0, 5, 0)
    worker(tmp_path, 1, 7, 0)
    fold(tmp_path, "worker-0.bin")
    requests = (COUNTER, "requests", ("m",))
    stale = os.listdir(tmp_path)  # dead-1, worker-1
    fold(tmp_path, "worker-1.bin")  # writes dead-2, removes worker-1 and dead-1
    with pytest.raises(FileNotFoundError):
        read_listed(tmp_path, stale)
    # a listing taken between the fold's steps: dead-2 is there and names worker-1
    worker(tmp_path, 2, 1, 0)
    mid = [*os.listdir(tmp_path), "worker-1.bin", "dead-1.bin"]
    assert read_listed(tmp_path, mid)[requests] == [13.0]
    assert read_node(tmp_path)[requests] == [13.0]


def sample(text: str, name: str) -> str:
    return next(line for line in text.splitlines() if line.startswith(name + " ") or
                line.startswith(name + "{")).rsplit(" ", 1)[1]


def exercise(metrics: ProxyMetrics, status: int = 200) -> None:
    metrics.stats.finished("m", status, 0.02, 0.004, 10, 5)
    metrics.stats.in_flight("m").inc()
    metrics.child(metrics.rate_limited, "basic").inc()
    metrics.upstream_errors.labels("n/engine-m-0", "connection").inc()
    metrics.queued.labels("m").set(3)
    metrics.pii_scan.observe(0.1)
    metrics.pii_masked.inc()


def test_one_process_shows_what_prometheus_client_did(tmp_path: Path) -> None:
    metrics = ProxyMetrics(CollectorRegistry())
    metrics.add_breaker_view(lambda: {"n/engine-m-0": "open"})
    exercise(metrics)
    text = generate_latest(metrics.registry).decode()
    for line in (
        'appliance_proxy_requests_total{model="m",status="200"} 1.0',
        'appliance_proxy_request_seconds_bucket{le="0.025",model="m"} 1.0',
        'appliance_proxy_request_seconds_bucket{le="0.01",model="m"} 0.0',
        'appliance_proxy_request_seconds_bucket{le="+Inf",model="m"} 1.0',
        'appliance_proxy_request_seconds_count{model="m"} 1.0',
        'appliance_proxy_request_seconds_sum{model="m"} 0.02',
        'appliance_proxy_time_to_first_token_seconds_bucket{le="0.005",model="m"} 1.0',
        'appliance_proxy_tokens_total{kind="prompt",model="m"} 10.0',
        'appliance_proxy_tokens_total{kind="completion",model="m"} 5.0',
        'appliance_proxy_inflight{model="m"} 1.0',
        'appliance_proxy_rate_limited_total{role="basic"} 1.0',
        'appliance_proxy_upstream_errors_total{reason="connection",replica="n/engine-m-0"} 1.0',
        'appliance_proxy_queue_depth{model="m"} 3.0',
        'appliance_proxy_breaker_state{replica="n/engine-m-0",state="open"} 1.0',
        'appliance_proxy_breaker_state{replica="n/engine-m-0",state="closed"} 0.0',
        'appliance_pii_scan_seconds_count 1.0',
        'appliance_pii_requests_masked_total 1.0',
        'appliance_pii_failures_total 0.0',  # shown from the start
    ):
        assert line in text, line
    assert text.count("# TYPE appliance_proxy_request_seconds histogram") == 1
    assert len([ln for ln in text.splitlines() if ln.startswith(
        "appliance_proxy_request_seconds_bucket")]) == len(LATENCY_BUCKETS) + 1


def test_every_worker_of_a_node_shows_the_sum_and_a_dead_ones_counts_stay(tmp_path: Path) -> None:
    def make(seq: int) -> ProxyMetrics:
        return ProxyMetrics(CollectorRegistry(), FileStore(worker_file(tmp_path, seq)), node_dir=tmp_path)

    a, b = make(0), make(1)
    a.add_breaker_view(lambda: {"r": "closed"})
    b.add_breaker_view(lambda: {"r": "open"})
    exercise(a)
    exercise(b)
    exercise(b, status=502)
    b.publish()  # what b's publisher task does every second
    texts = [generate_latest(m.registry).decode() for m in (a, b)]
    assert texts[0] == texts[1]
    text = texts[0]
    assert sample(text, 'appliance_proxy_requests_total{model="m",status="200"}') == "2.0"
    assert sample(text, 'appliance_proxy_request_seconds_count{model="m"}') == "3.0"
    assert sample(text, 'appliance_proxy_inflight{model="m"}') == "3.0"
    assert sample(text, 'appliance_proxy_breaker_state{replica="r",state="closed"}') == "1.0"
    assert sample(text, 'appliance_proxy_breaker_state{replica="r",state="open"}') == "1.0"
    fold(tmp_path, "worker-1.bin")  # b died
    text = generate_latest(a.registry).decode()
    assert sample(text, 'appliance_proxy_requests_total{model="m",status="200"}') == "2.0"
    assert sample(text, 'appliance_proxy_requests_total{model="m",status="502"}') == "1.0"
    assert sample(text, 'appliance_proxy_inflight{model="m"}') == "1.0"  # a's only
    assert sample(text, 'appliance_proxy_breaker_state{replica="r",state="open"}') == "0.0"


def test_a_local_store_grows_as_series_come() -> None:
    store = LocalStore()
    buffer, at = store.add((COUNTER, "a", ()), 1)
    other, at2 = store.add((HISTOGRAM, "h", ("x",)), 3)
    buffer[at] += 1
    other[at2 + 2] += 2.5
    assert store.read() == {(COUNTER, "a", ()): [1.0], (HISTOGRAM, "h", ("x",)): [0.0, 0.0, 2.5]}
