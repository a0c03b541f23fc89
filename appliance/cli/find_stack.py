"""Which node.toml a command acts on when the operator named none.

With --config (or $APPLIANCE_CONFIG) given, that file and nothing else. Without either,
/etc/appliance/node.toml, and where that file does not exist, the stack of an `appliance up`
that this user runs on its default state directory (found through the lock it holds there,
appliance/state_lock.py). The command says which one it took.
"""

from __future__ import annotations

from pathlib import Path

import click
from click.core import ParameterSource

from appliance.errors import ApplianceError
from appliance.state_lock import running_up


def resolve_config(config_path: Path, param: str = "config_path") -> Path:
    """The node.toml to use for the current command's `param` option."""
    from appliance.up import default_state_dir

    ctx = click.get_current_context(silent=True)
    source = ctx.get_parameter_source(param) if ctx is not None else None
    if config_path.exists():
        return config_path
    if source in (ParameterSource.DEFAULT, ParameterSource.DEFAULT_MAP):
        record = running_up(default_state_dir().resolve())
        if record is not None and record.config:
            click.echo(
                f"no {config_path}: using the stack of `appliance up` (pid {record.pid}), "
                f"{record.config}", err=True,
            )
            return Path(record.config)
        return config_path  # the loader says it is missing and how to name another
    origin = " (from $APPLIANCE_CONFIG)" if source == ParameterSource.ENVIRONMENT else ""
    raise ApplianceError(f"{config_path}{origin}: no such file")
