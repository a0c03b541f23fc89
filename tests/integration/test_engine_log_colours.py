"""An engine whose log holds terminal colour codes (Ray's and vLLM's Ray workers print
them) that supervisord's XML-RPC cannot carry: the agent reads the end of the log all the
same when the engine crashes, and keeps running."""

from __future__ import annotations

import sys
from pathlib import Path

from tests.integration.harness import Node, wait_until

CRASH = [sys.executable, "-c",
         "print('\\x1b[36m(RayWorkerWrapper pid=1)\\x1b[0m worker lost', flush=True); "
         "raise SystemExit(1)"]


def test_a_crash_log_with_colour_codes_is_read_and_the_agent_stays(tmp_path: Path) -> None:
    node = Node(tmp_path, [{"name": "m", "source": "s", "engine": "sim"}], inventory=None,
                engines={"sim": {"command": CRASH, "start_timeout_s": 30}},
                agent={"max_restarts": 1})
    try:
        node.start()
        engine = wait_until(lambda: node.engines()["engine-m-0"]["state"] == "failed"
                            and node.engines()["engine-m-0"], 60, "the engine failed")
        assert any("worker lost" in line for line in engine["log_tail"])
        assert node.agent is not None and node.agent.poll() is None  # still running
    finally:
        node.stop()
