"""The `appliance` command line."""

from __future__ import annotations

import click

from appliance import __version__
from appliance.cli.agent_cmd import (
    agent_group,
    log_level_cmd,
    models_group,
    reload_cmd,
    status,
    supervisor_group,
)
from appliance.cli.config_cmd import config_group
from appliance.cli.fleet_cmd import drain, fleet_group, members, undrain
from appliance.cli.fleet_tls_cmd import ca_cmd, cert_cmd
from appliance.cli.gpu_cmd import inventory, plan_cmd
from appliance.cli.metrics_cmd import metrics_group
from appliance.cli.proxy_cmd import keys_group, proxy_group, sim_engine
from appliance.cli.render_cmd import render_group
from appliance.cli.up_cmd import engines_group, up
from appliance.cli.usage_cmd import usage


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
main.add_command(log_level_cmd)
main.add_command(models_group)
main.add_command(up)
main.add_command(engines_group)
main.add_command(render_group)
main.add_command(proxy_group)
main.add_command(keys_group)
main.add_command(sim_engine)
main.add_command(metrics_group)
main.add_command(usage)
main.add_command(fleet_group)
main.add_command(members)
main.add_command(drain)
main.add_command(undrain)
fleet_group.add_command(ca_cmd)
fleet_group.add_command(cert_cmd)
