"""`appliance render systemd|supervisord`: files for this host, from code."""

from __future__ import annotations

from pathlib import Path

import click

from appliance.cli.common import config_option, report_errors
from appliance.config import DEFAULT_CONFIG_PATH, load_config
from appliance.render.systemd import DEFAULT_APPLIANCE_BIN, UnitContext, write_units
from appliance.supervisor.conf import render_main


@click.group("render")
def render_group() -> None:
    """Render files for this host (systemd units, supervisord's config)."""


@render_group.command("systemd")
@click.option(
    "--bin", "appliance_bin", type=click.Path(path_type=Path), default=DEFAULT_APPLIANCE_BIN,
    show_default=True, help="The appliance executable the units run.",
)
@click.option(
    "--config", "config_path", type=click.Path(path_type=Path), default=DEFAULT_CONFIG_PATH,
    show_default=True, help="The node.toml the services read.",
)
@click.option("--user", default="appliance", show_default=True, help="Account the services run as.")
@click.option("--group", default="appliance", show_default=True, help="Their group.")
@click.option(
    "--output", "output_dir", type=click.Path(path_type=Path, file_okay=False), required=True,
    help="Directory to write the .service files into (e.g. /etc/systemd/system).",
)
def systemd_command(
    appliance_bin: Path, config_path: Path, user: str, group: str, output_dir: Path
) -> None:
    """Write appliance-supervisord.service and appliance-agent.service for these paths."""
    try:
        ctx = UnitContext(appliance_bin=appliance_bin, config_path=config_path, user=user, group=group)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from exc
    for path in write_units(ctx, output_dir):
        click.echo(str(path))


@render_group.command("supervisord")
@config_option
@report_errors
def supervisord_command(config_path: Path) -> None:
    """Print supervisord's main config for node.toml (`supervisor run` writes the same)."""
    click.echo(render_main(load_config(config_path)), nl=False)
