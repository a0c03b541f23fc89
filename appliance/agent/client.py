"""A small client for the agent API on its unix socket (used by the CLI)."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import aiohttp

from appliance.errors import ApplianceError


class AgentUnavailable(ApplianceError):
    """Nothing answers on the agent's socket."""


async def _request(socket_path: Path, method: str, path: str, body: Any, timeout_s: float) -> tuple[int, Any]:
    connector = aiohttp.UnixConnector(path=str(socket_path))
    timeout = aiohttp.ClientTimeout(total=timeout_s)
    async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:
        async with session.request(method, f"http://agent{path}", json=body) as resp:
            return resp.status, await resp.json(content_type=None)


def agent_request(
    socket_path: Path, method: str, path: str, body: Any = None, timeout_s: float = 600.0
) -> tuple[int, Any]:
    """(HTTP status, decoded JSON). Raises AgentUnavailable when the agent is not there."""
    try:
        return asyncio.run(_request(socket_path, method, path, body, timeout_s))
    except (aiohttp.ClientConnectionError, FileNotFoundError, ConnectionRefusedError) as exc:
        raise AgentUnavailable(
            f"the agent does not answer on {socket_path} ({exc.__class__.__name__}); is "
            "appliance-agent running, and may this user use its socket?"
        ) from None
