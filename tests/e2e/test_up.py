"""`appliance up` on a clean state directory, with the real CPU engine and model."""

from __future__ import annotations

import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import openai
import psutil
import pytest

from appliance.engines import cpu_engine, default_models


@pytest.fixture(scope="module")
def prepared() -> None:
    cache = cpu_engine.cache_dir()
    if not cpu_engine.is_prepared(cache):
        pytest.fail(
            f"the CPU engine is not prepared in {cache}: run scripts/setup "
            "(or `appliance engines prepare-cpu`)"
        )


def json_status(state: Path) -> dict:
    import json

    out = subprocess.run(
        [sys.executable, "-m", "appliance", "status", "--json", "--config", str(state / "node.toml")],
        capture_output=True, text=True, timeout=60, check=True,
    ).stdout
    return json.loads(out)


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def read_until(proc: subprocess.Popen, pattern: str, timeout: float) -> list[str]:
    lines: list[str] = []
    deadline = time.monotonic() + timeout
    assert proc.stdout is not None
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            if proc.poll() is not None:
                break
            continue
        lines.append(line.rstrip("\n"))
        if re.search(pattern, line):
            return lines
    raise AssertionError(f"no {pattern!r} within {timeout}s; output:\n" + "\n".join(lines))


def test_up_serves_a_chat_completion_and_ctrl_c_leaves_nothing(prepared: None, tmp_path: Path) -> None:
    state = tmp_path / "up"
    proc = subprocess.Popen(
        [sys.executable, "-m", "appliance", "up", "--state-dir", str(state), "--port", str(free_port())],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, bufsize=1,
        # as a shell starts a background job: SIGINT ignored; Ctrl-C must still work
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN),
    )
    try:
        lines = read_until(proc, r"^status: appliance status", timeout=600)
        text = "\n".join(lines)
        port = int(re.search(r"endpoint: http://127\.0\.0\.1:(\d+)/v1", text).group(1))
        key = (state / "up-api-key").read_text().strip()
        token = (state / "state" / "engine-token").read_text().strip()
        assert key not in text and token not in text  # keys are never printed

        client = openai.OpenAI(base_url=f"http://127.0.0.1:{port}/v1", api_key=key)
        reply = client.chat.completions.create(
            model=default_models.CHAT.name,
            messages=[{"role": "user", "content": "What is the capital of France?"}],
            max_tokens=40,
            temperature=0,
        )
        answer = reply.choices[0].message.content or ""
        assert answer.strip(), reply
        # streamed through the proxy, chunk by chunk, from the real engine
        chunks = list(client.chat.completions.create(
            model=default_models.CHAT.name, stream=True, max_tokens=40, temperature=0,
            messages=[{"role": "user", "content": "What is the capital of France?"}],
        ))
        assert len(chunks) > 3 and all(c.choices for c in chunks)
        assert "".join(c.choices[0].delta.content or "" for c in chunks) == answer
        with pytest.raises(openai.AuthenticationError):
            openai.OpenAI(base_url=f"http://127.0.0.1:{port}/v1", api_key="wrong").models.list()
        # the engine itself refuses anyone without the node's engine token
        engine_port = next(iter(json_status(state)["engines"]))["port"]
        with pytest.raises(openai.AuthenticationError):
            openai.OpenAI(base_url=f"http://127.0.0.1:{engine_port}/v1", api_key=key).models.list()

        status = subprocess.run(
            [sys.executable, "-m", "appliance", "status", "--json", "--config", str(state / "node.toml")],
            capture_output=True, text=True, timeout=60,
        )
        assert '"state": "ready"' in status.stdout
        engine_pid = next(
            p.pid for p in psutil.process_iter(["cwd"])
            if p.info["cwd"] == str(state / "state")
        )
    finally:
        proc.send_signal(signal.SIGINT)
        code = proc.wait(timeout=180)
    assert code == 0
    rest = proc.stdout.read() if proc.stdout else ""
    assert "stopped" in rest
    assert not psutil.pid_exists(engine_pid) or psutil.Process(engine_pid).status() == psutil.STATUS_ZOMBIE
    leftovers = [
        p.pid for p in psutil.process_iter(["cwd", "cmdline"])
        if p.info["cwd"] == str(state / "state")
        or any(str(state) in part for part in (p.info["cmdline"] or []))
    ]
    assert leftovers == []
