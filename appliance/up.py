"""`appliance up`: the whole single-host stack in the foreground, for a first run.

It writes an effective node.toml into a state directory (the operator's config, or the
embedded default: vLLM's CPU build serving SmolLM2-135M-Instruct, prepared on first use),
starts appliance-supervisord and the agent as child processes, waits until the engines
answer, prints the endpoint, and on Ctrl-C stops everything it started.
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
from appliance.config import parse_config
from appliance.config.loader import read_config_data
from appliance.engines import cpu_engine, default_models
from appliance.errors import ApplianceError

Say = Callable[[str], None]


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


class Stack:
    """supervisord and the agent, as children of `appliance up`."""

    def __init__(self, state_dir: Path, config_path: Path):
        self.state_dir = state_dir
        self.config_path = config_path
        self.children: list[subprocess.Popen] = []

    def spawn(self, *args: str) -> subprocess.Popen:
        log = open(self.state_dir / f"{args[0]}.out", "ab")
        child = subprocess.Popen(
            [sys.executable, "-m", "appliance", *args, "--config", str(self.config_path)],
            stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
            start_new_session=True,  # Ctrl-C reaches `up`, which stops children in order
        )
        self.children.append(child)
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

    def stop(self, timeout_s: float = 90) -> list[int]:
        """Stop the agent, then supervisord (which stops the engines); kill what is left.
        Returns the pids that had to be killed."""
        for child in reversed(self.children):
            if child.poll() is None:
                child.send_signal(signal.SIGTERM)
                try:
                    child.wait(timeout=timeout_s)
                except subprocess.TimeoutExpired:
                    os.killpg(child.pid, signal.SIGKILL)
                    child.wait()
        return kill_leftovers(self.state_dir / "state")

    def alive(self) -> bool:
        return all(c.poll() is None for c in self.children)


def kill_leftovers(workdir: Path) -> list[int]:
    """Engines run with `workdir` as their working directory; any still there after
    supervisord stopped are killed (a last resort; supervisord stops process groups)."""
    killed = []
    for proc in psutil.process_iter(["pid", "cwd"]):
        try:
            if proc.info["cwd"] and Path(proc.info["cwd"]) == workdir and proc.pid != os.getpid():
                proc.kill()
                killed.append(proc.pid)
        except psutil.Error:
            continue
    return killed


def prepare(config_path: Path | None, state_dir: Path, say: Say, port: int | None = None) -> Path:
    """Write the effective node.toml for `up`; returns its path. Raises ApplianceError."""
    state_dir.mkdir(parents=True, exist_ok=True)
    if config_path is not None:
        say(f"using {config_path}")
        base = read_config_data(config_path)
    else:
        cache = cpu_engine.cache_dir()
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
            raise ApplianceError(f"a process of the stack exited; see {stack.state_dir}/*.out")
        status = stack.status()
        if status and status["node"]["ready"]:
            engines = status["engines"]
            for e in engines:
                if shown.get(e["name"]) != e["state"]:
                    shown[e["name"]] = e["state"]
                    say(f"{e['name']}: {e['state']} {e['detail']}".rstrip())
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


def endpoint_text(status: dict[str, Any], proxy_port: int, key_file: Path, config_path: Path) -> str:
    base = f"http://127.0.0.1:{proxy_port}/v1"
    models = sorted({e["model"] for e in status["engines"]})
    first = models[0] if models else "MODEL"
    return "\n".join([
        f"endpoint: {base} (OpenAI API; the key is in {key_file})",
        f"models: {', '.join(models)}",
        f"  curl {base}/chat/completions -H \"Authorization: Bearer $(cat {key_file})\" \\",
        "    -H 'Content-Type: application/json' -d '{\"model\": \"" + first
        + "\", \"messages\": [{\"role\": \"user\", \"content\": \"What is the capital of France?\"}]}'",
        f"status: appliance status --config {config_path}",
        "stop: Ctrl-C",
    ])


def wait_proxy(port: int, stack: Stack, timeout_s: float = 60) -> None:
    import urllib.request

    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if not stack.alive():
            raise ApplianceError(f"a process of the stack exited; see {stack.state_dir}/*.out")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/health/ready", timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.3)
    raise ApplianceError(f"the proxy is not ready after {timeout_s:.0f}s; see {stack.state_dir}/proxy.out")


def parse_port(config_path: Path) -> int:
    from appliance.config import load_config

    return load_config(config_path).proxy.port


def run_up(config_path: Path | None, state_dir: Path, say: Say, out: Say, port: int | None = None) -> int:
    path = prepare(config_path, state_dir, say, port)
    stack = Stack(state_dir, path)
    def on_signal(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    # Both explicitly: a shell that starts `up` in the background leaves SIGINT ignored,
    # and Python then installs no KeyboardInterrupt handler of its own.
    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    try:
        say("starting appliance-supervisord and the agent")
        stack.spawn("supervisor", "run")
        stack.spawn("agent", "run")
        status = wait_ready(stack, say)
        key_file = ensure_up_key(path, state_dir)
        port = int(parse_port(path))
        stack.spawn("proxy", "run")
        wait_proxy(port, stack)
        out("ready\n" + endpoint_text(status, port, key_file, path))
        while stack.alive():
            time.sleep(0.5)
        say(f"a process of the stack exited; see {state_dir}/*.out")
        return 1
    except KeyboardInterrupt:
        return 0
    finally:
        # A second Ctrl-C must not cut the shutdown short and orphan the engines.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        _quietly(say, "stopping the agent, then supervisord and its engines")
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
