"""The engine lifecycle state machine and the reconcile diff (pure, fake time)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from appliance.agent.lifecycle import FetchLog, Lifecycle, RestartPolicy, Start, Stop
from appliance.agent.reconcile import diff
from appliance.engines.specs import EngineSpec


def spec(name: str, devices: set[str], start_timeout: float = 100, unhealthy: float = 30) -> EngineSpec:
    return EngineSpec(
        name=name, model=name, replica=0, engine="vllm", argv=("x", name), env=(),
        socket=Path(f"/run/appliance/engines/{name}.sock"), gpus=(), gpu_uuids=(), fraction=0.1, memory_gib=1.0,
        start_timeout_s=start_timeout, unhealthy_timeout_s=unhealthy,
        devices=frozenset(devices),
    )


@dataclass
class Proc:
    state: str
    pid: int = 100
    start: float = 1_700_000_000.0
    exitstatus: int = 0
    spawnerr: str = ""


RUN = Proc("RUNNING")


@pytest.mark.parametrize(
    ("failures", "delay"), [(1, 5), (2, 10), (3, 20), (4, 40), (7, 300), (30, 300)]
)
def test_backoff_doubles_up_to_the_cap(failures: int, delay: float) -> None:
    assert RestartPolicy(backoff_s=5, backoff_max_s=300).delay(failures) == delay


def test_engines_sharing_a_gpu_start_one_after_another() -> None:
    lc = Lifecycle(RestartPolicy())
    lc.set_specs([spec("a", {"gpu:0"}), spec("b", {"gpu:0", "gpu:1"}), spec("c", {"gpu:2"})], 0)
    assert lc.observe(0, {}, {}) == [Start("a"), Start("c")]
    assert lc.engines["b"].detail == "waits for a to become ready"
    # a is running but not healthy yet: b still waits
    assert lc.observe(1, {"a": RUN, "c": RUN}, {"c": True}) == []
    assert lc.engines["c"].state == "ready"
    # a healthy: b may start now
    assert lc.observe(2, {"a": RUN, "c": RUN}, {"a": True, "c": True}) == [Start("b")]


def test_crash_backs_off_then_fails_with_a_reason() -> None:
    lc = Lifecycle(RestartPolicy(backoff_s=5, backoff_max_s=300, max_restarts=3))
    lc.set_specs([spec("a", {"gpu:0"})], 0)
    assert lc.observe(0, {}, {}) == [Start("a")]
    t = 1.0
    actions = lc.observe(t, {"a": Proc("EXITED", exitstatus=1)}, {})
    assert actions == [FetchLog("a")]
    e = lc.engines["a"]
    assert (e.state, e.last_error) == ("backoff", "exited with status 1")
    assert lc.observe(t + 4, {"a": Proc("EXITED", exitstatus=1)}, {}) == []  # still waiting
    assert lc.observe(t + 5, {"a": Proc("EXITED", exitstatus=1)}, {}) == [Start("a")]
    assert e.restarts == 1
    lc.observe(t + 6, {"a": Proc("FATAL", spawnerr="can't find command")}, {})
    assert e.state == "backoff" and e.next_start_at == t + 6 + 10
    assert lc.observe(t + 16, {}, {}) == [Start("a")]
    lc.observe(t + 17, {"a": Proc("EXITED", exitstatus=9)}, {})
    assert e.state == "failed"
    assert e.detail == "3 failures in a row; last: exited with status 9"
    assert lc.observe(t + 1000, {}, {}) == []  # failed engines stay down
    lc.retry_failed(t + 1001)
    assert lc.observe(t + 1001, {}, {}) == [Start("a")]


def test_becoming_ready_clears_the_failure_count() -> None:
    lc = Lifecycle(RestartPolicy(max_restarts=2))
    lc.set_specs([spec("a", {"cpu"})], 0)
    lc.observe(0, {}, {})
    lc.observe(1, {"a": Proc("EXITED", exitstatus=1)}, {})
    lc.observe(10, {}, {})
    lc.observe(11, {"a": RUN}, {"a": True})
    assert lc.engines["a"].failures == 0
    lc.observe(12, {"a": Proc("EXITED", exitstatus=1)}, {})
    assert lc.engines["a"].state == "backoff"


def test_start_timeout_stops_and_backs_off() -> None:
    lc = Lifecycle(RestartPolicy())
    lc.set_specs([spec("a", {"gpu:0"}, start_timeout=100)], 0)
    lc.observe(0, {}, {})
    assert lc.observe(100, {"a": RUN}, {"a": False}) == []
    actions = lc.observe(101, {"a": RUN}, {"a": False})
    assert actions == [Stop("a", "not healthy 100s after start"), FetchLog("a")]
    assert lc.engines["a"].state == "backoff"


def test_ready_then_unhealthy_then_restarted() -> None:
    lc = Lifecycle(RestartPolicy())
    lc.set_specs([spec("a", {"gpu:0"}, unhealthy=30)], 0)
    lc.observe(0, {}, {})
    lc.observe(1, {"a": RUN}, {"a": True})
    lc.observe(2, {"a": RUN}, {"a": False})
    assert lc.engines["a"].state == "unhealthy"
    assert lc.observe(32, {"a": RUN}, {"a": False}) == []
    assert lc.observe(33, {"a": RUN}, {"a": False})[0] == Stop("a", "unhealthy for 31s")
    # one good probe in between resets the clock
    lc2 = Lifecycle(RestartPolicy())
    lc2.set_specs([spec("a", {"gpu:0"}, unhealthy=30)], 0)
    lc2.observe(0, {}, {})
    lc2.observe(1, {"a": RUN}, {"a": True})
    lc2.observe(2, {"a": RUN}, {"a": False})
    lc2.observe(20, {"a": RUN}, {"a": True})
    assert lc2.observe(40, {"a": RUN}, {"a": False}) == []


def test_running_engines_are_adopted_not_restarted() -> None:
    lc = Lifecycle(RestartPolicy())
    lc.set_specs([spec("a", {"gpu:0"}), spec("b", {"gpu:0"})], 0)
    # the agent restarted; both engines are already running and healthy
    assert lc.observe(0, {"a": RUN, "b": RUN}, {"a": True, "b": True}) == []
    assert [e.state for e in lc.engines.values()] == ["ready", "ready"]
    assert all(e.restarts == 0 for e in lc.engines.values())


def test_unchanged_specs_keep_their_record_changed_ones_start_over() -> None:
    lc = Lifecycle(RestartPolicy())
    lc.set_specs([spec("a", {"cpu"}), spec("b", {"gpu:0"})], 0)
    lc.observe(0, {"a": RUN, "b": RUN}, {"a": True, "b": True})
    changed_b = spec("b", {"gpu:1"})
    changed_b = EngineSpec(**{**changed_b.__dict__, "argv": ("x", "b", "--new")})
    lc.set_specs([spec("a", {"cpu"}), changed_b], 5)
    assert lc.engines["a"].state == "ready"
    assert lc.engines["b"].state == "stopped"


@pytest.mark.parametrize(
    ("desired", "files", "active", "expected"),
    [
        ({}, {}, set(), ((), (), (), ())),
        ({"engine-a-0": "d1"}, {}, set(), (("engine-a-0",), (), (), ())),
        ({"engine-a-0": "d1"}, {"engine-a-0": "d1"}, {"engine-a-0"}, ((), (), (), ("engine-a-0",))),
        ({"engine-a-0": "d2"}, {"engine-a-0": "d1"}, {"engine-a-0"}, ((), ("engine-a-0",), (), ())),
        ({}, {"engine-a-0": "d1"}, {"engine-a-0"}, ((), (), ("engine-a-0",), ())),
        # a file written but never loaded (the agent died mid-apply): add it again
        ({"engine-a-0": "d1"}, {"engine-a-0": "d1"}, set(), (("engine-a-0",), (), (), ())),
        # someone else's program is never touched
        ({}, {}, {"nginx-helper"}, ((), (), (), ())),
    ],
)
def test_reconcile_diff(desired, files, active, expected) -> None:
    d = diff(desired, files, active)
    assert (d.add, d.change, d.remove, d.keep) == expected
