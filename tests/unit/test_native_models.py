"""Models across nodes with vLLM's native multi-node mode (`executor = "native"`): config
rules, the plan's ranks, who runs or why down (decide_native on fake membership views),
rank 0's spec and the headless ranks' programs, and the simulated engine's native rank."""

from __future__ import annotations

import asyncio
import socket
import threading

import pytest

from appliance.agent.native_member import native_models, rank_program, retire_ranks
from appliance.agent.ray_member import across_nodes, ray_gpus
from appliance.cli.tables import placement_table
from appliance.config import parse_config
from appliance.engines.native_multinode import NodeRank, interface_of
from appliance.engines.specs import build_specs, native_rank
from appliance.errors import ConfigError
from appliance.fleet.membership import Member
from appliance.fleet.ray_models import DOWN, RUNNING, decide_native, decide_native_all
from appliance.gpu.inventory import Gpu, Inventory
from appliance.placement.planner import plan
from appliance.sim.native_rank import NativeRun, gather, join, native_run, watch
from appliance.supervisor.conf import SupervisorPaths, render_rank_program
from appliance.testing.fake_supervisor import FakeSupervisor
from appliance.testing.ports import free_port

FLEET = {"fleet": {"enabled": True, "bind": "10.0.0.1"}}
NODES = ["gpu-01", "gpu-02"]


def wide(**fields: object) -> dict:
    return {"name": "big", "source": "org/big", "gpu_memory_fraction": 0.8,
            "tensor_parallel_size": 2, "nodes": NODES, "executor": "native", **fields}


def config(models: list[dict], node: str = "gpu-01", **sections: dict):
    return parse_config({"node": {"name": node}, "models": models, **FLEET, **sections})


def problems(models: list[dict], **sections: dict) -> str:
    with pytest.raises(ConfigError) as exc:
        parse_config({"models": models, **sections})
    return "\n".join(str(p) for p in exc.value.problems)


# -- config -----------------------------------------------------------------------------

def test_native_needs_the_fleet_but_not_ray() -> None:
    cfg = config([wide()])
    assert cfg.models[0].native and not cfg.models[0].on_ray
    assert cfg.models[0].master_port == 29501
    assert "set [fleet] enabled" in problems([wide()])
    assert "set [ray] enabled" in problems([wide(executor="ray")], **FLEET)


def test_native_takes_the_cpu_build_across_nodes() -> None:
    cfg = config([wide(engine="vllm-cpu", gpu_memory_fraction=None, memory_gib=2.0,
                       pipeline_parallel_size=1)])
    assert not cfg.models[0].uses_gpu
    assert "cannot run across nodes" in problems(
        [wide(engine="vllm-cpu", gpu_memory_fraction=None, memory_gib=2.0, executor="ray")],
        ray={"enabled": True}, **FLEET)


@pytest.mark.parametrize(("models", "says"), [
    ([wide(), wide(name="other")], "29501 on gpu-01 is also models[0].master_port"),
    ([wide(extra_args=["--nnodes", "3"])], "--nnodes in the model's engine arguments"),
    ([wide(extra_args=["--headless"])], "--headless in the model's engine arguments"),
    ([wide(master_port=80)], "greater than or equal to 1024"),
])
def test_native_rules(models: list[dict], says: str) -> None:
    assert says in problems(models, **FLEET)


def test_two_native_models_with_their_own_ports() -> None:
    config([wide(), wide(name="other", master_port=29502)])
    config([wide(), wide(name="other", nodes=["gpu-02", "gpu-01"])])  # another master


# -- plan --------------------------------------------------------------------------------

def inventory(n: int) -> Inventory:
    return Inventory(source="file", gpus=[
        Gpu(index=i, uuid=f"GPU-{i}", name="NVIDIA L4", memory_total_mib=23034)
        for i in range(n)])


@pytest.mark.parametrize(("node", "rank"), [("gpu-01", 0), ("gpu-02", 1)])
def test_each_listed_node_reserves_its_rank_and_the_plan_says_it(node: str, rank: int) -> None:
    cfg = config([wide()], node=node)
    result = plan(cfg, inventory(2), node=node)
    (big,) = result.placements
    assert (big.executor, big.rank, len(big.gpus)) == ("native", rank, 1)
    assert ray_gpus(result) == ()  # not Ray's to hand out
    assert across_nodes(cfg, node) == {} and set(native_models(cfg, node)) == {"big"}
    from rich.console import Console
    console = Console(width=200, record=True)
    console.print(placement_table(result))
    assert f"rank {rank} of big (native: gpu-01, gpu-02" in console.export_text()


