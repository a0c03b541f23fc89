"""Turns the NVML driver's primitive answers into an Inventory (plain data)."""

from __future__ import annotations

from typing import Any, Protocol

from appliance.gpu.inventory import Gpu, Inventory

MIB = 1024 * 1024
# NVML_DEVICE_MIG_ENABLE
MIG_ENABLED = 1


class GpuDriver(Protocol):
    def driver_version(self) -> str | None: ...
    def cuda_version(self) -> str | None: ...
    def nvml_version(self) -> str | None: ...
    def device_count(self) -> int: ...
    def device(self, index: int) -> dict[str, Any]: ...


def gpu_from_facts(facts: dict[str, Any]) -> Gpu:
    cc = facts.get("compute_capability")
    return Gpu(
        index=facts["index"],
        uuid=facts["uuid"],
        name=facts["name"],
        memory_total_mib=facts["memory_total_bytes"] // MIB,
        memory_used_mib=facts["memory_used_bytes"] // MIB,
        mig_enabled=facts.get("mig_current_mode") == MIG_ENABLED,
        compute_capability=f"{cc[0]}.{cc[1]}" if cc else None,
        pci_bus_id=facts.get("pci_bus_id"),
    )


def read_inventory(driver: GpuDriver, hostname: str | None = None) -> Inventory:
    """Ask an opened driver for every GPU. Zero GPUs is a normal, empty inventory."""
    return Inventory(
        source="nvml",
        hostname=hostname,
        driver_version=driver.driver_version(),
        cuda_version=driver.cuda_version(),
        nvml_version=driver.nvml_version(),
        gpus=tuple(gpu_from_facts(driver.device(i)) for i in range(driver.device_count())),
    )
