"""`appliance metrics catalogue`."""

from __future__ import annotations

import click

from appliance.cli.common import report_errors
from appliance.metrics_catalogue import catalogue, render_markdown


@click.group("metrics")
def metrics_group() -> None:
    """The catalogue of the appliance's Prometheus metrics."""


@metrics_group.command("catalogue")
@report_errors
def catalogue_cmd() -> None:
    """Print the metrics catalogue (docs/metrics.md).

    Every appliance_* metric the code defines, with its type, labels and meaning, read
    from the definitions."""
    click.echo(render_markdown(catalogue()), nl=False)
