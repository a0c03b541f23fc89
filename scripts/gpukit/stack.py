"""The appliance as the GPU run uses it: `appliance up` with a node.toml (the real
supervisord, agent and proxy as processes), watched while its engines start, asked through
the proxy with the official openai client, and measured with NVML.

Runs with the kit's virtualenv (it imports the appliance, openai and psutil).
"""

from __future__ import annotations

import http.client
import json
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import tomli_w

from gpukit import compare

POLL_S = 1.0


class UnixHTTPConnection(http.client.HTTPConnection):
    def __init__(self, path: str, timeout: float = 10):
        super().__init__("localhost", timeout=timeout)
        self.path = path

    def connect(self) -> None:
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.settimeout(self.timeout)
        self.sock.connect(self.path)


def unix_get(path: Path, url: str) -> tuple[int, str]:
    conn = UnixHTTPConnection(str(path))
    try:
        conn.request("GET", url)
        resp = conn.getresponse()
        return resp.status, resp.read().decode()
    finally:
        conn.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Up:
    """`appliance up --config NODE` as a child process, in a short state directory of its own
    (unix socket paths hold 107 bytes), stopped with SIGINT as a user's Ctrl-C would."""

    def __init__(self, config: dict[str, Any], python: str, log_dir: Path, name: str):
        self.state = Path(tempfile.mkdtemp(prefix="gpukit-"))
        self.config_path = self.state / "node.toml"
        self.config_path.write_text(tomli_w.dumps(config))
        (log_dir / f"{name}-node.toml").write_text(self.config_path.read_text())
        self.port = free_port()
        self.out_path = log_dir / f"{name}-up.log"
        self.out = self.out_path.open("w")
        self.proc = subprocess.Popen(
            [python, "-m", "appliance", "up", "--config", str(self.config_path),
             "--state-dir", str(self.state), "--port", str(self.port)],
            stdout=self.out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
        )
        self.timeline: list[dict[str, Any]] = []
        self.ready_seen: dict[str, float] = {}

    @property
    def agent_socket(self) -> Path:
        return self.state / "run" / "agent.sock"

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def api_key(self) -> str:
        return (self.state / "up-api-key").read_text().strip()

    def status(self) -> dict[str, Any] | None:
        try:
            code, body = unix_get(self.agent_socket, "/v1/status")
        except OSError:
            return None
        return json.loads(body) if code == 200 else None

    def metrics(self) -> str:
        return unix_get(self.agent_socket, "/metrics")[1]

    def wait_ready(self, timeout_s: float, sample: Any = None) -> dict[str, Any]:
        """Poll the agent every POLL_S until `up` says it is ready; record each engine's
        state changes (and `sample()`'s NVML readings) on the way."""
        deadline = time.monotonic() + timeout_s
        seen: dict[str, str] = {}
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"appliance up exited with {self.proc.returncode}: "
                                   + self.out_path.read_text()[-3000:])
            status = self.status()
            now = time.time()
            for e in (status or {}).get("engines", []):
                if seen.get(e["name"]) != e["state"]:
                    seen[e["name"]] = e["state"]
                    self.timeline.append({"t": now, "engine": e["name"], "state": e["state"],
                                          "detail": e.get("detail", "")})
                if e["state"] == "ready":  # since when, by the agent's own clock
                    self.ready_seen.setdefault(e["name"], now - float(e.get("state_for_s") or 0))
            if sample is not None:
                sample(status)
            if "status: appliance status" in self.out_path.read_text():
                return self.status() or {}
            time.sleep(POLL_S)
        raise RuntimeError(f"appliance up not ready after {timeout_s:.0f}s: "
                           + self.out_path.read_text()[-3000:])

    def stop(self) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
            try:
                self.proc.wait(timeout=180)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=30)
        self.out.close()
        return self.proc.returncode


