"""Models across nodes: config rules, the plan's reservations, who runs one or why it is
down (appliance.fleet.ray_models on fake membership views), the engine's spec and the
routes, and the simulated engine's Ray executor arguments."""

from __future__ import annotations

import pytest

from appliance.agent.ray_member import across_nodes, ray_gpus
from appliance.agent.routes import build_routes
from appliance.config import parse_config
from appliance.engines.specs import build_specs
from appliance.errors import ConfigError
from appliance.fleet.membership import Member
from appliance.fleet.ray_election import TAG_RAY, TAG_RAY_HEAD, HeadClaim
from appliance.fleet.ray_models import DOWN, LENT, RUNNING, decide, needs_cluster
from appliance.gpu.inventory import Gpu, Inventory
from appliance.placement.formulas import gpus_per_node
from appliance.placement.planner import plan
from appliance.proxy.routes_view import RoutesView
from appliance.sim.ray_executor import RayRun, bundles, ray_run, watch

FLEET = {"fleet": {"enabled": True, "bind": "10.0.0.1"}, "ray": {"enabled": True}}


def wide(**fields: object) -> dict:
    return {"name": "big", "source": "org/big", "gpu_memory_fraction": 0.8,
            "tensor_parallel_size": 2, "pipeline_parallel_size": 2,
            "nodes": ["gpu-01", "gpu-02"], **fields}


def config(models: list[dict], node: str = "gpu-01", **sections: dict):
    data = {"node": {"name": node}, "models": models, **FLEET, **sections}
    return parse_config(data)


def problems(models: list[dict], **sections: dict) -> str:
    data = {"models": models, **FLEET, **sections}
    with pytest.raises(ConfigError) as exc:
        parse_config(data)
    return "\n".join(str(p) for p in exc.value.problems)


# -- config -----------------------------------------------------------------------------

@pytest.mark.parametrize(("fields", "says"), [
    ({"nodes": ["gpu-01"]}, "two or more distinct nodes"),
    ({"nodes": ["gpu-01", "gpu-01"]}, "two or more distinct nodes"),
    ({"tensor_parallel_size": 3, "pipeline_parallel_size": 1},
     "3 GPUs do not split evenly over 2 nodes"),
    ({"engine": "vllm-cpu", "gpu_memory_fraction": None, "memory_gib": 2.0,
      "tensor_parallel_size": 1, "pipeline_parallel_size": 1}, "cannot run across nodes"),
    ({"replicas": 2}, "runs one replica"),
])
def test_nodes_rules(fields: dict, says: str) -> None:
    assert says in problems([wide(**fields)])


def test_nodes_need_ray() -> None:
    data = {"models": [wide()], "fleet": {"enabled": True, "bind": "10.0.0.1"}}
    with pytest.raises(ConfigError) as exc:
        parse_config(data)
    assert "set [ray] enabled" in str(exc.value.problems[0])
    assert "models[0].nodes" in str(exc.value.problems[0])


def test_two_models_share_all_their_nodes_or_none() -> None:
    other = wide(name="other", nodes=["gpu-02", "gpu-03"])
    assert "shares gpu-02 with models[0].nodes" in problems([wide(), other])
    config([wide(), wide(name="same")])  # the same nodes: one pool
    config([wide(), wide(name="apart", nodes=["gpu-03", "gpu-04"])])


def test_the_sim_stands_in_for_vllm_across_nodes() -> None:
    cfg = config([wide(engine="sim", engine_options={"mode": "echo"})])
    assert cfg.models[0].uses_gpu and cfg.models[0].spans_nodes


@pytest.mark.parametrize(("gpus", "nodes", "each"), [(4, 2, 2), (2, 2, 1), (6, 3, 2), (8, 4, 2)])
def test_gpus_per_node(gpus: int, nodes: int, each: int) -> None:
    assert gpus_per_node(gpus, nodes) == each


def test_gpus_per_node_refuses_an_uneven_split() -> None:
    with pytest.raises(ValueError, match="evenly"):
        gpus_per_node(3, 2)


# -- plan --------------------------------------------------------------------------------

def inventory(n: int) -> Inventory:
    return Inventory(source="file", gpus=[
        Gpu(index=i, uuid=f"GPU-{i}", name="NVIDIA L4", memory_total_mib=23034)
        for i in range(n)])