# -- who runs it -------------------------------------------------------------------------

def member(name: str, address: str, status: str = "alive") -> Member:
    return Member(name, address, 7946, status)  # type: ignore[arg-type]


ALIVE = [member("gpu-01", "10.0.0.1"), member("gpu-02", "10.0.0.2"),
         member("gpu-03", "10.0.0.3")]


@pytest.mark.parametrize(("me", "members", "state", "says"), [
    ("gpu-01", ALIVE, RUNNING, None),
    ("gpu-02", ALIVE, RUNNING, None),
    ("gpu-01", [ALIVE[0], member("gpu-02", "10.0.0.2", "failed")], DOWN,
     "big runs across gpu-01, gpu-02: node gpu-02 is failed"),
    ("gpu-02", [member("gpu-01", "10.0.0.1", "left"), ALIVE[1]], DOWN, "node gpu-01 is left"),
    ("gpu-01", [ALIVE[0]], DOWN, "node gpu-02 is not in the fleet"),
    ("gpu-01", [ALIVE[1]], DOWN, "node gpu-01 (this one) is not in the fleet yet"),
])
def test_decide_native(me: str, members: list[Member], state: str, says: str | None) -> None:
    decided = decide_native("big", NODES, me, members)
    assert decided.state == state and decided.runner == "gpu-01"
    if says is None:
        assert decided.group == ("10.0.0.1", "10.0.0.2") and decided.reason is None
    else:
        assert says in (decided.reason or "") and decided.group == ()


def test_a_new_address_in_the_group_is_a_new_state() -> None:
    before = decide_native("big", NODES, "gpu-02", ALIVE)
    moved = decide_native("big", NODES, "gpu-02", [ALIVE[0], member("gpu-02", "10.0.0.9")])
    assert before != moved and moved.group == ("10.0.0.1", "10.0.0.9")
    assert decide_native_all({"big": tuple(NODES)}, "gpu-03", ALIVE) == {}


# -- the ranks' commands -----------------------------------------------------------------

def rank_of(r: int) -> NodeRank:
    return NodeRank(nnodes=2, node_rank=r, master_addr="10.0.0.1", master_port=29500,
                    node_addr=f"10.0.0.{r + 1}", interface="ens5", tensor_parallel_size=2)


def test_rank_0_is_the_engine_with_the_api_and_the_others_are_headless() -> None:
    cfg = config([wide()], node="gpu-01")
    result = plan(cfg, inventory(2), node="gpu-01")
    assert build_specs(cfg, result) == []  # not running: no engine
    (spec,) = build_specs(cfg, result, None, {"big": rank_of(0)})
    argv = " ".join(spec.argv)
    assert "-m vllm.entrypoints.cli.main serve --model org/big" in argv
    assert "--nnodes 2 --node-rank 0 --master-addr 10.0.0.1 --master-port 29500" in argv
    assert f"--uds {spec.socket}" in argv and "--headless" not in argv
    assert "--distributed-executor-backend mp" in argv and "0.8" in spec.argv
    env = dict(spec.env)
    assert env["VLLM_HOST_IP"] == "10.0.0.1" and env["GLOO_SOCKET_IFNAME"] == "ens5"
    assert env["CUDA_VISIBLE_DEVICES"] == ",".join(map(str, result.placements[0].gpus))

    headless = config([wide()], node="gpu-02")
    placed = plan(headless, inventory(2), node="gpu-02")
    assert build_specs(headless, placed, None, {"big": rank_of(1)}) == []
    argv2, env2 = native_rank(headless, headless.models[0], placed.placements[0], rank_of(1),
                              None)
    assert argv2[-2:] == ("29500", "--headless") and "--uds" not in argv2
    assert env2["VLLM_HOST_IP"] == "10.0.0.2"
    text = render_rank_program(headless, rank_program("big", 1), argv2, env2, "abc",
                               "model big, rank 1 of 2")
    assert "[program:native-big-1]" in text and "autorestart=true" in text


def test_the_sim_takes_the_ranks_arguments_after_its_own_command() -> None:
    cfg = config([wide(engine="sim", engine_options={"mode": "echo"})])
    result = plan(cfg, inventory(2), node="gpu-01")
    (spec,) = build_specs(cfg, result, None, {"big": rank_of(0)})
    assert spec.argv[1:3] == ("-m", "appliance.sim.engine")
    assert native_run(spec.argv) == NativeRun(2, 0, "10.0.0.1", 29500, False)


