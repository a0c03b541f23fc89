"""What the Ray cluster holds, asked of its head's GCS (a shell around Ray's own client).

Run as `python -m appliance.fleet.ray_cluster HOST:PORT` with the cluster's environment
(appliance.fleet.ray_config.environment): it prints the nodes as JSON and exits 0, or prints
the error and exits 1. The agent runs it in a subprocess, so that Ray's client (and its
token in the environment) never enters the agent's own process.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
from collections.abc import Mapping
from typing import Any

PROBE_TIMEOUT_S = 20.0


def cluster_nodes(address: str, timeout_s: float = 5.0) -> list[dict[str, Any]]:
    """Every node the GCS knows: name, address, state (ALIVE, DEAD), head or not, and
    its total resources. Raises Ray's errors (AuthenticationError for a wrong token)."""
    from ray._raylet import GcsClient  # Ray is an optional extra

    client = GcsClient(address=address)
    nodes = []
    for info in client.get_all_node_info(timeout=timeout_s).values():
        state = info.DESCRIPTOR.fields_by_name["state"].enum_type.values_by_number[info.state]
        nodes.append({
            "name": info.node_name,
            "address": info.node_manager_address,
            "state": state.name,
            "head": bool(info.is_head_node),
            "resources": {k: v for k, v in sorted(info.resources_total.items())
                          if not k.startswith("node:")},
        })
    return sorted(nodes, key=lambda n: (n["state"] != "ALIVE", not n["head"], n["name"]))


async def probe(address: str, env: Mapping[str, str],
                timeout_s: float = PROBE_TIMEOUT_S) -> list[dict[str, Any]]:
    """cluster_nodes in a subprocess with the cluster's environment; RuntimeError with
    the reason when it fails or takes longer than `timeout_s`."""
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "appliance.fleet.ray_cluster", address,
        env={**os.environ, **env}, stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        out, err = await asyncio.wait_for(process.communicate(), timeout_s)
    except TimeoutError:
        process.kill()
        await process.wait()
        raise RuntimeError(f"Ray's head at {address} did not answer in {timeout_s:.0f} s") from None
    if process.returncode != 0:
        lines = (err or out).decode(errors="replace").strip().splitlines()
        raise RuntimeError(lines[-1] if lines else f"exit status {process.returncode}")
    return json.loads(out)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m appliance.fleet.ray_cluster HOST:PORT", file=sys.stderr)
        return 2
    try:
        nodes = cluster_nodes(argv[0])
    except Exception as exc:  # Ray's errors, mapped to one line at this boundary
        print(f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}",
              file=sys.stderr)
        return 1
    print(json.dumps(nodes))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