def test_each_listed_node_reserves_its_share_whole() -> None:
    small = {"name": "small", "source": "org/small", "gpu_memory_fraction": 0.3}
    for node, role in (("gpu-01", "engine"), ("gpu-02", "lends")):
        cfg = config([small, wide()], node=node)
        result = plan(cfg, inventory(3), node=node)
        big = [p for p in result.placements if p.model == "big"]
        assert len(big) == 1 and len(big[0].gpus) == 2
        assert big[0].ray_role == role and big[0].nodes == ("gpu-01", "gpu-02")
        assert big[0].fraction == 0.8  # what vLLM uses of each GPU
        taken = {g.index: g.allocated_fraction for g in result.gpus}
        assert all(taken[i] == 0.95 for i in big[0].gpus)  # whole: nothing else there
        (other,) = [p for p in result.placements if p.model == "small"]
        assert not set(other.gpus) & set(big[0].gpus)
        assert ray_gpus(result) == big[0].gpus


def test_a_node_not_listed_ignores_the_entry() -> None:
    cfg = config([wide()], node="gpu-03")
    result = plan(cfg, inventory(2), node="gpu-03")
    assert result.placements == () and result.rejections == ()
    assert across_nodes(cfg, "gpu-03") == {}
    assert build_routes(cfg, [], set(), "gpu-03").models == ()


def test_a_reservation_that_does_not_fit_is_rejected_in_numbers() -> None:
    result = plan(config([wide()]), inventory(1), node="gpu-01")
    assert "needs 2 × NVIDIA L4" in result.rejections[0].reason


# -- who runs it -------------------------------------------------------------------------

CLAIM = HeadClaim(2, "gpu-03")
NODES = ("gpu-01", "gpu-02")


def member(name: str, status: str = "alive", claim: str | None = "2:gpu-03",
           ray: bool = True) -> Member:
    tags = {TAG_RAY: "10:6379"} if ray else {}
    if claim:
        tags[TAG_RAY_HEAD] = claim
    return Member(name, "10.0.0.9", 7946, status, tags)  # type: ignore[arg-type]


def fleet(**changed: Member) -> list[Member]:
    members = {n: member(n) for n in ("gpu-01", "gpu-02", "gpu-03")}
    members.update(changed)
    return list(members.values())


ALL = frozenset({"gpu-01", "gpu-02", "gpu-03"})


@pytest.mark.parametrize(("me", "members", "claim", "cluster", "state", "says"), [
    ("gpu-01", fleet(), CLAIM, ALL, RUNNING, None),
    ("gpu-02", fleet(), CLAIM, None, LENT, None),  # a lender does not ask the GCS
    ("gpu-01", fleet(**{"gpu-02": member("gpu-02", "failed")}), CLAIM, ALL, DOWN,
     "node gpu-02 is failed"),
    ("gpu-02", fleet(**{"gpu-01": member("gpu-01", "left")}), CLAIM, None, DOWN,
     "node gpu-01 is left"),
    ("gpu-01", [member("gpu-01"), member("gpu-03")], CLAIM, ALL, DOWN,
     "node gpu-02 is not in the fleet"),
    ("gpu-01", fleet(**{"gpu-02": member("gpu-02", ray=False)}), CLAIM, ALL, DOWN,
     "node gpu-02 takes no part in Ray"),
    ("gpu-01", fleet(), None, ALL, DOWN, "no Ray head is elected yet"),
    ("gpu-01", fleet(**{"gpu-03": member("gpu-03", "failed")}), CLAIM, ALL, DOWN,
     "Ray's head gpu-03 is gone"),
    ("gpu-01", fleet(**{"gpu-02": member("gpu-02", claim="1:gpu-01")}), CLAIM, ALL, DOWN,
     "node gpu-02 has not joined Ray's head gpu-03 yet"),
    ("gpu-01", fleet(), CLAIM, None, DOWN, "waiting for Ray's head gpu-03"),
    ("gpu-01", fleet(), CLAIM, "InvalidAuthToken: no", DOWN, "does not answer (InvalidAuthToken"),
    ("gpu-01", fleet(), CLAIM, frozenset({"gpu-01", "gpu-03"}), DOWN,
     "node gpu-02 is not in Ray's cluster (head gpu-03) yet"),
])
def test_decide(me: str, members: list[Member], claim: HeadClaim | None, cluster: object,
                state: str, says: str | None) -> None:
    got = decide("big", NODES, me, members, claim, cluster)  # type: ignore[arg-type]
    assert got.state == state and got.runner == "gpu-01"
    if says is None:
        assert got.reason is None
    else:
        assert got.reason is not None and says in got.reason
        assert got.reason.startswith("big runs across gpu-01, gpu-02: ")


def test_once_running_only_the_fleet_rules_stop_it() -> None:
    """Ray's listing lags: a node back within its health checks is listed under its old
    identity, then DEAD, then ALIVE again; the engine (which exits by itself when its
    placement group loses a node) is not stopped for that."""
    lagging = frozenset({"gpu-01", "gpu-03"})
    assert decide("big", NODES, "gpu-01", fleet(), CLAIM, lagging, CLAIM).state == RUNNING
    dead = fleet(**{"gpu-02": member("gpu-02", "failed")})
    assert decide("big", NODES, "gpu-01", dead, CLAIM, ALL, CLAIM).state == DOWN
    # under another head it must be listed again
    assert decide("big", NODES, "gpu-01", fleet(), CLAIM, lagging, HeadClaim(1, "gpu-01")
                  ).state == DOWN


