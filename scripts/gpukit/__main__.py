"""scripts/gpu-kit build | check | run (docs/gpu-kit.md)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from gpukit import parts

REPO = Path(__file__).resolve().parents[2]
DEFAULT_KIT = REPO / "build" / "gpu-kit"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="scripts/gpu-kit", description=__doc__)
    ap.add_argument("--kit", type=Path, default=DEFAULT_KIT, help="the kit's folder (default build/gpu-kit)")
    sub = ap.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="download the wheels and cut them into parts (needs PyPI)")
    b.add_argument("--part-mib", type=int, default=56,
                   help="part size in MiB, at most 60 (default 56: a part and the 5 MiB working tree fit 64 MiB)")
    c = sub.add_parser("check", help="verify the parts against the manifest")
    c.add_argument("--partial", action="store_true",
                   help="only say which parts are still to carry; check those present")
    r = sub.add_parser("run", help="the GPU machine's run (docs/gpu-kit.md)")
    from gpukit import run as run_mod
    run_mod.add_arguments(r)
    args = ap.parse_args(argv)
    try:
        if args.command == "build":
            from gpukit import build

            build.build(args.kit, args.part_mib)
            return 0
        if args.command == "check":
            return check(args.kit / "parts", args.partial)
        return run_mod.main(args)
    except parts.KitError as exc:
        print(f"gpu-kit: {exc}", file=sys.stderr)
        return 1


def check(parts_dir: Path, partial: bool) -> int:
    manifest = parts.read_manifest(parts_dir)
    missing = parts.missing_parts(parts_dir, manifest)
    problems = [p for p in parts.check_parts(parts_dir, manifest)
                if not (partial and p.split(":")[0] in missing)]
    if partial and missing:
        print(f"{len(missing)} of {len(manifest['parts'])} parts still to carry: {' '.join(missing)}")
    for p in problems:
        print(p)
    if problems:
        return 1
    if not missing:
        print(f"ok: {len(manifest['parts'])} parts, {len(manifest['files'])} files, "
              f"{manifest['total_bytes'] / parts.MIB:.1f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