def ask(base_url: str, api_key: str, embed: bool) -> dict[str, Any]:
    """Chat, a streamed chat and (with `embed`) embeddings through the proxy with the
    official openai client; what each answered and how long it took."""
    import openai

    client = openai.OpenAI(base_url=base_url + "/v1", api_key=api_key, timeout=120, max_retries=0)
    result: dict[str, Any] = {"openai": openai.__version__}
    question = [{"role": "user", "content": "What is the capital of France?"}]
    t0 = time.monotonic()
    chat = client.chat.completions.create(model="chat", messages=question, max_tokens=32)
    result["chat"] = {"seconds": round(time.monotonic() - t0, 3), "answer": chat.choices[0].message.content,
                      "finish_reason": chat.choices[0].finish_reason,
                      "usage": chat.usage.model_dump() if chat.usage else None}
    t0 = time.monotonic()
    first, chunks, text = None, 0, []
    stream = client.chat.completions.create(model="chat", messages=question, max_tokens=32, stream=True)
    for chunk in stream:
        chunks += 1
        if chunk.choices and chunk.choices[0].delta.content:
            first = first if first is not None else time.monotonic() - t0
            text.append(chunk.choices[0].delta.content)
    result["stream"] = {"seconds": round(time.monotonic() - t0, 3),
                        "first_token_s": round(first, 4) if first is not None else None,
                        "chunks": chunks, "answer": "".join(text)}
    if embed:
        t0 = time.monotonic()
        emb = client.embeddings.create(model="embed", input=["The capital of France", "Paris"])
        vectors = [d.embedding for d in emb.data]
        result["embeddings"] = {"seconds": round(time.monotonic() - t0, 3), "count": len(vectors),
                                "dimensions": len(vectors[0]) if vectors else 0}
    problems = []
    if not result["chat"]["answer"]:
        problems.append("chat: empty answer")
    if not result["stream"]["answer"] or result["stream"]["chunks"] < 2:
        problems.append("stream: no streamed answer")
    if embed and (result["embeddings"]["count"] != 2 or result["embeddings"]["dimensions"] <= 0):
        problems.append(f"embeddings: {result['embeddings']}")
    result["problems"] = problems
    return result


class NvmlSampler:
    """GPU memory of each engine's process tree, read with NVML (the appliance's driver),
    the highest seen per engine over the run; None where NVML is not available."""

    def __init__(self) -> None:
        from appliance.errors import NvmlUnavailable
        from appliance.gpu.nvml_driver import NvmlDriver

        self.driver = None
        try:
            self.driver = NvmlDriver().__enter__()
            self.total = {i: self.driver.device(i)["memory_total_bytes"]
                          for i in range(self.driver.device_count())}
        except NvmlUnavailable as exc:
            self.reason = str(exc)
        self.peak: dict[str, int] = {}
        self.quota: dict[str, int] = {}
        self.samples = 0

    def __call__(self, status: dict[str, Any] | None) -> None:
        if self.driver is None or not status:
            return
        import psutil

        used_by_pid: dict[int, int] = {}
        for gpu in self.total:
            for pid, used in self.driver.processes(gpu):
                used_by_pid[pid] = used_by_pid.get(pid, 0) + used
        for e in status.get("engines", []):
            if not e.get("pid") or not e.get("gpus"):
                continue
            try:
                proc = psutil.Process(e["pid"])
                pids = [proc.pid, *(c.pid for c in proc.children(recursive=True))]
            except psutil.Error:
                continue
            used = sum(used_by_pid.get(p, 0) for p in pids)
            self.peak[e["name"]] = max(self.peak.get(e["name"], 0), used)
            self.quota[e["name"]] = int(e["fraction"] * sum(self.total[g] for g in e["gpus"]))
        self.samples += 1

    def report(self) -> dict[str, Any]:
        if self.driver is None:
            return {"nvml": None, "reason": self.reason}
        usage = {n: (self.peak[n], self.quota[n]) for n in self.peak}
        return {"nvml": "appliance.gpu.nvml_driver", "samples": self.samples,
                "engines": {n: {"peak_bytes": u, "quota_bytes": q, "peak_over_quota": round(u / q, 4)}
                            for n, (u, q) in usage.items()},
                "problems": compare.quota_problems(usage)}

    def close(self) -> None:
        if self.driver is not None:
            self.driver.__exit__(None, None, None)


def agent_usage(metrics_text: str) -> dict[str, dict[str, float]]:
    """The agent's own view (its watchdog reads NVML too): used and quota bytes per engine."""
    out: dict[str, dict[str, float]] = {}
    for line in metrics_text.splitlines():
        for metric, key in (("appliance_engine_gpu_memory_bytes{", "used_bytes"),
                            ("appliance_engine_gpu_memory_quota_bytes{", "quota_bytes")):
            if line.startswith(metric):
                engine = line.split('engine="', 1)[1].split('"', 1)[0]
                out.setdefault(engine, {})[key] = float(line.rsplit(" ", 1)[1])
    return out


def sim_command() -> list[str]:
    """The dry run's stand-in for vLLM: the appliance's simulated engine, which takes
    vLLM's arguments (as tests/integration does)."""
    return [sys.executable, "-m", "appliance", "sim-engine"]
