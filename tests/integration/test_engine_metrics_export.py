"""A real node (supervisord, the agent, a simulated engine): the engine's own `vllm:*`
metrics come out of the agent's /metrics per replica under `appliance_engine_*` names."""

from __future__ import annotations

import http.client
import json
import socket
from pathlib import Path

from prometheus_client.parser import text_string_to_metric_families

from tests.integration.harness import Node, wait_until


def _samples(text: str) -> dict[tuple[str, tuple], float]:
    return {(s.name, tuple(sorted(s.labels.items()))): s.value
            for f in text_string_to_metric_families(text) for s in f.samples}


def _post(socket_path: str, token: str, body: dict) -> str:
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.settimeout(30)
        sock.connect(socket_path)
        conn = http.client.HTTPConnection("localhost")
        conn.sock = sock
        conn.request("POST", "/v1/completions", json.dumps(body),
                     {"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
        return conn.getresponse().read().decode()


def test_the_agent_re_exports_the_engines_own_metrics(tmp_path: Path) -> None:
    node = Node(tmp_path, [{"name": "sim", "source": "sim/sim", "engine": "sim",
                            "engine_options": {"mode": "lorem", "max_tokens": 8,
                                               "latency_ms": 5, "tokens_per_s": 1000}}])
    try:
        node.start()
        engine = node.wait_states({"engine-sim-0": "ready"})["engine-sim-0"]
        token = (node.root / "state" / "engine-token").read_text().strip()
        for stream in (False, True):
            _post(engine["socket"], token, {"model": "sim", "prompt": "one two three",
                                            "stream": stream})
        labels = (("engine", "engine-sim-0"), ("model", "sim"))

        def exported() -> dict | None:
            samples = _samples(node.metrics())
            done = samples.get(("appliance_engine_time_to_first_token_seconds_count", labels))
            return samples if done == 2 else None

        samples = wait_until(exported, 30, "the engine's metrics in the agent's")
        assert samples[("appliance_engine_metrics_up", labels)] == 1
        assert samples[("appliance_engine_requests_running", labels)] == 0
        assert samples[("appliance_engine_requests_waiting", labels)] == 0
        assert samples[("appliance_engine_kv_cache_usage_ratio", labels)] == 0
        assert samples[("appliance_engine_generation_tokens_total", labels)] == 16
        assert samples[("appliance_engine_prompt_tokens_total", labels)] > 0
        assert samples[("appliance_engine_inter_token_latency_seconds_count", labels)] == 14
    finally:
        node.stop()
