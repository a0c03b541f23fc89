"""`appliance up`: the whole single-host stack in the foreground, for a first run.

It locks its state directory (appliance/state_lock.py: a second `up` there stops before
touching anything), writes an effective node.toml into it (the operator's config, or the
embedded default: vLLM's CPU build, prepared on first use), checks that every TCP port the
stack will listen on is free (appliance/port_holders.py; the engines listen on unix sockets
under the state directory, which the lock keeps to this `up`), starts appliance-supervisord and
the agent as child processes, waits until the engines answer, prints the endpoint, and on
Ctrl-C stops everything it started, and nothing else. When a process of the stack exits,
it prints that process's last error lines.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import psutil
import tomli_w

from appliance.agent.client import AgentUnavailable, agent_request
from appliance.config import load_config, parse_config
from appliance.config.loader import read_config_data
from appliance.config.schema import ApplianceConfig
from appliance.engines import cpu_engine, default_models
from appliance.errors import ApplianceError
from appliance.logs import plain
from appliance.port_holders import check_ports
from appliance.state_lock import StateLock

Say = Callable[[str], None]
CACHE_ENV = "APPLIANCE_CACHE"


def default_state_dir(environ: dict[str, str] | None = None) -> Path:
    env = os.environ if environ is None else environ
    base = Path(env["XDG_STATE_HOME"]) if env.get("XDG_STATE_HOME") else Path.home() / ".local" / "state"
    return base / "appliance" / "up"


def effective_config(base: dict[str, Any], state_dir: Path) -> dict[str, Any]:
    """`base` with every directory moved under `state_dir`, so `up` needs no root."""
    node = dict(base.get("node", {}))
    node.update(
        state_dir=str(state_dir / "state"),
        log_dir=str(state_dir / "log"),
        run_dir=str(state_dir / "run"),
    )
    return {**base, "node": node}


def writable_dir(path: Path, what: str, fix: str) -> Path:
    """Make `path` (and its parents) and check this user may write there; one line that
    says what to fix otherwise."""
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ApplianceError(f"cannot create {what} {path}: {exc.strerror or exc}; {fix}") from None
    if not os.access(path, os.W_OK | os.X_OK):
        raise ApplianceError(f"cannot write to {what} {path}: permission denied; {fix}")
    return path


def stack_ports(config: ApplianceConfig) -> list[tuple[str, int, str]]:
    """(host, port, what) of every TCP port the stack listens on: the proxy, and the agent's
    API when configured. Engines serve their API on unix sockets, not ports."""
    wanted = [(config.proxy.host, config.proxy.port, "the proxy")]
    if config.agent.api_port is not None:
        wanted.append(("127.0.0.1", config.agent.api_port, "the agent API"))
    return wanted


def failure_lines(text: str, n: int = 6) -> list[str]:
    """The lines of a process's output that say why it stopped: the last error lines
    (ERROR/CRITICAL log lines, the last line of a traceback), else its last lines."""
    lines = [plain(line.rstrip()) for line in text.splitlines() if line.strip()]
    marks = ("ERROR", "CRITICAL", "CRIT ", "Error:", "Error ", "error:", "FATAL", "Traceback")
    picked = [
        line for i, line in enumerate(lines)
        if any(m in line for m in marks)
        # the last line of a traceback says what went wrong
        or (i > 0 and lines[i - 1].startswith("  ") and not line.startswith((" ", "Traceback")))
    ]
    picked = [line for line in picked if not line.startswith("Traceback")]
    return (picked or lines)[-n:]


def _set_child_subreaper() -> None:
    """Processes orphaned below `up` (an engine whose supervisord died) are re-parented to
    `up` instead of init, so `stop` still finds them among its own descendants. Linux
    only; elsewhere the pids seen while running are all there is."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER
    except (OSError, AttributeError):
        pass


