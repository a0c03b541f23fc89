"""What every command shares: error reporting, the --config option, consoles."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click
from rich.console import Console

from appliance.config import CONFIG_ENV, DEFAULT_CONFIG_PATH
from appliance.errors import ApplianceError, ConfigError, NvmlUnavailable

F = TypeVar("F", bound=Callable[..., Any])

# A terminal gets tables at its width; a pipe or a file gets them whole (no "…" cuts).
console = Console(highlight=False, width=None if sys.stdout.isatty() else 160)


def config_option(fn: F) -> F:
    return click.option(
        "--config",
        "config_path",
        type=click.Path(path_type=Path, dir_okay=False),
        envvar=CONFIG_ENV,
        default=DEFAULT_CONFIG_PATH,
        show_default=True,
        help=f"node.toml to read (also ${CONFIG_ENV}).",
    )(fn)


def json_option(fn: F) -> F:
    return click.option("--json", "as_json", is_flag=True, help="Print JSON instead of tables.")(fn)


def report_errors(fn: F) -> F:
    """Turn ApplianceErrors into one line per problem on stderr and exit status 1."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except ConfigError as exc:
            for problem in exc.problems:
                click.echo(str(problem), err=True)
            n = len(exc.problems)
            if any(p.path for p in exc.problems):
                click.echo(f"{exc.source}: {n} problem{'s' if n != 1 else ''}", err=True)
        except NvmlUnavailable as exc:
            click.echo(f"no GPU inventory: {exc}. {_without_nvml()}", err=True)
        except ApplianceError as exc:
            click.echo(str(exc), err=True)
        except OSError as exc:
            # A last resort: commands turn the OS errors they expect into a line that says
            # what to fix; any other still gets one line, never a traceback.
            where = f"{exc.filename}: " if exc.filename else ""
            click.echo(f"{where}{exc.strerror or exc}", err=True)
        sys.exit(1)

    return wrapper  # type: ignore[return-value]


def _without_nvml() -> str:
    """What to do without NVML, in the terms of the command that needed it."""
    ctx = click.get_current_context(silent=True)
    options = {opt for param in ctx.command.params for opt in param.opts} if ctx else set()
    if "--inventory" in options:
        return "On a host without NVIDIA GPUs, pass --inventory FILE or set [gpus] inventory_file."
    if ctx is not None and ctx.command.name == "inventory":
        return (
            "`appliance inventory` shows what NVML reports, so it needs the driver; "
            "`appliance plan --inventory FILE` plans for the GPUs of another host."
        )
    return "On a host without NVIDIA GPUs, set [gpus] inventory_file."
