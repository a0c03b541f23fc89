"""XID errors of the node's GPUs: the driver's reports of GPU faults (a page fault, a
fallen-off-the-bus GPU, a double-bit ECC error, ...), counted per GPU and code.

NVML reports them only as events on an event set a process keeps open
(`NvmlDriver.open_xid_events`); `appliance.agent.xid_watch` keeps one open for the agent's
life and counts here what arrives. The label values are bounded: NVIDIA's codes are below
256 (its XID catalogue), and any other code counts as `other`.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

MAX_CODE = 255
OTHER = "other"


def xid_label(code: int) -> str:
    """The `xid` label of a code: the code itself, or `other` outside 1-255."""
    return str(code) if 1 <= code <= MAX_CODE else OTHER


@dataclass(frozen=True)
class XidEvent:
    gpu: int  # the GPU's index
    code: int  # the XID code (NVML's eventData)


@dataclass
class XidCounts:
    """XID events per (GPU index, label) since the agent started, and the GPUs whose events
    are watched (NVML may refuse XID events on some: vGPUs, some older boards)."""

    watched: tuple[int, ...] = ()
    counts: Counter[tuple[int, str]] = field(default_factory=Counter)

    def add(self, event: XidEvent) -> None:
        self.counts[(event.gpu, xid_label(event.code))] += 1
