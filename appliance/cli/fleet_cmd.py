"""`appliance fleet keygen|keys`, `members`, `drain`, `undrain` (docs/fleet.md)."""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path
from typing import Any

import click
from rich.markup import escape
from rich.table import Table

from appliance.agent.client import agent_request
from appliance.cli.common import config_option, console, json_option, report_errors
from appliance.cli.find_stack import resolve_config
from appliance.cli.ray_view import ray_lines, ray_roles
from appliance.cli.tables import SIMPLE
from appliance.config import ApplianceConfig, load_config
from appliance.errors import ApplianceError
from appliance.fleet import key_rotation
from appliance.fleet.keys import fingerprint, generate_key, gossip_keys, read_keyring
from appliance.fleet.membership import TAG_VERSION, Member
from appliance.fleet.serf_config import SerfPaths
from appliance.fleet.serf_files import read_rpc_token
from appliance.fleet.serf_membership import to_member
from appliance.fleet.serf_rpc import SerfRPC


def _config(config_path: Path) -> ApplianceConfig:
    config = load_config(resolve_config(config_path))
    if not config.fleet.enabled:
        raise ApplianceError(
            f"[fleet] is not enabled in {config_path}: this node is in no fleet (docs/fleet.md)"
        )
    return config


async def _rpc(config: ApplianceConfig) -> SerfRPC:
    """A connection to this node's Serf (the token is in state_dir/serf/rpc-token)."""
    path = SerfPaths.from_config(config).rpc_token
    try:
        token = read_rpc_token(SerfPaths.from_config(config))
    except FileNotFoundError:
        raise ApplianceError(
            f"{path}: no Serf RPC token; has the agent started with [fleet] enabled?"
        ) from None
    except PermissionError:
        raise ApplianceError(f"{path}: not readable; run this as the appliance user") from None
    return await SerfRPC.connect("127.0.0.1", config.fleet.serf_rpc_port, token)


@click.group("fleet")
def fleet_group() -> None:
    """The fleet's keys (docs/fleet.md)."""


@fleet_group.command("keygen")
def keygen() -> None:
    """Print a new fleet key (one keyring line: base64 of 32 random bytes)."""
    click.echo(generate_key())


@fleet_group.group("keys", short_help="The fleet's gossip keys: list, apply.")
def keys_group() -> None:
    """The fleet's gossip keys: list them, or make every member's match the key file."""


@keys_group.command("list", short_help="Which keys the members hold.")
@config_option
@json_option
@report_errors
def keys_list(config_path: Path, as_json: bool) -> None:
    """Which keys the fleet's members hold (by fingerprint), against the key file."""
    config = _config(config_path)
    wanted = gossip_keys(read_keyring(config.fleet.key_file), config.fleet.name)

    async def go() -> Any:
        rpc = await _rpc(config)
        try:
            return await rpc.list_keys()
        finally:
            await rpc.close()

    listed = asyncio.run(go())
    rows = [
        {
            "fingerprint": fingerprint(key),
            "members": count,
            "of": listed.nodes,
            "key_file": ("primary" if wanted.index(key) == 0 else "accepted")
            if key in wanted else "not in the key file",
        }
        for key, count in sorted(listed.keys.items(), key=lambda kv: -kv[1])
    ]
    rows += [
        {"fingerprint": fingerprint(k), "members": 0, "of": listed.nodes,
         "key_file": "primary" if i == 0 else "accepted"}
        for i, k in enumerate(wanted) if k not in listed.keys
    ]
    if as_json:
        click.echo(json.dumps(rows, indent=2))
        return
    table = Table(box=SIMPLE)
    for col in ("key", "held by", "in the key file"):
        table.add_column(col, no_wrap=True)
    for row in rows:
        table.add_row(row["fingerprint"], f"{row['members']}/{row['of']}", row["key_file"])
    console.print(table)


@keys_group.command("apply", short_help="Make every member's keyring match the key file.")
@config_option
@report_errors
def keys_apply(config_path: Path) -> None:
    """Make every member's Serf keyring match the key file: install its keys, make its
    first the primary, remove the others (docs/fleet.md, "Keys and rotation")."""
    config = _config(config_path)
    wanted = gossip_keys(read_keyring(config.fleet.key_file), config.fleet.name)

    async def go() -> list[key_rotation.StepResult]:
        rpc = await _rpc(config)
        try:
            return await key_rotation.apply(rpc, wanted)
        finally:
            await rpc.close()

    results = asyncio.run(go())
    for done in results:
        r = done.result
        mark = "ok" if done.ok else "FAILED"
        click.echo(f"{done.step.describe()}: {mark} ({r.responses}/{r.nodes} members answered)")
        for node, message in sorted(r.messages.items()):
            click.echo(f"  {node}: {message}", err=not done.ok)
    if results and not results[-1].ok:
        click.echo(
            "stopped: not every member confirmed that step; nothing after it was done. Bring "
            "the missing members back and run `appliance fleet keys apply` again.", err=True,
        )
        sys.exit(1)
    click.echo("every member's keyring matches the key file")


