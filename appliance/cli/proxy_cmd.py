"""`appliance proxy run` and `appliance keys create|list|revoke`."""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

import click
from rich.table import Table

from appliance.cli.common import config_option, console, json_option, report_errors
from appliance.cli.tables import SIMPLE
from appliance.config import ApplianceConfig, load_config
from appliance.errors import ConfigError


@click.group("proxy")
def proxy_group() -> None:
    """The OpenAI-compatible API proxy."""


@proxy_group.command("run")
@config_option
@report_errors
def proxy_run(config_path: Path) -> None:
    """Run the proxy in the foreground (appliance-proxy.service)."""
    from appliance import logs
    from appliance.config.dependencies import proxy_problems
    from appliance.proxy.app import run_proxy

    config = load_config(config_path)
    problems = proxy_problems(config)
    if problems:  # say it now, not from a worker that fails on the first request
        raise ConfigError(str(config_path), problems)
    logs.setup("proxy", config.node.name)
    sys.exit(run_proxy(config_path))


@click.command("sim-engine", context_settings={"ignore_unknown_options": True,
                                               "allow_extra_args": True},
               short_help="The simulated OpenAI engine (engine = \"sim\").")
@click.pass_context
def sim_engine(ctx: click.Context) -> None:
    """The simulated OpenAI engine (engine = "sim"): vLLM's arguments, options from
    $APPLIANCE_SIM_OPTIONS. For benchmarks and scale tests."""
    import errno

    from appliance.sim.engine import main as sim_main

    try:
        sim_main(list(ctx.args))
    except OSError as exc:
        if exc.errno != errno.EADDRINUSE:
            raise
        raise click.ClickException(f"{exc.strerror}; pick another --port") from None


@click.group("keys")
def keys_group() -> None:
    """API keys: create (shown once), list, revoke. Only hashes are stored."""


@keys_group.command("create")
@click.option("--name", required=True, help="A name to recognise the key by (unique).")
@click.option("--role", required=True, help="A role of [auth.roles].")
@click.option("--rpm", type=int, help="Requests per minute (overrides the role's).")
@click.option("--tpm", type=int, help="Tokens per minute (overrides the role's).")
@click.option("--concurrent", type=int, help="Requests in flight (overrides the role's).")
@config_option
@report_errors
def keys_create(name: str, role: str, rpm: int | None, tpm: int | None, concurrent: int | None,
                config_path: Path) -> None:
    """Create a key and print it once."""
    from appliance.proxy.app import keys_path
    from appliance.proxy.keys import KeyLimits, KeysError, add_key, update_keys

    config = load_config(config_path)
    if role not in config.auth.roles:
        raise KeysError(f"no role {role!r} in [auth.roles]; roles: {', '.join(config.auth.roles)}")
    for flag, value in (("--rpm", rpm), ("--tpm", tpm), ("--concurrent", concurrent)):
        if value is not None and value < 1:
            raise KeysError(f"{flag} must be >= 1, got {value}")
    limits = KeyLimits(requests_per_minute=rpm, tokens_per_minute=tpm, concurrent=concurrent) \
        if any(v is not None for v in (rpm, tpm, concurrent)) else None
    made: dict = {}

    def change(data):  # type: ignore[no-untyped-def]
        new, record, secret = add_key(data, name, role, limits)
        made.update(record=record, secret=secret)
        return new

    update_keys(keys_path(config), change, make_parent=_default_keys_file(config))
    record = made["record"]
    click.echo(f"created {record.id} ({record.name}, role {record.role}); the key, shown only now:",
               err=True)
    click.echo(made["secret"])


@keys_group.command("list")
@config_option
@json_option
@report_errors
def keys_list(config_path: Path, as_json: bool) -> None:
    """List keys (never the keys themselves)."""
    import json

    from appliance.proxy.app import keys_path, last_used_path
    from appliance.proxy.keys import read_keys, read_last_used

    config = load_config(config_path)
    path = keys_path(config)
    if not path.exists():
        # an empty table would look like keys that vanished; say why there are none
        click.echo(f"no keys yet: {path} does not exist; `appliance keys create` makes it",
                   err=True)
    data = read_keys(path)
    used = read_last_used(last_used_path(config))
    rows = []
    for k in data.keys:
        last = used.get(k.id)
        rows.append({
            "id": k.id, "name": k.name, "role": k.role, "created": k.created,
            "last_used": datetime.fromtimestamp(last, UTC).strftime("%Y-%m-%dT%H:%M:%SZ") if last else None,
            "revoked": k.revoked,
            "limits": k.limits.model_dump(exclude_none=True) if k.limits else {},
        })
    if as_json:
        click.echo(json.dumps(rows, indent=2))
        return
    table = Table(box=SIMPLE)
    for col in ("id", "name", "role", "created", "last used", "revoked", "limits"):
        table.add_column(col)
    for r in rows:
        table.add_row(r["id"], r["name"], r["role"], r["created"], r["last_used"] or "never",
                      r["revoked"] or "", ", ".join(f"{k}={v}" for k, v in r["limits"].items()))
    console.print(table)


@keys_group.command("revoke")
@click.argument("key")
@config_option
@report_errors
def keys_revoke(key: str, config_path: Path) -> None:
    """Revoke KEY (its id or name).

    Proxies stop accepting it within a second."""
    from appliance.proxy.app import keys_path
    from appliance.proxy.keys import revoke_key, update_keys

    config = load_config(config_path)
    done: dict = {}

    def change(data):  # type: ignore[no-untyped-def]
        new, record = revoke_key(data, key)
        done["record"] = record
        return new

    update_keys(keys_path(config), change, make_parent=_default_keys_file(config))
    click.echo(f"revoked {done['record'].id} ({done['record'].name})")


def _default_keys_file(config: ApplianceConfig) -> bool:
    """True when the keys file is the default one in state_dir, whose directory the
    appliance makes; a directory named in [auth] keys_file must exist already."""
    return config.auth.keys_file is None
