"""Ray's program: `python -m appliance.fleet.ray_run <ray start --block ...>`.

Two things `ray start` does not do by itself:

- **A worker joins only once the head no longer lists this node from before.** Ray's GCS
  marks a node dead only when its health checks fail (about 16 s). A node whose Ray is
  killed and starts again within that window registers a second time on the same ports,
  while the GCS still holds its previous self ALIVE, and the GCS reaches the new raylet
  through the old identity's address. Measured with Ray 2.60: a placement group created in
  that window is placed on the old identity, takes the new raylet's GPU, goes to
  RESCHEDULING when the old identity is marked dead, and can then never be placed again
  (the lost bundle holds the new raylet's GPU until that raylet restarts). So before a
  worker's start, while the head's GCS lists an ALIVE node of this node's name, this waits
  (at most WAIT_S). A head starts a new GCS, which knows no node from before; a worker
  whose head does not answer starts at once (Ray's own start then fails, and supervisord
  starts the program again).
- **Nothing of Ray outlives it.** `ray start --block` runs as a child, in this process's
  group (the program's, which supervisord stops as a group). When it exits on its own, as
  a worker does when its head is gone, Ray's agents (`ray::DashboardAgent`,
  `ray::RuntimeEnvAgent`) can stay behind, ignoring SIGTERM, measured here for more than 90
  s: this kills every other process left in the group, then exits with Ray's status.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

import psutil

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


def leftovers(group: int, me: int) -> list[psutil.Process]:
    """The processes of process group `group` other than `me`."""
    found = []
    for process in psutil.process_iter():
        try:
            if process.pid != me and os.getpgid(process.pid) == group:
                found.append(process)
        except (ProcessLookupError, psutil.Error):
            continue  # gone meanwhile
    return found


def run(argv: Sequence[str]) -> int:
    """`ray start` as a child; once it has exited, SIGKILL to what it left in this group.
    Returns its exit status (128 + signal when a signal ended it)."""
    child = subprocess.Popen(list(argv))
    # supervisord's stop signals the whole group: Ray gets it itself; this process waits
    # for Ray to exit (or for supervisord's SIGKILL to the group)
    for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(sig, lambda *_: None)
    status = child.wait()
    left = leftovers(os.getpgrp(), os.getpid())
    for process in left:
        try:
            process.kill()
        except psutil.Error:
            pass
    if left:
        names = sorted({_name(p) for p in left})
        print(f"fleet-ray: Ray exited with status {status}; killed {len(left)} of its "
              f"processes left behind ({', '.join(names)})", flush=True)
    return 128 - status if status < 0 else status


def _name(process: psutil.Process) -> str:
    try:
        return process.name()
    except psutil.Error:
        return str(process.pid)


def main(argv: list[str]) -> int:
    if argv[1:2] != ["start"]:
        print("usage: python -m appliance.fleet.ray_run /path/to/ray start [options]",
              file=sys.stderr)
        return 2
    head, name = option(argv, "address"), option(argv, "node-name")
    if head is not None and name is not None:
        from appliance.fleet.ray_cluster import cluster_nodes

        def say(text: str) -> None:
            print(f"fleet-ray: {text}", flush=True)

        wait_for_old_self(head, name, cluster_nodes, say)
    return run(argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
