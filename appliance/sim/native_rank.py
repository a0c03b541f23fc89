"""The simulated engine as one rank of vLLM's native multi-node mode, for models across
nodes with `executor = "native"`.

Started with `--nnodes N --node-rank R --master-addr A --master-port P` (the arguments
appliance.engines.native_multinode gives every rank), it stands in for what binds vLLM's
ranks together, torch's TCP store on rank 0:

- rank 0 listens on A:P, takes one connection from each other rank (each sends its rank,
  one line), and only then goes on to serve the API, so /health and requests are answered
  only while the whole group stands; when one of those connections drops (a rank died) it
  exits with status 1, as vLLM's engine core does when it loses a worker;
- a rank R > 0 (`--headless`) connects to A:P, trying again until CONNECT_S has passed (its
  master may start later), sends its rank, and exits with status 1 when the connection
  drops (rank 0 died); it serves nothing.
"""

from __future__ import annotations

import argparse
import os
import socket
import sys
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

CONNECT_S = 120.0  # how long a rank > 0 tries to reach its master
RETRY_S = 0.5  # between two tries
ACCEPT_S = 600.0  # how long rank 0 waits for the whole group


@dataclass(frozen=True)
class NativeRun:
    """What the command line says of this rank."""

    nnodes: int
    node_rank: int
    master_addr: str
    master_port: int
    headless: bool


def native_run(argv: Sequence[str]) -> NativeRun | None:
    """The rank vLLM's arguments ask for; None outside a multi-node group. Raises
    ValueError on a group that cannot work."""
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--nnodes", "-n", type=int, default=1)
    parser.add_argument("--node-rank", "-r", type=int, default=0)
    parser.add_argument("--master-addr", default=None)
    parser.add_argument("--master-port", type=int, default=None)
    parser.add_argument("--headless", action="store_true")
    args, _ = parser.parse_known_args(list(argv))
    if args.nnodes < 2:
        return None
    if args.master_addr is None or args.master_port is None:
        raise ValueError("a multi-node group needs --master-addr and --master-port")
    if not 0 <= args.node_rank < args.nnodes:
        raise ValueError(f"--node-rank {args.node_rank} is outside 0..{args.nnodes - 1}")
    if args.headless != (args.node_rank != 0):
        raise ValueError("rank 0 serves the API and the other ranks run --headless")
    return NativeRun(args.nnodes, args.node_rank, args.master_addr, args.master_port,
                     args.headless)


def gather(run: NativeRun, say: Callable[[str], None]) -> list[socket.socket]:
    """Rank 0: listen on the master address and return one connection from every other
    rank (in the order they came)."""
    server = socket.create_server((run.master_addr, run.master_port), reuse_port=False)
    server.settimeout(ACCEPT_S)
    say(f"rank 0 of {run.nnodes}: waiting on {run.master_addr}:{run.master_port} for "
        f"ranks 1..{run.nnodes - 1}")
    ranks: dict[int, socket.socket] = {}
    try:
        while len(ranks) < run.nnodes - 1:
            conn, peer = server.accept()
            conn.settimeout(10)
            try:
                line = conn.makefile("r").readline().strip()
                rank = int(line)
            except (OSError, ValueError):
                conn.close()
                continue
            if not 0 < rank < run.nnodes:
                conn.close()
                continue
            if rank in ranks:  # a rank that restarted: its old connection is dead
                ranks[rank].close()
            conn.settimeout(None)
            ranks[rank] = conn
            say(f"rank {rank} joined from {peer[0]}")
    finally:
        server.close()
    say("the group stands")
    return list(ranks.values())


def join(run: NativeRun, say: Callable[[str], None],
         clock: Callable[[], float] = time.monotonic) -> socket.socket:
    """A rank > 0: connect to the master (trying again until CONNECT_S has passed) and
    say which rank this is. Raises OSError when the master never answered."""
    deadline = clock() + CONNECT_S
    while True:
        try:
            conn = socket.create_connection((run.master_addr, run.master_port), timeout=5)
            break
        except OSError:
            if clock() > deadline:
                raise
            time.sleep(RETRY_S)
    conn.sendall(f"{run.node_rank}\n".encode())
    conn.settimeout(None)
    say(f"rank {run.node_rank} of {run.nnodes}: joined {run.master_addr}:{run.master_port}")
    return conn


def watch(conns: Sequence[socket.socket], say: Callable[[str], None],
          exit_: Callable[[int], None] = os._exit) -> list[threading.Thread]:
    """In a thread per connection: exit with status 1 as soon as one drops."""
    def run(conn: socket.socket) -> None:
        try:
            while conn.recv(1024):
                pass
        except OSError:
            pass
        say("a rank of the group is gone; exiting")
        exit_(1)

    threads = [threading.Thread(target=run, args=(c,), name="native-rank-watch", daemon=True)
               for c in conns]
    for thread in threads:
        thread.start()
    return threads


def start_native(argv: Sequence[str]) -> NativeRun | None:
    """For the engine's main: form the group (rank 0 gathers, the others join) and watch
    it; None outside a group. Exits with status 1 on arguments or a group that cannot
    work. A headless rank's caller serves nothing and waits (`wait_forever`)."""
    def say(text: str) -> None:
        print(f"simulated engine (native rank): {text}", flush=True)

    try:
        run = native_run(argv)
        if run is None:
            return None
        conns = [join(run, say)] if run.headless else gather(run, say)
    except (OSError, ValueError) as exc:
        print(f"simulated engine (native rank): {type(exc).__name__}: {exc}",
              file=sys.stderr, flush=True)
        sys.exit(1)
    watch(conns, say)
    return run


def wait_forever() -> None:
    """A headless rank: nothing to serve; the watch thread ends the process."""
    threading.Event().wait()
