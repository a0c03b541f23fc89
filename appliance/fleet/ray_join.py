"""A worker's Ray joins only once the head no longer lists this node from before.

Ray's GCS marks a node dead only when its health checks fail (about 16 s). A node whose Ray
is killed and starts again within that window registers a second time on the same ports,
while the GCS still holds its previous self ALIVE; the GCS then reaches the new raylet
through the old identity's address. Measured with Ray 2.60: a placement group created in
that window is placed on the old identity, takes the new raylet's GPU, goes to
RESCHEDULING when the old identity is marked dead, and then can never be placed again
(the new raylet's GPU is held by the lost bundle until that raylet restarts). So the
`fleet-ray` program of a worker runs `python -m appliance.fleet.ray_join <ray start ...>`:
while the head's GCS lists an ALIVE node of this node's name, it waits (at most WAIT_S),
then it becomes `ray start` (exec, same process). A head starts a new GCS, which knows no
node from before: it execs at once, as does a worker whose head does not answer (Ray's own
start then fails, and supervisord starts the program again).
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

WAIT_S = 60.0  # longer than Ray's health checks take to mark a node dead (about 16 s)
EVERY_S = 1.0


def option(argv: Sequence[str], name: str) -> str | None:
    """The value of `--name=value` in `ray start`'s arguments, None when absent."""
    prefix = f"--{name}="
    return next((a[len(prefix):] for a in argv if a.startswith(prefix)), None)


def listed_alive(nodes: Iterable[Mapping[str, Any]], name: str) -> bool:
    """Whether the GCS's nodes hold one ALIVE node named `name`."""
    return any(n.get("name") == name and n.get("state") == "ALIVE" for n in nodes)


def wait_for_old_self(head: str, name: str, read: Callable[[str], list[dict[str, Any]]],
                      say: Callable[[str], None], wait_s: float = WAIT_S,
                      every_s: float = EVERY_S, clock: Callable[[], float] = time.monotonic,
                      sleep: Callable[[float], None] = time.sleep) -> None:
    """Return once the head at `head` lists no ALIVE node named `name`, or cannot be read,
    or after `wait_s`."""
    started = clock()
    waiting = False
    while True:
        try:
            alive = listed_alive(read(head), name)
        except Exception as exc:  # Ray's errors: the head does not answer; Ray's start says
            say(f"the head at {head} cannot be asked ({type(exc).__name__}); starting Ray")
            return
        waited = clock() - started
        if not alive:
            if waiting:
                say(f"the head marked this node's previous Ray dead after {waited:.1f} s; "
                    "joining")
            return
        if waited >= wait_s:
            say(f"the head still lists this node ({name}) ALIVE after {waited:.0f} s; "
                "joining anyway")
            return
        if not waiting:
            say(f"the head at {head} still lists this node ({name}) ALIVE from before this "
                f"start; waiting until it marks that one dead (at most {wait_s:.0f} s)")
            waiting = True
        sleep(every_s)


def main(argv: list[str]) -> int:
    if argv[1:2] != ["start"]:
        print("usage: python -m appliance.fleet.ray_join /path/to/ray start [options]",
              file=sys.stderr)
        return 2
    head, name = option(argv, "address"), option(argv, "node-name")
    if head is not None and name is not None:
        from appliance.fleet.ray_cluster import cluster_nodes

        def say(text: str) -> None:
            print(f"fleet-ray: {text}", flush=True)

        wait_for_old_self(head, name, cluster_nodes, say)
    os.execv(argv[0], argv)
    return 1  # not reached: exec replaced this process


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
