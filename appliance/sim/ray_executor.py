"""The simulated engine as vLLM's Ray executor behaves, for models across nodes.

Started with `--distributed-executor-backend ray` (as the agent starts the engine of a
model across nodes), the simulated engine does what vLLM's executor does with the cluster
before it serves: it connects to the Ray cluster (`RAY_ADDRESS`, the token through
`RAY_AUTH_MODE` and `RAY_AUTH_TOKEN_PATH`, this node's address from `VLLM_HOST_IP`),
creates ONE placement group of tensor_parallel_size × pipeline_parallel_size bundles spread
evenly over the listed nodes (`APPLIANCE_RAY_NODES`), each bundle asking for one GPU (vLLM
gives each worker a whole GPU) and a sliver of its node's `appliance-node:<name>` resource,
and waits until the group is placed. Only then does it listen, so /health and requests are
answered only by an engine whose group stands. When the group loses a node (Ray marks the
node dead: the group leaves state CREATED, or its bundles are placed again on another Ray
node, such as the node's restarted Ray), it exits with status 1, as vLLM's executor does
when a worker dies (vLLM's workers are actors on the bundles; this one has none, so it
watches the group).
"""

from __future__ import annotations

import argparse
import os
import sys
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from appliance.fleet.ray_config import node_resource

NODES_ENV = "APPLIANCE_RAY_NODES"
NODE_SLIVER = 0.001  # of a node's `appliance-node:<name>` (1 unit): pins a bundle there
WATCH_S = 1.0  # how often the placement group's state is read once it stands


@dataclass(frozen=True)
class RayRun:
    """What the command line and the environment say of a run on Ray."""

    address: str
    node_ip: str | None
    nodes: tuple[str, ...]
    tensor_parallel: int
    pipeline_parallel: int


def ray_run(argv: Sequence[str], environ: Mapping[str, str]) -> RayRun | None:
    """The run on Ray that vLLM's arguments ask for; None without the Ray executor.
    Raises ValueError naming what is missing."""
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--distributed-executor-backend", default=None)
    parser.add_argument("--tensor-parallel-size", "-tp", type=int, default=1)
    parser.add_argument("--pipeline-parallel-size", "-pp", type=int, default=1)
    args, _ = parser.parse_known_args(list(argv))
    if args.distributed_executor_backend != "ray":
        return None
    address = environ.get("RAY_ADDRESS")
    nodes = tuple(n for n in environ.get(NODES_ENV, "").split(",") if n)
    if not address or not nodes:
        raise ValueError(f"the Ray executor needs RAY_ADDRESS and {NODES_ENV} in the "
                         "environment")
    return RayRun(address, environ.get("VLLM_HOST_IP"), nodes, args.tensor_parallel_size,
                  args.pipeline_parallel_size)


def bundles(run: RayRun) -> list[dict[str, float]]:
    """TP × PP bundles, the listed nodes' even shares in their order: one GPU each, pinned
    to its node by that node's custom resource."""
    total = run.tensor_parallel * run.pipeline_parallel
    if total % len(run.nodes):
        raise ValueError(f"{total} GPUs do not split evenly over {len(run.nodes)} nodes")
    per_node = total // len(run.nodes)
    return [{"GPU": 1.0, node_resource(run.nodes[i // per_node]): NODE_SLIVER}
            for i in range(total)]


def place(run: RayRun, say: Callable[[str], None]) -> Any:
    """Connect to the cluster and create the placement group; return once it is placed
    (the agent's start timeout bounds the wait). Ray's errors pass through."""
    import ray  # Ray is an optional extra
    from ray.util.placement_group import placement_group

    ray.init(address=run.address, _node_ip_address=run.node_ip, log_to_driver=False,
             logging_level="WARNING", configure_logging=False)
    group = placement_group(bundles(run), strategy="PACK")
    say(f"placement group of {len(group.bundle_specs)} bundles over "
        f"{', '.join(run.nodes)}: waiting until it is placed")
    started = time.monotonic()
    while not group.wait(5):
        say(f"placement group not placed after {time.monotonic() - started:.0f} s")
    say(f"placement group placed in {time.monotonic() - started:.1f} s")
    return group


def watch(group: Any, say: Callable[[str], None], exit_: Callable[[int], None] = os._exit,
          read: Callable[[Any], Mapping[str, Any]] | None = None,
          every_s: float = WATCH_S) -> threading.Thread:
    """In a thread: exit with status 1 as soon as the group is no longer placed where it
    was (a node of it died), as vLLM's executor does when it loses a worker. `read`:
    Ray's placement_group_table."""
    if read is None:
        from ray.util.placement_group import placement_group_table as read
    placement_group_table = read
    placed = placement_group_table(group).get("bundles_to_node_id")

    def run() -> None:
        while True:
            time.sleep(every_s)
            try:
                table = placement_group_table(group)
                state = table.get("state")
                moved = table.get("bundles_to_node_id") != placed
            except Exception as exc:  # Ray's errors: the cluster is gone
                state, moved = f"unreadable ({type(exc).__name__})", False
            if state != "CREATED" or moved:
                why = "bundles moved to another Ray node" if moved and state == "CREATED" \
                    else f"state {state}"
                say(f"placement group lost ({why}): a node of it is gone; exiting")
                exit_(1)
                return

    thread = threading.Thread(target=run, name="ray-placement-watch", daemon=True)
    thread.start()
    return thread


def start_on_ray(argv: Sequence[str], environ: Mapping[str, str]) -> None:
    """For the engine's main: with the Ray executor, place the group and watch it; exits
    with status 1 on a command line or cluster that cannot be used."""
    def say(text: str) -> None:
        print(f"simulated engine (Ray executor): {text}", flush=True)

    try:
        run = ray_run(argv, environ)
        if run is None:
            return
        group = place(run, say)
    except Exception as exc:  # Ray's errors and ours, one line at this boundary
        print(f"simulated engine (Ray executor): {type(exc).__name__}: "
              f"{str(exc).splitlines()[0] if str(exc) else ''}", file=sys.stderr, flush=True)
        sys.exit(1)
    watch(group, say)
