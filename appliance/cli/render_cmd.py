"""`appliance render systemd|supervisord|nginx`: files for this host, from code."""

from __future__ import annotations

import os
from pathlib import Path

import click

from appliance.cli.common import config_option, report_errors
from appliance.config import DEFAULT_CONFIG_PATH, load_config
from appliance.render.nginx import render_site
from appliance.render.systemd import DEFAULT_APPLIANCE_BIN, UnitContext, write_units
from appliance.supervisor.conf import render_main


@click.group("render")
def render_group() -> None:
    """Render systemd units, supervisord's config and the nginx site.

    The files are made for this host, from code."""


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
    help="Directory to write the units and nginx.service.d/ into (e.g. /etc/systemd/system).",
)
def systemd_command(
    appliance_bin: Path, config_path: Path, user: str, group: str, output_dir: Path
) -> None:
    """Write the appliance's systemd units into a directory.

    appliance-supervisord, appliance-agent and appliance-proxy, for these paths, and the
    drop-in nginx.service.d/appliance.conf for the distribution's nginx."""
    try:
        ctx = UnitContext(appliance_bin=appliance_bin, config_path=config_path, user=user, group=group)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from exc
    # A missing directory is refused rather than made: a typo would scatter units where
    # systemd never looks.
    if not output_dir.is_dir():
        what = "is not a directory" if output_dir.exists() else "does not exist"
        raise click.ClickException(
            f"--output {output_dir} {what}; create it first (mkdir -p {output_dir}) or name "
            "another"
        )
    try:
        written = write_units(ctx, output_dir)
    except OSError as exc:
        reason = "permission denied" if isinstance(exc, PermissionError) else exc.strerror
        raise click.ClickException(
            f"cannot write units into {output_dir}: {reason} ({exc.filename}); run as root "
            "or name a directory this user may write"
        ) from None
    for path in written:
        click.echo(str(path))


@render_group.command("supervisord")
@config_option
@report_errors
def supervisord_command(config_path: Path) -> None:
    """Print supervisord's main config for node.toml.

    `supervisor run` writes the same."""
    click.echo(render_main(load_config(config_path)), nl=False)


@render_group.command("nginx")
@config_option
@click.option(
    "--output", "output_path", type=click.Path(path_type=Path, dir_okay=False), default=None,
    help="File to write the site into (e.g. /etc/nginx/sites-available/appliance.conf); "
    "without it, the site goes to stdout.",
)
@report_errors
def nginx_command(config_path: Path, output_path: Path | None) -> None:
    """Print or write the nginx site in front of the proxy.

    From [nginx] and [proxy] of node.toml (docs/nginx.md). Check it with `nginx -t`."""
    site = render_site(load_config(config_path))
    if output_path is None:
        click.echo(site, nl=False)
        return
    if not output_path.parent.is_dir():
        raise click.ClickException(
            f"--output {output_path}: folder {output_path.parent} does not exist; create it "
            "first or name another"
        )
    # Written beside the target and renamed over it: nginx (or a reload) never reads half
    # a file, and a failed write leaves the old site as it was.
    partial = output_path.with_name(f".{output_path.name}.partial")
    try:
        partial.write_text(site, encoding="utf-8")
        partial.chmod(0o644)
        os.replace(partial, output_path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        reason = "permission denied" if isinstance(exc, PermissionError) else exc.strerror
        raise click.ClickException(
            f"cannot write {output_path}: {reason}; run as root or name a file this user may "
            "write"
        ) from None
    click.echo(str(output_path))
