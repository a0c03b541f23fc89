"""The shared shell of the scripts that write a packaged word list (scripts/names_in_english.py,
scripts/english_words.py): write the list, or with `--check` say whether the packaged file is
what would be written (exit 1 if it is stale)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def write_or_check(
    description: str, path: Path, header: str, words: list[str], script: str, noun: str
) -> int:
    """Parse `--check`, then write `header` and `words` (one a line) to `path`, or compare
    them with it; the exit status."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--check", action="store_true",
                        help="exit 1 if the file differs from what would be written")
    args = parser.parse_args()
    content = header + "".join(f"{w}\n" for w in words)
    where = path.relative_to(ROOT)
    if args.check:
        if path.read_text(encoding="utf-8") != content:
            print(f"{where} is stale: run {script}", file=sys.stderr)
            return 1
        print("up to date")
        return 0
    path.write_text(content, encoding="utf-8")
    print(f"{where}: {len(words)} {noun}")
    return 0
