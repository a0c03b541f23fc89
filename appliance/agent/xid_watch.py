"""The agent's watch of its GPUs' XID errors (a shell around the NVML driver's event set).

NVML has XIDs only as events on an event set that stays open: this task opens the driver
and the set once, registered for XID critical errors on the node's GPUs, and waits on it
in a worker thread a second at a time until the agent stops, counting each event into
`XidCounts` (exported as `appliance_gpu_xid_errors_total`) and logging it. NVML that cannot
be opened, or GPUs that refuse XID events, leave them unwatched (logged, and the GPU has no
`appliance_gpu_xid_watched` series); the agent runs on either way.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any

from appliance.errors import NvmlUnavailable
from appliance.gpu.xid import XidCounts

log = logging.getLogger("appliance.agent")

WAIT_MS = 1000  # one wait on the event set; the agent stops within about this long


async def watch_xids(open_nvml: Callable[[], Any], indices: list[int], counts: XidCounts,
                     stopped: asyncio.Event, wait_ms: int = WAIT_MS) -> None:
    """Count XID events of GPUs `indices` into `counts` until `stopped` is set."""
    driver = open_nvml()
    try:
        await asyncio.to_thread(driver.__enter__)
    except NvmlUnavailable as exc:
        log.warning("XID errors are not watched: %s", exc)
        return
    events = None
    waiting = False  # a worker thread is inside events.wait
    try:
        events = await asyncio.to_thread(driver.open_xid_events, indices)
        counts.watched = tuple(events.watched)
        refused = sorted(set(indices) - set(events.watched))
        if refused:
            log.warning("XID errors are not watched on GPU %s: NVML does not report them there",
                        ", ".join(map(str, refused)))
        while events.watched and not stopped.is_set():
            waiting = True
            event = await asyncio.to_thread(events.wait, wait_ms)
            waiting = False
            if event is not None:
                counts.add(event)
                log.warning("GPU %d reported XID %d (NVIDIA's XID catalogue says what it "
                            "means; nvidia-smi -q and the kernel log have more)",
                            event.gpu, event.code)
    except NvmlUnavailable as exc:
        log.warning("XID errors are no longer watched: %s", exc)
    finally:
        counts.watched = ()
        # cancelled during a wait, a worker thread still waits on the set: freeing it (or
        # shutting NVML down) under that thread is unsafe, so the process's exit does it
        if not waiting:
            if events is not None:
                events.close()
            driver.__exit__(None, None, None)
