"""`appliance inventory` and `appliance plan`."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import click
from rich.markup import escape

from appliance.cli.common import config_option, console, json_option, report_errors
from appliance.cli.tables import gpu_table, inventory_table, placement_table
from appliance.config import load_config
from appliance.gpu.discover import discover_inventory, nvml_inventory
from appliance.placement.planner import plan


@click.command("inventory")
@json_option
@report_errors
def inventory(as_json: bool) -> None:
    """Show the GPUs NVML reports. Exit 1 when there is no NVIDIA driver."""
    inv = nvml_inventory()
    if as_json:
        click.echo(inv.to_json(), nl=False)
        return
    if not inv.gpus:
        click.echo("NVML reports no GPUs on this host.")
        return
    console.print(inventory_table(inv))


@click.command("plan")
@config_option
@click.option(
    "--inventory",
    "inventory_path",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Plan for the GPUs in this JSON file (from `appliance inventory --json`) "
    "instead of [gpus] inventory_file or NVML.",
)
@json_option
@report_errors
def plan_cmd(config_path: Path, inventory_path: Path | None, as_json: bool) -> None:
    """Dry run: where each replica would go.

    Which replica gets which GPUs and how much of each. Exit status 1 when any replica cannot be placed; each rejection says why in numbers.
    """
    config = load_config(config_path)
    inv = discover_inventory(inventory_path or config.gpus.inventory_file)
    result = plan(config, inv, node=config.node.name or socket.gethostname())
    if as_json:
        click.echo(json.dumps(result.to_dict(), indent=2))
    else:
        console.print(f"Plan for {config_path} on {inv.hostname or inv.source} ({inv.source})")
        if result.placements:
            console.print(placement_table(result))
        console.print(gpu_table(result))
        for rejection in result.rejections:
            console.print(f"[red]rejected:[/red] {escape(rejection.reason)}")
        placed, rejected = len(result.placements), len(result.rejections)
        console.print(f"{placed} replicas placed, {rejected} rejected")
    if not result.complete:
        raise SystemExit(1)
