"""Each GPU's load, heat, power and memory errors as plain data, from the NVML driver's
primitive answers (the agent's GPU watchdog reads them beside the memory it checks).

NVML reports XID errors only as events on an event set a process keeps open, so they are
not among these readings: the agent keeps such a set open (`appliance.agent.xid_watch`,
`appliance.gpu.xid`). ECC counts are NVML's volatile ones: since the driver was loaded.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol


class TelemetryDriver(Protocol):
    def telemetry(self, index: int) -> dict[str, Any]: ...


@dataclass(frozen=True)
class GpuTelemetry:
    """None: NVML does not report it for this GPU."""

    index: int
    utilization: float | None = None  # share of time a kernel ran, 0 to 1
    memory_utilization: float | None = None  # share of time memory was read or written
    temperature_c: float | None = None
    power_w: float | None = None
    power_limit_w: float | None = None
    ecc_corrected: int | None = None
    ecc_uncorrected: int | None = None


def _scaled(value: Any, scale: float) -> float | None:
    return None if value is None else value * scale


def telemetry_from_facts(index: int, facts: dict[str, Any]) -> GpuTelemetry:
    return GpuTelemetry(
        index=index,
        utilization=_scaled(facts.get("utilization_gpu_percent"), 0.01),
        memory_utilization=_scaled(facts.get("utilization_memory_percent"), 0.01),
        temperature_c=_scaled(facts.get("temperature_c"), 1.0),
        power_w=_scaled(facts.get("power_mw"), 0.001),
        power_limit_w=_scaled(facts.get("power_limit_mw"), 0.001),
        ecc_corrected=facts.get("ecc_corrected"),
        ecc_uncorrected=facts.get("ecc_uncorrected"),
    )


def read_telemetry(driver: TelemetryDriver, indices: list[int]) -> dict[int, GpuTelemetry]:
    """Ask an opened driver about each GPU of `indices`."""
    return {i: telemetry_from_facts(i, driver.telemetry(i)) for i in indices}
