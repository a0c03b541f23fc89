"""The status page in a real headless browser (Debian's chromium) against a real stack:
supervisord, the agent, simulated and tiny engines, the proxy, and `appliance status
--web`; the page shows the numbers the agent's API reports. The same stack shows that
every line the agent and the proxy log is JSON with node, component and request id, and
that levels change at run time.

Set APPLIANCE_STATUS_SCREENSHOT=PATH to keep the page's screenshot (docs/status-page.png
is made so)."""

from __future__ import annotations

import http.client
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest

from appliance.testing.ports import free_port
from tests.integration.harness import Node, wait_until

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="needs Debian's chromium")
HELD = 2  # requests held in flight on the slow model


def sim(name: str, **options: object) -> dict:
    return {"name": name, "source": f"sim/{name}", "engine": "sim",
            "engine_options": {"mode": "echo", **options}}


class Stack:
    def __init__(self, root: Path):
        self.port = free_port()
        self.node = Node(
            root,
            [sim("chat", latency_ms=300_000), sim("flaky", fail_rate=1.0, fail_status=503),
             {"name": "llama", "source": "x", "gpu_memory_fraction": 0.45},
             {"name": "mistral", "source": "x", "gpu_memory_fraction": 0.3},
             {"name": "broken", "source": "x", "engine": "vllm-cpu", "memory_gib": 1},
             # two GPUs wanted, one in the inventory: a rejection on the page
             {"name": "unplaced", "source": "x", "gpu_memory_fraction": 0.1,
              "tensor_parallel_size": 2}],
            engines={"vllm-cpu": {"command": ["/bin/false"]}},
            # two workers: a signal to the parent reaches them
            proxy={"port": self.port, "table_refresh_s": 0.2, "workers": 2},
            auth={"enabled": False},
        )
        self.node.data["agent"]["max_restarts"] = 1
        self.node.write()
        self.proxy: subprocess.Popen | None = None
        self.web: subprocess.Popen | None = None
        self.url = ""

    def start(self) -> None:
        self.node.start()
        self.node.wait_states({"engine-chat-0": "ready", "engine-flaky-0": "ready",
                               "engine-llama-0": "ready", "engine-mistral-0": "ready",
                               "engine-broken-0": "failed"}, 60)
        log = open(self.node.root / "proxy.out", "ab")
        self.proxy = subprocess.Popen(
            [sys.executable, "-m", "appliance", "proxy", "run", "--config",
             str(self.node.config_path)],
            stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
        )
        wait_until(lambda: self.post("/v1/models", None, "GET")[0] == 200, 30, "proxy up")
        self.web = subprocess.Popen(
            [sys.executable, "-m", "appliance", "status", "--web", "--port", "0", "--config",
             str(self.node.config_path)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
        )
        assert self.web.stdout is not None
        line = self.web.stdout.readline()  # the command says where, once it listens
        assert line.startswith("status page: http://127.0.0.1:"), line + self.web.stderr.read()
        self.url = line.split()[2]

    def post(self, path: str, body: dict | None, method: str = "POST",
             headers: dict | None = None, timeout: float = 30) -> tuple[int, str]:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            conn.request(method, path, json.dumps(body) if body is not None else None,
                         {"Content-Type": "application/json", **(headers or {})})
            resp = conn.getresponse()
            return resp.status, resp.read().decode()
        finally:
            conn.close()

    def hold(self) -> None:
        """HELD slow requests in flight on engine-chat-0, ended when the stack stops."""
        def one() -> None:
            try:
                self.post("/v1/chat/completions", {"model": "chat", "messages": [
                    {"role": "user", "content": "hi"}]}, timeout=120)
            except OSError:
                pass

        for _ in range(HELD):
            threading.Thread(target=one, daemon=True).start()

    def stop(self) -> None:
        for proc in (self.web, self.proxy):
            if proc is not None and proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
                try:  # the proxy would wait for the HELD requests it still has
                    proc.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    os.killpg(proc.pid, signal.SIGKILL)
        self.node.stop()


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    s = Stack(tmp_path_factory.mktemp("status") / "node")
    try:
        s.start()
        yield s
    finally:  # also when the set-up fails: no process outlives the test
        s.stop()


def browser(*args: str, tmp: Path) -> str:
    """Headless chromium: its stdout. The page's fetches finish within the virtual time."""
    root = ["--no-sandbox"] if os.geteuid() == 0 else []
    result = subprocess.run(
        [CHROMIUM, "--headless", "--disable-gpu", "--no-first-run", *root,
         f"--user-data-dir={tmp / 'chromium'}", "--virtual-time-budget=5000", *args],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


class Elements(HTMLParser):
    """Every element's attributes and its text, in document order."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[dict[str, str], list[str]]] = []
        self.open: list[list[str]] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        text: list[str] = []
        self.found.append(({k: v or "" for k, v in attrs}, text))
        if tag not in ("meta", "br", "input", "link"):
            self.open.append(text)

    def handle_endtag(self, tag: str) -> None:
        if self.open:
            self.open.pop()

    def handle_data(self, data: str) -> None:
        for text in self.open:
            text.append(data)

    def having(self, attr: str) -> list[tuple[dict[str, str], str]]:
        return [(a, "".join(t)) for a, t in self.found if attr in a]


def test_the_page_shows_what_the_api_reports(stack: Stack, tmp_path: Path) -> None:
    stack.hold()
    view = wait_until(
        lambda: (v := stack.node.request("GET", "/status/view.json")[1])["nodes"][0]
        and next(r for r in v["nodes"][0]["replicas"] if r["engine"] == "engine-chat-0")
        ["running"] == HELD and v,
        30, f"{HELD} requests running on engine-chat-0",
    )
    status = stack.node.status()
    inventory = stack.node.request("GET", "/v1/inventory")[1]
    dom = Elements()
    dom.feed(browser("--dump-dom", stack.url, tmp=tmp_path))

    (node, _), = dom.having("data-node")
    assert node["data-node"] == status["node"]["name"] == "test-node"
    # replicas: each with the state /v1/status reports, and the load the engine reports
    states = {a["data-engine"]: t for a, t in dom.having("data-engine") if "data-state" not in a}
    shown_states = {a.get("data-state"): t for a, t in dom.having("data-state")}
    assert set(shown_states) >= {e["state"] for e in status["engines"]}
    rows = {a["data-engine"] for a, _ in dom.having("data-engine")}
    assert rows >= {e["name"] for e in status["engines"]}
    running = [int(a["data-running"]) for a, _ in dom.having("data-running")
               if a["data-running"] != "-"]
    assert HELD in running
    # GPU 0: its total from the inventory, each replica's quota = fraction x total
    total = inventory["gpus"][0]["memory_total_mib"]
    (total_el, total_text), = dom.having("data-total-mib")
    assert int(total_el["data-total-mib"]) == total and f"{total / 1024:.1f} GiB" in total_text
    quotas = {a["data-engine"]: int(a["data-quota-mib"]) for a, _ in dom.having("data-quota-mib")}
    assert quotas == {e["name"]: int(e["fraction"] * total)
                      for e in status["engines"] if e["gpus"]}
    assert quotas == {r["engine"]: r["quota_mib"] for r in view["nodes"][0]["gpus"][0]["replicas"]}
    assert all(t.strip() for e, t in states.items() if e in quotas)
    # recent errors: the failed engine and the replica that could not be placed
    (errors, errors_text), = dom.having("data-errors")
    assert int(errors["data-errors"]) >= 2
    assert "engine-broken-0" in errors_text and "unplaced[0]" in errors_text

    shot = tmp_path / "status.png"
    browser(f"--screenshot={shot}", "--window-size=1100,760", "--hide-scrollbars", stack.url,
            tmp=tmp_path)
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    keep = os.environ.get("APPLIANCE_STATUS_SCREENSHOT")
    if keep:
        shutil.copyfile(shot, keep)


def json_lines(path: Path) -> list[dict]:
    out = []
    for line in path.read_text().splitlines():
        assert line.startswith("{"), f"not a JSON line in {path.name}: {line}"
        out.append(json.loads(line))
    return out


def test_agent_and_proxy_log_json_lines_with_request_ids(stack: Stack) -> None:
    # a request the proxy logs about: the flaky engine answers 503, a failed attempt
    status, _ = stack.post("/v1/chat/completions", {"model": "flaky", "messages": [
        {"role": "user", "content": "hi"}]}, headers={"X-Request-ID": "trace-me-1"})
    assert status >= 500  # after a retry on the only replica: 502
    stack.node.cli("log-level", "warning")  # the agent through its API
    assert stack.proxy is not None
    os.kill(stack.proxy.pid, signal.SIGUSR1)

    def logged(path: Path, message: str) -> list[dict]:
        return [x for x in json_lines(path) if message in x["message"]]

    proxy_out, agent_out = stack.node.root / "proxy.out", stack.node.root / "agent.out"
    failed = wait_until(lambda: logged(proxy_out, "engine-flaky-0 failed"), 20,
                        "the proxy's line about the failed attempt")
    assert {x["request_id"] for x in failed} == {"trace-me-1"}
    # the parent and both workers
    wait_until(lambda: len({x["pid"] for x in logged(proxy_out, "log level is now DEBUG")}) == 3,
               20, "the proxy's three processes at debug")
    changed = wait_until(lambda: logged(agent_out, "log level is now WARNING"), 20,
                         "agent at warning")
    assert changed[0]["request_id"]  # the API request that changed it
    for path, component in ((proxy_out, "proxy"), (agent_out, "agent")):
        for line in json_lines(path):
            assert (line["component"], line["node"]) == (component, "test-node"), line
            assert "request_id" in line and "sk-appl-" not in json.dumps(line)
