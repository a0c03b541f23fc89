"""`appliance up` and `appliance engines prepare-cpu`."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import click
from rich.markup import escape

from appliance.cli.common import console, report_errors
from appliance.engines import cpu_engine
from appliance.up import default_state_dir, run_up, writable_dir


def sayer(prefix: str) -> Callable[[str], None]:
    """Progress lines prefixed with the command that prints them ("up:", "prepare-cpu:")."""

    def say(message: str) -> None:
        console.print(f"[dim]{escape(prefix)}:[/dim] {escape(message)}")

    return say


@click.command("up", short_help="Run the whole stack in the foreground.")
@click.option(
    "--config", "config_path", type=click.Path(path_type=Path, dir_okay=False, exists=True),
    help="node.toml to run (default: the embedded CPU default, prepared on first use).",
)
@click.option(
    "--state-dir", type=click.Path(path_type=Path, file_okay=False), default=None,
    help="Where state, logs and sockets go (default: ~/.local/state/appliance/up).",
)
@click.option("--port", type=click.IntRange(1024, 65535), default=None,
              help="Port of the API proxy (default: [proxy] port, 8080).")
@report_errors
def up(config_path: Path | None, state_dir: Path | None, port: int | None) -> None:
    """Run the whole single-host stack in the foreground; Ctrl-C stops it all."""
    sys.exit(run_up(config_path, (state_dir or default_state_dir()).resolve(), sayer("up"),
                    lambda text: console.print(escape(text), soft_wrap=True), port))


@click.group("engines")
def engines_group() -> None:
    """Engine installations."""


@engines_group.command("prepare-cpu", short_help="Install vLLM's CPU build and the default model.")
@click.option("--cache", type=click.Path(path_type=Path, file_okay=False), default=None,
              help="Cache directory (default: $APPLIANCE_CACHE or ~/.cache/appliance).")
@report_errors
def prepare_cpu(cache: Path | None) -> None:
    """Install vLLM's CPU build and make the default model (what `up` does on first use)."""
    given = cache is not None
    cache = cache or cpu_engine.cache_dir()
    fix = "pass --cache with" if given else "set APPLIANCE_CACHE to"
    writable_dir(cache, "the engine cache", f"{fix} a directory you can write")
    if cpu_engine.is_prepared(cache):
        click.echo(f"CPU engine and model already prepared in {cache}")
        return
    say = sayer("prepare-cpu")
    with console.status("preparing the CPU engine") as status:
        engine = cpu_engine.prepare_cpu_engine(
            cache, step=lambda msg: (status.update(msg), say(msg))
        )
    click.echo(f"CPU engine: {engine.venv}\nmodels: {engine.models_dir}")
