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
        # The agent marks the engine failed, then reads its log; a status asked for in
        # between shows the state without the log yet (seen once in CI), so wait for both.
        engine = wait_until(lambda: (e := node.engines()["engine-m-0"])["state"] == "failed"
                            and any("worker lost" in line for line in e["log_tail"]) and e,
                            60, "the engine failed and its log was read")
        assert engine["log_tail"][-1].endswith("worker lost")  # whole, its escapes left out
        assert node.agent is not None and node.agent.poll() is None  # still running
    finally:
        node.stop()
