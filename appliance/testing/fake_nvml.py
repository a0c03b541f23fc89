"""A stand-in for `appliance.gpu.nvml_driver.NvmlDriver` that answers from a recorded
inventory, so the reader and everything above it can be tested without a GPU; XID events
are emitted by the test (`emit_xid`) into the event set the code under test opened."""

from __future__ import annotations

import queue
from typing import Any

from appliance.errors import NvmlUnavailable
from appliance.gpu.inventory import Inventory
from appliance.gpu.xid import XidEvent

MIB = 1024 * 1024
TELEMETRY_FACTS = ("utilization_gpu_percent", "utilization_memory_percent", "temperature_c",
                   "power_mw", "power_limit_mw", "ecc_corrected", "ecc_uncorrected")


class FakeNvmlDriver:
    """Replays an Inventory through the driver's primitive interface (bytes, MIG mode,
    compute capability tuples) exactly as NVML would hand them over."""

    def __init__(
        self, inventory: Inventory, processes: dict[int, list[tuple[int, int]]] | None = None,
        telemetry: dict[int, dict[str, Any]] | None = None,
        no_xid_events: frozenset[int] = frozenset(),
    ):
        """`processes`: GPU index -> (pid, used bytes) of its compute processes;
        `telemetry`: GPU index -> what `NvmlDriver.telemetry` answers (NVML's units), every
        value None (not reported) for a GPU not named; `no_xid_events`: GPUs that refuse
        XID event registration (NVML's NOT_SUPPORTED, as on vGPUs)."""
        self._inventory = inventory
        self._by_index = sorted(inventory.gpus, key=lambda g: g.index)
        self._processes = processes or {}
        self._telemetry = telemetry or {}
        self._no_xid_events = no_xid_events
        self.xid_sets: list[FakeXidEvents] = []  # every set opened, in order

    def __enter__(self) -> FakeNvmlDriver:
        return self

    def __exit__(self, *exc_info: object) -> None:
        return None

    def driver_version(self) -> str | None:
        return self._inventory.driver_version

    def cuda_version(self) -> str | None:
        return self._inventory.cuda_version

    def nvml_version(self) -> str | None:
        return self._inventory.nvml_version

    def device_count(self) -> int:
        return len(self._by_index)

    def processes(self, index: int) -> list[tuple[int, int]]:
        return list(self._processes.get(index, []))

    def telemetry(self, index: int) -> dict[str, Any]:
        return {**dict.fromkeys(TELEMETRY_FACTS), **self._telemetry.get(index, {})}

    def device(self, index: int) -> dict[str, Any]:
        gpu = self._by_index[index]
        cc = gpu.compute_capability
        return {
            "index": gpu.index,
            "uuid": gpu.uuid,
            "name": gpu.name,
            "memory_total_bytes": gpu.memory_total_mib * MIB,
            "memory_used_bytes": gpu.memory_used_mib * MIB,
            "mig_current_mode": 1 if gpu.mig_enabled else None,
            "compute_capability": tuple(int(x) for x in cc.split(".")) if cc else None,
            "pci_bus_id": gpu.pci_bus_id,
        }

    def open_xid_events(self, indices: list[int]) -> FakeXidEvents:
        if any(not 0 <= i < len(self._by_index) for i in indices):
            raise NvmlUnavailable("NVML error: Invalid Argument")
        events = FakeXidEvents(tuple(i for i in indices if i not in self._no_xid_events))
        self.xid_sets.append(events)
        return events

    def emit_xid(self, gpu: int, code: int) -> None:
        """GPU `gpu` reports XID `code`: every open set that watches it receives it."""
        for events in self.xid_sets:
            if not events.closed and gpu in events.watched:
                events.queue.put(XidEvent(gpu, code))

    def lose_nvml(self) -> None:
        """The next wait on every open set fails as NVML does when the driver goes away."""
        for events in self.xid_sets:
            events.queue.put(None)


class FakeXidEvents:
    """An event set of FakeNvmlDriver: `wait` blocks up to its timeout like NVML's."""

    def __init__(self, watched: tuple[int, ...]):
        self.watched = watched
        self.queue: queue.Queue[XidEvent | None] = queue.Queue()
        self.closed = False

    def wait(self, timeout_ms: int) -> XidEvent | None:
        try:
            event = self.queue.get(timeout=timeout_ms / 1000)
        except queue.Empty:
            return None
        if event is None:
            raise NvmlUnavailable("the NVIDIA kernel driver is not loaded")
        return event

    def close(self) -> None:
        self.closed = True