class Stack:
    """supervisord, the agent and the proxy, as children of `appliance up`."""

    def __init__(self, state_dir: Path, config_path: Path):
        self.state_dir = state_dir
        self.config_path = config_path
        self.children: list[tuple[str, subprocess.Popen]] = []
        # pid -> start time of every descendant seen: `stop` kills only these (a pid
        # reused by another program since then has another start time)
        self.seen: dict[int, float] = {}

    def out_file(self, name: str) -> Path:
        return self.state_dir / f"{name}.out"

    def spawn(self, *args: str) -> subprocess.Popen:
        log = open(self.out_file(args[0]), "ab")
        child = subprocess.Popen(
            # -P: the current folder is not put on sys.path, so a directory named
            # `appliance` there (the parent of a clone, say) cannot shadow the install
            [sys.executable, "-P", "-m", "appliance", *args, "--config", str(self.config_path)],
            stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
            start_new_session=True,  # Ctrl-C reaches `up`, which stops children in order
        )
        log.close()
        self.children.append((args[0], child))
        return child

    @property
    def agent_socket(self) -> Path:
        return self.state_dir / "run" / "agent.sock"

    def status(self) -> dict[str, Any] | None:
        try:
            code, data = agent_request(self.agent_socket, "GET", "/v1/status", timeout_s=10)
        except AgentUnavailable:
            return None
        return data if code == 200 else None

    def track(self) -> None:
        """Remember every process below `up` now (engines included)."""
        try:
            procs = psutil.Process().children(recursive=True)
        except psutil.Error:
            return
        for proc in procs:
            try:
                self.seen[proc.pid] = proc.create_time()
            except psutil.Error:
                continue

    def stop(self, timeout_s: float = 90) -> list[int]:
        """Stop the proxy, the agent, then supervisord (which stops the engines); kill what
        is left of the processes this stack started. Returns the pids that had to be killed."""
        self.track()
        for _, child in reversed(self.children):
            if child.poll() is None:
                child.send_signal(signal.SIGTERM)
                try:
                    child.wait(timeout=timeout_s)
                except subprocess.TimeoutExpired:
                    os.killpg(child.pid, signal.SIGKILL)
                    child.wait()
        self.track()  # orphans re-parented to `up` since
        return kill_own_leftovers(self.seen)

    def exited(self) -> tuple[str, int] | None:
        """(name, exit status) of the first child that has exited, if any."""
        for name, child in self.children:
            code = child.poll()
            if code is not None:
                return name, code
        return None

    def alive(self) -> bool:
        self.track()
        return self.exited() is None

    def failure(self) -> ApplianceError:
        """Why the stack stopped, in the words of the process that exited."""
        name, code = self.exited() or ("a process", -1)
        out = self.out_file(name)
        try:
            text = out.read_text(errors="replace")[-20000:]
        except OSError:
            text = ""
        lines = failure_lines(text)
        what = {"supervisor": "appliance-supervisord"}.get(name, f"the {name}")
        head = f"{what} exited with status {code}" + (":" if lines else f"; see {out}")
        body = "".join(f"\n  {line}" for line in lines)
        return ApplianceError(head + body + (f"\n(full output: {out})" if lines else ""))


def kill_own_leftovers(seen: dict[int, float]) -> list[int]:
    """Kill the processes in `seen` (pid -> start time) that still run: descendants of `up`
    that outlived their parents. Never a process `up` did not start."""
    killed = []
    for pid, started in sorted(seen.items()):
        if pid == os.getpid():
            continue
        try:
            proc = psutil.Process(pid)
            if proc.create_time() != started or proc.status() == psutil.STATUS_ZOMBIE:
                continue
            proc.kill()
            killed.append(pid)
        except psutil.Error:
            continue
    _reap()
    return killed


def _reap() -> None:
    """Collect the exit status of orphans re-parented to `up` (no zombies left behind)."""
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return


def prepare(config_path: Path | None, state_dir: Path, say: Say, port: int | None = None) -> Path:
    """Write the effective node.toml for `up`; returns its path. Raises ApplianceError."""
    if config_path is not None:
        say(f"using {config_path}")
        base = read_config_data(config_path)
    else:
        cache = cpu_engine.cache_dir()
        writable_dir(cache, "the engine cache", f"set {CACHE_ENV} to a directory you can write")
        if not cpu_engine.is_prepared(cache):
            say(f"first run: preparing the CPU engine and its model in {cache} (cached for next time)")
        engine = cpu_engine.prepare_cpu_engine(cache, step=say)
        names = ", ".join(m.name for m in default_models.MODELS)
        say(f"no --config: the embedded default, {names} on vLLM's CPU build")
        base = default_models.embedded_config(engine.command, engine.models_dir)
    data = effective_config(base, state_dir)
    if port is not None:
        data["proxy"] = {**data.get("proxy", {}), "port": port}
    parse_config(data, base_dir=config_path.parent if config_path else None, source="up")
    path = state_dir / "node.toml"
    path.write_text("# Written by `appliance up`; edits are overwritten.\n" + tomli_w.dumps(data))
    return path


def wait_ready(stack: Stack, say: Say, timeout_s: float = 900) -> dict[str, Any]:
    """Until every engine is ready (or one failed). Returns the last status."""
    deadline = time.monotonic() + timeout_s
    shown: dict[str, str] = {}
    while time.monotonic() < deadline:
        if not stack.alive():
            raise stack.failure()
        status = stack.status()
        if status and status["node"]["ready"]:
            engines = status["engines"]
            for e in engines:
                if shown.get(e["name"]) != e["state"]:
                    shown[e["name"]] = e["state"]
                    say(engine_line(e))
            if engines and all(e["state"] == "ready" for e in engines):
                return status
            failed = [e for e in engines if e["state"] == "failed"]
            if failed:
                tail = "\n".join(failed[0]["log_tail"][-10:])
                raise ApplianceError(f"{failed[0]['name']} failed: {failed[0]['last_error']}\n{tail}")
            if not engines:
                return status
        time.sleep(0.5)
    raise ApplianceError(f"engines not ready after {timeout_s:.0f}s; see `appliance status`")


