"""`appliance config check|defaults|reference`."""

from __future__ import annotations

from pathlib import Path

import click

from appliance.cli.common import config_option, report_errors
from appliance.config import load_config
from appliance.config.render import render_defaults, render_reference


@click.group("config")
def config_group() -> None:
    """Check node.toml and print its defaults and reference."""


@config_group.command("check")
@config_option
@report_errors
def check(config_path: Path) -> None:
    """Validate node.toml: every problem on its own line with its TOML path; exit 1 if any."""
    config = load_config(config_path)
    replicas = sum(m.replicas for m in config.models)
    click.echo(f"{config_path}: OK ({len(config.models)} models, {replicas} replicas)")


@config_group.command("defaults")
def defaults() -> None:
    """Print a complete, commented node.toml with every default."""
    click.echo(render_defaults(), nl=False)


@config_group.command("reference")
def reference() -> None:
    """Print the configuration reference (docs/configuration.md) as Markdown."""
    click.echo(render_reference(), nl=False)
