"""`appliance agent run`, `supervisor run`, `status`, `reload`, `models load|unload`."""

from __future__ import annotations

import asyncio
import json
import os
import sys
from pathlib import Path
from typing import Any

import click
from rich.markup import escape
from rich.table import Table

from appliance.agent.client import agent_request
from appliance.agent.daemon import AgentPaths
from appliance.cli.common import config_option, console, json_option, report_errors
from appliance.cli.find_stack import resolve_config
from appliance.cli.ray_view import native_lines, ray_lines
from appliance.cli.tables import SIMPLE
from appliance.config import load_config
from appliance.config.schema import ENGINES
from appliance.errors import ApplianceError
from appliance.logs import LEVELS
from appliance.supervisor.conf import SupervisorPaths, render_main


@click.group("agent")
def agent_group() -> None:
    """The node daemon."""


@agent_group.command("run")
@config_option
@report_errors
def agent_run(config_path: Path) -> None:
    """Run the agent in the foreground (what appliance-agent.service starts)."""
    from appliance import logs
    from appliance.agent.daemon import run_agent

    logs.setup("agent", _node_name(config_path))
    sys.exit(asyncio.run(run_agent(config_path)))


def _node_name(config_path: Path) -> str | None:
    """[node] name for the log lines; None (the host name) when node.toml cannot be read:
    the agent says why in its first lines."""
    try:
        return load_config(config_path).node.name
    except ApplianceError:
        return None


@click.group("supervisor", short_help="appliance-supervisord, which owns the engines.")
def supervisor_group() -> None:
    """appliance-supervisord, the process manager that owns the engines."""


def prepare_supervisor(config_path: Path, overrides: dict[str, Any] | None = None) -> Path:
    """Write supervisord's main config and make its directories; returns the config path."""
    from appliance.config import parse_config
    from appliance.config.loader import read_config_data

    config = parse_config(read_config_data(config_path), config_path.parent, overrides, str(config_path))
    paths = SupervisorPaths.from_config(config)
    for directory in (paths.programs_dir, paths.engine_log_dir, paths.socket.parent):
        directory.mkdir(parents=True, exist_ok=True)
    paths.main_conf.write_text(render_main(config, user=os.getuid()))
    return paths.main_conf


@supervisor_group.command("run", short_help="Run supervisord in the foreground.")
@config_option
@report_errors
def supervisor_run(config_path: Path) -> None:
    """Render supervisord's config and run it in the foreground (appliance-supervisord)."""
    conf = prepare_supervisor(config_path)
    # -P: the current folder stays off sys.path (a `supervisor` directory there must not
    # shadow the installed package), whoever starts this and from wherever
    os.execv(sys.executable, [sys.executable, "-P", "-m", "supervisor.supervisord", "-n", "-c", str(conf)])


def _socket(config_path: Path) -> Path:
    """The agent's socket, found even when node.toml is invalid (so that `reload` can
    reach the agent and have it report the problems)."""
    from appliance.config.loader import read_config_data
    from appliance.config.schema import NodeSection
    from appliance.errors import ConfigError

    config_path = resolve_config(config_path)
    try:
        return AgentPaths.from_config(load_config(config_path)).api_socket
    except ConfigError:
        pass
    # Not even TOML: say so here (the agent would say the same) and change nothing.
    run_dir = read_config_data(config_path).get("node", {}).get("run_dir")
    return Path(run_dir or NodeSection().run_dir) / "agent.sock"


def _engine_table(engines: list[dict]) -> Table:
    table = Table(title="Engines", title_justify="left", box=SIMPLE)
    for col in ("engine", "model", "state", "pid", "socket", "GPUs", "fraction", "for", "uptime", "restarts", "detail"):
        table.add_column(col, no_wrap=col not in ("socket", "detail"))
    colours = {"ready": "green", "starting": "yellow", "draining": "yellow", "failed": "red",
               "backoff": "red", "unhealthy": "red"}
    for e in engines:
        colour = colours.get(e["state"], "white")
        table.add_row(
            e["name"], e["model"], f"[{colour}]{e['state']}[/{colour}]", str(e["pid"] or "-"),
            escape(e["socket"]), ",".join(map(str, e["gpus"])) or "cpu",
            f"{e['fraction']:g}" if e["gpus"] else f"{e['memory_gib']:g} GiB",
            f"{e['state_for_s']:.0f}s", f"{e['uptime_s']:.0f}s" if e["uptime_s"] is not None else "-",
            str(e["restarts"]), escape(e["detail"] or ""),
        )
    return table


@click.command("status", short_help="This node's engines; --web: a page that refreshes itself.")
@config_option
@json_option
@click.option("--web", is_flag=True, help="Serve the status page on 127.0.0.1 (until Ctrl-C).")
@click.option("--port", type=click.IntRange(0, 65535), default=8780, show_default=True,
              help="The page's port with --web (0: any free one).")
