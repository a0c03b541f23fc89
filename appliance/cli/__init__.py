"""The `appliance` command line."""

from __future__ import annotations

import click

from appliance import __version__
from appliance.cli.agent_cmd import (
    agent_group,
    models_group,
    reload_cmd,
    status,
    supervisor_group,
)
from appliance.cli.config_cmd import config_group
from appliance.cli.fleet_tls_cmd import fleet_group
from appliance.cli.gpu_cmd import inventory, plan_cmd
from appliance.cli.proxy_cmd import keys_group, proxy_group, sim_engine
from appliance.cli.render_cmd import render_group
from appliance.cli.up_cmd import engines_group, up


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="appliance")
def main() -> None:
    """An LLM serving appliance for bare-metal GPU hosts."""


main.add_command(config_group)
main.add_command(inventory)
main.add_command(plan_cmd)
main.add_command(agent_group)
main.add_command(supervisor_group)
main.add_command(status)
main.add_command(reload_cmd)
main.add_command(models_group)
main.add_command(up)
main.add_command(engines_group)
main.add_command(render_group)
main.add_command(proxy_group)
main.add_command(keys_group)
main.add_command(sim_engine)
main.add_command(fleet_group)
