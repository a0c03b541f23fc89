"""The status page's data: plain data in, plain data out, no I/O.

`node_view` turns what the agent knows (its /v1/status document, the GPU inventory, the
plan's reserve, the GPU memory watchdog's measurements, each engine's load and the recent
warnings) into one node of the page; `fleet_view` puts nodes together. The page lists
`nodes`, so a fleet's members are more entries of the same shape (today: this node).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from prometheus_client.parser import text_string_to_metric_families

from appliance.agent.watchdog import GpuUsage
from appliance.gpu.inventory import Inventory

MIB = 1024 * 1024
VIEW_VERSION = 1


def node_view(
    status: Mapping[str, Any],
    inventory: Inventory | None,
    reserve_fraction: float,
    usage: Iterable[GpuUsage],
    gpu_used_bytes: Mapping[int, int],
    loads: Mapping[str, tuple[int, int] | None],
    errors: Sequence[Mapping[str, Any]],
) -> dict[str, Any]:
    """One node. `loads`: engine → (running, waiting) requests, None where the engine did
    not say; `usage`, `gpu_used_bytes`: empty where GPU memory is not measured (GPUs from
    an inventory file); `errors`: recent warning lines, oldest first."""
    node = status["node"]
    engines = status["engines"]
    measured = {(u.engine, u.gpu): u.used_bytes // MIB for u in usage}
    gpus = []
    for gpu in sorted(inventory.gpus if inventory else (), key=lambda g: g.index):
        total = gpu.memory_total_mib
        replicas = [
            {"engine": e["name"], "model": e["model"], "state": e["state"],
             "quota_mib": int(e["fraction"] * total),
             "measured_mib": measured.get((e["name"], gpu.index))}
            for e in engines if gpu.index in e["gpus"]
        ]
        used = gpu_used_bytes.get(gpu.index)
        gpus.append({
            "index": gpu.index, "name": gpu.name, "total_mib": total,
            "reserve_mib": int(reserve_fraction * total),
            "used_mib": used // MIB if used is not None else None,
            "replicas": replicas,
        })
    replicas = []
    for e in engines:
        load = loads.get(e["name"])
        replicas.append({
            "engine": e["name"], "model": e["model"], "replica": e["replica"],
            "task": e.get("task"), "state": e["state"], "state_for_s": e["state_for_s"],
            "gpus": e["gpus"], "restarts": e["restarts"],
            "running": load[0] if load else None, "waiting": load[1] if load else None,
            "detail": e["detail"] or "",
        })
    problems = [
        *({"time": None, "level": "ERROR", "source": e["name"], "message": e["last_error"]}
          for e in engines if e["state"] in ("failed", "backoff") and e["last_error"]),
        *({"time": None, "level": "WARNING", "source": f"{r['model']}[{r['replica']}]",
           "message": r["reason"]} for r in status.get("rejections", ())),
        *({"time": x["time"], "level": x["level"], "source": x.get("logger", ""),
           "message": x["message"]} for x in reversed(errors)),
    ]
    return {
        "name": node["name"], "ready": node["ready"], "uptime_s": node["uptime_s"],
        "gpus_measured": bool(gpu_used_bytes), "gpus": gpus, "replicas": replicas,
        "errors": problems,
    }


def fleet_view(nodes: Sequence[dict[str, Any]], generated: float) -> dict[str, Any]:
    """The page's document: `generated` in Unix seconds."""
    return {"version": VIEW_VERSION, "generated": generated, "nodes": list(nodes)}


def engine_load(metrics_text: str) -> tuple[int, int] | None:
    """(running, waiting) requests from an engine's Prometheus text (vLLM's names, which
    the simulated engine exports too); None when it exports neither or does not parse."""
    running = waiting = 0
    seen = False
    try:
        for family in text_string_to_metric_families(metrics_text):
            for sample in family.samples:
                if sample.name == "vllm:num_requests_running":
                    running += round(sample.value)
                    seen = True
                elif sample.name == "vllm:num_requests_waiting":
                    waiting += round(sample.value)
                    seen = True
    except ValueError:
        return None
    return (running, waiting) if seen else None