@report_errors
def status(config_path: Path, as_json: bool, web: bool, port: int) -> None:
    """Show this node's engines as the agent sees them; with --web, a page that shows
    GPUs, replicas, load and recent errors and refreshes itself."""
    socket_path = _socket(config_path)
    if web:
        from appliance.cli.status_web import serve_bridge

        # an agent that is not there (or a socket this user may not use): one line, now
        agent_request(socket_path, "GET", "/health/live", timeout_s=10)
        asyncio.run(serve_bridge(socket_path, port, lambda bound: click.echo(
            f"status page: http://127.0.0.1:{bound}/status/ (Ctrl-C stops it; from another "
            f"machine: ssh -L {bound}:127.0.0.1:{bound} THIS-HOST)")))
        return
    _, data = agent_request(socket_path, "GET", "/v1/status")
    if data["node"].get("ray", {}).get("enabled"):
        _, data["ray"] = agent_request(socket_path, "GET", "/v1/ray", timeout_s=30)
    if as_json:
        click.echo(json.dumps(data, indent=2))
        return
    node = data["node"]
    console.print(
        f"node {node['name']}: agent pid {node['agent_pid']}, up {node['uptime_s']:.0f}s, "
        f"{'ready' if node['ready'] else 'not ready'}, config {node['config']}"
        + (", [yellow]drained[/yellow] (`appliance undrain` ends it)" if node.get("drained") else "")
    )
    console.print(_engine_table(data["engines"]))
    for e in data["engines"]:
        if e["state"] in ("failed", "backoff") and e["log_tail"]:
            console.print(f"[red]{e['name']}[/red]: {escape(e['last_error'] or '')}; last log lines:")
            for line in e["log_tail"]:
                console.print(f"  {escape(line)}", highlight=False)
    for r in data["rejections"]:
        console.print(f"[red]not placed:[/red] {escape(r['reason'])}")
    for line in ray_lines(data.get("ray") or {}) + native_lines(data.get("native_models", [])):
        console.print(escape(line), highlight=False)


@click.command("log-level", short_help="Show or set the agent's log level at run time.")
@click.argument("level", required=False, type=click.Choice(LEVELS, case_sensitive=False))
@config_option
@report_errors
def log_level_cmd(level: str | None, config_path: Path) -> None:
    """Show the agent's log level, or set it to LEVEL until the agent restarts
    ($APPLIANCE_LOG_LEVEL sets the level it starts with). The proxy's: send SIGUSR1 for
    debug, SIGUSR2 for its start level (systemctl kill -s USR1 appliance-proxy)."""
    if level is None:
        code, data = agent_request(_socket(config_path), "GET", "/v1/log-level")
    else:
        code, data = agent_request(_socket(config_path), "PUT", "/v1/log-level",
                                   {"level": level})
    if code != 200:
        _fail(data)
    click.echo(f"agent log level: {data['level']}")


def _print_change(data: dict) -> None:
    d = data["diff"]
    console.print(
        f"applied: {len(d['add'])} added, {len(d['change'])} changed, "
        f"{len(d['remove'])} removed, {len(d['keep'])} untouched"
    )
    for kind in ("add", "change", "remove"):
        for name in d[kind]:
            console.print(f"  {kind:6} {name}")
    if data.get("drained"):
        console.print(f"drained first (out of routing until its requests ended): "
                      f"{', '.join(data['drained'])}")
    for reason in data.get("rejections", []):
        console.print(f"[red]not placed:[/red] {escape(reason)}")


def _fail(data: dict) -> None:
    error = data.get("error", data)
    message = error.get("message") if isinstance(error, dict) else str(error)
    for line in (error.get("problems") or data.get("errors") or []) if isinstance(error, dict) else []:
        click.echo(line, err=True)
    if message:
        click.echo(message, err=True)
    sys.exit(1)


@click.command("reload", short_help="Re-read node.toml; apply only what changed.")
@config_option
@report_errors
def reload_cmd(config_path: Path) -> None:
    """Re-read node.toml and apply only what changed (like systemctl reload)."""
    code, data = agent_request(_socket(config_path), "POST", "/v1/reload")
    if code != 200:
        for line in data.get("errors", []):
            click.echo(line, err=True)
        click.echo("reload rejected: nothing was changed", err=True)
        sys.exit(1)
    _print_change(data)


@click.group("models", short_help="Load or unload models at run time.")
def models_group() -> None:
    """Load or unload models at run time (kept in the agent's drop-in, not node.toml)."""


@models_group.command("load")
@click.argument("name")
@click.option("--source", help="Hub id or local path (omit to switch a node.toml model back on).")
@click.option("--engine", type=click.Choice(ENGINES))
@click.option("--task", type=click.Choice(["generate", "embed"]))
@click.option("--replicas", type=int)
@click.option("--gpu-memory-fraction", type=float)
@click.option("--memory-gib", type=float)
@click.option("--tensor-parallel-size", type=int)
@click.option("--gpu-type")
@click.option("--max-model-len", type=int)
@click.option("--extra-arg", "extra_args", multiple=True, help="An engine argument (repeatable).")
@click.option("--pii/--no-pii", default=None,
              help="Mask personal data for this model, or not (default: [pii] enabled).")
@config_option
@report_errors
def models_load(name: str, config_path: Path, **fields: Any) -> None:
    """Load model NAME on this node."""
    entry: dict[str, Any] = {"name": name}
    for key, value in fields.items():
        if value not in (None, ()):
            entry[key] = list(value) if isinstance(value, tuple) else value
    code, data = agent_request(_socket(config_path), "POST", "/v1/models", entry)
    if code != 200:
        _fail(data)
    _print_change(data)


@models_group.command("unload")
@click.argument("name")
@config_option
@report_errors
def models_unload(name: str, config_path: Path) -> None:
    """Unload model NAME from this node (its engines stop)."""
    code, data = agent_request(_socket(config_path), "DELETE", f"/v1/models/{name}")
    if code != 200:
        _fail(data)
    _print_change(data)
