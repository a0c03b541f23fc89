"""`appliance config check|defaults|reference`."""

from __future__ import annotations

from pathlib import Path

import click

from appliance.cli.common import config_option, report_errors
from appliance.config.dependencies import host_problems
from appliance.config.loader import read_config_data, validate_config
from appliance.config.render import render_defaults, render_reference
from appliance.errors import ConfigError


@click.group("config")
def config_group() -> None:
    """Check node.toml; print its defaults and reference."""


@config_group.command("check")
@config_option
@click.option(
    "--no-host-checks", is_flag=True,
    help="Check the file only, not what it needs from this host (installed engines, "
    "Presidio and the spaCy model, files it names): for a node.toml of another host.",
)
@report_errors
def check(config_path: Path, no_host_checks: bool) -> None:
    """Validate node.toml and what it needs of this host.

    Every problem on its own line with its TOML path; exit status 1 if any."""
    config, problems = validate_config(read_config_data(config_path), config_path.parent)
    if config is not None and not no_host_checks:
        problems += host_problems(config)
    if problems:
        raise ConfigError(str(config_path), problems)
    assert config is not None
    replicas = sum(m.replicas for m in config.models)
    click.echo(f"{config_path}: OK ({len(config.models)} models, {replicas} replicas)")


@config_group.command("defaults")
def defaults() -> None:
    """Print a complete, commented node.toml with every default."""
    click.echo(render_defaults(), nl=False)


@config_group.command("reference")
def reference() -> None:
    """Print the configuration reference (Markdown).

    The same as docs/configuration.md."""
    click.echo(render_reference(), nl=False)
