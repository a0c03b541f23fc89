"""The command of one node's part of a model run with vLLM's native multi-node mode."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from appliance.engines.native_multinode import (
    MultiNodeError,
    NodeRank,
    cpu_engine_args,
    interface_of,
    rank_command,
)

MODEL = ("--model", "/models/m", "--served-model-name", "m", "--dtype", "float32")
HEAD = NodeRank(nnodes=2, node_rank=0, master_addr="10.77.0.1", master_port=29501,
                node_addr="10.77.0.1", interface="eth0", tensor_parallel_size=2)
WORKER = replace(HEAD, node_rank=1, node_addr="10.77.0.2", interface="ens5")
SOCKET = Path("/run/appliance/engines/engine-m-0.sock")


def test_rank_0_serves_the_api_on_its_socket() -> None:
    cmd = rank_command("/venv/bin/python", MODEL, HEAD, SOCKET)
    assert cmd.argv == (
        "/venv/bin/python", "-m", "vllm.entrypoints.cli.main", "serve", *MODEL,
        "--distributed-executor-backend", "mp",
        "--tensor-parallel-size", "2", "--pipeline-parallel-size", "1",
        "--nnodes", "2", "--node-rank", "0",
        "--master-addr", "10.77.0.1", "--master-port", "29501",
        "--uds", str(SOCKET),
    )


def test_other_ranks_run_headless_against_rank_0() -> None:
    cmd = rank_command("/venv/bin/python", MODEL, replace(WORKER, tensor_parallel_size=1,
                                                          pipeline_parallel_size=2))
    argv = list(cmd.argv)
    assert argv[-1] == "--headless" and "--uds" not in argv
    assert argv[argv.index("--node-rank") + 1] == "1"
    assert argv[argv.index("--master-addr") + 1] == "10.77.0.1"
    assert argv[argv.index("--pipeline-parallel-size") + 1] == "2"


def test_env_pins_the_node_address_and_interface() -> None:
    env = dict(rank_command("python", MODEL, WORKER).env)
    assert env["VLLM_HOST_IP"] == "10.77.0.2"  # vLLM's message queues bind here
    assert env["GLOO_SOCKET_IFNAME"] == "ens5"  # gloo binds the address of this interface
    assert env["VLLM_NO_USAGE_STATS"] == "1"


@pytest.mark.parametrize(
    ("rank", "says"),
    [
        (replace(HEAD, nnodes=1), "2 or more"),
        (replace(WORKER, node_rank=2), "outside 0..1"),
        (replace(WORKER, node_rank=-1), "outside 0..1"),
        (replace(HEAD, nnodes=3, tensor_parallel_size=2), "do not split evenly over 3"),
        (replace(HEAD, pipeline_parallel_size=0), "pipeline_parallel_size is 0"),
        (replace(WORKER, master_port=70000), "not a TCP port"),
        (replace(WORKER, master_addr="head.example"), "master_addr 'head.example' is not an IP"),
        (replace(WORKER, node_addr="0.0.0.0"), "not the wildcard"),
        (replace(HEAD, master_addr="10.77.0.9"), "must be its own address 10.77.0.1"),
        (replace(WORKER, interface=""), "not an interface name"),
        (replace(WORKER, interface="a-very-long-name0"), "not an interface name"),
    ],
)
def test_an_inconsistent_rank_says_what_to_fix(rank: NodeRank, says: str) -> None:
    socket = SOCKET if rank.node_rank == 0 else None
    with pytest.raises(MultiNodeError, match=says):
        rank_command("python", MODEL, rank, socket)


@pytest.mark.parametrize("arg", ["--tensor-parallel-size", "-tp", "--nnodes=3", "--headless",
                                 "--uds", "--port", "--distributed-executor-backend=ray"])
def test_the_model_may_not_set_the_groups_options(arg: str) -> None:
    with pytest.raises(MultiNodeError, match="remove it"):
        rank_command("python", (*MODEL, arg, "1"), HEAD, SOCKET)


def test_the_socket_goes_with_rank_0_only() -> None:
    with pytest.raises(MultiNodeError, match="give it the unix socket"):
        rank_command("python", MODEL, HEAD)
    with pytest.raises(MultiNodeError, match="give it no socket"):
        rank_command("python", MODEL, WORKER, SOCKET)


ADDRS = [
    {"ifname": "lo", "addr_info": [{"family": "inet", "local": "127.0.0.1"},
                                   {"family": "inet6", "local": "::1"}]},
    {"ifname": "ens5", "addr_info": [{"family": "inet", "local": "10.0.3.7"},
                                     {"family": "inet6", "local": "fd00::7"}]},
    {"ifname": "docker0", "addr_info": []},
]


@pytest.mark.parametrize(("address", "interface"),
                         [("10.0.3.7", "ens5"), ("fd00:0::7", "ens5"), ("127.0.0.1", "lo"),
                          ("10.0.3.8", None)])
def test_interface_of_an_address(address: str, interface: str | None) -> None:
    assert interface_of(address, ADDRS) == interface


@pytest.mark.parametrize(
    ("args", "pp", "expected"),
    [
        # PP on the CPU build: not eager, so that the warm-up makes the stage's buffer
        ((*MODEL, "--enforce-eager"), 2,
         (*MODEL, "--compilation-config", '{"mode": 2, "backend": "eager"}')),
        # a model's own compilation config is kept
        (("--enforce-eager", "--compilation-config", "{}"), 2, ("--compilation-config", "{}")),
        (("--enforce-eager", "-cc.mode=3"), 2, ("-cc.mode=3",)),
        (("-O3", "--enforce-eager"), 2, ("-O3",)),
        # TP only: eager stays
        ((*MODEL, "--enforce-eager"), 1, (*MODEL, "--enforce-eager")),
        # not eager: nothing to do
        (MODEL, 2, MODEL),
    ],
)
def test_cpu_pipeline_stages_are_not_eager(args: tuple, pp: int, expected: tuple) -> None:
    assert cpu_engine_args(args, pp) == expected