def engine_line(engine: dict[str, Any]) -> str:
    """"engine-chat-0: starting (waiting for /health)"; a ready one says where it listens."""
    detail = f" ({engine['detail']})" if engine.get("detail") else ""
    where = f" on {engine['socket']}" if engine["state"] == "ready" and engine.get("socket") else ""
    return f"{engine['name']}: {engine['state']}{where}{detail}"


def ensure_up_key(config_path: Path, state_dir: Path) -> Path:
    """An admin API key for `up`'s user, made once per state directory; returns the file
    that holds it (mode 0600). The keys file keeps only its hash."""
    key_file = state_dir / "up-api-key"
    if key_file.exists():
        return key_file
    from appliance.config import load_config
    from appliance.proxy.app import keys_path
    from appliance.proxy.keys import add_key, update_keys

    config = load_config(config_path)
    role = "admin" if "admin" in config.auth.roles else next(iter(config.auth.roles))
    made: dict[str, str] = {}

    def change(data):  # type: ignore[no-untyped-def]
        new, _, secret = add_key(data, f"up-{int(time.time())}", role, None)
        made["secret"] = secret
        return new

    update_keys(keys_path(config), change)
    fd = os.open(key_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write(made["secret"] + "\n")
    return key_file


def endpoint_text(status: dict[str, Any], proxy_port: int, key_file: Path, config_path: Path,
                  found_alone: bool = False) -> str:
    """`found_alone`: `appliance status` finds this stack without --config (the state
    directory is the default one). A curl example for the first chat model and one for
    the first embedding model, each sent to an endpoint its model serves."""
    base = f"http://127.0.0.1:{proxy_port}/v1"
    by_task: dict[str, set[str]] = {}
    for engine in status["engines"]:
        by_task.setdefault(engine.get("task", "generate"), set()).add(engine["model"])
    models = sorted(set().union(*by_task.values()))
    auth = f"-H \"Authorization: Bearer $(cat {key_file})\" -H 'Content-Type: application/json'"
    lines = [f"endpoint: {base} (OpenAI API; the key is in {key_file})",
             f"models: {', '.join(models)}"]
    if by_task.get("generate"):
        chat = min(by_task["generate"])
        lines += [f"  curl {base}/chat/completions \\", f"    {auth} \\",
                  "    -d '{\"model\": \"" + chat + "\", \"messages\": [{\"role\": \"user\", "
                  "\"content\": \"What is the capital of France?\"}]}'"]
    if by_task.get("embed"):
        embed = min(by_task["embed"])
        lines += [f"  curl {base}/embeddings \\", f"    {auth} \\",
                  "    -d '{\"model\": \"" + embed + "\", \"input\": \"The capital of France\"}'"]
    lines += ["status: appliance status" + ("" if found_alone else f" --config {config_path}"),
              "stop: Ctrl-C"]
    return "\n".join(lines)


def wait_proxy(port: int, stack: Stack, timeout_s: float = 60) -> None:
    import urllib.request

    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if not stack.alive():
            raise stack.failure()
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/health/ready", timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.3)
    raise ApplianceError(f"the proxy is not ready after {timeout_s:.0f}s; see {stack.state_dir}/proxy.out")


def run_up(config_path: Path | None, state_dir: Path, say: Say, out: Say, port: int | None = None) -> int:
    writable_dir(state_dir, "the state directory", "pass --state-dir with a directory you can write")
    with StateLock(state_dir) as lock:  # AlreadyRunning: nothing was touched
        return _run_locked(lock, config_path, state_dir, say, out, port)


def _run_locked(lock: StateLock, config_path: Path | None, state_dir: Path, say: Say, out: Say,
                port: int | None) -> int:
    path = prepare(config_path, state_dir, say, port)
    config = load_config(path)
    check_ports(stack_ports(config))  # before anything starts
    port = int(config.proxy.port)
    lock.update(config=str(path), endpoint=f"http://127.0.0.1:{port}/v1")
    stack = Stack(state_dir, path)

    def on_signal(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    # Both explicitly: a shell that starts `up` in the background leaves SIGINT ignored,
    # and Python then installs no KeyboardInterrupt handler of its own.
    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    _set_child_subreaper()
    try:
        say("starting appliance-supervisord and the agent")
        stack.spawn("supervisor", "run")
        stack.spawn("agent", "run")
        status = wait_ready(stack, say)
        key_file = ensure_up_key(path, state_dir)
        stack.spawn("proxy", "run")
        wait_proxy(port, stack)
        alone = state_dir == default_state_dir().resolve()
        out("ready\n" + endpoint_text(status, port, key_file, path, alone))
        while stack.alive():
            time.sleep(0.5)
        raise stack.failure()
    except KeyboardInterrupt:
        return 0
    finally:
        # A second Ctrl-C must not cut the shutdown short and orphan the engines.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        _quietly(say, "stopping the proxy, the agent, then supervisord and its engines")
        killed = stack.stop()
        if killed:
            _quietly(say, f"killed leftover processes {killed}")
        _quietly(say, "stopped")


def _quietly(say: Say, message: str) -> None:
    """Report during shutdown; a closed terminal or pipe must not stop the shutdown."""
    try:
        say(message)
    except OSError:
        pass
