"""One node's part of a model run with vLLM's native multi-node mode (no Ray): the argv
and environment of that node's `vllm serve`, derived purely from the model's engine
arguments and the node's place in the group.

Every node runs `vllm serve <model args> --nnodes N --node-rank R --master-addr A
--master-port P` with the same model arguments and parallel sizes; the node of rank 0
also serves the OpenAI API (on its unix socket, as every engine of the appliance does)
and its engine core schedules for the whole group; every other node runs `--headless`:
its workers only, no API. The world (TP × PP workers) is split evenly over the nodes in
rank order, so with TP 2 over two nodes each node holds one tensor-parallel shard, and
with PP 2 each node holds one pipeline stage.

What crosses the network, and which address each part takes (vLLM 0.32, CPU build):

- torch.distributed's TCP store on rank 0, at `--master-addr:--master-port`: every
  worker of every node connects to it first.
- vLLM's message queues (ZeroMQ) between rank 0's engine core and the workers of the
  other nodes: each binds `tcp://<VLLM_HOST_IP>:<a port the kernel chooses>`. Without
  VLLM_HOST_IP vLLM takes the address of the route towards 8.8.8.8 (a public interface,
  or none at all on a private network), so it is always set to the node's own address.
- gloo (the CPU build's collective backend): each worker binds a port the kernel chooses
  on the address of GLOO_SOCKET_IFNAME. Without it gloo takes the address the host's
  name resolves to (127.0.1.1 or 127.0.0.1 on Debian), and the other nodes' workers
  cannot reach that, so it is always set to the node's interface.

Pipeline parallel on the CPU build takes one more change (`cpu_engine_args`): vLLM 0.32's
CPU worker makes the buffer a later stage receives the previous stage's activations into
only in its warm-up pass, and skips that pass with `--enforce-eager` (compilation mode
NONE); the stage's first request then fails (`assert self.intermediate_tensors is not
None`) and the engine dies.

docs/fleet.md ("vLLM's native multi-node mode") says what was measured with these.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from appliance.engines.base_env import BASE_ENV

# `vllm serve`: the entry point that knows `--headless` (the older
# `vllm.entrypoints.openai.api_server` parses it but starts an API server anyway).
SERVE = ("-m", "vllm.entrypoints.cli.main", "serve")

# Options this module sets itself, refused in the model's arguments: two values for one
# of them would leave the nodes disagreeing about the group.
OWNED_OPTIONS = frozenset({
    "--nnodes", "-n", "--node-rank", "-r", "--master-addr", "--master-port",
    "--headless", "--uds", "--host", "--port", "--api-server-count",
    "--tensor-parallel-size", "-tp", "--pipeline-parallel-size", "-pp",
    "--data-parallel-size", "-dp", "--distributed-executor-backend",
})


# What the CPU build runs instead of `--enforce-eager` with PP > 1: the warm-up pass at
# the least cost (dynamo traces the model once and runs it eagerly; no inductor compile).
CPU_PIPELINE_COMPILATION = ("--compilation-config", '{"mode": 2, "backend": "eager"}')
COMPILATION_OPTIONS = ("--compilation-config", "-cc", "-O")


class MultiNodeError(ValueError):
    """A node's place in a multi-node group is inconsistent; the message says what to fix."""


@dataclass(frozen=True)
class NodeRank:
    """One node's place in the group. `node_addr` is the node's own address on the
    network the nodes share (the fleet address); `interface` is the interface that holds
    it. On rank 0, `master_addr` is `node_addr`."""

    nnodes: int
    node_rank: int
    master_addr: str
    master_port: int
    node_addr: str
    interface: str
    tensor_parallel_size: int = 1
    pipeline_parallel_size: int = 1

    @property
    def world_size(self) -> int:
        return self.tensor_parallel_size * self.pipeline_parallel_size

    @property
    def serves_api(self) -> bool:
        return self.node_rank == 0

    def check(self) -> None:
        """Raise MultiNodeError naming the first field that cannot work."""
        if self.nnodes < 2:
            raise MultiNodeError(f"nnodes is {self.nnodes}: a multi-node group has 2 or more")
        if not 0 <= self.node_rank < self.nnodes:
            raise MultiNodeError(
                f"node_rank {self.node_rank} is outside 0..{self.nnodes - 1} for "
                f"{self.nnodes} nodes")
        for name in ("tensor_parallel_size", "pipeline_parallel_size"):
            if getattr(self, name) < 1:
                raise MultiNodeError(f"{name} is {getattr(self, name)}; it must be 1 or more")
        if self.world_size % self.nnodes:
            raise MultiNodeError(
                f"TP {self.tensor_parallel_size} x PP {self.pipeline_parallel_size} = "
                f"{self.world_size} workers do not split evenly over {self.nnodes} nodes; "
                "make TP x PP a multiple of the number of nodes")
        if not 1 <= self.master_port <= 65535:
            raise MultiNodeError(f"master_port {self.master_port} is not a TCP port")
        for name in ("master_addr", "node_addr"):
            value = getattr(self, name)
            try:
                address = ipaddress.ip_address(value)
            except ValueError:
                raise MultiNodeError(
                    f"{name} {value!r} is not an IP address; give the node's address on "
                    "the network the nodes share") from None
            if address.is_unspecified:
                raise MultiNodeError(f"{name} {value}: give the node's own address, not "
                                     "the wildcard")
        if self.node_rank == 0 and self.master_addr != self.node_addr:
            raise MultiNodeError(
                f"rank 0 runs the group's TCP store: master_addr {self.master_addr} must be "
                f"its own address {self.node_addr}")
        if not self.interface or "/" in self.interface or len(self.interface) > 15:
            raise MultiNodeError(f"interface {self.interface!r} is not an interface name")


