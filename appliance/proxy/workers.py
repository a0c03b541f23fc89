"""`[proxy] workers = N` (N > 1): a parent process that starts N workers on one port
(SO_REUSEPORT), keeps them running, and holds what they share.

- **Supervision.** A worker that dies is started again: at once if it had lived
  `stable_s`, otherwise after a backoff that doubles; one that dies young
  `max_quick_deaths` times in a row makes the parent give up: it logs why, stops the
  others and exits 1 (systemd then restarts the unit). SIGTERM or SIGINT stops every
  worker and the parent exits 0.
- **Limits.** The node's key states are one table in shared memory that every worker's
  limiter decides over, under a lock (`node_limiter`); the parent makes it, ends the
  requests a dead worker had in flight, and forgets idle keys every minute.
- **Fleet.** With `[fleet]` on, the parent also runs the node's usage sync over that
  table (fleet_usage): it pushes the node's per-key usage to the other nodes and charges
  theirs, so every worker decides with the fleet's use of a key.
- **Metrics.** Each worker keeps its metrics in its own file under
  `run_dir/proxy-metrics` (cleared at start); a dead worker's file is folded into the
  dead workers' totals (`metric_store.fold`), so /metrics keeps its counts.

Each worker also holds one end of a socket pair whose other end only the parent holds:
when it reads end-of-file, the parent is gone, and the worker stops.

The restart rule is `after_death`, a pure function with a table test; `Supervisor` is the
shell around it, given how to start a worker so that tests can start any process.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
import shutil
import signal
import socket
import sys
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path

from prometheus_client import CollectorRegistry

from appliance import logs
from appliance.config import ApplianceConfig
from appliance.proxy.fleet_usage import usage_service
from appliance.proxy.metric_store import FileStore, fold, worker_file
from appliance.proxy.metrics import ProxyMetrics
from appliance.proxy.node_limiter import SharedGate, SharedKeys, create_table, sweep_every

log = logging.getLogger("appliance.proxy")


@dataclass(frozen=True)
class RestartPolicy:
    """When a dead worker is started again, and when the parent stops trying."""

    backoff_s: float = 0.5  # the wait after the first young death; doubles with each one
    backoff_max_s: float = 30.0  # the longest wait
    # A worker that lived this long was healthy: it is started again at once, and its
    # count of young deaths starts over. Longer than a worker takes to start (PII
    # analyzers included), so a worker that cannot start counts as dying young.
    stable_s: float = 60.0
    max_quick_deaths: int = 5  # young deaths in a row of one worker before giving up


def after_death(policy: RestartPolicy, quick_deaths: int, lived_s: float) -> tuple[int, float | None]:
    """(young deaths in a row now, seconds to wait before starting the worker again), the
    wait None when the parent gives up."""
    if lived_s >= policy.stable_s:
        return 0, 0.0
    quick = quick_deaths + 1
    if quick >= policy.max_quick_deaths:
        return quick, None
    return quick, min(policy.backoff_max_s, policy.backoff_s * 2 ** (quick - 1))


def describe_exit(code: int) -> str:
    if code < 0:
        with contextlib.suppress(ValueError):
            return f"was killed by {signal.Signals(-code).name}"
        return f"was killed by signal {-code}"
    return f"exited with status {code}"


Process = asyncio.subprocess.Process


class Supervisor:
    """Keeps `slots` workers running. `start(slot)` starts one and returns its process;
    `on_exit(slot, process)` is called once it has exited (before any restart)."""

    def __init__(self, slots: int, start: Callable[[int], Awaitable[Process]],
                 on_exit: Callable[[int, Process], None] = lambda slot, process: None,
                 policy: RestartPolicy = RestartPolicy(),
                 clock: Callable[[], float] = time.monotonic):
        self.slots, self.start, self.on_exit = slots, start, on_exit
        self.policy, self.clock = policy, clock
        self.running: dict[int, Process] = {}
        self.gave_up = False
        self._stop = asyncio.Event()

    async def run(self) -> int:
        """Until `stop` (0) or giving up (1)."""
        await asyncio.gather(*(self._keep(slot) for slot in range(self.slots)))
        return 1 if self.gave_up else 0

    def signal_all(self, sig: int) -> None:
        """Set this process's log level as `sig` says (SIGUSR1 debug, SIGUSR2 the start
        level) and pass `sig` to every worker."""
        logs.set_level(logging.DEBUG if sig == signal.SIGUSR1 else logs.start_level())
        for process in list(self.running.values()):
            if process.returncode is None:
                with contextlib.suppress(ProcessLookupError):
                    process.send_signal(sig)

    def stop(self) -> None:
        """SIGTERM to every worker; no more restarts."""
        self._stop.set()
        for process in list(self.running.values()):
            if process.returncode is None:
                with contextlib.suppress(ProcessLookupError):
                    process.send_signal(signal.SIGTERM)

    async def _keep(self, slot: int) -> None:
        quick = 0
        while not self._stop.is_set():
            started = self.clock()
            process = self.running[slot] = await self.start(slot)
            if self._stop.is_set():  # stopped while it was starting
                with contextlib.suppress(ProcessLookupError):
                    process.send_signal(signal.SIGTERM)
            code = await process.wait()
            del self.running[slot]
            self.on_exit(slot, process)
            if self._stop.is_set():
                return
            lived = self.clock() - started
            quick, wait = after_death(self.policy, quick, lived)
            if wait is None:
                log.error("proxy worker %d %s %.1f s after it started, its %d death in a row "
                          "within %.0f s of starting: giving up, the proxy stops (see the "
                          "worker's log lines above for why)", slot, describe_exit(code), lived,
                          quick, self.policy.stable_s)
                self.gave_up = True
                self.stop()
                return
            log.warning("proxy worker %d (pid %d) %s after %.1f s; starting it again in %.1f s",
                        slot, process.pid, describe_exit(code), lived, wait)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stop.wait(), wait)


@dataclass
class WorkerLink:
    """What a worker of several is given by its parent."""

    parent: socket.socket  # end-of-file: the parent is gone
    slot: int
    limits_table: Path
    metrics_dir: Path
    seq: int  # the how-many-th worker the parent started: names its metrics file

    def gate(self) -> SharedGate:
        return SharedGate(SharedKeys(self.limits_table, self.slot))

    def metrics(self) -> ProxyMetrics:
        store = FileStore(worker_file(self.metrics_dir, self.seq))
        return ProxyMetrics(CollectorRegistry(), store, node_dir=self.metrics_dir)

    def watch_parent(self, gone: Callable[[], None]) -> None:
        loop = asyncio.get_running_loop()
        self.parent.setblocking(False)

        def readable() -> None:
            with contextlib.suppress(BlockingIOError, InterruptedError):
                if self.parent.recv(1) == b"":
                    loop.remove_reader(self.parent)
                    gone()

        loop.add_reader(self.parent, readable)


def run_paths(config: ApplianceConfig) -> tuple[Path, Path]:
    """The limits table and the metrics directory, under the run directory."""
    return config.node.run_dir / "proxy-limits.bin", config.node.run_dir / "proxy-metrics"


async def run_workers(config_path: Path, config: ApplianceConfig,
                      policy: RestartPolicy = RestartPolicy()) -> int:
    """The parent: start and keep `[proxy] workers` workers until SIGTERM or SIGINT."""
    n = config.proxy.workers
    table_path, directory = run_paths(config)
    shutil.rmtree(directory, ignore_errors=True)  # the counters of the last run start over
    directory.mkdir(mode=0o700, parents=True)
    create_table(table_path, n)
    table = SharedKeys(table_path, None)
    seqs = itertools.count()
    files: dict[int, str] = {}  # pid → metrics file name
    parent_ends: dict[int, socket.socket] = {}  # pid → the parent's end of its socket pair

    async def start(slot: int) -> Process:
        seq = next(seqs)
        parent_end, child_end = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            process = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "appliance.proxy.worker_main", str(config_path),
                str(slot), str(n), str(child_end.fileno()), str(table_path), str(directory),
                str(seq), pass_fds=(child_end.fileno(),),
            )
        except BaseException:
            parent_end.close()
            raise
        finally:
            child_end.close()
        files[process.pid] = worker_file(directory, seq).name
        parent_ends[process.pid] = parent_end
        return process

    def on_exit(slot: int, process: Process) -> None:
        parent_ends.pop(process.pid).close()
        ended = table.drop_worker(slot)
        if ended:
            log.info("proxy worker %d had %d limited request(s) in flight; they are ended",
                     slot, ended)
        try:
            fold(directory, files.pop(process.pid))
        except OSError as exc:
            log.error("could not keep the metrics of dead proxy worker %d: %s", slot, exc)

    supervisor = Supervisor(n, start, on_exit, policy)
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, supervisor.stop)
    for sig in (signal.SIGUSR1, signal.SIGUSR2):
        # the parent's own level, and every worker's: `kill -USR1 $MAINPID` reaches only
        # the parent (`systemctl kill -s USR1` reaches all; a worker then sets it twice)
        loop.add_signal_handler(sig, supervisor.signal_all, sig)
    sweeper = asyncio.ensure_future(sweep_every(table.sweep))
    fleet = contextlib.AsyncExitStack()
    try:
        if config.fleet.enabled:
            await fleet.enter_async_context(usage_service(config, table_path))
        return await supervisor.run()
    finally:
        await fleet.aclose()
        sweeper.cancel()
        for end in parent_ends.values():
            end.close()
        table.close()
