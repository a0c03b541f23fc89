"""Engine ports for every replica a config declares, placed or not, so that a replica's
port never depends on where (or whether) it lands."""

from __future__ import annotations

from appliance.config.schema import ApplianceConfig
from appliance.placement.formulas import assign_ports, fixed_ports


def replica_ports(
    config: ApplianceConfig, previous: dict[tuple[str, int], int] | None = None
) -> dict[tuple[str, int], int]:
    """(model name, replica) -> port, keeping `previous` ports where possible. Raises
    ValueError when the range is too small."""
    fixed: dict[tuple[str, int], int] = {}
    replicas: list[tuple[str, int]] = []
    for model in config.models:
        if model.port is not None:
            for i, port in enumerate(fixed_ports(model.port, model.replicas)):
                fixed[(model.name, i)] = port
        replicas.extend((model.name, i) for i in range(model.replicas))
    return assign_ports(replicas, config.node.engine_port_range, fixed, previous)
