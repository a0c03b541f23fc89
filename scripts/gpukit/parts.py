"""A kit's files as numbered parts of at most N bytes, a manifest and checksums.

The files are laid end to end in one stream, in the manifest's order, and the stream is
cut into parts (part-000, part-001, ...), so small files share a part and a large wheel
spans several. The manifest (manifest.json) names every part with its size and sha256,
and every file with its path, offset in the stream, size and sha256; SHA256SUMS holds the
parts' digests in `sha256sum -c` form, for a check without Python. Standard library only:
the GPU machine runs this with its own Python before anything is installed.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

MANIFEST = "manifest.json"
SUMS = "SHA256SUMS"
MANIFEST_VERSION = 1
MIB = 1024 * 1024
# The device tool carries at most 64 MiB per command, the working tree (5 MiB) included.
MAX_PART_BYTES = 60 * MIB
BLOCK = 4 * MIB


class KitError(Exception):
    """A kit that does not check out; the message names the part or file and what is wrong."""


def part_name(index: int) -> str:
    return f"part-{index:03d}"


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while block := f.read(BLOCK):
            digest.update(block)
    return digest.hexdigest()


def _stream(root: Path, names: Iterable[str]) -> Iterator[bytes]:
    for name in names:
        with (root / name).open("rb") as f:
            while block := f.read(BLOCK):
                yield block


def split(root: Path, names: list[str], parts_dir: Path, part_bytes: int) -> dict:
    """Cut the files `names` (paths relative to `root`) into parts in `parts_dir`, write
    manifest.json and SHA256SUMS there, and return the manifest."""
    if not 0 < part_bytes <= MAX_PART_BYTES:
        raise KitError(f"part size {part_bytes} bytes: must be between 1 and {MAX_PART_BYTES} (60 MiB)")
    if len(set(names)) != len(names):
        raise KitError("a file is named twice")
    parts_dir.mkdir(parents=True, exist_ok=True)
    for old in parts_dir.glob("part-*"):
        old.unlink()
    files, offset = [], 0
    for name in names:
        path = root / name
        if not path.is_file():
            raise KitError(f"{path}: not a file")
        size = path.stat().st_size
        files.append({"path": name, "offset": offset, "size": size, "sha256": sha256_file(path)})
        offset += size
    parts: list[dict] = []
    out, digest, written = None, None, 0

    def close() -> None:
        if out is not None:
            out.close()
            parts.append({"name": part_name(len(parts)), "size": written, "sha256": digest.hexdigest()})

    for block in _stream(root, names):
        view = memoryview(block)
        while view:
            if out is None or written == part_bytes:
                close()
                out = (parts_dir / part_name(len(parts))).open("wb")
                digest, written = hashlib.sha256(), 0
            take = view[: part_bytes - written]
            out.write(take)
            digest.update(take)
            written += len(take)
            view = view[len(take):]
    close()
    manifest = {"version": MANIFEST_VERSION, "part_bytes": part_bytes, "total_bytes": offset,
                "parts": parts, "files": files}
    (parts_dir / MANIFEST).write_text(json.dumps(manifest, indent=1) + "\n")
    (parts_dir / SUMS).write_text("".join(f"{p['sha256']}  {p['name']}\n" for p in parts))
    return manifest


def read_manifest(parts_dir: Path) -> dict:
    path = parts_dir / MANIFEST
    try:
        manifest = json.loads(path.read_text())
    except FileNotFoundError:
        raise KitError(f"{path}: no manifest; build the kit (scripts/gpu-kit build) or carry it") from None
    except ValueError as exc:
        raise KitError(f"{path}: not JSON: {exc}") from None
    if manifest.get("version") != MANIFEST_VERSION:
        raise KitError(f"{path}: manifest version {manifest.get('version')!r}, this script reads {MANIFEST_VERSION}")
    return manifest


def check_parts(parts_dir: Path, manifest: dict | None = None) -> list[str]:
    """Every problem with the parts, one line each (missing, wrong size, wrong sha256), and
    with the manifest's own arithmetic (files must tile the stream, parts must cover it)."""
    manifest = manifest or read_manifest(parts_dir)
    problems = []
    offset = 0
    for f in manifest["files"]:
        if f["offset"] != offset:
            problems.append(f"manifest: {f['path']} starts at {f['offset']}, expected {offset}")
        offset = f["offset"] + f["size"]
    if offset != manifest["total_bytes"]:
        problems.append(f"manifest: files end at {offset}, total_bytes says {manifest['total_bytes']}")
    if sum(p["size"] for p in manifest["parts"]) != manifest["total_bytes"]:
        problems.append("manifest: the parts' sizes do not add up to total_bytes")
    for p in manifest["parts"]:
        path = parts_dir / p["name"]
        if p["size"] > manifest["part_bytes"]:
            problems.append(f"{p['name']}: {p['size']} bytes, more than the part size {manifest['part_bytes']}")
        if not path.is_file():
            problems.append(f"{p['name']}: missing")
        elif path.stat().st_size != p["size"]:
            problems.append(f"{p['name']}: {path.stat().st_size} bytes, manifest says {p['size']}")
        elif sha256_file(path) != p["sha256"]:
            problems.append(f"{p['name']}: sha256 differs from the manifest (damaged in transfer?)")
    return problems


def missing_parts(parts_dir: Path, manifest: dict) -> list[str]:
    """Names of the parts not (yet) present with their full size: what is still to carry."""
    return [p["name"] for p in manifest["parts"]
            if not (parts_dir / p["name"]).is_file() or (parts_dir / p["name"]).stat().st_size != p["size"]]


def reassemble(parts_dir: Path, dest: Path) -> list[Path]:
    """Rebuild every file of the manifest under `dest` from the checked parts; each file's
    sha256 is checked too. Raises KitError naming the first problem; a file that fails its
    check is removed, so nothing half-made is left."""
    manifest = read_manifest(parts_dir)
    problems = check_parts(parts_dir, manifest)
    if problems:
        raise KitError("the kit's parts do not check out: " + "; ".join(problems))
    stream = _stream(parts_dir, [p["name"] for p in manifest["parts"]])
    pending = b""
    made = []
    for f in manifest["files"]:
        target = dest / f["path"]
        if dest.resolve() not in target.resolve().parents:
            raise KitError(f"manifest: {f['path']} lies outside the kit")
        target.parent.mkdir(parents=True, exist_ok=True)
        digest, left = hashlib.sha256(), f["size"]
        with target.open("wb") as out:
            while left:
                if not pending:
                    pending = next(stream)
                take, pending = pending[:left], pending[left:]
                out.write(take)
                digest.update(take)
                left -= len(take)
        if digest.hexdigest() != f["sha256"]:
            os.unlink(target)
            raise KitError(f"{f['path']}: rebuilt file's sha256 differs from the manifest")
        made.append(target)
    return made
