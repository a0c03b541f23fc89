"""supervisord's programs in memory, for unit tests of the agent's parts that add, stop and
remove programs of their own (Serf's, Ray's). It keeps what a test asks about: which
programs are loaded, and each call in order.

    supervisor = FakeSupervisor()
    await supervisor.add("fleet-ray")        # loaded and running
    supervisor.calls                         # [("add", "fleet-ray")]
"""

from __future__ import annotations

from appliance.supervisor.client import ProcessInfo, SupervisorError


class FakeSupervisor:
    """The part of SupervisorClient those shells use."""

    def __init__(self) -> None:
        self.running: dict[str, int] = {}  # name: pid
        self.calls: list[tuple[str, str]] = []
        self._next_pid = 1000

    async def processes(self) -> dict[str, ProcessInfo]:
        return {n: ProcessInfo(n, "RUNNING", pid, 0.0, 0.0, 0, "")
                for n, pid in self.running.items()}

    async def reload_config(self) -> tuple[list[str], list[str], list[str]]:
        self.calls.append(("reload_config", ""))
        return [], [], []

    async def add(self, name: str) -> None:
        if name in self.running:
            raise SupervisorError(91, f"ALREADY_ADDED: {name}")
        self._next_pid += 1
        self.running[name] = self._next_pid
        self.calls.append(("add", name))

    async def stop(self, name: str) -> None:
        self.calls.append(("stop", name))

    async def remove(self, name: str) -> None:
        self.running.pop(name, None)
        self.calls.append(("remove", name))