# -- members ------------------------------------------------------------------------------


def _replica_counts(config_path: Path) -> dict[str, int] | None:
    """Replicas per node from the agent's fleet view (GET /v1/fleet), where it has one."""
    from appliance.cli.agent_cmd import _socket

    try:
        code, data = agent_request(_socket(config_path), "GET", "/v1/fleet", timeout_s=10)
    except (ApplianceError, ValueError):  # no agent, or one without a fleet view (404 text)
        return None
    if code != 200 or not isinstance(data, dict):
        return None
    counts: dict[str, int] = {}
    for node in data.get("members") or data.get("nodes") or []:
        if isinstance(node, dict) and isinstance(node.get("name"), str):
            replicas = node.get("replicas")
            if isinstance(replicas, int):
                counts[node["name"]] = replicas
            elif isinstance(replicas, list):
                counts[node["name"]] = len(replicas)
    return counts


def member_rows(members: list[Member], replicas: dict[str, int] | None) -> list[dict[str, Any]]:
    roles = ray_roles(members)
    return [
        {
            "name": m.name, "address": m.address, "port": m.port, "status": m.status,
            "version": m.tags.get(TAG_VERSION), "drain": m.draining, "ray": roles.get(m.name),
            "replicas": None if replicas is None else replicas.get(m.name, 0),
            "tags": dict(m.tags),
        }
        for m in sorted(members, key=lambda m: m.name)
    ]


def _ray_view(config_path: Path) -> dict[str, Any]:
    """The Ray cluster from this node's agent (GET /v1/ray); empty when it cannot say."""
    from appliance.cli.agent_cmd import _socket

    try:
        code, data = agent_request(_socket(config_path), "GET", "/v1/ray", timeout_s=30)
    except (ApplianceError, ValueError):
        return {}
    return data if code == 200 and isinstance(data, dict) else {}


@click.command("members", short_help="List the fleet's nodes.")
@config_option
@json_option
@report_errors
def members(config_path: Path, as_json: bool) -> None:
    """List the fleet: each node's address, status, version, drain flag and replicas."""
    config = _config(config_path)

    async def go() -> list[Member]:
        rpc = await _rpc(config)
        try:
            return [to_member(m) for m in await rpc.members()]
        finally:
            await rpc.close()

    rows = member_rows(asyncio.run(go()), _replica_counts(config_path))
    if as_json:
        click.echo(json.dumps(rows, indent=2))
        return
    table = Table(title=f"Fleet {config.fleet.name}", title_justify="left", box=SIMPLE)
    for col in ("name", "address", "status", "version", "drain", "ray", "replicas"):
        table.add_column(col, no_wrap=True)
    colours = {"alive": "green", "leaving": "yellow", "left": "yellow", "failed": "red"}
    for row in rows:
        colour = colours.get(row["status"], "white")
        table.add_row(
            escape(row["name"]), row["address"], f"[{colour}]{row['status']}[/{colour}]",
            escape(row["version"] or "-"), "drained" if row["drain"] else "-",
            row["ray"] or "-", "-" if row["replicas"] is None else str(row["replicas"]),
        )
    console.print(table)
    if any(row["ray"] for row in rows):
        for line in ray_lines(_ray_view(config_path)):
            console.print(escape(line), highlight=False)


# -- drain ------------------------------------------------------------------------------


def _set_drained(config_path: Path, drained: bool) -> None:
    from appliance.cli.agent_cmd import _socket

    code, data = agent_request(_socket(config_path), "POST", "/v1/drain" if drained else "/v1/undrain")
    if code != 200:
        error = data.get("error", {}) if isinstance(data, dict) else {}
        click.echo(error.get("message") or f"the agent answered {code}", err=True)
        sys.exit(1)
    if drained:
        where = "anywhere in the fleet" if data.get("fleet") else "on this node"
        click.echo(f"drained: this node's replicas take no new requests {where}; requests "
                   "in flight finish. `appliance undrain` ends it.")
    else:
        click.echo("undrained: this node's replicas take requests again")


@click.command("drain", short_help="Take this node's replicas out of routing.")
@config_option
@report_errors
def drain(config_path: Path) -> None:
    """Take this node's replicas out of routing (maintenance); kept across restarts."""
    _set_drained(config_path, True)


@click.command("undrain")
@config_option
@report_errors
def undrain(config_path: Path) -> None:
    """Put this node's replicas back into routing."""
    _set_drained(config_path, False)