def test_only_the_runner_past_the_fleet_rules_asks_the_cluster() -> None:
    runs = decide("big", NODES, "gpu-01", fleet(), CLAIM, None)
    lends = decide("big", NODES, "gpu-02", fleet(), CLAIM, None)
    dead = decide("big", NODES, "gpu-01", fleet(**{"gpu-02": member("gpu-02", "failed")}),
                  CLAIM, None)
    assert needs_cluster({"big": runs}) and not needs_cluster({"big": lends})
    assert not needs_cluster({"big": dead})


# -- the engine and the routes -----------------------------------------------------------

RAY_ENV = {"RAY_ADDRESS": "10.0.0.3:6379", "APPLIANCE_RAY_NODES": "gpu-01,gpu-02"}


def test_the_runner_gets_the_ray_executor_only_while_it_runs() -> None:
    cfg = config([wide()], node="gpu-01")
    result = plan(cfg, inventory(2), node="gpu-01")
    assert build_specs(cfg, result) == []  # not (yet) running: no engine
    (spec,) = build_specs(cfg, result, {"big": RAY_ENV})
    assert spec.argv[-2:] == ("--distributed-executor-backend", "ray")
    assert "--tensor-parallel-size" in spec.argv and "0.8" in spec.argv
    env = dict(spec.env)
    assert env["RAY_ADDRESS"] == "10.0.0.3:6379" and "CUDA_VISIBLE_DEVICES" not in env
    lender = config([wide()], node="gpu-02")
    assert build_specs(lender, plan(lender, inventory(2), node="gpu-02"), {"big": RAY_ENV}) == []


def test_the_executor_flag_is_the_appliances() -> None:
    assert "--distributed-executor-backend is set by the appliance" in problems(
        [{"name": "m", "source": "s", "gpu_memory_fraction": 0.5,
          "extra_args": ["--distributed-executor-backend=ray"]}])


def test_a_down_model_is_published_with_its_reason_and_the_proxy_says_it() -> None:
    cfg = config([wide()], node="gpu-02")
    doc = build_routes(cfg, [], set(), "gpu-02", {"big": "big runs across ...: node gpu-01 is failed"})
    (model,) = doc.models
    assert model.down == "big runs across ...: node gpu-01 is failed"
    view = RoutesView.of(doc)
    assert view.down == {"big": model.down} and "big" in view.models


# -- the simulated engine's Ray executor ---------------------------------------------------

def test_ray_run_from_vllm_arguments() -> None:
    env = {"RAY_ADDRESS": "10.0.0.3:6379", "APPLIANCE_RAY_NODES": "a,b", "VLLM_HOST_IP": "10.0.0.1"}
    run = ray_run(["--tensor-parallel-size", "2", "--pipeline-parallel-size", "2",
                   "--distributed-executor-backend", "ray", "--other", "x"], env)
    assert run == RayRun("10.0.0.3:6379", "10.0.0.1", ("a", "b"), 2, 2)
    assert ray_run(["--tensor-parallel-size", "2"], env) is None
    with pytest.raises(ValueError, match="RAY_ADDRESS"):
        ray_run(["--distributed-executor-backend", "ray"], {})


def test_bundles_are_spread_evenly_and_pinned_to_their_nodes() -> None:
    run = RayRun("h:1", None, ("a", "b"), 2, 2)
    assert bundles(run) == [
        {"GPU": 1.0, "appliance-node:a": 0.001}, {"GPU": 1.0, "appliance-node:a": 0.001},
        {"GPU": 1.0, "appliance-node:b": 0.001}, {"GPU": 1.0, "appliance-node:b": 0.001}]


@pytest.mark.parametrize(("later", "says"), [
    ({"state": "RESCHEDULING", "bundles_to_node_id": {0: "n1", 1: "n2"}}, "state RESCHEDULING"),
    ({"state": "CREATED", "bundles_to_node_id": {0: "n1", 1: "n3"}}, "bundles moved"),
])
def test_the_engine_exits_when_its_group_loses_a_node(later: dict, says: str) -> None:
    placed = {"state": "CREATED", "bundles_to_node_id": {0: "n1", 1: "n2"}}
    tables = iter([placed, placed, placed, later])
    said: list[str] = []
    exits: list[int] = []
    thread = watch("group", said.append, exits.append, read=lambda _: next(tables), every_s=0)
    thread.join(timeout=10)
    assert exits == [1] and says in said[-1]
