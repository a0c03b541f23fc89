"""The XML-RPC client of appliance-supervisord (a shell: the only code that talks to it).

supervisord speaks XML-RPC over its unix socket. Calls block, so the async methods run
them in a worker thread, each on a fresh connection (ServerProxy is not thread-safe).
supervisord's faults and connection errors become SupervisorError / SupervisorUnavailable.
"""

from __future__ import annotations

import asyncio
import os
import xmlrpc.client
from dataclasses import dataclass
from typing import Any
from xml.parsers.expat import ExpatError

from supervisor.xmlrpc import Faults, SupervisorTransport

from appliance.errors import ApplianceError


class SupervisorUnavailable(ApplianceError):
    """supervisord does not answer on its socket (not running, or no permission)."""


class SupervisorError(ApplianceError):
    """supervisord refused a call; `code` is its fault number (supervisor.xmlrpc.Faults)."""

    def __init__(self, code: int, message: str):
        self.code = code
        super().__init__(f"supervisord: {message} (fault {code})")


@dataclass(frozen=True)
class ProcessInfo:
    """What supervisord says about one program."""

    name: str
    state: str  # STOPPED STARTING RUNNING BACKOFF STOPPING EXITED FATAL UNKNOWN
    pid: int
    start: float
    stop: float
    exitstatus: int
    spawnerr: str

    @property
    def alive(self) -> bool:
        return self.state in ("STARTING", "RUNNING")


class SupervisorClient:
    def __init__(self, socket_path: str, timeout_s: float = 30.0):
        self.socket_path = socket_path
        self.timeout_s = timeout_s

    def _call(self, method: str, *args: Any) -> Any:
        transport = SupervisorTransport(None, None, f"unix://{self.socket_path}")
        proxy = xmlrpc.client.ServerProxy("http://127.0.0.1", transport=transport)
        try:
            target: Any = proxy
            for part in method.split("."):
                target = getattr(target, part)
            return target(*args)
        except xmlrpc.client.Fault as exc:
            raise SupervisorError(exc.faultCode, exc.faultString) from None
        except (OSError, xmlrpc.client.ProtocolError) as exc:
            raise SupervisorUnavailable(
                f"supervisord does not answer on {self.socket_path}: {exc}"
            ) from None
        finally:
            transport.close()

    async def call(self, method: str, *args: Any) -> Any:
        return await asyncio.to_thread(self._call, method, *args)

    async def state(self) -> str:
        return (await self.call("supervisor.getState"))["statename"]

    async def pid(self) -> int:
        return int(await self.call("supervisor.getPID"))

    async def processes(self) -> dict[str, ProcessInfo]:
        infos = await self.call("supervisor.getAllProcessInfo")
        return {
            i["name"]: ProcessInfo(
                name=i["name"], state=i["statename"], pid=i["pid"], start=i["start"],
                stop=i["stop"], exitstatus=i["exitstatus"], spawnerr=i["spawnerr"],
            )
            for i in infos
        }

    async def reload_config(self) -> tuple[list[str], list[str], list[str]]:
        """Re-read the program files; returns (added, changed, removed) group names."""
        added, changed, removed = (await self.call("supervisor.reloadConfig"))[0]
        return added, changed, removed

    async def add(self, name: str) -> None:
        await self._tolerate(Faults.ALREADY_ADDED, "supervisor.addProcessGroup", name)

    async def remove(self, name: str) -> None:
        await self._tolerate(Faults.BAD_NAME, "supervisor.removeProcessGroup", name)

    async def start(self, name: str) -> None:
        """Start without waiting: the agent watches health, not supervisord's startsecs."""
        await self._tolerate(Faults.ALREADY_STARTED, "supervisor.startProcess", name, False)

    async def stop(self, name: str) -> None:
        """Stop and wait until the process group is gone (up to stopwaitsecs, then KILL)."""
        await self._tolerate(
            (Faults.NOT_RUNNING, Faults.BAD_NAME), "supervisor.stopProcess", name, True
        )

    async def tail(self, name: str, nbytes: int = 4000) -> str:
        """The end of a program's log. supervisord's XML-RPC cannot carry characters that
        XML forbids (terminal colour codes, which Ray prints): its answer does not parse,
        and the end is read from the log file itself, those characters left out."""
        try:
            text, _, _ = await self.call("supervisor.tailProcessStdoutLog", name, 0, nbytes)
        except SupervisorError:
            return ""
        except ExpatError:
            return await asyncio.to_thread(self._tail_file, name, nbytes)
        return text

    def _tail_file(self, name: str, nbytes: int) -> str:
        try:
            path = self._call("supervisor.getProcessInfo", name)["stdout_logfile"]
            with open(path, "rb") as f:
                f.seek(max(0, f.seek(0, os.SEEK_END) - nbytes))
                data = f.read()
        except (SupervisorError, OSError, KeyError):
            return ""
        text = data.decode("utf-8", errors="replace")
        return "".join(c for c in text if c in "\n\t" or c >= " ")

    async def _tolerate(self, codes: int | tuple[int, ...], method: str, *args: Any) -> None:
        codes = codes if isinstance(codes, tuple) else (codes,)
        try:
            await self.call(method, *args)
        except SupervisorError as exc:
            if exc.code not in codes:
                raise
