"""`appliance usage`: requests and tokens per key, model and day, from the audit log."""

from __future__ import annotations

import csv
import json
import os
import sys
import time
from pathlib import Path

import click
from rich.table import Table

from appliance.cli.common import config_option, console, report_errors
from appliance.cli.find_stack import resolve_config
from appliance.cli.tables import SIMPLE
from appliance.usage.aggregate import ANONYMOUS, GROUPS, Totals, Usage
from appliance.usage.window import FORMS, UsageError, window

COUNTS = ("requests", "errors", "prompt_tokens", "completion_tokens")
# half the CPUs, at most 4: a report on a serving node leaves the proxy most of them
DEFAULT_JOBS = max(1, min(4, (os.cpu_count() or 1) // 2))


@click.command("usage", short_help="Requests and tokens per key, model and day.")
@click.option("--since", help=f"Count requests from this time on: {FORMS}.")
@click.option("--until", help="Count requests before this time (same forms; a date means its "
              "midnight UTC, so --until 2026-12-02 ends with December 1st).")
@click.option("--by", "by", multiple=True, type=click.Choice(GROUPS),
              help="Group by key, model or day; repeat for several (--by key --by day). "
                   "Default: key.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@click.option("--csv", "as_csv", is_flag=True, help="Print CSV instead of a table.")
@click.option("--log", "log_path", type=click.Path(path_type=Path, dir_okay=False),
              help="The audit log's live file (default: [audit] path, or log_dir/audit.jsonl); "
                   "per-worker and rotated files beside it are read too.")
@click.option("--jobs", type=click.IntRange(min=1), default=DEFAULT_JOBS, show_default=True,
              help="Files read at once, each by its own process (CPUs the report may use).")
@config_option
@report_errors
def usage(since: str | None, until: str | None, by: tuple[str, ...], as_json: bool,
          as_csv: bool, log_path: Path | None, jobs: int, config_path: Path) -> None:
    """Requests, errors and prompt/completion tokens per key (its id and name, never the
    key), model and UTC day, from the audit log of every proxy worker, rotated files
    included."""
    if as_json and as_csv:
        raise UsageError("--json and --csv: pick one")
    by = tuple(dict.fromkeys(by or ("key",)))  # repeated --by key counts once
    start, end = window(since, until, time.time())
    names, config_error = {}, None
    if log_path is None or "key" in by:
        log_path, names, config_error = _from_config(config_path, log_path)
    from appliance.usage.audit_files import read_usage

    result, files = read_usage(log_path, start, end, jobs)
    if config_error and "key" in by:
        click.echo(f"key names not shown: {config_error}", err=True)
    if result.skipped:
        click.echo(f"{result.skipped} lines were not audit records and were skipped", err=True)
    rows = _rows(result, by, names)
    if as_json:
        click.echo(json.dumps({
            "since": start, "until": end, "by": list(by), "files": [str(f) for f in files],
            "lines": result.lines, "skipped": result.skipped, "rows": rows,
            "total": result.total().to_dict(),
        }, indent=2))
    elif as_csv:
        writer = csv.DictWriter(sys.stdout, fieldnames=list(_columns(by)), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    else:
        console.print(_table(rows, by, result.total(), start, end))


def _from_config(config_path: Path, log_path: Path | None) -> tuple[Path, dict[str, str], str | None]:
    """The audit log's path (`log_path` if given) and key names by id from node.toml's
    keys file; with --log, a config or keys file that cannot be read costs only the names
    (the third item says why)."""
    from appliance.config import load_config
    from appliance.errors import ApplianceError
    from appliance.proxy.app import keys_path
    from appliance.proxy.keys import read_keys

    try:
        config = load_config(resolve_config(config_path))
    except ApplianceError as exc:
        if log_path is None:
            raise
        return log_path, {}, str(exc).splitlines()[0]
    if log_path is None:
        log_path = config.audit.path or config.node.log_dir / "audit.jsonl"
    try:
        names = {k.id: k.name for k in read_keys(keys_path(config)).keys}
    except ApplianceError as exc:
        return log_path, {}, str(exc)
    return log_path, names, None


def _columns(by: tuple[str, ...]) -> tuple[str, ...]:
    groups = tuple(c for g in by for c in (("key", "name") if g == "key" else (g,)))
    return (*groups, *COUNTS)


def _rows(result: Usage, by: tuple[str, ...], names: dict[str, str]) -> list[dict]:
    rows = []
    for groups, totals in result.rows(by):
        row: dict = {}
        for g in by:
            row[g] = groups[g]
            if g == "key":
                row["name"] = names.get(groups[g], "(auth off)" if groups[g] == ANONYMOUS else "")
        rows.append({**row, **totals.to_dict()})
    return rows


def _when(t: float | None) -> str:
    return time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime(t)) if t is not None else ""


def _table(rows: list[dict], by: tuple[str, ...], total: Totals, start: float | None,
           end: float | None) -> Table:
    span = f"from {_when(start)} " if start is not None else ""
    span += f"until {_when(end)}" if end is not None else ""
    table = Table(title=f"Usage {span}".rstrip(), title_justify="left", box=SIMPLE,
                  show_footer=bool(rows))
    columns = _columns(by)
    for col in columns:
        numeric = col in COUNTS
        footer = ""
        if numeric:
            footer = f"{getattr(total, col):,}"
        elif col == columns[0]:
            footer = "total"
        table.add_column(col.replace("_", " "), justify="right" if numeric else "left",
                         footer=footer, no_wrap=True)
    for row in rows:
        table.add_row(*(f"{row[c]:,}" if c in COUNTS else str(row[c]) for c in columns))
    return table
