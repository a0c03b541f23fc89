"""The audit log's files on disk: every worker's (audit.0.jsonl, ...), rotated copies
(audit.jsonl.1, ...) and copies compressed by an outside rotation (audit.jsonl.2.gz)."""

from __future__ import annotations

import gzip
import re
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from appliance.usage.aggregate import Usage
from appliance.usage.window import UsageError


def audit_files(base: Path) -> list[Path]:
    """The files of the audit log whose live file (one worker) is `base`, oldest rotation
    first. Raises UsageError when there is none."""
    stem, suffix = base.stem, base.suffix
    pattern = re.compile(
        re.escape(stem) + r"(?:\.\d+)?" + re.escape(suffix) + r"(?:\.(\d+))?(?:\.gz)?$"
    )
    try:
        names = [p for p in base.parent.iterdir() if pattern.match(p.name) and p.is_file()]
    except FileNotFoundError:
        names = []
    except OSError as exc:
        raise UsageError(f"cannot list {base.parent}: {exc.strerror}") from None
    if not names:
        raise UsageError(
            f"no audit log at {base} (nor per-worker or rotated files beside it): is [audit] "
            "enabled, and has the proxy served a request? Name another file with --log."
        )

    def age(p: Path) -> tuple[int, str]:
        m = pattern.match(p.name)
        return (-int(m.group(1)) if m and m.group(1) else 0, p.name)

    return sorted(names, key=age)


def lines(path: Path) -> Iterator[bytes]:
    """The lines of one file, decompressed if it ends in .gz."""
    opener = gzip.open if path.suffix == ".gz" else open
    try:
        with opener(path, "rb") as f:  # type: ignore[operator]
            yield from f
    except PermissionError:
        raise UsageError(
            f"cannot read {path}: permission denied (the audit log is for the appliance "
            "account and its group: run as either, or with sudo)"
        ) from None
    except (OSError, EOFError) as exc:  # a truncated .gz, an I/O error
        raise UsageError(f"cannot read {path}: {exc}") from None


def file_usage(path: Path, since: float | None, until: float | None) -> Usage:
    usage = Usage(since=since, until=until)
    usage.add_lines(lines(path))
    return usage


def read_usage(base: Path, since: float | None, until: float | None,
               jobs: int = 1) -> tuple[Usage, list[Path]]:
    """Usage in [since, until) over all the files of the audit log at `base`, and the files
    read. A file last written before `since` holds nothing newer and is not opened.
    `jobs` > 1 reads that many files at once, each in its own process (a file's lines are
    counted on one CPU; a month of a busy node is tens of files)."""
    paths = [p for p in audit_files(base) if since is None or p.stat().st_mtime >= since]
    usage = Usage(since=since, until=until)
    jobs = max(1, min(jobs, len(paths)))
    if jobs == 1:
        parts = [file_usage(p, since, until) for p in paths]
    else:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            parts = list(pool.map(file_usage, paths, [since] * len(paths),
                                  [until] * len(paths)))
    for part in parts:
        usage.merge(part)
    return usage, paths
