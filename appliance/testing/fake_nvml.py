"""A stand-in for `appliance.gpu.nvml_driver.NvmlDriver` that answers from a recorded
inventory, so the reader and everything above it can be tested without a GPU."""

from __future__ import annotations

from typing import Any

from appliance.gpu.inventory import Inventory

MIB = 1024 * 1024
TELEMETRY_FACTS = ("utilization_gpu_percent", "utilization_memory_percent", "temperature_c",
                   "power_mw", "power_limit_mw", "ecc_corrected", "ecc_uncorrected")


class FakeNvmlDriver:
    """Replays an Inventory through the driver's primitive interface (bytes, MIG mode,
    compute capability tuples) exactly as NVML would hand them over."""

    def __init__(
        self, inventory: Inventory, processes: dict[int, list[tuple[int, int]]] | None = None,
        telemetry: dict[int, dict[str, Any]] | None = None,
    ):
        """`processes`: GPU index -> (pid, used bytes) of its compute processes;
        `telemetry`: GPU index -> what `NvmlDriver.telemetry` answers (NVML's units), every
        value None (not reported) for a GPU not named."""
        self._inventory = inventory
        self._by_index = sorted(inventory.gpus, key=lambda g: g.index)
        self._processes = processes or {}
        self._telemetry = telemetry or {}

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