@dataclass(frozen=True)
class RankCommand:
    argv: tuple[str, ...]
    env: tuple[tuple[str, str], ...]  # sorted; added to the engine's own environment


def check_engine_args(engine_args: Sequence[str]) -> None:
    """The model's arguments must leave the group's options to this module."""
    for arg in engine_args:
        option = arg.split("=", 1)[0]
        if option in OWNED_OPTIONS:
            raise MultiNodeError(
                f"{option} in the model's engine arguments: a multi-node model sets it from "
                "its nodes and parallel sizes; remove it")


def rank_command(
    python: str | Path, engine_args: Sequence[str], rank: NodeRank, socket: Path | None = None,
) -> RankCommand:
    """The command and environment of `rank`'s `vllm serve`. `engine_args` are the
    model's (`--model ... --served-model-name ... --dtype ...`), the same on every node;
    `socket` is where rank 0 serves the API (required there, refused elsewhere)."""
    rank.check()
    check_engine_args(engine_args)
    if rank.serves_api and socket is None:
        raise MultiNodeError("rank 0 serves the API: give it the unix socket to listen on")
    if not rank.serves_api and socket is not None:
        raise MultiNodeError(f"rank {rank.node_rank} runs headless and serves no API: "
                             "give it no socket")
    argv = [
        str(python), *SERVE, *engine_args,
        "--distributed-executor-backend", "mp",  # never Ray, even where Ray is installed
        "--tensor-parallel-size", str(rank.tensor_parallel_size),
        "--pipeline-parallel-size", str(rank.pipeline_parallel_size),
        "--nnodes", str(rank.nnodes),
        "--node-rank", str(rank.node_rank),
        "--master-addr", rank.master_addr,
        "--master-port", str(rank.master_port),
    ]
    argv += ["--uds", str(socket)] if socket is not None else ["--headless"]
    return RankCommand(tuple(argv), tuple(sorted(rank_env(rank).items())))


def cpu_engine_args(engine_args: Sequence[str], pipeline_parallel_size: int) -> tuple[str, ...]:
    """The CPU build's model arguments for a group: with PP > 1, `--enforce-eager` gives way
    to CPU_PIPELINE_COMPILATION (module doc), or to the model's own compilation options
    when it has some; otherwise unchanged."""
    args = tuple(engine_args)
    if pipeline_parallel_size < 2 or "--enforce-eager" not in args:
        return args
    args = tuple(a for a in args if a != "--enforce-eager")
    if any(a.startswith(COMPILATION_OPTIONS) for a in args):  # -O3, -cc.mode=3, ...
        return args
    return (*args, *CPU_PIPELINE_COMPILATION)


def rank_env(rank: NodeRank) -> dict[str, str]:
    """The addresses vLLM and gloo would otherwise choose for themselves (module doc)."""
    return {
        **BASE_ENV,
        "VLLM_HOST_IP": rank.node_addr,
        "GLOO_SOCKET_IFNAME": rank.interface,
    }


def interface_of(address: str, addr_json: Sequence[dict]) -> str | None:
    """The interface that holds `address`, from `ip -j addr show` (parsed JSON); None
    when no interface holds it. The shell that starts a rank reads `ip -j addr` and asks
    this for the fleet address's interface. A loopback interface holds its whole prefix
    (Linux's local route: 127.0.0.1/8 on `lo` answers 127.0.0.94 too), so fleets of
    127.0.0.x addresses on one host find `lo`."""
    wanted = ipaddress.ip_address(address)
    covering = None
    for link in addr_json:
        loopback = "LOOPBACK" in link.get("flags", ())
        for info in link.get("addr_info", ()):
            try:
                local = ipaddress.ip_address(info.get("local", ""))
                if local == wanted:
                    return str(link["ifname"])
                network = ipaddress.ip_network(f"{local}/{info.get('prefixlen')}",
                                               strict=False)
            except ValueError:
                continue
            if loopback and covering is None and wanted in network:
                covering = str(link["ifname"])
    return covering
