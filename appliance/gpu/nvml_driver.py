"""The only module that imports pynvml (from the `nvidia-ml-py` package).

A deliberately thin driver: it opens NVML, answers primitive questions about devices, opens
an event set for XID errors, and maps NVML's exceptions to NvmlUnavailable. Turning its answers into an Inventory is
`appliance.gpu.reader`'s job, which tests drive with `appliance.testing.FakeNvmlDriver`.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from appliance.errors import NvmlUnavailable
from appliance.gpu.xid import XidEvent

log = logging.getLogger("appliance.gpu")

try:
    import pynvml
except ImportError:  # the package is a dependency; a broken install still gets a clear error
    pynvml = None


def _text(value: Any) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


class NvmlDriver:
    """Primitive NVML queries. Use as a context manager: `with NvmlDriver() as nvml:`."""

    def __enter__(self) -> NvmlDriver:
        if pynvml is None:
            raise NvmlUnavailable("the nvidia-ml-py package (module pynvml) is not installed")
        try:
            pynvml.nvmlInit()
        except pynvml.NVMLError as exc:
            raise NvmlUnavailable(_explain(exc)) from None
        return self

    def __exit__(self, *exc_info: object) -> None:
        try:
            pynvml.nvmlShutdown()
        except pynvml.NVMLError:
            pass

    def driver_version(self) -> str | None:
        return self._maybe(lambda: _text(pynvml.nvmlSystemGetDriverVersion()))

    def cuda_version(self) -> str | None:
        def read() -> str:
            v = pynvml.nvmlSystemGetCudaDriverVersion_v2()
            return f"{v // 1000}.{(v % 1000) // 10}"

        return self._maybe(read)

    def nvml_version(self) -> str | None:
        return self._maybe(lambda: _text(pynvml.nvmlSystemGetNVMLVersion()))

    def device_count(self) -> int:
        with self._errors():
            return int(pynvml.nvmlDeviceGetCount())

    def device(self, index: int) -> dict[str, Any]:
        """Primitive facts of GPU `index`; optional ones are None where NVML lacks them."""
        with self._errors():
            handle = pynvml.nvmlDeviceGetHandleByIndex(index)
            memory = pynvml.nvmlDeviceGetMemoryInfo(handle)
            facts: dict[str, Any] = {
                "index": index,
                "uuid": _text(pynvml.nvmlDeviceGetUUID(handle)),
                "name": _text(pynvml.nvmlDeviceGetName(handle)),
                "memory_total_bytes": int(memory.total),
                "memory_used_bytes": int(memory.used),
            }
        facts["mig_current_mode"] = self._maybe(lambda: pynvml.nvmlDeviceGetMigMode(handle)[0])
        facts["compute_capability"] = self._maybe(
            lambda: pynvml.nvmlDeviceGetCudaComputeCapability(handle)
        )
        facts["pci_bus_id"] = self._maybe(
            lambda: _text(pynvml.nvmlDeviceGetPciInfo(handle).busId)
        )
        return facts

    def processes(self, index: int) -> list[tuple[int, int]]:
        """(pid, used bytes) of every compute process on GPU `index`. NVML reports 0
        bytes where it cannot tell (no permission, some virtualised GPUs)."""
        with self._errors():
            handle = pynvml.nvmlDeviceGetHandleByIndex(index)
            procs = pynvml.nvmlDeviceGetComputeRunningProcesses(handle)
        return [(int(p.pid), int(p.usedGpuMemory or 0)) for p in procs]

    def telemetry(self, index: int) -> dict[str, Any]:
        """Load, heat, power and memory errors of GPU `index`, in NVML's units (percent,
        degrees C, milliwatts, error counts since the driver loaded); each None where NVML
        does not report it on this GPU or driver (ECC on GPUs without ECC, power on some
        virtualised ones)."""
        with self._errors():
            handle = pynvml.nvmlDeviceGetHandleByIndex(index)

        def utilization() -> Any:
            return pynvml.nvmlDeviceGetUtilizationRates(handle)

        def ecc(kind: int) -> int:
            return int(pynvml.nvmlDeviceGetTotalEccErrors(handle, kind, pynvml.NVML_VOLATILE_ECC))

        rates = self._maybe(utilization)
        return {
            "utilization_gpu_percent": rates.gpu if rates is not None else None,
            "utilization_memory_percent": rates.memory if rates is not None else None,
            "temperature_c": self._maybe(lambda: int(pynvml.nvmlDeviceGetTemperature(
                handle, pynvml.NVML_TEMPERATURE_GPU))),
            "power_mw": self._maybe(lambda: int(pynvml.nvmlDeviceGetPowerUsage(handle))),
            "power_limit_mw": self._maybe(
                lambda: int(pynvml.nvmlDeviceGetEnforcedPowerLimit(handle))),
            "ecc_corrected": self._maybe(lambda: ecc(pynvml.NVML_MEMORY_ERROR_TYPE_CORRECTED)),
            "ecc_uncorrected": self._maybe(
                lambda: ecc(pynvml.NVML_MEMORY_ERROR_TYPE_UNCORRECTED)),
        }

    def open_xid_events(self, indices: list[int]) -> NvmlXidEvents:
        """An event set registered for XID critical errors of GPUs `indices` (those NVML
        refuses it for, e.g. vGPUs, are left out: see `.watched`). Close it before the
        driver."""
        with self._errors():
            event_set = pynvml.nvmlEventSetCreate()
        watched = []
        for index in indices:
            try:
                handle = pynvml.nvmlDeviceGetHandleByIndex(index)
                pynvml.nvmlDeviceRegisterEvents(
                    handle, pynvml.nvmlEventTypeXidCriticalError, event_set)
            except pynvml.NVMLError_NotSupported:
                continue
            except pynvml.NVMLError as exc:
                pynvml.nvmlEventSetFree(event_set)
                raise NvmlUnavailable(_explain(exc)) from None
            watched.append(index)
        return NvmlXidEvents(event_set, tuple(watched))

    @staticmethod
    def _maybe(query: Any) -> Any:
        """A query NVML may not support on this GPU or driver: None instead of an error."""
        try:
            return query()
        except pynvml.NVMLError:
            return None

    @staticmethod
    @contextmanager
    def _errors() -> Iterator[None]:
        try:
            yield
        except pynvml.NVMLError as exc:
            raise NvmlUnavailable(_explain(exc)) from None


class NvmlXidEvents:
    """An open NVML event set with XID critical errors registered (`open_xid_events`)."""

    def __init__(self, event_set: Any, watched: tuple[int, ...]):
        self._set = event_set
        self.watched = watched

    def wait(self, timeout_ms: int) -> XidEvent | None:
        """The next XID event (GPU index, code), or None when none came within
        `timeout_ms`. Blocks: call it from a worker thread."""
        try:
            data = pynvml.nvmlEventSetWait_v2(self._set, timeout_ms)
            if data.eventType != pynvml.nvmlEventTypeXidCriticalError:
                return None
            if not data.device:  # NVML could not tell which GPU: nothing to count it on
                log.warning("XID %d on a GPU NVML cannot name", data.eventData)
                return None
            return XidEvent(int(pynvml.nvmlDeviceGetIndex(data.device)), int(data.eventData))
        except pynvml.NVMLError_Timeout:
            return None
        except pynvml.NVMLError as exc:
            raise NvmlUnavailable(_explain(exc)) from None

    def close(self) -> None:
        try:
            pynvml.nvmlEventSetFree(self._set)
        except pynvml.NVMLError:
            pass


def _explain(exc: Exception) -> str:
    known = {
        "NVMLError_LibraryNotFound": "no NVIDIA driver on this host (libnvidia-ml.so.1 not found)",
        "NVMLError_DriverNotLoaded": "the NVIDIA kernel driver is not loaded",
        "NVMLError_NoPermission": "no permission to use NVML (is the user in the video group?)",
        "NVMLError_LibRmVersionMismatch": "NVIDIA driver and library versions differ; reboot or reload the driver",
    }
    return known.get(type(exc).__name__, f"NVML error: {exc}")
