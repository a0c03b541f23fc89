"""The pure and small parts behind `appliance up`'s guards: the state directory's lock and
record, busy ports and their holders, the lines that say why a process stopped, engine
progress lines, supervisord's `user`, the units' ExecStart, and one-line errors for bad
paths (tests/e2e/test_up_guard.py runs whole stacks)."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest
from click.testing import CliRunner

from appliance.cli import main
from appliance.config import parse_config
from appliance.port_holders import BusyPort, busy_ports
from appliance.render.systemd import render_units
from appliance.state_lock import AlreadyRunning, StateLock, running_up
from appliance.supervisor.conf import render_main
from appliance.up import engine_line, failure_lines, stack_ports

# --- the lock and record of a state directory ---


def test_a_second_lock_names_the_holder_and_a_released_one_is_gone(tmp_path: Path) -> None:
    assert running_up(tmp_path) is None
    lock = StateLock(tmp_path).acquire()
    try:
        record = running_up(tmp_path)
        assert record is not None and record.pid == os.getpid() and record.endpoint is None
        lock.update(config=str(tmp_path / "node.toml"), endpoint="http://127.0.0.1:8080/v1")
        with pytest.raises(AlreadyRunning) as err:
            StateLock(tmp_path).acquire()
        assert str(err.value).startswith(
            f"already running, pid {os.getpid()}, endpoint http://127.0.0.1:8080/v1"
        )
        assert running_up(tmp_path).config == str(tmp_path / "node.toml")
    finally:
        lock.release()
    assert running_up(tmp_path) is None


def test_a_stale_record_without_a_lock_is_not_believed(tmp_path: Path) -> None:
    (tmp_path / "up.lock").write_text('{"pid": 1, "state_dir": "x", "endpoint": "http://old"}')
    assert running_up(tmp_path) is None
    with StateLock(tmp_path) as lock:
        assert lock.record.pid == os.getpid()


# --- busy ports ---


def test_a_busy_port_names_its_holder_even_one_with_so_reuseport() -> None:
    with socket.socket() as holder:
        # as a proxy did: SO_REUSEPORT let a second one share the port silently
        holder.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        port = holder.getsockname()[1]
        [busy] = busy_ports([("127.0.0.1", port, "the proxy")])
        assert busy.pid == os.getpid()
        assert busy.line().startswith(f"port {port} (the proxy) is already in use by pid {os.getpid()} (")
        assert busy_ports([("0.0.0.0", port, "the proxy")])  # a wildcard bind conflicts too
    assert busy_ports([("127.0.0.1", port, "the proxy")]) == []


@pytest.mark.parametrize(("busy", "line"), [
    (BusyPort(8080, "the proxy", 42, "python -m appliance proxy run"),
     "port 8080 (the proxy) is already in use by pid 42 (python -m appliance proxy run)"),
    (BusyPort(8000, "the agent API", 7),
     "port 8000 (the agent API) is already in use by pid 7"),
    (BusyPort(8000, "the agent API"),
     "port 8000 (the agent API) is already in use by another process (not visible to this user)"),
])
def test_busy_port_lines(busy: BusyPort, line: str) -> None:
    assert busy.line() == line


def test_stack_ports_are_the_proxy_and_the_agent_api_and_no_engine() -> None:
    config = parse_config({
        "proxy": {"port": 8081},
        "agent": {"api_port": 8082},
        "models": [{"name": "chat", "source": "sim/chat", "engine": "sim", "replicas": 2}],
    })
    assert stack_ports(config) == [
        (config.proxy.host, 8081, "the proxy"), ("127.0.0.1", 8082, "the agent API"),
    ]


# --- why a process stopped ---


@pytest.mark.parametrize(("text", "expected"), [
    ("INFO appliance.agent: starting\nERROR appliance.agent: no NVIDIA driver on this host "
     "(libnvidia-ml.so.1 not found)\n",
     ["ERROR appliance.agent: no NVIDIA driver on this host (libnvidia-ml.so.1 not found)"]),
    ("Traceback (most recent call last):\n  File \"x.py\", line 1, in <module>\n    import y\n"
     "ImportError: cannot import name '__version__' from 'appliance' (unknown location)\n",
     ["ImportError: cannot import name '__version__' from 'appliance' (unknown location)"]),
    # the agent's and the proxy's JSON lines, as text
    ('{"time":"t","level":"INFO","component":"agent","message":"starting"}\n'
     '{"time":"t","level":"ERROR","component":"agent","logger":"appliance.agent",'
     '"message":"no NVIDIA driver on this host"}\n',
     ["ERROR appliance.agent: no NVIDIA driver on this host"]),
    ("INFO proxy worker 0 listening\nsomething odd\n", ["INFO proxy worker 0 listening", "something odd"]),
    ("", []),
])
def test_failure_lines(text: str, expected: list[str]) -> None:
    assert failure_lines(text) == expected


@pytest.mark.parametrize(("engine", "line"), [
    ({"name": "engine-chat-0", "state": "starting", "detail": "waiting for /health"},
     "engine-chat-0: starting (waiting for /health)"),
    ({"name": "engine-chat-0", "state": "ready", "detail": "", "socket": "/run/e/c.sock"},
     "engine-chat-0: ready on /run/e/c.sock"),
    ({"name": "engine-chat-0", "state": "starting", "detail": "", "socket": "/run/e/c.sock"},
     "engine-chat-0: starting"),
])
def test_engine_progress_lines(engine: dict, line: str) -> None:
    assert engine_line(engine) == line


# --- who runs supervisord, and what the units run ---


def test_supervisord_is_told_its_own_user() -> None:
    config = parse_config({})
    assert "\nuser=0\n" in render_main(config, user=0)
    assert "user=" not in render_main(config)


def test_units_run_the_console_script_not_python_m() -> None:
    """The console script puts its own folder, not the current one, on sys.path; and
    `supervisor run` execs supervisord with -P."""
    for name, text in render_units().items():
        starts = [line for line in text.splitlines() if line.startswith("ExecStart=")]
        assert starts, name
        for line in starts:
            assert line.startswith("ExecStart=/opt/appliance/venv/bin/appliance "), line
            assert " -m " not in line


# --- one line for a path that cannot be used ---


def _bad_paths(tmp_path: Path) -> list[tuple[list[str], str]]:
    a_file = tmp_path / "a-file"
    a_file.write_text("")
    return [
        (["up", "--state-dir", str(a_file / "up")], "pass --state-dir with a directory you can write"),
        (["up", "--state-dir", "/proc/appliance-up"], "pass --state-dir with a directory you can write"),
        (["engines", "prepare-cpu", "--cache", str(a_file / "cache")],
         "pass --cache with a directory you can write"),
        (["engines", "prepare-cpu", "--cache", "/proc/appliance-cache"],
         "pass --cache with a directory you can write"),
    ]


def test_unusable_paths_are_one_line(tmp_path: Path) -> None:
    for args, fix in _bad_paths(tmp_path):
        result = CliRunner().invoke(main, args)
        lines = result.output.strip().splitlines()
        assert result.exit_code == 1 and len(lines) == 1, (args, result.output)
        assert fix in lines[0] and args[-1] in lines[0], (args, result.output)
        assert "Traceback" not in result.output


def test_prepare_cpu_names_itself(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from types import SimpleNamespace

    from appliance.engines import cpu_engine

    def prepare(cache: Path, step):  # type: ignore[no-untyped-def]
        step("installing vLLM's CPU build")
        return SimpleNamespace(venv=cache / "venv", models_dir=cache / "models")

    monkeypatch.setattr(cpu_engine, "is_prepared", lambda cache: False)
    monkeypatch.setattr(cpu_engine, "prepare_cpu_engine", prepare)
    result = CliRunner().invoke(main, ["engines", "prepare-cpu", "--cache", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "prepare-cpu: installing vLLM's CPU build" in result.output
    assert "up:" not in result.output


def test_a_config_that_was_passed_gets_no_pass_config_hint(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.toml"
    result = CliRunner().invoke(main, ["status", "--config", str(missing)])
    assert result.exit_code == 1
    assert result.output.strip() == f"{missing}: no such file"


def test_the_printed_examples_send_each_model_to_an_endpoint_it_serves() -> None:
    """The embedding model sorts first; the chat example must still name the chat model."""
    from appliance.up import endpoint_text

    status = {"engines": [{"model": "all-minilm-l6-v2", "task": "embed"},
                          {"model": "smollm2-135m-instruct", "task": "generate"}]}
    text = endpoint_text(status, 8080, Path("/k/key"), Path("/c/node.toml"), found_alone=True)
    chat, embed = (line for line in text.splitlines() if line.startswith("    -d "))
    assert '"model": "smollm2-135m-instruct", "messages"' in chat
    assert '"model": "all-minilm-l6-v2", "input"' in embed
    assert "/v1/chat/completions" in text and "/v1/embeddings" in text
