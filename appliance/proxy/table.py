"""The routing table: which replicas serve which model, read from the agent.

`table_from_status` and `tasks_from_status` are pure: the agent's /v1/status document in,
the routable replicas out (only engines in state `ready`), and each model's task.
`TableWatcher` is the shell that polls the agent's unix socket. When the agent does not
answer, the last table is kept: engines run on under supervisord whether or not the agent
is up.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp

from appliance.proxy.tasks import DEFAULT_TASK

log = logging.getLogger("appliance.proxy")


@dataclass(frozen=True)
class Endpoint:
    key: str  # node/engine, unique in the fleet
    model: str
    address: str | tuple[str, int]  # the engine's unix socket path (or host and port)
    capacity: float  # relative weight: GiB the replica holds


def capacity_of(engine: Mapping[str, Any]) -> float:
    """A replica's weight for routing: the memory it holds, summed over its GPUs (a 4-GPU
    replica at 0.9 of 80 GiB weighs 40 × a replica at 0.1 of 18 GiB). At least 0.1."""
    gpus = len(engine.get("gpus") or []) or 1
    return max(0.1, float(engine.get("memory_gib") or 0) * gpus)


def table_from_status(status: Mapping[str, Any]) -> dict[str, list[Endpoint]]:
    node = status.get("node", {}).get("name", "local")
    table: dict[str, list[Endpoint]] = {}
    for engine in status.get("engines", []):
        if engine.get("state") != "ready":
            continue
        table.setdefault(engine["model"], []).append(
            Endpoint(
                key=f"{node}/{engine['name']}",
                model=engine["model"],
                address=str(engine["socket"]),
                capacity=capacity_of(engine),
            )
        )
    for endpoints in table.values():
        endpoints.sort(key=lambda e: e.key)
    return table


def tasks_from_status(status: Mapping[str, Any]) -> dict[str, str]:
    """model -> task (`generate`, `embed`) of every engine in the status, ready or not; an
    agent that sends no task has only generate models."""
    return {e["model"]: str(e.get("task") or DEFAULT_TASK) for e in status.get("engines", [])}


@dataclass
class TableWatcher:
    agent_socket: Path
    token_path: Path
    interval_s: float
    table: dict[str, list[Endpoint]] = field(default_factory=dict)
    known_models: set[str] = field(default_factory=set)
    tasks: dict[str, str] = field(default_factory=dict)  # model -> task, from the agent
    token: str = ""
    fresh: bool = False

    async def refresh(self) -> None:
        try:
            conn = aiohttp.UnixConnector(path=str(self.agent_socket))
            timeout = aiohttp.ClientTimeout(total=5)
            async with aiohttp.ClientSession(connector=conn, timeout=timeout) as session:
                async with session.get("http://agent/v1/status") as resp:
                    status = await resp.json()
        except (aiohttp.ClientError, OSError, TimeoutError, ValueError) as exc:
            if self.fresh:
                log.warning("agent does not answer (%s); keeping the last routing table", exc)
            self.fresh = False
            return
        self.table = table_from_status(status)
        self.known_models = {e["model"] for e in status.get("engines", [])} | set(self.table)
        self.tasks = tasks_from_status(status)
        self.fresh = True
        try:
            self.token = self.token_path.read_text().strip()
        except OSError as exc:
            log.error("cannot read the engine token %s: %s", self.token_path, exc)

    async def watch(self) -> None:
        while True:
            await self.refresh()
            await asyncio.sleep(self.interval_s)
