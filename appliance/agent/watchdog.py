"""The GPU memory watchdog's arithmetic (pure): each engine's processes' GPU memory,
per GPU, against its quota (fraction × the GPU's total)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from appliance.engines.specs import EngineSpec


@dataclass(frozen=True)
class GpuUsage:
    engine: str
    model: str
    gpu: int
    used_bytes: int
    quota_bytes: int

    @property
    def over(self) -> bool:
        return self.used_bytes > self.quota_bytes


def gpu_usage(
    engines: Iterable[tuple[EngineSpec, set[int]]],
    processes: Mapping[int, list[tuple[int, int]]],
    totals: Mapping[int, int],
) -> list[GpuUsage]:
    """`engines`: each spec with the pids of its process tree; `processes`: GPU index →
    (pid, bytes) from NVML; `totals`: GPU index → total bytes."""
    out = []
    for spec, pids in engines:
        for gpu in spec.gpus:
            used = sum(b for pid, b in processes.get(gpu, []) if pid in pids)
            quota = int(spec.fraction * totals.get(gpu, 0))
            out.append(GpuUsage(spec.name, spec.model, gpu, used, quota))
    return out