def test_the_cpu_build_gets_its_pipeline_arguments() -> None:
    cfg = config([wide(engine="vllm-cpu", gpu_memory_fraction=None, memory_gib=2.0,
                       tensor_parallel_size=1, pipeline_parallel_size=2)])
    result = plan(cfg, inventory(0), node="gpu-01")
    rank = NodeRank(2, 0, "10.0.0.1", 29500, "10.0.0.1", "ens5", 1, 2)
    (spec,) = build_specs(cfg, result, None, {"big": rank})
    assert "--enforce-eager" not in spec.argv and "--compilation-config" in spec.argv
    assert dict(spec.env)["VLLM_CPU_KVCACHE_SPACE"] == "2"


LOOPBACK = [{"ifname": "lo", "flags": ["LOOPBACK", "UP"],
             "addr_info": [{"family": "inet", "local": "127.0.0.1", "prefixlen": 8}]},
            {"ifname": "ens5", "flags": ["UP"],
             "addr_info": [{"family": "inet", "local": "10.0.3.7", "prefixlen": 24}]}]


@pytest.mark.parametrize(("address", "interface"),
                         [("127.0.0.94", "lo"), ("127.0.0.1", "lo"), ("10.0.3.7", "ens5"),
                          ("10.0.3.8", None)])
def test_a_loopback_interface_holds_its_whole_prefix(address: str, interface: str | None) -> None:
    assert interface_of(address, LOOPBACK) == interface


# -- the simulated engine's native rank -----------------------------------------------------

@pytest.mark.parametrize(("argv", "says"), [
    (["--nnodes", "2", "--node-rank", "1", "--master-addr", "a", "--master-port", "1"],
     "rank 0 serves the API"),
    (["--nnodes", "2", "--node-rank", "2", "--master-addr", "a", "--master-port", "1"],
     "outside 0..1"),
    (["--nnodes", "2"], "needs --master-addr"),
])
def test_native_run_refuses_a_group_that_cannot_work(argv: list[str], says: str) -> None:
    with pytest.raises(ValueError, match=says):
        native_run(argv)
    assert native_run(["--model", "m"]) is None


def test_rank_0_serves_once_the_group_stands_and_exits_when_a_rank_goes() -> None:
    port = free_port()
    head = NativeRun(2, 0, "127.0.0.1", port, False)
    worker = NativeRun(2, 1, "127.0.0.1", port, True)
    gathered: list[socket.socket] = []
    thread = threading.Thread(target=lambda: gathered.extend(gather(head, print)))
    thread.start()
    conn = join(worker, print)  # tries again until rank 0 listens
    thread.join(timeout=30)
    assert len(gathered) == 1
    exits: list[int] = []
    (watcher,) = watch(gathered, print, exits.append)
    conn.close()  # rank 1 died
    watcher.join(timeout=30)
    assert exits == [1]
    gathered[0].close()


def test_headless_ranks_left_from_a_config_with_the_fleet_go_when_it_is_off(tmp_path) -> None:
    """[fleet] turned off: no membership, no NativeMember; the ranks' programs from before
    stop and their files go, and nothing else of supervisord's is touched."""
    cfg = parse_config({"node": {"name": "gpu-02", "state_dir": str(tmp_path / "state"),
                                 "run_dir": str(tmp_path / "run"),
                                 "log_dir": str(tmp_path / "log")}})
    programs = SupervisorPaths.from_config(cfg).programs_dir
    programs.mkdir(parents=True)
    for name in ("native-wide-1", "native-old-2", "engine-chat-0"):
        (programs / f"{name}.conf").write_text("[program:x]\n", encoding="utf-8")
    supervisor = FakeSupervisor()

    async def go() -> None:
        await supervisor.add("native-wide-1")
        await supervisor.add("engine-chat-0")
        await retire_ranks(cfg, supervisor)  # type: ignore[arg-type]

    asyncio.run(go())
    assert sorted(p.stem for p in programs.glob("*.conf")) == ["engine-chat-0"]
    assert list(supervisor.running) == ["engine-chat-0"]
    assert ("stop", "native-wide-1") in supervisor.calls
    assert supervisor.calls[-1] == ("reload_config", "")
