"""The Ray cluster and the models across nodes in `appliance status` and `appliance
members` (pure: data to lines)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from appliance.fleet.membership import Member
from appliance.fleet.ray_election import (
    TAG_RAY,
    TAG_RAY_HEAD,
    claim_in_force,
    parse_claim,
    ray_nodes,
)


def _amount(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def resources_text(resources: Mapping[str, float]) -> str:
    """`CPU 4, GPU 2, appliance-node:gpu-01 1` (memory figures left out: they are bytes)."""
    return ", ".join(f"{k} {_amount(v)}" for k, v in sorted(resources.items())
                     if k not in ("memory", "object_store_memory"))


def ray_lines(view: Mapping[str, Any]) -> list[str]:
    """GET /v1/ray's answer as lines for people."""
    if not view.get("enabled"):
        return []
    if view.get("head") is None:
        return [f"ray: {view.get('error') or 'no head elected yet'}",
                *model_lines(view.get("models") or [])]
    lines = [f"ray: head {view['head']} (epoch {view['epoch']}) at "
             f"{view.get('head_address') or '-'}, this node: {view.get('role') or '-'}"]
    if view.get("error"):
        lines.append(f"  cluster not readable: {view['error']}")
    for node in view.get("nodes") or []:
        head = " head" if node.get("head") else ""
        lines.append(f"  {node['name']} {node['address']} {node['state']}{head}: "
                     f"{resources_text(node.get('resources', {}))}")
    return lines + model_lines(view.get("models") or [])


def model_lines(models: Iterable[Mapping[str, Any]]) -> list[str]:
    """The models across nodes that list this node: running here, lent, or down and why."""
    lines = []
    for m in models:
        if m["state"] == "running":
            lines.append(f"  model {m['model']}: running here (Ray executor)")
        elif m["state"] == "lent":
            lines.append(f"  model {m['model']}: GPUs lent to {m['runner']}, which runs it")
        else:
            lines.append(f"  model {m['model']}: DOWN: {m['reason']}")
    return lines


def native_lines(models: Iterable[Mapping[str, Any]]) -> list[str]:
    """The native models across nodes that list this node: this node's rank, or down and
    why (GET /v1/status's `native_models`)."""
    lines = []
    for m in models:
        across = ", ".join(m["nodes"])
        if m["state"] == "running":
            lines.append(f"model {m['model']}: rank {m['rank']} of {len(m['nodes'])} here "
                         f"(vLLM native multi-node across {across}"
                         + ("; serves the API)" if m["rank"] == 0 else ")"))
        else:
            lines.append(f"model {m['model']}: DOWN: {m['reason']}")
    return lines


def ray_roles(members: Iterable[Member]) -> dict[str, str]:
    """Each member's part in Ray from the fleet's tags: `head`, `worker`, or absent."""
    members = list(members)
    nodes = ray_nodes(members)
    claims = [c for m in members if m.alive
              for c in [parse_claim(m.tags.get(TAG_RAY_HEAD))] if c is not None]
    current = claim_in_force(claims, nodes)
    return {m.name: "head" if current is not None and m.name == current.head else "worker"
            for m in members if m.alive and TAG_RAY in m.tags}
