"""`appliance fleet ca` and `appliance fleet cert NODE`: the relay's credentials
(appliance/fleet/tls.py; docs/fleet.md)."""

from __future__ import annotations

import datetime
from pathlib import Path

import click

from appliance.cli.common import report_errors


@click.group("fleet")
def fleet_group() -> None:
    """The fleet: nodes that serve as one (docs/fleet.md)."""


@fleet_group.command("ca")
@click.option("--dir", "directory", type=click.Path(path_type=Path, file_okay=False),
              required=True, help="Where to write ca.pem and ca.key (0600). Keep ca.key off "
              "the serving nodes.")
@click.option("--fleet", "fleet", default="appliance", show_default=True,
              help="The fleet's name ([fleet] name), written into the CA's name.")
@report_errors
def ca_cmd(directory: Path, fleet: str) -> None:
    """Make a new fleet CA (EC P-256) for the relay's mutual TLS."""
    from appliance.fleet.tls import make_ca, write_ca

    write_ca(directory, make_ca(fleet, datetime.datetime.now(datetime.UTC)))
    click.echo(f"fleet CA written to {directory}/ca.pem (key: {directory}/ca.key, 0600)")


@fleet_group.command("cert")
@click.argument("node")
@click.option("--address", required=True, help="The node's fleet address ([fleet] advertise, "
              "else bind): the name peers check.")
@click.option("--ca", "ca_dir", type=click.Path(path_type=Path, file_okay=False),
              required=True, help="The directory `appliance fleet ca` wrote.")
@click.option("--out", "out", type=click.Path(path_type=Path, file_okay=False),
              required=True, help="The node's [fleet] tls_dir: ca.pem, node.pem and "
              "node.key (0600) are written there.")
@report_errors
def cert_cmd(node: str, address: str, ca_dir: Path, out: Path) -> None:
    """Make NODE's relay certificate, signed by the fleet CA."""
    from appliance.fleet.tls import check_node, make_node_cert, read_ca, write_node

    check_node(node, address)  # before the CA: say what is wrong with the arguments first
    ca = read_ca(ca_dir)
    write_node(out, ca.cert, make_node_cert(ca, node, address,
                                            datetime.datetime.now(datetime.UTC)))
    click.echo(f"certificate of {node} ({address}) written to {out}/node.pem "
               f"(key: {out}/node.key, 0600)")
