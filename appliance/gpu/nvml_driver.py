"""The only module that imports pynvml (from the `nvidia-ml-py` package).

A deliberately thin driver: it opens NVML, answers primitive questions about devices, and
maps NVML's exceptions to NvmlUnavailable. Turning its answers into an Inventory is
`appliance.gpu.reader`'s job, which tests drive with `appliance.testing.FakeNvmlDriver`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from appliance.errors import NvmlUnavailable

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


def _explain(exc: Exception) -> str:
    known = {
        "NVMLError_LibraryNotFound": "no NVIDIA driver on this host (libnvidia-ml.so.1 not found)",
        "NVMLError_DriverNotLoaded": "the NVIDIA kernel driver is not loaded",
        "NVMLError_NoPermission": "no permission to use NVML (is the user in the video group?)",
        "NVMLError_LibRmVersionMismatch": "NVIDIA driver and library versions differ; reboot or reload the driver",
    }
    return known.get(type(exc).__name__, f"NVML error: {exc}")
